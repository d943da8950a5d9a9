"""/admin/audit: the audit log, filtered by who, what, action and dates."""
