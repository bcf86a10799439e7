"""Certification history is never deleted (or emptied) along with what it refers to: every relation into,
out of or between the certification app's records refuses the delete, except the few listed here, each for
a stated reason. A new relation that cascades or sets null fails here until it is argued for."""

from django.apps import apps
from django.db import models

KEEPS = {models.PROTECT, models.RESTRICT}
ALLOWED = {
    ("certification.Requirement", "track"): (
        models.CASCADE,
        "A requirement is part of its track's rules. A track with certifications cannot go (Certification.track), "
        "nor a requirement anyone worked towards (RequirementProgress, Evidence and ReviewComment protect it).",
    ),
    ("certification.TrainerProfile", "user"): (
        models.CASCADE,
        "The profile is the person's own account data. Their certifications and the profile's name changes "
        "keep the account from being deleted.",
    ),
    ("certification.TrainerProfile", "partner"): (
        models.SET_NULL,
        "The organisation the trainer works with today; certificates keep the partner they were issued with.",
    ),
    ("certification.CertificateSettings", "signatory_signature"): (
        models.SET_NULL,
        "The current signature for new certificates, a setting; not a record of anything done.",
    ),
}


def certification_relations():
    """(model, field) for every foreign key and one-to-one (parental keys too) that starts or ends in the
    certification app, whichever app declares it."""
    certification = apps.get_app_config("certification")
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if not (field.concrete and field.is_relation and (field.many_to_one or field.one_to_one)):
                continue
            if certification in (model._meta.app_config, field.related_model._meta.app_config):
                yield model, field


def fault(label: str, name: str, on_delete) -> str | None:
    """Why this relation would lose history, or None if it keeps it (or is allowed, for its reason)."""
    if on_delete in KEEPS:
        return None
    allowed = ALLOWED.get((label, name))
    if allowed is not None and allowed[0] is on_delete:
        return None
    return f"{label}.{name} is {on_delete.__name__}: make it PROTECT, or argue for it in ALLOWED"


def test_no_relation_deletes_or_empties_certification_history():
    faults = [
        fault(model._meta.label, field.name, field.remote_field.on_delete)
        for model, field in certification_relations()
    ]
    assert [message for message in faults if message] == []


def test_the_judge_refuses_what_used_to_lose_history():
    assert fault("certification.CertificationEvent", "certification", models.CASCADE)
    assert fault("certification.CertificateNameChange", "profile", models.CASCADE)
    assert fault("certification.RequirementProgress", "requirement", models.CASCADE)
    assert fault("certification.CertificationEvent", "actor", models.SET_NULL)
    assert fault("certification.Requirement", "track", models.SET_NULL)  # allowed only as it is argued


def test_the_walk_sees_every_relation_it_judges_and_the_allow_list_is_current():
    found = {
        (model._meta.label, field.name): field.remote_field.on_delete
        for model, field in certification_relations()
    }
    for key in [
        ("certification.CertificationEvent", "certification"),
        ("certification.CertificateNameChange", "profile"),
        ("certification.RequirementProgress", "requirement"),
        ("certification.ReviewComment", "event"),
        ("certification.Certificate", "module_revision"),  # out of the app, into Wagtail
    ]:
        assert key in found
    for key, (on_delete, _reason) in ALLOWED.items():
        assert found.get(key) is on_delete, f"{key} is no longer {on_delete.__name__}: drop it from ALLOWED"
