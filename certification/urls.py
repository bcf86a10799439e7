from django.urls import path

from .views import bulk, files, name_request, profile, progression, registry, review, verification

app_name = "certification"

urlpatterns = [
    path("trainer/profile/", profile.profile_edit, name="profile"),
    path("trainer/profile/name/", name_request.name_request_new, name="name_request"),
    path(
        "trainer/profile/name/<id:pk>/withdraw/",
        name_request.name_request_cancel,
        name="name_request_withdraw",
    ),
    path("trainer/profile/name/<id:pk>/document/", files.name_request_document, name="name_request_document"),
    path("certification/", progression.dashboard, name="dashboard"),
    path("certification/<id:track_id>/<str:level>/", progression.track_detail, name="track"),
    path("certification/evidence/<id:pk>/", files.evidence_download, name="evidence"),
    path("certificates/<str:number>.pdf", files.certificate_pdf, name="certificate_pdf"),
    path("review/", review.review_queue, name="review_queue"),
    path("review/<id:pk>/", review.review_detail, name="review"),
    path("staff/bulk-issue/", bulk.bulk_new, name="bulk_new"),
    path("staff/bulk-issue/<id:pk>/", bulk.bulk_detail, name="bulk_detail"),
    path("staff/bulk-issue/<id:pk>/status.json", bulk.bulk_status, name="bulk_status"),
    path("staff/bulk-issue/<id:pk>/certificates.zip", files.bulk_archive, name="bulk_archive"),
    path("trainers/", registry.registry, name="registry"),
    path("verify/", verification.verify_form, name="verify_form"),
    path("verify/<str:token>/", verification.verify_token, name="verify"),
]
