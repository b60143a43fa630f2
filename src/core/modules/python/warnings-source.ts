// The warnings module, run by the simulator when `warnings` is first imported: what Lib/warnings.py adds in
// Python to the C accelerator (_warnings, modules/warnings-native.ts): the display hooks (showwarning,
// formatwarning and their _showwarnmsg/_formatwarnmsg plumbing), the filter functions, WarningMessage and
// catch_warnings. `warn` is the C one, as in CPython: it adds no frame. linecache's getline is the
// simulator's (_lens_source_line). Names warnings.py has and this one lacks stop the run with
// "not modelled by CPython Lens: warnings.X".

export const WARNINGS_SOURCE = `
import sys
from _warnings import (filters, _defaultaction, _onceregistry, warn, warn_explicit, _filters_mutated,
                       _LENS_MINOR, _lens_module, _lens_source_line, _lens_display_hooks)

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

defaultaction = _defaultaction
onceregistry = _onceregistry

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def __getattr__(name):
    from _lens_contextlib import not_modelled
    not_modelled('warnings.' + name)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\\n"
    if msg.line is None:
        line = _lens_source_line(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\\n" % line
    if msg.source is not None:
        # tracemalloc is not tracing: no traceback of the allocation, a hint instead.
        s += f'{category}: Enable tracemalloc to get the object allocation traceback\\n'
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _check_filter(action, lineno):
    # 3.11 asserts; 3.12 raises.
    if _LENS_MINOR < 12:
        assert action in _ACTIONS, "invalid action: %r" % (action,)
        assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
        return
    if action not in {"error", "ignore", "always", "default", "module", "once"}:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if _LENS_MINOR < 12:
        assert action in _ACTIONS, "invalid action: %r" % (action,)
        assert isinstance(message, str), "message must be a string"
        assert isinstance(category, type), "category must be a class"
        assert issubclass(category, Warning), "category must be a Warning subclass"
        assert isinstance(module, str), "module must be a string"
        assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    else:
        if action not in {"error", "ignore", "always", "default", "module", "once"}:
            raise ValueError(f"invalid action: {action!r}")
        if not isinstance(message, str):
            raise TypeError("message must be a string")
        if not isinstance(category, type) or not issubclass(category, Warning):
            raise TypeError("category must be a Warning subclass")
        if not isinstance(module, str):
            raise TypeError("module must be a string")
        if not isinstance(lineno, int):
            raise TypeError("lineno must be an int")
        if lineno < 0:
            raise ValueError("lineno must be an int >= 0")
    if message or module:
        import re
    if message:
        message = re.compile(message, re.I)
    else:
        message = None
    if module:
        module = re.compile(module)
    else:
        module = None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    _check_filter(action, lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A duplicate moves to the front; appended, it stays where it was.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting the context."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = _lens_module() if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not _lens_module():
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # Back to the default showwarning, so that _showwarnmsg() calls _showwarnmsg_impl().
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_lens_display_hooks(_showwarnmsg, _showwarnmsg_impl, _formatwarnmsg, _formatwarnmsg_impl)
`;
