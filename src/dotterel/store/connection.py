"""Opening an event store: the DuckDB connection, read-only opening, transactions, open errors.

:class:`StoreConnection` is the base of :class:`dotterel.store.EventStore`:
it opens the file (read-only when asked), explains why a file cannot be
opened, checks the stored ``schema_version`` (creating the tables of a new
store, migrating an older one through :meth:`StoreConnection._migrate`, which
the writer provides) and runs work in one transaction.

Concurrency
-----------
DuckDB lets one process write a database file at a time; a second process
gets a :class:`~dotterel.errors.StoreError`. Several processes may open a
file read-only at once.
"""

from __future__ import annotations

import abc
import os
from typing import TYPE_CHECKING, Self

from dotterel.errors import OS_REASONS, NeedsWritingError, StoreError, os_error_line  # NeedsWritingError re-exported
from dotterel.store.schema import SCHEMA_SQL, SCHEMA_VERSION

if TYPE_CHECKING:  # pragma: no cover
    import duckdb

__all__ = ["StoreConnection", "NeedsWritingError", "NO_EXTENSIONS", "installed_version"]

NO_EXTENSIONS = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
"""DuckDB settings of every store connection: no extension is ever installed or loaded, so opening a
file never reaches the network."""

_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file (its main header)
_SQLITE_MAGIC = b"SQLite format 3\x00"

_WRITE_ONCE_HINT = (
    "open it once for writing with nothing else holding it (e.g. `dotterel events --db FILE`), then try again"
)
_UPGRADE_HINT = "upgrade dotterel (pip install -U dotterel)"


def installed_version() -> str:
    """Return the installed dotterel version, ``"unknown"`` when running from a source tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dotterel")
    except PackageNotFoundError:  # running from a source tree
        return "unknown"


def _refuse_foreign_file(path: str) -> None:
    """Raise StoreError, before DuckDB reads it, when ``path`` exists and is not a DuckDB database."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except (FileNotFoundError, IsADirectoryError):
        return
    except OSError as exc:
        raise StoreError(os_error_line(exc, path=path, doing="read the store"), path=path) from None
    if not head or head[8:12] == _DUCKDB_MAGIC:
        return  # a new (empty) file is DuckDB's to judge
    kind = "a SQLite database, not a DuckDB store" if head.startswith(_SQLITE_MAGIC) else "not a DuckDB database file"
    raise StoreError(f"{path}: {kind}; give a new file name or a store made by dotterel", path=path)


def _is_disk_error(exc: BaseException) -> bool:
    """Whether a failed write is the file system's doing (full disk, permissions), not the data's."""
    return isinstance(exc, OSError) or any(reason in str(exc) for reason in OS_REASONS)


class StoreConnection(abc.ABC):
    """The open DuckDB file under an :class:`~dotterel.store.EventStore`; see there for the parameters.

    Parameters
    ----------
    path : str | os.PathLike
        The database file, or ``":memory:"``.
    read_only : bool, keyword-only
        Open an existing, up-to-date store for reading only.

    Raises
    ------
    StoreError
        As :class:`~dotterel.store.EventStore`.
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        import duckdb

        self._duckdb = duckdb
        self.path = os.fspath(path)
        self.read_only = read_only
        self._con: duckdb.DuckDBPyConnection | None = None
        if read_only and not os.path.isfile(self.path):
            raise StoreError(f"{self.path}: no such store; make one with `dotterel run INPUT --db FILE`", path=self.path)
        if self.path != ":memory:":
            if os.path.isdir(self.path):
                raise StoreError(f"{self.path}: is a directory; give a database file name", path=self.path)
            parent = os.path.dirname(os.path.abspath(self.path))
            if not os.path.isdir(parent):
                raise StoreError(
                    f"{self.path}: directory {parent} does not exist; create it first", path=self.path
                )
        _refuse_foreign_file(self.path)
        try:
            # Never install or load an extension: opening a file must not reach the network (DuckDB
            # otherwise downloads sqlite_scanner when handed a SQLite file) nor run code it fetched.
            self._con = duckdb.connect(self.path, read_only=read_only, config=NO_EXTENSIONS)
        except duckdb.Error as exc:
            raise StoreError(self._explain_open_error(exc), path=self.path) from exc
        try:
            self._prepare_schema()
        except BaseException:
            self.close()
            raise

    def _explain_open_error(self, exc: Exception) -> str:
        text = str(exc)
        if "not a valid DuckDB database" in text:
            return f"{self.path}: not a DuckDB database file; give a new file name or a store made by dotterel"
        if "lock" in text.lower():
            return (
                f"{self.path}: the store is open in another process (DuckDB allows one writer at a time); "
                "if that is `dotterel serve`, restart it with --read-only so other commands can read the store, "
                "otherwise wait for the writer to finish or stop it, or use another file"
            )
        first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
        if "version" in text.lower():
            return f"{self.path}: written by a newer DuckDB than this one ({first}); {_UPGRADE_HINT}"
        return f"{self.path}: cannot open the DuckDB store ({first}); check the file, or give a new file name"

    def _prepare_schema(self) -> None:
        con = self._connection()
        tables = {
            row[0]
            for row in con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_catalog = current_database() AND table_schema = 'main'"
            ).fetchall()
        }
        if not tables and not self.read_only:
            self._transaction(self._create_schema)
            return
        if "meta" not in tables:
            raise StoreError(
                f"{self.path}: a DuckDB database but not a dotterel store (no meta table); "
                "give a new file name",
                path=self.path,
            )
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        try:
            version = int(row[0]) if row else None
        except ValueError:
            version = None
        if version is None:
            raise StoreError(
                f"{self.path}: the meta table has no valid schema_version; this is not a usable dotterel store",
                path=self.path,
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store has schema version {version}, newer than this dotterel reads "
                f"(up to {SCHEMA_VERSION}); {_UPGRADE_HINT}",
                path=self.path,
            )
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise NeedsWritingError(
                    f"{self.path}: store has schema version {version} and needs migrating to {SCHEMA_VERSION}, "
                    f"which read-only opening cannot do; {_WRITE_ONCE_HINT}",
                    path=self.path,
                )
            self._transaction(lambda: self._migrate(version))
        if self.read_only and self.events_stale():
            raise NeedsWritingError(
                f"{self.path}: the store's linked events are out of date (mentions changed since they were "
                f"linked), which read-only opening cannot fix; {_WRITE_ONCE_HINT}",
                path=self.path,
            )

    def _create_schema(self) -> None:
        con = self._connection()
        for statement in SCHEMA_SQL:
            con.execute(statement)
        con.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("schema_version", str(SCHEMA_VERSION)), ("created_by", installed_version())],
        )

    @abc.abstractmethod
    def _migrate(self, from_version: int) -> None:
        """Take the store from ``from_version`` to :data:`SCHEMA_VERSION`, inside the open transaction."""

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"{self.path}: the store is closed; open a new EventStore", path=self.path)
        return self._con

    def _transaction(self, work) -> None:
        """Run ``work()`` in one transaction; roll back on any exception."""
        con = self._connection()
        con.begin()
        try:
            work()
            # Inside the try: on a full disk it is the commit that fails (writing the WAL).
            con.commit()
        except BaseException as exc:
            try:
                con.rollback()
            except self._duckdb.Error:  # the failure may already have ended the transaction
                pass
            if _is_disk_error(exc):
                raise StoreError(os_error_line(exc, path=self.path, doing="write the store"), path=self.path) from exc
            if isinstance(exc, self._duckdb.Error):
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise StoreError(
                    f"{self.path}: write failed and was rolled back, earlier data is kept ({first})",
                    path=self.path,
                ) from exc
            raise

    def close(self) -> None:
        """Close the database file (idempotent); later calls raise StoreError."""
        if self._con is not None:
            con, self._con = self._con, None
            con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._con is None else "open"
        return f"EventStore({self.path!r}, {state})"

    def events_stale(self) -> bool:
        """Whether mentions changed since the ``events`` table was last built.

        Raises
        ------
        StoreError
            When the store is closed.
        """
        row = self._connection().execute("SELECT value FROM meta WHERE key = 'events_stale'").fetchone()
        return bool(row and row[0] == "1")
