# ruff: noqa: RUF001 - letters of other languages are data here, not typos.
"""Leading a team and guiding juniors, said in a sentence rather than named: "Lead a
platform team of four engineers", "Führung eines Teams aus vier Beratern", "Responsabile
tecnico di un gruppo di 3 sviluppatori" → Leadership; "fachliche Anleitung der
Junior-Berater", "formazione dei neoassunti", "trained the assistants" → Mentoring.

Each finding is a mention (start, end, Match) at the phrase, so it is dated by the entry
that holds it, as any other mention is. Pure: no Flask, no database."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from smatrx.imports.mentions import CatalogTerm, Match, Mention

LEADERSHIP = "leadership"
MENTORING = "mentoring"
PEOPLE_MANAGEMENT = "peoplemanagement"
COACHING = "coaching"

# A count of people: digits or a number word of the languages the reader knows.
_COUNT = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf"
    r"|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze"
    r"|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce"
    r"|dois|duas|três|quatro|sete|oito|nove|dez|doze"
    r"|due|tre|quattro|sei|sette|otto|nove|dieci|dodici"
    r"|twee|drie|vijf|zes|zeven|negen|tien|twaalf)"
)
_TEAM_WORDS = (
    r"(?:team|squad|chapter|crew|group|unit|department|branch|store|ward|shift|brigade|office"
    r"|desk)"
)

# People a count names: "Lead 9 engineers", "Manage two part-time florists".
_PEOPLE = (
    r"(?:engineers|developers|testers|analysts|designers|people|consultants|scientists|SREs"
    r"|specialists|technicians|staff|nurses|agents|foremen|workers|operators|drivers"
    r"|dispatchers|supervisors|assistants|chefs|cooks|tellers|cashiers|buyers|florists"
    r"|officers|advisors|advisers|associates|coordinators|managers|planners|accountants"
    r"|clerks|volunteers|teachers|reps|representatives|administrators|architects|writers"
    r"|researchers|recruiters|juniors|apprentices|interns|trainees|baristas|waiters"
    r"|pharmacists|therapists|paramedics|surveyors|inspectors|editors|reporters|producers"
    r"|leads|leaders|juniors|BAs|QSs|PMs|APMs|personnel|freshers|newcomers|joiners|graduates"
    r"|keepers|carers|cleaners|labourers|fitters|riggers|packers|pickers|tradespeople|DBAs"
    r"|employees|schedulers|electricians|mechanics|enumerators|diggers|paralegals|programmers"
    r"|devs|personnes|personas|pessoas|persone|Personen|mensen"
    r"|hands|\w+graphers"
    r"|grads|medioren|junioren|ontwikkelaars|medewerkers"
    r"|Entwickler|Entwicklerinnen|Berater|Beraterinnen|Mitarbeitende|développeurs|analystes"
    r"|testeurs|ingénieurs|collaborateurs|techniciens|techniciennes|infirmiers|infirmières"
    r"|opérateurs|conseillers|conseillères|desarrolladores|ingenieros|analistas|técnicos"
    r"|desarrolladoras|ingenieras|programadores|programadoras|programmeurs|Techniker|Technikern"
    r"|desenvolvedores|desenvolvedoras|engenheiros|engenheiras|sviluppatori|ingegneri|analisti"
    r"|collaboratori|Lehrlinge|Lehrlingen"
    r"|estagiários|estagiárias|stagiaires|alternants|apprentis|stagisti|tirocinanti|becarios"
    r"|pasantes|stagiairs|Praktikanten|Praktikantinnen|Auszubildende"
    # agent nouns of a field: "two bioinformaticians", "three dietitians", "four chemists"
    r"|\w+ians|\w+(?<![Ll])ists)"
)

_LEADING_A_TEAM = re.compile(
    # English: "Lead a platform team of four engineers", "supervised a team of 6 dispatchers"
    r"\b(?i:lead|leads|led|leading|supervise|supervises|supervised|supervising"
    r"|head|heads|headed|heading|run|runs|ran|running|guide|guides|guided)[ \t]+"
    r"(?:(?i:and)[ \t]+\w+[ \t]+)?"  # ("Lead and develop a team of 34")
    # (a team named at length: "Led a front office and guest relations team of 24")
    r"(?:(?:a|an|the|my|our)[ \t]+)?(?:[\w&-]+[ \t]+){0,5}?"
    + _TEAM_WORDS
    + r"[ \t]+of[ \t]+"
    + _COUNT
    # teams, of people named: "Lead site teams of 4-10 archaeologists" (not "led shifts of 20")
    + r"|\b(?i:lead|leads|led|leading|supervise|supervises|supervised|supervising)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}?(?i:teams|crews|squads)[ \t]+of[ \t]+"
    + _COUNT
    + r"(?:[ \t]*[\u2013-][ \t]*\d{1,3})?[ \t]+(?:[\w-]+[ \t]+)?"
    + _PEOPLE
    + r"\b"
    # crews and gangs are people: "Led two- and three-man crews", "Supervised labour gangs of
    # up to 40"
    + r"|\b(?i:lead|leads|led|leading|supervise|supervises|supervised|supervising)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,4}?(?i:crews|gangs)\b"
    # "Lead a five-person SRE team", "Lead 9 engineers", "led twelve developers"
     + r"|\b(?i:lead|leads|led|leading|head|heads|headed|heading|supervise|supervises"
    r"|supervised|supervising)[ \t]+(?:(?i:and)[ \t]+\w+[ \t]+)?(?:a[ \t]+"
    + _COUNT
    + r"-person[ \t]+(?:[\w-]+[ \t]+){0,2}"
    + _TEAM_WORDS
    # ("supervise our two recruiting coordinators", "supervised up to six diggers", "supervise
    # the secretary, the clerk/receptionist and eight ancillary staff")
    + r"|(?:[^.;:\n]{0,60}?[ \t](?i:and)[ \t]+)?(?:(?i:our|my|the|up[ \t]+to)[ \t]+)?"
    + _COUNT
    + r"[ \t]+(?:[\w-]+[ \t]+){0,2}"
    + _PEOPLE
    + r")\b"
    # "coordinate the work of a shift of five analysts", "coordinated four technicians"
    + r"|\b(?i:coordinate|coordinates|coordinated|coordinating)[ \t]+(?:(?i:the[ \t]+work[ \t]+"
    r"of)[ \t]+)?(?:(?i:a|an|the|my|our)[ \t]+"
    + _TEAM_WORDS
    + r"[ \t]+of[ \t]+)?"
    + _COUNT
    + r"[ \t]+(?:[\w-]+[ \t]+){0,2}"
    + _PEOPLE
    + r"\b"
    # A lead of a team of a number: "Responsible for a team of two QSs", "Shift leader from
    # 2017 for a team of 8-12 nurses", "Lead QA for a lean team of three testers"; running
    # something with one: "Run a $9.2m store with a team of 28"
    + r"|\b(?:[\w-]+[ \t]+)?(?i:leader|lead|head|supervisor|responsible|run|runs|ran|manage"
    r"|manages|managed)\b(?:[^.;\n]|\.\d){0,30}?\b(?i:for|with)[ \t]+(?i:a|an|my|our)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}?"
    + _TEAM_WORDS
    + r"[ \t]+of[ \t]+"
    + _COUNT
    # German: "Führung eines Teams aus vier Beratern", "Fachliche Leitung von zwei Data
    # Scientists", "Leitung eines Teams von 5 Entwicklern"
    + r"|\b(?:(?:[Ff]achliche|[Tt]echnische|[Dd]isziplinarische)[ \t]+)?"
    r"(?:Führung|Leitung|Teamleitung)[ \t]+(?:eines[ \t]+(?:\w+[ \t]+)?\w*[Tt]eams[ \t]+"
    r"(?:aus|von|mit)[ \t]+(?:bis[ \t]+zu[ \t]+)?|von[ \t]+)"
    + _COUNT
    # "Teamleiter für vier Techniker", "Teamleiterin von fünf Entwicklerinnen"
    + r"|\b(?:[Tt]eamleiter|[Tt]eamleiterin|[Gg]ruppenleiter|[Gg]ruppenleiterin|[Tt]eamleider"
    r")[ \t]+(?:für|von|van)"
    r"[ \t]+"
    + _COUNT
    # German compounds of "-leitung" with a number of people: "Teilprojektleitung Finanzen mit
    # fünf Personen"
    + r"|\b\w*[Ll]eitung\b[^.;\n]{0,40}?(?:\bmit[ \t]+(?:bis[ \t]+zu[ \t]+)?|\()"
    + _COUNT
    + r"[ \t]+(?:Personen|Mitarbeite\w*|Berater\w*|Beratende\w*|Entwickler\w*|Kolleg\w*|Testern?)"
    # Italian: "Responsabile tecnico di un gruppo di 3 sviluppatori", "guida di un team di 4"
    + r"|\b(?:[Rr]esponsabile|[Cc]oordinatore|[Cc]oordinatrice|[Gg]uida|[Gg]estione|[Cc]oordino"
    r"|[Tt]eam[ \t]+leader"
    r"|[Gg]uido|[Gg]estisco|[Dd]irigo|[Cc]oordinavo|[Gg]uidavo|[Cc]oordinamento)[ \t]+"
    r"(?:tecnic[oa][ \t]+)?(?:(?:di|del|della)[ \t]+)?(?:un|una)?[ \t]*(?:piccol[oa][ \t]+)?"
    r"(?:gruppo|team|squadra)"
    r"[ \t]+di[ \t]+"
    + _COUNT
    # Spanish and Portuguese: "Lideré un equipo de 5", "Liderança de uma equipa de 4"
    + r"|\b(?:[Ll]ider(?:é|o|aba|ando|ei|ança[ \t]+de)|[Dd]irig(?:í|ía)|[Cc]oordin(?:é|ei|ación"
    r"[ \t]+de|ação[ \t]+de)|[Gg]estion(?:é)|[Gg]eri|[Aa][ \t]+cargo[ \t]+de)[ \t]+"
    r"(?:un|una|uma|um|el|o|a)?[ \t]*(?:equipo|equipa|equipe|time|grupo|squad)[ \t]+de[ \t]+"
    + _COUNT
    # "Lidero a dos analistas junior", "Líder técnica de un equipo de tres desarrolladores"
    + r"|\b(?:[Ll]idero|[Ll]ideré|[Ll]ideraba|[Dd]irijo|[Dd]irigí|[Cc]oordino|[Cc]oordiné"
    r"|[Ss]uperviso|[Ss]upervisé|[Ll]idero|[Ll]iderei|[Cc]oordeno|[Cc]oordenei)[ \t]+(?:a[ \t]+)?"
    + _COUNT
    + r"[ \t]+(?:[\w-]+[ \t]+)?"
    + _PEOPLE
    + r"|\b(?:[Ll][ií]der(?:[ \t]+técnic[oa])?|[Tt]eam[ \t]+leader)[ \t]+de[ \t]+"
    r"(?:un|una|uma|um)[ \t]+(?:equipo|equipa|equipe|time)[ \t]+de[ \t]+"
    + _COUNT
    # French: "Management d'une équipe de 6", "Encadrement d'une équipe de quatre"
    + r"|\b(?:[Mm]anagement|[Ee]ncadrement|[Dd]irection|[Pp]ilotage)[ \t]+d['’]une[ \t]+"
    r"équipe[ \t]+de[ \t]+"
    + _COUNT
    # "Encadrement de quatre analystes", "Management de six développeurs"
    + r"|\b(?:[Mm]anagement|[Ee]ncadrement|[Dd]irection)[ \t]+de[ \t]+"
    + _COUNT
    + r"[ \t]+(?![\w-]+[ \t]+juniors?\b)(?:[\w-]+[ \t]+)?"  # (juniors: mentoring)
    + _PEOPLE
    # "J'encadre trois équipes produit", "Je dirige deux équipes"
    + r"|\b(?:[Jj]['’][ \t]*)?(?:[Ee]ncadre|[Ee]ncadrais|[Ee]ncadré|[Dd]irige|[Dd]irigeais"
    r"|[Mm]anage|[Pp]ilote)[ \t]+"
    + _COUNT
    + r"[ \t]+équipes\b"
    # "Cheffe d'équipe de trois analystes SOC"
    + r"|\b[Cc]hef(?:fe)?[ \t]+d['’]équipe[ \t]+(?:de|d['’])[ \t]*"
    + _COUNT
    # Dutch: "Leiding aan een team van 5", "leidinggeven aan vier testers", "leiding over
    # twee systeembeheerders"
    + r"|\b(?:[Ll]eiding|[Ll]eidinggeven)[ \t]+(?:aan|over)[ \t]+"
    + r"(?:een[ \t]+team[ \t]+van[ \t]+)?"
    + _COUNT,
)

# Leading a team named by what it does, without a count, at a clause's start: "Led the
# platform team through the migration", "Dirige l'équipe QA", "Liderança técnica da equipa de
# plataforma", "Leitung des Plattform-Teams", "Lidero el equipo de backend", "leid het
# datateam"; and "Technische Leitung der MLOps-Plattform".
_LEADING_THE_TEAM = re.compile(
    r"\b(?i:lead|leads|led|leading|head|heads|headed|heading|supervise|supervises|supervised"
    r"|supervising|manage|manages|managed|managing|run|runs|ran|running)[ \t]+"
    r"(?:(?i:the|a|an|my|our)|"
    + _COUNT
    + r")[ \t]+(?:[\w/+#.-]+[ \t]+){0,4}?(?i:teams|team|squads|squad|chapter|tribe|guild"
    r"|practice)"
    # (the team ends its phrase: not "ran the team retros", "managed the team's budget")
    r"(?=[ \t]*(?:[.,;:()\n]|$)|[ \t]+(?i:of|at|for|in|on|through|to|and|from|across|that"
    r"|which|with|during|while|since|responsible)\b)"
    # "Took the helm of the four-person "combat strike team""
    r"|\b(?i:took|take|takes|taking|at)[ \t]+the[ \t]+helm[ \t]+of[ \t]+(?:the|a|an|our|my)[ \t]+"
    r"[^.;:\n]{0,40}?(?i:team|squad|crew)\b"
    r"|\b(?:[Dd]iriger|[Dd]irige|[Dd]irigé|[Dd]irigée|[Dd]irigeais|[Dd]irection|[Ee]ncadrement"
    r"|[Ee]ncadrer|[Ee]ncadre|[Mm]anagement|[Pp]ilotage|[Aa]nimation|[Cc]oordination"
    r"|[Rr]esponsable(?:[ \t]+technique)?)[ \t]+(?:de[ \t]+l['’]|d['’]une[ \t]+|l['’]|une[ \t]+"
    r"|(?:de[ \t]+)?mon[ \t]+|(?:de[ \t]+)?la[ \t]+)(?:petite[ \t]+)?équipe\b"
    r"|\b(?:[Ll]ider(?:o|é|aba|ar|ando|azgo(?:[ \t]+técnico)?[ \t]+del?)|[Dd]irijo"
    r"|[Dd]irig(?:í|ía|ir|iendo)|[Dd]irección[ \t]+del?|[Cc]oordin(?:o|é|aba|ar|ación[ \t]+del?)"
    r"|[Rr]esponsable(?:[ \t]+técnic[oa])?[ \t]+del?)[ \t]+(?:(?:el|un|mi|la|una)[ \t]+)?"
    r"(?:equipo|squad)\b"
    r"|\b(?:[Ll]ider(?:o|ei|ava|ar|ando|ança(?:[ \t]+técnica)?[ \t]+d[aoe])|[Cc]oorden(?:o|ei"
    r"|ava|ar|ação[ \t]+d[aoe])|[Rr]esponsável[ \t]+pel[ao]|[Gg]estão[ \t]+d[aoe]|[Cc]hefi(?:o|ei))"
    r"[ \t]+(?:(?:a|o|uma|um|minha)[ \t]+)?(?:equipa|equipe|time)\b"
    r"|\b(?:[Gg]uid(?:o|avo|are|ato)|[Gg]uida[ \t]+del(?:l[oa])?|[Dd]irig(?:o|evo)"
    r"|[Cc]oordin(?:o|avo|amento[ \t]+del(?:l[oa])?)"
    r"|(?:[Rr]esponsabile|[Rr]eferente)(?:[ \t]+tecnic[oa])?[ \t]+del(?:l[oa])?"
    r"|[Gg]estione[ \t]+del(?:l[oa])?)[ \t]+(?:(?:il|un|mio|lo|una)[ \t]+)?"
    r"(?:team|gruppo|squadra)\b"
    r"|\b(?:(?:[Ll]eite|[Ll]eitete|[Ff]ühre|[Ff]ührte)(?:[ \t]+ich)?"
    r"|(?:(?:[Tt]echnische|[Ff]achliche|[Dd]isziplinarische)[ \t]+)?(?:Leitung|Führung))"
    r"[ \t]+(?:des|der|eines|einer|das|ein|mein|meines|unser|unseres)[ \t]+(?:[\w-]+-)?Teams?\b"
    r"|\b(?:[Tt]echnische|[Ff]achliche)[ \t]+(?:Leitung|Führung)\b"
    r"|\b(?:[Ll]eid|[Ll]eidde|[Ll]eidt|[Ll]eiden|[Aa]ansturen[ \t]+van|[Ll]eiding[ \t]+(?:geven"
    r"[ \t]+)?aan|[Ss]tuur(?:de)?(?:[ \t]+ik)?)[ \t]+(?:het|een|mijn|ons)[ \t]+(?:[\w-]+[ \t]+)?"
    r"[\w-]*team\b"
)

# Managing a team of a number of people is managing people, and leading them: "Managed a
# support team of 6", "Manage two part-time florists".
_MANAGING_A_TEAM = re.compile(
    # "Line-manage and mentor our junior administrator"
    r"\b(?i:line[ \t-]manage|line[ \t-]manages|line[ \t-]managed|line[ \t-]managing)\b|"
    # "Line manager for five engineers"
    r"\b(?i:line[ \t-]manager)[ \t]+(?i:for|of|to)[ \t]+" + _COUNT + r"\b|"
    # ("Employ 3 full-time workers and up to 8 seasonal pickers": the person's own staff)
    r"\b(?i:employ|employs|employed)[ \t]+(?:(?i:up[ \t]+to|about|around)[ \t]+)?"
    + _COUNT
    + r"[ \t]+(?:[\w-]+[ \t]+){0,2}"
    + _PEOPLE
    + r"\b|"
    r"\b(?i:(?:line[ \t-])?(?:manage|manages|managed|managing))[ \t]+(?:(?:a|an|the|my|our)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}"
    + _TEAM_WORDS
    + r"[ \t]+of[ \t]+"
    + _COUNT
    + r"|"
    + _COUNT
    + r"[ \t]+(?:[\w-]+[ \t]+){0,2}"
    + _PEOPLE
    + r")\b"
)

# People who report to the person: "nine department heads report to me", "two line managers
# reporting to me".
_REPORTING_TO_ME = re.compile(
    r"\b(?i:report|reports|reporting)[ \t]+(?i:directly[ \t]+)?to[ \t]+me\b"
)

# Being a team's lead, said as a role on a line of its own or opening a bullet: "Firmware
# lead for a wearable infusion monitor", "Lead engineer on the operations data platform",
# "IEC 62304 software lead: ...".
_A_LEAD_ROLE = re.compile(
    r"(?m:^[ \t]*(?:[-*\u2022\u00b7][ \t]*)?)"
    # (after a start: "Since 2022 I have been survey lead for the new port project", "From
    # 2019, night shift laboratory team leader supervising three technicians")
    r"(?:(?i:since|from)[ \t]+(?:[\w'’]+[ \t]+){0,3}?(?:19|20)\d\d,?[ \t]+"
    r"(?:I[ \t]+(?:have[ \t]+been|had[ \t]+been|was|am|became)[ \t]+)?(?:(?i:the|a)[ \t]+)?)?"
    # (not someone else named by the role: "Our tech lead, a real coffee maven, made sure")
    r"(?!(?:[-*\u2022\u00b7][ \t]*)?(?i:our|the|my|their|his|her|your)\b)"
    # (or a trade's: "Foreman for crews of 4 to 8", "Lead hand on larger houses")
    r"(?:(?:[\w+#/.-]+[ \t]+){0,3}?(?i:lead|team[ \t]+leader|shift[ \t]+leader|foreman"
    r"|forewoman|lead[ \t]+hand|charge[ \t]+hand)"
    r"|(?i:lead)[ \t]+(?:[\w+#/.-]+[ \t]+){0,2}?"
    r"(?i:engineer|developer|dev|architect|analyst|scientist|designer|consultant|tester"
    r"|programmer|technique|técnico|técnica|tecnico|développeur|développeuse|desarrollador"
    r"|desarrolladora|desenvolvedor|desenvolvedora|sviluppatore|ontwikkelaar|Entwickler"
    r"|Entwicklerin))"
    r"(?=[ \t]*(?::|,|[ \t]+(?:for|on|of|across|during|supervising|managing|leading|de|du|des"
    r"|d['’]|van|von|di|del|da|do)\b))"
)

# A series of verbs of work with people, ending on the people: "Recruit, coach and
# performance-manage 12 store managers", "recruited, coached and ran appraisals", "hired,
# trained and mentored two analysts". Each verb names its skill (_SERIES_VERBS).
_SERIES_VERBS = {
    "recruit": "recruiting", "recruited": "recruiting", "hire": "recruiting",
    "hired": "recruiting", "coach": "coaching", "coached": "coaching",
    "mentor": "mentoring", "mentored": "mentoring", "performance-manage": "performancemanagement",
    "performance-managed": "performancemanagement", "appraise": "performancemanagement",
    "appraised": "performancemanagement", "ran appraisals": "performancemanagement",
    "run appraisals": "performancemanagement", "line-manage": "peoplemanagement",
    "line-managed": "peoplemanagement",
}  # fmt: skip
_SERIES_VERB = (
    r"(?i:recruit|recruited|hire|hired|coach|coached|mentor|mentored|performance-manage"
    r"|performance-managed|appraise|appraised|line-manage|line-managed|train|trained|develop"
    r"|developed|onboard|onboarded|support|supported|ran[ \t]+appraisals|run[ \t]+appraisals)"
)
_VERB_SERIES = re.compile(
    rf"\b{_SERIES_VERB}(?:[ \t]*,[ \t]*{_SERIES_VERB})*[ \t]*,?[ \t]+and[ \t]+{_SERIES_VERB}"
    r"(?:[ \t]+(?:(?:a|an|the|my|our|"
    + _COUNT[3:-1]
    + r")[ \t]+)(?:[\w-]+[ \t]+){0,2}"
    + _PEOPLE
    + r"\b|(?=[ \t]*[.;,\n]|$))"
)

# Coaching or mentoring people, whoever they are: "Coach two junior BAs", "coached two
# graduate analysts", "coach squad leads on estimation", "Regularly mentor newly licensed
# agents", "Begeleiden van medior developers", "coaching van medioren en junioren",
# "mentorat de deux alternants", "Mentoria de dois estagiários".
_COACH_VERB = r"(?i:coach|coaches|coached|coaching)"
_MENTOR_VERB = (
    r"(?:(?i:mentor|mentors|mentored|mentoring|mentorship[ \t]+of|mentorat|mentoria|mentoría"
    r"|begeleiden|begeleid|begeleidde|begeleiding)"
    r"|(?:[Ff]achliche[r]?[ \t]+)?Mentor(?:in)?[ \t]+für)"
)
_PEOPLE_OBJECT = r"(?:(?i:van|de|d['’]|of)[ \t]*)?(?:(?:[\w-]+|\d+)[ \t]+){0,3}?" + _PEOPLE + r"\b"
# (or one person: "line manage a bid coordinator and coach her on writing")
_COACHING_PEOPLE = re.compile(
    rf"\b{_COACH_VERB}[ \t]+(?:" + _PEOPLE_OBJECT + r"|(?i:her|him|them)[ \t]+(?i:on|in|through)\b)"
)
# Whom a person mentors may be anyone: "mentor younger translators", "mentoring young women
# in tech", "mentor others" (not things: "servers", "containers").
_MENTEES = (
    r"(?:students|pupils|women|girls|boys|teenagers|teens|youth|kids|children|others|peers"
    r"|\w{3,}(?<!serv)(?<!contain)(?<!comput)(?<!print)(?<!rout)(?<!play)(?<!us)(?:ers|ors))"
)
_MENTORING_PEOPLE = re.compile(
    rf"\b{_MENTOR_VERB}[ \t]+(?:"
    + _PEOPLE_OBJECT
    + r"|(?:(?:[\w-]+|\d+)[ \t]+){0,3}?"
    + _MENTEES
    + r"\b)"
)
# The one the person mentors, before the verb: "a coordinator, whom I now mentor", "four
# interns whom I train and supervise" (the "I" makes it the person's wherever it stands).
_WHOM_I_MENTOR = re.compile(r"\b(?i:whom|who)[ \t]+I[ \t]+(?:\w+[ \t]+)?(?i:mentor|coach|train)\b")
# Being a mentor as a role: "Volunteer mentor, Bangladesh Olympiad in Informatics", "Mentor
# with Women in Aviation International", "**Code Club Aotearoa mentor**, Napier Library".
_A_MENTOR_ROLE = re.compile(
    r"\b(?i:volunteer|voluntary|peer|industry|club|programme|program|student|startup|career"
    r"|community)[ \t]+(?i:mentor)\b"
    r"|\b(?i:mentor)[ \t]+(?:with|at|for)[ \t]+(?:the[ \t]+)?[A-Z]"
    r"|(?m:^[ \t*_]*(?:[A-Z][\w&.'’-]*[ \t]+){1,4}(?i:mentor)(?=[ \t*_]*(?:[,(\u2013\u2014-]|$)))"
)

# Guiding the newest: a word of training or guidance, then (within a few words) juniors,
# new hires, trainees or assistants.
_GUIDING_JUNIORS = re.compile(
    r"\b(?:(?:[Ff]achliche|[Tt]echnische)[ \t]+)?"
    r"(?:(?i:trained|training|train|trains|coach|coaches|coached|coaching|guide|guides|guided"
    r"|guiding|onboarded|onboarding|pair|pairs|paired|pairing"
    r"|supervise|supervises|supervised|supervising|mentor|mentora|mentore|tutor|tutora"
    r"|tutrice|tuteur|tutore|tutorin"
    r"|preceptor)|[Ee]ncadrement|[Aa]ccompagnement|[Ff]ormation|[Aa]nleitung"
    r"|[Bb]etreuung|[Ee]inarbeitung|[Ff]ormazione|[Aa]ffiancamento|[Tt]utoraggio"
    r"|[Bb]egeleiding|[Ff]ormación|[Aa]compañamiento|[Cc]apacitación|[Oo]rientação|[Tt]utorat"
    r"|[Ss]uivi"
    r"|[Ff]ormação|[Aa]companhamento|[Aa]compa(?:nh|ñ)(?:o|ei|é|ava|aba|ar)|[Ee]ncadr(?:e|é|ais"
    r"|er)|[Aa]ccompagn(?:e|é|ais|ait|er)|[Bb]etreu(?:e|te)|[Bb]egeleid(?:de|en)?)"
    r"[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(?:junior|juniors|new[ \t]+hires|neoassunti|neoassunte|apprentices?|interns?|trainees?"
    r"|graduates|assistants|stagiaires|alternants|jeunes|Werkstudent(?:in|en|innen)?"
    r"|Praktikant(?:in|en|innen)?|Auszubildenden|Junior-\w+|stagisti|tirocinanti|becarios"
    r"|Kolleginnen|Kollegen|cadets|graduate|freshers|newly[ \t]+\w+"
    # new colleagues of a trade: "training new L1 analysts" (not "training new starters" or
    # "new front-desk staff": showing anyone the ropes), "affiancamento dei nuovi tecnici",
    # "nieuwe collega's"
    r"|new[ \t]+(?:[\w-]+[ \t]+)?(?:analysts|engineers|developers|technicians|agents|nurses)"
    r"|(?:nuovi|nuove|nouveaux|nouvelles|nuevos|nuevas|novos|novas|nieuwe|neuen?)[ \t]+"
    r"(?:tecnici|colleghi|colleghe|assunti|dipendenti|collaboratori|arrivants|collègues"
    r"|collaborateurs|employés|recrues|empleados|compañeros|colaboradores|colegas"
    r"|funcionários|collega['’]s|collegas|medewerkers|Kollegen|Kolleginnen|Mitarbeitende\w*"
    r"|Mitarbeiter\w*)"
    r"|pasantes|estagiários|estagiárias|juniores|júnior|júniores|stagiairs|students|student"
    r"|doctorants"
    r"|doktoranden|tesistas|tesisti|apprenti|apprentie|apprentis|Lehrling\w*|\w*stagiair(?:s|es)?"
    r"|(?:Master|Bachelor|Abschluss|Diplom)arbeiten)\b"
)


# Before the phrase on its line: nothing, a bullet, a clause's boundary or the person.
# (a line's start anywhere in the text: the pattern is searched from the line's start)
CLAUSE_OPENING = re.compile(
    # (or a column's gap: "Competenze organizzative      Coordinamento di un gruppo di 4")
    r"(?:^|[;•*·,.:(|\u2013\u2014-]|[ \t]{3}|\t|\b(?:and|I|also|where I|und|e|et|y|en|[Jj]e|ich|ik)"
    r"|\b[Jj]['’])[ \t]*"
    # a start in the clause: "(dal 2023 referente tecnica del team ordini)", "since 2021, lead",
    # "Sinds mijn promotie tot lead in juni 2024 stuur ik …"
    r"(?:(?i:since|from|seit|ab|depuis|dès|desde|dal|da|vanaf|sinds)[ \t]+(?:[\w'’]+[ \t]+){0,6}?"
    r"(?:19|20)\d\d,?[ \t]+)?"
    # ("Regularly mentor newly licensed agents", "; now lead a security team of three")
    # ("desde 2023 sou mentor dos programadores juniores")
    r"(?:[A-Za-z]+ly[ \t]+|(?i:now|also|then|still|have|had|sou|soy|sono|bin|ben|suis)[ \t]+)?"
    # a promotion to the role: "Em 2019 fui promovido a team leader de uma equipa de três"
    r"(?:(?:(?:(?:[Ee]m|[Ee]n|[Ii]n)[ \t]+(?:19|20)\d\d[ \t]+)?(?:(?:I[ \t]+)?was|fui|fue)[ \t]+)?"
    r"(?i:promoted[ \t]+to|promovid[oa][ \t]+a|ascendid[oa][ \t]+a|promu[e]?[ \t]+)[ \t]*)?$",
    re.MULTILINE,
)


def people_skill_mentions(text: str, by_key: Mapping[str, CatalogTerm]) -> list[Mention]:
    """Leadership from leading a team of a number of people, People Management and
    Leadership from managing one; Mentoring from training or guiding juniors, new hires or
    trainees."""
    found: list[Mention] = []
    for series in _VERB_SERIES.finditer(text):
        if not opens_a_clause(text, series):
            continue
        for verb in re.finditer(_SERIES_VERB, series.group()):
            key = _SERIES_VERBS.get(re.sub(r"\s+", " ", verb.group().casefold()))
            term = by_key.get(key) if key else None
            if term is not None:
                start = series.start() + verb.start()
                match = Match(term.skill_id, term.name, verb.group(), False, 100.0)
                found.append((start, series.start() + verb.end(), match))
    # (only the person's clause counts: "The client's CTO led a team of 40" is not theirs)
    found.extend(
        phrase_mentions(
            text,
            by_key,
            (
                (_LEADING_A_TEAM, LEADERSHIP),
                (_A_LEAD_ROLE, LEADERSHIP),
                (_LEADING_THE_TEAM, LEADERSHIP),
                (_MANAGING_A_TEAM, PEOPLE_MANAGEMENT),
                (_MANAGING_A_TEAM, LEADERSHIP),
                (_GUIDING_JUNIORS, MENTORING),
                (_MENTORING_PEOPLE, MENTORING),
                (_A_MENTOR_ROLE, MENTORING),
                (_COACHING_PEOPLE, COACHING),
            ),
        )
    )
    found.extend(
        phrase_mentions(
            text,
            by_key,
            (
                (_WHOM_I_MENTOR, MENTORING),
                (_REPORTING_TO_ME, PEOPLE_MANAGEMENT),
                (_REPORTING_TO_ME, LEADERSHIP),
            ),
            _anywhere,
        )
    )
    return found


def _anywhere(_text: str, _hit: re.Match[str]) -> bool:
    return True


def opens_a_clause(text: str, hit: re.Match[str]) -> bool:
    """Nothing but a bullet, a clause's boundary or the person before the phrase on its line."""
    line_start = text.rfind("\n", 0, hit.start()) + 1
    return CLAUSE_OPENING.search(text, line_start, hit.start()) is not None


def phrase_mentions(
    text: str,
    by_key: Mapping[str, CatalogTerm],
    patterns: Iterable[tuple[re.Pattern[str], str]],
    the_persons: Callable[[str, re.Match[str]], bool] = opens_a_clause,
) -> list[Mention]:
    """A mention of the skill keyed beside each pattern at every phrase it finds that
    `the_persons` says is the person's own."""
    found: list[Mention] = []
    for pattern, key in patterns:
        term = by_key.get(key)
        if term is None:
            continue
        for hit in pattern.finditer(text):
            if the_persons(text, hit):
                match = Match(term.skill_id, term.name, hit.group(), False, 100.0)
                found.append((hit.start(), hit.end(), match))
    return found
