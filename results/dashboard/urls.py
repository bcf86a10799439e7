"""The results pages: public figures, and the detailed dashboard for staff and partners."""

from django.urls import path

from . import views

app_name = "results_dashboard"

urlpatterns = [
    path("", views.public_results, name="public"),
    path("dashboard/", views.dashboard, name="dashboard"),
]
