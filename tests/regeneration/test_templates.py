"""The custom templates on a tiny spec: a deprecated operation and parameter warn, response enums
keep unknown values, request enums stay strict, docstrings state the schema's facts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import spec
from .test_regenerate import _write, run

_PROBE = """
import json, typing, warnings
import httpx
from propexo_client import Client
from propexo_client.api.widgets import list_widgets
from propexo_client.models.widget import Widget
from propexo_client.models.list_widgets_colour import ListWidgetsColour

out = {}
client = Client(base_url="http://127.0.0.1:9")  # nothing listens: refused before any answer
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for legacy in (None, "x"):
        try:
            if legacy is None:
                list_widgets.sync_detailed(client=client)
            else:
                list_widgets.sync_detailed(client=client, legacy=legacy)
        except httpx.TransportError:
            pass
out["warnings"] = [str(w.message) for w in caught if w.category is DeprecationWarning]
out["kind"] = Widget.from_dict({"id": "w", "kind": "SPROCKET"}).kind
out["request_enum"] = list(typing.get_args(ListWidgetsColour))
out["doc"] = list_widgets.sync.__doc__
print(json.dumps(out))
"""


@pytest.mark.slow
def test_deprecations_enums_and_facts(tmp_path: Path) -> None:
    document = spec(
        {
            "/v1/widgets/": {
                "get": {
                    "deprecated": True,
                    "parameters": [
                        {
                            "name": "legacy",
                            "in": "query",
                            "schema": {"type": "string", "deprecated": True},
                        },
                        {
                            "name": "limit",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 1, "maximum": 250},
                        },
                        {
                            "name": "colour",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["RED", "BLUE"]},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Widget"}
                                }
                            },
                        }
                    },
                }
            }
        },
        {
            "Widget": {
                "type": "object",
                "required": ["id", "kind"],
                "properties": {
                    "id": {"type": "string"},
                    "kind": {"type": "string", "enum": ["GEAR", "BOLT"]},
                },
            }
        },
    )
    done = run("--spec", _write(tmp_path, "spec.json", document), "--dest", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "out" / "generated"))
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout)
    assert found["warnings"] == [
        "list_widgets is deprecated",
        "list_widgets is deprecated",
        "list_widgets: parameter legacy is deprecated",
    ]
    assert found["kind"] == "SPROCKET"
    assert sorted(found["request_enum"]) == ["BLUE", "RED"]
    doc = found["doc"]
    assert "Deprecated: calling it warns (DeprecationWarning)." in doc
    assert "legacy (str | Unset): Deprecated." in doc
    assert "limit (int | Unset): At least 1. At most 250." in doc
