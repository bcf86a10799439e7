"""The site's own error pages, in its layout and in the visitor's language.

Django's default 400 handler renders its template without the request, so the site's layout (which
needs it) could not be used: these handlers render with it.
"""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

BAD_REQUEST_TITLE = _("This request cannot be answered")
BAD_REQUEST = _(
    "The address or the form you sent holds something no page of this site accepts. Check the link, "
    "or go back, correct what you typed and send it again."
)
API_BAD_REQUEST = "Bad request: the request holds a character that no input of the API accepts."
FORBIDDEN_TITLE = _("This page is not open to you")
FORBIDDEN = _(
    "It belongs to another person or to another role: Expert Trainers review candidates, programme staff "
    "issue certificates. If you should see it, sign in with the account that has that role."
)
ADMIN_NOT_FOR_YOU = _(
    "The admin is for programme staff and partner editors. Your learning, your certification and your "
    "profile are on the site, under My learning and My certification."
)
NOT_FOUND_TITLE = _("Page not found")
NOT_FOUND = _("There is no page at this address. It may have moved, or the link may be mistyped.")


def bad_request(request, exception=None):
    if request.path.startswith("/api/"):
        # The certificates API answers in JSON, as its OpenAPI schema says, also when a request is refused
        # before it reaches the API (cms.middleware); its clients are programs, like its other answers.
        return JsonResponse({"detail": API_BAD_REQUEST}, status=400)
    return render(
        request, "400.html", {"error_title": BAD_REQUEST_TITLE, "error_message": BAD_REQUEST}, status=400
    )


def permission_denied(request, exception=None, *, message=None):
    return render(
        request,
        "403.html",
        {"error_title": FORBIDDEN_TITLE, "error_message": message or FORBIDDEN},
        status=403,
    )


def page_not_found(request, exception=None):
    return render(
        request, "404.html", {"error_title": NOT_FOUND_TITLE, "error_message": NOT_FOUND}, status=404
    )
