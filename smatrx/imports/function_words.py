"""The function words of languages other than English, and English's own: what tells the
import which language a sentence is written in, and how those languages join the items of a
list or make a noun of two words. Data. Pure: no Flask, no database."""

from __future__ import annotations

from smatrx.imports.ownership_words import word_set

# Function words of French, Spanish, Italian, Portuguese, Dutch and German: a sentence made
# of these is not English, and there an ambiguous name ("vite", "Tableau de bord", "con
# Julia", "Leo a Kafka") counts only as an item of a list of technologies. Words that are
# English as well ("a", "die", "per", "met", "van", "come", "son", "is") are left out.
GERMAN_FUNCTION_WORDS = word_set(
    """
    der das und mit für nicht ist ein eine einen einem einer wir ich auf auch wurde bei zum
    zur im vom dem den des sich sind war habe gehört immer mein meine unser unsere oder
    """
)
FOREIGN_FUNCTION_WORDS = word_set(
    """
    de en le les des du aux et une je nous vous avec pour dans sur que qui pas sont était est ce ces
    cette mes nos leur au très
    el los las y con por para del una es muy pero como nuestra nuestro mis sus al lo ya
    il della di che gli sono mio nostra nostro nel nella dei delle degli anche alla
    ai presso alle agli dal dalla nei sui sul sulla negli
    não uma pelo pela nossa nosso também meu minha eu
    het een voor niet ook wij ik zijn werd bij
    der das und mit für nicht ist ein eine wir ich auf auch wurde bei zum zur
    un și în cu pe pentru care sau lui unei unui este sunt mai își să
    ve bir bu için ile olarak ben biz daha çok gibi olan
    és az egy hogy nem vagy mint volt egyik alatt után
    och att för med som av till inte jag vi är var också
    og til ikke jeg af fra eller
    jest się oraz przez dla przy nie jak jako są który która
    jsem se při pro které který jako není také
    ja sekä että ei ole oli myös kanssa jälkeen
    ning ka või oli kui
    ir kad su iš yra
    yang dengan untuk pada dari ini itu
    amb els dels per és però també
    # Welsh, Irish
    yn mae roedd gyda hefyd wedi ddim oedd sydd ond rhwng drwy dros
    agus bhí tá níl mé muid leis chun ní nach freisin faoi
    # Albanian ("ne" is "we"; French and Slavic "not"), Maltese
    dhe të në për një që nga së është janë ishte ose kjo por edhe unë vetëm nuk kam kemi
    jemi ne
    jien aħna biss mhux qatt ta' għal għall minn bħala wkoll ukoll huwa hija kien kienet fuq
    biex tagħna tiegħi tagħhom
    # Norwegian (Bokmål, Nynorsk), Danish, Icelandic
    på det også blei vart hos etter mellom uten mitt vår våre deres sitt ikkje frå eit
    ein berre korleis kva eige mykje noko nokre saman dykk hjå blev efter mellem uden vores
    været hvor når ég við ekki aðeins með fyrir frá að hjá eða einnig þessi þetta okkar
    # Swahili; Tagalog and Cebuano; Malay and Indonesian
    na kwa katika za vya pia lakini hii huu yake yao mimi sisi kwenye kutoka bila
    ang mga ako kami namin natin ito iyon siya sila rin nang lamang ug dili niini kini nga
    ke oleh dalam juga saya tidak bukan sebagai akan telah sudah serta atau kepada kerana
    karena adalah ialah bagi setiap tersebut mereka hanya
    # Italian, Portuguese, Spanish, French, German, Dutch
    questo nei sul sulla dalla è tra fra loro mia miei dello nello sui agli alle
    allo das ao aos foi são mas ou seu sua nós eles pelos pelas à às numa já muito
    meus minhas mi nos les fue está están desde hasta entre cuando donde
    también porque nuestros nuestras este esta estos ese été chez mais ou où
    aussi notre votre ses lui leurs ont avons von zu sich wurden sowie einer
    eines einem einen unser unsere meine sind haben wird werden nur oder aber nach über
    im beim dem
    unter durch vom aan naar uit onze mijn heb hebben wordt worden werden maar geen
    alleen
    # Polish, Czech, Hungarian, Romanian, Turkish
    że ze był była było jestem nasz nasza mój moja tylko także również nad bez
    jednak albo aby żeby je jsou byl byla bylo jsme nebo že jen náš naše můj moje már
    csak ezt azt ahol amely amelyet valamint között során mellett szerint vagyok voltam
    vagyunk saját én által prin fost nu doar dar și cât către fără noastră nostru
    meu mea değil sadece yaln\u0131zca fakat veya kadar sonra önce taraf\u0131ndan bizim benim
    çünkü ise
    # Vietnamese (the words English never writes), romanised Hindi
    và của là các những với trong được bởi tôi chúng đã không chỉ một này đó có từ để
    hai hain aur mein bhi nahi nahin tha thi kiya liye kya apne hamare mera meri
    hamari sirf
    """
)
ENGLISH_FUNCTION_WORDS = word_set(
    """
    the and of to in with for on at is are was were our my we i this that from by it an as
    """
)
# "X de Y" makes a noun of those languages ("Tableau de bord").
GENITIVE_PARTICLES = word_set("de del della di du des da")
# German articles and the prepositions that hold one: German writes every noun capitalised, so
# after these in a German sentence a capitalised ambiguous name is the noun ("im Segment
# Privatkunden", "das Spektrum"), unless a technology's noun follows ("mit dem Go SDK").
GERMAN_ARTICLES = word_set(
    "der die das dem den des ein eine einem einen einer eines im am zum zur vom beim ins"
)
# "and" in those languages joins the items of a list as "and" does.
FOREIGN_LIST_JOINERS = ("et", "y", "e", "und", "en")
