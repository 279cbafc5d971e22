"""``cchc status``: where each task stands on a day (on time, overdue, due soon…), filtered."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from cchc.base.i18n import tr
from cchc.commands.common import (
    area_codes,
    check_agency,
    config,
    fail,
    human,
    open_output,
    parse_date,
    read_workspace,
    role_of,
    skipped,
    speed,
    split,
    states,
)
from cchc.commands.options import (
    AgencyOpt,
    AreaOpt,
    AsOfOpt,
    DueWithinOpt,
    JobsOpt,
    NoCacheOpt,
    OutputOpt,
    PathsArg,
    PlanFilterOpt,
    Role,
    RoleOpt,
    SoonOpt,
    StateOpt,
    StatusFormat,
    format_help,
)
from cchc.writing.formats import ROLLUP, STATUS


def status(
    paths: PathsArg = None,
    as_of: AsOfOpt = None,
    soon: SoonOpt = None,
    agency: AgencyOpt = None,
    role: RoleOpt = Role.any,
    area: AreaOpt = None,
    state: StateOpt = None,
    due_within: DueWithinOpt = None,
    plan: PlanFilterOpt = None,
    format: Annotated[StatusFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                 help=format_help("Định dạng: {formats}.", STATUS))] = StatusFormat["table"],
    fail_on: Annotated[list[str] | None, typer.Option("--fail-on", help="Trả mã thoát 1 nếu có mốc ở trạng thái này (ví dụ overdue,due_soon).")] = None,
    output: OutputOpt = None,
    rollup: Annotated[bool, typer.Option("--rollup", help="Tổng hợp theo đơn vị: số mốc đúng hạn, quá hạn… trên mọi kế hoạch đơn vị sở hữu hoặc chủ trì.")] = False,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Tình hình thực hiện nhiệm vụ tính đến một ngày: đúng hạn, quá hạn, sắp đến hạn…

    Chỉ dùng nhật ký tiến độ ghi đến ngày --as-of, nên báo cáo cho một ngày trong quá khứ luôn cho
    cùng kết quả.
    """
    from dataclasses import replace

    from cchc.deriving.status import Filters, build_report

    day = parse_date(as_of)
    filters = Filters(agency, area_codes(area), states(state, "--state"), due_within, tuple(split(plan)),
                      role=role_of(role, agency))
    fail_states = states(fail_on, "--fail-on")
    soon_days = soon if soon is not None else config().soon
    # The plain table (not a terminal) is printed plan by plan, each table drawn by the process that
    # read the plan (the read stage's per-file step) and kept in the cache: see status_tables.
    tables = format.value == "table" and not rollup and (output is not None or not sys.stdout.isatty())
    if tables:
        from cchc.writing.output.status_tables import (
            TableOptions,
            TableStep,
            TableStore,
            plan_tables,
            write_tables,
        )

        cache = speed(no_cache, jobs)["cache"]
        step = TableStep(TableOptions(day, soon_days, filters), str(TableStore.of(cache).folder) if cache else None)
        workspace = read_workspace(paths, no_cache, jobs, models=False, derive=step)
        if agency is not None:  # registries are read only then: a warm run needs none of them
            check_agency(agency, workspace.agency_registries())
        found, lost = plan_tables(workspace.files, step)
        for path in lost:
            skipped(path)
        if not found:  # every plan was lost on the way (files changed during the run)
            raise fail(tr("không có kế hoạch nào đọc được (xem cchc lint)."))
        with open_output(output, human=True) as stream:
            counts = write_tables(found, sorted((*workspace.skipped, *lost)), day, stream, workspace.duplicates)
        if any(counts[s] for s in fail_states):
            raise typer.Exit(1)
        return
    workspace = read_workspace(paths, no_cache, jobs)
    check_agency(agency, workspace.registries.values())
    filters = replace(filters, registries=workspace.registries)
    report = build_report(workspace.plans, day, soon_days, filters, workspace.skipped, workspace.duplicates)
    with open_output(output, newline="" if format.value == "csv" else None, human=human(format)) as stream:
        if rollup:
            from cchc.deriving.links import rollup as build_rollup

            ROLLUP.writer(format.value)(build_rollup(report, workspace.registries), report, stream)
        else:
            STATUS.writer(format.value)(report, stream)
    if fail_states and any(row.state in fail_states for row in report.rows):
        raise typer.Exit(1)
