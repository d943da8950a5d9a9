"""Skill pages keep tag neighbours in Redis: each test here starts without them."""

import pytest


@pytest.fixture(autouse=True)
def _fresh_tag_neighbours(fresh_tag_neighbours: None) -> None:
    return None
