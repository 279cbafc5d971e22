"""Deriving: what valid plans say as of a date — each task's milestones and state
(:mod:`~cchc.deriving.status`), measured targets and their verdicts, links between plans
(``implements``, trace, roll-up), the reform areas, and the status tables kept in the cache.

May import: :mod:`cchc.base`, :mod:`cchc.reading` and :mod:`cchc.checking`. Everything that depends
on "today" takes ``as_of`` as a parameter.
"""
