"""English messages for maintainers (``--lang en``): Vietnamese message id → English.

Keys are the Vietnamese texts exactly as written in the code (``tr(...)``/``N_(...)``), in the rule
documentation and in the schemas' ``errorMessage``; values keep the same ``{named}`` fields. A value
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

    # ------------------------------------------------------------------ rules (cchc/rules/*.py)
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
    # ------------------------------------------------------------------ the lint run (cchc/lint.py)
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
    "Lỗi này không (còn) xảy ra ở đây: xóa mã khỏi chú thích.":
        "This problem does not occur here (any more): remove the code from the comment.",
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
    "Thêm lý do sau dấu ], ví dụ: # cchc: ignore[T002] Bản gốc không ghi sản phẩm.":
        "Add the reason after the ], e.g. # cchc: ignore[T002] the source document names no output.",
    "Mã quy tắc \"{code}\" không tồn tại.": "There is no rule \"{code}\".",
    "Xem danh sách mã bằng lệnh cchc rules.": "cchc rules lists the codes.",
    "Không thể bỏ qua mã {code}.": "{code} cannot be suppressed.",
    "Sửa nguyên nhân thay vì bỏ qua.": "Fix the cause instead.",
    "Lỗi này không (còn) xảy ra ở đây: xóa mã khỏi chú thích, hoặc xóa cả chú thích.":
        "This problem does not occur here (any more): remove the code from the comment, or the whole comment.",

    # ------------------------------------------------------------------ reading YAML (cchc/load.py)
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

    # ------------------------------------------------------------------ schema validation (cchc/schema.py)
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
    "{description}": "The key's description: \"{description}\"",
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
    "Viết dạng danh sách: [\"{value}\"], hoặc mỗi phần tử một dòng bắt đầu bằng \"- \".":
        "Write it as a list: [\"{value}\"], or one item per line starting with \"- \".",
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

    # ------------------------------------------------------------------ configuration (cchc/config.py)
    "Cấu hình {path}: khóa không hợp lệ {keys} (các khóa: plans, soon, lang).":
        "Configuration \"{path}\": invalid key(s) {keys} (the keys are plans, soon, lang).",
    "Cấu hình {path}: plans phải là đường dẫn (chuỗi), soon là số ngày (số nguyên ≥ 0).":
        "Configuration \"{path}\": plans must be a path (a string), soon a number of days (a whole number ≥ 0).",
    "Tệp cấu hình {path} không đúng cú pháp TOML ({error}).": "The configuration file \"{path}\" is not valid TOML ({error}).",

    # ------------------------------------------------------------------ operating-system errors (cchc/oserrors.py)
    "không tồn tại": "it does not exist",
    "không có quyền đọc/ghi": "permission denied",
    "không được phép truy cập": "access is not allowed",
    "đường dẫn có phần không phải thư mục": "a part of the path is not a folder",
    "là liên kết tượng trưng vòng tròn": "it is a symbolic link loop",
    "ổ đĩa đã đầy": "the disk is full",
    "ổ đĩa chỉ cho đọc": "the disk is read-only",
    "tên quá dài": "the name is too long",
    "lỗi hệ thống (mã {code})": "system error (code {code})",

    # ------------------------------------------------------------------ deadlines (cchc/deadline.py)
    "hạn cụ thể": "fixed date",
    "khoảng thời gian": "time window",
    "định kỳ": "recurring",
    "thường xuyên": "ongoing",
    "chờ điều kiện": "awaiting a condition",
    "Cách viết gần nhất cchc đọc được: \"{nearest}\". Các dạng khác: Quý I/{year}, Năm {year}, Tháng 6/{year}, "
    "31/12/{year}, Hằng năm, Nhiệm vụ thường xuyên. Nếu hạn không viết được theo các dạng này, ghi thêm hạn cụ "
    "thể: due: {year}-12-31.":
        "The closest form cchc reads: \"{nearest}\". Other forms: \"Quý I/{year}\", \"Năm {year}\", \"Tháng 6/{year}\", "
        "\"31/12/{year}\", \"Hằng năm\", \"Nhiệm vụ thường xuyên\". If the deadline cannot be written in one of these "
        "forms, add an explicit date: due: {year}-12-31.",
    "lấy năm {year} của kế hoạch": "the year {year} taken from the plan",
    "Không đọc được thời gian hoàn thành \"{text}\".": "Cannot read the deadline \"{text}\".",
    "Mỗi quý đã nêu: hạn {dates}.": "Each quarter named: due {dates}.",
    "Năm {year} nằm ngoài khoảng hợp lệ ({low}–{high}).": "The year {year} is outside the valid range ({low}–{high}).",
    "Kiểm tra lại năm.": "Check the year.",
    "\"{text}\" không ghi năm và chưa biết thời kỳ kế hoạch.": "\"{text}\" gives no year, and the plan's period is not known.",
    "Ghi rõ năm, ví dụ \"{example}\", hoặc cho biết thời kỳ kế hoạch (--period).":
        "Write the year, e.g. \"{example}\", or give the plan's period (--period).",
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
    "Viết \"Quý II-III/{year}\" (một khoảng) hoặc \"Quý II và Quý IV/{year}\" (từng quý).":
        "Write \"Quý II-III/{year}\" (a window) or \"Quý II và Quý IV/{year}\" (separate quarters).",
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
    "Viết dạng \"Quý IV/2021 - Quý II/2022\".": "Write it as \"Quý IV/2021 - Quý II/2022\".",
    "Khoảng \"{text}\" có mốc đầu sau mốc cuối.": "The range \"{text}\" starts after it ends.",
    "Kiểm tra lại thứ tự quý, năm.": "Check the order of the quarters and years.",
    "tháng": "month",
    "Khoảng tháng {first}-{last} có tháng đầu sau tháng cuối.": "The month range {first}-{last} starts after it ends.",
    "Kiểm tra lại thứ tự tháng.": "Check the order of the months.",
    "Tháng {month}/{year}: hạn {due}.": "Month {month}/{year}: due {due}.",
    "ngày": "day",
    "Kiểm tra lại ngày, tháng.": "Check the day and month.",

    # ------------------------------------------------------------------ links between plans (cchc/links.py)
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
}
