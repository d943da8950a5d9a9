"""A name that is part of a longer proper name or names a person, a pet or an organisation:
"La Scala", "Dr. Julia Weber", "co-presented with Ruby Okafor", "our clinic dog, Django",
"Founding member of Spark, a STEM mentoring programme", "a Raspberry Pi Foundation course",
"Bank Lvant plc". Read by smatrx.imports.matcher. Pure: no Flask, no database."""

from __future__ import annotations

import re

from smatrx.imports.asides import a_referees_line
from smatrx.imports.mentions import Candidate, line_bounds
from smatrx.imports.traps import a_legal_form
from smatrx.imports.vocabulary import APPOSITION_OPENERS, FIRST_NAMES, NAME_PARTICLES


def named_place_or_person(text: str, cand: Candidate) -> bool:
    """Part of a longer proper name: a capitalised particle right before it ("La Scala",
    "El Paso"), a person's title or article before a given name and a surname ("Ma'am Ruby
    Santos", "Dr. Julia Weber", Tagalog "si Ruby Santos"), or a given name followed by an
    apposition ("Crystal, our designer"); or a company's legal form written as one ("Bank
    Lvant plc" is not a PLC)."""
    if a_legal_form(text, cand) or a_referees_line(text, cand.start):
        return True
    if cand.text[:1].isupper() and _ORGANISATION_APPOSITION.match(text, cand.end):
        return True  # "Founding member of Spark, a STEM mentoring programme"
    if (
        cand.text[:1].isupper()
        and not cand.text.isupper()
        and not any(ch.isdigit() for ch in cand.text)
        and _FOUNDATION_AFTER.match(text, cand.end)
    ):
        return True  # the organisation: "a Raspberry Pi Foundation course", "Apache Software
        # Foundation member" (not a certificate's level: "PRINCE2 Foundation", "ITIL
        # Foundation", "Linux Foundation Certified Engineer")
    if cand.text[:1].isupper() and _CALLED_BEFORE.search(text, max(0, cand.start - 40), cand.start):
        return True  # a boat, a pet, a house so called: "an old Cornish Shrimper called Ansible"
    if _TOWER_BEFORE.search(text, max(0, cand.start - 16), cand.start):
        return True  # "una auténtica Torre de Babel", "a real Tower of Babel"
    before = text[max(0, cand.start - 8) : cand.start]
    if cand.text[:1].isupper() and _A_PLACES_FEATURE.match(text, cand.end):
        return True  # a place: "Juniper Ridge", "Spark Hill", "Ember Lane", "Delphi Creek"
    particle = re.search(r"(?<![\w])([A-Z][a-z]{1,4})[ \t]$", before)
    if particle and particle.group(1) in NAME_PARTICLES and cand.text[:1].isupper():
        return True
    if cand.text[:1].isupper() and (
        _CITED_AUTHOR.match(text, cand.end)
        or _TITLED_NAME_BEFORE.search(text, max(0, cand.start - 40), cand.start)
    ):
        return True  # "Ashworth, I., Rust, G. and Okafor, C.", "Supervisor: Prof. Gareth Rust"
    if _HONORIFIC_BEFORE.search(text, max(0, cand.start - 12), cand.start) and (
        cand.text[:1].isupper() and _SURNAME_AFTER.match(text, cand.end)
    ):
        return True
    if (
        (cand.ambiguous or cand.text.casefold() in FIRST_NAMES)  # (a name one may give)
        and cand.text[:1].isupper()
        and not cand.text.isupper()
        and _PERSON_BEFORE.search(text, max(0, cand.start - 24), cand.start)
        and _NAME_ENDS.match(text, cand.end)
    ):
        return True  # "a estagiária Jasmine.", "the intern Ruby's project"
    if (
        cand.text[:1].isupper()
        and not cand.text.isupper()
        and (
            (
                _ANIMAL_BEFORE.search(text, max(0, cand.start - 24), cand.start)
                and _NAME_ENDS.match(text, cand.end)
            )
            or _ANIMAL_APPOSITION.match(text, cand.end)
        )
    ):
        return True  # an animal so called: "our sheepdog, Perl, along", "Ruby, my red kelpie"
    if cand.text.casefold() in FIRST_NAMES and _A_SHOP_OF_HERS.match(text, cand.end):
        return True  # a business named after its owner: "Ruby's Patty Palace"
    if cand.text.casefold() in FIRST_NAMES and cand.text[:1].isupper():
        surname = _SURNAME_AFTER.match(text, cand.end)
        if (
            surname
            and surname.group().strip().casefold() not in _NOT_SURNAMES
            and (
                _COMPANION_BEFORE.search(text, max(0, cand.start - 16), cand.start)
                or re.match(r"[ \t]+(?:and|&)[ \t]+I\b", text[surname.end() : surname.end() + 8])
            )
        ):
            return True  # a person: "co-presented with Ruby Okafor", "Julia Weber and I"
        apposition = re.match(r",[ \t]+([^\W\d_]+)", text[cand.end : cand.end + 20])
        if apposition and apposition.group(1).casefold() in APPOSITION_OPENERS:
            return True
        if _NAMED_PERSON_AFTER.match(text, cand.end) and (
            _opens_its_line(text, cand)
            or re.search(r",[ \t]*$", text[max(0, cand.start - 3) : cand.start])
        ):
            # a referee or a contact: "Pascal Renard, responsable SOC, ..."; a person in
            # apposition: "support the CFO, Julia Mokoena, with the annual budget"
            return True
    return False


# The tower of the story, in the languages the reader knows: "Babel" after it is no library.
_TOWER_BEFORE = re.compile(
    r"(?i:tower[ \t]+of|torre[ \t]+de|torre[ \t]+di|tour[ \t]+de|turm(?:bau)?[ \t]+(?:zu|von)"
    r"|toren[ \t]+van)[ \t]+$"
)


# A thing given a name, not a tool: "called", "named" after a noun that is no kind of
# software ("a tool called Terraform" is the tool).
_CALLED_BEFORE = re.compile(
    r"\b(?!(?i:tool|tools|framework|library|language|platform|service|system|database|engine"
    r"|product|app|application|package|module|plugin|project|program|programme|suite)\b)"
    r"[A-Za-z]+[ \t]+(?:called|named|nicknamed|christened)[ \t]+$"
)


# Animals: after one, any capitalised name ending its phrase is the animal's ("Our clinic dog,
# Django, is ...", "Thuis regeert kater Pascal.", "my own malamute,\nJava, thinks she is a sled
# dog", "walking our sheepdog, Perl, along the river"); before one, in apposition: "fishing
# with Ruby,\nmy red kelpie".
_ANIMALS = (
    r"(?:dog|cat|puppy|pup|kitten|pony|horse|mare|gelding|parrot|cockatoo|budgie|tortoise"
    r"|rabbit|ferret|hamster|gecko|labrador|collie|spaniel|terrier|sheepdog|kelpie|malamute"
    r"|husky|retriever|beagle|whippet|greyhound|lurcher|pug|dachshund|poodle|moggy|tabby"
    r"|kater|poes|hond|chien|chienne|chat|chatte|perro|perra|gato|gata|cão|cadela|cane|gatto"
    r"|gatta|Hund|Hündin|Katze)"
)
_ANIMAL_BEFORE = re.compile(r"(?<![\w'\u2019])" + _ANIMALS + r",?\s+$", re.IGNORECASE)
_ANIMAL_APPOSITION = re.compile(
    r",\s*(?:my|our|a|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + _ANIMALS + r"\b",
    re.IGNORECASE,
)
# A person's role right before a name one may give, ending there: the person so called
# ("pareamento semanal com a estagiária Jasmine.", "the intern Ruby's project").
_PERSON_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:intern|trainee|apprentice|estagiária|estagiário|stagiaire|stagiair"
    r"|stagista|becaria|becario|pasante|Praktikantin|Praktikant|colleague|collega|collègue"
    r"|colega|Kollegin|Kollege|daughter|son|niece|nephew|wife|husband|Tochter|Sohn|fille|fils"
    r"|hija|hijo|filha|filho|figlia|figlio|dochter|zoon)"
    # (or the name in brackets after it: "eine Tochter (Julia, 5 Jahre)")
    r",?[ \t]+\(?$",
    re.IGNORECASE,
)


# A feature of a place after a name: "Juniper Ridge", "Rust Hill", "Ember Creek".
_A_PLACES_FEATURE = re.compile(
    r"[ \t]+(?:Ridge|Hill|Hills|Creek|Valley|Heights|Park|Lane|Road|Street|Avenue|Bay|Beach"
    r"|Point|Springs|Falls|Lake|River|Grove|Meadows|Estate|Gardens|Close|Crescent|Drive)\b"
)
# A possessive before a capitalised word: the owner's name of a shop or a firm ("Ruby's Patty
# Palace", "Jenkins's Bakery"; not "Django's ORM").
_A_SHOP_OF_HERS = re.compile(r"['\u2019]s[ \t]+[A-Z][a-z]")
# The name ends its phrase: punctuation, the line's end, a possessive or a lowercase word.
_NAME_ENDS = re.compile(r"(?:[ \t]*(?:[.,;:!?)\n]|$)|['\u2019]s\b|[ \t]+[a-z])")


# A surname and a comma after a given name: the person's name opening a line of their own.
_NAMED_PERSON_AFTER = re.compile(r"[ \t]+[A-Z][a-z\u00c0-\u024f'\u2019-]{2,}[ \t]*,")


def _opens_its_line(text: str, cand: Candidate) -> bool:
    """Only a bullet, a number or spaces before the candidate on its line."""
    line_start, _ = line_bounds(text, cand.start)
    return (
        re.fullmatch(
            r"[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)])?[ \t]*", text[line_start : cand.start]
        )
        is not None
    )


# A person's title or, in Tagalog, the article of a person's name, right before a name.
_HONORIFIC_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame|Madam|Ma['\u2019]am|Mme|Mlle|Herr"
    r"|Frau|Sr|Sra|Srta|Dona|Doña|Dott|Dott\.ssa|Ing|Engr|Atty|Hon)\.?|(?<![\w'\u2019])(?:si|ni|kay))"
    r"[ \t]+$"
)


# An author of a citation: a surname, its initials after a comma ("Rust, G.", "Rust, G.A.")
# and another author or the year after them.
_CITED_AUTHOR = re.compile(r",[ \t]*(?:[A-Z]\.[ \t-]?){1,3}(?=[ \t]*(?:,|and\b|&|\(\d{4}\)))")


# A person's title and a given name right before the name: "Prof. Gareth Rust".
_TITLED_NAME_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame)\.?[ \t]+[A-Z][a-z]+[ \t]+\Z"
)


# Before a given name and a surname: someone the person did something with or for.
_COMPANION_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:with|by|alongside|and|from|to|for|thanks[ \t]+to|con|avec|mit|met|com"
    r"|teammate|colleague|co-worker|coworker|manager|mentor|partner|boss|supervisor"
    # an admirer's: "gran fan de Django Reinhardt", "a big fan of Julia Child"
    r"|fan[ \t]+(?:of|de|von|di|van)|fã[ \t]+de)"
    r"[ \t]+$",
    re.IGNORECASE,
)


# Capitalised words after a given name that are no surname: "Ruby Developer", "Julia Package".
_NOT_SURNAMES = frozenset(
    {"developer", "developers", "engineer", "engineers", "programmer", "programming", "code"}
    | {"package", "packages", "library", "libraries", "script", "scripts", "community"}
    | {"meetup", "conference", "gems", "gem", "language", "stack", "team", "guild", "user"}
    | {"users", "group", "camp", "day", "days", "summit", "workshop", "course", "track"}
)


# A surname: a capitalised word of letters, not another name of a technology's kind.
_SURNAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z\u00c0-\u024f'\u2019-]{2,}(?![\w+#.])")


# A foundation named after the technology it stewards.
_FOUNDATION_AFTER = re.compile(
    r"[ \t]+(?:Software[ \t]+)?Foundation\b"
    r"(?![ \t]+(?:Certified|Level|Certificate|Certification|exam))"
)


# An apposition saying the name is an organisation's or an event's.
_ORGANISATION_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the|our|my)[ \t]+(?:[\w-]+[ \t]+){0,4}?"
    r"(?:programme|program|charity|non-profit|nonprofit|club|organisation|organization"
    r"|initiative|network|community|society|association|foundation|festival|conference"
    r"|meetup|podcast|choir|band|start-up|startup|social enterprise|campaign|hackathon)s?\b",
    re.IGNORECASE,
)
