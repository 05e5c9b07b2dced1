"""Conflicts between reports, and clusters of equivalent claims.

The public face of the package: `refresh(db)` recomputes clusters and conflicts after an
ingest, `find_conflicts(claims)` finds them among any claims, `report(db, ...)` reads the
stored report. How conflicts are found is told in `finder`; each module says its part.
"""

from factdb.conflicts.facts import read_facts
from factdb.conflicts.finder import KINDS, conflicting_pairs, find_conflicts, refresh
from factdb.conflicts.people import People
from factdb.conflicts.report import Report, about_matches, report

__all__ = ["KINDS", "People", "Report", "about_matches", "conflicting_pairs", "find_conflicts",
           "read_facts", "refresh", "report"]
