# Where the standard library's modules make the garbage their import leaves (scripts/measure-import-garbage.mjs):
# prints `file<TAB>line<TAB>mark<TAB>kind` for each place, read from this interpreter's own sources with ast. A mark is
# `+key` where the objects are made (the statement's first line, decorators included) and `-key` where the
# module has dropped them (the first line run after the statement that does). The places:
# - a Python class the module defines and then replaces by its C version (`from _operator import *`...) or
#   deletes (types.py's `_C`);
# - a class decorated with enum._simple_enum, which makes an enum of it and drops it (re.RegexFlag...);
# - an enum's `_convert_(name, ...)`, which makes a plain class of the module's constants first (signal.Signals...).
# The kind (replaced, simple_enum, convert) says which of the three made it.
import ast
import os
import sys

LIB = os.path.dirname(os.__file__)

# (file, key, name of the first class made, module of the C import that replaces it or None, name it imports)
REPLACED = [
    ('types.py', 'types._C', '_C', None, '_C'),
    ('operator.py', 'operator', 'attrgetter', '_operator', '*'),
    ('collections/__init__.py', 'collections.OrderedDict', 'OrderedDict', '_collections', 'OrderedDict'),
    ('functools.py', 'functools.partial', 'partial', '_functools', 'partial'),
    ('pickle.py', 'pickle.PickleError', 'PickleError', '_pickle', 'PickleError'),
]
# Files whose @_simple_enum classes and _convert_ calls leave a class each.
ENUM_USERS = ['enum.py', 're/__init__.py', 'ast.py', 'signal.py', 'socket.py', 'ssl.py']


def statements(body):
    """Every statement of a body, nested ones (if/try blocks) after their parent, in source order."""
    for node in body:
        yield node
        for field in ('body', 'orelse', 'finalbody', 'handlers'):
            inner = getattr(node, field, None)
            if isinstance(inner, list) and not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                yield from statements(inner)


def first_line(node):
    return min([node.lineno] + [d.lineno for d in getattr(node, 'decorator_list', [])])


def next_statement_line(tree, node):
    """The first line run after `node` finishes: its next sibling's, a try's else block's, or its parent block's next."""
    def search(body, parents):
        for i, child in enumerate(body):
            if child is node:
                if i + 1 < len(body):
                    return first_line(body[i + 1])
                for parent_body, index, parent, field in reversed(parents):
                    if isinstance(parent, ast.Try) and field == 'body' and parent.orelse:
                        return first_line(parent.orelse[0])
                    if index + 1 < len(parent_body):
                        return first_line(parent_body[index + 1])
                return None
            for field in ('body', 'orelse', 'finalbody'):
                inner = getattr(child, field, None)
                if isinstance(inner, list) and not isinstance(child, (ast.FunctionDef, ast.ClassDef)):
                    found = search(inner, parents + [(body, i, child, field)])
                    if found is not None:
                        return found
        return None
    return search(tree.body, [])


def parse(relative):
    path = os.path.join(LIB, relative)
    with open(path, encoding='utf-8') as f:
        return path, ast.parse(f.read())


def module_name(relative):
    name = relative[:-3].replace('/', '.')
    return name[:-len('.__init__')] if name.endswith('.__init__') else name


out = []
for relative, key, first_class, c_module, imported in REPLACED:
    path, tree = parse(relative)
    make = drop = None
    for node in statements(tree.body):
        if make is None and isinstance(node, ast.ClassDef) and node.name == first_class:
            make = first_line(node)
        if c_module is None and isinstance(node, ast.Delete) and any(isinstance(t, ast.Name) and t.id == imported for t in node.targets):
            drop = next_statement_line(tree, node)
        if c_module is not None and isinstance(node, ast.ImportFrom) and node.module == c_module and any(a.name == imported for a in node.names):
            drop = next_statement_line(tree, node)
    if make is None or drop is None:
        sys.exit('no marks for %s in %s' % (key, path))
    out.append((path, make, '+' + key, 'replaced'))
    out.append((path, drop, '-' + key, 'replaced'))

for relative in ENUM_USERS:
    path, tree = parse(relative)
    module = module_name(relative)
    for node in statements(tree.body):
        name = kind = None
        if isinstance(node, ast.ClassDef):
            for d in node.decorator_list:
                func = d.func if isinstance(d, ast.Call) else d
                if (isinstance(func, ast.Name) and func.id == '_simple_enum') or (isinstance(func, ast.Attribute) and func.attr == '_simple_enum'):
                    name, kind = node.name, 'simple_enum'
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute) \
                and node.value.func.attr == '_convert_' and isinstance(node.value.args[0], ast.Constant):
            name, kind = node.value.args[0].value, 'convert'
        if name is None:
            continue
        drop = next_statement_line(tree, node)
        if drop is None:
            sys.exit('nothing follows %s.%s in %s' % (module, name, path))
        out.append((path, first_line(node), '+%s.%s' % (module, name), kind))
        out.append((path, drop, '-%s.%s' % (module, name), kind))

for path, line, mark, kind in out:
    print('%s\t%d\t%s\t%s' % (path, line, mark, kind))
