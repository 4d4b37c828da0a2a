"""A family the risk net retrained with the training-only messages of 34 authors (threshold 0.75) no longer catches.

One dev message was lost (dev-it-0769, label imminent: a farewell to the therapist, affairs in order, and
"Stasera finalmente smetto di essere un peso per tutti"): the new net still fires on the letter, but its span
now takes in the sister and the neighbour the keys and the cat are left to, and is lowered as someone else's
words; alone, the last sentence is below its threshold. Ceasing to be a burden at a time close at hand (tonight,
today, soon) is read by a rule family; a resolution ("da oggi smetto di essere un peso", a job, a house, a team),
a past "ho smesso" and a sentence that goes on to what one will do instead are not.

No self-written paraphrase of the tests lost its level. All the texts are fictional.
"""

from __future__ import annotations

from scripta.analysis.tests.readings import Families, assert_family_sizes, family_tests

# risk families: (paraphrases with their level, counterparts that stay below high)
FAMILIES: Families = {
    # ceasing to be a burden tonight, today, soon (Italian)
    "no_longer_a_burden_tonight_it": (
        [
            ("Stanotte smetto di essere un peso per tutti.", "imminent"),
            (
                "Ho lasciato tutto in ordine. Stasera la smetto di essere un peso per la mia famiglia.",
                "imminent",
            ),
            ("oggi finalmente smetterò di essere un peso per voi", "imminent"),
            ("Tra poco smetto di essere un peso per tutti, ve lo prometto.", "imminent"),
            (
                "Le chiavi sono dal portiere. stasera smetto per sempre di essere un problema per tutti",
                "imminent",
            ),
        ],
        [
            ("Da oggi smetto di essere un peso per tutti, mi hanno preso al lavoro!", "none"),
            (
                "Oggi ho smesso di essere un peso per i miei genitori, ho firmato il contratto.",
                "none",
            ),
            ("Stasera smetto di essere un peso per la squadra, finalmente gioco titolare!", "none"),
            ("Oggi smetto di essere un peso per la mia famiglia: ho trovato casa.", "none"),
            ("Stasera non sarò un peso per nessuno, ceno da mia sorella.", "none"),
        ],
    ),
}

(
    test_net_gap_2_family_reads_the_paraphrase,
    test_net_gap_2_counterpart_stays_below_high,
    _over_reading,
    _risk_version,
) = family_tests(FAMILIES, {})


def test_net_gap_2_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
