# ruff: noqa: RUF001 - letters of other languages are data here, not typos.
"""The reader's rules found before and with the twenty-third to twenty-fifth held-out corpora
(issue 17): ordinary words of kitchens, seasons, people and other languages that are names of
technologies, and the names that still count."""

from __future__ import annotations

import pytest

from tests.imports.catalog import catalog_matcher, names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a kitchen's ranks
        ("Commis Chef\nHarbour Hotel, Cape Town\n2013 – 2015", "Chef"),
        ("Executive Chef, The Larder (2015 - 2019)", "Chef"),
        # a season's menu, with its year after the noun
        ("Re-costed every dish for the Spring menu 2025.", "Spring Framework"),
        # a person's quality, not the way of working
        ("Colleagues call me calm, practical and agile under pressure.", "Agile"),
        ("She is an agile thinker who adapts quickly.", "Agile"),
        ("Stay agile and keep learning.", "Agile"),
        # a sales team in lower case; French "vite" (quickly)
        ("Our salesforce of 40 reps covers the whole province.", "Salesforce"),
        ("Il faut réagir vite : c'est la clé.", "Vite"),
        # a passive without its auxiliary
        ("Mentored by the head of engineering in my first year.", "Mentoring"),
        # someone the person worked with, by given name and surname
        ("- Talk co-presented with Ruby Adeyemi, Leeds SRE Meetup, 2024", "Ruby"),
        ("I paired with Julia Weber on the Kubernetes migration.", "Julia"),
        ("Ruby Mensah and I rebuilt the deploy pipeline in Go.", "Ruby"),
        # a referee's line by its label, books read by a reading line
        ("Referee: Julia Mensah, Head of Operations, Coastline Freight", "Leadership"),
        ("Reading: Kafka, Camus, Pessoa.", "Apache Kafka"),
        ("Lecture : Kafka, Camus.", "Apache Kafka"),
        # the last word of a company's name made of other words
        ("Correo Sureño Express — Desarrollador Backend\n08/2018 – 02/2022", "Express"),
        # the last word of a catalog name in a list is no modifier of the next item
        ("Figma, prototyping, design systems, interaction design", "System Design"),
        # the Moon, in an interests section
        ("INTERESSES\nAstronomia (fotografar a Lua e Júpiter), surf, voluntariado.", "Lua"),
    ],
)
def test_not_the_technology(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Wrote Chef cookbooks for 200 nodes.", "Chef"),
        ("Chef, Puppet, Ansible", "Chef"),
        ("Worked in agile teams using Scrum and Kanban.", "Agile"),
        ("Skills: salesforce, hubspot, excel", "Salesforce"),
        ("Administered Salesforce for 200 users.", "Salesforce"),
        ("Built the front end with Vite and React.", "Vite"),
        ("Built the admin in Ruby and Rails with Jasmine tests.", "Ruby"),
        ("We used Cisco, Arista and Juniper routers.", "Juniper Junos"),
        ("good team player with strong analytical and communication skills", "Analytical Thinking"),
        ("- 以 xLua 實作熱更新，關卡腳本以 Lua 撰寫。", "Lua"),
        ("INTERESTS\nHobby projects: Lua, Rust and Python", "Lua"),
    ],
)
def test_still_the_technology(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a business function as what a piece of work serves
        ("- Fine-tuned intent classification models in customer support.", "Customer Service"),
        ("dbt models on Snowflake for finance, logistics and marketing", "Marketing"),
        ("Monthly recruitment reports from Excel for the trials unit.", "Recruiting"),
        ("Ran workshops with finance and customer-service stakeholders.", "Customer Service"),
        # under a heading of hobbies, nothing is a skill
        ("Hobbys\nBergsteigen, Oper (ab und zu die Mailänder Scala), Schafkopf", "Scala"),
        # a skill's everyday words capitalised in a company's name
        ("Ingénieur DevOps senior — Rhône Cloud Services, Lyon", "Cloud Computing"),
        ("Développeur Full Stack – Atlas E-Commerce SARL, Casablanca", "E-commerce"),
        # a hosted database provisioned with Terraform is no SQL written
        ("Terraform modules for networking and Cloud SQL.", "SQL"),
        # someone else leading
        ("The client's CTO led a team of 40 engineers.", "Leadership"),
    ],
)
def test_not_the_skill(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Ran customer support for a SaaS product for 3 years.", "Customer Service"),
        ("Built our E-Commerce platform on Shopify.", "E-commerce"),
        ("Migrated 40 reports to Azure SQL Database.", "SQL"),
        # leading a team, said in a sentence, in the languages the reader knows
        ("• Lead a finance team of five: month-end close in 5 days.", "Leadership"),
        ("- supervised a team of 6 dispatchers per shift.", "Leadership"),
        ("• Führung eines Teams aus vier Beratern.", "Leadership"),
        ("• Fachliche Leitung von zwei Data Scientists", "Leadership"),
        ("- Responsabile tecnico di un gruppo di 3 sviluppatori.", "Leadership"),
        ("Lideré un equipo de 5 desarrolladores.", "Leadership"),
        ("- Encadrement d'une équipe de quatre data managers.", "Leadership"),
        # guiding juniors, new hires, trainees
        ("• fachliche Anleitung der Junior-Berater.", "Mentoring"),
        ("- revisione del codice e formazione dei neoassunti.", "Mentoring"),
        ("- Encadrement de deux ingénieurs juniors.", "Mentoring"),
        ("- Looked after the mic locker and trained the assistants.", "Mentoring"),
    ],
)
def test_still_the_skill(text: str, present: str) -> None:
    assert present in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # names of skills in other languages, and their word order
        ("- Je leur fournis les API REST du back-office.", "REST APIs"),
        ("- Discovery continuo con entrevistas a usuarios y tests A/B.", "A/B Testing"),
        ("- Redacción de historias de usuario y criterios de aceptación.", "User Story Writing"),
        ("- Trabajo con dos squads; gestión del backlog en Jira.", "Backlog Management"),
        ("Habitué à travailler avec des équipes en mode agile.", "Agile"),
        ("- Administration d'environ 300 serveurs Red Hat et Debian.", "Red Hat Enterprise Linux"),
        # after a noun it qualifies, a name before "de" is the technology
        ("- Participation aux cérémonies Scrum de deux équipes produit.", "Scrum"),
        # a long compound the catalog knows in that language, in that language's sentence
        ("- Regressietesten en acceptatietesten samen met de business.", "User Acceptance Testing"),
        ("- Opzet van de teststrategie voor een SaaS-platform.", "Test Planning"),
        # what a tool implies; what a title says
        ("- Progettazione di schede elettroniche con Altium Designer.", "PCB Design"),
        ("Product Owner, Mercadito Online (2018 - 2022)", "Product Management"),
        ("- Coaching van twee junior testers.", "Mentoring"),
    ],
)
def test_named_in_other_words(text: str, present: str) -> None:
    assert present in names(text)


def test_a_name_of_that_language_before_de_is_still_its_noun() -> None:
    assert "Tableau" not in names("Suivi du tableau de bord mensuel et des indicateurs.")
    assert "Tableau" not in names("Tableau de bord des ventes, mis à jour chaque lundi.")


# Found with heldout26 to heldout28, after their first scores.


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- mentored two graduates, Jasmine and Ka-ho, through their first year.", "Jasmine"),
        ("- Present findings monthly to nursing and physician leadership.", "Leadership"),
        ("I design automation frameworks from scratch.", "Design Automation"),
        ("Grew the product to ARR CAD 6M in two years.", "CAD"),
        ("- Headline: inside the disability appeals maze", "Maze"),
        ("- MSK assessment and treatment in a GP practice.", "Amazon MSK"),
        ("Clifton Vale RFC, Bristol", "Vale"),
        ("Aerolia Systèmes SAS — Blagnac", "SAS"),
        ("Laurea Magistrale in Ingegneria Matematica, Politecnico di Torino", "Wolfram Language"),
    ],
)
def test_not_the_skill_26_28(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Unit tests in Jasmine and Karma.", "Jasmine"),
        ("Provided leadership to a team of five.", "Leadership"),
        ("Design Automation for ASIC flows in Python.", "Design Automation"),
        ("CAD drawings in AutoCAD.", "CAD"),
        ("Statistics in R and SAS; Base SAS and SAS Viya.", "SAS"),
        ("- Python; dal 2023 reti neurali in PyTorch per serie temporali", "Deep Learning"),
        ("- Modelli GLM per il pricing RC Auto, sviluppati in R", "Statistical Modeling"),
        ("- Coordino un gruppo di 3 data scientist", "Leadership"),
        ("• Teilprojektleitung Finanzen mit fünf Personen", "Leadership"),
        ("- Conception et développement de microservices Java 17 / Spring Boot", "Microservices"),
        ("• Équipe Scrum de 8 personnes ; accompagnement de deux testeurs juniors", "Scrum"),
        ("• Tests fonctionnels manuels et rédaction des cahiers de recette", "Manual Testing"),
        ("· Responsable del sistema de diseño en Figma (componentes, tokens)", "Design Systems"),
        ("· Investigación de usuarios: entrevistas, tests de usabilidad", "Usability Testing"),
        ("· Seguimiento de tareas en Jira; mentora de dos diseñadoras junior.", "Mentoring"),
        ("- Análisis de uso con Amplitude; experimentos A/B.", "A/B Testing"),
        ("- escritura de historias de usuario y refinamiento del backlog", "Backlog Management"),
    ],
)
def test_still_the_skill_26_28(text: str, present: str) -> None:
    assert present in names(text)


def test_under_a_skills_heading_a_name_opening_everyday_words_is_one_of_them() -> None:
    text = "KEY SKILLS\nMSK assessment and triage, exercise prescription, acupuncture"
    assert "Amazon MSK" not in names(text)
    assert "Amazon MSK" in names("KEY SKILLS\nKafka, MSK, Kinesis")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a compound's head only a technology's name qualifies, in any language
        ("- Drei Scrum-Teams, zwei Wochen Sprints.", "Scrum"),
        ("- Werk in een Scrum-team van zeven.", "Scrum"),
        ("- Monatliche Excel-basierte Berichte für die Geschäftsführung.", "Microsoft Excel"),
        ("- Built the UI regression suite in Cypress.", "Regression Testing"),
        ("- Dashboards in R Shiny for the lab.", "R"),
    ],
)
def test_compounds_and_what_they_imply(text: str, present: str) -> None:
    assert present in names(text)


def test_a_person_in_apposition_and_other_words_for_skills() -> None:
    assert "Julia" not in names("Support the CFO, Julia Mokoena, with the annual budget.")
    assert "Budget Management" in names("Support the CFO with the annual budget.")
    assert "Vulnerability Management" in names("- Ran vulnerability scans with Nessus.")
    assert "Data Modeling" in names("- Modelagem dos dados do lakehouse.")
    assert "Graphic Design" in names("Diseñadora gráfica — Estudio Alcázar (2018 – 2021)")
    assert "UX Design" in names("Diseñadora UX/UI sénior — Junta de Andalucía")


def test_what_libraries_imply_and_more_names_of_methods() -> None:
    assert "Machine Learning" in names("- Built a readmission risk model in Python (scikit-learn).")
    assert "Requirements Gathering" in names("- Gathered requirements for the loan projects.")
    assert "Time Series Forecasting" in names("- Forecast seasonal load with R time-series models.")
    assert "Mentoring" in names("- Supervise two MSc placement students each year.")


# Found with heldout29 to heldout31, after their first scores.


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("- Manage trucks from partners such as Swift Cargo Movers at peak times", "Swift"),
        ("- Manage trucks from partners such as Swift Cargo Movers at peak times", "Cargo"),
        ("Exotics ward: rabbits, tortoises and the odd royal python", "Python"),
        ("### Développeur back-end PHP senior — Vinéa Logistique SAS, Mérignac", "SAS"),
        ("IR(ME)R compliance audits for the department", "R"),
        ("C-SSRS screening at every intake", "SQL Server Reporting Services"),
        ("Penarth, Vale of Glamorgan", "Vale"),
        ("- replaced nightly batch files between the branches", "Windows Batch Scripting"),
        ("- Test cases for shops; regression, smoke and UAT.", "Regression Analysis"),
    ],
)
def test_not_the_skill_29_31(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Wrote Python scripts for the lab.", "Python"),
        ("Certified Base SAS Programmer (2019)", "SAS"),
        ("- Test cases for shops; regression, smoke and UAT.", "Regression Testing"),
        ("Linear regression models for pricing.", "Regression Analysis"),
    ],
)
def test_still_the_skill_29_31(text: str, present: str) -> None:
    assert present in names(text)


def test_leading_people_counted_and_tools_of_infrastructure_as_code() -> None:
    assert "Leadership" in names("Lead a five-person SRE team supporting card processing.")
    assert "Leadership" in names("  * Lead 9 engineers building the payout services.")
    assert "Leadership" not in names("The lead 3 engineers were on leave.")
    assert "Infrastructure as Code" in names("- Manage AWS accounts using Terraform modules.")


def test_product_and_design_work_in_other_languages() -> None:
    assert "UX Research" in names("- Pesquisa com utilizadores: entrevistas e testes remotos.")
    assert "Mentoring" in names("- Acompanhamento de uma designer júnior")
    assert "User Story Writing" in names("- Scrittura delle user story, sprint planning.")
    assert "Product Roadmapping" in names("- Guido un team; responsabile della roadmap e degli OKR")
    assert "Product Discovery" in names("- Discovery continua: interviste agli utenti, test A/B")


def test_sap_modules_are_sap_and_a_list_after_a_module_in_other_languages() -> None:
    found = names("- Mantenimiento de SAP ECC (SD y MM) para la planta de Vitoria.")
    assert {"SAP", "SAP ECC", "SAP SD", "SAP MM"} <= found


# Found with heldout32 to heldout34, after their first scores.


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Looking for a carrier that values safety culture and ubuntu in the crew room.", "Ubuntu"),
        ("- Co-list with my teammate Jasmine Okafor-Reid on larger freeholds.", "Jasmine"),
        ("Testumgebungen mit Containern und Kubernetes", "containerd"),
        ("Community Oral Health Service, Auckland", "Oracle Health"),
        ("flying out of O.R. Tambo, Cape Town and King Shaka.", "Shaka Player"),
        ("Teller operations on Oracle FLEXCUBE.", "Oracle Database"),
        ("Développeur — Atlantic Flux SAS, Nantes", "Flux CD"),
        ("Développeur — Atlantic Flux SAS, Nantes", "SAS"),
    ],
)
def test_not_the_skill_32_34(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Servers on Ubuntu and Debian.", "Ubuntu"),
        ("GitOps with Flux and Argo CD.", "Flux CD"),
        ("Systems | Microsoft Office (Excel, Word, PowerPoint)", "Microsoft Word"),
        ("Office | Microsoft Project, Excel, Word", "Microsoft Word"),
        ("- Line manage two assistants and mentor them through the RIBA Part 3.", "Mentoring"),
        ("* Prepare branch performance reports, budgets and sales tracking.", "Budget Management"),
    ],
)
def test_still_the_skill_32_34(text: str, present: str) -> None:
    assert present in names(text)


def test_a_certificates_name_is_no_job_title() -> None:
    assert "Solution Architecture" not in names("AWS Certified Solutions Architect - Associate")
    assert "Data Engineering" not in names("Databricks Certified Data Engineer Associate")
    assert "Solution Architecture" in names("Solutions Architect, Acme Cloud (2019 - 2022)")


def test_german_von_of_a_noun_and_more_names_of_work() -> None:
    text = " | Betreuung von Windows-Clients und Active Directory, Helpdesk"
    assert "Active Directory" in names(text)
    assert "Mentoring" in names(
        "- Rufbereitschaft, Onboarding und Mentoring von zwei Junior-Kollegen"
    )
    assert "Leadership" in names("- Führung eines Beraterteams von bis zu fünf Personen")
    assert "Leadership" in names(" | Leitung der internen Plattform-Gilde (4 Personen)")
    assert "Regression Testing" in names("- Tests de non-régression d'un portail client")
    assert "Incident Management" in names(" | Rufbereitschaft, Incident- und Problem-Management")
    assert "Agile" in names("- Agiles Projektvorgehen nach SAP Activate")
    theirs = catalog_matcher().read(
        "Die Pipelines werden betreut von dem Plattform-Team in Jenkins."
    )
    assert [m.name for _, _, m in theirs.theirs] == ["Jenkins"]


def test_supervising_people_and_guiding_cadets() -> None:
    assert "Leadership" in names("- Supervise three foremen and up to 60 workers.")
    assert "Mentoring" in names("Mentor the paper's two cadets on data and FOI.")
    assert "Mentoring" in names("• Trained two graduate agronomists through their BASIS exams.")
    assert "Leadership" not in names("The supervisor supervised two technicians.")


def test_heading_a_branch_and_preceptors() -> None:
    assert "Leadership" in names("* Head a branch of 22 staff (tellers, relationship officers).")
    assert "Leadership" in names("* Supervised 5 tellers, cash vault and end-of-day balancing.")
    assert "Leadership" in names("   - Guide a team of 2 buyers and 1 trainee.")
    assert "Mentoring" in names("- Preceptor to new graduates and clinical facilitator.")


# Found with heldout35 to heldout37, after their first scores (the stop's last).


def test_a_boss_a_go_live_and_an_agile_client() -> None:
    assert "Chef" not in names("- Mein damaliger Chef hat mich früh eingebunden")
    assert "Go" not in names("Arbeit im Scrum-Team; Begleitung des Go-Lives des Kundenportals")
    assert "Agile" not in names("Keeping older clients agile and independent.")
