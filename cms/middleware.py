"""Input that no page of ours sends is answered with a 4xx, never a server error, for the site and the
admin alike (docs/decisions/0014-hostile-input.md).

PostgreSQL text cannot hold a NUL character: one in a path, a query, a cookie or a form value would
reach a query and end as a DataError on PostgreSQL (and pass unnoticed on SQLite). It is refused
here, once, before any view, Wagtail's and allauth's included, or any other middleware reads it.

The other faults of the class happen in code we do not own (Wagtail's admin, its block widgets, its
choosers): a malformed value is recognised by where it failed, and answered as the client's error.
Our own views read ids with form fields instead (see ``certification.progression_forms.chosen_or_404``).
"""

import traceback

from django.core.exceptions import BadRequest
from django.http import Http404
from django.urls import NoReverseMatch
from django.utils.datastructures import MultiValueDictKeyError

NUL = "\x00"
ESCAPED_NUL = "\\u0000"  # as JSON writes it
FORM_CONTENT_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}


class HostileInput(BadRequest):
    """Input that no form or link of the site sends; answered by the site's 400 page (cms.errors)."""


def carries_nul(request) -> bool:
    """Whether the path, the query, a cookie, a form field (name or value) or a JSON body holds a NUL.

    Ordinary requests cost a substring test of the path and the raw query (a NUL arrives there as
    ``%00`` or raw); form data is read only for form POSTs (CSRF parses them anyway), a body only
    for JSON requests.
    """
    if NUL in request.path:
        return True
    query = request.META.get("QUERY_STRING", "")
    if "%00" in query or NUL in query:
        return True
    if any(NUL in key or NUL in value for key, value in request.COOKIES.items()):
        return True
    if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
        # Rich text (Draftail) and table blocks post JSON inside a form field: a NUL arrives escaped.
        return any(
            NUL in key or any(NUL in value or ESCAPED_NUL in value.lower() for value in values)
            for key, values in request.POST.lists()
        )
    if request.content_type == "application/json":  # the admin's own JSON calls (dismissibles, ...)
        return b"\\u0000" in request.body or b"\x00" in request.body
    return False


def _frames(exception):
    return traceback.walk_tb(exception.__traceback__)


def _raised_in(exception, function: str) -> bool:
    return any(frame.f_code.co_name == function for frame, _line in _frames(exception))


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
    """A NUL anywhere in the request answers 400 before anything reads it; a view that fails on
    malformed input answers 400 (the form or link is broken) or 404 (the id names nothing)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if carries_nul(request):
            raise HostileInput("NUL character in the request")
        return self.get_response(request)

    def process_exception(self, request, exception):
        # A field a form expects and the client left out, or one its widget cannot read.
        if isinstance(exception, MultiValueDictKeyError) or widget_could_not_read(exception):
            raise HostileInput(f"Form data no form of ours sends: {exception!r}") from exception
        if link_from_sent_value(exception, request):
            raise HostileInput(f"A link cannot be built from the value sent: {exception}") from exception
        if names_no_row(exception):
            raise Http404 from exception
        return None
