"""Prism mock servers for the contract test, and the tally of conforming operations."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from .schema_values import SPEC_PATH

HOST = "127.0.0.1"
DEFAULT_PRISM_BIN = SPEC_PATH.parent / ".cache" / "prism" / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT_S = 180.0
DEFAULT_SEEDS = "propexo-contract-1,propexo-contract-2"
VALIDATION_CHECK = "Prism validates"


def prism_modes() -> dict[str, tuple[str, ...]]:
    """Prism mode -> extra ``prism mock`` arguments: static, and dynamic once per seed.

    A seeded dynamic Prism returns the same body for an operation on every request, so each
    seed of ``CONTRACT_PRISM_SEEDS`` (comma-separated) is one more Prism and one more sample.
    """
    seeds = os.environ.get("CONTRACT_PRISM_SEEDS", DEFAULT_SEEDS).split(",")
    modes: dict[str, tuple[str, ...]] = {"static": ()}
    for seed in filter(None, (s.strip() for s in seeds)):
        modes[f"dynamic seed={seed}"] = ("--dynamic", "--seed", seed)
    return modes


MODES = prism_modes()


@dataclass
class Conformance:
    """Per operation and check (a Prism mode, or VALIDATION_CHECK), the problems found."""

    total: int
    collected: bool = False  # whether any operation test was collected
    results: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # (operation, mode) where Prism's own mock body broke the schema: Prism's issue, not ours.
    prism_body_violations: set[tuple[str, str]] = field(default_factory=set)

    def record(self, operation_id: str, check: str, problems: list[str]) -> None:
        self.results.setdefault(operation_id, {})[check] = problems

    def passing(self, checks: tuple[str, ...]) -> int:
        """Operations that went through every one of ``checks`` without a problem."""
        return sum(
            all(check in by_check and not by_check[check] for check in checks)
            for by_check in self.results.values()
        )


class PrismServer:
    """One ``prism mock`` process on a free port of 127.0.0.1, its output in a log file."""

    def __init__(self, binary: Path, extra_args: tuple[str, ...], log_path: Path) -> None:
        self.binary = binary
        self.extra_args = extra_args
        self.log_path = log_path
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [str(self.binary), "mock", str(SPEC_PATH), "-h", HOST, "-p", str(self.port)]
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [*command, *self.extra_args],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def wait_until_listening(self) -> None:
        """Poll until Prism answers HTTP (any status); fail with its output if it dies."""
        assert self.process is not None
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        with httpx.Client(trust_env=False, timeout=2.0) as probe:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    pytest.fail(f"Prism exited with {self.process.returncode}:\n{self.log_tail()}")
                try:
                    probe.get(self.url + "/")
                    return
                except httpx.TransportError:
                    time.sleep(0.25)
        pytest.fail(f"Prism not listening after {STARTUP_TIMEOUT_S:.0f} s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def log_tail(self, lines: int = 40) -> str:
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port
