# pyright: strict
"""A downstream billing service: post a month's rent for every resident of a Rent Manager location.

    PROPEXO_API_TOKEN=... PROPEXO_BASE_URL=sandbox \\
        python examples/billing_service.py --integration-id int-rm-1 --location-id LOC \\
        --amount-in-cents 125000 --month 2026-12

It lists the location's residents (every page), plans one rent charge per resident (validated,
split by location, nothing sent), submits the plan through a journal, waits for Propexo's write
jobs and prints what became of the charges. Safe to run again: a retried cron job, a redeploy or
a run killed halfway resumes from its journal (one file per integration, location and month in
`--journal-dir`, default the working directory) and never posts a charge twice; a charge whose
request may have reached Propexo before a crash is looked for at Propexo (reconciled), never
sent blindly. Error answers are handled by type: a refused token (401) and a refused request
(400) each get their own message and exit code; a stop signal (SIGTERM, SIGHUP, Ctrl-C) ends the
run as `propexo.stop_on_signals` describes, with exit code 128 + its number. Checked by `mypy
--strict` and pyright in CI (`nox -s typecheck`) and run against the fake Propexo in
tests/project/test_example.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs
from propexo import (
    AuthenticationError,
    BadRequestError,
    Charge,
    DateWindow,
    Interrupted,
    JobTracker,
    JournaledSubmission,
    JournalError,
    PropexoClient,
    PropexoError,
    SubmissionResult,
    plan_charges,
    stop_on_signals,
    submit_plan,
)

EXIT_OK = 0
EXIT_NOT_ALL_POSTED = 1
EXIT_TOKEN_REFUSED = 2
EXIT_REQUEST_REFUSED = 3
EXIT_NEEDS_A_PERSON = 4  # charges in doubt after reconciling, or a journal refused


@attrs.frozen
class BillingRun:
    """What one run did: residents found, charges planned, each row's fate, and the rows whose
    request may or may not have reached Propexo (to check before anything is sent again)."""

    residents: int
    planned: int
    fates: dict[str, int]
    in_doubt: int = 0

    @property
    def all_posted(self) -> bool:
        return set(self.fates) <= {"landed"} and not self.in_doubt


def residents_of(client: PropexoClient, integration_id: str, location_id: str) -> list[str]:
    """Every resident id of the location; the pager fetches page after page as needed."""
    pager = client.residents.list(integration_id=integration_id, location_id=location_id)
    return [resident.id for resident in pager]


def monthly_rent(
    resident_ids: Iterable[str],
    *,
    month: dt.date,
    amount_in_cents: int,
    charge_code_id: str,
    location_id: str,
) -> list[Charge]:
    """One rent charge per resident, dated the first of the month. The location is known, so
    it is given (`location_id`): planning then asks the API for nothing more."""
    first = dt.datetime(month.year, month.month, 1, tzinfo=dt.UTC)
    return [
        Charge(
            resident_id=resident_id,
            charge_code_id=charge_code_id,
            transaction_date=first,
            notes=f"Rent {month:%B %Y}",
            amount_in_cents=amount_in_cents,
            reference_number=f"rent-{month:%Y-%m}-{resident_id}",
            location_id=location_id,
        )
        for resident_id in resident_ids
    ]


def journal_path(journal_dir: Path, integration_id: str, location_id: str, month: dt.date) -> Path:
    """One journal per integration, location and month: the same run finds the same file."""
    return journal_dir / f"rent-{integration_id}-{location_id}-{month:%Y-%m}.journal.sqlite"


def _reconciled(client: PropexoClient, result: SubmissionResult) -> SubmissionResult:
    """Look for the chunks in doubt at Propexo (its write logs, then the synced charges):
    the ones found become accepted. Nothing is sent."""
    if not result.in_doubt or result.journal is None:
        return result
    with JournaledSubmission.resume(result.journal) as run:
        run.reconcile(client)
        return run.result()


def bill_location(
    client: PropexoClient,
    *,
    integration_id: str,
    location_id: str,
    month: dt.date,
    amount_in_cents: int,
    journal_dir: Path,
    charge_code_id: str = "rent",
    resend_unknown: bool = False,
    wait_timeout: float = 600.0,
    today: dt.date | None = None,
) -> BillingRun:
    """List, plan, submit through the journal, reconcile what is in doubt, wait. Raises the
    client's errors; `main` maps them to exit codes.

    A charge dated too far from `today` (default: the real today, UTC) is refused as a typo:
    5 years before to 1 year after (`DateWindow.around`). Tests pass a fixed `today`, so that
    they do not start failing once the month they bill is 5 years old."""
    residents = residents_of(client, integration_id, location_id)
    charges = monthly_rent(
        residents,
        month=month,
        amount_in_cents=amount_in_cents,
        charge_code_id=charge_code_id,
        location_id=location_id,
    )
    plan = plan_charges(
        charges,
        integration_id=integration_id,
        client=client,
        transaction_dates=DateWindow.around(today),
    )
    journal_dir.mkdir(parents=True, exist_ok=True)
    journal = journal_path(journal_dir, integration_id, location_id, month)
    submitted = submit_plan(client, plan, journal=journal, resend_unknown=resend_unknown)
    submitted = _reconciled(client, submitted)
    status = JobTracker(client).wait_submission(submitted, timeout=wait_timeout)
    fates = {str(fate.value): count for fate, count in status.counts().items()}
    doubtful = sum(len(c.rows) for c in submitted.in_doubt)
    return BillingRun(len(residents), plan.charge_count, fates, doubtful)


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--integration-id", required=True)
    parser.add_argument("--location-id", required=True)
    parser.add_argument("--amount-in-cents", type=int, required=True)
    parser.add_argument("--month", required=True, help="YYYY-MM")
    parser.add_argument("--charge-code-id", default="rent")
    parser.add_argument(
        "--journal-dir", type=Path, default=Path("."), help="where the runs' journals live"
    )
    parser.add_argument(
        "--resend-unknown",
        action="store_true",
        help="send again charges still in doubt after reconciling (only when you know they "
        "never reached Propexo)",
    )
    return parser.parse_args(argv)


def main(
    argv: Sequence[str] | None = None,
    *,
    client: PropexoClient | None = None,
    today: dt.date | None = None,
) -> int:
    args = _arguments(argv)
    month = dt.date.fromisoformat(f"{args.month}-01")
    # Token and base URL from PROPEXO_API_TOKEN / PROPEXO_BASE_URL when no client is given.
    owned = client is None
    client = client or PropexoClient()
    try:
        # SIGTERM (docker stop, systemd, Kubernetes) and SIGHUP stop the run as Ctrl-C does:
        # requests on the wire finish, chunks still waiting are not sent, then Interrupted.
        # What was sent is in the journal: the next run resumes it.
        with stop_on_signals():
            run = bill_location(
                client,
                integration_id=args.integration_id,
                location_id=args.location_id,
                month=month,
                amount_in_cents=args.amount_in_cents,
                journal_dir=args.journal_dir,
                charge_code_id=args.charge_code_id,
                resend_unknown=args.resend_unknown,
                today=today,
            )
    except Interrupted as stop:
        print(f"billing stopped by {stop.signal.name}", file=sys.stderr)
        return stop.exit_status
    except AuthenticationError:
        print("the API token was refused (401): check PROPEXO_API_TOKEN", file=sys.stderr)
        return EXIT_TOKEN_REFUSED
    except BadRequestError as exc:
        print(f"Propexo refused a request (400): {exc.message}", file=sys.stderr)
        return EXIT_REQUEST_REFUSED
    except JournalError as exc:  # another run holds it, or the residents changed this month
        print(f"billing stopped: {exc}", file=sys.stderr)
        return EXIT_NEEDS_A_PERSON
    except PropexoError as exc:  # every other error of the client, ResponseValidationError included
        print(f"billing stopped: {exc}", file=sys.stderr)
        return EXIT_NOT_ALL_POSTED
    finally:
        if owned:
            client.close()
    fates = ", ".join(f"{count} {fate}" for fate, count in sorted(run.fates.items()))
    print(f"{run.residents} residents, {run.planned} charges planned: {fates}")
    if run.in_doubt:
        print(
            f"{run.in_doubt} charges in doubt (their request may have reached Propexo): check "
            "them before running again with --resend-unknown",
            file=sys.stderr,
        )
        return EXIT_NEEDS_A_PERSON
    return EXIT_OK if run.all_posted else EXIT_NOT_ALL_POSTED


if __name__ == "__main__":
    sys.exit(main())
