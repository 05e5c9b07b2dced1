"""CLI command `conflicts`: where the stored reports disagree."""

from __future__ import annotations
