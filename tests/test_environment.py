"""The install stays lean, the conda environment names the same pins, and the package's modules
define each top-level name once."""

import ast
import importlib.util
import re
import tomllib
from collections import Counter

from analysis.config import PROJ_ROOT


def _lock() -> dict[str, str]:
    pins = {}
    for line in (PROJ_ROOT / "requirements.lock").read_text().splitlines():
        if "==" in line:
            name, version = line.strip().split("==")
            pins[name.lower().replace("_", "-")] = version
    return pins


def test_environment_yml_agrees_with_the_pins():
    lock = _lock()
    pyproject = tomllib.loads((PROJ_ROOT / "pyproject.toml").read_text())
    declared = list(pyproject["project"]["dependencies"])
    for extra in pyproject["project"]["optional-dependencies"].values():
        declared += extra
    env = (PROJ_ROOT / "environment.yml").read_text()
    env_pins = dict(re.findall(r"^\s*-\s*([A-Za-z0-9_.\-]+)==([^\s]+)\s*$", env, re.MULTILINE))
    # installed after `conda env create`, without its dependencies (stanza, torch): named in a comment
    env_pins.update(re.findall(r"^#\s+pip install --no-deps ([A-Za-z0-9_.\-]+)==([^\s]+)\s*$", env, re.MULTILINE))
    assert "ukrainian-word-stress" not in re.findall(r"^\s*-\s*([A-Za-z0-9_.\-]+)==", env, re.MULTILINE)
    env_pins = {k.lower().replace("_", "-"): v for k, v in env_pins.items()}
    for requirement in declared:
        name, version = requirement.split("==")
        key = name.lower().replace("_", "-")
        assert lock.get(key) == version, f"{name}: pyproject {version} vs lock {lock.get(key)}"
        assert env_pins.get(key) == version, f"{name}: pyproject {version} vs environment.yml {env_pins.get(key)}"


def test_no_torch_or_stanza_installed():
    assert importlib.util.find_spec("torch") is None
    assert importlib.util.find_spec("stanza") is None
    assert "stanza" not in _lock() and "torch" not in _lock()


def test_jupyterlab_has_the_ukrainian_language_pack_for_make_lab():
    from importlib.metadata import entry_points

    packs = {entry.name for entry in entry_points(group="jupyterlab.languagepack")}
    assert "uk_UA" in packs
    makefile = (PROJ_ROOT / "Makefile").read_text()
    assert '"locale": "uk_UA"' in makefile and "notebooks/01-explore-corpus.ipynb" in makefile


def test_each_module_defines_a_top_level_name_once():
    # a second definition silently replaces the first for every caller, even above it
    package = PROJ_ROOT / "analysis"
    twice = {}
    for path in sorted(package.glob("*.py")):
        names = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper())
        repeated = sorted(name for name, count in names.items() if count > 1)
        if repeated:
            twice[path.name] = repeated
    assert not twice, twice
