# ruff: noqa: RUF001, RUF003 - Turkish dotless i and en dashes in examples are data, not typos.
"""Where a résumé's sections begin and end: headings known by their words (in the languages
résumés are written in) and by their layout (capitals, Markdown, bold, a blank line above,
learned from the heading that opens the first job), the labels inside a job, education
sections. Pure: no Flask, no database."""

from __future__ import annotations

import re

from smatrx.imports.sources.resume_lines import (
    BULLET,
    HEADING_BLOCK_MAX,
    HEADING_MAX_CHARS,
    fold_case,
    folded_words,
)
from smatrx.imports.vocabulary import word_set

_SECTION_WORDS = folded_words(
    """
    experience experiences employment work history career profile summary about objective
    education skills skill projects certifications certification certificates certificate
    licenses languages interests
    hobbies awards honors honours publications references volunteering volunteer training courses
    achievements accomplishments contact competencies qualifications expertise tools technologies
    talks talk speaking presentations conferences patents portfolio contributions community
    articles writing blog source stack toolbox toolkit professional memberships affiliations
    berufserfahrung erfahrung werdegang ausbildung bildung kenntnisse fähigkeiten projekte sprachen
    zertifikate zertifizierungen weiterbildung interessen kontakt hobbys hobbies sprachkenntnisse
    kompetenzen publikationen vorträge ehrenamt sonstiges
    expérience expériences experience profil formation formations compétences competences langues
    intérêt intérêts interets loisirs projets parcours diplômes études etudes réalisations outils
    experiencia experiencias perfil formación formacion educación educacion habilidades
    competencias idiomas intereses proyectos conocimientos aficiones certificaciones estudios
    antecedentes cursos
    herramientas tecnologías tecnologias ferramentas strumenti tecnologie werkzeuge
    vaardigheid fähigkeit competencia habilidad competenza competência compétence kompetenz
    technologien tools
    esperienza esperienze profilo formazione istruzione competenze lingue interessi progetti
    conoscenze certificazioni pubblicazioni
    experiência experiências formação educação competências interesses projetos conhecimentos
    certificações
    werkervaring ervaring profiel opleiding opleidingen vaardigheden talen projecten kennis
    certificaten
    arbetslivserfarenhet erfarenhet utbildning utbildningar kompetenser kompetens färdigheter
    språk projekt certifieringar intressen kunskaper referenser arbeidserfaring erfaring
    utdanning ferdigheter kompetanse prosjekter sertifiseringer interesser erhvervserfaring
    uddannelse kompetencer færdigheder sprog projekter certificeringer doświadczenie
    wykształcenie edukacja umiejętności języki projekty certyfikaty zainteresowania kursy
    szkolenia zkušenosti vzdělání dovednosti jazyky certifikáty zájmy työkokemus koulutus
    taidot kielitaito projektit sertifikaatit harrastukset osaaminen verktyg verktøy værktøjer
    narzędzia nástroje työkalut
    deneyim deneyimi deneyimler tecrübe tecrübeler eğitim egitim öğrenim ogrenim projeler
    sertifikalar yetenekler beceriler yetkinlikler diller referanslar referans özet ozet
    hakkımda ilgi alanları hobiler kurslar yayınlar ödüller başarılar araçlar teknolojiler
    iletişim gönüllülük
    tapasztalat munkatapasztalat tanulmányok tanulmanyok végzettség vegzettseg képzettség
    kepzettseg oktatás oktatas projektek előadások eloadások eloadasok készségek keszsegek
    kompetenciák kompetenciak ismeretek nyelvek nyelvtudás nyelvtudas hobbi hobbik
    érdeklődés erdeklodes összefoglaló osszefoglalo referenciák referenciak tanúsítványok
    tanusitvanyok képesítések kepesitesek publikációk publikaciok díjak eszközök eszkozok
    elérhetőség elérhetoség
    experiență experienta educație educatie studii competențe competente abilități abilitati
    aptitudini cunoștințe cunostinte proiecte limbi interese certificări certificari
    referințe referinte recomandări recomandari publicații publicatii premii realizări
    realizari rezumat cursuri voluntariat instrumente tehnologii
    experiència formació habilitats competències idiomes llengües projectes interessos
    coneixements certificacions estudis aficions
    iskustvo obrazovanje vještine vjestine veštine vestine jezici projekti interesi
    kompetencije znanja certifikati publikacije nagrade zaposlenje izkušnje izobrazba
    spretnosti jeziki vzdelanie vzdelávanie zručnosti znalosti kurzy
    pengalaman pendidikan keahlian kemahiran keterampilan ketrampilan kemampuan bahasa
    sertifikasi sijil proyek projek minat ringkasan profil pelatihan kursus referensi
    rujukan penghargaan
    vaardighede tale projekte belangstellings kwalifikasies verwysings
    kokemus töökogemus haridus oskused keeled pieredze izglītība prasmes valodas patirtis
    išsilavinimas įgūdžiai kalbos
    esperientzia esperientziak ikasketak prestakuntza hezkuntza trebetasunak gaitasunak
    hizkuntzak proiektuak ziurtagiriak argitalpenak bestelakoak interesak zaletasunak
    erreferentziak
    esperjenza esperjenzi edukazzjoni ħiliet hiliet lingwi kompetenzi ċertifikati certifikati
    kwalifiki referenzi taħriġ tahrig sommarju xogħol xoghol għarfien gharfien pubblikazzjonijiet
    kuntatt
    experiencia formación educación habilidades competencias linguas idiomas proxectos
    опыт образование навыки умения языки курсы сертификаты проекты достижения публикации
    интересы хобби рекомендации контакты квалификация квалификации информация резюме
    досвід освіта навички вміння мови курси сертифікати проєкти проекти досягнення
    публікації інтереси контакти
    опит умения езици курсове сертификати проекти интереси
    искуство образовање вештине језици пројекти сертификати работно вештини јазици
    вопыт адукацыя навыкі мовы
    εμπειρία εμπειρια εκπαίδευση εκπαιδευση σπουδές σπουδες δεξιότητες δεξιοτητες γλώσσες
    γλωσσες πιστοποιήσεις πιστοποιησεις έργα εργα ενδιαφέροντα ενδιαφεροντα δημοσιεύσεις
    δημοσιευσεις
    тәжірибе тәжірибесі білім білімі дағдылар тілдер жарияланымдар сертификаттар жобалар
    경력 학력 기술 자격증 자격 프로젝트 어학 수상 교육 스킬 기타 경력기술서 보유기술
    ניסיון השכלה כישורים שפות תקציר הסמכות המלצות פרויקטים השתלמויות
    ประวัติการทำงาน ประวัติการศึกษา ทักษะ ภาษา บุคคลอ้างอิง ข้อมูลส่วนตัว ประสบการณ์ทำงาน
    ประสบการณ์ การศึกษา เป้าหมายในการทำงาน ใบรับรอง
    الخبرات الخبرة التعليم المهارات اللغات الشهادات المشاريع المؤهلات الدورات المراجع
    الهدف
    تحصیلات مهارت‌ها مهارتها زبان‌ها سوابق گواهینامه‌ها پروژه‌ها
    زبانها گواهینامهها پروژهها دورهها معرفها
    অভিজ্ঞতা কর্মঅভিজ্ঞতা শিক্ষা শিক্ষাগত দক্ষতা ভাষা প্রকল্প পরিচিতি সনদ
    அனுபவம் கல்வி கல்வித் திறன்கள் மொழிகள் நோக்கம் உறுதிமொழி
    trainings declaration
    talim tajriba tajribasi konikmalar malakalar bilimlar tillar qiziqishlar sertifikatlar
    loyihalar malumot
    կրթություն հմտություններ լեզուներ հավաստագրեր վկայականներ փորձ ամփոփում կամավորական
    նախագծեր մրցանակներ հետաքրքրություններ
    განათლება უნარები უნარ-ჩვევები ენები ჯილდოები გამოცდილება პროფილი სერტიფიკატები
    პროექტები კურსები
    боловсрол туршлага чадвар хэл гэрчилгээ төслүүд сонирхол
    අධ්යාපනය කුසලතා භාෂා පළපුරුද්ද ව්යාපෘති සහතික
    """
)
# Japanese and Chinese headings, written with no space between their words ("■職務経歴",
# "■活かせる経験・知識・技術", "工作经历", "专业技能"): a short line of those scripts holding
# one of these.
_CJK_SECTION_PHRASES = (
    "職務経歴", "職歴", "学歴", "資格", "免許", "スキル", "技術", "知識", "自己PR", "自己ＰＲ",
    "職務要約", "経歴", "語学", "趣味", "研修", "志望動機",
    "工作经历", "工作經歷", "教育背景", "技能", "项目经验", "項目經驗", "证书", "證書",
    "自我评价", "语言能力", "教育经历", "語言能力", "學歷", "自傳",
)  # fmt: skip
# The vowel signs of Thai and the Indic scripts, inside their words (no \\w: "ทักษะ")
_MARKS = "\u0900-\u0dff\u0e00-\u0e7f"
_CJK_HEADING = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# Words allowed around a section word ("Professional Experience", "Skills & Tools"), and only
# those, so "Training Lead" or "Project Manager" stay job titles.
_SECTION_FILLER = folded_words(
    """
    and & of the work professional technical relevant key core selected other additional academic
    personal side open source employment recent related industry it computer digital
    und berufliche persönliche weitere sonstige fachliche
    d de des du la le les et y e i en del di do da centres centre
    professionnelle professionnelles professionnel professionnels personnels personnelles
    techniques profesional profesionales personales técnicas tecnicas professionale
    professionali personali tecniche lavorative profissional profissionais pessoais
    laboral laborales académica académico académicas académicos academica academico
    academicas academicos académique académiques academique academiques accademica
    accademico accademiche accademici acadêmica acadêmico acadêmicas acadêmicos acadèmica
    acadèmic acadèmics acadèmiques informática informático informáticas informáticos
    informatica informatico informaticas informaticos informatiche informatici informatique
    informatiques informàtica informàtics informàtiques complementaria complementarias
    complémentaire complémentaires complementare complementari complementar complementares
    ta tax professjonali tekniċi teknici personali oħra ohra akkademiċi akkademici
    och og tekniska tekniske zawodowe techniczne osobiste pracovní odborné
    ve iş is mesleki kişisel kisisel teknik yabancı yabanci
    és es szakmai egyéb egyeb személyes szemelyes
    și si profesională profesionala personale personal străine straine tehnice tehnic
    i a radno pracovné jazykové digitální digitálne počítačové računalne odborná kerja
    odabrane odabrani osobne tehničke stručne
    darba
    lan eta beste
    работы ключевые профессиональные профессиональный дополнительная дополнительные
    личные повышение контактная знание иностранных и
    роботи ключові професійні додаткова
    професионален професионални ключови компютърни допълнителна
    радно кључне
    працы
    επαγγελματική επαγγελματικη πρόσθετες και
    жұмыс туралы өзім
    사항 스택 기술서 및
    תעסוקתי מקצועי צבאי שירות ו
    যোগ্যতা সংক্ষিপ্ত কর্ম و
    العملية العلمية المهنية الوظيفي التدريبية الأكاديمية الشخصية
    பணி தகுதி தொழில்நுட்பத்
    ish qisqacha aloqa
    աշխատանքային գործունեություն
    სამუშაო
    ажлын ур
    රැකියා
    """
)


def _known(word: str, vocabulary: frozenset[str]) -> bool:
    """The word is in the vocabulary, or would be with each "?" in it read as the letter a
    PDF's font could not write (a core font has no "ħ", "ś" or "ğ": "?ILIET" for Maltese
    "Ħiliet", "Do?wiadczenie" for Polish "Doświadczenie")."""
    if word in vocabulary:
        return True
    if "?" not in word or not word.strip("?"):
        return False
    dropped = re.compile(re.escape(word).replace(r"\?", r"[^\W\d_]"))
    return any(len(known) == len(word) and dropped.fullmatch(known) for known in vocabulary)


def is_section_heading(line: str) -> bool:
    # (a sentence's last word wrapped onto a line of its own, "... le pipeline di" /
    # "  training.", is no heading: a heading is neither in lower case nor ended by a stop)
    if re.fullmatch(r"[ \t]*[^\W\d_A-Z][^.]*\.[ \t]*", line) and line.strip()[:1].islower():
        return False
    # "Skills: Python, Go" opens a section on its own line too: what follows the colon is
    # the section's content, not part of the job above.
    label, colon, _ = line.partition(":")
    if colon and label.strip() and is_section_heading(label):
        return True
    # a table's header row: "Skills | Detail", "Vaardigheid | Niveau" (the rows below it are
    # the section's content, not part of the job above the table)
    cells = [cell.strip() for cell in line.split(" | ")]
    if (
        2 <= len(cells) <= 4
        and all(cells)
        and is_section_heading(cells[0])
        and all(_COLUMN_LABEL.fullmatch(cell) for cell in cells[1:])
    ):
        return True
    stripped = line.strip().strip("*_#=:|-").strip()
    # a heading in two languages, "பணி அனுபவம் / Work Experience", "Kompetenzen / Skills":
    # either half may say it
    halves = stripped.split(" / ")
    if len(halves) == 2 and all(halves) and any(is_section_heading(h) for h in halves):
        return True
    if _CJK_HEADING.search(stripped):
        compact = re.sub(r"[\s\u3000■□◆◇●○▲△【】\[\]「」『』・:：]+", "", stripped)
        if len(compact) <= 16 and any(phrase in compact for phrase in _CJK_SECTION_PHRASES):
            return True
    # a note in brackets after the heading's words: "Odabrane publikacije (ukupno 21)"
    stripped = re.sub(r"\s*\([^()]*\)$", "", stripped)
    if not stripped or len(stripped) > 40:
        return False
    # (a Persian plural's zero-width non-joiner, "مهارت‌ها", is no space between words)
    # (nor Sinhala's zero-width joiner, "අධ්‍යාපනය"; and read again with no break at an
    # apostrophe inside a word: Uzbek "TA'LIM", "KO'NIKMALAR")
    folded = fold_case(stripped).replace("\u200c", "").replace("\u200d", "")
    if _heading_words(re.sub(rf"[^\w&{_MARKS}]+", " ", folded).split()):
        return True
    # (French "CENTRES D'INTÉRÊT" splits there; Uzbek "TA'LIM" does not)
    glued = re.sub(r"(?<=[^\W\d_])['\u02bb\u02bc\u2018\u2019](?=[^\W\d_])", "", folded)
    if glued != folded and _heading_words(re.sub(rf"[^\w&{_MARKS}]+", " ", glued).split()):
        return True
    # a letter the PDF's font could not write, kept as "?" inside its word (see _known)
    return "?" in folded and _heading_words(re.sub(r"[^\w&?]+", " ", folded).split())


# A column's label in a table's header row: one or two words of letters ("Detail", "Niveau",
# "Years of use").
_COLUMN_LABEL = re.compile(r"[^\W\d_]{2,15}(?:[ \t]+[^\W\d_]{2,15}){0,2}")


def _heading_words(words: list[str]) -> bool:
    if not 1 <= len(words) <= 4:
        return False
    return any(_known(w, _SECTION_WORDS) for w in words) and all(
        _known(w, _SECTION_WORDS) or _known(w, _SECTION_FILLER) for w in words
    )


# A label inside a job ("Key achievements:", "Accomplishments:"), not a section of the résumé:
# written with a colon and nothing after it, made of these words only. What follows it is
# the job's own work.
_ENTRY_LABEL_WORDS = word_set("key main major notable selected achievements accomplishments")
_ENTRY_LABEL_CORE = word_set("achievements accomplishments")


def is_entry_label(line: str) -> bool:
    stripped = line.strip().strip("*_#").strip()
    if not stripped.endswith(":"):
        return False
    words = re.sub(r"[^\w&]+", " ", stripped.lower()).split()
    return bool(words) and words[-1] in _ENTRY_LABEL_CORE and set(words) <= _ENTRY_LABEL_WORDS


# A dot that ends an abbreviation, not a sentence: an employer's legal form or place at a
# heading line's end ("Aceros del Norte, S.A. de C.V. — Monterrey, N.L.", "Acme Pty. Ltd.").
_ABBREVIATION_END = re.compile(
    r"(?<![^\s,(])(?:(?:[^\W\d_]{1,2}\.){2,}|(?:Inc|Ltd|Co|Corp|Pty|Bros|Cia|Cía|Sr|Jr|Snr|Jnr|Sen|Jun|Ssr)\.)$"
)


def looks_like_heading(line: str) -> bool:
    """A line that may name a job above its dates: short, no item, no section heading, not
    ending a sentence (a dot closing an abbreviation, "N.L." or "Ltd.", ends none)."""
    stripped = line.strip()
    return (
        bool(stripped)
        and len(stripped) <= HEADING_MAX_CHARS
        and not BULLET.match(line)
        and (not stripped.endswith((".", ";", ",")) or _ABBREVIATION_END.search(stripped))
        and not is_section_heading(line)
    )


# A heading's text, by its shape: one to four words of letters (no digits, no sentence
# punctuation), at most 40 characters.
_HEADING_TEXT = re.compile(r"[^\W\d_]+(?:[ \t]*[&/\-\u2013][ \t]*[^\W\d_]+|[ \t]+[^\W\d_]+){0,3}")
_HEADING_TEXT_MAX = 40


def _heading_layout(lines: list[str], index: int) -> tuple[bool, int, bool, bool] | None:
    """How a short heading-like line is set: (in capitals, Markdown "#" level, bold, a blank
    line above); None for a line that cannot be a heading (a sentence, a date, a list)."""
    stripped = lines[index].strip()
    level = len(stripped) - len(stripped.lstrip("#"))
    core = stripped.lstrip("#").strip()
    bold = len(core) > 4 and core[:2] in ("**", "__") and core.endswith(core[:2])
    core = core.strip("*_=").strip()
    if len(core) > _HEADING_TEXT_MAX or not _HEADING_TEXT.fullmatch(core):
        return None
    letters = [char for char in core if char.isalpha()]
    capitals = len(letters) >= 4 and all(char.isupper() for char in letters)
    blank_above = index == 0 or not lines[index - 1].strip()
    return (capitals, level, bold, blank_above)


def section_layouts(lines: list[str], first: int) -> set[tuple[bool, int, bool, bool]]:
    """The layout of the heading that opens the section of the first entry (starting at line
    index `first`): "Zaposlenje", "PRACOVNÍ ZKUŠENOSTI", "## Experiència", whatever its
    language. Set apart by capitals, a Markdown "#", bold or a blank line above (a plain line
    right under the text above is no sign of a heading), it is how this résumé sets its
    section headings: a line set the same way inside an entry ("Obrazovanje", "PENDIDIKAN",
    "Formació") opens another section and ends the entry."""
    above = first - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0:
        return set()
    layout = _heading_layout(lines, above)
    if layout is None and first - 1 == above:
        # the entry's heading block reaches higher than read ("Lumbre Labs – Ingeniera
        # (Senior)" over the dates, a title over that): the heading is above the block
        block = above
        while block > 0 and lines[block - 1].strip() and above - block < HEADING_BLOCK_MAX:
            block -= 1
        heading = block - 1
        while heading >= 0 and not lines[heading].strip():
            heading -= 1
        if heading >= 0 and heading < block - 1:
            layout = _heading_layout(lines, heading)
    if layout is None or not (layout[0] or layout[1] or layout[2] or layout[3]):
        return set()
    return {layout}


def opens_section(lines: list[str], index: int, layouts: set[tuple[bool, int, bool, bool]]) -> bool:
    """A line set as this résumé sets its section headings (see section_layouts): the same
    layout, or a Markdown heading of the same level or above."""
    if not layouts:
        return False
    layout = _heading_layout(lines, index)
    if layout is None:
        return False
    for known in layouts:
        if 0 < layout[1] <= known[1]:
            return True
        # capitals, "#" or bold set a heading apart whatever is above it (a page break, a
        # blank line or none); a blank line above counts where it is the only sign
        sign = known[:3] if any(known[:3]) else known
        if layout[: len(sign)] == sign:
            return True
    return False


def ends_entry(
    lines: list[str], index: int, date_index: int, layouts: set[tuple[bool, int, bool, bool]]
) -> bool:
    """Where an entry whose date sits on line `date_index` ends: at a section heading, by its
    words or by its layout (not on the line right under the date, the job's title there)."""
    if section_heading_at(lines, index):
        return True
    return index > date_index + 1 and opens_section(lines, index, layouts)


def section_heading_at(lines: list[str], index: int) -> bool:
    """A section heading on line `index`, not a label of the entry's own ("Client: ...") nor
    a labelled item of a job's list ("- Tools: Docker, AWS", "• Projects: a hostel ...")."""
    return (
        is_section_heading(lines[index])
        and not is_entry_label(lines[index])
        and not _labelled_item(lines, index)
    )


# Labels of a job's item naming what it used ("- Tools: Docker, AWS, Grafana.", "- Tech
# stack: ...", "- Outils : ..."), which are also words of a Skills section's heading.
_ITEM_LABEL_WORDS = folded_words(
    """
    tools tool technologies technology tech stack environment software platforms used
    outils herramientas ferramentas strumenti werkzeuge technologien tecnologías
    tecnologias tecnologie
    """
)


def _labelled_item(lines: list[str], index: int) -> bool:
    """One more item of the job's list, labelled with what it used ("- Tools: Docker, AWS,
    Grafana." under the job's other items): the job's, not a Skills section. (A bulleted
    label right under a heading or a blank line may open a section's list; "- Languages:"
    or "- Hobbies:" right under a job's items are no job's.)"""
    line = lines[index]
    label, colon, rest = line.partition(":")
    if not BULLET.match(line) or not colon or not rest.strip() or index == 0:
        return False
    words = re.sub(r"[^\w]+", " ", fold_case(BULLET.sub("", label))).split()
    above = lines[index - 1]
    if words and set(words) <= _PROJECT_LABEL_WORDS:
        # the job's projects, under its other lines: "Building contractor (NCA 3) ..." then
        # "• Projects: four-storey students' hostel at a university in Juja, ..."
        return bool(above.strip()) and not is_section_heading(above)
    if not words or not set(words) <= _ITEM_LABEL_WORDS:
        return False
    return bool(BULLET.match(above)) or (above[:1] in (" ", "\t") and bool(above.strip()))


_PROJECT_LABEL_WORDS = folded_words("projects project key main major notable selected clients")


# Words of an education section's heading, in the languages of Europe, Indonesian, Malay,
# Afrikaans, Turkish and Vietnamese ("Education", "Educational Attainment", "Academic
# Qualification", "Ausbildung", "Vzdelanie", "Izobrazba", "Pendidikan", "Học vấn").
_EDUCATION_WORDS = folded_words(
    """
    education educational academic academics qualification qualifications schooling degree
    degrees studies
    ausbildung bildung studium hochschulbildung weiterbildung fortbildung formation formations
    études etudes scolarité
    educación educacion formación formacion estudios académica academica académicos
    academicos istruzione
    formazione studi educação educacao formação formacao escolaridade opleiding opleidingen
    onderwijs utbildning uddannelse utdannelse utdanning wykształcenie wyksztalcenie edukacja
    vzdělání vzdelani vzdelanie vzdělávání vzdelávanie vzdelavanie koulutus eğitim egitim
    öğrenim ogrenim tanulmányok tanulmanyok végzettség vegzettseg oktatás oktatas educație
    educatie studii obrazovanje izobrazba izobraževanje pendidikan haridus izglītība
    izglitiba išsilavinimas issilavinimas kwalifikasies opvoeding formació estudis oideachas
    εκπαίδευση σπουδές освіта образование образовање адукацыя ikasketak prestakuntza
    hezkuntza edukazzjoni kwalifiki
    """
)
_EDUCATION_PHRASES = ("học vấn", "hoc van")  # Vietnamese: two words, one heading
# ...unless the heading names posts held: "Academic Appointments", "Academic Experience",
# "Academic Positions" list a lecturer's jobs, not degrees.
_POSTS_WORDS = folded_words(
    """
    appointments appointment positions position posts employment experience experiences
    career work roles
    """
)


# A labelled line: "Capstone: ...", "Magistrsko delo: ...", "Obdobie: 04/2020 – doteraz".
FIELD_LABEL = re.compile(
    r"^[ \t]*[^\W\d_][^\W\d_ .'\u2019-]*(?:[ \t][^\W\d_][\w.'\u2019-]*){0,3}:[ \t]"
)


def under_education(lines: list[str], layouts: set[tuple[bool, int, bool, bool]]) -> list[bool]:
    """Per line (index), whether it stands under an education section: the nearest section
    heading above it (by its words or by this résumé's heading layout) names education in
    one of its words. (One pass: looking up from every entry would scan the text again.)"""
    under: list[bool] = []
    education = False
    for i, line in enumerate(lines):
        under.append(education)
        if is_section_heading(line) or opens_section(lines, i, layouts):
            words = re.sub(r"[^\w&]+", " ", fold_case(line)).split()
            education = (
                any(word in _EDUCATION_WORDS for word in words)
                or any(phrase in " ".join(words) for phrase in _EDUCATION_PHRASES)
            ) and not any(word in _POSTS_WORDS for word in words)
    return under
