from django.urls import path

from . import views

app_name = "results_import"
urlpatterns = [
    path("", views.ImportNewView.as_view(), name="new"),
    path("<int:pk>/", views.ImportRunView.as_view(), name="run"),
    path("template/<str:kind>.<str:extension>", views.ImportTemplateView.as_view(), name="template"),
]
