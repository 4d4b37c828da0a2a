"""Risk ladder and ConText modifiers, English and Italian."""

from __future__ import annotations

import itertools

import pytest

from scripta.analysis import RISK_LEVELS, read_message
from scripta.analysis.tests.readings import level


def cues(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.code, c.level, c.modifiers) for c in read_message(text).risk.evidence]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # none
        ("Can we move Thursday's session to 5pm?", "none"),
        ("Possiamo spostare la seduta di giovedì alle 17?", "none"),
        ("The exam went well, thank you!", "none"),
        # low
        ("I feel so lonely tonight", "low"),
        ("mi sento così sola stasera", "low"),
        ("I need you, can we talk?", "low"),
        ("ho bisogno di parlarle", "low"),
        # moderate
        ("I can't take it any more", "moderate"),
        ("non ce la faccio più", "moderate"),
        ("nn ce la faccio piu", "moderate"),
        ("I spent the whole day in bed", "moderate"),
        ("sono rimasta tutto il giorno a letto", "moderate"),
        ("I'm afraid I won't make it", "moderate"),
        ("ho paura di non farcela", "moderate"),
        ("Nothing will ever change", "moderate"),
        ("ieri sera mi sono bevuta di nuovo una bottiglia di vino da sola", "moderate"),
        # high
        ("I want to die", "high"),
        ("vorrei morire", "high"),
        ("I wish I could sleep and never wake up", "high"),
        ("a volte vorrei addormentarmi e nn svegliarmi più", "high"),
        ("I cut myself last night", "high"),
        ("mi sono tagliata ieri sera", "high"),
        ("I keep having suicidal thoughts", "high"),
        ("penso di farla finita", "high"),
        ("how many pills would it take?", "high"),
        # imminent
        ("I'm going to kill myself tonight", "imminent"),
        ("stasera la faccio finita", "imminent"),
        ("I took all my pills", "imminent"),
        ("ho preso tutte le pastiglie", "imminent"),
        ("The pills are counted and ready", "imminent"),
        ("💊💊💊 all of them. goodnight forever", "imminent"),
        ("💊💊💊 tutte. buonanotte x sempre", "imminent"),
        ("sono sul tetto del palazzo. mi butto.", "imminent"),
    ],
)
def test_ladder(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "modifier"),
    [
        ("I'm not going to hurt myself", "low", "negated"),
        ("non ho pensieri di farmi del male", "low", "negated"),
        ("I don't want to die", "low", "negated"),
        ("non voglio morire", "low", "negated"),
        ("I didn't spend the day in bed today", "none", "negated"),
        ('In the film he says "I want to die"', "none", "quoted"),
        ("nel film lui pensa di buttarsi dal ponte", "none", "quoted"),
        ("If I ever wanted to hurt myself, who do I call?", "low", "hypothetical"),
        ("se mai pensassi di buttarmi da un ponte cosa dovrei fare?", "low", "hypothetical"),
        ("When I was 15 I used to cut myself", "low", "past"),
        ("anni fa mi tagliavo", "low", "past"),
        ("My friend tried to kill herself", "low", "other_person"),
        ("la mia amica vuole morire", "low", "other_person"),
        ("Work is killing me", "none", "idiom"),
        ("muoio dal ridere", "none", "idiom"),
        ("mi ammazzo di lavoro", "none", "idiom"),
        ("I could murder a pizza", "none", "idiom"),
        ("I'm dying to see it", "none", "idiom"),
        ("sto morendo dal ridere", "none", "idiom"),
    ],
)
def test_modifiers_lower_but_keep_the_cue(text: str, expected: str, modifier: str) -> None:
    reading = read_message(text)
    assert reading.risk.level == expected
    assert any(modifier in c.modifiers for c in reading.risk.evidence), cues(text)
    # the cue stays in evidence, and its span is inside the text
    for c in reading.risk.evidence:
        assert 0 <= c.span.start < c.span.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live any more",
        "non voglio più vivere",
        "I don't want to wake up",
        "nn voglio piu vivere",
    ],
)
def test_negations_that_carry_the_risk(text: str) -> None:
    reading = read_message(text)
    assert reading.risk.level == "high"
    assert "suicidal_ideation" in reading.signal_codes()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("mi ammazzo", "imminent"), ("mi voglio ammazzare", "high"), ("I want to be dead", "high")],
)
def test_not_idioms(text: str, expected: str) -> None:
    assert level(text) == expected


def test_parent_reporting_the_patient_is_not_someone_else() -> None:
    text = "Lily has locked herself in the bathroom, she says she has razor blades and wants to die. I've called 999."
    reading = read_message(text)
    assert reading.risk.level == "imminent"
    assert {"self_harm", "suicidal_ideation"} <= set(reading.signal_codes())
    it = "Giulia si è chiusa in bagno, dice che ha le lamette e che vuole morire. ho chiamato il 112. mi chiami."
    assert read_message(it).risk.level == "imminent"


def test_packing_pills_is_not_an_overdose() -> None:
    assert level("I took all my sleeping pills with me on the trip, don't worry.") == "none"
    assert level("ho preso tutte le gocce che mi servono x il viaggio") == "none"


def test_weak_farewell_needs_context() -> None:
    assert level("Thank you for everything, see you in September!") == "none"
    text = "grazie per tutto quello che ha fatto per me. l'appuntamento della prossima settimana nn mi servirà. addio."
    assert level(text) == "imminent"


def test_score_is_monotone_with_level() -> None:
    texts = [
        "ok",
        "I feel lonely",
        "I can't take it any more",
        "I want to die",
        "I took all my pills",
    ]
    readings = [read_message(t) for t in texts]
    assert [r.risk.level for r in readings] == list(RISK_LEVELS)
    scores = [r.risk.score for r in readings]
    assert scores == sorted(scores)
    assert all(0.0 <= s <= 1.0 for s in scores)
    for lo, hi in itertools.pairwise(readings):
        assert lo.priority < hi.priority


def test_priority_within_level_counts_urgency_and_late_night() -> None:
    from datetime import datetime

    calm = read_message("I feel lonely")
    urgent = read_message("I feel lonely, please answer now", sent_at=datetime(2026, 1, 1, 23, 30))
    assert urgent.risk.level == calm.risk.level == "low"
    assert urgent.priority > calm.priority
    assert urgent.priority < read_message("I can't take it any more").priority


def test_accents_and_sms_spelling() -> None:
    assert level("non ce la faccio più") == level("nn ce la faccio piu") == "moderate"
    assert level("Non Voglio Più Vivere") == "high"
    assert level("I DON’T WANT TO LIVE ANYMORE") == "high"  # typographic apostrophe, capitals


# paraphrases written for the unit tests (not from the corpus), both languages
PARAPHRASES = [
    ("I feel really down today, can we talk?", "low"),
    ("Everything feels pointless lately.", "moderate"),
    ("I've been in bed since Sunday, I can't get up.", "moderate"),
    ("I drank a whole bottle of vodka last night to stop thinking.", "moderate"),
    ("Sometimes I think everyone would be better off without me.", "high"),
    ("I keep imagining jumping in front of a train.", "high"),
    ("I've been cutting again, my arms are a mess.", "high"),
    ("I have the pills ready and I'm doing it tonight.", "imminent"),
    ("I've taken 30 of my sleeping pills.", "imminent"),
    ("This is my last message. Thank you for everything. Goodbye.", "imminent"),
    ("I want to disappear and never come back.", "high"),
    ("I don't see the point in living anymore.", "high"),
    ("I'm so tired of everything, I just want it all to stop.", "moderate"),
    ("I'm scared I might do something to myself tonight.", "high"),
    ("I haven't eaten or showered in days.", "moderate"),
    ("I feel like a burden to everyone.", "moderate"),
    ("Nobody would even notice if I was gone.", "high"),
    ("I'm thinking of ending my life.", "high"),
    ("I'd rather be dead than go back there.", "high"),
    ("my head is full of bad thoughts tonight", "low"),
    ("mi sento giù oggi, possiamo sentirci?", "low"),
    ("tutto mi sembra senza senso ultimamente.", "moderate"),
    ("sono a letto da domenica, non riesco ad alzarmi.", "moderate"),
    ("ieri sera ho bevuto una bottiglia intera di vodka per non pensare.", "moderate"),
    ("a volte penso che starebbero tutti meglio senza di me.", "high"),
    ("continuo a immaginare di buttarmi sotto un treno.", "high"),
    ("mi sto tagliando di nuovo, ho le braccia piene di tagli.", "high"),
    ("ho le pastiglie pronte e stasera lo faccio.", "imminent"),
    ("ho preso 30 sonniferi.", "imminent"),
    ("questo è il mio ultimo messaggio. grazie di tutto. addio.", "imminent"),
    ("vorrei sparire e non tornare più.", "high"),
    ("non vedo più il senso di vivere.", "high"),
    ("sono stanca di tutto, voglio solo che finisca tutto.", "moderate"),
    ("ho paura di farmi qualcosa stanotte.", "high"),
    ("non mangio e non mi lavo da giorni.", "moderate"),
    ("mi sento un peso per tutti.", "moderate"),
    ("nessuno si accorgerebbe se sparissi.", "high"),
    ("sto pensando di togliermi la vita.", "high"),
    ("preferirei essere morta che tornare lì.", "high"),
    ("ho la testa piena di brutti pensieri stasera", "high"),
    ("This traffic is killing me, running late!", "none"),
    ("I nearly died laughing at your joke", "none"),
    ("The exam was a killer but I passed!", "none"),
    ("questo traffico mi uccide, arrivo in ritardo!", "none"),
    ("sono morta dal ridere alla tua battuta", "none"),
    ("I'm not suicidal, don't worry, just tired.", "low"),
    ("non sono suicida, tranquilla, solo stanca.", "low"),
    ("The song goes 'I want to die young' and I can't stop singing it", "none"),
    ("la canzone dice 'voglio morire giovane' e non smetto di cantarla", "none"),
]


@pytest.mark.parametrize(("text", "expected"), PARAPHRASES)
def test_paraphrases(text: str, expected: str) -> None:
    assert level(text) == expected


# more modifier phrasings written for the unit tests (not from the corpus)
MODIFIER_PARAPHRASES = [
    ("I would never hurt myself, I promise.", "low", "negated"),
    ("Don't worry, I'm not going to do anything stupid.", "low", "negated"),
    ("non ti preoccupare, non farò sciocchezze.", "low", "negated"),
    ("non mi ucciderei mai, lo sai.", "low", "negated"),
    ("What should I do if a friend tells me she wants to die?", "low", None),
    ("cosa dovrei fare se un'amica mi dice che vuole morire?", "low", None),
    ("My cousin overdosed last week, I'm shaken.", "low", "other_person"),
    ("mio cugino ha fatto un'overdose la settimana scorsa, sono scossa.", "low", "other_person"),
    ("In my teens I used to burn myself.", "low", "past"),
    ("da adolescente mi bruciavo.", "low", "past"),
    ("The character in the book slits her wrists in chapter 3.", "none", "quoted"),
    ("nel romanzo la protagonista si taglia le vene al capitolo 3.", "none", "quoted"),
    ("This heat is killing me", "none", "idiom"),
    ("sto morendo di caldo", "none", "idiom"),
    ("my feet are killing me after the hike", "none", "idiom"),
    ("I'm dying to hear your opinion", "none", "idiom"),
    ("muoio dalla voglia di raccontarle tutto", "none", "idiom"),
    ("I'll kill my brother if he reads my diary lol", "none", None),
    ("ammazzo mio fratello se legge il mio diario ahah", "none", None),
    ("ti voglio bene da morire", "none", "idiom"),
]


@pytest.mark.parametrize(("text", "expected", "modifier"), MODIFIER_PARAPHRASES)
def test_modifier_paraphrases(text: str, expected: str, modifier: str | None) -> None:
    reading = read_message(text)
    assert reading.risk.level == expected
    if modifier is not None:
        assert any(modifier in c.modifiers for c in reading.risk.evidence)


# plans, means and farewells written for the unit tests (not from the corpus)
IMMINENT_PARAPHRASES = [
    ("I've written letters to my parents and I know how I'll do it.", "imminent"),
    ("ho scritto le lettere ai miei e so come lo farò.", "imminent"),
    ("I've saved up enough pills, it's going to be this weekend.", "imminent"),
    ("ho messo da parte abbastanza pastiglie, sarà questo weekend.", "imminent"),
    ("I'm at the bridge now.", "imminent"),
    ("sono sul ponte adesso.", "imminent"),
    ("I cut my wrists, there's a lot of blood.", "imminent"),
    ("mi sono tagliata i polsi, c'è tanto sangue.", "imminent"),
    ("I swallowed a bottle of paracetamol an hour ago.", "imminent"),
    ("ho ingoiato una boccetta di tachipirina un'ora fa.", "imminent"),
    ("Please look after my cat. I'm sorry for everything.", "imminent"),
    ("prenditi cura del mio gatto. scusa per tutto.", "imminent"),
    ("I want to die 💊💊", "imminent"),
    ("voglio morire 💊💊", "imminent"),
    ("I've been thinking about how many of my pills it would take.", "high"),
    ("penso a quante delle mie pastiglie servirebbero.", "high"),
    ("I googled ways to kill myself last night.", "high"),
    ("ieri sera ho cercato su google come uccidermi.", "high"),
]


@pytest.mark.parametrize(("text", "expected"), IMMINENT_PARAPHRASES)
def test_imminent_paraphrases(text: str, expected: str) -> None:
    assert level(text) == expected


# paired variants written for the unit tests (negation, quotation, tense, person, capitals)
VARIANTS = [
    ("I took a handful of pills tonight.", "imminent"),
    ("I didn't take any extra pills tonight, I promise.", "none"),
    (
        '"I took a handful of pills tonight" is the first line of the play we are rehearsing.',
        "none",
    ),
    ("Years ago I took a handful of pills.", "low"),
    ("My sister took a handful of pills tonight, I'm terrified.", "low"),
    ("I want to jump off the bridge.", "high"),
    ("I don't want to jump off the bridge any more.", "low"),
    ("In the song she sings 'I want to jump off the bridge'.", "none"),
    ("When I was 16 I wanted to jump off the bridge.", "low"),
    ("My friend wants to jump off the bridge.", "low"),
    ("stasera ho preso una manciata di pastiglie.", "imminent"),
    ("stasera nn ho preso pastiglie in più, giuro.", "none"),
    (
        '"stasera ho preso una manciata di pastiglie" è la prima battuta dello spettacolo che proviamo.',
        "none",
    ),
    ("anni fa ho preso una manciata di pastiglie.", "low"),
    ("mia sorella stasera ha preso una manciata di pastiglie, sono terrorizzata.", "low"),
    ("voglio buttarmi dal ponte.", "high"),
    ("non voglio più buttarmi dal ponte.", "low"),
    ("nella canzone lei canta 'voglio buttarmi dal ponte'.", "none"),
    ("a 16 anni volevo buttarmi dal ponte.", "low"),
    ("la mia amica vuole buttarsi dal ponte.", "low"),
    ("I've been drinking alone every night.", "moderate"),
    ("I haven't been drinking alone at night for a month.", "none"),
    ("Last year I was drinking alone every night.", "low"),
    ("My dad drinks alone every night, it scares me.", "low"),
    ("bevo da sola tutte le sere.", "moderate"),
    ("è un mese che nn bevo più da sola la sera.", "none"),
    ("l'anno scorso bevevo da sola tutte le sere.", "low"),
    ("mio padre beve da solo tutte le sere, mi spaventa.", "low"),
    ("I HAVEN'T LEFT MY ROOM IN THREE DAYS", "moderate"),
    ("NON ESCO DALLA MIA CAMERA DA TRE GIORNI", "moderate"),
]


@pytest.mark.parametrize(("text", "expected"), VARIANTS)
def test_paired_variants(text: str, expected: str) -> None:
    assert level(text) == expected


# everyday phrases with risk words that must not raise an alarm (written for the tests)
NO_ALARM = [
    "My phone died so I couldn't answer, sorry!",
    "I almost died when I saw the electricity bill 😂",
    "I've got a killer headache today, might be late.",
    "We had a talk about suicide prevention at school today, it was interesting.",
    "We discussed self-harm in health class and I stayed calm.",
    "I'd kill for a coffee right now",
    "The plants on my balcony all died while I was away.",
    "That exam nearly killed me but I passed!",
    "I could sleep forever after this week haha",
    "You'll kill me with these homework exercises 😅",
    "Mi si è scaricato il telefono, scusi se non ho risposto!",
    "Quasi morivo quando ho visto la bolletta 😂",
    "ho un mal di testa micidiale oggi, forse arrivo tardi.",
    "oggi a scuola abbiamo parlato di prevenzione del suicidio, interessante.",
    "ucciderei per un caffè adesso",
    "le piante sul balcone sono morte mentre ero via.",
    "quell'esame mi ha quasi ucciso ma l'ho passato!",
    "dormirei per sempre dopo questa settimana ahah",
    "mi farà morire con questi esercizi 😅",
    "Non vedo l'ora di raccontarle tutto!",
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_no_false_alarm(text: str) -> None:
    assert RISK_LEVELS.index(level(text)) <= 1


# high and imminent phrasings not in the lexicon's first draft (written for the tests)
HIGH_PARAPHRASES = [
    ("I keep thinking the world would be better without me.", "high"),
    ("Part of me wants to just not exist anymore.", "high"),
    ("I've started giving my things away.", "high"),
    ("I wish I could fall asleep and that would be it.", "high"),
    ("I don't think I can keep myself safe tonight.", "imminent"),
    ("I have a plan and I've picked the day.", "imminent"),
    ("The razor is on the sink and I can't stop looking at it.", "high"),
    ("I punched the wall until my knuckles bled.", "high"),
    ("I've been hurting myself again, I'm ashamed.", "high"),
    ("Death feels like the only option.", "high"),
    ("I'm going to end everything tonight.", "imminent"),
    ("I've just taken all my mum's sleeping pills.", "imminent"),
    ("Goodbye. Thank you for trying to help me.", "imminent"),
    ("continuo a pensare che il mondo starebbe meglio senza di me.", "high"),
    ("una parte di me vorrebbe solo non esistere più.", "high"),
    ("ho iniziato a regalare le mie cose.", "high"),
    ("vorrei addormentarmi e basta, per sempre.", "high"),
    ("non credo di riuscire a tenermi al sicuro stanotte.", "imminent"),
    ("ho un piano e ho scelto il giorno.", "imminent"),
    ("la lametta è sul lavandino e non riesco a smettere di guardarla.", "high"),
    ("ho preso a pugni il muro finché le nocche hanno sanguinato.", "high"),
    ("mi sto facendo di nuovo del male, mi vergogno.", "high"),
    ("la morte mi sembra l'unica soluzione.", "high"),
    ("stanotte faccio finire tutto.", "imminent"),
    ("ho appena preso tutti i sonniferi di mia madre.", "imminent"),
    ("addio. grazie per aver provato ad aiutarmi.", "imminent"),
]


@pytest.mark.parametrize(("text", "expected"), HIGH_PARAPHRASES)
def test_high_paraphrases(text: str, expected: str) -> None:
    assert level(text) == expected


# SMS style, no apostrophes or accents (written for the tests)
SMS_STYLE = [
    ("i wanna die", "high"),
    ("im done with life", "high"),
    ("cant do life anymore", "high"),
    ("i want out. of everything.", "high"),
    ("im gonna OD tonight", "imminent"),
    ("relapsed and cut last night", "high"),
    ("kms", "high"),
    ("honestly wish i was dead", "high"),
    ("i hate being alive", "high"),
    ("whats the point of living", "high"),
    ("meglio morta", "high"),
    ("voglio farla finita", "high"),
    ("mi faccio fuori", "high"),
    ("nn ce la faccio a vivere cosi", "high"),
    ("mi taglio le vene stasera", "imminent"),
    ("odio essere viva", "high"),
    ("nn voglio piu esistere", "high"),
    ("mi sono tagliata di nuovo ieri", "high"),
    ("ho ingerito una scatola di tachipirina", "imminent"),
    ("che senso ha vivere", "high"),
]


@pytest.mark.parametrize(("text", "expected"), SMS_STYLE)
def test_sms_style(text: str, expected: str) -> None:
    assert level(text) == expected


def test_first_person_cue_after_a_third_person_subject() -> None:
    assert level("Ho litigato di nuovo con mia madre e mi sento malissimo.") == "low"
    assert level("I had a fight with my mother and I feel awful.") == "low"
    assert level("la mia coinquilina è rimasta a letto tutto il giorno") == "low"  # someone else's


# a broader set of phrasings, both languages (written for the tests)
BROAD = [
    ("I've been having thoughts of ending my life again.", "high", "suicidal_ideation"),
    ("Every night I lie awake thinking about dying.", "high", "suicidal_ideation"),
    ("I don't want to be alive anymore.", "high", "suicidal_ideation"),
    ("I can't stop thinking about killing myself.", "high", "suicidal_ideation"),
    ("It would be so easy to just swallow all of them.", "high", "suicidal_ideation"),
    (
        "I stood on the platform and thought about stepping in front of the train.",
        "high",
        "suicidal_ideation",
    ),
    ("I carved into my arm with a compass at school.", "high", "self_harm"),
    ("I've started scratching my skin until it bleeds again.", "high", "self_harm"),
    ("I keep wanting to cut, the urge is really strong tonight.", "high", "self_harm"),
    ("I hit myself again when I got angry.", "high", "self_harm"),
    ("I'm writing my goodbye letters now.", "imminent", "suicidal_ideation"),
    ("Tonight I'm going to take everything I have.", "imminent", "suicidal_ideation"),
    ("I'm on the bridge. I'm sorry.", "imminent", "suicidal_ideation"),
    (
        "I just drank half a bottle of vodka and took my pills, all of them.",
        "imminent",
        "self_harm",
    ),
    ("ultimamente ho pensieri di farla finita.", "high", "suicidal_ideation"),
    ("ogni notte resto sveglia a pensare alla morte.", "high", "suicidal_ideation"),
    ("non voglio più essere viva.", "high", "suicidal_ideation"),
    ("non riesco a smettere di pensare di uccidermi.", "high", "suicidal_ideation"),
    ("sarebbe così facile prenderle tutte.", "high", "suicidal_ideation"),
    ("ero sul binario e ho pensato di buttarmi sotto il treno.", "high", "suicidal_ideation"),
    ("mi sono incisa il braccio col compasso a scuola.", "high", "self_harm"),
    ("ho ricominciato a graffiarmi fino a sanguinare.", "high", "self_harm"),
    ("ho una voglia fortissima di tagliarmi stasera.", "high", "self_harm"),
    ("mi sono presa a schiaffi di nuovo quando mi sono arrabbiata.", "high", "self_harm"),
    ("sto scrivendo le lettere di addio adesso.", "imminent", "suicidal_ideation"),
    ("stasera prendo tutto quello che ho.", "imminent", "suicidal_ideation"),
    ("sono sul ponte. mi dispiace.", "imminent", "suicidal_ideation"),
    (
        "ho appena bevuto mezza bottiglia di vodka e preso le pastiglie, tutte.",
        "imminent",
        "self_harm",
    ),
    ("I haven't got out of bed in two days.", "moderate", "withdrawal"),
    ("I've been calling in sick all week and just staying in.", "moderate", "withdrawal"),
    ("I stopped replying to everyone.", "moderate", "withdrawal"),
    ("sono due giorni che non mi alzo dal letto.", "moderate", "withdrawal"),
    ("mi sono data malata tutta la settimana e resto in casa.", "moderate", "withdrawal"),
    ("ho smesso di rispondere a tutti.", "moderate", "withdrawal"),
    ("I feel like I'm drowning and nothing will ever change.", "moderate", "hopelessness"),
    ("There's no future for me.", "moderate", "hopelessness"),
    ("I'm a lost cause.", "moderate", "hopelessness"),
    ("mi sembra di affogare e niente cambierà mai.", "moderate", "hopelessness"),
    ("per me non c'è futuro.", "moderate", "hopelessness"),
    ("sono un caso perso.", "moderate", "hopelessness"),
    ("I feel so isolated since I moved.", "low", "loneliness"),
    ("I have nobody.", "low", "loneliness"),
    ("mi sento così isolata da quando mi sono trasferita.", "low", "loneliness"),
    ("non ho nessuno.", "low", "loneliness"),
    ("Can I come in earlier this week? I'm not coping.", "moderate", "support_request"),
    ("posso venire prima questa settimana? non sto reggendo.", "moderate", "support_request"),
]


@pytest.mark.parametrize(("text", "expected", "code"), BROAD)
def test_broad_phrasings(text: str, expected: str, code: str) -> None:
    reading = read_message(text)
    assert reading.risk.level == expected
    assert code in reading.signal_codes()


# further ideation, acts and plans (written for the tests)
FURTHER = [
    ("vorrei solo smettere di soffrire, per sempre.", "high"),
    ("ho voglia di sparire per sempre.", "high"),
    ("vorrei togliermi di mezzo.", "high"),
    ("non ne vale più la pena di vivere.", "high"),
    ("mi sono impasticcata con le gocce di mia madre.", "imminent"),
    ("mi sono sfregiata il braccio.", "high"),
    ("stanotte mi faccio fuori.", "imminent"),
    ("ho pensato seriamente al suicidio.", "high"),
    ("mi piacerebbe morire nel sonno.", "high"),
    ("vorrei che fosse tutto finito.", "high"),
    ("ci penso sempre a morire.", "high"),
    ("ho la corda in macchina.", "imminent"),
    ("I just want the pain to stop forever.", "high"),
    ("I'd like to go to sleep and not wake up.", "high"),
    ("It's not worth living anymore.", "high"),
    ("I overdosed on my mum's pills an hour ago.", "imminent"),
    ("I scarred my arm again.", "high"),
    ("Tonight I'm killing myself.", "imminent"),
    ("I've seriously thought about suicide.", "high"),
    ("I'd love to die in my sleep.", "high"),
    ("I wish it was all over.", "high"),
    ("I think about dying all the time.", "high"),
    ("The rope is in my car.", "imminent"),
]


@pytest.mark.parametrize(("text", "expected"), FURTHER)
def test_further_phrasings(text: str, expected: str) -> None:
    assert level(text) == expected


# more everyday sentences that must not raise an alarm (written for the tests)
NO_ALARM_2 = [
    "I have a plan for the weekend: cinema and pizza!",
    "Goodbye for now, see you after the holidays.",
    "I wrote a letter to my grandmother for her birthday.",
    "The pills are in my bag, I'll take them after lunch as prescribed.",
    "We climbed to the top of the bridge tower on the tour, amazing view.",
    "Tonight I'm going to the theatre with my sister.",
    "I wish the exams were over already!",
    "I'm so done with this week, roll on Friday.",
    "My brother gave away all his old toys to charity.",
    "We watched a documentary about suicide in teenagers for school.",
    "ho un piano per il weekend: cinema e pizza!",
    "arrivederci, ci vediamo dopo le vacanze.",
    "ho scritto una lettera alla nonna per il compleanno.",
    "le pastiglie sono in borsa, le prendo dopo pranzo come da prescrizione.",
    "stasera vado a teatro con mia sorella.",
    "vorrei che gli esami fossero già finiti!",
    "non ne posso più di questo caldo!",
    "ho regalato i miei vecchi libri alla biblioteca.",
    "abbiamo visto un documentario sul suicidio negli adolescenti per scuola.",
    "I'm dead tired, going to bed early.",
]


@pytest.mark.parametrize("text", NO_ALARM_2)
def test_no_false_alarm_2(text: str) -> None:
    assert RISK_LEVELS.index(level(text)) <= 1


# parents reporting the patient vs friends (written for the tests)
PROXIES = [
    (
        "This is Marco's mum. He told me last night he wants to die. What should we do?",
        "high",
        "suicidal_ideation",
    ),
    (
        "Sono la mamma di Marco. Ieri sera mi ha detto che vuole morire. Cosa dobbiamo fare?",
        "high",
        "suicidal_ideation",
    ),
    ("I'm Sofia's father, we found out she has been cutting her arms.", "high", "self_harm"),
    ("Sono il papà di Sofia, abbiamo scoperto che si taglia le braccia.", "high", "self_harm"),
    ("Our son hasn't left his room in a week.", "moderate", "withdrawal"),
    ("Nostro figlio non esce dalla camera da una settimana.", "moderate", "withdrawal"),
    ("My daughter took a whole box of my pills, we're at A&E.", "imminent", "self_harm"),
    (
        "Mia figlia ha preso una scatola intera delle mie pastiglie, siamo al pronto soccorso.",
        "imminent",
        "self_harm",
    ),
    ("My best friend says she wants to die and I don't know how to help her.", "low", None),
    ("La mia migliore amica dice che vuole morire e non so come aiutarla.", "low", None),
]


@pytest.mark.parametrize(("text", "expected", "code"), PROXIES)
def test_proxies(text: str, expected: str, code: str | None) -> None:
    reading = read_message(text)
    assert reading.risk.level == expected
    if code is not None:
        assert code in reading.signal_codes()


# ------------------------------------------------------------ second round: new phrasings
# Written for this round (not taken from the corpus): paraphrases, word orders, SMS spelling,
# indirect statements. Preparation (letters, giving things away, a note) is `high` as in the
# guidelines ("I wrote my will today"); intent, plan and farewell are `imminent`.
ROUND2_RISK = [
    ("I'm going to hang myself", "imminent"),
    ("i'm gonna jump off the bridge tonight", "imminent"),
    ("this is my goodbye", "imminent"),
    ("I've made up my mind, I'm ending it tonight", "imminent"),
    ("i've drunk a bottle of vodka and taken all my sleeping tablets", "imminent"),
    ("swallowed everything in the medicine cabinet", "imminent"),
    ("mi butto dal balcone", "imminent"),
    ("questo è il mio addio", "imminent"),
    ("ho deciso, stasera mi ammazzo", "imminent"),
    # a goodbye letter to the people one loves is also a farewell
    ("I've written goodbye letters", "imminent"),
    ("I've written letters to everyone I love", "imminent"),
    ("ho scritto una lettera a tutti quelli a cui voglio bene", "imminent"),
    ("I gave away my things this week, I won't need them where I'm going", "high"),
    ("it's all arranged, the note is on the kitchen table", "high"),
    ("ho regalato le mie cose, tanto non mi servono più", "high"),
    ("ho già preparato tutto, la lettera è sul tavolo", "high"),
    ("I wish I'd never been born", "high"),
    ("sometimes I think about just not being here", "high"),
    ("I think about death all the time", "high"),
    ("death feels like the only way out", "high"),
    ("I googled how many paracetamol it takes", "high"),
    ("everyone would be happier if I was gone", "high"),
    ("it would be easier if I just disappeared", "high"),
    ("I hope I get hit by a car", "high"),
    ("I just want it all to be over", "high"),
    ("penso alla morte di continuo", "high"),
    ("la morte mi sembra l'unica via d'uscita", "high"),
    ("vorrei addormentarmi e basta, x sempre", "high"),
    ("spero che mi investa una macchina", "high"),
    ("I slammed my head against the wall", "high"),
    ("ho sbattuto la testa contro il muro apposta", "high"),
    # a negative cue before a wish to die does not negate it
    ("nn ce la faccio + voglio morire", "high"),
    ("I can't go on, I want to die", "high"),
    ("non ce la faccio più, voglio morire", "high"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_RISK)
def test_round2_phrasings(text: str, expected: str) -> None:
    assert level(text) == expected


# the same cues negated, quoted, someone else's, past, or everyday phrases sharing the words
ROUND2_PRECISION = [
    ("I'm not going to hang myself, don't worry", "low"),
    ("In the film he says he's going to hang himself", "none"),
    ("My brother said he's going to jump off the bridge", "low"),
    ("I wrote letters to everyone for Christmas", "none"),
    ("I gave away my old clothes to charity", "none"),
    ("I hope the plane lands on time", "none"),
    ("when I was 15 I used to think about death all the time", "low"),
    ("my friend thinks about death all the time", "low"),
    ("it's all arranged for Thursday, see you then", "none"),
    ("the note is on the fridge, remind me to pay the plumber", "none"),
    ("we'd be better off without the car honestly", "none"),
    ("I just want it to be over with, the exam I mean", "none"),
    ("mi butto sul divano e guardo un film", "none"),
    ("mi butto in piscina", "none"),
    ("non mi butto dal balcone, tranquilla", "low"),
    ("nel film lei dice: mi butto dal ponte", "none"),
    ("questo è il mio saluto di fine anno a tutti voi!", "none"),
    ("ho scritto una lettera a tutti i miei compagni per la festa", "none"),
    ("mia cugina pensa alla morte di continuo", "low"),
    ("anni fa pensavo alla morte di continuo", "low"),
    ("non mi servono più i libri di scuola, li vendo", "none"),
    ("ho già preparato tutto per la festa, la lettera di invito è pronta", "none"),
    ("ho sbattuto la testa contro la porta, che male", "none"),
    # a negation of the wish itself still lowers it
    ("non ce la faccio più, ma non voglio morire", "moderate"),
    ("I can't cope. I don't want to hurt myself", "moderate"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_PRECISION)
def test_round2_precision(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"I\'m going to hang myself" is the last line of the play',
        "nel libro il protagonista dice: questo è il mio addio",
        "my flatmate's song goes 'death feels like the only way out'",
    ],
)
def test_round2_quotes_never_reach_high(text: str) -> None:
    assert level(text) in ("none", "low")


ROUND2_RISK_2 = [
    ("I want to end it.", "high"),
    ("some days I wish I could just disappear", "high"),
    ("I want to close my eyes and never open them again", "high"),
    ("I keep picturing my funeral", "high"),
    ("I've been having thoughts of not wanting to live", "high"),
    ("i wonder what it would be like to not be here", "high"),
    ("life isn't worth it", "high"),
    ("vorrei solo sparire", "high"),
    ("vorrei chiudere gli occhi e non riaprirli più", "high"),
    ("immagino il mio funerale", "high"),
    ("mi sono chiesta come sarebbe non esserci più", "high"),
    ("nn voglio + vivere", "high"),
    ("I've been picking at my skin until it bleeds", "high"),
    ("ho ricominciato con i tagli", "high"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_RISK_2)
def test_round2_phrasings_2(text: str, expected: str) -> None:
    assert level(text) == expected


ROUND2_PRECISION_2 = [
    ("I'm going to end it with Sam tonight", "none"),
    ("we want to end it early today, is 5pm ok?", "none"),
    ("I wish I could disappear for a few days to the mountains", "none"),
    ("I wanted to disappear from embarrassment", "none"),
    ("the film was about a girl who imagines her own funeral", "none"),
    ("my dad keeps talking about his funeral plans", "none"),
    ("I'm not thinking of not wanting to live any more, that's over", "low"),
    ("the course isn't worth it, I'm dropping it", "none"),
    ("I don't see the point of the new timetable", "none"),
    ("I'm tired of fighting with the printer", "none"),
    ("my son has stopped eating meat", "none"),
    ("I called in sick yesterday with the flu", "none"),
    ("vorrei sparire per qualche giorno in montagna", "none"),
    ("volevo sparire dalla vergogna ahah", "none"),
    ("nel film lei immagina il suo funerale", "none"),
    ("la gita non ne vale la pena", "none"),
    ("sono stanca di lottare con la burocrazia", "none"),
    ("ho ricominciato con i tagli di capelli corti", "none"),
    ("possiamo anticipare la seduta? ho un impegno alle 18", "none"),
    ("mia sorella dice che nulla ha più senso", "low"),
    ("my friend is tired of fighting with her mum", "low"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_PRECISION_2)
def test_round2_precision_2(text: str, expected: str) -> None:
    assert level(text) == expected


ROUND2_RISK_3 = [
    ("stasera prendo tutte le pillole", "imminent"),
    ("mi sono presa mezza scatola di xanax", "imminent"),
    ("ho mandato giù tutto il blister", "imminent"),
    ("sono sui binari", "imminent"),
    ("I just took like 30 of my sertraline", "imminent"),
    ("I've necked a bottle of pills", "imminent"),
    ("i'm gonna take everything in the cupboard tonight", "imminent"),
    ("i'm going to unalive myself", "imminent"),
    ("I'm ending it all tonight", "imminent"),
    ("I have enough pills saved to do it", "imminent"),
    # a parent finding a goodbye note: preparation and farewell
    ("we found a goodbye note in her room", "imminent"),
    ("abbiamo trovato una lettera d'addio nella sua camera", "imminent"),
    ("I've put my affairs in order", "high"),
    ("I sh'd again last night", "high"),
    ("really bad sh urges tonight", "high"),
    ("I relapsed on sh", "high"),
    ("I've been researching how high a building needs to be", "high"),
    ("mi voglio buttare sotto un treno", "high"),
    ("voglio farmi fuori", "high"),
    # regional and SMS forms
    ("nun ce la faccio più, voglio morì", "high"),
    ("me voglio ammazzà", "high"),
    ("nun voglio campà cchiù", "high"),
    ("nun ce la faccio più", "moderate"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_RISK_3)
def test_round2_phrasings_3(text: str, expected: str) -> None:
    assert level(text) == expected


ROUND2_PRECISION_3 = [
    ("I took about 2 paracetamol for my headache", "none"),
    ("the doctor said to take like 2 tablets a day", "none"),
    ("I'm not going to take everything in the cupboard, don't worry", "low"),
    ("I'm at the edge of the cliff path, the view is amazing", "none"),
    ("I have enough pills to last until Friday", "none"),
    ("I've put my affairs in order for the move to Leeds", "none"),
    ("found a goodbye note from my ex in a box, made me laugh", "none"),
    ("shh, don't tell anyone", "none"),
    ("stasera prendo tutte le gocce che mi ha prescritto?", "none"),
    ("ho preso tutta la scatola di biscotti ahah", "none"),
    ("ho preso una scatola intera di cioccolatini", "none"),
    ("ammazza che freddo oggi", "none"),
    ("nun ce la faccio a venire giovedì", "none"),
    ("abbiamo trovato la lettera di addio del nonno, scritta nel 1990", "none"),
    ("in the song she's on the ledge", "none"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_PRECISION_3)
def test_round2_precision_3(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I took all my sleeping pills and 20 tablets 💊💊",
        "ok💊 tutte le pastiglie, tutti i farmaci e 30 gocce",
        "oversleeping pills? all the meds, all the capsules",
        "💊 all of them. sleeping  pills, the pill, 12 pills",
    ],
)
def test_pills_from_the_word_index_match_the_regex_scan(text: str) -> None:
    from scripta.analysis.engine import _pills_with_quantity, word_index
    from scripta.analysis.text import fold

    folded = fold(text)
    index = word_index(folded)
    assert list(_pills_with_quantity(folded, index, set(index))) == list(
        _pills_with_quantity(folded)
    )


ROUND2_RISK_4 = [
    ("i want 2 die", "high"),
    ("i dont wanna b here anymore", "high"),
    ("i don't want to be around anymore", "high"),
    ("i wish i could just not wake up tmrw", "high"),
    ("nobody would miss me", "high"),
    ("I hurt myself on purpose", "high"),
    ("ive been cutting", "high"),
    ("I can't live like this anymore", "moderate"),
    ("tanto a chi importa se muoio", "high"),
    ("se muoio nessuno se ne accorge", "high"),
    ("mi lascerei morire", "high"),
    ("nessuno sentirebbe la mia mancanza", "high"),
    ("mi so tagliata", "high"),
    ("mi sn tagliata di nuovo", "high"),
    ("mi sn fatta male apposta", "high"),
    ("me so fatta male da sola", "high"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_RISK_4)
def test_round2_sms_and_regional_forms(text: str, expected: str) -> None:
    assert level(text) == expected


ROUND2_PRECISION_4 = [
    ("I don't want to be around them anymore, they're toxic", "none"),
    ("nobody would miss me at the party anyway, I'll skip it", "none"),
    ("I've been cutting carbs and feel better", "none"),
    ("I've been cutting my hair myself lol", "none"),
    ("my friend hurt herself on purpose", "low"),
    ("I'm not going to hurt myself on purpose, I promise", "low"),
    ("in the film nobody would miss him", "none"),
    ("I can't live like this with the noise, we're moving", "none"),
    ("mi so tagliata col coltello mentre cucinavo", "none"),
    ("mi sn tagliata i capelli da sola", "none"),
    ("mi lascio morire dal ridere", "none"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_PRECISION_4)
def test_round2_precision_4(text: str, expected: str) -> None:
    assert level(text) == expected


# every new first-person cue of this round, quoted in a film line or told as long past
ROUND2_EN_CUES = [
    "I'm going to hang myself",
    "this is my goodbye",
    "I wish I'd never been born",
    "I think about death all the time",
    "I googled how many paracetamol it takes",
    "everyone would be happier if I was gone",
    "I hope I get hit by a car",
    "I just want it all to be over",
    "I slammed my head against the wall",
    "I want to end it.",
    "I keep picturing my funeral",
    "life isn't worth it",
    "I've been picking at my skin until it bleeds",
    "I just took like 30 of my sertraline",
    "I have enough pills saved to do it",
    "I've put my affairs in order",
    "i want 2 die",
    "nobody would miss me",
    "ive been cutting",
    "I hurt myself on purpose",
    "I've written goodbye letters",
    "i dont wanna b here anymore",
]
ROUND2_IT_CUES = [
    "mi butto dal balcone",
    "questo è il mio addio",
    "penso alla morte di continuo",
    "la morte mi sembra l'unica via d'uscita",
    "spero che mi investa una macchina",
    "vorrei solo sparire",
    "vorrei chiudere gli occhi e non riaprirli più",
    "immagino il mio funerale",
    "nn voglio + vivere",
    "ho ricominciato con i tagli",
    "mi sono presa mezza scatola di xanax",
    "ho mandato giù tutto il blister",
    "sono sui binari",
    "voglio morì",
    "me voglio ammazzà",
    "nun voglio campà cchiù",
    "tanto a chi importa se muoio",
    "mi lascerei morire",
    "mi so tagliata",
    "mi sn fatta male apposta",
    "ho regalato le mie cose, tanto non mi servono più",
    "ho sbattuto la testa contro il muro apposta",
]


@pytest.mark.parametrize("cue", ROUND2_EN_CUES)
def test_round2_cues_quoted_or_past_are_not_high_en(cue: str) -> None:
    assert level(f'In the film the main character says "{cue}" and then the music starts.') in (
        "none",
        "low",
    )
    assert level(f"When I was 15, {cue[0].lower() + cue[1:]}. That was years ago.") in (
        "none",
        "low",
    )
    assert level(cue) in ("high", "imminent")


@pytest.mark.parametrize("cue", ROUND2_IT_CUES)
def test_round2_cues_quoted_or_past_are_not_high_it(cue: str) -> None:
    assert level(f'Nel film il protagonista dice "{cue}" e poi parte la musica.') in ("none", "low")
    assert level(f"Anni fa, quando avevo 15 anni, {cue}. Ora sto bene.") in ("none", "low")
    assert level(cue) in ("high", "imminent")


@pytest.mark.parametrize(
    "text",
    [
        "My best friend told me: I want to die",
        "My best friend told me: I'm going to hang myself",
        "my cousin texted me: 'i wanna kill myself'",
        "She said: I don't want to live anymore.",
        "My flatmate messaged us:I'm going to end it tonight",
        "La mia migliore amica mi ha detto: voglio morire",
        "La mia migliore amica mi ha detto: mi butto dal balcone",
        "mio fratello mi scrive: stanotte la faccio finita",
        "Luca mi ha scritto: nn ce la faccio più, voglio morire! cosa gli rispondo?",
        "l'attore gridava: mi uccido! mi uccido! e il pubblico rideva",
    ],
)
def test_reported_speech_after_a_colon_is_someone_elses(text: str) -> None:
    assert level(text) in ("none", "low")


@pytest.mark.parametrize(
    "text",
    [
        "I told my mum: I want to die.",
        "I said it out loud: I want to die",
        "Note to self: I want to kill myself and I can't stop thinking it",
    ],
)
def test_own_words_after_a_colon_stay_the_senders(text: str) -> None:
    assert level(text) in ("high", "imminent")


# Third round (engine 2026.11.3): each family with its safe counterpart. Written as paraphrases,
# not copies of the corpus sentences.
ROUND3_FAMILIES = [
    # overdose taken, with a medicine name outside the common list
    ("I've swallowed all my amitriptyline", "imminent"),
    ("just necked the whole packet of co-codamol", "imminent"),
    ("took the entire box of zopiclone an hour ago", "imminent"),
    ("My dad swallowed all of his lithium last night, he's in A&E", "low"),
    ("I took all my lithium with me on holiday", "none"),
    ("took all my quetiapine on time this week!", "none"),
    # pills laid out / saved up
    ("30 propranolol laid out on the bed", "imminent"),
    ("I've been stockpiling my zopiclone for a month", "imminent"),
    ("I'm saving my leftover tramadol for the trip to Spain", "none"),
    # bleeding through dressings after self-harm
    ("it's bleeding through the bandages and I can't stop it", "imminent"),
    # standing on the bridge / stepping in front of a train
    ("sat on the parapet right now", "imminent"),
    ("i'll step out in front of it when it comes", "imminent"),
    ("I keep picturing stepping in front of the next train", "high"),
    ("I stepped onto the train just before the doors shut", "none"),
    ("standing on the bridge watching the fireworks with the kids", "none"),
    # wish to be dead: hope not to wake, a bus, how easy it would be, still here
    ("he hopes he never wakes up", "low"),
    ("i hope i just never wake up", "high"),
    ("kind of hoping a lorry would hit me on the way home", "high"),
    ("how easy it would be to just stop existing", "high"),
    ("gutted I'm still here.", "high"),
    ("I'm still here at the office, gutted", "none"),
    ("keep dreaming about my own funeral", "high"),
    ("honestly wouldn't care if I died tonight", "high"),
    ("the world would be a better place without me", "high"),
    ("My grandad doesn't want to be alive anymore, he told the nurse", "low"),
    # the point of being here (not a job)
    ("can't really see the point of being alive", "high"),
    ("whats even the point in living", "high"),
    ("I don't see the point in being here, at this company, so I'm leaving", "none"),
    # researching a method
    ("been researching the least painful ways to die", "high"),
    ("how many zopiclone would it take", "high"),
    ("I read about ways to die in ancient Rome for my history essay", "none"),
    # preparation just in case; a note that is only a note
    ("left letters for my parents last night, just in case.", "high"),
    ("I left a note for my flatmate just in case she gets back first", "none"),
    # hopelessness, fear of not getting through, panic
    ("nothing's ever going to change", "moderate"),
    ("Nothing is going to change my mind about the course", "none"),
    ("whats even the point", "moderate"),
    ("I'm worried I'm not going to get through this", "moderate"),
    ("I'm worried I'm not going to get through the traffic on time", "none"),
    ("I think I'm having a panic attack", "moderate"),
    # substance use beyond the prescription, weed to cope
    ("popped a few extra zopiclone to knock me out", "moderate"),
    ("took three diazepam instead of one", "moderate"),
    ("smoked a ton of weed to stop thinking", "moderate"),
    # decided + method = plan
    ("I've made my decision. I know which car park.", "imminent"),
    ("I've decided. Pizza tonight!", "none"),
    # idioms and mentions
    ("the bridge is closed for repairs again", "none"),
    ("this overdose prevention training was great", "none"),
    ("if I eat one more mince pie I'm going to die 😂", "none"),
    ("I've been saving my tablets for the holiday", "none"),
    ("we read about the quickest ways to die in the war for history", "none"),
    ("I hope the bus hits the road soon", "none"),
    ("whats even the point of this form?", "none"),
    ("My daughter told us: I want to die. Please call us.", "high"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_FAMILIES)
def test_round3_families(text: str, expected: str) -> None:
    assert level(text) == expected, cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Been singing 'I wanna die young' in the shower all week",
        "The poster's tagline is 'some nights you want to end it all'",
        "found my old diary from when I was 14, pages about wanting to die",
    ],
)
def test_round3_songs_taglines_old_diaries_are_quotes(text: str) -> None:
    assert level(text) in ("none", "low")


def test_round3_parent_asking_to_see_the_child_is_a_proxy() -> None:
    text = "Mia told her tutor she wants to kill herself. Could you see her this week?"
    assert level(text) in ("high", "imminent")
    assert level("My mate told me he wants to kill himself.") == "low"


def test_reported_speech_after_a_colon_keeps_the_senders_own_words_and_the_parents_report() -> None:
    # the sender told someone: still the sender's own words
    assert level("l'ho detto a mia madre: voglio morire") == "high"
    assert level("gli ho scritto: nn ce la faccio più, mi ammazzo") in ("high", "imminent")
    # a parent quoting the child reports the patient's state
    assert level("sono la mamma di Sara. stamattina mi ha detto: voglio morire") == "high"


# Italian, third round: families of phrasings (inflections, clitics, word order, SMS spelling),
# each with a safe counterpart (idiom, someone else's, past, hypothetical, negated)
ROUND3_IT = [
    # not existing, not staying in this world
    ("vorrei smettere di esistere", "high"),
    ("a volte penso a come sarebbe nn esistere più", "high"),
    ("nn ci voglio più stare su questa terra", "high"),
    ("non vedo più il senso di restare qui", "high"),
    ("ma a che serve vivere così?", "high"),
    ("xke dovrei continuare a vivere", "high"),
    # burdensomeness, in either word order
    ("sarebbero tutti più sereni senza di me", "high"),
    ("senza di me starebbero tutti meglio", "high"),
    ("i miei vivrebbero più tranquilli se io nn ci fossi", "high"),
    ("mio padre starebbe meglio se morissi", "high"),
    # wished accident, funeral
    ("spero che mi capiti un incidente", "high"),
    ("vorrei avere un incidente in macchina", "high"),
    ("penso spesso al mio funerale", "high"),
    # get out of the way
    ("sarebbe meglio togliermi di mezzo", "high"),
    ("ho di nuovo questi pensieri di farla finita", "high"),
    # methods: heights, rails, how many are needed
    ("mi chiedo quanto ci vorrebbe a cadere da lassù", "high"),
    ("mi sono sporta troppo dal parapetto e nn so xké", "high"),
    ("quante ne servono di gocce per nn svegliarsi?", "high"),
    ("stanotte vado ai binari", "imminent"),
    # plans and means gathered
    ("sto mettendo da parte le pastiglie da un mese", "imminent"),
    ("ho nascosto da parte i miei sonniferi", "imminent"),
    ("ho già sistemato tutto, le pillole sono nel cassetto", "imminent"),
    ("ho scelto il posto da cui buttarmi", "imminent"),
    ("domani prendo tutta la confezione di Xanax", "imminent"),
    ("stasera mando giù tutto il flacone", "imminent"),
    ("ho preso un po' di pillole di mio padre, nn so quante", "imminent"),
    ("ho preso 30 gocce di en più tutta la scatola di tavor", "imminent"),
    ("prima o poi la faccio finita", "imminent"),
    # self-harm and bleeding
    ("mi sono fatto di nuovo del male", "high"),
    ("mi sono fatta male apposta ieri", "high"),
    ("ho dato pugni al muro fino a farmi sanguinare", "high"),
    ("mi taglio ancora tutti i giorni", "high"),
    ("il sangue nn smette, ho tagliato troppo", "imminent"),
    # a weak farewell next to a current cue
    ("nn vedo più il senso di esserci. stanotte basta.", "imminent"),
    ("ho lasciato la lettera sul comodino. penso solo a morire", "high"),
]
ROUND3_IT_SAFE = [
    ("vorrei sparire dalla chat della classe 😂", "none"),
    ("vorrei scomparire per sempre dai social, troppa ansia", "low"),
    ("nn ci voglio più stare in questa casa, cerco un appartamento", "none"),
    ("non vedo il senso di restare qui fino a tardi", "none"),
    ("domani spero di nn svegliarmi presto", "none"),
    ("mi tolgo di mezzo dopo cena, sono stanca", "none"),
    ("penso sempre al ponte di Pasqua, andiamo al lago", "none"),
    ("penso al treno di domani, parte alle 6", "none"),
    ("mi sono fatta male giocando a pallavolo", "none"),
    ("mi sono tagliata di nuovo la frangia da sola", "none"),
    ("mi ammazzo di pizza stasera", "none"),
    ("ci siamo ammazzati dalle risate", "none"),
    ("ti ammazzo se arrivi in ritardo!", "none"),
    ("mi sparo tutta la serie nel weekend", "none"),
    ("stasera mi butto sul divano", "none"),
    ("sto morendo di sonno", "none"),
    ("se mangio ancora un cannolo muoio", "none"),
    ("ho dato via i vestiti vecchi alla Caritas, armadio libero", "none"),
    ("ho regalato i miei vestiti alla Caritas", "none"),
    ("ho preso tutte le pastiglie con me per il viaggio", "none"),
    ("domani prendo tutta la scatola di biscotti 😂", "none"),
    ("ho trovato il posto dove fare la festa!", "none"),
    ("un articolo sulla prevenzione delle overdose, interessante", "none"),
    ("ho lasciato il biglietto del treno sul tavolo", "none"),
    ("se mai pensassi che starebbero meglio senza di me, cosa faccio?", "low"),
    ("alle superiori mi tagliuzzavo, adesso invece sto bene", "low"),
    ("nn ho mai messo da parte le pastiglie, lo giuro", "low"),
    ("nn farò sciocchezze, tranquilla", "low"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT)
def test_round3_it_families(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT_SAFE)
def test_round3_it_safe_counterparts(text: str, expected: str) -> None:
    assert level(text) == expected


def test_round3_it_someone_elses_burden_is_not_the_senders() -> None:
    assert level("mia sorella dice che sarebbero tutti più tranquilli senza di lei") in (
        "none",
        "low",
    )
    assert level("mio padre starebbe meglio se morissi") == "high"
    assert level("secondo te quanto ci vuole a morire se salti dal quinto piano?") == "high"


ROUND3_IT_B = [
    # thinking of dying, any word order; jumping
    ("ci penso spesso a farla finita", "high"),
    ("ci ho pensato tutta la notte a uccidermi", "high"),
    ("mi è venuta la tentazione di saltare giù", "high"),
    ("ho pensato di saltare dal terrazzo", "high"),
    ("mi sento di troppo al mondo", "high"),
    # negations that carry the risk
    ("era meglio se nn fossi mai nato", "high"),
    ("nn mi importa più di svegliarmi", "high"),
    ("non vedo l'ora che finisca tutto per sempre", "high"),
    ("nn mangio perché voglio morire", "high"),
    # lethal dose, easier to die, nobody would cry
    ("ho cercato che dose sia letale", "high"),
    ("sarebbe molto più semplice nn esserci", "high"),
    ("se muoio nessuno ci fa caso", "high"),
    ("sto preparando il testamento", "high"),
    # attempts and overdoses taken
    ("ieri ho cercato di impiccarmi", "imminent"),
    ("stanotte ho tentato il suicidio", "imminent"),
    ("mi sono presa tutto lo xanax", "imminent"),
    ("ho mandato giù due flaconi di gocce", "imminent"),
    ("vado sul tetto e poi la faccio finita", "imminent"),
]
ROUND3_IT_B_SAFE = [
    ("ci penso spesso a mia nonna che è morta l'anno scorso", "none"),
    ("ho pensato di saltare la lezione di yoga", "none"),
    ("salto giù dal letto e arrivo", "none"),
    ("nn mi va più di vivere a Milano, troppo caro", "none"),
    ("nn vedo l'ora che finisca il trasloco", "none"),
    ("ho preso due scatole di tavor in farmacia per mia madre", "none"),
    ("ho preso tutto il tavor con me in valigia", "none"),
    ("anni fa ho tentato il suicidio, adesso sto bene", "low"),
    ("la chiudo stasera con Giacomo", "none"),
    ("che palle questa fila, mi sparo", "none"),
    ("mi sono tagliata con la grattugia 🙄", "none"),
    ("sono di troppo a questa festa, vado a casa", "none"),
    ("mi sento di troppo.", "moderate"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT_B)
def test_round3_it_families_b(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT_B_SAFE)
def test_round3_it_safe_counterparts_b(text: str, expected: str) -> None:
    assert level(text) == expected


ROUND3_IT_PAST_AND_OTHERS = [
    # past tense of a family: found, then lowered to low
    ("due anni fa nn vedevo nessun senso di esserci, adesso invece sto bene", "low"),
    ("a marzo nn mi alzavo dal letto per giorni, ora va meglio", "low"),
    ("prima del ricovero avevo dato via le mie cose", "low"),
    ("nn penso più al ponte, volevo dirglielo", "low"),
    # someone else's medicines and drinking
    ("il mio ragazzo prende le gocce di sua madre per dormire", "low"),
    # loneliness phrasings
    ("nessuno mi risponde più", "low"),
    ("si sono stancati tutti di me", "low"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT_PAST_AND_OTHERS)
def test_round3_it_past_and_someone_elses(text: str, expected: str) -> None:
    assert level(text) == expected


def test_round3_it_everything_too_much_needs_to_end_the_phrase() -> None:
    assert level("è tutto troppo.") == "moderate"
    assert level("è tutto troppo pesante oggi, ma domani si riparte") in ("none", "low")


ROUND3_IT_C = [
    ("xké nn posso solo morire?", "high"),
    ("nn ho + la forza di vivere", "high"),
    ("nn reggo più di stare al mondo", "high"),
    ("nn trovo un'altra soluzione che farla finita", "high"),
    ("meglio morto che vivere così", "high"),
    ("ho paura di fare qualcosa di irreparabile", "high"),
    ("penso di finirla", "high"),
    ("ho voglia di farla finita una volta per tutte", "high"),
    ("tengo in mano le lamette", "imminent"),  # blades next to a current suicidal cue: a plan
    ("sto fissando il vuoto dal parapetto", "high"),
    ("mi sono procurato il veleno per farla finita", "imminent"),
    ("mi sento morta dentro", "low"),
]
ROUND3_IT_C_SAFE = [
    ("ho fatto una sciocchezza, ho mandato la mail sbagliata al capo", "none"),
    ("faccio una follia e mi compro le scarpe rosse", "none"),
    ("voglio finirla con questo lavoro", "none"),
    ("meglio morta che in pensione a 70 anni", "none"),
    ("sono sul terrazzo e guardo il tramonto", "none"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT_C)
def test_round3_it_families_c(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT_C_SAFE)
def test_round3_it_safe_counterparts_c(text: str, expected: str) -> None:
    assert level(text) == expected


ROUND3_IT_SAFE_D = [
    ("al corso di primo soccorso ci hanno spiegato cosa fare in caso di overdose", "none"),
    ("sto preparando una tesina sul suicidio nella letteratura", "none"),
    ("ho preso tutte le medicine che mi ha prescritto, va meglio", "none"),
    ("mi sono tagliata con un foglio di carta", "none"),
    ("mi faccio male ogni volta che corro, forse le scarpe", "none"),
    ("quando avevo 16 anni mi tagliavo, ora sono 5 anni che nn lo faccio", "low"),
    ("la chiudo qui, scusi il messaggio lungo", "none"),
    ("vorrei dormire per sempre stamattina 😴", "none"),
    ("preferirei morire piuttosto che cantare al karaoke 😂", "none"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT_SAFE_D)
def test_round3_it_mentions_and_hyperboles(text: str, expected: str) -> None:
    assert level(text) == expected


def test_round3_it_hyperbole_does_not_hide_the_real_wish() -> None:
    assert level("preferirei morire piuttosto che vivere così") == "high"
    assert level("mi faccio del male quando sto così") == "high"
    assert level("ho preso tutte le pastiglie che avevo") == "imminent"


ROUND3_IT_E = [
    ("vorrei chiudere gli occhi per sempre", "high"),
    ("a volte penso che sarebbe un sollievo nn svegliarsi più", "high"),
    ("se stanotte nn mi risvegliassi andrebbe bene così", "high"),
    ("sogno sempre di nn esserci più", "high"),
    ("morire mi sembra una liberazione", "high"),
    ("a volte vorrei farmi mettere sotto da un camion", "high"),
    ("ho cercato i metodi più indolori per farla finita", "high"),
    ("sono passata sul cavalcavia per capire quanto è alto", "high"),
    ("mi sono graffiata la pelle con le unghie fino a sanguinare", "high"),
    ("si vedono ancora i tagli di stanotte", "high"),
    ("ho ingurgitato tutte le gocce", "imminent"),
    ("ho buttato giù metà della confezione di tavor", "imminent"),
    ("ho trovato la pistola di mio padre, stasera", "imminent"),
    ("nn ce la faccio più. è l'ultima volta che le scrivo, grazie di tutto", "imminent"),
]
ROUND3_IT_E_SAFE = [
    ("ho comprato una corda per l'altalena dei bambini", "none"),
    ("ho le lamette nuove per depilarmi", "none"),
    ("ho letto che le overdose da paracetamolo sono pericolose", "none"),
    ("ho buttato giù metà della scatola di biscotti 😅", "none"),
    ("domani vado a controllare quanto è alto il soffitto della casa nuova", "none"),
    ("è l'ultima volta che le scrivo per spostare, promesso!", "none"),
    ("se domani nn mi svegliassi in tempo mi chiami", "none"),
    ("mia sorella dice che sarebbe bello nn svegliarsi più", "low"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT_E)
def test_round3_it_families_e(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT_E_SAFE)
def test_round3_it_safe_counterparts_e(text: str, expected: str) -> None:
    assert level(text) == expected


ROUND3_IT_F = [
    # SMS "x" for "per", third-person and past forms of the families (then lowered)
    ("nn c'è più niente x cui vivere", "high"),
    ("nn ho + motivi x vivere", "high"),
    ("me so fatta di novo male", "high"),
    ("mi sono tagliata di nuovo del male", "high"),
    ("mia madre dice che nn vede il senso di restare qui", "low"),
    ("mio fratello dice che preferirebbe morire piuttosto che vivere così", "low"),
    ("tre anni fa mettevo da parte le pastiglie", "low"),
    ("mi sono fatta di nuovo male al ginocchio", "none"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT_F)
def test_round3_it_sms_and_modified_forms(text: str, expected: str) -> None:
    assert level(text) == expected


ROUND3_IT_G_SAFE = [
    ("ho deciso, stasera pizza!", "none"),
    ("devo prendere tutta la scatola di antibiotici, dice il medico", "none"),
    ("domani vado al ponte, c'è il mercatino", "none"),
    ("ho comprato una pistola ad acqua per mio figlio", "none"),
    ("le ho prese tutte le multe quest'anno 😅", "none"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_IT_G_SAFE)
def test_round3_it_everyday_plans_are_not_plans(text: str, expected: str) -> None:
    assert level(text) == expected


def test_round3_it_real_plans_still_count() -> None:
    assert level("ho deciso, stanotte la faccio finita") == "imminent"
    assert level("sto andando al ponte stanotte") == "imminent"
    assert level("sto andando al ponte, nn cercatemi") == "imminent"
    assert level("le ho già prese. tutte.") == "imminent"


# Round 4 (Italian): families behind the misses of the spent blind round 2, in our own words,
# each with an everyday, negated, quoted or someone else's counterpart.
ROUND4_IT = [
    # an overdose named by brand or substance, or taken on purpose ("non sappiamo quante")
    ("ho mandato giù 30 efexor con il vino", "imminent"),
    ("mi sono presa una scatola intera di sertralina", "imminent"),
    ("HA INGHIOTTITO QUARANTA XANAX, SIAMO IN MACCHINA VERSO L'OSPEDALE", "imminent"),
    (
        "sono la mamma di Irene: ha ingoiato di proposito i sonniferi del nonno, nn sappiamo quanti",
        "imminent",
    ),
    ("ho preso apposta le gocce di mia madre", "imminent"),
    # means counted and at hand
    ("tengo 50 xanax sul comodino", "imminent"),
    ("ho trenta compresse di sertralina pronte", "imminent"),
    # researching a lethal dose or a method
    ("ho cercato online la dose letale di paracetamolo", "high"),
    ("sto guardando su google come farla finita", "high"),
    # a note or a will "just in case" (a negated plan does not lower it)
    ("ho scritto due righe per i miei genitori, casomai", "high"),
    ("ho preparato una lettera per mio marito, per sicurezza. nn voglio fare niente", "high"),
    ("ieri ho fatto testamento, così è tutto in ordine", "high"),
    ("sto scrivendo il mio testamento", "high"),
    # a wished accident
    ("speravo che il treno deragliasse con me sopra", "high"),
    ("vorrei che l'aereo precipitasse", "high"),
    # a decision to die, with or without a day
    ("ho deciso di togliermi di mezzo", "imminent"),
    ("sono decisa a farla finita", "imminent"),
    ("mi tolgo di mezzo domenica, ho già deciso", "imminent"),
    # weak intent and thanks next to another current cue
    ("ho la corda in camera e stavolta lo faccio davvero", "imminent"),
    ("ho regalato le mie cose. volevo ringraziarla per tutto", "imminent"),
    ("ho dato via la mia roba. grazie per questi tre anni", "imminent"),
    ("ho 20 tavor davanti. stanotte basta 😔", "imminent"),
]
ROUND4_IT_SAFE = [
    ("ho preso 2 tachipirine per il mal di testa", "none"),
    ("ho preso 20 gocce di en come mi ha detto lo psichiatra", "none"),
    ("ho preso apposta il treno delle sei", "none"),
    ("ho 40 pastiglie in fila sul tavolo per la settimana nel portapillole", "none"),
    ("ho contato le compresse per vedere se mi bastano fino al viaggio 💊", "none"),
    ("ho letto un articolo sulla dose letale del paracetamolo", "none"),
    ("ho scritto una lettera per mia nonna nel caso non riuscissi ad andare al pranzo", "none"),
    ("ho firmato il testamento biologico", "none"),
    ("spero che l'aereo non abbia ritardo", "none"),
    ("ho deciso di farla finita con il fumo", "none"),
    ("domani la faccio finita con Marco, glielo dico a cena", "none"),
    ("stavolta lo faccio davvero, mi iscrivo in palestra", "none"),
    ("volevo ringraziarla per tutto, la terapia mi ha cambiato la vita", "none"),
    ("nn ho mai cercato la dose letale, ho solo letto il foglietto", "low"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND4_IT)
def test_round4_it_families(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND4_IT_SAFE)
def test_round4_it_safe_counterparts(text: str, expected: str) -> None:
    assert level(text) == expected


def test_round4_it_an_ordinary_dose_does_not_hide_an_overdose_or_extra_pills() -> None:
    assert level("ho preso 2 tachipirine e poi tutta la scatola") == "imminent"
    assert level("ho preso 20 gocce di en e mezza bottiglia di vino") == "imminent"
    assert level("ho preso due xanax in più per calmarmi") == "moderate"


def test_round4_it_jokes_retold_with_a_laugh_and_lines_from_a_play() -> None:
    # a parent retelling the child's habitual joke, a play, a colleague's joke: no risk
    assert (
        level('mio figlio quando perde alla play dice sempre "mi ammazzo" 😂 è normale?') == "none"
    )
    assert (
        level("Luca ogni volta che sbaglia un compito ripete mi ammazzo 😂 lo fa per ridere")
        == "none"
    )
    assert level("a teatro l'attrice urlava: voglio morire! e tutti ridevano") == "none"
    assert level("il mio collega ha scritto: stasera mi butto dal ponte 😂") == "none"
    # the sender's own words, a child's words reported by a parent, a friend's real words
    assert level("giuro che stasera mi ammazzo 😂") == "imminent"
    assert level("dico sempre che mi ammazzo ma stavolta è vero") == "imminent"
    assert level("mia figlia mi ha detto: voglio morire") == "high"
    assert level("la mia amica ha detto: voglio morire") == "low"


def test_round4_it_blades_with_cannot_cope_stay_high() -> None:
    # blades make a plan only next to a suicidal cue; "nn ce la faccio più" is not one (GUIDELINES)
    assert level("sono chiusa in bagno con le lamette, nn ce la faccio più") == "high"
    assert level("sono chiusa in bagno con le lamette e voglio morire") == "imminent"


def test_round4_it_a_denied_reason_is_a_negation() -> None:
    assert level("non le scrivo perché voglio morire, le scrivo perché ho paura") == "low"
    assert level("non ti scrivo xké voglio farmi male") == "low"
    assert level("le scrivo perché voglio morire") == "high"


ROUND4_IT_B = [
    ("ho messo via un po' di pastiglie, ormai ne ho abbastanza", "imminent"),
    ("sto mettendo via le mie compresse da settimane", "imminent"),
    ("ho fatto una scorta di sonniferi, so cosa farne", "imminent"),
    ("mi piacerebbe non esistere", "high"),
    ("questa è l'ultima volta che mi sente", "imminent"),
    ("non ce la faccio più. stasera è l'ultima sera", "imminent"),
    ("non arriverò a domani, non ce la faccio più", "imminent"),
]
ROUND4_IT_B_SAFE = [
    ("ho fatto scorta di tachipirina per l'inverno", "none"),
    ("ho scritto le lettere per tutti gli invitati del matrimonio", "none"),
    ("mi piacerebbe morire dal ridere con voi", "none"),
    ("è l'ultima volta che mi sente parlare di lui", "none"),
    ("oggi è il mio ultimo giorno.", "none"),
    ("non arriverò a domani con questo mal di denti", "none"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND4_IT_B)
def test_round4_it_families_b(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND4_IT_B_SAFE)
def test_round4_it_safe_counterparts_b(text: str, expected: str) -> None:
    assert level(text) == expected


def test_round4_it_everyday_goodbyes_and_eating_it_all_are_idioms() -> None:
    assert level("mi faccio fuori un pacco di biscotti") == "none"
    assert level("stasera mi sono fatta fuori mezza torta") == "none"
    assert level("addio vecchio telefono, grazie di tutto 😂") == "none"
    assert level("addio vacanze, grazie di tutto") == "none"
    # the real thing stays
    assert level("mi faccio fuori una scatola di tavor") in ("high", "imminent")
    assert level("non ce la faccio più. addio, grazie di tutto") == "imminent"
    assert level("addio mondo crudele, grazie di tutto") == "imminent"


# English, fourth round (engine after 2026.11.3): the phrasing families behind the misses of the
# second blind round, written as paraphrases (not the corpus sentences), each with its safe
# counterpart (someone else's, past, hypothetical, everyday)
ROUND4_EN = [
    # not seeing oneself make it to a later date (the negation carries the risk)
    ("honestly can't picture myself making it to new year", "high"),
    ("I don't really see myself lasting till summer", "high"),
    ("i cant imagine still being around by next year", "high"),
    ("I can't see myself making it to the gym this week", "none"),
    ("I can't imagine still being here at the office at midnight", "none"),
    # thinking of a method while driving
    ("keep thinking how easy it'd be to just swerve into the oncoming lorry", "high"),
    ("so tempted to take my hands off the wheel on the bypass tonight", "high"),
    ("my friend keeps thinking about swerving into the barrier", "low"),
    ("I swerved into the barrier on the ice, the car's a write-off", "none"),
    # at the edge, telling someone where one is
    ("sat in the car at beachy head. just needed someone to know where i am", "imminent"),
    ("I'm on the cliff edge. wanted you to know where I am", "imminent"),
    ("We're at Beachy Head with the kids, lovely day", "none"),
    ("I'm at the cliff top cafe, the view is stunning", "none"),
    # pills counted, enough of them
    ("counted them all out. 40 tablets. enough", "imminent"),
    ("ive got enough pills saved now", "imminent"),
    ("counted the kids onto the coach, all 30 of them", "none"),
    ("I have enough pills to last until the holiday", "none"),
    # letters to more than one person, just in case
    ("left notes for my dad and my brother last night, just in case", "high"),
    ("wrote cards to my nan and my two best friends, just in case.", "high"),
    ("wrote cards to my nan and my aunt just in case the post is slow", "none"),
    # "if I ever..." lowers even the phrasings that carry their negation
    ("if i ever feel like everyone would be better off without me, who do i ring?", "low"),
    ("what if I start thinking life isn't worth living again?", "low"),
    ("if I'm honest, everyone would be better off without me", "high"),
    # old diaries are the past, even when read last night
    ("found my old journal from when I was 15 last week, full of wanting to die", "low"),
    ("reread my diary from school yesterday, all about wanting to kill myself", "low"),
    ("I wrote in my diary last night that I want to die", "high"),
    # hyperbole with lol; the death of me
    ("if they make me redo this spreadsheet i'll actually kms lol", "none"),
    ("this heat will be the death of me 😂", "none"),
    ("i'm going to kms tonight", "imminent"),
    # falling apart, not seeing it change, nothing to hold on to
    ("i'm scared i'll fall apart before friday", "moderate"),
    ("feel like I'm gonna fall to pieces", "moderate"),
    ("the old sofa will fall apart if we move it again", "none"),
    ("i can't see things ever getting better", "moderate"),
    ("can't find anything to hold on to anymore", "moderate"),
    ("I can't see the weather changing before the weekend", "none"),
    # low mood: hating feeling like this, wobbly, crying in one's room; happy tears are not
    ("I hate feeling like this every single day", "low"),
    ("feeling really wobbly today", "low"),
    ("I cried in the car at the end of the film, happy tears", "none"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND4_EN)
def test_round4_en_families(text: str, expected: str) -> None:
    assert level(text) == expected, cues(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a friend's words after a colon: someone else's (low, not none)
        ("my mate messaged me: i want to die tonight", "low"),
        ("Her flatmate texted us: I'm going to kill myself", "low"),
        ("My friend is 15 and she told me: I want to die", "low"),
        # a parent quoting their child, by name or not: the patient's risk
        ("Our daughter Mia told us: I don't want to be alive anymore", "high"),
        ("Josh told us: i want to die. He's 15, please call me", "high"),
        ("Zoe told me tonight she wants to die. She's 13.", "high"),
        ("My friend told me tonight she wants to die. She's 16.", "low"),
        # the sender's own words after a colon stay the sender's
        ("I wrote it on a post-it: I want to die", "high"),
    ],
)
def test_round4_en_reported_speech_and_parents(text: str, expected: str) -> None:
    assert level(text) == expected, cues(text)


ROUND4_EN_NEIGHBOURS = [
    # "don't think I'll make it to..." with a date
    ("dont think ill make it to xmas tbh", "high"),
    ("I don't think I'm going to be around by next summer", "high"),
    ("I don't think I'll make it to the party, the train's cancelled", "none"),
    # easier if I wasn't here
    ("it'd be so much easier for everyone if i just wasnt here", "high"),
    ("honestly things would be simpler if I weren't around", "high"),
    ("it would be easier if I wasn't here on Friday, can we move it?", "none"),
    # wanting to disappear (the phrase ends there)
    ("i just want to disappear.", "high"),
    ("wanna vanish forever", "high"),
    ("I want to disappear for a week somewhere sunny", "none"),
    # crashing the car
    ("keep imagining crashing the car on the way home", "high"),
    ("so tempted to just wrap my car round a tree", "high"),
    ("I think I crashed the car park barrier this morning, oops", "none"),
    # a will, who gets the pets
    ("sorted out my will today and who gets the cat", "high"),
    ("been working out who looks after my dog", "high"),
    ("sorting out who looks after the dog while I'm away next week", "none"),
    # counted out, that should do it
    ("ive counted out 40 paracetamol, that should do it", "imminent"),
    ("counted the boxes, enough for the move", "none"),
    # wishing not to wake, sleeping forever, command voices
    ("sometimes i wish i'd never wake up", "high"),
    ("wish i could go to sleep forever", "high"),
    ("the voices keep telling me to end it", "high"),
    ("i wish i could sleep forever on sundays", "none"),
    ("the voices in my head tell me to eat more veg lol", "none"),
    # knowing how, not feeling safe, not trusting oneself
    ("i know how i'd do it.", "high"),
    ("I'm not safe right now", "high"),
    ("dont trust myself tonight", "high"),
    ("I'm scared of what I might do to myself", "high"),
    ("I know how I'd do it differently next time", "none"),
    ("I'm not safe at home with my dad around", "none"),
    ("I don't trust myself with chocolate in the house lol", "none"),
    ("I'm scared of what my dad will do", "low"),
    # given up; a failure
    ("i've given up on everything", "moderate"),
    ("i've given up.", "moderate"),
    ("I've given up sugar for lent", "none"),
    ("i'm such a failure", "low"),
    # "book" as a verb is not a book
    ("could I book an extra session this week? I'm not coping", "moderate"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND4_EN_NEIGHBOURS)
def test_round4_en_neighbouring_families(text: str, expected: str) -> None:
    assert level(text) == expected, cues(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the will to live
        ("I've lost the will to live", "high"),
        ("my will to live is fading", "high"),
        ("lost the will to live in that meeting lol", "none"),
        # hyperbole on a trivial condition with a laugh
        ("I will literally kms if this printer jams again lol", "none"),
        ("if the bus is late again i'm gonna kill myself haha", "none"),
        ("i want to kill myself tonight lol", "imminent"),
        # counted tablets for the week
        ("the nurse counted out my tablets for the week", "none"),
        ("counted out the tablets. enough.", "imminent"),
        # a child named by the parents after a colon; a friend named with "my mate" is not
        ("Then Sam told us: i want to die", "high"),
        ("After dinner, Noor texted us: I'm going to kill myself", "imminent"),
        ("my mate Ben told us: i want to kill myself", "low"),
        ("Her teacher told us: she wants to die", "low"),
    ],
)
def test_round4_en_will_to_live_hyperbole_counted_named_child(text: str, expected: str) -> None:
    assert level(text) == expected, cues(text)


ROUND4_EN_TEXT_SPEAK = [
    ("thinkin bout endin it all", "high"),
    ("been thinking abt killin myself", "high"),
    ("thinking about ending it with Tom, he's so controlling", "none"),
    ("wish i wasnt alive", "high"),
    ("wish I weren't born", "high"),
    ("i shouldnt be alive", "high"),
    ("i dont deserve to live", "high"),
    ("I shouldn't be here, I'm meant to be at work", "none"),
    ("sick of being alive", "high"),
    ("fed up with living", "high"),
    ("sick of living in London", "none"),
    ("it'd be better if i was never born", "high"),
    ("i think everyone would be relieved if i died", "high"),
    ("they'd be relieved if I was gone for the weekend", "none"),
    ("i've been planning how to kill myself", "imminent"),
    ("worked out when i'll do it", "imminent"),
    ("i cut really deep tonight", "high"),
    ("his words cut deep", "none"),
    ("i'm done. i can't anymore. bye everyone", "imminent"),
    ("bye everyone, see you at 6!", "none"),
    ("I want out.", "moderate"),
    ("i want out of this job", "none"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND4_EN_TEXT_SPEAK)
def test_round4_en_text_speak_and_synonyms(text: str, expected: str) -> None:
    assert level(text) == expected, cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "we stayed in bed until 3pm on Sunday, lovely lazy day",
        "I've given up trying to fix the printer",
        "i'm always on my own at lunch but I like the quiet",
        "I know how I'd do it if I were the director",
        "She's 15 now, can you believe it! Growing up so fast",
        "I gave my old guitar to my cousin today, he's learning",
    ],
)
def test_round4_en_everyday_counterparts_stay_below_moderate(text: str) -> None:
    assert level(text) in ("none", "low"), cues(text)


def test_round4_en_an_aunt_giving_her_nieces_age_is_not_a_parent() -> None:
    assert level("My niece told me she wants to die. She's 15.") == "low"
    assert level("Ella told me tonight she wants to die. She's 15.") == "high"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parent's report in the third person is the patient's state
        ("we found fresh cuts on our daughter's legs this morning", "high"),
        ("My son told me he wishes he was dead", "high"),
        ("Our son said the family would be better off without him", "high"),
        ("our daughter has been drinking in her room most nights", "moderate"),
        ("My daughter says she can't see the point in anything", "moderate"),
        # someone else's (not the sender's child)
        ("my sister wishes she was dead, I don't know what to do", "low"),
        # low since the retraining of 2026-11-27 with 30 authors (threshold 0.75): the
        # net's cue, lowered by the context (someone else's)
        ("she'd be better off without him honestly", "low"),
        ("drinking water every day has really helped", "none"),
    ],
)
def test_round4_en_parent_reports_in_the_third_person(text: str, expected: str) -> None:
    assert level(text) == expected, cues(text)
