"""The onboarding wizard: steps saved on submit, skippable after the first, resumed from the
database on any device, swapped in place for HTMX, and the gate in front of other pages."""

from __future__ import annotations

from smatrx.extensions import db
from smatrx.models import Account
from tests.helpers import HX, csrf_for, make_user, profile_of, sign_in


def post_step(client, key, data, *, htmx=True, skip=False):
    token = csrf_for(client, f"/onboarding/{key}")
    headers = {**HX, "X-CSRFToken": token} if htmx else {}
    path = f"/onboarding/{key}" + ("/skip" if skip else "")
    return client.post(path, data={"csrf_token": token, **data}, headers=headers)


def test_sign_in_leads_new_people_to_the_first_step(client, newcomer):
    assert sign_in(client, newcomer.email).headers["Location"] == "/home"
    assert client.get("/home").headers["Location"] == "/onboarding"
    assert client.get("/onboarding").headers["Location"] == "/onboarding/about"
    page = client.get("/onboarding/about").get_data(as_text=True)
    assert "About you" in page and "Step 1 of 5" in page


def test_the_gate_spares_sign_out_and_account_pages(newcomer_client):
    assert newcomer_client.get("/account").status_code == 200
    assert newcomer_client.get("/").headers["Location"] == "/onboarding"
    htmx = newcomer_client.get("/profile", headers=HX)
    assert htmx.status_code == 204
    assert htmx.headers["HX-Redirect"] == "/onboarding"
    response = newcomer_client.post(
        "/logout", data={"csrf_token": csrf_for(newcomer_client, "/account")}
    )
    assert response.headers["Location"] == "/"


def test_an_htmx_request_gets_only_the_wizard(newcomer_client):
    fragment = newcomer_client.get("/onboarding/direction", headers=HX).get_data(as_text=True)
    assert fragment.lstrip().startswith('<section id="wizard"')
    assert "<html" not in fragment
    page = newcomer_client.get("/onboarding/direction").get_data(as_text=True)
    assert "<html" in page and 'id="wizard"' in page


def test_an_invalid_step_shows_errors_and_keeps_what_was_typed(newcomer_client, newcomer):
    response = post_step(
        newcomer_client,
        "about",
        {"title": "<b>Engineer</b>", "years_experience": "51", "career_stage": "intern"},
    )
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "Years of experience must be between 0 and 50" in html
    assert "Invalid career stage" in html
    assert 'value="&lt;b&gt;Engineer&lt;/b&gt;"' in html
    assert profile_of(newcomer).onboarding_steps == {}


def test_a_valid_step_saves_and_moves_on_in_place(newcomer_client, newcomer):
    response = post_step(
        newcomer_client,
        "about",
        {"title": "Engineer", "company": "Acme", "career_stage": "mid", "years_experience": "6"},
    )
    assert response.status_code == 200
    assert response.headers["HX-Push-Url"] == "/onboarding/direction"
    assert "Where you&#39;re heading" in response.get_data(as_text=True)
    profile = profile_of(newcomer)
    assert (profile.title, profile.company, profile.career_stage, profile.years_experience) == (
        "Engineer",
        "Acme",
        "mid",
        6,
    )
    assert profile.onboarding_steps == {"about": "done"}


def test_sign_up_messages_show_on_the_first_step_only(newcomer_client):
    with newcomer_client.session_transaction() as session:
        session["_flashes"] = [("success", "Welcome! Your account is ready.")]
    first = newcomer_client.get("/onboarding/about").get_data(as_text=True)
    assert "Welcome! Your account is ready." in first

    response = post_step(newcomer_client, "about", {"title": "Engineer"})
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith('<section id="wizard"')
    # The region that still shows the welcome is replaced, out of band, by an empty one.
    flashes = html[html.index('id="flashes"') :]
    assert 'hx-swap-oob="true"' in flashes
    assert "Welcome" not in html
    assert '<div class="flash' not in flashes


def test_without_htmx_a_step_redirects(newcomer_client):
    response = post_step(newcomer_client, "about", {"title": "Engineer"}, htmx=False)
    assert response.status_code == 302
    assert response.headers["Location"] == "/onboarding/direction"


def test_every_step_but_the_first_can_be_skipped(newcomer_client, newcomer):
    assert post_step(newcomer_client, "about", {}, skip=True).status_code == 400
    response = post_step(newcomer_client, "salary", {"minimum": "not a number"}, skip=True)
    assert response.status_code == 200
    assert profile_of(newcomer).onboarding_steps == {"salary": "skipped"}
    assert profile_of(newcomer).salary_expectation is None


def test_leaving_and_coming_back_on_another_device_resumes(
    newcomer_client, another_client, newcomer
):
    post_step(newcomer_client, "about", {"title": "Engineer"})
    post_step(newcomer_client, "direction", {}, skip=True)
    sign_in(another_client, newcomer.email)
    assert another_client.get("/onboarding").headers["Location"] == "/onboarding/languages"


def test_finishing_completes_onboarding_and_opens_the_profile(newcomer_client, newcomer):
    post_step(newcomer_client, "about", {"title": "Engineer"})
    post_step(
        newcomer_client,
        "direction",
        {
            "target_role": "Backend Developer",
            "career_timeline": "6months",
            "availability": "full-time",
            "remote_preference": "hybrid",
            "willing_to_relocate": "y",
            "preferred_locations": "Berlin, Lisbon, berlin",
        },
    )
    post_step(
        newcomer_client, "languages", {"languages": "English, German", "industries": "Fintech"}
    )
    post_step(
        newcomer_client, "salary", {"minimum": "60000", "maximum": "80000", "currency": "EUR"}
    )
    response = post_step(newcomer_client, "links", {"github_url": "https://github.com/nia"})
    assert response.status_code == 204
    assert response.headers["HX-Redirect"] == "/profile"

    profile = profile_of(newcomer)
    assert profile.onboarding_completed is True
    assert profile.onboarding_completed_at is not None
    assert profile.preferred_locations == ["Berlin", "Lisbon"]
    assert profile.willing_to_relocate is True
    assert profile.languages == ["English", "German"]
    assert profile.salary_expectation == {"min": 60000, "max": 80000, "currency": "EUR"}
    assert newcomer_client.get("/profile").status_code == 200
    assert newcomer_client.get("/onboarding").headers["Location"] == "/profile"


def test_the_last_step_can_lead_straight_on_to_the_skills(newcomer_client, newcomer):
    post_step(newcomer_client, "about", {"title": "Engineer"})
    for key in ("direction", "languages", "salary"):
        post_step(newcomer_client, key, {}, skip=True)
    page = newcomer_client.get("/onboarding/links").get_data(as_text=True)
    assert 'name="then" value="imports"' in page and 'name="then" value="skills"' in page

    response = post_step(
        newcomer_client, "links", {"website_url": "example.com", "then": "imports"}
    )
    assert response.headers["HX-Redirect"] == "/imports"
    assert profile_of(newcomer).website_url == "https://example.com"
    assert newcomer_client.get("/imports").status_code == 200


def test_an_unknown_destination_after_the_last_step_is_the_profile(newcomer_client):
    post_step(newcomer_client, "about", {"title": "Engineer"})
    for key in ("direction", "languages", "salary"):
        post_step(newcomer_client, key, {}, skip=True)
    response = post_step(newcomer_client, "links", {"then": "https://evil.example"}, htmx=False)
    assert response.headers["Location"] == "/profile"


def test_skipping_an_answered_step_keeps_the_answer(newcomer_client, newcomer):
    post_step(newcomer_client, "about", {"title": "Engineer"})
    post_step(newcomer_client, "languages", {"languages": "English"})
    post_step(newcomer_client, "languages", {}, skip=True)
    assert profile_of(newcomer).onboarding_steps["languages"] == "done"
    assert profile_of(newcomer).languages == ["English"]


def test_unknown_steps_are_not_found(newcomer_client):
    assert newcomer_client.get("/onboarding/hobbies").status_code == 404


def test_the_wizard_starts_from_what_the_provider_said(client, db_session):
    person = make_user("gh@example.com", onboarded=False)
    db.session.add(
        Account(
            user_id=person.id,
            type="oauth",
            provider="github",
            provider_account_id="42",
            profile={
                "location": "Arlington, VA",
                "company": "@navy",
                "bio": "Compilers.",
                "profile_url": "https://github.com/gh",
            },
        )
    )
    db.session.commit()
    sign_in(client, person.email)
    about = client.get("/onboarding/about").get_data(as_text=True)
    assert 'value="Arlington, VA"' in about
    assert 'value="navy"' in about
    assert "Compilers." in about
    links = client.get("/onboarding/links").get_data(as_text=True)
    assert 'value="https://github.com/gh"' in links


def test_target_role_typeahead(newcomer_client):
    html = newcomer_client.get("/profile/suggest/roles?target_role=back", headers=HX).get_data(
        as_text=True
    )
    assert "Backend Developer" in html
    picked = newcomer_client.get(
        "/profile/suggest/role-field?value=Backend+Developer", headers=HX
    ).get_data(as_text=True)
    assert 'value="Backend Developer"' in picked
    assert "<html" not in picked


def test_tag_suggestions_add_to_what_was_typed(newcomer_client):
    html = newcomer_client.get(
        "/profile/suggest/tags/languages?languages=English&add=German", headers=HX
    ).get_data(as_text=True)
    assert 'value="English, German"' in html
    assert "Add German" not in html  # a chosen suggestion is no longer offered
    assert newcomer_client.get("/profile/suggest/tags/hobbies?add=x").status_code == 404


def test_wizard_routes_need_sign_in(client, db_session):
    for path in ("/onboarding", "/onboarding/about", "/profile/suggest/roles"):
        assert client.get(path).headers["Location"].startswith("/login")
