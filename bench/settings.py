"""Benchmarks run on their own SQLite file, with the test settings and a bare page template."""

import os
import tempfile
from pathlib import Path

from cms.settings.test import *  # noqa: F403

BENCH_DIR = Path(__file__).resolve().parent
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("BENCH_DB", str(Path(tempfile.gettempdir()) / "score-academy-bench.sqlite3")),
    }
}
TEMPLATES[0]["DIRS"] = [BENCH_DIR / "templates", *TEMPLATES[0]["DIRS"]]  # noqa: F405
SCORE_API_RATE_LIMIT = "1000000/m"  # the benchmarks ask the feed far more than a visitor may
