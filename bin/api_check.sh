#!/usr/bin/env bash
# schemathesis against the live OpenAPI schema: a seeded SQLite site in a temporary folder, served by
# gunicorn, tested with every check; the server is stopped and the folder removed however the run ends.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.venv/bin
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=cms.settings.api_check
export SCORE_API_CHECK_DIR="$WORK"
export DATABASE_URL="sqlite:///$WORK/db.sqlite3"
PORT="$($BIN/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

$BIN/python manage.py migrate --noinput -v 0
$BIN/python manage.py seed_demo >/dev/null
# The demo's certificate tokens, in each status, for schemathesis to try besides those it makes up: so
# that the 200 answers are checked against their schema too, not only 400 and 404.
$BIN/python manage.py shell --no-imports -v 0 -c '
from certification.models import Certificate
for token in Certificate.objects.values_list("token", flat=True):
    print(f"\"{token}\"")
' > "$WORK/tokens.dict"
cat > "$WORK/schemathesis.toml" <<'TOML'
[cache]
enabled = false

[dictionaries.tokens]
from-file = "tokens.dict"

[parameters]
"path.token" = { dictionary = "tokens", probability = 0.5 }
TOML
$BIN/gunicorn cms.wsgi --bind "127.0.0.1:$PORT" --workers 2 --access-logfile /dev/null \
  --error-logfile "$WORK/gunicorn.log" &
SERVER_PID=$!

# A fixed seed, no example database, no cache: the same cases on every run, nothing left in the work tree.
$BIN/schemathesis --config-file "$WORK/schemathesis.toml" run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
  --checks all --wait-for-schema 60 --seed 20260 --generation-database none --no-color \
  --report-dir "$WORK/report" \
  || { echo "== gunicorn's log"; cat "$WORK/gunicorn.log"; exit 1; }
