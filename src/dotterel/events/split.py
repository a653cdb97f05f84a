"""Stage ``split.places.v1``: one event per place when a sentence gives each place its own figure.

"Police detained 866 people in Moscow and 658 in St Petersburg" reports two
arrests, one in each city, with their own numbers. The assembly stage codes
one event per trigger, so this stage splits such an event: each figure
followed by its place ("866 people in Moscow", "658 in St Petersburg", "45 in
Grodno") becomes an event of its own, at that place, with that figure. The
second and later figures are often elliptical (no counted noun: "658 in St
Petersburg"); they take the kind of the first.

Source of the rule: ACLED codes one event per location and day (ACLED
Codebook 2023, "Event geography": an event happens at a single location; a
report of several locations is coded as separate events, each with its own
fatalities). PLOVER events likewise carry one location each (PLOVER event
data model: ``location`` is a single place).
"""

from __future__ import annotations

import hashlib

from ..counts import parse_quantity
from ..records import Count, Event, Place

__all__ = ["PlaceFigures", "figures_by_place"]


class PlaceFigures:
    """Stage ``split.places.v1`` (see the module docstring).

    Parameters
    ----------
    resources : dotterel.pipeline.context.Resources
        Uses the version (part of the new events' ids).
    """

    name = "split.places.v1"
    requires = ("ctx.events",)
    provides = ("ctx.events",)

    def __init__(self, resources) -> None:
        self.version = resources.version

    def __repr__(self) -> str:
        return f"<stage {self.name}>"

    def __call__(self, ctx) -> None:
        """Replace every event whose sentence gives several places their own figures by one event per place."""
        out: list[Event] = []
        for event in ctx.events:
            out.extend(self._split(ctx, event))
        ctx.events = out

    def _split(self, ctx, event: Event) -> list[Event]:
        pairs = figures_by_place(ctx, event)
        if len(pairs) < 2:
            return [event]
        used = {id(c) for c, _p in pairs}
        rest = [c for c in event.counts if id(c) not in used]
        out = []
        for k, (count, place) in enumerate(pairs):
            located = place.model_copy(update={"rule": "attached"})
            update = {"counts": [count, *(rest if k == 0 else [])], "location": located}
            if k:
                key = f"{event.event_id}|{place.span.start if place.span else place.name}|{self.version}"
                update["event_id"] = "ev:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
            out.append(event.model_copy(update=update))
        return out


def figures_by_place(ctx, event: Event) -> list[tuple[Count, Place]]:
    """The (figure, place) pairs of ``event``'s sentence, when it gives two or more places their own figures.

    A pair is a number phrase followed, within two words of a counted noun
    ("people", "others"), by a locative preposition (the profile's
    ``locative_prepositions``) and a place the document's places resolve. The
    first pair must be the first whole figure credited to ``event`` (so a
    breakdown of another figure, "15 civilians (12 in France and 3 in
    Belgium)", is no list of places); later pairs are
    its other figures of the same kind, or bare numbers after it ("and 658 in
    St Petersburg"), which take its kind. Only places the gazetteer resolves
    count.

    Parameters
    ----------
    ctx : dotterel.pipeline.context.DocContext
        The document being coded (its parse, offsets and places).
    event : Event

    Returns
    -------
    list of (Count, Place)
        In text order; empty unless there are at least two pairs with
        different places.
    """
    whole = [c for c in event.counts if c.subgroup is None and c.aggregate is None]
    if not whole:
        return []
    starts = ctx.token_by_original_start
    first_i = starts.get(whole[0].span.start)
    if first_i is None:
        return []
    doc = ctx.doc
    sent = doc[first_i].sent
    places = {m.start: m.place for m in ctx.places if m.place.geonameid is not None}
    by_start = {starts.get(c.span.start): c for c in whole}
    claimed = {starts.get(c.span.start) for c in event.counts}
    kind = whole[0].kind
    pairs: list[tuple[Count, Place]] = []
    i = first_i
    while i < sent.end:
        count = by_start.get(i)
        end = _number_end(doc, i, sent) if count is not None or doc[i].like_num else i + 1
        place = _place_after(ctx, end, sent, places, reach=6 if not pairs else 2) if end > i else None
        if place is not None and count is not None and count.kind == kind and (pairs or count is whole[0]):
            pairs.append((count, place))
        elif place is not None and pairs and i not in claimed and doc[i].like_num and _after_link(doc, i, sent):
            figure = _elliptical(ctx, i, end, kind)
            if figure is not None:
                pairs.append((figure, place))
        i = max(end, i + 1)
    if len({(p.geonameid, p.name) for _c, p in pairs}) < max(2, len(pairs)):
        return []
    return pairs


def _number_end(doc, i: int, sent) -> int:
    end = i + 1
    while end < sent.end and (doc[end].like_num or (doc[end].text in (",", ".") and end + 1 < sent.end
                                                    and doc[end + 1].like_num and doc[end + 1].text.isdigit()
                                                    and len(doc[end + 1].text) == 3)):
        end += 1
    return end


def _place_after(ctx, end: int, sent, places: dict[int, Place], *, reach: int) -> Place | None:
    """The place of "<number> [people|others] in <Place>" (within ``reach`` words of token ``end``), or None.

    The first figure may have its clause between it and the place ("Twelve
    people were killed in Homs"); an elliptical one has at most its counted
    noun ("658 in St Petersburg", "seven others in Hama").
    """
    doc = ctx.doc
    j = end
    for _ in range(reach):
        if j >= sent.end or doc[j].lower_ in ctx.lang.locative_prepositions or doc[j].like_num:
            break
        if doc[j].pos_ not in ("NOUN", "ADJ", "AUX", "VERB", "ADV"):
            return None
        j += 1
    if j >= sent.end or doc[j].lower_ not in ctx.lang.locative_prepositions:
        return None
    j += 1
    if j < sent.end and doc[j].pos_ == "DET":
        j += 1
    if j >= sent.end:
        return None
    return places.get(doc[j].idx)


def _after_link(doc, i: int, sent) -> bool:
    """Whether the bare number follows a comma or a coordinator ("..., 45 in Grodno and 30 in Brest")."""
    k = i - 1
    while k > sent.start and doc[k].pos_ in ("ADV", "ADP", "ADJ", "DET") and doc[k].lower_ not in (",",):
        k -= 1  # hedges: "and about 600 in ..."
    return k >= sent.start and (doc[k].text in (",", ";") or doc[k].pos_ == "CCONJ")


def _elliptical(ctx, i: int, end: int, kind: str) -> Count | None:
    """The figure of a bare number ("658") with the kind of the figure it follows."""
    doc = ctx.doc
    start = i
    while start > doc[i].sent.start and doc[start - 1].pos_ in ("ADV", "ADJ", "ADP", "DET") and doc[start - 1].text != ",":
        start -= 1
    for s in range(start, i + 1):
        text = doc[s:end].text
        q = parse_quantity(text, lang=ctx.lang)
        if q is not None and (q.best is not None or q.low is not None or q.high is not None):
            return Count(kind=kind, low=q.low, best=q.best, high=q.high, approximate=q.approximate,
                         span=ctx.span(doc[s].idx, doc[end - 1].idx + len(doc[end - 1])))
    return None
