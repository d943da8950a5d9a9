# ruff: noqa: RUF001 -- sentences of other languages spell their own letters
"""Whose technology a mention is, and whether its sentence is English, across the
languages résumés are written in (smatrx.imports.ownership, mentions.foreign_sentence):
another party's technology is listed apart, the person's own stays theirs, in Celtic,
Nordic, Romance, Slavic, African, Asian and Semitic languages and their scripts. Pure:
no app, no database."""

from __future__ import annotations

import pytest

from smatrx.imports.matcher import Matcher
from smatrx.imports.mentions import foreign_sentence
from tests.imports.catalog import catalog_matcher, own_and_theirs


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return catalog_matcher()


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # Welsh, Irish: the person's part set against the supplier's
        (
            "Mae'r cyflenwr yn rheoli'r gweinyddion Oracle; rydw i'n darllen adroddiadau yn unig.",
            "Oracle Database",
        ),
        ("Coinníonn an soláthraí an bunachar Oracle; mé féin, ní úsáidim é.", "Oracle Database"),
        # Albanian, Maltese ("il-klijent": the noun after the article's hyphen)
        ("Sistemin në Java e mirëmban furnizuesi; unë vetëm lexoj raportet.", "Java"),
        ("Il-klijent iħaddem Kafka għall-ordnijiet; jien qatt ma missejtu.", "Apache Kafka"),
        # Nynorsk, Bokmål, Danish, Icelandic
        ("Utviklarane i banken skriv appen i Swift; det har eg aldri rørt.", "Swift"),
        ("Leverandøren drifter databasen i Oracle; vi leser bare rapportene.", "Oracle Database"),
        ("Kunden udvikler selv deres app i React Native; jeg laver kun backend.", "React Native"),
        ("Birgirinn rekur kerfið í SAP; ég sé aðeins um gögnin.", "SAP"),
        # Swahili, Tagalog, Cebuano, Malay
        ("Wasambazaji wanaendesha seva za Oracle; sisi tunasoma ripoti tu.", "Oracle Database"),
        (
            "Ang kliyente ang nagpapatakbo ng Salesforce; ako ay gumagawa lang ng mga ulat.",
            "Salesforce",
        ),
        ("Ang kliyente ang nagdumala sa Kafka; ako nagsulat ra sa mga report.", "Apache Kafka"),
        (
            "Sistem pembayaran dibangunkan oleh pembekal dengan Java; saya hanya menyambung API.",
            "Java",
        ),
        # Romance: the object first, taken up by a pronoun, the subject after its verb
        ("Il database Oracle lo gestisce il fornitore.", "Oracle Database"),
        ("La base Oracle la administra el proveedor.", "Oracle Database"),
        (
            "O app em Flutter é mantido pelos desenvolvedores do cliente; eu só consumo a API.",
            "Flutter",
        ),
        ("Le CRM Salesforce est géré par le prestataire ; je n'y touche pas.", "Salesforce"),
        # German, Dutch, Polish, Czech, Hungarian, Romanian, Turkish, Greek
        ("Das System in SAP betreut der Dienstleister; ich nutze nur die Berichte.", "SAP"),
        (
            "De app in Flutter wordt gebouwd door de ontwikkelaars van de klant; ik lever de API.",
            "Flutter",
        ),
        ("System napisany w Java utrzymuje dostawca; ja tylko czytam raporty.", "Java"),
        ("Aplikaci v Kotlin vyvíjí dodavatel; já jen testuji.", "Kotlin"),
        ("A Java alkalmazást a beszállító fejleszti; én csak az adatokat adom.", "Java"),
        (
            "Aplicația în Java este întreținută de către furnizor; eu doar citesc rapoartele.",
            "Java",
        ),
        (
            "Uygulama Flutter ile tedarikçi tarafından geliştiriliyor; ben sadece API veririm.",
            "Flutter",
        ),
        ("Το σύστημα σε Java το συντηρεί ο προμηθευτής· εγώ μόνο διαβάζω αναφορές.", "Java"),
        # Cyrillic: Russian, Ukrainian, Kazakh
        ("Систему на Java поддерживает подрядчик; я только читаю отчёты.", "Java"),
        ("Застосунок на Kotlin розробляє постачальник; я лише тестую його.", "Kotlin"),
        ("Жүйені Java тілінде жеткізуші қолдайды; мен тек есептерді оқимын.", "Java"),
        # Arabic, Persian, Hebrew (and the Arabic semicolon)
        ("يدير المورد قاعدة بيانات Oracle؛ أنا فقط أقرأ التقارير.", "Oracle Database"),
        (
            "پایگاه داده Oracle را پیمانکار مدیریت می‌کند؛ من فقط گزارش‌ها را می‌خوانم.",
            "Oracle Database",
        ),
        ("את מסד הנתונים Oracle מנהל הספק; אני רק קורא דוחות.", "Oracle Database"),
        # Hindi (Devanagari and romanised), Bengali, Tamil, Amharic: the vowel signs are
        # part of the word
        ("PostgreSQL डेटाबेस को विक्रेता संभालता है; मैं सिर्फ रिपोर्ट पढ़ता हूँ।", "PostgreSQL"),
        ("Oracle database vendor sambhalta hai; main sirf reports padhta hoon.", "Oracle Database"),
        ("PostgreSQL ডাটাবেস সরবরাহকারী পরিচালনা করে; আমি শুধু রিপোর্ট পড়ি।", "PostgreSQL"),
        (
            "PostgreSQL தரவுத்தளத்தை விற்பனையாளர் நிர்வகிக்கிறார்; நான் அறிக்கைகளை மட்டும் படிக்கிறேன்.",
            "PostgreSQL",
        ),
        ("PostgreSQL ዳታቤዙን አቅራቢው ያስተዳድራል፤ እኔ ሪፖርቶችን ብቻ አነባለሁ።", "PostgreSQL"),
        # Japanese and Thai (no spaces between words), Korean (particles glued on),
        # Vietnamese
        ("決済システムはベンダーが Java で開発しています。私は API を呼ぶだけです。", "Java"),
        ("결제 시스템은 협력사가 Java 기반으로 개발합니다; 저는 API만 호출합니다.", "Java"),
        ("ระบบชำระเงินพัฒนาโดยผู้ขายด้วย Java; ผมแค่เรียกใช้ API", "Java"),
        (
            "Hệ thống thanh toán được phát triển bởi đội của đối tác bằng Java; tôi chỉ gọi API.",
            "Java",
        ),
    ],
)
def test_another_partys_technology_is_theirs_in_any_language(
    matcher: Matcher, text: str, theirs: str
) -> None:
    own, listed_apart = own_and_theirs(matcher, text)
    assert theirs in listed_apart
    assert theirs not in own


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Rydw i'n ysgrifennu'r gwasanaeth yn Kotlin i'r cleient.", "Kotlin"),
        # Albanian "me" is "with", and "unë" still says the person did it
        ("Unë zhvilloj integrimet me MuleSoft për klientin.", "MuleSoft"),
        ("Mimi ninaandika huduma kwa Java kwa ajili ya mteja.", "Java"),
        ("私は Java で決済システムを開発しました。", "Java"),
        ("저는 Java 기반 결제 시스템을 개발했습니다.", "Java"),
        ("ผมพัฒนาระบบด้วย Java ให้ลูกค้า", "Java"),
        ("Я разработал систему на Java для заказчика.", "Java"),
        ("أنا طورت النظام بلغة Java للعميل.", "Java"),
        ("मैंने ग्राहक के लिए PostgreSQL डेटाबेस बनाया।", "PostgreSQL"),
        ("আমি গ্রাহকের জন্য PostgreSQL ডাটাবেস তৈরি করেছি।", "PostgreSQL"),
        # a verb and its object, no pronoun taking an object up: "manages the customers"
        ("El sistema en Java gestiona los clientes.", "Java"),
        # the people a person's work is for are not owners of it
        ("Revisão de código e mentoria dos desenvolvedores juniores.", "Mentoring"),
    ],
)
def test_the_persons_own_work_stays_theirs_in_any_language(
    matcher: Matcher, text: str, skill: str
) -> None:
    own, listed_apart = own_and_theirs(matcher, text)
    assert skill in own
    assert skill not in listed_apart


def test_the_persons_no_answers_the_clause_next_to_it(matcher: Matcher) -> None:
    """ "I don't touch it" sets the person against the supplier's clause before it, not
    against the person's own clause further back."""
    own, listed_apart = own_and_theirs(
        matcher,
        "Ysgrifennu'r canllawiau o'r ffeil OpenAPI; mae'r cyflenwr yn ysgrifennu'r ap yn Kotlin"
        " – dydw i ddim yn ei gyffwrdd.",
    )
    assert "OpenAPI" in own
    assert "Kotlin" in listed_apart


def _foreign(text: str) -> bool:
    return foreign_sentence(text, (0, len(text)), len(text) // 2)


@pytest.mark.parametrize(
    "text",
    [
        # Latin script: the function words say so; a lower-case "i" is not English
        "Integrimet i mban ekipi i klientit; ne vetëm konsumojmë API-të e tyre",
        "frå 2017 skreiv eg dei nye modellane i Python",
        "mae'r datblygwyr yn ysgrifennu'r gwasanaeth – dydw i ddim yn cyffwrdd â'r cod",
        "Mfumo unaendeshwa na idara ya TEHAMA kwa Java; mimi ninaunganisha data yake",
        "Ang mga ulat ay ginawa namin sa Python para sa kliyente",
        "Sistem ini dibangunkan oleh pasukan kami dengan Java dan juga Kotlin",
        # other scripts: the words are another language's, whatever they are
        "Разработал систему мониторинга склада на Go",
        "طورت نظام المراقبة للمستودع باستخدام Go",
        "मैंने गोदाम के लिए निगरानी प्रणाली बनाई",
        "창고 모니터링 시스템을 Go로 개발했습니다",
        "倉庫の監視システムをGoで開発しました",
        "ผมพัฒนาระบบตรวจสอบคลังสินค้าด้วย Go",
    ],
)
def test_a_sentence_of_another_language_or_script_is_foreign(text: str) -> None:
    assert _foreign(text)


@pytest.mark.parametrize(
    "text",
    [
        "I built the monitoring system for the warehouse in Go",
        "Worked with Иван Петров on the Kafka cluster for the bank",
        "Led the team, i.e. the four of us, through the migration to AWS",
    ],
)
def test_an_english_sentence_with_a_foreign_name_is_english(text: str) -> None:
    assert not _foreign(text)


def test_a_nynorsk_word_is_not_an_acronym(matcher: Matcher) -> None:
    own, _ = own_and_theirs(matcher, "Frå 2019 skreiv eg dei nye prognosemodellane i Python.")
    assert "Python" in own
    assert "Diversity, Equity and Inclusion" not in own
