"""A learned recall safety net for suicidal ideation (logistic regression over words).

The rules (``lexicon/``) list phrasings; a new writer phrases ideation in ways no list has
("I'd like to just stop existing", "vorrei dormire e basta, per sempre"). This module scores a
message with a linear model over cheap word features of the engine's folded text and says
whether it reads like the messages labelled ``high``/``imminent`` it was trained on: the dev
corpus, the everyday negatives (label none) and the training-only messages of 30 further authors
(``tests/corpus/net_training_*.py``, all levels). The engine asks it only when its rules read a
message below ``high``; a message over the threshold gets one ``net_ideation`` cue (``high``) that
goes through the usual context modifiers.

The threshold is chosen on new authors: the lowest at which the net, trained without each spent
blind round (6 onward) and read with the engine of that round's time, adds no more false alarms
on those rounds than the weights it replaced, and in sample adds none to the dev corpus and the
everyday negatives (see ``bench/train_risk_net.py``).

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
        weights: dict[str, float] = data["weights"]
        # first word -> the words after it that make a weighted bigram: a set lookup per word
        # pair instead of building the bigram's feature name (most pairs have no weight)
        seconds: dict[str, set[str]] = {}
        for f in weights:
            if f.startswith("b:"):
                a, b = f[2:].split(" ", 1)
                seconds.setdefault(a, set()).add(b)
        _MODEL.extend([weights, float(data["bias"]), float(data["threshold"])])
        _BIGRAM_SECONDS.update((a, frozenset(b)) for a, b in seconds.items())
    return _MODEL


_BIGRAM_SECONDS: dict[str, frozenset[str]] = {}
# feature word -> its weighted word features ("w:", "s:"), computed once per word (bounded)
_WORD_KEYS: dict[str, tuple[str, ...]] = {}


def _word_keys(w: str, weights: dict[str, float]) -> tuple[str, ...]:
    keys = _WORD_KEYS.get(w)
    if keys is None:
        if len(_WORD_KEYS) > 50_000:
            _WORD_KEYS.clear()
        keys = _WORD_KEYS[w] = tuple(f for f in _word_features(w) if f in weights)
    return keys


# what a token does to the negation scope, one lookup per token in weighted_features()
_BREAKS, _OPENS, _CLOSES = 1, 2, 3
_SCOPE_ROLE: dict[str, int] = {
    **dict.fromkeys(_SCOPE_END, _CLOSES),
    **dict.fromkeys(NEG_WORDS, _OPENS),
    **dict.fromkeys(_BREAK, _BREAKS),
}


def weighted_features(folded: str, lang: str) -> set[str]:
    """The features of :func:`features` that have a weight (the others add 0 to the score).

    Same tokens and negation scope as :func:`tokens`, in one pass over the words alone (no
    offsets): this is what :func:`probability` sums, on every message the rules read below high.
    """
    weights = _load()[0]
    seconds_of = _BIGRAM_SECONDS
    word_keys = _WORD_KEYS
    role_of = _SCOPE_ROLE
    feats: set[str] = set()
    scope = 0
    prev = ""
    after: frozenset[str] | None = None  # words that make a weighted bigram after ``prev``
    first = False
    for w in TOKEN_RE.findall(folded, 0, MAX_CHARS):
        role = role_of.get(w)
        if role == _BREAKS:
            scope = 0
            after = None
            continue
        if role == _OPENS:
            scope = NEG_SCOPE
        else:
            if role == _CLOSES:
                scope = 0
            if scope:
                scope -= 1
                w = "!" + w
        keys = word_keys.get(w)
        if keys is None:
            keys = _word_keys(w, weights)
        if keys:
            feats.update(keys)
        if after is not None and w in after:
            feats.add("b:" + prev + " " + w)
        prev = w
        after = seconds_of.get(w)
        if not first and w in FIRST_PERSON:
            first = True
    for f in ("l:" + lang, "f:1p") if first else ("l:" + lang,):
        if f in weights:
            feats.add(f)
    return feats


def threshold() -> float:
    return float(_load()[2])


def probability(folded: str, lang: str) -> float:
    """P(high or imminent) for the message, by the net alone."""
    weights, bias, _t = _load()
    # bias + each weight in turn (sum() of floats adds left to right, as the loop did)
    z = sum(map(weights.__getitem__, weighted_features(folded, lang)), bias)
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
