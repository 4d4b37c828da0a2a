"""Golden-output harness of the reading engine (a refactoring guard, not a test).

    python bench/analysis_golden.py --write /tmp/golden.json   # on the reference commit
    python bench/analysis_golden.py --check /tmp/golden.json   # after a change

Reads, with ``read_message(...).to_dict()`` (and ``check_reply`` for the reply drafts), every
corpus message (with its fields and once as bare text), the messages of
``bench/analysis_speed.py`` (its generator, several seeds) and its 100 kB e-mail, every string
literal of the engine's tests and corpus sources, and a few thousand seeded random and mutated
texts (capitals, emoji and emoticons, punctuation, accents, quotes, negations, joined and cut
texts, long letters). Writes or compares one SHA-256 per item; ``--check`` prints the items
that differ (exit status 1 when any does). The golden file stays out of git.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CORPUS = ROOT / "scripta" / "analysis" / "tests" / "corpus"
TESTS = ROOT / "scripta" / "analysis" / "tests"

EMOJI = "😂🤣💀😆😹💊🙂😊😀😢😭😡💔🙏🎉❤️👍👎🥺😐🤔🔪🩸⚰️🌈✨🙃😩👨‍👩‍👧🏳️‍🌈1️⃣🇮🇹"
EMOTICONS = [
    ":)",
    ":-)",
    ":(",
    ":-(",
    ":'(",
    ";)",
    ":D",
    "xD",
    "XD",
    "<3",
    "</3",
    ":/",
    "^_^",
    "T_T",
    "=)",
    ":p",
    "8-)",
    "D:",
]
PUNCT = [
    "!!",
    "?!",
    "...",
    "…",
    "…!",
    "..!",
    "???",
    "!",
    "?",
    ".",
    ",",
    ";",
    ":",
    " - ",
    "\n",
    "\n\n",
    '"',
    "'",
    "“",
    "”",
    "’",
    "(",
    ")",
]
INSERTS = [
    "not",
    "never",
    "non",
    "nn",
    "if",
    "se",
    "my friend",
    "la mia amica",
    "she",
    "he",
    "lui",
    "in the film",
    "nel film",
    "years ago",
    "anni fa",
    "last night",
    "ieri sera",
    "tonight",
    "stasera",
    "20 pills",
    "tutte le pastiglie",
    "razor blades",
    "lamette",
    "goodbye",
    "addio",
    "thank you for everything",
    "grazie di tutto",
    "my son",
    "mio figlio",
    "I want to die",
    "voglio morire",
    "I can't go on",
    "non ce la faccio più",
    "sorry",
    "scusa",
    "call me",
    "mi chiami",
    "but",
    "ma",
    "killing me",
    "muoio dal ridere",
    "said",
    "ha detto",
    "when I was 15",
    "in session",
    "part of me",
    "nobody would notice if I died",
    "for the trip",
    "per il viaggio",
    "2019",
    "we discussed",
    "what if",
]
ACCENTS = {"a": "àá", "e": "èé", "i": "ìí", "o": "òó", "u": "ùú", "c": "ç", "n": "ñ", "s": "ß"}


def _string_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 2:
            out.append(node.value)
    return out


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _mutate(rng: random.Random, text: str, pool: list[str]) -> str:
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(12)
        if op == 0:
            text = text.upper()
        elif op == 1 and text:
            i, j = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            text = text[:i] + text[i:j].upper() + text[j:]
        elif op == 2:
            i = rng.randrange(len(text) + 1)
            text = (
                text[:i] + "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 3))) + text[i:]
            )
        elif op == 3:
            i = rng.randrange(len(text) + 1)
            text = text[:i] + " " + rng.choice(EMOTICONS) + " " + text[i:]
        elif op == 4:
            i = rng.randrange(len(text) + 1)
            text = text[:i] + rng.choice(PUNCT) + text[i:]
        elif op == 5:
            text = "".join(
                rng.choice(ACCENTS[c]) if c in ACCENTS and rng.random() < 0.15 else c for c in text
            )
        elif op == 6:
            words = text.split(" ")
            i = rng.randrange(len(words) + 1)
            words.insert(i, rng.choice(INSERTS))
            text = " ".join(words)
        elif op == 7:
            text = text + rng.choice([" ", "\n", ". ", "! ", "... "]) + rng.choice(pool)
        elif op == 8 and len(text) > 4:
            i, j = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            text = text[i:j] if j - i > 2 else text
        elif op == 9:
            text = '"' + text + '"' if rng.random() < 0.5 else "“" + text + "”"
        elif op == 10:
            text = text.replace(" ", rng.choice(["  ", "\t", "\u00a0", " \n "]))
        else:
            text = "".join(
                rng.choice(pool) + rng.choice(PUNCT) + " " for _ in range(rng.randint(2, 8))
            )
    return text


Item = tuple[str, Callable[[], Any]]


def items() -> Iterator[Item]:
    from analysis_speed import EN, IT, NARRATIVE_EN, NARRATIVE_IT, generate, hundred_kb_email

    from scripta.analysis import check_reply, read_message

    def reading(text: str, **kw: Any) -> Callable[[], Any]:
        return lambda: read_message(text, **kw).to_dict()

    corpus = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        if path.name == "replies.jsonl":
            continue
        corpus.extend(_jsonl(path))
    for rec in corpus:
        text = rec["text"]
        sent = rec.get("sent_at")
        kw = {
            "sent_at": datetime.fromisoformat(sent) if sent else None,
            "timezone": rec.get("timezone"),
            "channel": rec.get("channel"),
            "sender_names": rec.get("sender_names") or (),
        }
        yield f"corpus:{rec['id']}", reading(text, **kw)
        yield f"corpus-bare:{rec['id']}", reading(text)
        yield f"corpus-lang:{rec['id']}", reading(text, language=rec.get("language"))
    for rec in _jsonl(CORPUS / "replies.jsonl"):
        yield (
            f"reply:{rec['id']}",
            lambda rec=rec: check_reply(
                rec["text"],
                signature=rec["signature"],
                patient_name=rec["patient_name"],
                language=rec.get("language"),
                patient_message=rec.get("patient_message"),
            ).to_dict(),
        )
        yield (
            f"reply-bare:{rec['id']}",
            lambda rec=rec: check_reply(
                rec["text"], signature=rec["signature"], patient_name=rec["patient_name"]
            ).to_dict(),
        )
    for seed, n in ((7, 4000), (1, 1500), (2, 1500)):
        for i, m in enumerate(generate(n, seed)):
            yield (
                f"bench:{seed}:{i}",
                reading(
                    str(m["text"]),
                    sent_at=m["sent_at"],
                    timezone=str(m["timezone"]),
                    channel=str(m["channel"]),
                    sender_names=m["sender_names"],
                ),
            )
    yield "bench:100kb", reading(hundred_kb_email(), channel="email", sender_names=["Hannah"])

    literals: list[str] = []
    # a sealed blind round (src_blind<N>_*.py) stays unread until it becomes the holdout
    sources = [p for p in sorted(CORPUS.glob("src_*.py")) if not p.name.startswith("src_blind")]
    for path in sorted(TESTS.glob("test_*.py")) + sources:
        literals.extend(_string_literals(path))
    literals = list(dict.fromkeys(literals))
    for i, s in enumerate(literals):
        yield f"literal:{i}", reading(s)

    pool = [str(r["text"]) for r in corpus] + EN + IT + NARRATIVE_EN + NARRATIVE_IT
    pool += [s for s in literals if len(s) >= 8]
    rng = random.Random(20261126)
    names = ["Tom", "Giulia", "T.", "G. R.", "Luca Rossi", "Dr. E. Carter", "", "Ann-Marie", "Zoë"]
    channels = [None, "sms", "whatsapp", "portal", "email", "fax"]
    zones = [None, "Europe/Rome", "Europe/London", "America/Toronto", "Asia/Tokyo"]
    base = datetime(2026, 1, 1)
    for i in range(4000):
        text = _mutate(rng, rng.choice(pool), pool)
        if rng.random() < 0.05:
            text = "\n\n".join(rng.choice(pool) for _ in range(rng.randint(30, 200)))
        kw: dict[str, Any] = {}
        if rng.random() < 0.7:
            sent = base + timedelta(minutes=rng.randint(0, 60 * 24 * 400))
            if rng.random() < 0.3:
                from datetime import UTC

                sent = sent.replace(tzinfo=UTC)
            kw["sent_at"] = sent
            kw["timezone"] = rng.choice(zones)
        if rng.random() < 0.8:
            kw["channel"] = rng.choice(channels)
        if rng.random() < 0.7:
            name = rng.choice(names)
            kw["sender_names"] = [name]
            if rng.random() < 0.5 and name:
                text = text + rng.choice([" ", "\n", "\n\n-- \n", "\n", " - "]) + name
            if rng.random() < 0.1:
                text = rng.choice(["Hi, it's ", "Ciao, sono ", "This is "]) + name + ". " + text
        if rng.random() < 0.05:
            kw["language"] = rng.choice(["en", "it", "fr"])
        yield f"random:{i}", reading(text, **kw)
    replies = _jsonl(CORPUS / "replies.jsonl")
    for i in range(500):
        rec = rng.choice(replies)
        text = _mutate(rng, rec["text"], pool)
        pm = rec.get("patient_message") if rng.random() < 0.5 else None
        if pm is not None and rng.random() < 0.3:
            pm = pm * rng.randint(1, 20)
        yield (
            f"reply-random:{i}",
            lambda text=text, rec=rec, pm=pm: check_reply(
                text,
                signature=rec["signature"],
                patient_name=rec["patient_name"],
                patient_message=pm,
            ).to_dict(),
        )


def digest(value: Any) -> str:
    raw = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    ap.add_argument("--show", type=int, default=10, help="differences printed in full")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    got: dict[str, str] = {}
    outputs: dict[str, Any] = {}
    for key, fn in items():
        if key in got:
            raise SystemExit(f"duplicate key {key}")
        try:
            value = fn()
        except Exception as exc:  # an exception is an output too
            value = {"exception": type(exc).__name__, "message": str(exc)}
        got[key] = digest(value)
        outputs[key] = value
    elapsed = time.perf_counter() - t
    total = hashlib.sha256("".join(f"{k}={v}\n" for k, v in got.items()).encode()).hexdigest()
    if args.write:
        args.write.write_text(json.dumps(got, indent=0, sort_keys=True))
        # the outputs themselves, to show what changed when a check fails
        full = args.write.with_suffix(".outputs.json")
        full.write_text(json.dumps(outputs, ensure_ascii=False, default=str))
        print(f"wrote {len(got)} items to {args.write} in {elapsed:.1f} s; digest {total[:16]}")
        return 0
    golden: dict[str, str] = json.loads(args.check.read_text())
    missing = sorted(set(golden) - set(got))
    extra = sorted(set(got) - set(golden))
    diff = [k for k in got if k in golden and golden[k] != got[k]]
    full = args.check.with_suffix(".outputs.json")
    before: dict[str, Any] = json.loads(full.read_text()) if diff and full.exists() else {}
    for k in diff[: args.show]:
        print(
            f"DIFF {k}\n  now:    {json.dumps(outputs[k], ensure_ascii=False, default=str)[:1500]}"
        )
        if k in before:
            print(f"  before: {json.dumps(before[k], ensure_ascii=False)[:1500]}")
    print(
        f"compared {len(set(got) & set(golden))} items in {elapsed:.1f} s: {len(diff)} differ, "
        f"{len(missing)} missing, {len(extra)} new; digest {total[:16]}"
    )
    return 1 if diff or missing or extra else 0


if __name__ == "__main__":
    raise SystemExit(main())
