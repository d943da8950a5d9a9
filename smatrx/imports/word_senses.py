"""Skill words in another sense: "leadership" as the people who lead, "agile" as a
person's quality, "communication" between machines, an acronym before a model number, a
business function named as the domain a piece of work serves. Pure: functions of the text
and the mention; no Flask, no database."""

from __future__ import annotations

import re
from collections.abc import Mapping

from smatrx.imports.mentions import WORD, Candidate, CatalogTerm, Match, Mention


def a_body_of_people(text: str, cand: Candidate) -> bool:
    """ "Leadership" naming the people who lead, not the skill: "dashboards for the senior
    leadership team", "reports leadership reads weekly", "presented to executive leadership"."""
    if cand.text.casefold() not in _BODY_WORDS:
        return False
    after = WORD.findall(text[cand.end : cand.end + 16])[:1]
    before = WORD.findall(text[max(0, cand.start - 16) : cand.start])[-1:]
    if (after and after[0].casefold() in _BODY_NOUNS_AFTER) or (
        before and before[0].casefold() in _BODY_WORDS_BEFORE
    ):
        return True
    # what is presented or reported to: "Present findings to nursing and physician
    # leadership" ("provided leadership to the team" is still the skill)
    return _TO_A_BODY.search(text, max(0, cand.start - 50), cand.start) is not None


_BODY_WORDS = frozenset({"leadership"})
_BODY_NOUNS_AFTER = frozenset(
    {"team", "teams", "group", "groups", "forum", "meeting", "meetings", "offsite", "board"}
    | {"committee", "reads", "asked", "wanted", "signed", "approved", "reviews", "review"}
)
_BODY_WORDS_BEFORE = frozenset(
    {"senior", "executive", "company", "exec", "c-suite", "physician", "nursing", "clinical"}
    | {"hospital", "school", "store", "regional", "group", "business", "practice", "site"}
)
_TO_A_BODY = re.compile(
    r"\b(?:present|presents|presented|presenting|report|reports|reported|reporting|brief"
    r"|briefs|briefed|briefing|escalate|escalated|escalating)\b[^.;\n]{0,30}?\bto[ \t]+"
    r"(?:the[ \t]+|our[ \t]+)?(?:[a-z-]+[ \t]+(?:and[ \t]+)?){0,3}$"
)


def a_persons_quality(text: str, cand: Candidate) -> bool:
    """ "Agile" as an adjective of a person or a mind, not the way of working: "an agile
    thinker", "stay agile", "agile and adaptable" ("agile teams", "an agile coach" still
    count)."""
    if cand.text.casefold() not in _QUALITY_WORDS:
        return False
    after = WORD.findall(text[cand.end : cand.end + 24])[:2]
    before = [w.casefold() for w in WORD.findall(text[max(0, cand.start - 24) : cand.start])]
    return bool(
        (after and after[0].casefold() in _QUALITY_NOUNS_AFTER)
        or (len(after) == 2 and after[0] == "and" and after[1] in _QUALITY_PEERS)
        or (before and before[-1] in _QUALITY_WORDS_BEFORE)
        # one of two qualities of a group: "a small, agile crew of four"
        or (
            before
            and before[-1] in _QUALITY_PEERS | _SIZES
            and _COMMA_BEFORE.search(text, 0, cand.start)
        )
        or (before[-2:-1] and before[-1] == "and" and before[-2] in _QUALITY_PEERS)
    )


_QUALITY_WORDS = frozenset({"agile"})
_QUALITY_NOUNS_AFTER = frozenset(
    {"mind", "minds", "minded", "thinker", "thinkers", "learner", "learners", "person", "under"}
    | {"individual", "personality", "nature", "footwork", "body", "hands", "brain"}
)
_QUALITY_PEERS = frozenset(
    {"adaptable", "flexible", "resilient", "curious", "adaptive", "responsive", "quick"}
    | {"creative", "organised", "organized", "proactive", "versatile", "energetic", "fit"}
    | {"calm", "practical", "pragmatic", "reliable", "patient", "positive", "focused"}
    | {"independent", "mobile", "healthy", "active", "strong", "fit"}
)
_SIZES = frozenset({"small", "tiny", "lean", "compact", "young", "fast", "tight-knit", "nimble"})
_COMMA_BEFORE = re.compile(r"\w,[ \t]*$")
_QUALITY_WORDS_BEFORE = frozenset(
    {"stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining"}
    | {"very", "highly", "extremely", "incredibly", "physically", "mentally", "quick"}
    | {"nimble", "keep", "keeps"}
)


def machines_communicating(text: str, cand: Candidate) -> bool:
    """ "Communication" between machines, not the soft skill: "communication over CAN bus",
    "serial communication", "inter-process communication protocols"."""
    if not cand.text.casefold().startswith("communication"):
        return False
    after = WORD.findall(text[cand.end : cand.end + 16])[:1]
    before = WORD.findall(text[max(0, cand.start - 24) : cand.start])[-1:]
    return bool(
        (after and after[0].casefold() in _MACHINE_LINKS_AFTER)
        or (before and before[0].casefold().split("-")[-1] in _MACHINE_LINKS_BEFORE)
    )


_MACHINE_LINKS_AFTER = frozenset(
    {"over", "via", "protocol", "protocols", "bus", "stack", "stacks", "layer", "interface"}
)
_MACHINE_LINKS_BEFORE = frozenset(
    {"serial", "wireless", "controller", "process", "device", "machine", "radio", "satellite"}
    | {"network", "data", "can", "modbus", "uart", "spi", "i2c", "ethernet", "fieldbus"}
    | {"bus", "tcp", "rs485", "rs232", "m2m", "bluetooth", "lora", "zigbee", "mqtt", "plc"}
)


def a_model_number(text: str, cand: Candidate) -> bool:
    """An acronym before a model number is a product's model, not the method the acronym
    also names: "Cisco IOS XR (ASR 9000) routers" (a year is no model: "SQL 2019")."""
    return (
        cand.text.isupper()
        and len(cand.text) <= 4
        and not any(ch.isdigit() for ch in cand.term.name)
        and _MODEL_NUMBER_AFTER.match(text, cand.end) is not None
    )


_MODEL_NUMBER_AFTER = re.compile(r"[ \t-]?(?!(?:19|20)\d\d\b)\d{3,5}[A-Z]{0,2}\b")


def a_games_entity_system(text: str, cand: Candidate) -> bool:
    """ "ECS" beside a game engine is the entity component system, not Amazon ECS: "Unity
    (C#, DOTS/ECS, Burst compiler)", "an ECS for the Bevy prototype"."""
    if cand.text != "ECS":
        return False
    near = text[max(0, cand.start - 80) : cand.end + 80]
    return _GAME_ENGINE_WORDS.search(near) is not None


_GAME_ENGINE_WORDS = re.compile(
    r"\b(?:DOTS|Unity|Unreal|Bevy|Godot|EnTT|flecs|entit(?:y|ies)|components?|game(?:play)?)\b",
    re.IGNORECASE,
)


def a_domain_served(text: str, cand: Candidate) -> bool:
    """A business function named as what a piece of work serves or who it is for, not a
    skill of the person's: "intent classification in customer support", "dbt models for
    finance, logistics and marketing", "monthly recruitment reports", "customer-service
    stakeholders" ("ran customer support for 3 years" and "marketing campaigns" still count)."""
    if cand.text.casefold() not in _DOMAIN_WORDS:
        return False
    after = re.match(r"[ \t-]+([a-z]+)", text[cand.end : cand.end + 20])
    if after is not None and after.group(1) in _SERVED_BY:
        return True
    served = _SERVED_LIST_BEFORE.search(text[max(0, cand.start - 80) : cand.start])
    return served is not None and served.group(1).casefold() in _WORK_FOR_A_DOMAIN


_DOMAIN_WORDS = frozenset(
    {"customer support", "customer service", "customer care", "marketing", "sales"}
    | {"recruiting", "recruitment", "accounting", "compliance", "procurement", "finance"}
    | {"logistics", "human resources", "customer-service", "customer-support"}
)
# Nouns after a business function that make it a modifier: the function's reports, data,
# models or people ("sales dashboards", "marketing stakeholders").
_SERVED_BY = frozenset(
    {"reports", "report", "reporting", "dashboards", "dashboard", "data", "datasets"}
    | {"models", "model", "metrics", "kpis", "figures", "numbers", "tables", "stakeholders"}
    | {"department", "departments", "colleagues", "users", "analysts", "leads", "queries"}
)
# "<work> for|in <function>[, <function> and ...] <the name>": the work before "for"/"in".
_SERVED_LIST_BEFORE = re.compile(
    r"\b([a-z]+)(?:[ \t]+(?:on|in|with|from)[ \t]+[A-Z][\w.]*)?"  # "models on Snowflake"
    r"[ \t]+(?:for|in)[ \t]+(?:the[ \t]+)?"
    r"(?:[a-z-]+(?:[ \t]+[a-z-]+)?[ \t]*(?:,|and|&)[ \t]*)*$"  # "finance, logistics and"
)
_WORK_FOR_A_DOMAIN = frozenset(
    {"models", "model", "classification", "classifier", "classifiers", "chatbot", "chatbots"}
    | {"bot", "bots", "dashboards", "dashboard", "reports", "reporting", "pipelines"}
    | {"pipeline", "tools", "tooling", "apps", "applications", "analytics", "features"}
    | {"automation", "integrations", "forecasting", "forecasts", "agents", "assistants"}
    | {"recommendations", "search", "llms", "nlp", "kpis", "metrics", "datasets", "data"}
    | {"marts", "warehouse", "views", "queries", "workflows", "systems"}
)


def a_verb_and_its_object(text: str, cand: Candidate) -> bool:
    """A name of two words whose first is a verb the person says they do, with its object:
    "I design automation frameworks" is designing, not Design Automation."""
    first, _, rest = cand.text.partition(" ")
    if (
        first.casefold() in _PEOPLE_NOUNS
        and rest.casefold().endswith("ing")
        and _AN_OBJECT_AFTER.match(text, cand.end)
    ):
        return True  # the people doing it: "a five-member team building a lakehouse"
    if not rest or first.casefold() not in _VERBS_OPENING_NAMES:
        return False
    before = WORD.findall(text[max(0, cand.start - 12) : cand.start])[-1:]
    return bool(before) and before[0].casefold() in {"i", "we", "to", "also", "you"}


_VERBS_OPENING_NAMES = frozenset({"design", "test", "build", "model", "process", "map"})
_PEOPLE_NOUNS = frozenset({"team", "teams", "crew", "staff", "group", "squad"})
_AN_OBJECT_AFTER = re.compile(r"[ \t]+(?:a|an|the|our|its|their|new|two|three|four|\d+)\b")


def a_currency(text: str, cand: Candidate) -> bool:
    """An ISO currency code that is also a skill's name, beside an amount: "ARR CAD 6M",
    "CAD 120,000" (Canadian dollars, not computer-aided design)."""
    if cand.text not in _CURRENCY_CODES:
        return False
    return bool(
        re.match(r"[ \t]*\$?\d", text[cand.end : cand.end + 4])
        or re.search(r"\d[\d.,]*[kKmM]?[ \t]*$", text[max(0, cand.start - 12) : cand.start])
    )


_CURRENCY_CODES = frozenset({"CAD"})


def a_spanish_verb(text: str, cand: Candidate) -> bool:
    """Spanish "presto" (I lend, I pay) before what is paid or given: "Presto especial
    atención al detalle", "presto apoyo a los equipos"; "creo" (I believe) before what is
    believed: "Creo en automatizarlo todo", "creo que" (not PTC Creo)."""
    if cand.text.casefold() == "creo":
        return _BELIEVED_AFTER.match(text, cand.end) is not None
    if cand.text.casefold() != "presto":
        return False
    return (
        re.match(
            r"[ \t]+(?:(?:especial|mucha|gran|toda)[ \t]+)?(?:atención|apoyo|ayuda|servicio"
            r"|soporte|asesoría|asesoramiento)\b",
            text[cand.end : cand.end + 30],
            re.IGNORECASE,
        )
        is not None
    )


_BELIEVED_AFTER = re.compile(r"[ \t]+(?i:en|que|firmemente|mucho|profundamente)\b")


def a_field_of_study(text: str, cand: Candidate) -> bool:
    """Italian, Spanish, Portuguese and Dutch "Informatica" (computer science) as a degree's
    or a department's field: "Dipartimento di Informatica", "Laurea in Informatica",
    "Propedeuse Informatica", "Diploma di Perito Industriale in Informatica" — not the
    Informatica ETL suite."""
    if cand.text.casefold() not in {"informatica", "informática"}:
        return False
    if cand.text.casefold() == "informática":
        return True  # (the suite is never written with an accent)
    before = text[max(0, cand.start - 40) : cand.start]
    return (
        re.search(
            r"(?:Propedeuse|Bachelor|Master|Laurea|Licenciatura|Dipartimento|Departamento|Fondamenti"
            r"|Fundamentos|Introduzione|Introducción|Introdução|Elementi"
            r"|Facoltà|Facultad|Faculdade|Corso|Grado|Studium|Ingegneria|Ingeniería|Engenharia"
            r"|Scienze|Ciencias|Ciências|Technische|Diploma|Perito|Técnico|Tecnico|Título"
            r"|Titulo|Curso|Maturità|Ingeniero|Ingeniera|Engenheiro|Engenheira|Licenciado"
            r"|Licenciada|Bacharelado|Bacharel|Tecnólogo)[ \t]+(?:[\w.]+[ \t]+){0,3}?"
            r"(?:(?:di|in|en|em|de|der)[ \t]+)?$",
            before,
        )
        is not None
    )


def figures_not_the_field(text: str, cand: Candidate) -> bool:
    """ "statistics" after a noun of what is counted: the figures ("monthly referral
    statistics", "vital statistics", "usage statistics"), not the discipline ("applied
    statistics", "a degree in statistics", "SQL, statistics")."""
    if cand.text != "statistics":
        return False
    before = re.search(r"([A-Za-z-]+)[ \t]+$", text[max(0, cand.start - 30) : cand.start])
    if before is None:
        return False
    word = before.group(1).casefold()
    # (a verb before it does something with the discipline: "Taught statistics labs")
    verb = word.endswith(("ed", "ing")) or word in _VERBS_OF_A_FIELD
    return not verb and word not in _FIELD_WORDS_BEFORE


_VERBS_OF_A_FIELD = frozenset(
    {"taught", "teach", "teaches", "study", "studies", "learn", "learnt", "know", "knows", "do"}
    | {"love", "loves", "use", "uses", "apply", "applies", "tutor", "tutors", "lecture"}
)


# Words before "statistics" that leave it the discipline: its branches, and the small words
# of a phrase about it.
_FIELD_WORDS_BEFORE = frozenset(
    {
        "applied",
        "bayesian",
        "descriptive",
        "inferential",
        "mathematical",
        "medical",
        "business",
        "computational",
        "spatial",
        "multivariate",
        "advanced",
        "basic",
        "classical",
        "frequentist",
        "nonparametric",
        "non-parametric",
        "robust",
        "industrial",
        "economic",
        "social",
        "sports",
        "and",
        "or",
        "of",
        "in",
        "with",
        "on",
        "for",
        "the",
        "a",
        "using",
        "including",
        "&",
    }
)


def a_unit_after_a_number(text: str, cand: Candidate) -> bool:
    """French "Go" (gigaoctet) after a number: "une table de 400 Go", "16 Go de RAM"."""
    if cand.text != "Go":
        return False
    return (
        re.search(r"\d[ \t\u00a0\u202f]?$", text[max(0, cand.start - 3) : cand.start]) is not None
    )


def regression_among_tests(text: str, start: int, end: int) -> bool:
    """ "regression" listed with other kinds of test is regression testing, not the
    statistical method: "regression, smoke and UAT", "sanity and regression suites"."""
    if text[start:end].casefold() != "regression":
        return False
    if _STATISTICAL_AFTER.match(text, end) or re.search(
        r"\b(?i:significance|hypothesis|statistical)[ \t]+test", text[max(0, start - 40) : start]
    ):
        return False  # the method: "significance testing, regression driver analysis"
    window = text[max(0, start - 40) : end + 40].casefold()
    return any(re.search(rf"\b{word}\b", window) for word in KINDS_OF_TEST)


# Kinds of software test, the words around one that say testing is meant ("smoke, sanity and
# regression testing"); also read by smatrx.imports.kinds_of_things.
KINDS_OF_TEST = (
    "smoke", "sanity", "uat", "functional", "integration", "e2e", "end-to-end", "exploratory",
    "acceptance", "test", "tests", "testing", "qa", "manual", "automated",
)  # fmt: skip
_REGRESSION_WORD = re.compile(r"\bregression\b", re.IGNORECASE)
_STATISTICAL_AFTER = re.compile(
    r"[ \t]+(?i:driver|drivers|analysis|analyses|models?|modell?ing|coefficients?|lines?"
    r"|trees?|estimates?)\b"
)


def regression_test_mentions(text: str, by_key: Mapping[str, CatalogTerm]) -> list[Mention]:
    """Regression Testing where "regression" is listed with other kinds of test."""
    term = by_key.get("regressiontesting")
    if term is None:
        return []
    return [
        (hit.start(), hit.end(), Match(term.skill_id, term.name, hit.group(), False, 100.0))
        for hit in _REGRESSION_WORD.finditer(text)
        if regression_among_tests(text, hit.start(), hit.end())
        and not re.match(r"[ \t]+(?:testing|tests?)\b", text[hit.end() : hit.end() + 9], re.I)
    ]
