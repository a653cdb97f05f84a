"""Command-line interface: a thin typer layer over :class:`dotterel.coder.Coder`.

``main(argv) -> int`` is the entry point; the library underneath never prints
or exits. Exit status: 0 on success, 2 when any input was rejected or a usage
error occurred (the other inputs are still coded and stored), 1 for an
unexpected internal error.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import functools
import inspect
import io
import json
import uuid
import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer

from . import __version__
from .errors import DotterelError, InputError
from .export.base import EXPORTERS, cli_formats
from .ingest import MAX_BYTES_DEFAULT
from .outputs import check_output, check_store_path, same_file
from .records.filters import EventFilter

__all__ = ["app", "main"]

app = typer.Typer(
    name="dotterel",
    help="Turn news text about political unrest into sourced PLOVER event records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, enum.Enum):
    """Output formats of ``dotterel code``: a readable table or JSON Lines (one event per line)."""

    table = "table"
    jsonl = "jsonl"


# -- the pipeline options: one set for code, run, serve and evaluate ------------------------------------
ConfigOption = Annotated[
    Optional[Path],
    typer.Option("--config", metavar="FILE", help="Pipeline configuration (TOML, see docs/architecture.md); "
                 "the flags below override it."),
]
KbOption = Annotated[
    Optional[list[str]],
    typer.Option("--kb", metavar="FILE", help="Extra knowledge base file (JSON, see docs/knowledge_base.md); "
                 "repeatable, loaded in order after the packaged files."),
]
CacheDirOption = Annotated[
    Optional[Path],
    typer.Option("--cache-dir", metavar="DIR", help="Where the place index is built (default: the user cache "
                 "folder)."),
]
BatchSizeOption = Annotated[
    Optional[int], typer.Option("--batch-size", min=1, help="Documents per spaCy batch (default 16).")
]
TwoPassOption = Annotated[
    Optional[bool],
    typer.Option("--two-pass/--one-pass", help="Parse in two passes: the parser and the entity recogniser only "
                 "on the paragraphs that can hold an event, up to the last trigger (default: one pass; see the README's speed section)."),
]
CountConventionOption = Annotated[
    Optional[str],
    typer.Option("--count-convention", metavar="NAME", help="How vague figures ('dozens', 'hundreds') get a "
                 "number: acled (default: dozens 12, hundreds 100), countlove (dozens 20) or ccc (hundreds 200, "
                 "thousands 2,000); see docs/counts.md."),
]


class _Injected:
    """What :func:`main`'s caller hands the commands (``ctx.obj``): an already loaded coder, or none."""

    def __init__(self, coder=None) -> None:
        self.coder = coder


def _pipeline(config: Path | None, kb: list[str] | None, cache_dir: Path | None, batch_size: int | None,
              debug: bool | None = None, count_convention: str | None = None,
              two_pass: bool | None = None):
    """The :class:`~dotterel.pipeline.config.PipelineConfig` of a command: defaults, --config, then flags."""
    from .pipeline.config import PipelineConfig

    pipeline = PipelineConfig.load(config, cache_dir=cache_dir, batch_size=batch_size, debug=debug,
                                   count_convention=count_convention, two_pass=two_pass)
    if kb:
        pipeline = pipeline.with_overrides(kb_files=[*pipeline.kb_files, *(Path(k) for k in kb)])
    return pipeline


def _coder(ctx: typer.Context, pipeline):
    """A coder for ``pipeline``: the injected one when it codes alike (tests share one), else a new one."""
    injected = ctx.obj.coder if isinstance(ctx.obj, _Injected) else None
    if injected is not None:
        return injected.for_config(pipeline)
    from .coder import Coder
    from .progress import load_place_index

    # the place index is loaded here, not inside Coder, so that a first-run build is announced on stderr
    return Coder(pipeline, gazetteer=load_place_index(sys.stderr, cache_dir=pipeline.cache_dir))


def _err(message: str) -> None:
    typer.echo(f"dotterel: error: {message}", err=True)


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command one option per :class:`~dotterel.records.filters.EventFilter` field.

    The options are read from the model, so a new filter appears in every
    command that takes filters (as sqlite-utils' shared option decorators):
    ``--`` and the field name with dashes (or the field's
    :class:`~dotterel.records.filters.FilterFace` ``flag``), with the field's
    ``description`` as help. The command receives the checked filter as its
    ``event_filter`` keyword; an invalid value stops with one line naming the
    option and exit status 2.

    Parameters
    ----------
    command : callable
        A typer command with an ``event_filter`` parameter.

    Returns
    -------
    callable
        The command, with the filter options in place of ``event_filter``.
    """
    from pydantic import ValidationError

    from .records.filters import EventFilter, filter_face, filter_problems

    names = EventFilter.filter_names()
    flags = {name: filter_face(name).flag or "--" + name.replace("_", "-") for name in names}
    signature = inspect.signature(command, eval_str=True)
    kept = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in signature.parameters.values()
            if p.name != "event_filter"]
    options = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
            Optional[str], typer.Option(flags[name], help=EventFilter.model_fields[name].description)])
        for name in names
    ]  # fmt: skip

    @functools.wraps(command)
    def with_filter(**kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for name in names}
        try:
            event_filter = EventFilter(**values)
        except ValidationError as exc:
            problems = "; ".join(f"{flags.get(field, field) + ': ' if field else ''}{message}"
                                 for field, message in filter_problems(exc))
            _err(problems)
            raise typer.Exit(2)
        return command(event_filter=event_filter, **kwargs)

    # typer reads the options from the signature and the type hints.
    with_filter.__signature__ = signature.replace(parameters=[*kept[:1], *options, *kept[1:]])  # type: ignore[attr-defined]
    with_filter.__annotations__ = {p.name: p.annotation for p in with_filter.__signature__.parameters.values()}  # type: ignore[attr-defined]
    return with_filter


def _require_store(db: str) -> None:
    """Stop with exit status 2 and a one-line hint when the store ``db`` is empty or does not exist."""
    check_store_path(db)
    if not os.path.exists(db):
        _err(f"{db}: no such store; make one with dotterel run INPUT... --db {db}")
        raise typer.Exit(2)


def _write_text(text: str, output: str | None) -> None:
    """Write ``text`` to standard output when ``output`` is None, else atomically to that file."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        _write_atomic(Path(output), text)


@app.command("code")
def code_command(
    ctx: typer.Context,
    files: Annotated[
        list[str], typer.Argument(help="Plain-text files to code; '-' reads standard input.", metavar="FILE...")
    ],
    published: Annotated[
        Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD, the anchor for relative dates.")
    ] = None,
    doc_id: Annotated[Optional[str], typer.Option("--doc-id", help="Document id (default: a content hash).")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="The outlet that published the text.")] = None,
    fmt: Annotated[
        Optional[OutputFormat],
        typer.Option("--format", help="table (default on a terminal) or jsonl (one event per line)."),
    ] = None,
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Write to this file instead of stdout.")] = None,
    db: Annotated[
        Optional[str], typer.Option("--db", help="Also store documents and events in this DuckDB file.")
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Also list candidates not coded, with the reason.")] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Reject input files larger than this many bytes.", min=1)
    ] = MAX_BYTES_DEFAULT,
    kb_files: KbOption = None,
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    batch_size: BatchSizeOption = None,
    count_convention: CountConventionOption = None,
    two_pass: TwoPassOption = None,
) -> None:
    """Code FILE(s) into events and print them (table or JSON Lines)."""
    from .ingest import iter_documents
    from .store import EventStore

    if db is not None:
        check_store_path(db)
    check_output(output, option="-o", inputs=files, store=db)
    try:
        docs = iter_documents(files, published=published, source=source, doc_id=doc_id, stdin=sys.stdin.buffer,
                              max_bytes=max_bytes)
    except InputError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    if fmt is None:
        fmt = OutputFormat.table if (output is None and sys.stdout.isatty()) else OutputFormat.jsonl

    failed = 0

    def good_documents():
        nonlocal failed
        for item in docs:
            if isinstance(item, InputError):
                failed += 1
                _err(str(item))
                continue
            yield item

    # An invalid extension file stops the run before any input is coded
    # (KnowledgeBaseError: one line naming the file and the entry, exit 2).
    coder = _coder(ctx, _pipeline(config, kb_files, cache_dir, batch_size, debug=debug,
                                  count_convention=count_convention, two_pass=two_pass))
    store = EventStore(db) if db else None
    run_info = {
        "run_id": f"run:{uuid.uuid4().hex}",
        "started_at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
        "command": "code",
        "dotterel_version": __version__,
        "published": published or "",
        "source": source or "",
        "files": json.dumps(files),
    }
    out_buffer = io.StringIO()
    all_results = []
    try:
        for coded in coder.code_documents(good_documents()):
            if coded.skipped is not None:
                failed += 1
                _err(str(coded.skipped_error()))
                continue
            if store is not None:
                store.write_document(coded.document, coded.events, run_info=run_info)
            all_results.append(coded)
            if fmt is OutputFormat.jsonl:
                for ev in coded.events:
                    out_buffer.write(ev.model_dump_json())
                    out_buffer.write("\n")
    finally:
        if store is not None:
            store.close()

    if fmt is OutputFormat.table:
        from .render import render_table

        text = render_table(all_results, debug=debug, width=None if output is None else 160)
    else:
        text = out_buffer.getvalue()
        if debug:
            for coded in all_results:
                for ab in coded.abstentions:
                    typer.echo(f"abstained: {ab.doc_id} {ab.trigger.text!r} at {ab.trigger.start}: {ab.reason}", err=True)
    _write_text(text, output)
    if failed:
        raise typer.Exit(2)


class ReportFormat(str, enum.Enum):
    """Report formats of ``dotterel evaluate``: Markdown (to read) or JSON (for scripts)."""

    md = "md"
    json = "json"


@app.command("evaluate")
def evaluate_command(
    ctx: typer.Context,
    gold: Annotated[
        list[str], typer.Argument(help="Gold files or folders (format detected from the content).", metavar="GOLD...")
    ],
    gold_format: Annotated[
        Optional[str], typer.Option("--format", help="Read every GOLD as this format instead of detecting it.")
    ] = None,
    report: Annotated[ReportFormat, typer.Option("--report", help="md (Markdown) or json.")] = ReportFormat.md,
    output: Annotated[
        Optional[str], typer.Option("-o", "--output", help="Write the report to this file instead of stdout.")
    ] = None,
    limit: Annotated[
        Optional[int], typer.Option("--limit", help="Score only the first N records of each gold set.", min=1)
    ] = None,
    kb_files: KbOption = None,
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    batch_size: BatchSizeOption = None,
    count_convention: CountConventionOption = None,
    two_pass: TwoPassOption = None,
) -> None:
    """Code gold texts and score the records field by field against the gold."""
    from .evaluate import GoldFormatError, evaluate_gold, resolve_format
    from .evaluate.report import to_json, to_markdown

    failed = 0
    todo = []
    for path in gold:
        try:
            todo.append((path, resolve_format(Path(path), gold_format).name))
        except GoldFormatError as exc:
            failed += 1
            _err(str(exc))
    results = []
    if todo:
        from .progress import CountDisplay

        coder = _coder(ctx, _pipeline(config, kb_files, cache_dir, batch_size, count_convention=count_convention,
                                      two_pass=two_pass))
        for path, name in todo:
            try:
                with CountDisplay(sys.stderr, f"{name} {Path(path).name}") as display:
                    results.append(evaluate_gold(path, coder=coder, format=name, limit=limit, on_record=display.tick))
            except GoldFormatError as exc:
                failed += 1
                _err(str(exc))
    if results:
        command = " ".join(["dotterel evaluate", *gold] + (["--format", gold_format] if gold_format else [])
                           + (["--limit", str(limit)] if limit else []))
        text = to_json(results, command=command) if report is ReportFormat.json else to_markdown(results)
        _write_text(text, output)
    if failed:
        raise typer.Exit(2)


class EngineName(str, enum.Enum):
    """Where ``dotterel run`` codes: local processes or a Dask cluster."""

    local = "local"
    dask = "dask"


class InputFormatName(str, enum.Enum):
    """Input formats of ``dotterel run``; ``auto`` decides by file name."""

    auto = "auto"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    txt = "txt"
    html = "html"


@app.command("run")
def run_command(
    ctx: typer.Context,
    inputs: Annotated[
        list[str],
        typer.Argument(help="JSON Lines, CSV/TSV, .txt/.html files, folders of them, or '-' (stdin).",
                       metavar="INPUT..."),
    ],
    db: Annotated[str, typer.Option("--db", help="The DuckDB store to fill (created if missing).")],
    text_key: Annotated[str, typer.Option("--text-key", help="Key/column of the article text.")] = "text",
    id_key: Annotated[str, typer.Option("--id-key", help="Key/column of the document id (else a content hash).")] = "id",
    title_key: Annotated[str, typer.Option("--title-key", help="Key/column of the headline.")] = "title",
    url_key: Annotated[str, typer.Option("--url-key", help="Key/column of the address.")] = "url",
    source_key: Annotated[str, typer.Option("--source-key", help="Key/column of the outlet.")] = "source",
    date_key: Annotated[
        str, typer.Option("--date-key", help="Key/column of the publication date (ISO 8601).")
    ] = "published",
    input_format: Annotated[
        InputFormatName, typer.Option("--input-format", help="Format of the inputs (auto: by file name).")
    ] = InputFormatName.auto,
    engine: Annotated[EngineName, typer.Option("--engine", help="local processes or a dask cluster.")] = EngineName.local,
    processes: Annotated[
        int, typer.Option("--processes", help="Local worker processes, or workers of the local Dask cluster.", min=1)
    ] = 1,
    scheduler: Annotated[
        Optional[str], typer.Option("--scheduler", help="Dask scheduler address (default: a local cluster).")
    ] = None,
    shard_size: Annotated[int, typer.Option("--shard-size", help="Documents per shard file.", min=1)] = 32,
    errors: Annotated[
        Optional[str], typer.Option("--errors", help="Write this run's errors here (default: <db>.errors.jsonl).")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Reject documents larger than this many bytes.", min=1)
    ] = MAX_BYTES_DEFAULT,
    kb_files: KbOption = None,
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    batch_size: BatchSizeOption = None,
    count_convention: CountConventionOption = None,
    two_pass: TwoPassOption = None,
) -> None:
    """Code a corpus into a DuckDB store: resumable, de-duplicated, in parallel."""
    from .ingest.corpus import FieldMap
    from .progress import RunDisplay
    from .runner import RunSettings, run_corpus

    if scheduler is not None and engine is not EngineName.dask:
        _err("--scheduler needs --engine dask")
        raise typer.Exit(2)
    settings = RunSettings(
        fields=FieldMap(text=text_key, id=id_key, title=title_key, url=url_key, source=source_key, date=date_key),
        input_format=input_format.value,
        engine=engine.value,
        processes=processes,
        scheduler=scheduler,
        shard_size=shard_size,
        max_bytes=max_bytes,
        errors_path=errors,
        pipeline=_pipeline(config, kb_files, cache_dir, batch_size, count_convention=count_convention,
                           two_pass=two_pass),
    )
    if engine is EngineName.dask:
        import importlib.util

        if importlib.util.find_spec("distributed") is None:
            _err("--engine dask needs dask and distributed; install them with pip install 'dotterel[dask]'")
            raise typer.Exit(2)
    # an injected coder serves the one-process local engine (workers elsewhere load their own)
    shared = None
    if isinstance(ctx.obj, _Injected) and ctx.obj.coder is not None and engine is EngineName.local and processes == 1:
        shared = _coder(ctx, settings.pipeline)
    else:  # the coders about to start need the place index (a coder made from an injected one shares its)
        _build_place_index_once(settings.pipeline.cache_dir)
    with RunDisplay(sys.stderr) as display:
        summary = run_corpus(inputs, db=db, settings=settings, stdin=sys.stdin.buffer, on_progress=display.update,
                             coder=shared)
    typer.echo(display.summary_line(summary), err=True)
    if summary.errors:
        _echo_first_errors(summary.errors_path)
        raise typer.Exit(2)


def _echo_first_errors(errors_path: str, shown: int = 5) -> None:
    """The run's first errors as the one-line messages of ``dotterel code``; the rest stay in the errors file."""
    from .store import RecordedError

    with contextlib.suppress(OSError, ValueError):
        for line in Path(errors_path).read_text(encoding="utf-8").splitlines()[:shown]:
            e = RecordedError.model_validate_json(line)
            _err(str(InputError(e.reason, path=e.path, line=e.line, hint=e.hint)))


def _build_place_index_once(cache_dir: Path | None) -> None:
    """Build the place index now, saying so, when the coders about to start would each build it silently."""
    from .places.index_build import index_path
    from .progress import load_place_index

    if not index_path(cache_dir).exists():
        load_place_index(sys.stderr, cache_dir=cache_dir)


@app.command("events")
@filter_options
def events_command(
    db: Annotated[str, typer.Option("--db", help="The DuckDB store to read.")],
    fmt: Annotated[
        Optional[OutputFormat],
        typer.Option("--format", help="table (default on a terminal) or jsonl (one linked event per line)."),
    ] = None,
    event_id: Annotated[
        Optional[str],
        typer.Option("--id", help="Only the event with this id, or the event of the mention with this id "
                     "(as `dotterel code` prints it); not with filters."),
    ] = None,
    *,
    event_filter: EventFilter,
) -> None:
    """List the de-duplicated events of a store, filtered, or the one event of an id."""
    from .store import open_for_reading

    _require_store(db)
    if event_id is not None and event_filter.given():
        _err(f"--id selects one event; leave out {', '.join(sorted(event_filter.given()))} or --id")
        raise typer.Exit(2)
    if fmt is None:
        fmt = OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl
    with open_for_reading(db) as store:
        if event_id is not None:
            found = store.linked_event(event_id.strip())
            if found is None:
                _err(f"{db}: no event or mention with id {event_id!r}; list the events with dotterel events --db {db}")
                raise typer.Exit(2)
            linked = [found]
        else:
            linked = store.linked_events(event_filter)
        if fmt is OutputFormat.jsonl:
            for event in linked:
                sys.stdout.write(event.model_dump_json() + "\n")
            return
        from .render import render_linked_events

        sys.stdout.write(render_linked_events(list(linked), title=db))


ExportFormat = enum.Enum(  # the choices of --format, from the exporter registry
    "ExportFormat", {name: name for name in cli_formats()}, type=str, module=__name__, qualname="ExportFormat"
)
ExportFormat.__doc__ = "Formats of ``dotterel export``: the exporters of :data:`dotterel.export.base.EXPORTERS` offered to the CLI."


@app.command("export")
@filter_options
def export_command(
    db: Annotated[str, typer.Option("--db", help="The DuckDB store to read.")],
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", help="plover (JSON Lines), acled (CSV), cameo (TSV), jsonl, csv or parquet."),
    ],
    output: Annotated[
        Optional[str], typer.Option("-o", "--output", help="Write to this file (default: stdout; parquet needs -o).")
    ] = None,
    raw: Annotated[
        bool, typer.Option("--raw", help="acled, cameo, csv: write cells starting with = + - @ as they are (by "
                           "default they get a ' before them, so a spreadsheet does not run them as formulas).")
    ] = False,
    left_out: Annotated[
        Optional[str], typer.Option("--left-out", help="Also write each event the format leaves out, with its "
                                    "reason, to this file: JSON Lines for .jsonl/.json, else CSV "
                                    "(event_id,format,reason).")
    ] = None,
    *,
    event_filter: EventFilter,
) -> None:
    """Export the de-duplicated events of a store (all, or those the filters keep); say which are left out and why."""
    from .export import write_export
    from .store import open_for_reading

    _require_store(db)
    check_output(output, option="-o", store=db)
    check_output(left_out, option="--left-out", store=db)
    if left_out is not None and output is not None and same_file(left_out, output):
        _err(f"{left_out}: --left-out is also the export (-o); give another file name")
        raise typer.Exit(2)
    exporter = EXPORTERS[fmt.value]
    if output is None and exporter.binary:
        _err(f"{exporter.name} is a binary format; give a file with -o, e.g. -o events{exporter.suffix}")
        raise typer.Exit(2)
    with open_for_reading(db) as store:
        events = store.linked_events(event_filter)
        if output is None:
            report = write_export(events, fmt.value, sys.stdout, raw=raw)
            sys.stdout.flush()
        else:
            with _atomic_path(Path(output)) as tmp:
                report = write_export(events, fmt.value, tmp, raw=raw)
    from .export.left_out import left_out_summary, write_left_out
    from .render import render_left_out

    if left_out is not None:
        with _atomic_path(Path(left_out)) as tmp:
            write_left_out(report, tmp, jsonl=left_out.lower().endswith((".jsonl", ".json")))
    where = "standard output" if output is None else output
    typer.echo(f"dotterel export: {report.rows_written:,} of {report.events_read:,} events written as {fmt.value} "
               f"to {where}" + (f"; the {len(report.skipped):,} left out are listed in {left_out}" if left_out else ""),
               err=True)
    typer.echo(render_left_out(left_out_summary(report)).rstrip("\n"), err=True)


def _browsable_host(host: str) -> str:
    """The host part of a URL a browser can open for a server listening on ``host``."""
    # 0.0.0.0 and :: mean "every address"; they are not addresses a browser can open.
    shown = {"0.0.0.0": "127.0.0.1", "::": "[::1]", "[::]": "[::1]"}.get(host.strip(), host)
    return f"[{shown}]" if ":" in shown and not shown.startswith("[") else shown


def _is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (``localhost``, 127.0.0.0/8, ``::1``)."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _listen(host: str, port: int):
    """Bind a listening TCP socket before the slow start-up, so a busy port fails at once (exit 2)."""
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        _err(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --host or --port")
        raise typer.Exit(2)
    return sock


@app.command("serve")
def serve_command(
    ctx: typer.Context,
    db: Annotated[
        Optional[str],
        typer.Option("--db", help="The DuckDB store to serve as the dataset (made by dotterel run); "
                     "without it only coding works."),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; the default serves this machine only.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port to listen on (0: any free port).", min=0,
                                      max=65535)] = 8000,
    kb_files: KbOption = None,
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    batch_size: BatchSizeOption = None,
    count_convention: CountConventionOption = None,
    two_pass: TwoPassOption = None,
    max_body_bytes: Annotated[
        int, typer.Option("--max-body-bytes", help="Refuse request bodies over this many bytes (HTTP 413).", min=1)
    ] = 2 * 1024 * 1024,
    max_text_chars: Annotated[
        int, typer.Option("--max-text-chars", help="Refuse texts to code over this many characters (HTTP 413).",
                          min=1)
    ] = 200_000,
    read_only: Annotated[
        bool, typer.Option("--read-only", help="Never add coded texts to the --db store (store: true gets 409).")
    ] = False,
    allowed_hosts: Annotated[
        Optional[list[str]],
        typer.Option("--allowed-host", metavar="NAME",
                     help="A host name the server answers to besides localhost, 127.0.0.1 and ::1 (requests under "
                          "any other Host get 400, against DNS rebinding); repeatable."),
    ] = None,
) -> None:
    """Serve the JSON API (/api/v1) and the web viewer until interrupted."""
    import uvicorn

    from .server import ServerSettings, create_app

    if db is not None:
        check_store_path(db)
    if any(not name.strip() for name in allowed_hosts or []):
        _err("--allowed-host is empty; give a host name, e.g. --allowed-host events.example.org")
        raise typer.Exit(2)
    pipeline = _pipeline(config, kb_files, cache_dir, batch_size, count_convention=count_convention,
                         two_pass=two_pass)
    settings = ServerSettings(db=db, max_body_bytes=max_body_bytes, max_text_chars=max_text_chars,
                              allow_store=not read_only, pipeline=pipeline, allowed_hosts=allowed_hosts or [])
    if not _is_loopback(host):
        unnamed = "" if allowed_hosts else (
            "; other machines are answered only under a name given with --allowed-host (this machine's "
            "address or host name)")
        typer.echo(f"dotterel serve: warning: listening on {host}, not only this machine; anyone who can reach it "
                   f"can code texts and read the dataset{unnamed}", err=True)
    injected = ctx.obj.coder if isinstance(ctx.obj, _Injected) else None
    # a missing, locked or invalid --db fails here (StoreError, exit 2)
    application = create_app(settings, coder=injected.for_config(pipeline) if injected is not None else None)
    sock = None
    try:
        sock = _listen(host, port)
        _build_place_index_once(pipeline.cache_dir)
        application.state.dotterel.coder()  # load the model and knowledge base before the first request
        bound = sock.getsockname()[1]
        shown = _browsable_host(host)
        typer.echo(f"dotterel serve: serving http://{shown}:{bound}/ (API http://{shown}:{bound}/api/v1/docs, "
                   f"dataset: {db or 'none'}); press Ctrl+C to stop", err=True)
        server = uvicorn.Server(uvicorn.Config(application, host=host, port=bound, log_level="info"))
        server.run(sockets=[sock])
    finally:
        if sock is not None:
            sock.close()
        application.state.dotterel.close()


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of an event record."""
    import json

    from .records import event_json_schema

    typer.echo(json.dumps(event_json_schema(), indent=2, sort_keys=True))


@app.command("version")
def version_command() -> None:
    """Print the dotterel version."""
    typer.echo(__version__)


def _write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, so a crash never leaves half a file."""
    with _atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)


@contextlib.contextmanager
def _atomic_path(path: Path):
    """Yield a temporary file name next to ``path``; rename it to ``path`` when the block succeeds.

    A ``path`` that exists and is not a regular file (``/dev/stdout``, ``/dev/null``, a named pipe)
    is yielded as it is and written in place: renaming over it would replace the device or pipe
    with a plain file.
    """
    if os.path.exists(path) and not os.path.isfile(path):
        yield str(path)
        return
    path = path.resolve()
    if not path.parent.is_dir():
        raise OSError(2, "the folder to write into does not exist; create it first", str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main(argv: list[str] | None = None, *, coder=None) -> int:
    """Run the CLI and return its exit status (never raises for user errors).

    Parameters
    ----------
    argv : list[str] | None
        Arguments without the program name (default: ``sys.argv[1:]``).
    coder : dotterel.coder.Coder | None, keyword-only
        An already loaded coder for the commands to use whenever their
        pipeline options code alike (:meth:`Coder.for_config`); tests share
        one instead of loading the model for each call.

    Returns
    -------
    int
        0 success, 2 bad input or usage, 1 internal error.
    """
    command = typer.main.get_command(app)
    try:
        # standalone mode: the CLI framework reports usage errors itself (one message,
        # exit 2) and turns typer.Exit into SystemExit; we catch what is left.
        command.main(args=argv if argv is not None else sys.argv[1:], prog_name="dotterel", standalone_mode=True,
                     obj=_Injected(coder))
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        _err(str(code))
        return 1
    except DotterelError as exc:
        _err(str(exc))
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:
        name = exc.filename or ""
        _err(f"{name}: {exc.strerror or exc}" if name else str(exc))
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
