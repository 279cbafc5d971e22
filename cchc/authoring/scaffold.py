"""``cchc init``: a ready-to-use plans repository for a unit, never touching what is already there.

The scaffold is what a unit needs to start keeping its plans as code: an agency registry and a
starter plan (both valid, with Vietnamese comments explaining every key), a GitHub workflow that
checks plans on every pull request and writes the status to the job summary, a pre-commit hook,
VS Code settings mapping the JSON Schemas to plan files, and a short README for staff.

Every file is created only if absent (exclusive create), so running ``init`` again, or on a
repository that already has some of these files, changes nothing that exists: the result names
what was created and what was kept. What init wrote is recorded in ``.cchc/init.json``; a file
recorded there that the user has since deleted is not created again (``--sample`` brings the
starter plan back), and the starter plan is written only into a plans folder that holds no plan.

The schemas are copied into ``.cchc/schema/`` (see :mod:`cchc.checking.schema_copy`) and named by relative
path, so the editor checks plans offline. Generated files install cchc from its git repository at
the release tag of the installed version (see RELEASING.md), never from a package index name.
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cchc import __version__
from cchc.base.atomic import create_file, write_new_file
from cchc.base.text import fold, strip_diacritics
from cchc.checking.schema import AGENCIES_SCHEMA, PLAN_SCHEMA
from cchc.checking.schema_copy import COPIED, SCHEMA_COPY_DIR, installed_schema

DEFAULT_UNIT = "Ủy ban nhân dân tỉnh Mẫu"
HOME_AFFAIRS = "Sở Nội vụ"
HOME_AFFAIRS_ID = "so-noi-vu"
GROUP_NAME = "Các cơ quan, đơn vị có liên quan"
GROUP_ID = "cac-co-quan-don-vi-co-lien-quan"
PLAN_ID = "ke-hoach-mau"
#: Where cchc is published (GitHub owner/name) and the tag of this version's release: the release
#: procedure (RELEASING.md) tags every version ``v<version>``. A fork publishing its own releases
#: changes SOURCE_REPOSITORY here (the generated files then name the fork).
SOURCE_REPOSITORY = "cchc-vn/cchc"
RELEASE_TAG = f"v{__version__}"
ACTION_REF = f"{SOURCE_REPOSITORY}@{RELEASE_TAG}"
PIP_REQUIREMENT = f"cchc @ git+https://github.com/{SOURCE_REPOSITORY}@{RELEASE_TAG}"

REGISTRY_PATH = PurePosixPath("plans/agencies.yaml")
PLAN_PATH = PurePosixPath("plans/ke-hoach-mau.yaml")
WORKFLOW_PATH = PurePosixPath(".github/workflows/cchc.yml")
PRE_COMMIT_PATH = PurePosixPath(".pre-commit-config.yaml")
VSCODE_SETTINGS_PATH = PurePosixPath(".vscode/settings.json")
VSCODE_EXTENSIONS_PATH = PurePosixPath(".vscode/extensions.json")
README_PATH = PurePosixPath("README.md")
RECORD_PATH = PurePosixPath(".cchc/init.json")

_PLAIN_SCALAR = re.compile(r"^[^\W_][\w .()/–-]*$")  # safe unquoted in YAML: no ': ', ' #', quotes…


@dataclass(frozen=True)
class HomeAffairs:
    """The agency that leads administrative reform at the unit's level (the sample's first task)."""

    name: str
    id: str
    level: str
    kind: str
    short: str = ""


#: Province: the Sở Nội vụ; district (huyện, quận, thị xã, thành phố thuộc tỉnh): its Phòng Nội
#: vụ; commune (xã, phường, thị trấn, đặc khu; since 1/7/2025 the level below the province): the
#: Văn phòng HĐND và UBND, which advises the commune's People's Committee on reform.
HOME_AFFAIRS_BY_LEVEL = {
    "tinh": HomeAffairs(HOME_AFFAIRS, HOME_AFFAIRS_ID, "tinh", "so", "SNV"),
    "huyen": HomeAffairs("Phòng Nội vụ", "phong-noi-vu", "huyen", "phong"),
    "xa": HomeAffairs("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "van-phong-hdnd-va-ubnd", "xa", "don_vi",
                      "Văn phòng HĐND và UBND"),
}
_CENTRAL_CITIES = ("ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue")


def unit_level(unit: str) -> str:
    """``tinh``, ``huyen`` or ``xa`` from the unit's name ("UBND huyện Bình Sơn" → huyen): the
    word naming the place after "UBND" (or first), else such a word anywhere ("Phòng Nội vụ huyện
    X"); "quận" only in the first place (it is also "quản" folded, as in "Ban Quản lý")."""
    name = fold(unit)
    first = re.match(r"(?:(?:ubnd|hdnd)\s+)?(tinh|thanh pho|tp|thi xa|tx|huyen|quan|xa|phuong|thi tran|tt|dac khu)\b",
                     name)
    if first is not None:
        word = first.group(1)
    else:
        anywhere = re.search(r"\b(thi xa|huyen|xa|phuong|thi tran|dac khu|tinh)\b", name)
        word = anywhere.group(1) if anywhere is not None else "tinh"
    if word in ("xa", "phuong", "thi tran", "tt", "dac khu"):
        return "xa"
    if word in ("thanh pho", "tp"):
        return "tinh" if any(city in name for city in _CENTRAL_CITIES) else "huyen"
    return "tinh" if word == "tinh" else "huyen"


@dataclass(frozen=True)
class InitResult:
    created: tuple[Path, ...]
    kept: tuple[Path, ...]  # already there: left byte for byte as they were
    skipped: tuple[Path, ...] = ()  # written by an earlier init and deleted since: not re-created
    updated: tuple[Path, ...] = ()  # schema copies replaced (--update-schema)


@dataclass(frozen=True)
class Scaffold:
    """What goes into the new repository: the unit, its schema locations and the plan year."""

    unit: str
    schema_base: str  # a URL, or a folder relative to the repository root
    year: int

    @property
    def unit_id(self) -> str:
        return slug(self.unit)

    @property
    def level(self) -> str:
        return unit_level(self.unit)

    @property
    def home_affairs(self) -> HomeAffairs:
        return HOME_AFFAIRS_BY_LEVEL[self.level]

    @property
    def includes_home_affairs(self) -> bool:
        return fold(self.unit) != fold(self.home_affairs.name)

    def schema_for(self, schema_name: str, file: PurePosixPath | None = None) -> str:
        """Where ``schema_name`` lives, as seen from ``file`` (or the repository root)."""
        if "://" in self.schema_base:
            return f"{self.schema_base.rstrip('/')}/{schema_name}"
        target = posixpath.normpath(posixpath.join(self.schema_base, schema_name))
        start = str(file.parent) if file is not None else "."
        return posixpath.relpath(target, start)


def init_repository(target: Path, *, unit: str | None = None, schema_url: str | None = None,
                    year: int | None = None, sample: bool = False) -> InitResult:
    """Scaffold a plans repository in ``target`` (created if needed) for ``unit``.

    ``schema_url`` is where ``plan.schema.json`` and ``agencies.schema.json`` are found: a URL
    prefix, or a folder relative to the repository root; by default ``.cchc/schema``, where the
    installed schemas are copied. ``year`` is the starter plan's year (default: this year).
    Existing files are never overwritten; they are listed in ``kept``. A file an earlier run
    wrote (``.cchc/init.json``) and the user deleted is listed in ``skipped``, and so is the
    starter plan when the plans folder already holds a plan; ``sample`` writes the starter plan
    in both cases.
    """
    scaffold = Scaffold(
        unit=" ".join((unit or DEFAULT_UNIT).split()) or DEFAULT_UNIT,
        schema_base=schema_url or SCHEMA_COPY_DIR.as_posix(),
        year=year or dt.date.today().year,
    )
    record = read_record(target)
    has_plans = _holds_plan(target.joinpath(*PLAN_PATH.parent.parts))
    files = list(FILES)
    if scaffold.schema_base.rstrip("/") == SCHEMA_COPY_DIR.as_posix():
        files += [(SCHEMA_COPY_DIR / name, _schema_text(name)) for name in COPIED]
    created: list[Path] = []
    kept: list[Path] = []
    skipped: list[Path] = []
    for relative, render in files:
        path = target.joinpath(*relative.parts)
        wanted = sample and relative == PLAN_PATH
        if not wanted and not (path.exists() or path.is_symlink()):
            if relative.as_posix() in record or (relative == PLAN_PATH and has_plans):
                skipped.append(path)
                continue
        (created if write_if_absent(path, render(scaffold)) else kept).append(path)
    if created:
        written = sorted(set(record) | {p.relative_to(target).as_posix() for p in created})
        write_record(target, written)
    return InitResult(tuple(created), tuple(kept), tuple(skipped))


def update_schemas(target: Path) -> InitResult:
    """Replace the repository's schema copies (``.cchc/schema/``) with the installed cchc's,
    creating the ones that are missing; the copies already equal are listed in ``kept``."""
    created: list[Path] = []
    kept: list[Path] = []
    updated: list[Path] = []
    for name in COPIED:
        path = target.joinpath(*SCHEMA_COPY_DIR.parts, name)
        data = installed_schema(name)
        try:
            current: bytes | None = path.read_bytes()
        except FileNotFoundError:
            current = None
        if current == data:
            kept.append(path)
            continue
        _replace(path, data)
        (updated if current is not None else created).append(path)
    return InitResult(tuple(created), tuple(kept), (), tuple(updated))


def _schema_text(name: str) -> Callable[[Scaffold], str]:
    return lambda scaffold: installed_schema(name).decode("utf-8")


def _holds_plan(folder: Path) -> bool:
    """Whether ``folder`` (the plans folder) already holds a YAML file other than a registry."""
    if not folder.is_dir():
        return False
    return any(path.name != "agencies.yaml" and not any(part.startswith(".") for part in path.parts)
               for suffix in ("*.yaml", "*.yml") for path in folder.rglob(suffix))


def read_record(target: Path) -> set[str]:
    """The files (repository-relative POSIX paths) earlier runs of init wrote; empty when none is
    recorded or the record cannot be read (then nothing is held back: init only creates)."""
    try:
        data = json.loads(target.joinpath(*RECORD_PATH.parts).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    written = data.get("created") if isinstance(data, dict) else None
    return {item for item in written if isinstance(item, str)} if isinstance(written, list) else set()


def write_record(target: Path, written: list[str]) -> None:
    text = json.dumps({"cchc": __version__, "created": written}, ensure_ascii=False, indent=2) + "\n"
    _replace(target.joinpath(*RECORD_PATH.parts), text.encode("utf-8"))


def _replace(path: Path, data: bytes) -> None:
    """Write ``path`` atomically (a whole new file or the old one, never half of either)."""
    write_new_file(path, data)


def write_if_absent(path: Path, text: str) -> bool:
    """Create ``path`` with ``text`` (UTF-8, LF); False, writing nothing, when it already exists."""
    return create_file(path, text.encode("utf-8"))


def slug(name: str) -> str:
    """A registry id from a name: "Ủy ban nhân dân tỉnh Mẫu" → "uy-ban-nhan-dan-tinh-mau"."""
    ascii_name = strip_diacritics(name).lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_name)) or "don-vi"


def yaml_text(value: str) -> str:
    """A YAML scalar for ``value``: plain when safe, else double-quoted (JSON quoting is valid YAML)."""
    if _PLAIN_SCALAR.match(value) and not value.endswith((" ", ".")):
        return value
    return json.dumps(value, ensure_ascii=False)


def schema_modeline(scaffold: Scaffold, schema_name: str, file: PurePosixPath) -> str:
    return f"# yaml-language-server: $schema={scaffold.schema_for(schema_name, file)}"


# ------------------------------------------------------------------------------- file contents

def registry_text(scaffold: Scaffold) -> str:
    unit = yaml_text(scaffold.unit)
    members = [scaffold.unit_id]
    lines = [
        schema_modeline(scaffold, AGENCIES_SCHEMA, REGISTRY_PATH),
        "# Danh mục cơ quan, đơn vị: cchc dùng danh mục này để nhận ra tên cơ quan ghi ở cột",
        "# \"Chủ trì\", \"Phối hợp\" của kế hoạch (không phân biệt chữ hoa, chữ thường, dấu) và báo",
        "# lỗi khi tên gõ sai. Mọi kế hoạch trong thư mục plans/ và các thư mục con dùng tệp này.",
        "version: 1  # phiên bản định dạng, luôn là 1",
        f"jurisdiction: {unit}  # địa phương hoặc đơn vị áp dụng danh mục",
        "agencies:",
        f"  - id: {scaffold.unit_id}  # mã: chữ thường không dấu, số, dấu gạch ngang; đặt một lần, không đổi",
        f"    name: {unit}  # tên chuẩn, như in trên văn bản",
        "    # short: [Tên viết tắt]  # các tên viết tắt, nếu có",
        f"    # level: {scaffold.level}  # cấp: trung_uong, tinh, huyen, xa",
        "    # kind: ubnd  # loại: so, ubnd, phong, don_vi",
    ]
    if scaffold.includes_home_affairs:
        home = scaffold.home_affairs
        members.append(home.id)
        lines += [
            f"  - id: {home.id}",
            f"    name: {yaml_text(home.name)}",
            *([f"    short: [{yaml_text(home.short)}]"] if home.short else []),
            f"    level: {home.level}",
            f"    kind: {home.kind}",
            "    # aliases: [Tên gọi khác]  # các cách văn bản hay ghi khác",
            "    # ended: \"2025-03-01\"  # ngày chấm dứt hoạt động (giải thể, sáp nhập), nếu có",
            "    # successors: [ma-co-quan-ke-thua]  # mã cơ quan kế thừa",
        ]
    lines += [
        "groups:  # nhóm cơ quan được giao việc chung, như văn bản hay ghi",
        f"  - id: {GROUP_ID}",
        f"    name: {yaml_text(GROUP_NAME)}",
        "    aliases: [\"Các cơ quan, đơn vị liên quan\"]",
        f"    members: [{', '.join(members)}]  # mã các cơ quan thuộc nhóm",
    ]
    return "\n".join(lines) + "\n"


def plan_text(scaffold: Scaffold) -> str:
    year = scaffold.year
    issuer = yaml_text(scaffold.unit.upper())
    support = yaml_text(GROUP_NAME)
    lines = [
        schema_modeline(scaffold, PLAN_SCHEMA, PLAN_PATH),
        "# Kế hoạch mẫu do \"cchc init\" tạo ra: sửa các giá trị cho đúng văn bản của đơn vị, rồi chạy",
        "# \"cchc lint\" để kiểm tra. Dòng bắt đầu bằng dấu # là chú thích, cchc bỏ qua.",
        "# Mở tệp trong VS Code (tiện ích YAML của Red Hat) để được gợi ý khóa và giải thích từng khóa.",
        "version: 1  # phiên bản định dạng, luôn là 1",
        f"id: {PLAN_ID}  # mã kế hoạch: chữ thường không dấu, số, dấu gạch ngang; duy nhất, không đổi",
        "document:  # thông tin văn bản, theo thể thức của Nghị định 30/2020/NĐ-CP",
        "  type: Kế hoạch  # loại văn bản: Kế hoạch, Quyết định, Chương trình…",
        "  number: null  # số văn bản; để null khi văn bản còn là dự thảo",
        "  symbol: KH-UBND  # ký hiệu: chữ viết tắt loại văn bản - cơ quan ban hành",
        f"  issuer: {issuer}  # cơ quan ban hành, như in ở góc trái",
        f"  date: \"{year}-01\"  # ngày ban hành YYYY-MM-DD; YYYY-MM khi chưa có ngày",
        f"  title: Cải cách hành chính năm {year}  # trích yếu",
        "period:  # thời kỳ kế hoạch (năm đầu, năm cuối)",
        f"  start: {year}",
        f"  end: {year}",
        "body:  # các phần của văn bản, theo thứ tự và số thứ tự như bản gốc",
        "  - number: I.",
        "    title: NHIỆM VỤ",
        "    role: tasks  # vai trò của phần: purposes, objectives, tasks, solutions, budget, implementation",
        "    sections:  # các nhóm nhiệm vụ",
        "      - number: \"1.\"",
        "        title: Công tác chỉ đạo, điều hành",
        "        area: chi_dao_dieu_hanh  # lĩnh vực cải cách; xem danh sách mã bằng lệnh: cchc areas",
        "        # Mỗi nhiệm vụ là một mục \"- id:\". Tiến độ (khóa progress) không cần gõ tay: lệnh",
        "        # cchc done / cchc update ghi thêm, ví dụ: cchc done plans/ke-hoach-mau.yaml 1.1",
        "        tasks:",
        "          - id: \"1\"  # số thứ tự như in trong văn bản",
        f"            content: Xây dựng, ban hành Kế hoạch cải cách hành chính năm {year}.  # nội dung nhiệm vụ",
        "            output: Kế hoạch được ban hành  # sản phẩm",
        f"            deadline: Quý I/{year}  # thời gian hoàn thành, ghi đúng như văn bản",
        f"            lead: [{yaml_text(scaffold.home_affairs.name)}]  # cơ quan chủ trì (tên trong plans/agencies.yaml)",
        f"            support: [{support}]  # cơ quan phối hợp",
        "      - number: \"2.\"",
        "        title: Cải cách thủ tục hành chính",
        "        area: thu_tuc_hanh_chinh",
        "        tasks:",
        "          - id: \"1\"",
        "            content: Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết.",
        "            output: Báo cáo kết quả rà soát",
        f"            deadline: Quý III/{year}",
        f"            lead: [{yaml_text(scaffold.unit)}]",
    ]
    return "\n".join(lines) + "\n"


def workflow_text(scaffold: Scaffold) -> str:
    return f"""\
# Kiểm tra kế hoạch CCHC trên mỗi lần đẩy mã và mỗi pull request: lỗi hiện ngay trên dòng bị
# sai (chú thích của GitHub); bảng tình hình thực hiện và các thay đổi của kế hoạch được ghi vào
# trang tóm tắt của lần chạy.
name: Kế hoạch CCHC

on:
  push:
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

jobs:
  cchc:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0  # cần lịch sử git để so sánh thay đổi với nhánh đích của pull request
      # Action của cchc: cài cchc, chạy cchc lint, ghi cchc status (và cchc diff) vào tóm tắt.
      # Ghim theo thẻ phiên bản ({RELEASE_TAG}, phiên bản cchc đã tạo tệp này) hoặc theo mã commit
      # để lần chạy không đổi bất ngờ.
      - uses: {ACTION_REF}
        with:
          paths: plans
      # Không dùng action? Thay bước trên bằng các bước sau (cài cchc từ kho git, đúng thẻ phiên bản):
      # - uses: actions/setup-python@v5
      #   with:
      #     python-version: "3.12"
      # - run: python -m pip install "{PIP_REQUIREMENT}"
      # - run: cchc lint --format github plans
      # - if: success() || failure()
      #   run: cchc status --format markdown plans >> "$GITHUB_STEP_SUMMARY"
"""


def pre_commit_text(scaffold: Scaffold) -> str:
    return """\
# Kiểm tra kế hoạch trước mỗi lần commit (cài một lần: pip install pre-commit && pre-commit install).
repos:
  - repo: local
    hooks:
      - id: cchc-lint
        name: Kiểm tra kế hoạch CCHC (cchc lint)
        entry: cchc lint
        language: system
        args: [plans]
        files: ^plans/.*\\.ya?ml$
        # Kiểm tra cả thư mục: sửa danh mục cơ quan có thể làm sai tên trong kế hoạch khác.
        pass_filenames: false
"""


def vscode_settings_text(scaffold: Scaffold) -> str:
    settings = {
        "yaml.schemas": {
            scaffold.schema_for(PLAN_SCHEMA): ["plans/**/*.yaml", "!plans/**/agencies.yaml"],
            scaffold.schema_for(AGENCIES_SCHEMA): ["plans/**/agencies.yaml"],
        },
        "[yaml]": {"editor.insertSpaces": True, "editor.tabSize": 2},
        "files.encoding": "utf8",
    }
    return json.dumps(settings, ensure_ascii=False, indent=2) + "\n"


def vscode_extensions_text(scaffold: Scaffold) -> str:
    return json.dumps({"recommendations": ["redhat.vscode-yaml"]}, indent=2) + "\n"


def readme_text(scaffold: Scaffold) -> str:
    return f"""\
# Kế hoạch cải cách hành chính – {scaffold.unit}

Kho này lưu các kế hoạch cải cách hành chính (CCHC) của đơn vị dưới dạng tệp YAML trong thư mục
`plans/`. Công cụ `cchc` kiểm tra kế hoạch, tính tình hình thực hiện và ghi nhận tiến độ.

## Cài đặt

```sh
python -m pip install "{PIP_REQUIREMENT}"
```

(cchc được cài từ kho mã nguồn, đúng thẻ phiên bản {RELEASE_TAG}; cần Python 3.11 trở lên và git.)

## Sửa kế hoạch

1. Mở thư mục này bằng VS Code và cài tiện ích *YAML* (Red Hat) khi được gợi ý: trình soạn thảo
   gợi ý khóa, giải thích từng khóa khi di chuột và gạch đỏ chỗ sai, theo lược đồ chép sẵn trong
   `.cchc/schema/` (không cần mạng). Sau khi nâng cấp cchc, chạy `cchc init --update-schema`.
2. Kế hoạch mẫu là `plans/ke-hoach-mau.yaml`; danh mục cơ quan là `plans/agencies.yaml`. Thêm
   cơ quan mới vào danh mục trước khi ghi tên cơ quan đó vào cột chủ trì, phối hợp.
3. Ghi nội dung, thời hạn ("Quý II/{scaffold.year}", "Nhiệm vụ thường xuyên"…) đúng như văn bản.

## Kiểm tra

```sh
cchc lint                # kiểm tra mọi kế hoạch trong plans/
cchc rules               # giải thích các quy tắc kiểm tra
```

Mỗi lỗi ghi rõ tệp, dòng, cột và gợi ý sửa. Khi đẩy lên GitHub, lỗi cũng hiện ngay trên pull request.

## Xem tình hình thực hiện

```sh
cchc status                          # tính đến hôm nay
cchc status --as-of 30/06/{scaffold.year}       # tính đến một ngày
cchc status --agency "{scaffold.home_affairs.name}"          # nhiệm vụ của một cơ quan
```

## Ghi nhận hoàn thành

```sh
cchc done plans/ke-hoach-mau.yaml 1.1 --date {scaffold.year}-03-20 --evidence "Kế hoạch số …/KH-UBND"
cchc update plans/ke-hoach-mau.yaml 2.1 --status doing --date {scaffold.year}-05-10 --note "Đang rà soát"
```

Lệnh chỉ thêm một dòng vào nhật ký tiến độ của nhiệm vụ, không đổi phần khác của tệp.
"""


FILES: tuple[tuple[PurePosixPath, Callable[[Scaffold], str]], ...] = (
    (REGISTRY_PATH, registry_text),
    (PLAN_PATH, plan_text),
    (WORKFLOW_PATH, workflow_text),
    (PRE_COMMIT_PATH, pre_commit_text),
    (VSCODE_SETTINGS_PATH, vscode_settings_text),
    (VSCODE_EXTENSIONS_PATH, vscode_extensions_text),
    (README_PATH, readme_text),
)
