"""When a name the matcher found is not the person's skill: a word in a phrase ("R&D",
"go-to-market", "Spring 2015"), part of a person's or a place's name ("La Scala", "Crystal,
our designer", "Phoenix, AZ"), a verb of someone else ("was mentored by"). (Another party's
technology, "the client's Java team", is smatrx.imports.ownership's business.) Pure
functions of the text and the mention; no Flask, no database."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from smatrx.imports.function_words import (
    ENGLISH_FUNCTION_WORDS,
    FOREIGN_FUNCTION_WORDS,
    GENITIVE_PARTICLES,
    GERMAN_ARTICLES,
)
from smatrx.imports.mentions import (
    WORD,
    Candidate,
    capitalised,
    foreign_sentence,
    line_bounds,
)
from smatrx.imports.text_clues import CAPITALISED_RUN
from smatrx.imports.vocabulary import (
    COMPANY_NOUNS,
    CONTEXT_NOUNS_AFTER,
    CONTEXT_WORDS,
    EMPLOYER_BEFORE,
    IMPERATIVE_VERBS,
    LEISURE_PHRASES,
    LEISURE_VERBS,
    NAMING_VERBS,
    NOT_THE_PERSONS_VERB,
    PHRASE_END_WORDS,
    SEASON_NOUNS,
    SEASONS,
    SKILL_ADJECTIVES,
    TRAP_AFTER,
    TRAP_AFTER_COMPOUNDS,
    TRAP_BEFORE,
)

# Reading as a pastime with its authors in brackets ("leitura (Kafka, ...)"); only the
# bracket tells a list of authors from work ("leitura de dados do Kafka").
_READING_LIST = re.compile(
    r"\b(?:reading|leitura|lectura|lettura|l\u00e4sning|czytanie|lekt\u00fcre)[ \t]*\([^()\n]*\Z",
    re.IGNORECASE,
)
# Inside Chinese title brackets, which hold the names of works (books, games, films).
_IN_A_WORKS_TITLE = re.compile(r"\u300a[^\u300a\u300b\n]*$")
# One to two capitalised words and a year after a name: an event ("Expo EVA 2023").
_EVENT_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w-]*){1,2}[ \t]+(?:19|20)\d\d\b")
_YEAR_AFTER = re.compile(r"[ \t]+'?(?:(?:19|20)\d\d|\d\d)\b")
# "a Figma-like editor", "an OutSystems-like company": a likeness, not the thing itself.
_LIKENESS = re.compile(r"-(?:like|esque)\b", re.IGNORECASE)
# A state or country code after a comma: "Phoenix, AZ", "Richmond, VA", "Oban, UK".
_PLACE_AFTER = re.compile(r",[ \t]*[A-Z]{2}\b(?![\w+#./-])(?![ \t]*[,/&]?[ \t]*[A-Za-z])")


# Quotation marks: double, guillemets, single (a straight one not after a letter, which is
# an apostrophe) and the CJK corner and angle brackets ('Express', 「Express」, 《Express》).
_OPENING_QUOTE = re.compile(
    r"(?:[\u00ab\u201c\u201e\"\u2018\u300c\u300e\u300a\u3008]|(?<![^\W\d_])')\s*$"
)
_CLOSING_QUOTE = re.compile(
    r"\s*(?:[\u00bb\u201d\u201c\"\u2019\u300d\u300f\u300b\u3009]|'(?![^\W\d_]))"
)
# A town, then the code of its state or province that is also a language's name in capitals:
# Goiás and Gorizia, "Goiânia - GO", "Monfalcone (GO)", "Anápolis/GO" (the language is not
# written "GO" after a town; other two capitals are "Build / CI" as often as a region).
_REGION_CODE_AFTER_PLACE = re.compile(
    r"(?<![\w.])[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:/|[ \t]*[,(]|[ \t][\u2013\u2014-])[ \t]*$"
)
_REGION_CODE_ENDS = re.compile(r"(?<=\b[A-Z]{2})[ \t]*(?:[)|,\n]|$)")
_SHIP = re.compile(
    r"(?<![\w/])(?:M/[TVS]|MV|MT|MS|HMS|SS|RV)\.?[ \t]+$"
    r"|\b(?i:vessel|yacht|ferry|trawler|schooner|barge|survey[ \t]+boat)[ \t]+$"  # (not "ship")
)
_ROLE_NOUNS = ("Manager", "Engineer", "Developer", "Analyst", "Designer", "Architect")


def _hebrew(ch: str) -> bool:
    return "\u05d0" <= ch <= "\u05ea"


# Capitals before a name that qualify it rather than name another company's product.
_KNOWN_PREFIXES = frozenset(
    {"aws", "gcp", "ms", "ibm", "sap", "api", "sql", "ci", "cd", "ui", "ux", "ml", "ai", "iot"}
)


def _a_compounds_modifier(text: str, cand: Candidate, seg: tuple[int, int]) -> bool:
    """A capitalised name opening a hyphenated compound noun of a language that writes them
    so ("Oracle-Datebank", "Jenkins-Pipeline", "Spark-Jobs"), in a sentence of that language,
    with a capitalised noun after the hyphen that says nothing else ("Go-Live" is a launch)."""
    head = re.match(r"-([^\W\d_]+)", text[cand.end : cand.end + 40])
    if not cand.text[:1].isupper() or head is None:
        return False
    if head.group(1).casefold() in _COMPOUND_HEADS:
        return True  # "Scrum-Teams", "Scrum-team", "Excel-basierte Berichte"
    return (
        head.group(1)[:1].isupper()
        and head.group(1).casefold() not in TRAP_AFTER
        and foreign_sentence(text, seg, cand.start)
    )


# Heads of compounds that only a technology's name can qualify, in any language.
_COMPOUND_HEADS = frozenset(
    {"team", "teams", "master", "masters", "pipeline", "pipelines", "cluster", "clusters"}
    | {"basierte", "basierten", "basiertes", "basiert", "gebaseerde", "berichte"}
    | {"dashboards", "dashboard", "skripte", "scripts", "jobs", "makros", "macros", "modelle"}
)


def a_job_title(text: str, cand: Candidate) -> bool:
    """A catalog name that is also a job's title ("Configuration Manager"), alone on its line
    or before the employer: the role held, not the product."""
    if not cand.text.endswith(_ROLE_NOUNS) or re.match(r"[A-Z]{3,}[ \t]", cand.text):
        return False  # (a vendor's product in capitals first is no title: "SAP Solution Manager")
    line_start, line_end = line_bounds(text, cand.start)
    before = text[line_start : cand.start].strip(" \t*#_-\u2022|")
    after = text[cand.end : line_end].strip(" \t*_")
    return not before and (not after or after[:1] in ",|\u2013\u2014-" or after[:3] == "at ")


def a_likeness(text: str, cand: Candidate) -> bool:
    """ "a Figma-like editor": a likeness, not the thing itself."""
    return _LIKENESS.match(text, cand.end) is not None


_IN_OR_WITH = frozenset({"en", "em", "in", "im", "avec", "con", "com", "mit", "met", "sous"})


def trapped(text: str, cand: Candidate, seg: tuple[int, int]) -> bool:
    """The ambiguous name is plainly something else: "R&D", "go-to-market", "Series C"."""
    before = text[max(0, cand.start - 2) : cand.start]
    after = text[cand.end : cand.end + 2]
    if before.endswith("&") or after.startswith("&"):
        return True
    if len(cand.text) == 1 and re.match(r"[ \t]*&[ \t]*[A-Z]{1,2}(?![\w+#])", text[cand.end :]):
        return True  # classes of a licence: "C & MR driver licence" (not "C & C++")
    # (a Hebrew prefix is glued on by a hyphen: "ב-Jenkins", "ל-GitHub Actions")
    if (
        len(before) == 2 and before[1] == "-" and before[0].isalnum() and not _hebrew(before[0])
    ) or (
        len(after) == 2
        and after[0] == "-"
        and after[1].isalnum()
        # (a case ending of another script glued on by a hyphen: Georgian "Svelte-ით")
        and not (after[1].isalpha() and ord(after[1]) > 0x24F)
        and not _a_compounds_modifier(text, cand, seg)
    ):
        return True
    # Neighbours within the sentence only: "statistics in R.\n* A MySQL ..." has no
    # word after R.
    words_before = WORD.findall(text[max(seg[0], cand.start - 30) : cand.start])
    words_after = WORD.findall(text[cand.end : min(seg[1], cand.end + 30)])
    prev = words_before[-1].casefold() if words_before else ""
    nxt = words_after[0].casefold() if words_after else ""
    gap_after = text[cand.end : cand.end + 3]
    # (an opening parenthesis starts an aside: "tooling in Go (a deploy-freeze bot, ...)")
    joined_after = not re.match(r"\s*[,;/|:()]", gap_after)
    joined_before = not re.search(r"[,;/|:(]\s*$", text[max(0, cand.start - 3) : cand.start])
    if prev in {"let's", "lets", "let\u2019s"}:
        return True
    if (
        cand.text.casefold() in _VERBS_OPENING_A_CLAUSE
        and _CLAUSE_START.search(text, max(0, cand.start - 6), cand.start)
        and re.match(r"[ \t]+[a-z]", text[cand.end : cand.end + 2])
        and nxt not in _VERBS_OPENING_A_CLAUSE[cand.text.casefold()]
        and nxt not in ENGLISH_FUNCTION_WORDS
    ):
        return True  # an imperative or a person's verb: "Make quick prototypes in Figma"
    if _OPENING_QUOTE.search(text[max(0, cand.start - 3) : cand.start]) and (
        nxt in FOREIGN_FUNCTION_WORDS
        or nxt in ENGLISH_FUNCTION_WORDS
        or _CLOSING_QUOTE.match(text, cand.end) is not None
    ):
        return True  # a quoted title's first word or a quoted name: « Estimation sur », «Nexus»
    if _EVENT_AFTER.match(text, cand.end) and cand.text[:1].isupper():
        return True  # an event: "la Expo EVA 2023", "Spark Summit 2019" (not "Excel 2016")
    if _IN_A_WORKS_TITLE.search(text, max(seg[0], cand.start - 30), cand.start) and re.match(
        r"[^\u300a\u300b\n]{0,30}\u300b", text[cand.end : cand.end + 32]
    ):
        return True  # the title of a work in Chinese brackets: 《鍊金少女 Elixir Girls》
    if (
        cand.text == "GO"
        and _REGION_CODE_AFTER_PLACE.search(text, max(0, cand.start - 40), cand.start)
        and _REGION_CODE_ENDS.match(text, cand.end)
    ):
        return True  # a state's or province's code after its town: "Goiânia - GO", "(GO)"
    if re.match(
        r"-[ \t]+(?:und|oder|and|or|en|et|e|y|bzw\.?)\s+[^\W\d_]+(?![\w-])", text[cand.end :]
    ):
        return True  # the first half of a pair of compounds: "Helm- und Sicherheitsschuhpflicht"
        # (not "Bash- und Python-Skripte", a technology's compound after it)
    if _SHIP.search(text, max(0, cand.start - 8), cand.start):
        return True  # a ship: "M/T Athena", "MV Phoenix"
    if prev in NAMING_VERBS or words_before[-2:] == ["known", "as"]:
        return True  # a name given to something: "the product was called Houdini"
    recent = " ".join(
        w.casefold() for w in WORD.findall(text[max(seg[0], cand.start - 40) : cand.start])
    )
    if _READING_LIST.search(text, max(seg[0], cand.start - 60), cand.start):
        return True  # authors read for pleasure: "leitura (Kafka, Machado de Assis)"
    if any(phrase in recent for phrase in LEISURE_PHRASES):
        return True  # a book or a film: "Book club (this month: Great Expectations)"
    if (
        joined_before
        and prev in EMPLOYER_BEFORE
        and cand.text[:1].isupper()
        and not (len(words_before) > 1 and words_before[-2].casefold() in SKILL_ADJECTIVES)
    ):
        return True  # an employer: "Senior Engineer at Oracle", not "good at Go"
    if cand.text.casefold() in SEASONS and _YEAR_AFTER.match(text, cand.end):
        return True  # a date: "Spring 2015", "Fall '19"
    if cand.text.casefold() in SEASONS and joined_after and nxt in SEASON_NOUNS:
        return True  # a season's event: "the Spring sale"
    if (
        (
            prev in LEISURE_VERBS
            # Spanish and French put "a"/"à" between the verb and a person: "Leo a Kafka"
            or (
                prev in {"a", "\u00e0"}
                and len(words_before) > 1
                and words_before[-2].casefold() in LEISURE_VERBS
            )
        )
        and (not nxt or nxt in PHRASE_END_WORDS or re.match(r"['\u2019]s\b", text[cand.end :]))
    ):
        return True  # a book, an author, a place: "Reading Kafka on the tram", "re-reading
        # Kafka's The Trial"
    next_word = re.match(r"[ \t]+([^\W\d_]+)", text[cand.end : cand.end + 12])
    if (
        next_word is not None
        and next_word.group(1).casefold() in GENITIVE_PARTICLES
        and foreign_sentence(text, seg, cand.start)
        # (after a noun it qualifies, the name is the technology: "cérémonies Scrum de deux
        # équipes", "dashboards Tableau de la direction")
        and not (
            words_before
            and prev not in FOREIGN_FUNCTION_WORDS
            and prev not in ENGLISH_FUNCTION_WORDS
        )
        # (nor after "in" or "with", a language or tool written in: "Portage en C des
        # algorithmes", "réécrit en Go de la couche réseau")
        and prev not in _IN_OR_WITH
    ):
        return True  # a noun of that language: "Tableau de bord", "Spark de la vie"
    if joined_before and prev in TRAP_BEFORE and (prev != "sous" or cand.text.casefold() == "chef"):
        return True  # (a word that makes one name another thing: another_kind_of_thing; a
        # "sous chef", but French "sous Jenkins" is on it)
    if _DEGREE_BEFORE.search(text, max(seg[0], cand.start - 50), cand.start):
        return True  # a field of study: "Laurea triennale in Informatica", "Teknik Informatika"
    if (
        prev in GERMAN_ARTICLES
        and joined_before
        and not gap_after.startswith("-")
        and nxt not in CONTEXT_WORDS
        and nxt not in CONTEXT_NOUNS_AFTER
        and foreign_sentence(text, seg, cand.start)
    ):
        return True  # a German noun: "im Segment Privatkunden" (not "die Spark-Pipeline")
    company = re.search(
        r"(?<![\w.-])([A-Z]{2,4})[ \t]+$", text[max(0, cand.start - 8) : cand.start]
    )
    if (
        company is not None
        and cand.text[:1].isupper()
        and not foreign_sentence(text, seg, cand.start)
        and company.group(1).casefold() not in _KNOWN_PREFIXES
    ):
        return True  # another company's product: "FIS Prophet", "SAS Viya"
    # ("a" is an article in English only: Luxembourgish, Czech and Slovak "a" is "and", "Java
    # mat Spring a Hibernate"; "an" still traps, as in German and Luxembourgish it is no list's
    # "and" after a name: "Mäi Chef an ech")
    if (
        joined_after
        and nxt in TRAP_AFTER
        and not (nxt == "a" and foreign_sentence(text, seg, cand.start))
    ):
        compound = " ".join(w.casefold() for w in words_after[:2])
        if compound not in TRAP_AFTER_COMPOUNDS:
            return True  # ("Rails back office" is the name qualifying a noun)
    sentence_start = not WORD.search(text, seg[0], cand.start)
    imperative = cand.text.casefold() in IMPERATIVE_VERBS
    if sentence_start and imperative and nxt in {"to", "for", "with", "get"}:
        return True  # an imperative: "Go to the portal", "Go for it" (not "Puppet for")
    if sentence_start and nxt == "and" and not capitalised(words_after[1:2]):
        return True  # "Go and see", but not "Prometheus and Grafana dashboards"
    if not cand.text.isupper() and _PLACE_AFTER.match(text, cand.end):
        return True  # a place: "Dockyard Labs (Phoenix, AZ)"
    if len(cand.text) == 1:
        # initials and marks: "John R. Smith", "Intel(R)", "A, B and C grades"
        if after[:1] == "." and re.match(r"[ \t]+[A-Z]", text[cand.end + 1 : cand.end + 3]):
            return True
        if before.endswith("(") and after.startswith(")"):
            return True
    return False


# Names that are also verbs, and the nouns after them that keep them the tool ("Make
# targets", "React hooks", "Express middleware"): at a clause's start before another
# lowercase word they are the verb ("Make quick click-through prototypes", "React fast").
_VERBS_OPENING_A_CLAUSE = {
    "make": frozenset({"file", "files", "targets", "target", "builds", "build", "rules"}),
    "react": frozenset({"hooks", "components", "component", "native", "router", "query", "apps"}),
    "express": frozenset({"middleware", "server", "servers", "routes", "apps", "app", "api"}),
}
_CLAUSE_START = re.compile(r"(?:^|[\n;:]|[-*\u2022][ \t]|\.[ \t])[ \t]*$")


def not_the_persons_verb(text: str, cand: Candidate) -> bool:
    """A name written as a past-tense verb after a passive or another subject: "was
    mentored by", "she managed the team"."""
    first = cand.text.split(None, 1)[0].casefold()
    if not first.endswith("ed"):
        return False
    if " " not in cand.text and re.match(r"[ \t]+by\b", text[cand.end : cand.end + 6]):
        return True  # a passive without its auxiliary: "Mentored by the head chef"
    before = WORD.findall(text[max(0, cand.start - 12) : cand.start])[-1:]
    return bool(before) and before[0].casefold() in NOT_THE_PERSONS_VERB


# A degree's name before its field: "Laurea triennale in", "Grado en", "S1 Teknik".
# (Capitalised, as a degree's name is: "licence tracking in Excel" is no degree.)
_DEGREE_BEFORE = re.compile(
    r"(?<![\w])(?:Laurea|Licenciatura|Grado|Ingegneria|Ingeniería|Engenharia|Bacharelado"
    r"|Diplom|Teknik|S1|S2|Bachelor|Master|MSc|BSc|B\.Sc\.|M\.Sc\.)"
    r"(?:[ \t]+[^\W\d]+){0,2}?[ \t]+(?:(?:in|en|em|de|of|der)[ \t]+)?\Z"
)


def a_legal_form(text: str, cand: Candidate) -> bool:
    """The name is a company's legal form after the company's name, in the lower or title
    case only a legal form is written in ("Bank Lvant plc", "Kafue Commercial Bank Plc"): not
    a technology (a PLC is written in capitals)."""
    if _LEGAL_FORM.fullmatch(cand.text.upper()) is None:
        return False
    if cand.text.isupper():
        # in capitals only after a company's own noun: "Gold Coast Commercial Bank PLC" (an
        # "Allen-Bradley PLC" is the controller)
        noun = re.search(
            r"([A-Z][a-z\u00e0-\u00ff]+)[ \t]+$", text[max(0, cand.start - 20) : cand.start]
        )
        if noun is not None and noun.group(1).casefold() in COMPANY_NOUNS:
            return True
        # or as the employer's line names it: "Ingénieur DevOps - Rhénatech SAS, Strasbourg"
        line_start = text.rfind("\n", 0, cand.start) + 1
        return (
            _EMPLOYER_BEFORE.search(text, line_start, cand.start) is not None
            and _PLACE_OR_LINE_END.match(text, cand.end) is not None
        )
    return (
        re.search(r"[A-Z][\w&'.-]*[ \t]+$", text[max(0, cand.start - 40) : cand.start]) is not None
    )


# An employer after a title's separator (a dash: "- Rhénatech "), then a place or nothing.
_EMPLOYER_BEFORE = re.compile(
    r"(?:[\u2013\u2014|@]|\bat\b|\bchez\b|\bbei\b)[ \t]+(?:[A-Z\u00c0-\u00de][\w&'.-]*[ \t]+){1,3}$"
)
_PLACE_OR_LINE_END = re.compile(r"[ \t]*(?:,[ \t]*[A-Z\u00c0-\u00de][^\n,]*)?[ \t]*(?:\n|$)")


def town_after_employer(text: str, cand: Candidate, starts: list[int]) -> bool:
    """A capitalised name closing a line after a comma, with no other technology on that
    line: where a résumé puts the employer's town ("Marine Science Association, Oban")."""
    line_start, line_end = line_bounds(text, cand.start)
    if text[cand.end : line_end].strip(" \t.") or not cand.text[:1].isupper():
        return False
    if not text[line_start : cand.start].rstrip(" \t").endswith(","):
        return False
    # the only candidate on its line (a bisect: a long document has thousands of them)
    return bisect_right(starts, line_end - 1) - bisect_left(starts, line_start) == 1


_LEGAL_FORM = re.compile(
    r"(?<![\w.])(?:CV|PT|Ltd|GmbH|Inc|LLC|Oy|AB|AS|SA|SRL|BV|NV|Pty|PLC|AG|KG|Kft|Zrt|Tbk|ApS|NPC"
    r"|SARL|SARLU|EURL|SAS|SpA|Lda|Ltda|LLP|Bhd|SLU|s\.r\.o|d\.o\.o|S\.A|S\.p\.A|S\.L|A/S"
    r"|S\.r\.l|S\.R\.L|Srl|S\.a\.s|S\.n\.c|S\.p\.a|Pvt|Sdn|GbR|OHG|UG|e\.K|e\.V|Ltée"
    r"|S\.A\.S|S\.A\.U|SAU|S\.L\.U)"
    r"\.?(?![\w/])"
)


def in_a_company_name(text: str, cand: Candidate, *, legal_forms: bool = True) -> bool:
    """A name inside a company's or a school's name, which a legal form or an institution's
    word opens or closes: "CV Bamboo Living Indonesia", "Puppet Labs Ltd", "Ghana
    Communication Technology University"."""
    line_start, line_end = line_bounds(text, cand.start)
    run = CAPITALISED_RUN.search(text, line_start, cand.start)
    opening = text[run.start() if run else cand.start : cand.start]
    closing = re.match(r"(?:[ \t]+[A-Z][\w&'.-]*){0,4}", text[cand.end : line_end])
    span = opening + cand.text + (closing.group() if closing else "")
    if legal_forms and _LEGAL_FORM.search(span) is not None:
        return True
    return _INSTITUTION.search(span) is not None


# A school's or a university's name: "Ghana Communication Technology University".
_INSTITUTION = re.compile(
    r"\b(?:University|College|Institute|Polytechnic|Academy|School|Universidad|Université"
    r"|Universität|Universidade|Università|Universiteit|Universitet|Hochschule"
    r"|Academia|Accademia|Académie|Academie|Akademie|Escuela|Escola|École|Scuola|Schule"
    # ... and a charity's or a club's: "Hunhu/Ubuntu Trust" (not "Foundation": "PRINCE2 Foundation")
    r"|Trust|Association|Society|Charity|Federation|Club"
    # ... and a venue's: "Azure Lagoon Resort & Spa", "Phoenix Park Hotel"
    r"|Resort|Hotel|Hotels|Lodge|Inn|Motel|Hospital|Clinic|Restaurant|Bakery|Café|Cafe|Farms?"
    r"|Church|Stadium|Marina|Villas)\b"
)


def written_apart(text: str, cand: Candidate) -> bool:
    """An everyday-word name in capitals the catalog never writes so, on a line not written
    in capitals: a name of its own ("Ada, SPARK" is the Ada subset, not Apache Spark; "SWIFT
    MT940" is the bank network)."""
    if len(cand.text) < 3 or not cand.text.isupper() or cand.term.name.isupper():
        return False
    words = cand.term.name.split()
    if cand.text in words or cand.text.casefold() not in (w.casefold() for w in words):
        return False  # ("RAC" is how "Oracle RAC" writes it)
    line_start, line_end = line_bounds(text, cand.start)
    letters = [ch for ch in text[line_start:line_end] if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) < 0.6 * len(letters)
