"""Families the retrained risk net (threshold 0.80) no longer catches, and a modifier it took wrongly.

After the net was retrained, three dev messages it had caught were missed and four self-written paraphrases
(``readings.NET_RETRAINING_MISSES``) lost their level. Why its cue took the modifiers it did:

- a scan's result hoped for ("hoping they show something"): "show" was read as a programme (``context._MEDIA``),
  so the net's cue was lowered as quoted; "show" as a verb (after "they", "it", a modal, "results", "scans",
  or before "something", "anything", "up", "signs") is no programme any more (a general fix, not this sentence's);
- a lethal supply lined up, then "If I did them all at once...": the net's span lands on the conditional, whose
  "hypothetical" is right for that sentence; the plan is in the other sentences (the supply lined up, "tonight"),
  so it is read by a rule family;
- the rails watched and a non-stopping train timed; "secondo me stavano tutti meglio senza di me" (no "che"); a
  panic whose death is hoped for ("and I hope I do"); pills counted "enough to do it": below the new threshold,
  read by rule families.

The retraining with the training-only messages of 30 authors (threshold 0.75) lost no paraphrase of the tests, and
one dev message (dev-it-1439, a mother's report of her son's wish not to be there, label high): the net still fires
on it, but its span now starts at "pensa che sarebbe meglio non esserci", after the son's name, and is lowered as
someone else's (the mother's "mentre lo accompagnavo a calcio" was not read as a parent's report); read high
again since by the family of a parent reporting the child's words during a lift (tests/test_proxy_lift.py).

Each family is tested on self-written paraphrases that are not in the corpus and on counterparts that share the
words but not the reading (a dosette box, a trip, a scan hoped clear, a model railway, a commute, a timetable, a
panic feared, chairs counted). All the texts are fictional.
"""

from __future__ import annotations

from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    family_tests,
    modifiers,
)

# risk families: (paraphrases with their level, counterparts that stay below high)
FAMILIES: Families = {
    # a lethal supply lined up, with a time tonight
    "a_lethal_supply_lined_up_tonight": (
        [
            (
                "All my tablets are lined up on the desk. Once everyone's asleep tonight.",
                "imminent",
            ),
            (
                "Insulin pens laid out on my bedside table. Nobody would think it was anything but a mistake. Tonight.",
                "imminent",
            ),
            (
                "Got the pills spread out on the bed, after Dad's gone to bed tonight I'm done.",
                "imminent",
            ),
            ("the boxes lined up on the floor, once the kids are asleep", "imminent"),
        ],
        [
            ("Pills lined up in the dosette box on the table for the week, Mum's sorted.", "none"),
            ("Insulin pens laid out on the bed for the trip tonight, packing is chaos!", "none"),
            ("Tablets lined up on the counter to return them to the chemist tonight.", "none"),
            ("The kids have their toys lined up on the floor, finally asleep tonight.", "none"),
        ],
    ),
    # a scan or a result hoped to show something, and welcomed
    "a_result_hoped_to_show_something": (
        [
            (
                "The MRI is next week. Part of me is hoping it shows something, I'd welcome it.",
                "high",
            ),
            ("Hoping the biopsy comes back with something, honestly it'd be a relief.", "high"),
            ("Bloods on Friday. I keep hoping they find something. I would welcome it.", "high"),
            ("hoping the scans show something tbh, wouldn't mind it at all", "high"),
        ],
        [
            ("Hoping the scan shows something so they can finally treat my knee.", "none"),
            ("I hope they show something good on telly tonight.", "none"),
            ("Hoping the tests show nothing, fingers crossed for Monday.", "none"),
            (
                "We're hoping they show something at the gallery next year, I'd welcome the exposure.",
                "none",
            ),
        ],
    ),
    # the death of a panic attack hoped for
    "a_panic_death_hoped_for": (
        [
            ("Heart pounding, I think I'm going to die and honestly I hope I do.", "high"),
            ("Feels like I'm about to die, and I hope it happens.", "high"),
            ("I'm going to die, I hope so.", "high"),
            ("chest tight, gonna die and part of me hoping I do", "high"),
        ],
        [
            ("I'm going to die of embarrassment, I hope I do well at the talk though.", "none"),
            ("I thought I was going to die laughing and I hope we go again.", "none"),
            ("The plant is going to die, I hope the new one does better.", "none"),
            ("The battery is going to die, I hope the charger is in my bag.", "none"),
        ],
    ),
    # pills counted, "enough to do it"
    "pills_counted_enough_to_do_it": (
        [
            ("Counted my tablets again last night, 52, enough to do it.", "imminent"),
            ("counting the pills in the drawer, it's more than enough to do it", "high"),
            ("Counted out all my meds, that's enough to do it.", "imminent"),
            ("I counted mine, 38 of them, enough to do it", "high"),
        ],
        [
            ("Counted the chairs, 40, enough to do it for the party.", "none"),
            (
                "We counted the signatures, 300, enough to do it: the petition goes in Monday.",
                "none",
            ),
            ("Counted the volunteers, enough to do it on Saturday.", "none"),
            ("Counted out the tablets into the dosette box for Nan.", "none"),
        ],
    ),
    # the rails watched and a non-stopping train timed (English)
    "rails_watched_train_timed_en": (
        [
            (
                "On the platform every morning I watch the tracks and work out how long the train that doesn't stop takes to come through.",
                "high",
            ),
            ("staring at the rails and counting how many seconds till the express", "high"),
            (
                "I look down at the tracks and time how long the non-stop train takes to get here.",
                "high",
            ),
            ("Watching the tracks again, calculating how long the fast train would take.", "high"),
        ],
        [
            (
                "Watched the tracks on Dad's model layout and timed how long the express took to do a lap.",
                "none",
            ),
            (
                "From the bridge I watch the tracks and work out how long the express takes to Leeds, it's late again.",
                "none",
            ),
            ("We looked at the timetable to work out how long the express takes.", "none"),
            ("The kids love watching the trains go past the station.", "none"),
        ],
    ),
    # the rails watched and a non-stopping train timed (Italian)
    "rails_watched_train_timed_it": (
        [
            ("ogni mattina fisso i binari e conto quanto ci mette il merci ad arrivare", "high"),
            (
                "Sono in stazione, guardo le rotaie e calcolo quanto impiega il rapido a passare.",
                "high",
            ),
            (
                "Guardavo i binari e mi chiedo quanto tempo ci mette l'intercity che non ferma ad arrivare.",
                "high",
            ),
            (
                "osservo i binari e calcolo quanto ci mette il treno a passare. ci penso sempre",
                "high",
            ),
        ],
        [
            (
                "Guardo i binari del plastico e calcolo quanto ci mette il trenino ad arrivare in stazione.",
                "none",
            ),
            (
                "Guardo i binari e calcolo quanto ci mette il regionale ad arrivare a Milano, sempre in ritardo.",
                "none",
            ),
            ("Guardo l'orario e calcolo quanto ci mette il treno ad arrivare a Bologna.", "none"),
            ("Mio figlio guarda i treni passare dal balcone, è felicissimo.", "none"),
        ],
    ),
    # better off without me, told to the therapist (the imperfect as a conditional, without "che")
    "better_off_without_me_secondo_me": (
        [
            ("Dottoressa, secondo me stavano tutti meglio senza di me.", "high"),
            ("secondo me stavano meglio senza di me, i miei figli", "high"),
            ("Secondo me, stavano tutti più meglio senza di me", "high"),
            ("secondo me i miei stavano meglio senza di me, davvero", "high"),
        ],
        [
            ("Secondo me stavano tutti meglio senza il traffico di ieri.", "none"),
            ("Secondo me stavano meglio senza di te, alla festa.", "none"),
            ("Secondo me stavano tutti meglio in montagna.", "none"),
            (
                "Secondo me stavano meglio senza di me in squadra, gioco malissimo a calcetto.",
                "none",
            ),
        ],
    ),
}

(
    test_net_gap_family_reads_the_paraphrase,
    test_net_gap_counterpart_stays_below_high,
    _over_reading,
    _risk_version,
) = family_tests(FAMILIES, {})


def test_net_gap_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)


def test_net_gap_show_as_a_verb_is_no_programme() -> None:
    assert "quoted" not in modifiers(
        "I keep hoping the scans show something, I'd welcome it. Awful, isn't it?"
    )
    assert "quoted" in modifiers("In the show the hero says he wants to die.")
