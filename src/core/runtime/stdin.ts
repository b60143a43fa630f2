// sys.stdin as CPython reads it when it is not a terminal (a file or a pipe: `python3 prog.py < input.txt`):
// a text stream whose lines end at '\n' only (create_stdio opens it with newline='\n' on POSIX: a '\r'
// stays in the line, `input()` of "abc\r\n" is 'abc\r'), read line by line by input(). The
// text comes from the run's options (VMOptions.stdin); a function there is called when the program first
// reads, so a caller can wait for its own input only when the program wants it. Without any, stdin is
// empty: the first input() meets the end of the file.
//
// A forked child gets a copy of its parent's stdin (re-running the parent's program, it reads the same
// lines up to the fork), as a real child inherits the buffer TextIOWrapper had filled; a multiprocessing
// child's stdin is /dev/null, as multiprocessing's _bootstrap reopens it there.

import type { VM } from '../vm/vm';

interface StdinState {
  text: string | null;
  position: number;
}

const states = new WeakMap<VM, StdinState>();

function stateOf(vm: VM): StdinState {
  let state = states.get(vm);
  if (!state) {
    state = { text: null, position: 0 };
    states.set(vm, state);
  }
  return state;
}

function textOf(vm: VM, state: StdinState): string {
  if (state.text === null) {
    const given = vm.options.stdin;
    state.text = typeof given === 'function' ? given() : (given ?? '');
  }
  return state.text;
}

/**
 * readline(): the next line with its '\n' (the last one may have none), or '' at the end of the input;
 * at most `limit` characters when it is not negative.
 */
export function stdinReadLine(vm: VM, limit = -1): string {
  const state = stateOf(vm);
  const text = textOf(vm, state);
  if (state.position >= text.length) return '';
  const end = text.indexOf('\n', state.position);
  let stop = end < 0 ? text.length : end + 1;
  if (limit >= 0) stop = Math.min(stop, advance(text, state.position, limit));
  const line = text.slice(state.position, stop);
  state.position = stop;
  return line;
}

/** read(size): at most `size` characters (all that is left when negative). */
export function stdinRead(vm: VM, size: number): string {
  const state = stateOf(vm);
  const text = textOf(vm, state);
  const stop = size < 0 ? text.length : advance(text, state.position, size);
  const out = text.slice(state.position, stop);
  state.position = Math.max(state.position, stop);
  return out;
}

/** The index `n` code points after `from`. */
function advance(text: string, from: number, n: number): number {
  let i = from;
  for (let k = 0; k < n && i < text.length; k++) i += (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
  return i;
}

/** stdin reopened on /dev/null: nothing more to read. */
export function stdinToDevNull(vm: VM): void {
  const state = stateOf(vm);
  state.text = '';
  state.position = 0;
}
