"""Rule families behind the level misreadings left after blind round 17 was spent into dev.

Imminent read as high (Italian): going up to a bridge or to a place named by its cliff ("vado su al ponte",
"vado a Capo X, dove c'è la scogliera alta") after "ho deciso" or with a time and a sign of leaving; a cut
that bleeds through the towels; empty blisters found beside someone who does not answer; signs of leaving
in a pair ("stasera non le do più fastidio", the phone left unlocked, the house keys left
with an envelope).
Moderate read as none: withdrawal, drinking to cope and hopelessness in Neapolitan, Roman, Venetian and
Sicilian forms ("nun me va 'e vedè a nisciuno", "go bevù fin a no ricordarme", "un ci la fazzu cchiù",
"pi mia nun c'è futuru"); a textbook opened to study is not a title (it quoted the sender's own cue).
Someone else's or historic experiences (low): a colleague's jump, a friend's cut arms, a cousin on a
viaduct told in Sicilian ("me cucinu" is not the sender), a friend's train times, a past night at a
lookout, "when I was 19 and took the tablets"; a melancholy that took the sender; a family not heard for a
broken phone is not a withdrawal.
Signals: "nothing urgent", "niente di urgente" are not urgency; garden pests killed off, the morning after
a treat binge are not sad words under a laugh.

Left: a nurse's patient's overdose (dev-en-2017, a label doubt: read low as someone else's).

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
    # going up to a height or to a place named by its cliff, decided or with a sign of leaving; a purpose
    # there (fishing, a swim, work) is not
    "going_up_to_the_height_decided": (
        [
            ("ho deciso. domani all'alba vado su al ponte della ferrovia", "imminent"),
            ("stanotte salgo su al viadotto, non ti preoccupare per me", "imminent"),
            ("domattina vado a Punta Bianca, dove c'è la scogliera alta. ho deciso.", "imminent"),
            ("io ho deciso, domani vado a Scilla dove c'è il ponte alto", "imminent"),
        ],
        [
            ("ho deciso: domani vado su al ponte a pescare con mio figlio", "none"),
            (
                "domenica vado a Camogli, dove c'è la scogliera alta, a fare il bagno, ho deciso",
                "none",
            ),
            ("domani vado su al terrazzo a stendere, scusate per tutto il disordine", "none"),
            (
                "ho deciso di accettare: domani vado a Genova, dove c'è il ponte nuovo, per lavoro",
                "none",
            ),
        ],
    ),
    # a cut that bleeds through towels or gauze, or lower than usual and not stopping; a kitchen cut, a
    # nosebleed, a hedge are not
    "bleeding_through_the_towels": (
        [
            (
                "ho messo due asciugamani e il sangue passa lo stesso, stavolta ho tagliato più giù",
                "imminent",
            ),
            ("mi so tagliata, ho messo le garze ma il sangue passa attraverso", "imminent"),
            ("ho tagliato più giù del solito e non smette", "imminent"),
            ("mi sono tagliato, il sangue passa comunque dalle bende", "imminent"),
        ],
        [
            (
                "mi sono tagliata col coltello del pane, il sangue passa lo stesso dal cerotto",
                "none",
            ),
            ("il sangue dal naso passa lo stesso dai fazzoletti, che noia", "none"),
            (
                "ho messo due cerotti ma il sangue passa lo stesso, mi sono tagliato affettando il salame",
                "none",
            ),
            ("ho tagliato più giù del solito la siepe, spero ricresca", "none"),
        ],
    ),
    # empty blisters or boxes of a drug beside someone who does not answer or with the ambulance called;
    # blisters thrown away, a pharmacy, a fall are not
    "empty_blisters_beside_someone_unresponsive": (
        [
            (
                "l'ho trovato sul letto che non risponde, ci sono i blister dello Xanax vuoti",
                "imminent",
            ),
            (
                "trovato mio figlio svenuto in camera, le scatole di Xanax vuote sul letto",
                "imminent",
            ),
            (
                "mia moglie non si sveglia, ci sono tre confezioni di sonniferi svuotate in bagno",
                "imminent",
            ),
            (
                "i blister del Tavor sono tutti vuoti sul comodino, ho chiamato l'ambulanza",
                "imminent",
            ),
        ],
        [
            (
                "ho buttato i blister vuoti nella plastica, la nonna non risponde al telefono",
                "none",
            ),
            (
                "ho trovato i blister vuoti nel cassetto, devo passare in farmacia per la ricetta",
                "none",
            ),
            ("la nonna l'ho trovata che non risponde bene, ho chiamato il 118: è caduta", "none"),
            (
                "i blister del Tavor sono vuoti, il medico non risponde e mi serve la ricetta",
                "none",
            ),
        ],
    ),
    # signs of leaving in a pair: no more bother "stasera", the phone left unlocked, the keys left with an
    # envelope; each alone, or for an errand, is not
    "farewell_arrangements_in_a_pair": (
        [
            (
                "stasera non le do più fastidio, giuro. ho lasciato il telefono sbloccato sul letto",
                "imminent",
            ),
            (
                "ho lasciato la felpa a mio fratello e il cellulare sbloccato. stanotte non vi do più fastidio",
                "imminent",
            ),
            (
                "ho pagato il loculo e ho lasciato le chiavi alla vicina con la busta per mia figlia",
                "imminent",
            ),
            ("da stasera non vi do più pensieri. ho tolto il codice al telefono", "imminent"),
        ],
        [
            ("stasera non le do più fastidio con le mail, prometto", "none"),
            ("ho regalato la chitarra a mio fratello per il compleanno", "none"),
            (
                "ho lasciato il telefono sbloccato sul tavolo e mia figlia ha letto i messaggi",
                "none",
            ),
            (
                "ho pagato il loculo della nonna e ho lasciato le chiavi alla vicina con la busta per l'affitto",
                "none",
            ),
        ],
    ),
    # withdrawal in Neapolitan, Roman and Sicilian forms; an errand, a film, the heat, a concert are not
    "withdrawal_in_dialect": (
        [
            ("so' tre juorne ca nun esco 'a casa", "moderate"),
            ("nun me va 'e vedè a nisciuno, dotto'", "moderate"),
            ("nun c'ho voja de vedè nessuno da giorni", "moderate"),
            ("tengo 'e serrande abbascio e 'o telefono stutato", "moderate"),
            ("ho spento er telefono a tutti", "moderate"),
        ],
        [
            ("nun esco 'a casa senza 'o mbrello", "none"),
            ("non mi va di vedere nessun film stasera", "none"),
            ("tengo le serrande abbassate per il caldo, il telefono è in carica", "none"),
            ("ho spento er telefono pe' 'o concerto", "none"),
        ],
    ),
    # drinking to cope told by the bottle finished alone or to forgetting, in dialect too; a bottle of
    # water, a glass at dinner, a spritz with friends are not
    "drinking_to_cope_bottle_or_oblivion": (
        [
            ("la sera mi finisco una bottiglia di Lambrusco da sola per non pensare", "moderate"),
            ("mi scolo una bottiglia di Nero d'Avola ogni sera", "moderate"),
            ("go bevù fin a no ricordarme dove go parcheggià", "moderate"),
            ("aiu vivutu finu a nun ricurdarimi nenti", "moderate"),
        ],
        [
            ("mi finisco una bottiglia d'acqua in palestra", "none"),
            ("ho bevuto un bicchiere di Barbera a cena con gli amici", "none"),
            ("mi finisco la bottiglia di Barbera aperta ieri, peccato sprecarla", "none"),
            ("go bevù un spritz co i amici in piazza", "none"),
        ],
    ),
    # not coping, nothing changing, no future, in Sicilian; being on time, a choice of train are not
    "not_coping_and_no_future_in_sicilian": (
        [
            ("un ci la fazzu cchiù, dutturi", "moderate"),
            ("nenti cangia, sugnu stancu", "moderate"),
            ("pi mia nun c'è futuru", "moderate"),
            ("a sissant'anni nun cancia cchiù nenti", "moderate"),
        ],
        [
            ("un ci la fazzu cchiù a veniri o martedì", "none"),
            ("nenti cangia si pigghiu u trenu", "none"),
            ("nun cancia nenti si vegnu lunedì o martedì", "none"),
            ("un ci la fazzu cchiù cu stu trafficu", "none"),
        ],
    ),
    # a textbook opened to study is not a title: the cue before it stays the sender's; a book's
    # character stays quoted
    "a_textbook_is_not_a_title": (
        [
            (
                "mi sto facendo tre canne al giorno, altrimenti non riesco ad aprire il libro di privato",
                "moderate",
            ),
            (
                "mi faccio due canne la sera, se no non riesco a studiare il libro di anatomia",
                "moderate",
            ),
            ("bevo da sola ogni sera, se no non apro il libro di testo", "moderate"),
            ("fumo canne tutte le sere, il libro da studiare resta lì", "moderate"),
        ],
        [
            ("nel libro di Irvine Welsh il protagonista si fa tre canne al giorno", "none"),
            ("nel libro che sto leggendo dice 'voglio morire'", "none"),
            ("il protagonista del libro beve da solo ogni sera", "none"),
            ("ho comprato il libro di privato, costa 60 euro", "none"),
        ],
    ),
    # a melancholy that took the sender, low mood in a learner's Italian; a craving, a hunger are not
    "melancholy_that_took_the_sender": (
        [
            ("oggi m'è presa una malinconia che non le dico", "low"),
            ("stasera mi è venuta una tristezza", "low"),
            ("oggi io un po' triste, scusa", "low"),
            ("mi ha preso una nostalgia di casa", "low"),
        ],
        [
            ("m'è presa una voglia di pizza", "none"),
            ("mi è venuta una fame da lupi", "none"),
            ("il film era un po' triste ma bello", "none"),
            ("mi ha preso una voglia di mare", "none"),
        ],
    ),
    # a family not heard for a broken phone or no signal is not a withdrawal; no one heard for days is
    "family_not_heard_for_a_broken_phone": (
        [
            ("non sento nessuno da una settimana", "moderate"),
            ("non rispondo a nessuno da giorni", "moderate"),
            ("non sento mia sorella da giorni, non mi va", "moderate"),
            ("non chiamo i miei da settimane", "moderate"),
        ],
        [
            ("non sento mia famiglia da una settimana, telefono rotto", "none"),
            ("non sento mia madre da giorni, qui non c'è campo", "none"),
            ("non sento i miei da una settimana, il cellulare è guasto", "none"),
            ("non sento mio fratello da giorni, non ho credito", "none"),
        ],
    ),
    # drinking to cope told as years ago: historic (low); the same told now stays moderate (a counterpart
    # below high)
    "historic_drinking_to_cope": (
        [
            (
                "anni fa, quando i bambini erano piccoli, la sera mi finivo una bottiglia di vino da sola per non pensare",
                "low",
            ),
            ("da ragazza mi scolavo una bottiglia da sola ogni sera", "low"),
            ("anni fa mi finivo una bottiglia di rosso da sola per dormire", "low"),
            ("nel 2015 mi bevevo una bottiglia da sola tutte le sere", "low"),
        ],
        [
            ("la sera mi finisco una bottiglia di vino da sola per non pensare", "moderate"),
            ("mi scolo una bottiglia da sola ogni sera", "moderate"),
            ("mi finisco una bottiglia di rosso da sola per dormire", "moderate"),
            ("mi bevo una bottiglia da sola tutte le sere", "moderate"),
        ],
    ),
}

# family -> (over-readings that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # someone else's jump, cut arms or place at height (a Sicilian "me cucinu" is not the sender); the
    # sender's own, or a parent's child, keep their level
    "someone_elses_jump_cuts_or_height": (
        [
            ("una collega si è buttata dal terzo piano, è in rianimazione", "low"),
            ("la mia amica mi ha mandato una foto delle sue braccia tagliate", "low"),
            ("me cucinu è ncapu o viadottu, dici ca unn'avi paura", "low"),
            ("un mio compagno di corso si è buttato dal ponte a marzo", "low"),
        ],
        [
            ("mi sono buttata dal terzo piano", "imminent"),
            ("mia figlia si è buttata dal balcone, è in ospedale", "imminent"),
            ("mio figlio è ncoppa 'o cornicione, aiuto", "imminent"),
            ("ho le braccia tagliate", "high"),
        ],
    ),
    # a friend's train times, a past night at a lookout, a past overdose told by its age: someone else's or
    # historic (low); the sender's own, now, stays imminent
    "someone_elses_or_past_plan_en": (
        [
            (
                "my friend Jess looked up the times for the express that doesn't stop at Ashby",
                "low",
            ),
            ("my brother checked the timetable for the fast train that doesnt stop at Hale", "low"),
            (
                "last summer i parked up at the lookout near the fence. sat there ages. texted dad that i loved him",
                "low",
            ),
            ("we talked about when I was 16 and took the pills, glad we did", "low"),
        ],
        [
            (
                "I looked up the times for the express that doesn't stop at Ashby. 5:10 tomorrow.",
                "imminent",
            ),
            ("checked the timetable for the fast train that doesnt stop at Hale", "imminent"),
            (
                "i parked up at the lookout near the fence. been sat here an hour. texted mum that i love her.",
                "imminent",
            ),
            ("I took all the tablets an hour ago", "imminent"),
        ],
    ),
}

# family -> (signal, texts that raise it, counterparts that do not)
SIGNALS: SignalFamilies = {
    # "nothing urgent", "niente di urgente" are not urgency (the Italian rule also runs on English text)
    "nothing_urgent_is_not_urgency": (
        "urgency",
        [
            "it's urgent, please call me",
            "è urgente, mi richiami",
            "ho bisogno di parlarle urgentemente",
            "please ring me urgently",
        ],
        [
            "Nothing urgent, just feeling a bit low after the visit",
            "niente di urgente, volevo solo dirle che sto meglio",
            "non è urgente, quando può mi richiami",
            "it's not urgent, whenever you can",
        ],
    ),
    # garden pests killed off, the morning after a treat binge are not sad words under a laugh; sad words
    # under a laugh stay a valence shift
    "pests_and_treat_binges_under_a_laugh": (
        "valence_shift",
        [
            "Spent Saturday crying in the garden 😂",
            "I feel awful and so alone 😂",
            "everything is hopeless lol 😂",
            "so sad today 🙂",
        ],
        [
            "Spent Sunday killing off the snails before they finish off my lettuces 😂",
            "killed all the weeds today 😂",
            "overdosed on Christmas telly and mince pies, still feel sick 😂",
            "killing the aphids on the roses, war is on 😂",
        ],
    ),
}


(
    test_round17_levels_paraphrase_reads_its_level,
    test_round17_levels_counterpart_stays_below_high,
    test_round17_levels_over_reading_stays_below_high,
    test_round17_levels_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_round17_levels_over_reading_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(LOWERED)

(
    test_round17_levels_signal_raises_its_signal,
    test_round17_levels_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNALS)


def test_round17_levels_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)
