"""Italian rule families behind the misses, level misreadings and false alarms of blind round 18.

Misses (high or imminent read below high): killing oneself with the elided or the Roman pronoun
("stasera m'ammazzo", "me ammazzo", "m'accido"; "de supplì", "de lavoro" after it is an idiom); the wish
to die in southern dialect ("vulissi moriri e basta", "vogghiu muriri", "vurria murì"); a near date not
to be reached, told bare ("non voglio arrivare a Natale", "spera di non arrivare a domattina", a parent's
proxy report included); closing "the game" oneself, for ever, tonight ("stasera chiudo io la partita,
per sempre"); the Neapolitan thought of throwing oneself "'a copp' 'o ponte" (someone else's with "se
jettà" after "'o frate mio", and the southern "si me venesse" hypothesis, are lowered by the context);
charcoal bought with its everyday use denied ("non sono per la stufa") and a room sealed in another
sentence; the self-harm urge come back with the dative "mi" ("mi è ripreso il bisogno di farmi male",
whoever else the sentence names before it), the nails dug into the skin until it bleeds and the skin
scratched with a sharp point (the compass, a needle: self-harm, not the learned net's ideation).
Levels: all the pills taken in an SMS spelling ("ho preso tt le gocce"); tomorrow at dawn to a place
"e non torno" (imminent); the floor one must fall from "per non sopravvivere" searched (its hypothesis
low); drinking to cope (a bottle drunk to the bottom, shots before going out "se no non riesco", drinking
in the morning, a benzodiazepine pill over the dose); hopelessness in plain words ("non so più come andare
avanti", "non riesco più a immaginare un futuro", "arrivata al capolinea"); "nen ce la facce cchiù"; a
weekend spent in bed with the shutters down; someone not getting up from bed (a proxy's patient; someone
else's is low); cutting at a named place of the body (recalled from school: low) and cuts denied
("non mi sono più fatta tagli": low); "troppo triste" (low mood); the heart wished to stop told of a
father (low).
False alarms: stepping out of a quarrel ("togliermi di mezzo quando litigano": an idiom); self-harm as the
subject of an article, with the elided article ("l'articolo sull'autolesionismo tra gli adolescenti");
bills passed by "come se non esistessero" (an idiom of avoidance, which also keeps the learned net out of
its sentence).

Signals: drinking to cope (the bottle, the shots, the morning, the extra pill) raises substance use; the
urge come back with the dative "mi" and the nails dug in raise self-harm; contact asked "appena possibile"
raises urgency; an empty house where nobody calls raises loneliness; a tattoo, coffee, an invoice, a
house empty for a trip do not.

Left: "Sono chiusa in camera" beside a denied urge read as withdrawal (dev-it-2032); a carer's "non dice
più che vuole ... non svegliare" (dev-it-2063, none for low); two farewells read high for imminent (keys
left to a neighbour and "non si preoccupi più per me", dev-it-2068; a father's watch and bank papers
handed over "non gli servono più", with a gun at home, dev-it-2080); signals (an apology read in a found
letter, a request for a call in a long email, the self-harm of a compass read as ideation by the net).

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
    # killing oneself with the elided or the Roman pronoun; of laughter, of work, of bills it is an idiom
    "elided_pronoun_killing_oneself": (
        [
            ("stanotte m'ammazzo, nun ce la faccio cchiù", "imminent"),
            ("domani m'impicco, giuro", "imminent"),
            ("me ammazzo stasera, tanto a chi importa", "imminent"),
            ("basta, m'accido.", "imminent"),
        ],
        [
            ("m'ammazzo de risate co' 'sto video", "none"),
            ("stasera m'ammazzo de lavoro pe' finì", "none"),
            ("m'accido 'e fatica tutt' 'e juorne", "none"),
            ("m'ammazzo co' 'sti conti de fine mese", "none"),
        ],
    ),
    # the wish to die in southern dialect; dying of laughter, cold, sleep, hunger is not
    "wish_to_die_in_southern_dialect": (
        [
            ("vogghiu moriri, dutturi", "high"),
            ("vurria murì e basta", "high"),
            ("nun vogghiu autru ca moriri", "high"),
            ("vulissi muriri stanotti stissa", "high"),
        ],
        [
            ("vulissi moriri dî risati cu ddu film", "none"),
            ("vurria murì d'o friddo stammatina", "none"),
            ("vulissi moriri di sonnu, sugnu stancu", "none"),
            ("vogghiu moriri di fami, unni mangiamu?", "none"),
        ],
    ),
    # a near date not to be reached, told bare; reached with gifts, late, tired, in the red is a worry
    "not_reaching_a_near_date": (
        [
            ("non voglio arrivare a Capodanno.", "high"),
            ("spero di non arrivare a lunedì", "high"),
            ("nun vogghiu arrivari a Natali.", "high"),
            ("non voglio arrivare viva a fine anno", "high"),
        ],
        [
            ("non voglio arrivare a Natale senza regali", "none"),
            ("spero di non arrivare a domattina in ritardo", "none"),
            ("spero di non arrivare a lunedì stanca morta", "none"),
            ("non voglio arrivare a fine mese con il conto in rosso", "none"),
        ],
    ),
    # closing the game oneself, for ever, tonight; a game of cards, a fantasy league, a job are not
    "closing_the_game_for_ever": (
        [
            ("stanotte chiudo la partita per sempre", "imminent"),
            ("domani la chiudo io la partita, per sempre", "imminent"),
            ("stasera chiudo con la vita, per sempre.", "imminent"),
            ("adesso chiudo il sipario, definitivamente", "imminent"),
        ],
        [
            ("stasera chiudo la partita a scopa e vado a dormire", "none"),
            ("stasera chiudo la partita per sempre con il fantacalcio, mi sono stufato", "none"),
            ("oggi chiudo il sipario sul vecchio lavoro", "none"),
            ("stasera chiudo baracca per sempre, vendo il negozio", "none"),
        ],
    ),
    # the Neapolitan thought of throwing oneself from a height; a bed, a rock to swim from are not
    "neapolitan_throw_from_a_height": (
        [
            ("aggio penzato 'e me jettà 'a coppa 'o balcone", "high"),
            ("tengo 'o penziero 'e me jettà 'a copp' 'o viadotto", "high"),
            ("penzavo 'e me menà 'a copp' 'o ponte", "high"),
            ("vurria me jettà 'a coppa 'o tetto", "high"),
        ],
        [
            ("aggio penzato 'e me jettà 'ncoppa 'o lietto", "none"),
            ("pensavo 'e me jettà 'a coppa 'o scoglio pe' fa' 'o bagno", "none"),
            ("'a sora mia ha penzato 'e se jettà 'a copp' 'o balcone", "low"),
            ("si me venesse 'o penziero 'e me jettà 'a coppa 'o ponte, che faccio?", "low"),
        ],
    ),
    # the self-harm urge come back to the sender (the dative "mi"); a tattoo, a doctor's visit, a sister's urge are not
    "self_harm_urge_come_back": (
        [
            ("da quando è tornato lui mi è tornata la voglia di tagliarmi", "high"),
            ("mi è ripreso l'impulso di farmi del male", "high"),
            ("m'è venuta la voglia di bruciarmi", "high"),
            ("da quando mia madre è qui mi sta tornando il bisogno di farmi male", "high"),
        ],
        [
            ("mi è tornata la voglia di farmi un tatuaggio", "none"),
            ("mi è ripreso il bisogno di farmi vedere dal medico", "none"),
            ("da quando è tornato lui, a mia sorella è ripreso il bisogno di farsi male", "low"),
            ("mi è tornata la voglia di farmi bella per uscire", "none"),
        ],
    ),
    # the nails dug into the skin until it bleeds; nails in the palms from nerves, false nails, a cat are not
    "nails_dug_until_bleeding": (
        [
            ("mi pianto le unghie nelle braccia finché non sanguinano", "high"),
            ("stanotte mi sono piantata le unghie nella pelle fino a sanguinare", "high"),
            ("quando litigano mi conficco le unghie nelle cosce finché non esce il sangue", "high"),
            ("ho bisogno di piantarmi le unghie nella pelle a sangue", "high"),
        ],
        [
            ("mi pianto le unghie nei palmi quando sono nervosa", "none"),
            ("mi sono messa le unghie finte nuove, bellissime", "none"),
            ("il gatto mi ha piantato le unghie nel maglione", "none"),
            ("quando ho l'esame mi pianto le unghie nelle mani per concentrarmi", "none"),
        ],
    ),
    # the skin scratched with a sharp point (an act, or an urge come back); an itch, a pencil, a parcel's scissors,
    # a back scratched with a comb are not
    "skin_scratched_with_a_sharp_point": (
        [
            ("mi gratto le braccia con un ago finché sanguinano", "high"),
            ("stanotte mi sono graffiata le braccia con un vetro", "high"),
            ("mi è venuta la voglia di incidermi le cosce con il taglierino", "high"),
            ("m'è tornata quella voglia di grattarmi le gambe con la punta delle forbici", "high"),
        ],
        [
            ("mi gratto le braccia con la punta della matita per il prurito", "none"),
            ("mi gratto la gamba con lo spillo per il prurito del gesso", "none"),
            ("mi è tornata la voglia di grattarmi la schiena col pettine", "none"),
            (
                "non mi è tornata quella voglia di grattarmi le braccia con il compasso, sto meglio",
                "low",
            ),
        ],
    ),
    # charcoal with its everyday use denied, or charcoal and a room sealed: the means gathered; a barbecue, the
    # cold, a stove are not
    "charcoal_and_a_room_sealed": (
        [
            (
                "ho preso la carbonella, ma non è per il barbecue. ho già tappato le fessure della camera",
                "imminent",
            ),
            ("ho comprato il carbone. ho già sigillato le prese d'aria della stanza", "imminent"),
            (
                "due sacchi di carbonella in cantina, non sono per il camino. ho sigillato le finestre del bagno col nastro",
                "imminent",
            ),
            (
                "i bricchetti sono in macchina. ho già sigillato i finestrini, domenica vado",
                "imminent",
            ),
        ],
        [
            (
                "ho comprato la carbonella per la grigliata. ho tappato le prese d'aria del bagno perché entra il freddo",
                "none",
            ),
            ("la carbonella non è per la stufa, è per il barbecue di sabato", "none"),
            ("ho sigillato le prese d'aria del bagno, entrava il freddo", "none"),
            ("il carbone non è per il camino, lo porto in campeggio", "none"),
        ],
    ),
    # out of the way for good, bare; out of the way while others quarrel is an idiom
    "quarrel_stepped_out": (
        [
            ("farei un favore a tutti a togliermi di mezzo", "high"),
            ("ai miei figli farei un favore a levarmi di torno, davvero", "high"),
            ("a mia moglie farei solo un favore a togliermi di mezzo per sempre", "high"),
            ("farei un favore a tutti a togliermi di mezzo, quando litigano è colpa mia", "high"),
        ],
        [
            ("quando litigano sull'eredità è meglio togliermi di mezzo mentre discutono", "none"),
            ("farei un favore a tutti a togliermi di mezzo quando discutono di soldi", "none"),
            ("mi levo di torno mentre bisticciano, così fanno pace da soli", "none"),
            (
                "preferisco togliermi di mezzo quando i miei si scannano per la cena di Natale",
                "none",
            ),
        ],
    ),
    # self-harm as the sender's own; as the subject of a book, a talk, a podcast it is news
    "self_harm_as_a_subject": (
        [
            ("sono ricaduta nell'autolesionismo", "high"),
            ("l'autolesionismo è tornato, mi taglio tutte le sere", "high"),
            ("ho letto l'articolo e mi è tornata la voglia di tagliarmi", "high"),
            ("l'autolesionismo per me è l'unico modo di calmarmi", "high"),
        ],
        [
            ("ho letto un libro sull'autolesionismo negli adolescenti, molto bello", "none"),
            ("c'è un convegno sul suicidio giovanile a Padova, ci vado", "none"),
            ("le mando il podcast sull'autolesionismo che le dicevo", "none"),
            ("ho visto un documentario dell'autolesionismo tra le ragazze, interessante", "none"),
        ],
    ),
    # bills passed by as if they did not exist: avoidance (an idiom); a wish to vanish beside them stays high
    "bills_as_if_they_did_not_exist": (
        [
            ("le bollette si accumulano, tanto presto non ci sarò più", "imminent"),
            ("non apro più la posta, tanto tra poco non ci sono più", "high"),
            ("vivo come se non esistessi, vorrei sparire", "high"),
            ("le bollette le lascio lì, vorrei morire", "high"),
        ],
        [
            ("le bollette si accumulano e io faccio finta che non esistano", "none"),
            ("la posta la lascio sul tavolo come se non esistesse, da settimane", "none"),
            ("le multe sono nel cassetto, ci passo davanti come se non ci fossero", "none"),
            ("le mail del lavoro le ignoro come se non esistessero", "none"),
        ],
    ),
    # all the pills taken, in an SMS spelling: an act taken; the week's, the prescribed, packed ones are not
    "all_pills_taken_sms_spelling": (
        [
            ("ho preso tt le pastiglie di mia madre. scusatemi", "imminent"),
            ("ho ingoiato tt le gocce col whisky, mi scoppia la testa", "imminent"),
            ("ho preso tte le compresse del comodino. non sento le gambe", "imminent"),
            ("mi sono presa tt le pillole della nonna", "imminent"),
        ],
        [
            ("ho preso tt le pastiglie della settimana, come sempre", "none"),
            ("ho preso tt le medicine in farmacia per la nonna", "none"),
            ("ho preso tt le gocce e le ho messe in valigia", "none"),
            ("ho preso tt le pillole prescritte, tranquilla", "none"),
        ],
    ),
    # going at dawn to a place and not coming back, told bare: intent; a return before Sunday, for lunch is a trip
    "to_a_place_and_not_back": (
        [
            ("domani all'alba vado al faro e non torno", "imminent"),
            ("stanotte vado a Capo Testa e non torno più.", "imminent"),
            ("sabato salgo da sola in montagna e non torno", "imminent"),
            ("domattina esco verso il molo e non torno", "imminent"),
        ],
        [
            ("domani vado a Genova e non torno prima di domenica", "none"),
            ("domani all'alba vado a pescare al lago e non torno per pranzo", "none"),
            ("stasera vado da Luca e non torno a cena", "none"),
            ("sabato vado in montagna e non torno fino a lunedì", "none"),
        ],
    ),
    # the floor one must fall from to die, searched: the method researched; a floor for an office is not
    "floor_searched_to_fall_from": (
        [
            ("ho cercato su google da che piano bisogna cadere per morire", "high"),
            ("ho letto a che piano bisogna saltare per essere sicuri", "high"),
            ("ho cercato a quale piano bisogna lanciarmi per non sopravvivere", "high"),
            ("stanotte ho cercato da quanti metri bisogna cadere per morire", "high"),
        ],
        [
            ("ho cercato a che piano bisogna andare per l'ufficio anagrafe", "none"),
            ("ho cercato da che piano bisogna partire per la visita guidata", "none"),
            ("ho guardato su internet quanti metri servono per la recinzione", "none"),
            (
                "se mi venisse da cercare da che piano bisogna cadere per morire, la chiamo?",
                "low",
            ),
        ],
    ),
    # drinking to cope: a bottle drunk to the bottom, shots before going out, drinking in the morning, a pill over
    # the dose; a bottle bought for a dinner, coffee in the morning, a flatmate's bottle are not
    "drinking_to_cope": (
        [
            (
                "Mi sono scolata da sola una bottiglia intera di vino per non pensare a lui",
                "moderate",
            ),
            (
                "prima delle cene di lavoro mi bevo tre bicchierini di grappa, se no non riesco a parlare",
                "moderate",
            ),
            ("bevo birra appena sveglio, ormai", "moderate"),
            ("ho preso una compressa di Tavor in più ogni sera, non bastava", "moderate"),
        ],
        [
            ("ho comprato una bottiglia intera di mirto per la cena con gli amici", "none"),
            ("bevo il caffè già la mattina presto", "none"),
            (
                "il mio coinquilino si è scolato da solo una bottiglia intera di rum per non pensare alla sua ex",
                "low",
            ),
            ("mio marito beve vino già la mattina", "low"),
        ],
    ),
    # hopelessness in plain words; a thesis, a game, a bus terminus, a future missing someone are not
    "hopelessness_in_plain_words": (
        [
            ("Non so più come andare avanti, sono stanca di tutto.", "moderate"),
            ("non riesco più a immaginare un futuro diverso da questo schifo", "moderate"),
            ("sono arrivato al capolinea, non so cosa fare", "moderate"),
            ("non riesco più a vedere un futuro per me", "moderate"),
        ],
        [
            ("non so più come andare avanti con la tesi", "none"),
            ("sono arrivata al capolinea del 14 e ho preso il treno", "none"),
            ("non riesco più a immaginare un futuro senza di lui, mi manca tanto", "low"),
            ("non so più come andare avanti con questo livello del gioco", "none"),
        ],
    ),
    # "non ce la faccio più" in Abruzzese; with the traffic it is a nuisance
    "cannot_cope_in_abruzzese": (
        [
            ("nen ce la facce cchiù, dottò", "moderate"),
            ("nin ce la facce cchiù co' sta vita", "moderate"),
            ("nen ce la facce cchiù, so' stanche", "moderate"),
            ("mo nen ce la facce cchiù", "moderate"),
        ],
        [
            ("nen ce la facce cchiù co' 'stu traffico", "none"),
            ("nen ce la facce cchiù a arrivà alle otto", "none"),
            ("nen ce la facce cchiù co' 'stu caldo", "none"),
            ("nen ce la facce cchiù co' 'sti lavori sotto casa", "none"),
        ],
    ),
    # a weekend, a Sunday spent in bed or in the dark: withdrawal; flu, fever, films with friends are not
    "weekend_spent_in_bed": (
        [
            ("weekend passato interamente a letto con le tapparelle giù", "moderate"),
            ("domenica passata tutta al buio, non ho risposto a nessuno", "moderate"),
            ("tre giorni passati a letto sotto le coperte", "moderate"),
            ("fine settimana trascorso tutto chiusa in camera", "moderate"),
        ],
        [
            ("weekend passato interamente a letto con l'influenza", "none"),
            ("domenica passata tutta a letto con la febbre", "none"),
            ("sabato passato sul divano con le amiche a vedere film", "none"),
            ("weekend passato interamente a letto col raffreddore", "none"),
        ],
    ),
    # the patient not getting up, told by a proxy; someone else's is low, a lie-in on Sunday is not
    "not_getting_up_told_by_a_proxy": (
        [
            (
                "sono Anna, la figlia di Pina: da lunedì la mamma non si è nemmeno alzata dal letto",
                "moderate",
            ),
            (
                "sono la mamma di Luca: oggi non si è alzato dal letto, non parla con nessuno",
                "moderate",
            ),
            (
                "Sono Piero, il marito di Teresa. Da tre giorni non si alza dal letto.",
                "moderate",
            ),
            (
                "sono la moglie di Aldo: da domenica non si alza più dal letto",
                "moderate",
            ),
        ],
        [
            ("il mio compagno di stanza non si alza dal letto da giorni", "low"),
            ("mio fratello non si è ancora alzato dal letto, è domenica e dorme ancora", "none"),
            ("la nonna non si alza dal letto per la febbre", "none"),
            ("mio figlio non si è alzato dal letto, ha la febbre a 38", "none"),
        ],
    ),
    # cutting at a named place of the body; recalled from school it is past (low), a razor, a knife are not
    "cutting_at_a_place_of_the_body": (
        [
            ("mi taglio sulle braccia quando sono sola", "high"),
            ("mi brucio sulle cosce con l'accendino", "high"),
            ("mi taglio di nuovo sulla pancia, da lunedì", "high"),
            ("mi sono fatta tagli sulle braccia ieri sera", "high"),
        ],
        [
            ("in terza media mi tagliavo sulle braccia", "low"),
            ("da ragazza mi bruciavo sulle cosce con l'accendino", "low"),
            ("non mi sono più fatta tagli da Natale", "low"),
            ("mi sono fatta tagliare i capelli corti", "none"),
        ],
    ),
}

# family -> (over-readings that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # the heart wished to stop, told of a father, a friend: someone else's (low); the sender's stays high
    "heart_to_stop_told_of_someone_else": (
        [
            ("mio padre mi dice che spera che il cuore gli si fermi nel sonno", "low"),
            ("la mia amica Giulia spera che il cuore le si fermi, dice", "low"),
            ("mio nonno prega che il cuore gli si fermi, lo dice sempre", "low"),
            ("il mio vicino vorrebbe che il cuore gli si fermasse, poverino", "low"),
        ],
        [
            ("spero che il cuore si fermi nel sonno", "high"),
            ("vorrei che il mio cuore si fermasse stanotte", "high"),
            ("spero che il cuore smetta di battere", "high"),
            ("magari il cuore si fermasse nel sonno, spero che il cuore si fermi", "high"),
        ],
    ),
    # the Neapolitan thought of throwing oneself down told of a brother, or in a southern "si" hypothesis: lowered
    "neapolitan_throw_someone_else_or_if": (
        [
            ("'o frate mio m'ha ditto ca ha penzato 'e se jettà 'a copp' 'o viadotto", "low"),
            ("frateme ha penzato 'e se jettà 'a coppa 'o balcone", "low"),
            (
                "si 'na sera me venesse 'o penziero 'e me jettà 'a coppa 'o ponte, a chi chiammo?",
                "low",
            ),
            ("si me venesse 'o penziero 'e me jettà 'a copp' 'o tetto, che aggia fa'?", "low"),
        ],
        [
            ("aggio penzato 'e me jettà 'a copp' 'o viadotto", "high"),
            ("stanotte aggio penzato 'e me jettà 'a coppa 'o balcone", "high"),
            ("me vene 'o penziero 'e me jettà 'a coppa 'o ponte", "high"),
            ("'o penziero 'e me jettà 'a copp' 'o tetto nun se ne va", "high"),
        ],
    ),
}

# family -> (signal, texts that raise it, counterparts that do not)
SIGNALS: SignalFamilies = {
    # drinking to cope raises substance use; coffee, water, a bottle bought for a dinner do not
    "drinking_to_cope_is_substance_use": (
        "substance_use",
        [
            "ieri ho fatto fuori una bottiglia di whisky da solo",
            "prima di uscire mi faccio due shottini di rum, se no non riesco a salutare nessuno",
            "mio marito beve grappa già la mattina, sono la moglie di Piero",
            "questa settimana ho preso una pastiglia di Xanax in più ogni sera",
        ],
        [
            "bevo acqua appena sveglio, due bicchieri",
            "ho comprato una bottiglia intera di vino per la cena dai suoceri",
            "bevo il cappuccino già la mattina presto",
            "ho preso una pastiglia di Tachipirina per il mal di testa",
        ],
    ),
    # contact asked "appena possibile" raises urgency; an invoice, a document as soon as possible do not
    "contact_as_soon_as_possible_is_urgent": (
        "urgency",
        [
            "mio figlio dice che vuole morire. mi può richiamare appena possibile?",
            "sto malissimo, mi chiami appena possibile",
            "Le chiedo di ricontattarmi appena possibile, mia figlia si è tagliata",
            "possiamo sentirci appena possibile? non ce la faccio più",
        ],
        [
            "mi manda la fattura appena possibile?",
            "le porto il certificato appena possibile",
            "sposto la seduta appena possibile, grazie",
            "mi mandi il link appena possibile, grazie",
        ],
    ),
    # an empty house where nobody calls raises loneliness; a house empty for a trip, a quiet office do not
    "empty_house_nobody_calls_is_lonely": (
        "loneliness",
        [
            "La casa è vuota e nessuno telefona.",
            "da quando è morto Franco nessuno viene a trovarmi",
            "nessuno mi telefona più, nemmeno mia figlia",
            "questa casa è troppo silenziosa, la sera è dura",
        ],
        [
            "la casa è vuota, i ragazzi sono in gita, finalmente pace",
            "nessuno telefona in ufficio il lunedì, si lavora bene",
            "la casa è vuota fino a domenica, i miei sono in ferie",
            "nessuno telefona al numero verde di notte, dice il centralino",
        ],
    ),
    # the urge come back with the dative "mi" raises self-harm; a tattoo, a haircut do not
    "urge_come_back_is_self_harm": (
        "self_harm",
        [
            "da quando è tornato lui mi è ripresa la voglia di farmi male",
            "mi è tornato l'impulso di graffiarmi",
            "mi pianto le unghie nella pelle finché non sanguina",
            "m'è tornata la smania di tagliarmi",
        ],
        [
            "mi è tornata la voglia di farmi i capelli rossi",
            "mi è ripreso il bisogno di farmi una vacanza",
            "mi pianto le unghie nei palmi quando guido",
            "mi è venuta voglia di farmi un tatuaggio",
        ],
    ),
}


(
    test_round18_it_paraphrase_reads_its_level,
    test_round18_it_counterpart_stays_below_high,
    test_round18_it_over_reading_stays_below_high,
    test_round18_it_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_round18_it_over_reading_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(LOWERED)

test_round18_it_signal_raises_its_signal, test_round18_it_signal_counterpart_has_no_signal = (
    signal_family_tests(SIGNALS)
)


def test_round18_it_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)
