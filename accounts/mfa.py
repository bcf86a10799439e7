"""Who must use a second factor, and whether this session has used one."""

from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY, get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.db.models import Q
from django.dispatch import receiver


def mfa_required_for(user) -> bool:
    """Superusers, programme staff and Expert Trainers (by group or by a current Expert certificate) must
    use two-factor authentication. One query, asked at most once per request."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_score_mfa_required", None)
    if cached is None:
        from certification.api import expert_trainer_ids  # an Expert Trainer is one by certification

        groups = getattr(settings, "SCORE_MFA_REQUIRED_GROUPS", [])
        cached = (
            get_user_model()
            .objects.filter(pk=user.pk)
            .filter(Q(groups__name__in=groups) | Q(pk__in=expert_trainer_ids()))
            .exists()
        )
        user._score_mfa_required = cached
    return cached


def mfa_enabled(user) -> bool:
    return user.is_authenticated and is_mfa_enabled(user)


# allauth's records of a sign-in that proved the person reads the account's mailbox: a code sent to it
# (at sign-in or to re-confirm) or a password reset from a link sent to it.
MAILBOX_METHODS = frozenset({"code", "password_reset"})


def session_proved_mailbox(request, user) -> bool:
    return any(
        record.get("method") in MAILBOX_METHODS for record in get_authentication_records(request, user)
    )


def must_prove_mailbox_to_enrol(request, user) -> bool:
    """Whether this person must use a second factor, has none yet, and this session has not shown that
    they read the account's mailbox: then neither an authenticator nor the account's email or password
    may change, so that a password alone never becomes someone's second factor."""
    return mfa_required_for(user) and not mfa_enabled(user) and not session_proved_mailbox(request, user)


def session_used_mfa(request) -> bool:
    """True once the person, in this session, signed in or re-confirmed with their second factor, or
    switched on an authenticator (which takes a valid code from it): allauth's record of this session."""
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


@receiver(authenticator_added, dispatch_uid="score_record_authenticator_added")
def record_second_factor_on_activation(sender, request, user, authenticator, **kwargs):
    """Switching on TOTP proves the code in this session: record it, as allauth does for a login code.
    Recovery codes made with it are not a proof of anything."""
    if request is not None and authenticator.type == Authenticator.Type.TOTP:
        record_authentication(request, user, method="mfa", type=authenticator.type, reason="activated")
        # allauth announces the authenticator once its transaction commits, which may be after the
        # response has saved the session: save the record now.
        request.session.save()


@receiver(user_logged_in, dispatch_uid="score_mailed_code_sign_in_is_fresh")
def mailed_code_sign_in_counts_as_reauthentication(sender, request, user, **kwargs):
    """A sign-in that took the password and then a code mailed to the account, a moment ago, is as good
    as allauth's re-authentication: the set-up of the second factor that follows does not ask for the
    password a second time (allauth's five minutes still apply)."""
    if request is None:
        return
    records = get_authentication_records(request, user)
    if records and records[-1].get("method") == "code" and not records[-1].get("reauthenticated"):
        records[-1]["reauthenticated"] = True
        request.session[AUTHENTICATION_METHODS_SESSION_KEY] = records
