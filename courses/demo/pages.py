"""Idempotent page building: find a page by slug under its parent, or create and publish it."""

import json
import uuid

from wagtail.models import Locale, Page


def find_child(parent: Page, slug: str) -> Page | None:
    page = Page.objects.child_of(parent).filter(slug=slug).first()
    return page.specific if page else None


def ensure_child(parent: Page, model, *, slug: str, user=None, **fields) -> tuple[Page, bool]:
    """The published child page with this slug; created (and published) only if missing."""
    existing = find_child(parent, slug)
    if existing is not None:
        return existing, False
    page = model(slug=slug, owner=user, **fields)
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=False).publish(user=user, log_action=False)
    page.refresh_from_db()
    return page, True


def ensure_translation(page: Page, locale: Locale, *, user=None, **fields) -> tuple[Page, bool]:
    """The page's published translation in this locale, created from ``fields`` if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translation = page.specific.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.owner = user
    translation.save_revision(user=user, log_action=False).publish(user=user, log_action=False)
    translation.refresh_from_db()
    return translation, True


def stream(blocks: list[tuple[str, object]], resolve=None) -> str:
    """Raw StreamField JSON from the demo format's (block_type, value) tuples."""
    raw = []
    for block_type, value in blocks:
        if resolve is not None:
            value = resolve(block_type, value)
        if block_type in {"activity", "checklist"}:
            value = dict(value)
            for key in ("materials", "steps", "items"):
                if key in value:
                    value[key] = [
                        {"type": "item", "value": item, "id": str(uuid.uuid4())} for item in value[key]
                    ]
        raw.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})
    return json.dumps(raw)
