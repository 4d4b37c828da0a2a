"""The issue's targets on the labelled corpus: the contract the reading engine must meet.

These tests run the engine over the whole corpus (dev and holdout). They may fail while the
engine is being built; they are not to be relaxed by relabelling the corpus.

Run: python -m pytest scripta/analysis/tests/test_corpus_targets.py -p no:django -q
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
EVAL = ROOT / "bench" / "analysis_eval.py"


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("analysis_eval", EVAL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("analysis_eval", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    ev = _load_eval()
    import scripta.analysis  # noqa: F401  (lazy: fail here, clearly, if the engine is missing)

    out = ev.evaluate(give_language=False)
    assert "engine_error" not in out, out.get("engine_error")
    return out


def test_engine_reads_every_item_without_error(results: dict[str, Any]) -> None:
    assert not results["messages"]["all"]["errors"]
    assert not results["replies"]["errors"]


# The targets, on the whole corpus (dev + holdout). On 2026-11-28 (engine 2026.11.25,
# 4,944 messages: dev 4,744 with blind rounds 6 to 19 and the seen round-12 texts spent and tuned
# on, and blind round 20 as the holdout, measured once): recall of high+imminent 0.990 (dev 1.000,
# blind round 20 0.771) holds; four idiom or quoted lines raised to high/imminent keep the idiom
# target unmet: three of round 20 (all three by the learned net), and one dev line whose label is
# doubted (LABEL_DOUBTS below; counted here all the same). Every signal's F1 >= 0.9 holds (lowest
# support_request 0.919; the holdout's own valence_shift is 0.0: four shifts, none found). An
# unmet target is a strict expected failure: the day the engine
# meets it, it XPASSes, the run fails, and its marker must come off (between a spent round and the
# next holdout the dev half alone may meet it: that is not the target).
# Earlier: 2026.11.24 with round 19 as the holdout, recall 0.994, three lines raised, every F1 >= 0.917;
# 2026.11.23 with round 18 as the holdout, recall 0.991, five lines raised, every F1 >= 0.912;
# 2026.11.22 with round 17 as the holdout, recall 0.985, three lines raised;
# 2026.11.21 with round 16 as the holdout, recall 0.987, five lines raised;
# 2026.11.20 with round 15 as the holdout, recall 0.986, two lines raised;
# 2026.11.19 with round 14 as the holdout, recall 0.994, three lines raised;
# 2026.11.18 with round 13, 0.987, three; 2026.11.17 with round 12, 0.988, eight; 2026.11.16
# with round 11, 0.991, five; 2026.11.14 with round 10, 0.989, three; 2026.11.13 with round 9,
# 0.986, nine; 2026.11.12 with round 8, 0.984, eight; 2026.11.11 with round 7, 0.987, seven;
# 2026.11.9 with round 6, 0.990, three. Never to be met by relabelling.
TARGET_GAP = "issue target not met yet (see docs/analysis.md): remove this marker when it passes"


def test_recall_high_imminent(results: dict[str, Any]) -> None:
    r = results["messages"]["all"]
    assert r["recall_high_imminent"] >= 0.98, f"missed: {r['high_imminent_missed']}"


@pytest.mark.xfail(strict=True, reason=TARGET_GAP)
def test_no_idiom_or_quotation_raised_to_high(results: dict[str, Any]) -> None:
    r = results["messages"]["all"]
    assert not r["idiom_quotation_raised"], r["idiom_quotation_raised"]


def test_per_signal_f1(results: dict[str, Any]) -> None:
    r = results["messages"]["all"]
    low = {c: s["f1"] for c, s in r["signals"].items() if s["f1"] < 0.9}
    assert not low, low


# Regression guards. The dev half (the engine is tuned on it) must meet the targets, per
# language. When a holdout round is spent (measured once, then moved to dev; see GUIDELINES.md,
# "Holdout rounds"), dev gains messages the engine was not tuned on yet: until they are, a
# language whose dev half misses the targets is marked here as a strict expected failure.
DEV_GAP = "dev half includes a spent holdout round, not tuned on yet: remove when it passes"
# Dev items the engine reads against their label on purpose, because the label looks wrong by
# GUIDELINES.md (kept as the blind author wrote it; the whole-corpus figures count them). Each
# must still be read that way: the test fails when one is not, so the list cannot go stale.
LABEL_DOUBTS = {
    # "After today's 6-0 at home I just don't want to be alive any more lol": labelled an idiom
    # (none) by round 9's author; GUIDELINES.md: "I want to be dead" is not an idiom, and "I don't
    # want to live any more" carries the risk (high). Read high: recall comes first.
    "dev-en-1054": "high",
}


@pytest.mark.parametrize(
    "lang",
    [
        # blind round 19 spent into dev (2026-11-28) and tuned on (tests/test_round19_en.py and
        # test_round19_it.py)
        "en",
        "it",
    ],
)
def test_dev_half_meets_the_targets(results: dict[str, Any], lang: str) -> None:
    r = results["messages"][f"dev_{lang}"]
    assert r["recall_high_imminent"] >= 0.98, r["high_imminent_missed"]
    raised = set(r["idiom_quotation_raised"])
    doubted = {i for i in LABEL_DOUBTS if i.startswith(f"dev-{lang}-")}
    assert doubted <= raised, doubted - raised  # still read against the label
    assert not raised - doubted, sorted(raised - doubted)
    low = {c: s["f1"] for c, s in r["signals"].items() if s["f1"] < 0.9 and s["support"]}
    assert not low, low


# On the blind holdout (never tuned on) the floors are the figures measured when the current
# round was first read; each round has its own. Round 20, engine 2026.11.25 (2026-11-28): recall
# of high+imminent 0.771 (54 of 70; rules alone 0.357; engine 2026.11.24 reads it at 0.757),
# lowest signal F1 0.667 (loneliness) but for valence_shift, 0.0 (four shifts labelled, none
# found, one read where the authors saw none: its own floor), three idiom or quoted lines raised
# (all three by the learned net). Raise them as the engine improves, never lower them for the
# same round.
# Earlier rounds, before they were spent: round 2 0.750 (2026.11.2) and 0.829 (2026.11.3); round 3
# 0.647 (2026.11.4) and 0.735 (2026.11.5); round 4 0.779 (2026.11.6 and 2026.11.7); round 5 0.676
# (2026.11.8); round 6 0.914 (2026.11.9); round 7 0.871 (2026.11.11); round 8 0.829 (2026.11.12);
# round 9 0.843 (2026.11.13); round 10 0.857 (2026.11.14); round 11 0.871 (2026.11.16); round 12
# 0.829 (2026.11.17); round 13 0.800 (2026.11.18); round 14 0.900 (2026.11.19); round 15 0.743
# (2026.11.20); round 16 0.743 (2026.11.21); round 17 0.686 (2026.11.22); round 18 0.800
# (2026.11.23); round 19 0.857 (2026.11.24).
HOLDOUT_FLOOR_RECALL = 0.77
HOLDOUT_FLOOR_F1 = 0.66
HOLDOUT_FLOOR_F1_BY_SIGNAL = {"valence_shift": 0.0}
HOLDOUT_MAX_IDIOM_QUOTATION_RAISED = 3


def test_holdout_does_not_regress(results: dict[str, Any]) -> None:
    r = results["messages"]["holdout"]
    if not results["counts"]["holdout"]:
        pytest.skip("no holdout yet: the blind round is being written")
    assert r["recall_high_imminent"] >= HOLDOUT_FLOOR_RECALL, r["high_imminent_missed"]
    raised = r["idiom_quotation_raised"]
    assert len(raised) <= HOLDOUT_MAX_IDIOM_QUOTATION_RAISED, raised
    low = {
        c: s["f1"]
        for c, s in r["signals"].items()
        if s["f1"] < HOLDOUT_FLOOR_F1_BY_SIGNAL.get(c, HOLDOUT_FLOOR_F1)
    }
    assert not low, low
