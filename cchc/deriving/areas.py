"""The controlled vocabulary of reform areas (lĩnh vực cải cách hành chính).

The six areas of Nghị quyết 76/NQ-CP ngày 15/7/2021 plus "công tác chỉ đạo, điều hành" as the
PAR INDEX scores it. Codes are stable identifiers used in plan files; names are what users see.
The order is the order reports list the areas in.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from cchc.base.i18n import N_, tr


@dataclass(frozen=True)
class Area:
    """``name`` and ``short`` are Vietnamese, as documents print them; :meth:`label` is for screens."""

    code: str
    name: str
    short: str

    def label(self, short: bool = False) -> str:
        """The name in the current language (command output; documents use ``name``/``short``)."""
        text = self.short if short else self.name
        return tr(text)


AREAS: tuple[Area, ...] = (
    Area("chi_dao_dieu_hanh", N_("Công tác chỉ đạo, điều hành cải cách hành chính"), N_("Chỉ đạo, điều hành")),
    Area("the_che", N_("Cải cách thể chế"), N_("Thể chế")),
    Area("thu_tuc_hanh_chinh", N_("Cải cách thủ tục hành chính"), N_("Thủ tục hành chính")),
    Area("to_chuc_bo_may", N_("Cải cách tổ chức bộ máy hành chính nhà nước"), N_("Tổ chức bộ máy")),
    Area("cong_vu", N_("Cải cách chế độ công vụ"), N_("Chế độ công vụ")),
    Area("tai_chinh_cong", N_("Cải cách tài chính công"), N_("Tài chính công")),
    Area("chinh_phu_so", N_("Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"), N_("Chính phủ điện tử, Chính phủ số")),
)

BY_CODE = MappingProxyType({area.code: area for area in AREAS})
