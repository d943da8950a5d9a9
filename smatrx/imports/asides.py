"""Parts of a résumé that tell of other people or of the person's life outside work: a
References section and a referee's line, a line of hobbies, an Interests section. Nothing
there is the person's skill (or, in an Interests section, only what a list of technologies
vouches for). Pure: functions of the text; no Flask, no database."""

from __future__ import annotations

import re

from smatrx.imports.mentions import line_bounds

# A referee's line: it opens with a person's title ("Mr. Tan Wei Ming, Head of IT",
# Thai "คุณวิภาวรรณ ทองดี (Mocha) ผู้จัดการ ..."): nothing on it is the person's skill.
_REFEREES_LINE = re.compile(
    r"[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)])?[ \t]*"
    r"(?:(?i:referees?|references?|referencias?|référence|referenza|referência|referenz"
    r"|referentie)[ \t]*(?:\d{1,2}[ \t]*)?[:\u2013\u2014-]"
    r"|(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Engr|Atty|Sir|Dame|Madam|Herr|Frau|Mme|Sr|Sra)\.?[ \t]+[A-Z]"
    r"|\u0e04\u0e38\u0e13(?=[\u0e01-\u0e2e]))"
)


# A line of hobbies, by its label ("Hobbies : Cricket, mobile photography"): pastimes, not
# skills. ("Interests" is left out: "Interests: distributed systems" is often work.)
_HOBBY_LABELS = (
    r"hobbies|hobby|hobbys|hobby['\u2019]s|pastimes|leisure|loisirs|pasatiempos|aficiones"
    r"|passatempi|passatempos|hobbies?[ \t]*(?:&|and|and[ \t]+interests)[ \t]*interests"
    r"|freizeit|freizeitaktivitäten|hobi|hobiler|harrastukset|fritid|fritidsintressen"
    r"|хобби|хобі|kegemaran|mga[ \t]+libangan|шауқым|趣味|취미|งานอดิเรก"  # noqa: RUF001
    # "Away from the laptop": the hours away from the work's own tools
    r"|away[ \t]+from[ \t]+(?:the|my)[ \t]+(?:laptop|desk|keyboard|screen)"
)
_HOBBIES_LINE = re.compile(
    rf"[ \t*#_-]*(?:{_HOBBY_LABELS}"
    # a line of books read: "Reading: Kafka, Camus", "Lecture : Pessoa"
    r"|reading|lecture|lectures|lectura|lecturas|lettura|letture|leitura|leituras|lesen"
    r"|lezen)"
    r"[ \t*_]*[:\-\u2013\u2014|]",
    re.IGNORECASE,
)
# A heading of its own line: what follows, to the next heading, is pastimes.
_HOBBIES_HEADING = re.compile(
    rf"^[ \t#*_]*(?:{_HOBBY_LABELS})[ \t*_:]*$", re.IGNORECASE | re.MULTILINE
)


def hobbies_sections(text: str) -> list[tuple[int, int]]:
    """Where the document lists hobbies under a heading of their own ("Hobbys\nBergsteigen,
    Oper (die Mailänder Scala)"): nothing there is a skill, as on a line of hobbies."""
    return _sections(text, _HOBBIES_HEADING)


def _sections(text: str, heading_pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    spans = []
    for heading in heading_pattern.finditer(text):
        following = _NEXT_HEADING.search(text, heading.end())
        spans.append((heading.start(), following.start() if following else len(text)))
    return spans


def a_hobbies_line(text: str, at: int) -> bool:
    """The line holding position `at` lists hobbies."""
    line_start, _ = line_bounds(text, at)
    return _HOBBIES_LINE.match(text, line_start) is not None


def references_sections(text: str) -> list[tuple[int, int]]:
    """Where the document lists its referees: from a "References"/"Referees" heading (in the
    languages the reader knows) to the next heading or the end. Their titles and employers
    ("Head of Data, Tillpoint Payments") are the referees', not the person's."""
    return _sections(text, _REFERENCES_HEADING)


def interests_sections(text: str) -> list[tuple[int, int]]:
    """Where the document tells of the person's life outside work: from an "Interests" or
    "Hobbies" heading (in the languages the reader knows) to the next heading or the end.
    A capital there proves nothing: "photographing the Moon" is "fotografar a Lua"."""
    return _sections(text, _INTERESTS_HEADING)


_VOLUNTEERING = (
    r"(?:ehrenamt|ehrenamtliches[ \t]+engagement|b[ée]n[ée]volat|voluntariado|volontariato"
    r"|vrijwilligerswerk|engagement)"
)
_AND = r"(?:&|and|und|et|y|e|en|,)"
_PASTIMES = (
    r"(?:interessen|hobbys|freizeit|loisirs|centres[ \t]+d['\u2019]int[ée]r[êe]ts?|intérêts"
    r"|intereses|aficiones|interesses|interessi|passatempi|hobby['\u2019]?s|hobbies|interests)"
)
_INTERESTS_HEADING = re.compile(
    r"^[ \t#*_]*(?:(?:personal|other|outside[ \t]+work)[ \t]+)?(?:interests|hobbies"
    r"|interests[ \t]*(?:&|and)[ \t]*hobbies|hobbies[ \t]*(?:&|and)[ \t]*interests"
    # ... and volunteering with them, or life beyond work, or a French "Divers"
    r"|volunteering[ \t]*(?:&|and)[ \t]*interests|interests[ \t]*(?:&|and)[ \t]*volunteering"
    r"|(?:life[ \t]+)?(?:outside|beyond|away[ \t]+from)(?:[ \t]+of)?[ \t]+work|divers|sonstiges"
    r"|intérêts|centres[ \t]+d['\u2019]intérêts?"
    r"|interesses|intereses|aficiones|pasatiempos|centres[ \t]+d['\u2019]int[ée]r[êe]t|loisirs"
    r"|interessen|hobbys|freizeit|interessi|passatempi|hobby['\u2019]?s|interesses[ \t]+pessoais"
    r"|outside[ \t]+work"
    # a Spanish CV's last section: "Otros datos de interés" (a licence, a band, a club)
    r"|otros[ \t]+datos(?:[ \t]+de[ \t]+inter[ée]s)?|datos[ \t]+de[ \t]+inter[ée]s"
    # the volunteering and the interests of other languages under one heading: "Ehrenamt und
    # Interessen", "Bénévolat et loisirs", "Hobby's en vrijwilligerswerk"
    rf"|{_VOLUNTEERING}[ \t]*{_AND}[ \t]*{_PASTIMES}|{_PASTIMES}[ \t]*{_AND}[ \t]*{_VOLUNTEERING})"
    r"[ \t*_:]*$",
    re.IGNORECASE | re.MULTILINE,
)


def in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


_REFERENCES_HEADING = re.compile(
    r"^[ \t#*_]*(?:(?:character|personal|professional|work)[ \t]+)?"
    r"(?:references|referees|referencias|referencias[ \t]+personales|referencias[ \t]+laborales"
    r"|références|referenze|referências|referencias|referenzen|referenties|referenser"
    r"|referanslar|rujukan|referensi|marejeo|referencie|reference|referencje)"
    r"[ \t*_:]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The next section's heading: a short line in capitals or a Markdown heading.
_NEXT_HEADING = re.compile(
    r"^(?:[ \t]*#{1,4}[ \t]+\S.*|[ \t]*[^\W\da-z][^a-z\n]{2,40})$", re.MULTILINE
)


def a_referees_line(text: str, at: int) -> bool:
    """The line holding position `at` opens with a person's title: a referee's."""
    line_start, _ = line_bounds(text, at)
    return _REFEREES_LINE.match(text, line_start) is not None
