// Entry of dist/webview/gil-timeline.js: connects the lit app to VS Code's webview channel, then tells the
// host it is ready (the host queues its messages until then).

import type { FromGilTimeline, ToGilTimeline } from '../../src/shared/gil-timeline-protocol';
import { WebviewChannel } from '../shared/vscode-api';
import { GilTimelineApp, type GilTimelineState } from './gil-timeline-app';

document.body.style.margin = '0';
document.body.style.padding = '0';
const channel = new WebviewChannel<ToGilTimeline, FromGilTimeline, GilTimelineState>();
const app = new GilTimelineApp();
app.channel = channel;
channel.listen((message) => app.receive(message));
document.body.append(app);
channel.post({ type: 'ready' });
