"""Checking a user's ``--template`` before anything is rendered, the same way for every command.

``render`` and ``report`` take a template per format: a Jinja text file (``.j2``) for ``md`` and
``html``, a Word file (``.docx``, its styles and page setup) for ``docx`` and for ``pdf`` (which
LibreOffice prints from that DOCX); ``xlsx`` takes none. :func:`check_template` refuses, with a
:class:`cchc.writing.render.TemplateProblem` naming the file (and the line, for a Jinja syntax error), a
template that is missing, a folder, the wrong kind for the format, unreadable, or does not compile —
so a bad template is a Vietnamese message and exit code 2, never a traceback and never silently
ignored.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from cchc.base.i18n import N_, tr

#: The kind of template each output format takes (None: the format takes no template).
TEMPLATE_KINDS: dict[str, str | None] = {"md": "text", "html": "text", "docx": "docx", "pdf": "docx", "xlsx": None}

_USAGE = N_("--template nhận tệp .j2 cho --format md và html, tệp .docx cho --format docx và pdf.")


def check_template(path: Path | None, fmt: str) -> None:
    """Refuse a template that ``fmt`` cannot use; nothing happens when ``path`` is None."""
    from cchc.writing.render import TemplateProblem

    if path is None:
        return
    kind = TEMPLATE_KINDS.get(fmt)
    if kind is None:
        raise TemplateProblem(tr("định dạng {format} không dùng mẫu riêng; bỏ --template {path}.",
                                 format=fmt, path=path), tr(_USAGE))
    if not path.exists():
        raise TemplateProblem(tr("không tìm thấy mẫu \"{path}\".", path=path), tr(_USAGE))
    if not path.is_file():
        raise TemplateProblem(tr("Mẫu {path}: là thư mục, không phải tệp mẫu.", path=path), tr(_USAGE))
    if kind == "docx":
        _check_docx(path, fmt)
    else:
        _check_text(path, fmt)


def _is_word_file(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _check_docx(path: Path, fmt: str) -> None:
    from cchc.writing.render import TemplateProblem

    if not _is_word_file(path):
        raise TemplateProblem(tr("Mẫu {path}: không phải tệp Word .docx (hoặc tệp đã hỏng); định dạng {format} "
                                 "cần mẫu .docx.", path=path, format=fmt),
                              tr("Chép templates/plan.docx, sửa các kiểu “CCHC …” trong Word rồi dùng tệp đó; "
                                 "mẫu .j2 chỉ dùng cho --format md và html."))
    try:
        import docx

        docx.Document(str(path))
    except Exception:  # noqa: BLE001 - python-docx raises many kinds for a damaged package
        raise TemplateProblem(tr("Mẫu {path}: Word không mở được tệp .docx này (tệp hỏng hoặc không phải văn bản).",
                                 path=path),
                              tr("Mở tệp bằng Word, lưu lại dưới dạng .docx rồi thử lại.")) from None


def _check_text(path: Path, fmt: str) -> None:
    from cchc.writing.render import Renderer, TemplateProblem

    if _is_word_file(path) or zipfile.is_zipfile(path):
        raise TemplateProblem(tr("Mẫu {path}: là tệp Word/nén; định dạng {format} cần mẫu văn bản Jinja (.j2).",
                                 path=path, format=fmt),
                              tr("Mẫu .docx dùng cho --format docx hoặc pdf; với {format} hãy chép "
                                 "templates/plan.{format}.j2 hoặc templates/report.{format}.j2.", format=fmt))
    Renderer(path).check(path.name, fmt)
