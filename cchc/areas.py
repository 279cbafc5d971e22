"""The controlled vocabulary of reform areas (lĩnh vực cải cách hành chính).

The six areas of Nghị quyết 76/NQ-CP ngày 15/7/2021 plus "công tác chỉ đạo, điều hành" as the
PAR INDEX scores it. Codes are stable identifiers used in plan files; names are what users see.
The order is the order reports list the areas in.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    short: str


AREAS: tuple[Area, ...] = (
    Area("chi_dao_dieu_hanh", "Công tác chỉ đạo, điều hành cải cách hành chính", "Chỉ đạo, điều hành"),
    Area("the_che", "Cải cách thể chế", "Thể chế"),
    Area("thu_tuc_hanh_chinh", "Cải cách thủ tục hành chính", "Thủ tục hành chính"),
    Area("to_chuc_bo_may", "Cải cách tổ chức bộ máy hành chính nhà nước", "Tổ chức bộ máy"),
    Area("cong_vu", "Cải cách chế độ công vụ", "Chế độ công vụ"),
    Area("tai_chinh_cong", "Cải cách tài chính công", "Tài chính công"),
    Area("chinh_phu_so", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "Chính phủ điện tử, Chính phủ số"),
)

BY_CODE = MappingProxyType({area.code: area for area in AREAS})
