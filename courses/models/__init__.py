from .catalogue import CurriculumIndexPage, CurriculumPage
from .documents import MaterialDocument
from .lessons import LessonDownload, LessonPage
from .lineage import Derivation
from .modules import ModulePage, ModulePrerequisite
from .partners import Partner

__all__ = [
    "CurriculumIndexPage",
    "CurriculumPage",
    "Derivation",
    "LessonDownload",
    "LessonPage",
    "MaterialDocument",
    "ModulePage",
    "ModulePrerequisite",
    "Partner",
]
