// Export Trace…: the kept trace as JSON lines, one event a line.
import type { EventSource, TraceEvent } from '../core/trace/events';

/** Characters of JSON lines per exported piece (each is encoded to UTF-8 once it is this long). */
const EXPORT_CHUNK_CHARS = 8 << 20;

/** The trace as JSON lines, one event a line, in UTF-8 pieces (no string longer than EXPORT_CHUNK_CHARS is made). */
export function jsonLineChunks(events: EventSource): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let text = '';
  for (let i = 0; i < events.length; i++) {
    text += `${JSON.stringify(events.at(i) as TraceEvent)}\n`;
    if (text.length >= EXPORT_CHUNK_CHARS) {
      chunks.push(encoder.encode(text));
      text = '';
    }
  }
  if (text !== '') chunks.push(encoder.encode(text));
  return chunks;
}
