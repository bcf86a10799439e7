from django.urls import path

from .views import profile

app_name = "certification"

urlpatterns = [
    path("profile/", profile.profile_edit, name="profile"),
]
