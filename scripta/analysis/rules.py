"""Compile the lexicons into key-indexed regular expressions (once, at import)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from operator import itemgetter
from typing import Any

from .lexicon import Entry
from .lexicon import en as _en
from .lexicon import it as _it

PILLS = (
    r"(?:pills?|tablets?|meds|medications?|medicines?|capsules?|sleeping pills|sleeping tablets|painkillers|antidepressants|benzos|"
    r"xanax|valium|tylenol|paracetamol|ibuprofen|aspirin|sertraline|prozac|lorazepam|diazepam|zolpidem|codeine|tramadol|"
    r"pastiglie|pastiglia|pillole|pillola|compresse|compressa|gocce|farmaci|medicine|tavor|sonniferi|ansiolitici|"
    r"tachipirina|paracetamolo|antidepressivi|en|lexotan|rivotril|minias|xanax|\x02+|"
    # named medicines of the training authors' overdoses (explicit-misses pass)
    r"co-?codamol|co-?proxamol|amitriptyline|zopiclone|olanzapine|quetiapine|lamotrigine|lithium|citalopram|escitalopram|"
    r"fluoxetine|mirtazapine|pregabalin|gabapentin|nytol|temazepam|clonazepam|alprazolam|venlafaxine|naproxen|propranolol|"
    r"pasticche|pasticca|sertralina|quetiapina|litio|stilnox|depakin|zoloft|cipralex|laroxyl|alprazolam|lorazepam|diazepam|"
    r"trittico|efexor|entact|tachipirine|"
    # learners' and hurried spellings ("tute le pastile")
    r"pastile|pastilie|pastila|pastilia|pastigle|pilole|pilola|conpresse|conpressa|medicinali)"
)
_QTY = (
    r"(?:\d+|all(?: \d+| ten| twelve| fifteen| twenty| thirty| forty| fifty| sixty)?(?: of)?(?: my| the)?|every(?: one of)?(?: my| the)?|the (?:whole|entire|rest of the) (?:box|bottle|pack|packet|strip|blister)(?: of)?(?: my| the)?|"
    r"a (?:whole |full |entire )?(?:box|bottle|pack|packet|strip|handful|bunch|load|lot|fistful)(?: of)?(?: my| the)?|"
    r"(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred)|lots of|loads of|too many|half (?:a|the) (?:box|bottle)(?: of)?|"
    r"tutt?[ei](?: le| i| quant[ei])?|tutta la (?:scatola|confezione|boccetta)(?: di)?|tutto il (?:flacone|blister|tubetto)(?: di)?|"
    r"una (?:scatola|manciata|boccetta|confezione|marea|decina|ventina|trentina)(?: intera)?(?: di)?|"
    r"mezza (?:scatola|confezione|boccetta|striscia)(?: di)?|mezzo (?:flacone|blister)(?: di)?|"
    r"un (?:flacone|blister|sacco|mucchio|pugno)(?: intero)?(?: di)?|l'intera (?:scatola|confezione|boccetta)(?: di)?|"
    r"(?:dieci|dodici|quindici|venti|trenta|quaranta|cinquanta|cento)|troppe|troppi|molte|molti|parecchie|parecchi|tante|tantissime)"
)
# a quantity that is not an ordinary dose (used after fillers: "like 30", "about a whole box")
_BIGQTY = (
    r"(?:[1-9]\d+|all(?: of)?(?: my| the)?|a (?:whole |full |entire )?(?:box|bottle|pack|packet|strip|handful|load|bunch|fistful)(?: of)?(?: my| the)?|"
    r"(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred)|lots of|loads of|too many)"
)
_ME = r"(?:myself|my self|meself|himself|herself|themselves|themself|yourself|ourselves)"

_MACROS = {"<PILLS>": PILLS, "<QTY>": _QTY, "<BIGQTY>": _BIGQTY, "<ME>": _ME}

_WORD_AT = re.compile(r"[a-z0-9]+")


def expand(pattern: str) -> str:
    for name, value in _MACROS.items():
        pattern = pattern.replace(name, value)
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")


_GROUP_CHAR = re.compile(r"[\\\[()|]")  # what _split_group reads; the rest is skipped


@cache
def _split_group(p: str) -> tuple[list[str], str]:
    """Split a leading ``(?:a|b|c)`` into its alternatives and the rest of the pattern."""
    depth = 0
    alts: list[str] = []
    cur = 3
    i = 3
    search = _GROUP_CHAR.search  # jump to the next character that matters (in C)
    while (m := search(p, i)) is not None:
        i = m.start()
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = p.index("]", i + 1)
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                alts.append(p[cur:i])
                return alts, p[i + 1 :]
            depth -= 1
        elif c == "|" and depth == 0:
            alts.append(p[cur:i])
            cur = i + 1
        i += 1
    raise ValueError(f"unbalanced group in {p!r}")


MATCHES_PER_RULE = 30  # 3 x engine.MAX_HITS_PER_RULE (overlapping matches are dropped later)

Key = tuple[str, bool]  # (word, is_prefix)
Gate = frozenset[str] | None


_first = itemgetter(0)  # sort key of plan items (in C: no Python call per item)


# a class of digits only ("\d", "[0-9]", "[1-9]"): the folded text is ASCII, so "\d" is [0-9]
_DIGIT_CLASS = re.compile(r"\\d|\[(?:[0-9]-[0-9]|[0-9])+\]")
_HEX_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})")


def _class_digits(cls: str) -> str:
    """The digits a class that ``_DIGIT_CLASS`` matched stands for."""
    if cls == r"\d":
        return "0123456789"
    inner = cls[1:-1]
    digits = set(inner.replace("-", ""))
    for m in re.finditer(r"([0-9])-([0-9])", inner):
        digits.update(str(d) for d in range(int(m.group(1)), int(m.group(2)) + 1))
    return "".join(sorted(digits))


def _skip_lookbehinds(p: str) -> str:
    """``p`` without its leading lookbehinds (they look at the text before: nothing is consumed)."""
    while p.startswith(("(?<!", "(?<=")):
        _alts, p = _split_group(p)  # the group's end, whatever its first characters
    return p


def _tokens(p: str, following: bool = False) -> list[tuple[str, bool, str | None]]:
    """(first word, is_prefix, rest of the pattern after that word or None) for every path.

    A path starting with a placeholder (e.g. the pill emoji) is left out. With ``following``
    (the paths of what follows a key word, see ``_follows``), such a path is listed as its
    placeholder character (a word of no text), a path starting with a class of digits as the
    one-digit stems of the class, and a stem may be short.
    """
    if p.startswith(r"\b"):
        return _tokens(p[2:], following)
    if p.startswith(r"\s*") or p.startswith(r"\s+"):
        return _tokens(p[3:], following)
    if p.startswith(("(?<!", "(?<=")):
        return _tokens(_skip_lookbehinds(p), following)
    if p.startswith("(?:"):
        alts, rest = _split_group(p)
        out: list[tuple[str, bool, str | None]] = []
        if rest[:1] in ("?", "*") or rest.startswith("{0,"):
            # a group that may be skipped: the rest's paths too ("{0,2}" as well as "?", "*",
            # lazy or not); else a word of the group would be read as one that must come here
            skip = 1 if rest[:1] in ("?", "*") else rest.index("}") + 1
            if rest[skip : skip + 1] == "?":
                skip += 1
            out.extend(_tokens(rest[skip:], following))
            rest = rest[skip:]
        # a bare word before a rest that does not continue it: its paths without building
        # alt + rest (the rest can be long: the lexicon loads faster)
        joins = rest[:1].isalnum() or rest[:1] == "_"
        for alt in alts:
            if not joins and alt.isalnum() and alt.isascii() and alt.islower():
                out.extend(_word_paths(alt, rest, following))
            else:
                out.extend(_tokens(alt + rest, following))
        return out
    if p.startswith("'"):
        m = _WORD_AT.match(p, 1)
        if not m:
            raise ValueError(f"cannot key pattern {p!r}")
        return [(m.group(0), False, _spaced(p[m.end() :]))]
    m = _WORD_AT.match(p)
    if not m:
        if following and (d := _DIGIT_CLASS.match(p)) is not None:
            if p[d.end() : d.end() + 1] in ("?", "*") or p.startswith(("{0", "{,"), d.end()):
                raise ValueError(f"optional digit in {p!r}")
            # a number: the next word starts with one of these digits
            return [(digit, True, None) for digit in _class_digits(d.group(0))]
        if p.startswith("\\x"):
            # a placeholder cannot key a rule on its own
            if not following:
                return []
            x = _HEX_ESCAPE.match(p)
            if x is None:
                raise ValueError(f"cannot read placeholder in {p!r}")
            return [(chr(int(x.group(1), 16)), False, None)]
        raise ValueError(f"cannot key pattern {p!r}")
    return _word_paths(m.group(0), p[m.end() :], following)


def _word_paths(
    word: str, tail: str, following: bool = False
) -> list[tuple[str, bool, str | None]]:
    """The paths of a pattern that starts with the whole word ``word`` followed by ``tail``.

    ``following``: paths of what follows a key word (see ``_tokens``): a short stem is allowed.
    """
    if tail.startswith(("(?<!", "(?<=")):
        tail = _skip_lookbehinds(tail)
    nxt = tail[:2]
    if nxt[:1] in ("?", "*", "{"):
        if len(word) < 4 and not following:
            raise ValueError(f"stem too short in {word + tail!r}")
        return [(word[:-1], True, None)]
    if nxt == "'?" or (nxt[:1] == "'" and _WORD_AT.match(tail, 1)):
        # a contraction: "can't" is the words "can" and "t", "cant" is one word
        start = 2 if nxt == "'?" else 1
        m2 = _WORD_AT.match(tail, start)
        if not m2 or tail[m2.end() : m2.end() + 1] in ("?", "*", "{", "(", "["):
            # the word after the apostrophe, when known, starts the next word of the text
            # ("i'?m(?<!...)": "m" follows "i")
            out2: list[tuple[str, bool, str | None]] = [
                (word, False, None if not m2 else r"\s+" + tail[m2.start() :])
            ]
            if m2 and nxt == "'?":
                out2.append((word + m2.group(0), False, None))
            return out2
        suffix, rest = m2.group(0), tail[m2.end() :]
        out2 = [(word, False, r"\s+" + suffix + rest)]
        if nxt == "'?":
            out2.append((word + suffix, False, _spaced(rest)))
        return out2
    if nxt[:1] in ("", "'", ")", ",", ".", "!", "-") or nxt in (r"\b", r"\s"):
        after: str | None = tail if nxt == r"\s" else None
        return [(word, False, after)]
    if tail.startswith(("(?:", "(?=")) and _ends_word(tail):
        # "kids(?:'s| are)", "ora(?= ?[.!])": a whole word, not a stem (an exact key, and a
        # gate for the word before it)
        return [(word, False, None)]
    if len(word) < 3 and not following:
        raise ValueError(f"stem too short in {word + tail!r}")
    return [(word, True, None)]


# what opens a branch that cannot continue a word: whitespace, a word boundary, the end, an
# apostrophe or punctuation, an escaped non-word character, a control character
_NON_WORD_START = re.compile(r"\\[sbn]|\\x[01][0-9a-f]|\\[^a-zA-Z0-9]|[$'\",;:!\-]")
# a character class of non-word characters only (no negation, no range)
_NON_WORD_CLASS = re.compile(r"\[(?:\\[sn]|\\x[01][0-9a-f]|\\[^a-zA-Z0-9]|[^a-zA-Z0-9\\\]\^\-])+\]")


def _ends_word(p: str) -> bool:
    """Whether every match of ``p`` starts with a non-word character or the end of the text.

    Then the word before ``p`` is whole: an exact key, and a gate for the word before it.
    Conservative: False when unsure (the word stays a stem key, which is always correct).
    """
    if p.startswith(r"\s*"):
        return _ends_word(p[3:])
    if p.startswith(("(?:", "(?=")):  # a lookahead constrains the same next character
        try:
            alts, rest = _split_group(p)
        except ValueError:
            return False
        if rest[:1] in ("?", "*", "{", "+"):
            return False  # the group may be skipped: what follows it matters
        return all(_ends_word(a) for a in alts)
    m = _NON_WORD_CLASS.match(p) or _NON_WORD_START.match(p)
    return m is not None and p[m.end() : m.end() + 1] not in ("?", "*", "{")


def _spaced(rest: str) -> str | None:
    """``rest`` when another word follows (so it can gate), else None."""
    return rest if rest.startswith((r"\s+", r"\s*")) else None


def first_keys(p: str) -> set[Key]:
    """Keys one of which must start every match of expanded pattern ``p``."""
    return {(w, pre) for w, pre, _rest in _tokens(p)}


@cache
def _second_keys(rest: str | None) -> frozenset[str] | None:
    """Exact words one of which must follow the first word (None: no such constraint)."""
    if rest is None or not (rest.startswith(r"\s+") or rest.startswith(r"\s*")):
        return None
    try:
        keys = first_keys(rest[3:])
    except ValueError:
        return None
    if not keys or any(pre for _w, pre in keys):
        return None
    return frozenset(w for w, _pre in keys)


# (next words, stems of next words, placeholders that may come instead of a next word)
Follow = tuple[frozenset[str], tuple[str, ...], str]


@cache
def _follows(rest: str | None) -> Follow | None:
    """The words and stems one of which must follow the first word (None: no such constraint).

    Like ``_second_keys`` with stems too ("(?:pills?|meds)": "pill", "meds"; a number: its
    first digits).
    Only the scanners use it, to skip the rules that cannot continue with the next word of the
    text. A placeholder (the pill emoji) that may come instead is not a word: the constraint
    holds only in a text without that placeholder (its third item lists them).
    """
    if rest is None or not (rest.startswith(r"\s+") or rest.startswith(r"\s*")):
        return None
    try:
        paths = _tokens(rest[3:], following=True)
    except ValueError:
        return None
    if any(not w for w, _pre, _rest in paths):
        return None  # an empty stem: any word may follow
    marks = "".join(sorted({w for w, _pre, _rest in paths if not w.isalnum()}))
    paths = [path for path in paths if path[0].isalnum()]
    if not paths:
        return None
    # a word that the next one may be glued to ("voio ?ammazzare": "voioammazzare") is a stem
    glued = [pre or (r is not None and r.startswith(r"\s*")) for _w, pre, r in paths]
    words = frozenset(w for (w, _pre, _rest), g in zip(paths, glued, strict=True) if not g)
    stems = tuple(sorted({w for (w, _pre, _rest), g in zip(paths, glued, strict=True) if g}))
    return words, stems, marks


def _union(a: Follow | None, b: Follow | None) -> Follow | None:
    """Either constraint (None, no constraint, wins)."""
    if a is None or b is None:
        return None
    marks = "".join(sorted(set(a[2]) | set(b[2])))
    return a[0] | b[0], tuple(sorted(set(a[1]) | set(b[1]))), marks


Derived = tuple[str, bool, Gate, Follow | None]  # (key word, is_prefix, gate, follow)


def derive_keys(expanded: str) -> list[Derived]:
    """The keys of an expanded pattern: each first word (or stem) that can start a match, the
    exact words one of which must come next (its gate, or None) and the words and stems one of
    which must come next (its follow, or None)."""
    gates: dict[Key, Gate] = {}
    follows: dict[Key, Follow | None] = {}
    for word, is_prefix, rest in _tokens(expanded):
        gate = _second_keys(rest)
        # an exact gate stays as it is (a placeholder path does not loosen it)
        follow = (gate, (), "") if gate is not None else _follows(rest)
        key = (word, is_prefix)
        if key in gates:
            old = gates[key]
            gates[key] = None if old is None or gate is None else old | gate
            follows[key] = _union(follows[key], follow)
        else:
            gates[key] = gate
            follows[key] = follow
    return [
        (word, is_prefix, gate, follows[(word, is_prefix)])
        for (word, is_prefix), gate in gates.items()
    ]


def pattern_digest(expanded: str) -> str:
    return hashlib.blake2b(expanded.encode("utf-8"), digest_size=10).hexdigest()


KEYS_FILE = "rule_keys.json"


class DerivedKeys:
    """The keys of the lexicons' patterns as ``derive_keys`` found them when ``rule_keys.json``
    was written (``make lexicon-keys``): deriving them parses every pattern, which was most of
    the time spent loading the engine. By ``pattern_digest``; each pattern's keys are stored
    flat (word, is_prefix, gate number, follow number, ...), the sets once, by number (0: None);
    a follow as (set number, stems number, placeholders).
    """

    FORMAT = 3

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        if data is None or data.get("format") != self.FORMAT:
            data = {"sets": [], "stems": [], "follows": [], "keys": {}}
        sets = [frozenset(words) for words in data["sets"]]
        stems = [tuple(s) for s in data["stems"]]
        self.gates: list[Gate] = [None, *sets]
        self.follows: list[Follow | None] = [None]
        self.follows.extend((sets[a], stems[b], marks) for a, b, marks in data["follows"])
        self.keys: dict[str, list[Any]] = data["keys"]

    @classmethod
    def load(cls) -> DerivedKeys:
        """The shipped file (none when it is missing or unreadable: every pattern is then parsed;
        ``make lexicon-keys`` rewrites it)."""
        try:
            raw = resources.files(__package__).joinpath("lexicon", KEYS_FILE).read_text("utf-8")
            return cls(json.loads(raw))
        except (FileNotFoundError, ValueError):  # missing or unreadable (a merge left it broken)
            return cls()

    def get(self, digest: str) -> list[Derived] | None:
        flat = self.keys.get(digest)
        if flat is None:
            return None
        gates, follows = self.gates, self.follows
        it = iter(flat)
        return [(w, pre, gates[g], follows[f]) for w, pre, g, f in zip(it, it, it, it, strict=True)]

    @staticmethod
    def dump(rules: list[Rule]) -> str:
        """``rule_keys.json`` for these rules."""
        sets: dict[frozenset[str], int] = {}
        stems: dict[tuple[str, ...], int] = {}
        follows: dict[tuple[int, int, str], int] = {}
        keys: dict[str, list[object]] = {}
        for rule in rules:
            if rule.source.startswith("@"):
                continue
            expanded = rule.pattern.removesuffix(_WORD_END)
            flat: list[object] = []
            for word, is_prefix, gate, f in derive_keys(expanded):
                g = 0 if gate is None else sets.setdefault(gate, len(sets)) + 1
                fo = 0
                if f is not None:
                    triple = (
                        sets.setdefault(f[0], len(sets)),
                        stems.setdefault(f[1], len(stems)),
                        f[2],
                    )
                    fo = follows.setdefault(triple, len(follows)) + 1
                flat.extend((word, is_prefix, g, fo))
            keys[pattern_digest(expanded)] = flat
        data = {
            "format": DerivedKeys.FORMAT,
            "sets": [sorted(s) for s in sets],
            "stems": [list(t) for t in stems],
            "follows": [list(p) for p in follows],
            "keys": keys,
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"


_WORD_END = r"(?![a-z0-9])"


class Rule:
    """One pattern of a lexicon entry, compiled on first use."""

    __slots__ = ("_rx", "cap", "entry", "order", "pattern", "source")

    def __init__(self, entry: Entry, source: str, pattern: str, order: int) -> None:
        self.entry = entry
        # matches collected per message before containment is resolved (a topic needs one)
        self.cap = 1 if entry.kind == "topic" else MATCHES_PER_RULE
        self.source = source
        self.pattern = pattern
        self.order = order
        self._rx: re.Pattern[str] | None = None

    @property
    def rx(self) -> re.Pattern[str]:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.pattern)
        return rx


class _GroupIndex(dict[str, int]):
    """``"r12"`` -> 12: the rule index of a scanner's named group (computed once per name)."""

    def __missing__(self, name: str) -> int:
        value = self[name] = int(name[1:])
        return value


GROUP_INDEX = _GroupIndex()


class Scanner:
    """The rules of one key as one alternation: ``match(text, at, i)`` returns the first of
    ``rules[i:]`` (in that order) that matches at ``at``, as (index, match), or None.

    The alternation of ``rules[i:]`` is compiled on first use; finding every rule that matches
    at one place takes one regex call per matching rule, plus one.
    """

    __slots__ = (
        "_first",
        "_rx",
        "_subsets",
        "_without",
        "follows",
        "gated",
        "gates",
        "narrowed",
        "orders",
        "rules",
        "seconds",
        "stems",
    )

    def __init__(
        self,
        rules: tuple[Rule, ...],
        gates: tuple[Gate, ...],
        follows: tuple[Follow | None, ...] | None = None,
    ) -> None:
        self.rules = rules
        self.orders = frozenset(r.order for r in rules)
        self.gates = gates  # words one of which the text must hold (checked per match)
        # the words or stems one of which must come right after the key word (per rule)
        self.follows = follows if follows is not None else tuple(None for _g in gates)
        self._rx: list[re.Pattern[str] | None] = [None] * len(rules)
        self._first: Callable[[str, int], re.Match[str] | None] | None = None
        self._without: dict[frozenset[int], Scanner | None] = {}  # cache of without()
        self.gated = any(f is not None for f in self.follows)
        # when every rule is constrained: the only next words (and stems of next words) after
        # which any rule can match
        known = [f for f in self.follows if f is not None]
        every = bool(known) and len(known) == len(self.follows)
        self.seconds: frozenset[str] | None = (
            frozenset().union(*(f[0] for f in known)) if every else None
        )
        self.stems: tuple[str, ...] = tuple(sorted({s for f in known for s in f[1]}))
        self.narrowed: dict[str, Scanner | None] = {}  # cache of before()
        # before()'s scanners by the rules they keep: many next words keep the same rules, and
        # one scanner builds and compiles its alternation once (compiling one costs more than
        # reading a few short messages)
        self._subsets: dict[tuple[int, ...], Scanner] = {}

    def before(self, following: str) -> Scanner | None:
        """The rules that can match when the key word is followed by the word ``following``.

        A rule whose pattern continues with known words (its gate) can only match when one of
        them is the next word; the others stay. None when no rule can match.
        """
        if following in self.narrowed:
            return self.narrowed[following]
        keep = [
            i
            for i, f in enumerate(self.follows)
            if f is None or following in f[0] or (f[1] and following.startswith(f[1]))
        ]
        sub: Scanner | None
        if len(keep) == len(self.rules):
            sub = self
        elif not keep:
            sub = None
        else:
            subset = tuple(keep)
            sub = self._subsets.get(subset)
            if sub is None:
                sub = Scanner(tuple(self.rules[i] for i in keep), tuple(None for _i in keep))
                if len(self._subsets) < 5000:
                    self._subsets[subset] = sub
        if len(self.narrowed) < 5000:
            self.narrowed[following] = sub
        return sub

    def without(self, orders: frozenset[int]) -> Scanner | None:
        """These rules without those of ``orders`` (rules that reached their cap in a message:
        a match of theirs would be dropped), in the same order; None when none is left.

        The alternation of the rules left finds the same matches of theirs, one regex call per
        occurrence instead of a match, dropped, and another call for the rules after it (a
        long letter caps its everyday rules early). Cached (a few sets of capped rules occur).
        """
        if orders in self._without:
            return self._without[orders]
        keep = [i for i, rule in enumerate(self.rules) if rule.order not in orders]
        sub: Scanner | None = None
        if keep:
            sub = Scanner(
                tuple(self.rules[i] for i in keep),
                tuple(self.gates[i] for i in keep),
                tuple(self.follows[i] for i in keep),
            )
        if len(self._without) < 64:
            self._without[orders] = sub
        return sub

    @property
    def first(self) -> Callable[[str, int], re.Match[str] | None]:
        """``match`` of the alternation of all the rules (compiled on first use)."""
        f = self._first
        if f is None:
            f = self._first = self.rx(0).match
        return f

    def rx(self, i: int = 0) -> re.Pattern[str]:
        rx = self._rx[i]
        if rx is None:
            rx = self._rx[i] = re.compile(
                "|".join(f"(?P<r{j}>{rule.pattern})" for j, rule in enumerate(self.rules[i:]))
            )
        return rx

    def match(self, text: str, at: int, i: int = 0) -> tuple[int, re.Match[str]] | None:
        if i >= len(self.rules):
            return None
        m = self.rx(i).match(text, at)
        if m is None:
            return None
        return i + GROUP_INDEX[m.lastgroup], m  # type: ignore[index]


class RuleIndex:
    """Rules indexed by the first word of their matches (and, when known, the second)."""

    def __init__(self, entries: list[Entry], derived: DerivedKeys | None = None) -> None:
        """``derived``: the keys of the patterns as found when ``rule_keys.json`` was written; a
        pattern missing there (a lexicon edited since) is parsed here."""
        self.exact: dict[str, list[tuple[Rule, Gate]]] = {}
        self.prefix: dict[int, dict[str, list[tuple[Rule, Gate]]]] = {}
        self.rules: list[Rule] = []
        # (rule order, key) -> what must follow the key word in that rule (see _follows)
        self._follows: dict[tuple[int, Key], Follow | None] = {}
        self.derived_here = 0  # patterns not found in ``derived``
        for entry in entries:
            for source in entry.patterns:
                pattern = source
                explicit: set[Key] | None = None
                if pattern.startswith("@"):
                    head, pattern = pattern[1:].split("@", 1)
                    explicit = {(k, False) for k in head.split(",")}
                expanded = expand(pattern)
                rule = Rule(entry, source, expanded + _WORD_END, len(self.rules))
                self.rules.append(rule)
                keys: list[Derived] | None
                if explicit is not None:
                    keys = [(word, is_prefix, None, None) for word, is_prefix in explicit]
                else:
                    keys = derived.get(pattern_digest(expanded)) if derived is not None else None
                    if keys is None:
                        keys = derive_keys(expanded)
                        self.derived_here += 1
                for word, is_prefix, gate, follow in keys:
                    self._follows[(rule.order, (word, is_prefix))] = follow
                    if is_prefix:
                        self.prefix.setdefault(len(word), {}).setdefault(word, []).append(
                            (rule, gate)
                        )
                    else:
                        self.exact.setdefault(word, []).append((rule, gate))
        self._exact_keys = frozenset(self.exact)
        self._prefix_lens = sorted(self.prefix)
        # the placeholders that may come instead of a rule's next word (see _follows): in a text
        # holding one of them, the rules it may follow are not narrowed by the next word
        self.marks = "".join(
            sorted({c for f in self._follows.values() if f is not None for c in f[2]})
        )
        self._prepare()

    def _prepare(self) -> None:
        """Per first word: whether an ungated rule starts with it, and the second words that
        let its gated rules match."""
        self._free: set[str] = set()
        seconds: dict[str, set[str]] = {}
        for word, pairs in self.exact.items():
            for _rule, gate in pairs:
                if gate is None:
                    self._free.add(word)
                else:
                    seconds.setdefault(word, set()).update(gate)
        self._seconds = {word: frozenset(s) for word, s in seconds.items()}
        self._prefix_heads = frozenset(k[:3] for table in self.prefix.values() for k in table)
        self._prefilters: dict[tuple[str, bool], re.Pattern[str]] = {}
        self._scanners: dict[tuple[str, bool, str], Scanner] = {}
        self._keys_cache: dict[str, tuple[tuple[str, bool, bool, frozenset[str]], ...]] = {}
        self._keyless: set[str] = set()  # words that key no rule (cached)
        # per placeholders of the text (see marks_in): word -> what it keys
        self._plan_caches: dict[
            str,
            dict[
                str,
                tuple[tuple[bool, frozenset[str], tuple[str, bool, Scanner, re.Pattern[str]]], ...],
            ],
        ] = {}
        self._plan_keyless: set[str] = set()
        self._plan_items: dict[
            tuple[str, bool, str], tuple[str, bool, Scanner, re.Pattern[str]]
        ] = {}

    def marks_in(self, folded: str) -> str:
        """The placeholders of ``self.marks`` that ``folded`` holds (usually none)."""
        return "".join([c for c in self.marks if c in folded]) if self.marks else ""

    def _word_keys(self, word: str) -> tuple[tuple[str, bool, bool, frozenset[str]], ...]:
        """(key, is_prefix, has ungated rules, second words of its gated rules) for one word."""
        out: list[tuple[str, bool, bool, frozenset[str]]] = []
        if word in self._exact_keys:
            seconds = self._seconds.get(word, frozenset())
            out.append((word, False, word in self._free, seconds))
        if word[:3] in self._prefix_heads:
            for length in self._prefix_lens:
                if len(word) < length:
                    break
                hit = self.prefix[length].get(word[:length])
                if hit:
                    free = any(gate is None for _r, gate in hit)
                    gates = frozenset().union(*(gate for _r, gate in hit if gate is not None))
                    out.append((word[:length], True, free, gates))
        return tuple(out)

    def keys(self, words: set[str]) -> list[tuple[str, bool, list[str]]]:
        """The first words (and stems) of ``words`` that key a rule whose gate ``words`` pass,
        each with the words of the text it stands for.

        Same keys, same order as :meth:`groups`, without building the rule lists. What one word
        keys is computed once per word (a bounded cache: vocabularies are small).
        """
        cache = self._keys_cache
        if len(cache) > 50_000:
            cache.clear()
            self._keyless.clear()
        exact: list[str] = []
        stems: dict[str, list[str]] = {}
        for word in words - self._keyless if self._keyless else words:
            found = cache.get(word)
            if found is None:
                found = cache[word] = self._word_keys(word)
                if not found:
                    self._keyless.add(word)
                    continue
            for key, is_prefix, free, seconds in found:
                if free or not seconds.isdisjoint(words):
                    if is_prefix:
                        stems.setdefault(key, []).append(word)
                    else:
                        exact.append(key)
        exact.sort()
        out: list[tuple[str, bool, list[str]]] = [(w, False, [w]) for w in exact]
        if stems:
            out.extend((stem, True, stems[stem]) for stem in sorted(stems))
        return out

    def plan(
        self, words: set[str], marks: str = ""
    ) -> list[tuple[str, bool, Scanner, re.Pattern[str]]]:
        """What :meth:`keys` returns, as (key, is_prefix, scanner of the key, occurrences regex).

        Same keys, same order as :meth:`keys`. The occurrences regex finds where the key starts a
        word of the text (a whole word for an exact key, with the next word in group 1; any word
        starting with it for a stem): the text needs no word index. Everything is cached per word
        (a bounded cache) and per key (bounded by the lexicon). ``marks``: the text's
        placeholders (``marks_in``).
        """
        cache = self._plan_caches.get(marks)
        if cache is None:
            cache = self._plan_caches[marks] = {}
        if len(cache) > 50_000:
            cache.clear()
            self._plan_keyless.clear()
        keyless = self._plan_keyless
        exact: list[tuple[str, bool, Scanner, re.Pattern[str]]] = []
        stems: dict[str, tuple[str, bool, Scanner, re.Pattern[str]]] | None = None
        for word in words - keyless if keyless else words:
            found = cache.get(word)
            if found is None:
                found = cache[word] = tuple(
                    (free, seconds, self._plan_item(key, is_prefix, marks))
                    for key, is_prefix, free, seconds in self._word_keys(word)
                )
                if not found:
                    keyless.add(word)
                    continue
            for free, seconds, item in found:
                if free or not seconds.isdisjoint(words):
                    if item[1]:
                        if stems is None:
                            stems = {}
                        stems[item[0]] = item
                    else:
                        exact.append(item)
        if len(exact) > 1:
            exact.sort(key=_first)
        if stems:
            exact.extend([stems[stem] for stem in sorted(stems)])
        return exact

    def _plan_item(
        self, key: str, is_prefix: bool, marks: str
    ) -> tuple[str, bool, Scanner, re.Pattern[str]]:
        item = self._plan_items.get((key, is_prefix, marks))
        if item is None:
            esc = re.escape(key)
            # the literal first (a fast scan), then "not inside a word" as a lookbehind
            start = esc + r"(?<![a-z0-9]" + esc + ")"
            rx = re.compile(
                start + "()"  # group 1: no next word for a stem
                if is_prefix
                else start + r"(?![a-z0-9])(?=[^a-z0-9]*([a-z0-9]*))"
            )
            item = self._plan_items[(key, is_prefix, marks)] = (
                key,
                is_prefix,
                self.scanner(key, is_prefix, marks),
                rx,
            )
        return item

    def prefilter(self, word: str, is_prefix: bool) -> re.Pattern[str]:
        """One regex matching wherever any rule keyed on ``word`` matches (compiled on first use)."""
        key = (word, is_prefix)
        rx = self._prefilters.get(key)
        if rx is None:
            table = self.prefix[len(word)] if is_prefix else None
            pairs = table[word] if table is not None else self.exact[word]
            rx = re.compile("|".join(f"(?:{rule.pattern})" for rule, _gate in pairs))
            self._prefilters[key] = rx
        return rx

    def scanner(self, word: str, is_prefix: bool, marks: str = "") -> Scanner:
        """All rules keyed on ``word`` (with their gates) as one :class:`Scanner`, for a text
        holding the placeholders ``marks`` (``marks_in``)."""
        sc = self._scanners.get((word, is_prefix, marks))
        if sc is None:
            key = (word, is_prefix)
            table = self.prefix[len(word)] if is_prefix else None
            pairs = table[word] if table is not None else self.exact[word]
            follows = [self._follows[(rule.order, key)] for rule, _gate in pairs]
            if marks:  # a placeholder of the text may come instead of the next word
                follows = [
                    None if f is not None and any(c in marks for c in f[2]) else f for f in follows
                ]
            # a rule is listed once per key (derive_keys merged the paths of each key)
            sc = self._scanners[(word, is_prefix, marks)] = Scanner(
                tuple(rule for rule, _gate in pairs),
                tuple(gate for _rule, gate in pairs),
                tuple(follows),
            )
        return sc

    def compile_all(self) -> None:
        """Compile every rule now (tests use it to validate the lexicons)."""
        for rule in self.rules:
            _ = rule.rx


INDEX = RuleIndex(_en.RULES + _it.RULES, DerivedKeys.load())


def write_keys_file() -> str:
    """Rewrite ``lexicon/rule_keys.json`` from the lexicons as they are (``make lexicon-keys``)."""
    target = resources.files(__package__).joinpath("lexicon", KEYS_FILE)
    with resources.as_file(target) as path:
        path.write_text(DerivedKeys.dump(INDEX.rules), "utf-8")
        return str(path)
