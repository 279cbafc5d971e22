"""``--format pdf`` through LibreOffice, and ``--template`` checked the same way for every format."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cchc.writing.render import TemplateProblem
from cchc.writing.templates_check import TEMPLATE_KINDS, check_template
from conftest import ROOT

BUILT_IN_DOCX = ROOT / "templates" / "plan.docx"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                                   "the PDF conversion cannot be exercised here")


def cchc(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cchc", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, env=env)


def _pdf_text(path: Path) -> str:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    if shutil.which("pdftotext") is None:
        print("pdftotext (poppler-utils) is not installed: the PDF's text is not checked")
        return ""
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


# ----------------------------------------------------------------------------------------- PDF

@needs_soffice
def test_render_pdf_of_binh_son_and_nam_dinh(tmp_path: Path) -> None:
    out = tmp_path / "pdf"
    done = cchc("render", "plans/quang-ngai/binh-son-kh-par-sipas-2022.yaml", "plans/nam-dinh/kh-cchc-2021-2025.yaml",
                "-f", "pdf", "-o", str(out))
    assert done.returncode == 0, done.stderr
    binh_son = _pdf_text(out / "binh-son-kh-par-sipas-2022.pdf")
    nam_dinh = _pdf_text(out / "nam-dinh-kh-cchc-2021-2025.pdf")
    if not binh_son:
        return
    flat = " ".join(binh_son.split())
    # II.1: the three task bullets, then the assignment, as the source prints them
    assert flat.index("- Đẩy mạnh công tác thông tin, tuyên truyền") < flat.index("Phân công trách nhiệm:") \
        < flat.index("- Các phòng, ban thuộc huyện")
    assert flat.count("CHỦ TỊCH") == 1 and "Võ Văn Đồng" in flat
    assert "\f" in binh_son and binh_son.split("\f")[1].strip().startswith("2")  # page numbers from page 2
    flat = " ".join(nam_dinh.split())
    assert "Nam Định, ngày 29 tháng 9 năm 2021" in flat and "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" in flat
    assert "2.6. Sở Khoa học và Công nghệ Chủ trì, phối hợp" in flat


@needs_soffice
def test_report_pdf(tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.pdf"
    done = cchc("report", "plans/quang-nam", "--period", "2021-H1", "-f", "pdf", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")


@needs_soffice
def test_pdf_with_a_docx_template(tmp_path: Path) -> None:
    out = tmp_path / "kh.pdf"
    done = cchc("render", "plans/nam-dinh/kh-cchc-2021-2025.yaml", "-f", "pdf", "-o", str(out),
                "--template", str(BUILT_IN_DOCX))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_to_pdf_runs_libreoffice_in_a_private_profile_with_a_timeout(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in soffice records its arguments: the profile and output folder are private temporary
    folders, and a program that hangs is stopped with a Vietnamese message."""
    from cchc.writing import pdf

    log = tmp_path / "args.txt"
    fake = tmp_path / "soffice"
    fake.write_text(f"""#!{sys.executable}
import sys, pathlib
args = sys.argv[1:]
pathlib.Path({str(log)!r}).write_text("\\n".join(args))
out = pathlib.Path(args[args.index("--outdir") + 1]); out.mkdir(parents=True, exist_ok=True)
(out / (pathlib.Path(args[-1]).stem + ".pdf")).write_bytes(b"%PDF-1.7 fake")
""", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("CCHC_SOFFICE", str(fake))
    source = tmp_path / "a.docx"
    source.write_bytes(BUILT_IN_DOCX.read_bytes())
    pdf.to_pdf(source, tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF-1.7 fake"
    args = log.read_text().splitlines()
    profile = next(a for a in args if a.startswith("-env:UserInstallation=file://"))
    assert "cchc-pdf-" in profile and "--headless" in args and args[args.index("--convert-to") + 1].startswith("pdf")
    first = profile
    pdf.to_pdf(source, tmp_path / "b.pdf")
    assert next(a for a in log.read_text().splitlines() if a.startswith("-env:")) != first  # one profile per run

    fake.write_text(f"#!{sys.executable}\nimport time\ntime.sleep(60)\n", encoding="utf-8")
    with pytest.raises(pdf.PdfProblem) as problem:
        pdf.to_pdf(source, tmp_path / "c.pdf", timeout=1)
    assert "đã bị dừng" in problem.value.message and not (tmp_path / "c.pdf").exists()

    fake.write_text(f"#!{sys.executable}\nimport sys\nprint('lỗi giả', file=sys.stderr)\nsys.exit(3)\n",
                    encoding="utf-8")
    with pytest.raises(pdf.PdfProblem) as problem:
        pdf.to_pdf(source, tmp_path / "d.pdf")
    assert "mã thoát 3" in problem.value.message and "lỗi giả" in problem.value.message


@pytest.mark.parametrize("command", [
    ("render", "plans/nam-dinh/kh-cchc-2021-2025.yaml"),
    ("report", "plans/quang-nam", "--period", "2021-H1"),
])
def test_pdf_without_libreoffice_is_a_vietnamese_message(command: tuple[str, ...], tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "CCHC_SOFFICE"} | {"PATH": str(empty)}
    out = tmp_path / "x.pdf"
    done = cchc(*command, "-f", "pdf", "-o", str(out), env=env)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("cchc: không xuất được PDF: chưa cài LibreOffice")
    assert "gợi ý: Cài LibreOffice" in done.stderr and not out.exists()


# ----------------------------------------------------------------------------------- templates

def _templates(folder: Path) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    broken_jinja = folder / "hong.md.j2"
    broken_jinja.write_text("# {{ document.title }}\n{% if plan %}\nkhông đóng\n", encoding="utf-8")
    syntax = folder / "cu-phap.md.j2"
    syntax.write_text("dòng 1\n{{ plan.id }\n", encoding="utf-8")
    fake_docx = folder / "gia.docx"
    fake_docx.write_text("không phải Word", encoding="utf-8")
    damaged = folder / "hong.docx"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("word/document.xml", "<không phải xml")
    good_text = folder / "tot.md.j2"
    good_text.write_text("{{ plan.id }}\n", encoding="utf-8")
    return {"missing": folder / "khong-co.docx", "folder": folder, "unclosed": broken_jinja, "syntax": syntax,
            "fake_docx": fake_docx, "damaged": damaged, "good_text": good_text, "good_docx": BUILT_IN_DOCX}


# format → template → the start of the message (None: accepted)
EXPECTED: dict[str, dict[str, str | None]] = {
    "md": {"missing": "không tìm thấy mẫu", "folder": "là thư mục", "unclosed": "dòng 3: lỗi cú pháp Jinja",
           "syntax": "dòng 2: lỗi cú pháp Jinja", "fake_docx": None, "damaged": "là tệp Word/nén",
           "good_text": None, "good_docx": "là tệp Word/nén"},
    "docx": {"missing": "không tìm thấy mẫu", "folder": "là thư mục", "unclosed": "không phải tệp Word .docx",
             "syntax": "không phải tệp Word .docx", "fake_docx": "không phải tệp Word .docx",
             "damaged": "Word không mở được", "good_text": "không phải tệp Word .docx", "good_docx": None},
    "xlsx": dict.fromkeys(("missing", "folder", "unclosed", "syntax", "fake_docx", "damaged", "good_text",
                           "good_docx"), "không dùng mẫu riêng"),
}
EXPECTED["html"] = EXPECTED["md"]
EXPECTED["pdf"] = EXPECTED["docx"]


def test_every_format_has_a_template_rule() -> None:
    from cchc.writing.formats import RENDER, REPORT

    formats = set(RENDER.names) | set(REPORT.names)
    assert formats == set(TEMPLATE_KINDS) == set(EXPECTED)


@pytest.mark.parametrize("fmt", sorted(EXPECTED))
def test_template_checked_for_every_format(fmt: str, tmp_path: Path) -> None:
    templates = _templates(tmp_path / "mau")
    for name, path in templates.items():
        expected = EXPECTED[fmt][name]
        if expected is None:
            check_template(path, fmt)
            continue
        with pytest.raises(TemplateProblem) as problem:
            check_template(path, fmt)
        assert expected in problem.value.message, (name, problem.value.message)
        assert str(path) in problem.value.message or "xlsx" in problem.value.message, (name, problem.value.message)
        assert problem.value.hint
    check_template(None, fmt)


@pytest.mark.parametrize(("args", "template", "message"), [
    (("report", "--period", "2021-H1", "-f", "docx"), "missing", "cchc: không tìm thấy mẫu"),
    (("report", "--period", "2021-H1", "-f", "docx"), "good_text", "cchc: Mẫu {path}: không phải tệp Word .docx"),
    (("report", "--period", "2021-H1", "-f", "xlsx"), "good_docx", "cchc: định dạng xlsx không dùng mẫu riêng"),
    (("render", "plans/nam-dinh/kh-cchc-2021-2025.yaml", "-f", "md"), "syntax",
     "cchc: Mẫu {path}, dòng 2: lỗi cú pháp Jinja"),
    (("render", "plans/nam-dinh/kh-cchc-2021-2025.yaml", "-f", "pdf"), "fake_docx",
     "cchc: Mẫu {path}: không phải tệp Word .docx"),
])
def test_cli_refuses_a_bad_template_with_exit_2(args: tuple[str, ...], template: str, message: str,
                                                tmp_path: Path) -> None:
    path = _templates(tmp_path / "mau")[template]
    out = tmp_path / ("out." + args[args.index("-f") + 1])
    done = cchc(*args, "-o", str(out), "--template", str(path))
    assert done.returncode == 2 and "Traceback" not in done.stderr and done.stdout == ""
    assert done.stderr.startswith(message.format(path=path)), done.stderr
    assert "\n  gợi ý: " in done.stderr and not out.exists()
