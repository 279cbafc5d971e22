"""English messages for maintainers (``--lang en``): Vietnamese message id → English.

Keys are the Vietnamese texts exactly as written in the code (``tr(...)``/``N_(...)``) and in the
schemas' ``errorMessage``; the rules' documentation is keyed by code and paragraph (``"A001.doc.2"``,
see :func:`cchc.checking.rules.doc_ids`), so a Vietnamese typo fix keeps its English entry. Values
keep the same ``{named}`` fields. A value
may be a pair ``(one, other)`` chosen by the ``count`` field. Text quoted from a plan is shown in
double quotes, so it stands apart from the English around it. ``tests/test_i18n.py`` fails when an
id has no entry, an entry's fields differ from its id's, or an entry is no longer used;
``python tests/msgids.py`` lists what to add or remove.
"""

from __future__ import annotations

MESSAGES: dict[str, str | tuple[str, str]] = {
    # ------------------------------------------------------------------ severities, lint output
    "lỗi": "error",
    "cảnh báo": "warning",
    "thông tin": "info",
    "gợi ý": "hint",
    "Gợi ý: {hint}": "Hint: {hint}",
    "Đã kiểm tra {count} tệp": ("Checked {count} file", "Checked {count} files"),
    "{count} tệp": ("{count} file", "{count} files"),
    "{n} lỗi": ("{n} error", "{n} errors"),
    "{n} cảnh báo": ("{n} warning", "{n} warnings"),
    "{count} bỏ qua có lý do": "{count} suppressed with a reason",

    # ------------------------------------------------------------------ rules (cchc/checking/rules/*.py)
    "Nhiệm vụ {ref}": "Task \"{ref}\"",
    "Các nhiệm vụ của nhóm {group}": "The tasks of group \"{group}\"",
    "Đơn vị kế thừa: {names}.": "Taken over by: {names}.",
    "Danh mục không ghi đơn vị kế thừa; giao lại nhiệm vụ cho đơn vị phù hợp.":
        "The registry names no successor; reassign the task to a suitable unit.",
    "{who} giao cho {agency}, cơ quan đã chấm dứt hoạt động từ {ended}, trước hạn {due:%d/%m/%Y}.":
        "{who} is assigned to \"{agency}\", which ceased to exist on {ended}, before the due date {due:%d/%m/%Y}.",
    "Danh mục cơ quan {path} có lỗi nên chưa kiểm tra được tên cơ quan.":
        "The agency registry \"{path}\" has errors, so agency names were not checked.",
    "Sửa lỗi trong {path} (chạy cchc lint trên tệp đó).": "Fix the errors in \"{path}\" (run cchc lint on that file).",
    "Không tìm thấy danh mục cơ quan (agencies.yaml) cho kế hoạch này.":
        "No agency registry (agencies.yaml) found for this plan.",
    "Tạo tệp agencies.yaml trong thư mục của kế hoạch hoặc một thư mục cha.":
        "Create an agencies.yaml file in the plan's folder or in a parent folder.",
    "Tên \"{name}\" có dấu phẩy nên bị tách thành nhiều phần tử: đặt cả tên trong dấu nháy kép, ví dụ [\"{name}\"].":
        "The name \"{name}\" contains a comma, so it was split into several items: put the whole name in "
        "double quotes, e.g. [\"{name}\"].",
    "Có phải ý bạn là \"{name}\"? ": "Did you mean \"{name}\"? ",
    "Nếu đây là cơ quan mới, thêm vào danh mục {path} (tên chuẩn hoặc aliases).":
        "If this is a new agency, add it to the registry \"{path}\" (as a canonical name or an alias).",
    "Cơ quan \"{name}\" không có trong danh mục cơ quan.": "Agency \"{name}\" is not in the agency registry.",
    "Ngày {day:02d}/{month:02d}/{year} không có thật trên lịch.":
        "The date {day:02d}/{month:02d}/{year} does not exist in the calendar.",
    "Kiểm tra lại ngày, tháng theo bản gốc.": "Check the day and month against the source document.",
    "Ký hiệu \"{symbol}\" không khớp loại văn bản {type} (chữ viết tắt {abbreviation}).":
        "The document symbol \"{symbol}\" does not match the document type \"{type}\" (abbreviation "
        "\"{abbreviation}\").",
    "Ký hiệu của {type} bắt đầu bằng {abbreviation}-, ví dụ {abbreviation}-UBND.":
        "The symbol of a \"{type}\" starts with {abbreviation}-, e.g. \"{abbreviation}-UBND\".",
    "Năm bắt đầu {start} sau năm kết thúc {end}.": "The start year {start} is after the end year {end}.",
    "Đổi chỗ hai năm, ví dụ period: {start: 2021, end: 2025}.":
        "Swap the two years, e.g. period: {start: 2021, end: 2025}.",
    "Năm định hướng {vision} trước năm kết thúc {end}.": "The vision year {vision} is before the end year {end}.",
    "Năm định hướng (vision) là năm xa hơn, ví dụ \"định hướng đến năm 2030\".":
        "The vision year is the more distant one, e.g. \"định hướng đến năm 2030\" (outlook to 2030).",
    " kỳ {occurrence}": " (occurrence \"{occurrence}\")",
    "Nhiệm vụ {ref}{which} đã hoàn thành ngày {finished:%d/%m/%Y} nhưng nhật ký vẫn ghi tiếp.":
        "Task \"{ref}\"{which} was completed on {finished:%d/%m/%Y}, but the progress log continues.",
    "Xóa dòng ghi sau khi hoàn thành, hoặc sửa trạng thái của dòng done nếu ghi nhầm; với nhiệm vụ định kỳ, "
    "ghi occurrence cho kỳ mới.":
        "Remove the entries after completion, or correct the status of the done entry if it was a mistake; "
        "for a recurring task, give the new period an occurrence.",
    "Nhiệm vụ {ref} có trigger nhưng thời hạn \"{deadline}\" không phải dạng chờ điều kiện.":
        "Task \"{ref}\" has a trigger, but its deadline \"{deadline}\" is not a conditional one.",
    "Bỏ khóa trigger, hoặc dùng due: để ghi hạn cụ thể.": "Remove the trigger key, or use due: for an explicit date.",
    "Các mốc của nhiệm vụ: {labels}.": "The task's milestones: {labels}.",
    "Nhiệm vụ này không có mốc hạn; bỏ occurrence.": "This task has no milestones; remove occurrence.",
    "Nhiệm vụ {ref} không có mốc \"{occurrence}\".": "Task \"{ref}\" has no milestone \"{occurrence}\".",
    "Nhật ký tiến độ của nhiệm vụ {ref}: ngày {date:%d/%m/%Y} sớm hơn dòng trước ({previous:%d/%m/%Y}).":
        "Progress log of task \"{ref}\": the date {date:%d/%m/%Y} is earlier than the previous entry's "
        "({previous:%d/%m/%Y}).",
    "Nhật ký chỉ ghi thêm theo thứ tự thời gian; kiểm tra lại ngày hoặc thứ tự các dòng.":
        "The log is append-only in date order; check the date or the order of the entries.",
    "Tên \"{name}\" đã dùng cho {other} ({id}).": "The name \"{name}\" is already used by \"{other}\" ({id}).",
    "Mỗi tên chỉ thuộc về một cơ quan hoặc một nhóm; xóa hoặc sửa một trong hai.":
        "Each name belongs to one agency or group only; remove or change one of the two.",
    "Mã \"{id}\" bị trùng.": "The id \"{id}\" is used twice.",
    "Mỗi cơ quan, nhóm cần một mã riêng.": "Every agency and group needs its own id.",
    "Mã \"{id}\" không có trong danh mục.": "The id \"{id}\" is not in the registry.",
    "Kiểm tra lại mã, hoặc thêm cơ quan đó vào danh mục.": "Check the id, or add that agency to the registry.",
    "Tỷ lệ {value:g}% nằm ngoài khoảng 0–100%.": "The percentage {value:g}% is outside 0–100%.",
    "Kiểm tra lại số (gõ nhầm?) hoặc đơn vị (số lượng thay vì tỷ lệ?).":
        "Check the number (a typo?) or the unit (a count rather than a percentage?).",
    "Chỉ tiêu xếp hạng nhưng kết quả {value:g} không phải thứ hạng (số nguyên dương).":
        "The target is a ranking, but the result {value:g} is not a rank (a positive whole number).",
    "Ghi thứ hạng (ví dụ 18), không ghi điểm số của chỉ số.": "Record the rank (e.g. 18), not the index score.",
    "Kết quả của chỉ tiêu {target} ghi đơn vị \"{unit}\", khác đơn vị của chỉ tiêu \"{expected}\".":
        "A result of target \"{target}\" is in \"{unit}\", not in the target's unit \"{expected}\".",
    "Quy đổi kết quả sang {unit} hoặc bỏ unit nếu đã đúng đơn vị.":
        "Convert the result to \"{unit}\", or drop unit if it already is in that unit.",
    "Năm {year} của chỉ tiêu {target} nằm ngoài thời kỳ kế hoạch {start}–{end}.":
        "The year {year} of target \"{target}\" is outside the plan's period {start}–{end}.",
    "Kiểm tra lại năm; mục tiêu dài hạn ghi ở period.vision.":
        "Check the year; a long-term goal belongs in period.vision.",
    "Nhiệm vụ {ref} có hạn {due:%d/%m/%Y}, trước thời kỳ kế hoạch ({start}–{end}).":
        "Task \"{ref}\" is due {due:%d/%m/%Y}, before the plan's period ({start}–{end}).",
    "Kiểm tra lại năm của thời hạn (chép nhầm từ kế hoạch năm trước?).":
        "Check the deadline's year (copied from last year's plan by mistake?).",
    "Nhiệm vụ {ref}: {message}": "Task \"{ref}\": {message}",
    "Nhiệm vụ {ref} không ghi thời gian hoàn thành.": "Task \"{ref}\" has no deadline (“thời gian hoàn thành”).",
    "Ghi thời gian như văn bản, ví dụ deadline: Quý II/2021, deadline: Nhiệm vụ thường xuyên; hoặc hạn cụ thể "
    "due: 2021-06-30.":
        "Write the deadline as the document does, e.g. deadline: \"Quý II/2021\" or deadline: \"Nhiệm vụ thường "
        "xuyên\"; or an explicit date: due: 2021-06-30.",
    "Nhiệm vụ {ref} không có cơ quan chủ trì.": "Task \"{ref}\" has no lead agency.",
    "Thêm lead: [tên cơ quan] cho nhiệm vụ, hoặc lead chung cho cả nhóm nhiệm vụ.":
        "Add lead: [agency name] to the task, or one lead for the whole task group.",
    "Nhiệm vụ {ref} không ghi sản phẩm.": "Task \"{ref}\" has no output (“sản phẩm”).",
    "Ghi sản phẩm đầu ra, ví dụ output: Quyết định của UBND tỉnh.":
        "Record the output, e.g. output: \"Quyết định của UBND tỉnh\" (a decision of the provincial people's "
        "committee).",
    "Số thứ tự \"{number}\" bị trùng trong {where} (đã dùng ở dòng {line}).":
        "The number \"{number}\" is repeated in {where} (already used on line {line}).",
    "Sửa số thứ tự; nếu bản gốc đánh số trùng thì giữ nguyên, thêm key: riêng cho nhiệm vụ này và ghi chú "
    "# cchc: ignore[N001] <lý do>.":
        "Fix the number; if the source document repeats it, keep it, give this task its own key: and add "
        "# cchc: ignore[N001] <reason>.",
    "nhiệm vụ {ref}": "task \"{ref}\"",
    "Số thứ tự nhóm \"{number}\" bị trùng (đã dùng ở dòng {line}).":
        "The group number \"{number}\" is repeated (already used on line {line}).",
    "Mỗi nhóm nhiệm vụ trong cùng một phần cần số thứ tự riêng.":
        "Every task group in the same part needs its own number.",
    "nhóm {number}": "group \"{number}\"",
    "nhóm \"{title}\"": "group \"{title}\"",
    "Mã key \"{key}\" bị trùng (đã dùng cho nhiệm vụ {ref}).":
        "The key \"{key}\" is used twice (already by task \"{ref}\").",
    "Mỗi key phải duy nhất trong kế hoạch.": "Every key must be unique within the plan.",
    "Số thứ tự \"{number}\" trong {where} không liền sau \"{previous}\" (cần \"{expected}\").":
        "The number \"{number}\" in {where} does not follow \"{previous}\" (expected \"{expected}\").",
    "Số thứ tự \"{number}\" trong {where} không liền sau đầu danh sách (cần \"{expected}\").":
        "The number \"{number}\" in {where} does not start the list (expected \"{expected}\").",
    "Kiểm tra xem có sót hoặc thừa dòng khi chép bảng; nếu bản gốc đánh số như vậy, giữ nguyên và ghi chú "
    "# cchc: ignore[N002] <lý do>.":
        "Check for a row missed or repeated when the table was copied; if the source document is numbered "
        "this way, keep it and add # cchc: ignore[N002] <reason>.",
    "các nhóm nhiệm vụ": "the task groups",
    "Văn bản chứa ký tự điều khiển U+{code:04X} không in được ra Word.":
        "The text contains the control character U+{code:04X}, which Word cannot print.",
    "Xóa ký tự này (thường lẫn vào khi sao chép từ Word hoặc PDF).":
        "Delete this character (it usually comes from copying out of Word or a PDF).",
    "Văn bản có vẻ gõ bằng bảng mã TCVN3 (ABC) hoặc VNI: \"{sample}\".":
        "The text seems to be typed in the legacy TCVN3 (ABC) or VNI encoding: \"{sample}\".",
    "Chuyển mã sang Unicode dựng sẵn (Unikey: Công cụ chuyển mã, chọn bảng mã nguồn TCVN3 hoặc VNI Windows, "
    "bảng mã đích Unicode) rồi dán lại.":
        "Convert it to precomposed Unicode (in Unikey's converter, source TCVN3 or VNI Windows, target "
        "Unicode) and paste it back.",
    "Văn bản không ở dạng Unicode dựng sẵn (NFC), gần \"{sample}\".":
        "The text is not in precomposed Unicode (NFC), near \"{sample}\".",
    "Chuyển sang Unicode dựng sẵn (Unikey: Công cụ chuyển mã, từ Unicode tổ hợp sang Unicode) rồi lưu lại.":
        "Convert it to precomposed Unicode (in Unikey's converter, from combining Unicode to Unicode) and save.",
    # ------------------------------------------------------------------ the lint run (cchc/checking/lint.py)
    "là thư mục": "it is a folder",
    "là một đường ống (FIFO), không phải tệp thường": "it is a pipe (FIFO), not a regular file",
    "không phải tệp thường": "it is not a regular file",
    "danh mục kế thừa vòng tròn (extends)": "the registries extend each other in a circle (extends)",
    "không đọc được tệp": "the file cannot be read",
    "không đúng định dạng danh mục cơ quan": "it does not follow the agency registry format",
    "không tìm thấy danh mục cấp trên {path}": "the parent registry \"{path}\" was not found",
    "Không đọc được \"{path}\": {reason}.": "Cannot read \"{path}\": {reason}.",
    "Kiểm tra tệp này (liên kết tượng trưng, quyền đọc); các tệp khác vẫn được kiểm tra.":
        "Check this file (symbolic link, read permission); the other files are still checked.",
    "Chú thích bỏ qua {code} không bỏ qua lỗi nào.": "The suppression of {code} suppresses nothing.",
    "Quy tắc {code} gặp lỗi nội bộ khi kiểm tra tệp này ({error}).":
        "Rule {code} failed with an internal error on this file ({error}).",
    "cchc gặp lỗi nội bộ khi kiểm tra tệp này ({error}).": "cchc failed with an internal error on this file ({error}).",
    "Đây là lỗi của cchc, không phải của kế hoạch: hãy báo cho nhóm phát triển kèm tệp này.":
        "This is a bug in cchc, not in the plan: please report it to the developers with this file.",
    "Tệp rỗng.": "The file is empty.",
    "Nội dung tệp không phải một đối tượng (các cặp khóa: giá trị).":
        "The file's content is not a mapping (key: value pairs).",
    "Một kế hoạch bắt đầu bằng version: 1, id: …, document: …, period: ….":
        "A plan starts with version: 1, id: …, document: …, period: ….",
    "Danh mục cơ quan bắt đầu bằng version: 1, jurisdiction: …, agencies: ….":
        "An agency registry starts with version: 1, jurisdiction: …, agencies: ….",
    "không tìm thấy tệp {path}": "the file \"{path}\" was not found",
    "Danh mục cấp trên (extends) có vấn đề: {problem}.": "The parent registry (extends) has a problem: {problem}.",
    "Sửa đường dẫn extends (tương đối so với tệp này) hoặc lỗi trong danh mục đó.":
        "Fix the extends path (relative to this file) or the errors in that registry.",
    "Chú thích bỏ qua sai cú pháp.": "Malformed suppression comment.",
    "Cú pháp đúng: # cchc: ignore[MÃ1,MÃ2] lý do (xem mã bằng lệnh cchc rules).":
        "The syntax is: # cchc: ignore[CODE1,CODE2] reason (cchc rules lists the codes).",
    "Chú thích bỏ qua không ghi lý do.": "The suppression comment gives no reason.",
    "Chú thích bỏ qua chưa ghi lý do: chỗ {placeholder} vẫn còn nguyên.":
        "The suppression comment gives no reason: the placeholder {placeholder} is still there.",
    # cchc lsp: code actions (cchc/editor/actions.py)
    "Sửa thành \"{name}\"": "Change to \"{name}\"",
    "Sửa thành {value}": "Change to {value}",
    "Viết thành danh sách: {value}": "Write as a list: {value}",
    "Đặt trong dấu nháy: {value}": "Quote it: {value}",
    "Xóa {count} dấu cách ở đầu dòng {line}": ("Delete {count} space at the start of line {line}",
                                               "Delete {count} spaces at the start of line {line}"),
    "Chuyển sang Unicode dựng sẵn (NFC)": "Convert to precomposed Unicode (NFC)",
    "Thêm {code} vào chú thích bỏ qua có sẵn": "Add {code} to the suppression comment already there",
    "Bỏ qua {code} ở đây bằng chú thích # cchc: ignore (cần ghi lý do)":
        "Suppress {code} here with a # cchc: ignore comment (a reason is needed)",
    "Thêm lý do sau dấu ], ví dụ: # cchc: ignore[T002] Bản gốc không ghi sản phẩm.":
        "Add the reason after the ], e.g. # cchc: ignore[T002] the source document names no output.",
    "Mã quy tắc \"{code}\" không tồn tại.": "There is no rule \"{code}\".",
    "Xem danh sách mã bằng lệnh cchc rules.": "cchc rules lists the codes.",
    "Không thể bỏ qua mã {code}.": "{code} cannot be suppressed.",
    "Sửa nguyên nhân thay vì bỏ qua.": "Fix the cause instead.",
    "Lỗi này không (còn) xảy ra ở đây: xóa mã khỏi chú thích, hoặc xóa cả chú thích.":
        "This problem does not occur here (any more): remove the code from the comment, or the whole comment.",

    # ------------------------------------------------------------------ reading YAML (cchc/reading/load.py)
    "Kiểm tra thụt lề (chỉ dùng dấu cách), dấu \":\" sau mỗi khóa và dấu nháy đóng mở.":
        "Check the indentation (spaces only), the \":\" after every key, and that quotes are closed.",
    "Tệp chứa ký tự điều khiển không hợp lệ{code}.": "The file contains an invalid control character{code}.",
    "Xóa ký tự lạ này (thường do sao chép từ Word hoặc PDF); trong VS Code nó hiện thành một ô nhỏ có chữ viết tắt.":
        "Delete this stray character (usually copied from Word or a PDF); VS Code shows it as a small box "
        "with an abbreviation.",
    "Ký tự không hợp lệ ở đầu một phần tử YAML (thường là phím Tab).":
        "A character that cannot start a YAML token (usually a Tab).",
    "YAML không cho dùng Tab để thụt lề: thay Tab bằng dấu cách.":
        "YAML does not allow Tabs for indentation: replace the Tab with spaces.",
    "Có ký tự Tab ở vị trí thụt lề.": "There is a Tab in the indentation.",
    "Dấu \":\" không được phép ở đây.": "A \":\" is not allowed here.",
    "Văn bản có dấu \": \" phải đặt trong dấu nháy kép, ví dụ content: \"Các Sở: Nội vụ, Tư pháp\".":
        "Text containing \": \" must be in double quotes, e.g. content: \"Các Sở: Nội vụ, Tư pháp\".",
    "Thiếu dấu \":\" sau tên khóa.": "The \":\" after the key is missing.",
    "Mỗi dòng khóa có dạng khóa: giá trị; văn bản dài nhiều dòng cần đặt trong dấu nháy.":
        "Each key line reads key: value; text running over several lines must be quoted.",
    "Thụt lề không khớp: gặp nội dung không phải một khóa của đối tượng đang mở.":
        "Indentation mismatch: found content that is not a key of the open mapping.",
    "Các khóa cùng cấp phải thẳng cột; phần tử danh sách bắt đầu bằng \"- \".":
        "Keys at the same level must line up; list items start with \"- \".",
    "Thụt lề không khớp trong danh sách: thiếu dấu \"- \" của phần tử.":
        "Indentation mismatch in a list: an item's \"- \" is missing.",
    "Các phần tử cùng danh sách phải bắt đầu bằng \"- \" và thẳng cột với nhau.":
        "Items of the same list must start with \"- \" and line up.",
    "Danh sách trong ngoặc vuông chưa được đóng bằng \"]\".": "A list in square brackets is not closed with \"]\".",
    "Kiểm tra dấu \"]\" và dấu phẩy giữa các phần tử; tên có dấu phẩy phải đặt trong dấu nháy.":
        "Check the \"]\" and the commas between items; a name containing a comma must be quoted.",
    "Đối tượng trong ngoặc nhọn chưa được đóng bằng \"}\".": "A mapping in braces is not closed with \"}\".",
    "Kiểm tra dấu \"}\" và dấu phẩy giữa các cặp khóa: giá trị.": "Check the \"}\" and the commas between key: value pairs.",
    "Tệp kết thúc khi dấu nháy hoặc ngoặc vẫn chưa đóng.": "The file ends while a quote or bracket is still open.",
    "Tìm dấu nháy mở (\" hoặc ') chưa có dấu đóng tương ứng.": "Look for an opening quote (\" or ') that is never closed.",
    "Tham chiếu (*tên) tới một neo (&tên) không tồn tại.": "An alias (*name) refers to an anchor (&name) that does not exist.",
    "Kiểm tra tên neo hoặc bỏ dấu * ở đầu văn bản (đặt văn bản trong dấu nháy).":
        "Check the anchor's name, or quote text that starts with *.",
    "Tệp chứa nhiều tài liệu YAML (có dòng \"---\" ở giữa).": "The file holds several YAML documents (a \"---\" line in the middle).",
    "Mỗi tệp chỉ chứa một kế hoạch: bỏ dòng \"---\" hoặc tách thành nhiều tệp.":
        "A file holds one plan: remove the \"---\" line or split the file.",
    "Ký tự thoát (\\) không hợp lệ trong chuỗi đặt trong nháy kép.": "Invalid escape (\\) in a double-quoted string.",
    "Dùng \\\\ cho dấu gạch chéo ngược, hoặc dùng nháy đơn.": "Write \\\\ for a backslash, or use single quotes.",
    "Thụt lề không khớp với khối đang mở.": "The indentation does not match the open block.",
    "Các khóa cùng cấp phải thẳng cột; kiểm tra dòng phía trên vị trí báo lỗi.":
        "Keys at the same level must line up; check the line above the reported position.",
    "Dấu \"?\" ở đầu giá trị được YAML hiểu là khóa phức hợp, không dùng được ở đây.":
        "A \"?\" at the start of a value makes YAML read a complex key, which is not allowed here.",
    "Đặt cả giá trị trong nháy kép, ví dụ: \"? chưa rõ\".": "Put the whole value in double quotes, e.g. \"? chưa rõ\".",
    "Chuỗi trong nháy kép có \\x, \\u hoặc \\U không theo sau bởi mã hệ 16 hợp lệ (thường là đường dẫn Windows).":
        "A double-quoted string has \\x, \\u or \\U not followed by a valid hexadecimal code (often a Windows path).",
    "Dùng nháy đơn cho đường dẫn, ví dụ 'D:\\xu-ly\\bao-cao.docx', hoặc viết \\\\ thay cho \\.":
        "Use single quotes for a path, e.g. 'D:\\xu-ly\\bao-cao.docx', or write \\\\ instead of \\.",
    "Dấu \"!\" ở đầu giá trị được YAML hiểu là thẻ kiểu (tag) nhưng không hợp lệ.":
        "A \"!\" at the start of a value makes YAML read a tag, and this one is invalid.",
    "Đặt cả giá trị trong nháy kép nếu \"!\" là một phần của nội dung.":
        "Put the whole value in double quotes if the \"!\" is part of the text.",
    "Thẻ kiểu dạng !<…> ở đầu giá trị chưa đóng bằng \">\".": "A !<…> tag at the start of a value is not closed with \">\".",
    "Đặt cả giá trị trong nháy kép nếu \"!<\" là một phần của nội dung.":
        "Put the whole value in double quotes if the \"!<\" is part of the text.",
    "Chỉ thị %YAML xuất hiện hai lần.": "The %YAML directive appears twice.",
    "Giữ một dòng %YAML ở đầu tệp (hoặc bỏ hẳn: cchc không cần chỉ thị này).":
        "Keep one %YAML line at the top of the file (or none: cchc does not need it).",
    "Khối văn bản | hoặc > có chỉ số thụt lề 0 (không hợp lệ).": "A | or > block scalar has indentation indicator 0 (invalid).",
    "Bỏ số 0 sau | hoặc >, hoặc dùng một số từ 1 đến 9.": "Remove the 0 after | or >, or use a digit from 1 to 9.",
    "Dòng bắt đầu bằng \"%\" được YAML hiểu là chỉ thị nhưng thiếu tên chỉ thị.":
        "A line starting with \"%\" is read by YAML as a directive, but the directive's name is missing.",
    "Kế hoạch không cần chỉ thị %: xóa dòng này, hoặc đặt nội dung trong nháy kép.":
        "A plan needs no % directive: delete the line, or put the text in double quotes.",
    "Tên chỉ thị sau \"%\" có ký tự không phải chữ cái.": "The directive name after \"%\" contains a character that is not a letter.",
    "Chỉ thị %YAML thiếu số phiên bản hợp lệ (ví dụ 1.2).": "The %YAML directive lacks a valid version number (e.g. 1.2).",
    "Xóa dòng %YAML (cchc không cần nó) hoặc viết %YAML 1.2.": "Delete the %YAML line (cchc does not need it) or write %YAML 1.2.",
    "Dấu hai chấm \":\" đứng sai chỗ trong danh sách hay đối tượng viết trên một dòng ({…} hoặc […]).":
        "A colon \":\" is misplaced in a list or mapping written on one line ({…} or […]).",
    "Kiểm tra các dấu ngoặc và dấu phẩy quanh vị trí này; nếu \":\" là nội dung, đặt giá trị trong nháy kép.":
        "Check the brackets and commas around here; if the \":\" is part of the text, put the value in double quotes.",
    "Cấu trúc YAML lồng nhau quá sâu.": "The YAML structure is nested too deeply.",
    "Kế hoạch không cần danh sách hay đối tượng lồng nhau sâu như vậy; kiểm tra các dấu ngoặc.":
        "A plan needs no lists or mappings nested this deeply; check the brackets.",
    "Tên neo hoặc tham chiếu (&tên, *tên) không hợp lệ.": "Invalid anchor or alias name (&name, *name).",
    "Văn bản bắt đầu bằng & hoặc * phải đặt trong dấu nháy kép.": "Text starting with & or * must be in double quotes.",
    "Thiếu giá trị ở vị trí này (thường do dấu phẩy, ngoặc hoặc ký tự đặc biệt đứng sai chỗ).":
        "A value is missing here (usually a misplaced comma, bracket or special character).",
    "Văn bản bắt đầu bằng ký tự đặc biệt (, [ ] { } & * ! | > % @ `) phải đặt trong dấu nháy kép.":
        "Text starting with a special character (, [ ] { } & * ! | > % @ `) must be in double quotes.",
    "Nội dung tiếp theo không thuộc tài liệu YAML đang mở.": "What follows does not belong to the open YAML document.",
    "Kiểm tra thụt lề và các dòng \"---\" hoặc \"...\" giữa tệp.": "Check the indentation and any \"---\" or \"...\" lines in the file.",
    "Có nội dung thừa sau giá trị trên cùng một dòng.": "There is extra content after the value on the same line.",
    "Văn bản dài phải đặt cả trong dấu nháy; ghi chú bắt đầu bằng \" #\".":
        "Long text must be quoted as a whole; a comment starts with \" #\".",
    "Thiếu dấu cách hoặc xuống dòng ở vị trí này.": "A space or line break is missing here.",
    "Sau dấu \"-\" của phần tử danh sách và sau dấu \":\" phải có dấu cách.":
        "A space must follow a list item's \"-\" and every \":\".",
    "Dấu \"- \" của danh sách không được phép ở vị trí này.": "A list item's \"- \" is not allowed here.",
    "Phần tử danh sách phải ở dòng riêng, thụt lề dưới khóa của nó; văn bản bắt đầu bằng \"- \" phải đặt trong dấu nháy.":
        "A list item goes on its own line, indented under its key; text starting with \"- \" must be quoted.",
    "Neo (&tên) được khai báo hai lần.": "An anchor (&name) is defined twice.",
    "Mỗi neo chỉ khai báo một lần; đổi tên neo thứ hai hoặc bỏ nó (kế hoạch không cần neo).":
        "Define each anchor once; rename the second one or remove it (plans need no anchors).",
    "Phiên bản YAML ghi trong dòng %YAML không được hỗ trợ.": "The YAML version in the %YAML line is not supported.",
    "Xóa dòng %YAML ở đầu tệp.": "Delete the %YAML line at the top of the file.",
    "Thẻ YAML (!…) không hợp lệ.": "Invalid YAML tag (!…).",
    "Kế hoạch không dùng thẻ YAML: nếu đây là văn bản, đặt cả đoạn trong dấu nháy kép.":
        "Plans use no YAML tags: if this is text, put all of it in double quotes.",
    "Tệp chứa ký tự điều khiển không hợp lệ.": "The file contains an invalid control character.",
    "Xóa ký tự lạ (thường do sao chép từ Word hoặc PDF).": "Delete the stray character (usually copied from Word or a PDF).",
    "Lỗi cú pháp YAML ({problem}).": "YAML syntax error ({problem}).",
    "Dấu nháy mở ở đây chưa được đóng.": "The quote opened here is never closed.",
    "Thêm dấu nháy đóng ở cuối văn bản; nếu văn bản chứa dấu nháy kép, viết \\\" hoặc dùng nháy đơn bên ngoài.":
        "Add the closing quote at the end of the text; if the text contains double quotes, write \\\" or use "
        "single quotes around it.",
    "Tệp được lưu bằng bảng mã UTF-16, không phải UTF-8.": "The file is saved as UTF-16, not UTF-8.",
    "Lưu lại tệp với bảng mã UTF-8 (trong VS Code: Save with Encoding → UTF-8).":
        "Save the file as UTF-8 (in VS Code: Save with Encoding → UTF-8).",
    "Thụt lề có ký tự cách đặc biệt U+{code:04X} (thường do sao chép từ Word).":
        "The indentation contains the special space U+{code:04X} (usually copied from Word).",
    "Thay ký tự đó bằng dấu cách thường.": "Replace it with an ordinary space.",
    " (Khối liên quan bắt đầu ở dòng {line}.)": " (The block concerned starts on line {line}.)",
    "Không đọc được tệp: {error}.": "Cannot read the file: {error}.",
    "Kiểm tra đường dẫn và quyền đọc tệp.": "Check the path and the read permission.",
    "Tệp không phải văn bản UTF-8 hợp lệ (byte 0x{byte:02X} ở vị trí {offset}).":
        "The file is not valid UTF-8 text (byte 0x{byte:02X} at offset {offset}).",
    "Lưu lại tệp với bảng mã UTF-8; nếu văn bản gõ bằng TCVN3 (ABC) hoặc VNI, chuyển mã sang Unicode trước "
    "(ví dụ bằng công cụ chuyển mã của Unikey).":
        "Save the file as UTF-8; if the text was typed in TCVN3 (ABC) or VNI, convert it to Unicode first "
        "(e.g. with Unikey's converter).",
    "Văn bản có ký tự xuống dòng đặc biệt U+{code:04X} mà trình soạn thảo không hiện ra.":
        "The text contains the special line break U+{code:04X}, which editors do not show.",
    "Xóa ký tự này hoặc thay bằng dấu cách (thường do sao chép từ Word hoặc trang web).":
        "Delete it or replace it with a space (it usually comes from copying out of Word or a web page).",
    "Cấu trúc YAML lồng nhau quá sâu (hơn {limit} cấp).": "The YAML structure is nested too deeply (more than {limit} levels).",
    "Tệp dùng tham chiếu (alias *tên) nhân bản quá nhiều dữ liệu.":
        "The file uses aliases (*name) that multiply the data far too much.",
    "Thẻ YAML \"{tag}\" không dùng trong kế hoạch; giá trị được đọc như dữ liệu thường, thẻ bị bỏ qua.":
        "The YAML tag \"{tag}\" has no use in a plan; the value is read as plain data and the tag ignored.",
    "Nếu đây là văn bản bắt đầu bằng \"!\", đặt cả đoạn trong dấu nháy kép.":
        "If this is text starting with \"!\", put all of it in double quotes.",
    "Lỗi cú pháp YAML: {error}.": "YAML syntax error: {error}.",
    "Số {written} được đọc thành {value}: chữ số 0 ở đầu bị mất.":
        "The number {written} is read as {value}: the leading zero is lost.",
    "Muốn giữ nguyên cách viết (ví dụ số văn bản \"{written}\"), đặt trong dấu nháy: \"{written}\".":
        "To keep it as written (e.g. the document number \"{written}\"), quote it: \"{written}\".",
    "Khóa \"{key}\" xuất hiện hai lần trong cùng một đối tượng (lần đầu ở dòng {line}).":
        "The key \"{key}\" appears twice in the same mapping (first on line {line}).",
    "Xóa hoặc đổi tên một trong hai khóa; YAML chỉ giữ giá trị của lần cuối.":
        "Remove or rename one of the two; YAML keeps only the last value.",
    "Kế hoạch không cần lồng nhau sâu hay tham chiếu lặp: viết trực tiếp nội dung.":
        "A plan needs no deep nesting or repeated aliases: write the content out directly.",

    # ------------------------------------------------------------------ schema validation (cchc/checking/schema.py)
    "văn bản": "text",
    "số nguyên": "a whole number",
    "số": "a number",
    "giá trị đúng/sai": "true/false",
    "để trống (null)": "empty (null)",
    "danh sách": "a list",
    "đối tượng (các cặp khóa: giá trị)": "a mapping (key: value pairs)",
    " ({title})": " (\"{title}\")",
    "danh mục cơ quan": "agency registry",
    "kế hoạch": "plan",
    "{description}": "The key's description: “{description}”",
    "Đặt giá trị trong dấu nháy để giữ nguyên cách viết, ví dụ \"{raw}\".":
        "Quote the value to keep it as written, e.g. \"{raw}\".",
    "Giá trị hợp lệ: {values}.": "Valid values: {values}.",
    "Ngày viết theo dạng năm-tháng-ngày: {year:04d}-{month:02d}-{day:02d}.":
        "Write dates as year-month-day: {year:04d}-{month:02d}-{day:02d}.",
    "Giá trị {value} không hợp lệ theo định dạng {kind} (quy tắc \"{rule}\").":
        "The value {value} is not valid in the {kind} format (rule \"{rule}\").",
    "Xem mô tả của khóa này trong schema/plan.schema.json hoặc khi di chuột trong VS Code.":
        "See this key's description in schema/plan.schema.json, or hover over it in VS Code.",
    "Giá trị {value} không hợp lệ: cần {options}.": "The value {value} is not valid: expected {options}.",
    "Đoạn văn viết dạng chuỗi; mục con là đối tượng có number, title, content.":
        "A paragraph is a string; a sub-item is a mapping with number, title, content.",
    " hoặc ": " or ",
    "Xem mô tả của khóa này khi di chuột trong VS Code.": "Hover over this key in VS Code to see its description.",
    "Sai kiểu dữ liệu: cần {wanted}, nhưng gặp {got}.": "Wrong type: expected {wanted}, found {got}.",
    "Giá trị {value} không thuộc danh sách cho phép.": "The value {value} is not one of the allowed values.",
    "Giá trị {value} không hợp lệ: phải là {expected}.": "The value {value} is not valid: it must be {expected}.",
    "Sửa thành {expected}.": "Change it to {expected}.",
    "Ngày {value} không tồn tại hoặc sai định dạng.": "The date {value} does not exist or is malformed.",
    "Giá trị {value} không đúng định dạng.": "The value {value} is malformed.",
    "Giá trị không được để trống.": "The value must not be empty.",
    "Điền nội dung hoặc xóa cả dòng khóa này nếu khóa không bắt buộc.":
        "Fill it in, or delete the whole key line if the key is optional.",
    "Giá trị dài quá {limit} ký tự.": "The value is longer than {limit} characters.",
    "Rút gọn nội dung.": "Shorten it.",
    "Danh sách cần ít nhất {count} phần tử.": ("The list needs at least {count} item.", "The list needs at least {count} items."),
    "Thêm phần tử, hoặc xóa cả khóa này nếu khóa không bắt buộc.": "Add items, or delete the whole key if it is optional.",
    "Danh sách có nhiều nhất {count} phần tử.": ("The list may have at most {count} item.", "The list may have at most {count} items."),
    "Trong danh sách [a, b], văn bản có dấu phẩy bị tách thành nhiều phần tử: đặt văn bản đó trong dấu nháy kép.":
        "In a list [a, b], text containing a comma is split into several items: put that text in double quotes.",
    "Giá trị {value} nhỏ hơn mức tối thiểu {limit}.": "The value {value} is below the minimum {limit}.",
    "Kiểm tra lại con số (ví dụ năm phải có 4 chữ số).": "Check the number (a year, for instance, has 4 digits).",
    "Giá trị {value} lớn hơn mức tối đa {limit}.": "The value {value} is above the maximum {limit}.",
    "Kiểm tra lại con số.": "Check the number.",
    "Các khóa hợp lệ ở đây: {keys}.": "Valid keys here: {keys}.",
    "Khóa \"{key}\" không có trong định dạng {kind}.": "The key \"{key}\" is not part of the {kind} format.",
    "Đặt giá trị trong dấu nháy: \"{value}\".": "Quote the value: \"{value}\".",
    "Ngày có dạng YYYY-MM-DD, ví dụ 2021-06-30.": "Dates are written YYYY-MM-DD, e.g. 2021-06-30.",
    "Định dạng yêu cầu (biểu thức chính quy): {pattern}": "Required format (regular expression): {pattern}",
    "giá trị": "a value",
    "Thiếu khóa bắt buộc \"{name}\"{label}.": "The required key \"{name}\"{label} is missing.",
    "Thêm dòng \"{name}: …\" vào đối tượng này.": "Add a line \"{name}: …\" to this mapping.",
    "Giá trị đang để trống: điền giá trị hoặc xóa cả dòng khóa này.":
        "The value is empty: fill it in or delete the whole key line.",
    "Văn bản có dấu \": \" nên YAML hiểu thành cặp khóa: giá trị; đặt cả đoạn văn trong dấu nháy kép.":
        "The text contains \": \", so YAML reads it as a key: value pair; put the whole text in double quotes.",
    "Bỏ dấu nháy: viết {number} thay vì \"{value}\".": "Drop the quotes: write {number} instead of \"{value}\".",
    "Số quá lớn: kiểm tra lại giá trị.": "The number is too large: check the value.",
    "Số viết có chữ số 0 ở đầu nên được đọc là văn bản; bỏ số 0 ở đầu.":
        "A number written with a leading zero is read as text; drop the leading zero.",
    # the schemas' own errorMessage texts (cchc/data/*.schema.json)
    "Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ so-noi-vu.":
        "An id has only lowercase letters without diacritics, digits and hyphens, e.g. so-noi-vu.",
    "Mã kế hoạch chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ quang-nam-kh-cchc-2021.":
        "A plan id has only lowercase letters without diacritics, digits and hyphens, e.g. quang-nam-kh-cchc-2021.",
    "Ngày phải có dạng YYYY-MM-DD (hoặc YYYY-MM, YYYY khi bản gốc để trống ngày).":
        "A date is written YYYY-MM-DD (or YYYY-MM, YYYY when the source document leaves the day blank).",
    "Ngày phải có dạng YYYY-MM-DD, ví dụ 2021-06-30.": "A date is written YYYY-MM-DD, e.g. 2021-06-30.",
    "Ký hiệu văn bản không chứa khoảng trắng hay dấu \"/\", ví dụ KH-UBND.":
        "A document symbol contains no spaces and no \"/\", e.g. KH-UBND.",
    "Viết dạng <mã kế hoạch>#<số thứ tự nhiệm vụ>, ví dụ quang-nam-kh-cchc-2021#VII.1.":
        "Write <plan id>#<task number>, e.g. quang-nam-kh-cchc-2021#VII.1.",
    "Kỳ viết dạng 2021, 2021-Q2, 2021-H1, 2021-06 hoặc 2021-12-15.":
        "An occurrence is written 2021, 2021-Q2, 2021-H1, 2021-06 or 2021-12-15.",

    # ------------------------------------------------------------------ configuration (cchc/reading/config.py)
    "Cấu hình {path}: khóa không hợp lệ {keys} (các khóa: plans, soon, lang, as_of).":
        "Configuration \"{path}\": invalid key(s) {keys} (the keys are plans, soon, lang, as_of).",
    "Cấu hình {path}: as_of phải là một ngày, ví dụ as_of = 2021-07-01.":
        "Configuration \"{path}\": as_of must be a date, e.g. as_of = 2021-07-01.",
    "Cấu hình {path}: plans phải là đường dẫn (chuỗi), soon là số ngày (số nguyên ≥ 0).":
        "Configuration \"{path}\": plans must be a path (a string), soon a number of days (a whole number ≥ 0).",
    "Tệp cấu hình {path} không đúng cú pháp TOML ({error}).": "The configuration file \"{path}\" is not valid TOML ({error}).",

    # ------------------------------------------------------------------ operating-system errors (cchc/base/oserrors.py)
    "không tồn tại": "it does not exist",
    "không có quyền đọc/ghi": "permission denied",
    "không được phép truy cập": "access is not allowed",
    "đường dẫn có phần không phải thư mục": "a part of the path is not a folder",
    "là liên kết tượng trưng vòng tròn": "it is a symbolic link loop",
    "ổ đĩa đã đầy": "the disk is full",
    "ổ đĩa chỉ cho đọc": "the disk is read-only",
    "tên quá dài": "the name is too long",
    "lỗi hệ thống (mã {code})": "system error (code {code})",

    # ------------------------------------------------------------------ deadlines (cchc/reading/deadline.py)
    "hạn cụ thể": "fixed date",
    "khoảng thời gian": "time window",
    "định kỳ": "recurring",
    "thường xuyên": "ongoing",
    "chờ điều kiện": "awaiting a condition",
    "Ngày ký kế hoạch (2022-03-15 hoặc 15/03/2022): mốc của \"… kể từ ngày ký\".":
        "The date the plan was signed (2022-03-15 or 15/03/2022): what \"… kể từ ngày ký\" counts from.",
    "{count} tuần": ("{count} week", "{count} weeks"),
    "{count} tháng": ("{count} month", "{count} months"),
    "Quý <quý>/<năm>, Tháng <tháng>/<năm>, <ngày>/<tháng>/<năm>, Trước ngày <ngày>/<tháng>/<năm>, Năm <năm>, "
    "Giai đoạn <năm>-<năm>, Từ Quý <quý>/<năm>, Hằng năm, Hằng quý, Nhiệm vụ thường xuyên, Theo tiến độ Đề án":
        "\"Quý <quarter>/<year>\", \"Tháng <month>/<year>\", \"<day>/<month>/<year>\", \"Trước ngày <day>/<month>/<year>\", "
        "\"Năm <year>\", \"Giai đoạn <year>-<year>\", \"Từ Quý <quarter>/<year>\", \"Hằng năm\", \"Hằng quý\", "
        "\"Nhiệm vụ thường xuyên\", \"Theo tiến độ Đề án\"",
    "cchc đọc các dạng: {forms}. Nếu hạn không viết được theo các dạng này, ghi thêm hạn cụ thể: due: YYYY-MM-DD.":
        "cchc reads these forms: {forms}. If the deadline cannot be written in one of them, add an explicit date: "
        "due: YYYY-MM-DD.",
    "Cách viết gần nhất cchc đọc được: \"{nearest}\". Các dạng khác: {forms}. Nếu hạn không viết được theo các dạng "
    "này, ghi thêm hạn cụ thể: due: YYYY-MM-DD.":
        "The closest form cchc reads: \"{nearest}\". Other forms: {forms}. If the deadline cannot be written in one "
        "of these forms, add an explicit date: due: YYYY-MM-DD.",
    "<năm>": "<year>",
    "{amount} kể từ ngày ký kế hoạch ({issued}): hạn {due}.": "{amount} from the day the plan was signed ({issued}): due {due}.",
    "Bắt đầu từ {start}, thực hiện đến hết thời kỳ kế hoạch: hạn {due} (văn bản chỉ ghi lúc bắt đầu).":
        "Starts {start} and runs to the end of the plan's period: due {due} (the text gives only the start).",
    "Mỗi đợt một mốc: hạn {dates}.": "One milestone per round: due {dates}.",
    "{count} ngày làm việc kể từ {event}: cchc không tự đếm ngày làm việc (còn tùy ngày nghỉ, ngày lễ), nên chờ ghi "
    "hạn cụ thể (due) đã tính.":
        "{count} working days from {event}: cchc does not count working days (they depend on weekends and public "
        "holidays), so it awaits an explicit due date (due) worked out by hand.",
    "Chờ điều kiện: hạn là {amount} kể từ {event}; khi điều kiện phát sinh, ghi trigger (date: ngày phát sinh, {key}) "
    "để tính hạn.":
        "Awaiting a condition: due {amount} from {event}; when it happens, record trigger (date: the day it happened, "
        "{key}) to compute the due date.",
    "Hạn là {amount} kể từ ngày ký kế hoạch, mà kế hoạch chưa ghi đủ ngày ký (document.date): chờ ghi ngày ký, hoặc "
    "trigger (date: ngày ký, {key}).":
        "Due {amount} from the day the plan was signed, but the plan does not give a full signing date "
        "(document.date): awaiting that date, or a trigger (date: the signing day, {key}).",
    "\"{text}\" ghi nhiều mốc sau \"từ\": không biết nhiệm vụ bắt đầu khi nào.":
        "\"{text}\" names several dates after \"từ\" (from): cannot tell when the task starts.",
    "Ghi một mốc bắt đầu và một mốc kết thúc: \"Từ … đến …\".": "Give one start and one end: \"Từ … đến …\".",
    "\"{text}\" chỉ ghi lúc bắt đầu ({start}): hạn là cuối thời kỳ kế hoạch, mà chưa biết thời kỳ.":
        "\"{text}\" gives only the start ({start}): it is due at the end of the plan's period, which is not known.",
    "Cho biết thời kỳ kế hoạch (--period), hoặc ghi cả lúc kết thúc: \"Từ … đến …\".":
        "Give the plan's period (--period), or write the end too: \"Từ … đến …\".",
    "\"{text}\" bắt đầu ({start}) sau thời kỳ kế hoạch {first}–{last}.":
        "\"{text}\" starts ({start}) after the plan's period {first}–{last}.",
    "Ngày {day} không có trong tháng nào.": "No month has a day {day}.",
    "Ngày từ 1 đến 31.": "Days run from 1 to 31.",
    "Định kỳ {units}: mỗi kỳ ngắn nhất là một mốc, hạn {each} mỗi năm trong thời kỳ kế hoạch (kỳ dài hơn kết thúc "
    "cùng ngày với một mốc).":
        "Recurring ({units}): one milestone per shortest period, due {each} of every year of the plan's period (the "
        "longer periods end on one of these milestones).",
    "cuối mỗi tháng": "the end of each month",
    "cuối mỗi quý": "the end of each quarter",
    "30/6 và 31/12": "30/06 and 31/12",
    "31/12": "31/12",
    "Hằng tháng: hạn ngày {day} mỗi tháng (tháng ngắn hơn: ngày cuối tháng) trong thời kỳ kế hoạch.":
        "Monthly: due on day {day} of each month (the last day of a shorter month) in the plan's period.",
    "Hằng quý: hạn ngày {day} tháng cuối mỗi quý trong thời kỳ kế hoạch.":
        "Quarterly: due on day {day} of the last month of each quarter in the plan's period.",
    "Hằng năm: hạn các ngày {days} mỗi năm trong thời kỳ kế hoạch.":
        "Yearly: due on {days} of each year in the plan's period.",
    "Đầu năm {year}: hiểu là Quý I/{year}, hạn {due}.":
        "Early {year} (\"đầu năm\"): read as the first quarter, \"Quý I/{year}\", due {due}.",
    "Mỗi tháng đã nêu: hạn {dates}.": "Each month named: due {dates}.",
    "Các tháng trong \"{text}\" không tăng dần.": "The months in \"{text}\" are not in increasing order.",
    "Liệt kê các tháng theo thứ tự tăng dần.": "List the months in increasing order.",
    "Các ngày trong \"{text}\" không tăng dần.": "The days in \"{text}\" are not in the order of the year.",
    "Liệt kê các ngày theo thứ tự trong năm.": "List the days in the order of the year.",
    "Viết từng quý, \"Quý {each}/{year}\", hoặc một khoảng, \"Quý {first}-{last}/{year}\".":
        "Write each quarter, \"Quý {each}/{year}\", or one span, \"Quý {first}-{last}/{year}\".",
    "Viết dạng \"Quý <quý>/<năm> - Quý <quý>/<năm>\".": "Write it as \"Quý <quarter>/<year> - Quý <quarter>/<year>\".",
    "Thực hiện thường xuyên; {explanation}": "Done all along; {explanation}",
    "bỏ qua ghi chú \"{remark}\"": "the remark \"{remark}\" is left aside",
    "lấy năm {year} của kế hoạch": "the year {year} taken from the plan",
    "Không đọc được thời gian hoàn thành \"{text}\".": "Cannot read the deadline \"{text}\".",
    "Mỗi quý đã nêu: hạn {dates}.": "Each quarter named: due {dates}.",
    "Năm {year} nằm ngoài khoảng hợp lệ ({low}–{high}).": "The year {year} is outside the valid range ({low}–{high}).",
    "Kiểm tra lại năm.": "Check the year.",
    "\"{text}\" không ghi năm và chưa biết thời kỳ kế hoạch.": "\"{text}\" gives no year, and the plan's period is not known.",
    "Ghi rõ năm của quý, tháng hoặc ngày trong \"{text}\".": "Give the year of the quarter, month or day in \"{text}\".",
    "Hoặc cho biết thời kỳ kế hoạch (--period).": "Or give the plan's period (--period).",
    "{explanation} (mốc trong ngoặc nằm trong \"{outer}\")": "{explanation} (the date in brackets lies within \"{outer}\")",
    "\"{text}\" không ghi năm, mà kế hoạch kéo dài {start}–{end} nên không biết {what} của năm nào.":
        "\"{text}\" gives no year, and the plan runs {start}–{end}, so which year's {what} is meant is unknown.",
    "Ghi rõ năm, ví dụ \"{example}\".": "Write the year, e.g. \"{example}\".",
    "\"{text}\" là nhiệm vụ định kỳ: cần biết thời kỳ kế hoạch để tính các mốc.":
        "\"{text}\" is a recurring task: the plan's period is needed to work out its milestones.",
    "Cho biết thời kỳ kế hoạch, ví dụ --period 2021-2025.": "Give the plan's period, e.g. --period 2021-2025.",
    "Thời kỳ kế hoạch {start}–{end} có năm đầu sau năm cuối, nên không tính được các mốc của \"{text}\".":
        "The plan's period {start}–{end} starts after it ends, so the milestones of \"{text}\" cannot be worked out.",
    "Sửa period: start không được sau end.": "Fix period: start must not be after end.",
    "\"{text}\" bắt đầu từ năm {first}, sau thời kỳ kế hoạch {start}–{end}.":
        "\"{text}\" starts in {first}, after the plan's period {start}–{end}.",
    "Nhiệm vụ thường xuyên: không có hạn, không bao giờ quá hạn.": "Ongoing task: no due date, never overdue.",
    "Chờ điều kiện: tính hạn khi kế hoạch ghi ngày phát sinh điều kiện (trigger) và thời gian thực hiện, hoặc ghi "
    "hạn cụ thể (due).":
        "Awaiting a condition: the due date is worked out once the plan records the date the condition occurred "
        "(trigger) and the time allowed, or an explicit date (due).",
    "Hằng năm từ {first}: hạn 31/12 mỗi năm trong thời kỳ kế hoạch.":
        "Yearly from {first}: due 31/12 of every year in the plan's period.",
    "Hằng năm: hạn 31/12 mỗi năm trong thời kỳ kế hoạch.": "Yearly: due 31/12 of every year in the plan's period.",
    "Hằng quý: hạn ngày cuối mỗi quý trong thời kỳ kế hoạch.":
        "Quarterly: due the last day of every quarter in the plan's period.",
    "6 tháng một lần: hạn 30/6 và 31/12 mỗi năm trong thời kỳ kế hoạch.":
        "Every 6 months: due 30/6 and 31/12 of every year in the plan's period.",
    "Hằng tháng: hạn ngày cuối mỗi tháng trong thời kỳ kế hoạch.":
        "Monthly: due the last day of every month in the plan's period.",
    "Hằng năm: hạn ngày {day:02d}/{month:02d} mỗi năm trong thời kỳ kế hoạch.":
        "Yearly: due {day:02d}/{month:02d} of every year in the plan's period.",
    "Hằng năm: hạn ngày {day:02d}/{month:02d} (năm không nhuận: 28/02) mỗi năm trong thời kỳ kế hoạch.":
        "Yearly: due {day:02d}/{month:02d} (28/02 in common years) of every year in the plan's period.",
    "Hằng năm vào quý {quarter}: hạn {due} mỗi năm.": "Yearly in quarter {quarter}: due {due} every year.",
    "Hằng năm vào tháng {month}: hạn ngày cuối tháng {month} mỗi năm.":
        "Yearly in month {month}: due the last day of month {month} every year.",
    "Từ 01/01/{first} đến hết 31/12/{last}.": "From 01/01/{first} to the end of 31/12/{last}.",
    "Trước năm {year}: hạn 31/12/{previous}.": "Before {year}: due 31/12/{previous}.",
    "Năm {year}: hạn 31/12/{year}.": "Year {year}: due 31/12/{year}.",
    "Mỗi năm đã nêu: hạn 31/12 của {years}.": "Each year named: due 31/12 of {years}.",
    "{months} tháng cuối năm {year}: từ {start} đến {due}.": "Last {months} months of {year}: from {start} to {due}.",
    "Từ {start} đến {due}.": "From {start} to {due}.",
    "Hạn ngày {due}.": "Due {due}.",
    "Quý {quarter}/{year}: hạn {due}.": "Quarter {quarter}/{year}: due {due}.",
    "Các quý trong \"{text}\" không tăng dần.": "The quarters in \"{text}\" are not in increasing order.",
    "Liệt kê các quý theo thứ tự tăng dần.": "List the quarters in increasing order.",
    "Quý {first}-{last}/{year}: từ {start} đến {due}.": "Quarters {first}-{last}/{year}: from {start} to {due}.",
    "Không đọc được danh sách quý \"{text}\".": "Cannot read the list of quarters \"{text}\".",
    "Tháng {month} không tồn tại.": "There is no month {month}.",
    "Tháng từ 1 đến 12.": "Months run from 1 to 12.",
    "Thời gian hoàn thành để trống.": "The deadline is empty.",
    "Ghi thời gian như văn bản, ví dụ Quý II/2021.": "Write the deadline as the document does, e.g. \"Quý II/2021\".",
    "Khoảng năm {first}-{last} có năm đầu sau năm cuối.": "The year range {first}-{last} starts after it ends.",
    "Viết \"{last}-{first}\"?": "Did you mean \"{last}-{first}\"?",
    "Đến năm {year}: hạn 31/12/{year}.": "By {year}: due 31/12/{year}.",
    "Trước hết năm {year}: hạn 31/12/{year}.": "Before the end of {year}: due 31/12/{year}.",
    "Các năm trong \"{text}\" không tăng dần.": "The years in \"{text}\" are not in increasing order.",
    "Liệt kê các năm theo thứ tự tăng dần.": "List the years in increasing order.",
    "mốc này": "this milestone",
    "{months} tháng đầu năm {year}: hạn {due}.": "First {months} months of {year}: due {due}.",
    "quý": "quarter",
    "Không đọc được khoảng quý \"{text}\".": "Cannot read the quarter range \"{text}\".",
    "Khoảng \"{text}\" có mốc đầu sau mốc cuối.": "The range \"{text}\" starts after it ends.",
    "Kiểm tra lại thứ tự quý, năm.": "Check the order of the quarters and years.",
    "tháng": "month",
    "Khoảng tháng {first}-{last} có tháng đầu sau tháng cuối.": "The month range {first}-{last} starts after it ends.",
    "Kiểm tra lại thứ tự tháng.": "Check the order of the months.",
    "Tháng {month}/{year}: hạn {due}.": "Month {month}/{year}: due {due}.",
    "ngày": "day",
    "Kiểm tra lại ngày, tháng.": "Check the day and month.",

    # ------------------------------------------------------------------ links between plans (cchc/deriving/links.py)
    "Có phải ý bạn là {names}?": "Did you mean {names}?",
    "Xem số thứ tự nhiệm vụ trong kế hoạch {plan}.": "See the task numbers in plan \"{plan}\".",
    "Không tìm thấy kế hoạch \"{plan}\" mà nhiệm vụ {ref} thực hiện.":
        "Plan \"{plan}\", which task \"{ref}\" implements, was not found.",
    "Kiểm tra mã kế hoạch (khóa id của kế hoạch cấp trên) hoặc đưa kế hoạch đó vào thư mục plans.":
        "Check the plan id (the id key of the parent plan), or add that plan to the plans folder.",
    "Kế hoạch {plan} không có nhiệm vụ \"{ref}\".": "Plan \"{plan}\" has no task \"{ref}\".",
    "Hạn của nhiệm vụ {ref} ({mine:%d/%m/%Y}) muộn hơn hạn của nhiệm vụ cấp trên {parent} ({theirs:%d/%m/%Y}).":
        "Task \"{ref}\" is due {mine:%d/%m/%Y}, later than the parent task \"{parent}\" ({theirs:%d/%m/%Y}).",
    "Đặt hạn không muộn hơn {theirs:%d/%m/%Y}, hoặc ghi chú lý do.":
        "Set a due date no later than {theirs:%d/%m/%Y}, or add a comment giving the reason.",

    # ------------------------------------------------------------------ the command line (cchc/cli.py, cchc/commands/)
    "không tìm thấy tệp hoặc thư mục \"{path}\".": "no such file or folder \"{path}\".",
    "không ghi được tệp \"{path}\": {error}.": "cannot write the file \"{path}\": {error}.",
    "không có quy tắc \"{code}\" (xem danh sách bằng cchc rules).": "there is no rule \"{code}\" (cchc rules lists them).",
    "ngày \"{value}\" của {option} không hợp lệ; viết dạng 2021-07-01 hoặc 01/07/2021.":
        "invalid date \"{value}\" for {option}; write 2021-07-01 or 01/07/2021.",
    "lĩnh vực \"{value}\" không có; xem danh sách bằng cchc areas.": "there is no area \"{value}\"; cchc areas lists them.",
    "trạng thái \"{value}\" của {option} không có; dùng mã hoặc nhãn trong bảng: {states}.":
        "there is no state \"{value}\" for {option}; use a code or a label the table shows: {states}.",
    "cơ quan \"{name}\" của --agency không có trong danh mục cơ quan (agencies.yaml) của các kế hoạch đã đọc.":
        "--agency: \"{name}\" is not in the agency registry (agencies.yaml) of any plan read.",
    "không có kế hoạch nào đọc được (xem cchc lint).": "no plan could be read (see cchc lint).",
    "không có kế hoạch nào đọc được.": "no plan could be read.",
    "bỏ qua {path}: không đọc được kế hoạch (chạy cchc lint {path} để xem lỗi).":
        "skipping \"{path}\": the plan cannot be read (run cchc lint \"{path}\" to see why).",
    "chú ý: {path} còn lỗi (chạy cchc lint {path}); số liệu có thể chưa chính xác.":
        "note: \"{path}\" has errors (run cchc lint \"{path}\"); the figures may be off.",
    "thời kỳ \"{period}\" không hợp lệ; viết dạng 2021 hoặc 2021-2025.": "invalid period \"{period}\"; write 2021 or 2021-2025.",
    "gợi ý: {hint}": "hint: {hint}",
    "Văn bản:   {text}": "Text:      \"{text}\"",
    "Loại:      {label}": "Kind:      {label}",
    "Bắt đầu:   {start:%d/%m/%Y}": "Starts:    {start:%d/%m/%Y}",
    "Mốc hạn:   {dates}": "Due:       {dates}",
    "Mốc hạn:   (không có)": "Due:       (none)",
    "Giải thích: {explanation}": "Meaning:   {explanation}",
    "không cập nhật: {reason}": "not updated: {reason}",
    "Tệp không bị thay đổi.": "The file was not changed.",
    "không ghi được {path}: {error}. Tệp không bị thay đổi.": "cannot write \"{path}\": {error}. The file was not changed.",
    "Sẽ ghi vào {path}: nhiệm vụ {ref} — {status} ngày {date:%d/%m/%Y}.":
        "Would record in \"{path}\": task \"{ref}\" — {status} on {date:%d/%m/%Y}.",
    "Đã ghi vào {path}: nhiệm vụ {ref} — {status} ngày {date:%d/%m/%Y}.":
        "Recorded in \"{path}\": task \"{ref}\" — {status} on {date:%d/%m/%Y}.",
    "đang thực hiện": "in progress",
    "hoàn thành": "done",
    "gặp vướng mắc": "blocked",
    "không thực hiện": "cancelled",
    "không có lệnh \"{0}\"": "no such command \"{0}\"",
    "giá trị \"{1}\" của {0} không hợp lệ; chọn một trong {2}": "invalid value \"{1}\" for {0}; choose one of {2}",
    "{0} cần một số nguyên": "{0} needs a whole number",
    "{0} phải từ {1} trở lên": "{0} must be {1} or more",
    "thiếu tham số {0}": "missing argument {0}",
    "không có tùy chọn {0}": "no such option {0}",
    "{0} cần một số nguyên, không phải \"{1}\"": "{0} needs a whole number, not \"{1}\"",
    "giá trị {1} của {0} nằm ngoài khoảng {2}": "the value {1} of {0} is outside the range {2}",
    "giá trị của {0} không hợp lệ ({1})": "invalid value for {0} ({1})",
    "thiếu tùy chọn {0}": "missing option {0}",
    "tùy chọn {0} cần một giá trị": "option {0} needs a value",
    "thừa tham số: {0}": "unexpected extra argument(s): {0}",
    "không tìm thấy kế hoạch cấp trên \"{parent}\" (đường dẫn tệp hoặc mã kế hoạch).":
        "parent plan \"{parent}\" not found (give a file path or a plan id).",
    "không tìm thấy tệp \"{path}\".": "no such file \"{path}\".",
    "tệp \"{path}\" đã có; cchc không ghi đè (thêm --force nếu muốn thay).":
        "the file \"{path}\" exists; cchc does not overwrite it (add --force to replace it).",
    "đã nhập {sections} nhóm, {tasks} nhiệm vụ ({leaves} nhiệm vụ không có nhiệm vụ con), {targets} chỉ tiêu; "
    "{unresolved} tên cơ quan chưa có trong danh mục":
        "imported {sections} group(s), {tasks} task(s) ({leaves} without sub-tasks), {targets} target(s); "
        "{unresolved} agency name(s) not in the registry",
    "chú ý: {warning}": "note: {warning}",
    "Kiểm tra lại bằng: cchc lint {path}": "Check it with: cchc lint \"{path}\"",
    "không tạo được tệp trong \"{path}\": {error}.": "cannot create files in \"{path}\": {error}.",
    "tạo   {path}": "create {path}",
    "giữ   {path} (đã có, không ghi đè)": "keep   {path} (exists, not overwritten)",
    "giữ   {path} (đã đúng lược đồ của cchc đang cài)": "keep   {path} (already the installed cchc's schema)",
    "cập nhật {path}": "update {path}",
    "bỏ qua {path} (đã xóa sau lần init trước, hoặc plans/ đã có kế hoạch; tạo lại kế hoạch mẫu bằng --sample)":
        "skip   {path} (deleted after an earlier init, or plans/ already holds a plan; --sample creates the sample plan again)",
    "bỏ qua {count} tệp không nằm trong thư mục kế hoạch {folder}.":
        "skipped {count} file(s) outside the plans folder {folder}.",
    'cảnh báo: lược đồ trong {folder} khác lược đồ của cchc đang cài (phiên bản {version}); chạy "cchc init --update-schema" để cập nhật.':
        'warning: the schemas in {folder} differ from those of the installed cchc (version {version}); run "cchc init --update-schema" to update them.',
    "Tệp không phải kế hoạch CCHC: không có khóa nào của kế hoạch (id, document, period, body…).":
        "The file is not an administrative reform plan: it has none of a plan's keys (id, document, period, body…).",
    "cchc chỉ kiểm tra kế hoạch; bỏ tệp này khỏi lệnh (tệp YAML khác như cấu hình CI không cần kiểm tra). Một kế hoạch bắt đầu bằng version: 1, id: …, document: …, period: ….":
        "cchc checks plans only; leave this file out of the command (other YAML files such as CI configuration need no check). A plan starts with version: 1, id: …, document: …, period: ….",
    "Không có gì thay đổi: mọi tệp đều đã có.": "Nothing changed: every file already exists.",
    "không ghi được thư mục \"{path}\": {error}.": "cannot write the folder \"{path}\": {error}.",
    "Đã tạo {count} tệp trong {path}/ — mở {path}/index.html bằng trình duyệt.":
        ("Wrote {count} file in \"{path}/\" — open \"{path}/index.html\" in a browser.",
         "Wrote {count} files in \"{path}/\" — open \"{path}/index.html\" in a browser."),
    "không tìm thấy mẫu \"{path}\".": "no such template \"{path}\".",
    "in nhiều kế hoạch cần thư mục đầu ra: thêm -o THƯ_MỤC.": "rendering several plans needs an output folder: add -o FOLDER.",
    "Đang in kế hoạch": "Rendering plans",
    "định dạng {format} cần tệp đầu ra: thêm -o TÊN.{format}.": "the {format} format needs an output file: add -o NAME.{format}.",
    " (có phải ý bạn là {names}?)": " (did you mean {names}?)",
    "Xem hướng dẫn: {command} --help": "See: {command} --help",
    "đã dừng.": "stopped.",

    # ------------------------------------------------------------------ reform areas (cchc/deriving/areas.py)
    "Công tác chỉ đạo, điều hành cải cách hành chính": "Direction and management of administrative reform",
    "Chỉ đạo, điều hành": "Direction and management",
    "Cải cách thể chế": "Institutional reform",
    "Thể chế": "Institutions",
    "Cải cách thủ tục hành chính": "Administrative procedure reform",
    "Thủ tục hành chính": "Administrative procedures",
    "Cải cách tổ chức bộ máy hành chính nhà nước": "Reform of the state administrative apparatus",
    "Tổ chức bộ máy": "Administrative apparatus",
    "Cải cách chế độ công vụ": "Civil service reform",
    "Chế độ công vụ": "Civil service",
    "Cải cách tài chính công": "Public finance reform",
    "Tài chính công": "Public finance",
    "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số": "Building e-government and digital government",
    "Chính phủ điện tử, Chính phủ số": "E-government, digital government",

    # ------------------------------------------------------------------ status, agencies (cchc/deriving/status.py, cchc/writing/output/status.py)
    "Quá hạn": "Overdue",
    "Sắp đến hạn": "Due soon",
    "Trong hạn": "On track",
    "Chờ điều kiện": "Awaiting condition",
    "Thường xuyên": "Ongoing",
    "Hoàn thành quá hạn": "Done late",
    "Hoàn thành đúng hạn": "Done on time",
    "Không thực hiện": "Cancelled",
    "(không ghi — cuối kỳ kế hoạch)": "(none given — end of the plan's period)",
    "Không ghi thời hạn: hạn là cuối kỳ kế hoạch ({end:%d/%m/%Y}).":
        "No deadline given: due at the end of the plan's period ({end:%d/%m/%Y}).",
    "Hạn cụ thể {due:%d/%m/%Y} (khóa due).": "Fixed due date {due:%d/%m/%Y} (the due key).",
    "Điều kiện phát sinh ngày {date:%d/%m/%Y}: hạn {due:%d/%m/%Y}.":
        "The condition occurred on {date:%d/%m/%Y}: due {due:%d/%m/%Y}.",
    "Kế hoạch": "Plan",
    "TT": "No.",
    "Nội dung, nhiệm vụ": "Task",
    "Lĩnh vực": "Area",
    "Cơ quan chủ trì": "Lead agency",
    "Cơ quan phối hợp": "Supporting agencies",
    "Thời gian hoàn thành": "Deadline as written",
    "Hạn": "Due",
    "Trạng thái": "State",
    "Số ngày quá hạn": "Days overdue",
    "Ngày hoàn thành": "Completed",
    "Đang thực hiện": "Still open",
    "Tỷ lệ đúng hạn": "On-time rate",
    "Tính đến ngày {date:%d/%m/%Y}: {count} mốc nhiệm vụ":
        ("As of {date:%d/%m/%Y}: {count} task milestone", "As of {date:%d/%m/%Y}: {count} task milestones"),
    "Tỷ lệ hoàn thành đúng hạn (trên số nhiệm vụ đã đến hạn): {rate}.":
        "On-time completion rate (of the tasks that have come due): {rate}.",
    "Không đọc được kế hoạch (chạy cchc lint để xem lỗi).": "The plan cannot be read (run cchc lint to see why).",
    "Tình hình thực hiện nhiệm vụ cải cách hành chính": "Progress of administrative reform tasks",
    "Quá hạn (ngày)": "Overdue (days)",
    "Không có nhiệm vụ nào khớp điều kiện lọc.": "No task matches the filters.",
    "Nhiệm vụ": "Task",
    "Chủ trì": "Lead",
    "Thời hạn": "Deadline",
    "Chưa xác định lĩnh vực": "Area not given",
    "{count} ngày": ("{count} day", "{count} days"),
    "Chú ý:": "Note:",
    "bỏ qua {path}: không đọc được kế hoạch (chạy cchc lint để xem lỗi).":
        "skipping \"{path}\": the plan cannot be read (run cchc lint to see why).",
    "Kết quả thực hiện nhiệm vụ theo cơ quan (tính đến ngày {date:%d/%m/%Y})":
        "Results by agency (as of {date:%d/%m/%Y})",
    "Kết quả thực hiện nhiệm vụ theo cơ quan chủ trì — tính đến ngày {date:%d/%m/%Y}":
        "Results by lead agency — as of {date:%d/%m/%Y}",
    "Số ngày hoàn thành chậm": "Days late",
    "Tiến độ": "Progress",
    "Ngày ghi tiến độ": "Progress date",
    "Ghi chú": "Note",
    "Minh chứng": "Evidence",
    "Người ghi": "Recorded by",
    "Tiến độ ghi nhận": "Progress recorded",
    "Đang thực hiện ({when})": "In progress ({when})",
    "Vướng mắc ({when})": "Blocked ({when})",
    "Hoàn thành ngày {when}": "Done on {when}",
    "Không thực hiện ({when})": "Cancelled ({when})",
    "Minh chứng: {evidence}": "Evidence: {evidence}",
    "chậm {count} ngày": ("{count} day late", "{count} days late"),
    "{count} mốc tiếp theo, từ {first} đến {last} (hạn cuối {due:%d/%m/%Y}): chưa đến hạn":
        ("{count} more milestone, {first} to {last} (last due {due:%d/%m/%Y}): not yet due",
         "{count} more milestones, {first} to {last} (last due {due:%d/%m/%Y}): not yet due"),

    # ------------------------------------------------------------------ trace and roll-up (cchc/writing/output/links.py)
    "Nhiệm vụ cấp trên": "Parent task",
    "Giao cho": "Assigned to",
    "Đã đưa vào kế hoạch cấp dưới (trạng thái)": "Taken into lower-level plans (state)",
    "Chưa có nhiệm vụ": "No task yet",
    "Đối chiếu kế hoạch {plan} — tính đến ngày {date:%d/%m/%Y}": "Trace of plan {plan} — as of {date:%d/%m/%Y}",
    "chưa rõ": "unknown",
    "{count} nhiệm vụ cấp trên": ("{count} parent task", "{count} parent tasks"),
    "{count} lượt đơn vị chưa có nhiệm vụ tương ứng.":
        ("{count} time a unit has no matching task yet.", "{count} times a unit has no matching task yet."),
    "Đơn vị": "Unit",
    "Số kế hoạch": "Plans",
    "Số mốc nhiệm vụ": "Task milestones",
    "Đúng hạn": "On time",
    "Quá hạn (đã xong)": "Late (done)",
    "Tổng hợp theo đơn vị (tính đến ngày {date:%d/%m/%Y})": "Roll-up by unit (as of {date:%d/%m/%Y})",
    "Tổng hợp theo đơn vị — tính đến ngày {date:%d/%m/%Y}": "Roll-up by unit — as of {date:%d/%m/%Y}",

    # ------------------------------------------------------------------ targets (cchc/deriving/targets.py, cchc/writing/output/targets.py)
    "Đạt": "Met",
    "Không đạt": "Not met",
    "Đúng lộ trình": "On track",
    "Có nguy cơ không đạt": "At risk",
    "Chưa có số liệu": "No data",
    "cấp tỉnh": "province level",
    "cấp huyện": "district level",
    "cấp xã": "commune level",
    "tối thiểu": "at least",
    "tối đa": "at most",
    "đúng": "exactly",
    "thuộc nhóm": "among the top",
    "thuộc nhóm {rank} đứng đầu": "among the top {rank}",
    "kết quả {value} ngày {date:%d/%m/%Y}": "the result {value} of {date:%d/%m/%Y}",
    "chỉ tiêu chưa có dạng đo lường (measure)": "the target has no measurable form (measure) yet",
    "chỉ tiêu chưa ghi giá trị mục tiêu": "the target gives no goal value",
    "chưa có kết quả đo nào đến ngày {date:%d/%m/%Y}": "no result recorded by {date:%d/%m/%Y}",
    "{result} đạt mục tiêu {goal}": "{result} meets the goal of {goal}",
    "{result} chưa đạt mục tiêu {goal}; hạn 31/12/{year} đã qua":
        "{result} does not meet the goal of {goal}; the deadline 31/12/{year} has passed",
    "{result} đạt mức lộ trình năm {year} ({goal})": "{result} meets the schedule for {year} ({goal})",
    "{result} thấp hơn mức lộ trình năm {year} ({goal})": "{result} is behind the schedule for {year} ({goal})",
    "{result} chưa đạt {goal} và đã đến năm phải đạt ({year})":
        "{result} does not reach {goal}, and the year it is due ({year}) has come",
    "{result} chưa đạt {goal}, còn đến hết năm {year}": "{result} does not reach {goal} yet; there is time until the end of {year}",
    "Mã": "Id",
    "Chỉ tiêu": "Target",
    "Mục tiêu": "Goal",
    "Năm": "Year",
    "Kết quả mới nhất": "Latest result",
    "Đánh giá": "Verdict",
    "Căn cứ đánh giá": "Why",
    "Chỉ tiêu — tính đến ngày {date:%d/%m/%Y}": "Targets — as of {date:%d/%m/%Y}",
    "Tính đến ngày {date:%d/%m/%Y}: {count} chỉ tiêu": ("As of {date:%d/%m/%Y}: {count} target", "As of {date:%d/%m/%Y}: {count} targets"),
    "Kết quả thực hiện chỉ tiêu": "Results against targets",

    # ------------------------------------------------------------------ rule documentation (cchc rules): code.doc.paragraph
    'Y001.doc.1':
        'The file must be valid YAML.',
    'Y001.doc.2':
        'Syntax errors (a Tab in the indentation, a missing ":", an unclosed quote, ": " in unquoted\ntext…) are reported at their line and column; the other files are still checked.',
    'Y001.doc.3':
        'Right:',
    'Y001.doc.4':
        'Wrong (the second ": " makes YAML read a new key):',
    'Y002.doc.1':
        'A key must not appear twice in the same mapping.',
    'Y002.doc.2':
        'YAML keeps only the last value, so a repeated key silently loses data.',
    'Y002.doc.3':
        'Right:',
    'Y002.doc.4':
        'Wrong:',
    'Y003.doc.1':
        'The file must be readable, encoded in UTF-8, and hold one plan (a YAML mapping).',
    'Y003.doc.2':
        'Reported when the file cannot be read, is not UTF-8 (saved as UTF-16 or in a legacy encoding, for\ninstance), is empty, or does not hold a key: value mapping.',
    'Y003.doc.3':
        'A YAML file with none of a plan\'s keys (other than version) — such as a CI or pre-commit\nconfiguration named on the command line — gets one error, "not an administrative reform plan",\ninstead of a list of schema errors (exit code 1). With pre-commit, use cchc lint --only-plans to skip\nthe files outside the plans folder.',
    'Y003.doc.4':
        "Also reported (and not read): a symbolic link found while scanning a folder that points to a file\noutside the git repository (or outside the folder being checked, when not in a git repository):\nchecking a stranger's pull request must not reveal other files on the CI machine. A file named on\nthe command line is still read.",
    'Y003.doc.5':
        'Right:',
    'Y003.doc.6':
        'Wrong (the file holds only a list):',
    'Y004.doc.1':
        'A number written with a leading zero and no quotes.',
    'Y004.doc.2':
        'In YAML 1.2, ``01`` is the number 1: the leading zero is lost (the document number in "Số: 01/KH-UBND"\nbecomes 1). cchc reads it as every YAML reader does, and warns so that the author quotes the value.',
    'Y004.doc.3':
        'Right:',
    'Y004.doc.4':
        'Wrong:',
    'Y005.doc.1':
        'YAML tags (``!name``, ``!!python/object``…) are not part of the plan format.',
    'Y005.doc.2':
        'A plan is data: cchc never builds objects from tags. A tag before a value is ignored and the value\nis read as plain text — but authors rarely mean to write a tag: text starting with "!" must be\nquoted, or its leading "!…" is lost.',
    'Y005.doc.3':
        'Right:',
    'Y005.doc.4':
        'Wrong:',
    'S001.doc.1':
        'A key that is not part of the format (usually a misspelt key).',
    'S001.doc.2':
        'The schema allows no unknown keys, so that a typo such as "ouput" for "output" is not silently\nignored. The hint names the closest key.',
    'S001.doc.3':
        'Right:',
    'S001.doc.4':
        'Wrong:',
    'S002.doc.1':
        'A required key is missing.',
    'S002.doc.2':
        'For instance every task needs id (its number) and content; every plan needs version, id, document\nand period.',
    'S002.doc.3':
        'Right:',
    'S002.doc.4':
        'Wrong:',
    'S003.doc.1':
        'A value of the wrong type (a number where text is expected, text where a list is expected…).',
    'S003.doc.2':
        'Right:',
    'S003.doc.3':
        'Wrong (lead must be a list; 1.10 without quotes is read as the number 1.1):',
    'S004.doc.1':
        'An invalid value: not one of the allowed values, a malformed date, an empty value…',
    'S004.doc.2':
        'Right:',
    'S004.doc.3':
        'Wrong:',
    'N001.doc.1':
        'A task or task-group number is repeated.',
    'N001.doc.2':
        'Two tasks with the same number in one group (or two groups with the same number) cannot be referred\nto unambiguously (for instance when a report says "nhiệm vụ III.3"). If the source document repeats\na number, keep it as printed, give the second task its own ``key`` and a suppression comment stating\nthe reason. ``key`` values must be unique within the plan as well.',
    'N001.doc.3':
        'Right:',
    'N001.doc.4':
        'Wrong:',
    'N002.doc.1':
        'Task or task-group numbers skip or are out of order.',
    'N002.doc.2':
        'Numbers must increase without gaps within each group: I, II, III…; 1, 2, 3…; a), b), c)… (in the\nVietnamese alphabet “a, b, c, d, đ, e, g…” or the Latin one). A skipped number usually means a row was\nmissed or repeated when the table was copied. Repeated numbers are reported by N001, not again here.',
    'N002.doc.3':
        'Each level is judged inside its parent group (groups I, II under group A; groups 1, 2 under group I). Many\ntables number their tasks on across groups (1–4 in group I, 5–8 in group II): a group that starts with the\nnumber after the last one of the group before is correct too.',
    'N002.doc.4':
        'Right:',
    'N002.doc.5':
        'Wrong:',
    'T001.doc.1':
        'A task has no lead agency.',
    'T001.doc.2':
        'Every task must be assigned to at least one lead agency — on the task (``lead``), on its parent\ntask or on its task group (the “Phân công trách nhiệm” part); without a lead agency nobody is\nresponsible for reporting progress. Only tasks without sub-tasks are checked.',
    'T001.doc.3':
        'Right:',
    'T001.doc.4':
        'Wrong:',
    'T002.doc.1':
        'A task has no output (“Sản phẩm”).',
    'T002.doc.2':
        "A reform plan must name each task's output (a decision, a plan, a report, a database…), as the\nbasis for judging it done. For a task with sub-tasks, the sub-tasks are checked. The tasks of an\nappendix table that has no “Sản phẩm” column (per ``columns``) are not reported one by one: the\ntable gets one notice (T006).",
    'T002.doc.3':
        'Right:',
    'T002.doc.4':
        'Wrong:',
    'T006.doc.1':
        'A task table has no “Sản phẩm” (output) column.',
    'T006.doc.2':
        "Some appendix tables have only the columns “TT, Nội dung, Chủ trì, Phối hợp, Thời gian”: the document\nassigns no output to any task. When the appendix's ``columns`` record the printed headers and none\nis a “Sản phẩm” (“Kết quả”, “Đầu ra”) column, the table's tasks are not reported one by one for a missing\noutput (T002); this rule gives one notice for the table. A task that does have an ``output`` keeps\nit as usual.",
    'T006.doc.3':
        'Right (the table has a “Sản phẩm” column, or every task has an output):',
    'T006.doc.4':
        'Wrong (no “Sản phẩm” column, tasks without an output: one notice for the table):',
    'T003.doc.1':
        'A task has no deadline (“Thời gian hoàn thành”).',
    'T003.doc.2':
        'Every task needs a deadline as the document writes it (e.g. "Quý II/2021", "Năm 2021",\n"Nhiệm vụ thường xuyên") or an explicit ``due`` date, so that cchc can tell which tasks are on\ntime or overdue. For a task with sub-tasks, the sub-tasks are checked.',
    'T003.doc.3':
        'Right:',
    'T003.doc.4':
        'Wrong:',
    'T004.doc.1':
        'The deadline (“Thời gian hoàn thành”) must be written in a form cchc reads.',
    'T004.doc.2':
        'cchc reads: “Quý I/2021” (also “Quý 2/2021”, “quý 2 năm 2021”), “Quý II-III/2021”,\n“Quý II và Quý IV/2021”, “Năm 2021”, “Trong năm 2021”, “Tháng 6/2021”, “Tháng 10-11/2021”,\n“6 tháng đầu (cuối) năm 2021”, “31/01/2021”, “Trước ngày 31/01/2021”, “Giai đoạn 2021-2025”,\n“Đến năm 2025”, “Hằng năm”, “Hằng quý”, “6 tháng/01 lần”, “Năm 2021 và các năm tiếp theo”,\n“Nhiệm vụ thường xuyên”, and conditions such as “Sau khi có văn bản hướng dẫn…”,\n“Theo tiến độ Đề án”. A quarter, month or day without a year takes the year of a one-year plan; a\nplan over several years must give the year. ``cchc deadline "<text>" --period 2021-2025`` shows how cchc\nreads a deadline. What cannot be read is an error, never a guess. If a deadline cannot be written\nin one of these forms, add an explicit ``due: YYYY-MM-DD``.',
    'T004.doc.3':
        "Other common spellings are read too: “Quí IV-2025”, “Quý 4-2025”, “Q2/2022”, “12/2025”, “T12/2025”,\n“31-12-2025”, “31.12.2025”; “Cuối năm 2022”, “Hết Quý II/2022”, “Đến hết năm 2022”, “Đầu năm 2023” (that is\nQ1); “Tháng 6 và tháng 12/2022”, “Đợt 1: Quý II/2022; Đợt 2: Quý IV/2022” (one milestone each);\n“Thường xuyên, hằng năm”; “Hằng năm (Quý IV)”; “Trước ngày 15 hằng tháng”; “Từ Quý II/2022” (from Q2 to\nthe end of the plan's period); “Trong vòng 30 ngày kể từ ngày ký” (counted from the issue date in\n``document.date``).",
    'T004.doc.4':
        'Right:',
    'T004.doc.5':
        'Wrong:',
    'T005.doc.1':
        "A task's deadline falls before the plan's period.",
    'T005.doc.2':
        'A 2021 plan with a task due "Quý IV/2020" or "31/12/2019" has that task overdue the day it is\nissued — usually a mistyped year (copied from last year\'s plan). Only deadlines read as dates are\nconsidered; a deadline after the plan\'s period is allowed (the task runs into the next period).',
    'T005.doc.3':
        'A warning, not an error: the file copies the signed document, and a yearly plan is often issued in\nDecember of the year before, so a preparatory task due "Tháng 12/2020" in a 2021 plan can be right.\nTo block it in CI, run ``cchc lint --strict``.',
    'T005.doc.4':
        'Right (period 2021):',
    'T005.doc.5':
        'Wrong:',
    'T007.doc.1':
        'The plan has no task.',
    'T007.doc.2':
        'An administrative reform plan or programme assigns tasks to agencies; a plan with no task\nhas nothing whose progress can be followed. Usually the task table was lost when the plan was\ncopied or imported from Word (``cchc import`` refuses to write an empty plan unless\n``--allow-empty`` is given). If the document really assigns no task, suppress the warning with a reason.',
    'T007.doc.3':
        'Reported only for a plan that already has content (a ``body`` or appendices) and no target either:\na new file with only the document fields is a plan still being written, and a plan of targets\nonly still has something to follow.',
    'T007.doc.4':
        'Right:',
    'T007.doc.5':
        'Wrong:',
    'A001.doc.1':
        'A lead or supporting agency is not in the agency registry.',
    'A001.doc.2':
        'Every name in ``lead``/``support`` (of a task or a task group) and ``agencies`` (of a part of\n“Tổ chức thực hiện”) must match a canonical name, a short\nform or an alias in the nearest ``agencies.yaml`` (same folder or a parent folder). Matching\nignores case, diacritics and spacing; "UBND" and "Ủy ban nhân dân" are taken as the same. The\nclosest name is suggested. A misspelt name leaves the task without an owner: it does not show in\nthe per-agency report.',
    'A001.doc.3':
        'Right (the registry has “Sở Nội vụ”):',
    'A001.doc.4':
        'Wrong (no agency has that name; a mere diacritic slip such as "Sở Nôi vụ" still matches):',
    'A002.doc.1':
        'No agency registry was found (or it cannot be read) for the plan.',
    'A002.doc.2':
        'A plan uses the nearest ``agencies.yaml`` in its folder or a parent folder. Without a registry,\nagency names cannot be checked (rule A001). Reported only when the plan names lead or supporting\nagencies.',
    'A002.doc.3':
        'Right:',
    'A002.doc.4':
        'Wrong (no agencies.yaml in plans/quang-nam/ or plans/):',
    'A003.doc.1':
        "A task is assigned to an agency that ceased to exist before the task's due date.",
    'A003.doc.2':
        'In 2025 many departments merged (01/3/2025), many provinces were merged and the district level was\nabolished (01/7/2025). A task whose lead or supporting agency no longer exists on its due date\nmust be reassigned to the successor; the agency registry records ``ended`` and ``successors``,\nand the hint names the successor.',
    'A003.doc.3':
        'Right (“Sở Thông tin và Truyền thông” exists until 28/02/2025):',
    'A003.doc.4':
        'Wrong:',
    'U001.doc.1':
        'Text is not in precomposed Unicode (NFC).',
    'U001.doc.2':
        'Vietnamese typed in combining Unicode (e.g. “ệ” = “e” + a circumflex + a dot below as separate\ncharacters) looks the same but does not match when searching, comparing agency names or sorting.\nIt often comes from copying out of a PDF or from a Mac. To convert: Unikey → “Công cụ chuyển mã”\n→ combining Unicode → Unicode.',
    'U001.doc.3':
        'Right (NFC):',
    'U001.doc.4':
        'Wrong (NFD: “ệ” is three characters, e + circumflex + dot below):',
    'U002.doc.1':
        'Text seems to be typed in a legacy encoding, TCVN3 (ABC) or VNI, and pasted as Unicode.',
    'U002.doc.2':
        'Text such as "Céng hoµ x· héi chñ nghÜa" (TCVN3) or "Coäng hoøa xaõ hoäi" (VNI) is Vietnamese\nshown in the wrong encoding: unreadable and unsearchable. It must be converted to Unicode.',
    'U002.doc.3':
        'Right:',
    'U002.doc.4':
        'Wrong:',
    'U003.doc.1':
        'Text contains a control character that a Word (XML) document cannot hold.',
    'U003.doc.2':
        'Characters such as U+000B (Word\'s soft line break), U+0001 or U+FFFF often come along when copying\nfrom Word or a PDF; written as escapes in double quotes ("\\v", "\\u0001") YAML still reads them,\nbut they have to be dropped when printing to DOCX. Delete them from the plan.',
    'U003.doc.3':
        'Right:',
    'U003.doc.4':
        'Wrong:',
    'P001.doc.1':
        'The progress log must be in date order.',
    'P001.doc.2':
        "The progress log (``progress``) is append-only: every update is a new entry at the end, and its\ndate may not be earlier than the previous entry's. A date going backwards usually means an old\nentry was edited by mistake or a year was mistyped.",
    'P001.doc.3':
        'Right:',
    'P001.doc.4':
        'Wrong:',
    'P002.doc.1':
        'The progress log continues after the task was completed.',
    'P002.doc.2':
        "No progress entry may follow ``status: done``: a completed task is finished. If it has to be\nredone, say so in the done entry's ``note`` or create a new task. For a recurring task the rule\napplies per occurrence (``occurrence``): after 2021-Q2 is done, 2021-Q3 may still be recorded,\nbut nothing more for 2021-Q2.",
    'P002.doc.3':
        'Right:',
    'P002.doc.4':
        'Wrong:',
    'P003.doc.1':
        "The occurrence (``occurrence``) of a progress entry must be one of the task's milestones; trigger\nis only for conditional deadlines.",
    'P003.doc.2':
        'A recurring task or one with several milestones ("Hằng quý", "Quý II và Quý IV/2021"…) records an\n``occurrence`` to say which milestone an entry belongs to; a milestone the task\'s deadline does\nnot have is a typo. The ``trigger`` key (the date the condition occurred) only means something when\nthe deadline reads "Sau khi có…", "Theo tiến độ…".',
    'P003.doc.3':
        'Right (deadline “Quý II và Quý IV/2021”):',
    'P003.doc.4':
        'Wrong:',
    'P004.doc.1':
        "Dates in progress logs, triggers and results must lie in the plan's plausible window.",
    'P004.doc.2':
        "The plausible window runs from 1 January of the year before the plan's period to 31 December of\nthe year after it (a 2027 plan: 01/01/2026 to 31/12/2028). A date outside it in a hand-edited file\nis almost always a mistyped year (2017 or 2207 for 2027), and a completion date far too early counts\nthe task as on time. The window depends only on the plan's period, never on today's date, so lint\ngives the same result whatever day it runs.",
    'P004.doc.3':
        'Right (period 2027):',
    'P004.doc.4':
        'Wrong:',
    'D001.doc.1':
        'A document symbol must start with the abbreviation of the document type.',
    'D001.doc.2':
        "Under Decree “30/2020/NĐ-CP” (Appendix III), a symbol is the abbreviation of the document type and\nof the issuing body, e.g. a plan (“Kế hoạch”) of a people's committee is KH-UBND, a decision\n(“Quyết định”) is “QĐ-UBND”, a programme (“Chương trình”) is CTr-UBND.",
    'D001.doc.3':
        'Right:',
    'D001.doc.4':
        'Wrong:',
    'D002.doc.1':
        'The issue date and the dates of referenced documents must exist in the calendar.',
    'D002.doc.2':
        'The format allows the day (YYYY-MM), or the month too (YYYY), to be left out when the source leaves\nthem blank, but a full date must exist (there is no 30/02, 31/4…).',
    'D002.doc.3':
        'Right:',
    'D002.doc.4':
        'Wrong:',
    'D003.doc.1':
        "The plan's period must make sense: the start year not after the end year, the vision year not\nbefore the end year.",
    'D003.doc.2':
        'Right:',
    'D003.doc.3':
        'Wrong:',
    'M001.doc.1':
        "A result must be in the target's unit.",
    'M001.doc.2':
        "If a target is in %, its results must be in % too; a result in another unit (a number of files,\nof units…) makes the comparison meaningless. A result without a unit is taken to be in the\ntarget's unit.",
    'M001.doc.3':
        'Right:',
    'M001.doc.4':
        'Wrong:',
    'M002.doc.1':
        'A percentage cannot exceed 100.',
    'M002.doc.2':
        'Applies to goal values, per-level values, schedules and results in "%". A number above 100 is\nusually a typo (980 for 98) or the wrong unit (a number of files instead of a rate).',
    'M002.doc.3':
        'Right:',
    'M002.doc.4':
        'Wrong:',
    'M003.doc.1':
        'The result of a ranking target must be a whole number.',
    'M003.doc.2':
        'A target such as "thuộc nhóm 20 tỉnh đứng đầu" (among the top 20 provinces, ``comparison: top_n``)\nis measured by rank: 1, 2, … 63. A rank with a fraction (12,5) is usually the index score taken\nfor the rank.',
    'M003.doc.3':
        'Right:',
    'M003.doc.4':
        'Wrong:',
    'M004.doc.1':
        "A target's year (and the years of its schedule) must fall within the plan's period.",
    'M004.doc.2':
        'A 2021–2025 plan cannot set a target for 2030 (that is an outlook, recorded in ``vision``); a year\noutside the period is usually a typo.',
    'M004.doc.3':
        'Right (period 2021–2025):',
    'M004.doc.4':
        'Wrong:',
    'I001.doc.1':
        'The parent task that a task implements (``implements``) must exist.',
    'I001.doc.2':
        'A reference reads ``<plan id>#<task number>`` (or ``#<key>``). cchc looks for the parent plan\namong the files being checked, and failing that in the nearest ``plans`` folder that holds the\nfile. The rule is checked once every plan has been read.',
    'I001.doc.3':
        'Right:',
    'I001.doc.4':
        'Wrong (the parent plan has no task 1.30):',
    'I002.doc.1':
        'A lower-level task should not be due later than the parent task it implements.',
    'I002.doc.2':
        'If a district given a provincial task due "Quý II/2021" sets itself "Quý IV/2021", the province\nwill have no result in time to compile. Compared only when both deadlines read as dates.',
    'I002.doc.3':
        'Right (the provincial task is due “Quý II/2021”):',
    'I002.doc.4':
        'Wrong:',
    'I003.doc.1':
        'Two plan files must not have the same plan id (``id``).',
    'I003.doc.2':
        "The plan id names the plan everywhere: ``implements`` links, ``--plan``, reports, the dashboard. A\nfile copied from last year's plan whose ``id:`` was not changed makes every task count twice, so\nthis error is reported at the ``id:`` line of each file, naming the others; until it is fixed,\n``cchc status``, ``report``, ``agencies``, ``site`` and ``calendar`` leave out every file with\nthat id and say why in their notes. It cannot be suppressed with a comment. The rule is checked\nafter every plan is read.",
    'I003.doc.3':
        'Correct (the 2022 plan copied from 2021, with a new id):',
    'I003.doc.4':
        'Wrong (kh-cchc-2022.yaml still has the id of kh-cchc-2021.yaml):',
    'R001.doc.1':
        'In the agency registry, a name (canonical, short form or alias) belongs to one agency only.',
    'R001.doc.2':
        'Since lookup ignores case and diacritics, "Sở Nội vụ" and "SỞ NỘI VỤ" are the same name. A name\nshared by two agencies leaves lookup unable to tell which one is meant.',
    'R001.doc.3':
        'Right:',
    'R001.doc.4':
        'Wrong:',
    'R002.doc.1':
        'In the agency registry, referenced ids (parent, successors, members) must exist.',
    'R002.doc.2':
        'Agency ids must not repeat either, and the parent registry named in ``extends`` must be readable.\nThe ids of the parent registry count as ids of this one.',
    'R002.doc.3':
        'Right:',
    'R002.doc.4':
        'Wrong:',
    'Q001.doc.1':
        'A suppression comment must give its reason.',
    'Q001.doc.2':
        'Syntax: ``# cchc: ignore[CODE,CODE] reason``. The reason tells later readers why the problem was\naccepted (usually because the source document has that defect).',
    'Q001.doc.3':
        'Right:',
    'Q001.doc.4':
        'Wrong:',
    'Q002.doc.1':
        'A suppression comment suppresses nothing.',
    'Q002.doc.2':
        'Once the problem is fixed, delete the suppression comment, so that it does not hide a new problem\nlater.',
    'Q002.doc.3':
        'Right (T002 really occurs on this task):',
    'Q002.doc.4':
        'Wrong (the task has an output):',
    'Q003.doc.1':
        'A suppression comment is malformed or names a rule that does not exist.',
    'Q003.doc.2':
        'The list of rule codes: ``cchc rules``.',
    'Q003.doc.3':
        'Right:',
    'Q003.doc.4':
        'Wrong:',
    'X001.doc.1':
        'An internal error of cchc while checking a file.',
    'X001.doc.2':
        'Not a problem in the plan: a rule failed. The other rules and the other files are still checked.\nPlease report it to the developers with the plan file.',
    'X001.doc.3':
        'Right: (no example — no valid plan causes this error)',
    'X001.doc.4':
        'Wrong: (no example)',

    # ------------------------------------------------------------------ --help (cchc/commands/: command summaries, options)
    'Kế hoạch cải cách hành chính dạng mã.':
        'Plans as code for Vietnamese administrative reform.',
    'Kiểm tra kế hoạch: cú pháp YAML, định dạng (lược đồ) và các quy tắc nội dung.\n\nMã thoát: 0 không có lỗi; 1 có lỗi (cả cảnh báo nếu dùng --strict); 2 không chạy được.':
        'Check plans: YAML syntax, the format (schema) and the content rules.\n\nExit codes: 0 no errors; 1 errors (warnings too with --strict); 2 could not run.',
    'Chạy máy chủ ngôn ngữ (LSP) cho trình soạn thảo: lỗi, gợi ý và chú giải của cchc ngay khi gõ.\n\nTrình soạn thảo (VS Code, Neovim, Helix, Emacs…) khởi động lệnh này và trao đổi với nó qua stdin/stdout theo giao thức Language Server Protocol; người dùng không cần chạy tay.':
        "Run the language server (LSP) for editors: cchc's findings, hints and hovers as you type.\n\nThe editor (VS Code, Neovim, Helix, Emacs…) starts this command and talks to it over stdin/stdout with the Language Server Protocol; nobody needs to run it by hand.",
    'Giao tiếp qua stdin/stdout (cách duy nhất; nhận cờ này vì nhiều trình soạn thảo luôn truyền nó).':
        'Talk over stdin/stdout (the only way; accepted because many editors always pass it).',
    'cchc: đã đọc {count} kế hoạch trong thư mục làm việc.':
        ('cchc: read {count} plan in the workspace.', 'cchc: read {count} plans in the workspace.'),
    'cchc: không đọc được các kế hoạch trong thư mục làm việc ({problem}).':
        'cchc: could not read the plans in the workspace ({problem}).',
    'cchc: lỗi nội bộ của máy chủ ({error}).': 'cchc: internal error in the server ({error}).',
    'Liệt kê các quy tắc kiểm tra: mã, tên, mức độ mặc định và hướng dẫn kèm ví dụ.':
        'List the checking rules: code, name, default severity and guidance with examples.',
    'Liệt kê các lĩnh vực cải cách hành chính (mã dùng trong khóa area).':
        'List the administrative reform areas (the codes used in the area key).',
    'Tình hình thực hiện nhiệm vụ tính đến một ngày: đúng hạn, quá hạn, sắp đến hạn…\n\nChỉ dùng nhật ký tiến độ ghi đến ngày --as-of, nên báo cáo cho một ngày trong quá khứ luôn cho\ncùng kết quả.':
        'Progress of tasks as of a date: on time, overdue, due soon…\n\nUses only the progress entries dated up to --as-of, so a report for a past date always gives the same result.',
    'Kết quả thực hiện nhiệm vụ theo cơ quan chủ trì: đúng hạn, quá hạn, tỷ lệ đúng hạn.':
        'Results by lead agency: on time, overdue, on-time rate.',
    'Giải thích cách cchc hiểu một "Thời gian hoàn thành": loại, ngày bắt đầu, các mốc hạn.':
        'Explain how cchc reads a deadline (“Thời gian hoàn thành”): kind, start date, milestones.',
    'Ghi nhận nhiệm vụ đã hoàn thành (dạng ngắn của cchc update --status done).':
        'Record a task as done (short for cchc update --status done).',
    'Đối chiếu kế hoạch cấp trên với các kế hoạch cấp dưới.\n\nNhiệm vụ nào đơn vị nào đã đưa vào kế hoạch, đang ở trạng thái nào, và đơn vị nào trong nhóm\nđược giao chưa có nhiệm vụ tương ứng.':
        'Compare a parent plan with lower-level plans.\n\nWhich unit has taken which task into its plan, in what state, and which units of the assigned group have no matching task yet.',
    'Các chỉ tiêu: mục tiêu của kỳ, kết quả mới nhất và đánh giá đạt / không đạt / đúng lộ trình.':
        'Targets: the goal for the period, the latest result and the verdict (met / not met / on track).',
    'Nhập kế hoạch từ Word (.docx) hoặc văn bản có bảng phân cách bằng Tab (.txt/.md) thành YAML.':
        'Import a plan from Word (.docx) or from text with Tab-separated tables (.txt/.md) into YAML.',
    'Những gì thay đổi trong kế hoạch giữa hai mốc git, nói bằng ngôn ngữ nghiệp vụ.\n\nNhiệm vụ thêm, bỏ; thời hạn dời bao lâu; cơ quan chủ trì, phối hợp đổi; tiến độ, chỉ tiêu, kết quả\nghi thêm.':
        "What changed in the plans between two git revisions, in the domain's words.\n\nTasks added and removed; deadlines moved and by how much; lead and supporting agencies changed; progress, targets and results recorded.",
    'Lịch các mốc hạn nhiệm vụ (tệp .ics, RFC 5545) để nhập vào Outlook, Google Calendar…':
        'A calendar of task due dates (.ics file, RFC 5545) to import into Outlook, Google Calendar…',
    'Tạo khung kho kế hoạch cho một đơn vị.\n\nGồm plans/, danh mục cơ quan, kế hoạch mẫu, CI, pre-commit, cấu hình VS Code và hướng dẫn. Không\nbao giờ ghi đè tệp đã có; chạy lại không thay đổi gì.':
        'Scaffold a plans repository for a unit.\n\nIt holds plans/, an agency registry, a starter plan, CI, pre-commit, VS Code settings and a guide. Never overwrites an existing file; running it again changes nothing.',
    'Tạo trang tổng hợp tĩnh, mở trực tiếp bằng trình duyệt hoặc đăng lên GitHub Pages.\n\nGồm số liệu, biểu đồ theo lĩnh vực, bảng theo cơ quan, danh sách quá hạn, trang từng kế hoạch, lọc\ntheo cơ quan/lĩnh vực/trạng thái.':
        'Build a static dashboard to open straight in a browser or publish on GitHub Pages.\n\nIt has figures, a chart by area, a table by agency, the overdue list, a page per plan, filters by agency/area/state.',
    'In kế hoạch thành văn bản hành chính theo Nghị định 30/2020/NĐ-CP (Markdown, DOCX, HTML, PDF).':
        'Render plans as administrative documents under Decree “30/2020/NĐ-CP” (Markdown, DOCX, HTML, PDF).',
    'Kế hoạch cải cách hành chính dạng mã: kiểm tra kế hoạch, theo dõi tiến độ, in kế hoạch và báo cáo.':
        'Plans as code for Vietnamese administrative reform: check plans, track progress, print plans and reports.',
    'Tệp kế hoạch.':
        'The plan file.',
    'Tính đến ngày (YYYY-MM-DD hoặc dd/mm/yyyy); mặc định as_of trong cchc.toml, không có thì hôm nay.':
        'As of this date (YYYY-MM-DD or dd/mm/yyyy); default: as_of in cchc.toml, else today.',
    'Ghi kết quả vào tệp.':
        'Write the result to a file.',
    'Số thứ tự đầy đủ của nhiệm vụ (ví dụ VII.1, VII.10.a)) hoặc key.':
        "The task's full number (e.g. VII.1, VII.10.a)) or its key.",
    'Ngày ghi nhận (YYYY-MM-DD hoặc dd/mm/yyyy); mặc định hôm nay, nhưng bắt buộc khi thời kỳ kế hoạch đã kết thúc.':
        'The date of the entry (YYYY-MM-DD or dd/mm/yyyy); default today, but required once the plan\'s period has ended.',
    'Ghi chú ngắn.':
        'A short note.',
    'Minh chứng, ví dụ số văn bản đã ban hành.':
        'Evidence, e.g. the number of the document issued.',
    'Mốc của nhiệm vụ định kỳ, ví dụ 2021-Q2.':
        'The milestone of a recurring task, e.g. 2021-Q2.',
    'Người hoặc đơn vị ghi nhận.':
        'The person or unit recording it.',
    'Chỉ in dòng sẽ thêm, không ghi tệp.':
        'Only print the lines that would be added; write nothing.',
    'In phiên bản và thoát.':
        'Print the version and exit.',
    'Ngôn ngữ thông báo: vi (mặc định) hoặc en; cũng đặt được bằng biến CCHC_LANG. Văn bản in ra (render, report, site) luôn bằng tiếng Việt.':
        'Language of messages: vi (default) or en; CCHC_LANG sets it too. Printed documents (render, report, site) are always Vietnamese.',
    'Tệp hoặc thư mục kế hoạch (mặc định: plans/).':
        'Plan files or folders (default: plans/).',
    'Định dạng kết quả: text, json, github, sarif; auto chọn github khi chạy trong GitHub Actions.':
        'Output format: text, json, github, sarif; auto picks github inside GitHub Actions.',
    'Coi cảnh báo là lỗi (mã thoát 1).':
        'Treat warnings as errors (exit code 1).',
    'Ghi kết quả vào tệp thay vì màn hình.':
        'Write the result to a file instead of the screen.',
    'Không dùng bộ nhớ đệm kết quả (đọc lại mọi tệp).':
        'Do not use the result cache (read every file again).',
    'Số tiến trình đọc song song (mặc định: số lõi CPU).':
        'Number of processes reading in parallel (default: the number of CPU cores).',
    'Định dạng: text, json, markdown.':
        'Format: text, json, markdown.',
    'Chỉ in một quy tắc (ví dụ T002).':
        'Print only this rule (e.g. T002).',
    'Số ngày trước hạn được coi là sắp đến hạn (mặc định 14, hoặc theo cchc.toml).':
        'Days before a due date that count as due soon (default 14, or as set in cchc.toml).',
    'Chỉ nhiệm vụ cơ quan này chủ trì hoặc phối hợp (kể cả qua nhóm).':
        'Only tasks this agency leads or supports (also through groups).',
    'Lĩnh vực (mã hoặc tên; nhiều giá trị cách nhau bằng dấu phẩy).':
        'Area (code or name; several separated by commas).',
    'Trạng thái: mã (overdue, due_soon, …) hoặc nhãn trong bảng ("Quá hạn", "sap den han"…); cách nhau bằng dấu phẩy.':
        'State: a code (overdue, due_soon, …) or a label the table shows ("Quá hạn", "sap den han"…); separated by commas.',
    'Với --agency: lead (nhiệm vụ ghi cơ quan này ở cột chủ trì), support (ở cột phối hợp) hoặc any (cả hai, kể cả qua nhóm cơ quan; mặc định).':
        'With --agency: lead (tasks naming the agency as lead), support (as support) or any (either, groups included; the default).',
    'Chỉ mốc chưa hoàn thành đến hạn trong số ngày này.':
        'Only unfinished milestones due within this many days.',
    'Chỉ kế hoạch có mã (id) hoặc đường dẫn này.':
        'Only the plan with this id or path.',
    'Định dạng: table, json, csv, markdown.':
        'Format: table, json, csv, markdown.',
    'Trả mã thoát 1 nếu có mốc ở trạng thái này (ví dụ overdue,due_soon).':
        'Exit with code 1 if a milestone is in this state (e.g. overdue,due_soon).',
    'Tổng hợp theo đơn vị: số mốc đúng hạn, quá hạn… trên mọi kế hoạch đơn vị sở hữu hoặc chủ trì.':
        'Roll up by unit: milestones on time, overdue… across every plan the unit owns or leads.',
    'Thời gian hoàn thành như văn bản ghi, ví dụ "Quý II/2021".':
        'The deadline as the document writes it, e.g. "Quý II/2021".',
    'Thời kỳ kế hoạch: 2021 hoặc 2021-2025.':
        "The plan's period: 2021 or 2021-2025.",
    'Định dạng: text, json.':
        'Format: text, json.',
    'done (hoàn thành), doing (đang thực hiện), blocked (vướng mắc), cancelled (không thực hiện).':
        'done, doing (in progress), blocked, cancelled.',
    'Kế hoạch cấp trên: đường dẫn tệp hoặc mã kế hoạch (id).':
        'The parent plan: a file path or a plan id.',
    'Các kế hoạch cấp dưới (mặc định: plans/).':
        'The lower-level plans (default: plans/).',
    'Tệp kế hoạch cần nhập: .docx, .txt hoặc .md.':
        'The plan file to import: .docx, .txt or .md.',
    'Tệp YAML ghi ra (không có thì in ra màn hình).':
        'The YAML file to write (default: print it).',
    'Danh mục cơ quan (agencies.yaml) để tách ô cơ quan; mặc định: danh mục gần nơi ghi tệp.':
        'Agency registry (agencies.yaml) for splitting agency cells; default: the registry nearest to the output file.',
    'Thời kỳ kế hoạch: 2021 hoặc 2021-2025 (khi văn bản không ghi rõ).':
        "The plan's period: 2021 or 2021-2025 (when the document does not say).",
    'Mã kế hoạch (mặc định theo tên tệp).':
        'The plan id (default: from the file name).',
    'Định dạng bản tóm tắt: text hoặc json (cho script).':
        'Format of the summary: text, or json (for scripts).',
    'Cho phép ghi đè tệp đầu ra đã có.':
        'Allow overwriting an existing output file.',
    'Mốc git đầu (commit, nhánh, thẻ).':
        'The first git revision (commit, branch, tag).',
    'Mốc git sau; bỏ trống là thư mục làm việc hiện tại.':
        'The second git revision; empty means the working tree.',
    'Thư mục hoặc tệp kế hoạch (mặc định: plans).':
        'Plan folders or files (default: plans).',
    'Định dạng: text, markdown, json.':
        'Format: text, markdown, json.',
    'Thư mục kho git.':
        "The git repository's folder.",
    'Tệp .ics ghi ra (không có thì in ra màn hình).':
        'The .ics file to write (default: print it).',
    'Chỉ các nhiệm vụ cơ quan này chủ trì hoặc phối hợp.':
        'Only tasks this agency leads or supports.',
    'Nhắc trước hạn bao nhiêu ngày.':
        'Remind this many days before the due date.',
    'Tính đến ngày: chỉ dùng tiến độ ghi đến ngày này; cũng là ngày ghi vào DTSTAMP (để tệp giống hệt nhau giữa các lần chạy).':
        'As of this date: only progress recorded by then is used; also the date written into DTSTAMP (so that runs give identical files).',
    'Thư mục kho kế hoạch (mặc định: thư mục hiện tại).':
        "The plans repository's folder (default: the current folder).",
    'Tên đơn vị sở hữu kho kế hoạch, ví dụ "UBND huyện Bình Sơn".':
        'The name of the unit owning the repository, e.g. "UBND huyện Bình Sơn".',
    'Nơi đặt lược đồ (URL hoặc thư mục trong kho); mặc định chép lược đồ vào .cchc/schema/.':
        'Where the schemas live (a URL or a folder in the repository); by default they are copied into .cchc/schema/.',
    'Tạo lại kế hoạch mẫu, kể cả khi đã xóa hoặc thư mục plans/ đã có kế hoạch.':
        'Create the sample plan again, even if it was deleted or plans/ already holds a plan.',
    'Chỉ cập nhật bản sao lược đồ trong .cchc/schema/ theo cchc đang cài.':
        "Only update the copy of the schemas in .cchc/schema/ to the installed cchc's.",
    'Chỉ kiểm tra các tệp nằm trong thư mục kế hoạch (thư mục ghi trong cchc.toml, mặc định plans/), bỏ qua tệp khác được ghi trên dòng lệnh (dùng cho pre-commit).':
        'Check only the files inside the plans folder (plans = … in cchc.toml, default plans/) and skip the other files named on the command line (for pre-commit).',
    'Thư mục trang tổng hợp.':
        "The dashboard's folder.",
    'Số ngày trước hạn được coi là sắp đến hạn.':
        'Days before a due date that count as due soon.',
    'Tệp kế hoạch (một hoặc nhiều).':
        'Plan files (one or more).',
    'Định dạng: md, docx, html, pdf (qua LibreOffice).':
        'Format: md, docx, html, pdf (through LibreOffice).',
    'Tệp đầu ra (một kế hoạch) hoặc thư mục (nhiều kế hoạch).':
        'Output file (one plan) or folder (several plans).',
    'Mẫu riêng: tệp .j2 cho md/html, tệp .docx cho docx/pdf.':
        'Your own template: a .j2 file for md/html, a .docx file for docx/pdf.',
    'Tính đến ngày (YYYY-MM-DD hoặc dd/mm/yyyy); mặc định: ngày chốt số liệu của --period, nếu không thì hôm nay.':
        'As of this date (YYYY-MM-DD or dd/mm/yyyy); default: the cut-off date of --period, else today.',
    'Định dạng: md, docx, html, xlsx, pdf (qua LibreOffice).':
        'Format: md, docx, html, xlsx, pdf (through LibreOffice).',
    'Tệp đầu ra.':
        'Output file.',
    'Mẫu riêng (.j2 cho md/html, .docx cho docx).':
        'Your own template (.j2 for md/html, .docx for docx).',
    'Thêm bảng tổng hợp theo đơn vị (mọi kế hoạch đơn vị sở hữu hoặc chủ trì).':
        'Add the roll-up by unit (every plan the unit owns or leads).',

    # ------------------------------------------------------------------ recording progress (cchc/authoring/edit.py)
    "Số thứ tự viết đầy đủ theo nhóm, ví dụ VII.1, VII.10.a), hoặc dùng key của nhiệm vụ.":
        "Write the full number through its groups, e.g. VII.1, VII.10.a), or use the task's key.",
    "Không có nhiệm vụ \"{task}\" trong kế hoạch {plan}.": "There is no task \"{task}\" in plan \"{plan}\".",
    "Số thứ tự \"{number}\" trùng nhau ở {count} nhiệm vụ trong kế hoạch.":
        "The number \"{number}\" is shared by {count} tasks in the plan.",
    "Có phải ý bạn là {names}? ": "Did you mean {names}? ",
    "Trạng thái \"{status}\" không hợp lệ.": "Invalid status \"{status}\".",
    "Dùng: {statuses}.": "Use: {statuses}.",
    " (đầu tiên: dòng {line}: {message})": " (the first: line {line}: {message})",
    "Sửa lỗi trước (chạy cchc lint {path}), rồi cập nhật lại.": "Fix the errors first (run cchc lint \"{path}\"), then update again.",
    "Nhiệm vụ {ref} có nhiệm vụ con; tiến độ được ghi cho từng nhiệm vụ con.":
        "Task \"{ref}\" has sub-tasks; progress is recorded on each sub-task.",
    "Cập nhật {refs}.": "Update {refs}.",
    "Không ghi được: nội dung sau khi thêm không còn là YAML hợp lệ.": "Not written: with the new entry the file would no longer be valid YAML.",
    "Báo lỗi này cho nhóm phát triển kèm tệp kế hoạch.": "Please report this to the developers with the plan file.",
    "Không ghi được: kiểm tra lại sau khi thêm cho thấy dữ liệu khác ngoài dòng mới.":
        "Not written: reading the result back showed changes beyond the new entry.",
    "Tệp {path} vừa bị thay đổi bởi chương trình khác trong lúc cập nhật.":
        "\"{path}\" was changed by another program during the update.",
    "Chạy lại lệnh.": "Run the command again.",
    "Ngày {date:%d/%m/%Y} sớm hơn dòng tiến độ cuối của nhiệm vụ ({last:%d/%m/%Y}).":
        "The date {date:%d/%m/%Y} is earlier than the task's last progress entry ({last:%d/%m/%Y}).",
    "Nhật ký chỉ ghi thêm theo thứ tự thời gian; kiểm tra lại --date.": "The log is append-only in date order; check --date.",
    "Nhiệm vụ {ref} có nhiều mốc ({labels}): cần cho biết mốc nào đã hoàn thành.":
        "Task \"{ref}\" has several milestones ({labels}): say which one is done.",
    "Thêm --occurrence, ví dụ --occurrence {label}.": "Add --occurrence, e.g. --occurrence {label}.",
    "Không đọc được tệp {path}: {error}.": "Cannot read \"{path}\": {error}.",
    "Kiểm tra đường dẫn.": "Check the path.",
    "Không đọc được tệp.": "Cannot read the file.",
    "Nhiệm vụ {ref} chỉ có một mốc; không cần --occurrence.": "Task \"{ref}\" has a single milestone; --occurrence is not needed.",
    "Bỏ --occurrence.": "Drop --occurrence.",

    # ------------------------------------------------------------------ issue 16: recording on any plan, dates, trigger, result (cchc/authoring/edit.py, cli.py, rules/progress_date_window.py)
    'Sẽ ghi vào {path}: nhiệm vụ {ref} — điều kiện phát sinh ngày {date:%d/%m/%Y}.':
        'Would write to {path}: task {ref} — condition occurred on {date:%d/%m/%Y}.',
    'Đã ghi vào {path}: nhiệm vụ {ref} — điều kiện phát sinh ngày {date:%d/%m/%Y}.':
        'Wrote to {path}: task {ref} — condition occurred on {date:%d/%m/%Y}.',
    'giá trị "{value}" của --value không phải một số; viết dạng 85 hoặc 85.5.':
        'value "{value}" of --value is not a number; write it as 85 or 85.5.',
    'Sẽ ghi vào {path}: chỉ tiêu {target} — kết quả {value} ngày {date:%d/%m/%Y}.':
        'Would write to {path}: target {target} — result {value} on {date:%d/%m/%Y}.',
    'Đã ghi vào {path}: chỉ tiêu {target} — kết quả {value} ngày {date:%d/%m/%Y}.':
        'Wrote to {path}: target {target} — result {value} on {date:%d/%m/%Y}.',
    'cảnh báo: tệp {path} đang có {count} lỗi từ trước, không liên quan đến dòng mới (đầu tiên: dòng {line}: {message}); chạy cchc lint {path} để xem và sửa.':
        'warning: {path} already has {count} errors unrelated to the new lines (first: line {line}: {message}); run cchc lint {path} to see and fix them.',
    'cảnh báo (ghi theo --force): {code}: {message}':
        'warning (written because of --force): {code}: {message}',
    'Ghi thêm một dòng vào nhật ký tiến độ của nhiệm vụ (không thay đổi phần nào khác của tệp).\n\nTừ chối (tệp giữ nguyên) khi dòng mới gây lỗi, tệp không đọc được, không tìm thấy hoặc trùng số\nnhiệm vụ, ngày sớm hơn dòng tiến độ cuối, sau hôm nay hoặc ngoài khoảng hợp lý của kế hoạch.\nLỗi sẵn có trong tệp chỉ được nhắc lại dưới dạng cảnh báo.':
        "Append one entry to a task's progress log (no other part of the file changes).\n\nRefused (file unchanged) when the new entry would add an error, the file cannot be read, the task\nis unknown or its number ambiguous, or the date is before the last entry, after today or outside\nthe plan's plausible window. Errors already in the file are only repeated as a warning.",
    'Ghi ngày phát sinh điều kiện của nhiệm vụ "chờ điều kiện": hạn = ngày phát sinh + --days/--months.\n\nThêm khóa trigger vào nhiệm vụ (không thay đổi phần nào khác của tệp). Nhiệm vụ đã có trigger\nthì từ chối, không ghi đè.':
        "Record the date a conditional task's condition occurred: due = that date + --days/--months.\n\nAdds a trigger key to the task (no other part of the file changes). A task that already has a\ntrigger is refused, never overwritten.",
    'Ghi kết quả đo của một chỉ tiêu vào nhật ký results (không thay đổi phần nào khác của tệp).':
        "Append a target's measured result to its results log (no other part of the file changes).",
    'Coi ngày này là hôm nay (YYYY-MM-DD hoặc dd/mm/yyyy) khi kiểm tra ngày ghi; mặc định hôm nay.':
        'Treat this date as today (YYYY-MM-DD or dd/mm/yyyy) when checking the date written; default: today.',
    'Vẫn ghi ngày sau hôm nay hoặc ngoài khoảng hợp lý của kế hoạch (và cảnh báo mới mà dòng đó gây ra).':
        "Write a date after today or outside the plan's plausible window anyway (and new warnings the entry causes).",
    'Ngày điều kiện phát sinh, ví dụ ngày ban hành văn bản hướng dẫn.':
        'Date the condition occurred, e.g. the date the guiding document was issued.',
    'Số ngày được giao để thực hiện kể từ ngày phát sinh.':
        'Days allowed to do the task from the date the condition occurred.',
    'Số tháng được giao để thực hiện kể từ ngày phát sinh.':
        'Months allowed to do the task from the date the condition occurred.',
    'Văn bản làm phát sinh điều kiện (ghi vào trigger.source).':
        'Document that made the condition occur (written to trigger.source).',
    'Mã chỉ tiêu (id), ví dụ 1.2-2.':
        'Target id, e.g. 1.2-2.',
    'Năm của số liệu.':
        'Year the figure is for.',
    'Giá trị đo được (số; với chỉ tiêu xếp hạng là thứ hạng).':
        'Measured value (a number; for a ranking target, the rank).',
    'Nguồn số liệu, ví dụ số báo cáo (ghi vào source).':
        'Source of the figure, e.g. a report number (written to source).',
    'Ngày số liệu trong năm --year; mặc định 31/12 của năm đó (hoặc hôm nay nếu năm chưa hết).':
        'Date of the figure within --year; default 31/12 of that year (or today while the year runs).',
    'Đơn vị của giá trị (phải giống đơn vị của chỉ tiêu).':
        "Unit of the value (must be the target's unit).",
    'Cấp của số liệu khi chỉ tiêu chia theo cấp: tinh, huyen, xa.':
        'Level of the figure when the target is broken down by level: tinh, huyen, xa.',
    'Đơn vị của số liệu khi chỉ tiêu giao theo đơn vị.':
        'Unit the figure is for when the target is assigned per unit.',
    'Thêm key: riêng (dưới dòng id:) cho các nhiệm vụ trùng số — {candidates} — rồi dùng key đó; nhiệm vụ duy nhất không có key sẽ ứng với số thứ tự.':
        'Add a distinct key: (below the id: line) to the tasks sharing the number — {candidates} — then use that key; the one task left without a key answers to the number.',
    '{count} chỉ tiêu chưa có id (đầu tiên ở dòng {line}): thêm id: để ghi kết quả cho chỉ tiêu đó.':
        '{count} targets have no id (the first at line {line}): add id: to record a result for one.',
    'Xem mã các chỉ tiêu bằng cchc targets {plan} --format json.':
        "See the targets' ids with cchc targets {plan} --format json.",
    'Không có chỉ tiêu "{target}" trong kế hoạch {plan}.':
        'No target "{target}" in plan {plan}.',
    'Mã chỉ tiêu "{target}" trùng nhau ở {count} chỉ tiêu (dòng {lines}).':
        'Target id "{target}" is shared by {count} targets (lines {lines}).',
    'Sửa id: của các chỉ tiêu này cho khác nhau, rồi chạy lại.':
        'Give these targets different id: values, then run again.',
    'Kế hoạch {plan} không có chỉ tiêu (targets) nào.':
        'Plan {plan} has no targets.',
    'Chỉ tiêu được ghi trong khóa targets: của các mục mục tiêu; xem README, mục Targets.':
        'Targets are written under the targets: key of the objectives blocks; see the README section Targets.',
    'Ngày {date:%d/%m/%Y} ở sau hôm nay ({today:%d/%m/%Y}).':
        'Date {date:%d/%m/%Y} is after today ({today:%d/%m/%Y}).',
    'Kiểm tra lại {option}; nếu đúng là ngày đó, thêm --force.':
        'Check {option}; if that is really the date, add --force.',
    'Ngày {date:%d/%m/%Y} nằm ngoài khoảng hợp lý của kế hoạch {plan} ({first:%d/%m/%Y}–{last:%d/%m/%Y}: từ một năm trước đến một năm sau thời kỳ {period}).':
        'Date {date:%d/%m/%Y} is outside the plausible window of plan {plan} ({first:%d/%m/%Y}–{last:%d/%m/%Y}: from a year before to a year after the period {period}).',
    'Thường do gõ nhầm năm; kiểm tra lại {option}. Nếu đúng là ngày đó, thêm --force.':
        'Usually a mistyped year; check {option}. If that is really the date, add --force.',
    'Mục {ref} được viết dạng một dòng {{…}}; cchc không tự sửa dạng này.':
        '{ref} is written on one line as {{…}}; cchc does not edit that form.',
    'Viết mục này thành nhiều dòng (mỗi khóa một dòng) rồi chạy lại.':
        'Write it on several lines (one key per line), then run again.',
    'Không xác định được vị trí của {ref}.':
        'Could not locate {ref}.',
    'Tệp {path} không đọc được thành một kế hoạch ({count} lỗi){where}.':
        'File {path} does not read as a plan ({count} errors){where}.',
    'Không ghi: dòng mới gây lỗi {code}: {message}':
        'Not written: the new lines cause error {code}: {message}',
    'Không ghi: dòng mới gây cảnh báo {code}: {message}':
        'Not written: the new lines cause warning {code}: {message}',
    'Các nhiệm vụ đã có key: {keys}.':
        'Tasks that already have a key: {keys}.',
    'Thời kỳ của kế hoạch {plan} ({period}) đã kết thúc: cần ghi rõ ngày bằng {option}.':
        'The period of plan {plan} ({period}) is over: give the date with {option}.',
    'Ghi ngày thực tế, ví dụ {option} 2021-12-20; ghi ngày hôm nay sẽ làm nhiệm vụ bị tính là chậm.':
        "Give the actual date, e.g. {option} 2021-12-20; today's date would count the task as late.",
    'Thời hạn của nhiệm vụ {ref} ("{deadline}") không phải dạng chờ điều kiện; không cần ghi trigger.':
        'The deadline of task {ref} ("{deadline}") is not conditional; no trigger is needed.',
    'trigger chỉ dùng cho thời hạn như "Sau khi có văn bản hướng dẫn…"; ghi tiến độ bằng cchc update.':
        'trigger is only for deadlines such as "Sau khi có văn bản hướng dẫn…"; record progress with cchc update.',
    'Nhiệm vụ {ref} đã ghi điều kiện phát sinh ngày {date:%d/%m/%Y} (dòng {line}); cchc không ghi đè.':
        'Task {ref} already records its condition as occurring on {date:%d/%m/%Y} (line {line}); cchc does not overwrite it.',
    'Nếu cần sửa, sửa trực tiếp khóa trigger: trong tệp (git giữ lại bản cũ).':
        'To change it, edit the trigger: key in the file directly (git keeps the old version).',
    'Chưa cho biết thời gian được giao để thực hiện kể từ ngày phát sinh.':
        'The time allowed from the date the condition occurred is missing.',
    'Thêm --days N hoặc --months N, ví dụ --days 30 (hạn = ngày phát sinh + 30 ngày).':
        'Add --days N or --months N, e.g. --days 30 (due = date occurred + 30 days).',
    'Giá trị "{value}" không phải một số.':
        'Value "{value}" is not a number.',
    'Ghi --value dạng số, ví dụ 85 hoặc 85.5.':
        'Write --value as a number, e.g. 85 or 85.5.',
    'Chỉ tiêu {target} được giao theo từng phần ({parts}): cần cho biết kết quả của phần nào.':
        'Target {target} is assigned in parts ({parts}): say which part the result is for.',
    'Thêm --level tinh|huyen|xa hoặc --unit-name "…".':
        'Add --level tinh|huyen|xa or --unit-name "…".',
    'Cấp "{level}" không hợp lệ.':
        'Level "{level}" is not valid.',
    'Dùng: {levels}.':
        'Use: {levels}.',
    'Ngày {date:%d/%m/%Y} sớm hơn kết quả cuối đã ghi của chỉ tiêu ({last:%d/%m/%Y}).':
        "Date {date:%d/%m/%Y} is before the target's last recorded result ({last:%d/%m/%Y}).",
    'Nhật ký kết quả chỉ ghi thêm theo thứ tự thời gian; kiểm tra lại --year, --date.':
        'The results log only grows in date order; check --year and --date.',
    'Mục {ref} đã có khóa {key}; cchc không ghi đè.':
        '{ref} already has the key {key}; cchc does not overwrite it.',
    'Sửa trực tiếp khóa {key} trong tệp nếu cần.':
        'Edit the {key} key in the file directly if needed.',
    'Khóa {key} của {ref} đang để trống dạng [] hoặc null.':
        'The {key} key of {ref} is empty ([] or null).',
    'Xóa dòng "{key}:" (cchc sẽ tự thêm), hoặc ghi dòng đầu tiên theo dạng khối.':
        'Delete the "{key}:" line (cchc adds it), or write the first entry in block form.',
    'Danh sách {key} của {ref} viết dạng [ … ] trên một dòng.':
        'The {key} list of {ref} is written as [ … ] on one line.',
    'Viết mỗi dòng thành một phần tử bắt đầu bằng "- " rồi chạy lại.':
        'Write each entry as an item starting with "- ", then run again.',
    'Không xác định được vị trí ghi thêm trong danh sách {key} của {ref}.':
        'Could not find where to append in the {key} list of {ref}.',
    'Viết mỗi dòng thành một phần tử bắt đầu bằng "- " ở đầu dòng.':
        'Write each entry as an item starting with "- " at the start of the line.',
    'Nếu đúng như vậy, thêm --force.':
        'If that is right, add --force.',
    'dòng {line}: thêm key: {key}':
        'line {line}: add key: {key}',
    'thêm key: {key}':
        'add key: {key}',
    '{option} phải từ 0 đến {limit}.':
        '{option} must be from 0 to {limit}.',
    'Kiểm tra lại {option}.':
        'Check {option}.',
    'Ngày {date:%d/%m/%Y} không thuộc năm {year}.':
        'Date {date:%d/%m/%Y} is not in year {year}.',
    'Ngày kết quả là ngày số liệu trong năm được đo; bỏ --date để dùng 31/12/{year}.':
        'A result is dated within the year measured; leave out --date to use 31/12/{year}.',
    'Tệp đang có {count} lỗi; mục có lỗi kiểu dữ liệu bị bỏ qua (chạy cchc lint {path}).':
        'The file has {count} errors; items with type errors are left out (run cchc lint {path}).',
    'Năm {year} chưa đến (hôm nay {today:%d/%m/%Y}).':
        'Year {year} has not come yet (today is {today:%d/%m/%Y}).',
    'Kiểm tra lại --year; nếu đúng, thêm --force.':
        'Check --year; if it is right, add --force.',
    'Ngày {date:%d/%m/%Y} nằm ngoài khoảng hợp lý của kế hoạch thời kỳ {period} ({first:%d/%m/%Y}–{last:%d/%m/%Y}).':
        'Date {date:%d/%m/%Y} is outside the plausible window of a plan for {period} ({first:%d/%m/%Y}–{last:%d/%m/%Y}).',
    'Thường do gõ nhầm năm; kiểm tra lại ngày.':
        'Usually a mistyped year; check the date.',

    # ------------------------------------------------------------------ cchc diff (cchc/authoring/diff.py)
    "thư mục làm việc (chưa commit)": "the working tree (not committed)",
    "(không ghi)": "(none)",
    "kế hoạch mới": "new plan(s)",
    "kế hoạch bị bỏ": "plan(s) removed",
    "nhiệm vụ thêm": "task(s) added",
    "nhiệm vụ bỏ": "task(s) removed",
    "nội dung sửa": "content change(s)",
    "sản phẩm sửa": "output change(s)",
    "thời hạn đổi": "deadline change(s)",
    "chủ trì đổi": "lead change(s)",
    "phối hợp đổi": "support change(s)",
    "tiến độ ghi thêm": "progress entr(y/ies) added",
    "tiến độ bị xóa": "progress entr(y/ies) removed",
    "chỉ tiêu thêm": "target(s) added",
    "chỉ tiêu bỏ": "target(s) removed",
    "chỉ tiêu sửa": "target change(s)",
    "kết quả ghi thêm": "result(s) added",
    "kết quả bị xóa": "result(s) removed",
    "{message} (dòng {line})": "{message} (line {line})",
    "tệp không chứa một kế hoạch": "the file holds no plan",
    "không đúng định dạng kế hoạch ({count} lỗi, ví dụ: {message}); chạy cchc lint để xem chi tiết":
        "does not follow the plan format ({count} error(s), e.g.: {message}); run cchc lint for details",
    "tại {rev}": "at {rev}",
    "trong thư mục làm việc": "in the working tree",
    " số {number}/{symbol}": " No. {number}/{symbol}",
    "Kế hoạch mới: {title} ({tasks} nhiệm vụ, {targets} chỉ tiêu)": "New plan: {title} ({tasks} task(s), {targets} target(s))",
    "Bỏ kế hoạch: {title}": "Plan removed: {title}",
    "Thêm nhiệm vụ {ref}: {content}{details}": "Task \"{ref}\" added: {content}{details}",
    "Bỏ nhiệm vụ {ref}: {content}": "Task \"{ref}\" removed: {content}",
    "Nhiệm vụ {ref} (trước là {old})": "Task \"{ref}\" (formerly \"{old}\")",
    "chủ trì {names}": "lead {names}",
    "hạn {deadline}": "due {deadline}",
    "gồm {count} nhiệm vụ con": ("with {count} sub-task", "with {count} sub-tasks"),
    "{name}: sửa nội dung \"{old}\" → \"{new}\"": "{name}: content \"{old}\" → \"{new}\"",
    "{name}: sản phẩm {old} → {new}": "{name}: output {old} → {new}",
    "{name}: thời hạn {change}": "{name}: deadline {change}",
    "chủ trì": "lead",
    "phối hợp": "support",
    "{deadline} (hạn ghi {due})": "{deadline} (due date given: {due})",
    " (điều kiện phát sinh {date})": " (condition occurred {date})",
    "không đọc được": "unreadable",
    "không có hạn (nhiệm vụ thường xuyên)": "no due date (ongoing task)",
    "chưa có hạn (chờ điều kiện)": "no due date yet (awaiting a condition)",
    "cũ và mới": "old and new",
    "cũ": "old",
    "mới": "new",
    "không đọc được thời hạn {which}, nên chưa tính được hạn dời bao lâu":
        "the {which} deadline cannot be read, so how far it moved is not known",
    "{shift} (hạn {old} → {new})": "{shift} (due {old} → {new})",
    "hạn {old} → {new}": "due {old} → {new}",
    "hạn không đổi": "due date unchanged",
    "lùi {count} tháng": ("{count} month later", "{count} months later"),
    "sớm hơn {count} tháng": ("{count} month earlier", "{count} months earlier"),
    "lùi {count} ngày": ("{count} day later", "{count} days later"),
    "sớm hơn {count} ngày": ("{count} day earlier", "{count} days earlier"),
    "{status} ngày {date}": "{status} on {date}",
    ", kỳ {occurrence}": ", occurrence {occurrence}",
    "{name}: ghi nhận {entry}": "{name}: recorded {entry}",
    "{name}: xóa ghi nhận {entry}": "{name}: record removed: {entry}",
    "Chỉ tiêu {id}": "Target \"{id}\"",
    "Chỉ tiêu (không có mã)": "Target (no id)",
    "chưa lượng hóa": "not measurable yet",
    "mức riêng cho {count} cấp/đơn vị": "separate goals for {count} level(s) or unit(s)",
    "chưa ghi mức": "no level given",
    " năm {year}": " in {year}",
    ", phân theo {count} cấp/đơn vị": ", broken down over {count} level(s) or unit(s)",
    ", lộ trình {count} năm": ", a {count}-year schedule",
    "Thêm chỉ tiêu{id}: {text}": "Target{id} added: {text}",
    "Bỏ chỉ tiêu{id}: {text}": "Target{id} removed: {text}",
    "{measure} (chi tiết phân bổ hoặc lộ trình thay đổi)": "{measure} (breakdown or schedule changed)",
    "{name}: mức chỉ tiêu {change}": "{name}: goal {change}",
    "{value} ngày {date}": "{value} on {date}",
    "nguồn: {source}": "source: {source}",
    "{name}: ghi kết quả {result}": "{name}: result recorded {result}",
    "{name}: xóa kết quả {result}": "{name}: result removed {result}",
    "Không có thay đổi nào trong các kế hoạch.": "No changes in the plans.",
    "Tổng cộng {count} thay đổi trong {plans} kế hoạch: {parts}.":
        "In all {count} change(s) in {plans} plan(s): {parts}.",
    "Thay đổi kế hoạch từ {old} đến {new}": "Changes to the plans from {old} to {new}",
    "Cảnh báo: {warning}": "Warning: {warning}",
    "Cảnh báo:": "Warning:",
    "Thay đổi kế hoạch: {old} → {new}": "Changes to the plans: {old} → {new}",
    "Thư mục {path} không tồn tại.": "The folder \"{path}\" does not exist.",
    "{path} không nằm trong thư mục làm việc của một kho git.": "\"{path}\" is not inside the working tree of a git repository.",
    "{path} không phải là kho git (không tìm thấy thư mục .git). Chạy lệnh trong thư mục của kho kế hoạch. [{error}]":
        "\"{path}\" is not a git repository (no .git folder found). Run the command in the plans repository. [{error}]",
    "Phiên bản \"{rev}\" không hợp lệ: ghi tên nhánh, thẻ hoặc mã commit.":
        "Invalid revision \"{rev}\": give a branch, a tag or a commit.",
    "Không tìm thấy phiên bản \"{rev}\" trong kho git (kiểm tra tên nhánh, thẻ hoặc mã commit; kho sao chép nông có "
    "thể thiếu lịch sử cũ).":
        "Revision \"{rev}\" not found in the git repository (check the branch, tag or commit; a shallow clone may lack "
        "older history).",
    "không dựng được kế hoạch ({error})": "the plan could not be built ({error})",
    "Không thấy tệp kế hoạch nào trong {paths} ở cả hai phiên bản; kiểm tra đường dẫn.":
        "No plan file in \"{paths}\" in either revision; check the path.",
    "{file} ({where}): {problem} — bỏ qua khi so sánh.": "\"{file}\" ({where}): {problem} — left out of the comparison.",
    "{file} ({where}): mã kế hoạch \"{plan}\" trùng với tệp {other} — chỉ so sánh tệp đầu.":
        "\"{file}\" ({where}): the plan id \"{plan}\" is also used by \"{other}\" — only the first file is compared.",
    "Lệnh git báo lỗi: {error}": "git failed: {error}",
    "Không tìm thấy lệnh git: cài git để so sánh các phiên bản kế hoạch.": "git not found: install git to compare plan revisions.",
    "không đọc được từ git: {error}": "cannot read it from git: {error}",
    "Định dạng \"{format}\" không được hỗ trợ; chọn một trong: {formats}.": "Unsupported format \"{format}\"; choose one of: {formats}.",

    # ------------------------------------------------------------------ cchc import (cchc/authoring/importer.py, cchc/authoring/import_sources.py)
    "Không nhập được tệp \"{file}\": định dạng \"{suffix}\" không được hỗ trợ.":
        "Cannot import \"{file}\": the format \"{suffix}\" is not supported.",
    "cchc nhập kế hoạch từ tệp Word (.docx) hoặc văn bản (.txt, .md có bảng phân cách bằng Tab).":
        "cchc imports plans from Word files (.docx) or text (.txt, .md with Tab-separated tables).",
    "Tệp \"{file}\" là văn bản Word cũ (.doc), cchc chưa đọc được định dạng này.":
        "\"{file}\" is an old Word document (.doc), a format cchc cannot read yet.",
    "Mở tệp trong Word hoặc LibreOffice và lưu lại dưới dạng .docx, rồi nhập lại.":
        "Open it in Word or LibreOffice, save it as .docx, and import that.",
    "Không đọc được tệp \"{file}\": {problem}": "Cannot read \"{file}\": {problem}",
    "Không đọc được tệp \"{file}\": {error}.": "Cannot read \"{file}\": {error}.",
    "Không đọc được tệp \"{file}\": tệp không phải văn bản Word .docx hoặc đã hỏng.":
        "Cannot read \"{file}\": it is not a Word .docx document, or it is damaged.",
    "Mở tệp bằng Word và lưu lại dạng .docx (Word Document), rồi nhập lại.":
        "Open it in Word, save it as .docx (Word Document), and import that.",
    "Không đọc được tệp \"{file}\": tệp Word bị hỏng ({error}).": "Cannot read \"{file}\": the Word file is damaged ({error}).",
    "Mở tệp bằng Word và lưu lại dạng .docx, rồi nhập lại.": "Open it in Word, save it as .docx, and import that.",
    "(không có đuôi)": "(no extension)",
    "Bảng nhiệm vụ cần có dòng tiêu đề cột với cột TT (hoặc STT) và cột Nội dung, nhiệm vụ; các cột khác được nhận "
    "theo tên: Sản phẩm, Thời gian hoàn thành, Cơ quan chủ trì, Cơ quan phối hợp.":
        "A task table needs a header row with a “TT” (or “STT”) column and a “Nội dung, nhiệm vụ” column; other "
        "columns are recognised by name: “Sản phẩm”, “Thời gian hoàn thành”, “Cơ quan chủ trì”, “Cơ quan phối hợp”.",
    "Không nhận ra bảng nhiệm vụ: các cột tìm thấy là {columns}.": "No task table recognised: the columns found are {columns}.",
    "(không có tiêu đề cột)": "(no column headers)",
    "Thời kỳ \"{period}\" không hợp lệ.": "Invalid period \"{period}\".",
    "Viết --period 2021 (một năm) hoặc --period 2021-2025 (giai đoạn).": "Write --period 2021 (one year) or --period 2021-2025 (several).",
    "Không tìm thấy danh mục cơ quan \"{path}\".": "No agency registry \"{path}\".",
    "Chỉ đường dẫn tới tệp agencies.yaml, ví dụ --registry plans/quang-nam/agencies.yaml.":
        "Give the path of an agencies.yaml file, e.g. --registry plans/quang-nam/agencies.yaml.",
    "Không dùng được danh mục cơ quan \"{path}\": {problem}.": "The agency registry \"{path}\" cannot be used: {problem}.",
    "Kiểm tra tệp bằng: cchc lint {path}": "Check it with: cchc lint \"{path}\"",
    "Không có danh mục cơ quan (--registry): ô cơ quan chủ trì, phối hợp chỉ được tách theo dấu \";\" và dấu phẩy "
    "trước tên cơ quan; kiểm tra lại bằng cchc lint.":
        "No agency registry (--registry): lead and support cells were split only at \";\" and at commas before an "
        "agency name; check the result with cchc lint.",
    "Mã kế hoạch \"{id}\" không hợp lệ.": "Invalid plan id \"{id}\".",
    "Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ \"{example}\".":
        "An id has only lowercase letters without diacritics, digits and hyphens, e.g. \"{example}\".",
    "Không xác định được thời kỳ của kế hoạch (năm hoặc giai đoạn).": "Cannot tell the plan's period (a year or several).",
    "Chỉ định bằng --period, ví dụ --period 2021 hoặc --period 2021-2025.": "Give it with --period, e.g. --period 2021 or --period 2021-2025.",
    "cchc gặp lỗi nội bộ khi nhập \"{file}\" ({error}).": "cchc failed with an internal error importing \"{file}\" ({error}).",
    "Đây là lỗi của cchc, không phải của tệp: hãy báo cho nhóm phát triển kèm tệp này.":
        "This is a bug in cchc, not in the file: please report it to the developers with this file.",
    "Không nhận ra lĩnh vực cải cách của nhóm \"{title}\": chưa ghi area.":
        "The reform area of group \"{title}\" was not recognised: no area written.",
    "Nhiệm vụ \"{number}\" không có nội dung trong bảng: ghi tạm \"{placeholder}\".":
        "Task \"{number}\" has no content in the table: wrote \"{placeholder}\" for now.",
    "Không tìm thấy bảng nhiệm vụ hay nội dung kế hoạch (các phần I., II. …) trong tệp.":
        "No task table and no plan content (parts I., II. …) found in the file.",
    "cchc nhập kế hoạch, chương trình, quyết định có bảng nhiệm vụ (TT | Nội dung | … | Cơ quan chủ trì | Cơ quan "
    "phối hợp) hoặc các phần đánh số La Mã. Kiểm tra lại tệp.":
        "cchc imports plans, programmes and decisions with a task table (“TT | Nội dung | … | Cơ quan chủ trì | Cơ "
        "quan phối hợp”) or parts numbered in Roman numerals. Check the file.",
    "Bỏ qua {count} đoạn sau phần chữ ký không nhận ra (không phải nơi nhận, chữ ký hay phụ lục).":
        ("Skipped {count} paragraph after the signature that was not recognised (not recipients, signature or "
         "appendix).",
         "Skipped {count} paragraphs after the signature that were not recognised (not recipients, signature or "
         "appendix)."),
    "Bỏ qua {count} đoạn trong phần phụ lục ngoài bảng nhiệm vụ.":
        ("Skipped {count} paragraph of the appendices outside the task tables.",
         "Skipped {count} paragraphs of the appendices outside the task tables."),
    "Không thấy trích yếu văn bản: ghi tạm \"{placeholder}\" (document.title).":
        "No document title (“trích yếu”) found: wrote \"{placeholder}\" for now (document.title).",
    "Không thấy thời kỳ kế hoạch trong trích yếu: lấy năm {year} theo ngày ban hành (dùng --period để chỉ định).":
        "No period in the title: took {year} from the issue date (use --period to set it).",
    "Không thấy thời kỳ kế hoạch: lấy {first}–{last} theo các năm ghi trong văn bản (dùng --period để chỉ định).":
        "No period found: took {first}–{last} from the years the document mentions (use --period to set it).",
    "Số thứ tự \"{number}\" lặp lại trong mục {prefix}: đã thêm key \"{key}\" để phân biệt.":
        "The number \"{number}\" repeats in part \"{prefix}\": added the key \"{key}\" to tell them apart.",
    "Số thứ tự \"{number}\" lặp lại trong bảng: đã thêm key \"{key}\" để phân biệt.":
        "The number \"{number}\" repeats in the table: added the key \"{key}\" to tell them apart.",
    "\"{label}\" không có bảng nhiệm vụ: bỏ qua.": "\"{label}\" has no task table: skipped.",
    "Không thấy tên cơ quan ban hành ở góc trái văn bản: lấy theo dòng thẩm quyền ban hành.":
        "No issuing body found at the top left: took it from the signing authority line.",
    "Không thấy tên cơ quan ban hành: ghi tạm \"{placeholder}\" (document.issuer).":
        "No issuing body found: wrote \"{placeholder}\" for now (document.issuer).",
    "Không thấy dòng tên loại văn bản: ghi \"{type}\" theo ký hiệu văn bản. Kiểm tra document.type.":
        "No document type line found: wrote \"{type}\" from the document symbol. Check document.type.",
    "Không thấy dòng tên loại văn bản: ghi \"{type}\" (đoán). Kiểm tra document.type.":
        "No document type line found: wrote \"{type}\" (a guess). Check document.type.",
    "Không thấy địa danh: lấy \"{place}\" theo tên cơ quan ban hành.": "No place found: took \"{place}\" from the issuing body.",
    "Không thấy dòng địa danh, ngày tháng: lấy ngày theo dòng kèm theo của phụ lục.":
        "No place-and-date line found: took the date from the appendix's reference line.",
    "Ngày ban hành \"{day}/{month}/{year}\" không có thật: chỉ ghi tháng {month}/{year}.":
        "The issue date \"{day}/{month}/{year}\" does not exist: recorded only the month {month}/{year}.",

    # ------------------------------------------------------------------ confinement, reserved characters, aliases
    'ngoài kho git':
        'outside the git repository',
    'ngoài thư mục đang kiểm tra':
        'outside the folder being checked',
    'cchc không đi theo liên kết tượng trưng tìm thấy khi duyệt thư mục tới tệp ở ngoài (để không lộ nội dung tệp khác, ví dụ khi kiểm tra pull request): chép tệp vào kho, hoặc ghi thẳng đường dẫn tệp trên dòng lệnh nếu tin nó.':
        'cchc does not follow a symbolic link found while scanning a folder to a file outside it (so that checking a pull request cannot reveal other files): copy the file into the repository, or name the file on the command line if you trust it.',
    'tệp {path} nằm ngoài kho git, cchc không đọc':
        'file {path} is outside the git repository; cchc does not read it',
    'danh mục cấp trên {path} nằm ngoài kho git, cchc không đọc':
        'parent registry {path} is outside the git repository; cchc does not read it',
    'Không đọc "{path}": tệp là liên kết tượng trưng trỏ ra {where}.':
        'Not reading "{path}": it is a symbolic link pointing {where}.',
    'dấu phần trăm':
        'percent sign',
    'dấu a còng':
        'at sign',
    'dấu nháy ngược':
        'backtick',
    'Giá trị không được bắt đầu bằng ký tự "{char}" ({name}) khi không có dấu nháy: YAML dành riêng ký tự này.':
        'A value cannot start with the character "{char}" ({name}) unless it is quoted: YAML reserves this character.',
    'Đặt nội dung đó trong dấu nháy kép, ví dụ: {example}':
        'Put that text in double quotes, for example: {example}',
    'Tham chiếu *{anchor} ở đây làm dữ liệu nhân bản quá nhiều (vượt {count} nút).':
        'The alias *{anchor} here multiplies the data too much (more than {count} nodes).',
    'Tham chiếu *{anchor} nằm bên trong chính neo &{anchor} mà nó trỏ tới: dữ liệu lặp vô tận.':
        'The alias *{anchor} is inside the anchor &{anchor} it refers to: the data would repeat forever.',

    # ------------------------------------------------------------------ custom templates (cchc/writing/render.py)
    'Chép phần cần dùng vào thẳng mẫu; kiểu trình bày có sẵn của cchc nằm trong biến {{ CCHC_CSS }}.':
        "Copy what you need into the template itself; cchc's built-in styles are in the variable {{ CCHC_CSS }}.",
    '{file}, dòng {line}':
        '{file}, line {line}',
    'Jinja báo: “{text}”':
        'Jinja says: “{text}”',
    'mẫu làm một thao tác không an toàn':
        'the template did something unsafe',
    'lỗi khi chạy mẫu ({kind})':
        'error while running the template ({kind})',
    '“{0}{1}” không có thuộc tính “{2}”':
        '“{0}{1}” has no attribute “{2}”',
    '“{0}” chưa được định nghĩa':
        '“{0}” is undefined',
    'không có bộ lọc “{0}”':
        'there is no filter “{0}”',
    'không có phép thử “{0}”':
        'there is no test “{0}”',
    'mẫu kết thúc khi một khối ({{% if %}}, {{% for %}}…) chưa đóng':
        'the template ends while a block ({{% if %}}, {{% for %}}…) is still open',
    'thẻ “{{% {0} %}}” không có hoặc đứng sai chỗ':
        'the tag “{{% {0} %}}” does not exist or is out of place',
    'ký tự “{0}” đứng sai chỗ':
        '“{0}” is out of place',
    'mẫu kết thúc khi còn thiếu “{0}”':
        'the template ends where “{0}” is missing',
    'cần “{0}” nhưng gặp “{1}”':
        'expected “{0}” but found “{1}”',
    'ký tự “{0}” không hợp lệ':
        'the character “{0}” is not allowed',
    'mẫu không được truy cập thuộc tính “{name}” của đối tượng kiểu “{kind}” (nội tạng Python)':
        'a template may not access the attribute “{name}” of a “{kind}” object (Python internals)',
    'mẫu không được gọi “{name}” (hàm không an toàn)':
        'a template may not call “{name}” (an unsafe function)',
    'chia cho 0':
        'division by zero',
    'số quá lớn, hoặc range() vượt 100.000 phần tử mà hộp cát cho phép':
        'a number too large, or a range() beyond the 100,000 items the sandbox allows',
    'macro gọi chính nó quá nhiều lần':
        'a macro calls itself too many times',
    'mẫu cần quá nhiều bộ nhớ':
        'the template needs too much memory',
    'phép toán hoặc lời gọi sai kiểu dữ liệu':
        'an operation or call on the wrong type of data',
    'giá trị không hợp lệ cho phép toán này':
        'a value this operation cannot take',
    'không có phần tử hay khóa này':
        'no such item or key',
    'Mẫu {where}, dòng {line}: mẫu riêng không được đọc tệp khác ({{% {tag} %}}); mẫu riêng phải là một tệp duy nhất, tự chứa.':
        'Template {where}, line {line}: a custom template may not read other files ({{% {tag} %}}); it must be one self-contained file.',
    'lỗi khi chạy mẫu: {problem} ({kind})':
        'error while running the template: {problem} ({kind})',
    'Mẫu {path} không phải văn bản UTF-8.':
        'Template {path} is not UTF-8 text.',
    'Lưu mẫu bằng mã hóa UTF-8.':
        'Save the template as UTF-8.',
    'Không đọc được mẫu {path}: {error}.':
        'Cannot read template {path}: {error}.',
    'Mẫu {where}: mẫu riêng không được đọc tệp khác (“{name}”).':
        'Template {where}: a custom template may not read other files (“{name}”).',
    'Mẫu {where}, dòng {line}: lỗi cú pháp Jinja ({problem}).':
        'Template {where}, line {line}: Jinja syntax error ({problem}).',
    'Sửa dòng này theo cú pháp Jinja ({{ biến }}, {% if %}…{% endif %}).':
        'Fix this line to Jinja syntax ({{ variable }}, {% if %}…{% endif %}).',
    'Mẫu {where}: bị chặn vì không an toàn: {problem}.':
        'Template {where}: blocked as unsafe: {problem}.',
    'Mẫu chỉ được dùng dữ liệu của kế hoạch và các bộ lọc cchc cung cấp; hộp cát không cho với tới nội tạng Python.':
        "A template may only use the plan's data and the filters cchc provides; the sandbox keeps it away from Python internals.",
    'Mẫu {where}: biến không tồn tại ({problem}).':
        'Template {where}: undefined variable ({problem}).',
    'Kiểm tra chính tả tên biến và thuộc tính (xem các mẫu có sẵn trong templates/).':
        'Check the spelling of variable and attribute names (see the built-in templates in templates/).',
    'Mẫu {where}: {problem}.':
        'Template {where}: {problem}.',
    'Sửa biểu thức ở dòng này của mẫu.':
        'Fix the expression on this line of the template.',
    'Không tìm thấy mẫu "{name}".':
        'Template "{name}" not found.',

    # ------------------------------------------------------------ import: body, period, suppressions
    "lấy từ trích yếu": "read from the title (“trích yếu”)",
    "lấy từ nội dung văn bản": "read from the text of the document",
    "lấy từ ngày ban hành": "taken from the date of issue",
    "lấy từ các năm ghi trong văn bản": "taken from the years the document names",
    "theo --period": "as given by --period",
    "thời kỳ {period} {source}": "period {period} {source}",
    'Văn bản ghi "{text}" mà không ghi năm bắt đầu và không có ngày ban hành: lấy năm bắt đầu {start} (dùng --period để chỉ định).':
        'The document says "{text}" without a first year and has no date of issue: the period starts in {start} (use --period to set it).',
    "Không thấy thời kỳ kế hoạch trong trích yếu và nội dung: văn bản ban hành cuối năm {issued}, các thời hạn ghi chủ yếu năm {year} nên lấy năm {year} (dùng --period để chỉ định).":
        "No period in the title or the text: the document was issued late in {issued} and its deadlines are mostly in {year}, so the period is {year} (use --period to set it).",
    "Kế hoạch nhập vào còn {count} lỗi lint không phải do bản gốc (ví dụ dòng {line}: {message}); hãy kiểm tra bằng cchc lint và báo cho nhóm phát triển nếu đó là lỗi của cchc.":
        "The imported plan still has {count} lint errors that do not come from the source (e.g. line {line}: {message}); check with cchc lint and report it to the developers if it is a cchc bug.",
    "bản gốc không ghi cơ quan chủ trì": "the source names no lead agency",
    "bản gốc không ghi sản phẩm": "the source names no output",
    "bản gốc không ghi thời gian hoàn thành": "the source gives no deadline",
    "bản gốc ghi thời gian theo cách cchc chưa đọc được": "the source writes a deadline cchc cannot read",
    "bản gốc đánh số trùng": "the source repeats a number",
    "bản gốc đánh số không liên tục": "the source numbers out of order",
    "bản gốc ghi tên cơ quan chưa có trong danh mục": "the source names an agency the registry does not know",
    "bản gốc có đoạn gõ bằng bảng mã cũ": "the source has text typed in a legacy encoding",
    "bản gốc ghi ký hiệu không khớp loại văn bản": "the source's symbol does not match its document type",
    "đã ghi {comments} chú thích bỏ qua có lý do (# cchc: ignore) cho {count} lỗi của bản gốc: {items}.":
        "wrote {comments} reasoned suppressions (# cchc: ignore) for {count} defects of the source: {items}.",
    "{code} ×{count} ({reason})": "{code} ×{count} ({reason})",
    "--write-registry cần -o TỆP.yaml: danh mục cơ quan được ghi cạnh tệp kế hoạch.":
        "--write-registry needs -o FILE.yaml: the agency registry is written next to the plan file.",
    "đã ghi danh mục cơ quan {path}: {agencies} cơ quan, {groups} nhóm cơ quan.":
        "wrote the agency registry {path}: {agencies} agencies, {groups} groups.",
    'danh mục cơ quan "{path}" đã có; cchc không ghi đè danh mục (không ghi tệp nào).':
        'the agency registry "{path}" exists; cchc does not overwrite a registry (no file was written).',
    "Bỏ --write-registry để nhập theo danh mục này, rồi bổ sung tên cơ quan còn thiếu vào danh mục bằng tay.":
        "Leave out --write-registry to import with this registry, then add the missing agency names to it by hand.",
    "không đưa vào danh mục các tên không giống tên cơ quan: {names}.":
        "names that do not look like agencies were left out of the registry: {names}.",
    "Ghi danh mục cơ quan khởi tạo (agencies.yaml) cạnh tệp đầu ra từ các tên cơ quan kế hoạch ghi; không bao giờ ghi đè danh mục đã có.":
        "Write a starter agency registry (agencies.yaml) next to the output from the agency names the plan uses; never overwrites an existing registry.",
    "Phụ lục": "Appendix",
    "{label}: bảng không có cột Sản phẩm, {count} nhiệm vụ không ghi sản phẩm.":
        '{label}: the table has no “Sản phẩm” (output) column; {count} tasks name no output.',
    "Bản gốc không giao sản phẩm nên không báo lỗi từng nhiệm vụ; khi xác định được sản phẩm, ghi output cho nhiệm vụ.":
        "The source assigns no outputs, so the tasks are not reported one by one; once an output is known, write it as the task's output.",
    "gợi ý: chạy lệnh trong kho kế hoạch (cchc tìm thư mục plans/ từ thư mục hiện tại lên tới gốc kho git, hoặc theo plans = … trong cchc.toml), hoặc ghi đường dẫn tới kế hoạch.":
        "hint: run the command inside a plans repository (cchc looks for a plans/ folder from the working folder up to the git repository's root, or for plans = … in cchc.toml), or give the path of the plans.",
    'Mã kế hoạch "{plan}" trùng với tệp {files}: mỗi kế hoạch một mã.':
        'Plan id "{plan}" is also the id of {files}: each plan needs its own id.',
    'Đổi id: của tệp chép từ kế hoạch khác (ví dụ đổi năm trong mã); cho đến khi sửa, cchc status, report, agencies, site và calendar bỏ qua các tệp mang mã này.':
        'Change the id: of the file copied from another plan (for example the year in the id); until then cchc status, report, agencies, site and calendar leave out every file with this id.',
    'bỏ qua {files}: các tệp cùng mã kế hoạch "{plan}" (lỗi I003), không biết tệp nào đúng; đổi id: của tệp chép rồi chạy lại.':
        'left out {files}: these files share the plan id "{plan}" (error I003) and cchc cannot tell which is right; change the id: of the copy and run again.',
    "--role {role} cần --agency (cơ quan chủ trì hoặc phối hợp là cơ quan nào?).":
        "--role {role} needs --agency (which agency leads or supports?).",
    # ------------------------------------------------------------------ PDF and templates (cchc/writing/pdf.py, cchc/writing/templates_check.py)
    "không xuất được PDF: chưa cài LibreOffice (không tìm thấy lệnh soffice).":
        "cannot make a PDF: LibreOffice is not installed (no soffice command found).",
    "Cài LibreOffice (ví dụ: sudo apt-get install libreoffice-writer), hoặc dùng --format docx rồi mở tệp bằng Word và lưu thành PDF.":
        "Install LibreOffice (e.g. sudo apt-get install libreoffice-writer), or use --format docx, open the file in Word and save it as PDF.",
    "LibreOffice không xuất được PDF (mã thoát {code}){detail}.": "LibreOffice could not make the PDF (exit code {code}){detail}.",
    "Kiểm tra tệp DOCX bằng --format docx; cài lại LibreOffice nếu lỗi còn.":
        "Check the DOCX with --format docx; reinstall LibreOffice if the error persists.",
    "không chạy được LibreOffice ({program}): {error}.": "cannot run LibreOffice ({program}): {error}.",
    "LibreOffice không xuất xong PDF sau {seconds} giây nên đã bị dừng.":
        "LibreOffice had not finished the PDF after {seconds} seconds and was stopped.",
    "Thử lại; nếu văn bản rất dài, dùng --format docx rồi xuất PDF bằng Word hoặc LibreOffice.":
        "Try again; for a very long document, use --format docx and export the PDF from Word or LibreOffice.",
    "--template nhận tệp .j2 cho --format md và html, tệp .docx cho --format docx và pdf.":
        "--template takes a .j2 file for --format md and html, a .docx file for --format docx and pdf.",
    "định dạng {format} không dùng mẫu riêng; bỏ --template {path}.":
        "the {format} format takes no template; drop --template {path}.",
    "Mẫu {path}: là thư mục, không phải tệp mẫu.": "Template {path}: is a folder, not a template file.",
    "Mẫu {path}: không phải tệp Word .docx (hoặc tệp đã hỏng); định dạng {format} cần mẫu .docx.":
        "Template {path}: not a Word .docx file (or a damaged one); the {format} format needs a .docx template.",
    "Chép templates/plan.docx, sửa các kiểu “CCHC …” trong Word rồi dùng tệp đó; mẫu .j2 chỉ dùng cho --format md và html.":
        "Copy templates/plan.docx, change the “CCHC …” styles in Word and use that file; .j2 templates are for --format md and html only.",
    "Mẫu {path}: Word không mở được tệp .docx này (tệp hỏng hoặc không phải văn bản).":
        "Template {path}: this .docx cannot be opened as a Word document (damaged, or not a document).",
    "Mở tệp bằng Word, lưu lại dưới dạng .docx rồi thử lại.": "Open the file in Word, save it again as .docx and retry.",
    "Mẫu {path}: là tệp Word/nén; định dạng {format} cần mẫu văn bản Jinja (.j2).":
        "Template {path}: is a Word/zip file; the {format} format needs a Jinja text template (.j2).",
    "Mẫu .docx dùng cho --format docx hoặc pdf; với {format} hãy chép templates/plan.{format}.j2 hoặc templates/report.{format}.j2.":
        ".docx templates are for --format docx or pdf; for {format} copy templates/plan.{format}.j2 or templates/report.{format}.j2.",
    'Kỳ báo cáo: 2021-Q1 hoặc "Quý I/2021", 2021-H1 hoặc "6 tháng đầu năm 2021", 2021-Q3 hoặc "Quý III/2021" ("9 tháng năm 2021"), 2021 hoặc "năm 2021".':
        'Reporting period: 2021-Q1 or “Quý I/2021”, 2021-H1 or “6 tháng đầu năm 2021”, 2021-Q3 or “Quý III/2021” (“9 tháng năm 2021”), 2021 or “năm 2021”.',
    'kỳ báo cáo "{period}" không hợp lệ; dùng 2021-Q1 (Quý I/2021), 2021-H1 (6 tháng đầu năm 2021), 2021-Q3 (Quý III/2021) hoặc 2021 (năm 2021).':
        'invalid reporting period "{period}"; use 2021-Q1 (“Quý I/2021”), 2021-H1 (“6 tháng đầu năm 2021”), 2021-Q3 (“Quý III/2021”) or 2021 (“năm 2021”).',
    'không tìm thấy tệp báo cáo "{path}".':
        'report file "{path}" not found.',
    'cchc report new cần đúng một tệp kế hoạch: cchc report new KẾ_HOẠCH.yaml --period 2021-H1.':
        'cchc report new needs exactly one plan file: cchc report new PLAN.yaml --period 2021-H1.',
    'cchc report new cần kỳ báo cáo: thêm --period, ví dụ --period 2021-H1.':
        'cchc report new needs a reporting period: add --period, e.g. --period 2021-H1.',
    'cchc report new cần đúng một kế hoạch; "{path}" có {count}.':
        'cchc report new needs exactly one plan; "{path}" has {count}.',
    'đã tạo bản nháp {path}: sửa lời văn, điền số, ngày, nơi nhận, rồi chạy cchc report {plan} --period {period}.':
        'draft written to {path}: edit the text, fill in the number, date and recipients, then run cchc report {plan} --period {period}.',
    'chú ý: {notice}':
        'note: {notice}',
    'tệp "{path}" đã có, cchc không ghi đè; sửa trực tiếp tệp đó, hoặc xóa nó rồi chạy lại.':
        'file "{path}" already exists and cchc does not overwrite it; edit it, or delete it and run again.',
    'tệp báo cáo "{path}" viết cho kế hoạch {plan}, không phải kế hoạch đang báo cáo ({ids}).':
        'report file "{path}" is written for plan {plan}, not for the plan being reported ({ids}).',
    'tệp báo cáo "{path}" viết cho kỳ {written}, không phải kỳ {period}.':
        'report file "{path}" is written for period {written}, not for period {period}.',
    'Tạo bản nháp phần lời của báo cáo (cũng gọi được: cchc report new KẾ_HOẠCH --period …); không ghi đè.':
        "Write a draft of the report's text (also: cchc report new PLAN --period …); never overwrites.",
    'Báo cáo kết quả thực hiện công tác CCHC theo kỳ báo cáo của Bộ Nội vụ (thể thức Nghị định 30).\n\nPhần lời (mục I–V) lấy từ tệp báo cáo cạnh kế hoạch (tạo bằng cchc report new KẾ_HOẠCH --period KỲ);\nchưa có thì mỗi mục in "[Nội dung cần bổ sung]" kèm số liệu. Số liệu in ở Phụ lục.':
        'The administrative reform report for a Ministry of Home Affairs reporting period (layout of Decree 30).\n\nThe text of sections I–V comes from the report file beside the plan (made with cchc report new PLAN --period PERIOD);\nwithout it each section prints “[Nội dung cần bổ sung]” with the figures. The statistics are printed as the appendix.',
    'Số liệu tính đến ngày (mặc định: ngày chốt số liệu của kỳ).':
        "Figures as of this date (default: the period's cut-off).",
    'Tệp báo cáo (mặc định: reports/<mã kế hoạch>/<kỳ>.yaml cạnh kế hoạch).':
        'Report file (default: reports/<plan id>/<period>.yaml beside the plan).',
    'Tệp hoặc thư mục kế hoạch (mặc định: plans/); "new KẾ_HOẠCH" tạo bản nháp phần lời.':
        'Plan files or folders (default: plans/); "new PLAN" writes a draft of the report\'s text.',
    'Tệp phần lời của báo cáo (mặc định: reports/<mã kế hoạch>/<kỳ>.yaml cạnh kế hoạch, nếu có).':
        "The report's text file (default: reports/<plan id>/<period>.yaml beside the plan, when there is one).",
    'Tệp báo cáo bắt đầu bằng version: 1, plan: …, period: … (tạo bằng cchc report new).':
        'A report file starts with version: 1, plan: …, period: … (made with cchc report new).',
    'không có báo cáo quý II riêng: số liệu quý II thuộc báo cáo 6 tháng đầu năm {year} (chốt số liệu ngày 14/6/{year}), nên kỳ này được lập thành báo cáo 6 tháng.':
        'there is no separate quarter II report: quarter II figures belong to the six-month report of {year} (cut-off 14/6/{year}), so the six-month report is made.',
    'không có báo cáo quý IV riêng: số liệu quý IV thuộc báo cáo năm {year} (chốt số liệu ngày 14/12/{year}), nên kỳ này được lập thành báo cáo năm.':
        'there is no separate quarter IV report: quarter IV figures belong to the annual report of {year} (cut-off 14/12/{year}), so the annual report is made.',
    'tệp báo cáo':
        'report file',
    'bảng nhiệm vụ: {tables} bảng, {rows} hàng đã đọc ({groups} hàng nhóm, {headers} hàng tiêu đề, {skipped} hàng bỏ qua).':
        'task tables: {tables} table(s), {rows} row(s) read ({groups} group row(s), {headers} header row(s), {skipped} row(s) skipped).',
    'bỏ qua {position}: {text}':
        'skipped {position}: {text}',
    'Chấp nhận kế hoạch không có nhiệm vụ nào dù tệp có phụ lục hoặc bảng (mặc định: từ chối, để không mất nhiệm vụ).':
        'Accept a plan with no task even though the file has an appendix or a table (by default it is refused, so that no task is lost).',
    'bảng {table}, hàng {row}':
        'table {table}, row {row}',
    'phần "{label}"':
        'a "{label}" part',
    '{tables} bảng nhiệm vụ ({rows} hàng, {headers} hàng tiêu đề, {groups} hàng nhóm, {skipped} hàng bỏ qua)':
        '{tables} task table(s) ({rows} row(s), {headers} header row(s), {groups} group row(s), {skipped} row(s) skipped)',
    '{count} bảng khác (cột đầu tiên: {columns})':
        '{count} other table(s) (first columns: {columns})',
    'dòng {line}':
        'line {line}',
    'Không đọc được nhiệm vụ nào, dù tệp có {seen}: cchc không tạo kế hoạch rỗng để khỏi mất các nhiệm vụ đó.':
        'No task could be read, although the file has {seen}: cchc does not write an empty plan, so that those tasks are not lost.',
    'Kiểm tra bảng nhiệm vụ có dòng tiêu đề cột (TT, Nội dung, …) và các dòng đánh số; nếu kế hoạch thật sự không có nhiệm vụ, nhập lại với --allow-empty.':
        'Check that the task table has a row of column headers (TT, task content, …) and numbered rows; if the plan really has no task, import it again with --allow-empty.',
    'Nhiệm vụ {ref} trùng mã với một nhiệm vụ khác: đã thêm key "{key}" để phân biệt.':
        'Task {ref} has the same id as another task: added key "{key}" to tell them apart.',
    'Kế hoạch không có nhiệm vụ nào.':
        'The plan has no task.',
    'Kiểm tra bảng nhiệm vụ có bị mất khi chép hoặc nhập không; nếu văn bản thật sự không giao nhiệm vụ, ghi chú # cchc: ignore[T007] <lý do>.':
        'Check whether the task table was lost when the plan was copied or imported; if the document really assigns no task, add the comment # cchc: ignore[T007] <reason>.',
    'các nhóm con của {group}':
        'the groups under {group}',
    'Phối hợp':
        'support',
    'Thời gian':
        'deadline',
    'Bản văn bản (.txt) ghi ô gộp dọc một lần ở dòng đầu: ô trống của {count} nhiệm vụ được lấy theo dòng trên trong cùng nhóm: {tasks}. Nếu ô đó thật sự để trống trong bản gốc, hãy xóa giá trị này (hoặc nhập từ tệp .docx).':
        'A text export writes a cell merged down over several rows once, on its first row: the empty cells of {count} task(s) were taken from the row above in the same group: {tasks}. If such a cell is really empty in the original, delete the value (or import the .docx file).',
    # the CLI library's own words in --help (cchc.commands.helptext)
    'Cách dùng: ':
        'Usage: ',
    '[TÙY_CHỌN]':
        '[OPTIONS]',
    'LỆNH [THAM_SỐ]...':
        'COMMAND [ARGS]...',
    'In hướng dẫn này rồi thoát.':
        'Show this message and exit.',
    'Tham số':
        'Arguments',
    'Tùy chọn':
        'Options',
    'Lệnh':
        'Commands',
    'Lỗi':
        'Error',
    '[mặc định: {}]':
        '[default: {}]',
    '[biến môi trường: {}]':
        '[env var: {}]',
    '[bắt buộc]':
        '[required]',
    '(không còn dùng) ':
        '(deprecated) ',
    'Đã dừng.':
        'Aborted.',
    'Cài tự hoàn thành lệnh (phím Tab) cho cửa sổ dòng lệnh đang dùng.':
        'Install completion for the current shell.',
    'In đoạn mã tự hoàn thành lệnh cho cửa sổ dòng lệnh đang dùng, để chép hoặc tự cài.':
        'Show completion for the current shell, to copy it or customize the installation.',
    'đường dẫn':
        'path',
    'tệp':
        'file',
    'thư mục':
        'directory',
    'chữ':
        'text',
    'ĐƯỜNG_DẪN':
        'PATH',
    'KẾ_HOẠCH':
        'PLAN',
    'TỆP':
        'FILE',
    'THỜI_GIAN':
        'DEADLINE',
    'KẾ_HOẠCH_CẤP_TRÊN':
        'PARENT',
    'MỐC_1':
        'REV1',
    'MỐC_2':
        'REV2',
    'THƯ_MỤC':
        'DIRECTORY',
    'MÃ':
        'CODE',
    'NHIỆM_VỤ':
        'TASK',
    'CHỈ_TIÊU':
        'TARGET',
    # the rules' names for people (TITLE of each rule module)
    'Lỗi cú pháp YAML':
        'YAML syntax error',
    'Khóa bị lặp lại':
        'Duplicate key',
    'Tệp không đọc được':
        'Unreadable file',
    'Số có chữ số 0 ở đầu':
        'Number with a leading zero',
    'Thẻ YAML không được dùng':
        'YAML tag not allowed',
    'Khóa không có trong định dạng':
        'Unknown key',
    'Thiếu khóa bắt buộc':
        'Missing required key',
    'Sai kiểu dữ liệu':
        'Wrong type of value',
    'Giá trị không hợp lệ':
        'Invalid value',
    'Số thứ tự bị trùng':
        'Duplicate number',
    'Số thứ tự không liên tục':
        'Numbers out of order',
    'Nhiệm vụ thiếu cơ quan chủ trì':
        'Task without a lead agency',
    'Nhiệm vụ thiếu sản phẩm':
        'Task without an output',
    'Bảng thiếu cột Sản phẩm':
        'Table without an output column',
    'Nhiệm vụ thiếu thời gian hoàn thành':
        'Task without a deadline',
    'Thời gian hoàn thành không đọc được':
        'Unreadable deadline',
    'Thời hạn trước thời kỳ kế hoạch':
        'Deadline before the plan period',
    'Kế hoạch không có nhiệm vụ':
        'Plan without tasks',
    'Cơ quan không có trong danh mục':
        'Unknown agency',
    'Thiếu danh mục cơ quan':
        'No agency registry',
    'Cơ quan đã chấm dứt hoạt động':
        'Agency no longer in operation',
    'Văn bản không ở dạng NFC':
        'Text not in NFC',
    'Văn bản gõ bằng bảng mã cũ':
        'Text in a legacy encoding',
    'Ký tự điều khiển trong văn bản':
        'Control character in text',
    'Tiến độ sai thứ tự ngày':
        'Progress out of date order',
    'Tiến độ ghi sau khi đã hoàn thành':
        'Progress after completion',
    'Kỳ tiến độ không phải mốc của nhiệm vụ':
        'Occurrence is not a milestone',
    'Ngày ngoài khoảng hợp lý':
        'Date out of range',
    'Ký hiệu văn bản sai':
        'Wrong document symbol',
    'Ngày văn bản không có thật':
        'Impossible document date',
    'Thời kỳ kế hoạch không hợp lý':
        'Implausible plan period',
    'Kết quả khác đơn vị chỉ tiêu':
        'Result in another unit',
    'Tỷ lệ phần trăm quá 100':
        'Percentage over 100',
    'Thứ hạng không phải số nguyên':
        'Rank not a whole number',
    'Năm chỉ tiêu ngoài thời kỳ':
        'Target year outside the period',
    'Nhiệm vụ cấp trên không tồn tại':
        'Unknown parent task',
    'Hạn muộn hơn nhiệm vụ cấp trên':
        'Deadline later than the parent task',
    'Trùng mã kế hoạch':
        'Duplicate plan id',
    'Tên cơ quan bị trùng':
        'Duplicate agency name',
    'Mã cơ quan tham chiếu không tồn tại':
        'Unknown agency reference',
    'Bỏ qua không ghi lý do':
        'Suppression without a reason',
    'Chú thích bỏ qua thừa':
        'Unused suppression',
    'Chú thích bỏ qua sai':
        'Invalid suppression',
    'Lỗi nội bộ':
        'Internal error',
    # hints that never make things worse (issue 20 point 4)
    'Khóa "{key}" thụt lề sâu hơn các khóa cùng cấp ở dòng {line}; lùi về cột {column}.':
        'Key "{key}" is indented deeper than the keys beside it on line {line}; move it back to column {column}.',
    'Xóa {count} dấu cách ở đầu dòng {line} để "{key}:" thẳng cột với "{sibling}:" ở dòng {sibling_line}. Không đặt dòng này trong dấu nháy: khóa sẽ thành một phần của văn bản phía trên.':
        'Delete {count} space(s) at the start of line {line} so that "{key}:" lines up with "{sibling}:" on line {sibling_line}. Do not put this line in quotes: the key would become part of the text above.',
    'Cần danh sách, kể cả khi chỉ có một phần tử; viết {example}, hoặc mỗi phần tử một dòng bắt đầu bằng "- ".':
        'A list is needed, even for one item: write {example}, or each item on its own line starting with "- ".',
    # issue 18 (hardening: confinement, edits, exit codes)
    'một tiến trình kiểm tra con bị dừng đột ngột (có thể do hết bộ nhớ); {count} tệp chưa có kết quả đã được kiểm tra lại trong tiến trình chính và kết quả dưới đây là đầy đủ, nhưng lần chạy kết thúc với mã thoát 2 để báo sự cố này.':
        'a worker process died suddenly (perhaps out of memory); {count} files without a result were checked again in the main process and the results below are complete, but the run ends with exit code 2 to report the incident.',
    'Chạy lại với --jobs 1, hoặc tăng giới hạn bộ nhớ của máy chạy CI.':
        'Run again with --jobs 1, or raise the memory limit of the CI machine.',
    'Cấu hình {path}: plans = "{plans}" dẫn ra ngoài kho git chứa tệp cấu hình (hoặc vào .git); cchc không đọc thư mục đó. Đặt plans là một thư mục trong kho, hoặc ghi thư mục trên dòng lệnh.':
        'Configuration {path}: plans = "{plans}" leads outside the git repository holding the configuration file (or into .git); cchc does not read that folder. Set plans to a folder inside the repository, or name the folder on the command line.',
    'thư mục là liên kết tượng trưng':
        'the folder is a symbolic link',
    'thư mục thực sự nằm ngoài kho git':
        'the folder really lies outside the git repository',
    'thư mục nằm trong .git của kho':
        "the folder is inside the repository's .git",
    'đường dẫn đi qua liên kết tượng trưng {link}':
        'the path goes through the symbolic link {link}',
    'Tệp {path} {kind}.':
        'The file {path} {kind}.',
    'Chỉ tệp kế hoạch thường (.yaml) được cập nhật; kiểm tra đường dẫn.':
        'Only regular plan files (.yaml) are updated; check the path.',
    'Tệp {path} là liên kết tượng trưng trỏ tới {target}, ngoài kho git chứa nó (hoặc trong .git).':
        'The file {path} is a symbolic link to {target}, outside the git repository holding it (or inside .git).',
    'Cập nhật thẳng tệp thật (ghi đường dẫn của nó) nếu đúng là muốn sửa tệp đó.':
        'Update the real file directly (name its path) if that is really the file to change.',
    'Tệp {path} chỉ cho đọc (quyền {mode:o}).':
        'The file {path} is read-only (mode {mode:o}).',
    'Tệp được đặt chỉ đọc có chủ ý: nếu đúng là cần ghi, cấp quyền ghi (chmod u+w) rồi chạy lại.':
        'The file was made read-only on purpose: if it really must be written, grant write permission (chmod u+w) and run again.',
    'Tệp {path} có {count} tên (liên kết cứng); ghi nguyên tử sẽ tách các tên đó và các tên kia giữ nội dung cũ.':
        'The file {path} has {count} names (hard links); an atomic write would split them and the other names would keep the old content.',
    'Tách liên kết trước (cp {path} tam && mv tam {path}), hoặc dùng liên kết tượng trưng.':
        'Break the link first (cp {path} tmp && mv tmp {path}), or use a symbolic link.',
    'là thiết bị, không phải tệp thường':
        'is a device, not a regular file',
    'liên kết tượng trưng vòng tròn':
        'a symbolic link loop',
    'Tệp {path} đang được một lệnh cchc khác cập nhật (đã chờ {seconds:g} giây).':
        'The file {path} is being updated by another cchc command (waited {seconds:g} seconds).',
    'Chờ lệnh kia xong rồi chạy lại. Nếu không còn lệnh nào đang chạy, xóa tệp khóa {lock}.':
        'Wait for the other command to finish and run again. If no command is running, delete the lock file {lock}.',
    'Không tạo được tệp khóa {lock}: {error}.':
        'Cannot create the lock file {lock}: {error}.',
    'Cần quyền ghi vào thư mục của tệp kế hoạch.':
        "Write permission on the plan file's folder is needed.",
    'cchc không duyệt thư mục là liên kết tượng trưng hay dẫn ra ngoài kho git chứa nó (để không lộ nội dung tệp khác, ví dụ khi kiểm tra pull request): ghi đường dẫn thật của thư mục nếu tin nó.':
        'cchc does not scan a folder that is a symbolic link or leads outside the git repository holding it (so as not to reveal other files, e.g. when checking a pull request): name the real path of the folder if you trust it.',
    'Không đọc thư mục "{path}": {reason}.':
        'Not reading the folder "{path}": {reason}.',
    'Không đọc "{path}": tệp là liên kết tượng trưng trỏ vào thư mục .git của kho.':
        'Not reading "{path}": the file is a symbolic link into the repository\'s .git folder.',
    'Dòng "---" hoặc "..." nằm giữa một chuỗi trong dấu nháy chưa đóng.':
        'A "---" or "..." line inside a quoted string that is not closed.',
    'Đóng dấu nháy trước dòng đó; nếu "---" là nội dung, thụt lề dòng đó vào trong.':
        'Close the quote before that line; if "---" is content, indent that line.',
    'Chỉ thị "%…" không có trong YAML (chỉ có %YAML và %TAG).':
        'The "%…" directive does not exist in YAML (only %YAML and %TAG do).',
    'Chỉ thị %TAG khai báo cùng một tiền tố thẻ hai lần.':
        'A %TAG directive declares the same tag handle twice.',
    'Kế hoạch không dùng thẻ YAML: xóa các dòng %TAG.':
        'Plans use no YAML tags: delete the %TAG lines.',
    'Chỉ thị %TAG có tiền tố thẻ không hợp lệ (phải có dạng !tên!).':
        'A %TAG directive has an invalid tag handle (it must look like !name!).',
    'Chỉ thị %TAG thiếu dấu cách giữa tiền tố và tên thẻ.':
        'A %TAG directive lacks the space between the handle and the tag prefix.',
    'Mã thoát \\u hoặc \\U trong chuỗi nháy kép không phải một ký tự Unicode hợp lệ.':
        'A \\u or \\U escape in a double-quoted string is not a valid Unicode character.',
    'Dùng nháy đơn nếu dấu \\ là nội dung, hoặc viết \\\\ thay cho \\.':
        'Use single quotes if the \\ is content, or write \\\\ instead of \\.',
    'Thẻ kiểu (tag) ở đầu giá trị có mã %… không hợp lệ.':
        'The tag at the start of the value has an invalid %… escape.',
    'thư mục "{link}" trong thư mục kết quả là liên kết tượng trưng; cchc không ghi qua liên kết (không có tệp nào được ghi).':
        'the folder "{link}" inside the output folder is a symbolic link; cchc does not write through links (no file was written).',
    'Xóa liên kết đó (hoặc chọn thư mục kết quả khác bằng -o) rồi chạy lại.':
        'Delete that link (or choose another output folder with -o) and run again.',
    'không đọc được "{1}" ({0}): không có quyền đọc':
        'cannot read "{1}" ({0}): permission denied',
    # issue 18: bounds on DOCX import
    'Không nhập được tệp "{file}": {what}, vượt giới hạn an toàn của cchc.':
        'Cannot import "{file}": {what}, over cchc\'s safety limit.',
    'Tệp Word kế hoạch thật chỉ vài MB. Mở tệp bằng Word, xóa ảnh hoặc đối tượng nhúng quá lớn rồi lưu lại; nếu tệp đến từ nguồn lạ, đừng mở nó.':
        'A real Word plan is a few MB. Open the file in Word, delete oversized pictures or embedded objects and save it again; if the file comes from an unknown source, do not open it.',
    'tệp lớn hơn {limit} MB':
        'the file is larger than {limit} MB',
    'gói có {count} phần (tối đa {limit})':
        'the package has {count} parts (at most {limit})',
    'phần "{part}" khi giải nén lớn hơn {limit} MB':
        'part "{part}" unpacks to more than {limit} MB',
    'nội dung khi giải nén lớn hơn {limit} MB':
        'the content unpacks to more than {limit} MB',
    'Không đọc được tệp "{file}": tệp Word bị hỏng (phần "{part}" không giải nén được).':
        'Cannot read "{file}": the Word file is damaged (part "{part}" cannot be unpacked).',
    'Còn {number} chỗ khác trong tệp này cũng bị báo {code}, từ đây trở đi; cchc chỉ liệt kê {limit} chỗ đầu.':
        ('{number} more place in this file, from here on, is also reported as {code}; cchc lists the first {limit} only.',
         '{number} more places in this file, from here on, are also reported as {code}; cchc lists the first {limit} only.'),
    'Sửa các chỗ đã liệt kê (thường cùng một nguyên nhân, như một đoạn dán nhầm) rồi chạy lại cchc lint để xem các chỗ còn lại.':
        'Fix the places listed (usually one cause, such as text pasted by mistake), then run cchc lint again to see the rest.',
    # cchc lsp: completion (cchc/editor/completion.py)
    "cchc: không gợi ý được ({problem}).": "cchc: completion failed ({problem}).",
    "cấp trung ương": "central level",
    "nhóm cơ quan": "group of agencies",
    "chấm dứt hoạt động từ {date}": "ceased operating on {date}",
    "tên viết tắt của {name}": "short name of {name}",
    "tên gọi khác của {name}": "other name of {name}",
    "Tên khác: {names}": "Other names: {names}",
    "Đã chấm dứt hoạt động từ {date}.": "Ceased operating on {date}.",
    "Chấm dứt hoạt động từ {date}.": "Ceases operating on {date}.",
    "Cơ quan kế thừa: {names}.": "Successors: {names}.",
    "Danh mục: {file}": "Registry: {file}",
    "hạn {due:%d/%m/%Y}": "due {due:%d/%m/%Y}",
    "đã ghi hoàn thành": "recorded done",
    "Nhiệm vụ {ref}: {deadline}": "Task {ref}: {deadline}",

    # ------------------------------------------------------------------ cchc lsp: hover, definition (cchc/editor)
    "cchc: không hiện được chú giải ({error}).": "cchc: could not show the hover ({error}).",
    "cchc: không tìm được nơi định nghĩa ({error}).": "cchc: could not find the definition ({error}).",
    "Giá trị: {values}": "Values: {values}",
    "quá hạn {count} ngày": ("{count} day overdue", "{count} days overdue"),
    "đến hạn hôm nay": "due today",
    "sắp đến hạn, còn {count} ngày": ("due soon, in {count} day", "due soon, in {count} days"),
    "chưa đến hạn, còn {count} ngày": ("not yet due, due in {count} day", "not yet due, due in {count} days"),
    "hoàn thành đúng hạn ngày {date:%d/%m/%Y}": "done on time on {date:%d/%m/%Y}",
    "hoàn thành quá hạn ngày {date:%d/%m/%Y}": "done late on {date:%d/%m/%Y}",
    "{count} mốc": ("{count} milestone", "{count} milestones"),
    "… {count} mốc trước": ("… {count} milestone before", "… {count} milestones before"),
    "… {count} mốc sau": ("… {count} milestone after", "… {count} milestones after"),
    "{count} mốc quá hạn": ("{count} overdue", "{count} overdue"),
    "Tính đến ngày {date:%d/%m/%Y} (nhiệm vụ {ref}).": "As of {date:%d/%m/%Y} (task \"{ref}\").",
    "Tính đến ngày {date:%d/%m/%Y}, chưa tính tiến độ đã ghi.":
        "As of {date:%d/%m/%Y}, without the progress recorded (the task is not read yet).",
    "Nhiệm vụ {ref} không có mốc hạn nào để ghi theo kỳ.": "Task \"{ref}\" has no milestone an occurrence could name.",
    '"{label}" không phải một kỳ của nhiệm vụ {ref}; các kỳ: {labels}.':
        '"{label}" is not an occurrence of task "{ref}"; its occurrences: {labels}.',
    "Chưa có danh mục cơ quan (agencies.yaml) ở thư mục của kế hoạch hoặc thư mục cha.":
        "No agency registry (agencies.yaml) in the plan's folder or a parent folder yet.",
    "cơ quan": "agency",
    "{kind} trong danh mục {place}": "{kind} in the registry of {place}",
    "\"{name}\" được hiểu là \"{canonical}\" (viết khác ở dấu, chữ hoa hoặc khoảng trắng).":
        "\"{name}\" is read as \"{canonical}\" (written with other marks, case or spaces).",
    "tên viết tắt": "a short name",
    "tên gọi khác": "another name",
    "một cách viết": "a spelling",
    '"{name}" là {what} của cơ quan này.': '"{name}" is {what} of this agency.',
    "Tên viết tắt: {names}": "Short names: {names}",
    "Tên gọi khác: {names}": "Other names: {names}",
    "Cấp: {level}": "Level: {level}",
    "Loại: {kind}": "Kind: {kind}",
    "trung ương": "central",
    "sở, ban, ngành cấp tỉnh": "provincial department",
    "ủy ban nhân dân": "people's committee",
    "phòng, ban cấp huyện": "district office",
    "đơn vị sự nghiệp, cơ quan khác": "public service unit or other body",
    "Cơ quan cấp trên: {name}": "Parent agency: {name}",
    "{count} thành viên: {names}": ("{count} member: {names}", "{count} members: {names}"),
    "Nhóm chưa có thành viên nào trong danh mục.": "The group has no member in the registry yet.",
    "Đã chấm dứt hoạt động từ {date}": "Ceased operating on {date}",
    "đơn vị kế thừa: {names}": "successors: {names}",
    "danh mục không ghi đơn vị kế thừa": "the registry names no successor",
    "Ghi chú: {note}": "Note: {note}",
    "Danh mục: {path}": "Registry: {path}",
}
