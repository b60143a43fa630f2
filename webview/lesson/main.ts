// Entry of dist/webview/lesson.js: connects the lesson app to VS Code's webview channel, then tells the host
// it is ready (the host queues its messages until then, and sends the whole state again on each `ready`).

import type { FromLesson, ToLesson } from '../../src/shared/lesson-protocol';
import { WebviewChannel } from '../shared/vscode-api';
import { LessonApp } from './lesson-app';

const channel = new WebviewChannel<ToLesson, FromLesson, unknown>();
const app = new LessonApp();
app.channel = channel;
channel.listen((message) => app.receive(message));
document.body.append(app);
channel.post({ type: 'ready' });
