"""Logging guards: one record is one line, so CR/LF in user input cannot forge log lines."""

from __future__ import annotations

import logging


class OneLineFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "\n" in message or "\r" in message:
            record.msg = message.replace("\r", "\\r").replace("\n", "\\n")
            record.args = None
        return True
