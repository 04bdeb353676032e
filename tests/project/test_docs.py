"""The API reference's pages (docs/, built by `nox -s docs`) cover the public packages.

The build itself (mkdocs in strict mode) runs in its own session; these tests only read its
configuration and pages, so that a public package added without a page, or a page naming a
module that no longer exists, fails the fast suite too.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import propexo
import yaml

from tests.conftest import ROOT

DOCS = ROOT / "docs"
#: The generated package's entry points (its 1,700 model modules are not rendered).
GENERATED_ENTRY_POINTS = {
    "propexo_client",
    "propexo_client.client",
    "propexo_client.pagination",
    "propexo_client.errors",
}
#: Documented by its own `--help`, not as an API.
NOT_AN_API = {"propexo.cli"}


def _config() -> dict[str, object]:
    loaded: dict[str, object] = yaml.safe_load((DOCS / "mkdocs.yml").read_text(encoding="utf-8"))
    return loaded


def _rendered(page: Path) -> list[str]:
    """The objects a page renders: its `::: identifier` lines."""
    return re.findall(r"^::: *([\w.]+)", page.read_text(encoding="utf-8"), flags=re.MULTILINE)


def _reference_pages() -> list[Path]:
    return sorted((DOCS / str(_config()["docs_dir"]) / "reference").glob("*.md"))


def test_every_public_package_and_generated_entry_point_has_a_reference() -> None:
    public = {"propexo"} | {
        f"propexo.{info.name}"
        for info in pkgutil.iter_modules(propexo.__path__)
        if info.ispkg and not info.name.startswith("_")
    }
    rendered = {name for page in _reference_pages() for name in _rendered(page)}
    assert rendered == (public - NOT_AN_API) | GENERATED_ENTRY_POINTS


def test_every_rendered_module_exists_and_every_page_is_in_the_navigation() -> None:
    for page in _reference_pages():
        for name in _rendered(page):
            importlib.import_module(name)
    listed = re.findall(r"reference/[\w.]+\.md", yaml.safe_dump(_config()["nav"]))
    assert sorted(listed) == [f"reference/{page.name}" for page in _reference_pages()]


def test_the_build_is_strict_and_writes_below_build() -> None:
    config = _config()
    assert config["strict"] is True
    assert (DOCS / str(config["site_dir"])).resolve() == ROOT / "build" / "docs"
