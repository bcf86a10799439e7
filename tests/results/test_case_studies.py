"""The case study pages: the story, the enterprise's sector, province and size, and its KPI changes drawn from
the record (change a value and the page changes), the fictional notice, in English and in Indonesian."""

import re
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.translation import gettext

from results.case_studies import case_study_results
from results.demo.content import CASE_STUDIES, FICTIONAL_NOTE
from results.models import Assessment, CaseStudyIndexPage, CaseStudyPage, KpiValue
from results.modules import module_in_default_language
from results.outcomes import latest_follow_up

pytestmark = pytest.mark.django_db

GARMENT = CASE_STUDIES[0]


@pytest.fixture
def page_en():
    return CaseStudyPage.objects.get(slug=GARMENT["slug"], locale__language_code="en")


@pytest.fixture
def page_id(page_en, id_locale):
    return page_en.get_translation(id_locale).specific


def text(response) -> str:
    """The page's main content as text, tags dropped and spaces collapsed."""
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main)).replace("&#x27;", "'")


def follow_up_value(page, code) -> KpiValue:
    follow_up = latest_follow_up(
        enterprise_id=page.enterprise_id, module_id=module_in_default_language(page.module).pk
    )
    return KpiValue.objects.get(assessment=follow_up, kpi__code=code)


def test_the_index_lists_the_case_studies_in_both_languages(client):
    for language in ("en", "id"):
        index = CaseStudyIndexPage.objects.get(locale__language_code=language)
        body = text(client.get(index.url))
        for case in CASE_STUDIES:
            assert case["title"][language] in body
        with translation.override(language):
            assert gettext("Fictional") in body


def test_the_page_shows_the_story_and_the_enterprise(client, page_en):
    body = text(client.get(page_en.url))
    assert GARMENT["title"]["en"] in body and "Before the training" in body
    assert "CV Sekar Melati Garmen" in body
    assert "Manufacturing" in body and "Jawa Tengah, Kota Surakarta" in body
    assert "Medium (20–99 workers)" in body and "BLK Semarang 2" in body


def test_the_page_shows_the_kpi_changes_from_the_record(client, page_en):
    body = text(client.get(page_en.url))
    # The demo's record: productivity 42 → 49, defects 8.5% → 4.2%.
    assert "Labour productivity" in body and "42 49 +7 (+16.7%) Improved" in body
    assert "8.5 4.2 -4.3 (-50.6%) Improved" in body
    value = follow_up_value(page_en, "LABOUR_PRODUCTIVITY")
    value.value = Decimal("40")
    value.save()
    body = text(client.get(page_en.url))
    assert "42 40 -2 (-4.8%) Not improved" in body
    assert "42 49" not in body


def test_a_kpi_without_a_baseline_value_shows_no_change(page_en):
    follow_up = latest_follow_up(
        enterprise_id=page_en.enterprise_id, module_id=module_in_default_language(page_en.module).pk
    )
    baseline = Assessment.objects.get(
        enterprise_id=page_en.enterprise_id, module=follow_up.module, kind=Assessment.Kind.BASELINE
    )
    KpiValue.objects.filter(assessment=baseline, kpi__code="SUGGESTIONS").delete()
    rows = {row.change.kpi.code: row for row in case_study_results(page_en)["kpi_rows"]}
    assert rows["SUGGESTIONS"].baseline is None and rows["SUGGESTIONS"].difference is None
    assert rows["SUGGESTIONS"].state == "none"


def test_the_fictional_notice_in_both_languages(client, page_en, page_id):
    english = text(client.get(page_en.url))
    assert FICTIONAL_NOTE["en"] in english
    assert "Fictional enterprise" in english
    indonesian = text(client.get(page_id.url))
    assert FICTIONAL_NOTE["id"] in indonesian
    with translation.override("id"):
        assert gettext("Fictional enterprise") in indonesian


def test_the_notice_goes_with_a_fictional_enterprise_only(client, page_en):
    type(page_en.enterprise).objects.filter(pk=page_en.enterprise_id).update(is_fictional=False)
    assert "Fictional enterprise" not in text(client.get(page_en.url))


def test_the_indonesian_page(client, page_id):
    response = client.get(page_id.url)
    assert response.status_code == 200
    assert '<html lang="id">' in response.content.decode()
    body = text(response)
    assert GARMENT["title"]["id"] in body and "Sebelum pelatihan" in body
    assert "Produktivitas tenaga kerja" in body  # the KPI's Indonesian name
    assert "Kerja Sama di Tempat Kerja" in body  # the module's Indonesian title
    # The same figures from the record, written the Indonesian way (decimal comma).
    assert "8,5 4,2 -4,3 (-50,6%)" in body


def test_the_page_works_on_a_phone(client, page_en):
    """The results table stacks into one card per KPI on a narrow screen (site.css, .table--stack): each cell
    carries its column's heading."""
    html = client.get(page_en.url).content.decode()
    table = html[html.index('<table role="table" class="table table--stack"') : html.index("</table>")]
    cells = re.findall(r"<td [^>]*>", table)
    assert cells and all("data-label=" in cell for cell in cells)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html


def test_the_page_runs_a_fixed_number_of_queries(client, page_en, django_assert_max_num_queries):
    client.get(page_en.url)
    with django_assert_max_num_queries(40):
        client.get(page_en.url)


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_results_page_leads_to_the_case_studies_in_its_language(client, page_en, language):
    prefix = "" if language == "en" else "/id"
    html = client.get(f"{prefix}/results/").content.decode()
    page = CaseStudyPage.objects.get(translation_key=page_en.translation_key, locale__language_code=language)
    index = CaseStudyIndexPage.objects.get(locale__language_code=language)
    assert f'href="{page.url}"' in html and page.title in html
    assert f'href="{index.url}"' in html
    with translation.override(language):
        assert gettext("Case studies") in html and gettext("Fictional") in html
    others = CaseStudyPage.objects.exclude(locale__language_code=language)
    assert not any(f'href="{other.url}"' in html for other in others)  # no page of the other language
