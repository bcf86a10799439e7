from django.core.exceptions import ValidationError


def add_errors(form, error: ValidationError) -> None:
    """A service's refusal shown on the form: by field where it names one the form has, else on top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            target = field if field in form.fields else None
            for item in errors:
                form.add_error(target, item)
    else:
        for message in error.messages:
            form.add_error(None, message)


def query_id(request, name: str) -> int | None:
    """A record id from the query string (``?cycle=12``), or None for anything that is not one."""
    value = request.GET.get(name, "")
    if value.isascii() and value.isdecimal() and len(value) <= 18:
        return int(value)
    return None
