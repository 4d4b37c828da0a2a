"""The communication agreement handed out at the first visit: default text, rendering, PDF."""

from __future__ import annotations

import hashlib

from django.template.loader import render_to_string
from django.utils import translation

from scripta.accounts.models import User
from scripta.patients.models import AgreementTemplate, Patient

DEFAULT_AGREEMENT = {
    "en": """How we will keep in touch between sessions

1. Channels. I use these channels with my patients: {channels}. Please use only these.
2. Sign every message with your name. It helps both of us keep our exchange clear.
3. Replies are not immediate. I read messages and answer when I decide it is useful for our work, sometimes only in our next session. Not answering is not a lack of care.
4. Some messages we will bring back into our sessions and work on together.
5. Emergencies: a message is not the way to reach help in an emergency. Call {emergency} or go to the nearest emergency department.
6. Your messages are stored encrypted and only your therapist can read them.
""",
    "it": """Come restiamo in contatto tra una seduta e l'altra

1. Canali. Con i miei pazienti uso questi canali: {channels}. Per favore, usi solo questi.
2. Firmi ogni messaggio con il suo nome. Aiuta entrambi a mantenere chiaro il nostro scambio.
3. Le risposte non sono immediate. Leggo i messaggi e rispondo quando ritengo che sia utile al nostro lavoro, a volte solo nella seduta successiva. Non rispondere non è mancanza di attenzione.
4. Alcuni messaggi li riprenderemo in seduta e ci lavoreremo insieme.
5. Emergenze: un messaggio non è il modo per chiedere aiuto in un'emergenza. Chiami il {emergency} o si rechi al pronto soccorso più vicino.
6. I suoi messaggi sono conservati cifrati e solo il suo terapeuta può leggerli.
""",
}


def template_for(therapist: User, language: str) -> AgreementTemplate:
    language = language if language in DEFAULT_AGREEMENT else "en"
    existing = AgreementTemplate.objects.filter(therapist=therapist, language=language).first()
    if existing is not None:
        return existing
    return AgreementTemplate(
        therapist=therapist, language=language, version=1, body=DEFAULT_AGREEMENT[language]
    )


def agreement_text(
    patient: Patient, therapist: User, language: str | None = None
) -> tuple[AgreementTemplate, str]:
    template = template_for(therapist, language or patient.language)
    with translation.override(template.language):
        channel_names = (
            ", ".join(
                str(label)
                for value, label in _channel_labels()
                if value in patient.consented_channels()
            )
            or "—"
        )
    body = template.body.replace("{channels}", channel_names).replace(
        "{emergency}", patient.practice.emergency_number
    )
    return template, body


def _channel_labels() -> list[tuple[str, str]]:
    from scripta.patients.models import Channel

    return [(c.value, str(c.label)) for c in Channel]


def body_digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def agreement_pdf(patient: Patient, therapist: User, body: str, language: str) -> bytes:
    from weasyprint import HTML

    with translation.override(language):
        html = render_to_string(
            "patients/agreement_pdf.html",
            {"patient": patient, "therapist": therapist, "paragraphs": body.strip().split("\n")},
        )
    return HTML(string=html).write_pdf()  # type: ignore[no-any-return]
