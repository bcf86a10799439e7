from django.urls import path

from .views import profile, verification

app_name = "certification"

urlpatterns = [
    path("trainer/profile/", profile.profile_edit, name="profile"),
    path("verify/", verification.verify_form, name="verify_form"),
    path("verify/<str:token>/", verification.verify_token, name="verify"),
]
