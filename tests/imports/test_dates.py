# ruff: noqa: RUF001 - en and em dashes are the data under test, not typos.
from datetime import date

import pytest

from smatrx.imports.dates import DateRange, find_date_ranges, months_between, parse_month_year

TODAY = date(2026, 11, 27)


def only_range(text: str) -> DateRange:
    found = find_date_ranges(text, today=TODAY)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Mar 2017 - Jun 2020", date(2017, 3, 1), date(2020, 6, 1)),
        ("Mar 2017 – Jun 2020", date(2017, 3, 1), date(2020, 6, 1)),  # en dash
        ("Mar 2017 — Jun 2020", date(2017, 3, 1), date(2020, 6, 1)),  # em dash
        ("Mar 2017-Jun 2020", date(2017, 3, 1), date(2020, 6, 1)),
        ("Sept. 2017 -- Jan. 2018", date(2017, 9, 1), date(2018, 1, 1)),
        ("March 2017 to June 2020", date(2017, 3, 1), date(2020, 6, 1)),
        ("March 2017 until June 2020", date(2017, 3, 1), date(2020, 6, 1)),
        ("03/2017–06/2020", date(2017, 3, 1), date(2020, 6, 1)),
        ("3/2017 - 6/2020", date(2017, 3, 1), date(2020, 6, 1)),
        ("03.2017 – 06.2020", date(2017, 3, 1), date(2020, 6, 1)),
        ("2017-03 – 2020-06", date(2017, 3, 1), date(2020, 6, 1)),
        ("2015 - 2018", date(2015, 1, 1), date(2018, 1, 1)),
        ("2015–2018", date(2015, 1, 1), date(2018, 1, 1)),
        ("Mar – Jun 2020", date(2020, 3, 1), date(2020, 6, 1)),
        ("Nov - Feb 2020", date(2019, 11, 1), date(2020, 2, 1)),
        ("Mär 2019 bis Okt 2021", date(2019, 3, 1), date(2021, 10, 1)),
        ("Jun 2020 - Jun 2020", date(2020, 6, 1), date(2020, 6, 1)),
    ],
)
def test_closed_ranges(text: str, start: date, end: date) -> None:
    found = only_range(text)
    assert (found.start, found.end, found.ongoing, found.text) == (start, end, False, text)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # (Indian CVs: "Duration | 16 Jul 2018 to 31 Jul 2021")
        ("16 Jul 2018 to 31 Jul 2021", date(2018, 7, 1), date(2021, 7, 1)),
        ("1st March 2019 - 30th June 2021", date(2019, 3, 1), date(2021, 6, 1)),
    ],
)
def test_a_day_before_each_month_is_dropped(text: str, start: date, end: date) -> None:
    found = only_range(text)
    assert (found.start, found.end, found.ongoing) == (start, end, False)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("2019 – present", date(2019, 1, 1)),
        ("2019 - Present", date(2019, 1, 1)),
        ("Jan 2020 – Now", date(2020, 1, 1)),
        ("Jan 2020 to current", date(2020, 1, 1)),
        ("01/2020 - today", date(2020, 1, 1)),
        ("03.2017 - heute", date(2017, 3, 1)),
        ("2020-01 — PRESENT", date(2020, 1, 1)),
        ("Nov 2026 - present", date(2026, 11, 1)),
    ],
)
def test_ongoing_ranges_end_today(text: str, start: date) -> None:
    found = only_range(text)
    assert (found.start, found.end, found.ongoing) == (start, TODAY, True)


def test_finds_ranges_inside_text_in_order() -> None:
    text = (
        "Staff Engineer, Globex (Jul 2020 - Present)\n"
        "Senior Engineer at Initech, 03/2017–06/2020; before that 2015-2017 freelance."
    )
    found = find_date_ranges(text, today=TODAY)
    assert [r.text for r in found] == ["Jul 2020 - Present", "03/2017–06/2020", "2015-2017"]


def test_a_range_never_spans_lines() -> None:
    assert find_date_ranges("Joined 2019\n- 2020 was busy", today=TODAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "2020 - 2019",  # end before start
        "Jun 2020 - Mar 2020",
        "1850 - 1900",  # before 1950
        "1949 - 1955",
        "2030 - 2031",  # after next year
        "2027 - present",  # starts after today
        "call 555-2019",  # phone numbers
        "+49 30 555-2019",
        "555-2019-2020",
        "Python 3.11",  # version numbers
        "Python 3.11 - 3.12",
        "v1.2015-2016",
        "2015-2018-2020",  # ambiguous run of numbers
        "2019 – presently",
        "Room 2019 to 2020s planning",
        "Order 12019 - 12020",
        "2015 - 12 months of work",
        "",
    ],
)
def test_rejects_nonsense(text: str) -> None:
    assert find_date_ranges(text, today=TODAY) == []


def test_next_year_is_allowed_for_planned_end() -> None:
    found = only_range("Sep 2025 - Jul 2027")
    assert found.end == date(2027, 7, 1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Jan 2020", date(2020, 1, 1)),
        ("January 2020", date(2020, 1, 1)),
        ("jan 2020", date(2020, 1, 1)),
        ("Sept 2020", date(2020, 9, 1)),
        ("2020", date(2020, 1, 1)),
        ("01/2020", date(2020, 1, 1)),
        ("1/2020", date(2020, 1, 1)),
        ("2020-01", date(2020, 1, 1)),
        ("2020-11", date(2020, 11, 1)),
        (" Dec 2019 ", date(2019, 12, 1)),
        ("Dezember 2019", date(2019, 12, 1)),
    ],
)
def test_parse_month_year(value: str, expected: date) -> None:
    assert parse_month_year(value) == expected


@pytest.mark.parametrize("value", ["", "present", "13/2020", "2020-13", "Foo 2020", "20", "3.11"])
def test_parse_month_year_rejects(value: str) -> None:
    assert parse_month_year(value) is None


def test_months_between() -> None:
    assert months_between(date(2017, 3, 1), date(2020, 6, 1)) == 39
    assert months_between(date(2020, 1, 1), date(2020, 1, 31)) == 0
    assert months_between(date(2019, 12, 1), date(2020, 1, 1)) == 1
    assert months_between(date(2020, 6, 1), date(2020, 3, 1)) == -3


def test_since_opens_a_range_only_at_a_line_start_or_after_a_separator() -> None:
    today = date(2026, 12, 5)
    (found,) = find_date_ranges("Since Nov 2022", today=today)
    assert (found.start, found.end, found.ongoing) == (date(2022, 11, 1), today, True)
    (found,) = find_date_ranges("Acme Corp | since 2019", today=today)
    assert found.start == date(2019, 1, 1)
    assert find_date_ranges("Revenue has grown since 2019.", today=today) == []
    assert find_date_ranges("Since 2030", today=today) == []  # not started yet


def test_seasons_are_months() -> None:
    (found,) = find_date_ranges("Spring 2019 – Fall 2021", today=date(2026, 12, 5))
    assert (found.start, found.end) == (date(2019, 3, 1), date(2021, 9, 1))


def test_a_start_with_a_dash_and_nothing_after_is_ongoing() -> None:
    today = date(2026, 12, 5)
    (found,) = find_date_ranges("Security engineer, Acme (2022–)", today=today)
    assert (found.start, found.end, found.ongoing) == (date(2022, 1, 1), today, True)
    (found,) = find_date_ranges("Lead developer — since March 2022", today=today)
    assert found.start == date(2022, 3, 1)


# -- third held-out corpus (issue 17) ---------------------------------------------------------


def test_since_after_a_column_gap_opens_a_range() -> None:
    # A two-column PDF line: the date sits in the right column after a run of spaces.
    today = date(2026, 12, 5)
    (found,) = find_date_ranges("Senior FPGA Engineer, Acme          Since 2021", today=today)
    assert (found.start, found.end, found.ongoing) == (date(2021, 1, 1), today, True)
    (found,) = find_date_ranges("Engineer, Acme\tseit 03.2020", today=today)
    assert found.start == date(2020, 3, 1)
    # one space is prose, not a column
    assert find_date_ranges("The team has grown since 2021", today=today) == []


def test_a_lone_season_in_the_right_column_is_that_term() -> None:
    today = date(2026, 12, 5)
    (found,) = find_date_ranges("Hardware Intern, Acme          Spring 2015", today=today)
    assert (found.start, found.end, found.ongoing) == (date(2015, 3, 1), date(2015, 5, 1), False)
    (found,) = find_date_ranges("Tutor | Winter 2019", today=today)
    assert (found.start, found.end) == (date(2019, 12, 1), date(2020, 2, 1))
    (found,) = find_date_ranges("Summer 2023", today=today)
    assert (found.start, found.end) == (date(2023, 6, 1), date(2023, 8, 1))


@pytest.mark.parametrize(
    "text",
    [
        "Interned in Spring 2015 at a start-up.",  # prose
        "Speaker, DevFest          March 2023",  # a lone month is a moment, not a period
        "Spring 2015 framework upgrade",  # not at the line's end
    ],
)
def test_a_season_or_month_elsewhere_is_no_entry(text: str) -> None:
    assert find_date_ranges(text, today=date(2026, 12, 5)) == []


def test_day_month_year_dates() -> None:
    found = only_range("01.03.2017 – 31.12.2020 | Senior Consultant")
    assert (found.start, found.end) == (date(2017, 3, 1), date(2020, 12, 1))
    assert parse_month_year("15.07.2016") == date(2016, 7, 1)
    assert parse_month_year("32.07.2016") is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Mar 2019 → Jun 2021", date(2019, 3, 1), date(2021, 6, 1)),
        ("Mar 2019 -> Jun 2021", date(2019, 3, 1), date(2021, 6, 1)),
        ("Jan '19 – Mar '21", date(2019, 1, 1), date(2021, 3, 1)),
        ("Sep \u201998 - Jun \u201901", date(1998, 9, 1), date(2001, 6, 1)),
        ("03/19 - 06/21", date(2019, 3, 1), date(2021, 6, 1)),
        ("2019–21", date(2019, 1, 1), date(2021, 1, 1)),
        ("2016 - 19", date(2016, 1, 1), date(2019, 1, 1)),
        ("2019-21", date(2019, 1, 1), date(2021, 1, 1)),
        ("1998–02", date(1998, 1, 1), date(2002, 1, 1)),
    ],
)
def test_short_years_and_arrows(text: str, start: date, end: date) -> None:
    found = only_range(text)
    assert (found.start, found.end) == (start, end)


def test_to_date_is_ongoing() -> None:
    found = only_range("March 2019 to date")
    assert (found.start, found.ongoing) == (date(2019, 3, 1), True)


@pytest.mark.parametrize(
    "text",
    ["2019-12", "2011-12", "24/7 NOC shifts", "Rated 10/10 by users", "Ports 8080-90", "v2019-21"],
)
def test_short_forms_that_are_no_range(text: str) -> None:
    assert find_date_ranges(text, today=TODAY) == []


def test_a_long_run_of_spaces_or_tabs_is_read_in_linear_time() -> None:
    # A gap is taken at its end only; scanning it again from every space made this
    # minutes long.
    import time

    started = time.perf_counter()
    for text in ("x" + " " * 50_000 + "Summer", "\t" * 50_000 + "Since", "|" + " " * 50_000):
        assert find_date_ranges(text, today=TODAY) == []
    (found,) = find_date_ranges("Engineer" + " " * 50_000 + "Since 2021", today=TODAY)
    assert found.start == date(2021, 1, 1)
    assert time.perf_counter() - started < 5


# Résumés in French, Spanish, Italian, Portuguese and Dutch write months and "now" their way.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("janv. 2021 – aujourd'hui", date(2021, 1, 1), TODAY),
        ("janv. 2021 – aujourd’hui", date(2021, 1, 1), TODAY),
        ("sept. 2016 – déc. 2020", date(2016, 9, 1), date(2020, 12, 1)),
        ("avr. 2016 – août 2016", date(2016, 4, 1), date(2016, 8, 1)),
        ("févr. 2019 – à ce jour", date(2019, 2, 1), TODAY),
        ("mar. 2022 – actualidad", date(2022, 3, 1), TODAY),
        ("jun. 2017 – ago. 2018", date(2017, 6, 1), date(2018, 8, 1)),
        ("enero 2015 hasta diciembre 2016", date(2015, 1, 1), date(2016, 12, 1)),
        ("gennaio 2019 - in corso", date(2019, 1, 1), TODAY),
        ("giu 2018 – ott 2019", date(2018, 6, 1), date(2019, 10, 1)),
        ("março 2019 – atual", date(2019, 3, 1), TODAY),
        ("setembro 2014 até dezembro 2016", date(2014, 9, 1), date(2016, 12, 1)),
        ("mrt 2019 - heden", date(2019, 3, 1), TODAY),
        ("mei 2015 tot augustus 2017", date(2015, 5, 1), date(2017, 8, 1)),
        ("2019 - ad oggi", date(2019, 1, 1), TODAY),
        ("mars 2019 - maintenant", date(2019, 3, 1), TODAY),
        ("2018 – a la fecha", date(2018, 1, 1), TODAY),
    ],
)
def test_romance_and_dutch_ranges(text: str, start: date, end: date) -> None:
    found = only_range(text)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    ["Depuis mars 2020", "Desde 2022", "Acme | dal 2019", "Sinds 2021"],
)
def test_foreign_since_on_its_own_is_ongoing(text: str) -> None:
    found = only_range(text)
    assert found.ongoing


@pytest.mark.parametrize(
    "text",
    [
        "Primero en Android nativo y desde 2022 en Flutter.",  # prose, not a date line
        "Il a travaillé en 2019 avec nous.",
        "Ver 2 of the product shipped in 2019",
    ],
)
def test_foreign_words_do_not_make_ranges_in_prose(text: str) -> None:
    assert [r for r in find_date_ranges(text, today=TODAY) if r.ongoing] == []


@pytest.mark.parametrize(
    ("text", "start", "end", "ongoing"),
    [
        # Swedish, Norwegian, Danish
        ("jan. 2022 – nu", date(2022, 1, 1), TODAY, True),
        ("maj 2018 – augusti 2021", date(2018, 5, 1), date(2021, 8, 1), False),
        ("okt 2019 - nå", date(2019, 10, 1), TODAY, True),
        ("des 2015 – mai 2019", date(2015, 12, 1), date(2019, 5, 1), False),
        ("mars 2020 – i dag", date(2020, 3, 1), TODAY, True),
        ("sep 2021 – dags dato", date(2021, 9, 1), TODAY, True),
        # Polish: nominative, genitive and abbreviations
        ("sty 2022 – obecnie", date(2022, 1, 1), TODAY, True),
        ("październik 2016 – lipiec 2019", date(2016, 10, 1), date(2019, 7, 1), False),
        ("września 2017 – grudnia 2020", date(2017, 9, 1), date(2020, 12, 1), False),
        # Czech and Finnish full names
        ("březen 2018 – dosud", date(2018, 3, 1), TODAY, True),
        ("syyskuu 2019 – nyt", date(2019, 9, 1), TODAY, True),
    ],
)
def test_nordic_polish_czech_and_finnish_dates(
    text: str, start: date, end: date, ongoing: bool
) -> None:
    found = only_range(text)
    assert (found.start, found.end, found.ongoing) == (start, end, ongoing)


@pytest.mark.parametrize(
    "text",
    [
        "I led 2019 planning",  # Czech abbreviations are left out: English words
        "pro 2019 - 2020 season",
    ],
)
def test_english_words_are_not_czech_months(text: str) -> None:
    assert all(found.start.month == 1 for found in find_date_ranges(text, today=TODAY))
