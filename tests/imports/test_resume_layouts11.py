# ruff: noqa: RUF001, RUF002 - en dashes and non-English letters are the data under test.
"""Résumé layouts and date wordings the importer once read wrongly (heldout11): a year with
the month after it ("2021 Jan – Present", Basque "2020ko martxoa – gaur egun"), a range ending
in a month alone ("2017ko otsaila – ekaina"), and section headings in Cyrillic, Greek and
Basque ending the job above them."""

from __future__ import annotations

from datetime import date

import pytest

from smatrx.imports.dates import find_date_ranges
from smatrx.imports.sources.resume import split_entries
from tests.imports.catalog import spans

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("**2021 Jan – Present**", date(2021, 1, 1), TODAY),
        ("**2018 Mar – 2020 Dec**", date(2018, 3, 1), date(2020, 12, 1)),
        ("*2020ko martxoa – gaur egun*", date(2020, 3, 1), TODAY),
        ("*2017ko iraila – 2020ko otsaila*", date(2017, 9, 1), date(2020, 2, 1)),
        ("2021eko urtarrila - 2022ko maiatza", date(2021, 1, 1), date(2022, 5, 1)),
        # a month alone at the end: the start's year, or the next when it comes earlier
        ("*2017ko otsaila – ekaina*", date(2017, 2, 1), date(2017, 6, 1)),
        ("Nov 2019 – Feb", date(2019, 11, 1), date(2020, 2, 1)),
    ],
)
def test_year_first_and_bare_end_month(written: str, start: date, end: date) -> None:
    [found] = find_date_ranges(written, today=TODAY)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("written", "end"),
    [
        # a number after the month: the month belongs to it, the year ends the range
        ("2016 – 2019 March 2020", date(2019, 1, 1)),
    ],
)
def test_year_then_month_then_number_is_no_year_first_date(written: str, end: date) -> None:
    assert find_date_ranges(written, today=TODAY)[0].end == end


def test_bare_end_month_needs_a_start_month() -> None:
    assert find_date_ranges("2019 – May", today=TODAY) == []


@pytest.mark.parametrize(
    "heading",
    [
        "Образование",
        "Ключевые навыки",
        "Повышение квалификации, курсы",
        "Дополнительная информация",
        "Освіта",
        "Професионален опит",
        "Радно искуство",
        "Εκπαίδευση",
        "## Ikasketak",
        "## Hizkuntzak",
        "Lan-esperientzia",
    ],
)
def test_section_heading_in_other_scripts_ends_the_job(heading: str) -> None:
    text = (
        "Апрель 2021 — настоящее время\n"
        "ООО «Волга Маркет»\n"
        "Ведущий инженер\n"
        "— Сценарии на Gatling и k6.\n"
        "\n"
        f"{heading}\n"
        "Gatling   k6   Docker\n"
    )
    assert spans(text) == [("Апрель 2021 — настоящее время", 1, 4)]


@pytest.mark.parametrize(
    "item",
    [
        "- En 2023 migramos los servicios a Kubernetes; desde entonces mantengo Helm.",
        "- In 2023, we moved the control room services to Kubernetes.",
    ],
)
def test_item_opening_with_a_year_dates_the_item_from_then(item: str) -> None:
    text = (
        "Ingeniera de Software, Observatorio\n"
        "Marzo 2021 – presente\n"
        "- Planificador de observaciones en Python.\n"
        f"{item}\n"
    )
    [entry] = split_entries(text, today=TODAY)
    [(first, last, period)] = entry.periods
    assert (first, last) == (4, 4)
    assert (period.start, period.end, period.ongoing) == (date(2023, 1, 1), TODAY, True)


def test_item_opening_with_a_range_is_not_an_opening_year() -> None:
    text = "Analista, Acme\nAgosto 2016 – Febrero 2021\n- En 2017-2018 reportes en Excel.\n"
    entries = split_entries(text, today=TODAY)
    assert all(p.text != "En 2017" for entry in entries for _, _, p in entry.periods)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # a word after the dash that is no month, or is followed by more: no bare end
        ("Since Jan 2019 – Acme Corp", "Since Jan 2019"),
        ("2016-tól 2019-ig", "2016-tól 2019"),
        ("Feb 2017 – June | Acme", "Feb 2017 – June"),
    ],
)
def test_bare_end_month_only_where_the_date_ends(written: str, expected: str) -> None:
    assert [found.text for found in find_date_ranges(written, today=TODAY)] == [expected]
