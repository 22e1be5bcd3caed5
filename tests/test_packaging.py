"""The layer folders install as tadori.ingest, tadori.graph, tadori.queries, tadori.dashboard — never top level."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("tadori", "tadori.ingest", "tadori.ingest.documents", "tadori.graph", "tadori.queries",
          "tadori.dashboard", "tadori.dashboard.pages")
TOP_LEVEL_NAMES = ("ingest", "graph", "queries", "dashboard")

IMPORT_CHECK = """
import importlib, importlib.util, json, sys
layers = {layers!r}
found = {{name: importlib.import_module(name).__file__ for name in layers}}
top = [name for name in {top!r} if importlib.util.find_spec(name) is not None]
print(json.dumps({{"found": found, "top": top}}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    (path,) = out.glob("tadori-*.whl")
    return path


def test_the_wheel_holds_the_layers_under_the_tadori_namespace_only(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    packages = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert packages == {"tadori"}
    for layer in LAYERS:
        assert layer.replace(".", "/") + "/__init__.py" in names
    assert "tadori/dashboard/messages/ja.json" in names and "tadori/dashboard/assets/style.css" in names


def test_every_layer_imports_from_the_wheel_in_a_fresh_venv(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    target = venv / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    with zipfile.ZipFile(wheel) as archive:  # a wheel installs by unpacking; pip is not needed for that
        archive.extractall(target)
    # The dependencies come from the project's environment, appended after the fresh site-packages.
    dependencies = sysconfig.get_paths()["purelib"]
    code = f"import sys; sys.path.append({dependencies!r});" + IMPORT_CHECK.format(layers=LAYERS,
                                                                                     top=TOP_LEVEL_NAMES)
    result = subprocess.run([str(venv / "bin" / "python"), "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    import json

    answer = json.loads(result.stdout)
    assert answer["top"] == []
    for name, file in answer["found"].items():
        assert file.startswith(str(target)), (name, file)


def test_the_editable_install_imports_the_same_names():
    code = IMPORT_CHECK.format(layers=LAYERS, top=TOP_LEVEL_NAMES)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", timeout=120)
    assert result.returncode == 0, result.stderr
    import json

    answer = json.loads(result.stdout)
    assert answer["top"] == []
    assert Path(answer["found"]["tadori.graph"]).parent == ROOT / "graph"
