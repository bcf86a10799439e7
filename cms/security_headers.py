"""Which Content-Security-Policy an answer carries: the strict one of the public site, the admin's, or the
public one framed by the admin for a page preview."""

from functools import cache

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse


@cache
def _admin_prefix() -> str:
    return reverse("wagtailadmin_home")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with ``SCORE_ADMIN_CONTENT_SECURITY_POLICY`` for Wagtail's admin, whose
    panels and widgets write inline scripts and styles that the public site's policy refuses.

    A page preview is rendered by Wagtail through the whole middleware chain again, for a made-up request
    to the page's own URL (``is_dummy``): it keeps the public policy, so editors see the page as visitors
    will, except that the admin may frame it. A view's own ``@csp_override`` still wins.
    """

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        if getattr(request, "is_dummy", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        elif request.path_info.startswith(_admin_prefix()):
            parts.config = default_config(settings.SCORE_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
