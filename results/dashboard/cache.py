"""The figures of a results page or feed request, kept in the cache (Redis in production, shared by every
app server) until a results record changes: computing them reads every record of the population, serving
them again reads one cache entry (docs/decisions/0025-results-outcomes-table.md).

Every entry carries the *records version*; ``figures_changed()`` moves the version on, so entries of the old
one are never read again (they expire on their own). The version moves on each save or delete of a results
record, a certificate, a certification or a trainer profile (results/apps.py connects the signals), and after
each bulk write that sends no signal (an import, a rebuild of the derived results). Entries live
``SCORE_RESULTS_CACHE_SECONDS`` at most (600 by default), so a figure that moves with the date alone (a
certificate that expires overnight changes a trainer's level) is at most that old."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from .figures import Figures, Filters, results_figures

VERSION_KEY = "results:figures:version"


def _seconds() -> int:
    return getattr(settings, "SCORE_RESULTS_CACHE_SECONDS", 600)


def _version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        # A version never used before, should the key have been evicted: old entries cannot match it.
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    return version


def _bump() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet, or evicted
        cache.set(VERSION_KEY, time.time_ns(), None)


def figures_changed(**_signal) -> None:
    """The records changed: figures computed before are not served any more. Moved on at once (for the
    rest of this request) and again when the transaction commits, so that figures another request computed
    in between, from the records as they were, are not kept under the new version."""
    _bump()
    transaction.on_commit(_bump)


def cached_results_figures(*, filters: Filters, partner_ids=None, min_enterprises: int) -> Figures:
    if _seconds() <= 0:
        return results_figures(filters=filters, partner_ids=partner_ids, min_enterprises=min_enterprises)
    scope = None if partner_ids is None else sorted(partner_ids)
    digest = hashlib.sha256(repr((filters, scope, min_enterprises)).encode()).hexdigest()[:32]
    key = f"results:figures:{_version()}:{digest}"
    figures = cache.get(key)
    if figures is None:
        figures = results_figures(filters=filters, partner_ids=partner_ids, min_enterprises=min_enterprises)
        cache.set(key, figures, _seconds())
    return figures
