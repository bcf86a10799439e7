"""Trainers', partners' and staff's own records on the site: cycles, visits, assessments, enterprises."""

from django.urls import path

from .views import assessments, cycles, enterprises, visits

app_name = "results"

urlpatterns = [
    path("cycles/", cycles.cycle_list, name="cycles"),
    path("cycles/new/", cycles.cycle_new, name="cycle_new"),
    path("cycles/<id:pk>/", cycles.cycle_detail, name="cycle"),
    path("cycles/<id:pk>/edit/", cycles.cycle_edit, name="cycle_edit"),
    path("cycles/<id:pk>/status/", cycles.cycle_status, name="cycle_status"),
    path("cycles/<id:pk>/confirm/", cycles.cycle_confirm, name="cycle_confirm"),
    path("cycles/<id:pk>/enterprises/add/", enterprises.enrolment_new, name="enrolment_new"),
    path("cycles/<id:pk>/enterprises/<id:enrolment_pk>/", enterprises.enrolment_edit, name="enrolment_edit"),
    path("cycles/<id:pk>/visits/new/", visits.visit_new, name="visit_new"),
    path("cycles/<id:pk>/visits/<id:visit_pk>/", visits.visit_edit, name="visit_edit"),
    path("cycles/<id:pk>/assessments/new/", assessments.assessment_new, name="assessment_new"),
    path("assessments/<id:pk>/", assessments.assessment_detail, name="assessment"),
    path("assessments/<id:pk>/edit/", assessments.assessment_edit, name="assessment_edit"),
    path("enterprises/new/", enterprises.enterprise_new, name="enterprise_new"),
    path("enterprises/<id:pk>/", enterprises.enterprise_detail, name="enterprise"),
    path("enterprises/<id:pk>/edit/", enterprises.enterprise_edit, name="enterprise_edit"),
]
