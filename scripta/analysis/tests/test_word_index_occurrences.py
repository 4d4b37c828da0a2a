"""The occurrences of a long text's key words (``engine._key_occurrences`` over a ``WordIndex``)
are those of the simple listing they replace.

``WordIndex.followed`` returns early when no next word of the key word is one of ``seconds`` and
keeps the next words it looked up; the occurrences of a stem are merged from the offsets of its
words (in text order each) and paired with "" lazily. The references below are the simple
forms (one filter per occurrence, one sort of every (offset, "") pair); the texts are generated
from a small vocabulary (so that key words repeat, with and without the next words their rules
need), the benchmark's long e-mails and a sample of the dev corpus.
"""

from __future__ import annotations

import functools
import random
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from scripta.analysis import context, engine
from scripta.analysis.engine import WordIndex
from scripta.analysis.rules import INDEX, Scanner
from scripta.analysis.tests.readings import dev_texts
from scripta.analysis.text import fold

VOCAB = (
    "i",
    "the",
    "il",
    "di",
    "e",
    "a",
    "in",
    "we",
    "my",
    "ho",
    "mi",
    "ci",
    "siamo",
    "about",
    "for",
    "from",
    "at",
    "s",
    "you",
    "la",
    "ha",
    "it",
    "want",
    "to",
    "die",
    "morire",
    "have",
    "been",
    "thinking",
    "voglio",
    "farla",
    "finita",
    "non",
    "ce",
    "la",
    "faccio",
    "piu",
    "pills",
    "pastiglie",
    "tutte",
    "took",
    "all",
    "my",
    "cut",
    "myself",
    "tagliata",
    "sleep",
    "and",
    "never",
    "wake",
    "up",
    "tonight",
    "stasera",
    "domani",
    "goodbye",
    "addio",
    "kill",
    "killing",
    "uccidermi",
    "ammazzarmi",
    "can't",
    "cannot",
    "take",
    "it",
    "any",
    "more",
    "anymore",
    "tired",
    "stanco",
    "stanca",
    "della",
    "vita",
)
GAPS = (" ", " ", " ", ", ", ". ", "! ", "? ", "\n", "\n\n", "... ", " - ", "'", " 💊 ", " (", ") ")


def _generated(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _w in range(rng.randint(400, 900)):  # past LONG_TEXT
            word = rng.choice(VOCAB)
            parts.append(word.upper() if rng.random() < 0.03 else word)
            parts.append(rng.choice(GAPS))
        out.append("".join(parts))
    return out


@functools.cache
def _long_texts() -> tuple[str, ...]:
    bench = Path(__file__).resolve().parents[3] / "bench"
    sys.path.insert(0, str(bench))
    try:
        import analysis_speed
    finally:
        sys.path.remove(str(bench))
    texts = [analysis_speed.hundred_kb_email()]
    texts += [t for _label, t in analysis_speed.long_emails()]
    for lang in ("en", "it"):
        dev = dev_texts(lang)[::7]
        texts.extend("\n\n".join(dev[i : i + 30]) for i in range(0, len(dev), 30))
    texts += _generated(40, 18)
    return tuple(f for f in (fold(t) for t in texts) if len(f) >= engine.LONG_TEXT)


def _followed_reference(
    index: WordIndex, word: str, seconds: frozenset[str]
) -> list[tuple[int, str]]:
    return [
        (index._at[i], index._next[i])
        for i in index._groups.get(word, ())
        if index._next[i] in seconds
    ]


def _occurrences_reference(
    folded: str, index: WordIndex
) -> list[tuple[Scanner, bool, list[tuple[int, str]]]]:
    """``_key_occurrences``' listing of a long text in its simple form (engine 2026.11.23)."""
    out: list[tuple[Scanner, bool, list[tuple[int, str]]]] = []
    marks = INDEX.marks_in(folded)
    for word, is_prefix, sources in INDEX.keys(index.words):
        sc = INDEX.scanner(word, is_prefix, marks)
        if is_prefix:
            out.append((sc, False, sorted((s, "") for w in sources for s in index[w])))
        elif sc.seconds is not None:
            seconds = sc.seconds
            if sc.stems:
                seconds = seconds.union(index.starting(sc.stems))
            out.append((sc, True, _followed_reference(index, word, seconds)))
        elif sc.gated:
            out.append((sc, True, list(zip(index[word], index.nexts(word), strict=True))))
        else:
            out.append((sc, False, [(s, "") for s in index[word]]))
    return out


def _listed(
    found: Iterable[tuple[Scanner, bool, Iterable[tuple[int, str]]]],
) -> list[tuple[Scanner, bool, list[tuple[int, str]]]]:
    return [(sc, gated, list(occ)) for sc, gated, occ in found]


def test_followed_is_the_filter_of_each_occurrence() -> None:
    rng = random.Random(5)
    for folded in _long_texts():
        index = WordIndex(folded)
        vocabulary = sorted(index.words)
        for word in rng.sample(vocabulary, min(40, len(vocabulary))):
            nexts = sorted(set(index.nexts(word)))
            for seconds in (
                frozenset(),
                frozenset(nexts),  # every occurrence kept
                frozenset(rng.sample(nexts, max(1, len(nexts) // 3))),
                frozenset(rng.sample(vocabulary, min(5, len(vocabulary)))),
                frozenset(["zzqx"]),  # none kept
            ):
                assert index.followed(word, seconds) == _followed_reference(index, word, seconds)


def test_key_occurrences_of_a_long_text_are_the_simple_listing() -> None:
    listed = 0
    for folded in _long_texts():
        index = WordIndex(folded)
        got = _listed(engine._key_occurrences(folded, index.words, index))
        assert got == _occurrences_reference(folded, index), folded[:80]
        listed += sum(len(occ) for _sc, _g, occ in got)
    assert listed > 10_000


def test_hits_of_long_texts_are_found_from_the_simple_listing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _long_texts()[:12]
    fast = []
    for folded in texts:
        index = WordIndex(folded)
        fast.append(
            [(h.rule.order, h.start, h.end) for h in engine._hits(folded, index.words, index)]
        )
    monkeypatch.setattr(
        engine,
        "_key_occurrences",
        lambda folded, words, index: _occurrences_reference(folded, index),
    )
    for folded, found in zip(texts, fast, strict=True):
        index = WordIndex(folded)
        assert found == [
            (h.rule.order, h.start, h.end) for h in engine._hits(folded, index.words, index)
        ]


def test_trigger_prefilter_holds_the_compiled_search() -> None:
    # the word-start prefilter of a trigger is built where it is first needed: its bound search is
    # the compiled pattern's, not a lazy stand-in's forwarding method
    trigger = context._Trigger(r"\b(?:die|morire)\b")
    long_text = "x" * 40 + " voglio morire"
    assert trigger.starts(long_text)
    assert not trigger.starts("x" * 40 + " undie")
    assert trigger.search(long_text) is not None
    assert type(trigger._starts.__self__).__name__ == "Pattern"  # type: ignore[union-attr]
