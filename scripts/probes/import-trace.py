# What `import MODULE` does to the collector's count, step by step (scripts/measure-import-garbage.mjs runs it,
# as the oracle goldens are run: -X utf8, PYTHONHASHSEED=0). The collector is off, so the count only grows and
# shrinks with allocations and deallocations; each line printed is `kind<TAB>name<TAB>count[0]`:
#   I  a module starts loading (the "import" audit event; a package's parent loads nested in its child's)
#   C  (3.12+) a stretch of allocations starts that no collection can interrupt: none between two checks of
#      the eval breaker (where an automatic collection waits to run), e.g. marshal.loads of a module's code,
#      or a class body's function definitions
#   c  it ends
#   S  a module's code starts (sys.monitoring PY_START of a `<module>` code object; name: its file)
#   R  it returns (PY_RETURN, or PY_UNWIND when it raises)
#   E  an import statement (or a C call of PyImport_Import) starts (builtins.__import__, wrapped; name: absolute)
#   X  it ends
#   L  a marked line starts (name: its marks, space-separated; the marks file, argv[2], is
#      scripts/probes/import-garbage-marks.py's output)
#   M  (3.11) a module's code is read from its .pyc (the "marshal.loads" audit event): 3.11 collects inside the
#      allocation that crosses the threshold, so a collection can come in the middle of marshal.loads
#   F  the program's import is done
#   P  (after the events) a module the import found on sys.path
# Then what the import left: `G<TAB>key<TAB>objects` for each piece of cyclic garbage (gc.DEBUG_SAVEALL), its key the
# mark's of the class in it (`?` and its classes when no mark names it), and `D<TAB>key<TAB>name<TAB>source` for
# each entry of a leftover plain class's namespace (an enum's _simple_enum or _convert_ class) that the simulator
# makes again: the value as source text (functions the enum kept, and what the class statement adds, left out).
# 3.11: `T<TAB>key<TAB>index<TAB>constant` for each constant tuple of the classes a `replaced` piece makes, the
# index its allocation has among those marshal.loads makes of the module's .pyc (a collection in the middle of
# it finds those before it, and untracks them: tuples of atoms).
# 3.11 has no sys.monitoring: there, S/R/L come from sys.settrace, which gives every frame it traces a frame
# object: one allocation counted while the frame runs, which an untraced import does not make. Each count is
# noted without them (traced_frames: the frames on the stack then that tracing entered, but for the callbacks
# it does not trace: the trace functions, the audit hook, and note called from them). No C stretch is noted
# (3.11 collects inside the allocation that crosses the threshold).
# Nothing is imported before the measured import but what a fresh interpreter already has (gc, sys, builtins).
import gc
import sys
import builtins


def _function():
    pass


class _Method:
    def method(self):
        pass


# types.FunctionType and MethodType, without importing types (3.12+ do not load it at startup).
FunctionType = type(_function)
MethodType = type(_Method().method)

MODULE = sys.argv[1]
MARKS = {}
KINDS = {}
if len(sys.argv) > 2:
    with open(sys.argv[2]) as f:
        # Read by hand: the json module is not loaded at startup in 3.12+.
        for row in f.read().splitlines():
            path, line, mark, kind = row.split('\t')
            MARKS[(path, int(line))] = (MARKS[(path, int(line))] + ' ' + mark) if (path, int(line)) in MARKS else mark
            KINDS[mark[1:]] = kind

startup = sorted(sys.modules)
# As in `import gc; gc.collect(); import MODULE`: the collection empties the free lists, and the import is the
# program's first found on sys.path. Its other states are measured apart (import-first-cost.py).
gc.collect()
gc.disable()
count = gc.get_count
kinds = []
names = []
counts = []


# 3.12+ (sys.monitoring): the stretches of allocations no collection interrupts (below), noted from this many.
STRETCH = 3
stretch = None


def flush():
    """Notes the stretch of allocations since the last check (or event), when no collection could interrupt it."""
    if stretch is None:
        return
    c = count()[0]
    if c - stretch[0] >= STRETCH:
        kinds.append('C')
        names.append('')
        counts.append(stretch[0])
        kinds.append('c')
        names.append('')
        counts.append(c)
    stretch[0] = c


# 3.11 (sys.settrace): the frame the count starts from (frames entered before have no part in it), and the
# callbacks tracing does not enter (the trace functions and the audit hook: sys_audit_tstate runs hooks with
# tracing off).
BASE = None
UNTRACED = set()


def traced_frames():
    """The frame objects tracing made that are alive at note()'s count: one per traced frame on the stack."""
    if BASE is None:
        return 0
    n = 0
    f = sys._getframe(1)
    untraced = f.f_back.f_code in UNTRACED
    while f is not None and f is not BASE:
        if f.f_code not in UNTRACED and not (untraced and f.f_code is note.__code__):
            n += 1
        f = f.f_back
    return n


def note(kind, name):
    flush()
    c = count()[0]
    c -= traced_frames()
    kinds.append(kind)
    names.append(name)
    counts.append(c)
    if stretch is not None:
        stretch[0] = c


# 3.11 (no sys.monitoring): where marshal.loads starts (see M above).
MARSHAL_EVENTS = getattr(sys, 'monitoring', None) is None


def audit(event, args):
    if event == 'import':
        note('I', args[0])
    elif event == 'marshal.loads' and MARSHAL_EVENTS:
        note('M', '')


original_import = builtins.__import__


def wrapped_import(name, globals=None, locals=None, fromlist=(), level=0):
    absolute = name
    if level and globals is not None:
        package = globals.get('__package__') or globals.get('__name__', '')
        if not globals.get('__path__') and not globals.get('__package__'):
            package = package.rpartition('.')[0]
        for _ in range(level - 1):
            package = package.rpartition('.')[0]
        absolute = package + ('.' + name if name else '')
    note('E', absolute)
    try:
        return original_import(name, globals, locals, fromlist, level)
    finally:
        note('X', absolute)


mon = getattr(sys, 'monitoring', None)
if mon is not None:
    TOOL = mon.PROFILER_ID
    E = mon.events
    DISABLE = mon.DISABLE

    # An automatic collection waits for the eval breaker, checked when a function starts or resumes
    # (RESUME), after a call of C code returns (CALL) and on a backward jump (JUMP_BACKWARD): what is
    # allocated between two checks is counted with no collection in between. `stretch`: the count at the
    # last check (or event noted).
    stretch = [0]

    def check(code):
        if code in PROBE_CODE:
            return
        flush()

    def on_start(code, offset):
        check(code)
        if code.co_name != '<module>' or code.co_filename.startswith('<'):
            return
        note('S', code.co_filename)

    def on_resume(code, offset):
        check(code)

    def on_call(code, offset, callable, arg0):
        pass  # C_RETURN needs CALL events on

    def on_c_return(code, offset, callable, arg0):
        check(code)

    def on_jump(code, offset, destination):
        if destination < offset:
            check(code)

    def on_return(code, offset, value):
        if code.co_name != '<module>' or code.co_filename.startswith('<'):
            return DISABLE
        note('R', code.co_filename)

    def on_unwind(code, offset, exc):
        if code.co_name == '<module>' and not code.co_filename.startswith('<'):
            note('R', code.co_filename)

    def on_line(code, line):
        mark = MARKS.get((code.co_filename, line))
        if mark is None:
            return DISABLE
        note('L', mark)

    PROBE_CODE = {note.__code__, flush.__code__, audit.__code__, wrapped_import.__code__}
    mon.use_tool_id(TOOL, 'import-trace')
    mon.register_callback(TOOL, E.PY_START, on_start)
    mon.register_callback(TOOL, E.PY_RETURN, on_return)
    mon.register_callback(TOOL, E.PY_UNWIND, on_unwind)
    mon.register_callback(TOOL, E.LINE, on_line)
    mon.register_callback(TOOL, E.PY_RESUME, on_resume)
    mon.register_callback(TOOL, E.CALL, on_call)
    mon.register_callback(TOOL, E.C_RETURN, on_c_return)
    mon.register_callback(TOOL, E.C_RAISE, on_c_return)
    mon.register_callback(TOOL, E.JUMP, on_jump)

    def start_tracing():
        stretch[0] = count()[0]
        mon.set_events(TOOL, E.PY_START | E.PY_RESUME | E.PY_RETURN | E.PY_UNWIND | E.LINE | E.CALL | E.C_RETURN | E.C_RAISE | E.JUMP)

    def stop_tracing():
        mon.set_events(TOOL, 0)
else:
    MARKED_FILES = {path for path, _ in MARKS}

    def local_trace(frame, event, arg):
        if event == 'line':
            mark = MARKS.get((frame.f_code.co_filename, frame.f_lineno))
            if mark is not None:
                note('L', mark)
        elif event == 'return':
            note('R', frame.f_code.co_filename)
        return local_trace

    def global_trace(frame, event, arg):
        code = frame.f_code
        if code.co_name != '<module>' or code.co_filename.startswith('<'):
            return None
        note('S', code.co_filename)
        if code.co_filename not in MARKED_FILES:
            frame.f_trace_lines = False
        return local_trace

    def start_tracing():
        global BASE
        UNTRACED.update((global_trace.__code__, local_trace.__code__, audit.__code__))
        BASE = sys._getframe(1)
        sys.settrace(global_trace)

    def stop_tracing():
        sys.settrace(None)

sys.addaudithook(audit)
builtins.__import__ = wrapped_import
start_tracing()
note('B', MODULE)
__import__(MODULE)
note('F', MODULE)
stop_tracing()
builtins.__import__ = original_import
for i in range(len(kinds)):
    print('%s\t%s\t%d' % (kinds[i], names[i], counts[i]))
print('startup\t%s\t0' % ' '.join(startup))
# The modules found on sys.path (a file: not built in, not frozen), which the first path search precedes.
for name in sorted(set(sys.modules) - set(startup)):
    spec = getattr(sys.modules[name], '__spec__', None)
    if spec is not None and spec.has_location:
        print('P\t%s\t0' % name)

# The garbage, in pieces (connected through gc.get_referents).
gc.set_debug(gc.DEBUG_SAVEALL)
gc.collect()
gc.set_debug(0)
garbage = list(gc.garbage)
gc.garbage.clear()
index = {id(o): i for i, o in enumerate(garbage)}
parent = list(range(len(garbage)))


def root(i):
    while parent[i] != i:
        i = parent[i]
    return i


for i, o in enumerate(garbage):
    for r in gc.get_referents(o):
        j = index.get(id(r))
        if j is not None and root(i) != root(j):
            parent[root(i)] = root(j)
pieces = {}
for i, o in enumerate(garbage):
    pieces.setdefault(root(i), []).append(o)


def class_key(t):
    key = '%s.%s' % (t.__module__, t.__qualname__)
    return 'operator' if t.__module__ == 'operator' else key


ADDED_BY_CLASS = ('__module__', '__qualname__', '__dict__', '__weakref__', '__static_attributes__', '__firstlineno__')


def value_source(v):
    if v is None or isinstance(v, (bool, int, float, str)):
        return repr(v)
    kind = type(v).__name__
    if kind == 'wrapper_descriptor':
        return '%s.%s' % (v.__objclass__.__name__, v.__name__)
    if kind == 'builtin_function_or_method' and getattr(builtins, v.__name__, None) is v:
        return v.__name__
    if kind == 'auto':
        return 'auto()'
    if kind == 'function':
        return None
    sys.exit('no source for %r' % (v,))


for piece in pieces.values():
    keys = [class_key(o) for o in piece if isinstance(o, type)]
    known = [k for k in keys if k in KINDS]
    key = known[0] if known else '?' + ','.join(sorted(keys))
    print('G\t%s\t%d' % (key, len(piece)))
    if KINDS.get(key) in ('simple_enum', 'convert'):
        cls = next(o for o in piece if isinstance(o, type))
        first_names = {}
        for name, value in cls.__dict__.items():
            if name in ADDED_BY_CLASS or (name == '__doc__' and value is None):
                continue
            # An alias of an earlier entry (ast._Precedence's `BOR = EXPR`) names it.
            source = first_names.get(id(value)) if type(value).__name__ == 'auto' else None
            first_names.setdefault(id(value), name)
            source = source or value_source(value)
            if source is not None:
                print('D\t%s\t%s\t%s' % (key, name, source))


# 3.11: the constant tuples of the classes each `replaced` piece makes, and the index of their allocation among
# those marshal.loads makes of the module's .pyc (r_object's order: a code object's co_code, co_consts, co_names,
# co_localsplusnames...; a tuple before its items). The compiler merges equal tuples (constants, names) into one
# object, which the .pyc writes once: counted once here. Code objects are not GC objects in 3.11.
if MARSHAL_EVENTS:
    import ast
    import importlib.util
    import marshal

    plus = {}
    minus = {}
    for (path, line), marks in MARKS.items():
        for mark in marks.split():
            (plus if mark[0] == '+' else minus)[mark[1:]] = (path, line)
    loaded = {getattr(m, '__file__', None) for m in list(sys.modules.values())}

    def const_key(o):
        """The simulator's key of a constant (compile/code-builder.ts constKey), or None for one not recorded."""
        if o is None:
            return 'None'
        if isinstance(o, bool):
            return 'bool:%s' % ('true' if o else 'false')
        if isinstance(o, int):
            return 'int:%d' % o
        if isinstance(o, str):
            return 'str:' + o
        if type(o) is tuple:
            items = [const_key(x) for x in o]
            return None if None in items else 'tuple:(%s)' % '|'.join(items)
        return None

    def value_key(o):
        return (type(o).__name__, tuple(value_key(x) for x in o)) if isinstance(o, (tuple, frozenset)) else (type(o).__name__, repr(o))

    for key, (path, line) in sorted(plus.items()):
        if KINDS.get(key) != 'replaced' or path not in loaded or key not in minus:
            continue
        # The class statements the piece makes: those that follow one another from its mark's line.
        with open(path, encoding='utf-8') as f:
            body = ast.parse(f.read()).body
        first = next(i for i, node in enumerate(body) if min([node.lineno] + [d.lineno for d in getattr(node, 'decorator_list', [])]) == line)
        last = first
        while last + 1 < len(body) and isinstance(body[last + 1], ast.ClassDef):
            last += 1
        end = body[last].end_lineno + 1
        with open(importlib.util.cache_from_source(path), 'rb') as f:
            module_code = marshal.loads(f.read()[16:])
        seen = set()
        allocated = [0]

        def tuple_of(o, inside, constant, items=True):
            if not o:
                return
            k = value_key(o)
            if k in seen:
                return
            seen.add(k)
            index = allocated[0]
            allocated[0] += 1
            if inside and constant and const_key(o) is not None:
                print('T\t%s\t%d\t%s' % (key, index, const_key(o)))
            if items:
                for x in o:
                    walk(x, inside, constant)

        def walk(o, inside, constant):
            if isinstance(o, (tuple, frozenset)):
                tuple_of(o, inside, constant)
            elif type(o).__name__ == 'code':
                inside = inside or (o is not module_code and line <= o.co_firstlineno < end)
                tuple_of(o.co_consts, inside, False, items=False)
                for x in o.co_consts:
                    walk(x, inside, True)
                tuple_of(o.co_names, inside, False)
                tuple_of(o.co_varnames + tuple(n for n in o.co_cellvars if n not in o.co_varnames) + o.co_freevars, inside, False)

        walk(module_code, False, False)
