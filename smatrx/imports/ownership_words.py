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
    """
)
# Not: "; meie tiim seda ei puutu", "; sam SAP-a ne ...", "and I have never touched it".
NEGATIONS = word_set(
    """
    never not n't no don't doesn't didn't haven't ne nie не ні nem nu non nicht niet inte ikke
    ei hindi không δεν dont ez
    """
)
# Words that open a clause about the person: "; I only called its API", ", and we read it".
FIRST_PERSON_SUBJECTS = word_set(
    "i we je nous j' ich wir ik wij yo nosotros io noi eu nós jag vi jeg ja já minä mä "
    "ben biz én mi jo nosaltres saya aku kami kita ek ons eg ég mina es aš jaz "
    "я ми мы аз ние εγώ εμείς tôi chúng ma meie nik ni gu guk"
)

# Who else acts in a résumé: clients, vendors, colleagues, other teams' people — as the
# subject of a verb, a passive's agent or an owner ("the client's Kafka platform"), what
# they use is theirs (smatrx.imports.ownership). Not the employer's words (company, bank,
# hospital): what an employer runs, its employees often use too; nor "provider", which is
# as often software ("a Terraform provider", "the identity provider").
AGENT_NOUNS = word_set(
    """
    client clients customer customers partner partners vendor vendors supplier suppliers
    contractor contractors subcontractor subcontractors agency agencies studio studios lab labs
    laboratory laboratories consultancy consultancies consultant consultants
    integrator integrators outsourcer outsourcers freelancer freelancers developer developers
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
    """
)
# The same parties as owners, as their languages write a genitive ("leverantörens
# Java-applikation", "des Kunden Java-Anwendung").
AGENT_POSSESSIVES = word_set(
    """
    leverantörens kundens konsultens partnerns byråns leverandørens klientens
    asiakkaan toimittajan kumppanin
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
    """
)
# "By" of a passive, in the languages résumés are written in: "mantido pelo time de TI",
# "géré par l'équipe", "betreut von", "beheerd door", "gestito da", "förvaltas av".
PASSIVE_BY_WORDS = word_set(
    "by pelo pela pelos pelas por par von durch door da dal dalla dai dagli av af przez do от oleh"
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
SUBJECT_TEAM_NOUNS = word_set("team teams equipa equipas equipe equipo équipe squadra")
