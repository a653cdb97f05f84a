"""A protest's grievance has its own date and place, not the protest's (part of ``acled.v1``).

"Lawyers in Patna held a dharna on Monday in protest against the killing of an advocate in
Muzaffarpur": the killing is what the protest is about (:func:`dotterel.events.acled_scene.grievance_spans`).
It happened before the protest, to others and elsewhere unless the text says so. ACLED Codebook 2023,
Protests: a protest is coded on its own day at its own place, and what it is about is written in its notes;
an event is coded with the date and place its report gives it (Codebook, "Time precision" and "Geo
precision"), so a grievance told with no date or place of its own borrows neither from the protest. The
protest in turn is not where its grievance was when its sentence names another place ("boycotted courts in
Lucknow to protest the lathi-charge on advocates in Hapur").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..records import Event, EventDate, Place, Span

__all__ = ["place_grievances"]


def _inside(span: Span | None, spans: Sequence[tuple[int, int]]) -> bool:
    return span is not None and any(a <= span.start and span.end <= b for a, b in spans)


def _own_place(event: Event, spans: Sequence[tuple[int, int]], *, inside: bool, why: str) -> Place | None:
    """The event's place if its words lie ``inside`` the spans (or outside them), else the first place so named."""
    loc = event.location
    if loc is not None and loc.span is not None and _inside(loc.span, spans) == inside:
        return loc
    for p in event.places:
        if p.span is not None and _inside(p.span, spans) == inside:
            return p.model_copy(update={"rule": "sentence", "reason": why + "; " + p.reason if p.reason else why})
    return None


def _grievance_date(event: Event, spans: Sequence[tuple[int, int]], protest: Event) -> EventDate | None:
    """The grievance's own date, or a range up to the protest's latest day (it happened before the protest)."""
    if event.date is not None and _inside(event.date.span, spans):
        return event.date
    latest = protest.date.latest if protest.date is not None else None
    return EventDate(value=None, latest=latest, time_precision="range", source="context",
                     reason="a protest's grievance with no date of its own: on or before the protest"
                     + (f" ({latest})" if latest else ""))


def place_grievances(events: Sequence[Event], grievances: Mapping[int, Sequence[tuple[Event, tuple[int, int]]]]
                     ) -> list[Event]:
    """Give each event told as a protest's grievance its own date and place, and each protest its own place.

    Parameters
    ----------
    events : sequence of Event
    grievances : mapping
        Sentence start -> the (protest, original-text span) pairs of what each protest of the sentence is
        about (:func:`dotterel.events.acled_scene.grievance_spans`).

    Returns
    -------
    list[Event]
        An event whose trigger lies in a grievance (not itself a protest) keeps a date and a place only if
        their words lie in the grievance, else a place named there, else none, and a range up to the
        protest's day for its date; a protest whose place is named in its own grievance takes a place its
        sentence names outside it, if any (module docstring: ACLED Codebook 2023).
    """
    out = []
    for e in events:
        pairs = grievances.get(e.sentence.start, ())
        own = [span for protest, span in pairs if protest is e]
        if e.event_type == "PROTEST" and own and e.location is not None and _inside(e.location.span, own):
            # a second place outside the grievance is the scene; with none, the place stays ("against the
            # occupation of Palestine in Dublin": the parser hangs the scene inside the grievance)
            elsewhere = _own_place(e, own, inside=False, why="named in the protest's sentence, not in what it is about")
            e = e.model_copy(update={"location": elsewhere}) if elsewhere is not None else e
        elif e.event_type != "PROTEST":
            holding = [(protest, span) for protest, span in pairs if _inside(e.trigger, [span])]
            if holding:
                protest, span = holding[0]
                e = e.model_copy(update={
                    "date": _grievance_date(e, [span], protest),
                    "location": _own_place(e, [span], inside=True, why="named in the protest's grievance")})
        out.append(e)
    return out
