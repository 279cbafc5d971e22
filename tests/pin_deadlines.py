"""Write tests/fixtures/deadline/pinned.json: the reading of every deadline phrase known before issue 15.

Run by hand (``python tests/pin_deadlines.py``) only to pin the readings of a grammar that is known
to be right; ``tests/test_deadline_pinned.py`` then checks that no later change alters any of them.
The phrases are every string literal and ``deadline:`` value in the tests, every backticked text in
README's deadline table and every deadline of the bundled plans, each read against the periods the
tests use (and the bundled plan's own period). Only phrases that read are pinned: a phrase that is
an error today may become readable.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "deadline" / "pinned.json"
PERIODS = (None, "2021", "2022", "2021-2025", "2020-2030")
# One phrase per branch of the grammar as it stood, besides those found in the tests, so that every
# family read before issue 15 is pinned ("Từ Quý II/2022" alone is left out: it was read as due
# 30/06/2022, which issue 15 calls a bug).
EXTRA = (
    "Liên tục", "Hằng ngày", "Thường xuyên, liên tục", "Công việc thường xuyên", "Khi có yêu cầu",
    "Ngay sau khi Đề án được phê duyệt", "Theo kế hoạch của Bộ", "Theo chỉ đạo của UBND tỉnh",
    "2022 và các năm tiếp theo", "Năm 2022 và những năm tiếp theo", "Định kỳ hằng năm", "Mỗi năm",
    "Định kỳ 01 năm/01 lần", "1 năm/1 lần", "Hằng quý", "Mỗi quý", "Định kỳ quý", "01 quý/01 lần",
    "6 tháng", "Định kỳ 6 tháng", "06 tháng/lần", "6 tháng một lần", "Hằng 6 tháng", "Mỗi 6 tháng",
    "Định kỳ 6 tháng, hằng năm", "6 tháng, năm", "6 tháng và hằng năm", "Hằng tháng", "Định kỳ hằng tháng",
    "Mỗi tháng", "Định kỳ tháng", "15/12 hằng năm", "Trước ngày 15/12 hằng năm", "ngày 31/3 hằng năm",
    "Quý IV hằng năm", "Trong quý I hằng năm", "Tháng 12 hằng năm", "Trong tháng 6 hàng năm",
    "Năm 2021 - 2025", "Trong giai đoạn 2021-2025", "Thời kỳ 2021-2030", "Từ năm 2021-2025",
    "Từ năm 2021 đến năm 2025", "Từ 2022 đến hết năm 2025", "Giai đoạn 2022-2022", "Đến hết năm 2025",
    "Tới năm 2030", "Trước năm 2025", "Trước hết năm 2025", "Chậm nhất năm 2025", "Cả năm 2022",
    "Hết năm 2022", "Trong cả năm 2022", "Đến hết năm 2022", "2021, 2022", "Năm 2021 và năm 2023",
    "Năm 2021, 2022 và 2023", "3 tháng đầu năm 2022", "6 tháng đầu năm", "Trong 6 tháng đầu năm 2022",
    "9 tháng cuối năm 2022", "3 tháng cuối năm 2022", "6 tháng cuối năm", "Trong quý II/2022",
    "Trước quý III/2022", "Chậm nhất quý IV/2022", "Hoàn thành quý I/2022", "Hạn quý II/2022",
    "Trong thời gian quý III/2022", "Quý I", "Quý II và III", "Quý 1, 2/2022", "Quý I đến quý III/2022",
    "Quý II đến III/2022", "Quý I - Quý II/2022", "Từ quý I-II/2022", "Quý IV/2021 - Quý II/2022",
    "Quý IV/2021 đến quý I/2022", "Quý I, II và IV/2022", "Quý II năm 2022", "Quý II 2022", "Tháng 6",
    "Trong tháng 6/2022", "Tháng 3-5/2022", "Tháng 3 đến tháng 5/2022", "Từ tháng 3 đến tháng 5/2022",
    "Tháng 3 - 5 năm 2022", "Trước tháng 6/2022", "Tháng 6 2022", "Chậm nhất tháng 9/2022", "30/6",
    "Ngày 30/6", "Trước ngày 30/6/2022", "Chậm nhất ngày 30/6/2022", "Hạn 30/6/2022", "30/6 năm 2022",
    "30 tháng 6 năm 2022", "Ngày 30 tháng 6", "Trước ngày 30 tháng 6 năm 2022", "2022-06-30",
    "Ngày 2022-06-30", "Hoàn thành trước ngày 30/6/2022", "Hoàn thành trong quý II/2022",
)


def phrases() -> dict[str, set[str | None]]:
    from cchc.reading.load import load_file
    from cchc.reading.model import build_plan

    found: dict[str, set[str | None]] = {}

    def add(text: str, *periods: str | None) -> None:
        text = text.strip()
        if text and len(text) <= 120 and "\n" not in text:
            found.setdefault(text, set()).update(periods or PERIODS)

    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                add(node.value)
                for line in re.findall(r"deadline:\s*\"?([^\"\n}]+)", node.value):
                    add(line.strip().strip("\"'"))
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.yaml")):
        for line in re.findall(r"deadline:\s*\"?([^\"\n}]+)", path.read_text(encoding="utf-8", errors="replace")):
            add(line.strip().strip("\"'"))
    for text in EXTRA:
        add(text)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Deadlines", 1)[1].split("\n## ", 1)[0]
    for text in re.findall(r"`([^`]+)`", table):
        add(text)
    for path in sorted((ROOT / "plans").rglob("*.yaml")):
        if path.name == "agencies.yaml":
            continue
        plan = build_plan(load_file(path).data, str(path))
        own = f"{plan.period.start}-{plan.period.end}"
        for _, task in plan.tasks():
            if task.deadline:
                add(str(task.deadline), *PERIODS, own)
    return found


def readings() -> list[dict[str, object]]:
    from cchc.reading.deadline import Deadline, PlanPeriod, parse_deadline

    out = []
    for text, periods in sorted(phrases().items()):
        for period in sorted(periods, key=lambda p: p or ""):
            result = parse_deadline(text, PlanPeriod.parse(period) if period else None)
            if isinstance(result, Deadline):
                out.append({"text": text, "period": period, "kind": result.kind,
                            "start": result.start.isoformat() if result.start else None,
                            "due": [d.isoformat() for d in result.due],
                            "labels": [m.label for m in result.milestones]})
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    data = readings()
    OUT.write_text("[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in data) + "\n]\n", encoding="utf-8")
    print(f"{len(data)} readings of {len({d['text'] for d in data})} phrases -> {OUT}")
