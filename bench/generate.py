#!/usr/bin/env python3
"""Generate the synthetic benchmark corpus for cchc (issue 8, point 1).

    python bench/generate.py --size province            # 50 plans in one province folder
    python bench/generate.py --size province,region,country,big
    python bench/generate.py --size country --check     # generate, then verify (cchc lint …)
    python bench/generate.py --extract-fragments        # refresh bench/fragments.json from plans/

Sizes (plans; each province folder also holds one ``agencies.yaml``):

    province   50 plans in 1 province                      (~3,000 tasks)
    region     500 plans in 10 provinces                   (~30,000 tasks)
    country    2,000 plans in 63 provinces, 60 tasks each  (120,000 tasks)
    big        1 plan with 10,000 tasks (plus its registry)

Output goes to ``bench/corpus/<size>/`` (git-ignored), which is replaced on each run, with a
``manifest.json`` (files, tasks, bytes, seed, fragment hash). The corpus is deterministic: the
same seed, size and ``fragments.json`` give byte-identical files.

Text is real: task contents, outputs, section titles, targets (with their measures), paragraphs,
legal bases and recipients come from the bundled plans (``bench/fragments.json``, extracted once
by ``--extract-fragments`` so that later edits to ``plans/`` do not change the corpus); the
deadline phrasings are the ones the bundled plans use and the grammar reads ("Quý II/2021",
"Năm 2021", "Nhiệm vụ thường xuyên", "Sau khi có văn bản hướng dẫn…", "Quý II - III/2021",
"Hằng quý", "31/01/2021"…); agency registries have the shape of ``plans/quang-nam/agencies.yaml``
(the provincial units, the 2025 mergers with ``ended``/``successors``, districts and their
offices, groups).

``--check`` asserts that every generated plan parses, that a sample reads back equal to the data
it was generated from, and that ``cchc lint`` reports 0 errors on the sample (``--check-all``: on
the whole corpus).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from yamlout import Commented, Flow, dump, plain  # noqa: E402

FRAGMENTS = HERE / "fragments.json"
CORPUS = HERE / "corpus"
DEFAULT_SEED = 20210701

SIZES: dict[str, dict[str, int]] = {
    # plans, provinces, mean tasks per plan
    "province": {"plans": 50, "provinces": 1, "tasks": 60},
    "region": {"plans": 500, "provinces": 10, "tasks": 60},
    "country": {"plans": 2000, "provinces": 63, "tasks": 60},
    "big": {"plans": 1, "provinces": 1, "tasks": 10_000},
}

AREAS = ["the_che", "thu_tuc_hanh_chinh", "to_chuc_bo_may", "cong_vu", "tai_chinh_cong",
         "chinh_phu_so", "chi_dao_dieu_hanh"]
AREA_TITLES = {  # appendix section titles as the bundled plans print them
    "chi_dao_dieu_hanh": ["CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
    "the_che": ["CẢI CÁCH THỂ CHẾ"],
    "thu_tuc_hanh_chinh": ["CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
                           "CẢI CÁCH THỦ TỤC HÀNH CHÍNH, THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG"],
    "to_chuc_bo_may": ["CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC"],
    "cong_vu": ["CẢI CÁCH CÔNG VỤ", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"],
    "tai_chinh_cong": ["CẢI CÁCH TÀI CHÍNH CÔNG"],
    "chinh_phu_so": ["XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ",
                     "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"],
}

# The 63 provinces before the 2025 reorganisation (name, administrative word).
PROVINCES = [
    ("Hà Nội", "thành phố"), ("Hồ Chí Minh", "thành phố"), ("Hải Phòng", "thành phố"),
    ("Đà Nẵng", "thành phố"), ("Cần Thơ", "thành phố"), ("An Giang", "tỉnh"),
    ("Bà Rịa - Vũng Tàu", "tỉnh"), ("Bắc Giang", "tỉnh"), ("Bắc Kạn", "tỉnh"), ("Bạc Liêu", "tỉnh"),
    ("Bắc Ninh", "tỉnh"), ("Bến Tre", "tỉnh"), ("Bình Định", "tỉnh"), ("Bình Dương", "tỉnh"),
    ("Bình Phước", "tỉnh"), ("Bình Thuận", "tỉnh"), ("Cà Mau", "tỉnh"), ("Cao Bằng", "tỉnh"),
    ("Đắk Lắk", "tỉnh"), ("Đắk Nông", "tỉnh"), ("Điện Biên", "tỉnh"), ("Đồng Nai", "tỉnh"),
    ("Đồng Tháp", "tỉnh"), ("Gia Lai", "tỉnh"), ("Hà Giang", "tỉnh"), ("Hà Nam", "tỉnh"),
    ("Hà Tĩnh", "tỉnh"), ("Hải Dương", "tỉnh"), ("Hậu Giang", "tỉnh"), ("Hòa Bình", "tỉnh"),
    ("Hưng Yên", "tỉnh"), ("Khánh Hòa", "tỉnh"), ("Kiên Giang", "tỉnh"), ("Kon Tum", "tỉnh"),
    ("Lai Châu", "tỉnh"), ("Lâm Đồng", "tỉnh"), ("Lạng Sơn", "tỉnh"), ("Lào Cai", "tỉnh"),
    ("Long An", "tỉnh"), ("Nam Định", "tỉnh"), ("Nghệ An", "tỉnh"), ("Ninh Bình", "tỉnh"),
    ("Ninh Thuận", "tỉnh"), ("Phú Thọ", "tỉnh"), ("Phú Yên", "tỉnh"), ("Quảng Bình", "tỉnh"),
    ("Quảng Nam", "tỉnh"), ("Quảng Ngãi", "tỉnh"), ("Quảng Ninh", "tỉnh"), ("Quảng Trị", "tỉnh"),
    ("Sóc Trăng", "tỉnh"), ("Sơn La", "tỉnh"), ("Tây Ninh", "tỉnh"), ("Thái Bình", "tỉnh"),
    ("Thái Nguyên", "tỉnh"), ("Thanh Hóa", "tỉnh"), ("Thừa Thiên Huế", "tỉnh"),
    ("Tiền Giang", "tỉnh"), ("Trà Vinh", "tỉnh"), ("Tuyên Quang", "tỉnh"), ("Vĩnh Long", "tỉnh"),
    ("Vĩnh Phúc", "tỉnh"), ("Yên Bái", "tỉnh"),
]
# Real district-level names (reused across provinces; each province has its own registry).
DISTRICTS = [
    ("thành phố", "Tam Kỳ"), ("thành phố", "Hội An"), ("thị xã", "Điện Bàn"), ("huyện", "Núi Thành"),
    ("huyện", "Phú Ninh"), ("huyện", "Thăng Bình"), ("huyện", "Duy Xuyên"), ("huyện", "Đại Lộc"),
    ("huyện", "Quế Sơn"), ("huyện", "Hiệp Đức"), ("huyện", "Tiên Phước"), ("huyện", "Bắc Trà My"),
    ("huyện", "Nam Trà My"), ("huyện", "Phước Sơn"), ("huyện", "Nam Giang"), ("huyện", "Đông Giang"),
    ("huyện", "Tây Giang"), ("huyện", "Mỹ Lộc"), ("huyện", "Vụ Bản"), ("huyện", "Ý Yên"),
    ("huyện", "Nam Trực"), ("huyện", "Trực Ninh"), ("huyện", "Xuân Trường"), ("huyện", "Giao Thủy"),
    ("huyện", "Hải Hậu"), ("huyện", "Nghĩa Hưng"), ("huyện", "Bình Sơn"), ("huyện", "Sơn Tịnh"),
    ("huyện", "Tư Nghĩa"), ("huyện", "Mộ Đức"), ("thị xã", "Đức Phổ"), ("huyện", "Ba Tơ"),
    ("huyện", "Minh Long"), ("huyện", "Sơn Hà"), ("huyện", "Trà Bồng"), ("huyện", "Nghĩa Hành"),
    ("huyện", "Lý Sơn"), ("thị xã", "Sơn Tây"), ("huyện", "Ba Vì"), ("huyện", "Đông Anh"),
    ("huyện", "Gia Lâm"), ("huyện", "Sóc Sơn"), ("huyện", "Thạch Thất"), ("huyện", "Quốc Oai"),
    ("huyện", "Chương Mỹ"), ("huyện", "Thanh Oai"), ("huyện", "Thường Tín"), ("huyện", "Phú Xuyên"),
    ("huyện", "Ứng Hòa"), ("huyện", "Mỹ Đức"), ("thành phố", "Thủ Đức"), ("huyện", "Củ Chi"),
    ("huyện", "Hóc Môn"), ("huyện", "Bình Chánh"), ("huyện", "Nhà Bè"), ("huyện", "Cần Giờ"),
    ("huyện", "Hòa Vang"), ("huyện", "Thủy Nguyên"), ("huyện", "An Dương"), ("huyện", "Tiên Lãng"),
    ("huyện", "Vĩnh Bảo"), ("thị xã", "Hương Thủy"), ("thị xã", "Hương Trà"), ("huyện", "Phú Vang"),
    ("huyện", "Phong Điền"), ("huyện", "Quảng Điền"), ("huyện", "A Lưới"), ("huyện", "Nam Đông"),
    ("thành phố", "Cam Ranh"), ("thị xã", "Ninh Hòa"), ("huyện", "Vạn Ninh"), ("huyện", "Diên Khánh"),
    ("huyện", "Khánh Vĩnh"), ("huyện", "Cam Lâm"), ("huyện", "Khánh Sơn"), ("thị xã", "Cửa Lò"),
    ("huyện", "Nghi Lộc"), ("huyện", "Diễn Châu"), ("huyện", "Quỳnh Lưu"), ("huyện", "Yên Thành"),
]
OFFICES = [  # a district's offices (Phòng chuyên môn) as district plans name them
    ("phong-noi-vu", "Phòng Nội vụ"), ("phong-tu-phap", "Phòng Tư pháp"),
    ("phong-tai-chinh-ke-hoach", "Phòng Tài chính - Kế hoạch"),
    ("van-phong-hdnd-ubnd", "Văn phòng HĐND và UBND"),
    ("phong-van-hoa-thong-tin", "Phòng Văn hóa và Thông tin"),
    ("phong-kinh-te-ha-tang", "Phòng Kinh tế và Hạ tầng"),
    ("phong-giao-duc-dao-tao", "Phòng Giáo dục và Đào tạo"),
]
AREA_OFFICE = {"the_che": "phong-tu-phap", "thu_tuc_hanh_chinh": "van-phong-hdnd-ubnd",
               "to_chuc_bo_may": "phong-noi-vu", "cong_vu": "phong-noi-vu",
               "tai_chinh_cong": "phong-tai-chinh-ke-hoach", "chinh_phu_so": "phong-van-hoa-thong-tin",
               "chi_dao_dieu_hanh": "phong-noi-vu"}
AREA_DEPT = {"the_che": "so-tu-phap", "thu_tuc_hanh_chinh": "van-phong-ubnd-tinh",
             "to_chuc_bo_may": "so-noi-vu", "cong_vu": "so-noi-vu", "tai_chinh_cong": "so-tai-chinh",
             "chinh_phu_so": "so-thong-tin-va-truyen-thong", "chi_dao_dieu_hanh": "so-noi-vu"}
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Đình", "Quang", "Minh", "Hữu", "Thanh", "Ngọc", "Đức", "Xuân", "Công"]
GIVEN = ["Anh", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam", "Phong", "Sơn", "Tâm",
         "Thắng", "Tuấn", "Việt", "Hà", "Lan", "Mai", "Hương", "Bửu", "Nghị", "Khánh", "Trung"]

# Deadline phrasings (weights): the forms in the bundled plans and in the grammar's table.
ANNUAL_DEADLINES = [
    ("Năm {y}", 17), ("Nhiệm vụ thường xuyên", 10), ("Quý II/{y}", 8), ("Quý I/{y}", 4),
    ("Quý III/{y}", 3), ("Quý IV/{y}", 3), ("Năm {y} và các năm tiếp theo", 2), ("Trong năm {y}", 1),
    ("Theo tiến độ Đề án", 1), ("Sau khi có văn bản hướng dẫn của Bộ, ngành Trung ương", 1),
    ("Quý II-III/{y}", 1), ("Quý II - III/{y}", 1), ("Quý II và Quý IV/{y}", 1), ("Quý I/ {y}", 1),
    ("Hằng quý", 2), ("Định kỳ hằng quý", 1), ("6 tháng/01 lần", 1), ("Hằng năm", 1),
    ("31/01/{y}", 1), ("Trước ngày 31/01/{y}", 1), ("ngày 15/12/{y}", 1), ("trước 15/4/{y}", 1),
    ("Tháng 6/{y}", 1), ("tháng 9 năm {y}", 1), ("Tháng 10-11/{y}", 1), ("6 tháng đầu năm {y}", 1),
    ("6 tháng cuối năm {y}", 1), ("9 tháng đầu năm {y}", 1), ("Quý 2/{y}", 1), ("quý 3 năm {y}", 1),
    ("QUÝ II/{y}", 1), ("Quý I, III/{y}", 1), ("Thường xuyên", 1), ("{y}", 1),
    ("Theo lộ trình của Chính phủ", 1),
]
PERIOD_DEADLINES = [  # a 2021-2025 plan
    ("Giai đoạn 2021-2025", 8), ("Nhiệm vụ thường xuyên", 8), ("Năm {y}", 8), ("Hằng năm", 4),
    ("2021 - 2025", 2), ("Năm 2021-2022", 2), ("Đến năm 2025", 3), ("Quý II/{y}", 3),
    ("Năm 2021 và các năm tiếp theo", 2), ("Theo tiến độ Đề án", 1), ("Trong năm {y}", 1),
    ("Sau khi có văn bản hướng dẫn của Bộ, ngành Trung ương", 1), ("Quý IV/2021 - Quý II/2022", 1),
    ("31/12/{y}", 1), ("Tháng 6/{y}", 1), ("6 tháng đầu năm {y}", 1), ("Giai đoạn 2021 - 2023", 1),
    ("Hằng quý", 1), ("Quý II - III/{y}", 1), ("Đến năm 2023", 1),
]


# --------------------------------------------------------------------------- helpers

def slug(text: str) -> str:
    value = unicodedata.normalize("NFD", text)
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    value = value.replace("đ", "d").replace("Đ", "D").lower()
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-")


def roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def weighted(rng: random.Random, table: list[tuple[str, int]]) -> str:
    return rng.choices([t for t, _ in table], weights=[w for _, w in table], k=1)[0]


def upper_vi(text: str) -> str:
    return unicodedata.normalize("NFC", text.upper())


# --------------------------------------------------------------------------- fragments

PLACEHOLDERS = (("Quảng Nam", "{tinh}"), ("Nam Định", "{tinh}"), ("Quảng Ngãi", "{tinh}"),
                ("Bình Sơn", "{huyen}"))


def _neutral(text: str) -> str:
    for real, token in PLACEHOLDERS:
        text = text.replace(real, token)
    return text


def extract_fragments() -> dict[str, Any]:
    """Read the bundled plans and registries into reusable fragments (``fragments.json``)."""
    import yaml

    tasks: list[dict[str, Any]] = []
    subtasks: list[dict[str, Any]] = []
    targets: list[dict[str, Any]] = []
    paragraphs: dict[str, list[str]] = {}
    legal, recipients, closing, preamble, proposals, reporting = [], [], [], [], [], []
    block_titles: dict[str, list[str]] = {}

    def add(bucket: list, value: Any) -> None:
        if value not in bucket:
            bucket.append(value)

    def walk_sections(sections: list, area: str | None) -> None:
        for section in sections or []:
            sec_area = section.get("area", area)
            if section.get("title") and sec_area:
                add(block_titles.setdefault("section:" + sec_area, []), _neutral(section["title"]))
            for task in section.get("tasks", []):
                if not isinstance(task.get("content"), str):
                    continue
                item = {"area": sec_area, "content": _neutral(task["content"])}
                if isinstance(task.get("output"), str) and task["output"]:
                    item["output"] = _neutral(task["output"])
                tasks.append(item)
                for sub in task.get("subtasks", []) or []:
                    if isinstance(sub.get("content"), str):
                        sitem = {"area": sec_area, "content": _neutral(sub["content"])}
                        if isinstance(sub.get("output"), str) and sub["output"]:
                            sitem["output"] = _neutral(sub["output"])
                        subtasks.append(sitem)

    def walk_blocks(blocks: list, role: str | None, area: str | None) -> None:
        for block in blocks or []:
            if isinstance(block, str):
                add(paragraphs.setdefault(role or "other", []), _neutral(block))
                continue
            b_role = block.get("role", role)
            b_area = block.get("area", area)
            if block.get("title"):
                add(block_titles.setdefault(b_role or "other", []), _neutral(block["title"]))
            for target in block.get("targets", []) or []:
                item = {"area": target.get("area", b_area), "text": _neutral(target["text"])}
                if target.get("measure"):
                    item["measure"] = target["measure"]
                targets.append(item)
            walk_sections(block.get("sections"), b_area)
            walk_blocks(block.get("content"), b_role, b_area)

    plan_files = sorted(p for p in (ROOT / "plans").rglob("*.yaml") if p.name != "agencies.yaml")
    for path in plan_files:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        doc = data.get("document", {})
        for line in doc.get("legal_bases", []) or []:
            add(legal, _neutral(line))
        for line in doc.get("recipients", []) or []:
            add(recipients, _neutral(line))
        if doc.get("proposal"):
            add(proposals, _neutral(doc["proposal"]))
        for line in data.get("preamble", []) or []:
            add(preamble, _neutral(line))
        for line in data.get("closing", []) or []:
            add(closing, _neutral(line))
        if data.get("reporting"):
            rep = dict(data["reporting"])
            rep = {k: (_neutral(v) if isinstance(v, str) else v) for k, v in rep.items()}
            add(reporting, rep)
        walk_blocks(data.get("body"), None, None)
        for appendix in data.get("appendices", []) or []:
            walk_sections(appendix.get("sections"), None)

    # The provincial part of the Quảng Nam registry, made province-neutral.
    registry = yaml.load((ROOT / "plans/quang-nam/agencies.yaml").read_text(encoding="utf-8"),
                         Loader=yaml.CSafeLoader)
    provincial = []
    for agency in registry["agencies"]:
        if agency.get("level") != "tinh" or agency["id"] in ("ubnd-tinh", "ubnd-tp-da-nang"):
            continue
        item = json.loads(_neutral(json.dumps(agency, ensure_ascii=False)))
        if item["id"] == "bao-quang-nam":
            item["id"] = "bao-tinh"
        provincial.append(item)

    # Dates (YAML 1.1 timestamps) are not JSON; measures hold only numbers and text.
    out = {
        "source": [str(p.relative_to(ROOT)) for p in plan_files] + ["plans/quang-nam/agencies.yaml"],
        "tasks": tasks, "subtasks": subtasks, "targets": targets,
        "paragraphs": paragraphs, "block_titles": block_titles, "legal_bases": legal,
        "recipients": recipients, "preamble": preamble, "closing": closing,
        "proposals": proposals, "reporting": reporting, "provincial_agencies": provincial,
    }
    return json.loads(json.dumps(out, ensure_ascii=False, default=str))


def load_fragments() -> dict[str, Any]:
    if not FRAGMENTS.exists():
        FRAGMENTS.write_text(json.dumps(extract_fragments(), ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    return json.loads(FRAGMENTS.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- registry

class Province:
    """One province of the corpus: its registry data and the names plans use."""

    def __init__(self, name: str, word: str, rng: random.Random, frags: dict[str, Any], n_districts: int):
        self.name, self.word = name, word
        self.slug = slug(name)
        self.short_word = "tỉnh" if word == "tỉnh" else "thành phố"
        self.districts = [(w, d) for w, d in rng.sample(DISTRICTS, n_districts) if d != name]
        self.agencies: list[dict[str, Any]] = []
        self.groups: list[dict[str, Any]] = []
        self.by_id: dict[str, dict[str, Any]] = {}
        self._build(frags)

    def sub(self, text: str, district: str = "") -> str:
        return text.replace("{tinh}", self.name).replace("{huyen}", district or self.name)

    def _build(self, frags: dict[str, Any]) -> None:
        tinh = self.short_word
        self.agencies.append({
            "id": "ubnd-tinh", "name": f"Ủy ban nhân dân {self.word} {self.name}",
            "short": [f"UBND {tinh}"], "level": "tinh", "kind": "ubnd"})
        for item in frags["provincial_agencies"]:
            entry = json.loads(self.sub(json.dumps(item, ensure_ascii=False)))
            if self.word != "tỉnh":  # "Sở …" keep their names; "… tỉnh" becomes "… thành phố"
                entry = json.loads(json.dumps(entry, ensure_ascii=False).replace(" tỉnh", " thành phố"))
            self.agencies.append(entry)
        for word, district in self.districts:
            did = f"ubnd-{slug(word)}-{slug(district)}"
            note = ("Đơn vị hành chính cấp huyện kết thúc hoạt động từ 01/7/2025 (Luật Tổ chức chính "
                    "quyền địa phương năm 2025).")
            self.agencies.append({"id": did, "name": f"Ủy ban nhân dân {word} {district}",
                                  "short": [f"UBND {word} {district}"], "level": "huyen", "kind": "ubnd",
                                  "ended": "2025-07-01", "note": note})
            for oid, office in OFFICES:
                self.agencies.append({"id": f"{oid}-{slug(district)}", "name": f"{office} {word} {district}",
                                      "level": "huyen", "kind": "phong", "parent": did})
        for entry in self.agencies:
            self.by_id[entry["id"]] = entry
        departments = [a["id"] for a in self.agencies if a.get("kind") == "so"]
        district_ids = [f"ubnd-{slug(w)}-{slug(d)}" for w, d in self.districts]
        huyen_word = "UBND các huyện, thị xã, thành phố"
        self.groups = [
            {"id": "cac-so-ban-nganh", "name": "Các Sở, Ban, ngành",
             "aliases": ["Các Sở, ngành", "Sở, Ban, ngành", f"Các Sở, Ban, ngành {tinh}"],
             "members": departments,
             "note": "Các cơ quan chuyên môn thuộc UBND và các ban, ngành (gồm cả các Sở đã sáp nhập năm 2025)."},
            {"id": "cac-so-nganh-co-lien-quan", "name": "Các Sở, ngành có liên quan",
             "aliases": ["Các Sở, ngành liên quan", "Các Sở, Ban, ngành có liên quan"],
             "note": "Tùy từng nhiệm vụ; văn bản không liệt kê cụ thể."},
            {"id": "ubnd-cap-huyen", "name": huyen_word,
             "aliases": ["UBND cấp huyện", "UBND huyện, thị xã, thành phố"], "members": district_ids},
            {"id": "ubnd-cap-xa", "name": "UBND các xã, phường, thị trấn",
             "aliases": ["UBND cấp xã", "UBND xã, phường, thị trấn"],
             "note": "Các đơn vị hành chính cấp xã (không liệt kê từng đơn vị)."},
        ]
        for word, district in self.districts:
            did = f"ubnd-{slug(word)}-{slug(district)}"
            self.groups.append({
                "id": f"cac-phong-ban-{slug(district)}", "name": f"Các phòng, ban thuộc {word} {district}",
                "members": [f"{oid}-{slug(district)}" for oid, _ in OFFICES]})
            self.groups.append({
                "id": f"ubnd-cap-xa-{slug(district)}", "name": f"UBND các xã, thị trấn thuộc {word} {district}",
                "note": "Không liệt kê từng đơn vị."})
        for entry in self.groups:
            self.by_id[entry["id"]] = entry

    def registry_yaml(self, schema_rel: str) -> str:
        data = {"version": 1, "jurisdiction": f"{self.word.capitalize()} {self.name}",
                "agencies": self.agencies, "groups": self.groups}
        return dump(data, f"# yaml-language-server: $schema={schema_rel}/agencies.schema.json")

    def names_of(self, agency_id: str, rng: random.Random) -> str:
        """A name a plan would write for the unit: mostly the canonical one, sometimes a short form
        or alias (the registry resolves them)."""
        entry = self.by_id[agency_id]
        forms = [entry["name"]] * 4 + list(entry.get("short", []))[:1] + list(entry.get("aliases", []))[:1]
        return rng.choice(forms)

    def active(self, agency_id: str, last_due: str) -> bool:
        ended = self.by_id[agency_id].get("ended")
        return not ended or ended > last_due


# --------------------------------------------------------------------------- plans

class PlanMaker:
    def __init__(self, frags: dict[str, Any], province: Province, rng: random.Random):
        from cchc.reading.deadline import (  # the grammar cchc reads with
            Deadline,
            PlanPeriod,
            parse_deadline,
        )

        self.Deadline, self.PlanPeriod, self.parse_deadline = Deadline, PlanPeriod, parse_deadline
        self.f, self.p, self.rng = frags, province, rng
        self.tasks_by_area: dict[str, list[dict[str, Any]]] = {}
        for item in frags["tasks"]:
            self.tasks_by_area.setdefault(item["area"] or "chi_dao_dieu_hanh", []).append(item)
        self.outputs_by_area: dict[str, list[str]] = {}
        for item in frags["tasks"] + frags["subtasks"]:
            if item.get("output"):
                self.outputs_by_area.setdefault(item["area"] or "chi_dao_dieu_hanh", []).append(item["output"])

    # ------------------------------------------------------------------ parts
    def signer(self) -> dict[str, Any]:
        rng = self.rng
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        if rng.random() < 0.5:
            return {"authority_lines": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "position": "PHÓ CHỦ TỊCH", "name": name}
        return {"authority_lines": ["TM. ỦY BAN NHÂN DÂN"], "position": "CHỦ TỊCH", "name": name}

    def deadline(self, start: int, end: int) -> str:
        rng = self.rng
        table = ANNUAL_DEADLINES if start == end else PERIOD_DEADLINES
        text = weighted(rng, table).replace("{y}", str(rng.randint(start, end)))
        return text

    def progress(self, deadline: str, period: Any, start: int, end: int) -> list[dict[str, Any]] | None:
        rng = self.rng
        parsed = self.parse_deadline(deadline, period)
        if not isinstance(parsed, self.Deadline):
            raise SystemExit(f"generator bug: cchc cannot read deadline {deadline!r} in {start}-{end}: {parsed}")
        entries: list[dict[str, Any]] = []
        who = rng.choice(["Phòng CCHC, Sở Nội vụ", "Văn phòng UBND", "Bộ phận một cửa", None])
        if parsed.kind in ("ongoing", "conditional"):
            day = dt.date(start, rng.randint(2, 11), rng.randint(1, 28))
            entries.append(Flow({"date": day.isoformat(), "status": "doing",
                                 "note": rng.choice(["Đang triển khai.", "Chờ hướng dẫn của Bộ, ngành Trung ương.",
                                                     "Đã ban hành văn bản đôn đốc."])}))
            return entries
        milestones = list(parsed.milestones)
        multi = len(milestones) > 1
        if multi:  # recurring: the first few occurrences closed, each naming its milestone
            done_upto = rng.randint(0, min(len(milestones), 8))
        else:
            done_upto = 1 if rng.random() < 0.7 else 0
        last = dt.date(start - 1, 12, 31)
        for index, milestone in enumerate(milestones[:max(done_upto, 1)]):
            opened = milestone.start or (milestone.due - dt.timedelta(days=80))
            doing = max(last + dt.timedelta(days=1), opened + dt.timedelta(days=rng.randint(0, 40)))
            late = rng.random() < 0.2
            done = milestone.due + dt.timedelta(days=rng.randint(1, 45)) if late else \
                milestone.due - dt.timedelta(days=rng.randint(0, 30))
            done = max(done, doing + dt.timedelta(days=1))
            occurrence = {"occurrence": milestone.label} if multi else {}
            if rng.random() < 0.5:
                entries.append(Flow({"date": doing.isoformat(), "status": "doing", **occurrence}))
            if index < done_upto:
                entry = {"date": done.isoformat(), "status": "done", **occurrence}
                if rng.random() < 0.6:
                    entry["evidence"] = rng.choice([
                        f"Kế hoạch số {rng.randint(10, 400)}/KH-UBND ngày {done.day}/{done.month}/{done.year}",
                        f"Báo cáo số {rng.randint(10, 400)}/BC-SNV ngày {done.day}/{done.month}/{done.year}",
                        f"Quyết định số {rng.randint(100, 3500)}/QĐ-UBND ngày {done.day}/{done.month}/{done.year}",
                    ])
                if who:
                    entry["by"] = who
                entries.append(Flow(entry))
                last = done
            else:
                last = doing
        return entries or None

    def leads(self, area: str, level: str, district: tuple[str, str] | None, last_due: str,
              own: str | None) -> tuple[list[str], list[str] | None, dict[str, str]]:
        """lead, support and the printed cells (lead_text/support_text) for one task."""
        rng, p = self.rng, self.p
        extra: dict[str, str] = {}
        if level == "huyen" and district:
            dslug = slug(district[1])
            office = f"{AREA_OFFICE[area]}-{dslug}"
            lead = [p.names_of(office, rng)]
            if rng.random() < 0.15:
                other = f"{rng.choice(OFFICES)[0]}-{dslug}"
                if other != office:
                    lead.append(p.names_of(other, rng))
            support_pool = [f"cac-phong-ban-{dslug}", f"ubnd-cap-xa-{dslug}"]
            support = [p.by_id[g]["name"] for g in support_pool if rng.random() < 0.6] or None
            if support and rng.random() < 0.2:
                support.append(p.names_of(AREA_DEPT[area], rng) if p.active(AREA_DEPT[area], last_due)
                               else p.by_id["so-noi-vu"]["name"])
            return lead, support, extra
        if own is not None and rng.random() < 0.7:  # a department's own plan: it leads most tasks
            lead = [p.names_of(own, rng)]
        else:
            first = AREA_DEPT[area] if p.active(AREA_DEPT[area], last_due) else "so-khoa-hoc-va-cong-nghe"
            lead = [p.names_of(first, rng)]
            if rng.random() < 0.2:
                pool = [a["id"] for a in p.agencies if a.get("kind") == "so" and p.active(a["id"], last_due)]
                for extra_id in rng.sample(pool, rng.randint(1, 3)):
                    name = p.names_of(extra_id, rng)
                    if name not in lead:
                        lead.append(name)
                if len(lead) > 2:
                    heads = [n.removeprefix("Sở ") for n in lead if n.startswith("Sở ")]
                    if len(heads) == len(lead):
                        extra["lead_text"] = "Các Sở: " + ", ".join(heads)
        roll = rng.random()
        if roll < 0.45:
            support = ["Các Sở, Ban, ngành", "UBND các huyện, thị xã, thành phố"]
            if rng.random() < 0.3:
                extra["support_text"] = ", ".join(support)
        elif roll < 0.6:
            support = ["Các Sở, ngành có liên quan"]
        elif roll < 0.75:
            support = [p.by_id["so-noi-vu"]["name"] if "Nội vụ" not in lead[0] else p.by_id["so-tai-chinh"]["name"]]
        elif roll < 0.85:
            support = ["UBND các huyện, thị xã, thành phố", "UBND các xã, phường, thị trấn"]
        else:
            support = None
        return lead, support, extra

    def task(self, number: int, area: str, level: str, district: tuple[str, str] | None,
             start: int, end: int, own: str | None, period: Any, max_points: int = 3) -> dict[str, Any]:
        rng = self.rng
        pool = self.tasks_by_area.get(area) or self.tasks_by_area["chi_dao_dieu_hanh"]
        source = rng.choice(pool)
        dname = district[1] if district else ""
        task: dict[str, Any] = {"id": str(number), "content": self.p.sub(source["content"], dname)}
        last_due = f"{end}-12-31"
        if max_points >= 2 and rng.random() < 0.04:  # a task split into points a), b), c)
            task["lead"], support, extra = self.leads(area, level, district, last_due, own)
            task.update(extra)
            if support:
                task["support"] = support
            subs = []
            for letter in "abc"[: rng.randint(2, min(3, max_points))]:
                sub_src = rng.choice(self.f["subtasks"] + pool)
                subs.append({"id": f"{letter})", "content": self.p.sub(sub_src["content"], dname),
                             "output": self.p.sub(rng.choice(self.outputs_by_area.get(area) or ["Báo cáo"]), dname),
                             "deadline": self.deadline(start, end)})
            task["subtasks"] = subs
            return task
        output = source.get("output") or rng.choice(self.outputs_by_area.get(area) or ["Báo cáo"])
        if rng.random() < 0.02:
            task["output"] = Commented(None, "cchc: ignore[T002] Bản gốc để trống ô Sản phẩm của nhiệm vụ này")
        else:
            task["output"] = self.p.sub(output, dname)
        deadline = self.deadline(start, end)
        task["deadline"] = deadline
        lead, support, extra = self.leads(area, level, district, last_due, own)
        task["lead"] = lead
        if "lead_text" in extra:
            task["lead_text"] = extra["lead_text"]
        if support:
            task["support"] = support
        if "support_text" in extra:
            task["support_text"] = extra["support_text"]
        if rng.random() < 0.25:
            progress = self.progress(deadline, period, start, end)
            if progress:
                task["progress"] = progress
        return task

    def targets(self, start: int, end: int, count: int, dname: str) -> list[dict[str, Any]]:
        rng = self.rng
        out = []
        pool = [t for t in self.f["targets"] if t.get("measure")] or self.f["targets"]
        for i in range(count):
            src = rng.choice(pool if rng.random() < 0.8 else self.f["targets"])
            target: dict[str, Any] = {"id": f"2-{i + 1}", "area": src.get("area") or rng.choice(AREAS),
                                      "marker": "-", "text": self.p.sub(src["text"], dname)}
            if target["area"] is None:
                del target["area"]
            measure = src.get("measure")
            if measure:
                m = {k: v for k, v in measure.items() if k not in ("schedule", "year")}
                m["year"] = end
                if measure.get("schedule") and end > start:
                    m["schedule"] = [{"year": y, "increase": 20, "cap": 100} for y in range(start + 1, end + 1)]
                target["measure"] = Flow(m) if "breakdown" not in m and "schedule" not in m else m
                if m.get("unit") == "%" and "value" in m and rng.random() < 0.3:
                    value = round(min(100.0, max(0.0, m["value"] - rng.uniform(-5, 15))), 1)
                    target["results"] = [Flow({"date": f"{start}-06-30", "value": value, "unit": "%",
                                               "source": "Báo cáo 6 tháng"})]
            out.append(target)
        return out

    # ------------------------------------------------------------------ one plan
    def plan(self, unit: str, start: int, end: int, n_tasks: int,
             schema_rel: str) -> tuple[str, str, int, dict[str, Any]]:
        """(file name, YAML text, task count, the data written)."""
        rng, p = self.rng, self.p
        period = self.PlanPeriod(start, end)
        years = str(start) if start == end else f"{start} - {end}"
        district = None
        own = None
        if unit == "tinh":
            level, issuer_name = "tinh", f"ỦY BAN NHÂN DÂN {upper_vi(p.word)} {upper_vi(p.name)}"
            parent_body = None
            symbol_org, uslug = "UBND", "ubnd"
            org = f"Ủy ban nhân dân {p.word} {p.name}"
            doc_type = rng.choice(["Kế hoạch", "Kế hoạch", "Quyết định"]) if start == end else \
                rng.choice(["Kế hoạch", "Chương trình"])
        elif unit.startswith("so:"):
            own = unit[3:]
            entry = p.by_id[own]
            level = "tinh"
            issuer_name = upper_vi(entry["name"])
            parent_body = f"ỦY BAN NHÂN DÂN {upper_vi(p.word)} {upper_vi(p.name)}"
            shorts = [s for s in entry.get("short", []) if re.fullmatch(r"[A-ZĐ]+", s)]
            symbol_org = shorts[0] if shorts else "".join(w[0] for w in entry["name"].split() if w[0].isupper())
            org = entry["name"]
            uslug = own
            doc_type = "Kế hoạch"
        else:
            word, dname = unit.split(":", 1)[1].split("|")
            district = (word, dname)
            level = "huyen"
            issuer_name = f"ỦY BAN NHÂN DÂN {upper_vi(word)} {upper_vi(dname)}"
            parent_body = None
            symbol_org, uslug = "UBND", f"{slug(word)}-{slug(dname)}"
            org = f"Ủy ban nhân dân {word} {dname}"
            doc_type = "Kế hoạch"
        abbrev = {"Kế hoạch": "KH", "Quyết định": "QĐ", "Chương trình": "CTr"}[doc_type]
        dname = district[1] if district else ""
        plan_id = f"{p.slug}-{uslug}-{slug(abbrev)}-cchc-{start}" + ("" if start == end else f"-{end}")
        issued = dt.date(start - 1, 12, 1) + dt.timedelta(days=rng.randint(0, 45))
        number = str(rng.randint(1, 399)) if rng.random() < 0.9 else None
        title = (f"Cải cách hành chính năm {start}" if start == end else
                 f"Cải cách hành chính giai đoạn {years}")
        if doc_type == "Quyết định":
            title = f"Ban hành Kế hoạch công tác cải cách hành chính năm {start}"
        place = p.name if level == "tinh" else dname
        document: dict[str, Any] = {"type": doc_type}
        if number:
            document["number"] = number
        document["symbol"] = f"{abbrev}-{symbol_org}"
        if parent_body:
            document["parent_body"] = parent_body
        document.update({
            "issuer": issuer_name, "place": place, "date": issued.isoformat(), "title": title,
            "legal_bases": [p.sub(x, dname) for x in rng.sample(self.f["legal_bases"], min(2, len(self.f["legal_bases"])))],
            "signer": self.signer(),
            "recipients": [p.sub(x, dname) for x in rng.sample(self.f["recipients"], min(4, len(self.f["recipients"])))],
        })
        if rng.random() < 0.5 and self.f["proposals"]:
            document["proposal"] = p.sub(rng.choice(self.f["proposals"]), dname)
        data: dict[str, Any] = {"version": 1, "id": plan_id, "document": document,
                                "period": {"start": start, "end": end,
                                           "text": f"năm {start}" if start == end else f"giai đoạn {years}"}}
        if self.f["preamble"]:
            data["preamble"] = [p.sub(rng.choice(self.f["preamble"]), dname)]
        paras = self.f["paragraphs"]

        def some(role: str, k: int) -> list[str]:
            pool = paras.get(role) or paras.get("other") or ["Tổ chức thực hiện."]
            return [p.sub(x, dname) for x in rng.sample(pool, min(k, len(pool)))]

        body = [
            {"number": "I.", "title": "MỤC ĐÍCH, YÊU CẦU", "role": "purposes",
             "content": [{"number": "1.", "title": "Mục đích", "content": some("purposes", 1)},
                         {"number": "2.", "title": "Yêu cầu", "content": some("objectives", 1)}]},
            {"number": "II.", "title": "MỤC TIÊU, CHỈ TIÊU", "role": "objectives",
             "content": [{"number": "1.", "title": "Mục tiêu chung", "content": some("objectives", 1)},
                         {"number": "2.", "title": "Các chỉ tiêu chủ yếu",
                          "targets": self.targets(start, end, rng.randint(3, 6), dname)}]},
            {"number": "III.", "title": "NHIỆM VỤ CỤ THỂ", "role": "tasks",
             "content": ["(Chi tiết tại Phụ lục kèm theo)"]},
            {"number": "IV.", "title": "KINH PHÍ", "role": "budget", "content": some("budget", 1)},
            {"number": "V.", "title": "TỔ CHỨC THỰC HIỆN", "role": "implementation",
             "content": some("implementation", 2)},
        ]
        data["body"] = body
        if self.f["closing"]:
            data["closing"] = [p.sub(rng.choice(self.f["closing"]), dname)]

        # appendix: sections per reform area, ~9 task rows each (10,000 tasks: ~150 per section).
        # n_tasks counts rows: a task split into points a), b)… counts as its points.
        per_section = 9 if n_tasks < 500 else 150
        n_sections = max(1, round(n_tasks / per_section))
        areas = list(AREAS)
        rng.shuffle(areas)
        sections = []
        counts = [n_tasks // n_sections + (1 if i < n_tasks % n_sections else 0) for i in range(n_sections)]
        made = 0
        for s_index, count in enumerate(counts):
            area = areas[s_index % len(areas)]
            title = rng.choice(AREA_TITLES[area])
            if n_sections > len(areas):
                title = f"{title} ({s_index // len(areas) + 1})"
            tasks: list[dict[str, Any]] = []
            rows = 0
            while rows < count:
                task = self.task(len(tasks) + 1, area, level, district, start, end, own, period,
                                 max_points=count - rows)
                rows += len(task.get("subtasks", [])) or 1
                tasks.append(task)
            made += rows
            sections.append({"number": roman(s_index + 1), "title": title, "area": area, "tasks": tasks})
        data["appendices"] = [{
            "label": "Phụ lục",
            "reference": f"(Kèm theo {doc_type} số {number or ''}/{abbrev}-{symbol_org} ngày "
                         f"{issued.day:02d}/{issued.month:02d}/{issued.year} của {org})",
            "title": f"NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH {'NĂM ' + str(start) if start == end else 'GIAI ĐOẠN ' + years}",
            "columns": ["TT", "Nội dung, nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành",
                        "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp thực hiện"],
            "sections": sections,
        }]
        if self.f["reporting"]:
            rep = dict(rng.choice(self.f["reporting"]))
            data["reporting"] = {k: (p.sub(v, dname) if isinstance(v, str) else v) for k, v in rep.items()}
        header = (f"# yaml-language-server: $schema={schema_rel}/plan.schema.json\n"
                  f"# Kế hoạch giả lập cho benchmark (bench/generate.py); nội dung lấy từ các kế hoạch thật trong plans/.")
        return f"{plan_id}.yaml", dump(data, header), made, data


# --------------------------------------------------------------------------- corpus

def task_counts(n_plans: int, mean: int, rng: random.Random) -> list[int]:
    """Per-plan task counts averaging exactly ``mean`` (pairs of +d/-d around it)."""
    if n_plans == 1:
        return [mean]
    spread = max(1, mean // 4)
    counts = []
    for _ in range(n_plans // 2):
        d = rng.randint(0, spread)
        counts += [mean + d, mean - d]
    if n_plans % 2:
        counts.append(mean)
    rng.shuffle(counts)
    return counts


def units_for(province: Province, n: int, rng: random.Random) -> list[tuple[str, int, int]]:
    """(unit, start, end) for the province's plans: the province first, then districts and departments."""
    units = ["tinh"] + [f"huyen:{w}|{d}" for w, d in province.districts] + \
        [f"so:{a['id']}" for a in province.agencies if a.get("kind") == "so" and not a.get("ended")]
    candidates: list[tuple[str, int, int]] = []
    for unit in units:
        for year in (2021, 2022, 2023, 2024):
            candidates.append((unit, year, year))
        candidates.append((unit, 2021, 2025))
    head = [c for c in candidates if c[0] == "tinh"]
    rest = [c for c in candidates if c[0] != "tinh"]
    rng.shuffle(rest)
    chosen = (head + rest)[:n]
    if len(chosen) < n:
        raise SystemExit(f"a province has only {len(candidates)} possible plans, {n} asked")
    return chosen


def generate(size: str, seed: int, out_root: Path, frags: dict[str, Any], quiet: bool = False) -> dict[str, Any]:
    spec = SIZES[size]
    out = out_root / size
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(f"{seed}:{size}")
    n_prov = spec["provinces"]
    provinces = PROVINCES[:] if n_prov == len(PROVINCES) else random.Random(f"{seed}:provinces").sample(PROVINCES, n_prov)
    counts = task_counts(spec["plans"], spec["tasks"], rng)
    per_prov = [spec["plans"] // n_prov + (1 if i < spec["plans"] % n_prov else 0) for i in range(n_prov)]
    files = tasks = nbytes = 0
    plan_files: list[str] = []
    k = 0
    started = time.perf_counter()
    for index, (name, word) in enumerate(provinces):
        prng = random.Random(f"{seed}:{size}:{name}")
        province = Province(name, word, prng, frags, n_districts=prng.randint(9, 14))
        folder = out / f"{index + 1:02d}-{province.slug}"
        folder.mkdir()
        schema_rel = os.path.relpath(ROOT / "schema", folder)
        reg = province.registry_yaml(schema_rel)
        (folder / "agencies.yaml").write_text(reg, encoding="utf-8")
        nbytes += len(reg.encode())
        files += 1
        maker = PlanMaker(frags, province, prng)
        for unit, start, end in units_for(province, per_prov[index], prng):
            fname, text, made, _ = maker.plan(unit, start, end, counts[k], schema_rel)
            k += 1
            (folder / fname).write_text(text, encoding="utf-8")
            plan_files.append(str((folder / fname).relative_to(out)))
            files += 1
            tasks += made
            nbytes += len(text.encode())
        if not quiet and (index + 1) % 10 == 0:
            print(f"  {size}: {index + 1}/{n_prov} provinces, {k} plans, {time.perf_counter() - started:.1f}s",
                  file=sys.stderr)
    manifest = {
        "size": size, "seed": seed, "plans": len(plan_files), "registries": n_prov, "files": files,
        "tasks": tasks, "bytes": nbytes,
        "fragments_sha256": hashlib.sha256(FRAGMENTS.read_bytes()).hexdigest()[:16],
        "generated_in_s": round(time.perf_counter() - started, 2),
        "largest_plan": max(plan_files, key=lambda f: (out / f).stat().st_size),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return manifest


# --------------------------------------------------------------------------- check

def cchc_command() -> list[str]:
    exe = Path(sys.executable).with_name("cchc")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "cchc"]


def check(size: str, seed: int, out_root: Path, frags: dict[str, Any], sample: int, everything: bool) -> None:
    """Assert the corpus is usable: all plans parse, a sample reads back as generated, and
    ``cchc lint`` finds 0 errors in the sample (or in everything)."""
    import yaml

    out = out_root / size
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    paths = sorted(p for p in out.rglob("*.yaml"))
    for path in paths:  # every file is valid YAML (C loader, the fast floor)
        yaml.compose(path.read_bytes(), Loader=yaml.CSafeLoader)
    # Round trip: regenerate the first province and compare what a YAML 1.2 loader reads back.
    from ruamel.yaml import YAML

    loader = YAML(typ="safe", pure=True)
    spec = SIZES[size]
    name, word = (PROVINCES[:] if spec["provinces"] == len(PROVINCES)
                  else random.Random(f"{seed}:provinces").sample(PROVINCES, spec["provinces"]))[0]
    prng = random.Random(f"{seed}:{size}:{name}")
    province = Province(name, word, prng, frags, n_districts=prng.randint(9, 14))
    rng = random.Random(f"{seed}:{size}")
    counts = task_counts(spec["plans"], spec["tasks"], rng)
    per_prov0 = spec["plans"] // spec["provinces"] + (1 if spec["plans"] % spec["provinces"] else 0)
    maker = PlanMaker(frags, province, prng)
    folder = next(p for p in sorted(out.iterdir()) if p.is_dir())
    compared = 0
    for k, (unit, start, end) in enumerate(units_for(province, per_prov0, prng)):
        fname, text, _, data = maker.plan(unit, start, end, counts[k], os.path.relpath(ROOT / "schema", folder))
        on_disk = (folder / fname).read_text(encoding="utf-8")
        assert on_disk == text, f"{folder / fname}: not deterministic"
        if k < sample:
            assert loader.load(text) == plain(data), f"{folder / fname}: reads back differently"
            compared += 1
    # cchc lint: 0 errors
    rng_pick = random.Random(seed)
    plans = [p for p in paths if p.name != "agencies.yaml"]
    chosen = plans if everything else sorted(rng_pick.sample(plans, min(sample, len(plans))))
    registries = sorted({p.parent / "agencies.yaml" for p in chosen})
    cmd = cchc_command() + ["lint", "--format", "json"] + [str(p) for p in chosen + registries]
    started = time.perf_counter()
    env = dict(os.environ, CCHC_NO_CACHE="1")  # never fill the user's cache from a check
    env.pop("GITHUB_ACTIONS", None)
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    elapsed = time.perf_counter() - started
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"cchc lint did not print JSON (exit {proc.returncode}): {proc.stderr[-2000:]}") from None
    errors = [d for d in report["diagnostics"] if d["severity"] == "error"]
    warnings = [d for d in report["diagnostics"] if d["severity"] == "warning"]
    for d in errors[:20]:
        print(f"  {d['path']}:{d['line']}:{d['column']}: {d['code']} {d['message']}", file=sys.stderr)
    assert not errors, f"cchc lint: {len(errors)} errors in the {size} corpus sample"
    print(f"check {size}: {len(paths)} files parse; {compared} plans read back equal and regenerate "
          f"byte-identical; cchc lint on {len(chosen)} plans + {len(registries)} registries: 0 errors, "
          f"{len(warnings)} warnings, {report['summary'].get('suppressed', 0)} suppressed ({elapsed:.1f}s); "
          f"{manifest['plans']} plans, {manifest['tasks']} tasks, {manifest['bytes'] / 1e6:.1f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="province",
                        help="comma-separated: " + ", ".join(SIZES) + " or all (default: province)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=CORPUS, help="corpus root (default: bench/corpus)")
    parser.add_argument("--check", action="store_true", help="verify after generating (cchc lint on a sample)")
    parser.add_argument("--check-only", action="store_true", help="verify an existing corpus, do not generate")
    parser.add_argument("--check-all", action="store_true", help="with --check: lint every plan, not a sample")
    parser.add_argument("--sample", type=int, default=40, help="plans linted by --check (default 40)")
    parser.add_argument("--extract-fragments", action="store_true",
                        help="rewrite bench/fragments.json from the bundled plans and exit")
    args = parser.parse_args(argv)
    if args.extract_fragments:
        FRAGMENTS.write_text(json.dumps(extract_fragments(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        frags = json.loads(FRAGMENTS.read_text(encoding="utf-8"))
        print(f"{FRAGMENTS.relative_to(ROOT)}: {len(frags['tasks'])} tasks, {len(frags['subtasks'])} sub-tasks, "
              f"{len(frags['targets'])} targets, {sum(map(len, frags['paragraphs'].values()))} paragraphs, "
              f"{len(frags['provincial_agencies'])} provincial agencies")
        return 0
    sizes = list(SIZES) if args.size == "all" else [s.strip() for s in args.size.split(",") if s.strip()]
    for size in sizes:
        if size not in SIZES:
            parser.error(f"unknown size {size!r} (known: {', '.join(SIZES)})")
    frags = load_fragments()
    for size in sizes:
        if not args.check_only:
            manifest = generate(size, args.seed, args.out, frags)
            print(f"{size}: {manifest['plans']} plans + {manifest['registries']} registries, "
                  f"{manifest['tasks']} tasks, {manifest['bytes'] / 1e6:.1f} MB in "
                  f"{args.out / size} ({manifest['generated_in_s']}s)")
        if args.check or args.check_only or args.check_all:
            check(size, args.seed, args.out, frags, args.sample, args.check_all)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
