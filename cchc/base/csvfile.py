"""CSV as Excel opens it, written the same way by every command: UTF-8 with a byte-order mark (without
it Excel shows Vietnamese as mojibake) and ``\\r\\n`` line ends.

The stream must not translate line ends (``newline=""``): :func:`cchc.commands.common.open_output`
is asked for that for CSV.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TextIO

BOM = "\ufeff"


def write(stream: TextIO, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write ``header`` and ``rows`` to ``stream`` as one CSV document (BOM first)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    stream.write(BOM + buffer.getvalue())
