"""Italian rule families behind the misses, level misreadings and false alarms of blind round 16.

Misses (high or imminent read below high): tired of living and the wish not to wake told in dialect
("m'aggio stancato 'e campà", "si 'a matina nun me scetasse cchiù"); pills no longer taken, being saved
and counted in dialect ("i staiu sarvannu, ci n'haiu quaranta"); a letter for a relative with the
passwords of the account or the pet's instructions, "non si sa mai" (preparation, high: the weak
farewell of a letter "a mia sorella" no longer counts beside it); the thought that it would be enough
to climb the barrier of a bridge; killing oneself in Venetian ("de coparme", "me copo"); a burden
named by a word ("senza questo vecchio da accompagnare"); not looking at the cars when crossing ("se mi
investono, amen"); "non ha senso che io ci sia ancora"; the plane hoped to fall, the vehicle told first
("prendo l'aereo ... spero un pochino che cada"); "ormai è ora che vada anch'io" after a death; the
thought of saving up the pills (a southern "si mai" is a hypothesis).
False alarms: a blade handed back; a relative or a friend of the named patient ("la madre di Marina",
"l'amica del cuore di Chiara") is someone else even when a relative writes as the patient's proxy, and
a cue inside someone else's cue takes that modifier; a dated past act ("due anni fa presi tutte le
gocce", "da ragazza mi bruciavo") with a present told beside it; a weekly pill organiser filled and
taken on time (and one emptied and swallowed stays the act).
Levels: loneliness told by what is missing (the radio, long days, "avrei voluto parlarne con
qualcuno"); not coping with a commute or a session's day (an idiom); someone wanting to jump told bare
("diceva che voleva buttarsi": someone else's, low); a bottle finished alone and drinking till one
forgets coming home; sedatives beyond the prescription ("invece di mezza", "senza dirlo al medico");
the whole box swallowed ("la scatola intera di Xanax"), with drinks; pills kept and counted with their
number in the next sentence; a harm that did not happen with a smile is not masked distress.
Signals: bringing the session forward beside a cue is a request for support ("pensavo di anticipare
l'incontro"; "l'incontro di dicembre" is a date, not a talk about something); "se n'è andato" is not
an "if"; "se ha due minuti mi chiama?" is politeness, not a hypothesis.

Left: a joke about jumping with laughing emojis that the corpus labels as a valence shift (dev-it-1915);
"non riesco a uscire" from a bathroom in a panic read as withdrawal, and "mi scriva qualcosa la prego"
as no urgency (dev-it-1895); "a me a cosa serve ormai" about a watch read as hopelessness (dev-it-1881).

Each family is tested on fictional paraphrases that are NOT in the corpus and on texts sharing its
words with the other reading. The corpus items themselves are measured by bench/analysis_eval.py.
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import (
    Families,
    SignalFamilies,
    assert_family_sizes,
    family_tests,
    lowered_keeps_its_cue_test,
    signal_family_tests,
    signals,
)

# family -> (paraphrases at their level, counterparts below high), each with its level
FAMILIES: Families = {
    # tired of living and the wish not to wake told in dialect; tired of work, of the neighbours, of a
    # city, or waking later, are not
    "dialect_tired_of_living_and_not_waking": (
        [
            ("m'aggio stancato 'e campà, nun ne pozzo cchiù", "high"),
            ("so' stanco 'e campà, dotto'", "high"),
            ("me so' stufato de campà", "high"),
            ("si 'a matina nun me scetasse cchiù fosse meglio", "high"),
            ("sarria meglio si nun me scetasse cchiù", "high"),
        ],
        [
            ("m'aggio stancato 'e faticà tutta 'a jurnata", "none"),
            ("so' stanco 'e campà 'e sti vicini, fanno rumore", "none"),
            ("si 'a matina nun me scetasse cchiù tardi fosse meglio, dormo poco", "none"),
            ("so' stufo de campà a Milano, voglio tornà a Napule", "none"),
        ],
    ),
    # pills no longer taken, being saved, their number told: a supply gathered; a trip, the chemist,
    # empty boxes are not
    "dialect_pills_saved_and_counted": (
        [
            (
                "i pinnuli nun i pigghiu cchiù, i staiu sarvannu, n'haiu trenta nto cassetto",
                "imminent",
            ),
            (
                "le pastiglie nun le piglio più, le sto mettendo da parte, ne ho cinquanta nel comodino",
                "imminent",
            ),
            ("le compresse non le prendo più: le sto conservando, ne ho già quaranta", "imminent"),
            ("i pinnuli ri l'umore i staiu ammucciannu, ci n'haiu sissanta", "imminent"),
        ],
        [
            ("le pastiglie le sto mettendo da parte per il viaggio, ne ho trenta", "none"),
            ("i pinnuli i staiu sarvannu pi quannu parto in vacanza, ci n'haiu trenta", "none"),
            ("le compresse non le prendo più, le ho riportate in farmacia, erano quaranta", "none"),
            (
                "sto conservando le scatole vuote delle pastiglie per la raccolta, ne ho quaranta",
                "none",
            ),
        ],
    ),
    # a letter for a relative with the account's passwords or the pet's instructions, "non si sa mai":
    # preparation (high); a trip's notes, a birthday letter, the accountant are not
    "letter_with_the_passwords_just_in_case": (
        [
            (
                "ho scritto una lettera per mio fratello con le password del conto e l'ho messa nella cartellina del testamento",
                "high",
            ),
            (
                "ho lasciato una lettera a mia figlia con le istruzioni per il gatto e le password, non si sa mai",
                "high",
            ),
            (
                "domenica ho scritto a mia madre una lettera lunga con le password della banca e le istruzioni per il cane",
                "high",
            ),
            (
                "ho preparato una busta per mia sorella con le password del conto e le istruzioni per le piante, così è tutto in ordine",
                "high",
            ),
        ],
        [
            (
                "ho lasciato alla vicina le istruzioni per il gatto, parto per Londra una settimana",
                "none",
            ),
            (
                "ho scritto una lettera per mia sorella per il suo compleanno, con le foto del cane",
                "none",
            ),
            ("ho mandato alla commercialista le password del conto per la dichiarazione", "none"),
            (
                "ho lasciato a mio fratello un biglietto con le istruzioni per il cane, parto domani per Bari",
                "none",
            ),
        ],
    ),
    # the thought that it would be enough to climb the barrier or jump from a height: a method thought of;
    # denied it is low; a photo, a ball, a career, a driving lesson are not
    "enough_to_climb_the_barrier": (
        [
            ("ogni sera guardo dal balcone e penso che basterebbe scavalcare la ringhiera", "high"),
            ("quando passo sul viadotto penso che basterebbe sterzare un attimo", "high"),
            (
                "sul binario penso sempre che basterebbe fare un passo avanti quando arriva il treno",
                "high",
            ),
            (
                "in macchina sul ponte mi viene da pensare che basterebbe accostare e saltare giù",
                "high",
            ),
        ],
        [
            ("passo sul ponte e non penso più che basterebbe scavalcare il parapetto", "low"),
            ("penso che basterebbe accostare e mettere le quattro frecce per fare la foto", "none"),
            (
                "per il tetto penso che basterebbe scavalcare il muretto del vicino per recuperare il pallone",
                "none",
            ),
            ("penso che basterebbe fare un passo avanti nella carriera", "none"),
            ("penso che basterebbe sterzare un po' prima alla rotonda, dice l'istruttore", "none"),
        ],
    ),
    # killing oneself in Venetian ("de coparme", "me copo" closing the clause); work and laughter are idioms
    "venetian_coparse": (
        [
            ("go pensà de coparme tante volte sto inverno", "high"),
            ("ogni tanto me vien voja de coparme", "high"),
            ("ghe penso spesso a coparme, dotor", "high"),
            ("me copo, no ghe la fasso più", "imminent"),
        ],
        [
            ("sto mese me copo de lavoro", "none"),
            ("me copo dal rider co sto video", "none"),
            ("el me copa se no ghe porto i schei", "none"),
            ("go pensà de coparme de lavoro anca sto mese", "none"),
        ],
    ),
    # the sender named by a burden's word after "senza" ("questo vecchio da accudire", "una moglie malata
    # come me"); a dog, the television, a job, a neighbour are not
    "burden_named_by_a_word": (
        [
            ("mia moglie starebbe più tranquilla senza di me", "high"),
            ("i miei figli starebbero più sereni senza questo vecchio da accudire", "high"),
            ("mia madre vivrebbe più leggera senza una figlia come me", "high"),
            ("mio marito starebbe più tranquillo senza una moglie malata come me", "high"),
        ],
        [
            ("mia moglie starebbe più tranquilla senza il cane che abbaia", "none"),
            ("i bambini starebbero più sereni senza la televisione accesa", "none"),
            ("mio marito starebbe più tranquillo senza questo lavoro", "none"),
            ("mia madre starebbe più tranquilla senza quel vecchio del piano di sopra", "none"),
        ],
    ),
    # not looking at the cars when crossing, "se mi investono, amen": indifference to dying; a pedestrian
    # zone, the phone are not
    "not_looking_at_the_cars": (
        [
            (
                "quando attraverso non guardo più se arrivano le macchine, se mi prendono pazienza",
                "high",
            ),
            ("ormai attraverso la strada senza guardare, se arriva una macchina pazienza", "high"),
            ("attraverso col rosso e non guardo, se mi investono amen", "high"),
            ("quando attraverso via Roma non guardo più se passano le auto", "high"),
        ],
        [
            ("attraverso senza guardare perché è una zona pedonale", "none"),
            ("quando attraverso non guardo più il telefono se arrivano le macchine", "none"),
            ("quando attraverso non guardo più il telefono, promesso", "none"),
            ("attraverso senza guardare il telefono, ho imparato", "none"),
        ],
    ),
    # "non ha senso che io ci sia ancora": questioning one's existing (high); being at a meeting, a party,
    # the office keeps the plain "non ha senso" (moderate)
    "no_sense_that_i_exist": (
        [
            ("non ha senso che io ci sia ancora", "high"),
            ("nn ha senso che io esista", "high"),
            ("non ha più senso che io sia al mondo", "high"),
            ("che senso ha che io ci sia ancora, tanto non cambia niente", "high"),
        ],
        [
            ("non ha senso che io ci sia ancora alla riunione, la chiudono loro", "moderate"),
            ("non ha senso che io venga giovedì se lei è in ferie", "moderate"),
            ("non ha senso che io ci sia anche domani in ufficio", "moderate"),
            ("che senso ha che io ci sia alla festa se non conosco nessuno", "moderate"),
        ],
    ),
    # the plane or the train hoped to fall, the vehicle told first or the hope hedged ("un po'"): passive
    # ideation; the fear that it falls, snow, a government, delays are not
    "plane_hoped_to_fall": (
        [
            ("ogni volta che prendo l'aereo spero che cada", "high"),
            ("quando volo spero un po' che l'aereo precipiti", "high"),
            ("sul treno spero che deragli, sarebbe una soluzione", "high"),
            ("in treno spero quasi che deragli", "high"),
        ],
        [
            ("spero che l'aereo non cada, ho paura di volare", "none"),
            ("spero che cada la neve a Natale", "none"),
            ("spero che cada il governo", "none"),
            ("in treno spero che non ci siano ritardi", "none"),
        ],
    ),
    # "ormai è ora che vada anch'io" after a death, or to join the dead: a wish to die; a shift ended,
    # retirement, a job left, school are not
    "time_i_went_too_after_a_death": (
        [
            (
                "sono la figlia di Rino: da quando è morta la mamma papà ripete che ormai è ora che vada pure lui",
                "high",
            ),
            ("è un anno che è mancato Franco, ormai è ora che me ne vada anch'io", "high"),
            ("è ora che vado pure io, da mia moglie", "high"),
            ("dal funerale di mio marito penso solo che è ora che vada pure io", "high"),
        ],
        [
            ("è ora che vada anch'io, sono le sette e domani lavoro", "none"),
            ("è ora che vada pure io in pensione", "none"),
            ("ormai è ora che me ne vada anch'io da questa azienda", "none"),
            ("è ora che vada anche lei a scuola, ha sei anni", "none"),
        ],
    ),
    # the thought of saving up the pills: a method thought of (high), low in a hypothesis ("se mai", the
    # southern "si mai"); for a trip or a collection it is not
    "thought_of_saving_the_pills": (
        [
            ("penso spesso di mettere da parte le pastiglie dello psichiatra", "high"),
            ("mi vinni a testa di sarvari i pinnuli, ogni sira ci penso", "high"),
            ("mi è venuto in mente di accumulare i sonniferi, non so perché", "high"),
            (
                "se mai mi venisse in mente di mettere da parte le pastiglie dello psichiatra, chi dovrei chiamare?",
                "low",
            ),
            (
                "na dumanna: si mai mi vinissi a testa di sarvari i pinnuli ca mi desi u psichiatra, a cu avissi a chiamari?",
                "low",
            ),
        ],
        [
            ("devo mettere da parte le pastiglie per il viaggio, mi servono tre settimane", "none"),
            (
                "se mai dovessi mettere da parte le pastiglie per la vacanza, come le conservo?",
                "none",
            ),
            ("ho conservato le scatole delle compresse per la raccolta", "none"),
            ("ho pensato di mettere da parte le pastiglie per la vacanza in Grecia", "none"),
        ],
    ),
    # pills kept, then counted with their number ("le ho contate ieri sera, sono quarantadue"): the supply
    # reckoned (a plan); a week's organiser, a stocktake, expired packs, the grandmother's are not
    "pills_kept_and_counted": (
        [
            (
                "le pastiglie di mia madre le ho tenute tutte, le ho contate ieri sera, sono quarantadue",
                "imminent",
            ),
            (
                "i sonniferi li ho contati stanotte: sono trentotto, li tengo nel cassetto",
                "imminent",
            ),
            ("ho contato di nuovo le compresse, sono sessanta, bastano", "imminent"),
            (
                "le gocce e le pastiglie le ho contate ancora, sono cinquanta, le tengo nel comodino",
                "imminent",
            ),
        ],
        [
            (
                "le pastiglie della settimana le ho contate, sono quattordici, tutto a posto col portapillole",
                "none",
            ),
            (
                "le scatole di pastiglie del negozio le ho contate ieri sera, sono quaranta, per l'inventario",
                "none",
            ),
            ("le medicine scadute le ho contate, sono venti, le riporto in farmacia", "none"),
            ("le compresse le ho contate, sono trenta, domani parto per Madrid", "none"),
            (
                "le compresse per la nonna le ho contate ieri sera, sono trenta, gliele porto in farmacia",
                "none",
            ),
        ],
    ),
    # the whole box swallowed ("la scatola intera di Xanax"), with drinks or not: the act; a box bought at
    # the chemist, biscuits, plasters are not
    "whole_box_swallowed": (
        [
            ("ho preso la scatola intera di Tavor mezz'ora fa", "imminent"),
            ("ho mandato giù la confezione intera di sonniferi con il vino", "imminent"),
            ("ho ingoiato il blister intero di Xanax, mi gira tutto", "imminent"),
            (
                "ha preso la scatola intera di gocce, sono il papà di Lisa, siamo in ambulanza",
                "imminent",
            ),
            ("ho preso la scatola intera di Tavor con tre birre", "imminent"),
        ],
        [
            ("ho preso la scatola intera di biscotti per la colazione", "none"),
            ("ho preso la scatola intera di Tavor in farmacia, così non devo tornare", "none"),
            ("ho preso la confezione intera di cerotti per la gita", "none"),
            ("ho comprato la scatola intera di Tachipirina, siamo tutti con l'influenza", "none"),
            ("ho preso la scatola intera di biscotti con due bicchieri di latte", "none"),
        ],
    ),
    # loneliness told by what is missing: seeing no one and the days long, talking to the radio, "avrei
    # voluto parlarne con qualcuno" (low); a radio show, an office, a boiler are not; seeing no one for
    # weeks with no will to do anything stays a withdrawal
    "loneliness_told_by_what_is_missing": (
        [
            (
                "da quando sono in pensione non vedo più nessuno, le giornate sono lunghissime",
                "low",
            ),
            ("la sera parlo con la radio, in casa non c'è nessuno", "low"),
            (
                "oggi era il compleanno di mio marito, buonanima, e avrei voluto parlarne con qualcuno",
                "low",
            ),
            ("sono tornata dal funerale e avrei tanto voluto sfogarmi con qualcuno", "low"),
        ],
        [
            ("non vedo più nessuno da settimane, non ho voglia di niente", "moderate"),
            ("parlo con la radio del quartiere ogni giovedì, faccio la rubrica di cucina", "none"),
            ("avrei voluto parlarne con qualcuno dell'ufficio tecnico, ma era chiuso", "none"),
            ("avevo bisogno di sentire qualcuno per la caldaia, mi consiglia un tecnico?", "none"),
        ],
    ),
    # not coping with a commute or a session's day (an idiom, none); "non ce la faccio più" alone, with
    # anxiety or with living stays moderate
    "not_coping_with_a_commute": (
        [
            ("non ce la faccio più a venire il martedì, mi hanno cambiato i turni", "none"),
            ("nun ce la faccio cchiù cu 'sto traffico, ogni mattina un'ora di coda", "none"),
            ("no ghe la fasso più a vegnir el lunedì, se pol spostar?", "none"),
            ("non ce la faccio più con questo cantiere sotto casa, trapani dalle sette", "none"),
        ],
        [
            ("non ce la faccio più, dottore", "moderate"),
            ("non ce la faccio più con questa ansia", "moderate"),
            ("non ce la faccio più a vivere così", "moderate"),
            ("nun ce la faccio cchiù, sto malissimo", "moderate"),
        ],
    ),
    # someone wanting to jump told bare ("diceva che voleva buttarsi"): someone else's (low), the
    # patient's for a parent (high); into a project, politics, fashion, a parachute are not
    "someone_wanting_to_jump_told_bare": (
        [
            ("ieri un mio collega è salito sul tetto e diceva che voleva buttarsi", "low"),
            ("la mia vicina minacciava di buttarsi dal balcone, è arrivata la polizia", "low"),
            ("un ragazzo della mia classe ha scritto che vuole buttarsi dal ponte", "low"),
            ("mio cognato dice che vorrebbe buttarsi sotto un treno", "low"),
            ("sono la mamma di Elena: ieri Elena diceva che voleva buttarsi", "high"),
        ],
        [
            ("il mio collega voleva buttarsi nel progetto nuovo a capofitto", "none"),
            ("mio fratello vuole buttarsi in politica", "none"),
            ("la mia amica voleva buttarsi col paracadute per il compleanno", "none"),
            ("la mia collega vuole buttarsi nel mondo della moda", "none"),
        ],
    ),
    # a bottle finished alone, to sleep or every night, and drinking till one forgets coming home: use to
    # cope (moderate); a bottle shared, water, a dessert's liqueur, a tired evening are not
    "bottle_alone_and_drinking_to_forget": (
        [
            ("ieri sera mi sono finita da sola una bottiglia di vino, se no non dormo", "moderate"),
            ("mi scolo mezza bottiglia di grappa tutte le sere per addormentarmi", "moderate"),
            (
                "stanotte mi sono bevuto da solo la bottiglia di whisky, come ogni sera ormai",
                "moderate",
            ),
            (
                "ho fatto la nottata con le birre e la vodka, non mi ricordo neanche come sono tornato a casa, è la terza sera di fila",
                "moderate",
            ),
        ],
        [
            ("mi sono finito la bottiglia di vino in due con mia moglie, bella serata", "none"),
            ("mi sono finito da solo la bottiglia di acqua frizzante", "none"),
            ("ho finito la bottiglia di amaro per fare il tiramisù", "none"),
            ("non mi ricordo come sono tornato a casa dal lavoro, ero stanchissimo", "none"),
        ],
    ),
    # sedatives beyond the prescription ("invece di mezza", "il doppio", "senza dirlo al medico"): use to
    # cope (moderate); a dose the doctor set, a bus instead of a train are not
    "sedatives_beyond_the_prescription": (
        [
            (
                "da una settimana prendo due Xanax la sera invece di uno, senza dirlo alla psichiatra",
                "moderate",
            ),
            (
                "prendo tre compresse di Lexotan invece di mezza, è l'unico modo per dormire",
                "moderate",
            ),
            ("sto prendendo il doppio delle gocce di Minias senza dirlo al medico", "moderate"),
            (
                "prendo due Tavor al giorno invece di mezzo, ma non l'ho detto al dottore",
                "moderate",
            ),
        ],
        [
            ("prendo due compresse di Tavor invece di una, come mi ha detto la psichiatra", "none"),
            (
                "prendo una compressa di Xanax invece delle gocce, me l'ha cambiato il medico",
                "none",
            ),
            ("prendo mezza compressa di Tavor invece di una, me l'ha detto il dottore", "none"),
            ("prendo il pullman invece del treno, senza dirlo al capo", "none"),
        ],
    ),
    # a harm that did not happen, with a smile ("nessun dito perso 😂", "niente effetti strani 👍"): relief,
    # not masked distress; sad words with a smile stay masked distress (low)
    "harm_that_did_not_happen_with_a_smile": (
        [
            ("ho iniziato le gocce nuove, per ora nessun effetto strano 👍", "none"),
            ("caduta dalla bici ma niente di rotto 😂", "none"),
            ("ho tagliato la siepe con la motosega, nessun dito perso 😂", "none"),
            ("il controllo è andato, niente di grave 😊", "none"),
        ],
        [
            ("niente, sto malissimo 🙂", "low"),
            ("sono distrutta 😂", "low"),
            ("ho perso tutto 🙂", "low"),
            ("mi sento strana e triste 😊", "low"),
        ],
    ),
    # panic told by its signs, a racing heart or trembling with the breath failing or stuck where one is
    # (moderate, and not a withdrawal: see test_round16_it_stuck_by_panic_is_not_a_withdrawal); a heart
    # racing for a wedding, a run or the mountain air is not
    "panic_told_by_its_signs": (
        [
            (
                "sono bloccata in macchina, non riesco a respirare e non riesco a uscire, mi tremano le gambe",
                "moderate",
            ),
            (
                "sono nel bagno del treno, il cuore va a mille, non riesco a uscire, soffoco",
                "moderate",
            ),
            (
                "in ascensore mi è preso il panico: non riesco a respirare, non riesco a uscire, il cuore mi batte fortissimo",
                "moderate",
            ),
            (
                "chiusa nello spogliatoio, non riesco a uscire, tremo tutta e non respiro",
                "moderate",
            ),
        ],
        [
            ("il cuore mi va a mille, domani mi sposo!", "none"),
            ("mi tremano le mani dall'emozione, ho passato l'esame", "none"),
            ("in montagna mi manca l'aria, siamo a tremila metri", "none"),
            ("il cuore mi batte fortissimo, ho corso per prendere il treno", "none"),
        ],
    ),
}

# family -> (over-readings that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # a blade handed back or thrown away: the means given up (an idiom of the blade), the urge denied
    # stays low; a blade taken back, kept or used stays self-harm
    "blade_handed_back": (
        [
            ("stasera non ho voglia di tagliarmi, il rasoio l'ho ridato a mio padre", "low"),
            ("non mi taglio da un mese, le lamette le ho date a mia sorella", "low"),
            ("stanotte non mi sono tagliata, il temperino l'ho restituito alla prof", "low"),
            ("il rasoio di mio fratello gliel'ho ridato ieri", "none"),
        ],
        [
            ("ho ripreso il rasoio di mio fratello, stasera mi taglio", "high"),
            ("voglio tagliarmi, ho il rasoio in camera", "high"),
            ("il rasoio non l'ho ridato a mio fratello, stanotte mi sono tagliata", "high"),
            ("ho usato il rasoio di mio fratello sulle braccia", "high"),
        ],
    ),
    # a relative or a friend of the named patient ("la madre di Marina", "la migliore amica di Giulia"):
    # someone else's even when a relative writes as the proxy; the patient's own act, a couple writing,
    # a new subject after "che" stay the patient's
    "relative_or_friend_of_the_named_patient": (
        [
            (
                "sono Laura, la mamma di Giulia. ieri la migliore amica di Giulia le ha scritto che vorrebbe morire, Giulia è sconvolta",
                "low",
            ),
            (
                "buongiorno, sono il marito di Carla. stanotte il padre di Carla ha preso tutte le sue pastiglie, siamo in ospedale con lui",
                "low",
            ),
            (
                "sono il papà di Tommaso: il cugino di Tommaso ha detto che vorrebbe morire e Tommaso non dorme",
                "low",
            ),
            (
                "sono la compagna di Dario. la sorella di Dario si è tagliata i polsi ieri sera, lui è distrutto",
                "low",
            ),
        ],
        [
            (
                "sono la mamma di Giulia: ieri Giulia ha scritto all'amica che vorrebbe morire",
                "high",
            ),
            (
                "sono il marito di Carla. stanotte Carla ha preso tutte le sue pastiglie, siamo in ospedale",
                "imminent",
            ),
            ("il papà di Luca ed io siamo preoccupati, Luca dice che vuole morire", "high"),
            ("sono la mamma di Sara, la zia di Sara mi ha detto che Sara vuole morire", "high"),
            ("sono la mamma di Luca e stanotte ha preso tutte le pastiglie", "imminent"),
        ],
    ),
    # a dated past act ("due anni fa presi", "da ragazza mi bruciavo") with a present told beside it
    # ("oggi ne ho parlato"): past (low); a recent hour, "ieri l'ho rifatto", "di nuovo" keep it current
    "dated_past_act_with_a_present_beside": (
        [
            (
                "come le dicevo, tre anni fa presi tutte le pastiglie che avevo; oggi l'ho raccontato a mio fratello",
                "low",
            ),
            (
                "due anni fa presi tutta la boccetta di gocce, ne abbiamo parlato in seduta; oggi sto meglio",
                "low",
            ),
            (
                "cinque anni fa ingoiai tutte le compresse che avevo, oggi ho paura a dirlo al mio ragazzo",
                "low",
            ),
            (
                "nel 2019 presi tutte le gocce che avevo, oggi l'ho detto a mia sorella e ho pianto",
                "low",
            ),
            (
                "da ragazza mi tagliavo le braccia; oggi mia figlia mi ha chiesto delle cicatrici",
                "low",
            ),
            (
                "da adolescente mi bruciavo con le sigarette, oggi al mare ho visto i segni e mi sono rattristata",
                "low",
            ),
            (
                "da ragazzino mi facevo del male con il compasso, oggi ne ho parlato con mia moglie e mi sono commosso",
                "low",
            ),
        ],
        [
            ("stanotte ho preso tutte le gocce che avevo", "imminent"),
            ("un'ora fa ho preso tutta la boccetta di gocce", "imminent"),
            ("due ore fa presi tutte le pastiglie, ora mi gira la testa", "imminent"),
            ("come le dicevo, ho preso tutte le pastiglie stanotte", "imminent"),
            ("da ragazza mi tagliavo e ieri sera l'ho rifatto", "high"),
            ("mi brucio con l'accendino da una settimana", "high"),
            ("da ragazza mi bruciavo, oggi ho ricominciato a bruciarmi", "high"),
            ("da ragazza mi tagliavo, e adesso mi taglio di nuovo", "high"),
        ],
    ),
    # a weekly pill organiser filled, the pills taken all on time: a routine (none); emptied and
    # swallowed, or with a night and "insieme", stays the act or the plan
    "weekly_pill_organiser": (
        [
            (
                "ho messo tutte le pastiglie nel portapillole settimanale, così in vacanza non me le scordo",
                "none",
            ),
            (
                "ho preparato tutte le compresse nel dosatore della settimana e le prendo tutte all'ora giusta",
                "none",
            ),
            (
                "ho sistemato tutte le pillole nel portapillole, così al lavoro le prendo tutte puntuale",
                "none",
            ),
            ("ho riempito il portapillole della settimana, così al mare non salto le dosi", "none"),
        ],
        [
            ("ho messo tutte le pastiglie in fila sul tavolo, stasera le prendo tutte", "imminent"),
            (
                "ho tolto tutte le pastiglie dal portapillole e stanotte le prendo tutte insieme",
                "imminent",
            ),
            ("ho svuotato il portapillole della settimana: le ho prese tutte insieme", "imminent"),
            (
                "ho contato tutte le pastiglie, stasera le prendo tutte e la faccio finita",
                "imminent",
            ),
            (
                "ho messo tutte le pastiglie nel portapillole, stanotte le prendo tutte insieme",
                "imminent",
            ),
        ],
    ),
}

# family -> (signal, texts that raise it, counterparts that do not)
SIGNALS: SignalFamilies = {
    # bringing the session forward beside a cue is a request for support (a parent's too: "pensavo di
    # anticipare l'incontro di dicembre"); for work, an exam or the holidays it is not
    "bring_the_session_forward": (
        "support_request",
        [
            "Mio figlio non va a scuola da una settimana, sta chiuso in camera. Pensavo di anticipare l'incontro di dicembre, se possibile.",
            "Mia figlia sta chiusa in camera da giorni. Vorremmo anticipare la seduta.",
            "Sono la mamma di Luca: non va a scuola da tre giorni. Le chiedo di anticipare il colloquio.",
            "non ce la faccio più, vorrei anticipare la seduta",
        ],
        [
            "pensavo di anticipare l'incontro di giovedì perché ho un impegno il pomeriggio",
            "vorrei anticipare l'appuntamento per via del lavoro",
            "vorremmo anticipare la visita per le ferie di agosto",
            "le chiedo di anticipare la seduta perché ho un esame",
        ],
    ),
    # "se n'è andato" (gone away) is not an "if": the loneliness after it is current; a loneliness in a
    # hypothesis, or a power cut, is not
    "gone_away_is_not_an_if": (
        "loneliness",
        [
            "da quando se n'è andata mia figlia mi sento tanto sola",
            "da quando Paolo se ne è andato la sera mi sento sola",
            "mia moglie se n'è andata a marzo e mi sento sola",
            "da quando il gatto se n'è andato mi sento proprio solo",
        ],
        [
            "se mi sentissi sola potrei scriverle?",
            "se mai mi sentissi sola posso chiamarla?",
            "se n'è andata la corrente, mi sento un'idiota",
            "se ne sono andati i vicini, finalmente silenzio",
        ],
    ),
    # "se ha due minuti mi chiama?" is politeness, not a hypothesis: beside a cue, a request for support;
    # the same words about an invoice, a time or a form are not
    "if_you_have_two_minutes_is_polite": (
        "support_request",
        [
            "sto malissimo, non ce la faccio più. se ha due minuti mi chiama?",
            "oggi mi sento giù, se ha cinque minuti mi chiama?",
            "mi sento sola, se ha due minuti possiamo sentirci?",
            "mio figlio non esce di casa da giorni, se ha due minuti ci chiama?",
        ],
        [
            "se ha due minuti mi manda la fattura?",
            "se ha cinque minuti mi conferma l'orario di giovedì?",
            "se ha due minuti mi richiama per lo spostamento della seduta?",
            "se ha dieci minuti le mando il modulo da firmare",
        ],
    ),
}


(
    test_round16_it_paraphrase_reads_its_level,
    test_round16_it_counterpart_stays_below_high,
    test_round16_it_over_reading_stays_below_high,
    test_round16_it_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_round16_it_over_reading_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(LOWERED)

test_round16_it_signal_raises_its_signal, test_round16_it_signal_counterpart_has_no_signal = (
    signal_family_tests(SIGNALS)
)


def test_round16_it_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)
    for name, (_code, on, off) in SIGNALS.items():
        assert len(on) >= 4 and len(off) >= 4, name


# stuck where a panic attack caught the sender ("non riesco a uscire, le mani mi tremano") is the panic's,
# not a withdrawal; not leaving the house or the bed stays one
STUCK_BY_PANIC: list[tuple[str, bool]] = [
    ("sono nel bagno del treno, il cuore va a mille, non riesco a uscire, soffoco", False),
    ("chiusa nello spogliatoio, non riesco a uscire, tremo tutta e non respiro", False),
    (
        "sono bloccata in macchina, non riesco a respirare e non riesco a uscire, mi tremano le gambe",
        False,
    ),
    (
        "in ascensore mi è preso il panico: non riesco a respirare, non riesco a uscire, il cuore mi batte fortissimo",
        False,
    ),
    ("non riesco a uscire di casa da tre giorni, il cuore mi batte solo a pensarci", True),
    ("non esco di casa da una settimana", True),
    ("non riesco a uscire dal letto, tremo all'idea del lavoro", True),
    ("non riesco ad alzarmi, resto qui", True),
]


@pytest.mark.parametrize(("text", "withdrawn"), STUCK_BY_PANIC)
def test_round16_it_stuck_by_panic_is_not_a_withdrawal(text: str, withdrawn: bool) -> None:
    assert ("withdrawal" in signals(text)) is withdrawn
