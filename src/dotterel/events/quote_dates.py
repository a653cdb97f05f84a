"""Dates set by a block quote signed with its date: the bound it gives its events, met with the story's context.

Split from :mod:`dotterel.events.dating` (module size), which re-exports :func:`quote_date` and
:func:`within_context`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate import doc_text, entities_in
from ..records import EventDate

if TYPE_CHECKING:
    from ..dates import DateResolver
    from ..quotes import QuoteMap
    from .detect import Mention

__all__ = ["quote_date", "within_context"]


def quote_date(mention: Mention, quotes: QuoteMap, doc, dates: DateResolver, to_span) -> EventDate | None:
    """The bound set by a block quote signed with its date.

    ``"... up to 20,000" (8 January 2022)``: the events in the quote happened
    on or before the bracketed date in its last 60 characters.

    Parameters
    ----------
    mention : Mention
    quotes : QuoteMap
        The document's quotes.
    doc : spacy.tokens.Doc
        The parsed (normalised) document.
    dates : DateResolver
    to_span : callable
        ``to_span(start, end) -> Span`` for parsed-document offsets.

    Returns
    -------
    EventDate | None
        A "range" date with only ``latest`` set (ISO 8601), or None when the
        trigger is in no block quote or the quote carries no such date.
    """
    block = quotes.block(mention.trigger.idx)
    if block is None:
        return None
    start, end, _intro = block
    tail = doc.char_span(max(start, end - 60), end, alignment_mode="expand")
    if tail is None:
        return None
    for ent in entities_in(tail):
        if ent.label_ == "DATE" and _in_parentheses(ent):
            resolved = dates.resolve(ent.text, span=to_span(ent.start_char, ent.end_char))
            if resolved is not None and resolved.latest:
                return EventDate(
                    value=None,
                    latest=resolved.latest,
                    time_precision="range",
                    span=resolved.span,
                    source="text",
                    reason=f"on or before the date of the quoted text '{ent.text}'",
                )
    return None


def within_context(bound: EventDate, context: EventDate) -> EventDate:
    """A quoted text's "on or before" bound met with the date the story's context gives the event.

    A block quote signed "(8 January 2022)" in an article whose dates all
    fall in January 2022 tells of that January's events: the event is on or
    after the context's first day and on or before the quote's date. Where
    the quote's date is after the context's end, the context alone holds
    (the bound adds nothing); where it is before the context's start, the
    quote tells of earlier events and the bound alone holds.

    Parameters
    ----------
    bound : EventDate
        From :func:`quote_date`: ``latest`` only (ISO 8601).
    context : EventDate
        The date :func:`event_date` gave without the quote (the story's
        month, or a paragraph's anchor), used only when it has both ends.

    Returns
    -------
    EventDate
        ``context`` when the bound is on or after its end; a "range" from
        ``context.earliest`` to the bound's day when the bound falls inside
        it; ``bound`` otherwise.
    """
    if context.earliest is None or context.latest is None or bound.latest is None \
            or bound.latest < context.earliest:
        return bound
    if bound.latest >= context.latest:
        return context
    return EventDate(value=None, earliest=context.earliest, latest=bound.latest, time_precision="range",
                     span=bound.span, source="text",
                     reason=f"{bound.reason}, on or after {context.earliest} ({context.reason})")


def _in_parentheses(span) -> bool:
    """A date inside brackets is a citation or aside ("(Financial Times, 11 January 2022)").

    A bracket the parser left as a sentence of its own just before (a dateline under a headline, "(Bangkok,
    June 10, 2024) – ...") still opens the brackets: the date is the release's, not the event's.
    """
    text = doc_text(span.doc)
    before = text[span.sent.start_char : span.start_char]
    opened = 1 if text[:span.sent.start_char].rstrip().endswith("(") else 0
    return before.count("(") + opened > before.count(")")
