"""The lexicons compile, are keyed, and stay free of catastrophic backtracking."""

from __future__ import annotations

import time

from scripta.analysis.rules import INDEX, _follows, expand, first_keys


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
