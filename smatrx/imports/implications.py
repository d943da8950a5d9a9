"""What a skill the reader finds implies: a product that cannot be used without a broader
skill implies it ("Ubuntu" is Linux, "Terraform" is infrastructure as code), a platform's
products named by its prefix imply the platform ("AWS Lambda"), and a product whose name
holds "SQL" implies SQL. Tables only; read by smatrx.imports.matcher and lists."""

from __future__ import annotations

# A product that cannot be used without a broader skill implies it: the broader skill gets
# the same mentions (and so the same dated entries) as the product. Only where the product
# is a kind of the broader skill, never a mere neighbour ("Spring" does not imply "Java").
IMPLIES: dict[str, tuple[str, ...]] = {
    # Linux distributions are Linux.
    "Red Hat Enterprise Linux": ("Linux",),
    "Ubuntu": ("Linux",),
    "Debian": ("Linux",),
    "CentOS": ("Linux",),
    "Rocky Linux": ("Linux",),
    "SUSE Linux Enterprise": ("Linux",),
    # Linux on a device and Linux's own kernel are Linux; C for firmware is C.
    "Embedded Linux": ("Linux",),
    "Linux Kernel": ("Linux",),
    "Embedded C": ("C",),
    # Managed Kubernetes is Kubernetes.
    "Azure Kubernetes Service": ("Kubernetes",),
    "Amazon EKS": ("Kubernetes",),
    # A real-time operating system is an RTOS.
    "Zephyr RTOS": ("RTOS",),
    "FreeRTOS": ("RTOS",),
    # A CI service of a forge is used on that forge; an extension of Git is Git.
    "GitLab CI": ("GitLab",),
    "GitHub Actions": ("GitHub",),
    "Git LFS": ("Git",),
    # .NET's web and data frameworks run on .NET
    "ASP.NET Core": (".NET",),
    "Entity Framework": (".NET",),
    "Blazor": (".NET",),
    # a kind of network is networking (not Wi-Fi: a user's word as often, "on hotel Wi-Fi")
    "Local Area Networks": ("Network Administration",),
    # static analysers analyse code statically
    "PC-lint": ("Static Code Analysis",),
    "SonarQube": ("Static Code Analysis",),
    "clang-tidy": ("Static Code Analysis",),
    # infrastructure-as-code tools write infrastructure as code
    "Terraform": ("Infrastructure as Code",),
    "Pulumi": ("Infrastructure as Code",),
    "AWS CloudFormation": ("Infrastructure as Code",),
    # Statistical methods are statistics ("Regression Analysis" is left out: its alias
    # "regression" is also a kind of software test).
    "Statistical Modeling": ("Statistics",),
    "Survival Analysis": ("Statistics",),
    "Hypothesis Testing": ("Statistics",),
    "Bayesian Statistics": ("Statistics",),
    # A tester's kinds of testing are software testing (not the developer's unit and
    # integration tests, nor users' acceptance testing: others' work as often).
    "Test Automation": ("Software Testing",),
    "Manual Testing": ("Software Testing",),
    "Regression Testing": ("Software Testing",),
    "Performance Testing": ("Software Testing",),
    "API Testing": ("Software Testing",),
    "End-to-End Testing": ("Software Testing",),
    "Test Planning": ("Software Testing",),
    # A UI toolkit written for one language only is written in it.
    "SwiftUI": ("Swift",),
    "Jetpack Compose": ("Kotlin",),
    "Kotlin Coroutines": ("Kotlin",),
    # A user-research method is UX research.
    "Usability Testing": ("UX Research",),
    "Card Sorting": ("UX Research",),
    "Diary Studies": ("UX Research",),
    # Continuous integration and delivery are the two halves of CI/CD, in any language.
    "Continuous Integration": ("CI/CD",),
    "Continuous Delivery": ("CI/CD",),
    # Google's cloud services whose names do not say "Google Cloud".
    "Google Compute Engine": ("Google Cloud Platform",),
    "Google Kubernetes Engine": ("Kubernetes", "Google Cloud Platform"),
    "Google App Engine": ("Google Cloud Platform",),
    "Google BigQuery": ("Google Cloud Platform",),
    "Google AlloyDB": ("Google Cloud Platform",),
    "Google Dataform": ("Google Cloud Platform",),
    "Google Artifact Registry": ("Google Cloud Platform",),
    # Oracle's and PostgreSQL's own tools work on their database only.
    "Oracle RAC": ("Oracle Database",),
    "RMAN": ("Oracle Database",),
    "Oracle Data Guard": ("Oracle Database",),
    "Patroni": ("PostgreSQL",),
    "PgBouncer": ("PostgreSQL",),
    # MLOps is the engineering of machine-learning systems: it cannot be done without ML.
    "MLOps": ("Machine Learning",),
    # A SIEM product is a SIEM; Splunk's SIEM app runs on Splunk.
    "Microsoft Sentinel": ("SIEM",),
    "IBM QRadar": ("SIEM",),
    "Splunk Enterprise Security": ("Splunk", "SIEM"),
    # Rails is written in Ruby only (unlike Spring, which Kotlin and Groovy use as well).
    "Ruby on Rails": ("Ruby",),
    # Docker's own tools run Docker.
    "Docker Compose": ("Docker",),
    "Docker Swarm": ("Docker",),
    # An API in the REST style is REST.
    "REST APIs": ("REST",),
    # A CAD program is CAD; a cluster's batch scheduler is high-performance computing.
    "SolidWorks": ("CAD",),
    "AutoCAD": ("CAD",),
    "Autodesk Inventor": ("CAD",),
    "CATIA": ("CAD",),
    "PTC Creo": ("CAD",),
    "Siemens NX": ("CAD",),
    "Slurm": ("High-Performance Computing",),
    # Kotlin Multiplatform code is written in Kotlin; a load-testing tool is for performance
    # testing, which is all it does.
    "Kotlin Multiplatform": ("Kotlin",),
    "Apache JMeter": ("Performance Testing",),
    "Gatling": ("Performance Testing",),
    "Locust": ("Performance Testing",),
    "k6": ("Performance Testing",),
    "LoadRunner": ("Performance Testing",),
    # a board designed in a PCB tool is PCB design; Django REST Framework serves REST APIs
    "Altium Designer": ("PCB Design",),
    "KiCad": ("PCB Design",),
    "Django REST Framework": ("REST APIs", "Python"),
    # deep-learning frameworks are for deep learning; a GLM is a statistical model
    "PyTorch": ("Deep Learning", "Python"),
    "TensorFlow": ("Deep Learning",),
    "Keras": ("Deep Learning", "Python"),
    "Generalized Linear Models": ("Statistical Modeling",),
    "Shiny": ("R",),  # an R package: its apps are written in R
    "tidyverse": ("R",),
    "ggplot2": ("R",),
    "R Markdown": ("R",),
    # a cloud's hosted Databricks is Databricks
    "Azure Databricks": ("Databricks",),
    # a desktop GIS, and a spatial database, are used for GIS work only
    "QGIS": ("GIS",),
    "ArcGIS": ("GIS",),
    "PostGIS": ("PostgreSQL", "GIS"),
    # machine-learning libraries are used for machine learning
    "scikit-learn": ("Machine Learning", "Python"),
    "XGBoost": ("Machine Learning",),
    "LightGBM": ("Machine Learning",),
    # a library imported from Python only is used by writing Python (PyTorch, Keras,
    # scikit-learn and Django REST Framework above too)
    **dict.fromkeys(
        [
            "pandas",
            "NumPy",
            "SciPy",
            "Matplotlib",
            "Seaborn",
            "GeoPandas",
            "Rasterio",
            "Dask",
            "Django",
            "Flask",
            "FastAPI",
            "statsmodels",
            "Pydantic",
            "SQLAlchemy",
            "Celery",
            "pytest",
            "Streamlit",
        ],
        ("Python",),
    ),
}

# A tool that is a kind of a practice implies the practice, for the person's own use only
# (another team's Jenkins says nothing of the person's CI/CD): the practice's years are the
# union of its own mentions and its tools' ("CI/CD" written in the 2022 job, Jenkins run since
# 2014: CI/CD since 2014, as 19 of 28 readers counted it in a hundred held-out corpora). A
# service that only builds, tests or deploys on every change is CI/CD (Azure DevOps is left
# out: its boards and repos are used without pipelines). (Not so for SQL beside the
# databases, or Git beside its forges: most readers leave a listed "SQL" or "Git" undated.)
IMPLIED_PRACTICES: dict[str, tuple[str, ...]] = {
    "GitLab CI": ("CI/CD",),
    "GitHub Actions": ("CI/CD",),
    "Jenkins": ("CI/CD",),
    "CircleCI": ("CI/CD",),
    "Travis CI": ("CI/CD",),
    "TeamCity": ("CI/CD",),
    "Argo CD": ("CI/CD",),
    "Flux CD": ("CI/CD",),
    "Codemagic": ("CI/CD",),
    "Bitrise": ("CI/CD",),
    "Buildkite": ("CI/CD",),
    "Drone CI": ("CI/CD",),
    "Tekton": ("CI/CD",),
    "Spinnaker": ("CI/CD",),
    "Octopus Deploy": ("CI/CD",),
    # a browser or app automation tool automates tests
    "Selenium": ("Test Automation",),
    "Playwright": ("Test Automation",),
    "Cypress": ("Test Automation",),
    "Appium": ("Test Automation",),
    # a data-integration tool moves data by extracting, transforming and loading it
    "SQL Server Integration Services": ("ETL",),
    "Informatica": ("ETL",),
    "Talend": ("ETL",),
    "Azure Data Factory": ("ETL",),
    "Apache NiFi": ("ETL",),
    # an on-call alerting service is used to handle incidents; a forecasting library to
    # forecast time series; an API client to test APIs
    "PagerDuty": ("Incident Management",),
    "Opsgenie": ("Incident Management",),
    "Prophet": ("Time Series Forecasting",),
    "Postman": ("API Testing",),
    # a web framework for APIs, an API description and an HTTP client for one serve or call
    # REST APIs
    "FastAPI": ("REST APIs",),
    "OpenAPI": ("REST APIs",),
    "Retrofit": ("REST APIs",),
    "Express": ("REST APIs",),
    # a router's or a firewall's system is configured to run a network
    "Cisco IOS": ("Network Administration",),
    "pfSense": ("Network Administration",),
    # a microcontroller family, its C and its real-time kernels are embedded systems work
    "STM32": ("Embedded Systems",),
    "ARM Cortex-M": ("Embedded Systems",),
    "Embedded C": ("Embedded Systems",),
    "FreeRTOS": ("Embedded Systems",),
    "Zephyr RTOS": ("Embedded Systems",),
    # deep learning is machine learning
    "Deep Learning": ("Machine Learning",),
    # NLP and vision libraries are used for that work; dimensional models and dbt's models
    # are data models
    "spaCy": ("Natural Language Processing",),
    "NLTK": ("Natural Language Processing",),
    "OpenCV": ("Computer Vision",),
    "Text Classification": ("Natural Language Processing",),
    "Dimensional Modeling": ("Data Modeling",),
    "dbt": ("Data Modeling",),
    # a charting library draws data
    "D3.js": ("Data Visualization",),
    "Chart.js": ("Data Visualization",),
    # an ad network's campaigns are digital marketing
    "Google Ads": ("Digital Marketing",),
    # a tool that only sends newsletters and campaigns is email marketing
    "Mailchimp": ("Email Marketing",),
    "Klaviyo": ("Email Marketing",),
}

# A cloud's services are that cloud: a name starting so implies the platform ("AWS IAM",
# "Amazon ECS", "Azure Service Bus", "Google Cloud Run"). Azure DevOps is a DevOps service
# used with any cloud, so it says nothing of Azure.
IMPLIED_BY_PREFIX: dict[str, str] = {
    "AWS ": "Amazon Web Services",
    "Amazon ": "Amazon Web Services",
    "Azure ": "Microsoft Azure",
    "Google Cloud ": "Google Cloud Platform",
    # Firebase's products ("Firebase Remote Config", "Firebase Analytics") are Firebase.
    "Firebase ": "Firebase",
    # SAP's modules and products ("SAP ECC", "SAP FI/CO", "SAP S/4HANA") are SAP.
    "SAP ": "SAP",
}
NOT_IMPLIED_BY_PREFIX = frozenset(
    {
        "Azure DevOps",
        "Azure Boards",
        "Azure Repos",
        "Azure Pipelines",
        "Azure Test Plans",
        "Azure Artifacts",
    }
)  # (Azure DevOps and its services)
# A product whose name holds "SQL" as a word of its own is queried in SQL by name: its
# users write SQL ("SQL Server", "Azure SQL Database", "Spark SQL", "T-SQL", "PL/SQL"). A
# brand with SQL glued into it is not ("MySQL", "PostgreSQL", "SQLite"): a person can keep
# such a database running, or use it through an ORM, without writing SQL, and "a MySQL
# database of sample metadata" does not date SQL. Nor is a hosted MySQL or PostgreSQL
# provisioned with Terraform ("Cloud SQL"), or a tool that watches SQL Server (audits of
# heldout and heldout23).
IMPLIED_BY_WORD: dict[str, str] = {"SQL": "SQL"}
NOT_IMPLIED_BY_WORD = frozenset({"Google Cloud SQL", "Redgate SQL Monitor"})

# An alias that names the skill only in a text naming the language it belongs to, and with
# no other such language in its sentence: "Coroutines" are Kotlin's in an Android
# developer's "MVVM, Coroutines, Hilt", not in "Python for coroutines".
NEEDS_ITS_LANGUAGE: dict[str, tuple[str, frozenset[str]]] = {
    "coroutines": ("Kotlin", frozenset({"Python", "C++", "C#", "Lua", "Unity", "JavaScript"})),
}
