"""Build the JSONL corpus files from the hand-written sources (src_en.py, src_it.py, src_replies.py).

The sources hold the fictional messages and their hand-made labels (risk, content signals,
emoticon valence shifts, topics). The mechanical signals (all_caps, ellipsis_excess,
expressive_punctuation, long_message, late_night, unsigned, emoticon_positive,
emoticon_negative) are computed here from the exact definitions in GUIDELINES.md, so that
they are applied consistently; a source item can still force (+code) or drop (-code) one
when the definition needs a human reading (documented in the item's note).

Run:  python scripta/analysis/tests/corpus/build_corpus.py
It rewrites dev_en.jsonl, dev_it.jsonl, holdout_en.jsonl, holdout_it.jsonl, replies.jsonl.
"""

from __future__ import annotations

import hashlib
import json
import re
import runpy
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))

from scripta.analysis.model import RISK_LEVELS, SIGNAL_CODES, TOPIC_CODES  # noqa: E402

RISKS, SIGNALS = RISK_LEVELS, SIGNAL_CODES
COMPUTED = {
    "all_caps",
    "ellipsis_excess",
    "expressive_punctuation",
    "unsigned",
    "emoticon_positive",
    "emoticon_negative",
    "late_night",
    "long_message",
}
TOPICS = TOPIC_CODES
CHANNELS = ("sms", "whatsapp", "email", "portal")
VARIANTS = ("base", "negation", "quotation", "tense", "person", "idiom", "caps", "emoticon")
CHECKS = ("missing_signature", "name_scolding", "all_caps", "reply_too_long")
LONG = {"sms": 480, "whatsapp": 480, "portal": 800, "email": 1200, None: 800}
TZ = {"en": "Europe/London", "it": "Europe/Rome"}

POS_ASCII = [":)", ":-)", ":D", ":-D", ";)", ";-)", "=)", ":P", "^_^", "<3", "xD", "XD"]
NEG_ASCII = [":(", ":-(", ":'(", "8-[", ":-[", ":[", "D:", ">:(", ":/", ":-/", "</3", "T_T"]
POS_EMOJI = [
    "🙂",
    "😊",
    "😀",
    "😃",
    "😄",
    "😁",
    "😂",
    "🤣",
    "😉",
    "😍",
    "🥰",
    "😘",
    "❤",
    "♥",
    "💕",
    "💙",
    "👍",
    "🤗",
    "🎉",
    "🥳",
    "✨",
    "💪",
    "🌞",
]
NEG_EMOJI = [
    "🙁",
    "☹",
    "😞",
    "😔",
    "😟",
    "😢",
    "😭",
    "😩",
    "😫",
    "😡",
    "😠",
    "💔",
    "😰",
    "😥",
    "👎",
    "😣",
    "😖",
]


def _ascii_re(forms: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w/:])(?:" + alts + r")(?![\w])")


POS_RE = _ascii_re(POS_ASCII)
NEG_RE = _ascii_re(NEG_ASCII)
WORD_RE = re.compile(r"\S+")
ELLIPSIS_RE = re.compile(r"…\.*|\.{2,}")
EXPR_RE = re.compile(r"[!?]{2,}|(?:\.{2,}|…)!")
INTRO = (r"this is", r"it'?s", r"i'?m", r"sono", r"qui è", r"qui e'", r"mi chiamo")


def all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    if len(letters) >= 12 and upper >= 0.6 * len(letters):
        return True
    run_letters = 0
    run_words = 0
    for w in WORD_RE.findall(text):
        lw = [c for c in w if c.isalpha()]
        if not lw:
            continue
        if all(c.isupper() for c in lw):
            run_words += 1
            run_letters += len(lw)
            if run_words >= 3 and run_letters >= 12:
                return True
        else:
            run_words = 0
            run_letters = 0
    return False


def ellipsis_excess(text: str) -> bool:
    n = len(ELLIPSIS_RE.findall(text))
    return n >= 3 and n * 100 >= len(text)


def emoticons(text: str) -> tuple[bool, bool]:
    pos = bool(POS_RE.search(text)) or any(e in text for e in POS_EMOJI)
    neg = bool(NEG_RE.search(text)) or any(e in text for e in NEG_EMOJI)
    return pos, neg


def _name_re(name: str) -> str:
    base = name.rstrip(".")
    if len(base) == 1:
        return r"(?<!\w)" + re.escape(base) + r"\.?(?!\w)"
    return r"(?<!\w)" + re.escape(base) + r"(?!\w)"


def signed(text: str, names: list[str]) -> bool:
    t = text.rstrip()
    # strip trailing punctuation, spaces and emoji/symbols
    while t and not (t[-1].isalnum()):
        t = t[:-1]
    tail = t[-40:]
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    block: list[str] = []
    if len(lines) > 1:
        for ln in reversed(lines[-3:]):
            if len(ln) > 40:
                break
            block.append(ln)
    if block:
        tail = tail + "\n" + "\n".join(block)
    head = text.lstrip()[:60]
    for name in names:
        nr = _name_re(name)
        if re.search(nr, tail, re.IGNORECASE):
            return True
        intro = r"(?:" + "|".join(INTRO) + r")\s+" + nr
        if re.search(r"(?<!\w)" + intro, head, re.IGNORECASE):
            return True
        if re.search(nr + r"\s+here\b", head, re.IGNORECASE):
            return True
    return False


def late_night(sent_at: str | None) -> bool:
    if not sent_at:
        return False
    hour = int(sent_at[11:13])
    return hour >= 23 or hour < 6


def compute(text: str, channel: str, names: list[str], sent_at: str | None) -> set[str]:
    out: set[str] = set()
    if all_caps(text):
        out.add("all_caps")
    if ellipsis_excess(text):
        out.add("ellipsis_excess")
    if EXPR_RE.search(text):
        out.add("expressive_punctuation")
    if len(text.strip()) > LONG.get(channel, 800):
        out.add("long_message")
    if late_night(sent_at):
        out.add("late_night")
    if not signed(text, names):
        out.add("unsigned")
    pos, neg = emoticons(text)
    if pos:
        out.add("emoticon_positive")
    if neg:
        out.add("emoticon_negative")
    return out


class Collector:
    def __init__(self, language: str) -> None:
        self.language = language
        self.items: list[dict[str, Any]] = []

    def __call__(
        self,
        text: str,
        risk: str,
        sig: str = "",
        top: str = "",
        ch: str = "whatsapp",
        at: str | None = None,
        tz: str | None = None,
        who: str = "",
        g: str | None = None,
        v: str | None = None,
        note: str | None = None,
    ) -> None:
        if risk not in RISKS:
            raise ValueError(f"bad risk {risk!r} in {text[:40]!r}")
        if ch not in CHANNELS:
            raise ValueError(f"bad channel {ch!r}")
        names = [n for n in who.split("|") if n]
        if not names:
            raise ValueError(f"no sender name for {text[:40]!r}")
        sent_at = None
        if at:
            sent_at = f"2026-{at[:5]}T{at[6:]}:00" if len(at) == 11 else at
        manual = set()
        force_add: set[str] = set()
        force_drop: set[str] = set()
        for s in sig.split():
            if s.startswith("+"):
                force_add.add(s[1:])
            elif s.startswith("-"):
                force_drop.add(s[1:])
            else:
                manual.add(s)
        for s in manual | force_add | force_drop:
            if s not in SIGNALS:
                raise ValueError(f"unknown signal {s!r} in {text[:40]!r}")
        bad = manual & COMPUTED
        if bad:
            raise ValueError(f"computed signal given by hand {bad} in {text[:40]!r}")
        signals = (compute(text, ch, names, sent_at) | manual | force_add) - force_drop
        topics = top.split()
        for t in topics:
            if t not in TOPICS:
                raise ValueError(f"unknown topic {t!r}")
        if v is not None and v not in VARIANTS:
            raise ValueError(f"unknown variant {v!r}")
        if (g is None) != (v is None):
            raise ValueError(f"group and variant go together: {text[:40]!r}")
        item: dict[str, Any] = {
            "text": text,
            "language": self.language,
            "risk": risk,
            "signals": sorted(signals, key=SIGNALS.index),
            "topics": sorted(topics, key=TOPICS.index),
        }
        if sent_at:
            item["sent_at"] = sent_at
            item["timezone"] = tz or TZ[self.language]
        item["channel"] = ch
        item["sender_names"] = names
        if g:
            item["group"] = g
            item["variant"] = v
        if note:
            item["note"] = note
        self.items.append(item)


def _labels(item: dict[str, Any]) -> set[str]:
    return (
        {"risk:" + item["risk"]}
        | {"sig:" + s for s in item["signals"]}
        | {"top:" + t for t in item["topics"]}
    )


SPLIT_FILE = HERE / "split.json"


def unit_key(item: dict[str, Any]) -> str:
    raw = (
        f"{item['language']}:g:{item['group']}"
        if item.get("group")
        else f"{item['language']}:t:{item['text']}"
    )
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def load_pins() -> dict[str, str]:
    if SPLIT_FILE.exists():
        return dict(json.loads(SPLIT_FILE.read_text(encoding="utf-8")))
    return {}


def dev_sources(lang: str) -> list[Path]:
    """The engine may be tuned on these: ``src_<lang>.py`` and any ``src_<lang>_<part>.py``."""
    return [HERE / f"src_{lang}.py", *sorted(HERE.glob(f"src_{lang}_*.py"), key=_natural)]


def _natural(path: Path) -> list[Any]:
    """Round 10 after round 9: the ids of dev items keep their order as rounds are added."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path.name)]


def holdout_source(lang: str) -> Path:
    """Written blind (by an author who never saw the engine); never tuned on."""
    return HERE / f"src_holdout_{lang}.py"


def collect(lang: str, paths: list[Path]) -> list[dict[str, Any]]:
    col = Collector(lang)
    for path in paths:
        if path.exists():
            runpy.run_path(str(path), init_globals={"M": col})
    return col.items


def split(
    dev_items: list[dict[str, Any]], hold_items: list[dict[str, Any]], pins: dict[str, str]
) -> None:
    """Pin every unit (variant group or single message) to its half.

    A unit from a dev source is dev (a spent holdout moves to dev; see GUIDELINES.md,
    "Holdout rounds"). A unit from the blind holdout source is holdout, and must never have
    been dev: an item once given to the engine's authors never moves to the holdout.
    """
    for it in dev_items:
        pins[unit_key(it)] = "dev"
    for it in hold_items:
        key = unit_key(it)
        if pins.get(key) == "dev":
            raise ValueError(f"holdout item was dev data once: {it['text'][:40]!r}")
        pins[key] = "holdout"


def write(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


TITLES = {"dr", "dott", "dottssa", "prof", "profssa", "mr", "mrs", "ms"}
GREETINGS = (
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


def reply_checks(text: str, signature: str, name: str, patient_message: str | None) -> set[str]:
    """Reference reading of the reply-check definitions, used to cross-check hand labels."""
    out: set[str] = set()
    t = text.rstrip()
    while t and not t[-1].isalnum():
        t = t[:-1]
    low = t.lower()
    parts = [p.strip(".") for p in signature.split() if p.strip(".")]
    core = [p for p in parts if p.lower().replace(".", "") not in TITLES]
    initials = "".join(p[0] for p in core).lower()
    ends = [signature.lower().rstrip(". "), core[-1].lower()]
    if len(core) >= 2:
        ends.append(" ".join(core[-2:]).lower())
    ok = any(low.endswith(e) for e in ends if e)
    m = re.search(r"(?:^|[\s,;:\-])((?:[A-Za-z]\.?\s?){1,4})$", t)
    if m:
        letters = re.sub(r"[^A-Za-z]", "", m.group(1)).lower()
        if letters.endswith(initials) and letters[: -len(initials)] in TITLES | {""}:
            ok = True
    if not ok:
        out.add("missing_signature")
    for sent in re.findall(r"[^.!?\n]*!+", text):
        words = re.findall(r"[\w']+", sent)
        if (
            len(words) >= 3
            and words[-1].lower() == name.lower()
            and not sent.strip().lower().startswith(GREETINGS)
        ):
            out.add("name_scolding")
    if all_caps(text):
        out.add("all_caps")
    n = len(text)
    if n >= 600 and (
        (patient_message is None and n >= 1200)
        or (patient_message is not None and n > 3 * len(patient_message))
    ):
        out.add("reply_too_long")
    return out


def build_replies() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def R(
        text: str,
        sig: str,
        name: str,
        lang: str,
        checks: str = "",
        msg: str | None = None,
        note: str | None = None,
    ) -> None:
        cs = checks.split()
        for c in cs:
            if c not in CHECKS:
                raise ValueError(f"unknown check {c!r}")
        row: dict[str, Any] = {
            "id": f"reply-{len(rows) + 1:04d}",
            "kind": "reply",
            "text": text,
            "signature": sig,
            "patient_name": name,
            "language": lang,
        }
        if msg is not None:
            row["patient_message"] = msg
        row["checks"] = sorted(cs, key=CHECKS.index)
        if note:
            row["note"] = note
        ref = reply_checks(text, sig, name, msg)
        if ref != set(cs):
            print(
                f"check: {row['id']} labelled {sorted(cs)} reference {sorted(ref)}", file=sys.stderr
            )
        rows.append(row)

    src = HERE / "src_replies.py"
    if src.exists():
        runpy.run_path(str(src), init_globals={"R": R})
    return rows


def main() -> int:
    summary: Counter[str] = Counter()
    pins = load_pins()
    live: set[str] = set()
    for lang in ("en", "it"):
        dev = collect(lang, dev_sources(lang))
        hold = collect(lang, [holdout_source(lang)])
        split(dev, hold, pins)
        live |= {unit_key(it) for it in dev + hold}
        for name, rows in (("dev", dev), ("holdout", hold)):
            out = []
            for n, r in enumerate(rows, 1):
                out.append({"id": f"{name}-{lang}-{n:04d}", **r})
            write(HERE / f"{name}_{lang}.jsonl", out)
            summary[f"{name}_{lang}"] = len(out)
    pins = {k: v for k, v in pins.items() if k in live}
    SPLIT_FILE.write_text(json.dumps(dict(sorted(pins.items())), indent=0) + "\n", encoding="utf-8")
    replies = build_replies()
    write(HERE / "replies.jsonl", replies)
    summary["replies"] = len(replies)
    for k, v in summary.items():
        print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
