"""Messages in English for maintainers (``--lang en`` / ``CCHC_LANG=en``), Vietnamese by default.

The catalogue is checked against the source: every message id has an English entry with the same
``{fields}``, and no entry is left over. The commands are then run in English on the bundled plans
and on every bad-input case, and what cchc itself says (messages, hints, labels, table headers)
must hold no Vietnamese letter once the text quoted from the plans is taken out.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.base import i18n
from cchc.locale.en import MESSAGES
from conftest import FIXTURES, ROOT
from msgids import extract, placeholders

VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')

IDS, PROBLEMS = extract()


def english_problem(text: str) -> str | None:
    """Why ``text`` is not English once plan text (in quotes) is taken out; None when it is."""
    left = QUOTED.sub("", text)
    found = VIETNAMESE.search(left)
    return None if found is None else f"Vietnamese {found.group()!r} in {left!r}"


def run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CCHC_LANG")}
    full.update({"NO_COLOR": "1", "COLUMNS": "120", **(env or {})})
    return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=cwd, capture_output=True, text=True,
                          env=full, timeout=120)


# ----------------------------------------------------------------------------- the catalogue

def test_message_ids_are_literals() -> None:
    assert PROBLEMS == []
    assert len({i.text for i in IDS}) > 300


def test_every_message_id_has_an_english_entry_with_the_same_fields() -> None:
    missing = sorted({f"{i.where}: {i.text!r}" for i in IDS if i.text not in MESSAGES})
    assert missing == [], "\n".join(missing)
    for item in IDS:
        english = MESSAGES[item.text]
        forms = english if isinstance(english, tuple) else (english,)
        for form in forms:
            assert placeholders(form) == placeholders(item.text), (item.where, item.text, form)
        if isinstance(english, tuple):  # a plural: every call says count= (N_ marks it where it is written)
            assert item.fields is None or "count" in item.fields, f"{item.where}: a plural needs count="
            assert any(i.fields is not None and "count" in i.fields for i in IDS if i.text == item.text), item
        if item.fields:  # a tr() call passes exactly the fields its text names (count may choose a plural)
            assert item.fields - {"count"} == (placeholders(item.text) or frozenset()) - {"count"}, item


def test_no_catalogue_entry_is_stale() -> None:
    used = {i.text for i in IDS}
    stale = sorted(set(MESSAGES) - used)
    assert stale == [], "\n".join(map(repr, stale))


def test_english_entries_are_english_and_message_ids_are_nfc() -> None:
    import unicodedata

    for msgid, english in MESSAGES.items():
        assert unicodedata.normalize("NFC", msgid) == msgid, msgid
        for form in english if isinstance(english, tuple) else (english,):
            assert english_problem(form) is None, (msgid, english_problem(form))


# ----------------------------------------------------------------------------- the language

@pytest.mark.parametrize(("value", "code"), [("vi", "vi"), ("en", "en"), ("EN", "en"), ("en_US.UTF-8", "en"),
                                             ("en-GB", "en"), ("vi_VN.UTF-8", "vi"), (" en ", "en")])
def test_language_names(value: str, code: str) -> None:
    assert i18n.parse_language(value) == code


def test_translation_fills_fields_after_translating_and_picks_plurals() -> None:
    assert i18n.tr("Nhiệm vụ {ref} không có cơ quan chủ trì.", ref="1") == "Nhiệm vụ 1 không có cơ quan chủ trì."
    with i18n.using("en"):
        assert i18n.tr("Nhiệm vụ {ref} không có cơ quan chủ trì.", ref="1") == 'Task "1" has no lead agency.'
        assert i18n.tr("{count} tệp", count=1) == "1 file"
        assert i18n.tr("{count} tệp", count=2) == "2 files"
        assert i18n.tr("văn bản không có trong danh mục {x}") == "văn bản không có trong danh mục {x}"  # falls back
        assert i18n.data_list(["Sở Nội vụ", "Sở Tư pháp"]) == '"Sở Nội vụ", "Sở Tư pháp"'
        with i18n.vietnamese():
            assert i18n.tr("{count} tệp", count=2) == "2 tệp"
        assert i18n.language() == "en"
    assert i18n.language() == "vi"
    assert i18n.data_list(["Sở Nội vụ", "Sở Tư pháp"]) == "Sở Nội vụ, Sở Tư pháp"


def test_choosing_the_language() -> None:
    choose = i18n.choose_language
    assert choose(["lint", "--lang", "en", "plans"], {}) == (["lint", "plans"], "en")
    assert choose(["--lang=en", "rules"], {"CCHC_LANG": "vi"}) == (["rules"], "en")
    assert choose(["rules"], {"CCHC_LANG": "en_US.UTF-8"}) == (["rules"], "en")
    assert choose(["rules"], {"CCHC_LANG": ""}, lambda: ("en", "cchc.toml")) == (["rules"], "en")
    assert choose(["rules", "--lang", "vi"], {}, lambda: ("de", "cchc.toml")) == (["rules"], "vi")
    assert choose(["rules"], {}) == (["rules"], "vi")
    assert choose(["deadline", "--", "--lang"], {}) == (["deadline", "--", "--lang"], "vi")
    with pytest.raises(i18n.UnknownLanguage, match="CCHC_LANG"):
        choose(["rules"], {"CCHC_LANG": "fr"})


def test_unknown_language_exits_2_with_a_clear_message(tmp_path: Path) -> None:
    cases = [(["--lang", "xx", "rules"], {}, "xx", "--lang"),
             (["lint", "plans", "--lang=klingon"], {}, "klingon", "--lang"),
             (["rules"], {"CCHC_LANG": "xx"}, "xx", "CCHC_LANG")]
    for args, env, value, source in cases:
        proc = run(*args, env=env)
        assert proc.returncode == 2, proc.stderr
        assert proc.stdout == "" and "Traceback" not in proc.stderr
        assert f'"{value}"' in proc.stderr and source in proc.stderr and "vi" in proc.stderr and "en" in proc.stderr
    (tmp_path / "cchc.toml").write_text('lang = "de"\n', encoding="utf-8")
    proc = run("rules", cwd=tmp_path)
    assert proc.returncode == 2 and "cchc.toml" in proc.stderr and '"de"' in proc.stderr


def test_configured_language(tmp_path: Path) -> None:
    (tmp_path / "cchc.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert "Checked 0 files" in run("lint", ".", cwd=tmp_path).stdout
    assert "Đã kiểm tra 0 tệp" in run("lint", ".", "--lang", "vi", cwd=tmp_path).stdout
    assert "Đã kiểm tra 0 tệp" in run("lint", ".", env={"CCHC_LANG": "vi"}, cwd=tmp_path).stdout


# ----------------------------------------------------------------------------- lint in English

def _english_lint_json(document: dict[str, object]) -> None:
    for d in document["diagnostics"]:  # type: ignore[attr-defined]
        for field in ("message", "hint"):
            problem = english_problem(d[field])
            assert problem is None, f"{d['path']}:{d['line']} {d['code']} {field}: {problem}"
        assert d["message"]


def _english_lint_text(stdout: str) -> None:
    """Compiler-style text: drop the quoted source lines and carets, then the file names."""
    for line in stdout.splitlines():
        if "│" in line:
            continue
        line = re.sub(r"^\S+?\.ya?ml:\d+:\d+: ", "", line)
        assert english_problem(line) is None, line


def test_lint_of_the_bundled_plans_in_english() -> None:
    flag = run("lint", "plans", "--lang", "en")
    env = run("lint", "plans", env={"CCHC_LANG": "en"})
    assert flag.returncode == env.returncode == 0
    assert flag.stdout == env.stdout and flag.stdout.startswith("Checked ") and "suppressed with a reason" in flag.stdout
    _english_lint_text(flag.stdout)
    assert "Đã kiểm tra" in run("lint", "plans").stdout  # and Vietnamese stays the default


def test_lint_of_invalid_fixtures_in_english_matches_vietnamese_positions() -> None:
    folder = str(FIXTURES / "invalid")
    vi = json.loads(run("lint", "--format", "json", folder).stdout)  # fills the cache…
    en = json.loads(run("--lang", "en", "lint", "--format", "json", folder).stdout)  # …which answers here too, in English
    assert len(en["diagnostics"]) > 20
    strip = [{k: v for k, v in d.items() if k not in ("message", "hint")} for d in vi["diagnostics"]]
    assert strip == [{k: v for k, v in d.items() if k not in ("message", "hint")} for d in en["diagnostics"]]
    assert en["summary"] == vi["summary"]
    _english_lint_json(en)
    assert any(VIETNAMESE.search(d["message"]) for d in vi["diagnostics"])


def test_parallel_workers_speak_the_parent_language(tmp_path: Path) -> None:
    """Worker processes started fresh (spawn, as on macOS and Windows) get the language too."""
    source = (FIXTURES / "invalid" / "schema-deep.yaml").read_text(encoding="utf-8")
    for n in range(20):
        (tmp_path / f"plan-{n:02d}.yaml").write_text(source.replace("id: ", f"id: p{n}-", 1), encoding="utf-8")
    code = ("import multiprocessing, sys; multiprocessing.set_start_method('spawn'); from cchc.cli import main; "
            "main(sys.argv[1:])")
    proc = subprocess.run([sys.executable, "-c", code, "--lang", "en", "lint", "--format", "json", "--no-cache",
                           "--jobs", "2", str(tmp_path)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_COLOR": "1"})
    document = json.loads(proc.stdout)
    assert document["summary"]["files"] == 20 and len(document["diagnostics"]) >= 20
    _english_lint_json(document)


def _bad_corpus() -> object:
    sys.path.insert(0, str(ROOT / "tests" / "bad"))
    import test_bad

    return test_bad


BAD = _bad_corpus()


@pytest.mark.parametrize("name", BAD.CASES)  # type: ignore[attr-defined]
def test_lint_of_every_bad_input_in_english(name: str, tmp_path: Path) -> None:
    """Each case of tests/bad as its test runs it, once with --lang en (JSON: the message and hint
    fields) and once with CCHC_LANG=en (text: everything but the quoted source lines)."""
    folder, setup = BAD.prepare(name, tmp_path)  # type: ignore[attr-defined]
    if setup.heavy:
        pytest.skip("a slow case (10 MB, 10,000 levels): its messages come from cases checked here")
    BAD._check_unreadable(setup)  # type: ignore[attr-defined]
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "FORCE_COLOR", "CCHC_LANG")}
    env["NO_COLOR"] = "1"
    outputs = []
    for extra, lang_env in ((["--lang", "en", "--format", "json"], {}), (["--format", "text"], {"CCHC_LANG": "en"})):
        done = subprocess.run([sys.executable, "-m", "cchc", "lint", *extra, *setup.args], cwd=tmp_path,
                              env={**env, **lang_env}, capture_output=True, text=True, timeout=setup.timeout,
                              preexec_fn=BAD._preexec(setup))  # type: ignore[attr-defined]
        assert "Traceback" not in done.stderr
        assert done.returncode == BAD.expected_of(name).exit_code, done.stderr  # type: ignore[attr-defined]
        for line in done.stderr.splitlines():
            assert english_problem(line) is None, line
        outputs.append(done.stdout)
    document = json.loads(outputs[0])
    assert document["diagnostics"]
    _english_lint_json(document)
    _english_lint_text(outputs[1])
    assert "Checked" in outputs[1]


# ----------------------------------------------------------------------------- reports on screen in English

def _plan_data() -> tuple[set[str], str]:
    """Every string in the bundled plans and registries, and a text holding them and the ways the
    tables join them ("; " between agencies, the document type before its title): what a table may
    quote. A table cell is plan data when it (or each piece of it) occurs in that text."""
    from cchc.checking.rules.base import walk_strings
    from cchc.reading.load import load_file

    values: set[str] = set()
    joined: list[str] = []

    def lists(node: object) -> None:
        if isinstance(node, dict):
            for item in node.values():
                if isinstance(item, list) and item and all(isinstance(i, str) for i in item):
                    joined.append("; ".join(item))
                lists(item)
            document = node.get("document")
            if isinstance(document, dict):
                joined.append(f"{document.get('type', '')} {document.get('title', '')}")
        elif isinstance(node, list):
            for item in node:
                lists(item)

    for path in sorted((ROOT / "plans").rglob("*.yaml")):
        data = load_file(path).data
        values.update(text.strip() for _, text in walk_strings(data))
        lists(data)
    return values, "\n".join([*values, *joined])


DATA, DATA_TEXT = _plan_data()
_PIECES = re.compile(r";\s*|:\s+|\s\(|\)|\s—\s|#")


def _cell_is_english_or_data(cell: str) -> str | None:
    cell = cell.strip()
    if english_problem(cell) is None or cell in DATA:
        return None
    for piece in _PIECES.split(cell):
        piece = piece.strip(" ;,")
        if piece and english_problem(piece) is not None and piece not in DATA_TEXT:
            return f"{piece!r} (in {cell!r}) is neither English nor text from the plans"
    return None


def _table_is_english(stdout: str) -> None:
    """A rich table: header rows (┃) must be English outright; each cell of a body row (│) — a
    whole cell or the piece of a wrapped cell on that line — English or plan data; the lines
    around the table (titles, totals, notes) likewise, piece by piece."""
    assert stdout.strip()
    for line in stdout.splitlines():
        if "┃" in line:
            assert english_problem(line) is None, line
            continue
        cells = line.split("│") if "│" in line else [line]
        for cell in cells:
            problem = _cell_is_english_or_data(cell)
            assert problem is None, f"{problem}\n{line}"


def _csv_is_english(stdout: str) -> None:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(stdout.lstrip("\ufeff"))))
    assert len(rows) > 1
    assert all(english_problem(cell) is None for cell in rows[0]), rows[0]
    for row in rows[1:]:
        for cell in row:
            problem = _cell_is_english_or_data(cell)
            assert problem is None, f"{problem}\n{row}"


SCREENS = [
    ("status", "--as-of", "2021-07-01"),
    ("status", "--as-of", "2021-07-01", "--rollup"),
    ("agencies", "--as-of", "2021-07-01"),
    ("targets", "--as-of", "2021-07-01"),
    ("trace", "quang-nam-ctr-nq16-2021-2025", "--as-of", "2021-07-01"),
]


@pytest.mark.parametrize("args", SCREENS, ids=[" ".join(a) for a in SCREENS])
def test_tables_in_english(args: tuple[str, ...]) -> None:
    flag = run("--lang", "en", *args)
    env = run(*args, env={"CCHC_LANG": "en"})
    assert flag.returncode == env.returncode == 0, flag.stderr
    assert flag.stdout == env.stdout
    _table_is_english(flag.stdout)
    for line in flag.stderr.splitlines():
        assert english_problem(line) is None, line
    vietnamese = run(*args)
    assert vietnamese.stdout != flag.stdout and VIETNAMESE.search(vietnamese.stdout.splitlines()[0] + vietnamese.stdout)


@pytest.mark.parametrize("command", ["status", "agencies", "targets"])
def test_csv_and_markdown_in_english(command: str) -> None:
    csv_out = run("--lang", "en", command, "--as-of", "2021-07-01", "--format", "csv")
    assert csv_out.returncode == 0, csv_out.stderr
    _csv_is_english(csv_out.stdout)
    markdown = run("--lang", "en", command, "--as-of", "2021-07-01", "--format", "markdown")
    assert markdown.returncode == 0
    for line in markdown.stdout.splitlines():
        for cell in line.split(" | "):
            problem = _cell_is_english_or_data(cell.strip("|# "))
            assert problem is None, f"{problem}\n{line}"


def test_rules_areas_and_deadline_in_english() -> None:
    for args in (("rules",), ("rules", "--format", "markdown")):
        proc = run("--lang", "en", *args)
        assert proc.returncode == 0
        text = re.sub(r"“[^”]*”", "", proc.stdout)  # Vietnamese terms, also across a line break
        for line in text.splitlines():
            indent = len(line) - len(line.lstrip(" "))
            if indent >= (8 if args == ("rules",) else 4):  # the examples: plan text
                continue
            assert english_problem(line) is None, line
    rules = json.loads(run("--lang", "en", "rules", "--format", "json").stdout)
    assert all(english_problem(r["summary"]) is None for r in rules)
    assert run("rules", "--format", "json", env={"CCHC_LANG": "en"}).stdout == run("--lang", "en", "rules", "--format",
                                                                                 "json").stdout
    areas = run("areas", env={"CCHC_LANG": "en"}).stdout
    assert "Institutional reform" in areas and english_problem(areas) is None
    good = run("--lang", "en", "deadline", "Quý II và Quý IV/2021")
    assert good.returncode == 0 and "Each quarter named" in good.stdout
    assert all(english_problem(line) is None for line in good.stdout.splitlines())
    bad = run("--lang", "en", "deadline", "Quý V/2021", "--format", "json")
    assert bad.returncode == 1
    answer = json.loads(bad.stdout)
    assert english_problem(answer["error"]) is None and english_problem(answer["hint"]) is None


def test_sarif_and_github_formats_in_english() -> None:
    target = str(FIXTURES / "invalid" / "schema-deep.yaml")
    sarif = json.loads(run("--lang", "en", "lint", "--format", "sarif", target).stdout)
    driver = sarif["runs"][0]["tool"]["driver"]
    assert all(english_problem(r["shortDescription"]["text"]) is None for r in driver["rules"])
    assert all(english_problem(r["message"]["text"]) is None for r in sarif["runs"][0]["results"])
    github = run("--lang", "en", "lint", "--format", "github", target).stdout
    assert github.rstrip().splitlines()[-1].startswith("cchc: 1 file, 6 errors, 0 warnings")
    for line in github.splitlines():
        assert english_problem(line.split("::")[-1].replace("%0A", "\n")) is None, line


def test_documents_stay_vietnamese_in_english(tmp_path: Path) -> None:
    """render, report and site are official documents: --lang en does not change a byte."""
    plan = "plans/quang-nam/kh-cchc-2021.yaml"
    assert run("--lang", "en", "render", plan).stdout == run("render", plan).stdout
    args = ("report", "--as-of", "2021-07-01", "--format", "md")
    english, vietnamese = run("--lang", "en", *args), run(*args)
    assert english.returncode == 0 and english.stdout == vietnamese.stdout
    assert "Hoàn thành đúng hạn" in english.stdout or "đúng hạn" in english.stdout


def test_update_in_english() -> None:
    plan = "plans/quang-nam/kh-cchc-2021.yaml"
    done = run("--lang", "en", "done", plan, "VII.1", "--date", "2021-03-20", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f'Would record in "{plan}": task "VII.1" — done on 20/03/2021.')
    refused = run("--lang", "en", "update", plan, "VII.99", "--status", "done", "--dry-run")
    assert refused.returncode == 1
    assert 'not updated: There is no task "VII.99"' in refused.stderr and "The file was not changed." in refused.stderr
    for line in refused.stderr.splitlines():
        assert english_problem(line) is None, line
    usage = run("--lang", "en", "status", "--state", "tre-han")
    assert usage.returncode == 2 and 'there is no state "tre-han" for --state' in usage.stderr
    click = run("--lang", "en", "lint", "--format", "xml")
    assert click.returncode == 2 and 'invalid value "xml" for --format' in click.stderr and "See: cchc lint --help" in click.stderr


def test_import_in_english_writes_vietnamese_data(tmp_path: Path) -> None:
    """The summary and warnings are English; the plan written is the document's (Vietnamese) text."""
    source = tmp_path / "kh.txt"
    source.write_text("KẾ HOẠCH\nCải cách hành chính năm 2021\n\n"
                      "TT\tNội dung, nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
                      "1\tRà soát thủ tục\tSở Nội vụ\tQuý II/2021\n1\tKiểm tra\tSở Tư pháp\tQuý III/2021\n"
                      "2\t\tSở Nội vụ\tNăm 2021\n", encoding="utf-8")
    english = run("--lang", "en", "import", str(source), "--format", "json")
    vietnamese = run("import", str(source), "--format", "json")
    assert english.returncode == 0, english.stderr
    assert english.stdout == vietnamese.stdout and "content: (chưa xác định)" in english.stdout
    warnings = json.loads(english.stderr)["warnings"]
    assert len(warnings) == 4 and all(english_problem(w) is None for w in warnings), warnings
    letter = tmp_path / "thu.txt"
    letter.write_text("Kính gửi: Sở Nội vụ\n\nĐề nghị cung cấp số liệu.\n", encoding="utf-8")
    refused = run("--lang", "en", "import", str(letter))
    assert refused.returncode == 1 and refused.stderr.startswith("cchc: No task table")
    assert all(english_problem(line) is None for line in refused.stderr.splitlines())


@pytest.mark.parametrize("source", [
    "{{ plan.__class__ }}\n",                      # sandbox refusal
    "{% include 'other.j2' %}\n",                   # a custom template reads no other file
    "{% if plan %}\n",                              # Jinja syntax error
    "{{ 1 / 0 }}\n",                                # run-time error
    "{{ khong_co }}\n",                             # undefined variable
    "{{ plan | khong_co_bo_loc }}\n",               # unknown filter
])
def test_template_problems_in_english(source: str, tmp_path: Path) -> None:
    template = tmp_path / "mau.md.j2"
    template.write_text(source, encoding="utf-8")
    plan = next(p for p in sorted((ROOT / "plans").rglob("*.yaml")) if p.name != "agencies.yaml")
    english = run("render", str(plan), "--template", str(template), "--lang", "en")
    assert english.returncode == 2, english.stderr
    assert "Traceback" not in english.stderr
    assert english_problem(english.stderr) is None, english.stderr
    vietnamese = run("render", str(plan), "--template", str(template))
    assert vietnamese.returncode == 2 and "Mẫu" in vietnamese.stderr, vietnamese.stderr


def test_rule_documentation_is_keyed_by_code_and_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    """A typo fixed in a rule's Vietnamese documentation keeps its English (ids are "A001.doc.N")."""
    from cchc.checking.rules import RULES, doc_ids, rule_doc

    module = RULES["A001"]
    ids = [msgid for _, msgid in doc_ids(module) if msgid]
    assert ids[:2] == ["A001.doc.1", "A001.doc.2"] and all(msgid in MESSAGES for msgid in ids)
    with i18n.using("en"):
        english = rule_doc(module)
    fixed = (module.__doc__ or "").replace("không có trong danh mục", "không có trong danh mục ", 1)
    assert fixed != module.__doc__
    monkeypatch.setattr(module, "__doc__", fixed)
    assert "danh mục  cơ quan" in rule_doc(module)  # Vietnamese shows the edited text
    with i18n.using("en"):
        assert rule_doc(module) == english


def test_diagnostics_are_rendered_in_the_language_of_the_output(tmp_path: Path) -> None:
    """Translate at the edge: diagnostics made in Vietnamese (as a cache or a worker process may
    have made them) are written in English by the writers exactly as if made in English."""
    import pickle

    from cchc.checking.lint import lint_paths

    (tmp_path / "leading-zero.yaml").write_text("id: x\nnumber: 0123\n", encoding="utf-8")  # Y004
    paths = [ROOT / "tests" / "bad", FIXTURES, ROOT / "plans", tmp_path]
    made_in_vietnamese = pickle.loads(pickle.dumps(lint_paths(paths).diagnostics))  # a worker's or a cache's copy
    with i18n.using("en"):
        expected = [d.to_json() for d in lint_paths(paths).diagnostics]  # what the json writer writes
        shown = [d.to_json() for d in made_in_vietnamese]
    assert len(shown) == len(expected) > 100

    def key(d: dict[str, object]) -> tuple[object, ...]:
        return (d["path"], d["line"], d["column"], d["code"])

    def grouped(items: list[dict[str, object]]) -> dict[tuple[object, ...], list[tuple[object, object]]]:
        groups: dict[tuple[object, ...], list[tuple[object, object]]] = {}
        for d in items:
            groups.setdefault(key(d), []).append((d["message"], d["hint"]))
        return {k: sorted(v, key=str) for k, v in groups.items()}

    # Every diagnostic carries its message id and fields (the loader's own Y001–Y005 included); a
    # hint is deferred too, or empty.
    plain = [(d.code, d.message, d.hint) for d in made_in_vietnamese
             if not isinstance(d.message, i18n.Deferred) or not (isinstance(d.hint, i18n.Deferred) or d.hint == "")]
    assert plain == []
    got, want = grouped(shown), grouped(expected)
    assert got.keys() == want.keys()
    for where in got.keys():
        assert got[where] == want[where], where
    codes = {k[3] for k in got.keys()}
    assert {"A001", "S001", "S003", "T004", "Q003", "I003", "U002", "Y001", "Y002", "Y003", "Y004", "Y005"} <= codes
    # …and every one of them can be kept by the lint cache without its language: encoded as message
    # ids and fields (JSON), decoded and shown in English exactly as made in English.
    encoded = json.loads(json.dumps([i18n.encode_text(t) for d in made_in_vietnamese for t in (d.message, d.hint)]))
    with i18n.using("en"):
        decoded = [i18n.render(i18n.decode_text(e)) for e in encoded]
        assert decoded == [i18n.render(t) for d in made_in_vietnamese for t in (d.message, d.hint)]


def test_deferred_text_is_kept_without_its_language() -> None:
    """The lint cache's encoding: message ids and fields as JSON with type tags, for every kind of
    deferred text and every kind of field value; what it cannot keep it refuses (the entry is then
    not cached), and data it never writes is refused when read (the entry is rebuilt)."""
    import datetime as dt
    from decimal import Decimal

    inner = i18n.msg("Hạn cụ thể {due:%d/%m/%Y} (khóa due).", due=dt.date(2021, 6, 30))
    texts = [
        i18n.msg("Đơn vị kế thừa: {names}.", names=i18n.data_list(["Sở A", "Sở B"])),
        (i18n.msg("Có phải ý bạn là \"{name}\"? ", name="x") + "").strip(),
        i18n.msg(" hoặc ").join(["a", "b"]),
        i18n.msg("Giải thích: {explanation}", explanation=inner),
        i18n.msg("{a} {b} {c} {d} {e} {f}", a=1, b=2.5, c=True, d=None, e=Decimal("1.10"),
                 f=dt.datetime(2021, 1, 2, 3, 4)),
        i18n.msg("{items}", items=("a", 1, [dt.date(2020, 1, 1)])),
        i18n.data(12),
        "plain",
    ]
    for lang in ("vi", "en"):
        with i18n.using(lang):
            stored = json.loads(json.dumps([i18n.encode_text(t) for t in texts]))
            back = [i18n.decode_text(e) for e in stored]  # made again in this language
            assert [i18n.render(t) for t in back] == [i18n.render(t) for t in texts] == [str(t) for t in back]
            assert lang == "en" or back == texts
    assert "Sở A" in json.dumps(i18n.encode_text(texts[0]), ensure_ascii=False)
    with i18n.using("en"):
        assert i18n.render(i18n.decode_text(i18n.encode_text(texts[3]))) == i18n.render(texts[3]) != texts[3]
    for value in (Path("x"), {"a": 1}, object(), 1 + 2j):
        with pytest.raises(i18n.Unencodable):
            i18n.encode_text(i18n.msg("{x}", x=value))
    with pytest.raises(i18n.Unencodable):
        i18n.encode_text(123)
    for data in ({"m": ["{x.real}", {"x": 1}]}, {"m": ["{x:>999999999999}", {"x": 1}]},
                 {"m": ["{x}", {}, 3]}, {"d": "2021-01-01"}, [], 5,
                 {"m": ["{x}", {"x": {"d": "2021-13-01"}}]}, {"q": {"dec": "mười"}}, {"s": ["a", 1]}):
        with pytest.raises(ValueError):
            i18n.decode_text(data)


def test_deferred_text_is_text() -> None:
    """Deferred messages are ``str``: equal to the text made in the run's language, joined,
    stripped, pickled and rendered again in another language."""
    import pickle

    message = i18n.msg("Đơn vị kế thừa: {names}.", names=i18n.data_list(["Sở A", "Sở B"]))
    assert message == "Đơn vị kế thừa: Sở A, Sở B." and isinstance(message, str)
    joined = (i18n.msg("Có phải ý bạn là \"{name}\"? ", name="x") + "").strip()
    listed = i18n.msg(" hoặc ").join(["a", "b"])
    copy = pickle.loads(pickle.dumps((message, joined, listed)))
    assert copy == (message, joined, listed) and joined == 'Có phải ý bạn là "x"?'
    with i18n.using("en"):
        assert i18n.render(copy[0]) == 'Taken over by: "Sở A", "Sở B".'
        assert i18n.render(copy[1]) == i18n.tr("Có phải ý bạn là \"{name}\"? ", name="x").strip()
        assert i18n.render(copy[2]) == "a" + i18n.tr(" hoặc ") + "b"
        assert i18n.render("plain") == "plain" and copy[0] == message  # the str value stays as made


# ----------------------------------------------------------------------------- the cache keeps no language

_COUNTING_CLI = """\
import os, sys
import cchc.checking.check as check_module
original = check_module._lint_loaded
def counting(*args, **kwargs):
    with open(os.environ["CHECKED_LOG"], "a", encoding="utf-8") as log:
        log.write(str(args[1]) + "\\n")
    return original(*args, **kwargs)
check_module._lint_loaded = counting
from cchc.cli import main
main(sys.argv[1:])
"""


def _lint_counting(tmp_path: Path, lang: str, fmt: str, *paths: str, cache: bool = True) -> tuple[str, int, list[str]]:
    """``cchc --lang LANG lint --format FMT PATHS`` in a fresh process: its output, exit code and the
    files it checked (a file served by the cache is not checked)."""
    log = tmp_path / "checked.log"
    log.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CCHC_LANG", "CCHC_NO_CACHE")}
    env.update({"NO_COLOR": "1", "COLUMNS": "120", "CHECKED_LOG": str(log), "CCHC_CACHE_DIR": str(tmp_path / "cache")})
    proc = subprocess.run([sys.executable, "-c", _COUNTING_CLI, "--lang", lang, "lint", "--format", fmt, "--jobs", "1",
                           *([] if cache else ["--no-cache"]), *paths],  # one process: every check is counted
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert proc.stderr == "" or proc.returncode in (0, 1), proc.stderr
    return proc.stdout, proc.returncode, sorted(log.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("first,second", [("vi", "en"), ("en", "vi")])
def test_the_lint_cache_serves_every_language(tmp_path: Path, first: str, second: str) -> None:
    """Translate at the edge: the cache keeps message ids and fields, not text, and has no language
    in its key. A lint in one language fills it; the same lint in the other language is served
    from it (no file checked again) and prints exactly what an uncached run in that language prints."""
    loader = tmp_path / "loader"  # the loader's own messages (Y001–Y005) and a registry's (R002)
    loader.mkdir()
    (loader / "leading-zero.yaml").write_text("id: x\nnumber: 0123\nngay: !ngay 2021\n", encoding="utf-8")
    (loader / "duplicate.yaml").write_text("id: x\nid: y\n", encoding="utf-8")
    (loader / "tab.yaml").write_text("id: x\nbody:\n\t- a\n", encoding="utf-8")
    (loader / "utf16.yaml").write_bytes("id: x\n".encode("utf-16"))
    (loader / "agencies.yaml").write_text("version: 1\njurisdiction: X\nextends: ../khong-co/agencies.yaml\n"
                                          "agencies:\n  - {id: a, name: Sở A}\n", encoding="utf-8")
    paths = (str(FIXTURES / "invalid"), str(FIXTURES / "province"), str(ROOT / "plans"), str(loader))
    _, _, checked = _lint_counting(tmp_path, first, "text", *paths)
    assert len(checked) > 20
    _, _, always = _lint_counting(tmp_path, first, "json", *paths)  # files the cache never keeps (not UTF-8)
    assert len(always) <= 3
    for fmt in ("text", "json"):
        cached, code, rechecked = _lint_counting(tmp_path, second, fmt, *paths)
        assert rechecked == always, "served from the cache filled in the other language"
        fresh, fresh_code, _ = _lint_counting(tmp_path, second, fmt, *paths, cache=False)
        assert (cached, code) == (fresh, fresh_code)
        assert code == 1 and cached.count("\n") > 20
    document = json.loads(cached)
    codes = {d["code"] for d in document["diagnostics"]}
    assert {"Y001", "Y002", "Y003", "Y004", "Y005", "R002", "A001", "S001"} <= codes, codes
    if second == "en":
        _english_lint_json(document)
    else:
        assert all(VIETNAMESE.search(d["message"]) for d in document["diagnostics"] if d["code"] != "Y003")
