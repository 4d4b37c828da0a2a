"""NegEx/ConText-style modifiers for risk cues, English and Italian (on folded text)."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import Protocol

from . import lazyre as re  # re.compile compiles on first use (lazyre.py)

# a text this short (the clause before a cue often is) is searched without the prefilter
_SHORT = 24


# Scope terminators: a modifier does not reach across these.
class _Trigger:
    """A regex whose matches must start a word, searched without a leading ``\\b``.

    Every branch starting with a literal lets the regex engine skip to candidate characters;
    the word-start check is done here instead.
    """

    def __init__(self, pattern: str) -> None:
        if pattern.startswith(r"\b"):
            pattern = pattern[2:]
        self.rx = re.compile(pattern)
        self.pattern = pattern
        self._starts: Callable[[str], re.Match[str] | None] | None = None

    def starts(self, text: str) -> bool:
        """Could a match start a word of ``text``? (exact: False means there is none)

        The same alternation, tried only where a word starts: ~3x faster than trying the big
        alternation at every character, for the usual answer (no). Its match is not the answer
        of :meth:`search`, which stays the first word-start match of ``rx.finditer`` (matches
        do not overlap there). Compiled on first use (import time).
        """
        st = self._starts
        if st is None:
            st = self._starts = re.compile_now(r"(?<![A-Za-z0-9])(?:" + self.pattern + ")").search
        return st(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        if len(text) > _SHORT and not self.starts(text):
            return None
        m = self.rx.search(text)  # the first match of finditer
        if m is None:
            return None
        i = m.start()
        if i == 0 or not text[i - 1].isalnum():
            return m
        for m in self.rx.finditer(text):
            i = m.start()
            if i == 0 or not text[i - 1].isalnum():
                return m
        return None

    def finditer(self, text: str) -> list[re.Match[str]]:
        if len(text) > _SHORT and not self.starts(text):
            return []
        return [
            m for m in self.rx.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalnum()
        ]


_CLAUSE_WORDS = _Trigger(
    r"(?:but|however|though|although|except|yet|ma|pero|eppure|anche se|tuttavia|invece|quindi|percio|allora|"
    # "non le scrivo perché voglio...": the negation before "perché" denies the reason
    r"(?:perche|xke|xche)(?<!n le scrivo perche)(?<!n ti scrivo perche)(?<!n vi scrivo perche)"
    r"(?<!n ti scrivo xke)(?<!n le scrivo xke)(?<!n lo dico perche)(?<!n lo faccio perche))\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]+")

_NEG = _Trigger(
    r"\b(?:not|never|no|don'?t|dont|doesn'?t|doesnt|didn'?t|didnt|won'?t|wont|wouldn'?t|wouldnt|isn'?t|isnt|"
    # (the past too: "I noticed I wasn't hoping a lorry would...", round 17)
    r"aren'?t|ain'?t|haven'?t|havent|hasn'?t|wasn'?t|wasnt|weren'?t|werent|no longer|nor|without|non|nn|mai|nessun[oa]?|neanche|nemmeno|neppure|"
    # Scots past and perfect negations ("didnae take the blade oot", round 19); not "cannae"/"dinnae", which the
    # risk phrases carry themselves ("cannae go on")
    r"didnae|didna|havnae|havenae|hivnae|hasnae|wasnae|wisnae|"
    # "nun" (Neapolitan, Roman: "nun penzavo 'e me jettà abbascio"), not an English nun
    # "né di farla finita" after a negation (round 14): the negated list goes on
    r"ne(?= (?:di|a|ad|per)\b)|"
    r"senza|niente|nulla|(?<!the )(?<!a )(?<!my )nun(?! (?:said|says|told|who|was|is|and|at|in|from|to|of|the|with|for|"
    r"i|my|she|had|has|would|will|came|called|asked|nun)\b))\b"
)
_POST_NEG = re.compile(
    r"\s*(?:(?:have|has|had) (?:finally |completely )?(?:stopped|gone away|disappeared|ended)|(?:are|is) (?:gone|over)|"
    r"(?:sono|si sono|e|se ne sono) (?:finalmente |del tutto )?(?:finit[ei]|passat[ei]|sparit[ei]|andat[ei] via))\b"
)
_PSEUDO_NEG = _Trigger(
    r"\b(?:not only|can'?t stop|cannot stop|couldn'?t stop|can'?t help|no one|nobody|(?:non|nn) riesco a smettere|"
    r"(?:non|nn) faccio (?:altro|che)|(?:non|nn) solo|(?:non|nn) so (?:se|come|perche|cosa)|don'?t know (?:if|why|how|what)|"
    r"(?:non|nn) (?:smetto|riesco a togliermi)|(?:non|nn) (?:riesco ad? (?:dormire|addormentarmi|chiudere occhio)|dormo)(?= e (?:mi sento|sono|sto|stasera|stanotte|stamattina|oggi|ieri|poi|allora|cosi)\b)|(?:non|nn) vedo l'ora|"
    # "non sono neanche le sei": the time of day, not a negation of what follows
    r"(?:non|nn) (?:sono|e) (?:neanche|nemmeno|manco|ancora) (?:le \w+|l'una|mezzogiorno|mezzanotte|ora di (?:pranzo|cena))|no doubt|senza dubbio|mai stat[oa] cosi|never (?:been|felt) (?:so|this))\b"
)
# "if I'm honest", "se devo essere sincera": a frankness formula, not a condition
_HONEST_EN = (
    r"(?! i(?:'?m| am) (?:being )?(?:totally |completely |brutally |really )?(?:honest|truthful))"
    # "does it count as a bad week if I've started...": a fact asked about, not a condition
    r"(?! i(?:'ve| have|ve)\b(?! (?:ever|got|to|not|never)\b))"
)
_HONEST_IT = r"(?! (?:devo essere|sono|posso essere|vogliamo essere|ho da essere) (?:del tutto |proprio )?(?:sincer|onest)[oaie])"
_HYPO = _Trigger(
    r"\b(?:if"
    + _HONEST_EN
    + r"|what if|suppose|supposing|imagine if|in case|hypothetically|whether|is it normal|"
    # "se riesce mi chiami", "se ha un momento": politeness, not a hypothesis
    r"e se"
    + _HONEST_IT
    + r"|se(?! (?:riesce|riesci|puo|puoi|ha (?:tempo|un (?:momento|attimo|minuto))|hai (?:tempo|un (?:momento|attimo|minuto))|"
    r"le va|ti va|possibile|le e possibile|vuole|vuoi|"
    # "ha due minuti", "se n'è andato" (going away, not an if: round 16)
    r"ha (?:due|cinque|dieci) minuti|hai (?:due|cinque|dieci) minuti|n'|ne (?:e|va|vanno|sta|stava|andava|e andat\w*|sono andat\w*)\b))"
    + _HONEST_IT
    # the southern "si" with a pronoun and a subjunctive ("si 'na notte me venesse 'o penziero", round 18): no
    # reflexive "si" stands before "me"
    + r"|si (?:(?:'na|na|'nu|nu|una|un) \w+ )?(?:me|mi|m') ?\w+(?:assi|essi|issi|asse|esse|isse|essero|issero)\b"
    # the southern "si mai" (if ever: "si mai mi vinissi a testa di...", round 16)
    + r"|si mai|nel caso|qualora|casomai|immagina se|immaginiamo che|supponiamo|mettiamo che|ipoteticamente|e normale|"
    r"what (?:would|should|do) (?:you|i|one|people) do)\b"
)
# an age not to be reached ("a vent'anni non ci arrivo", round 13) is the future, not an age recalled
_NOT_REACHED = r"(?!,? (?:(?:lui|lei|io) )?(?:non|nn|nun) ci arriv)"
_PAST = _Trigger(
    r"\b(?:(?:years?|months|winters?|summers?|springs?|autumns?) ago|(?:anni|mesi|inverni|estati|primavere|autunni|inverno|estate) fa|years? ago|months ago|long ago|a long time ago|(?<!this )(?<!these )last (?:year|summer|winter|spring|autumn|fall|month)|"
    r"when i was (?:a |younger|little|small|\d+|in |at |fifteen|sixteen|fourteen|thirteen|seventeen|a teen|eleven|twelve|eighteen|nineteen|"
    r"twenty|thirty|forty|at uni|a student)|"
    # "than I used to", "as I used to": a present compared with the past, not the past
    r"as a (?:teen|teenager|kid|child)|in the past|"
    # a school year told as a time ("in year 9 i kept wanting to..."), not the year the sender is in now
    r"(?<!i'm )(?<!im )(?<!i am )(?<!she's )(?<!he's )(?<!she is )(?<!he is )(?<!now )(?<!still )(?<!this )"
    r"in year (?:[1-9]|1[0-3]|seven|eight|nine|ten|eleven|twelve|thirteen)\b(?!,? (?:now|this year|and (?:i|she|he)\b))|"
    # "the year I wanted to die": a past period named by what it held
    r"the (?:year|years|summer|winter|spring|autumn|months|month|time|period|term) (?:when |that )?i (?:wanted|tried|was|felt|kept|thought|used|nearly|almost)\b|"
    # ... or by what befell someone close ("the year Dad was sick I needed a bottle every night")
    r"the (?:year|years|summer|winter|spring|autumn|months|month|period|term) (?:when |that )?(?:my |our )?(?:mum|mom|mam|dad|father|mother|nan|gran|"
    r"grandad|grandma|husband|wife|partner|brother|sister|son|daughter) (?:was|were|got|fell|died|passed|left|had)\b|"
    # ... or by a death before it, the one who died named ("the winter after Dermot died I would pray", round 14)
    r"the (?:year|years|summer|winter|spring|autumn|months|month|weeks|period|christmas) (?:after|following) (?:my |our )?[a-z]+ "
    r"(?:died|passed|passed away|was killed)\b|used to(?<!than i used to)(?<!than it used to)(?<!as i used to)(?<!than we used to)|"
    # "about what we got to on Tuesday": what a session went over
    r"what we (?:got to|got into|went over|covered|went through) (?:on|in|last|during|at)|"
    # what a session went over, and an act dated by the age it was done at ("when we went over the overdose I
    # took at nineteen", round 15; not a time of day: "the pills I took at 11 tonight")
    r"(?:when|where|once|after) we (?:went over|went through|talked through|looked at|covered|unpacked|worked through)\b|"
    r"(?:i|she|he) (?:took|did|had|tried|attempted|made) at (?:age |the age of )?(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty(?:-\w+)?|thirty|(?:1[3-9]|[2-6]\d)(?! ?(?:am|pm|:|\.\d|o'?clock|ish|tonight|today|this|last)\b))\b|back (?:then|in)|in high school|in middle school|"
    # an anniversary counted in years or months ("5 years today since I was in hospital after the overdose", round 16)
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (?:years?|months) (?:today |this week |this month )?since|"
    # "two years back", "a few months back": ago
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|some|many) (?:years?|months) back\b|"
    r"(?:in|back in) (?:19|20)\d\d|we (?:talked|spoke|discussed|talked about)|(?:talked|spoke) about (?:it )?(?:in|during|on|last)|"
    r"(?:in|during) (?:our |the )?(?:last |previous )?session|came up (?:in |during |at )?(?:our |the )?(?:last|previous) session|"
    # "whatever we try in therapy I'll always be like this": what therapy will do, not what was said there
    r"in therapy(?<!try in therapy)(?<!tried in therapy)(?<!trying in therapy)(?<!do in therapy)(?<!doing in therapy)|as we discussed|you asked (?:me )?(?:about|whether|if)|"
    r"anni fa|mesi fa|un anno fa|tanto tempo fa|molto tempo fa|tempo fa|l'anno scorso|l'estate scorsa|l'inverno scorso|l'autunno scorso|la primavera scorsa|il mese scorso|"
    r"quando (?:ero|avevo) (?:piccol|ragazz|giovane|adolescente|alle|al liceo|alle medie|in|\d+|quindici|sedici|quattordici|tredici)\w*|"
    # a past period named by what it held ("quando stavo male guardavo i binari", round 12)
    r"quando (?:stavo (?:male|malissimo|peggio|molto male|cosi male)|ero (?:depress\w*|in crisi|ricoverat\w*))\b|"
    r"da (?:ragazz|piccol|adolescente|giovane)\w*|in passato|a (?:tredici|quattordici|quindici|sedici|diciassette|\d+) ?anni"
    + _NOT_REACHED
    + "|"
    # an age in words beyond seventeen ("a diciannove anni ho preso tutte le gocce", seen round 12)
    r"a (?:diciotto|diciannove|dodici|undici|ventun|ventidue|ventitre|ventiquattro|venticinque) anni"
    + _NOT_REACHED
    + "|"
    r"a (?:vent|trent|quarant|cinquant|sessant)'? ?anni" + _NOT_REACHED + "|"
    # an old event recalled: "ho ripensato a quando...", "mi è tornato in mente quando..."
    r"(?:ripensato|ripenso|ripensavo|ripensando|ripensare|ricordo|ricordato|ricordavo|ricordando|ricordare|tornat[oa] in mente|torna in mente|"
    r"tornano in mente) (?:a |di )?quando|"
    r"ne abbiamo parlato|abbiamo parlato|di cui (?:abbiamo )?parlato|parlavamo|come dicevamo|"
    # "in seduta non ci riesco": what the sender cannot say in the session is not what was discussed
    r"in seduta(?!,? (?:non|nn) (?:ci |lo |le |ne |glielo |gliene )?(?:riesc|riusc)\w*)|"
    r"(?:nell'ultima|nella scorsa|nella ultima|all'ultima) seduta|la volta scorsa|mi (?:chiedeva|aveva chiesto|ha chiesto) se|"
    r"un tempo|(?<!in )(?<!tutto in )una volta(?! per tutte| sola| alla settimana| al giorno| al mese| ogni)|alle (?:superiori|medie|elementari)|"
    # a school year: "in seconda media", "in quarta elementare", "in terza superiore"
    r"in (?:prima|seconda|terza|quarta|quinta) (?:media|elementare|superiore|liceo|ginnasio)|al liceo|ai tempi (?:del liceo|della scuola|dell'universita)|"
    # "a settembre pensavo che...": a past month told with the imperfect
    r"a (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) (?:pensavo|volevo|scrivevo|credevo|avevo|ero|stavo)|"
    r"prima del ricovero|prima della terapia|prima di (?:iniziare|cominciare) (?:la terapia|le sedute))\b"
)
_RECENT = _Trigger(
    # ("two years ago tonight": an anniversary, not a recent time, seen round 12)
    r"\b(?:last night|yesterday|this morning|(?<!ago )(?<!years )(?<!year )(?<!months )today|(?<!ago )tonight|again|right now|an hour ago|just now|"
    # "I'm (much) better now", "now I'm fine": the present contrasted with a past cue
    r"now(?<!(?<!not )(?<!no )better now)(?<!(?<!not )fine now)(?<!okay now)(?<! ok now)(?<!well now)"
    r"(?! i(?:'?m| am) (?:(?!not |no |never )\w+ ){0,2}(?:better|fine|okay|ok|well|in a (?:good|better) place))|"
    # "la seduta di ieri", "ieri in seduta": the session was recent, not what was talked about
    # a past cue carried into this year ("e quest'anno sarà uguale", "anche quest'anno è così", round 15)
    r"quest'anno (?:sara|e|sembra|va|mi sembra) (?:uguale|lo stesso|la stessa cosa|identic[oa]|cosi|come (?:allora|l'anno scorso|prima|sempre))|"
    r"(?:sara|e) (?:uguale|lo stesso|la stessa cosa|cosi) (?:anche )?quest'anno|anche quest'anno(?! (?:invece|no|per fortuna|sto|va|e diverso|e passato)\b)|"
    r"(?:ieri|stamattina|stasera)(?<!seduta di ieri)(?<!seduta di stamattina)(?<!seduta di stasera)(?<!incontro di ieri)(?<!colloquio di ieri)"
    r"(?! (?:in|durante la|alla|a) seduta)|stanotte|di nuovo|ancora|poco fa|un'ora fa|"
    # "adesso invece...", "oggi invece...": the present contrasted with a past cue
    # ("scusi l'ora": the hour of the message, not a present time, round 14)
    r"(?:oggi|adesso|(?<!l')(?<!mezz')ora)(?! (?:invece|per fortuna|finalmente|mi sembra|(?:va|sto|sta|stai|stiamo|stanno) (?:(?:molto|decisamente|davvero|tanto|proprio|abbastanza|molto molto|un po') )?(?:bene|meglio)|sono (?:\w+ )?(?:anni|mesi|settimane)|"
    r"(?:non|nn) |e (?:tutto )?(?:diverso|passato|finito))))\b"
)
_IMPERFECT = _Trigger(
    r"\b(?:mi (?:tagliavo|tagliuzzavo|ferivo|bruciavo|graffiavo|picchiavo|facevo|alzavo)|pensavo|volevo"
    # the polite imperfect of a message ("volevo solo salutarla", "volevo dirle grazie") is present
    r"(?! (?:solo |soltanto |giusto |semplicemente |anche )?(?:dir|salut|ringrazi|chieder|avvis|far(?:le|ti|vi|gli) sapere|"
    r"scriver|informar|comunicar|aggiornar)[a-z]*\b)|avevo|ero|vedevo|bevevo|fumavo)\b"
)
# a date of years ago or a youth heading the clause of a cue (round 16), and what keeps it current
_DATED_BEFORE = re.compile(
    r"\b(?:(?:un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|quindici|venti|tanti|molti|parecchi|\d+) anni fa|"
    r"nel (?:19|20)\d\d|da (?:ragazz|piccol|adolescente|giovane|bambin|liceal)\w*)\s*$"
)
_AGAIN_NOW = re.compile(
    r"\b(?:di nuovo|ancora|rifatt\w*|rifaccio|ricominciat\w*|ricomincio|ripres\w*|riprendo|ricadut\w*|un'altra volta|stanotte|"
    r"ieri|stasera|poco fa|un'ora fa|come allora|tuttora|continuo)\b"
)
# ("show" as a verb after a subject or a modal is no programme: "hoping they show something", "the results will show it")
_MEDIA = _Trigger(
    r"\b(?:film|movie|song|lyrics?|book(?<!maths book)(?<!math book)(?<!exercise book)(?<!school book)(?<!homework book)(?<!science book)(?! (?:a|an|another|the|my|me|us|in|it|that|some|you|him|her|them|extra|earlier|appointment|session)\b)|novel|series|tv show|(?<!they )(?<!it )(?<!will )(?<!would )(?<!might )(?<!could )(?<!may )(?<!can )(?<!should )(?<!results )(?<!scan )(?<!scans )(?<!tests )show(?! (?:something|anything|nothing|up|signs?)\b)|episode|poem|quote|quoting|character|sings?|sang|"
    r"rapper|singer|"
    # a play on stage, not "watched him play football" (the sender's own act after it stays current)
    # (not "fair play to it", "foul play", round 17)
    r"(?<!fair )(?<!foul )play(?! (?:football|soccer|rugby|cricket|tennis|golf|hockey|basketball|netball|pool|darts|cards|games?|video games?|chess|"
    r"poker|fifa|minecraft|fortnite|roblox|music|guitar|piano|drums|outside|with|in the (?:garden|park|yard|street|snow|sand))\b)|"
    r"scene|line from|singing|humming|tagline|caption|slogan|"
    # a song's line heard on the radio and stuck in the head ("X have that line '...', the radio played it", round 16)
    r"(?:have|has|had|got) (?:that|this) line|radio (?:played|was playing|keeps playing|plays)|earworm|"
    r"(?:essay|assignment|coursework|dissertation|thesis) (?:on|about)|"
    # a text read for an exam ("Jake's English set text has a boy who says...", round 19)
    r"set (?:text|texts|book|books|play|poem|novel)|(?:gcse|a-level|a level|english lit\w*) (?:text|book|play|poem|novel)|"
    r"for (?:my|an|a|the) (?:\w+ )?(?:essay|assignment|coursework|dissertation|thesis)|"
    # a textbook opened to study is not a title ("non riesco ad aprire il libro di privato", round 17)
    r"canzone|(?<!aprire il )(?<!apro il )(?<!aperto il )(?<!studiare il )(?<!studio il )libro(?! (?:di (?:testo|scuola|esercizi|diritto|privato|"
    r"pubblico|penale|storia|matematica|chimica|fisica|latino|greco|inglese|biologia|anatomia|economia|filosofia|statistica|analisi|geografia)|"
    r"da studiare|dell'esame|per l'esame|del corso)\b)|romanzo|serie|puntata|poesia|citazione|personaggio|"
    # a title on at the cinema or on tv: "al cineforum danno 'Le vergini suicide'"
    r"(?:al|in|alla|su) (?:cinema|cineforum|cineclub|tv|televisione|teatro|rai|netflix) (?:(?:del|della|dello|dell'|di|sotto) [\w']+ )?(?:stasera |domani |ieri |sabato |giovedi )?"
    r"(?:danno|fanno|proiettano|trasmettono|c'e|ce|davano|hanno dato|hanno proiettato|facevano|mettono)|"
    r"(?:danno|proiettano|trasmettono|replicano) (?:stasera |domani |giovedi |sabato )?(?:al|in|alla|su) (?:cinema|cineforum|cineclub|tv|televisione|teatro|rai|netflix)|"
    r"protagonista|cantante|(?<!libro di )(?<!libri di )testo|scena|(?<!non e una )(?<!nn e una )(?<!non e solo una )frase(?! (?:a effetto|fatta|per dire)\b)|attore|attrice|commedia|copione|monologo|"
    # "l'attore gridava: ...", "la mia collega ha detto: ... 😂" (with a laugh: a joke retold; a son or a
    # daughter is not listed: a parent reports the patient)
    r"(?:attore|attrice|personaggio|cantante|protagonista) (?:gridava|urlava|diceva|dice|canta|cantava|recitava|ha detto|ha urlato|ha gridato)"
    r"\s*:\s*['\"]?(?=\w)|"
    r"(?:collega|amic[oa]|nonna|nonno|zia|zio|vicin[oa]|prof\w*|capo|cugin[oa]|coinquilin[oa]|compagn[oa] di (?:classe|banco|corso)|"
    r"fratello|sorella|madre|mamma|padre|papa|marito|moglie|fidanzat[oa]) (?:mi |ci )?"
    r"(?:ha detto|dice|diceva|ripete|ripeteva|gridava|urlava|ha urlato|ha gridato|ha scritto|scrive|faceva)"
    r"(?: sempre| spesso| ogni volta| di continuo)?\s*:\s*['\"]?(?=[^.!?\n]{0,120}(?:\x03|ahah|haha|xd\b))|"
    r"(?:a|the) (?:talk|lesson|class|assembly|workshop|documentary|article|podcast|lecture|seminar|campaign|presentation) (?:about|on)|"
    r"(?:health|biology|pshe|psychology|religion) class|"
    r"(?<!durante )(?:una|la|un|il|l') ?(?:lezione|assemblea|documentario|articolo|conferenza|campagna|presentazione|incontro|tesina|tesi|ricerca|relazione|saggio|"
    r"convegno|seminario|mostra|podcast|tema) (?:sul|sulla|sull'|su|sui|del|della|di)"
    # a date, not a topic ("l'incontro di dicembre", round 16)
    r"(?! (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|lunedi|martedi|"
    r"mercoledi|giovedi|venerdi|sabato|domenica|domani|oggi|ieri|stasera|stamattina|\d)))\b"
)
# English reported speech after a colon ("my friend told me: I want to die"): someone else's
# words (low), or the patient's when a parent quotes their child ("Lily told us: ...")
_COLON_REPORT = re.compile(
    r"\b(?:(?:told|texted|messaged|wrote to|said to|asked|screamed at|shouted at|whispered to) (?:me|us)|"
    r"(?:he|she|they|friend|mate|sister|brother|cousin|flatmate|housemate|roommate|colleague|boyfriend|girlfriend|"
    r"partner|husband|wife|mum|mom|dad|neighbou?r|someone|somebody) (?:just )?(?:said|says|wrote|texted|messaged|posted|"
    r"screamed|shouted|goes|went|whispered))\s*:\s*['\"]?[^.!?\n:]*$"
)
# Italian reported speech after a colon ("mi ha detto: voglio morire"): someone else's words,
# unless a parent is writing about their child
_COLON_REPORT_IT = re.compile(
    r"\b(?:(?:(?:mi|ci|gli|le|ti|vi) )?(?:ha|hanno|aveva|avevano) (?:\w+ )?(?:detto|scritto|risposto|urlato|gridato|confidato|"
    r"sussurrato|mandato|ripetuto|confessato|raccontato)|(?:(?:mi|ci|gli|le) )?(?:dice|diceva|dicono|scrive|scriveva|ripete|"
    r"ripeteva|urla|urlava|grida|gridava|risponde|rispondeva)(?: \w+)?) ?:[^.\n:\"]*$"
)
# a child named by the parents: "<name> told us:" (not "my friend", "he", "the teacher")
_NAMED_TOLD_US = re.compile(
    r"(?:^|[.!?\n,;]\s*|\b(?:and|but|so|today|tonight|yesterday|then) )(?!(?:he|she|they|someone|somebody|everyone|"
    r"friend|mate|sister|brother|cousin|teacher|doctor|nurse|tutor|coach|neighbou?r|boss|partner|flatmate|roommate)\b)"
    r"[a-z]+ (?:just |also )?(?:told|texted|messaged|said to|wrote to|screamed at|shouted at) us\s*:[^.!?\n:]*$"
)
# an old diary read again: the past, even when it was read last night
_DIARY = _Trigger(
    r"\b(?:old )?(?:diary|diaries|journal|journals) from (?:when|years|my teens|school|uni|back)\b"
)
# the return or the worsening of an illness that is already there, then the wish itself in the
# main clause ("if it comes back I'd rather it just took me", "se torna preferirei morire"): a
# condition about a real illness, not a hypothesis about the wish
_ILLNESS_IF = re.compile(
    r"\b(?:if|when|se|quando) (?:it|this|the (?:cancer|tumou?r|illness|disease|pain|depression|lump)|my (?:cancer|tumou?r|illness|pain|depression)|"
    r"(?:il|lo|la|l') ?(?:tumore|cancro|male|malattia|dolore|depressione)|(?:mi )?(?:torna|ritorna))?"
    r" ?(?:comes? back|returns?|spreads?|gets? worse|(?:il|lo|la|l') ?(?:tumore|cancro|male|malattia|dolore|depressione)|"
    r"torna|ritorna|peggiora|si ripresenta|si diffonde)(?: (?:again|ancora|di nuovo))?"
    r",? (?:then |allora )?(?:i'?d |i would |io )?(?:just |really |honestly |davvero )?$"
)
# a hypothesis that also lowers the negations that carry the risk ("if I ever feel they'd be
# better off without me again, what do I do?")
_HYPO_FIXED = _Trigger(r"\b(?:if i ever|if ever i|what if|suppose i|supposing i|hypothetically)\b")
# the verb of a hypothesis whose "if" an aside cut off ("se un giorno, per caso, pensassi al
# suicidio...", "if, one day, I ever wanted..."): "ever", "were to" or an imperfect subjunctive
_HYPO_VERB = _Trigger(
    r"\b(?:ever|were to|was to|[a-z]+(?:assi|essi|issi|asse|esse|isse|assero|essero|issero))\b"
)
# words with a subjunctive's ending that are not verbs ("gli stessi pensieri", "le tasse")
_NOT_SUBJ = frozenset(
    [
        "stessi",
        "stesse",
        "essi",
        "esse",
        "interesse",
        "interessi",
        "promesse",
        "promessi",
        "messe",
        "messi",
        "permessi",
        "scommesse",
        "successi",
        "processi",
        "riflessi",
        "compromessi",
        "complessi",
        "spessi",
        "spesse",
        "classe",
        "classi",
        "tasse",
        "casse",
        "basse",
        "bassi",
        "grasse",
        "grassi",
        "passi",
        "sassi",
        "massi",
        "rosse",
        "rossi",
        "adesso",
        "fisse",
        "fissi",
        "lessi",
        "eclissi",
        "crisi",
    ]
)


# the words that open a hypothesis an aside can cut off (a cheap test before the regexes)
_HYPO_OPEN = frozenset(("if", "se", "caso", "qualora", "casomai", "suppose", "supposing"))


def _hypo_verb(text: str) -> bool:
    # every subjunctive ending has "ss" (a cheap test before the regex on the hot path)
    if "ss" not in text and "ever" not in text and " to" not in text:
        return False
    # after "che" a subjunctive is a wish ("vorrei che finisse tutto"), not a hypothesis
    return any(
        m.group(0) not in _NOT_SUBJ
        and not m.group(0).startswith(("interess", "process"))
        and not text.endswith("che ", 0, m.start())
        for m in _HYPO_VERB.finditer(text)
    )


def _hypothesis_asked(folded: str, start: int, end: int) -> bool:
    """The items listed after a subjunctive "if" in a sentence that ends by asking ("se un giorno mi venisse
    in mente di sistemare tutto, la lettera ..., le pastiglie messe da parte, lei cosa mi direbbe?", round
    19): the cue is one of the hypothesis's items, however far from its verb."""
    # (the sentence's end within the reach of sentence_around: a letter is not searched to its end)
    m = _SENTENCE_END.search(folded, end, end + 240)
    if m is None or folded[m.start()] != "?":
        return False
    return _hypo_verb(folded[sentence_start(folded, start) : start])


# "I said...", "I've always said..." (round 15: "I've always said the cliffs at X is where I'd want it to end")
_SELF_REPORT = re.compile(r"(?:^|\W)(?:i|i'?ve|ive|i have|i'?d|i had) (?:\w+ )?$")
_REPORT_EN = ("said", "says", "saying", "told", "wrote", "texted", "messaged", "asked")
_REPORT = _Trigger(
    r"\b(?:said|says|saying|told (?:me|us|him|her|them)|wrote|texted|messaged|asked|ha detto|dice|diceva|ha scritto|mi ha detto|"
    r"ci ha detto|diceva che|ha chiesto)\b"
)
_THIRD_CUE = _Trigger(
    r"\b(?:himself|herself|themselves|themself|his (?:own )?life|her (?:own )?life|their (?:own )?life|his wrists?|her wrists?|"
    r"(?:his|her|their) (?:arms?|legs?|thighs?|stomach)|(?:he|she|they) (?:was|were|could be|'d be|had been)|without (?:him|her|them)|"
    r"wants|tries|tried to kill (?:him|her)|si|vuole|vorrebbe|voleva|ha preso|ha tentato|ha ingoiato|"
    # someone else's fear ("ha paura di non farcela", round 13)
    r"ha paura|aveva paura|teme|temeva)\b"
)
_FIRST_CUE = _Trigger(
    r"\b(?:myself|my life|my wrists?|my (?:birthday|graduation|recital|big day|anniversary)|mi|me|voglio|vorrei|ho|sono|io|morissi|"
    # a first-person verb of staying in ("da quando è mancata mia moglie non esco più di casa", round 19)
    r"esco|rimango|resto|sparissi|esistessi|(?:non|nn) ci fossi|ci (?:vuole|vorrebbe|vorra)|"
    r"sarebbe (?:bello|bellissimo|meglio|un sollievo|una liberazione)|"
    # the others' relief if the sender were no more ("my husband would be free if I was no more", round 19): the sender's
    r"(?:if|once|when) i ?(?:am|'m|m|was|were) (?:no more|gone)|(?:if|once|when) i (?:comot|no dey))\b"
)
# an English "I" as the subject in a cue ("wish I was dead"), not the Italian article ("i polsi")
_FIRST_I = _Trigger(
    r"\b(?:i(?:'m|'ve|'d|'ll)|i (?:was|am|were|wish|want|wanted|could|would|will|should|had|have|just|really|"
    r"don'?t|can'?t|won'?t|never|ever|keep|feel|felt|think|need|wont|cant|dont))\b"
)
# a third person's negated main clause ending in "that"/"che" before the sender's own cue: the
# negation is theirs ("she doesn't get that I want to die", "lei non capisce che voglio morire")
_OTHER_NEG_THAT = re.compile(
    r"\b(?:he|she|they|nobody|lui|lei|loro|(?:my|his|her|mia|mio) \w+)\b[^,;:]*?"
    # (not the Italian "non è che voglio...", "it's not that I want...": the sender's own denial)
    r"(?:\b\w+n'?t|\bnot|\bnever|\b(?:non|nn)(?! e che (?:io )?$)|\bmai)\b"
    r"[^,;:]*\b(?:that|che)\s*(?P<rest>(?:i|io)\b[^,;:]*)?$"
)
# Italian first-person verbs in the cue's own clause: the sender is its subject, whoever else
# the sentence names ("mia madre pensa che sia stress, penso sempre a farla finita")
_FIRST_VERB_IT = _Trigger(
    r"\b(?:penso|pensavo|vorrei|voglio|volevo|ho|avevo|sto|stavo|faccio|facevo|riesco|posso|devo|vado|continuo|"
    r"desidero|spero|sogno|immagino|sento|ho voglia)\b"
)
_SUBJECT = re.compile(
    r"\b(?:(?P<first>i|i'm|im|i've|ive|i'd|io|me(?! (?:cucinu|cucina|frati|soru|amicu|ziu|niputi|cumpari|cummari|maritu|mugghieri|cugnatu|cugnata)\b))|(?P<third>he|she|they|he's|she's|they're|someone|somebody|"
    r"(?:my|a|her|his|our) (?:best )?(?:friend|sister|brother|mum|mom|mother|dad|father|cousin|aunt|uncle|grandma|"
    r"grandmother|grandpa|grandfather|grandad|granddad|granny|nanna|partner|boyfriend|girlfriend|husband|wife|colleague|classmate|roommate|"
    r"flatmate|housemate|mate|bestie|bff|nan|gran|niece|nephew|stepdad|stepmum|fiance|fiancee|"
    r"neighbou?r|son|daughter|kid|child|teacher|patient|girl|boy|guy)|"
    # a stranger, a trade or a role named by an article ("the man who jumped", "the barber took a razor
    # to my neck", "the boy playing Romeo drank the poison"): a subject only in a subject's place (see
    # _last_subject)
    r"(?P<noun>(?:the|a|an|this|that) (?:[a-z0-9]+ )?(?:man|woman|men|women|boy|girl|guy|lad|bloke|lady|gentleman|chap|"
    r"kid|child|teenager|teen|student|pupil|stranger|patient|barber|hairdresser|nurse|doctor|surgeon|dentist|paramedic|"
    r"pharmacist|chemist|carer|caregiver|vet|technician|receptionist|"
    r"actor|actress|character|hero|heroine|villain|narrator|singer|driver|passenger|customer|client|poet|author|"
    r"writer|celebrity|footballer|player))|lui|loro|qualcuno|"
    # ("mi' fratello", "mi' sorella": the Tuscan and Roman possessive, round 14)
    r"(?:il |la |un |una |un')?(?:mio|mia|suo|sua|nostro|nostra|mi') ?(?:migliore )?(?:amic[oa]|fratello|sorella|madre|mamma|"
    r"padre|papa|cugin[oa]|ragazz[oa]|compagn[oa]|coinquilin[oa]|marito|moglie|collega|vicin[oa]|nonn[oa]|zi[oa]|figli[oa]|prof|"
    r"professor\w*|insegnante|cognat[oa]|suocer[oa]|genero|nuora)|un(?:a|')? ?(?:amic[oa]|compagn[oa]|collega|ragazz[oa]|conoscent\w*)|"
    # a relative named in Neapolitan, the possessive after the noun ("'o frate mio", "frateme", round 18)
    r"(?:'o |o |'a |a )?(?:frate|sora|cumpagn[oa]|cainat[oa]|cugin[oa]|zi[oa]|nepot[ei]) (?:mio|mia|meo)|"
    r"frateme|soreme|pateme|mammema|cainateme|cainatema|"
    # a relative named in Sicilian ("me cucinu Sarvuzzu", "u me frati", round 17)
    r"(?:u |a |lu |la )?(?:me|mi) (?:cucinu|cucina|frati|soru|amicu|ziu|niputi|cumpari|cummari|maritu|mugghieri|cugnatu|cugnata)))\b"
)
_PROXY = re.compile(
    r"\b(?:my (?:son|daughter|child|kid|boy|girl|stepson|stepdaughter)|our (?:son|daughter|child|kid)|"
    # "our 14 year old", "my 15-year-old", "our eldest": a child named by age or rank, not a sibling
    r"(?:my|our) (?:1[0-9]|[2-9]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[ -]?(?:years?[ -]old|yr[ -]old|yo)"
    r"(?! (?:sister|brother|cousin|niece|nephew|friend|student|pupil|patient|neighbou?r|classmate)s?\b)|"
    r"our (?:eldest|youngest|oldest|middle one|teen|teenager|teenage (?:son|daughter|boy|girl))|"
    r"(?:il nostro|la nostra|nostro|nostra) (?:ragazz[oa]|primogenit[oa]|piccol[oa])|"
    r"(?:mio|mia) (?:ragazz[oa]|primogenit[oa]) di (?:1[0-9]|[2-9]|undici|dodici|tredici|quattordici|quindici|sedici|diciassette) anni|"
    r"[a-z]+'s (?:mum|mom|mother|father|dad|parents?|stepmother|stepfather)|(?:his|her) (?:father|mother|dad|mum|mom) and i|"
    r"(?:mio|mia|nostro|nostra) (?:figlio|figlia|bambino|bambina|figliastr[oa])(?![^.!?\n]{0,30}?\b(?:[3-9]\d |(?:trent|quarant|cinquant)\w*[ '])anni\b)|(?:i )?nostri figli|"
    r"(?:la mamma|il papa|la madre|il padre|i genitori|la matrigna|il patrigno) di [a-z]+|io e (?:sua|suo) (?:madre|padre|mamma|papa)|"
    # a parent's signature or introduction without the article: "Paola (mamma di Aurora)", "Marco, papà di Luca"
    r"(?:(?<=\()|(?<=[,\n-] )|(?<=^)|(?<=sono ))(?:mamma|papa|madre|padre|matrigna|patrigno|genitori) di [a-z]+|"
    # a son, a spouse, a carer introducing themselves as the patient's ("sono Stefano, il figlio della signora
    # Ornella", "sono Ionela, badante di signor Aldo", round 13): their report is the patient's state
    r"(?<=sono )(?:[a-z]+,? )?(?:il |la |l')?(?:figli[oa]|marito|moglie|badante|compagn[oa]|nipote|nuora|genero|assistente familiare)"
    r" (?:della signora|del signor|del signore|di signor|di signora|della sig\.?ra|del sig\.?|di|della|del) (?!un\b|una\b|uno\b)[a-z]+|"
    r"(?:can|could|would) you (?:please )?see (?:her|him) (?:this week|soon|sooner|today|tomorrow|before)|"
    r"(?:bring|move) (?:her|his) (?:appointment|session|next session|next appointment) (?:forward|earlier|sooner)|"
    r"the school (?:called|rang|phoned|emailed) (?:us|me)|"
    # a partner, a flatmate, a friend introducing themselves as the patient's ("this is Paula, Graham's wife",
    # "I'm Noor's flatmate", "Hannah (his wife)", "she's your patient"): their report is the patient's state
    r"(?:(?<=this is )|(?<=it's )|(?<=its )|(?<=i'm )|(?<=im )|(?<=i am )|(?<=message from ))(?:[a-z]+,? ){0,2}[a-z]+'s (?:wife|husband|partner|girlfriend|boyfriend|"
    r"fiance|fiancee|flatmate|housemate|roommate|da|mam|daughter|son|carer|friend|best friend)(?! (?:and|who|in|at)\b)(?!(?<!carer) from\b)|"
    # ("Mrs Pryce's carer from the agency", round 18; a carer introducing themselves by the work: _PROXY_CARER)
    r"\((?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|daughter|son|flatmate)\)|"
    # the same in Italian ("sono Marta, la compagna di Davide", "sono Paolo il marito di Serena", "Marta
    # (compagna di Davide)", seen round 12)
    r"(?:(?<=sono )|(?<=\())(?:[a-z]+,? )?(?:la |il )?(?:moglie|marito|compagna|compagno|fidanzata|fidanzato|convivente) di [a-z]+"
    r"(?! (?:e|che|in|da|del|della|a)\b)|"
    r"(?:he'?s|she'?s|he is|she is|they'?re) your (?:patient|client)|"
    r"(?:she|he) (?:could|can|might) be seen (?:sooner|earlier|before|this week|soon)|"
    r"ci (?:ha|hanno) (?:chiamat[oi]|convocat[oi]|telefonato) (?:dalla scuola|la scuola|il preside|la preside|la prof|l'insegnante|gli insegnanti)|"
    r"(?:puo|potrebbe|riesce a) (?:vederl[oa]|sentirl[oa]|riceverl[oa]|parlargli|parlarle|visitarl[oa]) (?:questa settimana|prima|presto|domani|oggi|al piu presto))\b"
)

# a carer introducing themselves by the work ("I'm Denise, I look after Mr Whitlock on weekdays",
# round 18): their report is the patient's state (apart from _PROXY, whose scan of a long letter it
# slowed by a fifth; its own prefilter _may_proxy_carer asks for "i look after mr", "i care for mrs")
_PROXY_CARER = re.compile(
    r"(?:(?<=this is )|(?<=it's )|(?<=its )|(?<=i'm )|(?<=im )|(?<=i am ))[a-z]+,? i (?:look after|care for) (?:mr|mrs|ms|miss|dr) [a-z]+\b"
)


_WORD = re.compile(r"[a-z0-9]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_THAT = re.compile(r"\b(?:that|che)\b")
_NOBODY = re.compile(r"(?:nobody|no one|noone|nessuno|nessun)\b")
# God or death, the subject of a cue whose object is the sender ("il Signore ... venirmi a prendere",
# round 15): about the sender
_DIVINE_TAKES_ME = re.compile(
    r"(?:signore|dio|padreterno|madonna|gesu|la morte)\b[^.!?\n]*?\b(?:venirmi|prendermi|portarmi|chiamarmi|"
    r"mi (?:venga|prenda|porti|chiami))\b"
)
_CONJ = re.compile(r"\b(?:e|ed|and|or|o|ne|nor)\b")
# "I'm not sleeping and I want to die", "non dormo e io voglio morire", "non dormo e voglio
# morire": a coordinator that opens a clause with its own subject, or its own first-person verb
# right before the cue, ends the negation's reach; "I'm not going to hurt myself and end it" keeps it
_NEW_SUBJECT = re.compile(
    r"\b(?:and|e|ed)\s+(?:i|i'm|im|i've|ive|io|voglio|vorrei|penso|mi|ho|sto)\b"
)
_RSI = re.compile(r"[a-z]rsi\b")  # third-person reflexive infinitives: uccidersi, tagliarsi


def clause_before(folded: str, start: int, limit: int = 160) -> str:
    """Text from the last clause terminator before ``start`` (at most ``limit`` chars)."""
    lo = max(0, start - limit)
    window = folded[lo:start]
    r = window.rfind
    cut = max(r("."), r("!"), r("?"), r(";"), r(":"), r("\n"), r(",")) + 1
    tail = window[cut:]
    words = _CLAUSE_WORDS.finditer(tail)
    if words:
        tail = tail[words[-1].end() :]
    return tail


def sentence_start(folded: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last ".", "!", "?" or line break)."""
    return max(folded.rfind(c, 0, pos) for c in ".!?\n") + 1


def sentence_around(folded: str, start: int, end: int, limit: int = 240) -> str:
    lo = max(0, start - limit)
    before = folded[lo:start]
    r = before.rfind
    cut = max(r("."), r("!"), r("?"), r("\n")) + 1
    if cut:
        before = before[cut:]
    after = folded[end : end + limit]
    m = _SENTENCE_END.search(after)
    if m:
        after = after[: m.start()]
    return before + folded[start:end] + after


# "non penso (più) che", "non credo davvero che" closing on the cue's clause, no "ma" after it
_DENIED_BELIEF = re.compile(
    r"\b(?:(?:non|nn) (?:lo )?(?:penso|credo|sono convint[oa]|mi sembra|mi pare|prego|spero) (?:piu |davvero |proprio |affatto |assolutamente )?che|"
    # "non è vero che non ce la faccio più" (round 13): the cue denied as untrue
    r"(?:non|nn) e (?:mica |proprio |affatto )?vero che) "
    # (the last words are joined without their trailing space: the cue's clause may end on a word)
    r"(?!.*\b(?:ma|pero|anzi|invece)\b)(?:[\w']+ ){0,7}(?:[\w']+)?$"
)


# an English belief denied, the others as its subject ("I no longer think my family would be better off without
# me", round 14): the cue is denied as a whole (not "I don't think I want to live": the sender's own wish)
_DENIED_BELIEF_EN = re.compile(
    r"\b(?:i )?(?:no longer|don'?t|dont|do not|never|do not really|don'?t really) (?:really |honestly |actually )?(?:think|believe|feel) "
    r"(?:any ?more |now )?(?:that )?(?:my (?:family|kids|children|parents|mum|mom|dad|wife|husband|partner)|everyone|everybody|the family|"
    r"they|people)\b(?!.*\b(?:but|though|although|except)\b)(?: [\w']+){0,4} ?$"
)


# a way of dying no longer thought about, the thinking denied a few words before the "how to" that opens the cue ("I
# am not thinking any more in the day how to finish my life", round 19)
_DENIED_HOW_EN = re.compile(
    r"\b(?:not|no longer|never|no|don'?t|dont|do not) (?:really |even )?(?:thinking|think|planning|plan|wondering|researching|"
    r"googling|looking up)(?: any ?more| now)?(?! (?:i|that)\b)(?: [\w']+){0,5} (?:how|ways?|methods?) (?:to|i (?:could|would|might))$"
)


def _belief_denied(pre: str) -> bool:
    """Does a denied belief (Italian or English) govern the cue that follows ``pre``?"""
    last = _last_words(pre, 11)
    return bool(
        _DENIED_BELIEF.search(last)
        or _DENIED_BELIEF_EN.search(last)
        or _DENIED_HOW_EN.search(last.rstrip())
    )


def _last_words(s: str, n: int) -> str:
    parts = s.split()
    return " ".join(parts[-n:]) if len(parts) > n else s


_ENDINGS = (
    "",
    "o",
    "a",
    "i",
    "e",
    "s",
    "es",
    "ed",
    "ing",
    "are",
    "ere",
    "ire",
    "ato",
    "ata",
    "ati",
    "ate",
    "iamo",
    "ando",
    "avo",
    "ava",
    "ino",
    "ina",
    "ini",
    "ine",
)


class _Gate:
    """The first words a trigger regex can start with: skip the search when none occurs."""

    def __init__(self, rx: _Trigger | re.Pattern[str], words: frozenset[str] | None = None) -> None:
        from .rules import _tokens, expand  # local: rules imports the lexicons

        self.rx = rx
        if words is not None:  # a curated set: one of these words occurs in every match
            self.always = False
            self.exact = words
            return
        pattern = rx.pattern[2:] if rx.pattern.startswith(r"\b") else rx.pattern
        try:
            paths = _tokens(expand(pattern))
        except (ValueError, IndexError):
            paths = []
        self.always = not paths
        exact = {w for w, pre, _r in paths if not pre}
        # a stem ("nessun", "immagin") stands for its usual inflections
        for stem in {w for w, pre, _r in paths if pre}:
            exact.update(stem + end for end in _ENDINGS)
        self.exact = frozenset(exact)

    def possible(self, words: set[str]) -> bool:
        return self.always or not self.exact.isdisjoint(words)


def _gates() -> dict[str, _Gate]:
    return {
        name: _Gate(rx, *extra)
        for name, rx, *extra in (
            ("neg", _NEG),
            ("hypo", _HYPO),
            ("media", _MEDIA),
            ("report", _REPORT),
            ("third", _THIRD_CUE),
            ("subject", _SUBJECT),
            ("past", _PAST, _PAST_WORDS),
            ("recent", _RECENT),
        )
    }


_GATES: dict[str, _Gate] = {}
# every branch of _PAST contains one of these words (or a year, see modifiers())
_PAST_WORDS = frozenset(
    [
        "ago",
        "fa",
        "last",
        "when",
        "teen",
        "teenager",
        "kid",
        "child",
        "past",
        "used",
        "back",
        "high",
        "middle",
        "talked",
        "spoke",
        "discussed",
        "session",
        "therapy",
        "asked",
        # "the year I wanted to die"
        *(
            "year",
            "years",
            "summer",
            "winter",
            "spring",
            "autumn",
            "month",
            "months",
            "time",
            "period",
            "term",
        ),
        "scorso",
        "scorsa",
        "quando",
        "ragazzo",
        "ragazza",
        "ragazzi",
        "ragazze",
        "piccolo",
        "piccola",
        "piccoli",
        "piccole",
        "adolescente",
        "giovane",
        "passato",
        "anni",
        "parlato",
        "parlavamo",
        "dicevamo",
        "seduta",
        "volta",
        "chiedeva",
        "chiesto",
        "tempo",
        "superiori",
        "medie",
        "media",
        "elementare",
        "superiore",
        "ginnasio",
        "elementari",
        "liceo",
        "tempi",
        "ricovero",
        "terapia",
        "sedute",
        "ventanni",
        "trentanni",
        "quarantanni",
        "cinquantanni",
        "sessantanni",
        "ripensato",
        "ripenso",
        "ripensavo",
        "ripensando",
        "ripensare",
        "ricordo",
        "ricordato",
        "ricordavo",
        "ricordando",
        "ricordare",
        "mente",
        *("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto"),
        *("settembre", "ottobre", "novembre", "dicembre"),
    ]
)


class _Sentence:
    """The answers about one sentence that do not depend on where the cue is in it, each
    computed on first use: the cues of a short message usually share their sentence."""

    __slots__ = ("_diary", "_media", "_past", "_recent", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = set(_WORD.findall(text))
        self._diary: bool | None = None
        self._media: bool | None = None
        self._past: bool | None = None
        self._recent: bool | None = None

    def diary(self) -> bool:
        """An old diary or journal read again (``_DIARY``)."""
        if self._diary is None:
            w = self.words
            self._diary = (
                "diary" in w or "diaries" in w or "journal" in w or "journals" in w
            ) and _DIARY.search(self.text) is not None
        return self._diary

    def media(self) -> bool:
        """A film, song, book or someone's joke (``_MEDIA``)."""
        if self._media is None:
            self._media = _GATES["media"].possible(self.words) and bool(_MEDIA.search(self.text))
        return self._media

    def past(self) -> bool:
        """A past time or a therapy session (``_PAST``)."""
        if self._past is None:
            self._past = bool(
                (_GATES["past"].possible(self.words) or _YEAR.search(self.text))
                and _PAST.search(self.text)
            )
        return self._past

    def recent(self) -> bool:
        """A recent time that keeps a past cue current (``_RECENT``)."""
        if self._recent is None:
            self._recent = _GATES["recent"].possible(self.words) and bool(_RECENT.search(self.text))
        return self._recent


class WordOffsets(Protocol):
    """The offsets of the words of a text (``engine.WordIndex``)."""

    def __getitem__(self, word: str) -> list[int]: ...

    def starting(self, stems: tuple[str, ...]) -> list[str]: ...


class Shared:
    """What the modifiers of the cues of one message share: pass one per message (several cues
    are often in one sentence or start at one offset). Plain memos of pure functions of the
    text, so the modifiers are the same with or without it."""

    __slots__ = ("clauses", "double_quotes", "index", "sentences", "subjects")

    def __init__(self, index: WordOffsets | None = None) -> None:
        self.index = index  # a long text's word offsets (engine.WordIndex), or None
        self.sentences: dict[str, _Sentence] = {}
        self.clauses: dict[int, str] = {}  # cue start -> clause_before(folded, start)
        self.subjects: dict[int, bool] = {}  # cue start -> a third-person subject before it
        self.double_quotes: tuple[str, bool] | None = None  # (folded, '"' in folded)

    def has_double_quote(self, folded: str) -> bool:
        """``'"' in folded``, looked for once per message (a long letter's cues all ask)."""
        found = self.double_quotes
        if found is None or found[0] is not folded:
            found = self.double_quotes = (folded, '"' in folded)
        return found[1]

    def sentence(self, text: str) -> _Sentence:
        found = self.sentences.get(text)
        if found is None:
            found = self.sentences[text] = _Sentence(text)
        return found

    def clause(self, folded: str, start: int) -> str:
        found = self.clauses.get(start)
        if found is None:
            found = self.clauses[start] = clause_before(folded, start)
        return found


# the words before a subject at the head of its clause ("... and the boy playing Romeo drank ...")
_CLAUSE_HEAD = frozenset(
    ("and", "but", "then", "when", "so", "because", "while", "after", "before", "until", "about")
)
# a copula after a named stranger: "the checkout girl is the only one I talk to" (not an act of theirs)
_COPULA_AFTER = re.compile(r" (?:is|was|are|were|'s|seems|seemed|feels|felt)\b")
# a relative clause after a named stranger ("the man who jumped", "a lovely man of 58 who came in")
_WHO_AFTER = re.compile(r"(?: [a-z0-9']+){0,4}? who\b")
# a break between a named stranger and the cue: the cue is in another clause
_OWN_CLAUSE_BREAK = re.compile(r"[,;:(]| (?:and|but|then|so) ")


def _last_subject(
    text: str, nouns: bool = True, after_preposition: bool = True
) -> re.Match[str] | None:
    """The last subject ``_SUBJECT`` finds in ``text`` (the text before a cue); a stranger or a
    role named by an article ("the man", "a barber") only at the head of its clause or before
    "who" (not an object: "saw a man on the bridge and thought about jumping"), and only in the
    cue's own clause (not "the nurse went home at 6, took 40 paracetamol at 7")."""
    last = None
    for m in _SUBJECT.finditer(text):
        # "il numero di mia sorella", "l'ho detto a mio fratello": after an Italian preposition a
        # relative is not the subject (``after_preposition`` False: skip those)
        if not after_preposition and m.group("third"):
            prev = text[: m.start()].rsplit(None, 1)
            if prev and prev[-1] in _AFTER_PREPOSITION:
                continue
        if m.group("noun") is not None:
            if not nouns:
                continue
            head = text[: m.start()].rstrip()
            rest = text[m.end() :]
            if (
                not (
                    not head
                    or head[-1] in ".,;:!?(\n"
                    or head.rsplit(None, 1)[-1] in _CLAUSE_HEAD
                    or _WHO_AFTER.match(text, m.end())
                )
                or _OWN_CLAUSE_BREAK.search(rest)
                or _COPULA_AFTER.match(text, m.end())
            ):
                continue
        last = m
    return last


def _third_subject_before(folded: str, start: int, shared: Shared) -> bool:
    """Is the last subject of the sentence before ``start`` a third person?"""
    found = shared.subjects.get(start)
    if found is None:
        lo = max(0, start - 240)
        before = folded[lo:start]
        r = before.rfind
        cut = max(r("."), r("!"), r("?"), r("\n")) + 1
        last = _last_subject(before[cut:] if cut else before, after_preposition=False)
        found = shared.subjects[start] = bool(last and last.group("third"))
    return found


# a cousin, a friend, a sibling as the subject of the cue's clause: someone else's, even when a parent
# writes ("la cugina di Aurora le ha detto che vorrebbe morire"), not after a preposition ("ha detto a sua cugina che...")
_PEER_SUBJ_IT = re.compile(
    r"\b(?:la|il|lo|l'|sua|suo|una|un|un'|mia|mio|i|le|gli|sue|suoi) ?(?:sua |suo |mia |mio |migliore |miglior )?"
    r"(?:cugin[oaie]|amic[oa]|amici|amiche|compagn[oaie](?: di (?:classe|banco|squadra|scuola))?|coinquilin[oaie]|vicin[oaie]|"
    r"fidanzat[oaie]|fratello|sorella|fratelli|sorelle)\b"
)
_PREPOSITIONS = frozenset(
    [
        "a",
        "ad",
        "al",
        "alla",
        "allo",
        "ai",
        "alle",
        "agli",
        "con",
        "di",
        "da",
        "per",
        "tra",
        "fra",
        "su",
        "col",
        "insieme",
    ]
)


_AFTER_PREPOSITION = frozenset(
    ["di", "a", "al", "alla", "ai", "alle", "per", "con", "da", "dal", "dalla", "col"]
)


def _peer_subject(pre: str) -> bool:
    """Is a peer named in the clause before a cue, other than after a preposition?"""
    for m in _PEER_SUBJ_IT.finditer(pre):
        words = pre[: m.start()].split()
        if not words or words[-1] not in _PREPOSITIONS:
            return True
    # "Ellie told me that her friend Grace wishes she could disappear": the friend's state
    for m in _PEER_SUBJ_EN.finditer(pre):
        words = pre[: m.start()].split()
        # "Olly texted his girlfriend saying goodbye": the peer is who was told, not the subject
        if not words or (words[-1] not in _PREPOSITIONS_EN and words[-1] not in _TOLD_EN):
            return True
    return False


# a relative or a friend of someone named ("la madre di Marina", "Sofia, l'amica del cuore di Chiara"), the
# subject of the cue's sentence: someone else's even when a relative writes as the patient's proxy (round
# 16); not the sender introducing themselves ("sono la mamma di Luca"), nor a couple writing ("il papà di
# Luca ed io"), nor a new subject after "che" ("...mi ha detto che Marina vuole morire")
_RELATIVE_OF_NAMED_IT = re.compile(
    r"(?<!\bsono )(?<!\bqui e )(?<!\bio )\b(?:la|il|lo|l') ?(?:madre|padre|mamma|papa|babbo|nonn[oa]|zi[oa]|amic[oa](?: del cuore)?|"
    r"migliore amic[oa]|cugin[oa]|compagn[oa] di (?:classe|banco|squadra|stanza)|sorella|fratello|fidanzat[oa]|ragazz[oa]) di [a-z]+\b"
    r"(?! (?:ed|e) io\b)"
)
_NEW_SUBJECT_AFTER_CHE = re.compile(
    r"\bche (?!(?:non|nn|lei|lui|gia|ormai|ancora|forse|proprio|davvero|quasi)\b)[a-z]+\s*$"
)


# a note's words opened in single quotes after "con scritto", "ha scritto" (round 17)
_WRITTEN_NOTE_IT = re.compile(
    r"\b(?:foglio|foglietto|biglietto|bigliettino|post-it|quaderno|diario|lettera|nota|disegno|banco)\b[^'.!?\n]{0,30}?"
    r"\b(?:con scritto|con su scritto|c'era scritto|dove c'era scritto|in cui c'era scritto|che diceva) ?:? ?'[^'.!?\n]*$"
)


def after_written_note(folded: str, start: int) -> bool:
    """Does a note's words open, in single quotes, in the 120 characters before ``start``?"""
    return _WRITTEN_NOTE_IT.search(folded, max(0, start - 120), start) is not None


def _relative_of_named(folded: str, start: int) -> bool:
    """Is a relative or a friend of someone named the subject of the sentence before ``start``?"""
    lo = max(sentence_start(folded, start), folded.rfind(":", 0, start) + 1, start - 240)
    for m in _RELATIVE_OF_NAMED_IT.finditer(folded, lo, start):
        words = folded[lo : m.start()].split()
        if words and words[-1] in _PREPOSITIONS:
            continue
        if _NEW_SUBJECT_AFTER_CHE.search(folded, m.end(), start) is None:
            return True
    return False


_PEER_SUBJ_EN = re.compile(
    r"\b(?:her|his|their|a|my|our) (?:best |close |old )?(?:friends?|mates?|cousins?|classmates?|flatmates?|roommates?|"
    r"boyfriend|girlfriend|sisters?|brothers?|neighbou?rs?)\b"
)
_PREPOSITIONS_EN = frozenset(["with", "to", "about", "for", "from", "at", "of", "by", "like"])
_TOLD_EN = frozenset(
    [
        "texted",
        "messaged",
        "told",
        "rang",
        "called",
        "phoned",
        "emailed",
        "snapchatted",
        "dmed",
        "warned",
    ]
)
# an English quotation in single quotes after a colon, a verb of saying ("the letter ended: '...'")
# or an opening bracket ("the letter at the end ('thank you for everything, goodbye')")
_SINGLE_OPEN = re.compile(
    r"(?::|\(|\b(?:said|says|wrote|writes|reads|read|ends|ended|goes|went|sang|sings"
    # a voice raised or lowered: someone's words cried out ("keeps shouting 'I just want to die'"),
    # unless the sender's own (see _in_single_quotes)
    r"|(?P<cry>saying|shouting|shouted|shouts|screaming|screamed|screams|yelling|yelled|yells|crying|cried|cries|"
    r"moaning|moaned|moans|muttering|muttered|mutters|whispering|whispered|whispers|repeating|repeated|repeats))) ?'(?=[a-z])"
)
_SINGLE_CLOSE = re.compile(r"(?<=[a-z.!?,])'(?=[\s.,;:!?)]|$)")


# the last character before an opening quote (or before its space): a colon, a bracket or a verb's last letter
_OPEN_BEFORE = frozenset(":(dstge")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _last_open(folded: str, lo: int, start: int) -> re.Match[str] | None:
    """The end of the last ``_SINGLE_OPEN`` match in ``folded[lo:start]`` (its quote + 1), or -1.

    The quotes are walked from the cue back, with cheap character checks first: most quotes of
    an English letter are apostrophes ("i'm"). An opening ends with its quote and holds no other
    quote, so two openings never overlap and the last one is the one of the last quote that
    opens; the regex is run on the few characters before that quote (a verb is at most 10
    letters and a space).
    """
    q = folded.rfind("'", lo, start)
    while q > 0:
        before = folded[q - 1]
        if folded[q + 1 : q + 2] in _LETTERS and (
            before in _OPEN_BEFORE or (before == " " and q > 1 and folded[q - 2] in _OPEN_BEFORE)
        ):
            for m in _SINGLE_OPEN.finditer(folded, max(lo, q - 12), q + 2):
                if m.end() == q + 1:
                    return m
        q = folded.rfind("'", lo, q)
    return None


# English: a line in single quotes that opens the message or a line, attributed after its closing
# quote to a work ("'I'm not scared of dying any more...' - the last line of Marlow's Tide", round 9)
_ATTRIBUTED_AFTER = re.compile(
    r"\s*(?:[-\u2013\u2014]+|,|\()?\s*(?:[^.!?\n]{0,40}?\b(?:lines?|words|lyrics?|verse|quote|speech) (?:of|from|in)\b|"
    r"[^.!?\n]{0,60}?\b(?:film|movie|song|book|novel|poem|play|show|series|episode|album|character|sitcom|musical|"
    r"film club|book club)\b)"
)


_SENTENCE_BEFORE = frozenset(".!?\n")


def _line_opening_quote(folded: str, lo: int, start: int, end: int) -> bool:
    """Is the cue in single quotes that open a sentence (or the message) and close after it, followed
    by the name of a work ("- the last line of <a film>")?"""
    q = folded.rfind("'", lo, start)
    while q >= 0:
        # an opening: a letter after it, the start of the text, a line or a sentence before it
        if folded[q + 1 : q + 2] in _LETTERS:
            b = q - 1
            while b >= 0 and folded[b] == " ":
                b -= 1
            if b < 0 or folded[b] in _SENTENCE_BEFORE:
                break
        q = folded.rfind("'", lo, q)
    if q < 0 or _SINGLE_CLOSE.search(folded, q + 1, start):
        return False
    close = _SINGLE_CLOSE.search(folded, end, min(len(folded), end + 400))
    return close is not None and _ATTRIBUTED_AFTER.match(folded, close.end()) is not None


def _in_single_quotes(folded: str, start: int, end: int) -> str:
    """Is the cue inside an English quotation in single quotes, closed after it? "quoted", or
    "cried" for someone else's words cried out ("the man in the next bed keeps shouting 'I just
    want to die'": their experience, not a quotation), or "" (not in a quotation)."""
    lo = max(0, start - 400)
    m = _last_open(folded, lo, start)
    if m is None:
        return "quoted" if _line_opening_quote(folded, lo, start, end) else ""
    if _SINGLE_CLOSE.search(folded, m.end(), start):
        return ""
    if _SINGLE_CLOSE.search(folded, end, min(len(folded), end + 400)) is None:
        return ""
    if m.group("cry") is None:
        return "quoted"
    # "I keep saying 'I want to die' into my pillow": the sender's own words cried out
    head = folded[sentence_start(folded, m.start()) : m.start()]
    subject = _last_subject(head)
    return "" if subject is None or subject.group("first") else "cried"


_RECALL = _Trigger(
    r"\b(?:ripensato|ripenso|ripensavo|ripensando|ripensare|ricordo|ricordato|ricordavo|ricordando|ricordare|tornat[oa] in mente|"
    r"torna in mente|tornano in mente) (?:a |di )?quando\b"
)


def _recalled(folded: str, start: int, end: int) -> bool:
    """Is the cue told after "ho ripensato a quando..." in its sentence, with no recent word
    between the recall and the end of the sentence? ("ieri ho ripensato a quando ho provato...")"""
    lo = max(0, start - 240)
    before = folded[lo:start]
    r = before.rfind
    cut = max(r("."), r("!"), r("?"), r("\n")) + 1
    found = _RECALL.finditer(before[cut:])
    if not found:
        return False
    after = folded[end : end + 120]
    m = _SENTENCE_END.search(after)
    rest = before[cut:][found[-1].end() :] + " " + (after[: m.start()] if m else after)
    return _RECENT.search(rest) is None


# an old event told, then recalled today: "in seconda media mi tagliavo, oggi a scuola ne hanno
# parlato e ci ho ripensato" (the recent word is the recall's time)
_RECALL_AFTER = _Trigger(
    r"\b(?:ci|ci ho|ci sto|mi (?:e|sono)|me ne sono|me lo sono) (?:ripensat[oa]|ripensando|ripenso|ripensavo|"
    r"tornat[oa] in mente|tornate in mente|ricordat[oa])\b"
)
_RECALL_AFTER_WORDS = frozenset(
    [
        "ripensato",
        "ripensata",
        "ripensando",
        "ripenso",
        "ripensavo",
        "tornato",
        "tornata",
        "tornate",
        "ricordato",
        "ricordata",
    ]
)


def _recalled_after(folded: str, start: int, end: int) -> bool:
    """Is the cue's sentence closed by a recall ("... e ci ho ripensato"), with no recent word
    from the start of the sentence to the end of the cue?"""
    lo = sentence_start(folded, start)
    after = folded[end : end + 240]
    m = _SENTENCE_END.search(after)
    rest = after[: m.start()] if m else after
    return _RECALL_AFTER.search(rest) is not None and _RECENT.search(folded[lo:end]) is None


def _others_negation(pre: str, cue: str) -> bool:
    """Is the negation before the cue a third person's, in a main clause ending in "that"/"che"
    before the sender's own cue? ("she doesn't get that I want to die")"""
    m = _OTHER_NEG_THAT.search(pre)
    if m is None:
        return False
    rest = m.group("rest")
    if rest is not None:  # "...that I don't want to...": the sender's own negation still counts
        return _NEG.search(rest) is None
    return _FIRST_I.rx.match(cue) is not None or _FIRST_CUE.rx.match(cue) is not None


def modifiers(
    folded: str,
    start: int,
    end: int,
    fixed: bool,
    proxy: bool | Callable[[], bool],
    skip_negation: bool = False,
    masked: tuple[tuple[int, int], ...] = (),
    shared: Shared | None = None,
) -> list[str]:
    """ConText modifiers for a cue at ``folded[start:end]`` (idioms are handled by the caller).

    ``masked``: spans of other cues before this one; a negation inside one of them ("non ce la
    faccio più, voglio morire", "I can't go on, I want to die") belongs to that cue and does
    not negate this one. ``proxy`` may be a function, called only when the answer matters.
    ``shared``: what the other cues of the message computed (see :class:`Shared`).
    """
    mods: list[str] = []
    px = proxy if callable(proxy) else (lambda: proxy)
    if not _GATES:
        _GATES.update(_gates())
    if shared is None:
        shared = Shared()
    g = _GATES
    cue = folded[start:end]
    pre = shared.clause(folded, start)
    if masked:
        lo = start - len(pre)
        for s, e in masked:
            if e <= start and e > lo:
                a, b = max(s, lo) - lo, e - lo
                pre = pre[:a] + " " * (b - a) + pre[b:]
    sent = shared.sentence(sentence_around(folded, start, end))
    words = sent.words
    if fixed and _belief_denied(pre):
        # a cue whose own negation carries the risk, denied as a whole ("non penso più che mia moglie
        # e bambini stanno meglio se io non ci sono", round 13)
        mods.append("negated")
    if not fixed:
        near = _last_words(pre, 6)
        negs = _NEG.finditer(near) if g["neg"].possible(words) else []
        if negs and not _PSEUDO_NEG.search(pre + cue) and not _others_negation(pre, cue):
            # "non mangio e non mi lavo": a negative cue listed after another negative
            tail = near[negs[-1].end() :]
            listed = skip_negation and _CONJ.search(tail) is not None
            opened = _NEW_SUBJECT.search(tail + " " + cue)
            if not listed and (opened is None or opened.start() >= len(tail)):
                mods.append("negated")
        # a denied belief that governs the cue, its subject between ("non penso più che mio marito e i
        # bambini stanno meglio senza di me", round 12): beyond the six words of a plain negation
        if "negated" not in mods and _belief_denied(pre):
            mods.append("negated")
        if g["hypo"].possible(words):
            if _HYPO.search(pre) and _ILLNESS_IF.search(pre) is None:
                mods.append("hypothetical")
            elif not _HYPO_OPEN.isdisjoint(words) and (
                _hypo_verb(pre + cue) or _hypothesis_asked(folded, start, end)
            ):
                # the "if" of the sentence, before the commas of an aside
                lo = max(0, start - 240)
                before = folded[lo:start]
                r = before.rfind
                cut = max(r("."), r("!"), r("?"), r("\n")) + 1
                if _HYPO.search(before[cut:]):
                    mods.append("hypothetical")
    elif "if" in words and _HYPO_FIXED.search(pre):
        mods.append("hypothetical")
    # quotation: inside an open '"' or attributed to a film, song, book or another speaker
    lo = max(0, start - 400)
    reported = False
    single = ""  # the kind of single-quoted words the cue is in (see _in_single_quotes)
    diary = sent.diary()
    colon = ":" in folded[max(0, start - 160) : start] and (
        _COLON_REPORT.search(folded, max(0, start - 160), start) is not None
    )
    if diary:
        mods.append("past")
    elif colon:
        # a parent quoting the child ("Lily told us: ..."): the patient's words
        reported = not px() and not _NAMED_TOLD_US.search(folded, max(0, start - 160), start)
    elif sent.media():
        mods.append("quoted")
    elif (folded.count('"', lo, start) % 2 == 1 and '"' in folded[end : end + 400]) or (
        "'" in folded[end : end + 400]
        and (single := _in_single_quotes(folded, start, end)) == "quoted"
        # a note left by the person written about ("Elia ha lasciato sul banco un foglio con scritto
        # '...'", round 17): a report of that person's words, not a quotation
        and not after_written_note(folded, start)
    ):
        if not px():  # a parent quoting the child's own words reports the child's state
            mods.append("quoted")
    elif single == "cried":
        # someone else's words cried out: their experience (a parent's child: the patient's)
        reported = not px()
    elif g["report"].possible(words) and (rep := _REPORT.search(pre)) and not px():
        # "my sister says she wants to die": her experience, not a quotation; "I wrote that..."
        # and "I said I..." stay the sender's
        reported = not (
            rep.group(0).startswith(_REPORT_EN)
            and _SELF_REPORT.search(pre, 0, rep.start()) is not None
        )
    # someone else's experience (a parent writing about their child is a proxy, not someone else)
    first_cue = _FIRST_CUE.search(cue) is not None
    third = reported or (
        (bool(_RSI.search(cue)) or (g["third"].possible(words) and bool(_THIRD_CUE.search(cue))))
        and not first_cue
    )
    if third:
        # "part of me wants to...": a first-person subject owns a third-person verb
        subject = _last_subject(pre, nouns=False)
        if subject is not None and subject.group("first"):
            third = reported
    if not third and not first_cue and g["subject"].possible(words):
        # a first-person verb in the cue's own clause: the third person belongs to another clause
        # ("he thinks I'm being nice, I won't need it"), unless that clause has its own third
        # person ("they'd all be happier if I died my hair back")
        own = _FIRST_VERB_IT.search(pre) is not None or (
            "i" in words and _FIRST_I.search(cue) is not None
        )
        if own:
            # the subject of the cue's own clause: after a "that"/"che" of a main clause
            tail = pre
            for m in _THAT.finditer(pre):
                tail = pre[m.end() :]
            # (a stranger named by an article is not read here: "the checkout girl is the only
            # conversation I have all week" is the sender's)
            last = _last_subject(tail, nouns=False)
            third = bool(last and last.group("third"))
        else:
            third = _third_subject_before(folded, start, shared)
    if (
        not third
        and "'" in folded[max(0, start - 120) : start]
        and after_written_note(folded, start)
        and _relative_of_named(folded, start)
    ):
        # the note of a relative or a friend of the named patient, quoted by a parent ("Tobia, il
        # compagno di banco di Elia, ha lasciato un foglio con scritto '...'", round 17): the first
        # person is the friend's, someone else's experience
        third = True
    if third and _NOBODY.match(cue):  # "nobody would notice if I died": about the sender
        third = False
    if third and _DIVINE_TAKES_ME.match(cue):
        third = False
    if (
        third
        and "quoted" not in mods
        and (not px() or _peer_subject(pre) or _relative_of_named(folded, start))
    ):
        mods.append("other_person")
    if "negated" not in mods and _POST_NEG.match(folded, end):
        mods.append("negated")
    # past or discussed in therapy (recent past counts as current); "ieri ho ripensato a
    # quando...": the recall is recent, the cue told after it is not
    if (
        "past" not in mods
        and (sent.past() or _IMPERFECT.search(cue))
        and (
            not sent.recent()
            or ("quando" in words and _recalled(folded, start, end))
            or (not _RECALL_AFTER_WORDS.isdisjoint(words) and _recalled_after(folded, start, end))
        )
    ):
        mods.append("past")
    if "past" not in mods and _DATED_BEFORE.search(pre) and not _AGAIN_NOW.search(sent.text):
        # a date of years ago or a youth heading the cue's clause ("due anni fa presi tutte le gocce",
        # "da ragazza mi bruciavo"), with a present told beside it ("oggi ne ho parlato con mia madre"):
        # the act is past; "ieri l'ho rifatto", "di nuovo" keep it current (round 16)
        mods.append("past")
    lo = max(0, start - 160)
    if ":" in folded[lo:start] and _COLON_REPORT_IT.search(folded, lo, start) and not px():
        mods.append("other_person")
    return mods


_EMERGENCY = re.compile(
    r"\b(?:(?:i'?ve|i have|we'?ve|we have|ho|abbiamo) (?:just )?(?:called|rung|chiamato) (?:the |il |l')?(?:999|911|112|118|an ambulance|l'ambulanza|"
    r"the ambulance|the police|la polizia|i carabinieri)|(?:i'?m|we'?re|i am|we are) (?:calling|ringing) (?:999|911|112|an ambulance|the police)|(?:i|we) (?:called|rang) (?:999|911|112)|(?:an |the )?(?:ambulance|paramedics|cops|guards|police) (?:is |are |'s |'re )?(?:on (?:the|their|its) way|heading (?:out|over|there))|(?:sto|stiamo) chiamando (?:il 118|il 112|l'ambulanza|un'ambulanza)|(?:andiamo|siamo|stiamo andando|le scrivo|ti scrivo|vi scrivo|we'?re going|on our way) (?:al|dal|to) (?:pronto soccorso|a&e|the er|hospital|ospedale)|"
    # "We're in the car to A&E now" (round 12): a family driving the patient in
    r"(?:we'?re|we are) (?:in the car|in a taxi|driving (?:her|him|them)|taking (?:her|him|them)) (?:in )?(?:to|on the way to) (?:a&e|the er|the hospital|hospital))"
)


# "She's 14." (a parent giving the child's age), unless the message is about a friend or sibling
_CHILD_AGE = re.compile(
    r"\b(?:(?:she'?s|he'?s|she is|he is|shes|hes) (?:only |just )?(?:turned )?(?:1[0-7]|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen)(?: years old)?(?= ?(?:[.!,;]|$|and|years old))|[a-z]+ \((?:1[0-7])\))"
)
_PEER = re.compile(
    r"\b(?:friend|mate|sister|brother|cousin|classmate|girlfriend|boyfriend|bestie|flatmate|roommate|niece|nephew|student|pupil)s?\b"
)


# the family writing as "we" to the therapist about the patient ("ci può chiamare?", "siamo molto
# preoccupati", "siamo in ambulanza"), unless the message names a sibling, a friend, a partner...
_WE_IT = re.compile(
    r"\b(?:ci (?:puo|potrebbe|riesce a) (?:chiamare|richiamare|telefonare|ricevere|sentire|contattare)|"
    r"ci (?:chiami|richiami|telefoni|contatti)\b|(?:possiamo|potremmo) (?:sentirla|vederla|chiamarla|parlarle|venire da lei)|"
    r"siamo (?:molto |davvero |tanto |tutti )?(?:preoccupat[ie]|spaventat[ie]|disperat[ie])|siamo in ambulanza|"
    r"(?:siamo|stiamo andando) (?:in|al) pronto soccorso|(?:la|lo|l') ?(?:stiamo|stanno) portando (?:al pronto soccorso|in ospedale)|"
    r"(?:la|lo|l') ?(?:hanno|abbiamo) portat[oa] (?:al pronto soccorso|in ospedale)|l'ambulanza (?:sta arrivando|e arrivata|e qui)|"
    r"(?:sta|stanno) arrivando l'ambulanza|(?:le|gli) (?:hanno fatto|fanno|stanno facendo|devono fare) (?:la )?lavanda gastrica)"
)
_PEER_IT = re.compile(
    r"\b(?:(?:mio|mia|miei|mie|suo|sua|un|una|un'|nostro|nostra) ?(?:migliore )?(?:fratell\w*|sorell\w*|amic[oaie]|cugin[oaie]|"
    r"coinquilin[oaie]|colleg[ah]\w*|vicin[oaie]|compagn[oaie]|ragazz[oa]|fidanzat[oa]|marito|moglie|madre|padre|mamma|papa|"
    r"nonn[oa]|zi[oa]|suocer[oa]|conoscente|partner|compagno di stanza)|(?:il|la|lo) (?:fratello|sorella|amic[oa]|cugin[oa]|"
    r"coinquilin[oa]|collega|vicin[oa]|compagn[oa]|fidanzat[oa]|marito|moglie|nonn[oa]|zi[oa]))\b"
)


# a parent telling what the child told the school or asking to bring the session forward ("Lily told the
# school nurse today that she wants to die... Her session is next Wednesday; should we come sooner?", round
# 11), unless the message is about a friend or sibling
_CHILD_TOLD = re.compile(
    r"\b(?:[a-z]+ (?:told|said to|confided in|admitted to|opened up to) (?:the|her|his|their) (?:school (?:nurse|counsell?or|counselor|"
    r"nurse|mentor|wellbeing \w+)|(?:form |class )?teacher|form tutor|head of year|head ?teacher|year head|pastoral (?:lead|worker|team)|"
    r"teaching assistant)|"
    r"(?:her|his) (?:next )?session (?:is|isn'?t|was|with you)\b|(?:her|his) (?:next )?appointment with you\b|"
    r"(?:should|could|can|shall) we (?:come|bring (?:her|him)) (?:in )?(?:sooner|earlier|before then|this week))"
)


# a parent or carer telling what the patient said or did while taking, driving or picking them up
# at a child's place ("ieri sera Matteo, mentre lo accompagnavo a calcio, mi ha detto...", "quando
# sono andata a prenderla in palestra", "while I was driving him to football", "on the way back from
# school she told me"; dev-it-1439, read low after the net's retraining for 2026.11.24): the object
# a pronoun ("lo", "la", "him", "her"), the place a child's (never "accompagnavo il mio collega
# all'aeroporto"); unless the message names a friend, a sibling, a colleague (_PEER, _LIFT_PEER_IT)
_LIFT_PLACES_IT = (
    "scuola asilo calcio calcetto allenamento allenamenti partita palestra piscina nuoto danza ballo "
    "catechismo oratorio scout basket pallavolo pallanuoto judo karate tennis rugby ginnastica "
    "musica pianoforte chitarra ripetizioni doposcuola nonni"
)
_LIFT_PLACES_EN = (
    "school football footy soccer practice training swimming swim dance ballet gym karate judo "
    "rugby netball basketball tennis gymnastics cricket hockey scouts cubs brownies guides "
    "nursery piano music tuition"
)
_LIFT_IT_RX = _LIFT_PLACES_IT.replace(" ", "|")
_LIFT_EN_RX = _LIFT_PLACES_EN.replace(" ", "|")
_LIFT_IT = re.compile(
    # "lo accompagnavo", "l'ho riportata", "la stavo portando", "accompagnandolo", "per portarla"
    r"\b(?:(?:(?:lo|la)\b ?|l')(?:ho |avevo |stavo |sto )?(?:ri)?(?:accompagn|port)(?:avo|o|at[oa]|ando)|"
    r"(?:ri)?(?:accompagn|port)(?:andol[oa]|arl[oa])|"
    # "sono andata a prenderlo", "lo andavo a riprendere", "passando a prenderla"
    r"(?:(?:lo|la)\b ?|l')(?:sono |ero |ando |vado |andavo |passavo |sono andat[oa] |sono passat[oa] )a (?:ri)?prendere|"
    r"(?:andat[oa]|passat[oa]|venut[oa]|andavo|passavo|vado|andando|passando) a (?:ri)?prender(?:l[oa])) "
    # (a few words between: "a casa da", "in macchina a", "come ogni martedi a")
    r"(?:[a-z']+ ){0,4}?(?:(?:a|al|alla|allo|in|da|dal|dalla|dai|dagli|agli) |all' ?|dall' ?)"
    r"(?:" + _LIFT_IT_RX + r")\b"
)
_LIFT_EN = re.compile(
    # "while I was driving him to football", "when I picked her up from school", "dropping him off at training"
    r"\b(?:(?:driving|drove|driven|taking|took|taken|dropping|dropped|picking|picked|collecting|collected|"
    r"fetching|fetched|bringing|brought|running|ran) (?:him|her) "
    r"(?:up |off |back |home |over |in )?(?:to|from|at|after) (?:the |his |her )?"
    r"(?:" + _LIFT_EN_RX + r")\b|"
    # "on the way back from school she told me", "on the drive home from practice he said"
    r"on the (?:way|drive|ride) (?:back |home )?(?:from|to) (?:the |his |her )?"
    r"(?:" + _LIFT_EN_RX + r")(?: (?:today|yesterday|tonight|last night|this morning|earlier))?,? "
    r"(?:he|she) (?:told|said|admitted|confided|mentioned|asked|blurted)\b)"
)
# the friends, siblings, colleagues that make a lift someone else's (not the parents or the spouse
# of a family writing: "mio marito non lo sa")
_LIFT_PEER_IT = re.compile(
    r"\b(?:(?:mio|mia|miei|mie|suo|sua|un|una|un'|nostro|nostra|il|la|lo) ?(?:migliore )?(?:fratell\w*|sorell\w*|"
    r"amic[oaie]|cugin[oaie]|coinquilin[oaie]|colleg[ah]\w*|vicin[oaie]|compagn[oaie]|fidanzat[oa]|conoscente))\b"
)
# a pupil writing about a schoolmate met on the way home ("this girl in my year... on the way back from school she
# told me", an older English leftover): the sender's class, teacher or shared walk, not a parent's lift
_LIFT_PEER_EN = re.compile(
    r"\b(?:in my (?:class|year|form|tutor group|set|maths|english|science|group)|my (?:form )?(?:teacher|tutor|head of year)|"
    r"sits? next to me|(?:this|a|the new|some) (?:girl|boy|kid|lad|lass) (?:in|from|at) (?:my|our)|"
    r"(?:we|us two|the two of us) (?:walk|walked|were walking|get|got|were getting|take|took|caught) (?:(?:home|the bus|back|the train) ){1,2}together|"
    r"(?:walks|walked|walking|gets|got|getting) (?:home|the bus) with me)\b"
)


# a relative signing as the patient's ("Steve (her husband)", the parenthesis that _PROXY's word
# boundaries cannot reach) or writing for the patient ("Writing for Jen.", round 13)
_PROXY_SIGNED = re.compile(
    r"\((?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|daughter|son|flatmate|mum|mom|dad|mother|father|carer)\)|"
    r"(?:^|[.!?\n] ?)(?:i'?m |i am )?writing (?:for|on behalf of) [a-z]+(?= ?[.,:;!\n]| (?:as|because|who|since)\b)|"
    # a parent signing as the patient's at the end ("Sono la mamma, Daniela", round 14)
    r"\bsono (?:la mamma|il papa|la madre|il padre|il babbo)(?: di [a-z]+)?[,.]? ?[a-z]*[.!]?\s*$"
)


# the parents writing together ("mia moglie ed io le scriviamo", "io e mio marito volevamo dirle",
# round 15), unless the message names a sibling, a friend, a neighbour... (the couple itself blanked)
_COUPLE_IT = re.compile(
    r"\b(?:(?:mia moglie|mio marito) (?:ed|e) io|io e (?:mia moglie|mio marito)) (?:le |la |vi |ti )?"
    r"(?:scriviamo|contattiamo|volevamo|vorremmo)\b"
)


# Prefilters of is_proxy's whole-text regexes: a long letter that is not a relative's would
# otherwise pay each regex over its whole text (~1-4 ms each in 100 kB). Each prefilter is implied
# by its regex, read off each alternative of the regex: a word of the pattern bounded on both
# sides (by a space, an apostrophe, a parenthesis, \b or the end of the match) is one of the
# text's [a-z0-9]+ words (``words``: a set lookup), and when the caller has the long text's word
# offsets (``index``, engine.WordIndex) the literal right before or after it is checked at those
# offsets (``startswith``/``endswith``: no scan of the text). Without offsets a prefilter only
# asks for the words. A few literals that are not bounded words are substrings (``in``, a fast
# C search), asked last. Checked on the corpus and on random texts generated from each regex by
# test_proxy_prefilters (prefilter False => no match). Keep them in step with the regexes: a
# new alternative needs its words here (the test generates strings from every alternative).


def _followed(
    folded: str,
    words: AbstractSet[str],
    index: WordOffsets | None,
    heads: frozenset[str],
    tails: tuple[str, ...],
) -> bool:
    """A word of ``heads`` is in the text, followed (when ``index`` is known) by one of ``tails``."""
    found = heads.intersection(words)
    if not found:
        return False
    if index is None:
        return True
    return any(folded.startswith(tails, off + len(w)) for w in found for off in index[w])


def _preceded(
    folded: str,
    words: AbstractSet[str],
    index: WordOffsets | None,
    tails: frozenset[str],
    heads: tuple[str, ...],
) -> bool:
    """A word of ``tails`` is in the text, preceded (when ``index`` is known) by one of ``heads``."""
    found = tails.intersection(words)
    if not found:
        return False
    if index is None:
        return True
    return any(folded.endswith(heads, 0, off) for w in found for off in index[w])


def _fs(words: str) -> frozenset[str]:
    return frozenset(words.split())


_AGES = ("1", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen")
_P_CHILD = _fs("son daughter child kid boy girl stepson stepdaughter")
_P_OUR_CHILD = _fs("son daughter child kid")
_P_OUR_RANK = _fs("eldest youngest oldest middle teen teenager teenage")
_P_NOSTRO = _fs("ragazzo ragazza primogenito primogenita piccolo piccola")
_P_MIO_AGED = _fs("ragazzo ragazza primogenito primogenita")
# "Sam's mum", "Graham's wife", "Noor's best friend"
_P_SAXON = _fs(
    "mum mom mother father dad parent parents stepmother stepfather wife husband partner girlfriend "
    "boyfriend fiance fiancee flatmate housemate roommate da mam daughter son carer friend best"
)
_P_PARENT = _fs("father mother dad mum mom")
_P_FIGLIO = _fs("figlio figlia bambino bambina figliastro figliastra")
_P_GENITORE = _fs("mamma papa madre padre genitori matrigna patrigno")
_P_SONO_REL = _fs(
    "figlio figlia marito moglie badante compagno compagna nipote nuora genero familiare"
)
_P_SPOUSE_IT = _fs("moglie marito compagna compagno fidanzata fidanzato convivente")
_P_SIGNED_IN = _fs("wife husband partner girlfriend boyfriend daughter son flatmate")
_P_SCHOOL_CALL = _fs("called rang phoned emailed")
_P_CALLED_IT = _fs("chiamato chiamati convocato convocati telefonato")
_P_SEE_IT = _fs(
    "vederlo vederla sentirlo sentirla riceverlo riceverla parlargli parlarle visitarlo visitarla"
)


_WORD_CHAR = re.compile(r"\w")


def _parent_of(folded: str, words: AbstractSet[str], index: WordOffsets | None) -> bool:
    """_PROXY's "la mamma di Aurora" (the article a word of its own) and "Paola (mamma di
    Aurora)", "Marco, papa di Luca", "sono mamma di Luca" (right after "(", ", ", "sono "...)."""
    found = _P_GENITORE.intersection(words)
    if not found:
        return False
    if index is None:
        return True
    for w in found:
        for off in index[w]:
            if not folded.startswith(" di ", off + len(w)):
                continue
            if off == 0 or folded.endswith(("(", ", ", "\n ", "- ", "sono "), 0, off):
                return True
            for article in ("la ", "il ", "i "):
                if folded.endswith(article, 0, off):
                    q = off - len(article)  # \b before the article
                    if q == 0 or not _WORD_CHAR.match(folded, q - 1):
                        return True
    return False


def _may_proxy(folded: str, words: AbstractSet[str], index: WordOffsets | None) -> bool:
    """Implied by _PROXY (one line per alternative or group of alternatives)."""

    def fol(heads: frozenset[str], tails: tuple[str, ...]) -> bool:
        return _followed(folded, words, index, heads, tails)

    def pre(tails: frozenset[str], heads: tuple[str, ...]) -> bool:
        return _preceded(folded, words, index, tails, heads)

    return bool(
        pre(_P_CHILD, ("my ",))
        or pre(_P_OUR_CHILD, ("our ",))
        # "my 15-year-old", "our 14 yo", "my 14yo"
        or (
            not words.isdisjoint(("my", "our"))
            and (
                pre(_fs("old"), ("year ", "years ", "year-", "years-", "yr ", "yr-"))
                or any(w.endswith("yo") for w in words)
            )
        )
        or pre(_P_OUR_RANK, ("our ",))
        or pre(_P_NOSTRO, ("nostro ", "nostra "))
        or ("anni" in words and pre(_P_MIO_AGED, ("mio ", "mia ")))
        or pre(_P_SAXON, ("'s ",))
        or (pre(_P_PARENT, ("his ", "her ")) and "and" in words and "i" in words)
        or pre(_P_FIGLIO, ("mio ", "mia ", "nostro ", "nostra "))
        or pre(_fs("figli"), ("nostri ",))
        # "la mamma di Aurora", "Paola (mamma di Aurora)"
        or _parent_of(folded, words, index)
        # "io e sua madre"
        or pre(_fs("madre padre mamma papa"), ("sua ", "suo "))
        # "sono Stefano, il figlio della signora Ornella"
        or (fol(_P_SONO_REL, (" d",)) and "sono " in folded)
        or pre(_fs("her him"), ("see ",))
        # "bring her appointment forward"
        or pre(_fs("her his"), ("bring ", "move "))
        or pre(_P_SCHOOL_CALL, ("school ",))
        or pre(_P_SIGNED_IN, ("(his ", "(her ", "(their "))
        # "sono Marta, la compagna di Davide"
        or fol(_P_SPOUSE_IT, (" di ",))
        or pre(_fs("patient client"), ("your ",))
        or pre(_fs("seen"), ("be ",))
        or pre(_P_CALLED_IT, ("ci ha ", "ci hanno "))
        or pre(_P_SEE_IT, ("puo ", "potrebbe ", "riesce a "))
    )


_SIGNED_REL = _fs(
    "wife husband partner girlfriend boyfriend daughter son flatmate mum mom dad mother father carer"
)
_EMERGENCY_CALL = _fs("called rung chiamato calling ringing rang chiamando")
_EMERGENCY_WHOM = (
    " 999",
    " 911",
    " 112",
    " 118",
    " an ",
    " l'",
    " the ",
    " la ",
    " i ",
    " il ",
    " un'",
)
_EMERGENCY_CREW = _fs("ambulance paramedics cops guards police")
_EMERGENCY_MOVING = tuple(
    f" {verb}{where}"
    for verb in ("", "is ", "are ", "'s ", "'re ")
    for where in ("on ", "heading ")
)
_EMERGENCY_GOING = _fs("andiamo siamo andando scrivo going way")
_EMERGENCY_RIDE = _fs("car taxi her him them")
_EMERGENCY_WARD = ("pronto soccorso", "a&e", "the er", "hospital", "ospedale")
_CHILD_AGE_AFTER = tuple(
    f"{be}{x}" for be in ("'s ", " is ") for x in ("only ", "just ", "turned ", *_AGES)
)
_CHILD_AGE_AFTER_S = tuple(f" {x}" for x in ("only ", "just ", "turned ", *_AGES))
_CHILD_TOLD_WHOM = (
    "school",
    "teacher",
    "tutor",
    "head of year",
    "year head",
    "pastoral",
    "teaching assistant",
)
_DETS = (" the ", " her ", " his ", " their ")
_TO_DETS = tuple(" to" + d for d in _DETS)
_IN_DETS = tuple(" in" + d for d in _DETS)
_UP_TO_DETS = tuple(" up to" + d for d in _DETS)
_WE_IT_WORDS = _fs("pronto portando portato portata ambulanza arrivando lavanda")
_WE_IT_CALL = _fs("chiami richiami telefoni contatti")
_WE_IT_SEE = (" sentirla", " vederla", " chiamarla", " parlarle", " venire da lei")
_WE_IT_HOW = (
    " molto ",
    " davvero ",
    " tanto ",
    " tutti ",
    " preoccupat",
    " spaventat",
    " disperat",
    " in ambulanza",
)
_COUPLE_IT_WHO = _fs("moglie marito")
_COUPLE_IT_VERB = _fs("scriviamo contattiamo volevamo vorremmo")


def _may_proxy_signed(
    folded: str, words: AbstractSet[str], index: WordOffsets | None = None
) -> bool:
    return bool(
        # "(her husband)"
        _preceded(folded, words, index, _SIGNED_REL, ("(his ", "(her ", "(their "))
        # "writing for Jen."
        or _followed(folded, words, index, _fs("writing"), (" for ", " on behalf of "))
        # "sono la mamma, Daniela"
        or _followed(
            folded,
            words,
            index,
            _fs("sono"),
            (" la mamma", " il papa", " la madre", " il padre", " il babbo"),
        )
    )


def _may_emergency(folded: str, words: AbstractSet[str], index: WordOffsets | None = None) -> bool:
    return bool(
        # "I've called 999", "we're calling an ambulance", "sto chiamando il 118"
        _followed(folded, words, index, _EMERGENCY_CALL, _EMERGENCY_WHOM)
        # "the ambulance is on its way"
        or _followed(folded, words, index, _EMERGENCY_CREW, _EMERGENCY_MOVING)
        # "andiamo al pronto soccorso", "we're in the car to A&E"
        or (
            (
                _followed(folded, words, index, _EMERGENCY_GOING, (" al ", " dal ", " to "))
                or _followed(
                    folded,
                    words,
                    index,
                    _EMERGENCY_RIDE,
                    (" to ", " in to ", " on the way to ", " in on the way to "),
                )
            )
            and any(k in folded for k in _EMERGENCY_WARD)
        )
    )


def _may_child_age(folded: str, words: AbstractSet[str], index: WordOffsets | None = None) -> bool:
    # "Lily (14)", or "she's 14", "he is only fifteen"
    return (
        "(1" in folded
        or _followed(folded, words, index, _fs("he she"), _CHILD_AGE_AFTER)
        or _followed(folded, words, index, _fs("hes shes"), _CHILD_AGE_AFTER_S)
    )


def _may_child_told(folded: str, words: AbstractSet[str], index: WordOffsets | None = None) -> bool:
    return bool(
        # "Lily told the school nurse"
        (
            (
                _followed(folded, words, index, _fs("told"), _DETS)
                or _followed(folded, words, index, _fs("said admitted"), _TO_DETS)
                or _followed(folded, words, index, _fs("confided"), _IN_DETS)
                or _followed(folded, words, index, _fs("opened"), _UP_TO_DETS)
            )
            and any(k in folded for k in _CHILD_TOLD_WHOM)
        )
        # "her session is next Wednesday", "his appointment with you"
        or _preceded(
            folded, words, index, _fs("session"), ("her ", "his ", "her next ", "his next ")
        )
        or _followed(folded, words, index, _fs("appointment"), (" with you",))
        # "should we come sooner?"
        or _preceded(folded, words, index, _fs("come bring"), ("we ",))
    )


def _may_we_it(folded: str, words: AbstractSet[str], index: WordOffsets | None = None) -> bool:
    return bool(
        # "al pronto soccorso", "la stiamo portando", "l'ambulanza sta arrivando", "lavanda gastrica"
        not _WE_IT_WORDS.isdisjoint(words)
        # "ci chiami", "ci può richiamare"
        or _preceded(folded, words, index, _WE_IT_CALL | _fs("puo potrebbe riesce"), ("ci ",))
        # "possiamo sentirla"
        or _followed(folded, words, index, _fs("possiamo potremmo"), _WE_IT_SEE)
        # "siamo molto preoccupati", "siamo in ambulanza"
        or _followed(folded, words, index, _fs("siamo"), _WE_IT_HOW)
    )


_CARER_TITLES = (" mr ", " mrs ", " ms ", " miss ", " dr ")


def _may_proxy_carer(folded: str, words: AbstractSet[str], index: WordOffsets | None) -> bool:
    # "I'm Denise, I look after Mr Whitlock", "I care for Mrs Pryce"
    found = _fs("after for").intersection(words)
    if not found or "i" not in words:
        return False
    if index is None:
        return True
    return any(
        folded.endswith(("i look ", "i care "), 0, off)
        and folded.startswith(_CARER_TITLES, off + len(w))
        for w in found
        for off in index[w]
    )


# _LIFT_IT's verbs: (a) the past or gerund after "lo", "la", "l'" (or "lo ho", "la stavo"...),
# (b) the gerund or infinitive with the clitic, (c) "a prendere" after "lo sono", "la andavo"...,
# (d) "a prenderlo"; each a word followed by a space
_LIFT_IT_VERBS_A = _fs(
    " ".join(
        f"{ri}{stem}{end}"
        for ri in ("", "ri")
        for stem in ("accompagn", "port")
        for end in ("avo", "o", "ato", "ata", "ando")
    )
)
_LIFT_IT_VERBS_B = _fs(
    " ".join(
        f"{ri}{stem}{end}"
        for ri in ("", "ri")
        for stem in ("accompagn", "port")
        for end in ("andolo", "andola", "arlo", "arla")
    )
)
_LIFT_IT_VERBS_C = _fs("prendere riprendere")
_LIFT_IT_VERBS_D = _fs("prenderlo prenderla riprenderlo riprenderla")
_LIFT_IT_AFTER = ("lo ", "la ", "l'", "ho ", "avevo ", "stavo ", "sto ")
_LIFT_IT_PLACES = _fs(_LIFT_PLACES_IT)
_LIFT_IT_PREP = (
    *(f" {p} " for p in _fs("a al alla allo in da dal dalla dai dagli agli")),
    "all'",
    "all' ",
    "dall'",
    "dall' ",
)
_LIFT_EN_VERBS = _fs(
    "driving drove driven taking took taken dropping dropped picking picked collecting collected "
    "fetching fetched bringing brought running ran"
)
_LIFT_EN_ROAD = _fs("way drive ride")
_LIFT_EN_ROAD_AFTER = (" back ", " home ", " from ", " to ")
_LIFT_EN_TOLD = _fs("told said admitted confided mentioned asked blurted")
_LIFT_EN_PLACES = _fs(_LIFT_PLACES_EN)
_LIFT_EN_PREP = tuple(
    f"{p} {d}" for p in ("to", "from", "at", "after") for d in ("", "the ", "his ", "her ")
)


def _may_lift_it(folded: str, words: AbstractSet[str], index: WordOffsets | None) -> bool:
    # "mentre lo accompagnavo a calcio", "sono andata a prenderla in palestra": a lift (the
    # verb's pronoun before it or on it) and a child's place after a preposition
    return bool(
        (
            _preceded(folded, words, index, _LIFT_IT_VERBS_A, _LIFT_IT_AFTER)
            or _followed(folded, words, index, _LIFT_IT_VERBS_B, (" ",))
            or _preceded(folded, words, index, _LIFT_IT_VERBS_C | _LIFT_IT_VERBS_D, ("a ",))
        )
        and _preceded(folded, words, index, _LIFT_IT_PLACES, _LIFT_IT_PREP)
    )


def _may_lift_en(folded: str, words: AbstractSet[str], index: WordOffsets | None) -> bool:
    # "picked her up from school", "on the way back from school she told me": a lift of "him"
    # or "her" (or "on the way"... and "she told") and a child's place after "to", "from the"...
    return bool(
        (
            _followed(folded, words, index, _LIFT_EN_VERBS, (" him ", " her "))
            or (
                not _LIFT_EN_TOLD.isdisjoint(words)
                and not words.isdisjoint(("he", "she"))
                and _preceded(folded, words, index, _LIFT_EN_ROAD, ("on the ",))
                and _followed(folded, words, index, _LIFT_EN_ROAD, _LIFT_EN_ROAD_AFTER)
            )
        )
        and _preceded(folded, words, index, _LIFT_EN_PLACES, _LIFT_EN_PREP)
    )


def _may_couple_it(words: AbstractSet[str]) -> bool:
    # "mia moglie ed io le scriviamo"
    return not _COUPLE_IT_WHO.isdisjoint(words) and not _COUPLE_IT_VERB.isdisjoint(words)


def is_proxy(
    folded: str, words: AbstractSet[str] | None = None, index: WordOffsets | None = None
) -> bool:
    """A parent (or carer) writing about the patient: their reports are the patient's state.

    ``words``: the text's [a-z0-9]+ words, if the caller has them (found here otherwise);
    ``index``: a long text's word offsets (engine.WordIndex), which sharpen the prefilters."""
    if words is None:
        words = set(_WORD.findall(folded))
    return bool(
        (_may_proxy(folded, words, index) and _PROXY.search(folded))
        or (_may_proxy_carer(folded, words, index) and _PROXY_CARER.search(folded))
        or (_may_proxy_signed(folded, words, index) and _PROXY_SIGNED.search(folded))
        or (_may_emergency(folded, words, index) and _EMERGENCY.search(folded))
        or (
            _may_child_age(folded, words, index)
            and _CHILD_AGE.search(folded)
            and not _PEER.search(folded)
        )
        or (
            _may_child_told(folded, words, index)
            and _CHILD_TOLD.search(folded)
            and not _PEER.search(folded)
        )
        or (
            _may_we_it(folded, words, index)
            and _WE_IT.search(folded)
            and not _PEER_IT.search(folded)
        )
        or (
            (
                (_may_lift_it(folded, words, index) and _LIFT_IT.search(folded) is not None)
                or (_may_lift_en(folded, words, index) and _LIFT_EN.search(folded) is not None)
            )
            and not _PEER.search(folded)
            and not _LIFT_PEER_IT.search(folded)
            and not _LIFT_PEER_EN.search(folded)
        )
        or (
            _may_couple_it(words)
            and _COUPLE_IT.search(folded) is not None
            and not _PEER_IT.search(_COUPLE_IT.sub(" ", folded))
        )
    )


def negated_near(folded: str, start: int, words: int = 3) -> bool:
    near = _last_words(clause_before(folded, start, 60), words)
    return bool(_NEG.search(near))
