"""Clusters of equivalent claims and conflicts between them (placeholder)."""

from __future__ import annotations

from sqlite_utils import Database


def refresh(db: Database) -> None:
    """Recompute clusters and conflicts for the claims stored now."""
    return None
