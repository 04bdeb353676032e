"""Resource classes: every generated operation as a method, grouped as ``propexo_client.api`` is.

After the generator has written the package, this module reads each operation module's ``sync``
and ``asyncio`` functions (their parameters, annotations, defaults and docstring, with ``ast``) and
writes ``propexo_client/resources/<group>.py``: ``ResidentsResource.get(id)`` calls
``get_resident.sync(id, client=...)`` and is annotated exactly as that function is, so whatever the
endpoint templates make of names and return types, the methods follow. A list operation (``list_*``
with ``offset``/``limit`` and ``results`` in its answer) becomes a method that returns a lazy pager
over every item instead; the item type is read from the answer model's ``results`` annotation.

``resources/__init__.py`` holds the mixins the overlay's clients inherit (``client.residents``, one
lazily imported module per group, so importing the package stays cheap), and ``pagination.py`` is
copied in from ``scripts/static/``. Method names drop the group's noun after the verb
(``list_residents`` -> ``residents.list``, ``batch_create_resident_charges_rentmanager`` ->
``resident_charges.batch_create_rentmanager``); two operations that would share a name keep their
full names.
"""

from __future__ import annotations

import ast
import functools
import keyword
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from scripts._names import module_name, singular
from scripts._normalize import operations

STATIC = Path(__file__).parent / "static"
#: The overlay's clients, whose own attributes a group must not replace (see ``client_names``).
CLIENT = Path(__file__).resolve().parents[1] / "overlays" / "propexo" / "_client.py"
#: Words that may stand before the group's noun in an operation name (the verb).
VERB_WORDS = frozenset(
    {"list", "get", "create", "update", "delete", "batch", "query", "assign", "cancel", "check"}
)
PAGING_PARAMETERS = frozenset({"offset", "limit"})
#: Per-call options every method takes (documented in ``static/raw.py``), as written there.
OPTIONS = (
    "extra_headers: Mapping[str, str] | None = None",
    "extra_query: Mapping[str, str] | None = None",
    "timeout: httpx.Timeout | float | None = None",
    "max_retries: int | None = None",
)
OPTION_PARAMETERS = frozenset(option.split(":")[0] for option in OPTIONS)
#: The call that makes the client of one call from the options.
OPTIONS_CLIENT = (
    "        client = options_client(self._client, timeout=timeout, max_retries=max_retries, "
    "extra_headers=extra_headers, extra_query=extra_query)"
)


class ResourceError(ValueError):
    """An operation module cannot be turned into a method (names the operation)."""


@attrs.frozen
class _Import:
    module: str  # as written after the dots
    level: int
    name: str | None  # None for ``import module``
    asname: str | None

    def render(self) -> str:
        alias = f" as {self.asname}" if self.asname else ""
        if self.name is None:
            return f"import {self.module}{alias}"
        dots = "." * self.level
        return f"from {dots}{self.module} import {self.name}{alias}"

    @property
    def bound(self) -> str:
        if self.asname:
            return self.asname
        return self.name if self.name is not None else self.module.split(".")[0]


@attrs.frozen
class _Method:
    name: str
    operation: str
    module: str  # the operation module, relative to the package: api.residents.list_residents
    positional: tuple[str, ...]  # "id: str"
    keywords: tuple[str, ...]  # "limit: int | None | Unset = 100"
    call_positional: tuple[str, ...]
    call_keywords: tuple[str, ...]
    returns: str
    async_returns: str
    doc: str
    page_item: str | None  # the item type of a list operation, else None
    max_page_size: int
    #: The raw method's keywords and call: every parameter, paging ones too (one page).
    raw_keywords: tuple[str, ...]
    raw_call_keywords: tuple[str, ...]


def _imports(tree: ast.Module, depth: int) -> list[_Import]:
    """Module-level imports of a generated module ``depth`` deep (``api/g/op.py`` is 3 deep,
    counting the package), rewritten as seen from ``resources/x.py`` (2 deep)."""
    found: list[_Import] = []
    for node in _top_level(tree.body):
        if isinstance(node, ast.ImportFrom):
            level = node.level
            if level:
                level = level - depth + 2
                if level < 1:
                    raise ResourceError(f"relative import above the package: {ast.unparse(node)}")
            for alias in node.names:
                found.append(_Import(node.module or "", level, alias.name, alias.asname))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found.append(_Import(alias.name, 0, None, alias.asname))
    return found


def _top_level(body: list[ast.stmt]) -> Iterable[ast.stmt]:
    for node in body:
        if isinstance(node, ast.If):  # if TYPE_CHECKING:
            yield from node.body
        else:
            yield node


def _names_in(node: ast.AST | None) -> set[str]:
    if node is None:
        return set()
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


class _Builtins(ast.NodeTransformer):
    """``list[X]`` -> ``builtins.list[X]`` where a method of the class is named ``list``."""

    def __init__(self, shadowed: frozenset[str]) -> None:
        self.shadowed = shadowed

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.shadowed:
            return ast.copy_location(
                ast.Attribute(value=ast.Name("builtins", ast.Load()), attr=node.id, ctx=node.ctx),
                node,
            )
        return node


_Def = ast.FunctionDef | ast.AsyncFunctionDef


def _function(tree: ast.Module, name: str) -> _Def | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
            return node
    return None


def method_names(group: str, operation_ids: Iterable[str]) -> dict[str, str]:
    """operationId -> method name within the group (the group's noun after the verb dropped)."""
    nouns = [group.replace("-", "_").split("_"), singular(group).split("_")]
    wanted: dict[str, str] = {}
    for op in operation_ids:
        words = op.split("_")
        name = op
        for noun in nouns:
            at = next(
                (
                    i
                    for i in range(1, len(words) - len(noun) + 1)
                    if words[i : i + len(noun)] == noun and set(words[:i]) <= VERB_WORDS
                ),
                None,
            )
            if at is not None:
                name = "_".join(words[:at] + words[at + len(noun) :])
                break
        if not name.isidentifier() or keyword.iskeyword(name):
            name = op
        wanted[op] = name
    counts: dict[str, int] = {}
    for name in wanted.values():
        counts[name] = counts.get(name, 0) + 1
    names = {op: (name if counts[name] == 1 else op) for op, name in wanted.items()}
    if len(set(names.values())) != len(names):
        raise ResourceError(f"group {group}: two operations would share a method name")
    return names


def _python_group(group: str) -> str:
    """The group's module: ``propexo_client.api.<it>`` as the generator names it, and
    ``resources/<it>.py``."""
    return module_name(group, prefix="tag")


def _attribute(group: str) -> str:
    """The group's attribute on the overlay's clients: its module name, with a trailing ``_``
    where the client already has an attribute of that name (``settings_``, ``api_``)."""
    name = _python_group(group)
    return f"{name}_" if name in client_names() else name


@functools.cache
def client_names(source: Path = CLIENT) -> frozenset[str]:
    """Every attribute the overlay's clients define themselves (methods, properties, fields,
    ``self.x = ...``), read from ``source``: the classes that inherit the generated mixins and
    their bases there. A group of one of these names would replace it on the client."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}

    def bases(node: ast.ClassDef) -> set[str]:
        return {b.id for b in node.bases if isinstance(b, ast.Name)}

    wanted = [c for c in classes.values() if bases(c) & {"Resources", "AsyncResources"}]
    if not wanted:
        raise ResourceError(f"{source}: no client class inherits Resources or AsyncResources")
    names: set[str] = set()
    while wanted:
        cls = wanted.pop()
        wanted += [classes[b] for b in bases(cls) if b in classes]
        names |= _attributes(cls)
    return frozenset(names)


def _attributes(cls: ast.ClassDef) -> set[str]:
    """The attributes one class defines: its methods and class-level names, and what its
    methods assign to ``self.x``."""
    names: set[str] = set()
    for node in ast.walk(cls):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node in cls.body:
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign | ast.Assign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and node in cls.body:
                    names.add(target.id)
                elif (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                ):
                    names.add(target.attr)
    return names


def _class_name(group: str) -> str:
    return "".join(word.capitalize() for word in _python_group(group).split("_")) + "Resource"


def _paged(operation: dict[str, Any], document: dict[str, Any]) -> int | None:
    """The page-size maximum of a list operation, or None when the operation is not one."""
    if not str(operation.get("operationId", "")).startswith("list_"):
        return None
    params = {p.get("name"): p for p in operation.get("parameters") or [] if isinstance(p, dict)}
    if not set(params) >= PAGING_PARAMETERS or not _answers_a_list(operation, document):
        return None
    maximum = (params["limit"].get("schema") or {}).get("maximum")
    return maximum if isinstance(maximum, int) and maximum >= 1 else 250


def _answers_a_list(operation: dict[str, Any], document: dict[str, Any]) -> bool:
    """Whether the operation's answer holds its items as a ``results`` array
    (list_integration_rate_limits answers one object)."""
    answer = (operation.get("responses") or {}).get("200") or {}
    schema = ((answer.get("content") or {}).get("application/json") or {}).get("schema") or {}
    results = (_resolved(schema, document).get("properties") or {}).get("results") or {}
    kind = _resolved(results, document).get("type")
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def _resolved(schema: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """The component schema ``schema`` refers to, or ``schema`` itself."""
    ref = schema.get("$ref")
    if not isinstance(ref, str):
        return schema
    found: dict[str, Any] = (
        document.get("components", {}).get("schemas", {}).get(ref.split("/")[-1], {})
    )
    return found


def _page_item(
    operation: str, returns: ast.expr | None, imports: dict[str, _Import], package: Path
) -> tuple[str, list[_Import]]:
    """The item type of a list operation's ``results``, read from its answer model's module."""
    for name in sorted(_names_in(returns)):
        source = imports.get(name)
        if source is None or source.name is None or not source.module.startswith("models."):
            continue
        path = package / Path(*source.module.split(".")).with_suffix(".py")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for model in (n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name):
            found = _results_list(model)
            if found is not None:
                model_imports = {i.bound: i for i in _imports(tree, 2)}
                needed = [model_imports[n] for n in _names_in(found.slice) if n in model_imports]
                return ast.unparse(found.slice), needed
    raise ResourceError(f"{operation}: no results list found in its answer model")


def _results_list(model: ast.ClassDef) -> ast.Subscript | None:
    """The ``list[...]`` in the annotation of a model class's ``results`` attribute."""
    for statement in model.body:
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and statement.target.id == "results"
        ):
            for sub in ast.walk(statement.annotation):
                if (
                    isinstance(sub, ast.Subscript)
                    and isinstance(sub.value, ast.Name)
                    and sub.value.id == "list"
                ):
                    return sub
    return None


def _method(
    group_module: str,
    operation: str,
    name: str,
    max_page_size: int | None,
    package: Path,
    runtime: list[_Import],
    typing_only: list[_Import],
) -> _Method:
    path = package / "api" / group_module / f"{operation}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imports = _imports(tree, 3)
    by_name = {i.bound: i for i in imports}
    sync, asyn = _entry_points(tree, f"{operation}: no sync/asyncio function in {path.name}")
    positional = sync.args.posonlyargs + sync.args.args
    keywords = _keywords(operation, sync.args)
    # A list method's pager sends offset and limit itself; the raw method takes them.
    own = [(a, d) for a, d in keywords if max_page_size is None or a.arg not in PAGING_PARAMETERS]
    # A default (``= UNSET``) is evaluated when the method is defined: its import is a runtime one.
    defaults_used = set().union(*(_names_in(default) for _, default in keywords))
    runtime.extend(by_name[n] for n in sorted(defaults_used & by_name.keys()))
    typing_only.extend(imports)
    page_item: str | None = None
    if max_page_size is not None:
        page_item, needed = _page_item(operation, sync.returns, by_name, package)
        typing_only.extend(needed)
    return _Method(
        name=name,
        operation=operation,
        module=f"api.{group_module}.{operation}",
        positional=tuple(map(_declared, positional)),
        keywords=tuple(_declared(arg, default) for arg, default in own),
        call_positional=tuple(arg.arg for arg in positional),
        call_keywords=("client=client", *(f"{arg.arg}={arg.arg}" for arg, _ in own)),
        returns=_returns(sync),
        async_returns=_returns(asyn),
        doc=ast.get_docstring(sync) or operation,
        page_item=page_item,
        max_page_size=max_page_size or 0,
        raw_keywords=tuple(_declared(arg, default) for arg, default in keywords),
        raw_call_keywords=tuple(
            f"{a.arg}={a.arg}" for a in [*positional, *(arg for arg, _ in keywords)]
        ),
    )


def _entry_points(tree: ast.Module, missing: str) -> tuple[_Def, _Def]:
    """An operation module's ``sync`` and ``asyncio`` functions (the ``_detailed`` ones where
    the module has no plain ones); ``missing`` is the error when it has neither."""
    sync = _function(tree, "sync") or _function(tree, "sync_detailed")
    asyn = _function(tree, "asyncio") or _function(tree, "asyncio_detailed")
    if sync is None or asyn is None:
        raise ResourceError(missing)
    return sync, asyn


def _returns(function: _Def) -> str:
    return ast.unparse(function.returns) if function.returns else "Any"


def _keywords(operation: str, args: ast.arguments) -> list[tuple[ast.arg, ast.expr | None]]:
    """The keyword-only parameters of an operation's ``sync`` with their defaults, but
    ``client`` (the method passes its own)."""
    found = []
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        if arg.arg in OPTION_PARAMETERS:
            raise ResourceError(f"{operation}: parameter {arg.arg} is a per-call option's name")
        if arg.arg != "client":
            found.append((arg, default))
    if args.vararg or args.kwarg:
        raise ResourceError(f"{operation}: *args/**kwargs in sync() are not supported")
    return found


def _declared(arg: ast.arg, default: ast.expr | None = None) -> str:
    """A parameter as declared: ``limit: int | None | Unset = 100``."""
    text = f"{arg.arg}: {ast.unparse(arg.annotation)}" if arg.annotation else arg.arg
    return text if default is None else f"{text} = {ast.unparse(default)}"


@functools.cache
def _shadow(text: str, shadowed: frozenset[str]) -> str:
    """Rewrite names that the class's own methods shadow (``list``) in an annotation (each
    annotation once: a few hundred distinct ones stand in thousands of parameters)."""
    if not shadowed or not text:
        return text
    tree = ast.parse(text, mode="eval")
    return ast.unparse(_Builtins(shadowed).visit(tree))


def _parameter(text: str, shadowed: frozenset[str]) -> str:
    name, _, rest = text.partition(": ")
    if not rest:
        return text
    annotation, eq, default = rest.partition(" = ")
    return f"{name}: {_shadow(annotation, shadowed)}{eq}{default}"


def _docstring(text: str, indent: str) -> str:
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = text.strip().splitlines()
    body = "\n".join((indent + line) if line.strip() else "" for line in lines[1:]).strip("\n")
    return f'{indent}"""{lines[0]}\n' + (f"\n{body}\n" if body.strip() else "") + f'{indent}"""\n'


def _sections(doc: str) -> dict[str, list[list[str]]]:
    """A Google-style docstring's sections (``Args``, ``Raises``, ...), each a list of
    entries, each entry its first line and the continuation lines under it, as written."""
    sections: dict[str, list[list[str]]] = {}
    entries: list[list[str]] | None = None
    for line in doc.splitlines():
        if line and not line[0].isspace() and line.rstrip().endswith(":"):
            entries = sections.setdefault(line.rstrip()[:-1], [])
        elif entries is not None and line.startswith("    ") and not line.startswith("     "):
            entries.append([line])
        elif entries is not None and entries and line.startswith("     "):
            entries[-1].append(line)
        elif not line.strip():
            continue
        else:
            entries = None
    return sections


def _list_doc(method: _Method) -> str:
    """The pager method's docstring: the operation's summary, its arguments but the paging
    ones (each with all its lines), the pager's own, and what can be raised and when."""
    lines = method.doc.splitlines()
    summary = lines[0] if lines else method.operation
    sections = _sections(method.doc)
    args = [
        entry
        for entry in sections.get("Args", [])
        if entry[0].strip().split(" ")[0] not in PAGING_PARAMETERS
    ]
    raises = sections.get("Raises", [])
    out = [
        summary,
        "",
        f"Every item, fetched page by page as iteration needs them ({method.operation},",
        f"page_size 1..{method.max_page_size} items a request, at most max_pages pages).",
        "",
        "Args:",
        *[line for entry in args for line in entry],
        f"    page_size (int): items per request, 1..{method.max_page_size}.",
        "    max_pages (int): pages one walk may fetch before it raises ResponseValidationError.",
        "",
        "Raises:",
        "    ValueError: page_size or max_pages out of range (at once, before any request).",
        *[line for entry in raises for line in entry],
        "    propexo_client.errors.ResponseValidationError: The pages cannot be walked to the end",
        "        (a server going in circles, more than max_pages pages).",
        "",
        "The errors other than ValueError are raised while iterating, by the request that meets",
        "them.",
    ]
    return "\n".join(out)


#: Builtins a method may be named after; annotations in its class then say ``builtins.list``.
_SHADOWABLE = frozenset({"list", "dict", "set", "type", "str", "int", "float"})


def _shadowed(methods: list[_Method]) -> frozenset[str]:
    return _SHADOWABLE.intersection(m.name for m in methods)


def _class_head(class_name: str, *doc: str) -> list[str]:
    """A resource class's first lines: its docstring, and the client its methods call with."""
    return [
        f"class {class_name}:",
        *doc,
        "",
        '    __slots__ = ("_client",)',
        "",
        "    def __init__(self, client: AuthenticatedClient) -> None:",
        "        self._client = client",
        "",
    ]


def _render_class(methods: list[_Method], class_name: str, asynchronous: bool) -> str:
    shadowed = _shadowed(methods)
    pager = "AsyncPager" if asynchronous else "SyncPager"
    flavour = "asyncio" if asynchronous else "sync"
    out = [
        *_class_head(
            class_name,
            f'    """The ``{methods[0].module.split(".")[1]}`` operations ({flavour}): each method',
            f'    calls the operation module\'s ``{flavour}`` function with this client."""',
        ),
        "    @property",
        f"    def with_raw_response(self) -> {class_name}WithRawResponse:",
        '        """The same methods, each returning the raw answer (`APIResponse`)."""',
        f"        return {class_name}WithRawResponse(self._client)",
        "",
    ]
    for m in methods:
        params = ["self", *(_parameter(p, shadowed) for p in m.positional)]
        keywords = [_parameter(k, shadowed) for k in m.keywords]
        if m.page_item is not None:
            keywords += [
                f"page_size: int = {m.max_page_size}",
                "max_pages: int = DEFAULT_MAX_PAGES",
            ]
        params += ["*", *keywords, *OPTIONS]
        call = ", ".join([*m.call_positional, *m.call_keywords])
        importer = (
            f"        from ..{m.module.rpartition('.')[0]} import {m.operation} as _operation"
        )
        if m.page_item is not None:
            item = _shadow(m.page_item, shadowed)
            out.append(f"    def {m.name}({', '.join(params)}) -> {pager}[{item}]:")
            out.append(_docstring(_list_doc(m), "        ").rstrip("\n"))
            out.append(importer)
            out.append(OPTIONS_CLIENT)
            function = "asyncio" if asynchronous else "sync"
            paged_call = ", ".join(
                [*m.call_positional, *m.call_keywords, "offset=offset", "limit=limit"]
            )
            out += [
                f"        return {pager}(  # the item type comes from the return annotation",
                f"            lambda offset, limit: _operation.{function}({paged_call}),",
                f'            operation="{m.operation}",',
                "            page_size=page_size,",
                f"            max_page_size={m.max_page_size},",
                "            max_pages=max_pages,",
                "        )",
                "",
            ]
        else:
            returns = _shadow(m.async_returns if asynchronous else m.returns, shadowed)
            definition, result = (
                ("async def", f"await _operation.asyncio({call})")
                if asynchronous
                else ("def", f"_operation.sync({call})")
            )
            out += [
                f"    {definition} {m.name}({', '.join(params)}) -> {returns}:",
                _docstring(m.doc, "        ").rstrip("\n"),
                importer,
                OPTIONS_CLIENT,
                f"        return {result}",
                "",
            ]
    return "\n".join(out) + "\n\n" + _render_raw_class(methods, class_name, asynchronous)


def _render_raw_class(methods: list[_Method], class_name: str, asynchronous: bool) -> str:
    """The ``with_raw_response`` twin of a resource class: each method sends the operation's
    request (one page for a list operation: ``offset``/``limit`` are its own) and returns the
    `APIResponse`, whose ``parse()`` is the operation's own parser."""
    shadowed = _shadowed(methods)
    out = _class_head(
        f"{class_name}WithRawResponse",
        f'    """`{class_name}` methods returning the raw answer (one page for a list)."""',
    )
    for m in methods:
        params = ["self", *(_parameter(p, shadowed) for p in m.positional)]
        params += ["*", *(_parameter(k, shadowed) for k in m.raw_keywords), *OPTIONS]
        model = _shadow(m.async_returns if asynchronous else m.returns, shadowed)
        summary = (m.doc.splitlines() or [m.operation])[0].replace("\\", "").replace('"', "'")
        definition = "async def" if asynchronous else "def"
        sender = "await asend" if asynchronous else "send"
        out += [
            f"    {definition} {m.name}({', '.join(params)}) -> APIResponse[{model}]:",
            f'        """{summary} ({m.operation}): the raw answer; ``.parse()``: the model."""',
            f"        from ..{m.module.rpartition('.')[0]} import {m.operation} as _operation",
            "",
            OPTIONS_CLIENT,
            f"        kwargs = _operation._get_kwargs({', '.join(m.raw_call_keywords)})",
            f'        return {sender}(client, "{m.operation}", kwargs, _operation._parse_success)',
            "",
        ]
    return "\n".join(out)


def _render_group(
    group: str, methods: list[_Method], runtime: list[_Import], typing_only: list[_Import]
) -> str:
    class_name = _class_name(group)
    shadowed = _shadowed(methods)
    runtime_lines = sorted({i.render() for i in runtime})
    typing_lines = sorted({i.render() for i in typing_only} - set(runtime_lines))
    if shadowed:
        typing_lines.append("import builtins")
    head = [
        f'"""The ``{_python_group(group)}`` operations as methods: `{class_name}` (sync) and',
        f'`Async{class_name}` (asyncio). Generated by scripts/_resources.py; do not edit."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from ..pagination import DEFAULT_MAX_PAGES, AsyncPager, SyncPager",
        "from ..raw import APIResponse, asend, options_client, send",
        *runtime_lines,
        "",
        "if TYPE_CHECKING:",
        "    from collections.abc import Mapping",
        "",
        "    import httpx",
        "",
        "    from ..client import AuthenticatedClient",
        *(f"    {line}" for line in typing_lines),
        "",
        "",
    ]
    return "\n".join(
        [
            *head,
            _render_class(methods, class_name, asynchronous=False),
            "",
            _render_class(methods, f"Async{class_name}", asynchronous=True),
        ]
    )


def _render_mixins(groups: list[str]) -> str:
    out = [
        '"""The operations grouped as ``propexo_client.api`` is, as attributes of a client:',
        "``client.residents.list()``. Each group's module is imported on first use.",
        "",
        "Generated by scripts/_resources.py; do not edit.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        "    from ..client import AuthenticatedClient",
    ]
    for group in groups:
        module, name = _python_group(group), _class_name(group)
        out.append(f"    from .{module} import Async{name}, {name}")
    for flavour in ("", "Async"):
        out += [
            "",
            "",
            f"class {flavour}Resources:",
            f'    """Every operation group as a{"n asyncio" if flavour else ""} resource of'
            ' the client\'s ``api``."""',
            "",
            "    api: AuthenticatedClient",
        ]
        for group in groups:
            module, name = _python_group(group), f"{flavour}{_class_name(group)}"
            out += [
                "",
                "    @cached_property",
                f"    def {_attribute(group)}(self) -> {name}:",
                f"        from .{module} import {name}",
                "",
                f"        return {name}(self.api)",
            ]
    return "\n".join(out) + "\n"


def write(document: dict[str, Any], package: Path) -> int:
    """Write ``resources/``, ``pagination.py`` and ``raw.py`` into the generated ``package``;
    returns the number of methods written (one per operation)."""
    shutil.copyfile(STATIC / "pagination.py", package / "pagination.py")
    shutil.copyfile(STATIC / "raw.py", package / "raw.py")
    by_group: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for _method_name, _path, operation in operations(document):
        # The generator files an operation under its first tag ("default" without one); the
        # normalizer sets that tag to the path's group.
        group = (operation.get("tags") or ["default"])[0]
        # The operation's module, as the generator names it (``import_`` for ``import``).
        by_group.setdefault(group, []).append((module_name(operation["operationId"]), operation))
    target = package / "resources"
    target.mkdir(exist_ok=True)
    count = 0
    groups = sorted(by_group, key=_python_group)
    for group in groups:
        entries = sorted(by_group[group], key=lambda entry: entry[0])
        names = method_names(group, [op for op, _ in entries])
        runtime: list[_Import] = []
        typing_only: list[_Import] = []
        methods = [
            _method(
                _python_group(group),
                op,
                names[op],
                _paged(operation, document),
                package,
                runtime,
                typing_only,
            )
            for op, operation in entries
        ]
        text = _render_group(group, methods, runtime, typing_only)
        (target / f"{_python_group(group)}.py").write_text(text + "\n", encoding="utf-8")
        count += len(methods)
    (target / "__init__.py").write_text(_render_mixins(groups), encoding="utf-8")
    return count
