#!/usr/bin/env node
// Regenerates src/core/modules/import-traces-data.ts: what each real interpreter's (3.11, 3.12, 3.13) import of a
// standard module does to the collector, for modules/import-garbage.ts to replay when a program imports one.
// For every module a program can import from the simulator, one fresh interpreter runs `import gc;
// gc.collect(); import M` with the collector off (scripts/probes/import-trace.py, run as the goldens are) and
// reports the allocation count as the import goes: when each module starts loading, when its code starts and
// returns, the stretches no collection could interrupt (3.12+), and where the lines that make and drop import
// garbage run (scripts/probes/import-garbage-marks.py). From that, the import's load tree: per module loaded,
// the count its load adds between the modules it loads, with the marks where the garbage is made and dropped;
// the objects of the garbage (its size, measured the same way) are taken out of the counts after its mark, as
// the simulator counts them itself when it makes them. Loads measured alike in several imports are kept once.
// Also each interpreter's modules loaded at startup, what the program's import counts in the other states it
// can meet (scripts/probes/import-first-cost.py), the size of each piece of garbage, and the namespace of each
// plain class an enum leaves (made again by the simulator). 3.11 collects inside an allocation, so also in the
// middle of marshal.loads: its traces note where a module's .pyc is read (`M`), and each piece of garbage the
// index of its classes' constant tuples among what that marshal.loads allocates.
// Usage: node scripts/measure-import-garbage.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findInterpreter, pythonEnv, TIMEOUT_MS } from './pythons.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TRACE_PROBE = path.join(root, 'scripts', 'probes', 'import-trace.py');
const MARKS_PROBE = path.join(root, 'scripts', 'probes', 'import-garbage-marks.py');
const FIRST_COST_PROBE = path.join(root, 'scripts', 'probes', 'import-first-cost.py');
const OUT = path.join(root, 'src', 'core', 'modules', 'import-traces-data.ts');
const VERSIONS = ['3.11', '3.12', '3.13'];
// The modules of src/core/modules/registry.ts a program can import that CPython has (not numpy, not the
// simulated requests, not the simulator's own _lens_ helpers).
const PROGRAM_IMPORTS = ['sys', 'gc', 'weakref', '_thread', 'time', 'copy', 'math', 'os', 'os.path', 'hashlib', 'io', 'ctypes', 'zlib',
  'threading', 'queue', 'concurrent', 'concurrent.futures', 'multiprocessing', 'multiprocessing.context', 'multiprocessing.synchronize',
  'multiprocessing.sharedctypes', 'multiprocessing.managers', 'multiprocessing.pool', 'pickle', 'types', '__future__', 'typing',
  'dataclasses', 'string', 're', '_collections', 'collections', 'itertools', 'functools', 'operator', '_random', 'random', '_heapq',
  'heapq', '_bisect', 'bisect', 'contextlib', '_abc', 'abc', '_collections_abc', 'collections.abc', 'array', 'asyncio', 'enum',
  '_warnings', 'atexit', 'timeit', 'platform', 'inspect', 'posixpath', 'warnings', '_json', 'json', 'json.decoder', 'json.encoder',
  'json.scanner', 'traceback', 'logging'];

function run(python, args) {
  const r = spawnSync(python, ['-X', 'utf8', ...args], { encoding: 'utf8', env: pythonEnv(), timeout: TIMEOUT_MS * 3, cwd: tmpdir() });
  if (r.status !== 0) throw new Error(`${python} ${args.join(' ')}: ${r.stderr || r.error}`);
  return r.stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));
}

/** The file a module's code runs from ends with this (a package's __init__.py, or the module's own .py). */
const fileMatches = (name, file) => file.endsWith(`/${name.replaceAll('.', '/')}.py`) || file.endsWith(`/${name.replaceAll('.', '/')}/__init__.py`);

/**
 * Every module load of a run, from its flat events: `{ name, steps, started, top }`, its steps the counts its
 * loading adds between the modules it loads (their names) and the marks (`+key`/`-key`). A load spans from its
 * "import" audit event to the first event after its code returned (or, for a module without Python code, the
 * first event that cannot be its own): the import statement's own bookkeeping after the code is the module's,
 * not counted again after an import of a module already loaded. `tail`: what the run's import statement adds
 * after its module's load ended.
 */
function loadsOf(events, module) {
  const stack = [];
  const loads = [];
  const seenMarks = new Set();
  let endCount = null;
  const nearestModule = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (!stack[i].statement) return stack[i];
    return null;
  };
  // The count since the span's last event: `[n]` when no collection could run meanwhile (3.12+ collect at
  // the eval breaker: not inside C code that runs no Python code, such as marshal.loads).
  const segment = (span, count) => {
    const n = count - span.last;
    span.steps.push(span.inC ? [n] : n);
    span.inC = false;
    span.last = count;
  };
  const end = (span, count) => {
    segment(span, count);
    stack.splice(stack.indexOf(span), 1);
    const owner = nearestModule();
    if (owner) owner.last = count;
    else endCount = count;
  };
  // Loads that ended: those whose code returned, and those without code that this event cannot belong to.
  const closeEnded = (count, keep) => {
    for (;;) {
      const t = stack[stack.length - 1];
      if (!t || t.statement || (!t.returned && (t.started || keep(t)))) return;
      end(t, count);
    }
  };
  for (const [kind, name, text] of events) {
    const count = Number(text);
    if (kind === 'E') {
      closeEnded(count, () => true);
      stack.push({ statement: true, name });
    } else if (kind === 'X') {
      closeEnded(count, () => false);
      const t = stack[stack.length - 1];
      if (t?.statement) stack.pop();
    } else if (kind === 'I') {
      closeEnded(count, (t) => t.name === name || t.name.startsWith(`${name}.`));
      // 3.11 audits a load twice: in import.c, then in importlib's _find_and_load.
      const current = nearestModule();
      if (current?.name === name && !current.started) continue;
      // A package's parent loads inside its child's load, before the child's code runs.
      const span = { name, steps: [], last: count, started: false, returned: false, top: !current, inC: false };
      loads.push(span);
      if (current) {
        segment(current, count);
        current.steps.push(span);
      } else if (loads.length > 1) throw new Error(`${module}: a second top-level load (${name})`);
      stack.push(span);
    } else if (kind === 'M') {
      // 3.11: the module's .pyc is read (marshal.loads), in the load whose code has not started yet.
      closeEnded(count, () => true);
      const owner = nearestModule();
      if (!owner || owner.started) continue;
      segment(owner, count);
      owner.steps.push('M');
    } else if (kind === 'C' || kind === 'c') {
      // C code that runs no Python code: its count, where no collection runs.
      const owner = nearestModule();
      if (!owner) continue;
      segment(owner, count);
      owner.inC = kind === 'C';
    } else if (kind === 'S') {
      closeEnded(count, (t) => fileMatches(t.name, name));
      const t = nearestModule();
      if (t && fileMatches(t.name, name)) {
        segment(t, count);
        t.started = true;
      }
    } else if (kind === 'R') {
      closeEnded(count, () => false);
      const t = nearestModule();
      if (t && t.started && fileMatches(t.name, name)) t.returned = true;
    } else if (kind === 'L') {
      closeEnded(count, () => true);
      const fresh = name.split(' ').filter((m) => !seenMarks.has(m));
      if (!fresh.length) continue;
      const owner = nearestModule();
      segment(owner, count);
      owner.steps.push(...fresh);
      for (const m of fresh) seenMarks.add(m);
    } else if (kind === 'F') {
      while (stack.length) {
        const t = stack[stack.length - 1];
        if (t.statement) stack.pop();
        else end(t, count);
      }
      return { top: loads[0], tail: count - endCount };
    }
  }
  throw new Error(`${module}: no F event`);
}

/**
 * A load as the data keeps it: `{ m, s }`, the module and its steps, nested loads as such objects; `path`
 * when it is found on sys.path; `shell` for a submodule's outer load when its package loads it inside (the
 * inner load runs its code: the outer one only waits for it).
 */
function treeOf(span, objects, pathModules) {
  const steps = simplify(span.steps.map((step) => (typeof step === 'object' && !Array.isArray(step) ? treeOf(step, objects, pathModules) : step)), objects);
  const node = { m: span.name, s: steps };
  if (pathModules.has(span.name)) node.path = true;
  if (!span.started && containsStarted(span, span.name)) node.shell = true;
  return node;
}

function containsStarted(span, name) {
  return span.steps.some((step) => typeof step === 'object' && !Array.isArray(step) && ((step.name === name && step.started) || containsStarted(step, name)));
}

/**
 * Takes the objects of each piece of garbage out of the counts after its mark (the simulator counts them as it
 * makes them), and joins adjacent counts.
 */
function simplify(steps, objects) {
  const out = [];
  let owed = 0;
  for (const step of steps) {
    if (typeof step === 'number') {
      const paid = Math.min(owed, Math.max(step, 0));
      owed -= paid;
      const n = step - paid;
      if (typeof out[out.length - 1] === 'number') out[out.length - 1] += n;
      else out.push(n);
      continue;
    }
    if (typeof step === 'object' && !Array.isArray(step)) {
      out.push(step);
      continue;
    }
    if (Array.isArray(step)) {
      // Not joined: the eval breaker is checked between two C calls.
      const paid = Math.min(owed, Math.max(step[0], 0));
      owed -= paid;
      if (step[0] - paid !== 0) out.push([step[0] - paid]);
      continue;
    }
    if (step.startsWith('+')) {
      const size = objects.get(step.slice(1));
      if (size === undefined) throw new Error(`no size for ${step}`);
      owed += size;
    }
    out.push(step);
  }
  if (owed) throw new Error(`counts too small for the garbage made (${owed} left)`);
  return out.filter((s) => s !== 0);
}

function measure(version) {
  const interpreter = findInterpreter(version);
  if (!interpreter) throw new Error(`no interpreter for ${version}`);
  const python = interpreter.exe;
  const dir = mkdtempSync(path.join(tmpdir(), 'import-marks-'));
  try {
    const marks = run(python, [MARKS_PROBE]);
    const kinds = new Map(marks.map(([, , mark, kind]) => [mark.slice(1), kind]));
    // A line that drops one piece and makes the next lists the drop first.
    marks.sort((a, b) => a[0].localeCompare(b[0]) || Number(a[1]) - Number(b[1]) || (a[2][0] === '-' ? -1 : 1));
    const marksFile = path.join(dir, 'marks.tsv');
    writeFileSync(marksFile, marks.map((m) => m.join('\t')).join('\n') + '\n');
    // The program's import in the other states than the traces' (probes/import-first-cost.py).
    const cost = (mode) => Number(run(python, [FIRST_COST_PROBE, mode])[0][0]);
    const base = cost('coldpath');
    const cold = cost('cold');
    const programImport = { atStart: cost('start') - base, afterCollection: cold - base, warm: cost('warm') - base, firstPathSearch: base - cold };
    const pathModules = new Set();
    const runs = new Map();
    let startup = null;
    const objects = new Map();
    const namespaces = new Map();
    const marshalled = new Map();
    for (const module of PROGRAM_IMPORTS) {
      const lines = run(python, [TRACE_PROBE, module, marksFile]);
      const events = lines.filter(([k]) => 'BEIXCcSRLFM'.includes(k) && k.length === 1);
      runs.set(module, events);
      const start = lines.find(([k]) => k === 'startup')[1].split(' ');
      startup ??= start;
      // The pieces of one key (operator's three classes) together.
      const sizes = new Map();
      for (const [k, key, n] of lines) {
        if (k === 'P') pathModules.add(key);
        if (k !== 'G') continue;
        if (key.startsWith('?')) throw new Error(`${version} import ${module}: garbage no mark names: ${key} (${n} objects)`);
        sizes.set(key, (sizes.get(key) ?? 0) + Number(n));
      }
      for (const [key, n] of sizes) {
        const known = objects.get(key);
        if (known !== undefined && known !== n) throw new Error(`${version} ${key}: ${known} then ${n} objects`);
        objects.set(key, n);
      }
      for (const [k, key, index, constant] of lines) {
        if (k !== 'T') continue;
        const entries = marshalled.get(key) ?? marshalled.set(key, new Map()).get(key);
        if (entries.has(constant) && entries.get(constant) !== Number(index)) throw new Error(`${version} ${key}: ${constant} at ${entries.get(constant)} then ${index}`);
        entries.set(constant, Number(index));
      }
      for (const [k, key, name, source] of lines) {
        if (k !== 'D') continue;
        const entries = namespaces.get(key) ?? namespaces.set(key, new Map()).get(key);
        entries.set(name, source);
      }
    }
    // Loads measured alike in several runs are kept once: `loads`, referred to as `@index`.
    const loads = [];
    const indexes = new Map();
    const share = (node) => {
      const key = JSON.stringify({ ...node, s: node.s.map((step) => (typeof step === 'object' && !Array.isArray(step) ? `@${share(step)}` : step)) });
      if (!indexes.has(key)) {
        indexes.set(key, loads.length);
        loads.push(JSON.parse(key));
      }
      return indexes.get(key);
    };
    const imports = {};
    for (const module of PROGRAM_IMPORTS) {
      if (startup.includes(module)) continue;
      const { top, tail } = loadsOf(runs.get(module), module);
      imports[module] = { load: share(treeOf(top, objects, pathModules)), tail };
    }
    const leftovers = {};
    for (const [key, n] of [...objects].sort()) {
      const kind = kinds.get(key);
      leftovers[key] = {
        objects: n, kind, ...(namespaces.has(key) ? { namespace: [...namespaces.get(key)] } : {}),
        ...(marshalled.has(key) ? { marshal: [...marshalled.get(key)].sort((a, b) => a[1] - b[1]) } : {}),
      };
    }
    return { python: interpreter.full, startup: startup.filter((m) => m !== '__main__'), programImport, imports, loads, leftovers };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const data = {};
for (const version of VERSIONS) {
  data[version] = measure(version);
  console.log(`${version}: ${Object.keys(data[version].imports).length} imports, ${Object.keys(data[version].leftovers).length} pieces of garbage`);
}

const lines = [
  '// Generated by scripts/measure-import-garbage.mjs from the real interpreters; do not edit by hand.',
  '// What importing a standard module does to the collector, per version (modules/import-garbage.ts replays it,',
  '// modules/import-traces.ts says what each field means).',
  "import type { ImportTraces } from './import-traces';",
  '',
  'export const IMPORT_TRACES: Readonly<Record<\'3.11\' | \'3.12\' | \'3.13\', ImportTraces>> = {',
];
for (const version of VERSIONS) {
  const d = data[version];
  lines.push(`  // ${d.python}`);
  lines.push(`  '${version}': {`);
  lines.push(`    startup: ${JSON.stringify(d.startup)},`);
  const p = d.programImport;
  lines.push(`    programImport: { atStart: ${p.atStart}, afterCollection: ${p.afterCollection}, warm: ${p.warm}, firstPathSearch: ${p.firstPathSearch} },`);
  lines.push('    imports: {');
  for (const [module, t] of Object.entries(d.imports).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`      ${JSON.stringify(module)}: { load: ${t.load}, tail: ${t.tail} },`);
  }
  lines.push('    },');
  lines.push('    loads: [');
  for (const load of d.loads) lines.push(`      ${JSON.stringify(load)},`);
  lines.push('    ],');
  lines.push('    leftovers: {');
  for (const [key, l] of Object.entries(d.leftovers)) {
    lines.push(`      ${JSON.stringify(key)}: ${JSON.stringify(l)},`);
  }
  lines.push('    },');
  lines.push('  },');
}
lines.push('};', '');
writeFileSync(OUT, lines.join('\n'));
console.log(`wrote ${path.relative(root, OUT)}`);
