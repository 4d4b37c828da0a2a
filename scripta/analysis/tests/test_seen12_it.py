"""Italian rule families behind the misreadings of the seen round-12 texts (written blind, spent into dev
after round 13, never tuned on before).

Misses (high or imminent read below high): the way to a viaduct told in Sicilian with a time and "nun
mi circati" after the keys of a lorry handed over (no rule read the regional verbs, the place, or the
Sicilian "don't look for me" that far from it); "non mi vedo arrivare ai trent'anni" (a foreshortened
life, no rule; its emoticon version was also read as a quote, "non è una frase a effetto" taken for a
line of a film); the lethal dose looked up by its unit ("quanti milligrammi della mia sertralina ci
vorrebbero per non svegliarsi": no rule, and "durante la lezione di diritto" made the sentence a
lesson's topic); a partner writing with the patient's permission ("sono Marta, la compagna di Davide":
an Italian partner was not a proxy, and no rule read the wish in the third person). Levels: an
overdose found by the husband (imminent: the third-person act with a proxy), a cut that keeps
bleeding in texting forms ("nn smette d sanguinare"), regional and texting withdrawal ("so' tre
giorni che nun esco de casa", "ho spento il tel a tutti", "sono due giorni che non mangio e che sto a
letto"), Venetian "no ghe la fasso più". Idiom lines raised: sleeping drops "taken" into a suitcase,
paracetamol bought in two chemists for a shortage, a goodbye with the move to Lisbon named, a vase
dropped on a neighbour from the balcony, a rally simulator. False alarms: an age in words ("a
diciannove anni", the past), an overdose and an attempt seen in the emergency room, a film shown "al
cineforum del quartiere". Left: see the report of the branch (a negated prayer read by the net, a
friend's farewell letter reported by a mother, levels of other persons and of hypotheses).

Each family is tested on fictional paraphrases that are NOT in the corpus (other regions, places,
medicines, games) and on texts sharing its words with the other reading (the crisis version that must
keep its level for an over-reading; everyday versions for a miss). The corpus items themselves are
measured by bench/analysis_eval.py.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    family_tests,
    level,
    lowered_keeps_its_cue_test,
    signals,
)

# family -> (paraphrases at their level, counterparts below high), each with its level
MISSES: Families = {
    "regional_way_to_a_height_then_dont_look_for_me": (
        [
            (
                "Duttù stanotti vaju o ponti da ferrovia, u motorino u lassai a me frati. Nun mi circati.",
                "imminent",
            ),
            (
                "domani all'alba vado al viadotto della A1, le chiavi della macchina le ho lasciate a mia sorella. Non mi cercate.",
                "imminent",
            ),
            (
                "stasira vaju o viadottu da tangenziale, i soldi ci li lassai a me mugghieri. Un mi circati chiu.",
                "imminent",
            ),
            (
                "dumani matina vaju o pontu, u telefono u lassai a casa. Nun mi circati, è megghiu accussì.",
                "imminent",
            ),
        ],
        [
            (
                "dumani all'alba vaju o ponti a piscari cu me cugnatu, nun mi circati ca nun c'è campo",
                "none",
            ),
            (
                "dumani all'alba vaju o viadottu pi travagghiu, i chiavi do camion ci li lassai o capu. Nun mi circati prima de deci.",
                "none",
            ),
            ("stasira vaju o molo cu l'amici, nun mi circati ca haiu u telefono scarico", "none"),
            (
                "stasira vaju o ponti cu me frati a vidiri i fochi, nun mi circati fino a mezzanotti",
                "none",
            ),
        ],
    ),
    "not_seeing_oneself_reach_an_age": (
        [
            ("non mi vedo arrivare ai quarant'anni, proprio non ci sarò.", "high"),
            ("Non mi ci vedo ad arrivare ai 25. Lo so e basta.", "high"),
            ("onestamente non mi vedo arrivare al prossimo anno", "high"),
            ("Non mi vedo arrivare ai trent'anni 😂 non è una frase fatta.", "high"),
        ],
        [
            ("non mi vedo arrivare ai trent'anni senza un lavoro fisso", "none"),
            ("non mi vedo arrivare a fine mese con questo stipendio", "none"),
            ("non vedo l'ora di arrivare ai trent'anni, dicono che si sta meglio", "none"),
            ("non mi vedo arrivare al prossimo anno ancora in questo ufficio", "none"),
        ],
    ),
    "lethal_dose_looked_up_by_unit": (
        [
            (
                "Ieri notte ho cercato quanti milligrammi di xanax ci vorrebbero per non svegliarsi più. Poi ho chiuso tutto, ma ci penso ancora anche durante la lezione di storia.",
                "high",
            ),
            ("ho cercato su google quante gocce di en servono per non risvegliarsi", "high"),
            ("ho guardato quanti mg di tachipirina sono letali", "high"),
            (
                "ho cercato online quanti grammi di paracetamolo basterebbero per non svegliarmi",
                "high",
            ),
        ],
        [
            ("ho cercato quanti milligrammi di melatonina ci vogliono per dormire bene", "none"),
            ("ho cercato quanti grammi di farina servono per la pizza di stasera", "none"),
            (
                "durante la lezione di diritto ho cercato quanti grammi di zucchero ci vogliono per la torta",
                "none",
            ),
            (
                "ho cercato quanti milligrammi di vitamina d servono per non ammalarsi d'inverno",
                "none",
            ),
        ],
    ),
    "a_partner_reports_the_patient": (
        [
            (
                "Buongiorno, sono Giulia, la moglie di Marco. Mi ha detto stanotte che spera di non svegliarsi più. Può chiamarlo?",
                "high",
            ),
            (
                "sono il compagno di Elisa, le scrivo con il suo permesso: da giorni mi dice che la sera prega di non svegliarsi",
                "high",
            ),
            (
                "Dottore, sono Anna la moglie di Piero, l'ho trovato in bagno, ha mandato giù non so quante pastiglie del suo sonnifero. Arriva l'ambulanza.",
                "imminent",
            ),
            (
                "sono Luca, il fidanzato di Sara. Ha preso tutte le sue gocce con il vino, l'ho trovata sul divano, sta arrivando il 118",
                "imminent",
            ),
        ],
        [
            (
                "la mia collega mi ha detto che spera di non svegliarsi più, sono preoccupata per lei",
                "low",
            ),
            (
                "sono la moglie di Marco, mi ha detto che spera di non svegliarsi presto domani, è in ferie",
                "none",
            ),
            (
                "sono il marito di Serena, le ho dato le sue pastiglie come da ricetta, volevo spostare l'appuntamento",
                "none",
            ),
            (
                "mia cugina ha mandato giù non so quante pastiglie l'anno scorso, ci penso spesso",
                "low",
            ),
        ],
    ),
    "a_cut_that_keeps_bleeding_in_texting_forms": (
        [
            ("mi sn tagliata sul braccio e nn smette d sanguinare", "imminent"),
            ("mi sn tagliata sulla coscia e nn smette d sanguinare, che faccio", "imminent"),
            ("mi sn tagliata troppo, nn smette d sanguinà", "imminent"),
            ("ho usato la lametta sul polso e nn la smette d sanguinare", "imminent"),
        ],
        [
            ("nn smette d piovere da stamattina, che noia", "none"),
            ("mi sn tagliata col coltello del pane sul pollice e nn smette d sanguinare", "none"),
            ("il cane del vicino nn smette d abbaiare", "none"),
            ("mi sono tagliata col coltello del pane sul pollice e nn smette d sanguinare", "none"),
        ],
    ),
    # the prayer to fall asleep and be taken ("prego di addormentarmi e che il Signore mi prenda"): a
    # passive wish to die; denied ("non prego più di..."), told of someone else, or a prayer for
    # strength is lowered or not read
    "a_prayer_to_fall_asleep_and_be_taken": (
        [
            ("ogni sera prego di addormentarmi e che il Signore mi prenda con sé", "high"),
            ("spero di dormire e che Dio mi porti via stanotte, così la rivedo", "high"),
            (
                "da quando è morto Pino prego sempre di prendere sonno e che la Madonna mi chiami a sé",
                "high",
            ),
            ("chiedo di addormentarmi e che il buon Dio mi prenda, non ne posso più", "high"),
        ],
        [
            (
                "non prego più di addormentarmi e che il Signore mi prenda, da quando vengo da lei",
                "low",
            ),
            (
                "mia madre prega di addormentarsi e che il Signore la prenda, sono in pena per lei",
                "low",
            ),
            ("prego di addormentarmi presto e che il Signore mi dia la forza", "none"),
            ("spero di dormire e che domani il capo mi prenda sul serio", "none"),
        ],
    ),
}

# family -> (over-readings that stay below high, risk versions that keep their level)
FALSE_ALARMS: Families = {
    "pills_taken_into_the_luggage": (
        [
            (
                "ho preso tutte le pastiglie per dormire e le ho messe nello zaino, domani si parte per il campeggio",
                "none",
            ),
            (
                "Ho preso tutti i miei farmaci, la scatola intera, e li ho messi in valigia per la crociera.",
                "none",
            ),
            (
                "ho preso tutte le gocce della mamma e le ho infilate nel borsone, stasera partiamo",
                "none",
            ),
            (
                "ho preso tutte le compresse che avevo e le ho sistemate nel beauty per il viaggio",
                "none",
            ),
        ],
        [
            (
                "ho preso tutte le pastiglie per dormire che avevo, adesso mi gira la testa",
                "imminent",
            ),
            ("ho preso tutte le gocce per dormire, la boccetta intera", "imminent"),
            ("ho preso tutte le pastiglie e la valigia è ancora lì, non partirò", "imminent"),
            ("ho preso tutte le compresse che avevo, non chiamare nessuno", "imminent"),
        ],
    ),
    "medicines_bought_in_two_chemists_for_a_shortage": (
        [
            (
                "ho comprato tre scatole di tachipirina in due farmacie diverse, perché la prima non ne aveva abbastanza per i bambini",
                "none",
            ),
            (
                "ho preso due confezioni di ibuprofene in farmacie diverse, visto che la mia era chiusa per ferie",
                "none",
            ),
            (
                "comprato quattro scatole di paracetamolo in più farmacie, perché la farmacia sotto casa ne aveva solo una",
                "none",
            ),
            (
                "ho comprato le scatole di aspirina in tre farmacie, perché nella prima c'era solo la versione effervescente",
                "none",
            ),
        ],
        [
            (
                "ho comprato quattro scatole di paracetamolo in due farmacie diverse, così nessuno chiedeva niente",
                "imminent",
            ),
            (
                "ho comprato scatole di tachipirina in farmacie diverse, perché la prima mi faceva domande",
                "imminent",
            ),
            (
                "ho comprato tre scatole di sonniferi in farmacie diverse. ora ne ho abbastanza",
                "imminent",
            ),
            (
                "comprato quattro scatole di paracetamolo in farmacie diverse, stasera le prendo tutte",
                "imminent",
            ),
        ],
    ),
    "a_goodbye_with_the_move_named": (
        [
            (
                "Volevo dirle grazie di tutto. Da lunedì non mi sentirà più perché mi trasferisco a Berlino per lavoro.",
                "none",
            ),
            (
                "grazie di tutto, dottoressa. non mi vedrà più perché vado a vivere in Australia con mia figlia",
                "none",
            ),
            (
                "Da domani non mi sentirà più perché parto per l'Erasmus, ho già sistemato tutto.",
                "none",
            ),
            (
                "grazie di tutto per questi anni, non ci sentiremo più perché emigro in Canada a gennaio",
                "none",
            ),
        ],
        [
            ("Volevo dirle grazie di tutto. Da domani non mi sentirà più.", "imminent"),
            ("grazie di tutto. non mi sentirà più perché parto per sempre, addio", "imminent"),
            (
                "grazie di tutto, non mi sentirà più. ho sistemato tutto: il cane da mia sorella, le chiavi al vicino",
                "imminent",
            ),
            ("non mi vedrà più, ho deciso stanotte. grazie di tutto", "imminent"),
        ],
    ),
    "a_thing_dropped_on_someone": (
        [
            (
                "dal terrazzo al quinto piano guardo giù e penso che basterebbe un attimo per far cadere il secchio in testa al postino 😂",
                "none",
            ),
            (
                "affacciata al balcone penso che basta un secondo per buttare giù la pianta sulla macchina del vicino",
                "none",
            ),
            (
                "dalla finestra del sesto piano guardo giù e penso che basterebbe un niente per far cadere le mollette sul cortile",
                "none",
            ),
            (
                "sul balcone all'ottavo piano penso che basterebbe un attimo per far volare via la tovaglia",
                "none",
            ),
        ],
        [
            (
                "mi affaccio dal balcone, sesto piano, guardo giù e penso che basterebbe un attimo",
                "high",
            ),
            (
                "dal balcone del sesto piano guardo giù e penso che basterebbe un attimo per farla finita",
                "high",
            ),
            (
                "ogni sera sul balcone guardo giù e penso che basterebbe un attimo per buttarmi",
                "high",
            ),
            ("sto sul terrazzo al settimo piano e penso che basterebbe un passo", "high"),
        ],
    ),
    "a_drive_in_a_game": (
        [
            (
                "ieri sera col simulatore di guida ho pensato di tirare dritto alla curva, tanto è un gioco",
                "none",
            ),
            ("alla playstation ho pensato di tirare dritto alla curva senza frenare", "none"),
            (
                "sul simulatore di formula 1 ho pensato di non frenare in fondo al rettilineo, mio figlio rideva",
                "none",
            ),
            (
                "con il videogioco di rally ho pensato di non frenare alla curva, il piede era già lì",
                "none",
            ),
        ],
        [
            (
                "stanotte tornando a casa ho pensato di tirare dritto alla curva, senza frenare",
                "high",
            ),
            ("stanotte in macchina ho pensato di schiantarmi contro il muro", "imminent"),
            ("dopo la partita alla playstation ho pensato di farla finita", "high"),
            ("ho pensato di buttarmi giù dal ponte stanotte", "imminent"),
        ],
    ),
    "cases_in_the_emergency_room": (
        [
            (
                "in pronto soccorso abbiamo avuto tre overdose stanotte, sono distrutta, possiamo spostare?",
                "low",
            ),
            ("ieri al ps c'è stato un tentato suicidio e due codici rossi, che turno", "none"),
            (
                "nel reparto è arrivata un'intossicazione da farmaci e un'overdose, rientro alle 8",
                "none",
            ),
            (
                "stanotte in pronto soccorso ci hanno portato un tentato suicidio, un ragazzo giovanissimo",
                "none",
            ),
        ],
        [
            ("stanotte ho fatto un'overdose, sono al pronto soccorso", "imminent"),
            ("ho tentato il suicidio ieri, mi hanno portato al pronto soccorso", "imminent"),
            ("dopo il turno in pronto soccorso ho preso tutte le pastiglie", "imminent"),
            ("ho avuto un tentato suicidio stanotte, il mio", "imminent"),
        ],
    ),
    "an_age_in_words_is_the_past": (
        [
            (
                "a diciannove anni ho preso tutte le pastiglie di mia madre, non l'ho mai detto a nessuno",
                "low",
            ),
            ("A diciotto anni mi tagliavo le braccia, volevo che lo sapesse", "low"),
            (
                "a ventun anni ho preso tutte le gocce del nonno, volevo che qualcuno lo sapesse",
                "low",
            ),
            ("a dodici anni pensavo di buttarmi dalla finestra", "low"),
        ],
        [
            ("ho diciannove anni e ho preso tutte le pastiglie, aiuto", "imminent"),
            ("ho diciotto anni e mi taglio le braccia ogni sera", "high"),
            ("compio ventidue anni domani e ho deciso di farla finita", "imminent"),
            ("ho ventidue anni e stanotte ho preso tutte le gocce", "imminent"),
        ],
    ),
    "a_film_shown_at_a_named_cinema": (
        [
            (
                "ieri al cineforum della parrocchia hanno proiettato Suicide Club, bello ma strano",
                "none",
            ),
            ("al cinema del paese ieri davano Le vergini suicide, sono uscita pensierosa", "none"),
            ("al teatro del quartiere fanno Suicidio di un poeta, ci andiamo?", "none"),
            ("su rai tre stasera danno un film sul suicidio di un poeta, lo guardo", "none"),
        ],
        [
            ("ieri al cineforum della parrocchia ho pensato al suicidio", "high"),
            ("al cinema del paese ieri ho pensato di farla finita", "high"),
            ("dopo il cineforum del quartiere penso al suicidio ogni sera", "high"),
            ("ieri sera ho pensato al suicidio", "high"),
        ],
    ),
}

# level-only families: regional and texting withdrawal, Venetian "non ce la faccio più"; an illness,
# a phone dropped, a phone off for a concert, an errand are not
LEVELS: list[tuple[str, str]] = [
    ("so' tre giorni che nun esco de casa, nun me va de vede' nessuno", "moderate"),
    ("er telefono l'ho spento a tutti, pure a mi' sorella", "moderate"),
    ("è una settimana che nn vado all'uni, sto al buio", "moderate"),
    ("sono tre giorni che non mangio e che sto a letto", "moderate"),
    ("no ghe la fasso più, tuto el giorno in negozio", "moderate"),
    ("so' tre giorni che nun esco de casa, c'ho la febbre a 39", "none"),
    ("er telefono l'ho spento perché m'è cascato nel lavandino", "none"),
    ("ho spento il tel per il concerto", "none"),
    ("nun esco de casa senza l'ombrello", "none"),
]


(
    test_miss_paraphrase_reads_its_level,
    test_miss_counterpart_stays_below_high,
    test_false_alarm_paraphrase_stays_below_high,
    test_false_alarm_risk_version_keeps_its_level,
) = family_tests(MISSES, FALSE_ALARMS)


test_false_alarm_paraphrase_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(FALSE_ALARMS)


@pytest.mark.parametrize(("text", "expected"), LEVELS)
def test_level_family_reads_its_level(text: str, expected: str) -> None:
    assert level(text) == expected, read_message(text).risk.evidence


def test_withdrawal_in_regional_forms_raises_its_signal() -> None:
    assert "withdrawal" in signals("so' du' giorni che nun esco de casa")
    assert "withdrawal" in signals("ho spento il tel a tutti, nn vado all'uni da giorni")
    assert "withdrawal" not in signals("so' tre giorni che nun esco de casa, c'ho la febbre a 39")


def test_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FALSE_ALARMS, 4, 4)
    assert_family_sizes(MISSES, 4, 4)
