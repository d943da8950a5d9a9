"""/skills/catalog and skill pages, through the test client."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select

from smatrx.extensions import db
from smatrx.models import Skill, UserSkill
from smatrx.models.base import utcnow
from smatrx.stats.refresh import refresh_co_holding
from tests.conftest import free_port
from tests.helpers import HX, catalog_skill, make_skill, make_user, sign_in


def hold(user: Any, *slugs: str, level: str = "intermediate") -> None:
    for slug in slugs:
        db.session.add(
            UserSkill(user_id=user.id, skill=catalog_skill(slug), level=level, source="manual")
        )
    db.session.commit()


def result_names(html: str) -> list[str]:
    return re.findall(r'<h3><a href="/skills/catalog/[^"]+">([^<]+)</a></h3>', html)


# Access ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/skills/catalog", "/skills/catalog/python"])
def test_anonymous_people_are_sent_to_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")
    htmx = client.get(path, headers=HX)
    assert htmx.status_code == 401
    assert htmx.headers["HX-Redirect"].startswith("/login")


# Catalog --------------------------------------------------------------------------------


def test_the_catalog_page_lists_categories_with_counts_and_the_search_box(ada_client):
    response = ada_client.get("/skills/catalog")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<html" in html and "<h1>Skills catalog</h1>" in html
    assert 'hx-trigger="input changed delay:300ms, search"' in html
    assert 'hx-target="#catalog-results"' in html and 'hx-push-url="true"' in html
    assert re.search(r"Programming Languages</span> <span class=\"filter-count\">\d+", html)
    assert "Estimated demand" in html
    assert len(result_names(html)) == 24
    assert "Page 1 of" in html


# Order ----------------------------------------------------------------------------------


def test_the_skills_most_people_here_hold_come_first(ada_client, ada):
    people = [make_user(f"peer{n}@example.com") for n in range(5)]
    for person in people:
        hold(person, "rust")
    hold(people[0], "cobol")
    html = ada_client.get("/skills/catalog").get_data(as_text=True)
    names = result_names(html)
    assert names[:2] == ["Rust", "COBOL"]
    # nobody holds the rest: high estimated demand first, then by name
    rest = [catalog_skill(slug) for slug in ("dotnet", "a-b-testing")]
    assert [skill.market_demand for skill in rest] == ["high", "high"]
    assert names[2:4] == [".NET", "A/B Testing"]
    # five people hold Rust: the count may show; one holds COBOL: it may not
    assert "Held by 5 people here" in html and "Held by 1 " not in html
    assert re.search(r'aria-current="true">Most held</a>', html)


def test_alphabetical_order_is_a_choice_the_links_keep(ada_client):
    html = ada_client.get("/skills/catalog?sort=name&category=databases").get_data(as_text=True)
    names = result_names(html)
    assert names == sorted(names)
    assert re.search(r'aria-current="true">Name \(A\N{EN DASH}Z\)</a>', html)
    next_link = re.search(r'rel="next" href="([^"]+)"', html).group(1)
    assert "sort=name" in next_link and "category=databases" in next_link
    assert 'name="sort" value="name"' in html  # the search box keeps it
    # the default order is not spelled in the URL
    assert "sort=popular" not in ada_client.get("/skills/catalog").get_data(as_text=True)


@pytest.mark.parametrize("sort", ["bogus", "", "NAME", "%3Cscript%3E"])
def test_a_bad_sort_is_the_default_order(ada_client, sort):
    default = result_names(ada_client.get("/skills/catalog").get_data(as_text=True))
    response = ada_client.get(f"/skills/catalog?sort={sort}")
    assert response.status_code == 200
    assert result_names(response.get_data(as_text=True)) == default


def test_a_search_is_ordered_by_best_match(ada_client):
    html = ada_client.get("/skills/catalog?q=kubernets&sort=name").get_data(as_text=True)
    assert result_names(html)[0] == "Kubernetes" and "Best matches first" in html


def test_an_htmx_search_answers_with_the_results_region_only(ada_client):
    response = ada_client.get("/skills/catalog?q=kubernets", headers=HX)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<html" not in html and "<h1>" not in html
    assert html.lstrip().startswith('<div id="catalog-results"')
    assert 'id="catalog-status"' in html and 'hx-swap-oob="true"' in html
    assert result_names(html)[0] == "Kubernetes"
    assert "HX-Request" in response.headers["Vary"]


def test_a_boosted_navigation_gets_the_whole_page(ada_client):
    response = ada_client.get("/skills/catalog?q=go", headers={**HX, "HX-Boosted": "true"})
    assert "<html" in response.get_data(as_text=True)


def test_search_matches_aliases_and_ranks_exact_names_first(ada_client):
    assert (
        result_names(ada_client.get("/skills/catalog?q=golang").get_data(as_text=True))[0] == "Go"
    )
    java = result_names(ada_client.get("/skills/catalog?q=JAVA").get_data(as_text=True))
    assert java[0] == "Java" and "JavaScript" in java


def test_filters_narrow_the_results_and_survive_paging(ada_client):
    html = ada_client.get(
        "/skills/catalog?category=devops-tools&tag=containers&demand=high"
    ).get_data(as_text=True)
    names = result_names(html)
    assert "Kubernetes" in names
    for name in names:
        found = catalog_skill(re.sub(r"\W+", "-", name.lower()).strip("-")) or db.session.scalar(
            select(Skill).where(Skill.name == name)
        )
        assert found.category.slug == "devops-tools"
        assert "containers" in found.tags and found.market_demand == "high"
    assert 'aria-current="true">' in html

    cloud = ada_client.get("/skills/catalog?tag=cloud&q=a").get_data(as_text=True)
    next_link = re.search(r'rel="next" href="([^"]+)"', cloud).group(1).replace("&amp;", "&")
    assert "tag=cloud" in next_link and "q=a" in next_link and "page=2" in next_link
    second = ada_client.get(next_link).get_data(as_text=True)
    assert "Page 2 of" in second
    assert not set(result_names(cloud)) & set(result_names(second))


def test_unknown_filters_are_ignored(ada_client):
    response = ada_client.get("/skills/catalog?category=nope&demand=extreme&page=-4")
    assert response.status_code == 200
    assert len(result_names(response.get_data(as_text=True))) == 24


def test_no_match_says_so(ada_client):
    html = ada_client.get("/skills/catalog?q=qqqqxxxzzz").get_data(as_text=True)
    assert "No skills match “qqqqxxxzzz”" in html and "Nothing to show" in html


def test_the_catalog_marks_skills_you_hold_and_your_proposals(ada_client, ada):
    hold(ada, "python", level="advanced")
    make_skill("Zebrabase", is_published=False, proposed_by_id=ada.id)
    html = ada_client.get("/skills/catalog?q=python").get_data(as_text=True)
    assert "Yours · Advanced" in html
    html = ada_client.get("/skills/catalog?q=zebrabase").get_data(as_text=True)
    assert "Proposed by you" in html


# Skill page -----------------------------------------------------------------------------


def test_a_skill_page_shows_the_skill_and_labels_market_figures_as_estimates(ada_client):
    response = ada_client.get("/skills/catalog/kubernetes")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<h1>Kubernetes</h1>" in html
    assert "container orchestration" in html
    assert "DevOps" in html or "Devops" in html
    assert "#containers" in html and "k8s" in html
    for label in ("Estimated demand", "Estimated salary range", "Estimated growth trend"):
        assert label in html
    assert "120,000\u2013175,000 USD" in html and "+10%" in html
    assert "are estimates for orientation only" in html
    assert "Stack Overflow Developer Survey 2024" in html
    # Plain words: neither the catalog file's field names nor a shouted ESTIMATES.
    assert "ESTIMATES" not in html and "marketDemand" not in html and "growthTrend" not in html
    assert "Nobody here holds Kubernetes yet." in html


def test_a_skill_page_shows_how_holders_levels_spread(ada_client, ada):
    hold(ada, "kubernetes", level="advanced")
    for n, level in enumerate(["beginner", "advanced", "expert", "advanced"]):
        hold(make_user(f"holder{n}@example.com"), "kubernetes", level=level)
    html = ada_client.get("/skills/catalog/kubernetes").get_data(as_text=True)
    assert "<strong>5</strong> people hold Kubernetes." in html
    assert 'role="img"' in html
    assert (
        'aria-label="People holding Kubernetes by level: Beginner 1, Intermediate 0, '
        'Advanced 3, Expert 1"' in html
    )
    assert "In your skills · Advanced" in html


def test_fewer_than_five_holders_show_no_spread(ada_client, ada):
    hold(ada, "kubernetes", level="advanced")
    for n, level in enumerate(["beginner", "expert", "expert"]):
        hold(make_user(f"holder{n}@example.com"), "kubernetes", level=level)
    html = ada_client.get("/skills/catalog/kubernetes").get_data(as_text=True)
    people = html.split('id="people-heading"', 1)[1].split("</section>", 1)[0]
    assert "Fewer than 5 people hold Kubernetes" in people
    assert 'role="img"' not in people and "Expert" not in people and "4" not in people
    assert "In your skills · Advanced" in html


def test_related_skills_share_tags_or_are_held_together(ada_client):
    for n in range(5):
        hold(make_user(f"ops{n}@example.com"), "kubernetes", "terraform")
    html = ada_client.get("/skills/catalog/kubernetes").get_data(as_text=True)
    related = html.split('id="related-heading"', 1)[1]
    assert "Held together by" not in related and "not computed yet" in related

    refresh_co_holding(db.session)  # what the periodic job does
    html = ada_client.get("/skills/catalog/kubernetes").get_data(as_text=True)
    related = html.split('id="related-heading"', 1)[1]
    assert "Terraform</a>" in related and "Held together by 5 people" in related
    assert "Docker</a>" in related and "shared tag" in related
    assert related.count("Terraform</a>") == 1
    assert "updated less than a minute ago (every 15 minutes)" in related


def test_fewer_than_five_people_are_not_a_pattern(ada_client):
    for n in range(4):
        hold(make_user(f"pair{n}@example.com"), "kubernetes", "cobol")
    refresh_co_holding(db.session)
    html = ada_client.get("/skills/catalog/kubernetes").get_data(as_text=True)
    assert "COBOL</a>" not in html.split('id="related-heading"', 1)[1]


def test_unknown_skills_are_not_found(ada_client):
    assert ada_client.get("/skills/catalog/no-such-skill").status_code == 404


def test_a_proposal_is_visible_only_to_its_proposer(ada_client, ada, another_client):
    make_skill("Zebrabase", is_published=False, proposed_by_id=ada.id)
    html = ada_client.get("/skills/catalog/zebrabase").get_data(as_text=True)
    assert "Proposed by you" in html
    make_user("other@example.com")
    sign_in(another_client, "other@example.com")
    assert another_client.get("/skills/catalog/zebrabase").status_code == 404


def test_a_retired_skill_shows_only_to_its_holders(ada_client, ada, another_client):
    retired = make_skill("Zebrabase", retired_at=utcnow())
    make_user("other@example.com")
    sign_in(another_client, "other@example.com")
    assert another_client.get("/skills/catalog/zebrabase").status_code == 404
    assert ada_client.get("/skills/catalog/zebrabase").status_code == 404
    hold(ada, retired.slug)
    html = ada_client.get("/skills/catalog/zebrabase").get_data(as_text=True)
    assert ">Retired<" in html
    assert "Zebrabase" not in ada_client.get("/skills/catalog?q=zebrabase").get_data(as_text=True)


# Statements -----------------------------------------------------------------------------


def _count(client: Any, counter: Any, path: str) -> int:
    client.get(path)  # warm: the session was just touched
    counter.reset()
    assert client.get(path).status_code == 200
    return counter.count


def test_statement_counts_do_not_grow_with_the_number_of_skills(ada_client, ada, statement_counter):
    slugs = list(db.session.scalars(select(Skill.slug).order_by(Skill.name).limit(200)))
    others = [make_user(f"peer{n}@example.com") for n in range(2)]
    hold(ada, *slugs[:5])
    for other in others:
        hold(other, *slugs[:5])
    pages = [
        "/skills/catalog",
        "/skills/catalog?q=script&tag=frontend",
        f"/skills/catalog/{slugs[0]}",
    ]
    ada_client.get("/skills/catalog")  # the tag filters' homes are computed once, then kept
    few = [_count(ada_client, statement_counter, page) for page in pages]

    hold(ada, *slugs[5:])
    for other in others:
        hold(other, *slugs[5:])
    many = [_count(ada_client, statement_counter, page) for page in pages]
    assert few == many, statement_counter.statements
    assert max(many) <= 6, statement_counter.statements


# Tag neighbours kept in Redis -------------------------------------------------------------


def _related(client: Any, slug: str) -> str:
    html = client.get(f"/skills/catalog/{slug}").get_data(as_text=True)
    return html.split('id="related-heading"', 1)[1]


def test_tag_neighbours_are_computed_once_then_kept(ada_client, statement_counter):
    statement_counter.reset()
    cold = _related(ada_client, "kubernetes")
    computed = statement_counter.count
    statement_counter.reset()
    warm = _related(ada_client, "kubernetes")
    assert warm == cold and "Docker</a>" in warm
    assert statement_counter.count == computed - 1  # the neighbours' query is not run again


def test_a_kept_neighbour_retired_since_is_not_shown(ada_client):
    assert "Docker</a>" in _related(ada_client, "kubernetes")
    docker = db.session.scalar(select(Skill).where(Skill.slug == "docker"))
    docker.retired_at = utcnow()
    db.session.commit()
    assert "Docker</a>" not in _related(ada_client, "kubernetes")


def test_tag_neighbours_without_redis_are_computed(ada_client, monkeypatch):
    from redis import Redis

    from smatrx.skills import catalog_routes

    unreachable = Redis(host="127.0.0.1", port=free_port(), socket_connect_timeout=0.2)
    monkeypatch.setattr(catalog_routes, "get_redis", lambda: unreachable)
    assert "Docker</a>" in _related(ada_client, "kubernetes")


# Tag filters ------------------------------------------------------------------------------


@pytest.fixture
def fresh_tag_homes(app):
    """No catalog page sees tag homes another test's (rolled-back) catalog left in Redis."""
    from smatrx.jobs.queue import get_redis
    from smatrx.skills.tag_groups import _KEY

    get_redis(app).delete(_KEY)
    yield
    get_redis(app).delete(_KEY)


def _offered_tag_links(html: str) -> set[str]:
    filters = html.split('id="filter-tags"', 1)[1].split("</aside>", 1)[0]
    return set(re.findall(r'href="/skills/catalog\?tag=([^"&]+)"', filters))


def test_every_tag_on_three_skills_or_more_is_offered_grouped(ada_client, fresh_tag_homes):
    from urllib.parse import unquote_plus

    from smatrx.models.stats import TagStat

    html = ada_client.get("/skills/catalog").get_data(as_text=True)
    offered = {unquote_plus(tag) for tag in _offered_tag_links(html)}
    kept = dict(db.session.execute(select(TagStat.tag, TagStat.skills)).all())
    assert offered == {tag for tag, skills in kept.items() if skills >= 3}
    assert len(offered) > 100  # not the two dozen most used only
    # grouped by category, each a collapsed group with its number of tags
    assert html.count('<details class="tag-group" >') == 7
    assert re.search(
        r'<span class="tag-group-name">Databases</span>\s*<span class="filter-count">\d+', html
    )
    # each tag with the number of skills that carry it
    containers = kept["containers"]
    assert f">containers <small>{containers}</small></a>" in html


def test_a_chosen_tag_opens_its_group_and_stays_offered(ada_client, fresh_tag_homes):
    html = ada_client.get("/skills/catalog?tag=containers").get_data(as_text=True)
    assert html.count('<details class="tag-group" open>') == 1
    opened = html.split('<details class="tag-group" open>', 1)[1].split("</details>", 1)[0]
    assert 'aria-current="true"' in opened and "Remove tag </span>containers" in opened
    # a rare tag chosen by URL stays visible, so it can be taken off
    rare = ada_client.get("/skills/catalog?tag=zzz-nowhere").get_data(as_text=True)
    assert "Remove tag </span>zzz-nowhere" in rare


def test_a_tag_on_three_new_skills_is_offered(ada_client, fresh_tag_homes):
    for n in range(3):
        make_skill(f"Zebra {n}", tags=["zebraware"])
    html = ada_client.get("/skills/catalog").get_data(as_text=True)
    assert "zebraware" in _offered_tag_links(html)


# Categories -------------------------------------------------------------------------------

MESSAGE_BROKERS = ("apache-kafka", "rabbitmq", "apache-activemq", "apache-pulsar", "nats", "ibm-mq")


def test_message_brokers_are_not_filed_under_databases(ada_client):
    for slug in MESSAGE_BROKERS:
        assert catalog_skill(slug).category.slug == "devops-tools", slug
    html = ada_client.get("/skills/catalog?category=databases&q=kafka").get_data(as_text=True)
    assert "Apache Kafka" not in result_names(html)
    # office and project tools sit with the everyday tools, data orchestrators with data
    assert catalog_skill("microsoft-excel").category.slug == "soft-skills"
    assert catalog_skill("slack").category.slug == "soft-skills"
    assert catalog_skill("apache-airflow").category.slug == "databases"


def test_an_existing_install_gets_the_corrected_categories_on_the_next_seed(db_session):
    from smatrx.models import SkillCategory
    from smatrx.models.stats import CategoryStat
    from smatrx.seed.loader import load_catalog

    databases = db_session.scalar(select(SkillCategory).where(SkillCategory.slug == "databases"))
    kafka = catalog_skill("apache-kafka")
    kafka.category = databases  # as the catalog before this release filed it
    db_session.commit()
    before = db_session.scalar(
        select(CategoryStat.skills).where(CategoryStat.category_id == databases.id)
    )
    load_catalog()
    db_session.expire_all()
    assert catalog_skill("apache-kafka").category.slug == "devops-tools"
    after = db_session.scalar(
        select(CategoryStat.skills).where(CategoryStat.category_id == databases.id)
    )
    assert after == before - 1  # the kept per-category counts follow
