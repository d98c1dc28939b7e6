"""Settings: every field can be set from the environment, and the README says how."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import AliasChoices

from app.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def env_names(name: str) -> list[str]:
    """The environment variable(s) a Settings field is read from, in order of precedence."""
    field = Settings.model_fields[name]
    alias = field.validation_alias
    if isinstance(alias, AliasChoices):
        return [str(choice) for choice in alias.choices]
    if isinstance(alias, str):
        return [alias]
    return [f"{Settings.model_config['env_prefix']}{name}".upper()]


def configuration_table() -> str:
    """The README's configuration table: the `| env var | default | meaning |` rows."""
    section = README.read_text(encoding="utf-8").partition("\n## Configuration\n")[2]
    section = section.partition("\n## ")[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    assert rows, "no configuration table in the README"
    assert rows[0].startswith("| env var |"), rows[0]
    return "\n".join(rows)


def table_names(table: str) -> set[str]:
    """Variable names written out in full: `INSPECTION_QA_X`, not `_X` after a slash."""
    return set(re.findall(r"`([A-Z][A-Z0-9_]*)`", table))


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "| `INSPECTION_QA_HOST` / `INSPECTION_QA_PORT` | a | b |",
            {"INSPECTION_QA_HOST", "INSPECTION_QA_PORT"},
        ),
        ("| `INSPECTION_QA_HOST` / `_PORT` | a | b |", {"INSPECTION_QA_HOST"}),
        ("| `X` | 1 | else `OPENAI_API_KEY` |", {"X", "OPENAI_API_KEY"}),
    ],
    ids=["both-in-full", "abbreviated", "in-the-meaning"],
)
def test_table_names_counts_only_names_in_full(table, expected):
    assert table_names(table) == expected


@pytest.mark.parametrize("name", sorted(Settings.model_fields), ids=sorted(Settings.model_fields))
def test_every_setting_is_in_the_readme_configuration_table(name):
    missing = [env for env in env_names(name) if env not in table_names(configuration_table())]
    assert not missing, f"README.md's configuration table lacks {missing} (Settings.{name})"


def test_env_names_follow_the_prefix_or_the_alias():
    assert env_names("port") == ["INSPECTION_QA_PORT"]
    assert env_names("llm_api_key") == ["INSPECTION_QA_LLM_API_KEY", "OPENAI_API_KEY"]
