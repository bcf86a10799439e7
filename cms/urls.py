from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certification.http_api import api as certificates_api
from cms import views
from cms.language import choose_language
from courses.explorer import explore_root
from courses.views.partner_styles import partner_accents_css

certificates_api.add_router("/results/", "results.http_api.router")  # the open results feed, same schema

urlpatterns = [
    # Everyone signs in through allauth, which asks for the second factor; Wagtail's own form would not.
    path("admin/login/", views.admin_login_redirect, name="admin_login_redirect"),
    # A partner editor's explorer opens at their curriculum, not at the root of every site.
    path("admin/pages/", explore_root),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/choose/<str:language>/", choose_language, name="choose_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", certificates_api.urls),
    path("partner-accents.css", partner_accents_css, name="partner_accents_css"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("learning/", include("courses.urls")),
    path("", include("certification.urls")),
    path("results/", include("results.urls")),
    path("results/", include("results.dashboard.urls")),
    path("search/", views.search, name="search"),
    path("_util/login/", views.login_redirect, name="private_page_login"),  # ahead of Wagtail's own
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# The site's own error pages, in its layout and language (Django's 400 page is rendered without the request).
handler400 = "cms.errors.bad_request"
handler403 = "cms.errors.permission_denied"
handler404 = "cms.errors.page_not_found"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
