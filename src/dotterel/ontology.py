"""The PLOVER event ontology and its crosswalks to CAMEO and ACLED.

All facts live in ``data/plover.json`` (read with :mod:`importlib.resources`
and validated with pydantic); this module only loads and queries them.

Sources of the data (see the ``sources`` and ``decisions`` keys of the file):

* PLOVER manual, draft 0.8 (Open Event Data Alliance, 2021) and the
  ``CAMEO2PLOVER-2021.txt`` conversion table from the openeventdata/PLOVER
  repository (CC BY-SA 4.0): event types, quad classes, modes, contexts,
  sector codes, the CAMEO -> PLOVER crosswalk;
* mode names of current PLOVER as used by NGEC (2023): ``aerial``, ``drone``,
  ``crowd-control``, ``cyber``, ``misinformation``;
* CAMEO codebook 1.1b3: code hierarchy (cue categories, 3- and 4-digit codes);
* ACLED codebook (2023): event types, sub-event types, disorder types and
  ``inter`` actor codes.

Typical use::

    onto = Ontology.load()
    onto.cameo_for("PROTEST", "demo")        # '141'
    onto.plover_for_cameo("1412")            # ('PROTEST', 'demo', ['executive'])
    onto.acled_for("COERCE", "arrest")       # ('Strategic developments', 'Arrests')
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from dotterel.errors import OntologyError  # noqa: F401  (defined with the whole tree)
from dotterel.records import CountKind

__all__ = [
    "Ontology",
    "OntologyError",
    "EventTypeDef",
    "ModeDef",
    "AcledTarget",
    "CrosswalkEntry",
    "ContextDef",
    "SectorDef",
    "QuadClass",
]

QuadClass = Literal["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]

_DATA_FILE = "plover.json"
_CAMEO_RE = re.compile(r"^\d{2,4}$")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AcledTarget(_Frozen):
    """An ACLED (2023 codebook) event type and sub-event type.

    Attributes
    ----------
    event_type : str
        E.g. ``"Protests"``.
    sub_event_type : str
        E.g. ``"Peaceful protest"``.
    note : str | None
        When the mapping holds only under a condition, the condition.
    """

    event_type: str
    sub_event_type: str
    note: str | None = None


class ModeDef(_Frozen):
    """One PLOVER mode of one event type.

    Attributes
    ----------
    description : str
        Our one-line meaning of the mode.
    sources : list[str]
        Keys of the file's ``sources`` the mode name comes from.
    cameo : str | None
        The best CAMEO code for (type, mode) by the rule in
        ``decisions['best-cameo']``; ``None`` when CAMEO has no equivalent.
    cameo_rule : {"crosswalk", "override", "none"}
        How ``cameo`` was chosen.
    cameo_note : str | None
        Why, for overrides and missing codes.
    cameo_demand : str | None
        REQUEST only: the CAMEO 10 (DEMAND) code for the same mode.
    acled : AcledTarget | None
        ACLED event/sub-event type that fits, or ``None`` when none fits.
    acled_note : str | None
        What decides the ACLED type when the mode alone does not.
    """

    description: str
    sources: list[str]
    cameo: str | None
    cameo_rule: Literal["crosswalk", "override", "none"]
    cameo_note: str | None = None
    cameo_demand: str | None = None
    acled: AcledTarget | None = None
    acled_note: str | None = None


class TypeProfile(_Frozen):
    """What dotterel's stages and faces need to know of one event type (``decisions['type-profile']``).

    Attributes
    ----------
    on_the_ground : bool
        The event happens in a place (PROTEST, ASSAULT, COERCE, MOBILIZE,
        AID, RETREAT): its location may come from the sentence, paragraph,
        dateline or country, not only from a place attached to the trigger.
    count_kinds : dict[str, int]
        The figures the type can carry (``killed``, ``arrested``,
        ``participants``...), each with the rank of its claim on such a figure
        when a sentence has several events (0 strongest).
    colour : str
        ``#rrggbb``, the type's colour in the viewer.
    timeline_order : int
        Position in the timeline's stacking order (0 at the bottom).
    """

    on_the_ground: bool
    count_kinds: dict[str, int] = Field(default_factory=dict)
    colour: str = Field(pattern=r"^#[0-9a-f]{6}$")
    timeline_order: int = Field(ge=0)


class EventTypeDef(_Frozen):
    """One of the 16 PLOVER event types.

    Attributes
    ----------
    description : str
        Our short definition (after the PLOVER manual 2021).
    quad_class : QuadClass
        PLOVER quad category.
    plover_score : float
        PLOVER conflict-cooperation score (-10 .. +10) from the manual.
    requires_recipient : bool
        Whether the manual requires a recipient actor.
    modes : dict[str, ModeDef]
        The type's modes, keyed by canonical (lower-case) name.
    cameo : str
        CAMEO code for the type with no mode (``decisions['type-cameo']``).
    cameo_note : str | None
        Why, when that code is not what the crosswalk gives.
    cameo_demand : str | None
        REQUEST only: CAMEO 100.
    mode_aliases : dict[str, str]
        Older or misspelt mode names -> canonical name.
    acled, acled_note
        ACLED mapping for the type with no mode (see :class:`ModeDef`).
    profile : TypeProfile
        On the ground or not, the figures it carries, colour and timeline order.
    """

    description: str
    quad_class: QuadClass
    plover_score: float
    requires_recipient: bool
    modes: dict[str, ModeDef]
    cameo: str
    cameo_note: str | None = None
    cameo_demand: str | None = None
    mode_aliases: dict[str, str] = Field(default_factory=dict)
    acled: AcledTarget | None = None
    acled_note: str | None = None
    profile: TypeProfile


class CrosswalkEntry(_Frozen):
    """One CAMEO code and its PLOVER reading.

    Attributes
    ----------
    cameo : str
        3- or 4-digit CAMEO code as a string (leading zeros kept).
    label : str
        Our short paraphrase of the CAMEO meaning.
    type : str
        PLOVER event type.
    mode : str | None
        PLOVER mode, or ``None``.
    contexts : list[str]
        PLOVER contexts the code implies.
    source : str
        ``"cameo2plover-2021"`` (the 2021 table) or ``"dotterel"`` (ours).
    table : dict | None
        The 2021 table's own (type, mode, contexts) where we corrected it.
    note : str | None
        The table's note, or why we changed the entry.
    """

    cameo: str
    label: str
    type: str
    mode: str | None
    contexts: list[str]
    source: str
    table: dict[str, object] | None = None
    note: str | None = None


class CueCategory(_Frozen):
    """A 2-digit CAMEO cue category and the PLOVER type(s) it feeds."""

    label: str
    types: list[str]
    mode: str | None = None
    source: str | None = None
    note: str | None = None


class ContextDef(_Frozen):
    """A PLOVER context: ``kind`` is ``"general"`` or ``"special"`` (historical ...)."""

    description: str
    kind: Literal["general", "special"]
    source: str


class SectorDef(_Frozen):
    """A sector code: meaning, source, and the code to use instead for legacy codes."""

    meaning: str
    source: str
    use_instead: str | None = None


class TypeAlias(_Frozen):
    """An old PLOVER type name (PLOVER 0.5 gold file) and the type/mode it now means."""

    type: str
    mode: str | None = None


class AcledDef(_Frozen):
    """ACLED (codebook 2023) vocabularies.

    Event/sub-event types, disorder types, CASE 2021 label names, ``inter`` actor codes and the sector ->
    inter map.
    """

    source: str
    event_types: dict[str, list[str]]
    disorder_type: dict[str, str]
    case2021_labels: dict[str, str]
    inter: dict[str, str]
    inter_from_sector: dict[str, int]
    victim_inter_from_sector: dict[str, int] = {}
    inter_note: str


class Decision(_Frozen):
    """A documented judgement call in the data file: what was decided and why."""

    decision: str
    reason: str


class OntologyFile(_Frozen):
    """Schema of ``data/plover.json``; cross-references are checked on load."""

    version: str
    sources: dict[str, str]
    license: str
    quad_classes: dict[str, int]
    event_types: dict[str, EventTypeDef]
    type_aliases: dict[str, TypeAlias]
    contexts: dict[str, ContextDef]
    context_aliases: dict[str, str]
    cue_categories: dict[str, CueCategory]
    crosswalk: list[CrosswalkEntry]
    acled: AcledDef
    sectors: dict[str, SectorDef]
    decisions: dict[str, Decision]

    @model_validator(mode="after")
    def _check_refs(self) -> "OntologyFile":
        # Every cross-reference is checked here so a bad edit of the JSON
        # fails at load time, not deep inside the pipeline.
        if len(self.event_types) != 16:
            raise ValueError(f"expected 16 PLOVER event types, found {len(self.event_types)}")
        acled_pairs = {(e, s) for e, subs in self.acled.event_types.items() for s in subs}

        def check_acled(t: AcledTarget | None, where: str) -> None:
            if t is not None and (t.event_type, t.sub_event_type) not in acled_pairs:
                raise ValueError(f"{where}: unknown ACLED pair {t.event_type!r}/{t.sub_event_type!r}")

        codes = {e.cameo: e for e in self.crosswalk}
        if len(codes) != len(self.crosswalk):
            raise ValueError("duplicate CAMEO code in crosswalk")
        orders = sorted(td.profile.timeline_order for td in self.event_types.values())
        if orders != list(range(len(self.event_types))):
            raise ValueError("the types' profile.timeline_order must number them 0..15, each once")
        for name, td in self.event_types.items():
            unknown = set(td.profile.count_kinds) - set(get_args(CountKind))
            if unknown:
                raise ValueError(f"{name}: unknown count kinds {sorted(unknown)} in its profile")
            if td.quad_class not in self.quad_classes:
                raise ValueError(f"{name}: unknown quad class {td.quad_class!r}")
            check_acled(td.acled, name)
            for alias, target in td.mode_aliases.items():
                if target not in td.modes:
                    raise ValueError(f"{name}: alias {alias!r} -> unknown mode {target!r}")
            for mname, md in td.modes.items():
                check_acled(md.acled, f"{name}/{mname}")
                if md.cameo_rule == "crosswalk":
                    e = codes.get(md.cameo or "")
                    if e is None or (e.type, e.mode) != (name, mname):
                        raise ValueError(f"{name}/{mname}: CAMEO {md.cameo} is not mapped to that pair")
                elif md.cameo_rule == "override" and md.cameo is None:
                    raise ValueError(f"{name}/{mname}: override without a code")
        for e in self.crosswalk:
            if not _CAMEO_RE.match(e.cameo) or len(e.cameo) < 3:
                raise ValueError(f"bad crosswalk code {e.cameo!r}")
            td = self.event_types.get(e.type)
            if td is None:
                raise ValueError(f"CAMEO {e.cameo}: unknown type {e.type!r}")
            if e.mode is not None and e.mode not in td.modes:
                raise ValueError(f"CAMEO {e.cameo}: {e.type} has no mode {e.mode!r}")
            for c in e.contexts:
                if c not in self.contexts:
                    raise ValueError(f"CAMEO {e.cameo}: unknown context {c!r}")
        for code, cc in self.cue_categories.items():
            for t in cc.types:
                if t not in self.event_types:
                    raise ValueError(f"cue category {code}: unknown type {t!r}")
        for alias, target in self.context_aliases.items():
            if target not in self.contexts:
                raise ValueError(f"context alias {alias!r} -> unknown context {target!r}")
        for alias, ta in self.type_aliases.items():
            if ta.type not in self.event_types or (
                ta.mode is not None and ta.mode not in self.event_types[ta.type].modes
            ):
                raise ValueError(f"type alias {alias!r} points nowhere")
        for sector, inter in [*self.acled.inter_from_sector.items(), *self.acled.victim_inter_from_sector.items()]:
            if sector not in self.sectors or str(inter) not in self.acled.inter:
                raise ValueError(f"inter_from_sector: bad entry {sector!r} -> {inter}")
        for sub in self.acled.disorder_type:
            if not any(sub in subs for subs in self.acled.event_types.values()):
                raise ValueError(f"disorder_type: unknown sub-event type {sub!r}")
        return self


class Ontology:
    """The PLOVER ontology with CAMEO and ACLED crosswalks.

    Build it with :meth:`load`; it is immutable and cheap to share.

    Attributes
    ----------
    version : str
        Version of ``data/plover.json``.
    event_types : Mapping[str, EventTypeDef]
        The 16 PLOVER types keyed by upper-case name.
    contexts : Mapping[str, ContextDef]
        PLOVER contexts (general and special) keyed by name.
    sectors : Mapping[str, str]
        Sector code -> one-line meaning (PLOVER 2021 codes plus the legacy
        CAMEO codes INS, SEP, ELI, HLH, whose meaning names the code to use).
    crosswalk : Mapping[str, CrosswalkEntry]
        CAMEO code -> entry, for every 3-/4-digit code we map.
    decisions : Mapping[str, Decision]
        Documented judgement calls (e.g. ``"cameo-163"``).
    """

    def __init__(self, data: OntologyFile) -> None:
        """Wrap validated ontology data; use :meth:`load` instead of calling this."""
        self._data = data
        self.version: str = data.version
        self.event_types: Mapping[str, EventTypeDef] = MappingProxyType(dict(data.event_types))
        self.contexts: Mapping[str, ContextDef] = MappingProxyType(dict(data.contexts))
        self.sectors: Mapping[str, str] = MappingProxyType({k: v.meaning for k, v in data.sectors.items()})
        self.crosswalk: Mapping[str, CrosswalkEntry] = MappingProxyType({e.cameo: e for e in data.crosswalk})
        self.decisions: Mapping[str, Decision] = MappingProxyType(dict(data.decisions))

    # ------------------------------------------------------------------ load
    @classmethod
    def load(cls) -> "Ontology":
        """Read and validate ``dotterel/data/plover.json``.

        Returns
        -------
        Ontology

        Raises
        ------
        OntologyError
            When the packaged file is missing, not JSON, or fails validation
            (a broken install or a bad edit of the data file).
        """
        try:
            text = resources.files("dotterel").joinpath("data", _DATA_FILE).read_text(encoding="utf-8")
        except (FileNotFoundError, ModuleNotFoundError) as exc:
            raise OntologyError(f"ontology data file {_DATA_FILE} is missing; reinstall dotterel") from exc
        return cls.from_json(text)

    @classmethod
    def from_json(cls, text: str) -> "Ontology":
        """Build an ontology from the JSON text of an ontology file.

        Parameters
        ----------
        text : str
            Content in the format of ``data/plover.json``.

        Returns
        -------
        Ontology

        Raises
        ------
        OntologyError
            When the text is not JSON or fails schema or cross-reference checks.
        """
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise OntologyError(f"ontology data is not valid JSON ({exc}); fix the data file") from exc
        try:
            data = OntologyFile.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise OntologyError(f"ontology data is invalid at {where or '<root>'}: {first['msg']}") from exc
        return cls(data)

    # ----------------------------------------------------------- names
    def canonical_type(self, event_type: str) -> str | None:
        """Return the canonical PLOVER type for a name, or ``None``.

        Parameters
        ----------
        event_type : str
            A type name in any case; the older names of the PLOVER 0.5 gold
            file (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) are accepted.

        Returns
        -------
        str | None
            E.g. ``"REQUEST"`` for ``"demand"``; ``None`` when unknown.
        """
        name = event_type.strip().upper()
        if name in self.event_types:
            return name
        alias = self._data.type_aliases.get(name)
        return alias.type if alias else None

    def canonical_mode(self, event_type: str, mode: str | None) -> str | None:
        """Return the canonical mode name of ``mode`` for ``event_type``.

        Parameters
        ----------
        event_type : str
            PLOVER type (any case, aliases accepted).
        mode : str | None
            Mode in any case; old names (``demo-org``) and known misspellings
            (``primative``, ``sieze``) are accepted. ``None`` or ``""`` give
            ``None``, except for the old types DISAPPROVE/INVESTIGATE, whose
            mode is implied by the name.

        Returns
        -------
        str | None
            The canonical mode, or ``None`` for "no mode".

        Raises
        ------
        OntologyError
            When the type is unknown or the mode is not a mode of the type.
        """
        td, implied = self._type_def(event_type)
        if mode is None or not mode.strip():
            return implied
        name = mode.strip().lower()
        if name in td.modes:
            return name
        # Case-insensitive aliases; sideAB is the one mixed-case canonical name.
        lowered = {k.lower(): k for k in td.modes} | {k.lower(): v for k, v in td.mode_aliases.items()}
        if name in lowered:
            return lowered[name]
        raise OntologyError(
            f"{mode!r} is not a mode of {self.canonical_type(event_type)}; "
            f"use one of {sorted(td.modes) or 'no modes (leave it empty)'}"
        )

    def is_mode(self, event_type: str, mode: str) -> bool:
        """Whether ``mode`` is a canonical mode of ``event_type``.

        Exact, case-sensitive match against the canonical names; aliases are
        not modes (use :meth:`canonical_mode`). An unknown type gives False.
        """
        td = self.event_types.get(event_type)
        return td is not None and mode in td.modes

    def profile(self, event_type: str) -> TypeProfile:
        """The :class:`TypeProfile` of a canonical event type.

        Raises
        ------
        KeyError
            For a name that is not a canonical PLOVER type.
        """
        return self.event_types[event_type].profile

    def on_the_ground(self, event_type: str) -> bool:
        """Whether events of this type happen in a place (``profile.on_the_ground``); False for unknown types."""
        td = self.event_types.get(event_type)
        return td is not None and td.profile.on_the_ground

    def count_rank(self, event_type: str, kind: str) -> int | None:
        """The rank of ``event_type``'s claim on a figure of ``kind`` (0 strongest), or None when it takes none.

        A crowd size goes to a PROTEST before a MOBILIZE before an ASSAULT; a
        toll to an ASSAULT before a PROTEST (``decisions['type-profile']``).
        """
        td = self.event_types.get(event_type)
        return None if td is None else td.profile.count_kinds.get(kind)

    def types_in_timeline_order(self) -> tuple[str, ...]:
        """The 16 types in the order the timeline stacks them, bottom up."""
        return tuple(sorted(self.event_types, key=lambda t: self.event_types[t].profile.timeline_order))

    def is_context(self, name: str) -> bool:
        """Whether ``name`` is a canonical PLOVER context (aliases are not)."""
        return name in self.contexts

    def canonical_context(self, name: str) -> str | None:
        """Map a context name or alias (``refugees``, ``pandemic``) to its canonical name, else ``None``."""
        key = name.strip().lower()
        if key in self.contexts:
            return key
        return self._data.context_aliases.get(key)

    def canonical_sector(self, code: str) -> str | None:
        """Return the current sector code for ``code`` (legacy INS/SEP -> REB, ELI -> CVL, HLH -> MED).

        Returns ``None`` for an unknown code.
        """
        sd = self._data.sectors.get(code.strip().upper())
        if sd is None:
            return None
        return sd.use_instead or code.strip().upper()

    # ----------------------------------------------------------- CAMEO
    def quad_class(self, event_type: str) -> str:
        """Return the quad class of a type, e.g. ``"material conflict"``.

        Raises
        ------
        OntologyError
            For an unknown type.
        """
        return self._type_def(event_type)[0].quad_class

    def quad_code(self, event_type: str) -> int:
        """Return the PLOVER numeric quad code 1-4 of a type (1 verbal cooperation ... 4 material conflict)."""
        return self._data.quad_classes[self.quad_class(event_type)]

    def cameo_for(self, event_type: str, mode: str | None = None, *, demand: bool = False) -> str:
        """Return the best CAMEO code for a PLOVER (type, mode) pair.

        The rule is ``decisions['best-cameo']`` of the data file: the most
        general code the crosswalk maps to the pair, skipping a cue
        category's not-otherwise-specified code when that category also
        covers other modes; a few documented overrides. A mode with no CAMEO
        equivalent gets the type's code (``decisions['type-cameo']``), which
        is CAMEO's own "not otherwise specified" code, not a guess.

        Parameters
        ----------
        event_type : str
            PLOVER type (any case; old names accepted).
        mode : str | None
            PLOVER mode or ``None``; aliases accepted.
        demand : bool, optional
            REQUEST only: return the CAMEO 10 (DEMAND) code instead of the
            02 (APPEAL) code, for texts that say demand/insist/order.

        Returns
        -------
        str
            CAMEO code with leading zeros, e.g. ``"141"``, ``"021"``.

        Raises
        ------
        OntologyError
            For an unknown type, or a mode that is not a mode of the type.
        """
        td, _ = self._type_def(event_type)
        m = self.canonical_mode(event_type, mode)
        if m is None:
            return (td.cameo_demand if demand else None) or td.cameo
        md = td.modes[m]
        if demand and md.cameo_demand:
            return md.cameo_demand
        return md.cameo or ((td.cameo_demand if demand else None) or td.cameo)

    def plover_for_cameo(self, cameo: str) -> tuple[str, str | None, list[str]] | None:
        """Return the PLOVER (type, mode, contexts) for a CAMEO code.

        Looks the code up exactly, then drops trailing digits one at a time
        along the CAMEO hierarchy (``"1412"`` -> ``"141"`` -> ``"14"``); a
        2-digit cue category gives its type with no mode and no context. It
        never moves sideways to another branch (``decisions['cameo-fallback']``).

        Parameters
        ----------
        cameo : str
            A 2- to 4-digit CAMEO code as a string (``"0234"``, ``"190"``).

        Returns
        -------
        tuple[str, str | None, list[str]] | None
            ``None`` when PLOVER has no reading: cue category 01 (statements,
            dropped by PLOVER), a bare ``"08"`` (CONCEDE or RETREAT) or a code
            outside CAMEO's 01-20.

        Raises
        ------
        OntologyError
            When ``cameo`` is not a string of 2 to 4 digits.
        """
        code = cameo.strip() if isinstance(cameo, str) else ""
        if not _CAMEO_RE.match(code):
            raise OntologyError(f"{cameo!r} is not a CAMEO code; give 2 to 4 digits as a string, e.g. '141'")
        while len(code) >= 3:
            e = self.crosswalk.get(code)
            if e is not None:
                return (e.type, e.mode, list(e.contexts))
            code = code[:-1]
        cc = self._data.cue_categories.get(code)
        if cc is None or len(cc.types) != 1:
            return None
        return (cc.types[0], cc.mode, [])

    # ----------------------------------------------------------- ACLED
    def acled_for(self, event_type: str, mode: str | None = None) -> tuple[str, str] | None:
        """Return the ACLED (event_type, sub_event_type) for a PLOVER pair.

        Parameters
        ----------
        event_type : str
            PLOVER type (any case; old names accepted).
        mode : str | None
            PLOVER mode or ``None``; aliases accepted.

        Returns
        -------
        tuple[str, str] | None
            E.g. ``("Protests", "Peaceful protest")``; ``None`` when no ACLED
            sub-event fits the pair by itself (the data file's ``acled_note``
            says what would decide it). Never falls back to ACLED "Other".

        Raises
        ------
        OntologyError
            For an unknown type or mode.
        """
        td, _ = self._type_def(event_type)
        m = self.canonical_mode(event_type, mode)
        target = td.acled if m is None else td.modes[m].acled
        return None if target is None else (target.event_type, target.sub_event_type)

    def acled_disorder_type(self, sub_event_type: str) -> str:
        """Return ACLED's ``disorder_type`` for a sub-event type (ACLED codebook 2023).

        Raises
        ------
        OntologyError
            For an unknown sub-event type.
        """
        try:
            return self._data.acled.disorder_type[sub_event_type]
        except KeyError:
            raise OntologyError(f"{sub_event_type!r} is not an ACLED sub-event type") from None

    def acled_event_type_of(self, sub_event_type: str) -> str:
        """The ACLED event type a sub-event type belongs to ("Attack" -> "Violence against civilians").

        Raises
        ------
        OntologyError
            For an unknown sub-event type.
        """
        for event_type, subs in self._data.acled.event_types.items():
            if sub_event_type in subs:
                return event_type
        raise OntologyError(f"{sub_event_type!r} is not an ACLED sub-event type")

    def acled_sub_event_for_label(self, label: str) -> str | None:
        """Map a CASE 2021 task-2 label to its ACLED sub-event type name.

        Parameters
        ----------
        label : str
            E.g. ``"PEACE_PROTEST"`` (labels listed in the CASE 2021 task 2
            ``event_types_note.txt``).

        Returns
        -------
        str | None
            E.g. ``"Peaceful protest"``; ``None`` for the task's non-ACLED
            labels (ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB).
        """
        return self._data.acled.case2021_labels.get(label.strip().upper())

    @property
    def acled_inter(self) -> Mapping[int, str]:
        """ACLED ``inter`` actor codes: 1 State forces ... 8 External/Other forces."""
        return MappingProxyType({int(k): v for k, v in self._data.acled.inter.items()})

    def acled_inter_for(self, sector: str | None, *, victim: bool = False) -> int | None:
        """Return the ACLED ``inter`` code a sector implies, or ``None`` when it does not fix one.

        Parameters
        ----------
        sector : str | None
            Sector code (legacy codes are mapped first, e.g. INS -> REB).
        victim : bool
            The side is the one harmed or acted on: sectors of unarmed people that fix no code as doers
            (workers, teachers, health workers, clergy, aid workers: ``acled.victim_inter_from_sector``)
            are civilians, 7 (ACLED Codebook 2023, Civilians).

        Returns
        -------
        int | None
            E.g. 1 for MIL/COP/GOV/SPY, 2 for REB, 3 for PRM/UAF, 7 for
            CVL/JRN/REF/MED, 8 for IGO. Rioters (5) and protesters (6) come
            from the event, not the sector, so they are never returned here.
        """
        if not sector:
            return None
        code = self.canonical_sector(sector)
        if code is None:
            return None
        inter = self._data.acled.inter_from_sector.get(code)
        return self._data.acled.victim_inter_from_sector.get(code) if inter is None and victim else inter

    # ----------------------------------------------------------- helpers
    def _type_def(self, event_type: str) -> tuple[EventTypeDef, str | None]:
        if not isinstance(event_type, str):
            raise OntologyError(f"{event_type!r} is not a PLOVER event type name")
        name = event_type.strip().upper()
        if name in self.event_types:
            return self.event_types[name], None
        alias = self._data.type_aliases.get(name)
        if alias is not None:
            return self.event_types[alias.type], alias.mode
        raise OntologyError(
            f"{event_type!r} is not a PLOVER event type; use one of {', '.join(self.event_types)}"
        )
