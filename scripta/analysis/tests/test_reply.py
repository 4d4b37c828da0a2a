"""Reply checks on a therapist's draft."""

from __future__ import annotations

import pytest

from scripta.analysis import REPLY_CHECK_CODES, check_reply


def codes(
    text: str, signature: str = "Dr. E. Bianchi", name: str = "John", **kw: object
) -> set[str]:
    return set(check_reply(text, signature, name, **kw).check_codes())  # type: ignore[arg-type]


def test_codes() -> None:
    assert REPLY_CHECK_CODES == ("missing_signature", "name_scolding", "all_caps", "reply_too_long")


@pytest.mark.parametrize(
    ("text", "signature", "signed"),
    [
        ("See you Thursday. Dr. E. Bianchi", "Dr. E. Bianchi", True),
        ("See you Thursday.\nE. Bianchi", "Dr. E. Bianchi", True),
        ("See you Thursday. Bianchi", "Dr. E. Bianchi", True),
        ("See you Thursday. E.B.", "Dr. E. Bianchi", True),
        ("See you Thursday. eb", "Dr. E. Bianchi", True),
        ("See you Thursday. Dr. E. B.", "Dr. E. Bianchi", True),
        ("A giovedì. gmm", "gmm", True),
        ("A giovedì, dott.ssa Nicolò Rossi!", "Dott.ssa Nicolò Rossi", True),
        ("See you Thursday.", "Dr. E. Bianchi", False),
        ("Bianchi said see you Thursday.", "Dr. E. Bianchi", False),
    ],
)
def test_missing_signature(text: str, signature: str, signed: bool) -> None:
    assert ("missing_signature" not in codes(text, signature)) is signed


@pytest.mark.parametrize(
    ("text", "name", "scolding"),
    [
        ("You did something stupid, John! E.B.", "John", True),
        ("Hai fatto una sciocchezza, Luca!! E.B.", "Luca", True),
        ("John, you did something stupid! E.B.", "John", False),
        ("Ciao Luca! E.B.", "Luca", False),
        ("Good morning, John! E.B.", "John", False),
        ("Well done John! E.B.", "John", True),
        ("Bravo Luca. E.B.", "Luca", False),
    ],
)
def test_name_scolding(text: str, name: str, scolding: bool) -> None:
    assert ("name_scolding" in codes(text, "Dr. E. Bianchi", name)) is scolding


def test_all_caps_reply() -> None:
    assert "all_caps" in codes("PLEASE CALL THE CLINIC TOMORROW. E.B.")
    assert "all_caps" not in codes("please call the clinic tomorrow. E.B.")


def test_reply_too_long() -> None:
    long = "word " * 130 + "E.B."
    assert "reply_too_long" in codes(long, patient_message="ok see you")
    assert "reply_too_long" not in codes(long, patient_message="x" * 300)
    assert "reply_too_long" not in codes(long)  # no patient message: needs 1200 characters
    assert "reply_too_long" in codes("word " * 250 + "E.B.")


def test_language_and_dict() -> None:
    result = check_reply("Ciao Luca, ci vediamo giovedì. E.B.", "Dr. E. Bianchi", "Luca")
    assert result.language == "it"
    d = result.to_dict()
    assert d == {"language": "it", "checks": []}


@pytest.mark.parametrize(
    ("text", "signature", "name", "expected"),
    [
        (
            "Va bene, ci vediamo giovedì.\nDott.ssa Elena Bianchi",
            "Dott.ssa Elena Bianchi",
            "Luca",
            set(),
        ),
        ("Va bene, ci vediamo giovedì. Elena Bianchi", "Dott.ssa Elena Bianchi", "Luca", set()),
        ("Va bene, ci vediamo giovedì. E. Bianchi", "Dott.ssa Elena Bianchi", "Luca", set()),
        ("Va bene, ci vediamo giovedì. eb", "Dott.ssa Elena Bianchi", "Luca", set()),
        (
            "Va bene, ci vediamo giovedì. Elena",
            "Dott.ssa Elena Bianchi",
            "Luca",
            {"missing_signature"},
        ),
        ("Ok, see you Thursday - Dr. Carter", "Dr. Emma Carter", "Tom", set()),
        ("See you Thursday. E.C. 🙂", "Dr. E. Carter", "Tom", set()),
        ("Hai esagerato, Nicolò! EB", "Dr. E. Bianchi", "Nicolò", {"name_scolding"}),
        ("Hai esagerato, Nicolo!! EB", "Dr. E. Bianchi", "Nicolò", {"name_scolding"}),
        ("Nicolò, hai esagerato! EB", "Dr. E. Bianchi", "Nicolò", set()),
        ("Buonasera Nicolò! EB", "Dr. E. Bianchi", "Nicolò", set()),
        ("Well done, Tom!", "gmm", "Tom", {"missing_signature", "name_scolding"}),
    ],
)
def test_reply_paraphrases(text: str, signature: str, name: str, expected: set[str]) -> None:
    assert set(check_reply(text, signature, name).check_codes()) == expected
