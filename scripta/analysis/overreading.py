"""Context families that keep a risk cue from being over-read (false alarms), on folded text.

Each family lowers one cue the lexicon matched, with the modifiers of ``context.py``
(``negated``, ``quoted``, ``past``, ``other_person``, ``idiom``), and only in its own context:

- ``past``: a past year or age anchor with a present-state contrast ("2015 was my suicide
  attempt ... I'm okay", "at seventeen I took an overdose ... I'm 43 now", "a 17 anni mi
  tagliavo, adesso è un altro mondo"); the cue named as the topic of a therapy talk ("the
  session about Dad's suicide", "quello che ci siamo detti martedì sui pensieri di morte");
- ``negated``: a recovery count ("six months free of cutting", "da dieci giorni non mi faccio
  niente"); a cue named then denied ("Killing myself? nah.", "farmi del male no, nn voglio",
  "pensieri di morte: questa settimana non ce ne sono stati");
- ``other_person``: a third-person subject the context module does not list ("colleague
  overdosed", "il mio ex ha tentato il suicidio", "il coinquilino ... pensa al suicidio"),
  someone's suicide ("Dad's suicide", "people who think about suicide");
- ``quoted``: suicide or an overdose as a study or training topic ("primo soccorso: overdose",
  "Seneca e il suicidio nell'etica stoica");
- ``idiom``: "mi butto" into an everyday venture, "suicidio professionale", "career suicide",
  "rather die than <an everyday chore>", "<this day> can go jump off a cliff", "ignore the
  last message", "con Davide stasera la chiudo", "mi brucia" (it stings), a razor for shaving.

Every family starts with a cheap test on the cue's own words; the regexes run only then.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import context

# ---------------------------------------------------------------------------- cue shapes
# a noun named as a topic (a mention until the context says it is the sender's act)
_TOPIC = re.compile(r"(?:suicid\w*|overdose|self[- ]?harm\w*|autolesion\w*)")
# an object of self-harm named on its own
_OBJECT = frozenset(("razor", "razors", "blade", "blades", "lametta", "lamette", "rasoio"))

# ---------------------------------------------------------------------------- past
# a past year or age (the anchors context._PAST does not list; used with a present contrast)
_ANCHOR = re.compile(
    r"\b(?:(?:19|20)\d\d (?:was|were|is when|is the year)|"
    r"at (?:the age of |age )?(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|1[0-9]|2[0-9])\b(?! ?(?:am|pm|o'?clock|:|\.\d|h\b|%|percent|mph|km))|"
    r"aged (?:1[0-9]|2[0-9]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b|"
    r"a (?:vent|trent|quarant|cinquant)'anni|a (?:1[0-9]|2[0-9]|diciotto|diciannove|venti) anni|"
    r"negli anni (?:dell'universita|del liceo|della scuola|dell'adolescenza|'?[5-9]0|novanta|ottanta|settanta|duemila)|"
    r"durante l'universita|ai tempi dell'universita)"
)
# the present contrasted with a past cue ("I'm 43 now", "sto bene", "adesso è un altro mondo")
_CONTRAST = re.compile(
    r"\b(?:i'?m (?:\d\d|twenty|thirty|forty|fifty|sixty|seventy)[\w-]* now|"
    r"(?:now |these days |today )?i'?m (?:ok|okay|fine|good|well|safe|alright|all right|in a (?:good|better) place)\b|"
    r"(?:it )?(?:rarely|hardly ever|seldom|never) crosses my mind|(?:it'?s|that'?s) (?:all )?(?:behind me|in the past)|"
    r"(?:a|another) (?:different|other) (?:world|life|person)|(?:a|another) lifetime ago|the anniversary|"
    r"(?:adesso|ora|oggi) (?:e|sono|mi sembra|sembra) (?:davvero |proprio )?(?:un altro mondo|un'altra vita|un'altra persona|"
    r"tutto diverso|acqua passata|lontan[oa])|(?:ora |adesso |oggi )?sto bene|acqua passata|"
    r"mi (?:e|sono) tornat[oi] in mente|l'anniversario|ho (?:\d\d|quaranta|cinquanta|trenta)\w* anni (?:adesso|ora))"
)
# the cue still goes on (then the past anchor does not close it)
_STILL = re.compile(
    r"\b(?:still|again|anymore|any more|ancora|di nuovo|tuttora|continuo|sometimes|a volte)\b"
)
_PAST_WORDS = (
    frozenset(
        ("at", "aged", "negli", "durante", "ai", "vent", "trent", "quarant", "cinquant", "anni")
    )
    | context._PAST_WORDS
)

# the cue is what a therapy talk was about ("the session about", "le ho raccontato dei")
_THERAPY_TALK = re.compile(
    r"\b(?:session|seduta|sessione|talked|spoke|discussed|told you|raccontato|detti|parlato|parlarne|parlavamo)"
    r"(?: (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|last week|la settimana scorsa|in seduta|in session))? (?:about|on|of|dei|degli|delle|del|della|"
    r"dello|sui|sugli|sulle|sul|sulla|su) (?P<rest>(?:[\w']+ ){0,2})$"
)
_THERAPY_WORDS = frozenset(
    (
        *("session", "seduta", "sessione", "talked", "spoke", "discussed", "told", "raccontato"),
        *("detti", "detto", "parlato", "parlarne", "parlavamo"),
    )
)
_SUBJECT_WORDS = frozenset(
    ("i", "im", "io", "mi", "me", "ho", "sono", "and", "but", "e", "ma", "then", "poi")
)

# ---------------------------------------------------------------------------- negated
_NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|venti|trenta)"
)
_UNIT = r"(?:days?|weeks?|months?|years?|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])"
# "six months free of cutting", "da dieci giorni non mi faccio niente"
_RECOVERY = re.compile(
    r"\b(?:"
    + _NUM
    + r" (?:whole |full )?"
    + _UNIT
    # "four days without food" is not a recovery: "without" only before self-harm
    + r" (?:free (?:of|from)|clean (?:of|from)|without(?= (?:cutting|cuts|self[- ]?harm|hurting|harming|burning|"
    r"scratching|a blade|blades|the razor)))|"
    r"(?:free|clean) (?:of|from) (?:\w+ ){0,2}(?:for|since) |"
    r"(?:haven'?t|have not|hasn'?t|not) (?:cut|self[- ]?harmed|hurt myself|burned myself|burnt myself)"
    r"(?: myself)? (?:in|for|since) (?:over |almost |nearly |more than )?" + _NUM + r"|"
    r"da (?:ormai |quasi |piu di )?"
    + _NUM
    + r" "
    + _UNIT
    + r" (?:ormai )?(?:(?:non|nn) mi (?:faccio (?:niente|nulla|(?:del )?male)|"
    r"taglio|ferisco|brucio|graffio)|sono pulit[oa])|"
    r"(?:non|nn) mi (?:faccio (?:niente|nulla|(?:del )?male)|taglio|ferisco|brucio) da (?:ormai |quasi |piu di )?"
    + _NUM
    + r" "
    + _UNIT
    + r")"
)
# one of these words occurs in every match of _RECOVERY
_RECOVERY_WORDS = frozenset(
    (
        *("free", "clean", "day", "days", "week", "weeks", "month", "months", "year", "years"),
        *("giorno", "giorni", "settimana", "settimane", "mese", "mesi", "anno", "anni"),
    )
)
# a relapse told in the message keeps the object of self-harm current
_RELAPSE = re.compile(
    r"\b(?:relaps\w*|again|gave in|slipped|tonight|in my hands?|ricadut\w*|di nuovo|ho ceduto|ripres[oa]|riprendo|"
    r"stasera|stanotte|in mano)\b"
)
# named, then denied: "Killing myself? nah.", "farmi del male no, nn voglio"
_DENIAL = re.compile(
    r"[ \t]*(?:\?+|,|\.\.\.|…|:|-)?[ \t]*(?:nah|nope|no|of course not|not really|no way|not me|macche|figurati|"
    r"(?:non|nn) (?:voglio|lo farei|lo faro|ci penso|lo faccio))(?=[ \t]*(?:[.!,;)]|$))"
)
_DELAY = re.compile(
    r"\b(?:yet|for now|not today|not tonight|tomorrow|per ora|ancora|non oggi|non stasera|domani)\b"
)
_NEG_WORDS = frozenset(
    ("no", "not", "never", "nobody", "nothing", "non", "nn", "nessuno", "niente", "nulla", "mai")
)
_BUT = re.compile(r"\b(?:but|ma|pero)\b")
_SENTENCE_END = re.compile(r"[.!?\n]+")
# named, then none this week: "pensieri di morte: questa settimana non ce ne sono stati"
_NONE_SINCE = re.compile(
    r"[^.!?\n]{0,30}?\b(?:(?:non|nn) ce ne sono (?:stati|state)|(?:non|nn) ne ho (?:avuti|avute)|"
    r"there (?:haven'?t|have not) been any|(?:i )?(?:haven'?t|have not) had any|none (?:this|last) week)"
    r"\b(?! (?:mai )?(?:cosi|tanti|tante|piu|come|so many|this many|like))"
)

# ---------------------------------------------------------------------------- other person
_THIRD_NOUN = re.compile(
    r"\b(?:colleague|coworker|co-worker|workmate|ex|boss|manager|flatmate|roommate|housemate|neighbou?r|classmate|"
    r"teammate|student|tenant|landlord|uncle|aunt|cousin|friend)s?\b|"
    r"\b(?:il |la |lo |l'|un |una |un')?(?:(?:mio|mia|suo|sua|nostro|nostra) )?(?:ex|collega|coinquilin[oa]|vicin[oa]|"
    r"capo|compagn[oa] di (?:stanza|classe|corso|squadra)|cugin[oa]|inquilin[oa])\b"
)
_THIRD_WORDS = frozenset(
    (
        *("colleague", "colleagues", "coworker", "workmate", "ex", "boss", "manager", "flatmate"),
        *("roommate", "housemate", "neighbour", "neighbor", "classmate", "teammate", "student"),
        *("tenant", "landlord", "uncle", "aunt", "cousin", "friend", "collega"),
        *("coinquilino", "coinquilina", "vicino", "vicina", "capo", "compagno", "compagna"),
        *("cugino", "cugina", "inquilino", "inquilina"),
    )
)
_FIRST_SUBJECT = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|myself|io|ho|sono|avevo|ero|mi sono|mi ero)\b"
)
_FIRST_IN_CUE = re.compile(
    r"\b(?:myself|my|me|mi|io|voglio|vorrei|ho|sono|i|i'm|i've|i'll|i'd|penso|pensavo|sto|stavo|faccio|facevo|devo|"
    r"posso|riesco|spero|sogno|immagino|sento|vado|continuo|desidero|avevo|ero)\b"
)
# someone's suicide: "Dad's suicide", "his overdose", "people who think about suicide"
_OWNER_BEFORE = re.compile(
    r"\b(?:(?!(?:today|tonight|yesterday|year|week|month|day|night|morning|weekend|it|that|what|there|here|let|who|"
    r"this|one|patient|son|daughter|child|kid)'s)[a-z]+'s|his|her|their)"
    r" (?:own |attempted |failed |first |second )?$|"
    r"\b(?:people|those|someone|anyone|everyone|persons?|men|women|teens|teenagers|kids|students|patients|chi|"
    r"persone|qualcuno|chiunque|molti|tanti) (?:who|that|che) (?:[\w']+ ){0,3}$"
)
_OWNER_AFTER = re.compile(
    r"(?: attempt)? (?:di|del|della|dello|of|by) (?:(?:mio|mia|suo|sua|tuo|tua|nostro|nostra|loro|my|his|her|their|a|the) )?"
    r"(?:padre|madre|papa|mamma|fratello|sorella|amic[oa]|zi[oa]|nonn[oa]|cugin[oa]|collega|ex|marito|moglie|"
    r"compagn[oa]|father|mother|dad|mum|mom|brother|sister|friend|uncle|aunt|cousin|colleague|husband|"
    r"wife|partner|classmate|student|grandfather|grandmother|grandad|granddad|grandma|grandpa)\b"
)

# ---------------------------------------------------------------------------- quoted (study)
_STUDY = re.compile(
    r"\b(?:studying|revising|revision|studied|first aid|cpr|lifeguard|nursing|pharmacology|toxicology|philosophy|"
    r"ethics|sociology|(?:psychology|history|law|medical) (?:course|class|exam|module|lecture|essay|notes)|"
    r"for (?:the|my|an|our) (?:\w+ )?(?:exam|test|module|course|seminar|certificate)|"
    r"(?:exam|course|module|lecture|seminar|training) (?:on|about)|"
    r"stiamo studiando|sto studiando|studiamo|studiare|ripasso|ripassando|primo soccorso|brevetto|"
    r"(?:corso|lezione|esame|manuale|seminario|tesi|tesina|relazione) (?:di|su|sul|sulla|per)|per l'esame|"
    r"etica|filosofia|stoic\w*)\b"
)
_FIRST_AFTER = re.compile(r"\b(?:i|i'm|i've|i'd|me|myself|io|mi|voglio|vorrei|penso|ho)\b")
_STUDY_FIRST = re.compile(
    r"\b(?:i|i'm|my|me|myself|io|mi|mio|mia|penso|pensando|pensato|thinking|think|thought|tried|attempt\w*|tentato|took|taken|"
    r"preso|fatto|done|did|want|voglio|vorrei|ho)\b"
)

# ---------------------------------------------------------------------------- idioms
# "mi butto" into an everyday venture
_BUTTO_INTO = re.compile(
    r"mi butto\s*(?:\.{2,}|…|!+)?\s*(?:nella|nel|negli|nelle|nello|in|sul|sulla|a capofitto|a)\b"
    r"(?! (?:il |la |l'|lo |i |le )?(?:fiume|mare|lago|vuoto|acqua|canale|tevere|arno|po|binari|treno|metro|tangenziale|"
    r"autostrada|traffico|pozzo|burrone|strapiombo|precipizio|dirupo|scogli|fosso|torrente|cemento|giu)\b)"
)
_BUTTO_RISK = re.compile(
    r"^\s*(?:\.{2,}|…|!+)?\s*(?:giu|dal|dalla|dallo|dai|dalle|da|sotto|ponte|finestra|balcone|tetto|terrazz\w*|piano|treno|"
    r"binari|stasera|stanotte|adesso|ora|domani|davvero|per davvero|sul serio)\b"
)
_VENTURE = re.compile(
    r"\b(?:(?:mandat|inviat|spedit|fatt|consegnat)[oa] (?:il |la |l'|i |le )?(?:curriculum|cv|candidatur\w*|domanda|"
    r"iscrizion\w*)|mi (?:sono )?iscritt[oa]|iscrizione fatta|incrociamo le dita|in bocca al lupo|ci provo|proviamoci|"
    r"vada come vada|che emozione|si parte|colloquio domani|provo il concorso)\b"
)
# "suicidio professionale", "career suicide"
_SUICIDE_AFTER = re.compile(
    r" (?:professionale|politico|sociale|commerciale|elettorale|mediatico|sportivo|finanziario|economico|aziendale|"
    r"lavorativo|accademico|di carriera|social)\b"
)
_SUICIDE_BEFORE = re.compile(
    r"\b(?:career|professional|political|social|commercial|financial|electoral|fashion|tactical|brand|academic|"
    r"reputational|culinary|social media) $"
)
# "rather die than <an everyday chore>": the chore carries no word of living, feeling or pain
_RATHER = re.compile(r"\s+(?:than|che|piuttosto che)\s+(?P<rest>[^.!?\n,;]{0,80})")
_RATHER_RISK = re.compile(
    r"\b(?:live|living|life|alive|go on|going on|carry on|keep going|continue|another|wake|feel|feeling|this|that|tomorrow|"
    r"face|suffer|suffering|pain|hurt|exist|be here|be me|without|lose|him|her|them|back|"
    r"vivere|vita|viv[oa]|andare avanti|continuare|svegliarmi|sentirmi|cosi|soffrire|dolore|senza|un altro|domani|"
    r"essere|esistere|lui|lei|tornare)\b"
)
# "<this day> can go jump off a cliff": the wish aimed at something else
_GO_JUMP = re.compile(r"\bgo (?:and )?$")
# "ignore the last message": the previous message
_PREVIOUS = re.compile(
    r"\b(?:ignore|disregard|delete|forget|scratch|get|got|see|saw|read|receive|received|in|re|about|sorry about|"
    r"sorry for|ignori|ignora|cancelli|cancella|nel|nell') (?:the|my|that|l'|il)?\s*$"
)
_PREVIOUS_AFTER = re.compile(
    r"\s*(?:was|went|is) (?:meant|sent|for|to|supposed)|\s*(?:era|e) (?:per|destinato)"
)
# "con Davide stasera la chiudo": ending a relationship
_WITH_SOMEONE = re.compile(
    r"\bcon (?!(?:tutto|tutti|tutte|la|il|lo|questo|questa|me|la vita|il mondo|questa vita)\b)[a-z]+"
    r"(?: (?:stasera|stanotte|oggi|domani|adesso|ora|definitivamente|finalmente))?\s*$"
)
# "mi brucia" (it stings), "mi ferisce" (it hurts me): the verb's subject is not the sender
_IT_STINGS = frozenset(
    ("mi brucia", "mi bruciano", "mi ferisce", "mi feriscono", "mi graffia", "mi taglia")
)
# a razor for shaving, an old one thrown away or given as a present
_GROOMING = re.compile(
    r"\b(?:rash|shav\w*|legs|armpits?|beard|electric|disposable|the old one|old one|"
    r"vecchi[oa]|elettric[oa]|usa e getta|barba|gambe|ascelle|depila\w*|irritazione|regalat[oa]|regalo|natale)\b"
)
_OBJECT_USE = re.compile(
    r"\b(?:used|use|using|cut|cutting|hold|holding|held|hid|hidden|hiding|blood|bleed\w*|wrists?|arms?|thighs?|"
    r"usat[oa]|uso|usare|tagli\w*|ferit\w*|in mano|nascost[oa]|sangue|polsi|polso|braccia|braccio|cosce|coscia)\b"
)


# the cheap tests before the regexes
_WORD = re.compile(r"[a-z0-9]+")
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_TOPIC_HEADS = frozenset(("suic", "over", "self", "auto"))
# one of these words occurs in every match of _CONTRAST
_CONTRAST_WORDS = frozenset(
    (
        *("now", "ok", "okay", "fine", "good", "well", "safe", "alright", "right", "crosses"),
        *("behind", "past", "world", "life", "person", "lifetime", "anniversary", "mondo", "vita"),
        *("persona", "diverso", "passata", "lontano", "lontana", "bene", "tornato", "tornati"),
        *("anni", "anniversario"),
    )
)


def modifiers(
    folded: str,
    start: int,
    end: int,
    mods: list[str],
    proxy: Callable[[], bool],
    shared: context.Shared,
    words: set[str] | frozenset[str],
) -> list[str]:
    """Extra modifiers for the cue at ``folded[start:end]`` (those of ``mods`` are not repeated).

    ``words``: the message's words (``WORD_RE``), for the cheap tests before the regexes.
    """
    cue = folded[start:end]
    cw = cue.split()
    if not cw:
        return []
    out: list[str] = []
    first = cw[0]
    topic = cue[:4] in _TOPIC_HEADS and _TOPIC.fullmatch(cue) is not None
    # --- idioms, each tested on the cue's own words first
    if first == "mi" and len(cw) > 1 and cw[1] == "butto":
        rest = folded[start + 8 : end + 160]
        if _BUTTO_INTO.match(folded, start) or (
            not _BUTTO_RISK.match(rest) and _VENTURE.search(rest) is not None
        ):
            out.append("idiom")
    elif cue in _IT_STINGS:
        out.append("idiom")
    elif topic and cue.startswith("suicid"):
        if _SUICIDE_AFTER.match(folded, end) or _SUICIDE_BEFORE.search(
            folded, max(0, start - 24), start
        ):
            out.append("idiom")
    elif ("die" in cw and ("rather" in cw or "sooner" in cw)) or (
        "morire" in cw and ("preferirei" in cw or "preferisco" in cw)
    ):
        m = _RATHER.match(folded, end)
        if m and not _RATHER_RISK.search(m.group("rest")):
            out.append("idiom")
    elif first == "jump" and "cliff" in folded[end : end + 12]:
        pre = shared.clause(folded, start)
        if _GO_JUMP.search(pre) and not _FIRST_SUBJECT.search(pre):
            out.append("idiom")
    elif "message" in cw or "messaggio" in cw:
        pre = folded[max(0, start - 40) : start]
        if _PREVIOUS.search(pre) or _PREVIOUS_AFTER.match(folded, end):
            out.append("idiom")
    elif cw[-1] == "chiudo" and "con" in folded[max(0, start - 40) : start]:
        if _WITH_SOMEONE.search(shared.clause(folded, start)):
            out.append("idiom")
    elif cue in _OBJECT:
        sent = context.sentence_around(folded, start, end)
        if _GROOMING.search(sent) and not _OBJECT_USE.search(sent):
            out.append("idiom")
    if out:
        return out
    pre = shared.clause(folded, start)  # computed by context.modifiers: a lookup
    pre_words = set(pre.split())
    found: list[str] = []  # the cue's sentence, computed on first use

    def sentence() -> str:
        if not found:
            found.append(context.sentence_around(folded, start, end))
        return found[0]

    # --- a topic noun: someone's, or a study topic
    if topic and "other_person" not in mods and "quoted" not in mods:
        before = folded[max(0, start - 60) : start]
        if (_OWNER_BEFORE.search(before) or _OWNER_AFTER.match(folded, end)) and not proxy():
            out.append("other_person")
        elif (
            _STUDY.search(sentence())
            and not _STUDY_FIRST.search(pre)
            and not _FIRST_AFTER.search(sentence(), sentence().find(cue) + len(cue))
        ):
            out.append("quoted")
    # --- named then denied, a recovery count
    if "negated" not in mods:
        if (
            not pre.strip(" -(")
            and first not in _NEG_WORDS
            and (d := _DENIAL.match(folded, end)) is not None
        ):
            # "no, not yet", "no. not today": a delay, not a denial (this sentence and the next)
            after = _SENTENCE_END.split(folded[d.end() : d.end() + 80], maxsplit=2)
            if not _DELAY.search(" ".join(after[:2])) and not _BUT.search(after[0]):
                out.append("negated")
        elif (
            (_none_after(folded, end) and _NONE_SINCE.match(folded, end))
            or (not _RECOVERY_WORDS.isdisjoint(pre_words) and _RECOVERY.search(pre + cue))
            or (cue in _OBJECT and _RECOVERY.search(folded) and not _RELAPSE.search(folded))
        ):
            out.append("negated")
    # --- a third person the context module does not list
    if (
        "other_person" not in mods
        and "other_person" not in out
        and not _THIRD_WORDS.isdisjoint(words)
        and not _THIRD_WORDS.isdisjoint(_WORD.findall(pre))
    ):
        last = None
        for last in _THIRD_NOUN.finditer(pre):  # noqa: B007
            pass
        if (
            last is not None
            and not _FIRST_SUBJECT.search(pre, last.end())
            and not _FIRST_IN_CUE.search(cue)
            and not proxy()
        ):
            out.append("other_person")
    # --- the past: the topic of a therapy talk, or an anchor with a present contrast
    if "past" not in mods:
        talk = None
        if not _THERAPY_WORDS.isdisjoint(pre_words):
            talk = _THERAPY_TALK.search(pre)
            if talk and not _SUBJECT_WORDS.isdisjoint(talk.group("rest").split()):
                talk = None
        if talk is not None:
            if not _FIRST_IN_CUE.search(cue) and not context._RECENT.search(sentence()):
                out.append("past")
        elif (
            not _CONTRAST_WORDS.isdisjoint(words)
            and (not _PAST_WORDS.isdisjoint(words) or any(_YEAR_WORD.fullmatch(w) for w in words))
            and _contrast(folded)
        ):
            sent = sentence()
            if (
                (_ANCHOR.search(sent) or context._PAST.search(sent))
                and not _STILL.search(sent)
                and not context._RECENT.search(_CONTRAST.sub(_blank, sent))
            ):
                out.append("past")
    return out


def _none_after(folded: str, end: int) -> bool:
    """Could a "none this week" / "non ce ne sono stati" follow the cue? (a cheap test)"""
    seg = folded[end : end + 90]
    return "ce ne" in seg or "ne ho" in seg or " any" in seg or "none" in seg


# the last message asked about a present contrast (its cues share the answer)
_CONTRAST_MEMO: list[tuple[str, bool]] = [("", False)]


def _contrast(folded: str) -> bool:
    text, found = _CONTRAST_MEMO[0]
    if text is not folded:
        found = _CONTRAST.search(folded) is not None
        _CONTRAST_MEMO[0] = (folded, found)
    return found


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))
