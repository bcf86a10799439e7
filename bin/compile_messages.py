"""Compile the .po catalogues to .mo with polib, so no gettext tools are needed to set up."""

from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent

for po_path in [*ROOT.glob("locale/*/LC_MESSAGES/*.po"), *ROOT.glob("locale_overrides/*/LC_MESSAGES/*.po")]:
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
