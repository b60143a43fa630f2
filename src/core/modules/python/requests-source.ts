// The Python half of the simulated `requests` (modules/requests.ts): responses are made up, no
// network is used. Written for CPython Lens; the names follow the real library's API.

export const REQUESTS_SOURCE = `
"""Simulated by CPython Lens: no network. Each request waits the simulated latency, GIL released."""


class RequestException(OSError):
    pass


class HTTPError(RequestException):
    pass


class Response:
    def __init__(self, method, url):
        self.request_method = method
        self.url = url
        self.status_code = 200
        self.reason = "OK"
        self.ok = True
        self.encoding = "utf-8"
        self.headers = {"Content-Type": "text/html; charset=utf-8"}
        self.text = "<html><body>Page " + url + " (simulated by CPython Lens)</body></html>"
        self.content = self.text.encode("utf-8")

    def __repr__(self):
        return "<Response [%d]>" % self.status_code

    def __bool__(self):
        return self.ok

    def raise_for_status(self):
        if not self.ok:
            raise HTTPError("%d Error: %s for url: %s" % (self.status_code, self.reason, self.url))


def request(method, url, **kwargs):
    _network_wait(url)
    return Response(method.upper(), url)


def get(url, params=None, **kwargs):
    return request("get", url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request("post", url, **kwargs)


def head(url, **kwargs):
    return request("head", url, **kwargs)
`;
