"""Kept aggregates: their rebuild (refresh.py) and their reads (queries.py). The tables are
smatrx/models/stats.py; the triggers that keep the exact ones are in migration 0009."""
