"""Giá trị không hợp lệ: ngoài danh sách cho phép, sai định dạng ngày, để trống…

Đúng:

    area: the_che
    progress:
      - date: 2021-06-30
        status: done

Sai:

    area: the-che
    progress:
      - date: 30/6/2021
        status: xong
"""

from __future__ import annotations

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "S004"
NAME = "schema-value"
TITLE = N_("Giá trị không hợp lệ")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)
SCHEMA_KIND = "value"  # the schema check's problem kind reported under this code
check = None

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "enum": N_("Giá trị {value} không thuộc danh sách cho phép."),
    "enum.close": N_("Có phải ý bạn là \"{name}\"? "),
    "enum.hint": N_("Giá trị hợp lệ: {values}."),
    "const": N_("Giá trị {value} không hợp lệ: phải là {expected}."),
    "const.hint": N_("Sửa thành {expected}."),
    "date": N_("Ngày {value} không tồn tại hoặc sai định dạng."),
    "date.hint": N_("Ngày có dạng YYYY-MM-DD, ví dụ 2021-06-30."),
    "date.order": N_("Ngày viết theo dạng năm-tháng-ngày: {year:04d}-{month:02d}-{day:02d}."),
    "pattern": N_("Giá trị {value} không đúng định dạng."),
    "pattern.hint": N_("Định dạng yêu cầu (biểu thức chính quy): {pattern}"),
    "empty": N_("Giá trị không được để trống."),
    "empty.hint": N_("Điền nội dung hoặc xóa cả dòng khóa này nếu khóa không bắt buộc."),
    "too-long": N_("Giá trị dài quá {limit} ký tự."),
    "too-long.hint": N_("Rút gọn nội dung."),
    "too-few": N_("Danh sách cần ít nhất {count} phần tử."),
    "too-few.hint": N_("Thêm phần tử, hoặc xóa cả khóa này nếu khóa không bắt buộc."),
    "too-many": N_("Danh sách có nhiều nhất {count} phần tử."),
    "too-many.hint": N_("Trong danh sách [a, b], văn bản có dấu phẩy bị tách thành nhiều phần tử: đặt "
                        "văn bản đó trong dấu nháy kép."),
    "minimum": N_("Giá trị {value} nhỏ hơn mức tối thiểu {limit}."),
    "minimum.hint": N_("Kiểm tra lại con số (ví dụ năm phải có 4 chữ số)."),
    "maximum": N_("Giá trị {value} lớn hơn mức tối đa {limit}."),
    "maximum.hint": N_("Kiểm tra lại con số."),
    "other": N_("Giá trị {value} không hợp lệ theo định dạng {kind} (quy tắc \"{rule}\")."),
    "other.hint": N_("Xem mô tả của khóa này trong schema/plan.schema.json hoặc khi di chuột trong VS Code."),
})
