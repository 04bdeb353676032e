"""The one module that touches openapi-python-client: every import of it, every patch of its
internals and every match on its error texts is here, behind small typed functions.

The rest of ``scripts/`` treats what these functions return (a config, a parse, its endpoints,
models and properties) as opaque values it reads attributes of, and never imports the generator,
so that a generator upgrade is checked in one place (``tests/regeneration/test_generator_adapter``
fails if another module imports it). A generator that lacks what the adapter uses raises
``ToolchainError`` (one ``error:`` line), not a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from scripts._errors import SpecError, ToolchainError

#: What a property is, as far as the scripts care: a model (class with properties), a literal enum,
#: a union or list of other properties, or anything else (a scalar, a date, ...).
Kind = Literal["model", "enum", "union", "list", "other"]

# The header of the error the generator reports for a component schema it refuses.
_REFUSED_SCHEMA = re.compile(r"Unable to process schema /components/schemas/(.+):\s*$")


def version() -> str:
    """The installed generator's version (``0.29.1``)."""
    from importlib.metadata import version as installed

    return installed("openapi-python-client")


def templates() -> Path:
    """The folder of the templates the installed generator ships (what ours patch)."""
    import openapi_python_client

    return Path(openapi_python_client.__file__).parent / "templates"


def load_config(config_path: Path, target: Path, *, reserved: Iterable[str] = ()) -> Any:
    """The generator's config from ``config_path``, writing into ``target``.

    ``reserved`` names get a trailing ``_`` as Python attributes, as keywords do (the generator
    keeps one global set of them, so they stay reserved for the rest of the process)."""
    with _toolchain("its config"):
        from openapi_python_client import strings
        from openapi_python_client.config import Config, ConfigFile, MetaType

        strings.RESERVED_WORDS.update(reserved)
        return Config.from_sources(
            config_file=ConfigFile.load_from_path(config_path),
            meta_type=MetaType.NONE,
            document_source=config_path,
            file_encoding="utf-8",
            overwrite=True,
            output_path=target,
        )


def override_classes(config: Any, names: Mapping[str, str]) -> None:
    """Make the generator name the class it would call ``derived`` ``ours``, for each pair."""
    with _toolchain("class overrides"):
        from openapi_python_client.config import ClassOverride

        for derived, ours in names.items():
            config.class_overrides[derived] = ClassOverride.model_validate({"class_name": ours})


def class_name(text: str, config: Any) -> str:
    """The class name the generator derives from ``text`` (a schema name or a path of one)."""
    with _toolchain("class names"):
        from openapi_python_client.parser.properties.schemas import Class

        return str(Class.from_string(string=text, config=config).name)


def python_identifier(text: str, prefix: str) -> str:
    """The Python name the generator gives ``text`` (snake_case, ``_`` after a keyword)."""
    with _toolchain("Python identifiers"):
        from openapi_python_client.strings import PythonIdentifier

        return str(PythonIdentifier(text, prefix=prefix))


def parse(document: dict[str, Any], config: Any) -> Any:
    """The generator's parse (``GeneratorData``) of ``document``; ``SpecError`` if it rejects the
    document as a whole."""
    with _toolchain("its parser"):
        from openapi_python_client.parser import GeneratorData

    with _sorting_in_place():
        data = GeneratorData.from_dict(document, config=config)
    if not isinstance(data, GeneratorData):
        raise SpecError(f"the generator rejected the document: {data.header} {data.detail or ''}")
    return data


def refused_schemas(data: Any) -> frozenset[str]:
    """Names of the component schemas the generator refused in the parse ``data``."""
    schemas = set()
    for error in data.errors:
        for line in (error.header or "").splitlines():
            found = _REFUSED_SCHEMA.search(line.strip())
            if found:
                schemas.add(found.group(1))
    return frozenset(schemas)


def endpoints(data: Any) -> Iterator[Any]:
    """Every endpoint of the parse ``data`` (``.name``, ``.method``, ``.path``, ``.errors``)."""
    for collection in data.endpoint_collections_by_tag.values():
        yield from collection.endpoints


def kind(prop: Any) -> Kind:
    """What the generator's property ``prop`` is (see ``Kind``)."""
    for cls, name in _property_kinds():
        if isinstance(prop, cls):
            return name
    return "other"


@functools.cache
def _property_kinds() -> tuple[tuple[type, Kind], ...]:
    with _toolchain("its property classes"):
        from openapi_python_client.parser.properties.list_property import ListProperty
        from openapi_python_client.parser.properties.literal_enum_property import (
            LiteralEnumProperty,
        )
        from openapi_python_client.parser.properties.model_property import ModelProperty
        from openapi_python_client.parser.properties.union import UnionProperty

    return (
        (ModelProperty, "model"),
        (LiteralEnumProperty, "enum"),
        (UnionProperty, "union"),
        (ListProperty, "list"),
    )


def build(
    data: Any, config: Any, template_dir: Path, template_globals: Mapping[str, Any]
) -> tuple[str, ...]:
    """Write the package for the parse ``data`` with the templates in ``template_dir`` (before the
    generator's own) and extra Jinja globals; return the generator's warnings, one line each."""
    with _toolchain("its project builder"):
        from openapi_python_client import Project

        project = Project(openapi=data, config=config, custom_template_path=template_dir)
    project.env.globals.update(template_globals)
    return tuple(_describe(error) for error in project.build())


def _describe(error: Any) -> str:
    detail = (error.detail or "").strip().splitlines()
    return f"{error.header}{': ' + detail[0] if detail else ''}"


@contextlib.contextmanager
def _toolchain(what: str) -> Iterator[None]:
    """Turn a generator that lacks what the adapter uses into one ``error:`` line."""
    try:
        yield
    except (ImportError, AttributeError, KeyError, TypeError) as error:
        raise ToolchainError(
            f"openapi-python-client {version()} does not offer {what} as the scripts use it "
            f"({type(error).__name__}: {error}); the pin is in scripts/requirements-regen.txt"
        ) from None


@contextlib.contextmanager
def _sorting_in_place() -> Iterator[None]:
    """While the generator parses, its ``Endpoint.sort_parameters`` sorts the endpoint it is
    given instead of a deep copy of it.

    The copy is two thirds of a parse of the current spec (1.2 of 1.8 s of CPU, paid on every
    parse), and it protects nothing: the pinned generator hands that function an endpoint it has
    just built and drops it for the result. The sorting stays the generator's own code."""
    with _toolchain("Endpoint.sort_parameters and the deepcopy it calls"):
        from openapi_python_client.parser import openapi

        given = vars(openapi.Endpoint)["sort_parameters"]
        copying = vars(openapi)["deepcopy"]
    module: Any = openapi  # assigned to below: a patch, not an export mypy knows of
    endpoint_class: Any = openapi.Endpoint

    def sort_in_place(*, endpoint: Any) -> Any:
        module.deepcopy = _same
        try:
            return given.__func__(endpoint=endpoint)
        finally:
            module.deepcopy = copying

    endpoint_class.sort_parameters = staticmethod(sort_in_place)
    try:
        yield
    finally:
        endpoint_class.sort_parameters = given


def _same(value: Any) -> Any:
    return value
