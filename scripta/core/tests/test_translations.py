"""The Italian catalogues are complete, and each committed .mo matches its .po.

The project catalogue is scripta/locale; an app may keep its own (makemessages then sends
that app's strings there), so every scripta/**/locale/it catalogue is checked.

No database and no GNU gettext needed: the .po is read with a small parser below and the
.mo with the standard library's ``gettext`` module, so a clean clone can run this.
"""

from __future__ import annotations

import gettext
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.utils import translation

SCRIPTA_DIR = Path(__file__).resolve().parents[2]
PO_PATH = SCRIPTA_DIR / "locale" / "it" / "LC_MESSAGES" / "django.po"
CATALOGUES = sorted({PO_PATH, *SCRIPTA_DIR.glob("**/locale/it/LC_MESSAGES/django.po")})

# %(name)s, %s, %d ... and {name} / {} (str.format). "%%" is a literal percent sign.
PLACEHOLDER = re.compile(r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc]|%[sdifr]|\{[^{}]*\}")
ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    '"': '"',
    "\\": "\\",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
}


@dataclass
class Entry:
    source: str
    line: int
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        return f"{self.source}:{self.line} {self.msgid!r}"


def _unquote(token: str) -> str:
    token = token.strip()
    if len(token) < 2 or token[0] != '"' or token[-1] != '"':
        raise ValueError(f"not a quoted PO string: {token!r}")
    body, out, i = token[1:-1], [], 0
    while i < len(body):
        if body[i] == "\\":
            out.append(ESCAPES[body[i + 1]])
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def _placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def _edge_newlines(text: str) -> tuple[bool, bool]:
    return text.startswith("\n"), text.endswith("\n")


def parse_po(path: Path) -> tuple[Entry, list[Entry]]:
    """Return (header, entries). Obsolete (#~) entries are skipped."""
    source = path.relative_to(SCRIPTA_DIR).as_posix()
    entries: list[Entry] = []
    current: Entry | None = None
    pending_flags: set[str] = set()
    target: tuple[str, int] | None = None  # which field continuation lines extend
    keyword = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(\".*\")\s*$")

    def finish() -> None:
        nonlocal current
        if current is not None:
            entries.append(current)
        current = None

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
            target = None
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#,"):
            finish()
            pending_flags |= {flag.strip() for flag in line[2:].split(",") if flag.strip()}
            continue
        if line.startswith("#"):
            continue
        match = keyword.match(line)
        if match:
            name, index, value = match.group(1), match.group(2), _unquote(match.group(3))
            if name in ("msgctxt", "msgid") and current is not None and current.msgstr:
                finish()  # a new entry without a blank line before it
            if current is None:
                current = Entry(source=source, line=number, flags=pending_flags)
                pending_flags = set()
            if name == "msgctxt":
                current.msgctxt = value
            elif name == "msgid":
                current.msgid = value
            elif name == "msgid_plural":
                current.msgid_plural = value
            else:
                current.msgstr[int(index or 0)] = value
            target = (name, int(index or 0))
        elif line.startswith('"') and current is not None and target is not None:
            value = _unquote(line)
            name, index = target
            if name == "msgctxt":
                current.msgctxt = (current.msgctxt or "") + value
            elif name == "msgid":
                current.msgid += value
            elif name == "msgid_plural":
                current.msgid_plural = (current.msgid_plural or "") + value
            else:
                current.msgstr[index] += value
        else:
            raise ValueError(f"{source}:{number}: cannot parse {raw!r}")
    finish()
    headers = [e for e in entries if e.msgid == "" and e.msgctxt is None]
    assert len(headers) == 1, f"{source} must have exactly one header entry"
    return headers[0], [e for e in entries if e is not headers[0]]


@pytest.fixture(
    scope="module",
    params=CATALOGUES,
    ids=[path.relative_to(SCRIPTA_DIR).parts[0] for path in CATALOGUES],
)
def catalogue(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    assert path.is_file(), f"missing {path}"
    return path


@pytest.fixture(scope="module")
def po(catalogue: Path) -> tuple[Entry, list[Entry]]:
    return parse_po(catalogue)


@pytest.fixture(scope="module")
def mo(catalogue: Path) -> gettext.GNUTranslations:
    path = catalogue.with_suffix(".mo")
    assert path.is_file(), f"missing {path}: run `manage.py compilemessages -l it`"
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def test_header_declares_italian_plural_forms(po: tuple[Entry, list[Entry]]) -> None:
    header, _entries = po
    assert "fuzzy" not in header.flags, "the header is still marked fuzzy"
    fields = dict(line.split(":", 1) for line in header.msgstr[0].splitlines() if ":" in line)
    assert fields.get("Language", "").strip() == "it"
    assert fields.get("Content-Type", "").strip() == "text/plain; charset=UTF-8"
    assert fields.get("Plural-Forms", "").strip() == "nplurals=2; plural=(n != 1);"


def test_project_catalogue_exists_and_is_substantial() -> None:
    assert PO_PATH.is_file(), f"missing {PO_PATH}"
    _header, entries = parse_po(PO_PATH)
    assert len(entries) > 50


def test_catalogue_is_not_empty(po: tuple[Entry, list[Entry]]) -> None:
    _header, entries = po
    assert entries


def test_every_entry_translated_and_not_fuzzy(po: tuple[Entry, list[Entry]]) -> None:
    _header, entries = po
    fuzzy = [e.label for e in entries if "fuzzy" in e.flags]
    untranslated = []
    for e in entries:
        expected_forms = 2 if e.msgid_plural is not None else 1
        forms = [e.msgstr.get(i, "") for i in range(expected_forms)]
        if any(not form.strip() for form in forms):
            untranslated.append(e.label)
    assert not fuzzy, f"{len(fuzzy)} fuzzy entries: {fuzzy}"
    assert not untranslated, f"{len(untranslated)} untranslated entries: {untranslated}"


def test_no_duplicate_entries(po: tuple[Entry, list[Entry]]) -> None:
    _header, entries = po
    counts = Counter((e.msgctxt, e.msgid) for e in entries)
    assert not [key for key, n in counts.items() if n > 1]


def test_placeholders_preserved(po: tuple[Entry, list[Entry]]) -> None:
    _header, entries = po
    problems = []
    for e in entries:
        if e.msgid_plural is None:
            if _placeholders(e.msgid) != _placeholders(e.msgstr.get(0, "")):
                problems.append(e.label)
            continue
        plural = _placeholders(e.msgid_plural)
        if _placeholders(e.msgstr.get(1, "")) != plural:
            problems.append(e.label)
        # The singular form may leave the count out ("un messaggio"), but may add nothing new.
        singular = set(PLACEHOLDER.findall(e.msgstr.get(0, "")))
        if not singular <= set(PLACEHOLDER.findall(e.msgid)) | set(plural):
            problems.append(e.label)
    assert not problems, f"placeholders differ between msgid and msgstr: {problems}"


def test_leading_and_trailing_newlines_match(po: tuple[Entry, list[Entry]]) -> None:
    _header, entries = po
    problems = []
    for e in entries:
        sources = [e.msgid] if e.msgid_plural is None else [e.msgid, e.msgid_plural]
        for source in sources:
            for text in e.msgstr.values():
                if _edge_newlines(source) != _edge_newlines(text):
                    problems.append(e.label)
    assert not problems, f"newline at start/end differs: {sorted(set(problems))}"


def test_mo_matches_po(po: tuple[Entry, list[Entry]], mo: gettext.GNUTranslations) -> None:
    """The committed .mo holds exactly the .po's translations: recompile after every change."""
    _header, entries = po
    stale = []
    for e in entries:
        if e.msgid_plural is None:
            got = mo.gettext(e.msgid) if e.msgctxt is None else mo.pgettext(e.msgctxt, e.msgid)
            if got != e.msgstr.get(0):
                stale.append(e.label)
            continue
        for n, form in ((1, 0), (2, 1)):
            if e.msgctxt is None:
                got = mo.ngettext(e.msgid, e.msgid_plural, n)
            else:
                got = mo.npgettext(e.msgctxt, e.msgid, e.msgid_plural, n)
            if got != e.msgstr.get(form):
                stale.append(e.label)
    assert not stale, f"django.mo is out of date with django.po for: {stale}"

    expected = {""}
    for e in entries:
        msgid = e.msgid if e.msgctxt is None else f"{e.msgctxt}\x04{e.msgid}"
        if e.msgid_plural is None:
            expected.add(msgid)
        else:
            expected |= {(msgid, 0), (msgid, 1)}
    catalog = set(mo._catalog)  # type: ignore[attr-defined]
    extra = catalog - expected
    assert not extra, f"django.mo has entries no longer in django.po: {sorted(map(str, extra))}"
    assert mo.info().get("plural-forms") == "nplurals=2; plural=(n != 1);"


def test_django_serves_the_italian_catalogue() -> None:
    # Not called "gettext" so that makemessages does not list this file as a source.
    lookup = translation.gettext
    with translation.override("it"):
        assert lookup("Inbox") == "Posta in arrivo"
        assert lookup("Log out") == "Esci"
        assert lookup("Audit trail") == "Registro degli accessi"
        assert lookup("Patients") == "Pazienti"
    with translation.override("en"):
        assert lookup("Inbox") == "Inbox"
