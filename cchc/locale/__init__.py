"""Message catalogues: one module per language, ``MESSAGES`` mapping Vietnamese text to its
translation (see :mod:`cchc.base.i18n`). Vietnamese is the source language and has no catalogue.

Data only, on the level of :mod:`cchc.base`: a catalogue imports nothing from cchc, and only
:mod:`cchc.base.i18n` imports it (when English is chosen).
"""
