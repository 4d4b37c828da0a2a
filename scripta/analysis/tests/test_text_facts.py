"""The per-text facts of a long letter (word offsets) give the answers of the plain scans."""

from __future__ import annotations

from scripta.analysis import overreading
from scripta.analysis.engine import WordIndex
from scripta.analysis.text import WORD_RE, fold

from .readings import dev_texts
from .test_overreading import _CONTRAST_TEXTS


def test_contrast_from_word_offsets_is_the_search() -> None:
    texts = [*_CONTRAST_TEXTS, "another different world", "an other life", *dev_texts()]
    texts.append(" ".join(texts))  # a long letter
    found_any = False
    for text in texts:
        folded = fold(text)
        expected = overreading._CONTRAST.search(folded) is not None
        found_any = found_any or expected
        index = WordIndex(folded)
        assert overreading._contrast_anywhere(folded, index.words, index) == expected, text[:80]
        assert overreading._contrast_anywhere(folded, None, index) == expected, text[:80]
        for i in range(0, len(folded), 11):  # every anchor cut at the text's start
            tail = folded[i : i + 60]
            want = overreading._CONTRAST.search(tail) is not None
            sub = WordIndex(tail)
            assert overreading._contrast_anywhere(tail, set(WORD_RE.findall(tail)), sub) == want
    assert found_any


_MEANS_TEXTS = [
    "razor blades and a rope",
    "xrazor blades, blades, lamette",
    "the razor blades blades rope_ ropes noose corda cappio lametta.",
    "razorblades razor  blades razor blade razor bladesx",
    "\x02razor blades 9razor blades _razor blades",
    "",
]


def test_means_from_word_offsets_are_the_scan() -> None:
    from scripta.analysis import engine

    texts = [*_MEANS_TEXTS, *dev_texts()]
    texts.append(" ".join(texts))
    for text in texts:
        folded = fold(text)
        want = [m.span() for m in engine._word_starts(engine._MEANS_RX, folded)]
        got = [m.span() for m in engine._means_at(folded, WordIndex(folded))]
        assert got == want, text[:80]


def _fold_by_regex(text: str) -> str:
    from scripta.analysis import text as text_mod

    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return text_mod._NON_ASCII.sub(text_mod._fold_char, low)


def test_fold_of_a_long_text_replaces_each_distinct_character() -> None:
    pieces = [
        "Perché è così “difficile” – già… 💊 😂 ok",
        "Straße Æsir Øre naïve café ‘quoted’ «guillemets» \u00a0nbsp",
        "İstanbul ǅemal ﬁne",  # lowercase changes the length: folded char by char
        "\ud800 a lone surrogate",
        "\u212a Kelvin, \u1e9e capital sharp s, ΑΣ ΣΑΣ final sigma, Ǆ ǅ ǆ",
        "日本語のテキスト、中文文本、русский текст, ελληνικά",  # another script: many characters
    ]
    for piece in pieces:
        for text in (piece, (piece + " ") * 200, ("plain text " * 300) + piece):
            assert fold(text) == _fold_by_regex(text), text[:40]
            assert len(fold(text)) == len(text)
