"""Usage errors (unknown command, bad option value…) from click's English into the user's language."""

from __future__ import annotations

from cchc.base.i18n import N_, tr

CLICK_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"No such command '(.+?)'\.(?: Did you mean '(.+?)'\?)?", N_("không có lệnh \"{0}\"")),
    (r"Invalid value for '(.+?)': (?:Value error, )?'(.+?)' is not one of (.+?)\.?$",
     N_("giá trị \"{1}\" của {0} không hợp lệ; chọn một trong {2}")),
    (r"Invalid value for '(.+?)': Input should be a valid integer.*", N_("{0} cần một số nguyên")),
    (r"Invalid value for '(.+?)': Input should be greater than or equal to (\S+).*", N_("{0} phải từ {1} trở lên")),
    (r"Missing parameter: (.+)", N_("thiếu tham số {0}")),
    (r"No such option: (\S+)", N_("không có tùy chọn {0}")),
    (r"Invalid value for '(.+?)': '(.+?)' is not one of (.+)\.", N_("giá trị \"{1}\" của {0} không hợp lệ; chọn một trong {2}")),
    (r"Invalid value for '(.+?)': '(.+?)' is not a valid int(?:eger)?(?: range)?\.", N_("{0} cần một số nguyên, không phải \"{1}\"")),
    (r"Invalid value for '(.+?)': (.+?) is not in the range (.+)\.", N_("giá trị {1} của {0} nằm ngoài khoảng {2}")),
    (r"Invalid value for '(.+?)': (?:File|Directory|Path) '(.+?)' is not readable\.?",
     N_("không đọc được \"{1}\" ({0}): không có quyền đọc")),
    (r"Invalid value for '(.+?)': (.+)", N_("giá trị của {0} không hợp lệ ({1})")),
    (r"Missing argument '(.+?)'\.?", N_("thiếu tham số {0}")),
    (r"Missing option '(.+?)'\.?", N_("thiếu tùy chọn {0}")),
    (r"Option '(.+?)' requires an argument\.?", N_("tùy chọn {0} cần một giá trị")),
    (r"Got unexpected extra arguments?(?:\(s\))? \((.+)\)", N_("thừa tham số: {0}")),
)


def vietnamese_usage_error(message: str) -> str:
    import re

    for pattern, template in CLICK_MESSAGES:
        match = re.match(pattern, message.strip())
        if match:
            groups = [g or "" for g in match.groups()]
            if groups:
                groups[0] = groups[0].split("' / '")[0].strip("'")  # "'--format' / '-f'" → --format
            return tr(template).format(*groups)
    return message
