"""The results pages: public figures, and the detailed dashboard for staff and partners."""

app_name = "results_dashboard"

urlpatterns = []
