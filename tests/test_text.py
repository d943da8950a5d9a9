"""The one cleaning rule for lists of short strings (tags, aliases, languages …)."""

from __future__ import annotations

from smatrx.text import clean_list, parse_list


def test_clean_list_trims_collapses_and_drops_blanks_and_repeats():
    values = ["  Backend ", "backend", "", "   ", "Data\t  Science", "BACKEND", "data science"]
    assert clean_list(values) == ["Backend", "Data Science"]


def test_clean_list_keeps_the_first_spelling_and_the_order():
    assert clean_list(["JS", "ECMAScript", "js", "Ecmascript"]) == ["JS", "ECMAScript"]


def test_clean_list_leaves_out_what_drop_names_in_any_case():
    assert clean_list(["rs", "Rust Language", "RS"], drop=("rust language",)) == ["rs"]


def test_clean_list_of_nothing():
    assert clean_list([]) == [] and clean_list([" ", ""]) == []


def test_parse_list_splits_on_commas_and_lines():
    assert parse_list("English, german\nGerman ,, Mandarin  Chinese\n") == [
        "English",
        "german",
        "Mandarin Chinese",
    ]
    assert parse_list(None) == [] and parse_list("") == []
