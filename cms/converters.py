"""Path converters of the project's URLs.

``<id:...>`` is a record's id: up to 18 digits, so that every value fits a 64-bit primary key on
PostgreSQL and SQLite alike. ``<int:...>`` takes any number of digits, and a 20-digit id reached the
database as an OverflowError (a server error) instead of the site's 404.
"""

from django.urls import register_converter


class RecordIdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(int(value))


def register() -> None:
    register_converter(RecordIdConverter, "id")
