"""Every validation rule of the profile sections, at its boundaries (the seed's rules and
messages, bounds on texts and lists), checked on the forms themselves."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict

from smatrx.models.choices import AVAILABILITY, CAREER_STAGES, CAREER_TIMELINES, REMOTE_PREFERENCES
from smatrx.profile.forms import (
    AboutForm,
    DirectionForm,
    LanguagesForm,
    LinksForm,
    SalaryForm,
    complete_web_address,
)
from smatrx.text import clean_list


def check(app, form_class, data: dict) -> dict[str, list[str]]:
    with app.test_request_context(method="POST", data=MultiDict(data)):
        form = form_class(meta={"csrf": False})
        form.validate()
        return form.errors


@pytest.mark.parametrize(("years", "ok"), [("-1", False), ("0", True), ("50", True), ("51", False)])
def test_years_of_experience_between_0_and_50(app, years, ok):
    errors = check(app, AboutForm, {"years_experience": years})
    if ok:
        assert errors == {}
    else:
        assert errors["years_experience"] == ["Years of experience must be between 0 and 50"]


def test_years_must_be_a_whole_number(app):
    assert check(app, AboutForm, {"years_experience": "ten"})["years_experience"] == [
        "Enter a whole number."
    ]


@pytest.mark.parametrize("stage", [*CAREER_STAGES, ""])
def test_every_career_stage_is_accepted(app, stage):
    assert check(app, AboutForm, {"career_stage": stage}) == {}


def test_an_unknown_career_stage_is_invalid(app):
    assert check(app, AboutForm, {"career_stage": "intern"})["career_stage"] == [
        "Invalid career stage"
    ]


@pytest.mark.parametrize(
    ("field", "values", "message"),
    [
        ("career_timeline", CAREER_TIMELINES, "Invalid career timeline"),
        ("availability", AVAILABILITY, "Invalid availability"),
        ("remote_preference", REMOTE_PREFERENCES, "Invalid remote preference"),
    ],
)
def test_direction_enumerations(app, field, values, message):
    for value in values:
        assert check(app, DirectionForm, {field: value}) == {}
    assert check(app, DirectionForm, {field: "sometimes"})[field] == [message]


@pytest.mark.parametrize(
    ("form_class", "field", "limit"),
    [
        (AboutForm, "title", 120),
        (AboutForm, "company", 120),
        (AboutForm, "location", 120),
        (AboutForm, "bio", 2000),
        (DirectionForm, "target_role", 120),
    ],
)
def test_text_lengths_are_bounded(app, form_class, field, limit):
    assert check(app, form_class, {field: "x" * limit}) == {}
    assert check(app, form_class, {field: "x" * (limit + 1)})[field] == [
        f"Use at most {limit} characters."
    ]


def test_script_tags_are_just_text(app):
    assert check(app, AboutForm, {"bio": "<script>alert(1)</script>"}) == {}


@pytest.mark.parametrize(
    ("field", "limit", "noun"), [("languages", 20, "languages"), ("industries", 20, "industries")]
)
def test_lists_are_bounded(app, field, limit, noun):
    items = ", ".join(f"Item {i}" for i in range(limit))
    assert check(app, LanguagesForm, {field: items}) == {}
    too_many = ", ".join(f"Item {i}" for i in range(limit + 1))
    assert check(app, LanguagesForm, {field: too_many})[field] == [f"Add at most {limit} {noun}."]
    assert "Keep each entry" in check(app, LanguagesForm, {field: "x" * 81})[field][0]


def test_preferred_locations_are_bounded(app):
    eleven = ", ".join(f"City {i}" for i in range(11))
    assert check(app, DirectionForm, {"preferred_locations": eleven})["preferred_locations"] == [
        "Add at most 10 locations."
    ]


def test_tags_are_trimmed_and_deduplicated():
    assert clean_list(["  English", "english ", "", "Mandarin   Chinese", "German"]) == [
        "English",
        "Mandarin Chinese",
        "German",
    ]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"minimum": "0", "currency": "EUR"}, "minimum", "between 1 and 10,000,000"),
        ({"maximum": "10000001", "currency": "EUR"}, "maximum", "between 1 and 10,000,000"),
        ({"minimum": "-5", "currency": "EUR"}, "minimum", "between 1 and 10,000,000"),
        ({"minimum": "80000", "maximum": "60000", "currency": "EUR"}, "maximum", "cannot be less"),
        ({"minimum": "80000"}, "currency", "Choose the currency"),
        ({"currency": "EUR"}, "minimum", "Enter a minimum, a maximum or both."),
        ({"minimum": "1", "currency": "XXX"}, "currency", "Choose a currency from the list."),
    ],
)
def test_salary_rules(app, data, field, message):
    assert message in check(app, SalaryForm, data)[field][0]


def test_salary_accepts_equal_bounds_and_is_optional(app):
    assert check(app, SalaryForm, {"minimum": "60000", "maximum": "60000", "currency": "EUR"}) == {}
    assert check(app, SalaryForm, {}) == {}


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.linkedin.com/in/grace", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("ftp://example.com/file", False),
        ("example.com", True),  # completed to https://example.com (see below)
        ("data:text/html,<script>alert(1)</script>", False),
        ("mailto:grace@example.com", False),
        ("example .com/me", False),
        ("grace", False),
        ("https://", False),
        ("https://" + "a" * 300 + ".com", False),
    ],
)
def test_links_are_http_or_https_only(app, url, ok):
    errors = check(app, LinksForm, {"linkedin_url": url})
    assert (errors == {}) is ok


@pytest.mark.parametrize(
    ("typed", "completed"),
    [
        ("example.com/me", "https://example.com/me"),
        ("  www.linkedin.com/in/grace ", "https://www.linkedin.com/in/grace"),
        ("github.com/grace?tab=repositories", "https://github.com/grace?tab=repositories"),
        ("example.com:8080/me", "https://example.com:8080/me"),
        ("//example.com/me", "https://example.com/me"),
        ("http://example.com", "http://example.com"),
        ("HTTPS://Example.com", "HTTPS://Example.com"),
        ("javascript:alert(1)", "javascript:alert(1)"),
        ("data:text/html,hi", "data:text/html,hi"),
        ("grace", "grace"),
        ("", ""),
        (None, None),
    ],
)
def test_a_web_address_without_a_scheme_is_completed(typed, completed):
    assert complete_web_address(typed) == completed


@pytest.mark.parametrize("field", ["linkedin_url", "github_url", "website_url"])
def test_every_link_field_completes_what_was_typed(app, field):
    with app.test_request_context(method="POST", data=MultiDict({field: "example.com/grace"})):
        form = LinksForm(meta={"csrf": False})
        assert form.validate(), form.errors
        assert getattr(form, field).data == "https://example.com/grace"
