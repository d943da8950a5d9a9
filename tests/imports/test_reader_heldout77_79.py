"""Names and words the importer once took for technologies (heldout77 to heldout79): the
Erlang C formula, a contact centre's "real-time management", Qualtrics CoreXM, "remote first
aid", a driving licence's class C, "Pest and weed control", a degree in Communication
Pathology and augmentative communication, a statistical "regression driver analysis", a
"sanity" test, an olive python among snakes (smatrx.imports.kinds_of_things, word_senses,
vocabulary)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Capacity plans in Excel, using Erlang C for the staffing.", "Erlang"),
        ("- Capacity plans in Excel, using Erlang C for the staffing.", "C"),
        ("Forecasting, scheduling and real-time management for three accounts.", "Time Management"),
        ("- Qualtrics CoreXM Expert, 2022", "ARM Cortex-M"),
        ("Incident response on the trail, including remote first\n  aid.", "Remote Collaboration"),
        ("NT driver licence C and LR, 4WD and recovery", "C"),
        ("Drone operation · Pest and weed control · 4WD", "Pest"),
        ("Bachelor of Communication Pathology (Speech-Language Pathology)", "Communication"),
        ("• Augmentative and alternative communication (AAC): set up devices.", "Communication"),
        (
            "(SPSS): weighting, significance testing, regression driver analysis",
            "Regression Testing",
        ),
        ("- Smoke, sanity and regression testing.", "Sanity"),
        ("- Move snakes out of campgrounds, mostly browns and the odd olive python.", "Python"),
    ],
)
def test_other_things_so_named(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Erlang/OTP services and C drivers.", "Erlang"),
        ("- Erlang/OTP services and C drivers.", "C"),
        ("- Tests with Pest and PHPUnit.", "Pest"),
        ("- Good time management and communication.", "Time Management"),
        ("- Good time management and communication.", "Communication"),
        ("- Smoke, sanity and regression testing.", "Regression Testing"),
        ("- Headless CMS with Sanity and Next.js.", "Sanity"),
        ("- Snake game in Python for a workshop.", "Python"),
    ],
)
def test_the_technologies_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)
