from django.urls import path

from . import admin_views

app_name = "courses_admin"
urlpatterns = [
    path(
        "curricula/<id:curriculum_id>/derive/", admin_views.DeriveModuleView.as_view(), name="derive_module"
    ),
    path(
        "lineage/<id:page_id>/compare/", admin_views.CoreChangesCompareView.as_view(), name="lineage_compare"
    ),
    path("lineage/<id:page_id>/resync/", admin_views.LineageResyncView.as_view(), name="lineage_resync"),
    path("lineage/<id:page_id>/review/", admin_views.LineageReviewView.as_view(), name="lineage_review"),
    path(
        "approvals/<id:task_state_id>/refused/",
        admin_views.ApprovalRefusedView.as_view(),
        name="approval_refused",
    ),
]
