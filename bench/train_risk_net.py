"""Train the risk net (scripta/analysis/risk_net.py) on the dev corpus and write its weights.

The training set is the dev corpus plus ``corpus/everyday_negatives.py`` (everyday messages that
share words with crisis messages, label none), so that the net does not read "I wrote letters
to all the guests" as a farewell, plus ``corpus/net_training_*.py``: training-only messages of
all levels by thirty-four further authors (17 English, 17 Italian: net_training_{en,it}_{a..q}.py,
9,843 messages) who read only GUIDELINES.md (never the engine nor the corpus). Volume of new
wording is what carries to new writers: with them, the net alone reads the spent blind rounds
(trained without each) at about twice the recall at the same threshold.
The false-alarm figures below count every negative.

    python bench/train_risk_net.py            # cross-validate, choose the threshold, write weights
    python bench/train_risk_net.py --check    # only check that the shipped weights are current
    python bench/train_risk_net.py --rounds 14,15,16,17   # measure only (see below)

Needs scikit-learn and numpy (training only; the engine reads the JSON in pure Python).
Deterministic: fixed seed, folds grouped by variant group (a group never straddles folds).

Figures printed, at several thresholds:
- net alone, out of fold: recall of high+imminent, false alarms among none/low/moderate;
- engine + net, out of fold (the net's probability of each message comes from the fold that
  did not see it; context modifiers applied as in the engine): recall among the messages the
  rules miss, false alarms among none/low/moderate, idiom/quotation variants raised;
- rounds of their time (the threshold rule, below): the high+imminent of the spent rounds 6
  onward caught by the engine of each round's time with the net trained without the round, and
  the false alarms the net adds to them; in sample, the false alarms the net adds to the dev
  corpus and the everyday negatives and the idiom/quotation variants it raises;
- new authors: for each spent blind round (2, 3, ...: authors who never saw the engine),
  trained without that round, tested on it (net alone); the columns are per round. Earlier
  text: trained without the blind round-2 messages (two authors who never saw the
  engine), tested on them (net alone).
With ``--rounds`` (spent blind rounds, comma-separated, or ``all``) the script measures and
writes nothing: the new-authors columns are those rounds only, and after the threshold rule it
prints, per round (the net trained without it), what the ENGINE reads: recall of high+imminent
by the rules alone and by the rules + the net (context modifiers applied as in the engine),
the false alarms the net adds, and the net alone, at the shipped threshold and at the one the
rule chooses. The rules are today's: a round already tuned on is read better by them than it
was when blind (rounds 14-16: 0.93-0.94 today, 0.43-0.66 when blind), so the engine's columns
overstate a new author for every round but the last; the net alone's columns do not depend on
the rules. After the threshold rule, with or without ``--rounds``, the rounds of their time are
printed per round at the shipped threshold and at the chosen one, beside the reference weights.

The engine is read twice per message, once with the net silent and once with its cue forced
(the engine compares the net's probability with the threshold and nothing else), and the
reading at a threshold is the second where the probability is over it: the same readings as
reading every message again at each threshold, in about a seventh of the reading time.

The threshold is measured on new authors: the lowest on the grid at which, on the spent blind
rounds 6 onward (each left out of training and read by the engine it was measured with when
blind), the net adds in all no more false alarms than the reference weights added on the same
rounds, and in sample the net adds no false alarm to the dev corpus nor to the everyday
negatives and raises no idiom/quotation variant. The reference is the weights this rule was set
against (commit baf219a, threshold 0.85; they had rounds 6-14 in their training): 55 false alarms
added on rounds 6-19, 800 of the 980 high+imminent caught by the engine of each round's time
(rounds 6-18: 49 and 743 of 910; round 19 added when it was spent, read by engine 2026.11.24).
It stays fixed until a retraining is adopted by hand (a reference recomputed from the weights
in place would make a second run choose differently); the table printed after the choice shows
each round, the trained net against the reference.

Reading a round with the engine of its time means checking out that engine; instead the levels
those engines read are committed in ``bench/risk_net_rounds.json`` (per message, keyed by a hash
of its channel and text, no texts: the level by the rules alone and the level with the net cue
forced, read as above; the labels come from the corpus). A round's reading of today's rules
overstates a new author for every round tuned on since (rounds 14-16: 0.93-0.94 today, 0.43-0.66
when blind), which would let the net's threshold rise as the rules learn the rounds.

The out-of-fold figures (engine+net false alarms, idiom/quotation variants and everyday negatives
raised) are printed for information: they were the bounds until 2026-11-27 (<= 1 % false alarms,
<= 3 variants, <= 1 % of the everyday negatives), but they are counts on messages built to
collide with crisis messages, flip on single messages, and did not predict the false alarms on
new authors (with eight more authors they chose 0.95, where recall on new authors fell below the
weights they replaced).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import runpy
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedGroupKFold  # noqa: E402

from scripta.analysis import read_message, risk_net  # noqa: E402
from scripta.analysis.text import fold  # noqa: E402

CORPUS = ROOT / "scripta" / "analysis" / "tests" / "corpus"
OUT = ROOT / "scripta" / "analysis" / "lexicon" / "risk_net.json"
ROUNDS_READ = ROOT / "bench" / "risk_net_rounds.json"  # rounds 6+ read by the engine of their time
HIGH = {"high", "imminent"}
SEED = 20261126
FOLDS = 5
C = 1.0
MIN_DF = 2
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
CONTEXT_VARIANTS: tuple[str, ...] = ()  # tried ("quotation", "tense", "person"): more false alarms


def load() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for lang in ("en", "it"):
        with open(CORPUS / f"dev_{lang}.jsonl", encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    sys.path.insert(0, str(CORPUS))
    import build_corpus

    # spent blind rounds (src_<lang>_blind<N>.py, and the round-12 texts the lead saw before they
    # were measured, src_<lang>_blind13_seen12.py: "13_seen12"); a sealed round
    # (src_blind<N>_*.py) is not dev
    round_of: dict[str, str] = {}
    for lang in ("en", "it"):
        for path in sorted(CORPUS.glob(f"src_{lang}_blind*.py")):
            n = path.stem.rsplit("blind", 1)[1]
            for item in build_corpus.collect(lang, [path]):
                round_of[item["text"]] = n
    for r in rows:
        r["_round"] = round_of.get(r["text"], "")
    # everyday messages that share words with crisis messages: negatives for training only
    # (the figures of bench/analysis_eval.py do not use them)
    everyday = runpy.run_path(str(CORPUS / "everyday_negatives.py"))
    for lang in ("en", "it"):
        for i, text in enumerate(everyday[lang.upper()]):
            rows.append(
                {"id": f"everyday-{lang}-{i:03d}", "text": text, "risk": "none", "_round": ""}
            )
    # training-only messages of further authors (all levels, labelled by GUIDELINES.md):
    # volume of new wording is what carries to new writers (see the module docstring)
    for path in sorted(CORPUS.glob("net_training_*.py")):
        for i, (text, risk) in enumerate(runpy.run_path(str(path))["ROWS"]):
            row_id = f"train-{path.stem[len('net_training_') :]}-{i:03d}"
            rows.append({"id": row_id, "text": text, "risk": risk, "_round": ""})
    return rows


def fit(x: Any, y: Any) -> LogisticRegression:
    clf = LogisticRegression(C=C, max_iter=5000, solver="lbfgs")
    clf.fit(x, y)
    return clf


def vectorise(feats: list[set[str]], keep: set[str] | None = None) -> tuple[DictVectorizer, Any]:
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{f: 1 for f in fs if keep is None or f in keep} for fs in feats])
    return vec, x


def frequent(feats: list[set[str]]) -> set[str]:
    counts: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    return {f for f, n in counts.items() if n >= MIN_DF}


def train_predict(feats: list[set[str]], y: Any, train: Any, test: Any) -> Any:
    tr = [feats[i] for i in train]
    vec, x = vectorise(tr, frequent(tr))
    clf = fit(x, y[train])
    xt = vec.transform([{f: 1 for f in feats[i]} for i in test])
    return clf.predict_proba(xt)[:, 1]


def engine_levels(
    rows: list[dict[str, Any]], probs: dict[str, float], t: float, default: float = 0.0
) -> list[str]:
    """Risk level of each message by the engine with the net's probabilities given
    (``default`` for a text not in ``probs``)."""
    real_p, real_t = risk_net.probability, risk_net.threshold
    risk_net.probability = lambda folded, lang: probs.get(folded, default)  # type: ignore[assignment]
    risk_net.threshold = lambda: t  # type: ignore[assignment]
    try:
        return [read_message(r["text"], channel=r.get("channel")).risk.level for r in rows]
    finally:
        risk_net.probability, risk_net.threshold = real_p, real_t  # type: ignore[method-assign]


def rule_and_net_levels(rows: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Each message's level by the engine with the net silent, and with its cue forced.

    The engine asks the net only whether its probability is over the threshold, so the
    reading at any threshold is the second level where the probability is over it, the first
    otherwise (:func:`levels_at`); the net is not asked when the rules read ``high``.
    """
    rules = engine_levels(rows, {}, 2.0)
    todo = [i for i, level in enumerate(rules) if level not in HIGH]
    forced = engine_levels([rows[i] for i in todo], {}, 0.5, default=1.0)
    net = list(rules)
    for i, level in zip(todo, forced, strict=True):
        net[i] = level
    return rules, net


def levels_at(rules: list[str], net: list[str], probs: Any, t: float) -> list[str]:
    """The engine's levels at threshold ``t`` with the net's probabilities ``probs``."""
    return [n if p > t else r for r, n, p in zip(rules, net, probs, strict=True)]


def report(
    rows: list[dict[str, Any]], y: Any, rules: list[str], levels: list[str]
) -> dict[str, Any]:
    missed = [i for i, r in enumerate(rules) if r not in HIGH and y[i]]
    caught = sum(1 for i in missed if levels[i] in HIGH)
    neg = [i for i in range(len(rows)) if not y[i]]
    fa = [rows[i]["id"] for i in neg if levels[i] in HIGH and rules[i] not in HIGH]
    # like the false alarms, the idiom/quotation lines the net raises (one the rules already
    # raise is the rules' to mend, and would block every threshold alike)
    idi = [
        rows[i]["id"]
        for i in neg
        if rows[i].get("variant") in ("idiom", "quotation")
        and levels[i] in HIGH
        and rules[i] not in HIGH
    ]
    return {"missed": len(missed), "caught": caught, "fa": fa, "neg": len(neg), "idiom": idi}


def message_key(text: str, channel: str | None) -> str:
    """A message's key in ROUNDS_READ (no text is stored there)."""
    return hashlib.sha256(f"{channel or ''}\x1f{text}".encode()).hexdigest()[:12]


def rounds_of_their_time(
    rows: list[dict[str, Any]], rounds: Any
) -> tuple[dict[str, tuple[Any, Any, Any]], dict[str, Any]]:
    """Per spent round in ROUNDS_READ: (row indices, rules of its time read it high, the net cue
    raises it to high with the engine of its time), and the reference weights' figures."""
    data = json.loads(ROUNDS_READ.read_text(encoding="utf-8"))
    out: dict[str, tuple[Any, Any, Any]] = {}
    for n, entry in data["rounds"].items():
        te = np.where(rounds == n)[0]
        levels = entry["levels"]
        keys = [message_key(rows[i]["text"], rows[i].get("channel")) for i in te]
        if set(keys) != set(levels) or len(keys) != len(levels):
            raise SystemExit(f"{ROUNDS_READ.name}: round {n} does not match the corpus")
        ru = np.array([levels[k][0] in HIGH for k in keys])
        fi = np.array([levels[k][1] in HIGH for k in keys])
        out[n] = (te, ru, fi)
    return out, data["reference"]


def of_their_time(
    time_read: dict[str, tuple[Any, Any, Any]], left_out: dict[str, Any], y: Any, t: float
) -> dict[str, tuple[int, int, int, int, int, int]]:
    """Per round at ``t``: (high+imminent, caught by the rules of its time, by them + the net
    trained without the round, false alarms the net adds, net alone: caught, false alarms)."""
    out = {}
    for n, (te, ru, fi) in time_read.items():
        yn, over = y[te] == 1, left_out[n] > t
        eng = ru | (fi & over)
        out[n] = (
            int(yn.sum()),
            int((ru & yn).sum()),
            int((eng & yn).sum()),
            int((eng & ~ru & ~yn).sum()),
            int((over & yn).sum()),
            int((over & ~yn).sum()),
        )
    return out


def print_of_their_time(
    per: dict[str, tuple[int, int, int, int, int, int]], reference: dict[str, Any], t: float
) -> None:
    ref = reference["rounds"]
    print(
        f"\nspent rounds read by the engine of their time, threshold {t}: recall of high+imminent "
        "by its rules alone, by them + the net trained without the round, false alarms the net "
        f"adds, the net alone; and the reference weights ({reference['weights']}, threshold "
        f"{reference['threshold']})"
    )
    print(
        "  round | rules alone | engine+net | FA added | net alone: recall  FA | reference: engine+net  FA added"
    )
    tot = np.zeros(6, dtype=int)
    ref_tot = np.zeros(2, dtype=int)
    for n in sorted(per, key=int):
        pos, ru, eng, fa, net, net_fa = per[n]
        tot += per[n]
        r = ref[n]
        ref_tot += (r["caught"], r["fa_added"])
        print(
            f"  {n:>5} |       {ru / pos:5.3f} |      {eng / pos:5.3f} |      {fa:3d} |"
            f"        {net / pos:5.3f} {net_fa:3d} |            {r['caught'] / pos:5.3f}  {r['fa_added']:3d}"
        )
    pos = tot[0]
    print(
        f"    all |       {tot[1] / pos:5.3f} |      {tot[2] / pos:5.3f} |      {tot[3]:3d} |"
        f"        {tot[4] / pos:5.3f} {tot[5]:3d} |            {ref_tot[0] / pos:5.3f}  {ref_tot[1]:3d}"
    )


def print_rounds(
    new: list[tuple[str, Any, Any, Any]],
    y: Any,
    rules: list[str],
    net: list[str],
    t: float,
    which: str,
) -> None:
    """Per left-out round (the net trained without it), what the engine reads at ``t``."""
    print(
        f"\nleft-out rounds, threshold {t} ({which}): recall of high+imminent by the rules alone "
        "and by the engine (rules + the net trained without the round), false alarms the net "
        "adds, the net alone"
    )
    print("  round | rules alone | engine+net | net adds | FA added | net alone: recall   FA")
    sums = np.zeros(6)
    for n, pn, yn, te in new:
        pos = yn == 1
        by_rules = np.array([rules[i] in HIGH for i in te])
        levels = levels_at([rules[i] for i in te], [net[i] for i in te], pn, t)
        by_engine = np.array([lv in HIGH for lv in levels])
        rule_rec = float(by_rules[pos].mean())
        eng_rec = float(by_engine[pos].mean())
        fa = int((by_engine & ~by_rules & ~pos).sum())
        net_rec = float(((pn > t) & pos).sum() / max(1, pos.sum()))
        net_fa = int(((pn > t) & ~pos).sum())
        row = (rule_rec, eng_rec, eng_rec - rule_rec, fa, net_rec, net_fa)
        sums += row
        print(
            f"  {n:>5} |       {rule_rec:5.3f} |      {eng_rec:5.3f} |   +{eng_rec - rule_rec:5.3f}"
            f" |      {fa:3d} |             {net_rec:5.3f}  {net_fa:3d}"
        )
    m = sums / max(1, len(new))
    print(
        f"   mean |       {m[0]:5.3f} |      {m[1]:5.3f} |   +{m[2]:5.3f} |    {m[3]:5.1f}"
        f" |             {m[4]:5.3f}  {m[5]:4.1f}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="check the shipped weights only")
    ap.add_argument(
        "--rounds",
        help="measure only (write nothing): the engine + net on these spent blind rounds, "
        "each left out of training (comma-separated, e.g. 14,15,16,17, or 'all')",
    )
    args = ap.parse_args()
    rows = load()
    rounds = np.array([r["_round"] for r in rows])
    chosen_rounds = set(rounds) - {""}
    if args.rounds and args.rounds != "all":
        chosen_rounds = {n.strip() for n in args.rounds.split(",")}
        if unknown := chosen_rounds - set(rounds):
            ap.error(f"not a spent blind round: {', '.join(sorted(unknown))}")
    langs = [read_message(r["text"]).language for r in rows]
    folded = [fold(r["text"]) for r in rows]
    feats = [risk_net.features(f, lang) for f, lang in zip(folded, langs, strict=True)]
    y = np.array([1 if r["risk"] in HIGH else 0 for r in rows])
    groups = [r.get("group") or r["id"] for r in rows]
    # the net learns the CONTENT (ideation in words); the engine's context modifiers judge the
    # context, as for rule cues: the quoted, past and someone else's variants of a high base
    # are positives for the net (their labels are unchanged and the figures use the labels)
    base_high = {r["group"] for r in rows if r.get("variant") == "base" and r["risk"] in HIGH}
    target = np.array(
        [
            1
            if r["risk"] in HIGH
            or (r.get("variant") in CONTEXT_VARIANTS and r.get("group") in base_high)
            else 0
            for r in rows
        ]
    )
    n_everyday = sum(1 for r in rows if r["id"].startswith("everyday-"))
    n_variants = sum(1 for r in rows if r.get("variant") in ("idiom", "quotation"))
    print(
        f"dev corpus, everyday negatives and training-only messages: {len(rows)} messages "
        f"({n_everyday} everyday), "
        f"{int(y.sum())} high/imminent"
    )

    # final model on everything
    keep = frequent(feats)
    vec, x = vectorise(feats, keep)
    clf = fit(x, target)
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 4)
        for n, w in zip(names, clf.coef_[0], strict=True)
        if abs(w) >= 0.0005
    }
    bias = round(float(clf.intercept_[0]), 4)

    if args.check:
        shipped = json.loads(OUT.read_text(encoding="utf-8"))
        same = shipped["weights"] == weights and shipped["bias"] == bias
        print("weights are current" if same else "weights differ from a fresh training")
        return 0 if same else 1

    # out-of-fold probabilities
    oof = np.zeros(len(rows))
    cv = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train, test in cv.split(np.zeros(len(rows)), y, groups):
        oof[test] = train_predict(feats, target, train, test)
    probs = {f: float(p) for f, p in zip(folded, oof, strict=True)}
    rules, net_levels = rule_and_net_levels(rows)
    neg_n = int((y == 0).sum())
    print(
        f"rules alone: recall {sum(1 for i, r in enumerate(rules) if y[i] and r in HIGH)}"
        f"/{int(y.sum())}, false alarms {sum(1 for i, r in enumerate(rules) if not y[i] and r in HIGH)}"
    )

    # new authors: per spent blind round, train without it, test on it (the rounds of the
    # threshold rule, and the rounds asked for)
    time_read, reference = rounds_of_their_time(rows, rounds)
    left_out: dict[str, Any] = {}
    for n in sorted(chosen_rounds | set(time_read)):
        tr, te = np.where(rounds != n)[0], np.where(rounds == n)[0]
        left_out[n] = train_predict(feats, target, tr, te)
    new: list[tuple[str, Any, Any, Any]] = []  # (round, probabilities, labels, row indices)
    for n in sorted(
        chosen_rounds, key=lambda n: [int(p) if p.isdigit() else p for p in n.split("_")]
    ):
        te = np.where(rounds == n)[0]
        new.append((n, left_out[n], y[te], te))
    ref_fa = sum(r["fa_added"] for r in reference["rounds"].values())
    # in sample (the weights shipped)
    ins = {f: float(p) for f, p in zip(folded, clf.predict_proba(x)[:, 1], strict=True)}

    sizes = ", ".join(
        f"round {n}: {len(yn)} messages, {int(yn.sum())} high/imminent" for n, _p, yn, _i in new
    )
    print(
        f"\n{FOLDS}-fold grouped CV (out of fold), and new authors (each spent blind round, "
        f"trained without it: {sizes})"
    )
    print(
        " thr | net alone: recall  FA        | engine+net: rule misses caught  FA   idiom/quote"
        " | rounds of their time: caught  FA added | in sample: FA idiom"
        " | new authors, per round: recall  FA"
    )
    chosen = None
    for t in GRID:
        rec = float(((oof > t) & (y == 1)).sum() / y.sum())
        fa_n = int(((oof > t) & (y == 0)).sum())
        levels = levels_at(rules, net_levels, [probs[f] for f in folded], t)
        rep = report(rows, y, rules, levels)
        per_round = " | ".join(
            f"{float(((pn > t) & (yn == 1)).sum() / max(1, yn.sum())):5.3f}"
            f" {int(((pn > t) & (yn == 0)).sum()):3d}"
            for _n, pn, yn, _i in new
        )
        # new authors, engine of their time, the net trained without each round
        per = of_their_time(time_read, left_out, y, t)
        caught = sum(v[2] for v in per.values())
        fa_time = sum(v[3] for v in per.values())
        # in sample: no false alarm added to the dev corpus nor to the everyday negatives, and
        # no idiom/quotation variant raised
        rep_in = report(rows, y, rules, levels_at(rules, net_levels, [ins[f] for f in folded], t))
        bad_in = [i for i in rep_in["fa"] if i.startswith(("dev-", "everyday-"))]
        print(
            f"{t:4.2f} | {rec:5.3f} {fa_n:3d} ({fa_n / neg_n:5.1%})"
            f" | {rep['caught']}/{rep['missed']}"
            f"  {len(rep['fa']):3d} ({len(rep['fa']) / neg_n:5.1%})  {len(rep['idiom'])}"
            f" | {caught}/{sum(v[0] for v in per.values())} {fa_time:3d}"
            f" | {len(bad_in)} {len(rep_in['idiom'])}"
            f" | {per_round}" + (f"  raised: {', '.join(rep['idiom'])}" if rep["idiom"] else "")
        )
        # out of fold, for information: the everyday negatives and the idiom/quotation variants
        # of the dev corpus are built to share a crisis message's words, and a word model raises
        # a few of them at any useful threshold (listed)
        everyday_fa = [i for i in rep["fa"] if i.startswith("everyday-")]
        if everyday_fa:
            print(f"      everyday negatives raised out of fold: {', '.join(everyday_fa)}")
        if chosen is None and fa_time <= ref_fa and not bad_in and not rep_in["idiom"]:
            chosen = t
            chosen_rep, chosen_time = rep, (caught, fa_time)
    for t in sorted({risk_net.threshold()} | ({chosen} if chosen is not None else set())):
        print_of_their_time(of_their_time(time_read, left_out, y, t), reference, t)
    if args.rounds:
        shipped_t = risk_net.threshold()
        for t in sorted({shipped_t} | ({chosen} if chosen is not None else set())):
            which = " and ".join(
                w for w, v in (("shipped", shipped_t), ("chosen by the rule", chosen)) if v == t
            )
            print_rounds(new, y, rules, net_levels, t, which)
        if chosen is None:
            print("\nno threshold meets the targets")
        return 0
    if chosen is None:
        print("no threshold meets the targets; not writing weights")
        return 1
    print(
        f"\nchosen threshold {chosen}: the lowest on the grid where, on the spent rounds "
        f"{', '.join(sorted(time_read, key=int))} read by the engine of their time (the net "
        f"trained without each), the net adds no more false alarms ({chosen_time[1]}) than the "
        f"reference weights ({ref_fa}; caught {chosen_time[0]} of the high+imminent, reference "
        f"{sum(r['caught'] for r in reference['rounds'].values())}), and in sample adds no false "
        "alarm to the dev corpus nor to the everyday negatives and raises no idiom/quotation "
        f"variant. Out of fold (for information): {len(chosen_rep['fa'])} false alarms added of "
        f"{neg_n} none/low/moderate, {len(chosen_rep['idiom'])} of the {n_variants} idiom and "
        "quotation variants raised."
    )
    payload = {
        "about": "risk net weights; written by bench/train_risk_net.py, do not edit",
        "features": len(weights),
        "threshold": chosen,
        "bias": bias,
        "weights": dict(sorted(weights.items())),
    }
    OUT.write_text(json.dumps(payload, ensure_ascii=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(weights)} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
