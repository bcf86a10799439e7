from .assessments import Assessment, AssessmentCorrection, KpiValue, PracticeAnswer
from .case_studies import CaseStudyIndexPage, CaseStudyPage
from .cycles import (
    ClassroomSession,
    ConsultancyVisit,
    CycleEnterprise,
    CycleStatus,
    CycleStatusChange,
    Sponsorship,
    TrainingCycle,
)
from .enterprises import Enterprise, SizeClass, size_class_of
from .imports import ImportRun
from .log_entries import ResultsLogEntry
from .outcomes import KpiOutcome, ModuleOutcome
from .reference import GoodPractice, GoodPracticeChecklist, Kpi

__all__ = [
    "Assessment",
    "AssessmentCorrection",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "ClassroomSession",
    "ConsultancyVisit",
    "CycleEnterprise",
    "CycleStatus",
    "CycleStatusChange",
    "Enterprise",
    "GoodPractice",
    "GoodPracticeChecklist",
    "ImportRun",
    "Kpi",
    "KpiOutcome",
    "KpiValue",
    "ModuleOutcome",
    "PracticeAnswer",
    "ResultsLogEntry",
    "SizeClass",
    "Sponsorship",
    "TrainingCycle",
    "size_class_of",
]
