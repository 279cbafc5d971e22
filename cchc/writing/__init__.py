"""Writing: every output cchc produces — lint results, status, target and trace tables
(:mod:`cchc.writing.output`), plan documents (Markdown, HTML, DOCX, PDF), the báo cáo and its
annex and workbook, the static site, the iCalendar file, and the check of a user's ``--template``.
Built-in templates are read from ``cchc/templates``.

May import: :mod:`cchc.base`, :mod:`cchc.reading`, :mod:`cchc.checking` and :mod:`cchc.deriving`.
Heavy libraries (python-docx, openpyxl, matplotlib, jinja2) are imported inside the functions that
need them.
"""
