"""The ``teema`` command line: an outer shell like the window.

It may import every layer (inside the commands that need them); nothing in the
core imports it. Errors a user can act on are printed as one clear line, never
a traceback, and the exit status says whether everything worked.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from workbench import __version__
from workbench.errors import TeemaError
from workbench.i18n import _, ngettext, set_language
from workbench.labels import kind_label

if TYPE_CHECKING:
    from coding.nlp.processing import ProcessingResult
    from coding.themes.units import Unit
    from workbench.domain.nlp_cache import TokenTable
    from workbench.project import Project

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    from workbench.domain.documents import KINDS

    parser = argparse.ArgumentParser(
        prog="teema",
        description=_("Teema – offline workbench for qualitative customer-experience research."),
    )
    parser.add_argument("--version", action="version", version=f"teema {__version__}")
    parser.add_argument(
        "--lang", choices=["en", "fi"], help=_("language of messages (default: the system's)")
    )
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))

    p = sub.add_parser("new", help=_("create an empty project file"))
    p.add_argument("project", type=Path, help=_("the new project file (*.teema)"))
    p.add_argument("--name", help=_("the study's name (default: the file name)"))
    p.add_argument(
        "--language", choices=["fi", "en"], default="fi", help=_("the project's reporting language")
    )

    p = sub.add_parser("import", help=_("import files into a project"))
    p.add_argument("project", type=Path)
    p.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help=_("files, or folders whose importable files are all imported"),
    )
    p.add_argument("--kind", choices=KINDS, help=_("document kind (default: detected)"))
    p.add_argument(
        "--language", choices=["fi", "en", "other"], help=_("document language (default: detected)")
    )
    p.add_argument("--text-column", help=_("csv/xlsx: the column with the open answers"))
    p.add_argument("--id-column", help=_("csv/xlsx: the column identifying the respondent"))
    p.add_argument(
        "--per",
        choices=["row", "column"],
        default="row",
        help=_("csv/xlsx: one document per row or per answer column"),
    )
    p.add_argument("--sheet", help=_("xlsx: the sheet to read (default: the first)"))
    p.add_argument(
        "--allow-duplicates",
        action="store_true",
        help=_("import a file again even if the same file is already in the project"),
    )

    p = sub.add_parser("info", help=_("show what a project holds"))
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = sub.add_parser(
        "upgrade", help=_("bring a project from an older Teema up to this version's format")
    )
    p.add_argument("project", type=Path)

    p = sub.add_parser("search", help=_("search every document (words by their lemmas, too)"))
    p.add_argument("project", type=Path)
    p.add_argument("query", help=_('words, "a phrase" or NEAR(a b, N) (lemma mode)'))
    p.add_argument(
        "--mode",
        choices=["plain", "regex", "lemma"],
        default="lemma",
        help=_("plain text, a regular expression, or words by their lemmas (default)"),
    )
    p.add_argument("--json", action="store_true", help=_("one JSON object per hit"))

    p = sub.add_parser("themes", help=_("group passages into candidate themes"))
    p.add_argument("project", type=Path)
    p.add_argument(
        "--units",
        choices=["segments", "turns", "paragraphs", "answers"],
        default="segments",
        help=_("what to group: coded segments, interviewees' turns, paragraphs or survey answers"),
    )
    p.add_argument("--k", type=int, default=10, help=_("the number of themes (default: 10)"))
    p.add_argument(
        "--method",
        choices=["auto", "ward", "kmeans"],
        default="auto",
        help=_("Ward up to 10,000 units, k-means above (auto), or either"),
    )
    p.add_argument("--kind", action="append", help=_("only documents of this kind (repeatable)"))
    p.add_argument(
        "--save", action="store_true", help=_("store the themes in the project for review")
    )
    p.add_argument("--json", action="store_true", help=_("one JSON object per theme"))

    p = sub.add_parser("export", help=_("write the project's data for other tools"))
    p.add_argument("format", choices=sorted(EXPORT_FORMATS), help=_("what to write"))
    p.add_argument("project", type=Path)
    p.add_argument("out", type=Path, help=_("the file to write (its extension picks the type)"))
    cells = p.add_mutually_exclusive_group()
    cells.add_argument(
        "--counts",
        dest="presence",
        action="store_false",
        default=False,
        help=_("matrix: count segments (default)"),
    )
    cells.add_argument("--presence", action="store_true", help=_("matrix: 1 if coded, else 0"))
    p.add_argument(
        "--rollup", action="store_true", help=_("matrix: parent codes also count their sub-codes")
    )
    p.add_argument(
        "--template",
        type=Path,
        help=_("report: a Word template (.docx or .dotx) whose styles, header and logo are used"),
    )
    p.add_argument(
        "--language",
        choices=("fi", "en"),
        help=_("hypotheses, report: the document's language (default: the project's)"),
    )

    p = sub.add_parser("gui", help=_("open the window"))
    p.add_argument("project", type=Path, nargs="?")

    p = sub.add_parser("demo", help=_("build the demo project from the bundled sample study"))
    p.add_argument(
        "project",
        type=Path,
        nargs="?",
        help=_("where to write it (default: {path})").format(path=_default_demo()),
    )
    p.add_argument("--no-gui", action="store_true", help=_("only build it; do not open it"))
    p.add_argument("--force", action="store_true", help=_("rebuild it if it exists"))
    return parser


def _default_demo() -> Path:
    return Path.home() / "Teema" / "kuurakulma-demo.teema"


def cmd_new(args: argparse.Namespace) -> int:
    from workbench.project import Project

    with Project.create(args.project, name=args.name, language=args.language) as project:
        print(_("Created {path} ({name}).").format(path=args.project, name=project.name))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.importers.base import ImportOptions
    from workbench.importers.batch import import_files
    from workbench.project import Project

    options = ImportOptions(
        kind=args.kind,
        language=args.language,
        text_column=args.text_column,
        id_column=args.id_column,
        per=args.per,
        sheet=args.sheet,
    )
    refi = [f for f in args.files if f.suffix.lower() == ".qdpx"]
    others = [f for f in args.files if f.suffix.lower() != ".qdpx"]
    with Project.open(args.project) as project:
        refi_refused = _import_refi(project, refi)
        if not others:
            return EXIT_ERROR if refi_refused else EXIT_OK
        results = import_files(project, others, options, allow_duplicates=args.allow_duplicates)
    for result in results:
        print(result.line())
    refused = sum(1 for r in results if not r.ok) + refi_refused
    imported = sum(len(r.documents) for r in results)
    files = sum(1 for r in results if r.status == "imported")
    print(
        ngettext("{docs} document imported", "{docs} documents imported", imported).format(
            docs=imported
        )
        + " "
        + ngettext("from {files} file", "from {files} files", files).format(files=files)
        + "; "
        + ngettext("{refused} file refused.", "{refused} files refused.", refused).format(
            refused=refused
        )
    )
    return EXIT_ERROR if refused else EXIT_OK


def _import_refi(project: Project, files: list[Path]) -> int:
    """Import REFI-QDA projects one by one (each its own transaction); return how many
    were refused. One line per file, then its warnings, so nothing is dropped silently."""
    from exports.refi_import import import_project

    refused = 0
    for path in files:
        try:
            result = import_project(project, path)
        except TeemaError as exc:
            print(f"{path.name}: {_('REFUSED')} – {exc}")
            refused += 1
            continue
        print(f"{path.name}: {_('imported')} – {result.line()}")
        for warning in result.warnings:
            print(f"  {warning}")
    return refused


def cmd_info(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from workbench.project import Project

    with Project.open(args.project, readonly=True, check="quick_check") as project:
        info = project.info()
    if args.json:
        print(json.dumps(asdict(info), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(_("Project: {name} ({path})").format(name=info.name, path=args.project))
    print(
        _("Language: {language}; format version {version}; created {created}").format(
            language=info.language, version=info.schema_version, created=info.created
        )
    )
    print(_("Documents: {n} ({chars} characters)").format(n=info.documents, chars=info.characters))
    for kind, n in info.documents_by_kind.items():
        print(f"  {kind_label(kind)}: {n}")
    print(
        _(
            "Cases: {cases}; codes: {codes}; coded segments: {segments}; memos: {memos}; "
            "coders: {coders}"
        ).format(
            cases=info.cases,
            codes=info.codes,
            segments=info.segments,
            memos=info.memos,
            coders=info.coders,
        )
    )
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace) -> int:
    from workbench.project import Project

    with Project.open(args.project) as project:
        backup = project.migration_backup
        version = project.info().schema_version
    if backup is None:
        print(
            _("{path} is already in format version {version}.").format(
                path=args.project, version=version
            )
        )
    else:
        print(
            _(
                "Upgraded {path} to format version {version}; the old file is kept as {backup}."
            ).format(path=args.project, version=version, backup=backup)
        )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from coding.nlp.processing import process_project
    from coding.search import search
    from workbench.project import Project

    with Project.open(args.project) as project:
        if args.mode == "lemma":
            _report_processing(process_project(project))
        mode = "lemma" if args.mode == "lemma" else "text"
        hits = search(project, args.query, mode=mode, regex=args.mode == "regex")
    for hit in hits:
        if args.json:
            record = {
                "document": hit.document_name,
                "document_id": hit.document_id,
                "start": hit.start,
                "end": hit.end,
                "text": hit.text,
                "context": f"{hit.before}{hit.text}{hit.after}",
            }
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(f"{hit.document_name}:{hit.start}-{hit.end}: {hit.before}[{hit.text}]{hit.after}")
    return EXIT_OK


def _report_processing(result: ProcessingResult) -> None:
    """Tell on stderr (stdout may be JSON) what language processing just did."""
    if result.done:
        n = len(result.done)
        print(
            ngettext(
                "Processed {n} document for search and themes.",
                "Processed {n} documents for search and themes.",
                n,
            ).format(n=n),
            file=sys.stderr,
        )
    for message in result.messages:
        print(message, file=sys.stderr)


def _processed_tables(
    project: Project, units: Sequence[Unit], store: bool
) -> dict[int, TokenTable]:
    """Token tables of the units' documents, processing those not processed yet
    (stored when the project is open for writing, else used for this run only)."""
    from coding.nlp.processing import collect_pending, process_documents, store_results
    from coding.themes.units import cached_tables

    pending = collect_pending(project, sorted({u.document_id for u in units}))
    result = process_documents(pending)
    if store:
        store_results(project, result)
    _report_processing(result)
    tables = cached_tables(project, units)
    tables.update((table.document_id, table) for table, _text in result.done)
    return tables


def cmd_themes(args: argparse.Namespace) -> int:
    from coding.retrieval import RetrievalFilter
    from coding.themes.engine import run_themes
    from coding.themes.review import label_of, store_model
    from coding.themes.units import collect_units
    from workbench.project import Project

    if args.k < 1:
        raise TeemaError(_("--k must be at least 1."))
    flt = RetrievalFilter(kinds=frozenset(args.kind or ()))
    with Project.open(args.project, readonly=not args.save, check="quick_check") as project:
        units = collect_units(project, args.units, flt)
        if not units:
            print(_("There are no units of that kind to group."), file=sys.stderr)
            return EXIT_ERROR
        tables = _processed_tables(project, units, store=args.save)
        model = run_themes(units, method=args.method, tables=tables)
        names = {d.id: d.name for d in project.documents.list()}
        if args.save:
            run = store_model(project, model, args.k, args.units, flt)
            print(_("Stored as theme run {id}.").format(id=run.id), file=sys.stderr)
    for number, theme in enumerate(model.themes(args.k), start=1):
        quotes = [model.units[i] for i in theme.quotes]
        if args.json:
            record = {
                "theme": number,
                "label": label_of(theme.keywords),
                "keywords": list(theme.keywords),
                "size": len(theme.members),
                "quotes": [
                    {"document": names[u.document_id], "start": u.start, "end": u.end,
                     "text": u.text}
                    for u in quotes
                ],
            }  # fmt: skip
            print(json.dumps(record, ensure_ascii=False))
            continue
        print(
            _("Theme {n} ({size} units): {keywords}").format(
                n=number, size=len(theme.members), keywords=", ".join(theme.keywords)
            )
        )
        for u in quotes:
            quote = " ".join(u.text.split())
            print(f"  – {names[u.document_id]}: {quote[:200]}")
    return EXIT_OK


def export_matrix(project: Project, out: Path, args: argparse.Namespace) -> list[Path]:
    from exports.matrices import export_matrices

    return export_matrices(project, out, presence=args.presence, rollup=args.rollup)


def export_qdc(project: Project, out: Path, args: argparse.Namespace) -> list[Path]:
    from exports.refi_codebook import export_codebook

    export_codebook(project, out)
    return [out]


def export_qdpx(project: Project, out: Path, args: argparse.Namespace) -> list[Path]:
    from exports.refi_project import export_project

    return [export_project(project, out)]


def export_hypotheses(project: Project, out: Path, args: argparse.Namespace) -> list[Path]:
    from exports.hypothesis_sheet import export_hypotheses as write

    return [write(project, out, language=args.language)]


def export_report(project: Project, out: Path, args: argparse.Namespace) -> list[Path]:
    from exports.report import write_report

    def progress(done: int, total: int, message: str) -> None:
        if message:
            print(f"[{done}/{total}] {message}", file=sys.stderr)

    return [write_report(project, out, template=args.template, language=args.language,
                         progress=progress)]  # fmt: skip


#: ``teema export FORMAT``: each writes ``out`` from the open project and returns the
#: files written (later formats plug in here).
EXPORT_FORMATS: dict[str, Callable[[Project, Path, argparse.Namespace], list[Path]]] = {
    "hypotheses": export_hypotheses,
    "matrix": export_matrix,
    "qdc": export_qdc,
    "qdpx": export_qdpx,
    "report": export_report,
}


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.project import Project

    with Project.open(args.project, readonly=True, check="quick_check") as project:
        written = EXPORT_FORMATS[args.format](project, args.out, args)
    for path in written:
        print(_("Wrote {path}").format(path=path))
    return EXIT_OK


def _open_gui(project: Path | None) -> int:
    try:
        from ui.app import run  # type: ignore[import-not-found]
    except ImportError:
        print(
            _(
                "The window is not available yet in this version; "
                "use 'teema info' to look at the project."
            )
        )
        return EXIT_ERROR
    return int(run(project))


def cmd_gui(args: argparse.Namespace) -> int:
    if args.project is not None:
        # Say what is wrong with the file here, on the terminal the user typed in.
        from workbench.project import Project

        Project.open(args.project, readonly=True, check="quick_check").close()
    return _open_gui(args.project)


def cmd_demo(args: argparse.Namespace) -> int:
    from workbench.demo import build_demo

    path = args.project or _default_demo()
    if path.exists() and not args.force:
        print(_("Using the existing demo project {path} (--force rebuilds it).").format(path=path))
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        report = build_demo(path, overwrite=args.force)
        print(report)
    if args.no_gui:
        return EXIT_OK
    _open_gui(path)
    return EXIT_OK


COMMANDS = {
    "new": cmd_new,
    "import": cmd_import,
    "info": cmd_info,
    "upgrade": cmd_upgrade,
    "search": cmd_search,
    "themes": cmd_themes,
    "export": cmd_export,
    "gui": cmd_gui,
    "demo": cmd_demo,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--lang" in argv[:-1]:
        set_language(argv[argv.index("--lang") + 1])
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except TeemaError as exc:
        print(_("teema: error: {message}").format(message=exc), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(_("teema: interrupted"), file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
