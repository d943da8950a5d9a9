"""Grouping the catalog's tag filters (pure)."""

from __future__ import annotations

from smatrx.skills.tag_groups import group_tags

CATEGORIES = [("databases", "Databases"), ("devops-tools", "DevOps Tools")]


def test_tags_go_under_their_home_category_by_name():
    groups = group_tags(
        [("sql", 9), ("containers", 5), ("nosql", 4)],
        {"sql": "databases", "nosql": "databases", "containers": "devops-tools"},
        CATEGORIES,
    )
    assert [(g.name, g.tags, g.chosen) for g in groups] == [
        ("Databases", [("nosql", 4), ("sql", 9)], 0),
        ("DevOps Tools", [("containers", 5)], 0),
    ]


def test_a_chosen_tag_always_shows_and_opens_its_group():
    groups = group_tags(
        [("sql", 9), ("fresh", 3), ("nosql", 4)],
        {"sql": "databases", "nosql": "databases"},
        CATEGORIES,
        chosen=["sql", "fresh", "rare"],
    )
    assert [(g.name, g.tags, g.chosen) for g in groups] == [
        ("Databases", [("sql", 9), ("nosql", 4)], 1),  # chosen first
        ("Chosen", [("fresh", 3), ("rare", 0)], 2),
    ]


def test_a_tag_without_a_known_home_waits_unless_chosen():
    assert group_tags([("fresh", 3)], {}, CATEGORIES) == []
