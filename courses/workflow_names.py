"""Workflow and task names in the reader's language.

Wagtail stores a workflow's and a task's name as one string and shows it everywhere: "Submit to …", the
status side panel, the dashboards, the history, the notification mails. The programme's workflow and task
are named in English, as message ids that the catalogue translates; each loaded instance carries its name
as a ``TranslatedName``: a ``str`` holding the stored English (so the database and logs keep it) that
renders in the active language wherever Wagtail formats or prints it. A name saved back from a form in
Indonesian is stored as its English message id again. Names staff give to other workflows show as typed.
"""

from django.utils import translation
from django.utils.translation import gettext, gettext_noop

# The names the programme's workflow and task are stored under (courses.access uses the same strings).
KNOWN_NAMES = [gettext_noop("Partner content approval"), gettext_noop("Approval by programme staff")]


class TranslatedName(str):
    """The stored name; shown translated when printed, formatted or rendered in a template."""

    __slots__ = ()

    def __str__(self):
        return gettext(str.__str__(self))

    def __format__(self, spec):
        return format(str(self), spec)

    def __html__(self):
        from django.utils.html import escape

        return escape(str(self))


def _stored_name(name: str) -> str:
    """A known name typed or saved in any language is stored as its English message id."""
    for known in KNOWN_NAMES:
        if name == known:
            return known
        for language, _label in _languages():
            with translation.override(language):
                if name == gettext(known):
                    return known
    return name


def _languages():
    from django.conf import settings

    return settings.LANGUAGES


def name_translate(sender, instance, **kwargs):
    """post_init: the loaded name renders in the reader's language."""
    name = instance.__dict__.get("name")
    if isinstance(name, str) and not isinstance(name, TranslatedName) and name in KNOWN_NAMES:
        instance.__dict__["name"] = TranslatedName(name)


def name_store(sender, instance, **kwargs):
    """pre_save: a translated known name goes back to the database as its English message id."""
    name = instance.__dict__.get("name")
    if isinstance(name, str):
        stored = _stored_name(str.__str__(name))
        instance.__dict__["name"] = TranslatedName(stored) if stored in KNOWN_NAMES else stored


WORKFLOW_LOG_ACTIONS = [
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.resume",
    "wagtail.workflow.cancel",
]


def _translated(data):
    """The log entry's data with the known workflow and task names ("title") in the reader's language."""
    if isinstance(data, dict):
        return {
            key: gettext(value) if key == "title" and value in KNOWN_NAMES else _translated(value)
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [_translated(value) for value in data]
    return data


class TranslatingFormatter:
    """Wraps Wagtail's formatter of a workflow log action: the history names the workflow in the reader's
    language (the log keeps the English name it was recorded with)."""

    def __init__(self, formatter):
        self._formatter = formatter

    def __getattr__(self, name):
        return getattr(self._formatter, name)

    def format_message(self, log_entry):
        recorded = log_entry.data
        log_entry.data = _translated(recorded)
        try:
            return self._formatter.format_message(log_entry)
        finally:
            log_entry.data = recorded


def workflow_log_formatters_translate(registry) -> None:
    for action in WORKFLOW_LOG_ACTIONS:
        formatter = registry.formatters.get(action)
        if formatter is not None and not isinstance(formatter, TranslatingFormatter):
            registry.formatters[action] = TranslatingFormatter(formatter)
