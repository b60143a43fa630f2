// The native half of the linecache module (its Python half: python/linecache-source.ts): the text of a
// source file as linecache reads it (tokenize.open, then readlines), for the files the simulator has.

import type { PyModule } from '../objects/instances';
import { PyStr } from '../objects/atoms';
import type { VM } from '../vm/vm';
import { fn, arity } from '../builtins/define';
import { fileSystemOf, resolvePath } from '../runtime/virtual-files';
import { utf8Length } from '../runtime/utf8';
import { decodeBytes } from '../runtime/text/codecs';

/** The file's text, or null when there is no such file (linecache then has no lines for it). */
function sourceText(vm: VM, filename: string): string | null {
  // The program's own file: its source as the run started.
  if (filename === vm.options.filename) return vm.sourceLines.join('\n');
  // A file the program wrote in its working directory.
  if (filename.startsWith('/')) throw vm.unsupported(`linecache: the lines of ${filename}, a file of the real machine`);
  const fs = fileSystemOf(vm);
  const resolved = resolvePath(vm, fs, filename);
  if (resolved.kind !== 'file') return null;
  const file = fs.files.get(resolved.key);
  if (!file) return null;
  // tokenize.open: UTF-8 (a file that does not decode is a SyntaxError there, not modelled).
  const decoded = decodeBytes(file.data.subarray(0, file.size), 'utf-8', 'strict');
  if (!decoded.ok) throw vm.unsupported(`linecache: ${filename}, which is not UTF-8 text`);
  return decoded.value;
}

export function createLinecache(vm: VM, module: PyModule): void {
  const d = module.dict;
  // updatecache's readlines(): the lines with their ends (universal newlines), or None.
  fn(vm, d, '_lens_source_lines', (args) => {
    arity(vm, '_lens_source_lines', args, 1);
    const name = args[0];
    const text = name instanceof PyStr ? sourceText(vm, name.value) : null;
    if (text === null) return vm.newNone();
    const lines = text.replace(/\r\n?/g, '\n').split(/(?<=\n)/).filter((line) => line !== '');
    return vm.newList(lines.map((line) => vm.newStr(line)));
  });
  // os.stat(fullname).st_size: what checkcache compares.
  fn(vm, d, '_lens_source_size', (args) => {
    arity(vm, '_lens_source_size', args, 1);
    const name = args[0];
    const text = name instanceof PyStr ? sourceText(vm, name.value) : null;
    return text === null ? vm.newInt(-1) : vm.newInt(utf8Length(text));
  });
}
