"""``check_reply``: checks on a therapist's draft reply (from the practice guide)."""

from __future__ import annotations

import re

from . import explain
from .engine import all_caps
from .model import ReplyCheck, Signal, Span
from .text import WORD_RE, detect_language, fold

_TITLES = frozenset(
    [
        "dr",
        "dr.",
        "dott",
        "dott.",
        "dott.ssa",
        "dottssa",
        "dottoressa",
        "dottore",
        "prof",
        "prof.",
        "prof.ssa",
        "profssa",
        "professor",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
    ]
)
_TRAILING = " \t\r\n.,;:!?-–—…'\"()*_~"
_GREETINGS = (
    "ciao",
    "salve",
    "buongiorno",
    "buonasera",
    "hi",
    "hello",
    "hey",
    "good morning",
    "good evening",
    "dear",
    "caro",
    "cara",
    "auguri",
    "happy",
)
_SENTENCE_RX = re.compile(r"[^.!?\n…]+[.!?…]+|[^.!?\n…]+$")


def _signature_patterns(signature: str) -> list[str]:
    sig = fold(signature).strip().strip(_TRAILING)
    if not sig:
        return []
    pats = [re.escape(sig).replace(r"\ ", r"\s+")]
    tokens = [t for t in re.split(r"\s+", sig) if t]
    names = [t for t in tokens if t not in _TITLES and t.strip(".") not in _TITLES]
    names = [n.strip(".,") for n in names if n.strip(".,")]
    if not names:
        return pats
    surname = names[-1]
    if len(surname) > 1:
        pats.append(re.escape(surname))
        pats.append(re.escape(names[0]) + r"\.?\s*" + re.escape(surname))
    initials = [n[0] for n in names if n[0].isalnum()]
    title = r"(?:(?:dr|dott|dottssa|dott\.ssa|prof|prof\.ssa|mr|mrs|ms)\.?\s*)?"
    if initials:
        pats.append(title + r"\.?\s*".join(re.escape(i) for i in initials) + r"\.?")
    return pats


def _signed(text: str, signature: str) -> bool:
    body = fold(text)
    end = len(body)
    while end > 0 and not body[end - 1].isalnum():  # spaces, punctuation, emoji
        end -= 1
    body = body[:end]
    return any(re.search(r"(?<![\w])" + pat + r"$", body) for pat in _signature_patterns(signature))


def _scolding(text: str, patient_name: str) -> list[Span]:
    name = fold(patient_name).strip()
    if not name:
        return []
    folded = fold(text)
    forms = [re.escape(name)]
    first = name.split()[0]
    if first != name:
        forms.append(re.escape(first))
    name_rx = re.compile(r"(?:,\s*|\s+)(?P<name>" + "|".join(forms) + r")\s*!+\s*$")
    spans: list[Span] = []
    for m in _SENTENCE_RX.finditer(folded):
        sent = m.group(0)
        if "!" not in sent or sent.rstrip()[-1:] != "!":
            continue
        term = sent.rstrip()
        stripped_term = term.rstrip("!")
        if any(c in stripped_term[-1:] for c in "?."):
            continue
        nm = name_rx.search(term)
        if not nm:
            continue
        before = term[: nm.start()].strip()
        if len(WORD_RE.findall(before)) < 2:
            continue
        lead = before.lstrip(" \t\"'(-")
        if any(re.match(re.escape(g) + r"\b", lead) for g in _GREETINGS):
            continue
        spans.append(Span(m.start() + nm.start("name"), m.start() + nm.end("name")))
    return spans


def check_reply(
    text: str,
    signature: str,
    patient_name: str,
    language: str | None = None,
    patient_message: str | None = None,
) -> ReplyCheck:
    """Check a draft reply: signature, scolding name, capitals, length."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    folded = fold(text)
    lang = (
        language
        if language in ("en", "it")
        else detect_language(folded, set(WORD_RE.findall(folded)), text)
    )
    checks: list[Signal] = []
    end = len(text.rstrip())
    if not _signed(text, signature or ""):
        checks.append(
            Signal(
                "missing_signature",
                (Span(max(0, end - 40), end),),
                explain.reply_check("missing_signature"),
            )
        )
    scold = _scolding(text, patient_name or "")
    if scold:
        checks.append(Signal("name_scolding", tuple(scold), explain.reply_check("name_scolding")))
    ok, spans = all_caps(text)
    if ok:
        checks.append(Signal("all_caps", tuple(spans), explain.reply_check("all_caps")))
    length = len(text.strip())
    too_long = length >= 600 and (
        length > 3 * len(patient_message.strip()) if patient_message is not None else length >= 1200
    )
    if too_long:
        lead = len(text) - len(text.lstrip())
        checks.append(
            Signal(
                "reply_too_long",
                (Span(lead, lead + length),),
                explain.reply_check("reply_too_long"),
            )
        )
    return ReplyCheck(language=lang, checks=tuple(checks))
