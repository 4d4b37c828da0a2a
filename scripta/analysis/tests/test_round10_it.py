"""Italian rule families behind the misses and false alarms of blind round 10.

False alarms (read high or imminent, labelled low or none): a blade or a rope thrown away beside a
denied act ("non mi sono tagliata, la lametta l'ho buttata nel bidone"; the denied "tagliata" was
read as the blade's use; the Sicilian "a corda l'aiu ghittata" was not read as thrown away); a
burden denied with a place between ("non penso più che senza di me in casa starebbero più
tranquilli": no rule read the burden with "in casa" before the verb, so the negation had nothing to
lower and the net read it high); the sender's own line disowned as a joke ("giuro che mi butto
dalla finestra 😂 scherzo eh"); a goodbye and thanks in a message that tells a new start elsewhere
("da lunedì sono a Torino per il nuovo lavoro. Addio e grazie ancora!"). Misses: the wish not to
wake in Neapolitan ("vulesse addurmì e nun me scetà cchiù"); a learner's spelling ("io non volio
piu vivere"); an overdose told in a learner's spelling ("ho preso tute le pastile di mio marito");
a jump told with its place closing the sentence, in Sardinian ("a sa punta de Capo Caccia e mi
ghetto. No ndi potzu prus. Adiosu"); a letter left, then the bridge, and "vado al molo. non mi
cerchi" (imminent, read high by the net alone). Signal: "no ndi potzu prus" / "nun ne pozzo
cchiù" (cannot cope, in regional forms). Level-only misreadings (LEVEL_FAMILIES): an overdose in the passato
remoto ("presi tutta la scatola di Zolpidem") and "tante pillole"; a panic attack with
breathlessness; withdrawal and low mood in regional forms ("no vegno fora dal leto", "seu trista");
"tt mi sembra grigio"; not getting up for a medicine's drowsiness or tomorrow's soreness.

Each family is tested on fictional paraphrases that are NOT in the corpus (other regions, tools,
places, learners' and texting spellings) and on texts sharing its words with the other reading
(the crisis version that must keep its level for a false alarm; someone else's, quoted, everyday
for a miss). The corpus items themselves are measured by bench/analysis_eval.py.
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
    lowered_keeps_its_cue_test,
    signal_family_tests,
)

# family -> (paraphrases below high, risk versions that keep high), each with its level
FALSE_ALARMS: Families = {
    # a blade or a rope thrown away ("buttata nel bidone", Sicilian "ghittata", "jittata") beside an
    # act denied in the same sentence: negated (low); a rope thrown over a beam, a blade taken back
    # or used after all stays
    "means_thrown_use_denied": (
        [
            ("sono le tre e non mi sono ferita, le lamette le ho buttate nel water. Vale", "low"),
            (
                "stasera nn mi sn tagliato, la lama del cutter l'ho gettata nel cassonetto sotto casa",
                "low",
            ),
            (
                "Non l'ho usata: la lametta l'ho buttata via prima di cena, come avevamo detto.",
                "low",
            ),
            ("a corda l'aju jittata ntò mari, nun ci pensu cchiù. Saro", "low"),
            (
                "la corda che tenevo in cantina l'ho buttata nella differenziata, non mi serviva a niente di buono",
                "low",
            ),
        ],
        [
            ("ho buttato la lametta ma mi sono tagliata lo stesso con le forbici", "high"),
            ("la corda l'ho gettata sulla trave del garage, è tutto pronto", "imminent"),
            ("non mi sono tagliata ieri, ma stanotte la lametta l'ho ripresa dal bidone", "high"),
            ("la lametta l'ho buttata, poi sono tornata a prenderla e mi sono tagliata", "high"),
        ],
    ),
    # "senza di me in casa / a casa / in famiglia / qui starebbero più tranquilli": the burden read
    # with a place before the verb, so a denial ("non penso più che...") lowers it to low
    "burden_with_a_place_denied": (
        [
            (
                "Non penso più che senza di me in casa starebbero tutti più tranquilli, ne abbiamo parlato.",
                "low",
            ),
            (
                "nn credo davvero che senza di me a casa sarebbero più sereni, era la stanchezza",
                "low",
            ),
            ("Ormai non penso più che senza di me in famiglia starebbero meglio.", "low"),
            ("non ho più pensato che senza di me qui sarebbero più felici", "low"),
        ],
        [
            ("senza di me in casa starebbero tutti più tranquilli, lo penso ogni sera", "high"),
            ("Penso sempre che senza di me a casa sarebbero più sereni.", "high"),
            (
                "mia madre ha già i suoi problemi e senza di me in famiglia starebbero meglio",
                "high",
            ),
            (
                "dicono che sto meglio ma io penso ancora che senza di me qui sarebbero più felici",
                "high",
            ),
        ],
    ),
    # the sender's own line followed by "scherzo", "sto scherzando", "scherzavo": an idiom; "non sto
    # scherzando", "scherzi a parte", "o forse no" keep it
    "line_disowned_as_joke": (
        [
            (
                "quarta torta bruciata, se va male anche questa mi butto dal balcone ahah scherzo eh",
                "none",
            ),
            ("un altro lunedì così e mi sparo ahah sto scherzando, a giovedì", "none"),
            ("Mi ammazzo! Scherzo, scherzo: ho solo perso il treno per un minuto.", "none"),
            ("la riunione delle 8 di sabato... voglio morire 🤣 ovviamente scherzo", "none"),
            ("se mi chiama ancora il call center mi impicco, scherzavo dai", "none"),
        ],
        [
            ("mi butto dalla finestra e non sto scherzando", "imminent"),
            ("giuro che mi ammazzo, non scherzo più", "imminent"),
            ("mi butto dal ponte stasera. scherzi a parte, sto malissimo", "imminent"),
            ("voglio morire, sto scherzando... o forse no", "high"),
        ],
    ),
    # thanks and a goodbye in a message that tells a new job, a move, a posting: a leaving; a
    # cannot-cope, a wish not to live or "per sempre" in the message keep the farewell
    "goodbye_before_a_new_start": (
        [
            (
                "Grazie per tutto dottoressa, addio! Da settembre mi trasferisco a Lisbona per il nuovo lavoro.",
                "none",
            ),
            (
                "volevo salutarla e dirle grazie di tutto, dal 3 prendo servizio all'ospedale di Bari. Addio e buona estate!",
                "none",
            ),
            ("addio e grazie x tutto, il mese prox vado a vivere a Londra con Marco", "none"),
            (
                "Le chiavi dello studio le lascio in portineria. Grazie per tutto quello che ha fatto, da lunedì inizio a lavorare a Verona. Addio!",
                "none",
            ),
        ],
        [
            (
                "Grazie per tutto, addio. Il nuovo lavoro non lo comincerò, non ce la faccio più.",
                "imminent",
            ),
            (
                "addio e grazie di tutto, il cane l'ho lasciato a mia sorella e il nuovo lavoro non mi interessa più. non mi cerchi",
                "imminent",
            ),
            (
                "ho trovato lavoro a Milano ma non ci arriverò. grazie per tutto, addio per sempre",
                "imminent",
            ),
            (
                "volevo dirle grazie per tutto. mi trasferisco a Torino ma non voglio più vivere. addio",
                "imminent",
            ),
        ],
    ),
}
# family -> (paraphrases at high/imminent, counterparts below high), each with its level
MISSES: Families = {
    # the wish not to wake or not to live in regional forms ("nun me scetà cchiù", "no svejarme
    # pi", "nun voglio campà cchiù"); not waking early, someone else's, a song
    "regional_not_waking": (
        [
            ("dottò vurria durmì e nun me scetà cchiù", "high"),
            ("stasera vulesse chiudere l'uocchie e nun me scetà mai cchiù", "high"),
            ("Dotora, vorria dormir e no svejarme pi", "high"),
            ("nun voglio campà cchiù, nun ce sta niente pe me", "high"),
            ("vurria addurmiscirimi e nun m'arrisbigghiari cchiù", "high"),
        ],
        [
            ("dimane vurria durmì fino a tardi e nun me scetà primma d'e dieci", "none"),
            ("vulesse dormì e nun me scetà presto, è domenica", "none"),
            (
                "'o guaglione dice vurria durmì e nun me scetà cchiù, sta 'ncazzato pe' 'a scola",
                "low",
            ),
            ("nella canzone dice «vurria durmì e nun me scetà cchiù», bellissima", "none"),
        ],
    ),
    # a learner's spelling of the wish ("non volio piu vivere", "nn voio", "vorei morire"); not
    # living with an employer or in a country, not a change of day
    "learner_spelling_wish": (
        [
            ("dottoressa io non volio piu vivere, sempre sola in questa casa", "high"),
            ("scusi, io nn voio più vivere cosi tutti i giorni uguali", "high"),
            ("non vojo piu esistere, tutto uguale ogni giorno", "high"),
            ("io vorei morire, qui nessuno mi parla", "high"),
        ],
        [
            ("non volio piu lavorare la notte, troppo stanca", "none"),
            ("non volio piu vivere con signora Franca, cerco altra famiglia", "none"),
            ("io vorei cambiare giorno di seduta, martedì lavoro", "none"),
            ("nn vojo piu vivere qui in Italia, a marzo torno a Leopoli da mia figlia", "none"),
        ],
    ),
    # an overdose told in a learner's spelling ("tute le pastile", "pilole", "conpresse",
    # "medicinali"); not a prescription, a suitcase, overalls
    "learner_spelling_overdose": (
        [
            ("dotore io ho preso tute le pastile di mia madre, adesso tanto sonno", "imminent"),
            ("ho preso tute le pilole per dormire, gira tutto", "imminent"),
            ("scusa ho preso tutte le conpresse di nonna, nn dire a nessuno", "imminent"),
            ("ho preso tute le medicinali di mio marito, adesso male di stomaco", "imminent"),
        ],
        [
            ("ho comprato le pastile per la pressione di mio marito in farmacia", "none"),
            ("ho preso le pastile come dice medico, una mattina una sera", "none"),
            ("mio marito ha preso tute le pastile in valigia per il viaggio", "none"),
            ("ho preso tute le tute dei bambini in lavanderia", "none"),
        ],
    ),
    # going to a height (a cape, a viaduct, a cliff, a bridge) "e mi butto / mi ghetto / mi jettu"
    # closing the sentence: intent; a dive into the water, a paraglider, a bungee jump are not
    "jump_at_a_height_closing": (
        [
            (
                "Oggi pomeriggio vado alla punta del promontorio e mi butto. Non ne posso più.",
                "imminent",
            ),
            ("stanotte vado sul viadotto e mi lancio.", "imminent"),
            ("vaju 'o ponte e mi jettu, basta", "imminent"),
            ("dopo il lavoro salgo sulla scogliera e poi mi butto, addio", "imminent"),
        ],
        [
            ("vado agli scogli e mi butto in acqua, fa un caldo assurdo", "none"),
            ("arriviamo alla punta del monte e mi butto col parapendio, primo volo!", "none"),
            ("mio cugino va sul ponte e si butta col bungee, pazzo", "none"),
            ("al faro c'è un tuffo bellissimo, vado sugli scogli e mi butto a nuotare", "none"),
        ],
    ),
    # a letter left, then going to a bridge, a pier, a viaduct; or going there and "non mi cercate":
    # a plan (round 10: "go lassà la letera sul tavolo ... vado al ponte sul Piave", "vado al molo.
    # non mi cerchi"); a purpose at the place, a reason for not being reachable, a novel are not
    "letter_left_then_the_bridge": (
        [
            (
                "ho lasciato la lettera sul comodino e adesso vado al ponte della ferrovia",
                "imminent",
            ),
            ("ho sistemato le mie cose, vado sul viadotto. non mi cercate", "imminent"),
            ("lassai a littra supra u tavulu, ora vaju o ponte", "imminent"),
            ("ho lasciato una lettera per mamma in cucina, sto andando sul ponte", "imminent"),
        ],
        [
            ("vado al molo stasera, non mi cercate che ho il telefono scarico", "none"),
            ("ho lasciato la letera al postin e desso vado al molo a pescar", "none"),
            (
                "sto andando sul ponte a vedere i fuochi con Giada, non mi cercate fino a mezzanotte",
                "none",
            ),
            ("nel romanzo lei lascia la lettera sul tavolo e va al ponte", "none"),
        ],
    ),
}
# signal -> (texts that carry it, texts sharing its words that do not)
SIGNAL_FAMILIES: dict[str, tuple[str, list[str], list[str]]] = {
    # "no ndi potzu prus", "nun ne pozzo cchiù": cannot cope (moderate) in regional forms; not a
    # "can't now" or "can't come tomorrow"
    "regional_cannot_cope": (
        "hopelessness",
        [
            "No ndi potzu prus, dotorè.",
            "nun ne pozzo cchiù, dottò, stongo sempe peggio",
            "non ne possu chiù di sta vita ca",
        ],
        [
            "mo nun pozzo, te chiamo dopo",
            "no potzu benni cras, mi dispiaghet",
            "non ne posso parlare adesso, sono al lavoro",
        ],
    ),
}


# level-only misreadings of round 10: family -> (texts the family reads at their level, texts
# sharing its words at theirs), each with its level
LEVEL_FAMILIES: Families = {
    # an overdose in the passato remoto ("presi tutta la scatola", "pigghiai") and "tante pillole":
    # the act, lowered by a past anchor or someone else's as usual
    "overdose_in_the_passato_remoto": (
        [
            (
                "Tre anni fa presi tutte le pastiglie di Tavor, ne abbiamo parlato a lungo. Oggi sto meglio.",
                "low",
            ),
            ("ieri sera presi tutta la scatola di sonniferi, ora mi gira tutto", "imminent"),
            ("stanotte pigghiai tutte le pastiglie di mia nonna", "imminent"),
            ("ho preso tante pillole stanotte, mi gira la testa", "imminent"),
            (
                "mio cugino ha preso tante pillole ieri sera ed è in ospedale, sono sconvolta",
                "low",
            ),
        ],
        [
            ("presi tutta la scatola di tachipirina in farmacia per la nonna", "none"),
            ("ho preso tante pillole di vitamina C in farmacia, erano in offerta", "none"),
        ],
    ),
    # a panic attack now with breathlessness ("attacco di panico fortissimo, non respiro")
    "panic_with_breathlessness": (
        [
            ("sono in macchina, attacco di panico fortissimo, non respiro", "moderate"),
            ("non respiro, è un attacco di panico, mi chiami", "moderate"),
            ("mi sta venendo una crisi di panico e nn respiro, aiuto", "moderate"),
        ],
        [
            ("mia figlia ha avuto un attacco di panico, non respirava, ora dorme", "low"),
            ("con il raffreddore non respiro col naso, che fastidio", "none"),
        ],
    ),
    # withdrawal in regional forms ("no vegno fora dal leto", "aggio stutato 'o telefono")
    "regional_withdrawal": (
        [
            ("xe do zorni che no vegno fora dal leto", "moderate"),
            ("aggio stutato 'o telefono a tutti, nun voglio vedè nisciuno", "moderate"),
        ],
        [
            ("go studà el telefono per el cinema, dopo te ciamo", "none"),
            ("no vegno fora dal leto fin a le diese la domenica", "none"),
        ],
    ),
    # low mood told as a grey world or in regional forms ("tt mi sembra grigio", "sugnu trista")
    "low_mood_grey_or_regional": (
        [
            ("tt mi sembra grigio oggi, nn ho voglia di niente", "low"),
            ("sugnu tantu trista stasira", "low"),
        ],
        [
            ("il cielo oggi è tutto grigio, ma domani si va al mare", "none"),
            ("ho comprato un cappotto grigio, mi sembra perfetto", "none"),
        ],
    ),
    # not getting up for a medicine's drowsiness, or tomorrow's soreness told with a laugh: not a
    # withdrawal; days in bed, or tomorrow with a cannot-cope, stay
    "not_getting_up_everyday": (
        [
            (
                "da quando prendo il Seroquel non riesco ad alzarmi la mattina per il sonno, è normale?",
                "none",
            ),
            ("prima partita di calcetto dopo anni, domani non mi alzo più dal letto ahah", "none"),
        ],
        [
            ("non riesco ad alzarmi dal letto da tre giorni, non ha senso niente", "moderate"),
            ("domani non mi alzo dal letto, non ce la faccio più", "moderate"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(LEVEL_FAMILIES, 0) + family_cases(LEVEL_FAMILIES, 1),
)
def test_level_family_reads_its_level(family: str, text: str, expected: str) -> None:
    assert level(text) == expected, (family, read_message(text))


(
    test_miss_paraphrase_reads_its_level,
    test_miss_counterpart_stays_below_high,
    test_false_alarm_paraphrase_stays_below_high,
    test_false_alarm_risk_version_keeps_its_level,
) = family_tests(MISSES, FALSE_ALARMS)


test_false_alarm_paraphrase_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(FALSE_ALARMS)


test_signal_family_raises_its_signal, test_signal_family_counterpart_has_no_signal = (
    signal_family_tests(SIGNAL_FAMILIES)
)


def test_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FALSE_ALARMS, 4, 4)
    assert_family_sizes(MISSES, 4, 4)
