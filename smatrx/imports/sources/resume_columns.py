# ruff: noqa: RUF002, RUF003 - Turkish dotless i and en dashes in examples are data, not typos.
"""Columns and tables of a résumé: a sidebar (right or left) beside the jobs, a Word table's
cells of dates, and duties written apart from a table of dated titles. Pure: no Flask, no
database."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from smatrx.imports.dates import DateRange, find_date_ranges
from smatrx.imports.sources.resume_items import item_lines
from smatrx.imports.sources.resume_lines import (
    BULLET,
    CELL,
    WORD,
    Entry,
    line_residue,
    tokens,
)
from smatrx.imports.sources.resume_periods import inner_periods, scan_dates
from smatrx.imports.sources.resume_sections import ends_entry, looks_like_heading

# A gap wide enough to be a page column, not a space between words.
# (taken at its start only: a match tried from inside a long run would rescan the run)
_NARROW_GAP = re.compile(r"(?<=\S)[ \t]{2,5}(?=\S)")
_COLUMN_GAP = re.compile(r"(?<![ \t])[ \t]{6,}(?=\S)")
_AFTER_AN_OPEN_DASH = re.compile(r"(?<=\d[ \t][-\u2013\u2014])[ \t](?=\S)")
_SIDEBAR_MIN_LINES = 3


_PROSE_MIN_WORDS = 6


def _dates_alone(text: str, *, today: date) -> bool:
    """A job's dates with at most one other word beside them ("Apr 2018 –", "04/2022 –
    Present", "Marzo 2019 - oggi"): a column's dates, not a sentence holding a year."""
    found = find_date_ranges(text, today=today)
    return bool(found) and len(WORD.findall(line_residue(text, found[0].text))) < 2


def _left_sidebar(lines: list[str], *, today: date) -> list[str] | None:
    """The lines with a left-hand sidebar column blanked (same length, so columns and line
    numbers hold), when the page has one; else None.

    A two-column PDF with the sidebar on the left ("SKILLS        EXPERIENCE", "Nmap,
    Wireshark        tested every quarter. Moved the branch onto SD-WAN.") puts the main
    column after a wide gap at one column: there the gap is followed by a job's dates on
    some line and by sentences (six words or more) on at least three, and the text before
    it is short. From the first to the last such line, what stands left of the column is
    the sidebar, and so is a short line that stops before it ("Linux")."""
    found: dict[int, list[int]] = {}  # column -> lines whose first gap ends there
    prose: dict[int, int] = {}
    dated: set[int] = set()
    for number, line in enumerate(lines):
        gap = next(_COLUMN_GAP.finditer(line), None)
        if gap is None or gap.end() < 15:
            continue
        right = line[gap.end() :]
        if len(WORD.findall(line[: gap.start()])) > 4:
            continue  # a sentence on the left: no sidebar there
        found.setdefault(gap.end(), []).append(number)
        if len(WORD.findall(right)) >= _PROSE_MIN_WORDS:
            prose[gap.end()] = prose.get(gap.end(), 0) + 1
        # (the job's dates alone there, or right-aligned after the job's name: "Fenland
        # Medical Devices Ltd, Cambridge          Apr 2018 –", three spaces once a range's
        # end has been put back after its start: "Marketing Coordinator   04/2022 – Present")
        # or opening a middle column before the title: "sept. 2020 - aujourd'hui   Ingénieur")
        cells = re.split(r"[ \t]{3,}", right)
        for cell in (right, cells[0], cells[-1]) if len(cells) > 1 else (right,):
            if _dates_alone(cell, today=today):
                dated.add(gap.end())
    for column in sorted(found):
        near = range(column - 2, column + 3)
        if not any(c in dated for c in near) and not _dated_at(lines, column, today=today):
            continue
        if sum(prose.get(c, 0) for c in near) < _SIDEBAR_MIN_LINES:
            continue
        numbers = sorted(n for c in near for n in found.get(c, []))
        last = numbers[-1]
        while last + 1 < len(lines) and _beside_the_main_column(lines, last + 1, column):
            last += 1
        kept = list(lines)
        for number in range(numbers[0], last + 1):
            line = lines[number]
            gap = next(_COLUMN_GAP.finditer(line), None)
            # (or a narrow one, the sidebar's text running up to the column: "Git, Jira,
            # Confluence, GLPI   Docker, tests, analyse de sécurité")
            narrow = next((g for g in _NARROW_GAP.finditer(line) if g.end() in near), None)
            if gap is not None and (gap.end() in near or _spans(gap, column)):
                kept[number] = " " * gap.end() + line[gap.end() :]
            elif narrow is not None:
                kept[number] = " " * narrow.end() + line[narrow.end() :]
            elif len(line.rstrip()) < column - 2:
                kept[number] = " " * len(line)
        return kept
    return None


_SIDEBAR_LINE_MAX_WORDS = 8  # a list of skills, not a sentence


def _dated_at(lines: list[str], column: int, *, today: date) -> bool:
    """A job's title starts at the column a narrow gap after the sidebar's text, its dates
    right-aligned after it ("CI/CD : GitLab CI, Argo CD  Ingénieure DevOps / SRE      sept.
    2021 –"): the column is the main one, dated there too."""
    for line in lines:
        at = next((g for g in _NARROW_GAP.finditer(line) if abs(g.end() - column) <= 2), None)
        if at is None or len(WORD.findall(line[: at.start()])) > _SIDEBAR_LINE_MAX_WORDS:
            continue
        cells = re.split(r"[ \t]{3,}", line[at.end() :].rstrip())
        if len(cells) < 2:
            continue
        if _dates_alone(cells[-1], today=today):
            return True
    return False


def _spans(gap: re.Match[str], column: int) -> bool:
    """The gap runs from the sidebar's text across the main column's start to text indented
    in it ("Git, GitLab CI, Jira             fond) pour voiliers ...")."""
    return 0 < gap.start() < column - 2 and gap.end() >= column - 2


def _beside_the_main_column(lines: list[str], number: int, column: int) -> bool:
    """The line still belongs to the two columns below the last line whose gap ends at the
    main column: blank, the main column's alone, the sidebar's text then the main column's
    indented text, or a short sidebar line ("LANGUES") with such a line after it, past the
    sidebar's other short lines."""
    line = lines[number]
    if not line.strip() or len(line) - len(line.lstrip()) >= column - 2:
        return True
    gap = next(_COLUMN_GAP.finditer(line), None)
    if gap is not None and _spans(gap, column):
        return True
    if len(line.rstrip()) >= column - 2:
        return False
    # (past the sidebar's other short lines: "Calgary, AB" / "2013 – 2017" under a page's
    # main column, then its footer "Carissa Hoogeveen – Résumé          Page 1 of 2")
    after = next(
        (
            other
            for other in lines[number + 1 : number + 4]
            if other.strip() and len(other.rstrip()) >= column - 2
        ),
        "",
    )
    gap = next(_COLUMN_GAP.finditer(after), None)
    return gap is not None and _spans(gap, column)


def strip_sidebar(lines: list[str], *, today: date) -> list[str]:
    """The lines without a right-hand sidebar column, when the page has one.

    A two-column PDF extracts as lines whose right part is the sidebar ("Backend Engineer —
    Acme          RabbitMQ · MySQL"): the skills listed there would otherwise count towards
    whatever job happens to sit on the same lines. A sidebar is text after a wide gap that
    starts at about the same column on at least three lines and is never a bare date (a right
    column of dates, "Engineer, Acme          Jun 2020 - Present", belongs to the job; a
    sidebar's "B.Sc. Physics, 2010 - 2014" is still the sidebar). Line count and order are
    kept, so line numbers still hold. A sidebar on the left is blanked instead (see
    _left_sidebar): a mention counts for a job only where the kept line has text at its
    place.
    """
    left = _left_sidebar(lines, today=today)
    if left is not None:
        return left
    starts: dict[int, int] = {}
    dated: list[int] = []  # where a bare date stands after a gap
    for line in lines:
        for gap in _COLUMN_GAP.finditer(line):
            if gap.start() == 0 and gap.end() < 30:
                continue  # an indented line, not a column
            if _dates_alone(line[gap.end() :], today=today):
                dated.append(gap.end())
            else:
                starts[gap.end()] = starts.get(gap.end(), 0) + 1
    counts = {
        col: sum(starts.get(c, 0) for c in range(col - 2, col + 3)) for col in starts if col >= 30
    }
    column = next((col for col in sorted(counts) if counts[col] >= _SIDEBAR_MIN_LINES), None)
    # (a sidebar's column holds most lines: a few wrapped dates may stand left of it)
    widest = max(counts, key=lambda col: (counts[col], -col), default=None)
    if column is not None and widest is not None and counts[widest] >= 3 * counts[column]:
        column = min(col for col in counts if col >= widest - 2 and counts[col])
    if column is None or _main_on_the_right(lines, column, today=today):
        return lines
    # A column of dates belongs to the jobs: the layout is theirs. Not dates left of the
    # sidebar ("Jan 2021 – Present      SketchUp"), nor a degree's few among its many lines.
    if 3 * sum(1 for col in dated if col >= column - 2) >= counts[column]:
        return lines
    kept: list[str] = []
    for line in lines:
        cut = next((g.start() for g in _COLUMN_GAP.finditer(line) if g.end() >= column - 2), None)
        if cut is None:
            # a long line of the main column leaves only a few spaces before the sidebar's
            # text ("... building manage-  Python")
            # (not before a job's dates put back after a title: "Engineer   Mars 2019 – ...")
            cut = next(
                (
                    g.start()
                    for g in _NARROW_GAP.finditer(line)
                    if abs(g.end() - column) <= 1
                    and not find_date_ranges(line[g.end() :], today=today)
                ),
                None,
            )
        if cut is None:
            cut = _after_an_open_start(line, column, today=today)
        kept.append(line if cut is None else line[:cut].rstrip())
    return kept


def _after_an_open_start(line: str, column: int, *, today: date) -> int | None:
    """Where the sidebar's text starts a single space after a range's start and its dash
    ("Senior Developer          02/2022 – Flutter (básico)", the end wrapped onto the next
    line), or None."""
    gap = next((g for g in _AFTER_AN_OPEN_DASH.finditer(line) if abs(g.end() - column) <= 1), None)
    if gap is None:
        return None
    before = line[: gap.start()]
    starts = find_date_ranges(before, today=today)
    if not starts or not starts[-1].ongoing or not before.endswith(starts[-1].text.rstrip()):
        return None
    # (not the start of a range read whole across the gap: "02/2022 – atual")
    whole = [found.text for found in find_date_ranges(line, today=today)]
    return None if any(starts[-1].text.rstrip() in text for text in whole) else gap.start()


def _main_on_the_right(lines: list[str], column: int, *, today: date) -> bool:
    """The column is the page's main one, the left a narrow column of dates and labels (a
    Europass CV: "01/11/2016 - 31/08/2020          Computer Vision Engineer", then the job's
    lines indented to the title): a job's dates stand alone on the left, and more lines start
    at the column than have text on both sides."""
    indented = both = 0
    dates_on_the_left = False
    for line in lines:
        text_at = len(line) - len(line.lstrip())
        if line.strip() and abs(text_at - column) <= 2:
            indented += 1
            continue
        gap = next((g for g in _COLUMN_GAP.finditer(line) if abs(g.end() - column) <= 2), None)
        if gap is None:
            # (or a label right-aligned a few spaces before them: "Date   Marzo 2019 - oggi",
            # or the dates themselves: "01/03/2021–Presente  Engenheira DevOps")
            label = next(
                (g for g in _NARROW_GAP.finditer(line) if abs(g.end() - column) <= 2), None
            )
            if label is not None and len(WORD.findall(line[: label.start()])) <= 2:
                dates_on_the_left |= _dates_alone(line[label.end() :], today=today)
                dates_on_the_left |= _dates_alone(line[: label.start()], today=today)
            continue
        if gap.start() == 0:
            continue
        both += 1
        if _dates_alone(line[: gap.start()], today=today):
            dates_on_the_left = True
    return dates_on_the_left and indented > both


def join_date_cells(line: str, *, today: date) -> str:
    """A table row with the start and the end in cells side by side ("03/2022 | to date |
    Acme | Analyst", "From | To" columns) with the two cells joined as one range ("03/2022 –
    to date | Acme | Analyst"); other lines as they are."""
    cells = line.split(CELL)
    for i in range(len(cells) - 1):
        joined = f"{cells[i].strip()} \u2013 {cells[i + 1].strip()}"
        found = find_date_ranges(joined, today=today)
        if found and found[0].text == joined:
            return CELL.join([*cells[:i], joined, *cells[i + 2 :]])
    return line


def duties_by_title(
    lines: list[str],
    dated: dict[int, DateRange],
    entries: list[Entry],
    layouts: set[tuple[bool, int, bool, bool]],
    *,
    today: date,
) -> list[Entry]:
    """The entries again, when the dates sit in a table of their own (one row per job, rows
    one under another: "03/2022 | to date | Acme Trust | Senior Analyst") and each job's
    duties are written elsewhere under its title ("Senior Analyst – Acme"): each such block
    becomes an entry with the dates of the row that names every word of its title (the
    fewest other words, if two do), and the rows keep only their own line, so that the
    last row does not take every job's duties. The title may follow a label and a dash or
    colon ("Duties – Acme Telecom", "المهام – شركة نجد"); an item of the block opening with
    a period within the row's dates ("- Since 2023 I automate ...") dates that item, as in a
    job written under its dates."""
    rows = [i for i in dated if CELL in lines[i] and (i - 1 in dated or i + 1 in dated)]
    if len(rows) < 2:
        return entries
    row_tokens = {i: tokens(line_residue(lines[i], dated[i].text)) for i in rows}
    titles: dict[int, int] = {}  # title line -> its row
    # (a title follows its row's table, which need not be the last: an education table may
    # come after the jobs' duties)
    for j in range(min(rows) + 1, len(lines)):
        if j in dated or not looks_like_heading(lines[j]):
            continue
        if len(WORD.findall(lines[j])) < 2 or _under_dates_of_its_own(j, lines, dated, rows):
            continue
        naming = []
        for words in _title_words(lines[j]):
            naming = sorted(
                (len(row_tokens[i] - words), i) for i in rows if i < j and words <= row_tokens[i]
            )
            if naming:
                break
        if naming and (len(naming) == 1 or naming[0][0] < naming[1][0]):
            titles[j] = naming[0][1]
    if not titles:
        return entries
    row_of = {id(dated[i]): i for i in rows}
    kept = [
        entry
        if id(entry.range) not in row_of
        else replace(
            entry,
            text="\n".join(lines[entry.lines[0] - 1 : row_of[id(entry.range)] + 1]),
            lines=(entry.lines[0], row_of[id(entry.range)] + 1),
        )
        for entry in entries
    ]
    blocks: list[Entry] = []
    taken: set[int] = set()  # date lines read as a block's items, not jobs
    for j, row in titles.items():
        last = j
        items: list[int] = []
        others: list[int] = []
        for i in range(j + 1, len(lines)):
            if i in dated and _item_within(lines[i], dated[i], dated[row]):
                items.append(i)
            elif i in dated and BULLET.match(lines[i]) and not _starts_within(dated[i], dated[row]):
                # A bullet with dates starting outside the job's ("140 SQL Server instances
                # (2016-2022)": versions, a client's years) is a line of the job, no job.
                others.append(i)
            elif i in titles or i in dated or ends_entry(lines, i, j, layouts):
                break
            last = i
        while last > j and not lines[last].strip():
            last -= 1
        items = [i for i in items if i <= last]
        taken.update(items)
        taken.update(i for i in others if i <= last)
        # the block's asides, read against its row's dates as a job's under its date line
        # ("In 2024 I introduced a RAG assistant", "From 2020 the feature jobs moved to PySpark")
        inside: dict[int, DateRange] = {}
        clauses: dict[int, list[tuple[int, int | None, DateRange]]] = {}
        scan_dates(lines, {j: dated[row]}, inside, clauses, today=today, first=j + 1)
        asides = inner_periods(lines, inside, clauses, j, last)
        blocks.append(
            Entry(
                heading=lines[j].strip(),
                text="\n".join(lines[j : last + 1]),
                range=dated[row],
                lines=(j + 1, last + 1),
                periods=tuple(
                    (i + 1, item_lines(lines, i, last) + 1, _clipped(dated[i], dated[row]))
                    for i in items
                )
                + tuple(p for p in asides["periods"] if p[0] - 1 not in {*items, *others}),
                clauses=asides["clauses"],
            )
        )
    kept = [entry for entry in kept if not any(id(entry.range) == id(dated[i]) for i in taken)]
    return sorted(_cut_before_blocks(kept, blocks, lines), key=lambda entry: entry.lines)


def _cut_before_blocks(kept: list[Entry], blocks: list[Entry], lines: list[str]) -> list[Entry]:
    """The entries ending before the first duties block whose title falls inside them (a
    client project dated on its own line, "Project 2: Loyalty App (Apr 2023 – Till Date)",
    above the next job's duties "Kudla Infotech – Test Engineer"), and the blocks with the
    items of those lines that open with a period within the block's dates ("• From 2020,
    automated the smoke tests ..."): the duties are the block's job's, not the project's."""
    cut: list[Entry] = []
    moved: dict[int, list[tuple[int, int, DateRange]]] = {}
    for entry in kept:
        first, last = entry.lines
        # A block of lines of its own, after a blank line (a block of the entry's own dates
        # is the same job told twice, and a title with no lines under it a heading's line)
        inner = [
            block
            for block in blocks
            if first < block.lines[0] <= last
            and block.lines[1] > block.lines[0]
            and not lines[block.lines[0] - 2].strip()
            and not _same_dates(block.range, entry.range)
        ]
        if not inner:
            cut.append(entry)
            continue
        end = min(block.lines[0] for block in inner) - 1
        while end > first and not lines[end - 1].strip():
            end -= 1
        for period in entry.periods:
            home = next((b for b in inner if b.lines[0] < period[0] <= b.lines[1]), None)
            if home is not None and _starts_within(period[2], home.range):
                clipped = _clipped(period[2], home.range)
                moved.setdefault(id(home), []).append((*period[:2], clipped))
        cut.append(
            replace(
                entry,
                text="\n".join(lines[first - 1 : end]),
                lines=(first, end),
                periods=tuple(period for period in entry.periods if period[0] <= end),
                clauses=tuple(clause for clause in entry.clauses if clause[0] <= end),
            )
        )
    blocks = [
        replace(block, periods=(*block.periods, *moved[id(block)])) if id(block) in moved else block
        for block in blocks
    ]
    return [*cut, *blocks]


_LABEL_MAX_WORDS = 2


def _under_dates_of_its_own(
    j: int, lines: list[str], dated: dict[int, DateRange], rows: list[int]
) -> bool:
    """The line sits just under dates that are no row of the table ("Duration: Jan 2022 – Jul
    2023" / "Role: QA Engineer"): a project's own role, dated there, not a row's title."""
    above = max((i for i in dated if i < j), default=None)
    return (
        above is not None
        and above not in rows
        and j - above <= 2
        and all(lines[k].strip() for k in range(above, j))
    )


def _title_words(line: str) -> list[set[str]]:
    """The words a duties block's title names its row by: the whole line's, then, after a
    label of a word or two and a dash or colon ("Duties – Acme Telecom"), the rest's."""
    found = [tokens(line)]
    # without a note in brackets: "Cyber Security Analyst senior (contratto a tempo
    # indeterminato)"
    bare = re.sub(r"\([^)]*\)", " ", line)
    if bare != line and len(WORD.findall(bare)) >= 2:
        found.append(tokens(bare))
    label = re.match(r"\s*([^:\-\u2013\u2014]+?)\s*(?:[:\u2013\u2014]|\s-\s)\s*(\S.*)", line)
    if label is not None and len(WORD.findall(label.group(1))) <= _LABEL_MAX_WORDS:
        rest = label.group(2)
        if len(WORD.findall(rest)) >= 2:
            found.append(tokens(rest))
    return found


def _item_within(line: str, found: DateRange, row: DateRange) -> bool:
    """A bulleted item of a duties block whose period ("- منذ 2023 أقوم بأتمتة ...") falls
    within its row's dates: the item's period, not another job. An open start ("- Desde
    2019, APIs REST con ASP.NET Core ...") in a job that has ended ran to its end."""
    if not BULLET.match(line) or found.start < row.start:
        return False
    return found.end <= row.end or (found.ongoing and found.start <= row.end)


def _same_dates(one: DateRange | None, other: DateRange | None) -> bool:
    return (
        one is not None
        and other is not None
        and (one.start, one.end, one.ongoing) == (other.start, other.end, other.ongoing)
    )


def _starts_within(found: DateRange, row: DateRange) -> bool:
    return row.start <= found.start <= row.end


def _clipped(found: DateRange, row: DateRange) -> DateRange:
    return replace(found, end=min(found.end, row.end), ongoing=found.ongoing and row.ongoing)
