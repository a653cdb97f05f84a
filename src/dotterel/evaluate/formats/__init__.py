"""Gold formats: one module each, with format sniffing, a streaming loader and a scorer.

:data:`FORMATS` maps each format name to its :class:`~dotterel.evaluate.base.GoldFormat`;
:func:`detect` picks the format of a file from its first bytes.
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from ..base import GoldFormat, GoldFormatError
from . import case_tsv, dotterel_cases, event_location, geo_xml, india_police, petrarch_xml, plover_gsr, timeml
from ._io import head

__all__ = ["FORMATS", "detect"]

FORMATS = MappingProxyType({f.name: f for f in (
    plover_gsr.FORMAT,
    petrarch_xml.FORMAT,
    case_tsv.FORMAT,
    event_location.FORMAT,
    geo_xml.FORMAT,
    timeml.FORMAT,
    india_police.FORMAT,
    dotterel_cases.FORMAT,
)})
"""Format name -> :class:`GoldFormat`, in the order they are tried by :func:`detect` (read-only)."""


def detect(path: Path) -> GoldFormat:
    """The gold format of a file (or of a folder, from the first file in it that is recognised).

    Parameters
    ----------
    path : Path

    Returns
    -------
    GoldFormat

    Raises
    ------
    GoldFormatError
        When the path does not exist or no format recognises it.
    """
    if not path.exists():
        raise GoldFormatError("no such file or folder", path=str(path), hint="check the path")
    try:
        candidates = [path] if path.is_file() else [path] + sorted(p for p in path.iterdir() if p.is_file())
        for p in candidates:
            text = head(p)
            for fmt in FORMATS.values():
                if fmt.sniff(p, text):
                    return fmt
    except OSError as exc:
        raise GoldFormatError(f"cannot be read ({exc.strerror or exc})", path=str(path)) from None
    raise GoldFormatError("not a gold format dotterel knows", path=str(path),
                          hint=f"name it with --format ({', '.join(FORMATS)})")
