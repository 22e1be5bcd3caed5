"""The dashboard's front door: allowed Host names, optional basic authentication, a body-size
limit and the security headers, as one WSGI middleware around the Dash (Flask) application.

Nothing here logs a request's credentials. The Content-Security-Policy allows scripts from the
app itself and Dash's own inline scripts by hash, nothing inline else; no page may frame it.

>>> guard = Guard(lambda environ, start: [b"ok"], allowed_hosts=["localhost"], auth=None, max_body=10)
>>> guard.host_allowed("localhost:8050"), guard.host_allowed("evil.example"), guard.host_allowed("[::1]:80")
(True, False, False)
"""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Callable, Iterable, Sequence
from typing import Any

__all__ = ["DEFAULT_HOSTS", "HEALTH_PATH", "Guard", "content_security_policy", "host_name"]

DEFAULT_HOSTS = ("localhost", "127.0.0.1", "::1")
HEALTH_PATH = "/healthz"  # answered without authentication, with no data: a health check needs no password
_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)


def content_security_policy(script_hashes: Sequence[str] = ()) -> str:
    """The policy: everything from the app itself; inline styles (React sets style attributes); images
    from data/blob URLs (the graph drawn as PNG); Dash's inline scripts by their hashes only.

    >>> "frame-ancestors 'none'" in content_security_policy(["'sha256-x'"])
    True
    """
    scripts = " ".join(["'self'", *script_hashes])
    return "; ".join((
        "default-src 'self'", f"script-src {scripts}", "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:", "font-src 'self' data:", "connect-src 'self'", "object-src 'none'",
        "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
    ))


def host_name(host: str) -> str:
    """The name part of a Host header: without the port, IPv6 brackets kept off, lower case.

    >>> host_name("[::1]:8050"), host_name("Example.org:80"), host_name("localhost")
    ('::1', 'example.org', 'localhost')
    """
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Guard:
    """WSGI middleware: refuse a foreign Host (400), a missing or wrong password (401), a body over
    ``max_body`` bytes (413); add the security headers to every answer."""

    def __init__(self, app: Callable[..., Iterable[bytes]], *, allowed_hosts: Sequence[str] | None,
                 auth: tuple[str, str] | None, max_body: int, csp: Callable[[], str] | None = None):
        self.app = app
        self.allowed = None if allowed_hosts is None or "*" in allowed_hosts else \
            {host_name(h) for h in allowed_hosts if h.strip()}
        self.auth = auth
        self.max_body = max_body
        # A function: Dash adds inline scripts at its first request, so their hashes are known only then.
        self.csp = csp or content_security_policy

    @property
    def headers(self) -> list[tuple[str, str]]:
        return [*_HEADERS, ("Content-Security-Policy", self.csp())]

    def host_allowed(self, host: str) -> bool:
        return self.allowed is None or host_name(host) in self.allowed

    def _authorised(self, header: str) -> bool:
        assert self.auth is not None
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        # both compared in constant time, so a wrong user name takes as long as a wrong password
        user_ok = hmac.compare_digest(user.encode("utf-8"), self.auth[0].encode("utf-8"))
        password_ok = hmac.compare_digest(password.encode("utf-8"), self.auth[1].encode("utf-8"))
        return user_ok and password_ok

    def _refuse(self, start_response: Callable[..., Any], status: str, text: str,
                extra: Sequence[tuple[str, str]] = ()) -> list[bytes]:
        body = text.encode("utf-8")
        start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body))),
                                *self.headers, *extra])
        return [body]

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if not self.host_allowed(environ.get("HTTP_HOST") or environ.get("SERVER_NAME") or ""):
            return self._refuse(start_response, "400 Bad Request",
                                "This host name is not allowed (see TADORI_ALLOWED_HOSTS).\n")
        if environ.get("PATH_INFO") == HEALTH_PATH:  # for a container's health check: says nothing but "ok"
            return self._refuse(start_response, "200 OK", "ok\n")
        if self.auth is not None and not self._authorised(environ.get("HTTP_AUTHORIZATION") or ""):
            return self._refuse(start_response, "401 Unauthorized", "Authentication required.\n",
                                [("WWW-Authenticate", 'Basic realm="Tadori", charset="UTF-8"')])
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > self.max_body:
            return self._refuse(start_response, "413 Content Too Large", "The request is too large.\n")

        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            names = {name.lower() for name, _ in headers}
            added = [h for h in self.headers if h[0].lower() not in names]
            return start_response(status, headers + added, exc_info)

        return self.app(environ, start)
