"""Base URL choice: a named environment or a URL; plain http only to this machine."""

from __future__ import annotations

import ipaddress

import httpx

from ._errors import ConfigurationError

ENVIRONMENTS = {
    "production": "https://api.propexo.com",
    "sandbox": "https://api.sandbox.propexo.com",
}


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine (localhost, 127.0.0.0/8 or ::1)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_base_url(base_url: str) -> str:
    """`production`, `sandbox` or an http(s) URL -> the URL, without a trailing slash.

    Plain http would send the bearer token in clear text, so it is refused unless the
    host is a loopback address (a local test server).
    """
    text = ENVIRONMENTS.get(base_url.strip().lower(), base_url.strip())
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base URL {base_url!r} is not a valid URL: {exc}") from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"base URL {base_url!r} must be 'production', 'sandbox' or an http(s) URL"
        )
    if url.userinfo or url.query or url.fragment:
        raise ConfigurationError(
            f"base URL {base_url!r} must not carry credentials, a query or a fragment"
        )
    if url.scheme == "http" and not is_loopback(url.host):
        raise ConfigurationError(
            f"base URL {base_url!r} uses plain http: refused (the token would travel in "
            "clear text); use https, or http only to a loopback address"
        )
    return str(url).rstrip("/")
