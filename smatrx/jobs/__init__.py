"""RQ glue: queue access, the worker, and (in later features) job entry points."""
