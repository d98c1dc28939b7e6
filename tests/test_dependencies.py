"""Dependencies point one way: evaluation uses the product, the product never imports it.

`eval` reaches the command line through the `inspection_qa.commands` entry-point group
instead, and these tests check both halves: no import of `eval` anywhere in ingest/, index/
or app/ (read with `ast`, so imports inside functions count too), and the commands still
there, with their flags, when the parser is built.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PRODUCT = ("ingest", "index", "app")
PRODUCT_MODULES = sorted(p for package in PRODUCT for p in (REPO / package).rglob("*.py"))


def imported_modules(source: str) -> set[str]:
    """Absolute module names a module imports, at any depth, including import_module("…")."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def _is_eval(module: str) -> bool:
    return module == "eval" or module.startswith("eval.")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import eval.run", {"eval.run"}),
        ("from eval.bench import main", {"eval.bench"}),
        ("def f():\n    from eval import metrics", {"eval"}),
        ("import importlib\nimportlib.import_module('eval.cli')", {"importlib", "eval.cli"}),
        ("from . import render", set()),
        ("from evaluation import x\nimport evaluate", {"evaluation", "evaluate"}),
    ],
    ids=["import", "from", "inside-function", "import_module", "relative", "lookalike"],
)
def test_imported_modules_finds_every_kind_of_import(source, expected):
    assert imported_modules(source) == expected


@pytest.mark.parametrize(
    ("module", "is_eval"),
    [("eval", True), ("eval.cli", True), ("evaluation", False), ("app.eval", False)],
)
def test_only_the_eval_package_counts_as_eval(module, is_eval):
    assert _is_eval(module) is is_eval


def test_the_product_has_modules_to_check():
    assert {p.parent.name for p in PRODUCT_MODULES} >= set(PRODUCT)
    assert REPO / "app" / "cli.py" in PRODUCT_MODULES


@pytest.mark.parametrize(
    "path", PRODUCT_MODULES, ids=[str(p.relative_to(REPO)) for p in PRODUCT_MODULES]
)
def test_the_product_never_imports_eval(path):
    bad = sorted(m for m in imported_modules(path.read_text(encoding="utf-8")) if _is_eval(m))
    assert not bad, f"{path.relative_to(REPO)} imports {bad}: evaluation must depend on the product"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["eval", "--corpus", "rec", "--questions", "q.jsonl", "--no-baseline", "--json", "o"],
            {"corpus": "rec", "questions": "q.jsonl", "no_baseline": True, "json_out": "o"},
        ),
        (["eval"], {"corpus": "../shared/corpus/herefordshire", "no_baseline": False}),
        (
            ["bench", "--quick", "--json", "b.json", "--sizes", "10,20", "--seed", "3"],
            {"quick": True, "json": "b.json", "sizes": "10,20", "seed": 3},
        ),
        (["bench"], {"quick": False, "json": None, "sizes": None, "seed": 1, "pdf": None}),
        (["bench", "--pdf"], {"pdf": 300, "quick": False}),
        (["bench", "--quick", "--pdf", "20"], {"pdf": 20, "quick": True}),
        (["--encoder-precision", "int8", "eval"], {"encoder_precision": "int8"}),
    ],
    ids=[
        "eval-flags",
        "eval-defaults",
        "bench-flags",
        "bench-defaults",
        "bench-pdf",
        "bench-quick-pdf",
        "eval-int8",
    ],
)
def test_eval_and_bench_reach_the_cli_through_entry_points(argv, expected):
    from app.cli import build_parser

    args = build_parser().parse_args(argv)
    assert {k: getattr(args, k) for k in expected} == expected
    assert args.func.__module__ == "eval.cli"
