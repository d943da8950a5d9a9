"""A name ending a wrapped line reads its sentence on the next line."""

from __future__ import annotations

from tests.imports.catalog import names


def test_a_name_ending_a_line_whose_sentence_goes_on_below() -> None:
    wrapped = (
        "• Firmware for the grain-dryer controller and the feed-system ECU: C\n"
        "  on STM32 (Cortex-M4) with FreeRTOS."
    )
    assert "C" in names(wrapped)
    # (the next line must go on with a function word: a grade list stays a grade list)
    assert "C" not in names("A-levels: Maths A, Physics B, Chemistry C\n  in 2012.")
    assert "Go" not in names("Hobbies: playing Go\n  with my son at the club.")
