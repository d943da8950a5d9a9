"""A name that the words around it make another kind of thing, whatever the name: a kitchen's
rank before "Chef", a kind of snake before "python", the beer after "Java" ("the Java Porter"),
a street ("Java Lane"), a courier ("LBC Express"), the German helmet with the rest of the
safety gear, a royal title before a name, a part of another abbreviation glued to it. Read by
smatrx.imports.matcher. Pure: no Flask, no database."""

from __future__ import annotations

import re
from collections.abc import Callable

from smatrx.imports.mentions import WORD, Candidate, german_sentence
from smatrx.imports.vocabulary import NAME_TRAPS_AFTER, NAME_TRAPS_BEFORE
from smatrx.imports.word_senses import KINDS_OF_TEST


def another_kind_of_thing(text: str, cand: Candidate) -> bool:
    """A word before the name that makes it another thing, whatever the name: a kitchen's
    rank before "Chef", a kind of snake before "python" ("the odd royal python"); a word
    after it ("the Java Porter", "Java Lane"); a part of another abbreviation glued to it
    ("IR(ME)R", "C-SSRS"); and one name's other senses, each a check in the tables at the
    end of this module (a helmet, a snake, a season, a town ...)."""
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
    # (a quoted word too: "GCE 'A' Level")
    after = re.match(
        r"[ \t]+['\u2018\u2019\"\u201c\u201d]?([^\W\d_]+)", text[cand.end : cand.end + 24]
    )
    if after and after.group(1).casefold() in NAME_TRAPS_AFTER.get(cand.text.casefold(), ()):
        return True  # "the Java Porter", "our Java blend"
    # (one name's other senses, by the name as written, folded, or the skill it names)
    checks = (
        *_SENSES_BY_TEXT.get(cand.text, ()),
        *_SENSES_BY_FOLDED.get(cand.text.casefold(), ()),
        *_SENSES_BY_SKILL.get(cand.term.name, ()),
    )
    if any(check(text, cand) for check in checks):
        return True
    if (
        " " in cand.text
        and cand.text.istitle()
        and _A_VENDORS_MODULE.search(text, max(0, cand.start - 10), cand.start)
    ):
        return True  # a module of the vendor's product: "SAP Time Management"
    if cand.text in _ROLES_IN_CAPITALS and _A_COUNT_BEFORE.search(
        text, max(0, cand.start - 6), cand.start
    ):
        return True  # people counted by their role: "14 engineers, 2 QA, 1 SRE"
    if _STREET_AFTER.match(text, cand.end) and cand.text[:1].isupper():
        return True  # an address: "No. 42/3, Java Lane, Colombo 02"
    if before and before[0] in _ROYAL_TITLES and cand.text[:1].isupper():
        return True  # a person, or a place named after one: "King Shaka International"
    if cand.text[:1].isupper() and _named_by_an_apposition(text, cand):
        return True
    glued = text[max(0, cand.start - 2) : cand.start]
    return cand.text.isupper() and (
        (len(cand.text) == 1 and glued.endswith(")") and glued[:1].isalpha())
        or (len(glued) == 2 and glued[1] == "-" and glued[0].isupper())
    )


def _named_by_an_apposition(text: str, cand: Candidate) -> bool:
    """A name an apposition says is another thing, after it ("we launched Elixir, our
    cold-pressed juice line", "Bosch and Delphi brands", "Athena cantaloupes") or before it,
    closing the sentence ("nossa vira-lata, a Jasmine.", "our office dog, Django.")."""
    if _WHAT_IT_IS_AFTER.match(text, cand.end):
        return True
    return (
        _WHOSE_NAME_BEFORE.search(text, max(0, cand.start - 60), cand.start) is not None
        and re.match(r"[ \t]*(?:[.!;)]|$)", text[cand.end : cand.end + 3]) is not None
    )


# (a product line, a brand, a shop, a pet, a crop's variety: what a name is called by)
_WHAT_IT_IS = (
    r"(?i:line|brand|brands|range|label|collection|juice|beer|wine|drink|shop|store|restaurant"
    r"|caf[eé]|bakery|boat|yacht|dog|cat|horse|puppy|kitten|pet|mascot|cantaloupes?|melons?"
    r"|tomatoes|potatoes|apples|grapes|variety|varieties|cultivars?)"
)
_WHAT_IT_IS_AFTER = re.compile(
    r",[ \t]+(?i:our|my|their|the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?" + _WHAT_IT_IS + r"\b"
    # (right after it only a brand or a crop's: a "Shopify store" is still Shopify)
    r"|[ \t]+(?i:brands?|cantaloupes?|melons?|tomatoes|potatoes|apples|grapes|variety"
    r"|varieties|cultivars?)\b"
)
_WHOSE_NAME_BEFORE = re.compile(
    r"\b(?i:our|my|nossa|nosso|minha|meu|mi|nuestra|nuestro|ma|mon|notre|mia|mio|nostra"
    r"|nostro|mein|meine|unser|unsere|mijn|onze)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?,[ \t]+"
    r"(?:(?i:a|o|la|el|le|il|het|der|die|das|the)[ \t]+)?$"
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
_NUTRIENTS_AROUND = re.compile(
    r"\b(?i:iodine|zinc|iron|calcium|magnesium|potassium|sodium|copper|vitamins?|minerals?"
    r"|B12|nutrients?|nutritional|deficiency|supplements?|fertili[sz]ers?|trace[ \t]+elements?)\b"
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


# --- one name's other senses: (the check, what it finds), read by another_kind_of_thing ---------

_Check = Callable[[str, Candidate], bool]


def _around(pattern: re.Pattern[str], before: int, after: int) -> _Check:
    return lambda text, cand: (
        pattern.search(text, max(0, cand.start - before), cand.end + after) is not None
    )


def _before(pattern: re.Pattern[str], width: int) -> _Check:
    return lambda text, cand: (
        pattern.search(text[max(0, cand.start - width) : cand.start]) is not None
    )


def _after(pattern: re.Pattern[str]) -> _Check:
    return lambda text, cand: pattern.match(text, cand.end) is not None


def _not(check: _Check) -> _Check:
    return lambda text, cand: not check(text, cand)


# By the name as written.
_SENSES_BY_TEXT: dict[str, tuple[_Check, ...]] = {
    # Jira's test-management add-on, not the RTOS: "test cases in Jira with Zephyr"
    "Zephyr": (_around(_TEST_MANAGEMENT_AROUND, 60, 60),),
    # Dynamics NAV's language "C/AL"; "Erlang C"; a driving licence's class: "licence C and LR"
    "C": (_after(re.compile(r"/AL")), _before(_ERLANG_OR_A_LICENCE_BEFORE, 24)),
    # the unit of pressure after its number: "ein Sollwert von 15 Pascal", "at 50 Pascal"
    "Pascal": (_before(re.compile(r"\d[ \t\u00a0]*$"), 12),),
    # a helmet: "in der Gondel mit Helm und Auffanggurt"; a warehouse job: "Packer im Zentrallager"
    "Helm": (_a_german_noun,),
    "Packer": (_a_german_noun,),
    # the snake: "Move snakes out of campgrounds ... the odd olive python"
    "python": (_around(_SNAKES_AROUND, 80, 60),),
    # the call centre's queueing formulas: "Erlang C"
    "Erlang": (_after(re.compile(r"[ \t]+[ABC]\b")),),
    # New Zealand's Ministry for Primary Industries: "Food Control Plan under MPI"
    "MPI": (_around(_A_REGULATORS_WORK_AROUND, 80, 80),),
    # the German plural: "saubere Schnittstellen und Teams, die ..."
    "Teams": (lambda text, cand: german_sentence(text, cand.start),),
    # "eine Express-Lösung", "Express-Versand"; a courier: "J&T Express", "DHL Express" (and
    # "SQL Express" is SQL Server's edition, not Express.js)
    "Express": (_after(_A_GERMAN_EXPRESS_AFTER), _before(_COURIER_BEFORE, 8)),
    # a port: "Tawny, Ruby, LBV, Vintage"
    "Ruby": (_around(_WINES_AROUND, 60, 60),),
    # Flanders' technical secondary school: "in de derde graad TSO"
    "TSO": (_around(_A_SCHOOL_TRACK_AROUND, 40, 40),),
    # the town in Argyll: "Ardconnel Terrace, Oban", "the old Oban pier office"
    "Oban": (_not(_around(_ELIXIR_AROUND, 120, 120)),),
    # low-rank adaptation of a language model, not the LoRa radio
    "LoRA": (lambda text, cand: True,),
    # a job's label in Portuguese and Spanish: "Cargo: SRE Sênior", "Empresa / Cargo"
    "Cargo": (
        _after(re.compile(":")),
        _before(re.compile(r"\b(?:Empresa|Puesto|Organización|Institución)[ \t]*/[ \t]*$"), 20),
    ),
    # the unit-test framework for C that Ceedling runs: "Ceedling/Unity", "Unity and CMock"
    "Unity": (_around(re.compile(r"\b(?:Ceedling|CMock)\b"), 16, 16),),
    # the prophetess nobody believes, in Italian and Spanish: "senza fare la Cassandra",
    # "hacer de Cassandra"
    "Cassandra": (
        _before(
            re.compile(r"\b(?i:fare|faccio|fa|fatto|hacer|hago|faire|fais)[ \t]+(?:la|de)[ \t]+$"),
            16,
        ),
    ),
    # a dockworker: "My father was a docker at the harbour"
    "docker": (
        _before(re.compile(r"\b(?i:was|is|worked[ \t]+as|works[ \t]+as)[ \t]+an?[ \t]+$"), 24),
        _after(
            re.compile(
                r"[ \t]+(?:at|on|in)[ \t]+(?:the[ \t]+)?(?:harbou?r|port|docks?|wharf|quay)\b"
            )
        ),
    ),
    # the Italian adjective after "e" (and): "riunioni brevi e svelte"
    "svelte": (_before(re.compile(r"(?<!\w)e[ \t]+$"), 4),),
    # the data-warehouse modelling method: "Data Vault 2.0 Practitioner"
    "Vault": (_before(re.compile(r"\bData[ \t]+$"), 8),),
    # the French legal form after a company's name: "Champagne Logistique Digitale (SAS)"
    "SAS": (
        lambda text, cand: (
            _before(re.compile(r"[A-Z][\w'\u2019-]*[ \t]+\($"), 30)(text, cand)
            and text[cand.end : cand.end + 1] == ")"
        ),
    ),
}
# By the name folded to lower case.
_SENSES_BY_FOLDED: dict[str, tuple[_Check, ...]] = {
    # the German helmet: "mit Helm und Sicherheitsschuhen"
    "helm": (_after(_SAFETY_GEAR_AFTER),),
    # the spirit: "Gin and rum recipe development", "the Roseland Gin"
    "gin": (_around(_SPIRITS_AROUND, 30, 40),),
    # a kind of test: "smoke, sanity and regression testing" (not Sanity CMS)
    "sanity": (_around(_KINDS_OF_TEST_AROUND, 30, 30),),
    # vermin: "Pest and weed control" (not the PHP test framework)
    "pest": (_after(_PESTS_AFTER),),
    # a delivery's speed: "l'offre de livraison express", "entregas express"
    "express": (_before(_A_DELIVERY_BEFORE, 24),),
    # the electrical part: "a hardware-in-the-loop rig (Python + pytest, relay" / "boards)"
    "relay": (
        _after(re.compile(r"\s+(?:boards?|modules?|cards?|contacts?|coils?|outputs?|logic)\b")),
    ),
    # the element: "Selenium, iodine and vitamin analyses for the nutritional powders"
    "selenium": (_around(_NUTRIENTS_AROUND, 40, 60),),
    # a season of a year: "the 2024 Spring flood retrospective"
    "spring": (_before(re.compile(r"\b(?:19|20)\d\d[ \t]+$"), 6),),
}
# By the skill the name stands for.
_SENSES_BY_SKILL: dict[str, tuple[_Check, ...]] = {
    # data, not people: "Communication Modbus RTU/TCP", "Communication Pathology",
    # "augmentative and alternative communication", "Information and Communication Technology"
    "Communication": (
        _after(_MACHINES_COMMUNICATING_AFTER),
        _after(_A_FIELD_AFTER),
        _before(re.compile(r"\b(?i:alternative|augmentative)[ \t]+$"), 14),
        _before(re.compile(r"\b(?i:information)[ \t]+(?:and|&)[ \t]+$"), 20),
        # between machines: "the vehicle CAN network and charger communication"
        _before(
            re.compile(r"\b(?i:charger|vehicle|device|sensor|inverter|meter|ECU|PLC)[ \t]+$"), 12
        ),
    ),
    # finding where a thing is: "la localisation d'un robot mobile"
    "Localization": (_after(_A_THING_LOCATED_AFTER),),
    # a contact centre's "real-time management"
    "Time Management": (_before(re.compile(r"\b(?i:real)[ \t-]$"), 6),),
    # "remote first aid"
    "Remote Collaboration": (_after(re.compile(r"\s*(?i:aid)\b")),),
    # a technical lead, with no staff: "fachliche Leitung eines Teams"
    "People Management": (_before(_TECHNICAL_BEFORE, 12),),
}
