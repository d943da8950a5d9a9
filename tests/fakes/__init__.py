"""Test doubles for the outside services SMATRX talks to."""
