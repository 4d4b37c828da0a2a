"""Length-preserving text folding and language detection."""

from __future__ import annotations

import re
import unicodedata

_FOLD_MAP: dict[int, str] = {}
for _cp in range(0xC0, 0x250):
    _decomposed = unicodedata.normalize("NFD", chr(_cp))
    if len(_decomposed) > 1 and _decomposed[0].isascii() and _decomposed[0].isalpha():
        _FOLD_MAP[_cp] = _decomposed[0].lower()
for _ch in "’‘ʼ´`′‛":
    _FOLD_MAP[ord(_ch)] = "'"
for _ch in "“”„«»‟″":
    _FOLD_MAP[ord(_ch)] = '"'
for _ch in "–—―‐‑":
    _FOLD_MAP[ord(_ch)] = "-"
for _ch in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003":
    _FOLD_MAP[ord(_ch)] = " "
_FOLD_MAP[ord("ß")] = "s"
_FOLD_MAP[ord("æ")] = "a"
_FOLD_MAP[ord("ø")] = "o"
_FOLD_MAP[ord("…")] = "."
# placeholders for the few pictographs the rules look at; every other non-ASCII character
# becomes NUL, so that the folded text is pure ASCII (fast to scan)
PILL = "\x02"
LAUGH = "\x03"
_FOLD_MAP[ord("💊")] = PILL
for _ch in "😂🤣💀😆😹":
    _FOLD_MAP[ord(_ch)] = LAUGH
_FOLD_CHARS: dict[str, str] = {chr(k): v for k, v in _FOLD_MAP.items()}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_BYTES = bytes(range(0x80))
_LONG = 2000  # characters from which the distinct non-ASCII characters are listed (_fold_long)
_FEW_OTHERS = 24  # distinct non-ASCII characters replaced one by one (str.replace) up to this


def _fold_char(m: re.Match[str]) -> str:
    return _FOLD_CHARS.get(m.group(), "\x00")


def fold(text: str) -> str:
    """Lowercase ASCII with accents stripped and quotes normalised, keeping ``len`` and offsets.

    Characters with no ASCII equivalent become NUL (the pill and laughing emoji become the
    ``PILL``/``LAUGH`` placeholders), so offsets into the folded text are offsets into ``text``.
    """
    if len(text) >= _LONG and not text.isascii():
        folded = _fold_long(text)
        if folded is not None:
            return folded
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if low.isascii():
        return low
    return _NON_ASCII.sub(_fold_char, low)


def non_ascii_chars(text: str) -> set[str]:
    """The distinct non-ASCII characters of ``text``: its UTF-8 bytes without the ASCII ones
    (every byte of a multi-byte character is >= 0x80), decoded. C-level passes, where a regex of
    one character class would try every character of a long letter."""
    raw = text.encode("utf-8", "surrogatepass")
    return set(raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))


def _fold_long(text: str) -> str | None:
    """``fold`` of a long text with a few distinct non-ASCII characters (None: another script).

    Works on the UTF-8 bytes of the text: the bytes of each of its distinct non-ASCII
    characters (``non_ascii_chars``; a whole character: UTF-8 is self-synchronising) are replaced
    by the one ASCII byte of its folded character (``bytes.replace``, C-level), so the result
    has one byte per character of ``text``; then it is lowercased as ASCII bytes. No Python call
    per accented letter, no Unicode lowercasing of every character, no copy of a
    4-byte-per-character string.
    """
    others = non_ascii_chars(text)
    if len(others) > _FEW_OTHERS:
        return None
    raw = text.encode("utf-8", "surrogatepass")
    get = _FOLD_CHARS.get
    for c in others:
        low = c.lower()
        if len(low) != 1:  # (fold keeps a character whose lowercase is longer)
            low = c
        one = low if low.isascii() else get(low, "\x00")
        raw = raw.replace(c.encode("utf-8", "surrogatepass"), one.encode("ascii"))
    return raw.lower().decode("ascii")


WORD_RE = re.compile(r"[a-z0-9]+")

_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "you",
        "my",
        "is",
        "to",
        "it",
        "me",
        "not",
        "don",
        "t",
        "can",
        "im",
        "i'm",
        "with",
        "have",
        "this",
        "that",
        "was",
        "for",
        "of",
        "be",
        "what",
        "so",
        "just",
        "am",
        "are",
        "feel",
        "today",
        "please",
        "sorry",
        "thank",
        "thanks",
        "tomorrow",
        "will",
        "would",
        "your",
        "we",
        "our",
        "at",
        "on",
        "in",
        "if",
        "but",
        "all",
        "know",
        "want",
        "think",
        "really",
        "anymore",
        "any",
        "more",
        "again",
        "bad",
        "good",
        "night",
        "time",
        "session",
        "appointment",
        "hi",
        "hello",
        "dear",
        "here",
        "there",
        "been",
        "did",
        "do",
        "get",
        "got",
        "going",
        "how",
        "why",
        "when",
        "where",
        "who",
        "which",
        "they",
        "she",
        "he",
        "her",
        "his",
        "them",
        "were",
        "had",
        "has",
        "been",
        "an",
        "by",
        "from",
        "or",
        "no",
        "yes",
        "cant",
        "dont",
        "didnt",
        "wont",
        "isnt",
        "its",
        "it's",
        "myself",
        "about",
        "like",
        "well",
        "much",
        "very",
        "see",
        "call",
        "talk",
        "help",
        "need",
    ]
)
_IT_WORDS = frozenset(
    [
        "il",
        "lo",
        "la",
        "gli",
        "le",
        "di",
        "che",
        "e",
        "non",
        "mi",
        "ti",
        "ci",
        "si",
        "ho",
        "hai",
        "ha",
        "sono",
        "sei",
        "per",
        "un",
        "una",
        "ma",
        "con",
        "del",
        "della",
        "dei",
        "delle",
        "al",
        "alla",
        "nel",
        "nella",
        "sto",
        "sta",
        "oggi",
        "domani",
        "grazie",
        "scusa",
        "scusi",
        "ciao",
        "buongiorno",
        "buonasera",
        "sera",
        "notte",
        "come",
        "anche",
        "piu",
        "perche",
        "nn",
        "ke",
        "xke",
        "cmq",
        "molto",
        "questo",
        "questa",
        "quando",
        "dove",
        "io",
        "tu",
        "lei",
        "noi",
        "voi",
        "va",
        "bene",
        "tutto",
        "tutti",
        "niente",
        "nulla",
        "ancora",
        "gia",
        "sempre",
        "mai",
        "poi",
        "cosa",
        "chi",
        "seduta",
        "appuntamento",
        "dottoressa",
        "dottore",
        "dott",
        "voglio",
        "vorrei",
        "posso",
        "riesco",
        "faccio",
        "fatto",
        "stata",
        "stato",
        "essere",
        "avere",
        "mio",
        "mia",
        "miei",
        "mie",
        "suo",
        "sua",
        "ne",
        "se",
        "era",
        "ero",
        "sia",
        "cui",
        "fa",
        "fare",
        "solo",
        "volevo",
        "dirle",
        "ieri",
        "settimana",
        "giorno",
        "giorni",
        "casa",
        "lavoro",
        "scuola",
        "adesso",
        "ora",
        "qui",
        "li",
        "ho",
        "male",
        "pero",
        "quindi",
        "allora",
        "tanto",
        "poco",
        "dal",
        "dalla",
        "dai",
        "dagli",
        "dallo",
        "sul",
        "sulla",
        "nei",
        "negli",
        "col",
        "coi",
        "tra",
        "fra",
        "pure",
        "ecco",
        "cosi",
        "proprio",
        "davvero",
        "certo",
        "sn",
        "xche",
    ]
)
_IT_ELISION = re.compile(r"\b(?:l|c|d|un|n|s|m|t|dell|nell|all|sull|quest|po)'[a-z]")
_IT_ACCENTS = re.compile(r"[àèéìòù]")


def detect_language(folded: str, words: set[str], original: str) -> str:
    """Return "en" or "it" from function-word counts (ties: accents and elisions, then "en")."""
    en = len(words & _EN_WORDS)
    it = len(words & _IT_WORDS)
    if "'s" in folded or "n't" in folded:
        en += 1
    if it > en:
        return "it"
    if en > it:
        return "en"
    if _IT_ACCENTS.search(original) or _IT_ELISION.search(folded):
        return "it"
    # still a tie: Italian words end in a vowel far more often than English ones
    long_words = [w for w in words if len(w) >= 3 and w.isalpha()]
    if long_words and sum(w[-1] in "aeiou" for w in long_words) >= 0.75 * len(long_words):
        return "it"
    return "en"
