"""is_proxy's prefilters (and goodbye_for_a_future's, the phrase regexes') are implied by their regexes: prefilter
False => the regex has no match.

Checked on the dev corpus texts, on random strings generated from each regex (so most of them
match), on those strings perturbed (a character dropped, doubled or replaced, a word cut) and
set inside other texts, and on the long e-mails of the speed benchmark. is_proxy with its
prefilters is also compared with the plain chain of regexes it stands for, and
goodbye_for_a_future with the words with itself without them.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

try:  # Python >= 3.11
    import re._constants as sre_c  # type: ignore[import-not-found]
    import re._parser as sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_constants as sre_c
    import sre_parse

from scripta.analysis import context as C
from scripta.analysis import engine, overreading
from scripta.analysis.engine import WordIndex
from scripta.analysis.tests.readings import dev_texts
from scripta.analysis.text import WORD_RE, fold

ROOT = Path(__file__).resolve().parents[3]
FILLER = [
    "",
    " ",
    ", ",
    ". ",
    "\n",
    "\n\n",
    "(",
    ")",
    "'",
    "x",
    "s",
    "1",
    "14",
    "and ",
    " and",
    "she's 15",
    "the",
    "ok. ",
    "é",
    "_",
    "!",
]


Prefilter = Callable[[str, set[str], "WordIndex | None"], bool]


def _prefilters() -> list[tuple[str, Prefilter, object]]:
    """(name, prefilter of one text given its words and maybe its word offsets, its regex)."""
    return [
        ("proxy", C._may_proxy, C._PROXY),
        ("proxy_carer", C._may_proxy_carer, C._PROXY_CARER),
        ("proxy_signed", C._may_proxy_signed, C._PROXY_SIGNED),
        ("emergency", C._may_emergency, C._EMERGENCY),
        ("child_age", C._may_child_age, C._CHILD_AGE),
        ("child_told", C._may_child_told, C._CHILD_TOLD),
        ("we_it", C._may_we_it, C._WE_IT),
        ("couple_it", lambda _f, w, _i: C._may_couple_it(w), C._COUPLE_IT),
        ("lift_it", C._may_lift_it, C._LIFT_IT),
        ("lift_en", C._may_lift_en, C._LIFT_EN),
        (
            "neutral_phrase",
            lambda _f, w, _i: engine._may_neutral_phrase(w),
            engine._NEUTRAL_PHRASE_RX,
        ),
        (
            "hostile_phrase",
            lambda _f, w, _i: engine._may_hostile_phrase(w),
            engine._HOSTILE_PHRASE_RX,
        ),
        (
            "future_frame",
            lambda _f, w, _i: overreading._may_future_frame(w),
            overreading._FUTURE_FRAME,
        ),
    ]


def _gen(node: object, rng: random.Random, out: list[str]) -> None:
    """Append a random string the parsed regex ``node`` may match (lookarounds left out)."""
    for op, av in node:  # type: ignore[attr-defined]
        if op is sre_c.LITERAL:
            out.append(chr(av))
        elif op is sre_c.NOT_LITERAL:
            out.append(rng.choice([c for c in " a.,'\n" if ord(c) != av]))
        elif op is sre_c.ANY:
            out.append(rng.choice(" a.\n"))
        elif op is sre_c.IN:
            chars: list[str] = []
            negate = False
            for iop, iav in av:
                if iop is sre_c.NEGATE:
                    negate = True
                elif iop is sre_c.LITERAL:
                    chars.append(chr(iav))
                elif iop is sre_c.RANGE:
                    chars.extend(chr(c) for c in range(iav[0], iav[1] + 1))
                elif iop is sre_c.CATEGORY:
                    chars.extend(" \n\t" if "SPACE" in str(iav) else "abz09_")
            if negate:
                chars = [c for c in " .,'\n(a" if c not in chars] or [" "]
            out.append(rng.choice(chars))
        elif op is sre_c.BRANCH:
            _gen(rng.choice(av[1]), rng, out)
        elif op is sre_c.SUBPATTERN:
            _gen(av[-1], rng, out)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            n = rng.randint(lo, min(hi, lo + 3))
            for _ in range(n):
                _gen(sub, rng, out)
        elif op is sre_c.ASSERT:  # a lookbehind's or lookahead's text is written out
            _gen(av[1], rng, out)
        # AT (\b, ^, $), ASSERT_NOT, GROUPREF: nothing generated


def _matching(pattern: str, rng: random.Random, n: int) -> list[str]:
    parsed = sre_parse.parse(pattern)
    out = []
    for _ in range(n):
        parts: list[str] = []
        _gen(parsed, rng, parts)
        out.append("".join(parts))
    return out


def _perturb(s: str, rng: random.Random) -> str:
    if not s:
        return s
    i = rng.randrange(len(s))
    k = rng.randrange(5)
    if k == 0:
        return s[:i] + s[i + 1 :]
    if k == 1:
        return s[:i] + s[i] + s[i:]
    if k == 2:
        return s[:i] + rng.choice("a s.,'()\n1") + s[i + 1 :]
    if k == 3:
        return s[:i]
    return s[i:]


def _texts() -> list[str]:
    return [fold(text) for text in dev_texts()]


def _generated(texts: list[str]) -> list[str]:
    rng = random.Random(20)
    out: list[str] = []
    for name, _may, pattern in _prefilters():
        # (_PROXY has some twenty alternatives)
        n = 3000 if name == "proxy" else 1000
        for s in _matching(pattern.pattern, rng, n):  # type: ignore[attr-defined]
            out.append(s)
            out.append(_perturb(s, rng))
            out.append(_perturb(_perturb(s, rng), rng))
            out.append(rng.choice(FILLER) + s + rng.choice(FILLER))
            ctx = rng.choice(texts)
            i = rng.randint(0, len(ctx))
            out.append(ctx[:i] + rng.choice(FILLER) + s + rng.choice(FILLER) + ctx[i:])
    return out


def _long_emails() -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import analysis_speed
    finally:
        sys.path.pop(0)
    return [fold(t) for _name, t in analysis_speed.long_emails()]


def test_prefilters_implied_by_their_regexes() -> None:
    texts = _texts()
    generated = _generated(texts)
    matched: dict[str, int] = {}
    for text in texts + generated + _long_emails():
        words = set(WORD_RE.findall(text))
        index = WordIndex(text)
        assert index.words == words
        for name, may, regex in _prefilters():
            if regex.search(text):  # type: ignore[attr-defined]
                matched[name] = matched.get(name, 0) + 1
                assert may(text, words, None), (name, text[:300])
                assert may(text, words, index), (name, "index", text[:300])
    # the generated strings do exercise every regex
    for name, _may, _rx in _prefilters():
        assert matched.get(name, 0) >= 300, (name, matched)


def _plain_is_proxy(folded: str) -> bool:
    """is_proxy as it read before its prefilters."""
    return bool(
        C._PROXY.search(folded)
        or C._PROXY_CARER.search(folded)
        or C._PROXY_SIGNED.search(folded)
        or C._EMERGENCY.search(folded)
        or (C._CHILD_AGE.search(folded) and not C._PEER.search(folded))
        or (C._CHILD_TOLD.search(folded) and not C._PEER.search(folded))
        or (C._WE_IT.search(folded) and not C._PEER_IT.search(folded))
        or (
            (C._LIFT_IT.search(folded) or C._LIFT_EN.search(folded))
            and not C._PEER.search(folded)
            and not C._LIFT_PEER_IT.search(folded)
        )
        or (
            C._COUPLE_IT.search(folded) is not None
            and not C._PEER_IT.search(C._COUPLE_IT.sub(" ", folded))
        )
    )


def test_is_proxy_same_as_its_regexes() -> None:
    texts = _texts()
    for text in texts + _generated(texts)[::3] + _long_emails():
        expected = _plain_is_proxy(text)
        assert C.is_proxy(text) == expected, text[:300]
        words = set(WORD_RE.findall(text))
        assert C.is_proxy(text, words) == expected, text[:300]
        assert C.is_proxy(text, words, WordIndex(text)) == expected, text[:300]
        assert engine._without_phrases(text, words) == engine._without_phrases(text), text[:300]
        future = overreading.goodbye_for_a_future(text)
        assert overreading.goodbye_for_a_future(text, words) == future, text[:300]
