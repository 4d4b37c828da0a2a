"""One-line explanations (English and Italian) for every code the engine emits."""

from __future__ import annotations

from .model import Explanation

SIGNALS: dict[str, tuple[str, str]] = {
    "all_caps": (
        "Written in capitals: reads as dramatic.",
        "Scritto in maiuscolo: suona drammatico.",
    ),
    "ellipsis_excess": (
        "Many ellipses for its length: anxious or accelerated writing.",
        "Molti puntini di sospensione: scrittura ansiosa o accelerata.",
    ),
    "expressive_punctuation": (
        "Expressive punctuation (!!, ?!, ...!): how the news should land.",
        "Punteggiatura espressiva (!!, ?!, ...!): come vuole che arrivi la notizia.",
    ),
    "unsigned": (
        "Not signed: the patient may expect to be recognised as unique.",
        "Non firmato: il paziente forse si aspetta di essere riconosciuto come unico.",
    ),
    "emoticon_positive": ("Positive emoticon or emoji.", "Emoticon o emoji positiva."),
    "emoticon_negative": ("Negative emoticon or emoji.", "Emoticon o emoji negativa."),
    "valence_shift": (
        "The emoticons reverse the words (relational level differs from content).",
        "Le emoticon ribaltano le parole (il livello relazionale contraddice il contenuto).",
    ),
    "late_night": (
        "Sent late at night (23:00-05:59 in the sender's time).",
        "Inviato a notte fonda (23:00-05:59 ora del mittente).",
    ),
    "apology": ("Apologises for their own conduct.", "Si scusa per il proprio comportamento."),
    "support_request": (
        "Asks for help, comfort or contact.",
        "Chiede aiuto, conforto o un contatto.",
    ),
    "urgency": ("Asks for an immediate answer.", "Chiede una risposta immediata."),
    "substance_use": (
        "Alcohol or drugs used to cope.",
        "Alcol o sostanze usati per reggere.",
    ),
    "loneliness": ("Says they feel alone.", "Dice di sentirsi solo/a."),
    "withdrawal": (
        "Withdrawal: in bed, not leaving home, cutting contact.",
        "Ritiro: a letto, non esce di casa, taglia i contatti.",
    ),
    "hopelessness": (
        "Hopelessness: no way out, cannot take it any more.",
        "Disperazione: nessuna via d'uscita, non ce la fa più.",
    ),
    "self_harm": (
        "Self-harm: urges, recent act or overdose.",
        "Autolesionismo: impulsi, atto recente o overdose.",
    ),
    "suicidal_ideation": (
        "Suicidal ideation: wish to be dead, thoughts, method, intent or plan.",
        "Ideazione suicidaria: desiderio di morte, pensieri, metodo, intenzione o piano.",
    ),
    "long_message": (
        "A letter rather than a text for this channel.",
        "Una lettera più che un messaggio, per questo canale.",
    ),
}

REPLY_CHECKS: dict[str, tuple[str, str]] = {
    "missing_signature": (
        "The draft does not end with your signature or initials.",
        "La bozza non termina con la sua firma o le sue iniziali.",
    ),
    "name_scolding": (
        "The patient's name at the end of an exclamation reads as a scolding.",
        "Il nome del paziente alla fine di un'esclamazione suona come un rimprovero.",
    ),
    "all_caps": ("The draft is written in capitals.", "La bozza è scritta in maiuscolo."),
    "reply_too_long": (
        "The reply is much longer than the patient's message.",
        "La risposta è molto più lunga del messaggio del paziente.",
    ),
}

CUES: dict[str, tuple[str, str]] = {
    "intent": ("Intent to act", "Intenzione di agire"),
    "plan": ("A plan (method, time or means ready)", "Un piano (metodo, momento o mezzi pronti)"),
    "act_taken": (
        "An act already taken (overdose, injury)",
        "Un atto già compiuto (overdose, ferita)",
    ),
    "farewell": ("A farewell in a context of risk", "Un addio in un contesto di rischio"),
    "pills_near_intent": (
        "Pills or quantities next to intent",
        "Farmaci o quantità vicino all'intenzione",
    ),
    "wish_dead": ("Wish to be dead", "Desiderio di essere morto/a"),
    "suicidal_thoughts": ("Suicidal thoughts", "Pensieri suicidari"),
    "method": ("Thinking about a method", "Pensa a un metodo"),
    "self_harm": ("Self-harm", "Autolesionismo"),
    "cannot_cope": ("Cannot take it any more", "Non ce la fa più"),
    "hopelessness": ("Hopelessness", "Disperazione, nessuna via d'uscita"),
    "substance": ("Alcohol or drugs to cope", "Alcol o sostanze per reggere"),
    "withdrawal": ("Withdrawal (bed, home, contacts)", "Ritiro (letto, casa, contatti)"),
    "panic": ("Overwhelming panic", "Panico travolgente"),
    "loneliness": ("Loneliness", "Solitudine"),
    "low_mood": ("Low mood", "Umore basso"),
    "support": ("Request for comfort or contact", "Richiesta di conforto o contatto"),
    "contact": ("Asks to be contacted", "Chiede di essere contattato/a"),
    "contact_ask": (
        "Asks to talk about it, to be seen sooner or to be answered, next to what the message says",
        "Chiede di parlarne, di anticipare la seduta o una risposta, accanto a ciò che il messaggio dice",
    ),
    "help_ask": (
        "Asks what to do or to be seen sooner, next to a worry the message tells",
        "Chiede cosa fare o di essere visto/a prima, accanto a una preoccupazione che il messaggio racconta",
    ),
    "burden": ("Feels a burden to others", "Si sente un peso per gli altri"),
    "masked_distress": ("Distress masked by an emoticon", "Disagio mascherato da un'emoticon"),
    "repeated_apology": ("Repeated apologies", "Scuse ripetute"),
    "farewell_note": ("A letter or note 'just in case'", "Una lettera 'nel caso'"),
    "idiom_kill": ("Idiom ('killing me')", "Modo di dire ('mi ammazza')"),
    "idiom_die": ("Idiom ('dying to', 'muoio dal ridere')", "Modo di dire ('muoio dal ridere')"),
    "idiom_cope": ("Everyday exasperation, not distress", "Esasperazione quotidiana, non disagio"),
    "idiom_reply": (
        "The therapist's reply anticipated, not a plan",
        "La risposta del terapeuta anticipata, non un piano",
    ),
    "idiom_cancel": (
        "A day that does not work: a scheduling matter",
        "Un giorno che non va: questione di orari",
    ),
    "net_ideation": (
        "Wording close to messages about not wanting to live (learned model) - read it",
        "Parole vicine a messaggi sul non voler vivere (modello appreso) - da leggere",
    ),
    "idiom_harm": (
        "Idiom or accident, not self-harm",
        "Modo di dire o incidente, non autolesionismo",
    ),
    "idiom_place": (
        "A place or a date named for an everyday reason (a holiday weekend, a hobby)",
        "Un luogo o una data per un motivo quotidiano (un ponte festivo, un hobby)",
    ),
}

MODIFIERS: dict[str, tuple[str, str]] = {
    "negated": ("negated", "negato"),
    "quoted": ("quoted or reported", "citato o riportato"),
    "hypothetical": ("hypothetical or a question", "ipotetico o domanda"),
    "past": ("past or discussed in therapy", "passato o discusso in seduta"),
    "other_person": ("about someone else", "riguarda un'altra persona"),
    "idiom": ("idiom", "modo di dire"),
}

_LEVEL_IT = {
    "none": "nessuno",
    "low": "basso",
    "moderate": "moderato",
    "high": "alto",
    "imminent": "imminente",
}

_cache: dict[tuple[str, str, tuple[str, ...]], Explanation] = {}


_SIGNAL_EXPLANATIONS = {code: Explanation(en, it) for code, (en, it) in SIGNALS.items()}


def signal(code: str) -> Explanation:
    return _SIGNAL_EXPLANATIONS[code]


def reply_check(code: str) -> Explanation:
    en, it = REPLY_CHECKS[code]
    return Explanation(en, it)


def cue(code: str, level: str, modifiers: tuple[str, ...]) -> Explanation:
    key = (code, level, modifiers)
    found = _cache.get(key)
    if found is not None:
        return found
    en, it = CUES.get(code, (code, code))
    if modifiers:
        en += " (" + ", ".join(MODIFIERS[m][0] for m in modifiers) + f": counts as {level})"
        it += " (" + ", ".join(MODIFIERS[m][1] for m in modifiers) + f": vale {_LEVEL_IT[level]})"
    else:
        en += f" (risk {level})"
        it += f" (rischio {_LEVEL_IT[level]})"
    found = Explanation(en + ".", it + ".")
    _cache[key] = found
    return found
