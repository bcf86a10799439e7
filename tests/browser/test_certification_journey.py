"""A candidate uploads the last piece of evidence and asks for review; the Expert Trainer confirms and
approves; the candidate downloads the PDF and the verification page says valid; staff revoke it, and the
verification page says revoked."""

from datetime import date

import pytest

from tests.browser.sessions import logged_in_context as signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def logged_in_context(browser, live_server, user, *, second_factor=False):
    return signed_in(browser, live_server, user, second_factor=second_factor, accept_downloads=True)


def candidate_ready_but_one_document(expert):
    """Lessons done, check passed, ToT confirmed, ToE named with three of its four documents, an Expert
    asked for a recommendation: everything the pages were tested for elsewhere."""
    from certification.evidence import evidence_add
    from certification.models import CertificationTrack, Requirement, TrainerProfile
    from certification.progression import certification_start, requirement_confirm, requirement_declare
    from courses.models import CurriculumPage, ModulePage
    from tests.certification.progression_helpers import pdf_upload, study
    from tests.factories import trainer_create

    Kind = Requirement.Kind
    core = CurriculumPage.objects.get(slug="score-core", locale__language_code="en")
    module = ModulePage.objects.child_of(core).get(number=1)
    track = CertificationTrack.objects.get(module=module)
    candidate = trainer_create(first_name="Ayu", last_name="Kartika")
    TrainerProfile.objects.create(
        user=candidate, certificate_name="Ayu Kartika", gender="woman", other_organisation="X", province="BA"
    )
    study(candidate, module)
    certification = certification_start(trainer=candidate, track=track, level="trainer")
    requirements = {req.kind: req for req in track.requirements.filter(level="trainer")}
    tot, toe, rec = (
        requirements[Kind.TOT_ATTENDED],
        requirements[Kind.TOE_CYCLE],
        requirements[Kind.RECOMMENDATION],
    )
    requirement_declare(
        certification=certification,
        requirement=tot,
        actor=candidate,
        expert=expert,
        happened_on=date(2026, 3, 2),
        place="Denpasar",
    )
    requirement_confirm(certification=certification, requirement=tot, actor=expert)
    requirement_declare(certification=certification, requirement=toe, actor=candidate, expert=expert)
    for document in ("baseline", "attendance", "visit"):
        evidence_add(
            certification=certification,
            requirement=toe,
            document=document,
            file=pdf_upload(f"{document}.pdf"),
            actor=candidate,
        )
    requirement_declare(certification=certification, requirement=rec, actor=candidate, expert=expert)
    return candidate, track, toe, rec


def test_candidate_to_certificate_to_revocation(live_server, browser, seeded, screenshot_dir, tmp_path):
    from django.contrib.auth import get_user_model
    from playwright.sync_api import expect
    from pypdf import PdfReader

    from tests.certification.progression_helpers import pdf_upload

    User = get_user_model()
    expert = User.objects.get(email="expert@score.example")
    staff = User.objects.get(email="staff@score.example")
    candidate, track, toe, rec = candidate_ready_but_one_document(expert)
    track_url = f"{live_server.url}/certification/{track.pk}/trainer/"

    # The candidate: the button explains why it waits; they upload the progress report and ask for review.
    page = logged_in_context(browser, live_server, candidate).new_page()
    page.goto(track_url)
    ask = page.locator("#submit-heading + form button")
    expect(ask).to_be_disabled()
    expect(page.locator("#submit-why")).to_contain_text("A ToE cycle delivered under an Expert Trainer")
    report = tmp_path / "progress-report.pdf"
    report.write_bytes(pdf_upload().read())
    upload = page.locator(f"#requirement-{toe.pk} form:has(input[name=action][value=evidence])")
    upload.locator("select").select_option("progress")
    upload.locator("input[type=file]").set_input_files(str(report))
    upload.get_by_role("button", name="Upload").click()
    expect(page.get_by_text("“progress-report.pdf” is uploaded.")).to_be_visible()
    page.locator("#submit-heading + form button").click()
    expect(page.get_by_text("You asked for review.")).to_be_visible()
    page.screenshot(path=str(screenshot_dir / "certification-submitted.png"), full_page=True)

    # The Expert Trainer: from the queue to the candidate; confirms, recommends, approves.
    expert_page = logged_in_context(browser, live_server, expert, second_factor=True).new_page()
    expert_page.goto(f"{live_server.url}/review/")
    expert_page.get_by_role("table").get_by_role("link", name="Ayu Kartika").click()
    expert_page.locator(f"#requirement-{toe.pk}").get_by_role("button", name="Confirm").click()
    expect(expert_page.get_by_text("Confirmed.")).to_be_visible()
    recommendation = expert_page.locator(f"#requirement-{rec.pk}")
    recommendation.get_by_label("Your recommendation").fill("Ayu ran an excellent ToE cycle in Denpasar.")
    recommendation.get_by_role("button", name="Confirm").click()
    expert_page.get_by_role("button", name="Approve and certify").click()
    expect(expert_page.get_by_text("Certified. Certificate SCORE-ID-")).to_be_visible()
    expert_page.screenshot(path=str(screenshot_dir / "certification-approved.png"), full_page=True)

    # The candidate downloads the PDF from the dashboard; the verification page says valid.
    number = candidate.certifications.get().certificates.get().number
    page.goto(f"{live_server.url}/certification/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name=f"Download PDF of {number}").click()
    pdf = PdfReader(download_info.value.path())
    assert number in pdf.pages[0].extract_text() and "Ayu Kartika" in pdf.pages[0].extract_text()
    page.get_by_role("link", name="Verification page").click()
    expect(page.locator(".verification__status")).to_contain_text("Valid")
    old_verify_url = page.url

    # She marries: her new name is a request to programme staff; the certificate keeps the old one meanwhile.
    page.goto(f"{live_server.url}/trainer/profile/")
    expect(page.get_by_label("Full name for certificates")).to_be_disabled()
    page.get_by_role("link", name="Ask for a change of name").click()
    page.get_by_label("The name your certificates should carry").fill("Ayu Kartika Sari")
    page.get_by_label("Marriage or divorce").check()
    page.get_by_label("Anything programme staff should know").fill("Married in October.")
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_text("Your request is with programme staff.")).to_be_visible()
    expect(page.get_by_text("Pending: you asked on")).to_be_visible()
    page.goto(old_verify_url)
    expect(page.locator(".verification__facts")).to_contain_text("Ayu Kartika")
    expect(page.locator(".verification__status")).to_contain_text("Valid")

    # Programme staff approve it in the admin: the certificate is re-issued in the new name.
    staff_page = logged_in_context(browser, live_server, staff, second_factor=True).new_page()
    staff_page.goto(f"{live_server.url}/admin/name_requests/")
    staff_page.get_by_role("link", name="Ayu Kartika", exact=True).click()
    expect(staff_page.get_by_text(number)).to_be_visible()
    staff_page.get_by_label("Approve: re-issue every current certificate in the new name").check()
    staff_page.get_by_role("button", name="Record the decision").click()
    expect(
        staff_page.get_by_text("Approved: the certificates of Ayu Kartika Sari were re-issued")
    ).to_be_visible()
    staff_page.screenshot(path=str(screenshot_dir / "certification-name-change-approved.png"), full_page=True)

    page.goto(old_verify_url)
    expect(page.locator(".verification__status")).to_contain_text("after a change of the holder")
    page.locator(".verification__status").get_by_role("link").click()
    expect(page.locator(".verification__facts")).to_contain_text("Ayu Kartika Sari")
    expect(page.get_by_text("This certificate replaces an earlier one")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text(number)
    page.screenshot(path=str(screenshot_dir / "certification-reissued.png"), full_page=True)
    verify_url = page.url

    # Programme staff revoke it; the same page now says revoked, with the reason.
    staff_page.goto(f"{live_server.url}/review/{candidate.certifications.get().pk}/")
    staff_page.get_by_label("Reason").fill("The ToE reports were copied.")
    staff_page.get_by_role("button", name="Revoke").click()
    expect(staff_page.get_by_text("the certification is now revoked")).to_be_visible()
    page.goto(verify_url)
    expect(page.locator(".verification__status")).to_contain_text("Revoked")
    expect(page.get_by_text("The ToE reports were copied.")).to_be_visible()
    page.screenshot(path=str(screenshot_dir / "certification-revoked.png"), full_page=True)
