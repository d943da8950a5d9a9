"""Score the résumé reader on a corpus of our own (bench/corpora/resumes/, expected results in
expected.json): per document, recall of the expected skills, false positives from ordinary
words in prose (names that must not be proposed), and how many dated skills got years within
the defensible band. Pure: no database (the matcher is built from the shipped catalog).

Run: .venv/bin/python bench/bench_import_score.py
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CORPUS = Path(__file__).resolve().parent / "corpora" / "resumes"
TODAY = date(2026, 12, 5)  # the expected years are written as of this day


def main() -> None:
    from smatrx.imports.matcher import Matcher, terms_from_catalog
    from smatrx.imports.proposals import resume_proposals
    from smatrx.seed.data import read_catalog

    matcher = Matcher(
        terms_from_catalog(
            {"id": skill.slug, "name": skill.name, "aliases": skill.aliases}
            for skill in read_catalog().skills
        )
    )
    expected = json.loads((CORPUS / "expected.json").read_text())
    totals = {"expected": 0, "found": 0, "false": 0, "dated": 0, "in_band": 0}
    print("| document | recall | false positives | years within band | misses |")
    print("|---|---:|---:|---:|---|")
    for name, wants in expected.items():
        if name == "about":
            continue
        proposals, _ = resume_proposals((CORPUS / name).read_text(), matcher, today=TODAY)
        got = {proposal.name: proposal for proposal in proposals}
        hits = [skill for skill in wants["skills"] if skill in got]
        false = [skill for skill in wants["absent"] if skill in got]
        false += [s for s in wants.get("no_years", []) if s in got and got[s].years is not None]
        in_band = [
            skill
            for skill, (low, high) in wants["years"].items()
            if skill in got and got[skill].years is not None and low <= got[skill].years <= high
        ]
        misses = sorted(set(wants["skills"]) - set(hits))
        wrong_years = {
            skill: got[skill].years if skill in got else None
            for skill in wants["years"]
            if skill not in in_band
        }
        print(
            f"| {name} | {len(hits)}/{len(wants['skills'])} | {len(false)} "
            f"| {len(in_band)}/{len(wants['years'])} | "
            + ", ".join(misses + [f"{s} {y} y" for s, y in wrong_years.items()] + false)
            + " |"
        )
        totals["expected"] += len(wants["skills"])
        totals["found"] += len(hits)
        totals["false"] += len(false)
        totals["dated"] += len(wants["years"])
        totals["in_band"] += len(in_band)
    print(
        f"\nrecall {totals['found'] / totals['expected']:.2f}, "
        f"false positives {totals['false']}, "
        f"years within band {totals['in_band'] / totals['dated']:.0%}"
    )


if __name__ == "__main__":
    main()
