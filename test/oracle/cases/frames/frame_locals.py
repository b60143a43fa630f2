# frame.f_locals of a running function: up to 3.12 a dict the frame keeps (it holds a reference to
# each value, like locals()); 3.13's FrameLocalsProxy reads the frame and holds none.
import sys

def show():
    data = [1, 2, 3]
    label = "some text"
    frame = sys._getframe()
    print(sys.getrefcount(data))
    view = frame.f_locals
    print(type(view).__name__, len(view), sorted(view), view["data"], "label" in view, "nope" in view)
    print(sys.getrefcount(data))
    del view
    print(sys.getrefcount(data))
    del label
    print(sorted(frame.f_locals), frame.f_locals is frame.f_locals)
    print(sorted(k for k, v in frame.f_locals.items() if isinstance(v, list)))

show()
