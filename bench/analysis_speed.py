"""Speed benchmark of the reading engine against VADER (not a timed test).

    python bench/analysis_speed.py [--n 10000] [--seed 7]

Generates (deterministically, seeded) N varied messages in English and Italian, from short
SMS to long e-mails, and reads them in the same process with ``scripta.analysis.read_message``
and with VADER's ``SentimentIntensityAnalyzer().polarity_scores``. Prints messages per second
for both and their ratio (engine/VADER; >= 1.0 means the engine is at least as fast), overall
and per channel, the
engine's import + lexicon load time (fresh subprocess, median of 5; from source as this
environment runs it, and with compiled modules cached as after an install), the first-read time
(lexicon rules are compiled on first use) and the time to read one 100 kB e-mail (median of 7).
That e-mail (``hundred_kb_email``) happens to read as a relative's letter ("my son", "Sam's
parents"), so the engine takes early exits on it (``context.is_proxy`` returns at its first
regex); five more 100 kB e-mails built the same way (``long_emails``: not a relative's and
unsigned, not a relative's, English only, Italian only, another seed) are timed after it, each
the median of 7, and the worst of them is printed: that is the figure a patient's long letter
can cost. The line of the benchmark's e-mail is unchanged, so it stays comparable.

The message mix (printed) is: 55 % SMS/WhatsApp of 1-2 sentences, 25 % portal messages of
3-6 sentences, 15 % e-mails of 10-30 sentences, 5 % long e-mails of 40-120 sentences; short
messages are drawn from a pool of typical messages (logistics, feelings, crises, idioms,
quotes, capitals, emoticons), longer ones mix in 70 % narrative sentences (a letter). The
100 kB e-mail is 90 % narrative and 10 % drawn from the message pool. The benchmark prints,
per channel, the share of messages, their median length and how many the engine reads with
a risk cue: the pool is crisis-heavy (a therapist's inbox), and a message with cues costs the
engine more (context modifiers) while VADER's cost only depends on the length. Figures swing
with the machine's load: run it a few times and take the median.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EN = [
    "Hi, can we move Thursday's session to 5pm?",
    "The exam went really well, thank you for last week.",
    "I had a fight with my mother again and I feel awful.",
    "I can't take it any more, nothing is getting better.",
    "Work is killing me this week, three deadlines.",
    "I spent the whole day in bed and didn't answer anyone.",
    "Sorry to bother you so late...",
    "I feel so lonely tonight, nobody ever calls me.",
    "Can I take the sertraline in the evening instead?",
    "I need to cancel tomorrow, my son is sick.",
    "We went to the seaside on Sunday and it was lovely.",
    "Sometimes I wish I could sleep and never wake up.",
    "I'm not going to hurt myself, I just needed to say it.",
    "In the film he says he wants to die, it made me think of you.",
    "My friend told me she tried to kill herself last year.",
    "PLEASE ANSWER ME, I NEED TO TALK TO YOU NOW!!!",
    "I had four beers before coming to session, sorry.",
    "Thank you for everything, see you in September :)",
    "I hate you! :-)",
    "Got the job!!! 🎉🎉",
    "My boyfriend said I'm too much and maybe he's right :(",
    "I keep thinking about what you said about my father.",
    "Could you send me the invoice for October?",
    "I haven't left the flat in four days.",
    "what's the point... it's always the same...",
    "I'm dying to tell you about the interview 😂",
    "I cut myself again last night, I'm sorry.",
    "The video link doesn't work, can you resend it?",
    "My daughter has been very anxious before her tests.",
    "I took all my pills. goodbye",
]
IT = [
    "Ciao, possiamo spostare la seduta di giovedì alle 17?",
    "L'esame è andato benissimo, grazie per la settimana scorsa.",
    "Ho litigato di nuovo con mia madre e mi sento malissimo.",
    "Non ce la faccio più, non cambia mai niente.",
    "Il lavoro mi sta uccidendo questa settimana.",
    "Sono rimasta tutto il giorno a letto e non ho risposto a nessuno.",
    "Scusi il disturbo a quest'ora...",
    "mi sento così sola stasera, nessuno mi cerca mai.",
    "Posso prendere la sertralina la sera invece che la mattina?",
    "Devo disdire domani, mio figlio ha la febbre.",
    "Domenica siamo andati al mare ed è stato bellissimo.",
    "a volte vorrei addormentarmi e nn svegliarmi più.",
    "Non ho intenzione di farmi del male, volevo solo dirlo.",
    "Nel film lui dice che vuole morire, mi ha fatto pensare a lei.",
    "La mia amica mi ha detto che l'anno scorso ha provato a uccidersi.",
    "MI RISPONDA PER FAVORE, HO BISOGNO DI PARLARLE SUBITO!!!",
    "nn ce la faccio piu xke nessuno mi capisce",
    "Grazie di tutto, ci vediamo a settembre :)",
    "ti odio! :-)",
    "Mi hanno presa!!! 🎉🎉",
    "Il mio ragazzo dice che sono troppo e forse ha ragione :(",
    "Continuo a pensare a quello che mi ha detto su mio padre.",
    "Mi può mandare la fattura di ottobre?",
    "Non esco di casa da quattro giorni.",
    "che senso ha... è sempre uguale...",
    "muoio dal ridere 😂 le racconto giovedì",
    "mi sono tagliata di nuovo ieri sera, scusi.",
    "Il link della videochiamata non funziona, me lo rimanda?",
    "Mia figlia è molto ansiosa prima delle verifiche.",
    "ho preso tutte le pastiglie. addio",
]
NARRATIVE_EN = [
    "On Saturday we drove to my aunt's house and stayed for lunch.",
    "The new manager asked me to prepare the quarterly report by Friday.",
    "My brother called from Manchester and we talked about our father's birthday.",
    "I started the breathing exercise before bed, most nights I remember to do it.",
    "The weather has been grey all week and the garden is a mess.",
    "At work we moved to a new office on the third floor, closer to the station.",
    "I finished the book you mentioned, the one about the family in Naples.",
    "We had dinner with Sam's parents and it was calmer than I expected.",
    "The train was late again so I walked the last part along the river.",
    "I wrote down three good things every evening, like we agreed.",
    "My daughter started swimming lessons and she loves the instructor.",
    "I noticed I check my phone less when I leave it in the kitchen.",
    "The landlord finally fixed the heating after two weeks of emails.",
    "On Tuesday I met an old friend from school for coffee.",
    "I have been thinking about changing course at university next year.",
]
NARRATIVE_IT = [
    "Sabato siamo andati dalla zia in macchina e ci siamo fermati a pranzo.",
    "Il nuovo responsabile mi ha chiesto di preparare la relazione entro venerdì.",
    "Mio fratello ha chiamato da Torino e abbiamo parlato del compleanno di papà.",
    "Faccio l'esercizio del respiro prima di dormire, quasi tutte le sere.",
    "Il tempo è stato grigio tutta la settimana e il giardino è un disastro.",
    "In ufficio ci siamo spostati al terzo piano, più vicino alla stazione.",
    "Ho finito il libro di cui mi aveva parlato, quello sulla famiglia di Napoli.",
    "Abbiamo cenato dai genitori di Andrea ed è andata meglio del previsto.",
    "Il treno era di nuovo in ritardo e ho fatto l'ultimo pezzo a piedi lungo il fiume.",
    "Ho scritto tre cose belle ogni sera, come avevamo detto.",
    "Mia figlia ha iniziato il corso di nuoto e adora l'istruttrice.",
    "Ho notato che guardo meno il telefono quando lo lascio in cucina.",
    "Il padrone di casa ha finalmente riparato il riscaldamento dopo due settimane.",
    "Martedì ho rivisto un'amica del liceo per un caffè.",
    "Sto pensando di cambiare facoltà il prossimo anno.",
]
BUCKETS = {"sms": "SMS/WhatsApp", "whatsapp": "SMS/WhatsApp", "portal": "portal", "email": "e-mail"}
NAMES = ["Tom", "Emma", "Priya", "Giulia", "Luca", "Sara", "Ben", "Chiara"]
CHANNELS = ["sms", "whatsapp", "portal", "email"]


def generate(n: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    base = datetime(2026, 1, 1)
    for i in range(n):
        pool = EN if i % 2 == 0 else IT
        story = NARRATIVE_EN if i % 2 == 0 else NARRATIVE_IT
        r = rng.random()
        if r < 0.55:
            k, channel = rng.randint(1, 2), rng.choice(["sms", "whatsapp"])
        elif r < 0.80:
            k, channel = rng.randint(3, 6), "portal"
        elif r < 0.95:
            k, channel = rng.randint(10, 30), "email"
        else:
            k, channel = rng.randint(40, 120), "email"
        # short messages come from the message pool; longer ones mix in narrative (70 %)
        sentences = [
            rng.choice(pool) if k <= 2 or rng.random() < 0.3 else rng.choice(story)
            for _ in range(k)
        ]
        name = rng.choice(NAMES)
        sep = "\n\n" if channel == "email" and k > 5 else " "
        text = sep.join(sentences)
        if rng.random() < 0.6:
            text += f" {name}" if rng.random() < 0.5 else f"\n{name}."
        out.append(
            {
                "text": text,
                "sent_at": base + timedelta(minutes=rng.randint(0, 60 * 24 * 60)),
                "timezone": rng.choice(["Europe/Rome", "Europe/London", "America/Toronto"]),
                "channel": channel,
                "sender_names": [name],
            }
        )
    return out


# the pool sentences that make a letter read as a relative's (context.is_proxy: "my son", "mia
# figlia", "Sam's parents"): a relative's letter takes is_proxy's first exit, a patient's does not
RELATIVE_SENTENCES = frozenset(
    {
        "I need to cancel tomorrow, my son is sick.",
        "My daughter has been very anxious before her tests.",
        "Devo disdire domani, mio figlio ha la febbre.",
        "Mia figlia è molto ansiosa prima delle verifiche.",
        "We had dinner with Sam's parents and it was calmer than I expected.",
        "My daughter started swimming lessons and she loves the instructor.",
        "Mia figlia ha iniziato il corso di nuoto e adora l'istruttrice.",
    }
)


def long_email(seed: int, langs: str = "en+it", relative: bool = True, signed: bool = True) -> str:
    """A 100 kB e-mail: paragraphs of 4-9 sentences, 90 % narrative and 10 % from the message
    pool, in ``langs`` ("en+it": each paragraph English or Italian at random; "en"; "it");
    ``relative=False`` leaves out the sentences that make it read as a relative's letter;
    ``signed``: "Hannah" at the end."""
    narrative = {"en": NARRATIVE_EN, "it": NARRATIVE_IT}
    pool = {"en": EN, "it": IT}
    codes = langs.split("+")

    def kept(sentences: list[str]) -> list[str]:
        return [s for s in sentences if relative or s not in RELATIVE_SENTENCES]

    stories = [kept(narrative[c]) for c in codes]
    messages = kept([s for c in codes for s in pool[c]])
    rng = random.Random(seed)
    parts: list[str] = [
        "Dear Dr Carter,\n\n" if codes[0] == "en" else "Gentile dottoressa Carter,\n\n"
    ]
    size = len(parts[0])
    while size < 100_000:
        story = stories[0] if len(stories) == 1 or rng.random() < 0.5 else stories[1]
        para = (
            " ".join(
                rng.choice(story) if rng.random() < 0.9 else rng.choice(messages)
                for _ in range(rng.randint(4, 9))
            )
            + "\n\n"
        )
        parts.append(para)
        size += len(para)
    text = "".join(parts)[:99_990]
    return text + "\n\nHannah" if signed else text


def hundred_kb_email() -> str:
    """The benchmark's 100 kB e-mail (EN and IT, signed; it reads as a relative's letter)."""
    return long_email(100)


def long_emails() -> list[tuple[str, str]]:
    """(label, text) of the other 100 kB e-mails timed beside the benchmark's: letters that are
    not a relative's (so is_proxy looks at the whole text), unsigned, English-only, Italian-only,
    and one more mixed letter with another seed."""
    return [
        ("EN+IT, not a relative's, unsigned", long_email(101, relative=False, signed=False)),
        ("EN+IT, not a relative's", long_email(102, relative=False)),
        ("English only, not a relative's", long_email(103, "en", relative=False)),
        ("Italian only, not a relative's", long_email(104, "it", relative=False)),
        ("EN+IT, seed 105", long_email(105)),
    ]


def import_time_ms(bytecode: bool = False) -> float:
    """Median of 5 fresh imports. ``bytecode``: with compiled modules cached (as after ``pip
    install``, which compiles them), in a temporary cache so the tree is not written to;
    otherwise as the environment says (these machines set PYTHONDONTWRITEBYTECODE, so every
    import compiles the lexicon's sources)."""
    code = (
        "import time; t = time.perf_counter(); import scripta.analysis; "
        "print((time.perf_counter() - t) * 1000)"
    )
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as cache:
        if bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = cache
            subprocess.run(
                [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True
            )
        times = []
        for _ in range(5):
            proc = subprocess.run(
                [sys.executable, "-c", code],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            times.append(float(proc.stdout.strip()))
    return statistics.median(times)


def first_read_ms() -> float:
    code = (
        "import time; import scripta.analysis as a; t = time.perf_counter(); "
        "a.read_message('I cannot take it any more, non ce la faccio più 😢 Tom', sender_names=['Tom']); "
        "print((time.perf_counter() - t) * 1000)"
    )
    times = []
    for _ in range(5):
        proc = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        times.append(float(proc.stdout.strip()))
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from scripta.analysis import ENGINE_VERSION, read_message

    messages = generate(args.n, args.seed)
    chars = sum(len(str(m["text"])) for m in messages)
    lengths = sorted(len(str(m["text"])) for m in messages)
    print(
        f"scripta.analysis {ENGINE_VERSION} vs VADER, {len(messages)} messages (seed {args.seed})"
    )
    print(
        f"  mix: {chars / 1000:.0f} k characters, median length {lengths[len(lengths) // 2]}, "
        f"max {lengths[-1]}; EN/IT alternating; 55% SMS/WhatsApp, 25% portal, 20% e-mail"
    )
    analyzer = SentimentIntensityAnalyzer()
    # state the mix as generated: share, median length and how many carry a risk cue
    by_bucket: dict[str, list[dict[str, object]]] = {}
    for m in messages:
        by_bucket.setdefault(BUCKETS[str(m["channel"])], []).append(m)
    for b in ("SMS/WhatsApp", "portal", "e-mail"):
        items = by_bucket.get(b, [])
        lens = sorted(len(str(m["text"])) for m in items)
        risky = sum(1 for m in items if read_message(str(m["text"])).risk.level != "none")
        print(
            f"    {b:13s} {len(items) * 100 / len(messages):3.0f}% of messages, median "
            f"{lens[len(lens) // 2] if lens else 0} characters, {risky * 100 / max(1, len(items)):.0f}% "
            "read with a risk cue"
        )
    # warm up both (the engine compiles its rules on first use)
    for m in messages[:200]:
        read_message(str(m["text"]))
        analyzer.polarity_scores(str(m["text"]))

    buckets = BUCKETS

    def run(read: Callable[[dict[str, object]], object]) -> dict[str, float]:
        """Seconds per bucket (and "all") for one pass over the messages."""
        spent: dict[str, float] = {"all": 0.0}
        clock = time.perf_counter
        for m in messages:
            t = clock()
            read(m)
            dt = clock() - t
            bucket = buckets[str(m["channel"])]
            spent[bucket] = spent.get(bucket, 0.0) + dt
            spent["all"] += dt
        return spent

    def engine_read(m: dict[str, object]) -> object:
        return read_message(
            str(m["text"]),
            sent_at=m["sent_at"],  # type: ignore[arg-type]
            timezone=str(m["timezone"]),
            channel=str(m["channel"]),
            sender_names=m["sender_names"],  # type: ignore[arg-type]
        )

    def vader_read(m: dict[str, object]) -> object:
        return analyzer.polarity_scores(str(m["text"]))

    # five interleaved rounds (engine, then VADER, on the same messages); the machine may be
    # shared, so the ratio is the median of the per-round ratios and the rates are the best
    rounds: list[tuple[dict[str, float], dict[str, float]]] = []
    for _ in range(5):
        rounds.append((run(engine_read), run(vader_read)))
    counts: dict[str, int] = {"all": len(messages)}
    for m in messages:
        b = buckets[str(m["channel"])]
        counts[b] = counts.get(b, 0) + 1

    def report(bucket: str) -> tuple[float, float, float]:
        e_best = min(e[bucket] for e, _v in rounds)
        v_best = min(v[bucket] for _e, v in rounds)
        ratio = statistics.median(v[bucket] / e[bucket] for e, v in rounds)
        return counts[bucket] / e_best, counts[bucket] / v_best, ratio

    e_rate, v_rate, ratio = report("all")
    print(f"  engine read_message: {e_rate:9.0f} messages/s (best of 5 rounds)")
    print(f"  VADER polarity_scores: {v_rate:7.0f} messages/s (best of 5 rounds)")
    print(f"  ratio engine/VADER: {ratio:.2f}x (median of the 5 per-round ratios; target >= 1.0)")
    for b in ("SMS/WhatsApp", "portal", "e-mail"):
        eb, vb, rb = report(b)
        print(
            f"    {b:13s} {counts[b]:5d} messages: engine {eb:8.0f}/s, VADER {vb:8.0f}/s, ratio {rb:.2f}x"
        )

    print(
        f"  engine import + lexicon load: {import_time_ms():.0f} ms (fresh subprocess, median of 5; target < 200);"
        f" {import_time_ms(bytecode=True):.0f} ms with compiled modules cached (as installed)"
    )
    print(
        f"  first read_message after import (compiles the rules it needs, loads the emoji table): "
        f"{first_read_ms():.1f} ms"
    )

    def email_read_ms(text: str) -> float:
        """Median of 7 reads of one long e-mail, in ms."""
        times = []
        for _ in range(7):
            t = time.perf_counter()
            read_message(text, channel="email", sender_names=["Hannah"])
            times.append(time.perf_counter() - t)
        return statistics.median(times) * 1000

    email = hundred_kb_email()
    email_ms = email_read_ms(email)
    vtimes = []
    for _ in range(1):
        t = time.perf_counter()
        analyzer.polarity_scores(email)
        vtimes.append(time.perf_counter() - t)
    print(
        f"  one {len(email) // 1000} kB e-mail: {email_ms:.1f} ms "
        f"(median of 7; target < 20); VADER {statistics.median(vtimes) * 1000:.1f} ms (one run)"
    )
    # the benchmark's e-mail reads as a relative's letter, which takes early exits a patient's
    # letter does not: time other 100 kB e-mails too, and say the worst
    others: list[tuple[str, float]] = []
    for label, other in long_emails():
        read_message(other, channel="email", sender_names=["Hannah"])  # warm: its rules compiled
        others.append((label, email_read_ms(other)))
    print(
        f"  other {len(others)} 100 kB e-mails (median of 7 each): "
        + "; ".join(f"{label} {ms:.1f} ms" for label, ms in others)
    )
    worst = max(others, key=lambda lm: lm[1])
    print(
        f"  worst 100 kB e-mail: {worst[1]:.1f} ms ({worst[0]}); median of the others "
        f"{statistics.median(ms for _label, ms in others):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
