"""``scripta analyze [FILE]``: read JSON Lines, write one reading per line (JSON Lines).

Each input object has ``text`` and optionally ``id``, ``sent_at`` (ISO 8601; local time of the
sender when it has no offset), ``timezone`` (IANA name), ``channel``
(``sms``/``whatsapp``/``email``/``portal``), ``sender_names`` (list) and ``language``
(``en``/``it``). An object with ``"kind": "reply"`` has ``text``, ``signature``,
``patient_name`` and optionally ``patient_message``, and is checked as a therapist's reply.

One JSON object is written per non-blank input line, in the same order. A malformed line gets
``{"line": N, "error": "..."}`` (plus its ``id`` when readable) and the run goes on; the exit
status is 1 when any line failed, 0 otherwise (2 for an unreadable file).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from .engine import ENGINE_VERSION, read_message
from .reply import check_reply

CHANNELS = ("sms", "whatsapp", "email", "portal")


class LineError(ValueError):
    """A line that cannot be analysed."""


def _str(obj: dict[str, Any], key: str, required: bool = False) -> str | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise LineError(f"missing {key!r}")
        return None
    if not isinstance(value, str):
        raise LineError(f"{key!r} must be a string")
    return value


def analyse_object(obj: Any) -> dict[str, Any]:
    """Analyse one decoded JSON object; raise :class:`LineError` when it is malformed."""
    if not isinstance(obj, dict):
        raise LineError("each line must be a JSON object")
    ident = obj.get("id")
    text = _str(obj, "text", required=True)
    assert text is not None
    language = _str(obj, "language")
    if language is not None and language not in ("en", "it"):
        raise LineError("'language' must be 'en' or 'it'")
    if obj.get("kind") == "reply":
        signature = _str(obj, "signature") or ""
        patient_name = _str(obj, "patient_name") or ""
        patient_message = _str(obj, "patient_message")
        check = check_reply(
            text, signature, patient_name, language=language, patient_message=patient_message
        )
        return {"id": ident, "kind": "reply", **check.to_dict(), "engine_version": ENGINE_VERSION}
    if obj.get("kind") not in (None, "message"):
        raise LineError("'kind' must be 'message' or 'reply'")
    sent_at = None
    raw_sent = _str(obj, "sent_at")
    if raw_sent:
        try:
            sent_at = datetime.fromisoformat(raw_sent)
        except ValueError as exc:
            raise LineError(f"'sent_at' is not ISO 8601: {raw_sent!r}") from exc
    timezone = _str(obj, "timezone")
    if timezone:
        try:
            ZoneInfo(timezone)
        except (KeyError, ValueError) as exc:
            raise LineError(f"unknown time zone {timezone!r}") from exc
    channel = _str(obj, "channel")
    if channel is not None and channel not in CHANNELS:
        raise LineError(f"'channel' must be one of {', '.join(CHANNELS)}")
    names = obj.get("sender_names") or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise LineError("'sender_names' must be a list of strings")
    try:
        reading = read_message(
            text,
            sent_at=sent_at,
            timezone=timezone,
            channel=channel,
            sender_names=names,
            language=language,
        )
    except (KeyError, ValueError) as exc:  # e.g. an unknown time zone
        raise LineError(f"cannot read the message: {exc}") from exc
    return {"id": ident, **reading.to_dict()}


def analyse_lines(lines: Iterable[bytes | str]) -> Iterator[tuple[bool, dict[str, Any]]]:
    """Yield (ok, output object) for each non-blank line."""
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            yield False, {"line": number, "error": "line is not valid UTF-8"}
            continue
        if not line.strip():
            continue
        obj: Any = None
        try:
            obj = json.loads(line)
            yield True, analyse_object(obj)
        except json.JSONDecodeError as exc:
            yield False, {"line": number, "error": f"invalid JSON: {exc.msg} (column {exc.colno})"}
        except LineError as exc:
            out: dict[str, Any] = {"line": number, "error": str(exc)}
            if isinstance(obj, dict) and "id" in obj:
                out = {"id": obj["id"], **out}
            yield False, out


def _write(out: IO[str], obj: dict[str, Any]) -> None:
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("-", "")
    out.write(json.dumps(obj, ensure_ascii=not encoding.startswith("utf")) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``scripta analyze [FILE]`` and ``python -m scripta.analysis [FILE]``."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in and args_in[0] == "analyze" and not Path("analyze").exists():
        args_in = args_in[1:]
    parser = argparse.ArgumentParser(
        prog="scripta analyze",
        description="Read patients' messages (JSON Lines) and write one reading per line.",
    )
    parser.add_argument(
        "file", nargs="?", default="-", help="JSON Lines file (default: standard input)"
    )
    parser.add_argument("--version", action="version", version=f"scripta.analysis {ENGINE_VERSION}")
    args = parser.parse_args(args_in)
    failed = False
    stdout = sys.stdout
    if args.file == "-":
        source: Iterable[bytes | str] = getattr(sys.stdin, "buffer", sys.stdin)
        for ok, obj in analyse_lines(source):
            failed |= not ok
            _write(stdout, obj)
    else:
        try:
            handle = open(args.file, "rb")  # noqa: SIM115
        except OSError as exc:
            sys.stderr.write(f"scripta analyze: cannot open {args.file}: {exc.strerror}\n")
            return 2
        with handle:
            for ok, obj in analyse_lines(handle):
                failed |= not ok
                _write(stdout, obj)
    stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
