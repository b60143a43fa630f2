// list.sort(*, key=None, reverse=False)'s argument checks (Argument Clinic's _PyArg_UnpackKeywords),
// which sorted() goes through too: it hands its keywords to the new list's sort.

import type { PyObject } from '../objects/object';
import type { VM } from '../vm/vm';
import { checkKeywords } from './keyword-arguments';

export function checkSortArguments(vm: VM, positional: number, kwargs: Map<string, PyObject> | null): void {
  if (positional > 0) throw vm.error('TypeError', 'sort() takes no positional arguments');
  const given = kwargs?.size ?? 0;
  if (given > 2) throw vm.error('TypeError', `sort() takes at most 2 keyword arguments (${given} given)`);
  checkKeywords(vm, 'sort', kwargs, ['key', 'reverse']);
}
