"""The courses app's front door: what other apps (and the site) may call. Internals stay private."""

from .knowledge import knowledge_check_passed, knowledge_checks_passed
from .lineage import LineageError, derivation_mark_reviewed, lineage_status, module_derive
from .progress import ModuleLearningStatus, module_learning_status
from .selectors import catalogue_for_home, lessons_search

__all__ = [
    "LineageError",
    "ModuleLearningStatus",
    "catalogue_for_home",
    "derivation_mark_reviewed",
    "knowledge_check_passed",
    "knowledge_checks_passed",
    "lessons_search",
    "lineage_status",
    "module_derive",
    "module_learning_status",
]
