"""Families behind the rules' false alarms on the training-only messages of rounds f-i, third wave.

Eight new authors wrote everyday and past wording the rules read as high or imminent: "I'm killing
myself working doubles", an overdose told on its anniversary ("a year ago tonight... I'm ok"), a
past act anchored in a decade of life or an age with the present contrasted ("adesso no"), "the
thoughts stopped", a goodbye to a job or an old phone, a jump out of a plane or in a game, a rope
on a bale elevator, a blade on a chainsaw or thrown away, a relapse of drinking, an overdose
training module, a title or someone's line in single quotes, a novel's plot, "I'm done. Done
trying", "per il podere è finita", pills counted at the pharmacy, "se mi tornasse la voglia", a
child who is not the patient, "non ce la faccio più a vivere così", "mi butto!" before an
audition. Each family (``overreading.third_wave`` and the families it extends) is tested on
self-written counterparts that must stay below high (with their level) and on risk versions of
the same words that must still reach high or imminent. All texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import (
    assert_family_sizes,
    assert_keeps_high,
    assert_stays_below_high,
    family_cases,
)

# family -> (counterparts lowered, with their level; risk versions, with their level)
FAMILIES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    # "killing myself working doubles", "mi sto ammazzando di lavoro": effort, not an act
    "effort_hyperbole": (
        [
            (
                "I'm killing myself working nights to pay off the car and it's still not enough.",
                "none",
            ),
            (
                "Honestly I'm killing myself trying to get the kitchen finished before Christmas.",
                "none",
            ),
            ("killing myself revising for these mocks, three more to go", "none"),
            ("Mi sto ammazzando di lavoro per chiudere il bilancio entro venerdì.", "none"),
            ("I'm killing myself juggling two jobs and the kids' homework.", "none"),
        ],
        [
            ("I'm killing myself tonight.", "imminent"),
            ("I'm thinking about killing myself.", "high"),
            ("I'm killing myself trying to escape the pain, I have the pills ready.", "imminent"),
            ("Mi sto ammazzando, stasera la faccio finita.", "imminent"),
        ],
    ),
    # an age, a decade of life, a year or an anniversary, and the present contrasted
    "past_act_with_anchor_and_contrast": (
        [
            (
                "Two years ago today I took an overdose. I'm okay now, just wanted to mark it.",
                "low",
            ),
            ("In my teens I cut myself a lot. Now I'm 38 and it's nothing like then.", "low"),
            ("Cinque anni fa oggi ho preso tutte le pastiglie. Sto bene, è solo una data.", "low"),
            (
                "Quando avevo vent'anni ho tentato il suicidio. Oggi ne abbiamo parlato in seduta e lo guardo da lontano.",
                "low",
            ),
            ("Nel 2012 mi tagliavo le braccia, adesso no, e ne sono fiera.", "low"),
            ("My son tried to hang himself when he was 15. Now he is 19 and doing well.", "low"),
        ],
        [
            ("I took an overdose tonight.", "imminent"),
            ("Two years ago I took an overdose and tonight I took another one.", "imminent"),
            ("Mi taglio le braccia, adesso sì.", "high"),
            ("Cinque anni fa ho preso tutte le pastiglie e stasera lo rifaccio.", "imminent"),
        ],
    ),
    # thoughts or urges that stopped or are gone (unless they came back)
    "thoughts_gone_or_stopped": (
        [
            (
                "The thoughts about hanging myself stopped after the new dose. Still sleeping badly.",
                "low",
            ),
            (
                "Il pensiero della corda non c'è più, da quando ho cambiato turno. Sono ancora stanca.",
                "low",
            ),
            ("the urges to cut have stopped since I started running", "low"),
            ("La voglia di farmi del male è passata, per ora dormo meglio.", "low"),
        ],
        [
            ("The thoughts about hanging myself never stopped.", "high"),
            (
                "The thoughts about hanging myself stopped for a week but they're back again.",
                "high",
            ),
            ("Penso al ponte ogni giorno.", "high"),
            ("La voglia di farmi del male è tornata stanotte.", "high"),
        ],
    ),
    # a goodbye to a job, a landlord, an old phone, its frame in the next sentence
    "goodbye_to_a_thing_or_a_job": (
        [
            ("Last shift today! Said goodbye to everyone on the ward, new job on Monday.", "none"),
            (
                "goodbye forever, old laptop 😭 coffee all over the keyboard. new number and new laptop next week",
                "none",
            ),
            ("Ho detto addio al mio vecchio divano, finalmente rottamato!", "none"),
            ("Said my goodbyes to the landlord, the tenancy ends on Friday 🎉", "none"),
            ("Ho scritto la lettera d'addio al mio vecchio lavoro: ho dato le dimissioni!", "none"),
        ],
        [
            ("Said goodbye to everyone. I won't be here much longer.", "imminent"),
            ("Goodbye forever. I'm sorry for everything.", "imminent"),
            (
                "Ho scritto la lettera d'addio per i miei figli, stasera la faccio finita.",
                "imminent",
            ),
            ("Said my goodbyes to everyone tonight, the pills are ready.", "imminent"),
        ],
    ),
    # a jump out of a plane, off a jetty, or in a video game
    "jump_for_fun_or_in_a_game": (
        [
            ("Going to jump out of a plane next month, skydiving for charity!", "none"),
            ("Going to jump off the jetty at the lake with the kids tomorrow", "none"),
            (
                "In Minecraft I keep jumping off the cliff by mistake and losing everything lol",
                "none",
            ),
            ("mi sono suicidato a fortnite tre volte di fila, che disastro", "none"),
            ("we're gonna jump off the rocks at the swimming hole tomorrow", "none"),
        ],
        [
            ("I'm going to jump off the roof tonight.", "imminent"),
            ("I keep thinking about jumping off the bridge.", "high"),
            ("Voglio buttarmi dal ponte.", "high"),
            ("Going to jump in front of a train tonight.", "imminent"),
        ],
    ),
    # a rope on a hay elevator, a trailer, a well, in a tree surgeon's van
    "rope_at_work": (
        [
            ("Legata la corda alla pompa e calata nel pozzo, domani si irriga.", "none"),
            ("Ho comprato una corda nuova per legare il carico sul rimorchio.", "none"),
            ("Abbiamo tirato su il secchio dal pozzo con la corda, una fatica.", "none"),
            ("Faccio il potatore: la corda da lavoro è sempre nel furgone.", "none"),
        ],
        [
            ("Ho comprato una corda, stasera la lego alla trave.", "imminent"),
            ("Bought a rope. I know where I'll hang it tonight.", "imminent"),
            ("La corda del fienile adesso la guardo in un altro modo.", "imminent"),
            ("Ho preso la corda, la metto al collo.", "imminent"),
        ],
    ),
    # a chainsaw blade, a butcher's knives; blades thrown away
    "blade_in_a_trade_or_thrown_away": (
        [
            ("Put a new blade on the chainsaw, the firewood is done for the winter.", "none"),
            ("Sharpened the knives for the butcher's counter, blades like mirrors.", "none"),
            ("Cambiata la lama della motosega, la legna si taglia che è un piacere.", "low"),
            ("Ho buttato via le lamette che tenevo nel cassetto. Non le uso da mesi.", "low"),
            ("Threw out the blades I kept in my pencil case this morning. Proud of myself.", "low"),
        ],
        [
            ("I have the blades in my hand.", "high"),
            ("Threw out the blades but I cut again last night.", "high"),
            ("Ho buttato via le lamette ma ieri sera mi sono tagliata di nuovo.", "high"),
            ("Ho la lametta in mano, mi taglio.", "high"),
        ],
    ),
    # a relapse of drinking, smoking or drugs, not of self-harm
    "relapse_of_drinking": (
        [
            (
                "Relapsed at the weekend, two bottles of wine on Saturday. Back to the meetings tonight.",
                "moderate",
            ),
            ("Ricaduta: ho bevuto tre sere di fila, ma oggi sono andato al gruppo.", "none"),
            ("Relapsed. Drank a bottle of gin on Friday, back at AA tonight.", "moderate"),
            ("Piccola ricaduta con le sigarette, ne ho fumate dieci ieri.", "none"),
        ],
        [
            ("Relapsed. Cut my arms again last night.", "high"),
            ("Ricaduta: ieri sera mi sono tagliata.", "high"),
            ("Relapsed last night, the blade again.", "high"),
            ("Ho avuto una ricaduta, mi sono bruciata con l'accendino.", "high"),
        ],
    ),
    # an overdose response module, a simulated attempt, lethal doses for an exam
    "course_topic_or_simulated_act": (
        [
            (
                "Spent the afternoon on the overdose response training for the youth workers.",
                "none",
            ),
            ("Module three is suicide prevention for frontline staff, quiz on Friday.", "none"),
            (
                "All'esercitazione c'era un finto tentato suicidio con un manichino, molto realistico.",
                "none",
            ),
            ("Per l'esame di farmacologia ripasso le dosi letali dei farmaci, che noia.", "none"),
        ],
        [
            ("I took an overdose.", "imminent"),
            ("Ho tentato il suicidio ieri.", "imminent"),
            ("I'm going to take an overdose tonight.", "imminent"),
            ("After the training I went home and took an overdose.", "imminent"),
        ],
    ),
    # a title or someone else's line in single quotes
    "other_voice_or_title_in_single_quotes": (
        [
            (
                "The leaflet at the surgery was called 'Suicide: how to talk about it'. Took one for Dad.",
                "none",
            ),
            (
                "La prof ha letto 'voglio morire' da una poesia di Pavese e ci ha fatto scrivere un commento.",
                "none",
            ),
            ("in chat erano tutti 'mi ammazzo' per il compito di latino, io l'avevo fatto", "none"),
            (
                "Il relatore ha detto 'la vita non vale la pena' citando Camus, poi ha spiegato perché ha torto.",
                "none",
            ),
        ],
        [
            ("I think 'I want to die' all the time.", "high"),
            ("Ho scritto 'voglio morire' sul diario e lo penso davvero.", "high"),
            ("I want to kill myself.", "high"),
            ("Voglio morire.", "high"),
        ],
    ),
    # the plot of a novel or a film told in the sentence
    "plot_of_a_book_or_film": (
        [
            (
                "Ti racconto la trama: un uomo perde il lavoro e decide di farla finita, ma il cane lo salva.",
                "none",
            ),
            (
                "The plot: a widow plans to end her life and a neighbour's kid knocks on the door.",
                "none",
            ),
            (
                "La trama del romanzo: lui decide di farla finita e lascia una lettera d'addio alla figlia.",
                "none",
            ),
            ("Il finale del film: lei si butta dal ponte e lui arriva tardi. Ho pianto.", "none"),
        ],
        [
            ("Ho deciso di farla finita.", "imminent"),
            ("I plan to end my life.", "imminent"),
            ("Voglio buttarmi dal ponte.", "high"),
            ("I want to end my life, I can't stop thinking about it.", "high"),
        ],
    ),
    # "I'm done. Done trying", "Not like that"
    "done_with_an_effort": (
        [
            ("I'm done. Done pretending the printer works.", "none"),
            ("I'm done. Not like that, I mean done with the council and their forms.", "none"),
            ("I'm done. Done waiting for the council to call back, I'll go in person.", "none"),
            ("I'm done. Done waiting for the bus, taking a taxi.", "none"),
        ],
        [
            ("I'm done. Done with life. Nothing will ever change.", "imminent"),
            ("I'm so done. Goodbye everyone.", "imminent"),
            ("I'm done. I can't go on, nothing will ever change.", "imminent"),
            ("I'm done with life, nothing will ever change.", "high"),
        ],
    ),
    # "per il podere è finita": over for a thing
    "over_for_a_thing": (
        [
            (
                "Ci hanno tolto il negozio. Per la bottega non c'è più niente da fare, è finita.",
                "moderate",
            ),
            ("Con la squadra di quest'anno non c'è più niente da fare, è finita.", "moderate"),
            (
                "Hanno chiuso la fabbrica. Per il reparto non c'è più niente da fare, è finita.",
                "moderate",
            ),
            ("Per la stagione non c'è più niente da fare, è finita.", "moderate"),
        ],
        [
            ("Non c'è più niente da fare, è finita.", "imminent"),
            ("Per me non c'è più niente da fare, è finita.", "imminent"),
            ("Per me è finita. Addio.", "imminent"),
            ("Non c'è più niente da fare. È finita, stasera la faccio finita.", "imminent"),
        ],
    ),
    # pills counted at the pharmacy or on the ward
    "pills_counted_at_work": (
        [
            (
                "Lavoro in farmacia e ho contato pastiglie tutto il pomeriggio per l'inventario.",
                "none",
            ),
            ("Counted pills for four hours at the pharmacy, annual stock take.", "none"),
            ("Di turno in reparto ho contato le compresse del carrello due volte.", "none"),
            ("In magazzino ho contato le pillole per l'inventario, tre ore.", "none"),
        ],
        [
            ("Ho contato le pastiglie, sono 40. Bastano.", "imminent"),
            ("I've counted the pills, there are enough now.", "imminent"),
            ("Ho contato le pastiglie e stasera le prendo tutte.", "imminent"),
            ("Counted the pills again tonight. Enough to not wake up.", "imminent"),
        ],
    ),
    # "se mi tornasse la voglia", "if the urge comes back"
    "hypothetical_return": (
        [
            ("Cosa devo fare se mi tornasse la voglia di tagliarmi durante le vacanze?", "low"),
            ("Se mi venisse di nuovo la voglia di farmi del male, chi chiamo?", "low"),
            ("What do I do if the urge to cut comes back while you're on leave?", "low"),
            ("Se mai mi tornassero i pensieri di morte, le scrivo subito.", "low"),
        ],
        [
            ("Mi è tornata la voglia di tagliarmi.", "high"),
            ("The urge to cut came back last night.", "high"),
            ("Ho voglia di tagliarmi.", "high"),
            ("Sono tornati i pensieri di morte.", "high"),
        ],
    ),
    # a child who is not the therapist's patient; whoever ("chi ha avuto")
    "not_the_patient_or_whoever": (
        [
            (
                "Mio figlio, che non è in terapia da lei, ieri ha detto che vuole morire. Ne parliamo giovedì?",
                "low",
            ),
            (
                "My nephew, who isn't your patient, said he wants to die. Can we talk about it in my session?",
                "low",
            ),
            ("Ho letto che chi ha avuto un'overdose rischia di più. Mi fa paura.", "low"),
            ("Chi ha avuto pensieri suicidi può riaverli, dice l'articolo.", "low"),
        ],
        [
            ("Mio figlio ha detto che vuole morire.", "high"),
            ("Voglio morire.", "high"),
            ("Ho pensieri suicidi.", "high"),
            ("I want to die.", "high"),
        ],
    ),
    # "non ce la faccio più a vivere così": cannot cope (moderate), as "I can't keep living like this"
    "cant_go_on_living_like_this": (
        [
            ("Non ce la faccio più a vivere così.", "moderate"),
            ("Non ce la faccio più a vivere con questo rumore dei vicini.", "moderate"),
            ("Non ce la faccio più a vivere col mal di schiena.", "moderate"),
            ("Non ce la faccio più a vivere in questo modo, sempre di corsa.", "moderate"),
        ],
        [
            ("Non ce la faccio più a vivere.", "high"),
            ("Non ce la faccio più a vivere così, voglio morire.", "high"),
            ("Non ce la faccio più a vivere. Addio.", "imminent"),
            ("Non voglio più vivere.", "high"),
        ],
    ),
    # "mi butto!" before an audition or a casting
    "leap_into_an_audition": (
        [
            ("mi butto! ho detto sì al provino per la band 🎸", "none"),
            ("mi butto! audizione per il coro giovedì", "none"),
            ("mi butto! ho fatto il casting per la pubblicità", "none"),
            ("mi butto! ho detto di sì al corso di teatro", "none"),
        ],
        [
            ("mi butto dal ponte stasera", "imminent"),
            ("mi butto. addio", "imminent"),
            ("mi butto giù dal balcone", "imminent"),
            ("stasera mi butto sotto il treno", "imminent"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 0),
)
def test_third_wave_counterpart_stays_below_high(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 1),
)
def test_third_wave_risk_version_keeps_its_level(family: str, text: str, expected: str) -> None:
    assert_keeps_high(family, text, expected)


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 0),
)
def test_third_wave_counterpart_keeps_its_cue_as_evidence(
    family: str, text: str, expected: str
) -> None:
    # a modifier lowers, it never hides: the lowered cue is still in the evidence
    assert any(c.modifiers for c in read_message(text).risk.evidence), family


def test_third_wave_every_family_has_counterparts_and_risk_versions() -> None:
    assert_family_sizes(FAMILIES, 4, 3)
