# ruff: noqa: RUF001 - letters of other languages are data here, not typos.
"""Work practices said with a verb rather than named: "review all model PRs" → Code Review,
"ran a half-day workshop", "Leitung von Fit-to-Standard-Workshops" → Facilitation, "gave a
talk at DevCon", "presented at the meetup" → Public Speaking, "negotiated freight rates" →
Negotiation, "own the annual budget" → Budget Management, "manage the supply contracts" →
Contract Management, "hired and onboarded three engineers" → Recruiting, "Manage
stakeholders across risk and legal", "Gathered and documented requirements", "Manage
third-party suppliers".

Each finding is a mention (start, end, Match) at the phrase, dated by the entry that holds it,
as any other mention is; only the person's own clause counts (a bullet, a clause's start, "I").
Pure: no Flask, no database."""

from __future__ import annotations

import re
from collections.abc import Mapping

from smatrx.imports.mentions import CatalogTerm, Mention
from smatrx.imports.people_skills import opens_a_clause, phrase_mentions

# Reviewing colleagues' code: "review all pull requests", "I also review code", "Reviewing
# PRs from the team", "review all model PRs", "Review code Java (Spring Boot)".
_REVIEWING_CODE = re.compile(
    r"\b(?i:review|reviews|reviewed|reviewing)[ \t]+"
    r"(?:(?:(?i:all|the|every|each|most|their|our|team|peer|peers'|colleagues'|incoming|other"
    r"|test|production|application|infrastructure|frontend|backend|source)"
    r"[ \t]+){0,3}(?i:code)"
    r"|(?:[\w'-]+[ \t]+){0,4}(?i:pull[ \t]+requests?|PRs|merge[ \t]+requests?|MRs))\b"
    # other languages: "Relecture des merge requests", "revisión de cambios por pull request",
    # "revisiones de código", "revisão dos pull requests"
    r"|\b(?i:relecture|relectures|revue|revues|revisión|revisiones|revisão|revisões|revisione"
    r"|revisioni)[ \t]+(?:(?i:des|de|du|del|dei|delle|dos|das|do|da)[ \t]+)?"
    r"(?:(?i:cambios|changements|alterações|modifiche)[ \t]+(?i:por|par|via|em|tramite)[ \t]+)?"
    r"(?i:pull[ \t]+requests?|merge[ \t]+requests?|PRs|MRs|código|codice)\b"
)

# Running workshops, in the languages the reader knows.
_WORKSHOP = (
    r"(?:workshops?|ateliers?|talleres?|oficinas|Workshops?|-Workshops?"
    r"|sessions?[ \t]+de[ \t]+travail)"
)
_FACILITATING_WORKSHOPS = re.compile(
    r"\b(?i:run|runs|ran|running|lead|leads|led|leading|facilitate|facilitates|facilitated"
    r"|facilitating|host|hosts|hosted|hosting|moderate|moderates|moderated|moderating"
    r"|deliver|delivers|delivered|delivering|organise|organised|organize|organized"
    r"|animer|anime|animé|animée|animais|animation|conduite|facilitation|facilité|facilitaba"
    r"|facilitación|dirigí|conduje|moderé|impartí|facilitei|facilitação|conduzi|ministrei"
    r"|conduzione|facilitazione|condotto|moderato|facilitato|begeleid|begeleidde|begeleiden"
    r"|faciliteer|faciliteerde|faciliteren|Leitung|Moderation|Durchführung|moderiert"
    r"|moderiere|geleitet|leite)"
    r"[ \t]+(?:[\w'’/-]+[ \t]+){0,5}?(?:[\w-]*-)?"
    + _WORKSHOP
    + r"\b"
    # "a half-day accessibility workshop I run": the workshop first, the person running it
    + r"|\b"
    + _WORKSHOP
    + r"[ \t]+(?:I|that[ \t]+I|which[ \t]+I)[ \t]+(?:run|ran|lead|led"
    r"|facilitate|facilitated|host|hosted|deliver|delivered)\b"
)

# Speaking in public: "gave a talk at DevCon", "presented at the meetup twice", "Speaker,
# Flutter Kuching meetup", "spoke at PyCon".
_SPEAKING = re.compile(
    r"\b(?i:gave|give|gives|giving|given|delivered)[ \t]+(?:a|an|two|three|several|many|the"
    r"|my)?[ \t]*(?:[\w-]+[ \t]+){0,2}(?i:talk|talks|keynote|keynotes|lightning[ \t]+talk|lecture"
    r"|lectures|webinar|webinars)\b"
    r"|\b(?i:spoke|spoken|speak|speaks|speaking|presented|present|presents|presenting)"
    r"[ \t]+at[ \t]+"
    r"(?:the[ \t]+)?(?:[\w&'-]+[ \t]+){0,5}?(?i:meetup|meetups|conference|conferences|summit"
    r"|con|days?|forum|symposium|user[ \t]+group)\b"
    r"|\b(?i:talk|talks|keynote|lightning[ \t]+talk|presentation)[ \t]+at[ \t]+(?:the[ \t]+)?"
    r"(?:[\w&'-]+[ \t]+){0,5}?(?i:meetup|meetups|conference|summit|con|days?|forum"
    r"|symposium|user[ \t]+group|workshop)\b"
    # a talk at an event named by its proper name: "talks at PyData Pittsburgh", "spoke at
    # a11yTO 2023", "regular presenter at the AISA Canberra branch", "Occasional speaker at
    # IET Cumbria network events"
    r"|\b(?:(?i:regular|occasional|frequent|invited|guest)[ \t]+)?"
    r"(?i:talk|talks|keynote|keynotes|spoke|speaker|presenter)[ \t]+at[ \t]+(?:the[ \t]+)?"
    r"[A-Za-z0-9][\w&'-]*(?:[A-Z0-9]\w*|[ \t]+[A-Z0-9][\w&'-]*)"
    # presenting something to a board, a committee or at a conference: "presented our
    # document AI work at PyCon India", "Presented findings to the board of directors"
    r"|\b(?i:present|presents|presented|presenting)[ \t]+(?:[\w\"“”'’,-]+[ \t]+){1,8}?"
    r"(?i:to|at)[ \t]+(?:the[ \t]+)?(?:[\w&'’-]+[ \t]+){0,4}?(?i:board|committee|conference"
    r"|meetup|summit|leadership|executives|directors|forum|symposium|congress|all-hands"
    r"|town[ \t]+hall|PyCon|PyData)\b"
    # a section's label: "Talks: ...", "Conference talks:"
    r"|(?m:^[ \t]*(?:[-*\u2022\u00b7][ \t]*)?(?:Talks|Conference[ \t]+talks|Speaking)[ \t]*:)"
    # other languages: "Palestrante em meetups locais", "Ponente en", "Relatrice al",
    # "Referentin auf", "Spreker op", "interne Tech-Talks"
    r"|\b(?:[Pp]alestrante|[Pp]onente|[Rr]elat(?:ore|rice)|[Rr]eferent(?:in)?|[Ss]preker"
    r"|[Cc]onférenci(?:er|ère)|[Ii]ntervenante?)[ \t]+(?:em|no|na|nos|nas|en|a|al|alla|auf|bei"
    r"|beim|op|bij|à|au|aux)\b"
    r"|\b(?:\w+[ \t]+){0,2}[\w-]*Tech-Talks\b"
    r"|(?m:^[ \t]*(?:[-*\u2022\u00b7][ \t]*)?(?:Speaker|Keynote[ \t]+speaker|Panellist"
    r"|Panelist)(?:[ \t]*[,:\u2013\u2014-]|[ \t]+at\b))"
)

# Those taught: "to Year 5 and 6", "for nursing students", "to midwives, paramedics and GPs".
_LEARNERS = (
    r"(?:(?:[\w-]+[ \t]+){0,2}?(?i:students|pupils|learners|undergraduates|children|kids"
    r"|teenagers|youngsters|young[ \t]+people|beginners|mothers|parents|patients|apprentices"
    r"|trainees|nurses|midwives|adults|staff|women|volunteers|carers|teachers|doctors|GPs)"
    r"|(?i:Year|Years|Grade|Grades|Form)[ \t]+\d)\b"
)
_TEACH_VERB = r"(?i:taught|teach|teaches|teaching|tutored|tutor|tutors|lectured|lecturing)"

# Teaching a class: "tutored undergraduate machine learning labs", "Taught the R for
# Biologists workshop to PhD students", "lectured two modules", "teach a weekend "build your
# own ukulele" course"; teaching something to people: "teaching Scratch to Year 5 and 6",
# "teach obstetric emergency drills (shoulder dystocia, PPH) to midwives"; teaching, lectures
# or classes for people: "Clinical nutrition teaching for nursing students", "short lectures
# for ward staff"; running them: "run beginner Java workshops for young people"; a course
# taught for a time: "Tutored COMP SCI 1012 (Python programming) for two semesters".
_TEACHING = re.compile(
    r"\b(?:" + _TEACH_VERB + r"|(?i:lecture|lectures))[ \t]+(?:[\w'’\"“”&+#-]+[ \t]+){0,6}?"
    r"(?i:course|courses|class|classes|labs?|modules?|workshops?|bootcamps?|students|learners"
    r"|undergraduates|seminars?|tutorials)\b"
    r"|\b"
    + _TEACH_VERB
    + r"[ \t]+[^.;:\n]{1,80}?[ \t](?i:to)[ \t]+"
    + _LEARNERS
    + r"|\b"
    + _TEACH_VERB
    + r"[ \t]+"
    + _LEARNERS
    + r"|\b(?:[\w-]+[ \t]+){0,3}?(?i:teaching|lectures|classes|lessons|tutorials|seminars)[ \t]+"
    r"(?i:for|to)[ \t]+"
    + _LEARNERS
    + r"|\b(?i:run|runs|ran|running|give|gives|gave|giving|deliver|delivers|delivered"
    r"|delivering|hold|holds|held)[ \t]+(?:[\w'’&+#-]+[ \t]+){0,3}?(?i:workshops|classes"
    r"|courses|lessons|lectures)[ \t]+(?i:for|to)[ \t]+"
    + _LEARNERS
    + r"|\b(?i:tutored|taught|lectured)[ \t]+[^.;\n]{1,60}?[ \t](?i:for)[ \t]+(?:\w+[ \t]+)?"
    r"(?i:semesters|terms|years)\b"
)

# Negotiating, said as the person's verb: "negotiated 2024 freight rates".
_NEGOTIATING = re.compile(
    r"\b(?i:negotiate|negotiates|negotiated|negotiating|renegotiated|renegotiate"
    r"|négocié|négocier|négocie|negocié|negociaba|negociei|negociava|negoziato|negozio"
    r"|verhandelt|verhandelte|onderhandeld|onderhandelde)\b"
)

# Holding a budget: "own the annual budget", "managed a £2m budget", "prepare the operating
# budget", "budget holder for ...".
_HOLDING_A_BUDGET = re.compile(
    r"\b(?i:own|owns|owned|manage|manages|managed|managing|prepare|prepares|prepared"
    r"|preparing|set|sets|control|controls|controlled|run|runs|ran|hold|holds|held"
    r"|responsible[ \t]+for|accountable[ \t]+for)[ \t]+(?:(?i:and|&)[ \t]+\w+[ \t]+)?"
    r"(?:(?i:the|a|an|our|my|its|their)[ \t]+)?"
    # (not work kept "within budget", "on budget")
    r"(?:(?!(?i:within|under|over|on|to|in)\b)[\w£$€.,&'’-]+[ \t]+){0,5}?(?i:budget|budgets)\b"
    r"|\b(?i:budget[ \t]+holder|budget[ \t]+owner)\b"
    # an amount: "budget fino a 1,2 milioni", "a budget of £2m", "£1.4m budget"
    r"|\b(?i:budgets?|presupuestos?|orçamentos?)[ \t]+(?i:of|up[ \t]+to|fino[ \t]+a|di|de|von"
    r"|bis|van|tot)[ \t]+(?:(?i:up[ \t]+to|hasta|até|bis[ \t]+zu|ca\.|about|around)[ \t]+)?"
    r"(?:[£$€]|CHF[ \t]?|NZ\$|A\$|R[ \t]?)?\d"
    r"|(?:[£$€]|NZ\$|A\$|CA\$)\d[\d.,]*[ \t]?(?:[kKmM]|bn|million|m)?[ \t]+(?:[\w&-]+[ \t]+){0,3}"
    r"(?i:budget|budgets)\b"
    # being responsible for one: "Verantwortung für Zeitplan und Budget"
    r"|\b(?:Verantwortung|[Rr]esponsabilità|[Rr]esponsabilidad|[Rr]esponsabilité"
    r"|[Rr]esponsabilidade|[Vv]erantwoordelijk)[ \t]+(?:für|per|del|de|du|pelo|voor|for)[ \t]+"
    r"(?:[\w'-]+[ \t]+){0,4}?(?:[\w]+-)?(?:Budgets?|budgets?|presupuestos?|orçamentos?)\b"
    # following it: "seguimiento del presupuesto de nube", "suivi du budget"
    r"|\b(?i:seguimiento|control|gestión|suivi|gestion|acompanhamento|controlo|gestão"
    r"|préparation|élaboration|preparación|elaboración|elaboração|preparação|Erstellung"
    r"|elaborazione|predisposizione|opstellen"
    r"|monitoraggio|controllo|gestione|Überwachung|Steuerung|bewaking|beheer)[ \t]+"
    r"(?i:del|de|du|des|dos|do|da|dei|del|des|van|het)?[ \t]*"
    r"(?i:presupuesto|presupuestos|budget|budgets|orçamento|orçamentos|Budgets?)\b"
)

# Managing contracts: "Manage the diesel supply contract with Shell", "managed vendor
# contracts".
_MANAGING_CONTRACTS = re.compile(
    r"\b(?i:manage|manages|managed|managing|negotiate|negotiated|administer"
    r"|administered|renew|renewed)[ \t]+(?:(?i:the|a|an|our|all|its|their)[ \t]+)?"
    r"(?:[\w-]+[ \t]+){0,3}?(?i:contract|contracts)\b"
)

# Hiring: "Hired and onboarded three engineers", "led interviews for three hires",
# "interviewed 40 candidates", "sat on hiring panels", "recruited two analysts".
_HIRING = re.compile(
    r"\b(?i:hired|hire|hires|hiring|recruited|recruit|recruits|recruiting)[ \t]+"
    r"(?:(?i:and)[ \t]+\w+[ \t]+)?"  # ("Hired and onboarded", "Hired and mentor")
    r"(?:(?i:a|an|the|our|my|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|new|several"
    r"|all)[ \t]+)(?:[\w-]+[ \t]+){0,2}?"
    + r"(?i:engineers|developers|analysts|testers|designers|people|staff|hires|members|scientists"
    r"|consultants|nurses|agents|managers|programmers?|engineer|developer|analyst|designer)\b"
    r"|\b(?i:led|lead|leads|ran|run|runs|conducted|conduct|did|do|sat[ \t]+on|sit[ \t]+on)[ \t]+"
    r"(?:(?i:the|our|all|technical|over[ \t]+\d+|\d+|dozens[ \t]+of|team['’]s|company['’]s"
    r"|engineering)[ \t]+)*"
    r"(?i:interviews|hiring|hiring[ \t]+panels?|interview[ \t]+panels?|recruitment"
    r"|interview[ \t]+loops?|hiring[ \t]+loops?)\b"
    r"|\b(?i:interviewed)[ \t]+(?:(?i:over|more[ \t]+than)[ \t]+)?(?:\d+|[\w-]+)[ \t]+"
    r"(?i:candidates|engineers|developers|applicants)\b"
    r"|\b(?i:interview|interviews|interviewing)[ \t]+(?i:candidates|applicants)\b"
    # hiring in a series of the person's verbs: "hire and mentor analysts", "Hired and
    # onboarded a coordinator", "I hire, mentor our graduates"
    r"|\b(?i:hire|hires|hired|recruit|recruits|recruited)(?:[ \t]*,[ \t]*|[ \t]+(?i:and|&)[ \t]+)"
    r"(?i:mentor|mentors|mentored|onboard|onboards|onboarded|manage|manages|managed|train"
    r"|trains|trained|coach|coaches|coached|develop|develops|developed|lead|leads|led|grow"
    r"|grew)\b"
    # whom: "hired the team", "Hired three of the current team", "recruited two of the
    # current designers"; for what: "hire for the platform team", "interviewed for both roles"
    r"|\b(?i:hired|recruited)[ \t]+(?:(?i:the|my|our)[ \t]+(?i:team|squad)\b|[\w-]+[ \t]+of[ \t]+"
    r"(?i:the|my|our)\b)"
    r"|\b(?i:hire|hires|hired|hiring)[ \t]+for\b"
    r"|\b(?i:interviewed|interview|interviews)[ \t]+for[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?i:roles?|positions?|posts?|vacancies|openings)\b"
    r"|\b(?i:run|runs|ran|conduct|conducted|conducts)\s+(?i:interviews)\b"
)
# Hiring interviews and selection named by a noun, in the languages the reader knows,
# anywhere in a clause (a CV's hiring interviews are its person's): "participo en las
# entrevistas técnicas", "zat mee in de selectiegesprekken", "Einstellungsgespräche".
_HIRING_INTERVIEWS = re.compile(
    r"\b(?i:Einstellungsgespräche\w*|Vorstellungsgespräche\w*|Bewerbungsgespräche\w*"
    r"|Personalauswahl|selectiegesprekken|sollicitatiegesprekken|entrevues[ \t]+d['’]embauche"
    r"|entretiens[ \t]+d['’]embauche|entretiens[ \t]+de[ \t]+recrutement"
    r"|entrevistas[ \t]+técnicas|entrevistas[ \t]+de[ \t]+selección|processo[ \t]+seletivo"
    r"|processo[ \t]+de[ \t]+seleção|colloqui[ \t]+tecnici|colloqui[ \t]+di[ \t]+selezione"
    r"|technische[ \t]+Interviews|technical[ \t]+interviews"
    # "participation aux recrutements", "entrevistas de contratação", "Auswahl und Einstellung
    # von zwei neuen Kollegen"
    r"|participation[ \t]+aux[ \t]+recrutements|participation[ \t]+au[ \t]+recrutement"
    r"|entrevistas[ \t]+de[ \t]+contratação|Auswahl[ \t]+und[ \t]+Einstellung)\b"
)

# Stakeholders, requirements and suppliers, said with the person's verb: "Manage stakeholders
# across risk and legal", "Gathered and documented requirements", "Manage third-party
# suppliers against their contracts".
_MANAGING_STAKEHOLDERS = re.compile(
    r"\b(?i:manage|manages|managed|managing|engage|engages|engaged|engaging[ \t]+with|align"
    r"|aligned|aligning)[ \t]+(?:(?i:the|all|key|senior|internal|external|our|my|multiple"
    r"|many|diverse|business|c-level)[ \t]+){0,2}(?i:stakeholders)\b"
)
# Working with them, in the languages the reader knows, anywhere in a clause (a CV's
# stakeholders are the person's): "Work with actuarial and finance stakeholders", "planning
# with client stakeholders", "trabajo directo con los stakeholders", "dialogo costante con
# gli stakeholder", "afstemming met product owner, stakeholders en Security".
_WITH_STAKEHOLDERS = re.compile(
    r"\b(?i:with|con|com|avec|mit|met)[ \t]+(?:(?i:los|las|gli|le|i|os|as|les|den|de)[ \t]+)?"
    r"(?:[\w&-]+,?[ \t]+(?:(?i:and|&|y|e|et|und|en)[ \t]+)?){0,3}?"
    r"(?i:stakeholders?|stakeholdern)\b"
)
# The people a stakeholder is: leaders, the business's functions, the board.
_LEADERS = (
    r"(?:(?i:leads|leadership|management|executives|execs|directors|board|compliance|finance"
    r"|legal|internal[ \t]+audit|regulators?|sponsors|clinicians|heads[ \t]+of[ \t]+\w+"
    r"|product[ \t]+(?:managers?|owners?|leads?|management)|business[ \t]+(?:owners?|leads?"
    r"|units?|users)|department[ \t]+heads|data[ \t]+protection[ \t]+officer)"
    r"|CIO|CTO|CFO|CEO|COO|CISO|DPO|C-suite)"
    # (a word of them, not a thing: not "management consultants", "finance systems")
    r"(?![ \t]+(?i:consultants?|consultancy|firms?|software|systems?|tools?|accounting))"
)
# Working with them, said with a verb of working together, anywhere in a clause: "set
# priorities with the hardware and product leads", "coordinated the changes with compliance
# and finance", "Work with clinicians, compliance and product leadership".
_WORKING_WITH_LEADERS = re.compile(
    r"\b(?i:work|works|worked|working|coordinate|coordinates|coordinated|coordinating|align"
    r"|aligns|aligned|aligning|liaise|liaises|liaised|liaising|agree|agrees|agreed|agreeing"
    r"|set|sets|setting|plan|plans|planned|planning|partner|partners|partnered|partnering"
    r"|collaborate|collaborates|collaborated|collaborating)\b"
    r"(?:[ \t]+[\w'-]+){0,5}?[ \t]+(?i:with)[ \t]+(?:(?i:the|our|senior|closely)[ \t]+)*"
    r"(?:[\w&/-]+,?[ \t]+(?:(?i:and|&)[ \t]+)?){0,3}?" + _LEADERS + r"\b"
)
# Reporting or presenting to them: "present model results to hospital executives", "report
# to the IT leadership team on capacity and risk", "monthly risk reports to the CIO" (not
# "Reports to the CTO", "reporting directly to the CEO": whom the person answers to).
_REPORTING_TO_LEADERS = re.compile(
    r"(?:\b(?i:present|presents|presented|presenting|report|reported|reporting|brief|briefs"
    r"|briefed|briefing)(?:[ \t]+(?!(?i:directly|straight)\b)[\w'-]+){1,4}?"
    r"|(?<=[a-z][ \t])(?i:reports|updates|briefings|presentations)"
    # "report to the IT leadership team on capacity": on a subject, not to a boss
    r"|\b(?i:report|reports|reported|reporting)(?=[ \t]+to[ \t][^.;\n]{0,40}\bon\b))"
    r"[ \t]+(?i:to)[ \t]+(?:(?i:the|our|senior|hospital|client)[ \t]+)*"
    r"(?:[\w&/'’-]+[ \t]+){0,2}?" + _LEADERS + r"\b"
)
# End-to-end tests named by what they walk through: "end-to-end booking flows in Playwright",
# "end-to-end checkout scenarios" (not "end-to-end delivery of the project").
_END_TO_END_TESTS = re.compile(
    r"\b(?i:end-to-end|end[ \t]+to[ \t]+end|e2e)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?i:flows|scenarios|suites?|journeys|test[ \t]+flows)\b"
)
# Data-science work said by what it works on: "Room-demand and rate forecasting for eleven
# resorts", "Guest review classification in four languages", "Cleaned ten years of reef
# survey records".
_FORECASTING_DEMAND = re.compile(
    r"\b(?:[\w]+-)?(?i:demand)(?:[ \t]+(?:and|&)[ \t]+[\w-]+)?[ \t]+(?i:forecasting|forecasts)\b"
)
_CLASSIFYING_TEXT = re.compile(
    r"\b(?:[\w-]+[ \t]+)?(?i:review|reviews|text|document|ticket|email|e-mail|comment|message"
    r"|complaint|intent|sentiment)[ \t]+(?i:classification|classifiers?)\b"
)
_CLEANING_DATA = re.compile(
    # (the verb: "clean data" alone is an adjective's, "disciplined sourcing, clean data")
    r"\b(?:(?i:cleans|cleaned|cleaning)|(?i:clean)(?=[ \t]+(?i:up|and)\b))[ \t]+"
    r"(?:(?i:up)[ \t]+)?(?:[\w-]+[ \t]+){0,5}?"
    r"(?i:records|data|datasets|data[ \t]+sets)\b"
)
_GATHERING_REQUIREMENTS = re.compile(
    r"\b(?i:gather|gathers|gathered|gathering|elicit|elicits|elicited|eliciting|capture"
    r"|captures|captured|capturing|collect|collected|write|wrote|written|document|documented)"
    r"(?:[ \t]+and[ \t]+\w+ed)?[ \t]+(?:(?i:the|business|functional|user|technical|system"
    r"|all|detailed)[ \t]+){0,2}(?i:requirements)\b"
)
# Gathering them said with a noun, anywhere in a clause (a CV's requirements are gathered by
# its person): "ran the requirements workshops", "para recoger requisitos", "toma de
# requisitos", "raccolta dei requisiti".
_REQUIREMENTS_WORK = re.compile(
    r"\b(?i:requirements)[ \t]+(?i:workshops?|gathering|elicitation)\b"
    r"|\b(?i:recoger|recogida[ \t]+de|toma[ \t]+de|levantamiento[ \t]+de|relevamiento[ \t]+de"
    r"|levantamento[ \t]+de|raccolta[ \t]+(?:dei|di)|recueil[ \t]+des|recueillir[ \t]+les"
    r"|Aufnahme[ \t]+der|Erhebung[ \t]+der|verzamelen[ \t]+van)[ \t]+"
    r"(?i:requisitos|requisiti|exigences|besoins|Anforderungen|eisen)\b"
)
_MANAGING_SUPPLIERS = re.compile(
    r"\b(?i:manage|manages|managed|managing|oversee|oversaw|overseeing)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?(?i:suppliers|vendors|third[ \t-]+parties|contractors)\b"
)

# Managing customers' accounts: "I still manage three strategic accounts myself", "handled 40
# key accounts" (not "user accounts" or "the AWS accounts": a kind of customer's account).
_MANAGING_ACCOUNTS = re.compile(
    r"\b(?i:manage|manages|managed|managing|handle|handles|handled|handling|own|owns|owned"
    r"|look[ \t]+after|looks[ \t]+after|looked[ \t]+after)[ \t]+(?:[\w$£€.,-]+[ \t]+){0,3}?"
    r"(?i:strategic|key|major|national|corporate|enterprise|customer|client|B2B|retail"
    r"|wholesale|top)[ \t]+(?i:accounts)\b"
)

# Moving systems into a cloud: "Migrated the payment platform from on-premises VMware to AWS",
# "Sponsored the migration of our .NET monolith from on-premise SQL Server to AWS", "Migración
# de servidores on-premise a Microsoft Azure", "Migratie van on-premise servers naar Azure".
_CLOUDS = (
    r"(?:AWS|Amazon[ \t]+Web[ \t]+Services|(?:Microsoft[ \t]+)?Azure|GCP|Google[ \t]+Cloud"
    r"|Oracle[ \t]+Cloud|OCI|(?i:the|a|le|la|die|de|o|a|il)?[ \t]*(?:cloud|Cloud|nube|nuvem)\b)"
)
_MIGRATING_TO_A_CLOUD = re.compile(
    r"\b(?:(?:[A-Za-z]+ed|[A-Za-z]+ing|[Ll]ead|[Oo]wn)[ \t]+(?:the|a|our|an)[ \t]+)?"
    r"(?i:migrated|migrate|migrates|migrating|migration|migrations|moved|move|moving"
    r"|migración|migraciones|migré|migrei|migração|migrações|migratie|migrazione|migrato"
    r"|migrée?s?|migriert|migrierte)\b"
    r"(?:[^.;\n]|\.(?=\S)){0,90}?\b(?i:to|into|onto|vers|a|al|à|para|naar|nach|auf|sur|na"
    r"|no|in[ \t]+die)[ \t]+[*_]*" + _CLOUDS
)

# Handling incidents: "Triage and resolve incidents and requests from the ServiceNow queue",
# "investigated P1 incidents", "resolución de incidencias", "traitement des incidents",
# "Bearbeitung von Störungen", "gestione degli incidenti", "afhandelen van storingen".
_HANDLING_INCIDENTS = re.compile(
    r"\b(?i:triage|triages|triaged|triaging|resolve|resolves|resolved|resolving|handle|handles"
    r"|handled|handling|investigate|investigates|investigated|investigating|coordinate"
    r"|coordinated|coordinating|manage|manages|managed|managing|respond[ \t]+to"
    r"|responded[ \t]+to|responding[ \t]+to|escalate|escalated|escalating)"
    r"(?:[ \t]+(?i:and|&)[ \t]+\w+)?[ \t]+(?:[\w/-]+[ \t]+){0,3}?(?i:incidents|outages)\b"
    r"|\b(?i:resolución|gestión|atención|resolução|gestão|atendimento|traitement|résolution"
    r"|gestion|Bearbeitung|Behebung|Analyse|gestione|risoluzione|afhandelen|afhandeling"
    r"|oplossen)[ \t]+(?i:de|des|das|dos|von|degli|di|dei|van)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?i:incidencias|incidentes|incidents|Störungen|Incidents|incidenti|incidenten|storingen)\b"
)
# Running training for others: "Designed and delivered classroom and e-learning training",
# "ran onboarding training for new starters", "gave Power BI training to finance".
_DELIVERING_TRAINING = re.compile(
    r"\b(?i:deliver|delivers|delivered|delivering|ran|run|runs|running|gave|give|gives|giving"
    r"|provide|provides|provided|providing|lead|leads|led|leading|conduct|conducts|conducted"
    r"|conducting|facilitate|facilitated|facilitating)[ \t]+(?:[\w&,/-]+[ \t]+){0,4}?"
    r"(?i:training|trainings|training[ \t]+sessions|courses)\b"
    r"(?![ \t]+(?i:data|set|sets|runs?|jobs?|pipelines?|loops?)\b)"
)

# Organising events, said with the person's verb: "Helped organise wedding fairs and the
# stand at regional tourism events", "Organised the annual user conference" (not "event
# logs", "events in Kafka").
_ORGANISING_EVENTS = re.compile(
    r"\b(?i:organise|organises|organised|organising|organize|organizes|organized|organizing"
    r"|plan|plans|planned|planning|host|hosts|hosted|hosting|coordinate|coordinated"
    r"|coordinating|ran|run|runs|running)[ \t]+"
    # (not a purchase's or an improvement's: "sourcing events", "kaizen events")
    r"(?:(?!(?i:sourcing|kaizen|rfx|e-?sourcing|improvement)\b)[\w&,'’/-]+[ \t]+){0,6}?"
    r"(?i:events|fairs|conferences|conference|meetups|festivals|galas|expos|trade[ \t]+shows"
    r"|open[ \t]+days|hackathons|fundraisers)\b"
    r"(?![ \t]+(?i:logs?|streams?|bus|sourcing|data|driven|handlers?|queues?|topics?)\b)"
)

# Running a project, said with the person's verb: "Led the Service Cloud roll-out", "Project
# lead for the rostering implementation", "Coordinated 40+ projects a month", "I now lead
# Business Central implementations" (not "the project team", "a project manager's").
_RUNNING_A_PROJECT = re.compile(
    r"\b(?i:led|lead|leads|leading|managed|manage|manages|managing|ran|run|runs|running"
    r"|coordinated|coordinate|coordinates|coordinating|owned|own|owns|drove|drive|drives)[ \t]+"
    r"(?:[\w/&.+'’-]+[ \t]+){0,4}?(?i:project|projects|roll-out|rollout|roll-outs|rollouts"
    r"|implementation|implementations|programme|go-live)\b"
    r"(?![ \t]+(?i:team|teams|manager|managers|board|office|sponsor)\b)"
    r"|\b(?i:project[ \t]+lead)\b(?![ \t]*['’]s)"
)

# Estimating the work: "estimated tasks and demoed", "Estimated testing effort for every
# sprint"; a noun of the practice as an item of the person's clause: "Scrum: estimaciones,
# demos", "revisione del codice, stime, pianificazione", "Schätzungen im Scrum-Team",
# "chiffrage des devis".
_ESTIMATING = re.compile(
    r"\b(?i:estimated|estimate|estimates|estimating)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?i:tasks|stories"
    r"|effort|work|features|tickets|jobs|costs|timelines|backlog|epics)\b"
    r"|\b(?i:estimaciones|estimación|estimación[ \t]+de|stime|Schätzungen|Aufwandsschätzungen?"
    r"|chiffrage|chiffrages|estimativas|estimativa|estimations|estimation[ \t]+des)\b"
)

# A budget with its amount is the person's wherever the clause puts it: "against an annual
# ingredients budget of $640k", "Green coffee budget of $1.8M".
# ("Yearly marketing plan and budget (about OMR 420,000)": an ISO currency code, bracketed)
_A_BUDGETS_AMOUNT = re.compile(
    r"\b(?i:budget|budgets)[ \t]+(?:(?i:of)[ \t]+|\()"
    r"(?:(?i:about|around|approx\.?|approximately|roughly|up[ \t]+to)[ \t]+)?"
    r"(?:[£$€]|NZ\$|A\$|CA\$|R[ \t]?|[A-Z]{3}[ \t]?)\d"
)

CLOUD_MIGRATION = "cloudmigration"
ESTIMATION = "estimation"
PROJECT_MANAGEMENT = "projectmanagement"
INCIDENT_MANAGEMENT = "incidentmanagement"
TRAINING_DELIVERY = "trainingdelivery"
CODE_REVIEW = "codereview"
END_TO_END_TESTING = "endtoendtesting"
TIME_SERIES_FORECASTING = "timeseriesforecasting"
TEXT_CLASSIFICATION = "textclassification"
DATA_CLEANING = "datacleaning"
STAKEHOLDER_MANAGEMENT = "stakeholdermanagement"
REQUIREMENTS_GATHERING = "requirementsgathering"
VENDOR_MANAGEMENT = "vendormanagement"
RECRUITING = "recruiting"
FACILITATION = "facilitation"
PUBLIC_SPEAKING = "publicspeaking"
NEGOTIATION = "negotiation"
TEACHING = "teaching"
BUDGET_MANAGEMENT = "budgetmanagement"
CONTRACT_MANAGEMENT = "contractmanagement"
EVENT_PLANNING = "eventplanning"
ACCOUNT_MANAGEMENT = "accountmanagement"


def practice_mentions(text: str, by_key: Mapping[str, CatalogTerm]) -> list[Mention]:
    """Code Review, Facilitation, Public Speaking, Negotiation, Budget Management, Contract
    Management, Recruiting, Stakeholder Management, Requirements Gathering and Vendor Management
    from what the person says they do (the phrases above)."""
    with_stakeholders = phrase_mentions(
        text,
        by_key,
        (
            (_WITH_STAKEHOLDERS, STAKEHOLDER_MANAGEMENT),
            (_WORKING_WITH_LEADERS, STAKEHOLDER_MANAGEMENT),
            (_REPORTING_TO_LEADERS, STAKEHOLDER_MANAGEMENT),
            (_REQUIREMENTS_WORK, REQUIREMENTS_GATHERING),
            (_HIRING_INTERVIEWS, RECRUITING),
            (_A_BUDGETS_AMOUNT, BUDGET_MANAGEMENT),
        ),
        lambda _t, _h: True,
    )
    return with_stakeholders + phrase_mentions(
        text,
        by_key,
        (
            (_REVIEWING_CODE, CODE_REVIEW),
            (_END_TO_END_TESTS, END_TO_END_TESTING),
            (_FORECASTING_DEMAND, TIME_SERIES_FORECASTING),
            (_CLASSIFYING_TEXT, TEXT_CLASSIFICATION),
            (_CLEANING_DATA, DATA_CLEANING),
            (_MIGRATING_TO_A_CLOUD, CLOUD_MIGRATION),
            (_HANDLING_INCIDENTS, INCIDENT_MANAGEMENT),
            (_RUNNING_A_PROJECT, PROJECT_MANAGEMENT),
            (_ESTIMATING, ESTIMATION),
            (_DELIVERING_TRAINING, TRAINING_DELIVERY),
            (_ORGANISING_EVENTS, EVENT_PLANNING),
            (_FACILITATING_WORKSHOPS, FACILITATION),
            (_SPEAKING, PUBLIC_SPEAKING),
            (_NEGOTIATING, NEGOTIATION),
            (_TEACHING, TEACHING),
            (_HOLDING_A_BUDGET, BUDGET_MANAGEMENT),
            (_MANAGING_CONTRACTS, CONTRACT_MANAGEMENT),
            (_HIRING, RECRUITING),
            (_MANAGING_STAKEHOLDERS, STAKEHOLDER_MANAGEMENT),
            (_GATHERING_REQUIREMENTS, REQUIREMENTS_GATHERING),
            (_MANAGING_SUPPLIERS, VENDOR_MANAGEMENT),
            (_MANAGING_ACCOUNTS, ACCOUNT_MANAGEMENT),
        ),
        _the_persons,
    )


def _the_persons(text: str, hit: re.Match[str]) -> bool:
    """Not someone else's ("the client reviewed the code"): the phrase opens a clause, follows
    the person or a word of theirs, or holds "I" ("a workshop I run")."""
    line_start = text.rfind("\n", 0, hit.start()) + 1
    return (
        opens_a_clause(text, hit)
        or _after_the_person(text, line_start, hit.start())
        or re.search(r"\bI\b", hit.group()) is not None
    )


def _after_the_person(text: str, line_start: int, start: int) -> bool:
    """The person, or a word of theirs, right before: "I have presented", "I run", "and
    also gave", "Helped organise"."""
    return (
        re.search(
            r"\b(?:I|I've|I'd|we|We|have|has|also|regularly|often|then|now|since|[Hh]elped"
            r"|[Hh]elp|[Hh]elps|[Hh]elping)[ \t]+(?:to[ \t]+)?"
            r"(?:(?:also|have|regularly|often|personally)[ \t]+)?$",
            text[line_start:start],
        )
        is not None
    )
