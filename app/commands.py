"""What each `inspection-qa` command does; `app.cli` parses the flags and calls one.

Each command builds what it needs from Settings (the flags override the environment) and
imports heavy libraries (torch, chromadb, gradio) only when it runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from app.settings import Settings
    from app.wiring import Components
    from index.retrieve import Scope


def _settings(args: argparse.Namespace) -> Settings:
    from app.settings import Settings

    overrides: dict[str, object] = {}
    if args.index:
        overrides["index"] = Path(args.index)
    if args.chroma_url:
        overrides["chroma_url"] = args.chroma_url
    for flag in ("llm_url", "llm_model", "llm_gguf"):
        if getattr(args, flag, None):
            overrides[flag] = getattr(args, flag)
    return Settings(**overrides)  # type: ignore[arg-type]


def _components(args: argparse.Namespace) -> Components:
    from app.wiring import Components

    return Components(_settings(args))


def _require_index(components: Components) -> bool:
    if components.store.documents():
        return True
    print(
        f"No documents in the index at {components.settings.index}. Run: inspection-qa ingest PATH",
        file=sys.stderr,
    )
    return False


def cmd_ingest(args: argparse.Namespace) -> int:
    from index.build import ingest_paths

    components = _components(args)
    report = ingest_paths(
        components.store,
        components.embedder,
        [Path(p) for p in args.paths],
        manifest_path=Path(args.manifest) if args.manifest else None,
        progress=not args.quiet and sys.stderr.isatty(),
        max_file_mb=components.settings.max_file_mb,
    )
    if args.prune:
        from index.maintain import prune

        pruned = prune(components.store, [Path(p) for p in args.paths])
        _log_changes(components.settings.index, [("removed", d, "file gone") for d in pruned])
        for doc_id in pruned:
            print(f"{'pruned':<10} {doc_id}  (its file is gone)")
    _log_changes(
        components.settings.index,
        [(f.status, f.doc_id, Path(f.path).name) for f in report.files],
    )
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    for f in report.files:
        name = Path(f.path).name
        if f.status == "failed":
            print(f"FAILED     {f.message}", file=sys.stderr)
            continue
        detail = f"{f.passages} passages" if f.status in ("added", "updated", "unchanged") else ""
        print(f"{f.status:<10} {name}  {f.doc_id}  {detail}  {f.message}".rstrip())
        for warning in f.warnings:
            print(f"  note: {warning}")
    if report.count("added") or report.count("updated") or args.prune:
        # Build and save the keyword index now, not at the first question after ingest
        # (at 50,000 passages that is ~13 s a user would otherwise wait for).
        _ = components.retriever
    total = components.store.passage_counts()
    print(
        f"{report.count('added')} added, {report.count('updated')} updated, "
        f"{report.count('unchanged')} unchanged, {report.count('duplicate')} duplicate, "
        f"{report.count('skipped')} skipped, {report.count('failed')} failed; "
        f"index {components.settings.index} holds {len(total)} documents, "
        f"{sum(total.values())} passages"
    )
    return 1 if report.failed else 0


def _log_changes(index: Path, done: Sequence[tuple[str, str, str]]) -> None:
    """Log (action, doc_id, name) changes made at the command line, by its user."""
    from app import changes

    who = changes.local_user()
    kept = [a for a in done if a[0] in ("added", "updated", "removed")]
    changes.record(index, [changes.Change(who, a, d, n) for a, d, n in kept])


def _read_questions(stream: Sequence[str]) -> list[tuple[str, str | None]]:
    items: list[tuple[str, str | None]] = []
    for raw in stream:
        line = raw.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                obj = json.loads(line)
                items.append((str(obj.get("question", "")), obj.get("conversation")))
                continue
            except json.JSONDecodeError:
                pass
        items.append((line, None))
    return items


def cmd_ask(args: argparse.Namespace) -> int:
    from app import render
    from app.answer import Turn

    if not args.json and not args.question:
        print(
            "Give a question, or --json - to read questions from standard input.", file=sys.stderr
        )
        return 2
    scope = _scope(args)
    if scope is False:
        return 2
    components = _components(args)
    if not _require_index(components):
        return 2
    assistant = components.assistant
    if args.json:
        if args.question not in (None, "-"):
            lines: Sequence[str] = [args.question]
        else:
            lines = sys.stdin.readlines()
        histories: dict[str, list[Turn]] = {}
        for question, conversation in _read_questions(lines):
            history = histories.setdefault(str(conversation), []) if conversation else []
            answer = assistant.ask(question, history, scope=scope)
            if conversation is not None:
                history.append(Turn(question, answer, answer.query))
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        return 0
    answer = assistant.ask(args.question, scope=scope)
    print(render.terminal(answer))
    if answer.verification.mode != "extractive":
        print(f"\n({answer.verification.summary()})")
    return 0


def _scope(args: argparse.Namespace) -> Scope | None | Literal[False]:
    """--voice and --as-of as a Scope; False (after a message) when either is not valid."""
    from app.scope import make_scope

    try:
        return make_scope(getattr(args, "voice", None), getattr(args, "as_of", None))
    except ValueError as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return False


def _record_items(args: argparse.Namespace, build: str) -> list[Any] | None:
    """The timeline or the register (`build` names the app.record function), printed as
    JSON when asked; None after a message when the scope or the index is not usable."""
    from app import record

    scope = _scope(args)
    if scope is False:
        return None
    components = _components(args)
    if not _require_index(components):
        return None
    items: list[Any] = getattr(record, build)(components.retriever, scope)
    if args.json:
        print(json.dumps([i.to_json() for i in items], ensure_ascii=False, indent=2))
    return items


def _print_citations(citations: Sequence[Any], indent: str) -> None:
    for c in citations:
        print(f"{indent}[{c.n}] {c.attribution or c.publisher} ({c.doc_id}, p. {c.page})")


def cmd_timeline(args: argparse.Namespace) -> int:
    from ingest.dates import human_date

    events = _record_items(args, "timeline")
    if events is None:
        return 2
    if args.json:
        return 0
    if not events:
        print("The indexed documents date no inspections, visits, reports or decisions.")
    for e in events:
        judged = f" — {e.judgement}" if e.judgement else ""
        print(f"{human_date(e.date):>18}  {e.body:<12} {e.kind}{judged}")
        print(f"{'':>20}{e.summary}")
        _print_citations(e.citations, " " * 20)
    return 0


def cmd_recommendations(args: argparse.Namespace) -> int:
    from ingest.dates import human_date

    recs = _record_items(args, "recommendations")
    if recs is None:
        return 2
    if args.json:
        return 0
    if not recs:
        print("The indexed documents hold no recommendations, requirements or directions.")
    for r in recs:
        print(f"{human_date(r.date)} — {r.by}, to {r.to} (concern {r.group})")
        print(f"    {r.text}")
        _print_citations(r.citations, "    ")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from ingest.dates import human_date

    components = _components(args)
    if not _require_index(components):
        return 2
    hits = components.assistant.search(args.query, k=args.k)
    rows = []
    for rank, hit in enumerate(hits, start=1):
        meta, p = hit.doc.meta, hit.passage
        rows.append(
            {
                "rank": rank,
                "score": round(hit.score, 4),
                "bm25": round(hit.bm25, 4),
                "cosine": round(hit.cosine, 4),
                "passage_id": p.passage_id,
                "doc_id": p.doc_id,
                "title": meta.title,
                "publisher": meta.publisher,
                "published": meta.published,
                "page": p.page,
                "text": p.text,
                "start": p.start,
                "end": p.end,
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        source = ", ".join(
            b
            for b in (str(row["publisher"]), human_date(str(row["published"])), f"p. {row['page']}")
            if b
        )
        print(
            f"{row['rank']:>2}. ({row['score']:.3f}) {row['title']} — {source}  [{row['doc_id']}]"
        )
        print("    " + " ".join(str(row["text"]).split()))
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    components = _components(args)
    store = components.store
    counts = store.passage_counts()
    rows = [
        {
            "doc_id": d.doc_id,
            "path": d.path,
            "title": d.meta.title,
            "publisher": d.meta.publisher,
            "kind": d.meta.kind,
            "published": d.meta.published,
            "passages": counts.get(d.doc_id, 0),
            "inferred": list(d.inferred),
            "paths": store.paths_of(d.doc_id),
        }
        for d in store.documents()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"The index at {components.settings.index} is empty. Run: inspection-qa ingest PATH")
        return 0
    for r in rows:
        print(f"{r['published'] or '????':<10}  {r['passages']:>4} passages  {r['doc_id']}")
        print(f"            {r['title']} — {r['publisher'] or 'publisher unknown'}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    questions_path, out = Path(args.questions), Path(args.out)
    if out.suffix.lower() not in (".docx", ".md"):
        print(f"{out}: unsupported output type '{out.suffix}' (use .docx or .md)", file=sys.stderr)
        return 2
    scope = _scope(args)
    if scope is False:
        return 2
    try:
        text = questions_path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        print(f"{questions_path}: cannot read the questions file ({exc.strerror})", file=sys.stderr)
        return 2
    from app import export
    from app.record import timeline

    questions = export.parse_questions(text)
    if not questions:
        print(
            f"{questions_path}: no questions (one a line; blank lines and # comments are skipped)",
            file=sys.stderr,
        )
        return 2
    components = _components(args)
    if not _require_index(components):
        return 2
    answers = export.ask_all(components.assistant, questions, scope)
    events = None if args.no_timeline else timeline(components.retriever)
    pack = export.build_pack(
        answers, events, title=args.title, scope=scope, documents=len(components.store.documents())
    )
    try:
        export.write(pack, out)
    except OSError as exc:
        print(f"{out}: cannot write the pack ({exc.strerror})", file=sys.stderr)
        return 2
    refused = sum(a.refused for a in answers)
    shown = "no timeline" if pack.timeline is None else f"{len(pack.timeline)} timeline events"
    if pack.timeline and out.suffix.lower() == ".md":
        shown += f" (chart: {export.chart_path(out).name})"
    print(f"wrote {out}: {len(answers)} questions ({refused} not answered by the record), {shown}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from index.maintain import find_document

    components = _components(args)
    store = components.store
    status = 0
    for ref in args.refs:
        doc_id = find_document(store, ref)
        if doc_id is None:
            print(f"{ref}: not in the index (see: inspection-qa sources)", file=sys.stderr)
            status = 1
            continue
        store.remove_document(doc_id)
        _log_changes(components.settings.index, [("removed", doc_id, ref)])
        print(f"removed    {doc_id}")
    return status


def cmd_check(args: argparse.Namespace) -> int:
    from index.maintain import check

    components = _components(args)
    embedder = components.embedder if args.repair else None
    report = check(components.store, embedder, repair=args.repair)
    print(f"{report.documents} documents, {report.passages} passages, {report.vectors} vectors")
    for doc_id, count in sorted(report.missing_vectors.items()):
        print(f"missing    {count} vector(s) for {doc_id}")
    if report.orphan_vectors:
        print(f"orphan     {len(report.orphan_vectors)} vector(s) with no passage in the registry")
    if report.consistent:
        print("consistent: the vector store and the registry agree")
        return 0
    if report.repaired:
        print("repaired: vectors re-embedded or removed; run check again to confirm")
        return 0
    print("inconsistent: run inspection-qa check --repair")
    return 1


def cmd_serve(args: argparse.Namespace) -> int:
    from app.users import read_logins

    settings = _settings(args)
    host = args.host or settings.host
    port = args.port or settings.port
    named = args.auth_file or settings.auth_file  # only the default place may be absent
    login_file = Path(named) if named else settings.login_file
    if named and not login_file.exists():
        print(
            f"{login_file}: no such login file; make it with: "
            f"inspection-qa user add NAME --role editor --auth-file {login_file}",
            file=sys.stderr,
        )
        return 2
    try:
        logins = read_logins(login_file, settings.auth)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if logins.plain:
        print(
            f"Note: {', '.join(logins.plain)} log in with a password kept in plain text (the "
            "old user:password format) and can only read. Hash them in place with: "
            f"inspection-qa user migrate --auth-file {login_file}; then make someone an editor "
            "with: inspection-qa user add NAME --role editor",
            file=sys.stderr,
        )
    from app.ui import serve
    from app.wiring import Components

    serve(Components(settings), host=host, port=port, logins=logins)
    return 0


def _read_password(confirm: bool) -> str | None:
    """The new password: asked twice at a terminal, else the first line of standard input."""
    import getpass

    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Password again: ") != first:
        print("The two passwords differ; nothing changed.", file=sys.stderr)
        return None
    return first


def cmd_user(args: argparse.Namespace) -> int:
    from app import users

    path = Path(args.auth_file) if args.auth_file else _settings(args).login_file
    try:
        if args.action == "add":
            password = _read_password(confirm=True)
            if password is None:
                return 2
            replaced = users.add_login(path, args.name, args.role, password)
            verb = "changed" if replaced else "added"
            print(f"{verb} {args.name} ({args.role}: {users.ROLE_HELP[args.role]}) in {path}")
            print("The chat asks everyone to log in while this file holds a login.")
        elif args.action == "remove":
            if not users.remove_login(path, args.name):
                print(f"{path}: no login named {args.name}", file=sys.stderr)
                return 1
            print(f"removed {args.name} from {path}")
        elif args.action == "migrate":
            done = users.migrate_logins(path)
            print(f"{path}: hashed {len(done)} plain password(s)" + (": " if done else ""), end="")
            print(", ".join(done))
        else:  # list
            logins = users.read_logins(path)
            if not logins:
                print(f"No logins in {path}: the chat asks no one to log in.")
            for login in logins.by_name.values():
                plain = "" if login.hashed else "  (plain-text password: run user migrate)"
                print(f"{login.name:<20} {login.role}{plain}")
    except (ValueError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    from app import changes

    index = _settings(args).index
    try:
        logged = changes.read(index)
    except (ValueError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.json:
        from dataclasses import asdict

        print(json.dumps([asdict(c) for c in logged], ensure_ascii=False, indent=2))
    elif not logged:
        print(f"No documents have been added or removed at {index} since the log began.")
    for change in [] if args.json else logged:
        print(change.line())
    return 0
