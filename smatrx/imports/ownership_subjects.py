"""Another party as the subject of the mention's clause: an organisation acting next to the
name ("the React rewrite the previous agency had proposed"), a named team opening the
sentence ("The analytics team builds its reports in Power BI"), such a team described by a
relative clause ("L'équipe Android, qui travaille en Kotlin, ...") or handing the person
things of its own ("Our reinsurer's pricing team shares their dashboards with us in
Tableau"); in Korean, Japanese and Arabic, a party marked or placed as the subject. Pure
functions of the text; smatrx.imports.ownership decides with them."""

from __future__ import annotations

import itertools
import re

from smatrx.imports.clause_words import (
    agent,
    arabic_script,
    clause,
    clause_words,
    possessive_agent,
    possessive_stem,
    team_word,
)
from smatrx.imports.function_words import GENITIVE_PARTICLES
from smatrx.imports.mentions import WORD, Candidate, segment
from smatrx.imports.ownership_grammar import (
    NOUN_PHRASE_WORDS,
    RELATIVE_PRONOUNS,
    RELATIVE_VERBS,
    THEIR_WORDS,
    WORKING_VERBS,
    WRAPPING_WORDS,
)
from smatrx.imports.ownership_words import (
    ARABIC_TEAM_NOUNS,
    ARABIC_WAS,
    OWNERS_VERBS_BEFORE_SUBJECT,
)
from smatrx.imports.vocabulary import (
    AGENT_NOUNS,
    FIRST_PERSON_SUBJECTS,
    FIRST_PERSON_WORDS,
    OTHER_PARTY_MARKERS,
    OTHER_PARTY_NOUNS,
    PHRASE_END_WORDS,
    SUBJECT_ARTICLES,
    SUBJECT_TEAM_NOUNS,
)

# How far around a name another organisation is looked for, and what ends its clause.
_OTHER_PARTY_REACH = 80
_CLAUSE_BREAK = re.compile(r"[;!?:\n]|\.(?=\s)")
# Within a sentence (mentions.segment), a line break only wraps it: not a break there.
_BREAK_IN_SENTENCE = re.compile(r"[;!?:]|\.(?=\s)")
# The person only as the one a thing is given to: "with us", "for me", "avec nous".
_FIRST_PERSON_OBJECTS = frozenset({"us", "me", "nous", "moi", "nos", "nosotros", "mim", "nós"})


def other_partys(text: str, cand: Candidate) -> bool:
    """Another organisation is the actor next to the name, in its clause: "the React
    rewrite the previous agency had proposed", "(React) was built by another agency",
    "Our hosting partner configures the servers with Puppet" — their technology."""
    left = max(0, cand.start - _OTHER_PARTY_REACH)
    before_text = _CLAUSE_BREAK.split(text[left : cand.start])[-1]
    after_text = _CLAUSE_BREAK.split(text[cand.end : cand.end + _OTHER_PARTY_REACH])[0]
    after = [w.casefold() for w in WORD.findall(after_text)][:7]
    for i in range(1, len(after)):
        if after[i] in OTHER_PARTY_NOUNS and after[i - 1] in OTHER_PARTY_MARKERS:
            between = after[: i - 1]
            if len(between) > 4 or FIRST_PERSON_WORDS.intersection(between):
                return False
            agent = i >= 2 and after[i - 2] == "by"
            acts = i + 1 < len(after) and after[i + 1] not in PHRASE_END_WORDS
            return agent or acts
    before = [w.casefold() for w in WORD.findall(before_text)][-8:]
    for i in range(len(before) - 1, 0, -1):
        if before[i] in OTHER_PARTY_NOUNS and before[i - 1] in OTHER_PARTY_MARKERS:
            between = before[i + 1 :]
            if len(between) > 4 or FIRST_PERSON_WORDS.intersection(between):
                return False
            # the noun is the subject: a verb, not a preposition, follows it
            return bool(between) and between[0] not in PHRASE_END_WORDS
    # A clause whose subject is another team, with no first person before the name:
    # "A equipa de análise constrói os seus relatórios em Power BI sobre as réplicas
    # que eu mantenho", "The analytics team builds its reports in Power BI".
    seg_start, _ = segment(text, cand.start, cand.end)
    clause = _BREAK_IN_SENTENCE.split(text[seg_start : cand.start])[-1]
    opening = [w.casefold() for w in WORD.findall(clause)]
    if len(opening) < 4 or len(opening) > 13 or opening[0] not in SUBJECT_ARTICLES:
        return False
    # a named team: "the analytics team", "a equipa de análise", Brazilian "o time de
    # dados" ("the team" alone, often the person's own, is not enough)
    named_team = (opening[2] in SUBJECT_TEAM_NOUNS and opening[1] not in {"same", "whole"}) or (
        opening[1] in SUBJECT_TEAM_NOUNS | {"time"} and opening[2] in GENITIVE_PARTICLES | {"do"}
    )
    qualified = _qualified_team_acts(opening) and not _and_the_person(text, cand.end)
    return (named_team or qualified) and not FIRST_PERSON_WORDS.intersection(opening)


# A team's verb of making, running or working, as a sentence opening with it has it.
_TEAM_VERBS = RELATIVE_VERBS | WORKING_VERBS | OWNERS_VERBS_BEFORE_SUBJECT


_AND_WORDS = frozenset({"and", "y", "e", "et", "und", "en", "i"})


def _and_the_person(text: str, end: int) -> bool:
    """ "... usa Salesforce y yo administro la instancia": the person on it as well."""
    after = [w.casefold() for w in WORD.findall(_CLAUSE_BREAK.split(text[end : end + 80])[0])]
    return any(a in _AND_WORDS and b in FIRST_PERSON_SUBJECTS for a, b in itertools.pairwise(after))


def _qualified_team_acts(opening: list[str]) -> bool:
    """A team named by the words after its noun, as Romance languages and German order them,
    then its verb: "L'équipe logicielle PC développe l'outil en C#", "Der Fachbereich
    Aktuariat arbeitete mit SAS" (English names its team before the noun: above)."""
    if opening[0].startswith(("l'", "l\u2019")):
        opening = ["l", opening[0][2:], *opening[1:]]  # "L'équipe logicielle"
    if opening[1] not in SUBJECT_TEAM_NOUNS or opening[1] in {"team", "teams"}:
        return False
    return opening[2] not in _TEAM_VERBS and any(w in _TEAM_VERBS for w in opening[3:5])


def their_things(text: str, cand: Candidate) -> bool:
    """Another party opens the clause as its subject and the name is inside its own things
    or its own work: "Our reinsurer's pricing team shares their experience dashboards with
    us in Tableau", "El equipo de BI publica mis previsiones en sus informes de Power BI",
    "L'équipe Android, qui travaille en Kotlin, ..." — theirs, the person only receiving."""
    words = _clause_before(text, cand)
    if not words or any(w in FIRST_PERSON_SUBJECTS for w in words):
        return False
    party = _opening_party(words)
    if party is None:
        return False
    return _in_their_things(words, party) or _works_in_it(words, party)


def _clause_before(text: str, cand: Candidate) -> list[str]:
    """The clause's words before the name, over a line break that only wraps the sentence
    in a PDF: a line ending in a preposition or genitive particle goes on in the next
    ("... en sus informes de\\nPower BI para ...")."""
    return clause_words(text, wrapped_clause_start(text, cand), cand.start)


def wrapped_clause_start(text: str, cand: Candidate) -> int:
    """Where the mention's clause starts, over a line break that only wraps the sentence
    (the line before ends in a preposition or genitive particle: "... lo implementan
    en\\nReact Native")."""
    start, _ = clause(text, cand)
    line_start = text.rfind("\n", 0, cand.start) + 1
    if line_start == 0 or start < line_start or text[line_start:start].strip():
        return start  # the clause does not open its line
    previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    tail = _CLAUSE_BREAK.split(previous)[-1]
    tail_words = [w.casefold() for w in WORD.findall(tail)]
    if not tail_words or tail_words[-1] not in WRAPPING_WORDS:
        return start
    if tail.rstrip().rsplit(None, 1)[-1].casefold() != tail_words[-1]:
        return start  # the line ends in something else: "... in 2022.", "... (de)"
    return line_start - 1 - len(tail)


def _opening_party(words: list[str]) -> int | None:
    """Where the party heading the clause's opening noun phrase stands: an agent or a team
    within its first four words, after articles, determiners and modifiers; not the
    person's own team ("our pricing team"), unless another's possessive comes between
    ("our reinsurer's pricing team")."""
    if words[0] not in NOUN_PHRASE_WORDS and words[0] not in SUBJECT_ARTICLES:
        return None
    for k, word in enumerate(words[:4]):
        if not (agent(word) or team_word(word) or possessive_agent(word)):
            continue
        mine = [i for i, w in enumerate(words[:k]) if w in FIRST_PERSON_WORDS]
        if mine and not any(possessive_stem(w) for w in words[mine[-1] + 1 : k]):
            return None
        return k
    return None


def _in_their_things(words: list[str], party: int) -> bool:
    """A third-person possessive after the party's verb, within the last seven words before
    the name, with the person after it at most as the one given to ("with us")."""
    for i in range(max(party + 2, len(words) - 7), len(words)):
        if words[i] in THEIR_WORDS:
            rest = words[i + 1 :]
            return not any(w in FIRST_PERSON_WORDS and w not in _FIRST_PERSON_OBJECTS for w in rest)
    return False


def _works_in_it(words: list[str], party: int) -> bool:
    """A relative clause on the opening party, its verb one of working, making or running:
    "L'équipe Android, qui travaille en Kotlin", "The vendor's team, which builds in Go"."""
    for r in range(party + 1, min(party + 4, len(words) - 1)):
        if words[r] in RELATIVE_PRONOUNS:
            verb = words[r + 1]
            return verb in RELATIVE_VERBS or verb in WORKING_VERBS
    return False


# Korean and Japanese mark the subject with a particle glued to it: a team, a department,
# a client, a vendor or a development house followed by the subject's particle, before the
# name in its clause, is the one acting ("ML팀이 PyTorch로 개발하며", "インフラチームが
# Terraformで管理").
PARTY_AS_SUBJECT = re.compile(
    r"(?:\uD300|\uBD80\uC11C|\uADF8\uB8F9|\uACE0\uAC1D\uC0AC|\uACE0\uAC1D|\uD611\uB825\uC0AC"
    r"|\uBCA4\uB354|\uC5C5\uCCB4|\uAC1C\uBC1C\uC790\uB4E4"
    # (a development house, an outsourcer, a supplier: "외주 개발사가 납품한 PHP 코드")
    r"|\uAC1C\uBC1C\uC0AC|\uC678\uC8FC\uC0AC|\uACF5\uAE09\uC0AC)(?:\uC774|\uAC00|\uC740|\uB294|\uC5D0\uC11C)(?=\s)"
    r"|(?:\u30C1\u30FC\u30E0|\u90E8\u7F72|\u90E8\u9580|\u30B0\u30EB\u30FC\u30D7|\u9867\u5BA2"
    r"|\u30D9\u30F3\u30C0\u30FC|\u5354\u529B\u4F1A\u793E|\u958B\u767A\u8005)(?:\u304C|\u306F|\u5074\u304C|\u5074\u3067)"
)


def arabic_party_acts(before: list[str]) -> bool:
    """In Arabic or Persian, a team named by the technology after it ("يديرها فريق Azure في
    دبي": the Azure team in Dubai runs it; "تیم DevOps"), or a team, client or vendor opening
    the clause as its subject, after "was" if any ("كان فريق الأنظمة لدى العميل يدير
    Active Directory": the client's systems team ran it; not "فريق من" — "a team of")."""
    if not before or not arabic_script(before[-1]):
        return False
    if before[-1] in ARABIC_TEAM_NOUNS:
        return True
    opening = before[1:] if before[0] in ARABIC_WAS else before
    party = opening[0] if opening else ""
    if not arabic_script(party) or not (party in ARABIC_TEAM_NOUNS or party in AGENT_NOUNS):
        return False
    return opening[1:2] != ["\u0645\u0646"]  # "من"
