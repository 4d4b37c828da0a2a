"""`scripta`: manage.py plus the project's own commands.

`scripta analyze` runs the reading engine alone (no Django, no database).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "analyze":
        from scripta.analysis.cli import main as analyze

        return analyze(args[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scripta.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["scripta", *args])
    return 0


if __name__ == "__main__":
    sys.exit(main())
