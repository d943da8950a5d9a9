# ruff: noqa: RUF001 -- sentences of other languages spell their own letters
"""Another party's technology in romanised Hindi and Urdu, Arabic and Persian, Bengali,
Tamil, Amharic, Luxembourgish, Danish, European Portuguese, Cebuano and Tagalog
(smatrx.imports.ownership): a team named before its technology in Arabic word order, a
team or client opening an Arabic clause, the Arabic comma before "and", a Cebuano or
Tagalog passive's agent, and the words that are first person only in a sentence of their
language ("main", "ko"). Pure: no app, no database."""

from __future__ import annotations

import pytest

from smatrx.imports.clause_words import clause_words
from smatrx.imports.matcher import Matcher
from smatrx.imports.ownership_words import (
    CLAUSE_LANGUAGE_MARKERS,
    FIRST_PERSON_SUBJECTS,
    FIRST_PERSON_WORDS,
    ONLY_WORDS,
)
from tests.imports.catalog import catalog_matcher, own_and_theirs


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # romanised Hindi and Urdu: "main" is "I" in a sentence of that language
        ("Backend team PHP me APIs deti thi; main unko app me integrate karta tha.", "PHP"),
        ("Mobile app Flutter mein dusri team banati hai; main unko APIs deta hoon.", "Flutter"),
        ("Client ki team Oracle database chalati thi; main sirf reports banata tha.", "Oracle"),
        # Arabic: a team before the name it is named by; a team opening the clause, after
        # "was"; the Arabic comma before "and" turns to the person's part
        (
            "السحابة الخاصة بالشركة الأم يديرها فريق Azure في دبي، ويقتصر دوري على ربط أنفاق"
            " VPN معها.",
            "Azure",
        ),
        (
            "كان فريق الأنظمة لدى العميل يدير Active Directory و Exchange، وكنت أنسق معهم في"
            " صلاحيات الشبكة اللاسلكية فقط.",
            "Active Directory",
        ),
        ("فريق البنية التحتية لدى العميل يشغل Kubernetes، ونحن نطلق التطبيقات فقط.", "Kubernetes"),
        # Persian: the same orders, and the comma before "و"
        (
            "زیرساخت ابری را تیم Azure در تهران مدیریت می‌کند، و من فقط تونل‌های VPN را وصل می‌کنم.",
            "Azure",
        ),
        ("گروه زیرساخت Kubernetes را اداره می‌کرد، و من فقط با آن‌ها هماهنگ می‌کردم.", "Kubernetes"),
        (
            "تیم فناوری مشتری Active Directory را مدیریت می‌کرد؛ من فقط با آن‌ها هماهنگ می‌کردم.",
            "Active Directory",
        ),
        # Bengali, Tamil, Amharic: the client's team runs it, the person only coordinates
        (
            "গ্রাহকের আইটি দল Active Directory পরিচালনা করত; আমি শুধু তাদের সাথে সমন্বয় করতাম।",
            "Active Directory",
        ),
        ("অ্যাপটি লিসবনের একটি দল React Native-এ লেখে; আমরা শুধু API দিই।", "React Native"),
        (
            "வாடிக்கையாளரின் IT குழு Active Directory-ஐ நிர்வகித்தது; நான் அவர்களுடன்"
            " ஒருங்கிணைப்பு மட்டும் செய்தேன்.",
            "Active Directory",
        ),
        (
            "የደንበኛው IT ቡድን Active Directory ያስተዳድር ነበር፤ እኔ ከእነሱ ጋር ማስተባበር ብቻ ነበር።",
            "Active Directory",
        ),
        # Luxembourgish: "mir" (we), "ech" (I), "nëmmen" (only); "d'Kolleege" (colleagues)
        (
            "D'App fir d'Clienten schreift eng Equipe zu Lissabon a React Native; mir liwweren"
            " hinnen nëmmen d'APIen.",
            "React Native",
        ),
        (
            "Reportingen fir d'CSSF an Excel a VBA hunn d'Kolleege vun der Compliance gemaach;"
            " ech hunn hinnen d'Donnéeën geliwwert.",
            "VBA",
        ),
        ("De Server mat Oracle bedreift de Fournisseur; mir liesen nëmmen d'Rapporten.", "Oracle"),
        # Danish ("kollegerne": the article glued on), European Portuguese ("equipa")
        (
            "Appen til kunderne skrives af et team i Lissabon i React Native; vi leverer kun"
            " API'erne.",
            "React Native",
        ),
        (
            "Rapporterne i Excel og VBA lavede kollegerne fra compliance; jeg leverede data til"
            " dem.",
            "VBA",
        ),
        (
            "A app para os clientes é escrita por uma equipa em Lisboa em React Native; nós só"
            " fornecemos as APIs.",
            "React Native",
        ),
        (
            "Os relatórios em Excel e VBA foram feitos pelos colegas da compliance; eu só lhes"
            " entreguei os dados.",
            "VBA",
        ),
        # Cebuano ("gihimo sa": done by; "ko": I), Tagalog ("pinapatakbo ng": run by)
        (
            "Ang SAP Basis ug ang system upgrades kay gihimo sa Basis team sa Manila; wala ko ana.",
            "SAP Basis",
        ),
        (
            "Ang Salesforce gidumala sa IT team sa kliyente; ako ra ang naghimo sa mga report.",
            "Salesforce",
        ),
        (
            "Ang Salesforce ay pinapatakbo ng IT team ng kliyente; gumagawa lang ako ng mga ulat.",
            "Salesforce",
        ),
    ],
)
def test_another_partys_technology_is_theirs(matcher: Matcher, text: str, theirs: str) -> None:
    own, listed_apart = own_and_theirs(matcher, text)
    assert any(theirs in name for name in listed_apart), (own, listed_apart)
    assert not any(theirs in name for name in own), (own, listed_apart)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Main PHP me APIs banata tha aur unko deploy karta tha.", "PHP"),
        # the person's part after the Arabic or Persian comma stays theirs
        (
            "السحابة الخاصة بالشركة الأم يديرها فريق Azure في دبي، ويقتصر دوري على ربط أنفاق"
            " VPN معها.",
            "VPN",
        ),
        (
            "زیرساخت ابری را تیم Azure در تهران مدیریت می‌کند، و من فقط تونل‌های VPN را وصل می‌کنم.",
            "VPN",
        ),
        # the person acting, the team after the name, a client after a preposition
        ("أنا أدير Active Directory لدى العميل.", "Active Directory"),
        ("قمت بربط أنفاق VPN مع فريق الشبكات.", "VPN"),
        ("Ech hunn d'App fir d'Clienten a React Native geschriwwen.", "React Native"),
        ("Gihimo nako ang mga ABAP reports para sa kliyente.", "ABAP"),
        ("Jeg byggede appen i React Native til kunderne.", "React Native"),
        ("Eu desenvolvi a app em React Native para a equipa do cliente.", "React Native"),
    ],
)
def test_the_persons_own_work_stays_theirs(matcher: Matcher, text: str, skill: str) -> None:
    own, listed_apart = own_and_theirs(matcher, text)
    assert skill in own, (own, listed_apart)
    assert skill not in listed_apart


def test_english_main_is_not_the_person(matcher: Matcher) -> None:
    """ "main" is the person only in a sentence of romanised Hindi or Urdu."""
    text = "The vendor runs the main Oracle database for the plant."
    assert "main" in clause_words(text, 0, len(text))
    _, listed_apart = own_and_theirs(matcher, text)
    assert "Oracle Database" in listed_apart
    hinglish = "main unko app me integrate karta tha"
    assert clause_words(hinglish, 0, len(hinglish))[0] in FIRST_PERSON_SUBJECTS


def test_ko_is_the_person_only_in_cebuano_or_tagalog() -> None:
    cebuano = "wala ko ana sa mga upgrades"
    assert clause_words(cebuano, 0, len(cebuano))[1] in FIRST_PERSON_SUBJECTS
    english = "Won the match by KO in the final round"
    assert "ko" in clause_words(english, 0, len(english))


def test_restricted_words_are_not_table_words() -> None:
    """ "main" and "ko" are English or ambiguous words: never in the tables by themselves."""
    for word in CLAUSE_LANGUAGE_MARKERS:
        assert word not in FIRST_PERSON_WORDS | FIRST_PERSON_SUBJECTS | ONLY_WORDS


def test_cebuano_nga_links_a_noun_and_is_no_passive_by() -> None:
    from tests.imports.catalog import catalog_matcher

    reading = catalog_matcher().read(
        "Sukad 2022 kauban ko sa conversion project sa among pinakadako nga client, "
        "nag-test sa Fiori apps para sa finance users."
    )
    assert "SAP Fiori" in {match.name for _, _, match in reading.own}


def test_only_with_a_thing_is_nobodys_part() -> None:
    # "nur mit Helm": the field tests were done only with a helmet, not by another party.
    text = (
        "Firmware in C; Treiber für SPI und UART; Feldtests am Jakobshorn – im Winter nur "
        "mit Helm und Lawinenausrüstung"
    )
    own, theirs = own_and_theirs(catalog_matcher(), text)
    assert {"SPI", "UART"} <= own
    assert not theirs & {"SPI", "UART"}
