"""The scanners skip a rule by the word after its key word only when the rule cannot match there.

What must follow a key word (``rules._follows``) is derived from the patterns: words, stems, the
first digits of a number, the word after an apostrophe, and the placeholders (the pill emoji)
that may stand instead of a word. These tests check each derivation, and that the narrowed
scanners find every match the unnarrowed ones find, on the dev corpus and on texts built for
each mechanism.
"""

from __future__ import annotations

import json

import pytest

from scripta.analysis import engine
from scripta.analysis.lexicon import en as _en
from scripta.analysis.lexicon import it as _it
from scripta.analysis.rules import INDEX, DerivedKeys, RuleIndex, _follows, derive_keys, expand
from scripta.analysis.tests.readings import dev_texts
from scripta.analysis.text import WORD_RE, fold

SAMPLE = 12  # every SAMPLE-th message of each dev half

# one text per mechanism (short: read by the per-key regexes; doubled past LONG_TEXT: by WordIndex)
BUILT = [
    "domani e il giorno. il 12 e il giorno. il dodici e il giorno",
    "i'm done. i'm so done with all of it. im done. i am done",
    "i 💊 tonight, i 💊💊 all of them. le 💊 sono qui",
    "ho 30 pastiglie. ho qui 20 pastiglie. ho 3 gatti",
    "a che serve. quello che serve. che senso ha",
    "a 18 anni non ci arrivo. a diciott'anni non ci arrivo. a 9 anni",
    "tutte le pastiglie 💊 e tutti i farmaci. i farmaci li ho presi tutti",
]


def _follows_of(pattern: str, word: str) -> object:
    return next(f for w, _pre, _gate, f in derive_keys(expand(pattern)) if w == word)


def test_a_number_after_the_key_word_is_its_first_digits() -> None:
    assert _follows(expand(r" \d{1,2} e il giorno")) == (frozenset(), tuple("0123456789"), "")
    assert _follows(expand(r" [1-3]\d+ pills")) == (frozenset(), ("1", "2", "3"), "")
    assert _follows(expand(r" (?:[1-9]\d+|venti) pills")) == (
        frozenset({"venti"}),
        tuple("123456789"),
        "",
    )
    # a number that may be missing: no constraint
    assert _follows(expand(r" \d? pills")) is None


def test_the_word_after_an_apostrophe_starts_the_next_word() -> None:
    # "i'm": "m" follows "i" (the lookbehind after it consumes nothing)
    assert _follows_of(r"(?:i'?m)(?<!\bwhen\x20i'm) gone", "i") == (frozenset({"m"}), (), "")
    follow = _follows_of(r"i'm(?:so|very)? gone", "i")
    assert follow is not None and "m" in follow[1]  # a stem: "mso" is one word


def test_a_lookbehind_after_a_word_keeps_it_whole() -> None:
    keys = {(w, pre) for w, pre, _g, _f in derive_keys(expand(r"che(?<!quello\x20che) serve"))}
    assert keys == {("che", False)}
    assert _follows_of(r"che(?<!quello\x20che) serve", "che") == (frozenset({"serve"}), (), "")


def test_a_placeholder_that_may_come_next_is_listed() -> None:
    assert _follows(expand(r" (?:pills|\x02+)")) == (frozenset({"pills"}), (), "\x02")
    assert "\x02" in INDEX.marks
    # in a text holding the placeholder, such a rule is not narrowed by the next word
    word, is_prefix = "i", False
    plain = INDEX.scanner(word, is_prefix, "")
    marked = INDEX.scanner(word, is_prefix, "\x02")
    assert any(f is not None and f[2] for f in plain.follows)
    assert not any(f is not None and f[2] for f in marked.follows)
    assert INDEX.marks_in(fold("i 💊")) == "\x02"
    assert INDEX.marks_in("i took them") == ""


def test_the_keys_file_round_trips_the_placeholders() -> None:
    data = json.loads(DerivedKeys.dump(INDEX.rules))
    loaded = DerivedKeys(data)
    assert any(f is not None and f[2] == "\x02" for f in loaded.follows)


def _unnarrowed_index() -> RuleIndex:
    index = RuleIndex(_en.RULES + _it.RULES, DerivedKeys.load())
    index._follows = dict.fromkeys(index._follows)  # no rule narrowed by its next word
    return index


def _texts() -> list[str]:
    """The built texts and a sample of the dev corpus (every rule's scanner of both indexes is
    compiled on first use: the whole corpus would make this test the suite's slowest)."""
    texts = list(BUILT)
    for lang in ("en", "it"):
        texts.extend(dev_texts(lang)[::SAMPLE])
    return texts


def _found(folded: str, long: bool) -> list[tuple[int, int, int]]:
    if long:
        index = engine.WordIndex(folded)
        hits = engine._hits(folded, index.words, index)
    else:
        hits = engine._hits(folded, set(WORD_RE.findall(folded)))
    return [(h.rule.order, h.start, h.end) for h in hits]


@pytest.mark.parametrize("long", [False, True])
def test_narrowed_scanners_find_what_unnarrowed_ones_find(
    long: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [fold(t) for t in _texts()]
    if long:  # past LONG_TEXT: the word index lists the occurrences
        texts = [fold(t + "\n" + t) for t in BUILT] + [
            "\n".join(texts[i : i + 40]) for i in range(0, len(texts), 40)
        ]
    narrowed = [_found(t, long) for t in texts]
    monkeypatch.setattr(engine, "INDEX", _unnarrowed_index())
    for folded, found in zip(texts, narrowed, strict=True):
        assert found == _found(folded, long), folded[:80]


def test_next_words_that_keep_the_same_rules_share_one_scanner() -> None:
    # a scanner compiles its alternation on first use: a new next word keeping rules already
    # kept for another word reuses that scanner (and its compiled alternation)
    for word in sorted(INDEX.exact):
        sc = INDEX.scanner(word, False)
        if any(f is None for f in sc.follows) and any(f is not None for f in sc.follows):
            break
    else:
        pytest.skip("no key with both narrowed and unnarrowed rules")
    first, second = sc.before("zzqxa"), sc.before("zzqxb")
    assert first is not None and first is not sc
    assert first is second
    assert [r.order for r in first.rules] == [
        r.order for r, f in zip(sc.rules, sc.follows, strict=True) if f is None
    ]
