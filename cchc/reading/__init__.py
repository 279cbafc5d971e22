"""Reading: YAML text → located data (:mod:`~cchc.reading.load`) → the immutable plan model
(:mod:`~cchc.reading.model`), and what the model needs to be built: agency registries, the
deadline grammar, task numbering, table columns, the Vietnamese formats shared by the renderers,
project configuration (``cchc.toml``) and the content-keyed result cache.

May import from cchc: :mod:`cchc.base` only (YAML through PyYAML/libyaml). Only this stage turns
strings into dates.
"""
