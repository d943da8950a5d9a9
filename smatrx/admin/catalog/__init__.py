"""Catalog administration: the skills and categories lists and their writes (services),
merging one skill into another (merge)."""
