"""A name that the words around it make another kind of thing, whatever the name: a kitchen's
rank before "Chef", a kind of snake before "python", the beer after "Java" ("the Java Porter"),
a street ("Java Lane"), a courier ("LBC Express"), the German helmet with the rest of the
safety gear, a royal title before a name, a part of another abbreviation glued to it. Read by
smatrx.imports.matcher. Pure: no Flask, no database."""

from __future__ import annotations

import re

from smatrx.imports.mentions import WORD, Candidate, german_sentence
from smatrx.imports.vocabulary import NAME_TRAPS_AFTER, NAME_TRAPS_BEFORE
from smatrx.imports.word_senses import KINDS_OF_TEST


def another_kind_of_thing(text: str, cand: Candidate) -> bool:
    """A word before the name that makes it another thing, whatever the name: a kitchen's
    rank before "Chef", a kind of snake before "python" ("the odd royal python"); a word
    after it ("the Java Porter", "Java Lane"); a part of another abbreviation glued to it
    ("IR(ME)R", "C-SSRS")."""
    # (the words before, over a wrapped line's indent: "su larga" / "      scala (oltre")
    ahead = text[max(0, cand.start - 80) : cand.start].rstrip()
    before = WORD.findall(ahead[-24:])[-2:]
    if len(before) == 2 and before[1].casefold() in {"a", "à"}:
        before = before[:1]  # "Esperando a Godot"
    before = before[-1:]
    if (
        before
        and re.match(r"[ \t]+$", text[cand.start - 1 : cand.start])
        and before[0].casefold() in NAME_TRAPS_BEFORE.get(cand.text.casefold(), ())
    ):
        return True
    if _the_same_thing_again(text, cand):
        return True
    after = re.match(r"[ \t]+([^\W\d_]+)", text[cand.end : cand.end + 24])
    if after and after.group(1).casefold() in NAME_TRAPS_AFTER.get(cand.text.casefold(), ()):
        return True  # "the Java Porter", "our Java blend"
    if cand.text.casefold() == "helm" and _SAFETY_GEAR_AFTER.match(text, cand.end):
        return True  # the German helmet: "mit Helm und Sicherheitsschuhen"
    if cand.text.casefold() == "gin" and _SPIRITS_AROUND.search(
        text, max(0, cand.start - 30), cand.end + 40
    ):
        return True  # the spirit: "Gin and rum recipe development", "the Roseland Gin"
    if (
        " " in cand.text
        and cand.text.istitle()
        and _A_VENDORS_MODULE.search(text, max(0, cand.start - 10), cand.start)
    ):
        return True  # a module of the vendor's product: "SAP Time Management"
    if cand.term.name == "Communication" and (
        _MACHINES_COMMUNICATING_AFTER.match(text, cand.end)
        or _A_FIELD_AFTER.match(text, cand.end)
        or re.search(
            r"\b(?i:alternative|augmentative)[ \t]+$", text[max(0, cand.start - 14) : cand.start]
        )
        or re.search(
            r"\b(?i:information)[ \t]+(?:and|&)[ \t]+$", text[max(0, cand.start - 20) : cand.start]
        )
    ):
        return True  # data, not people: "Communication Modbus RTU/TCP", "Information and
        # Communication Technology"
    if cand.term.name == "Localization" and _A_THING_LOCATED_AFTER.match(text, cand.end):
        return True  # finding where a thing is: "la localisation d'un robot mobile"
    if cand.text == "Zephyr" and _TEST_MANAGEMENT_AROUND.search(
        text, max(0, cand.start - 60), cand.end + 60
    ):
        return True  # Jira's test-management add-on, not the RTOS: "test cases in Jira with Zephyr"
    if cand.text == "C" and text.startswith("/AL", cand.end):
        return True  # Dynamics NAV's language: "C/AL"
    if cand.text in ("Helm", "Packer") and _a_german_noun(text, cand):
        return True  # a helmet: "in der Gondel mit Helm und Auffanggurt"; a warehouse job:
        # "Packer im Zentrallager"
    if cand.text == "python" and _SNAKES_AROUND.search(
        text, max(0, cand.start - 80), cand.end + 60
    ):
        return True  # the snake: "Move snakes out of campgrounds ... the odd olive python"
    if cand.text == "Erlang" and re.match(r"[ \t]+[ABC]\b", text[cand.end : cand.end + 3]):
        return True  # the call centre's queueing formulas: "Erlang C"
    if cand.text == "C" and _ERLANG_OR_A_LICENCE_BEFORE.search(
        text, max(0, cand.start - 24), cand.start
    ):
        return True  # "Erlang C"; a driving licence's class: "NT driver licence C and LR"
    if cand.text.casefold() == "sanity" and _KINDS_OF_TEST_AROUND.search(
        text, max(0, cand.start - 30), cand.end + 30
    ):
        return True  # a kind of test: "smoke, sanity and regression testing" (not Sanity CMS)
    if cand.text.casefold() == "pest" and _PESTS_AFTER.match(text, cand.end):
        return True  # vermin: "Pest and weed control" (not the PHP test framework)
    if cand.term.name == "Time Management" and re.search(
        r"\b(?i:real)[ \t-]$", text[max(0, cand.start - 6) : cand.start]
    ):
        return True  # a contact centre's "real-time management"
    if cand.term.name == "Remote Collaboration" and re.match(r"\s*(?i:aid)\b", text[cand.end :]):
        return True  # "remote first aid"
    if cand.text == "MPI" and _A_REGULATORS_WORK_AROUND.search(
        text, max(0, cand.start - 80), cand.end + 80
    ):
        return True  # New Zealand's Ministry for Primary Industries: "Food Control Plan under MPI"
    if cand.text == "Teams" and german_sentence(text, cand.start):
        return True  # the German plural: "saubere Schnittstellen und Teams, die ..."
    if cand.text.casefold() == "express" and _A_DELIVERY_BEFORE.search(
        text, max(0, cand.start - 24), cand.start
    ):
        return True  # a delivery's speed: "l'offre de livraison express", "entregas express"
    if cand.text == "Express" and _A_GERMAN_EXPRESS_AFTER.match(text, cand.end):
        return True  # "eine Express-Lösung", "Express-Versand"
    if cand.text == "Ruby" and _WINES_AROUND.search(text, max(0, cand.start - 60), cand.end + 60):
        return True  # a port: "Tawny, Ruby, LBV, Vintage"
    if cand.text.casefold() == "spring" and re.search(
        r"\b(?:19|20)\d\d[ \t]+$", text[max(0, cand.start - 6) : cand.start]
    ):
        return True  # a season of a year: "the 2024 Spring flood retrospective"
    if cand.text == "TSO" and _A_SCHOOL_TRACK_AROUND.search(
        text, max(0, cand.start - 40), cand.end + 40
    ):
        return True  # Flanders' technical secondary school: "in de derde graad TSO"
    if cand.text == "Oban" and not _ELIXIR_AROUND.search(
        text, max(0, cand.start - 120), cand.end + 120
    ):
        return True  # the town in Argyll: "Ardconnel Terrace, Oban", "the old Oban pier office"
    if cand.text == "LoRA":
        return True  # low-rank adaptation of a language model, not the LoRa radio
    if cand.text == "Cargo" and text.startswith(":", cand.end):
        return True  # a job's label in Portuguese and Spanish: "Cargo: SRE Sênior"
    if cand.term.name == "People Management" and _TECHNICAL_BEFORE.search(
        text, max(0, cand.start - 12), cand.start
    ):
        return True  # a technical lead, with no staff: "fachliche Leitung eines Teams"
    if cand.text in _ROLES_IN_CAPITALS and _A_COUNT_BEFORE.search(
        text, max(0, cand.start - 6), cand.start
    ):
        return True  # people counted by their role: "14 engineers, 2 QA, 1 SRE"
    if _STREET_AFTER.match(text, cand.end) and cand.text[:1].isupper():
        return True  # an address: "No. 42/3, Java Lane, Colombo 02"
    if cand.text == "Express" and _COURIER_BEFORE.search(text, max(0, cand.start - 8), cand.start):
        return True  # a courier: "J&T Express", "LBC Express", "DHL Express" (and "SQL Express"
        # is SQL Server's edition, not Express.js)
    if before and before[0] in _ROYAL_TITLES and cand.text[:1].isupper():
        return True  # a person, or a place named after one: "King Shaka International"
    glued = text[max(0, cand.start - 2) : cand.start]
    return cand.text.isupper() and (
        (len(cand.text) == 1 and glued.endswith(")") and glued[:1].isalpha())
        or (len(glued) == 2 and glued[1] == "-" and glued[0].isupper())
    )


def _the_same_thing_again(text: str, cand: Candidate) -> bool:
    """A name in lower case after "the", where the text has already made it another thing:
    "after a reticulated python wandered in ... no one was hurt, including the python"."""
    if not cand.text.islower() or not _THE_BEFORE.search(text, max(0, cand.start - 8), cand.start):
        return False
    kinds = NAME_TRAPS_BEFORE.get(cand.text.casefold(), ())
    earlier = re.finditer(rf"([^\W\d_]+)[ \t]+{re.escape(cand.text)}\b", text[: cand.start], re.I)
    return any(found.group(1).casefold() in kinds for found in earlier)


_THE_BEFORE = re.compile(r"\b(?i:the|this|that|our|my|his|her)[ \t]+$")
_SAFETY_GEAR_AFTER = re.compile(
    r"[ \t]*(?:und|oder|,|&)\s+(?:Sicherheits|Schutz|Warn|Gehör|Arbeits|Stahlkappen|Hand"
    r"schuh)\w*"
)
_MACHINES_COMMUNICATING_AFTER = re.compile(
    r"[ \t]+(?i:modbus|can|canopen|tcp|tcp/ip|udp|serial|série|ble|bluetooth|spi|i2c|uart|opc"
    r"|opc-ua|mqtt|radio|réseau|réseaux|protocols?|protocoles?|protocolos?|protokoll\w*|bus"
    r"|ethernet|lora|lorawan|zigbee|usb|rs-?\d+|technolog(?:y|ies))\b"
    r"|[ \t]+(?:Technology|Technologies|Systems)\b"
)
_A_THING_LOCATED_AFTER = re.compile(
    r"[ \t]+(?:d['\u2019]un|d['\u2019]une|du|de[ \t]+la|des|of[ \t]+(?:a|an|the))[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?i:robots?|véhicules?|vehicles?|drones?|objets?|objects?|users?"
    r"|utilisateurs?|devices?|appareils?|capteurs?|sensors?|assets?|trucks?|camions?|cars?"
    r"|voitures?|pannes?|faults?|défauts?|fuites?|leaks?)\b"
)
_TEST_MANAGEMENT_AROUND = re.compile(
    r"\bJira\b|\b(?i:test[ \t]+(?:cases?|management|plans?|runs?|executions?)|xray|testrail"
    r"|quality[ \t]+center|hp[ \t]+alm)\b"
)


def _a_german_noun(text: str, cand: Candidate) -> bool:
    """ "Helm" or "Packer" in a German sentence with nothing of Kubernetes or of building
    machine images around it: a helmet, a packer."""
    start, end = max(0, cand.start - 80), cand.end + 80
    return german_sentence(text, cand.start) and not _KUBERNETES_AROUND.search(text, start, end)


_KUBERNETES_AROUND = re.compile(
    r"(?i:kubernetes|k8s|charts?|argo|deploy\w*|cluster\w*|openshift|gitops|releases?|kubectl"
    r"|rancher|eks|aks|gke|manifest\w*|container\w*|docker|terraform|images?|ami|ansible"
    r"|vagrant|vsphere)"
)
_A_SCHOOL_TRACK_AROUND = re.compile(r"\b(?:ASO|BSO|KSO|graad|secundair\w*|onderwijs)\b")
_ELIXIR_AROUND = re.compile(
    r"\b(?i:elixir|phoenix|ecto|erlang|beam|liveview|jobs?|queues?|workers?|postgres\w*)\b"
)
_A_DELIVERY_BEFORE = re.compile(
    r"\b(?i:livraisons?|entregas?|envíos?|envios?|paqueterías?|consegnas?|consegne|spedizioni"
    r"|spedizione|lieferungen|lieferung|leveringen|levering|deliver(?:y|ies)|shipping|courier"
    r"|correio|encomendas?)\s+$"
)
_A_GERMAN_EXPRESS_AFTER = re.compile(
    r"-(?:Lösung|Versand|Lieferung|Zustellung|Paket|Zug|Service|Bearbeitung|Reparatur)\w*"
)
_WINES_AROUND = re.compile(
    r"\b(?i:tawny|lbv|porto|port[ \t]+wines?|vinhos?|vinos?|wines?|vintage|sherry|madeira"
    r"|sommelier\w*|cellar\w*)\b"
)
_TECHNICAL_BEFORE = re.compile(r"\b(?i:fachliche|technische|fachlichen|technischen)[ \t]+$")
# (the kinds of test but "sanity" itself, and regression tests and checks)
_KINDS_OF_TEST_AROUND = re.compile(
    r"\b(?i:"
    + "|".join(
        re.escape(kind)
        for kind in (*KINDS_OF_TEST, "regression", "check", "checks")
        if kind != "sanity"
    )
    + r")\b"
)
_A_FIELD_AFTER = re.compile(r"[ \t]+(?:Pathology|Disorders|Sciences?|Studies|Engineering)\b")
_ERLANG_OR_A_LICENCE_BEFORE = re.compile(
    r"(?:\bErlang|\b(?i:licen[cs]e|licen[cs]e[ \t]+class|class))[ \t]+$"
)
_PESTS_AFTER = re.compile(
    r"[ \t]+(?i:and[ \t]+weeds?|control|management|inspections?|animals?|species|birds?)\b"
)
_A_REGULATORS_WORK_AROUND = re.compile(
    r"\b(?i:food|meat|samples?|verification|biosecurity|primary[ \t]+industries|dairy"
    r"|seafood|fisheries|sanitation|abattoir|export[ \t]+certificates?)\b"
)
_SNAKES_AROUND = re.compile(
    r"\b(?i:snakes?|reptiles?|serpents?|herpetolog\w*|terrariums?|vivariums?|venomous"
    r"|constrictors?)\b"
)
_SPIRITS_AROUND = re.compile(
    r"\b(?i:rum|vodka|whisky|whiskey|tonic|botanicals?|distill\w*|distiller\w*|liqueurs?"
    r"|spirits?|cocktails?|juniper)\b"
)
_A_VENDORS_MODULE = re.compile(r"\b(?:SAP|Oracle|Workday|PeopleSoft|Dynamics 365)[ \t]$")
_ROLES_IN_CAPITALS = frozenset({"QA", "SRE", "DBA", "UX", "QE", "SDET", "BA", "PM"})
_A_COUNT_BEFORE = re.compile(r"(?:^|[\s,(])\d{1,3}[ \t]$")
_STREET_AFTER = re.compile(
    r"[ \t]+(?:Lane|Road|Rd|Street|St|Avenue|Ave|Drive|Close|Crescent|Boulevard|Terrace|Mawatha"
    r")\b\.?[ \t]*(?:,|$)",
    re.MULTILINE,
)
_COURIER_BEFORE = re.compile(r"(?<![\w&])(?:[A-Z]{2,4}|[A-Z]&[A-Z])[ \t]+$")
_ROYAL_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Saint", "Lord", "Lady"})
