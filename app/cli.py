"""`inspection-qa`: a thin command line over the answer core.

This module builds the parser and runs a command from `app.commands`. Other packages add
commands through the `inspection_qa.commands` entry-point group (evaluation adds `eval` and
`bench`), so the product never imports them. Heavy libraries (torch, chromadb, gradio) are
imported inside commands so `--help` is instant.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app import commands
from ingest.voice import VOICES

# Entry points in this group are `register(subparsers)` functions that add one command.
COMMANDS_GROUP = "inspection_qa.commands"


def _scope_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--voice", help="only these voices, e.g. ofsted,commissioner (" + ", ".join(VOICES) + ")"
    )
    p.add_argument("--as-of", help="only material published by YYYY[-MM[-DD]]")


def _auth_file_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--auth-file",
        help="login file (env INSPECTION_QA_AUTH_FILE; default: logins in the index folder). "
        "Passwords are never taken as an argument",
    )


def _user(args: argparse.Namespace) -> int:
    if args.action in ("add", "remove") and not args.name:
        print(f"user {args.action}: give the login name", file=sys.stderr)
        return 2
    return commands.cmd_user(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspection-qa",
        description="Cited answers about an inspection record, offline.",
    )
    parser.add_argument("--index", help="index directory (env INSPECTION_QA_INDEX)")
    parser.add_argument("--chroma-url", help="Chroma server URL instead of the embedded store")
    parser.add_argument(
        "--encoder-precision",
        choices=("float32", "int8"),
        help="embedding weights for a new index (env INSPECTION_QA_ENCODER_PRECISION); an "
        "existing index keeps the precision its vectors came from",
    )
    llm = parser.add_argument_group(
        "generated answers (optional; the default answer quotes the record without a model)"
    )
    llm.add_argument("--llm-url", help="OpenAI-compatible server (env INSPECTION_QA_LLM_URL)")
    llm.add_argument("--llm-model", help="model name on that server (INSPECTION_QA_LLM_MODEL)")
    llm.add_argument("--llm-gguf", help="local GGUF model file (INSPECTION_QA_LLM_GGUF)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="add files or folders to the index")
    p.add_argument(
        "paths", nargs="+", help="files or folders (.txt .md .html .mhtml .pdf .docx .odt .rtf)"
    )
    p.add_argument("--manifest", help="sources.csv with file,title,publisher,kind,published,about")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "--prune",
        action="store_true",
        help="also remove indexed documents whose files under PATH are gone",
    )
    p.set_defaults(func=commands.cmd_ingest)

    p = sub.add_parser("remove", help="remove documents by doc_id or file path")
    p.add_argument("refs", nargs="+", metavar="PATH|DOC_ID")
    p.set_defaults(func=commands.cmd_remove)

    p = sub.add_parser("check", help="verify the vector store against the registry")
    p.add_argument("--repair", action="store_true", help="re-embed missing, drop orphan vectors")
    p.set_defaults(func=commands.cmd_check)

    p = sub.add_parser("ask", help="answer a question with citations")
    p.add_argument("question", nargs="?", help="the question, or - with --json for stdin")
    p.add_argument(
        "--json",
        action="store_true",
        help="JSON lines: read questions (text or {question, conversation}) from stdin",
    )
    _scope_flags(p)
    p.set_defaults(func=commands.cmd_ask)

    p = sub.add_parser("timeline", help="the record's dated events, each cited")
    p.add_argument("--json", action="store_true")
    _scope_flags(p)
    p.set_defaults(func=commands.cmd_timeline)

    p = sub.add_parser("recommendations", help="every recommendation, who made it and when")
    p.add_argument("--json", action="store_true")
    _scope_flags(p)
    p.set_defaults(func=commands.cmd_recommendations)

    p = sub.add_parser("search", help="ranked passages for a query, no answer")
    p.add_argument("query")
    p.add_argument("-k", type=int, default=10, help="how many passages")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=commands.cmd_search)

    p = sub.add_parser("sources", help="documents in the index")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=commands.cmd_sources)

    p = sub.add_parser("export", help="an induction pack: questions, cited answers, timeline")
    p.add_argument("questions", help="text file, one question a line (# comments skipped)")
    p.add_argument("--out", required=True, help="pack.docx (Word, footnotes) or pack.md")
    p.add_argument("--voice", help="only these voices, e.g. ofsted,commissioner")
    p.add_argument("--as-of", help="only material published by YYYY[-MM[-DD]]")
    p.add_argument("--title", default="Induction pack", help="the pack's title")
    p.add_argument("--no-timeline", action="store_true", help="leave out the timeline section")
    p.set_defaults(func=commands.cmd_export)

    p = sub.add_parser("serve", help="start the chat in the browser")
    p.add_argument("--host", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default 7860)")
    _auth_file_flag(p)
    p.set_defaults(func=commands.cmd_serve)

    p = sub.add_parser(
        "user",
        help="logins for the chat: add (asks the password), remove, list, migrate",
        description="Readers ask, browse and export; editors also add and remove documents. "
        "While the login file holds a login, the chat asks everyone to log in. "
        "`add` asks for the password (from standard input when it is not a terminal).",
    )
    p.add_argument("action", choices=["add", "remove", "list", "migrate"])
    p.add_argument("name", nargs="?", help="the login name (add, remove)")
    p.add_argument("--role", choices=["reader", "editor"], default="reader")
    _auth_file_flag(p)
    p.set_defaults(func=_user)

    p = sub.add_parser("log", help="who added or removed which document, and when")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=commands.cmd_log)

    add_registered_commands(sub)
    return parser


def add_registered_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Commands that installed packages register in COMMANDS_GROUP, e.g. eval and bench."""
    from importlib.metadata import entry_points

    # by name, so the order of --help does not depend on how the packages were installed
    for entry in sorted(entry_points(group=COMMANDS_GROUP), key=lambda e: e.name):
        if entry.name in sub.choices:  # one command, one owner: a second is ignored
            continue
        try:
            register = entry.load()
        except Exception as exc:  # a broken add-on must not take the other commands down
            print(
                f"inspection-qa: the '{entry.name}' command ({entry.value}) could not be loaded "
                f"({exc}); reinstall the package that provides it (pip install -e .)",
                file=sys.stderr,
            )
            continue
        register(sub)


def main(argv: Sequence[str] | None = None) -> int:
    from app.llm import LLMConfigError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except LLMConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`inspection-qa timeline | head -1`): stop quietly, and keep
        # Python from complaining again when it flushes stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
