// The built-in exception hierarchy (Objects/exceptions.c), as data.

import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import type { BuiltinTypes } from './types';

const HIERARCHY: [string, string][] = [
  ['BaseException', 'object'],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['FileNotFoundError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ChildProcessError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['StopAsyncIteration', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['PendingDeprecationWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
];

/** Other names of a class in the builtins (Objects/exceptions.c's _PyBuiltins_AddExceptions). */
export const EXCEPTION_ALIASES: [string, string][] = [
  ['EnvironmentError', 'OSError'],
  ['IOError', 'OSError'],
];

export function createExceptionTypes(types: BuiltinTypes): Map<string, PyType> {
  const out = new Map<string, PyType>();
  for (const [name, baseName] of HIERARCHY) {
    const base = baseName === 'object' ? types.object : (out.get(baseName) as PyType);
    const t = new PyType(types.type, name, 'exception');
    t.bases = [base];
    t.mro = [t, ...base.mro];
    t.dict = new PyDict(types.dict);
    t.hasInstanceDict = true;
    t.immortal = true;
    out.set(name, t);
  }
  // BaseExceptionGroup(BaseException) and ExceptionGroup(BaseExceptionGroup, Exception) (3.11+).
  const group = (name: string, bases: PyType[], mro: PyType[]) => {
    const t = new PyType(types.type, name, 'exception');
    t.bases = bases;
    t.mro = [t, ...mro];
    t.dict = new PyDict(types.dict);
    t.hasInstanceDict = true;
    t.immortal = true;
    out.set(name, t);
    return t;
  };
  const base = out.get('BaseException') as PyType;
  const exception = out.get('Exception') as PyType;
  const baseGroup = group('BaseExceptionGroup', [base], base.mro);
  group('ExceptionGroup', [baseGroup, exception], [baseGroup, ...exception.mro]);
  return out;
}
