"""What the ACLED stage reads from the parse for one event: its clause, its sides' words, its aim.

Split from :mod:`dotterel.events.acled` by concern (that module is at the size cap): the rules of the
ACLED codebook stay there; these read the spaCy parse around an event's trigger for them (ACLED Codebook
2023, "Event types and sub-event types": the sides and manner of one event).
"""

from __future__ import annotations

from ..records import Event
from .detect import is_passive, subject_of
from .syntax import prep_objects, shared_objects
from .toll_cause import cause_sides, toll_cause

__all__ = ["aim_words", "clause_words", "side_words"]

# dependents that head a clause of their own: their words are not the event's manner
_OTHER_CLAUSES = {"conj", "advcl", "relcl", "ccomp", "parataxis", "acl"}


def aim_words(ctx, event: Event) -> str:
    """For crowd control, the words of what the force was aimed at: "at", "on", "into", "against" a noun.

    A noun whose "of" phrase names its members ("a crowd of fishing
    boats", "a group of vessels") is what its members are: the members'
    words, unless they are people ("a crowd of migrants", profile
    ``person_nouns``), a crowd however the head is worded (profile
    ``member_prepositions``). ACLED
    Codebook 2023, Protest with intervention: force against
    demonstrators, who are people.
    """
    i = ctx.token_by_original_start.get(event.trigger.start)
    if event.mode != "crowd-control" or i is None:
        return ""
    tok = ctx.doc[i]
    aimed = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ctx.lang.acled_aim_prepositions
             for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]
    if not aimed:
        return ""
    members = [m for prep in ctx.lang.member_prepositions for m in prep_objects(aimed[0], prep)]
    if members and members[0].lemma_.lower() not in ctx.lang.person_nouns:
        return " ".join(t.text for t in members[0].subtree)
    return " ".join(t.text for t in aimed[0].subtree)


def clause_words(ctx, event: Event) -> str | None:
    """The words of the event's own clause: the trigger's clause head and its dependents, less other clauses."""
    i = ctx.token_by_original_start.get(event.trigger.start)
    if i is None:
        return None
    tok = ctx.doc[i]
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head != head:
        head = head.head
    skip = {t.i for c in head.children if c.dep_ in _OTHER_CLAUSES and tok.i not in {x.i for x in c.subtree}
            for t in c.subtree}
    # "found and destroyed 15 landmines": the object the two verbs share is this clause's too
    skip -= {t.i for o in shared_objects(head) for t in o.subtree}
    words = [t for t in head.subtree if t.i not in skip]
    return " ".join(t.text for t in words)


def side_words(ctx, event: Event) -> tuple[str, str]:
    """The words of the actor and recipient phrases that did not resolve ("Tigrayan forces", "a pastor").

    Read from the parse: the subject (or "by" agent) of the trigger's clause, and its object (or passive
    subject); for a noun, the two sides of its "between" phrase. Empty where the side resolved.
    """
    i = ctx.token_by_original_start.get(event.trigger.start)
    if i is None or (event.actor is not None and event.recipient is not None):
        return "", ""
    tok = ctx.doc[i]

    def words(t) -> str:
        if t is None:
            return ""
        # the antecedent of a relative clause holds the clause ("a checkpoint that killed six soldiers"):
        # the event's own words are not its side's
        own = {x.i for x in tok.subtree} if t != tok and t.is_ancestor(tok) else set()
        return " ".join(x.text for x in [x for x in t.subtree if x.i not in own][:14])

    actor = recipient = None
    between = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "between"
               for c in p.children if c.dep_ == "pobj"]
    if between:
        actor = between[0]
        recipient = between[0].conjuncts[0] if between[0].conjuncts else None
    elif tok.pos_ in ("VERB", "AUX"):
        agents = [c for p in tok.children if p.dep_ == "agent" for c in p.children if c.dep_ == "pobj"]
        passive = is_passive(tok)
        actor = agents[0] if passive and agents else (None if passive else subject_of(tok, lang=ctx.lang))
        kind, noun = toll_cause(tok, lang=ctx.lang) if event.actor is None else (None, None)
        sides = cause_sides(noun, lang=ctx.lang) if kind in ("clash", "melee", "riot") else None
        if sides is not None:
            actor = sides  # "fighting between rival fans left two dead": the fight's sides are the toll's
        elif kind is not None:
            # "the attack on the market killed 12 civilians": an event noun is no side; "three shopkeepers died
            # during rioting": the subject of a bare death verb is its victim
            actor = None
        objs = [c for c in tok.children if c.dep_ in (("nsubjpass",) if passive else ("dobj",))]
        recipient = objs[0] if objs else None
    elif tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("nsubj", "nsubjpass"):
        actor = None
    own = event.actor.span if event.actor is not None else None
    if recipient is not None and own is not None and own.start <= ctx.offsets.to_original(recipient.idx) < own.end:
        recipient = None  # "20,000 terrorists were involved in the violence": the passive subject is the doer
    victim = event.recipient.span if event.recipient is not None else None
    if actor is not None and victim is not None and victim.start <= ctx.offsets.to_original(actor.idx) < victim.end:
        actor = None  # "the three students who died": the subject of a toll verb is its victim, no doer
    return ("" if event.actor is not None else words(actor),
            "" if event.recipient is not None else words(recipient))
