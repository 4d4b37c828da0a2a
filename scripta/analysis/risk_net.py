"""A learned recall safety net for suicidal ideation (logistic regression over words).

The rules (``lexicon/``) list phrasings; a new writer phrases ideation in ways no list has
("I'd like to just stop existing", "vorrei dormire e basta, per sempre"). This module scores a
message with a linear model over cheap word features of the engine's folded text and says
whether it reads like the messages labelled ``high``/``imminent`` in the dev corpus. The engine
asks it only when its rules read a message below ``high``; a message over the threshold gets one
``net_ideation`` cue (``high``) that goes through the usual context modifiers.

Pure Python: the weights are a JSON file shipped with the package (``risk_net.json``), written
by ``bench/train_risk_net.py`` (deterministic). Features (binary, present or not):

- ``w:<word>`` words of the folded text, and ``s:<stem>`` the first 5 letters of words of 6+
  letters (inflections and typos);
- ``b:<word> <word>`` bigrams within a clause;
- NegEx-style negation scope: the up to 3 words after a negation word in the same clause are
  marked ``!`` (``w:!live``), so "I don't want to exist" and "I exist" are different features;
- ``f:1p`` a first-person word in the text; ``l:<lang>`` the detected language.
"""

from __future__ import annotations

import json
import math
import re
from importlib import resources
from typing import Any

TOKEN_RE = re.compile(r"[a-z0-9]+|[.,;:!?\n\"]")
_BREAK = frozenset('.,;:!?\n"')
# words that open a negation scope (after fold; "don't" folds to "don", "t")
NEG_WORDS = frozenset(
    [
        "not",
        "no",
        "never",
        "t",
        "dont",
        "cant",
        "wont",
        "nothing",
        "nobody",
        "nor",
        "non",
        "nn",
        "mai",
        "niente",
        "nulla",
        "nessuno",
        "senza",
        "without",
        "neanche",
        "nemmeno",
        "neppure",
    ]
)
# words that close a negation scope inside a clause
_SCOPE_END = frozenset(["but", "ma", "pero", "however", "though", "anche"])
FIRST_PERSON = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "im",
        "ive",
        "id",
        "mine",
        "io",
        "mi",
        "me",
        "mio",
        "mia",
        "miei",
        "mie",
        "sono",
        "ho",
        "vorrei",
        "voglio",
    ]
)
NEG_SCOPE = 3
STEM = 5
MAX_CHARS = 20_000  # a longer text is scored on its first 20,000 characters

_MODEL: list[Any] = []  # [weights dict, bias, threshold] once loaded


def tokens(folded: str) -> list[tuple[str, int, int]]:
    """(feature word, start, end) of each word; ``!word`` inside a negation scope;
    ``""`` for a clause break."""
    out: list[tuple[str, int, int]] = []
    scope = 0
    for m in TOKEN_RE.finditer(folded, 0, MAX_CHARS):
        w = m.group()
        if w in _BREAK:
            scope = 0
            out.append(("", m.start(), m.end()))
            continue
        if w in NEG_WORDS:
            scope = NEG_SCOPE
            out.append((w, m.start(), m.end()))
            continue
        if w in _SCOPE_END:
            scope = 0
        if scope:
            scope -= 1
            w = "!" + w
        out.append((w, m.start(), m.end()))
    return out


def _word_features(w: str) -> list[str]:
    feats = ["w:" + w]
    bare = w[1:] if w.startswith("!") else w
    if len(bare) > STEM:
        feats.append("s:" + w[: STEM + (len(w) - len(bare))])
    return feats


def features(folded: str, lang: str) -> set[str]:
    """The binary features of a folded text (shared by training and inference)."""
    feats: set[str] = {"l:" + lang}
    prev = ""
    first = False
    for w, _s, _e in tokens(folded):
        if not w:
            prev = ""
            continue
        feats.update(_word_features(w))
        if prev:
            feats.add("b:" + prev + " " + w)
        prev = w
        if not first and w in FIRST_PERSON:
            first = True
    if first:
        feats.add("f:1p")
    return feats


def _load() -> list[Any]:
    if not _MODEL:
        raw = resources.files(__package__).joinpath("lexicon", "risk_net.json").read_text("utf-8")
        data = json.loads(raw)
        _MODEL.extend([data["weights"], float(data["bias"]), float(data["threshold"])])
    return _MODEL


def threshold() -> float:
    return float(_load()[2])


def probability(folded: str, lang: str) -> float:
    """P(high or imminent) for the message, by the net alone."""
    weights, bias, _t = _load()
    z = bias
    get = weights.get
    for f in features(folded, lang):
        z += get(f, 0.0)
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def evidence(folded: str, lang: str) -> tuple[int, int]:
    """The span to show: the words with the largest positive weights in the sentence that
    scores highest (from the first to the last of its top 3 words)."""
    weights, _b, _t = _load()
    get = weights.get
    best: tuple[float, list[tuple[float, int, int]]] = (-math.inf, [])
    sent: list[tuple[float, int, int]] = []
    total = 0.0
    prev = ""
    toks = tokens(folded)
    for i, (w, s, e) in enumerate(toks):
        last = i == len(toks) - 1
        if w:
            c = sum(get(f, 0.0) for f in _word_features(w))
            if prev:
                c += get("b:" + prev + " " + w, 0.0)
            sent.append((c, s, e))
            total += c
            prev = w
        else:
            prev = ""
        if last or (not w and folded[s] in ".!?\n"):
            if sent and total > best[0]:
                best = (total, sent)
            sent, total = [], 0.0
    words = sorted(best[1], key=lambda t: -t[0])[:3]
    if not words:
        return (0, 0)
    return (min(s for _c, s, _e in words), max(e for _c, _s, e in words))
