"""Knowledge checks: the questions of a check, taking it, scoring it, and what a trainer has passed.

Answers are option ids (StreamField and ListBlock item ids), validated against the live page taken.
A signed form token carries when the attempt started and makes a double submission one attempt.
"""

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .models import KnowledgeCheckAttempt, KnowledgeCheckPage, ModulePage
from .progress import parent_module_key
from .question_blocks import SINGLE

TOKEN_SALT = "courses.knowledge-check"
TOKEN_MAX_AGE = timedelta(days=1)

FORM_EXPIRED = _(
    "This form has expired or was not made for this check, so your answers were not recorded. "
    "Start the check again."
)
ANSWER_EVERY_QUESTION = _("Answer every question before you submit. Not answered yet: %(numbers)s.")
ANSWER_NOT_OFFERED = _("Some answers are not options of this check. Reload the page and answer again.")
RETAKE_NOT_YET = _("You can take this check again from %(when)s.")
ALREADY_SUBMITTED = _("These answers were already submitted; here is their result.")


class KnowledgeCheckError(Exception):
    """A refused submission: nothing was recorded. ``missing`` lists the questions left unanswered."""

    def __init__(self, message, *, missing=(), forged=False):
        super().__init__(str(message))
        self.message = message
        self.missing = list(missing)
        self.forged = forged


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    correct: bool


@dataclass(frozen=True)
class Question:
    id: str
    number: int
    text: str
    kind: str
    options: list[Option]
    explanation: str

    @property
    def correct_ids(self) -> set[str]:
        return {option.id for option in self.options if option.correct}


def check_questions(*, check: KnowledgeCheckPage) -> list[Question]:
    """The check's questions in order, with option ids. Nothing here is sent to the trainer as is."""
    questions = []
    for number, block in enumerate(check.questions, start=1):
        options = [
            Option(id=child.id, text=child.value["text"], correct=bool(child.value["correct"]))
            for child in block.value["options"].bound_blocks
        ]
        questions.append(
            Question(
                id=block.id,
                number=number,
                text=block.value["question"],
                kind=block.value["kind"],
                options=options,
                explanation=block.value["explanation"],
            )
        )
    return questions


def module_knowledge_check(*, module: ModulePage) -> KnowledgeCheckPage | None:
    """The published knowledge check of a module, if it has one. One query (two with privacy)."""
    return KnowledgeCheckPage.objects.child_of(module).live().public().first()


def form_token_issue(*, user, check: KnowledgeCheckPage) -> str:
    """A signed token for one attempt: who, which check, a nonce, and when the trainer started."""
    return signing.dumps(
        {
            "u": user.pk,
            "c": str(check.translation_key),
            "n": secrets.token_hex(16),
            "t": int(timezone.now().timestamp()),
        },
        salt=TOKEN_SALT,
    )


def _token_read(*, token: str, user, check: KnowledgeCheckPage) -> tuple[str, datetime]:
    try:
        data = signing.loads(token or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature as error:  # also SignatureExpired
        raise KnowledgeCheckError(FORM_EXPIRED, forged=True) from error
    if data.get("u") != user.pk or data.get("c") != str(check.translation_key):
        raise KnowledgeCheckError(FORM_EXPIRED, forged=True)
    return data["n"], datetime.fromtimestamp(data["t"], tz=UTC)


def retake_available_at(*, user, check: KnowledgeCheckPage) -> datetime | None:
    """When the trainer may take the check again, or None if they may now."""
    if not check.retake_wait_hours:
        return None
    last = (
        KnowledgeCheckAttempt.objects.filter(user=user, check_key=check.translation_key)
        .order_by("-submitted_at")
        .values_list("submitted_at", flat=True)
        .first()
    )
    if last is None:
        return None
    available = last + timedelta(hours=check.retake_wait_hours)
    return available if available > timezone.now() else None


def _validate(questions: list[Question], answers: dict[str, list[str]]) -> dict[str, list[str]]:
    by_id = {question.id: question for question in questions}
    if set(answers) - set(by_id):
        raise KnowledgeCheckError(ANSWER_NOT_OFFERED, forged=True)
    chosen = {}
    for question in questions:
        picked = [value for value in answers.get(question.id, []) if value]
        offered = {option.id for option in question.options}
        if any(value not in offered for value in picked) or len(set(picked)) != len(picked):
            raise KnowledgeCheckError(ANSWER_NOT_OFFERED, forged=True)
        if question.kind == SINGLE and len(picked) > 1:
            raise KnowledgeCheckError(ANSWER_NOT_OFFERED, forged=True)
        chosen[question.id] = picked
    missing = [question.number for question in questions if not chosen[question.id]]
    if missing:
        numbers = ", ".join(str(number) for number in missing)
        raise KnowledgeCheckError(ANSWER_EVERY_QUESTION % {"numbers": numbers}, missing=missing)
    return chosen


def attempt_submit(
    *, user, check: KnowledgeCheckPage, token: str, answers: dict[str, list[str]]
) -> tuple[KnowledgeCheckAttempt, bool]:
    """Score and record one attempt. Returns (attempt, created): a form sent twice gives the first attempt.

    Raises KnowledgeCheckError, recording nothing, for an expired or forged form, answers that are not
    options of this check, unanswered questions, or a retake before the wait is over.
    """
    nonce, started_at = _token_read(token=token, user=user, check=check)
    existing = KnowledgeCheckAttempt.objects.filter(user=user, form_token=nonce).first()
    if existing is not None:
        return existing, False
    available = retake_available_at(user=user, check=check)
    if available is not None:
        when = date_format(timezone.localtime(available), "DATETIME_FORMAT")
        raise KnowledgeCheckError(RETAKE_NOT_YET % {"when": when})
    questions = check_questions(check=check)
    chosen = _validate(questions, answers)
    correct = sum(1 for question in questions if set(chosen[question.id]) == question.correct_ids)
    score = (200 * correct + len(questions)) // (2 * len(questions))  # a percentage, rounded half up
    attempt = KnowledgeCheckAttempt(
        user=user,
        check_page=check,
        check_key=check.translation_key,
        module_key=parent_module_key(check),
        revision_id=check.live_revision_id,
        form_token=nonce,
        answers=chosen,
        correct_count=correct,
        question_count=len(questions),
        score=score,
        pass_mark=check.pass_mark,
        passed=score >= check.pass_mark,
        started_at=min(started_at, timezone.now()),
    )
    attempt.full_clean(exclude=["check_page", "revision"])
    try:
        with transaction.atomic():
            attempt.save()
    except IntegrityError:  # the same form, sent twice at the same moment
        return KnowledgeCheckAttempt.objects.get(user=user, form_token=nonce), False
    return attempt, True


def attempt_review(*, attempt: KnowledgeCheckAttempt, check: KnowledgeCheckPage) -> list[dict]:
    """Each question with the trainer's answers, the correct ones and the explanation, after submission."""
    review = []
    for question in check_questions(check=check):
        picked = set(attempt.answers.get(question.id, []))
        review.append(
            {
                "question": question,
                "options": [
                    {"option": option, "chosen": option.id in picked, "correct": option.correct}
                    for option in question.options
                ],
                "answered_correctly": picked == question.correct_ids,
            }
        )
    return review


def knowledge_check_passed(*, user, module: ModulePage) -> bool:
    """Has the trainer passed the knowledge check of this module, in any language? One query."""
    return KnowledgeCheckAttempt.objects.filter(
        user=user, module_key=module.translation_key, passed=True
    ).exists()


def knowledge_checks_passed(*, user) -> dict:
    """Module translation key -> when the trainer first passed its knowledge check. One query."""
    passed = {}
    rows = (
        KnowledgeCheckAttempt.objects.filter(user=user, passed=True)
        .order_by("submitted_at")
        .values_list("module_key", "submitted_at")
    )
    for module_key, submitted_at in rows:
        passed.setdefault(module_key, submitted_at)
    return passed


def latest_attempt(*, user, module_key) -> KnowledgeCheckAttempt | None:
    """The trainer's most recent attempt at the module's check, or None. One query."""
    if not user.is_authenticated:
        return None
    return (
        KnowledgeCheckAttempt.objects.filter(user=user, module_key=module_key)
        .order_by("-submitted_at")
        .first()
    )
