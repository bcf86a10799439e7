"""Evidence a trainer sends for a requirement: PDF, JPEG, PNG, DOCX or XLSX, checked by content and size,
kept in private storage and shown only to the trainer, the Expert Trainers who review them, and staff."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from courses.api import PDF_TOO_COMPLEX, ImageVerdict, document_content_check, image_check

from .models import Certification, Evidence, Requirement
from .retirement import REQUIREMENT_RETIRED
from .roles import is_expert_in, is_programme_staff

EVIDENCE_TYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG"}

EVIDENCE_WRONG_TYPE = _("Send evidence as a PDF, JPEG, PNG, DOCX or XLSX file.")
EVIDENCE_CONTENT_MISMATCH = _(
    "This file does not contain a valid %(extension)s file, whatever its name says. Check that you chose "
    "the right file, or save it again in that format."
)
EVIDENCE_TOO_LARGE = _("This file is %(size)s; evidence can be at most %(limit)s per file.")
EVIDENCE_UNPACKS_TOO_LARGE = _(
    "This file unpacks to %(size)s; evidence can unpack to at most %(limit)s. "
    "Make its pictures smaller, or split it into several files."
)
EVIDENCE_TOO_MANY_PIXELS = _(
    "This image is %(width)s × %(height)s pixels; evidence can have at most %(limit)s million pixels. "
    "Send a smaller one."
)
EVIDENCE_EMPTY = _("This file is empty.")
EVIDENCE_NOT_HERE = _("This requirement takes no uploads.")
EVIDENCE_LOCKED = _("Your certification is under review or decided: evidence cannot be changed now.")
NOT_YOUR_EVIDENCE = _("Only the trainer can change their evidence.")
EDITABLE_STATES = {Certification.State.IN_PROGRESS, Certification.State.CHANGES_REQUESTED}


def max_evidence_bytes() -> int:
    return getattr(settings, "SCORE_MAX_EVIDENCE_UPLOAD_SIZE", 20 * 1024 * 1024)


def max_evidence_pixels() -> int:
    return getattr(settings, "SCORE_MAX_EVIDENCE_IMAGE_PIXELS", 40_000_000)


def _content_errors(extension: str, file) -> list[str]:
    mismatch = [str(EVIDENCE_CONTENT_MISMATCH % {"extension": extension.upper()})]
    if extension in IMAGE_FORMATS:
        check = image_check(file, formats={IMAGE_FORMATS[extension]}, max_pixels=max_evidence_pixels())
        if check.verdict is ImageVerdict.TOO_MANY_PIXELS:
            limit = f"{max_evidence_pixels() / 1_000_000:g}"
            width, height = check.width or "?", check.height or "?"
            return [str(EVIDENCE_TOO_MANY_PIXELS % {"width": width, "height": height, "limit": limit})]
        return [] if check.accepted else mismatch
    check = document_content_check(extension, file)
    if check.unpacked_size:
        sizes = {"size": filesizeformat(check.unpacked_size), "limit": filesizeformat(check.unpacked_limit)}
        return [str(EVIDENCE_UNPACKS_TOO_LARGE % sizes)]
    if check.too_complex:
        return [str(PDF_TOO_COMPLEX)]
    return [] if check.matches else mismatch


def evidence_file_errors(file) -> list[str]:
    """Every reason to refuse this file as evidence, for the person uploading it."""
    extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
    if extension not in EVIDENCE_TYPES:
        return [str(EVIDENCE_WRONG_TYPE)]
    if not file.size:
        return [str(EVIDENCE_EMPTY)]
    if file.size > max_evidence_bytes():
        return [
            str(
                EVIDENCE_TOO_LARGE
                % {"size": filesizeformat(file.size), "limit": filesizeformat(max_evidence_bytes())}
            )
        ]
    file.open("rb")
    return _content_errors(extension, file)


def _editable_by_trainer(certification: Certification, actor) -> None:
    if actor.pk != certification.trainer_id:
        raise PermissionDenied(NOT_YOUR_EVIDENCE)
    if certification.state not in EDITABLE_STATES:
        raise ValidationError(EVIDENCE_LOCKED)


@transaction.atomic
def evidence_add(
    *, certification: Certification, requirement: Requirement, document: str, file, actor
) -> Evidence:
    """Store a checked file against a requirement of the trainer's certification."""
    _editable_by_trainer(certification, actor)
    if not requirement.takes_evidence or requirement.track_id != certification.track_id:
        raise ValidationError(EVIDENCE_NOT_HERE)
    if requirement.is_retired:
        raise ValidationError(REQUIREMENT_RETIRED)
    errors = evidence_file_errors(file)
    if errors:
        raise ValidationError(errors)
    extension = file.name.rsplit(".", 1)[-1].lower()
    evidence = Evidence(
        certification=certification,
        requirement=requirement,
        document=document,
        original_name=file.name[-255:],
        content_type=EVIDENCE_TYPES[extension],
        size=file.size,
        uploaded_by=actor,
    )
    evidence.file.save(file.name, file, save=False)
    evidence.full_clean()
    evidence.save()
    return evidence


@transaction.atomic
def evidence_remove(*, evidence: Evidence, actor) -> None:
    """The trainer takes back a file sent by mistake, while the certification is still theirs to change."""
    _editable_by_trainer(evidence.certification, actor)
    if evidence.requirement.is_retired:  # kept as the record of what was done towards it
        raise ValidationError(REQUIREMENT_RETIRED)
    name, storage = evidence.file.name, evidence.file.storage
    evidence.delete()
    transaction.on_commit(lambda: storage.delete(name))


def evidence_visible_to(user, evidence: Evidence) -> bool:
    """The trainer, programme staff, and the Expert Trainers who review this module."""
    if not user.is_authenticated:
        return False
    certification = evidence.certification
    return (
        user.pk == certification.trainer_id
        or is_programme_staff(user)
        or (user.pk != certification.trainer_id and is_expert_in(user, certification.track))
    )
