# ruff: noqa: RUF002, RUF003 - en dashes in examples are data, not typos.
"""Dates on a résumé's line that are asides, not a job's dates: a product's or a project's years
inside a bullet's sentence, a turn of career inside a profile's sentence, a role taken on
inside a job in brackets on its title, and the years in brackets after one name of a list.
Read by smatrx.imports.sources.resume_periods. Pure: no Flask, no database."""

from __future__ import annotations

import re

from smatrx.imports.dates import DateRange
from smatrx.imports.sources.resume_lines import BULLET, WORD


def range_inside_prose(line: str, found: DateRange) -> bool:
    """A range in the middle of a bullet's sentence, under an entry already begun: the years
    of a product's versions or of a project ("- Ran 60 SQL Server instances (2016 a 2022)
    with Always On", "- Led the 2019 - 2021 migration to Kafka and Flink"), not a new job. A
    bulleted job ("- Engineer, Acme (2019 - 2021)", "- 2019 - 2021: Engineer at Acme") has
    the range at an end of its line. An open range ("dal 2020", "since 2021") counts as
    well: "..., and since 2021 on BigQuery." is no job begun in 2021. So does a range
    closing the item after "in" or "over" ("- On-call cover, including the COVID ward in
    2020–21.", "- Moved the shop APIs to Azure over 2020–21."):
    when something was done, as a year so placed is (item_year); a job's dates follow no
    "in". An open start after a comma or a ";" with words after it ("- Versionsverwaltung
    zuerst mit Subversion, ab 2015 mit Git", "- FreeRTOS on the original product; since 2023
    all new") is a clause's too: a bulleted job names no tool after its dates; nor one
    closing a clause before a ";" ("- Server builds with Ansible since 2017; before that,
    Bash scripts")."""
    if not BULLET.match(line):
        return False
    before, _, after = line.partition(found.text)
    words_after = len(WORD.findall(after))
    # a sentence going on after the range, or closing with a full stop ("..., dal 2020, su
    # BigQuery.")
    sentence = words_after >= 3 or (words_after >= 1 and line.rstrip().endswith("."))
    # or going on over the line's end after a comma ("...; a partir de 2019," / "novos
    # módulos em Vue.js.")
    # (in brackets too: "- Led the migration to AWS (2020-2022)," / "moving 160 VMs ...")
    sentence = sentence or after.strip() in (",", "),", "],")
    closing_in = (
        _RANGE_AFTER_IN.search(before) is not None or _BETWEEN.match(found.text) is not None
    ) and not words_after
    open_start = found.ongoing and found.text[-1:].isdigit()  # "since 2015": ends with its date
    clause = (
        open_start
        and words_after >= 1
        and (before.rstrip().endswith((",", ";")) or after.lstrip().startswith(";"))
    )
    return len(WORD.findall(before)) >= 3 and (sentence or closing_in or clause)


def since_inside_a_sentence(line: str, found: DateRange) -> bool:
    """An open start in the middle of a sentence of prose above every job: "Softwarearchitekt
    mit über 15 Jahren Erfahrung in der Java-Entwicklung, seit 2019 mit Schwerpunkt auf der
    Modernisierung ..." tells a turn of the career, not a job's dates (a job's line ends
    on its date or names the job after it in a word or two: "Acme GmbH, seit 2019")."""
    if not found.ongoing or BULLET.match(line) or not found.text[-1:].isdigit():
        return False
    before, _, after = line.partition(found.text)
    return len(WORD.findall(before)) >= 4 and len(WORD.findall(after)) >= 3


def a_turn_in_the_title(line: str, found: DateRange, job_range: DateRange) -> bool:
    """An open start in brackets on a job's title, within the job begun above: "Data Engineer
    (desde 2024, responsable técnico del equipo de datos)", "Sviluppatrice full stack (dal
    2023 referente tecnica del team ordini)" — a role taken on inside the job, dating what the
    bracket says; the job goes on from its own date."""
    if not found.ongoing or BULLET.match(line) or not found.text[-1:].isdigit():
        return False
    before, _, _ = line.partition(found.text)
    return (
        before.rstrip().endswith("(")
        and len(WORD.findall(before)) >= 1
        and job_range.start < found.start <= job_range.end
    )


# "in" (or "during", and the like) right before a range: "... ICU in 2020–21."
# A range written as prose: "hired 14 engineers between 2021 and 2023."
_BETWEEN = re.compile(r"(?:between|entre|zwischen|tussen|tra|fra)\s", re.IGNORECASE)
_RANGE_AFTER_IN = re.compile(
    r"(?<!\S)(?:in|during|over|throughout|durante|en|im|nel|em)\s+$", re.IGNORECASE
)


# An open start in brackets right after one name of a list that goes on after it.
_LIST_ASIDE_AFTER = re.compile(r"\s*[)\]]\s*[,;]\s*[^\W\d_]")


def list_aside(line: str, found: DateRange) -> bool:
    """An open start in brackets after one name of a comma list that goes on ("Certified:
    Scrum Master (since 2021), Kanban trainer"): an aside on that name, not a job's dates
    that would date every name of the line. (A closed range so written is a degree's or a
    job's, "Manila (2011 - 2015), Cum Laude", unless the list goes on for two names more.)"""
    if not found.text[-1:].isdigit():
        return False
    before, _, after = line.partition(found.text)
    if not before.rstrip().endswith(("(", "[")) or _LIST_ASIDE_AFTER.match(after) is None:
        return False
    # a closed range so written only in a list that goes on for two names more: the versions
    # of one ("Microsoft SQL Server (2005–2022), Oracle Database (10g–19c), PostgreSQL, ...")
    return found.ongoing or after.count(",") >= 3


# A copyright notice's years, as a template's page footer prints them ("© Unione europea,
# 2002-2026 | europass.europa.eu"): no job's dates.
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)[^\d\n]{0,40}$", re.IGNORECASE)


def copyright_years(line: str, found: DateRange) -> bool:
    """The range is the years of a copyright notice on the line."""
    return _COPYRIGHT.search(line.partition(found.text)[0]) is not None
