"""A signed-in person without the admin (a trainer, a candidate) who opens /admin/ is told it is not for
them, in the site's layout. Wagtail would send them to the login page, which, as they are signed in,
sends them back to /admin/: a redirect loop the browser ends with "too many redirects"."""

from django.urls import reverse
from django.utils import translation

from .errors import ADMIN_NOT_FOR_YOU, permission_denied


class AdminAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        if user.has_perm("wagtailadmin.access_admin"):
            return None
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return None  # Wagtail answers its own scripts
        # The admin's addresses carry no language: the visitor's choice (cookie) or browser's language.
        with translation.override(translation.get_language_from_request(request)):
            request.LANGUAGE_CODE = translation.get_language()
            return permission_denied(request, message=ADMIN_NOT_FOR_YOU)
