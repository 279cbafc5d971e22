"""Allow ``python -m cchc``."""

from __future__ import annotations

from cchc.cli import main

if __name__ == "__main__":
    main()
