"""Where dotterel may write: an output file is never one of the inputs or the store.

Opening a file for writing empties it at once, so an output path that is
also an input (``dotterel run news.jsonl --errors news.jsonl``) destroys the
input before it is read, and an export written over the store
(``dotterel export --db S -o S``) replaces the dataset with a CSV. Both are
refused before anything is opened, with one line that names the option.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from dotterel.errors import InputError

__all__ = ["same_file", "check_output", "check_store_path"]


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name the same file (same inode when both exist, else the same resolved path).

    Parameters
    ----------
    a, b : str | os.PathLike

    Returns
    -------
    bool

    Examples
    --------
    >>> same_file("out/../events.duckdb", "events.duckdb")
    True
    """
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_output(output: str | None, *, option: str, inputs: Iterable[str] = (), store: str | None = None) -> None:
    """Refuse an output path that is one of the inputs or the store.

    Parameters
    ----------
    output : str | None
        The path to be written; ``None`` or ``"-"`` (standard output) pass.
    option : str
        The option that gave it, named in the message (e.g. ``"--errors"``).
    inputs : iterable of str, optional
        Input paths (``"-"`` and folders are ignored).
    store : str | None, optional
        The DuckDB store.

    Raises
    ------
    InputError
        When ``output`` is the store or an input.

    Examples
    --------
    >>> check_output("events.duckdb", option="-o", store="events.duckdb")
    Traceback (most recent call last):
    ...
    dotterel.errors.InputError: events.duckdb: -o is the store itself, and writing it would replace the dataset; give another file name
    """
    if output is None or output == "-":
        return
    if store is not None and same_file(output, store):
        raise InputError(
            f"{option} is the store itself, and writing it would replace the dataset",
            path=output,
            hint="give another file name",
        )
    for name in inputs:
        if name != "-" and not os.path.isdir(name) and same_file(output, name):
            raise InputError(
                f"{option} is also an input, and writing it would empty the input before it is read",
                path=output,
                hint="give another file name",
            )


def check_store_path(db: str, *, option: str = "--db") -> None:
    """Refuse an empty store path, which DuckDB would take as a database in memory, lost at exit.

    Parameters
    ----------
    db : str
    option : str, optional
        Named in the message.

    Raises
    ------
    InputError
        When ``db`` is empty or only whitespace.

    Examples
    --------
    >>> check_store_path(" ")
    Traceback (most recent call last):
    ...
    dotterel.errors.InputError: --db is empty, which would keep the store in memory and lose it at exit; give the store's file name, e.g. --db events.duckdb
    """
    if not db.strip():
        raise InputError(
            f"{option} is empty, which would keep the store in memory and lose it at exit",
            hint=f"give the store's file name, e.g. {option} events.duckdb",
        )
