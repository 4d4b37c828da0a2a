"""Stretches of a message whose words do not set the valence an emoticon is read against.

The valence-shift check (engine._valence_shift) reads an emoticon against the words before it;
these helpers find the words that look dark or sad but are not the sender's mood: a hyperbole
of laughter under a laughing emoji, a title, a death preferred to a trifle, a word of the other
language (the Italian "fine", an end), not caring about being seen; and the one stretch that is sad without a sad word:
drinking to cope. All work on the folded text (offsets are the original text's).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from . import lazyre as re  # re.compile compiles on first use (lazyre.py)
from .text import LAUGH

if TYPE_CHECKING:
    from .context import WordOffsets

Spans = list[tuple[int, int]]

# what ends the stretch a laughing emoji (folded to LAUGH) closes: a sentence's end or another laugh
_LAUGH_STRETCH_ENDS = ".!?\n" + LAUGH
# a death, a breath or tears that are the laugh's own ("I literally died 😂", "so' morto 😂",
# "i can't breathe 😂"): the sender is alive and laughing; "dead inside" is not a laugh
_LAUGH_HYPERBOLE_RX = re.compile(
    r"\b(?:(?:i'?m|im|i am) (?:literally |actually |so |lowkey |actually literally )?(?:dead|dying|deceased)|"
    r"i (?:literally |actually |just |totally |lowkey )?died|(?:i )?(?:can'?t|cant|cannot|couldn'?t|couldnt) breathe|"
    r"(?:sono|so'?) (?:letteralmente |proprio |praticamente )?mort[oa]|(?:muoio|sto morendo)|non respiro(?: piu)?)\b"
    r"(?! (?:inside|dentro)\b)"
)
# tears in a sentence of laughter ("sono morta dal ridere, ho pianto tutto il tempo 😂"): the
# laugh's tears; laughter at the sender ("laughed at me", "riso in faccia") is not the sender's
_LAUGHTER_RX = re.compile(
    r"\b(?:dal ridere|dalle risate|per le risate|a forza di ridere|laughing|laughter|"
    r"laughed so (?:hard|much)|with laughter)\b"
)
_TEARS_RX = re.compile(r"\b(?:cried|crying|cry|tears|ho pianto|piangevo|piango|piangere|lacrime)\b")


def laughter_spans(folded: str) -> Spans:
    """The hyperboles and tears of laughter of the sentences a laughing emoji closes."""
    out: Spans = []
    hi = folded.find(LAUGH)
    while hi >= 0:
        # the stretch since the last sentence end or laugh (str methods: a regex for it retried
        # at every character of a long letter)
        lo = max(folded.rfind(c, 0, hi) for c in _LAUGH_STRETCH_ENDS) + 1
        hi += 1
        out += [(h.start(), h.end()) for h in _LAUGH_HYPERBOLE_RX.finditer(folded, lo, hi)]
        if _LAUGHTER_RX.search(folded, lo, hi):
            out += [(t.start(), t.end()) for t in _TEARS_RX.finditer(folded, lo, hi)]
        hi = folded.find(LAUGH, hi)
    return out


# a run of two or more capitalised words ("Dead Poets Society", "Kill Bill") after the start of
# its sentence: a name or a title, whose dark words are not the sender's
_TITLE_RUN_RX = re.compile(
    r"(?<=[\w,;:'\"(] )[A-Z][a-z]+(?:(?: (?:of|the|a|an|and|in|di|dei|del|della|e))* [A-Z][a-z]+)+"
)
_LETTERS_RX = re.compile(r"[A-Za-z]+")
# a title run is made of ASCII letters and spaces only: it lies inside a stretch of them
_NOT_RUN_RX = re.compile(r"[^A-Za-z ]")


def title_spans(text: str, valenced: AbstractSet[str], words: AbstractSet[str]) -> Spans:
    """The valenced words inside the titles and names of ``text`` (the original, for the capitals);
    ``words``: the words of the folded text. The runs are looked for only in the stretches of
    letters and spaces that hold a valenced word written capitalised (a run cannot cross another
    character), as the whole text's would find them there."""
    stretches = _title_stretches(text, [w.capitalize() for w in valenced & words])
    out: Spans = []
    for lo, hi in stretches:
        for m in _TITLE_RUN_RX.finditer(text, lo, hi):
            for w in _LETTERS_RX.finditer(m.group(0)):
                if w.group(0).lower() in valenced:
                    out.append((m.start() + w.start(), m.start() + w.end()))
    return out


def _title_stretches(text: str, capitalised: list[str]) -> list[tuple[int, int]]:
    """The sorted stretches of letters and spaces around each occurrence of ``capitalised``."""
    found = set()
    backwards = ""
    for word in capitalised:
        p = text.find(word)
        while p >= 0:
            if not backwards:
                backwards = text[::-1]
            end = _NOT_RUN_RX.search(text, p)
            back = _NOT_RUN_RX.search(backwards, len(text) - p)
            found.add((len(text) - back.start() if back else 0, end.start() if end else len(text)))
            p = text.find(word, p + 1)
    return sorted(found)


# a death preferred to a trifle ("meglio morto che juventino", "better dead than seen in crocs"):
# banter; not when it is preferred to living ("meglio morta che viva così")
_PREFERENCE_RX = re.compile(
    r"\b(?:(?:meglio|piuttosto) mort[oaie] che|better dead than|(?:i'?d|i would) rather (?:be dead|die) than)\b"
    r"(?! (?:viv[oaie]|vivere|alive|living|live|soffrire|suffer\w*|cosi|like this|in questo stato|questa vita|this life)\b)"
)


_PREFERENCE_WORDS = frozenset(["meglio", "piuttosto", "better", "rather"])
# every match holds one of these (substrings and a literal-led regex are searched for fast; an
# alternation of words is tried at every letter of a long letter)
_MORT_CHE_RX = re.compile(r"mort[oaie] che")


def _preference_core(folded: str) -> bool:
    return "dead than" in folded or "die than" in folded or _MORT_CHE_RX.search(folded) is not None


def preference_spans(folded: str, words: AbstractSet[str]) -> Spans:
    if _PREFERENCE_WORDS.isdisjoint(words) or not _preference_core(folded):
        return []
    return [(m.start(), m.end()) for m in _PREFERENCE_RX.finditer(folded)]


# valence words of one language that are everyday words of the other ("fine" in Italian is an
# end: "che fine ha fatto", "entro fine ottobre"; in English "solo" is a musical solo or going
# it alone by choice, "male" a man)
_FALSE_FRIENDS = {"it": frozenset(["fine"]), "en": frozenset(["solo", "male"])}
_FALSE_FRIEND_RX = {
    lang: re.compile(r"\b(?:" + "|".join(sorted(ws)) + r")\b")
    for lang, ws in _FALSE_FRIENDS.items()
}


def false_friend_spans(folded: str, words: AbstractSet[str], lang: str) -> Spans:
    """The valence words of the other language in a message of ``lang``."""
    friends = _FALSE_FRIENDS.get(lang)
    if friends is None or friends.isdisjoint(words):
        return []
    return [(m.start(), m.end()) for m in _FALSE_FRIEND_RX[lang].finditer(folded)]


# not caring about being seen ("le cicatrici si vedevano e non me ne fregava niente 😊"): freedom
# from shame, not the emptiness of "non me ne frega più niente di niente"
_UNCONCERN_RX = re.compile(
    r"\b(?:si vedeva(?:no)?|si notava(?:no)?|mi guardava(?:no)?|mi fissava(?:no)?|guardavano|vedevano)\b"
    r"[^.!?\n]{0,40}?\b(?:non|nn) me ne (?:fregava|importava|e fregato|e importato) (?:niente|nulla|un cazzo)\b"
)


_UNCONCERN_WORDS = frozenset(["fregava", "importava", "fregato", "importato"])


def unconcern_spans(folded: str, words: AbstractSet[str]) -> Spans:
    if _UNCONCERN_WORDS.isdisjoint(words):
        return []
    return [(m.start(), m.end()) for m in _UNCONCERN_RX.finditer(folded)]


# drinking to cope ("alla seconda bottiglia di rosso, da solo, e l'unico modo per spegnere la
# testa"): a distress with no sad word, which a smile after it goes against
_DRINK_WORDS = frozenset(
    [
        "bottiglia",
        "bottiglie",
        "vino",
        "rosso",
        "grappa",
        "birre",
        "vodka",
        "whisky",
        "bottle",
        "wine",
        "shiraz",
        "beers",
        "spritz",
    ]
)
_COPING_DRINK_RX = re.compile(
    r"\b(?:" + "|".join(sorted(_DRINK_WORDS)) + r")\b"
    r"[^.!?\n]{0,100}?\b(?:(?:the )?only way (?:i can |i |to )?|l'unico modo (?:che ho )?(?:per )?|per |to )"
    r"(?:non pensare|spegnere la testa|staccare la testa|dimenticare|stop thinking|forget|cope|numb it|"
    r"switch (?:my|the) (?:head|brain) off)\b"
)


def coping_drink_spans(
    folded: str, words: AbstractSet[str], index: WordOffsets | None = None
) -> Spans:
    """The matches of ``_COPING_DRINK_RX``; in a long text (``index``, its word offsets: see
    ``engine.WordIndex``) tried only where a drink word starts, as ``finditer`` would find them:
    left to right, none starting inside the one before."""
    if _DRINK_WORDS.isdisjoint(words):
        return []
    if index is None:
        return [(m.start(), m.end()) for m in _COPING_DRINK_RX.finditer(folded)]
    out: Spans = []
    last = 0
    for start in sorted(off for w in _DRINK_WORDS & words for off in index[w]):
        if start < last:
            continue
        m = _COPING_DRINK_RX.match(folded, start)
        if m is not None:
            out.append((m.start(), m.end()))
            last = m.end()
    return out
