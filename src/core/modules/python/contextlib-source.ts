// Lib/contextlib.py, run by the simulator when `contextlib` is first imported: CPython Lens's version of
// it (3.11 to 3.13), written after CPython's. The classes hold the same attributes, call the same
// methods in the same order and keep the same objects alive (a @contextmanager's args until __enter__,
// its generator until __exit__), so reference counts and frames are CPython's. A line marked
// `# traceback: key` is one CPython's tracebacks show, written as in CPython's file
// (runtime/stdlib-frames.ts; its line number in each version is data, modules/contextlib-py-lines.ts).
// What differs between versions comes from _lens_contextlib (VersionModel.contextlib).

export const CONTEXTLIB_SOURCE = `"""Utilities for with-statement contexts.  See PEP 343."""

# CPython Lens's version of Lib/contextlib.py (3.11 to 3.13). Not modelled, and why:
# - async code (async def, await): the asynchronous context managers stop the run as not modelled when
#   used, and nullcontext has no __aenter__/__aexit__.
# - os.getcwd/os.chdir: chdir stops the run as not modelled when entered.
import abc
import os
import sys
from collections import deque
from functools import wraps
from types import MethodType, GenericAlias
from _lens_contextlib import not_modelled as _not_modelled
from _lens_contextlib import THROW_VALUE_ONLY as _THROW_VALUE_ONLY
from _lens_contextlib import SUPPRESS_SPLITS_GROUPS as _SUPPRESS_SPLITS_GROUPS
from _lens_contextlib import EXIT_STACK_BY_EXCEPTION as _EXIT_STACK_BY_EXCEPTION
from _lens_contextlib import ABSTRACT_SLOTS as _ABSTRACT_SLOTS

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _check_methods(C, *methods):
    # _collections_abc._check_methods: each method defined somewhere on C's MRO, and not set to None.
    for method in methods:
        for base in C.__mro__:
            if method in base.__dict__:
                if base.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):

    """An abstract base class for context managers."""

    if _ABSTRACT_SLOTS:
        __slots__ = ()

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Return \`self\` upon entering the runtime context."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):

    """An abstract base class for asynchronous context managers."""

    if _ABSTRACT_SLOTS:
        __slots__ = ()

    __class_getitem__ = classmethod(GenericAlias)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _check_methods(C, "__aenter__",
                                  "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        """Return a recreated instance of self.

        The one-shot _GeneratorContextManager makes a new one for each call of the decorated function.
        """
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            # traceback: contextlib.ContextDecorator.__call__.inner.with
            with self._recreate_cm():
                # traceback: contextlib.ContextDecorator.__call__.inner.call
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    "A base class or mixin that enables async context managers to work as decorators."

    def _recreate_cm(self):
        """Return a recreated instance of self.
        """
        return self

    def __call__(self, func):
        _not_modelled('contextlib.AsyncContextDecorator (async code)')


class _GeneratorContextManagerBase:
    """Shared functionality for @contextmanager and @asynccontextmanager."""

    def __init__(self, func, args, kwds):
        # traceback: contextlib._GeneratorContextManagerBase.__init__.call
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # An instance docstring: the generator function's, else the class's.
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # One-shot: a decorated function's every call needs a new one.
        # traceback: contextlib._GeneratorContextManagerBase._recreate_cm
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # Only a recreation needs them, and entered it cannot be recreated any more.
        # traceback: contextlib._GeneratorContextManager.__enter__.del
        del self.args, self.kwds, self.func
        try:
            # traceback: contextlib._GeneratorContextManager.__enter__.next
            return next(self.gen)
        except StopIteration:
            # traceback: contextlib._GeneratorContextManager.__enter__.didnt_yield
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                # traceback: contextlib._GeneratorContextManager.__exit__.next
                next(self.gen)
            except StopIteration:
                return False
            else:
                try:
                    # traceback: contextlib._GeneratorContextManager.__exit__.didnt_stop
                    raise RuntimeError("generator didn't stop")
                finally:
                    # traceback: contextlib._GeneratorContextManager.__exit__.close
                    self.gen.close()
        else:
            if value is None:
                # An instance, to tell whether throw() gives the same exception back.
                # traceback: contextlib._GeneratorContextManager.__exit__.instantiate
                value = typ()
            try:
                if _THROW_VALUE_ONLY:
                    # traceback: contextlib._GeneratorContextManager.__exit__.throw
                    self.gen.throw(value)
                else:
                    # traceback: contextlib._GeneratorContextManager.__exit__.throw
                    self.gen.throw(typ, value, traceback)
            except StopIteration as exc:
                # Suppressed, unless it is the StopIteration the with block raised.
                return exc is not value
            except RuntimeError as exc:
                # The exception thrown in, come back: not re-raised (issue27122).
                if exc is value:
                    exc.__traceback__ = traceback
                    return False
                # A StopIteration thrown in that came back as the RuntimeError of PEP 479
                # (only when that is what it wraps, issue29692).
                if (
                    isinstance(value, StopIteration)
                    and exc.__cause__ is value
                ):
                    value.__traceback__ = traceback
                    return False
                raise
            except BaseException as exc:
                # __exit__ must not raise the exception it was given (only one of its own):
                # throw() raising it back means "propagate", which returning False says.
                if exc is not value:
                    raise
                exc.__traceback__ = traceback
                return False
            try:
                # traceback: contextlib._GeneratorContextManager.__exit__.didnt_stop_after_throw
                raise RuntimeError("generator didn't stop after throw()")
            finally:
                # traceback: contextlib._GeneratorContextManager.__exit__.close_after_throw
                self.gen.close()


class _AsyncGeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractAsyncContextManager,
    AsyncContextDecorator,
):
    """Helper for @asynccontextmanager decorator."""

    def __init__(self, func, args, kwds):
        _not_modelled('contextlib.asynccontextmanager (async code)')


def contextmanager(func):
    """@contextmanager decorator.

    Makes a generator function that yields once into a factory of context managers: the code before
    the yield runs on entering the with block, the yielded value is what \`as\` binds, the
    code after it runs on leaving.
    """
    @wraps(func)
    def helper(*args, **kwds):
        # traceback: contextlib.contextmanager.helper
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator (async code is not modelled by CPython Lens)."""
    _not_modelled('contextlib.asynccontextmanager (async code)')


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block.

    with closing(thing) as f: calls f.close() when the block ends, however it ends.
    """
    def __init__(self, thing):
        self.thing = thing
    def __enter__(self):
        return self.thing
    def __exit__(self, *exc_info):
        # traceback: contextlib.closing.__exit__
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously cleaned-up
    resource (async code is not modelled by CPython Lens)."""
    def __init__(self, thing):
        _not_modelled('contextlib.aclosing (async code)')


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A list of the previous targets: the same object can be entered again inside itself.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        # traceback: contextlib._RedirectStream.__exit__
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file.

    with redirect_stdout(f): what the block prints goes to f.
    """

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions

    After the exception is suppressed, execution proceeds with the next
    statement following the with statement.
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # issubclass() semantics, not the with statement's concrete type matching (issue12029).
        if _SUPPRESS_SPLITS_GROUPS:
            if exctype is None:
                return
            # traceback: contextlib.suppress.__exit__
            if issubclass(exctype, self._exceptions):
                return True
            # 3.12+: a group loses the exceptions suppressed; what is left is raised (gh-103590).
            if issubclass(exctype, BaseExceptionGroup):
                match, rest = excinst.split(self._exceptions)
                if rest is None:
                    return True
                # traceback: contextlib.suppress.__exit__.raise_rest
                raise rest
            return False
        # traceback: contextlib.suppress.__exit__
        return exctype is not None and issubclass(exctype, self._exceptions)


class _BaseExitStack:
    """A base class for ExitStack and AsyncExitStack."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            # traceback: contextlib._BaseExitStack._create_cb_wrapper._exit_wrapper
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature.

        Can suppress exceptions the same way __exit__ method can.
        Also accepts any object with an __exit__ method (registering a call
        to the method instead of the object itself).
        """
        # The method looked up on the type (an unbound one), as the with statement does.
        _cb_type = type(exit)

        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            # Not a context manager: a callable.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit  # Allow use as a decorator.

    def enter_context(self, cm):
        """Enters the supplied context manager.

        If successful, also pushes its __exit__ method as a callback and
        returns the result of the __enter__ method.
        """
        # The special methods looked up on the type, as the with statement does.
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            # traceback: contextlib._BaseExitStack.enter_context.not_a_context_manager
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        # traceback: contextlib._BaseExitStack.enter_context.enter
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments.

        Cannot suppress exceptions.
        """
        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)

        # Not @wraps (the signature differs), but __wrapped__ for introspection.
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback  # Allow use as a decorator

    def _push_cm_exit(self, cm, cm_exit):
        """Helper to correctly register callbacks to __exit__ methods."""
        _exit_wrapper = self._create_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks.

    with ExitStack() as stack: what is entered or registered on the stack is exited, last first,
    when the block ends, even if entering a later one raised.
    """

    def __enter__(self):
        return self

    if _EXIT_STACK_BY_EXCEPTION:
        # 3.13: the callbacks get each exception's own (type, value, __traceback__).
        def __exit__(self, *exc_details):
            exc = exc_details[1]
            received_exc = exc is not None

            # The exceptions chained as nested with statements would chain them.
            frame_exc = sys.exception()
            def _fix_exception_context(new_exc, old_exc):
                # To the end of the chain, where its context may be wrong.
                while 1:
                    exc_context = new_exc.__context__
                    if exc_context is None or exc_context is old_exc:
                        # Already right (issue 20317).
                        return
                    if exc_context is frame_exc:
                        break
                    new_exc = exc_context
                # The end of the chain refers to the exception it would have.
                new_exc.__context__ = old_exc

            # Last registered, first called: as nested with statements exit.
            suppressed_exc = False
            pending_raise = False
            while self._exit_callbacks:
                is_sync, cb = self._exit_callbacks.pop()
                assert is_sync
                try:
                    if exc is None:
                        exc_details = None, None, None
                    else:
                        exc_details = type(exc), exc, exc.__traceback__
                    # traceback: contextlib.ExitStack.__exit__.callback
                    if cb(*exc_details):
                        suppressed_exc = True
                        pending_raise = False
                        exc = None
                except BaseException as new_exc:
                    # Chained as nested with statements would chain it.
                    _fix_exception_context(new_exc, exc)
                    pending_raise = True
                    exc = new_exc

            if pending_raise:
                try:
                    # A bare "raise exc" would replace the context set up above.
                    fixed_ctx = exc.__context__
                    # traceback: contextlib.ExitStack.__exit__.raise
                    raise exc
                except BaseException:
                    exc.__context__ = fixed_ctx
                    raise
            return received_exc and suppressed_exc
    else:
        def __exit__(self, *exc_details):
            received_exc = exc_details[0] is not None

            # The exceptions chained as nested with statements would chain them.
            frame_exc = sys.exc_info()[1]
            def _fix_exception_context(new_exc, old_exc):
                # To the end of the chain, where its context may be wrong.
                while 1:
                    exc_context = new_exc.__context__
                    if exc_context is None or exc_context is old_exc:
                        # Already right (issue 20317).
                        return
                    if exc_context is frame_exc:
                        break
                    new_exc = exc_context
                # The end of the chain refers to the exception it would have.
                new_exc.__context__ = old_exc

            # Last registered, first called: as nested with statements exit.
            suppressed_exc = False
            pending_raise = False
            while self._exit_callbacks:
                is_sync, cb = self._exit_callbacks.pop()
                assert is_sync
                try:
                    # traceback: contextlib.ExitStack.__exit__.callback
                    if cb(*exc_details):
                        suppressed_exc = True
                        pending_raise = False
                        exc_details = (None, None, None)
                except:
                    new_exc_details = sys.exc_info()
                    # Chained as nested with statements would chain it.
                    _fix_exception_context(new_exc_details[1], exc_details[1])
                    pending_raise = True
                    exc_details = new_exc_details
            if pending_raise:
                try:
                    # A bare "raise exc_details[1]" would replace the context set up above.
                    fixed_ctx = exc_details[1].__context__
                    # traceback: contextlib.ExitStack.__exit__.raise
                    raise exc_details[1]
                except BaseException:
                    exc_details[1].__context__ = fixed_ctx
                    raise
            return received_exc and suppressed_exc

    def close(self):
        """Immediately unwind the context stack."""
        # traceback: contextlib.ExitStack.close
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit
    callbacks (async code is not modelled by CPython Lens)."""

    def __init__(self):
        _not_modelled('contextlib.AsyncExitStack (async code)')


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing.

    A stand-in for a context manager where one is only sometimes needed:
    cm = optional_cm if condition else nullcontext()
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        _not_modelled('contextlib.chdir (os.getcwd and os.chdir)')

    def __exit__(self, *excinfo):
        _not_modelled('contextlib.chdir (os.getcwd and os.chdir)')
`;
