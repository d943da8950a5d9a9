"""The seed: the curated catalog data shipped with the package (data.py reads and checks
smatrx/data/catalog.json) and the loader that upserts it into the database (`smatrx seed`)."""
