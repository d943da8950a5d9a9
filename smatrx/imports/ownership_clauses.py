"""More of how a résumé names another party's technology, read from the mention's clause:
a relative clause whose subject is another party, though the person's verb opens the
sentence ("Built our design system, which the engineering team implements in React
Native", "with our agency, whose developers rebuilt the site in Next.js"); a team the name
qualifies ("the client's Power BI reporting team", "con el equipo de Ingeniería de Datos");
data taken from another's system ("load data from the client's SAP extracts"); and the
person's own part set against another's ("...; mijn werk ligt op de testlaag"). Pure
functions of a clause's words; smatrx.imports.ownership decides with them."""

from __future__ import annotations

import re

from smatrx.imports.clause_words import agent, possessive_agent, team_word
from smatrx.imports.function_words import GENITIVE_PARTICLES
from smatrx.imports.mentions import WORD, Candidate, segment
from smatrx.imports.ownership_grammar import (
    COUNTERPART_PREPOSITIONS,
    EXTERNAL_MARKERS,
    NOUN_PHRASE_WORDS,
    ORGANISATION_NOUNS,
    PREPOSITIONS,
    RELATIVE_VERBS,
    WORKING_VERBS,
)
from smatrx.imports.ownership_words import (
    OWNERS_VERBS,
    word_set,
)
from smatrx.imports.vocabulary import (
    FIRST_PERSON_SUBJECTS,
    FIRST_PERSON_WORDS,
    OTHER_PARTY_NOUNS,
    SUBJECT_ARTICLES,
)

# Relative pronouns that may be a clause's object, its subject following ("which the
# engineering team implements"), and "whose" with the party it names ("whose developers").
# (Not "that" or "que": as often a conjunction, "ensured that the team adopts Git".)
_OBJECT_RELATIVES = word_set("which whom die welche welcher welches")
_WHOSE = word_set("whose dont cuyo cuya cujo cuja deren dessen wiens")
# Verbs of making, running or using after such a subject, past tenses included.
_THEIR_VERBS = (
    RELATIVE_VERBS
    | OWNERS_VERBS
    | WORKING_VERBS
    | word_set(
        """
        rebuilt rewrote used implemented coded programmed migrated ported shipped deployed
        implements implement ships deploys codes programs integrates integrated consumes
        """
    )
)


def their_relative_clause(before: list[str]) -> bool:
    """The name sits in a relative clause whose subject is another party: "which the
    engineering team implements in", "whose developers rebuilt the site in", "that the
    vendor runs on" — theirs, though the person's verb opens the sentence ("Built our
    design system, which ..."). Not "which our team builds", "which I maintain"."""
    for r in range(len(before) - 1, -1, -1):
        word = before[r]
        if word not in _OBJECT_RELATIVES and word not in _WHOSE:
            continue
        rest = before[r + 1 :]
        if any(w in FIRST_PERSON_WORDS or w in FIRST_PERSON_SUBJECTS for w in rest):
            return False
        party = [k for k, w in enumerate(rest[:4]) if agent(w) or team_word(w)]
        if not party:
            return False
        k = party[0]
        while k + 1 < len(rest) and team_word(rest[k + 1]):
            k += 1  # "the engineering team"
        if word not in _WHOSE and k > 0 and rest[0] not in NOUN_PHRASE_WORDS:
            return False  # "which runs on the team's servers": the relative is the subject
        return rest[k + 1 : k + 2] != [] and rest[k + 1] in _THEIR_VERBS
    return False


# Relative pronouns that are their clause's subject: "a firm that works on", "un MSSP
# esterno che lavora su", "una agencia que trabaja en".
_SUBJECT_RELATIVES = word_set("that who which che que qui die der welche dat")


def their_subject_relative(before: list[str]) -> bool:
    """Right before the name, another party and a relative clause of its working: "an
    external MSSP that works on IBM QRadar", "un MSSP esterno che lavora su IBM QRadar",
    "la agencia que desarrolla en Flutter" (not "the team that I lead uses", nor "a tool
    that runs on")."""
    for r in range(len(before) - 2, max(-1, len(before) - 5), -1):
        if before[r] not in _SUBJECT_RELATIVES:
            continue
        verb, rest = before[r + 1], before[r + 2 :]
        if verb not in RELATIVE_VERBS | WORKING_VERBS or len(rest) > 2:
            return False
        party = before[max(0, r - 3) : r]
        if any(w in FIRST_PERSON_WORDS or w in FIRST_PERSON_SUBJECTS for w in party):
            return False
        # (a team the person joined is theirs too: "joined a team that works with Kotlin")
        return any(agent(w) or w in EXTERNAL_MARKERS for w in party)
    return False


def a_team_opens_and_works(before: list[str]) -> bool:
    """Another team opens the clause and works in the name: "O time mobile trabalha com
    Flutter", "Das Plattformteam arbeitet mit Go", "The mobile team works in Kotlin" (not
    "my team", nor the person's team: "we"/"I" stop it, as the caller checks)."""
    if len(before) < 3 or len(before) > 6 or before[0] not in SUBJECT_ARTICLES:
        return False
    team = before[1]
    if not (team_word(team) or (team == "time" and before[0] in _BRAZILIAN_TEAM_ARTICLES)):
        return False
    for k in range(2, min(4, len(before))):
        if before[k] in RELATIVE_VERBS or before[k] in WORKING_VERBS:
            return len(before) - k - 1 <= 1
    return False


# Nouns of a team's trade between a technology and its team: "the client's Power BI
# reporting team", "the vendor's SAP support group".
_TEAM_TRADE_WORDS = word_set(
    """
    reporting support development dev engineering analytics analysis bi data
    integration operations ops platform testing qa security infrastructure
    """
)


def names_their_team(text: str, cand: Candidate) -> bool:
    """The name qualifies another party's team: "the client's Power BI reporting team";
    in a Romance language, after the team's noun and a genitive, the team worked with:
    "coordinación con el equipo de Ingeniería de Datos", "avec l'équipe de Data Science"."""
    seg_start, seg_end = segment(text, cand.start, cand.end)
    before = [
        w.casefold() for w in WORD.findall(text[max(seg_start, cand.start - 60) : cand.start])
    ]
    after = [w.casefold() for w in WORD.findall(text[cand.end : min(seg_end, cand.end + 40)])]
    if before and possessive_agent(before[-1], before[-2] if len(before) > 1 else ""):
        k = 0
        while k < 2 and k < len(after) and after[k] in _TEAM_TRADE_WORDS:
            k += 1
        if 0 < k < len(after) and team_word(after[k]):
            return True  # (with no trade word between, ownership.others_team decides)
    before = [part for w in before for part in _elided(w)]
    if len(before) < 3 or before[-1] not in GENITIVE_PARTICLES:
        return False
    team, determiner = before[-2], before[-3]
    if determiner in FIRST_PERSON_WORDS or team in {"team", "teams"}:
        return False  # "con mi equipo de Datos": the person's own
    if not (team_word(team) or (team == "time" and determiner in _BRAZILIAN_TEAM_ARTICLES)):
        return False
    opening = [w for part in WORD.findall(text[seg_start : cand.start]) for w in _elided(part)]
    if len(opening) == 3 and determiner in SUBJECT_ARTICLES:
        # the team of that trade opens the sentence: "O time de ciência de dados treina os
        # modelos; eu entrego as features" (none of the person in its clause)
        rest = _TURN.split(text[cand.end : seg_end])[0]
        words = {w.casefold() for w in WORD.findall(rest)}
        return not (words & FIRST_PERSON_WORDS or words & FIRST_PERSON_SUBJECTS)
    governing = before[-4] if determiner in NOUN_PHRASE_WORDS and len(before) > 3 else determiner
    return governing in COUNTERPART_PREPOSITIONS


# Brazilian Portuguese "time" (team) after its article: "o time de dados".
_BRAZILIAN_TEAM_ARTICLES = frozenset({"o", "do", "no", "pelo", "ao", "com"})


def _elided(word: str) -> list[str]:
    """ "l'équipe" → "l", "équipe"."""
    if word.startswith(("l'", "l\u2019")) and len(word) > 2:
        return ["l", word[2:]]
    return [word]


# Data taken from another party's system: "load data from the client's SAP extracts".
_FROM_WORDS = word_set("from desde aus")
# ... unless the person moved it off that system, having run it ("migrated from the
# client's Oracle to PostgreSQL").
_MOVING_VERBS = word_set(
    "migrated migrate migrating moved move moving ported port upgraded upgrade converted "
    "convert replaced replace decommissioned"
)


def from_their_system(before: list[str]) -> bool:
    """The name follows another party's possessive governed by "from": data taken from
    their system, which the person reads but does not run ("ingestion pipelines to load
    data from the client's SAP ECC extracts")."""
    if len(before) < 3 or not possessive_agent(before[-1], before[-2]):
        return False
    governing = before[-3] if before[-2] in NOUN_PHRASE_WORDS else before[-2]
    return governing in _FROM_WORDS and not _MOVING_VERBS.intersection(before)


# The person's own part, named as a noun after "my": "; mijn werk ligt op de testlaag", ";
# my part was the test layer", "; mon rôle : ...", "; mi trabajo es ...".
_PART_NOUNS = word_set(
    """
    work part role job focus task tasks responsibility share side
    werk rol taak deel aandeel rôle travail part tâche trabajo papel parte tarea labor
    trabalho função funcao ruolo lavoro compito arbeit rolle aufgabe teil
    """
)
_MY_WORDS = word_set("my mijn mon ma mi mío meu minha mio mia mein meine")
_TURN = re.compile(r"[;:]|\s[\u2013\u2014-]\s")


def my_part_after(text: str, cand: Candidate) -> bool:
    """A later clause of the sentence opens with the person's own part ("my work", "mijn
    werk", "mon rôle"): the part set against the clause of the name."""
    _, seg_end = segment(text, cand.start, cand.end)
    turn = _TURN.search(text, cand.end, seg_end)
    if turn is None:
        return False
    opening = [w.casefold() for w in WORD.findall(text[turn.end() : turn.end() + 40])][:3]
    return len(opening) >= 2 and opening[0] in _MY_WORDS and opening[1] in _PART_NOUNS


def own_phrase(after: list[str]) -> list[str]:
    """The words after the name up to a preposition: a relative clause further on is about
    another noun ("MATLAB workloads on the cluster we host": the cluster, not MATLAB)."""
    for i, word in enumerate(after):
        if word in PREPOSITIONS:
            return after[:i]
    return after


def named_reach(words: list[str]) -> int:
    """How far back a party's noun may stand: further when a Romance genitive names the
    team after it ("con el equipo de Ingeniería de Datos")."""
    genitives = [w for w in words[-6:] if w in GENITIVE_PARTICLES]
    return 4 + 2 * len(genitives[:2])


def verb_before_by(words: list[str], i: int) -> str:
    """The passive's verb before "by" at words[i], over an adverb ("supported entirely by
    the supplier's team", "run solely by the vendor")."""
    if i > 1 and words[i - 1].endswith("ly"):
        return words[i - 2]
    return words[i - 1] if i > 0 else ""


_PAST_VERB = re.compile(r"\w{3,}ed|ran|built|wrote|kept|owns|runs|uses|builds|maintains")


def team_acts_after(text: str, end: int) -> bool:
    """After a name opening the sentence as "The <name> team", the team's verb and no
    first person in the rest of the clause: "The SAP Basis team handled transports"."""
    line_end = text.find("\n", end)
    rest = _TURN.split(text[end : line_end if line_end >= 0 else len(text)])[0]
    words = [w.casefold() for w in WORD.findall(rest)][:12]
    if len(words) < 2 or not team_word(words[0]):
        return False
    if FIRST_PERSON_WORDS.intersection(words) or FIRST_PERSON_SUBJECTS.intersection(words):
        return False
    return _PAST_VERB.fullmatch(words[1]) is not None


def names_a_party(after: list[str]) -> bool:
    """The name qualifies the party's noun right after it: "the security operations
    centre", "the Hadoop team", "the CRM partner"."""
    return bool(after) and (
        agent(after[0]) or team_word(after[0]) or after[0] in ORGANISATION_NOUNS
    )


# Outside parties a name may qualify ("our web development agency", "their CRM partner").
_OUTSIDE_NOUNS = OTHER_PARTY_NOUNS | word_set("provider providers")


def their_party_named(before: list[str], after: list[str]) -> bool:
    """The name qualifies an outside party the person deals with, "our" or "their" one:
    "managed our SEO and web development agency", "with their CRM partner" — the party's
    trade, not the person's (not "at a web development agency", where the person works)."""
    if not after or after[0] not in _OUTSIDE_NOUNS:
        return False
    k = len(before) - 1
    while k >= 0 and k >= len(before) - 4 and before[k] not in {"our", "their"}:
        if before[k] in PREPOSITIONS or possessive_agent(before[k]):
            break
        k -= 1
    if k >= 0 and possessive_agent(before[k], before[k - 1] if k else ""):
        return True  # "the client's Salesforce partner"
    # (not "our own web development agency": the person's business)
    return k >= 0 and before[k] in {"our", "their"} and "own" not in before[k + 1 :]


# Prepositions of what the person worked in or with: the name after them is their tool.
_INSTRUMENTAL = word_set("in with using on via through")


def their_work_after(text: str, cand: Candidate) -> bool:
    """The next clause of the sentence has another party make or run "it": "Wrote the
    requirements for the move to Salesforce; the implementation partner's developers
    configured and built it" — theirs, the person only around it."""
    _, seg_end = segment(text, cand.start, cand.end)
    turn = _TURN.search(text, cand.end, seg_end)
    if turn is None or WORD.search(text, cand.end, turn.start()):
        return False  # the name must end its clause
    seg_start, _ = segment(text, cand.start, cand.end)
    before = [w.casefold() for w in WORD.findall(text[seg_start : cand.start])]
    while before and before[-1] in NOUN_PHRASE_WORDS:
        before.pop()
    if not before or before[-1] not in PREPOSITIONS or before[-1] in _INSTRUMENTAL:
        return False  # "the move to Salesforce", not "Built the ETL in Airflow; they run it"
    words = [w.casefold() for w in WORD.findall(text[turn.end() : seg_end])][:10]
    if FIRST_PERSON_WORDS.intersection(words) or FIRST_PERSON_SUBJECTS.intersection(words):
        return False
    party = [k for k, w in enumerate(words[:5]) if agent(w) or possessive_agent(w)]
    if not party or words[0] not in NOUN_PHRASE_WORDS:
        return False
    rest = words[party[-1] + 1 :]
    while rest and (agent(rest[0]) or team_word(rest[0])):
        rest = rest[1:]  # "the partner's developers"
    verbs = 0
    while rest and (_PAST_VERB.fullmatch(rest[0]) or rest[0] in {"and", "then"}):
        verbs += rest[0] not in {"and", "then"}
        rest = rest[1:]
    return verbs > 0 and rest[:1] in (["it"], ["them"])
