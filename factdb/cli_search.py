"""CLI commands for looking around the store: search, show, speakers, timeline."""

from __future__ import annotations
