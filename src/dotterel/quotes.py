"""Quotations and paragraphs of a document: where a direct quote starts and ends, whose paragraph an offset is in.

Moved unchanged from :mod:`dotterel.attribution` (which re-exports the names) when that module reached
the 800-line limit; the rules are in its docstring (a direct quote, a block quote introduced by "X said:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .annotate import doc_text, sentences

if TYPE_CHECKING:
    from .lang import LanguageProfile

__all__ = ["QuoteMap", "find_quotes", "paragraphs"]


@dataclass(frozen=True)
class QuoteMap:
    """Quoted regions of a normalised text.

    Attributes
    ----------
    regions : tuple[tuple[int, int], ...]
        (start, end) character offsets, end-exclusive, of each quoted stretch
        in the normalised text (the quote marks included).
    block_quotes : tuple[tuple[int, int, int], ...]
        (start, end, intro_sentence_start) for paragraphs introduced by a
        "X described/said ...:" sentence.
    """

    regions: tuple[tuple[int, int], ...]
    block_quotes: tuple[tuple[int, int, int], ...]

    def inline(self, offset: int) -> tuple[int, int] | None:
        """The inline quote region containing ``offset``, if any."""
        for s, e in self.regions:
            if s <= offset < e:
                return s, e
        return None

    def block(self, offset: int) -> tuple[int, int, int] | None:
        """The block quote containing ``offset``, if any."""
        for s, e, intro in self.block_quotes:
            if s <= offset < e:
                return s, e, intro
        return None


_PARA = re.compile(r"\n\s*\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph (start, end) offsets: blocks separated by blank lines."""
    out = []
    pos = 0
    for m in _PARA.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def find_quotes(doc, *, lang: LanguageProfile) -> QuoteMap:
    """Find quoted stretches and block quotes in a parsed normalised text.

    Straight double quotes are paired left to right within a paragraph (the
    annotation stage has folded curly quotes to straight ones); a paragraph
    whose previous paragraph ends with a sentence that has a reporting verb
    and ends in a colon is a block quote.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    lang : LanguageProfile
        Its ``reporting_verbs`` introduce a block quote.

    Returns
    -------
    QuoteMap
    """
    text = doc_text(doc)
    regions = []
    paras = paragraphs(text)
    for ps, pe in paras:
        marks = [m.start() for m in re.finditer('"', text[ps:pe])]
        for a, b in zip(marks[0::2], marks[1::2]):
            regions.append((ps + a, ps + b + 1))
    blocks = []
    for (ps, pe), nxt in zip(paras, paras[1:]):
        if not text[ps:pe].rstrip().endswith(":"):
            continue
        last = None
        for sent in sentences(doc):
            if ps <= sent.start_char < pe:
                last = sent
        if last is None:
            continue
        if any(t.lemma_.lower() in lang.reporting_verbs for t in last):
            blocks.append((nxt[0], nxt[1], last.start_char))
    return QuoteMap(regions=tuple(regions), block_quotes=tuple(blocks))
