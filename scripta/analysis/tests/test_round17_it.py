"""Italian rule families behind the misses, level misreadings and false alarms of blind round 17.

Misses (high or imminent read below high): the wish not to wake told without the reflexive ("voglio
dormire e non svegliare mai più", "non vuole più svegliare": a learner's Italian); no will to live in
dialect ("unn'aiu cchiù gana di campari", "nun c'ho più voja de campà"); not wanting to stay in "sto
mondo" and "che ce sto a fa' ar monno"; "era mejo se smettevo de respirà"; a burden told as "sarei un
peso in meno" or by the money spent on the sender; the sender's death asked in a prayer in the
indicative ("prega Madonna che la prende via"); "tra un mese non ci sono più" (a note left by the
patient and quoted by a parent is the patient's words; a friend's note is someone else's); the doses
counted for oneself ("quante unità servirebbero a me"); a crash hoped as a relief ("se l'aereo fosse
caduto sarebbe stato un sollievo"); the height reached told in dialect ("sugnu ncapu o viadottu"), the
car left with the keys inside for a relative; a farewell letter's signs (one's own grave paid, not
calling because one would be stopped); "la fasso finìa" in Venetian.
Levels: a gun at hand and its cartridges found, with "stasera quando ... lo faccio" (imminent); the pills
counted, their number told after a colon ("Ho contato: sono 46 compresse").
False alarms: someone else's will at the notary's; old scars shown in a swimsuit and not minded (past
self-harm told: low, no valence shift under its smile); "la fasso finìa co' ea Loretta" (ending a relationship: an idiom, which also keeps
the learned net out of its sentence).

Signals: the session named, then asked to be brought forward with a clitic ("se potesse anticiparla"),
beside a cue, is a request for support (a parent's too); dying many times in a game ("sono morto tipo 300 volte col boss finale") is not a sad word
under a smile.

Left: the panic in a car park raised by the learned net (dev-it-1995); most imminent read as high and
the moderate levels of dialect withdrawal, drinking and hopelessness.

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
    # the wish not to wake without the reflexive (a learner's Italian); waking someone, waking late are not
    "not_waking_without_the_reflexive": (
        [
            ("sono stanca, voglio dormire e non svegliare più", "high"),
            ("io vorrei addormentare e non svegliare mai più", "high"),
            ("non voglio più svegliare, dottore, basta", "high"),
            ("non vorrei svegliare mai più, sono stanco", "high"),
        ],
        [
            ("non voglio svegliare il bambino, scrivo piano", "none"),
            ("non voglio più svegliare mio marito la notte col telefono", "none"),
            ("voglio dormire e non svegliare più tardi delle nove", "none"),
            ("non vorrei svegliare nessuno, è presto", "none"),
        ],
    ),
    # no will to live told in dialect; the will to live somewhere, with someone, is not
    "no_will_to_live_in_dialect": (
        [
            ("un'aiu cchiù gana di campari, dutturi", "high"),
            ("nun tengo cchiù genio 'e campà", "high"),
            ("nun c'ho più voja de campà, dotto'", "high"),
            ("non gh'ho più voia de vive", "high"),
        ],
        [
            ("nun c'ho voja de campà a Roma co' sti prezzi", "none"),
            ("un'aiu gana di travagghiari oggi", "none"),
            ("nun tengo genio 'e faticà stammatina", "none"),
            ("nun c'ho voja de uscì stasera", "none"),
        ],
    ),
    # not wanting to stay in "sto mondo", "che ce sto a fa' ar monno"; the world of a trade is not
    "not_staying_in_this_world_slang": (
        [
            ("non ci voglio più stare in sto mondo", "high"),
            ("nun ce vojo più sta' a sto monno", "high"),
            ("ma che ci stongo a fa' ncoppa a stu munno?", "high"),
            ("che ce sto a fa' ar monno, me lo dice lei?", "high"),
        ],
        [
            ("non ci voglio più stare nel mondo della moda, cambio lavoro", "none"),
            ("che ce sto a fa' ar mare se piove?", "none"),
            ("non ci voglio più stare in sto ufficio", "none"),
            ("che ci sto a fare a sto corso, non capisco niente", "none"),
        ],
    ),
    # better if I had stopped breathing or died; dying of laughter is not
    "better_if_i_had_stopped_breathing": (
        [
            ("sarebbe stato meglio se smettevo di respirare", "high"),
            ("era mejo se morivo pur'io quella notte", "high"),
            ("sarebbe stato meglio se crepavo io", "high"),
            ("era meglio se non nascevo proprio", "high"),
        ],
        [
            ("era meglio se morivo dal ridere, che scena", "none"),
            ("era meglio se smettevo di fumare prima", "none"),
            ("sarebbe stato meglio se finivo il lavoro ieri", "none"),
            ("era mejo se restavo a casa, che traffico", "none"),
        ],
    ),
    # a burden told as a weight off or by the money spent on the sender; a weight off after a payment is not
    "burden_weight_off_and_money_spent": (
        [
            ("per i miei figli sarei un peso in meno", "high"),
            ("a mia moglie sarei solo una bocca in meno", "high"),
            ("mio figlio starebbe meglio senza spendere soldi per me", "high"),
            ("i miei starebbero più sereni senza pagare la badante per me", "high"),
        ],
        [
            ("ho pagato l'ultima rata, è un peso in meno", "none"),
            ("se trovassi lavoro sarei un peso in meno per i miei", "low"),
            ("mio figlio starebbe meglio senza spendere soldi per la palestra", "none"),
            ("ho venduto il motorino, un pensiero in meno", "none"),
        ],
    ),
    # the sender's death asked in a prayer in the indicative; a prayer for a job or for health is not
    "prayer_in_the_indicative": (
        [
            ("prego Dio che mi porta via nel sonno", "high"),
            ("ogni sera prego la Madonna che mi prende via", "high"),
            ("chiedo al Signore che mi chiama in cielo presto", "high"),
            ("prega sempre Dio che lo prende via, dice la badante", "high"),
        ],
        [
            ("prego la Madonna che mi porta un lavoro", "none"),
            ("prego Dio che mi porta la salute per i nipoti", "none"),
            ("prego Sant'Antonio che mi porta un fidanzato", "none"),
            ("prego San Gennaro che mi porta fortuna all'esame", "none"),
        ],
    ),
    # "tra un mese non ci sono più": a foreshortened life announced; a move, a contract, the office are not
    "not_here_in_a_month": (
        [
            ("tanto fra due settimane non ci sono più", "high"),
            ("tra qualche giorno non ci sono più, non preoccupatevi", "high"),
            (
                "mia figlia ha lasciato un biglietto con scritto 'tanto tra un mese non ci sono più'",
                "high",
            ),
            ("tanto tra poco non ci sono più, dotto'", "high"),
        ],
        [
            ("tra un mese non ci sono più, mi trasferisco a Bologna", "none"),
            ("fra due settimane non ci sono più in ufficio, vado in pensione", "none"),
            ("tra un mese non ci sono più, finisce il contratto", "none"),
            ("tra poco non ci sono più, sto uscendo, la richiamo", "none"),
            (
                "Marco, il compagno di classe di Ada, ha lasciato un foglio con scritto 'tra un mese non ci sono più'",
                "low",
            ),
        ],
    ),
    # the doses counted for oneself (insulin, vials); for a patient or a trip they are not
    "doses_counted_for_oneself": (
        [
            ("ho calcolato quante unità di insulina servirebbero a me", "high"),
            ("mi chiedo quante fiale basterebbero per me", "high"),
            ("ho fatto il conto di quante penne ci vorrebbero per non svegliarmi", "high"),
            ("penso a quante dosi servirebbero per farla finita", "high"),
        ],
        [
            ("quante unità servono per il paziente del letto sei?", "none"),
            ("quante unità di insulina servono a colazione?", "none"),
            ("quante penne di insulina servono per il viaggio?", "none"),
            ("quante scatole bastano per un mese di cura?", "none"),
        ],
    ),
    # a crash hoped as a relief; a crash as a tragedy is not
    "crash_hoped_as_relief": (
        [
            ("se il treno deragliasse sarebbe un sollievo", "high"),
            ("penso che se l'aereo precipitasse sarebbe una liberazione", "high"),
            ("sarebbe un sollievo se la macchina uscisse di strada", "high"),
            ("se il pullman si schiantasse sarebbe una liberazione", "high"),
        ],
        [
            # low after the retraining of 2026-11-27 (the net's cue, lowered as hypothetical); none
            # again with the weights of 2026-11-28, which do not raise it: right for a tragedy
            # averted, no wish in it
            ("se l'aereo fosse caduto sarebbe stata una tragedia", "none"),
            ("se il treno deragliasse sarebbe un disastro per tutti", "none"),
            ("sarebbe un sollievo se il treno arrivasse in orario", "none"),
            ("se la macchina si fermasse in autostrada sarebbe un problema", "none"),
        ],
    ),
    # on the height now, told in dialect; fishing or a photo there is not
    "on_the_height_in_dialect": (
        [
            ("sugnu ncapu o ponti, unn'aiu paura", "imminent"),
            ("so' 'ncoppa 'o viadotto, nun ce la faccio cchiù", "imminent"),
            ("son sul cornicione, scusi", "imminent"),
            ("stongo ncoppa 'o tetto e guardo giù", "imminent"),
        ],
        [
            ("sugnu ncapu o ponti a piscari cu me frati", "none"),
            ("so' 'ncoppa 'o tetto pe' sistemà l'antenna", "none"),
            ("son sul ponte a fare le foto del tramonto", "none"),
            ("stongo ncoppa 'a terrazza a stendere i panni", "none"),
        ],
    ),
    # "la fasso finìa" in Venetian or Sicilian: killing oneself; with someone it is ending a relationship
    "la_fasso_finia": (
        [
            ("stanote la fasso finìa, go deciso", "imminent"),
            ("stasira a fazzu finuta, dutturi", "imminent"),
            ("me dispiase, la fasso finìa.", "imminent"),
            ("doman la fasso finia e basta", "imminent"),
        ],
        [
            ("la fasso finìa co' el Toni, xe massa geloso", "none"),
            ("a fazzu finuta cu idda, è troppo gelosa", "none"),
            ("la fasso finìa col fumo, da lunedì", "none"),
            ("la fasso finìa co sta storia del condominio", "none"),
        ],
    ),
    # a farewell letter's signs in a pair: the own grave paid, the car with the keys inside for a
    # relative, not calling because one would be stopped; a relative's grave, a car at the mechanic's are not
    "farewell_letter_signs_in_a_pair": (
        [
            (
                "ho pagato il loculo accanto a mia moglie. la macchina la lascio al parcheggio con le chiavi dentro, così mio figlio la trova",
                "imminent",
            ),
            (
                "non la chiamo perché so che cercherebbe di fermarmi. ho già pagato la tomba",
                "imminent",
            ),
            (
                "ho già pagato il loculo. non ti chiamo perché so che proveresti a fermarmi",
                "imminent",
            ),
            (
                "la moto l'ho lasciata con le chiavi attaccate per mio fratello. ho pagato la lapide, non ti chiamo perché so che proveresti a fermarmi",
                "imminent",
            ),
        ],
        [
            ("ho pagato il loculo della nonna, finalmente", "none"),
            (
                "ho lasciato la macchina con le chiavi dentro per mio fratello che la porta dal meccanico",
                "none",
            ),
            ("non chiamo mia madre perché cercherebbe di fermarmi dal partire", "none"),
            ("ho pagato il funerale di mio padre a rate", "none"),
        ],
    ),
    # someone else's will at the notary's: an errand; the sender's own will "just in case" stays high
    "someone_elses_will_at_the_notary": (
        [
            ("giovedì vado dal notaio per il testamento, non si sa mai", "high"),
            ("sono stato dal notaio per fare testamento, così è tutto a posto", "high"),
            ("ho fatto testamento ieri, dal notaio", "high"),
            ("dal notaio a fare testamento, come le dicevo", "high"),
        ],
        [
            ("vado dal notaio per il testamento di mio nonno, arrivo tardi", "none"),
            ("dal notaio per il testamento della zia, che mi ha fatto esecutore", "none"),
            ("il notaio per il testamento del suocero ha rimandato", "none"),
            ("notaio per il testamento dei miei genitori alle 17, poi vengo", "none"),
        ],
    ),
    # a gun at hand and its cartridges found: a method gathered (high); with "stasera ... lo faccio" after
    # it, a plan (imminent); hunting, a range, a sale are not
    "gun_and_cartridges_found": (
        [
            (
                "la pistola di mio nonno è nel cassetto e i proiettili li ho trovati in soffitta",
                "high",
            ),
            ("il fucile di papà sta in garage, le cartucce le ho già prese", "high"),
            (
                "la doppietta di mio suocero è in cantina e le cartucce le ho recuperate. stanotte quando dormono lo faccio.",
                "imminent",
            ),
            (
                "il fucile è nell'armadio, le munizioni le ho comprate. domani quando Gino esce lo faccio",
                "imminent",
            ),
        ],
        [
            (
                "il fucile di papà è in garage, le cartucce le ho prese per la caccia di domenica",
                "none",
            ),
            ("la pistola è in cassaforte e i proiettili li ho comprati per il poligono", "none"),
            (
                "il fucile del nonno lo vendo, le cartucce le ho trovate in cantina, le porto ai carabinieri",
                "none",
            ),
            ("la doppietta di mio zio è un ricordo, la tengo appesa in salotto", "none"),
        ],
    ),
    # the pills counted, their number told after a colon: the supply reckoned (a plan); a week's doses, a
    # stocktake, a trip are not
    "pills_counted_after_a_colon": (
        [
            ("ho contato: sono 52 pastiglie, tra le mie e quelle di mia madre", "imminent"),
            ("le ho contate, sono sessanta compresse, le tengo nello zaino", "imminent"),
            ("ho fatto il conto: ne ho 40 pillole nel cassetto", "imminent"),
            ("ho ricontato, sono trentotto sonniferi", "imminent"),
        ],
        [
            ("ho contato: sono 14 compresse, quelle della settimana", "none"),
            ("ho contato: sono 46 compresse in magazzino, per l'inventario", "none"),
            ("ho contato, sono 30 pastiglie, bastano per il viaggio", "none"),
            ("ho contato: sono 20 compresse scadute, le riporto in farmacia", "none"),
        ],
    ),
}

# family -> (over-readings that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # a note written by a friend or a relative of the named patient, quoted by a parent: someone else's
    # (low); the note left by the named person written about stays theirs
    "friends_note_quoted_by_a_parent": (
        [
            (
                "Sara, l'amica del cuore di Giada, ha lasciato un biglietto con scritto 'voglio morire'. Giada piange",
                "low",
            ),
            (
                "la compagna di banco di Irene ha lasciato sul banco un foglio con scritto 'tanto tra poco non ci sono più'",
                "low",
            ),
            (
                "il cugino di Pietro ha lasciato un foglietto con scritto 'voglio farla finita', Pietro è scosso",
                "low",
            ),
            (
                "la migliore amica di Nina ha lasciato un post-it con scritto 'vorrei morire', Nina me l'ha fatto vedere",
                "low",
            ),
        ],
        [
            ("Giada ha lasciato un biglietto con scritto 'voglio morire'", "high"),
            (
                "Irene ha lasciato sul banco un foglio con scritto 'tanto tra poco non ci sono più'",
                "high",
            ),
            ("Pietro ha lasciato un foglietto con scritto 'voglio morire', e non parla", "high"),
            ("Nina ha lasciato un post-it con scritto 'vorrei morire'", "high"),
        ],
    ),
    # old scars shown in a swimsuit or short sleeves, seen and not minded: past self-harm told (low);
    # scars told bare, new or fresh, or cuts that show, stay self-harm (high)
    "old_scars_shown": (
        [
            (
                "al mare ho messo il bikini, le cicatrici sulle braccia si vedevano e pazienza",
                "low",
            ),
            (
                "sono uscita a maniche corte, le cicatrici sui polsi si vedono e non mi vergogno più",
                "low",
            ),
            ("in palestra le cicatrici sulle gambe si vedono, ma non me ne importa", "low"),
            ("le cicatrici sulla pancia ormai sono vecchie, in costume non ci penso", "low"),
        ],
        [
            ("ho cicatrici sulle braccia", "high"),
            ("le cicatrici sulle braccia nuove si vedono", "high"),
            ("ho cicatrici fresche sui polsi, in costume si vedono", "high"),
            ("ho tagli sulle cosce e si vedono", "high"),
        ],
    ),
}

# family -> (signal, texts that raise it, counterparts that do not)
SIGNALS: SignalFamilies = {
    # a burden told as a weight off raises suicidal ideation; a weight off after a payment does not
    "weight_off_is_ideation": (
        "suicidal_ideation",
        [
            "ai miei figli sarei un peso in meno",
            "per mia moglie sarei un peso in meno, davvero",
            "sarei solo una bocca in meno per loro",
            "a casa sarei un peso in meno",
        ],
        [
            "ho finito il mutuo, un peso in meno",
            "ho dato l'esame, è un peso in meno",
            "venduto il divano vecchio, un peso in meno",
            "ho consegnato la tesi, che peso in meno",
        ],
    ),
    # the session named, then asked to be brought forward with a clitic ("se potesse anticiparla") beside a
    # cue: a request for support; for work or an exam, or with no cue, it is not
    "bring_it_forward_with_a_clitic": (
        "support_request",
        [
            "sto malissimo da giorni. Giovedì c'è la seduta: se potesse anticiparla le sarei grata.",
            "non ce la faccio più. l'appuntamento di lunedì possiamo anticiparlo?",
            "Mio figlio ha scritto che vuole morire. Il colloquio è venerdì, sarebbe possibile anticiparlo?",
            "mi sento malissimo, la prossima seduta potremmo anticiparla?",
        ],
        [
            "Giovedì c'è la seduta: se potesse anticiparla perché ho un impegno il pomeriggio",
            "l'appuntamento di lunedì possiamo anticiparlo? grazie",
            "la visita è venerdì, sarebbe possibile anticiparla per lavoro?",
            "il colloquio con la scuola è martedì, potremmo anticiparlo?",
        ],
    ),
    # dying many times in a game ("sono morto 300 volte col boss") is a player's count, not a sad word
    # under a smile; dying inside, being destroyed under a smile stay a valence shift
    "game_deaths_are_not_sad": (
        "valence_shift",
        [
            "sono morto dentro 🙂",
            "oggi sto malissimo, sono distrutto 🙂",
            "mi sento morta 😊",
            "tutto uno schifo 🙂",
        ],
        [
            "finito il gioco, sono morto tipo 200 volte col drago ma ce l'ho fatta 💪",
            "sono morta mille volte a quel livello ma l'ho passato 😄",
            "siamo morti un sacco di volte in co-op, troppo divertente 😂",
            "sono morto cento volte contro il boss, alla fine l'ho battuto 🎉",
        ],
    ),
}


(
    test_round17_it_paraphrase_reads_its_level,
    test_round17_it_counterpart_stays_below_high,
    test_round17_it_over_reading_stays_below_high,
    test_round17_it_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_round17_it_over_reading_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(LOWERED)

test_round17_it_signal_raises_its_signal, test_round17_it_signal_counterpart_has_no_signal = (
    signal_family_tests(SIGNALS)
)


def test_round17_it_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)
