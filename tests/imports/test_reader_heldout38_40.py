# ruff: noqa: RUF001 - letters and dashes of other languages are data here.
"""Names and words the reader once took for technologies (heldout38 to heldout40, at their
first score), said in sentences of my own: a size in French gigaoctets ("400 Go"), "agile"
as one of two qualities of a group, a name closing a company's name written in camel case,
an academy's name joined by a particle, a famous person's name (an admirer's "fan of", the
comedians "Monty Python")."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Archivage d'une base de 250 Go vers le stockage froid.", "Go"),
        ("- Serveur de build avec 64 Go de RAM.", "Go"),
        ("• We were a lean, agile outfit of three engineers.", "Agile"),
        ("- Freight booked with Couriers Please and FastWay Express.", "Express"),
        ("Formateur à l'Académie des Jeunes Ubuntu (2018 – 2021).", "Ubuntu"),
        ("Voluntaria en la Escuela de Líderes Ubuntu de Soweto.", "Ubuntu"),
        ("Jazz guitar (a big fan of Django Reinhardt) and hill walking.", "Django"),
        ("Cinema: dai Monty Python a Fellini.", "Python"),
    ],
)
def test_not_the_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Services in Go and Python, 40 instances on Kubernetes.", "Go"),
        ("- Small agile teams running Scrum with two-week sprints.", "Agile"),
        ("- REST APIs with Node.js and Express.", "Express"),
        ("- Build agents on Ubuntu 22.04.", "Ubuntu"),
        ("- Big fan of Django REST framework for internal APIs.", "Django REST Framework"),
        ("- Data pipelines in Python and Airflow.", "Python"),
    ],
)
def test_still_the_technology(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a module named in brackets after SAP
        ("- Goods receipts and stock transfers in SAP (MM module).", "SAP MM"),
        ("- Ventas en SAP (módulo SD) para tres sociedades.", "SAP SD"),
        # lean with a noun of practice; time series; data models
        ("- Brought lean principles to the returns line.", "Lean"),
        ("- Forecast demand from weekly time series in R.", "Time Series Analysis"),
        ("- Design the data models behind the finance dashboards.", "Data Modeling"),
        # a German lead of up to N consultants
        ("• Teilprojektleitung Controlling mit bis zu vier Beratenden", "Leadership"),
    ],
)
def test_named_in_other_words(text: str, present: str) -> None:
    assert present in names(text)


def test_lean_as_a_size_is_still_no_method() -> None:
    assert "Lean" not in names("- Part of a lean team of four covering two shifts.")
