"""Messages people read on /skills, as sentences (pure functions, no app)."""

from __future__ import annotations

from smatrx.skills.forms import not_a_link_message


def test_a_bad_evidence_link_is_quoted_in_a_sentence() -> None:
    message = not_a_link_message("not a link")
    assert message == (
        "“not a link” is not a web address. Enter each link in full, starting with "
        "https:// or http://, one a line."
    )
    assert "is not)" not in message


def test_a_long_bad_link_is_cut_short() -> None:
    message = not_a_link_message("x" * 100)
    assert "“" + "x" * 39 + "…”" in message
    assert "x" * 40 not in message
