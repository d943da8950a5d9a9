"""Skills the held-out résumé corpora found missing (the scorer's "catalog holes"): they are in
the catalog now, under the names people write, and the ones that are also ordinary words
("windows", "can", "liquid", "optimism", "foundry") still need technical context."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from tests.imports.catalog import catalog_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


@pytest.mark.parametrize(
    ("written", "skill"),
    [
        ("Windows", "Microsoft Windows"),
        ("macOS", "macOS"),
        ("Networking", "Network Administration"),
        ("Cisco", "Cisco IOS"),
        ("IBM Z", "z/OS"),
        ("CDS", "SAP CDS Views"),
        ("CAP", "SAP Cloud Application Programming Model"),
        ("Hydrogen", "Shopify Hydrogen"),
        ("ffmpeg", "FFmpeg"),
        ("Widevine", "Widevine"),
        ("PlayReady", "PlayReady"),
        ("NVDA", "NVDA"),
        ("TalkBack", "TalkBack"),
        ("LSF", "IBM Spectrum LSF"),
        ("NGS", "Next-Generation Sequencing"),
        ("GLMs", "Generalized Linear Models"),
        ("Search", "Information Retrieval"),
        ("i18n", "Internationalization"),
        ("l10n", "Localization"),
        ("EVM", "Ethereum Virtual Machine"),
        ("CKA", "Certified Kubernetes Administrator"),
        ("PCNSE", "Palo Alto Networks Certified Network Security Engineer"),
        ("Seismic Unix", "Seismic Unix"),
        ("Blueprints", "Unreal Blueprints"),
        # LinkedIn's long names
        ("Controller Area Network (CAN)", "CAN bus"),
        ("User Experience (UX)", "UX Design"),
        ("Application Programming Interfaces (API)", "API Design"),
        ("Certified Kubernetes Administrator (CKA)", "Certified Kubernetes Administrator"),
        ("Next-Generation Sequencing (NGS)", "Next-Generation Sequencing"),
        ("User Acceptance Testing (UAT)", "User Acceptance Testing"),
        ("Digital Signal Processing (DSP)", "Digital Signal Processing"),
        ("Generic Mapping Tools (GMT)", "Generic Mapping Tools"),
    ],
)
def test_a_former_hole_resolves(matcher: Matcher, written: str, skill: str):
    match = matcher.match_name(written)
    assert match is not None and (match.name, match.fuzzy) == (skill, False), written


@pytest.mark.parametrize(
    "prose",
    [
        "I opened the windows and we can finally breathe.",
        "A liquid lunch, then a walk to the lighthouse with some optimism.",
        "She worked at the foundry before the embassy posted her to madagascar.",
        "The panorama from the hill was observable from the twig of every tree.",
        "We went on a search for salmon in the realm of the grim reaper.",
        "Give it a dash of wave and phrase it with mirth, like a rhapsody.",
    ],
)
def test_ordinary_words_in_prose_are_not_skills(matcher: Matcher, prose: str):
    assert [m.name for m in matcher.find(prose)] == []


def test_the_same_words_count_in_a_list_of_technologies(matcher: Matcher):
    found = {m.name for m in matcher.find("Skills: Solidity, Foundry, Hardhat, Slither, Echidna")}
    assert {"Foundry", "Hardhat", "Slither", "Echidna"} <= found
    found = {m.name for m in matcher.find("Tools: Shopify, Liquid, Hydrogen, Lighthouse")}
    assert {"Liquid", "Shopify Hydrogen", "Lighthouse"} <= found
