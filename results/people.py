"""People as the results forms and lists name them: the name on their certificate (their trainer profile),
else the name on their account, else their email. Programme staff, who choose among everyone, also see the
email that tells two people of the same name apart; a partner's editor chooses among their own partner's
trainers and the Expert Trainers, by name only."""


def person_name(user) -> str:
    profile = getattr(user, "trainer_profile", None)
    name = profile.certificate_name if profile is not None and profile.certificate_name else ""
    return name or user.get_full_name() or user.email


def person_label(user, *, email: bool = False) -> str:
    name = person_name(user)
    return f"{name} ({user.email})" if email and name != user.email else name
