"""Stage ``actors.implied_agent.v1``: the police as the agent of an agentless arrest the document ties to them.

News reports arrests and crowd control in the passive or as a noun with no
agent ("over 50 persons were arrested", "the 51 people arrested for their
role", "the arrest of the two leaders"). The text names no doer in the
sentence, yet an article that names the police acting elsewhere ("police
said", "the police had opened fire") reports them as the force that makes
the arrests: arresting and detaining are police powers (PLOVER manual 0.8,
COERCE "arrest": "arrests, detains or imprisons", CAMEO 173, whose source in
the CAMEO codebook's examples is police or security forces; ACLED codebook
2023, "Arrests": "state forces or other actors detain"), and crowd-control
weapons (tear gas, baton charges, water cannon; PLOVER ASSAULT
"crowd-control", CAMEO 175) are the police's.

So, for an event of :data:`POLICE_ACTS` that has no actor and whose trigger
has no subject of its own (an active verb whose subject did not resolve keeps
its abstention: "they arrested" is for coreference to solve), the agent is the
police force the document names as a clause subject, passive agent or
attributed source ("according to police"), never as a patient or object, outside
the act's own words, in the same report, region and country: the nearest such
mention before the trigger, else the first after it in its paragraph. The actor
is that force (its name, country and sector), with ``span=None`` (the sentence
does not name it), ``how="implied"``, and ``antecedent`` the span of the words
that name the police in the document, as evidence. A document that names no
police acting leaves the event without an actor, as before. A force put in
place ("security forces have been deployed") and the doer of a police act
noun ("police firing", "the intervention of police") also name the police
acting (:func:`_acting`). A case registered with no agent ("a case has been
registered") takes only the police of its scene, never a default force
(:mod:`dotterel.actors.police_scene`).

A passive police mobilisation that names no force moved ("security has been
tightened", "patrolling has been intensified": PLOVER MOBILIZE mode
``police``, CAMEO 151 "increase police alert status") takes the report's
police the same way: the units it raises are theirs; in a report that names
no force acting, it takes the police by office like an arrest (raising
security is a police power), under the same conditions
(:func:`_by_office`: an act of the report's own story).

A definite noun of an act of violence with no doer of its own ("Police
opened fire on the mob. One person was injured in the firing.") names the act
just told again (:func:`~dotterel.actors.attack_agents.antecedent_act`): it is
folded into that record (its trigger a restatement, its toll added), not
coded as a second event.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..events.agents import relative_head
from ..events.merge import merge_into
from ..events.objects import partitive_of
from ..records import NON_STATE_ARMED_SECTORS, STATE_FORCE_SECTORS, Actor, Event
from .attack_agents import antecedent_act, lone_armed_member_of_public, preceding_attacker, shooters, when_doer
from .claimed import claimed_actors
from .police_scene import other_force_between, registered_case, scene_mentions
from .protest_holders import demonym_holders as _demonym_holders, held_by_protest as _held_by_protest
from .protest_holders import protest_doer_before as _protest_doer_before
from .quoted_self import claimant_head, quoted_self_actor, reported_measure_actor

if TYPE_CHECKING:
    from ..pipeline.context import DocContext

__all__ = ["POLICE_ACTS", "ImpliedAgent", "police_act", "police_mentions"]

POLICE_ACTS: frozenset[tuple[str, str]] = frozenset({("COERCE", "arrest"), ("ASSAULT", "crowd-control")})
"""(PLOVER event type, mode) pairs that are police powers (module docstring)."""

_POLICE_SECTOR = "COP"


def police_act(event: Event, tok, lang) -> bool:
    """Whether ``event`` (its trigger ``tok``) is a police power: one of :data:`POLICE_ACTS`, or a charge booked.

    "Three people were booked for rioting", "have been booked under the
    ordinance": in South Asian English to book someone is to register a
    criminal case against them, which the police do (the first information
    report; profile ``police_charge_lemmas``; PLOVER ACCUSE "allege", CAMEO
    112). So is filing a record only the police file ("a chargesheet was
    filed": profile ``police_record_nouns``) or registering one that only
    the police register ("an FIR was registered": ``police_registered_nouns``
    with ``police_registering_lemmas``; PLOVER ACCUSE allege or
    investigate). Other accusations are anyone's: "an FIR was filed" or
    "lodged" may be the complainant's, as may "a case was filed".
    """
    if (event.event_type, event.mode) in POLICE_ACTS:
        return True
    if event.event_type == "ACCUSE":
        lemma = tok.lemma_.lower()
        for c in tok.children:
            if c.dep_ not in ("nsubjpass", "dobj"):
                continue
            if c.lower_ in lang.police_record_nouns or (
                    c.lower_ in lang.police_registered_nouns and lemma in lang.police_registering_lemmas):
                return True  # "a charge sheet was filed", "an FIR was registered": records only the police make
    return (event.event_type, event.mode) == ("ACCUSE", "allege") and (
        tok.lemma_.lower() in lang.police_charge_lemmas or tok.lower_ in lang.police_charge_lemmas)
_FORCE_SECTORS = STATE_FORCE_SECTORS
_STOPPAGE_MODES = frozenset({"strike", "general"})  # PLOVER manual, PROTEST modes of a work stoppage (not hunger)
_OTHER_FORCES = (NON_STATE_ARMED_SECTORS - {"CRM"}) | {"MIL", "SPY"}  # armed sides that send forces; gangs do not
"""Armed or security sectors other than the police: one named acting near an agentless arrest may have made it."""


def _subject(tok) -> bool:
    """Whether ``tok`` (a trigger) has a doer of its own: an active verb's subject, or a noun's possessor."""
    return any(c.dep_ in ("nsubj", "csubj", "poss") for c in tok.children)


def _agent(tok):
    """The passive "by" phrase of ``tok``, if any."""
    return next((c for c in tok.children if c.dep_ == "agent"), None)


def _unrealised(tok) -> bool:
    """Whether ``tok`` states an act that need not have taken place.

    A modal ("would be detained", "will arrest") or an infinitive ("orders
    to arrest anyone violating", "a message faxed to detain him") governs it,
    or an auxiliary put before its subject makes it a condition ("had he been
    detained", "were they arrested": an inverted conditional). A noun
    ("preventive arrests") is read through the verb it is the subject or
    object of ("we will effect preventive arrests").
    """
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head != tok:
        tok = tok.head
    if any(c.tag_ in ("MD", "TO") for c in tok.children):
        return True
    subject = max((c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), default=None)
    return subject is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subject for c in tok.children)


def _standing_by(verb, lang) -> bool:
    """Whether ``verb`` with its particle says its subject kept out of what happened: "police stood by", "looked on".

    A force named only as standing by is no doer of the acts around it, so no agentless act is given to it
    (the profile's ``inaction_phrases``, verb lemma and particle; dotterel developers).
    """
    # the parser may make the particle a preposition with no object ("stood by."), never one with ("stood by the decision")
    particles = [c.lower_ for c in verb.children if c.i > verb.i and (
        c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)))]
    return any(f"{verb.lemma_.lower()} {p}" in lang.inaction_phrases for p in particles)


def _acting(tok, lang=None) -> bool:
    """Whether the noun ``tok`` names a doer: a clause subject or a passive "by" agent, or a conjunct of one.

    "police said", "the police had opened fire", "police in Aden said",
    "fired by the police", "the Superintendent of Police said", "according
    to police": the docstring's "named as a clause subject or passive
    agent" (or the source a report is attributed to). An object, a patient ("a police officer was arrested")
    or a noun inside another phrase ("a raid on a police post") names no
    force acting. With the language profile, two more shapes name the
    force acting: the passive subject of a verb that puts a force in
    place (``police_presence_verbs``: "security forces have been deployed
    in the town"; PLOVER MOBILIZE, a side's own forces) and the doer of an
    act noun (``police_act_nouns``) that it modifies or follows in its
    "of" phrase ("police firing", "the intervention of police").
    """
    if lang is not None:
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in lang.police_act_nouns:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lang.police_act_nouns:
            return True
        if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in lang.police_presence_verbs:
            return True
    while tok.head != tok and (tok.dep_ in ("conj", "appos")
                                   or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"))):
        # "police and paramilitary forces said"; "the Superintendent of Police said": the phrase's head acts
        tok = tok.head if tok.dep_ != "pobj" else tok.head.head
    if tok.dep_ in ("nsubj", "csubj"):
        # "the special police simply stood by", "police looked on": a force said to stay out of it does nothing
        return lang is None or not _standing_by(tok.head, lang)
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return True
    return _attribution(tok)


def _unnamed_force(tok, lang) -> bool:
    """Whether the passive subject of ``tok`` is a force noun that names no force ("additional forces were deployed").

    Profile ``unnamed_force_nouns``; a word of its own phrase that names the
    force ("paramilitary forces", "forces of the BSF") is read by the
    resolver instead (:meth:`ImpliedAgent._moved_force`). Any other word that
    narrows the noun makes it another thing or another side's: a compound or
    owner ("market forces", "a labour force", "a task force", "its sales
    force", "Hamas's forces"), or an adjective outside the profile's
    ``unnamed_force_modifiers`` ("economic forces"); only "additional",
    "more", "fresh" forces refer back like a pronoun.
    """
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or (subj.lemma_.lower() not in lang.unnamed_force_nouns
                        and subj.lower_ not in lang.unnamed_force_nouns):
        return False
    return not any(c.dep_ in ("compound", "poss", "nmod", "npadvmod") or (
        c.dep_ == "amod" and c.lower_ not in lang.unnamed_force_modifiers) for c in subj.children)


def _other_side_speaks(ctx: DocContext, event: Event, force: Actor, resolve) -> bool:
    """Whether the event is reported by a speaker who is not of ``force``'s side.

    "Russian troops shelled the village. Ukraine said reinforcements were
    sent to the front": the claimant (``attribution.claimant_span``) speaks
    of its own side's forces, so a force named earlier is no antecedent when
    the speaker is of another country, or is an armed side other than a
    state force (``_OTHER_FORCES``: "Rebel commanders said more forces were
    rushed"). Residents, officials or reporters who report a deployment
    leave the antecedent; an unresolved speaker says nothing.
    """
    head = claimant_head(ctx, event)
    speaker = resolve(head) if head is not None else None
    if speaker is None:
        return False
    if speaker.sector in _OTHER_FORCES and speaker.sector not in _FORCE_SECTORS:
        return True
    return speaker.country is not None and force.country is not None and speaker.country != force.country


def _one_sided_clash(verb, lang) -> bool:
    """Whether the subject of ``verb`` is a clash noun that names no side ("Violent clashes claimed 225 lives").

    Profile ``clash_nouns``; a phrase of ``clash_side_prepositions`` on the noun names the sides itself.
    """
    return any(c.dep_ == "nsubj" and c.lower_ in lang.clash_nouns
               and not any(p.dep_ == "prep" and p.lower_ in lang.clash_side_prepositions for p in c.children)
               for c in verb.children)


_VIOLENT_ACTS = (("ASSAULT", None), ("PROTEST", "riot"), ("COERCE", "seize"))
"""PLOVER ASSAULT (any mode), PROTEST riot and COERCE seize ("stormed the city hall"): the acts of a side of clashes."""


def _violent_doer(ctx: DocContext, start: int) -> bool:
    """Whether the actor span of a violent event of the document holds the original offset ``start``.

    "Protesters stormed the city hall ... Violent clashes claimed 225 lives": the
    protesters are a side of the clashes because they are the doers of a violent
    act (``_VIOLENT_ACTS``; PLOVER manual, ASSAULT: the parties of two-sided
    violence). "Protesters rallied in Kampala. Clashes killed 10 soldiers in the
    border region" names protesters who did no violence: no side.
    """
    return any(e.actor is not None and e.actor.span is not None and e.actor.span.start <= start < e.actor.span.end
               and any(e.event_type == t and (m is None or e.mode == m) for t, m in _VIOLENT_ACTS)
               for e in ctx.events)


def _takes_a_side(noun, lang) -> bool:
    """Whether a protest noun names a side of its own: "pro-government protests", "counter-protests", "in support of".

    Its holders are then not the protesters the paragraph names ("Protesters
    in Hong Kong marched ... protests in support of the government were held in
    Beijing"); profile ``protest_side_prefixes`` and ``protest_side_nouns``.
    """
    doc = noun.doc
    if any(noun.lower_.startswith(p) and noun.lower_[len(p):] in lang.protest_event_nouns for p in lang.protest_side_prefixes):
        return True  # "counterprotests"
    if any(t.lower_ in lang.protest_side_prefixes and t.i + 1 < len(doc) and doc[t.i + 1].text == "-"
           for t in noun.subtree if t.i < noun.i):
        return True  # "pro-government protests", "counter-protests"
    return any(c.dep_ == "prep" and p.dep_ == "pobj" and p.lemma_.lower() in lang.protest_side_nouns
               for c in noun.children for p in c.children)


def _same_scene(tok, lang) -> bool:
    """"were detained when security forces broke up a march": the subject of a same-scene clause.

    The profile's ``same_scene_markers`` ("when", "as", "while") open a clause
    that shares the act's time and place; its subject acts there.
    """
    verb = tok.head if tok.dep_ in ("nsubj", "csubj") else None
    return verb is not None and any(c.dep_ in ("mark", "advmod") and c.lower_ in lang.same_scene_markers
                                    for c in verb.children)


def _attribution(tok) -> bool:
    """"according to police": the source the report is attributed to."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _elsewhere(place, where) -> bool:
    """Whether the resolved ``place`` lies in another country or first-level region than the event's ``where``.

    GeoNames admin1 ("Aden" and "Sanaa" are two governorates); a city and its
    own neighbourhood share one, and an unresolved place says nothing.
    """
    if place is None or where is None or place.country is None or where.country is None:
        return False
    if place.country != where.country:
        return True
    return place.admin1_code is not None and where.admin1_code is not None and place.admin1_code != where.admin1_code


def _by_office(tok, event: Event, lang) -> bool:
    """Whether an agentless act may take the police by office (:func:`_police_by_office`).

    The word must be one of the profile's ``police_arrest_lemmas`` ("captured"
    is also a soldier's act) or a passive verb of another police act (crowd
    control, a police mobilisation: "security has been tightened", a booking:
    "were booked for rioting", :func:`police_act`); a noun only as the
    subject of a passive light verb ("arrests have been made": "the detention
    of journalists continued", "announced the arrest of" say who reports it,
    not that it is the police's); and the person held must not be police
    ("a police officer was arrested": an anti-corruption bureau may hold him).

    The arrest must also be one of the report's own story: dated by its
    sentence or the story around it (``date.source`` "text" or "context"), not
    only by the publication date (a background arrest, "he said that 17000
    were arrested in connection with this gherao" of years before), and not
    historical by that date (PLOVER's historical mode: "in 1975, thousands
    were jailed during the Emergency"); it must not be said of a person in a
    relative clause ("X, who was arrested in Lucknow on Friday": a fact about
    the person, told in another story); and no passive verb conjoined with it
    may name its doer ("were rounded up and targeted by the government"). An
    arrest the report does not place in its own story may be anyone's
    (IndiaPoliceEvents codes the police acts of the report's events).
    """
    if event.recipient is not None and event.recipient.sector == _POLICE_SECTOR:
        return False
    if event.date is None or event.date.source == "publication" or tok.dep_ == "relcl" \
            or (event.attribution is not None and event.attribution.certainty == "historical"):
        return False
    if any(c.dep_ == "agent" for v in tok.conjuncts for c in v.children):
        return False  # "were rounded up and targeted by the government": a conjoined passive names its doer
    if event.mode != "arrest":
        return tok.pos_ == "VERB" and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    if tok.lemma_.lower() not in lang.police_arrest_lemmas and tok.lower_ not in lang.police_arrest_lemmas:
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in lang.light_verbs
    return True


def _police_by_office(event: Event) -> Actor:
    """The police as the agent of an agentless arrest or crowd-control act in a report that names no force acting.

    Arresting and the crowd-control weapons are police powers (module
    docstring): a report that says "50 persons were arrested" and names no
    force reports a police arrest (IndiaPoliceEvents codes it so: an arrest
    with no named agent is a police act). The actor is the police of the
    event's country when its place is resolved (``None`` otherwise, never
    guessed), with no span and no antecedent.
    """
    country = event.location.country if event.location is not None else None
    return Actor(span=None, name="police", country=country, sector=_POLICE_SECTOR, kind="group", how="implied",
                 reason=f"agentless '{event.trigger.text}' ({event.event_type} {event.mode}), a police act, in a "
                        "report that names no force acting: arrests, crowd control, booking a case and raising security are police "
                        "powers")


def police_mentions(ctx: DocContext, resolve, *, acting: bool = True, within=None,
                    sectors: frozenset[str] = frozenset({"COP"})) -> list[tuple[int, Actor]]:
    """The document's noun phrases that name a police force acting, in text order.

    Parameters
    ----------
    ctx : DocContext
    resolve : callable
        ``resolve(token) -> Actor | None`` for the head of a noun phrase.
    acting : bool
        Keep only the heads that name a doer (:func:`_acting`); ``False``
        keeps every head (for the words inside a "by" phrase).
    within : spacy.tokens.Span, optional
        Look only at these tokens (a "by" phrase) instead of the whole
        document, which the resolver would otherwise read again for each
        event.
    sectors : frozenset of str
        The sectors of the forces to list (default the police, ``COP``).

    Returns
    -------
    list of (int, Actor)
        The parsed-text offset of each mention's head and the actor it
        names (sector ``COP``): every phrase head (not a word that only
        modifies another noun, as in "police station") that is a clause
        subject or passive agent (:func:`_acting`) and that the resolver
        reads as police ("police said", "fired by the police", "police
        sources said", "the police commissioner told").
    """
    out = []
    lang = ctx.lang
    for tok in ctx.doc if within is None else within:
        if tok.pos_ not in ("NOUN", "PROPN") or (acting and not _acting(tok, lang)):
            continue
        if tok.dep_ == "compound" and not (acting and tok.head.lemma_.lower() in lang.police_act_nouns):
            continue  # "police station" names no force; "police firing" does (_acting)
        actor = resolve(tok)
        if actor is not None and actor.sector in sectors and actor.span is not None:
            out.append((tok.idx, actor))
    return out


class ImpliedAgent:
    """Stage ``actors.implied_agent.v1`` (see the module docstring).

    Parameters
    ----------
    resources : dotterel.pipeline.context.Resources
        Uses the actor resolver.
    """

    name = "actors.implied_agent.v1"
    requires = ("ctx.events", "ctx.paragraphs")
    provides = ("ctx.events",)

    def __init__(self, resources) -> None:
        self.actors = resources.actors

    def __repr__(self) -> str:
        return f"<stage {self.name}>"

    def __call__(self, ctx: DocContext) -> None:
        """Give each agentless police act of ``ctx.events`` the police the document names, if any."""

        def resolve(tok):
            para = ctx.paragraph_of_original(ctx.offsets.to_original(tok.idx))
            return self.actors.resolve(tok, to_span=ctx.span, context=ctx.actors_memory, paragraph=para,
                                       on=ctx.published)

        claimed_actors(ctx, resolve)  # "A car bomb killed 12 ... The Taliban claimed responsibility."
        for k, event in enumerate(ctx.events):
            # "'We have arrested five persons,' the police commissioner said": the police speaker's force
            if event.actor is None and event.attribution.direct_quote \
                    and (actor := quoted_self_actor(ctx, event, resolve)) is not None:
                ctx.events[k] = event.model_copy(update={"actor": actor})
            elif (actor := reported_measure_actor(ctx, event, resolve)) is not None:
                ctx.events[k] = event.model_copy(update={"actor": actor})  # "curfew was imposed, police said"
        ctx.events[:] = [e.model_copy(update={"actor": None}) if lone_armed_member_of_public(ctx, e) else e
                         for e in ctx.events]  # "A woman detonated an explosive vest": no civilian, no side named
        todo = [(k, tok) for k, e in enumerate(ctx.events) if (tok := self._agentless(ctx, e)) is not None]
        mentions: list | None = None
        folded: dict[int, Event] = {}
        for k, tok in todo:
            event = ctx.events[k]
            if event.event_type == "PROTEST":
                actor = _demonym_holders(ctx, event, tok, self.actors.kb) or self._protesters(ctx, event, tok, resolve)
            elif event.event_type == "MOBILIZE":
                actor = self._moved_force(tok, resolve, ctx.lang)
                if actor is None and _unnamed_force(tok, ctx.lang):
                    # "additional forces have been deployed": the force the document names acting before it
                    actor = self._antecedent_force(ctx, event, tok, resolve)
                if actor is None and event.mode == "police":
                    # "security has been tightened": police units mobilised (CAMEO 151) are the report's police
                    if mentions is None:
                        mentions = police_mentions(ctx, resolve)
                    actor = self._police(ctx, event, tok, mentions, resolve)
            elif event.event_type == "ASSAULT" and tok.pos_ in ("NOUN", "PROPN") and not police_act(event, tok, ctx.lang):
                if (told := antecedent_act(ctx, event, tok, resolve)) is not None:  # "Police opened fire. Two hurt in
                    folded[k] = told  # the firing.": the firing told again, one record (merged below)
                continue
            elif registered_case(event, tok, ctx.lang):  # "A case was registered": the scene's police only (police_scene)
                mentions = police_mentions(ctx, resolve) if mentions is None else mentions
                near = scene_mentions(ctx, event, tok, mentions, resolve)
                actor = self._police(ctx, event, tok, near, resolve) if near else None
            elif not police_act(event, tok, ctx.lang):
                actor = self._named_cause(tok, resolve, ctx.lang)
                if actor is None and event.event_type == "ASSAULT":
                    attacks = {ctx.token_by_original_start.get(e.trigger.start) for e in ctx.events
                               if e.event_type == "ASSAULT"}
                    actor = shooters(tok, resolve, ctx.lang, attacks)  # "snipers ..., as some shots hit policemen"
                if actor is None and event.event_type == "ASSAULT":
                    actor = when_doer(ctx, tok, resolve)  # "The massacre occurred when soldiers opened fire"
                if actor is None and event.event_type == "ASSAULT":
                    # "Gunmen stormed a church. At least 40 worshippers were killed."
                    actor = preceding_attacker(ctx, event, tok, resolve)
                if actor is None and event.event_type == "ASSAULT" and _one_sided_clash(tok, ctx.lang):
                    # "Violent clashes claimed 225 lives": the protesters the paragraph names are a side
                    actor = self._protesters(ctx, event, tok, resolve, violent=True)
            else:
                if mentions is None:
                    mentions = police_mentions(ctx, resolve)
                actor = self._police(ctx, event, tok, mentions, resolve)
            if actor is None:
                continue
            recipient = event.recipient
            if recipient is not None and recipient.span is not None and actor.span is not None \
                    and recipient.span.start == actor.span.start:
                recipient = None  # one phrase is one side
            ctx.events[k] = event.model_copy(update={"actor": actor, "recipient": recipient})
        for k, told in folded.items():
            at = next(i for i, e in enumerate(ctx.events) if e.trigger == told.trigger)
            ctx.events[at] = merge_into(ctx.events[at], ctx.events[k])
        ctx.events[:] = [e for k, e in enumerate(ctx.events) if k not in folded]
        _held_by_protest(ctx)

    @staticmethod
    def _police(ctx: DocContext, event: Event, tok, mentions: list[tuple[int, Actor]], resolve) -> Actor | None:
        """The police of an agentless police act: in its unresolved "by" phrase, else the nearest one the text allows.

        A mention counts when it lies outside the trigger's own subtree and
        the event's recipient (the arrested "police officer" is not the
        force that arrests him), in the trigger's paragraph or an earlier
        one, and, after the trigger, only in its own sentence ("..., police
        said"); a later sentence is another report ("Separately, police in
        Aden said"). The nearest before the trigger wins, else the first
        after it. A force of one country does not arrest in another: a
        mention whose country differs from the event's place country is
        not used (abstention).
        """
        agent = _agent(tok)
        if agent is not None:
            # "arrested by a team comprising personnel of godhra police": the phrase names them
            phrase = ctx.doc[agent.left_edge.i : agent.right_edge.i + 1]
            inside = police_mentions(ctx, resolve, acting=False, within=phrase)
            return inside[0][1] if inside else None
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        rec = event.recipient.span if event.recipient is not None else None
        doc, lang = ctx.doc, ctx.lang
        para = ctx.paragraph_of_original(ctx.offsets.to_original(tok.idx))
        sents = list(doc.sents)
        starts = [s.start_char for s in sents]
        shifts = [i for i, s in enumerate(sents) if s[0].lower_ in lang.topic_shift_adverbs]
        here = tok.sent.start_char
        where = event.location
        placed = {m.token.i: m.place for m in ctx.places}

        def allowed(m: tuple[int, Actor], *, own_words: bool = False) -> bool:
            at, actor = m
            head = doc[doc.char_span(at, at + 1, alignment_mode="expand").start]
            if not own_words and lo <= at < hi and not _attribution(head) and not _same_scene(head, lang):
                return False  # a word of the act itself ("the arrest of a police officer")
            if rec is not None and rec.start <= actor.span.start < rec.end:
                return False
            if at > tok.idx and ctx.paragraph_of_original(ctx.offsets.to_original(at)) != para:
                return False
            a, b = sorted((bisect.bisect_right(starts, at) - 1, bisect.bisect_right(starts, here) - 1))
            if any(a < i <= b for i in shifts):
                return False  # "Separately, police in Aden said ...": another report
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in lang.locative_prepositions:
                    for obj in prep.children:
                        if _elsewhere(placed.get(obj.i), where):
                            return False  # "police in Aden" are not the force of a detention in Sanaa
            return True

        near = [m for m in mentions if allowed(m)]
        if not near:
            if mentions or not _by_office(tok, event, lang) \
                    or any(allowed(m, own_words=True) for m in police_mentions(ctx, resolve, sectors=_OTHER_FORCES)):
                # police named elsewhere (another city, another report), or another force acting near it ("the
                # army had sealed the town", "in an area controlled by rebels"): who made the arrest is open
                # "the army had sealed the town", "were detained and later beaten by soldiers": another force
                # acting there may have made the arrests
                return None
            return _police_by_office(event)
        i = bisect.bisect_left([m[0] for m in near], tok.idx) - 1
        police = near[i][1] if i >= 0 else near[0][1]
        side = "before" if i >= 0 else "after"
        if i >= 0 and police.sector == _POLICE_SECTOR and other_force_between(ctx, event, near[i][0], tok, resolve,
                                                                              _OTHER_FORCES):
            return None  # "Police sealed the area. Soldiers raided the house. Three were detained." (police_scene)
        country = event.location.country if event.location is not None else None
        if country is not None and police.country is not None and police.country != country:
            return None
        return police.model_copy(update={
            "span": None, "how": "implied", "antecedent": police.span, "inter": None,
            "reason": f"agentless '{event.trigger.text}' ({event.event_type} {event.mode}), a police act: "
                      f"the police the document names {side} it ('{police.span.text}')"})

    @staticmethod
    def _antecedent_force(ctx: DocContext, event: Event, tok, resolve) -> Actor | None:
        """The force the document names acting before an unnamed force deployed (:func:`_unnamed_force`), or ``None``.

        The nearest police or military phrase (sectors ``COP``, ``MIL``) that
        names a doer (:func:`_acting`) before the trigger, in its paragraph or
        an earlier one, under :meth:`_police`'s conditions (no topic shift, no
        force placed in another region or country), and not when the
        event's speaker is of another side (:func:`_other_side_speaks`).
        Only one before it: "additional forces" refers back. Never a
        default: a document that
        names no force acting before it leaves the deployment without an
        actor.
        """
        mentions = [m for m in police_mentions(ctx, resolve, sectors=_FORCE_SECTORS) if m[0] < tok.idx]
        if not mentions:
            return None
        actor = ImpliedAgent._police(ctx, event, tok, mentions, resolve)
        if actor is None or actor.antecedent is None or _other_side_speaks(ctx, event, actor, resolve):
            return None
        return actor.model_copy(update={
            "reason": f"'{event.trigger.text}' (MOBILIZE) moves a force it does not name: the force the "
                      f"document names acting before it ('{actor.antecedent.text}')"})

    @staticmethod
    def _named_cause(tok, resolve, lang) -> Actor | None:
        """The state force of the act a toll names as its cause ("two were killed in police firing", "by police bullets").

        The cause is the object of the trigger's "in"/"during" phrase (or of
        a passive's "by" phrase: "killed by police bullets", or of the "to" of
        a verb of dying: "succumbed to police bullets") whose lemma is a
        force act or its means (``force_cause_lemmas``: firing, shelling,
        bullets...),
        and the force is a state word that modifies that noun directly
        ("police firing", "army shelling") or its "by" phrase ("firing by
        the police"). A word inside the cause's own
        phrases names its target or place, not its doer ("shelling of an
        army base", "a raid on a police post"), and another doer modifying
        the cause ("rebel shelling") leaves the toll without this actor.
        """
        for prep in tok.children:
            # "killed by police bullets": the passive's "by" phrase names the force's means, not a doer the
            # resolver knows
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "during", "by", "to"):
                continue
            # read the phrase in order: the small model often parses "police firing" as "police" + a clause
            doc, pre, cause = tok.doc, [], None
            for w in doc[prep.i + 1:tok.sent.end]:
                if w.lemma_.lower() in lang.force_cause_lemmas or w.lower_ in lang.force_cause_lemmas:
                    cause = w
                    break
                if w.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
                    break  # "a raid on a police post": the state word is past the cause
                pre.append(w)
            if cause is None:
                continue
            doers = [w for w in pre if w.pos_ in ("NOUN", "PROPN") or w.lower_ in lang.state_agent_modifiers]
            if not doers and cause.i + 2 < len(doc) and doc[cause.i + 1].lower_ in ("by", "with"):
                # "killed in firing by the police", "killed in an encounter with the police"
                for w in doc[cause.i + 2:]:
                    if w.pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
                        break
                    if w.pos_ in ("NOUN", "PROPN") or w.lower_ in lang.state_agent_modifiers:
                        doers.append(w)
            if not any(w.lower_ in lang.state_agent_modifiers for w in doers):
                continue
            # one force phrase: its last word is its head ("security forces firing"); another doer in
            # it ("rebel shelling", "rebel and army shelling") leaves the toll without this actor
            actor = resolve(doers[-1])
            if actor is None or actor.sector not in _FORCE_SECTORS:
                continue
            if any((a := resolve(w)) is not None and a.sector not in _FORCE_SECTORS for w in doers[:-1]):
                continue
            return actor.model_copy(update={
                "reason": f"{actor.reason}; '{' '.join(w.text for w in doers)} {cause.text}' names the "
                          f"force's act that caused '{tok.text}'"})
        return None

    @staticmethod
    def _moved_force(tok, resolve, lang) -> Actor | None:
        """The state force a passive deployment moves ("security forces have been deployed"), as its actor.

        A deployment told as a noun ("heavy police deployment was made", "there was a heavy deployment of
        police", profile ``deployment_nouns``) moves the force it names in a modifier or its "of" phrase, and
        so does one that a measure is taken with ("security was beefed up with the deployment of 500
        policemen"); never a default force (PLOVER MOBILIZE: a side's own forces).
        """
        subj = tok if tok.pos_ == "NOUN" else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        subj = relative_head(subj, lang)  # "the policemen who have been deployed": the noun "who" stands for
        subj = (partitive_of(subj, lang.partitive_nouns) or subj) if subj is not None else None  # "a total of 30 companies"
        if subj is not None and subj.lemma_.lower() not in lang.deployment_nouns:
            with_noun = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                              if o.dep_ == "pobj" and o.lemma_.lower() in lang.deployment_nouns), None)
            subj = with_noun or subj  # "was beefed up with the deployment of 500 policemen"
        actor = resolve(subj) if subj is not None and subj.lemma_.lower() not in lang.deployment_nouns else None
        if subj is not None and (actor is None or actor.sector not in _FORCE_SECTORS):
            # "two companies of the state reserve police were posted": a unit is read through its "of" phrase,
            # else through a noun modifying it
            of = next((p for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"), None)
            named = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
            if named is None:  # "police pickets were posted", "heavy police deployment was made"
                named = next((c for c in subj.children if c.dep_ in ("compound", "amod", "nmod") and c.i < subj.i
                              and c.pos_ in ("NOUN", "PROPN")), None)
            actor = resolve(named) if named is not None else None
        if actor is None or actor.sector not in _FORCE_SECTORS:
            return None
        return actor.model_copy(update={
            "reason": f"{actor.reason}; the force the passive '{tok.text}' moves is the one that deploys "
                      "(PLOVER MOBILIZE: a side's own forces)"})

    @staticmethod
    def _protesters(ctx: DocContext, event: Event, tok, resolve, *, violent: bool = False) -> Actor | None:
        """The protesters the paragraph names acting, as the holders of a protest named by a bare noun.

        Also a side of clashes that name none ("Violent clashes claimed the
        lives of 225 people" after "Protesters stormed the city hall"): PLOVER
        puts the parties of two-sided violence in the event (ASSAULT), and the
        protesters the paragraph names acting are one (:func:`_one_sided_clash`).

        "Nonetheless, protests escalated into riots, as demonstrators demanded
        Ruto's resignation"; "Some protesters arrived by bus ... the protests
        spread": a protest noun (profile ``protest_event_nouns``) with no holder
        of its own is held by the protesters (``protester_nouns``) the same
        paragraph names as a clause subject or agent (:func:`_acting`), in an
        earlier sentence or its own; the nearest before the trigger wins, else
        the first after it in its sentence (PLOVER manual, PROTEST: the actor
        is who protests). A paragraph that names no protesters acting leaves
        the protest without an actor: "The protests began" states no holder.
        A strike noun (``strike_nouns``) is held by the protesters of its own
        sentence, else only by the doer of an earlier strike of the paragraph
        ("Teachers went on strike"; PLOVER PROTEST modes strike, general): the
        marchers of an earlier sentence hold no strike.

        With ``violent`` (a side of clashes), the protesters must be the doer
        of a violent act of the paragraph (:func:`_violent_doer`): protesters
        who only rallied, or who died or were wounded ("Three protesters died
        in hospital"), are no side of a clash the text does not tie to them.
        """
        lang = ctx.lang
        para = ctx.paragraph_of_original(event.trigger.start)
        sent_end = tok.sent.end_char
        best = None
        # "the strike" (profile strike_nouns): held by who the paragraph says went on strike, not marched
        stoppage = not violent and tok.lemma_.lower() not in lang.protest_event_nouns
        for cand in (tok.sent if stoppage else ctx.doc):
            if cand.idx >= sent_end:
                break
            if cand.lemma_.lower() not in lang.protester_nouns and cand.lower_ not in lang.protester_nouns:
                continue
            if ctx.paragraph_of_original(ctx.offsets.to_original(cand.idx)) != para or not _acting(cand, lang):
                continue
            if violent and not _violent_doer(ctx, ctx.offsets.to_original(cand.idx)):
                continue
            actor = resolve(cand)
            if actor is None or actor.span is None:
                continue
            if cand.idx < tok.idx or best is None:
                best = (cand.idx < tok.idx, actor)
            if cand.idx > tok.idx:
                break
        who = "protesters the paragraph names acting"
        if best is None and not violent:
            definite = any(c.dep_ == "det" and c.lower_ in lang.definite_articles for c in tok.children)
            best = _protest_doer_before(ctx, event, para, _STOPPAGE_MODES if stoppage else None, back=definite)
            who = "people the paragraph says protested" if best is None or \
                ctx.paragraph_of_original(best[1].span.start) == para else "people the paragraph before says protested"
        if best is None:
            return None
        side, actor = ("before" if best[0] else "after"), best[1]
        return actor.model_copy(update={
            "span": None, "how": "implied", "antecedent": actor.span, "inter": None,
            "reason": f"'{event.trigger.text}' ({event.event_type}) names no doer: the {who} {side} it "
                      f"('{actor.span.text}')"})

    @staticmethod
    def _agentless(ctx: DocContext, event: Event):
        """The trigger token of an event this stage may give an actor, or ``None``."""
        if event.actor is not None:
            return None
        if event.event_type == "PROTEST":
            at = ctx.token_by_original_start.get(event.trigger.start)
            tok = ctx.doc[at] if at is not None else None
            if tok is None or tok.pos_ not in ("NOUN", "PROPN") or (tok.lemma_.lower() not in ctx.lang.protest_event_nouns
                                                                    and tok.lemma_.lower() not in ctx.lang.strike_nouns):
                return None  # "the protests", "the strike" (coded PROTEST, so a work stoppage, not an air strike)
            # "their protests", "protests by students", "protests of workers": a holder of its own
            if any(c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ in ("by", "of")) for c in tok.children):
                return None
            if _takes_a_side(tok, ctx.lang):
                return None
            return tok
        if (event.event_type, event.mode) not in POLICE_ACTS and event.event_type not in ("MOBILIZE", "ASSAULT", "ACCUSE"):
            return None
        at = ctx.token_by_original_start.get(event.trigger.start)
        if at is None:
            return None
        tok = ctx.doc[at]
        if event.event_type == "ACCUSE" and not (police_act(event, tok, ctx.lang) or registered_case(event, tok, ctx.lang)):
            return None
        # a verb that states the act took place; a noun of a police act ("the arrest of the leader", "arrests
        # were made") too, unless a determiner denies or generalises it ("any such arrest", "no arrests")
        if tok.pos_ in ("NOUN", "PROPN") and event.event_type == "ASSAULT" and not police_act(event, tok, ctx.lang):
            return tok if any(c.dep_ == "det" and c.lower_ in ctx.lang.definite_articles for c in tok.children) else None
        if tok.pos_ in ("NOUN", "PROPN"):
            # "heavy police deployment was made": a deployment noun moves the force it names
            deployment = event.event_type == "MOBILIZE" and tok.lemma_.lower() in ctx.lang.deployment_nouns
            if not (police_act(event, tok, ctx.lang) or deployment) or any(
                    c.dep_ == "det" and c.lower_ in ctx.lang.non_specific_determiners for c in tok.children):
                return None
        elif tok.pos_ != "VERB":
            return None
        if _unrealised(tok):
            return None
        # the subject of a toll ("125 persons have died in police firing") is its victim, not a doer
        if _subject(tok) and (police_act(event, tok, ctx.lang) or event.event_type == "MOBILIZE"):
            return None
        return tok
