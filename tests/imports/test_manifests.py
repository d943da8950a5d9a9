"""Dependency manifests → package names. Pure."""

from __future__ import annotations

import pytest

from smatrx.imports.manifests import MAX_MANIFEST_BYTES, dependencies


def test_requirements_txt() -> None:
    text = """
# web
Django>=4.2,<5  # the framework
requests[socks]==2.32.3 ; python_version >= "3.11"
-r base.txt
-e git+https://github.com/x/y.git#egg=y
--index-url https://pypi.example/simple
./local/package
https://example.com/pkg.whl
psycopg[binary] @ https://example.com/psycopg.whl
numpy \\
    ~=2.0
flask
Django
"""
    assert dependencies("requirements.txt", text) == [
        "django",
        "requests",
        "psycopg",
        "numpy",
        "flask",
    ]


def test_pyproject_toml_pep621_groups_and_poetry() -> None:
    text = """
[project]
name = "demo"
dependencies = ["fastapi>=0.110", "pydantic[email]", "SQLAlchemy ; python_version>'3.9'"]
[project.optional-dependencies]
dev = ["pytest>=8", "ruff"]
[dependency-groups]
docs = ["sphinx", {include-group = "dev"}]
[tool.poetry.dependencies]
python = "^3.11"
celery = {version = "^5", extras = ["redis"]}
[tool.poetry.group.test.dependencies]
hypothesis = "*"
"""
    assert dependencies("pyproject.toml", text) == [
        "fastapi",
        "pydantic",
        "sqlalchemy",
        "pytest",
        "ruff",
        "sphinx",
        "celery",
        "hypothesis",
    ]


def test_package_json_scopes_and_types() -> None:
    text = """{
      "name": "app",
      "dependencies": {"react": "^18", "@angular/core": "17", "@angular/common": "17",
                       "express": "4"},
      "devDependencies": {"@types/node": "20", "jest": "29", "typescript": "5"},
      "peerDependencies": {"left-pad": "1"}
    }"""
    assert dependencies("package.json", text) == [
        "react",
        "angular",
        "express",
        "jest",
        "typescript",
    ]


def test_go_mod() -> None:
    text = """module example.com/me/app

go 1.22

require github.com/spf13/cobra v1.8.0

require (
    github.com/gin-gonic/gin v1.9.1
    github.com/redis/go-redis/v9 v9.5.1
    gopkg.in/yaml.v3 v3.0.1
    golang.org/x/net v0.20.0
    github.com/bytedance/sonic v1.10.0 // indirect
)
"""
    assert dependencies("go.mod", text) == ["cobra", "gin", "go-redis", "yaml"]


def test_cargo_toml() -> None:
    text = """
[package]
name = "demo"
[dependencies]
tokio = { version = "1", features = ["full"] }
serde = "1"
json = { package = "serde_json", version = "1" }
[dev-dependencies]
criterion = "0.5"
[target.'cfg(unix)'.dependencies]
nix = "0.28"
"""
    assert dependencies("Cargo.toml", text) == ["tokio", "serde", "serde_json", "criterion", "nix"]


def test_gemfile() -> None:
    text = """source "https://rubygems.org"
gem "rails", "~> 7.1"
gem 'pg'
  gem("sidekiq")
# gem "commented"
group :test do
  gem "rspec-rails"
end
"""
    assert dependencies("Gemfile", text) == ["rails", "pg", "sidekiq", "rspec-rails"]


POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <artifactId>my-app</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency><groupId>org.junit</groupId><artifactId>junit</artifactId></dependency>
    <dependency><groupId>x</groupId><artifactId>${custom.artifact}</artifactId></dependency>
  </dependencies>
  <build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId></plugin></plugins></build>
</project>"""


def test_pom_xml_reads_dependency_artifacts_only() -> None:
    assert dependencies("pom.xml", POM) == ["spring-boot-starter-web", "junit"]


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>',
        "<!doctype project>",
    ],
)
def test_pom_xml_refuses_dtds(prolog: str) -> None:
    text = POM.replace("<project ", prolog + "\n<project ", 1)
    assert dependencies("pom.xml", text) == []


def test_composer_json() -> None:
    text = """{"require": {"php": ">=8.2", "ext-json": "*", "laravel/framework": "^11",
                          "guzzlehttp/guzzle": "^7"},
              "require-dev": {"phpunit/phpunit": "^10", "symfony/console": "^7"}}"""
    assert dependencies("composer.json", text) == ["laravel", "guzzle", "phpunit", "console"]


@pytest.mark.parametrize(
    ("filename", "text"),
    [
        ("package.json", "{not json"),
        ("package.json", "[1, 2]"),
        ("composer.json", '{"require": ["a/b"]}'),
        ("pyproject.toml", "[project\nname="),
        ("Cargo.toml", "dependencies = 3"),
        ("pom.xml", "<project><dependency>"),
        ("unknown.cfg", "requests"),
        ("requirements.txt", ""),
    ],
)
def test_bad_or_unknown_input_gives_nothing(filename: str, text: str) -> None:
    assert dependencies(filename, text) == []


def test_oversized_input_is_ignored() -> None:
    text = "flask\n" + "#" * MAX_MANIFEST_BYTES
    assert dependencies("requirements.txt", text) == []
    assert dependencies("requirements.txt", "flask\n") == ["flask"]


def test_path_prefix_is_ignored() -> None:
    assert dependencies("backend/requirements.txt", "flask") == ["flask"]
