"""The distribution says what it is: one version, the spec it was generated from, the Pythons
it supports."""

from __future__ import annotations

import ast
import hashlib
import re
import tomllib
from importlib.metadata import metadata, version

import propexo
import propexo_client

from scripts import _yaml
from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_one_version_for_both_packages_and_the_distribution() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", propexo.__version__)
    assert propexo_client.__version__ == propexo.__version__
    assert version("propexo-client") == propexo.__version__
    # Written once: hatch reads the overlay's _version.py, the generator config repeats nothing.
    assert "version" not in PYPROJECT["project"] and "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "overlays/propexo/_version.py"
    config = _yaml.loads((ROOT / "generator-config.yml").read_text(encoding="utf-8"))
    assert "package_version_override" not in config


def test_spec_version_names_the_spec_the_code_was_generated_from() -> None:
    committed = (ROOT / "openapi.yaml").read_bytes()
    digest = hashlib.sha256(committed).hexdigest()
    # The normalized file's info block (keys sorted: title, then version); no YAML parse needed.
    found = re.search(rb"^info:\n  title: .*\n  version: (.+)$", committed, flags=re.MULTILINE)
    assert found is not None
    info_version = found.group(1).decode()
    assert digest == propexo_client.SPEC_SHA256
    assert f"{info_version}+sha256.{digest}" == propexo_client.SPEC_VERSION


def test_requires_python_classifiers_and_nox_name_the_same_pythons() -> None:
    noxfile = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    (supported,) = (
        ast.literal_eval(node.value)
        for node in noxfile.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "SUPPORTED" for t in node.targets)
    )
    classified = tuple(
        c.removeprefix("Programming Language :: Python :: ")
        for c in PYPROJECT["project"]["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    )
    assert classified == supported
    assert PYPROJECT["project"]["requires-python"] == f">={supported[0]}"
    assert "Typing :: Typed" in metadata("propexo-client").get_all("Classifier", [])


def test_the_project_urls_are_real_https_addresses_not_placeholders() -> None:
    urls = PYPROJECT["project"]["urls"]

    assert urls and all(u.startswith("https://") for u in urls.values()), urls
    placeholders = r"https://([^/]+\.)?example\.(com|org|net)(/|$)"
    assert not [u for u in urls.values() if re.match(placeholders, u)], urls
