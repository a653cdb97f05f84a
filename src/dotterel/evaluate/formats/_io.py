"""Reading helpers for the gold loaders: text heads for sniffing, JSON Lines with line numbers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..base import BadRecord, GoldFormatError

__all__ = ["head", "open_text", "iter_jsonl"]


def head(path: Path, size: int = 16384) -> str:
    """The first ``size`` bytes of a file as text (undecodable bytes replaced); ``""`` for a folder."""
    if path.is_dir():
        return ""
    with open(path, "rb") as fh:
        return fh.read(size).decode("utf-8", errors="replace").lstrip("\ufeff")


def open_text(path: Path):
    """Open a gold file as UTF-8 text, or raise :class:`GoldFormatError` naming it."""
    if not path.exists():
        raise GoldFormatError("no such file", path=str(path), hint="check the path")
    if path.is_dir():
        raise GoldFormatError("is a folder, expected a file", path=str(path))
    return open(path, encoding="utf-8-sig", newline="")


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict | BadRecord]]:
    """Yield ``(line number, object)`` for each non-blank line; a line that is not a JSON object gives a BadRecord."""
    with open_text(path) as fh:
        try:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield n, BadRecord(path=str(path), line=n, reason=f"not JSON ({exc.msg})")
                    continue
                if not isinstance(obj, dict):
                    yield n, BadRecord(path=str(path), line=n, reason="not a JSON object")
                    continue
                yield n, obj
        except UnicodeDecodeError as exc:
            raise GoldFormatError(f"not UTF-8 text ({exc.reason})", path=str(path),
                                  hint="convert it to UTF-8") from None
