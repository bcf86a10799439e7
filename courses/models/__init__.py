from .catalogue import CurriculumIndexPage, CurriculumPage
from .documents import MaterialDocument
from .knowledge import KnowledgeCheckAttempt, KnowledgeCheckPage
from .lessons import LessonDownload, LessonPage
from .lineage import Derivation
from .modules import ModulePage, ModulePrerequisite
from .partners import Partner
from .progress import LessonCompletion
from .workflow import ContentApprovalTask

__all__ = [
    "ContentApprovalTask",
    "CurriculumIndexPage",
    "CurriculumPage",
    "Derivation",
    "KnowledgeCheckAttempt",
    "KnowledgeCheckPage",
    "LessonCompletion",
    "LessonDownload",
    "LessonPage",
    "MaterialDocument",
    "ModulePage",
    "ModulePrerequisite",
    "Partner",
]
