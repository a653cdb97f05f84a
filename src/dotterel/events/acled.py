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
  violent (stones, arson, vandalism, clashes with police), and property
  destroyed with no doer named in a paragraph that tells of a demonstration
  (the codebook's Looting/property destruction is destruction "outside the
  context of ... rioting"); *mob violence* when a mob attacks people.
- **Battles**, territory: *government regains territory* or *non-state
  actor overtakes territory* by who takes the place, whether the record is
  the taking (COERCE seize) or the battle that took it (an ASSAULT with the
  taking as restatement); *non-violent transfer of territory* when it
  changes hands without a fight.
- **Strategic developments**: arrests outside a protest; agreements;
  looting/property destruction; *disrupted weapons use* (weapons seized,
  defused, intercepted, shot down); *headquarters or base established*
  (MOBILIZE with a base or camp); *change to group/activity* (an armed
  group formed, merged, split, moved, defected, disbanded, suspended its
  operations or changed its leader); *other* only for a seizure of power.
  The PLOVER type of each family is in ``docs/acled.md``.

When the rules do not settle a sub-event type (an ASSAULT with no weapon
word, no actor and no recipient), none is given: never ACLED's "Other" as a
fallback. The word lists are the language profile's (``acled_*_phrases`` of
``lang/en/profile.json``); they are matched as whole words in the event's
sentence or clause, ignoring case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Actor, Event
from .acled_sides import ARMED as _ARMED
from .acled_sides import actor_inter, armed_community, protest_inter, side
from .acled_scene import aim_words, clause_words, grievance_spans, side_words
from .grievances import date_grievances, grievance_tolls
from .acled_words import AcledWords
from .lone_doer import one_person
from .territory import state_taking, territory_taker
from .toll_cause import toll_cause

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["AcledTyper", "acled_sub_event", "actor_inter", "protest_inter", "side"]

# PLOVER modes that are a weapon or method by themselves (PLOVER manual, ASSAULT modes)
_MODE_WEAPON = {"unconventional": "Chemical weapon", "suicide-attack": "Suicide bomb", "aerial": "Air/drone strike",
                "drone": "Air/drone strike", "heavy-weapons": "Shelling/artillery/missile attack",
                "explosives": "Remote explosive/landmine/IED"}

def _weapon(event: Event, text: str, w: AcledWords) -> str | None:
    """The weapon's sub-event type: the first in the codebook's order named by the mode or the words.

    "Warplanes bombed a market": the verb gives mode ``explosives``, the aircraft make it an air strike,
    which comes first in the codebook's order; "a grenade exploded": with mode ``explosives`` the words
    name the device, and a bare explosion is a remote explosive.
    """
    text = w.less_lethal.sub(" ", text)  # "tear gas shells", "stun grenades": crowd control, not shelling
    by_mode = _MODE_WEAPON.get(event.mode)
    if event.mode == "explosives":
        return next((sub for sub, pattern in w.weapons if pattern.search(text)), by_mode)
    for sub, pattern in w.weapons:
        if sub == by_mode or pattern.search(text):
            return sub
    return by_mode


def _span_text(a: Actor | None) -> str:
    return a.span.text if a is not None and a.span is not None else ""


def _side_of_words(words: str, actor: Actor | None, w: AcledWords) -> int | None:
    """The ``inter`` code the words of an unresolved side say: armed group 3, state forces 1, civilians 7."""
    if not words:
        return None
    rest = w.state.sub(" ", words)
    if w.gunmen.search(rest):
        return 3  # "rebel fighters", "Tigrayan forces": an armed, organised non-state group
    if rest != words:
        return 1  # "federal forces", "troops", "bomb disposal experts": state forces
    if w.unidentified.search(words):
        return None
    if (actor is not None and actor.kind == "person") or w.civilians.search(words):
        return 7  # an unarmed person is a civilian to ACLED, whatever their office
    return None


def _side_of(actor: Actor | None, ontology, w: AcledWords, fallback: str = "", *, victim: bool = False) -> int | None:
    """:func:`side`, plus what the words of an unresolved phrase say (gunmen, a person, civilians).

    ``fallback`` is the text of the side's phrase when it did not resolve to an actor at all.
    """
    inter = side(actor, ontology, victim=victim, words=w)
    if inter is not None:
        return inter
    if armed_community(fallback, w):
        return 4
    return _side_of_words(_span_text(actor) or fallback, actor, w)


@dataclass(frozen=True)
class _Scene:
    """What one event's rules read: its text, clause, sides and the other events of its sentence."""

    event: Event
    others: list
    text: str  # the event's clause, or its sentence
    sentence: str
    actor_words: str
    target_words: str
    actor_side: int | None
    target_side: int | None
    base_sub: str | None
    took_place: bool = False
    demonstration: bool = False
    aim_words: str = ""
    cause: str | None = None
    unrest: bool = False
    grievance: tuple = ()  # spans of what the sentence's protests are about

    def grieved(self, other: Event) -> bool:
        """Whether ``other`` is what a protest of the sentence is about ("to protest the arrest of a colleague")."""
        return any(lo <= other.trigger.start < hi for lo, hi in self.grievance)


def acled_sub_event(event: Event, siblings: Sequence[Event], ontology, *, lang: LanguageProfile,
                    clause: str | None = None, actor_words: str = "", recipient_words: str = "",
                    took_place: bool = False, demonstration: bool = False,
                    aim_words: str = "", cause: str | None = None, unrest: bool = False,
                    grievance: tuple = ()) -> tuple[str | None, str]:
    """The ACLED sub-event type of one event, and why (rules in the module docstring).

    Parameters
    ----------
    event : Event
    siblings : sequence of Event
        The other events of the same sentence.
    ontology : Ontology
        Gives the crosswalk of the type and mode, and the ``inter`` codes of sectors.
    lang : LanguageProfile, keyword-only
        Its ACLED word lists (``acled_*_phrases``).
    clause : str | None, keyword-only
        The words of the event's own clause, where its weapon and manner are
        read ("began peacefully in Zhanaozen" apart from "... turned into
        riots in Almaty"); the whole sentence when not given.
    actor_words, recipient_words : str, keyword-only
        The words of the actor's and recipient's phrases when they did not
        resolve to actors ("Tigrayan forces", "a pastor"); read for the
        sides as an unresolved actor's words are.
    took_place : bool, keyword-only
        The event is a battle whose restatement is the taking of a place
        ("recaptured the hamlet after heavy fighting"): a territorial
        sub-event by who took it.
    demonstration : bool, keyword-only
        The paragraph, up to the event, tells of a demonstration: a protest
        event, or protesters as the doer of an event (the caller's
        :meth:`AcledStage._demonstration`). Property destroyed there is the
        demonstrators' (ACLED Codebook 2023: Violent demonstration includes
        "property destruction (e.g. vandalism, arson)" by demonstrators;
        Looting/property destruction is destruction "outside the context of
        other forms of violence or destruction, such as rioting"); crowd
        control there has the demonstration to act on (:func:`_crowd_there`).
    aim_words : str, keyword-only
        For crowd control, the words of what it was aimed at ("fired water
        cannon at a supply vessel"), read by :func:`_crowd_there`.
    cause : str | None, keyword-only
        For a toll with no doer, the kind of event it names as its cause
        (:func:`dotterel.events.toll_cause.toll_cause`: "riot", "protest",
        "unrest", "clash", "melee", "act").
    unrest : bool, keyword-only
        The event is told amid a demonstration that happened (the caller's
        :meth:`AcledTyper._unrest`: in its paragraph, or in a document that
        ties gangs to its demonstrations, and not stated at another town or
        on another day): gangs and criminals who attack or destroy there are
        its rioters (:func:`rioters`).
    grievance : tuple of (int, int), keyword-only
        Original-text spans of what the sentence's protests are about
        (:func:`dotterel.events.acled_scene.grievance_spans`: "to protest the
        arrest of a colleague"): an event there is no intervention in them.

    Returns
    -------
    sub_event_type : str | None
        One of ACLED's 25 sub-event types, or None when the rules do not
        settle one.
    why : str
        The rule that decided, or why none did.
    """
    w: AcledWords = lang.derived("events.acled", AcledWords.build)
    base = ontology.acled_for(event.event_type, event.mode)
    a_words = _span_text(event.actor) or actor_words
    t_words = _span_text(event.recipient) or recipient_words
    sc = _Scene(event=event, others=[s for s in siblings if s is not event],
                text=clause if clause is not None else event.sentence.text, sentence=event.sentence.text,
                actor_words=a_words, target_words=t_words,
                actor_side=_side_of(event.actor, ontology, w, actor_words),
                target_side=_side_of(event.recipient, ontology, w, recipient_words, victim=True),
                base_sub=base[1] if base else None, took_place=took_place, demonstration=demonstration,
                aim_words=aim_words, cause=cause, unrest=unrest, grievance=grievance)
    rules = {"PROTEST": _protest, "COERCE": _coerce, "ASSAULT": _assault, "RETREAT": _retreat,
             "MOBILIZE": _group_change, "COOPERATE": _group_change, "SANCTION": _group_change,
             "CONCEDE": _group_change, "AGREE": _agree}
    rule = rules.get(event.event_type)
    if rule is None:
        return sc.base_sub, "crosswalk of the type and mode" if sc.base_sub else "no ACLED sub-event for this type"
    return rule(sc, w)


def rioters(sc: _Scene, w: AcledWords) -> bool:
    """Whether the doer of an attack, destruction or storming is rioters by its words (ACLED Inter Code 5).

    "Thugs", "hooligans" (profile ``acled_rioter_phrases``, plural: one thug is no mob) anywhere; "gangs",
    "bandits", "criminals" (``acled_unrest_gang_phrases``) only amid a demonstration (``sc.unrest``, see
    :meth:`AcledTyper._unrest`) and when they destroy property or attack no civilians: "the gangs which
    attacked police forces, set buildings on fire" amid a protest wave are its rioters; "bandits attacked a
    village", or gangs on another day than the protest, stay an armed group's attack, and looting outside
    rioting stays Looting/property destruction.
    Never an armed side: an armed modifier ("armed thugs"), a firearm mode, or a state, rebel or external
    actor (ACLED Codebook 2023: Rioters are individuals in violent demonstrations or spontaneous disorder,
    not armed, organised groups); nor a sponsored one (profile ``acled_sponsored_phrases``: "thugs hired by
    the ruling party", "pro-government thugs": a political militia's, Inter Code 3).
    """
    words = sc.actor_words
    if not words or w.armed.search(words) or w.sponsored.search(words) or sc.event.mode == "firearms" \
            or sc.actor_side in (1, 2, 4, 8):
        return False
    if w.rioters.search(words):
        return True
    return sc.unrest and (sc.event.mode == "destroy" or sc.target_side != 7) and bool(w.unrest_gangs.search(words))


_NOT_HAPPENED = ("negated", "denied", "hypothetical", "future")


def _cause_and_reaction(sc: _Scene, other: Event, w: AcledWords) -> bool:
    """Whether a verb of causing stands between the scene's event and ``other``: one is the other's reaction.

    "The killing of a student sparked protests": the killing is no force used on that protest (profile
    ``acled_cause_phrases``; ACLED codebook 2023).
    """
    ev = sc.event
    if other.sentence.start != ev.sentence.start:
        return False
    lo, hi = sorted((ev.trigger, other.trigger), key=lambda t: t.start)
    base = ev.sentence.start
    return bool(w.cause.search(ev.sentence.text[lo.end - base:hi.start - base]))


def _protest_here(sc: _Scene, w: AcledWords) -> bool:
    """A protest is going on: a protest event in the sentence, protesters as the target, or people protesting."""
    if sc.grieved(sc.event):
        return False  # "lawyers rallied against the arrest of a colleague": the arrest is no act at that protest
    others = [s for s in sc.others if s.event_type == "PROTEST" and s.mode not in ("riot",)]
    if others and all(_cause_and_reaction(sc, s, w) for s in others):
        return False  # "the killing of a student sparked protests": the protest answers the killing
    return bool(others) or bool(
        w.protesters.search(sc.target_words)) or bool(w.protesting.search(sc.sentence))


def _protesters_by_reference(actor, w: AcledWords) -> bool:
    """Whether an actor found by reference ("these thuggish elements") is the protesters it refers back to."""
    return actor is not None and actor.antecedent is not None and bool(w.protesters.search(actor.antecedent.text))


def _of_demonstration(event: Event, w: AcledWords) -> bool:
    """Whether an event tells of a demonstration: a protest, or an act of protesters (named so or by reference)."""
    a = event.actor
    return event.event_type == "PROTEST" or _protesters_by_reference(a, w) \
        or (a is not None and a.span is not None and bool(w.protesters.search(a.span.text)))


def _gangs_in_protests(sent, w: AcledWords) -> bool:
    """Whether a sentence has gangs or rioters act on demonstrations: "criminal gangs infiltrated the protests".

    The doer (subject, or passive "by" agent) of a verb names gangs or rioters (profile
    ``acled_unrest_gang_phrases``, ``acled_rioter_phrases``) and its object (or passive subject) demonstrations
    ("the protests were taken over by criminal elements, bandits and hooligans"); "residents protested against
    criminal gangs", "protesters blamed gangs" tie none: the gangs are what the protest is about.
    """
    for tok in sent:
        doers = [c for c in tok.children if c.dep_ == "nsubj"] + [
            p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        texts = [" ".join(t.text for t in d.subtree) for d in doers]
        if any(w.unrest_gangs.search(t) or w.rioters.search(t) for t in texts) and any(
                c.dep_ in ("dobj", "nsubjpass") and w.protesters.search(" ".join(t.text for t in c.subtree))
                for c in tok.children):
            return True
    return False


def _crowd_there(sc: _Scene, w: AcledWords) -> bool:
    """Whether crowd control has a crowd to act on: a demonstration, or people gathered, named for it.

    ACLED Codebook 2023, Protest with intervention: force used by the
    authorities against demonstrators. The PLOVER mode ``crowd-control``
    names the means (tear gas, water cannon, batons), which are turned on
    ships and buildings too; only a crowd makes them a protest's
    intervention. The paragraph's demonstration up to the event
    (``sc.demonstration``) is one. Otherwise what the force was aimed at,
    when named, decides ("fired tear gas at the crowd"; "fired water cannon
    at a supply vessel, injuring two people" is no crowd); with no aim
    named, the recipient's side (rioters, protesters, civilians) or crowd
    words in its phrase, the event's clause or the sentence ("dispersed
    hundreds of residents", "fired tear gas and tried to disperse the
    crowd").
    """
    if sc.demonstration:
        return True
    if sc.aim_words:
        return bool(w.crowd.search(sc.aim_words))
    return sc.target_side in (5, 6, 7) or any(w.crowd.search(t) for t in (sc.target_words, sc.text, sc.sentence))


def _apart(one: Event, other: Event) -> bool:
    """Whether two events are stated at different towns or on different days.

    Both places named (capitalised in the text: "the metro stations" read as
    a town is no evidence) and resolved to towns with different GeoNames ids, or
    both dates stated in the text to the day and different. ACLED Codebook 2023: an
    event is one place on one day, so property destroyed at another town or
    on another day is not the demonstration's.
    """
    towns = [p for p in (one.location, other.location) if p is not None and p.geonameid is not None
             and p.geo_precision in ("point", "city") and p.span is not None and p.span.text[:1].isupper()]
    if len(towns) == 2 and towns[0].geonameid != towns[1].geonameid:
        return True
    d, e = one.date, other.date
    return d is not None and e is not None and d.time_precision == "day" and e.time_precision == "day" \
        and d.source == "text" and e.source == "text" and d.value is not None and e.value is not None \
        and d.value != e.value


# ACLED Codebook 2023, Protest with intervention: a physical attempt to disperse or suppress a protest. Blocking
# information (PLOVER COERCE censor: "an Internet blackout was imposed as protests grew") touches no protester.
_NO_FORCE = frozenset({("COERCE", "censor")})


def _protest(sc: _Scene, w: AcledWords) -> tuple[str | None, str]:
    event, text = sc.event, sc.text
    if event.mode == "riot":
        return ("Mob violence", "riot by a mob") if w.mob.search(text) else ("Violent demonstration", "riot")
    if event.mode not in (None, "demo", "obstruct", "strike", "general", "hunger"):
        return sc.base_sub, "crosswalk of the mode"
    # what the police did, as far as it happened: a denied "live ammunition had been used" is no force used
    state_force = [s for s in sc.others if s.event_type in ("ASSAULT", "COERCE") and (s.event_type, s.mode) not in _NO_FORCE
                   and s.attribution.certainty not in _NOT_HAPPENED and not w.protesters.search(_span_text(s.actor))
                   and not _cause_and_reaction(sc, s, w) and not sc.grieved(s)]
    lethal = any(s.event_type == "ASSAULT" and any(c.kind == "killed" for c in s.counts) for s in state_force) \
        or (bool(state_force) and bool(w.lethal.search(sc.sentence) or w.serious.search(sc.sentence)))
    if w.riot.search(text) and not lethal:
        # the demonstrators' own violence makes it a riot, police intervention or not (ACLED)
        return "Violent demonstration", "protesters' own violence named in the clause"
    if lethal:
        return "Excessive force against protesters", "lethal force against the protest in the sentence"
    if state_force or w.intervention.search(text):
        return "Protest with intervention", "the protest was dispersed, arrested or tear-gassed"
    return "Peaceful protest", "a protest with no intervention reported"


def _coerce(sc: _Scene, w: AcledWords) -> tuple[str | None, str]:
    event, text, who = sc.event, sc.text, sc.actor_side
    if event.mode == "arrest":
        if _protest_here(sc, w):
            return "Protest with intervention", "arrests at a protest are part of it (ACLED)"
        if who in (2, 3, 4):
            # "Hezbollah captured three soldiers": a non-state armed group detaining people abducts them
            return "Abduction/forced disappearance", "people taken by a non-state armed group (ACLED)"
        if who is None and w.taking.fullmatch(event.trigger.text):
            # "an aid worker was captured": by police (Arrests) or by a group (Abduction); the text does not say
            return None, "taken by an unnamed side: arrest and abduction cannot be told apart"
        return "Arrests", "arrest outside a protest"
    if event.mode != "seize":
        return sc.base_sub, "crosswalk of the mode"
    if w.coup.search(sc.sentence):
        return "Other", "a seizure of power without a battle (ACLED: Other)"
    if who not in (1, 8) and (w.protesting.search(sc.sentence) or w.protesters.search(sc.actor_words)):
        return "Violent demonstration", "demonstrators stormed or seized a building"
    if who not in (1, 8) and (_protesters_by_reference(event.actor, w) or (sc.unrest and rioters(sc, w))):
        # "these thuggish elements seized the international airport" amid a protest wave: rioters, who are no
        # armed group to overtake territory (ACLED Codebook 2023: Rioters act in Riots events)
        return "Violent demonstration", "rioters stormed or seized a place amid the demonstrations"
    if who not in (1, 8) and w.theft.fullmatch(event.trigger.text):
        # "gunmen stole rifles from an army depot": goods taken by no state force (ACLED codebook 2023, Looting)
        return "Looting/property destruction", "property or weapons stolen"
    if who in (1, 8, None) and w.foiled.fullmatch(event.trigger.text):
        # "security services foiled an attack on a police station": no place was taken (ACLED codebook)
        return "Disrupted weapons use", "an attack foiled or intercepted"
    weapons, place = w.weapons_seized.search(text), w.territory.search(text)
    if who in (1, 8, None) and weapons and (place is None or (event.cameo != "192" and weapons.start() < place.start())):
        # "shot down four drones launched towards the city": the weapons are what was taken, the city is not
        # (state or unidentified forces; armed groups raiding an arms depot are not disrupting weapons use)
        return "Disrupted weapons use", "weapons seized, defused or intercepted"
    if event.cameo == "192" or w.territory.search(text):
        if w.nonviolent.search(sc.sentence):
            return "Non-violent transfer of territory", "the place changed hands without a fight"
        if w.withdrawal.search(sc.sentence) and not w.clash.search(sc.sentence):
            return "Non-violent transfer of territory", "taken after its holders left, no fighting reported"
        return territory_taker(sc, w)  # storming, the taker's side and country (events.territory)
    if event.cameo == "1711" and who in (2, 3, 4) and not weapons \
            and not any(s.event_type == "ASSAULT" for s in sc.others):
        # "rebels seized a fuel tanker": ACLED codebook 2023, Looting/property destruction: an armed group seizing
        # goods or property outside the context of other violence (a battle or an attack in the sentence)
        return "Looting/property destruction", "goods or property seized by a non-state armed group"
    return sc.base_sub, "crosswalk of the mode"


def _retreat(sc: _Scene, w: AcledWords) -> tuple[str | None, str]:
    event, text = sc.event, sc.text
    if event.mode == "withdraw":
        taken = any(s.event_type == "COERCE" and s.mode == "seize" for s in sc.others)
        if taken or w.nonviolent.search(sc.sentence) or w.ceded.search(text):
            return "Non-violent transfer of territory", "a place handed over or left to another side"
        if sc.actor_side in _ARMED:
            # peacekeepers leaving a base, forces leaving a country: nobody takes a place over (ACLED)
            return "Change to group/activity", "armed forces withdrew, no place changed hands"
        return None, "a withdrawal with no place and no armed side"
    if event.mode == "ceasefire" and w.change.search(text):
        return "Change to group/activity", "a unilateral suspension of operations"
    if event.mode == "disarm" and w.group.search(text):
        return "Change to group/activity", "fighters defected, disarmed or the group disbanded"
    return _agree(sc, w)


def _agree(sc: _Scene, w: AcledWords) -> tuple[str | None, str]:
    if sc.event.mode in (None, "ceasefire", "release") and w.agreement.search(sc.text):
        return "Agreement", "an agreement to end or pause fighting between the parties"
    return sc.base_sub, "crosswalk of the type and mode" if sc.base_sub else "no ACLED sub-event for this type"


def _group_change(sc: _Scene, w: AcledWords) -> tuple[str | None, str]:
    """MOBILIZE, COOPERATE, SANCTION, CONCEDE: a base established, or a change to an armed group."""
    event, text = sc.event, sc.text
    # the base rules of the lexicon (set up, establish, build ... a base) are CAMEO 150 with no mode; a patrol
    # near a base (150, troops) or preparing an offensive on a stronghold (152) sets none up
    if event.event_type == "MOBILIZE" and event.cameo == "150" and event.mode is None and w.base.search(text) \
            and not w.civil_camp.search(text) and sc.actor_side not in (5, 6, 7):
        return "Headquarters or base established", "an armed group set up a base, camp or headquarters"
    if w.change.search(text) and w.group.search(text):
        return "Change to group/activity", "an armed group formed, merged, split, moved or changed its leader"
    return sc.base_sub, "crosswalk of the type and mode" if sc.base_sub else "no ACLED sub-event for this type"


def _assault(sc: _Scene, w: AcledWords) -> tuple[str | None, str]:
    event, text = sc.event, sc.text
    if event.mode == "sexual":
        return "Sexual violence", "mode sexual"
    if event.mode == "abduct":
        return "Abduction/forced disappearance", "mode abduct"
    if event.mode == "execute":
        # a judicial execution: ACLED has no sub-event for it (data/plover.json, ASSAULT execute, acled_note)
        return None, "mode execute: ACLED codes no judicial execution"
    actor_side, target_side = sc.actor_side, sc.target_side
    actor_words = sc.actor_words
    target_protesters = bool(w.protesters.search(sc.target_words)) or _protest_here(sc, w)
    weapon = _weapon(event, sc.sentence, w)  # "threw a grenade ..., killing two": the weapon is the sentence's
    remote = weapon is not None and weapon != "Grenade"
    protesters_act = bool(w.protesters.search(actor_words)) or actor_side in (5, 6) or (
        bool(w.protesting.search(actor_words))) or _protesters_by_reference(event.actor, w)
    if not remote and not protesters_act and event.mode == "crowd-control" and not target_protesters \
            and not _crowd_there(sc, w):
        # "coast guard ships fired water cannon at a supply vessel": the mode's crosswalk is force against a
        # demonstration, and no crowd is named for it to act on
        return None, "crowd-control with no crowd or demonstration named"
    if not remote and not protesters_act and (event.mode == "crowd-control"
                                              or (target_protesters and (actor_side in _ARMED or actor_side is None))):
        if any(s.event_type == "PROTEST" and s.mode == "riot" and s.attribution.certainty not in _NOT_HAPPENED
               for s in sc.others):
            # "clashed with stone-throwing protesters": force against a riot is part of the riot (ACLED codebook)
            return "Violent demonstration", "state force against rioting demonstrators"
        lethal = any(c.kind == "killed" for c in event.counts) or bool(w.serious.search(sc.sentence)) or (
            event.mode != "crowd-control" and bool(w.lethal.search(sc.sentence)))
        if lethal:
            return "Excessive force against protesters", "state force against protesters, lethal"
        return "Protest with intervention", "state force against protesters, not lethal"
    if weapon is not None:
        return weapon, "the weapon or method decides first"
    if event.actor is None and sc.cause == "riot" and actor_words and not protesters_act and actor_side not in _ARMED:
        # "communal riots between Hindus and Muslims killed five": rioters against rioters (ACLED Codebook 2023)
        return "Mob violence", "a toll of a riot between sides that are no demonstrators"
    if event.actor is None and sc.cause == "riot":
        # "the riots in Dhaka killed three people": a riot's deaths are the riot event's (ACLED Codebook 2023, Riots)
        return "Violent demonstration", "a toll of rioting that names no other doer"
    if event.actor is None and sc.cause in ("protest", "unrest"):
        # "protests in Lagos left three dead", "the unrest has killed 12": who killed them is not said
        return None, f"a toll of {sc.cause} that names no doer"
    if event.actor is None and sc.cause == "melee" and not actor_words:
        # "violent clashes claimed the lives of 225 people": clashes of no named side and no armed word may be a
        # battle of armed groups or a riot's fight with police (ACLED Codebook 2023: Armed clash needs armed,
        # organised actors on both sides), so the toll settles no sub-event type
        return None, "a toll of clashes that names neither side nor arms: a battle or a riot"
    if event.actor is None and sc.cause in ("clash", "melee") and not w.protesters.search(sc.sentence) \
            and not w.mob.search(sc.sentence) and not w.crowd.search(actor_words) and actor_side != 7:
        # "fighting in Khartoum killed 12 civilians": civilians caught in a battle are its fatalities, not the
        # targets of an attack (ACLED Codebook 2023, Battles and Violence against civilians)
        return "Armed clash", "a toll of fighting that names no doer"
    crowd = (bool(w.crowd.search(actor_words)) or actor_side == 7) and not w.unidentified.search(actor_words)
    if not protesters_act and rioters(sc, w):
        # "the gangs which attacked police forces, set buildings on fire" amid a protest wave, "hooligans smashed
        # shop windows": rioters, whose violence is a Riots event (ACLED Codebook 2023: Violent demonstration in
        # a demonstration's context, Mob violence outside it; Looting/property destruction only outside rioting)
        if sc.unrest or sc.demonstration:
            return "Violent demonstration", "rioters attacked or destroyed amid the demonstrations"
        return "Mob violence", "rioters attacked or destroyed outside a demonstration"
    if event.mode == "destroy":
        if (target_protesters or protesters_act) and actor_side != 1:
            return "Violent demonstration", "demonstrators destroying property"
        if sc.demonstration and (event.actor is None or (crowd and actor_side not in _ARMED)):
            # "these thuggish elements [the protesters] sacked public buildings. As public buildings were torched,
            # ...", "the protests began ... a group of people began vandalizing": a destruction with no doer, or by
            # a crowd, amid the paragraph's demonstration is the riot's, not looting nor a mob's
            return "Violent demonstration", "property destroyed amid the paragraph's demonstration"
        if crowd and actor_side not in _ARMED:
            return "Mob violence", "a crowd destroyed property"
        return "Looting/property destruction", "mode destroy"
    if w.mob.search(actor_words) or (actor_side is None and w.mob.search(text)):
        return "Mob violence", "a mob attacked"
    if protesters_act:
        return "Violent demonstration", "demonstrators turned violent"
    if actor_side == 7 and (target_side == 7 or (target_side is None and event.mode in ("beat", "primitive", "torture"))):
        # villagers, residents or a crowd attacking people: ACLED counts them as rioters in mob violence
        return "Mob violence", "civilians attacked people"
    if event.mode == "massacre" and target_side not in _ARMED:
        # "a massacre took place in a hamlet", "gunmen massacred worshippers": a mass killing of unarmed people
        # (PLOVER manual 2021, ASSAULT massacre; crosswalk in data/plover.json: Violence against civilians /
        # Attack), whoever did it; a "massacre" of soldiers or police is a battle's toll, left to the sides
        return "Attack", "mode massacre: a mass killing of unarmed people"
    if sc.took_place:
        if actor_side == 1:
            return state_taking(event, sc.actor_words, target_side, w)  # a foreign state, a capital (territory)
        if actor_side in (2, 3, 4):
            return "Non-state actor overtakes territory", "a battle in which a non-state armed group took a place"
        return None, "a place was taken in a battle, by whom is not known"
    if actor_side in _ARMED and target_side in _ARMED:
        return "Armed clash", "two armed, organised sides"
    riot = _crowd_clash(sc, w) or _party_clash(sc, w)
    if riot is not None:
        return riot
    clash_text = text if event.actor is not None else sc.sentence  # "killed in a firefight with ..."
    if w.clash.search(clash_text) and (actor_side in _ARMED or target_side in _ARMED):
        return "Armed clash", "the sentence says the sides clashed or fought"
    if w.clash.search(text) and w.riot_weapons.search(sc.sentence) and crowd:
        return "Mob violence", "crowds fought each other with sticks and stones"
    if w.clash.search(text) and crowd and actor_side not in _ARMED and target_side not in _ARMED \
            and any(c.kind in ("killed", "injured") for c in event.counts):
        return "Mob violence", "crowds fought each other, with casualties"  # "fighting between rival fans left two dead"
    if crowd and actor_side not in _ARMED and (target_side in (7, None)) and w.riot_weapons.search(sc.sentence):
        return "Mob violence", "a crowd attacked people"
    target_civilian = target_side == 7
    if target_civilian and crowd and actor_side not in _ARMED:
        return "Mob violence", "a crowd attacked a person"
    if target_civilian and actor_side is None and (_protest_here(sc, w) or w.protesters.search(sc.sentence)):
        # "at least thirteen people were killed because of the protests": deaths of a protest wave with no doer
        # named are no attack by an armed group on civilians (ACLED codebook 2023, Attack)
        return None, "a toll of protests that names no doer"
    if target_civilian and (actor_side in _ARMED or actor_side is None):
        return "Attack", "an armed group, or unidentified assailants, against civilians"
    if target_side is None and actor_side in _ARMED and any(c.kind == "killed" for c in event.counts) \
            and w.civilians.search(text):
        return "Attack", "armed actor, civilian victims named in the sentence"
    return None, "the sides do not settle an ACLED sub-event type"


def _crowd_clash(sc: _Scene, w: AcledWords) -> tuple[str | None, str] | None:
    """Unarmed people who fought state forces: a riot, never an armed clash; None when the rule does not apply.

    ACLED Codebook 2023: Armed clash is between organised armed groups; Violent demonstration includes
    physical clashes of demonstrators with state forces; Mob violence is rioters' violence outside a
    demonstration (rioters interacting with armed actors too). One side is state forces (inter 1), the other
    names no arms (no armed modifier, no firearm mode, no armed side) and is a party's followers (profile
    ``party_follower_nouns``: "Congress workers", "supporters of the former prime minister"), a party,
    protesters, a crowd (``acled_crowd_phrases``: youths, fans), or a group the side reads as civilians
    (inter 7: "farmers", "lawyers"; not a named person, who may lead armed men); the clause says they fought
    in a crowd's words (``acled_crowd_clash_phrases``: clashed, scuffled) and the sentence tells of no firefight
    (``acled_firefight_phrases``: "exchanged gunfire", "a gun battle" tell of arms). A member noun that also
    names an armed movement's members (``acled_armed_member_nouns``: "Maoist cadres", "TMC cadres") makes
    no follower unless the side resolved to a party: with no party known, which they are is not said, and
    the rule abstains (no sub-event type) rather than guess riot or battle. Followers,
    protesters, or any crowd amid a protest are a demonstration turned violent; another crowd is a mob.
    """
    if sc.event.mode == "firearms" or w.firefight.search(sc.sentence) or not w.crowd_clash.search(sc.text):
        return None  # "fought a gun battle with police", "clashed with police and exchanged gunfire": armed
    for own, words, other, actor in ((sc.actor_side, sc.actor_words, sc.target_side, sc.event.actor),
                                     (sc.target_side, sc.target_words, sc.actor_side, sc.event.recipient)):
        if other != 1 or own in _ARMED or not words or w.armed.search(words) or w.unidentified.search(words):
            continue
        political = bool(w.followers.search(words) or w.protesters.search(words) or w.protesting.search(words)) \
            or (actor is not None and actor.org_type == "party")  # "police clashed with Congress workers"
        if not political and w.armed_members.search(words):
            return None, "members of a party or of an armed movement ('cadres'): which is not said"
        if political or sc.unrest or _protest_here(sc, w):
            return "Violent demonstration", "followers, protesters or a crowd at a protest fought state forces"
        civilians = own == 7 and (actor is None or actor.kind != "person")  # "farmers", not "warlord X"
        if w.crowd.search(words) or w.rioters.search(words) or civilians:
            return "Mob violence", "a crowd or civilians fought state forces outside a demonstration"
    return None


def _party_clash(sc: _Scene, w: AcledWords) -> tuple[str, str] | None:
    """Followers of two parties who fought each other unarmed: a riot; None when the rule does not apply.

    ACLED Codebook 2023, Riots: violent clashes between supporters of political parties are Mob violence,
    or a Violent demonstration amid a demonstration ("Congress workers clashed with BJP workers", once the
    actors resolve to the parties rather than to a labour group; "Members of the ruling party clashed with
    opposition supporters"; "TMC and BJP supporters clashed", both sides in the subject). Both sides are a
    party (or the party sector, PTY) or its followers (profile ``party_follower_nouns``, read in a resolved
    side's own words too), neither names arms, the clause says they fought in a crowd's words
    (``acled_crowd_clash_phrases``) and the sentence tells of no firefight (``acled_firefight_phrases``).
    """
    if sc.event.mode == "firearms" or w.firefight.search(sc.sentence) or not w.crowd_clash.search(sc.text) or any(
            o.mode == "firearms" for o in sc.others):  # "clashed ..., firing shots": armed, not a crowd's fight
        return None
    both = sc.event.recipient is None and sc.actor_words and sc.actor_words in sc.target_words
    # "Shiv Sena and NCP supporters clashed": both sides in the subject (acled_scene.side_words), one resolved
    sides = ((sc.actor_side, sc.target_words if both else sc.actor_words, sc.event.actor),
             (sc.target_side, sc.target_words, sc.event.recipient))
    for own, words, actor in sides:
        words = words or _span_text(actor)  # "opposition supporters", resolved to a role: its own words
        if own in _ARMED or not words or w.armed.search(words) or not (
                w.followers.search(words) or (actor is not None and actor.org_type == "party")
                or (actor is not None and actor.sector == "PTY")):
            return None
    if sc.unrest or _protest_here(sc, w):
        return "Violent demonstration", "followers of two parties fought amid a demonstration"
    return "Mob violence", "followers of two parties fought each other"


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
        self.lexicon = resources.lexicon

    def __call__(self, ctx) -> None:
        """Set the ACLED sub-event type of every event of ``ctx.events`` (rules in the module docstring).

        Also the ``inter`` code of its actor and recipient (:func:`actor_inter`), and a protest's grievance
        its own date and figures (:mod:`dotterel.events.grievances`).
        """
        by_sentence: dict[int, list[Event]] = {}
        for e in ctx.events:
            by_sentence.setdefault(e.sentence.start, []).append(e)
        out = []
        words: AcledWords = ctx.lang.derived("events.acled", AcledWords.build)
        pairs = {start: [(e, g) for e in evs for g in grievance_spans(ctx, e)] for start, evs in by_sentence.items()}
        grievances = {start: tuple(g for _e, g in ps) for start, ps in pairs.items()}
        for e in date_grievances(grievance_tolls(ctx.events, pairs), pairs):
            actor_words, recipient_words = self._side_words(ctx, e)
            sub, _why = acled_sub_event(e, by_sentence[e.sentence.start], self.ontology, lang=ctx.lang,
                                        clause=self._clause(ctx, e), actor_words=actor_words, cause=self._cause(ctx, e),
                                        recipient_words=recipient_words, took_place=self._took_place(ctx, e),
                                        demonstration=self._demonstration(ctx, e), aim_words=self._aim_words(ctx, e),
                                        unrest=self._unrest(ctx, e), grievance=grievances[e.sentence.start])
            e = e if sub == e.sub_event_type else e.model_copy(update={"sub_event_type": sub})
            update = {}
            for field, doer in (("actor", True), ("recipient", False)):
                a = getattr(e, field)
                inter = actor_inter(a, e, self.ontology, doer=doer, one=doer and one_person(ctx, a), words=words)
                if a is not None and a.inter != inter:
                    update[field] = a.model_copy(update={"inter": inter})
            out.append(e.model_copy(update=update) if update else e)
        ctx.events = out

    @staticmethod
    def _demonstration(ctx, event: Event) -> bool:
        """Whether the paragraph, up to ``event``'s sentence, tells of a demonstration.

        A protest event that happened, or an event whose doer is protesters
        (ACLED actor type 5 or 6 of a protest's doer, or an actor found by
        reference to protesters), in the same paragraph at or before the
        event's sentence, and not placed elsewhere (:func:`_apart`):
        "Protesters marched in Beirut. Later, a supermarket was looted in
        Tripoli" is looting outside the demonstration. Read for property
        destroyed and for crowd control (ASSAULT modes ``destroy`` and
        ``crowd-control``) only.
        """
        if event.event_type != "ASSAULT" or event.mode not in ("destroy", "crowd-control"):
            return False
        w: AcledWords = ctx.lang.derived("events.acled", AcledWords.build)
        para = ctx.paragraph_of_original(event.sentence.start)
        return any(
            other is not event and other.sentence.start <= event.sentence.start
            and ctx.paragraph_of_original(other.sentence.start) == para
            and other.attribution.certainty not in _NOT_HAPPENED and not _apart(other, event)
            and _of_demonstration(other, w) for other in ctx.events)

    @staticmethod
    def _unrest(ctx, event: Event) -> bool:
        """Whether ``event`` is told amid a demonstration that happened, whose rioters may be its doers.

        A PROTEST event, or an event whose doer is found by reference to
        protesters, at or before the event's sentence, not placed elsewhere
        (:func:`_apart`: stated at another town or on another day), and
        either in the event's paragraph or in a document that ties gangs or
        rioters to its demonstrations: a sentence up to the event's that
        has gangs act on them (:func:`_gangs_in_protests`: "the protests
        were taken over by criminal elements, bandits and hooligans"), or
        its protesters called so by reference ("these thuggish elements
        seized the airport"); protests against gangs tie none. "Protesters rallied on Monday. On Tuesday,
        gangs attacked a police station" tells of no rioters (ACLED Codebook
        2023: Rioters act in a demonstration or spontaneous disorder; an event
        is one place on one day). Read for attacks, destruction and storming
        (ASSAULT, COERCE ``seize``) only (:func:`rioters`).
        """
        if event.event_type != "ASSAULT" and (event.event_type, event.mode) != ("COERCE", "seize"):
            return False
        w: AcledWords = ctx.lang.derived("events.acled", AcledWords.build)
        demos = [other for other in ctx.events if other is not event and other.sentence.start <= event.sentence.start
                 and other.attribution.certainty not in _NOT_HAPPENED and not _apart(other, event)
                 and _of_demonstration(other, w)]
        para = ctx.paragraph_of_original(event.sentence.start)
        if any(ctx.paragraph_of_original(other.sentence.start) == para for other in demos):
            return True
        return bool(demos) and (any(w.unrest_gangs.search(_span_text(o.actor)) or w.rioters.search(_span_text(o.actor))
                                    for o in demos)  # its protesters called gangs: "these thuggish elements"
                                or any(_gangs_in_protests(s.span, w) for s in ctx.sentences
                                       if ctx.offsets.to_original(s.span.start_char) <= event.sentence.start))

    _aim_words = staticmethod(aim_words)

    def _took_place(self, ctx, event: Event) -> bool:
        """Whether an ASSAULT is a battle that took a place: the assembly's fold of a fight into a taking.

        Its trigger is a verb the lexicon codes as occupying territory (COERCE seize, CAMEO 192) and a
        restatement is a fight noun (profile ``clash_nouns``): "recaptured the hamlet after heavy fighting
        with IS militants" (:meth:`dotterel.events.assemble.Assembler._result_of`; a taking of weapons or
        people is folded into no fight).
        """
        if event.event_type != "ASSAULT" or not event.restatements:
            return False
        i = ctx.token_by_original_start.get(event.trigger.start)
        if i is None or not any(r.event_type == "COERCE" and r.mode == "seize" and r.cameo == "192"
                                for r in self.lexicon.rules_for(ctx.doc[i].lemma_.lower())):
            return False
        return any(span.text.lower() in ctx.lang.clash_nouns for span in event.restatements)

    @staticmethod
    def _cause(ctx, event: Event) -> str | None:
        """For an ASSAULT with no doer, the kind of event its trigger names as cause (:func:`toll_cause`)."""
        i = ctx.token_by_original_start.get(event.trigger.start)
        if event.event_type != "ASSAULT" or event.actor is not None or i is None:
            return None
        return toll_cause(ctx.doc[i], lang=ctx.lang)[0]

    _clause = staticmethod(clause_words)
    _side_words = staticmethod(side_words)
