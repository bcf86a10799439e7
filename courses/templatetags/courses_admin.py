"""Admin template tags: a module's bundle of pages, and deriving a module from the curriculum's explorer."""

from django import template
from django.urls import reverse

from courses.publishing import bundle_for

register = template.Library()


@register.simple_tag
def module_bundle(page):
    """The module's pages in every language, with what approval would publish; None for other pages."""
    return bundle_for(page)


@register.simple_tag(takes_context=True)
def derive_module_url(context, parent_page):
    """Where to derive a module into this curriculum: a variant the user can add to; else None."""
    from courses.models import CurriculumPage

    curriculum = parent_page.specific_deferred
    user = context["request"].user
    if (
        isinstance(curriculum, CurriculumPage)
        and not curriculum.is_core
        and parent_page.permissions_for_user(user).can_add_subpage()
    ):
        return reverse("courses_admin:derive_module", args=(parent_page.pk,))
    return None
