"""The grammar words the ownership rules parse a clause with: what stands inside a noun
phrase, prepositions, relative pronouns and adverbs, the verbs of a relative clause about
another party, the nouns of organisations, in the languages the import reads. Data. Pure:
no Flask, no database."""

from __future__ import annotations

from smatrx.imports.ownership_words import word_set

# What may stand between a preposition or verb and the noun it governs: articles (of the
# other languages too: "Un client își scria ...", "başka bir ekibin"), determiners, numbers
# and the adjectives of another party ("external", "previous", "partner").
NOUN_PHRASE_WORDS = word_set(
    """
    un une uma um una uno el la le les il lo het een der die das ein eine bir egy
    # (Spanish, Portuguese and Italian plural articles: "los desarrolladores lo implementan")
    los las os gli
    the a an our their his her its my your another other one two three four five six
    several some many all both each every few external outside previous former new
    sister partner
    """
)
# Prepositions: a noun after one is governed by it, not a clause's subject ("for the
# client", "a team of 6 developers").
PREPOSITIONS = word_set(
    """
    of about among under over into via than like with for to from by at in on during
    through across within between behind beside inside outside towards toward per using
    """
)
# A relative clause about a party the person works with or hands work to ("Hand the logs
# to the operations centre, which runs ...", "avec l'équipe mobile, qui développe ...",
# "with the auditors, whose analytics team tests ..."): the prepositions of working with
# or handing to, the relative pronouns of the languages whose verb follows them, and the
# verbs of making, running or using a technology after them.
COUNTERPART_PREPOSITIONS = word_set(
    "with to for avec à au aux com con para "
    # Spanish and Italian "a" with the article ("al reparto"), Dutch and German "with", "to"
    "al alla allo ai agli met mit aan"
)
# ... but "for" after these is the person's employer: "Worked for the platform team, which".
EMPLOYED_BEFORE_FOR = word_set("work works worked working")
# Verbs of moving into a team: "to" after them is joining it, the person's ("Moved to the
# data team, which uses Spark", "Promoted in 2021 to the platform team, which runs ...").
JOINING_VERBS = word_set(
    """
    moved move transferred transfer promoted seconded returned switched rotated assigned
    reassigned posted relocated brought hired recruited
    muté mutée affecté affectée transféré transférée promu promue transferido transferida
    promovido promovida trasladado trasladada asignado asignada
    """
)
# Dutch and German "with" and "for" and the articles after them, before a team the name
# qualifies ("met het FPGA-team", "mit dem SAP-Team", "für das BI-Team").
WITH_WORDS = word_set("met mit voor für")
WITH_ARTICLES = word_set("het de dem der den das")
RELATIVE_PRONOUNS = word_set("which who that qui que che dat welches welche")
# Relative pronouns of Dutch and German, whose verb ends the clause, after the name ("met
# het FPGA-team, dat in VHDL ontwikkelt"). ("die", "der" are articles as often: left out.)
VERB_FINAL_RELATIVES = word_set("dat das welches welche")
# Adverbs between a relative pronoun and its verb ("which still runs", "che lavorava
# ancora"); words ending in "-ly" or "-mente" are read as adverbs as well.
RELATIVE_ADVERBS = word_set(
    """
    also still now already aussi também también ancora encore toujours todavía aún ainda
    noch nog ook auch anche già déjà ya já
    """
)
WHOSE_PRONOUNS = word_set("whose dont cuyo cuya cujo cuja")
RELATIVE_VERBS = word_set(
    """
    maintain maintains run runs own owns build builds write writes develop develops
    operate operates host hosts manage manages administer administers support supports
    implement implements create creates design designs use uses test tests train trains
    # French, Spanish, Portuguese, Italian
    développe développent gère gèrent maintient maintiennent utilise utilisent exploite
    exploitent construit construisent teste testent entraîne entraînent
    usa usan desarrolla desarrollan mantiene mantienen gestiona gestionan opera operan
    usam desenvolve desenvolvem mantém mantêm gerencia gerenciam operam treina treinam
    usano sviluppa sviluppano gestisce gestiscono
    """
)
# Organisations a person deals with, named by what they are, not by a party's noun: only
# as the one a relative clause is about, after "with" or "to" (elsewhere they are as often
# the person's employer: "Joined the children's hospital, which runs Epic").
ORGANISATION_NOUNS = word_set(
    """
    centre center centres centers hospital hospitals clinic clinics office offices bank
    banks insurer insurers firm firms company companies authority authorities ministry
    council university school regulator regulators auditor auditors operator operators
    carrier carriers
    hôpital clinique banque société entreprise cabinet centro clínica empresa banco
    """
)
# A place that hosts the person's machines, not a party: "the new data centre, which runs
# VMware".
PLACE_MODIFIERS = word_set("data")
# Another party named by being outside the person's organisation, whatever its noun: "built
# by an external firm", "door een extern bureau gebouwd", "par une société externe".
EXTERNAL_MARKERS = word_set(
    """
    external outside third-party offshore outsourced extern externe externen externer
    externes externo externa externos externas esterno esterna esterni
    terceirizada terceirizado terceirizadas terceirizados tercerizada tercerizado
    subcontratada subcontratado subcontratista sous-traitant sous-traitante
    """
)
# A third party's possessive: "their dashboards", "sus informes", "leurs rapports".
THEIR_WORDS = word_set(
    """
    their its sus su leurs leur ses seus suas seu sua ihre ihren ihrem ihrer ihres
    loro hun hunne deras
    """
)
# The past of the verbs of a relative clause on a party ("whose models ran in SAS", "che
# lavorava in SAS", "que desarrollaba en Kotlin"), and Dutch and German verbs that end it.
PAST_RELATIVE_VERBS = word_set(
    """
    ran used built wrote maintained developed managed operated hosted owned kept
    lavorava lavoravano usava usavano utilizzava utilizzavano sviluppava sviluppavano
    gestiva gestivano
    trabajaba trabajaban usaba usaban desarrollaba desarrollaban mantenía mantenían
    gestionaba gestionaban
    trabalhava trabalhavam usavam desenvolvia desenvolviam mantinha mantinham
    travaillait travaillaient utilisait utilisaient développait développaient gérait
    géraient
    entwickelt entwickelte entwickeln nutzt nutzte nutzen verwendet verwendete betreibt
    ontwikkelt ontwikkelde ontwikkelen gebruikt gebruikte beheert beheerde
    """
)
# Verbs of working in a technology, in a relative clause on a party ("qui travaille en").
WORKING_VERBS = word_set(
    "work works travaille travaillent trabaja trabajan trabalha trabalham lavora lavorano "
    "arbeitet arbeiten arbeitete arbeiteten werkt werken werkte werkten"
)
# Words that end a line only when its sentence goes on in the next (a PDF's wrapped line).
WRAPPING_WORDS = word_set(
    "de del des du di da do of en in para sur con com mit"
    # (and a determiner or a preposition of English: "fix the defects in their\nJava code")
    " the their its his her on to with by at from into for"
)
