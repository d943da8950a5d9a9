"""/profile: the page with its avatar, each section edited in place with HTMX (and the same
URLs as whole pages without it), the wizard's rules, sign-in required, and a number of
statements that does not grow with the data."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

from smatrx.extensions import db
from smatrx.models import Profile, User
from smatrx.profile.display import display_url, format_salary, format_years
from smatrx.profile.routes import initials
from smatrx.profile.steps import STEPS
from tests.helpers import HX, csrf_for, profile_of

SECTION_KEYS = [step.key for step in STEPS]
TITLES = {step.key: step.title for step in STEPS}

VALID = {
    "about": {
        "title": "Staff Engineer",
        "company": "Acme",
        "location": "Berlin",
        "bio": "I build data pipelines.",
        "career_stage": "senior",
        "years_experience": "12",
    },
    "direction": {
        "target_role": "Engineering Manager",
        "career_timeline": "6months",
        "availability": "full-time",
        "remote_preference": "hybrid",
        "willing_to_relocate": "y",
        "preferred_locations": "Lisbon, Remote (EU)",
    },
    "languages": {"languages": "English, German", "industries": "Fintech, Energy"},
    "salary": {"minimum": "50000", "maximum": "70000", "currency": "EUR"},
    "links": {
        "linkedin_url": "https://www.linkedin.com/in/ada",
        "github_url": "https://github.com/ada",
        "website_url": "https://ada.dev/",
    },
}
# What each section's view shows once VALID is saved (labels, not stored values).
SHOWN = {
    "about": ["Staff Engineer", "Acme", "Berlin", "I build data pipelines.", "Senior", "12 years"],
    "direction": [
        "Engineering Manager",
        "Within 6 months",
        "Full-time",
        "Hybrid",
        "Open to relocating",
        "Lisbon",
        "Remote (EU)",
    ],
    "languages": ["English", "German", "Fintech", "Energy"],
    "salary": ["50,000\N{EN DASH}70,000 EUR per year"],
    "links": ["linkedin.com/in/ada", "github.com/ada", "ada.dev"],
}


def _fill(user: User, **values) -> Profile:
    profile = profile_of(user)
    for name, value in values.items():
        setattr(profile, name, value)
    db.session.commit()
    return profile


def _post(client, section, data, *, htmx=True):
    token = csrf_for(client, "/profile")
    if htmx:
        return client.post(f"/profile/{section}", data=data, headers={**HX, "X-CSRFToken": token})
    return client.post(f"/profile/{section}", data={"csrf_token": token, **data})


def _section(html: str, key: str) -> str:
    """The markup of one section card."""
    start = html.index(f'<section id="section-{key}"')
    return html[start : html.index("</section>", start)]


def _error_of(html: str, field: str) -> str:
    match = re.search(rf'<div class="field-error" id="{field}-error">(.*?)</div>', html, re.S)
    assert match, f"no error shown for {field}"
    return match.group(1)


# The page ------------------------------------------------------------------------------


def test_the_page_shows_every_section_with_an_edit_button(ada_client):
    response = ada_client.get("/profile")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<title>Your profile · " in html
    for key in SECTION_KEYS:
        card = _section(html, key)
        title = escape(TITLES[key])
        assert f'<h2 id="section-{key}-title" class="card-title">{title}</h2>' in card
        assert f'aria-label="Edit {title}"' in card
        assert f'href="/profile/{key}/edit#section-{key}"' in card
        assert f'hx-get="/profile/{key}/edit"' in card
        assert f'hx-target="#section-{key}"' in card and 'hx-swap="outerHTML"' in card
        assert "autofocus" not in card  # nothing grabs focus on a plain page load
    # A new profile: every section invites the person to fill it in.
    assert html.count("Not filled in yet.") == len(SECTION_KEYS)
    assert "0 of 5" in html


def test_the_page_shows_what_the_profile_holds(ada_client, ada):
    _fill(
        ada,
        title="Staff Engineer",
        company="Acme",
        location="Berlin",
        bio="Line one.\nLine two.",
        career_stage="senior",
        years_experience=0,
        target_role="Engineering Manager",
        career_timeline="6months",
        availability="full-time",
        remote_preference="onsite",
        preferred_locations=["Lisbon"],
        languages=["English", "German"],
        industries=["Fintech"],
        salary_expectation={"min": 50000, "max": 70000, "currency": "EUR"},
        github_url="https://github.com/ada",
    )
    html = ada_client.get("/profile").get_data(as_text=True)
    header = html[
        html.index('id="profile-header"') : html.index("</header>", html.index("profile-header"))
    ]
    assert "<h1>Ada Lovelace</h1>" in header
    assert 'Staff Engineer <span class="muted">at</span> Acme' in header
    assert "Berlin" in header and "5 of 5" in header
    about = _section(html, "about")
    assert "Line one.\nLine two." in about and "Senior" in about and "Less than a year" in about
    direction = _section(html, "direction")
    assert "Within 6 months" in direction and "Full-time" in direction and "On-site" in direction
    assert '<li class="badge badge-accent">Lisbon</li>' in direction
    languages = _section(html, "languages")
    assert '<li class="badge badge-accent">German</li>' in languages
    assert "50,000\N{EN DASH}70,000 EUR per year" in _section(html, "salary")
    links = _section(html, "links")
    assert '<a href="https://github.com/ada" rel="nofollow noopener" target="_blank"' in links
    assert "github.com/ada" in links and "linkedin" not in links.lower()
    assert "Not filled in yet." not in html


def test_the_avatar_is_the_provider_picture(ada_client, ada):
    ada.image = "https://avatars.example.com/u/1.png"
    db.session.commit()
    html = ada_client.get("/profile").get_data(as_text=True)
    assert re.search(r'<img class="avatar" src="https://avatars.example.com/u/1.png" alt=""', html)
    assert "avatar-initials" not in html


@pytest.mark.parametrize(
    ("name", "image", "expected"),
    [
        ("Ada Lovelace", None, "AL"),
        ("ada  king lovelace", None, "AL"),
        ("Ada", None, "A"),
        (None, None, "A"),  # from ada@example.com
        ("Ada Lovelace", "javascript:alert(1)", "AL"),  # not a web address: initials
    ],
)
def test_without_a_picture_the_avatar_is_initials(ada_client, ada, name, image, expected):
    ada.name, ada.image = name, image
    db.session.commit()
    html = ada_client.get("/profile").get_data(as_text=True)
    assert re.search(
        rf'<span class="avatar avatar-initials avatar-c[0-5]" aria-hidden="true">{expected}</span>',
        html,
    )
    assert '<img class="avatar"' not in html and "javascript:" not in html
    assert f"<h1>{name or 'ada'}</h1>" in html


def test_initials_helper():
    assert initials(User(id="x", name="grace brewster hopper", email=None)) == "GH"
    assert initials(User(id="x", name="  ", email="_zoe@example.com")) == "Z"
    assert initials(User(id="x", name=None, email=None)) == "?"


def test_what_people_typed_is_escaped(ada_client, ada):
    ada.name = "<b>Ada</b>"
    db.session.commit()
    _fill(
        ada,
        title="<script>alert('title')</script>",
        company="<i>Acme</i>",
        bio="<script>alert('bio')</script>",
        languages=["<img src=x onerror=alert(1)>"],
    )
    html = ada_client.get("/profile").get_data(as_text=True)
    assert "<script>alert(" not in html and "<img src=x" not in html
    assert "<b>Ada</b>" not in html and "<i>Acme</i>" not in html
    assert "&lt;script&gt;alert(&#39;bio&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Ada&lt;/b&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_formatting_helpers():
    assert format_salary({"min": 50000, "max": 70000, "currency": "EUR"}) == (
        "50,000\N{EN DASH}70,000 EUR per year"
    )
    assert format_salary({"min": 50000, "max": None, "currency": "USD"}) == (
        "From 50,000 USD per year"
    )
    assert format_salary({"min": None, "max": 9000, "currency": "GBP"}) == (
        "Up to 9,000 GBP per year"
    )
    assert format_salary({"min": 60000, "max": 60000, "currency": "CHF"}) == ("60,000 CHF per year")
    assert format_salary(None) is None and format_salary({}) is None
    assert [format_years(n) for n in (None, 0, 1, 7)] == [
        None,
        "Less than a year",
        "1 year",
        "7 years",
    ]
    assert display_url("https://www.linkedin.com/in/ada/") == "linkedin.com/in/ada"


# Fragments ------------------------------------------------------------------------------


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_view_fragment_for_htmx_and_a_redirect_without(ada_client, key):
    response = ada_client.get(f"/profile/{key}", headers=HX)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith(f'<section id="section-{key}"') and "<html" not in html
    # Back from the form (Cancel), focus goes to the Edit button.
    assert re.search(rf'aria-label="Edit {re.escape(escape(TITLES[key]))}" autofocus', html)
    assert "Vary" in response.headers and "HX-Request" in response.headers["Vary"]

    response = ada_client.get(f"/profile/{key}")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/profile#section-{key}"


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_edit_fragment_for_htmx_and_the_whole_page_without(ada_client, key):
    response = ada_client.get(f"/profile/{key}/edit", headers=HX)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith(f'<section id="section-{key}"') and "<html" not in html
    assert 'class="card profile-section profile-section-' + key + ' is-editing"' in html
    assert f'<form method="post" action="/profile/{key}"' in html
    assert f'hx-post="/profile/{key}" hx-target="#section-{key}" hx-swap="outerHTML"' in html
    assert 'name="csrf_token"' in html
    title = escape(TITLES[key])
    assert f'aria-label="Save {title}"' in html
    assert f'aria-label="Cancel editing {title}"' in html
    assert f'hx-get="/profile/{key}"' in html and f'href="/profile#section-{key}"' in html
    assert html.count("autofocus") == 1  # the first field
    for name in VALID[key]:
        assert f'name="{name}"' in html

    response = ada_client.get(f"/profile/{key}/edit")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "<html" in page and f"<title>Edit {title} · Your profile" in page
    assert page.count('<form method="post" action="/profile/') == 1
    assert "is-editing" in _section(page, key)
    for other in SECTION_KEYS:
        if other != key:
            assert "is-editing" not in _section(page, other)


def test_the_form_is_prefilled(ada_client, ada):
    _fill(
        ada,
        title="Staff Engineer",
        career_stage="lead",
        years_experience=9,
        languages=["English", "German"],
        salary_expectation={"min": 50000, "max": 70000, "currency": "EUR"},
        linkedin_url="https://www.linkedin.com/in/ada",
    )
    about = ada_client.get("/profile/about/edit", headers=HX).get_data(as_text=True)
    assert 'value="Staff Engineer"' in about and 'value="9"' in about
    assert '<option selected value="lead">' in about
    assert "autofocus" in re.search(r'<input[^>]*\bid="title"[^>]*>', about).group(0)
    languages = ada_client.get("/profile/languages/edit", headers=HX).get_data(as_text=True)
    assert 'value="English, German"' in languages
    salary = ada_client.get("/profile/salary/edit", headers=HX).get_data(as_text=True)
    assert 'value="50000"' in salary and '<option selected value="EUR">' in salary
    links = ada_client.get("/profile/links/edit", headers=HX).get_data(as_text=True)
    assert 'value="https://www.linkedin.com/in/ada"' in links


# Saving ---------------------------------------------------------------------------------


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_a_valid_save_returns_the_section_and_a_toast(ada_client, ada, key):
    response = _post(ada_client, key, VALID[key])
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith(f'<section id="section-{key}"')
    card = _section(html, key)
    assert "is-editing" not in card and "Not filled in yet." not in card
    for text in SHOWN[key]:
        assert escape(text) in card, text
    assert re.search(r'aria-label="Edit [^"]+" autofocus', card)
    assert (
        '<div hx-swap-oob="beforeend:#toasts"><div class="flash flash-success toast" '
        'role="status"><p>Saved.</p></div></div>'
    ) in html
    assert '<header id="profile-header" class="profile-header" hx-swap-oob="true">' in html
    assert "1 of 5" in html


def test_saves_reach_the_database(ada_client, ada):
    for key in SECTION_KEYS:
        assert _post(ada_client, key, VALID[key]).status_code == 200
    profile = profile_of(ada)
    assert (profile.title, profile.company, profile.location) == (
        "Staff Engineer",
        "Acme",
        "Berlin",
    )
    assert (profile.career_stage, profile.years_experience) == ("senior", 12)
    assert profile.target_role == "Engineering Manager" and profile.career_timeline == "6months"
    assert (profile.availability, profile.remote_preference) == ("full-time", "hybrid")
    assert profile.willing_to_relocate is True
    assert profile.preferred_locations == ["Lisbon", "Remote (EU)"]
    assert profile.languages == ["English", "German"]
    assert profile.industries == ["Fintech", "Energy"]
    assert profile.salary_expectation == {"min": 50000, "max": 70000, "currency": "EUR"}
    assert profile.linkedin_url == "https://www.linkedin.com/in/ada"
    assert profile.website_url == "https://ada.dev/"
    html = ada_client.get("/profile").get_data(as_text=True)
    assert "5 of 5" in html and "Not filled in yet." not in html


def test_clearing_a_section_empties_it(ada_client, ada):
    _fill(ada, languages=["English"], industries=["Fintech"])
    response = _post(ada_client, "languages", {"languages": "", "industries": ""})
    assert response.status_code == 200
    assert "Not filled in yet." in response.get_data(as_text=True)
    profile = profile_of(ada)
    assert profile.languages == [] and profile.industries == []


def test_without_javascript_a_save_redirects_with_a_flash(ada_client, ada):
    response = _post(ada_client, "about", VALID["about"], htmx=False)
    assert response.status_code == 302
    assert response.headers["Location"] == "/profile#section-about"
    assert profile_of(ada).title == "Staff Engineer"
    page = ada_client.get("/profile").get_data(as_text=True)
    assert "Your changes to “About you” are saved." in page
    assert "Staff Engineer" in _section(page, "about")


INVALID = [
    pytest.param(
        "about",
        {"title": "Typed title", "years_experience": "51"},
        "years_experience",
        "Years of experience must be between 0 and 50",
        ['value="51"', 'value="Typed title"'],
        id="years-over-50",
    ),
    pytest.param(
        "about",
        {"title": "Typed title", "career_stage": "intern"},
        "career_stage",
        "Invalid career stage",
        ['value="Typed title"'],
        id="unknown-career-stage",
    ),
    pytest.param(
        "salary",
        {"minimum": "70000", "maximum": "50000", "currency": "EUR"},
        "maximum",
        "The maximum cannot be less than the minimum.",
        ['value="70000"', 'value="50000"', '<option selected value="EUR">'],
        id="salary-max-below-min",
    ),
    pytest.param(
        "links",
        {"linkedin_url": "javascript:alert(1)", "github_url": "https://github.com/ada"},
        "linkedin_url",
        "Enter a full web address starting with https:// or http://.",
        ['value="javascript:alert(1)"', 'value="https://github.com/ada"'],
        id="javascript-url",
    ),
    pytest.param(
        "languages",
        {"languages": ", ".join(f"Language {n}" for n in range(21)), "industries": "Fintech"},
        "languages",
        "Add at most 20 languages.",
        ["Language 0, Language 1", "Language 20", 'value="Fintech"'],
        id="21-languages",
    ),
    pytest.param(
        "direction",
        {"target_role": "Manager", "availability": "sometimes"},
        "availability",
        "Invalid availability",
        ['value="Manager"'],
        id="unknown-availability",
    ),
]


@pytest.mark.parametrize(("key", "data", "field", "message", "kept"), INVALID)
def test_an_invalid_save_shows_the_errors_and_keeps_what_was_typed(
    ada_client, ada, key, data, field, message, kept
):
    before = {
        column: getattr(profile_of(ada), column)
        for column in (
            *("title", "years_experience", "career_stage", "salary_expectation"),
            *("linkedin_url", "languages", "industries", "target_role", "availability"),
        )
    }
    response = _post(ada_client, key, data)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith(f'<section id="section-{key}"') and "<html" not in html
    assert "Saved." not in html
    assert message in _error_of(html, field)
    # The error sits with its field, which is marked invalid and takes the focus.
    control = re.search(rf'<(?:input|select|textarea)[^>]*\bid="{field}"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in control and f"{field}-error" in control
    assert "autofocus" in control and html.count("autofocus") == 1
    for text in kept:
        assert text in html, text
    after = {column: getattr(profile_of(ada), column) for column in before}
    assert after == before

    # Without JavaScript: the whole page, the section in edit mode with the same errors.
    response = _post(ada_client, key, data, htmx=False)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "<html" in page and "is-editing" in _section(page, key)
    assert message in _error_of(page, field)


def test_an_htmx_save_needs_the_csrf_token(ada_client, ada):
    response = ada_client.post("/profile/about", data=VALID["about"], headers=HX)
    assert response.status_code == 400
    assert profile_of(ada).title is None


# Access ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/profile/nope"), ("get", "/profile/nope/edit"), ("post", "/profile/nope")],
)
def test_an_unknown_section_is_404(ada_client, method, path):
    token = csrf_for(ada_client, "/profile")
    response = getattr(ada_client, method)(path, headers={"X-CSRFToken": token})
    assert response.status_code == 404


ROUTES = [
    ("get", "/profile"),
    ("get", "/profile/about"),
    ("get", "/profile/links/edit"),
    ("post", "/profile/salary"),
]


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_anonymous_people_are_sent_to_sign_in(client, method, path):
    token = csrf_for(client, "/login")
    response = getattr(client, method)(path, data={"csrf_token": token, **VALID["salary"]})
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_anonymous_htmx_requests_redirect_the_whole_browser(client, method, path):
    token = csrf_for(client, "/login")
    response = getattr(client, method)(
        path, data=VALID["salary"], headers={**HX, "X-CSRFToken": token}
    )
    assert response.status_code == 401
    assert response.headers["HX-Redirect"].startswith("/login")


# Statements -----------------------------------------------------------------------------


def test_the_page_issues_a_constant_number_of_statements(ada_client, ada, statement_counter):
    _fill(ada, languages=["English"], industries=["Fintech"], preferred_locations=["Lisbon"])
    ada_client.get("/profile")  # warm: the session was just touched by signing in
    statement_counter.reset()
    assert ada_client.get("/profile").status_code == 200
    few = statement_counter.count

    _fill(
        ada,
        languages=[f"Language {n}" for n in range(20)],
        industries=[f"Industry {n}" for n in range(20)],
        preferred_locations=[f"City {n}" for n in range(10)],
    )
    statement_counter.reset()
    html = ada_client.get("/profile").get_data(as_text=True)
    assert "Language 19" in html
    many = statement_counter.count
    assert few == many, statement_counter.statements
    # the profile, then the summary's four (top skills, levels, goals, badges)
    assert many <= 6, statement_counter.statements


CHOICES = {
    "about": ["career_stage"],
    "direction": ["career_timeline", "availability", "remote_preference"],
}


@pytest.mark.parametrize(
    ("section", "name"), [(section, name) for section, names in CHOICES.items() for name in names]
)
@pytest.mark.parametrize("value", ["", "   ", "\t\n", "not-a-choice"])
def test_every_optional_choice_is_null_when_blank_and_refused_outside_its_list(
    ada_client, ada, section, name, value
):
    response = _post(ada_client, section, {**VALID[section], name: value})
    if value.strip():
        assert response.status_code == 422
    else:
        assert response.status_code == 200
        assert getattr(profile_of(ada), name) is None
