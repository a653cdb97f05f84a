"""Event-level scoring shared by the formats that annotate whole events.

``plover-gsr``, ``petrarch-xml`` and ``dotterel-cases`` turn their gold into
:class:`GoldEvent` records; :class:`EventScorer` matches them with the coded
events (:func:`~dotterel.evaluate.matching.match_events`) and scores every
field the gold annotates. The rules are in :mod:`dotterel.evaluate.matching`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from ..records import Actor, Event
from .base import GoldRecord, Scorer
from .matching import GoldActor, actor_credit, best_actor, match_events, same_place_name

if TYPE_CHECKING:  # pragma: no cover
    from ..coder import CodedDocument

__all__ = ["GoldCount", "GoldEvent", "EventGold", "EventScorer", "FIELDS"]

FIELDS = (
    "mode",
    "context",
    "actor",
    "recipient",
    "location",
    "location.country",
    "date",
    "counts",
    "claimant",
    "cameo_root",
)
"""Names of the fields a :class:`GoldEvent` may annotate (its ``scored`` set)."""


class GoldCount(BaseModel):
    """A gold number of people: ``value`` (exact) or ``min`` (at least), of one count kind.

    Attributes
    ----------
    kind : str
        A :data:`~dotterel.records.CountKind` (``killed``, ``participants``...).
    subgroup : str | None
        E.g. ``security_forces`` for a part of the total.
    value, min : int | None
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str
    subgroup: str | None = None
    value: int | None = None
    min: int | None = None


class GoldEvent(BaseModel):
    """One gold event, in PLOVER terms.

    Attributes
    ----------
    label : str
        The gold's own words or code (for reports), e.g. ``"FIGHT"``, ``"190"``.
    event_type : str | None
        Current PLOVER type; ``None`` when the gold code has no PLOVER reading
        (such a gold event is skipped, and counted as skipped).
    mode : str | None
    context : list[str]
        Canonical PLOVER contexts.
    actors, recipients : list[GoldActor]
        Empty = the gold says there is none (scored only when ``actor`` /
        ``recipient`` is in ``scored``).
    location : str | None
        Place name in words.
    location_country : str | None
    date : str | None
        ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``a/b`` (a range, both ends
        ``YYYY-MM-DD``) or ``<=YYYY-MM-DD`` (on or before).
    counts : list[GoldCount]
    claimant_is_author : bool | None
        Whether the author states the event in its own voice.
    cameo : str | None
        The gold CAMEO code, when the gold is CAMEO-coded.
    scored : list[str]
        Which of :data:`FIELDS` this gold annotates; the others are not scored.
    unknown_mode : str | None
        A mode the gold gives that the ontology does not know (``host``,
        ``demo-spon``): the event is scored on everything else, and the mode
        is reported among the skipped items.
    unknown_countries : list[str]
        Actor or recipient country codes of the gold that are neither ISO
        3166-1 alpha-3 nor ``IGO`` (``ITL`` for Italy in one PLOVER record):
        that slot is not scored (no output can match a code outside the
        standard), and each code is reported among the skipped items.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str
    event_type: str | None
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    actors: list[GoldActor] = Field(default_factory=list)
    recipients: list[GoldActor] = Field(default_factory=list)
    location: str | None = None
    location_country: str | None = None
    date: str | None = None
    counts: list[GoldCount] = Field(default_factory=list)
    claimant_is_author: bool | None = None
    cameo: str | None = None
    scored: list[str] = Field(default_factory=list)
    unknown_mode: str | None = None
    unknown_countries: list[str] = Field(default_factory=list)


class EventGold(GoldRecord):
    """A gold text with its events.

    Attributes
    ----------
    events : list[GoldEvent]
    no_event : bool
        True when the gold says nothing at all may be coded in the text.
    """

    events: list[GoldEvent] = Field(default_factory=list)
    no_event: bool = False


def _side(event: Event, side: str) -> Actor | None:
    return event.actor if side == "actor" else event.recipient


class EventScorer(Scorer):
    """Scores :class:`EventGold` records: events, event types and every annotated field."""

    def _sector(self, actor: Actor | None) -> str | None:
        if actor is None or actor.sector is None:
            return None
        return self.ontology.canonical_sector(actor.sector) or actor.sector

    def _agreement(self, gold: GoldEvent, pred: Event) -> int:
        n = int(gold.mode is not None and gold.mode == pred.mode)
        for side, golds in (("actor", gold.actors), ("recipient", gold.recipients)):
            actor = _side(pred, side)
            if actor is not None and any(g.country and g.country == actor.country for g in golds):
                n += 1
        return n

    def score(self, gold: EventGold, coded: "CodedDocument") -> None:
        """Match and score the events of one gold text (rules: :mod:`dotterel.evaluate.matching`)."""
        self.result.records += 1
        text = gold.document.text
        scorable = []
        for ge in gold.events:
            if ge.event_type is None:
                self.skip("gold code has no PLOVER reading")
            else:
                scorable.append(ge)
                if ge.unknown_mode is not None:
                    self.skip(f"mode not scored: {ge.event_type} mode {ge.unknown_mode!r} is not in the ontology")
                for code in ge.unknown_countries:
                    self.skip(f"country not scored: gold code {code!r} is not ISO 3166-1 alpha-3 or IGO")
        predicted = coded.events
        if gold.no_event:
            self.acc("no_event").add(not predicted)
            if predicted:
                self.error("event coded where gold has none", record=gold.record_id, text=text,
                           expected="no event", predicted=", ".join(_label(e) for e in predicted))
        elif not scorable and not gold.events:
            self.skip("no gold event")
        pairs = match_events(scorable, predicted, gold_type=lambda g: g.event_type,
                             predicted_type=lambda p: p.event_type, agreement=self._agreement)
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        types = self.table("event_type")
        event = self.prf("event")
        for i, j in pairs:
            event.add(tp=1)
            types.add(scorable[i].event_type, tp=1)
            self._fields(gold, scorable[i], predicted[j])
        for i, ge in enumerate(scorable):
            if i not in matched_g:
                event.add(fn=1)
                types.add(ge.event_type, fn=1)
                self.error("gold event not found", record=gold.record_id, text=text,
                           expected=f"{ge.event_type} ({ge.label})",
                           predicted=", ".join(_label(e) for e in predicted) or "nothing")
        for j, pe in enumerate(predicted):
            if j not in matched_p and (scorable or gold.no_event):
                event.add(fp=1)
                types.add(pe.event_type, fp=1)
                if not gold.no_event:
                    self.error("event not in gold", record=gold.record_id, text=text,
                               expected=", ".join(g.event_type or g.label for g in scorable),
                               predicted=_label(pe))

    def _fields(self, record: EventGold, gold: GoldEvent, pred: Event) -> None:
        scored = set(gold.scored)
        rid, text = record.record_id, record.document.text

        def check(name: str, g, p) -> None:
            if not self.prf(name).compare(g, p):
                self.error(f"wrong {name}", record=rid, text=text, expected=str(g), predicted=str(p))

        if "mode" in scored:
            check("mode", gold.mode, pred.mode)
        if "context" in scored:
            g, p = set(gold.context), set(pred.context)
            self.prf("context").add(tp=len(g & p), fp=len(p - g), fn=len(g - p))
        for side, golds in (("actor", gold.actors), ("recipient", gold.recipients)):
            if side not in scored:
                continue
            actor = _side(pred, side)
            country = actor.country if actor is not None else None
            sector = self._sector(actor)
            g = best_actor(golds, country, sector)
            if g is None:
                check(f"{side}.country", None, country)
                continue
            if g.country is not None:  # a slot the gold leaves empty is not scored
                check(f"{side}.country", g.country, country)
            if g.sector is not None:
                check(f"{side}.sector", g.sector, sector)
            credit = actor_credit(g, country, sector)
            if credit is not None:
                self.acc(f"{side}.credit").add(credit)
        if "location" in scored:
            loc = pred.location
            names = [] if loc is None else [loc.name] + ([loc.span.text] if loc.span is not None else [])
            right = gold.location is not None and any(same_place_name(gold.location, n) for n in names)
            check("location", gold.location, gold.location if right else (loc.name if loc else None))
        if "location.country" in scored:
            check("location.country", gold.location_country, pred.location.country if pred.location else None)
        if "date" in scored:
            check("date", gold.date, _date_as_gold(gold.date, pred))
        if "counts" in scored:
            self._counts(record, gold, pred)
        if "claimant" in scored and gold.claimant_is_author is not None:
            def who(author: bool) -> str:
                return "author" if author else "a named claimant"

            check("claimant", who(gold.claimant_is_author), who(pred.attribution.claimant == "author"))
        if "cameo_root" in scored and gold.cameo:
            right = pred.cameo[:2] == gold.cameo[:2]
            self.acc("cameo_root").add(right)
            if not right:
                self.error("wrong CAMEO root", record=rid, text=text, expected=gold.cameo, predicted=pred.cameo)

    def _counts(self, record: EventGold, gold: GoldEvent, pred: Event) -> None:
        prf = self.prf("counts")
        used = set()
        for gc in gold.counts:
            found = None
            for k, c in enumerate(pred.counts):
                if k not in used and c.kind == gc.kind and c.subgroup == gc.subgroup:
                    found = k
                    break
            if found is None:
                prf.add(fn=1)
                self.error("count missing", record=record.record_id, text=record.document.text,
                           expected=f"{gc.kind}={gc.value if gc.value is not None else '>=' + str(gc.min)}",
                           predicted="none")
                continue
            used.add(found)
            c = pred.counts[found]
            got = c.best if gc.value is not None else c.low
            want = gc.value if gc.value is not None else gc.min
            if got == want:
                prf.add(tp=1)
            else:
                prf.add(fp=1, fn=1)
                self.error("wrong count", record=record.record_id, text=record.document.text,
                           expected=f"{gc.kind}={want}", predicted=f"{c.kind}={got}")
        extra = len(pred.counts) - len(used)
        if extra:
            prf.add(fp=extra)

    def headline(self) -> dict[str, float | None]:
        """Event F1, event-type macro F1, and the actor-country and mode F1 where scored."""
        out: dict[str, float | None] = {"event F1": self.f1("event F1", self.prf("event")),
                                        "type macro F1": self.f1("type macro F1", self.table("event_type"),
                                                                 macro=True)}
        for name in ("mode", "actor.country", "actor.sector", "recipient.country", "location", "date", "counts"):
            if name in self.result.scores:
                out[f"{name} F1"] = self.f1(f"{name} F1", self.result.scores[name])
        for name in ("cameo_root", "no_event"):
            if name in self.result.accuracies:
                out[f"{name} accuracy"] = self.result.accuracies[name].accuracy
        return out


def _label(event: Event) -> str:
    return f"{event.event_type}({event.mode or '-'}) '{event.trigger.text}'"


def _date_as_gold(gold: str | None, pred: Event) -> str | None:
    """The predicted date written in the form of the gold date (so that equal means right)."""
    d = pred.date
    if d is None:
        return None
    if gold is not None and gold.startswith("<="):
        return f"<={d.latest}" if d.value is None and d.latest else d.value
    if gold is not None and "/" in gold:
        return f"{d.earliest}/{d.latest}" if d.earliest and d.latest else d.value
    if d.value is not None:
        return d.value
    if d.earliest and d.latest:
        return f"{d.earliest}/{d.latest}" if d.earliest != "0001-01-01" else f"<={d.latest}"
    return f"<={d.latest}" if d.latest else None
