# ruff: noqa: RUF001 - letters and dashes of other languages are the data under test.
"""Names and words the importer once took for technologies (heldout74 to heldout76): a
German helmet wherever nothing of Kubernetes is near ("in der Gondel mit Helm und
Auffanggurt", "Helm im Kofferraum"), a German "Express-Lösung", a Ruby port, the Portuguese
label "Cargo:", a technical lead with no staff ("fachliche Leitung eines Teams"), Azure
DevOps's Boards (no Azure cloud) (smatrx.imports.kinds_of_things, mentions, the
catalog)."""

from __future__ import annotations

import pytest

from tests.imports.catalog import names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Die Arbeit in der Gondel mit Helm und Auffanggurt gehört für mich dazu.", "Helm"),
        ("Alpine Skitouren – Helm und Gurt sind immer im Kofferraum.", "Helm"),
        ("Lieber eine saubere Lösung als eine Express-Lösung, die uns verfolgt.", "Express"),
        ("- Port wines by category – Tawny, Ruby, LBV, Vintage – and year.", "Ruby"),
        ("Cargo: SRE Sênior (entrei como SRE Pleno)", "Cargo"),
        ("• Seit 2022 fachliche Leitung eines Teams von drei Entwicklern.", "People Management"),
        ("- Work items in Azure Boards.", "Microsoft Azure"),
    ],
)
def test_other_things_so_named(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("- Deployments mit Helm und Argo CD auf Kubernetes.", "Helm"),
        ("- Releases der Services mit Helm im Cluster.", "Helm"),
        ("- Backend in Node.js mit Express und TypeScript.", "Express"),
        ("- Rust with Cargo and Clippy.", "Cargo"),
        ("• Seit 2022 fachliche Leitung eines Teams von drei Entwicklern.", "Leadership"),
        ("- Work items in Azure Boards.", "Azure DevOps"),
    ],
)
def test_the_skills_so_named_still_count(text: str, present: str) -> None:
    assert present in names(text)
