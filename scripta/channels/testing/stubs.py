"""Small HTTP servers implementing the provider endpoints Scripta calls, on 127.0.0.1.

Used by the test suite and by the development phone simulator (never in production). They
implement the documented request/response shapes of:
- Twilio's Messages resource: ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``
  (HTTP basic auth AccountSid:AuthToken, form-encoded To/From/Body/StatusCallback, 201 + JSON),
  and media ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{sid}/Media/{media}``;
- the WhatsApp Cloud API: ``POST /{version}/{phone-number-id}/messages`` (Bearer token, JSON,
  answers ``{"messaging_product": "whatsapp", "contacts": [...], "messages": [{"id": "wamid..."}]}``),
  ``GET /{version}/{media-id}`` and the media download URL it returns.
Faults can be scripted: a queue of (status, body) answers or "timeout" before the normal answer.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class StubState:
    requests: list[Recorded] = field(default_factory=list)
    faults: deque[tuple[int | str, Any]] = field(default_factory=deque)
    accepted: list[dict[str, Any]] = field(
        default_factory=list
    )  # the messages the "provider" accepted
    lock: threading.Lock = field(default_factory=threading.Lock)
    timeout_seconds: float = 2.0


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _read(self) -> Recorded:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        rec = Recorded(self.command, self.path, {k: v for k, v in self.headers.items()}, body)
        with self.server.state.lock:
            self.server.state.requests.append(rec)
        return rec

    def _answer(self, status: int, payload: Any, content_type: str = "application/json") -> None:
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _fault(self) -> bool:
        with self.server.state.lock:
            fault = self.server.state.faults.popleft() if self.server.state.faults else None
        if fault is None:
            return False
        status, payload = fault
        if status == "timeout":
            time.sleep(self.server.state.timeout_seconds)
            return False  # the provider did accept it, late: the client already gave up
        self._answer(int(status), payload)
        return True

    def do_GET(self) -> None:
        rec = self._read()
        self.server.app.get(self, rec)

    def do_POST(self) -> None:
        rec = self._read()
        self.server.app.post(self, rec)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: StubState
    app: StubApp


class StubApp:
    def get(self, h: _Handler, rec: Recorded) -> None:
        h._answer(404, {"error": "not found"})

    def post(self, h: _Handler, rec: Recorded) -> None:
        h._answer(404, {"error": "not found"})


class Stub:
    """Start a stub in a thread on 127.0.0.1 (a free port): ``with Stub(TwilioApp(...)) as s:``."""

    def __init__(self, app: StubApp) -> None:
        self.state = StubState()
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.state = self.state
        self.server.app = app
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> Stub:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def fail_next(self, *faults: tuple[int | str, Any]) -> None:
        self.state.faults.extend(faults)

    @property
    def accepted(self) -> list[dict[str, Any]]:
        return self.state.accepted


class TwilioApp(StubApp):
    def __init__(self, account_sid: str, auth_token: str) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.next_sids: deque[str] = deque()  # tests may fix the sids the "provider" hands out

    def _authorised(self, h: _Handler) -> bool:
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        return h.headers.get("Authorization", "") == f"Basic {expected}"

    def post(self, h: _Handler, rec: Recorded) -> None:
        path = urlparse(rec.path).path
        if path != f"/2010-04-01/Accounts/{self.account_sid}/Messages.json":
            return h._answer(
                404,
                {"code": 20404, "message": "The requested resource was not found", "status": 404},
            )
        if not self._authorised(h):
            return h._answer(401, {"code": 20003, "message": "Authenticate", "status": 401})
        form = rec.form
        if not form.get("To", "").removeprefix("whatsapp:").startswith("+"):
            return h._answer(
                400,
                {
                    "code": 21211,
                    "message": "The 'To' number is not a valid phone number.",
                    "status": 400,
                },
            )
        if not form.get("Body") and not form.get("MediaUrl") and not form.get("ContentSid"):
            return h._answer(
                400, {"code": 21602, "message": "Message body is required.", "status": 400}
            )
        if h._fault():
            return None
        sid = self.next_sids.popleft() if self.next_sids else "SM" + secrets.token_hex(16)
        now = formatdate(usegmt=True)
        resource = {
            "sid": sid,
            "account_sid": self.account_sid,
            "to": form["To"],
            "from": form.get("From"),
            "messaging_service_sid": form.get("MessagingServiceSid"),
            "body": form.get("Body", ""),
            "status": "queued",
            "num_segments": "1",
            "num_media": "0",
            "direction": "outbound-api",
            "api_version": "2010-04-01",
            "price": None,
            "price_unit": "USD",
            "error_code": None,
            "error_message": None,
            "date_created": now,
            "date_updated": now,
            "date_sent": None,
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
            "subresource_uris": {
                "media": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}/Media.json"
            },
        }
        with h.server.state.lock:
            h.server.state.accepted.append(
                {
                    **resource,
                    "status_callback": form.get("StatusCallback", ""),
                    "content_sid": form.get("ContentSid", ""),
                }
            )
        return h._answer(201, resource)

    def get(self, h: _Handler, rec: Recorded) -> None:
        if "/Media/" in rec.path and self._authorised(h):
            return h._answer(200, PNG, "image/png")
        return h._answer(404, {"code": 20404, "message": "not found", "status": 404})


class GraphApp(StubApp):
    """The WhatsApp Cloud API messages endpoint (and media) for one phone-number id."""

    def __init__(self, phone_number_id: str, access_token: str, version: str = "v21.0") -> None:
        self.phone_number_id = phone_number_id
        self.access_token = access_token
        self.version = version

    def _authorised(self, h: _Handler) -> bool:
        return h.headers.get("Authorization", "") == f"Bearer {self.access_token}"

    def _error(self, h: _Handler, status: int, code: int, message: str) -> None:
        h._answer(
            status,
            {
                "error": {
                    "message": message,
                    "type": "OAuthException",
                    "code": code,
                    "fbtrace_id": "Atest",
                }
            },
        )

    def post(self, h: _Handler, rec: Recorded) -> None:
        if urlparse(rec.path).path != f"/{self.version}/{self.phone_number_id}/messages":
            return self._error(h, 404, 100, "Unsupported post request.")
        if not self._authorised(h):
            return self._error(h, 401, 190, "Invalid OAuth access token.")
        try:
            payload = json.loads(rec.body)
        except ValueError:
            return self._error(h, 400, 100, "Invalid parameter")
        if payload.get("messaging_product") != "whatsapp":
            return self._error(h, 400, 100, "Invalid parameter")
        if payload.get("status") == "read" and payload.get("message_id"):
            with h.server.state.lock:
                h.server.state.accepted.append(payload)
            return h._answer(200, {"success": True})
        if not payload.get("to"):
            return self._error(h, 400, 100, "Invalid parameter")
        if h._fault():
            return None
        wamid = "wamid." + base64.b64encode(secrets.token_bytes(24)).decode()
        with h.server.state.lock:
            h.server.state.accepted.append({**payload, "id": wamid})
        return h._answer(
            200,
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": payload["to"], "wa_id": payload["to"]}],
                "messages": [{"id": wamid}],
            },
        )

    def get(self, h: _Handler, rec: Recorded) -> None:
        if not self._authorised(h):
            return self._error(h, 401, 190, "Invalid OAuth access token.")
        path = urlparse(rec.path).path
        if path.startswith("/download/"):
            return h._answer(200, PNG, "image/png")
        media_id = path.rsplit("/", 1)[-1]
        host, port = h.server.server_address[:2]
        return h._answer(
            200,
            {
                "messaging_product": "whatsapp",
                "url": f"http://{host!s}:{port}/download/{media_id}",
                "mime_type": "image/png",
                "sha256": "0" * 64,
                "file_size": len(PNG),
                "id": media_id,
            },
        )


class MailgunApp(StubApp):
    """Mailgun's messages API: ``POST /v3/{domain}/messages`` (basic auth ``api:<key>``, form or
    multipart data) answers ``{"id": "<...>", "message": "Queued. Thank you."}``."""

    def __init__(self, api_key: str) -> None:
        self.expected = "Basic " + base64.b64encode(f"api:{api_key}".encode()).decode()
        self.next_ids: deque[str] = deque()  # ids to hand out first (tests script them)

    def post(self, h: _Handler, rec: Recorded) -> None:
        if h._fault():
            return
        if h.headers.get("Authorization") != self.expected:
            h._answer(401, {"message": "Invalid private key"})
            return
        if not rec.path.startswith("/v3/") or not rec.path.endswith("/messages"):
            h._answer(404, {"message": "not found"})
            return
        domain = rec.path.split("/")[2]
        message_id = (
            self.next_ids.popleft()
            if self.next_ids
            else f"<{time.strftime('%Y%m%d%H%M%S')}.{secrets.token_hex(6)}@{domain}>"
        )
        with h.server.state.lock:
            h.server.state.accepted.append({"id": message_id, "domain": domain})
        h._answer(200, {"id": message_id, "message": "Queued. Thank you."})
