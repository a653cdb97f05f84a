"""Text normalisation for analysis, with the map from normalised offsets back to the original text.

Split from :mod:`dotterel.annotate` by job (moved unchanged): the analysis runs on a *normalised* copy
of each text (Unicode NFC, curly quotes and apostrophes folded to ASCII, non-breaking spaces to spaces,
invisible format characters dropped), and every span maps back through :class:`OffsetMap` to 0-based,
end-exclusive code-point offsets in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .records import Span

__all__ = ["OffsetMap", "normalise"]

# One code point to one code point, so these never move offsets. The curly
# forms are kept in the original text (and thus in every evidence span).
_FOLD = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
}


# Runs of non-ASCII code points: the only places where normalising can change anything.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _invisible(ch: str) -> bool:
    """Whether ``ch`` is an invisible format character, dropped before parsing.

    Unicode general category Cf (Unicode Standard, ch. 23 "Special Areas and
    Format Characters"): zero-width space, joiner and non-joiner (U+200B-D),
    word joiner (U+2060), the byte-order mark / zero-width no-break space
    (U+FEFF), bidirectional marks and the soft hyphen (U+00AD, a hyphenation
    hint that is only shown at a line end). Inside or next to a word they
    make the tokenizer see another word ("pro\u00adtest"), so an event's
    trigger was missed.
    """
    return unicodedata.category(ch) == "Cf"


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in the normalised text back to the original text.

    Attributes
    ----------
    original : str
        The text as read.
    normalised : str
        The text the pipeline analysed.
    starts : tuple[int, ...]
        ``starts[i]`` is the original offset of the cluster that normalised
        character ``i`` came from; ``starts[len(normalised)] == len(original)``.
    ends : tuple[int, ...]
        ``ends[i]`` is the original end offset (exclusive) of that cluster.
    """

    original: str
    normalised: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> Span:
        """Return the original-text :class:`Span` for normalised offsets.

        Parameters
        ----------
        start, end : int
            0-based, end-exclusive code-point offsets into ``normalised``.

        Returns
        -------
        Span
            Offsets into ``original`` with ``text == original[start:end]``.

        Raises
        ------
        ValueError
            If the offsets are out of range or reversed.
        """
        if not 0 <= start <= end <= len(self.normalised):
            raise ValueError(f"offsets {start}:{end} outside 0:{len(self.normalised)}")
        # Span's checks hold by construction (offsets in range and ordered, the text sliced from them), so the
        # record is built without running them again: the coding stages ask for ~150 spans per document
        if start == end:
            o = self.starts[start]
            return Span.trusted(o, o, "")
        o_start = self.starts[start]
        o_end = self.ends[end - 1]
        return Span.trusted(o_start, o_end, self.original[o_start:o_end])

    def to_original(self, offset: int) -> int:
        """Original offset of normalised offset ``offset`` (0..len inclusive)."""
        return self.starts[offset]


def normalise(text: str) -> OffsetMap:
    """Normalise ``text`` for analysis and keep the offset map.

    Each base character with its combining marks is NFC-normalised on its own
    (so a composed cluster maps to exactly the original code points it came
    from); invisible format characters (Unicode category Cf: zero-width
    joiner and non-joiner, zero-width space, soft hyphen, a byte-order mark
    inside the text, bidirectional marks) are removed; then the one-to-one
    folds of curly quotes, apostrophes and odd spaces are applied. Offsets
    of the normalised text map back to the original through the returned
    map, so spans slice the original text, invisible characters included.

    Parameters
    ----------
    text : str
        The original text.

    Returns
    -------
    OffsetMap

    Examples
    --------
    >>> omap = normalise("Police\u200d fired on pro\u00adtesters")
    >>> omap.normalised
    'Police fired on protesters'
    >>> omap.span(16, 26).text == "pro\u00adtesters"
    True
    """
    n = len(text)
    if text.isascii():
        # nothing to compose, drop or fold (no ASCII character is a combining mark, a Cf character or
        # in _FOLD): the identity map, built without a Python loop
        return OffsetMap(original=text, normalised=text, starts=tuple(range(n + 1)),
                         ends=(*range(1, n + 1), n))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0  # text[:done] is in ``out``
    for run in _NON_ASCII.finditer(text):
        a, b = run.span()
        if unicodedata.combining(text[a]) and a > done:
            a -= 1  # the ASCII base character before a combining mark is part of its cluster
        # the ASCII stretch before the run: copied as it is, one code point to one
        out.append(text[done:a])
        starts.extend(range(done, a))
        ends.extend(range(done + 1, a + 1))
        i = a
        while i < b:
            j = i + 1
            while j < n and unicodedata.combining(text[j]):
                j += 1
            cluster = text[i:j]
            norm = unicodedata.normalize("NFC", cluster) if j - i > 1 or not cluster.isascii() else cluster
            for ch in norm:
                if _invisible(ch):
                    # Dropped with no entry in the map: a span around it still slices the original
                    # text from its first kept character to its last, the invisible one included.
                    continue
                out.append(_FOLD.get(ch, ch))
                starts.append(i)
                ends.append(j)
            i = j
        done = b
    out.append(text[done:])
    starts.extend(range(done, n + 1))
    ends.extend(range(done + 1, n + 1))
    ends.append(n)
    return OffsetMap(original=text, normalised="".join(out), starts=tuple(starts), ends=tuple(ends))
