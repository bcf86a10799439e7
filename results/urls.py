"""Trainers', partners' and staff's own records on the site: cycles, visits, assessments, enterprises."""

from django.urls import path

from .views import cycles

app_name = "results"

urlpatterns = [
    path("cycles/", cycles.cycle_list, name="cycles"),
    path("cycles/<id:pk>/", cycles.cycle_detail, name="cycle"),
]
