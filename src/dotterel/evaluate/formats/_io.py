"""Reading helpers for the gold loaders: text heads for sniffing, JSON Lines with line numbers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..base import BadRecord, GoldFormatError

__all__ = ["head", "open_text", "iter_jsonl", "iter_json_array"]


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


def iter_json_array(path: Path, *, chunk_size: int = 1 << 16) -> Iterator[tuple[int, object]]:
    """Yield ``(index, item)`` for each item of a top-level JSON array, reading the file in chunks.

    Only one item (and one chunk) is held at a time, so arrays of any length
    can be read.

    Raises
    ------
    GoldFormatError
        When the file does not hold a JSON array, or an item is not valid
        JSON (the line is named), or the text is not UTF-8.
    """
    decoder = json.JSONDecoder()
    with open_text(path) as fh:
        buf, consumed_lines, index = "", 1, 0
        eof = False

        def fill() -> bool:
            nonlocal buf, eof
            if eof:
                return False
            try:
                more = fh.read(chunk_size)
            except UnicodeDecodeError as exc:
                raise GoldFormatError(f"not UTF-8 text ({exc.reason})", path=str(path)) from None
            eof = not more
            buf += more
            return bool(more)

        def skip_ws() -> None:
            nonlocal buf, consumed_lines
            while True:
                stripped = buf.lstrip()
                consumed_lines += buf.count("\n", 0, len(buf) - len(stripped))
                buf = stripped
                if buf or not fill():
                    return

        skip_ws()
        if not buf.startswith("["):
            raise GoldFormatError("expected a JSON array", path=str(path), line=consumed_lines)
        buf = buf[1:]
        skip_ws()
        if buf.startswith("]"):
            return
        while True:
            skip_ws()
            while True:
                try:
                    item, end = decoder.raw_decode(buf)
                except ValueError as exc:
                    if fill():
                        continue
                    raise GoldFormatError(f"not valid JSON ({getattr(exc, 'msg', exc)})", path=str(path),
                                          line=consumed_lines + getattr(exc, "lineno", 1) - 1) from None
                # a number at the very end of the buffer may go on in the next chunk
                if end == len(buf) and buf[-1:].isdigit() and fill():
                    continue
                break
            yield index, item
            index += 1
            consumed_lines += buf.count("\n", 0, end)
            buf = buf[end:]
            skip_ws()
            if buf.startswith(","):
                buf = buf[1:]
                continue
            if buf.startswith("]"):
                return
            raise GoldFormatError("expected ',' or ']' between array items", path=str(path), line=consumed_lines)
