from .assessments import Assessment, AssessmentCorrection, KpiValue, PracticeAnswer
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
from .reference import GoodPractice, GoodPracticeChecklist, Kpi

__all__ = [
    "Assessment",
    "AssessmentCorrection",
    "ClassroomSession",
    "ConsultancyVisit",
    "CycleEnterprise",
    "CycleStatus",
    "CycleStatusChange",
    "Enterprise",
    "GoodPractice",
    "GoodPracticeChecklist",
    "Kpi",
    "KpiValue",
    "PracticeAnswer",
    "SizeClass",
    "Sponsorship",
    "TrainingCycle",
    "size_class_of",
]
