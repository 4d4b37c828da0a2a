"""Italian rule families behind the misses and false alarms of blind round 7.

False alarms (the issue's target: no idiom or quoted line reaches high): all the drops taken
along to the mountains ("me la porto in montagna così non resto senza"); pills put aside for a
trip, "enough for three weeks"; "grazie di tutto... non dovrà più preoccuparsi per me: parto per
Lisbona con l'Erasmus!" (the net read it high: a weak farewell lowered by the departure now keeps
the net out); "dormire e non svegliarmi più fino a lunedì". Someone else's decision told to the
sender ("mio fratello mi ha scritto che ha deciso, che domattina va al ponte") and a negated
Neapolitan thought of jumping ("nun penzavo 'e me jettà abbascio"), both read high by the net:
the rule cue, lowered by its context, keeps the net out. Misses: the Neapolitan thought itself,
texting "vorrei solo nn esserci +", going to the lagoon by boat "e no torno pì" (Venetian), a
calm decision with the father's hunting rifle in the cellar and a day ("sabato avrò finito").

Each family is tested on fictional paraphrases that are NOT in the corpus (other tenses,
persons, days, means, dialect and texting spellings without accents) and on texts sharing its
words with the other reading (the risk version that must keep its level for a false alarm;
negated, someone else's, everyday for a miss). The corpus items themselves are measured by
bench/analysis_eval.py; these tests keep the families general.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    family_cases,
    family_tests,
    level,
    signals,
)

# family -> (paraphrases below high, risk versions that keep high), each with its level
FALSE_ALARMS: Families = {
    # all the drops or pills picked up ("ho preso" = took along) and carried on a trip ('me la porto in
    # montagna', 'così non resto senza'); not the act with no trip, or a trip of no return
    "pills_taken_along": (
        [
            (
                "ho preso tutte le pastiglie che avevo, la scatola intera me la porto al mare così non resto senza",
                "none",
            ),
            ("ho preso tutte le gocce della boccetta, me le porto dietro in campeggio", "none"),
            (
                "abbiamo preso tutte le compresse che c'erano, ce le portiamo in montagna cosi nn restiamo senza",
                "none",
            ),
            (
                "Ho preso tutte le pillole che mi restavano e me le sono portata in vacanza dai nonni.",
                "none",
            ),
            (
                "ho preso tutti i farmaci che avevo, li porto con me a Londra cosi non rimango senza",
                "none",
            ),
        ],
        [
            ("ho preso tutte le gocce che avevo, la boccetta intera. mi gira la testa", "imminent"),
            (
                "ho preso tutte le pastiglie che avevo, me le porto via per sempre. addio",
                "imminent",
            ),
            (
                "Ho preso tutte le pillole che avevo. Scusami, non volevo che finisse così.",
                "imminent",
            ),
            ("ho preso tutte le compresse, la scatola intera, mi sento strana", "imminent"),
        ],
    ),
    # pills put aside for a trip, 'enough for three weeks' (a stock for the stay); not 'enough' to die
    "pills_stocked_for_the_stay": (
        [
            (
                "sto mettendo da parte le pillole per le vacanze in Grecia, adesso ne ho abbastanza per due settimane",
                "none",
            ),
            (
                "Ho messo da parte le compresse per il viaggio, ne ho abbastanza per un mese.",
                "none",
            ),
            (
                "metto da parte le pastiglie per l'erasmus, cosi ne ho abbastanza per tutto il semestre",
                "none",
            ),
            (
                "Da settimane metto da parte le medicine per la trasferta in Cina: ora ne ho abbastanza per tre settimane.",
                "none",
            ),
            (
                "mettevo da parte le pillole x il viaggio, adesso ne ho abbastanza per 20 giorni",
                "none",
            ),
        ],
        [
            (
                "metto da parte le pastiglie invece di prenderle, adesso ne ho abbastanza per farla finita",
                "imminent",
            ),
            (
                "Da un mese metto da parte le pillole. Adesso ne ho abbastanza. Ho deciso.",
                "imminent",
            ),
            (
                "sto mettendo da parte le compresse, ne ho abbastanza per non svegliarmi più",
                "imminent",
            ),
            (
                "ho messo da parte le pastiglie per il viaggio, quello senza ritorno: ne ho abbastanza per morire",
                "imminent",
            ),
        ],
    ),
    # 'non dovrà più preoccuparsi per me' (a weak farewell) because of a departure with a future
    # (Erasmus, a job, a move): the idiom keeps the net out; with no departure, or one of no
    # return, the net (or a farewell) keeps it high
    "no_more_worry_leaving": (
        [
            (
                "Grazie di tutto, prof! Da settembre non dovrà più preoccuparsi per me, inizio l'università a Bologna.",
                "none",
            ),
            (
                "grazie x tutto, da lunedi nn dovrai + preoccuparti x me: mi trasferisco a Milano!",
                "none",
            ),
            (
                "Mamma, grazie di tutto: non dovrete più preoccuparvi per me, ho trovato lavoro a Torino!",
                "none",
            ),
            (
                "Dottoressa, grazie di tutto. Non dovrà più preoccuparsi per me: parto per Dublino con una borsa di studio!",
                "none",
            ),
            (
                "grazie di tutto dotto, nn dovra piu stare in pensiero per me perche parto per l'erasmus a Valencia",
                "none",
            ),
        ],
        [
            (
                "Dottore, grazie di tutto. Da domani non dovrà più preoccuparsi per me. Ciao.",
                "high",
            ),
            (
                "Grazie di tutto dottoressa. Non dovrai più preoccuparti per me: parto e non torno.",
                "high",
            ),
            ("Non dovrete più preoccuparvi per me. Grazie di tutto, vi voglio bene.", "imminent"),
            (
                "grazie di tutto. da stanotte nn dovrai + preoccuparti x me, parto per sempre",
                "high",
            ),
        ],
    ),
    # 'dormire e non svegliarmi più fino a lunedì': sleeping through a busy week, not death
    "sleep_until_a_day": (
        [
            ("vorrei addormentarmi e nn svegliarmi + fino a venerdi, troppi esami", "none"),
            ("Voglio dormire e non svegliarmi più fino al weekend: settimana infernale.", "none"),
            ("stanotte vorrei dormire e non risvegliarmi fino a mezzogiorno", "none"),
            (
                "Vorrei dormire e non svegliarmi più fino alla fine del trasloco, che stanchezza!",
                "none",
            ),
            ("Mio marito vorrebbe dormire e non svegliarsi più fino a domenica, poverino.", "none"),
        ],
        [
            ("Vorrei dormire e non svegliarmi più. Almeno smetterei di soffrire.", "high"),
            ("vorrei dormire e non svegliarmi più fino a quando tutto questo finisce", "high"),
            ("vorrei addormentarmi e non svegliarmi più, fino a domani non reggo", "high"),
            ("voglio dormire e nn svegliarmi + e basta", "high"),
        ],
    ),
    # someone else's decision and bridge told to the sender (the net read it high): someone
    # else's plan, low; the sender's own decision keeps its level
    "someone_elses_decision_told": (
        [
            (
                "Mia sorella mi ha detto che ha deciso, stanotte sale sul tetto del palazzo. Sono con lei adesso.",
                "low",
            ),
            (
                "il mio migliore amico mi ha scritto che aveva deciso e che andava al ponte, l'abbiamo fermato in tempo",
                "low",
            ),
            (
                "Mia cugina mi ha scritto che ha deciso: domani va alla diga. Ho chiamato il 118.",
                "low",
            ),
            (
                "mio padre mi ha detto che ha deciso, stasera sale sul tetto. sto andando da lui",
                "low",
            ),
            (
                "Mio fratello stamattina mi ha scritto che ha deciso, che stasera va sul viadotto. Adesso siamo in ospedale con lui.",
                "low",
            ),
        ],
        [
            ("Ho deciso. Domani vado al ponte della ferrovia. Grazie di tutto.", "imminent"),
            ("ho deciso, stanotte salgo sul tetto. addio", "imminent"),
            (
                "Ho deciso: stasera vado sul viadotto e non torno. Volevo solo ringraziarla.",
                "imminent",
            ),
            ("e deciso, domattina vado al ponte. nn cercatemi", "imminent"),
        ],
    ),
    # Neapolitan 'nun penzavo 'e me jettà abbascio': a negated thought of jumping (the net read it
    # high); 'nun' is a negation
    "not_thinking_of_jumping_nap": (
        [
            (
                "Dotto', nun ve preoccupate: stanotte nun penzavo 'e me jettà abbascio, stevo sulo a fumà.",
                "low",
            ),
            ("nun penzo 'e me jettà abbascio, stongo meglio", "low"),
            ("Dotto', stateve tranquillo, nun penzavo 'e me jettà abbascio", "low"),
            (
                "aieressera 'ncopp' 'o balcone nun penzavo e me jetta abbascio, guardavo 'e stelle",
                "low",
            ),
        ],
        [
            ("Dotto' nun ce la faccio cchiù, stanotte penzavo 'e me jettà abbascio.", "high"),
            ("aieressera 'ncopp' 'o balcone penzavo 'e me jettà abbascio", "high"),
            ("nun dormo, tengo genio 'e me jettà abbascio", "high"),
            ("stanotte vurria me jettà abbascio, nun ne pozzo cchiù", "high"),
        ],
    ),
}

# family -> (paraphrases at high/imminent, counterparts below high), each with its level
MISSES: Families = {
    # a bare decision, then a gun at hand and a day or a goodbye (calm, formal); not a gun sold,
    # handed in, taken to a range or left home in a hunting season
    "decision_and_the_gun": (
        [
            (
                "Ho deciso. La pistola di mio marito è nel cassetto e domani sarà tutto finito.",
                "imminent",
            ),
            (
                "ho preso la mia decisione. il fucile del nonno è in soffitta, stanotte. non mi cerchi",
                "imminent",
            ),
            (
                "La decisione è presa: la doppietta è in garage e sabato avrò finito tutto. Grazie di tutto.",
                "imminent",
            ),
            (
                "Ho già deciso, dottore. Il fucile di mio padre è ancora in cantina e domenica, "
                "dopo pranzo, sarà finita. La ringrazio.",
                "imminent",
            ),
            ("e deciso. la beretta è nel comodino, stasera. nn mi chiami", "imminent"),
        ],
        [
            ("Ho deciso: vendo il fucile da caccia di mio padre, sabato viene l'armaiolo.", "none"),
            (
                "Ho preso la mia decisione. Il fucile di mio padre lo consegno ai carabinieri sabato.",
                "none",
            ),
            ("Mio zio ha deciso. Il fucile è in cantina e sabato va a caccia.", "none"),
            ("Ho deciso. Sabato porto il fucile al poligono per la gara.", "none"),
            (
                "Ho deciso. Domani la pistola del nonno la porto dal notaio, grazie di tutto",
                "none",
            ),
            (
                "Ho deciso: quest'anno niente caccia, il fucile resta in cantina fino a domenica.",
                "none",
            ),
        ],
    ),
    # Neapolitan: the thought of throwing oneself down ('penzavo 'e me jettà abbascio')
    "thought_of_jumping_nap": (
        [
            (
                "Dotto' nun ce la faccio cchiù. Stanotte 'ncopp' 'o balcone penzavo 'e me jettà abbascio.",
                "high",
            ),
            ("dotto', stasera penzo 'e me jettà abbascio, nun ce 'a faccio", "high"),
            ("aiere sera vurria me jettà abbascio", "high"),
            ("Dotto' aieressera penzavo e me jetta abbascio, nun aggio durmuto", "high"),
            ("tengo genio 'e me jettà abbascio d'o balcone", "high"),
        ],
        [
            ("nun penzo 'e me jettà abbascio, stongo meglio", "low"),
            ("mio frate penzava 'e se jettà abbascio, l'aggio fermato", "none"),
            ("penzavo 'e me jettà 'ncopp' 'o divano, so' stanco", "none"),
            ("'o guaglione vuleva jettà 'o pallone abbascio", "none"),
            ("penzavo 'e jettà 'a munnezza abbascio", "none"),
        ],
    ),
    # texting 'vorrei solo nn esserci +' (+ = più): a wish to be dead; not 'nn esserci + in ufficio'
    "wish_not_to_be_here_sms": (
        [
            ("nn ne posso + di sta vita... vorrei solo nn esserci +", "high"),
            ("vorrei solo nn esserci + 😂😂", "high"),
            ("voglio solo nn esserci +. basta", "high"),
            ("nn ce la faccio, vorrei davvero nn esserci +", "high"),
            ("preferirei nn esserci +, scusa", "high"),
        ],
        [
            ("nn ne posso + di sta pioggia... vorrei solo nn esserci + in ufficio", "none"),
            ("vorrei solo nn esserci + al lavoro domani", "none"),
            ("vorrei nn esserci + a quelle cene di famiglia", "none"),
            ("Vorrei non esserci sabato alla riunione, si può spostare?", "none"),
            ("vorrei solo nn esserci + in palestra domani, che fatica", "none"),
        ],
    ),
    # going to the lagoon, the sea, the lake by boat and not coming back (Venetian 'no torno pì');
    # not back before dawn, not back to an office
    "gone_to_the_water": (
        [
            ("Dotor, go deciso. Stanote vago in laguna co la barca e no torno pì.", "imminent"),
            ("stasera vado al lago co la barca e no torno pi", "imminent"),
            ("Stanotte vado in mare con la barca e non torno più. Grazie di tutto.", "imminent"),
            ("domani vado al fiume col gommone e non torno più", "imminent"),
            ("stanote vado in laguna e no torno mai piu, grassie de tuto", "imminent"),
        ],
        [
            ("stanotte vado in laguna co' la barca a pescare e no torno prima dell'alba", "none"),
            ("vado al mare in barca e non torno più a lavorare in ufficio, mi licenzio!", "none"),
            ("mio fradeo va in laguna co la barca e no torna pi, go paura", "none"),
            ("stasera vado al lago con la barca, non torno tardi", "none"),
            ("anni fa andavo in laguna co la barca e pensavo de no tornar pì, ora sto ben", "none"),
        ],
    ),
}


(
    test_miss_paraphrase_reads_its_level,
    test_miss_counterpart_stays_below_high,
    test_false_alarm_paraphrase_stays_below_high,
    test_false_alarm_risk_version_keeps_its_level,
) = family_tests(MISSES, FALSE_ALARMS)


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    [c for c in family_cases(FALSE_ALARMS, 0) if c[0] != "pills_stocked_for_the_stay"],
)
def test_false_alarm_paraphrase_keeps_its_cue_as_evidence(
    family: str, text: str, expected: str
) -> None:
    # a modifier lowers, it never hides: the lowered cue (or the idiom) is in the evidence
    assert any(c.modifiers for c in read_message(text).risk.evidence), family


@pytest.mark.parametrize("text", [t for t, _e in FALSE_ALARMS["pills_taken_along"][0]])
def test_pills_taken_along_are_not_self_harm(text: str) -> None:
    got = signals(text)
    assert "self_harm" not in got and "suicidal_ideation" not in got, got


@pytest.mark.parametrize("text", [t for t, _e in MISSES["thought_of_jumping_nap"][0]])
def test_thought_of_jumping_is_suicidal_ideation(text: str) -> None:
    assert "suicidal_ideation" in signals(text), read_message(text).risk.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Grazie di tutto, dottoressa: sto bene e non dovrà più preoccuparsi per me!",
        "grazie di tutto! ora sto bene, nn dovrai + preoccuparti per me",
        "Grazie di tutto. Ho trovato un lavoro e una casa, non dovrà più preoccuparsi per me.",
        "Ultima seduta oggi. Grazie di tutto, non dovrà più preoccuparsi per me :)",
    ],
)
def test_end_of_therapy_thanks_is_not_a_farewell(text: str) -> None:
    # "non dovrà più preoccuparsi per me" is a farewell only before a departure that lowers it
    assert level(text) == "none", read_message(text).risk.evidence


def test_nun_is_a_negation() -> None:
    assert level("nun penzo 'e me jettà abbascio") == "low"
    assert level("penzo 'e me jettà abbascio") == "high"
    # an English nun is not a negation
    assert level("I told the nun I want to die") == "high"


def test_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FALSE_ALARMS, 4, 4)
    assert_family_sizes(MISSES, 5, 5)
