"""Authoring: what makes or changes plan files — ``cchc import`` (Word or text → YAML, its
suppressions and a starter registry), recording progress byte-preservingly (:mod:`~cchc.authoring.edit`),
``cchc init``'s scaffold, and the semantic diff between two git revisions.

May import: every stage below it (:mod:`cchc.base`, :mod:`cchc.reading`, :mod:`cchc.checking`,
:mod:`cchc.deriving`, :mod:`cchc.writing`). Every write is atomic and refuses rather than guesses.
"""
