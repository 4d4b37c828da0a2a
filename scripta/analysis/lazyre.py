"""``re`` with a ``compile`` that compiles on first use, not at import.

Most of the engine's module-level regexes serve only some messages (a cue's context families,
a quotation, a parent writing): compiling the ~200 of them at import was most of the import's
own work. The modules that hold them import this module as ``re`` (``from . import lazyre as
re``), so their ``re.compile(...)`` lines, and the ones added later, stay as written.
:func:`compile` returns a stand-in that compiles its pattern the first time a method is called,
then puts the compiled pattern's bound methods on itself, so every later call costs what a call
on the compiled pattern costs (one attribute lookup, no wrapper in between). The rest of
``re`` is the standard module's.
"""

from __future__ import annotations

import re as _re
from re import Match as Match
from re import Pattern as Pattern
from re import escape as escape
from re import findall as findall
from re import finditer as finditer
from re import fullmatch as fullmatch
from re import match as match
from re import search as search
from re import split as split
from re import sub as sub
from typing import Any, cast

IGNORECASE = _re.IGNORECASE
MULTILINE = _re.MULTILINE
DOTALL = _re.DOTALL
VERBOSE = _re.VERBOSE
ASCII = _re.ASCII

# the methods of re.Pattern the stand-in forwards (each replaced by the compiled one's on first use)
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """A ``re.Pattern`` compiled the first time it is used (``pattern`` is known without it)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> Pattern[str]:
        rx = self.__dict__.get("_rx")
        if rx is None:
            rx = _re.compile(self.pattern, self._flags)
            self.__dict__["_rx"] = rx
            for name in _METHODS:  # instance attributes shadow the class's methods from now on
                self.__dict__[name] = getattr(rx, name)
        return cast("Pattern[str]", rx)

    # the first call of each method (a bound method taken before the first use stays valid)
    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().split(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # flags, groups, groupindex...
        if name.startswith("__") or name in ("_rx", "_flags", "pattern"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r})"


def compile_now(pattern: str, flags: int = 0) -> Pattern[str]:
    """``re.compile(pattern, flags)`` now: for a pattern built where it is first needed, whose
    bound methods are kept (a bound method of a stand-in taken before its first use forwards
    every call through it)."""
    return _re.compile(pattern, flags)


def compile(pattern: str, flags: int = 0) -> Pattern[str]:  # re.compile, on first use
    """``re.compile(pattern, flags)``, done the first time the pattern is used."""
    return cast("Pattern[str]", _LazyPattern(pattern, flags))
