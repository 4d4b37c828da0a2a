"""``lazyre``: the engine's module-level regexes compile on first use and behave as compiled."""

from __future__ import annotations

import re

from scripta.analysis import context, engine, lazyre, overreading


def test_lazy_pattern_compiles_on_first_use_and_matches_as_compiled() -> None:
    pattern = r"\b(?P<w>die|morire)\b"
    lazy = lazyre.compile(pattern)
    assert lazy.pattern == pattern
    assert "_rx" not in vars(lazy)  # nothing compiled yet
    bound = lazy.search  # a method taken before the first use stays valid
    real = re.compile(pattern)
    text = "I want to die, voglio morire"
    m = bound(text)
    assert m is not None and m.span() == real.search(text).span()  # type: ignore[union-attr]
    assert "_rx" in vars(lazy)
    assert lazy.match(text, 10).group("w") == "die"  # type: ignore[union-attr]
    assert lazy.findall(text) == real.findall(text)
    assert [x.span() for x in lazy.finditer(text)] == [x.span() for x in real.finditer(text)]
    assert lazy.sub("-", text) == real.sub("-", text)
    assert lazy.fullmatch("die") is not None
    assert lazy.groupindex == real.groupindex and lazy.groups == real.groups


def test_module_regexes_are_lazy_and_compile_to_their_pattern() -> None:
    for module in (context, engine, overreading):
        lazies = [v for v in vars(module).values() if isinstance(v, lazyre._LazyPattern)]
        assert lazies, module.__name__
        for rx in lazies:
            assert rx.compiled().pattern == rx.pattern
