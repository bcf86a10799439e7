"""Builds the SCORE core curriculum and the partners' variants, in English and Bahasa Indonesia."""

from importlib import import_module

from wagtail.models import Collection, Locale, Page

from courses.access import partner_access_sync, partner_workflow_ensure, programme_staff_group_ensure
from courses.lineage import module_derive
from courses.models import (
    CurriculumIndexPage,
    CurriculumPage,
    Derivation,
    LessonDownload,
    LessonPage,
    ModulePage,
    ModulePrerequisite,
    Partner,
)

from .materials import ensure_document, ensure_logo, material_pdf
from .pages import ensure_child, ensure_translation, stream

CORE_MODULES = ["module_1", "module_2", "module_3", "module_4", "module_5"]

# Which core modules each variant derives, and how the partner adapted them (numbers and delivery only;
# the text stays the core's until the partner edits it).
VARIANT_DERIVATIONS = {
    "score-plus": [("workplace-cooperation", {"classroom_days": 1}), ("quality", {"classroom_days": 1})],
    "score-creative": [("workplace-cooperation", {}), ("workforce-management", {"number": 2})],
    "score-unpar": [("workplace-cooperation", {}), ("cleaner-production", {"number": 2})],
    "score-hoco": [
        ("workplace-cooperation", {"classroom_days": 1}),
        (
            "safety-and-health",
            {
                "number": 4,
                "title": {
                    "en": "Safety and health in hotels and restaurants",
                    "id": "Keselamatan dan kesehatan kerja di hotel dan restoran",
                },
            },
        ),
    ],
}
VARIANT_OWN_MODULES = {"score-hoco": ["hoco_service_excellence", "hoco_innovation"]}

CATALOGUE = {
    "slug": "curriculum",
    "title": {"en": "Curriculum", "id": "Kurikulum"},
    "introduction": {
        "en": "<p>The five SCORE core modules, and the customised curricula the implementing partners built on "
        "them for micro enterprises, the creative economy, universities and hospitality.</p>",
        "id": "<p>Lima modul inti SCORE, serta kurikulum yang disesuaikan oleh mitra pelaksana untuk usaha mikro, "
        "ekonomi kreatif, perguruan tinggi, dan perhotelan.</p>",
    },
}
CORE = {
    "slug": "score-core",
    "title": {"en": "SCORE Training: the core modules", "id": "Pelatihan SCORE: modul inti"},
    "introduction": {
        "en": "The five modules of SCORE Training, each a two-day classroom training for managers and workers "
        "together followed by consultancy visits in the enterprise. Every enterprise starts with "
        "Workplace Cooperation.",
        "id": "Lima modul Pelatihan SCORE, masing-masing berupa pelatihan kelas dua hari untuk manajer dan "
        "pekerja bersama-sama, diikuti kunjungan konsultasi di perusahaan. Setiap perusahaan memulai "
        "dengan Kerja Sama di Tempat Kerja.",
    },
    "audience": {
        "en": "Small and medium enterprises in manufacturing and services, and the trainers who serve them.",
        "id": "Usaha kecil dan menengah di bidang manufaktur dan jasa, serta pelatih yang mendampingi mereka.",
    },
}


def content(name: str):
    return import_module(f"courses.demo.content.{name}")


def build(*, home_en: Page, home_id: Page, user) -> dict:
    id_ = Locale.objects.get(language_code="id")
    partners = ensure_partners(user=user)
    index_en, _ = ensure_child(
        home_en,
        CurriculumIndexPage,
        slug=CATALOGUE["slug"],
        user=user,
        title=CATALOGUE["title"]["en"],
        introduction=CATALOGUE["introduction"]["en"],
        show_in_menus=True,
    )
    index_id, _ = ensure_translation(
        index_en, id_, user=user, title=CATALOGUE["title"]["id"], introduction=CATALOGUE["introduction"]["id"]
    )
    core_en, core_id = ensure_curriculum(index_en, index_id, CORE, partner=None, user=user)
    core_modules = {}
    for name in CORE_MODULES:
        data = content(name).MODULE
        core_modules[data["slug"]] = build_module(core_en, core_id, data, core_modules, user=user)

    from cms.demo_content import VARIANTS

    for variant in VARIANTS:
        partner = partners[variant["partner"]]
        var_en, var_id = ensure_curriculum(index_en, index_id, variant, partner=partner, user=user)
        for slug, overrides in VARIANT_DERIVATIONS[variant["slug"]]:
            derive_published(
                source=core_modules[slug][0], target=var_en, overrides=overrides, user=user, id_locale=id_
            )
        for name in VARIANT_OWN_MODULES.get(variant["slug"], []):
            build_module(var_en, var_id, content(name).MODULE, core_modules, user=user)

    programme_staff_group_ensure()
    partner_workflow_ensure()
    for partner in partners.values():
        partner_access_sync(partner)
    return {"partners": partners, "catalogue": (index_en, index_id)}


def ensure_partners(*, user) -> dict[str, Partner]:
    from cms.demo_content import PARTNERS

    root = Collection.get_first_root_node()
    logos = root.get_children().filter(name="Partner logos").first() or root.add_child(name="Partner logos")
    partners = {}
    for data in PARTNERS:
        partner = Partner.objects.filter(slug=data["slug"]).select_related("logo").first()
        logo_title = f"{data['name']} logo"
        if partner is None or (partner.logo is not None and partner.logo.title == logo_title):
            logo = ensure_logo(
                title=logo_title,
                slug=data["slug"],
                name=data["name"],
                short_name=data["short_name"],
                colour=data["brand_colour"],
                collection=logos,
            )
        if partner is None:
            partner = Partner.objects.create(
                name=data["name"],
                short_name=data["short_name"],
                slug=data["slug"],
                website=data["website"],
                brand_colour=data["brand_colour"],
                description=data["description"]["en"],
                description_id=data["description"]["id"],
                logo=logo,
                is_lead=data["short_name"] == "BEDO",
            )
        partners[partner.short_name] = partner
    return partners


def ensure_curriculum(index_en, index_id, data, *, partner, user):
    curriculum_en, _ = ensure_child(
        index_en,
        CurriculumPage,
        slug=data["slug"],
        user=user,
        title=data["title"]["en"],
        partner=partner,
        introduction=data["introduction"]["en"],
        audience=data["audience"]["en"],
        max_enterprises_per_cycle=data.get("max_enterprises_per_cycle", 5),
    )
    curriculum_id, _ = ensure_translation(
        curriculum_en,
        index_id.locale,
        user=user,
        title=data["title"]["id"],
        introduction=data["introduction"]["id"],
        audience=data["audience"]["id"],
    )
    return curriculum_en, curriculum_id


def build_module(curriculum_en, curriculum_id, data, modules_by_slug, *, user):
    """A module with its lessons and materials in both languages; returns (module_en, module_id)."""
    curriculum_en.refresh_from_db()
    collection = curriculum_en.materials_collection
    documents = {"en": {}, "id": {}}
    for material in data["materials"]:
        for lang in ("en", "id"):
            # The material's own title ("Trainer Guide: Workplace Cooperation") names its module already;
            # prefixing the module's title would repeat it on every lesson that offers the download.
            documents[lang][material["key"]] = ensure_document(
                title=material["title"][lang],
                collection=collection,
                filename=f"{data['slug']}-{material['key']}-{lang}.pdf",
                content=material_pdf(
                    title=material["title"][lang],
                    subtitle=data["title"][lang],
                    paragraphs=material["paragraphs"][lang],
                ),
            )

    def resolver(lang):
        def resolve(block_type, value):
            if block_type == "document":
                return {
                    "document": documents[lang][value["material"]].pk,
                    "title": value["title"],
                    "description": value["description"],
                }
            return value

        return resolve

    def objectives(lang):
        return stream([("objective", text) for text in data["objectives"][lang]])

    prerequisites = [
        modules_by_slug[slug] for slug in data.get("prerequisites", []) if slug in modules_by_slug
    ]
    module_en, _ = ensure_child(
        curriculum_en,
        ModulePage,
        slug=data["slug"],
        user=user,
        title=data["title"]["en"],
        number=data["number"],
        summary=data["summary"]["en"],
        learning_objectives=objectives("en"),
        classroom_days=data["classroom_days"],
        consultancy_visits=data["consultancy_visits"],
        certifiable=curriculum_en.partner_id is None,  # the core modules; variants inherit it when derived
        prerequisite_links=[ModulePrerequisite(prerequisite=pair[0]) for pair in prerequisites],
    )
    module_id, _ = ensure_translation(
        module_en,
        curriculum_id.locale,
        user=user,
        title=data["title"]["id"],
        summary=data["summary"]["id"],
        learning_objectives=objectives("id"),
        prerequisite_links=[ModulePrerequisite(prerequisite=pair[1]) for pair in prerequisites],
    )
    for lesson in data["lessons"]:
        lesson_en, _ = ensure_child(
            module_en,
            LessonPage,
            slug=lesson["slug"],
            user=user,
            title=lesson["title"]["en"],
            introduction=lesson["introduction"]["en"],
            estimated_minutes=lesson["estimated_minutes"],
            body=stream(lesson["body"]["en"], resolver("en")),
            downloads=[LessonDownload(document=documents["en"][key]) for key in lesson.get("downloads", [])],
        )
        ensure_translation(
            lesson_en,
            curriculum_id.locale,
            user=user,
            title=lesson["title"]["id"],
            introduction=lesson["introduction"]["id"],
            body=stream(lesson["body"]["id"], resolver("id")),
            downloads=[LessonDownload(document=documents["id"][key]) for key in lesson.get("downloads", [])],
        )
    return module_en, module_id


def derive_published(*, source: ModulePage, target: CurriculumPage, overrides: dict, user, id_locale) -> None:
    """Derive through the lineage service, as a partner would, then publish as programme staff would."""
    if Derivation.objects.filter(source_page=source, page__path__startswith=target.path).exists():
        return
    module_en = module_derive(source=source, target=target, user=user)
    module_id = module_en.get_translation_or_none(id_locale)
    for module, lang in ((module_en, "en"), (module_id, "id")):
        if module is None:
            continue
        module = module.specific
        for name, value in overrides.items():
            setattr(module, name, value[lang] if isinstance(value, dict) else value)
        if overrides:
            module.save_revision(user=user, log_action=False)
        for page in Page.objects.descendant_of(module, inclusive=True).specific():
            page.get_latest_revision().publish(user=user, log_action=False)
