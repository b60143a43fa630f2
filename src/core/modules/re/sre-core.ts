// `_lens_sre`: the matching engine under the simulator's re module (modules/python/re-source.ts), in the
// place of CPython's Modules/_sre. A pattern is translated once (re-translate.ts) into JS RegExps; the
// Python side keeps Pattern and Match objects and asks here for spans only, so every object a program
// sees (a Pattern, a Match, the strings of groups) is made and counted by the simulator's own code.
//
// Positions are code points, as in CPython; JS RegExps count UTF-16 units, so spans are converted when the
// string has characters outside the BMP.

import type { PyObject } from '../../objects/object';
import { PyStr, PyInt, PyBytes } from '../../objects/atoms';
import type { PyModule } from '../../objects/instances';
import type { VM } from '../../vm/vm';
import { fn, addNotModelled } from '../../builtins/define';
import { setName } from '../../runtime/dicts';
import { FLAG, ReTranslateError, ReTranslateUnsupported, translatePattern, type Translation } from './re-translate';

interface Program extends Translation {
  /** Flags of the JS RegExps: u always, i for IGNORECASE, d for the groups' indices. */
  jsFlags: string;
  sticky: RegExp;
  global: RegExp;
  full: RegExp;
}

/** Translations by (flags, pattern): the Python side has its own cache of Pattern objects (re._cache). */
const programs = new Map<string, Program | ReTranslateError>();

function program(pattern: string, flags: number, isBytes: boolean): Program | ReTranslateError {
  const key = `${isBytes ? 'b' : 's'}${flags}:${pattern}`;
  let p = programs.get(key);
  if (p) return p;
  try {
    const t = translatePattern(pattern, flags, isBytes);
    const jsFlags = `u${t.flags & FLAG.IGNORECASE ? 'i' : ''}d`;
    try {
      new RegExp(t.source, jsFlags);
    } catch {
      // A translation JS refuses is the simulator's gap, reported as such rather than as a crash.
      throw new ReTranslateUnsupported(`re pattern ${JSON.stringify(pattern)} (its JS translation is refused)`);
    }
    p = {
      ...t,
      jsFlags,
      sticky: new RegExp(t.source, `${jsFlags}y`),
      global: new RegExp(t.source, `${jsFlags}g`),
      full: new RegExp(`(?:${t.source})$`, `${jsFlags}y`),
    };
  } catch (e) {
    if (!(e instanceof ReTranslateError)) throw e;
    p = e;
  }
  programs.set(key, p);
  return p;
}

/** program(), a refused feature stopping the run as not modelled. */
function programOrRefusal(vm: VM, pattern: string, flags: number, isBytes: boolean): Program | ReTranslateError {
  try {
    return program(pattern, flags, isBytes);
  } catch (e) {
    if (e instanceof ReTranslateUnsupported) throw vm.unsupported(e.message);
    throw e;
  }
}

/** A bytes object as the string of its Latin-1 code points (what the RegExps of a bytes pattern match). */
function latin1(b: Uint8Array): string {
  let s = '';
  for (let k = 0; k < b.length; k += 8192) s += String.fromCharCode(...b.subarray(k, k + 8192));
  return s;
}

/** The pattern's text and kind (compile accepts only exact str and bytes, as _compiler.isstring). */
function patternText(vm: VM, pattern: PyObject): { text: string; isBytes: boolean } {
  if (pattern instanceof PyStr) return { text: pattern.value, isBytes: false };
  if (pattern instanceof PyBytes && pattern.type === vm.t.bytes) return { text: latin1(pattern.value), isBytes: true };
  throw vm.error('TypeError', 'first argument must be string or compiled pattern');
}

/** Code point offset ↔ UTF-16 offset for one string (identity when it has no astral characters). */
class Offsets {
  private readonly units: number[] | null;
  constructor(readonly text: string) {
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.units = null;
      return;
    }
    this.units = [];
    let u = 0;
    for (const ch of text) {
      this.units.push(u);
      u += ch.length;
    }
    this.units.push(u);
  }
  get length(): number {
    return this.units ? this.units.length - 1 : this.text.length;
  }
  toUnit(cp: number): number {
    return this.units ? this.units[cp] : cp;
  }
  toCodePoint(unit: number): number {
    if (!this.units) return unit;
    let lo = 0;
    let hi = this.units.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.units[mid] < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const MODE_MATCH = 0;
const MODE_SEARCH = 1;
const MODE_FULLMATCH = 2;

/**
 * One attempt of sre's search/match/fullmatch on string[pos:endpos] (state_init clamps pos and endpos;
 * the slice makes `$` and lookaheads see endpos as the end, as sre does). `mustAdvance` (pattern_subx,
 * findall, the scanner after an empty match): no empty match at `pos` itself, sre fails it and backtracks.
 */
/** The last string's offsets: findall, sub and split search one string many times. */
let lastOffsets: Offsets | null = null;

function offsetsOf(text: string): Offsets {
  if (lastOffsets === null || lastOffsets.text !== text) lastOffsets = new Offsets(text);
  return lastOffsets;
}

function run(prog: Program, text: string, pos: number, endpos: number, mode: number, mustAdvance: boolean): number[] | null {
  const offsets = offsetsOf(text);
  const n = offsets.length;
  if (pos < 0) pos = 0;
  if (pos > n) pos = n;
  if (endpos < 0) endpos = 0;
  if (endpos > n) endpos = n;
  if (endpos < pos) return null;
  const subject = endpos === n ? text : text.slice(0, offsets.toUnit(endpos));
  const exec = (re: RegExp, at: number): RegExpExecArray | null => {
    re.lastIndex = offsets.toUnit(at);
    return re.exec(subject);
  };
  let found: RegExpExecArray | null = null;
  if (mustAdvance) {
    // An empty match at pos is a failure there (sre backtracks into a longer one); then search on.
    const nonEmpty = new RegExp(`(?:${mode === MODE_FULLMATCH ? `(?:${prog.source})$` : prog.source})(?<!^[\\s\\S]{${pos}})`, `${prog.jsFlags}y`);
    found = exec(nonEmpty, pos);
    if (!found && mode === MODE_SEARCH && pos < endpos) found = exec(prog.global, pos + 1);
  } else {
    found = exec(mode === MODE_MATCH ? prog.sticky : mode === MODE_SEARCH ? prog.global : prog.full, pos);
  }
  if (!found || !found.indices) return null;
  // lastindex: the group whose `)` was passed last, i.e. the one ending last (later in the pattern on ties).
  let lastindex = -1;
  let lastEnd = -1;
  const spans: number[] = [];
  for (let g = 0; g <= prog.groups; g++) {
    const span = found.indices[g === 0 ? 0 : prog.jsIndex[g]];
    if (!span) {
      spans.push(-1, -1);
      continue;
    }
    const start = offsets.toCodePoint(span[0]);
    const end = offsets.toCodePoint(span[1]);
    spans.push(start, end);
    if (g > 0 && (end > lastEnd || (end === lastEnd && prog.closeOrder[g] > prog.closeOrder[lastindex]))) {
      lastindex = g;
      lastEnd = end;
    }
  }
  return [lastindex, ...spans];
}

function intArg(vm: VM, o: PyObject, what: string): number {
  if (!(o instanceof PyInt)) throw vm.error('TypeError', `'${o.type.name}' object cannot be interpreted as an integer (${what})`);
  const v = o.value;
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : v < -BigInt(Number.MAX_SAFE_INTEGER) ? -Number.MAX_SAFE_INTEGER : Number(v);
}

export function createSreCore(vm: VM, module: PyModule): void {
  const d = module.dict;
  const v = vm.options.version.versionInfo;
  setName(vm, d, 'VERSION', vm.newInt(v[0] * 100 + v[1]), true);

  /**
   * compile(pattern, flags) -> (flags, groups, ((name, index), ...)) or (message, position) for re.error.
   * Only str patterns: a bytes pattern stops the run as not modelled.
   */
  fn(vm, d, 'compile', (args) => {
    const [pattern, flagsObj] = args;
    const { text, isBytes } = patternText(vm, pattern);
    const flags = intArg(vm, flagsObj, 'flags');
    if (flags & FLAG.DEBUG) throw vm.unsupported('re.DEBUG');
    if (flags & FLAG.TEMPLATE) throw vm.unsupported('re.TEMPLATE');
    if (flags & FLAG.LOCALE) throw vm.unsupported('re.LOCALE');
    const p = programOrRefusal(vm, text, flags, isBytes);
    if (p instanceof ReTranslateError) {
      return vm.newTuple([vm.newStr(p.msg), p.pos === null ? vm.newNone() : vm.newInt(p.pos)]);
    }
    const names = p.groupindex.map(([name, index]) => vm.newTuple([vm.newStr(name), vm.newInt(index)]));
    return vm.newTuple([vm.newInt(p.flags), vm.newInt(p.groups), vm.newTuple(names)]);
  });

  /**
   * run(pattern, flags, string, pos, endpos, mode, must_advance) -> None, or (lastindex, start0, end0,
   * start1, end1, ...) with -1 for a group that did not take part (mode: 0 match, 1 search, 2 fullmatch).
   */
  fn(vm, d, 'run', (args) => {
    const [pattern, flagsObj, string, posObj, endposObj, modeObj, advanceObj] = args;
    const { text: patternValue, isBytes } = patternText(vm, pattern);
    let subject: string;
    if (string instanceof PyStr) {
      if (isBytes) throw vm.error('TypeError', 'cannot use a bytes pattern on a string-like object');
      subject = string.value;
    } else if (string instanceof PyBytes || string.type === vm.t.memoryview) {
      if (!isBytes) throw vm.error('TypeError', 'cannot use a string pattern on a bytes-like object');
      // sre slices a bytearray or memoryview subject into bytes; the Python side slices the object itself.
      if (string.type !== vm.t.bytes) throw vm.unsupported('re on a bytearray or memoryview');
      subject = latin1((string as PyBytes).value);
    } else {
      throw vm.error('TypeError', `expected string or bytes-like object, got '${string.type.name}'`);
    }
    const flags = intArg(vm, flagsObj, 'flags');
    const p = programOrRefusal(vm, patternValue, flags, isBytes);
    if (p instanceof ReTranslateError) throw new Error('internal: re pattern run before it compiled');
    // IGNORECASE with ASCII folds only ASCII letters in sre; a JS RegExp with flag i folds them all.
    if (p.flags & FLAG.IGNORECASE && (p.flags & FLAG.ASCII || isBytes) && /[^\x00-\x7f]/.test(subject)) {
      throw vm.unsupported(`re.IGNORECASE with ${isBytes ? 'a bytes pattern' : 're.ASCII'} on non-ASCII text`);
    }
    const result = run(p, subject, intArg(vm, posObj, 'pos'), intArg(vm, endposObj, 'endpos'), intArg(vm, modeObj, 'mode'), advanceObj === vm.true_);
    if (!result) return vm.newNone();
    return vm.newTuple(result.map((x) => vm.newInt(x)));
  });



}


/** The native half of re: what its Python source (modules/python/re-source.ts) needs before it runs. */
export function createRe(vm: VM, module: PyModule): void {
  addNotModelled(vm, module.dict);
}
