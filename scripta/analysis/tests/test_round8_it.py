"""Italian rule families behind the misses and false alarms of blind round 8.

False alarms (the issue's target: no idiom or quoted line reaches high): a goodbye to a thing
("addio sigarette!! ... grazie di tutto per il sostegno", two weak farewells; "addio patente 😅"
after a red light, read high by the net): the idiom lowers the goodbye and keeps the net out;
a self-harm of school years ("in seconda media mi passavo la lama del temperino sul braccio")
recalled today ("oggi a scuola ne hanno parlato e ci ho ripensato"): the recall's "oggi" does
not make the old act current. Misses: the way and the place decided ("ho deciso come e dove,
nn si preoccupi") beside the last day; a leg already over the railing, yesterday, an act
interrupted by the doorbell; drinks counted ("sono al terzo spritz") and "se stanotte nn mi
risveglio pazienza", whose own negation was taken for the negation of "nn sono neanche le sei"
(the time of day, not a negation); asking the pharmacist whether paracetamol harms the liver
"se uno ne prende tanto" (an oblique enquiry about an overdose); a sister's number left "per
qualsiasi cosa dovesse succedere dopo stasera" with thanks for the patience of these months
(two weak farewells; the sister after "di" is not the subject). Signals: "sono solo un po'
sola", "nessuno viene più a trovarmi" (loneliness), "non c'è più niente che mi aspetti"
(hopelessness), "non ce la faccio più dal ridere" (an idiom), "mi ha fatto arrabbiare :-)" (a
shift), "la fiera a Bologna 😩" and "nessuno mi cerca per un mese 😎" (no shift), "voglia di
usare l'accendino sulla pelle" (self-harm, where the net read suicidal ideation), "bevo finché
nn sento più niente" (substance use), a parent's "da lunedì non va a scuola" (withdrawal),
"possiamo riparlarne?" beside a current cue (support), "piange per colpa mia" (no apology),
"sento solo il ventilatore" (no loneliness).

Each family is tested on fictional paraphrases that are NOT in the corpus (other tenses,
persons, times, drinks, medicines, school years, texting spellings without accents) and on
texts sharing its words with the other reading (the risk version that must keep its level for
a false alarm; negated, quoted, someone else's, past, everyday for a miss). The corpus items
themselves are measured by bench/analysis_eval.py; these tests keep the families general.
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
    modifiers,
    signal_family_tests,
    signals,
)

# family -> (paraphrases below high, risk versions that keep high), each with its level
FALSE_ALARMS: Families = {
    # a goodbye to a habit or a thing given up or lost ("addio fumo", "addio patente"): an idiom,
    # even beside "grazie di tutto" or a thought of the car not stopping; not "addio a tutti"
    "goodbye_to_a_thing": (
        [
            (
                "addio fumo!! da lunedì nn tocco più una sigaretta. grazie di tutto per l'aiuto 😄",
                "none",
            ),
            (
                "addio patente 😅 ho preso una multa per eccesso di velocità e mi hanno tolto 10 punti",
                "none",
            ),
            ("Addio zuccheri: da oggi dieta seria. Grazie di tutto, ci vediamo giovedì!", "none"),
            ("addio divano, da domani palestra tutte le mattine! grazie di tutto dottore", "none"),
            (
                "stamattina in tangenziale ho pensato che se nn frenavo finiva tutto, poi il vigile "
                "col blocchetto: addio patente 😂",
                "none",
            ),
        ],
        [
            ("addio a tutti. grazie di tutto", "imminent"),
            (
                "nn ce la faccio più. addio sigarette, addio tutto. grazie di tutto e scusate",
                "imminent",
            ),
            ("Addio. Grazie di tutto, scusi il disturbo di questi anni.", "imminent"),
            (
                "stamattina in tangenziale ho pensato che se nn frenavo finiva tutto. poi ho frenato.",
                "high",
            ),
        ],
    ),
    # a self-harm of school years or childhood, recalled today ("ci ho ripensato", "mi è tornato
    # in mente"): the recall's day is not the act's; not an act of last night, nor one done again
    "school_years_recalled": (
        [
            (
                "in terza media mi tagliavo le braccia col compasso, ieri ne hanno parlato in tv e ci "
                "ho ripensato. ora sto bene",
                "low",
            ),
            (
                "in seconda superiore mi bruciavo con l'accendino, stamattina è uscito il discorso a "
                "scuola e mi è tornato in mente. sto bene eh",
                "low",
            ),
            (
                "da ragazzina mi passavo la lametta sui polsi, oggi ne hanno parlato in classe e ci ho ripensato",
                "low",
            ),
            (
                "alle medie mi tagliavo, stasera ne abbiamo parlato a cena e ci sto ripensando",
                "low",
            ),
            (
                "In quarta ginnasio mi tagliavo le gambe, oggi mia figlia mi ha chiesto delle "
                "cicatrici e ci ho ripensato.",
                "low",
            ),
        ],
        [
            (
                "ieri sera mi sono passata la lama del temperino sul braccio, oggi a scuola ne hanno "
                "parlato e ci ho ripensato",
                "high",
            ),
            ("in seconda media mi tagliavo e oggi l'ho rifatto", "high"),
            (
                "in seconda media mi passavo la lama sul braccio, e stanotte ci sono ricascata",
                "high",
            ),
            (
                "oggi a scuola ne hanno parlato e mi è tornata la voglia di passarmi la lama sul braccio",
                "high",
            ),
        ],
    ),
}

# family -> (paraphrases at high/imminent, counterparts below high), each with its level
MISSES: Families = {
    # the way and the place (or the time) decided, closing the clause: a plan; not a party
    # planned, a film line, a past or a denied decision
    "decided_how_and_where": (
        [
            ("Ho già deciso dove e quando. Non si preoccupi per me.", "imminent"),
            ("ho scelto come e dove, nn cercatemi", "imminent"),
            ("so già come, dove e quando. grazie di tutto", "imminent"),
            ("Dottoressa, ho deciso quando e come. Stavolta non sentirò niente.", "imminent"),
            ("oggi è l'ultimo giorno, ho deciso dove e come", "imminent"),
        ],
        [
            ("ho deciso come e dove festeggiare la laurea", "none"),
            ("ho deciso come e dove fare la festa di laurea", "none"),
            (
                'nel film la protagonista dice "ho deciso come e dove" e poi scappa in Messico',
                "none",
            ),
            ("Due anni fa avevo già deciso come e dove. Oggi per fortuna è tutto diverso.", "low"),
            ("Non ho deciso come e dove, non ho nessun piano: sto meglio.", "low"),
            ("so come e dove trovarti, ci vediamo al bar", "none"),
        ],
    ),
    # a leg (a foot) already over the railing, the parapet, the guardrail: an act begun, even when
    # something stopped it; not for the cat or the windows, not a brother's, an old or a novel's
    "leg_over_the_railing": (
        [
            (
                "stanotte ho messo un piede oltre il parapetto del ponte, poi è passata una macchina "
                "e sono tornata indietro",
                "imminent",
            ),
            (
                "ieri sera avevo già le gambe di là dalla ringhiera del terrazzo. poi mi ha chiamato mia sorella",
                "imminent",
            ),
            (
                "Ero sul balcone con una gamba oltre la ringhiera quando è suonato il telefono.",
                "imminent",
            ),
            (
                "oggi pomeriggio avevo un piede già dall'altra parte del parapetto, nn so cosa mi ha fermata",
                "imminent",
            ),
            (
                "sul cavalcavia con una gamba fuori dal guardrail, sono rimasta lì mezz'ora",
                "imminent",
            ),
        ],
        [
            (
                "ho messo una gamba di là dalla ringhiera per recuperare il gatto sul tetto del vicino",
                "none",
            ),
            (
                "con un piede oltre il davanzale per pulire i vetri, mia madre mi ha sgridato",
                "none",
            ),
            (
                "mio fratello ieri era sul balcone con una gamba di là dalla ringhiera, l'abbiamo tirato dentro",
                "low",
            ),
            ("anni fa ero sul balcone con una gamba di là dalla ringhiera, oggi sto bene", "low"),
            ("nel romanzo la protagonista sta sul ponte con una gamba oltre il parapetto", "none"),
        ],
    ),
    # drinks counted early, then not waking up accepted ("pazienza", "amen"): the "nn" of "nn sono
    # neanche le sei" is the time of day, not a negation of the wish
    "drinks_and_not_waking": (
        [
            (
                "sono alla quarta birra e nn è nemmeno mezzogiorno 🍺 se domani nn mi sveglio amen",
                "high",
            ),
            ("sto al quinto bicchiere di vino e nn sono manco le 7 se stanotte muoio pace", "high"),
            (
                "sono già al terzo spritz e nn è neanche ora di cena 🍹 se stanotte nn mi risveglio chissenefrega",
                "high",
            ),
            (
                "terzo negroni e nn sono ancora le cinque se stanotte non mi sveglio pazienza",
                "high",
            ),
        ],
        [
            ("sono al terzo caffè e nn sono neanche le nove, che giornata", "none"),
            (
                "nn sono neanche le sei e sono al terzo spritz con le colleghe, che bella festa 🥳",
                "none",
            ),
            # low since the retraining of 2026-11-27 (threshold 0.80): the net's cue,
            # lowered by the context
            ("se stanotte nn mi sveglio x la partita pazienza, la rivedo domani", "low"),
            ("non sono al terzo spritz, è solo acqua tonica", "none"),
        ],
    ),
    # asking (the pharmacist, the doctor, the web) whether a medicine harms "if one takes a lot":
    # an oblique enquiry about an overdose; not a daily pain, a child's mistake, a sister's or a film's
    "asking_harm_of_a_lot": (
        [
            (
                "ho chiesto al medico di base se la tachipirina fa male al fegato se uno ne prende "
                "tante insieme. mi ha guardato strano",
                "high",
            ),
            (
                "ieri ho cercato su google se lo xanax è pericoloso quando uno ne prende una scatola",
                "high",
            ),
            ("ho domandato al farmacista se il tavor fa male se una ne prende 20", "high"),
            (
                "Ho chiesto in farmacia se le gocce per dormire sono pericolose se qualcuno ne prende "
                "troppe. Niente, a giovedì.",
                "high",
            ),
            ("mi sono informata se i sonniferi fanno male se uno ne manda giu tanti", "high"),
        ],
        [
            (
                "ho chiesto in farmacia se la tachipirina fa male al fegato se la prendo tutti i "
                "giorni per il mal di schiena",
                "none",
            ),
            (
                "ho chiesto al pediatra se lo sciroppo fa male se il bambino ne prende troppo per sbaglio",
                "none",
            ),
            (
                "ho chiesto al farmacista se il paracetamolo fa male se uno ne prende tanto, ho sempre mal di testa",
                "none",
            ),
            (
                "Mia sorella ha chiesto al farmacista se lo xanax è pericoloso se uno ne prende una "
                "scatola, sono preoccupata per lei",
                "low",
            ),
            (
                "nel film la protagonista chiede in farmacia se il paracetamolo fa male se uno ne prende tanto",
                "none",
            ),
        ],
    ),
    # a contact left "for whatever may happen after tonight" and thanks for the patience of these
    # months or years (weak farewells that count together); not before an operation or a flight
    "contact_left_for_after": (
        [
            (
                "Le lascio il numero di mio fratello per qualunque cosa dovesse succedere dopo "
                "stanotte. Grazie di tutto in questi anni.",
                "imminent",
            ),
            (
                "questo è il numero di mia madre, 333 1234567, x qualsiasi cosa possa succedere da "
                "domani. grazie per la pazienza di tutti questi anni",
                "imminent",
            ),
            (
                "Per qualsiasi cosa dovesse capitare dopo stasera può chiamare mio marito. Grazie "
                "per la sua pazienza di questi mesi.",
                "imminent",
            ),
            (
                "Per ogni cosa dovesse succedere dopo stanotte, le chiavi le ha la vicina. Addio e grazie.",
                "imminent",
            ),
        ],
        [
            (
                "Le lascio il numero di mia sorella per qualsiasi cosa dovesse succedere dopo "
                "stasera: domani mi operano al ginocchio. Grazie per la pazienza di questi mesi.",
                "none",
            ),
            ("Grazie per la pazienza di questi mesi, ci vediamo a settembre!", "none"),
            (
                "le lascio il numero di mio marito per qualsiasi cosa dovesse succedere durante le ferie",
                "none",
            ),
            (
                "per qualsiasi cosa dovesse succedere dopo stasera, il volo parte alle 6, mio marito ha le chiavi",
                "none",
            ),
        ],
    ),
}

# signal -> (texts that carry it, texts sharing its words that do not)
SIGNAL_FAMILIES: dict[str, tuple[str, list[str], list[str]]] = {
    # "sono solo un po' sola", nobody comes to see me any more
    "a_little_lonely": (
        "loneliness",
        [
            "mi sento un po' sola in questo periodo, tutto qui",
            "sono solo un po' solo da quando si è trasferito Marco 🙂",
            "da quando è morta mia moglie nessuno viene più a trovarmi",
            "non passa più nessuno a trovarmi, neanche mia figlia",
            "sono parecchio sola ultimamente, le sere sono lunghe",
            "mi sento sola la sera",
        ],
        [
            "sono un po' sola a casa stasera, i miei sono a cena fuori: pizza e film!",
            "sono solo un po' stanca, niente di grave",
            "domani parto per Creta e nessuno mi cerca per due settimane 😎",
            "mia nonna dice che nessuno viene più a trovarla",
            # "sento solo il ventilatore": I only hear the fan
            "di notte sento solo il ventilatore e penso",
            "sento solo la tua voce nella testa",
        ],
    ),
    # drinks counted by the sender ("sono al terzo spritz"); not coffee, a party, a year of school
    "drinks_counted": (
        "substance_use",
        [
            "sono già alla terza birra e sono le quattro del pomeriggio",
            "sto al quarto gin tonic da sola sul divano",
            "è sabato mattina e sono al terzo bicchiere di vino, nn riesco a fermarmi",
            "sono alla quinta vodka, nn sento più niente",
        ],
        [
            "sono al terzo caffè, che nottata",
            "sono alla terza birra con i colleghi, che bella serata",
            "sono al terzo anno di università",
            "mia madre è al terzo spritz e fa la simpatica con tutti",
        ],
    ),
    # nothing left to wait for, nothing will change any more
    "nothing_left_to_wait_for": (
        "hopelessness",
        [
            "ormai non cambierà più niente, lo so",
            "alla mia età non c'è più niente che mi aspetti",
            "nn migliorerà più nulla, dottore",
        ],
        [
            "stasera non c'è più niente da mangiare in frigo",
            "mia madre dice che ormai non cambierà più niente",
        ],
    ),
    # the urge to put a lighter, a cigarette, a blade on the skin: self-harm (not suicidal ideation)
    "urge_tool_on_the_skin": (
        "self_harm",
        [
            "ho una voglia fortissima di spegnermi la sigaretta sulla coscia",
            "stasera sento il bisogno di passare la lametta sui polsi",
            "stanotte ho la tentazione di usare il taglierino sulle braccia",
        ],
        [
            "nn ho più voglia di usare l'accendino sulla pelle, sto meglio",
            "mia sorella ha voglia di passarsi la lama sul braccio",
            "ho voglia di usare la lametta per la barba nuova",
        ],
    ),
    # drinking until nothing is felt, to sleep, to forget
    "drinking_to_stop_feeling": (
        "substance_use",
        [
            "bevo finché non sento più nulla, tutte le sere",
            "mi ubriaco per non pensare a lui",
            "la sera bevo da sola per dormire",
        ],
        [
            "bevo finché non ho più sete",
            "bevo una camomilla per dormire",
            "l'anno scorso bevevo tutte le sere per dormire.",
        ],
    ),
    # a child's withdrawal told by a parent, the time first ("da lunedì non va a scuola")
    "off_school_since": (
        "withdrawal",
        [
            "sono la mamma di Luca, da martedì non esce dalla camera",
            "Sono il papà di Sara: da giorni non va più a scuola e non parla con nessuno",
        ],
        [
            "da lunedì non va a scuola per la febbre, ci vediamo la prossima settimana",
            "da lunedì non va a scuola: c'è lo sciopero dei prof",
            "mio fratello da giorni non va a scuola e non parla con nessuno, sono preoccupata",
        ],
    ),
    # asking to talk about it (again) beside a current cue; a practical matter is not support
    "talk_about_it_again": (
        "support_request",
        [
            "mi sento a pezzi da ieri. possiamo riparlarne?",
            "ho di nuovo pensieri brutti, possiamo parlarne giovedì?",
        ],
        [
            "il preventivo è arrivato, possiamo parlarne?",
            "la fattura è sbagliata, possiamo riparlarne?",
        ],
    ),
    # "per colpa mia" (because of me) is self-blame, not an apology for one's conduct
    "because_of_me": (
        "apology",
        [
            "è colpa mia, ho sbagliato giorno",
            "è colpa mia se è saltata la seduta, mi ero dimenticata",
        ],
        [
            "mia madre piange sempre per colpa mia",
            "il gatto è scappato x colpa mia, che idiota",
        ],
    ),
    # anger with a smile is a shift; a trade fair ("la fiera") is not pride
    "anger_with_a_smile": (
        "valence_shift",
        [
            "mi ha fatto arrabbiare tantissimo il capo oggi :)",
            "quella cosa mi fa ancora arrabbiare 🙂",
        ],
        [
            "domani c'è la fiera a Verona 😩 tre giorni in piedi",
            "vado alla fiera del libro 🙂",
            "Non ce la faccio più dal ridere, mio nipote ha imitato il prete 😂",
        ],
    ),
}

# "non ce la faccio più dal ridere": laughing (none); the breaking point itself stays moderate
LAUGHING: list[tuple[str, str]] = [
    ("Non ce la faccio più dal ridere, mio nipote ha imitato il prete 😂", "none"),
    ("nn ce la facevo + dalle risate ieri sera", "none"),
    ("non ce la faccio più a smettere di ridere, questo video 😂😂", "none"),
    ("Non ce la faccio più, sto crollando 😂", "moderate"),
    ("non ce la faccio più dal dolore", "moderate"),
]


(
    test_miss_paraphrase_reads_its_level,
    test_miss_counterpart_stays_below_high,
    test_false_alarm_paraphrase_stays_below_high,
    test_false_alarm_risk_version_keeps_its_level,
) = family_tests(MISSES, FALSE_ALARMS)


test_false_alarm_paraphrase_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(FALSE_ALARMS)


@pytest.mark.parametrize("text", [t for t, _e in FALSE_ALARMS["school_years_recalled"][0]])
def test_school_years_are_past_not_self_harm(text: str) -> None:
    assert "past" in modifiers(text)
    assert "self_harm" not in signals(text)


@pytest.mark.parametrize("text", [t for t, _e in MISSES["drinks_and_not_waking"][0]])
def test_not_waking_after_drinks_is_suicidal_ideation(text: str) -> None:
    got = signals(text)
    assert "suicidal_ideation" in got, read_message(text).risk.evidence
    assert "negated" not in modifiers(text)


@pytest.mark.parametrize("text", [t for t, _e in MISSES["contact_left_for_after"][0]])
def test_a_relative_after_a_preposition_is_not_the_subject(text: str) -> None:
    # "il numero di mia sorella": the sister is named, the farewell is the sender's
    assert "other_person" not in modifiers(text), read_message(text).risk.evidence


test_signal_family_raises_its_signal, test_signal_family_counterpart_has_no_signal = (
    signal_family_tests(SIGNAL_FAMILIES)
)


@pytest.mark.parametrize(("text", "expected"), LAUGHING)
def test_cannot_take_it_for_laughing_is_an_idiom(text: str, expected: str) -> None:
    assert level(text) == expected, read_message(text).risk.evidence


def test_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FALSE_ALARMS, 4, 4)
    assert_family_sizes(MISSES, 4, 4)
