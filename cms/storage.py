"""Storage for files that only a checking view may serve (evidence, bulk-issue archives, documents)."""

from django.core.files.storage import FileSystemStorage


class PrivateFileSystemStorage(FileSystemStorage):
    """Local files with no URL at all. ``url()`` raises NotImplementedError, which is how Django's storage
    API (and Wagtail's document serving view) learns that a file must be streamed by the application."""

    def __init__(self, location=None, **kwargs):
        kwargs["base_url"] = None
        super().__init__(location=location, **kwargs)

    def url(self, name):
        raise NotImplementedError(
            "Private files have no URL: serve them through a view that checks who asks."
        )
