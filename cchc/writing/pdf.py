"""PDF through LibreOffice: the DOCX that ``render`` and ``report`` write, converted page for page.

The PDF is what LibreOffice prints from the DOCX (``soffice --headless --convert-to pdf``), so it
has the DOCX's layout: repeated table headers, rows that do not split, page numbers. Each run uses
a private temporary folder with its own LibreOffice profile (``-env:UserInstallation=…``), so runs
in parallel (CI matrix jobs, two staff on one server) never wait on or corrupt each other's
profile, and a timeout stops a LibreOffice that hangs. Every failure is a :class:`PdfProblem` in
Vietnamese; the output file is written atomically and only when the conversion succeeded.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from cchc.base.i18n import tr

#: Seconds a conversion may take before LibreOffice is stopped (a 10,000-task appendix takes ~1 min).
DEFAULT_TIMEOUT = 300.0
#: The names the LibreOffice program goes by on Linux, macOS (in PATH) and Windows.
SOFFICE_NAMES = ("soffice", "libreoffice")


class PdfProblem(Exception):
    """The PDF could not be made: why (in Vietnamese) and what to do about it."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def find_soffice() -> str | None:
    """The LibreOffice program in PATH (``CCHC_SOFFICE`` names another), or None."""
    named = os.environ.get("CCHC_SOFFICE")
    if named:
        return shutil.which(named)
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def require_soffice() -> str:
    """The LibreOffice program, or a :class:`PdfProblem` saying how to get one."""
    found = find_soffice()
    if found is None:
        raise PdfProblem(tr("không xuất được PDF: chưa cài LibreOffice (không tìm thấy lệnh soffice)."),
                         tr("Cài LibreOffice (ví dụ: sudo apt-get install libreoffice-writer), hoặc dùng "
                            "--format docx rồi mở tệp bằng Word và lưu thành PDF."))
    return found


def to_pdf(docx_path: Path, out: Path, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Convert ``docx_path`` to the PDF ``out`` with LibreOffice (atomically replaced)."""
    soffice = require_soffice()
    with tempfile.TemporaryDirectory(prefix="cchc-pdf-") as folder:
        work = Path(folder)
        source = work / "in" / "document.docx"
        source.parent.mkdir()
        shutil.copyfile(docx_path, source)
        produced = _convert(soffice, source, work, timeout)
        from cchc.base.atomic import write_new_file

        write_new_file(out, produced.read_bytes())


def write_pdf(write_docx: Callable[[Path], None], out: Path, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Write a DOCX with ``write_docx(path)`` into a private temporary folder, then ``out`` as its
    PDF. LibreOffice is looked for first, so nothing is rendered when it is missing."""
    require_soffice()
    with tempfile.TemporaryDirectory(prefix="cchc-docx-") as folder:
        docx_path = Path(folder) / "document.docx"
        write_docx(docx_path)
        to_pdf(docx_path, out, timeout)


def _convert(soffice: str, source: Path, work: Path, timeout: float) -> Path:
    outdir = work / "out"
    profile = work / "profile"
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible",
               "--norestore", "--nologo", "--nodefault", "--nolockcheck",
               "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), str(source)]
    env = dict(os.environ, HOME=str(work))  # LibreOffice writes below HOME too; keep it in the temp folder
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=env, cwd=work, start_new_session=True)
    except OSError as exc:
        from cchc.base.oserrors import os_error_text

        raise PdfProblem(tr("không chạy được LibreOffice ({program}): {error}.", program=soffice,
                            error=os_error_text(exc))) from None
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise PdfProblem(tr("LibreOffice không xuất xong PDF sau {seconds} giây nên đã bị dừng.",
                            seconds=int(timeout)),
                         tr("Thử lại; nếu văn bản rất dài, dùng --format docx rồi xuất PDF bằng Word "
                            "hoặc LibreOffice.")) from None
    produced = outdir / (source.stem + ".pdf")
    if process.returncode != 0 or not produced.is_file() or produced.stat().st_size == 0:
        said = stderr.decode("utf-8", "replace").strip().splitlines()
        raise PdfProblem(tr("LibreOffice không xuất được PDF (mã thoát {code}){detail}.", code=process.returncode,
                            detail=f": {said[-1][:200]}" if said else ""),
                         tr("Kiểm tra tệp DOCX bằng --format docx; cài lại LibreOffice nếu lỗi còn."))
    return produced


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop LibreOffice and the processes it started (its own session), then reap it."""
    killpg = getattr(os, "killpg", None)  # POSIX; on Windows the program alone is stopped
    try:
        if killpg is None:
            raise ProcessLookupError
        killpg(process.pid, getattr(signal, "SIGKILL", signal.SIGTERM))
    except (ProcessLookupError, PermissionError):
        process.kill()
    process.communicate()
