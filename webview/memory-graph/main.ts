// Entry of dist/webview/memory-graph.js: connects the lit app to VS Code's webview channel, then tells the
// host it is ready (the host queues its messages until then).

import type { FromMemoryGraph, ToMemoryGraph } from '../../src/shared/memory-graph-protocol';
import { WebviewChannel } from '../shared/vscode-api';
import { MemoryGraphApp, type MemoryGraphState } from './memory-graph-app';

// VS Code's default webview style pads the body; the panel uses the whole page (CSSOM, allowed by the CSP).
document.body.style.margin = '0';
document.body.style.padding = '0';
const channel = new WebviewChannel<ToMemoryGraph, FromMemoryGraph, MemoryGraphState>();
const app = new MemoryGraphApp();
app.channel = channel;
channel.listen((message) => app.receive(message));
document.body.append(app);
channel.post({ type: 'ready' });
