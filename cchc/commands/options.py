"""Options and arguments that several commands share, declared once (typer ``Annotated`` aliases).

A command names the alias in its signature and keeps its default there: ``as_of: AsOfOpt = None``.
An option whose help differs between commands (``--output`` of ``lint`` says more) is declared
in that command. Nothing heavy is imported here: every command module imports this one when the
command line is built, ``cchc --help`` included.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cchc.authoring.formats import DIFF
from cchc.base.formats import Formats
from cchc.writing import formats


def choices(name: str, formats: Formats, *extra: str) -> type[Enum]:
    """The ``--format`` choices of an output kind: an Enum of its registry's names (after ``extra``,
    choices that are not writers, such as lint's ``auto``)."""
    return Enum(name, [(choice, choice) for choice in (*extra, *formats.names)], type=str)  # type: ignore[return-value]


def format_help(template: str, formats: Formats, separator: str = ", ") -> str:
    """``--format`` help naming exactly the registry's formats: ``template`` with ``{formats}``.
    The text it makes is the message id the English catalogue holds (tests/msgids.py finds it)."""
    return template.format(formats=formats.listing(separator))


if TYPE_CHECKING:  # memberless to the type checker: the members are the registries' names, made at run time
    class LintFormat(str, Enum): ...
    class RulesFormat(str, Enum): ...
    class StatusFormat(str, Enum): ...
    class AgenciesFormat(str, Enum): ...
    class TraceFormat(str, Enum): ...
    class TargetsFormat(str, Enum): ...
    class DeadlineFormat(str, Enum): ...
    class ImportFormat(str, Enum): ...
    class DiffFormat(str, Enum): ...
    class RenderFormat(str, Enum): ...
    class ReportFormat(str, Enum): ...
else:
    LintFormat = choices("LintFormat", formats.LINT, "auto")
    RulesFormat = choices("RulesFormat", formats.RULES)
    StatusFormat = choices("StatusFormat", formats.STATUS)  # --rollup writes formats.ROLLUP: the same names
    AgenciesFormat = choices("AgenciesFormat", formats.AGENCIES)
    TraceFormat = choices("TraceFormat", formats.TRACE)
    TargetsFormat = choices("TargetsFormat", formats.TARGETS)
    DeadlineFormat = choices("DeadlineFormat", formats.DEADLINE)
    ImportFormat = choices("ImportFormat", formats.IMPORT_SUMMARY)
    DiffFormat = choices("DiffFormat", DIFF)
    RenderFormat = choices("RenderFormat", formats.RENDER)
    ReportFormat = choices("ReportFormat", formats.REPORT)


class Role(str, Enum):
    any = "any"
    lead = "lead"
    support = "support"


# --------------------------------------------------------------------- reading plans

PathsArg = Annotated[list[Path] | None, typer.Argument(
    help="Tệp hoặc thư mục kế hoạch (mặc định: plans/).", readable=False,  # an unreadable file is a located
    show_default=False)]  # Y003 of its own (lint), or a skipped plan (the other commands), not a refusal of the run
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Không dùng bộ nhớ đệm kết quả (đọc lại mọi tệp).")]
JobsOpt = Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Số tiến trình đọc song song (mặc định: số lõi CPU).")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Tính đến ngày (YYYY-MM-DD hoặc dd/mm/yyyy); mặc định as_of trong cchc.toml, không có thì hôm nay.")]
SoonOpt = Annotated[int | None, typer.Option("--soon", min=0, help="Số ngày trước hạn được coi là sắp đến hạn (mặc định 14, hoặc theo cchc.toml).")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Ghi kết quả vào tệp.")]

# --------------------------------------------------------------------- filters (cchc status)

AgencyOpt = Annotated[str | None, typer.Option("--agency", help="Chỉ nhiệm vụ cơ quan này chủ trì hoặc phối hợp (kể cả qua nhóm).")]
RoleOpt = Annotated[Role, typer.Option("--role", case_sensitive=False, help=(
    "Với --agency: lead (nhiệm vụ ghi cơ quan này ở cột chủ trì), support (ở cột phối hợp) hoặc any (cả hai, "
    "kể cả qua nhóm cơ quan; mặc định)."))]
AreaOpt = Annotated[list[str] | None, typer.Option("--area", help="Lĩnh vực (mã hoặc tên; nhiều giá trị cách nhau bằng dấu phẩy).")]
StateOpt = Annotated[list[str] | None, typer.Option("--state", help="Trạng thái: mã (overdue, due_soon, …) hoặc nhãn trong bảng (\"Quá hạn\", \"sap den han\"…); cách nhau bằng dấu phẩy.")]
DueWithinOpt = Annotated[int | None, typer.Option("--due-within", min=0, help="Chỉ mốc chưa hoàn thành đến hạn trong số ngày này.")]
PlanFilterOpt = Annotated[list[str] | None, typer.Option("--plan", help="Chỉ kế hoạch có mã (id) hoặc đường dẫn này.")]

# --------------------------------------------------------------------- recording (update, done, trigger, result)

PlanArg = Annotated[Path, typer.Argument(help="Tệp kế hoạch.")]
TaskArg = Annotated[str, typer.Argument(help="Số thứ tự đầy đủ của nhiệm vụ (ví dụ VII.1, VII.10.a)) hoặc key.")]
DateOpt = Annotated[str | None, typer.Option("--date", "-d", help="Ngày ghi nhận (YYYY-MM-DD hoặc dd/mm/yyyy); mặc định hôm nay, nhưng bắt buộc khi thời kỳ kế hoạch đã kết thúc.")]
NoteOpt = Annotated[str | None, typer.Option("--note", help="Ghi chú ngắn.")]
EvidenceOpt = Annotated[str | None, typer.Option("--evidence", help="Minh chứng, ví dụ số văn bản đã ban hành.")]
OccurrenceOpt = Annotated[str | None, typer.Option("--occurrence", help="Mốc của nhiệm vụ định kỳ, ví dụ 2021-Q2.")]
ByOpt = Annotated[str | None, typer.Option("--by", help="Người hoặc đơn vị ghi nhận.")]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help="Chỉ in dòng sẽ thêm, không ghi tệp.")]
TodayOpt = Annotated[str | None, typer.Option("--as-of", help=(
    "Coi ngày này là hôm nay (YYYY-MM-DD hoặc dd/mm/yyyy) khi kiểm tra ngày ghi; mặc định hôm nay."))]
ForceOpt = Annotated[bool, typer.Option("--force", help=(
    "Vẫn ghi ngày sau hôm nay hoặc ngoài khoảng hợp lý của kế hoạch (và cảnh báo mới mà dòng đó gây ra)."))]
