"""Where a partner editor's page explorer opens: their own curriculum, in their admin language.

Wagtail opens the explorer at the first common ancestor of the pages a user may edit. A partner's curriculum
exists in English and in Bahasa Indonesia, below two home pages, so that ancestor is the tree's root, where
Wagtail warns that "pages created here will not be accessible". Programme staff keep Wagtail's behaviour.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import GroupPagePermission

from .models import CurriculumPage, Partner


def explorer_start_for(user, language: str | None = None) -> CurriculumPage | None:
    """A partner editor's curriculum in the language asked (else any); None for everybody else."""
    if not user.is_authenticated or user.is_superuser:
        return None
    cache_name = "_curriculum_explorer_start"
    if hasattr(user, cache_name):
        return getattr(user, cache_name)
    start = None
    partners = list(Partner.objects.filter(editors_group__user=user)[:2])
    if len(partners) == 1:
        curricula = list(
            CurriculumPage.objects.filter(partner=partners[0]).select_related("locale").order_by("path")
        )
        others = GroupPagePermission.objects.filter(group__user=user).exclude(
            page__in=[c.pk for c in curricula]
        )
        if curricula and not others.exists():
            language = language or get_language()
            start = next((c for c in curricula if c.locale.language_code == language), curricula[0])
    setattr(user, cache_name, start)
    return start


_wagtail_explore_root = page_viewset_registry.as_view("index", is_base_page=True)


@require_admin_access
def explore_root(request):
    """/admin/pages/: a partner editor goes to their curriculum; everybody else gets Wagtail's explorer."""
    curriculum = explorer_start_for(request.user)
    if curriculum is not None:
        url = reverse("wagtailadmin_explore", args=(curriculum.pk,))
        query = request.GET.urlencode()
        response = redirect(f"{url}?{query}" if query else url)
        add_never_cache_headers(response)
        return response
    return _wagtail_explore_root(request)


class CurriculumExplorerMenuItem(ExplorerMenuItem):
    """The sidebar's "Pages" menu, opening at the partner editor's curriculum."""

    def render_component(self, request):
        curriculum = explorer_start_for(request.user)
        if curriculum is None:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name, self.label, self.url, curriculum.pk, icon_name=self.icon_name, classname=self.classname
        )


def main_menu_explorer_replace(menu_items) -> None:
    for position, item in enumerate(menu_items):
        if type(item) is ExplorerMenuItem:
            menu_items[position] = CurriculumExplorerMenuItem(
                item.label,
                item.url,
                name=item.name,
                classname=item.classname,
                icon_name=item.icon_name,
                attrs=item.attrs,
                order=item.order,
            )
