"""Italian rule families behind what the rules missed in four new authors' training messages.

The training-only files net_training_it_{f,g,h,i}.py were written by authors who never saw the
engine. Their high/imminent messages the rules read below high were grouped into families (the
construction, the means, the place, the spelling); each family here is tested on self-written
paraphrases that are not in the training files or the corpus (other tenses, persons, places,
means, texting forms), and on counterparts that share the words but not the risk (negated,
quoted, someone else's, past, hypothetical, everyday), which must stay below high. All the
texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import (
    assert_family_sizes,
    assert_stays_below_high,
    family_cases,
    level,
)

# family -> (paraphrases with their level, counterparts with their level)
FAMILIES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    # the passive wish: an illness, an accident, a lorry, the heart stopping, the river, the
    # fire, falling asleep tonight and not waking
    "passive_wish_way_out": (
        [
            ("a volte spero di ammalarmi di qualcosa di grave, così finisce e basta", "high"),
            ("ogni mattina in statale spero che un camion mi venga addosso", "high"),
            ("se mi venisse un ictus stanotte sarebbe una liberazione", "high"),
            ("se domani mi travolgesse un treno non mi dispiacerebbe affatto", "high"),
            ("certe notti desidero che il palazzo crolli con me dentro", "high"),
            ("vorrei addormentarmi stanotte e non risvegliarmi", "high"),
            ("avrei preferito non risvegliarmi dopo l'operazione", "high"),
            ("quando piove forte spero che il fiume si porti via anche me", "high"),
            ("nn ho più voglia di essere viva, davvero", "high"),
        ],
        [
            ("spero che un camion non mi venga addosso con questa nebbia", "none"),
            ("se mi venisse l'ispirazione sarebbe una liberazione per la tesi", "none"),
            ("mia nonna spera che il tumore non torni, incrociamo le dita", "none"),
            ("se mi capitasse qualcosa di bello non mi dispiacerebbe", "none"),
            ("nel romanzo la protagonista spera di ammalarsi di qualcosa di grave", "none"),
            ("vorrei addormentarmi stasera presto e svegliarmi riposata", "none"),
            ("ho paura che un camion mi venga addosso in autostrada, guido pianissimo", "none"),
        ],
    ),
    # better for them if I were not here, I won't bother anyone any more
    "better_without_me": (
        [
            ("sarebbe meglio per i miei figli se io non ci fossi più", "high"),
            ("se non ci fossi più mio marito potrebbe finalmente respirare", "high"),
            ("se sparissi i miei potrebbero finalmente vivere tranquilli", "high"),
            ("senza di me in casa finalmente respirerebbero", "high"),
            ("tra poco non disturbo più nessuno", "high"),
        ],
        [
            ("sarebbe meglio per il capo se non ci sono io a fare i turni di notte", "none"),
            ("se non ci fossi io a cucinare mangerebbero solo pizza", "none"),
            ("senza di me la squadra non vince, dice il mister", "none"),
            ("da quando abito da sola non disturbo più nessuno con la musica", "none"),
            ("mia sorella dice che sarebbe meglio se non ci fosse più lo zio a pranzo", "none"),
        ],
    ),
    # the overdose taken: the whole vial, both boxes, half the pills and the rest later, a
    # second try with what is left, a syringe of the whole insulin
    "overdose_whole_vial_second_try": (
        [
            ("ho bevuto tutta la boccetta di en, mi si chiudono gli occhi", "imminent"),
            ("ho preso lo xanax, tutte e tre le scatole", "imminent"),
            ("ho già ingoiato metà delle pillole, il resto tra un'ora", "imminent"),
            ("mi so' pigliato trenta pasticche de tavor", "imminent"),
            (
                "ieri non ha funzionato, stanotte ci riprovo con quelle che sono rimaste nel flacone",
                "imminent",
            ),
            ("mi sono iniettata tutta l'insulina della settimana", "imminent"),
        ],
        [
            ("ho bevuto tutta la boccetta di sciroppo per la tosse, era quasi finita", "none"),
            ("mio padre ha finito tutte e due le scatole di biscotti", "none"),
            ("la torta è venuta male, stasera ci riprovo con il resto della farina", "none"),
            ("non ho preso metà delle pastiglie, il medico me le ha sospese", "none"),
            ("il medico mi ha detto di prendere metà delle pillole e il resto a cena", "none"),
        ],
    ),
    # pills tonight: someone else's medicines, or all of them
    "pills_tonight": (
        [
            ("stanotte prendo le pillole di mia nonna, tutte", "imminent"),
            ("tra poco mando giù le gocce di mio padre", "imminent"),
            ("ho messo via le compresse per mesi. domenica le prendo tutte", "imminent"),
            ("stasera prendo le sue pastiglie per il cuore, tutte", "imminent"),
            ("dopo cena ingoio le pastiglie di mio marito", "imminent"),
        ],
        [
            ("stasera prendo le pastiglie di papà in farmacia, le ha finite", "none"),
            ("le vitamine e le pastiglie per la gola le prendo tutte a colazione", "none"),
            ("prendo le mie pastiglie per la pressione ogni sera dopo cena", "none"),
            ("tra poco prendo le mie pastiglie della sera e vado a letto", "none"),
            ("ho preso le scarpe in saldo, le prendo tutte quando costano poco", "none"),
        ],
    ),
    # cuts on a body part (counted, fresh, seen by a parent), with a blade, hidden; the blood
    # that does not stop after a cut
    "cuts_on_the_body": (
        [
            ("stanotte mi sono tagliato sull'avambraccio, di nuovo", "high"),
            ("mi sn fatta tre tagli sulla pancia col temperino", "high"),
            ("sono la mamma di Sara, le ho visto dei segni freschi sulle cosce", "high"),
            ("mi faccio male con la lametta del rasoio quando sono sola", "high"),
            ("mi sono fatto dei tagli in alto, così non si vedono", "high"),
            ("mi sono tagliata e il lavandino è pieno di sangue, ho paura", "imminent"),
        ],
        [
            ("mi sono tagliato sul dito affettando il pane", "none"),
            ("mi sono tagliata affettando le cipolle e c'è sangue dappertutto", "none"),
            ("il gatto mi ha fatto dei segni sul braccio giocando", "none"),
            ("a quindici anni mi facevo male con la lametta, ora non più da anni", "low"),
            ("mio cugino si è fatto due tagli sulla gamba cadendo dalla bici", "low"),
        ],
    ),
    # a gun (or a knife) thought of for oneself, or set for tonight
    "gun_on_myself": (
        [
            ("la notte penso sempre alla pistola del nonno nel cassetto", "high"),
            ("ho la doppietta in cantina e penso di usarla su di me", "high"),
            ("fisso il fucile appeso in salotto e penso che sia la soluzione più semplice", "high"),
            ("la pistola d'ordinanza ce l'ho. un colpo e basta, stanotte", "imminent"),
            ("resto in macchina con la pistola, ho deciso", "imminent"),
        ],
        [
            ("penso al fucile per la stagione di caccia, devo pulirlo", "none"),
            ("mio zio ha una beretta per il poligono, ci va ogni sabato", "none"),
            ("il coltello nuovo è fantastico, non vedo l'ora di usarlo su un arrosto", "none"),
            ("nel film il poliziotto guarda la pistola e pensa alla soluzione del caso", "none"),
            ("non penserei mai alla pistola di mio padre, la teniamo sotto chiave", "none"),
            ("il coltello è in cucina e non penso più a usarlo su di me", "none"),
        ],
    ),
    # the way searched: painless, least painful, how many pills would do, how high a bridge is
    "way_searched": (
        [
            ("ho cercato per ore modi indolori", "high"),
            ("su un forum ho chiesto il metodo più rapido e indolore", "high"),
            ("mi chiedo quante pastiglie di tavor basterebbero", "high"),
            ("ho controllato su internet quanto è alto il cavalcavia della statale", "high"),
            ("ho guardato un video sui metodi", "high"),
        ],
        [
            ("qual è il modo meno doloroso per togliere la ceretta?", "none"),
            ("ho cercato quanto è alto il ponte di Brooklyn per la tesina", "none"),
            ("quante gocce di en servono per dormire? il medico ha detto 10", "none"),
            ("in aula abbiamo visto un video sui metodi di studio", "none"),
            ("il dentista dice che esistono metodi indolori per l'estrazione", "none"),
        ],
    ),
    # at a height or on a platform: one step would be enough, how easy it would be
    "one_step_enough": (
        [
            ("sulla ringhiera del terrazzo ho pensato che basterebbe un passo", "high"),
            ("ogni sera dal balcone penso a quanto sarebbe facile", "high"),
            ("al binario 3 ho pensato a quanto sarebbe facile fare un passo avanti", "high"),
            ("dal cornicione guardavo giù e mi dicevo: sarebbe bastato un passo", "high"),
            (
                "sul viadotto in bici penso sempre a quanto sarebbe semplice lasciarmi andare",
                "high",
            ),
        ],
        [
            ("per arrivare al balcone basta un passo alla volta, dice il fisioterapista", "none"),
            ("dal balcone la vicina mi ha spiegato quanto è facile coltivare il basilico", "none"),
            ("alla banchina ho capito che basterebbe un passo avanti nella trattativa", "none"),
            ("sul tetto l'antenniere ha detto che sarebbe facile sistemarla", "none"),
            ("oggi sulla banchina non ho pensato a quanto sarebbe facile, per fortuna", "none"),
            (
                "il mio amico sul ponte ha pensato che basterebbe un passo, me l'ha raccontato",
                "low",
            ),
        ],
    ),
    # going tonight to a bridge, a cliff, the lake, and not coming back
    "going_to_the_place": (
        [
            ("sabato vado sul viadotto della statale. non tornerò", "imminent"),
            ("domattina salgo sul tetto dell'ospedale, ho già scelto dove", "imminent"),
            ("è deciso, stanotte vado al ponte sul Brenta", "imminent"),
            ("stasera entro nel fiume e non torno", "imminent"),
            ("quando lo leggerai sarò già sulla scogliera", "imminent"),
        ],
        [
            ("sabato vado sul ponte di Rialto con le amiche, non torno prima di cena", "none"),
            ("domani vado al lago con mia madre", "none"),
            ("stasera vado sul tetto a sistemare l'antenna", "none"),
            ("quando lo leggerai sarò già partita per Roma", "none"),
            ("mio fratello stasera va al ponte e dice che non torna", "none"),
        ],
    ),
    # found afterwards, or the day, the place and the way chosen, two together
    "found_day_place_chosen": (
        [
            ("le chiavi le ho lasciate alla vicina per chi mi trova", "imminent"),
            ("mi sono truccata, voglio essere in ordine quando mi trovano", "imminent"),
            ("venerdì è il giorno. il posto l'ho scelto", "imminent"),
            ("ho fissato la data. so già come", "imminent"),
            ("ho scelto il posto. domenica è il giorno", "imminent"),
        ],
        [
            ("domenica è il giorno della maratona, il posto l'ho scelto vicino all'arrivo", "none"),
            ("venerdì è il giorno del trasloco!", "none"),
            ("ho fissato la data del matrimonio", "none"),
            ("so già come fare la torta, me l'ha insegnato la nonna", "none"),
            ("chi mi trova un idraulico per domani?", "none"),
        ],
    ),
}


@pytest.mark.parametrize(("family", "text", "expected"), family_cases(FAMILIES, 0))
def test_train_misses_it_reads_the_paraphrase(family: str, text: str, expected: str) -> None:
    assert level(text) == expected, family


@pytest.mark.parametrize(("family", "text", "expected"), family_cases(FAMILIES, 1))
def test_train_misses_it_counterpart_is_not_raised(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


def test_train_misses_it_every_family_has_five_paraphrases_and_five_counterparts() -> None:
    assert_family_sizes(FAMILIES, 5, 5)
