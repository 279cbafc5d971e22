"""Một khóa không được lặp lại trong cùng một đối tượng.

YAML chỉ giữ giá trị của lần ghi cuối, nên khóa lặp làm mất dữ liệu một cách âm thầm.

Đúng:

    - id: "1"
      deadline: Quý II/2021

Sai:

    - id: "1"
      deadline: Quý II/2021
      deadline: Quý III/2021
"""

from __future__ import annotations

from cchc.diagnostics import Severity

CODE = "Y002"
NAME = "duplicate-key"
SEVERITY = Severity.ERROR
check = None
