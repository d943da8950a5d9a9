"""Dependency names from the manifests of a repository. Pure: no Flask, no database, no network.

``dependencies(filename, text) -> list[str]`` reads one manifest and returns the names of the
packages it depends on, lower-cased, first mention first, without duplicates:

* ``requirements.txt`` -- the name before extras, version specifiers and markers; comments, options
  (``-r``, ``-e``, ``--index-url``, ...) and bare URLs or paths are skipped.
* ``pyproject.toml`` -- ``[project].dependencies``, ``[project.optional-dependencies]``,
  ``[dependency-groups]`` and Poetry's ``[tool.poetry.dependencies]`` (and its groups), without
  ``python`` itself.
* ``package.json`` -- keys of ``dependencies`` and ``devDependencies``; a scoped name gives its
  scope (``@angular/core`` -> ``angular``); ``@types/...`` only echoes other packages: skipped.
* ``go.mod`` -- ``require`` lines and blocks, ``// indirect`` ones skipped; the last path segment
  without a major-version suffix (``github.com/gin-gonic/gin`` -> ``gin``,
  ``github.com/go-redis/redis/v9`` -> ``redis``, ``gopkg.in/yaml.v3`` -> ``yaml``). The
  ``golang.org/x/...`` modules are the standard library's annex ("net", "sys", ...) and are skipped.
* ``Cargo.toml`` -- keys of ``[dependencies]``, ``[dev-dependencies]``, ``[build-dependencies]``,
  ``[workspace.dependencies]`` and ``[target.*.dependencies]`` (a renamed one: its ``package``).
* ``Gemfile`` -- ``gem 'name'`` lines.
* ``pom.xml`` -- ``artifactId`` of each ``dependency``. A document with a DOCTYPE or an ENTITY
  declaration is refused outright (no XXE, no entity expansion bombs) and gives nothing.
* ``composer.json`` -- keys of ``require`` and ``require-dev``, ``vendor/name`` -> ``name`` (the
  vendor when the name is generic: ``laravel/framework`` -> ``laravel``); ``php`` and ``ext-*``
  are skipped.

Input is bounded: a text over ``MAX_MANIFEST_BYTES`` gives nothing, as does an unknown file name
or a manifest that does not parse. Nothing here raises on bad input.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Iterable
from typing import Any
from xml.etree import ElementTree

MAX_MANIFEST_BYTES = 200_000

# Which manifests are worth a request, by the GitHub language of the repository.
MANIFESTS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "Python": ("requirements.txt", "pyproject.toml"),
    "JavaScript": ("package.json",),
    "TypeScript": ("package.json",),
    "Go": ("go.mod",),
    "Rust": ("Cargo.toml",),
    "Ruby": ("Gemfile",),
    "Java": ("pom.xml",),
    "PHP": ("composer.json",),
}
MANIFEST_FILES: tuple[str, ...] = (
    "requirements.txt",
    "pyproject.toml",
    "package.json",
    "go.mod",
    "Cargo.toml",
    "Gemfile",
    "pom.xml",
    "composer.json",
)


def dependencies(filename: str, text: str) -> list[str]:
    """The dependency names a manifest lists (see the module docstring); [] when unsure."""
    parser = _PARSERS.get(filename.rsplit("/", 1)[-1])
    if parser is None or not text or len(text.encode("utf-8", "replace")) > MAX_MANIFEST_BYTES:
        return []
    try:
        names = parser(text)
    except (ValueError, TypeError, AttributeError, ElementTree.ParseError, RecursionError):
        return []
    return _unique(names)


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for name in names:
        name = name.strip().lower()
        if name and name not in seen and len(name) <= 100:
            seen.add(name)
            result.append(name)
    return result


# -- Python ------------------------------------------------------------------------------------

_PEP508_NAME = re.compile(
    r"^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?=$|[\[(<>=!~;@ ,])"
)


def _requirement_name(spec: str) -> str | None:
    spec = spec.strip()
    if not spec or spec.startswith(("-", "#", ".", "/")) or "://" in spec.split("@")[0]:
        return None
    match = _PEP508_NAME.match(spec)
    return match.group(1) if match else None


def _requirements_txt(text: str) -> list[str]:
    names = []
    for line in text.replace("\\\n", " ").splitlines():
        line = re.sub(r"(^|\s)#.*$", "", line).strip()
        name = _requirement_name(line)
        if name:
            names.append(name)
    return names


def _pyproject_toml(text: str) -> list[str]:
    data = tomllib.loads(text)
    specs: list[str] = []
    project = _table(data.get("project"))
    specs += _strings(project.get("dependencies"))
    for group in _table(project.get("optional-dependencies")).values():
        specs += _strings(group)
    for group in _table(data.get("dependency-groups")).values():
        specs += _strings(group)  # {include-group = ...} entries are not strings: skipped
    names = [name for name in map(_requirement_name, specs) if name]
    poetry = _table(_table(data.get("tool")).get("poetry"))
    tables = [poetry.get("dependencies"), poetry.get("dev-dependencies")]
    tables += [_table(g).get("dependencies") for g in _table(poetry.get("group")).values()]
    for table in tables:
        names += [key for key in _table(table) if key.lower() != "python"]
    return names


# -- JavaScript, PHP ---------------------------------------------------------------------------


def _package_json(text: str) -> list[str]:
    data = json.loads(text)
    names = []
    for section in ("dependencies", "devDependencies"):
        for key in _table(_table(data).get(section)):
            if key.startswith("@"):
                scope = key[1:].split("/", 1)[0]
                if scope == "types":
                    continue
                key = scope
            names.append(key)
    return names


_GENERIC_PACKAGE_NAMES = frozenset(
    {
        "framework", "core", "kernel", "common", "components", "component",
        "lib", "library", "sdk", "client", "bundle",
    }
)  # fmt: skip


def _composer_json(text: str) -> list[str]:
    data = json.loads(text)
    names = []
    for section in ("require", "require-dev"):
        for key in _table(_table(data).get(section)):
            lower = key.lower()
            if lower == "php" or lower.startswith(("ext-", "lib-")) or "/" not in key:
                continue
            vendor, name = key.split("/", 1)
            names.append(vendor if name.lower() in _GENERIC_PACKAGE_NAMES else name)
    return names


# -- Go, Rust, Ruby ----------------------------------------------------------------------------

_GO_VERSION_SUFFIX = re.compile(r"^v\d+$")


def _go_module_name(path: str) -> str | None:
    path = path.strip().strip('"')
    if not path or path.startswith("golang.org/x/"):
        return None
    parts = [part for part in path.split("/") if part]
    while len(parts) > 1 and _GO_VERSION_SUFFIX.match(parts[-1]):
        parts.pop()
    name = parts[-1] if parts else ""
    if path.startswith("gopkg.in/"):
        name = re.sub(r"\.v\d+$", "", name)
    return name or None


def _go_mod(text: str) -> list[str]:
    names = []
    in_block = False
    for raw in text.splitlines():
        indirect = "// indirect" in raw
        line = raw.split("//", 1)[0].strip()
        if in_block:
            if line.startswith(")"):
                in_block = False
                continue
            spec = line
        elif line.startswith("require"):
            rest = line[len("require") :].strip()
            if rest.startswith("("):
                in_block = True
                continue
            spec = rest
        else:
            continue
        if not spec or indirect:
            continue
        name = _go_module_name(spec.split()[0])
        if name:
            names.append(name)
    return names


def _cargo_toml(text: str) -> list[str]:
    data = tomllib.loads(text)
    tables = [data.get(key) for key in ("dependencies", "dev-dependencies", "build-dependencies")]
    tables.append(_table(data.get("workspace")).get("dependencies"))
    for target in _table(data.get("target")).values():
        target = _table(target)
        tables += [target.get("dependencies"), target.get("dev-dependencies")]
    names = []
    for table in tables:
        for key, value in _table(table).items():
            package = _table(value).get("package")
            names.append(package if isinstance(package, str) else key)
    return names


_GEM = re.compile(r"""^\s*gem\s*\(?\s*["']([A-Za-z0-9][\w.-]*)["']""", re.MULTILINE)


def _gemfile(text: str) -> list[str]:
    return _GEM.findall(text)


# -- Java --------------------------------------------------------------------------------------

_UNSAFE_XML = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _pom_xml(text: str) -> list[str]:
    if _UNSAFE_XML.search(text):
        return []  # no DTDs at all: no external entities, no entity expansion
    root = ElementTree.fromstring(text)  # noqa: S314 - DOCTYPE/ENTITY refused above
    names = []
    for element in root.iter():
        if _local(element.tag) != "dependency":
            continue
        for child in element:
            if _local(child.tag) == "artifactId" and child.text:
                value = child.text.strip()
                if value and "${" not in value:
                    names.append(value)
    return names


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


# -- helpers -----------------------------------------------------------------------------------


def _table(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _strings(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


_PARSERS: dict[str, Callable[[str], list[str]]] = {
    "requirements.txt": _requirements_txt,
    "pyproject.toml": _pyproject_toml,
    "package.json": _package_json,
    "go.mod": _go_mod,
    "Cargo.toml": _cargo_toml,
    "Gemfile": _gemfile,
    "pom.xml": _pom_xml,
    "composer.json": _composer_json,
}


def manifest_candidates(languages: dict[str, int]) -> list[str]:
    """Manifest files worth a request: those of the repository's top language and of any
    language holding at least a tenth of its bytes."""
    total = sum(languages.values())
    ranked = sorted(languages.items(), key=lambda item: -item[1])
    files: list[str] = []
    for index, (language, size) in enumerate(ranked):
        if index == 0 or (total and size / total >= 0.10):
            for filename in MANIFESTS_BY_LANGUAGE.get(language, ()):
                if filename not in files:
                    files.append(filename)
    return files
