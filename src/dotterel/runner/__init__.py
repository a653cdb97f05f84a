"""Corpus runs: read thousands of documents, code them in parallel, load them into one store, resumably.

How a run works (:func:`run_corpus`)
------------------------------------
1. Shards left by an earlier, interrupted run in the shard folder
   (``<db>.shards/``) are loaded first, in the order they were made, each in
   one transaction that also records it in ``shards``; a shard already
   recorded is only deleted. Unfinished temporary shard files are deleted
   (their documents are coded again).
2. The inputs are read as a stream (:func:`dotterel.ingest.corpus.iter_corpus`).
   A document whose ``doc_id`` is stored with the same text (same SHA-256)
   is skipped: re-running the same input codes and adds nothing. A changed
   text under a stored id is coded again and replaces the old mentions.
   An input that cannot be read is recorded in the ``errors`` table and
   the errors file, with its file and line, and the run goes on.
3. Documents are grouped into batches of ``shard_size``; an engine
   (:mod:`dotterel.runner.engines`) codes each batch in a worker and writes
   a shard file atomically; this process loads the shards into the store in
   the order they were made, one transaction per shard, then deletes them.
4. At the end the de-duplicated ``events`` are rebuilt from all mentions
   (:meth:`dotterel.store.EventStore.refresh_events`, deterministic).

Why a kill at any point is safe: every change to the database is one
transaction (a shard, a batch of errors, the events rebuild), DuckDB's
write-ahead log discards a transaction that did not commit, a shard file is
whole or absent, and every step is idempotent (documents are upserted, their
mentions replaced, errors keyed by a content id, the events rebuilt from
scratch). So a re-run after ``kill -9`` ends with exactly the tables an
uninterrupted run gives.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import os
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from dotterel import __version__
from dotterel.errors import InputError, StoreError, os_error_line
from dotterel.ingest import MAX_BYTES_DEFAULT
from dotterel.ingest.corpus import FieldMap, InputFormat, iter_corpus
from dotterel.outputs import check_output, check_store_path
from dotterel.pipeline.config import PipelineConfig
from dotterel.runner.engines import make_engine
from dotterel.runner.shards import SHARD_SUFFIX, is_temporary, read_shard, shard_name
from dotterel.store import EventStore, RecordedError

__all__ = ["RunSettings", "RunProgress", "RunSummary", "run_corpus", "default_errors_path", "default_shard_dir"]


class RunSettings(BaseModel):
    """Settings of a corpus run (stored with the run in ``runs.settings``).

    Attributes
    ----------
    fields : FieldMap
        Key/column mapping of JSON Lines and CSV/TSV inputs.
    input_format : {"auto", "jsonl", "csv", "tsv", "txt", "html"}
    engine : {"local", "dask"}
    processes : int
        Local worker processes, or workers of the Dask ``LocalCluster``
        (>= 1; default 1).
    scheduler : str | None
        Dask scheduler address; ``None`` starts a local cluster.
    shard_size : int
        Documents per shard (>= 1; default 32): the unit of work, of
        loading and of what a kill can cost.
    max_bytes : int
        Size limit per document in bytes.
    errors_path : str | None
        File that receives this run's errors as JSON Lines (rewritten each
        run); default ``<db>.errors.jsonl``.
    shard_dir : str | None
        Folder of shard files; default ``<db>.shards``.
    pipeline : PipelineConfig
        How each worker builds its coder (pickled to the workers); the same
        configuration ``dotterel code`` and ``dotterel serve`` take.
    """

    model_config = ConfigDict(frozen=True)

    fields: FieldMap = Field(default_factory=FieldMap)
    input_format: InputFormat = "auto"
    engine: Literal["local", "dask"] = "local"
    processes: int = Field(default=1, ge=1)
    scheduler: str | None = None
    shard_size: int = Field(default=32, ge=1)
    max_bytes: int = Field(default=MAX_BYTES_DEFAULT, ge=1)
    errors_path: str | None = None
    shard_dir: str | None = None
    pipeline: PipelineConfig = Field(default_factory=PipelineConfig)


class RunProgress(BaseModel):
    """Where a run is, passed to the progress callback after each loaded shard or skipped document.

    Attributes
    ----------
    documents : int
        Documents coded and stored so far by this run.
    unchanged : int
        Documents skipped because they are already stored with the same text.
    mentions : int
        Event mentions found so far.
    errors : int
        Inputs or documents that could not be used.
    seconds : float
        Since the run started.
    """

    documents: int = 0
    unchanged: int = 0
    mentions: int = 0
    errors: int = 0
    seconds: float = 0.0


class RunSummary(RunProgress):
    """The result of :func:`run_corpus`.

    Attributes
    ----------
    run_id : str
    events : int
        De-duplicated events in the store after the run (all documents, not
        only this run's).
    resumed_shards : int
        Shards of an interrupted run that were loaded first.
    errors_path : str
        The errors file of this run.
    """

    run_id: str
    events: int = 0
    resumed_shards: int = 0
    errors_path: str


def default_errors_path(db: str) -> str:
    """``<db>.errors.jsonl``: where a run writes its errors unless told otherwise.

    Examples
    --------
    >>> default_errors_path("events.duckdb")
    'events.duckdb.errors.jsonl'
    """
    return f"{db}.errors.jsonl"


def default_shard_dir(db: str) -> str:
    """``<db>.shards``: the folder of a run's shard files.

    Examples
    --------
    >>> default_shard_dir("events.duckdb")
    'events.duckdb.shards'
    """
    return f"{db}.shards"


def _load_leftovers(
    store: EventStore, folder: str, run_id: str, note_errors: Callable[[Sequence[RecordedError]], None]
) -> tuple[int, dict[str, str], int]:
    """Load whole shards left by an interrupted run; delete unfinished ones.

    Returns the number of shards loaded, the ``doc_id -> SHA-256`` of the
    documents they held, and their mentions.
    """
    shards = mentions = 0
    loaded: dict[str, str] = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if is_temporary(name):
            os.unlink(path)
            continue
        if not name.endswith(SHARD_SUFFIX):
            continue
        if not store.shard_loaded(name):
            items, errors = read_shard(path)
            note_errors(errors)
            store.write_batch(items, run_id=run_id, shard=name, errors=errors)
            shards += 1
            loaded.update((i.document.doc_id, _sha256(i.document.text)) for i in items)
            mentions += sum(len(i.events) for i in items)
        os.unlink(path)
    return shards, loaded, mentions


@contextlib.contextmanager
def _writing(path: str, doing: str) -> Iterator[None]:
    """Turn an OS error (disk full, permissions) while the run writes ``path`` into a one-line StoreError.

    What the run stored before stays stored, and a re-run resumes from it.
    """
    try:
        yield
    except OSError as exc:
        line = os_error_line(exc, path=path, doing=doing)
        raise StoreError(f"{line}; a new run resumes where this one stopped", path=path) from None


def _close_quietly(handle: IO[str]) -> None:
    with contextlib.suppress(OSError):
        handle.close()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def run_corpus(
    inputs: Sequence[str],
    *,
    db: str,
    settings: RunSettings | None = None,
    stdin: IO[bytes] | None = None,
    on_progress: Callable[[RunProgress], None] | None = None,
    coder: Any = None,
) -> RunSummary:
    """Code a corpus into the store ``db``; resumable after a crash or ``kill -9``.

    Parameters
    ----------
    inputs : Sequence[str]
        JSON Lines, CSV/TSV, ``.txt``/``.html`` files, folders, or ``"-"``
        (standard input); see :func:`dotterel.ingest.corpus.iter_corpus`.
    db : str
        The DuckDB store (created or migrated on open).
    settings : RunSettings | None, optional
        Default :class:`RunSettings()`.
    stdin : IO[bytes] | None, optional
        Stream read for ``"-"``; default ``sys.stdin.buffer``.
    on_progress : callable | None, optional
        Called with a :class:`RunProgress` after each loaded shard (and
        every 100 skipped documents); it must not raise.
    coder : dotterel.coder.Coder | None, optional
        An already loaded coder for the ``local`` engine with one process
        (saves loading it again); ignored by the other engines.

    Returns
    -------
    RunSummary

    Raises
    ------
    InputError
        Before anything is opened, when ``db`` is empty (DuckDB would keep
        the store in memory) or the errors file is the store or an input
        (it would be emptied before it is read).
    StoreError
        When the store cannot be opened or written.
    OSError
        When the shard folder or errors file cannot be written.
    ImportError
        For ``engine="dask"`` without dask installed.

    Examples
    --------
    >>> summary = run_corpus(["news.jsonl"], db="events.duckdb")   # doctest: +SKIP
    >>> summary.documents, summary.events, summary.errors          # doctest: +SKIP
    (31, 120, 0)
    """
    settings = settings or RunSettings()
    check_store_path(db)
    errors_path = settings.errors_path or default_errors_path(db)
    # Opening the errors file empties it: it must be neither an input nor the store.
    check_output(errors_path, option="--errors", inputs=inputs, store=db)
    started = time.perf_counter()
    run_stamp = time.time_ns()
    folder = settings.shard_dir or default_shard_dir(db)
    with _writing(folder, "make the shard folder"):
        os.makedirs(folder, exist_ok=True)
    progress = RunProgress()

    def report() -> None:
        if on_progress is not None:
            progress.seconds = time.perf_counter() - started
            on_progress(progress.model_copy())

    with contextlib.ExitStack() as stack:
        store = stack.enter_context(EventStore(db))
        with _writing(errors_path, "write the errors file"):
            errors_file = open(errors_path, "w", encoding="utf-8")
        # Every write is flushed at once (note_errors), so closing has nothing left to write unless a
        # flush already failed, and that failure is the one reported.
        stack.callback(_close_quietly, errors_file)
        run_id = store.start_run(
            {
                "run_id": f"run:{uuid.uuid4().hex}",
                "started_at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
                "command": "run",
                "dotterel_version": __version__,
                "inputs": json.dumps(list(inputs)),
                "settings": settings.model_dump_json(),
            }
        )
        # The rows of runs that died before their end are marked, so none stays unfinished forever.
        killed = store.mark_killed_runs(resumed_by=run_id)
        pending_errors: list[RecordedError] = []

        def note_errors(found: Sequence[RecordedError]) -> None:
            with _writing(errors_path, "write the errors file"):
                for err in found:
                    errors_file.write(err.model_dump_json() + "\n")
                errors_file.flush()
            progress.errors += len(found)

        with _writing(folder, "load the shards of an interrupted run"):
            resumed, resumed_docs, mentions = _load_leftovers(store, folder, run_id, note_errors)
        progress.documents += len(resumed_docs)
        progress.mentions += mentions
        known = store.document_hashes()

        engine = make_engine(
            settings.engine, processes=settings.processes, scheduler=settings.scheduler, coder_kwargs={"config": settings.pipeline},
            coder=coder,
        )  # fmt: skip
        in_flight: deque[tuple[Any, str]] = deque()

        def load_oldest() -> None:
            handle, name = in_flight.popleft()
            path = os.path.join(folder, name)
            with _writing(path, "write a shard file"):
                engine.wait(handle)
                items, code_errors = read_shard(path)
            note_errors(code_errors)
            store.write_batch(items, run_id=run_id, shard=name, errors=[*pending_errors, *code_errors])
            pending_errors.clear()
            with _writing(path, "delete a loaded shard file"):
                os.unlink(path)
            progress.documents += len(items)
            progress.mentions += sum(len(i.events) for i in items)
            report()

        try:
            batch: list = []
            serial = 0

            def dispatch() -> None:
                nonlocal serial
                name = shard_name(run_stamp, serial, batch)
                serial += 1
                with _writing(os.path.join(folder, name), "write a shard file"):
                    in_flight.append((engine.submit(list(batch), folder, name), name))
                batch.clear()
                # Two batches per worker keep workers busy while this process loads.
                while len(in_flight) > 2 * engine.capacity:
                    load_oldest()

            items = iter_corpus(
                inputs, fields=settings.fields, input_format=settings.input_format, stdin=stdin,
                max_bytes=settings.max_bytes,
            )  # fmt: skip
            for item in items:
                if isinstance(item, InputError):
                    err = RecordedError.from_input_error(item)
                    note_errors([err])
                    pending_errors.append(err)
                    continue
                sha = _sha256(item.text)
                if known.get(item.doc_id) == sha:
                    if resumed_docs.get(item.doc_id) == sha:
                        # Coded by the interrupted run and loaded just now: counted once, as coded.
                        del resumed_docs[item.doc_id]
                        continue
                    progress.unchanged += 1
                    if progress.unchanged % 100 == 0:
                        report()
                    continue
                known[item.doc_id] = sha
                batch.append(item)
                if len(batch) >= settings.shard_size:
                    dispatch()
            if batch:
                dispatch()
            while in_flight:
                load_oldest()
        finally:
            engine.close()
        store.record_errors(pending_errors, run_id=run_id)
        events = store.refresh_events() if store.events_stale() else store.count_linked_events()
        progress.seconds = time.perf_counter() - started
        summary = RunSummary(
            **progress.model_dump(), run_id=run_id, events=events, resumed_shards=resumed, errors_path=errors_path
        )
        store.finish_run(
            run_id,
            {**summary.model_dump(exclude={"run_id", "errors_path"}), "status": "finished", "resumed_runs": killed},
        )
    return summary
