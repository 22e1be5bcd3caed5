"""``tadori serve``: the dashboard behind its guard, on waitress (a production WSGI server).

Settings decide everything (see :mod:`tadori.settings`): the address (this machine only unless
told), the allowed Host names, optional basic authentication, the request-size limit, the
threads, how often the graph looks for a changed record store.
"""

from __future__ import annotations

import click

from .errors import StoreUnavailable, TadoriError
from .settings import resolve, resolve_number

__all__ = ["allowed_hosts", "build_wsgi", "serve_dashboard"]

_ANY_ADDRESS = ("0.0.0.0", "::", "")


def allowed_hosts(host: str, environ: dict[str, str] | None = None) -> list[str]:
    """``TADORI_ALLOWED_HOSTS`` (comma-separated), else this machine's names and the listening address.

    >>> allowed_hosts("127.0.0.1", {})
    ['localhost', '127.0.0.1', '::1']
    >>> allowed_hosts("0.0.0.0", {"TADORI_ALLOWED_HOSTS": "tadori.city.local, 10.0.0.5"})
    ['tadori.city.local', '10.0.0.5']
    """
    from tadori.dashboard.security import DEFAULT_HOSTS

    listed = resolve("allowed_hosts", None, environ)
    if listed:
        return [h.strip() for h in listed.split(",") if h.strip()]
    hosts = list(DEFAULT_HOSTS)
    if host not in _ANY_ADDRESS and host not in hosts:
        hosts.append(host)
    return hosts


def _auth() -> tuple[str, str] | None:
    user, password = resolve("auth_user", None), resolve("auth_password", None)
    if bool(user) != bool(password):
        raise TadoriError("set both TADORI_AUTH_USER and TADORI_AUTH_PASSWORD for basic authentication, or neither")
    return (user, password) if user and password else None


def build_wsgi(store: str | None, host: str):
    """The guarded WSGI application and the settings it was built with (no socket yet)."""
    from tadori.dashboard.app import create_app
    from tadori.dashboard.security import Guard, content_security_policy

    from .wiring import open_graph_store, open_record_store, open_review_writer

    max_body = int(resolve_number("max_request_bytes", None, 1_000, 1_000_000_000))
    refresh = resolve_number("refresh_seconds", None, 0.1, 3600, whole=False)
    auth = _auth()
    records = open_record_store(store)
    # The in-process graph is built in the background (the server answers at once, pages say 「作成中」) and
    # rebuilt from the record store when it changes; Neo4j is loaded by `tadori sync` and opened here.
    follows = (resolve("backend", None) or "networkx") == "networkx"
    if follows and not records.exists():
        raise StoreUnavailable(f"{records.path}: no record store here yet; run `tadori ingest FILE` first")
    graph = None if follows else open_graph_store(store)
    app = create_app(graph, review_writer=open_review_writer(store), records=records if follows else None,
                     rebuild=(lambda: _ready(open_graph_store(store))) if follows else None, refresh_seconds=refresh)
    app.server.config["MAX_CONTENT_LENGTH"] = max_body
    guard = Guard(app.server.wsgi_app, allowed_hosts=allowed_hosts(host), auth=auth, max_body=max_body,
                  csp=lambda: content_security_policy(app.csp_hashes()))
    app.server.wsgi_app = guard  # type: ignore[method-assign]
    return app.server, {"max_body": max_body, "auth": auth is not None, "hosts": guard.allowed}


def _ready(graph):
    """The graph with the municipalities every question checks its city against already listed (from the
    name index, or asked of a national store's index at the cost of one seek per city)."""
    from tadori.queries.resolve import municipality_names

    municipality_names(graph)
    return graph


def serve_dashboard(store: str | None, host: str | None, port: int | None) -> None:
    """Serve until interrupted; a port in use or a bad setting is one clear error."""
    from waitress import create_server

    host = resolve("host", host) or "127.0.0.1"
    port = int(port or resolve_number("port", None, 1, 65535))
    threads = int(resolve_number("threads", None, 1, 256))
    wsgi, info = build_wsgi(store, host)
    try:
        server = create_server(wsgi, host=host, port=port, threads=threads, ident="tadori",
                               max_request_body_size=info["max_body"], channel_timeout=60, expose_tracebacks=False)
    except OSError as error:
        raise TadoriError(f"cannot listen on {host}:{port} ({error.strerror or error})") from None
    hosts = "any host name" if info["hosts"] is None else ", ".join(sorted(info["hosts"]))
    click.echo(f"Tadori dashboard on http://{host}:{port}/ (answers to {hosts}; "
               f"basic authentication {'on' if info['auth'] else 'off'})")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
