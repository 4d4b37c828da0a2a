"""Italian rule families behind the misses and false alarms of blind round 11.

Idiom lines raised (read high or imminent, labelled none): a crisis phrase bound to an everyday
purpose or occasion named right after it ("non voglio più svegliarmi alle cinque per il turno":
the wake-up bound to an hour and a shift; "ho già preparato la corda in garage per la tenda": the
rope bound to the tent, a place between, so the earlier "corda per la tenda" idiom did not reach
it and "garage" kept the camping frame out). False alarm: a joint counted in a row and "l'unica
cosa che mi calma" (no rule read the substance use to cope, and the learned net read "lo so già
cosa dirà" as "so già cosa [fare]"). Misses: the standard risk phrases in regional forms:
"meglio senza di me" (Apulian "stavene tutte cchiù megghie senza de me", the imperfect as a
conditional), "pensare a morire" (Friulian "o pensi dome a murî"), the wish not to wake
(Ligurian "vorriæ andâ a dormî e no addesciâme ciù"), pills counted (Sicilian "i pinnuli i
cuntai, trenta"); and in a long e-mail, a sixth-floor balcony and "sarebbe facile lasciarmi andare
giù" (a method thought of, diluted for the net by the letter around it). Level-only misreadings
(LEVEL_FAMILIES): charcoal and tape bought for the car, going up a mountain "e non scendo più",
a Neapolitan farewell ("grazie pe tutto ... salutateme a tutti"), all read high by the net alone
instead of imminent; hoping not to wake told in the imperfect, days without getting up (past, so
low); too full to eat any more after a feast (not a cannot-cope); a song line in quotes with a
smile (not a masked distress: a valence shift over someone else's words).

Each family is tested on fictional paraphrases that are NOT in the corpus (other regions,
purposes, places, texting spellings) and on texts sharing its words with the other reading (the
crisis version that must keep its level for an over-reading; someone else's, quoted, everyday
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
    # a wake-up bound to a clock time or an everyday purpose right after it ("alle sei per il
    # treno", "all'alba x il turno", "presto per portare i bambini"): the hour, not life; a bare
    # "non voglio più svegliarmi", "la mattina", "per nessuno" or a full stop before the hour stay
    "waking_bound_to_an_hour_or_a_purpose": (
        [
            ("non voglio più svegliarmi alle sei per il treno, chiedo il part time", "none"),
            ("nn voglio + svegliarmi all'alba x il turno in fabbrica, che sonno", "none"),
            (
                "non vorrei più svegliarmi presto per portare i bambini a scuola, tocca a mio marito",
                "none",
            ),
            ("basta, non voglio più svegliarmi alle 4 per il mercato", "none"),
        ],
        [
            ("non voglio più svegliarmi", "high"),
            ("non voglio più svegliarmi la mattina, non ha senso niente", "high"),
            ("non voglio più svegliarmi, per nessuno, per niente", "high"),
            ("non voglio più svegliarmi. alle cinque suona la sveglia e vorrei sparire", "high"),
        ],
    ),
    # a rope bound to an everyday purpose named right after it, a place between ("in macchina per
    # la tenda", "nel garage è per legare la legna"); a bare rope in the garage, "per stasera",
    # "per la trave" stay a plan
    "rope_bound_to_a_purpose": (
        [
            ("ho messo la corda in macchina per la tenda, sabato si va al lago", "none"),
            ("la corda nel garage è per legare la legna, niente di che", "none"),
            ("ho tirato fuori la corda dalla cantina per stendere i panni in terrazzo", "none"),
            (
                "preparata la corda sul tetto della macchina x il portapacchi, partiamo!",
                "none",
            ),
        ],
        [
            ("ho preparato la corda in garage", "imminent"),
            ("ho preparato la corda in garage per stasera", "imminent"),
            ("ho preparato la corda in garage per la trave, stasera la faccio finita", "imminent"),
            ("la corda è pronta in cantina, per sempre basta", "imminent"),
        ],
    ),
}
# family -> (paraphrases at high/imminent, counterparts below high), each with its level
MISSES: Families = {
    # "meglio senza di me" in regional forms, with a conditional, a subjunctive or the southern
    # imperfect used as a conditional after a thought ("penzo ca stassero", "credo ca stavanu");
    # a past stay, the kitchen, something else "without" are not
    "regional_better_off_without_me": (
        [
            ("dottò, penzo ca stassero tutte cchiù megghie senza de me", "high"),
            ("Penso che starebbero tutti meglio senza de me, anche i bambini", "high"),
            ("me sa che staria megghiu senza di mia, tutti quanti", "high"),
            ("credo ca stavanu tutti cchiu megghiu senza 'e me, pure a mugghieri", "high"),
            ("secondo me stavano tutti meglio senza di me, dottoressa", "high"),
        ],
        [
            (
                "quando ero in ospedale in casa stavano meglio senza di me? no, erano in ansia",
                "low",
            ),
            ("in cucina stavano meglio senza di me, ho bruciato tutto ahah", "none"),
            ("penzo ca stevene cchiù megghie senza 'o cane, fa troppa casino", "none"),
            ("penzo ca stavene tutte cchiù megghie senza 'a televisione accesa", "none"),
        ],
    ),
    # thinking of dying with a regional "morire" ("murî", "murì", "muriri") after "penso", the
    # Friulian "o pensi", "penzo", "pensu"; walls ("muri nuovi"), dying of laughter, a quoted verse
    # are not
    "regional_thinking_of_dying": (
        [
            ("o pensi simpri a murî, dotore", "high"),
            ("penzo sempe a murì, nun ne pozzo cchiù", "high"),
            ("pensu sulu a muriri stasira", "high"),
            ("ogni sera o pensi nome a murî", "high"),
        ],
        [
            ("penso a muri nuovi per la cucina, quelli vecchi cadono", "none"),
            ("o pensi a murî di ridi cun chel film", "none"),
            (
                "nella poesia in friulano c'è il verso «o pensi dome a murî», l'ho letta a scuola",
                "none",
            ),
            ("penso ai muri del bagno, vanno ridipinti", "none"),
        ],
    ),
    # the wish not to wake in Ligurian and other northern forms ("no addesciâme ciù", "no
    # dessedâme", "vorrieva"); a lie-in till noon, someone else's film line are not
    "regional_not_waking_north": (
        [
            ("vorria dormî e no addesciâme ciù", "high"),
            ("Mi vorrieva andâ a dormî e no dessedâme ciù", "high"),
            ("vurria durmì e nun me scetà ciù", "high"),
            ("vorria dormir e no desmissiarme pi", "high"),
        ],
        [
            ("vorria dormî fin a mezzogiorno e no addesciâme primma", "none"),
            (
                "o figgio o dixe: vorria dormî e no addesciâme ciù, o l'ha visto in t'un film",
                "none",
            ),
            ("domenega vorria dormî e no addesciâme presto", "none"),
            ("me nonno o dixe sempre: me vorria addesciâ ciù presto", "none"),
        ],
    ),
    # pills counted, told in the passato remoto or in dialect ("i pastigghi i cuntai", "le contai",
    # "l'aju cuntate"): a plan; counted for the week's dispenser, or not counted, is not
    "regional_pills_counted": (
        [
            ("i pastigghi i cuntai, vinti, su tavulu. stasira basta", "imminent"),
            ("le pillole le contai ieri sera, trenta, sono qui", "imminent"),
            ("i pinnule l'aju cuntate tutte, stanotte chiudo", "imminent"),
            ("i pastigghi 'i cuntai tutti, su comodino", "imminent"),
        ],
        [
            ("a mamma i pinnuli ci i cuntai pi la simana, tutto a posto", "none"),
            ("le pillole non le contai, le presi come dice il dottore", "none"),
            ("i pinnuli ru nonnu i cuntai pe la settimana nel portapillole", "none"),
            ("ho contato le caramelle per la festa, trenta a testa", "none"),
        ],
    ),
    # letting oneself go down from a height ("lasciarmi cadere giù", "andare giù dal ponte"): a
    # method thought of; letting go (relaxing), a water slide, skis are not
    "letting_oneself_go_down": (
        [
            ("dal terrazzo guardo giù e penso che basterebbe lasciarmi cadere giù", "high"),
            ("a volte vorrei lasciarmi andare giù dal ponte e basta", "high"),
            ("sul balcone del quinto piano mi viene da lasciarmi andare giù, ogni sera", "high"),
            ("sarebbe così facile lasciarmi scivolare giù dal parapetto", "high"),
        ],
        [
            (
                "in vacanza mi sono lasciata andare giù dallo scivolo dell'acquapark, che ridere",
                "none",
            ),
            ("finalmente riesco a lasciarmi andare, ieri ho pianto davanti a lui", "none"),
            ("mi lascio andare giù con gli sci solo sulle piste blu", "none"),
            ("devo lasciarmi andare di più con gli amici, dice mia sorella", "none"),
        ],
    ),
}
# signal -> (texts that carry it, texts sharing its words that do not)
SIGNAL_FAMILIES: dict[str, tuple[str, list[str], list[str]]] = {
    # a joint or a drink counted in a row, or "l'unica cosa che mi calma": use to cope; a match lost
    # in a row, camomile are not
    "substance_in_a_row_or_to_calm": (
        "substance_use",
        [
            "quarta birra di fila stasera, solo così non penso",
            "l'erba è l'unica cosa che mi calma dopo il turno",
            "ennesima canna della serata, non ce la faccio senza",
        ],
        [
            "terza partita di fila persa, lo so già cosa dirà il mister",
            "la camomilla è l'unica cosa che mi calma prima dell'esame",
            "terza volta di fila che perdo il treno",
        ],
    ),
    # a quoted line (a song sung, a film line) sets no valence of the sender's: a smile after it is
    # no shift (round 11, read low as masked distress); the sender's own sad words beside a quote
    # with a smile stay a shift
    "quoted_line_then_a_smile": (
        "valence_shift",
        [
            'nel film lei dice "voglio morire" e io ho pianto tantissimo 😂',
            'ho riso per la canzone "voglio morire", ma in realtà sto malissimo e piango sempre 🙂',
            'sono triste e sola, altro che "va tutto bene" 🙂',
        ],
        [
            "cantavo «voglio sparire per sempre» a squarciagola, il pezzo nuovo, che bello 😄",
            "in palestra passano “non ce la faccio più a vivere così”, canzone stupenda 😍",
            'stasera al karaoke ho cantato "vorrei morire stanotte", che ridere 😂',
        ],
    ),
}


# level-only readings of round 11's false alarm: family -> (texts the family reads at their level,
# texts sharing its words at theirs), each with its level
LEVEL_FAMILIES: Families = {
    # substance use to cope is moderate; "lo so già cosa (mi) dirà." anticipates the therapist's
    # reply and is not read as "so già cosa fare"; a crisis phrase beside them keeps its level
    "substance_to_cope_and_the_reply_anticipated": (
        [
            ("quarta birra di fila stasera, solo così non penso", "moderate"),
            ("l'erba è l'unica cosa che mi calma dopo il turno", "moderate"),
            ("terza canna di fila. lo so già cosa mi dirà.", "moderate"),
            ("ennesima canna della serata, non ce la faccio senza", "moderate"),
        ],
        [
            ("terza canna di fila e stasera la faccio finita", "imminent"),
            ("terza canna di fila, lo so già cosa dirà ma non voglio più vivere", "high"),
            ("terza partita di fila persa, lo so già cosa dirà il mister", "none"),
            ("la camomilla è l'unica cosa che mi calma prima dell'esame", "none"),
        ],
    ),
    # charcoal and tape gathered for the car or a room: the means gathered (imminent, read high by
    # the net alone); a barbecue, boxes to pack are not
    "charcoal_and_tape_gathered": (
        [
            ("ho preso il carbone e lo scotch per la camera, sabato quando sono solo", "imminent"),
            (
                "comprata la carbonella con il nastro adesivo per l'auto, ormai ho deciso",
                "imminent",
            ),
        ],
        [
            (
                "ho comprato la carbonella e il nastro per la macchina, domenica grigliata dai suoceri",
                "none",
            ),
            ("ho comprato carbonella e nastro per i pacchi del trasloco", "none"),
        ],
    ),
    # going up a height and not coming down ("salgo sul tetto e non scendo più"): intent; a stay
    # "fino a settembre" in a hut, a joke with a return are not
    "up_a_height_and_not_down": (
        [
            ("stanotte vado sul tetto del palazzo e non scendo più", "imminent"),
            ("domattina salgo in cima al campanile e non scendo più. scusate", "imminent"),
        ],
        [
            ("salgo in baita e non scendo più fino a settembre, che pace", "none"),
            ("sabato salgo sul Cervino e non scendo più ahah scherzo, torno domenica", "none"),
        ],
    ),
    # a farewell in regional forms ("grazie pe tutto", "salutateme a tutti"), weak as the standard
    # ones: twice, or beside a current cue, it is a farewell; once, with a next session, it is not
    "regional_weak_farewell": (
        [
            (
                "grazie pe tutto chello ca avite fatto, dottò. salutateme a tutti, stasera è l'ultima",
                "imminent",
            ),
            ("nun ce la faccio cchiù. grazie pe tutto, dottò", "imminent"),
        ],
        [
            ("grazie pe tutto, dottò, ci vediamo giovedì", "none"),
            ("salutateme a tutti, a giovedì", "none"),
        ],
    ),
    # days without getting up or going out ("sono tre giorni senza alzarmi dal letto"): withdrawal,
    # lowered by a past anchor; an illness or snow are not
    "days_without_getting_up": (
        [
            ("sono tre giorni senza alzarmi dal letto, non ho voglia di niente", "moderate"),
            ("alle superiori sono stata cinque giorni senza uscire di casa, poi è passata", "low"),
        ],
        [
            ("sono stata tre giorni senza uscire per la febbre, ora meglio", "none"),
            ("sono quattro giorni senza uscire per la neve, che noia", "none"),
        ],
    ),
    # too full to eat any more after a feast or with a laugh: not a cannot-cope; not eating for
    # sickness or grief keeps it
    "too_full_to_eat": (
        [
            ("nn ce la faccio + a mangiare, il cenone di Natale non finiva più ahah", "none"),
            (
                "non ce la faccio più a mangiare, la nonna ha fatto le lasagne e i tortellini",
                "none",
            ),
        ],
        [
            (
                "non ce la faccio più a mangiare, mi viene da vomitare tutto, sto male da giorni",
                "moderate",
            ),
            (
                "non ce la faccio più a mangiare, da quando mi ha lasciata niente ha senso",
                "moderate",
            ),
        ],
    ),
    # falling asleep hoping not to wake, told in the imperfect: the past (low), the present stays
    "hoping_not_to_wake_in_the_imperfect": (
        [
            ("da ragazza andavo a letto sperando di non svegliarmi, ora è diverso", "low"),
            ("mi addormento ogni sera sperando di non svegliarmi", "high"),
        ],
        [
            ("quell'inverno mi mettevo a letto sperando di non risvegliarmi, anni fa", "low"),
            ("due anni fa chiudevo gli occhi sperando di non svegliarmi più", "low"),
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
