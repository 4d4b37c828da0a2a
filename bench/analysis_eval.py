"""Evaluate the reading engine (scripta.analysis) on the labelled corpus.

Prints, separately for dev, holdout and all: per-signal and per-topic precision, recall and
F1 with support, the 5x5 risk confusion matrix, recall of high+imminent, the false alarms
(items labelled below high that the engine raised to high/imminent, and the idiom/quotation
variants raised to high/imminent, with their ids) and the targets with PASS/FAIL; per-reply-
check figures on replies.jsonl.

    python bench/analysis_eval.py                # text report
    python bench/analysis_eval.py --json         # machine-readable results
    python bench/analysis_eval.py --write-docs   # also rewrite the figures in docs/analysis.md

The figures are reported, not enforced: the exit status is 0 unless the corpus is malformed
(2). The language is not passed to the engine unless --give-language is set, so language
detection is evaluated too.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The codes are the engine's contract: one list, in scripta.analysis.model (no engine code runs).
from scripta.analysis.model import (  # noqa: E402
    REPLY_CHECK_CODES,
    RISK_LEVELS,
    SIGNAL_CODES,
    TOPIC_CODES,
)

CORPUS = ROOT / "scripta" / "analysis" / "tests" / "corpus"
DOCS = ROOT / "docs" / "analysis.md"
START, END = "<!-- eval:start -->", "<!-- eval:end -->"

RISKS, SIGNALS, TOPICS, CHECKS = RISK_LEVELS, SIGNAL_CODES, TOPIC_CODES, REPLY_CHECK_CODES
HIGH = {"high", "imminent"}
CHANNELS = ("sms", "whatsapp", "email", "portal")
VARIANTS = ("base", "negation", "quotation", "tense", "person", "idiom", "caps", "emoticon")
TARGET_RECALL = 0.98
TARGET_F1 = 0.9
SPLITS = ("dev", "holdout")
LANGS = ("en", "it")


class CorpusError(Exception):
    """The corpus is malformed."""


# ---------------------------------------------------------------- loading


def _check_message(item: dict[str, Any], where: str) -> None:
    for key in ("id", "text", "language", "risk", "signals", "topics", "channel", "sender_names"):
        if key not in item:
            raise CorpusError(f"{where}: missing {key!r}")
    if item["risk"] not in RISKS:
        raise CorpusError(f"{where}: unknown risk {item['risk']!r}")
    if item["language"] not in LANGS:
        raise CorpusError(f"{where}: unknown language {item['language']!r}")
    if item["channel"] not in CHANNELS:
        raise CorpusError(f"{where}: unknown channel {item['channel']!r}")
    for s in item["signals"]:
        if s not in SIGNALS:
            raise CorpusError(f"{where}: unknown signal {s!r}")
    for t in item["topics"]:
        if t not in TOPICS:
            raise CorpusError(f"{where}: unknown topic {t!r}")
    if item.get("variant") is not None and item["variant"] not in VARIANTS:
        raise CorpusError(f"{where}: unknown variant {item['variant']!r}")
    if item.get("sent_at"):
        try:
            datetime.fromisoformat(item["sent_at"])
        except ValueError as exc:
            raise CorpusError(f"{where}: bad sent_at {item['sent_at']!r}") from exc


def _check_reply(item: dict[str, Any], where: str) -> None:
    for key in ("id", "text", "signature", "patient_name", "checks"):
        if key not in item:
            raise CorpusError(f"{where}: missing {key!r}")
    for c in item["checks"]:
        if c not in CHECKS:
            raise CorpusError(f"{where}: unknown check {c!r}")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path.name}:{n}: not JSON ({exc})") from exc
            if not isinstance(obj, dict):
                raise CorpusError(f"{path.name}:{n}: not an object")
            obj["_where"] = f"{path.name}:{n}"
            rows.append(obj)
    return rows


def load_corpus(
    corpus: Path = CORPUS,
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """Return ({"dev": [...], "holdout": [...]}, replies); raise CorpusError if malformed."""
    messages: dict[str, list[dict[str, Any]]] = {s: [] for s in SPLITS}
    seen: set[str] = set()
    for split in SPLITS:
        for lang in LANGS:
            path = corpus / f"{split}_{lang}.jsonl"
            if not path.exists():
                raise CorpusError(f"missing {path}")
            for item in read_jsonl(path):
                _check_message(item, item["_where"])
                if item["id"] in seen:
                    raise CorpusError(f"{item['_where']}: duplicate id {item['id']!r}")
                seen.add(item["id"])
                item["_split"] = split
                messages[split].append(item)
    replies: list[dict[str, Any]] = []
    path = corpus / "replies.jsonl"
    if path.exists():
        for item in read_jsonl(path):
            _check_reply(item, item["_where"])
            if item["id"] in seen:
                raise CorpusError(f"{item['_where']}: duplicate id {item['id']!r}")
            seen.add(item["id"])
            replies.append(item)
    return messages, replies


# ---------------------------------------------------------------- running the engine


@dataclass
class Prediction:
    id: str
    risk: str = "none"
    signals: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    language: str | None = None
    error: str | None = None


def _codes(items: Iterable[Any]) -> frozenset[str]:
    out = set()
    for x in items:
        out.add(x if isinstance(x, str) else getattr(x, "code", str(x)))
    return frozenset(out)


def run_messages(items: list[dict[str, Any]], give_language: bool) -> list[Prediction]:
    from scripta.analysis import read_message

    preds: list[Prediction] = []
    for item in items:
        sent_at = datetime.fromisoformat(item["sent_at"]) if item.get("sent_at") else None
        try:
            reading = read_message(
                item["text"],
                sent_at=sent_at,
                timezone=item.get("timezone"),
                channel=item.get("channel"),
                sender_names=tuple(item.get("sender_names", ())),
                language=item["language"] if give_language else None,
            )
            if hasattr(reading, "signal_codes"):
                signals = _codes(reading.signal_codes())
            else:
                signals = _codes(reading.signals)
            risk = reading.risk.level
            preds.append(
                Prediction(
                    id=item["id"],
                    risk=str(risk),
                    signals=signals,
                    topics=_codes(reading.topics),
                    language=getattr(reading, "language", None),
                )
            )
        except Exception as exc:  # the evaluation reports engine errors, it does not stop
            preds.append(Prediction(id=item["id"], error=f"{type(exc).__name__}: {exc}"))
    return preds


def run_replies(items: list[dict[str, Any]]) -> list[Prediction]:
    from scripta.analysis import check_reply

    preds: list[Prediction] = []
    for item in items:
        try:
            result = check_reply(
                item["text"],
                item["signature"],
                item["patient_name"],
                language=item.get("language"),
                patient_message=item.get("patient_message"),
            )
            preds.append(Prediction(id=item["id"], signals=_codes(result.checks)))
        except Exception as exc:
            preds.append(Prediction(id=item["id"], error=f"{type(exc).__name__}: {exc}"))
    return preds


# ---------------------------------------------------------------- scoring


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fp_ids: list[str] = field(default_factory=list)
    fn_ids: list[str] = field(default_factory=list)

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.support,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "fp_ids": self.fp_ids,
            "fn_ids": self.fn_ids,
        }


def score_sets(
    gold: list[tuple[str, frozenset[str]]], pred: list[frozenset[str]], codes: tuple[str, ...]
) -> tuple[dict[str, PRF], dict[str, int]]:
    table = {c: PRF() for c in codes}
    unknown: dict[str, int] = {}
    for (item_id, g), p in zip(gold, pred, strict=True):
        for c in codes:
            if c in g and c in p:
                table[c].tp += 1
            elif c in p:
                table[c].fp += 1
                table[c].fp_ids.append(item_id)
            elif c in g:
                table[c].fn += 1
                table[c].fn_ids.append(item_id)
        for c in p - set(codes):
            unknown[c] = unknown.get(c, 0) + 1
    return table, unknown


def evaluate_messages(items: list[dict[str, Any]], preds: list[Prediction]) -> dict[str, Any]:
    by_id = {p.id: p for p in preds}
    ps = [by_id[i["id"]] for i in items]
    signals, unknown_signals = score_sets(
        [(i["id"], frozenset(i["signals"])) for i in items], [p.signals for p in ps], SIGNALS
    )
    topics, unknown_topics = score_sets(
        [(i["id"], frozenset(i["topics"])) for i in items], [p.topics for p in ps], TOPICS
    )
    confusion = {g: dict.fromkeys(RISKS, 0) for g in RISKS}
    for i, p in zip(items, ps, strict=True):
        confusion[i["risk"]][p.risk if p.risk in RISKS else "none"] += 1
    gold_high = [(i, p) for i, p in zip(items, ps, strict=True) if i["risk"] in HIGH]
    hit = sum(1 for _, p in gold_high if p.risk in HIGH)
    missed = [i["id"] for i, p in gold_high if p.risk not in HIGH]
    false_alarms = [
        i["id"] for i, p in zip(items, ps, strict=True) if i["risk"] not in HIGH and p.risk in HIGH
    ]
    idiom_quote = [
        i["id"]
        for i, p in zip(items, ps, strict=True)
        if i.get("variant") in ("idiom", "quotation") and p.risk in HIGH
    ]
    idiom_quote_total = sum(1 for i in items if i.get("variant") in ("idiom", "quotation"))
    exact = sum(1 for i, p in zip(items, ps, strict=True) if i["risk"] == p.risk)
    lang_ok = sum(1 for i, p in zip(items, ps, strict=True) if p.language == i["language"])
    recall_high = hit / len(gold_high) if gold_high else 1.0
    by_lang: dict[str, dict[str, Any]] = {}
    for lang in LANGS:
        gl = [(i, p) for i, p in gold_high if i["language"] == lang]
        hl = sum(1 for _, p in gl if p.risk in HIGH)
        by_lang[lang] = {"recall": round(hl / len(gl), 4) if gl else 1.0, "support": len(gl)}
    failing = [c for c, s in signals.items() if s.f1 < TARGET_F1]
    errors = {p.id: p.error for p in ps if p.error}
    variants: dict[str, dict[str, Any]] = {}
    for v in VARIANTS:
        vs = [(i, p) for i, p in zip(items, ps, strict=True) if i.get("variant") == v]
        if not vs:
            continue
        variants[v] = {
            "n": len(vs),
            "exact_risk": round(sum(1 for i, p in vs if i["risk"] == p.risk) / len(vs), 4),
            "raised_to_high": [i["id"] for i, p in vs if i["risk"] not in HIGH and p.risk in HIGH],
            "missed_high": [i["id"] for i, p in vs if i["risk"] in HIGH and p.risk not in HIGH],
        }
    return {
        "n": len(items),
        "n_en": sum(1 for i in items if i["language"] == "en"),
        "n_it": sum(1 for i in items if i["language"] == "it"),
        "errors": errors,
        "language_accuracy": round(lang_ok / len(items), 4) if items else 1.0,
        "risk_exact_accuracy": round(exact / len(items), 4) if items else 1.0,
        "risk_confusion": confusion,
        "recall_high_imminent": round(recall_high, 4),
        "high_imminent_support": len(gold_high),
        "high_imminent_missed": missed,
        "recall_high_imminent_by_language": by_lang,
        "false_alarms": false_alarms,
        "idiom_quotation_raised": idiom_quote,
        "idiom_quotation_total": idiom_quote_total,
        "variants": variants,
        "signals": {c: s.as_dict() for c, s in signals.items()},
        "unknown_signal_codes": unknown_signals,
        "topics": {c: s.as_dict() for c, s in topics.items()},
        "unknown_topic_codes": unknown_topics,
        "targets": {
            "recall_high_imminent": {
                "target": f">= {TARGET_RECALL}",
                "value": round(recall_high, 4),
                "pass": recall_high >= TARGET_RECALL,
            },
            "idiom_quotation_not_raised": {
                "target": "0",
                "value": len(idiom_quote),
                "pass": not idiom_quote,
            },
            "per_signal_f1": {
                "target": f">= {TARGET_F1}",
                "failing": failing,
                "pass": not failing,
            },
        },
    }


def evaluate_replies(items: list[dict[str, Any]], preds: list[Prediction]) -> dict[str, Any]:
    by_id = {p.id: p for p in preds}
    ps = [by_id[i["id"]] for i in items]
    checks, unknown = score_sets(
        [(i["id"], frozenset(i["checks"])) for i in items], [p.signals for p in ps], CHECKS
    )
    return {
        "n": len(items),
        "errors": {p.id: p.error for p in ps if p.error},
        "checks": {c: s.as_dict() for c, s in checks.items()},
        "unknown_check_codes": unknown,
    }


# ---------------------------------------------------------------- reporting


def _prf_table(title: str, table: dict[str, dict[str, Any]], f1_target: float | None) -> list[str]:
    lines = [
        f"| {title} | precision | recall | F1 | support | FP | FN |"
        + (" target |" if f1_target else ""),
        "|---|---:|---:|---:|---:|---:|---:|" + ("---|" if f1_target else ""),
    ]
    for code, s in table.items():
        row = (
            f"| `{code}` | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} | "
            f"{s['support']} | {s['fp']} | {s['fn']} |"
        )
        if f1_target:
            row += " PASS |" if s["f1"] >= f1_target else " FAIL |"
        lines.append(row)
    return lines


def _confusion(conf: dict[str, dict[str, int]]) -> list[str]:
    lines = ["| gold \\ engine | " + " | ".join(RISKS) + " |", "|---|" + "---:|" * len(RISKS)]
    for g in RISKS:
        lines.append(f"| **{g}** | " + " | ".join(str(conf[g][p]) for p in RISKS) + " |")
    return lines


def _ids(ids: list[str], limit: int = 40) -> str:
    if not ids:
        return "none"
    more = f" … (+{len(ids) - limit})" if len(ids) > limit else ""
    return ", ".join(ids[:limit]) + more


def _variant_table(variants: dict[str, dict[str, Any]]) -> list[str]:
    lines = [
        "| variant | items | exact risk | raised to high/imminent | high/imminent missed |",
        "|---|---:|---:|---|---|",
    ]
    for v, d in variants.items():
        lines.append(
            f"| {v} | {d['n']} | {d['exact_risk']:.2f} | {_ids(d['raised_to_high'], 10)} | "
            f"{_ids(d['missed_high'], 10)} |"
        )
    return lines


def _counts(c: dict[str, int]) -> str:
    return (
        f"Corpus: {c['dev'] + c['holdout']} messages (dev {c['dev']}, holdout {c['holdout']}; "
        f"{c['en']} English, {c['it']} Italian) and {c['replies']} reply drafts."
    )


def _by_lang(r: dict[str, Any]) -> str:
    return ", ".join(
        f"{lang} {v['recall']:.3f} (n={v['support']})"
        for lang, v in r["recall_high_imminent_by_language"].items()
    )


def markdown_section(name: str, r: dict[str, Any]) -> list[str]:
    t = r["targets"]
    out = [f"### {name} ({r['n']} messages: {r['n_en']} English, {r['n_it']} Italian)", ""]
    if r["errors"]:
        out += [f"Engine errors on {len(r['errors'])} items: {_ids(sorted(r['errors']))}", ""]
    pf = "PASS" if t["recall_high_imminent"]["pass"] else "FAIL"
    pq = "PASS" if t["idiom_quotation_not_raised"]["pass"] else "FAIL"
    ps = "PASS" if t["per_signal_f1"]["pass"] else "FAIL"
    out += [
        "| target | value | result |",
        "|---|---|---|",
        f"| recall of high+imminent >= {TARGET_RECALL} | {r['recall_high_imminent']:.3f} "
        f"({r['high_imminent_support'] - len(r['high_imminent_missed'])}/{r['high_imminent_support']}) | {pf} |",
        f"| no idiom/quoted variant raised to high/imminent | {len(r['idiom_quotation_raised'])} "
        f"of {r['idiom_quotation_total']} | {pq} |",
        f"| per-signal F1 >= {TARGET_F1} | failing: {', '.join(t['per_signal_f1']['failing']) or 'none'} | {ps} |",
        "",
        f"Recall of high+imminent by language: {_by_lang(r)}. "
        f"Exact risk level: {r['risk_exact_accuracy']:.3f}. Language detected correctly: "
        f"{r['language_accuracy']:.3f}. False alarms (labelled below high, raised to "
        f"high/imminent): {len(r['false_alarms'])} ({_ids(r['false_alarms'])}). "
        f"Missed high/imminent: {_ids(r['high_imminent_missed'])}. "
        f"Idiom/quotation variants raised: {_ids(r['idiom_quotation_raised'])}.",
        "",
        *_confusion(r["risk_confusion"]),
        "",
        *_variant_table(r["variants"]),
        "",
        *_prf_table("signal", r["signals"], TARGET_F1),
        "",
        *_prf_table("topic", r["topics"], None),
        "",
    ]
    if r["unknown_signal_codes"] or r["unknown_topic_codes"]:
        out += [
            f"Codes outside the corpus vocabulary (not scored): "
            f"{r['unknown_signal_codes']} {r['unknown_topic_codes']}",
            "",
        ]
    return out


def markdown(results: dict[str, Any]) -> str:
    if results.get("engine_error"):
        return (
            f"_The engine could not be run: {results['engine_error']}. "
            "Run `make eval` once `scripta.analysis` is importable._\n"
        )
    out = [
        f"Engine version: `{results['engine_version']}`. {_counts(results['counts'])} "
        f"Language passed to the engine: {'yes' if results['give_language'] else 'no (detected)'}. "
        f"Generated by `python bench/analysis_eval.py --write-docs`.",
        "",
    ]
    for name in ("holdout", "dev", "all"):
        out += markdown_section(name, results["messages"][name])
    rep = results["replies"]
    out += [f"### reply checks ({rep['n']} drafts, not split)", ""]
    if rep["errors"]:
        out += [f"Engine errors on {len(rep['errors'])} drafts: {_ids(sorted(rep['errors']))}", ""]
    out += [*_prf_table("check", rep["checks"], None), ""]
    return "\n".join(out)


def text_report(results: dict[str, Any]) -> str:
    if results.get("engine_error"):
        return f"engine not available: {results['engine_error']}\n{_counts(results['counts'])}\n"
    lines = [
        f"engine {results['engine_version']} · {_counts(results['counts'])} · "
        f"{results['seconds']:.2f}s"
    ]
    for name in ("dev", "holdout", "all"):
        r = results["messages"][name]
        t = r["targets"]
        lines += ["", f"== {name}: {r['n']} messages ({r['n_en']} en, {r['n_it']} it) =="]
        if r["errors"]:
            lines.append(f"engine errors: {len(r['errors'])}: {_ids(sorted(r['errors']), 10)}")
        lines.append(
            f"language accuracy {r['language_accuracy']:.3f} · exact risk {r['risk_exact_accuracy']:.3f}"
        )
        lines.append("risk confusion (rows gold, columns engine):")
        lines.append(" " * 10 + "".join(f"{p:>10}" for p in RISKS))
        for g in RISKS:
            lines.append(f"{g:>10}" + "".join(f"{r['risk_confusion'][g][p]:>10}" for p in RISKS))
        lines.append(
            f"recall high+imminent: {r['recall_high_imminent']:.3f} of "
            f"{r['high_imminent_support']} · missed: {_ids(r['high_imminent_missed'], 20)}"
        )
        lines.append(f"  by language: {_by_lang(r)}")
        lines.append(
            f"false alarms (below high -> high/imminent): {len(r['false_alarms'])}: "
            f"{_ids(r['false_alarms'], 20)}"
        )
        lines.append(
            f"idiom/quotation variants -> high/imminent: {len(r['idiom_quotation_raised'])} of "
            f"{r['idiom_quotation_total']}: {_ids(r['idiom_quotation_raised'], 20)}"
        )
        lines.append("paired variants: exact risk · raised to high/imminent · high/imminent missed")
        for v, d in r["variants"].items():
            lines.append(
                f"  {v:<10}{d['n']:>4}  {d['exact_risk']:.2f} · {_ids(d['raised_to_high'], 6)} · "
                f"{_ids(d['missed_high'], 6)}"
            )
        lines.append(f"{'signal':<24}{'P':>6}{'R':>6}{'F1':>6}{'supp':>6}{'FP':>5}{'FN':>5}")
        for code, s in r["signals"].items():
            flag = "" if s["f1"] >= TARGET_F1 else "  < target"
            lines.append(
                f"{code:<24}{s['precision']:>6.2f}{s['recall']:>6.2f}{s['f1']:>6.2f}"
                f"{s['support']:>6}{s['fp']:>5}{s['fn']:>5}{flag}"
            )
        lines.append(f"{'topic':<24}{'P':>6}{'R':>6}{'F1':>6}{'supp':>6}{'FP':>5}{'FN':>5}")
        for code, s in r["topics"].items():
            lines.append(
                f"{code:<24}{s['precision']:>6.2f}{s['recall']:>6.2f}{s['f1']:>6.2f}"
                f"{s['support']:>6}{s['fp']:>5}{s['fn']:>5}"
            )
        if r["unknown_signal_codes"] or r["unknown_topic_codes"]:
            lines.append(
                f"codes outside the vocabulary (not scored): {r['unknown_signal_codes']} "
                f"{r['unknown_topic_codes']}"
            )
        lines.append("targets:")
        lines.append(
            f"  recall high+imminent >= {TARGET_RECALL}: {t['recall_high_imminent']['value']:.3f} "
            f"{'PASS' if t['recall_high_imminent']['pass'] else 'FAIL'}"
        )
        lines.append(
            f"  no idiom/quoted line at high/imminent: {t['idiom_quotation_not_raised']['value']} "
            f"{'PASS' if t['idiom_quotation_not_raised']['pass'] else 'FAIL'}"
        )
        lines.append(
            f"  per-signal F1 >= {TARGET_F1}: failing {t['per_signal_f1']['failing'] or 'none'} "
            f"{'PASS' if t['per_signal_f1']['pass'] else 'FAIL'}"
        )
    rep = results["replies"]
    lines += ["", f"== reply checks: {rep['n']} drafts (not split) =="]
    if rep["errors"]:
        lines.append(f"engine errors: {len(rep['errors'])}: {_ids(sorted(rep['errors']), 10)}")
    lines.append(f"{'check':<24}{'P':>6}{'R':>6}{'F1':>6}{'supp':>6}{'FP':>5}{'FN':>5}")
    for code, s in rep["checks"].items():
        lines.append(
            f"{code:<24}{s['precision']:>6.2f}{s['recall']:>6.2f}{s['f1']:>6.2f}"
            f"{s['support']:>6}{s['fp']:>5}{s['fn']:>5}"
        )
    if rep["unknown_check_codes"]:
        lines.append(f"codes outside the vocabulary (not scored): {rep['unknown_check_codes']}")
    return "\n".join(lines) + "\n"


def write_docs(section: str, path: Path = DOCS) -> None:
    body = f"{START}\n{section.rstrip()}\n{END}"
    if path.exists():
        doc = path.read_text(encoding="utf-8")
        if START in doc and END in doc:
            head, rest = doc.split(START, 1)
            _, tail = rest.split(END, 1)
            doc = head + body + tail
        else:
            doc = doc.rstrip() + "\n\n## Figures\n\n" + body + "\n"
    else:
        doc = "# Reading engine\n\n## Figures\n\n" + body + "\n"
    path.write_text(doc, encoding="utf-8")


# ---------------------------------------------------------------- main


def evaluate(give_language: bool = False, corpus: Path = CORPUS) -> dict[str, Any]:
    messages, replies = load_corpus(corpus)
    everything = messages["dev"] + messages["holdout"]
    counts = {
        "dev": len(messages["dev"]),
        "holdout": len(messages["holdout"]),
        "en": sum(1 for i in everything if i["language"] == "en"),
        "it": sum(1 for i in everything if i["language"] == "it"),
        "replies": len(replies),
    }
    results: dict[str, Any] = {"counts": counts, "give_language": give_language}
    try:
        import scripta.analysis as engine
    except Exception as exc:
        results["engine_error"] = f"{type(exc).__name__}: {exc}"
        return results
    results["engine_version"] = str(
        getattr(engine, "ENGINE_VERSION", None) or getattr(engine, "__version__", None) or "unknown"
    )
    t0 = time.perf_counter()
    try:
        preds = run_messages(everything, give_language)
        rpreds = run_replies(replies)
    except ImportError as exc:
        results["engine_error"] = f"{type(exc).__name__}: {exc}"
        return results
    results["seconds"] = time.perf_counter() - t0
    results["messages"] = {
        "dev": evaluate_messages(messages["dev"], preds),
        "holdout": evaluate_messages(messages["holdout"], preds),
        "all": evaluate_messages(everything, preds),
    }
    for lang in ("en", "it"):
        own = [i for i in messages["dev"] if i["language"] == lang]
        results["messages"][f"dev_{lang}"] = evaluate_messages(own, preds)
    results["replies"] = evaluate_replies(replies, rpreds)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    ap.add_argument("--write-docs", action="store_true", help=f"rewrite the figures in {DOCS}")
    ap.add_argument(
        "--give-language",
        action="store_true",
        help="pass the labelled language to the engine instead of letting it detect",
    )
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="corpus directory")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    try:
        results = evaluate(args.give_language, args.corpus)
    except CorpusError as exc:
        print(f"malformed corpus: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(text_report(results), end="")
    if args.write_docs:
        write_docs(markdown(results))
        if not args.json:
            print(f"figures written to {DOCS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
