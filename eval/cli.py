"""`inspection-qa eval` and `inspection-qa bench`, added to the product's command line.

The product does not import its evaluation: pyproject.toml names `register_eval` and
`register_bench` in the `inspection_qa.commands` entry-point group, and `app.cli` calls each
with its subparsers. The measuring modules are imported only when a command runs, so
`inspection-qa --help` stays instant.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # what `ArgumentParser.add_subparsers` returns
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

# The sample record as it sits beside a checkout (`make eval` runs from the repository).
DEFAULT_CORPUS = Path("../shared/corpus/herefordshire")


def register_eval(subparsers: Subparsers) -> None:
    """Add `eval`: retrieval and answer quality beside the stock llama-index baseline."""
    p = subparsers.add_parser(
        "eval", help="retrieval and answer quality against the stock baseline"
    )
    p.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="record folder to evaluate on")
    p.add_argument("--questions", help="questions .jsonl (default: eval/questions/<corpus>.jsonl)")
    p.add_argument("--no-baseline", action="store_true", help="skip the llama-index baseline")
    p.add_argument("--json", dest="json_out", help="also write the figures to this file")
    p.add_argument(
        "--half",
        choices=("dev", "test", "all"),
        default="all",
        help="only the questions of this half (split by a hash of the id; default all)",
    )
    p.set_defaults(func=run_eval)


def register_bench(subparsers: Subparsers) -> None:
    """Add `bench`: ingest, latency, cold-start and memory figures at several sizes."""
    p = subparsers.add_parser(
        "bench", help="ingest, latency, cold-start and memory at several sizes"
    )
    add_bench_arguments(p)
    p.set_defaults(func=run_bench)


def add_bench_arguments(p: argparse.ArgumentParser) -> None:
    """The bench flags, shared by `inspection-qa bench` and `python -m eval.bench`."""
    p.add_argument("--quick", action="store_true", help="only the ~1,000-passage record")
    p.add_argument("--json", help="also write the figures to this file")
    # None: eval.bench.DEFAULT_SIZES (kept there, with the bench, rather than imported here)
    p.add_argument("--sizes", help="passages, comma-separated")
    p.add_argument("--seed", type=int, default=1, help="seed of the synthetic record")
    p.add_argument(
        "--pdf",
        type=int,
        nargs="?",
        const=300,
        metavar="N",
        help="a record of N generated PDFs of 10-40 pages (default 300, a council's); "
        "after --quick or --sizes, or alone",
    )


def run_eval(args: argparse.Namespace) -> int:
    from eval.run import main

    return main(args)


def run_bench(args: argparse.Namespace) -> int:
    from eval.bench import main

    return main(args)
