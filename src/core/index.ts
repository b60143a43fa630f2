// The simulator's entry point: source text in, what CPython would print out, plus the event
// trace. Pure TypeScript: runs in Node, a worker and a browser.

import { parseModule } from './syntax/parse';
import { compileModule, CompileError } from './compile/compiler';
import type { CodeUnit } from './compile/bytecode';
import { VERSIONS, type PythonVersion } from './versions';
import type { EventSource } from './trace/events';
import { resetObjectIds } from './objects/object';
import { resetFrameIds } from './vm/frame';
import { Simulation } from './simulation';

export type { PythonVersion } from './versions';
export type { TraceEvent, EventSource } from './trace/events';

export interface RunOptions {
  python?: PythonVersion;
  /** Shown in tracebacks and diagnostics (`File "x.py", line 3`). */
  filename?: string;
  /** Instructions executed before the run is stopped (exit 3). */
  maxSteps?: number;
  /** Wall-clock budget in milliseconds (exit 3). */
  maxMillis?: number;
  recordTrace?: boolean;
}

export interface Diagnostic {
  kind: 'SyntaxError' | 'IndentationError' | 'Unsupported' | 'Budget';
  message: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** 0 ok, 1 uncaught Python exception, 2 syntax error or unsupported construct, 3 budget exhausted. */
  exitCode: number;
  diagnostic: Diagnostic | null;
  steps: number;
  /** The event trace (when `recordTrace`), read with `length` and `at(i)`; kept column-wise in memory. */
  events: EventSource | null;
}

export const DEFAULT_MAX_STEPS = 50_000_000;
export const DEFAULT_MAX_MILLIS = 30_000;

/** Parses and compiles, or returns the diagnostic CPython (or CPython Lens) would report. */
export function compileSource(source: string, filename: string): { ok: true; unit: CodeUnit } | { ok: false; diagnostic: Diagnostic } {
  const parsed = parseModule(source);
  if (!parsed.ok) {
    const e = parsed.error;
    return { ok: false, diagnostic: { kind: e.kind, message: e.message, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol } };
  }
  try {
    return { ok: true, unit: compileModule(parsed.module, filename) };
  } catch (e) {
    if (e instanceof CompileError) {
      const s = e.span;
      return { ok: false, diagnostic: { kind: e.errorKind, message: e.message, line: s.line, col: s.col, endLine: s.endLine, endCol: s.endCol } };
    }
    throw e;
  }
}

/** CPython's report of a SyntaxError: the file, the line, a caret, the message. */
export function formatSyntaxError(source: string, filename: string, d: Diagnostic): string {
  const text = source.split(/\r?\n/)[d.line - 1] ?? '';
  const indent = text.length - text.trimStart().length;
  const caret = ' '.repeat(Math.max(0, d.col - indent)) + '^';
  const kind = d.kind === 'IndentationError' ? 'IndentationError' : 'SyntaxError';
  return `  File "${filename}", line ${d.line}\n    ${text.trim()}\n    ${caret}\n${kind}: ${d.message}\n`;
}

export function runSource(source: string, options: RunOptions = {}): RunResult {
  resetObjectIds();
  resetFrameIds();
  const filename = options.filename ?? '<string>';
  const compiled = compileSource(source, filename);
  if (!compiled.ok) {
    const d = compiled.diagnostic;
    const stderr = d.kind === 'Unsupported'
      ? `${filename}:${d.line}:${d.col + 1}: ${d.message}\n`
      : formatSyntaxError(source, filename, d);
    return { stdout: '', stderr, exitCode: 2, diagnostic: d, steps: 0, events: options.recordTrace ? [] : null };
  }
  const sim = new Simulation(source, compiled.unit, {
    version: VERSIONS[options.python ?? '3.11'],
    filename,
    maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
    maxMillis: options.maxMillis ?? DEFAULT_MAX_MILLIS,
    recordTrace: options.recordTrace ?? false,
    now: () => Date.now(),
  });
  sim.runToEnd();
  return sim.result();
}
