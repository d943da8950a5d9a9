"""/admin/system: what an operator checks first — version and migrations, the queue and its
workers, failed jobs (retry or delete), periodic tasks, and the database's health."""
