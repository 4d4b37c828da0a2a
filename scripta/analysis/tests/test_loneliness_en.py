"""English `loneliness` told by its circumstances, not by the word "lonely" (the dev corpus's misses
after round 13 and the seen round-12 texts were spent: "Nobody calls.", "the house is so quiet since Mo
moved out", "I feel a bit alone here", "nobody in this city gets me"). Each family is tested on
self-written paraphrases and on counterparts that share the words but not the reading (a quiet house
enjoyed, nobody calling in sick). All the texts are fictional.
"""

from __future__ import annotations

from scripta.analysis.tests.readings import SignalFamilies, signal_family_tests

SIGNAL_FAMILIES: SignalFamilies = {
    "nobody_calls_or_writes_back": (
        "loneliness",
        [
            "Nobody rings any more. Not even on Sundays.",
            "no one's texted me back all week, not one person",
            "Nobody has called in over a fortnight and I've stopped checking the phone.",
            "Since the move nobody visits.",
            "nobody in this town knows me, eight months and I still eat alone",
        ],
        [
            "Nobody called in sick today so the shift went fine.",
            "No one has written the minutes yet, can you remind the team?",
            "Nobody rang the bell so I assume the parcel never came.",
            "No one calls it that any more, it's the new name now.",
        ],
    ),
    "a_home_gone_quiet_since_someone_left": (
        "loneliness",
        [
            "The flat's so quiet since Dan moved out, I keep the radio on all day.",
            "The house is very quiet without Mum. I don't know what to do with the evenings.",
            "Our home feels empty since the kids went back to uni.",
            "Can't face the house on my own tonight.",
            "I feel really on my own since the funeral.",
        ],
        [
            "The house is so quiet since the kids went to camp, finally some peace!",
            "The flat is lovely and quiet since the builders left, bliss.",
            "Nice to feel on my own for a bit after the move, it is peaceful.",
            "The office is empty since the move, we're all remote now.",
        ],
    ),
    "not_a_single_friend_made": (
        "loneliness",
        [
            "Five months in Glasgow and I haven't made a single friend.",
            "Term's nearly over and I still haven't made a friend on my course.",
            "New job's fine but I've not made a single friend here.",
            "I feel a bit alone here, honestly, and I haven't made a friend yet.",
        ],
        [
            "I made a friend at the climbing wall, we're going again on Friday!",
            "Did you make any friends at the conference? I met loads of people.",
            "Haven't made a decision about the course yet, will tell you Tuesday.",
            "Not made a single mistake on the test today, so chuffed.",
        ],
    ),
}

test_signal_family_raises_its_signal, test_signal_family_counterpart_does_not = signal_family_tests(
    SIGNAL_FAMILIES
)


SUPPORT_FAMILIES: SignalFamilies = {
    "a_call_or_a_voice_asked_for": (
        "support_request",
        [
            "Could we possibly squeeze in a quick call before Monday? The week's been rough.",
            "Can we do 10 mins on the phone tomorrow? Just need to talk it through.",
            "Would you have five minutes for a phone call today?",
            "I'd really like to hear a calm voice tonight, if you're free.",
            "My dad isn't doing well. Could you possibly ring him before Friday?",
            "I keep dreaming about the crash. Is that something we should talk about?",
        ],
        [
            "The plumber can squeeze in a call-out on Monday, so I'll be late.",
            "Can we do 10 mins less on Thursday? I have to collect my son at five.",
            "My sister had a lovely chat with your receptionist, thank you.",
            "Could you ring the pharmacy about my prescription? They said you'd know.",
        ],
    ),
}

test_support_family_raises_its_signal, test_support_family_counterpart_does_not = (
    signal_family_tests(SUPPORT_FAMILIES)
)
