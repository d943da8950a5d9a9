"""Import sources: pure parsers turning uploaded bytes into found skills with evidence.
No Flask, no database."""
