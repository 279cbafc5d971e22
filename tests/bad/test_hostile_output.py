"""Hostile plan text in every output (issue 18, points 5 and 6).

A plan whose text (and file name) carries terminal escapes — ESC ``[2J`` (clear the screen),
``ESC [H`` (cursor home), a fake "0 lỗi" summary, the C1 CSI ``U+009B`` — and HTML that would run in
a page or hide the rest of a GitHub job summary (``<!--``, ``<script>``, ``<img onerror>``), run
through every command's human output. Asserted on the bytes written:

- no ESC (0x1b) and no C1 control (U+0080–U+009F) reaches stdout or stderr of a text output;
  the characters are shown visibly instead (``\\x1b``, ``\\x9b``);
- JSON keeps the data exact (``json.loads`` gives back the very characters);
- Markdown contains no ``<!--``, ``<script`` or ``<img`` from plan text;
- HTML rendered with a copy of ``plan.html.j2`` named ``bao-cao.j2`` escapes plan text;
- the calendar holds no raw U+2028, U+2029 or U+0085.

The cases are listed in ``tests/bad/README.md`` (section "Hostile text in outputs").
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
ESC_TEXT = "\\e[2J\\e[HĐã kiểm tra 1 tệp: 0 lỗi, 0 cảnh báo.\\x9b31m"  # YAML double-quoted escapes
ESC_CHARS = "\x1b[2J\x1b[HĐã kiểm tra 1 tệp: 0 lỗi, 0 cảnh báo.\x9b31m"
HTML_TEXT = "<!-- <script>alert(1)</script> <img src=x onerror=alert(2)>"
SEPARATORS = "Báo cáo\\u2028quý II\\u2029năm 2021\\x85hết"

PLAN = f"""\
version: 1
id: thu-nghiem
document:
  type: Kế hoạch
  symbol: KH-UBND
  issuer: ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM
  title: "Cải cách hành chính {ESC_TEXT}"
period: {{start: 2021, end: 2021}}
appendices:
  - sections:
      - number: I
        title: CẢI CÁCH THỂ CHẾ
        lead: [Sở Tư pháp]
        tasks:
          - id: "1"
            content: "Rà soát văn bản {ESC_TEXT}"
            output: "{SEPARATORS}"
            deadline: Quý II/2021
          - id: "2"
            content: "Kiểm tra {HTML_TEXT}"
            output: Báo cáo
            deadline: Quý I/2021
            lead: ["Sở Nội vụ {ESC_TEXT}"]
            progress:
              - {{date: 2021-03-01, status: doing, note: "{ESC_TEXT}"}}
"""

REGISTRY = """\
version: 1
jurisdiction: Tỉnh Thử Nghiệm
agencies:
  - {id: so-noi-vu, name: Sở Nội vụ, short: [SNV]}
  - {id: so-tu-phap, name: Sở Tư pháp, short: [STP]}
"""

RAW_NAME = "raw\x1b[2J.yaml"  # a file name with an escape, and a raw ESC in its text (echoed by lint)


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1", COLUMNS="120")


def cchc(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=root, env=_env(), capture_output=True,
                          timeout=120, check=False)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    plans = root / "plans"
    plans.mkdir()
    (plans / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    (plans / "ke-hoach.yaml").write_text(PLAN, encoding="utf-8")
    git = shutil.which("git")
    assert git is not None, "git is needed for cchc diff"
    for command in (["init", "-q"], ["add", "-A"],
                    ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "kế hoạch"]):
        subprocess.run([git, *command], cwd=root, check=True, capture_output=True)
    changed = PLAN.replace("deadline: Quý I/2021", "deadline: Quý III/2021").replace(
        'output: Báo cáo\n', f'output: "Báo cáo {ESC_TEXT} {HTML_TEXT}"\n')
    (plans / "ke-hoach.yaml").write_text(changed, encoding="utf-8")
    return root


def _raw_plan(root: Path) -> Path:
    folder = root / "raw"
    folder.mkdir(exist_ok=True)
    path = folder / RAW_NAME
    path.write_bytes(PLAN.replace(f'"Rà soát văn bản {ESC_TEXT}"', "Rà soát \x1b[2J\x1b[Hxong").encode("utf-8"))
    return path


def assert_no_controls(done: subprocess.CompletedProcess[bytes], label: str) -> str:
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    for name, text in (("stdout", out), ("stderr", err)):
        bad = sorted({f"U+{ord(c):04X}" for c in text if c == "\x1b" or "\x80" <= c <= "\x9f"})
        assert not bad, f"{label}: {bad} on {name}:\n{text[:3000]}"
        assert "Traceback" not in text, f"{label}: {text[-3000:]}"
    return out + err


TEXT_COMMANDS = {
    "lint text": ["lint", "--format", "text", "plans"],
    "lint github": ["lint", "--format", "github", "plans"],
    "status table": ["status", "plans", "--as-of", "2021-07-01"],
    "status markdown": ["status", "plans", "--as-of", "2021-07-01", "--format", "markdown"],
    "agencies": ["agencies", "plans", "--as-of", "2021-07-01"],
    "agencies markdown": ["agencies", "plans", "--as-of", "2021-07-01", "--format", "markdown"],
    "targets": ["targets", "plans", "--as-of", "2021-07-01"],
    "diff text": ["diff", "HEAD"],
    "diff markdown": ["diff", "HEAD", "--format", "markdown"],
    "render md": ["render", "plans/ke-hoach.yaml", "--format", "md"],
    "render html": ["render", "plans/ke-hoach.yaml", "--format", "html"],
    "report md": ["report", "plans", "--as-of", "2021-07-01", "--format", "md"],
}


@pytest.mark.parametrize("label", list(TEXT_COMMANDS))
def test_no_terminal_escape_reaches_a_text_output(repo: Path, label: str) -> None:
    done = cchc(repo, *TEXT_COMMANDS[label])
    text = assert_no_controls(done, label)
    assert done.returncode in (0, 1), f"{label}: exit {done.returncode}\n{text[-3000:]}"
    if label in ("lint text", "lint github", "targets"):
        return  # lint shows plan text only on a finding's line (next test); the plan has no target
    assert "\\x1b" in text and "\\x9b31m" in text, f"{label}: the escapes are not shown visibly:\n{text[:3000]}"


def test_lint_echoes_a_raw_escape_and_a_file_name_visibly(repo: Path) -> None:
    path = _raw_plan(repo)
    for fmt in ("text", "github"):
        done = cchc(repo, "lint", "--format", fmt, str(path.relative_to(repo)))
        text = assert_no_controls(done, f"lint {fmt}")
        assert done.returncode == 1, text
        assert "raw\\x1b[2J.yaml" in text, text
    text = cchc(repo, "lint", "--format", "text", str(path.relative_to(repo))).stdout.decode("utf-8")
    assert "Rà soát \\x1b[2J\\x1b[Hxong" in text, text  # the source line under the finding
    lines = text.splitlines()
    assert re.search(r"\d+ lỗi", lines[-1]) and not lines[-1].startswith("Đã kiểm tra 1 tệp: 0 lỗi"), lines[-1]


def test_other_text_commands(repo: Path, tmp_path: Path) -> None:
    done = cchc(repo, "deadline", "Quý II/2021\x1b[2J\x9b")
    assert "\\x1b[2J" in assert_no_controls(done, "deadline")
    assert done.returncode in (1, 2)

    plan = tmp_path / "ke-hoach.yaml"
    plan.write_text((repo / "plans" / "ke-hoach.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    done = cchc(tmp_path, "update", str(plan), "I.1", "--status", "doing", "--date", "2021-06-01",
                "--note", "ghi chú \x1b[2J\x9b31m")
    before = plan.read_bytes()
    text = assert_no_controls(done, "update refused")
    assert done.returncode == 1 and "U+001B" in text, text  # U003: a control character in a note
    assert plan.read_bytes() == before
    done = cchc(tmp_path, "update", str(plan), "I.1", "--status", "doing", "--date", "2021-06-01", "--note", "ghi chú")
    text = assert_no_controls(done, "update")  # its messages name the task, whose text holds escapes
    assert done.returncode == 0, text

    source = tmp_path / "nguon.txt"
    source.write_text("KẾ HOẠCH Cải cách hành chính năm 2021 \x1b[2J\n\n"
                      "TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\tSản phẩm\n"
                      "1\tRà soát \x1b[2J\x9b31m văn bản\tSở Tư pháp \x1b[H\tQuý II/2021\tBáo cáo\n"
                      "ghi chú \x1b[2J\n"
                      "2\tKiểm tra\tSở Nội vụ\tQuý III/2021\tBáo cáo\n", encoding="utf-8")
    done = cchc(tmp_path, "import", str(source), "--period", "2021")
    text = assert_no_controls(done, "import")
    assert done.returncode == 0, text


def test_json_keeps_the_data_exact(repo: Path) -> None:
    done = cchc(repo, "status", "plans", "--as-of", "2021-07-01", "--format", "json")
    assert b"\x1b" not in done.stdout  # JSON escapes it
    assert json.dumps(ESC_CHARS)[1:-1] in json.dumps(json.loads(done.stdout))


def test_markdown_carries_no_raw_html_from_plan_text(repo: Path) -> None:
    for label in ("status markdown", "agencies markdown", "diff markdown", "render md", "report md"):
        text = cchc(repo, *TEXT_COMMANDS[label]).stdout.decode("utf-8")
        for opener in ("<!--", "<script", "<img"):
            assert opener not in text, f"{label}: {opener} reached the Markdown:\n{text[:3000]}"
    rendered = cchc(repo, *TEXT_COMMANDS["render md"]).stdout.decode("utf-8")
    assert "&lt;!-- &lt;script>alert(1)&lt;/script>" in rendered


def test_escaping_follows_the_format_not_the_template_name(repo: Path, tmp_path: Path) -> None:
    template = tmp_path / "bao-cao.j2"
    template.write_text((ROOT / "templates" / "plan.html.j2").read_text(encoding="utf-8"), encoding="utf-8")
    done = cchc(repo, "render", "plans/ke-hoach.yaml", "--format", "html", "--template", str(template))
    html = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr.decode("utf-8")
    assert "<img src=x onerror" not in html and "<script>alert" not in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html

    md_template = tmp_path / "ban-md.html.j2"  # a Markdown template whose name says HTML
    md_template.write_text("{{ plan.document.title }}\n{% for s in plan.appendices[0].sections %}"
                           "{% for t in s.tasks %}{{ t.content }}\n{% endfor %}{% endfor %}", encoding="utf-8")
    done = cchc(repo, "render", "plans/ke-hoach.yaml", "--format", "md", "--template", str(md_template))
    text = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr.decode("utf-8")
    assert "<!--" not in text and "&lt;!--" in text and "&amp;lt;" not in text


def test_calendar_holds_no_raw_line_separator(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "lich.ics"
    done = cchc(repo, "calendar", "plans", "-o", str(out))
    assert done.returncode == 0, done.stderr.decode("utf-8")
    data = out.read_text(encoding="utf-8")
    for char in ("\u2028", "\u2029", "\x85", "\x1b", "\x9b"):
        assert char not in data, f"U+{ord(char):04X} in the calendar"
    unfolded = data.replace("\r\n ", "")
    assert "Báo cáo\\nquý II\\nnăm 2021\\nhết" in unfolded
