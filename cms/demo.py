"""``seed_demo``: the whole demo site, built idempotently (a second run changes nothing)."""

from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, Site

from certification.api import demo_build as build_certification_demo
from certification.api import profile_get, profile_save
from courses.access import PROGRAMME_STAFF, editors_group_name
from courses.demo.curricula import build as build_curricula
from courses.demo.knowledge_checks import build as build_knowledge_checks
from courses.demo.pages import ensure_child, ensure_translation, stream
from courses.models import CurriculumPage, LessonPage, ModulePage, Partner
from courses.progress import lesson_complete
from results.api import demo_build as build_results_demo

from .demo_content import HOME, PAGES
from .models import HomePage, SiteSettings, StandardPage
from .site_address import site_url

DEMO_PASSWORD = "score-demo-2026"
TRAINER = "trainer"
CERTIFIED = "certification demo"  # trainers of the certification demo (certification/demo.py)
DEMO_ACCOUNTS = [
    # email, first and last name, role, group (None: superuser; TRAINER: no admin access) or partner
    ("admin@score.example", "Programme", "Admin", "programme admin", None),
    ("staff@score.example", "Sri", "Wahyuni", "programme staff", PROGRAMME_STAFF),
    ("editor.bedo@score.example", "Budi", "Santoso", "BEDO editor", "BEDO"),
    ("editor.hoco@score.example", "Ni Made", "Ayu", "Pro Serve Indonesia (HoCo) editor", "Pro Serve"),
    ("editor.smi@score.example", "Dewi", "Lestari", "Semut Manajemen Indonesia editor", "SMI"),
    ("trainer@score.example", "Rina", "Marlina", "trainer studying Workplace Cooperation", TRAINER),
    (
        "expert@score.example",
        "Agus",
        "Setiawan",
        "Expert Trainer, Workplace Cooperation (reviews)",
        CERTIFIED,
    ),
    ("candidate@score.example", "Putri", "Handayani", "candidate whose evidence awaits review", CERTIFIED),
    (
        "holder@score.example",
        "Siti",
        "Rahmawati",
        "holds core + SCORE Plus certificates (one superseded)",
        CERTIFIED,
    ),
    ("revoked@score.example", "Andi", "Pratama", "trainer whose certificate was revoked", CERTIFIED),
]


def _home_fields(lang: str) -> dict:
    return {
        "title": HOME["title"][lang],
        "hero_heading": HOME["hero_heading"][lang],
        "hero_text": HOME["hero_text"][lang],
        "about_heading": HOME["about_heading"][lang],
        "about": HOME["about"][lang],
        "process_heading": HOME["process_heading"][lang],
        "process": stream(
            [("step", {"title": s["title"][lang], "text": s["text"][lang]}) for s in HOME["process_steps"]]
        ),
        "results_heading": HOME["results_heading"][lang],
        "results_intro": HOME["results_intro"][lang],
        "results": stream(
            [
                (
                    "result",
                    {"figure": r["figure"][lang], "label": r["label"][lang], "source": r["source"][lang]},
                )
                for r in HOME["results"]
            ]
        ),
    }


def ensure_home(*, user) -> tuple[HomePage, HomePage]:
    """Replace Wagtail's welcome page with the SCORE Academy home page, in both languages."""
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(depth=2, locale__language_code="en").first()
    if home is None:
        home, _ = ensure_child(root, HomePage, slug="score-academy", user=user, **_home_fields("en"))
        site = Site.objects.filter(is_default_site=True).first() or Site(hostname="localhost", port=80)
        site.root_page, site.site_name, site.is_default_site = home, "SCORE Academy", True
        site.save()
        Page.objects.filter(depth=2).exclude(pk=home.pk).filter(
            content_type__model="page", content_type__app_label="wagtailcore"
        ).delete()
    home_id, _ = ensure_translation(
        home, Locale.objects.get(language_code="id"), user=user, **_home_fields("id")
    )
    return home, home_id


def ensure_standard_pages(*, home_en, home_id, user) -> None:
    for data in PAGES:
        page, _ = ensure_child(
            home_en,
            StandardPage,
            slug=data["slug"],
            user=user,
            title=data["title"]["en"],
            introduction=data["introduction"]["en"],
            body=stream(data["body"]["en"]),
            show_in_menus=True,
        )
        ensure_translation(
            page,
            home_id.locale,
            user=user,
            title=data["title"]["id"],
            introduction=data["introduction"]["id"],
            body=stream(data["body"]["id"]),
        )


def ensure_verified_email(user) -> None:
    """Demo addresses count as verified, as allauth lets nobody in before that."""
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )


def ensure_authenticator(user) -> None:
    """Programme staff must use a second factor; the demo's have one (dev settings accept code 000000)."""
    if not is_mfa_enabled(user):
        TOTP.activate(user, generate_totp_secret())


def ensure_demo_progress(user) -> None:
    """The demo trainer has studied the first two lessons of Workplace Cooperation."""
    core_module = ModulePage.objects.filter(
        slug="workplace-cooperation", locale__language_code="en", path__startswith=core_path()
    ).first()
    if core_module is None:
        return
    for lesson in LessonPage.objects.child_of(core_module).live().order_by("path")[:2]:
        lesson_complete(user=user, lesson=lesson)


def ensure_demo_profile(user) -> None:
    """The demo trainer's profile: the name printed on certificates, and what the programme counts."""
    if profile_get(user=user) is None:
        profile_save(
            user=user,
            data={
                "certificate_name": "Rina Marlina",
                "gender": "woman",
                "partner": Partner.objects.get(short_name="BEDO"),
                "other_organisation": "",
                "province": "JB",
                "phone": "+62 812 0000 2026",
                "preferred_language": "id",
                "registry_opt_in": True,
            },
            changed_by=user,
        )


def core_path() -> str:
    core = CurriculumPage.objects.filter(slug="score-core", locale__language_code="en").first()
    return core.path if core else "-"


def ensure_accounts() -> list[tuple[str, str]]:
    """The demo logins; the programme admin comes first, as the seed's pages are made in its name."""
    User = get_user_model()
    made = []
    for email, first, last, role, group_name in DEMO_ACCOUNTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email,
                password=DEMO_PASSWORD,
                first_name=first,
                last_name=last,
                is_superuser=group_name is None,
                is_staff=group_name is None,
            )
            if group_name == PROGRAMME_STAFF:
                user.groups.add(Group.objects.get(name=PROGRAMME_STAFF))
            elif group_name not in (None, TRAINER, CERTIFIED):
                partner = Partner.objects.get(short_name=group_name)
                user.groups.add(partner.editors_group or Group.objects.get(name=editors_group_name(partner)))
        ensure_verified_email(user)
        if group_name in (None, PROGRAMME_STAFF) or email == "expert@score.example":
            ensure_authenticator(user)
        if group_name == TRAINER:
            ensure_demo_progress(user)
            ensure_demo_profile(user)
        made.append((email, role))
    return made


def ensure_admin():
    User = get_user_model()
    email, first, last, _role, _group = DEMO_ACCOUNTS[0]
    return User.objects.filter(email=email).first() or User.objects.create_superuser(
        email=email, password=DEMO_PASSWORD, first_name=first, last_name=last
    )


@transaction.atomic
def _site_at_its_address(site: Site) -> None:
    """Wagtail's site record names the address the demo is served at (SITE_URL, cms.site_address)."""
    address = urlsplit(site_url())
    port = address.port or (443 if address.scheme == "https" else 80)
    if (site.hostname, site.port) != (address.hostname, port):
        site.hostname, site.port = address.hostname, port
        site.save(update_fields=["hostname", "port"])


def seed() -> list[tuple[str, str]]:
    admin = ensure_admin()
    home_en, home_id = ensure_home(user=admin)
    build_curricula(home_en=home_en, home_id=home_id, user=admin)
    build_knowledge_checks(user=admin)
    ensure_standard_pages(home_en=home_en, home_id=home_id, user=admin)
    site = Site.objects.get(root_page=home_en)
    _site_at_its_address(site)
    settings = SiteSettings.for_site(site)
    if not settings.contact_email:
        settings.contact_email = "score@score.example"
        settings.save()
    accounts = ensure_accounts()
    staff = get_user_model().objects.get(email="staff@score.example")
    build_certification_demo(staff=staff)
    build_results_demo(staff=staff)
    return accounts
