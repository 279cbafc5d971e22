"""The ground every stage stands on: message ids and their language (:mod:`~cchc.base.i18n`, with
the catalogues of :mod:`cchc.locale`), Vietnamese text helpers, the :class:`Diagnostic` value,
which files cchc may read on its own (:mod:`~cchc.base.confine`) and operating-system errors in
cchc's words.

May import: only the standard library, :mod:`cchc.locale` (lazily, when English is chosen) and the
package root (``cchc.__version__``). Nothing here knows about plans, YAML or output formats.
"""
