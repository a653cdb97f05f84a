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
fallback. The word lists are English; they are matched as whole words in the
event's sentence, lower-cased.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Actor, Event

__all__ = ["AcledTyper", "acled_sub_event", "side"]

# ACLED inter codes (data/plover.json "acled.inter"): 1 state forces, 2 rebels, 3 political militias,
# 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
_ARMED = {1, 2, 3, 4, 8}
# dependents that head a clause of their own: their words are not the event's manner
_OTHER_CLAUSES = {"conj", "advcl", "relcl", "ccomp", "parataxis", "acl"}


def _words(*phrases: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)


# weapons and methods, in the codebook's order of precedence (remote methods decide before targets)
_WEAPONS: tuple[tuple[str, re.Pattern], ...] = (
    ("Chemical weapon", _words(r"chemical (?:weapons?|attacks?|agents?)", "sarin", "chlorine gas", "mustard gas",
                               "nerve (?:agent|gas)")),
    ("Suicide bomb", _words(r"suicide (?:bomb(?:er|ers|ing|ings)?|attacks?|blasts?|vests?|car bombs?)",
                            r"blew (?:himself|herself|themselves) up", "self-detonated")),
    ("Air/drone strike", _words(r"air ?strikes?", r"air[- ]raids?", r"drone (?:strikes?|attacks?)", "airstrikes?",
                                r"warplanes?", r"fighter jets?", r"(?:helicopter )?gunships?", r"aerial (?:bombardment|attacks?|bombing)",
                                r"bombed from the air", r"drones?")),
    ("Shelling/artillery/missile attack", _words(r"shell(?:s|ed|ing)", r"artillery", r"mortars?", r"rockets?",
                                                 r"missiles?", r"howitzers?", r"bombard(?:ed|ment|ing)",
                                                 r"katyusha")),
    ("Remote explosive/landmine/IED", _words(r"ieds?", r"improvised explosive devices?", r"roadside bombs?",
                                             r"(?:land)?mines?", r"car bombs?", r"explosive devices?",
                                             r"booby[- ]trap(?:ped|s)?", r"bombs? (?:exploded|went off|blast)",
                                             r"(?:bomb|explosion|blast)s? (?:hit|struck|ripped|tore)",
                                             r"detonated")),
    ("Grenade", re.compile(r"(?<!stun )(?<!sponge )(?<!flash )(?<!smoke )(?<!gas )(?<!tear-gas )\b(?:hand )?grenades?\b",
                           re.IGNORECASE)),
)
_MODE_WEAPON = {"unconventional": "Chemical weapon", "suicide-attack": "Suicide bomb", "aerial": "Air/drone strike",
                "drone": "Air/drone strike", "heavy-weapons": "Shelling/artillery/missile attack",
                "explosives": "Remote explosive/landmine/IED"}
_CLASH = _words(r"clash(?:ed|es|ing)?", r"fought", r"fighting", r"battles?", r"gun ?battles?", r"firefights?",
                r"exchanged? (?:of )?fire", r"exchanges? of fire", r"skirmish(?:es|ed)?", r"engaged")
_INTERVENTION = _words(r"tear ?gas", r"water ?cannons?", r"rubber bullets?", r"pepper spray", r"batons?",
                       r"dispers(?:e|ed|ing)", r"broke up", r"break up", r"stun grenades?", r"baton[- ]charged?",
                       r"beat(?:en)?", r"detain(?:ed|s)?", r"arrest(?:ed|s)?", r"rounded up")
_LETHAL = _words(r"killed", r"killing", r"shot dead", r"shot and killed", r"opened fire", r"open fire",
                 r"live (?:fire|ammunition|rounds|bullets)", r"massacre[ds]?", r"died", r"dead")
_RIOT = _words(r"riot(?:s|ed|ing|ers)?", r"threw (?:stones|rocks|petrol bombs|molotov cocktails|bricks)",
               r"pelted", r"stone[- ]pelting", r"torched", r"set (?:fire to|on fire|ablaze)", r"burn(?:ed|t|ing)",
               r"vandali[sz](?:ed|ing|m)", r"smashed", r"looted", r"looting", r"ransacked", r"clashed with (?:the )?police",
               r"clashed with security forces", r"attacked (?:the )?police")
_MOB = _words(r"mobs?", r"lynch(?:ed|ing|ings)?", r"vigilantes?", r"angry crowds?", r"frenzied crowds?")
_PROTESTERS = _words(r"protesters?", r"protestors?", r"demonstrators?", r"marchers?", r"rally", r"rallies",
                     r"protests?", r"demonstrations?", r"sit-ins?", r"marches")
_CIVILIANS = _words(r"civilians?", r"villagers?", r"residents?", r"worshippers?", r"passengers?", r"farmers?",
                    r"students?", r"children", r"women", r"journalists?", r"reporters?", r"people", r"family",
                    r"families", r"shoppers?", r"pilgrims?", r"herders?", r"teachers?", r"aid workers?",
                    r"displaced", r"refugees?", r"bystanders?", r"a (?:man|woman|boy|girl)")
_GUNMEN = _words(r"gunmen", r"militants?", r"insurgents?", r"rebels?", r"fighters?", r"jihadists?", r"militias?",
                 r"militiamen", r"armed (?:men|group|groups|assailants|bandits)", r"bandits?", r"assailants?",
                 r"attackers?", r"terrorists?", r"troops?", r"soldiers?", r"police(?:men)?", r"security forces")


def side(actor: Actor | None, ontology) -> int | None:
    """The ACLED ``inter`` code of one side, from its sector (``acled.inter_from_sector``), or None."""
    if actor is None:
        return None
    inter = ontology.acled_inter_for(actor.sector)
    if inter is None and actor.kind == "country":
        return 1  # a country named as an actor is its government and forces (ACLED: state forces)
    return inter


def _weapon(event: Event, text: str) -> str | None:
    if event.mode in _MODE_WEAPON:
        return _MODE_WEAPON[event.mode]
    for sub, pattern in _WEAPONS:
        if pattern.search(text):
            return sub
    return None


def _span_text(a: Actor | None) -> str:
    return a.span.text if a is not None and a.span is not None else ""


def _side_of(actor: Actor | None, ontology) -> int | None:
    """:func:`side`, plus what the words of an unresolved phrase say (gunmen, a person, civilians)."""
    inter = side(actor, ontology)
    if inter is not None or actor is None:
        return inter
    words = _span_text(actor)
    if _GUNMEN.search(words):
        return 3
    if actor.kind == "person" or _CIVILIANS.search(words):
        return 7  # an unarmed person is a civilian to ACLED, whatever their office
    return None


def acled_sub_event(event: Event, siblings: Sequence[Event], ontology, *,
                    clause: str | None = None) -> tuple[str | None, str]:
    """The ACLED sub-event type of one event, and why (rules in the module docstring).

    Parameters
    ----------
    event : Event
    siblings : sequence of Event
        The other events of the same sentence.
    ontology : Ontology
        Gives the crosswalk of the type and mode, and the ``inter`` codes of sectors.
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
    text = clause if clause is not None else event.sentence.text
    base = ontology.acled_for(event.event_type, event.mode)
    base_sub = base[1] if base else None
    others = [s for s in siblings if s is not event]
    protest_here = any(s.event_type == "PROTEST" and s.mode not in ("riot",) for s in others) or bool(
        _PROTESTERS.search(_span_text(event.recipient)))

    if event.event_type == "PROTEST":
        if event.mode == "riot":
            return ("Mob violence", "riot by a mob") if _MOB.search(text) else ("Violent demonstration", "riot")
        if event.mode in (None, "demo", "obstruct", "strike", "general", "hunger"):
            state_force = [s for s in others if s.event_type in ("ASSAULT", "COERCE")]
            if _RIOT.search(text) and not state_force:
                return "Violent demonstration", "protesters' own violence named in the sentence"
            lethal = any(s.event_type == "ASSAULT" and any(c.kind == "killed" for c in s.counts) for s in state_force) \
                or (bool(state_force) and bool(_LETHAL.search(event.sentence.text)))
            if lethal:
                return "Excessive force against protesters", "lethal force against the protest in the sentence"
            if state_force or _INTERVENTION.search(text):
                return "Protest with intervention", "the protest was dispersed, arrested or tear-gassed"
            return "Peaceful protest", "a protest with no intervention reported"
        return base_sub, "crosswalk of the mode"

    if event.event_type == "COERCE" and event.mode == "arrest":
        if protest_here:
            return "Protest with intervention", "arrests at a protest are part of it (ACLED)"
        return "Arrests", "arrest outside a protest"

    if event.event_type != "ASSAULT":
        return base_sub, "crosswalk of the type and mode" if base_sub else "no ACLED sub-event for this type"

    # -- ASSAULT ------------------------------------------------------------------------------------------
    if event.mode == "sexual":
        return "Sexual violence", "mode sexual"
    if event.mode == "abduct":
        return "Abduction/forced disappearance", "mode abduct"
    actor_side, target_side = _side_of(event.actor, ontology), _side_of(event.recipient, ontology)
    actor_words, target_words = _span_text(event.actor), _span_text(event.recipient)
    target_protesters = bool(_PROTESTERS.search(target_words)) or protest_here
    weapon = _weapon(event, event.sentence.text)  # "threw a grenade ..., killing two": the weapon is the sentence's
    remote = weapon is not None and weapon != "Grenade"
    if not remote and (event.mode == "crowd-control"
                       or (target_protesters and (actor_side in _ARMED or actor_side is None))):
        lethal = any(c.kind == "killed" for c in event.counts) or (
            event.mode != "crowd-control" and bool(_LETHAL.search(event.sentence.text)))
        if lethal:
            return "Excessive force against protesters", "state force against protesters, lethal"
        return "Protest with intervention", "state force against protesters, not lethal"
    if weapon is not None:
        return weapon, "the weapon or method decides first"
    if event.mode == "destroy":
        if _RIOT.search(text) and (target_protesters or _PROTESTERS.search(actor_words)):
            return "Violent demonstration", "demonstrators destroying property"
        return "Looting/property destruction", "mode destroy"
    if _MOB.search(actor_words) or (actor_side is None and _MOB.search(text)):
        return "Mob violence", "a mob attacked"
    if _PROTESTERS.search(actor_words) or actor_side in (5, 6):
        return "Violent demonstration", "demonstrators turned violent"
    if actor_side in _ARMED and target_side in _ARMED:
        return "Armed clash", "two armed, organised sides"
    if _CLASH.search(text) and (actor_side in _ARMED or target_side in _ARMED):
        return "Armed clash", "the sentence says the sides clashed or fought"
    target_civilian = target_side == 7
    if target_civilian and (actor_side in _ARMED or actor_side is None):
        return "Attack", "an armed group, or unidentified assailants, against civilians"
    if target_side is None and actor_side in _ARMED and any(c.kind == "killed" for c in event.counts) \
            and _CIVILIANS.search(text):
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
        by_sentence: dict[int, list[Event]] = {}
        for e in ctx.events:
            by_sentence.setdefault(e.sentence.start, []).append(e)
        out = []
        for e in ctx.events:
            sub, _why = acled_sub_event(e, by_sentence[e.sentence.start], self.ontology, clause=self._clause(ctx, e))
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
