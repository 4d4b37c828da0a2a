"""Italian rule families behind the misses, false alarms and signal errors of blind round 5.

Each family is tested on fictional paraphrases that are NOT in the corpus (other tenses, persons,
places, means, spellings without accents, texting forms such as "nn", "x", "cmq"), and on
counterparts sharing the words but not the risk (negated, quoted, someone else's, past,
hypothetical, everyday) that must stay below high. The corpus items themselves are measured by
bench/analysis_eval.py; these tests keep the families general.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import HIGH, level, signals

# family -> (paraphrases with their level, counterparts with their level (all below high))
FAMILIES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    # sedatives beyond the prescription to cope with anxiety or sleep
    "extra_sedative_to_cope": (
        [
            ("ieri sera ho preso due tavor in più, l'ansia non mi lasciava respirare", "moderate"),
            ("stanotte ho preso uno xanax in piu x dormire, lo so che nn dovevo", "moderate"),
            ("cmq ho preso qualche goccia di en in più, x calmarmi un po'", "moderate"),
            ("prendo un lexotan in più ogni sera per reggere la giornata", "moderate"),
            (
                "ho preso mezza compressa di xanax in più, non riuscivo a stare tranquilla",
                "moderate",
            ),
        ],
        [
            ("non ho preso il lexotan in più, l'ansia è passata da sola", "low"),
            ("mia madre ha preso uno xanax in più per calmarsi dopo il funerale", "none"),
            ("se prendo un lexotan in più per l'ansia è un problema?", "low"),
            ("ho preso un caffè in più per stare sveglia in ufficio", "none"),
            ("ho preso un ombrello in più, così la nonna non si bagna", "none"),
        ],
    ),
    # cannabis every day, told by the patient or by a parent
    "drugs_every_day": (
        [
            (
                "sono la mamma di Luca, gli abbiamo trovato l'erba nello zaino e ha ammesso che "
                "fuma tutti i giorni. possiamo sentirci?",
                "moderate",
            ),
            ("fumo erba tutti i giorni, se no non dormo", "moderate"),
            ("mi faccio canne ogni sera da quando è finita con Sara", "moderate"),
            (
                "Giorgia ci ha detto che si fa spinelli anche prima di scuola. siamo preoccupati",
                "moderate",
            ),
            ("le canne ormai le fumo ogni giorno, dalla mattina alla sera", "moderate"),
        ],
        [
            ("mio nonno fuma tutti i giorni il sigaro in giardino", "none"),
            ("a sedici anni fumavo erba tutti i giorni, adesso niente", "none"),
            ("ho tagliato l'erba del giardino, mio padre fuma sempre in terrazza", "none"),
            ("nel film il protagonista fuma erba tutti i giorni", "none"),
            ("non fumo erba da tre anni", "none"),
        ],
    ),
    # the drink first, then the pills swallowed: an overdose taken with alcohol
    "drink_then_pills": (
        [
            ("ho finito la vodka e poi ho ingoiato tutte le pastiglie. scusa", "imminent"),
            ("ho bevuto tutta la bottiglia di rosso e dopo ho preso tutti i tavor", "imminent"),
            ("scolata mezza bottiglia di whisky e poi mandato giu tutte le pillole", "imminent"),
            ("ho svuotato la bottiglia di vino e ho preso tutte le gocce per dormire", "imminent"),
            ("finita la birra, poi ho buttato giu 30 pastiglie. mi gira la testa", "imminent"),
        ],
        [
            (
                "ho finito il vino a cena e poi ho preso la pillola per la pressione come sempre",
                "none",
            ),
            ("ho finito il vino e poi ho preso un caffè al bar", "none"),
            ("mio padre ha finito la vodka e poi è andato a letto", "none"),
            ("non ho finito il vino, ho preso solo la tachipirina come da ricetta", "none"),
            ("nel romanzo lei finisce il vino e poi prende le pillole", "none"),
        ],
    ),
    # a bottle at hand next to the pills: means ready (a plan), not drinking (no substance_use)
    "bottle_at_hand_is_a_plan": (
        [
            ("ho 40 tavor qui davanti e una bottiglia di whisky. stanotte basta", "imminent"),
            ("tengo 30 xanax sul comodino e una bottiglia di vodka.", "imminent"),
            ("ho sul tavolo 50 pastiglie pronte e una bottiglia di gin", "imminent"),
            ("c'ho qui 60 lexotan pronti e una bottiglia di rum", "imminent"),
            ("ho 25 tavor in fila sul letto e una bottiglia di vino", "imminent"),
        ],
        [
            ("ho comprato una bottiglia di vino per la cena di sabato", "none"),
            ("c'è una bottiglia di vodka in frigo dal capodanno", "none"),
            ("ho le medicine nella borsa e una bottiglia d'acqua", "none"),
            ("mio zio ha una bottiglia di grappa fatta in casa", "none"),
            ("non ho più una bottiglia in casa da mesi", "none"),
        ],
    ),
    # someone else's pills with an ambulance: an overdose (no substance_use)
    "overdose_of_someone_elses_pills": (
        [
            ("Marco ha preso le pastiglie di mia madre, stiamo chiamando il 118!!", "imminent"),
            (
                "mi richiami!! Sofia ha ingoiato le pillole della nonna, sto chiamando l'ambulanza",
                "imminent",
            ),
            (
                "dice che ha preso le gocce di suo padre, stiamo chiamando il 118, la prego mi chiami",
                "imminent",
            ),
            ("ho preso le pastiglie di mia sorella, sto chiamando il 118", "imminent"),
            ("Ale ha buttato giu i farmaci del papa, siamo in ambulanza", "imminent"),
        ],
        [
            ("stiamo chiamando il 118: la nonna è caduta e ha preso una botta", "none"),
            (
                "mio fratello ha preso le pillole di mia madre, ma era un errore: le ha sputate",
                "low",
            ),
            ("stiamo chiamando il 118 per il nonno che è caduto dalle scale", "none"),
            ("nel film lei prende le pillole della madre e chiamano l'ambulanza", "none"),
            ("non ha preso le pastiglie della nonna, le ha solo toccate", "none"),
        ],
    ),
    # a bottle a night told as a count
    "a_bottle_a_night": (
        [
            ("ormai è una bottiglia a sera, a volte due", "moderate"),
            ("sono arrivata a una bottiglia di vino a sera, da sola in cucina", "moderate"),
            ("mi faccio due bottiglie a sera, lo so che è troppo", "moderate"),
            ("adesso mezza bottiglia di whisky a notte, se no non dormo", "moderate"),
            ("una bottiglia al giorno, da quando lei se n'è andata", "moderate"),
        ],
        [
            ("una bottiglia a sera in quattro, a cena con gli amici", "none"),
            ("una bottiglia a testa, ma era un matrimonio", "none"),
            ("l'anno scorso arrivavo a una bottiglia a sera, poi ho smesso", "low"),
            ("mio padre beve una bottiglia a sera e non lo ammette", "low"),
            ("compro una bottiglia d'acqua al giorno al distributore", "none"),
        ],
    ),
    # self-harm told sideways: "quella cosa" done again with a blade
    "that_thing_with_a_blade": (
        [
            ("ieri ho rifatto quella cosa con la lametta. stavolta sulla pancia", "high"),
            ("ho ricominciato quella cosa col taglierino, nn lo sa nessuno", "high"),
            ("rifatta di nuovo quella cosa con le forbici. scusa", "high"),
            ("stanotte ho fatto di nuovo quella cosa col rasoio, sui fianchi", "high"),
            ("ho rifatto la solita cosa col compasso, sotto la felpa non si vede", "high"),
        ],
        [
            ("ho rifatto quella cosa col temperino che mi avevi insegnato per le matite", "none"),
            ("mia sorella ha rifatto quella cosa col taglierino, sono preoccupata", "low"),
            ("non ho rifatto quella cosa col temperino, sono fiera di me", "low"),
            ("ho rifatto quella cosa col coltello: la torta a strati", "none"),
            ("ho rifatto quella cosa con le forbici sui capelli, un disastro", "none"),
        ],
    ),
    # not looking when crossing, a car that would not be minded, a clean way to close it all
    "indifference_to_an_accident_told_at_length": (
        [
            ("quando attraverso la strada per andare al lavoro, non guardo più", "high"),
            ("se arrivasse un camion, non mi dispiacerebbe", "high"),
            ("se passasse il treno, tanto meglio", "high"),
            ("ho pensato che sarebbe un modo pulito di andarmene", "high"),
            ("sarebbe un modo semplice di chiudere la faccenda, senza colpe per nessuno", "high"),
        ],
        [
            ("quando attraverso la strada per andare a scuola non guardo più il telefono", "none"),
            ("se arrivasse un camion di sabbia, il cantiere potrebbe ripartire", "none"),
            ("c'è un modo pulito di chiudere la faccenda con l'avvocato?", "none"),
            ("mia cugina dice che se arrivasse una macchina non le dispiacerebbe", "none"),
            ("nel romanzo lui pensa: se arrivasse un treno, tanto meglio", "none"),
        ],
    ),
    # "if I fell asleep and did not wake up, it would not be so bad" (the passive wish)
    "falling_asleep_and_not_waking": (
        [
            (
                "penso che se mi addormentassi e basta, senza svegliarmi più, non sarebbe male",
                "high",
            ),
            ("se chiudessi gli occhi senza riaprirli non sarebbe poi tanto male", "high"),
            ("se mi addormento e nn mi svegliassi +, sarebbe un sollievo", "high"),
            ("ultimamente: se mi addormentassi senza svegliarmi mai piu, sarebbe meglio", "high"),
            (
                "stanotte pensavo di nuovo che se mi addormentassi e basta, senza svegliarmi, sarebbe bello",
                "high",
            ),
        ],
        [
            (
                "stanotte non ho più pensato che se mi addormentassi senza svegliarmi non sarebbe male",
                "low",
            ),
            (
                "a ottobre pensavo che se mi addormentassi senza svegliarmi sarebbe meglio, adesso sto meglio",
                "low",
            ),
            ("mia nonna dice che se si addormentasse e basta sarebbe un sollievo", "none"),
            ("se mi addormentassi in riunione, sarebbe un dramma", "none"),
            (
                "nel libro lei scrive: se mi addormentassi senza svegliarmi più, sarebbe meglio",
                "none",
            ),
        ],
    ),
    # looking at a place to jump from "in a different way"
    "a_height_looked_at_differently": (
        [
            (
                "ieri ho guardato il ponte della ferrovia in un modo diverso. nn so spiegarlo",
                "high",
            ),
            ("guardo i binari con altri occhi da qualche giorno", "high"),
            ("stamattina ho fissato il balcone in modo diverso dal solito", "high"),
            ("ho guardato il viadotto come una via d'uscita", "high"),
            ("fisso la finestra del quinto piano con altri occhi", "high"),
        ],
        [
            ("ho guardato il fiume in un modo diverso dopo la lezione di scienze", "none"),
            ("guardo il ponte con altri occhi da quando ho studiato architettura", "none"),
            ("ho fissato il balcone con altri occhi: le piante sono bellissime", "none"),
            ("non ho guardato il fiume in modo diverso, solo il solito giro", "low"),
            ("mio fratello guarda i binari con altri occhi da quando fa il macchinista", "none"),
        ],
    ),
    # letters written for several people, the therapist among them, "ready": preparation
    "letters_ready_for_everyone": (
        [
            ("ho scritto delle lettere, una per mia madre e una per te. niente di che", "high"),
            ("ho preparato tre lettere, una x il mio ragazzo, una x mio padre e una x lei", "high"),
            ("ho scritto le lettere. nn sto pianificando niente, giuro", "high"),
            ("ho scritto alcune lettere, voglio che siano pronte", "high"),
            (
                "sto scrivendo lettere, una a mia sorella, una a te. non sto organizzando nulla",
                "high",
            ),
        ],
        [
            ("ho scritto le lettere di natale, una per la nonna e una per te", "none"),
            ("ho scritto le lettere di presentazione, una per l'agenzia e una per lei", "none"),
            ("mia sorella ha scritto delle lettere d'amore, una per te", "none"),
            ("ho scritto le lettere d'auguri per il matrimonio, volevo che fossero pronte", "none"),
            ("le lettere dell'alfabeto le ho scritte tutte", "none"),
        ],
    ),
    # everything needed gathered, then a decision (no method named); an older rule reads the
    # everyday "quello che serve" as "a che serve" (hopelessness, moderate): below high all the same
    "everything_needed_and_decided": (
        [
            ("ho comprato tutto quello che serve. sabato sono sola. ho deciso.", "imminent"),
            (
                "ho preparato tutto cio che mi serve, domani nessuno a casa. stavolta ho deciso",
                "imminent",
            ),
            ("ho trovato tutto quello che serve, aspetto che partano. ho deciso", "imminent"),
            ("procurato tutto ke serve. venerdi sono da solo. ho deciso!", "imminent"),
            ("ho preso tutto quello che mi serve e stanotte lo faccio", "imminent"),
        ],
        [
            ("ho preso tutto quello che serve per la torta, domani ho deciso di farla", "none"),
            ("ho comprato tutto quello che serve per il campeggio. ho deciso: si parte", "none"),
            ("mio padre ha preso tutto quello che serve per il trasloco", "none"),
            ("non ho ancora preso tutto quello che serve per la gita", "none"),
            ("ho trovato tutto quello che serve per l'esame, ho deciso di iscrivermi", "none"),
        ],
    ),
    # a date fixed with no object, then "do not bother answering"
    "date_fixed_no_reply_needed": (
        [
            ("ho scelto il giorno. sarà venerdì. non si preoccupi di rispondermi", "imminent"),
            ("ho fissato la data: il 3. nn serve che rispondi", "imminent"),
            ("ho deciso il giorno. non c'e bisogno di rispondere", "imminent"),
            (
                "ho fissato la data. il 20, l'anniversario della mamma. non ti preoccupare di rispondere",
                "imminent",
            ),
            ("scelto la data. non deve rispondermi, va bene così", "imminent"),
        ],
        [
            ("ho fissato la data del matrimonio! non si preoccupi di rispondere subito", "none"),
            ("ho fissato la data dell'esame: il 12. non si preoccupi di rispondere", "none"),
            ("ho scelto il giorno per la cena di classe, non serve che rispondi", "none"),
            ("mia madre ha fissato la data del trasloco, non ti preoccupare di rispondere", "none"),
            ("ho fissato la data. per il dentista. non si preoccupi", "none"),
        ],
    ),
    # thanks for all you did, "it's not your fault", "you could not have done more", all settled
    "thanks_and_absolution_farewell": (
        [
            ("grazie per tutto quello che ha fatto per me. non è colpa sua.", "imminent"),
            ("ti ringrazio per la pazienza di questi anni. nn potevi fare di più.", "imminent"),
            (
                "grazie di tutto quello che avete fatto x me. non e colpa vostra, ricordatevelo",
                "imminent",
            ),
            (
                "quando leggerai questo messaggio sarà tutto sistemato. non potevi fare di più.",
                "imminent",
            ),
            ("la ringrazio per tutto in questi due anni. non poteva fare altro.", "imminent"),
        ],
        [
            ("grazie per tutto quello che hai fatto per me al trasloco!", "none"),
            ("non potevi fare di più, la partita era persa. grazie comunque", "none"),
            ("quando leggerà questa mail sarà tutto sistemato: il bonifico è partito", "none"),
            ("la ringrazio per la pazienza in questi mesi, ci vediamo giovedì", "none"),
            ("non è colpa tua se il treno era in ritardo", "none"),
        ],
    ),
    # what the sender cannot say in the session is current, not "discussed in therapy"
    "unsaid_in_session_is_current": (
        [
            ("le scrivo perché in seduta non ci riesco: ho pensieri di farla finita", "high"),
            ("in seduta non riesco a dirlo, ma penso spesso al suicidio", "high"),
            ("in seduta nn ci riesco, quindi scrivo: vorrei morire", "high"),
            ("glielo scrivo xke in seduta non ci riuscirei: mi taglio di nuovo", "high"),
            ("in seduta non ci riesco, glielo scrivo: ho pensieri di morte da settimane", "high"),
        ],
        [
            (
                "in seduta abbiamo parlato dei pensieri di farla finita di quando avevo vent'anni",
                "low",
            ),
            ("come dicevamo in seduta, i pensieri di morte non ci sono più", "low"),
            ("in seduta non ci riesco a parlare di mio padre, è più forte di me", "none"),
            ("mia sorella in seduta non ci riesce a dire che vuole morire", "low"),
            ("a marzo pensavo di farla finita, ne abbiamo parlato in seduta", "low"),
        ],
    ),
    # pills put aside for a trip: a stock, not a plan
    "pills_put_aside_for_a_trip": (
        [
            ("ho messo da parte le pastiglie di tutto il mese, ormai bastano", "imminent"),
            ("sto mettendo da parte le gocce da settimane, nessuno lo sa", "imminent"),
            ("ho messo da parte tutte le pillole, sono pronte", "imminent"),
            ("metto da parte i miei tavor da un mese", "imminent"),
            ("ho messo le pastiglie da parte, ne ho abbastanza", "imminent"),
        ],
        [
            ("ho messo da parte le gocce di tutto il mese, così a Berlino nn resto senza", "none"),
            ("metto da parte le pastiglie per il viaggio, parto lunedì", "none"),
            ("ho messo da parte le pillole per le ferie in Sardegna", "none"),
            ("sto mettendo da parte le compresse: a maggio parto per l'erasmus", "none"),
            ("ho messo le gocce da parte in valigia, domani partiamo", "none"),
        ],
    ),
}

# families whose paraphrases carry substance_use and whose counterparts do not
SUBSTANCE_FAMILIES = (
    "extra_sedative_to_cope",
    "drugs_every_day",
    "drink_then_pills",
    "a_bottle_a_night",
)
# families read as an act or a plan, where a bottle or someone else's pills are not substance use
NO_SUBSTANCE_FAMILIES = ("bottle_at_hand_is_a_plan", "overdose_of_someone_elses_pills")


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    [(f, t, e) for f, (items, _c) in FAMILIES.items() for t, e in items],
)
def test_family_paraphrases(family: str, text: str, expected: str) -> None:
    assert level(text) == expected, (family, read_message(text).risk.evidence)


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    [(f, t, e) for f, (_i, counter) in FAMILIES.items() for t, e in counter],
)
def test_family_counterparts(family: str, text: str, expected: str) -> None:
    got = level(text)
    assert got not in HIGH, (family, read_message(text).risk.evidence)
    assert got == expected, (family, read_message(text).risk.evidence)


def test_every_family_has_five_of_each() -> None:
    for family, (items, counter) in FAMILIES.items():
        assert len(items) >= 5 and len(counter) >= 5, family


@pytest.mark.parametrize("text", [t for f in SUBSTANCE_FAMILIES for t, _e in FAMILIES[f][0]])
def test_substance_paraphrases_signal(text: str) -> None:
    assert "substance_use" in signals(text), read_message(text).risk.evidence


@pytest.mark.parametrize(
    "text",
    [t for f in SUBSTANCE_FAMILIES for t, _e in FAMILIES[f][1]]
    + [t for f in NO_SUBSTANCE_FAMILIES for t, _e in FAMILIES[f][0]],
)
def test_no_substance_signal(text: str) -> None:
    assert "substance_use" not in signals(text), read_message(text).risk.evidence
