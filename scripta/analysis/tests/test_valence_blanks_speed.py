"""The fast paths of ``valence_blanks`` find what their plain regexes find.

A laughing emoji's stretch is found with str methods; the coping-drink regex is tried, in a long
text, only where its word index puts a drink word; the preference regex runs only when its core is
in the text; title runs are looked for only in the stretches of letters and spaces around a
valenced word written capitalised. Each must give exactly what the plain definition gives (the
regex over the whole text), on the dev corpus, on texts built around the families' own examples
and on the benchmark's long letters. All the texts are fictional.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from scripta.analysis import engine, valence_blanks
from scripta.analysis.tests.readings import dev_texts
from scripta.analysis.text import WORD_RE, fold

ROOT = Path(__file__).resolve().parents[3]

PIECES = [
    "I literally died 😂",
    "im dead 😂😂",
    "sono morta dal ridere, ho pianto tutto il tempo 😂",
    "laughing so hard I'm crying 😂",
    "meglio morto che juventino 😂",
    "better dead than seen in crocs lol",
    "I'd rather die than sing karaoke 😅",
    "alla seconda bottiglia di rosso, da solo, è l'unico modo per spegnere la testa 🙂",
    "third glass of wine, only way to switch my brain off 🙂",
    "wine with dinner, then to the cinema",
    "We watched Dead Poets Society again 😊",
    "then Sad Lisa came on the radio 🙂",
    "che fine ha fatto il pacco? 😊",
    "un vino rosso. bottiglia vuota! per dimenticare",
]


def _long_emails() -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import analysis_speed
    finally:
        sys.path.pop(0)
    return [t for _name, t in analysis_speed.long_emails()]


def _texts() -> list[str]:
    rng = random.Random(20261128)
    texts = list(dev_texts()) + PIECES
    for _ in range(400):
        picked = rng.sample(PIECES, 3) + rng.sample(dev_texts(), 2)
        rng.shuffle(picked)
        texts.append(rng.choice([" ", ". ", "\n", ", "]).join(picked))
    return texts + _long_emails()


_LAUGH_SENTENCE = re.compile(r"[^.!?\n\x03]*\x03")
_TITLE_RUN = valence_blanks._TITLE_RUN_RX


def _plain_laughter(folded: str) -> list[tuple[int, int]]:
    out = []
    for m in _LAUGH_SENTENCE.finditer(folded):
        lo, hi = m.start(), m.end()
        out += [
            (h.start(), h.end())
            for h in valence_blanks._LAUGH_HYPERBOLE_RX.finditer(folded, lo, hi)
        ]
        if valence_blanks._LAUGHTER_RX.search(folded, lo, hi):
            out += [(t.start(), t.end()) for t in valence_blanks._TEARS_RX.finditer(folded, lo, hi)]
    return out


def _plain_title(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _TITLE_RUN.finditer(text):
        for w in re.finditer(r"[A-Za-z]+", m.group(0)):
            if w.group(0).lower() in engine._VALENCED:
                out.append((m.start() + w.start(), m.start() + w.end()))
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_the_examples_are_found() -> None:
    # the comparison below means something only if the fast paths find something
    found = {"laughter": 0, "drink": 0, "preference": 0, "title": 0}
    for text in PIECES:
        folded = fold(text)
        words = set(WORD_RE.findall(folded))
        found["laughter"] += bool(valence_blanks.laughter_spans(folded))
        found["drink"] += bool(valence_blanks.coping_drink_spans(folded, words))
        found["preference"] += bool(valence_blanks.preference_spans(folded, words))
        found["title"] += bool(valence_blanks.title_spans(text, engine._VALENCED, words))
    assert found == {"laughter": 4, "drink": 2, "preference": 3, "title": 2}, found


def test_fast_paths_find_what_the_plain_regexes_find(texts: list[str]) -> None:
    differ = []
    for text in texts:
        folded = fold(text)
        words = set(WORD_RE.findall(folded))
        if valence_blanks.laughter_spans(folded) != _plain_laughter(folded):
            differ.append(("laughter", text[:60]))
        drink = [(m.start(), m.end()) for m in valence_blanks._COPING_DRINK_RX.finditer(folded)]
        index = engine.WordIndex(folded)  # the long text's path, on every text
        if valence_blanks.coping_drink_spans(folded, index.words, index) != drink:
            differ.append(("drink", text[:60]))
        pref = [(m.start(), m.end()) for m in valence_blanks._PREFERENCE_RX.finditer(folded)]
        if valence_blanks.preference_spans(folded, words) != pref:
            differ.append(("preference", text[:60]))
        if valence_blanks.title_spans(text, engine._VALENCED, words) != _plain_title(text):
            differ.append(("title", text[:60]))
    assert not differ, differ[:10]
