"""Stage ``assemble.v1``: turn each sentence's candidates into event records.

For every candidate, in sentence order: the claim (claimant, reporting verb,
certainty; :mod:`dotterel.attribution`), the date (:mod:`dotterel.events.dating`),
the actor and recipient (:mod:`dotterel.actors.resolve`), the policy of
:mod:`dotterel.events.policy`, the codes (the ontology's CAMEO, PLOVER context
and ACLED crosswalks) and the location (:mod:`dotterel.places.event_location`).
Then the sentence's figures are credited to its events and events that state
the same thing are merged (:mod:`dotterel.events.merge`). A candidate that is
not coded is recorded as an abstention with the reason.
"""

from __future__ import annotations

import functools
import hashlib

from ..attribution import Claim, _reporting_head, _subject, attribute
from ..attribution_stance import first_person_frame
from ..counts import part_of_counted, whole_of_a_lone_part
from ..records import Actor, Count, Event, Span
from ..records.coded import EventCandidate
from . import dating, policy
from .date_context import paragraph_year, story_month
from .acled import side
from .agents import harm_clause_agent
from .clauses import engaging_verb
from .vetoes import accidental_blast
from .syntax import to_infinitive
from .recipients import act_doer, conditional_party, host_country, object_party, occupants, place_holders, protest_target
from .recipients import requester
from .state_targets import banned_public, clash_opponent, confronted_protest, policed_at_home, repressor, threatened_patient
from .merge import (attach_part_of_toll, attach_subgroup, attach_toll, distribute_counts, harms_of_one_act, merge_into,
                    merge_sentence, placed_apart, same_paragraph_protest, toll_in_scene)

__all__ = ["Assembler", "event_id"]


def event_id(doc_id: str, trigger: Span, event_type: str, mode: str | None, version: str) -> str:
    """The stable id of an event mention: ``"ev:"`` and 16 hex digits of a sha256.

    Parameters
    ----------
    doc_id : str
    trigger : Span
        The trigger's span in the original text.
    event_type, mode : str, str | None
    version : str
        The dotterel version.

    Returns
    -------
    str
    """
    key = f"{doc_id}|{trigger.start}|{trigger.end}|{event_type}|{mode or ''}|{version}"
    return "ev:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _trigger_lemma(ctx, event: Event) -> str | None:
    """The lemma of an event's trigger word, from the parse (``None`` when its token is not found)."""
    i = ctx.token_by_original_start.get(event.trigger.start)
    return ctx.doc[i].lemma_.lower() if i is not None else None


def _trigger_token(ctx, event: Event):
    """The parse token of an event's trigger (``None`` when not found)."""
    i = ctx.token_by_original_start.get(event.trigger.start)
    return ctx.doc[i] if i is not None else None


def _place_country(ctx, tok) -> str | None:
    """The country of the resolved place whose name holds ``tok`` (``None`` when none does)."""
    return next((m.place.country for m in ctx.places if m.start <= tok.idx < m.end and m.place.country), None)


def _took_a_place(ctx, event: Event, verb) -> bool:
    """Whether a seizure took a place: CAMEO 192 (occupy territory), or an object that is a place or a place noun."""
    places = ctx.lang.place_nouns | ctx.lang.settlement_nouns
    return event.cameo == "192" or any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in places or c.ent_type_ in ("GPE", "LOC", "FAC"))
        for c in verb.children)


_HAPPENED = frozenset({"asserted", "reported"})
"""Certainties of an act that took place, on the author's or a reporter's word."""


def _dates_own_clause(toks, date_ents, event_date) -> bool:
    """Whether ``event_date`` comes from a date phrase of the event's own clause, not one its clause borrowed."""
    if event_date.span is None:
        return False
    for ent, span in date_ents:
        if (span.start, span.end) == (event_date.span.start, event_date.span.end):
            return dating.governing_verb(ent.root) in (toks.head, toks.trigger)
    return False


class Assembler:
    """Stage ``assemble.v1`` (see the module docstring).

    Parameters
    ----------
    resources : dotterel.pipeline.context.Resources
        Uses the ontology, lexicon, actor resolver, locator and version.
    """

    name = "assemble.v1"
    requires = ("ctx.candidates", "ctx.paragraphs", "ctx.quotes", "ctx.dates", "ctx.home", "ctx.places",
                "sentence.date_ents", "sentence.counts")
    provides = ("ctx.events",)

    def __init__(self, resources) -> None:
        self.ontology = resources.ontology
        self.lexicon = resources.lexicon
        self.actors = resources.actors
        self.locator = resources.locator
        self.version = resources.version

    def __call__(self, ctx) -> None:
        """Turn every sentence's candidates into ``ctx.events``, recording abstentions on ``ctx``."""
        ctx.actors_memory.places = ctx.places
        ctx.actors_memory.resolve_alone = self.locator.gazetteer.resolve
        for slot in ctx.sentences:
            self._sentence(ctx, slot)
        token_at = lambda c: (ctx.doc[i] if (i := ctx.token_by_original_start.get(c.span.start)) is not None else None)  # noqa: E731
        ctx.events[:] = [e if not e.counts else e.model_copy(update={"counts": whole_of_a_lone_part(
            e.counts, token_at, to_span=ctx.span, lang=ctx.lang)}) for e in ctx.events]

    # -- one sentence ----------------------------------------------------------
    def _sentence(self, ctx, slot) -> None:
        para = slot.paragraph
        resolve_claimant = functools.partial(self._resolve, ctx=ctx, para=para, on=ctx.published)
        coded: list[tuple[Event, EventCandidate]] = []
        for cand in slot.candidates:
            one = self._code(ctx, slot, cand, resolve_claimant, [e for e, _c in coded])
            if one is not None:
                coded.append(one)

        def credit(count, event):
            return self._count_claimant(ctx, count, event.attribution.claimant, resolve_claimant)

        credited = distribute_counts([event for event, _c in coded], slot.counts, credit, ontology=self.ontology)
        kept: list[Event] = []
        kept_heads: list[int] = []  # trigger token of each kept event
        restated: list[int | None] = []  # the earlier event of the document each kept event tells again
        for event, (_e, cand) in self._tolls_last(ctx, list(zip(credited, coded))):
            into = self._result_of(ctx, cand, kept, kept_heads, event)
            if into is None:
                into = self._definite_fight_of(ctx, cand, kept)
            if into is not None and event.event_type == "ASSAULT" and kept[into].event_type == "COERCE":
                # "recaptured the hamlet after heavy fighting with IS militants": one incident, a battle that took a
                # place (ACLED Battles, Government regains territory; PLOVER ASSAULT, CAMEO 190). The taking's
                # clause keeps the record's trigger, sides and claim; the fight gives the type
                taking = merge_into(kept[into], event)
                kept[into] = taking.model_copy(update={
                    "event_id": event_id(ctx.document.doc_id, taking.trigger, event.event_type, event.mode,
                                         self.version),
                    **{f: getattr(event, f) for f in ("event_type", "mode", "cameo", "sub_event_type", "context",
                                                      "quad_class")}})
                continue
            if into is not None:
                kept[into] = merge_into(kept[into], event)
                continue
            if cand.implied:
                earlier = same_paragraph_protest(ctx.events, event, ctx.paragraph_of_original)
                if earlier is not None:
                    ctx.events[earlier] = merge_into(ctx.events[earlier], event)
                    continue
            if cand.toll and event.actor is None and self._new_incident(ctx, cand):
                pass  # "two of the soldiers were killed in a second attack": a toll of its own incident
            elif cand.toll and event.actor is None and self._part_of_counted(ctx, cand, event):
                if not (attach_part_of_toll(kept, event, paragraph=ctx.paragraph_of_original)
                        or attach_part_of_toll(ctx.events, event, paragraph=ctx.paragraph_of_original)):
                    ctx.abstain(cand, f"{cand.event_type}: its figure counts part of a group already counted "
                                      f"('{event.counts[0].span.text}'), a subset of a toll with no whole toll "
                                      "in reach, not a new toll")
                continue
            elif cand.toll and event.actor is None and kept and self._two_sided_toll(ctx, kept, event):
                continue
            elif event.actor is None and (host := self._act_as_subject(ctx, cand, kept_heads)) is not None:
                # "Fighting between the army and the RSF killed dozens of civilians": the clash's toll, one event
                one = [kept[host]]
                attach_toll(one, event)
                kept[host] = one[0]
                continue
            elif cand.toll and event.actor is None and (
                attach_toll(kept, event) or attach_toll(ctx.events, event, paragraph=ctx.paragraph_of_original,
                                                        riots_only=self._period_toll(ctx, cand), apart=placed_apart)
            ):
                continue
            elif not kept and attach_subgroup(ctx.events, event, self._subgroup_labels(ctx, event),
                                            paragraph=ctx.paragraph_of_original):
                continue
            elif cand.toll and event.actor is None and self._death_with_no_violence(ctx, cand, kept, event):
                ctx.abstain(cand, f"{cand.event_type}: a death that names no violent cause and no act of "
                                  "violence in its paragraph explains (not political violence)")
                continue
            kept.append(event)
            kept_heads.append(ctx.tokens(cand).trigger.i)
            restated.append(self._restated_act(ctx, cand, event))
        kept = [self._aimed(ctx, event, head_i) for event, head_i in zip(kept, kept_heads)]
        triggers = {e.trigger.start: ctx.doc[i] for e, i in zip(kept, kept_heads)}
        for event, earlier in zip(kept, restated):
            if earlier is not None:  # after the sentence's results joined it ("repelled the attack, killing five")
                ctx.events[earlier] = merge_into(ctx.events[earlier], event)
        ctx.events.extend(merge_sentence(
            [event for event, earlier in zip(kept, restated) if earlier is None],
            one_act=lambda a, b: harms_of_one_act(triggers[a.trigger.start], triggers[b.trigger.start],
                                                  patient_verbs=ctx.lang.patient_verbs)
            or toll_in_scene(triggers[a.trigger.start], triggers[b.trigger.start],
                             patient_verbs=ctx.lang.patient_verbs, lang=ctx.lang)
            # "soldiers engaged in a gunfight with militants": the verb and its noun state one act
            or engaging_verb(triggers[b.trigger.start], ctx.lang) == triggers[a.trigger.start]))

    @staticmethod
    def _stating_verb(ctx, cand: EventCandidate) -> list[Span]:
        """The verb that states an event its noun names: "clashes erupted", "staged a protest".

        A rule whose trigger is its subject or object noun (``trigger_on``) codes the noun; the verb
        of that clause says the same event happened and is kept as a restatement. Source: PLOVER
        manual (2021), one event however many words of a sentence state it.
        """
        toks = ctx.tokens(cand)
        if cand.part is not None or toks.head.i == toks.trigger.i or toks.head.pos_ != "VERB" \
                or toks.trigger.pos_ not in ("NOUN", "PROPN"):
            return []
        return [ctx.token_span(toks.head)]

    @staticmethod
    def _aimed(ctx, event: Event, head_i: int) -> Event:
        """An assault with the subjectless aim participle that names its target as a restatement.

        "ISIS launched a new offensive in the northern sector, targeting the
        government-held districts": the participle (profile
        ``aim_participles``) says where the same offensive was aimed, whoever
        the subject is; when its own trigger rule has already coded it, the
        two were merged by :meth:`_result_of`.
        """
        if event.event_type != "ASSAULT":
            return event
        verb = ctx.doc[head_i]
        known = {event.trigger.start, *(r.start for r in event.restatements)}
        heads = [verb]
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
            # "carried out a series of airstrikes over Deir Ezzor, targeting ...": the participle hangs on
            # the light verb whose object names the assault
            heads.append(verb.head)
        aims = [ctx.token_span(c) for h in heads for c in h.children
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in ctx.lang.aim_participles
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        aims = [a for a in aims if a.start not in known]
        return event.model_copy(update={"restatements": event.restatements + aims}) if aims else event

    def _death_with_no_violence(self, ctx, cand: EventCandidate, kept: list[Event], event: Event) -> bool:
        """Whether a bare death ("two patients died", "died in 2013") has no violence to belong to.

        The verb is one of the profile's ``bare_death_verbs``; no other word of its sentence names a
        violent cause or harm ("two of the soldiers injured died", "died and 22 were injured when militants
        threw a grenade", "brutal fighting, in which 100,000 people died") (profile ``violent_death_causes`` or a word the trigger lexicon types ASSAULT, PROTEST or a seizure: "died in clashes",
        "died of gunshot wounds", "died in custody"); and no assault or protest is coded in its sentence or
        paragraph. ACLED codebook (2023): fatalities are counted for political violence events; a death is
        not one by itself.
        """
        trig = ctx.tokens(cand).trigger
        lang = ctx.lang
        if trig.lemma_.lower() not in lang.bare_death_verbs:
            return False
        causes = [w for w in trig.sent if w.i != trig.i]
        if any(w.lower_ in lang.violent_death_causes or w.lemma_.lower() in lang.violent_death_causes
               or (w.pos_ in ("NOUN", "VERB") and any(
                   (r.event_type in ("ASSAULT", "PROTEST") or (r.event_type, r.mode) == ("COERCE", "seize"))
                   and (not r.pos or w.pos_ in r.pos) for r in self.lexicon.rules_for(w.lemma_.lower())))
               for w in causes):
            return False
        paragraph = ctx.paragraph_of_original(event.trigger.start)
        return not any(e.event_type in ("ASSAULT", "PROTEST") for e in kept) and not any(
            e.event_type in ("ASSAULT", "PROTEST") and ctx.paragraph_of_original(e.trigger.start) == paragraph
            for e in ctx.events)

    @staticmethod
    def _restated_act(ctx, cand: EventCandidate, event: Event) -> int | None:
        """The earlier assault that "repelled the assault" or "the attack took place" refers back to, else None.

        "JNIM attacked a detachment in Djibo. The army said it had repelled the assault", "FARC dissidents kill
        seven soldiers (headline). The attack took place on Thursday": a verb of the profile's
        ``restating_act_verbs`` whose object or subject is a definite act noun ("the", "this": profile
        ``definite_articles``, ``coref_demonstratives``; not "a second attack", ``new_incident_words``) tells
        the earlier act again, the nearest assault of the document that happened, and adds its date and place
        to it (:func:`~dotterel.events.merge.merge_into`). PLOVER and ACLED count one event. The noun must name
        a violent act (profile ``claimed_act_nouns``: "repelled the rebels" tells nothing again), and the
        document's earlier assaults must have one actor (or none named): with two attacks by different hands
        the referent is a guess, and the restatement stays a record of its own, as before.
        """
        head = ctx.tokens(cand).head
        lang = ctx.lang
        if cand.event_type != "ASSAULT" or head.lemma_.lower() not in lang.restating_act_verbs \
                or event.attribution.certainty not in _HAPPENED:
            return None
        acts = [c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.pos_ == "NOUN"
                and c.lemma_.lower() in lang.claimed_act_nouns  # "repelled the rebels" tells no act again
                and any(d.dep_ == "det" and d.lower_ in lang.definite_articles | lang.coref_demonstratives
                        for d in c.children)
                and not any(d.lower_ in lang.new_incident_words for d in c.children)]
        if not acts:
            return None
        earlier = [k for k in range(len(ctx.events) - 1, -1, -1) if ctx.events[k].event_type == "ASSAULT"
                   and ctx.events[k].attribution.certainty in _HAPPENED]
        if not earlier:
            return None
        # "Gunmen killed four villagers. In a separate incident, soldiers shot two herders. The army said it had
        # repelled the assault": two earlier assaults by different hands, and "the assault" may be either one;
        # the nearest is then no safer a guess than the other, so the restatement joins none
        sides = {ctx.events[k].actor.name for k in earlier if ctx.events[k].actor is not None}
        return earlier[0] if len(sides) <= 1 else None

    @staticmethod
    def _new_incident(ctx, cand: EventCandidate) -> bool:
        """Whether a toll names its own incident as new ("killed in a second attack", "in a separate attack").

        The scene noun after ``toll_scene_prepositions`` (or a passive "by": "by a new roadside bomb") carries
        a word of the profile's ``new_incident_words``: the toll is that incident's, not a part or a restatement
        of an earlier toll (ACLED codebook 2023: each incident is its own event with its own fatalities).
        """
        trig = ctx.tokens(cand).trigger
        lang = ctx.lang
        scenes = [o for p in trig.children if p.dep_ == "agent"
                  or (p.dep_ == "prep" and p.lower_ in lang.toll_scene_prepositions)
                  for o in p.children if o.dep_ == "pobj"]
        return any(c.lower_ in lang.new_incident_words for o in scenes for c in o.children
                   if c.dep_ in ("amod", "det", "compound", "nummod"))

    @staticmethod
    def _period_toll(ctx, cand: EventCandidate) -> bool:
        """Whether a toll names a protest wave or period as its scene or cause ("killed because of the protests").

        Such a toll (profile ``period_toll_nouns`` after ``toll_scene_prepositions`` or
        ``toll_cause_prepositions``) is the period's, not the incident's of an earlier sentence ("A supermarket was
        looted. At least thirteen people were killed because of the protests"): issue 16, a period toll is never
        merged into one incident.
        """
        trig = ctx.tokens(cand).trigger
        lang = ctx.lang
        return any(p.lower_ in lang.toll_scene_prepositions or p.lower_ in lang.toll_cause_prepositions
                   for p in trig.children if p.dep_ == "prep"
                   for o in p.children if o.dep_ == "pobj" and o.lower_ in lang.period_toll_nouns)

    @staticmethod
    def _part_of_counted(ctx, cand: EventCandidate, event: Event) -> bool:
        """Whether a toll's subject is a part of a group already counted ("three of the policemen killed").

        The figure then counts a subset of an earlier toll, and the clause's
        own act ("were beheaded") is a detail of it
        (:func:`~dotterel.counts.part_of_counted`).
        """
        if not event.counts or any(c.subgroup is None for c in event.counts):
            return False
        trig = ctx.tokens(cand).trigger
        return any(c.dep_ in ("nsubj", "nsubjpass") and part_of_counted(c, lang=ctx.lang) for c in trig.children)

    @staticmethod
    def _definite_fight_of(ctx, cand: EventCandidate, kept: list[Event]) -> int | None:
        """The earlier assault of the sentence that "the exchange of fire" or "the ensuing gunfight" tells again.

        "Gunmen attacked a police post, killing one officer; two assailants died in the exchange of fire": a fight
        noun (profile ``clash_nouns``) with a definite article, after an assault of its own sentence, is that
        assault's fight, not a second event (ACLED codebook 2023: one event per act, its fatalities together).
        """
        trig = ctx.tokens(cand).trigger
        lang = ctx.lang
        if cand.event_type != "ASSAULT" or trig.pos_ != "NOUN" or trig.lower_ not in lang.clash_nouns \
                or not any(d.dep_ == "det" and d.lower_ in lang.definite_articles for d in trig.children):
            return None
        if trig.dep_ != "pobj" or trig.head.lower_ not in lang.toll_scene_prepositions or any(
                c.dep_ == "prep" and c.lower_ in lang.clash_side_prepositions for c in trig.children):
            # "following the clash between the police and VHP supporters": a fight with sides of its own, or not
            # the scene of a toll of the sentence, is its own event
            return None
        return next((k for k in range(len(kept) - 1, -1, -1) if kept[k].event_type == "ASSAULT"), None)

    @staticmethod
    def _act_as_subject(ctx, cand: EventCandidate, kept_heads: list[int]) -> int | None:
        """The index in ``kept`` of the assault whose trigger is this harm's subject, or None.

        "Fighting between the army and the RSF killed dozens of civilians", "The attack on the market killed 12":
        the subject of the killing is an act the sentence already coded, so the killing is that act's toll, its
        victims counted on it (ACLED codebook 2023: civilians caught in a battle are its fatalities), not a
        second event with no doer.
        """
        trig = ctx.tokens(cand).trigger
        subject = next((c.i for c in trig.children if c.dep_ == "nsubj"), None)
        return kept_heads.index(subject) if subject in kept_heads and cand.event_type == "ASSAULT" else None

    @staticmethod
    def _two_sided_toll(ctx, kept: list[Event], toll: Event) -> bool:
        """Attach a toll to the clash of its sentence, its victims becoming the clash's other side.

        "Three soldiers were killed in clashes with insurgents": the clash
        (profile ``clash_nouns``) names one side, the toll the other; PLOVER
        puts both parties of two-sided violence in the event (PLOVER manual,
        ASSAULT), so the soldiers become the actor and keep their toll.
        """
        last = next((k for k in range(len(kept) - 1, -1, -1) if kept[k].event_type == "ASSAULT"), None)
        if last is None or kept[last].actor is not None or toll.recipient is None \
                or kept[last].trigger.text.lower() not in ctx.lang.clash_nouns \
                or (kept[last].recipient is not None and kept[last].recipient.name == toll.recipient.name):
            return False
        attach_toll(kept, toll)
        kept[last] = kept[last].model_copy(update={"actor": toll.recipient})
        return True

    @staticmethod
    def _tolls_last(ctx, pairs: list) -> list:
        """The sentence's events, a toll stated "in" a later act of the sentence moved after that act.

        "Three soldiers were killed in clashes with insurgents": the toll
        belongs to the clashes (profile ``toll_scene_prepositions``), so the
        clashes are kept first and the toll attaches to them
        (:func:`~dotterel.events.merge.attach_toll`), not to an assault of an
        earlier sentence.
        """
        triggers = {ctx.tokens(cand).trigger.i for _e, (_x, cand) in pairs}

        def in_later_act(cand) -> bool:
            trig = ctx.tokens(cand).trigger
            return cand.toll and any(p.i in triggers and p.i > trig.i for c in trig.children
                                     if c.dep_ == "prep" and c.lower_ in ctx.lang.toll_scene_prepositions
                                     for p in c.children if p.dep_ == "pobj")

        return [pair for pair in pairs if not in_later_act(pair[1][1])] + [
            pair for pair in pairs if in_later_act(pair[1][1])]

    @staticmethod
    def _result_of(ctx, cand: EventCandidate, kept: list[Event], kept_heads: list[int], event: Event) -> int | None:
        """The kept event whose result this one states, or None.

        "Police opened fire on protesters, killing three": a subjectless
        present participle of a toll verb (profile ``result_participles``)
        hung on an event verb of the same type states its outcome, not a
        second incident (PLOVER and ACLED count one event; the toll belongs to
        the firing). "The army launched an offensive, targeting the town": a
        participle of aiming (``aim_participles``) coded by a rule of its own
        restates the same assault, which takes any field it lacks from it
        (:func:`~dotterel.events.merge.merge_into`). Other participles
        are acts of their own ("attacked the village, abducting 300 boys").
        A fight noun after a taking of a place ("seized the town after a
        battle with government troops", ``fight_adjunct_prepositions``) is
        how the place was taken: one event, the battle (ACLED codes one
        Battles event of the territorial sub-event type; PLOVER ASSAULT,
        CAMEO 190), which the caller keeps with the taking as restatement.
        A purpose infinitive with no subject of its own, of the same type and
        a compatible mode ("used tear gas to disperse protesters", "fired
        water cannon to break up the rally"), names what the act was for: one
        incident, as PLOVER and ACLED count it; a protest's purpose infinitive ("went on strike to protest
        extortion") is its aim, whatever the two modes. A ceasefire that an agreement's verb takes as its
        object ("agreed to a ceasefire that took effect at dawn") is the agreement's: one AGREE (CAMEO 0356).

        Parameters
        ----------
        ctx : DocContext
        cand : EventCandidate
            The candidate of ``event``.
        kept : list[Event]
            The sentence's events kept so far, in text order.
        kept_heads : list[int]
            The trigger token index of each kept event.
        event : Event

        Returns
        -------
        int | None
            The index in ``kept`` to merge ``event`` into.
        """
        trig = ctx.tokens(cand).trigger
        prep = trig.head
        if prep.lower_ == "of" and prep.head.dep_ == "pobj":
            prep = prep.head.head  # "after hours of fighting"
        if cand.event_type == "ASSAULT" and trig.pos_ == "NOUN" and trig.dep_ == "pobj" \
                and prep.lower_ in ctx.lang.fight_adjunct_prepositions:
            # "seized the town after a battle with government troops": the battle is how the town was taken
            # the taking is the verb the phrase hangs on, or a noun that is its subject ("the capture of X ..., after
            # clashes with Y, was confirmed")
            verb = prep.head
            for _ in range(4):  # "recaptured the hamlet of X, east of Palmyra, after ...": the parser may hang it low
                if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                    break
                verb = verb.head
            takers = {prep.head.i, verb.i} | {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
            if verb.lemma_.lower() in ctx.lang.reporting_verbs:
                takers.add(verb.head.i)  # "X recaptured the town ..., after heavy fighting ..., state media reported"
            return next((k for k, (prev, head_i) in enumerate(zip(kept, kept_heads))
                         if head_i in takers and prev.event_type == "COERCE" and prev.mode == "seize"
                         and _took_a_place(ctx, prev, ctx.doc[head_i])  # not weapons seized after a gunbattle
                         and (prev.attribution.certainty == event.attribution.certainty
                              or {prev.attribution.certainty, event.attribution.certainty} <= _HAPPENED)), None)
        if (cand.event_type, cand.mode) == ("RETREAT", "ceasefire") and trig.pos_ in ("NOUN", "PROPN") \
                and trig.dep_ in ("dobj", "pobj"):
            # "agreed to a ceasefire that took effect at dawn", "signed a truce, which came into force on Monday": the
            # ceasefire agreed to is the agreement's (CAMEO 0356 "agree to ceasefire" is PLOVER AGREE): one record
            gov = trig.head.head if trig.dep_ == "pobj" else trig.head
            return next((k for k, (prev, head_i) in enumerate(zip(kept, kept_heads))
                         if head_i == gov.i and prev.event_type == "AGREE"
                         and prev.attribution.certainty == event.attribution.certainty), None)
        if trig.dep_ in ("advcl", "xcomp") and to_infinitive(trig) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
            # "used tear gas to disperse protesters": the infinitive names what the act was for, one incident;
            # "went on strike to protest extortion", "staged a sit-in to protest the arrest": a protest's purpose
            # infinitive is its aim, whatever the mode (PLOVER manual, PROTEST: the issue is the protest's aim)
            aim = event.event_type == "PROTEST"
            return next((k for k, (prev, head_i) in enumerate(zip(kept, kept_heads))
                         if (head_i == trig.head.i or (aim and ctx.doc[head_i].head.i == trig.head.i))
                         and prev.event_type == event.event_type
                         and (aim or prev.mode == event.mode or prev.mode is None or event.mode is None)
                         and prev.attribution.certainty == event.attribution.certainty
                         and (event.actor is None or prev.actor is None or prev.actor.name == event.actor.name)), None)
        if trig.lemma_.lower() not in ctx.lang.result_participles | ctx.lang.aim_participles:
            return None
        first = trig
        while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head != first:
            first = first.head  # "killing three and wounding 20"
        if first.dep_ != "advcl" or trig.tag_ != "VBG" or first.tag_ != "VBG" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
            return None
        for k, (prev, head_i) in enumerate(zip(kept, kept_heads)):
            if head_i == first.head.i and prev.event_type == event.event_type \
                    and prev.attribution.certainty == event.attribution.certainty \
                    and (event.actor is None or prev.actor is None or prev.actor.name == event.actor.name):
                return k
        return None

    def _resolve(self, tok, *, ctx, para: int, on) -> Actor | None:
        if tok is None:
            return None
        return self.actors.resolve(tok, to_span=ctx.span, context=ctx.actors_memory, paragraph=para, on=on)

    def _code(self, ctx, slot, cand: EventCandidate, resolve_claimant,
              so_far: list[Event]) -> tuple[Event, EventCandidate] | None:
        """One candidate as an (Event, final candidate) pair, or None after recording why not.

        ``so_far`` holds the sentence's events coded before this one (not yet in ``ctx.events``).
        """
        sent, para = slot.span, slot.paragraph
        toks = ctx.tokens(cand)
        trig_span = ctx.token_span(toks.trigger)
        claim = attribute(toks.head, toks.trigger, quotes=ctx.quotes, to_span=ctx.span,
                          resolve_claimant=resolve_claimant, lang=ctx.lang)
        demand = policy.demand_as_request(cand, claim.attribution, claim.drop_reason, claim.claimant_head,
                                          lang=ctx.lang)
        if claim.drop_reason is not None and demand is None:
            ctx.abstain(cand, f"{cand.event_type}: {claim.drop_reason}")
            return None
        if cand.event_type == "ASSAULT" and (blast := accidental_blast(toks.trigger, ctx.lang)) is not None:
            ctx.abstain(cand, f"ASSAULT: an accident ('{ctx.token_span(blast).text}' of an accidental source), "
                              "not political violence (ACLED codebook 2023)")
            return None
        if (period := policy.period_of_acts(toks.trigger, ctx.lang)) is not None:
            ctx.abstain(cand, f"{cand.event_type}: '{period.text} of {toks.trigger.text}' names a period of many acts, "
                              "not one event")
            return None
        told = [s for s in ctx.sentences[:slot.index] if s.paragraph == para]
        event_date = dating.event_date(toks, slot.date_ents, ctx.dates, ctx.last_date.get(para), claim, ctx.span,
                                       lexicon=self.lexicon, statement=demand is not None,
                                       story=story_month(ctx.dates_found, ctx.published),
                                       frame=paragraph_year(told, ctx.dates, ctx.lang),
                                       earlier=[(s.span, s.date_ents) for s in told])
        if event_date.source != "text":
            bound = dating.quote_date(toks, ctx.quotes, ctx.doc, ctx.dates, ctx.span)
            if bound is not None:
                event_date = dating.within_context(bound, event_date)
        event_date = ctx.dates.filed_words(event_date)  # "KOLKATA, March 5:": the filing day, not publication
        if event_date.source == "text":
            ctx.last_date[para] = event_date
        on = dating.date_for_kb(event_date, ctx.published)
        cand = policy.toll_subject_is_victim(cand)
        if cand.toll and cand.actor is None and (agent := harm_clause_agent(toks.head, lang=ctx.lang)) is not None:
            cand = cand.model_copy(update={"actor": agent.i})  # "died while being arrested by officers"
        actor = self._resolve(ctx.doc[cand.actor] if cand.actor is not None else None, ctx=ctx, para=para, on=on)
        recipient = None
        if demand is not None:
            recipient = actor
            actor = self._resolve(claim.claimant_head, ctx=ctx, para=para, on=on)
            cand = demand
            claim = Claim(attribution=claim.attribution.model_copy(update={"cue": None, "certainty": "reported"}),
                          claimant_head=claim.claimant_head, drop_reason=None)
        for i in cand.recipients:
            recipient = self._resolve(ctx.doc[i], ctx=ctx, para=para, on=on)
            if recipient is not None:
                break
        if recipient is None and cand.event_type == "PROTEST":
            recipient = protest_target(toks, actor, ctx.home, lang=ctx.lang, to_span=ctx.span, kb=self.actors.kb)
        elif recipient is None:
            recipient = object_party(toks, cand.event_type, lambda t: self._resolve(t, ctx=ctx, para=para, on=on),
                                     kb=self.actors.kb, to_span=ctx.span, lang=ctx.lang)
        if recipient is None:
            recipient = conditional_party(toks, cand.event_type, actor,
                                          lambda t: self._resolve(t, ctx=ctx, para=para, on=on), lang=ctx.lang)
        if recipient is None:
            recipient = occupants(toks, cand.event_type, [ctx.doc[i] for i in cand.recipients],
                                  lambda t: self._resolve(t, ctx=ctx, para=para, on=on), lang=ctx.lang)
        if recipient is None:
            recipient = host_country(toks, cand.event_type, cand.mode, [ctx.doc[i] for i in cand.recipients],
                                     kb=self.actors.kb, to_span=ctx.span, lang=ctx.lang) or \
                requester(toks, cand.event_type, actor, ctx.events, ctx.paragraph_of_original, trig_span.start,
                          lang=ctx.lang) or \
                act_doer(toks, cand.event_type, ctx.events, functools.partial(_trigger_lemma, ctx),
                         ctx.paragraph_of_original, trig_span.start, lang=ctx.lang) or \
                place_holders(toks, lambda t: self._resolve(t, ctx=ctx, para=para, on=on), kb=self.actors.kb,
                              to_span=ctx.span, lang=ctx.lang)
        if recipient is None:
            recipient = self._state_target(ctx, toks, cand, actor, para, on, trig_span.start, so_far)
        else:
            recipient = clash_opponent(toks.trigger, cand.event_type, recipient, lang=ctx.lang, kb=self.actors.kb) \
                or recipient
        actor, recipient = policy.one_phrase_one_side(actor, recipient)
        if recipient is not None and recipient.span is not None and recipient.country is None:
            words = [t for t in toks.head.sent if recipient.span.start <= ctx.token_span(t).start
                     and ctx.token_span(t).end <= recipient.span.end]
            recipient = policed_at_home(cand.event_type, actor, recipient, words, lang=ctx.lang)
        if cand.requires_recipient and recipient is None:
            ctx.abstain(cand, f"{cand.event_type}: '{cand.lemma}' needs a recipient and none resolved")
            return None
        attribution = claim.attribution
        certainty = attribution.certainty
        if policy.historical_after(event_date, ctx.published, certainty) \
                or policy.state_since_long_before(event_date, ctx.published, certainty,
                                                  own_clause=_dates_own_clause(toks, slot.date_ents, event_date)):
            attribution = attribution.model_copy(update={"certainty": "historical"})
        elif certainty in ("asserted", "reported") and (years := policy.years_after(toks.head, ctx.lang)) is not None:
            attribution = attribution.model_copy(update={"certainty": "historical", "cue": ctx.token_span(years)})
        event_type, mode, cameo = cand.event_type, cand.mode, cand.cameo
        if policy.future_retreat_is_concede(event_type, certainty):
            event_type, mode, cameo = "CONCEDE", None, None
        elif policy.future_cooperation_is_agree(event_type, certainty, self.ontology.quad_class(event_type)):
            # the promise is made now: it rests on the claimant's word as any statement does
            event_type, mode, cameo = "AGREE", None, None
            attribution = attribution.model_copy(update={
                "certainty": "asserted" if attribution.claimant == "author" else "reported"})
        elif policy.future_is_not_yet_an_event(certainty):
            ctx.abstain(cand, f"{event_type}: future, not yet happened")
            return None
        elif policy.denied_is_not_an_event(certainty):
            cue = f" ('{attribution.cue.text}')" if attribution.cue is not None else ""
            by = "no denier named" if attribution.claimant == "author" else f"by {attribution.claimant}"
            ctx.abstain(cand, f"{event_type}: denied ({by}){cue}; a denied act is no record (README, 'Denials')")
            return None
        if policy.execution_by_no_state(mode, side(actor, self.ontology)):
            mode, cameo = None, None  # "Al-Shabaab executed a man convicted by its court": a killing, not a judgement
        if cameo is None:
            cameo = self.ontology.cameo_for(event_type, mode, demand=demand is not None
                                            or policy.is_demand_lemma(cand.lemma, lang=ctx.lang))
        crosswalk = self.ontology.plover_for_cameo(cameo)
        contexts = list(crosswalk[2]) if crosswalk and crosswalk[0] == event_type else []
        if mode is None and crosswalk and crosswalk[0] == event_type:
            mode = crosswalk[1]
        acled = self.ontology.acled_for(event_type, mode)
        location, sent_places = self.locator.locate(ctx, slot, event_type, ctx.tokens(cand), claim, actor, recipient)
        event = Event(
            event_id=event_id(ctx.document.doc_id, trig_span, event_type, mode, self.version),
            doc_id=ctx.document.doc_id,
            event_type=event_type,
            mode=mode,
            context=contexts,
            quad_class=self.ontology.quad_class(event_type),
            cameo=cameo,
            sub_event_type=acled[1] if acled else None,
            trigger=trig_span,
            sentence=ctx.span(sent.start_char, sent.start_char + len(sent.text.rstrip())),
            actor=actor,
            recipient=recipient,
            location=location,
            places=sent_places,
            date=event_date,
            counts=[],
            attribution=attribution,
            restatements=self._stating_verb(ctx, cand),
            detector=cand.detector,
            confidence=cand.confidence,
            version=self.version,
        )
        ctx.actors_memory.remember(para, recipient)
        ctx.actors_memory.remember(para, actor)
        return event, cand

    def _state_target(self, ctx, toks, cand: EventCandidate, actor: Actor | None, para: int, on,
                      here: int, so_far: list[Event]) -> Actor | None:
        """A state recipient named by what its forces or officers do (:mod:`dotterel.events.state_targets`)."""
        kb = self.actors.kb

        def resolve(t):
            return self._resolve(t, ctx=ctx, para=para, on=on)

        if cand.event_type == "PROTEST":
            words = [toks.trigger, toks.head, ctx.doc[cand.actor] if cand.actor is not None else None]
            found = confronted_protest(words, resolve, lexicon=self.lexicon, lang=ctx.lang, kb=kb)
            if found is not None:
                return found
        return repressor(toks, cand.event_type, resolve, [*ctx.events, *so_far], functools.partial(_trigger_token, ctx),
                         functools.partial(_place_country, ctx), ctx.paragraph_of_original, here,
                         lang=ctx.lang, kb=kb, to_span=ctx.span) or \
            banned_public(toks, cand.event_type, actor, lang=ctx.lang, kb=kb, to_span=ctx.span) or \
            threatened_patient(toks, cand.event_type, actor, resolve, lexicon=self.lexicon, lang=ctx.lang, kb=kb,
                               to_span=ctx.span)

    @staticmethod
    def _subgroup_labels(ctx, event: Event) -> dict[int, str]:
        """The counted noun's lemma of each figure of ``event`` that counts a part of a group ("children")."""
        labels = {}
        for count in event.counts:
            i = ctx.token_by_original_start.get(count.span.start)
            if i is None:
                continue
            end = ctx.doc[i].sent.end
            j = i
            while j < end and (ctx.doc[j].like_num or ctx.doc[j].pos_ in ("ADJ", "ADV", "ADP", "DET")):
                j += 1  # past the number phrase ("more than 130") to the counted noun
            if j < end and ctx.doc[j].pos_ == "NOUN" and ctx.doc[j].lemma_.lower() in ctx.lang.subgroup_nouns:
                labels[count.span.start] = ctx.doc[j].lemma_.lower()
        return labels

    def _count_claimant(self, ctx, count: Count, event_claimant: str, resolve_claimant) -> Count:
        """The count with its own claimant when a reporting verb of its own governs it ("officials put it at 225")."""
        i = ctx.token_by_original_start.get(count.span.start)
        if i is None:
            return count
        tok = ctx.doc[i]
        rep = _reporting_head(tok.head if tok.dep_ in ("nummod",) else tok, ctx.lang)
        if first_person_frame(rep, ctx.lang):  # "I believe police killed two": the writer's figure, or an outer speaker's
            rep = _reporting_head(rep, ctx.lang)
        if rep is None:
            return count
        subj = _subject(rep)
        if subj is None or any(c.dep_ == "det" and c.lower_ in ctx.lang.negative_determiners for c in subj.children):
            return count
        actor = resolve_claimant(subj)
        name = actor.name if actor is not None else subj.text
        if name == event_claimant:
            return count
        return count.model_copy(update={"claimant": name})
