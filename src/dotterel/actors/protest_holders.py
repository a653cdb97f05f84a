"""The holders of a protest named by a noun: who protested before it, a demonym on it, or the protest as a subject.

Split from :mod:`dotterel.actors.implied_agent` by job (that module passed 800 lines): the three readings
:class:`~dotterel.actors.implied_agent.ImpliedAgent` uses to give a protest noun or a verb whose subject is one
its doer. PLOVER manual, PROTEST: the actor is who protests; ACLED Codebook 2023 codes such an event's actor
"Protesters (Country)".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..events.merge import placed_in_other_countries
from ..records import Actor, Event

if TYPE_CHECKING:
    from ..pipeline.context import DocContext

__all__ = ["protest_doer_before", "demonym_holders", "held_by_protest"]


def protest_doer_before(ctx: DocContext, event: Event, para: int, modes=None, *,
                        back: bool = False) -> tuple[bool, Actor] | None:
    """The doer of the nearest protest verb before ``event`` in its paragraph, as the holder of a bare protest noun.

    "Thousands of people started protesting in Zhanaozen. Protests rapidly
    spread to other cities": the crowd the paragraph says protested ("people",
    "residents", "farmers": no protester noun, but the subject of a protest
    verb, PLOVER PROTEST: the actor is who protests) holds the protests that
    continue it. Only a verb's doer the sentence names (a span), before the
    noun in the same paragraph and not placed in another country
    (:func:`~dotterel.events.merge.placed_in_other_countries`); ``None`` when there is none.
    With ``modes``, only a protest of one of those PLOVER modes ("went on strike", mode strike, for "the strike").
    With ``back`` (a definite noun, "the protests", which refers to protests already told), a paragraph with
    no such verb before the noun looks to the one before it: "A few hundred people demonstrated in Zhanaozen.
    (new paragraph) The protests spread to other places".
    A noun whose own words tell other protests (:func:`_other_protests`: "Students marched in Dhaka. The
    protests in Chittagong last week had turned violent"; "the fuel price protests" after a march over pay)
    is held by no doer of the protest told before.
    """
    at_noun = ctx.token_by_original_start.get(event.trigger.start)
    noun = ctx.doc[at_noun] if at_noun is not None else None
    found: dict[int, tuple[bool, Actor]] = {}
    for other in ctx.events:
        if other.trigger.start >= event.trigger.start:
            continue
        at_para = ctx.paragraph_of_original(other.trigger.start)
        if other.event_type != "PROTEST" or other.actor is None or other.actor.span is None \
                or (modes is not None and other.mode not in modes) \
                or at_para not in (para, para - 1 if back else para) or placed_in_other_countries(other, event) \
                or (noun is not None and _other_protests(ctx, noun, event, other)):
            continue  # "Farmers marched in Delhi. In Lahore, protests continued": another country's protest
        at = ctx.token_by_original_start.get(other.trigger.start)
        if at is not None and ctx.doc[at].pos_ == "VERB":
            found[at_para] = (True, other.actor)
    return found.get(para) or found.get(para - 1)


def _other_protests(ctx: DocContext, noun, event: Event, other: Event) -> bool:
    """Whether a protest noun's own words tell protests other than ``other``, the protest told before it.

    "Students marched in Dhaka. The protests in Chittagong ...", "Teachers marched over pay. The fuel price
    protests ...", "... the protests against the election result": a word of the noun's own modifiers
    (:func:`_own_words`: where, what about) that the earlier protest's sentence does not say; a date of the
    noun's own while the two events' dates differ ("the protests last week"); or a date of its sentence that
    ends before ``other``'s begins (:func:`_ended_before`). Such a noun describes protests of their own, whose
    holders the text does not give. Words of the verb ("the protests spread to Paris") are not the noun's,
    and a noun that repeats the earlier words ("the protests in Lyon" after a march through Lyon) is the same.
    """
    at = ctx.token_by_original_start.get(other.trigger.start)
    said = {w for t in (ctx.doc[at].sent if at is not None else ()) for w in (t.lemma_.lower(), t.lower_)}
    said |= {w for p in [*other.places, other.location] if p is not None for w in p.name.casefold().split()}
    for tok in _own_words(noun, ctx.lang):
        if tok.ent_type_ in ("DATE", "TIME"):
            if event.date is None or other.date is None or event.date.value != other.date.value:
                return True  # "the protests last week", "the protests of 2019"
        elif tok.lemma_.lower() not in said and tok.lower_ not in said:
            return True  # "the protests in Nairobi" after residents protested in Kisumu
    return _ended_before(event, other)


def _own_words(noun, lang):
    """The words a protest noun's own modifiers name (nouns, names and dates only).

    Its prepositions' objects ("in Chittagong", "against the election result"), its noun compounds ("the fuel
    price protests") and the word after a side prefix ("anti-government", the profile's
    ``protest_side_prefixes``).
    """
    doc = noun.doc
    for c in noun.children:
        if c.dep_ == "prep":
            roots = [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ in ("compound", "nmod", "npadvmod") or (c.dep_ == "amod" and c.i >= 2 and doc[c.i - 1].text == "-"
                                                           and doc[c.i - 2].lower_ in lang.protest_side_prefixes):
            roots = [c]
        else:
            continue
        yield from (t for r in roots for t in r.subtree
                    if t.pos_ in ("NOUN", "PROPN") or t.ent_type_ in ("DATE", "TIME"))


def _ended_before(event: Event, other: Event) -> bool:
    """Whether the text dates ``event`` wholly before ``other``.

    "Traders rallied on Friday. The protests last year had turned violent": protests over before the ones
    told are not those; a date only bounded by the publication date says nothing.
    """
    one, two = event.date, other.date
    return one is not None and two is not None and one.source == "text" and two.source != "publication" \
        and one.latest is not None and two.earliest is not None and one.latest < two.earliest


def demonym_holders(ctx: DocContext, event: Event, tok, kb) -> Actor | None:
    """The people of a country as the holders of a protest noun a demonym modifies: "Sudanese protests".

    The demonym says whose protest it is (PLOVER PROTEST: the actor is who
    protests; ACLED codes such an event's actor "Protesters (Country)"): the
    actor is that country's protesters, sector CVL, named by the demonym.
    Only an adjective before the noun that the knowledge base knows as a
    country's demonym, not the second half of a hyphenated word ("anti-French
    protests", "pro-Russian rallies" name what the protest is against or for,
    not who holds it).
    """
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "amod" or c.i > tok.i or c.pos_ not in ("ADJ", "PROPN"):
            continue
        if c.i > 0 and (doc[c.i - 1].text == "-" or doc[c.i - 1].lower_ in ctx.lang.protest_side_prefixes):
            continue
        entry = kb.country_by_demonym(c.text)
        if entry is not None:
            return Actor(span=ctx.span(c.idx, c.idx + len(c.text)), name=f"{entry.alpha3} protester",
                         country=entry.alpha3, sector="CVL", kind="group", how="demonym", role="protester",
                         reason=f"demonym '{c.text}' on '{event.trigger.text}' ({event.event_type}): "
                                f"{entry.name}'s protesters hold it")
    return None


def held_by_protest(ctx: DocContext) -> None:
    """Give a verb whose subject is a protest noun the protest's holders as its doer.

    "Protests rapidly spread to other cities, demanding political change":
    the protests demand what their holders demand (PLOVER: the actor is who
    acts), so an event with no actor, other than violence, whose clause subject
    (:func:`~dotterel.events.detect.subject_of`) is the trigger of a coded
    PROTEST with an actor takes that actor, with ``span=None`` and
    ``how="implied"``. A protest with no holder gives none, and violence
    ("Protests spread, killing two policemen") takes none: the toll of a
    protest wave names no doer (ACLED Codebook 2023; as
    :func:`dotterel.events.acled.acled_sub_event`).
    """
    from ..events.detect import subject_of

    holders = {e.trigger.start: e.actor for e in ctx.events if e.event_type == "PROTEST" and e.actor is not None}
    if not holders:
        return
    for k, event in enumerate(ctx.events):
        at = ctx.token_by_original_start.get(event.trigger.start)
        if event.actor is not None or at is None or ctx.doc[at].pos_ != "VERB" or event.event_type == "ASSAULT":
            continue  # "protests spread, killing two": a toll of protests names no doer (ACLED Codebook 2023)
        subj = subject_of(ctx.doc[at], lang=ctx.lang)
        holder = holders.get(ctx.offsets.to_original(subj.idx)) if subj is not None and subj.pos_ == "NOUN" else None
        if holder is None or subj.lemma_.lower() not in ctx.lang.protest_event_nouns:
            continue
        ctx.events[k] = event.model_copy(update={"actor": holder.model_copy(update={
            "span": None, "how": "implied", "antecedent": holder.antecedent or holder.span, "inter": None,
            "reason": f"'{event.trigger.text}' has the protest '{subj.text}' as its subject: the protest's holders "
                      f"act ({holder.reason})"})})
