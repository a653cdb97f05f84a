"""Typed records that cross every stage boundary of dotterel.

All models are pydantic v2 and frozen. Units used throughout:

* offsets are 0-based, end-exclusive Unicode code points into the *original*
  input text, so ``text[span.start:span.end] == span.text``;
* dates are ISO 8601 strings (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``);
* coordinates are WGS84 decimal degrees.

Field names follow the field's own vocabularies: PLOVER (``event_type``,
``mode``, ``context``, ``actor``, ``recipient``), CAMEO codes, ACLED
(``sub_event_type``, ``time_precision``, ``geo_precision``), GeoNames
``geonameid``, ISO 3166-1 alpha-3 country codes and Wikidata QIDs.

The JSON Schema generated from these models is checked in at
``src/dotterel/schema/event.schema.json``; ``tests/test_records.py`` fails when
it is stale (regenerate with ``python -m dotterel.records``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Span",
    "Document",
    "Actor",
    "Place",
    "EventDate",
    "Count",
    "Attribution",
    "Event",
    "EventCore",
    "Abstention",
    "Sector",
    "STATE_SECTORS",
    "NON_STATE_ARMED_SECTORS",
    "STATE_FORCE_SECTORS",
    "Certainty",
    "ClaimantType",
    "CountKind",
    "TimePrecision",
    "GeoPrecision",
]

Certainty = Literal[
    "asserted",
    "reported",
    "alleged",
    "denied",
    "negated",
    "hypothetical",
    "future",
    "historical",
    "opinion",
]
"""How firmly the text puts an event forward (PLOVER auxiliary modes extended
with attribution states)."""

ClaimantType = Literal[
    "author", "official", "government", "media", "blog", "ngo", "witness", "organisation", "other"
]
CountKind = Literal["killed", "injured", "arrested", "participants", "troops", "abducted"]
TimePrecision = Literal["day", "week", "month", "year", "range"]
GeoPrecision = Literal["point", "city", "region", "country", "continent", "unresolved"]
ActorHow = Literal["kb_person", "kb_org", "country", "demonym", "role", "role_home_country", "pronoun", "context",
                   "title", "name", "implied", "destination", "claimed"]
"""How an actor was resolved (:attr:`Actor.how`): a knowledge-base person or organisation; a country or
capital named as a government (metonymy); a plural demonym ("the Kazakhs"); a role noun with its country
from the text, or from the document's main country by default; a pronoun; or a description referring back
to an actor named earlier in the paragraph ("the bloc", "the president"); a person the knowledge base
lacks named with a title ("title": "Kyrgyz Prime Minister X", codes from the title); a name the knowledge base
lacks, typed only by its head noun or entity ("name": "the Coordination Council"); the police that an agentless
arrest or crowd-control act implies, named acting elsewhere in the document ("implied": "50 persons were arrested"
where the article says "police said"; ``span`` is then ``None`` and ``antecedent`` the words naming the police;
``dotterel.actors.implied_agent``); the government of the country a mission goes to ("destination":
"peacekeepers landed in Kazakhstan", whose span is also the event's place); or the group that claims an attack
whose sentence names no doer ("claimed": "The Taliban claimed responsibility"; ``span`` is ``None`` and
``antecedent`` the claimant's words; ``dotterel.actors.claimed``)."""
PlaceRule = Literal["attached", "sentence", "dateline", "paragraph", "country"]
"""Which rule chose an event's location (:attr:`Place.rule`, ``places/event_location.py``): a place attached
to the trigger; one named in the event's sentence; the dateline; one named earlier in the paragraph; the
country of the story or its parties."""
PlaceInContext = Literal["followed_by_region", "document_regions", "town_of_named_county",
                         "county_of_named_town"]
"""Why a toponym was read again in the document's context (:attr:`Place.in_context`): it is followed by
", <region>"; the document names regions where it has a namesake; it is a town of a county the document
names; or the county of a town it names."""
Sector = str
"""A PLOVER/CAMEO-style sector code such as ``GOV``, ``MIL``, ``COP``,
``OPP``, ``CVL``, ``REB``, ``JRN``, ``ELI``, ``LEG``, ``JUD``, ``BUS``,
``MED``, ``NGO``, ``IGO``, ``SPY``, ``PTY``, ``LAB``, ``EDU``, ``REL``,
``CRM``, ``UAF``. The list the coder uses lives in ``data/actors.json``."""

STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
"""The sectors of a state's own organs: executive, military, police, intelligence, judiciary and legislature
(CAMEO actor codebook's state agent codes; ACLED codebook: state forces and institutions). The one home of this
list: coreference, attribution, recipients and resolution read it here."""

STATE_FORCE_SECTORS: frozenset[str] = frozenset({"COP", "MIL"})
"""The state's armed forces among :data:`STATE_SECTORS`: police and military (ACLED codebook, Inter Code 1: State
Forces, the armed side of a state)."""

NON_STATE_ARMED_SECTORS: frozenset[str] = frozenset({"REB", "PRM", "UAF", "INS", "SEP", "CRM"})
"""The sectors of armed groups outside the state: rebels, militias, unidentified armed groups, insurgents and
separatists (legacy CAMEO codes), criminal gangs (ACLED codebook: rebel groups, political and identity militias;
the sector vocabulary is ``data/plover.json`` ``sectors``)."""

ACTING_ABROAD_SECTORS: frozenset[str] = frozenset({"MIL", "SPY"}) | (NON_STATE_ARMED_SECTORS - {"CRM"})
"""The armed sides whose nationality says nothing of where they act: armies, spies, rebels and militias act
abroad (police and criminal gangs act at home). Actor resolution gives them no country from a text's places;
the event locator does not read one of no known country as a party placed elsewhere ("external forces")."""


_new = object.__new__
_set = object.__setattr__  # what pydantic's model_construct sets, for Span.trusted


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _field_order(*names: str) -> type:
    """A plain base class that fixes the order of a model's fields (JSON keys, schema ``required``).

    pydantic orders fields by their first annotation along the reversed MRO,
    so fields inherited from :class:`EventCore` would come before a
    subclass's own ones; listing every field here, as the last base, keeps
    the order each record had before the base was shared. The types come
    from the models themselves (these annotations are ``Any``).
    """
    return type("_FieldOrder", (), {"__annotations__": dict.fromkeys(names, Any)})


class Span(_Frozen):
    """A piece of evidence in the original input text.

    Attributes
    ----------
    start, end : int
        0-based, end-exclusive Unicode code-point offsets into the original
        (un-normalised) input text.
    text : str
        Exactly ``original_text[start:end]``.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @classmethod
    def trusted(cls, start: int, end: int, text: str) -> "Span":
        """A span whose checks hold by construction, built without running them.

        The same record as ``Span.model_construct(start=..., end=..., text=...)``
        (equal, same hash, same set fields, same dump), in about a third of its
        time: pydantic's ``model_construct`` walks the fields and their
        defaults at each call, and the coding stages ask for ~230 spans per
        document (:meth:`dotterel.offsets.OffsetMap.span`). The caller
        guarantees ``0 <= start <= end`` and ``len(text) == end - start``.

        Parameters
        ----------
        start, end : int
            Offsets into the original text.
        text : str
            ``original[start:end]``.

        Returns
        -------
        Span
        """
        span = _new(cls)
        _set(span, "__dict__", {"start": start, "end": end, "text": text})
        # a set filled in field order, as pydantic fills it: a set literal is filled in its frozen constant's
        # order, which follows the run's string hashes, so the set iterated and pickled otherwise in some runs
        _set(span, "__pydantic_fields_set__", set(_SPAN_FIELDS))
        _set(span, "__pydantic_extra__", None)
        _set(span, "__pydantic_private__", None)
        return span

    @model_validator(mode="after")
    def _check(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} code points but offsets cover {self.end - self.start}"
            )
        return self


_SPAN_FIELDS = tuple(Span.model_fields)  # ("start", "end", "text"), in the order pydantic sets them


class Document(_Frozen):
    """One input document.

    Attributes
    ----------
    doc_id : str
        Caller-given id, or ``sha256:<first 16 hex>`` of the text.
    text : str
        The original text exactly as read (after UTF-8 decoding); all spans
        point into it.
    published : str | None
        Publication date, ISO 8601 ``YYYY-MM-DD``; the anchor for relative
        dates. ``None`` means relative dates cannot be resolved.
    source : str | None
        The outlet (e.g. ``"Financial Times"``).
    title, url, path : str | None
        Optional metadata; ``path`` is the file the text came from, with
        ``:<line>`` for a record of a corpus file (``news.jsonl:12``).
    """

    doc_id: str
    text: str
    published: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None

    def file_and_line(self) -> tuple[str | None, int | None]:
        """``path`` as the file and the 1-based line of its record, for error records.

        Returns
        -------
        tuple[str | None, int | None]
            ``("news.jsonl", 12)`` for ``news.jsonl:12``; the path and None
            for a plain file.
        """
        if self.path is None:
            return None, None
        file, sep, line = self.path.rpartition(":")
        return (file, int(line)) if sep and file and line.isdigit() else (self.path, None)


class Actor(_Frozen):
    """An actor or recipient of an event.

    Attributes
    ----------
    span : Span | None
        The words in the text that name the actor (``None`` only when the
        actor is implied by the document context, which ``reason`` states).
    name : str
        Canonical name, e.g. ``"Kassym-Jomart Tokayev"``, ``"Kazakhstan government"``.
    country : str | None
        ISO 3166-1 alpha-3 code, or ``"IGO"`` for an international
        organisation; ``None`` when unknown (never guessed).
    sector : str | None
        PLOVER sector code (``GOV``, ``MIL``, ``COP``, ``CVL``, ...).
    kind : {"person", "organisation", "group", "country", "igo"}
    role : str | None
        Office or role as stated ("intelligence chief", "Secretary of State").
    wikidata : str | None
        Wikidata QID, only where it is known for certain.
    how : ActorHow | None
        How the actor was resolved, for programs (:data:`ActorHow`);
        ``reason`` says the same for people.
    org_type : str | None
        For a knowledge-base organisation, its type (``igo``, ``media``,
        ``ngo``, ``party``, ``blog``, ...; ``docs/knowledge_base.md``).
    antecedent : Span | None
        For an actor found by coreference (``how`` is ``"pronoun"`` or
        ``"context"``): the earlier words that name it ("Amnesty International"
        for "the organisation said"), the evidence for the link; ``None``
        otherwise.
    inter : int | None
        ACLED actor type code in this event (codebook "inter1"/"inter2"): 1
        state forces, 2 rebels, 3 political militias, 4 identity militias, 5
        rioters, 6 protesters, 7 civilians, 8 external/other forces. The doer
        of a protest is 5 or 6 whatever its sector, the unarmed doer of another
        riot (ACLED Riots sub-event types: a mob's beating) 5; otherwise from the sector
        (``dotterel.events.acled.actor_inter``, set by the ``acled.v1``
        stage); ``None`` when neither fixes one.
    reason : str
        How the actor was resolved (knowledge base entry, role noun, demonym, ...),
        in words; programs read ``how``.
    role_key : str | None
        For a role named by the text's own words rather than by its knowledge-base entry ("NGA village chief",
        an entry marked ``named_as_written``): that entry's phrase and, in brackets, the words that say which
        role it is (``"secretary general (village)"``). Reports of one event that word the role otherwise ("a
        village head") are the same actor when this key and the country agree (:mod:`dotterel.dedup`); "a church
        leader" is another key. ``None`` (and left out of the JSON) when the name is the entry's own.
    """

    span: Span | None
    name: str
    country: str | None = None
    sector: str | None = None
    kind: Literal["person", "organisation", "group", "country", "igo"] = "group"
    role: str | None = None
    wikidata: str | None = None
    how: ActorHow | None = None
    org_type: str | None = None
    antecedent: Span | None = None
    inter: int | None = Field(default=None, ge=1, le=8)
    reason: str = ""
    role_key: str | None = Field(default=None, exclude_if=lambda v: v is None)


class Place(_Frozen):
    """A place named in the text, resolved offline against GeoNames.

    Attributes
    ----------
    span : Span | None
        The toponym in the text; ``None`` only for places inferred from
        context (``reason`` says which).
    name : str
        Canonical GeoNames name ("Zhanaozen"), or the raw text when unresolved.
    geonameid : int | None
        GeoNames id; ``None`` when unresolved.
    latitude, longitude : float | None
        WGS84 degrees.
    country : str | None
        ISO 3166-1 alpha-3 code.
    admin1 : str | None
        First-level administrative region name ("Mangystau").
    admin1_code : str | None
        GeoNames admin1 code ("KZ.09").
    feature_code : str | None
        GeoNames feature code (``PPL``, ``PPLC``, ``ADM1``, ``PCLI``, ...).
    geo_precision : GeoPrecision
        ``city``, ``region``, ``country``, ... (``unresolved`` when no id).
    score : float
        Match confidence in [0, 1].
    rule : PlaceRule | None
        For an event's ``location``, the rule that chose it
        (:data:`PlaceRule`); ``None`` for the places a text names.
    in_context : PlaceInContext | None
        Why the toponym was read again in the document's context, if it was
        (:data:`PlaceInContext`).
    reason : str
        Why this entry was chosen, or why none was, in words; programs read
        ``rule`` and ``in_context``.
    """

    span: Span | None
    name: str
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    feature_code: str | None = None
    geo_precision: GeoPrecision = "unresolved"
    score: float = Field(default=0.0, ge=0.0, le=1.0)
    rule: PlaceRule | None = None
    in_context: PlaceInContext | None = None
    reason: str = ""


class EventDate(_Frozen):
    """When an event happened, resolved against the publication date.

    Attributes
    ----------
    value : str | None
        ISO 8601: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month) or ``YYYY`` (year);
        ``None`` when only a range is known.
    earliest, latest : str | None
        Inclusive bounds as ``YYYY-MM-DD`` (equal for a day-precise date).
    time_precision : TimePrecision
        ACLED-style precision of ``value``.
    span : Span | None
        The date words in the text; ``None`` when inherited from context or
        bounded only by the publication date.
    source : {"text", "context", "publication"}
        ``text`` when the date is stated in the event's own clause,
        ``context`` when inherited from an earlier sentence (never at a finer
        precision than the text supports), ``publication`` when only bounded by
        the publication date (``latest`` = publication date).
    reason : str
        How it was resolved.
    """

    value: str | None = None
    earliest: str | None = None
    latest: str | None = None
    time_precision: TimePrecision = "range"
    span: Span | None = None
    source: Literal["text", "context", "publication"] = "text"
    reason: str = ""


class Count(_Frozen):
    """A number of people affected or involved, as low / best / high.

    Attributes
    ----------
    kind : CountKind
        ``killed``, ``injured``, ``arrested``, ``participants`` (crowd size),
        ``troops`` or ``abducted``.
    low, best, high : int | None
        Bounds and best estimate; a vague "a few hundred" has ``low=200``,
        ``high=900``-style bounds and ``best=None`` (never an invented exact
        value).
    approximate : bool
        True for "about", "some", "up to", vague quantifiers.
    subgroup : str | None
        For a part of another count ("19 police or army personnel" among the
        killed): ``"security_forces"`` for police and soldiers, else the
        part's noun (``"militant"``, ``"civilian"``: "3 soldiers and 20
        militants were killed" gives two parts and their sum, 23, as the
        whole). A subgroup count is included in the total of the same kind,
        never added to it.
    span : Span
        The words the number came from.
    claimant : str | None
        Who gives the figure when it is not the claimant of the event.
    vague : str | None
        For a vague quantity, the vague words as written ("Dozens",
        "tens of thousands"); ``span.text`` holds the whole number phrase.
    convention : str | None
        The named convention that gave the vague quantity its ``estimate``
        (``"acled"``, ``"countlove"``, ``"ccc"``; the coder's
        ``count_convention``).
    estimate : int | None
        That convention's figure for the vague quantity (ACLED: 12 for
        "dozens", 100 for "hundreds"); ``None`` when it states none. The
        bounds above stay what the words say.
    reason : str | None
        For a vague quantity, why its bounds and its ``estimate`` differ:
        "'Dozens' says at least 24 (two of 12): low; the ACLED convention
        counts it as 12: estimate, the figure linking and export use".
    aggregate : str | None
        The words that make the figure a sum over a country or a period
        ("nationwide", "since the unrest began"), or a running total the
        event adds to ("bringing the total number of arrests this week to";
        :mod:`dotterel.count_totals`): context for the incidents, never one
        of them (linking never merges a sum into a single incident, nor
        takes it as an event's conservative figure).
    """

    kind: CountKind
    low: int | None = None
    best: int | None = None
    high: int | None = None
    approximate: bool = False
    subgroup: str | None = None
    span: Span
    claimant: str | None = None
    vague: str | None = None
    convention: str | None = None
    estimate: int | None = None
    reason: str | None = None
    aggregate: str | None = None


class Attribution(_Frozen):
    """On whose word an event rests.

    Attributes
    ----------
    claimant : str
        ``"author"`` when the text asserts the event in its own voice, otherwise
        the claimant's name ("Kassym-Jomart Tokayev", "Kazakh authorities",
        "Moon of Alabama", "Financial Times").
    claimant_type : ClaimantType
    claimant_span : Span | None
        Where the claimant is named.
    verb : Span | None
        The reporting verb or phrase ("said", "according to", "described").
    direct_quote : bool
        True when the event is inside quotation marks.
    certainty : Certainty
        asserted, reported, alleged, denied, negated, hypothetical, future,
        historical or opinion.
    cue : Span | None
        The word that set a certainty other than asserted/reported (``not``,
        ``would``, ``alleged``, ``2014``...).
    """

    claimant: str = "author"
    claimant_type: ClaimantType = "author"
    claimant_span: Span | None = None
    verb: Span | None = None
    direct_quote: bool = False
    certainty: Certainty = "asserted"
    cue: Span | None = None


class EventCore(_Frozen):
    """The fields a coded event mention (:class:`Event`) and a linked event share.

    :class:`Event` is one mention in one document;
    :class:`dotterel.records.linked.LinkedEvent` is one event linked from all
    the mentions that describe it. Code that only needs what happened, who
    did it to whom, where and when can take an ``EventCore``.

    Attributes
    ----------
    event_id, event_type, mode, context, quad_class, cameo, sub_event_type, actor, recipient, location, date
        As documented on :class:`Event` (PLOVER type, mode and contexts, quad
        class, CAMEO code, ACLED sub-event type, who did it to whom, where it
        happened and when); ``event_id`` is made differently by each subclass.
    """

    event_id: str
    event_type: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    quad_class: str
    cameo: str
    sub_event_type: str | None = None
    actor: Actor | None = None
    recipient: Actor | None = None
    location: Place | None = None
    date: EventDate | None = None


# The fields shared with a linked event are declared on EventCore; the docstring
# (which is the JSON Schema's description) still lists them all, in JSON key order.
class Event(
    EventCore,
    _field_order(
        "event_id", "doc_id", "event_type", "mode", "context", "quad_class", "cameo", "sub_event_type",
        "trigger", "sentence", "actor", "recipient", "location", "places", "date", "counts", "attribution",
        "restatements", "detector", "confidence", "version", "config_hash",
    ),
):
    """One coded event mention.

    Attributes
    ----------
    event_id : str
        Stable id: a hash of the document id, the trigger offsets, the event
        type and the dotterel version; the same input and version give the
        same id.
    doc_id : str
    event_type : str
        One of the 16 PLOVER event types (PLOVER manual, 2021).
    mode : str | None
        PLOVER mode of that type (e.g. ``demo`` for PROTEST).
    context : list[str]
        PLOVER contexts (e.g. ``["economic"]``).
    quad_class : str
        ``verbal cooperation``, ``material cooperation``, ``verbal conflict``
        or ``material conflict``.
    cameo : str
        Best CAMEO code (CAMEO manual 1.1b3) for the type and mode.
    sub_event_type : str | None
        ACLED sub-event type through our crosswalk, where one fits.
    trigger : Span
        The word or phrase that expresses the event.
    sentence : Span
        The sentence the event was found in.
    actor, recipient : Actor | None
    location : Place | None
        Where the event happened (not where it was announced).
    places : list[Place]
        Every place named in the event's sentence, resolved or not.
    date : EventDate | None
    counts : list[Count]
    attribution : Attribution
    restatements : list[Span]
        Triggers elsewhere in the document that state the same event again
        ("the same concession is stated twice"); they were merged into this
        record rather than coded twice. The verb that states an event its
        noun names ("clashes erupted", "staged a protest") is one too.
    detector : str | None
        The stage that proposed the event, by registry name without its
        ``detect.`` prefix (``"rules.v1"`` for the trigger lexicon,
        ``"implied.v1"`` for a protest implied by its toll); see
        ``docs/architecture.md``.
    confidence : float | None
        The detector's confidence in [0, 1]; ``None`` for rule detectors,
        which do not score.
    version : str
        The dotterel version that made the record.
    config_hash : str | None
        Hash of the :class:`~dotterel.pipeline.config.PipelineConfig` that
        made the record (``sha256:`` and 16 hex digits), so a dataset says
        which settings coded it.
    """

    doc_id: str
    trigger: Span
    sentence: Span
    places: list[Place] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    attribution: Attribution = Field(default_factory=Attribution)
    restatements: list[Span] = Field(default_factory=list)
    detector: str | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    version: str
    config_hash: str | None = None


class Abstention(_Frozen):
    """A candidate the coder looked at and did not code, with the reason.

    Emitted only in debug mode (``Coder(debug=True)`` / ``dotterel code --debug``).

    Attributes
    ----------
    doc_id : str
    trigger : Span
    reason : str
        E.g. ``"no PLOVER type for lemma 'meet'"``, ``"negated: 'did not'"``.
    """

    doc_id: str
    trigger: Span
    reason: str


def event_json_schema() -> dict:
    """Return the JSON Schema (draft 2020-12) of :class:`Event` as a dict."""
    return Event.model_json_schema()

