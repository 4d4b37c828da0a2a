"""The engine is pure Python: importing it loads no Django and needs no network."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_no_django_import() -> None:
    code = (
        "import sys, scripta.analysis, scripta.analysis.cli\n"
        "from scripta.analysis import read_message, check_reply, assess_volume\n"
        "read_message('I want to die 😢', sender_names=['Tom'])\n"
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr.decode()


def test_no_django_in_sources() -> None:
    package = ROOT / "scripta" / "analysis"
    for path in package.rglob("*.py"):
        if "tests" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        assert "import django" not in source and "from django" not in source, path
        assert (
            "requests" not in source and "urllib.request" not in source and "socket" not in source
        ), path
