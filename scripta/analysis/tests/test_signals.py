"""Form and content signals, topics and language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from scripta.analysis import SIGNAL_CODES, TOPIC_CODES, read_message
from scripta.analysis.tests.readings import level


def codes(text: str, **kw: object) -> set[str]:
    return set(read_message(text, **kw).signal_codes())  # type: ignore[arg-type]


def test_codes_are_stable() -> None:
    assert len(SIGNAL_CODES) == 18
    assert TOPIC_CODES == ("medication", "cancellation", "information", "psychotherapy")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I HATE EVERYTHING ABOUT THIS", True),
        ("NON NE POSSO PIÙ DI QUESTA SITUAZIONE", True),
        ("ok, I'll see you on TUESDAY then, thanks", False),
        ("I HATE YOU", False),  # fewer than 12 letters
        ("please read this: I REALLY NEED TO TALK today", True),  # run of 4 words, 17 letters
    ],
)
def test_all_caps(text: str, expected: bool) -> None:
    assert ("all_caps" in codes(text)) is expected


def test_ellipsis_excess_density() -> None:
    assert "ellipsis_excess" in codes("sorry... I know... it's late… Tom")
    assert "ellipsis_excess" not in codes("ok... see you")
    long = "Thanks for the session today, it helped... " + "a" * 400 + "... and... this..."
    assert "ellipsis_excess" not in codes(long)


@pytest.mark.parametrize(
    ("text", "expected"), [("Why?!", True), ("NO!!!", True), ("well...!", True), ("Ok!", False)]
)
def test_expressive_punctuation(text: str, expected: bool) -> None:
    assert ("expressive_punctuation" in codes(text)) is expected


@pytest.mark.parametrize(
    ("text", "names", "signed"),
    [
        ("See you Thursday. Maria.", ["Maria"], True),
        ("Ci vediamo giovedì. Un abbraccio, Claudia", ["Claudia"], True),
        ("this is Tom, can we move Thursday?", ["Tom"], True),
        ("Sono Giulia, posso spostare la seduta?", ["Giulia"], True),
        ("Tom here, running late", ["Tom"], True),
        ("Running late - T.", ["T."], True),
        ("Running late, sorry", ["Tom"], False),
        ("Ci vediamo giovedì. NICOLÒ", ["Nicolo"], True),  # case and accent insensitive
        (
            "Dear Dr Carter,\n\nplease call me.\n\nKaren Hughes (Jake's mum)\n07700 900123",
            ["Karen"],
            True,
        ),
    ],
)
def test_unsigned(text: str, names: list[str], signed: bool) -> None:
    assert ("unsigned" not in codes(text, sender_names=names)) is signed


def test_unsigned_only_judged_with_names() -> None:
    assert "unsigned" not in codes("hello")


@pytest.mark.parametrize(
    ("text", "pos", "neg"),
    [
        ("grazie :)", True, False),
        ("ok :-(", False, True),
        ("8-[ again", False, True),
        ("see you 👍🏻", True, False),
        ("😭😭", False, True),
        ("💊 taken as prescribed 🙏", False, False),
        ("<3", True, False),
        ("see http://example.com/a:b", False, False),
    ],
)
def test_emoticons(text: str, pos: bool, neg: bool) -> None:
    got = codes(text)
    assert ("emoticon_positive" in got) is pos
    assert ("emoticon_negative" in got) is neg


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("I hate you! :-)", True),
        ("I hate you! :-(", False),
        ("ti odio! :-)", True),
        ("everything went great :(", True),
        ("l'esame è andato benissimo :(", True),
        ("sto da schifo 😂😂", True),
        ("muoio dal ridere 😂", False),  # the idiom is not a negative word
        ("Great news :) Sad news later :(", False),
    ],
)
def test_valence_shift(text: str, shift: bool) -> None:
    assert ("valence_shift" in codes(text)) is shift


def test_late_night_naive_and_aware() -> None:
    assert "late_night" in codes("hi", sent_at=datetime(2026, 3, 1, 23, 0))
    assert "late_night" in codes("hi", sent_at=datetime(2026, 3, 1, 5, 59, 59))
    assert "late_night" not in codes("hi", sent_at=datetime(2026, 3, 1, 6, 0))
    assert "late_night" not in codes("hi")
    # 22:30 UTC is 23:30 in Rome in winter
    aware = datetime(2026, 1, 10, 22, 30, tzinfo=UTC)
    assert "late_night" in codes("hi", sent_at=aware, timezone="Europe/Rome")
    assert "late_night" not in codes("hi", sent_at=aware, timezone="America/New_York")
    # naive = sender's local time, whatever the zone
    assert "late_night" in codes(
        "hi", sent_at=datetime(2026, 1, 10, 0, 30), timezone="America/Toronto"
    )
    assert "late_night" in codes(
        "hi", sent_at=datetime(2026, 1, 10, 2, 0, tzinfo=timezone(timedelta(hours=-5)))
    )


def test_long_message_relative_to_channel() -> None:
    text = "word " * 120  # 600 characters
    assert "long_message" in codes(text, channel="sms")
    assert "long_message" in codes(text, channel="whatsapp")
    assert "long_message" not in codes(text, channel="email")
    assert "long_message" not in codes(text, channel="portal")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sorry to bother you on a Sunday", "apology"),
        ("scusi il disturbo", "apology"),
        ("please answer now, it's urgent", "urgency"),
        ("rispondimi subito ti prego", "urgency"),
        ("I got drunk again last night to forget", "substance_use"),
        ("ieri mi sono ubriacata di nuovo", "substance_use"),
        ("nobody understands me", "loneliness"),
        ("nessuno mi capisce", "loneliness"),
        ("I haven't left the house in three days", "withdrawal"),
        ("non esco di casa da tre giorni", "withdrawal"),
        ("ho spento il telefono a tutti", "withdrawal"),
        ("what's the point", "hopelessness"),
        ("non c'è via d'uscita", "hopelessness"),
        ("I cut myself again", "self_harm"),
        ("mi sono tagliata di nuovo", "self_harm"),
        ("I want to die", "suicidal_ideation"),
        ("vorrei non svegliarmi", "suicidal_ideation"),
        ("please help me", "support_request"),
        ("possiamo sentirci?", "support_request"),
    ],
)
def test_content_signals(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sorry to hear about your loss", "apology"),
        ("no rush, when you have time", "urgency"),
        ("non è urgente", "urgency"),
        ("I'm not drinking any more", "substance_use"),
        ("My friend is cutting herself", "self_harm"),
        ("mi chiami appena può x favore, è x la ricetta", "support_request"),
    ],
)
def test_content_signals_absent(text: str, code: str) -> None:
    assert code not in codes(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Can I take the sertraline in the evening?", "medication"),
        ("posso prendere le gocce la sera?", "medication"),
        ("I need to cancel Thursday's session", "cancellation"),
        ("devo disdire l'appuntamento di giovedì", "cancellation"),
        ("The interview went really well, I got the job!", "information"),
        ("mi manda la fattura?", "information"),
        ("I had a fight with my mother and I feel awful", "psychotherapy"),
        ("ho litigato con mia madre", "psychotherapy"),
    ],
)
def test_topics(text: str, topic: str) -> None:
    assert topic in read_message(text).topics


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I can't come tomorrow, sorry", "en"),
        ("nn posso venire domani scusa", "it"),
        ("perche nn mi risponde?", "it"),
        ("c'è un problema con l'orario", "it"),
        ("", "en"),
    ],
)
def test_language(text: str, lang: str) -> None:
    assert read_message(text).language == lang
    assert read_message(text, language="it").language == "it"


def test_to_dict_shape() -> None:
    d = read_message("I want to die :( ", sender_names=["Tom"]).to_dict()
    assert set(d) == {"language", "risk", "topics", "signals", "priority", "engine_version"}
    assert set(d["risk"]) == {"level", "score", "evidence"}
    ev = d["risk"]["evidence"][0]
    assert set(ev) == {"code", "level", "start", "end", "modifiers", "explanation"}
    assert set(ev["explanation"]) == {"en", "it"}
    sig = d["signals"][0]
    assert set(sig) == {"code", "evidence", "explanation"}
    assert all(isinstance(pair, list) and len(pair) == 2 for pair in sig["evidence"])


# paraphrases written for the unit tests (not from the corpus): level and content signal
SIGNAL_PARAPHRASES = [
    ("I've been drinking every day since she left.", "moderate", "substance_use"),
    ("Took a few extra Xanax to calm down, is that bad?", "moderate", "substance_use"),
    ("Got wasted again at the party and don't remember anything.", "moderate", "substance_use"),
    ("ho bevuto tutti i giorni da quando se n'è andata.", "moderate", "substance_use"),
    ("mi sono ubriacato di nuovo alla festa e non ricordo niente.", "moderate", "substance_use"),
    ("ho preso qualche xanax in più per calmarmi, è grave?", "moderate", "substance_use"),
    ("I haven't left my room all weekend.", "moderate", "withdrawal"),
    ("I stopped going to classes two weeks ago.", "moderate", "withdrawal"),
    ("I've switched off my phone and I'm not seeing anyone.", "moderate", "withdrawal"),
    ("non esco dalla mia stanza da tutto il weekend.", "moderate", "withdrawal"),
    ("ho smesso di andare a lezione da due settimane.", "moderate", "withdrawal"),
    ("ho spento il telefono e non vedo nessuno.", "moderate", "withdrawal"),
    ("I feel completely alone in this.", "low", "loneliness"),
    ("There's no one I can talk to.", "low", "loneliness"),
    ("mi sento completamente sola in questo.", "low", "loneliness"),
    ("non c'è nessuno con cui possa parlare.", "low", "loneliness"),
    ("Could we have an extra session this week? I'm struggling.", "low", "support_request"),
    ("I really need to talk to you, it's a bad day.", "low", "support_request"),
    ("potremmo fare una seduta in più questa settimana? sto faticando.", "low", "support_request"),
    ("ho davvero bisogno di parlarle, è una brutta giornata.", "low", "support_request"),
    ("Please call me as soon as you can, it's urgent", "low", "urgency"),
    ("mi chiami appena può, è urgente", "low", "urgency"),
    ("Sorry for writing so late, I couldn't sleep.", "none", "apology"),
    ("scusi se le scrivo così tardi, non riuscivo a dormire.", "none", "apology"),
    ("I can't go on like this anymore.", "moderate", "hopelessness"),
    ("non posso più andare avanti così.", "moderate", "hopelessness"),
    ("It will never get better, I know it.", "moderate", "hopelessness"),
    ("non migliorerà mai, lo so.", "moderate", "hopelessness"),
    ("I burned myself with a cigarette last night.", "high", "self_harm"),
    ("ieri sera mi sono bruciata con una sigaretta.", "high", "self_harm"),
    ("I want to hurt myself so badly right now.", "high", "self_harm"),
    ("ho una voglia matta di farmi del male adesso.", "high", "self_harm"),
    ("I think about killing myself every day.", "high", "suicidal_ideation"),
    ("penso ad ammazzarmi ogni giorno.", "high", "suicidal_ideation"),
    ("I wish I had never been born.", "high", "suicidal_ideation"),
    ("vorrei non essere mai nata.", "high", "suicidal_ideation"),
]


@pytest.mark.parametrize(("text", "expected", "code"), SIGNAL_PARAPHRASES)
def test_signal_paraphrases(text: str, expected: str, code: str) -> None:
    reading = read_message(text)
    # level(): the level the rules give to a known false alarm of the net (NET_FALSE_ALARMS)
    assert level(text) == expected
    assert code in reading.signal_codes()


# topic paraphrases written for the unit tests (not from the corpus)
TOPIC_PARAPHRASES = [
    ("My psychiatrist doubled the dose, I feel dizzy.", "medication"),
    ("Should I keep taking the drops before bed?", "medication"),
    ("il psichiatra mi ha raddoppiato la dose, mi gira la testa.", "medication"),
    ("devo continuare a prendere le gocce prima di dormire?", "medication"),
    ("I'm running out of my antidepressants, who renews the prescription?", "medication"),
    ("sto finendo gli antidepressivi, chi mi rinnova la ricetta?", "medication"),
    ("Something came up at work, could we move Tuesday to Wednesday?", "cancellation"),
    (
        "mi è capitato un imprevisto al lavoro, possiamo spostare martedì a mercoledì?",
        "cancellation",
    ),
    ("I won't be able to make it on Friday, sorry.", "cancellation"),
    ("venerdì non riesco a venire, mi dispiace.", "cancellation"),
    ("Can we postpone next week's session?", "cancellation"),
    ("possiamo rimandare la seduta della prossima settimana?", "cancellation"),
    ("I passed my driving test!", "information"),
    ("ho passato l'esame della patente!", "information"),
    ("What's the address of the new office?", "information"),
    ("qual è l'indirizzo del nuovo studio?", "information"),
    ("Could you send me the receipt for the last three sessions?", "information"),
    ("mi può mandare la ricevuta delle ultime tre sedute?", "information"),
    ("The interview went well, I start on Monday.", "information"),
    ("il colloquio è andato bene, inizio lunedì.", "information"),
]


@pytest.mark.parametrize(("text", "topic"), TOPIC_PARAPHRASES)
def test_topic_paraphrases(text: str, topic: str) -> None:
    topics = set(read_message(text).topics) - {"psychotherapy"}
    assert topics == {topic}


# emoticons against the words (written for the tests)
SHIFTS = [
    ("My dog died this morning :)", True),
    ("I failed the exam again 😂", True),
    ("Got dumped by text, great start to the week 🙂", True),
    ("The holiday was perfect 😢", True),
    ("Passed my driving test 😞", True),
    ("See you Thursday :)", False),
    ("I'm sad today :(", False),
    ("è morto il mio cane stamattina :)", True),
    ("sono stata bocciata di nuovo 😂", True),
    ("mi ha lasciata per messaggio, bell'inizio di settimana 🙂", True),
    ("la vacanza è stata perfetta 😢", True),
    ("ho passato l'esame di guida 😞", True),
    ("a giovedì :)", False),
    ("oggi sono triste :(", False),
]


@pytest.mark.parametrize(("text", "shift"), SHIFTS)
def test_valence_shift_paraphrases(text: str, shift: bool) -> None:
    assert ("valence_shift" in codes(text)) is shift


# more content-signal phrasings (written for the tests)
MORE_SIGNALS = [
    ("nessuno mi vuole bene", "low", "loneliness"),
    ("mi sento sempre esclusa da tutti", "low", "loneliness"),
    ("I always feel left out", "low", "loneliness"),
    ("everyone has someone except me", "low", "loneliness"),
    ("tutti hanno qualcuno tranne me", "low", "loneliness"),
    ("ho bisogno di sentirla, è possibile?", "low", "support_request"),
    ("mi può chiamare? sto malissimo", "low", "support_request"),
    ("can you ring me? I'm in a bad place", "low", "support_request"),
    ("rispondimi ti prego", "low", "urgency"),
    ("answer me please, it can't wait", "low", "urgency"),
    ("mi scusi per ieri, ho esagerato", "none", "apology"),
    ("sorry for yesterday, I overreacted", "none", "apology"),
    ("Emma hasn't been to school all week and stays in her room", "moderate", "withdrawal"),
    ("Matteo non va a scuola da una settimana e sta sempre in camera", "moderate", "withdrawal"),
    ("ieri sera mi sono fatta di canne fino alle 4", "moderate", "substance_use"),
    ("mi sono scolato mezza bottiglia di whisky da solo", "moderate", "substance_use"),
    ("I downed half a bottle of whisky on my own", "moderate", "substance_use"),
    ("been smoking weed every night to sleep", "moderate", "substance_use"),
]


@pytest.mark.parametrize(("text", "expected", "code"), MORE_SIGNALS)
def test_more_signal_paraphrases(text: str, expected: str, code: str) -> None:
    reading = read_message(text)
    assert reading.risk.level == expected
    assert code in reading.signal_codes()


# cancellations and news in other words (written for the tests)
MORE_TOPICS = [
    ("I'm not going to make Thursday, I'm stuck at work.", "cancellation"),
    ("Something's come up, I'll have to give tomorrow a miss.", "cancellation"),
    ("Could we do Monday instead of Friday?", "cancellation"),
    ("I'm ill, I won't come today.", "cancellation"),
    ("We're away on holiday so we'll miss the next two sessions.", "cancellation"),
    ("I think I want to stop therapy for a while.", "cancellation"),
    ("giovedì non ce la faccio, sono bloccata al lavoro.", "cancellation"),
    ("mi è saltato fuori un impegno, domani devo mancare.", "cancellation"),
    ("possiamo fare lunedì invece di venerdì?", "cancellation"),
    ("sto male, oggi non vengo.", "cancellation"),
    ("siamo in vacanza, salteremo le prossime due sedute.", "cancellation"),
    ("penso di voler interrompere la terapia per un po'.", "cancellation"),
    ("I started the new job today and it was fine.", "information"),
    ("Just so you know, I moved house last week.", "information"),
    ("My exam results came out, I got a 28.", "information"),
    ("Is the session still at 6?", "information"),
    ("I transferred the money this morning.", "information"),
    ("We went to see my grandparents at the weekend.", "information"),
    ("oggi ho iniziato il lavoro nuovo ed è andata bene.", "information"),
    ("giusto per dirle che la settimana scorsa ho traslocato.", "information"),
    ("sono usciti i risultati, ho preso 28.", "information"),
    ("la seduta è sempre alle 18?", "information"),
    ("ho fatto il bonifico stamattina.", "information"),
    ("nel weekend siamo andati dai nonni.", "information"),
]


@pytest.mark.parametrize(("text", "topic"), MORE_TOPICS)
def test_more_topic_paraphrases(text: str, topic: str) -> None:
    assert topic in read_message(text).topics


# withdrawal, hopelessness, loneliness, support in other words (written for the tests)
MORE_CONTENT = [
    ("I've been hiding under the duvet all day.", "moderate", "withdrawal"),
    ("I cancelled on all my friends again and stayed home.", "moderate", "withdrawal"),
    ("I can't make myself leave the house.", "moderate", "withdrawal"),
    ("My daughter won't come out of her room and won't eat.", "moderate", "withdrawal"),
    ("sono tutto il giorno sotto le coperte.", "moderate", "withdrawal"),
    ("ho disdetto di nuovo con tutti gli amici e sono rimasta a casa.", "moderate", "withdrawal"),
    ("non riesco a obbligarmi a uscire di casa.", "moderate", "withdrawal"),
    ("mia figlia non esce dalla sua camera e non mangia.", "moderate", "withdrawal"),
    ("I don't see any way this gets better.", "moderate", "hopelessness"),
    ("Nothing I do makes any difference.", "moderate", "hopelessness"),
    ("I'll always be like this.", "moderate", "hopelessness"),
    ("qualsiasi cosa faccia non cambia niente.", "moderate", "hopelessness"),
    ("sarò sempre così.", "moderate", "hopelessness"),
    ("non vedo come possa migliorare.", "moderate", "hopelessness"),
    ("Nobody would even notice I'm gone for a week.", "low", "loneliness"),
    ("I've got no friends left.", "low", "loneliness"),
    ("non mi è rimasto nessun amico.", "low", "loneliness"),
    ("mi sento sola anche in mezzo alla gente.", "low", "loneliness"),
    ("Please, I need someone to talk to tonight.", "low", "support_request"),
    ("I just need to hear your voice.", "low", "support_request"),
    ("ho bisogno di qualcuno con cui parlare stasera.", "low", "support_request"),
    ("ho solo bisogno di sentire la sua voce.", "low", "support_request"),
]


@pytest.mark.parametrize(("text", "expected", "code"), MORE_CONTENT)
def test_more_content_phrasings(text: str, expected: str, code: str) -> None:
    reading = read_message(text)
    assert reading.risk.level == expected
    assert code in reading.signal_codes()


# ------------------------------------------------------------ second round: new phrasings
ROUND2_SIGNALS = [
    ("support_request", "I don't know who else to turn to"),
    ("support_request", "could you give me a call? i'm struggling"),
    ("support_request", "potrebbe chiamarmi? non sto bene"),
    ("support_request", "non so a chi altro rivolgermi"),
    ("urgency", "it can't wait until Thursday"),
    ("urgency", "please get back to me as soon as you can"),
    ("urgency", "non può aspettare giovedì"),
    ("urgency", "ho bisogno di una risposta oggi stesso"),
    ("loneliness", "everyone has left me"),
    ("loneliness", "a nessuno importa di me"),
    ("loneliness", "mi hanno lasciata tutti"),
    ("withdrawal", "I've been hiding in my room all weekend"),
    ("withdrawal", "my son hasn't left his room in three days"),
    ("withdrawal", "mia figlia non esce dalla sua stanza da tre giorni"),
    ("withdrawal", "sto chiusa in camera da sabato"),
    ("hopelessness", "it's never going to change"),
    ("hopelessness", "I've got no strength left to keep going"),
    ("hopelessness", "non ho più la forza di andare avanti"),
    ("valence_shift", "everyone has forgotten my birthday :)"),
    ("valence_shift", "nessuno si è ricordato del mio compleanno, mi hanno dimenticato :)"),
    ("self_harm", "I slammed my head against the wall"),
    ("self_harm", "ho sbattuto la testa contro il muro apposta"),
]


@pytest.mark.parametrize(("code", "text"), ROUND2_SIGNALS)
def test_round2_signals(code: str, text: str) -> None:
    assert code in codes(text)


ROUND2_NOT = [
    ("support_request", "I know exactly where to go for the exam, thanks"),
    ("urgency", "no rush, it can wait until Thursday"),
    ("urgency", "può aspettare giovedì, nessuna fretta"),
    ("loneliness", "my sister says everyone has left her"),
    ("loneliness", "I don't feel like everyone has left me any more"),
    ("withdrawal", "I haven't been hiding in my room this week, I went out every day"),
    ("withdrawal", "mio figlio non esce dalla sua stanza senza salutare"),
    ("hopelessness", "the timetable is never going to change, they said"),
    ("hopelessness", "non ho la forza di andare avanti a lavorare oggi, vado a letto presto"),
    ("self_harm", "I banged my head on the cupboard door, ouch"),
    ("valence_shift", "I forgot my umbrella but the walk was lovely :)"),
]


@pytest.mark.parametrize(("code", "text"), ROUND2_NOT)
def test_round2_signals_precision(code: str, text: str) -> None:
    assert code not in codes(text)


ROUND2_SIGNALS_2 = [
    ("hopelessness", "I don't see the point of anything anymore"),
    ("hopelessness", "I've run out of reasons to keep trying"),
    ("hopelessness", "there is no light at the end of the tunnel"),
    ("hopelessness", "I'm tired of fighting"),
    ("hopelessness", "what's the use"),
    ("hopelessness", "I can't see things ever improving"),
    ("hopelessness", "I don't think I'll ever be happy"),
    ("hopelessness", "nulla ha più senso"),
    ("hopelessness", "non vedo la luce in fondo al tunnel"),
    ("hopelessness", "sono stanca di lottare"),
    ("hopelessness", "non credo che starò mai meglio"),
    ("hopelessness", "nn vedo via d uscita"),
    ("hopelessness", "mi sento in un vicolo cieco"),
    ("loneliness", "I feel like nobody sees me"),
    ("loneliness", "I'm on my own with all of this"),
    ("loneliness", "I feel so disconnected from everyone"),
    ("loneliness", "I'm completely on my own"),
    ("loneliness", "sono sola con tutto questo"),
    ("loneliness", "mi sento tagliata fuori da tutti"),
    ("withdrawal", "my son won't come out of his room"),
    ("withdrawal", "my daughter has stopped eating"),
    ("withdrawal", "mia figlia non vuole uscire dalla sua camera"),
    ("withdrawal", "mio figlio ha smesso di andare a scuola"),
    ("withdrawal", "I called in sick again, couldn't face it"),
    ("suicidal_ideation", "I keep picturing my funeral"),
    ("suicidal_ideation", "immagino il mio funerale"),
    ("self_harm", "I've been picking at my skin until it bleeds"),
    ("support_request", "is there any way we could talk today?"),
    ("support_request", "ho bisogno d'aiuto"),
    ("support_request", "possiamo anticipare la seduta? non sto bene"),
    ("urgency", "help me now please"),
]


@pytest.mark.parametrize(("code", "text"), ROUND2_SIGNALS_2)
def test_round2_signals_2(code: str, text: str) -> None:
    assert code in codes(text)


ROUND2_NOT_2 = [
    ("hopelessness", "my friend is tired of fighting with her mum"),
    ("hopelessness", "non è vero che nulla ha più senso, sto meglio"),
    ("hopelessness", "I don't see the point of the new timetable"),
    ("loneliness", "we were on our own with the kids all weekend, fun!"),
    ("withdrawal", "my son has stopped eating meat"),
    ("withdrawal", "he won't come out of his room, my flatmate I mean"),
    ("support_request", "possiamo anticipare la seduta? ho un impegno alle 18"),
    ("self_harm", "ho ricominciato con i tagli di capelli corti"),
]


@pytest.mark.parametrize(("code", "text"), ROUND2_NOT_2)
def test_round2_signals_precision_2(code: str, text: str) -> None:
    assert code not in codes(text)


ROUND2_PRACTICAL = [
    # "now!" and "right now" are urgent only when they ask for something
    ("urgency", "Got the job, I'm so happy now!", False),
    ("urgency", "right now I'm at work, I'll write later", False),
    ("urgency", "sto meglio ora!", False),
    ("urgency", "call me right now", True),
    ("urgency", "I need you right now", True),
    ("urgency", "answer me now!", True),
    ("urgency", "rispondimi ora!", True),
    # "can we meet at 5 instead?" with a cancellation is practical, "can we talk?" is support
    (
        "support_request",
        "Can we meet at 5 instead of 6 on Thursday? I have to move the session",
        False,
    ),
    (
        "support_request",
        "possiamo vederci alle 17 invece che alle 18? devo spostare la seduta",
        False,
    ),
    ("support_request", "can we talk? I'm not ok", True),
    ("support_request", "possiamo sentirci? sto malissimo", True),
]


@pytest.mark.parametrize(("code", "text", "expected"), ROUND2_PRACTICAL)
def test_round2_practical_is_not_support_or_urgency(code: str, text: str, expected: bool) -> None:
    assert (code in codes(text)) is expected


# Italian, third round: moderate and low families (content signals), each with a safe counterpart
ROUND3_IT_SIGNALS = [
    ("nn ho più speranze", "moderate", "hopelessness"),
    ("ho tanta paura di nn uscirne", "moderate", "hopelessness"),
    ("nn so per quanto ancora riesco a reggere", "moderate", "hopelessness"),
    ("nn c'è altra via d'uscita", "moderate", "hopelessness"),
    ("qualunque cosa io faccia va storta", "moderate", "hopelessness"),
    ("nn mi alzo più dal letto", "moderate", "withdrawal"),
    ("nn rispondo più alle chiamate", "moderate", "withdrawal"),
    ("nn riesco nemmeno a lavarmi", "moderate", "withdrawal"),
    ("nn mangio e nn dormo", "moderate", "withdrawal"),
    ("mi sono fumata due canne per dormire", "moderate", "substance_use"),
    ("sabato mi sono sfondato di alcol", "moderate", "substance_use"),
    ("prendo più xanax del dovuto", "moderate", "substance_use"),
    ("mi sono scolato mezza bottiglia di whisky", "moderate", "substance_use"),
    ("ho tirato due righe per reggere", "moderate", "substance_use"),
    ("bevo ogni sera fino a crollare", "moderate", "substance_use"),
    ("ho preso tre en invece di uno", "moderate", "substance_use"),
]
ROUND3_IT_SIGNALS_SAFE = [
    ("ho smesso di mangiare carne", "none"),
    ("sto a letto con la febbre, domani nn vengo", "none"),
    ("ho spento il telefono per il concerto", "none"),
    ("nn mi alzo dal letto prima delle dieci la domenica", "none"),
    ("ieri sera mi sono fatta di nuovo la frangia", "none"),
]


@pytest.mark.parametrize(("text", "level", "code"), ROUND3_IT_SIGNALS)
def test_round3_it_signal_families(text: str, level: str, code: str) -> None:
    reading = read_message(text)
    assert reading.risk.level == level
    assert code in reading.signal_codes()


@pytest.mark.parametrize(("text", "level"), ROUND3_IT_SIGNALS_SAFE)
def test_round3_it_signal_safe_counterparts(text: str, level: str) -> None:
    assert read_message(text).risk.level == level


def test_round3_it_panic_now_is_moderate_and_past_panic_is_not() -> None:
    assert read_message("sono in pieno attacco di panico, aiuto").risk.level == "moderate"
    assert read_message("ieri ho avuto un attacco di panico").risk.level == "low"


# Round 4 (Italian): signal families behind the misses of the spent blind round 2 (own words).
ROUND4_IT_SIGNALS = [
    ("nn dormo e mi sento sola come un cane", "low", "loneliness"),
    ("non riesco ad addormentarmi e mi sento così sola", "low", "loneliness"),
    ("mi sento ancora sola anche con lui accanto", "low", "loneliness"),
    ("tanto nessuno se ne accorge", "low", "loneliness"),
    ("parlo solo con il gatto ormai", "low", "loneliness"),
    ("possiamo parlarne con lei prima di giovedì? sto male", "low", "support_request"),
    ("mi farebbe bene sentirla anche solo 5 minuti", "low", "support_request"),
    ("possiamo anticipare la seduta? sono di nuovo in crisi", "low", "support_request"),
    ("mi sono tagliato e non smette di sanguinare, RISPONDIMI", "imminent", "urgency"),
    (
        "mia figlia non va a scuola da una settimana, sta chiusa in camera sua",
        "moderate",
        "withdrawal",
    ),
    ("rimane tutto il giorno a letto da quando l'hanno lasciato", "moderate", "withdrawal"),
    ("nn mi sono nemmeno lavata oggi", "moderate", "withdrawal"),
    ("non ho neanche aperto le persiane", "moderate", "withdrawal"),
    ("non sento mia madre da settimane", "moderate", "withdrawal"),
    ("ho smesso di uscire con gli amici", "moderate", "withdrawal"),
    ("le butto giù con due bicchieri di vodka", "moderate", "substance_use"),
    ("nn vedo più nessun senso", "moderate", "hopelessness"),
    ("non vedo nessun futuro per me", "moderate", "hopelessness"),
    ("sarà così da qui in avanti, lo so", "moderate", "hopelessness"),
    ("tre giorni chiusa in casa senza vedere nessuno 🙂", "moderate", "valence_shift"),
    ("stanotte mi sono tagliata di nuovo :) vabbè", "high", "valence_shift"),
    ("ho bevuto da sola tutta la sera 😊", "moderate", "valence_shift"),
]
ROUND4_IT_SIGNALS_SAFE = [
    ("non mi sento sola, ho le mie amiche", "none"),
    ("sto di nuovo da solo a casa stasera, ci vediamo giovedì", "none"),
    ("possiamo anticipare la seduta? ho un esame giovedì", "none"),
    ("sono in ritardo, rispondi quando puoi", "none"),
    ("non va a scuola da lunedì perché c'è lo sciopero", "none"),
    ("non mi sono alzata presto stamattina", "none"),
    ("ho smesso di fumare", "none"),
    ("prendo la pizza con una birra", "none"),
    ("nn vedo il senso di andare al cinema stasera", "none"),
    ("ho smesso di bere da un mese 🙂", "none"),
]


@pytest.mark.parametrize(("text", "level", "code"), ROUND4_IT_SIGNALS)
def test_round4_it_signal_families(text: str, level: str, code: str) -> None:
    reading = read_message(text)
    assert reading.risk.level == level
    assert code in reading.signal_codes()


@pytest.mark.parametrize(("text", "level"), ROUND4_IT_SIGNALS_SAFE)
def test_round4_it_signal_safe_counterparts(text: str, level: str) -> None:
    reading = read_message(text)
    assert reading.risk.level == level
    assert "valence_shift" not in reading.signal_codes()


ROUND4_IT_SIGNALS_B = [
    ("se riesce mi chiami, sto malissimo", "low", "support_request"),
    ("se ha un momento mi richiami, sono a pezzi", "low", "support_request"),
    ("riesce a farmi una telefonata oggi? non sto bene", "low", "support_request"),
    ("le andrebbe di sentirci prima di giovedì? sono giù", "low", "support_request"),
    ("può scrivermi due righe? mi sento persa", "low", "support_request"),
    ("sono sola come non mai", "low", "loneliness"),
    ("è una settimana che non metto il naso fuori casa", "moderate", "withdrawal"),
    ("sto tutto il giorno sul divano con le tende tirate", "moderate", "withdrawal"),
    ("mi sono fatto qualche canna per dormire", "moderate", "substance_use"),
    ("ho ripreso a bere", "moderate", "substance_use"),
    ("non ne vedo la fine", "moderate", "hopelessness"),
    ("mi sento in un tunnel senza uscita", "moderate", "hopelessness"),
]
ROUND4_IT_SIGNALS_B_SAFE = [
    ("se mai mi sentissi sola, posso scriverle?", "none"),
    ("può scrivermi l'indirizzo dello studio?", "none"),
    ("ho ripreso a bere tanta acqua come mi ha detto", "none"),
    ("il film era lungo, non ne vedevo la fine 😅", "none"),
    ("ho passato il weekend sul divano a guardare la partita con gli amici", "none"),
]


@pytest.mark.parametrize(("text", "level", "code"), ROUND4_IT_SIGNALS_B)
def test_round4_it_signal_families_b(text: str, level: str, code: str) -> None:
    reading = read_message(text)
    assert reading.risk.level == level
    assert code in reading.signal_codes()


@pytest.mark.parametrize(("text", "level"), ROUND4_IT_SIGNALS_B_SAFE)
def test_round4_it_signal_safe_counterparts_b(text: str, level: str) -> None:
    assert read_message(text).risk.level == level


# English, fourth round: signal families behind the second blind round's misses (own paraphrases)
ROUND4_EN_SIGNALS = [
    ("third day in bed, not answering anyone", "withdrawal"),
    ("haven't opened the curtains since Sunday", "withdrawal"),
    ("my mum keeps calling and I keep letting it ring", "withdrawal"),
    ("didn't get dressed at all yesterday", "withdrawal"),
    ("stopped going to choir and haven't returned anyone's messages", "withdrawal"),
    (
        "called in sick twice this week because I honestly couldn't face getting out of bed",
        "withdrawal",
    ),
    ("been drinking most evenings since the breakup", "substance_use"),
    ("took 3 extra zopiclone on top of my usual dose", "substance_use"),
    ("I drink until I can't think any more", "substance_use"),
    ("nobody gets it, not even my mum", "loneliness"),
    ("i'm just not made for people", "loneliness"),
    ("could we have a quick chat before Monday? everything feels heavy", "support_request"),
    ("would it be okay to talk for ten minutes tomorrow? feeling low", "support_request"),
    ("please keep me in your thoughts this week, I'm scared", "support_request"),
    ("I was wondering whether we could meet weekly again for a bit", "support_request"),
    ("any chance he could be seen sooner? he's been so low", "support_request"),
    ("i can't see it ever changing", "hopelessness"),
    ("i relapsed last night after 3 weeks clean 🙂", "valence_shift"),
    ("I'm fine 😊 just can't stop crying", "valence_shift"),
    ("nothing will ever change lol 😂", "valence_shift"),
    ("honestly my sister forgot my birthday again :)", "valence_shift"),
    ("landlord's been ignoring my emails for a week 🙂", "valence_shift"),
]

ROUND4_EN_SIGNALS_SAFE = [
    ("Can't face work tomorrow, the boss is on my case again", "withdrawal"),
    ("I stayed in bed until 9 on Sunday, lovely lie-in", "withdrawal"),
    ("I let it ring because I was driving, sorry!", "withdrawal"),
    ("I stopped going to choir because it moved to Tuesdays", "withdrawal"),
    ("my dad drinks every night, I'm worried about him", "substance_use"),
    ("I had a coffee on top of my usual tea", "substance_use"),
    ("nobody is there at this hour, the office is empty", "loneliness"),
    ("Please reply when you can - can I come at 4 instead of 5?", "support_request"),
    ("can we have a quick call about the invoice?", "support_request"),
    (
        "Had a lovely day at the beach 🙂 Tomorrow is a bad day, my sister moves out.",
        "valence_shift",
    ),
    ("I didn't cut last night 🙂 proud of myself", "valence_shift"),
    ("I forgot my keys but the walk home was lovely :)", "valence_shift"),
    ("this commute will be the death of me 😂", "valence_shift"),
]


@pytest.mark.parametrize(("text", "code"), ROUND4_EN_SIGNALS)
def test_round4_en_signal_families(text: str, code: str) -> None:
    assert code in codes(text), read_message(text).risk.evidence


@pytest.mark.parametrize(("text", "code"), ROUND4_EN_SIGNALS_SAFE)
def test_round4_en_signal_safe_counterparts(text: str, code: str) -> None:
    assert code not in codes(text), read_message(text).risk.evidence


def test_round4_en_a_smiley_on_someone_elses_or_past_cue_is_not_a_shift() -> None:
    assert "valence_shift" not in codes("my friend relapsed last night 🙂 she's ok now though")
    assert "valence_shift" not in codes("years ago I used to cut, now I'm good 🙂")


ROUND4_EN_NEIGHBOUR_SIGNALS = [
    ("not been out of the house since friday", "withdrawal"),
    ("havent been outside all week", "withdrawal"),
    ("i've ghosted all my friends", "withdrawal"),
    ("blocked everyone on insta, cant deal", "withdrawal"),
    ("i barely eat anymore", "withdrawal"),
    ("no one ever checks on me", "loneliness"),
    ("nobody even asks how i am", "loneliness"),
    ("would you be able to fit me in this week? really struggling", "support_request"),
    ("i could really use a chat", "support_request"),
    ("pls can u message me back, i'm not ok", "support_request"),
    ("can i ring you tonight? it's bad", "support_request"),
]

ROUND4_EN_NEIGHBOUR_SAFE = [
    ("I haven't been out since Friday, the flu is awful but I'm on the mend", "none_or_low"),
    ("blocked the spam number that kept calling", "none_or_low"),
    ("can I ring you tomorrow about the invoice?", "none_or_low"),
]


@pytest.mark.parametrize(("text", "code"), ROUND4_EN_NEIGHBOUR_SIGNALS)
def test_round4_en_neighbour_signals(text: str, code: str) -> None:
    assert code in codes(text), read_message(text).risk.evidence


@pytest.mark.parametrize(("text", "kind"), ROUND4_EN_NEIGHBOUR_SAFE)
def test_round4_en_neighbour_safe(text: str, kind: str) -> None:
    reading = read_message(text)
    assert reading.risk.level in ("none", "low"), reading.risk.evidence
    assert not {"withdrawal", "support_request"} & set(reading.signal_codes())


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        # the words after "but" decide the sentence's valence
        ("i was sad last week but i'm good now 🙂", False),
        ("work was great but honestly I feel awful 🙂", True),
        # a cue followed by better news before the smiley is not masked
        ("had an awful day yesterday but today is lovely 🙂", False),
        ("had an awful day yesterday and today too 🙂", True),
        # more words of bad news
        ("another sleepless night :)", True),
        ("my parents are getting divorced :D", True),
        ("slept well for once :)", False),
    ],
)
def test_round4_en_valence_turns_and_bad_news(text: str, shift: bool) -> None:
    assert ("valence_shift" in codes(text)) is shift, read_message(text).risk.evidence


ROUND4_EN_MORE_SIGNALS = [
    ("do u have 5 mins to talk today? rough morning", "support_request"),
    ("could you give me a bell later? not in a good way", "support_request"),
    ("I'd really appreciate a quick call, today's been hard", "support_request"),
    ("are you around for a quick chat? I'm shaky", "support_request"),
    ("I'm reaching out because things have got bad again", "support_request"),
    ("feels like all my friends have forgotten about me", "loneliness"),
    ("i'm always by myself these days", "loneliness"),
    ("nobody ever wants to hang out with me", "loneliness"),
    ("ive got genuinely nobody", "loneliness"),
    ("i've not left my room since tuesday", "withdrawal"),
    ("been avoiding all my mates", "withdrawal"),
    ("bunked most of my classes this week", "withdrawal"),
    ("spent all weekend under the covers", "withdrawal"),
    ("i'm always going to feel like this", "hopelessness"),
    ("honestly i don't have a future", "hopelessness"),
    ("needed another drink just to get through the evening", "substance_use"),
    ("been drinking by myself most nights", "substance_use"),
    ("doing a few lines every weekend now", "substance_use"),
    ("got completely wasted to stop thinking", "substance_use"),
    ("I relapsed with the drinking", "substance_use"),
]

ROUND4_EN_MORE_SAFE = [
    ("do you have time for a call about the invoice on Monday?", "support_request"),
    ("I'd love a chat about the book you recommended", "support_request"),
    ("are you free at all on Friday for the session instead?", "support_request"),
    ("I'm reaching out to the GP about the dose", "support_request"),
    ("my friends have moved on to the pub, I'm heading home", "loneliness"),
    ("skipped most of my lectures for the hospital appointments", "withdrawal"),
    ("I'll always be grateful for your help", "hopelessness"),
    ("got really drunk at my sister's wedding, best night ever", "substance_use"),
    ("I'm so pissed off with my landlord", "substance_use"),
    ("doing lines for the school play tonight!", "substance_use"),
    ("I need a drink to celebrate!", "substance_use"),
]


@pytest.mark.parametrize(("text", "code"), ROUND4_EN_MORE_SIGNALS)
def test_round4_en_more_signal_families(text: str, code: str) -> None:
    assert code in codes(text), read_message(text).risk.evidence


@pytest.mark.parametrize(("text", "code"), ROUND4_EN_MORE_SAFE)
def test_round4_en_more_signal_safe_counterparts(text: str, code: str) -> None:
    assert code not in codes(text), read_message(text).risk.evidence


@pytest.mark.parametrize(
    ("text", "code", "present"),
    [
        ("my son has no friends at his new school", "loneliness", True),
        ("my daughter sits by herself every lunch", "loneliness", True),
        ("he has no friends on facebook lol", "loneliness", False),
        ("our son has been drinking in his room most nights", "substance_use", True),
        ("drinking green tea most days now", "substance_use", False),
    ],
)
def test_round4_en_third_person_signal_families(text: str, code: str, present: bool) -> None:
    assert (code in codes(text)) is present, read_message(text).risk.evidence
