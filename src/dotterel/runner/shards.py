"""Shard files: what a worker codes, written as Parquet for the one process that loads the database.

DuckDB allows one writer per database file, so workers never open it. A
worker codes a batch of documents and writes one shard file; the loading
process stores each shard in one transaction and records it in the
``shards`` table (:meth:`dotterel.store.EventStore.write_batch`).

A shard is written to a hidden temporary name in the same folder and then
renamed (``os.replace``, atomic on POSIX), so a shard file either is whole or
does not exist: a run killed at any point leaves only whole shards (loaded
on the next run) and temporary files (deleted on the next run, their
documents coded again).

Format (Parquet, one row per document or error; columns are strings):
``kind`` (``document`` or ``error``), ``doc_id``, ``document`` (the
:class:`~dotterel.records.Document` as JSON), ``events`` (a JSON array of
:class:`~dotterel.records.Event` records), ``error`` (a
:class:`~dotterel.store.RecordedError` as JSON).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Sequence

from dotterel.records import Document, Event
from dotterel.store import CodedBatchItem, RecordedError

__all__ = ["SHARD_SUFFIX", "shard_name", "shard_bytes", "write_shard_file", "read_shard", "is_temporary"]

SHARD_SUFFIX = ".parquet"
"""File name ending of a shard."""

_TMP_MARK = ".tmp-"


def shard_name(run_stamp: int, serial: int, documents: Sequence[Document]) -> str:
    """Name a shard so names sort in the order shards were made.

    Parameters
    ----------
    run_stamp : int
        When the run started, in nanoseconds since the epoch (orders runs).
    serial : int
        0-based number of the shard within the run.
    documents : Sequence[Document]
        The batch; the name ends with 16 hex digits of a hash of its ids and
        texts, so different batches never share a name.

    Returns
    -------
    str
        ``"<run_stamp:020d>-<serial:08d>-<hash>.parquet"``.

    Examples
    --------
    >>> from dotterel.ingest import make_document
    >>> shard_name(1, 2, [make_document("abc")])[:30]
    '00000000000000000001-00000002-'
    """
    digest = hashlib.sha256()
    for doc in documents:
        digest.update(doc.doc_id.encode("utf-8") + b"\x1f" + doc.text.encode("utf-8") + b"\x1e")
    return f"{run_stamp:020d}-{serial:08d}-{digest.hexdigest()[:16]}{SHARD_SUFFIX}"


def shard_bytes(items: Sequence[CodedBatchItem], errors: Sequence[RecordedError]) -> bytes:
    """Serialise coded documents and coding errors as one Parquet file.

    Parameters
    ----------
    items : Sequence[CodedBatchItem]
    errors : Sequence[RecordedError]

    Returns
    -------
    bytes
        The Parquet file (zstd-compressed).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    kind, doc_id, document, events, error = [], [], [], [], []
    for item in items:
        kind.append("document")
        doc_id.append(item.document.doc_id)
        document.append(item.document.model_dump_json())
        events.append("[" + ",".join(ev.model_dump_json() for ev in item.events) + "]")
        error.append(None)
    for err in errors:
        kind.append("error")
        doc_id.append(err.doc_id)
        document.append(None)
        events.append(None)
        error.append(err.model_dump_json())
    table = pa.table(
        {"kind": kind, "doc_id": doc_id, "document": document, "events": events, "error": error},
        schema=pa.schema([(name, pa.string()) for name in ("kind", "doc_id", "document", "events", "error")]),
    )
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def write_shard_file(folder: str, name: str, data: bytes) -> str:
    """Write a shard atomically: to a temporary name, flushed to disk, then renamed.

    Parameters
    ----------
    folder : str
        The run's shard folder (it must exist).
    name : str
        From :func:`shard_name`.
    data : bytes
        From :func:`shard_bytes`.

    Returns
    -------
    str
        The final path.

    Raises
    ------
    OSError
        When the folder cannot be written.
    """
    final = os.path.join(folder, name)
    tmp = os.path.join(folder, f".{name}{_TMP_MARK}{os.getpid()}")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, final)
    return final


def is_temporary(name: str) -> bool:
    """Whether a file name in a shard folder is an unfinished shard (left by a killed worker).

    Parameters
    ----------
    name : str

    Examples
    --------
    >>> is_temporary(".0001-00000000-ab.parquet.tmp-123"), is_temporary("0001-00000000-ab.parquet")
    (True, False)
    """
    return name.startswith(".") and _TMP_MARK in name


def read_shard(path: str) -> tuple[list[CodedBatchItem], list[RecordedError]]:
    """Read a shard file back.

    Parameters
    ----------
    path : str

    Returns
    -------
    tuple[list[CodedBatchItem], list[RecordedError]]
        The documents with their mentions, in the order written, and the
        coding errors.

    Raises
    ------
    OSError, pyarrow.ArrowInvalid
        When the file cannot be read (a shard is only ever renamed into
        place whole, so this means it was damaged after the fact).
    """
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    items, errors = [], []
    for row in table.to_pylist():
        if row["kind"] == "document":
            items.append(
                CodedBatchItem(
                    document=Document.model_validate_json(row["document"]),
                    events=[Event.model_validate(ev) for ev in json.loads(row["events"])],
                )
            )
        else:
            errors.append(RecordedError.model_validate_json(row["error"]))
    return items, errors
