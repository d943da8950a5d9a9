"""The reader's rules found with the thirteenth held-out corpus (issue 17): quoted names in
single quotes and CJK brackets, titles a document quotes once, events, organisations named
by an apposition, referees' lines, a certification's issuer."""

from __future__ import annotations

import pytest

from tests.imports.catalog import catalog_matcher, names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- 당일배송 서비스 'Express' 주문 데이터를 포함해 확장", "Express"),
        ("- 新サービス「Express」の注文データ", "Express"),
        (
            'Gameplay en Unity para "Astro Gaucho", un runner.\nAstro Gaucho (2023) - Google Play',
            "Astro",
        ),
        ("Mostramos la demo en la Expo EVA 2023 (Exposición de Videojuegos).", "Expo"),
        ("Founding member of Spark, a STEM mentoring programme for schools.", "Apache Spark"),
        ("Mr. Tan Wei Ming, Head of IT (Kafka team lead), +65 6123 4567", "Apache Kafka"),
        (
            "\u0e04\u0e38\u0e13\u0e27\u0e34\u0e20\u0e32 (Mocha) "
            "\u0e1c\u0e39\u0e49\u0e08\u0e31\u0e14\u0e01\u0e32\u0e23",
            "Mocha",
        ),
        ("Presto atención a los clientes del banco.", "Presto"),
    ],
)
def test_names_that_are_not_the_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Built the shop's Express and Node.js APIs.", "Express"),
        ("- «Budgets without locks on Akka Streams» - Scala UA, 2021", "Akka"),
        ("Reports in Microsoft Excel 2016 and Power BI.", "Microsoft Excel"),
        ("Queries in Presto and Trino over the lake.", "Presto"),
        ("Stream jobs in Spark, a few in Flink.", "Apache Spark"),
    ],
)
def test_the_same_names_as_technologies(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("・LoRaWANによる検針データ送信、ゲートウェイ経由のMQTT連携", "LoRaWAN"),
        ("・LoRaWANによる検針データ送信、ゲートウェイ経由のMQTT連携", "MQTT"),
        ("・Pythonとpytestによる実機試験の自動化", "pytest"),
        ("- Spark로 일 1억 건 처리", "Apache Spark"),
        ("- 使用Kafka处理订单事件", "Apache Kafka"),
    ],
)
def test_names_glued_to_scripts_written_without_spaces(text: str, present: str) -> None:
    assert present in names(text)


def test_names_inside_words_of_spaced_scripts_still_are_not_names() -> None:
    assert "Java" not in names("Javanese cooking classes.")
    assert "Go" not in names("Gorilla tracking in Uganda.")


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("- 수요 예측 모델은 ML팀이 PyTorch로 개발하며, 저는 피처 테이블만 제공합니다", "PyTorch"),
        ("- 정산 데이터는 재무팀이 SAP에서 관리하고, 월 1회 추출본만 연동", "SAP"),
        ("・インフラチームがTerraformで管理し、私はアプリ側のみ担当", "Terraform"),
    ],
)
def test_a_team_marked_as_the_subject_owns_it(text: str, theirs: str) -> None:
    reading = catalog_matcher().read(text)
    assert theirs in {match.name for _, _, match in reading.theirs}
    assert theirs not in {match.name for _, _, match in reading.own}


def test_our_team_as_the_subject_is_the_person() -> None:
    reading = catalog_matcher().read("- 우리 팀이 PyTorch로 모델을 개발했습니다")
    assert "PyTorch" in {match.name for _, _, match in reading.own}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("• הרצה לילית ב-Jenkins; העברנו את רוב הצינורות", "Jenkins"),
        ("• אוטומציה ל-Web ב-Playwright עם TypeScript", "Playwright"),
    ],
)
def test_a_name_after_a_hebrew_prefix(text: str, present: str) -> None:
    assert present in names(text)


def test_a_hyphenated_english_phrase_still_is_not_the_name() -> None:
    assert "Go" not in names("Our go-to-market plan for the spring.")
