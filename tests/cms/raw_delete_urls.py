"""The site's URLs plus a view that deletes a track as code that checks nothing first would: for the
test that such a delete, in the admin or on the site, answers with the reason instead of a server error."""

from django.http import HttpResponse
from django.urls import path

from certification.models import CertificationTrack
from cms.urls import urlpatterns as site_urlpatterns


def delete_track(request, pk):
    CertificationTrack.objects.get(pk=pk).delete()
    return HttpResponse("deleted")


urlpatterns = [
    path("admin/raw-delete/<int:pk>/", delete_track),
    path("raw-delete/<int:pk>/", delete_track),
    *site_urlpatterns,
]
