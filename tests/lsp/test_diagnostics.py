"""Diagnostics of ``cchc lsp``: the same findings and words as ``cchc lint``, located exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import open_doc, replace_all

PLAN = Path("plans/quang-nam/kh-cchc-2021.yaml")


@pytest.mark.asyncio
async def test_a_clean_plan_has_no_diagnostics_and_an_unknown_agency_is_located(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    assert await open_doc(client, path) == []
    broken = text.replace("lead: [Sở Tư pháp]", "lead: [Sở Vũ trụ]", 1)
    found = await replace_all(client, path, broken, 2)
    a001 = [d for d in found if d.code == "A001"]
    assert len(a001) == 1, found
    line = broken.splitlines()[a001[0].range.start.line]
    assert line[a001[0].range.start.character:a001[0].range.end.character] == "Sở Vũ trụ"
    assert a001[0].severity == types.DiagnosticSeverity.Error
    assert "Sở Vũ trụ" in a001[0].message and "gợi ý" in a001[0].message
