// Command-line parsing for `cpython-lens`: pure (no I/O), so it is unit-tested on its own
// (test/unit/cli-args.test.ts). src/cli/main.ts does the reading, running and printing.
import type { PythonVersion } from '../core/index';

export const PYTHON_VERSIONS: readonly PythonVersion[] = ['3.11', '3.12', '3.13', '3.13t', 'nogil-hypothetical'];

export const USAGE = `usage: cpython-lens run FILE.py [options]

Runs FILE.py in the simulated CPython and prints what the program prints.
Exit code: 0 ok, 1 uncaught Python exception, 2 syntax error or unsupported construct
(or a usage error), 3 step or time budget exhausted, n for the program's sys.exit(n); after an
unhandled KeyboardInterrupt it dies by SIGINT, as CPython does (a shell shows 130).

options:
  --python VERSION         the CPython version to model: 3.11, 3.12, 3.13 or 3.13t
                           (free-threaded: no GIL, threads run in parallel), or
                           nogil-hypothetical (not a CPython: no GIL and non-atomic counts)
  --json                   print {"stdout", "stderr", "exitCode", "steps", "diagnostic", "events"}
                           as JSON instead (with the event trace recorded)
  --timeline               after the program's output, print the threads' timeline (ASCII, on stderr)
  --trace OUT.json         write the threads' timeline as a Chrome trace (opens in Perfetto)
  --as-processes           run threading.Thread as multiprocessing.Process (and
                           ThreadPoolExecutor as ProcessPoolExecutor): each thread's work in
                           a process of its own; module globals are copied, not shared
  --compare                run the file under 3.11, 3.13t and as processes (3.11 in each
                           process), print each run's output, its timeline on one time
                           axis, and a table: wall time, CPU time, GIL wait, speedup
  --stdin FILE             what the program reads with input() (its stdin); without it, the
                           piped or redirected stdin of cpython-lens when it is not a terminal
                           (read only if the program reads), else an empty stdin
  --entropy-seed N         seed the simulated os.urandom (and so an unseeded random module):
                           the same N, the same run (default: a fresh seed each run)
  --io-latency MS          how long a simulated network request waits (default 150)
  --cores N                simulated cores, os.cpu_count() (default 4)
  --max-steps N            stop after N instructions (exit 3)
  --max-ms N               stop after N milliseconds (exit 3)
  -h, --help               show this help
`;

export interface RunCommand {
  kind: 'run';
  file: string;
  python?: PythonVersion;
  json: boolean;
  maxSteps?: number;
  maxMillis?: number;
  timeline: boolean;
  traceFile?: string;
  ioLatencyMs?: number;
  cores?: number;
  asProcesses: boolean;
  compare: boolean;
  stdinFile?: string;
  entropySeed?: number;
}

export type Command = RunCommand | { kind: 'help' } | { kind: 'error'; message: string };

/** Options that take a value, and the property each one sets. */
const VALUE_OPTIONS = {
  '--python': 'python', '--max-steps': 'maxSteps', '--max-ms': 'maxMillis', '--trace': 'traceFile', '--io-latency': 'ioLatencyMs', '--cores': 'cores',
  '--stdin': 'stdinFile', '--entropy-seed': 'entropySeed',
} as const;
type ValueOption = keyof typeof VALUE_OPTIONS;

function isValueOption(name: string): name is ValueOption {
  return Object.prototype.hasOwnProperty.call(VALUE_OPTIONS, name);
}

function positiveInteger(option: string, value: string): number | string {
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) <= 0) {
    return `${option} needs a positive integer, got '${value}'`;
  }
  return Number(value);
}

/** Parses the arguments after `node cli.js` (process.argv.slice(2)). Never throws. */
export function parseArgs(argv: readonly string[]): Command {
  const error = (message: string): Command => ({ kind: 'error', message });
  // `--help` anywhere before a `--` wins, as in most tools.
  for (const arg of argv) {
    if (arg === '--') break;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
  }
  if (argv.length === 0) return error('missing command: expected `run FILE.py`');
  const [command, ...rest] = argv;
  if (command !== 'run') {
    return error(command.startsWith('-') ? `unknown option '${command}' (the command comes first: run FILE.py)` : `unknown command '${command}'`);
  }

  const run: RunCommand = { kind: 'run', file: '', json: false, timeline: false, asProcesses: false, compare: false };
  let file: string | undefined;
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      if (file !== undefined) return error(`unexpected argument '${arg}' (only one FILE; program arguments are not supported)`);
      file = arg;
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '--json') {
      run.json = true;
      continue;
    }
    if (arg === '--timeline') {
      run.timeline = true;
      continue;
    }
    if (arg === '--as-processes') {
      run.asProcesses = true;
      continue;
    }
    if (arg === '--compare') {
      run.compare = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!isValueOption(name)) return error(`unknown option '${arg}'`);
    let value: string;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else if (i + 1 < rest.length) {
      value = rest[++i];
    } else {
      return error(`${name} needs a value`);
    }
    if (name === '--python') {
      const version = PYTHON_VERSIONS.find((v) => v === value);
      if (version === undefined) return error(`--python must be one of ${PYTHON_VERSIONS.join(', ')}, got '${value}'`);
      run.python = version;
    } else if (name === '--trace') {
      if (value === '') return error('--trace needs a file name');
      run.traceFile = value;
    } else if (name === '--stdin') {
      if (value === '') return error('--stdin needs a file name');
      run.stdinFile = value;
    } else if (name === '--entropy-seed') {
      if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) return error(`--entropy-seed needs a non-negative integer, got '${value}'`);
      run.entropySeed = Number(value);
    } else {
      const n = positiveInteger(name, value);
      if (typeof n === 'string') return error(n);
      run[VALUE_OPTIONS[name]] = n;
    }
  }
  if (file === undefined || file === '') return error('missing FILE: expected `run FILE.py`');
  // --compare chooses the models and prints its own report.
  if (run.compare) {
    const clash = run.python !== undefined ? '--python' : run.asProcesses ? '--as-processes' : run.json ? '--json' : run.traceFile !== undefined ? '--trace' : null;
    if (clash) return error(`--compare runs 3.11, 3.13t and processes itself: it does not go with ${clash}`);
  }
  run.file = file;
  return run;
}
