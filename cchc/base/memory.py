"""The garbage-collector policy of a cchc run, in one place.

Reading plans creates hundreds of thousands of small objects (YAML nodes, the plan models, the
records), none of them in a reference cycle, and a run keeps most of them to its end: every
collection of the cycle collector would walk them all again (that made a 10,000-task plan load
2.5 times slower, and on 2,000 plans the walking took longer than drawing the status table).
Reference counting still frees them. So a command run — the CLI at start-up, and each worker
process of the read stage — switches the cycle collector off once, for its whole (short) life.
Code called as a library keeps Python's default.
"""

from __future__ import annotations

import gc


def collect_rarely() -> None:
    """Switch the cycle collector off for the rest of this process (a command run)."""
    gc.disable()
