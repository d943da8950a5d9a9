"""The curated skills catalog shipped with the package, and its loader."""
