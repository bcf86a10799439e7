"""The courses app's front door: what other apps (and the site) may call. Internals stay private."""

from .knowledge import knowledge_check_passed, knowledge_checks_passed, module_knowledge_check
from .lineage import (
    LineageError,
    derivation_mark_reviewed,
    derived_from,
    lineage_status,
    module_derive,
    pages_derived_from,
)
from .models import CurriculumPage
from .progress import ModuleLearningStatus, module_learning_status
from .selectors import catalogue_for_home, core_module_number_one, lessons_search, lessons_with_places
from .uploads import PDF_TOO_COMPLEX, ImageCheck, ImageVerdict, document_content_check, image_check

__all__ = [
    "PDF_TOO_COMPLEX",
    "CurriculumPage",
    "ImageCheck",
    "ImageVerdict",
    "LineageError",
    "ModuleLearningStatus",
    "catalogue_for_home",
    "core_module_number_one",
    "derivation_mark_reviewed",
    "derived_from",
    "document_content_check",
    "image_check",
    "knowledge_check_passed",
    "knowledge_checks_passed",
    "lessons_search",
    "lessons_with_places",
    "lineage_status",
    "module_derive",
    "module_knowledge_check",
    "module_learning_status",
    "pages_derived_from",
]
