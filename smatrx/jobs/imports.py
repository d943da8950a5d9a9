"""Jobs enqueued before the import job moved to smatrx.imports.job name these paths in Redis."""

from smatrx.imports.job import import_job_failed, run_import

__all__ = ["import_job_failed", "run_import"]
