"""Message catalogues: one module per language, ``MESSAGES`` mapping Vietnamese text to its
translation (see :mod:`cchc.base.i18n`). Vietnamese is the source language and has no catalogue."""
