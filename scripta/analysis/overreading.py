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

A third wave (``third_wave``, from the training-only messages of rounds f-i) adds: effort
("killing myself working doubles"), a past act anchored in an age, a decade or an anniversary with
a present contrast ("a year ago tonight ... I'm ok", "tre anni fa volevo morire, adesso no"),
thoughts that stopped, a goodbye to a job or an old phone, a jump for fun or in a game, a rope at
work, a blade on a chainsaw or thrown away, a relapse of drinking, a course's topic or a simulated
act, a title or someone's line in single quotes, a plot, "I'm done. Done trying", "per il podere è
finita", pills counted at the pharmacy, "se mi tornasse la voglia", a child who is not the
patient or "chi ha avuto...", "non ce la faccio più a vivere così" (then "non ce la faccio più"
carries the moderate level).

Every family starts with a cheap test on the cue's own words; the regexes run only then.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from . import context
from . import lazyre as re  # re.compile compiles on first use (lazyre.py)

# ---------------------------------------------------------------------------- cue shapes
# a noun named as a topic (a mention until the context says it is the sender's act)
_TOPIC = re.compile(r"(?:suicid\w*|overdose|self[- ]?harm\w*|autolesion\w*)")
# an object of self-harm named on its own
_OBJECT = frozenset(
    ("razor", "razors", "blade", "blades", "lametta", "lamette", "rasoio", "lama", "lame")
)
OBJECT_WORDS = _OBJECT  # (read by the engine: a blade named after someone else's cuts)

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
    r"(?:oggi )?mi (?:e|sono) tornat[oaie] in mente|(?:sono passati|it'?s been) (?:\d+|[a-z]+) (?:anni|years)|l'anniversario|ho (?:\d\d|quaranta|cinquanta|trenta)\w* anni (?:adesso|ora))"
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
# an episode gone over with the therapist: "what we went over last week about the time I...",
# "we talked about the time I...", "what we looked at on Tuesday, the night I..." (the cue follows)
_GONE_OVER = re.compile(
    r"\b(?:we|you and i|you and me) (?:went over|went through|covered|looked at|unpacked|talked (?:about|through)|discussed|"
    r"spoke about|worked (?:on|through)|brought up|touched on|got into|dug into)"
    r"(?: (?!(?:and|but|then|so|i)\b)[\w']+){0,4}?"
    r"(?:[\s,:-]+(?:about |on |re |regarding )?(?:the time|that time|the night|the day|the summer|the year)(?: that| when)?| about when) "
    r"i (?:[\w']+ )?$"
)
_GONE_OVER_WORDS = frozenset(
    (
        *("went", "covered", "looked", "unpacked", "talked", "discussed", "spoke", "worked"),
        *("brought", "touched", "got", "dug"),
    )
)
# the low mood the therapy helped with: "grazie per avermi aiutato con l'ansia"
_HELPED_CUES = frozenset(("ansia", "angoscia", "depressione", "tristezza"))
_HELPED_WITH = re.compile(
    r"\b(?:avermi|mi ha|mi hai|mi avete|ci ha|ci hai|mi hanno) (?:[\w']+ ){0,2}?aiutat[oaie] (?:[\w']+ ){0,2}?"
    r"(?:con|a gestire|a superare|a controllare|a calmare|a vincere|contro) (?:l'|la |le |il |i )?(?:mia |mie |miei |mio )?$"
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
_TAKE_VERBS = frozenset(("took", "taken", "swallowed", "downed", "necked", "popped"))
_THIRD_HAD_AFTER = re.compile(
    r" (?:[a-z]+ ){0,2}?(?:that |which )?(?:he|she|they) (?:had|'d|has|have|'s got|got|was given|were given|kept|saved)\b"
    r"(?! (?:[a-z]+ ){0,2}?(?:me|for me|to me)\b)"
)
_FIRST_BEFORE_ACT = re.compile(r"\b(?:i|i'?ve|i have|i just|i'?ve just|we)\s*$")
_THOUGHT_WORDS = frozenset(("thought", "thoughts", "feeling", "idea", "belief"))
_THOUGHT_DENIED = re.compile(
    r"\b(?:i (?:don'?t|do not|dont|no longer|never)|i'?ve (?:stopped|not|no longer)|i (?:have|'ve) stopped) (?:have|having|get|getting|hold|holding) "
    r"(?:this|that|the|any|those|these) (?:thought|thoughts|feeling|idea|belief)(?: any ?more| these days| now| at all)? that\b"
)
_THOUGHT_BACK = re.compile(r"\b(?:but|again|back|returned|worse|still)\b")
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
    r"persone|qualcuno|chiunque|molti|tanti) (?:who|that|che) (?:[\w']+ ){0,3}$|"
    # "chi ha avuto pensieri suicidi": whoever
    r"\bchi (?:[\w']+ ){1,3}$"
)
_OWNER_AFTER = re.compile(
    r"(?: attempt)? (?:di|del|della|dello|of|by) (?:(?:mio|mia|suo|sua|tuo|tua|nostro|nostra|loro|un|una|my|his|her|their|a|the) |un')?"
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
    r"etica|filosofia|stoic\w*|"
    # a school subject or the class: "oggi a storia abbiamo parlato del suicidio di Cleopatra"
    r"(?:a|x|per|di) (?:storia|latino|greco|letteratura|epica|religione|storia dell'arte)|"
    r"(?:verifica|interrogazione|compito|compiti|ricerca) (?:di|su|sul|sulla))\b"
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
# "mi butto" and then a date asked for or a feeling declared in the next sentence ("stasera mi butto. Al
# bar, prima che chiuda, le chiedo di uscire", round 19): a leap of courage, unless death is named there
_ASK_OUT = re.compile(
    r"\b(?:(?:le|gli|la|lo) (?:chiedo|chiedero|propongo|proporro|invito|inviterò|invitero|domando) (?:di uscire|di uscirci|"
    r"di vederci|un appuntamento|di venire|di sposarmi|il numero|a cena|a ballare|a uscire|un caffe)|mi dichiaro|"
    r"(?:le|gli) dico (?:che mi piace|che l[oa] amo|che sono innamorat[oa]|quello che provo|cosa provo)|"
    r"(?:le|gli) confesso (?:che mi piace|che l[oa] amo|quello che provo))\b"
)
_ASK_OUT_DEATH = re.compile(
    r"\b(?:morire|morto|morta|farla finita|finirla|addio|per sempre|giu|vuoto|buttarmi|uccid\w*|ammazz\w*|fiume|binari)\b"
)


def _asked_out(folded: str, end: int) -> bool:
    """A date asked for after "mi butto", with no word of death in the same two sentences."""
    rest = _two_sentences(folded, end, 200)
    return _ASK_OUT.search(rest) is not None and _ASK_OUT_DEATH.search(rest) is None


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
    r"\b(?:live|living|life|alive|go on|going on|carry on|keep going|continue|"
    r"another (?:day|night|week|month|year|minute|second|hour|moment|morning|round)|wake|feel|feeling|this|that|tomorrow|"
    # (not "lose" a match: "he'd rather die than lose to Rovers", an older English leftover; losing to an illness stays)
    r"face|suffer|suffering|pain|hurt|exist|be here|be me|without|"
    r"lose(?!\s+(?:to\s+(?!(?:cancer|this|it|that|depression|the (?:illness|disease|cancer|voices))\b)|at\s|"
    r"(?:the|a|this|that|our|their|another) (?:match|game|final|semi|derby|cup|race|league|bet|tie|replay)\b))|him|them|her(?!\s+[a-z])|again|back|"
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
    r"\bcon (?:(?:quel|quello|quella|quei|quegli|il|la|lo|l'|i|gli|le|mio|mia|questo|questa|sto|sta) "
    r"(?!(?:vita|mondo|tutto|tutti|sofferenza|dolore|esistenza)\b)|"
    r"(?!(?:tutto|tutti|tutte|la|il|lo|questo|questa|me|la vita|il mondo|questa vita|quel|quello|quella|l'|i|gli|le|"
    r"mio|mia|sto|sta)\b))[a-z]+"
    r"(?: (?:stasera|stanotte|oggi|domani|adesso|ora|definitivamente|finalmente))?\s*$"
)
# "mi brucia" (it stings), "mi ferisce" (it hurts me): the verb's subject is not the sender
_IT_STINGS = frozenset(
    ("mi brucia", "mi bruciano", "mi ferisce", "mi feriscono", "mi graffia", "mi taglia")
)
# a razor for shaving, an old one thrown away or given as a present
_GROOMING = re.compile(
    r"\b(?:rash|shav\w*|legs|armpits?|beard|electric|disposable|the old one|old one|"
    r"vecchi[oa]|elettric[oa]|usa e getta|barba|gambe|ascelle|depila\w*|irritazione|regalat[oa]|regalo|natale|"
    # a barber's razor: the shave of a client at the salon (idiom stress set)
    r"rasatur\w*|barbier\w*|barberia|parrucchier\w*|salone|a mano libera|schiuma da barba|contropelo|baffi)\b"
)
# the blade left where it is, not thought of, after its name in the sentence ("la lametta è sul
# comodino ma non ci penso", "il mio rasoio è al suo posto", round 14): an object idle, not a use
_OBJECT_IDLE = re.compile(
    r"[^.!?\n]{0,60}?\b(?:(?:ma |e )?(?:non|nn) ci (?:penso|pens|sto pensando)(?! (?:due volte|un attimo|su|piu di tanto)\b)|"
    r"(?:e|sta|resta|rimane|e rimast[oa]|e ancora) (?:ancora |sempre )?(?:al suo posto|nella sua scatola|nell'astuccio|nel cassetto del bagno)|"
    r"(?:non|nn) l'ho (?:(?:mai|piu|neanche|nemmeno) )?(?:toccat[oa]|usat[oa]|pres[oa] in mano)|"
    # left in its sharpener, its pack ("la lametta è rimasta nel temperino", round 19)
    r"(?:e |sono |sta |stanno )?rimast[oaie] (?:nel|nella|nello|dentro (?:il|la|lo)) (?:temperino|confezione|scatola|scatolina|pacchetto|"
    r"rasoio|blister|cassetto)|"
    # seen at the shop and not taken ("ho visto le lamette e non le ho prese", round 19)
    r"(?:ma |e )?(?:non|nn) (?:le|li|la|lo|l') ?ho (?:(?:mai|piu|neanche|nemmeno) )?(?:pres[eiao]|comprat[eiao]|toccat[eiao]|usat[eiao]))\b"
)
# the blades' everyday use denied ("e non erano per le gambe", "non sono per la barba", round 19): the
# sender's own blades, bought for something else
_NOT_FOR_SHAVING = re.compile(
    r"\b(?:non|nn) (?:erano|era|sono|e|e'|servono|servivano|le ho pres[ei]|l'ho pres[oa]|le ho comprate|l'ho comprat[oa]) "
    r"(?:mica |proprio )?(?:per|x) (?:le gambe|la barba|le ascelle|depilarmi|radermi|la ceretta|i baffi|farmi la barba)\b"
)
_OBJECT_USE = re.compile(
    r"\b(?:used|use|using|cut|cutting|hold|holding|held|hid|hidden|hiding|blood|bleed\w*|wrists?|arms?|thighs?|"
    r"usat[oa]|uso|usare|tagli\w*|ferit\w*|in mano|nascost[oa]|sangue|polsi|polso|braccia|braccio|cosce|coscia)\b"
)


# an overdose not taken: the act_taken cue that starts with its own negation (lexicon/en.py)
_DID_NOT = frozenset(("didn't", "didnt", "did"))
# a passive wish denied inside its own cue: "...but i don't hope that's it"
_HOPE_DENIED = re.compile(r"\b(?:don'?t|dont|do not|no longer) (?:\w+ )?(?:hope|wish|pray)\b")
_AVERTED = re.compile(r"(?:didn'?t|didnt|did not) (?:take|swallow|down|neck)\b")

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
        *("anni", "anniversario", "tornata", "tornate", "years"),
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
        if (
            _BUTTO_INTO.match(folded, start)
            or (not _BUTTO_RISK.match(rest) and _VENTURE.search(rest) is not None)
            or _asked_out(folded, end)
        ):
            out.append("idiom")
    elif (cw[-2:] == ["mi", "butto"] and _asked_out(folded, end)) or cue in _IT_STINGS:
        # (a date asked for after "stasera mi butto"; "mi brucia", it stings)
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
        # (unless the shave is denied: "lamette, e non erano per le gambe", round 19)
        if (
            _GROOMING.search(sent)
            and not _OBJECT_USE.search(sent)
            and not _NOT_FOR_SHAVING.search(sent)
        ):
            out.append("idiom")
        elif "negated" not in mods and _OBJECT_IDLE.match(folded, end):
            out.append("negated")
    elif cw[-1] in _ABSENT_ENDS and _ABSENT_FROM.match(folded, end):
        out.append("idiom")
    elif "head" in cw and "negated" not in mods and _HOPE_DENIED.search(cue):
        # "I put my head down but I don't hope that's it anymore": the wish denied in its own words (round 8)
        out.append("negated")
    elif first in _DID_NOT and "negated" not in mods and _AVERTED.match(cue):
        # "didn't take the whole strip of zopiclone, put it back": the act averted (round 6)
        out.append("negated")
    if out:
        return out
    wave = second_wave(folded, start, end, mods, proxy, shared, words)
    if wave is None:
        wave = third_wave(folded, start, end, mods, proxy, shared, words)
    if wave is not None and wave not in mods:
        return [wave]
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
            and not _FIRST_AFTER.search(_clause_after(sentence(), cue))
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
    # --- a thought denied before its "that" ("I don't have this thought anymore that everyone would be
    # better off if I wasn't around", round 12): the negation reaches the cue through the "that"
    if "negated" not in mods and "negated" not in out and not _THOUGHT_WORDS.isdisjoint(words):
        lo = context.sentence_start(folded, start)
        m = _THOUGHT_DENIED.search(folded, lo, start)
        if (
            m is not None
            and not _BUT.search(folded[m.end() : start])
            and not _THOUGHT_BACK.search(folded, end, end + 120)
        ):
            out.append("negated")
    # --- an act whose object is owned by a third person ("Jamie took all of the zopiclone he had left",
    # round 12): the subject is theirs, unless a parent writes about the child
    if (
        first in _TAKE_VERBS
        and "other_person" not in mods
        and _THIRD_HAD_AFTER.match(folded, end)
        and not _FIRST_BEFORE_ACT.search(folded, max(0, start - 12), start)
        and not proxy()
    ):
        out.append("other_person")
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
            # "my daughter's friend": the friend, even when a parent writes
            and (_POSSESSED.search(pre, 0, last.start()) is not None or not proxy())
        ):
            out.append("other_person")
    # --- the anxiety the therapy helped with ("grazie per avermi aiutato con l'ansia"): past, unless
    # it came back or the help is denied ("non mi ha aiutato con l'ansia")
    if (
        "past" not in mods
        and cue in _HELPED_CUES
        and "aiutat" in pre
        and _HELPED_WITH.search(pre)
        and _NEG_WORDS.isdisjoint(pre_words)
        and not _BACK_2.search(sentence())
        and not _BUT.search(sentence())
    ):
        out.append("past")
        return out
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
            "we" in words
            and not _GONE_OVER_WORDS.isdisjoint(words)
            and _gone_over(folded, start, end)
        ):
            # "what we went over last week about the time I overdosed at uni": an episode gone over
            # in a session (round 6)
            out.append("past")
        elif (
            not _CONTRAST_WORDS.isdisjoint(words)
            and (not _PAST_WORDS.isdisjoint(words) or any(_YEAR_WORD.fullmatch(w) for w in words))
            and _contrast(folded, words, shared.index)
        ):
            sent = sentence()
            if (
                (_ANCHOR.search(sent) or context._PAST.search(sent))
                and not _STILL.search(sent)
                and not context._RECENT.search(_CONTRAST.sub(_blank, sent))
            ):
                out.append("past")
    return out


def _gone_over(folded: str, start: int, end: int) -> bool:
    """Is the cue an old episode gone over in a session ("what we went over last week about the
    time I overdosed at uni"), with nothing recent from the session's words to its clause's end?"""
    lo = max(start - 200, context.sentence_start(folded, start))
    over = _GONE_OVER.search(folded, lo, start)
    if over is None:
        return False
    stop = _CLAUSE_END.search(folded, end)
    return not context._RECENT.search(folded[over.start() : stop.start() if stop else len(folded)])


def _denied_act(folded: str, start: int, end: int) -> bool:
    """Is the act denied in the blade's sentence, before it ("Didn't do it last night, though I had
    the blade out") or after it in its clause ("got the blade out but didn't use it"), and neither
    the blade used nor the act done after all?"""
    lo = context.sentence_start(folded, start)
    stop = _CLAUSE_STOP.search(folded, end)
    hi = stop.start() if stop else len(folded)
    denied = _NOT_DONE.search(folded, lo, start)
    if denied is not None:
        rest = folded[denied.end() : hi]
    else:
        denied = _NOT_DONE.search(folded, end, hi)
        if denied is None:
            return False
        rest = folded[end : denied.start()] + " " + folded[denied.end() : hi]
    return not _OBJECT_USE.search(rest) and not _DONE_AFTER.search(rest)


def _clause_after(sent: str, cue: str) -> str:
    """The rest of the cue's clause in ``sent`` (up to a comma, a colon or the sentence end)."""
    tail = sent[sent.find(cue) + len(cue) :]
    cut = _CLAUSE_END.search(tail)
    return tail if cut is None else tail[: cut.start()]


def _none_after(folded: str, end: int) -> bool:
    """Could a "none this week" / "non ce ne sono stati" follow the cue? (a cheap test)"""
    seg = folded[end : end + 90]
    return "ce ne" in seg or "ne ho" in seg or " any" in seg or "none" in seg


# the last message asked about a present contrast (its cues share the answer)
_CONTRAST_MEMO: list[tuple[str, bool]] = [("", False)]


# Every match of _CONTRAST holds one of these literals, ``offset`` characters after the match
# start (one of the offsets listed). _CONTRAST starts with ``\b(?:`` alternatives, so ``re`` has
# no literal prefix and tries every position of a long letter (~12 ms for 100 kB); instead
# ``str.find`` looks for the literals and ``.match`` runs only at the starts they imply: the
# same answer as ``_CONTRAST.search`` (test_overreading checks both on the corpus).
_CONTRAST_ANCHORS: tuple[tuple[str, tuple[int, ...], str | None], ...] = (
    # (literal, offsets of the match's start before it, a word every match found from this
    # literal holds, between non-word characters (None: a stem, or inside another word as
    # "other" in "another"): with the message's words, an absent one spares a scan of the text)
    # "i'm 43 now", "(now |these days |today )i'm fine"
    *(("i'm ", (0, 4, 6, 10), "m"), ("im ", (0, 4, 6, 10), "im")),
    # "(it )(rarely|hardly ever|seldom|never) crosses my mind"
    ("crosses my mind", (6, 7, 9, 10, 12, 15), "crosses"),
    # "(it's|that's) (all )(behind me|in the past)"
    *(("behind me", tuple(range(4, 12)), "behind"), ("in the past", tuple(range(4, 12)), "the")),
    # "(a|another) (different|other) (world|life|person)", "(a|another) lifetime ago"
    *(("different ", (2, 8), "different"), ("other ", (2, 8), None)),  # "other" in "another"
    ("lifetime ago", (2, 8), "lifetime"),
    # "the anniversary", "l'anniversario"
    ("anniversar", (2, 4), None),
    # "(adesso|ora|oggi) (e|sono|mi sembra|sembra) (davvero |proprio )(un altro mondo|...)"
    *(
        ("un altro mondo", tuple(range(6, 26)), "altro"),
        ("un'altra ", tuple(range(6, 26)), "altra"),
    ),
    *(("tutto diverso", tuple(range(6, 26)), "tutto"), ("lontan", tuple(range(6, 26)), None)),
    ("acqua passata", tuple(range(26)), "acqua"),  # also on its own
    # "(ora |adesso |oggi )sto bene"
    ("sto bene", (0, 4, 5, 7), "sto"),
    # "(oggi )mi (e|sono) tornat[oaie] in mente"
    ("tornat", (5, 8, 10, 13), None),
    # "(sono passati|it's been) <n> (anni|years)"
    ("sono passati ", (0,), "passati"),
    *(("it's been ", (0,), "been"), ("its been ", (0,), "been")),
    # "ho <43|quaranta...> anni (adesso|ora)"
    ("ho ", (0,), "ho"),
)


# per anchor: the word (or, when the literal is all word characters, the stem of the words) that
# starts it. In every match of _CONTRAST each anchor's literal starts a word (the match's start, or
# after a space or an apostrophe; "other " inside "another" anchors "another different world",
# which "different " anchors at a word start too), so a long text's word offsets give every
# literal found where a match may hold it.
_CONTRAST_HEADS: tuple[tuple[str, bool], ...] = tuple(
    (head, head == literal)
    for literal, _offsets, _word in _CONTRAST_ANCHORS
    for head in [
        literal[: len(literal) - len(literal.lstrip("abcdefghijklmnopqrstuvwxyz0123456789"))]
    ]
)


def _contrast(
    folded: str, words: set[str] | frozenset[str], index: context.WordOffsets | None = None
) -> bool:
    """Does ``_CONTRAST`` match anywhere in ``folded``? (memoized for the current message)
    ``index``: the word offsets of a long text (``engine.WordIndex``), see ``_contrast_anywhere``."""
    text, found = _CONTRAST_MEMO[0]
    if text is not folded:
        found = _contrast_anywhere(folded, words, index)
        _CONTRAST_MEMO[0] = (folded, found)
    return found


def _contrast_anywhere(
    folded: str,
    words: set[str] | frozenset[str] | None = None,
    index: context.WordOffsets | None = None,
) -> bool:
    """``words``: the text's words (``WORD_RE``), to skip the literals whose word is absent.

    ``index``: the word offsets of a long text (``engine.WordIndex``): a literal is then looked
    for only where its first word (or a word of its stem) starts, not by a scan of the whole
    text per literal (the same answer: see ``_CONTRAST_HEADS``).
    """
    match = _CONTRAST.match
    find = folded.find
    starts = folded.startswith
    for (literal, offsets, word), (head, stem) in zip(
        _CONTRAST_ANCHORS, _CONTRAST_HEADS, strict=True
    ):
        if words is not None and word is not None and word not in words:
            continue
        if index is not None:
            if stem:
                ks = [k for w in index.starting((head,)) for k in index[w]]
            else:
                ks = index[head]
                ks = list(itertools.compress(ks, map(starts, itertools.repeat(literal), ks)))
            for k in ks:
                for off in offsets:
                    if off <= k and match(folded, k - off) is not None:
                        return True
            continue
        k = find(literal)
        while k >= 0:
            for off in offsets:
                if off <= k and match(folded, k - off) is not None:
                    return True
            k = find(literal, k + 1)
    return False


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# ============================================================================ second wave
# Everyday wording of the risk-net training authors (goodbyes to a job, a plan for tonight,
# a rope at the gym...). Each family: a test on the cue's words, then its context, then a
# guard of risk words near the cue (death, method, permanence, burden) that keeps it.
_RISK_NEAR = re.compile(
    r"\b(?:rope|noose|pills?|tablets|overdos\w*|bridge|gun|knife|hang\w*|die|dying|dead|death|kill\w*|suicid\w*|"
    r"end (?:it|my life|things)|goodbyes? (?:to )?(?:everyone|everybody|forever)|farewell|forever|for good|"
    r"cruel world|this world|my life|alive|took (?:all|every)|ho preso tutt[ei]|all of them|tutte|pastiglie|nobody|no one|miss me|better off|without me|when i'?m gone|just in case|"
    r"can'?t (?:go on|do this|take it)|anymore|any more|corda|cappio|pillole|ponte|buttarmi|morire|mort[oa]|"
    r"farla finita|finirla|per sempre|uccid\w*|ammazz\w*|la mia vita|questa vita|senza di me|nel caso|"
    r"quando (?:non|nn) ci saro|non ce la faccio|non ne posso piu|"
    # a harm named as the purpose of a dose asked at the pharmacy (round 9)
    r"(?:rovinare|rovinarmi|rovinarsi|distruggere|distruggermi|distruggersi|spappolare|bruciare|bruciarmi) il fegato|"
    r"(?:non|nn) (?:svegliarsi|svegliarmi|risvegliarsi|risvegliarmi)|fare (?:dei |seri |grossi )?danni)\b"
)
# not being at an event ("sarebbe meglio per tutti se non ci fossi alla riunione", "if I
# wasn't at the meeting"): an absence from it, not a wish to be dead
_ABSENT_ENDS = frozenset(
    ("fossi", "esserci", "there", "here", "wasn't", "weren't", "wasnt", "werent")
)
_ABSENT_FROM = re.compile(
    r",? (?:(?:a|al|alla|alle|ai|agli|allo|all'|at|to|for|in) ?(?:the |this |that |la |il |lo |l'|questa |questo |quella |quel |domani |sabato |stasera )?"
    r"(?:riunion[ei]|festa|feste|cena|pranzo|matrimonio|compleanno|gita|partita|lezione|esame|colloquio|"
    r"meeting|party|dinner|lunch|wedding|birthday|trip|game|match|lesson|class|interview|presentation|conference|"
    r"call|appointment|appuntamento|conferenza|presentazione|evento|event)\b"
    r"|(?:at|to|for|on) (?:the )?(?:meeting|party|dinner|lunch|wedding|call)\b)"
)
# a goodbye to a job, a flat, a class or a neighbour, with a future (new job, moving, retirement)
_LEAVING = re.compile(
    r"\b(?:new (?:job|one|flat|house|home|place|school|team|office|role)|leaving (?:do|party|drinks|card)|"
    r"mov(?:ing|ed|es) (?:to|house|out|in|away|abroad|back)|retir\w*|last (?:day|week|shift|class|lesson) (?:at|before|of)|"
    r"keys? (?:go|goes|went) back|old (?:flat|house|place|office|school|job|team|desk)|care home|students|each class|"
    r"colleagues|coworkers|neighbou?r|grandkids|starts? (?:the|on|next|in)|"
    r"(?:va|andra|e andat[oa]|vanno) in pensione|pensionament\w*|si trasferisce|trasfer\w*|trasloc\w*|nuovo lavoro|"
    r"casa nuova|nuova casa|festa|colleghi|colleghe|reparto|classe|vicin[oa]|prof)\b"
)
# the frame of a goodbye to a thing or a job, in the cue's sentence or the next
_LEAVING_2 = re.compile(
    r"\b(?:new chapter|handed (?:in )?my notice|my notice in|notice in|tenancy|landlord|lease (?:ends|is up)|"
    r"last (?:day|shift|week) (?:today|at|of)|last (?:day|shift)!|old (?:phone|car|bike|laptop|van|sofa|job|flat|house)|"
    r"(?:final |last )?(?:exams?|finals|gcses|a-levels|a levels|dissertation|thesis|coursework) (?:are |is )?(?:over|done|finished|submitted|handed in)|"
    r"new (?:number|phone|job|flat)|chip shop|rottamat\w*|vecchi[oa] (?:telefono|cellulare|motorino|macchina|auto|bici|"
    r"computer|divano|casa|lavoro|ufficio)|nuovo numero|nuovo lavoro|ultimo (?:giorno|turno) (?:di|in|al|oggi)|"
    r"preavviso|dimission\w*)"
)
_BARE_END = re.compile(r"\s*(?:[.!?\n](?!\.)|$)")
# a goodbye explained by a future of the sender's: a new job that starts, a move to a named place
# (round 10: "The new job in Bristol starts Monday! ... Goodbye Helen x")
_FUTURE_FRAME = re.compile(
    r"\b(?:(?:my |the |a )?new (?:job|role|position|post|placement|flat|house|home|school|course)\b[^.!?\n]{0,40}?\b"
    r"(?:starts?|begins?|starting|beginning)\b|(?:start|starting|begin|beginning) (?:my |a |the )?new (?:job|role|position|post|placement|course)\b|"
    r"(?:i'?m|we'?re|i am|we are) (?:moving|relocating|emigrating) (?:to|back to|abroad|overseas)\b|"
    r"(?:got|accepted|took|offered) (?:the |a )?(?:job|place|transfer|promotion) (?:in|at) [a-z]+|"
    # a shift at work ending and the next day at work told ("...then that's it, shift over... tell Rhys I'll be in
    # Thursday", round 13): a place at height where the sender works
    r"(?:shift|night shift|my shift|the shift)(?:'s| is)? (?:over|done|finished|ends|ended)\b[^\n]{0,120}?\b(?:i'?ll|i will|i'?m) be (?:back )?in "
    r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|at \d))"
)
# "...but I won't be there": the future denied
_NOT_THERE = re.compile(
    r"\b(?:won'?t|will not|wont|not going to|never) (?:be )?(?:there|here|around|make it|get there|see it|start it)\b"
)


# words _FUTURE_FRAME needs (each bounded in its match by \b or a space): "new" and a start,
# a move, a job got, a shift over ("be in"); without them the regex cannot match (a long letter
# would otherwise pay it over its whole text; test_proxy_prefilters checks the implication)
_FUTURE_START = frozenset(("start", "starts", "starting", "begin", "begins", "beginning"))
_FUTURE_MOVE = frozenset(("moving", "relocating", "emigrating"))
_FUTURE_GOT = frozenset(("got", "accepted", "took", "offered"))
_FUTURE_JOB = frozenset(("job", "place", "transfer", "promotion"))


def _may_future_frame(words: AbstractSet[str]) -> bool:
    return bool(
        ("new" in words and not _FUTURE_START.isdisjoint(words))
        or not _FUTURE_MOVE.isdisjoint(words)
        or (not _FUTURE_GOT.isdisjoint(words) and not _FUTURE_JOB.isdisjoint(words))
        or ("shift" in words and "be" in words)
    )


def goodbye_for_a_future(folded: str, words: AbstractSet[str] | None = None) -> bool:
    """Does the message explain its goodbyes by a future of the sender's (a new job that starts, a
    move), with no risk word in it? ``words``: the text's [a-z0-9]+ words, if the caller has
    them (a prefilter of the first regex)."""
    return (
        (words is None or _may_future_frame(words))
        and bool(_FUTURE_FRAME.search(folded))
        and not _RISK_NEAR.search(folded)
        and not _NOT_THERE.search(folded)
    )


# English: a goodbye to a place or a thing, its object right after it ("said goodbye to the house
# I grew up in", "goodbye forever, chemistry textbook"), not to a person or to everyone
_GOODBYE_THING = re.compile(
    r",? (?:forever,? |for good,? )?(?:to )?(?:(?:the|my|our|this|that|his|her|their) (?:old |family |childhood |first |lovely )?"
    r"(?:house|home)|(?:(?:the|my|our|this|that|his|her|their) )?(?:old |family |childhood |first |lovely |last )?"
    r"(?:flat|apartment|office|desk|city|town|village|street|school|uni|university|campus|college|job|car|van|bike|"
    r"garden|shop|workshop|studio|building|cottage|caravan|boat|kitchen|bedroom|classroom|ward|team|course|exams?|textbooks?|"
    r"notes|uniform|braces|cast|crutches|commute|neighbourhood|neighborhood|area|country|island|keys|laptop|phone|sofa|piano))\b"
)
# English: the change of a place or a time of life, "goodbye Bristol, hello rain" (not "hello darkness")
_HELLO_AFTER = re.compile(
    r"(?:,? (?:forever|for good))?,? (?:[a-z'-]+ ){0,3}?[a-z'-]+[,.!;]? hello\b"
    r"(?! (?:darkness|death|heaven|eternity|oblivion|nothing|nothingness|the other side|the void|void|peace)\b)"
)
# English: the act of saying goodbye told ("wanted to say goodbye properly"), not "this is goodbye"
_SAY_WORDS = frozenset(("say", "said", "saying"))
# English: a message about a move ("I will be relocating to Bengaluru"), read in its words
_MOVE_WORDS = frozenset(
    (
        "relocating",
        "relocate",
        "relocated",
        "relocation",
        "emigrating",
        "emigrate",
        "emigrated",
        "transferring",
    )
)
_GOODBYE_RISK = re.compile(
    r"\b(?:thank you for (?:everything|trying)|thanks for (?:everything|trying)|(?:not|isn'?t) your fault|"
    r"grazie (?:di|per) tutto|(?:non|nn) e colpa (?:tua|sua)|won'?t be (?:here|around)|not be here|(?:non|nn) ci saro|sorry for everything|forgive me|perdonatemi|"
    r"perdonami|scusate per tutto|look after (?:my|the) (?:kids|cat|dog))\b"
)
# the words of an Italian goodbye or thanks that a leaving frame may explain (round 10)
_THANKS_WORDS = frozenset(
    (
        "addio",
        "grazie",
        "salutarla",
        "salutarti",
        "salutarvi",
        "ringraziarla",
        "ringraziarti",
        "ringraziarvi",
    )
)
_NEW_START_WORDS = frozenset(
    (
        "nuovo",
        "nuova",
        "trasferisco",
        "trasferiamo",
        "trasferimento",
        "trasloco",
        "servizio",
        "pensione",
        "erasmus",
        "lavoro",
        "lavorare",
        "vivere",
        "studiare",
    )
)
_NEW_START = re.compile(
    r"\b(?:(?:per|con) (?:il|la|un|una|l') ?(?:nuov[oa] (?:lavoro|posto|incarico|impiego|casa|contratto|scuola|ufficio)|erasmus|trasferimento|master|dottorato)|"
    r"nuovo lavoro|nuova casa|casa nuova|nuovo incarico|mi trasferisco|ci trasferiamo|trasloco|ho trovato (?:un )?(?:lavoro|posto)|"
    r"prendo servizio|inizio a lavorare|vado in pensione|vado a (?:vivere|lavorare|studiare) (?:a|in))\b"
)
# ...and nothing of no return
_NO_RETURN = re.compile(
    r"\b(?:(?:non|nn) (?:torno|tornero|ci saro|mi (?:cerchi|cercate|cercare))|perdonatemi|perdonami|scusate(?:mi)? per tutto|"
    r"(?:non|nn) e colpa|ultimo viaggio|sola andata|senza ritorno|prendetevi cura|si prenda cura|"
    # a wish not to live or a cannot-cope in the message keeps the goodbye a farewell
    r"(?:non|nn) (?:voglio|vorrei|ce la faccio|ne posso|riesco)\b[^.!?\n]{0,20}?\b(?:vivere|esistere|esserci|svegliarmi|piu)|"
    r"stanc[oa] di vivere|farla finita|sparire)\b"
)
# "I'm going to do it / tonight's the night" followed by an everyday plan
_PLAN_CUE = frozenset(("do", "night", "mind", "deciso", "sera"))
_PLAN_CUE_RX = re.compile(
    r"(?:going to do it|gonna do it|(?:tonight'?s|tonight is) the night|made up my mind|mind is made up|"
    r"(?:l'ho|ho) deciso|stasera e la sera)"
)
# "a proper goodbye to each class": a bare goodbye counts only with its object
_GOODBYE_TO = re.compile(r" (?:to|per|a|al|alla|allo|ai|alle) ")
_EVERYDAY_PLAN = re.compile(
    r"\b(?:sign(?:ing)? up|signed up|enrol\w*|course|class(?:es)?|lessons?|propos\w*|ring'?s?|engaged|marry|marathon|"
    r"race|audition|interview|apply\w*|application|haircut|tattoo|fringe|ask(?:ing)? (?:her|him|them) out|"
    r"tell(?:ing)? (?:her|him|them|my boss|my mum|my dad|my parents)|resign\w*|hand(?:ing)? in my notice|"
    r"booked|booking|holiday|adopt\w*|puppy|kitten|first date|skydiv\w*|bungee|karaoke|restaurant|"
    # English: a stage, a match, a party ("Tonight's the night!! First open mic at the Crown, I'm playing three songs")
    r"open mic|gig|concert|recital|songs?|setlist|set list|on stage|stage|perform\w*|debut|premiere|opening night|"
    r"first night|dress rehearsal|match|derby|cup final|the final|party|prom|date night|pub quiz|quiz night|"
    r"iscriv\w*|iscritt[oa]|corso|lezion\w*|proposta|anello|colloquio|dichiar\w*|sposarci|matrimonio|tatuaggio|"
    r"capelli|ristorante|cucina|cena)\b"
)
# "going to end it tonight. With the broadband provider.": ending a contract or a call
_WITH_WHOM = re.compile(
    r"(?: (?:tonight|today|now|later))?[\s.,:!-]*with "
    # a means is not a partner: "tonight I finish it with the pills I've saved" (round 6)
    r"(?!(?:the |my |a |an |all |all the |all my |some |these |those |what |whatever )?(?:pills?|tablets?|meds|medication|"
    r"capsules|painkillers|paracetamol|sertraline|co-?codamol|zopiclone|rope|noose|knife|blades?|razors?|gun|overdose|bleach|"
    r"poison|stuff i'?ve (?:saved|got|been saving)|i'?ve (?:saved|got))\b)"
    r"(?:the |my |our |a |this |that )?"
    r"(?!(?:life|everything|it all|myself|me|this world|the world|all of it|the pain|this pain|this life|my life)\b)[a-z]"
)
# the words of an ending cue that _WITH_WHOM can turn into an ending with someone
_ENDING = frozenset(("end", "ending", "finish", "finishing"))
# a rope at work or at play, its frame in the sentence or the next
_ROPE_WORK = re.compile(
    r"\b(?:bale\w*|balle|hay|fieno|elevator|pozzo|pump|pompa|potator\w*|arborist\w*|furgone|altalena|swing|"
    r"cantiere|legare|trailer|rimorchio|arrampic\w*|climb\w*|gara|pontile|knots|barca|boat|cavall\w*|horse|"
    r"fienile|barn|trattore|tractor|farm|fattoria|podere|corda da lavoro|work rope|"
    # work at height on a rope: a window cleaner, a rope-access worker (idiom stress set)
    r"lavavetri|imbrag\w*|linea vita|ponteggio|edilizia|funi|fune)\b"
)
# the rope looked at, thought about ("adesso la guardo in un altro modo", "ho pensato a un altro uso")
_ROPE_GAZE = re.compile(
    r"\b(?:guard\w*|fiss\w*|look(?:ing|ed)? at|star(?:e|es|ing|ed) at|pensat\w*|pensando|penso|think\w*|thought|"
    r"altro uso|another use|un altro modo|differently|diversamente)\b"
)
# a rope in a sport or a chore; a blade in a trade
_ROPE = frozenset(("corda", "corde", "rope", "ropes", "cord"))
_ROPE_SPORT = re.compile(
    r"\b(?:palestra|saltar\w*|salto|arrampic\w*|falesia|climb\w*|gym|skipping|jump rope|boxing|boxe|barca|vela|"
    r"sail\w*|boat|tenda|tent|camping|campeggio|crossfit|allenament\w*|workout|coach|alpinis\w*|ferrata|bucato|"
    r"stendere|washing line|clothesline|tiro alla fune|tug of war|guinzaglio|lead|dog|"
    # the dog's rope toy (round 14: "ho nascosto la corda del cane")
    r"(?:del|al|per il|dei|ai|per i) (?:cane|cani|cagnolino|cucciolo|gatto|gatti)|"
    # a climb led on a rope (idiom stress set)
    r"capocordata|cordata|parete|imbrag\w*|moschetton\w*|calata|scalat\w*|speleolog\w*|guida alpina|"
    # English: a climbing wall or course (round 9: "the rope today for the bouldering course")
    r"boulder\w*|abseil\w*|belay\w*|climbing wall)\b"
)
# the rope bound to an everyday purpose named right after it, a place between ("la corda in garage
# per la tenda", round 11): the purpose, even with a garage or a tree in the sentence
_ROPE_PURPOSE = re.compile(
    r"\s*(?:[\w']+\s){0,4}?(?:per|x) (?:(?:la|le|il|i|l'|lo|gli|un|una|montare|piantare|legare|tirare|fissare|"
    r"stendere|trainare|tendere|appendere) ?)?(?:(?:la|le|il|i|l'|lo|gli|un|una) ?)?"
    r"(?:tenda|tende|tendone|campeggio|amaca|altalena|bucato|panni|barca|gommone|vela|trasloco|pacchi|scatoloni|legna|"
    r"rimorchio|traino|arrampicata|palestra|canoa|kayak|tettuccio|portapacchi|bici|biciclette|presepe|albero di natale|"
    r"luci|lucine|festa|recinto|orto|pomodori|piante|cane|cavallo|bagagli|materass\w*|gazebo|telo|teli|capanna|fienile)\b"
)
# the rope's task named, further on ("stanotte vado nel fienile a montare l'altalena per la bimba",
# round 12): a chore at night is still a chore
_ROPE_TASK = re.compile(
    r"\b(?:a|per|x) (?:montare|legare|fissare|appendere|sistemare|tirare su|issare|calare|tendere|stendere|trainare|impacchettare) "
    r"(?:la |l'|il |lo |le |i |gli |un |una |delle |dei )?(?:altalena|amaca|tenda|tende|balle|fieno|legna|telo|teli|luci|lucine|"
    r"carrucola|secchio|panni|bucato|gazebo|rimorchio|vela|striscione|festoni|addobbi|presepe|albero|pacchi|materasso)\b"
)
_ROPE_DEATH = re.compile(
    r"\b(?:collo|impicc\w*|appendermi|trave|cappio|nodo scorsoio|morire|farla finita|uccidermi|ammazzarmi|addio|"
    r"togliermi la vita|non ce la faccio|per sempre)\b"
)
_ROPE_RISK = re.compile(
    r"\b(?:collo|neck|hang\w*|impicc\w*|appender\w*|trave|beam|ceiling|soffitto|cappio|noose|nodo scorsoio|morire|"
    r"die|farla finita|stasera|tonight|garage|albero|tree|"
    # the night, while the others sleep (round 12: "stanotte, quando Anna dorme, vado nel fienile")
    r"stanotte|stanotti|quando (?:[\w']+ ){0,3}?dorm\w+|mentre (?:[\w']+ ){0,3}?dorm\w+|"
    # the place empty, the others away for the day, a thanks as a farewell (round 14: "il fienile è
    # vuoto", "è a ... tutto il giorno", "ha fatto il possibile")
    r"(?:e|sara|resta|rimane) vuot[oa]|(?:e|sara|sono|saranno|sta|stanno) (?:fuori|via|a [a-z]+) tutto il giorno|"
    r"(?:ha|avete|hai) fatto (?:tutto )?il possibile|(?:resto|restero|rimango|rimarro|saro) (?:da )?sol[oa]|"
    # an English farewell beside it ("The rope is up in the barn... Look after yourself, you were good to me", round 19)
    r"you (?:were|have been|'ve been|was) (?:always )?(?:good|kind|so good|so kind) to me|thank you for everything|thanks for everything|"
    r"goodbye|forgive me|tell (?:[a-z]+ ){1,3}i love|look after (?:the (?:kids|boys|girls|dog|farm)|mum|mam|[a-z]+ for me))\b"
)
_TRADE = re.compile(
    r"\b(?:carpet|van|stanley|utility knife|scraper|tiles?|paint|wallpaper|decorat\w*|jobs?|diy|craft\w*|cutter|"
    r"taglierino|raschietto|piastrell\w*|vernice|carta da parati|cantiere|workshop|tools?|attrezz\w*|"
    r"shopping list|lista della spesa|mento|chin|knife|knives|sharpen(?:s|ed|ing)?|(?:knife|blade|steel) sharpeners?|affilat\w*|apprentice|apprendist\w*|motosega|"
    r"chainsaw|circolare|circular saw|legna|firewood|falegnam\w*|carpent\w*|joiner\w*|butcher\w*|macell\w*|mower|"
    r"tosaerba|decespugliatore|strimmer|officina|lathe|tornio)\b"
)
# the wood is cut, the arms are worn out: the work, not the body
_TOOL_WORK = re.compile(
    r"\b(?:(?:ho )?le braccia (?:a pezzi|distrutte|morte)|my arms are (?:dead|killing me|wrecked)|"
    r"(?:legna|legno|erba|carne|wood|grass|meat|timber) si tagli\w*|tagli\w* (?:la legna|il legno|l'erba|la carne))\b"
)
# a shaving nick on the chin is not a cut of self-harm
_NICK = re.compile(
    r"\b(?:taglietto|tagliettino|taglio|nick|cut) (?:sul|sulla|on my|on the) (?:mento|chin|labbro|lip|guancia|cheek)\b"
)
# an edge or a jump in a sport, "jumping ship"
_LEAP = frozenset(
    (
        "edge",
        "jump",
        "jumping",
        "jumped",
        "butta",
        "buttarmi",
        "buttarsi",
        "buttato",
        "buttata",
        "tuffo",
        "leap",
    )
)
_LEAP_OBJ = re.compile(
    r"(?: of)?(?: the| a| my| our| dal| dalla| dallo| da| dai| sul| sulla)?(?: \w+)?\s"
    r"(?:diving board|springboard|high board|top board|trampolin\w*|pool|piscina|bungee|zip ?line|parachute|"
    r"paracadute|skydiv\w*|tuff\w*|stage|palco|ship|bandwagon|hoops|queue|gun)\b"
)
# "thought about jumping on the 8:14 instead": catching a train or a bus, not jumping in front of it
_HOP_ON = re.compile(
    r" on(?:to)? (?:the |a |an )?(?:(?:earlier|later|next|first|last|fast|slow|direct|same|other|night|late|early|express) )?"
    r"(?:train|bus|tram|tube|ferry|coach|metro|subway|shuttle|flight|plane|overground|\d{1,2}[:.]\d\d|\d{1,3}[a-z]?(?![:.]\d))\b"
    r"(?! ?(?:tracks?|lines?|rails?|bridge|roof|tunnel|platform edge)\b)"
)
# "Salto nel vuoto: ho firmato il contratto", "mi butto! gli scrivo io"
_VENTURE_2 = re.compile(
    r"\b(?:ho firmato|firmato|apriamo|apro|ho aperto|inaugur\w*|ho accettato|gli scrivo|le scrivo|glielo dico|"
    r"ho detto (?:di )?si|provino|audizion\w*|casting|audition|"
    r"lo chiamo|la chiamo|che male puo fare|signed|signing|applied|i'?m applying|what'?s the worst)\b"
)
# "non mi vedrete più al karaoke": an event the sender will not attend
_SEE_ME_AT = re.compile(
    r"\s*(?:again |anymore |any more |ever again )?(?:al|alla|allo|all'|ai|agli|alle|a|in|nel|nella|nei|at|in|on)\s"
    r"(?!(?:this |that |the |questo |questa |sto |sta )?(?:world|earth|planet|mondo|terra|pianeta|vita|life)\b)"
)
# "non ci sarò più, sarò già in Puglia": away at a place
_AWAY_AT = re.compile(
    r"[^.!?\n]{0,40}?\b(?:(?:saro|saremo) (?:gia |ancora |appena )?(?:in|a|al|alla|ai|dai|dal|dalla|da|nel|nella|"
    r"fuori|via|all'estero|partit[oa])|i'?ll (?:already |still )?be (?:in|at|on|away|abroad|back|out))\b"
    r"(?! (?:paradiso|cielo|pace|heaven|peace|a better place|un posto migliore|sotto terra|the ground|a grave)\b)"
)
# stockpiling pills for a trip, or pills of an everyday kind
_STOCK = frozenset(
    ("pillole", "pills", "pill", "tablets", "compresse", "scorta", "stock", "stockpiled")
)
_TRIP = re.compile(
    r"\b(?:viaggi\w*|partire|partenza|vacanz\w*|trip|travel\w*|holiday|abroad|all'estero|flight|volo|"
    r"anticoncezional\w*|contracepti\w*|per la gola|throat|lozeng\w*|vitamin\w*|antistaminic\w*|antihistamin\w*|"
    r"allerg\w*|malari\w*|travel sickness|mal d'auto|mal di mare|seasick\w*)\b"
)
_STOCKING = re.compile(
    r"\b(?:scorta|messo da parte|mettendo da parte|stock\w*|saved|saving|hoard\w*)\b"
)
_STOCK_RISK = re.compile(
    r"\b(?:tutte|all of them|enough to|abbastanza per|morire|die|farla finita|finirla|overdos\w*|end it|per sempre|"
    r"forever|stasera|tonight|addio|goodbye|nel caso|just in case|tornare piu|come back|wake up|svegliarmi)\b"
)
# "vorrei scomparire sotto terra", "wish I could vanish" + a gaffe
_VANISH = frozenset(("vanish", "disappear", "scomparire", "sparire", "sprofondare", "evaporate"))
_GAFFE = re.compile(
    r"\b(?:sotto ?terra|sottoterra|dalla vergogna|embarrass\w*|mortif\w*|cringe\w*|figuracci\w*|gaffe|per sbaglio|"
    r"by mistake|invece che|invece di|instead of|wrong (?:name|chat|person|number|group)|'?s name|laughed|risat\w*|"
    r"ridere|lol|lmao)\b|\x03"
)
# suicide as the name of a place or the topic of a talk, a post, an article
_NAMED_PLACE = re.compile(
    r" (?:bridge|cliff|corner|bend|hill|point|rock|forest|lane|road|curve|alley)\b"
)
_NAMING = re.compile(
    r"\b(?:call|calls|called|calling|known as|nicknamed|chiamano|chiamato|soprannominat\w*)\b"
)
_TALK_ON = re.compile(
    r"\b(?:talk|lecture|post|article|podcast|documentary|video|reel|series|campaign|fundraiser|event|conference|"
    r"seminar|webinar|workshop|panel|awareness|prevention|articolo|documentario|servizio|conferenza|incontro|"
    r"campagna|libro|book)(?: [\w']+){0,4} (?:on|about|sul|sull'|sulla|sullo|sui|sugli|su|riguardo)(?: [\w-]+)? ?$"
)
_CLAUSE_END = re.compile(r"[,;:.!?\n]")
# "kms this lecture is 3 hours long 😭", "i'd unalive someone for a sausage roll"
_TRIVIA = re.compile(r"[\s,:-]*(?:this|the|bc|because|cos|coz|cause|at|over|every time|whenever)\b")
_TRIVIA_RISK = re.compile(
    r"\b(?:mean it|serious\w*|for real|fr|not joking|no joke|tonight|today|pills?|rope|life|alive|living|live|"
    r"everything|anymore|any more|can'?t|nobody|no one|alone|myself|die|done|tired|actually|really|hate)\b"
)
_HYPERBOLE = re.compile(r"\b(?:lol|lmao|lmfao|haha\w*|rn|literally)\b|[\x00\x03]")
_UNALIVE_OTHER = re.compile(r" (?:someone|somebody|anyone|a (?:man|person|stranger)) for\b")
# "my daughter's friend": the friend is someone else even when a parent writes
# (with an adjective between: "Sophie's best friend took an overdose", told by Sophie's mother, round 19)
_POSSESSED = re.compile(r"'s (?:best |close |old |good |new )?$")
# in-laws (the context module lists the close family)
_IN_LAW = re.compile(
    r"\b(?:(?:mi[oa]|su[oa]|il|la) )?(?:cognat[oa]|suocer[oa]|genero|nuora)\b|"
    r"\b(?:brother|sister|mother|father|son|daughter)-in-law\b"
)
# "la mia amica mi ha fatto vedere i tagli": someone else's cuts shown to the sender
_SHOWN = re.compile(
    r"\b(?:mi ha fatto vedere|mi ha mostrato|mi ha fatto notare|showed me|has shown me|let me see) "
    r"(?:i |le |gli |the |her |his |their |some )?$"
)
# a person in the sender's report: "un signore con un'overdose", "a patient with an overdose"
_PERSON_WITH = re.compile(
    r"\b(?:un|una|a|an) (?:signore|signora|paziente|patient|man|woman|guy|lady|bloke|ragazz[oa]|uomo|donna|"
    r"tizi[oa]|anzian[oa]|kid|teen|girl|boy) (?:con|with) (?:un'|una |un |an |a )?$"
)
# a person seen at work, brought in after or for an overdose (round 17: a nurse's night shift, "one lad in after an
# overdose who's doing fine now", "we had a woman admitted with an OD")
_PERSON_IN_AFTER = re.compile(
    r"\b(?:a|an|one|two|three|another|the) (?:young |old |older |elderly |teenage )?(?:lad|lads|lass|lasses|fella|bloke|guy|man|men|woman|women|"
    r"girl|girls|boy|boys|kid|kids|teen|teens|teenager|teenagers|patient|patients|student|students|gentleman|lady|chap|client|"
    r"resident|admission|admissions|case|cases|call|callout|call-out)(?: [a-z]+)? (?:in|brought in|admitted|came in|come in|seen|"
    r"treated|transferred|sent up|taken in) (?:after|with|for|following) (?:un'|una |un |an |a |his |her |their )?$"
)
# named then denied after "thoughts of": "Pensieri di farla finita? No, quelli no."
_TOPIC_HEAD = re.compile(
    r"(?:pensieri|pensiero|idee|idea|voglia|thoughts?|ideas?|urges?) (?:di|of|about|to)"
)
# "the bad thoughts are gone" (unless they came back)
_GONE = re.compile(
    r"[^.!?\n]{0,40}?\b(?:(?:non|nn) ci sono piu|(?:sono|se ne sono) (?:spariti|sparite|andati|andate)|"
    # (an urge that "isn't there tonight", "has gone", round 17)
    r"(?:are|have) gone|went away|have stopped|(?:is|has) gone|(?:isn'?t|isnt|is not|wasn'?t|wasnt|was not) there|(?:has|have) passed)\b"
)
_BACK = re.compile(r"\b(?:tornat\w*|are back|came back|come back|di nuovo|again|ancora)\b")
# "say I ever got the urge...", the safety plan: "quando viene la voglia di farmi male, scriverle"
_SAY_HYPO = re.compile(
    r"(?:^|[,;:(]|\b(?:like|ok|okay|so|but|and))\s*(?:let'?s )?say (?:i|we)(?: ever)?\b"
)
_WHEN_URGE = re.compile(
    r"\b(?:quando|whenever|when|every time|ogni volta che|se) (?:mi |i )?(?:viene|vengono|arriva|arrivano|sale|"
    r"get|gets|come|comes|feel)\b"
)
_CONTACT_YOU = re.compile(
    r"\b(?:scriverle|scriverti|chiamarla|chiamarti|scrivere a lei|la chiamo|le scrivo|ti scrivo|text you|call you|"
    r"message you|write to you|ring you|contact you|safety plan|piano di sicurezza)\b"
)
# "la pazienza è finita": something else is over
_OVER_SUBJECT = re.compile(
    r"\b(?:la|il|lo|l'|questa|quella) (?!(?:vita|esistenza|mia|speranza|fine)\b)[a-z]+ $"
)
# "Ultimo messaggio della giornata", "last message of the day"
_LAST_OF_DAY = re.compile(
    r"\s*(?:della giornata|di oggi|per oggi|della serata|della settimana|prima di (?:dormire|cena|pranzo|partire)|"
    r"of the day|for today|for tonight|before bed|i promise|promise|giuro|promesso)\b"
)
# someone away for a day or more ("domenica mia moglie va dalla sorella"), for "resto solo"
_AWAY_FOR_A_DAY = re.compile(
    r"\b(?:va|vanno|parte|partono|esce|escono|e via|sono via|e fuori|sono fuori|e in trasferta|sta via)\b"
    r"[^.!?\n]*\b(?:domenica|sabato|lunedi|martedi|mercoledi|giovedi|venerdi|stasera|stanotte|domani|weekend|"
    r"fine settimana|per (?:qualche|due|tre|quattro) giorni|tutto il giorno|fino a)\b|"
    r"\b(?:domenica|sabato|lunedi|martedi|mercoledi|giovedi|venerdi|stasera|stanotte|domani|weekend|fine settimana)\b"
    r"[^.!?\n]*\b(?:va|vanno|parte|partono|esce|escono|e via|sono via|e fuori|sono fuori|sta via)\b"
)
# the evening named before "non parlo con nessuno": a lonely evening, not contact cut off
_EVENING_BEFORE = re.compile(r"\b(?:la sera|di sera|la domenica|la notte) $")
# "farmi fuori dal torneo": knocked out of a game
_OUT_OF = re.compile(r" da(?:l|lla|llo|i|gli|lle|ll')?\b(?! (?:mondo|vita)\b)")
# a will made for the heirs (a spouse, the children, an inherited flat): estate planning; a will
# made alone "to have everything in order" stays a preparation (GUIDELINES, borderline table)
_WILL = frozenset(("will", "testamento"))
_ESTATE = re.compile(
    r"\b(?:ereditat\w*|inherit\w*|i ragazzi|i figli|the kids|my kids|our kids|children|wife|husband|moglie|marito|"
    r"io e [a-z]+|abbiamo fatto|we (?:did|made|wrote)|casa al mare|property|mortgage|mutuo|monolocale|buona pratica|"
    r"grown-up|litig\w*)\b"
)
_A_WILL = re.compile(r"\b(?:my|a|our|the|his|her) will\b")
_WILL_RISK = re.compile(
    r"\b(?:in ordine|in order|sorted|nessuno|no one|nobody|nothing to leave|niente da lasciare|sensat\w*|goodbye|"
    r"addio|lettera|letters?|notes?|biglietto|"
    # a few lines for the children put in an envelope beside the will (round 14)
    r"(?:due|quattro|poche) righe|busta)\b"
)
_FIGURATIVE = re.compile(
    r"[\s!?.,-]*(?:nel senso che|in senso (?:figurato|buono|metaforico)|(?:non|not) (?:letteralmente|literally)|"
    r"figuratively|metaphorically|in the good sense)\b"
)
_FIGURATIVE_WORDS = frozenset(
    ("senso", "literally", "letteralmente", "figuratively", "metaphorically")
)


_SEE_WORDS = frozenset(("vedrete", "vedrai", "vedra", "vedranno", "vedrai", "see"))
_SHOWN_WORDS = frozenset(("vedere", "mostrato", "notare", "showed", "shown", "see"))
_IN_LAW_WORDS = frozenset(("cognato", "cognata", "suocero", "suocera", "genero", "nuora", "law"))
_TOPIC_HEAD_STARTS = frozenset(("pen", "ide", "vog", "tho", "urg"))
_GONE_WORDS = frozenset(
    ("piu", "gone", "away", "stopped", "spariti", "sparite", "andati", "andate", "there", "passed")
)
_CONTACT_WORDS = frozenset(
    (
        *("scriverle", "scriverti", "chiamarla", "chiamarti", "lei", "chiamo", "scrivo", "you"),
        *("safety", "sicurezza"),
    )
)
_WHEN_WORDS = frozenset(("quando", "whenever", "when", "every", "ogni", "se"))


def _two_sentences(folded: str, end: int, width: int) -> str:
    """The text after a cue to the end of the next sentence (at most ``width`` characters)."""
    tail = folded[end : end + width]
    ends = _SENTENCE_END.finditer(tail)
    first = next(ends, None)
    second = next(ends, None) if first is not None else None
    return tail if second is None else tail[: second.start()]


def _near(folded: str, start: int, end: int, width: int = 200) -> str:
    return folded[max(0, start - width) : end + width]


def second_wave(
    folded: str,
    start: int,
    end: int,
    mods: list[str],
    proxy: Callable[[], bool],
    shared: context.Shared,
    words: set[str] | frozenset[str],
) -> str | None:
    """The modifier of a second-wave family for the cue at ``folded[start:end]``, or None."""
    cue = folded[start:end]
    cw = cue.split()
    cs = set(cw)
    if (
        not _FIGURATIVE_WORDS.isdisjoint(words)
        and _FIGURATIVE.match(folded, end)
        and not _RISK_NEAR.search(folded, end, end + 160)
    ):
        return "idiom"
    # a goodbye and thanks in a message that tells a new start elsewhere ("da lunedì sono a Torino
    # per il nuovo lavoro. Addio e grazie ancora!"): a leaving, unless a risk word is in the message
    # (round 10)
    if (
        not _THANKS_WORDS.isdisjoint(cs)
        and not _NEW_START_WORDS.isdisjoint(words)
        and _NEW_START.search(folded, max(0, start - 600), end + 600)
        and not _RISK_NEAR.search(_blanked(folded, start, end, 600))
        and not _NO_RETURN.search(folded, max(0, start - 600), end + 600)
    ):
        return "idiom"
    if ("goodbye" in cue or "goodbyes" in cs or "addio" in cue or "letters" in cs) and (
        len(cw) > 1
        or _GOODBYE_TO.match(folded, end)
        or ("goodbye" in cs and _HELLO_AFTER.match(folded, end))
    ):
        sent = context.sentence_around(folded, start, end)
        # (an English goodbye's own words are not its risk: "said goodbye to everyone at the leaving do")
        around = (
            _blanked(folded, start, end, 200) if "goodbye" in cue else _near(folded, start, end)
        )
        if _LEAVING.search(sent) and not _RISK_NEAR.search(around):
            return "idiom"
        # an English goodbye to a place or a thing, "goodbye X, hello Y", or in a message about a
        # move: a change of place or of a time of life, not a farewell to life
        if (
            "goodbye" in cs
            and (
                _GOODBYE_THING.match(folded, end)
                or _HELLO_AFTER.match(folded, end)
                or (not _SAY_WORDS.isdisjoint(cs) and not _MOVE_WORDS.isdisjoint(words))
            )
            and not _RISK_NEAR.search(around)
            and not _GOODBYE_RISK.search(around)
        ):
            return "idiom"
        # a goodbye to a thing or a job, its frame in the next sentence ("Last day today! Said
        # goodbye to everyone", "goodbye forever, old phone"): the cue itself is not a risk word
        near = _blanked(folded, start, end, 120)
        if (
            # a goodbye with its object ("to everyone", "forever, old phone", "... al mio vecchio
            # telefono"), not a bare "This is goodbye."
            not _BARE_END.match(folded, end)
            and _LEAVING_2.search(near)
            and not _RISK_NEAR.search(near)
            and not _GOODBYE_RISK.search(near)
        ):
            return "idiom"
        return None
    if (
        not _PLAN_CUE.isdisjoint(cs)
        and _PLAN_CUE_RX.search(cue)
        and _EVERYDAY_PLAN.search(_two_sentences(folded, end, 140))
        and not _RISK_NEAR.search(_near(folded, start, end))
    ):
        return "idiom"
    if (
        not _ENDING.isdisjoint(cs)
        and cw[-1] in ("tonight", "today", "now", "it")
        and _WITH_WHOM.match(folded, end)
    ):
        return "idiom"
    if not _ROPE.isdisjoint(cs):
        sent = context.sentence_around(folded, start, end)
        if _ROPE_SPORT.search(sent) and not _ROPE_RISK.search(sent):
            return "idiom"
        if _ROPE_PURPOSE.match(folded, end) and not _ROPE_DEATH.search(sent):
            return "idiom"
        # a rope at work (a bale elevator, a well, a tree surgeon's van), the frame nearby
        near = _blanked(folded, start, end, 120)
        if _ROPE_TASK.search(" ".join(folded[end : end + 240].split())) and not _ROPE_DEATH.search(
            near
        ):
            return "idiom"
        if (
            _ROPE_WORK.search(near)
            and not _ROPE_RISK.search(near)
            and not _ROPE_GAZE.search(near)
            and not _RISK_NEAR.search(near)
        ):
            return "idiom"
    if cue in _OBJECT:
        sent = context.sentence_around(folded, start, end)
        if _TRADE.search(sent) and not _OBJECT_USE.search(_TOOL_WORK.sub("", _NICK.sub("", sent))):
            return "idiom"
    if not _LEAP.isdisjoint(cs) and (_LEAP_OBJ.match(folded, end) or _HOP_ON.match(folded, end)):
        return "idiom"
    if cue in ("mi butto", "salto nel vuoto"):
        rest = _two_sentences(folded, end, 160)
        if not _BUTTO_RISK.match(rest) and _VENTURE_2.search(rest) and not _RISK_NEAR.search(rest):
            return "idiom"
    if (
        not _SEE_WORDS.isdisjoint(cs)
        and _SEE_ME_AT.match(folded, end)
        and not _RISK_NEAR.search(context.sentence_around(folded, start, end))
    ):
        return "idiom"
    if ("piu" in cs or "here" in cs or "around" in cs) and _AWAY_AT.match(folded, end):
        return "idiom"
    if not _STOCK.isdisjoint(cs) and _STOCKING.search(cue):
        sent = context.sentence_around(folded, start, end)
        if _TRIP.search(sent) and not _STOCK_RISK.search(_near(folded, start, end, 150)):
            return "idiom"
    if not _VANISH.isdisjoint(cs):
        win = folded[start:end] + _two_sentences(folded, end, 220)
        if _GAFFE.search(win) and not _RISK_NEAR.search(win):
            return "idiom"
    if cue == "kms":
        after = folded[end : end + 100]
        if (
            _TRIVIA.match(after)
            and _HYPERBOLE.search(after)
            and not _TRIVIA_RISK.search(_near(folded, start, end, 100))
        ):
            return "idiom"
    if cue == "unalive" and _UNALIVE_OTHER.match(folded, end):
        return "idiom"
    if (
        cw[-1] == "finita"
        and cw[0] in ("e", "e'")
        and _OVER_SUBJECT.search(shared.clause(folded, start))
    ):
        return "idiom"
    if ("messaggio" in cs or "message" in cs) and _LAST_OF_DAY.match(folded, end):
        return "idiom"
    if cw[-1] == "fuori" and _OUT_OF.match(folded, end):
        return "idiom"
    # "domenica mia moglie va dalla sorella e io resto solo": alone for a day while someone is away,
    # a circumstance told, not a feeling of loneliness (round 14)
    if (
        cw[0] in ("resto", "rimango", "restero", "rimarro")
        and cw[-1] in ("solo", "sola")
        and _AWAY_FOR_A_DAY.search(context.sentence_around(folded, start, end))
    ):
        return "idiom"
    # "la sera non parlo con nessuno": no one to talk to in the evening, at home alone (loneliness,
    # read by its own cue), not contact cut off (round 14)
    if (
        cw[-1] == "nessuno"
        and cw[0] in ("non", "nn")
        and _EVENING_BEFORE.search(folded, max(0, start - 14), start)
    ):
        return "idiom"
    if not _WILL.isdisjoint(cs) and ("testamento" in cs or _A_WILL.search(cue)):
        win = _near(folded, start, end)
        if _ESTATE.search(win) and not _RISK_NEAR.search(win) and not _WILL_RISK.search(win):
            return "idiom"
    topic = cue[:4] in _TOPIC_HEADS and _TOPIC.fullmatch(cue) is not None
    pre = shared.clause(folded, start)
    if topic and "quoted" not in mods and "other_person" not in mods:
        named = _NAMED_PLACE.match(folded, end) and _NAMING.search(pre)
        if named or _TALK_ON.search(folded, max(0, start - 80), start):
            tail = folded[end : end + 120]
            cut = _CLAUSE_END.search(tail)
            if not _FIRST_AFTER.search(tail[: cut.start() if cut else None]):
                return "quoted"
    if "other_person" not in mods:
        if topic and (
            _PERSON_WITH.search(folded, max(0, start - 40), start)
            or _PERSON_IN_AFTER.search(folded, max(0, start - 70), start)
        ):
            return "other_person"
        if not _SHOWN_WORDS.isdisjoint(words) and _SHOWN.search(pre) and not proxy():
            return "other_person"
        law = _IN_LAW.search(pre) if not _IN_LAW_WORDS.isdisjoint(words) else None
        if law and not _FIRST_SUBJECT.search(pre, law.end()) and not _FIRST_IN_CUE.search(cue):
            return "other_person"
    if "negated" not in mods:
        head = pre.strip(" -(")
        if (
            head[:3] in _TOPIC_HEAD_STARTS
            and _TOPIC_HEAD.fullmatch(head)
            and _DENIAL.match(folded, end)
        ):
            return "negated"
        if (
            not _GONE_WORDS.isdisjoint(words)
            and _GONE.match(folded, end)
            and not _BACK.search(folded, end)
        ):
            return "negated"
    if "hypothetical" not in mods:
        if "say" in words and "say" in pre and _SAY_HYPO.search(pre):
            return "hypothetical"
        if (
            not _CONTACT_WORDS.isdisjoint(words)
            and not _WHEN_WORDS.isdisjoint(words)
            and _WHEN_URGE.search(pre)
            and _CONTACT_YOU.search(context.sentence_around(folded, start, end))
        ):
            return "hypothetical"
    return None


# ============================================================================ third wave
# Everyday wording of the training-only messages of rounds f-i (new authors): "killing myself
# working doubles", an overdose told on its anniversary with "I'm ok", a jump off a plane for a
# birthday, a rope on a bale elevator, a blade on a chainsaw, a relapse of drinking, a training
# module on overdose, a title or a phrase in single quotes, a game, "done trying", "per il podere
# è finita", pills counted at the pharmacy, "se mi tornasse la voglia", someone who is not the
# patient, "the thoughts stopped". Each family: a test on the cue's or the message's words, then
# its context, then a guard of risk words near the cue (with the cue itself blanked).


def _blanked(folded: str, start: int, end: int, width: int) -> str:
    """``width`` characters either side of the cue, the cue itself blanked."""
    return folded[max(0, start - width) : start] + " " * (end - start) + folded[end : end + width]


# "I'm killing myself working doubles", "mi sto ammazzando di lavoro": effort, not an act
_EFFORT_CUE = frozenset(("killing", "ammazzando", "uccidendo", "distruggendo"))
_EFFORT = re.compile(
    r"\s*(?:(?:trying|working|doing|running|studying|juggling|cleaning|keeping|getting|making|training|chasing|"
    r"covering|revising|cooking|driving|looking after|caring for|to (?:keep|get|make|finish|pay|please|meet|hit))\b|"
    r"(?:di|a|per) (?:lavor\w*|stud\w*|turni|straordinari|fatica|palestra|corsa|pulire|finire|pagare|"
    r"tenere|mandare avanti|fare)\b)"
)
_EFFORT_RISK = re.compile(r"\b(?:pain|escape|get away|for real|tonight|stasera|dolore|sul serio)\b")
# a past act told with its anchor (an age, a decade of life, an anniversary) and a present contrast
_ANCHOR_2 = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) years? ago (?:today|tonight|this week)|"
    r"anni fa (?:oggi|stasera)|in my (?:early |late |mid[- ])?(?:teens|twenties|thirties|forties|fifties)|"
    r"nel (?:19|20)\d\d|when (?:he|she|they) (?:was|were) (?:\d+|a (?:kid|child|teen\w*)|younger|little|small)|"
    r"quando (?:aveva|era) (?:\d+ anni|piccol\w*|ragazz\w*|al liceo|alle medie)|"
    r"quando avevo (?:vent|trent|quarant|cinquant|sessant)'? ?anni|"
    # "che avevo all'università" (an imperfect); "all'università nn mi parla nessuno" is the present
    r"(?:avevo|ero|facevo|pensavo|stavo) all'universita|"
    # a month of a past year ("Last March I counted them out...", round 11)
    r"last (?:january|february|march|april|june|july|august|september|october|november|december)\b|(?:in|during) (?:january|february|march|april|june|july|august|september|october|november|december) (?:last year|of last year|(?:19|20)\d\d)\b|"
    r"the (?:spring|summer|autumn|winter|christmas|easter) before last)"
)
_ANCHOR_2_WORDS = frozenset(
    (
        *("ago", "fa", "my", "nel", "when", "quando", "universita"),
        *("teens", "twenties", "thirties", "forties", "fifties"),
        *("last", "before", "january", "february", "march", "april", "june", "july", "august"),
        *("september", "october", "november", "december"),
    )
)
# the recent word of an anniversary ("a year ago tonight", "dieci anni fa oggi") is not recent
_ANNIVERSARY = re.compile(
    r"\b(?:years? ago (?:today|tonight)|anni fa (?:oggi|stasera)|(?:today|oggi) (?:is|e|it'?s) (?:the |l')?anniversar\w*)\b"
)
# present contrasts _CONTRAST does not list; every match starts with one of _CONTRAST_2_LITERALS
_CONTRAST_2 = re.compile(
    r"(?:(?:adesso|ora|oggi) no\b|nothing like (?:then|that|before|back then)|niente a che vedere|non come allora|"
    r"da lontano|now (?:he|she)(?:'s| is) (?:\d+|fine|ok|okay|well|doing well)|(?:adesso|ora) ha \d+ anni|"
    r"dopo tanti anni|after (?:all )?(?:these|so many) years|"
    # the feeling gone since ("It doesn't feel like that now", round 11)
    r"(?:it|things?) (?:doesn'?t|doesnt|does not|don'?t|dont|do not) feel like that (?:now|any ?more|these days)\b|"
    r"(?:i|we) (?:don'?t|dont|do not) feel like that (?:now|any ?more|these days)\b|"
    # the act gone over in a session since ("At 17 I took all 28... I know we went over it on Monday", round 10)
    r"we (?:went over|went through|talked about|talked through|discussed|covered|spoke about) (?:it|this|that|all that)\b"
    r"(?! (?:again )?(?:last night|tonight|today|this morning)))"
)
_CONTRAST_2_LITERALS = (
    *("adesso no", "ora no", "oggi no", "nothing like", "niente a che", "non come allora"),
    *("da lontano", "now he", "now she", "adesso ha ", "ora ha ", "dopo tanti anni", "after "),
    *("we went ", "we talked ", "we discussed ", "we covered ", "we spoke "),
    *(
        "it doesn",
        "it does not",
        "it don",
        "it do not",
        "thing doesn",
        "things don",
        "things do not",
    ),
    *("thing does not", "i don't feel", "i dont feel", "i do not feel", "we don't feel"),
    *("we dont feel", "we do not feel"),
)
_CONTRAST_2_FIRST_WORDS = tuple((lit, lit.split(" ", 1)[0]) for lit in _CONTRAST_2_LITERALS)
# first word -> its literals (each literal is its first word, a space and more: see _contrast_2)
_CONTRAST_2_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _lit, _first in _CONTRAST_2_FIRST_WORDS:
    assert _lit.startswith(_first + " ") and _first.isalnum() and _first.isascii(), _lit
    _CONTRAST_2_BY_FIRST[_first] = (*_CONTRAST_2_BY_FIRST.get(_first, ()), _lit)
_CONTRAST_2_MEMO: list[tuple[str, bool]] = [("", False)]


def _contrast_2(
    folded: str, words: set[str] | frozenset[str], index: context.WordOffsets | None = None
) -> bool:
    """Does ``_CONTRAST_2`` match, at a word start, anywhere in ``folded``? (memoized)

    ``words``: the text's words; a literal starts with a whole word (at a word start, before a
    space), so a literal whose first word is absent is not looked for. ``index``: the offsets
    of the words of a long text (``engine.WordIndex``): a literal is then tried only where its
    first word occurs (``str.startswith`` over those offsets, in C), not looked for by a scan
    of the whole text per literal. The same offsets: a literal found at a word start begins
    with a run of word characters that is exactly its first word (a space follows it).
    """
    text, found = _CONTRAST_2_MEMO[0]
    if text is folded:
        return found
    found = False
    match = _CONTRAST_2.match
    if index is not None:
        starts = folded.startswith
        for first_word, literals in _CONTRAST_2_BY_FIRST.items():
            if first_word not in words:
                continue
            offsets = index[first_word]
            for k in itertools.compress(offsets, map(starts, itertools.repeat(literals), offsets)):
                if (k == 0 or not folded[k - 1].isalnum()) and match(folded, k) is not None:
                    found = True
                    break
            if found:
                break
        _CONTRAST_2_MEMO[0] = (folded, found)
        return found
    for literal, first_word in _CONTRAST_2_FIRST_WORDS:
        if first_word not in words:
            continue
        k = folded.find(literal)
        while k >= 0 and not found:
            found = (k == 0 or not folded[k - 1].isalnum()) and match(folded, k) is not None
            k = folded.find(literal, k + 1)
        if found:
            break
    _CONTRAST_2_MEMO[0] = (folded, found)
    return found


# "the thoughts about jumping stopped", "il pensiero della corda non c'è più"
_GONE_2 = re.compile(
    r"[^.!?\n]{0,40}?(?<!never )(?<!not )(?<!n't )(?<!havent )\b(?:stopped|have eased|eased off|are over|"
    r"(?:non|nn) c'e piu|(?:non|nn) ci sono piu|(?:e|sono) sparit[oaie]|(?:e|sono) passat[oaie]|"
    r"se ne (?:e|sono) andat[oaie])\b"
)
_GONE_2_WORDS = frozenset(
    (
        *("stopped", "eased", "over", "piu", "sparito", "sparita", "spariti", "sparite"),
        *("passato", "passata", "passati", "passate", "andato", "andata", "andati", "andate"),
    )
)
# only thoughts and urges are gone ("stopped myself", "the car stopped in time" are not)
_THOUGHT_WORDS = frozenset(
    ("thoughts", "thought", "urge", "urges", "pensiero", "pensieri", "voglia", "idea", "idee")
)
_THOUGHT_OF = re.compile(
    r"\b(?:pensier[oi]|voglia|idea|idee|thoughts?|urges?|feelings?) (?:di|del|della|dello|dei|delle|degli|about|of|to)\s*$"
)
_BACK_2 = re.compile(
    r"\b(?:tornat\w*|are back|is back|came back|come back|coming back|di nuovo|again|returned|ricominciat\w*)\b"
)
# a jump for fun (a plane, a waterhole, a pier) or in a video game
_JUMP_CUE = frozenset(
    (
        "jump",
        "jumping",
        "jumped",
        "buttata",
        "buttato",
        "buttarmi",
        "butto",
        "suicidato",
        "suicidata",
    )
)
_FUN = re.compile(
    r"\b(?:skydiv\w*|paracadut\w*|parachut\w*|out of a plane|dall'aereo|waterhole|swimming hole|rock ?pool|pontile|jetty|"
    r"pier|bungee|trampolin\w*|tuff\w*|cliff jumping|costume|swim\w*|nuot\w*|"
    r"minecraft|fortnite|roblox|gta|videogam\w*|video ?games?|videogioc\w*|the level|a level|livello|to progress|respawn\w*|"
    r"checkpoint|my character|il mio personaggio|in game|in-game|server)\b"
)
# English: a video game named by its play; its places are the game's, so the real places of
# _FUN_RISK do not keep the cue (round 9: "jumping off the top floor of the car park in Skyline Run,
# the respawn glitch is so quick ... I just kept playing it")
_GAME = re.compile(
    r"\b(?:minecraft|fortnite|roblox|gta|video ?games?|respawn\w*|checkpoints?|glitch\w*|speedrun\w*|playthrough|cutscenes?|"
    r"in-game|my character|(?:kept|keep|was|been) playing (?:it|the game)|level \d+|(?:the|this|that) level|final boss)\b"
)
# the words that keep a jump in a game (the game's places are not among them)
_GAME_RISK = re.compile(
    r"\b(?:suicid\w*|kill (?:myself|me)|end (?:it|my life|things)|for real|in real life|irl|real thing|not (?:a|the) game|"
    r"want to die|wanna die|wish i (?:was|were) dead|alive|goodbye|pills?|tablets|rope|noose|anymore|any more|can'?t (?:go on|do this))\b"
)
_FUN_RISK = re.compile(
    r"\b(?:roof|rooftop|tetto|window|finestra|building|palazzo|balcon\w*|viaduct|viadotto|train|treno|binari|"
    r"multi-?storey|car park|parking)\b"
)
# a relapse of drinking or drugs, not of self-harm
_RELAPSE_CUE = ("relaps", "ricadut")
_SUBSTANCE = re.compile(
    r"\b(?:vodka|drink\w*|drunk|booze|beers?|wine|gin|whisky|whiskey|alcohol\w*|bevut\w*|bere|bevo|bevevo|alcol\w*|vino|"
    r"birr\w*|grappa|sbronz\w*|ubriac\w*|drugs?|coke|cocaine|cocaina|coca|canne|spinell\w*|weed|gambl\w*|"
    r"scommess\w*|slot|azzardo|smok\w*|sigarett\w*|fumat\w*)\b"
)
_HARM_WORDS = re.compile(
    r"\b(?:cut\w*|blades?|razors?|harm\w*|hurt\w*|burn\w*|tagli\w*|lamett\w*|lam[ae]|ferit\w*|ferir\w*|male|bruci\w*|"
    r"graffi\w*|overdos\w*|pills?|pastiglie|pillole)\b"
)
# a topic noun followed by what a course makes of it: "overdose response module"
_TRAINING_AFTER = re.compile(
    # (hyphenated too: "overdose-awareness training", round 17)
    r"[ -](?:response|management|prevention|awareness|training|module|course|protocols?|kits?|simulations?|drills?|"
    r"first aid|scenarios?|recognition|education|workshop)\b"
)
_LETHAL = frozenset(("dosi letali", "dose letale", "lethal dose", "lethal doses"))
# "un finto tentato suicidio": a simulated act
_SIMULATED = re.compile(
    r"\b(?:finto|finta|simulat[oa]|fake|mock|pretend|simulated|staged) (?:[\w']+ )?$"
)
# "I'm done. Not like that": the sender says what they meant
_NOT_LIKE_THAT = re.compile(
    r"[\s!?.,-]*(?:not like that|not in that way|not that way|non in quel senso|non in quel modo|non cosi)\b"
)
# "I'm so done. Done trying, done hoping": done with an effort, not with life
_DONE_CUE = frozenset(("done",))
_DONE_WITH = re.compile(
    r"[\s.,!-]*(?:done )?(?:trying|hoping|caring|fighting|waiting|pretending|being nice|"
    r"with (?!(?:life|living|it all|all of it|everything|everyone|everybody|this world|the world|being alive|myself|me|"
    r"this life|my life)\b))"
)
# "Per il podere non c'è più niente da fare, è finita": over for a thing
_OVER_FOR = re.compile(
    r"\b(?:per|con) (?:il|la|lo|l'|i|le|gli) ?(?!(?:mia|mio|me|noi|vita|mondo|famiglia|miei)\b)[a-z']+"
)
# pills counted at work
_PILLS = frozenset(("pastiglie", "pillole", "pills", "tablets", "compresse", "pasticche"))
# the sender's own intent inside the cue ("my tablets from the chemist, I'm taking them all"): not work
_SENDER_TAKES = re.compile(
    r"\b(?:i'm|im|i am|i'll|ill|i will)(?: going to| gonna)? (?:take|taking|swallow|swallowing)\b"
)
_AT_WORK = re.compile(
    r"\b(?:farmacia|pharmac\w*|inventari\w*|inventory|stock ?tak\w*|magazzin\w*|warehouse|dispensar\w*|chemist|"
    r"scaffal\w*|shelves|lavoro in|i work (?:in|at)|at work|al lavoro|on shift|di turno|in reparto|on the ward)\b"
)
# "se mi tornasse la voglia di...", "if the urge came back": a hypothesis of a return
_HYPO_RETURN = re.compile(
    r"\b(?:(?:se|qualora|casomai|nel caso) (?:mai )?(?:mi |ti |le |gli )?(?:tornasse|tornassero|ritornasse|ritornassero|"
    r"venisse|venissero|capitasse|dovesse)|if (?:the |that |those |my )?(?:urges?|thoughts?|feelings?|it|they) "
    r"(?:ever )?(?:came|come|comes|returned|returns|started|starts) back)\b"
)
_HYPO_RETURN_WORDS = frozenset(("se", "if", "qualora", "casomai", "caso"))
# "mia figlia, che non è in terapia da lei": not the patient, so someone else
_NOT_PATIENT = re.compile(
    r"\b(?:(?:non|nn) e (?:in terapia|seguit[oa]) da lei|(?:non|nn) e (?:una |un )?(?:sua|suo) paziente|"
    r"(?:isn'?t|is not) (?:in therapy with you|your patient|one of your patients|seeing you))\b"
)
_NOT_PATIENT_WORDS = frozenset(("terapia", "paziente", "seguito", "seguita", "patient", "patients"))
_NOT_PATIENT_WORDS_2 = frozenset(("therapy", "seeing"))
_OTHER_VOICE = re.compile(
    r"\b(?:called|titled|entitled|named|intitolat\w*|dal titolo|chiamat[oa]|si chiama(?:va)?|ha letto|ha detto|"
    r"ha scritto|ha citato|leggeva|diceva|dice|dicono|dicevano|era tutto un|erano tutti|tutti|everyone|everybody|"
    r"they|he|she|(?:the|our) (?:teacher|speaker|lecturer|prof\w*)|il prof\w*|la prof\w*)\b"
)
_WHOEVER = re.compile(
    r"\b(?:chi|whoever|(?:anyone|those|people|someone) who)(?P<rest>(?: [\w']+){0,3})\s*$"
)
_OPENERS = frozenset(' \t\n(:\u00ab"')


def _single_quoted(folded: str, start: int, end: int) -> bool:
    """Is the cue inside a phrase in single quotes ("era tutto un 'mi sparo'", "called 'Suicide...'")?"""
    lo = max(0, start - 30)
    q = folded.rfind("'", lo, start + 1)
    if q < 0 or (q > 0 and folded[q - 1] not in _OPENERS) or not folded[q + 1 : q + 2].isalpha():
        return False
    if any(c in folded[q:start] for c in ".!?\n"):
        return False
    # someone else's voice or a title opens the quote, never the sender's own words ("I think '...'",
    # "ho scritto '...'", "posted '...'")
    head = folded[max(0, q - 80) : q]
    cut = max(head.rfind("."), head.rfind("!"), head.rfind("?"), head.rfind("\n")) + 1
    head = head[cut:]
    if not _OTHER_VOICE.search(head) or _FIRST_SUBJECT.search(head):
        return False
    k = folded.find("'", end, end + 120)
    while k >= 0:
        if folded[k - 1].isalnum() or folded[k - 1] in ".!?":
            after = folded[k + 1 : k + 2]
            if not after or not after.isalpha():
                return "\n" not in folded[end:k]
        k = folded.find("'", k + 1, end + 120)
    return False


# old scars shown in a swimsuit or short sleeves, seen and not minded ("le cicatrici sulle cosce si
# vedevano e non me ne fregava niente", round 17): past self-harm told; new or fresh ones are not
_SCARS_SHOWN = re.compile(
    r"(?![^.!?\n]{0,30}\b(?:nuov\w*|fresch\w*|di nuovo|ancora aperte)\b)"
    r"(?=[^.!?\n]{0,80}\b(?:si vedevano|si vedono|in costume|in bikini|a maniche corte|in canottiera|"
    r"(?:non|nn) me ne (?:frega|fregava|importa|importava)|(?:non|nn) mi (?:vergogno|vergognavo|importa|importava)|"
    r"sono vecchie|ormai (?:sono )?bianche)\b)"
)


def third_wave(
    folded: str,
    start: int,
    end: int,
    mods: list[str],
    proxy: Callable[[], bool],
    shared: context.Shared,
    words: set[str] | frozenset[str],
) -> str | None:
    """The modifier of a third-wave family for the cue at ``folded[start:end]``, or None."""
    cue = folded[start:end]
    cw = cue.split()
    cs = set(cw)
    pre = shared.clause(folded, start)
    if (
        cw[0] == "cicatrici"
        and "past" not in mods
        and "nuov" not in cue
        and "fresch" not in cue
        and _SCARS_SHOWN.match(folded, end)
    ):
        return "past"
    # --- idioms and everyday frames
    if not _EFFORT_CUE.isdisjoint(cs) and _EFFORT.match(folded, end):
        after = _two_sentences(folded, end, 160)
        if not _RISK_NEAR.search(after) and not _EFFORT_RISK.search(after):
            return "idiom"
    if not _JUMP_CUE.isdisjoint(cs) or cue.startswith("suicid"):
        win = context.sentence_around(folded, start, end) + _two_sentences(folded, end, 120)
        near = _blanked(folded, start, end, 120)
        if _FUN.search(win) and not _FUN_RISK.search(win) and not _RISK_NEAR.search(near):
            return "idiom"
        if _GAME.search(win) and not _GAME_RISK.search(near):
            return "idiom"
    if cw[0].startswith(_RELAPSE_CUE):
        win = _blanked(folded, start, end, 120)
        if _SUBSTANCE.search(win) and not _HARM_WORDS.search(win):
            return "idiom"
    if "done" in cs:
        if _NOT_LIKE_THAT.match(folded, end) and not _RISK_NEAR.search(
            _two_sentences(folded, end, 160)
        ):
            return "idiom"
        if _DONE_WITH.match(folded, end) and not _RISK_NEAR.search(
            _two_sentences(folded, end, 160)
        ):
            return "idiom"
    if (
        cw[-1] == "finita"
        and cw[0] in ("e", "e'")
        and _OVER_FOR.search(context.sentence_around(folded, start, start))
        and not _RISK_NEAR.search(_blanked(folded, start, end, 160))
    ):
        return "idiom"
    if (
        not _PILLS.isdisjoint(cs)
        and _AT_WORK.search(context.sentence_around(folded, start, end))
        and not _RISK_NEAR.search(_blanked(folded, start, end, 120))
        and not _SENDER_TAKES.search(cue)
    ):
        return "idiom"
    # --- "non ce la faccio più a vivere così": can't go on living like this (cannot cope, moderate)
    # (only with "più": then the cannot_cope cue "non ce la faccio più" carries the moderate level)
    if (
        cw[-1] == "vivere"
        and "faccio" in cs
        and "piu" in cs
        and _LIKE_THIS.match(folded, end)
        and not _RISK_NEAR.search(_two_sentences(folded, end, 120))
    ):
        return "idiom"
    # --- a mention: a course's topic, a simulated act, a phrase in single quotes, a plot
    if "quoted" not in mods:
        topic = (cue[:4] in _TOPIC_HEADS and _TOPIC.fullmatch(cue) is not None) or cue in _LETHAL
        if topic and not _STUDY_FIRST.search(pre):
            if _TRAINING_AFTER.match(folded, end):
                return "quoted"
            if cue in _LETHAL and _STUDY.search(context.sentence_around(folded, start, end)):
                return "quoted"
        if _SIMULATED.search(pre):
            return "quoted"
        if (
            "'" in folded[max(0, start - 30) : start + 1]
            and _single_quoted(folded, start, end)
            and not proxy()
            # a note left by the person written about ("Elia ha lasciato un foglio con scritto '...'"):
            # that person's words reported (round 17; a friend's note is someone else's, in context)
            and not context.after_written_note(folded, start)
        ):
            return "quoted"
        if not _PLOT_WORDS.isdisjoint(words) or shared.has_double_quote(folded):
            sent = context.sentence_around(folded, start, end)
            if (
                _PLOT.search(sent)
                and not _FIRST_IN_CUE.search(cue)
                and not _FIRST_SUBJECT.search(pre)
            ):
                return "quoted"
    # --- someone who is not the patient, "chi ha avuto pensieri suicidi"
    if (
        "other_person" not in mods
        and (not _NOT_PATIENT_WORDS.isdisjoint(words) or not _NOT_PATIENT_WORDS_2.isdisjoint(words))
        and _NOT_PATIENT.search(folded, max(0, start - 300), end + 200)
        and not _FIRST_IN_CUE.search(cue)
        and not _FIRST_SUBJECT.search(pre)
    ):
        return "other_person"
    # "chi ha avuto un'overdose", "people who have tried": whoever, not the sender
    if (
        "other_person" not in mods
        and (who := _WHOEVER.search(pre)) is not None
        and not _FIRST_SUBJECT.search(who.group("rest"))
        and not _FIRST_IN_CUE.search(cue)
        and not proxy()
    ):
        return "other_person"
    # --- gone, thrown away
    if "negated" not in mods:
        if (
            not _GONE_2_WORDS.isdisjoint(words)
            and (not _THOUGHT_WORDS.isdisjoint(cs) or _THOUGHT_OF.search(pre))
            and _GONE_2.match(folded, end)
            and not _BACK_2.search(_two_sentences(folded, end, 200))
        ):
            return "negated"
        if cue in _OBJECT or cue in _ROPE_OBJECT:
            sent = context.sentence_around(folded, start, end)
            # a use denied in the sentence ("non mi sono tagliata, la lametta l'ho buttata") is no
            # use; a rope thrown over a beam is not thrown away (round 10)
            thrown = _THROWN.search(sent)
            if (
                thrown
                and not _OBJECT_USE.search(_USE_DENIED.sub(_blank, _HELD_INSTEAD.sub(_blank, sent)))
                and not _RELAPSE.search(
                    _USE_DENIED.sub(_blank, _HELD_INSTEAD.sub(_blank, _near(folded, start, end)))
                )
                and (cue in _OBJECT or not _ROPE_ONTO.search(sent))
            ):
                return "negated"
            # "Didn't do it last night, though I had the blade out", "got the blade out but didn't use
            # it": the act denied in the blade's sentence, and not done after all (round 6)
            if (
                "not" in sent or "n't" in sent or "didnt" in sent or "never" in sent
            ) and _denied_act(folded, start, end):
                return "negated"
    # --- a hypothesis of a return
    if (
        "hypothetical" not in mods
        and not _HYPO_RETURN_WORDS.isdisjoint(words)
        and _HYPO_RETURN.search(pre)
        and context._ILLNESS_IF.search(pre) is None
    ):
        return "hypothetical"
    # --- the past: an anchor (an age, a decade, an anniversary) and a present contrast
    if (
        "past" not in mods
        # the contrast first: it is memoized for the message
        and (
            _contrast_2(folded, words, shared.index)
            or (not _CONTRAST_WORDS.isdisjoint(words) and _contrast(folded, words, shared.index))
        )
        and (
            not _ANCHOR_2_WORDS.isdisjoint(words)
            or not _PAST_WORDS.isdisjoint(words)
            or any(_YEAR_WORD.fullmatch(w) for w in words)
        )
    ):
        sent = context.sentence_around(folded, start, end)
        if (
            (_ANCHOR_2.search(sent) or _ANCHOR.search(sent) or context._PAST.search(sent))
            and not _STILL.search(sent)
            and not context._RECENT.search(
                _ANNIVERSARY.sub(_blank, _CONTRAST_2.sub(_blank, _CONTRAST.sub(_blank, sent)))
            )
        ):
            return "past"
    return None


# "non ce la faccio più a vivere così / col terrore addosso"
_LIKE_THIS = re.compile(
    r" (?:cosi|in questo modo|in queste condizioni|col|coi|con (?:il|la|lo|l'|i|le|gli|questo|questa|questi|queste)|"
    r"nel|nella|sotto)\b"
)
# the plot of a book or a film told in the sentence: "Ti ricordi la trama: una donna... decide di farla
# finita", "leggiamo «Anna Karenina», e già sappiamo come finisce, sotto il treno"
_PLOT = re.compile(
    r"\b(?:trama|plot|storyline|synopsis|sinossi|(?:leggiamo|we'?re reading|stiamo leggendo) \"|come finisce|"
    r"how it ends|the ending|il finale)\b"
)
_PLOT_WORDS = frozenset(
    ("trama", "plot", "storyline", "synopsis", "sinossi", "finisce", "ends", "ending", "finale")
)
# an act denied before the blade: "didn't do it", "haven't used them", "managed not to"
_NOT_DONE = re.compile(
    r"\b(?:didn'?t|didnt|did not|haven'?t|havent|have not|hasn'?t|hasnt|has not|never|not to) "
    r"(?:do|done|use|used|touch|touched|go through with) (?:it|them|anything)\b(?! (?:for|since|in|until|till)\b)"
)
# ...then done after all
_DONE_AFTER = re.compile(r"\b(?:did|done|again|gave in|relaps\w*|slipped|until|till|then)\b")
_CLAUSE_STOP = re.compile(r"[.!?\n;]")
# blades thrown away or handed over
_THROWN = re.compile(
    r"\b(?:buttat[oaie](?: via)?|gettat[oaie]|threw (?:away|out)|thrown (?:away|out)|binned|got rid of|"
    r"gave (?:them|it) (?:to|away)|handed (?:them|it) (?:in|over)|consegnat[oaie]|"
    # put in the bin or down the toilet ("had the blade out... and put it in the bin instead", round 11)
    r"(?:put|dropped|chucked|tossed|threw|flung|stuck|shoved) (?:it|them|'em|the (?:blade|blades|razor|razors|blades)) "
    r"(?:in|into|down|in to) (?:the )?(?:bin|wheelie bin|rubbish|trash|garbage|sharps (?:bin|box)|drain|toilet|loo)|"
    r"flushed (?:it|them)(?: away| down)?|(?:chucked|tossed) (?:it|them) (?:away|out)|"
    # regional forms of "gettata" (Sicilian "l'aiu ghittata", "jittata")
    r"ghittat[oaie]|jittat[oaie]|jettat[oaie]|iettat[oaie])\b"
)
# a rope or a noose, thrown away like a blade (round 10: "a corda l'aiu ghittata")
_ROPE_OBJECT = frozenset(("corda", "cappio", "rope", "noose"))
# ...but not thrown over a beam or a branch, nor tied
_ROPE_ONTO = re.compile(
    r"\b(?:sulla|sul|sopra|oltre|intorno|attorno|over|around|onto|round)\b|\b(?:trave|ramo|collo|nodo|legat\w*|appes\w*|"
    r"beam|branch|neck|knot|tied|hung)\b"
)
# a use denied before its verb ("non mi sono tagliata", "didn't cut", "non l'ho usata")
# the blade held, then thrown away instead of used ("had the blade... in my hand and put it in the bin
# instead", round 11): the holding is the urge resisted, not a relapse
_HELD_INSTEAD = re.compile(
    r"\b(?:in my hands?|(?:held|holding|hold) (?:it|them|the (?:blade|blades|razor|razors|lametta|lamette))(?: for (?:ages|a while|a bit|hours|an hour))?)\b(?=[^.!?\n]{0,80}\b(?:bin|binned|toilet|loo|drain|away|out|flushed)\b"
    r"[^.!?\n]{0,20}\binstead\b)"
)
_USE_DENIED = re.compile(
    r"\b(?:(?:stasera|stanotte|tonight|oggi|ieri sera|ieri) )?(?:non|nn|didn'?t|didnt|did not|haven'?t|havent|never|mai)\b(?: (?:mi|l'ho|lo|la|ho|sono|me|l'|myself|it|them)\b)*"
    r" (?:sono |son |sn |ho )?(?:tagli\w*|ferit\w*|usat[oa]|usata|used|use|cut|cutting)\b"
    r"(?: (?:my|me) (?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?))?"
)
