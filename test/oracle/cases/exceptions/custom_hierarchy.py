import sys

class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code

class NotFound(AppError):
    pass

class Forbidden(AppError):
    pass

def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return f"404 {e} ({e.code})"
    except AppError as e:
        return f"{type(e).__name__} {e.args} {e.code}"

# After handle(err) returns, err keeps one more reference: its __traceback__ keeps handle's frame
# alive, and that frame's parameter exc still refers to err (a reference cycle).
err = NotFound('no page', 404)
print("refs of err:", sys.getrefcount(err))
print(handle(err))
print("refs of err after handle():", sys.getrefcount(err))
print(handle(Forbidden('go away', 403)))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
