# ruff: noqa: RUF001 - letters of other scripts are data here, not typos.
"""The reader's rules found with the sixteenth held-out corpus (issue 17), used after its
first score: titles of works in Chinese brackets, an organisation named by its noun, a legal
form in title case, Chinese, Mongolian and Uzbek parties and the person's part."""

from __future__ import annotations

import pytest

from tests.imports.catalog import catalog_matcher, names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- 負責放置型 RPG《鍊金少女 Elixir Girls》的客戶端開發，使用 Unity 與 C#。", "Elixir"),
        ("Clients included the microfinance organisation Crystal and two NGOs.", "Crystal"),
        ("Kafue Commercial Bank Plc, Head Office, Cairo Road, Lusaka", "PLC"),
    ],
)
def test_not_the_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("6. 业务开关统一放在公司运维组维护的 Apollo 配置中心，我们只读取配置；", "Apollo GraphQL"),
        (
            "Мобайл аппыг мобайл баг Flutter дээр хөгжүүлдэг; би зөвхөн тэдний API-г хариуцдаг.",
            "Flutter",
        ),
    ],
)
def test_another_partys(text: str, theirs: str) -> None:
    reading = catalog_matcher().read(text)
    assert theirs in {match.name for _, _, match in reading.theirs}
    assert theirs not in {match.name for _, _, match in reading.own}


def test_the_same_names_as_the_persons() -> None:
    assert "Elixir" in names("- Phoenix 与 Elixir 开发后端服务")
    assert "Crystal" in names("Languages: Crystal, Ruby, Elixir")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("• ინტერაქტიული გრაფიკები Svelte-ით და D3.js-ით.", "Svelte"),
        ("- Kafka-консюмери на Scala для подій з SSP.", "Apache Kafka"),
    ],
)
def test_a_case_ending_of_another_script_after_a_hyphen(text: str, present: str) -> None:
    assert present in names(text)


def test_an_english_hyphenated_phrase_still_is_not_the_name() -> None:
    assert "Go" not in names("The go-live of the new portal slipped to March.")


def test_authors_read_for_pleasure_are_not_the_technology() -> None:
    assert "Apache Kafka" not in names("Corrida de rua, leitura (Kafka, Machado de Assis).")
    # reading data from Kafka is work
    assert "Apache Kafka" in names("- Leitura de dados do Kafka com Spark Structured Streaming.")
