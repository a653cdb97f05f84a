"""The police of the scene as the agent of an agentless case registered after them.

A police report in Indian English tells the police acting and then, in the
next sentences, what followed with no agent: "Police opened fire to disperse
the mob. A case has been registered against 60 people." To register a case
is to record the first information report, which the officer in charge of a
police station does (Code of Criminal Procedure 1973, section 154; PLOVER
manual 0.8, ACCUSE "allege"/"investigate", CAMEO 112/092), so the doer of the
agentless registration is the police the scene names.

Unlike an FIR (``police_registered_nouns``), a bare "case" is also a court's
or a commission's word, so this reading never gives a default police force:
it takes only the police the text itself names acting (a clause subject,
passive agent or attributed source:
:func:`dotterel.actors.implied_agent.police_mentions`) in the scene of the
act, that is before the trigger and in its paragraph or in the sentence just
before it; and only if no other side acts between that mention and the act
("Police arrested four men. The court remanded them ... A case was
registered": the court's act leaves who registered it open). A text that
names no police acting in the scene leaves the event without an actor, as
before. Nor does a case registered against the police themselves ("a case
was registered against three constables": the doer may be a magistrate's
order or another agency), or with a body the sentence names ("registered at
the magistrate court", "with the human rights commission": that body keeps
it). The profile's ``police_case_nouns`` hold the words, with the
registering verbs of ``police_registering_lemmas``.

A police force named before an agentless police act is also no antecedent
when another armed force is named acting after it and before the act
("Police sealed the area. Soldiers raided the house. Three men were
detained": the soldiers may have made the arrest; PLOVER manual 0.8, COERCE
"arrest", whose source is the side that detains): :func:`other_force_between`.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..records import Actor, Event

if TYPE_CHECKING:
    from ..pipeline.context import DocContext

__all__ = ["other_force_between", "registered_case", "scene_mentions"]

_POLICE_SECTOR = "COP"


def registered_case(event: Event, tok, lang) -> bool:
    """Whether ``event`` (trigger ``tok``) is a case registered with no agent: "a case has been registered".

    An ACCUSE event whose trigger is a passive registering verb
    (``police_registering_lemmas``) with a case noun (``police_case_nouns``)
    as its subject; an active verb has a doer of its own, and a "by" phrase
    names it ("registered by the CBI").
    """
    if event.event_type != "ACCUSE" or tok.pos_ != "VERB" or tok.lemma_.lower() not in lang.police_registering_lemmas:
        return False
    if any(c.dep_ in ("nsubj", "agent") for c in tok.children):
        return False
    return any(c.dep_ == "nsubjpass" and c.lower_ in lang.police_case_nouns for c in tok.children)


def scene_mentions(ctx: DocContext, event: Event, tok, mentions: list[tuple[int, Actor]],
                   resolve) -> list[tuple[int, Actor]]:
    """The police ``mentions`` (offset, actor) that name the police acting in the scene of ``tok`` (module docstring).

    A mention before the trigger, in its paragraph, in the sentence just
    before the trigger's, or further back when every sentence in between
    tells a police act ("Police raided a godown. Two men were taken into
    custody. A case was registered": the scene goes on); and no act of
    another side (an actor of a sector other than the police) told after the
    mention's sentence and before the trigger. None when the case is
    registered against the police ("against three constables") or with a
    body the trigger's own phrase names (profile ``case_register_prepositions``:
    "at the magistrate court", which ``resolve`` reads as an actor of another
    sector).
    """
    if event.recipient is not None and event.recipient.sector == _POLICE_SECTOR:
        return []
    keepers = ctx.lang.case_register_prepositions
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in keepers:
            continue
        if any(o.dep_ == "pobj" and (a := resolve(o)) is not None and a.sector != _POLICE_SECTOR for o in prep.children):
            return []  # "registered at the magistrate court": the court's register, not the police's
    sents = list(ctx.doc.sents)
    starts = [s.start_char for s in sents]
    here = bisect.bisect_right(starts, tok.idx) - 1
    para = ctx.paragraph_of_original(ctx.offsets.to_original(tok.idx))
    act_at = ctx.offsets.to_original(tok.idx)
    others, police = [], set()
    for e in ctx.events:
        at = ctx.token_by_original_start.get(e.trigger.start)
        if e.actor is None or at is None:
            continue
        if e.actor.sector == _POLICE_SECTOR:
            police.add(bisect.bisect_right(starts, ctx.doc[at].idx) - 1)
        elif e.actor.span is not None:
            others.append(e.trigger.start)
    out = []
    for at, actor in mentions:
        if at >= tok.idx:
            continue  # only police named before the act set its scene
        sent = bisect.bisect_right(starts, at) - 1
        if ctx.paragraph_of_original(ctx.offsets.to_original(at)) != para \
                and not all(k in police for k in range(sent + 1, here)):
            continue  # another paragraph, and a sentence in between tells no police act
        after = ctx.offsets.to_original(sents[sent].end_char)
        if any(after <= other < act_at for other in others):
            continue  # "The court remanded them": another side acted in between
        out.append((at, actor))
    return out


def other_force_between(ctx: DocContext, event: Event, at: int, tok, resolve, sectors: frozenset[str]) -> bool:
    """Whether a force of ``sectors`` is named acting near the police mention at ``at`` and before ``tok``.

    "Police sealed the area. Soldiers raided the house. Three men were
    detained": the soldiers, named acting nearer the agentless arrest, may
    have made it, so the police are no antecedent (module docstring). The
    mentions are the heads :func:`dotterel.actors.implied_agent.police_mentions`
    lists for ``sectors`` (a clause subject, passive agent or attributed
    source), from the start of the police mention's sentence ("Rebels stormed
    the compound, police said") to the trigger; when the police mention only
    reports the act (its verb governs the trigger: "Palestinian police said
    12 men were detained"), from the sentence before it ("Israeli troops
    raided the camp."): the police are the source, not a doer named. A force
    named jointly with the police ("police and army personnel raided") is
    among the doers with them, and one of the side held ("Militants attacked
    a camp. Two militants were arrested": the event's recipient) did not
    make the arrest.
    """
    from .implied_agent import police_mentions  # the one home of "a force named acting"

    doc = ctx.doc
    head = doc[doc.char_span(at, at + 1, alignment_mode="expand").start]
    joint = {c.idx for c in head.conjuncts}
    sents = list(doc.sents)
    k = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    reports = head.dep_ == "nsubj" and head.head != tok and tok in head.head.subtree
    lo = sents[max(k - 1, 0) if reports else k].start_char
    held = event.recipient.sector if event.recipient is not None else None
    return any(lo <= other < tok.idx and other != at and other not in joint and force.sector != held
               for other, force in police_mentions(ctx, resolve, sectors=sectors))
