"""``python -m scripta.analysis [FILE]``: same as ``scripta analyze [FILE]``."""

from __future__ import annotations

from .cli import main

raise SystemExit(main())
