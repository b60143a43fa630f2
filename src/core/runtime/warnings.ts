// warnings.warn() as CPython's standard library calls it (Python/_warnings.c), with the default filters
// of a release build and no -W option or PYTHONWARNINGS:
//   default::DeprecationWarning:__main__, ignore::DeprecationWarning, ignore::PendingDeprecationWarning,
//   ignore::ImportWarning, ignore::ResourceWarning
// and "default" for every other category: printed once per (message, category, line) of the module the
// warning is attributed to, the frame `stacklevel` calls up (1: the caller of warn). A DeprecationWarning
// thus shows when the learner's own code made the deprecated call, not when a library did.
// Printed as showwarning() does: `file.py:3: DeprecationWarning: message` and the source line, stripped.
// Not modelled: the `__warningregistry__` dict CPython puts in the module's globals (the registry is
// kept aside here), and the warnings module itself (filters cannot be changed).

import type { PyDict } from '../objects/dict';
import { PyStr } from '../objects/atoms';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import { reportedLine, type Frame } from '../vm/frame';
import { previousPythonFrame } from '../vm/vm';
import { textStreamWrite } from './text-stream-pending';
import { stdlibFrame } from './stdlib-frames';

const IGNORED_BY_DEFAULT = new Set(['PendingDeprecationWarning', 'ImportWarning', 'ResourceWarning']);

/** Where a warning raised earlier than it is printed was raised: the Python frame running then, and its line. */
export interface WarningOrigin {
  frame: Frame | null;
  line: number;
}

/** Per module globals: the (message, category, line) already printed. */
const registries = new WeakMap<PyDict | VM, Set<string>>();

function derivesFrom(category: PyType, name: string): boolean {
  return category.mro.some((t) => !t.heap && t.name === name);
}

/**
 * warnings.warn(message, category, stacklevel) for a str message. `withSource`: warn() was given the
 * object concerned (source=), and without tracemalloc the message says how to see where it was allocated.
 */
export function warn(vm: VM, message: string, category: PyType, stacklevel: number, withSource = false, origin?: WarningOrigin): void {
  let frame = origin ? origin.frame : vm.currentPythonFrame();
  for (let level = stacklevel; level > 1 && frame; level--) frame = previousPythonFrame(frame);
  const globals = frame?.globals ?? null;
  const moduleName = globals?.getStr('__name__');
  // No frame that far up: CPython attributes the warning to `sys`, line 1.
  const module = frame ? (moduleName instanceof PyStr ? moduleName.value : '<string>') : 'sys';
  if ([...IGNORED_BY_DEFAULT].some((name) => derivesFrom(category, name))) return;
  if (derivesFrom(category, 'DeprecationWarning') && module !== '__main__') return;
  const line = origin && frame === origin.frame ? origin.line : frame ? reportedLine(frame) : 1;
  const registry = registries.get(globals ?? vm) ?? new Set<string>();
  registries.set(globals ?? vm, registry);
  const key = `${line}\n${category.name}\n${message}`;
  if (registry.has(key)) return;
  registry.add(key);
  let filename = vm.options.version.warningWithoutFrame.filename;
  let shownLine = frame ? line : vm.options.version.warningWithoutFrame.line;
  let source = '';
  if (frame) {
    filename = frame.unit.filename;
    if (filename === vm.options.filename) source = vm.sourceLines[line - 1] ?? '';
    else {
      const library = stdlibFrame(vm, filename, line);
      if (library) {
        filename = library.filename;
        shownLine = library.line;
        source = library.sourceLines[library.sourceLine - 1];
      }
    }
  }
  // Without a frame (the interpreter shutting down) importing tracemalloc fails: no hint then.
  const allocation = withSource && frame ? `${category.name}: Enable tracemalloc to get the object allocation traceback\n` : '';
  const text = `${filename}:${shownLine}: ${category.name}: ${message}\n${source.trim() ? `  ${source.trim()}\n` : ''}${allocation}`;
  textStreamWrite(vm, 'stderr', text);
  vm.writeStderr(text);
}
