"""Model names on tiny specs: by operation and resource, and a collision fails by name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts import _generate
from scripts._model_names import KnownNames, ModelNameError

from .conftest import spec

# They run the real generator (the pinned toolchain of `nox -s tests_slow`).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _list() -> dict[str, Any]:
    return {
        "get": {
            "operationId": "list_widgets",
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/_v1_widgets__get_output"}
                        }
                    },
                }
            },
        }
    }


def _document(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    schemas: dict[str, Any] = {
        "_v1_widgets__get_output": {
            "type": "object",
            "required": ["results"],
            "properties": {
                "results": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["id"],
                        "properties": {
                            "id": {"type": "string"},
                            "phone_1_type": {"type": "string", "enum": ["HOME", "WORK"]},
                        },
                    },
                }
            },
        },
        **(extra or {}),
    }
    return spec({"/v1/widgets/": _list()}, schemas)


def _models(tmp_path: Path, document: dict[str, Any]) -> set[str]:
    result = _generate.generate(document, ROOT / "generator-config.yml", tmp_path)
    assert not result.missing
    folder = tmp_path / _generate.PACKAGE / "models"
    return {p.stem for p in folder.glob("*.py")}


def test_names_come_from_the_operation_and_the_resource(tmp_path: Path) -> None:
    found = _models(tmp_path, _document())
    assert {"list_widgets_response", "widget", "phone_type"} <= found
    assert not any(name.startswith("v1_") for name in found)


def test_a_collision_fails_naming_both_schemas(tmp_path: Path) -> None:
    taken = {"Widget": {"type": "object", "properties": {"name": {"type": "string"}}}}
    with pytest.raises(ModelNameError, match=r"'Widget'.*V1WidgetsGetOutputResultsItem"):
        _generate.generate(_document(taken), ROOT / "generator-config.yml", tmp_path)


def test_a_resource_answered_by_list_and_get_is_one_class_and_old_names_alias_it(
    tmp_path: Path,
) -> None:
    item = _document()["components"]["schemas"]["_v1_widgets__get_output"]["properties"]
    get = {
        "get": {
            "operationId": "get_widget",
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/_v1_widgets_{id}_get_output"}
                        }
                    },
                }
            },
        }
    }
    document = _document(
        {
            "_v1_widgets_{id}_get_output": {
                "type": "object",
                "required": ["results"],
                "properties": {"results": item["results"]["items"]},
            }
        }
    )
    document["paths"]["/v1/widgets/{id}"] = get
    found = _models(tmp_path, document)
    assert "widget" in found
    assert not any("response_results" in name for name in found)
    models = (tmp_path / _generate.PACKAGE / "models" / "__init__.py").read_text()
    assert '"GetWidgetResponseResults": "Widget",' in models
    assert '"V1WidgetsIdGetOutputResults": "Widget",' in models
    answer = (tmp_path / _generate.PACKAGE / "models" / "get_widget_response.py").read_text()
    assert "results: Widget" in answer


def test_a_class_a_release_renames_keeps_its_old_name_deprecated(tmp_path: Path) -> None:
    previous = KnownNames(places={"V1WidgetsGetOutputResultsItem": "Gadget"}, deprecated={})
    result = _generate.generate(
        _document(), ROOT / "generator-config.yml", tmp_path, previous_names=previous
    )
    assert result.renamed == {"Gadget": "Widget"}
    assert result.names is not None and result.names.deprecated == {"Gadget": "Widget"}
    code = (
        "import warnings\n"
        "from propexo_client import models\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    assert models.Gadget is models.Widget\n"
        "    assert models.V1WidgetsGetOutputResultsItem is models.Widget\n"
        "print([str(w.message) for w in caught if w.category is DeprecationWarning])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "propexo_client.models.Gadget is deprecated" in done.stdout
    assert done.stdout.count("deprecated") == 1  # the path-derived alias does not warn
