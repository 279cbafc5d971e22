"""Make the pictures of the user guide (docs/huong-dan/img/) from the current code.

    python3 tools/guide_pictures.py

Every picture is what a command of the guide shows, made again from the bundled plans so that the
guide stays true when the code changes:

- terminal output (``cchc lint``, ``cchc status`` at 80 columns, ``cchc done``, ``cchc import``) is
  run in a pseudo-terminal of the given width — exactly what staff see — and exported by rich as SVG;
- document pages (the báo cáo, a Word plan) are printed to PDF by LibreOffice
  (``soffice --headless --convert-to pdf``) and turned into PNG by ``pdftoppm -r 60``;
- the dashboard of ``cchc site`` is photographed by Chromium headless.

A picture whose tool is missing is skipped with a printed reason; the others are still made.
Everything runs in a scratch copy of ``plans/`` and ``docs/huong-dan/vi-du/``: nothing in the
repository changes except the pictures.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "huong-dan" / "img"
AS_OF = "2021-07-01"


def run_in_terminal(args: list[str], columns: int, cwd: Path) -> str:
    """Run ``args`` in a pseudo-terminal ``columns`` wide; return what it printed (with colours)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CCHC_LANG")}
    env.update(COLUMNS=str(columns), LINES="50", TERM="xterm-256color", PYTHONPATH=str(ROOT),
               CCHC_NO_CACHE="1")
    process = subprocess.Popen(args, cwd=cwd, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    process.wait()
    os.close(master)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def terminal_svg(name: str, command: str, args: list[str], columns: int, cwd: Path) -> None:
    """Save what ``args`` prints in a terminal as ``name``.svg, with the command line on top."""
    from rich.console import Console
    from rich.text import Text

    output = run_in_terminal(args, columns, cwd)
    console = Console(record=True, width=columns, force_terminal=True, color_system="truecolor",
                      file=open(os.devnull, "w", encoding="utf-8"))
    console.print(Text("$ " + command, style="bold"))
    console.print(Text.from_ansi(output.rstrip("\n")), overflow="fold")
    svg = console.export_svg(title=command if len(command) < columns - 10 else "cchc")
    # Fira Code (rich's font, loaded from the web) draws Vietnamese well; when a viewer cannot load it,
    # fall back to fonts that have the precomposed Vietnamese letters (DejaVu Sans Mono draws "ế" as
    # "ê" and a loose accent), never the bare "monospace".
    svg = svg.replace("font-family: Fira Code, monospace;",
                      'font-family: "Fira Code", Consolas, "Cascadia Mono", Menlo, "Liberation Mono", monospace;')
    (OUT / f"{name}.svg").write_text(svg, encoding="utf-8")
    print(OUT / f"{name}.svg")


def cchc(*args: str) -> list[str]:
    return [sys.executable, "-m", "cchc", *args]


def pdf_page_png(pdf: Path, page: int, name: str) -> None:
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                    str(pdf), str(OUT / name)], check=True)
    try:  # a page at 60 dpi is ~100 kB; 64 colours keep the text sharp at a third of that
        from PIL import Image
    except ImportError:
        pass
    else:
        with Image.open(OUT / f"{name}.png") as image:
            small = image.convert("RGB").quantize(colors=64)
        small.save(OUT / f"{name}.png", optimize=True)
    print(OUT / f"{name}.png")


def to_pdf(soffice: str, docx: Path, work: Path) -> Path:
    subprocess.run([soffice, f"-env:UserInstallation=file://{work / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                   check=True, capture_output=True, timeout=300)
    return docx.with_suffix(".pdf")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copytree(ROOT / "plans", work / "plans")
        shutil.copytree(ROOT / "docs" / "huong-dan" / "vi-du", work / "docs" / "huong-dan" / "vi-du")
        plan = "plans/quang-nam/kh-cchc-2021.yaml"

        terminal_svg("lint-loi", "cchc lint docs/huong-dan/vi-du",
                     cchc("lint", "docs/huong-dan/vi-du"), 100, work)
        terminal_svg("lint-sach", "cchc lint", cchc("lint"), 80, work)
        terminal_svg("status-80-cot", f"cchc status plans/quang-nam --as-of {AS_OF} --agency \"Sở Nội vụ\" --role lead --state overdue",
                     cchc("status", "--as-of", AS_OF, "--agency", "Sở Nội vụ", "--role", "lead",
                          "--state", "overdue", "plans/quang-nam"), 80, work)
        terminal_svg("done", f"cchc done {plan} VII.1 --date 2021-03-20 --evidence …",
                     cchc("done", plan, "VII.1", "--date", "2021-03-20", "--as-of", AS_OF,
                          "--evidence", "Quyết định số 125/QĐ-UBND ngày 20/3/2021"), 100, work)

        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        # The Word plan of chapter 7 is the Quảng Nam plan printed by cchc render (a real layout).
        subprocess.run(cchc("render", plan, "--format", "docx", "-o", str(work / "ke-hoach.docx")),
                       cwd=work, check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        (work / "plans" / "huyen-moi").mkdir()
        terminal_svg("import", "cchc import ke-hoach.docx -o plans/huyen-moi/kh-cchc-2021.yaml --write-registry",
                     cchc("import", "ke-hoach.docx", "-o", "plans/huyen-moi/kh-cchc-2021.yaml", "--write-registry"),
                     100, work)
        if soffice is None or shutil.which("pdftoppm") is None:
            print("bỏ qua ảnh trang văn bản: cần LibreOffice (soffice) và poppler-utils (pdftoppm)", file=sys.stderr)
        else:
            pdf = to_pdf(soffice, work / "ke-hoach.docx", work)
            pdf_page_png(pdf, 1, "ke-hoach-word")
            subprocess.run(cchc("report", "new", plan, "--period", "2021-H1"), cwd=work, check=True,
                           capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
            report = work / "bao-cao-6-thang-2021.pdf"
            subprocess.run(cchc("report", plan, "--period", "2021-H1", "--format", "pdf", "-o", str(report)),
                           cwd=work, check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
            pdf_page_png(report, 1, "bao-cao-trang-1")

        chromium = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                         if shutil.which(n)), None)
        if chromium is None:
            print("bỏ qua ảnh trang tổng hợp: không có Chromium (apt-get install chromium)", file=sys.stderr)
        else:
            site = work / "site"
            subprocess.run(cchc("site", "plans/quang-nam", "-o", str(site), "--as-of", AS_OF), cwd=work, check=True,
                           capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
            shot = work / "site.png"
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            f"--user-data-dir={work / 'chromium-profile'}", "--window-size=1000,900",
                            f"--screenshot={shot}", (site / "index.html").as_uri()],
                           check=True, capture_output=True, timeout=120)
            # A 1000×900 screenshot is ~200 kB; pdftoppm is not for PNG, so shrink with Pillow if present.
            try:
                from PIL import Image
            except ImportError:
                shutil.copyfile(shot, OUT / "trang-tong-hop.png")
            else:
                with Image.open(shot) as image:
                    image.convert("RGB").resize((750, 675)).quantize(colors=128).save(OUT / "trang-tong-hop.png",
                                                                                     optimize=True)
            print(OUT / "trang-tong-hop.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
