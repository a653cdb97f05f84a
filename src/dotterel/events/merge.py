"""Merging and de-duplication of coded events, and the sharing of counts.

One incident is often mentioned several times: within a sentence ("broke up
... injured"), as an implied protest after a protest in the same paragraph,
as a bare toll after an assault ("twenty-three people had died"), or restated
later in the document. These functions fold such mentions into the first
record, which gains the later triggers as ``restatements``, their counts and
any field it lacked (an actor, a mode, a more precise place, a date from the
text). Counts of a sentence are shared out first, each to exactly one event
(:func:`distribute_counts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..dedup import place_relation
from ..places.event_location import PRECISION_RANK
from ..ontology import Ontology
from ..records import Actor, Count, Event, EventDate, Place
from .syntax import is_passive
from .units import units_differ, with_capitals

__all__ = [
    "distribute_counts",
    "merge_into",
    "merge_sentence",
    "harms_of_one_act",
    "toll_in_scene",
    "merge_restatements",
    "headline_end",
    "fold_headline",
    "same_paragraph_protest",
    "attach_toll",
    "attach_subgroup",
    "attach_part_of_toll",
    "placed_apart",
    "placed_in_other_countries",
    "sure_country",
]

def distribute_counts(
    events: Sequence[Event],
    counts: Iterable[Count],
    credit: Callable[[Count, Event], Count] = lambda count, _event: count,
    *,
    ontology: Ontology,
) -> list[Event]:
    """Give each count of a sentence to exactly one of its events.

    A crowd size belongs to the protest, a toll to the assault, a number
    arrested to the arrest (the types' ``profile.count_kinds`` ranks,
    :meth:`Ontology.count_rank`); among events of equal rank the one whose
    trigger is nearest to the number wins. A count no event takes is dropped.

    Parameters
    ----------
    events : sequence of Event
        The sentence's events, in text order.
    counts : iterable of Count
        The sentence's counts.
    credit : callable, optional
        ``credit(count, event) -> Count``, applied to each count as it is
        given to ``event`` (for instance to set who claims the number).
    ontology : Ontology, keyword-only
        Which figures each type takes, and with what rank.

    Returns
    -------
    list[Event]
        Copies of ``events``, in the same order, each with ``counts`` set to
        the counts it was given (possibly none).
    """
    if not events:
        return list(events)
    assigned: dict[int, list[Count]] = {}
    for count in counts:
        best = None
        for i, event in enumerate(events):
            rank = ontology.count_rank(event.event_type, count.kind)
            if rank is None or (count.kind == "abducted" and event.mode != "abduct"):
                continue
            dist = abs(event.trigger.start - count.span.start)
            key = (rank, dist)
            if best is None or key < best[0]:
                best = (key, i)
        if best is not None:
            i = best[1]
            assigned.setdefault(i, []).append(credit(count, events[i]))
    return [event.model_copy(update={"counts": assigned.get(i, [])}) for i, event in enumerate(events)]


def merge_into(first: Event, other: Event) -> Event:
    """Fold ``other`` into ``first``, keeping the more specific value of each field.

    Parameters
    ----------
    first : Event
        The record that stays.
    other : Event
        A later mention of the same incident.

    Returns
    -------
    Event
        A copy of ``first`` with ``other``'s trigger and restatements added
        to ``restatements`` and its counts added (by span, without repeats).
        An actor, recipient, mode (of the same type) or (same mode) ACLED sub-event type ``first`` lacks is
        taken from ``other``;
        so is ``other``'s location when it is more precise (by
        :data:`~dotterel.places.event_location.PRECISION_RANK`) or attached to
        its trigger while ``first``'s is not (a named place the gazetteer lacks
        too, when it lies in ``first``'s place's country: "launched an assault
        inside Aleppo, targeting the district of Qarat Umm Dalil", "killed 12
        and wounded 40 in the town of Tell Umm Dalil near Baghdad"), unless
        ``first``'s is such a named place and ``other``'s the resolved town or
        region it lies in ("exploded in the Karada district of Baghdad,
        killing 16": the second verb's place is the container), and its date
        when only it comes from the text.
    """
    again = [t for t in [other.trigger, *other.restatements] if t != first.trigger and t not in first.restatements]
    update = {
        "counts": _merge_counts(first.counts, other.counts),
        "restatements": first.restatements + again,
    }
    for f in ("actor", "recipient"):
        if getattr(first, f) is None and getattr(other, f) is not None:
            update[f] = getattr(other, f)
    if first.mode is None and other.mode is not None and first.event_type == other.event_type:
        update.update(mode=other.mode, cameo=other.cameo, sub_event_type=other.sub_event_type, context=other.context)
    elif first.sub_event_type is None and other.sub_event_type is not None and first.mode == other.mode:
        # "found and destroyed 15 landmines": the second verb says which ACLED sub-event the one act is
        update["sub_event_type"] = other.sub_event_type
    if other.location is not None and not _part_of(first.location, other.location) and (
        first.location is None
        or PRECISION_RANK.get(other.location.geo_precision, 9) < PRECISION_RANK.get(first.location.geo_precision, 9)
        or (_attached(other.location) and not _attached(first.location))
        or (_attached_unresolved(other.location, first.location) and first.location.rule != "attached")
    ):
        update["location"] = other.location
    if other.date is not None and other.date.source == "text" and (first.date is None or first.date.source != "text"):
        update["date"] = other.date
    return first.model_copy(update=update)


def merge_sentence(events: list[Event], *, one_act: Callable[[Event, Event], bool] | None = None) -> list[Event]:
    """Merge mentions of one incident in one sentence ("broke up ... injured").

    Parameters
    ----------
    events : list[Event]
        The events of one sentence, in text order.
    one_act : callable, optional
        ``one_act(earlier, later)`` true when the two triggers state the harms of one act
        ("killing an officer and wounding three soldiers": :func:`harms_of_one_act`); such a pair
        is merged whatever its recipients (the killed and the wounded are different people).

    Returns
    -------
    list[Event]
        An event is merged into an earlier one of the same type, compatible
        mode, actor and recipient and the same certainty, when at most one of
        the two has an actor, when the two verbs are coordinated next to
        each other ("captured and detained 15 sailors": one arrest, whose
        object the parser gives to the second verb only), or when both take
        their actor and recipient from the same words ("was shot and killed by
        gunmen": coordinated passives sharing one "by" phrase and one patient
        state one incident).
    """
    out: list[Event] = []
    for ev in events:
        for i, prev in enumerate(out):
            if (
                prev.event_type == ev.event_type
                and (prev.mode == ev.mode or prev.mode is None or ev.mode is None)
                and _compatible(prev.actor, ev.actor)
                and prev.attribution.certainty == ev.attribution.certainty
                and ((_compatible(prev.recipient, ev.recipient)
                      and (prev.actor is None or ev.actor is None or _coordinated(prev, ev) or _same_words(prev, ev)))
                     or (one_act is not None and one_act(prev, ev)))
            ):
                out[i] = merge_into(prev, ev)
                break
        else:
            out.append(ev)
    return out


def harms_of_one_act(first, other, *, patient_verbs) -> bool:
    """Whether two trigger tokens state the killed and the wounded of one act: "killing X and wounding Y".

    The second verb is a conjunct of the first, of the same form (two participles, or two finite
    verbs with one subject: "killed five soldiers and wounded two civilians"), with no subject of
    its own, and the two count different harms (profile ``patient_verbs``: one ``killed``, the
    other ``injured``). An attack's dead and wounded are one event with both figures (ACLED
    codebook 2023: one event per act, its fatalities; PLOVER manual: ASSAULT with ``dead`` and
    ``injured``), never a second assault for the wounded.

    Parameters
    ----------
    first, other : spacy.tokens.Token
        The earlier and the later trigger.
    patient_verbs : Mapping[str, str]
        The profile's ``patient_verbs`` (lemma -> count kind).

    Returns
    -------
    bool
        True when the pair is one act's killed and wounded; False when either verb is of no
        such kind, the second has a subject of its own, or each has its own day or place
        (:func:`_set_apart`).
    """
    kinds = {patient_verbs.get(first.lemma_.lower()), patient_verbs.get(other.lemma_.lower())}
    return (kinds == {"killed", "injured"} and other.dep_ == "conj" and other.head.i == first.i
            and first.tag_ == other.tag_ and first.pos_ == other.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children)
            and not _set_apart(first, other))


def toll_in_scene(first, other, *, patient_verbs, lang) -> bool:
    """Whether one trigger is a toll and the other the act its "when" clause says caused it.

    "Three teenagers were killed in Anantnag when paramilitary troops shot at
    a crowd": the agentless passive toll and the act of its same-scene clause
    (:func:`~dotterel.events.detect.same_scene`: "when", "as", "while") are
    one incident, whose doer is the clause's (PLOVER manual, ASSAULT: the
    actor is the party that inflicted the harm; ACLED codebook 2023: one
    event per act, with its fatalities), whatever the two recipients ("the
    teenagers" were among "the crowd").

    Parameters
    ----------
    first, other : spacy.tokens.Token
        The earlier and the later trigger, in either role.
    patient_verbs : Mapping[str, str]
        The profile's ``patient_verbs`` (lemma -> count kind).
    lang : LanguageProfile
        Its ``same_scene_markers``.

    Returns
    -------
    bool
        True when one trigger is a passive patient verb with no "by" agent and
        the other heads its same-scene clause, whose subject is neither a
        pronoun nor the toll's own subject noun ("three soldiers were killed
        when they attacked a base": the dead were the attackers).
    """
    from .detect import same_scene

    for toll, act in ((first, other), (other, first)):
        if act.head != toll or act.i == toll.i or not same_scene(act, lang=lang) \
                or patient_verbs.get(toll.lemma_.lower()) not in ("killed", "injured") or not is_passive(toll) \
                or any(c.dep_ == "agent" for c in toll.children):
            continue
        victims = {c.lemma_.lower() for c in toll.children if c.dep_ == "nsubjpass"}
        doers = [c for c in act.children if c.dep_ == "nsubj"]
        return bool(doers) and all(d.pos_ != "PRON" and d.lemma_.lower() not in victims for d in doers)
    return False


_SETTING_ENTS = (frozenset({"DATE"}), frozenset({"GPE", "LOC", "FAC"}))
"""Entity labels (spaCy's OntoNotes scheme) of a verb's own setting: its day, its place."""


def _set_apart(first, other) -> bool:
    """Whether each of two conjoined verbs has a day or a place of its own, and they differ.

    "Troops killed two militants in Borno on Friday and wounded three civilians in Yobe on
    Saturday": two acts, each with its own setting (ACLED codebook 2023: an event is one place
    on one day), never one. A setting stated once ("killed two and wounded five in Kabul on
    Friday", the parser hangs it on the last verb) is the act's: nothing apart.
    """
    second = {t.i for t in other.subtree}
    own = [t for t in first.subtree if t.i not in second and t.i != other.i]
    theirs = list(other.subtree)
    for labels in _SETTING_ENTS:
        mine = {t.text.lower() for t in own if t.ent_type_ in labels}
        yours = {t.text.lower() for t in theirs if t.ent_type_ in labels}
        if mine and yours and mine != yours:
            return True
    return False


def _named(actor: Actor | None) -> bool:
    """Whether the text names ``actor`` where the event is stated (not only implied by the document)."""
    return actor is not None and actor.how not in ("implied", "claimed")


def _coordinated(first: Event, other: Event) -> bool:
    """Whether two triggers are verbs joined by nothing but "and" / "or" ("captured and detained")."""
    sent = first.sentence
    if sent is None or other.sentence != sent or not first.trigger.end <= other.trigger.start:
        return False
    between = sent.text[first.trigger.end - sent.start : other.trigger.start - sent.start].strip()
    return between in ("and", "or")


#: CAMEO 074, "Provide military protection or peacekeeping" (CAMEO manual 1.1b3, 2012; PLOVER AID): a force's
#: standing deployment. "Within days of the arrival of the peacekeepers ..." and "with the peacekeepers taking
#: control of strategic sites" tell one deployment to one host, not two: the later act of the same force for the
#: same host (or for no host named), with dates and places that fit, is the deployment told again, whatever its verb;
#: a later one that adds to the force ("500 more peacekeepers", "another contingent": profile ``additive_modifiers``)
#: is a second deployment, whatever its verb.
STANDING_DEPLOYMENT = "074"


def _adds_to_force(ev: Event, additive: frozenset[str]) -> bool:
    """Whether a deployment's sentence adds to a force already sent ("deployed 500 more peacekeepers").

    "more than 2,000 peacekeepers" is a bound on a number, not a force added.
    """
    words = re.findall(r"[a-z]+", ev.sentence.text.lower())
    return ev.cameo == STANDING_DEPLOYMENT and any(
        w in additive and words[i + 1:i + 2] != ["than"] for i, w in enumerate(words))


def merge_restatements(events: list[Event], *, determiners: Iterable[str] = (), unit_nouns: Iterable[str] = (),
                       additive: Iterable[str] = (),
                       ordinary: Callable[[str], bool] | None = None,
                       names_country: Callable[[str], bool] = lambda word: False) -> list[Event]:
    """Merge an event stated again later in the document into its first mention.

    Same PLOVER type and mode, same trigger verb (any verb for a peacekeeping deployment,
    :data:`STANDING_DEPLOYMENT`), same actor and recipient
    (both resolved; an actor only implied by the document, ``how="implied"`` or ``"claimed"``,
    is not named by either mention and so is no evidence that they are one
    event; two role-noun actors whose words tell two units, :func:`units_differ`, are two),
    dates that fit and places that fit (:func:`_places_fit`): the later mention adds its trigger to
    ``restatements`` and its counts to the record instead of a second record.

    Parameters
    ----------
    events : list[Event]
        The document's events, in text order.
    determiners : iterable of str, optional
        Words that do not tell one unit from another (the language profile's ``role_determiners``),
        for :func:`units_differ`.
    unit_nouns : iterable of str, optional
        Nouns of a unit whose ordinary words before them name it (the profile's ``unit_name_nouns``), for
        :func:`units_differ`.
    additive : iterable of str, optional
        Words by which a later deployment adds to a force already sent (the profile's ``additive_modifiers``):
        such a deployment is a second one (:func:`_adds_to_force`).
    ordinary, names_country : callable, optional
        Whether a word is an ordinary word of the language, and whether it names a country, for
        :func:`units_differ`.

    Returns
    -------
    list[Event]
        The events left, in text order of their first mention.
    """
    adding = frozenset(additive)
    out: list[Event] = []
    for ev in events:
        for i, prev in enumerate(out):
            if (
                prev.event_type == ev.event_type
                and prev.mode == ev.mode
                and prev.trigger != ev.trigger  # one trigger split by place ("866 in Moscow and 658 in ...")
                and (_stem(prev.trigger.text) == _stem(ev.trigger.text) or prev.cameo == ev.cameo == STANDING_DEPLOYMENT)
                and _named(prev.actor)
                and _named(ev.actor)
                and prev.actor.name == ev.actor.name
                and not units_differ(prev.actor, ev.actor, determiners, ordinary=ordinary, unit_nouns=unit_nouns,
                                     names_country=names_country,
                                     cased=(with_capitals(prev.sentence.text), with_capitals(ev.sentence.text)))
                and ((prev.recipient.name if prev.recipient else None) == (ev.recipient.name if ev.recipient else None)
                     or (ev.recipient is None and prev.cameo == ev.cameo == STANDING_DEPLOYMENT))  # the host, unnamed
                and _dates_fit(prev.date, ev.date)
                and _places_fit(prev.location, ev.location)
                and prev.attribution.claimant == ev.attribution.claimant
                and not _adds_to_force(ev, adding)  # "Later in March the UN deployed 500 more peacekeepers"
            ):
                out[i] = merge_into(prev, ev)
                break
        else:
            out.append(ev)
    return out


def headline_end(text: str) -> int | None:
    """End offset of the document's headline: its first line, when it has no final full stop and a body follows.

    News text sets the headline on a line of its own, without the full stop a body sentence ends with
    ("Police fire tear gas at protesters in Nairobi"); a first line that ends with one is a sentence of the
    body, and a text of one line has no headline to fold.

    Parameters
    ----------
    text : str
        The document's original text.

    Returns
    -------
    int or None
        The offset just after the headline's last character, or None when the text has no headline.
    """
    start = len(text) - len(text.lstrip())
    newline = text.find("\n", start)
    if newline < 0 or not text[newline:].strip():
        return None
    line = text[start:newline].rstrip()
    if not line or line.endswith((".", "!", "?", ":", ";", ",")):
        return None
    return start + len(line)


def fold_headline(events: list[Event], end: int | None) -> list[Event]:
    """Fold a headline's record into the body record that states the same act in full.

    "Police fire tear gas at protesters in Nairobi" (the headline) and "Police fired tear gas at protesters in
    Nairobi's CBD on Tuesday, ..." (the body) are one act: a headline summarises the article's lead event,
    which the body restates with its date, place and source (the inverted pyramid). The headline's record,
    told on the author's word, folds into the first body record of the same PLOVER type and mode whose actor,
    recipient, place (the same, or one within the other: ``dedup.place_relation``) and date do not contradict it; the body record stays, gaining the headline's trigger as a
    restatement and only the counts of a kind it lacks (the body's figure is the fuller report); its place is the
    body's own when it has one (a headline names a place shortly: "Kaduna" for "Kaduna State"). A headline
    record with no such body record, with more than one (the article tells an earlier incident of the same kind as
    well: which one the headline means is not known), with a figure the body contradicts ("kill five" and "killed
    twelve"), or with a source of its own ("..., police say"), stays as it is.

    Parameters
    ----------
    events : list[Event]
        The document's events, in text order.
    end : int or None
        :func:`headline_end` of the document's text.

    Returns
    -------
    list[Event]
        The events left, in text order.
    """
    if end is None:
        return events
    out = list(events)
    for head in [e for e in events if e.sentence.end <= end]:
        if head.attribution.claimant_span is not None:
            continue
        fits = [i for i, body in enumerate(out)
                if body.trigger.start > end and body.event_type == head.event_type and body.mode == head.mode
                and _compatible(body.actor, head.actor) and _compatible(body.recipient, head.recipient)
                and _dates_fit(body.date, head.date) and _counts_agree(body.counts, head.counts)
                and (_places_fit(body.location, head.location)
                     or place_relation(body.location, head.location) == "contains")]
        if len(fits) != 1:
            # none, or several body acts it could summarise ("Soldiers kill villagers" over an earlier raid told
            # first and the day's raid): which one the headline means is not known, so it stays a record of its own
            continue
        i = fits[0]
        kinds = {c.kind for c in out[i].counts}
        lean = head.model_copy(update={"counts": [c for c in head.counts if c.kind not in kinds],
                                       "location": head.location if out[i].location is None else None})
        out[i] = merge_into(out[i], lean)
        out.remove(head)
    return out


def _counts_agree(body: list[Count], head: list[Count]) -> bool:
    """Whether no figure of the headline contradicts the body's figure of the same kind.

    "Kill five" and "killed twelve" are two incidents, and folding them would lose the five.
    """
    mine = {(c.kind, c.best) for c in body}
    return all((c.kind, c.best) in mine for c in head if any(b.kind == c.kind for b in body))


def same_paragraph_protest(events: list[Event], event: Event, paragraph: Callable[[int], int]) -> int | None:
    """Index of an earlier PROTEST in the same paragraph (an implied protest restates it).

    Parameters
    ----------
    events : list[Event]
        The events coded so far, in text order.
    event : Event
        The implied protest.
    paragraph : callable
        ``paragraph(offset) -> int``: paragraph index of an original-text
        offset.

    Returns
    -------
    int | None
        The index in ``events`` of the last PROTEST, provided it and every
        event after it are in ``event``'s paragraph; otherwise None.
    """
    for idx in range(len(events) - 1, -1, -1):
        ev = events[idx]
        if paragraph(ev.sentence.start) != paragraph(event.sentence.start):
            return None
        if ev.event_type == "PROTEST":
            return idx
    return None


_OWN_SENTENCE = frozenset({"attached", "sentence"})
"""Location rules (:mod:`dotterel.places.event_location`) by which an event is placed by its own sentence."""


def sure_country(event: Event) -> str | None:
    """The country its own sentence places ``event`` in, when the text proves it, else ``None``.

    Proof is a country's name or a national capital (GeoNames ``PCL*`` or
    ``PPLC``) as the place, or a town of a country that the same sentence
    names ("in Kaduna, Nigeria"). A town resolved by its name alone may be a
    namesake in another country (an Indian locality read as a town abroad), so
    it proves nothing.
    """
    loc = event.location
    if loc is None or loc.country is None or loc.rule not in _OWN_SENTENCE:
        return None
    named = {p.country for p in event.places if p.feature_code and p.feature_code.startswith("PCL")}
    code = loc.feature_code or ""
    return loc.country if code.startswith("PCL") or code == "PPLC" or loc.country in named else None


def placed_apart(event: Event, toll: Event) -> bool:
    """Whether the text proves ``toll`` happened in another country than ``event`` (:func:`sure_country`).

    "Gunmen killed six villagers in Kaduna, Nigeria. Two fans were killed in
    clashes in Cairo": two incidents (ACLED codebook: one event per incident
    and location), though the second toll names no doer.
    """
    here, there = sure_country(event), sure_country(toll)
    return here is not None and there is not None and here != there


def placed_in_other_countries(one: Event, other: Event) -> bool:
    """Whether two events are placed in two different countries ("Farmers marched in Delhi. In Lahore, ...").

    Weaker proof than :func:`placed_apart` (a town resolved by its name
    alone counts): enough to withhold a doer from the other event, never to
    give one.

    Parameters
    ----------
    one, other : Event
        Two coded events.

    Returns
    -------
    bool
        True when both have a located country and the two differ.
    """
    here = one.location.country if one.location is not None else None
    there = other.location.country if other.location is not None else None
    return here is not None and there is not None and here != there


def attach_toll(events: list[Event], toll: Event, *, paragraph: Callable[[int], int] | None = None,
                riots_only: bool = False, apart: Callable[[Event, Event], bool] | None = None) -> bool:
    """Attach a bare toll ("twenty-three people had died") to the last assault before it.

    With ``paragraph`` (a function from offset to paragraph index), only an
    assault in the same paragraph qualifies. Returns True when attached.

    Parameters
    ----------
    events : list[Event]
        Earlier events, updated in place: the assault (or riot) gains the
        toll's counts and its trigger as a restatement.
    toll : Event
        The toll, an event without an actor.
    paragraph : callable, optional
        ``paragraph(offset) -> int`` over original-text offsets.
    riots_only : bool
        Attach only to a riot (PROTEST ``riot``), never to one assault: for a
        toll of a whole protest wave or period ("killed because of the
        protests"), which is never merged into a single incident (issue 16).
    apart : callable, optional
        ``apart(assault, toll)`` true when the toll cannot be that assault's
        (:func:`placed_apart`): the toll stays its own incident.

    Returns
    -------
    bool
        True when the toll was attached. A count claimed by someone other
        than the assault's claimant keeps that claimant.
    """
    for idx in range(len(events) - 1, -1, -1):
        ev = events[idx]
        if not ((ev.event_type == "ASSAULT" and not riots_only) or (ev.event_type == "PROTEST" and ev.mode == "riot")):
            continue
        if paragraph is not None and paragraph(ev.sentence.start) != paragraph(toll.sentence.start):
            return False
        if apart is not None and apart(ev, toll):
            return False
        claimant = toll.attribution.claimant
        wave = ev.event_type == "PROTEST"  # a riot is the wave itself: its period toll is its own (flagged)
        counts = [  # a running total or sum over a period is never one incident's figure (Count.aggregate)
            c if c.claimant or claimant == ev.attribution.claimant else c.model_copy(update={"claimant": claimant})
            for c in toll.counts if wave or c.aggregate is None
        ]
        # a toll whose only figures are sums still restates the assault (its figures context, never the
        # incident's): kept as a record of its own it would be a second incident ('In total, 30 people were
        # killed in the attack') or a period's sum coded as one attack at the assault's town
        events[idx] = ev.model_copy(
            update={"counts": _merge_counts(ev.counts, counts), "restatements": ev.restatements + [toll.trigger]}
        )
        return True
    return False


def attach_subgroup(events: list[Event], part: Event, labels: dict[int, str], *,
                    paragraph: Callable[[int], int]) -> bool:
    """Attach the figure of a part of a group already counted to the total it belongs to.

    "Police said 1,400 people had been arrested. More than 130 children were
    arrested.": the children are among the 1,400, not a second arrest the
    author asserts. When every figure of ``part`` counts a subgroup noun
    (``labels``: the profile's ``subgroup_nouns``, by the figure's start
    offset) and an earlier event of the same type and mode, in the same or the
    previous paragraph, with a compatible actor, holds a whole figure of the
    same kind at least as large, ``part``'s figures join that event as
    ``subgroup`` counts (never added to the total, as the ACLED codebook keeps
    one figure per event) and its trigger as a restatement.

    Parameters
    ----------
    events : list[Event]
        Earlier events, updated in place.
    part : Event
        The event of the subgroup's sentence.
    labels : dict of int to str
        Subgroup label (the counted noun's lemma, "child") of each of
        ``part``'s figures whose noun names a part of a group, by
        ``count.span.start``.
    paragraph : callable
        ``paragraph(offset) -> int`` over original-text offsets.

    Returns
    -------
    bool
        True when attached.
    """
    if not part.counts or any(c.subgroup is not None or c.span.start not in labels for c in part.counts):
        return False
    return _join_whole(events, part, [c.model_copy(update={"subgroup": labels[c.span.start]}) for c in part.counts],
                       paragraph, lambda ev: ev.event_type == part.event_type
                       and (ev.mode == part.mode or part.mode is None) and _compatible(ev.actor, part.actor))


def attach_part_of_toll(events: list[Event], part: Event, *, paragraph: Callable[[int], int]) -> bool:
    """Attach the figures of a part of a toll ("three of the policemen killed") to the toll they belong to.

    "Violent clashes claimed 225 lives ... Three of the policemen killed were
    beheaded": the three are among the dead already counted, and the clause's
    own act (the beheading) is a detail of those deaths, not a new toll
    (ACLED codebook 2023, fatalities: one figure per event, parts are never
    added). The toll is the nearest earlier event, in the same or the previous
    paragraph, holding a whole figure of the same kind at least as large; the
    part's figures join it as ``subgroup`` counts and its trigger as a
    restatement. With no such toll the caller abstains: the figure is never
    given to an act that did not state it. ``events`` and ``paragraph`` are
    as for :func:`attach_subgroup`; every count of ``part`` (the event of the
    part's clause) has a ``subgroup``. Returns True when attached.
    """
    return bool(part.counts) and _join_whole(events, part, part.counts, paragraph, lambda ev: True)


def _join_whole(events: list[Event], part: Event, parts: list[Count], paragraph: Callable[[int], int],
                accepts: Callable[[Event], bool]) -> bool:
    """Join ``parts`` (the figures of ``part``) to the nearest earlier event ``accepts`` whose figures hold them.

    Looks back through the same and the previous paragraph. An event holds a
    figure when it has one of the same kind, at least as large, that is whole
    or of the same labelled group ("killing five soldiers" holds "two of the
    soldiers killed"). ``part``'s trigger becomes a restatement.
    """
    here = paragraph(part.sentence.start)
    for idx in range(len(events) - 1, -1, -1):
        ev = events[idx]
        if here - paragraph(ev.sentence.start) > 1:
            return False
        if not accepts(ev) or not all(
                any(t.kind == c.kind and t.subgroup in (None, c.subgroup) and _fits_within(c, t) for t in ev.counts)
                for c in part.counts):
            continue
        events[idx] = ev.model_copy(update={"counts": _merge_counts(ev.counts, parts),
                                            "restatements": ev.restatements + [part.trigger]})
        return True
    return False


# -- helpers --------------------------------------------------------------------
def _figure(c: Count) -> int | None:
    return c.best if c.best is not None else c.low


def _fits_within(part: Count, total: Count) -> bool:
    """Whether ``part``'s figure is no larger than ``total``'s (a subgroup cannot exceed its total)."""
    p, t = _figure(part), _figure(total)
    return p is not None and t is not None and p <= (total.high if total.high is not None else t) and p < t


def _same_span(a: Actor | None, b: Actor | None) -> bool:
    """Both actors are named by the same words; an actor no words name (implied, inferred) matches none."""
    return a is not None and b is not None and a.span is not None and b.span is not None and a.span == b.span


def _same_words(a: Event, b: Event) -> bool:
    """Both events' actors and recipients come from the same words of the text, on dates that fit.

    ("detained 12 activists on 03/06/2020 and nine more on 15/06/2020": two days, two events.)
    Two implied actors (``span=None``) are not the same words: nothing in the text ties them.
    """
    return _same_span(a.actor, b.actor) and _same_span(a.recipient, b.recipient) and _dates_fit(a.date, b.date)


def _compatible(a: Actor | None, b: Actor | None) -> bool:
    return a is None or b is None or a.name == b.name


def _merge_counts(a: list[Count], b: list[Count]) -> list[Count]:
    out = list(a)
    for c in b:
        if not any(x.span == c.span for x in out):
            out.append(c)
    return out


def _dates_fit(a: EventDate | None, b: EventDate | None) -> bool:
    if a is None or b is None:
        return True
    if a.value and b.value:
        return a.value.startswith(b.value) or b.value.startswith(a.value)
    return True


def _places_fit(a: Place | None, b: Place | None) -> bool:
    """Two locations of one event: either unknown, the same place, or one the country of the other.

    "Workers rallied in Almaty on Monday" and "workers rallied in Tbilisi on Monday" are two rallies, however
    alike their actors and dates.
    """
    if a is None or b is None or a.geo_precision == "country" or b.geo_precision == "country":
        return a is None or b is None or a.country == b.country or None in (a.country, b.country)
    if a.geonameid is not None and b.geonameid is not None:
        return a.geonameid == b.geonameid
    return a.name == b.name


def _stem(word: str) -> str:
    """Crude English stem, enough to see "reversed" and "reversing" as one verb."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def _attached(place: Place) -> bool:
    """A resolved place that the location rules found attached to the trigger (``Place.rule``)."""
    return place.rule == "attached" and place.geonameid is not None


def _part_of(place: Place | None, other: Place) -> bool:
    """Whether ``place`` is a named part the gazetteer lacks of the resolved place ``other`` ("the Karada district" of Baghdad).

    The event locator keeps a name the gazetteer lacks, attached to the
    trigger, only when it is finer than the resolved places beside it; a
    resolved ``other`` in its country (and first-level region, when both
    give one) is then the town or region holding it, not a more precise
    place (the ACLED codebook codes the most specific location named).
    """
    return (place is not None and _attached_unresolved(place, other) and other.geonameid is not None
            and other.geo_precision in ("city", "region", "country")
            and (place.admin1_code is None or other.admin1_code is None or place.admin1_code == other.admin1_code))


def _attached_unresolved(place: Place, other: Place | None) -> bool:
    """A named place the gazetteer lacks, found attached to its trigger, in the country of ``other`` (when known).

    The event locator keeps such a name only when it is finer than the
    resolved places beside it (the village or district a town or region
    holds), so it beats a place chosen from elsewhere in the sentence.
    """
    return (place.rule == "attached" and place.geonameid is None and place.span is not None
            and place.country is not None and (other is None or other.country == place.country))
