"""Compile the lexicons into key-indexed regular expressions (once, at import)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Entry
from .lexicon import en as _en
from .lexicon import it as _it

_PILLS = (
    r"(?:pills?|tablets?|meds|medications?|medicines?|capsules?|sleeping pills|painkillers|antidepressants|benzos|"
    r"xanax|valium|tylenol|paracetamol|ibuprofen|aspirin|sertraline|prozac|lorazepam|diazepam|zolpidem|codeine|tramadol|"
    r"pastiglie|pastiglia|pillole|pillola|compresse|compressa|gocce|farmaci|medicine|tavor|sonniferi|ansiolitici|"
    r"tachipirina|paracetamolo|antidepressivi|en|lexotan|rivotril|minias|xanax|💊+)"
)
_QTY = (
    r"(?:\d+|all(?: of)?(?: my| the)?|every(?: one of)?(?: my| the)?|the (?:whole|entire|rest of the) (?:box|bottle|pack|packet|strip|blister)(?: of)?(?: my| the)?|"
    r"a (?:whole |full |entire )?(?:box|bottle|pack|packet|strip|handful|bunch|load|lot|fistful)(?: of)?(?: my| the)?|"
    r"(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred)|lots of|loads of|too many|half (?:a|the) (?:box|bottle)(?: of)?|"
    r"tutt[ei](?: le| i| quant[ei])?|tutta la (?:scatola|confezione|boccetta)(?: di)?|tutto il (?:flacone|blister|tubetto)(?: di)?|"
    r"una (?:scatola|manciata|boccetta|confezione|marea|decina|ventina|trentina)(?: intera)?(?: di)?|"
    r"un (?:flacone|blister|sacco|mucchio|pugno)(?: intero)?(?: di)?|l'intera (?:scatola|confezione|boccetta)(?: di)?|"
    r"(?:dieci|dodici|quindici|venti|trenta|quaranta|cinquanta|cento)|troppe|troppi|molte|molti|parecchie|parecchi)"
)
_ME = (
    r"(?:myself|my self|meself|himself|herself|themselves|themself|yourself|ourselves)"
)

_MACROS = {"<PILLS>": _PILLS, "<QTY>": _QTY, "<ME>": _ME}

_WORD_AT = re.compile(r"[a-z0-9]+")


def expand(pattern: str) -> str:
    for name, value in _MACROS.items():
        pattern = pattern.replace(name, value)
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")


def _split_group(p: str) -> tuple[list[str], str]:
    """Split a leading ``(?:a|b|c)`` into its alternatives and the rest of the pattern."""
    depth = 0
    alts: list[str] = []
    cur = 3
    i = 3
    while i < len(p):
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


def first_keys(p: str) -> set[tuple[str, bool]]:
    """Keys (word, is_prefix) one of which must start every match of expanded pattern ``p``."""
    if p.startswith(r"\b"):
        return first_keys(p[2:])
    if p.startswith(r"\s*") or p.startswith(r"\s+"):
        return first_keys(p[3:])
    if p.startswith("(?:"):
        alts, rest = _split_group(p)
        if rest[:1] in ("?", "*"):
            keys = first_keys(rest[1:])
            for alt in alts:
                keys |= first_keys(alt + rest[1:])
            return keys
        out: set[tuple[str, bool]] = set()
        for alt in alts:
            out |= first_keys(alt + rest)
        return out
    if p.startswith("'"):
        m = _WORD_AT.match(p, 1)
        if not m:
            raise ValueError(f"cannot key pattern {p!r}")
        return {(m.group(0), False)}
    m = _WORD_AT.match(p)
    if not m:
        if p[:1] and ord(p[0]) > 0x2000:
            return set()  # a pictograph (e.g. the pill emoji) cannot key a rule on its own
        raise ValueError(f"cannot key pattern {p!r}")
    word = m.group(0)
    nxt = p[m.end() : m.end() + 2]
    if nxt[:1] in ("?", "*", "{"):
        if len(word) < 4:
            raise ValueError(f"stem too short in {p!r}")
        return {(word[:-1], True)}
    if nxt == "'?":
        m2 = _WORD_AT.match(p, m.end() + 2)
        keys = {(word, False)}
        if m2:
            keys.add((word + m2.group(0), False))
        return keys
    if nxt[:1] in ("", "'", ")", ",", ".", "!", "-") or nxt in (r"\b", r"\s"):
        return {(word, False)}
    if len(word) < 3:
        raise ValueError(f"stem too short in {p!r}")
    return {(word, True)}


@dataclass(frozen=True)
class Rule:
    entry: Entry
    rx: re.Pattern[str]
    source: str


def _compile(entry: Entry, pattern: str) -> tuple[Rule, set[tuple[str, bool]]]:
    explicit: set[tuple[str, bool]] | None = None
    if pattern.startswith("@"):
        head, pattern = pattern[1:].split("@", 1)
        explicit = {(k, False) for k in head.split(",")}
    expanded = expand(pattern)
    keys = explicit if explicit is not None else first_keys(expanded)
    rx = re.compile(expanded + r"(?![a-z0-9])")
    return Rule(entry, rx, pattern), keys


class RuleIndex:
    """Rules indexed by the first word of their matches."""

    def __init__(self, entries: list[Entry]) -> None:
        self.exact: dict[str, list[Rule]] = {}
        self.prefix: dict[int, dict[str, list[Rule]]] = {}
        self.rules: list[Rule] = []
        for entry in entries:
            for pattern in entry.patterns:
                rule, keys = _compile(entry, pattern)
                self.rules.append(rule)
                for word, is_prefix in keys:
                    if is_prefix:
                        self.prefix.setdefault(len(word), {}).setdefault(word, []).append(rule)
                    else:
                        self.exact.setdefault(word, []).append(rule)
        self._exact_keys = frozenset(self.exact)
        self._prefix_lens = sorted(self.prefix)

    def candidates(self, words: set[str]) -> list[Rule]:
        """Rules whose key occurs among ``words``, in lexicon order, without duplicates."""
        found: dict[int, Rule] = {}
        for word in words & self._exact_keys:
            for rule in self.exact[word]:
                found[id(rule)] = rule
        for length in self._prefix_lens:
            table = self.prefix[length]
            for word in words:
                if len(word) >= length:
                    hit = table.get(word[:length])
                    if hit:
                        for rule in hit:
                            found[id(rule)] = rule
        order = {id(r): i for i, r in enumerate(self.rules)} if len(found) > 1 else {}
        return sorted(found.values(), key=lambda r: order.get(id(r), 0))


INDEX = RuleIndex(_en.RULES + _it.RULES)
