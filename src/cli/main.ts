// `cpython-lens run FILE.py [--python 3.11|3.12|3.13|3.13t] [--json] [--timeline] [--trace OUT.json] [--as-processes] [--compare] [--stdin FILE] [--entropy-seed N] [--max-steps N] [--max-ms N]`
// Runs a Python file in the simulated CPython (src/core) and prints what it printed; bundled to dist/cli.js.
import { buildTimeline, asciiTimeline, chromeTrace, statsText } from '../trace-model/timeline';
import { writeFileSync, readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { runSource, startRun, setTraceBlockSource, type RunOptions, type RunResult, type SteppedRun } from '../core/index';
import { parseArgs, USAGE, type RunCommand } from './args';
import { tuneV8ForTheSimulator } from '../node/v8-tuning';
import { createPrefaultedBlockSource } from '../node/prefaulted-blocks';
import { readLocalModules } from './local-modules';
import { decodePythonSource } from './source-encoding';
import { COMPARED_MODELS, compareRunOptions, comparedRun, comparison, comparisonText } from '../trace-model/comparison';

/** Exit code for a bug in the simulator itself (BSD EX_SOFTWARE), distinct from the program's own codes. */
const EXIT_INTERNAL_ERROR = 70;

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  ENOTDIR: 'not a directory',
};

function errorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code && READ_ERRORS[code]) return READ_ERRORS[code];
  return err instanceof Error ? err.message : String(err);
}

/**
 * The `file:line:col: Kind: message` line printed on stderr for exit codes 2 and 3, the column 1-based as
 * compilers print it (Diagnostic.col is 0-based, like CPython's ast). Null when the run's stderr already
 * has such a line (with or without the kind), so it is never printed twice.
 */
function diagnosticLine(file: string, result: RunResult): string | null {
  const d = result.diagnostic;
  if (d === null || (result.exitCode !== 2 && result.exitCode !== 3)) return null;
  const where = `${file}:${d.line}:${d.col + 1}:`;
  const message = d.message.startsWith(`${d.kind}:`) ? d.message : `${d.kind}: ${d.message}`;
  const lines = result.stderr.split(/\r?\n/);
  if (lines.includes(`${where} ${message}`) || lines.includes(`${where} ${d.message}`)) return null;
  return `${where} ${message}`;
}

/**
 * Writes the result as one JSON object, in pieces: a long trace would not fit in one string. Each piece
 * is written before the next is made: process.stdout.write to a pipe may only queue it, and a trace of
 * millions of events then filled the memory (and the pipe's buffers: ENOBUFS) before anything went out.
 */
function writeJson(result: RunResult): void {
  const { stdout, stderr, exitCode, steps, diagnostic } = result;
  const head = JSON.stringify({ stdout, stderr, exitCode, steps, diagnostic });
  let chunk = `${head.slice(0, -1)},"events":[`;
  const events = result.events ?? { length: 0, at: () => undefined };
  for (let i = 0; i < events.length; i++) {
    chunk += (i === 0 ? '' : ',') + JSON.stringify(events.at(i));
    if (chunk.length > 1 << 20) {
      writeStdoutNow(chunk);
      chunk = '';
    }
  }
  writeStdoutNow(`${chunk}]}\n`);
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Writes all of `text` to fd 1 before returning, waiting out a full non-blocking pipe (EAGAIN). */
function writeStdoutNow(text: string): void {
  writeNow(1, text);
}

/** Writes all of `text` to `fd` before returning, waiting out a full non-blocking pipe (EAGAIN). */
function writeNow(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // A reader that went away (`| head`) is not an error of ours, as for the streams below.
      if (code === 'EPIPE') process.exit();
      if (code !== 'EAGAIN') throw err;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/**
 * cpython-lens's own stdin when it is a pipe or a file, read once, when the program first reads (a program
 * that never calls input() does not wait for a stdin left open). A terminal gives no stdin: the simulator
 * cannot prompt while it runs, since it prints the output once the run is over.
 */
function pipedStdin(): () => string {
  let text: string | null = null;
  return () => {
    if (text === null) {
      try {
        text = readFileSync(0, 'utf8');
      } catch (err) {
        // A non-blocking pipe (EAGAIN): read it again through its path, which blocks.
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
        text = readFileSync('/dev/stdin', 'utf8');
      }
    }
    return text;
  };
}

function run(command: RunCommand): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(command.file);
  } catch (err) {
    process.stderr.write(`cpython-lens: cannot read ${command.file}: ${errorReason(err)}\n`);
    return 2;
  }
  // PEP 263: a coding cookie, a BOM, or UTF-8; what CPython cannot decode is a SyntaxError before any code runs.
  const decoded = decodePythonSource(bytes, command.file);
  if (!decoded.ok) {
    process.stderr.write(`${command.file}:${decoded.line}:1: SyntaxError: ${decoded.message}\n`);
    return 2;
  }
  const source = decoded.text;

  const wantsTimeline = command.timeline || command.traceFile !== undefined;
  // CPython 3.9+: __file__ and tracebacks name the script by its absolute path, sys.argv[0] as typed.
  const options: RunOptions = { filename: resolve(command.file), argv0: command.file, recordTrace: command.json || wantsTimeline };
  if (command.python !== undefined) options.python = command.python;
  if (command.ioLatencyMs !== undefined) options.ioLatencyMs = command.ioLatencyMs;
  if (command.cores !== undefined) options.cores = command.cores;
  if (command.maxSteps !== undefined) options.maxSteps = command.maxSteps;
  if (command.maxMillis !== undefined) options.maxMillis = command.maxMillis;
  if (command.asProcesses) options.threadsAsProcesses = true;
  if (command.entropySeed !== undefined) options.entropySeed = command.entropySeed;
  options.localModules = readLocalModules(options.filename as string, source);
  if (command.stdinFile !== undefined) {
    try {
      options.stdin = readFileSync(command.stdinFile, 'utf8');
    } catch (err) {
      process.stderr.write(`cpython-lens: cannot read ${command.stdinFile}: ${errorReason(err)}\n`);
      return 2;
    }
  } else if (!process.stdin.isTTY) {
    options.stdin = pipedStdin();
  }

  if (command.compare) return compare(command, source, options);

  let result: RunResult;
  let run: SteppedRun | null = null;
  try {
    run = startRun(source, options);
    while (run.advance(Number.MAX_SAFE_INTEGER));
    result = run.result();
  } catch (err) {
    // What the program printed before the simulator failed is kept, then the error.
    if (run && !command.json) process.stdout.write(partialStdout(run));
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`cpython-lens: internal error while running ${command.file}:\n${detail}\n`);
    return EXIT_INTERNAL_ERROR;
  }

  if (command.json) {
    writeJson(result);
    return result.exitCode;
  }
  let stderr = result.stderr;
  const line = diagnosticLine(command.file, result);
  if (line !== null) {
    stderr += `${stderr === '' || stderr.endsWith('\n') ? '' : '\n'}${line}\n`;
  }
  if (result.signal !== undefined && !wantsTimeline) {
    // CPython's process dies by the signal (an unhandled KeyboardInterrupt: SIGINT) once its output is out;
    // so does this one, so that a shell sees it as CPython's (`$?` 130, a ^C).
    writeNow(1, result.stdout);
    writeNow(2, stderr);
    process.kill(process.pid, result.signal);
    return result.exitCode;
  }
  process.stdout.write(result.stdout);
  process.stderr.write(stderr);
  if (wantsTimeline && result.events) {
    const timeline = buildTimeline(result.events, result.processes);
    if (command.timeline) process.stderr.write(`\n${asciiTimeline(timeline)}\n${statsText(timeline)}`);
    if (command.traceFile !== undefined) {
      try {
        writeFileSync(command.traceFile, JSON.stringify(chromeTrace(timeline)));
      } catch (err) {
        process.stderr.write(`cpython-lens: cannot write ${command.traceFile}: ${errorReason(err)}\n`);
        return 2;
      }
    }
  }
  return result.exitCode;
}

/**
 * `--compare`: the file under each compared model (3.11, 3.13t, as processes), then one report. The
 * exit code is the first run's that did not end with 0 (a model that cannot run the file), else 0.
 */
function compare(command: RunCommand, source: string, base: RunOptions): number {
  const runs = [];
  for (const model of COMPARED_MODELS) {
    try {
      runs.push(comparedRun(model, runSource(source, { ...base, recordTrace: false, ...compareRunOptions(model) })));
    } catch (err) {
      const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
      process.stderr.write(`cpython-lens: internal error while running ${command.file} (${model.label}):\n${detail}\n`);
      return EXIT_INTERNAL_ERROR;
    }
  }
  process.stdout.write(comparisonText(comparison(runs), command.file));
  return runs.find((r) => r.exitCode !== 0)?.exitCode ?? 0;
}

function main(argv: readonly string[]): number {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case 'error':
      process.stderr.write(`cpython-lens: ${command.message}\n\n${USAGE}`);
      return 2;
    case 'run':
      tuneV8ForTheSimulator();
      setTraceBlockSource(createPrefaultedBlockSource());
      return run(command);
  }
}

// A reader that goes away (`| head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit();
    throw err;
  });
}

// exitCode, not process.exit(): buffered output to a pipe is flushed before Node exits.
process.exitCode = main(process.argv.slice(2));

/** The stdout of a run that stopped on an internal error, as far as it got (nothing if even that fails). */
function partialStdout(run: SteppedRun): string {
  try {
    return run.result().stdout;
  } catch {
    return '';
  }
}
