// Reading back the GIL timeline's saved webview state after a reload of the window: VS Code hands the
// serializer whatever the webview last saved (perhaps by an older version of it), so it is checked before
// compare mode is restored from it. Pure: no vscode import, unit-tested.

import type { GilTimelineState } from '../../shared/gil-timeline-protocol';

/** The file compare mode was showing when the state was saved, or null (the editor's run, or no state). */
export function restoredComparison(state: unknown): GilTimelineState['compare'] {
  if (!state || typeof state !== 'object') return null;
  const compare = (state as { compare?: unknown }).compare;
  if (!compare || typeof compare !== 'object') return null;
  const { uri, file } = compare as { uri?: unknown; file?: unknown };
  return typeof uri === 'string' && uri !== '' && typeof file === 'string' ? { uri, file } : null;
}
