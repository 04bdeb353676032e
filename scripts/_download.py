"""Download a spec over http(s), carefully: the spec is untrusted input from the network.

Plain http only to this machine (the host parsed, not a string prefix: ``localhost.evil.example``
and ``localhost:80@evil.example`` are other hosts); redirects followed by hand, a few at most, to
the same host only and never from https down to http; the body capped while it streams in.

The loopback check is the overlay's (``propexo._urls.is_loopback``), repeated here because the
regeneration toolchain does not have the overlay package installed.
"""

from __future__ import annotations

import ipaddress
import ssl

import httpx

#: A spec download is a few MB (Propexo's current one is about 1.5 MB); more is refused.
MAX_BYTES = 64 * 1024 * 1024
MAX_REDIRECTS = 5
TIMEOUT = 60.0


class DownloadError(Exception):
    """A spec URL refused or a download that failed; the message is one line for the user."""


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine (localhost, 127.0.0.0/8 or ::1)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(text: str) -> httpx.URL:
    """The parsed URL, or DownloadError when it is not one we fetch from."""
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise DownloadError(f"spec URL {text!r} is not a valid URL: {exc}") from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise DownloadError(f"spec URL {text!r} must be an http(s) URL with a host")
    if url.userinfo:
        raise DownloadError(f"spec URL {text!r} must not carry credentials (user:password@)")
    if url.scheme == "http" and not is_loopback(url.host):
        raise DownloadError(
            f"refusing plain http for {text} (host {url.host!r} is not this machine): use https"
        )
    return url


def _origin(url: httpx.URL) -> tuple[str, int | None]:
    return url.host.lower().rstrip("."), url.port


def fetch(
    source: str,
    *,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    timeout: float = TIMEOUT,
    verify: ssl.SSLContext | bool = True,
) -> str:
    """The text at `source` (UTF-8), following at most `max_redirects` same-host redirects."""
    url = check_url(source)
    first = url
    with httpx.Client(timeout=timeout, follow_redirects=False, verify=verify) as client:
        for _ in range(max_redirects + 1):
            with client.stream("GET", url) as response:
                if response.is_redirect:
                    url = _redirect_target(first, url, response)
                    continue
                if response.status_code != 200:
                    raise DownloadError(f"GET {url} answered HTTP {response.status_code}")
                return _read_capped(url, response, max_bytes)
    raise DownloadError(f"GET {source}: more than {max_redirects} redirects")


def _redirect_target(first: httpx.URL, current: httpx.URL, response: httpx.Response) -> httpx.URL:
    location = response.headers.get("location")
    if not location:
        raise DownloadError(f"GET {current} answered {response.status_code} without a Location")
    try:
        target = current.join(location)
    except httpx.InvalidURL as exc:
        raise DownloadError(f"GET {current} redirected to an invalid URL: {exc}") from exc
    if current.scheme == "https" and target.scheme != "https":
        raise DownloadError(f"GET {current} redirected from https down to {target}: refused")
    if _origin(target) != _origin(first) or target.userinfo:
        raise DownloadError(f"GET {current} redirected to another host ({target}): refused")
    return check_url(str(target))


def _read_capped(url: httpx.URL, response: httpx.Response, max_bytes: int) -> str:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise DownloadError(f"GET {url}: {declared} bytes is more than the {max_bytes} allowed")
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise DownloadError(f"GET {url}: more than the {max_bytes} bytes allowed")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DownloadError(f"GET {url}: the body is not UTF-8 ({exc.reason})") from exc
