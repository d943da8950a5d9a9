"""Names a list makes out of a name said once: "AWS (ECS, RDS)" and "AWS: EC2, RDS" name
Amazon ECS and Amazon RDS, "Cisco and Juniper routers" names Juniper routers, "Kotlin with
Spring Boot and coroutines" names Kotlin Coroutines. Each item counts only when it makes a
catalog name with the name it hangs on. Pure: no Flask, no database."""

from __future__ import annotations

import re
from collections.abc import Mapping

from smatrx.imports.implications import IMPLIED_BY_PREFIX
from smatrx.imports.mentions import Candidate, CatalogTerm, Match, segment
from smatrx.imports.trie import normalise

# "AWS (ECS, RDS)": a parenthesised list right after a name, and its items.
_PARENTHESISED = re.compile(r"[ \t]*\(([^()\n]{1,120})\)")
_LIST_ITEM = re.compile(r"[^,;&]+")
_SLASH_PART = re.compile(r"[^/]+")
_LIST_JOINER = re.compile(r"\s(?:and|or|y|e|et|und|en|o|ou|oder|of)\s", re.IGNORECASE)
# "Cisco and Juniper routers": the word before a coordinator, right before a name.
_COORDINATED = re.compile(r"([A-Za-z][\w.+#-]*)[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*$")

# The word after a name of one word, that a modifier before it may share: "gRPC APIs".
_HEAD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w-]*)\b")

# The word right before a modifier, in the same item.
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.+#-]*)[ \t]+$")

# An item of a list inside a sentence: what follows a comma, semicolon, "and", "or", "with".
_HEAD_LIST_ITEM = re.compile(
    r"(?:[,;]|\b(?:and|or|with|plus)\b)[ \t]+([a-z][\w+#-]*(?:[ \t][a-z][\w+#-]*)?)"
    r"(?=[ \t]*(?:[,;.)]|\band\b|\bor\b|$))",
    re.MULTILINE,
)

# After a platform's name, its services are listed after a colon or "with": "into AWS: EC2,
# RDS, S3", "landing zones on AWS with Control Tower and Terraform"; after one of its
# services the next items are more of them: "AWS Lambda, API Gateway and DynamoDB". Each
# item counts only when the platform's name before it makes a catalog name.
_INTRODUCED_LIST = re.compile(r"(?:[ \t]*:|[ \t]+(?:with|using|including|on))[ \t]+", re.IGNORECASE)
_SIBLING_LIST = re.compile(r"[ \t]*,[ \t]*")
_LIST_END = re.compile(r";|\.(?:\s|$)|\n")


def _until_sentence_end(text: str, start: int) -> str:
    window = text[start : start + 160]
    end = _LIST_END.search(window)
    return window[: end.start()] if end else window


def _platform_prefix(name: str) -> tuple[str, ...]:
    """The platform's or the vendor's word a name opens with, which the items of a list
    after it share: "Microsoft Office (Excel, Word)", "Adobe Photoshop, Illustrator"."""
    return tuple(p.strip() for p in (*IMPLIED_BY_PREFIX, *_VENDOR_PREFIXES) if name.startswith(p))


_VENDOR_PREFIXES = ("Microsoft ", "Adobe ", "Apache ", "Autodesk ", "Atlassian ")

_MODULE_WORD = re.compile(
    r"^(?:module|modules|Modul|Module|módulo|módulos|modulo|moduli|modul)[ \t]+"
    r"|[ \t]+(?:module|modules|Modul|Module|módulo|módulos|modulo|moduli|modul)$",
    re.IGNORECASE,
)


def _parent_list(text: str, cand: Candidate) -> tuple[int, str] | None:
    """(offset, text) of the list of items a name introduces, if any."""
    listed = _PARENTHESISED.match(text, cand.end)
    if listed is not None:
        return listed.start(1), listed.group(1)
    if cand.term.name in IMPLIED_BY_PREFIX.values():
        opener = _INTRODUCED_LIST.match(text, cand.end)
        if opener is not None:
            return opener.end(), _until_sentence_end(text, opener.end())
    if _platform_prefix(cand.text):
        opener = _SIBLING_LIST.match(text, cand.end)
        if opener is not None:
            return opener.end(), _until_sentence_end(text, opener.end())
    return None


def parent_list_items(
    text: str, accepted: list[Candidate], by_key: Mapping[str, CatalogTerm]
) -> list[tuple[int, int, Match]]:
    """ "AWS (ECS, RDS, S3)": each item of a parenthesised list right after a name is
    read with the name before it ("AWS ECS"), when that is a catalog name or alias."""
    found = []
    for cand in accepted:
        listed = _parent_list(text, cand)
        if listed is None:
            continue
        list_start, inner = listed
        prefixes = dict.fromkeys((cand.text, cand.term.name, *cand.term.aliases))
        # "AWS Lambda, API Gateway and DynamoDB": the siblings share the prefix
        prefixes = dict.fromkeys((*prefixes, *_platform_prefix(cand.text)))
        # "and"/"or" separate items as commas do, blanked to keep the positions
        inner = _LIST_JOINER.sub(lambda m: "," * len(m.group()), inner)
        for item in _LIST_ITEM.finditer(inner):
            # "Pub/Sub" is one item, "ECS/EKS" two: the whole first, then its parts
            parts = [item]
            if "/" in item.group():
                parts.extend(_SLASH_PART.finditer(inner, item.start(), item.end()))
            for part in parts:
                words = part.group().strip()
                # "SAP (MM module)", "SAP (módulo SD)": the module's name
                words = _MODULE_WORD.sub("", words).strip() or words
                if not words:
                    continue
                term = next(
                    (
                        term
                        for prefix in prefixes
                        if (term := by_key.get(normalise(f"{prefix} {words}")))
                        and term.skill_id != cand.term.skill_id
                    ),
                    None,
                )
                if term is None:
                    continue
                start = list_start + part.start() + part.group().find(words)
                match = Match(term.skill_id, term.name, words, False, 100.0)
                found.append((start, start + len(words), match))
                break
    return found


def coordinated_items(
    text: str, accepted: list[Candidate], by_key: Mapping[str, CatalogTerm]
) -> list[tuple[int, int, Match]]:
    """ "Cisco and Juniper routers": modifiers joined by "and", "or", "/" or commas share
    the head noun of the name after them, so "Cisco routers" is named as well, when that
    is a catalog name or alias."""
    found = []
    for cand in accepted:
        parts = cand.text.split(None, 1)
        if len(parts) < 2:
            # a name of one word before the shared head: "REST and gRPC APIs" names REST
            # APIs ("gRPC APIs" is no name of its own)
            after = _HEAD_AFTER.match(text, cand.end)
            if after is None:
                continue
            parts = [cand.text, after.group(1)]
        head = parts[1]
        position = cand.start
        for _ in range(4):  # "Cisco, Arista and Juniper routers"
            before = _COORDINATED.search(text[max(0, position - 40) : position])
            if before is None:
                break
            word_start = max(0, position - 40) + before.start(1)
            word = before.group(1)
            previous = _WORD_BEFORE.search(text[max(0, word_start - 30) : word_start])
            if previous is not None and normalise(f"{previous.group(1)} {word}") in by_key:
                break  # the last word of a name of its own: "design systems, interaction design"
            term = by_key.get(normalise(f"{word} {head}"))
            if term is None:
                break
            match = Match(term.skill_id, term.name, word, False, 100.0)
            found.append((word_start, word_start + len(word), match))
            position = word_start
    return found


def shared_head_items(
    text: str, accepted: list[Candidate], by_key: Mapping[str, CatalogTerm]
) -> list[tuple[int, int, Match]]:
    """ "Kotlin with Spring Boot and coroutines": a lower-case item later in the same
    sentence's list that makes a catalog name with the name before it ("Kotlin
    Coroutines") names that too — the sentence leaves the head out once said."""
    found = []
    for cand in accepted:
        _, seg_end = segment(text, cand.start, cand.end)
        position = cand.end
        for item in _HEAD_LIST_ITEM.finditer(text, cand.end, min(seg_end, cand.end + 160)):
            words = item.group(1)
            position = item.start(1)
            if not words.islower() or len(words.split()) > 2:
                continue
            term = next(
                (
                    term
                    for head in dict.fromkeys((cand.text, cand.term.name))
                    if (term := by_key.get(normalise(f"{head} {words}")))
                    and term.skill_id != cand.term.skill_id
                ),
                None,
            )
            if term is not None:
                match = Match(term.skill_id, term.name, words, False, 100.0)
                found.append((position, position + len(words), match))
    return found
