# ruff: noqa: RUF001 - letters and dashes of other languages are the data under test.
"""Names and words the importer once took for technologies (heldout71 to heldout73): Spanish
"creo" (I believe), Italian "ai" (to the), data communication and a robot's localisation in
French, an Italian company's legal form ("Brenta Informatica S.r.l."), a state ("Universidade
Federal do Amazonas"), an island ("on Maui"), Jira's test add-on Zephyr, Dynamics NAV's
C/AL, a diploma in communication technology, "Soil Testing" (no SIL testing), a snake named
again ("including the python") (smatrx.imports.word_senses, vocabulary, kinds_of_things,
traps, near_misses)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import catalog_matcher, names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Creo en automatizarlo todo, en medir antes de opinar.", "PTC Creo"),
        (
            "- Assistenza ai clienti e installazioni presso le cooperative.",
            "Artificial Intelligence",
        ),
        ("Communication Modbus RTU/TCP sur RS-485 et Ethernet.", "Communication"),
        ("Simulation d'un filtre de Kalman pour la localisation d'un robot mobile", "Localization"),
        (
            "2001 – 2006\nBrenta Informatica S.r.l., Pergine Valsugana – Programmatore",
            "Informatica",
        ),
        ("Universidade Federal do Amazonas (UFAM), 2010 – 2014", "Amazon Web Services"),
        ("Most of our users just want to see their auntie on Maui.", ".NET MAUI"),
        ("CI/CD & tools | Azure DevOps, Bamboo, Git, Jira, Zephyr, HP ALM", "Zephyr RTOS"),
        ("- Extensions in C/AL and AL for Business Central.", "C"),
        ("2012 – 2015 | Diploma in Information and Communication Technology", "Communication"),
        ("- Soil Testing and crop advice for growers.", "Software-in-the-Loop Testing"),
        (
            "• Wrote the incident report after a reticulated python wandered\n"
            "  into the bay – no one was hurt, including the python.",
            "Python",
        ),
    ],
)
def test_other_things_so_named(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_a_listed_skill_is_no_near_miss_of_an_acronym() -> None:
    assert catalog_matcher().match_name("Soil Testing") is None


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Firmware on Zephyr RTOS for nRF52.", "Zephyr RTOS"),
        ("- Strong communication with stakeholders.", "Communication"),
        ("- Localization of the app into French.", "Localization"),
        ("- Cross-platform apps in .NET MAUI.", ".NET MAUI"),
        ("- ETL in Informatica PowerCenter.", "Informatica"),
        ("- Rewrote the python scripts of the team.", "Python"),
        ("- Built AI agents for support.", "AI Agents"),
    ],
)
def test_the_technologies_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)
