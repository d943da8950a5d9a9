# ruff: noqa: RUF001, RUF002, RUF003 - en dashes and other scripts in examples are data.
"""Years written inside a job's item, and what they date: a year closing or opening the item
("... to AWS in 2019.", "- En 2023 migramos ..."), the clause such a year dates, a start
right after a name ("with Terraform since 2020, replacing ..."), a move from one tool to
another ("from SVN to Git in 2016"), a tool used until a year ("until 2019, then AWS").
Read by smatrx.imports.sources.resume_periods. Pure: no Flask, no database."""

from __future__ import annotations

import re
from datetime import date

from smatrx.imports.dates import DateRange, parse_month_year
from smatrx.imports.sources.resume_items import item_lines, item_of_job
from smatrx.imports.sources.resume_lines import BULLET, WORD

# A move from one thing to another, up to the "from": "moved the team's source control from ",
# "Passage de ", "Migrazione del versionamento da ", "Migration der Repositories von ".
A_MOVE_FROM = (
    r"(?<!\w)(?:migra|mov|switch|passage|umstellung|umzug|overstap|transition)\w*\s+"
    r"(?:[^.;:()\n]{0,50}?\s)??(?:from|de|da|von|van|del|do|des|du|dal|dalla)\s+"
)
# A year closing an item, in brackets or after "in" as the languages of Europe, Indonesian,
# Malay and Vietnamese write it: "... in internal tools (2018).", "Moved the build farm to
# AWS in 2019.", "chuyển sang Git (2019)". A year after a name with no bracket or "in" is
# the name's version ("Windows Server 2019"), not a period.
_IN_WORDS = r"in|im|during|en|em|nel|nell['’]|i|w|we|v|vo|ve|u|na|di|pada|tahun|năm|в|у|σε|το"
# (or "from" and its kin: "- Containerised them with Docker from 2019.", "- Interfacce web
# in Angular e TypeScript dal 2019.", as "in 2019" at its end)
FROM_WORDS = (
    r"from|since|dal|dalla|desde|depuis|dès|seit|ab|sinds|vanaf|a\s+partir\s+de|à\s+partir\s+de"
)
# What may stand before a year as its month: a month's name ("September 2022", "abril de
# 2023"), a quarter ("Q2 2024"), a part of the year ("mid-2023"), a month's number ("Since my
# promotion in 01/2024", "seit 03.2021").
_MONTH_BEFORE_ITS_YEAR = (
    r"[^\W\d_]{3,10}\.?[ \t]+(?:de[ \t]+)?|[Qq][1-4][ \t]+|(?i:mid|early|late)-"
    r"|(?<!\d)(?:0?[1-9]|1[0-2])[/.]"
)
# A year, or a month and its year; start_of reads the first day it names.
MONTH_YEAR = rf"(?P<month>{_MONTH_BEFORE_ITS_YEAR})?(?P<year>(?:19|20)\d\d)"


def start_of(found: re.Match[str]) -> date | None:
    """The first day of the month (or January of the year) a match's "month" and "year"
    name; None where the word before the year is no month ("in Python 2020")."""
    if not found.groupdict().get("month"):
        return date(int(found.group("year")), 1, 1)
    return parse_month_year(found.group("month") + found.group("year"))


IN_A_YEAR = re.compile(rf"(?:{_IN_WORDS})\s+(?:19|20)\d\d\W*$", re.IGNORECASE)
_ITEM_YEAR = re.compile(
    rf"(?:\((?P<bracketed>(?:19|20)\d{{2}})\)|(?<!\S)(?:{_IN_WORDS}|{FROM_WORDS})\s+"
    rf"(?P<after>(?:19|20)\d{{2}}))"
    r"[\s.;!]*$",
    re.IGNORECASE,
)
CLAUSE_MARKS = ";:\u2013\u2014"  # what opens a clause inside an item: "; ", ": ", " – "
# ...or after "in" with a few words closing the item after it: "- Passage progressif à Figma
# en 2020 pour toute l'équipe.", "- Moved the team to Figma in 2020 for every project." (a
# change made that year, as at the item's end). At most four words, none a number: a longer
# sentence going on is a project's year ("... in 2019 with the payments team, who ...").
_ITEM_MIDDLE_YEAR = re.compile(
    rf"(?<!\S)(?:{_IN_WORDS})\s+(?P<after>(?:19|20)\d{{2}})(?!\s*[-\u2013\u2014/])"
    r",?(?:\s+[^\W\d_][\w'\u2019-]*){1,4}[\s.;!]*$",
    re.IGNORECASE,
)
# ...or opening it: "- En 2023 migramos los servicios a Kubernetes; desde entonces ...", "- In
# 2019 we moved the build farm to AWS", "- In October 2020 we moved from Magento 2 to
# Shopify Plus": the item's work began that year (or month).
_ITEM_OPENING_YEAR = re.compile(
    rf"^\s*\S+\s+(?P<text>(?:{_IN_WORDS})\s+"
    rf"(?P<month>{_MONTH_BEFORE_ITS_YEAR})?"
    r"(?P<after>(?:19|20)\d{2}))(?=[\s,])(?!\s*[-\u2013\u2014/])",
    re.IGNORECASE,
)

# ...or a Korean, Japanese or Chinese date opening it with no word for "in" (the year's and
# month's marks say it, "에"/"に" may follow): "- 2020년 1월 데이터팀으로 이동, 이후 Hadoop·Hive
# 기반 일 배치 운영", "- 2021年4月にRustへ移行": the item's work began then. (A range, or a
# start with "부터"/"から", is find_date_ranges' business.)
_ITEM_OPENING_CJK = re.compile(
    r"^\s*\S+\s+(?P<text>(?:19|20)\d{2}\s*[年년](?:\s*(?:0?[1-9]|1[0-2])\s*[月월])?)"
    r"(?:에|に|(?=[\s,、，]))"
)


def to_the_jobs_end(start: date, job_range: DateRange, text: str) -> DateRange | None:
    """The period a start inside a job dates: from it to the job's end (going on as the job
    does); None for a start outside the job's dates."""
    if not job_range.start <= start <= job_range.end:
        return None
    return DateRange(start=start, end=job_range.end, ongoing=job_range.ongoing, text=text)


def item_year(lines: list[str], index: int, job: int, job_range: DateRange) -> DateRange | None:
    """A bulleted item under a job (whose date line is no bullet) closing with a year of its
    own, when the year falls within the job's dates: in brackets ("- Перші експерименти зі
    Scala у внутрішніх утилітах (2018).") the item's work was that year's, January to
    December; after "in" ("- Moved the build farm to AWS in 2019.", "- Migração ... para
    Azure SQL Managed Instance em 2023.", or with a few words after it in an item of one
    clause: "- Passage à Figma en 2020 pour toute l'équipe.") it began then and ran to the
    job's end, as it does from a Korean or Japanese date opening the item ("- 2020년 1월
    데이터팀으로 이동, 이후 Hadoop ..."). None for anything else."""
    if not item_of_job(lines[index], lines[job]):
        return None
    end = item_lines(lines, index, len(lines) - 1)
    item = " ".join(line.strip() for line in lines[index : end + 1])
    found = _ITEM_YEAR.search(item) or _ITEM_OPENING_YEAR.match(item)
    middle = None if found is not None else _ITEM_MIDDLE_YEAR.search(item)
    # (in the middle only of an item of one clause: "... on Heroku; moved to AWS in 2023 with
    # Terraform." dates the move, not the clause before the ";")
    if middle is not None and not any(mark in item[: middle.start()] for mark in CLAUSE_MARKS):
        found = middle
    if found is None:
        cjk = _ITEM_OPENING_CJK.match(item)
        start = None if cjk is None else parse_month_year(cjk.group("text"))
        return None if start is None else to_the_jobs_end(start, job_range, cjk.group("text"))
    groups = found.groupdict()
    year = int(groups.get("bracketed") or groups["after"])
    if not job_range.start.year <= year <= job_range.end.year:
        return None
    text = groups.get("text") or found.group(0).strip()
    if groups.get("bracketed"):
        return DateRange(start=date(year, 1, 1), end=date(year, 12, 1), ongoing=False, text=text)
    # "in 2023" tells when the work began (a move, a migration): from then to the job's end
    start = date(year, 1, 1)
    if groups.get("month"):
        month = parse_month_year(groups["month"] + groups["after"])
        if month is None:
            return None  # "In Python 2020 ..." names no month
        start = month
    return to_the_jobs_end(start, job_range, text)


def clause_opening(line: str, column: int) -> int:
    """The column where the clause holding `column` opens: after the last ";", ":" or dash
    before it, else after the line's bullet (or at its start)."""
    bullet = BULLET.match(line)
    floor = bullet.end() if bullet else 0
    opened = max(line.rfind(mark, floor, column) for mark in CLAUSE_MARKS)
    return opened + 1 if opened >= 0 else floor


# A start right after a name, going on after a comma or a ";" ("- Infrastructure as code with
# Terraform since 2020, replacing resources clicked together in the portal", "- Selenium tests
# in C# with NUnit from 2017, running nightly", "- Erste Container-Workloads mit Docker ab
# 2020, Aufbau einer Registry", "- Server builds with Ansible since 2017; before that, Bash
# scripts", "- Linux embarqué depuis 2016 : passerelles Buildroot").
# (After a comma, "Java y, desde 2019, en Kotlin", it dates what follows it:
# find_date_ranges reads that one.)
# (or going on with what it was for: "- Power BI dashboards from 2018 for the packing-house
# managers", "- Python scripts from 2018 to clean the data")
_NAME_SINCE = re.compile(
    rf"(?<=[\w+#)*])\s+(?P<text>(?:{FROM_WORDS})\s+(?:19|20)\d{{2}})"
    r"(?P<mark>\s*[,;:]|\s+(?=(?:for|to|at|across|with|into|in)\s))",
    re.IGNORECASE,
)


_NOT_A_NAME_BEFORE_ITS_START = frozenset({"and", "lead", "leader"})


def name_since(
    lines: list[str], index: int, job: int, job_range: DateRange
) -> tuple[int, int | None, DateRange] | None:
    """An item of a job whose first clause names what it used and since when ("with
    Terraform since 2020, replacing ..."): (the column its dated part starts, the column it
    stops before or None for the item's end, the period from that year to the job's end).
    Before a comma the item's work from its clause on is dated so; before a ";" only the
    clause up to it, on the item's first line. None for anything else, or a year outside
    the job's dates."""
    line = lines[index]
    bullet = BULLET.match(line)
    if bullet is None or not item_of_job(line, lines[job]):
        return None
    found = _NAME_SINCE.search(line)
    # (going on with no mark, a start after "and" dates what follows it, "PostgreSQL, and
    # from 2020 on BigQuery"; a lead's role from a year, "Team lead from 2012 for four
    # developers", is the whole job's in readers' eyes)
    if found is not None and not found.group("mark").strip():
        before = line[: found.start()].split()[-1:]
        if before and before[0].casefold() in _NOT_A_NAME_BEFORE_ITS_START:
            found = None
    if found is None:
        return _a_year_before_a_colon(line, job_range)
    # (from the clause's opening: "- Started our automation effort: Selenium tests ...")
    opened = clause_opening(line, found.start())
    period = to_the_jobs_end(
        date(int(found.group("text")[-4:]), 1, 1), job_range, found.group("text")
    )
    if period is None:
        return None
    stop = found.end("mark") if found.group("mark").strip() == ";" else None
    return opened, stop, period


# A promotion in a year (or month) before a colon, what follows it the new role's work: "-
# Promoted to L2 in 2020: threat hunting and training new L1 analysts", "- Took the helm of
# the platform team in 2024: one-on-ones, hiring", "- After I became Head of Department in
# September 2021: lead a department of six". (Not a project's year: "- SOC 2 Type II in 2024:
# access reviews, Datadog for monitoring" lists what the job used.)
_YEAR_BEFORE_A_COLON = re.compile(
    r"(?:(?i:promot\w*|took\s+(?:over|the\s+helm)|became|befördert|promovid[oa]|ascendid[oa]"
    r"|promu|promue)"
    # or a role held since then, opening the item: "Senior radiographer in charge of CT since
    # January 2023: I supervise three radiographers"
    # (not a year's work: "SOC 2 Type II in 2024: access reviews, ...")
    r"|^[ \t]*(?:[-\u2022*\u00b7][ \t]*)?(?=[^:;.]*?(?<!\S)(?:" + FROM_WORDS + r")\s+"
    rf"(?:{_MONTH_BEFORE_ITS_YEAR})?(?:19|20)\d\d\s*:))"
    rf"[^:;.]*?(?<!\S)(?P<text>(?:{_IN_WORDS}|{FROM_WORDS})\s+{MONTH_YEAR})"
    r"\s*:\s+(?=\S)",
    re.IGNORECASE,
)


def _a_year_before_a_colon(line: str, job_range: DateRange) -> tuple[int, None, DateRange] | None:
    """What follows "in 2020:" on an item's line, dated from that year (or month) to the
    job's end."""
    found = _YEAR_BEFORE_A_COLON.search(line)
    if found is None:
        return None
    start = start_of(found)
    if start is None:
        return None  # no month: "in Python 2020:"
    period = to_the_jobs_end(start, job_range, found.group("text"))
    # (the new role named before the colon is dated so too: "became «Head of Department»")
    return None if period is None else (found.start(), None, period)


# A year after "in" anywhere in an item telling a move from one thing to another ("- Passage
# de SVN à Git en 2018, puis mise en place de l'intégration continue", "- Moved the team's
# source control from SVN to Git in 2016 and set up code reviews", "- Migration der
# Repositories von SVN nach Git im Jahr 2017"), and where the old thing's name ends: at the
# word naming the new one.
_MOVE_YEAR = re.compile(
    rf"(?P<move>{A_MOVE_FROM})[^;:]*?(?<!\S)(?:{_IN_WORDS})\s+"
    r"(?:(?:the\s+)?(?:year|jahr|jaar|anno|año|ano|année)\s+)?"
    r"(?P<year>(?:19|20)\d{2})(?!\s*[-\u2013\u2014/]|\d)",
    re.IGNORECASE,
)
_MOVE_TO = re.compile(r"\s(?:to|onto|into|à|a|al|para|nach|auf|zu|naar|in)\s", re.IGNORECASE)


def move_clause(
    lines: list[str], index: int, job: int, job_range: DateRange
) -> tuple[int, int, DateRange] | None:
    """An item of a job telling a move from one thing to another in a year within the job's
    dates, with no period of its own otherwise (item_year): (the column the old thing's name
    starts, the column it stops before, the move's period from the middle of its year to the
    job's end) on the item's line. Only the old name is dated (left_behind reads it as used
    before the move); the new one and the rest of the item keep the job's dates, as the
    move's work may have begun before its year."""
    if not item_of_job(lines[index], lines[job]):
        return None
    end = item_lines(lines, index, len(lines) - 1)
    found = _MOVE_YEAR.search(" ".join(line.strip() for line in lines[index : end + 1]))
    line = lines[index]
    here = re.search(A_MOVE_FROM, line, re.IGNORECASE)
    if found is None or here is None:
        return None
    year = int(found.group("year"))
    if not job_range.start.year <= year <= job_range.end.year:
        return None
    to = _MOVE_TO.search(line, here.end())
    # the move fell some time in its year: the old name was used to the middle of it
    start = max(date(year, 7, 1), job_range.start)
    period = DateRange(
        start=start, end=job_range.end, ongoing=job_range.ongoing, text=found.group("year")
    )
    return here.end(), to.start() + 1 if to is not None else len(line), period


# Where the clause holding an item's "in 2018" begins, apart from the clause before it: after
# ";", ":" or a dash, or after a comma opening a verb in -ing with no comma between it and the
# year ("- Documented projects in AutoCAD, moving the studio to Revit ... in 2018."). A comma
# right before "in 2018" ("..., in 2021.") puts the year on the whole sentence.
# So too a relative clause running to the year with no comma between ("- Led the audit
# readiness work that got us certified in 2024."): the year is the outcome's, what was
# named before "that" was used over the job's dates.
# Or "and" opening a verb in the past with no comma between it and the year ("- Produced
# drawings in AutoCAD and moved the studio onto Revit from 2018.").
_YEAR_CLAUSE_OPENING = re.compile(
    r"(?:[;:]|[ \t][\u2013\u2014-])[ \t]+|,[ \t]+(?=[^\W\d_]+ing[ \t][^,;:]*$)"
    r"|[ \t]and[ \t]+(?=[^\W\d_]+ed[ \t][^,;:]*$)"
    r"|[ \t](?=(?:that|which|que|qui|che)[ \t][^,;:]*$)"
)


def year_clause(lines: list[str], index: int, period: DateRange) -> tuple[int, int] | None:
    """Where (line index, column) the clause dated by the year that closes the item starting
    at `index` begins, when "in 2018" (item_year) closes a clause of its own: the names of the
    clause before it were used over the job's dates, not from that year ("- Documented
    projects in AutoCAD, moving the studio to Revit on its first project in 2018.": AutoCAD
    the whole job, Revit from 2018). None for an item of one clause, a year in brackets or
    one opening the item."""
    end = item_lines(lines, index, len(lines) - 1)
    stripped = [line.strip() for line in lines[index : end + 1]]
    item = " ".join(stripped)
    at = item.rfind(period.text)
    if period.text.startswith("(") or at < 0 or not WORD.findall(item[:at])[1:]:
        return None
    ends = [found.end() for found in _YEAR_CLAUSE_OPENING.finditer(item, 0, at)]
    if re.match(rf"(?:{FROM_WORDS})\s", period.text, re.IGNORECASE):
        # a start closing the item is the last clause's, after a comma too ("SSIS, puis
        # migration vers Azure Data Factory depuis 2023", "(JUnit, Mockito), passage en TDD à
        # partir de 2019"), but not after one right before it ("..., dal 2019": the sentence's)
        ends += [
            found.end()
            for found in re.finditer(r",[ \t]+", item[:at])
            if len(WORD.findall(item[found.end() : at])) >= 2
        ]
    if not ends:
        return None
    offset = max(ends)
    for k, text in enumerate(stripped):
        if offset <= len(text):
            line = lines[index + k]
            return index + k, len(line) - len(line.lstrip()) + offset
        offset -= len(text) + 1
    return None


# "Until" a year inside an item, as the languages of Europe write it ("- Until 2014 we were
# on SVN; I led the move to Git", "- We ran IBM QRadar until 2019, then moved all clients to
# Splunk", "- Bis 2022 liefen die Pipelines auf Jenkins; seit 2022 auf GitLab CI"): what
# its clause names was used until then, what the sentence names after it from then on.
UNTIL_WORDS = r"until|till|bis|jusqu['\u2019](?:en|à)|hasta|até|fino\s+al|tot"
_UNTIL_YEAR = re.compile(
    rf"(?<!\w)(?:{UNTIL_WORDS}|up\s+to)\s+"
    rf"{MONTH_YEAR}(?!\d|\s*[-\u2013\u2014/])",  # (a month too: "until March 2024, when")
    re.IGNORECASE,
)
# Where the clause holding "until 2019" ends: its ";" or full stop, a comma or dash before
# "then" and its kin, or "when" ("used until 2020 when I rewrote them in Python").
_UNTIL_CLAUSE_END = re.compile(
    r"\s*(?:[;:.](?=\s|$)|[,\u2013\u2014]\s*(?=(?:then|and\s+then|puis|dann|danach|luego"
    r"|después|depois|poi|daarna|seit|since|desde|depuis|dal|vanaf)\b)|\s(?=when\s|als\s|quand\s))",
    re.IGNORECASE,
)


def until_clauses(
    lines: list[str], index: int, job: int, job_range: DateRange
) -> list[tuple[int, int | None, DateRange]]:
    """An item of a job saying until when something was used, in a year within the job's
    dates: its clause (from its opening to its end, the year's words included: "Until 2014
    we were on SVN") dated from the job's start to that year's start, and the rest of the
    sentence ("; I led the move to Git") from that year's start to the job's end, each as
    (column, column it stops before or None for the item's end, period) on the item's first
    line. [] for anything else."""
    line = lines[index]
    if not item_of_job(line, lines[job]):
        return []
    found = _UNTIL_YEAR.search(line)
    if found is None:
        return []
    moved = start_of(found)
    if moved is None:
        return []  # no month: "until Python 2020"
    if not job_range.start < moved <= job_range.end:
        return []
    end = _UNTIL_CLAUSE_END.search(line, found.end())
    stop = end.start() if end is not None else len(line)
    if not found.group("month") and re.search(rf"(?<!\d){moved.year + 1}(?!\d)", line[stop:]):
        # the new one came the year after ("Hasta 2022 con Selenium; en 2023 migré ..."):
        # "until 2022" ran through it
        moved = date(moved.year + 1, 1, 1)
        if moved > job_range.end:
            return []
    # (the old name stops as the year begins, where the new one starts, as most readers
    # count "until 2019, then ...": the years of an aside run from January of its year)
    before = DateRange(
        start=job_range.start,
        end=min(moved, job_range.end),
        ongoing=False,
        text=found.group(),
    )
    clauses: list[tuple[int, int | None, DateRange]] = [
        (clause_opening(line, found.start()), stop, before)
    ]
    if (after := _after_the_until(line, end, moved, job_range, found.group())) is not None:
        clauses.append(after)
    return clauses


def _after_the_until(
    line: str, end: re.Match[str] | None, moved: date, job_range: DateRange, text: str
) -> tuple[int, int | None, DateRange] | None:
    """The rest of an until's sentence after its clause's `end` ("..., then PyTorch"), from
    `moved` to the job's end: to its full stop, or the ";" opening another clause ("...,
    then I moved them to Playwright; unit tests in Jest."). None where the sentence ends
    with the clause."""
    if end is None or line[end.start() :].lstrip().startswith("."):
        return None
    full_stop = re.search(r"[.;](?:\s|$)", line[end.end() :])
    after = DateRange(start=moved, end=job_range.end, ongoing=job_range.ongoing, text=text)
    return end.end(), end.end() + full_stop.start() if full_stop else None, after


# "Until" ending a line whose year opens the next: a PDF's paragraph wrapped between them
# ("TensorFlow until" / "  2019, then PyTorch for all new models").
_UNTIL_ENDING_A_LINE = re.compile(
    rf"(?<!\w)(?:{UNTIL_WORDS})\s*$",
    re.IGNORECASE,
)
_YEAR_OPENING_A_LINE = re.compile(rf"^\s*{MONTH_YEAR}(?!\d|\s*[-\u2013\u2014/])")


def wrapped_until_clauses(
    lines: list[str], index: int, job: int, job_range: DateRange
) -> dict[int, list[tuple[int, int | None, DateRange]]]:
    """until_clauses over a line break: the clause ending on line `index` and opening line
    `index + 1` dated to the year, the rest of the sentence on the next line from then, by
    line (column, column it stops before or None, period); {} for anything else."""
    line = lines[index]
    until = _UNTIL_ENDING_A_LINE.search(line)
    if until is None or index + 1 >= len(lines) or not item_of_job(line, lines[job]):
        return {}
    following = lines[index + 1]
    year = _YEAR_OPENING_A_LINE.match(following)
    moved = None if year is None else start_of(year)
    if year is None or moved is None or not job_range.start < moved <= job_range.end:
        return {}
    before = DateRange(start=job_range.start, end=moved, ongoing=False, text=until.group())
    end = _UNTIL_CLAUSE_END.search(following, year.end())
    clauses = {
        index: [(clause_opening(line, until.start()), len(line), before)],
        index + 1: [(0, end.start() if end is not None else None, before)],
    }
    if (after := _after_the_until(following, end, moved, job_range, year.group())) is not None:
        clauses[index + 1].append(after)
    return clauses


# What was used before a start told at its clause's end: "- Server builds with Ansible since
# 2017; before that, Bash scripts", "... con Playwright desde 2022; hasta entonces, con
# Selenium WebDriver y Java", "...; davor Jenkins".
_BEFORE_THAT = re.compile(
    r"[ \t]*[;.][ \t]*(?:before[ \t]+that|until[ \t]+then|previously|hasta[ \t]+entonces"
    r"|antes(?:[ \t]+de[ \t]+eso|[ \t]+disso)?|até[ \t]+então|avant[ \t]+cela|auparavant"
    r"|jusque-là|jusqu'alors|bis[ \t]+dahin|davor|zuvor|daarvoor|tot[ \t]+dan[ \t]+toe"
    r"|prima|fino[ \t]+ad[ \t]+allora|in[ \t]+precedenza)\b",
    re.IGNORECASE,
)


def before_that_clause(
    line: str, column: int, start: date, job_range: DateRange
) -> tuple[int, int | None, DateRange] | None:
    """The clause after a start closing its own at `column` that says what came before it
    ("; before that, Bash scripts"): dated from the job's start to that start, to the item's
    end. None for anything else."""
    found = _BEFORE_THAT.match(line, column)
    if found is None or not job_range.start < start <= job_range.end:
        return None
    period = DateRange(start=job_range.start, end=start, ongoing=False, text=found.group())
    return found.end(), None, period


# What was used "at first", then changed to something else in a year: "- Cypress end-to-end
# tests, written in JavaScript at first and converted to TypeScript during 2023", "- Reports
# in Excel at first, moved to Power BI in 2021".
_AT_FIRST_THEN = re.compile(
    r"(?<!\w)(?:at[ \t]+first|initially|au[ \t]+début|al[ \t]+principio|zunächst|aanvankelijk)"
    r"\b,?[ \t]+(?:and[ \t]+|then[ \t]+|et[ \t]+|y[ \t]+|und[ \t]+|en[ \t]+)?"
    r"(?P<move>(?:was[ \t]+|were[ \t]+)?(?:converted|migrated|moved|ported|rewritten|switched"
    r"|changed|converti|convertis|migré|migrés|migrado|migrados|migriert|umgestellt"
    r"|gemigreerd|omgezet))\b[^.;]{0,80}?(?<!\S)(?:in|during|en|em|im|nel)[ \t]+"
    rf"{MONTH_YEAR}(?!\d|\s*[-\u2013\u2014/])",
    re.IGNORECASE,
)


def at_first_clauses(
    lines: list[str], index: int, job: int, job_range: DateRange
) -> list[tuple[int, int | None, DateRange]]:
    """An item of a job telling what it used at first and what that was changed to in a year
    within the job's dates: its clause up to "at first" dated from the job's start to that
    year, the change from then to the job's end, as (column, column it stops before or None,
    period) on the item's line; [] for anything else."""
    line = lines[index]
    found = _AT_FIRST_THEN.search(line)
    if found is None or not item_of_job(line, lines[job]):
        return []
    moved = start_of(found)
    if moved is None or not job_range.start < moved <= job_range.end:
        return []
    before = DateRange(job_range.start, moved, False, found.group())
    after = DateRange(moved, job_range.end, job_range.ongoing, found.group())
    # (what was so at first stands after the clause's last comma: "Cypress end-to-end tests,
    # written in JavaScript at first" keeps Cypress)
    opening = clause_opening(line, found.start())
    comma = line.rfind(",", opening, found.start())
    return [
        (comma + 1 if comma >= 0 else opening, found.start("move"), before),
        (found.start("move"), found.end(), after),
    ]
