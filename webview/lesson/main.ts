// Entry of dist/webview/lesson.js: connects the lesson app to VS Code's webview channel, then tells the host
// it is ready (the host queues its messages until then, and sends the whole state again on each `ready`).

import type { FromLesson, LessonWebviewState, ToLesson } from '../../src/shared/lesson-protocol';
import { WebviewChannel } from '../shared/vscode-api';
import { LessonApp } from './lesson-app';

const channel = new WebviewChannel<ToLesson, FromLesson, LessonWebviewState>();
const app = new LessonApp();
app.channel = channel;
channel.listen((message) => {
  // The lesson's id is all VS Code needs to keep: the host restores the rest from the saved progress.
  if (message.type === 'state' && message.state) channel.saveState({ lessonId: message.state.lessonId });
  app.receive(message);
});
document.body.append(app);
channel.post({ type: 'ready' });
