"""The one filter vocabulary over linked events: :class:`EventFilter`.

The store (:meth:`dotterel.store.EventStore.linked_events` and its siblings),
the CLI (``dotterel events`` and ``dotterel export``), the API query of
``GET /api/v1/events`` and ``GET /api/v1/export`` and the HTML filter form of
``/events`` all take this model. Each face lists the filters by reading
:attr:`EventFilter.model_fields`, never by hand: a field's name is the query
parameter and (with dashes) the CLI option, its ``title`` the form's label,
its ``description`` the help text, its ``examples`` the form's placeholder,
and :func:`filter_face` says how to show it beyond that. Adding a filter is
one field here and its SQL in :func:`dotterel.store.query.filter_sql`.

Values are checked and made canonical when the model is built, so every face
gives the same message for the same mistake.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from dotterel.records import Certainty

__all__ = ["EventFilter", "FilterFace", "CERTAINTIES", "filter_face", "filter_problems"]

CERTAINTIES: tuple[str, ...] = get_args(Certainty)
"""Every attribution certainty a mention can have (:data:`dotterel.records.Certainty`)."""


@dataclasses.dataclass(frozen=True)
class FilterFace:
    """How the CLI and the HTML form show one filter, beyond what the field itself says.

    Attributes
    ----------
    flag : str | None
        The CLI option when it is not ``--`` and the field name with dashes
        (``--type`` for ``event_type``, as the CLI has always spelt it).
    input : {"text", "date", "select"}
        The HTML form's control: a text box, a date picker, or a list of
        :meth:`EventFilter.choices`.
    hint : str | None
        A short note after the form's label (``"ISO alpha-3"``).
    """

    flag: str | None = None
    input: Literal["text", "date", "select"] = "text"
    hint: str | None = None


class EventFilter(BaseModel):
    """What to keep of the linked events; every field is optional and they combine with AND.

    An empty or blank string counts as not given (what an empty HTML form
    field or CLI option sends).

    Attributes
    ----------
    country : str | None
        ISO 3166-1 alpha-3 code of the event's location. Any case, an
        alpha-2 code or an English name is read as its alpha-3 (pycountry,
        ISO 3166-1; Kosovo's user-assigned ``XKX`` is accepted as is).
    geonameid : int | None
        GeoNames id of the event's location (``1526384`` for Almaty): the
        events placed there, at that precision (an event placed only in the
        country is not kept by a town's id). The dataset map's popups link
        a place's whole list through it.
    event_type : str | None
        PLOVER event type, any case; stored as the canonical upper-case name
        (the PLOVER 0.5 names DEMAND, DISAPPROVE, INVESTIGATE and FIGHT are
        read as their 2021 types, :meth:`dotterel.ontology.Ontology.canonical_type`).
    since, until : str | None
        ISO dates ``YYYY-MM-DD`` (a :class:`datetime.date` is accepted),
        inclusive: an event is kept when its date range ``[date_earliest,
        date_latest]`` overlaps ``[since, until]``; an event known on one
        side only ("on or before 10 January", often the publication date)
        is taken at its known day. Events with no date at all are left out
        when either bound is given.
    actor : str | None
        Kept when any mention's actor or recipient has this text inside its
        canonical name, or this ISO alpha-3 ``country``, or this Wikidata
        QID; all case-insensitive (``"police"``, ``"KAZ"``, ``"Q191"``).
    certainty : Certainty | None
        Kept when any mention has this attribution certainty, one of
        :data:`CERTAINTIES` (any case).
    claimant : str | None
        Kept when any mention's claimant has this text inside it,
        case-insensitive (``"author"`` for the outlet's own voice,
        ``"Tokayev"``).

    Raises
    ------
    pydantic.ValidationError
        For a date that is not ``YYYY-MM-DD``, ``since`` after ``until``, a
        country that is not ISO 3166, an event type that is not PLOVER's, an
        unknown certainty, or an unknown field.

    Examples
    --------
    >>> EventFilter(country="Kazakhstan", event_type="protest", since="2022-01-01")
    EventFilter(country='KAZ', geonameid=None, event_type='PROTEST', since='2022-01-01', until=None, actor=None, certainty=None, claimant=None)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    country: Annotated[str | None, FilterFace(hint="ISO alpha-3")] = Field(
        default=None, max_length=100, title="Country", examples=["KAZ"],
        description="Only events located in this country (ISO 3166-1 alpha-3, e.g. KAZ; a name is read as its code).",
    )  # fmt: skip
    geonameid: Annotated[int | None, FilterFace(hint="GeoNames id")] = Field(
        default=None, ge=1, le=2**53, title="Place", examples=[1526384],
        description="Only events located at this GeoNames place (its geonameid, e.g. 1526384 for Almaty).",
    )  # fmt: skip
    event_type: Annotated[str | None, FilterFace(flag="--type", input="select")] = Field(
        default=None, pattern=r"^[A-Za-z_]{2,40}$", title="Event type", examples=["PROTEST"],
        description="Only this PLOVER event type (PROTEST, ASSAULT, ...).",
    )  # fmt: skip
    since: Annotated[str | None, FilterFace(input="date")] = Field(
        default=None, title="From", examples=["2022-01-01"], json_schema_extra={"format": "date"},
        description="Only events on or after this day (YYYY-MM-DD, inclusive): their date range reaches it or later.",
    )  # fmt: skip
    until: Annotated[str | None, FilterFace(input="date")] = Field(
        default=None, title="To", examples=["2022-01-31"], json_schema_extra={"format": "date"},
        description="Only events on or before this day (YYYY-MM-DD, inclusive); undated events are left out when "
        "either bound is given.",
    )  # fmt: skip
    actor: str | None = Field(
        default=None, max_length=200, title="Actor or recipient", examples=["police", "KAZ", "Q191"],
        description="Only events with an actor or recipient (of any mention) whose name contains this text, "
        "or whose country code or Wikidata QID is this.",
    )  # fmt: skip
    certainty: Annotated[Certainty | None, FilterFace(input="select")] = Field(
        default=None, title="Certainty", examples=["alleged"],
        description="Only events with a mention of this attribution certainty (asserted, reported, alleged, ...).",
    )  # fmt: skip
    claimant: str | None = Field(
        default=None, max_length=200, title="Claimant", examples=["author", "ministry"],
        description="Only events with a mention whose claimant contains this text (author: the outlet's own voice).",
    )  # fmt: skip

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, str):
            return value.strip() or None
        return value

    @field_validator("country")
    @classmethod
    def _iso_country(cls, value: str | None) -> str | None:
        # An unknown code would silently match nothing; a name or alpha-2 code is read as its
        # alpha-3 (pycountry, ISO 3166-1). Kosovo's user-assigned XKX is the one code outside it.
        if value is None or value.upper() == "XKX":
            return None if value is None else "XKX"
        import pycountry

        try:
            return pycountry.countries.lookup(value).alpha_3
        except LookupError:
            raise ValueError(
                f"{value!r} is not an ISO 3166 country; give an alpha-3 code such as KAZ (or a name such as Kazakhstan)"
            ) from None

    @field_validator("event_type")
    @classmethod
    def _plover_type(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from dotterel.ontology import Ontology

        ontology = Ontology.load()  # a few milliseconds; no module-level cache (no global state)
        canonical = ontology.canonical_type(value)
        if canonical is None:
            raise ValueError(f"{value!r} is not a PLOVER event type; use one of {', '.join(sorted(ontology.event_types))}")
        return canonical

    @field_validator("since", "until")
    @classmethod
    def _iso_day(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            day = None
        if day is None or len(value) != 10:
            raise ValueError(f"{value!r} is not a date YYYY-MM-DD; give e.g. 2022-01-05")
        return value

    @field_validator("certainty", mode="before")
    @classmethod
    def _known_certainty(cls, value: object) -> object:
        # Before the Literal check, so that any case is read and the message lists the choices.
        if not isinstance(value, str) or not value.strip():
            return value
        if value.strip().lower() not in CERTAINTIES:
            raise ValueError(f"{value.strip()!r} is not one of {', '.join(CERTAINTIES)}")
        return value.strip().lower()

    @model_validator(mode="after")
    def _ordered(self) -> EventFilter:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since {self.since} is after until {self.until}")
        return self

    @classmethod
    def filter_names(cls) -> tuple[str, ...]:
        """Return the name of every filter, in the order the faces show them.

        Returns
        -------
        tuple[str, ...]
            The fields of :class:`EventFilter` (a subclass's extra fields,
            such as paging, are not filters).
        """
        return tuple(EventFilter.model_fields)

    @classmethod
    def choices(cls, name: str) -> tuple[str, ...] | None:
        """Return the values a filter takes when they are a closed set, else ``None``.

        Parameters
        ----------
        name : str
            A filter name (:meth:`filter_names`).

        Returns
        -------
        tuple[str, ...] | None
            ``event_type``: the 16 PLOVER types (the ontology, in its order);
            ``certainty``: :data:`CERTAINTIES`; any other filter: ``None``.
        """
        if name == "event_type":
            from dotterel.ontology import Ontology

            return tuple(Ontology.load().event_types)
        if name == "certainty":
            return CERTAINTIES
        return None

    def given(self) -> dict[str, str]:
        """Return the filters that are set, by name (what a link or a query string carries).

        Returns
        -------
        dict[str, str]
            Only the filters that are not ``None``, in :meth:`filter_names` order.
        """
        return {name: value for name in self.filter_names() if (value := getattr(self, name)) is not None}


def filter_face(name: str) -> FilterFace:
    """Return how the faces show filter ``name`` (a default :class:`FilterFace` when the field says nothing).

    Parameters
    ----------
    name : str
        A field of :class:`EventFilter`.

    Returns
    -------
    FilterFace

    Raises
    ------
    KeyError
        When ``name`` is not a filter.
    """
    for meta in EventFilter.model_fields[name].metadata:
        if isinstance(meta, FilterFace):
            return meta
    return FilterFace()


def filter_problems(exc: ValidationError) -> list[tuple[str, str]]:
    """Return the problems of an invalid filter as ``(field, message)`` pairs, for one-line errors.

    Parameters
    ----------
    exc : pydantic.ValidationError
        Raised by :class:`EventFilter` (or a subclass).

    Returns
    -------
    list[tuple[str, str]]
        The field (``""`` for a problem of the whole filter, such as
        ``since`` after ``until``) and the message, without pydantic's
        ``"Value error, "`` prefix.
    """
    problems: list[tuple[str, str]] = []
    for err in exc.errors():
        loc: Any = err.get("loc", ())
        problems.append((".".join(str(part) for part in loc), str(err.get("msg", "invalid")).removeprefix("Value error, ")))
    return problems
