"""Italian rule families behind the misses, idiom lines and false alarms of blind round 12.

Misses (high or imminent read below high): a rope bought and a night visit to a barn "quando Anna
dorme" (the farm frame lowered the rope as work; the night and the others asleep now keep it a plan);
a jump into the sea with its end in Sicilian ("mi jettu a mari, accussì finisci tuttu": no rule read
"jettu" without a place before, and "mi butto in mare" was lowered as a swim); a prayer to be taken
("prego il Signore che mi prenda anche me, nel sonno": no rule); "sarebbe meglio non esserci più" in
Venetian ("saria mejo no esserghe pì"). Idiom lines raised: pills counted for a trip ("le ho contate
stasera: sono 30, domenica parto per Lisbona"), the wish not to wake in Neapolitan bound to a time
("nun me scetà cchiù fino a mezzogiorno"), a holiday "ponte dell'Immacolata", a kitchen cut on the
thumb that keeps bleeding, the rails watched for a model railway. False alarms: the rails gazed at in
the imperfect (the net's cue had no past), "non penso più che mio marito e bambini stanno meglio senza
di me" (the denial beyond the six words of a plain negation), an overdose seen on a night shift in
the emergency room, "un suicidio annunciato 😂" of a burnt lunch. Left: two false alarms of the net
(someone else's pills found counted; a hypothetical bridge "se un giorno mi trovassi", the net's cue
in the next sentence).

Each family is tested on fictional paraphrases that are NOT in the corpus (other regions, places,
tools, shifts) and on texts sharing its words with the other reading (the crisis version that must
keep its level for an over-reading; everyday versions for a miss). The corpus items themselves are
measured by bench/analysis_eval.py.
"""

from __future__ import annotations

from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    family_tests,
    level,
    lowered_keeps_its_cue_test,
)

# family -> (paraphrases at high/imminent, counterparts below high), each with its level
MISSES: Families = {
    # a rope bought or found, then a night visit to a barn or a stable while the others sleep ("stanotte,
    # quando Anna dorme, vado nel fienile"): the night and the secrecy keep the plan, the farm frame
    # does not lower it; the rope's chore named (the bales, a swing to put up), a purpose are not
    "rope_and_a_night_while_others_sleep": (
        [
            (
                "ho comprato una corda robusta in ferramenta, stanotte quando i bambini dormono vado nella stalla",
                "imminent",
            ),
            (
                "Ho trovato la corda nel capanno. Stanotte, mentre Marco dorme, vado al fienile.",
                "imminent",
            ),
            (
                "ho comprato la corda al Leroy Merlin. stanotte vado nel fienile dello zio, non dirlo a nessuno",
                "imminent",
            ),
            (
                "ho preso la corda al consorzio agrario, stanotte quando tutti dormono salgo in cascina",
                "imminent",
            ),
        ],
        [
            (
                "ho comprato la corda in ferramenta, stanotte vado nel fienile a legare le balle di fieno",
                "none",
            ),
            (
                "ho comprato la corda nuova, domattina nel fienile sistemiamo il fieno col trattore",
                "none",
            ),
            (
                "ho comprato la corda, stanotte quando i bimbi dormono vado in cantina a montare l'altalena, è una sorpresa",
                "none",
            ),
            ("ho comprato la corda per il fienile, stanotte nasce il vitello e dormo lì", "none"),
        ],
    ),
    # a jump into the sea or a river told with its end ("mi jettu a mari, accussì finisci tuttu", "mi
    # butto in mare, così finisce tutto"): the end, not a swim; a swim in the heat, a New Year dip,
    # "finisce tutto questo caldo" are not
    "a_jump_into_water_told_with_its_end": (
        [
            ("stanotte mi butto in mare, così finisce tutto", "imminent"),
            ("mi jettu a mari stasira, accussì finisci tuttu", "imminent"),
            ("dopo cena vado al porto e mi getto in mare, così è finita per sempre", "imminent"),
            ("mi butto nel fiume stanotte, cusì finisce tutto", "imminent"),
        ],
        [
            ("domani mi butto in mare, così finisce tutto questo caldo", "none"),
            ("mi butto in mare appena arrivo, fa un caldo assurdo", "none"),
            ("a ferragosto mi butto a mare coi bambini, così finisce bene la giornata", "none"),
            (
                "mi butto in mare a mezzanotte per il tuffo di capodanno, così finisce l'anno",
                "none",
            ),
        ],
    ),
    # a prayer to be taken ("prego il Signore che mi prenda", "chiedo alla Madonna di prendermi con
    # sé"): a passive wish to die; a prayer for strength, for an exam, that takes a headache away is not
    "praying_to_be_taken": (
        [
            ("ogni sera prego Dio che mi porti via, sono stanca", "high"),
            (
                "chiedo alla Madonna di prendermi con sé, da quando è morto Franco non ha senso",
                "high",
            ),
            ("spero che il Signore mi chiami a sé presto, così rivedo mia moglie", "high"),
            ("prego il Padreterno che mi pigli nel sonno", "high"),
        ],
        [
            ("prego il Signore che mi dia la forza di andare avanti", "none"),
            ("prego il Signore che mi porti via il mal di testa", "none"),
            ("prego la Madonna che mi faccia passare l'esame di guida", "none"),
            ("prego Dio che mi prenda la squadra del cuore in finale, sarebbe un sogno", "none"),
        ],
    ),
    # "sarebbe meglio non esserci più" in regional forms (Venetian "saria mejo no esserghe pì",
    # Sicilian "sarria megghiu nun ci essiri cchiù"); not being at a meeting, at work, at home is not
    "regional_better_not_to_be_here": (
        [
            ("penso che saria mejo no esserghe pì", "high"),
            ("sarria megghiu nun ci essiri cchiù, ogni jornu u stissu", "high"),
            ("sarìa mejo no esser mai nato", "high"),
            ("dotò, saria meglio nun esserci cchiù", "high"),
        ],
        [
            ("saria mejo no esserghe pì a sta riunion, xe na noia", "none"),
            ("saria mejo no esserghe pì al lavoro de sabo", "none"),
            ("saria mejo no esserghe in casa quando riva i parenti", "none"),
            ("sarria megghiu nun ci essiri a festa di stasira", "none"),
        ],
    ),
    # pills counted, their number told: a plan; counted for a trip told in the next clause (a
    # suitcase, "parto per Madrid", a flight) is the supply for the journey ("parto per sempre" is not)
    "pills_counted_not_for_a_trip": (
        [
            ("le pastiglie le ho contate: sono 40, stanotte", "imminent"),
            ("le compresse di Xanax le ho contate, sono 60", "imminent"),
            ("le pillole le ho contate stasera: sono 35, parto per sempre", "imminent"),
            ("le compresse le ho contate, sono 50. nessuno sa niente", "imminent"),
        ],
        [
            (
                "le compresse per la tiroide le ho contate, sono 28, bastano per la trasferta a Oslo",
                "none",
            ),
            (
                "ho messo in valigia le compresse, le ho contate: 28, bastano per la trasferta",
                "none",
            ),
            ("le pastiglie di Eutirox le ho contate, sono 21, domani il volo per Tokyo", "none"),
            (
                "le compresse le ho contate ieri sera, sono 40: partiamo per l'Erasmus lunedì",
                "none",
            ),
        ],
    ),
}
# family -> (paraphrases below high, risk versions that keep their level), each with its level
FALSE_ALARMS: Families = {
    # "il ponte" of a holiday (a long weekend: "il ponte dell'Immacolata", "del primo maggio"): a date,
    # not a bridge, even with "guardo giù"; a bridge with a rail line, a farewell, "non mi cercate" stay
    "holiday_bridge": (
        [
            ("sono sul ponte di Ognissanti in montagna, guardo giù la valle, che pace", "none"),
            ("sul ponte del primo maggio vado a Firenze coi ragazzi, salto la seduta", "none"),
            ("sono al ponte di Pasqua dai miei a Bari, ci sentiamo dopo", "none"),
            ("per il ponte del 2 giugno sono sul lago, guardo giù dal belvedere", "none"),
        ],
        [
            ("sono sul ponte della ferrovia, guardo giù da mezz'ora", "imminent"),
            ("sono sul ponte, stanotte la faccio finita", "imminent"),
            ("vado al ponte, non mi cercate", "imminent"),
            ("sono sul ponte sopra il fiume e guardo giù, addio", "imminent"),
        ],
    ),
    # a cut with a kitchen tool on a finger, the bleeding after it in its sentence ("col coltello del
    # pesto sul pollice ... non smette di sanguinare"): an accident; an arm, a thigh, a wrist stay
    "kitchen_cut_on_a_finger": (
        [
            (
                "mi sono tagliato col coltello del pane sul dito, sanguina un sacco, metto un cerotto",
                "none",
            ),
            (
                "mi sono tagliata con la mandolina sul pollice mentre facevo le patate, non smette di sanguinare",
                "none",
            ),
            ("mi sono ferito con l'apriscatole al dito, vado a farmi mettere due punti", "none"),
            ("mi sono tagliata con il coltello della carne sull'indice, che sangue", "none"),
        ],
        [
            ("mi sono tagliata col coltello sul braccio, di nuovo", "high"),
            ("mi sono tagliata di nuovo le braccia con la lametta", "high"),
            ("mi sono tagliata col coltello sulla coscia apposta", "high"),
            ("mi sono tagliata sul polso e il sangue non si ferma", "high"),
        ],
    ),
    # the rails watched for a model railway ("per il mio plastico in scala H0", the "fermodellismo"):
    # a hobby; the thought of throwing oneself under the train stays
    "model_railway": (
        [
            ("guardo i binari e calcolo quanto ci mette il treno, per il mio plastico", "none"),
            (
                "passo le ore in stazione a guardare i binari per il fermodellismo, è la mia passione",
                "none",
            ),
            ("fotografo i binari dal cavalcavia per il mio plastico in scala N", "none"),
            (
                "ogni mattina guardo i binari e conto i secondi del regionale per il mio diorama",
                "none",
            ),
        ],
        [
            ("guardo i binari e penso di buttarmi sotto il treno", "high"),
            ("ogni mattina guardo i binari e penso a buttarmi sotto il treno", "high"),
            ("ho venduto il mio plastico, penso solo a buttarmi sotto il treno", "high"),
            (
                "sto sui binari e penso al treno che arriva, al mio plastico non ci penso più",
                "imminent",
            ),
        ],
    ),
    # a gaze and a reckoning told in the imperfect ("quando stavo male guardavo i binari e calcolavo
    # quanto ci metteva il treno"): the past; the same in the present stays
    "gaze_in_the_imperfect": (
        [
            # in place of "L'inverno scorso, ... guardavo i binari e calcolavo quanto ci metteva il
            # treno ad arrivare.", whose only cue was the net's (see test_gaze_without_the_net_cue)
            ("quando stavo male guardavo i binari e pensavo di buttarmi sotto il treno", "low"),
            ("quando ero depresso guardavo giù dal balcone e immaginavo di cadere", "low"),
            # none since the retraining of 2026-11-27 (threshold 0.80): the net's cue,
            # which the context lowered to low, no longer fires (the rules give none)
            (
                "Quando ero depresso guardavo i binari e calcolavo quanto ci metteva il treno merci ad arrivare, ci pensavo sempre.",
                "none",
            ),
            ("anni fa sognavo di sparire per sempre", "low"),
        ],
        [
            ("stasera guardo i binari e calcolo quanto ci mette il treno ad arrivare", "high"),
            ("adesso guardo giù dal balcone e penso di buttarmi", "high"),
            ("sogno di sparire per sempre", "high"),
            ("guardo i binari e penso di buttarmi", "high"),
        ],
    ),
    # a denied belief governing the cue, its subject between ("non penso più che mio marito e i
    # bambini stanno meglio senza di me"): negated beyond the six words of a plain negation; a "ma"
    # after the denial, a plain belief stay
    "denied_belief_with_its_subject_between": (
        [
            ("non penso più che mio marito e i ragazzi starebbero meglio senza di me", "low"),
            ("non credo davvero che mia moglie e i ragazzi starebbero meglio senza di me", "low"),
            ("io non penso più che i miei genitori e mia sorella stanno meglio senza di me", "low"),
            ("non penso che tutti quanti al lavoro starebbero meglio senza di me", "low"),
        ],
        [
            ("penso che la mia famiglia starebbe meglio senza di me", "high"),
            (
                "non penso che sia grave, ma mio marito e i bambini stanno meglio senza di me",
                "high",
            ),
            ("penso che mia moglie e i ragazzi starebbero meglio senza di me", "high"),
            (
                "non lo dico a nessuno, i miei genitori e mia sorella stanno meglio senza di me",
                "high",
            ),
        ],
    ),
    # an overdose seen at work (a shift in the emergency room, an ambulance, a ward): a case, not the
    # sender's; "ho fatto un'overdose", pills taken after the shift stay
    "overdose_seen_at_work": (
        [
            ("turno in reparto: due overdose e un arresto cardiaco, sono distrutta", "low"),
            (
                "in ambulanza stanotte abbiamo avuto un'overdose a Porta Palazzo, rientro tardi",
                "none",
            ),
            (
                "al pronto soccorso è arrivato un ragazzo con un'overdose di eroina, che tristezza",
                "low",
            ),
            (
                "guardia medica tutta la notte, un'overdose e tre febbri, domani sono uno straccio",
                "none",
            ),
        ],
        [
            ("dopo il turno in reparto ho fatto un'overdose", "imminent"),
            ("turno finito, a casa ho mandato giù 40 pastiglie", "imminent"),
            ("ho fatto un'overdose, chiama il 118", "imminent"),
            ("ho preso tutte le pastiglie, sto andando in overdose", "imminent"),
        ],
    ),
    # "suicidio" as a doomed enterprise ("un suicidio annunciato", "politico", "professionale"): a
    # metaphor; thinking of suicide stays, even beside the metaphor
    "suicide_as_a_metaphor": (
        [
            ("presentarsi all'esame senza aver studiato: un suicidio annunciato 😅", "none"),
            ("candidarsi contro il sindaco sarebbe un suicidio politico", "none"),
            ("lasciare il posto fisso adesso? suicidio professionale", "none"),
            ("giocare in dieci per un'ora è stato un suicidio tattico, mister", "none"),
        ],
        [
            ("penso al suicidio ogni sera", "high"),
            ("penso al suicidio, altro che suicidio politico", "high"),
            ("ho pensato seriamente al suicidio stanotte", "high"),
            ("il suicidio mi sembra l'unica via", "high"),
        ],
    ),
    # the wish not to wake in regional forms bound to a time ("nun me scetà cchiù fino a mezzogiorno",
    # "no svejarme fin a lunedì"): a lie-in; the bare wish, "pe sempe", stays (and "vorrei" now opens
    # the regional wish as the dialect conditionals do)
    "regional_wake_bound_to_a_time": (
        [
            ("vurria durmì e nun me scetà cchiù fino a domenica, so' stanco", "none"),
            ("vojo dormì e no svejarme fin a mezzogiorno", "none"),
            ("vorrei addormentarmi e nun me scetà cchiù fino alle dieci, domani è festa", "none"),
            ("stanotte vorria durmì e nun me scetà fino a pranzo, 'o bar è chiuso", "none"),
        ],
        [
            ("vorrei addormentarmi e nun me scetà cchiù", "high"),
            ("vurria durmì e nun me scetà cchiù, pe sempe", "high"),
            ("vojo dormì e no svejarme pì", "high"),
            ("vurria addurmì e nun me scetà cchiù, nun ce la faccio", "high"),
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


def test_gaze_without_the_net_cue() -> None:
    """Retraining of 2026-11-27 (threshold 0.80): the net no longer reads the present risk version
    of gaze_in_the_imperfect (readings.NET_RETRAINING_MISSES), so this imperfect telling, whose
    only cue was the net's lowered as past, has no cue left and reads none (it was low)."""
    text = (
        "L'inverno scorso, aspettando l'autobus sul cavalcavia, guardavo i binari e calcolavo "
        "quanto ci metteva il treno ad arrivare."
    )
    assert level(text) == "none"
