"""What the ACLED stage reads from the parse for one event: its clause, its sides' words, its aim.

Split from :mod:`dotterel.events.acled` by concern (that module is at the size cap): the rules of the
ACLED codebook stay there; these read the spaCy parse around an event's trigger for them (ACLED Codebook
2023, "Event types and sub-event types": the sides and manner of one event).
"""

from __future__ import annotations

from ..records import Event
from .detect import is_passive, subject_of
from .joined_sides import other_side_tokens
from .syntax import prep_objects, shared_objects
from .toll_cause import cause_sides, toll_cause

__all__ = ["aim_words", "clause_words", "grievance_spans", "side_words"]

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


def _grievance_tokens(ctx, tok) -> list:
    """The heads of what a protest at ``tok`` is about: its grievance, told in its own words.

    "to protest the arrest of a colleague" (the object of a verb of protest, profile
    ``protest_grievance_verbs``, the trigger's own or its purpose clause's), "against / over / for the
    detention of a reporter" (profile ``cause_prepositions`` on the trigger or on its "in protest" noun).
    """
    lang = ctx.lang
    # "held a dharna on Monday in protest against the killing of ...": a protest noun's light verb carries its phrases
    bases = [tok] + ([tok.head] if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else [])
    anchors = bases + [c for b in bases for c in b.children if c.dep_ in ("advcl", "xcomp")
                       and c.lemma_.lower() in lang.protest_grievance_verbs]
    anchors += [p for b in bases for c in b.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in lang.protest_event_nouns]
    heads = []
    for a in anchors:
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in lang.protest_grievance_verbs:
            heads += [c for c in a.children if c.dep_ == "dobj" and c.lemma_.lower() not in lang.protest_event_nouns]
        heads += [p for c in a.children if c.dep_ == "prep" and c.lower_ in lang.cause_prepositions
                  for p in c.children if p.dep_ in ("pobj", "pcomp")]
    return heads


def grievance_spans(ctx, event: Event) -> tuple[tuple[int, int], ...]:
    """For a protest, the original-text spans of what it is about (:func:`_grievance_tokens`); else none.

    ACLED Codebook 2023, Protest with intervention: the authorities act on these protesters; an arrest or a
    beating that the protest is about happened before it, to others, and is no intervention in it.
    """
    i = ctx.token_by_original_start.get(event.trigger.start)
    if event.event_type != "PROTEST" or i is None:
        return ()
    out = []
    for h in _grievance_tokens(ctx, ctx.doc[i]):
        sub = list(h.subtree)
        out.append((ctx.offsets.to_original(sub[0].idx), ctx.offsets.to_original(sub[-1].idx + len(sub[-1].text))))
    return tuple(out)


def clause_words(ctx, event: Event) -> str | None:
    """The words of the event's own clause: the trigger's clause head and its dependents, less other clauses.

    A protest's clause leaves out its grievance (:func:`grievance_spans`: "to protest the arrest of a
    colleague"), whose words tell of no act on these protesters.
    """
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
    if event.event_type == "PROTEST":
        skip |= {t.i for g in _grievance_tokens(ctx, tok) for t in g.subtree}
    words = [t for t in head.subtree if t.i not in skip]
    return " ".join(t.text for t in words)


def _both_sides_in(subject, verb, lang) -> bool:
    """Whether a fight verb's subject joins two sides of followers, each side a follower noun or a name.

    "TMC and BJP supporters", "Hindu and Muslim activists" (the names joined inside one follower noun),
    "Shiv Sena and NCP supporters", "Followers of the PPP and the PTI" (each conjunct a name or a follower
    noun, profile ``party_follower_nouns``). "Union workers and security guards", "Villagers and forest
    department workers" join a follower noun with another group: not two parties' followers (ACLED
    Codebook 2023, Riots: Mob violence between political supporters).
    """
    if subject is None or verb.lemma_.lower() not in lang.acled_with_side_verbs:
        return False

    def follower(t) -> bool:
        return t.lemma_.lower() in lang.party_follower_nouns or t.lower_ in lang.party_follower_nouns

    sub = list(subject.subtree)
    conjuncts = [subject] + [c for c in subject.conjuncts if c.pos_ in ("NOUN", "PROPN")]
    if len(conjuncts) > 1:  # sides joined at the head: each is a follower noun or a name
        return any(follower(t) for t in conjuncts) and all(follower(t) or t.pos_ == "PROPN" for t in conjuncts)
    return any(t.dep_ in ("conj", "cc") for t in sub) and follower(subject)


def side_words(ctx, event: Event) -> tuple[str, str]:
    """The words of the actor and recipient phrases that did not resolve ("Tigrayan forces", "a pastor").

    Read from the parse: the subject (or "by" agent) of the trigger's clause, and its object (or passive
    subject), or for a verb of fighting with no object (profile ``acled_with_side_verbs``: clash, fight,
    scuffle) its "with" phrase; for a noun, the two sides of its "between" phrase. Empty where the side
    resolved, except that a fight's subject joining two parties' followers with no other side ("TMC and BJP
    supporters clashed") is both sides' words (:func:`_both_sides_in`).
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
        if actor is not None and t.i == actor.i and event.recipient is not None and tok.lemma_.lower() in ctx.lang.acled_with_side_verbs:
            own |= other_side_tokens(t, ctx.lang)  # "Football fans and police clashed": the fans' words only
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
        if not objs and not passive and tok.lemma_.lower() in ctx.lang.acled_with_side_verbs:
            # "police clashed with ruling party supporters": the other side of a fight is its "with" phrase
            objs = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
                    for c in p.children if c.dep_ == "pobj"]
        recipient = objs[0] if objs else None
        if recipient is None and event.recipient is None and _both_sides_in(actor, tok, ctx.lang):
            # "TMC and BJP supporters clashed", "Followers of PTI and PML-N scuffled": a fight with no "with"
            # phrase whose subject joins two parties' followers has both sides in its subject (Quirk 6.28:
            # reciprocal verbs with a coordinated subject)
            return words(actor), words(actor)
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
