"""The ACLED actor type (``inter``) of an event's sides: the one home of the rule.

Split from :mod:`dotterel.events.acled` by concern: the sub-event rules stay there and read these codes.
ACLED Codebook 2023, "Actors": 1 state forces, 2 rebels, 3 political militias, 4 identity militias,
5 rioters, 6 protesters, 7 civilians, 8 external/other forces (``data/plover.json`` ``acled.inter``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor, Event

if TYPE_CHECKING:
    from .acled_words import AcledWords

__all__ = ["ARMED", "actor_inter", "armed_community", "protest_inter", "side"]

ARMED = frozenset({1, 2, 3, 4, 8})
"""The armed, organised sides: state forces, rebels, political and identity militias, external forces."""


def side(actor: Actor | None, ontology, *, victim: bool = False, words: AcledWords | None = None) -> int | None:
    """The ACLED ``inter`` code of one side, from its sector (``acled.inter_from_sector``), or None.

    ``victim``: the side acted on, for which the sectors of unarmed people (workers, teachers, clergy...) are
    civilians (``acled.victim_inter_from_sector``). ``words``: the profile's ACLED words; with them, people
    named by their community or livelihood and armed ("armed villagers", "armed herdsmen") are an identity
    militia (4), not civilians (:func:`armed_community`).
    """
    if actor is None:
        return None
    if words is not None and armed_community(_span_text(actor), words):
        return 4
    if actor.org_type == "igo":
        # an international body or its troops ("Chadian peacekeepers" of a UN mission): ACLED codebook,
        # External/Other forces (8), whose actors include UN and regional peacekeeping missions
        return ontology.acled_inter_for("IGO")
    inter = ontology.acled_inter_for(actor.sector, victim=victim)
    if inter is None and actor.kind == "country":
        return 1  # a country named as an actor is its government and forces (ACLED: state forces)
    return inter


def armed_community(text: str, w: AcledWords) -> bool:
    """Whether a side's words name armed people of a community or livelihood: an identity militia.

    ACLED Codebook 2023, Inter Code 4 Identity Militias: armed and violent groups organised around a common
    feature, including community or, in exceptional cases, livelihood; Civilians (7) are unarmed. "Armed
    villagers", "heavily armed herdsmen" (profile ``acled_armed_modifier_phrases`` before
    ``acled_identity_militia_nouns``); "villagers" alone, or "villagers armed with sticks" (a riot's weapons,
    no armed modifier), stay as they were.
    """
    armed = w.armed.search(text)
    return armed is not None and w.community.search(text, armed.end()) is not None


def protest_inter(event_type: str, sub_event_type: str | None, mode: str | None, ontology) -> int | None:
    """The ``inter`` code of the doer of a demonstration: 5 rioters, 6 protesters (ACLED codebook).

    ``None`` for any other event type. A PROTEST is a riot when its ACLED
    sub-event type is one of the Riots type's, or, with no sub-event type,
    when its PLOVER mode is ``riot``.
    """
    if event_type != "PROTEST":
        return None
    riot = ontology.acled_event_type_of(sub_event_type) == "Riots" if sub_event_type else mode == "riot"
    return 5 if riot else 6


def actor_inter(actor: Actor | None, event: Event, ontology, *, doer: bool, one: bool = False,
                words: AcledWords | None = None) -> int | None:
    """The ACLED ``inter`` code of an event's actor (``doer``) or recipient: the one home of the rule.

    The doer of a PROTEST is a rioter (5) or protester (6) whatever its sector
    (:func:`protest_inter`); the doer of another event of an ACLED Riots
    sub-event type ("a mob beat a shopkeeper": ASSAULT, Mob violence) is a
    rioter (5) unless its sector makes it an armed side or it is ``one``
    person (:func:`one_person`: "a teacher", "a woman"); otherwise the sector decides (:func:`side`, which
    reads ``words``, the profile's ACLED words, for armed villagers:
    ``acled.inter_from_sector`` in ``data/plover.json``, a country named as an
    actor 1). ``None`` when neither fixes one.
    """
    if actor is None:
        return None
    if doer:
        inter = protest_inter(event.event_type, event.sub_event_type, event.mode, ontology)
        if inter is not None:
            return inter
    own = side(actor, ontology, victim=not doer, words=words)
    if doer and not one and own not in ARMED and event.sub_event_type \
            and ontology.acled_event_type_of(event.sub_event_type) == "Riots":
        # "rioters ransacked the market", "a mob beat a shopkeeper" (ASSAULT, Mob violence): the doer of a riot
        # is a rioter (ACLED codebook, Inter Code 5: Rioters), not a civilian; an armed side keeps its own code,
        # and one person named only as a member of the public (``one``: "a woman set fire to ...") is no mob
        return 5
    return own


def _span_text(a: Actor | None) -> str:
    return a.span.text if a is not None and a.span is not None else ""
