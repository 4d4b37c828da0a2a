"""Italian rule families behind the misses and false alarms of blind round 6.

Misses: a bare decision next to "the last day" with no object ("Ho deciso. Domani è l'ultimo
giorno"), with "non cerchi di farmi cambiare idea" and a goodbye; a method thought of at the
wheel ("ho pensato che basterebbe girare il volante un attimo"); the polite imperfect of a
message ("volevo solo salutarla") read as the past. False alarms: sleeping pills picked up
("ho preso", to pick up) and packed for a trip; a historical figure's suicide as the topic of a
class ("oggi a storia abbiamo parlato del suicidio di Cleopatra"); the anxiety the therapy helped
with read as a present low mood ("grazie per avermi aiutato con l'ansia"). Signals: a theft told
with a laugh is a valence shift (not masked distress); "mi chiama?" asks for support.

Each family is tested on fictional paraphrases that are NOT in the corpus (other tenses,
persons, days, means, spellings without accents, texting forms such as "nn", "x", "ke") and
on texts sharing its words with the other reading (negated, quoted, someone else's, past,
everyday; or, for a false alarm, the risk version that must keep its level). The corpus items
themselves are measured by bench/analysis_eval.py; these tests keep the families general.
"""

from __future__ import annotations

import pytest

from scripta.analysis import context, read_message
from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    assert_stays_below_high,
    family_cases,
    family_tests,
    level,
    lowered_keeps_its_cue_test,
    signal_family_tests,
    signals,
)
from scripta.analysis.text import fold

# family -> (paraphrases at high/imminent, counterparts below high), each with its level
MISSES: Families = {
    # a bare decision and "the last day" with no object, or the last day and a goodbye (weak
    # farewells that count together); not the last day of a job, a school, a habit or a stay
    "decision_and_the_last_day": (
        [
            ("ho deciso. sabato è l'ultimo giorno. nn cercare di farmi cambiare idea", "imminent"),
            (
                "Domani sarà il mio ultimo giorno, ho deciso. Volevo solo ringraziarti di tutto.",
                "imminent",
            ),
            (
                "Oggi è l'ultimo giorno. Non provate a convincermi, volevo solo salutarvi.",
                "imminent",
            ),
            (
                "La decisione è presa: domani è l'ultimo giorno. Grazie di tutto, dottoressa.",
                "imminent",
            ),
            ("domani e l ultimo giorno. volevo solo salutarla e dirle grazie x tutto", "imminent"),
            (
                "Ho già deciso, venerdì è il mio ultimo giorno. Non cerchi di farmi cambiare idea.",
                "imminent",
            ),
        ],
        [
            (
                "Ho deciso: domani è l'ultimo giorno che fumo. Non cercare di farmi cambiare idea!",
                "none",
            ),
            (
                "Domani è l'ultimo giorno di lavoro prima della pensione, volevo solo salutarla e dirle grazie",
                "none",
            ),
            (
                "Ho deciso. Domani è l'ultimo giorno, poi parto per l'Australia. Non cerchi di farmi cambiare idea!",
                "none",
            ),
            (
                "Mia sorella ha deciso: domani è il suo ultimo giorno in azienda, non cerca di farsi cambiare idea.",
                "none",
            ),
            (
                "Oggi è l'ultimo giorno, domani si riparte per Torino. Volevo salutarti e dirti grazie!",
                "none",
            ),
            (
                "Ho deciso. Domani è l'ultimo giorno dei saldi, non cercare di farmi cambiare idea: compro il cappotto",
                "none",
            ),
            (
                "Due anni fa le avevo scritto: ho deciso, domani è l'ultimo giorno. Ne abbiamo parlato tanto in seduta.",
                "low",
            ),
            # the learned net reads this one high (see readings.NET_FALSE_ALARMS): the rules do not
            (
                "Ho deciso di lasciare la terapia. Non cerchi di farmi cambiare idea, volevo solo salutarla e dirle grazie.",
                "none",
            ),
        ],
    ),
    # a method thought of at the wheel: "basterebbe girare il volante", "un colpo di volante",
    # "una sterzata"; not a manoeuvre (parking, a pothole, the driving lesson)
    "a_turn_of_the_wheel": (
        [
            ("stamattina in tangenziale ho pensato che basterebbe sterzare un attimo", "high"),
            ("ogni volta che guido sul viadotto penso che mi basterebbe girare il volante", "high"),
            (
                "mentre tornavo dal lavoro mi è venuto in mente che basterebbe un colpo di volante. succede spesso",
                "high",
            ),
            (
                "stamattina in autostrada pensavo ke basterebbe mollare il volante x un secondo",
                "high",
            ),
            ("guidando verso casa ho pensato: basterebbe una sterzata e via", "high"),
            (
                "basterebbe girare il volante verso il pilone, ci penso ogni volta che passo di lì",
                "high",
            ),
            ("sul ponte ho pensato che sarebbe facile girare il volante di colpo", "high"),
        ],
        [
            (
                "per parcheggiare basterebbe girare il volante tutto a destra, ma non ci riesco",
                "none",
            ),
            ("non ho mai pensato che basterebbe girare il volante, guido tranquilla", "low"),
            ("ho pensato che basterebbe girare il volante per evitare la buca, e infatti", "none"),
            ("nel film il protagonista pensa che basterebbe girare il volante", "none"),
            ("anni fa pensavo che basterebbe girare il volante, adesso sto bene", "low"),
            ("l'istruttore dice che basterebbe girare il volante un attimo prima in curva", "none"),
            (
                "mio fratello mi ha confidato che in autostrada ha pensato che basterebbe girare il volante",
                "low",
            ),
        ],
    ),
    # "volevo solo dirle addio": the polite imperfect of a message is present, not the past
    "polite_imperfect_is_present": (
        [
            ("Volevo solo dirle addio, non ce la faccio più.", "imminent"),
            ("Volevo soltanto dirvi addio. Non vedo nessuna via d'uscita.", "imminent"),
            ("volevo giusto salutarti per l'ultima volta, nn ce la faccio +", "imminent"),
            ("volevo solo dirti addio, sono stanca di lottare", "imminent"),
            ("volevo solo dirvi addio. tanto nn cambierà mai niente", "imminent"),
        ],
        [
            (
                "L'anno scorso volevo solo dirle addio, non ce la facevo più. Adesso sto bene.",
                "low",
            ),
            ("Quando ero piccola volevo solo dire addio a tutti e sparire", "low"),
            (
                "Mia madre voleva solo dirle addio, non ce la fa più con la malattia del nonno",
                "low",
            ),
            ("Volevo solo dirle addio prima delle ferie, ci vediamo a settembre!", "none"),
            ("Volevo solo dirle che non ce la faccio più.", "moderate"),
        ],
    ),
}

# family -> (everyday paraphrases below high, risk versions keeping high), each with its level
FALSE_ALARMS: Families = {
    # "ho preso" as "picked up": the pills packed in a bag or taken along for a trip
    "pills_packed_for_a_trip": (
        [
            (
                "ho preso tutte le pillole per dormire e le ho messe nello zaino, domani si parte per il campo scout",
                "none",
            ),
            (
                "Ho preso tutti i miei farmaci e li ho infilati nel trolley. Grazie di tutto e buone feste!",
                "none",
            ),
            (
                "preso tutte le gocce x il viaggio, grazie di tutto dottoressa, ci sentiamo al ritorno",
                "none",
            ),
            (
                "mia madre ha preso tutte le sue pastiglie e le ha messe in valigia, partiamo domani",
                "none",
            ),
            (
                "Ho preso tutte le compresse che avevo e le ho sistemate nel beauty per la trasferta.",
                "none",
            ),
        ],
        [
            ("Ho preso tutte le pastiglie per dormire che avevo. Grazie di tutto.", "imminent"),
            (
                "ho preso tutte le pillole che avevo e le ho mandate giù con il vino. grazie di tutto",
                "imminent",
            ),
            (
                "Ho preso tutte le pastiglie e le ho messe in borsa, così stanotte le prendo. Addio",
                "imminent",
            ),
            (
                "ho preso tutte le gocce che avevo. volevo solo salutarti per l'ultima volta",
                "imminent",
            ),
        ],
    ),
    # a historical or literary figure's suicide as the topic of a class: a mention (quoted)
    "a_figures_suicide_in_class": (
        [
            ("a latino stiamo facendo il suicidio di Seneca, domani c'è la verifica", "none"),
            (
                "oggi a religione la prof ha spiegato il suicidio di Giuda e nessuno l'ascoltava",
                "none",
            ),
            ("domani interrogazione di storia sul suicidio di Hitler nel bunker, aiuto", "none"),
            (
                "ogg a letteratura abbiamo letto del suicidio di Jacopo Ortis e tt sbadigliavano",
                "none",
            ),
            ("x storia dell'arte dobbiamo studiare il suicidio di Van Gogh, che palle", "none"),
            ("a epica il prof ci ha raccontato il suicidio di Aiace 😂", "none"),
            # a classmate's suicide is someone else's (low), not a topic of study
            ("in classe hanno parlato del suicidio di un compagno, sono sconvolta", "low"),
        ],
        [
            ("oggi a storia parlavano del suicidio e io ci penso da settimane", "high"),
            ("dopo la verifica di storia ho pensato al suicidio tutto il pomeriggio", "high"),
            ("a latino abbiamo letto Seneca e da allora penso al suicidio ogni sera", "high"),
            (
                "oggi a storia abbiamo parlato del suicidio di Cleopatra. io ci penso ogni giorno al suicidio",
                "high",
            ),
            ("a storia si parlava di suicidio e io ho pensato che vorrei morire anch'io", "high"),
        ],
    ),
}

# family -> (paraphrases, counterparts), each with its level (all below high): the anxiety the
# therapy helped with is not a present low mood ("grazie per avermi aiutato con l'ansia")
LOW_READINGS: Families = {
    "anxiety_helped_is_past": (
        [
            ("grazie per avermi aiutata con l'ansia, oggi esame superato!", "none"),
            ("la patente è presa, grazie x avermi aiutato a gestire l'ansia", "none"),
            ("mi hai aiutata davvero con l'angoscia di quei mesi, grazie di cuore", "none"),
            ("volevo ringraziarla, mi ha aiutato tanto con la mia depressione", "none"),
        ],
        [
            ("grazie per avermi aiutato con l'ansia, ma stasera è tornata fortissima", "low"),
            ("mi aiuti con l'ansia? oggi non respiro", "low"),
            ("mi avete aiutato con l'ansia, però da ieri è di nuovo forte", "low"),
            ("l'ansia è tornata, grazie comunque per avermi aiutato", "low"),
        ],
    ),
}

# signal -> (texts that carry it, texts sharing its words that do not)
SIGNAL_FAMILIES: dict[str, tuple[str, list[str], list[str]]] = {
    # robbed, told with a laugh: irritation against the emoticon (a shift, not masked distress)
    "robbed_with_a_laugh": (
        "valence_shift",
        [
            "mi hanno rubato il portafoglio in metro 😂 che fortuna",
            "ci hanno rubato la macchina sotto casa :) benissimo",
            "rubata la bici per la terza volta 😂 adoro questa città",
            "mi hanno rubato il telefono al concerto 😂😂",
        ],
        [
            "Luca mi ha rubato il cuore 😍",
            "mi hanno ridato la bici che mi avevano rubato 😊 che gioia",
            "ho ritrovato la bici rubata!! 😊",
            "mi hanno rubato la bici, che rabbia 😠",
        ],
    ),
    # "mi chiama?": a call asked for in the polite form
    "polite_call_me_question": (
        "support_request",
        [
            "ho una voglia fortissima di farmi male. mi chiama?",
            "sono la mamma di Sara, è chiusa in bagno da un'ora. ci chiama?",
            "nn riesco a calmarmi, mi chiama per favore?",
            "ho un attacco di panico in ufficio, mi telefona appena può?",
            "Lei mi chiama? ho paura",
        ],
        [
            "chi mi chiama? numero sconosciuto da stamattina",
            "per spostare l'appuntamento di giovedì mi richiama?",
            "la farmacia mi chiama? devo ritirare la ricetta",
            "mi chiama Marta, non Maria?",
        ],
    ),
}


(
    test_miss_paraphrase_reads_its_level,
    test_miss_counterpart_stays_below_high,
    test_false_alarm_paraphrase_stays_below_high,
    test_false_alarm_risk_version_keeps_its_level,
) = family_tests(MISSES, FALSE_ALARMS)


test_false_alarm_paraphrase_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(FALSE_ALARMS)


@pytest.mark.parametrize(
    ("family", "text", "expected"), family_cases(LOW_READINGS, 0) + family_cases(LOW_READINGS, 1)
)
def test_low_reading_family_reads_its_level(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


test_signal_family_raises_its_signal, test_signal_family_counterpart_has_no_signal = (
    signal_family_tests(SIGNAL_FAMILIES)
)


@pytest.mark.parametrize("text", [t for t in SIGNAL_FAMILIES["robbed_with_a_laugh"][1]])
def test_robbed_with_a_laugh_is_not_masked_distress(text: str) -> None:
    # irritation, not distress: the shift does not raise the risk
    assert level(text) == "none", read_message(text).risk.evidence


def test_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(MISSES, 5, 5)
    assert_family_sizes(FALSE_ALARMS, 5, 4)
    assert_family_sizes(LOW_READINGS, 4, 4)
    for name, (_code, on, off) in SIGNAL_FAMILIES.items():
        assert len(on) >= 4 and len(off) >= 4, name


@pytest.mark.parametrize("text", [t for t, _e in MISSES["a_turn_of_the_wheel"][0]])
def test_turn_of_the_wheel_is_suicidal_ideation(text: str) -> None:
    assert "suicidal_ideation" in signals(text), read_message(text).risk.evidence


@pytest.mark.parametrize("text", [t for t, _e in FALSE_ALARMS["pills_packed_for_a_trip"][0]])
def test_pills_packed_are_not_self_harm(text: str) -> None:
    got = signals(text)
    assert "self_harm" not in got and "suicidal_ideation" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "volevo solo salutarla e dirle grazie",
        "Volevo soltanto dirle che oggi va meglio",
        "volevo giusto ringraziarla di tutto",
        "volevo anche farle sapere che ho dormito",
    ],
)
def test_polite_imperfect_is_not_past(text: str) -> None:
    folded = fold(text)
    assert "past" not in context.modifiers(folded, 0, len(folded), False, False)


@pytest.mark.parametrize(
    "text",
    ["volevo morire", "volevo solo sparire", "volevo farla finita", "pensavo di farla finita"],
)
def test_other_imperfects_stay_past(text: str) -> None:
    # the imperfect of a wish, not of the message itself ("a marzo" has no recent marker)
    folded = fold(text)
    assert "past" in context.modifiers(folded, 0, len(folded), False, False)
