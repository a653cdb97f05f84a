"""Stage ``acled.v1``: ACLED sub-event types by the ACLED codebook's own decision rules.

The PLOVER type and mode alone cannot say which ACLED sub-event an event is:
an ASSAULT with firearms is an *armed clash* between two armed, organised
sides, an *attack* by an armed group on civilians, or *excessive force against
protesters*; a protest is *peaceful*, *with intervention* or *violent*
depending on what else the sentence reports. This stage reads the event's
mode, its actor and recipient (their sectors, through the ACLED ``inter``
codes of ``data/plover.json``), the other events of its sentence and the
weapon words of the sentence, and applies the codebook's rules (ACLED
Codebook 2023, sections "Event types and sub-event types" and "Actors"):

- **Explosions/Remote violence** by the weapon, whoever the target: chemical
  weapon; air/drone strike; suicide bomb; shelling/artillery/missile attack;
  remote explosive/landmine/IED; grenade. The method decides before the target.
- **Violence against civilians**: sexual violence; abduction/forced
  disappearance; *attack*: an armed, organised group (state forces, rebels,
  militias, unidentified gunmen) against civilians (inter 7).
- **Battles**: *armed clash* when both sides are armed and organised, or the
  sentence says they clashed or fought.
- **Protests**: *peaceful protest*, or *protest with intervention* when the
  authorities disperse, tear-gas or arrest the protesters without lethal
  force, or *excessive force against protesters* when they shoot, kill or
  seriously injure them (arrests during a protest are part of the protest).
- **Riots**: *violent demonstration* when demonstrators themselves turn
  violent (stones, arson, vandalism, clashes with police); *mob violence*
  when a mob attacks people.
- **Strategic developments**: arrests outside a protest; agreements;
  looting/property destruction; non-violent transfer of territory (as the
  type/mode crosswalk of the ontology gives).

When the rules do not settle a sub-event type (an ASSAULT with no weapon
word, no actor and no recipient), none is given: never ACLED's "Other" as a
fallback. The word lists are the language profile's (``acled_*_phrases`` of
``lang/en/profile.json``); they are matched as whole words in the event's
sentence or clause, ignoring case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Actor, Event

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["AcledTyper", "acled_sub_event", "side"]

# ACLED inter codes (data/plover.json "acled.inter"): 1 state forces, 2 rebels, 3 political militias,
# 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
_ARMED = {1, 2, 3, 4, 8}
# dependents that head a clause of their own: their words are not the event's manner
_OTHER_CLAUSES = {"conj", "advcl", "relcl", "ccomp", "parataxis", "acl"}


def _words(phrases) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class _AcledWords:
    """The language profile's ACLED word lists (``acled_*_phrases``), compiled once per profile."""

    weapons: tuple[tuple[str, re.Pattern], ...]  # in the codebook's order of precedence
    clash: re.Pattern
    intervention: re.Pattern
    lethal: re.Pattern
    riot: re.Pattern
    mob: re.Pattern
    protesters: re.Pattern
    civilians: re.Pattern
    gunmen: re.Pattern
    territory: re.Pattern
    weapons_seized: re.Pattern
    agreement: re.Pattern
    less_lethal: re.Pattern

    @classmethod
    def build(cls, lang: LanguageProfile) -> _AcledWords:
        return cls(
            weapons=tuple((sub, _words(phrases)) for sub, phrases in lang.acled_weapon_phrases.items()),
            clash=_words(lang.acled_clash_phrases),
            intervention=_words(lang.acled_intervention_phrases),
            lethal=_words(lang.acled_lethal_phrases),
            riot=_words(lang.acled_riot_phrases),
            mob=_words(lang.acled_mob_phrases),
            protesters=_words(lang.acled_protester_phrases),
            civilians=_words(lang.acled_civilian_phrases),
            gunmen=_words(lang.acled_gunmen_phrases),
            territory=_words(lang.acled_territory_phrases),
            weapons_seized=_words(lang.acled_weapons_seized_phrases),
            agreement=_words(lang.acled_agreement_phrases),
            less_lethal=_words(lang.acled_less_lethal_phrases),
        )


# PLOVER modes that are a weapon or method by themselves (PLOVER manual, ASSAULT modes)
_MODE_WEAPON = {"unconventional": "Chemical weapon", "suicide-attack": "Suicide bomb", "aerial": "Air/drone strike",
                "drone": "Air/drone strike", "heavy-weapons": "Shelling/artillery/missile attack",
                "explosives": "Remote explosive/landmine/IED"}

def side(actor: Actor | None, ontology) -> int | None:
    """The ACLED ``inter`` code of one side, from its sector (``acled.inter_from_sector``), or None."""
    if actor is None:
        return None
    inter = ontology.acled_inter_for(actor.sector)
    if inter is None and actor.kind == "country":
        return 1  # a country named as an actor is its government and forces (ACLED: state forces)
    return inter


def _weapon(event: Event, text: str, w: _AcledWords) -> str | None:
    text = w.less_lethal.sub(" ", text)  # "tear gas shells", "stun grenades": crowd control, not shelling
    by_sub = dict(w.weapons)
    chemical = by_sub.get("Chemical weapon")
    if chemical is not None and chemical.search(text):
        return "Chemical weapon"  # "mortar rounds filled with mustard agent": the codebook's first rule
    if event.mode == "explosives":
        # "a grenade exploded", "a suicide bomber blew up his car": the words name the device; a bare
        # explosion is a remote explosive
        for sub, pattern in w.weapons:
            if pattern.search(text):
                return sub
        return "Remote explosive/landmine/IED"
    air = by_sub.get("Air/drone strike")
    if event.mode == "heavy-weapons" and air is not None and air.search(text):
        return "Air/drone strike"  # "a helicopter gunship fired rockets": fired from the air (ACLED codebook)
    if event.mode in _MODE_WEAPON:
        return _MODE_WEAPON[event.mode]
    for sub, pattern in w.weapons:
        if pattern.search(text):
            return sub
    return None


def _span_text(a: Actor | None) -> str:
    return a.span.text if a is not None and a.span is not None else ""


def _side_of(actor: Actor | None, ontology, w: _AcledWords) -> int | None:
    """:func:`side`, plus what the words of an unresolved phrase say (gunmen, a person, civilians)."""
    inter = side(actor, ontology)
    if inter is not None or actor is None:
        return inter
    words = _span_text(actor)
    if w.gunmen.search(words):
        return 3
    if actor.kind == "person" or w.civilians.search(words):
        return 7  # an unarmed person is a civilian to ACLED, whatever their office
    return None


def acled_sub_event(event: Event, siblings: Sequence[Event], ontology, *, lang: LanguageProfile,
                    clause: str | None = None) -> tuple[str | None, str]:
    """The ACLED sub-event type of one event, and why (rules in the module docstring).

    Parameters
    ----------
    event : Event
    siblings : sequence of Event
        The other events of the same sentence.
    ontology : Ontology
        Gives the crosswalk of the type and mode, and the ``inter`` codes of sectors.
    lang : LanguageProfile, keyword-only
        Its weapon, clash, intervention, lethal, riot, mob, protester,
        civilian and gunmen words (``acled_*_phrases``).
    clause : str | None, keyword-only
        The words of the event's own clause, where its weapon and manner are
        read ("began peacefully in Zhanaozen" apart from "... turned into
        riots in Almaty"); the whole sentence when not given.

    Returns
    -------
    sub_event_type : str | None
        One of ACLED's 25 sub-event types, or None when the rules do not
        settle one.
    why : str
        The rule that decided, or why none did.
    """
    w: _AcledWords = lang.derived("events.acled", _AcledWords.build)
    text = clause if clause is not None else event.sentence.text
    base = ontology.acled_for(event.event_type, event.mode)
    base_sub = base[1] if base else None
    others = [s for s in siblings if s is not event]
    protest_here = any(s.event_type == "PROTEST" and s.mode not in ("riot",) for s in others) or bool(
        w.protesters.search(_span_text(event.recipient)))

    if event.event_type == "PROTEST":
        if event.mode == "riot":
            return ("Mob violence", "riot by a mob") if w.mob.search(text) else ("Violent demonstration", "riot")
        if event.mode in (None, "demo", "obstruct", "strike", "general", "hunger"):
            state_force = [s for s in others if s.event_type in ("ASSAULT", "COERCE")]
            if w.riot.search(text) and not state_force:
                return "Violent demonstration", "protesters' own violence named in the sentence"
            lethal = any(s.event_type == "ASSAULT" and any(c.kind == "killed" for c in s.counts) for s in state_force) \
                or (bool(state_force) and bool(w.lethal.search(event.sentence.text)))
            if lethal:
                return "Excessive force against protesters", "lethal force against the protest in the sentence"
            if state_force or w.intervention.search(text):
                return "Protest with intervention", "the protest was dispersed, arrested or tear-gassed"
            return "Peaceful protest", "a protest with no intervention reported"
        return base_sub, "crosswalk of the mode"

    if event.event_type == "COERCE" and event.mode == "arrest":
        if protest_here:
            return "Protest with intervention", "arrests at a protest are part of it (ACLED)"
        if _side_of(event.actor, ontology, w) in (2, 3, 4):
            # "Hezbollah captured three soldiers": a non-state armed group detaining people abducts them
            return "Abduction/forced disappearance", "people taken by a non-state armed group (ACLED)"
        return "Arrests", "arrest outside a protest"

    if event.event_type == "COERCE" and event.mode == "seize":
        who = _side_of(event.actor, ontology, w)
        if who == 1 and w.weapons_seized.search(text) and not w.territory.search(text):
            return "Disrupted weapons use", "state forces seized weapons"
        if event.cameo == "192" or w.territory.search(text):
            if who == 1:
                return "Government regains territory", "state forces took a place"
            if who in (2, 3, 4):
                return "Non-state actor overtakes territory", "a non-state armed group took a place"
            return None, "a place was taken, by whom is not known"
        return base_sub, "crosswalk of the mode"

    if event.event_type in ("AGREE", "RETREAT") and event.mode in (None, "ceasefire", "release") \
            and w.agreement.search(text):
        return "Agreement", "an agreement to end or pause fighting between the parties"

    if event.event_type != "ASSAULT":
        return base_sub, "crosswalk of the type and mode" if base_sub else "no ACLED sub-event for this type"

    # -- ASSAULT ------------------------------------------------------------------------------------------
    if event.mode == "sexual":
        return "Sexual violence", "mode sexual"
    if event.mode == "abduct":
        return "Abduction/forced disappearance", "mode abduct"
    actor_side, target_side = _side_of(event.actor, ontology, w), _side_of(event.recipient, ontology, w)
    actor_words, target_words = _span_text(event.actor), _span_text(event.recipient)
    target_protesters = bool(w.protesters.search(target_words)) or protest_here
    weapon = _weapon(event, event.sentence.text, w)  # "threw a grenade ..., killing two": the weapon is the sentence's
    remote = weapon is not None and weapon != "Grenade"
    if not remote and (event.mode == "crowd-control"
                       or (target_protesters and (actor_side in _ARMED or actor_side is None))):
        lethal = any(c.kind == "killed" for c in event.counts) or (
            event.mode != "crowd-control" and bool(w.lethal.search(event.sentence.text)))
        if lethal:
            return "Excessive force against protesters", "state force against protesters, lethal"
        return "Protest with intervention", "state force against protesters, not lethal"
    if weapon is not None:
        return weapon, "the weapon or method decides first"
    if event.mode == "destroy":
        if w.riot.search(text) and (target_protesters or w.protesters.search(actor_words)):
            return "Violent demonstration", "demonstrators destroying property"
        return "Looting/property destruction", "mode destroy"
    if w.mob.search(actor_words) or (actor_side is None and w.mob.search(text)):
        return "Mob violence", "a mob attacked"
    if actor_side == 7 and (target_side == 7 or (target_side is None and event.mode in ("beat", "primitive", "torture"))):
        # villagers, residents or a crowd attacking people: ACLED counts them as rioters in mob violence
        return "Mob violence", "civilians attacked people"
    if w.protesters.search(actor_words) or actor_side in (5, 6):
        return "Violent demonstration", "demonstrators turned violent"
    if actor_side in _ARMED and target_side in _ARMED:
        return "Armed clash", "two armed, organised sides"
    if w.clash.search(text) and (actor_side in _ARMED or target_side in _ARMED):
        return "Armed clash", "the sentence says the sides clashed or fought"
    target_civilian = target_side == 7
    if target_civilian and (actor_side in _ARMED or actor_side is None):
        return "Attack", "an armed group, or unidentified assailants, against civilians"
    if target_side is None and actor_side in _ARMED and any(c.kind == "killed" for c in event.counts) \
            and w.civilians.search(text):
        return "Attack", "armed actor, civilian victims named in the sentence"
    return None, "the sides do not settle an ACLED sub-event type"


class AcledTyper:
    """Stage ``acled.v1``: sets each event's ``sub_event_type`` by :func:`acled_sub_event`.

    Parameters
    ----------
    resources : dotterel.pipeline.context.Resources
        Uses the ontology.
    """

    name = "acled.v1"
    requires = ("ctx.events",)
    provides = ("ctx.events",)

    def __init__(self, resources) -> None:
        self.ontology = resources.ontology

    def __call__(self, ctx) -> None:
        """Set the ACLED sub-event type of every event of ``ctx.events`` (rules in the module docstring)."""
        by_sentence: dict[int, list[Event]] = {}
        for e in ctx.events:
            by_sentence.setdefault(e.sentence.start, []).append(e)
        out = []
        for e in ctx.events:
            sub, _why = acled_sub_event(e, by_sentence[e.sentence.start], self.ontology, lang=ctx.lang,
                                      clause=self._clause(ctx, e))
            out.append(e if sub == e.sub_event_type else e.model_copy(update={"sub_event_type": sub}))
        ctx.events = out

    @staticmethod
    def _clause(ctx, event: Event) -> str | None:
        """The words of the event's own clause: the trigger's clause head and its dependents, less other clauses."""
        i = ctx.token_by_original_start.get(event.trigger.start)
        if i is None:
            return None
        tok = ctx.doc[i]
        head = tok
        while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head is not head:
            head = head.head
        skip = {t.i for c in head.children if c.dep_ in _OTHER_CLAUSES and tok.i not in {x.i for x in c.subtree}
                for t in c.subtree}
        words = [t for t in head.subtree if t.i not in skip]
        return " ".join(t.text for t in words)
