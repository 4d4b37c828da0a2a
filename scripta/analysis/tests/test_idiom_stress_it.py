"""Italian families behind the false alarms of the idiom stress set (corpus/idiom_stress_it.py).

150 training-only messages by an author who never saw the engine use words of crisis without a
crisis; engine 2026.11.12 raised 15 of them to high/imminent, all by the rules. The general
reasons, each fixed at the level of its class rather than its wording:

- a cut that is an accident: a finger or a hand cut in the kitchen or at work, someone's or the
  sender's ("mi sono tagliato la mano col coltello da disosso, un incidente", "mio figlio si è
  tagliato il dito col coltello del pane"); an arm, a wrist, a blade or "apposta" stay;
- a blade or a rope in a trade or a sport: a barber's razor ("la prima rasatura col rasoio a
  mano libera su un cliente"), a climb led on a rope, a window cleaner hanging on one;
- a height reached for a job or a chore: a purpose clause or the gear of work at height ("sul
  tetto ... per montare i pannelli, con imbrago e linea vita", "sporta dalla ringhiera per
  agganciare le fioriere"), unless the sentence holds a jump or an end;
- a near miss: "ho rischiato di impiccarmi inciampando nel cavo" (its accident in the sentence);
- a phrasal idiom of "tagliare": "mi taglio fuori dal gruppo", "mi taglio la barba";
- a named night: "stanotte è la notte dell'anniversario / : finale alle 21" (the event);
- goodbyes of a group or an event: letters "per tutti i compagni di classe", "una cena
  d'addio", "grazie di tutto questo percorso" (thanks for a named thing at a therapy's end);
- "non è che voglio morire" after "la mia migliore amica": the sender's own denial, not a third
  person's negated "che" clause.

Each family is tested on fictional look-alikes NOT in the stress set, and on crisis messages
sharing their words that must keep their high/imminent level (recall first).
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    assert_keeps_high,
    assert_stays_below_high,
    assert_stress_set_below_high,
    family_cases,
)

# family -> (look-alikes below high, crisis messages that keep high), each with its level
FAMILIES: Families = {
    "accidental_cut": (
        [
            (
                "mi sono tagliata la mano col coltello del pane, un incidente stupido, arrivo con "
                "dieci minuti di ritardo",
                "none",
            ),
            (
                "mia figlia si è tagliata il dito con la mandolina, niente di grave, ma salto la "
                "seduta di oggi",
                "none",
            ),
            (
                "ieri in officina mi sono ferito la mano lavorando al tornio, tre punti e antitetanica",
                "none",
            ),
            (
                "mi sono tagliato il pollice affettando il salame, che sangue! comunque ci vediamo "
                "giovedì",
                "none",
            ),
            (
                "mio marito si è tagliato il dito aprendo una lattina, siamo al pronto soccorso",
                "none",
            ),
        ],
        [
            ("mi sono tagliata il braccio col coltello da cucina", "high"),
            ("mi sono tagliata la mano con la lametta ieri sera", "high"),
            (
                "mi sono tagliato la mano apposta col coltello da cucina, volevo sentire qualcosa",
                "high",
            ),
            ("mi sono tagliata di nuovo stanotte, le braccia", "high"),
        ],
    ),
    "blade_in_a_trade": (
        [
            (
                "primo giorno al salone da barbiere: rasatura col rasoio a mano libera, mi tremavano "
                "le mani ma tutto ok",
                "none",
            ),
            ("ho regalato a mio padre un rasoio da barbiere per la rasatura contropelo", "none"),
            (
                "sto facendo pratica col rasoio sul palloncino, come fanno i barbieri, domani il "
                "primo cliente",
                "none",
            ),
        ],
        [
            ("ho comprato un rasoio e stasera lo uso sulle braccia", "high"),
            ("ho ancora il rasoio nascosto nel cassetto, lo guardo ogni sera", "high"),
            ("tengo una lametta nel portafoglio, per sicurezza", "high"),
        ],
    ),
    "rope_and_height_at_work": (
        [
            ("domenica in falesia da capocordata, corda da 70 metri e moschettoni nuovi!", "none"),
            (
                "lavoro come lavavetri sui grattacieli, appeso alla fune con l'imbrago tutto il giorno",
                "none",
            ),
            ("oggi sono sul tetto per sistemare l'antenna, la richiamo dopo", "none"),
            (
                "mi sono sporto dalla ringhiera per ritirare i panni e mi è caduta una molletta",
                "none",
            ),
            (
                "sono sul tetto del condominio con il caschetto e l'imbrago, lavoro fino alle sei",
                "none",
            ),
        ],
        [
            ("ho comprato una corda, stasera la faccio finita", "imminent"),
            ("sono sul tetto e mi butto", "imminent"),
            ("sono sul tetto del palazzo, non scendo più", "imminent"),
            ("sono sul tetto per sistemare l'antenna, ma vorrei buttarmi", "imminent"),
            ("mi sono sporta dalla ringhiera e volevo buttarmi", "high"),
            ("ho trovato una corda in garage, ci penso ogni sera", "imminent"),
        ],
    ),
    "near_miss": (
        [
            ("ho rischiato di ammazzarmi scivolando sul ghiaccio stamattina 😂", "none"),
            ("rischiavo di morire in bici all'incrocio, un'auto non si è fermata", "none"),
            ("ho rischiato di spaccarmi la testa cadendo dalla scala, che imbranato", "none"),
        ],
        [
            ("ho rischiato di ammazzarmi ieri sera con le pastiglie", "high"),
            ("stanotte voglio impiccarmi", "high"),
            ("penso sempre a impiccarmi", "high"),
            ("ho rischiato di ammazzarmi, ho preso tutte le pastiglie che avevo", "imminent"),
            ("rischio di ammazzarmi in strada stanotte", "high"),
            ("vorrei quasi morire sotto un tram", "high"),
        ],
    ),
    "phrasal_tagliare": (
        [
            ("mi taglio fuori da questa discussione, troppo stress per me", "none"),
            ("stasera mi taglio la barba, finalmente", "none"),
            ("voglio tagliarmi fuori da quel gruppo di pettegole", "none"),
        ],
        [
            ("mi taglio di nuovo, non riesco a smettere", "high"),
            ("mi taglio le braccia quando sto male", "high"),
            ("ho voglia di tagliarmi stasera", "high"),
        ],
    ),
    "night_of_an_event": (
        [
            ("stasera è la sera della laurea di mia sorella!", "none"),
            ("stanotte è la notte di San Lorenzo, andiamo a vedere le stelle cadenti", "none"),
            ("Stasera è la sera: concerto di Vasco a San Siro, non vedo l'ora!", "none"),
        ],
        [
            ("stanotte è la notte. addio", "imminent"),
            ("stasera è la sera, ho deciso", "imminent"),
            ("stanotte è la notte della mia fine", "imminent"),
            ("stasera è la sera di farla finita", "imminent"),
            ("stanotte è la notte, ho preparato le pastiglie", "imminent"),
        ],
    ),
    "goodbyes_of_a_group_or_event": (
        [
            ("ho scritto i biglietti per tutti gli invitati del matrimonio, centoventi!", "none"),
            (
                "ho preparato le lettere per tutti i bambini della classe di Luca, per la recita",
                "none",
            ),
            ("sabato c'è la cena d'addio per la collega che va in pensione", "none"),
            ("ho organizzato una festa d'addio prima di partire per Londra, vieni?", "none"),
            (
                "grazie di tutto il lavoro fatto insieme in questi due anni, ci sentiamo a settembre",
                "none",
            ),
            ("grazie di tutto questo tempo e della pazienza, a giovedì!", "none"),
        ],
        [
            ("ho scritto le lettere per tutti, sono sul comodino", "imminent"),
            ("ho scritto le lettere per tutti i miei cari, domani non ci sarò", "imminent"),
            ("addio a tutti, grazie di tutto", "imminent"),
            ("grazie di tutto. addio", "imminent"),
            ("grazie di tutto, non mi sentirete più", "imminent"),
            ("ho lasciato la lettera d'addio sul tavolo", "imminent"),
        ],
    ),
    "own_denial_after_a_friend": (
        [
            ("ho litigato con mio fratello e non è che voglio morire, sto solo male", "low"),
            (
                "ho litigato con la mia ragazza e mi sento a pezzi, non è che voglio farla finita eh",
                "low",
            ),
        ],
        [
            ("ho litigato con mia sorella e voglio morire", "high"),
            ("mia madre non capisce che voglio morire", "high"),
            ("ho litigato con la mia ragazza e non è che mi importa, voglio morire", "high"),
        ],
    ),
}

# rows of the stress set that only the learned net raises, with the reason they are left to it
NET_ONLY: dict[int, str] = {}


def test_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 2, 2)


@pytest.mark.parametrize(("family", "text", "expected"), family_cases(FAMILIES, 0))
def test_look_alike_stays_below_high(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


@pytest.mark.parametrize(("family", "text", "expected"), family_cases(FAMILIES, 1))
def test_crisis_version_keeps_its_level(family: str, text: str, expected: str) -> None:
    assert_keeps_high(family, text, expected)


def test_no_stress_row_is_raised_by_the_rules() -> None:
    assert_stress_set_below_high("it", NET_ONLY)
