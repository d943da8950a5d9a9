"""The ceiling: a bare Flask + Jinja page of about 10 KB of HTML, no database, no session.

throughput.py serves it with the same gunicorn settings as the app (`gunicorn --chdir
bench/scale bare_app:app`) and reports every page's req/s as a ratio to this one's.
"""

from __future__ import annotations

from flask import Flask, render_template
from jinja2 import DictLoader

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<link rel="stylesheet" href="/static/app.css"></head>
<body><header><nav>{% for link in links %}
<a href="{{ link.href }}">{{ link.label }}</a>{% endfor %}</nav></header>
<main><h1>{{ title }}</h1>
<table class="skills"><thead>
<tr><th>Skill</th><th>Category</th><th>Level</th><th>Score</th></tr></thead><tbody>
{% for row in rows %}<tr><td><a href="/skills/catalog/{{ row.slug }}">{{ row.name }}</a></td>
<td>{{ row.category }}</td>
<td><span class="badge badge-{{ row.level }}">{{ row.level|capitalize }}</span></td>
<td>{{ row.score }}</td></tr>
{% endfor %}</tbody></table></main>
<footer><p>SMATRX benchmark ceiling</p></footer></body></html>
"""
LINKS = [
    {"href": f"/{path}", "label": path.capitalize()}
    for path in ("home", "skills", "goals", "imports", "achievements", "profile")
]
LEVELS = ("beginner", "intermediate", "advanced", "expert")
ROWS = [
    {
        "slug": f"skill-{number}",
        "name": f"Skill number {number}",
        "category": "Frameworks & Libraries",
        "level": LEVELS[number % 4],
        "score": 15 + number % 80,
    }
    for number in range(54)  # about 10 KB of HTML in all
]

app = Flask(__name__)
app.jinja_loader = DictLoader({"page.html": PAGE})


@app.get("/")
def page() -> str:
    return render_template("page.html", title="Your skills", links=LINKS, rows=ROWS)
