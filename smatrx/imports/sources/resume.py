# ruff: noqa: RUF001, RUF002, RUF003 - Turkish dotless i and en dashes in examples are data, not typos.
"""Résumé source: uploaded bytes, then text, then dated entries, then how long and how recently
a skill was used.

Pure and local: no Flask, no database, no network (nothing from a résumé leaves the server).
Bytes to text (sniffing, PDF, Word, bounds) live in smatrx.imports.sources.resume_file; its
public names are imported here as before.
Which skills appear is the matcher's business; the functions here take a
`mentions(text) -> bool` callable.

Uploads are hostile. The kind is decided by the bytes, never the file name; every failure a
person can fix (encrypted, damaged, empty, wrong kind) is a ResumeError whose message can be
shown as is; work is bounded (pages, characters, ZIP entries). The text returned is raw:
templates must escape it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from smatrx.imports.dates import DateRange, find_date_ranges
from smatrx.imports.sources.resume_file import (
    NO_TEXT,
    NOT_A_RESUME,
    ResumeError,
    extract_text,
    sniff_kind,
    upload_problem,
)
from smatrx.imports.vocabulary import word_set

__all__ = [
    "NOT_A_RESUME",
    "NO_TEXT",
    "Entry",
    "ResumeError",
    "SkillUsage",
    "estimate_usage",
    "evidence_lines",
    "extract_text",
    "mask_name_line",
    "sniff_kind",
    "split_entries",
    "strip_sidebar",
    "upload_problem",
    "usage_ranges",
]

EVIDENCE_MAX_CHARS = 200


# --- the person's name ------------------------------------------------------------------------

# Words of a title line, never of a person's name: "Senior Python Developer" opens some
# résumés, and there the names are skills.
_TITLE_WORDS = word_set(
    """
    developer developers engineer engineering consultant manager designer analyst architect
    scientist administrator admin lead senior junior principal staff head director officer
    specialist programmer researcher teacher intern founder co-founder cto ceo cio vp
    resume résumé curriculum vitae cv profile portfolio freelance contractor devops sre
    """
)
_NAME_WORD = re.compile(r"(?:[^\W\d_][\w'\u2019.-]*|[^\W\d_]\.)", re.UNICODE)


def mask_name_line(text: str) -> str:
    """The text with its first line blanked (same length, so positions and line numbers
    hold) when that line is a person's name: two to four capitalised words, no digits, no
    title words. A surname or first name that is also a technology ("Kofi Jenkins", "Lua
    Carvalho", "EMBER NAKAMURA-HOLT") names the person, not a skill."""
    stripped = text.lstrip("\n")
    offset = len(text) - len(stripped)
    end = stripped.find("\n")
    line = stripped if end < 0 else stripped[:end]
    words = line.split()
    if not 2 <= len(words) <= 4:
        return text
    for word in words:
        if not _NAME_WORD.fullmatch(word) or not word[:1].isupper():
            return text
        if word.casefold().strip(".") in _TITLE_WORDS:
            return text
    return text[:offset] + " " * len(line) + text[offset + len(line) :]


# --- entries ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """An experience (or education/project) entry: a block of lines around a date range."""

    heading: str  # the line(s) naming the role/company, best effort
    text: str  # the entry's full text
    range: DateRange | None
    lines: tuple[int, int]  # first and last line numbers (1-based) in the extracted text
    # Items of the entry opening with a period of their own ("• 2020-tól az első Rust
    # kísérletek: ..."): first and last line (1-based, the item's wrapped lines included)
    # and the period. (A range inside an item's sentence, "60 SQL Server instances (2016 a
    # 2022)", "SQL on Postgres and, since 2020, BigQuery", dates a version or one of the
    # names, not the item: it is none.)
    periods: tuple[tuple[int, int, DateRange], ...] = ()
    # Clauses of an item or a sentence dated by a period inside them: (first line, its
    # column, last line, the column it stops before, the period); lines 1-based. An open
    # start ("Prophet; od leta 2023 tudi statsmodels za intermitentne serije.") dates the
    # names written after it in the item, from then to the job's end, not those before it;
    # a closed range closing a clause ("IDocs en BAPI's; SAP PI/PO van 2016 tot 2019.")
    # dates the names of that clause before it.
    clauses: tuple[tuple[int, int, int, int, DateRange], ...] = ()


def _fold_case(text: str) -> str:
    """Lower case, one spelling per letter: Turkish "İ" lower-cases to "i" and a dot ("İŞ
    DENEYİMİ"); Romanian "ș", "ț" (comma below) and "ş", "ţ" (cedilla, as older fonts and
    Turkish write them) are one letter each."""
    lowered = text.lower().replace("i\u0307", "i")
    return lowered.replace("\u0219", "\u015f").replace("\u021b", "\u0163")


def _folded_words(text: str) -> frozenset[str]:
    return frozenset(_fold_case(word) for word in word_set(text))


_SECTION_WORDS = _folded_words(
    """
    experience experiences employment work history career profile summary about objective
    education skills skill projects certifications certificates licenses languages interests
    hobbies awards honors honours publications references volunteering volunteer training courses
    achievements accomplishments contact competencies qualifications expertise tools technologies
    talks talk speaking presentations conferences patents portfolio contributions community
    articles writing blog source stack toolbox toolkit
    berufserfahrung erfahrung werdegang ausbildung bildung kenntnisse fähigkeiten projekte sprachen
    zertifikate zertifizierungen weiterbildung interessen kontakt hobbys hobbies sprachkenntnisse
    kompetenzen publikationen vorträge ehrenamt sonstiges
    expérience expériences experience profil formation formations compétences competences langues
    intérêt intérêts interets loisirs projets parcours diplômes études etudes réalisations outils
    experiencia experiencias perfil formación formacion educación educacion habilidades
    competencias idiomas intereses proyectos conocimientos aficiones certificaciones estudios
    esperienza esperienze profilo formazione istruzione competenze lingue interessi progetti
    conoscenze certificazioni pubblicazioni
    experiência experiências formação educação competências interesses projetos conhecimentos
    certificações
    werkervaring ervaring profiel opleiding opleidingen vaardigheden talen projecten kennis
    certificaten
    arbetslivserfarenhet erfarenhet utbildning utbildningar kompetenser kompetens färdigheter
    språk projekt certifieringar intressen kunskaper referenser arbeidserfaring erfaring
    utdanning ferdigheter kompetanse prosjekter sertifiseringer interesser erhvervserfaring
    uddannelse kompetencer færdigheder sprog projekter certificeringer doświadczenie
    wykształcenie edukacja umiejętności języki projekty certyfikaty zainteresowania kursy
    szkolenia zkušenosti vzdělání dovednosti jazyky certifikáty zájmy työkokemus koulutus
    taidot kielitaito projektit sertifikaatit harrastukset osaaminen verktyg verktøy værktøjer
    narzędzia nástroje työkalut
    deneyim deneyimi deneyimler tecrübe tecrübeler eğitim egitim öğrenim ogrenim projeler
    sertifikalar yetenekler beceriler yetkinlikler diller referanslar referans özet ozet
    hakkımda ilgi alanları hobiler kurslar yayınlar ödüller başarılar araçlar teknolojiler
    iletişim gönüllülük
    tapasztalat munkatapasztalat tanulmányok tanulmanyok végzettség vegzettseg képzettség
    kepzettseg oktatás oktatas projektek előadások eloadások eloadasok készségek keszsegek
    kompetenciák kompetenciak ismeretek nyelvek nyelvtudás nyelvtudas hobbi hobbik
    érdeklődés erdeklodes összefoglaló osszefoglalo referenciák referenciak tanúsítványok
    tanusitvanyok képesítések kepesitesek publikációk publikaciok díjak eszközök eszkozok
    elérhetőség elérhetoség
    experiență experienta educație educatie studii competențe competente abilități abilitati
    aptitudini cunoștințe cunostinte proiecte limbi interese certificări certificari
    referințe referinte recomandări recomandari publicații publicatii premii realizări
    realizari rezumat cursuri voluntariat instrumente tehnologii
    experiència formació habilitats competències idiomes llengües projectes interessos
    coneixements certificacions estudis aficions
    iskustvo obrazovanje vještine vjestine veštine vestine jezici projekti interesi
    kompetencije znanja certifikati publikacije nagrade zaposlenje izkušnje izobrazba
    spretnosti jeziki vzdelanie vzdelávanie zručnosti znalosti kurzy
    pengalaman pendidikan keahlian kemahiran keterampilan ketrampilan kemampuan bahasa
    sertifikasi sijil proyek projek minat ringkasan profil pelatihan kursus referensi
    rujukan penghargaan
    vaardighede tale projekte belangstellings kwalifikasies verwysings
    kokemus töökogemus haridus oskused keeled pieredze izglītība prasmes valodas patirtis
    išsilavinimas įgūdžiai kalbos
    esperientzia esperientziak ikasketak prestakuntza hezkuntza trebetasunak gaitasunak
    hizkuntzak proiektuak ziurtagiriak argitalpenak bestelakoak interesak zaletasunak
    erreferentziak
    experiencia formación educación habilidades competencias linguas idiomas proxectos
    опыт образование навыки умения языки курсы сертификаты проекты достижения публикации
    интересы хобби рекомендации контакты квалификация квалификации информация резюме
    досвід освіта навички вміння мови курси сертифікати проєкти проекти досягнення
    публікації інтереси контакти
    опит умения езици курсове сертификати проекти интереси
    искуство образовање вештине језици пројекти сертификати работно вештини јазици
    вопыт адукацыя навыкі мовы
    εμπειρία εμπειρια εκπαίδευση εκπαιδευση σπουδές σπουδες δεξιότητες δεξιοτητες γλώσσες
    γλωσσες πιστοποιήσεις πιστοποιησεις έργα εργα ενδιαφέροντα ενδιαφεροντα δημοσιεύσεις
    δημοσιευσεις
    """
)
# Words allowed around a section word ("Professional Experience", "Skills & Tools"), and only
# those, so "Training Lead" or "Project Manager" stay job titles.
_SECTION_FILLER = _folded_words(
    """
    and & of the work professional technical relevant key core selected other additional academic
    personal side open source employment recent related industry it computer digital
    und berufliche persönliche weitere sonstige fachliche
    d de des du la le les et y e i en del di do da centres centre
    professionnelle professionnelles professionnel professionnels personnels personnelles
    techniques profesional profesionales personales técnicas tecnicas professionale
    professionali personali tecniche lavorative profissional profissionais pessoais
    och og tekniska tekniske zawodowe techniczne osobiste pracovní odborné
    ve iş is mesleki kişisel kisisel teknik yabancı yabanci
    és es szakmai egyéb egyeb személyes szemelyes
    și si profesională profesionala personale personal străine straine tehnice tehnic
    i a radno pracovné jazykové digitální digitálne počítačové računalne odborná kerja
    odabrane odabrani osobne tehničke stručne
    darba
    lan eta beste
    работы ключевые профессиональные профессиональный дополнительная дополнительные
    личные повышение контактная знание иностранных и
    роботи ключові професійні додаткова
    професионален професионални ключови компютърни допълнителна
    радно кључне
    працы
    επαγγελματική επαγγελματικη πρόσθετες και
    """
)
_BULLET = re.compile(r"^\s*(?:[-*+>\u2022\u00b7\u25aa\u25e6\u2023\u2013\u2014]|\d{1,2}[.)])\s")
_WORD = re.compile(r"[^\W\d_]{2,}")
_HEADING_MAX_CHARS = 100


def _is_section_heading(line: str) -> bool:
    # "Skills: Python, Go" opens a section on its own line too: what follows the colon is
    # the section's content, not part of the job above.
    label, colon, _ = line.partition(":")
    if colon and label.strip() and _is_section_heading(label):
        return True
    stripped = line.strip().strip("*_#=:|-").strip()
    # a note in brackets after the heading's words: "Odabrane publikacije (ukupno 21)"
    stripped = re.sub(r"\s*\([^()]*\)$", "", stripped)
    if not stripped or len(stripped) > 40:
        return False
    words = re.sub(r"[^\w&]+", " ", _fold_case(stripped)).split()
    if not 1 <= len(words) <= 4:
        return False
    return any(w in _SECTION_WORDS for w in words) and all(
        w in _SECTION_WORDS or w in _SECTION_FILLER for w in words
    )


# A label inside a job ("Key achievements:", "Accomplishments:"), not a section of the résumé:
# written with a colon and nothing after it, made of these words only. What follows it is
# the job's own work.
_ENTRY_LABEL_WORDS = word_set("key main major notable selected achievements accomplishments")
_ENTRY_LABEL_CORE = word_set("achievements accomplishments")


def _is_entry_label(line: str) -> bool:
    stripped = line.strip().strip("*_#").strip()
    if not stripped.endswith(":"):
        return False
    words = re.sub(r"[^\w&]+", " ", stripped.lower()).split()
    return bool(words) and words[-1] in _ENTRY_LABEL_CORE and set(words) <= _ENTRY_LABEL_WORDS


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and len(stripped) <= _HEADING_MAX_CHARS
        and not _BULLET.match(line)
        and not stripped.endswith((".", ";", ","))
        and not _is_section_heading(line)
    )


# "(3 yrs 2 mos)" and the same in French, Spanish, Italian, Portuguese, German and Dutch
# ("3 ans 2 mois", "2 años 5 meses", "4 Jahre 1 Monat", "3 jaar 2 maanden").
_YEARS_UNIT = r"yrs?|years?|y|ans?|años?|anni|anno|anos?|jahre?n?|jaar|j"
_MONTHS_UNIT = r"mos?|months?|m|mois|mes|meses|mesi|monate?n?|maanden|maand|mnd"
_DURATION = re.compile(
    rf"\b\d{{1,2}}\s*(?:{_YEARS_UNIT}|{_MONTHS_UNIT})\b"
    rf"(?:\s*\d{{1,2}}\s*(?:{_MONTHS_UNIT})\b)?",
    re.IGNORECASE,
)


def _residue(line: str, date_text: str) -> str:
    # The date line without its date: "Engineer, Acme | 03/2017-06/2020" gives "Engineer, Acme".
    # (with the end's ordinal dot: "2014. – 2018. Doktorski studij")
    ordinal = date_text + "." if (date_text + ".") in line and date_text[-1:].isdigit() else ""
    rest = line.replace(ordinal or date_text, " ", 1)
    rest = _DURATION.sub(" ", rest)  # "(3 yrs 2 mos)" names nothing
    rest = re.sub(r"[()\[\]]", " ", rest)
    return re.sub(r"\s+", " ", rest).strip(" \t|,;:*_-\u2013\u2014\u00b7\u2022")


# A gap wide enough to be a page column, not a space between words.
# (taken at its start only: a match tried from inside a long run would rescan the run)
_COLUMN_GAP = re.compile(r"(?<![ \t])[ \t]{6,}(?=\S)")
_SIDEBAR_MIN_LINES = 3


_PROSE_MIN_WORDS = 6


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
        if len(_WORD.findall(line[: gap.start()])) > 4:
            continue  # a sentence on the left: no sidebar there
        found.setdefault(gap.end(), []).append(number)
        if len(_WORD.findall(right)) >= _PROSE_MIN_WORDS:
            prose[gap.end()] = prose.get(gap.end(), 0) + 1
        dates = find_date_ranges(right, today=today)
        if dates and len(_WORD.findall(_residue(right, dates[0].text))) < 2:
            dated.add(gap.end())
    for column in sorted(found):
        near = range(column - 2, column + 3)
        if not any(c in dated for c in near):
            continue
        if sum(prose.get(c, 0) for c in near) < _SIDEBAR_MIN_LINES:
            continue
        numbers = sorted(n for c in near for n in found.get(c, []))
        kept = list(lines)
        for number in range(numbers[0], numbers[-1] + 1):
            line = lines[number]
            gap = next(_COLUMN_GAP.finditer(line), None)
            if gap is not None and gap.end() in near:
                kept[number] = " " * gap.end() + line[gap.end() :]
            elif len(line.rstrip()) < column - 2:
                kept[number] = " " * len(line)
        return kept
    return None


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
    for line in lines:
        for gap in _COLUMN_GAP.finditer(line):
            if gap.start() == 0 and gap.end() < 30:
                continue  # an indented line, not a column
            right = line[gap.end() :]
            dates = find_date_ranges(right, today=today)
            if dates and len(_WORD.findall(_residue(right, dates[0].text))) < 2:
                return lines  # a column of dates: the layout belongs to the jobs
            starts[gap.end()] = starts.get(gap.end(), 0) + 1
    column = next(
        (
            col
            for col in sorted(starts)
            if col >= 30
            and sum(starts.get(c, 0) for c in range(col - 2, col + 3)) >= _SIDEBAR_MIN_LINES
        ),
        None,
    )
    if column is None:
        return lines
    kept: list[str] = []
    for line in lines:
        cut = next((g.start() for g in _COLUMN_GAP.finditer(line) if g.end() >= column - 2), None)
        kept.append(line if cut is None else line[:cut].rstrip())
    return kept


# A heading's text, by its shape: one to four words of letters (no digits, no sentence
# punctuation), at most 40 characters.
_HEADING_TEXT = re.compile(r"[^\W\d_]+(?:[ \t]*[&/\-\u2013][ \t]*[^\W\d_]+|[ \t]+[^\W\d_]+){0,3}")
_HEADING_TEXT_MAX = 40


def _heading_layout(lines: list[str], index: int) -> tuple[bool, int, bool, bool] | None:
    """How a short heading-like line is set: (in capitals, Markdown "#" level, bold, a blank
    line above); None for a line that cannot be a heading (a sentence, a date, a list)."""
    stripped = lines[index].strip()
    level = len(stripped) - len(stripped.lstrip("#"))
    core = stripped.lstrip("#").strip()
    bold = len(core) > 4 and core[:2] in ("**", "__") and core.endswith(core[:2])
    core = core.strip("*_=").strip()
    if len(core) > _HEADING_TEXT_MAX or not _HEADING_TEXT.fullmatch(core):
        return None
    letters = [char for char in core if char.isalpha()]
    capitals = len(letters) >= 4 and all(char.isupper() for char in letters)
    blank_above = index == 0 or not lines[index - 1].strip()
    return (capitals, level, bold, blank_above)


def _section_layouts(lines: list[str], first: int) -> set[tuple[bool, int, bool, bool]]:
    """The layout of the heading that opens the section of the first entry (starting at line
    index `first`): "Zaposlenje", "PRACOVNÍ ZKUŠENOSTI", "## Experiència", whatever its
    language. Set apart by capitals, a Markdown "#", bold or a blank line above (a plain line
    right under the text above is no sign of a heading), it is how this résumé sets its
    section headings: a line set the same way inside an entry ("Obrazovanje", "PENDIDIKAN",
    "Formació") opens another section and ends the entry."""
    above = first - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0:
        return set()
    layout = _heading_layout(lines, above)
    if layout is None and first - 1 == above:
        # the entry's heading block reaches higher than read ("Lumbre Labs – Ingeniera
        # (Senior)" over the dates, a title over that): the heading is above the block
        block = above
        while block > 0 and lines[block - 1].strip() and above - block < _HEADING_BLOCK_MAX:
            block -= 1
        heading = block - 1
        while heading >= 0 and not lines[heading].strip():
            heading -= 1
        if heading >= 0 and heading < block - 1:
            layout = _heading_layout(lines, heading)
    if layout is None or not (layout[0] or layout[1] or layout[2] or layout[3]):
        return set()
    return {layout}


def _opens_section(
    lines: list[str], index: int, layouts: set[tuple[bool, int, bool, bool]]
) -> bool:
    """A line set as this résumé sets its section headings (see _section_layouts): the same
    layout, or a Markdown heading of the same level or above."""
    if not layouts:
        return False
    layout = _heading_layout(lines, index)
    if layout is None:
        return False
    for known in layouts:
        if 0 < layout[1] <= known[1]:
            return True
        # capitals, "#" or bold set a heading apart whatever is above it (a page break, a
        # blank line or none); a blank line above counts where it is the only sign
        sign = known[:3] if any(known[:3]) else known
        if layout[: len(sign)] == sign:
            return True
    return False


def _ends_entry(
    lines: list[str], index: int, date_index: int, layouts: set[tuple[bool, int, bool, bool]]
) -> bool:
    """Where an entry whose date sits on line `date_index` ends: at a section heading, by its
    words or by its layout (not on the line right under the date, the job's title there)."""
    if _is_section_heading(lines[index]) and not _is_entry_label(lines[index]):
        return True
    return index > date_index + 1 and _opens_section(lines, index, layouts)


# Words of an education section's heading, in the languages of Europe, Indonesian, Malay,
# Afrikaans, Turkish and Vietnamese ("Education", "Educational Attainment", "Academic
# Qualification", "Ausbildung", "Vzdelanie", "Izobrazba", "Pendidikan", "Học vấn").
_EDUCATION_WORDS = _folded_words(
    """
    education educational academic academics qualification qualifications schooling degree
    degrees studies
    ausbildung bildung studium hochschulbildung formation formations études etudes scolarité
    educación educacion formación formacion estudios académica academica istruzione
    formazione studi educação educacao formação formacao escolaridade opleiding opleidingen
    onderwijs utbildning uddannelse utdannelse utdanning wykształcenie wyksztalcenie edukacja
    vzdělání vzdelani vzdelanie vzdělávání vzdelávanie vzdelavanie koulutus eğitim egitim
    öğrenim ogrenim tanulmányok tanulmanyok végzettség vegzettseg oktatás oktatas educație
    educatie studii obrazovanje izobrazba izobraževanje pendidikan haridus izglītība
    izglitiba išsilavinimas issilavinimas kwalifikasies opvoeding formació estudis oideachas
    εκπαίδευση σπουδές освіта образование образовање адукацыя ikasketak prestakuntza
    hezkuntza
    """
)
_EDUCATION_PHRASES = ("học vấn", "hoc van")  # Vietnamese: two words, one heading


# A labelled line: "Capstone: ...", "Magistrsko delo: ...", "Obdobie: 04/2020 – doteraz".
_FIELD_LABEL = re.compile(
    r"^[ \t]*[^\W\d_][^\W\d_ .'\u2019-]*(?:[ \t][^\W\d_][\w.'\u2019-]*){0,3}:[ \t]"
)


def _under_education(lines: list[str], layouts: set[tuple[bool, int, bool, bool]]) -> list[bool]:
    """Per line (index), whether it stands under an education section: the nearest section
    heading above it (by its words or by this résumé's heading layout) names education in
    one of its words. (One pass: looking up from every entry would scan the text again.)"""
    under: list[bool] = []
    education = False
    for i, line in enumerate(lines):
        under.append(education)
        if _is_section_heading(line) or _opens_section(lines, i, layouts):
            words = re.sub(r"[^\w&]+", " ", _fold_case(line)).split()
            education = any(word in _EDUCATION_WORDS for word in words) or any(
                phrase in " ".join(words) for phrase in _EDUCATION_PHRASES
            )
    return under


def _range_inside_prose(line: str, date_text: str) -> bool:
    """A range in the middle of a bullet's sentence, under an entry already begun: the years
    of a product's versions or of a project ("- Ran 60 SQL Server instances (2016 a 2022)
    with Always On", "- Led the 2019 - 2021 migration to Kafka and Flink"), not a new job. A
    bulleted job ("- Engineer, Acme (2019 - 2021)", "- 2019 - 2021: Engineer at Acme") has
    the range at an end of its line. An open range ("dal 2020", "since 2021") counts as
    well: "..., and since 2021 on BigQuery." is no job begun in 2021."""
    if not _BULLET.match(line):
        return False
    before, _, after = line.partition(date_text)
    words_after = len(_WORD.findall(after))
    # a sentence going on after the range, or closing with a full stop ("..., dal 2020, su
    # BigQuery.")
    sentence = words_after >= 3 or (words_after >= 1 and line.rstrip().endswith("."))
    return len(_WORD.findall(before)) >= 3 and sentence


_CELL = " | "  # how a Word table row reads (resume_file joins a one-line row's cells so)


def _join_date_cells(line: str, *, today: date) -> str:
    """A table row with the start and the end in cells side by side ("03/2022 | to date |
    Acme | Analyst", "From | To" columns) with the two cells joined as one range ("03/2022 –
    to date | Acme | Analyst"); other lines as they are."""
    cells = line.split(_CELL)
    for i in range(len(cells) - 1):
        joined = f"{cells[i].strip()} \u2013 {cells[i + 1].strip()}"
        found = find_date_ranges(joined, today=today)
        if found and found[0].text == joined:
            return _CELL.join([*cells[:i], joined, *cells[i + 2 :]])
    return line


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", _fold_case(text)))


def _duties_by_title(
    lines: list[str],
    dated: dict[int, DateRange],
    entries: list[Entry],
    layouts: set[tuple[bool, int, bool, bool]],
) -> list[Entry]:
    """The entries again, when the dates sit in a table of their own (one row per job, rows
    one under another: "03/2022 | to date | Acme Trust | Senior Analyst") and each job's
    duties are written elsewhere under its title ("Senior Analyst – Acme"): each such block
    becomes an entry with the dates of the row that names every word of its title (the
    fewest other words, if two do), and the rows keep only their own line, so that the
    last row does not take every job's duties."""
    rows = [i for i in dated if _CELL in lines[i] and (i - 1 in dated or i + 1 in dated)]
    if len(rows) < 2:
        return entries
    row_tokens = {i: _tokens(_residue(lines[i], dated[i].text)) for i in rows}
    titles: dict[int, int] = {}  # title line -> its row
    for j in range(max(rows) + 1, len(lines)):
        if j in dated or not _looks_like_heading(lines[j]):
            continue
        words = _tokens(lines[j])
        if len(_WORD.findall(lines[j])) < 2:
            continue
        naming = sorted((len(row_tokens[i] - words), i) for i in rows if words <= row_tokens[i])
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
    for j, row in titles.items():
        last = j
        for i in range(j + 1, len(lines)):
            if i in titles or i in dated or _ends_entry(lines, i, j, layouts):
                break
            last = i
        while last > j and not lines[last].strip():
            last -= 1
        blocks.append(
            Entry(
                heading=lines[j].strip(),
                text="\n".join(lines[j : last + 1]),
                range=dated[row],
                lines=(j + 1, last + 1),
            )
        )
    return sorted([*kept, *blocks], key=lambda entry: entry.lines)


_ITEM_PERIOD_MIN_WORDS = 4


def _item_period(
    lines: list[str], index: int, job: int, found: DateRange, job_range: DateRange
) -> bool:
    """A bulleted item opening with a period of its own under a job whose date line is no
    bullet ("• 2020-tól az első Rust kísérletek: belső eszköz ...", "- 2019 - 2020: moved
    billing off Oracle"), or closing with it in brackets ("• Policy servicing and renewals
    for commercial lines (2014–2016)."): a period of that job's work, not a new entry, when
    a sentence follows it (or comes before the brackets), no section heading comes between,
    and the period falls (at least partly) within the job's dates. A bulleted list of jobs
    ("- 2019 - 2021: Engineer at Acme") under a bulleted job, or after a heading, stays a
    list of entries."""
    line = lines[index]
    if not _BULLET.match(line) or _BULLET.match(lines[job]):
        return False
    before, _, after = line.partition(found.text)
    # or closing the item in brackets ("• Policy servicing for commercial lines (2014–2016).")
    closing = (
        before.rstrip().endswith(("(", "["))
        and re.fullmatch(r"\s*[)\]]\s*[.;]?\s*", after) is not None
        and len(_WORD.findall(before)) >= _ITEM_PERIOD_MIN_WORDS
    )
    if len(_WORD.findall(after)) < _ITEM_PERIOD_MIN_WORDS and not closing:
        return False
    if any(_is_section_heading(lines[i]) for i in range(job + 1, index)):
        return False
    return found.start <= job_range.end and found.end >= job_range.start


_SENTENCE_END = (".", "!", ";")
_HEADING_BLOCK_MAX = 3
_ITEM_MAX_LINES = 12  # how far up a wrapped line looks for its item's bullet


def _in_item(lines: list[str], index: int) -> bool:
    """A bulleted item's line, or a wrapped line of one (indented, under the item with no
    blank line between: "- prihlasovanie klientov ... rieši tím digitálnych" then
    "  kanálov na Okta CIAM")."""
    if _BULLET.match(lines[index]):
        return True
    k = index
    while k > max(0, index - _ITEM_MAX_LINES) and lines[k][:1] in (" ", "\t") and lines[k].strip():
        k -= 1
        if _BULLET.match(lines[k]):
            return True
    return False


_SENTENCE_MAX_LINES = 3


def _sentence_end(lines: list[str], index: int) -> int | None:
    """The line (index) on which the sentence starting at `index` ends with its full stop,
    within three lines and before a blank line or an item; None if it does not."""
    for k in range(index, min(index + _SENTENCE_MAX_LINES, len(lines))):
        if not lines[k].strip() or (k > index and _BULLET.match(lines[k])):
            return None
        if lines[k].rstrip().endswith(_SENTENCE_END):
            return k
    return None


def _sentence_period(
    lines: list[str], index: int, job: int, found: DateRange, job_range: DateRange
) -> str | None:
    """A sentence of a job's prose (no bullets on either) holding a period within the job's
    dates: not a new entry. Opening the sentence ("Sinds 2024 side-by-side extensies op SAP
    BTP met CAP."), the period dates the sentence ("opens"), as a bulleted item's does;
    inside it ("IDocs en BAPI's; SAP PI/PO van 2016 tot 2019.") it dates one of its names,
    not the sentence ("inside"), as in a bullet. A job's own line is no sentence (no full
    stop), and a job that follows ("From 2021 to 2023 I led ... at Beta.") runs past the
    dates of the one above. None for anything else."""
    line = lines[index]
    if _BULLET.match(line) or _BULLET.match(lines[job]):
        return None
    end = _sentence_end(lines, index)
    if end is None:
        return None
    rest = " ".join(lines[index : end + 1]).replace(found.text, " ", 1)
    if len(_WORD.findall(rest)) < _ITEM_PERIOD_MIN_WORDS:
        return None
    if any(_is_section_heading(lines[i]) for i in range(job + 1, index)):
        return None
    within_end = found.end <= job_range.end or (found.ongoing and job_range.ongoing)
    if not (job_range.start <= found.start and within_end):
        return None
    before = line.partition(found.text)[0]
    return "opens" if len(_WORD.findall(before)) < 2 else "inside"


# A year closing an item, in brackets or after "in" as the languages of Europe, Indonesian,
# Malay and Vietnamese write it: "... in internal tools (2018).", "Moved the build farm to
# AWS in 2019.", "chuyển sang Git (2019)". A year after a name with no bracket or "in" is
# the name's version ("Windows Server 2019"), not a period.
_IN_WORDS = r"in|im|during|en|em|nel|nell['’]|i|w|we|v|vo|ve|u|na|di|pada|tahun|năm|в|у|σε|το"
_ITEM_YEAR = re.compile(
    rf"(?:\((?P<bracketed>(?:19|20)\d{{2}})\)|(?<!\S)(?:{_IN_WORDS})\s+(?P<after>(?:19|20)\d{{2}}))"
    r"[\s.;!]*$",
    re.IGNORECASE,
)
# ...or opening it: "- En 2023 migramos los servicios a Kubernetes; desde entonces ...", "- In
# 2019 we moved the build farm to AWS": the item's work began that year.
_ITEM_OPENING_YEAR = re.compile(
    rf"^\s*\S+\s+(?P<text>(?:{_IN_WORDS})\s+(?P<after>(?:19|20)\d{{2}}))(?=[\s,])(?!\s*[-\u2013\u2014/])",
    re.IGNORECASE,
)


def _item_year(lines: list[str], index: int, job: int, job_range: DateRange) -> DateRange | None:
    """A bulleted item under a job (whose date line is no bullet) closing with a year of its
    own, when the year falls within the job's dates: in brackets ("- Перші експерименти зі
    Scala у внутрішніх утилітах (2018).") the item's work was that year's, January to
    December; after "in" ("- Moved the build farm to AWS in 2019.", "- Migração ... para
    Azure SQL Managed Instance em 2023.") it began then and ran to the job's end. None for
    anything else."""
    if not _BULLET.match(lines[index]) or _BULLET.match(lines[job]):
        return None
    end = _item_lines(lines, index, len(lines) - 1)
    item = " ".join(line.strip() for line in lines[index : end + 1])
    found = _ITEM_YEAR.search(item) or _ITEM_OPENING_YEAR.match(item)
    if found is None:
        return None
    groups = found.groupdict()
    year = int(groups.get("bracketed") or groups["after"])
    if not job_range.start.year <= year <= job_range.end.year:
        return None
    text = groups.get("text") or found.group(0).strip()
    if groups.get("bracketed"):
        return DateRange(start=date(year, 1, 1), end=date(year, 12, 1), ongoing=False, text=text)
    # "in 2023" tells when the work began (a move, a migration): from then to the job's end
    return DateRange(
        start=date(year, 1, 1), end=job_range.end, ongoing=job_range.ongoing, text=text
    )


_CLAUSE_MARKS = ";:\u2013\u2014"  # what opens a clause inside an item: "; ", ": ", " – "


def _dated_clause(
    line: str, found: DateRange, job_range: DateRange
) -> tuple[int, int | None, DateRange] | None:
    """A period dating a clause of a job's item or sentence: (the column it starts, the
    column it stops before or None for the item's end, the period).

    An open start ("since 2020", "od leta 2023", "dal 2020") within the job's dates dates
    what follows it, to the job's end. A closed range within the job's dates closing its
    clause ("; SAP PI/PO van 2016 tot 2019.") dates the clause before it, from the last ";",
    ":" or dash. None for anything else: a range in brackets is a version's or a project's
    years ("60 instances (2016 a 2022) with Always On"), and so is one going on with the
    sentence."""
    column = line.find(found.text)
    if found.ongoing and found.text[-1:].isdigit():  # an open start ends with its date
        if not job_range.start <= found.start <= job_range.end:
            return None
        period = DateRange(
            start=found.start, end=job_range.end, ongoing=job_range.ongoing, text=found.text
        )
        return column, None, period
    if found.ongoing or column < 0:
        return None
    after = line[column + len(found.text) :]
    if line[:column].rstrip().endswith(("(", "[")) or not re.fullmatch(r"\.?\s*[.;,]?\s*", after):
        return None
    within_end = found.end <= job_range.end
    if not (job_range.start <= found.start and within_end):
        return None
    opened = max(line.rfind(mark, 0, column) for mark in _CLAUSE_MARKS)
    return opened + 1, column, found


def _item_lines(lines: list[str], index: int, last: int) -> int:
    """The last line of the item starting at `index`: its wrapped lines run on until a blank
    line, another item, a line not indented after a full stop, or `last` (a sentence of
    prose, until its full stop)."""
    if not _BULLET.match(lines[index]):
        end = _sentence_end(lines, index)
        return index if end is None else min(end, last)
    end = index
    while end + 1 <= last and lines[end + 1].strip() and not _BULLET.match(lines[end + 1]):
        # after a full stop only an indented line goes on with the item (a PDF with no blank
        # lines puts the next job's title right under the last item)
        if lines[end].rstrip().endswith(_SENTENCE_END) and lines[end + 1][:1] not in " \t":
            break
        end += 1
    return end


def usage_ranges(
    entry: Entry, mention_lines: Iterable[int], columns: Mapping[int, int] | None = None
) -> list[DateRange]:
    """The ranges a skill mentioned on these lines (1-based) of the entry was used in: the
    entry's own, unless every mention sits in an item dated by a period of its own, or after
    an open start inside its item's clause (`columns`: where on its line each mention
    starts); then those periods, within the entry's dates ("Rust from 2020" in a 2017 - 2021
    job is 2020 to 2021)."""
    if entry.range is None:
        return []
    periods = []
    for number in mention_lines:
        column = (columns or {}).get(number, -1)
        period = next((r for a, b, r in entry.periods if a <= number <= b), None) or next(
            (
                r
                for a, col_a, b, col_b, r in entry.clauses
                if (a, col_a) <= (number, column) < (b, col_b)
            ),
            None,
        )
        if period is None:
            return [entry.range]
        periods.append(period)
    clipped = []
    for period in dict.fromkeys(periods):
        start = max(period.start, entry.range.start)
        end = min(period.end, entry.range.end)
        if start <= end:
            clipped.append(
                DateRange(
                    start=start,
                    end=end,
                    ongoing=end == period.end and period.ongoing,
                    text=period.text,
                )
            )
    return clipped or [entry.range]


def _scan_dates(
    lines: list[str],
    dated: dict[int, DateRange],
    inside: dict[int, DateRange],
    clauses: dict[int, tuple[int, int | None, DateRange]],
    *,
    today: date,
    first: int = 0,
) -> None:
    """Read the periods on the lines from `first` on, into `dated` (a job's date line, by
    index), `inside` (an item or a sentence of a job's work opening or closing with a period
    of its own) and `clauses` (a clause of one dated by a period inside it; see
    Entry.clauses). Each is judged against the job dated last above it (`dated` may come
    with one already)."""
    for index in range(first, len(lines)):
        line = lines[index]
        found = find_date_ranges(line, today=today)
        job = max(dated) if dated else None
        if not found:
            year = None if job is None else _item_year(lines, index, job, dated[job])
            if year is not None:
                inside[index] = year
            continue
        # a version's or a project's years inside a sentence, or one name's: not the skill's
        in_prose = job is not None and _range_inside_prose(line, found[0].text)
        sentence = (
            None
            if job is None or in_prose
            else _sentence_period(lines, index, job, found[0], dated[job])
        )
        if job is not None and (in_prose or sentence == "inside"):
            clause = _dated_clause(line, found[0], dated[job])
            if clause is not None:
                clauses[index] = clause
            continue
        if job is not None and (
            sentence == "opens" or _item_period(lines, index, job, found[0], dated[job])
        ):
            inside[index] = found[0]
        else:
            dated[index] = found[0]
            # A job written as one paragraph on its date line ("Alí escribía Java e, a
            # partir de 2019, tamén Kotlin; ...", "... Depuis 2023, stockage sur AWS."): a
            # later period on the line dates a clause of its own sentence, as on a line below.
            for later in found[1:]:
                clause = _dated_clause(line, later, found[0])
                if clause is not None:
                    column, stop, period = clause
                    if stop is None:  # an open start: to its sentence's end, on this line
                        full_stop = re.search(r"[.!?](?:\s|$)", line[column + len(later.text) :])
                        if full_stop is not None:
                            stop = column + len(later.text) + full_stop.end()
                    clauses[index] = (column, stop if stop is not None else len(line), period)
                    break


def _inner_periods(
    lines: list[str],
    inside: dict[int, DateRange],
    clauses: dict[int, tuple[int, int | None, DateRange]],
    date_index: int,
    last: int,
) -> dict[str, tuple]:
    """Entry.periods and Entry.clauses of the job dated on line `date_index` whose lines run
    to `last` (indexes), from what _scan_dates read."""
    return {
        "periods": tuple(
            (i + 1, _item_lines(lines, i, last) + 1, inside[i])
            for i in sorted(inside)
            if date_index < i <= last
        ),
        "clauses": tuple(
            (i + 1, column, i + 1, stop, period)
            if stop is not None
            else (i + 1, column, _item_lines(lines, i, last) + 1, sys.maxsize, period)
            for i, (column, stop, period) in sorted(clauses.items())
            if date_index <= i <= last
        ),
    }


def dated_job(heading: str, lines: list[str], period: DateRange, *, today: date) -> Entry:
    """A job whose dates are known apart from its text (a LinkedIn position's, under its
    title): an entry of `heading` (line 1) and `lines` (lines 2 on) dated `period`, with the
    items and clauses inside it that carry a period of their own read as a résumé's job's
    are ("- En 2022 lideré la migración a Python.", "- Since 2021 on Rust", "... (2018)").
    Past a line that reads as another job's dates, nothing more is read: those lines keep
    the job's period."""
    numbered = [heading, *lines]
    dated: dict[int, DateRange] = {0: period}
    inside: dict[int, DateRange] = {}
    clauses: dict[int, tuple[int, int | None, DateRange]] = {}
    _scan_dates(numbered, dated, inside, clauses, today=today, first=1)
    last = min((i for i in dated if i > 0), default=len(numbered)) - 1
    return Entry(
        heading=heading,
        text="\n".join(numbered),
        range=period,
        lines=(1, len(numbered)),
        **_inner_periods(numbered, inside, clauses, 0, last),
    )


def split_entries(text: str, *, today: date) -> list[Entry]:
    """Segment the text into dated entries.

    An entry starts at a line containing a date range (or the heading line(s) just above it)
    and runs until the next entry or a section heading ("Education", "Skills", ...). Lines
    outside entries are not entries.
    """
    lines = [
        _join_date_cells(line, today=today) if _CELL in line else line
        for line in strip_sidebar(text.split("\n"), today=today)
    ]
    dated: dict[int, DateRange] = {}
    inside: dict[int, DateRange] = {}  # items opening with a period of a job's work
    clauses: dict[int, tuple[int, int | None, DateRange]] = {}  # see Entry.clauses
    _scan_dates(lines, dated, inside, clauses, today=today)
    if not dated:
        return []

    def boundary(index: int) -> bool:
        # Where a heading block above a date line may begin right below: the top, a blank
        # line, a section heading, a date line, or the end of the entry above (an item of
        # its list or a sentence's full stop: "- Lead a team of 7 engineers." then "Lead
        # DevOps Engineer", "Cardinal Aerospace", "June 2017 – February 2021").
        return (
            index < 0
            or not lines[index].strip()
            or _is_section_heading(lines[index])
            or index in dated
            or _in_item(lines, index)
            or lines[index].rstrip().endswith(_SENTENCE_END)
        )

    # Find each entry's first line: the date line, or the heading-like lines above it (up to
    # three: title, employer, a note such as "(Account: payroll SaaS)").
    starts: list[tuple[int, int]] = []  # (first line index, date line index)
    previous_date = -1
    for index in sorted(dated):
        first = index
        residue = _residue(lines[index], dated[index].text)
        # A date line with a title of its own ("03/2017-06/2020  Engineer, Acme") needs nothing from
        # above, and the line above is then usually the previous entry's last line.
        if len(_WORD.findall(residue)) < 2 and _CELL in lines[index]:
            # A table of one record ("Project | ITSM Implementation", "Client | ...",
            # "Duration | Jun'20 – Jul'22"): the rows above the dated one are its own.
            while (
                first - 1 > previous_date
                and _CELL in lines[first - 1]
                and not _is_section_heading(lines[first - 1])
            ):
                first -= 1
        elif len(_WORD.findall(residue)) >= 2:
            # A date line with a note after it ("Abr. 2024 – Actualidad · Remoto, clientes
            # de EE. UU.") under a line standing alone from a blank line or a section
            # heading ("Lumbre Labs – Ingeniera de IA generativa (Senior)"): that line is the
            # job's title, not the last line of the entry above.
            above = index - 1
            if (
                above > previous_date
                and _looks_like_heading(lines[above])
                and not _in_item(lines, above)
                and above - 1 >= 0
                and (not lines[above - 1].strip() or _is_section_heading(lines[above - 1]))
            ):
                first = above
        else:
            # Contiguous heading-like lines right above (a wrapped line of the item above is
            # that item's, not a heading).
            above = []
            for i in range(index - 1, index - 1 - _HEADING_BLOCK_MAX, -1):
                if i <= previous_date or i < 0 or not _looks_like_heading(lines[i]):
                    break
                if _in_item(lines, i):
                    break
                above.append(i)
            # More than one line only as a block of its own, from a boundary down; three
            # not right under the dates above (the lines there are that job's own).
            while len(above) > 1 and (
                not boundary(above[-1] - 1) or (len(above) > 2 and above[-1] - 1 in dated)
            ):
                above.pop()
            if above:
                first = above[-1]
        starts.append((first, index))
        previous_date = index

    layouts = _section_layouts(lines, starts[0][0])
    education = _under_education(lines, layouts)
    entries: list[Entry] = []
    for position, (first, date_index) in enumerate(starts):
        limit = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        last = date_index
        for i in range(date_index + 1, limit):
            if _ends_entry(lines, i, date_index, layouts):
                break
            last = i
        while last > date_index and not lines[last].strip():
            last -= 1
        if education[first] and not _FIELD_LABEL.match(lines[date_index]):
            # A degree's years date its name and school (the lines down to the first item or
            # labelled line), not the student's projects and coursework written under them
            # ("Capstone: Patient Record System (PHP and MySQL)", "- Coursework: ..."). (A
            # record of labelled fields, "Obdobie: 2008 – 2013", "Škola: ...", cannot tell
            # its degree from its thesis: kept whole.)
            for i in range(date_index + 1, last + 1):
                if _in_item(lines, i) or _FIELD_LABEL.match(lines[i]):
                    last = i - 1
                    break
            while last > date_index and not lines[last].strip():
                last -= 1
        date_range = dated[date_index]
        heading_parts = [lines[i].strip().strip("*_#|").strip() for i in range(first, date_index)]
        residue = _residue(lines[date_index], date_range.text)
        if residue:
            heading_parts.append(residue)
        entries.append(
            Entry(
                heading=" \u2014 ".join(part for part in heading_parts if part),
                text="\n".join(lines[first : last + 1]),
                range=date_range,
                lines=(first + 1, last + 1),
                **_inner_periods(lines, inside, clauses, date_index, last),
            )
        )
    return _duties_by_title(lines, dated, entries, layouts)


# --- usage ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkillUsage:
    months: int  # union of the months of every entry mentioning it (overlaps not double-counted)
    last_used: date | None  # end of the latest entry mentioning it (today for ongoing)
    entries: tuple[Entry, ...]


def estimate_usage(entries: list[Entry], mentions: Callable[[str], bool]) -> SkillUsage:
    """How long and how recently a skill was used, from the entries whose text mentions it.

    Months are calendar months counted once however many entries cover them (two overlapping jobs
    both using Python don't make twice the experience); a range covers its start and end months.
    """
    used = tuple(entry for entry in entries if mentions(entry.text))
    months: set[int] = set()
    last_used: date | None = None
    for entry in used:
        if entry.range is None:
            continue
        first = entry.range.start.year * 12 + entry.range.start.month - 1
        final = entry.range.end.year * 12 + entry.range.end.month - 1
        months.update(range(first, final + 1))
        if last_used is None or entry.range.end > last_used:
            last_used = entry.range.end
    return SkillUsage(months=len(months), last_used=last_used, entries=used)


def evidence_lines(
    text: str, mentions: Callable[[str], bool], *, limit: int = 5
) -> list[tuple[int, str]]:
    """(1-based line number, line text of at most 200 characters) for lines mentioning the skill.

    Shown to the person as evidence, so repeated identical lines are listed once.
    """
    found: list[tuple[int, str]] = []
    seen: set[str] = set()
    if limit <= 0:
        return found
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped or stripped in seen or not mentions(stripped):
            continue
        seen.add(stripped)
        if len(stripped) > EVIDENCE_MAX_CHARS:
            stripped = stripped[: EVIDENCE_MAX_CHARS - 1].rstrip() + "…"
        found.append((number, stripped))
        if len(found) >= limit:
            break
    return found
