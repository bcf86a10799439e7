"""A module published as certifiable opens its certification track (whoever or whatever publishes it)."""

from wagtail.signals import page_published


def module_published(sender, instance, **kwargs):
    from courses.models import ModulePage

    from .tracks import track_ensure

    if isinstance(instance, ModulePage) and instance.certifiable:
        track_ensure(module=instance)


def connect():
    page_published.connect(module_published, dispatch_uid="certification-module-published")
