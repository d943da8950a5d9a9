"""Coaching, mentoring and leading people said with whoever they are, and working with
stakeholders (this stop): "Coach two graduate analysts", "Begeleiden van medior developers",
"Responsible for a team of two QSs", "Cheffe d'équipe de trois analystes", "Work with finance
stakeholders", "dialogo costante con gli stakeholder" (smatrx.imports.people_skills and
smatrx.imports.practice_phrases)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Coached two graduate accountants in month-end close.", "Coaching"),
        ("• coach squad leads on estimation and flow", "Coaching"),
        ("- Code reviews en coaching van medioren en junioren.", "Coaching"),
        ("- Occasionally mentor newly qualified nurses on the ward.", "Mentoring"),
        ("- Begeleiden van drie ontwikkelaars in het platformteam.", "Mentoring"),
        ("- Revue de code, mentorat de deux développeurs.", "Mentoring"),
        ("- Supervise three physiotherapists on the night rota.", "Leadership"),
        ("- Responsible for a team of four planners.", "Leadership"),
        ("- Shift supervisor from 2019 for a team of 10-14 nurses.", "Leadership"),
        ("- Run a $3.5m branch with a team of 19.", "Leadership"),
        ("• Cheffe d'équipe de cinq techniciens réseau.", "Leadership"),
        ("• Coordinamento di un piccolo gruppo di tre analisti.", "Leadership"),
        ("- Worked with procurement and legal stakeholders.", "Stakeholder Management"),
        ("- Trabajo diario con los stakeholders de marketing.", "Stakeholder Management"),
        ("- Afstemming met architecten, stakeholders en leveranciers.", "Stakeholder Management"),
        ("- Confronto costante con gli stakeholder di business.", "Stakeholder Management"),
    ],
)
def test_said_with_the_people(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I coach an under-12s cricket side on Saturday mornings.", "Coaching"),
        ("- Took the coach to Glasgow with two engineers.", "Coaching"),
        ("- Worked with a team of 5 engineers on the billing rewrite.", "Leadership"),
        ("- Supervise the overnight backups of two clusters.", "Leadership"),
        ("- Reported to the stakeholders' steering group.", "Stakeholder Management"),
        ("- Managed two checklists for the audit.", "Leadership"),
    ],
)
def test_not_said(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Pair programming; I also interview candidates for the team.", "Recruiting"),
        ("- Hired and mentor our junior programmer.", "Recruiting"),
        ("- Einstellungsgespräche und Mitarbeitergespräche.", "Recruiting"),
        ("- Participo en las entrevistas técnicas de nuevas incorporaciones.", "Recruiting"),
        ("- Ik zat mee in de selectiegesprekken voor developers.", "Recruiting"),
        ("- Participation aux entrevues d'embauche.", "Recruiting"),
        ("- Talk at the Colombo iOS Developers meetup, 2023.", "Public Speaking"),
        ("- Ran the requirements workshops with client stakeholders.", "Requirements Gathering"),
        ("- Reuniones con los técnicos para recoger requisitos.", "Requirements Gathering"),
        ("- Verantwortung für das Cloud-Budget.", "Budget Management"),
        ("- Negociación de alcance y seguimiento del presupuesto de nube.", "Budget Management"),
    ],
)
def test_practices_said_with_a_noun(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Prepared candidates for their certification exams.", "Recruiting"),
        ("- Watched a talk at the Colombo meetup.", "Public Speaking"),
        ("- The project came in under budget.", "Budget Management"),
    ],
)
def test_practices_not_said(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("• Line manager for five engineers: hiring and mentoring.", "People Management"),
        ("- Lead and develop a team of 34: hiring, onboarding.", "Leadership"),
        ("- Relecture des merge requests ; tutorat de deux alternants.", "Mentoring"),
        ("- Onboarding e affiancamento dei nuovi tecnici.", "Mentoring"),
        ("- Co-authored two papers and tutored undergraduate machine learning labs.", "Teaching"),
        ("- Taught the R for Biologists workshop to PhD students.", "Teaching"),
    ],
)
def test_people_and_teaching(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Formação de utilizadores-chave nos novos processos.", "Mentoring"),
        ("- Attended a course taught by the vendor.", "Teaching"),
    ],
)
def test_not_people_nor_teaching(text: str, absent: str) -> None:
    assert absent not in names(text)
