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
dev-it-2142); a day moved from the bed to the sofa and back ("letto-divano-letto tutto il giorno", dev-it-2191);
a glass grown into a bottle and drinks counted by the day ("il bicchiere di vino è diventato mezza bottiglia",
"sono a undici ombre al giorno": dev-it-2192, 2204; glasses of water counted by the day are not drinks, an
older rule's over-reading); nothing changing any more and the Venetian "che senso ga" (dev-it-2193, 2200); an
attack coming on with the breath lost (dev-it-2194); not leaving home told with a first-person verb after a
wife's death ("da quando è mancata mia moglie non esco più di casa": the sender's, dev-it-2206); read high for
imminent: the family told it is not their fault after "grazie di tutto" (a second farewell, dev-it-2184), someone
stopped on a viaduct and sorry for everything (a partner's proxy report, dev-it-2183), a height and the spot on it
already chosen (dev-it-2186), out to sea in a boat "e non torno indietro" (dev-it-2182); read none for low: an act
announced for tonight in the third person ("m'ha scritto che stanotte sale sul terrazzo e la fa finita", a
friend's: dev-it-2152), a lorry that would not be a tragedy, recalled from last year (dev-it-2140), a bottle of
grappa finished alone two years ago (dev-it-2169).

Signals: nobody caring in Roman form ("a nessuno je frega niente de me", dev-it-2150, 2151) and an evening left
alone with the television (dev-it-2172) raise loneliness; a message asked for "adesso la prego" raises urgency
(dev-it-2194), the sender's own "le scrivo ora sennò me lo scordo" does not (dev-it-2228); shut in for two
minutes to cry, then out again, is not withdrawal (dev-it-2205).

Left: the idiom "meglio morto che juventino! 😂" and a laughing "so' morto" read low by the laughing emoji's
masked-distress cue (dev-it-2167, 2213: the valence check's, another engineer's); "nun ne posso più de sta
casa" not read as hopelessness (dev-it-2150, 2151: "non ne posso più di" a place is as often a nuisance);
valence and emoticon signals; the false alarm of the learned net alone on smoking joints before school ("mi
faccio tre canne prima di entrare a scuola, sennò là dentro non ci entro", dev-it-2196: the net is not
retrained here, and a rule cue at moderate beside it does not lower it).

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
    # a day moved from the bed to the sofa and back: withdrawal; a sofa bed, a day in bed with the flu are not
    "bed_to_sofa_all_day": (
        [
            ("letto-divano tutto il giorno, non ho aperto le finestre", "moderate"),
            ("oggi dal letto al divano tutta la giornata", "moderate"),
            ("divano-letto-divano da tre giorni", "moderate"),
            ("letto divano letto tutto il weekend", "moderate"),
        ],
        [
            ("ho comprato un divano letto per gli ospiti", "none"),
            ("dal letto al divano tutto il giorno, ho l'influenza", "none"),
            ("abbiamo montato il divano letto in sala", "none"),
            ("letto-divano-letto tutto il giorno con la febbre", "none"),
        ],
    ),
    # a glass grown into a bottle, drinks counted by the day: drinking to cope; water, milk, steps are not
    "drinks_grown_or_counted_by_the_day": (
        [
            ("il bicchiere di vino la sera è diventato una bottiglia", "moderate"),
            ("lo spritz è diventato tre, ogni sera", "moderate"),
            ("sono a otto birre al giorno", "moderate"),
            ("bevo dieci bicchieri di vino al giorno", "moderate"),
        ],
        [
            ("bevo otto bicchieri d'acqua al giorno", "none"),
            ("il bicchiere è diventato un vaso per le matite", "none"),
            ("sono a diecimila passi al giorno", "none"),
            ("il goccio di latte è diventato mezza tazza", "none"),
        ],
    ),
    # nothing changes any more (and the Venetian "che senso ga"); a programme, a menu, a date that no longer
    # change are logistics
    "nothing_changes_any_more": (
        [
            ("è finita, non cambia più niente", "moderate"),
            ("tanto non cambia più nulla", "moderate"),
            ("nun cambia cchiù niente, dottò", "moderate"),
            ("ma che senso ga tutto questo", "moderate"),
        ],
        [
            ("non cambia più niente nel programma di domani, resta tutto così", "none"),
            ("il menù non cambia più nulla per le nozze", "none"),
            ("la data non cambia più, ormai è deciso", "none"),
            ("tanto non cambia più nulla, la classifica è fatta", "none"),
        ],
    ),
    # an attack coming on with the breath lost: panic; an attack of coughing, laughter, sneezing, asthma is not
    "attack_with_the_breath_lost": (
        [
            ("mi sta venendo un attacco, non respiro", "moderate"),
            ("ho un attacco fortissimo, mi manca l'aria", "moderate"),
            ("mi è venuto un attacco in ufficio e soffoco", "moderate"),
            ("sto avendo un attacco, ho paura di svenire", "moderate"),
        ],
        [
            ("mi è venuto un attacco di tosse, non respiro", "none"),
            ("sto avendo un attacco di ridere, non respiro 😂", "none"),
            ("ho un attacco di starnuti, non respiro col naso", "none"),
            ("ho un attacco d'asma, non respiro bene, prendo lo spray", "none"),
        ],
    ),
    # not leaving home, told with a first-person verb after a bereavement told of a relative: the sender's
    # withdrawal; the relative's own is someone else's
    "staying_in_after_a_bereavement": (
        [
            ("da quando è morto mio marito non esco più di casa", "moderate"),
            ("da quando è mancata mia moglie, non esco più di casa", "moderate"),
            ("dopo che è morta mia madre non esco più di casa", "moderate"),
            ("da quando mi ha lasciato la mia ragazza non esco più di casa", "moderate"),
        ],
        [
            ("mia moglie non esce più di casa", "low"),
            ("da quando è morto suo marito, mia zia non esce più di casa", "low"),
            ("mia sorella non esce più di casa da quando è nato il bambino", "low"),
            ("mio padre non esce più di casa, dice che fa freddo", "low"),
        ],
    ),
    # the family told it is not their fault, that they did all they could, after a thank-you for everything: a
    # farewell; not their fault for a party, a flight, a dinner, a confirmed lunch is not
    "family_told_not_their_fault": (
        [
            ("grazie di tutto. ai miei dica che non è colpa loro", "imminent"),
            ("grazie per tutto, dottoressa. dica a mia madre che non è colpa sua", "imminent"),
            (
                "grazie di tutto. a mio marito dica che non è colpa sua, che ha fatto il possibile",
                "imminent",
            ),
            (
                "grazie per tutto quello che ha fatto. ai miei genitori dica che hanno fatto il possibile.",
                "imminent",
            ),
        ],
        [
            ("ai miei genitori dica che il pranzo è confermato, grazie di tutto", "none"),
            ("i vigili del fuoco hanno fatto il possibile per la casa.", "none"),
            (
                "grazie di tutto! alla mia famiglia dica che non è colpa loro se il volo è in ritardo",
                "none",
            ),
            ("dica ai miei che non è colpa loro se la cena salta, grazie", "none"),
        ],
    ),
    # stopped on a viaduct, a bridge, a parapet and sorry for everything: a plan with its place; a queue, a late
    # lorry, a friend's (low) are not
    "stopped_on_a_height_sorry_for_everything": (
        [
            (
                "è ferma in macchina sul ponte e dice che le dispiace per tutto, sono la mamma di Giulia",
                "imminent",
            ),
            ("sono fermo sul viadotto, mi dispiace per tutto", "imminent"),
            (
                "mio figlio è fermo in macchina sul cavalcavia, dice che gli dispiace per tutto",
                "imminent",
            ),
            ("sono seduta sul parapetto del ponte, mi dispiace di tutto", "imminent"),
        ],
        [
            ("sono fermo in macchina sul viadotto, c'è coda, mi dispiace per il ritardo", "none"),
            ("il mio amico è fermo sul ponte e dice che gli dispiace per tutto", "low"),
            ("sono fermo sul viadotto in coda da un'ora", "none"),
            ("sono fermo sul ponte col camion, mi dispiace per tutto il ritardo", "none"),
        ],
    ),
    # a height and the spot on it already chosen: a plan; a spot for a picnic, a beach umbrella, a sunset, a class
    # trip, fishing is not
    "spot_on_a_height_chosen": (
        [
            ("domani prendo il treno per la scogliera, il punto l'ho già scelto", "imminent"),
            ("vado sul viadotto stasera, il posto l'ho già scelto", "imminent"),
            ("stanotte salgo sul tetto, il punto l'ho già scelto, quello più alto", "imminent"),
            ("domenica vado alla scogliera, il posto l'ho già scelto", "imminent"),
        ],
        [
            ("domenica andiamo alla scogliera, il posto l'ho già scelto per il picnic", "none"),
            ("per la scogliera il posto l'abbiamo già scelto, c'è l'ombrellone", "none"),
            ("sulla scogliera il punto l'ho già scelto per il tramonto con Marco", "none"),
            ("sulla diga il posto l'abbiamo già scelto per la gita di classe", "none"),
        ],
    ),
    # out to sea in a boat, swimming, and not coming back, told bare: intent; back before evening, for lunch, once
    # a fish is caught is a trip
    "out_to_sea_and_not_back": (
        [
            ("domenica esco con la barca oltre la diga e non torno indietro.", "imminent"),
            ("domani all'alba esco in barca da solo e non torno.", "imminent"),
            ("stanotte prendo il largo col gommone e non torno più", "imminent"),
            ("vado al largo a nuoto e non torno", "imminent"),
        ],
        [
            ("domenica esco con la barca e non torno prima di sera", "none"),
            ("esco in barca e non torno indietro finché non ho preso un tonno", "none"),
            ("sabato esco col gommone e non rientro per pranzo", "none"),
            ("vado in canoa e non torno prima delle sei", "none"),
        ],
    ),
    # an act announced for tonight in the third person: intent (a parent's, a partner's patient); a friend's is low,
    # stopping a noise or a quarrel ("la fa finita con", "di") is not
    "act_announced_in_the_third_person": (
        [
            (
                "mio figlio mi ha scritto che stanotte va sul ponte e la fa finita, sono la mamma di Luca",
                "imminent",
            ),
            (
                "sono il marito di Anna: dice che stasera prende le pastiglie e la fa finita",
                "imminent",
            ),
            (
                "sono la mamma di Sara, mi ha detto che domani va ai binari e poi la fa finita",
                "imminent",
            ),
            (
                "sono il padre di Marco: stanotte sale sul tetto e la fa finita, l'ha scritto su whatsapp",
                "imminent",
            ),
        ],
        [
            ("il mio amico mi ha scritto che stanotte sale sul tetto e la fa finita", "low"),
            ("stasera il vicino la fa finita con la batteria, speriamo", "none"),
            ("domani il capo la fa finita di urlare, spero", "none"),
            ("oggi il cane la fa finita con le scarpe", "none"),
        ],
    ),
    # if a lorry, a tram hit me it would not be a tragedy: passive ideation (recalled from last year it is past);
    # a car borrowed, a train caught, a lorry feared on the scooter are not
    "not_a_tragedy_if_a_lorry_hit_me": (
        [
            ("se mi prendesse un camion non sarebbe una tragedia", "high"),
            ("se mi investe un treno non è mica una disgrazia", "high"),
            ("se mi pigliasse 'nu tram nun sarebbe 'na tragedia", "high"),
            (
                "a volte penso che se mi investisse una macchina non sarebbe una gran perdita",
                "high",
            ),
        ],
        [
            (
                "l'anno scorso pensavo che se mi prendeva un camion non era una tragedia, adesso no",
                "low",
            ),
            ("se mi prende un camion col motorino sono guai, mia madre lo dice sempre", "none"),
            ("se mi investe una macchina sulle strisce è una tragedia", "none"),
            ("se mi prende la macchina papà non è una tragedia, vado in bus", "low"),
        ],
    ),
    # a bottle of spirits or wine finished on one's own: drinking to cope (two years ago it is past); water, milk, a
    # bottle at dinner with friends are not
    "bottle_finished_on_ones_own": (
        [
            ("mi finisco la bottiglia di vino da sola ogni sera", "moderate"),
            ("mi scolo mezza bottiglia di whisky per dormire", "moderate"),
            ("mi scolo una bottiglia di rosso da solo quando litighiamo", "moderate"),
            ("mi finivo la bottiglia di grappa tre sere su tre, anche ieri", "moderate"),
        ],
        [
            ("mi finisco la bottiglia d'acqua in palestra", "none"),
            ("mi finisco la bottiglia di vino a cena con gli amici", "none"),
            ("mi finisco la bottiglia di latte a colazione", "none"),
            ("due anni fa mi finivo la bottiglia di grappa da solo, oggi ci ripensavo", "low"),
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
    # nobody caring in Roman and spoken forms, evenings left alone with the television raise loneliness; a film
    # nobody cares about, an evening alone at the office or while the children are away do not
    "nobody_cares_or_left_alone_is_lonely": (
        "loneliness",
        [
            "a nessuno je frega niente de me",
            "a nessuno gliene frega niente di me",
            "io resto qui sola con la televisione",
            "rimango da solo tutte le sere",
        ],
        [
            "resto sola in ufficio tutte le sere fino alle otto",
            "stasera resto sola tutto il giorno, i bambini sono dai nonni, finalmente",
            "a nessuno gliene frega niente del derby",
            "a nessuno je frega niente de 'sto film",
        ],
    ),
    # a message asked for now, please, raises urgency; the sender's own "le scrivo ora" does not
    "asked_now_please_is_urgent": (
        "urgency",
        [
            "mi scriva qualcosa adesso la prego",
            "mi chiami ora, per favore",
            "mi risponda adesso per piacere",
            "rispondimi ora ti prego",
        ],
        [
            "scusi l'orario, le scrivo ora sennò me lo scordo",
            "ti rispondo adesso, scusa il ritardo",
            "la richiamo ora che sono libera",
            "la chiamo ora per la fattura",
        ],
    ),
    # shut in for a day raises withdrawal; shut in for a few minutes to cry, then out again does not
    "shut_in_for_a_moment_is_not_withdrawal": (
        "withdrawal",
        [
            "mi sono chiusa in camera da ieri",
            "mi sono chiuso in casa tutto il weekend",
            "letto-divano-letto tutto il giorno, non rispondo a nessuno",
            "da quando è mancata mia moglie non esco più di casa",
        ],
        [
            "mi sono chiusa in bagno a piangere per due minuti, poi sono uscita",
            "mi sono chiuso nello sgabuzzino un attimo",
            "mi sono chiusa in macchina per cinque minuti a respirare",
            "mi sono chiusa nello spogliatoio un minuto e poi sono uscita",
        ],
    ),
    # drinks grown or counted by the day raise substance use; water counted by the day does not
    "drinks_counted_is_substance_use": (
        "substance_use",
        [
            "sono a undici birre al giorno, senza non dormo",
            "la sera il bicchiere di vino è diventato mezza bottiglia",
            "bevo dodici bicchieri di vino al giorno",
            "l'ombretta la sera è diventata tre",
        ],
        [
            "bevo otto bicchieri d'acqua al giorno",
            "sono a due caffè al giorno",
            "il bicchiere di latte è diventato una tazza",
            "bevo tre bicchieri di spremuta al giorno",
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
