"""A real Neo4j Community server for the tests: the `neo4j-local/` build, one JVM per test session.

``neo4j_server`` (session scope) starts ``tadori.neo4jlocal.LocalServer`` on a free port of
127.0.0.1 with a temporary home, waits for its READY line and stops it at the end, even when
tests fail (its standard input is a pipe: when this process goes, the server goes too).
Without java or the Maven build the tests that use it skip with the reason, except under CI,
where they fail. ``neo4j_uri`` also empties the database, for a module that wants a clean one.

The same launcher starts a second server on an imported home (``start_server``) and runs the
import tool (``run_admin``) from the same jars; benchmarks/bench_neo4j.py uses it too.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOCAL = ROOT / "neo4j-local"
JVM_ARGS = LOCAL / "jvm.args"
CLASSPATH = f"{LOCAL / 'target' / 'classes'}{os.pathsep}{LOCAL / 'target' / 'lib' / '*'}"
MAIN = "tadori.neo4jlocal.LocalServer"
ADMIN = "org.neo4j.cli.AdminTool"  # what the tarball's bin/neo4j-admin runs
READY_TIMEOUT = 120.0


def missing() -> str | None:
    """Why the local server cannot run here, or None."""
    if shutil.which("java") is None:
        return "java is not installed (OpenJDK 17 runs the local Neo4j server)"
    if not (LOCAL / "target" / "classes" / "tadori" / "neo4jlocal" / "LocalServer.class").is_file():
        if shutil.which("mvn") is None:
            return "neo4j-local is not built and mvn is not installed (`make neo4j-build` builds it)"
        build()
    return None


def build() -> None:
    """The same build as `make neo4j-build` (Maven Central, about a minute on a cold ~/.m2)."""
    subprocess.run(["mvn", "-B", "-q", "-f", str(LOCAL / "pom.xml"), "compile", "dependency:copy-dependencies"],
                   check=True, timeout=900)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def java_command(main: str, *args: str, heap: str = "512m") -> list[str]:
    return ["java", f"-Xmx{heap}", f"@{JVM_ARGS}", "-cp", CLASSPATH, main, *args]


@dataclass
class LocalNeo4j:
    """A running LocalServer: its Bolt URI, home and process."""

    uri: str
    home: Path
    process: subprocess.Popen
    started_in: float
    output: list[str] = field(default_factory=list)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()  # end of input: the server shuts Neo4j down and exits
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    def driver(self):
        import neo4j

        return neo4j.GraphDatabase.driver(self.uri, auth=None)


def start_server(home: Path, port: int | None = None, *, heap: str = "512m",
                 environment: dict[str, str] | None = None) -> LocalNeo4j:
    """Start LocalServer on ``home`` and return once it printed READY (or raise with its output)."""
    port = port or free_port()
    env = {k: v for k, v in os.environ.items() if k != "TADORI_NEO4J_PASSWORD"} | (environment or {})
    started = time.monotonic()
    process = subprocess.Popen(java_command(MAIN, str(port), str(home), "--until-stdin-closes", heap=heap),
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=env)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:  # keep draining the output so the server never blocks on a full pipe
        for line in process.stdout:
            lines.append(line.rstrip())
            if line.startswith("READY "):
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(READY_TIMEOUT) or process.poll() is not None:
        process.kill()
        raise RuntimeError(f"the local Neo4j server did not start: {' | '.join(lines[-20:])}")
    return LocalNeo4j(f"bolt://127.0.0.1:{port}", home, process, time.monotonic() - started, lines)


def run_admin(home: Path, arguments: Sequence[str], cwd: Path) -> subprocess.CompletedProcess:
    """``neo4j-admin ARGUMENTS`` from the same jars, on ``home`` (NEO4J_HOME), in ``cwd``."""
    (home / "conf").mkdir(parents=True, exist_ok=True)
    env = os.environ | {"NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    return subprocess.run(java_command(ADMIN, *arguments), cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300, check=False)


def require_server() -> None:
    """Skip the test (fail under CI) when the local server cannot run here."""
    reason = missing()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI is set, so the Neo4j tests must run", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalNeo4j]:
    """One local Neo4j server for the whole test session, stopped at the end."""
    require_server()
    server = start_server(tmp_path_factory.mktemp("neo4j-home"))
    yield server
    server.stop()


def empty_database(server: LocalNeo4j) -> None:
    """Delete every node and relationship (the schema stays: its statements are idempotent)."""
    with server.driver() as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")


@pytest.fixture()
def neo4j_uri(neo4j_server: LocalNeo4j, monkeypatch: pytest.MonkeyPatch) -> str:
    """The session server, emptied, as TADORI_NEO4J_URI for this test."""
    empty_database(neo4j_server)
    monkeypatch.setenv("TADORI_NEO4J_URI", neo4j_server.uri)
    monkeypatch.delenv("TADORI_NEO4J_PASSWORD", raising=False)
    monkeypatch.setenv("TADORI_NEO4J_DATABASE", "neo4j")
    return neo4j_server.uri
