"""Work with people and team practice said in a sentence (this stop): managing people counted
by a number (line managing too) is leading them too; mentoring or coaching said as a
capitalised verb opening a bullet; guiding and coaching juniors; reviewing colleagues' code or
pull requests; running workshops, giving talks, negotiating, holding a budget, managing
contracts (smatrx.imports.practice_phrases)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Managed a support team of 7 across two shifts.", "Leadership"),
        ("- Managed a support team of 7 across two shifts.", "People Management"),
        ("• Manage three part-time baristas and a weekend assistant.", "Leadership"),
        ("- Supervise two interns each summer.", "Leadership"),
        ("- Mentor two mid-level engineers on system design.", "Mentoring"),
        ("• Coach three junior testers in exploratory testing.", "Mentoring"),
        ("• Guide two junior analysts through their first audits.", "Mentoring"),
        ("- Review all pull requests that touch billing.", "Code Review"),
        ("- Small team; I also review code and keep the runbooks.", "Code Review"),
        ("- Reviewing PRs from the two contractors.", "Code Review"),
        ("- Review code Python của nhóm trước khi bàn giao.", "Code Review"),
        ("- Review every data-pipeline PRs before release.", "Code Review"),
        ("- Line manage three engineers in the Leeds office.", "People Management"),
        ("- Ran design-sprint workshops with the sales leads.", "Facilitation"),
        ("- a monthly onboarding workshop I run for new joiners", "Facilitation"),
        ("• Animation d'ateliers de cadrage avec les métiers.", "Facilitation"),
        ("• Moderation von Retrospektive-Workshops für drei Teams.", "Facilitation"),
        ("- Gave a lightning talk at PyCon UK 2024.", "Public Speaking"),
        ("I have spoken at the Belfast Ruby meetup.", "Public Speaking"),
        ("- Speaker, DevOpsDays Accra (2023)", "Public Speaking"),
        ("- Negotiated the three-year licence renewal with the vendor.", "Negotiation"),
        ("- Own the £1.4m annual IT budget.", "Budget Management"),
        ("- Manage the cleaning and catering contracts for two sites.", "Contract Management"),
    ],
)
def test_said_in_a_sentence(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Managed two projects for the regional office.", "Leadership"),
        ("- Managed three budgets worth £2m.", "People Management"),
        ("- Mentored by the head of data in my first year.", "Mentoring"),
        ("- The client's CTO managed a team of 40.", "Leadership"),
        ("- Reviewed the tender documents with the bid team.", "Code Review"),
        ("- Attended workshops on Kubernetes security.", "Facilitation"),
        ("- Delivered the project on time and within budget.", "Budget Management"),
        ("- The supplier negotiated a longer notice period.", "Negotiation"),
        ("- we owned the API contract between the two services", "Contract Management"),
        ("- Watched talks at KubeCon on the train home.", "Public Speaking"),
    ],
)
def test_not_said(text: str, absent: str) -> None:
    assert absent not in names(text)
