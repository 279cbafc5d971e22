"""cchc in the editor: ``cchc lsp``, a Language Server Protocol server over stdio.

The server runs the same pipeline as ``cchc lint`` on the text the editor holds — load → schema →
model → rules → suppressions, then the link rules against the workspace's other plans — and
publishes the same diagnostics, in the same words. Around it, features that read what the
pipeline made of the file: hovers (deadline readings, agency entries, key descriptions),
completion, code actions and go-to-definition.

Modules: :mod:`session` (what the server knows: open documents and their analyses, the workspace
index, the registries), :mod:`incremental` (the quick pass: an edit inside one task of a large plan
checked alone, then replaced by the full analysis), :mod:`positions` (cchc spans ↔ LSP ranges),
:mod:`locate` and :mod:`cursor` (what is at a position, also in a half-typed file),
:mod:`diagnostics` (scheduling and publishing), one module per feature (:mod:`hover`,
:mod:`completion`, :mod:`actions`, :mod:`definition`), and :mod:`server`, which wires them to pygls.
This layer sits above authoring and
below the commands; pygls is imported only here and by ``cchc lsp``.
"""
