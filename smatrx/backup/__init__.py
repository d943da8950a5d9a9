"""Backups that restore: `flask smatrx backup`, `restore` and `verify-backup`.

A backup is one uncompressed tar holding `manifest.json` (first, so a reader knows what
follows before the big part) and `smatrx.dump` (pg_dump's custom format, compressed by
pg_dump itself). The manifest records the migration head, each table's row count and the
dump's SHA-256, all taken from the snapshot the dump was made from.

manifest.py is pure; pgtools.py finds and runs the PostgreSQL client programs; archive.py
writes and reads the tar; operations.py does the work for the commands in commands.py.
No module here but commands.py imports Flask.
"""
