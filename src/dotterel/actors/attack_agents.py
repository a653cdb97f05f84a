"""The doer of an act of violence whose clause names none: the shooters of shots, the attackers of the sentence before.

Two kinds of sentence state an act of violence with no doer in its own
clause, yet a careful coder names the doer from the words around it
(PLOVER manual, ASSAULT: the actor is the party that inflicted the harm):

- shots or bullets as the subject ("Some of them seemed to have been trained
  snipers as some shots hit policemen"): the armed side of the clause the act
  hangs on fired them (:func:`shooters`);
- an agentless passive right after the sentence that tells of the attack
  ("Gunmen stormed a church in Ondo State. At least 40 worshippers were
  killed."): the one armed side that attacked in the sentence before killed
  them (:func:`preceding_attacker`);
- a definite noun of the act told just before ("Police opened fire on the
  mob. One person was injured in the firing."): "the firing" is that act,
  told again (:func:`antecedent_act`), so it is folded into that record.

Both are read only where the words leave one candidate; otherwise the act
keeps no actor (a two-sided fight, a new place or day, victims of the
attacker's own side, a side that did no violence: "Troops moved into the
square. Three protesters were shot dead.").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..events.lone_doer import one_member_of_public
from ..events.syntax import is_passive
from ..records import NON_STATE_ARMED_SECTORS, Actor, Event

if TYPE_CHECKING:
    from ..pipeline.context import DocContext

__all__ = ["antecedent_act", "is_doer", "lone_armed_member_of_public", "preceding_attacker", "shooters", "when_doer"]

_ARMED_SECTORS = NON_STATE_ARMED_SECTORS | {"COP", "MIL"}
"""Sectors of a side that bears arms: non-state armed groups, police and military."""

_VIOLENCE = (("ASSAULT", None), ("COERCE", "seize"), ("PROTEST", "riot"))
"""PLOVER ASSAULT (any mode), COERCE seize ("stormed a church") and PROTEST riot: acts of a violent side."""

_STATE_SECTORS = frozenset({"COP", "MIL", "GOV"})
"""Sectors of the state's side: its police, military and government are one side's losses ("Soldiers opened fire
on protesters. A police officer was stabbed to death.": not the soldiers' act)."""

_NEW_SCENE_ENTITIES = ("GPE", "LOC", "FAC", "DATE")
"""Entity labels of a place or a day: one the sentence before did not name starts another incident."""


_WEAPON_MODES = frozenset({"firearms", "explosives", "suicide-attack", "heavy-weapons", "aerial", "drone", "unconventional"})
"""PLOVER ASSAULT modes of arms (PLOVER manual, ASSAULT modes), the methods of ACLED's weapon sub-event types."""


def lone_armed_member_of_public(ctx: DocContext, event: Event) -> bool:
    """Whether an armed attack has as its doer one person the text names only as a member of the public.

    "A woman detonated an explosive vest", "A teenager opened fire at a
    school", "A resident shot a policeman": to ACLED, civilians are unarmed
    and never the doers of political violence, and one person is no mob of
    rioters (ACLED Codebook 2023: Civilians; Mob violence), so a doer of a
    weapon mode (:data:`_WEAPON_MODES`) resolved from a role of the public
    (sector CVL, ``how`` "role"...) in the singular names no side: the
    attacker's group is not stated, and the actor is left empty. Crowds
    ("villagers shot two rustlers", "youths hurled stones") and protesters
    (the profile's ``protester_nouns`` and ``crowd_nouns``: a protester who
    shoots is a rioter) are left to the ACLED typing.

    Parameters
    ----------
    ctx : DocContext
        The document (its parse, offsets and language profile).
    event : Event
        A coded event.

    Returns
    -------
    bool
        True when ``event``'s actor is such a lone armed member of the public.
    """
    return event.event_type == "ASSAULT" and event.mode in _WEAPON_MODES and one_member_of_public(ctx, event.actor)


def shooters(verb, resolve, lang, attacks=frozenset()) -> Actor | None:
    """The armed side that fired the shots an act of violence has as its subject, or ``None``.

    "Some of them seemed to have been trained snipers as some shots hit
    policemen", "Snipers fired from rooftops as bullets struck protesters": a
    subject of the profile's ``projectile_nouns`` names no doer (PLOVER manual,
    ASSAULT: the actor is the party that inflicted the harm). When the
    trigger's clause hangs on another (an adverbial clause or a conjunct), the
    subject or object of that clause (through its open complements,
    "seemed to have been trained snipers") that resolves to an armed side
    (non-state armed, police or military) is the shooter, but only where that
    clause says they shot: the side is what the clause describes them as
    (an attribute, "seemed to have been trained snipers") or the doer of an
    attack the clause tells (``attacks``). An armed side that only stood by
    ("Police blocked the road as bullets hit the crowd", "Soldiers guarded
    the square while shots hit protesters": the shots' source is not told),
    anyone else ("Protesters gathered as bullets hit the building"), a clause reported
    by someone ("police said bullets hit two students") or a lone clause
    ("A stray bullet hit a boy") leaves the act with no actor.

    Parameters
    ----------
    verb : spacy.tokens.Token
        The trigger of an ASSAULT with no actor.
    resolve : callable
        Token -> Actor | None, the actor resolver.
    lang : LanguageProfile
        Its ``projectile_nouns``.
    attacks : collection of int, optional
        Token indices of the document's ASSAULT triggers: a clause headed by one tells its subject's attack.

    Returns
    -------
    Actor | None
    """
    shot = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if shot is None or (shot.lower_ not in lang.projectile_nouns and shot.lemma_.lower() not in lang.projectile_nouns):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in shot.children) or verb.dep_ not in ("advcl", "conj"):
        return None
    clause, seen = verb.head, set()
    while clause is not None and clause.i not in seen:
        seen.add(clause.i)
        for c in clause.children:
            # an attribute; the parser makes "have been trained snipers" a passive's object, the same predicate noun
            described = c.dep_ in ("attr", "oprd") or (c.dep_ == "dobj" and is_passive(clause))
            attacking = c.dep_ == "nsubj" and clause.i in attacks
            if (described or attacking) and c != shot and c.pos_ in ("NOUN", "PROPN", "PRON"):
                actor = resolve(c)
                if actor is not None and actor.sector in _ARMED_SECTORS:
                    return actor.model_copy(update={
                        "reason": f"{actor.reason}; '{shot.text}' names no doer: the armed side of the clause "
                                  f"'{verb.text}' hangs on fired them"})
        clause = next((c for c in clause.children if c.dep_ == "xcomp"), None)
    return None


def is_doer(head) -> bool:
    """Whether a noun phrase's head is the doer of its clause: an active verb's subject or a passive's "by" agent.

    Through conjuncts and appositions ("Masked men and gunmen stormed ...").

    Parameters
    ----------
    head : spacy.tokens.Token

    Returns
    -------
    bool
    """
    while head.dep_ in ("conj", "appos") and head.head != head:
        head = head.head
    if head.dep_ == "nsubj":
        return True
    return head.dep_ == "pobj" and head.head.dep_ == "agent"


def _slot_of(ctx: DocContext, tok):
    return next((s for s in ctx.sentences if s.span.start <= tok.i < s.span.end), None)


def _in(ctx: DocContext, event: Event, span) -> bool:
    start = ctx.offsets.to_original(span.start_char)
    end = ctx.offsets.to_original(span.end_char)
    return start <= event.trigger.start < end


def _own_side(victim: Actor | None, attacker: Actor) -> bool:
    """Whether ``victim`` is of ``attacker``'s side: the same sector, or both the state's (police, army), of one country."""
    if victim is None or (victim.country is not None and attacker.country is not None
                          and victim.country != attacker.country):
        return False
    return victim.sector == attacker.sector or {victim.sector, attacker.sector} <= _STATE_SECTORS


def _victim_heads(verb):
    """The passive subject of ``verb`` and, for a part of a group ("three of the attackers"), the group's head."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")):
        yield subj
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
            yield from (o for o in prep.children if o.dep_ == "pobj")


def _another_incident(sent, lang) -> bool:
    """Whether a sentence opens another frame of time or report, or names another incident.

    An opening sentence adverb ("Meanwhile,", "Earlier,", "Separately,", profile ``topic_shift_adverbs``)
    or a noun with a ``new_incident_words`` modifier ("in a separate incident", "in a second attack").
    """
    first = sent[0]
    if first.lower_ in lang.topic_shift_adverbs or (first.pos_ == "ADV" and first.dep_ == "advmod"
                                                    and first.head == sent.root):
        return True
    return any(t.dep_ in ("amod", "det") and t.lower_ in lang.new_incident_words
               and t.head.pos_ in ("NOUN", "PROPN") for t in sent)


def _other_days(event: Event, attacks: list[Event]) -> bool:
    """Whether the passive's date and every attack's date are known and do not overlap (another incident)."""
    def bounds(e):
        d = e.date
        return (d.earliest, d.latest) if d is not None and d.earliest and d.latest and d.source == "text" else None

    mine = bounds(event)
    theirs = [b for b in (bounds(e) for e in attacks) if b is not None]
    return mine is not None and bool(theirs) and all(mine[1] < lo or hi < mine[0] for lo, hi in theirs)


def preceding_attacker(ctx: DocContext, event: Event, verb, resolve=None) -> Actor | None:
    """The one armed side that attacked in the sentence before an agentless passive act of violence, or ``None``.

    "Gunmen stormed a church in Ondo State on Sunday. At least 40
    worshippers were killed.", "Soldiers opened fire on protesters in
    Mandalay. Three people were shot dead.": the second sentence tells the
    harm the attack of the first did, so its doer is the attacker (PLOVER
    manual, ASSAULT: the actor is the party that inflicted the harm).

    Only when every violent act (an ASSAULT, a COERCE seize or a riot) of the
    sentence just before, in the same paragraph, has the same actor, an armed
    side (non-state armed, police or military), none is crowd control (tear
    gas, batons: no attack that kills or destroys by design), and no act of
    that sentence was done to another armed side (a two-sided fight leaves
    either side the doer: "protesters fought with officers, who fired tear
    gas. Additionally, the precinct's windows were smashed."); and the passive's
    sentence opens no other report or time (an opening sentence adverb,
    "Meanwhile,", "Earlier,", profile ``topic_shift_adverbs``), names no other
    incident ("in a separate incident", profile ``new_incident_words``), names
    no place or day the sentence before did not, tells no other act with a
    doer of its own, uses no other weapon (a mode other than the attack's: "Police fired at a mob. One person was
    stabbed."), is dated to no other days than the attack (when both dates are read from the text), and its
    victims are not the attacker's own side
    ("Rebels attacked an army base. Five rebels were killed.", "Gunmen stormed
    a church. Three of the attackers were shot dead.", the state's police
    after its soldiers' attack). A side that
    did no violence ("Troops moved into the square. Three protesters were
    shot dead.") is never taken.

    Parameters
    ----------
    ctx : DocContext
    event : Event
        An ASSAULT with no actor.
    verb : spacy.tokens.Token
        Its trigger.
    resolve : callable, optional
        Token -> Actor | None, the actor resolver, for the victims the recipient does not hold ("three of the
        attackers").

    Returns
    -------
    Actor | None
        The attacker with ``span=None``, ``how="implied"`` and ``antecedent``
        the words that name it in the sentence before.
    """
    if verb.pos_ != "VERB" or not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return None
    here = _slot_of(ctx, verb)
    if here is None or here.index == 0:
        return None
    before = ctx.sentences[here.index - 1]
    if before.paragraph != here.paragraph:
        return None
    sent = here.span
    if _another_incident(sent, ctx.lang):
        return None  # "Meanwhile, ...", "In a separate incident, ...": another report
    earlier = before.span.text.lower()
    if any(e.label_ in _NEW_SCENE_ENTITIES and e.text.lower() not in earlier for e in sent.ents):
        return None  # "... In Kaduna, three people were shot dead": another place, another incident
    if any(e is not event and e.actor is not None and _in(ctx, e, sent) for e in ctx.events):
        return None  # the sentence tells an act of its own doer
    told = [e for e in ctx.events if _in(ctx, e, before.span)]
    if any(e.recipient is not None and e.recipient.sector in _ARMED_SECTORS for e in told):
        return None  # "Police clashed with rebels", "protesters fought with officers": either side may have done it
    attacks = [e for e in told if any(e.event_type == t and (m is None or e.mode == m) for t, m in _VIOLENCE)]
    if not attacks or any(e.actor is None or e.actor.span is None or e.actor.sector not in _ARMED_SECTORS
                          or e.actor.name != attacks[0].actor.name or e.mode == "crowd-control" for e in attacks):
        return None  # no attack, another violent side, or tear gas and batons (crowd control kills no one by design)
    if event.mode is not None and any(e.event_type == "ASSAULT" and e.mode is not None and e.mode != event.mode
                                      for e in attacks):
        return None  # "Police fired at a mob. One person was stabbed.": another weapon, another hand
    if _other_days(event, attacks):
        return None  # "... on Monday morning. One person was stabbed on Sunday night": another incident
    attacker = attacks[0].actor
    victims = [event.recipient] + ([resolve(t) for t in _victim_heads(verb)] if resolve is not None else [])
    if any(_own_side(v, attacker) for v in victims):
        return None  # "Rebels attacked an army base. Five rebels were killed.": the attacker's own losses
    return attacker.model_copy(update={
        "span": None, "how": "implied", "antecedent": attacker.span, "inter": None,
        "reason": f"agentless '{event.trigger.text}' tells the harm of the attack the sentence before names: "
                  f"its one armed doer ('{attacker.span.text}', {attacker.name})"})


_ANTECEDENT_SENTENCES = 2
"""How many sentences back a definite act noun may refer (:func:`antecedent_act`): the act just told."""


def antecedent_act(ctx: DocContext, event: Event, noun, resolve=None) -> Event | None:
    """The act told just before that a definite act noun with no doer of its own names again, or ``None``.

    "Police opened fire on a stone-pelting mob. One person was injured in
    the firing, police said.": "the firing" (a definite article, profile
    ``definite_articles``) is the firing just told, not another: one event,
    whose doer is the doer named there (PLOVER manual, ASSAULT: the actor is
    the party that inflicted the harm) and whose toll the noun's sentence
    adds. The antecedent is the nearest earlier ASSAULT of the
    noun's own mode (firearms for "firing") in the same paragraph, at most
    :data:`_ANTECEDENT_SENTENCES` sentences back, whose doer the text names
    (a span) and is an armed side. No antecedent when the noun's sentence or
    one in between opens another report or incident ("Meanwhile, ...", "in
    a separate incident", :func:`_another_incident`), when an act of
    violence in between has another doer ("Police fired at the mob. Rioters
    fired back. Two were hurt in the firing": either side), when another act
    of that mode in those sentences has another doer or none ("Maoists fired
    at a patrol. The police returned fire. Two were killed in the firing": an
    exchange), when the noun's sentence sets it on another day or place
    (:func:`_another_scene`: "On Tuesday, two were killed in the firing in
    Baroda"), when its victims are the doer's own side ("Police fired at
    rioters. Two policemen were hurt in the firing": another side's firing,
    as in :func:`preceding_attacker`), or when the
    nearest act of that mode names no doer ("Unknown men fired at a house.").

    Parameters
    ----------
    ctx : DocContext
    event : Event
        An ASSAULT with no actor whose trigger is ``noun``.
    noun : spacy.tokens.Token
    resolve : callable, optional
        Token -> Actor | None, the actor resolver, for the victims of the verb the noun hangs on
        ("two policemen were injured in the firing").

    Returns
    -------
    Event | None
        The antecedent record (of ``ctx.events``), for the caller to fold
        the noun's record into it as a restatement.
    """
    if noun.pos_ not in ("NOUN", "PROPN") or event.mode is None or not any(
            c.dep_ == "det" and c.lower_ in ctx.lang.definite_articles for c in noun.children):
        return None
    here = _slot_of(ctx, noun)
    if here is None or _another_incident(here.span, ctx.lang):
        return None
    found, between = None, set()
    for other in sorted((e for e in ctx.events if e.event_type == event.event_type
                         and e.trigger.start < event.trigger.start), key=lambda e: -e.trigger.start):
        at = ctx.token_by_original_start.get(other.trigger.start)
        there = _slot_of(ctx, ctx.doc[at]) if at is not None else None
        if there is None or there.paragraph != here.paragraph or here.index - there.index > _ANTECEDENT_SENTENCES:
            return None
        if any(_another_incident(s.span, ctx.lang) for s in ctx.sentences[there.index + 1 : here.index]):
            return None  # "... Meanwhile, a bomb went off": another report
        if other.mode == event.mode:
            found = other
            break
        if other.actor is not None and other.actor.span is not None:
            between.add(other.actor.name)  # "to disperse the mob": an act in between, by whom?
    if found is None or found.actor is None or found.actor.span is None or found.actor.sector not in _ARMED_SECTORS \
            or not between <= {found.actor.name}:
        return None  # no doer named, or another side's act of violence in between: either may have done it
    if _another_scene(ctx, event, noun, found, there.index, here.index):
        return None  # "On Tuesday, two were killed in the firing in Baroda": another day or place, another firing
    window = [s for s in ctx.sentences[max(0, here.index - _ANTECEDENT_SENTENCES): here.index + 1]
              if s.paragraph == here.paragraph]
    if any(e is not found and e is not event and e.event_type == event.event_type and e.mode == event.mode
           and (e.actor is None or e.actor.name != found.actor.name) and any(_in(ctx, e, s.span) for s in window)
           for e in ctx.events):
        return None  # "Maoists fired at a patrol. The police returned fire.": an exchange, either side's bullets
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    victims = [event.recipient] + ([resolve(t) for t in _victim_heads(verb)] if resolve and verb is not None else [])
    if any(_own_side(v, found.actor) for v in victims):
        return None  # "Police fired at rioters. Two policemen were injured in the firing.": another side's firing
    return found


def _another_scene(ctx: DocContext, event: Event, noun, found: Event, first: int, last: int) -> bool:
    """Whether the act noun's sentence sets its act on another day or place than the act told before.

    A date or place entity the sentences from the antecedent's (``first``) up to the noun's (``last``) did not
    name, the two acts' dates read from the text not overlapping (:func:`_other_days`), or a place after the
    noun in a locative phrase of the noun or of the verb it hangs on ("injured in the firing in rajkot": a name,
    a proper noun or a noun without a determiner, the wire's lower case leaving names untagged) that those
    sentences did not name. "In the firing in the city" (a definite common noun) refers back and is no new place.
    """
    sent = ctx.sentences[last].span
    earlier = " ".join(s.span.text.lower() for s in ctx.sentences[first:last])
    if any(e.label_ in _NEW_SCENE_ENTITIES and e.text.lower() not in earlier for e in sent.ents):
        return True
    if _other_days(event, [found]):
        return True
    holders = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else [])
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.i > noun.i
                 and c.lower_ in ctx.lang.locative_prepositions):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            named = obj.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in obj.lefts) or not any(
                c.dep_ in ("det", "poss") for c in obj.children)
            if named and obj.pos_ in ("NOUN", "PROPN") and obj.lower_ not in earlier:
                return True
    return False


def when_doer(ctx: DocContext, tok, resolve) -> Actor | None:
    """The armed doer of the act a "when" clause tells of an occurrence verb's assault, or ``None``.

    "The massacre occurred on 3 June, when soldiers opened fire on the sit-in", "the killings took place when
    gunmen stormed a school": the subject of the clause did the act the verb says happened (PLOVER: the
    actor is who carried the assault out). The verb is one of the profile's ``occurrence_verbs`` ("took
    place": take with "place"); the clause hangs on it, or on the date it states ("on 3 June 2019, when
    ..."); its subject must be an armed side (state forces or a non-state armed group): "when residents
    slept" names no doer. The clause must tell an act of violence (its verb, or the verb it governs: "used
    gunfire to disperse", the trigger of an assault, a storming or a riot of ``ctx.events``), done, not going
    on: "the explosion occurred when soldiers were defusing a bomb", "the blast happened when a soldier
    stepped on a mine" tell what the soldiers were doing, not who set it off.
    """
    lang = ctx.lang
    lemma = tok.lemma_.lower()
    if lemma not in lang.occurrence_verbs and not (lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in tok.children)):
        return None
    violent = {ctx.token_by_original_start.get(e.trigger.start) for e in ctx.events
               if any(e.event_type == t and (m is None or e.mode == m) for t, m in _VIOLENCE)}
    dated = [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    clauses = [c for c in tok.children if c.dep_ == "advcl"] + [r for o in dated for r in o.children
                                                                 if r.dep_ == "relcl"]
    for clause in clauses:
        if is_passive(clause) or not any(m.dep_ == "advmod" and m.lower_ == "when" for m in clause.children):
            continue
        ongoing = clause.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in clause.children)
        acts = [clause] + [c for c in clause.children if c.dep_ in ("xcomp", "advcl", "conj")]
        if ongoing or not any(a.i in violent for a in acts):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        actor = resolve(subject) if subject is not None else None
        if actor is not None and actor.sector in _ARMED_SECTORS:
            return actor.model_copy(update={"reason": f"{actor.reason}; the doer of '{clause.text}', the act of "
                                                      f"the 'when' clause that says what '{tok.text}'"})
    return None
