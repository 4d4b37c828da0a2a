"""_cue_not_turned reads a cue's stretch piece by piece (pieces between [.!?]), the whole pieces
once for all the cues before one smiley: it gives the answers of the rule read cue by cue.

Checked: no phrase regex of _has_positive nor its negation regex can match a [.!?] (what makes
the pieces independent); _has_positive of two pieces joined by one is the 'or' of the pieces,
on generated stretches and on the dev corpus; and _cue_not_turned against
_cue_not_turned_slow on generated letters with random cues and smileys, on the dev corpus and on
the speed benchmark's long e-mails.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

try:  # Python >= 3.11
    import re._compiler as sre_compile  # type: ignore[import-not-found]
    import re._constants as sre_c  # type: ignore[import-not-found]
    import re._parser as sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_compile
    import sre_constants as sre_c
    import sre_parse

from scripta.analysis import engine
from scripta.analysis.engine import _cue_not_turned, _has_positive
from scripta.analysis.text import fold

from .readings import dev_texts

ROOT = Path(__file__).resolve().parents[3]
PIECE_ENDS = ".!?"


def _cue_not_turned_slow(folded: str, spans: list[tuple[int, int]], lo: int, s: int) -> bool:
    """_cue_not_turned as the rule says it, each cue's whole stretch read (the reference)."""
    return any(
        lo <= cs and ce <= s and not _has_positive(folded[ce:s]) for cs, ce in spans if cs <= s
    )


WORDS = [
    "good",
    "better",
    "happy",
    "bene",
    "felice",
    "meglio",
    "sad",
    "bad",
    "triste",
    "male",
    "not",
    "no",
    "never",
    "non",
    "nn",
    "mai",
    "niente",
    "nulla",
    "per niente",
    "don't",
    "didnt",
    "thanks for nothing",
    "grazie tante",
    "can't do this anymore",
    "not bad",
    "non male",
    "niente male",
    "da solo",
    "sono solo",
    "solo un",
    "non ho visto nessuno",
    "ritrovato la bici rubata",
    "rubata ma poi ritrovata",
    "ho pianto di gioia",
    "la fiera",
    "nessun danno",
    "sober and nobody noticed",
    "so bad it was good",
    "i",
    "the",
    "and",
    "day",
    "a",
    "cut",
    "x",
]
GLUE = [" ", " ", " ", ", ", "\n", "  ", "'", "-", ". ", "!", "?", "...", " :) "]


def _char_ops(pattern: sre_parse.SubPattern) -> list[tuple[object, object]]:
    """The items of a parsed regex that consume one character, through groups and repeats."""
    out: list[tuple[object, object]] = []
    for op, av in pattern:
        if op in (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.ANY, sre_c.IN):
            out.append((op, av))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            out += _char_ops(av[2])
        elif op == sre_c.SUBPATTERN:
            out += _char_ops(av[-1])
        elif op == sre_c.BRANCH:
            for branch in av[1]:
                out += _char_ops(branch)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            out += _char_ops(av[1])
        else:
            assert op in (sre_c.AT,), op  # \b, $: no character
    return out


def test_no_phrase_or_negation_regex_matches_a_piece_end() -> None:
    for rx in (engine._NEUTRAL_PHRASE_RX, engine._HOSTILE_PHRASE_RX, engine._FLIP_RX):
        parsed = sre_parse.parse(rx.pattern, rx.flags)
        ops = _char_ops(parsed)
        assert ops
        for item in ops:
            one = sre_parse.SubPattern(parsed.state, [item])
            compiled = sre_compile.compile(one, rx.flags)
            for end in PIECE_ENDS:
                assert compiled.fullmatch(end) is None, (rx.pattern[:40], item, end)


def _stretch(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(GLUE) for _ in range(n))


def test_has_positive_of_joined_pieces_is_either_piece() -> None:
    rng = random.Random(5)
    pieces = [_stretch(rng, rng.randint(0, 6)) for _ in range(600)]
    pieces += [fold(t)[:300] for t in dev_texts()[::7]]
    both = 0
    for i in range(4000):
        a, b = rng.choice(pieces), rng.choice(pieces)
        a = a[rng.randint(0, len(a)) :]  # a cue's end may fall anywhere
        b = b[: rng.randint(0, len(b))]  # and so may the smiley
        joined = a + rng.choice(PIECE_ENDS) + b
        want = _has_positive(joined)
        assert want == (_has_positive(a) or _has_positive(b)), (i, joined)
        both += want
    assert 0 < both < 4000


def _check_cues(folded: str, spans: list[tuple[int, int]], rng: random.Random) -> int:
    spans = sorted(spans)
    turned = 0
    for _ in range(12):
        s = rng.randint(0, len(folded))
        lo = rng.choice([0, rng.randint(0, s)])
        want = _cue_not_turned_slow(folded, spans, lo, s)
        assert _cue_not_turned(folded, spans, lo, s) == want, (folded[:80], lo, s)
        turned += want
    return turned


def _random_spans(folded: str, rng: random.Random, k: int) -> list[tuple[int, int]]:
    spans = []
    for _ in range(k):
        start = rng.randint(0, len(folded))
        spans.append((start, min(len(folded), start + rng.randint(0, 40))))
    return spans


def test_cue_not_turned_is_the_rule_on_generated_letters() -> None:
    rng = random.Random(11)
    found = 0
    for _ in range(400):
        folded = _stretch(rng, rng.randint(1, 120))
        found += _check_cues(folded, _random_spans(folded, rng, rng.randint(0, 30)), rng)
    assert found


def test_cue_not_turned_is_the_rule_on_the_dev_corpus() -> None:
    rng = random.Random(3)
    texts = [fold(t) for t in dev_texts()]
    letters = [" ".join(rng.sample(texts, 40)) for _ in range(20)]  # long letters, many pieces
    for folded in [*texts[::3], *letters]:
        _check_cues(folded, _random_spans(folded, rng, max(1, len(folded) // 150)), rng)


def test_cue_not_turned_is_the_rule_on_the_benchmark_letters() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from analysis_speed import hundred_kb_email, long_emails  # type: ignore[import-not-found]

    rng = random.Random(7)
    for text in [hundred_kb_email(), *(t for _label, t in long_emails())]:
        folded = fold(text)[:30_000]  # the slow rule is quadratic on a whole 100 kB letter
        _check_cues(folded, _random_spans(folded, rng, 60), rng)
