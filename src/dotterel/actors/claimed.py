"""The group that claims an attack as the attack's actor ("The Taliban claimed responsibility").

News names the doer of a bombing or a raid often only in a later sentence
that reports a claim: "A car bomb killed 12 people at a market in Kabul on
Sunday. The Taliban claimed responsibility." The act of claiming is a
statement (CAMEO 015 "claim responsibility"), not a second attack; what a
coder records is the attack with the claimant as its actor (ACLED codebook
2023, actors: an attack claimed by a group is coded to that group, the claim
told in the notes). The attack itself stays as the text puts it (the author
asserts the bombing; only its doer rests on the claim), so the event's
certainty does not change: the actor says how it is known, with
``how="claimed"``, ``span=None`` (the attack's sentence does not name it)
and ``antecedent`` the words that name the claimant.

The claim (:func:`claims`) is a verb of the profile's
``responsibility_claim_verbs`` whose object is a ``responsibility_nouns``
word ("claimed responsibility", "claimed credit for the attack") or a
``claimed_act_nouns`` word ("IS claimed the bombing"), or the passive "the
attack was claimed by IS"; its subject (or "by" agent) must resolve to an
actor. No claim is made when the verb is negated ("has not claimed"), when
the subject says no one ("No group has claimed responsibility": profile
``no_claimant_words``), when the act noun names a doer of its own ("Russia claimed a Ukrainian drone
attack": an allegation), when it is unrealised ("may claim", "if a group
claims"), or when its "for" phrase or object names no violent act ("claimed
responsibility for the error", "claimed the title"). Denials ("denied
responsibility") and blame ("the government blamed X") are other verbs.

The claimed act (:func:`claimed_events`) is an ASSAULT event of the
document with no actor of its own: one stated inside the claim's "for"
phrase or object ("for Tuesday's bombing in Jalalabad, which killed 15"),
else, when the claim names no act or refers back to one ("the attack",
"Tuesday's bombing", not "a separate attack"), the nearest ASSAULT stated
before the claim in its paragraph or the one before; when that nearest attack has an actor, the claim fills nothing
(a named actor is never overwritten).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..attribution import claimant_type_of
from ..records import NON_STATE_ARMED_SECTORS, Event

if TYPE_CHECKING:
    from ..pipeline.context import DocContext

__all__ = ["claims", "claimed_events", "claimed_actors"]

_REFERRING = frozenset({"the", "this", "that", "these", "those"})
"""Determiners by which a claimed act noun refers back to an attack told before ("the attack", "this bombing")."""


_STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
"""Sectors of a state's forces: they own an attack they admit only when the admission names it."""

_CLAIMABLE = frozenset({"asserted", "reported", "alleged"})
"""Certainties of an attack a group can own: one that took place as the text tells it (not negated, future...)."""


def _said_none(subj, lang) -> bool:
    """Whether the claim's subject says no one claimed ("No group has claimed", "nobody", "no one")."""
    if subj.lower_ in lang.no_claimant_words:
        return True
    return any(c.lower_ in lang.no_claimant_words and c.dep_ in ("det", "neg", "amod", "compound")
               for c in subj.children)


def _object(verb, lang):
    """The claim's object: its "responsibility" noun or the act noun it claims, or ``None``."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in lang.responsibility_nouns
                                                or c.lemma_.lower() in lang.claimed_act_nouns):
            return c
    return None


_DOER_ENTITIES = frozenset({"NORP", "ORG", "PERSON"})
"""Entity labels (spaCy, OntoNotes) of a modifier that names an act's doer ("a Ukrainian drone attack", "a Hamas attack")."""

_SETTING_ENTITIES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
"""Entity labels of a modifier that says where or when an act was, not who did it ("the Mogadishu attack",
"Tuesday's bombing"; a capital would otherwise resolve to its government)."""


def _doer_named(act, resolve) -> bool:
    """Whether the claimed act's noun names its own doer in a modifier ("Russia claimed a Ukrainian drone attack").

    "Claim" with such an object asserts that someone else attacked (to claim = to allege, as a government says
    of an enemy's strike; "the governor claimed credit for the police raid"), not that the subject did it: the
    subject owns no act whose doer is already named (OntoNotes entity labels; PLOVER ASSAULT actor).
    """
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ not in _SETTING_ENTITIES
               and (c.ent_type_ in _DOER_ENTITIES or resolve(c) is not None) for c in act.children)


def _act_phrase(verb, obj, lang):
    """The words that name the claimed act: the object if it is an act noun, else its "for" phrase's object.

    ``None`` when the claim names no act ("claimed responsibility" alone); ``False`` when it names
    something that is not a violent act ("responsibility for the error").
    """
    if obj.lemma_.lower() in lang.claimed_act_nouns:
        return obj
    for holder in (obj, verb):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                pcomp = next((p for p in prep.children if p.dep_ == "pcomp"), None)
                if pcomp is not None:
                    return pcomp  # "for firing rockets at Sderot": the act is the clause itself
                pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                return pobj if pobj.lemma_.lower() in lang.claimed_act_nouns else False
    return None


def claims(doc, lang):
    """The claims of responsibility in a parsed document.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    lang : dotterel.lang.LanguageProfile

    Returns
    -------
    list of (Token, Token, Token or None)
        For each claim, its verb, its claimant's head (the subject, or the
        passive's "by" object) and the head of the words that name the
        claimed act (``None`` when it names none: "claimed responsibility").
        Negated, unrealised and no-one claims, and claims of something that
        is not an act of violence, are left out (module docstring).
    """
    out = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lang.responsibility_claim_verbs:
            continue
        obj = _object(verb, lang)
        if obj is None:
            continue
        if any(c.dep_ == "neg" or c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ == "if")
               or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children):
            continue  # "has not claimed", "may claim", "if a group claims", "is yet to claim"
        if obj.dep_ == "nsubjpass":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        else:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or _said_none(subj, lang) or any(c.dep_ == "conj" for c in subj.children):
            continue  # no claimant, "no group", or several claimants for one act
        act = _act_phrase(verb, obj, lang)
        if act is False:
            continue
        out.append((verb, subj, act))
    return out


def _group(subj, resolve):
    """The group a claim's subject speaks for: the subject itself, or the group a person speaks for.

    "Taliban spokesman Zabihullah Mujahid claimed responsibility": a person
    claims for the group his words name (a modifier, or an "of"/"for"
    phrase: "a spokesman for al-Shabaab"), and that group, not the person,
    did the attack. A person with no group named leaves the attack without
    an actor.
    """
    actor = resolve(subj)
    if actor is None or actor.kind != "person":
        return actor
    words = [t for t in subj.subtree if t.i != subj.i and t.pos_ == "PROPN"]
    for tok in words:
        group = resolve(tok)
        if group is not None and group.kind != "person" and group.span is not None:
            return group
    return None


def _authorship(verb, claimant, act, lang) -> bool:
    """Whether a claim says its claimant did the act, not that it answers for it.

    "Claimed responsibility" is authorship; "accepted" or "admitted
    responsibility" (profile ``responsibility_accountability_verbs``) is
    also what a minister, a police chief, a council or a company says of a
    bombing they failed to stop ("The interior minister admitted
    responsibility"). Such a claim owns the attack only for an armed group
    outside the state (ACLED codebook 2023, actor types 2-4: rebels, militias),
    or for a state force when it names the act ("the army admitted
    responsibility for the strike").
    """
    if verb.lemma_.lower() not in lang.responsibility_accountability_verbs:
        return True
    if claimant.sector in NON_STATE_ARMED_SECTORS or claimant.org_type == "armed_group":
        return True
    return act is not None and claimant.sector in _STATE_FORCES


def claimed_events(ctx: DocContext, verb, act) -> list[int]:
    """The indices in ``ctx.events`` of the attacks one claim owns (module docstring).

    Only actorless ASSAULT events that took place as told (certainty asserted, reported or alleged).
    """
    def open_attack(e: Event) -> bool:
        return e.event_type == "ASSAULT" and e.actor is None and e.attribution.certainty in _CLAIMABLE

    if act is not None:
        lo = ctx.offsets.to_original(act.left_edge.idx)
        hi = ctx.offsets.to_original(act.right_edge.idx + len(act.right_edge.text))
        earlier = [(ctx.offsets.to_original(t.left_edge.idx),
                    ctx.offsets.to_original(t.right_edge.idx + len(t.right_edge.text)))
                   for t in act.subtree if _pluperfect_relative(t)]
        inside = [k for k, e in enumerate(ctx.events) if lo <= e.trigger.start < hi
                  and not any(a <= e.trigger.start < b for a, b in earlier)]
        if inside:
            return [k for k in inside if open_attack(ctx.events[k])]
        if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _REFERRING) for c in act.children):
            return []  # "responsibility for a separate attack", "another bombing": not one told before
    at = ctx.offsets.to_original(verb.idx)
    para = ctx.paragraph_of_original(at)
    before = [k for k, e in enumerate(ctx.events) if e.event_type == "ASSAULT" and e.trigger.start < at
              and para - 1 <= ctx.paragraph_of_original(e.trigger.start) <= para]
    if not before:
        return []
    nearest = ctx.events[before[-1]].sentence
    if ctx.events[before[-1]].actor is not None:
        return []  # the nearest attack has its doer: the claim confirms it, and older attacks are other acts
    return [k for k in before if ctx.events[k].sentence == nearest and open_attack(ctx.events[k])]


def _pluperfect_relative(tok) -> bool:
    """A relative clause in the past perfect: "the village, which had been shelled for weeks".

    It tells an act before the claimed attack (TimeML: the past perfect sets a
    time before its host's), not the attack: "Rebels claimed Sunday's attack on
    the village, which had been shelled for weeks" does not make the shelling
    the rebels'. Read from the tags (a past-tense auxiliary over a participle).
    """
    return tok.dep_ == "relcl" and tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in tok.children)


def claimed_actors(ctx: DocContext, resolve) -> None:
    """Give each actorless attack that a group claims that group as its actor (module docstring).

    Parameters
    ----------
    ctx : DocContext
        Its events are replaced in place by copies with the actor set.
    resolve : callable
        ``resolve(token) -> Actor | None`` for the head of a noun phrase.
    """
    for verb, subj, act in claims(ctx.doc, ctx.lang):
        claimant = _group(subj, resolve)
        if claimant is None or claimant.span is None or not _authorship(verb, claimant, act, ctx.lang) \
                or (act is not None and _doer_named(act, resolve)):
            continue
        for k in claimed_events(ctx, verb, act):
            event = ctx.events[k]
            rec = event.recipient.span if event.recipient is not None else None
            if rec is not None and rec.start <= claimant.span.start < rec.end:
                continue
            sentence = verb.sent.text.strip()
            update = {"actor": claimant.model_copy(update={
                "span": None, "how": "claimed", "antecedent": claimant.span, "inter": None,
                "reason": f"{claimant.reason}; '{event.trigger.text}' names no doer: the group that claims the "
                          f"attack ('{sentence}'; CAMEO 015 claim responsibility)"})}
            if _told_in_claim(ctx, verb, act, event):
                update["attribution"] = _on_the_claim(ctx, verb, claimant, event)
            ctx.events[k] = event.model_copy(update=update)


def _told_in_claim(ctx: DocContext, verb, act, event: Event) -> bool:
    """Whether the attack is told only inside the claim ("claimed responsibility for the bombing that killed 12").

    Not an admission ("admitted", "accepted responsibility": profile
    ``responsibility_accountability_verbs``): a state answers for an act the
    author reports (see :func:`_authorship`), the act does not rest on its word.
    """
    if act is None or event.attribution.claimant != "author" or event.attribution.certainty != "asserted":
        return False
    if verb.lemma_.lower() in ctx.lang.responsibility_accountability_verbs:
        return False  # "the army admitted responsibility for the strike that killed 12": it answers for a told act
    lo = ctx.offsets.to_original(act.left_edge.idx)
    hi = ctx.offsets.to_original(act.right_edge.idx + len(act.right_edge.text))
    return lo <= event.trigger.start < hi


def _on_the_claim(ctx: DocContext, verb, claimant, event: Event):
    """The attack's attribution when only the claim tells it: the group's word, certainty reported.

    "IS claimed responsibility for the bombing that killed 12 people": the
    author reports the claim, so the bombing and its doer rest on the group
    that claims them (issue 12: a claim's content is the event, with the
    speaker as claimant); an attack the author tells in a sentence of its own
    keeps the author's certainty, and only its actor rests on the claim.
    """
    return event.attribution.model_copy(update={
        "claimant": claimant.name, "claimant_type": claimant_type_of(claimant), "claimant_span": claimant.span,
        "verb": ctx.span(verb.idx, verb.idx + len(verb.text)), "certainty": "reported"})

