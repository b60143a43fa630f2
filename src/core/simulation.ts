// One run of a program: sets up the interpreter (builtins, __main__), steps it, and shuts it
// down the way CPython does (arena and module code released, then __main__'s globals), so the
// last `__del__` messages appear in CPython's order.

import { holdModuleFunctions } from './modules/module-functions';
import { callProgramExcepthook } from './modules/sys-hooks';
import { installMemoryview } from './builtins/memoryview-methods';
import { SimulatedCrash } from './runtime/racy-refcount';
import type { CodeUnit } from './compile/bytecode';
import { VM, previousPythonFrame, type VMOptions } from './vm/vm';
import { UnsupportedError, BudgetExceeded } from './vm/errors';
import { PyInt, PyStr } from './objects/atoms';
import type { PyExceptionObj, PyModule } from './objects/instances';
import { setName } from './runtime/dicts';
import { collect, collectAtShutdown } from './runtime/gc';
import { GcList, NUM_GENERATIONS } from './runtime/gc-state';
import { installBuiltinFunctions } from './builtins/functions';
import { installImportBuiltin } from './builtins/import-builtin';
import { installConstructors } from './builtins/constructors';
import { addBuiltinNewWrappers } from './builtins/type-new';
import { installModuleConstructor } from './builtins/module-type';
import { installMethods } from './builtins/methods';
import { installDescriptorMethods } from './builtins/descriptor-methods';
import { installObjectMethods, installBytesMethods } from './builtins/object-methods';
import { installSetMethods } from './builtins/set-methods';
import { installSlotWrappers } from './builtins/slot-wrappers';
import type { Diagnostic, RunResult } from './index';
import { invoke } from './vm/calls';
import type { Native } from './vm/frame';
import './runtime/traceback';
import type { PyDict } from './objects/dict';
import type { PyObject } from './objects/object';
import { ProcessExit, ProcessIdle } from './processes/process';
import { writeSyntaxWarnings } from './runtime/syntax-warning-output';
import { Cause } from './trace/events';
import { runAtexitCallbacks } from './modules/atexit';

/** Functions the main thread runs as frames (stepped, other threads and processes running meanwhile)
 *  when the program ends, in order: threading joins its threads (wait_for_thread_shutdown), then
 *  multiprocessing's atexit hook joins its children. */
const EXIT_HOOKS: [module: string, name: string][] = [
  ['threading', '_shutdown'],
  ['multiprocessing', '_lens_exit_function'],
];

/** SIGINT's number: the signal an unhandled KeyboardInterrupt ends the process with. */
const SIGINT = 2;

export class Simulation {
  readonly vm: VM;
  private exitCode = 0;
  /** The signal the process ends by (Py_RunMain's exit_sigint after an unhandled KeyboardInterrupt), or 0. */
  private exitSignal = 0;
  private diagnostic: Diagnostic | null = null;
  private done = false;
  /** `main`: the program runs; `exit`: the exit hooks run (EXIT_HOOKS[nextHook - 1]); then the rest of the exit. */
  private phase: 'main' | 'exit' = 'main';
  private nextHook = 0;
  /** Set by the machine to end the current slice early (a fork happened: another process exists now). */
  yieldNow = false;
  /** Set when the last slice stopped because no thread of this process could run. */
  idle = false;
  /** The process ended through os._exit(): no shutdown, buffered output lost. */
  endedByOsExit = false;
  private readonly mainDict: PyDict;

  constructor(source: string, unit: CodeUnit, options: VMOptions) {
    const vm = (this.vm = new VM(options, source));
    installBuiltinFunctions(vm);
    installImportBuiltin(vm);
    installConstructors(vm);
    installModuleConstructor(vm);
    installMethods(vm);
    installObjectMethods(vm);
    installDescriptorMethods(vm);
    installSetMethods(vm);
    installBytesMethods(vm);
    installMemoryview(vm);
    installSlotWrappers(vm);
    addBuiltinNewWrappers(vm);
    const builtinsModule = vm.newModule('builtins', vm.builtins);
    vm.modules.set('builtins', builtinsModule);
    holdModuleFunctions(vm, builtinsModule);
    const main = vm.newDict();
    this.mainDict = main;
    const mainModule = vm.newModule('__main__', main);
    vm.modules.set('__main__', mainModule);
    // _PyRun_SimpleFileObject (Python/pythonrun.c) holds __main__ while the script runs (Py_INCREF(m)).
    vm.incref(mainModule, Cause.Module, 'the running script');
    setName(vm, main, '__name__', vm.intern('__main__'));
    setName(vm, main, '__doc__', vm.none);
    setName(vm, main, '__package__', vm.none);
    setName(vm, main, '__loader__', vm.none);
    setName(vm, main, '__spec__', vm.none);
    setName(vm, main, '__annotations__', vm.newDict(), true);
    setName(vm, main, '__builtins__', builtinsModule);
    setName(vm, main, '__file__', vm.newStr(options.filename), true);
    setName(vm, main, '__cached__', vm.none);
    vm.start(unit, main);
  }

  /** The compiler's SyntaxWarnings, on stderr before the program runs (the first process's: a forked child replays it). */
  reportSyntaxWarnings(unit: CodeUnit): void {
    if (unit.syntaxWarnings) writeSyntaxWarnings(this.vm, unit.syntaxWarnings, this.vm.options.filename, this.vm.sourceLines, this.vm);
  }

  /** Runs one instruction; false once the program (and its shutdown) is over. */
  step(): boolean {
    if (this.done) return false;
    try {
      if (!this.vm.step()) this.finish();
    } catch (e) {
      this.stop(e);
    }
    return !this.done;
  }

  get isDone(): boolean {
    return this.done;
  }

  get exitCodeNow(): number {
    return this.exitCode;
  }

  /** The signal the process ends by, or 0 (it exits with exitCodeNow). */
  get exitSignalNow(): number {
    return this.exitSignal;
  }

  /**
   * Runs instructions until `maxInstructions` ran, the clock passed `untilNs`, the process has no
   * thread able to run (idle), a fork asked the machine to look again, or the run ended.
   * Returns whether it may go on.
   */
  runSlice(maxInstructions: number, untilNs: number): boolean {
    const vm = this.vm;
    // Counted in vm.steps: the instructions of nested runs (an import's module code, a finalizer) count too.
    const target = vm.steps + maxInstructions;
    try {
      if (!this.done && !this.yieldNow && vm.steps < target && vm.clock.now <= untilNs && !vm.runBurst(target, untilNs, this)) this.finish();
    } catch (e) {
      if (e instanceof ProcessIdle) this.idle = true;
      else this.stop(e);
    }
    return !this.done;
  }

  /** Stops the run with `e` (a deadlock found by the machine) as if the program raised it. */
  abort(e: unknown): void {
    this.stop(e);
  }

  /** The process was killed: it never runs again. */
  abandon(): void {
    this.done = true;
  }

  private stop(e: unknown): void {
    const vm = this.vm;
    if (e instanceof ProcessIdle) throw e;
    if (e instanceof ProcessExit) {
      this.exitCode = e.code;
      this.endedByOsExit = true;
    } else if (e instanceof UnsupportedError) {
      const { span, message } = placedInScript(vm, e);
      const at = span ?? { line: vm.heap.line, col: 0, endLine: vm.heap.line, endCol: 0 };
      this.diagnostic = { kind: 'Unsupported', message, line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol };
      vm.writeStderr(`${vm.options.argv0 ?? vm.options.filename}:${at.line}:${at.col + 1}: ${message}\n`);
      this.exitCode = 2;
    } else if (e instanceof SimulatedCrash) {
      // What a segmentation fault leaves: no traceback, no shutdown; the run's output so far is kept.
      const line = vm.heap.line;
      this.diagnostic = { kind: 'Crash', message: e.message, line, col: 0, endLine: line, endCol: 0 };
      vm.writeStderr(`${e.message}\n`);
      this.exitCode = 1;
    } else if (e instanceof BudgetExceeded) {
      const line = vm.heap.line;
      this.diagnostic = { kind: 'Budget', message: e.message, line, col: 0, endLine: line, endCol: 0 };
      vm.writeStderr(`${vm.options.argv0 ?? vm.options.filename}:${line}:1: ${e.message}\n`);
      this.exitCode = 3;
    } else {
      throw e;
    }
    this.done = true;
  }

  private finish(): void {
    const vm = this.vm;
    if (this.phase === 'main') {
      // No thread switch while the exit runs Python code on the JS stack, except in _shutdown below.
      vm.scheduler.pinned++;
      const outcome = vm.outcome;
      if (outcome && outcome.kind === 'exception') this.reportUncaught(outcome.exc);
      this.releaseRunFile();
      this.phase = 'exit';
      vm.scheduler.pinned--;
    }
    while (this.nextHook < EXIT_HOOKS.length) {
      if (this.startExitHook(...EXIT_HOOKS[this.nextHook++])) return;
    }
    // Py_FinalizeEx after wait_for_thread_shutdown: daemon threads never run again.
    vm.scheduler.freezeOthers();
    vm.scheduler.pinned++;
    this.shutdown();
    this.done = true;
  }

  /**
   * Py_FinalizeEx's wait_for_thread_shutdown: when threading was imported, the main thread calls
   * threading._shutdown(), which joins every non-daemon thread (and likewise multiprocessing's
   * exit hook, which joins its children). It runs as the main thread's frame, stepped like the
   * program: the other threads and processes run meanwhile.
   */
  private startExitHook(module: string, name: string): boolean {
    const vm = this.vm;
    const shutdown = vm.modules.get(module)?.dict.getStr(name);
    if (!shutdown) return false;
    vm.outcome = null;
    const outcome = invoke(vm, shutdown, [], null, false, null);
    if (!('frame' in outcome)) return false;
    outcome.frame.onReturn = (value) => {
      vm.decref(value, Cause.Return);
      vm.outcome = { kind: 'ok' };
    };
    vm.pushFrame(outcome.frame);
    return true;
  }

  private reportUncaught(exc: PyExceptionObj): void {
    const vm = this.vm;
    if (exc.type.name === 'SystemExit' && !exc.type.heap) {
      const code = exc.args.items[0];
      if (!code || code === vm.none) this.exitCode = 0;
      else if (code instanceof PyInt) this.exitCode = Number(code.value);
      else {
        vm.writeStderr(`${code instanceof PyStr ? code.value : vm.preview(code)}\n`);
        this.exitCode = 1;
      }
    } else {
      if (!callProgramExcepthook(vm, exc)) vm.writeStderr(vm.formatException(exc));
      this.exitCode = 1;
      // run_eval_code_obj (Python/pythonrun.c) flags a KeyboardInterrupt (that very type) escaping the main
      // module; after the shutdown, Py_RunMain's exit_sigint kills the process with SIGINT, so that a shell
      // sees the ^C (bpo-1054041): its exit status is then 128 + SIGINT.
      if (exc.type === vm.exc.get('KeyboardInterrupt')) {
        this.exitSignal = SIGINT;
        this.exitCode = 128 + SIGINT;
      }
    }
    // The exception (and the frames its traceback keeps) dies before the interpreter shuts down.
    vm.outcome = { kind: 'ok' };
    vm.decref(exc, Cause.Exception);
    this.drainFinalizers();
  }

  /** Runs any `__del__` queued while no frame is running. */
  private drainFinalizers(): void {
    const vm = this.vm;
    while (vm.heap.awaitingFinalizer.length || vm.frame) {
      if (!vm.frame) vm.runPendingFinalizers();
      while (vm.frame) vm.step();
    }
  }

  /** Py_FinalizeEx first calls the atexit functions, last registered first. */
  private runAtexit(): void {
    const vm = this.vm;
    runAtexitCallbacks(vm, () => this.drainFinalizers());
  }

  /** pyrun_file frees the parser arena and the module code; then _PyRun_SimpleFileObject lets go of __main__. */
  private releaseRunFile(): void {
    const vm = this.vm;
    vm.releaseArena(vm.arena);
    this.drainFinalizers();
    vm.releaseModuleCode();
    this.drainFinalizers();
    const main = vm.modules.interpreter('__main__');
    if (main) vm.decref(main, Cause.Module, 'the running script');
    this.drainFinalizers();
  }

  /** The rest of Py_FinalizeEx: atexit, then finalize_modules (the modules' dicts are cleared). */
  private shutdown(): void {
    const vm = this.vm;
    // Py_FinalizeEx: the atexit functions, then finalize_modules.
    this.runAtexit();
    // _PyRuntimeState_SetFinalizing: what __del__ methods run from here on see in sys.is_finalizing().
    vm.finalizing = true;
    this.collectIfEnabled();
    const main = vm.modules.interpreter('__main__');
    const released = this.releaseModules();
    // finalize_modules_clear_weaklist: the modules still alive, the last one sys.modules had first, __main__
    // last. A dict that outlived its module (a gc.callbacks function or a sys attribute keeps it) is never
    // cleared: what it holds is never finalized.
    for (const module of released.reverse()) {
      if (module !== main && !module.freed && !module.dict.freed) this.clearModuleDict(module.dict, module.name);
    }
    if (this.mainDict.freed) return;
    if (main?.freed) return;
    this.clearModuleDict(this.mainDict, '__main__');
  }

  /**
   * _PyModule_ClearDict: names with one leading underscore first, then the others, each in insertion order.
   * The dict is held while it is cleared (through the module that still owns it).
   */
  private clearModuleDict(dict: PyDict, moduleName: string): void {
    const vm = this.vm;
    vm.incref(dict, Cause.Module, moduleName);
    const entries = dict.entryList();
    const private_ = (name: string) => name.startsWith('_') && !name.startsWith('__');
    for (const pass of [true, false]) {
      for (const e of entries) {
        const name = (e.key as PyStr).value;
        if (name === '__builtins__' || (pass && !private_(name))) continue;
        const old: PyObject = e.value;
        if (old === vm.none) continue;
        e.value = vm.incref(vm.none, Cause.Name, name);
        vm.decref(old, Cause.Name, name);
        this.drainFinalizers();
      }
    }
    vm.decref(dict, Cause.Module, moduleName);
    this.drainFinalizers();
  }

  /**
   * Py_FinalizeEx's full collection before finalize_modules (_PyGC_CollectIfEnabled in 3.11,
   * PyGC_Collect in 3.12+): only when gc is enabled, with the gc.callbacks. __main__ is still alive,
   * so it frees little, but its scan reorders the old generation, which sets the order of the
   * finalizers the shutdown collection runs next.
   */
  private collectIfEnabled(): void {
    const vm = this.vm;
    if (!vm.gc.enabled) return;
    this.runCollection(collect(vm, NUM_GENERATIONS - 1));
  }

  /** A shutdown collection, stepped like the program: a finalizer may resume a frame (a generator's close). */
  private runCollection(collection: Native<number>): void {
    this.vm.runNative((function* () {
      yield* collection;
      return null;
    })(), () => undefined, 'gc');
    this.drainFinalizers();
  }

  /**
   * finalize_remove_modules: sys.modules lets go of each module, in its order (here __main__ and the
   * learner's own files: the simulator's library modules are the interpreter's objects). A module whose
   * dict is in a cycle (its functions' __globals__) is then garbage, which the shutdown collection
   * (_PyGC_CollectNoFail) finalizes and clears with everything else unreachable, in the collector's order.
   * Returns the modules let go of, in that order.
   */
  private releaseModules(): PyModule[] {
    const vm = this.vm;
    const main = vm.modules.get('__main__');
    const released: PyModule[] = [];
    for (const name of vm.modules.names()) {
      const module = vm.modules.get(name);
      if (!module) continue;
      const isMain = name === '__main__' && module === vm.modules.interpreter('__main__');
      if (!isMain && !module.learner) continue;
      if (isMain) for (const o of [module, this.mainDict]) if (o.gcList === GcList.Interpreter) vm.gc.moveTo(o, GcList.Old);
      released.push(module);
      vm.modules.delete(name);
      this.drainFinalizers();
    }
    if (main && main === vm.modules.interpreter('__main__') || released.length > 0) this.runCollection(collectAtShutdown(vm));
    return released;
  }

  result(): RunResult {
    const vm = this.vm;
    return {
      stdout: vm.stdout,
      stderr: vm.stderr,
      exitCode: this.exitCode,
      ...(this.exitSignal ? { signal: this.exitSignal } : {}),
      diagnostic: this.diagnostic,
      steps: vm.steps,
      events: vm.heap.recording ? vm.heap.events : vm.scheduler.threadLog,
      elapsedNs: vm.clock.now,
      entropySeed: vm.options.entropySeed ?? 0,
    };
  }
}

/**
 * A "not modelled" stop inside another file of the learner's (an imported fibo.py): its place in the script
 * is the script's line that led there (the diagnostic belongs to the script's document), and the message
 * says where in the other file it stopped.
 */
function placedInScript(vm: VM, e: UnsupportedError): { span: UnsupportedError['span']; message: string } {
  let frame = vm.currentPythonFrame();
  while (frame && frame.unit.library) frame = previousPythonFrame(frame);
  if (!frame || !frame.unit.otherFile) return { span: e.span, message: e.message };
  let script = previousPythonFrame(frame);
  while (script && (script.unit.library || script.unit.otherFile)) script = previousPythonFrame(script);
  const where = frame.unit.filename.slice(frame.unit.filename.lastIndexOf('/') + 1);
  const span = script ? (script.unit.positions[script.lasti] ?? null) : null;
  return { span, message: `${e.message} (in ${where}, line ${frame.line})` };
}
