"""Appendix layouts that real provincial plans print, as Word (.docx) files and their text exports.

Each :class:`Layout` describes one plan whose task table uses a layout ``cchc import`` must read
faithfully (issue 15, points 1a–1f):

a. group rows written in one cell: merged across the row, or typed in the first cell with the
   rest empty; in the text export with or without the trailing tabs;
b. the header repeated after a page break, a column-number row ``(1) (2) …`` and a sub-header
   under each group, one of them in another column order;
c. nested groups A/B > I/II > 1 > 1.1 > a);
d. a table without a Sản phẩm column;
e. numbering that runs on across the groups (1–11 across I, II, III);
f. vertically merged cells (one Chủ trì, one deadline for several rows), and no Phối hợp column.

:func:`build_docx` writes the .docx with python-docx using real Word merges (``gridSpan`` for a
row merged across, ``vMerge`` for a cell merged down); :func:`text_export` writes what Word's
"Save as plain text" gives for it (cells separated by tabs, a cell merged across the row written
as one cell, a cell merged down written once — on its first row, the rows below left empty —, a
page break as a blank line). :meth:`Layout.expected` says which tasks the import must give, every
cell included (the same from both files: the importer reads an empty Chủ trì or Thời gian of a
text export as merged down from the row above).

Run standalone to write the fixtures into a folder: ``python tests/import_layouts.py OUT_DIR``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

UP = "^"  # a cell merged down into the cell above it (vMerge)


@dataclass(frozen=True)
class Group:
    """A group row. ``number`` empty: the whole text in one cell (``merged`` across the row, or
    in the first cell with the others left empty); otherwise the number in the TT cell and the
    title merged across the rest."""

    text: str
    number: str = ""
    merged: bool = True
    tabs: bool = False  # the text export keeps the row's trailing tabs


@dataclass(frozen=True)
class Header:
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Task:
    cells: tuple[str, ...]


@dataclass(frozen=True)
class PageBreak:
    """Where the table breaks across pages: the text export has a blank line there."""


Row = Group | Header | Task | PageBreak


@dataclass(frozen=True)
class Expected:
    """A leaf task as the import must give it: its status id and every cell as printed."""

    id: str
    content: str
    output: str | None
    deadline: str | None
    lead: str
    support: str = ""


@dataclass(frozen=True)
class Layout:
    name: str
    province: str
    number: str
    title: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    tasks: tuple[Expected, ...]
    # The text export loses what only the Word merge said: ids whose cells differ there.
    text_tasks: tuple[Expected, ...] = ()
    # Lint errors planted on purpose: (code, task id).
    defects: tuple[tuple[str, str], ...] = ()
    text_defects: tuple[tuple[str, str], ...] = ()
    columns: tuple[str, ...] = field(default=())  # the appendix's recorded columns

    def expected(self, kind: str) -> tuple[Expected, ...]:
        if kind == "text" and self.text_tasks:
            changed = {task.id: task for task in self.text_tasks}
            return tuple(changed.get(task.id, task) for task in self.tasks)
        return self.tasks

    def expected_defects(self, kind: str) -> tuple[tuple[str, str], ...]:
        return self.defects + (self.text_defects if kind == "text" else ())

    @property
    def width(self) -> int:
        return len(self.header)

    def front_matter(self) -> list[str]:
        upper = self.province.upper()
        return [
            "ỦY BAN NHÂN DÂN", f"TỈNH {upper}",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            f"Số: {self.number}/KH-UBND", f"{self.province}, ngày 15 tháng 01 năm 2026",
            "KẾ HOẠCH", self.title,
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "Tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
            "2. Yêu cầu",
            "Nhiệm vụ được phân công cụ thể, gắn với trách nhiệm của người đứng đầu cơ quan, đơn vị.",
            "II. NHIỆM VỤ TRỌNG TÂM",
            "(Chi tiết tại Phụ lục kèm theo)",
            "Nơi nhận:", "- Bộ Nội vụ;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT, NC.",
            "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An",
            "Phụ lục",
            f"(Kèm theo Kế hoạch số {self.number}/KH-UBND ngày 15/01/2026 của UBND tỉnh {self.province})",
            "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
        ]


# ---------------------------------------------------------------------------------- layouts

_STANDARD = ("TT", "Nội dung, nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Cơ quan chủ trì",
             "Cơ quan phối hợp")

LAYOUT_A = Layout(
    name="a-nhom-mot-o", province="Quảng Trị", number="18",
    title="Công tác cải cách hành chính năm 2026",
    header=_STANDARD,
    rows=(
        Header(_STANDARD),
        Group("I. NÂNG CAO NHẬN THỨC VÀ TRÁCH NHIỆM VỀ CẢI CÁCH HÀNH CHÍNH"),
        Task(("1", "Tuyên truyền, phổ biến các chủ trương, chính sách về cải cách hành chính",
              "Tin, bài trên Cổng Thông tin điện tử tỉnh", "Thường xuyên", "Sở Nội vụ",
              "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố")),
        Task(("2", "Tổ chức Hội thi tìm hiểu về cải cách hành chính", "Hội thi được tổ chức", "Quý III/2026",
              "Sở Nội vụ", "Sở Thông tin và Truyền thông")),
        Group("II. CẢI CÁCH THỂ CHẾ", tabs=True),
        Task(("1", "Xây dựng, ban hành văn bản quy phạm pháp luật theo Chương trình năm 2026",
              "Nghị quyết, Quyết định", "Năm 2026", "Sở Tư pháp", "Các sở, ban, ngành")),
        PageBreak(),
        Task(("2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh", "Báo cáo kết quả rà soát",
              "Quý II/2026", "Sở Tư pháp", "")),
        Group("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", merged=False, tabs=True),
        # Planted: the source prints no lead for this task (the first of its group, so that the
        # text export cannot read it as a cell merged down from the row above).
        Task(("1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Hồ sơ được số hóa", "Năm 2026",
              "", "Sở Thông tin và Truyền thông")),
        Task(("2", "Công bố, công khai danh mục thủ tục hành chính", "Quyết định công bố", "Tháng 6/2026",
              "Văn phòng UBND tỉnh", "Các sở, ban, ngành")),
    ),
    tasks=(
        Expected("I.1", "Tuyên truyền, phổ biến các chủ trương, chính sách về cải cách hành chính",
                 "Tin, bài trên Cổng Thông tin điện tử tỉnh", "Thường xuyên", "Sở Nội vụ",
                 "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố"),
        Expected("I.2", "Tổ chức Hội thi tìm hiểu về cải cách hành chính", "Hội thi được tổ chức", "Quý III/2026",
                 "Sở Nội vụ", "Sở Thông tin và Truyền thông"),
        Expected("II.1", "Xây dựng, ban hành văn bản quy phạm pháp luật theo Chương trình năm 2026",
                 "Nghị quyết, Quyết định", "Năm 2026", "Sở Tư pháp", "Các sở, ban, ngành"),
        Expected("II.2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh", "Báo cáo kết quả rà soát",
                 "Quý II/2026", "Sở Tư pháp"),
        Expected("III.1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Hồ sơ được số hóa", "Năm 2026",
                 "", "Sở Thông tin và Truyền thông"),
        Expected("III.2", "Công bố, công khai danh mục thủ tục hành chính", "Quyết định công bố", "Tháng 6/2026",
                 "Văn phòng UBND tỉnh", "Các sở, ban, ngành"),
    ),
    defects=(("T001", "III.1"),),
    columns=_STANDARD,
)

_B_HEADER = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm")

LAYOUT_B = Layout(
    name="b-tieu-de-lap-lai", province="Hà Tĩnh", number="27",
    title="Cải cách hành chính nhà nước năm 2026",
    header=_B_HEADER,
    rows=(
        Header(_B_HEADER),
        Header(("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")),
        Group("CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", number="I"),
        Header(("", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm đầu ra")),
        Task(("1", "Rà soát, sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh", "Sở Nội vụ",
              "Các sở, ban, ngành", "Quý II/2026", "Báo cáo rà soát")),
        Task(("2", "Quản lý, sử dụng biên chế công chức và số lượng người làm việc", "Sở Nội vụ",
              "Sở Tài chính", "Năm 2026", "Quyết định giao biên chế")),
        PageBreak(),
        Header(_B_HEADER),
        Task(("3", "Kiện toàn tổ chức các đơn vị sự nghiệp công lập", "Sở Y tế",
              "Sở Nội vụ; Sở Tài chính", "Quý IV/2026", "Đề án kiện toàn")),
        Group("CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", number="II"),
        Header(("", "Nội dung", "Sản phẩm đầu ra", "Thời gian thực hiện", "Đơn vị thực hiện", "Đơn vị phối hợp")),
        Task(("1", "Xây dựng vị trí việc làm của cơ quan, tổ chức hành chính", "Quyết định phê duyệt",
              "Tháng 6/2026", "Sở Nội vụ", "Các sở, ban, ngành")),
        Task(("2", "Tổ chức thi tuyển công chức năm 2026", "Kết quả thi tuyển", "Quý III/2026",
              "Hội đồng thi tuyển công chức tỉnh", "Sở Nội vụ")),
    ),
    tasks=(
        Expected("I.1", "Rà soát, sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh",
                 "Báo cáo rà soát", "Quý II/2026", "Sở Nội vụ", "Các sở, ban, ngành"),
        Expected("I.2", "Quản lý, sử dụng biên chế công chức và số lượng người làm việc",
                 "Quyết định giao biên chế", "Năm 2026", "Sở Nội vụ", "Sở Tài chính"),
        Expected("I.3", "Kiện toàn tổ chức các đơn vị sự nghiệp công lập", "Đề án kiện toàn", "Quý IV/2026",
                 "Sở Y tế", "Sở Nội vụ; Sở Tài chính"),
        Expected("II.1", "Xây dựng vị trí việc làm của cơ quan, tổ chức hành chính", "Quyết định phê duyệt",
                 "Tháng 6/2026", "Sở Nội vụ", "Các sở, ban, ngành"),
        Expected("II.2", "Tổ chức thi tuyển công chức năm 2026", "Kết quả thi tuyển", "Quý III/2026",
                 "Hội đồng thi tuyển công chức tỉnh", "Sở Nội vụ"),
    ),
    columns=("STT", "Nội dung nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"),
)

_C_HEADER = ("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn hoàn thành")

LAYOUT_C = Layout(
    name="c-nhom-long-nhau", province="Lâm Đồng", number="105",
    title="Thực hiện công tác cải cách hành chính năm 2026",
    header=_C_HEADER,
    rows=(
        Header(_C_HEADER),
        Group("A. NHIỆM VỤ TRỌNG TÂM"),
        Group("CẢI CÁCH THỂ CHẾ", number="I"),
        Task(("1", "Xây dựng Nghị quyết quy định chính sách hỗ trợ chuyển đổi số", "Sở Khoa học và Công nghệ",
              "Sở Tư pháp", "Nghị quyết của HĐND tỉnh", "Tháng 6/2026")),
        Task(("2", "Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh", "Sở Tư pháp", "Các sở, ban, ngành",
              "Báo cáo", "Quý IV/2026")),
        Group("CẢI CÁCH THỦ TỤC HÀNH CHÍNH", number="II"),
        Task(("1", "Đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "Các sở, ban, ngành",
              "Quyết định phê duyệt phương án", "Quý III/2026")),
        Group("B. NHIỆM VỤ THƯỜNG XUYÊN"),
        Group("CẢI CÁCH TÀI CHÍNH CÔNG", number="I"),
        Task(("1", "Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập", "Sở Tài chính",
              "Các đơn vị sự nghiệp công lập", "Báo cáo", "Thường xuyên")),
        Group("XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", number="II"),
        Group("HẠ TẦNG SỐ", number="1"),
        Task(("1.1", "Nâng cấp Trung tâm dữ liệu tỉnh", "Sở Khoa học và Công nghệ", "", "Trung tâm dữ liệu được nâng cấp",
              "Năm 2026")),
        Task(("1.2", "Bảo đảm an toàn thông tin mạng", "", "", "", "")),
        Task(("a)", "Diễn tập an toàn thông tin", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Báo cáo diễn tập",
              "Quý III/2026")),
        Task(("b)", "Giám sát an toàn thông tin cho hệ thống thông tin của tỉnh", "Sở Khoa học và Công nghệ", "",
              "Báo cáo giám sát", "Thường xuyên")),
        Group("DỮ LIỆU SỐ", number="2"),
        Task(("2.1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành",
              "Kho dữ liệu dùng chung", "Quý IV/2026")),
    ),
    tasks=(
        Expected("A.I.1", "Xây dựng Nghị quyết quy định chính sách hỗ trợ chuyển đổi số", "Nghị quyết của HĐND tỉnh",
                 "Tháng 6/2026", "Sở Khoa học và Công nghệ", "Sở Tư pháp"),
        Expected("A.I.2", "Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh", "Báo cáo", "Quý IV/2026",
                 "Sở Tư pháp", "Các sở, ban, ngành"),
        Expected("A.II.1", "Đơn giản hóa thủ tục hành chính nội bộ", "Quyết định phê duyệt phương án", "Quý III/2026",
                 "Văn phòng UBND tỉnh", "Các sở, ban, ngành"),
        Expected("B.I.1", "Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập", "Báo cáo",
                 "Thường xuyên", "Sở Tài chính", "Các đơn vị sự nghiệp công lập"),
        Expected("B.II.1.1", "Nâng cấp Trung tâm dữ liệu tỉnh", "Trung tâm dữ liệu được nâng cấp", "Năm 2026",
                 "Sở Khoa học và Công nghệ"),
        Expected("B.II.1.2.a)", "Diễn tập an toàn thông tin", "Báo cáo diễn tập", "Quý III/2026", "Công an tỉnh",
                 "Sở Khoa học và Công nghệ"),
        Expected("B.II.1.2.b)", "Giám sát an toàn thông tin cho hệ thống thông tin của tỉnh", "Báo cáo giám sát",
                 "Thường xuyên", "Sở Khoa học và Công nghệ"),
        Expected("B.II.2.1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Kho dữ liệu dùng chung", "Quý IV/2026",
                 "Sở Khoa học và Công nghệ", "Các sở, ban, ngành"),
    ),
    columns=("TT", "Nội dung", "Sản phẩm", "Thời hạn hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"),
)

_D_HEADER = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")

LAYOUT_D = Layout(
    name="d-khong-cot-san-pham", province="Bình Định", number="41",
    title="Cải cách hành chính năm 2026",
    header=_D_HEADER,
    rows=(
        Header(_D_HEADER),
        Group("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", number="I"),
        Task(("1", "Ban hành Kế hoạch cải cách hành chính năm 2026", "Sở Nội vụ", "Các sở, ban, ngành", "Tháng 1/2026")),
        Task(("2", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị", "Sở Nội vụ",
              "Văn phòng UBND tỉnh", "Quý III/2026")),
        Group("CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", number="II"),
        Task(("1", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức", "Sở Nội vụ",
              "Các cơ quan, đơn vị", "Quý IV/2026")),
        Task(("2", "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "Sở Nội vụ", "", "Năm 2026")),
    ),
    tasks=(
        Expected("I.1", "Ban hành Kế hoạch cải cách hành chính năm 2026", None, "Tháng 1/2026", "Sở Nội vụ",
                 "Các sở, ban, ngành"),
        Expected("I.2", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị", None, "Quý III/2026",
                 "Sở Nội vụ", "Văn phòng UBND tỉnh"),
        Expected("II.1", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức", None, "Quý IV/2026",
                 "Sở Nội vụ", "Các cơ quan, đơn vị"),
        Expected("II.2", "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức", None, "Năm 2026", "Sở Nội vụ"),
    ),
    columns=("TT", "Nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"),
)

_E_HEADER = ("TT", "Nội dung công việc", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì", "Phối hợp")


def _e_task(n: int, content: str, output: str, deadline: str, lead: str, support: str = "") -> Task:
    return Task((str(n), content, output, deadline, lead, support))


LAYOUT_E = Layout(
    name="e-so-noi-tiep", province="Thái Nguyên", number="212",
    title="Cải cách hành chính tỉnh Thái Nguyên năm 2026",
    header=_E_HEADER,
    rows=(
        Header(_E_HEADER),
        Group("CẢI CÁCH THỂ CHẾ", number="I"),
        _e_task(1, "Xây dựng văn bản quy phạm pháp luật", "Quyết định", "Năm 2026", "Sở Tư pháp"),
        _e_task(2, "Kiểm tra văn bản quy phạm pháp luật", "Báo cáo", "Quý IV/2026", "Sở Tư pháp"),
        _e_task(3, "Rà soát văn bản quy phạm pháp luật", "Báo cáo", "Quý II/2026", "Sở Tư pháp"),
        _e_task(4, "Theo dõi thi hành pháp luật", "Báo cáo", "Quý IV/2026", "Sở Tư pháp", "Các sở, ban, ngành"),
        Group("CẢI CÁCH THỦ TỤC HÀNH CHÍNH", number="II"),
        _e_task(5, "Công bố thủ tục hành chính", "Quyết định công bố", "Thường xuyên", "Văn phòng UBND tỉnh"),
        _e_task(6, "Rà soát, đánh giá thủ tục hành chính", "Báo cáo", "Quý III/2026", "Văn phòng UBND tỉnh"),
        _e_task(7, "Thực hiện cơ chế một cửa, một cửa liên thông", "Báo cáo", "Năm 2026", "Sở Nội vụ"),
        _e_task(8, "Tiếp nhận, xử lý phản ánh, kiến nghị", "Báo cáo", "Thường xuyên", "Văn phòng UBND tỉnh"),
        Group("CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH", number="III"),
        _e_task(9, "Sắp xếp tổ chức bộ máy", "Đề án", "Quý II/2026", "Sở Nội vụ"),
        _e_task(10, "Quản lý biên chế", "Quyết định", "Năm 2026", "Sở Nội vụ", "Sở Tài chính"),
        _e_task(11, "Đánh giá mô hình tổ chức", "Báo cáo", "Tháng 9/2026", "Sở Nội vụ"),
    ),
    tasks=tuple(
        Expected(f"{group}.{n}", content, output, deadline, lead, support)
        for group, n, content, output, deadline, lead, support in (
            ("I", 1, "Xây dựng văn bản quy phạm pháp luật", "Quyết định", "Năm 2026", "Sở Tư pháp", ""),
            ("I", 2, "Kiểm tra văn bản quy phạm pháp luật", "Báo cáo", "Quý IV/2026", "Sở Tư pháp", ""),
            ("I", 3, "Rà soát văn bản quy phạm pháp luật", "Báo cáo", "Quý II/2026", "Sở Tư pháp", ""),
            ("I", 4, "Theo dõi thi hành pháp luật", "Báo cáo", "Quý IV/2026", "Sở Tư pháp", "Các sở, ban, ngành"),
            ("II", 5, "Công bố thủ tục hành chính", "Quyết định công bố", "Thường xuyên", "Văn phòng UBND tỉnh", ""),
            ("II", 6, "Rà soát, đánh giá thủ tục hành chính", "Báo cáo", "Quý III/2026", "Văn phòng UBND tỉnh", ""),
            ("II", 7, "Thực hiện cơ chế một cửa, một cửa liên thông", "Báo cáo", "Năm 2026", "Sở Nội vụ", ""),
            ("II", 8, "Tiếp nhận, xử lý phản ánh, kiến nghị", "Báo cáo", "Thường xuyên", "Văn phòng UBND tỉnh", ""),
            ("III", 9, "Sắp xếp tổ chức bộ máy", "Đề án", "Quý II/2026", "Sở Nội vụ", ""),
            ("III", 10, "Quản lý biên chế", "Quyết định", "Năm 2026", "Sở Nội vụ", "Sở Tài chính"),
            ("III", 11, "Đánh giá mô hình tổ chức", "Báo cáo", "Tháng 9/2026", "Sở Nội vụ", ""),
        )),
    columns=_E_HEADER,
)

_F_HEADER = ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian", "Kết quả, sản phẩm")

LAYOUT_F = Layout(
    name="f-o-gop-doc", province="Đồng Tháp", number="9",
    title="Cải cách hành chính năm 2026",
    header=_F_HEADER,
    rows=(
        Header(_F_HEADER),
        Group("CẢI CÁCH TÀI CHÍNH CÔNG", number="I"),
        Task(("1", "Giao dự toán ngân sách nhà nước năm 2026", "Sở Tài chính", "Quý I/2026", "Quyết định giao dự toán")),
        Task(("2", "Công khai ngân sách nhà nước theo quy định", UP, "Quý II/2026", "Báo cáo công khai")),
        Task(("3", "Quyết toán ngân sách nhà nước năm 2025", UP, UP, "Báo cáo quyết toán")),
        Group("HIỆN ĐẠI HÓA HÀNH CHÍNH", number="II"),
        Task(("1", "Vận hành Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "Văn phòng UBND tỉnh",
              "Thường xuyên", "Hệ thống vận hành ổn định")),
        Task(("2", "Duy trì Hệ thống quản lý văn bản và điều hành", "Sở Khoa học và Công nghệ", UP,
              "Hệ thống vận hành ổn định")),
    ),
    tasks=(
        Expected("I.1", "Giao dự toán ngân sách nhà nước năm 2026", "Quyết định giao dự toán", "Quý I/2026",
                 "Sở Tài chính"),
        Expected("I.2", "Công khai ngân sách nhà nước theo quy định", "Báo cáo công khai", "Quý II/2026",
                 "Sở Tài chính"),
        Expected("I.3", "Quyết toán ngân sách nhà nước năm 2025", "Báo cáo quyết toán", "Quý II/2026", "Sở Tài chính"),
        Expected("II.1", "Vận hành Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
                 "Hệ thống vận hành ổn định", "Thường xuyên", "Văn phòng UBND tỉnh"),
        Expected("II.2", "Duy trì Hệ thống quản lý văn bản và điều hành", "Hệ thống vận hành ổn định", "Thường xuyên",
                 "Sở Khoa học và Công nghệ"),
    ),
    columns=("TT", "Nội dung công việc", "Kết quả, sản phẩm", "Thời gian", "Đơn vị chủ trì"),
)

LAYOUTS: tuple[Layout, ...] = (LAYOUT_A, LAYOUT_B, LAYOUT_C, LAYOUT_D, LAYOUT_E, LAYOUT_F)


# ------------------------------------------------------------------------------------ writers

def build_docx(layout: Layout, path: Path) -> Path:
    """Write ``layout`` as a Word plan: front matter, then the appendix table with real merges."""
    import docx

    document = docx.Document()
    for text in layout.front_matter():
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = text.isupper() or text.startswith(("I.", "II.", "Phụ lục"))
    rows = [row for row in layout.rows if not isinstance(row, PageBreak)]
    table = document.add_table(rows=len(rows), cols=layout.width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        if isinstance(row, Header):
            for cell, text in zip(cells, row.cells, strict=True):
                _set_cell(cell, text, bold=True)
        elif isinstance(row, Group):
            if row.number:
                _set_cell(cells[0], row.number, bold=True)
                _set_cell(cells[1].merge(cells[-1]), row.text, bold=True)
            elif row.merged:
                _set_cell(cells[0].merge(cells[-1]), row.text, bold=True)
            else:
                _set_cell(cells[0], row.text, bold=True)
        elif isinstance(row, Task):
            for k, text in enumerate(row.cells):
                if text == UP:
                    top = r - 1
                    while isinstance(rows[top], Task) and rows[top].cells[k] == UP:  # type: ignore[union-attr]
                        top -= 1
                    table.cell(top, k).merge(table.cell(r, k))
                else:
                    _set_cell(cells[k], text)
    document.save(str(path))
    return path


def _set_cell(cell: object, text: str, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    if text:
        paragraph.add_run(text).bold = bold


def text_export(layout: Layout) -> str:
    """What Word's "Save as plain text" writes for ``build_docx(layout)``."""
    lines = layout.front_matter()[:]
    out: list[str] = []
    for line in lines:
        out.extend([line, ""] if line.isupper() else [line])
    out.append("")
    width = layout.width
    for row in layout.rows:
        if isinstance(row, PageBreak):
            out.append("")
        elif isinstance(row, Header):
            out.append("\t".join(row.cells))
        elif isinstance(row, Group):
            if row.number:
                out.append(f"{row.number}\t{row.text}")
            elif row.merged and not row.tabs:
                out.append(row.text)
            else:
                out.append(row.text + "\t" * (width - 1))
        else:
            out.append("\t".join("" if text == UP else text for text in row.cells))
    return "\n".join(out) + "\n"


def write_text(layout: Layout, path: Path) -> Path:
    path.write_text(text_export(layout), encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("Cách dùng: python tests/import_layouts.py THƯ_MỤC_RA", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for layout in LAYOUTS:
        build_docx(layout, folder / f"{layout.name}.docx")
        write_text(layout, folder / f"{layout.name}.txt")
        print(f"{folder / layout.name}.docx, .txt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
