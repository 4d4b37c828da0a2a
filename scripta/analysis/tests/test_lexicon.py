"""The lexicons compile, are keyed, and stay free of catastrophic backtracking."""

from __future__ import annotations

import time
from importlib import resources

import pytest

from scripta.analysis.lexicon import en as _en
from scripta.analysis.lexicon import it as _it
from scripta.analysis.rules import (
    INDEX,
    KEYS_FILE,
    DerivedKeys,
    Rule,
    RuleIndex,
    _follows,
    expand,
    first_keys,
    pattern_digest,
)


def test_every_rule_and_prefilter_compiles() -> None:
    INDEX.compile_all()
    for word in INDEX.exact:
        INDEX.prefilter(word, False)
    for table in INDEX.prefix.values():
        for stem in table:
            INDEX.prefilter(stem, True)


def test_rules_are_linear_on_adversarial_input() -> None:
    INDEX.compile_all()
    # long runs of the words the rules start with, with no way to complete a match
    text = ("i i i not not non nn mi mi sono sono so very " * 300) + "x"
    start = time.perf_counter()
    for rule in INDEX.rules:
        for pos in range(0, 600, 7):
            rule.rx.match(text, pos)
    assert time.perf_counter() - start < 30  # generous: a backtracking bomb takes minutes


def test_a_group_that_may_be_skipped_does_not_key_or_gate_the_rule() -> None:
    # "{0,2}" like "?" and "*": the word after the group may come first
    for quantifier in ("?", "*", "{0,2}", "{0,2}?", "??"):
        pattern = expand(r"(?:di [\w']+ )" + quantifier + "ponte")
        assert ("ponte", False) in first_keys(pattern), quantifier
        assert ("di", False) in first_keys(pattern), quantifier
        follows = _follows(expand(r" (?:di [\w']+ )" + quantifier + "ponte"))
        assert follows is not None and {"di", "ponte"} <= follows[0], quantifier
    # a group that must occur at least once still keys the rule on its words only
    assert first_keys(expand(r"(?:di [\w']+ ){1,2}ponte")) == {("di", False)}


def test_no_doubled_backslashes_in_patterns() -> None:
    # r"\\s" in a raw string matches a literal backslash: always a typo in these lexicons
    for rule in INDEX.rules:
        assert "\\\\" not in rule.source, rule.source


def test_every_cue_code_has_an_explanation() -> None:
    """A cue the engine can emit is explained in words, never by its bare code."""
    from scripta.analysis.explain import CUES
    from scripta.analysis.lexicon import en, it

    emitted = {
        e.code
        for module in (en, it)
        for e in module.RULES
        if e.kind in ("risk", "method", "farewell", "idiom")
    }
    emitted |= {"plan", "pills_near_intent", "masked_distress", "repeated_apology", "net_ideation"}
    assert sorted(emitted - set(CUES)) == []


def _structure(index: RuleIndex) -> tuple[object, ...]:
    def table(pairs: list[tuple[Rule, frozenset[str] | None]]) -> list[tuple[int, object]]:
        return [(rule.order, gate) for rule, gate in pairs]

    exact = {w: table(p) for w, p in index.exact.items()}
    prefix = {n: {w: table(p) for w, p in t.items()} for n, t in index.prefix.items()}
    return exact, prefix, index._follows, [(r.source, r.pattern) for r in index.rules]


def test_the_shipped_rule_keys_are_current() -> None:
    # rule_keys.json spares the parse of every pattern at import; a lexicon edited without
    # rewriting it still loads right (its new patterns are parsed), only slower
    assert INDEX.derived_here == 0, "lexicon edited: run `make lexicon-keys`"
    shipped = resources.files("scripta.analysis").joinpath("lexicon", KEYS_FILE)
    assert shipped.read_text("utf-8") == DerivedKeys.dump(INDEX.rules), (
        "rule_keys.json is stale: run `make lexicon-keys`"
    )


def test_keys_from_the_file_are_the_keys_parsed_from_the_patterns() -> None:
    parsed = RuleIndex(_en.RULES + _it.RULES, None)
    assert parsed.derived_here == len([r for r in parsed.rules if not r.source.startswith("@")])
    assert _structure(parsed) == _structure(INDEX)


def test_a_pattern_missing_from_the_keys_file_is_parsed() -> None:
    derived = DerivedKeys.load()
    first = next(r for r in INDEX.rules if not r.source.startswith("@"))
    del derived.keys[pattern_digest(first.pattern.removesuffix(r"(?![a-z0-9])"))]
    index = RuleIndex(_en.RULES + _it.RULES, derived)
    assert index.derived_here == 1
    assert _structure(index) == _structure(INDEX)


def test_a_rule_is_listed_once_per_key() -> None:
    # the scanners rely on it (a rule's paths to one key are merged when its keys are derived)
    tables = [INDEX.exact, *INDEX.prefix.values()]
    for table in tables:
        for word, pairs in table.items():
            orders = [rule.order for rule, _gate in pairs]
            assert len(orders) == len(set(orders)), word


def test_an_unreadable_keys_file_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    # a merge can leave conflict markers in the one-line JSON: the engine still loads (slower)
    class Broken:
        def joinpath(self, *parts: str) -> Broken:
            return self

        def read_text(self, encoding: str) -> str:
            return "<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> branch\n"

    monkeypatch.setattr(resources, "files", lambda package: Broken())
    derived = DerivedKeys.load()
    assert derived.keys == {}
