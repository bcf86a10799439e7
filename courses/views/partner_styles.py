"""Each partner's accent colour as a stylesheet, so pages need no inline style for it: the public site's
Content-Security-Policy allows styles from the site's own files only (docs/decisions/0012)."""

import hashlib

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.http import require_safe

from courses.models.partners import Partner, hex_colour

# A partner's new colour shows within this time; every page links the sheet, so browsers keep it a while.
MAX_AGE_SECONDS = 300


@require_safe
def partner_accents_css(request):
    # Templates give an element of a partner's curriculum the class partner-accent-<partner id>. Only a
    # #rrggbb colour is written, even one saved past the form's validation, so nothing else reaches the CSS.
    rules = "".join(
        f".partner-accent-{pk} {{ --accent: {colour}; }}\n"
        for pk, colour in Partner.objects.order_by("pk").values_list("pk", "brand_colour")
        if hex_colour.regex.fullmatch(colour)
    )
    etag = '"' + hashlib.sha256(rules.encode()).hexdigest()[:32] + '"'
    response = get_conditional_response(request, etag=etag) or HttpResponse(
        rules, content_type="text/css; charset=utf-8"
    )
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=MAX_AGE_SECONDS)
    return response
