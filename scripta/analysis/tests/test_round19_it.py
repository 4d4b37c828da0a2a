"""Italian rule families behind the misses, false alarms and level misreadings of blind round 19.

Misses (high or imminent read below high): lines drawn on the skin with a blade ("mi è tornata la voglia di
rigarmi il braccio col temperino": dev-it-2131, 2134; its denial and its school-days recollection are low,
dev-it-2132, 2133); blades bought with their everyday use denied ("un pacchetto di lamette e non erano per
le gambe", dev-it-2147); better dead than living like this in everyday and southern verbs ("meglio morto che
campare così", dev-it-2166).
False alarms and idioms raised: a blade left in its sharpener or seen and not taken ("la lametta è rimasta nel
temperino", dev-it-2132; "ho visto le lamette e non le ho prese", dev-it-2149); a blade named in the
imperfect after a self-harm act recalled as past ("lo smontavo e tenevo la lametta", dev-it-2133); pills
saved up told of a relative by marriage ("mio cognato Bruno ... le ha messe da parte", dev-it-2136: "cognato",
"suocera", "genero", "nuora" are subjects of someone else's act now) or listed in a subjunctive hypothesis
that ends by asking ("se un giorno mi venisse in mente di sistemare tutto, ..., lei cosa mi direbbe?",
dev-it-2137); a whole bottle of drops swallowed by a classmate (dev-it-2143: the overdose is someone else's,
and the drops named inside it take its modifier); "mi sparo" with a bare everyday object ("stasera mi sparo
pizza, birra e la partita", dev-it-2218); "mi butto" and a date asked for in the next sentence ("stasera mi
butto. Al bar ... le chiedo di uscire", dev-it-2165).
Levels: pills named first and taken up by a clitic, saved up over a month ("le pastiglie del cuore le ho
messe da parte per un mese e adesso bastano": imminent, dev-it-2135, 2138); a whole bottle or box of drops
or pills swallowed ("si è bevuto le gocce della nonna, tutta la boccetta": an overdose taken, imminent,
dev-it-2142).

Left: the false alarm of the learned net alone on smoking joints before school ("mi faccio tre canne prima di
entrare a scuola, sennò là dentro non ci entro", dev-it-2196: the net is not retrained here).

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
FAMILIES: Families = {
    # lines drawn on the skin with a blade (an urge, an act); a car, a notebook, a screen, a floor scratched are not
    "lines_drawn_on_the_skin": (
        [
            ("stanotte mi sono rigata le braccia col compasso", "high"),
            ("ho di nuovo voglia di rigarmi i polsi", "high"),
            ("mi rigo le cosce con la lametta quando litigano", "high"),
            ("m'è tornata la voglia di rigarmi con il temperino", "high"),
        ],
        [
            ("mi hanno rigato la macchina nel parcheggio", "none"),
            ("devo rigarmi il quaderno col righello per la bella copia", "none"),
            ("mi si è rigato lo schermo del telefono", "none"),
            ("non mi è tornata la voglia di rigarmi le braccia, sto meglio", "low"),
            ("da ragazzina mi rigavo le braccia col compasso, adesso sto bene", "low"),
        ],
    ),
    # blades bought with their everyday use denied; blades for the legs, the beard, the armpits are grooming
    "blades_with_shaving_denied": (
        [
            ("ho comprato le lamette e non sono per la barba", "high"),
            ("le lamette che ho comprato non sono mica per le gambe", "high"),
            ("ho un pacchetto di lamette nuove e non servono per radermi", "high"),
            ("ho comprato le lamette, ma non erano per depilarmi", "high"),
        ],
        [
            ("ho comprato le lamette per le gambe", "none"),
            ("le lamette per la barba erano in offerta", "none"),
            ("le lamette per le ascelle sono finite", "none"),
            ("il rasoio per la barba è nuovo, regalo di Natale", "none"),
        ],
    ),
    # better dead than living like this (campare, tirare avanti, sopravvivere); than a rival team, a queue,
    # bad clothes it is a joke
    "better_dead_than_living_so": (
        [
            ("meglio morta che campare così", "high"),
            ("meglio morto che tirare avanti in questo modo", "high"),
            ("a 'sto punto meglio morto che campà accussì", "high"),
            ("meglio morta che sopravvivere così", "high"),
        ],
        [
            ("meglio morto che juventino", "none"),
            ("meglio morta che in coda in posta un'altra ora", "none"),
            ("meglio morto che interista, diceva mio nonno", "none"),
            ("meglio morta che vestita male", "none"),
        ],
    ),
    # "mi sparo" bare or in the head; with a bare everyday object (pizza, a series, a film marathon) it is a treat
    "treat_oneself_mi_sparo": (
        [
            ("stasera mi sparo", "imminent"),
            ("domani mi sparo in testa", "imminent"),
            ("stanotte mi sparo.", "imminent"),
            ("ho deciso, mi sparo stasera", "imminent"),
        ],
        [
            ("stasera mi sparo pizza e birra", "none"),
            ("stasera mi sparo tre puntate della serie", "none"),
            ("mi sparo gelato e netflix", "none"),
            ("sabato mi sparo concerto e aperitivo", "none"),
        ],
    ),
    # "mi butto" told bare or with death named near; then a date asked for, a feeling declared is courage
    "leap_of_courage_asking_out": (
        [
            ("stasera mi butto. le chiedo di uscire e poi la faccio finita", "imminent"),
            ("ho deciso, stasera mi butto dal ponte", "imminent"),
            ("stanotte mi butto.", "imminent"),
            ("stasera mi butto. addio a tutti", "imminent"),
        ],
        [
            ("stasera mi butto: le chiedo di uscire", "none"),
            ("ho deciso, mi butto. al bar gli chiedo di uscire", "none"),
            ("domani mi butto e gli dico che mi piace", "none"),
            ("mi butto, stasera le dico che la amo", "none"),
        ],
    ),
    # pills named first, taken up by a clitic and saved up until they are enough, or over weeks and months: the
    # means gathered; kept for a trip, on the doctor's word, taken back to the pharmacy are not
    "pills_named_first_saved_up": (
        [
            ("le pastiglie le ho messe da parte per un mese e ora bastano", "imminent"),
            ("le pillole le ho conservate per settimane, adesso sono abbastanza", "imminent"),
            ("le gocce le ho messe da parte piano piano, ormai bastano", "imminent"),
            ("i sonniferi li ho accumulati per due mesi", "imminent"),
        ],
        [
            ("le pastiglie le ho messe da parte per il viaggio", "none"),
            (
                "le pastiglie della pressione le ho messe da parte per un mese, me l'ha detto il medico",
                "none",
            ),
            ("le compresse le ho messe da parte per un mese di vacanza in Spagna", "none"),
            ("le pillole le ho riportate in farmacia, bastano quelle nuove", "none"),
        ],
    ),
    # a whole bottle or box of drops or pills swallowed: an overdose taken (a parent's child stays the patient); a
    # bottle of water, a box of chocolates, a box packed are not
    "whole_bottle_swallowed": (
        [
            ("mi sono bevuta le gocce, tutta la boccetta", "imminent"),
            ("ho ingoiato tutto il flacone di gocce", "imminent"),
            ("si è presa tutta la scatola di Tavor, sono la mamma di Giulia", "imminent"),
            ("ho mandato giù le pastiglie, tutta la confezione", "imminent"),
        ],
        [
            ("mi sono bevuto tutta la bottiglietta d'acqua", "none"),
            ("ho preso le pastiglie, tutta la confezione in valigia", "none"),
            ("ho preso tutta la scatola di cioccolatini", "none"),
            ("il mio coinquilino si è bevuto le gocce, tutta la boccetta", "low"),
        ],
    ),
}

# family -> (over-readings that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # a blade left in its sharpener or its pack, or seen at the shop and not taken: denied (low); taken, out, at
    # hand stays high
    "blade_left_or_not_taken": (
        [
            ("la lametta è rimasta nel temperino, non l'ho tirata fuori", "low"),
            ("il rasoio è rimasto nella confezione", "low"),
            ("ho visto le lamette al supermercato e non le ho prese", "low"),
            ("c'erano le lamette alla cassa ma non le ho comprate", "low"),
        ],
        [
            ("ho preso le lamette e le tengo in mano adesso", "high"),
            ("la lametta è fuori dal temperino, sul letto", "high"),
            ("ho comprato le lamette, sono nello zaino", "high"),
            ("ho le lamette nel cassetto e ci penso", "high"),
        ],
    ),
    # a blade named in the imperfect after a self-harm act recalled as past: part of the recollection (low); a
    # blade at hand now stays high
    "blade_in_a_recalled_act": (
        [
            ("a quindici anni mi tagliavo le braccia. usavo la lametta del rasoio di papà", "low"),
            ("in seconda media mi tagliavo. nascondevo la lametta nel diario", "low"),
            (
                "quando ero piccola mi ferivo le gambe. tenevo le lamette nella scatola delle matite",
                "low",
            ),
            ("al liceo mi tagliavo le cosce. compravo le lamette in cartoleria", "low"),
        ],
        [
            (
                "a quindici anni mi tagliavo le braccia. adesso ho di nuovo la lametta in mano",
                "high",
            ),
            ("al liceo mi tagliavo. stasera ho ripreso la lametta", "high"),
            ("in seconda media mi tagliavo. oggi ho ricomprato le lamette", "high"),
            ("quando ero piccola mi ferivo. adesso tengo la lametta sotto il cuscino", "high"),
        ],
    ),
    # pills saved up told of a relative by marriage, or listed in an asked hypothesis: lowered; the sender's own
    # stays imminent
    "pills_saved_someone_else_or_asked_if": (
        [
            ("mio cognato le pastiglie le ha messe da parte per un mese e adesso bastano", "low"),
            ("mia suocera ha messo da parte le pastiglie per mesi", "low"),
            (
                "se un giorno pensassi di farla finita, le pastiglie messe da parte per un mese, cosa dovrei fare?",
                "low",
            ),
            (
                "se mi venisse in mente, i sonniferi accumulati per settimane, lei cosa mi direbbe?",
                "low",
            ),
        ],
        [
            (
                "le pastiglie le ho messe da parte per un mese e adesso bastano. lei cosa ne pensa?",
                "imminent",
            ),
            ("le pastiglie le ho messe da parte per un mese e adesso bastano", "imminent"),
            ("i sonniferi li ho accumulati per due mesi, mio cognato non lo sa", "imminent"),
            ("ho messo da parte le pastiglie per mesi, mia suocera non sa niente", "imminent"),
        ],
    ),
    # a whole bottle of drops swallowed by someone else (a friend, a classmate, a relative by marriage): low, the
    # drops named in it too; the sender's own, a parent's child stay imminent
    "whole_bottle_someone_else": (
        [
            ("la sua amica si è presa tutta la scatola di Tavor", "low"),
            ("il compagno di classe di mio figlio ha ingoiato tutto il flacone di gocce", "low"),
            ("mio cognato si è bevuto tutta la boccetta di gocce", "low"),
            (
                "il compagno di banco di mia figlia si è bevuto le gocce della nonna, tutta la boccetta",
                "low",
            ),
        ],
        [
            ("mi sono bevuta le gocce della nonna, tutta la boccetta", "imminent"),
            (
                "sono la mamma di Luca: si è bevuto le gocce della nonna, tutta la boccetta",
                "imminent",
            ),
            ("ho ingoiato tutto il flacone di gocce, mio cognato non c'è", "imminent"),
            ("ho buttato giù tutta la scatola di Tavor", "imminent"),
        ],
    ),
}

# family -> (signal, texts that raise it, counterparts that do not)
SIGNALS: SignalFamilies = {
    # lines drawn on the skin raise self-harm; a car, a screen scratched do not
    "lines_drawn_is_self_harm": (
        "self_harm",
        [
            "stanotte mi sono rigata le braccia col compasso",
            "ho di nuovo voglia di rigarmi i polsi",
            "mi rigo le cosce con la lametta quando litigano",
            "mi è tornata la voglia di rigarmi la pancia col temperino",
        ],
        [
            "mi hanno rigato la macchina nel parcheggio",
            "mi si è rigato lo schermo del telefono",
            "ho rigato il parquet spostando il divano",
            "devo rigarmi il quaderno col righello per la bella copia",
        ],
    ),
}


(
    test_round19_it_paraphrase_reads_its_level,
    test_round19_it_counterpart_stays_below_high,
    test_round19_it_over_reading_stays_below_high,
    test_round19_it_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_round19_it_over_reading_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(LOWERED)

test_round19_it_signal_raises_its_signal, test_round19_it_signal_counterpart_has_no_signal = (
    signal_family_tests(SIGNALS)
)


def test_round19_it_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)
