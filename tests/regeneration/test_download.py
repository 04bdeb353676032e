"""Spec downloads (scripts/_download.py) against real local servers, http and https.

The spec URL is parsed rather than prefix-matched, redirects are followed by hand (same host, never
https down to http, a few at most) and the body is capped while it streams in.
"""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import trustme

from scripts import regenerate
from scripts._download import DownloadError, check_url, fetch, is_loopback
from scripts._errors import SpecError

SPEC = b"openapi: 3.1.0\ninfo: {title: Tiny, version: '1'}\npaths: {}\n"

#: path -> (status, headers, body) for the local server.
Routes = dict[str, tuple[int, dict[str, str], bytes]]


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: Routes
    seen: list[str]

    def do_GET(self) -> None:
        self.seen.append(self.path)
        status, headers, body = self.routes.get(self.path, (404, {}, b"no"))
        self.send_response(status)
        for name, value in headers.items():
            if value:
                self.send_header(name, value)
        if "Content-Length" not in headers:  # "" sends none: the body ends when the socket closes
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serve(
    routes: Routes, wrap: Callable[[http.server.HTTPServer], None] | None = None
) -> Iterator[tuple[int, list[str]]]:
    """A local server for `routes`; yields its port and the paths it was asked for."""
    seen: list[str] = []
    handler = type("Handler", (_Handler,), {"routes": routes, "seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if wrap is not None:
        wrap(server)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield server.server_address[1], seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _tls(ca: trustme.CA) -> Callable[[http.server.HTTPServer], None]:
    def wrap(server: http.server.HTTPServer) -> None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        server.socket = context.wrap_socket(server.socket, server_side=True)

    return wrap


def _trusting(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost.evil.example/spec.yml",
        "http://127.0.0.1.evil.example/spec.yml",
        "http://localhost:80@evil.example/spec.yml",
        "http://evil.example/spec.yml",
        "http://127.evil.example/spec.yml",
    ],
)
def test_plain_http_to_a_lookalike_of_this_machine_is_refused(url: str) -> None:
    with pytest.raises(DownloadError, match=r"refusing plain http|credentials"):
        check_url(url)
    # ... and through the script's reader, as the one-line spec error, before any request.
    with pytest.raises(SpecError, match=r"refusing plain http|credentials"):
        regenerate._read_source(url)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.1.2.3", "[::1]", "LOCALHOST"])
def test_plain_http_to_this_machine_is_allowed(host: str) -> None:
    assert str(check_url(f"http://{host}:8080/spec.yml")).startswith("http://")


def test_the_loopback_check_is_the_overlays() -> None:
    from propexo._urls import is_loopback as overlay_is_loopback

    for host in (
        "localhost",
        "localhost.",
        "127.0.0.1",
        "::1",
        "[::1]",
        "10.0.0.1",
        "evil.example",
    ):
        assert is_loopback(host) == overlay_is_loopback(host), host


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/spec.yml", "https://"])
def test_other_schemes_and_hostless_urls_are_refused(url: str) -> None:
    with pytest.raises(DownloadError):
        check_url(url)


def test_a_spec_downloads_over_http_from_this_machine() -> None:
    with serve({"/spec.yml": (200, {}, SPEC)}) as (port, _):
        assert fetch(f"http://127.0.0.1:{port}/spec.yml") == SPEC.decode()


def test_a_same_host_redirect_is_followed() -> None:
    routes: Routes = {
        "/old.yml": (301, {"Location": "/new.yml"}, b""),
        "/new.yml": (200, {}, SPEC),
    }
    with serve(routes) as (port, seen):
        assert fetch(f"http://127.0.0.1:{port}/old.yml") == SPEC.decode()
    assert seen == ["/old.yml", "/new.yml"]


def test_a_redirect_to_another_host_is_refused() -> None:
    with serve({"/spec.yml": (200, {}, SPEC)}) as (target, elsewhere):
        routes: Routes = {
            "/spec.yml": (302, {"Location": f"http://localhost:{target}/spec.yml"}, b"")
        }
        with serve(routes) as (port, _), pytest.raises(DownloadError, match="another host"):
            fetch(f"http://127.0.0.1:{port}/spec.yml")
    assert elsewhere == []  # never asked


def test_a_redirect_from_https_down_to_http_is_refused(ca: trustme.CA) -> None:
    with serve({"/spec.yml": (200, {}, SPEC)}) as (plain, asked):
        down = {"/spec.yml": (302, {"Location": f"http://127.0.0.1:{plain}/spec.yml"}, b"")}
        with serve(down, _tls(ca)) as (port, _):
            url = f"https://127.0.0.1:{port}/spec.yml"
            with pytest.raises(DownloadError, match="from https down to"):
                fetch(url, verify=_trusting(ca))
    assert asked == []


def test_a_spec_downloads_over_https(ca: trustme.CA) -> None:
    routes: Routes = {"/a": (307, {"Location": "/b"}, b""), "/b": (200, {}, SPEC)}
    with serve(routes, _tls(ca)) as (port, _):
        assert fetch(f"https://localhost:{port}/a", verify=_trusting(ca)) == SPEC.decode()


def test_redirects_are_bounded() -> None:
    loop: Routes = {"/a": (302, {"Location": "/b"}, b""), "/b": (302, {"Location": "/a"}, b"")}
    with serve(loop) as (port, seen), pytest.raises(DownloadError, match="more than 3 redirects"):
        fetch(f"http://127.0.0.1:{port}/a", max_redirects=3)
    assert len(seen) == 4


def test_an_oversized_download_is_refused_while_it_streams() -> None:
    # The server does not say how long the body is: the cap applies while it streams in.
    big = b"x" * 50_000
    routes: Routes = {"/spec.yml": (200, {"Content-Length": ""}, big)}
    with serve(routes) as (port, _), pytest.raises(DownloadError, match="more than the 1000"):
        fetch(f"http://127.0.0.1:{port}/spec.yml", max_bytes=1000)


def test_a_declared_oversized_download_is_refused_before_reading() -> None:
    big = b"x" * 50_000
    routes: Routes = {"/spec.yml": (200, {}, big)}
    with serve(routes) as (port, _), pytest.raises(DownloadError, match="50000 bytes is more"):
        fetch(f"http://127.0.0.1:{port}/spec.yml", max_bytes=1000)


def test_an_error_answer_is_a_one_line_message() -> None:
    with serve({}) as (port, _), pytest.raises(DownloadError, match="HTTP 404"):
        fetch(f"http://127.0.0.1:{port}/missing.yml")
