"""The codes a spreadsheet keys its cells by, each looked up once per import: modules (``<curriculum
slug>/<module slug>`` of the default-language pages), partners (short name or slug), accounts (e-mail)."""

from django.contrib.auth import get_user_model
from django.db.models.functions import Lower
from wagtail.models import Page

from courses.models import CurriculumPage, ModulePage, Partner

from ..modules import default_locale_id
from .base import chunks


def module_key(module, curriculum) -> str:
    return f"{curriculum.slug}/{module.slug}"


def modules_by_key() -> dict[str, ModulePage]:
    """Every live module of the default language by its key; two queries."""
    default = default_locale_id()
    curricula = {c.path: c for c in CurriculumPage.objects.filter(locale_id=default)}
    found = {}
    for module in ModulePage.objects.live().filter(locale_id=default).order_by("path"):
        curriculum = curricula.get(module.path[: -Page.steplen])
        if curriculum is not None:
            module.import_key = module_key(module, curriculum)
            module.import_curriculum = curriculum
            found[module.import_key] = module
    return found


def partners_by_name() -> dict[str, Partner]:
    partners = {}
    for partner in Partner.objects.all():
        partners[partner.short_name.lower()] = partner
        partners[partner.slug.lower()] = partner
    return partners


def users_by_email(emails) -> dict:
    """Accounts by their e-mail address in lower case."""
    found = {}
    User = get_user_model()
    for chunk in chunks({email.lower() for email in emails if email}):
        for user in User.objects.annotate(email_lower=Lower("email")).filter(email_lower__in=chunk):
            found[user.email_lower] = user
    return found
