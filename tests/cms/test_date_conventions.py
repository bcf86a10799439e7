"""Every date shown is the local date, in the language's one date style (docs/decisions/0016): kept so by
reading the project's own code and templates, so that a new page cannot bring the fault back."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("accounts", "certification", "cms", "courses")
NAMED_FORMATS = {
    "DATE_FORMAT",
    "DATETIME_FORMAT",
    "SHORT_DATE_FORMAT",
    "SHORT_DATETIME_FORMAT",
    "TIME_FORMAT",
}
DATE_FILTER = re.compile(r"\|\s*date\s*:\s*[\"']([^\"']*)[\"']")
# A datetime's .date() is its UTC day: timezone.localdate(value) is the programme's.
UTC_DAY = re.compile(r"(_at|now\(\))\.date\(\)")


def _templates():
    return sorted((ROOT / "templates").rglob("*.html")) + sorted((ROOT / "templates").rglob("*.txt"))


def test_templates_name_a_date_style_and_never_write_one():
    written = [
        f"{path.relative_to(ROOT)}: {match}"
        for path in _templates()
        for match in DATE_FILTER.findall(path.read_text(encoding="utf-8"))
        if match not in NAMED_FORMATS
    ]
    assert not written, "\n".join(written)


@pytest.mark.parametrize("app", APPS)
def test_no_code_takes_the_utc_day_of_a_moment(app):
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / app).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if UTC_DAY.search(line)
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", ["en", "id"])
def test_each_language_has_its_date_styles(language):
    from django.utils import formats, translation

    with translation.override(language):
        assert formats.get_format("DATE_FORMAT") == "j F Y"
        # 24-hour times: Django's "a", "A" and "P" write "a.m.", which ends a sentence in "a.m.."
        assert not set("aAP") & set(formats.get_format("DATETIME_FORMAT") + formats.get_format("TIME_FORMAT"))
