"""What keeps a record from being deleted, and what to do instead.

Certification history and the content it pins are never deleted with what they refer to (on_delete
PROTECT; docs/decisions/0015). A delete that would take them along is refused before it is tried, with
this explanation: which records keep the object (kinds, counts, a few examples), and what staff can do
instead (unpublish a page, deactivate an account, close a track, retire a requirement).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.admin.utils import NestedObjects
from django.db import router
from django.urls import NoReverseMatch, reverse
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

EXAMPLES_SHOWN = 3

CANNOT_DELETE = _("“%(object)s” cannot be deleted: it is kept by %(keepers)s.")
CANNOT_DELETE_UNNAMED = _("This cannot be deleted: it is kept by %(keepers)s.")
LIST_AND = _("and")

PAGE_INSTEAD = _(
    "Unpublish it instead: visitors no longer see it, and the records that refer to it stay intact."
)
USER_INSTEAD = _(
    "Deactivate the account instead: untick “Active” on the user's edit page. The person can no longer "
    "sign in, and their records stay."
)
TRACK_INSTEAD = _(
    "Close it instead: untick “Open for certification” on the track, or retire the requirements that no "
    "longer apply. Certifications, certificates and their history stay."
)
REQUIREMENT_INSTEAD = _(
    "Retire it instead: tick “Retired” on the requirement in its track. It leaves the checklist, and what "
    "trainers did towards it stays."
)
PROFILE_INSTEAD = _(
    "Correct the profile instead, or deactivate the trainer's account: its name changes are part of the "
    "certification record."
)
OTHER_INSTEAD = _(
    "Records that keep it are never deleted. Set it aside instead where it allows: unpublish a page, "
    "deactivate an account, close a track, retire a requirement."
)
UNPUBLISH = _("Unpublish")
EDIT_ACCOUNT = _("Edit the account")
EDIT_TRACK = _("Edit the track")
EDIT_PROFILE = _("Edit the profile")


@dataclass
class Keeper:
    """The records of one kind that keep the object: how many, and a few of them by name."""

    name: str
    count: int
    examples: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.count} {self.name}"

    @property
    def more(self) -> bool:
        return self.count > len(self.examples)


@dataclass
class Alternative:
    advice: str
    label: str = ""
    url: str = ""


@dataclass
class Refusal:
    """Why a delete is refused, and what to do instead."""

    subject: str
    keepers: list[Keeper]
    alternative: Alternative

    @property
    def message(self) -> str:
        keepers = get_text_list([str(keeper) for keeper in self.keepers], str(LIST_AND))
        if self.subject:
            return str(CANNOT_DELETE % {"object": self.subject, "keepers": keepers})
        return str(CANNOT_DELETE_UNNAMED % {"keepers": keepers})


class KeeperCollector(NestedObjects):
    """Django's collector (the admin's variant, which records protecting records instead of raising) stops
    at a protected level before the generic relations: a page's revisions, which certificates pin, would go
    unmentioned. This one looks on, so every kind of keeper is named. It deletes nothing."""

    def collect(self, objs, source=None, source_attr=None, **kwargs):
        objs = list(objs)
        found = len(self.protected)
        super().collect(objs, source=source, source_attr=source_attr, **kwargs)
        if not objs or len(self.protected) == found or not kwargs.get("collect_related", True):
            return
        model = type(objs[0])
        for private in model._meta.private_fields:
            if hasattr(private, "bulk_related_objects"):  # already-collected objects are skipped
                related = private.bulk_related_objects(objs, self.using)
                self.collect(related, source=model, nullable=True, fail_on_restricted=False)


def keepers_of(protected) -> list[Keeper]:
    """The protecting records, by kind (verbose names, singular or plural as the count asks)."""
    by_model = defaultdict(list)
    for record in protected:
        by_model[type(record)].append(record)
    keepers = []
    for model, records in by_model.items():
        records.sort(key=lambda record: record.pk)
        opts = model._meta
        keepers.append(
            Keeper(
                name=str(opts.verbose_name if len(records) == 1 else opts.verbose_name_plural),
                count=len(records),
                examples=[str(record) for record in records[:EXAMPLES_SHOWN]],
            )
        )
    return sorted(keepers, key=lambda keeper: keeper.name)


def deleted_along(obj) -> list:
    """What deleting ``obj`` deletes by other means than foreign keys: a page's subpages (and the
    translations Wagtail's delete view takes with it), so that what keeps those is found too."""
    if not isinstance(obj, Page):
        return [obj]
    pages = {obj}
    for fn in hooks.get_hooks("construct_translated_pages_to_cascade_actions"):
        for more in (fn([obj], "delete") or {}).values():
            pages.update(more)
    return [page for top in pages for page in top.get_descendants(inclusive=True)]


def _url(name: str, *args) -> str:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def alternative_for(obj) -> Alternative:
    """What staff can do instead of deleting ``obj``."""
    if isinstance(obj, Page):
        url = _url("wagtailadmin_pages:unpublish", obj.pk) if obj.live else ""
        return Alternative(PAGE_INSTEAD, UNPUBLISH if url else "", url)
    label = obj._meta.label_lower
    if label == settings.AUTH_USER_MODEL.lower():
        return Alternative(USER_INSTEAD, EDIT_ACCOUNT, _url("wagtailusers_users:edit", obj.pk))
    if label == "certification.certificationtrack":
        return Alternative(TRACK_INSTEAD, EDIT_TRACK, _url("certification_tracks:edit", obj.pk))
    if label == "certification.requirement":
        return Alternative(REQUIREMENT_INSTEAD, EDIT_TRACK, _url("certification_tracks:edit", obj.track_id))
    if label == "certification.trainerprofile":
        return Alternative(PROFILE_INSTEAD, EDIT_PROFILE, _url("trainer_profiles:edit", obj.pk))
    return Alternative(OTHER_INSTEAD)


def refusal_for(obj) -> Refusal | None:
    """Why deleting ``obj`` would be refused, or None when nothing keeps it. Reads only."""
    targets = deleted_along(obj)
    collector = KeeperCollector(using=router.db_for_write(type(obj)))
    collector.collect(targets)
    if not collector.protected:
        return None
    return Refusal(
        subject=str(obj), keepers=keepers_of(collector.protected), alternative=alternative_for(obj)
    )


def refusal_from_error(error) -> Refusal:
    """The explanation for a ProtectedError or RestrictedError raised by a delete nothing checked first."""
    protected = getattr(error, "protected_objects", None) or getattr(error, "restricted_objects", set())
    return Refusal(subject="", keepers=keepers_of(protected), alternative=Alternative(OTHER_INSTEAD))
