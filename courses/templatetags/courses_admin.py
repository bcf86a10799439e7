"""Admin template tags: a module's bundle of pages, and the curriculum explorer's visible buttons."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import HeaderButton

from courses.publishing import bundle_for

register = template.Library()


@register.simple_tag
def module_bundle(page):
    """The module's pages in every language, with what approval would publish; None for other pages."""
    return bundle_for(page)


@register.simple_tag(takes_context=True)
def explorer_header_buttons(context, parent_page, buttons):
    """Wagtail's explorer buttons, plus "Derive a module from the core" on a variant curriculum one can add to."""
    from courses.models import CurriculumPage

    buttons = list(buttons or [])
    curriculum = parent_page.specific_deferred
    user = context["request"].user
    if (
        isinstance(curriculum, CurriculumPage)
        and not curriculum.is_core
        and parent_page.permissions_for_user(user).can_add_subpage()
    ):
        buttons.append(
            HeaderButton(
                _("Derive a module from the core"),
                url=reverse("courses_admin:derive_module", args=(parent_page.pk,)),
                icon_name="copy",
                attrs={"data-derive-module": ""},
            )
        )
    return buttons
