// multiprocessing's connection.py and queues.py for CPython Lens (see multiprocessing-source.ts):
// Connection over the machine's pipes (objects pickled by the natives), Pipe, Queue, SimpleQueue.

export const MULTIPROCESSING_CONNECTION_SOURCE = `
# ---- connection.py ---------------------------------------------------------------------------

class Connection:
    def __init__(self, handle, readable=True, writable=True):
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle

    def close(self):
        if self._handle is not None:
            os.close(self._handle)
            self._handle = None

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        _lens_send(self._handle, obj)

    def recv(self):
        self._check_closed()
        self._check_readable()
        return _lens_recv(self._handle)

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return _lens_poll(self._handle, timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    if duplex:
        # A socketpair in CPython: two pipes here, one each way.
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        c1 = _DuplexConnection(r1, w2)
        c2 = _DuplexConnection(r2, w1)
    else:
        fd1, fd2 = os.pipe()
        c1 = Connection(fd1, writable=False)
        c2 = Connection(fd2, readable=False)
    return c1, c2


class _DuplexConnection(Connection):
    def __init__(self, read_fd, write_fd):
        Connection.__init__(self, read_fd)
        self._write_fd = write_fd

    def send(self, obj):
        self._check_closed()
        _lens_send(self._write_fd, obj)

    def close(self):
        if self._handle is not None:
            os.close(self._handle)
            os.close(self._write_fd)
            self._handle = None


# ---- queues.py -------------------------------------------------------------------------------

class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._reader, self._writer = Pipe(duplex=False)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._writer.send(obj)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is None:
            return self._reader.recv()
        if not block:
            timeout = 0
        if not self._reader.poll(max(timeout, 0)):
            import queue
            raise queue.Empty
        return self._reader.recv()

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _lens_pending(self._reader._handle)

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return False

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class SimpleQueue:
    def __init__(self):
        self._reader, self._writer = Pipe(duplex=False)

    def empty(self):
        return not self._reader.poll()

    def get(self):
        return self._reader.recv()

    def put(self, obj):
        self._writer.send(obj)

    def close(self):
        self._reader.close()
        self._writer.close()


class JoinableQueue(Queue):
    pass
`;
