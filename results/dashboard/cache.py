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
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from .figures import FIGURE_CLASSES, Figures, Filters, results_figures

VERSION_KEY = "results:figures:version"
_this_thread = threading.local()
# Changed with the shape of Figures, so that code deployed with another shape never reads pickles of the old.
SHAPE = hashlib.sha256(
    repr(sorted((cls.__name__, tuple(cls.__dataclass_fields__)) for cls in FIGURE_CLASSES)).encode()
).hexdigest()[:8]


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


def _bump_after_commit() -> None:
    _bump()


def figures_changed(**_signal) -> None:
    """The records changed: figures computed before are not served any more. Moved on at once (for the
    rest of this request) and again when the transaction commits, so that figures another request computed
    in between, from the records as they were, are not kept under the new version. Inside a transaction
    that already moved it (an import writes thousands of rows), nothing more until the commit."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _bump()
        return
    # Django keeps the transaction's commit callbacks as (savepoints, function, robust). Once one is there,
    # another bump matters only if this thread has since kept figures that read the transaction's writes.
    registered = any(entry[1] is _bump_after_commit for entry in connection.run_on_commit)
    if registered and not getattr(_this_thread, "kept_figures", False):
        return
    _bump()
    _this_thread.kept_figures = False
    if not registered:
        transaction.on_commit(_bump_after_commit)


def cached_results_figures(*, filters: Filters, partner_ids=None, min_enterprises: int) -> Figures:
    if _seconds() <= 0:
        return results_figures(filters=filters, partner_ids=partner_ids, min_enterprises=min_enterprises)
    scope = None if partner_ids is None else sorted(partner_ids)
    digest = hashlib.sha256(repr((filters, scope, min_enterprises)).encode()).hexdigest()[:32]
    key = f"results:figures:{SHAPE}:{_version()}:{digest}"
    figures = cache.get(key)
    if figures is None:
        figures = results_figures(filters=filters, partner_ids=partner_ids, min_enterprises=min_enterprises)
        cache.set(key, figures, _seconds())
        _this_thread.kept_figures = True
    return figures
