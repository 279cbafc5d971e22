"""Agencies per jurisdiction (issue 16, point 6): ``cchc agencies``, the report and ``--rollup``
count a registry entry, never a bare name; rows from several registries name their province."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from cchc.reading.agencies import AgencyRef, agency_labels, agency_ref, build_registry, place_of
from cchc.reading.load import load_text
from conftest import FIXTURES, ROOT

AS_OF = "2021-12-31"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, check=False)


def agencies_json(*paths: str, cwd: Path = ROOT) -> list[dict[str, object]]:
    proc = run("agencies", *paths, "--as-of", AS_OF, "--format", "json", cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["agencies"]  # type: ignore[no-any-return]


def test_two_provinces_so_noi_vu_are_two_rows() -> None:
    lines = {line["label"]: line for line in agencies_json()}
    assert "Sở Nội vụ" not in lines, "no row adds two provinces together"
    quang_nam, nam_dinh = lines["Sở Nội vụ (Tỉnh Quảng Nam)"], lines["Sở Nội vụ (Tỉnh Nam Định)"]
    assert (quang_nam["led"], nam_dinh["led"]) == (22, 6)
    assert quang_nam["agency"] == nam_dinh["agency"] == "Sở Nội vụ"
    assert quang_nam["agency_id"] == nam_dinh["agency_id"] == "so-noi-vu"
    assert quang_nam["registry"] == "plans/quang-nam/agencies.yaml"
    assert nam_dinh["jurisdiction"] == "Tỉnh Nam Định"
    assert len(lines) == len(agencies_json()), "every label is unique"
    assert "Báo Quảng Nam" in lines, "a name that says its province needs no suffix"


def test_one_registry_keeps_plain_names() -> None:
    lines = {line["label"]: line for line in agencies_json("plans/quang-nam")}
    assert lines["Sở Nội vụ"]["led"] == 22
    assert not any("(" in str(name) and "Tỉnh" in str(name) for name in lines)


def test_every_format_and_the_rollup_and_report_keep_them_apart(tmp_path: Path) -> None:
    table = run("agencies", "--as-of", AS_OF, "--format", "csv")
    assert "Sở Nội vụ (Tỉnh Quảng Nam),22," in table.stdout and "Sở Nội vụ (Tỉnh Nam Định),6," in table.stdout
    rollup = run("status", "--rollup", "--as-of", AS_OF, "--format", "json")
    assert rollup.returncode == 0, rollup.stderr
    units = {line["unit"]: line for line in json.loads(rollup.stdout)["units"]}
    assert units["Sở Nội vụ (Tỉnh Quảng Nam)"]["tasks"] == 22 and units["Sở Nội vụ (Tỉnh Nam Định)"]["tasks"] == 6
    report = run("report", "--as-of", AS_OF, "--rollup", "--format", "md")
    assert report.returncode == 0, report.stderr
    assert "Sở Nội vụ (Tỉnh Quảng Nam)" in report.stdout and "Sở Nội vụ (Tỉnh Nam Định)" in report.stdout
    assert "| Sở Nội vụ |" not in report.stdout


def _province(folder: Path, jurisdiction: str, plan_id: str) -> None:
    folder.mkdir(parents=True)
    (folder / "agencies.yaml").write_text(textwrap.dedent(f"""\
        version: 1
        jurisdiction: {jurisdiction}
        agencies:
          - {{id: so-noi-vu, name: Sở Nội vụ}}
        """), encoding="utf-8")
    text = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8").replace("id: toi-thieu", f"id: {plan_id}")
    text += textwrap.dedent("""\
        body:
          - number: I
            title: Nhiệm vụ
            role: tasks
            sections:
              - title: Chung
                tasks:
                  - {id: "1", content: Việc một, output: Báo cáo, deadline: Quý I/2021, lead: [Sở Nội vụ]}
                  - {id: "2", content: Việc hai, output: Báo cáo, deadline: Quý I/2021, lead: [Ban Chỉ đạo CCHC]}
        """)
    (folder / f"{plan_id}.yaml").write_text(text, encoding="utf-8")


def test_names_no_registry_knows_stay_apart_per_registry(tmp_path: Path) -> None:
    _province(tmp_path / "plans" / "tinh-a", "Tỉnh A", "tinh-a-kh")
    _province(tmp_path / "plans" / "tinh-b", "Tỉnh B", "tinh-b-kh")
    lines = {line["label"]: line for line in agencies_json("plans", cwd=tmp_path)}
    assert set(lines) == {"Sở Nội vụ (Tỉnh A)", "Sở Nội vụ (Tỉnh B)", "Ban Chỉ đạo CCHC (Tỉnh A)",
                          "Ban Chỉ đạo CCHC (Tỉnh B)"}, lines
    assert all(line["led"] == 1 for line in lines.values())
    assert lines["Ban Chỉ đạo CCHC (Tỉnh A)"]["agency_id"] is None


def test_a_registry_extending_another_keeps_the_parent_entry_one_agency(tmp_path: Path) -> None:
    province = build_registry(load_text("version: 1\njurisdiction: Tỉnh A\nagencies:\n  - {id: snv, name: Sở Nội vụ}\n",
                                        "a/agencies.yaml").data, "a/agencies.yaml")
    district = build_registry(load_text("version: 1\njurisdiction: Huyện X\nagencies:\n  - {id: ptp, name: Phòng Tư pháp}\n",
                                        "a/x/agencies.yaml").data, "a/x/agencies.yaml", province)
    assert agency_ref("Sở Nội vụ", district, "a/x/kh.yaml").key == agency_ref("SỞ NỘI VỤ", province, "a/kh.yaml").key
    assert agency_ref("Phòng Tư pháp", district, "a/x/kh.yaml").place == "Huyện X"
    assert agency_ref("Sở Nội vụ", district, "a/x/kh.yaml").place == "Tỉnh A"


def test_labels_are_unique_and_fall_back_to_the_folder() -> None:
    assert place_of("", "plans/quang-nam/agencies.yaml") == "quang-nam"
    assert place_of("  Tỉnh Quảng Nam ", "x/agencies.yaml") == "Tỉnh Quảng Nam"
    refs = [AgencyRef(("a/agencies.yaml", "snv"), "Sở Nội vụ", "a/agencies.yaml", "Tỉnh A"),
            AgencyRef(("b/agencies.yaml", "snv"), "Sở Nội vụ", "b/agencies.yaml", "Tỉnh A"),
            AgencyRef(("c/agencies.yaml", "ubnd"), "UBND tỉnh A", "c/agencies.yaml", "Tỉnh A"),
            AgencyRef(("c/agencies.yaml", "tp"), "UBND thành phố Đà Nẵng", "c/agencies.yaml", "Thành phố Đà Nẵng")]
    labels = agency_labels(refs)
    assert len(set(labels.values())) == 4
    assert labels[("c/agencies.yaml", "ubnd")] == "UBND tỉnh A"
    assert labels[("c/agencies.yaml", "tp")] == "UBND thành phố Đà Nẵng"
    assert labels[("a/agencies.yaml", "snv")] == "Sở Nội vụ (Tỉnh A, a/agencies.yaml)"
    assert agency_labels(refs[:1]) == {("a/agencies.yaml", "snv"): "Sở Nội vụ"}


def test_the_site_links_each_line_to_its_agency_filter(tmp_path: Path) -> None:
    out = tmp_path / "site"
    proc = run("site", "--as-of", AS_OF, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Sở Nội vụ (Tỉnh Quảng Nam)" in index and "Sở Nội vụ (Tỉnh Nam Định)" in index
    shutil.rmtree(out)
