"""RQ glue: queue access and the worker. Job entry points live with their feature
(smatrx.imports.job); smatrx.jobs.imports only keeps old queued jobs' paths importable."""
