"""Italian rule families behind the misses, level misreadings and false alarms of blind round 14.

Misses (high or imminent read below high): a rope bought with a barn empty and a wife away for the
day (the barn had made the rope farm work); a will made and a few lines for the children in an
envelope (the children had made it estate planning); going off the road "sarebbe tutto più semplice"
thought in the middle of a practical e-mail. Levels: a letter left for mum, "ho scritto tutto nella
lettera", beside a farewell; a parent's son shut in the bathroom with a kitchen knife, "stavolta lo
fa davvero"; rocks and no return; the whole insulin pen; moderate cues of drinking or a drug to
sleep and a sedative named before "più del dovuto"; "non ce la faccio più a mangiare" of a full
plate; "la sera non parlo con nessuno" as loneliness. False alarms: a negation carried by "né di"; a
blade left idle ("ma non ci penso", "al suo posto"); "scusi l'ora" read as a present beside an old
cue; a razor named after someone else's cuts; "mi' fratello"; pills counted by a relative, or asked
as a hypothesis; the learned net beside a rule cue lowered as someone else's or denied (it now takes
that cue's modifiers). Also "ho tagliato troppo la siepe" and "ho nascosto la corda del cane".
Signals: alone for a day is not loneliness; 😅 is not a positive emoticon.

Left: the cousin's cuts after a relative clause ("il cugino ..., che sta da noi, ha le braccia
piene di tagli"), a wife's or a sister's state reported by a spouse (the proxy reading), the net's
false alarms on 1442 and 1460.

Each family is tested on fictional paraphrases that are NOT in the corpus and on texts sharing its
words with the other reading. The corpus items themselves are measured by bench/analysis_eval.py.
"""

from __future__ import annotations

from scripta.analysis.tests.readings import (
    Families,
    SignalFamilies,
    assert_family_sizes,
    family_tests,
    lowered_keeps_its_cue_test,
    signal_family_tests,
)

# family -> (paraphrases at their level, counterparts below high), each with its level
MISSES: Families = {
    # a cut too deep told plainly stays the act; a hedge, roses, a lawn cut back too far are not (the
    # object named after "tagliato troppo" is not a part of the body)
    "cut_too_deep_not_a_hedge": (
        [
            ("mi sono tagliata troppo, non si ferma", "imminent"),
            ("ho tagliato troppo a fondo il polso", "imminent"),
            ("mi so tagliato troppo stanotte", "imminent"),
            ("ho tagliato troppo la coscia, sanguina", "imminent"),
        ],
        [
            ("ho tagliato troppo la siepe, il vicino si lamenta", "none"),
            ("ho tagliato troppo le rose, che peccato", "none"),
            ("ho tagliato troppo il prato, ora è tutto giallo", "none"),
            ("ho tagliato troppo l'erba del giardino", "none"),
        ],
    ),
    # a rope bought, a place empty, the others away for the day, a thanks as a farewell ("il fienile è
    # vuoto", "è a ... tutto il giorno"): a barn or a shed no longer reads the rope as
    # farm work; a rope bought for a task named stays a chore
    "rope_bought_place_empty_others_away": (
        [
            (
                "ho preso una corda al ferramenta. la cantina è vuota, sabato i miei sono a Trento tutto il giorno.",
                "imminent",
            ),
            (
                "comprata la corda stamattina. il capannone resta vuoto, mio marito è via tutto il giorno. lei ha fatto il possibile",
                "imminent",
            ),
            ("ho comprato una corda al Leroy Merlin, in garage venerdì resto solo", "imminent"),
            ("ho comprato la corda. il fienile è vuoto e domenica resto sola", "imminent"),
        ],
        [
            ("ho comprato la corda al Brico per legare le balle di fieno nel fienile", "none"),
            ("ho comprato una corda nuova per il fienile, quella vecchia era marcia", "none"),
            (
                "ho comprato la corda per l'altalena dei bimbi, il fienile è vuoto e c'è spazio",
                "none",
            ),
            ("ho comprato la corda per stendere i panni, il cortile è vuoto", "none"),
        ],
    ),
    # a will made alone and a few lines for the children in an envelope ("due righe per i ragazzi ... nella
    # busta"): preparation, not estate planning; a will made by a couple for the heirs stays planning
    "will_and_lines_for_the_children": (
        [
            ("ho fatto testamento e ho lasciato due righe per i ragazzi nel cassetto", "high"),
            (
                "sono stato dal notaio a fare testamento, e una busta per i figli sulla scrivania",
                "high",
            ),
            (
                "ho fatto testamento stamattina, poi quattro righe per i ragazzi in una busta",
                "high",
            ),
            ("ho scritto il testamento e due righe per i miei figli, solo per sicurezza", "high"),
        ],
        [
            (
                "io e mio marito abbiamo fatto testamento per i ragazzi, consiglio del notaio",
                "none",
            ),
            ("abbiamo fatto testamento per la casa al mare, così i figli non litigano", "none"),
            ("il notaio ci ha spiegato come fare testamento per il mutuo e per i figli", "none"),
            ("abbiamo fatto testamento io e mia moglie, per i ragazzi è più semplice", "none"),
        ],
    ),
    # going off the road as what would make everything simpler ("se uscissi di strada sarebbe tutto più
    # semplice"); a skid feared, leaving home earlier, a roundabout are not
    "off_the_road_would_make_it_simpler": (
        [
            ("a volte penso che se finissi fuori strada sarebbe tutto più facile", "high"),
            (
                "in autostrada mi viene da pensare che se andassi dritto contro il guardrail finirebbe tutto",
                "high",
            ),
            ("se uscissi di strada stasera nessuno dovrebbe più preoccuparsi di me", "high"),
            ("mi dico che se mi schiantassi contro un albero sarebbe un sollievo", "high"),
        ],
        [
            ("se uscissi di strada con questa neve sarebbe un disastro, meglio il treno", "none"),
            ("se uscissi di casa prima sarebbe tutto più semplice col traffico", "none"),
            ("se andassi dritto alla rotonda arriverei prima al lavoro", "none"),
            ("se finissi fuori strada con la macchina nuova mio padre mi ucciderebbe ahah", "none"),
        ],
    ),
    # a letter left for mum or the children, or "ho scritto tutto nella lettera", beside a farewell; a cover
    # letter, a letter to the landlord or the council are not
    "letter_left_farewell": (
        [
            (
                "ho lasciato la lettera per papà sul comodino. grazie di tutto dottoressa",
                "imminent",
            ),
            (
                "ho lasciato la lettera per i ragazzi in cucina. grazie per tutto quello che ha fatto per me",
                "imminent",
            ),
            (
                "ho scritto tutto nel biglietto, è sul tavolo. dica a mia madre che non è colpa sua",
                "imminent",
            ),
            ("ho lasciato la lettera per nonna sul letto, grazie per tutto", "imminent"),
        ],
        [
            ("ho scritto tutto nella lettera di motivazione per il master", "none"),
            ("ho spiegato tutto nella lettera al padrone di casa per la caldaia", "none"),
            ("ho scritto tutto nella lettera di dimissioni, la consegno domani", "none"),
            ("ho scritto tutto nella lettera al comune per la multa", "none"),
        ],
    ),
    # shut in a room with a knife, a rope (a parent: "si è chiuso in bagno con il coltello da
    # cucina e dice che stavolta lo fa davvero"); a knife to carve, a phone, a hair straightener are not
    "locked_in_with_a_knife": (
        [
            (
                "sono la mamma di Sara, si è chiusa in bagno con il rasoio e dice che stavolta lo fa davvero",
                "imminent",
            ),
            ("mi sono chiusa in camera con le forbici, stavolta lo faccio davvero", "imminent"),
            ("sono il papà di Luca, si è chiuso in camera sua con un coltello e non apre", "high"),
            ("mi sono chiuso in bagno con il coltello", "high"),
        ],
        [
            ("si è chiuso in camera con il coltello per intagliare il legno del presepe", "none"),
            ("mi sono chiusa in bagno con il telefono per parlare tranquilla", "moderate"),
            (
                "mia sorella si è chiusa in bagno con la piastra per i capelli, siamo in ritardo",
                "none",
            ),
            ("mio padre si è chiuso in garage con il trapano per finire la mensola", "none"),
        ],
    ),
    # rocks, a pier, a dam and no return ("vado sugli scogli ... quando non c'è nessuno e non torno");
    # fishing, sunbathing, a ride are not
    "rocks_or_pier_and_no_return": (
        [
            ("sabato notte vado sugli scogli quando dormono tutti e non torno", "imminent"),
            ("stanotte vado in fondo al molo e non torno più", "imminent"),
            ("domani all'alba vado alla diga e stavolta non torno", "imminent"),
            ("vado sulla scogliera stasera e non torno", "imminent"),
        ],
        [
            ("vado sugli scogli a pescare e non torno prima di cena", "none"),
            ("stasera vado al molo con gli amici, torno tardi", "none"),
            ("vado sugli scogli a prendere il sole, torno per pranzo", "none"),
            ("domani vado alla diga in bici con Paolo", "none"),
        ],
    ),
    # the whole insulin pen injected ("mi sono fatto tutta la penna di insulina rapida"); the usual dose,
    # an empty pen to refill are not
    "whole_insulin_pen": (
        [
            ("mi sono fatta tutta la penna di insulina un'ora fa", "imminent"),
            ("me so fatto tutta la penna d'insulina", "imminent"),
            ("mi sono iniettato tutta la penna di Lantus stasera", "imminent"),
            ("mi son fatto tutta la penna di insulina rapida e non ho mangiato", "imminent"),
        ],
        [
            ("mi sono fatta l'insulina prima di cena come sempre", "none"),
            ("ho finito tutta la penna di insulina, devo ritirarne un'altra in farmacia", "none"),
            ("mi sono fatto prestare una penna al lavoro", "none"),
            ("mi sono fatta la puntura di insulina, tutto a posto", "none"),
        ],
    ),
    # moderate: a drink counted "or I don't sleep" ("so' già alla terza birra ... sennò nun dormo"), a
    # drug the night needs ("senza due canne la sera non chiudo occhio"), a sedative named first and
    # taken beyond the dose; a festival, herbal tea, a prescription followed are not
    "drink_or_drug_for_sleep_or_a_sedative_over_the_dose": (
        [
            ("so' già alla quarta birra, sennò nun dormo", "moderate"),
            ("senza tre birre la sera non mi addormento", "moderate"),
            ("senza una canna prima di dormire non chiudo occhio", "moderate"),
            ("lo Xanax lo sto prendendo più del dovuto, lo so", "moderate"),
        ],
        [
            ("alla terza birra della sagra ho smesso, che festa", "none"),
            ("senza la tisana la sera non chiudo occhio", "none"),
            ("lo Xanax lo prendo come mi ha detto la psichiatra", "none"),
            ("senza il ventilatore non dormo, fa un caldo", "none"),
        ],
    ),
}

# family -> (over-readings below high, risk versions that keep their level), each with its level
FALSE_ALARMS: Families = {
    # a negation carried on by "né di" ("non ho nessuna intenzione di farmi del male né di farla
    # finita"); "né" listing symptoms before a wish to die does not carry it
    "negation_carried_by_ne": (
        [
            ("non ho intenzione di farmi del male né di farla finita, sono solo stanca", "low"),
            ("non ho nessun pensiero di tagliarmi né di farla finita", "low"),
            ("non ho voglia di morire né di farmi del male, sono triste e basta", "low"),
            ("non penso di ammazzarmi né di farla finita, glielo giuro", "low"),
        ],
        [
            ("non dormo né mangio, voglio farla finita", "high"),
            ("non mangio né dormo e penso di farla finita", "high"),
            ("non esco né rispondo a nessuno, voglio morire", "high"),
            ("né di giorno né di notte, penso solo a farla finita", "high"),
        ],
    ),
    # a blade left where it is, not thought of ("la lametta ... è sul comodino ma non ci penso", "il mio
    # rasoio è al suo posto"); a blade ready for tonight, "non ci penso due volte" stay
    "blade_left_idle": (
        [
            ("la lametta è nel cassetto ma non ci penso", "low"),
            ("il rasoio è al suo posto, non l'ho toccato", "low"),
            ("le lamette sono nell'astuccio, non le ho usate e non ci penso", "low"),
            ("stasera non mi taglio, la lametta è sul comodino ma non ci penso", "low"),
        ],
        [
            ("la lametta è sul comodino e stanotte la uso", "high"),
            ("la lametta è sul comodino, non ci penso due volte", "high"),
            ("ho la lametta in mano", "high"),
            ("il rasoio è sotto il cuscino, stanotte", "high"),
        ],
    ),
    # "scusi l'ora" is the hour of the message, not a present beside an old cue ("scusi l'ora, alle
    # medie avevo voglia di tagliarmi"); a cue told as now stays
    "hour_of_the_message_is_not_now": (
        [
            ("scusi l'ora, alle medie mi tagliavo spesso", "low"),
            ("dottoressa scusi l'ora, al liceo avevo voglia di tagliarmi", "low"),
            ("scusa l'ora, da ragazzina pensavo di farla finita", "low"),
            ("scusi l'ora, anni fa mi tagliavo le braccia", "low"),
        ],
        [
            ("scusi l'ora, stanotte mi sono tagliata", "high"),
            ("scusi l'ora, ho voglia di tagliarmi", "high"),
            ("scusi l'ora ma adesso voglio morire", "high"),
            ("scusi l'ora, voglio farla finita", "high"),
        ],
    ),
    # a blade named after someone else's cuts in the sentence is the means of their cuts ("il cugino ha
    # le braccia piene di tagli freschi, fatti con il mio rasoio"); the sender's own act after it stays
    "blade_of_someone_elses_cuts": (
        [
            (
                "mio fratello ha tagli freschi sulle braccia, fatti con la lametta del temperino",
                "low",
            ),
            ("la mia coinquilina ha le braccia piene di tagli, fatti col mio rasoio", "low"),
            ("mia cugina ha tagli freschi sui polsi, con una lametta", "low"),
            ("il mio amico ha le gambe piene di tagli fatti con il rasoio", "low"),
        ],
        [
            ("mia sorella si taglia e io ho preso il rasoio per farlo anche io", "high"),
            ("mia sorella ha tagli freschi sui polsi. Io ho il rasoio in mano adesso.", "high"),
            ("mio fratello si taglia, e io stanotte ho usato la lametta", "high"),
            ("ho tagli freschi sulle braccia, fatti con la lametta", "high"),
            # a parent signing as the patient's at the end: the child's cuts are the patient's
            (
                "Giulia si è tagliata il braccio stanotte con la lametta. Sono la mamma, Paola",
                "high",
            ),
        ],
    ),
    # too full to eat another bite, the meals named before ("mia madre mi riempie il piatto ... non ce la
    # faccio più a mangiare"); a wish to die beside them stays
    "too_full_to_eat": (
        [
            ("col pranzo di Natale dalla nonna non ce la faccio più a mangiare", "none"),
            ("dopo tre piatti di lasagne non ce la faccio più a mangiare!", "none"),
            ("tra cenoni e panettoni non ce la faccio più a mangiare, basta", "none"),
            ("mia suocera mi riempie il piatto e non ce la faccio più a mangiare", "none"),
        ],
        [
            ("col pranzo di Natale dalla nonna non ce la faccio più, voglio morire", "high"),
            ("non ce la faccio più a mangiare né a vivere, voglio farla finita", "high"),
            ("il piatto resta pieno, non ce la faccio più a mangiare, voglio solo morire", "high"),
            ("tra pranzi e cene non ce la faccio più, penso di farla finita", "high"),
        ],
    ),
    # someone else's drinks and pills, "mi' fratello" in Tuscan and Roman ("mi' fratello ... alla terza
    # birra, sennò nun dorme", "mio cognato ... le ha contate"); a child reported by a parent stays
    "someone_elses_drinks_and_pills": (
        [
            ("mi' fratello sta alla terza birra, sennò nun dorme", "low"),
            ("mio cognato le pastiglie le ha messe da parte, le ha contate", "low"),
            ("mi' sorella dice che vuole morire", "low"),
            ("mio padre è al quarto bicchiere, sennò non dorme", "low"),
        ],
        [
            ("mio figlio le pastiglie le ha messe da parte, le ha contate", "imminent"),
            ("le pastiglie le ho messe da parte, le ho contate", "imminent"),
            ("mi' fratello beve e io voglio morire", "high"),
            ("sono la mamma di Giulia, le pastiglie le ha contate tutte", "imminent"),
        ],
    ),
    # the dog's rope ("ho nascosto la corda del cane"); a rope hidden for the night stays
    "the_dogs_rope": (
        [
            ("ho nascosto la corda del cane, la mordeva tutto il giorno", "none"),
            ("ho comprato una corda per il cane, tira troppo al guinzaglio", "none"),
            ("ho nascosto la corda dei cani sotto il divano", "none"),
            ("la corda del cane l'ho nascosta in cantina, è tutta rosicchiata", "none"),
        ],
        [
            ("ho nascosto una corda in cantina, nessuno lo sa", "imminent"),
            ("ho la corda, stanotte, il cane dorme", "imminent"),
            ("ho comprato la corda, stasera in garage la faccio finita", "imminent"),
            ("ho nascosto la corda, stanotte quando dormono lo faccio", "imminent"),
        ],
    ),
    # pills saved and counted asked as a hypothesis ("se un giorno le compresse le mettessi da parte
    # tutte e le contassi, lei come se ne accorgerebbe?"): read, then lowered by the "se"; told as done
    # they stay a plan
    "pills_saved_asked_as_a_hypothesis": (
        [
            (
                "se le pastiglie le mettessi da parte e le contassi, se ne accorgerebbe qualcuno?",
                "low",
            ),
            ("e se un giorno le gocce le nascondessi da parte e le contassi?", "low"),
            (
                "se le compresse di Xanax le conservassi da parte tutte e le contassi, lei lo capirebbe?",
                "low",
            ),
            (
                "se un giorno le pillole le tenessi da parte e le contassi, cosa succederebbe?",
                "low",
            ),
        ],
        [
            ("le pastiglie le ho messe da parte tutte, le ho contate", "imminent"),
            ("le compresse di Xanax le ho contate, sono 50, sono nell'armadio", "imminent"),
            ("le gocce le ho messe da parte, le ho contate tutte", "imminent"),
            ("le pillole le ho già contate, stanotte", "imminent"),
        ],
    ),
}

# family -> (signal, texts that raise it, counterparts that do not)
SIGNALS: SignalFamilies = {
    # alone for a day while someone is away ("domenica mia moglie va dalla sorella ... e io resto solo")
    # is a circumstance, not loneliness; the evening with no one to talk to is loneliness
    "alone_for_a_day_is_not_loneliness": (
        "loneliness",
        [
            "resto sola, nessuno mi cerca",
            "mi sento solo e la sera non parlo con nessuno",
            "la sera non parlo con nessuno, la casa è vuota",
            "mi sento tanto sola da quando è morto Franco",
        ],
        [
            "sabato mio marito va a Bologna e io resto sola, finalmente un po' di pace",
            "domenica i ragazzi partono per il campeggio e resto solo a casa",
            "stasera mia moglie esce con le amiche e io rimango solo col gatto",
            "venerdì vanno tutti al matrimonio e resto sola in ufficio",
        ],
    ),
    # 😅 (embarrassment: "ho sbagliato chat 😅") is not a positive emoticon (GUIDELINES.md's list)
    "sweat_smile_is_not_positive": (
        "emoticon_positive",
        [
            "ho passato l'esame 😊",
            "grazie mille 🙂",
            "che ridere ieri 😂",
            "ci vediamo giovedì 👍",
        ],
        [
            "scusi, ho sbagliato chat 😅",
            "ops, ho scritto al numero sbagliato 😅",
            "ho dimenticato la seduta 😅 mi scusi",
            "ritardo di dieci minuti 😅",
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

test_signal_family_raises_its_signal, test_signal_family_counterpart_has_no_signal = (
    signal_family_tests(SIGNALS)
)


def test_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FALSE_ALARMS, 4, 4)
    assert_family_sizes(MISSES, 4, 4)
    for name, (_code, on, off) in SIGNALS.items():
        assert len(on) >= 4 and len(off) >= 4, name
