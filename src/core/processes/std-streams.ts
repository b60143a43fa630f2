// A process's sys.stdout and sys.stderr as CPython sets them up when they are pipes (the oracle
// captures output through pipes): stdout block-buffered (io.DEFAULT_BUFFER_SIZE, 8 KiB), written out
// when the buffer fills, on flush() / print(flush=True) and at interpreter exit; stderr
// line-buffered (3.9+), written out by every write that contains a newline. os._exit() loses what is
// still buffered. What is written out goes to the machine, which merges the processes' output in
// time order: the buffering decides which process's lines come first.

import { utf8Length } from '../runtime/utf8';

export type StreamName = 'stdout' | 'stderr';

export const STDOUT_BUFFER_BYTES = 8192;


export class StdStreams {
  private readonly pending: Record<StreamName, string> = { stdout: '', stderr: '' };
  private pendingBytes = 0;
  constructor(private readonly writeOut: (stream: StreamName, text: string) => void) {}

  write(stream: StreamName, text: string): void {
    this.pending[stream] += text;
    if (stream === 'stderr') {
      if (text.includes('\n')) this.flush('stderr');
      return;
    }
    this.pendingBytes += utf8Length(text);
    if (this.pendingBytes >= STDOUT_BUFFER_BYTES) this.flush('stdout');
  }

  flush(stream: StreamName): void {
    const text = this.pending[stream];
    if (!text) return;
    this.pending[stream] = '';
    if (stream === 'stdout') this.pendingBytes = 0;
    this.writeOut(stream, text);
  }

  /** Interpreter exit (flush_std_files): stdout, then stderr. */
  flushAll(): void {
    this.flush('stdout');
    this.flush('stderr');
  }

  buffered(stream: StreamName): string {
    return this.pending[stream];
  }
}
