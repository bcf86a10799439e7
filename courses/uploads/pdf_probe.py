"""Opens a PDF's page tree in a process of its own, within a memory and a CPU-time limit.

Run by ``courses.uploads.pdfs`` as ``python -I pdf_probe.py MEMORY CPU ENTRIES STREAM`` with the file on
standard input; not imported by the site. pypdf keeps every object stream it inflates: a crafted file of
a few hundred KB can take most of a GB and a minute and a half to open. Here that ends this process,
never the web server's. The exit status is the answer (see ``Outcome``); only the standard library and
pypdf are imported.
"""

import resource
import sys
from enum import IntEnum


class Outcome(IntEnum):
    # Not 0 or 1, which a Python that fails to start also exits with.
    PAGES = 10  # a PDF with at least one page
    NOT_A_PDF = 11  # pypdf cannot read a page tree from it
    TOO_COMPLEX = 12  # it needs more memory than the probe may use


def main(argv) -> int:
    memory, cpu_seconds, page_tree_entries, stream_length = (int(value) for value in argv)
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
    try:
        from io import BytesIO

        from pypdf import PdfReader, apply_configuration
        from pypdf.errors import LimitReachedError

        data = BytesIO(sys.stdin.buffer.read())
        with apply_configuration(
            page_tree_maximum_entries=page_tree_entries,
            zlib_maximum_output_length=stream_length,
            lzw_maximum_output_length=stream_length,
            run_length_maximum_output_length=stream_length,
            array_based_stream_maximum_output_length=stream_length,
        ):
            try:
                pages = len(PdfReader(data, strict=False).pages)
            except LimitReachedError:  # a stream inflating beyond the limit, or too large a page tree
                return Outcome.TOO_COMPLEX
            return Outcome.PAGES if pages >= 1 else Outcome.NOT_A_PDF
    except MemoryError:
        return Outcome.TOO_COMPLEX
    except Exception:
        # pypdf raises its own PyPdfError, and on garbage also KeyError, TypeError, AttributeError,
        # RecursionError, ...: whatever it is, the file is not a PDF we can accept.
        return Outcome.NOT_A_PDF


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
