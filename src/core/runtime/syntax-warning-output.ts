// Printing the compiler's SyntaxWarnings (compile/syntax-warnings.ts) as the warnings module's default
// showwarning does: `file.py:3: SyntaxWarning: message`, then the source line, stripped, when
// linecache finds it (the program's own file; not an exec()'d string's `<string>`). A compile-time
// warning has no registry up to 3.13.0, so each one is printed, however often its place warns; 3.13.5's
// goes through the registry of the code that compiles (VersionModel.syntax.compileWarningsOncePerLine).

import type { CompileWarning } from '../compile/syntax-warnings';
import type { VM } from '../vm/vm';
import { textStreamWrite } from './text-stream-pending';

/** `__warningregistry__` keys (the line and the message) already warned, by registry owner. */
const registries = new WeakMap<object, Set<string>>();

/**
 * Writes the warnings to sys.stderr; `sourceLines`: the lines linecache would read for `filename`, or
 * null; `registryOwner`: whose warnings registry they go through (the interpreter for the program's
 * file, the calling module's globals for exec()).
 */
export function writeSyntaxWarnings(vm: VM, warnings: readonly CompileWarning[], filename: string, sourceLines: readonly string[] | null, registryOwner: object): void {
  let registry: Set<string> | null = null;
  if (vm.options.version.syntax.compileWarningsOncePerLine) {
    registry = registries.get(registryOwner) ?? new Set();
    registries.set(registryOwner, registry);
  }
  for (const w of warnings) {
    const key = `${w.line}\n${w.message}`;
    if (registry?.has(key)) continue;
    registry?.add(key);
    const line = sourceLines?.[w.line - 1]?.trim() ?? '';
    const text = `${filename}:${w.line}: SyntaxWarning: ${w.message}\n${line ? `  ${line}\n` : ''}`;
    textStreamWrite(vm, 'stderr', text);
    vm.writeStderr(text);
  }
}
