// Match statements, compiled as CPython 3.11's Python/compile.c does (compiler_match and
// compiler_pattern_*), including the peephole optimiser's `COPY 1; POP_JUMP_IF_NONE` for
// "is the result None". What sits on the stack decides the reference counts a program sees:
// the subject is copied per case (except for the last one), captured objects wait on the stack
// until the whole pattern has matched, and every failure path pops exactly what it left.
// The parser has already reported the pattern errors the compiler raises (syntax/pattern-checks.ts).

import type * as A from '../syntax/ast';
import { isWildcard } from '../syntax/pattern-checks';
import { BinaryOps, CompareOps, Op, type ConstSpec } from './bytecode';
import { Label, type CodeBuilder } from './code-builder';

/** What the statement compiler lends to the pattern compiler. */
export interface PatternHost {
  readonly b: CodeBuilder;
  at(node: A.Span): void;
  expr(e: A.Expr): void;
  storeName(name: string): void;
  loadConst(spec: ConstSpec): void;
  jumpIf(test: A.Expr, whenTrue: boolean, label: Label): void;
  body(stmts: A.Stmt[]): void;
}

/** compile.c's pattern_context. */
interface Context {
  /** Names captured so far; their objects wait on the stack, under `onTop` other items. */
  stores: string[];
  allowIrrefutable: boolean;
  /** failPop[n] pops n items and falls through to failPop[n - 1]; failPop[0] is "no match". */
  failPop: Label[];
  /** Items on top of the stack that a failure must pop besides the captures. */
  onTop: number;
}

export function compileMatch(h: PatternHost, s: A.Match): void {
  new PatternCompiler(h).match(s);
}

class PatternCompiler {
  private readonly b: CodeBuilder;

  constructor(private readonly h: PatternHost) {
    this.b = h.b;
  }

  match(s: A.Match): void {
    const { b, h } = this;
    h.expr(s.subject);
    const end = new Label();
    const cases = s.cases.length;
    const last = s.cases[cases - 1];
    // a trailing `case _:` needs no pattern code (nor a copy of the subject)
    const hasDefault = cases > 1 && isWildcard(last.pattern);
    const compiled = cases - (hasDefault ? 1 : 0);
    for (let i = 0; i < compiled; i++) {
      const m = s.cases[i];
      h.at(m.pattern);
      const keepSubject = i !== compiled - 1;
      if (keepSubject) b.emit(Op.COPY, 1);
      const pc: Context = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
      this.pattern(m.pattern, pc);
      // It's a match: bind the captures (their objects are on the stack, in order).
      for (const name of pc.stores) h.storeName(name);
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        h.jumpIf(m.guard, false, pc.failPop[0]);
      }
      if (keepSubject) b.emit(Op.POP_TOP);
      h.body(m.body);
      if (b.reachable) b.emitJump(Op.JUMP_FORWARD, end);
      // the cleanup of a failed match belongs to the pattern's line, not the body's last one
      h.at(m.pattern);
      this.emitFailPop(pc);
    }
    if (hasDefault) {
      h.at(last.pattern);
      b.emit(cases === 1 ? Op.POP_TOP : Op.NOP);
      if (last.guard) h.jumpIf(last.guard, false, end);
      h.body(last.body);
    }
    b.bind(end);
  }

  // ---- failure paths ---------------------------------------------------------------------

  private ensureFailPop(pc: Context, n: number): void {
    while (pc.failPop.length < n + 1) pc.failPop.push(new Label());
  }

  /** Jumps (with `op`) to the failure path that pops what is on the stack now. */
  private jumpToFailPop(pc: Context, op: number): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.b.emitJump(op, pc.failPop[pops]);
  }

  private emitFailPop(pc: Context): void {
    if (pc.failPop.length === 0) return;
    for (let n = pc.failPop.length - 1; n > 0; n--) {
      this.b.bind(pc.failPop[n]);
      this.b.emit(Op.POP_TOP);
    }
    this.b.bind(pc.failPop[0]);
    pc.failPop = [];
  }

  // ---- patterns ---------------------------------------------------------------------------

  private pattern(p: A.Pattern, pc: Context): void {
    this.h.at(p);
    switch (p.kind) {
      case 'MatchValue':
        this.loadValue(p.value, p);
        this.b.emit(Op.COMPARE_OP, CompareOps.indexOf('Eq'));
        return this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
      case 'MatchSingleton':
        if (p.value.type === 'None') return this.jumpToFailPop(pc, Op.POP_JUMP_IF_NOT_NONE);
        this.h.loadConst(p.value);
        this.b.emit(Op.IS_OP, 0);
        return this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
      case 'MatchSequence':
        return this.sequence(p, pc);
      case 'MatchMapping':
        return this.mapping(p, pc);
      case 'MatchClass':
        return this.cls(p, pc);
      case 'MatchStar':
        return this.storeCapture(p.name, pc);
      case 'MatchAs':
        if (p.pattern === null) return this.storeCapture(p.name, pc);
        // keep a copy for binding once the sub-pattern matched
        pc.onTop++;
        this.b.emit(Op.COPY, 1);
        this.pattern(p.pattern, pc);
        pc.onTop--;
        return this.storeCapture(p.name, pc);
      case 'MatchOr':
        return this.or(p, pc);
    }
  }

  /** Like pattern(), with irrefutable patterns allowed (they are checked at the top level). */
  private sub(p: A.Pattern, pc: Context): void {
    const saved = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = saved;
  }

  /** An expression evaluated inside a pattern; the pattern keeps its position (compiler_visit_expr restores it). */
  private loadValue(e: A.Expr, owner: A.Span): void {
    this.h.expr(e);
    this.h.at(owner);
  }

  /** pattern_helper_store_name: a capture's object moves under what must stay on top. */
  private storeCapture(name: string | null, pc: Context): void {
    if (name === null) {
      this.b.emit(Op.POP_TOP);
      return;
    }
    this.rotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(name);
  }

  private rotate(count: number): void {
    while (count > 1) this.b.emit(Op.SWAP, count--);
  }

  private sequence(p: A.MatchSequence, pc: Context): void {
    const b = this.b;
    const size = p.patterns.length;
    const star = p.patterns.findIndex((x) => x.kind === 'MatchStar');
    const starWildcard = star >= 0 && (p.patterns[star] as A.MatchStar).name === null;
    const onlyWildcard = p.patterns.every((x) => (x.kind === 'MatchStar' ? x.name === null : isWildcard(x)));
    // the subject stays on top during the type and length checks
    pc.onTop++;
    b.emit(Op.MATCH_SEQUENCE);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    if (star < 0 || size > 1) {
      b.emit(Op.GET_LEN);
      this.h.loadConst({ type: 'int', value: BigInt(star < 0 ? size : size - 1) });
      b.emit(Op.COMPARE_OP, CompareOps.indexOf(star < 0 ? 'Eq' : 'GtE'));
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) {
      b.emit(Op.POP_TOP);
    } else if (starWildcard) {
      this.sequenceSubscr(p.patterns, star, pc);
    } else {
      this.sequenceUnpack(p.patterns, star, pc);
    }
  }

  private sequenceUnpack(patterns: A.Pattern[], star: number, pc: Context): void {
    const size = patterns.length;
    if (star >= 0) this.b.emit(Op.UNPACK_EX, star + ((size - star - 1) << 8));
    else this.b.emit(Op.UNPACK_SEQUENCE, size);
    pc.onTop += size;
    for (const x of patterns) {
      pc.onTop--;
      this.sub(x, pc);
    }
  }

  /** `[first, *_, last]`: items fetched by index (from the end through len()), no list built. */
  private sequenceSubscr(patterns: A.Pattern[], star: number, pc: Context): void {
    const b = this.b;
    const size = patterns.length;
    pc.onTop++;
    patterns.forEach((x, i) => {
      if (isWildcard(x) || i === star) return;
      b.emit(Op.COPY, 1);
      if (i < star) {
        this.h.loadConst({ type: 'int', value: BigInt(i) });
      } else {
        b.emit(Op.GET_LEN);
        this.h.loadConst({ type: 'int', value: BigInt(size - i) });
        b.emit(Op.BINARY_OP, BinaryOps.indexOf('Sub'));
      }
      b.emit(Op.BINARY_SUBSCR);
      this.sub(x, pc);
    });
    pc.onTop--;
    b.emit(Op.POP_TOP);
  }

  private mapping(p: A.MatchMapping, pc: Context): void {
    const b = this.b;
    const size = p.keys.length;
    pc.onTop++;
    b.emit(Op.MATCH_MAPPING);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    if (size === 0 && p.rest === null) {
      // `{}`: any mapping
      pc.onTop--;
      b.emit(Op.POP_TOP);
      return;
    }
    if (size > 0) {
      b.emit(Op.GET_LEN);
      this.h.loadConst({ type: 'int', value: BigInt(size) });
      b.emit(Op.COMPARE_OP, CompareOps.indexOf('GtE'));
      this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
    }
    this.keysTuple(p);
    b.emit(Op.MATCH_KEYS);
    // the keys and the values (or None) are now on top of the subject
    pc.onTop += 2;
    b.emit(Op.COPY, 1);
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_NONE);
    b.emit(Op.UNPACK_SEQUENCE, size);
    pc.onTop += size - 1;
    for (const x of p.patterns) {
      pc.onTop--;
      this.sub(x, pc);
    }
    pc.onTop -= 2;
    if (p.rest !== null) {
      // rest = dict(subject); del rest[key] for each key
      b.emit(Op.BUILD_MAP, 0);
      b.emit(Op.SWAP, 3);
      b.emit(Op.DICT_UPDATE, 2);
      b.emit(Op.UNPACK_SEQUENCE, size);
      for (let n = size; n > 0; n--) {
        b.emit(Op.COPY, 1 + n);
        b.emit(Op.SWAP, 2);
        b.emit(Op.DELETE_SUBSCR);
      }
      this.storeCapture(p.rest, pc);
    } else {
      b.emit(Op.POP_TOP); // the keys
      b.emit(Op.POP_TOP); // the subject
    }
  }

  /** The keys as one tuple: a constant when every key is a literal (the optimiser folds BUILD_TUPLE). */
  private keysTuple(p: A.MatchMapping): void {
    if (p.keys.every((k) => k.kind === 'Constant')) {
      this.h.loadConst({ type: 'tuple', items: p.keys.map((k) => (k as A.Constant).value) });
      return;
    }
    for (const k of p.keys) this.loadValue(k, p);
    this.b.emit(Op.BUILD_TUPLE, p.keys.length);
  }

  private cls(p: A.MatchClass, pc: Context): void {
    const b = this.b;
    const nargs = p.patterns.length;
    const nattrs = p.kwdAttrs.length;
    this.loadValue(p.cls, p);
    this.h.loadConst({ type: 'tuple', items: p.kwdAttrs.map((value) => ({ type: 'str', value })) });
    // subject, class, names → tuple of attributes, or None
    b.emit(Op.MATCH_CLASS, nargs);
    b.emit(Op.COPY, 1);
    pc.onTop++;
    this.jumpToFailPop(pc, Op.POP_JUMP_IF_NONE);
    b.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (const x of [...p.patterns, ...p.kwdPatterns]) {
      pc.onTop--;
      if (isWildcard(x)) {
        b.emit(Op.POP_TOP);
        continue;
      }
      this.sub(x, pc);
    }
  }

  private or(p: A.MatchOr, pc: Context): void {
    const b = this.b;
    const end = new Label();
    const old = { ...pc };
    let control: string[] | null = null;
    for (let i = 0; i < p.patterns.length; i++) {
      const alt = p.patterns[i];
      this.h.at(alt);
      pc.stores = [];
      // an irrefutable alternative must be the last one
      pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      b.emit(Op.COPY, 1);
      this.pattern(alt, pc);
      if (control === null) {
        control = pc.stores;
      } else if (pc.stores.length > 0) {
        // bring this alternative's captures into the first one's order
        for (let icontrol = control.length - 1; icontrol >= 0; icontrol--) {
          const istores = pc.stores.indexOf(control[icontrol]);
          if (icontrol !== istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.rotate(icontrol + 1);
          }
        }
      }
      b.emitJump(Op.JUMP_FORWARD, end);
      this.emitFailPop(pc);
    }
    Object.assign(pc, old);
    // no alternative matched: pop the remaining copy of the subject and fail
    b.emit(Op.POP_TOP);
    this.jumpToFailPop(pc, Op.JUMP_FORWARD);
    b.bind(end);
    const names = control ?? [];
    // under the new captures: the other captures, the subject's copy, what is on top, earlier captures
    const nrots = names.length + 1 + pc.onTop + pc.stores.length;
    for (const name of names) {
      this.rotate(nrots);
      pc.stores.push(name);
    }
    b.emit(Op.POP_TOP);
  }
}
