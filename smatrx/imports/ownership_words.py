# ruff: noqa: RUF001 - letters of other scripts are data here, not typos.
"""Who acts in a sentence, in the languages résumés are written in: the person ("I", "we",
"my"), what they say of their part ("only", "never"), and the other parties ("the client",
"the vendor's", "the data team", "run by"). The tables smatrx.imports.ownership reads to
tell the person's technology from someone else's; smatrx.imports.vocabulary re-exports them
under the same names. Data only: no Flask, no database.

Each table is written as blocks of whitespace-separated words, one block or line per
language family, each under a comment ("# ..." lines are not words). A word here must not
be an English word or a catalog name: "a", "in", "me", "do", "no" in another language's
sense would turn English sentences into another party's."""

from __future__ import annotations

import re

_COMMENT = re.compile(r"(?:^|(?<=\s))# [^\n]*")


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a table written as blocks of text, without its
    comments (a line from "# " on)."""
    return frozenset(_COMMENT.sub(" ", text).split())


# Another organisation next to a name, as the actor ("the React rewrite the previous agency
# had proposed", "Our hosting partner configures the servers with Puppet", "(React) was
# built by another agency"): the technology is theirs, not the person's. A marker word must
# come right before the noun, so "our partners" alone or "a partner agency" as a place of
# work do not count.
OTHER_PARTY_MARKERS = word_set(
    "another other previous former external outside third-party hosting offshore contracted "
    "başka diğer outra outro otra otro autre autres altro altra altri andere anderen annan "
    "andra inny inna inne altă másik toinen"
)
OTHER_PARTY_NOUNS = word_set(
    """
    agency agencies vendor vendors partner partners contractor contractors supplier suppliers
    consultancy consultancies integrator integrators outsourcer outsourcers
    """
)
FIRST_PERSON_WORDS = word_set(
    """
    i we my our us me i'm i've i'd we're we've
    je j' nous mon ma mes notre nos moi eu nós meu minha meus minhas nosso nossa yo nosotros
    mi mis nuestro nuestra io noi mio mia miei nostro nostra ich wir mein meine unser unsere
    ik wij mijn ons onze
    jag vi mig min mitt mina vår vårt våra jeg meg mine våre vores
    ja mnie mój moja moje moi nasz nasza nasze já mě můj náš naše minä mä minun meidän
    ben benim biz bizim én engem saját meu mea noi nostru noastră
    naša naš naše moja moj moje meva meu nostre nostra saya kami kita ons my
    meie minu мій моя моє наш наша мой моя наше μου μας mình sam uns
    # Celtic and Maltese: Irish "mé", "ár" (our), Maltese "jien", "tiegħi"
    mé muid ár jien aħna tiegħi tagħna
    # Albanian, Nordic: "unë", "im", "ime", "ynë"; Nynorsk "eg", "mitt", "vårt"; Icelandic
    unë ynë jonë vårt mín okkar
    # Swahili, Tagalog/Cebuano, Indonesian: "mimi", "yangu", "yetu"; "ako", "namin"; "nako"
    mimi sisi yangu yetu ako namin natin akin nako namo
    # Romanised Hindi
    mera meri hamara hamari hamare mujhe humne hamne mainne
    # Luxembourgish "ech", "mir" (we), "mäin", "meng", "eise" (our)
    ech mir mäin mäi meng eise eisen eist
    # Cyrillic, Hebrew, Devanagari, Bengali, Tamil, Amharic
    мої наші нашої нашей нашего наших мне меня мені нас менің біздің мен біз
    שלי שלנו אני אנחנו
    मेरा मेरी मेरे हमारा हमारी हमारे मैंने हमने मुझे मैं हम
    আমার আমাদের আমি আমরা
    என் எனது எங்கள் நமது நான் நாங்கள்
    የእኔ የኛ እኔ እኛ
    # Korean (with their particles: Korean glues them on) and Japanese, Thai, Chinese
    제 저의 나의 우리 저희 우리의 저희의 저는 제가 나는 내가 우리는 우리가 저희는 저희가
    私 僕 我々 わたし 弊社 ผม ฉัน ดิฉัน เรา 我 我们
    """
)
# "Only", as a person says they did only their part: "; I only called its API", "; jo
# només els envio", "; saya hanya menyediakan", "; ek lewer net", "; naša grupa samo".
ONLY_WORDS = word_set(
    """
    only just merely solely solo sólo només nomes hanya cuma net slegs samo vain ainoastaan
    tylko jen pouze iba len nur lediglich seulement uniquement alleen enkel bara endast kun
    bare yalnizca yaln\u0131zca sadece csak doar numai tik tikai ainult apenas somente
    soltanto solamente лише тільки только лишь само μόνο chỉ
    # Swahili "tu" (next to the person only: elsewhere "you"), Welsh "yn unig", Irish
    # "amháin", Albanian "vetëm", Maltese "biss", Nordic, Swahili "pekee"
    tu unig amháin vetëm biss berre aðeins einungis pekee
    # Tagalog/Cebuano "lamang", "lang"; Malay/Indonesian; Romance, German, Dutch, Slavic
    lamang tantanging saja sahaja
    # Luxembourgish "nëmmen", "eleng"
    nëmmen eleng sekadar únicamente solamente somente só seulement
    unicamente soltanto bloß ausschließlich slechts uitsluitend jedynie wyłącznie jenom
    # Hungarian, Romanian, Turkish, Greek
    csupán kizárólag numai yaln\u0131z μονάχα
    # Cyrillic (Russian, Ukrainian, Kazakh, Bulgarian): "только", "лише", "тек", "ғана"
    исключительно виключно тек ғана само единствено
    # Mongolian, Macedonian, Uzbek, Armenian, Georgian, Sinhala
    зөвхөн зөвхон samo faqat միայն მხოლოდ පමණක් පමණයි
    # Arabic, Persian, Hebrew, Hindi, Bengali, Tamil, Amharic
    فقط تنها רק सिर्फ सिर्फ़ केवल sirf keval শুধু শুধুমাত্র কেবল மட்டும் மட்டுமே ብቻ
    # Japanese, Korean, Thai, Chinese
    だけ のみ 오직 단지 뿐 เท่านั้น แค่ เพียง 只 仅
    """
)
# Not: "; meie tiim seda ei puutu", "; sam SAP-a ne ...", "and I have never touched it".
NEGATIONS = word_set(
    """
    never not n't no don't doesn't didn't haven't ne nie не ні nem nu non nicht niet inte ikke
    ei hindi không δεν dont ez
    # Welsh "ddim", "nid", "byth"; Irish "ní", "níl", "riamh"; Albanian "nuk", "kurrë"
    ddim nid nad byth ní níl níor riamh nuk kurrë
    # Maltese "mhux", "qatt"; Nordic; Swahili "si", "sio", "kamwe"; Tagalog/Cebuano
    mhux qatt ikkje aldri aldrig ekki aldrei sio kamwe hapana wala dili
    # Malay/Indonesian, Romance, German, Dutch, Slavic, Hungarian, Romanian, Turkish, Greek
    tidak bukan tak tiada belum mai nunca jamás não nem pas jamais n'y n'ai n'a n'avons
    n'est n'en kein keine keinen niemals nooit geen nigdy nikdy soha sosem niciodată
    nici değil asla hiç hiçbir ποτέ όχι μην
    # Cyrillic, Arabic, Persian, Hebrew
    нет никогда ніколи жоқ емес ешқашан не никога لا لم لن ليس لست أبدا نه هرگز نمی לא
    אף מעולם אינני איני
    # Hindi (and romanised), Bengali, Tamil, Amharic
    नहीं कभी nahi nahin nahi না নয় কখনো কখনও இல்லை அல்ல ஒருபோதும் አይደለም በጭራሽ
    # Korean, Japanese, Thai, Vietnamese, Chinese
    않 안 못 않습니다 않았습니다 않는다 않았다 않음 않고 전혀 절대 ない ません しない
    していない ไม่ ไม่เคย chưa chẳng 从未 没有
    """
)
# Words that open a clause about the person: "; I only called its API", ", and we read it".
FIRST_PERSON_SUBJECTS = word_set(
    """
    i we je nous j' ich wir ik wij yo nosotros io noi eu nós jag vi jeg ja já minä mä
    ben biz én mi jo nosaltres saya aku kami kita ek ons eg ég mina es aš jaz
    я ми мы аз ние εγώ εμείς tôi chúng ma meie nik ni gu guk
    # Welsh "dw i", "rydw i", "dydw i ddim" ("I am", "I am not"; a lower-case "i" is
    # read as another language's "and"), "ni"; Irish "mé", "muid", "sinn"
    dw rydw dydw rwy rwyf rydyn ni mé muid sinn
    # Albanian "unë"; Maltese "jien", "aħna"; Icelandic "við"; Nynorsk "eg" (above)
    unë jien aħna við
    # Swahili "mimi", "sisi"; Tagalog/Cebuano "ako", "kami", "tayo"; Romanised Hindi
    mimi sisi ako tayo mainne humne hamne
    # Luxembourgish "ech" (I), "mir" (we)
    ech mir
    # Kazakh "мен", "біз"; Hebrew; Hindi; Bengali; Tamil; Amharic (Persian "من", "ما" are
    # left out: in Arabic they are "from" and "what")
    мен біз אני אנחנו मैं मैंने हम हमने আমি আমরা நான் நாங்கள் நாம் እኔ እኛ
    # Mongolian "би", "бид"; Macedonian "јас", "ние"; Uzbek "biz" ("men" is English);
    # Armenian "ես", "մենք"; Georgian "მე", "ჩვენ"; Sinhala "මම", "අපි"
    би бид јас ние biz ես մենք მე ჩვენ මම අපි
    # Korean with its particles; Japanese, Thai, Chinese (read inside a word, spaces or not)
    저는 제가 나는 내가 우리는 우리가 저희는 저희가 私 僕 我々 わたし ผม ฉัน ดิฉัน เรา 我 我们
    """
)

# Who else acts in a résumé: clients, vendors, colleagues, other teams' people — as the
# subject of a verb, a passive's agent or an owner ("the client's Kafka platform"), what
# they use is theirs (smatrx.imports.ownership). Not the employer's words (company, bank,
# hospital): what an employer runs, its employees often use too; nor "provider", which is
# as often software ("a Terraform provider", "the identity provider").
AGENT_NOUNS = word_set(
    """
    client clients customer customers partner partners vendor vendors supplier suppliers
    actuaries analysts statisticians scientists researchers quants accountants testers
    contractor contractors subcontractor subcontractors agency agencies studio studios lab labs
    laboratory laboratories consultancy consultancies consultant consultants
    integrator integrators outsourcer outsourcers freelancer freelancers developer developers
    provider providers
    engineers
    headquarters hq corporativo matriz siège konzernzentrale
    colleague colleagues coworker coworkers co-worker co-workers teammate teammates designer
    designers student students estudiante estudiantes étudiant étudiants studente studenti
    подрядчик подрядчики заказчик заказчика вендор поставщик разработчики
    manufacturer manufacturers maintainer maintainers department departments
    kunde kunden lieferant lieferanten dienstleister agentur hersteller kollege kollegen
    prestataire prestataires partenaire partenaires fournisseur fournisseurs agence collègue
    collègues cliente proveedor proveedores socio agencia colega colegas fornecedor
    fornecedores parceiro parceiros agência fornitore fornitori agenzia colleghi klant klanten
    leverancier leveranciers collega collega's kund leverantör leverantören leverantörer
    konsult konsulten kollega kollegor leverandør leverandøren klient klienta dostawca dostawcy
    koledzy dodavatel dodavatelé kolegové asiakas toimittaja kumppani tellija khách
    # Welsh (with the mutated forms: "ei gyflenwr", "ein cleientiaid", "fy nghydweithwyr")
    cleient cleientiaid gleient nghleient chleient cwsmer cwsmeriaid gwsmer nghwsmer
    cyflenwr cyflenwyr gyflenwr gyflenwyr nghyflenwr chyflenwr gwerthwr gwerthwyr
    datblygwyr ddatblygwyr natblygwyr cydweithiwr cydweithwyr gydweithwyr nghydweithwyr
    partneriaid contractwr contractwyr adran adrannau
    # Irish (and its mutations)
    cliant cliaint chliant gcliant custaiméir custaiméirí gcustaiméirí soláthraí
    soláthraithe sholáthraí tsoláthraí díoltóir díoltóirí forbróirí fhorbróirí
    bhforbróirí comhghleacaí comhghleacaithe comhpháirtí comhpháirtithe conraitheoir
    conraitheoirí roinn rannóg
    # Albanian ("klienti", "i klientit" the client's), Maltese ("il-klijent" is read as
    # "klijent": a word's part after a hyphen counts)
    klienti klientit klientët klientëve furnizues furnizuesi furnizuesit furnitori shitësi
    zhvilluesit zhvilluesve programuesit kolegu kolegët partneri
    partnerit partnerët kontraktori departamenti departamentit
    klijent klijenti fornitur fornituri żviluppaturi kollegi sieħeb sħab
    kuntrattur kuntratturi dipartiment
    # Norwegian (Bokmål and Nynorsk), Danish, Icelandic
    kunden kundar kundane kunder kundene leverandørar leverandørane leverandører
    leverandørene utviklarar utviklarane utviklere utviklerne kollegaer
    kollegane kolleger partnar partnaren partneren konsulentar konsulenter
    konsulenten kunderne leverandørerne udviklere udviklerne kollegaerne
    viðskiptavinur viðskiptavinar viðskiptavinir birgir birgjar birgirinn söluaðili
    forritarar forritararnir samstarfsmaður samstarfsmenn samstarfsaðili
    samstarfsaðilar verktaki verktakar
    # Luxembourgish ("d'Kolleege", "d'Clienten": the noun after the article's elision)
    clienten clientë kolleeg kolleegen kolleege kolleegin fournisseur fournisseuren
    entwéckler entwécklerinnen prestatairen partneren
    # Danish with the article glued on
    kollegerne kollegaer konsulenterne partnerne
    # Swahili, Tagalog/Cebuano, Malay/Indonesian
    mteja wateja msambazaji wasambazaji mgavi wagavi muuzaji wauzaji wasanidi
    watengenezaji wenzangu wenzetu mshirika washirika mkandarasi wakandarasi
    idara kliyente kustomer tagapagtustos kasamahan katrabaho kauban kontratista
    pelanggan klien pembekal pemasok
    rakan rekan mitra kontraktor jabatan
    # Italian, Portuguese, Spanish, French, German, Dutch
    cientistas científicos scientifiques scienziati wissenschaftler wetenschappers
    investigadores pesquisadores chercheurs ricercatori forscher onderzoekers
    clienti committente sviluppatori programmatori consulenti
    appaltatore clientes desenvolvedores programadores
    consultores consultoria terceirizada desarrolladores
    compañero compañeros socios consultora contratista contratistas
    développeurs sous-traitant sous-traitants intégrateur
    auftraggeber kollegin berater beraterin opdrachtgever opdrachtgevers
    ontwikkelaars aannemer
    # Polish, Czech, Hungarian, Romanian, Turkish, Greek
    klienci klientem klientów zleceniodawca dostawcę programiści deweloperzy
    kolega kolegów partnerzy podwykonawca podwykonawcy zákazník zákazníka zákazníci
    dodavatele vývojáři vývojářů partneři subdodavatel ügyfél ügyfelek megrendelő
    beszállító beszállítók szállító szállítók fejlesztők kolléga kollégák
    partnerek alvállalkozó clientul clientului clienți clienții furnizor furnizorul
    furnizorului furnizori dezvoltatori dezvoltatorii colegi colegii partener
    partenerul partenerii müşteri müşteriler tedarikçi tedarikçiler sat\u0131c\u0131
    geliştiriciler meslektaş yüklenici πελάτης πελάτη πελάτες πελατών προμηθευτής
    προμηθευτή προμηθευτές προγραμματιστές συνάδελφος συνάδελφοι
    συνεργάτης συνεργάτες ανάδοχος
    # Cyrillic: Russian, Ukrainian, Kazakh, Bulgarian (a word's endings count: "заказчиком")
    клиент клиенты заказчики поставщики вендоры коллега коллеги партнёр партнер
    партнёры партнеры клієнт замовник постачальник розробники колега колеги
    підрядник әзірлеушілер жеткізуші әріптес серіктес доставчик
    разработчици
    # Arabic, Persian, Hebrew
    عميل العميل عملاء العملاء زبون الزبون مورد المورد موردين الموردين البائع
    مطورين المطورين المطورون زميل زملاء الزملاء شريك الشريك الشركاء مقاول المقاول
    مشتری مشتریان کارفرما فروشنده پیمانکار همکار همکاران شریک
    לקוח הלקוח לקוחות הלקוחות ספק הספק ספקים הספקים מפתחים המפתחים עמית עמיתים שותף
    שותפים קבלן
    # Hindi (and romanised), Bengali, Tamil, Amharic
    ग्राहक क्लाइंट विक्रेता आपूर्तिकर्ता वेंडर डेवलपर्स सहकर्मी साझेदार पार्टनर ठेकेदार
    grahak vikreta sahkarmi গ্রাহক ক্লায়েন্ট সরবরাহকারী বিক্রেতা ভেন্ডর সহকর্মী
    অংশীদার ঠিকাদার வாடிக்கையாளர் விற்பனையாளர் சப்ளையர் பங்குதாரர் ஒப்பந்ததாரர்
    ደንበኛ ደንበኞች አቅራቢ ገንቢ ገንቢዎች ባልደረባ ባልደረቦች አጋር
    # Japanese, Korean, Thai, Chinese (read inside a word, spaces or not)
    顧客 クライアント お客様 ベンダー 業者 委託先 協力会社 開発元 同僚 パートナー 取引先
    발주처 고객 고객사 클라이언트 벤더 공급업체 협력사 협력업체 개발사 동료 파트너 외주
    ลูกค้า ผู้ขาย ผู้จำหน่าย ซัพพลายเออร์ เพื่อนร่วมงาน คู่ค้า ผู้รับเหมา
    客户 供应商 厂商 同事 合作伙伴
    # Mongolian, Macedonian, Uzbek, Georgian, Sinhala (Armenian's client, a genitive in
    # "Հաճախորդների մոնիտորինգ", is as often the people served)
    харилцагч харилцагчид нийлүүлэгч хөгжүүлэгчид клиент клиенти добавувач
    програмери mijoz mijozlar dasturchilar hamkasblar კლიენტი კლიენტები
    მომწოდებელი დეველოპერები පාරිභෝගිකයා සැපයුම්කරු
    """
)
# The same parties as owners, as their languages write a genitive ("leverantörens
# Java-applikation", "des Kunden Java-Anwendung").
AGENT_POSSESSIVES = word_set(
    """
    leverantörens kundens konsultens partnerns byråns leverandørens klientens
    asiakkaan toimittajan kumppanin
    # Danish, Norwegian, Icelandic, Albanian, Turkish genitives
    kundens udviklernes partnerens leverandørens viðskiptavinarins birgisins
    klientit furnizuesit zhvilluesve müşterinin tedarikçinin
    """
)
# Teams and groups: another one's ("the infrastructure team's Jenkins", "veri bilimi ekibi",
# "mantido pelo time de TI") is another party, the person's own ("my team's") is not.
TEAM_NOUNS = word_set(
    """
    team teams group groups squad squads department departments unit units crew division
    equipe equipa equipas equipo equipos équipe équipes squadra gruppo abteilung teams
    ekip ekibi ekibin ekibe ekipler ekiplerin csapat csapata csapatának csapatnak echipa
    echipei echipă echipe zespół zespołu zespołem tým týmu tiimi tiimin afdeling afdelningen
    avdelningen avdeling ekipa ekipe meeskond meeskonna tiim команда команди ομάδα đội nhóm
    engineering екип екипа екипът командой teymi teymið pasukan talde taldea taldeak
    # Welsh "tîm", Irish "foireann", Albanian "ekipi", Maltese, Nordic
    equipen departement departementer
    tîm timau foireann fhoireann grúpa ekipi ekipit ekipet grupi grupit sektori taqsima
    grupp teamet avdelinga avdelingen gruppa gruppen seksjon seksjonen afdelingen gruppe
    deild deildin hópur hópurinn
    # Swahili, Tagalog/Cebuano, Malay/Indonesian
    timu kikundi kitengo koponan pangkat grupo jabatan divisi departemen
    kumpulan kelompok
    # Romance, German, Dutch, Polish, Czech, Hungarian, Romanian, Turkish, Greek
    reparto dipartimento departamento departamentos setor département pôle gruppe
    groep dział działu działem oddělení skupina osztály osztálya részleg csoport
    departamentul departman departman\u0131 birim birimi tak\u0131m tak\u0131m\u0131 grubu ομάδας
    τμήμα τμήματος
    # Cyrillic, Arabic, Persian, Hebrew
    отдел отдела отделом группа відділ відділу командою бөлім
    فريق الفريق قسم القسم تیم بخش گروه צוות הצוות מחלקה המחלקה
    # Hindi, Bengali, Tamil, Amharic; Japanese, Korean, Thai, Chinese
    टीम विभाग vibhag দল টিম বিভাগ குழு துறை டீம் ቡድን ክፍል መምሪያ
    チーム 部署 部門 グループ 팀 부서 그룹 ทีม แผนก ฝ่าย 团队 部门
    # Mongolian, Macedonian, Uzbek, Armenian, Georgian, Sinhala; Chinese "组"
    баг багийн хэлтэс тим тимот jamoa jamoasi bo'lim թիմ թիմը թիմերը թիմերի
    გუნდი გუნდმა განყოფილება කණ්ඩායම 组 运维组 小组
    """
)
# "By" of a passive, in the languages résumés are written in: "mantido pelo time de TI",
# "géré par l'équipe", "betreut von", "beheerd door", "gestito da", "förvaltas av".
PASSIVE_BY_WORDS = word_set(
    """
    by pelo pela pelos pelas por par von durch door da dal dalla dai dagli av af przez do от oleh
    # Welsh "gan", Albanian "nga", Maltese "minn", Hungarian "által", Romanian "(de) către",
    # Turkish "taraf\u0131ndan", Greek "από", Vietnamese "bởi", romanised Hindi "dwara"
    gan nga minn által către taraf\u0131ndan από bởi dwara dvara
    # Kazakh, Arabic, Persian, Hebrew ("על ידי"), Hindi, Bengali, Tamil, Japanese, Korean, Thai
    тарапынан بواسطة توسط ידי द्वारा দ্বারা কর্তৃক மூலம் によって により 의해 โดย
    """
)
# Portuguese (Brazil) says "time" for a team, but only so after its own "by" ("pelo time").
PASSIVE_BY_TEAM = {"pelo": "time", "pela": "time", "do": "time"}
# Verbs a résumé's bullet opens with, the person's own action ("Rebuilt the client's
# checkout in React", "Maintain the vendor's Kafka cluster"): what follows is their work.
PERSON_VERBS = word_set(
    """
    build built rebuild rebuilt write wrote rewrite rewrote lead led run ran make made set
    keep kept take took drive drove grow grew bring brought teach taught sell sold put cut
    split spin spun find found hold held oversee oversaw undertake undertook give gave win won
    begin began maintain own design develop manage operate support migrate deliver create
    implement automate deploy configure administer monitor test integrate optimise optimize
    mentor train coordinate review ship port move extend replace document rewire refactor
    """
)
THIRD_PERSON_SUBJECTS = word_set(
    "he she they someone somebody elle ils elles ella ellos hij zij hon hän"
)
# Verbs of making and running a thing: "run by a managed service provider", "a Flutter app
# that a partner agency builds", "the lab runs its LIMS as a Java application".
OWNERS_VERBS = word_set(
    """
    maintained maintains maintain run runs ran owned owns own built builds build written writes
    wrote write developed develops develop operated operates operate hosted hosts host managed
    manages administered administers supported supports implemented implements created creates
    designed designs programmed coded included includes chose picked
    """
)
# What the person says they did not do with it: "never touched", "did not use".
NOT_USED_VERBS = word_set(
    "touch touched use used using write wrote written work worked working code coded program "
    "programmed learn learned learnt maintain maintained own owned run operate operated "
    "manage managed build built develop developed administer administered"
)
# A sentence opening with another team as its subject ("The analytics team builds ...", "A
# equipa de análise constrói ...", "L'équipe data construit ..."): what follows is theirs.
# (Not "our team" or "my team": the person is in it, and the first-person words stop it.)
SUBJECT_ARTICLES = word_set("the a o la le l el il lo die das der de het l'équipe")
SUBJECT_TEAM_NOUNS = word_set(
    "team teams equipa equipas equipe equipo équipe squadra abteilung fachbereich fachabteilung"
)
# In Spanish, Italian, Portuguese and French the object may open the sentence, taken up
# by a pronoun before the verb, and the subject follow it: "El sistema y su base Oracle los
# administra el proveedor", "Il portale lo gestisce il fornitore". After such a pronoun,
# these verbs of making and running have the party after them as their subject.
OBJECT_PRONOUNS = word_set("lo la los las le les li o a os as")
OWNERS_VERBS_BEFORE_SUBJECT = word_set(
    """
    # Spanish
    administra administran mantiene mantienen gestiona gestionan desarrolla desarrollan
    opera operan escribe escriben construye construyen lleva llevan programa programan
    # Italian
    gestisce gestiscono mantiene mantengono sviluppa sviluppano cura curano scrive scrivono
    amministra amministrano
    # Portuguese
    mantém mantêm gere gerem gerencia gerenciam desenvolve desenvolvem administram
    # French
    gère gèrent maintient maintiennent développe développent administre administrent
    exploite exploitent
    """
)
# People a person's work is often for, as well as with: "mentoring of the junior
# developers", "mentoria dos desenvolvedores juniores". After the thing named ("of the
# developers") they are who it was for, not its owners.
SERVED_PEOPLE = word_set(
    """
    developers programmers colleagues students teammates designers engineers
    desenvolvedores programadores desarrolladores développeurs sviluppatori programmatori
    ontwikkelaars colegas colegii colleghi collègues kollegen estudiantes studenti
    étudiants
    """
)
# Words that are another language's only in a sentence of that language: romanised Hindi or
# Urdu "main" ("I", but English "main"), Cebuano and Tagalog "ko" ("I", "my"). Each is read
# as the unambiguous word of the tables after it when its sentence holds at least two of
# the marker words of its language ("main unko app me integrate karta tha", "wala ko ana").
CLAUSE_LANGUAGE_WORDS = {
    "main": "मैं",  # Devanagari "I"
    "ko": "ako",
}
CLAUSE_LANGUAGE_MARKERS = {
    "main": word_set(
        """
        # romanised Hindi and Urdu: pronouns, auxiliaries, verb endings, particles
        unko usko unka unki unke uska uski uske inko isko mujhe humne hamne hamein
        karta karti karte kiya kiye tha thi hai hain hoon raha rahi rahe
        deta deti dete diya liya liye leta leti lete banata banati banaya wala wali wale
        sirf bhi aur nahi nahin mein kyunki lekin phir saath
        """
    ),
    "ko": word_set(
        """
        # Cebuano and Tagalog: articles, linkers, particles, pronouns
        ang mga nga kay ana wala dili ako nako namo kami ra lang gihimo ug
        ng sila siya niya nila kanila hindi namin gumagawa ginawa
        """
    ),
}
# Teams that the Arabic script names before their technology, as Arabic and Persian order
# a noun and what qualifies it ("فريق Azure", "تیم DevOps"): the name qualifies the team.
ARABIC_TEAM_NOUNS = word_set(
    """
    فريق الفريق
    قسم تیم گروه
    """
)
# "Was", "were", opening an Arabic clause before its subject ("كان فريق الأنظمة ... يدير").
ARABIC_WAS = word_set("كان كانت كانوا")
