"""The output formats of ``cchc diff`` (writers in :mod:`cchc.authoring.diff`): the registry its
``--format`` choices and help are built from. Nothing is imported here (see :mod:`cchc.base.formats`).
"""

from __future__ import annotations

from cchc.base.formats import Formats

# write(report: DiffReport, stream)
DIFF = Formats({
    "text": "cchc.authoring.diff:write_text",
    "markdown": "cchc.authoring.diff:write_markdown",
    "json": "cchc.authoring.diff:write_json",
})
