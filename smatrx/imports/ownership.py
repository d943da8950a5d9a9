"""Whose technology a mention is: the person's, or someone else's. A résumé names the
technologies of clients, vendors, colleagues and other teams as well as its author's own:
"the client's Kafka platform, run by a managed service provider", "our developers built the
results page in Svelte, and I supplied the data", "a stock system another developer had
written in PHP". Such a mention is not proposed as a skill; the import lists it apart, for
the person to tick if they did use it after all. Pure functions of the text and the mention;
no Flask, no database.

The rules read the mention's clause (its sentence, cut at ";", ":", dashes, ", and", ", but"):
* another party acts in it: a noun of people or organisations (AGENT_NOUNS) or "he", "she",
  "they" as the subject of a verb before the name ("another developer had written ... in
  PHP"), or after it in a relative clause ("a Flutter app that a partner agency builds"), or
  after a passive's "by" ("run by a managed service provider");
* another party owns the thing named: "the client's Kafka platform", "leverantörens
  Java-applikation", "l'application Java du client";
* the sentence sets the person's own part against this clause, which names another party
  ("...; I only called its REST API", "..., and I supplied the data feeds");
* the person says they did not use it ("I never touched the Java part").
A first-person word ("I", "we", "my", ...) in the clause keeps the mention the person's
("I rebuilt the client's checkout in React"), except "our"/"my" naming the other party
("our developers built ...").
"""

from __future__ import annotations

import re

from smatrx.imports.clause_words import (
    CLAUSE_TURN,
    agent,
    clause,
    clause_words,
    possessive_agent,
    team_word,
)
from smatrx.imports.mentions import (
    Candidate,
    foreign_sentence,
    segment,
)
from smatrx.imports.ownership_clauses import (
    a_team_opens_and_works,
    from_their_system,
    my_part_after,
    names_a_party,
    names_their_team,
    own_phrase,
    their_party_named,
    their_relative_clause,
    their_subject_relative,
    their_work_after,
    verb_before_by,
)
from smatrx.imports.ownership_counterparts import (
    against_anothers_thing,
    counterpart_acts,
    others_kept_it_in,
    party_after_its_verb,
    team_after_in_a_run,
    team_stack_in_brackets,
    the_person_acts,
    their_things_named,
)
from smatrx.imports.ownership_grammar import (
    NOUN_PHRASE_WORDS,
    PREPOSITIONS,
)
from smatrx.imports.ownership_owners import FINITE_VERB, others_team, owned_by_another
from smatrx.imports.ownership_passives import (
    a_passive_party,
    by_of_a_passive,
    participle,
    passive_relative_party,
)
from smatrx.imports.ownership_subjects import (
    PARTY_AS_SUBJECT,
    arabic_party_acts,
    other_partys,
    their_things,
    wrapped_clause_start,
)
from smatrx.imports.vocabulary import (
    AGENT_NOUNS,
    FIRST_PERSON_SUBJECTS,
    FIRST_PERSON_WORDS,
    NEGATIONS,
    NOT_USED_VERBS,
    OBJECT_PRONOUNS,
    ONLY_WORDS,
    OTHER_PARTY_MARKERS,
    OWNERS_VERBS,
    OWNERS_VERBS_BEFORE_SUBJECT,
    PASSIVE_BY_TEAM,
    PASSIVE_BY_WORDS,
    PERSON_VERBS,
)

# The person not using it: "never touched", "did not use", "didn't write", "without using".
_NOT_USED = re.compile(
    r"\b(?:never|not|n['\u2019]t|without)\s+(?:\w+\s+)?(?:"
    + "|".join(sorted(NOT_USED_VERBS))
    + r")\b",
    re.IGNORECASE,
)


def someone_elses(text: str, cand: Candidate) -> bool:
    """The mention names a technology of someone other than the person."""
    if others_team(text, cand) or other_partys(text, cand) or their_things(text, cand):
        return True
    if team_stack_in_brackets(text, cand):
        return True  # "L'équipe mobile (Kotlin et Swift) s'appuie sur ..."
    if names_their_team(text, cand):
        return True  # "the client's Power BI reporting team", "el equipo de Ingeniería de"
    start, end = clause(text, cand)
    start = wrapped_clause_start(text, cand)  # ("... lo implementan en\nReact Native")
    before = clause_words(text, start, cand.start)
    after = clause_words(text, cand.end, end)
    if _persons_verb(cand.text.casefold()) and (not before or before[-1] == "and"):
        return False  # the name is the clause's verb, the person's: "Mentor our two graduates",
        # "reviewed their test cases and mentored freshers"
    if _said_not_used(text, start, cand.start) or _disowned_after(text, cand.end, end):
        return True
    if before and before[-1] in FIRST_PERSON_WORDS and NEGATIONS.intersection(after[:2]):
        return True  # "sam SAP-a ne koristim" (Slovenian: "I myself do not use SAP")
    if PARTY_AS_SUBJECT.search(text, start, cand.start) and not _first_person(before):
        return True  # Korean "재무팀이 SAP에서 관리하고", Japanese "MLチームがPyTorchで開発"
    sentence = segment(text, cand.start, cand.end)
    sentence = (min(sentence[0], start), sentence[1])  # (over a wrapped line)
    foreign = foreign_sentence(text, sentence, cand.start)
    if foreign and before[-1:] in (["me"], ["us"]):
        before = before[:-1]  # Albanian "Integrimet me MuleSoft": "with", not "me"
    if counterpart_acts(before, after) or (
        names_a_party(after) and counterpart_acts(before + after, [])
    ):
        return True  # "to the operations centre, which runs Splunk" (Splunk; and the centre)
    if their_party_named(before, after) or their_work_after(text, cand):
        return True  # "our web development agency", "; the partner's developers built it"
    if their_relative_clause(before) and not the_person_acts(own_phrase(after)):
        return True  # "Built our design system, which the engineering team implements in"
        # (not "whose scientists run jobs on the Slurm cluster we host")
    if a_team_opens_and_works(before) and not _first_person(before):
        return True  # "O time mobile trabalha com Flutter"
    if their_subject_relative(before):
        return True  # "un MSSP esterno che lavora su IBM QRadar"
    if party_after_its_verb(after, foreign):
        return True  # Russian "(iOS на Swift) делал подрядчик": the contractor made it
    if team_after_in_a_run(text, cand, after, before):
        return True  # Thai "SAP ซึ่งทีมไอที...ดูแล": which the IT team looks after
    if _first_person(before):
        return False
    if from_their_system(before):
        return True  # "to load data from the client's SAP ECC extracts"
    if arabic_party_acts(before):
        return True  # "يديرها فريق Azure", "كان فريق الأنظمة لدى العميل يدير Active Directory"
    if their_things_named(before):
        return True  # "Helped the actuarial team reconcile data feeding their Prophet models"
    if others_kept_it_in(before):
        return True  # "Replaced the spreadsheets our dispatchers kept in Excel"
    if against_anothers_thing(before):
        return True  # "Reconciled our figures with the vendor's Teradata reports"
    if passive_relative_party(before):
        return True  # "Review findings on the app, which is built by an external vendor in"
    if _opens_with_the_persons_verb(before):
        return False
    if (
        len(before) >= 2
        and team_word(before[-1])
        and before[-2] in _TEAM_ARTICLES
        and not _first_person(before[:-2])
    ):
        return True  # "a equipa SAP do cliente", Greek "omada data science", "l'équipe Java"
    if a_passive_party(before, after):
        return True  # "gebouwd door de collega's van het frontendteam", "oleh pasukan IT"
    if the_person_acts(_own_clause(after)):
        return False  # "..., which I set up" (not "... and we exposed APIs for them")
    if _another_acts_before(before, foreign):
        return True  # (the person's "my" after the name belongs to a clause of its own)
    if foreign and any(
        _another_acts_before(clause_words(text, comma + 1, cand.start), foreign)
        for comma in _commas(text, start, cand.start)
    ):
        return True  # after a phrase of where: "No setor energético, os cientistas de dados
        # trabalham em R"
    return (
        owned_by_another(before, after)
        or _subject_after_its_verb(after)
        or _another_acts_after(after, passive_before=before[-2:-1] != [] and participle(before[-2]))
        or _another_team(before + after)
        or _set_against_the_persons_part(text, cand, before + after)
        or (_names_another_party(before + after) and my_part_after(text, cand))
    )


# Articles before a team named after its technology, as other languages order them.
_TEAM_ARTICLES = frozenset(
    {"a", "la", "le", "l", "el", "o", "\u03b7", "die", "der", "de", "het", "una", "uma", "un"}
    | {"pela", "pelo", "da", "do", "della", "del", "du"}
)


def _persons_verb(word: str) -> bool:
    """A verb of the person's work, in any of its forms: "mentor", "mentored", "managed"."""
    return any(
        word.endswith(ending) and word[: len(word) - len(ending)] in PERSON_VERBS
        for ending in ("", "s", "d", "ed", "ing")
    )


def _first_person(words: list[str]) -> bool:
    """The person in the clause before the name: "I", "we", "me", or "my"/"our" with their
    team or the thing named ("our team's Jenkins", "our Kafka platform"); not "our" naming
    another party ("our developers built ...") or a thing of theirs that acts ("Our scores
    feed the underwriting team's Tableau dashboards")."""
    for index, word in enumerate(words):
        if word in FIRST_PERSON_SUBJECTS or word in _FIRST_PERSON_OBJECTS:
            return True
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in FIRST_PERSON_WORDS and agent(following) and word not in FIRST_PERSON_SUBJECTS:
            continue  # "our customers ran SAP": the party, not the person
        if word in FIRST_PERSON_WORDS and (len(words) - index <= 3 or team_word(following)):
            return True
    return False


def _opens_with_the_persons_verb(before: list[str]) -> bool:
    """A résumé bullet's verb opens the clause: the person acts ("Rebuilt the client's
    checkout in React", "Wrote the lab's first Snakemake workflows")."""
    return bool(before) and (before[0] in PERSON_VERBS or before[0].endswith("ed"))


def _disowned_after(text: str, start: int, end: int) -> bool:
    """ "the infrastructure team's Jenkins pipeline, which I trigger but do not maintain"
    (not another party's not doing: "tools that let our designer build levels without
    touching code")."""
    found = _NOT_USED.search(text, start, end)
    if found is None:
        return False
    return not any(agent(word) for word in clause_words(text, start, found.start()))


_FIRST_PERSON_OBJECTS = frozenset({"me", "us", "mig"})


def _agent_follows(words: list[str], index: int) -> bool:
    for word in words[index + 1 : index + 3]:
        if agent(word) or possessive_agent(word):
            return True
        if word not in NOUN_PHRASE_WORDS:
            return False
    return False


def _subject_position(words: list[str], index: int) -> bool:
    """words[index], an agent noun, heads a noun phrase that no preposition or verb governs
    ("for the client", "led six engineers" and "a team of 6 developers" do)."""
    i = index - 1
    while i >= 0 and (words[i] in NOUN_PHRASE_WORDS or words[i].isdigit() or _modifier(words, i)):
        i -= 1
    if i < 0:
        return True
    governing = words[i]
    if governing == "of" and i > 0 and words[i - 1] in _QUANTIFIERS:
        return _subject_position(words, i - 1)  # "Most of our customers ran SAP"
    if governing in PREPOSITIONS or governing in PASSIVE_BY_WORDS:
        return False
    return not (governing.endswith(("ed", "ing")) and governing not in AGENT_NOUNS)


_QUANTIFIERS = frozenset(
    {"most", "many", "some", "all", "several", "half", "few", "each", "one", "two", "both"}
)


def _modifier(words: list[str], i: int) -> bool:
    """words[i] qualifies the noun after it: "the sequencing lab", "a managed service
    provider" (after a determiner, an -ing or -ed word is an adjective, not a verb); never a
    preposition ("a team of six engineers")."""
    if words[i] in PREPOSITIONS:
        return False
    j = i - 1
    while j >= 0 and words[j] not in NOUN_PHRASE_WORDS:
        if words[j] in PREPOSITIONS or FINITE_VERB.fullmatch(words[j]):
            return False
        j -= 1
    return j >= 0 and i - j <= 3


def _acts(words: list[str], index: int) -> bool:
    """A verb follows the agent at words[index] within three words, or after a phrase of
    where it is from ("developers built", "the lab next door runs", "contractors from a
    consultancy wrote"), no other preposition first, and its clause reaches the end of `words`:
    no later verb starts another ("a stock system another developer had written in PHP
    pushed inventory to Shopify": Shopify is the stock system's, not the developer's)."""
    start = index + 1
    if start < len(words) and words[start] in {"from", "at", "in"}:  # "from a consultancy"
        start += 1
        while start < len(words) and words[start] in NOUN_PHRASE_WORDS:
            start += 1
        start += 1
    for j in range(start, min(start + 3, len(words))):
        word = words[j]
        if word in PREPOSITIONS or word in {"and", "or"}:
            return False
        if FINITE_VERB.fullmatch(word):
            while j + 1 < len(words) and FINITE_VERB.fullmatch(words[j + 1]):
                j += 1  # "had written", "has been maintained"
            return not any(FINITE_VERB.fullmatch(later) for later in words[j + 1 :])
    return False


def _another_acts_before(before: list[str], foreign: bool) -> bool:
    """ "our developers built the page in Svelte", "another developer had written in PHP",
    "Clients included Ruby ..."; in another language, whose verbs these rules cannot tell,
    another party opening the clause: "Un client își scria aplicația în Java"."""
    for i, word in enumerate(before):
        # (another's team is a party too: "the partners' mobile team built the app in")
        theirs = team_word(word) and any(possessive_agent(w) for w in before[max(0, i - 2) : i])
        if not (agent(word) or theirs) or not _subject_position(before, i):
            continue
        if _acts(before, i):
            return True
        if foreign and all(w in NOUN_PHRASE_WORDS for w in before[:i]):
            following = before[i + 1 : i + 2]
            if following and following[0] in _NOUN_LINKS:  # "os cientistas de dados trabalham"
                following = before[i + 3 : i + 4]
            return not following or following[0] not in PREPOSITIONS
    return False


def _own_clause(after: list[str]) -> list[str]:
    """The words after the name up to a clause of its own with the person as subject ("... in
    Flutter and we exposed REST APIs for them": the partners' team built it)."""
    for i, word in enumerate(after[:-1]):
        if word in {"and", "but", "while", "whereas"} and after[i + 1] in {"we", "i"}:
            return after[:i]
    return after


def _commas(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i] == ","]


# A word joining a noun to the noun it is of: "cientistas de dados", "scienziati dei dati".
_NOUN_LINKS = frozenset({"de", "di", "da", "do", "du", "des", "del", "dei", "der", "van"})


def _another_acts_after(after: list[str], passive_before: bool = False) -> bool:
    """A relative clause after the name: "a Flutter app that a partner agency builds",
    "dashboards, which they build and maintain"; a passive's agent: "run by a managed service
    provider", "is maintained by the", "looked after by the vendor's engineers", "mantido
    pelo time de TI"."""
    for i, word in enumerate(after[:8]):
        if word == "by" and i > 0 and verb_before_by(after, i) in OWNERS_VERBS:
            return True  # ("supported entirely by the supplier's team")
        if word == "by" and i == 0 and passive_before:  # "written in C# by the trading team"
            party = after[1:5]
            if any(agent(w) or team_word(w) or possessive_agent(w) for w in party):
                return True
        if word in {"belongs", "belong", "belonged"} and after[i + 1 : i + 2] == ["to"]:
            party = after[i + 2 : i + 7]
            if any(agent(w) or team_word(w) or possessive_agent(w) for w in party):
                return True  # "Workday, which belongs to the HR systems team"
        if by_of_a_passive(after, i):
            party = after[i + 1 : i + 4]
            if any(agent(w) or team_word(w) or possessive_agent(w) for w in party):
                return True
            if party[:1] == [PASSIVE_BY_TEAM.get(word)]:
                return True  # "pelo time de TI"
        if (
            agent(word)
            and _subject_position(after, i)
            and any(w in OWNERS_VERBS for w in after[i + 1 : i + 3])
            and not _LETTING.intersection(after[max(0, i - 2) : i])
        ):
            return True
    return False


# A verb of letting before the party: the person's thing serves them ("editor tools that let
# our designer build levels", "a portal that helps clients manage ...").
_LETTING = frozenset(
    {"let", "lets", "letting", "help", "helps", "helped", "allow", "allows", "allowed"}
    | {"enable", "enables", "enabled", "so", "for"}
)


def _subject_after_its_verb(after: list[str]) -> bool:
    """The object opens the sentence, a pronoun takes it up and the subject follows its verb:
    "El sistema y su base Oracle los administra el proveedor", "lo gestisce il team
    esterno" (Spanish, Italian, Portuguese, French)."""
    for i, word in enumerate(after[:6]):
        if word not in OWNERS_VERBS_BEFORE_SUBJECT or i == 0 or after[i - 1] not in OBJECT_PRONOUNS:
            continue
        for following in after[i + 1 : i + 4]:
            if agent(following) or team_word(following):
                return True
            if following not in NOUN_PHRASE_WORDS:
                break
    return False


def _another_team(clause: list[str]) -> bool:
    """Another team is the clause's subject: "another team owns the Java services", Turkish
    "Kasa yazilimi Java ile yazilmis ve baska bir ekibin sorumlulugunda" ("... and another
    team's responsibility")."""
    for i, word in enumerate(clause):
        if team_word(word) and any(m in OTHER_PARTY_MARKERS for m in clause[max(0, i - 2) : i]):
            j = i - 1
            while j >= 0 and (clause[j] in OTHER_PARTY_MARKERS or clause[j] in NOUN_PHRASE_WORDS):
                j -= 1
            if j < 0 or (clause[j] not in PREPOSITIONS and clause[j] not in PASSIVE_BY_WORDS):
                return True
    return False


# "Only" words that are also other words (".NET", "just", "bare metal", "solo"): they say
# "only" next to the person ("; ek lewer net ..."), not by themselves.
_ONLY_ALSO_WORDS = frozenset({"net", "just", "bare", "kun", "solo", "tik", "chỉ"})
# ...nor "only with" a thing, which says how the work was done ("- im Winter nur mit Helm").
_ONLY_WITH_WORDS = frozenset({"with", "mit", "met", "avec", "con", "com"})


def _set_against_the_persons_part(text: str, cand: Candidate, clause: list[str]) -> bool:
    """Another clause of the sentence opens with the person, and either says the person
    did only some part ("; I only called its REST API", "; jo només els envio les
    estadístiques", "; saya hanya menyediakan endpoint", "; naša je grupa ... samo") or this
    clause names another party ("; ja odpowiadam za ..."): theirs."""
    names_a_party = _names_another_party(clause)
    # ("Worked with the vendor on the Kafka rollout; I wrote the consumers" names none)
    seg_start, seg_end = segment(text, cand.start, cand.end)
    between: list[str] = []  # the opening of a clause between this one and the person's
    for turn in CLAUSE_TURN.finditer(text, seg_start, seg_end):
        if turn.start() < cand.end:
            continue  # the person's part comes after the other's
        opening = clause_words(text, turn.end(), min(seg_end, turn.end() + 120))[:8]
        if between and _names_another_party(between):
            return False  # the person's part is set against the clause between, not this one
        between = opening
        if any(
            w in ONLY_WORDS
            and w not in _ONLY_ALSO_WORDS
            and not _ONLY_WITH_WORDS.intersection(opening[i + 1 : i + 2])
            for i, w in enumerate(opening[:3])
        ):
            # "- tam len konzultujem role", "; only the payments team uses it" (not "- im
            # Winter nur mit Helm": only with a helmet, nobody's part)
            return True
        person = [i for i, w in enumerate(opening[:3]) if w in FIRST_PERSON_SUBJECTS]
        if not person and not any(w in FIRST_PERSON_WORDS for w in opening[:2]):
            if not any(w in FIRST_PERSON_SUBJECTS for w in opening):
                continue
            # further in: "engineering owns the code and I have never touched it"
            if any(w in NEGATIONS for w in opening):
                return True
            continue
        if names_a_party and person:
            return True
        if any(w in ONLY_WORDS or w in NEGATIONS for w in opening):
            return True  # "; I only ...", "; meie tiim seda ei puutu", "; sam SAP-a ne ..."
    return False


def _names_another_party(clause: list[str]) -> bool:
    return any(
        possessive_agent(word, clause[i - 1] if i else "")
        or (
            (agent(word) or (team_word(word) and not _qualifies_a_noun(clause, i)))
            and _subject_position(clause, i)
        )
        for i, word in enumerate(clause)
    )


def _qualifies_a_noun(clause: list[str], index: int) -> bool:
    """A team's word that qualifies the noun after it, no party: "unit tests", "Unit and UI
    tests", "team lead", "group policies"."""
    after = clause[index + 1 : index + 4]
    if clause[index] in ("unit", "units") and _TESTS.intersection(after):
        return True
    return after[:1] in (["lead"], ["leads"], ["leader"], ["policy"], ["policies"])


_TESTS = frozenset({"test", "tests", "testing"})


def _said_not_used(text: str, start: int, end: int) -> bool:
    return _NOT_USED.search(text, start, end) is not None
