# pyright: strict
"""A Propexo webhook receiver: a WSGI app served by the standard library's wsgiref.

    PROPEXO_WEBHOOK_SECRET=... python examples/webhook_receiver.py --port 8000

Each delivery is verified (`propexo-signature` under the webhook's secret) before anything
reads it; a bad signature gets 401 and runs nothing. Register one webhook per trigger with the
header `x-propexo-trigger: TRIGGER` in its `headers`, so that the receiver knows the trigger of
failures, whose payloads Propexo does not document. A failed write job's event can wake a
`JobTracker` waiting for it (`notify`). Type-checked by `mypy --strict` and pyright in CI and
served on 127.0.0.1 in tests/webhooks/test_receiver.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TextIO
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

from propexo.webhooks import (
    MAX_PAYLOAD_SIZE,
    AnyEvent,
    DataNew,
    DataUpdate,
    FirstSyncComplete,
    JobFailure,
    RecentDeliveries,
    SyncComplete,
    WebhookReceiver,
    WriteOperationFailure,
)

REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    405: "Method Not Allowed",
    411: "Length Required",
    413: "Content Too Large",
    500: "Internal Server Error",
}


def build_receiver(
    secret: str,
    *,
    out: TextIO = sys.stdout,
    on_failure: Callable[[AnyEvent], object] | None = None,
) -> WebhookReceiver:
    """A receiver that prints a line per event; failures also go to `on_failure` (such as a
    `JobTracker`'s `notify`). Bodies handled within a day are skipped the second time."""
    receiver = WebhookReceiver(secret, deliveries=RecentDeliveries())

    @receiver.on("DATA_NEW", "DATA_UPDATE")
    def changed(event: AnyEvent) -> None:
        if isinstance(event, DataNew | DataUpdate):
            print(f"{event.trigger} {event.object} {event.record_id}", file=out)

    @receiver.on("SYNC_COMPLETE", "FIRST_SYNC_COMPLETE")
    def synced(event: AnyEvent) -> None:
        if isinstance(event, SyncComplete | FirstSyncComplete):
            print(
                f"{event.trigger} {event.integration_id}: {event.successful_job_count} jobs ok,"
                f" {event.failed_job_count} failed",
                file=out,
            )

    @receiver.on("JOB_FAILURE", "WRITE_OPERATION_FAILURE")
    def failed(event: AnyEvent) -> None:
        if isinstance(event, JobFailure | WriteOperationFailure):
            print(f"{event.trigger} job {event.job_id or '(not named)'}", file=out)
            if on_failure is not None:
                on_failure(event)

    return receiver


def wsgi_app(receiver: WebhookReceiver) -> WSGIApplication:
    """`receiver` as a WSGI application: POST only; the body is read up to the size limit."""

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        def answer(status: int, body: bytes) -> list[bytes]:
            headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
            start_response(f"{status} {REASONS.get(status, 'Error')}", headers)
            return [body]

        if environ.get("REQUEST_METHOD") != "POST":
            return answer(405, b'{"error": "POST only"}')
        try:
            length = int(environ.get("CONTENT_LENGTH") or "")
        except ValueError:
            return answer(411, b'{"error": "Content-Length required"}')
        if not 0 <= length <= MAX_PAYLOAD_SIZE:
            return answer(413, b'{"error": "payload too large"}')
        body: bytes = environ["wsgi.input"].read(length)
        headers = {
            key[5:].replace("_", "-").lower(): str(value)
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        return answer(*receiver.handle(body, headers))

    return app


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Request lines are not printed: the app prints what matters."""


def serve(receiver: WebhookReceiver, host: str, port: int) -> WSGIServer:
    """A wsgiref server of the receiver on `host:port` (port 0: any free one); not started."""
    return make_server(host, port, wsgi_app(receiver), handler_class=_QuietHandler)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    secret = os.environ.get("PROPEXO_WEBHOOK_SECRET", "")
    if len(secret) < 10:
        print("set PROPEXO_WEBHOOK_SECRET to the webhook's secret", file=sys.stderr)
        return 2
    with serve(build_receiver(secret), args.host, args.port) as server:
        print(f"receiving Propexo webhooks on http://{args.host}:{server.server_port}/")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
