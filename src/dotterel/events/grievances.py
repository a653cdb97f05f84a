"""A protest's grievance has its own date, not the protest's (part of ``acled.v1``).

"Lawyers in Patna held a dharna on Monday in protest against the killing of an advocate in
Muzaffarpur": the killing is what the protest is about (:func:`dotterel.events.acled_scene.grievance_spans`).
It happened before the protest, to others and elsewhere unless the text says so. ACLED Codebook 2023,
Protests: a protest is coded on its own day at its own place, and what it is about is written in its notes;
an event is coded with the date its report gives it (Codebook, "Time precision"), so a grievance told with
no date of its own does not borrow the protest's. Its place is left to the place stage: moving it (and a
protest placed inside its grievance) to a place named there cost the event-location dev set 6 correct places
(tp 3241 to 3235, fp 1309 to 1315), so it is not done. Nor are its figures the protest's: "Students rallied
on Tuesday to protest the killing of two classmates" is no protest with two killed (ACLED Codebook 2023,
Fatalities: those of the event itself), so a figure told inside the grievance goes to the grievance's own
event, or to none (:func:`grievance_tolls`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..records import Event, EventDate, Span

__all__ = ["date_grievances", "grievance_tolls"]


def _inside(span: Span | None, spans: Sequence[tuple[int, int]]) -> bool:
    return span is not None and any(a <= span.start and span.end <= b for a, b in spans)


def _also_told_outside(event: Event, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a figure of the event lies outside its grievance: the act was told in the scene too.

    "Students marched ... against the arrest of their leader, and police arrested 20 of them": the arrest of
    the 20 (merged with the grievance's arrest) happened at the march, on its day.
    """
    return any(c.span is not None and not _inside(c.span, spans) for c in event.counts)


def _grievance_date(event: Event, spans: Sequence[tuple[int, int]], protest: Event) -> EventDate | None:
    """The grievance's own date, or a range up to the protest's latest day (it happened before the protest)."""
    if event.date is not None and _inside(event.date.span, spans):
        return event.date
    latest = protest.date.latest if protest.date is not None else None
    return EventDate(value=None, latest=latest, time_precision="range", source="context",
                     reason="a protest's grievance with no date of its own: on or before the protest"
                     + (f" ({latest})" if latest else ""))


def date_grievances(events: Sequence[Event], grievances: Mapping[int, Sequence[tuple[Event, tuple[int, int]]]]
                     ) -> list[Event]:
    """Give each event told as a protest's grievance its own date, not the protest's.

    Parameters
    ----------
    events : sequence of Event
    grievances : mapping
        Sentence start -> the (protest, original-text span) pairs of what each protest of the sentence is
        about (:func:`dotterel.events.acled_scene.grievance_spans`).

    Returns
    -------
    list[Event]
        An event whose trigger lies in a grievance (not itself a protest) keeps a date only if its words
        lie in the grievance, else a range up to the protest's day (module docstring: ACLED Codebook 2023);
        one with a figure told outside the grievance is an act of the scene too and keeps its date.
    """
    out = []
    for e in events:
        if e.event_type != "PROTEST":
            holding = [(protest, span) for protest, span in grievances.get(e.sentence.start, ())
                       if _inside(e.trigger, [span])]
            if holding and not _also_told_outside(e, [holding[0][1]]):
                protest, span = holding[0]
                e = e.model_copy(update={"date": _grievance_date(e, [span], protest)})
        out.append(e)
    return out


def grievance_tolls(events: Sequence[Event], grievances: Mapping[int, Sequence[tuple[Event, tuple[int, int]]]]
                    ) -> list[Event]:
    """Take from each protest the figures told inside its grievance; give them to the grievance's event.

    ``events`` and ``grievances`` are as for :func:`date_grievances`.

    Returns
    -------
    list[Event]
        A protest keeps only the figures outside what it is about ("rallied ... to protest the killing of two
        classmates", "marched against the death of three hawkers": killed 2 and 3 are not the protest's; ACLED
        Codebook 2023, Fatalities: the event's own). An event (not a protest) whose trigger lies in that
        grievance gets those of a kind it has none of: the deaths are the killing's. Nor are they another act's
        of the sentence, told outside the grievance ("demonstrated against the deaths of two classmates, and
        police wounded 30 of them": the wounding has no killed 2). Figures of a grievance with no event of its
        own are dropped, never left on the protest or another act.
    """
    taken: list[tuple[tuple[int, int], list]] = []
    out = []
    for e in events:
        spans = [span for protest, span in grievances.get(e.sentence.start, ())
                 if protest.trigger == e.trigger or (e.event_type != "PROTEST" and not _inside(e.trigger, [span]))]
        inside = [c for c in e.counts if _inside(c.span, spans)]
        if inside:
            taken += [(span, [c for c in inside if _inside(c.span, [span])]) for span in spans]
            e = e.model_copy(update={"counts": [c for c in e.counts if c not in inside]})
        out.append(e)
    for i, e in enumerate(out):
        if e.event_type == "PROTEST":
            continue
        given = [c for span, counts in taken if _inside(e.trigger, [span]) for c in counts
                 if not any(have.kind == c.kind for have in e.counts)]
        if given:
            out[i] = e.model_copy(update={"counts": sorted([*e.counts, *given], key=lambda c: c.span.start)})
    return out
