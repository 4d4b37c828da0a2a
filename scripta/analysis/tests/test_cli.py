"""``scripta analyze`` / ``python -m scripta.analysis``: JSON Lines in, JSON Lines out."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from scripta.analysis import ENGINE_VERSION
from scripta.analysis.cli import main

ROOT = Path(__file__).resolve().parents[3]

LINES = [
    json.dumps({"id": "m1", "text": "I want to die", "sender_names": ["Tom"], "channel": "sms"}),
    "this is not json",
    "",
    json.dumps(
        {
            "id": "m2",
            "text": "non ce la faccio più",
            "sent_at": "2026-01-10T23:30:00",
            "timezone": "Europe/Rome",
        }
    ),
    json.dumps(
        {
            "id": "r1",
            "kind": "reply",
            "text": "You did something stupid, John!",
            "signature": "E.B.",
            "patient_name": "John",
        }
    ),
    json.dumps({"id": "bad", "text": 42}),
    json.dumps({"id": "tz", "text": "hi", "timezone": "Mars/Olympus"}),
    json.dumps(["not", "an", "object"]),
]
INPUT = "\n".join(LINES) + "\n"


def check_output(out: str) -> None:
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 7  # one per non-blank line, same order
    assert rows[0]["id"] == "m1"
    assert rows[0]["risk"]["level"] == "high"
    assert rows[0]["engine_version"] == ENGINE_VERSION
    assert {s["code"] for s in rows[0]["signals"]} >= {"unsigned", "suicidal_ideation"}
    assert rows[1] == {"line": 2, "error": rows[1]["error"]}
    assert "JSON" in rows[1]["error"]
    assert rows[2]["id"] == "m2" and rows[2]["language"] == "it"
    assert "late_night" in {s["code"] for s in rows[2]["signals"]}
    assert rows[3]["kind"] == "reply"
    assert {c["code"] for c in rows[3]["checks"]} == {"name_scolding", "missing_signature"}
    assert rows[4]["id"] == "bad" and rows[4]["line"] == 6
    assert rows[5]["line"] == 7 and "time zone" in rows[5]["error"]
    assert rows[6]["line"] == 8


def test_main_with_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(INPUT, encoding="utf-8")
    assert main([str(path)]) == 1
    check_output(capsys.readouterr().out)


def test_main_all_good_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ok.jsonl"
    path.write_text(LINES[0] + "\n" + LINES[3] + "\n", encoding="utf-8")
    assert main([str(path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_main_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(INPUT.encode("utf-8")), encoding="utf-8")
    )
    assert main([]) == 1
    check_output(capsys.readouterr().out)


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.jsonl")]) == 2
    assert "cannot open" in capsys.readouterr().err


def test_subprocess_module() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scripta.analysis"],
        input=INPUT.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    check_output(proc.stdout.decode("utf-8"))


def test_subprocess_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bin.jsonl"
    path.write_bytes(b'{"text": "ok"}\n\xff\xfe\n')
    proc = subprocess.run(
        [sys.executable, "-m", "scripta.analysis", str(path)],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    rows = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert proc.returncode == 1
    assert rows[1] == {"line": 2, "error": "line is not valid UTF-8"}
