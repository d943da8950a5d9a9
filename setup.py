"""Build hook: the wheel carries templates/, static/ and migrations/ inside the package.

They stay at the top of the checkout for development (an editable install reads them
there); a built wheel has them as smatrx/templates, smatrx/static and smatrx/migrations,
where smatrx.config.resource_dir finds them. Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ASSET_DIRS = ("templates", "static", "migrations")


class BuildWithAssets(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        for name in ASSET_DIRS:
            shutil.copytree(
                name,
                Path(self.build_lib) / "smatrx" / name,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            )


setup(cmdclass={"build_py": BuildWithAssets})
