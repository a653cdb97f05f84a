"""A police speaker's "we": the force that speaks, as the doer of the act its quote states.

"'We have arrested five persons who broke the curfew orders,' the police
commissioner said": the first person plural in a direct quote stands for the
body the speaker speaks for (the speaker's own side; cf.
:func:`dotterel.actors.coref.self_links`, the same reading of "we" in a
statement's own voice). When the quote's speaker (the event's
``attribution.claimant_span``) is a police officer or force (sector ``COP``),
an act whose active subject is "we" (profile ``self_pronouns``) is that force's (a
speaker named with the office in apposition counts: "says r k patel, senior
police inspector, naroda police station"), and
the event takes the force as its actor, with the "we" as its span and the
speaker's words as its antecedent. Any other speaker ("'We have arrested the
men,' the minister said": a minister's "we" may be a government, a party or
a coalition) leaves the act without an actor, as before, and so does a passive's
"we", which is the act's patient ("'We were attacked by the mob,' the police
officer said").

A police speaker also reports the public-order measures its force imposes:
"curfew was imposed in three areas on sunday, police sources said",
"according to the city police commissioner, the curfew was imposed as a
precautionary measure". An agentless measure of the profile's
``police_speaker_measure_modes`` (COERCE "curfew") whose claimant is police
takes that force as its actor (:func:`reported_measure_actor`), with no span
(the sentence names no doer) and the speaker's words as its antecedent. A
measure with a doer or a "by" phrase of its own, or reported by anyone else
("curfew was imposed, the collector said": a district magistrate's order)
keeps no actor, and so does one the sentence says another ordered ("curfew was
imposed on the orders of the district magistrate, police said"). The reading
rests on Indian law (profile ``police_speaker_measure_countries``): a speaker of
another country's police ("a curfew was imposed in Baghdad, a police officer
said": a government's, an army's or a mayor's order) gives no actor.

Used by :class:`dotterel.actors.implied_agent.ImpliedAgent`, which runs after
attribution has named each event's claimant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor, Event

if TYPE_CHECKING:
    from ..pipeline.context import DocContext

__all__ = ["quoted_self_actor", "claimant_head", "reported_measure_actor"]

_POLICE_SECTOR = "COP"


def _subject(tok):
    """The subject of ``tok``, or of the verb it is a conjunct of ("we arrested them and seized ...")."""
    while True:
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or tok.dep_ != "conj" or tok.head == tok:
            return subj
        tok = tok.head


def claimant_head(ctx: DocContext, event: Event):
    """The head token of the phrase that names the quote's speaker, or ``None``."""
    span = event.attribution.claimant_span
    first = ctx.token_by_original_start.get(span.start) if span is not None else None
    if first is None:
        return None
    words = []
    for t in ctx.doc[first:]:
        if ctx.offsets.to_original(t.idx) >= span.end:
            break
        words.append(t)
    inside = {t.i for t in words}
    return next((t for t in words if t.head.i not in inside or t.head == t), None)


def _police_speaker(ctx: DocContext, event: Event, resolve) -> Actor | None:
    """The actor the event's claimant names when it is police (sector ``COP``), else ``None``."""
    head = claimant_head(ctx, event)
    speaker = resolve(head) if head is not None else None
    if speaker is None and head is not None and head.lemma_.lower() in ctx.lang.police_speaker_office_nouns:
        # "said the superintendent of police": an office is read through its "of" phrase, a relation is not
        # ("said the father of a police constable", "the lawyer of the police officers": no police speaker)
        of = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        speaker = resolve(of[0]) if of else None
    if (speaker is None or speaker.sector != _POLICE_SECTOR) and head is not None:
        # "says r k patel, senior police inspector, naroda police station": the office in apposition to the name
        speaker = next((a for c in head.children if c.dep_ == "appos" and c.i > head.i
                        and (a := resolve(c)) is not None and a.sector == _POLICE_SECTOR), speaker)
    return speaker if speaker is not None and speaker.sector == _POLICE_SECTOR else None


def _ordered_by_another(verb, tok, command_nouns) -> bool:
    """Whether the measure's clause names who ordered it: "on the orders of the collector", "as per the DM's instructions".

    A command noun (profile ``command_nouns``) in a phrase on the verb or on the measure's noun, with its giver
    named (an "of", "from" or "by" phrase, or a possessive). "to maintain law and order", "for restoring
    order" name no giver.
    """
    for c in (*verb.children, *tok.children):
        if c.dep_ not in ("prep", "advcl", "acl"):
            continue
        for n in c.subtree:
            if n.dep_ in ("pobj", "dobj") and n.lemma_.lower() in command_nouns and any(
                    g.dep_ == "poss" or (g.dep_ == "prep" and g.lower_ in ("of", "from", "by")) for g in n.children):
                return True
    return False


def reported_measure_actor(ctx: DocContext, event: Event, resolve) -> Actor | None:
    """The police force that reports an agentless public-order measure, or ``None`` (module docstring).

    Parameters
    ----------
    ctx : DocContext
    event : Event
        An event with no actor.
    resolve : callable
        ``resolve(token) -> Actor | None`` for the head of a noun phrase.

    Returns
    -------
    Actor | None
        The speaker's force (sector ``COP``) with no span, ``how="implied"``
        and ``antecedent`` the words that name the speaker, when the event is
        a COERCE of the profile's ``police_speaker_measure_modes`` whose
        clause names no doer ("curfew was imposed", "the curfew had been
        clamped"), names no one who ordered it ("on the orders of the
        collector"), and whose claimant is police of a country of the profile's
        ``police_speaker_measure_countries`` or of no known country.
    """
    att = event.attribution
    if event.actor is not None or event.event_type != "COERCE" or event.mode not in ctx.lang.police_speaker_measure_modes \
            or att.claimant_span is None:
        return None
    at = ctx.token_by_original_start.get(event.trigger.start)
    if at is None:
        return None
    tok = ctx.doc[at]
    verb = tok.head if tok.dep_ in ("nsubjpass", "dobj", "nsubj") and tok.head != tok else tok
    if any(c.dep_ in ("nsubj", "csubj", "agent", "poss") for c in (*verb.children, *tok.children)):
        return None  # "the collector imposed curfew", "curfew imposed by the district magistrate": a doer of its own
    if _ordered_by_another(verb, tok, ctx.lang.command_nouns):
        return None  # "curfew was imposed on the orders of the district magistrate": the order-giver's measure
    speaker = _police_speaker(ctx, event, resolve)
    if speaker is None or (speaker.country is not None
                           and speaker.country.lower() not in ctx.lang.police_speaker_measure_countries):
        return None  # "a curfew was imposed in Baghdad, a police officer said": elsewhere a government's or a mayor's order
    return speaker.model_copy(update={
        "span": None, "how": "implied", "antecedent": speaker.span, "inter": None,
        "reason": f"agentless '{event.trigger.text}' (COERCE {event.mode}), a public-order measure the police impose, "
                  f"reported by '{att.claimant_span.text}', a police speaker ({speaker.name})"})


def quoted_self_actor(ctx: DocContext, event: Event, resolve) -> Actor | None:
    """The police force whose speaker says "we" did the act, or ``None`` (module docstring).

    Parameters
    ----------
    ctx : DocContext
    event : Event
        An event with no actor.
    resolve : callable
        ``resolve(token) -> Actor | None`` for the head of a noun phrase.

    Returns
    -------
    Actor | None
        The speaker's force (sector ``COP``) with ``span`` the "we",
        ``how="pronoun"`` and ``antecedent`` the words that name the speaker.
    """
    att = event.attribution
    if event.actor is not None or not att.direct_quote or att.claimant_span is None:
        return None
    at = ctx.token_by_original_start.get(event.trigger.start)
    if at is None:
        return None
    subj = _subject(ctx.doc[at])
    if subj is None or subj.dep_ != "nsubj" or subj.lower_ not in ctx.lang.self_pronouns:
        return None  # a passive's "we" is the act's patient ("'We were attacked by the mob,' the officer said")
    speaker = _police_speaker(ctx, event, resolve)
    if speaker is None:
        return None
    return speaker.model_copy(update={
        "span": ctx.token_span(subj), "how": "pronoun", "antecedent": speaker.span, "inter": None,
        "reason": f"'{subj.text}' in the quote of '{att.claimant_span.text}', a police speaker: the force the "
                  f"speaker speaks for ({speaker.name})"})
