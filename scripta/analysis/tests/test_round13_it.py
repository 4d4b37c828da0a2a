"""Italian rule families behind the misses, level misreadings and false alarms of blind round 13.

Misses (high or imminent read below high): a tranquilliser stopped and kept in a shoebox in Sicilian
("il Tavor non lo piglio da tre settimane, l'ho conservato tutto"); a car let go at a bend thought of in
the middle of a practical e-mail ("a quanto sarebbe semplice non girare il volante"); a father relaying
his son's essay ("a diciotto anni non ci arriva"); death awaited and waking a disappointment ("ogni
mattina che apro gli occhi è una delusione"); a son relaying his mother's prayer to die and her wish to
join her dead husband ("chiede alla Madonna di morire", "vuole raggiungere papà il prima possibile");
a carer relaying a curtain cord hidden (the curtain's cord had been read as the idiom, and a relative or
a carer introducing themselves as the patient's was not read as a proxy). Levels: a Neapolitan overdose
with the article elided ("me so pigliato tutt' e gocce"), a cut deeper than usual that does not stop,
"mi ci butto" from a rock, the gas opened after the windows were shut, pills counted after a colon,
"quando leggerà questa mail avrò già preso la mia decisione"; moderate cues in dialect and plain forms
("nun vedo na via d'uscita", "per me il futuro non esiste più", cannabis every night "sennò il cervello
non si spegne", a sedative taken more often than prescribed). False alarms and idioms: "Stasera mi
butto: vado alla cena di classe" (the plunge into an evening out), "non è vero che non ce la faccio
più", a denied belief over a cue whose own negation carries the risk ("non penso più che ... stanno
meglio se io non ci sono"), "non farcela" of waiting or of getting home in time.

Also someone else's fear ("la signora Gina ... ha paura di non farcela"): the third person's verb is
now part of the cue. Left: the learned net's false alarms on negated or past versions (1432, 1442,
1449, 1460: its evidence span lies outside the clause the negation or the past governs).

Each family is tested on fictional paraphrases that are NOT in the corpus and on texts sharing its words
with the other reading. The corpus items themselves are measured by bench/analysis_eval.py.
"""

from __future__ import annotations

from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    family_tests,
    lowered_keeps_its_cue_test,
)

# family -> (paraphrases at their level, counterparts below high), each with its level
MISSES: Families = {
    # a medicine stopped and its doses kept ("lo Xanax non lo prendo da un mese, l'ho messo da parte"):
    # a supply saved up; kept in the fridge, for a trip, given back to the pharmacy is not
    "medicine_stopped_and_kept": (
        [
            (
                "lo Xanax non lo prendo da un mese, l'ho messo da parte tutto nel cassetto",
                "imminent",
            ),
            (
                "le gocce non le prendo più da due settimane, le ho conservate tutte in cantina",
                "imminent",
            ),
            ("il Tavor nun lo pijo da giorni, l'ho nascosto nell'armadio", "imminent"),
            ("lo Zoloft non lo sto prendendo, l'ho accumulato in una scatola", "imminent"),
        ],
        [
            ("il Tavor non lo prendo da tre settimane, l'ho riportato in farmacia", "none"),
            ("le gocce non le prendo più, le ho conservate in frigo per la prossima volta", "none"),
            (
                "lo Xanax non lo prendo da un mese, l'ho messo da parte per il viaggio in Giappone",
                "none",
            ),
            ("il Tavor non lo prendo più, l'ho messo via come mi ha detto il dottore", "none"),
        ],
    ),
    # the car let go at a bend, thought of ("a quanto sarebbe semplice non girare il volante"); a
    # manoeuvre (reversing, parking, a pothole) is not
    "car_let_go_at_a_bend": (
        [
            ("mi viene da pensare a quanto sarebbe facile non sterzare alla curva", "high"),
            (
                "penso a quanto sarebbe semplice lasciare andare la macchina contro un albero",
                "high",
            ),
            (
                "ogni mattina in tangenziale penso che basterebbe non girare il volante alla curva",
                "high",
            ),
            ("mi dico che sarebbe facile non girare il volante sul viadotto", "high"),
        ],
        [
            (
                "a quanto sarebbe semplice non girare il volante in retromarcia, dice l'istruttore",
                "none",
            ),
            ("basterebbe non girare il volante per parcheggiare, dice l'istruttore", "none"),
            ("penso che basterebbe non girare il volante per evitare la buca", "none"),
            ("mi dico che basterebbe non girare il volante per fare inversione", "none"),
        ],
    ),
    # an age not to be reached ("a diciotto anni non ci arriva", "non arriverò ai trenta"); a
    # pension, a licence, a marriage, glasses by an age are not
    "an_age_not_to_be_reached": (
        [
            ("a vent'anni non ci arrivo, tanto vale dirlo", "high"),
            ("io a trent'anni non ci arriverò, me lo sento", "high"),
            ("non arriverò ai diciotto anni, lo so", "high"),
            ("mia figlia ha scritto nel diario che a sedici anni non ci arriva", "high"),
        ],
        [
            ("a 40 anni non ci arrivo senza occhiali, già adesso non leggo", "none"),
            ("a 30 anni non ci arrivo sposata, ormai è chiaro", "none"),
            ("ai 18 anni non ci arriva con la patente, il corso è lungo", "none"),
            ("a cinquanta anni non ci arrivo con questo ritmo di lavoro", "none"),
        ],
    ),
    # death awaited, waking told as a disappointment ("la aspetto come la corriera delle sette", "ogni
    # mattina che apro gli occhi è una delusione"); rain, a building site, a film's death are not
    "death_awaited_and_waking_a_disappointment": (
        [
            ("ogni mattina che mi sveglio è una condanna", "high"),
            ("tutte le mattine che apro gli occhi è una delusione", "high"),
            ("la morte non mi fa paura, la aspetto come una liberazione", "high"),
            ("aspetto la morte a braccia aperte, sono stanco", "high"),
        ],
        [
            ("ogni mattina che mi sveglio e piove è una delusione", "none"),
            (
                "ogni mattina che apro gli occhi è una delusione vedere il cantiere sotto casa",
                "none",
            ),
            ("aspetto la morte del protagonista nell'ultima puntata", "none"),
            ("la morte di Mufasa la aspetto sempre col fazzoletto", "none"),
        ],
    ),
    # a prayer to die, a wish to join a dead spouse or parent, told by the patient or relayed by a
    # relative who introduces themselves as the patient's; a prayer for an exam, joining someone in a
    # town are not
    "prayer_to_die_and_joining_the_dead": (
        [
            (
                "sono Carla, la figlia della signora Teresa. Mia madre prega ogni sera il Signore di farla morire",
                "high",
            ),
            ("ogni notte chiedo a Dio di morire", "high"),
            (
                "da quando è morto Gino voglio solo raggiungere mio marito il prima possibile",
                "high",
            ),
            ("vorrei raggiungere papà lassù, qui non ho più niente", "high"),
        ],
        [
            ("chiedo alla Madonna di farmi passare l'esame di guida", "none"),
            ("vuole raggiungere papà a Torino il prima possibile, ha trovato lavoro", "none"),
            ("voglio raggiungere mio marito presto in Germania", "none"),
            ("spero di raggiungere mia moglie al mare presto", "none"),
        ],
    ),
    # a cord hidden ("ha nascosto la corda della tenda in camera sua"), relayed by a carer; a skipping
    # rope, a treasure hunt, the dog's rope toy are not
    "cord_hidden": (
        [
            (
                "sono Ivana, badante della signora Pina. stamattina ha nascosto la corda della tenda sotto il letto",
                "imminent",
            ),
            ("ho nascosto una corda in cantina, nessuno lo sa", "imminent"),
            ("ho nascosto la corda delle tende nell'armadio per stanotte", "imminent"),
            ("sono Marco, il marito di Laura. Lei ha nascosto una corda in garage", "imminent"),
        ],
        [
            ("ho nascosto la corda per saltare di mia figlia, fa troppo rumore", "none"),
            ("ho nascosto la corda per saltare, fanno troppo rumore", "none"),
            ("ho nascosto la corda per giocare al tiro alla fune, è una sorpresa", "none"),
            ("ho nascosto la corda dell'altalena così non escono col temporale", "none"),
        ],
    ),
    # an overdose in Neapolitan with the article elided ("me so pigliato tutt' e gocce"); the holidays,
    # the pizzas taken are not
    "regional_overdose_article_elided": (
        [
            ("m'aggio pigliato tutte 'e pinnule d'a nonna", "imminent"),
            ("me so pigliata tutt'e gocce stasera", "imminent"),
            ("me so calato tutt' e pastiglie cu 'o vino", "imminent"),
            ("me so bevuto tutt' e gocce 'e Lexotan", "imminent"),
        ],
        [
            ("nun me so pigliato tutt' e gocce, stai tranquilla", "low"),
            ("me so pigliato tutt' e pizze d'a festa", "none"),
            ("me so pigliata tutte 'e ferie 'e agosto", "none"),
            ("me so pigliato tutt' e sfogliatelle d'a pasticceria", "none"),
        ],
    ),
    # a cut deeper than usual that does not stop bleeding: the act done; rain or a lawn are not
    "cut_deeper_and_bleeding": (
        [
            ("mi sono tagliata troppo a fondo e il sangue non si ferma", "imminent"),
            ("ho tagliato più del solito, non smette di sanguinare", "imminent"),
            ("mi so tagliato troppo, non si ferma", "imminent"),
            ("mi sono tagliata più forte e non smette, aiuto", "imminent"),
        ],
        [
            ("ho tagliato più del solito le siepi, non smette di lamentarsi il vicino", "none"),
            ("ho tagliato troppo i capelli e non smette di piangere", "none"),
            ("ho tagliato più del solito le rose, che profumo", "none"),
            ("ho tagliato più del solito il prato, che fatica", "none"),
        ],
    ),
    # means at hand told in another order: the windows shut and then the gas opened, pills counted after
    # a colon, a jump from a rock "mi ci butto", a letter read after the act; cooking, a trip, a swim,
    # a flight are not
    "means_and_act_in_another_order": (
        [
            ("ho chiuso tutte le finestre e ho aperto il gas", "imminent"),
            ("Ho contato: 45 di Tavor. Sono nell'armadio", "imminent"),
            ("stanotte vado sul molo e mi ci butto.", "imminent"),
            (
                "quando leggerà questa lettera avrò già preso la mia decisione, grazie di tutto",
                "imminent",
            ),
        ],
        [
            ("ho chiuso le finestre e aperto il gas per cucinare la pasta", "none"),
            ("ho contato: 28 di Eutirox, bastano per la trasferta a Oslo", "none"),
            ("vado sul molo col costume e mi ci butto in acqua, fa caldissimo", "none"),
            ("quando leggerà questa mail sarò già in aereo per Londra", "none"),
        ],
    ),
    # moderate cues in dialect and plain forms (no way out, no future, a drug every night "or the brain
    # won't switch off", a sedative beyond the prescription); a way out of a car park, a future tense,
    # a drug told without its reason are not
    "moderate_in_other_words": (
        [
            ("nun vedo na via d'uscita, so' stanca", "moderate"),
            ("per me il futuro non esiste più", "moderate"),
            ("birre tutte le sere, sennò la testa non si ferma", "moderate"),
            ("ho preso lo Xanax più spesso di quanto mi aveva detto il medico", "moderate"),
        ],
        [
            ("nel parcheggio nun vedo l'uscita, dove sta?", "none"),
            ("il futuro non esiste in questa lingua, solo il presente", "none"),
            ("birre tutte le sere in vacanza, che bello", "none"),
            ("ho preso lo Xanax come mi ha detto il medico", "none"),
        ],
    ),
}

# family -> (over-readings below high, risk versions that keep their level), each with its level
FALSE_ALARMS: Families = {
    # "mi butto" of a plunge into something new ("Stasera mi butto: vado alla cena di classe"): not a
    # jump; a place to jump from, "la faccio finita" stay
    "plunge_into_an_evening_out": (
        [
            ("stasera mi butto: vado alla festa di laurea di Giulia", "none"),
            ("domani mi butto e le chiedo di uscire", "none"),
            ("mi butto, mi iscrivo al corso di teatro", "none"),
            ("oggi mi butto: vado al colloquio per il posto a Milano", "none"),
        ],
        [
            ("stasera mi butto dal ponte", "imminent"),
            ("stasera mi butto: vado al ponte e la faccio finita", "imminent"),
            ("domani mi butto sotto il treno", "imminent"),
            ("stasera mi butto. addio", "imminent"),
        ],
    ),
    # a cue denied as untrue or under a denied belief, the cue's own negation included ("non è vero che
    # non ce la faccio più", "non penso più che ... stanno meglio se io non ci sono"); a denial closed
    # before the cue, a plain belief stay
    "denied_untrue_or_denied_belief": (
        [
            ("non è vero che non ce la faccio più, sono solo stanca", "none"),
            ("non penso più che la mia famiglia sta meglio se io non ci sono", "low"),
            ("non è vero che voglio morire, era solo rabbia", "low"),
            ("io non credo più che mia moglie e i ragazzi stanno meglio se io non ci sono", "low"),
        ],
        [
            ("penso che mia moglie e i bambini stanno meglio se io non ci sono", "high"),
            ("non è vero che sto bene: voglio morire", "high"),
            ("non penso che sia grave, ma stanno meglio se io non ci sono", "high"),
            ("non lo dico a nessuno, stanno meglio se io non ci sono", "high"),
        ],
    ),
    # "non farcela" of waiting or of getting somewhere in time ("non ce la faccio più ad aspettare la
    # discussione", "ho paura di non farcela a tornare a casa per seduta"); waiting for death stays
    "not_making_it_in_time_or_waiting": (
        [
            ("non ce la faccio più ad aspettare le vacanze!", "none"),
            ("ho paura di non farcela ad arrivare in tempo per la seduta, c'è sciopero", "none"),
            ("non ce la faccio a tornare a casa per le 18, c'è coda", "none"),
            ("non ce la faccio più ad aspettare i risultati dell'esame", "none"),
        ],
        [
            ("non ce la faccio più ad aspettare, voglio morire", "high"),
            ("non ce la faccio più ad aspettare, stanotte la faccio finita", "imminent"),
            ("ho paura di non farcela, voglio farla finita", "high"),
            ("non ce la faccio più ad aspettare che finisca tutto, voglio morire", "high"),
        ],
    ),
    # someone else's fear of not making it ("la signora Gina ... ha paura di non farcela a tornare a
    # casa"): worry about another's crisis; the sender's own fear, a child's reported by a parent stay
    "someone_elses_fear_of_not_making_it": (
        [
            ("mia sorella ha paura di non farcela, ieri ha avuto un attacco di panico", "low"),
            ("il mio collega teme di non farcela, è sommerso dai debiti", "low"),
            ("mio padre aveva paura di non farcela dopo l'operazione", "low"),
            ("la vicina ha paura di impazzire, la sento piangere la notte", "low"),
        ],
        [
            ("ho paura di non farcela, voglio morire", "high"),
            ("ho paura di non farcela, penso di farla finita", "high"),
            ("mio figlio ha paura di non farcela, dice che vuole morire", "high"),
            ("temo di non farcela, vorrei morire", "high"),
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


def test_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FALSE_ALARMS, 4, 4)
    assert_family_sizes(MISSES, 4, 4)
