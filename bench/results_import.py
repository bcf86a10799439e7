"""``make bench`` (results import): a 10,000-row XLSX of enterprises, as a partner keeps them, checked (the
preview's dry run), applied (one transaction), and checked again once imported (every row unchanged).
Prints rows per second and the peak memory of each step (tracemalloc), and the queries each made."""

import io
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
os.environ.setdefault("BENCH_DB", str(Path(tempfile.gettempdir()) / "score-academy-bench-import.sqlite3"))
Path(os.environ["BENCH_DB"]).unlink(missing_ok=True)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "10000"))
PROVINCES = ["11", "12", "31", "32", "33", "34", "35", "36", "51", "52", "61", "64", "73", "94"]
SECTORS = ["A", "C", "G", "I", "N", "S"]


def workbook_bytes(rows: int) -> bytes:
    from openpyxl import Workbook

    from results.imports.enterprises import COLUMNS

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Enterprises")
    sheet.append(["Enterprises of the benchmark partner"])
    sheet.append(COLUMNS)
    for n in range(rows):
        women, men = 3 + n % 40, 2 + n % 25
        managers = 1 + n % 4
        sheet.append(
            [
                f"BENCH-E-{n:05d}",
                f"Enterprise {n}",
                "BENCH",
                SECTORS[n % len(SECTORS)],
                PROVINCES[n % len(PROVINCES)],
                "Kota Bandung",
                women,
                men,
                managers,
                women + men - managers,
                f"Contact {n}",
                f"0812{n:07d}",
                f"contact{n}@bench.example",
            ]
        )
    workbook.create_sheet("Codes").append(["province_bps", "32"])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def measure(label, rows, step, *, memory=True):
    """Timed untraced (tracemalloc slows Python down several times), then, for the peak, traced."""
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        outcome = step()
        seconds = time.perf_counter() - start
    peak = ""
    if memory:
        tracemalloc.start()
        step()
        peak = f"peak {tracemalloc.get_traced_memory()[1] / 1024 / 1024:6.1f} MiB"
        tracemalloc.stop()
    print(f"  {label:<28} {seconds:6.2f} s  {rows / seconds:8.0f} rows/s  {len(queries):>4} queries  {peak}")
    return outcome


def main():
    call_command("migrate", verbosity=0)
    from cms.demo import ensure_admin
    from courses.models import Partner
    from results.imports.services import import_check, import_context
    from results.models import Enterprise

    admin = ensure_admin()
    partner = Partner.objects.create(name="Benchmark partner", short_name="BENCH", slug="bench")
    data = workbook_bytes(ROWS)
    print(f"\nImport of a {ROWS:,}-row XLSX of enterprises ({len(data) / 1024 / 1024:.1f} MiB):")
    context = import_context(user=admin, partner=partner, file_name="bench.xlsx")

    def check():
        return import_check(kind="enterprises", context=context, file=io.BytesIO(data), name="bench.xlsx")

    def apply():
        with transaction.atomic():
            return import_check(
                kind="enterprises", context=context, file=io.BytesIO(data), name="bench.xlsx", dry_run=False
            )

    preview = measure("preview (dry run)", ROWS, check)
    assert preview.is_valid and preview.summary["new"] == ROWS, preview.problems[:5]
    applied = measure("apply (one transaction)", ROWS, apply, memory=False)
    assert applied.is_valid and Enterprise.objects.count() == ROWS
    again = measure("preview again (unchanged)", ROWS, check)
    assert again.summary["unchanged"] == ROWS


if __name__ == "__main__":
    main()
