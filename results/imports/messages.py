"""What the imports tell the person importing: constants, so that the tests assert on them and the translators
see each once."""

from django.utils.translation import gettext_lazy as _

# The file as a whole.
FILE_TOO_LARGE = _("This file is %(size)s; an import file can be at most %(limit)s.")
FILE_EMPTY = _("This file is empty.")
FILE_NOT_SPREADSHEET = _(
    "This file is not a spreadsheet we can read. Upload an Excel workbook (.xlsx) or a CSV file saved as text "
    "(UTF-8 or Windows), for instance with Excel's “Save as” and “CSV UTF-8”."
)
FILE_WRONG_EXTENSION = _("Upload an .xlsx or a .csv file.")
FILE_NO_HEADER = _(
    "No header row with the column “%(column)s” was found in the first %(lines)d lines. Start from the "
    "template: its first row names the columns."
)
FILE_NO_ROWS = _("The file has a header row but no rows below it.")
FILE_TOO_MANY_ROWS = _("This file has %(count)s rows; an import can have at most %(limit)s. Split it.")
COLUMN_MISSING = _("This column is required and missing from the header row.")
COLUMN_UNKNOWN = _("This column is not a KPI or good practice we know; check the code against the template.")
COLUMN_TWICE = _("This column appears twice in the header row.")

# A cell.
REQUIRED = _("This cell is required.")
NOT_A_NUMBER = _("“%(value)s” is not a number.")
NOT_A_WHOLE_NUMBER = _("“%(value)s” is not a whole number.")
NEGATIVE = _("This cannot be negative.")
NOT_A_DATE = _("“%(value)s” is not a date: write it as 31/12/2024 or 2024-12-31.")
DATE_OUT_OF_RANGE = _("%(date)s is not a plausible date for the programme's records.")
NOT_YES_NO = _("“%(value)s” is neither yes nor no: write yes, no, or leave the cell empty.")
NOT_A_CHOICE = _("“%(value)s” is not one of: %(choices)s.")
UNKNOWN_PROVINCE = _("“%(value)s” is not a BPS province code (see the Codes sheet of the template).")
UNKNOWN_SECTOR = _("“%(value)s” is not a KBLI 2020 section letter (see the Codes sheet of the template).")
UNKNOWN_MODULE = _(
    "“%(value)s” is not a module key: write <curriculum>/<module>, e.g. score-core/workplace-cooperation."
)
UNKNOWN_PARTNER = _("“%(value)s” is not a partner's short name.")
OTHER_PARTNER_ROW = _("You import for %(partner)s only; this row names another partner.")
PARTNER_REQUIRED = _("Name the partner in this column, or choose one partner for the whole file.")
UNKNOWN_USER = _("No account has the e-mail address “%(value)s”.")
UNKNOWN_ENTERPRISE = _(
    "No enterprise you can record for has the code “%(value)s”. Import the enterprise first."
)
UNKNOWN_CYCLE = _("No training cycle you can record for has the code “%(value)s”.")

# A row.
ENTERPRISE_NOT_YOURS = _(
    "The code “%(value)s” is another partner's enterprise; your enterprises need codes of their own."
)
CYCLE_NOT_YOURS = _("The code “%(value)s” is another partner's training cycle; choose a code of your own.")
DUPLICATE_ROW = _("Line %(line)d already has this %(what)s: each appears once in a file.")
CYCLE_COLUMN_DIFFERS = _(
    "This differs from line %(line)d, the cycle's first row: every row of a cycle repeats the same cycle "
    "columns."
)
WORKFORCE_BELOW_PARTICIPANTS = _(
    "The enterprise sent more people to the training cycle %(cycle)s than this workforce: %(reason)s"
)
SESSION_SEVERAL = _(
    "This cycle has several classroom sessions; change its classroom days in the cycle itself, or give the "
    "first and last day it has now."
)
SPONSOR_AMOUNT_MISSING = _("Give the sponsorship amount with the sponsor's name.")
SPONSOR_NAME_MISSING = _("Give the sponsor's name with the amount.")
CYCLE_OTHER_MODULE = _("The cycle %(cycle)s is of another module.")
NOT_IN_CYCLE = _("This enterprise is not in the cycle %(cycle)s.")
KPI_NOT_OF_MODULE = _("This KPI is not measured in this module; leave the cell empty.")
PRACTICE_NOT_OF_MODULE = _("This good practice is not on this module's checklist; leave the cell empty.")
ROW_NOT_SAVED = _("This row could not be saved: %(reason)s")

# The run.
RUN_NOT_PREVIEWED = _("Only a checked file without problems can be imported.")
RUN_CHANGED_SINCE = _(
    "The records changed since the file was checked, and it no longer imports cleanly; nothing was written. "
    "See the problems below and upload it again."
)
RUN_FAILED = _("The import failed and nothing was written: %(reason)s")
CORRECTION_REASON = _("Imported from the file “%(name)s”")
STATUS_NOTE = _("Imported from the file “%(name)s”")
