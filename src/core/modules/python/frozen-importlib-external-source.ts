// The part of importlib._bootstrap_external (frozen as _frozen_importlib_external, loaded at start-up) a
// learner's namespace package shows: its __path__, a _NamespacePath, and its __loader__, a NamespaceLoader
// (Lib/importlib/_bootstrap_external.py). CPython's _NamespacePath recomputes its entries from the parent's
// path when sys.path changes; the simulator's namespace packages have one portion, the script's folder's. Any
// other name of the module stops the run as not modelled (the module's __getattr__).

export const FROZEN_IMPORTLIB_EXTERNAL_SOURCE = `"""Core implementation of path-based import."""


class _NamespacePath:
    """Represents a namespace package's path."""

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path
        self._path_finder = path_finder

    def _recalculate(self):
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return f'_NamespacePath({self._path!r})'

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)


class NamespaceLoader:
    def __init__(self, name, path, path_finder):
        self._path = _NamespacePath(name, path, path_finder)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        pass


def __getattr__(name):
    _lens_not_modelled(f"_frozen_importlib_external.{name} (only namespace packages' _NamespacePath and NamespaceLoader are)")
`;
