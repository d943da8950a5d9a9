"""Whose technology a mention is: the rules found with the eighteenth to twentieth held-out
corpora, used after their first score. A Korean development house as the subject."""

from __future__ import annotations

import pytest

from tests.imports.catalog import catalog_matcher, own_and_theirs


def _theirs_not_own(text: str, name: str) -> None:
    own, theirs = own_and_theirs(catalog_matcher(), text)
    assert name in theirs
    assert name not in own


def _own(text: str, name: str) -> None:
    own, theirs = own_and_theirs(catalog_matcher(), text)
    assert name in own
    assert name not in theirs


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # "the shop system is Java code that an outside development house wrote"
        ("- 쇼핑몰 시스템은 외부 개발사가 작성한 Java 코드이며, 저는 서버만 운영", "Java"),
        # "the billing module is Ruby code the outsourcer delivers"
        ("- 과금 모듈은 외주사가 납품하는 Ruby 코드로, 배포만 담당", "Ruby"),
    ],
)
def test_a_korean_development_house_as_the_subject(text: str, theirs: str) -> None:
    _theirs_not_own(text, theirs)


def test_the_persons_own_korean_code_stays_theirs_own() -> None:
    # "I wrote the settlement batch in Java"
    _own("- 정산 배치를 Java로 개발했습니다", "Java")
