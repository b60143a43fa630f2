// A Python regular expression read as CPython's parser reads it (Lib/re/_parser.py: _parse_sub, _parse,
// _escape, _class_escape), with its re.error messages and positions, and written out as the source of an
// equivalent JS RegExp (always flag u; flag i for IGNORECASE). What a JS RegExp cannot do the same way is
// refused (ReTranslateUnsupported), never matched differently:
// - `.`, `^`, `$`, `\A`, `\Z`, `\b`, `\B`, `\d`, `\w`, `\s` are written out explicitly: JS's own differ (its `$`
//   never matches before a final newline, its `.` also stops at \r, \u2028 and \u2029, its `\w` and `\b` are
//   ASCII, its `\s` has \ufeff and lacks \x1c-\x1f and \x85);
// - scoped s, m, x and a flags are applied while writing; a scoped i flag is refused (no modifiers in Node 20);
// - atomic groups and possessive repeats (3.11+) become `(?=(X))\k`, the classic emulation;
// - a group that may not take part in every repetition of a repeat around it is refused: JS resets it at
//   each repetition, sre keeps the last value; so is a backreference to a group that may not take part
//   (sre fails there, JS matches the empty string), a conditional `(?(1)...)`, and the LOCALE flag.

export const FLAG = { TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256 };

/** re.error(msg, pattern, pos): pos null for the errors CPython raises without a position (look-behind width). */
export class ReTranslateError extends Error {
  constructor(readonly msg: string, readonly pos: number | null) {
    super(msg);
  }
}

/** A pattern feature the simulator does not model. */
export class ReTranslateUnsupported extends Error {}

type Node =
  | { kind: 'raw'; js: string; min: number; max: number; anchor?: boolean }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; branches: Node[] }
  | { kind: 'group'; id: number; body: Node }
  | { kind: 'wrap'; open: string; body: Node; look?: boolean }
  | { kind: 'repeat'; body: Node; min: number; max: number; lazy: boolean }
  | { kind: 'atomic'; body: Node }
  | { kind: 'backref'; id: number };

export interface Translation {
  /** The JS RegExp source (without flags). */
  source: string;
  /** The flags after inline global flags, with UNICODE added for a str pattern (Pattern.flags). */
  flags: number;
  groups: number;
  /** Group name → number, in order of definition. */
  groupindex: [string, number][];
  /** Python group number → JS capture index (index 0 unused). */
  jsIndex: number[];
  /** Python group number → order in which its `)` appears (for lastindex: the group closed last). */
  closeOrder: number[];
}

const MAXREPEAT = 4294967295;
const WHITESPACE = ' \t\n\r\v\f';
const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REPEAT_CHARS = '*+?{';

/** Py_UNICODE_ISSPACE and the word/digit classes of _sre for str patterns (SRE_UNI_IS_*), as class bodies. */
const UNI_SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const UNI_WORD = '\\p{L}\\p{N}_';
const UNI_DIGIT = '\\p{Nd}';
const ASCII_SPACE = ' \\t\\n\\r\\f\\v';
const ASCII_WORD = 'A-Za-z0-9_';
const ASCII_DIGIT = '0-9';

/** sre's ESCAPES (the same in and out of a set, except \b). */
const CHAR_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s.normalize('NFKC'));
}

/** One code point as it can appear in a JS RegExp with flag u (`-` is escaped inside a class only). */
function jsChar(cp: number, inClass = false): string {
  const c = String.fromCodePoint(cp);
  if (/[A-Za-z0-9 _]/.test(c) || (c === '-' && !inClass)) return c;
  if ('^$\\.*+?()[]{}|/-'.includes(c)) return `\\${c}`;
  return `\\u{${cp.toString(16)}}`;
}

interface Scope {
  dotall: boolean;
  multiline: boolean;
  verbose: boolean;
  ascii: boolean;
  /** A scoped (?i:...) in a pattern without IGNORECASE: its literals are written as classes of their cases. */
  scopedIgnorecase: boolean;
}

class Parser {
  private readonly chars: string[];
  private i = 0;
  private groups = 0;
  private readonly names = new Map<string, number>();
  private readonly open = new Set<number>();
  private readonly closeOrder: number[] = [0];
  private closes = 0;
  /** Groups that may not take part in a match (under an alternation or an optional repeat). */
  private readonly conditional = new Set<number>();
  private readonly backrefs: number[] = [];
  private readonly groupsOf = new Map<Node, Set<number>>();
  flags: number;

  constructor(pattern: string, flags: number, private readonly isBytes: boolean) {
    this.chars = Array.from(pattern);
    this.flags = flags;
  }

  private get next(): string | undefined {
    return this.chars[this.i];
  }
  private get(): string | undefined {
    return this.chars[this.i++];
  }
  private match(c: string): boolean {
    if (this.chars[this.i] === c) {
      this.i++;
      return true;
    }
    return false;
  }
  private error(msg: string, pos: number): never {
    throw new ReTranslateError(msg, pos);
  }
  private unsupported(what: string): never {
    throw new ReTranslateUnsupported(`re pattern feature: ${what}`);
  }

  parse(): Translation {
    const scope: Scope = this.scopeOf(this.flags);
    const body = this.parseSub(scope);
    if (this.next !== undefined) {
      if (this.next === ')') this.error('unbalanced parenthesis', this.i);
      throw new Error('internal: re parser stopped early');
    }
    for (const ref of this.backrefs) {
      if (this.conditional.has(ref)) this.unsupported('a backreference to a group that may not take part in the match');
    }
    const jsIndex: number[] = [0];
    let hidden = 0;
    const render = (n: Node): string => {
      switch (n.kind) {
        case 'raw':
          return n.js;
        case 'seq':
          return n.items.map(render).join('');
        case 'alt':
          return n.branches.map(render).join('|');
        case 'group':
          jsIndex[n.id] = ++hidden;
          return `(${render(n.body)})`;
        case 'wrap':
          return `${n.open}${render(n.body)})`;
        case 'repeat': {
          const body = n.body.kind === 'raw' && !n.body.anchor && isSingle(n.body.js) ? n.body.js : `(?:${render(n.body)})`;
          const q = n.min === 0 && n.max === MAXREPEAT ? '*' : n.min === 1 && n.max === MAXREPEAT ? '+' : n.min === 0 && n.max === 1 ? '?'
            : n.max === MAXREPEAT ? `{${n.min},}` : n.min === n.max ? `{${n.min}}` : `{${n.min},${n.max}}`;
          return `${body}${q}${n.lazy ? '?' : ''}`;
        }
        case 'atomic': {
          const index = ++hidden;
          return `(?=(${render(n.body)}))(?:\\${index})`;
        }
        case 'backref':
          return `(?:\\${jsIndex[n.id]})`;
      }
    };
    const source = render(body);
    return {
      source,
      flags: this.flags,
      groups: this.groups,
      groupindex: [...this.names.entries()],
      jsIndex,
      closeOrder: this.closeOrder,
    };
  }

  private scopeOf(flags: number): Scope {
    return { dotall: !!(flags & FLAG.DOTALL), multiline: !!(flags & FLAG.MULTILINE), verbose: !!(flags & FLAG.VERBOSE), ascii: this.isBytes || !!(flags & FLAG.ASCII), scopedIgnorecase: false };
  }

  /** Groups inside a node (for the repetition and participation checks). */
  private groupsIn(n: Node): Set<number> {
    return this.groupsOf.get(n) ?? new Set();
  }
  private note(n: Node, groups: Iterable<number>): Node {
    const set = new Set(groups);
    if (set.size) this.groupsOf.set(n, set);
    return n;
  }

  /** _parse_sub: alternatives separated by `|`. */
  private parseSub(scope: Scope): Node {
    const branches: Node[] = [];
    for (;;) {
      branches.push(this.parseSeq(scope));
      if (!this.match('|')) break;
    }
    if (branches.length === 1) return branches[0];
    const all: number[] = [];
    for (const b of branches) for (const g of this.groupsIn(b)) {
      all.push(g);
      this.conditional.add(g);
    }
    return this.note({ kind: 'alt', branches }, all);
  }

  /** _parse: items up to `|`, `)` or the end. */
  private parseSeq(scope: Scope): Node {
    const items: Node[] = [];
    const all: number[] = [];
    let repeatable: Node | null = null;
    let lastWasRepeat = false;
    for (;;) {
      const c = this.next;
      if (c === undefined || c === '|' || c === ')') break;
      const here = this.i;
      this.i++;
      if (scope.verbose) {
        if (WHITESPACE.includes(c)) continue;
        if (c === '#') {
          while (this.next !== undefined && this.get() !== '\n');
          continue;
        }
      }
      if (REPEAT_CHARS.includes(c)) {
        let min = 0;
        let max = MAXREPEAT;
        if (c === '?') max = 1;
        else if (c === '+') min = 1;
        else if (c === '{') {
          if (this.next === '}') {
            repeatable = this.literal(c);
            items.push(repeatable);
            lastWasRepeat = false;
            continue;
          }
          let lo = '';
          let hi = '';
          while (this.next !== undefined && DIGITS.includes(this.next)) lo += this.get();
          if (this.match(',')) {
            while (this.next !== undefined && DIGITS.includes(this.next)) hi += this.get();
          } else hi = lo;
          if (!this.match('}')) {
            this.i = here + 1;
            repeatable = this.literal(c);
            items.push(repeatable);
            lastWasRepeat = false;
            continue;
          }
          if (lo) min = Number(lo);
          if (hi) max = Number(hi);
          if (min >= MAXREPEAT || (hi && max >= MAXREPEAT)) this.unsupported('a repeat count of 4294967295 or more');
          if (max < min) this.error('min repeat greater than max repeat', here + 1);
        }
        if (lastWasRepeat) this.error('multiple repeat', here);
        if (!repeatable || (repeatable.kind === 'raw' && repeatable.anchor)) this.error('nothing to repeat', here);
        let lazy = false;
        let possessive = false;
        if (this.match('?')) lazy = true;
        else if (this.match('+')) possessive = true;
        const inner = this.groupsIn(repeatable);
        if (max > 1) {
          for (const g of inner) {
            if (this.conditional.has(g) && this.conditionalWithin(repeatable, g)) {
              this.unsupported('a group that may not take part in every repetition of a repeat');
            }
          }
        }
        if (min === 0) for (const g of inner) this.conditional.add(g);
        let body = repeatable;
        // JS refuses a quantified lookaround with flag u: sre repeats it as a group.
        if (body.kind === 'wrap' && body.look) body = this.note({ kind: 'wrap', open: '(?:', body }, inner);
        let rep: Node = this.note({ kind: 'repeat', body, min, max, lazy }, inner);
        if (possessive) rep = this.note({ kind: 'atomic', body: rep }, inner);
        items[items.length - 1] = rep;
        repeatable = rep;
        lastWasRepeat = true;
        continue;
      }
      lastWasRepeat = false;
      let item: Node;
      if (c === '.') {
        item = { kind: 'raw', js: scope.dotall ? '[\\s\\S]' : '[^\\n]', min: 1, max: 1 };
      } else if (c === '^') {
        item = { kind: 'raw', js: scope.multiline ? '(?:^|(?<=\\n))' : '^', min: 0, max: 0, anchor: true };
      } else if (c === '$') {
        item = { kind: 'raw', js: scope.multiline ? '(?=\\n|$)' : '(?=\\n?$)', min: 0, max: 0, anchor: true };
      } else if (c === '[') {
        item = this.parseClass(scope, here);
      } else if (c === '\\') {
        item = this.parseEscape(scope, here);
      } else if (c === '(') {
        const parsed = this.parseParen(scope, here);
        if (parsed === null) continue;
        item = parsed;
      } else {
        item = this.literal(c, scope);
      }
      items.push(item);
      for (const g of this.groupsIn(item)) all.push(g);
      repeatable = item;
    }
    if (items.length === 1) return items[0];
    return this.note({ kind: 'seq', items }, all);
  }

  /** Whether group g may not take part when `n` matches (it sits under an alternation or optional repeat inside n). */
  private conditionalWithin(n: Node, g: number): boolean {
    const walk = (x: Node, optional: boolean): boolean | null => {
      switch (x.kind) {
        case 'group':
          if (x.id === g) return optional;
          return walk(x.body, optional);
        case 'seq':
          for (const it of x.items) {
            const r = walk(it, optional);
            if (r !== null) return r;
          }
          return null;
        case 'alt':
          for (const b of x.branches) {
            const r = walk(b, true);
            if (r !== null) return r;
          }
          return null;
        case 'repeat':
          return walk(x.body, optional || x.min === 0);
        case 'wrap':
          return walk(x.body, optional || x.open === '(?!' || x.open === '(?<!');
        case 'atomic':
          return walk(x.body, optional);
        default:
          return null;
      }
    };
    return walk(n, false) ?? false;
  }

  private literal(c: string, scope?: Scope): Node {
    return this.literalCode(c.codePointAt(0) as number, scope);
  }

  /** One character; under a scoped (?i:...), a class of its lower, upper and own case (simple case mapping). */
  private literalCode(code: number, scope?: Scope): Node {
    if (scope?.scopedIgnorecase) {
      const c = String.fromCodePoint(code);
      const cases = new Set([c, c.toLowerCase(), c.toUpperCase()].filter((x) => Array.from(x).length === 1));
      if (cases.size > 1) return { kind: 'raw', js: `[${[...cases].map((x) => jsChar(x.codePointAt(0) as number)).join('')}]`, min: 1, max: 1 };
    }
    return { kind: 'raw', js: jsChar(code), min: 1, max: 1 };
  }

  /** `(` ... `)`: groups, extensions and flags. Null for what adds no item (a comment, global flags). */
  private parseParen(scope: Scope, start: number): Node | null {
    let capture = true;
    let name: string | null = null;
    let open = '(?:';
    let look = false;
    let lookbehind = false;
    let atomic = false;
    let inner = scope;
    if (this.match('?')) {
      const c = this.get();
      if (c === undefined) this.error('unexpected end of pattern', this.i);
      if (c === 'P') {
        if (this.match('<')) {
          name = this.groupName('>');
        } else if (this.match('=')) {
          const nameAt = this.i;
          const ref = this.groupName(')');
          const id = this.names.get(ref);
          if (id === undefined) this.error(`unknown group name '${ref}'`, nameAt);
          if (this.open.has(id)) this.error('cannot refer to an open group', nameAt);
          this.backrefs.push(id);
          return { kind: 'backref', id } as Node;
        } else {
          const d = this.get();
          if (d === undefined) this.error('unexpected end of pattern', this.i);
          this.error(`unknown extension ?P${d}`, this.i - 3);
        }
      } else if (c === ':') {
        capture = false;
      } else if (c === '#') {
        for (;;) {
          const d = this.get();
          if (d === undefined) this.error('missing ), unterminated comment', start);
          if (d === ')') return null;
        }
      } else if (c === '=' || c === '!' || c === '<') {
        let kind = c;
        if (c === '<') {
          const d = this.get();
          if (d === undefined) this.error('unexpected end of pattern', this.i);
          if (d !== '=' && d !== '!') this.error(`unknown extension ?<${d}`, this.i - 3);
          kind = d;
          lookbehind = true;
        }
        capture = false;
        look = true;
        open = `(?${lookbehind ? '<' : ''}${kind}`;
      } else if (c === '(') {
        this.unsupported('a conditional group (?(...)...)');
      } else if (c === '>') {
        capture = false;
        atomic = true;
      } else if ('aiLmsux-'.includes(c)) {
        this.i--;
        const flagsAt = this.i;
        const parsed = this.parseFlags(start, flagsAt);
        if (parsed.global) return null;
        capture = false;
        inner = { ...scope };
        const apply = (flags: number, on: boolean) => {
          if (flags & FLAG.DOTALL) inner.dotall = on;
          if (flags & FLAG.MULTILINE) inner.multiline = on;
          if (flags & FLAG.VERBOSE) inner.verbose = on;
          if (flags & FLAG.ASCII) inner.ascii = on || this.isBytes;
          if (flags & FLAG.UNICODE) inner.ascii = this.isBytes;
          if (flags & FLAG.IGNORECASE) {
            // JS has no scoped flags (Node 20): (?i:...) is written out for its literals; (?-i:...) under IGNORECASE is refused.
            if (!on && this.flags & FLAG.IGNORECASE) this.unsupported('(?-i:...) in an IGNORECASE pattern');
            if (!(this.flags & FLAG.IGNORECASE)) inner.scopedIgnorecase = on;
          }
          if (flags & FLAG.LOCALE) this.unsupported('the LOCALE flag');
        };
        apply(parsed.add, true);
        apply(parsed.del, false);
      } else {
        this.error(`unknown extension ?${c}`, this.i - 2);
      }
    }
    let id = 0;
    if (capture) {
      id = ++this.groups;
      if (name !== null) {
        const was = this.names.get(name);
        if (was !== undefined) this.error(`redefinition of group name '${name}' as group ${id}; was group ${was}`, this.i - name.length - 1);
        this.names.set(name, id);
      }
      this.open.add(id);
    }
    const backrefsBefore = this.backrefs.length;
    const body = this.parseSub(inner);
    if (!this.match(')')) this.error('missing ), unterminated subpattern', start);
    if (capture) {
      this.open.delete(id);
      this.closeOrder[id] = ++this.closes;
    }
    if (lookbehind) {
      const [lo, hi] = width(body);
      if (lo !== hi) throw new ReTranslateError('look-behind requires fixed-width pattern', null);
      if (this.backrefs.length > backrefsBefore) this.unsupported('a backreference inside a look-behind');
    }
    const groups = [...this.groupsIn(body)];
    if (capture) return this.note({ kind: 'group', id, body }, [id, ...groups]);
    if (atomic) return this.note({ kind: 'atomic', body }, groups);
    return this.note({ kind: 'wrap', open, body, look }, groups);
  }

  /** A group name up to `end` (after `(?P<` or `(?P=`), checked as _parser does. */
  private groupName(end: string): string {
    const at = this.i;
    let name = '';
    for (;;) {
      const c = this.get();
      if (c === undefined) this.error(`missing ${end}, unterminated name`, at);
      if (c === end) break;
      name += c;
    }
    if (!name) this.error('missing group name', at);
    if (!isIdentifier(name)) this.error(`bad character in group name '${name}'`, at);
    return name;
  }

  /** Inline flags after `(?`: global `(?i)` (only at the start) or scoped `(?i-s:`. */
  private parseFlags(start: number, from: number): { global: boolean; add: number; del: number } {
    const letters: Record<string, number> = { a: FLAG.ASCII, i: FLAG.IGNORECASE, L: FLAG.LOCALE, m: FLAG.MULTILINE, s: FLAG.DOTALL, u: FLAG.UNICODE, x: FLAG.VERBOSE };
    let add = 0;
    let del = 0;
    let c = this.get();
    if (c !== '-') {
      for (;;) {
        add |= letters[c as string];
        c = this.get();
        if (c === undefined) this.error('missing -, : or )', this.i);
        if (c === ')' || c === '-' || c === ':') break;
        if (!(c in letters)) {
          this.error(/[A-Za-z]/.test(c) ? 'unknown flag' : 'missing -, : or )', this.i - 1);
        }
      }
    }
    if (c === ')') {
      // A global flag: only at the start of the whole expression (3.11+).
      if (start !== 0 && !this.onlyGlobalsBefore(start)) this.error('global flags not at the start of the expression', start);
      if (add & FLAG.LOCALE) this.unsupported('the LOCALE flag');
      this.flags |= add;
      return { global: true, add, del: 0 };
    }
    if (c === '-') {
      c = this.get();
      if (c === undefined) this.error('missing flag', this.i);
      for (;;) {
        if (!(c in letters)) this.error(/[A-Za-z]/.test(c as string) ? 'unknown flag' : 'missing flag', this.i - 1);
        del |= letters[c as string];
        c = this.get();
        if (c === undefined) this.error('missing :', this.i);
        if (c === ':') break;
        if (!(c in letters)) this.error(/[A-Za-z]/.test(c) ? 'unknown flag' : 'missing :', this.i - 1);
      }
    }
    if (add & del) this.error('bad inline flags: flag turned on and off', this.i - 1);
    return { global: false, add, del };
  }

  /** Whether only global-flag groups come before `start` (`(?i)(?m)a` is allowed). */
  private onlyGlobalsBefore(start: number): boolean {
    const before = this.chars.slice(0, start).join('');
    return /^(\(\?[aiLmsux]+\))+$/.test(before);
  }

  /** `\` outside a set (_escape). */
  private parseEscape(scope: Scope, here: number): Node {
    const c = this.get();
    if (c === undefined) this.error('bad escape (end of pattern)', here);
    const anchor = (js: string): Node => ({ kind: 'raw', js, min: 0, max: 0, anchor: true });
    const word = scope.ascii ? ASCII_WORD : UNI_WORD;
    switch (c) {
      case 'A':
        return anchor('^');
      case 'Z':
        return anchor('$');
      case 'b':
        return anchor(`(?:(?<=[${word}])(?![${word}])|(?<![${word}])(?=[${word}]))`);
      case 'B':
        return anchor(`(?:(?<=[${word}])(?=[${word}])|(?<![${word}])(?![${word}]))`);
    }
    const category = this.category(c, scope, false);
    if (category !== null) return { kind: 'raw', js: category, min: 1, max: 1 };
    if (DIGITS.includes(c)) {
      // An octal escape (\0, or three octal digits) or a group reference.
      if (c === '0') return this.literalCode(this.octal(c), scope);
      let digits = c;
      if (this.next !== undefined && DIGITS.includes(this.next)) {
        if (OCTDIGITS.includes(c) && OCTDIGITS.includes(this.next) && this.chars[this.i + 1] !== undefined && OCTDIGITS.includes(this.chars[this.i + 1])) {
          const text = c + this.get() + this.get();
          const value = parseInt(text, 8);
          if (value > 0o377) this.error(`octal escape value \\${text} outside of range 0-0o377`, here);
          return this.literalCode(value, scope);
        }
        digits += this.get();
      }
      const id = Number(digits);
      if (id > this.groups) this.error(`invalid group reference ${id}`, here + 1);
      if (this.open.has(id)) this.error('cannot refer to an open group', here + 1);
      if (scope.scopedIgnorecase) this.unsupported('a backreference inside (?i:...)');
      this.backrefs.push(id);
      return { kind: 'backref', id };
    }
    const code = this.codeEscape(c, here, false);
    return this.literalCode(code, scope);
  }

  /** \0 followed by up to two octal digits. */
  private octal(first: string): number {
    let text = first;
    for (let k = 0; k < 2 && this.next !== undefined && OCTDIGITS.includes(this.next); k++) text += this.get();
    return parseInt(text, 8);
  }

  /** \d \D \s \S \w \W as a class (or, inside a set, as class items; null when `c` is none of them). */
  private category(c: string, scope: Scope, inSet: boolean): string | null {
    const bodies: Record<string, string> = scope.ascii ? { d: ASCII_DIGIT, s: ASCII_SPACE, w: ASCII_WORD } : { d: UNI_DIGIT, s: UNI_SPACE, w: UNI_WORD };
    const lower = c.toLowerCase();
    if (!'dsw'.includes(lower) || c.length !== 1) return null;
    const body = bodies[lower];
    if (c === lower) return inSet ? body : `[${body}]`;
    if (inSet) return `\u0000NEG${body}`;
    return `[^${body}]`;
  }

  /** The code point of an escape that stands for one character (_escape/_class_escape), or an error. */
  private codeEscape(c: string, here: number, inSet: boolean): number {
    if (this.isBytes && (c === 'u' || c === 'U' || c === 'N')) this.error(`bad escape \\${c}`, here);
    if (c === 'x' || c === 'u' || c === 'U') {
      const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      let hex = '';
      while (hex.length < n && this.next !== undefined && HEXDIGITS.includes(this.next)) hex += this.get();
      if (hex.length < n) this.error(`incomplete escape \\${c}${hex}`, here);
      const value = parseInt(hex, 16);
      if (c === 'U' && value > 0x10ffff) this.error(`bad escape \\${c}${hex}`, here);
      return value;
    }
    if (c === 'N') this.unsupported('\\N{...} named characters');
    if (inSet && c === 'b') return 8;
    if (c in CHAR_ESCAPES && c !== 'b') return CHAR_ESCAPES[c];
    if (inSet && OCTDIGITS.includes(c)) {
      let text = c;
      for (let k = 0; k < 2 && this.next !== undefined && OCTDIGITS.includes(this.next); k++) text += this.get();
      const value = parseInt(text, 8);
      if (value > 0o377) this.error(`octal escape value \\${text} outside of range 0-0o377`, here);
      return value;
    }
    if (inSet && DIGITS.includes(c)) this.error(`bad escape \\${c}`, here);
    if (ASCIILETTERS.includes(c)) this.error(`bad escape \\${c}`, here);
    return c.codePointAt(0) as number;
  }

  /** `[...]` (the set part of _parse). */
  private parseClass(scope: Scope, start: number): Node {
    const items: string[] = [];
    // The bodies of \D, \S and \W in the set: each matches what its body does not.
    const negatedCategories: string[] = [];
    const negate = this.match('^');
    let first = true;
    for (;;) {
      const at = this.i;
      const c = this.get();
      if (c === undefined) this.error('unterminated character set', start);
      if (c === ']' && !first) break;
      first = false;
      let lo: number;
      if (c === '\\') {
        const e = this.get();
        if (e === undefined) this.error('unterminated character set', start);
        const cat = this.category(e, scope, true);
        if (cat !== null) {
          if (cat.startsWith('\u0000NEG')) negatedCategories.push(cat.slice(4));
          else items.push(cat);
          continue;
        }
        lo = this.codeEscape(e, at, true);
      } else lo = c.codePointAt(0) as number;
      if (this.next === '-' && this.chars[this.i + 1] !== undefined && this.chars[this.i + 1] !== ']') {
        this.i++;
        const hiAt = this.i;
        const h = this.get() as string;
        let hi: number;
        if (h === '\\') {
          const e = this.get();
          if (e === undefined) this.error('unterminated character set', start);
          if (this.category(e, scope, true) !== null) this.error(`bad character range ${this.chars.slice(at, this.i).join('')}`, at);
          hi = this.codeEscape(e, hiAt, true);
        } else hi = h.codePointAt(0) as number;
        if (hi < lo) this.error(`bad character range ${this.chars.slice(at, this.i).join('')}`, at);
        items.push(`${jsChar(lo, true)}-${jsChar(hi, true)}`);
      } else items.push(jsChar(lo, true));
    }
    if (scope.scopedIgnorecase && items.some((it) => /[A-Za-z]|\\u\{/.test(it.replace(/\\p\{\w+\}|\\[xu][0-9a-f]{2,4}|\\[tnrfv]/g, '')))) {
      this.unsupported('a set with letters inside (?i:...)');
    }
    if (negatedCategories.length) {
      // JS has no set operations without flag v: one character, written with lookaheads. [\W] alone is \W;
      // with other items, a character any of them matches; negated ([^\d\W]: a letter), a character none of
      // the items matches and every category's body does.
      if (!negate && !items.length && negatedCategories.length === 1) return { kind: 'raw', js: `[^${negatedCategories[0]}]`, min: 1, max: 1 };
      const js = negate
        ? `(?:${items.length ? `(?![${items.join('')}])` : ''}${negatedCategories.slice(0, -1).map((b) => `(?=[${b}])`).join('')}[${negatedCategories[negatedCategories.length - 1]}])`
        : `(?:${[...(items.length ? [`[${items.join('')}]`] : []), ...negatedCategories.map((b) => `[^${b}]`)].join('|')})`;
      return { kind: 'raw', js, min: 1, max: 1 };
    }
    return { kind: 'raw', js: `[${negate ? '^' : ''}${items.join('')}]`, min: 1, max: 1 };
  }
}

/** A JS piece a quantifier can follow without a group (one character or one class). */
function isSingle(js: string): boolean {
  if (/^\\u\{[0-9a-f]+\}$/.test(js) || /^\\.$/.test(js) || /^[^\\[(]$/u.test(js)) return true;
  if (js.startsWith('[') && js.endsWith(']')) {
    // A class with no inner unescaped ']' before the end.
    let k = 1;
    while (k < js.length - 1) {
      if (js[k] === '\\') k += 2;
      else if (js[k] === ']') return false;
      else k++;
    }
    return true;
  }
  return false;
}

/** getwidth: the least and most characters a node matches. */
function width(n: Node): [number, number] {
  switch (n.kind) {
    case 'raw':
      return [n.min, n.max];
    case 'seq':
      return n.items.reduce<[number, number]>((acc, it) => {
        const [a, b] = width(it);
        return [acc[0] + a, acc[1] + b];
      }, [0, 0]);
    case 'alt': {
      const ws = n.branches.map(width);
      return [Math.min(...ws.map((w) => w[0])), Math.max(...ws.map((w) => w[1]))];
    }
    case 'group':
    case 'atomic':
      return width(n.body);
    case 'wrap':
      return n.open === '(?:' ? width(n.body) : [0, 0];
    case 'repeat': {
      const [a, b] = width(n.body);
      return [a * n.min, n.max === MAXREPEAT ? (b === 0 ? 0 : Infinity) : b * n.max];
    }
    case 'backref':
      return [0, Infinity];
  }
}

/**
 * Reads a pattern with its flags and writes its JS RegExp source. A bytes pattern comes as its Latin-1
 * decoding (each byte one code point), and its \d, \w, \s, \b are ASCII's, as sre's for bytes.
 */
export function translatePattern(pattern: string, flags: number, isBytes = false): Translation {
  const parser = new Parser(pattern, flags, isBytes);
  let t = parser.parse();
  // (?x) turns verbose mode on for the whole pattern: _parser parses it again from the start.
  if (t.flags & FLAG.VERBOSE && !(flags & FLAG.VERBOSE)) t = new Parser(pattern, t.flags, isBytes).parse();
  if (t.flags & FLAG.LOCALE) throw new ReTranslateUnsupported('the LOCALE flag');
  return t;
}

