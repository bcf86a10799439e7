"""How a refused delete is answered: a page in the admin's layout before the delete is tried (from the
delete hooks, cms/wagtail_hooks.py), and, for a delete nothing checked first, the ProtectedError or
RestrictedError turned into a message on the page the person came from, never a server error."""

import logging
from urllib.parse import urlsplit

from django.contrib import messages as site_messages
from django.db.models import ProtectedError, RestrictedError
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages as admin_messages
from wagtail.admin.utils import get_valid_next_url_from_request

from .protection import Refusal, refusal_from_error

REFUSAL_TITLE = _("This cannot be deleted")

logger = logging.getLogger(__name__)


def _is_admin(request) -> bool:
    return request.path.startswith(reverse("wagtailadmin_home"))


def back_url(request, default: str = "", *, may_be_here: bool = True) -> str:
    """Where the person came from, if it is on this site (and, unless ``may_be_here``, not this page)."""
    for url in (get_valid_next_url_from_request(request), request.META.get("HTTP_REFERER", "")):
        if not url or not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
            continue
        if may_be_here or urlsplit(url).path != request.path:
            return url
    return default or (reverse("wagtailadmin_home") if _is_admin(request) else "/")


def refusal_page(request, refusal: Refusal, *, back: str = ""):
    """The admin's answer to a delete that would take certification records or pinned content along."""
    return render(
        request,
        "cms/admin/delete_refused.html",
        {
            "refusal": refusal,
            "back_url": back_url(request, back, may_be_here=False),
            "page_title": REFUSAL_TITLE,
            "header_title": REFUSAL_TITLE,
            "page_subtitle": refusal.subject,
            "header_icon": "warning",
        },
    )


def refusal_redirect(request, refusal: Refusal):
    if _is_admin(request):
        buttons = []
        if refusal.alternative.url:
            buttons.append(admin_messages.button(refusal.alternative.url, refusal.alternative.label))
        admin_messages.error(request, f"{refusal.message} {refusal.alternative.advice}", buttons=buttons)
    else:
        site_messages.error(request, f"{refusal.message} {refusal.alternative.advice}")
    # Not redirect(): a ?next= that is no URL must not be taken for a view name (NoReverseMatch).
    return HttpResponseRedirect(back_url(request))


class ProtectedRecordsMiddleware:
    """A delete that records protect, anywhere in the admin or the site, answers with the explanation
    on the page the person came from. Django raises the error before it deletes any row.

    Only a POST deletes. The delete hooks should have refused it first, with the page that explains it:
    reaching this is a delete view nothing checks yet, logged as an error so that it gets its check."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method == "POST" and isinstance(exception, (ProtectedError, RestrictedError)):
            logger.error("A delete nothing checked first was refused: %s", request.path, exc_info=exception)
            return refusal_redirect(request, refusal_from_error(exception))
        return None
