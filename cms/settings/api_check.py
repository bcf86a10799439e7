"""`make api-check`: the site as the tests run it, served to schemathesis (bin/api_check.sh).

schemathesis sends hundreds of requests from one address; at the API's real limit nearly all would be
answered 429 (documented, and accepted) and the other answers would go untested. The limit itself is
tested in tests/certification/test_api.py.
"""

import os
from pathlib import Path

from .test import *  # noqa: F403

SCORE_API_RATE_LIMIT = "100000/m"
# The seeding command and the server are separate processes: they share one folder, not one per process.
MEDIA_ROOT = Path(os.environ.get("SCORE_API_CHECK_DIR", MEDIA_ROOT)) / "media"  # noqa: F405
