"""Input that no page of ours sends is answered with a 4xx, never a server error, for the site and the
admin alike (docs/decisions/0014-hostile-input.md).

PostgreSQL text cannot hold a NUL character: one in a path, a query, a cookie or a form value would
reach a query and end as a DataError on PostgreSQL (and pass unnoticed on SQLite). It is refused
here, once, before any view, Wagtail's and allauth's included, or any other middleware reads it: the
path, the query and the cookies as the request arrives; a form's or a JSON body only once CSRF has
accepted the request, so that a forged cross-site POST is never parsed for it.

The other faults of the class happen in code we do not own (Wagtail's admin, its block widgets, its
choosers): a malformed value is recognised by where it failed, in Wagtail's own code, and answered as
the client's error. The same fault raised by our code is a bug and stays a server error. Our own views
read ids with form fields instead (see ``certification.progression_forms.chosen_or_404``).
"""

import json
import logging
import os
import traceback
from pathlib import Path

import wagtail
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import BadRequest
from django.http import Http404
from django.urls import NoReverseMatch
from django.utils.datastructures import MultiValueDictKeyError

NUL = "\x00"
ESCAPED_NUL = "\\u0000"  # as JSON writes it
FORM_CONTENT_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}
WAGTAIL_CODE = f"{Path(wagtail.__file__).parent}{os.sep}"  # not wagtail_localize, a package of its own

logger = logging.getLogger(__name__)


class HostileInput(BadRequest):
    """Input that no form or link of the site sends; answered by the site's 400 page (cms.errors)."""


def nul_in_address(request) -> bool:
    """Whether the path or the query holds a NUL (a substring test each: it arrives as ``%00`` or raw)."""
    if NUL in request.path:
        return True
    query = request.META.get("QUERY_STRING", "")
    return "%00" in query or NUL in query


def nul_in_cookies(request) -> bool:
    return any(NUL in key or NUL in value for key, value in request.COOKIES.items())


def nul_in_body(request) -> bool:
    """Whether a form field (name or value) or a JSON body holds a NUL. Form data is read only for form
    POSTs (CSRF has parsed them already), a body only for JSON requests."""
    if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
        # Rich text (Draftail) and table blocks post JSON inside a form field: a NUL arrives escaped.
        return any(
            NUL in key or any(NUL in value or ESCAPED_NUL in value.lower() for value in values)
            for key, values in request.POST.lists()
        )
    if request.content_type == "application/json":  # the admin's own JSON calls (dismissibles, ...)
        return b"\\u0000" in request.body or b"\x00" in request.body
    return False


def admin_json_not_an_object(request) -> bool:
    """The admin's JSON calls (dismissibles, ...) send an object; Wagtail's view updates a dict with
    whatever it parsed, so a list or a number would end as a server error."""
    if (
        request.content_type != "application/json"
        or not request.path.startswith("/admin/")
        or not request.body
    ):
        return False
    try:
        return not isinstance(json.loads(request.body), dict)
    except ValueError:
        return False  # not JSON at all: the view answers that itself


def _frames(exception):
    return traceback.walk_tb(exception.__traceback__)


def _raised_in(exception, function: str) -> bool:
    return any(frame.f_code.co_name == function for frame, _line in _frames(exception))


def _through_wagtail(exception) -> bool:
    """Whether Wagtail's own code is on the way to the fault: only there is a malformed value the
    client's doing rather than a bug of ours."""
    return any(frame.f_code.co_filename.startswith(WAGTAIL_CODE) for frame, _line in _frames(exception))


def widget_could_not_read(exception) -> bool:
    """A form widget failed to read the submitted data: Wagtail's StreamField and ListBlock widgets read
    their ``-count`` and ``-order`` fields with a bare ``int()``."""
    return isinstance(exception, (ValueError, TypeError, IndexError)) and _raised_in(
        exception, "value_from_datadict"
    )


def names_no_row(exception) -> bool:
    """A lookup was given a value its column cannot hold: ``²`` or 10,000 digits for an id (Django
    refuses them while preparing the lookup), or an integer beyond SQLite's range (Django's own guard
    covers plain integer columns, not the primary key of a page type, which is a relation)."""
    if isinstance(exception, (ValueError, TypeError)) and _raised_in(exception, "get_prep_lookup"):
        return True
    return isinstance(exception, OverflowError) and any(
        "/django/db/" in frame.f_code.co_filename for frame, _line in _frames(exception)
    )


def link_from_sent_value(exception, request) -> bool:
    """A link could not be built from a value the client sent: Wagtail's link choosers put
    ``?parent_page_id=`` into a URL that takes digits only."""
    if not isinstance(exception, NoReverseMatch):
        return False
    sent = {value for _key, values in (*request.GET.lists(), *request.POST.lists()) for value in values}
    for frame, _line in _frames(exception):
        if frame.f_code.co_name == "_reverse_with_prefix":
            values = (*frame.f_locals.get("args", ()), *frame.f_locals.get("kwargs", {}).values())
            return any(str(value) in sent for value in values)
    return False


class HostileInputMiddleware:
    """A NUL anywhere in the request answers 400 before anything reads it; a view of Wagtail's that fails
    on malformed input answers 400 (the form or link is broken) or 404 (the id names nothing).

    Placed after the authentication and CSRF middleware: the 400 page shows who is signed in, and
    ``process_view`` runs after CSRF's, so a body is read only from a request CSRF accepted.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if nul_in_cookies(request):
            # The session cookie may be the one holding it: the 400 page must not look the session up.
            request.user = AnonymousUser()
            raise HostileInput("NUL character in a cookie")
        if nul_in_address(request):
            raise HostileInput("NUL character in the address")
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if nul_in_body(request):
            raise HostileInput("NUL character in the request body")
        if admin_json_not_an_object(request):
            raise HostileInput("The admin's JSON calls send an object")
        return None

    def process_exception(self, request, exception):
        if not _through_wagtail(exception):
            return None
        # A field a form expects and the client left out, or one its widget cannot read.
        if isinstance(exception, MultiValueDictKeyError) or widget_could_not_read(exception):
            answer = HostileInput(f"Form data no form of ours sends: {exception!r}")
        elif link_from_sent_value(exception, request):
            answer = HostileInput(f"A link cannot be built from the value sent: {exception}")
        elif names_no_row(exception):
            answer = Http404("No such object")
        else:
            return None
        logger.warning(
            "Malformed input answered with %s: %r", type(answer).__name__, exception, exc_info=exception
        )
        raise answer from exception
