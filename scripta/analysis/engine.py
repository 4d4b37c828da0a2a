"""``read_message``: the reading of one inbound message."""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime, tzinfo
from functools import lru_cache, partial
from typing import Any
from zoneinfo import ZoneInfo

from . import context, explain, overreading, risk_net, valence_blanks
from . import lazyre as re  # re.compile compiles on first use (lazyre.py)
from .emoticons import find_emoticons
from .model import RISK_INDEX, RISK_LEVELS, Reading, Risk, RiskCue, Signal, Span
from .rules import GROUP_INDEX, INDEX, PILLS, Rule, Scanner
from .text import PILL, WORD_RE, detect_language, fold, non_ascii_chars

ENGINE_VERSION = "2026.11.25"

LONG_MESSAGE_CHARS: dict[str | None, int] = {
    "sms": 480,
    "whatsapp": 480,
    "portal": 800,
    "email": 1200,
    None: 800,
}

# level a cue falls to under each modifier (the lowest applies)
MODIFIER_CAP: dict[str, str] = {
    "negated": "low",
    "quoted": "none",
    "hypothetical": "low",
    "past": "low",
    "other_person": "low",
    "idiom": "none",
}
_MOD_ORDER = ("negated", "quoted", "hypothetical", "past", "other_person", "idiom")
# the modifiers a cue passes on to a cue of the same code that overlaps it
_INHERITED_MODS = frozenset(("negated", "past"))
# ... and someone else's, when that cue names their wish with a third-person verb ("vorrebbe non esserci
# più": the friend's words hold a cue of their own, round 16); not "penso sempre a farla finita"
_THIRD_VERB_RX = re.compile(
    r"\b(?:vuole|vorrebbe|voleva|vorra|ha preso|ha tentato|ha ingoiato|wants|wanted|tried|"
    # (an overdose swallowed by someone else: "si è bevuto le gocce", round 19)
    r"si e (?:bevut|ingoiat|pres|scolat|inghiottit)[oa])\b"
)
_SENTENCE_BREAK_RX = re.compile(r"[.!?\n]")
# the modifiers the learned net's cue may take from a lowered moderate rule cue beside it
_NET_TAKES = frozenset(("other_person", "past", "negated"))
# the sender's own act between someone else's cuts and a blade ("e io ho preso il rasoio")
_FIRST_PERSON_RX = re.compile(r"\b(?:io|anch'io|ho|mi|me|i|i'm|i've|me too)\b")

# cues read as part of a lowered cue of another code around them: the drops named inside an overdose told of
# someone else ("il compagno di banco si è bevuto le gocce della nonna, tutta la boccetta", round 19)
_HELD_BY: dict[str, tuple[str, ...]] = {"substance": ("act_taken",)}

_LEVEL_BASE = (0.0, 0.2, 0.4, 0.6, 0.8)

_ELLIPSIS_RX = re.compile(r"(?:…|\.\.)[….]*")
# = [!?]{2,}|(?:\.{2,}|…)!  written so that every branch starts with a literal (fast scan)
_EXPRESSIVE_RX = re.compile(r"![!?]+|\?[!?]+|\.\.+!|…!")
_LETTER_RUN_RX = re.compile(r"[^\W\d_]+")
_TIME_RX = re.compile(
    r"\b(?:tonight|tomorrow|this evening|this weekend|at midnight|after (?:work|dinner|school|everyone)|when (?:they|everyone)"
    r"(?:'re| are) asleep|at \d|stasera|stanotte|domani|questa notte|a mezzanotte|dopo cena|quando dormono|alle \d|domattina|all'alba|prima dell'alba|tra poco|fra poco|"
    # a weekday with its part of the day ("domenica mattina presto salgo sul viadotto", round 15)
    r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) (?:mattina|sera|notte|all'alba|prima dell'alba))\b"
)
# a time told as the next short sentence after a method: "Hose is in the boot. Tonight once it's dark."
_TIME_NEXT_RX = re.compile(
    r"[^.!?\n]{0,80}?[.!?]+[ \t]*(?:tonight|tomorrow night|this evening|at midnight|once it'?s dark|when it'?s dark|after dark)\b"
    r"[^.!?\n]{0,30}(?:[.!?\n]|$)"
)
# a recurring thought right before an intent ("a volte penso che mi ammazzo e basta", round 15)
_THOUGHT_OF_RX = re.compile(
    r"\b(?:a volte|spesso|ogni tanto|certe volte|certi giorni|tante volte|certe sere|certe notti|di notte|la notte|"
    r"sempre piu spesso) (?:penso|mi dico|mi viene da pensare|mi viene in mente|mi sorprendo a pensare|mi ritrovo a pensare) "
    r"(?:che |tipo )?$"
)
_THOUGHT_WORDS = frozenset(("penso", "dico", "pensare", "mente"))
# a laugh right after a cue
# (or told in words: "I can't breathe, I'm laughing so hard", round 19)
_LAUGHED_RX = re.compile(
    r" ?[!.,]* ?(?:\x03|lol\b|lmao\b|haha|ahah|xd\b)|,?\s+(?:i'?m\s+|im\s+|i\s+am\s+)?"
    r"(?:laughing|crying\s+laughing|wheezing|cackling|howling|in\s+stitches|dying\s+laughing)\b"
)
# a time that dates the telling: "told me tonight", "said this evening"
_TOLD_AT_RX = re.compile(
    r"\b(?:told|tell|said|says|admitted|mentioned|texted|messaged|confided|showed|confessed)(?: (?:me|us|her|him|them|my \w+))? "
    r"(?:tonight|this evening|tomorrow)$"
)
# pills with a quantity before them (or the pill emoji): find the pill word, then look back
_PILL_WORD_RX = re.compile(
    r"(?:pills?|tablets?|meds|capsules|sleeping pills|pastiglie|pillole|compresse|gocce|farmaci|sonniferi)\b|\x02"
)
_QTY_BEFORE_RX = re.compile(
    r"(?:(?<![a-z0-9])\d+ ?(?:mg )?|(?<![a-z0-9])(?:all|tutte|tutti|twenty|thirty|fifty|venti|trenta|cinquanta|cento)"
    r"(?: (?:of )?(?:my|the|le|i|mie))? )$"
)
# "nothing is getting better" is not news
_INFO_NEG = re.compile(
    r"\b(?:nothing|never|not|no|non|nn|niente|nulla|mai|isn'?t|aren'?t|won'?t)\W+(?:\w+\W+)?$"
)
_NEG_START_RX = re.compile(
    r"(?:non|nn|not|never|no|don'?t|dont|haven'?t|havent|hasn'?t|didn'?t|didnt|can'?t|cant|cannot|won'?t|wont)\b"
)
_PACKING_RX = re.compile(
    r"\s*(?:with me|in my bag|for the trip|on the trip|for the holiday|on holiday|to the|that i need|i need|"
    r"che mi serv\w*|con me|in valigia|(?:per|x) il viaggio|(?:per|x) le vacanze|in borsa|dalla farmacia|in farmacia)\b"
)
# English: the pills taken along to a place, after an aside of quantity ("took all of the zopiclone I had
# left, about 14, up to Mum's in Oban for the week", round 12), unless the trip is one of no return
_PACKED_EN_RX = re.compile(
    r"(?![^\n]{0,160}\b(?:not coming back|won'?t be coming back|for good|forever|goodbye|no return|one way|"
    r"swallowed|took them|taken them|necked|overdos\w*|a&e|hospital|ambulance)\b)"
    r"[^.!?\n]{0,40}?, (?:up|over|round|down|back|across) to (?:[a-z]+'s|my [a-z]+'?s?|the [a-z]+|[a-z]+)\b"
)
# Italian: the pills picked up ("ho preso" = took along) and then packed, or taken for the trip, in
# the sentence of the act ("ho preso tutte le pastiglie che avevo e le ho messe in valigia"), unless
# the trip is one of no return
_PACKED_IT_RX = re.compile(
    r"(?![^\n]{0,160}\b(?:per (?:non|nn) tornare|tornare piu|ultimo viaggio|senza ritorno|sola andata|per sempre|addio|"
    r"(?:le|li) ho (?:gia )?(?:prese|presi|ingoiate|ingoiati|mandate giu|mandati giu|buttate giu|inghiottite))\b)"
    r"[^.!?\n]{0,60}?\b(?:(?:e|poi|e poi) (?:le|li|l') ?(?:ho|ha|abbiamo|hanno) (?:gia )?(?:messe|messi|infilate|infilati|"
    r"sistemate|sistemati|riposte|riposti|chiuse|chiusi|preparate|preparati) (?:via )?(?:gia )?"
    r"(?:in|nella|nello|nel|dentro (?:la|il|lo|al|alla)) ?(?:mia |mio |sua |suo )?"
    r"(?:valigia|valige|zaino|borsa|borsone|trolley|beauty|bagaglio|necessaire|pochette|borsetta|marsupio)|"
    r"(?:per|x|da portare (?:in|per|x)|da mettere in) (?:il viaggio|la partenza|la vacanza|le vacanze|la gita|la trasferta|"
    r"le ferie|il campeggio|l'erasmus|il weekend|il fine settimana|valigia)|"
    # "la boccetta intera me la porto in montagna", "me le porto dietro così non resto senza"
    r"(?:me|ce|se|te) (?:la|le|li|lo) (?:porto|porti|porta|portiamo|portate|portano|portero|porterai|portera|porteremo|"
    r"sono portat[oa]|siamo portat[ie]|ho portat[oaie]|hai portat[oaie]|ha portat[oaie]) (?:dietro|con me|con noi|via|in|al|alla|"
    r"allo|ai|alle|a|nel|nella|per|x)|cosi (?:non|nn) (?:resto|rimango|restiamo|rimaniamo|resta|rimane) senza)\b"
)
_MEANS_RX = re.compile(r"(?:razor blades?|blades|lamett[ae]|rope|noose|corda|cappio)\b")
# reported speech after a colon ("mi ha detto: voglio morire"): someone else's words, up to the
# end of the sentence (the colon cuts the clause, so context.modifiers cannot see the speaker)
# one of these words occurs in every match of _PILL_WORD_RX (but the emoji) and _MEANS_RX
_PILL_WORDS = frozenset(
    [
        "pill",
        "pills",
        "tablet",
        "tablets",
        "meds",
        "capsules",
        "pastiglie",
        "pillole",
        "compresse",
        "gocce",
        "farmaci",
        "sonniferi",
    ]
)
_MEANS_WORDS = frozenset(
    ["razor", "blades", "lametta", "lamette", "rope", "noose", "corda", "cappio"]
)
_SUICIDAL_CODES = frozenset({"wish_dead", "suicidal_thoughts", "method", "intent"})
# asks for contact: not what an ask to talk about it later needs beside it
_ASKS = frozenset({"contact_ask", "help_ask", "support", "contact"})
# an ask kept only beside a cue of low or more whose modifiers are all among these
_ASK_BESIDE = {
    "contact_ask": frozenset[str](),
    "help_ask": frozenset({"other_person", "negated"}),
}

# words whose valence the emoticons can contradict (folded text)
_NEG_WORDS = frozenset(
    [
        "hate",
        "hated",
        "hates",
        "angry",
        "furious",
        "awful",
        "terrible",
        "horrible",
        "worst",
        "sad",
        "cry",
        "crying",
        "cried",
        "die",
        "dead",
        "dying",
        "died",
        "dies",
        "death",
        "mancato",
        "mancata",
        "kill",
        "killing",
        "stupid",
        "idiot",
        "sucks",
        "suck",
        "shit",
        "crap",
        "disaster",
        "failed",
        "fail",
        "fired",
        "lost",
        "hurt",
        "hurts",
        "pain",
        "sick",
        "ill",
        "alone",
        "lonely",
        "tired",
        "exhausted",
        "depressed",
        "anxious",
        "scared",
        "afraid",
        "worried",
        "miserable",
        "bad",
        "wrong",
        "hopeless",
        "disgusting",
        "disgusted",
        "ugly",
        "broke",
        "dumped",
        "rejected",
        "useless",
        "worthless",
        "annoyed",
        "upset",
        "badly",
        "nightmare",
        "fuck",
        "fucking",
        "damn",
        "hell",
        "odio",
        "odia",
        "odiato",
        "schifo",
        "merda",
        "triste",
        "tristissima",
        "tristissimo",
        "male",
        "malissimo",
        "peggio",
        "peggiore",
        "arrabbiato",
        "arrabbiata",
        "arrabbiare",
        "incazzato",
        "incazzata",
        "stufo",
        "stufa",
        "stanco",
        "stanca",
        "morire",
        "morto",
        "morta",
        "muoio",
        "piango",
        "pianto",
        "disastro",
        "bocciato",
        "bocciata",
        "licenziato",
        "licenziata",
        "rubato",
        "rubata",
        "rubati",
        "rubate",
        "lasciato",
        "lasciata",
        "paura",
        "ansia",
        "terribile",
        "orribile",
        "brutto",
        "brutta",
        "uffa",
        "fallito",
        "fallita",
        "inutile",
        "cazzo",
        "cavolo",
        "deluso",
        "delusa",
        "idiota",
        "stupido",
        "stupida",
        "ammazzo",
        "ammazzare",
        "uccidermi",
        "dolore",
        "sola",
        "solo",
        "depresso",
        "depressa",
        "panic",
        "panico",
        "lost",
        "perso",
        "persa",
        "kicked",
        "cacciato",
        "cacciata",
        "nobody",
        "nessuno",
        "dumped",
        "mollato",
        "mollata",
        "fired",
        "bocciata",
        "nothing",
        "niente",
        "forgotten",
        "ignoring",
        "sleepless",
        "insomnia",
        "divorce",
        "divorced",
        "divorcing",
        "cheated",
        "ignored",
        "ignores",
        "dimenticato",
        "scordato",
        "scordata",
        "addio",
        "distrutta",
        "distrutto",
        "dimenticata",
        "dimenticati",
        "ignorato",
        "ignorata",
        "ignorano",
        "litigato",
        "litigata",
    ]
)
_POS_WORDS = frozenset(
    [
        "great",
        "good",
        "well",
        "happy",
        "love",
        "loved",
        "glad",
        "wonderful",
        "amazing",
        "awesome",
        "fantastic",
        "perfect",
        "better",
        "best",
        "thanks",
        "thank",
        "excited",
        "proud",
        "passed",
        "nice",
        "beautiful",
        "fun",
        "enjoyed",
        "relieved",
        "calm",
        "lovely",
        "brilliant",
        "yay",
        "hooray",
        "congrats",
        "super",
        "bene",
        "benissimo",
        "felice",
        "felicissima",
        "felicissimo",
        "contento",
        "contenta",
        "grazie",
        "bellissimo",
        "bellissima",
        "bello",
        "bella",
        "fantastico",
        "fantastica",
        "perfetto",
        "perfetta",
        "meglio",
        "ottimo",
        "ottima",
        "evviva",
        "finalmente",
        "promosso",
        "promossa",
        "superato",
        "passato",
        "passata",
        "tranquillo",
        "tranquilla",
        "serena",
        "sereno",
        "amo",
        "adoro",
        "divertito",
        "divertita",
        "fiero",
        "fiera",
        "splendido",
        "splendida",
        "magnifico",
        "stupendo",
        "stupenda",
        "gioia",
        "sollievo",
        # "30 e lode": the top mark of an Italian exam
        "lode",
        # "everything is fine" (English; the Italian "fine", an end, is a neutral phrase, and no
        # valence word at all in an Italian message: valence_blanks.false_friend_spans)
        "fine",
    ]
)
_HOSTILE_WORDS = frozenset(
    [
        "ignoring",
        "ignored",
        "ignores",
        "hate",
        "hated",
        "hates",
        "odio",
        "odia",
        "odiato",
        "angry",
        "furious",
        "arrabbiato",
        "arrabbiata",
        "arrabbiare",
        "incazzato",
        "incazzata",
        # robbed: irritation, not distress ("mi hanno rubato la bici 😂")
        "rubato",
        "rubata",
        "rubati",
        "rubate",
        "idiot",
        "idiota",
        "stupid",
        "stupido",
        "stupida",
        # annoyance at someone ("you really annoyed me on Tuesday :)"): irritation, not distress
        "annoyed",
    ]
)
_HOSTILE_PHRASE_RX = re.compile(
    r"\b(?:thanks for nothing|thank you for nothing|grazie (?:di|per) niente|grazie tante|"
    r"can'?t do (?:this|it) any ?more)\b"
)
_NEUTRAL_PHRASE_RX = re.compile(
    r"\b(?:so bad (?:it was|it'?s) good|not bad|non male|niente male|cosi brutto che (?:era|e) bello|da sol[oa]|"
    # a theft undone or a heart stolen is good news ("ho ritrovato la bici rubata 😊")
    r"rubat[oa] il cuore|(?:ritrovat|recuperat|restituit|ridat)\w*(?: [\w']+){0,5} rubat[oaie]|"
    r"rubat[oaie](?= (?:[\w']+ ){0,5}(?:ritrovat|recuperat|restituit|ridat)\w*)|"
    # Italian "solo" is mostly "only"; "non ... nessuno/niente/mai" is one negation, not two
    r"(?:voglio|vorrei|devo|serve|sono|e) solo|solo (?:un|una|per|che|a|il|la|lo|le|i|un po)|"
    r"(?:non|nn)(?= (?:\w+ ){0,2}(?:nessun[oa]?|niente|nulla|mai)\b)|"
    # "la fiera a Bologna" is a trade fair, not "proud"; "nessuno mi cerca per un mese": left in peace
    # tears of joy or of a moving film ("ho pianto come una fontana ma in senso buono", round 15)
    r"(?:pianto|piangere|piangevo|piango|lacrime|lacrimoni)(?: [\w']+){0,4} (?:ma )?(?:in senso buono|di gioia|dalla gioia|"
    r"di felicita|dalla felicita|di commozione|dalla commozione)|"
    # a harm that did not happen ("niente effetti strani 👍", "nessun dito perso 😂", round 16): relief
    r"(?:niente|nulla|nessun[oa]?|zero|nemmeno un[oa]?|neanche un[oa]?) (?:di )?(?:[\w']+ )?(?:pers[oaie]|rott[oaie]|stran[oaie]|grav[ei]|"
    r"brutt[oaie]|collateral[ei]|negativ[oaie]|ferit[oaie]|fratturat[oaie]|male|danni|dann[oi])|"
    r"(?:la|alla|a|e|il|al|in|della|dalla|nella|sulla|senza|verso la|una|un'?|questo|quel|per|lieto|"
    r"parking|speeding|library) fine|"
    r"fine (?:settimana|mese|anno|giornata|turno|serata|lezione|corso|terapia|seduta|del|della|dello|dei|delle|"
    r"degli|di|print|line|arts?|dining|china)|"
    r"cry on cue|(?:without a drink|sober|alcohol[- ]free|sparkling water|mocktails?)\b[^.!?\n]{0,60}\b(?:nobody|no one|noone) (?:even )?(?:noticed|clocked)|"
    # dying many times in a game ("sono morto tipo 300 volte col boss finale", round 17): a player's count
    r"(?:sono|sei|e|siamo|so) mort[oaie] (?:tipo |circa |almeno |piu di |quasi |tipo tipo )?(?:\d+|dieci|venti|trenta|cinquanta|cento|mille|"
    r"un sacco di|un miliardo di|un milione di|mille mila) volte|"
    r"(?:la|alla|della|dalla|una|nella|sulla|in) fiera|nessuno mi (?:cerca|disturba|chiama|scrive) (?:per|x) "
    r"(?:un|una|due|tre|qualche|tutt[oa] (?:il|la)) (?:giorn|settiman|mes|weekend|estate|ferie)\w*)\b"
)
# cues whose denial carries no sad words of its own (not "wish_dead": "non voglio più vivere")
_DENIED_HARM = frozenset(("self_harm", "suicidal_thoughts", "act_taken"))
_FLIP_RX = re.compile(
    r"\b(?:not|no|never|nothing|don'?t|didn'?t|isn'?t|wasn'?t|non|nn|mai|per niente|niente|nulla)\s+(?:\w+\s+)?(?:\w+\s+)?$"
)

_SELF_INTRO = (
    r"(?:this is|it'?s|it is|i'?m|i am|sono|qui e|qui c'e|mi chiamo|here is|from) (?:la |il |the )?{n}\b",
    r"{n} (?:here|qui)\b",
)


def _tz(timezone: str | tzinfo | None) -> tzinfo | None:
    if timezone is None or timezone == "":
        return None
    if isinstance(timezone, str):
        return ZoneInfo(timezone)
    return timezone


def is_late_night(sent_at: datetime | None, timezone: str | tzinfo | None) -> bool:
    if sent_at is None:
        return False
    tz = _tz(timezone)
    local = sent_at
    if sent_at.tzinfo is not None and sent_at.utcoffset() is not None and tz is not None:
        local = sent_at.astimezone(tz)
    return local.hour >= 23 or local.hour < 6


_UPWORD = r"[A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŊ-Ž]+"
_UPFIRST = r"[A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŊ-Ž](?<![^\W\d_].)"  # a capital that starts a word
_CAPS_RUN_RX = re.compile(
    _UPFIRST + r"[A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŊ-Ž]*(?:[\W\d_]+" + _UPWORD + r"){2,}(?![^\W\d_])"
)
_CAPS_WORD_RX = re.compile(_UPFIRST + r"[A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŊ-Ž]*(?![^\W\d_])")
MAX_EVIDENCE = 100  # spans kept per signal and cues kept per reading (the strongest first)
MAX_HITS_PER_RULE = 10  # occurrences of one rule considered in one message


_UPPER_BYTES = bytes(range(ord("A"), ord("Z") + 1))
_LOWER_BYTES = bytes(range(ord("a"), ord("z") + 1))


def _caps(text: str, folded: str | None = None) -> tuple[bool, list[Span]]:
    """The guideline's all-caps rule; evidence = the uppercase runs (Latin capitals).

    Capitals are counted exactly (ASCII capitals plus ``str.isupper`` for the other
    characters); letters are counted on the folded text (accented Latin letters included,
    letters of other scripts not).
    """
    raw = text.encode("ascii", "replace")
    upper = len(raw) - len(raw.translate(None, _UPPER_BYTES))
    if not text.isascii():
        upper += sum(text.count(c) for c in non_ascii_chars(text) if c.isupper())
    if upper < 12:
        return False, []
    spans = [
        Span(m.start(), m.end())
        for m in _CAPS_RUN_RX.finditer(text)
        if sum(len(w) for w in _LETTER_RUN_RX.findall(m.group(0))) >= 12
    ]
    if spans:
        return True, spans[:MAX_EVIDENCE]
    low = (folded if folded is not None else fold(text)).encode("ascii", "replace")
    letters = len(low) - len(low.translate(None, _LOWER_BYTES))
    if upper * 100 >= 60 * letters:
        up = [Span(m.start(), m.end()) for m in _CAPS_WORD_RX.finditer(text)][:MAX_EVIDENCE]
        return True, up or [Span(0, len(text))]
    return False, []


def all_caps(text: str) -> tuple[bool, list[Span]]:
    return _caps(text)


@lru_cache(maxsize=1024)
def _name_patterns(raw: str) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]] | None:
    """(whole-word pattern, self-introduction patterns) for one sender name, folded."""
    name = fold(str(raw)).strip()
    if not name:
        return None
    if len(name.rstrip(".")) == 1 or re.fullmatch(r"(?:[a-z]\.\s*)+", name):
        core = re.escape(name.rstrip(".").replace(" ", "")).replace(r"\.", r"\.?\s*")
        pat = core + r"\.?"
    else:
        pat = re.escape(name)
    word = re.compile(r"(?<![\w])" + pat + r"(?![\w'])")
    intros = tuple(re.compile(intro.replace("{n}", pat)) for intro in _SELF_INTRO)
    return word, intros


def _signed(text: str, folded: str, names: Sequence[str]) -> bool:
    end = len(text)
    while end > 0 and not text[end - 1].isalnum():
        end -= 1
    tail = folded[max(0, end - 40) : end]
    # the trailing block of short lines (a signature above a phone number): only the end matters
    region = folded[max(0, end - 2000) : end]
    lines = region.split("\n") if "\n" in region else ()  # one line: no block of lines
    block: list[str] = []
    if len([ln for ln in lines if ln.strip()]) > 1:
        for ln in reversed(lines):
            if not ln.strip():
                if block:
                    continue
                continue
            if len(ln.strip()) > 40 or len(block) >= 3:
                break
            block.append(ln)
    tail = tail + "\n" + "\n".join(block)
    head = folded[:60]
    for raw in names:
        pats = _name_patterns(str(raw))
        if pats is None:
            continue
        word, intros = pats
        if word.search(tail):
            return True
        if any(intro.search(head) for intro in intros):
            return True
    return False


# words the phrase regexes need (each bounded in its match by \b or a space; their matches start
# and end at word boundaries, so blanking one leaves only words of the stretch): without them the
# regex cannot match, and a long stretch (_has_positive, from a cue to a smiley far after it) is
# not scanned for nothing (test_proxy_prefilters checks the implication)
_NEUTRAL_WORDS = frozenset(
    [
        "bad",
        "male",
        "brutto",
        "solo",
        "sola",
        "rubato",
        "rubata",
        "rubati",
        "rubate",
        "pianto",
        "piangere",
        "piangevo",
        "piango",
        "lacrime",
        "lacrimoni",
        "niente",
        "nulla",
        "nessun",
        "nessuno",
        "nessuna",
        "zero",
        "nemmeno",
        "neanche",
        "fiera",
        "volte",  # "sono morto 300 volte" (a game)
        # "cry on cue", "sober ... nobody noticed / clocked"
        "cue",
        "noticed",
        "clocked",
        # the Italian "fine" (an end: "alla fine", "fine settimana"), an English fine to pay
        "fine",
    ]
)
_HOSTILE_THANKS = frozenset(("thanks", "thank"))
_HOSTILE_NIENTE = frozenset(("niente", "tante"))
_HOSTILE_CANT = frozenset(("can", "cant"))
_HOSTILE_MORE = frozenset(("more", "anymore"))


def _may_neutral_phrase(words: AbstractSet[str]) -> bool:
    # "non(?= ... mai)": "non"/"nn" and "mai" (nessuno, niente, nulla are in _NEUTRAL_WORDS)
    return not _NEUTRAL_WORDS.isdisjoint(words) or (
        "mai" in words and ("non" in words or "nn" in words)
    )


def _may_hostile_phrase(words: AbstractSet[str]) -> bool:
    return bool(
        ("nothing" in words and not _HOSTILE_THANKS.isdisjoint(words))
        or ("grazie" in words and not _HOSTILE_NIENTE.isdisjoint(words))
        or (not _HOSTILE_CANT.isdisjoint(words) and not _HOSTILE_MORE.isdisjoint(words))
    )


def _without_phrases(segment: str, words: AbstractSet[str] | None = None) -> tuple[str, bool]:
    """``segment`` with its neutral and hostile phrases blanked, and whether it had a hostile one.
    ``words``: the segment's [a-z0-9]+ words, if the caller has them (prefilters of the regexes)."""
    if (words is None or _may_neutral_phrase(words)) and _NEUTRAL_PHRASE_RX.search(segment):
        segment = _NEUTRAL_PHRASE_RX.sub(" ", segment)
    if (words is None or _may_hostile_phrase(words)) and _HOSTILE_PHRASE_RX.search(segment):
        return _HOSTILE_PHRASE_RX.sub(" ", segment), True
    return segment, False


def _word_valences(segment: str) -> Iterator[tuple[str, int]]:
    """Each valenced word of a (phrase-free) stretch, with +1 or -1, flipped after a negation."""
    for m in WORD_RE.finditer(segment):
        w = m.group(0)
        v = 1 if w in _POS_WORDS else -1 if w in _NEG_WORDS else 0
        if v and _FLIP_RX.search(segment, max(0, m.start() - 30), m.start()):
            v = -v
        if v:
            yield w, v


# a passing mark of an Italian university exam, given ("ho preso 27", "invece 28!", "un 26/30"):
# good news like "lode" (not a time, a price or an age: "invece 20 minuti di ritardo")
_GRADE_RX = re.compile(
    r"\b(?:pres[oa]|prendo|voto|invece|un|uno) (?:un )?(?:1[89]|2\d|30)(?:/30)?\b"
    r"(?! ?(?:minut|or[ae]\b|giorn|ann[oi]|mes[ei]|settiman|euro|eur\b|%|km|kg|chil|metri|gradi|volte|"
    r"person|pagin|cm\b|anni|min\b|h\b))"
)

_DIGIT_RX = re.compile(r"\d")


def _valence_of(segment: str) -> tuple[int, int, bool]:
    """(positive words, negative words, only hostile negatives) in a stretch of folded text."""
    segment, hostile = _without_phrases(segment)
    pos, neg = 0, int(hostile)
    if _DIGIT_RX.search(segment):
        pos += len(_GRADE_RX.findall(segment))
    hostile_only = True
    for w, v in _word_valences(segment):
        if v > 0:
            pos += 1
        else:
            neg += 1
            if w not in _HOSTILE_WORDS:
                hostile_only = False
    return pos, neg, hostile_only


_VALENCED = _POS_WORDS | _NEG_WORDS


def _has_positive(segment: str) -> bool:
    """``_valence_of(segment)[0] > 0`` but for an exam mark (a sentence's own good news, not a
    turn after a cue), stopping at the first positive word (the phrases it removes are whole
    words, so a stretch with no valenced word has none)."""
    words = WORD_RE.findall(segment)
    if _VALENCED.isdisjoint(words):
        return False
    return any(v > 0 for _w, v in _word_valences(_without_phrases(segment, set(words))[0]))


def _last_sentence(region: str) -> str | None:
    """The last piece of ``region`` between sentence ends ([.!?\\n]) that has a word."""
    found = _last_sentence_at(region)
    return None if found is None else found[1]


def _last_sentence_at(region: str) -> tuple[int, str] | None:
    """(offset, text) of the last piece of ``region`` between sentence ends that has a word."""
    end = len(region)
    while end > 0:
        r = region.rfind
        cut = max(r(".", 0, end), r("!", 0, end), r("?", 0, end), r("\n", 0, end))
        part = region[cut + 1 : end]
        if WORD_RE.search(part):
            return cut + 1, part
        if cut < 0:
            return None
        end = cut
        while end > 0 and region[end - 1] in ".!?\n":
            end -= 1
    return None


_HEARTS = frozenset("❤♥💕💖💗💓💞💘🤍💙💚💛🧡💜🖤🤎")
_HEART_AFTER_THANKS_RX = re.compile(
    r"\b(?:grazie|thank you|thanks|ti voglio bene|vi voglio bene|"
    # affection or a greeting the heart goes with ("tvb cmq ❤️", "volevo solo salutarti ❤️",
    # "ciao ❤️"): the greeting's warmth, not a smile over the cue before it
    r"tvb|tvtb|ti amo|love you|ciao|salutarti|salutarvi|salutarla)\b[^.!?\n]{0,25}$"
)


def _heart_of_thanks(folded: str, text: str, s: int, e: int) -> bool:
    """A heart that goes with a thanks ("grazie x tutto davvero ❤️", round 15): the thanks'
    affection, not a shift over the cue before it."""
    return (
        text[s:e].rstrip("\ufe0f") in _HEARTS
        and _HEART_AFTER_THANKS_RX.search(folded, max(0, s - 40), s) is not None
    )


# a fear denied, the whole of a sentence ("not scared anymore", "non ho piu paura")
_FEAR_GONE_RX = re.compile(
    r"^\W*(?:i'?m |im |i am |i feel |feeling )?(?:not|no longer|non|nn) (?:(?:ho|sono|mi fa|fa) )?"
    r"(?:piu |more |even )?(?:scared|afraid|frightened|paura|spaventat[oa])(?: (?:anymore|any more|piu))?\W*$"
)


def _signature_piece(piece: str, names: AbstractSet[str]) -> bool:
    """A piece that is only the sender's name or initial ("... on Tuesday. Nico :)")."""
    words = WORD_RE.findall(piece)
    return bool(words) and len(words) <= 2 and all(w in names for w in words)


def _name_words(sender_names: Sequence[str]) -> frozenset[str]:
    """The folded words of the sender's names ("Nico", "N." -> {"nico", "n"})."""
    return frozenset(w for raw in sender_names for w in WORD_RE.findall(fold(str(raw))))


def _valence_of_beside(
    segment: str, lo: int, spans: Sequence[tuple[int, int]]
) -> tuple[int, int, bool]:
    """``_valence_of`` of ``segment`` (at ``lo`` in the text) with the cues of ``spans`` blanked:
    the words of a cue ("starebbero meglio senza di me") are not good news."""
    hi = lo + len(segment)
    inside = [(max(a, lo) - lo, min(b, hi) - lo) for a, b in spans if a < hi and b > lo]
    return _valence_of(_blank(segment, inside)) if inside else _valence_of(segment)


# a longing for someone ("Miss my nan a lot", "mi manca tanto"): a heart after it is love for them
_LONGING_RX = re.compile(r"\b(?:miss|missing|missed|manca|mancano|mancava)\b")
# the flexed biceps: effort and resolve ("bruises from the barbell 💪"), not a smile over the words
_FLEX = "\U0001f4aa"


def _not_the_mood(
    folded: str, text: str, lang: str, words: AbstractSet[str]
) -> list[tuple[int, int]]:
    """The stretches whose words do not set the valence an emoticon is read against: laughter's
    hyperboles, titles, a death preferred to a trifle, not caring about being seen, a word of the
    other language (valence_blanks.py)."""
    out = valence_blanks.laughter_spans(folded)
    if not text.islower():
        out += valence_blanks.title_spans(text, _VALENCED, words)
    out += valence_blanks.preference_spans(folded, words)
    out += valence_blanks.unconcern_spans(folded, words)
    out += valence_blanks.false_friend_spans(folded, words, lang)
    return sorted(out)


def _unanswered(
    spans: list[tuple[int, int]], answered: dict[str, list[tuple[int, int]]] | None, emo: str
) -> list[tuple[int, int]]:
    """The sorted cue ``spans`` a smiley ``emo`` can go against: not those it answers."""
    kind = "heart" if emo.rstrip("\ufe0f") in _HEARTS else "flex" if emo.startswith(_FLEX) else ""
    drop = answered.get(kind) if answered and kind else None
    return sorted(set(spans) - set(drop)) if drop else spans


def _valence_shift(
    folded: str,
    emos: list[tuple[int, int, int]],
    cue_spans: Sequence[tuple[int, int]] = (),
    text: str = "",
    names: AbstractSet[str] = frozenset(),
    answered: dict[str, list[tuple[int, int]]] | None = None,
) -> tuple[list[Span], bool]:
    """Emoticons whose valence contradicts the words before them; and whether distress is masked.

    ``cue_spans``: the current risk cues; a smiley after one of them ("I cut again 🙂"), or a
    smiley right before one in the same sentence ("I'm fine 🙂 just can't stop crying"), is a shift.
    ``answered``: those of them a heart ("heart": a longing for someone, answered with love) or a
    flexed arm ("flex": the low ones, a hard time met with resolve) answers rather than smiles over.
    """
    evidence: list[Span] = []
    masked = False
    prev_end = 0
    spans = sorted(cue_spans)
    for i, (s, e, v) in enumerate(emos):
        if v == 0:
            prev_end = e
            continue
        region_start = prev_end
        region = folded[prev_end:s]
        prev_end = e
        found = _last_sentence_at(region)
        if found is not None and names and _signature_piece(found[1], names):
            # the sender's signature between the words and the emoticon: the sentence before it
            found = _last_sentence_at(region[: found[0]]) or found
        if found is None:
            pos = neg = 0
            hostile_only = True
            last_start = s
        else:
            last_start, last = found
            last_start += region_start
            pos, neg, hostile_only = _valence_of(last)
            if pos and neg:
                # "I was sad last week but I'm good now 🙂": the words after the turn count
                turns = list(_TURN_RX.finditer(last))
                if turns:
                    after = _valence_of(last[turns[-1].start() :])
                    if after[0] or after[1]:
                        pos, neg, hostile_only = after
        if v > 0 and cue_spans and _heart_of_thanks(folded, text, s, e):
            continue
        if v > 0 and cue_spans:
            # current cues in the last sentence; in the stretch since the previous emoticon
            # when the last sentence carries no valence of its own
            lo = last_start if (pos or neg) else region_start
            # ("a bad day yesterday, today it's already better 🙂": the words after the cue turn it)
            if _cue_not_turned(folded, _unanswered(spans, answered, text[s:e]), lo, s):
                evidence.append(Span(s, e))
                continue
            if (
                found is not None
                and neg == 0
                and _FEAR_GONE_RX.search(last)
                and any(region_start <= cs < last_start for cs, _ce in spans)
            ):
                # calm over a plan ("💊💊 counted. Not scared anymore 🙂"): the fear gone is the
                # plan's, not good news
                evidence.append(Span(s, e))
                continue
            if not neg and _CONTINUES_RX.match(text, e):
                nxt = emos[i + 1][0] if i + 1 < len(emos) else len(folded)
                stop = _SENTENCE_END_RX.search(folded, e, nxt)
                hi = stop.start() if stop else nxt
                if any(e <= cs < hi for cs, _ce in cue_spans):
                    evidence.append(Span(s, e))
                    continue
        if found is None:
            continue
        if v > 0 and neg > 0 and neg >= pos and not text.startswith(_FLEX, s):
            evidence.append(Span(s, e))
            masked = masked or not hostile_only
        elif v < 0 and pos > 0 and pos > neg:
            if spans:
                bpos, bneg, _h = _valence_of_beside(last, last_start, spans)
                if not (bpos > 0 and bpos > bneg):
                    continue
            evidence.append(Span(s, e))
            # loud sobbing over good news ("30 e lode 😭") is overwhelmed joy, not masked distress
            masked = masked or text[s:e].rstrip("\ufe0f") != "\U0001f62d"
    return evidence, masked


def _quote_marks_around(
    folded: str, spans: list[Span], emos: list[tuple[int, int, int]]
) -> list[tuple[int, int]]:
    """The stretches between double quotes (typographic quotes are folded to '"') that hold a
    quoted cue, within its line (a cue read as quoted with no quote marks around it gives none);
    a stretch with an emoticon inside (a whole message pasted in quotes) is the sender's."""
    out: list[tuple[int, int]] = []
    for sp in spans:
        line_start = folded.rfind("\n", 0, sp.start) + 1
        line_end = folded.find("\n", sp.end)
        line_end = len(folded) if line_end < 0 else line_end
        opening = folded.rfind('"', line_start, sp.start)
        closing = folded.find('"', sp.end, line_end)
        if (
            opening >= 0
            and closing >= 0
            and folded.count('"', line_start, opening) % 2 == 0
            and not any(opening < es < closing for es, _ee, _v in emos)
        ):
            out.append((opening, closing + 1))
    return out


def _blank(folded: str, spans: list[tuple[int, int]]) -> str:
    """``folded`` with the sorted ``spans`` (idioms) replaced by spaces, in one pass."""
    if not spans:
        return folded
    out: list[str] = []
    last = 0
    for s, e in spans:
        if e <= last:
            continue
        s = max(s, last)
        out.append(folded[last:s])
        out.append(" " * (e - s))
        last = e
    out.append(folded[last:])
    return "".join(out)


# No phrase regex (_NEUTRAL_PHRASE_RX, _HOSTILE_PHRASE_RX) nor _FLIP_RX can match one of these
# (nor look past one): so whether a stretch has a positive word is whether one of its pieces
# between them has (_has_positive(a + "." + b) == _has_positive(a) or _has_positive(b)).
_PIECE_END_RX = re.compile(r"[.!?]")


class _PositiveTail:
    """Whether ``folded[b:s]`` has a positive word, for the piece starts ``b`` (just after a
    [.!?]) before ``s``: the pieces are read from ``s`` backwards, once each, up to the last one
    with a positive word (every stretch that holds that piece has one, no shorter one has)."""

    def __init__(self, folded: str, s: int) -> None:
        self.folded = folded
        # the pieces in [read_from, s) are read and have no positive word; the next one to read
        # ends at read_from - 1 (a [.!?], or s itself before any is read)
        self.read_from = s + 1
        self.found = -1  # start of the last piece before s with a positive word, once found

    def positive_from(self, b: int) -> bool:
        """``_has_positive(folded[b:s])``, for ``b`` a piece start (after a [.!?]) ``<= s``."""
        if self.found >= 0:
            return b <= self.found
        while b < self.read_from:
            end = self.read_from - 1
            start = _last_piece_end(self.folded, b, end) + 1
            if _has_positive(self.folded[start:end]):
                self.found = start
                return True
            self.read_from = start
        return False


def _last_piece_end(folded: str, lo: int, hi: int) -> int:
    """Index of the last [.!?] of ``folded[lo:hi]``, or ``lo - 1``."""
    r = folded.rfind
    return max(r(".", lo, hi), r("!", lo, hi), r("?", lo, hi), lo - 1)


def _cue_not_turned(folded: str, spans: list[tuple[int, int]], lo: int, s: int) -> bool:
    """Is a cue of the sorted ``spans`` inside ``[lo, s]`` with no positive word between its end
    and ``s``? Only the cues that start in ``[lo, s]`` are looked at (a long letter has many),
    the nearest first. A cue's stretch is read as its own piece up to the first [.!?] and the
    whole pieces after it, which _PositiveTail reads once for all the cues (a letter with many
    cues before one smiley would otherwise read the same text once per cue)."""
    first = bisect.bisect_left(spans, (lo, -1))
    tail = _PositiveTail(folded, s)
    for j in range(bisect.bisect_right(spans, (s, 1 << 60)) - 1, first - 1, -1):
        ce = spans[j][1]
        if ce > s:
            continue
        cut = _PIECE_END_RX.search(folded, ce, s)
        if cut is None:
            if not _has_positive(folded[ce:s]):
                return True
        elif not tail.positive_from(cut.end()) and not _has_positive(folded[ce : cut.start()]):
            return True
    return False


def _smiles_after_cues(
    folded: str,
    emos: list[tuple[int, int, int]],
    shift: list[Span],
    evidence: list[RiskCue],
    text: str,
) -> list[Span]:
    """Add the positive emoticons that close a sentence holding the sender's own current cue of
    ``moderate`` or more ("un'altra settimana a letto 🙂", "cut myself last night :)"); a heart
    that goes with a thanks is not one (``text`` is the original, for the emoji itself)."""
    cues = [c.span for c in evidence if not c.modifiers and RISK_INDEX[c.level] >= 2]
    if not cues:
        return shift
    have = {(sp.start, sp.end) for sp in shift}
    out = list(shift)
    prev_end = 0
    for s, e, v in emos:
        if v > 0 and (s, e) not in have and not _heart_of_thanks(folded, text, s, e):
            r = folded.rfind
            lo = max(prev_end, r(".", 0, s), r("!", 0, s), r("?", 0, s), r("\n", 0, s))
            if any(lo <= c.start and c.end <= s for c in cues):
                out.append(Span(s, e))
        prev_end = e
    return sorted(out, key=lambda sp: sp.start) if len(out) > len(shift) else shift


_SENTENCE_END_RX = re.compile(r"[.!?\n]")
_TURN_RX = re.compile(
    r"\b(?:but|though|although|however|yet|ma|pero|tuttavia|eppure|invece(?! di\b))\b"
)
# the sentence goes on after an emoticon (a lowercase word follows, not a new sentence)
_CONTINUES_RX = re.compile(r"[^\w\n]*[a-z]")


def _word_starts(rx: re.Pattern[str], folded: str) -> Iterator[re.Match[str]]:
    """Matches of a literal-first regex that start a word."""
    for m in rx.finditer(folded):
        if m.start() == 0 or not folded[m.start() - 1].isalnum():
            yield m


def _means_at(folded: str, index: WordIndex) -> Iterator[re.Match[str]]:
    """``_word_starts(_MEANS_RX, folded)`` from a long text's word offsets: tried only where one
    of ``_MEANS_WORDS`` starts (every match at a word start begins with one), in text order,
    not inside the previous match ("razor blades"), and not at a "blades" that a "razor blades"
    starting inside a word ("xrazor blades") took before it (no scan of the whole text)."""
    match = _MEANS_RX.match
    end = 0
    for k in sorted([k for w in _MEANS_WORDS for k in index[w]]):
        if k < end:
            continue
        if (
            k >= 7
            and folded[k - 6 : k] == "razor "
            and folded[k - 7].isalnum()
            and folded.startswith("blades", k)
        ):
            continue
        m = match(folded, k)
        if m is not None:
            end = m.end()
            yield m


def _pills_with_quantity(
    folded: str,
    index: dict[str, list[int]] | _Positions | WordIndex | None = None,
    words: set[str] | None = None,
) -> Iterator[Span]:
    """ "20 pills", "all my pills", "tutte le pastiglie" or the pill emoji.

    With the text's word ``index``, the pill words are found there (same matches as
    ``_PILL_WORD_RX`` at word starts) instead of by a scan of the whole text.
    """
    if index is None or words is None:
        found = [(m.start(), m.end()) for m in _word_starts(_PILL_WORD_RX, folded)]
    else:
        found = []
        for w in _PILL_WORDS.intersection(words):
            for pos in index[w]:
                if w == "pills" and pos >= 9 and folded.startswith("sleeping ", pos - 9):
                    s = pos - 9  # "sleeping pills" is one match, from "sleeping"
                    if s == 0 or not folded[s - 1].isalnum():
                        found.append((s, pos + 5))
                    continue
                found.append((pos, pos + len(w)))
        at = folded.find(PILL)
        while at >= 0:
            if at == 0 or not folded[at - 1].isalnum():
                found.append((at, at + 1))
            at = folded.find(PILL, at + 1)
        found.sort()
    for start, end in found:
        if folded[start] == PILL:
            yield Span(start, end)
            continue
        q = _QTY_BEFORE_RX.search(folded, max(0, start - 40), start)
        if q is not None:
            yield Span(q.start(), end)


# "took all the paracetamol in the house and some of dad's tablets": more pills of the same act
_AND_MORE_RX = re.compile(
    r"[^.!?\n]{0,40}?\b(?:and|plus|then|with) (?:then )?(?:some|all|a few|loads|a load|a bunch|a strip|a box|half|the rest|a handful|a couple)(?: of)?(?: my| his| her| their)?\s*$"
)


_ANY_PILL_RX = re.compile(r"(?<![a-z])" + PILLS + r"(?![a-z])")


def _pills_after_means(folded: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is the pill cue at ``[start, end)`` joined by "and some of..." to an overdose before it?"""
    if not _ANY_PILL_RX.search(folded, start, end):
        return False
    i = bisect.bisect_left(spans, (start, 0))
    for j in range(i - 1, max(-1, i - 4), -1):
        s_end = spans[j][1]
        if s_end <= start and start - s_end <= 80 and _AND_MORE_RX.match(folded[s_end:start]):
            return True
    return False


# a sentence told in the imperfect of the first person ("lo smontavo e tenevo la lametta", "la
# nascondevo"), with no word of now in it
_IMPERFECT_RX = re.compile(r"\b[a-z]+(?:avo|evo|ivo)\b")
_NOW_RX = re.compile(
    r"\b(?:adesso|ora|oggi|stasera|stanotte|ieri|ancora|di nuovo|now|today|tonight)\b"
)


def _blade_in_recalled_act(folded: str, cues: list[tuple[RiskCue, tuple[str, ...], str]]) -> bool:
    """A blade named in the imperfect right after a self-harm act recalled as past ("ripensavo a
    quando in terza media mi rigavo il braccio. lo smontavo e tenevo la lametta nell'astuccio",
    round 19) is part of the recollection: it takes the past. True when a high cue was lowered."""
    past_ends = [
        c.span.end
        for c, _s, k in cues
        if k == "risk" and c.code == "self_harm" and "past" in c.modifiers
    ]
    lowered = False
    for i, (c, sigs, k) in enumerate(cues):
        if not past_ends or k != "risk" or c.modifiers or c.code != "self_harm":
            continue
        if folded[c.span.start : c.span.end] not in overreading.OBJECT_WORDS:
            continue
        lo = context.sentence_start(folded, c.span.start)
        # the recalled act is in the blade's sentence or in the one before it
        before = context.sentence_start(folded, max(0, lo - 2))
        if not any(before <= e <= c.span.start for e in past_ends):
            continue
        clause = folded[lo : c.span.end]
        if _IMPERFECT_RX.search(clause) and not _NOW_RX.search(clause):
            cues[i] = (_part_of(c, ("past",)), sigs, k)
            lowered = lowered or RISK_INDEX[c.level] >= 3
    return lowered


def _part_of(cue: RiskCue, mods: tuple[str, ...]) -> RiskCue:
    """``cue`` read as part of a lowered cue around it: it takes that cue's modifiers."""
    level = _lower(cue.level, list(mods))
    return RiskCue(cue.code, level, cue.span, mods, explain.cue(cue.code, level, mods))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does any of the sorted, short ``spans`` overlap ``[start, end)``?"""
    i = bisect.bisect_left(spans, (end, end))
    return any(spans[j][1] > start for j in range(i - 1, max(-1, i - 8), -1))


def _contained(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is ``[start, end)`` inside one of the sorted, short ``spans``?"""
    i = bisect.bisect_right(spans, (start, 1 << 60))
    for j in range(i - 1, max(-1, i - 8), -1):
        if spans[j][0] <= start and end <= spans[j][1]:
            return True
    return False


class _Hit:
    __slots__ = ("end", "rule", "start")

    def __init__(self, rule: Rule, start: int, end: int) -> None:
        self.rule = rule
        self.start = start
        self.end = end


_NEXT_WORD_RX = re.compile(r"[^a-z0-9]*([a-z0-9]*)")


@lru_cache(maxsize=256)
def _word_rx(word: str) -> re.Pattern[str]:
    esc = re.escape(word)
    return re.compile(esc + r"(?<![a-z0-9]" + esc + r")(?![a-z0-9])")


class _Positions:
    """``word_index(folded)[word]`` computed on demand for the few words asked for."""

    __slots__ = ("folded",)

    def __init__(self, folded: str) -> None:
        self.folded = folded

    def __getitem__(self, word: str) -> list[int]:
        return [m.start() for m in _word_rx(word).finditer(self.folded)]


# bytes of the folded text -> the same byte for a word character ([a-z0-9], WORD_RE), else a space
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")
_GAPS_TO_SPACE = bytes(c if c in _WORD_BYTES else 32 for c in range(256))
# a partial of a builtin is called without an argument tuple (``(1).__add__`` builds one per call)
_PLUS_ONE = partial(operator.add, 1)
_UNKNOWN: Any = object()  # a next word not narrowed yet (None: no rule can follow it)


class WordIndex:
    """The words of a long folded text, each with its offsets and the word after each occurrence.

    The words and their offsets come from C-level calls: every character that is not a word
    character becomes a space (``bytes.translate``), the text is split at each space, and a
    piece starts one character after the end of the piece before it. This is ~3x fewer
    instructions than a regex over the words (WORD_RE) in a 100 kB letter. The only Python
    loop groups the word numbers by word; the offsets and next words of a word are looked up
    when asked (the rules need a few hundred words).
    """

    __slots__ = ("_at", "_groups", "_next", "_sorted", "words")

    def __init__(self, folded: str) -> None:
        # non-ASCII characters become "?" (one byte each, so offsets hold), then spaces
        spaced = folded.encode("ascii", "replace").translate(_GAPS_TO_SPACE).decode("ascii")
        pieces = spaced.split(" ")  # the words, and "" between two adjacent gap characters
        starts = itertools.accumulate(map(_PLUS_ONE, map(len, pieces)), initial=0)
        self._at = list(itertools.compress(starts, pieces))  # the non-empty pieces: words
        words = list(filter(None, pieces))
        self._next = words[1:]
        self._next.append("")
        groups: defaultdict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(words):
            groups[w].append(i)
        self._groups = groups
        self.words = set(groups)
        self._sorted: list[str] | None = None  # the words in order, for starting()

    def __getitem__(self, word: str) -> list[int]:
        """The offsets where ``word`` occurs, in text order."""
        return list(map(self._at.__getitem__, self._groups.get(word, ())))

    def nexts(self, word: str) -> list[str]:
        """The word after each occurrence of ``word`` ("" after the last word of the text)."""
        return list(map(self._next.__getitem__, self._groups.get(word, ())))

    def starting(self, stems: tuple[str, ...]) -> list[str]:
        """The words of the text that start with one of ``stems`` (a range of the sorted words)."""
        ordered = self._sorted
        if ordered is None:
            ordered = self._sorted = sorted(self.words)
        out: list[str] = []
        for stem in stems:
            # "{" sorts after every word character: the end of the words that start with stem
            lo = bisect.bisect_left(ordered, stem)
            out.extend(ordered[lo : bisect.bisect_left(ordered, stem + "{", lo)])
        return out

    def followed(self, word: str, seconds: frozenset[str]) -> list[tuple[int, str]]:
        """(offset, next word) of the occurrences of ``word`` followed by one of ``seconds``.

        The filter runs in C (``compress`` over the next words): most occurrences of a common
        first word ("the", "il") are not followed by any word its rules can continue with.
        """
        idx = self._groups.get(word, ())
        nexts = list(map(self._next.__getitem__, idx))
        if seconds.isdisjoint(nexts):  # (a frozenset stops at the first next word it holds)
            return []
        flags = list(map(seconds.__contains__, nexts))
        return list(
            zip(
                map(self._at.__getitem__, itertools.compress(idx, flags)),
                itertools.compress(nexts, flags),
                strict=True,
            )
        )


def word_index(folded: str) -> dict[str, list[int]]:
    """Every word of the folded text with the offsets where it occurs."""
    index = WordIndex(folded)
    return {w: index[w] for w in index.words}


LONG_TEXT = 2000  # characters from which one pass listing every word beats a regex per key


def _key_occurrences(
    folded: str, words: set[str], index: WordIndex | None = None
) -> list[tuple[Scanner, bool, Iterable[tuple[int, str]]]]:
    """For each first word (or stem) of the text that keys rules, in the lexicon index's order:
    its scanner, whether the next word narrows it, and its (offset, next word) occurrences.

    A short text is searched once per key (a cached regex); a long one is listed once, word by
    word (``WordIndex``). Both give the same occurrences.
    """
    out: list[tuple[Scanner, bool, Iterable[tuple[int, str]]]] = []
    marks = INDEX.marks_in(folded)  # placeholders that may stand where a next word is expected
    if index is None and len(folded) < LONG_TEXT:
        for _w, is_prefix, sc, rx in INDEX.plan(words, marks):
            if sc.gated and not is_prefix:
                out.append((sc, True, [(m.start(), m.group(1)) for m in rx.finditer(folded)]))
            else:  # the next word is not asked for
                out.append((sc, False, [(m.start(), "") for m in rx.finditer(folded)]))
        return out
    keys = INDEX.keys(words)
    if index is None:
        index = WordIndex(folded)
    for word, is_prefix, sources in keys:
        sc = INDEX.scanner(word, is_prefix, marks)
        if is_prefix:  # (the offsets of one word are in text order; several words' are merged)
            at = (
                index[sources[0]]
                if len(sources) == 1
                else sorted(itertools.chain.from_iterable(map(index.__getitem__, sources)))
            )
            out.append((sc, False, zip(at, itertools.repeat(""))))
        elif sc.seconds is not None:  # every rule gated: only where a gate's word follows
            seconds = sc.seconds
            if sc.stems:  # and the words of this text that start with one of its stems
                seconds = seconds.union(index.starting(sc.stems))
            out.append((sc, True, index.followed(word, seconds)))
        elif sc.gated:
            out.append((sc, True, zip(index[word], index.nexts(word), strict=True)))
        else:  # the next word is not asked for
            out.append((sc, False, zip(index[word], itertools.repeat(""))))
    return out


def _hits(folded: str, words: set[str], index: WordIndex | None = None) -> list[_Hit]:
    """Matches of the candidate rules, tried only where one of their first words starts.

    The rules of one first word are tried together, as one alternation (``Scanner``): one
    regex call per occurrence of the word when none of them matches, which is the usual case.
    The occurrences of a first word (and the word after each) are found by a regex of that word
    (``RuleIndex.plan``), or, in a long text, from its ``WordIndex`` (``index`` when the caller
    has it).
    """
    hits: list[_Hit] = []
    counts: dict[int, int] = {}
    seen: set[tuple[int, int]] = set()
    # rules that reached their cap: tried no more (long letters), a scanner of capped rules only
    # is skipped
    capped: set[int] = set()
    # scanner -> (len(capped) when checked, its rules not capped or None)
    alive: dict[Scanner, tuple[int, Scanner | None]] = {}
    for key_sc, gated, occurrences in _key_occurrences(folded, words, index):
        known = key_sc.narrowed  # next word -> the rules that can follow (or None)
        # the scanner of the previous occurrence, its rules not capped and their first-match
        # function: consecutive occurrences mostly share them (a long letter's loop stays short)
        last_sc: Scanner | None = None
        last_capped = -1
        live: Scanner | None = None
        first: Callable[[str, int], re.Match[str] | None]  # set at the first occurrence
        for pos, after in occurrences:
            sc = key_sc
            if gated:
                # only the rules that can continue with the next word (one lookup per word)
                narrowed = known.get(after, _UNKNOWN)
                if narrowed is _UNKNOWN:
                    narrowed = key_sc.before(after)
                if narrowed is None:
                    continue
                sc = narrowed
            if sc is not last_sc or last_capped != len(capped):
                last_sc, last_capped = sc, len(capped)
                live = sc
                if capped:
                    state = alive.get(sc)
                    if state is None or state[0] != last_capped:
                        done_here = sc.orders.intersection(capped)
                        state = alive[sc] = (
                            last_capped,
                            sc.without(done_here) if done_here else sc,
                        )
                    live = state[1]
                if live is not None:
                    first = live._first or live.first
            if live is None:
                continue
            m_pos: re.Match[str] | None = None
            if pos and folded[pos - 1] == "'":
                ats: tuple[int, ...] = (pos, pos - 1)  # "l'amica": at the word, then the elision
            else:
                m_pos = first(folded, pos)
                if m_pos is None:  # the usual case: none of the rules matches here
                    continue
                ats = (pos,)
            found: set[int] | None = None
            for at in ats:
                m0 = m_pos if m_pos is not None else first(folded, at)
                if m0 is None:
                    continue
                i0 = GROUP_INDEX[m0.lastgroup]  # type: ignore[index]
                got: tuple[int, re.Match[str]] | None = (i0, m0)
                rules = live.rules
                while got is not None:
                    i, rm = got
                    got = live.match(folded, at, i + 1) if i + 1 < len(rules) else None
                    rule = rules[i]
                    gate = live.gates[i]
                    if gate is not None and gate.isdisjoint(words):
                        continue
                    rs, re_ = rm.span()
                    if re_ <= rs or counts.get(rule.order, 0) >= rule.cap:
                        continue
                    if found is None:
                        found = set()
                    elif rule.order in found:
                        continue
                    found.add(rule.order)
                    key = (rule.order, rs)
                    if key in seen:
                        continue
                    seen.add(key)
                    hits.append(_Hit(rule, rs, re_))
                    done = counts[rule.order] = counts.get(rule.order, 0) + 1
                    if done >= rule.cap:
                        capped.add(rule.order)
    # per rule: drop matches inside a longer match of the same rule, keep the first ones
    if len(hits) < 2:
        return hits
    hits.sort(key=lambda h: (h.rule.order, h.start, -h.end))
    kept: list[_Hit] = []
    last: _Hit | None = None
    n = 0
    for h in hits:
        if last is not None and last.rule is h.rule:
            if h.end <= last.end or n >= MAX_HITS_PER_RULE:
                continue
            n += 1
        else:
            n = 1
        kept.append(h)
        last = h
    kept.sort(key=lambda h: (h.start, h.rule.order))
    return kept


def _lower(level: str, mods: list[str]) -> str:
    """Level of a cue after its modifiers (the lowest cap applies).

    A negated cue below ``high`` falls to ``none`` ("I'm not staying in bed today"); a negated
    ``high``/``imminent`` cue stays visible at ``low``. A modified ``low`` cue falls to ``none``.
    """
    base = RISK_INDEX[level]
    idx = base
    for m in mods:
        idx = min(idx, RISK_INDEX[MODIFIER_CAP[m]])
    if mods and (base <= 1 or ("negated" in mods and base < 3)):
        idx = 0
    return RISK_LEVELS[idx]


# the type of read_message's memo of _span_modifiers (tests swap in one that forgets)
_SPAN_MEMO: type[dict[Any, Any]] = dict


def _span_modifiers(
    folded: str,
    start: int,
    end: int,
    fixed: bool,
    mods: list[str],
    risk_spans: list[tuple[int, int]],
    proxy: Callable[[], bool],
    shared: context.Shared,
    words: set[str] | frozenset[str],
) -> tuple[str, ...]:
    """``mods`` followed by the context and over-reading modifiers of the cue at
    ``folded[start:end]``: a function of the span, ``fixed`` and ``mods`` within one message
    (``risk_spans``, ``proxy``, ``shared`` and ``words`` are the message's), so read_message
    computes it once per distinct argument."""
    # a cue that is itself a negation ("non mangio e non mi lavo") is not negated by the one before
    own_neg = _NEG_START_RX.match(folded, start) is not None
    # earlier cues that start with a negation, within reach of this cue's clause
    lo_i = bisect.bisect_left(risk_spans, (start - 400, 0))
    hi_i = bisect.bisect_left(risk_spans, (start, 0))
    before = tuple(
        (s, e)
        for s, e in risk_spans[lo_i:hi_i]
        if e <= start and e > start - 160 and _NEG_START_RX.match(folded, s)
    )
    out = list(mods)
    out.extend(
        context.modifiers(
            folded,
            start,
            end,
            fixed,
            proxy,
            skip_negation=own_neg,
            masked=before,
            shared=shared,
        )
    )
    # context families of everyday, past and someone else's wording (false alarms)
    out.extend(overreading.modifiers(folded, start, end, out, proxy, shared, words))
    return tuple(out)


def read_message(
    text: str,
    sent_at: datetime | None = None,
    timezone: str | tzinfo | None = None,
    channel: str | None = None,
    sender_names: Sequence[str] = (),
    language: str | None = None,
) -> Reading:
    """Read one message as a trained therapist would: risk first, then form, content, topics."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    folded = fold(text)
    index: WordIndex | None = None
    if len(folded) < LONG_TEXT:
        words = set(WORD_RE.findall(folded))
    else:  # the words of a long text, their offsets and the next words
        index = WordIndex(folded)
        words = index.words
    lang = language if language in ("en", "it") else detect_language(folded, words, text)

    hits = _hits(folded, words, index)
    idioms: list[_Hit] = []
    risk_spans: list[tuple[int, int]] = []
    for h in hits:  # one pass over the hits for the idioms and the risk cues' spans
        kind = h.rule.entry.kind
        if kind == "idiom":
            idioms.append(h)
        elif kind in ("risk", "method", "farewell"):
            risk_spans.append((h.start, h.end))
    idiom_spans = sorted((i.start, i.end) for i in idioms)
    risk_spans.sort()
    proxy_known: list[bool] = []

    def proxy() -> bool:
        """A parent writing about their child (asked only when a cue's modifiers need it)."""
        if not proxy_known:
            proxy_known.append(context.is_proxy(folded, words, index))
        return proxy_known[0]

    cues: list[tuple[RiskCue, tuple[str, ...], str]] = []  # (cue, signals of entry, kind)
    signal_ev: dict[str, list[Span]] = {}
    topics: set[str] = set()

    def add_signal(code: str, span: Span) -> None:
        signal_ev.setdefault(code, []).append(span)

    weak_info = False
    shared = context.Shared(index)  # what the modifiers of this message's cues compute once
    # (span, fixed, modifiers set before the context's) -> the cue's modifiers (_span_modifiers)
    span_mods: dict[tuple[int, int, bool, tuple[str, ...]], tuple[str, ...]] = _SPAN_MEMO()
    lowered_high: set[str] = set()  # modifiers that lowered a high/imminent rule cue
    lowered_moderate: list[tuple[int, int, tuple[str, ...]]] = []  # moderate rule cues lowered
    for h in hits:
        entry = h.rule.entry
        kind = entry.kind
        if kind == "topic":
            if entry.code in ("cancellation", "information", "information_weak") and _contained(
                risk_spans, h.start, h.end
            ):
                continue
            if entry.code.startswith("information") and _INFO_NEG.search(
                folded, max(0, h.start - 24), h.start
            ):
                continue
            if entry.code == "information_weak":
                weak_info = True
                continue
            topics.update(entry.topics)
            continue
        if kind == "signal":
            if not context.negated_near(folded, h.start) and not (
                idioms and _overlaps(idiom_spans, h.start, h.end)
            ):
                add_signal(entry.code, Span(h.start, h.end))
            continue
        if kind == "idiom":
            cue = RiskCue(
                entry.code,
                "none",
                Span(h.start, h.end),
                ("idiom",),
                explain.cue(entry.code, "none", ("idiom",)),
            )
            cues.append((cue, (), kind))
            continue
        assert entry.level is not None
        mods: list[str] = []
        # (a panic attack's "I feel like I'm going to die" is an idiom of the attack: the panic stays)
        # (unless the breath was lost laughing: "I'm crying I couldn't breathe 😂", round 10)
        if (
            idioms
            and (entry.code != "panic" or _LAUGHED_RX.match(folded, h.end))
            and _overlaps(idiom_spans, h.start, h.end)
        ):
            mods.append("idiom")
        if entry.code == "act_taken" and (
            _PACKING_RX.match(folded, h.end)
            or _PACKED_IT_RX.match(folded, h.end)
            or _PACKED_EN_RX.match(folded, h.end)
        ):
            mods.append("idiom")
        # the context modifiers of a span are read once per message: rules of one key often
        # match the same words (~14 % of the cues of the benchmark's mix and long e-mails)
        mods_key = (h.start, h.end, entry.fixed, tuple(mods))
        known_mods = span_mods.get(mods_key)
        if known_mods is None:
            known_mods = span_mods[mods_key] = _span_modifiers(
                folded, h.start, h.end, entry.fixed, mods, risk_spans, proxy, shared, words
            )
        mods = list(known_mods)
        if mods:
            ordered = tuple(m for m in _MOD_ORDER if m in mods)
            level = _lower(entry.level, list(ordered))
        else:
            ordered, level = (), entry.level
        code = entry.code
        if kind == "method" and not ordered:
            sent = context.sentence_around(folded, h.start, h.end)
            time = _TIME_RX.search(sent)
            # the time of the telling is not the method's ("Jake told me tonight he's been looking
            # up how many...", round 10)
            # (or the time is the next short sentence: "Hose is in the boot. Tonight once it's dark.",
            # round 11)
            told_at = time is not None and _TOLD_AT_RX.search(sent, 0, time.end()) is not None
            if (time and not told_at) or (time is None and _TIME_NEXT_RX.match(folded, h.end)):
                level, code = "imminent", "plan"
        elif (
            code == "intent"
            and not ordered
            and not _THOUGHT_WORDS.isdisjoint(words)
            and _THOUGHT_OF_RX.search(folded, max(0, h.start - 60), h.start)
        ):
            # an intent told as a recurring thought ("a volte penso che mi ammazzo e basta", round 15):
            # suicidal thoughts (high), not an intent announced
            level, code = "high", "suicidal_thoughts"
        cue = RiskCue(code, level, Span(h.start, h.end), ordered, explain.cue(code, level, ordered))
        cues.append((cue, entry.signals, kind))
        if ordered and RISK_INDEX[entry.level] >= 3:
            lowered_high.update(ordered)
        elif ordered and RISK_INDEX[entry.level] == 2 and "idiom" not in ordered:
            lowered_moderate.append((h.start, h.end, ordered))
    # a cue starting inside a negated or past cue of the same code, in its sentence, is part of
    # what that cue tells ("non ho rifatto quella cosa con la lametta", "prima bevevo una
    # bottiglia a sera"): it takes that cue's modifiers (it stays as evidence, lowered)
    inherited = [
        (c.span.start, c.span.end, c.code, c.modifiers)
        for c, _s, k in cues
        if k == "risk"
        and c.modifiers
        and (
            _INHERITED_MODS.intersection(c.modifiers)
            or (
                "other_person" in c.modifiers
                and _THIRD_VERB_RX.search(folded, c.span.start, c.span.end) is not None
            )
        )
    ]
    if inherited:
        # by code, in the same order (the first that holds the cue gives its modifiers)
        inherited_of: dict[str, list[tuple[int, int, str, tuple[str, ...]]]] = {}
        for item in inherited:
            inherited_of.setdefault(item[2], []).append(item)
        for i, (c, sigs, k) in enumerate(cues):
            if k != "risk" or c.modifiers:
                continue
            held_by = itertools.chain(
                inherited_of.get(c.code, ()),
                *(inherited_of.get(code, ()) for code in _HELD_BY.get(c.code, ())),
            )
            for s, e, _code, mods_of in held_by:
                if (
                    s <= c.span.start < e
                    and (s < c.span.start or c.span.end <= e)
                    and _SENTENCE_BREAK_RX.search(folded, s, c.span.start) is None
                ):
                    cues[i] = (_part_of(c, mods_of), sigs, k)
                    if RISK_INDEX[c.level] >= 3:
                        lowered_high.update(mods_of)
                    break

    # a blade named after someone else's cuts in the same sentence ("il cugino ha le braccia piene di
    # tagli freschi, fatti con il mio rasoio", round 14) is the means of their cuts: it takes their
    # modifier (the sender's own blade named in a sentence of its own stays)
    others = [
        c.span.start
        for c, _s, k in cues
        if k == "risk" and "other_person" in c.modifiers and c.code == "self_harm"
    ]
    if others:
        for i, (c, sigs, k) in enumerate(cues):
            if k != "risk" or c.modifiers or c.code != "self_harm":
                continue
            if folded[c.span.start : c.span.end] not in overreading.OBJECT_WORDS:
                continue
            if any(
                s < c.span.start
                and _SENTENCE_BREAK_RX.search(folded, s, c.span.start) is None
                and _FIRST_PERSON_RX.search(folded, s, c.span.start) is None
                for s in others
            ):
                cues[i] = (_part_of(c, ("other_person",)), sigs, k)
                if RISK_INDEX[c.level] >= 3:
                    lowered_high.add("other_person")
    if _blade_in_recalled_act(folded, cues):
        lowered_high.add("past")
    # a farewell inside a lowered cue ("tell the group I said goodbye" of a move for a new job) is
    # read as that cue: it takes its modifiers
    lowered_risk = [
        (c.span.start, c.span.end, c.modifiers) for c, _s, k in cues if k == "risk" and c.modifiers
    ]
    if lowered_risk:
        for i, (c, sigs, k) in enumerate(cues):
            if k != "farewell" or c.modifiers:
                continue
            for s, e, mods_of in lowered_risk:
                if s <= c.span.start and c.span.end <= e:
                    cues[i] = (_part_of(c, mods_of), sigs, k)
                    break
    # a weak farewell only counts next to another current cue of moderate or more
    current = [
        c for c, _s, k in cues if not c.modifiers and k != "farewell" and RISK_INDEX[c.level] >= 2
    ]
    # a weak farewell said twice ("thank you for everything ... goodbye") is a farewell
    # (beside a denied or past act, a shorter form of a farewell at its start is the same one: "thanks for
    # trying" in "thanks for trying with me" after "tonight's not the night I go over", seen round 12)
    weak_spans = [
        (c.span.start, c.span.end) for c, _s, k in cues if k == "farewell" and not c.modifiers
    ]
    weak = {
        folded[s:e]
        for s, e in weak_spans
        if lang != "en" or not lowered_high or not any(s2 == s and e < e2 for s2, e2 in weak_spans)
    }
    if len(weak) == 1 and not current and overreading.goodbye_for_a_future(folded, words):
        # one weak farewell explained by a future, e.g. a place at height where the sender works ("parked
        # up on the top deck... shift over... I'll be in Thursday", round 13): an everyday phrase, as two
        cues = [
            (_part_of(c, ("idiom",)), s, k) if k == "farewell" and not c.modifiers else (c, s, k)
            for c, s, k in cues
        ]
        lowered_high.add("idiom")
    elif len(weak) < 2 and not current:
        cues = [(c, s, k) for c, s, k in cues if k != "farewell" or c.modifiers]
    elif not current and overreading.goodbye_for_a_future(folded, words):
        # two weak farewells explained by a future ("thank you for everything ... the new job in
        # Bristol starts Monday! ... Goodbye"): a goodbye to the therapy, not to life (round 10); the
        # farewells stay as evidence, read as an everyday phrase (so the net is not asked either)
        cues = [
            (_part_of(c, ("idiom",)), s, k) if k == "farewell" and not c.modifiers else (c, s, k)
            for c, s, k in cues
        ]
        lowered_high.add("idiom")
    # asking to talk about it next time or to move the session earlier is a request for support only
    # next to a current cue of low or more ("Can we talk about it on Thursday?" alone is scheduling)
    # asking what to do or to come sooner: the same, though a cue lowered only as someone else's or
    # denied is enough ("my friend... what do I do??", "she doesn't want to die... should we come
    # sooner?", round 11)
    for ask, lowered_ok in _ASK_BESIDE.items():
        if any(c.code == ask for c, _s, _k in cues) and not any(
            lowered_ok.issuperset(c.modifiers) and c.level != "none" and c.code not in _ASKS
            for c, _s, _k in cues
        ):
            cues = [(c, s, k) for c, s, k in cues if c.code != ask]
    # pills, quantities, blades or 💊 next to a current suicidal cue make it a plan
    if any(RISK_INDEX[c.level] >= 3 and c.code in _SUICIDAL_CODES for c in current):
        means: Iterable[re.Match[str]] = ()
        if not _MEANS_WORDS.isdisjoint(words):
            means = _word_starts(_MEANS_RX, folded) if index is None else _means_at(folded, index)
        for m in itertools.islice(means, MAX_HITS_PER_RULE):
            span = Span(m.start(), m.end())
            cue = RiskCue("plan", "imminent", span, (), explain.cue("plan", "imminent", ()))
            cues.append((cue, ("suicidal_ideation",), "risk"))
    if any(RISK_INDEX[c.level] >= 3 for c in current) and (
        not _PILL_WORDS.isdisjoint(words) or PILL in folded
    ):
        cue_spans = sorted((c.span.start, c.span.end) for c, _s, _k in cues)
        for span in itertools.islice(
            _pills_with_quantity(folded, _Positions(folded) if index is None else index, words),
            MAX_HITS_PER_RULE,
        ):
            if _contained(cue_spans, span.start, span.end):
                continue
            cue = RiskCue(
                "pills_near_intent",
                "imminent",
                span,
                (),
                explain.cue("pills_near_intent", "imminent", ()),
            )
            cues.append((cue, ("suicidal_ideation",), "risk"))

    # the pills of an overdose or of a plan ("a strip of his dad's codeine") are not a use of drugs
    # to cope: a substance cue inside such a cue gives no signal (the cue stays as evidence)
    means_spans = sorted(
        (c.span.start, c.span.end)
        for c, _s, _k in cues
        if c.code in ("act_taken", "plan") and not c.modifiers
    )
    for c, sigs, _k in cues:
        if not c.modifiers:
            if (
                c.code == "substance"
                and means_spans
                and (
                    _contained(means_spans, c.span.start, c.span.end)
                    or _pills_after_means(folded, means_spans, c.span.start, c.span.end)
                )
            ):
                continue
            for code in sigs:
                add_signal(code, c.span)
        elif (
            c.code not in ("idiom_cancel", "idiom_reply")
            and "hypothetical" not in c.modifiers
            and (
                "quoted" in c.modifiers
                or "idiom" in c.modifiers
                or ("negated" in c.modifiers and c.level == "none")
            )
        ):
            # a film line, an idiom or "I didn't cut last night": news and progress reports
            topics.add("information")
            if "negated" in c.modifiers:
                topics.add("psychotherapy")  # progress on what the therapy is about

    evidence = _dedupe([c for c, _s, _k in cues])
    level_idx = max((RISK_INDEX[c.level] for c in evidence), default=0)
    # the learned safety net, asked only when the rules read the message below high and did not
    # themselves lower a high cue (negated, quoted, idiomatic, past, hypothetical, someone else's)
    if level_idx < 3 and not lowered_high:
        net = _net_cue(folded, lang, idiom_spans, proxy, shared)
        if net is not None and not net.modifiers and lowered_moderate and level_idx < 2:
            # the net's span over or beside a rule cue lowered as someone else's, past or denied
            # ("mi' fratello stasera sta già alla terza birra ... sennò nun dorme", "non ho preso le
            # pastiglie ... con la birra, tranquilla. non so perché le scrivo", round 14), no other
            # cue current at moderate: the net reads the same words, it takes that cue's modifiers
            # (only someone else's, past or denied, the reasons of that family: a quoted or a
            # hypothetical rule cue does not speak for the net's words; round 15, dev-en-1763: the
            # net's cue on a plan took a rule cue's wrong "other_person", fixed in context)
            for s, e, mods_of in lowered_moderate:
                if not _NET_TAKES.issuperset(mods_of):
                    continue
                if s < net.span.end + 200 and e > net.span.start - 200:
                    net = _part_of(net, mods_of)
                    break
        if net is not None:
            evidence = _dedupe([*evidence, net])
            level_idx = max(level_idx, RISK_INDEX[net.level])
            if not net.modifiers:
                add_signal("suicidal_ideation", net.span)
    level = RISK_LEVELS[level_idx]
    at_level = sum(1 for c in evidence if RISK_INDEX[c.level] == level_idx)
    risk = Risk(level, _score(level_idx, at_level), tuple(evidence))
    support = signal_ev.get("support_request")
    if (
        support
        and not any(c.level != "none" and c.code not in ("support", "contact") for c in evidence)
        and topics & {"medication", "cancellation", "information"}
        and all(c.code == "contact" for c in evidence if c.code in ("support", "contact"))
    ):
        # a purely practical "call me" (prescription, invoice) is not a request for support
        del signal_ev["support_request"]
        evidence = [c for c in evidence if c.code != "contact"]
        level_idx = max((RISK_INDEX[c.level] for c in evidence), default=0)
        risk = Risk(RISK_LEVELS[level_idx], _score(level_idx, 1), tuple(evidence))

    # ---- form
    ok, caps_spans = _caps(text, folded)
    if ok:
        signal_ev["all_caps"] = caps_spans
    # every ellipsis starts with its own ".." or "…", so these counts bound the number of
    # ellipses from above: a long letter with a few of them is not counted by the regex
    most_ell = text.count("..") + text.count("…")
    n_ell = len(_ELLIPSIS_RX.findall(text)) if most_ell >= 3 and most_ell * 100 >= len(text) else 0
    if n_ell >= 3 and n_ell * 100 >= len(text):
        signal_ev["ellipsis_excess"] = [
            Span(m.start(), m.end())
            for m in itertools.islice(_ELLIPSIS_RX.finditer(text), MAX_EVIDENCE)
        ]
    if "!!" in text or "?" in text or ".!" in text or "…!" in text:
        exp = [
            Span(m.start(), m.end())
            for m in itertools.islice(_EXPRESSIVE_RX.finditer(text), MAX_EVIDENCE)
        ]
        if exp:
            signal_ev["expressive_punctuation"] = exp
    stripped = text.strip()
    threshold = LONG_MESSAGE_CHARS.get(channel, LONG_MESSAGE_CHARS[None])
    if len(stripped) > threshold:
        lead = len(text) - len(text.lstrip())
        signal_ev["long_message"] = [Span(lead, lead + len(stripped))]
    if is_late_night(sent_at, timezone):
        signal_ev["late_night"] = []
    if sender_names and not _signed(text, folded, sender_names):
        end = len(text.rstrip())
        signal_ev["unsigned"] = [Span(max(0, end - 40), end)] if end else []
    emos = find_emoticons(text)
    pos = [Span(s, e) for s, e, v in emos if v > 0]
    neg = [Span(s, e) for s, e, v in emos if v < 0]
    if pos:
        signal_ev["emoticon_positive"] = pos
    if neg:
        signal_ev["emoticon_negative"] = neg
    if pos or neg:
        # a harm denied ("non mi sono fatta del male 🙂") is good news, not sad words under a smile
        denied = [
            (c.span.start, c.span.end)
            for c in evidence
            if c.modifiers == ("negated",) and c.code in _DENIED_HARM
        ]
        quoted = [c.span for c in evidence if "quoted" in c.modifiers]
        # the words of a quoted line ("cantavo «vorrei solo scomparire...», che bello 😄") are
        # not the sender's: they do not set the valence an emoticon is read against (round 11)
        quote_marks = _quote_marks_around(folded, quoted, emos) if quoted else []
        not_mood = _not_the_mood(folded, text, lang, words)
        blanks = idiom_spans
        if denied or quote_marks or not_mood:
            blanks = sorted([*idiom_spans, *denied, *quote_marks, *not_mood])
        plain = _blank(folded, blanks)
        # a cue inside words that are not the sender's mood ("i can't breathe 😂") is the laugh's
        own = [c for c in evidence if not _overlaps(not_mood, c.span.start, c.span.end)]
        now = [
            c
            for c in own
            if not c.modifiers
            and c.level != "none"
            and c.code not in ("support", "contact", "masked_distress", "repeated_apology")
        ]
        current_cues = [(c.span.start, c.span.end) for c in now]
        current_cues += valence_blanks.coping_drink_spans(folded, words, index)
        # the cues a heart or a flexed arm answers rather than smiles over
        answered = {
            "heart": [sp for sp in current_cues if _LONGING_RX.search(folded, *sp)],
            "flex": [(c.span.start, c.span.end) for c in now if c.level == "low"],
        }
        names = _name_words(sender_names)
        shift, masked = _valence_shift(plain, emos, current_cues, text, names, answered)
        shift = _smiles_after_cues(plain, emos, shift, own, text)
        if shift:
            signal_ev["valence_shift"] = shift
            if masked and level_idx == 0:
                cue = RiskCue(
                    "masked_distress",
                    "low",
                    shift[0],
                    (),
                    explain.cue("masked_distress", "low", ()),
                )
                evidence = _dedupe([*evidence, cue])
                level_idx = 1
                risk = Risk("low", _score(1, 1), tuple(evidence))
                topics.add("psychotherapy")
    if len(signal_ev.get("apology", ())) >= 4 and level_idx == 0:
        cue = RiskCue(
            "repeated_apology",
            "low",
            signal_ev["apology"][0],
            (),
            explain.cue("repeated_apology", "low", ()),
        )
        evidence = _dedupe([*evidence, cue])
        level_idx = 1
        risk = Risk("low", _score(1, 1), tuple(evidence))
        topics.add("psychotherapy")
    if "💊" in text:
        topics.add("medication")

    if risk.level != "none":
        topics.add("psychotherapy")
    elif weak_info and not topics & {"cancellation", "medication"}:
        # generic news (a bus, an e-mail, "we went") only counts in a message with no risk
        topics.add("information")
    rank = _SIGNAL_RANK
    signals = tuple(
        Signal(code, _merge_spans(signal_ev[code]), explain.signal(code))
        for code in sorted([c for c in signal_ev if c in rank], key=rank.__getitem__)
    )
    return Reading(
        language=lang,
        risk=risk,
        topics=tuple([t for t in _TOPIC_ORDER if t in topics]) if topics else (),
        signals=signals,
        engine_version=ENGINE_VERSION,
    )


# a third person's reporting clause at the head of the net's span (the weights of 2026-11-28 put
# "told me that" among the top words of a colleague's reported wish)
_REPORT_HEAD = re.compile(
    r"(?:(?:he|she|they|lui|lei|loro) )?(?:told me|tells me|said|says|has said|mi ha detto|mi dice|ha detto|dice)"
    r"(?: that| che)? "
)


def _net_cue(
    folded: str,
    lang: str,
    idiom_spans: list[tuple[int, int]],
    proxy: Callable[[], bool],
    shared: context.Shared | None = None,
) -> RiskCue | None:
    """A ``net_ideation`` cue when the risk net's probability is over its threshold.

    Negation is part of the net's features (NegEx scope), so only the other modifiers apply:
    a quoted, idiomatic, past, hypothetical or someone else's sentence is lowered as a rule cue.
    """
    if risk_net.probability(folded, lang) <= risk_net.threshold():
        return None
    start, end = risk_net.evidence(folded, lang)
    head = _REPORT_HEAD.match(folded, start)
    if head and head.end() < end:
        # a span that starts on the reporting clause ("he told me that ..."): the reported words
        # are the cue, so the report is read as their context (someone else's), as a rule cue's is
        start = head.end()
    if end <= start:
        return None
    mods = [
        m
        for m in context.modifiers(folded, start, end, False, proxy, shared=shared)
        if m != "negated"
    ]
    if idiom_spans:  # an idiom in the same sentence ("work is killing me, I'm so done")
        lo = context.sentence_start(folded, start)
        ends = [i for i in (folded.find(c, end) for c in ".!?\n") if i >= 0]
        if _overlaps(idiom_spans, lo, min(ends, default=len(folded))):
            mods.append("idiom")
    ordered = tuple(m for m in _MOD_ORDER if m in mods)
    level = _lower("high", list(ordered)) if ordered else "high"
    span = Span(start, end)
    return RiskCue(
        "net_ideation", level, span, ordered, explain.cue("net_ideation", level, ordered)
    )


def _merge_spans(spans: list[Span]) -> tuple[Span, ...]:
    """Sorted, without duplicates and without spans contained in another span."""
    if len(spans) == 1:
        return (spans[0],)
    out: list[Span] = []
    for sp in sorted(set(spans), key=lambda s: (s.start, -s.end)):
        if out and out[-1].start <= sp.start and sp.end <= out[-1].end:
            continue
        out.append(sp)
        if len(out) >= MAX_EVIDENCE:
            break
    return tuple(out)


def _score(level_idx: int, at_level: int) -> float:
    """Score in [0, 1], monotone with the level: each level owns a band of 0.2."""
    if level_idx == 0:
        return 0.0
    return round(_LEVEL_BASE[level_idx] + min(0.19, 0.05 * at_level), 3)


def _dedupe(cues: list[RiskCue]) -> list[RiskCue]:
    """Drop cues contained in a stronger (or equal) cue; keep text order; cap the count."""
    if len(cues) < 2:
        return list(cues)
    ordered = sorted(cues, key=lambda c: (c.span.start, -c.span.end, -RISK_INDEX[c.level], c.code))
    kept: list[RiskCue] = []
    active: list[RiskCue] = []  # kept cues that may still contain the next ones
    for c in ordered:
        active = [k for k in active if k.span.end > c.span.start]
        if any(
            c.span.end <= k.span.end and RISK_INDEX[k.level] >= RISK_INDEX[c.level] for k in active
        ):
            continue
        kept.append(c)
        active.append(c)
    if len(kept) > MAX_EVIDENCE:
        strongest = sorted(kept, key=lambda c: -RISK_INDEX[c.level])[:MAX_EVIDENCE]
        kept = sorted(strongest, key=lambda c: (c.span.start, c.span.end, c.code))
    return kept


from .model import SIGNAL_CODES as _SIGNAL_ORDER  # noqa: E402
from .model import TOPIC_CODES as _TOPIC_ORDER  # noqa: E402

_SIGNAL_RANK = {code: i for i, code in enumerate(_SIGNAL_ORDER)}
