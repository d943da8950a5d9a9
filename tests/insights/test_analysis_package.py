"""The package's contract: its exports, its purity and the privacy floor it shares."""

from __future__ import annotations

import ast
from pathlib import Path

import smatrx.insights.analysis as analysis
from smatrx.models.stats import MIN_PEOPLE as MODELS_MIN_PEOPLE

PACKAGE = Path(analysis.__file__).parent
FORBIDDEN = ("flask", "sqlalchemy", "flask_sqlalchemy", "smatrx.extensions", "smatrx.models.")


def test_min_people_equals_the_models_one() -> None:
    assert analysis.MIN_PEOPLE == MODELS_MIN_PEOPLE == 5


def test_no_flask_or_database_imports() -> None:
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            for module in modules:
                # choices is plain data; the models themselves stay out
                assert module == "smatrx.models.choices" or not module.startswith(FORBIDDEN), (
                    f"{path.name} imports {module}"
                )


def test_exports() -> None:
    assert analysis.DATA_VERSION == 1
    assert set(analysis.RUBRIC) == {"beginner", "intermediate", "advanced", "expert"}
    assert all(len(line) <= 90 for line in analysis.RUBRIC.values())
    for name in analysis.__all__:
        assert hasattr(analysis, name)
