"""Linked-event records: one event linked from all the mentions that describe it.

:class:`MentionRef` wraps a coded mention (:class:`~dotterel.records.Event`)
with its document's metadata; :class:`LinkedEvent` (an
:class:`~dotterel.records.EventCore`, like the mention) holds every mention
of one event, its reported figures side by side (:class:`CountReport`) and a
conservative figure per kind (:class:`ConservativeCount`). The linking rule
that makes them is :func:`dotterel.dedup.link_mentions`, which re-exports
these names.

The JSON Schema of :class:`LinkedEvent` is checked in at
``src/dotterel/schema/linked_event.schema.json`` (regenerate with
``python -m dotterel.dedup``); the class docstrings are its descriptions.
"""

from __future__ import annotations

import datetime as _dt

from pydantic import Field, model_validator

from dotterel.records import Certainty, CountKind, Document, Event, EventCore, _Frozen

__all__ = ["MentionRef", "CountReport", "ConservativeCount", "LinkedEvent"]


def _check_iso_day(value: str | None, what: str) -> None:
    if value is None:
        return
    try:
        _dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} {value!r} is not an ISO 8601 date (YYYY-MM-DD)") from None
    if len(value) != 10:
        raise ValueError(f"{what} {value!r} is not an ISO 8601 date (YYYY-MM-DD)")


class MentionRef(_Frozen):
    """One coded event mention with the metadata of the document it came from.

    Attributes
    ----------
    event : Event
        The mention as coded (trigger, actors, place, date, counts, attribution).
    doc_id : str
        Id of its document; must equal ``event.doc_id``.
    published : str | None
        Publication date of the document, ISO 8601 ``YYYY-MM-DD``.
    source : str | None
        The outlet ("Reuters"), or ``None`` when unknown.
    url, title : str | None
        The document's URL and title.

    Raises
    ------
    pydantic.ValidationError
        When ``doc_id`` differs from ``event.doc_id`` or ``published`` is not
        a ``YYYY-MM-DD`` date.
    """

    event: Event
    doc_id: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None

    @model_validator(mode="after")
    def _check(self) -> "MentionRef":
        if self.event.doc_id != self.doc_id:
            raise ValueError(f"event {self.event.event_id} is from {self.event.doc_id!r}, not {self.doc_id!r}")
        _check_iso_day(self.published, "published")
        return self

    @property
    def mention_id(self) -> str:
        """The mention's own stable id (``event.event_id``)."""
        return self.event.event_id

    @classmethod
    def of(cls, event: Event, document: Document) -> "MentionRef":
        """Wrap an event with the metadata of its :class:`~dotterel.records.Document`.

        Parameters
        ----------
        event : Event
            A mention coded from ``document``.
        document : Document
            Gives ``doc_id``, ``published``, ``source``, ``url`` and ``title``.

        Returns
        -------
        MentionRef

        Raises
        ------
        pydantic.ValidationError
            When the event is not from that document.
        """
        return cls(
            event=event,
            doc_id=document.doc_id,
            published=document.published,
            source=document.source,
            url=document.url,
            title=document.title,
        )


class CountReport(_Frozen):
    """One reported figure, kept side by side with the others of its event.

    Attributes
    ----------
    kind : CountKind
        ``killed``, ``injured``, ``arrested``, ``participants``, ``troops`` or
        ``abducted``.
    low, best, high : int | None
        As reported (see :class:`~dotterel.records.Count`).
    approximate : bool
        "about", "some", vague quantifiers.
    subgroup : str | None
        Set for a part of another count (never a whole figure).
    figure : int | None
        The lowest number the report supports: ``low``, else ``best``;
        for a vague quantity ("dozens") the ``estimate`` of the count's
        ``convention`` (ACLED: 12); ``None`` for an upper bound alone.
    convention : str | None
        The convention that gave a vague quantity its figure
        (:attr:`dotterel.records.Count.convention`).
    vague : str | None
        The vague words as written ("thousands", "dozens";
        :attr:`dotterel.records.Count.vague`), so a figure from a
        convention is shown with the phrase it stands for.
    estimate : int | None
        That convention's figure for the vague words
        (:attr:`dotterel.records.Count.estimate`); ``None`` when it states none.
    aggregate : str | None
        The words that make the figure a sum over a country or a period, or a
        running total ("bringing the total number of arrests this week to";
        :attr:`dotterel.records.Count.aggregate`): context for the event,
        never its conservative figure.
    claimant : str
        Who gives the figure: the count's own claimant, else the mention's
        (``"author"`` for the outlet's own voice).
    certainty : Certainty
        The mention's attribution certainty; ``"reported"`` instead of
        ``"asserted"`` when the figure has a claimant of its own ("227
        were killed, according to officials", attached to an event the
        author asserts): the author vouches for the event, not the figure.
    credible : bool
        ``certainty`` is in :data:`CREDIBLE_CERTAINTIES`.
    source : str | None
        The outlet that published it.
    doc_id, mention_id : str
        Where it was read.
    """

    kind: CountKind
    low: int | None = None
    best: int | None = None
    high: int | None = None
    approximate: bool = False
    subgroup: str | None = None
    figure: int | None = None
    convention: str | None = None
    vague: str | None = None
    estimate: int | None = None
    aggregate: str | None = None
    claimant: str
    certainty: Certainty
    credible: bool
    source: str | None = None
    doc_id: str
    mention_id: str


class ConservativeCount(_Frozen):
    """The conservative figure of one count kind for a linked event.

    The lowest figure among credible whole-count reports (ACLED codebook
    2023: the most conservative estimate).

    Attributes
    ----------
    kind : CountKind
    value : int
        The lowest credible figure (people).
    mention_id : str
        The mention that gave it (the first in mention order among equal figures).
    source : str | None
        Its outlet.
    reports : int
        How many credible whole-count reports of this kind there were.
    high : int | None
        When those reports disagree ("organisers said 10,000 marched; police
        put the number at 2,000"), the highest of their figures, so the range
        ``value``..``high`` spans every credible report (each report, with its
        claimant, is in :attr:`LinkedEvent.counts`); ``None`` when they agree.
    """

    kind: CountKind
    value: int = Field(ge=0)
    mention_id: str
    source: str | None = None
    reports: int = Field(ge=1)
    high: int | None = None


class LinkedEvent(EventCore):
    """One event, linked from all the mentions that describe it.

    Attributes
    ----------
    event_id : str
        ``"ev:"`` + the first 16 hex digits of the SHA-256 of the sorted
        mention ids joined by newlines: the same mentions give the same id.
    event_type, mode, context, quad_class, cameo, sub_event_type
        PLOVER type and mode, the union of the mentions' contexts (sorted),
        quad class, CAMEO code and ACLED sub-event type, from the
        *representative* mention: credible first, then one with a mode, then
        the most precise date and place, then mention order.
    actor, recipient : Actor | None
        The best actor: credible mentions first, then one with a Wikidata QID,
        then the most of country/sector known, then the name most mentions
        give, then mention order.
    location : Place | None
        The best place: credible first, then the most precise
        ``geo_precision``, then the GeoNames id most mentions give, then the
        highest score, then mention order.
    date : EventDate | None
        The best date: credible first, then the finest ``time_precision``,
        then stated in text before context before publication bound, then the
        value most mentions give, then mention order.
    earliest, latest : str | None
        The date range that fits all mentions (ISO ``YYYY-MM-DD``): the
        intersection of their stated bounds; when that is empty
        (``dates_consistent`` false, mentions linked within the window), the
        smallest range holding them all. ``None`` where no mention gives that
        bound.
    dates_consistent : bool
        Whether the mentions' ranges have a common day.
    credible : bool
        Whether at least one mention is asserted or reported.
    mentions : list[MentionRef]
        Every mention, with its source and attribution, in mention order
        (published, source, doc_id, trigger offset, id).
    sources : list[str]
        Distinct outlets, sorted.
    counts : list[CountReport]
        Every reported figure, side by side, in mention order.
    conservative : list[ConservativeCount]
        One per count kind that has a credible whole-count figure, sorted by kind.
    """

    earliest: str | None = None
    latest: str | None = None
    dates_consistent: bool = True
    credible: bool
    mentions: list[MentionRef] = Field(min_length=1)
    sources: list[str] = Field(default_factory=list)
    counts: list[CountReport] = Field(default_factory=list)
    conservative: list[ConservativeCount] = Field(default_factory=list)

    def conservative_value(self, kind: str) -> int | None:
        """Return the conservative figure of ``kind`` (e.g. ``"killed"``), or ``None`` when there is none."""
        for c in self.conservative:
            if c.kind == kind:
                return c.value
        return None
