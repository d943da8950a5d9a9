"""The reader's rules found with the twelfth held-out corpus (issue 17): a company's legal
form, a charity's name, a person's title before a given name."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Settembru 2018 - Frar 2022 · Data Analyst · Bank Lvant plc, Valletta", "PLC"),
        ("Volunteer with the Hunhu/Ubuntu Trust youth coding club on Saturdays.", "Ubuntu"),
        ("Dashboards, kasama si Ma'am Ruby Santos, ang ops manager namin.", "Ruby"),
        ("Weekly reviews with Dr. Julia Weber, head of the lab.", "Julia"),
    ],
)
def test_names_of_companies_charities_and_people(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Ladder logic for Siemens PLC lines at the bottling plant.", "PLC"),
        ("Ubuntu and Debian servers, patched monthly.", "Ubuntu"),
        ("Rails apps in Ruby and Sinatra for the shop.", "Ruby"),
        ("Skills: Python, Ruby, Julia", "Julia"),
    ],
)
def test_the_same_names_as_technologies(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Hydref 2015 - Rhagfyr 2017: Cyfieithydd, Swyddfa Gyfieithu Arfon", "Translation"),
        ("**[2021/01 - 2021/12] Visiting Instructor (part-time), Patan College**", "Teaching"),
        ("Übersetzerin | Sprachdienst Nord | 2019 - 2021", "Translation"),
        ("- Cyfieithu (translation) llinynnau'r rhyngwyneb i'r Gymraeg.", "Translation"),
    ],
)
def test_occupations_in_titles_and_glosses(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Dr. Nuwan Perera, Senior Lecturer, Faculty of Computing", "Teaching"),
        ("We hired a translator for the Welsh release.", "Translation"),
        ("Notes from Professor Okafor's seminar on compilers.", "Teaching"),
        ("Lost in translation, a film I like.", "Translation"),
    ],
)
def test_occupations_elsewhere_are_not_titles(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_a_letter_more_or_less_in_a_short_name_is_a_word_not_a_typo() -> None:
    from smatrx.imports.near_misses import plausible_typo

    assert not plausible_typo("planos", "panos")  # Spanish "plans", not PAN-OS
    assert plausible_typo("kubernets", "kubernetes")
    assert plausible_typo("pyhton", "python")
