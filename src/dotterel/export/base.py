"""Export formats by name: the :class:`Exporter` protocol and the :data:`EXPORTERS` registry.

Every face that offers export formats reads them here: ``dotterel export
--format`` offers the exporters with ``cli`` true, the server's ``GET
/export`` and dataset page those with a ``served_as`` name, and
:func:`dotterel.export.write_export` any registered name (the layout follows
datasette's ``register_output_renderer``: each renderer brings its name,
content type and writer).

Each format module registers itself: it defines a ``register_exporters()``
hook that returns its exporters. Nothing is registered when a module is
imported; the registry calls the hooks of :data:`BUILTIN_MODULES`, in that
order, and then of the installed packages' ``"dotterel.exporters"`` entry
points, the first time :data:`EXPORTERS` is read. The order of registration
is the order in which the CLI and the server list the formats.

Adding a format is one module under ``export/`` with a ``register_exporters``
hook, plus its name in :data:`BUILTIN_MODULES` (or an entry point of another
package).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import KW_ONLY, dataclass
from importlib.metadata import entry_points
from typing import IO, TYPE_CHECKING, Any, Protocol, runtime_checkable

from dotterel.errors import ExportError

if TYPE_CHECKING:
    from dotterel.export._common import ExportReport
    from dotterel.ontology import Ontology
    from dotterel.records.linked import LinkedEvent

__all__ = [
    "Exporter",
    "WriterExporter",
    "EXPORTERS",
    "BUILTIN_MODULES",
    "ENTRY_POINT_GROUP",
    "cli_formats",
    "served_formats",
]

BUILTIN_MODULES: tuple[str, ...] = (
    "dotterel.export.plover",
    "dotterel.export.acled",
    "dotterel.export.plover_json",
    "dotterel.export.cameo",
    "dotterel.export.tabular",
)
"""The format modules shipped with dotterel, in the order their formats are listed."""

ENTRY_POINT_GROUP = "dotterel.exporters"
"""Entry-point group of installed packages' ``register_exporters`` hooks."""


@runtime_checkable
class Exporter(Protocol):
    """One export format: its name, what it writes and how.

    Attributes
    ----------
    name : str
        The format's registry name (``"acled"``), as given to
        :func:`dotterel.export.write_export` and ``dotterel export --format``.
    media_type : str
        IANA media type of the output (``"text/csv; charset=utf-8"``).
    suffix : str
        File-name suffix, with its dot (``".acled.csv"``); the server names
        downloads ``dotterel-events<suffix>``.
    binary : bool
        Whether the output is bytes (needs a file or binary stream, not a
        terminal).
    """

    name: str
    media_type: str
    suffix: str
    binary: bool

    def write(
        self,
        events: Iterable[LinkedEvent],
        out: Any,
        *,
        ontology: Ontology | None = None,
        timestamp: int | None = None,
        raw: bool = False,
    ) -> ExportReport:
        """Write ``events`` to ``out`` (a path or an open stream); see :func:`dotterel.export.write_export`."""
        ...


@dataclass(frozen=True)
class WriterExporter:
    """An :class:`Exporter` made from a format module's writer function.

    Parameters
    ----------
    name, media_type, suffix
        As :class:`Exporter`.
    writer : callable
        ``writer(events, out, **options) -> ExportReport``.
    binary : bool
        As :class:`Exporter`.
    options : tuple[str, ...]
        Which of ``ontology``, ``timestamp`` and ``raw`` (write spreadsheet
        cells as they are, no formula escape) the writer takes.
    cli : bool
        Offered by ``dotterel export --format``.
    served_as : str | None
        The format name under which the server's ``GET /export`` and dataset
        page offer it; ``None`` when the server does not.

    Examples
    --------
    >>> from dotterel.export.tabular import write_csv
    >>> WriterExporter("csv", "text/csv; charset=utf-8", ".csv", write_csv).binary
    False
    """

    name: str
    media_type: str
    suffix: str
    writer: Callable[..., ExportReport]
    _: KW_ONLY
    binary: bool = False
    options: tuple[str, ...] = ()
    cli: bool = True
    served_as: str | None = None

    def write(
        self,
        events: Iterable[LinkedEvent],
        out: str | IO[Any],
        *,
        ontology: Ontology | None = None,
        timestamp: int | None = None,
        raw: bool = False,
    ) -> ExportReport:
        """Call the writer with the options it takes (see :class:`Exporter`)."""
        given = {"ontology": ontology, "timestamp": timestamp, "raw": raw}
        return self.writer(events, out, **{key: given[key] for key in self.options})


class _Registry(Mapping[str, Exporter]):
    """Exporters by name, collected from the hooks the first time they are read."""

    def __init__(self, modules: tuple[str, ...], group: str) -> None:
        self._modules = modules
        self._group = group
        self._by_name: dict[str, Exporter] | None = None

    def _hooks(self) -> Iterator[tuple[str, Callable[[], Iterable[Exporter]]]]:
        for module in self._modules:
            yield module, importlib.import_module(module).register_exporters
        for ep in entry_points(group=self._group):
            yield f"entry point {ep.name!r}", ep.load()

    def _load(self) -> dict[str, Exporter]:
        if self._by_name is None:
            by_name: dict[str, Exporter] = {}
            for origin, hook in self._hooks():
                for exporter in hook():
                    if not isinstance(exporter, Exporter):
                        raise ExportError(f"{origin} registered {exporter!r}, which is not an Exporter; "
                                          "give name, media_type, suffix, binary and write")
                    if exporter.name in by_name:
                        raise ExportError(f"{origin} registered a second exporter named {exporter.name!r}; "
                                          "rename one of them")
                    by_name[exporter.name] = exporter
            self._by_name = by_name
        return self._by_name

    def __getitem__(self, name: str) -> Exporter:
        return self._load()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


EXPORTERS: Mapping[str, Exporter] = _Registry(BUILTIN_MODULES, ENTRY_POINT_GROUP)
"""Every registered exporter by name, in registration order (read-only; filled on first read).

Raises :class:`~dotterel.errors.ExportError` on first read when a hook
registers something that is not an :class:`Exporter` or a name twice.
"""


def cli_formats() -> tuple[str, ...]:
    """The format names ``dotterel export --format`` offers, in registry order.

    Returns
    -------
    tuple[str, ...]
        ``("plover", "acled", "cameo", "jsonl", "csv", "parquet")`` with the
        built-in formats.
    """
    return tuple(name for name, e in EXPORTERS.items() if getattr(e, "cli", True))


def served_formats() -> dict[str, Exporter]:
    """The exporters the server offers, by the format name of its API, in registry order.

    Returns
    -------
    dict[str, Exporter]
        ``{"acled": ..., "plover": <plover-json>, "jsonl": ...}`` with the
        built-in formats: the server's ``plover`` is a JSON array of PLOVER
        records (exporter ``plover-json``).
    """
    return {e.served_as: e for e in EXPORTERS.values() if getattr(e, "served_as", None)}
