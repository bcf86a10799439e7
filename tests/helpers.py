from django.urls import reverse


def denied(response) -> bool:
    """Wagtail answers a forbidden admin page with 403, or by sending the user back to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url in (reverse("wagtailadmin_home"), "/admin/")
    )
