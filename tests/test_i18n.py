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

from cchc import i18n
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
        if isinstance(english, tuple):
            assert item.fields is not None and "count" in item.fields, f"{item.where}: a plural needs count="
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
    en = json.loads(run("--lang", "en", "lint", "--format", "json", folder).stdout)  # …which must not answer here
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
