"""The coding policy: named rules that turn a detected candidate into a coded event, or not.

Each rule is one function with its source; the assembly stage
(:mod:`dotterel.events.assemble`) applies them in a fixed order. They are
separate from detection, so a learned detector's candidates are held to the
same policy as the trigger lexicon's.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING

from ..count_totals import accumulate_clauses, since_start_pattern, since_year_pattern
from ..records import Actor, Attribution, EventDate
from ..records.coded import EventCandidate

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = [
    "running_total",
    "demand_as_request",
    "toll_subject_is_victim",
    "one_phrase_one_side",
    "historical_after",
    "state_since_long_before",
    "years_after",
    "period_of_acts",
    "execution_by_no_state",
    "future_retreat_is_concede",
    "future_is_not_yet_an_event",
    "denied_is_not_an_event",
    "future_cooperation_is_agree",
    "is_demand_lemma",
]


def _running_total_cues(lang: LanguageProfile) -> re.Pattern:
    words = "|".join(re.escape(w) for w in lang.running_total_cues)
    points = "".join(rf"(?<!\b{re.escape(w)} )" for w in sorted(lang.time_point_words))  # "earlier this month"
    return re.compile(rf"{points}\b({words})\b", re.IGNORECASE)


def is_demand_lemma(lemma: str | None, *, lang: LanguageProfile) -> bool:
    """Whether a trigger lemma is itself a demand ("demand", "urge"): CAMEO codes it as one (CAMEO 1.1b3, 10x).

    The lemmas are the profile's ``demand_lemmas``.
    """
    return lemma in lang.demand_lemmas


def _tally_heading(trigger, sent, *, lang: LanguageProfile) -> str | None:
    """The heading of a tally the trigger is listed under ("Casualties and losses: 1,373 injured; 4 dead"), or None.

    A fact box or infobox lists a crisis's figures after a heading noun and a
    colon, items parted by semicolons or commas, each a figure and its
    participle with no verb of its own: the figures sum the whole period,
    not one incident. The trigger's item must open with its figure ("4+
    dead", "at least 45 killed", "3 protesters killed"), or a vague quantity
    in its place (profile ``bare_quantity_nouns``, and the ``quantity_determiners``
    that are ``collective_nouns``: "a few journalists wounded", "dozens
    arrested"): "Casualties: police
    shot three men" is a sentence with a subject, not a tally. A box lists
    its items apart, by semicolons or line breaks, or as bare figures and
    participles ("650+ injured and 70 raped"); a sentence after a colon
    that tells one dated incident ("The toll: 12 killed when a bomb exploded
    at a market on Monday", "12 killed in Monday's bombing and 30 injured")
    is that incident, so a clause with its own subject or a date after the
    colon makes no tally (ACLED codebook: events are single, dated incidents).
    """
    # the tokenizer keeps a closing bracket with its colon: "Casualties (side 1): 238 killed" has "):"
    colon = next((t for t in reversed(sent[: trigger.i - sent.start]) if t.text in (":", "):")), None)
    if colon is None:
        return None
    after = sent.doc[colon.i + 1 : sent.end]
    bare = sum(t.like_num for t in after) >= 2 and not any(t.pos_ in ("ADP", "SCONJ", "PROPN") for t in after)
    if not bare and not any(t.text == ";" or "\n" in t.text for t in after):
        return None  # one sentence after a colon, not a list of items ("650+ injured and 70 raped" is one)
    end = next((t.i for t in sent.doc[trigger.i : sent.end] if t.text == ";" or "\n" in t.text), sent.end)
    own = sent.doc[colon.i + 1 : end]  # the trigger's items up to the next separator
    # a figure, or a vague quantity in its place ("at least a few journalists wounded", "dozens arrested")
    vague = lang.bare_quantity_nouns | (lang.quantity_determiners & lang.collective_nouns)
    if any(t.ent_type_ in ("DATE", "TIME") and t.is_alpha for t in own):  # not "9,900+", which the recogniser may date
        return None  # "on Monday", "in Monday's bombing": a dated incident
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and t.head.i != trigger.i
           and not any(c.like_num or c.lower_ in vague for c in t.subtree) for t in own):
        return None  # "when a bomb exploded": a clause with a subject of its own
    start = next((t.i + 1 for t in reversed(sent.doc[colon.i + 1 : trigger.i]) if t.text in (";", ",")), colon.i + 1)
    item = sent.doc[start : trigger.i]
    if any(t.is_alpha and ("Fin" in t.morph.get("VerbForm") or t.pos_ == "AUX") for t in item):  # not "32,000+"
        return None
    figure = next((t.i for t in item if t.like_num or t.lower_ in vague), None)
    if figure is None or any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in sent.doc[start:figure]):
        return None
    end_of_heading = colon.i
    if colon.text == "):" or colon.i - 1 >= sent.start and sent.doc[colon.i - 1].text == ")":
        # a qualifier in brackets between the heading and its colon: "Casualties (side 1): 238 killed"
        end_of_heading = next((t.i for t in reversed(sent.doc[sent.start : colon.i]) if t.text == "("), colon.i)
    before = [t for t in sent.doc[sent.start : end_of_heading] if not (t.is_punct or t.is_space)]
    if not before or before[-1].lemma_.lower() not in lang.tally_heading_nouns:
        return None
    # the heading runs back over a coordination of heading nouns ("Casualties and losses")
    first = len(before) - 1
    while first >= 2 and before[first - 1].lower_ in ("and", "&") and before[first - 2].lemma_.lower() in lang.tally_heading_nouns:
        first -= 2
    head = before[first]  # and its modifiers ("Death toll", "Civilian casualties")
    left = min([head.i] + [t.left_edge.i for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")])
    return sent.doc[max(left, sent.start) : colon.i + 1].text


def _compilation_title(trigger, sent, *, lang: LanguageProfile) -> str | None:
    """The label that makes the trigger's sentence the title of a compilation, or None.

    "Journalists killed since 2000: a list", "Civilians killed in Yemen's war: a timeline": a
    headline whose colon is followed by a verbless label naming a compilation (profile
    ``compilation_nouns``) lists many acts of a period; "Protesters wounded in Minsk: in pictures"
    shows one.
    """
    colon = next((t for t in reversed(sent) if t.text == ":"), None)
    if colon is None or colon.i < trigger.i:
        return None
    label = [t for t in sent.doc[colon.i + 1 : sent.end] if not t.is_punct]
    if not label or len(label) > 4 or any(t.pos_ in ("VERB", "AUX") for t in label):
        return None
    head = next((t for t in reversed(label) if t.pos_ in ("NOUN", "PROPN")), None)
    return head.text if head is not None and head.lower_ in lang.compilation_nouns else None


def _dated_to_a_day(verbs, *, lang: LanguageProfile) -> bool:
    """Whether the act itself is dated to one day: "have kidnapped 15 students on March 3 this year".

    A weekday, or a month name with its day number, attached to the verb
    directly or by one preposition dates one incident inside the period the
    cue names (ACLED codebook: events are single, dated incidents); a day
    that dates the cue ("as of Monday": Monday hangs on "of", under "as") or
    another clause ("police said on Monday", "including 12 on Monday") is not
    the act's date.
    """
    def is_day(tok) -> bool:
        low = tok.text.lower()
        if low in lang.weekdays:
            return True
        return low in lang.month_names and any(
            t.like_num and t.text.isdigit() and 1 <= int(t.text) <= 31
            for t in (*tok.children, tok.nbor(-1) if tok.i > 0 else tok, tok.nbor(1) if tok.i + 1 < len(tok.doc) else tok))

    for verb in verbs:
        for child in verb.children:
            if is_day(child) or (child.dep_ == "prep" and any(is_day(t) for t in child.children)):
                return True
    return False


_TALLIED_KINDS = frozenset({"killed", "injured", "arrested", "abducted"})
"""Kinds of a patient verb whose act a running total sums ("security forces have killed 300 since 2021")."""


def running_total(candidate: EventCandidate, trigger, sent, *, lang: LanguageProfile) -> str | None:
    """Why a toll or arrest is a running total, not one event ("As of June, 2,000 have been killed"), or None.

    ACLED codes discrete events; a cumulative figure over a period ("so far",
    "to date", "as of June") stated in the perfect tense sums many events and
    is not one of them (ACLED codebook: events are single, dated incidents).
    So does a tally under a heading ("Casualties and losses: 1,373 injured;
    4+ dead; 32,000+ arrested"), the fact-box shape of a whole crisis's figures.
    Only tolls (killed, died, injured), arrests and abductions ("Gangs have
    kidnapped more than 200 people this year"), and acts of a verb that
    counts its victims (profile ``patient_verbs`` of those kinds: "riots that
    have killed more than 400 inmates since 2021") are checked for a period
    ("Since then Tokayev has fired Massimov" is one event); any figure-led
    item of a tally is checked. So is a headline titling a compilation
    ("Journalists killed since 2000: a list"; profile ``compilation_nouns``).

    Parameters
    ----------
    candidate : EventCandidate
    trigger : spacy.tokens.Token
        The candidate's trigger token.
    sent : spacy.tokens.Span
        Its sentence.
    lang : LanguageProfile
        Its ``running_total_cues`` ("so far", "to date", "as of", ...),
        ``period_start_verbs`` ("since the protests began",
        :func:`dotterel.count_totals.since_start_pattern`), ``month_names``
        ("since March 2021" on the act's own verb,
        :func:`dotterel.count_totals.since_year_pattern`) and
        ``tally_heading_nouns`` (casualties, losses, toll...).

    Returns
    -------
    str | None
        The cue and why it makes a running total (``"'so far' with a perfect
        tense"``, ``"'Casualties and losses:' heading a tally"``), or None when
        the candidate is not a running total.
    """
    heading = _tally_heading(trigger, sent, lang=lang)  # any figure-led item of a tally ("45 killed" parses active)
    if heading is not None:
        return f"'{heading}' heading a tally"
    if not (candidate.toll or (candidate.event_type, candidate.mode) in (("COERCE", "arrest"), ("ASSAULT", "abduct"))
            or lang.patient_verbs.get(trigger.lemma_.lower()) in _TALLIED_KINDS):
        return None
    label = _compilation_title(trigger, sent, lang=lang)
    if label is not None:
        return f"'{label}' titling a compilation"
    # a conjunct shares its head's auxiliary and period ("have been killed and injured since 2021"), not
    # one with a subject of its own ("... since 2019, and on Friday militants killed four": its own clause)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    verbs = [trigger] + ([trigger.head] if trigger.dep_ == "conj" and not own_subject else [])
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for v in verbs for c in v.children)
    if not perfect or _dated_to_a_day(verbs, lang=lang):
        return None
    cue = lang.derived("policy.running_total", _running_total_cues).search(sent.text)
    if cue is None:  # "since the protests began", unless it dates a running total of its own ("bringing ... to 900")
        totals = accumulate_clauses(sent.root, accumulate_verbs=lang.accumulate_verbs,
                                    total_nouns=lang.running_total_nouns)
        cue = next((m for m in lang.derived("policy.since_start", since_start_pattern).finditer(sent.text)
                    if not any(lo <= sent.start_char + m.start() < hi for lo, hi in totals)), None)
    if cue is None:  # "riots that have killed 400 inmates since 2021": 'since' on the act's own verb
        cue = next((m for m in lang.derived("policy.since_year", since_year_pattern).finditer(sent.text)
                    if any(t.idx == sent.start_char + m.start() and t.head in verbs for t in sent)), None)
    return f"'{cue.group(1)}' with a perfect tense" if cue else None


def demand_as_request(candidate: EventCandidate, attribution: Attribution, drop_reason: str | None,
                      claimant_head, *, lang: LanguageProfile) -> EventCandidate | None:
    """The REQUEST a named claimant makes when they say an action must or should happen, or None.

    PLOVER manual (REQUEST): "X must be released", said by Y, is Y's REQUEST
    to whoever must act; mode ``yield`` for a withdrawal or concession asked
    for, ``change`` otherwise. A reversal of a policy ("the order should be
    withdrawn", CONCEDE CAMEO 083x) asked for is a demand for policy change,
    ``change``: CAMEO 1.1b3 pairs 083 (accede to demands for change) with 104
    (demand political change) and the other yields (081 ease sanctions, 084
    release) with 105. Only for a named claimant (a quote or reported
    speech): the author's own "should" is opinion, not an event.

    Parameters
    ----------
    candidate : EventCandidate
    attribution : Attribution
        The candidate's attribution, whose ``cue`` is the modal.
    drop_reason : str | None
        Why attribution would drop the candidate (a modal does).
    claimant_head : spacy.tokens.Token | None
        Head of the claimant phrase.
    lang : LanguageProfile
        Its ``demand_modals`` ("must", "should", "ought").

    Returns
    -------
    EventCandidate | None
        The REQUEST candidate, with the claimant as actor and no recipient
        slots of its own; the original actor becomes the recipient.
    """
    cue = attribution.cue
    if drop_reason is None or cue is None or cue.text.lower() not in lang.demand_modals:
        return None
    if claimant_head is None or attribution.claimant == "author":
        return None
    reversal = candidate.event_type == "CONCEDE" and (candidate.cameo or "").startswith("083")
    mode = "yield" if candidate.event_type in ("RETREAT", "CONCEDE") and not reversal else "change"
    return candidate.model_copy(update={
        "event_type": "REQUEST", "mode": mode, "cameo": None, "toll": False, "recipient_slot": False,
        "requires_recipient": False, "actor": claimant_head.i, "recipients": (),
    })


def toll_subject_is_victim(candidate: EventCandidate) -> EventCandidate:
    """In a toll with no recipient slot, the grammatical subject is the victim, not the actor.

    "Twenty-three people had died": the people are the recipients of the
    violence (PLOVER ASSAULT recipient), and the actor is unknown.
    """
    if candidate.toll and not candidate.recipient_slot and candidate.actor is not None:
        return candidate.model_copy(update={"actor": None, "recipients": (candidate.actor,)})
    return candidate


def one_phrase_one_side(actor: Actor | None, recipient: Actor | None) -> tuple[Actor | None, Actor | None]:
    """One phrase cannot be both the actor and the recipient; keep the stronger reading.

    When both resolve to the same words or name, a pronoun guess
    (``Actor.how == "pronoun"``) is the weaker reading and is dropped;
    otherwise the recipient is.
    """
    if actor is not None and recipient is not None and (actor.span == recipient.span or actor.name == recipient.name):
        if actor.how == "pronoun":
            return None, recipient
        return actor, None
    return actor, recipient


def historical_after(event_date: EventDate, published: _dt.date | None, certainty: str, *,
                     days: int = 365) -> bool:
    """True when an asserted, reported or opinion event ended more than ``days`` before publication.

    The seed article's "a 2014 event mentioned in passing": an event a year
    or more before the report is background, certainty ``historical``, not
    news of the crisis (dotterel's certainty scale, ``docs/evaluation.md``).
    """
    if not event_date.latest or published is None or certainty not in ("asserted", "reported", "opinion"):
        return False
    return (published - _dt.date.fromisoformat(event_date.latest)).days > days


def state_since_long_before(event_date: EventDate, published: _dt.date | None, certainty: str, *,
                            days: int = 365, own_clause: bool = True) -> bool:
    """True when an asserted or reported act is a state that began ``days`` or more before publication and holds still.

    "Families have occupied the farm since 1990", "police have arrested 500 people since 2020": the date is a
    range from a long-past onset up to the publication date, so what the text states is a standing state or a
    running total, not a new event of the report's time; like an event that ended a year before, it is
    background, certainty ``historical`` (:func:`historical_after`). A recent onset ("have camped outside
    parliament since Monday") is an ongoing event and stays as it is. ``own_clause`` False says the onset is
    another clause's, which the event only borrowed ("has been detained since 2019 and was beaten on Monday":
    the beating is no standing state; :func:`~dotterel.events.dating.governing_verb`): never historical then.
    """
    if not own_clause or published is None or certainty not in ("asserted", "reported", "opinion") \
            or event_date.time_precision != "range" or not event_date.earliest \
            or event_date.latest != published.isoformat():
        return False
    try:
        onset = _dt.date.fromisoformat(event_date.earliest)
    except ValueError:
        return False
    return (published - onset).days > days


def years_after(head, lang: LanguageProfile):
    """The duration word when the event is a past act named in "<N years> after <the act>", else None.

    "Thirty years after the civil war that killed up to 100,000 people, the
    valley remains tense", "Five years after the massacre in X, survivors
    returned": the phrase dates the act a year or more before the sentence's
    own time, so it is background, certainty ``historical`` (as
    :func:`historical_after` decides from a resolved date). The act is the
    noun the phrase names, or a relative clause on it. A shorter span ("two
    days after the attack that killed 12") leaves the act news.

    Parameters
    ----------
    head : spacy.tokens.Token
        The event's clause head (a verb, or a trigger noun).
    lang : LanguageProfile
        Its ``elapsed_prepositions`` ("after") and ``elapsed_year_units`` ("years", "decades").

    Returns
    -------
    spacy.tokens.Token | None
    """
    noun = head if head.pos_ in ("NOUN", "PROPN") else (head.head if head.dep_ == "relcl" else None)
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in lang.elapsed_prepositions:
        return None
    return next((c for c in noun.head.children if c.dep_ == "npadvmod" and c.lower_ in lang.elapsed_year_units), None)


def period_of_acts(trigger, lang: LanguageProfile):
    """The period noun when a trigger noun names months or years of acts ("more than a year of fighting"), else None.

    "ending more than a year of fighting between Israel and Hezbollah",
    "after two years of clashes": the phrase measures a war or a campaign, a
    period of many acts, not one event; a coder writes the acts of the
    period, each on its day (ACLED codebook 2023: an event is one day at one
    place), so the period itself is no record. A shorter span ("three days
    of clashes") may be one event told over its days and stays.

    Parameters
    ----------
    trigger : spacy.tokens.Token
    lang : LanguageProfile
        Its ``period_of_acts_units`` (month, year, decade: lemmas and forms).

    Returns
    -------
    spacy.tokens.Token | None
    """
    if trigger.pos_ not in ("NOUN", "PROPN", "VERB") or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return None
    period = trigger.head.head
    if period.lower_ in lang.period_of_acts_units or period.lemma_.lower() in lang.period_of_acts_units:
        return period
    return None


def execution_by_no_state(mode: str | None, inter: int | None) -> bool:
    """Whether a judicial execution (mode ``execute``) has an actor that is no state, so it is a killing.

    PLOVER's ASSAULT mode ``execute`` "carries out a judicial execution" (data/plover.json): a state's
    courts and prisons do it. "Al-Shabaab executed a man convicted of spying by its court", "Two men were
    executed by militants on charges of blasphemy": an armed group, a militia or a gang that kills a
    captive after its own "trial" commits an attack on a civilian (ACLED codebook 2023, Violence against
    civilians, Attack), whatever judicial word the sentence holds. Only an actor of ACLED inter 1 (state
    forces, which code a government) keeps the mode; an actor of no known side ("was hanged in Tehran",
    no actor) keeps it too.

    Parameters
    ----------
    mode : str | None
        The event's PLOVER mode.
    inter : int | None
        The ACLED inter code of the event's actor (:func:`dotterel.events.acled.side`), None when unknown.
    """
    return mode == "execute" and inter is not None and inter != 1


def future_retreat_is_concede(event_type: str, certainty: str) -> bool:
    """PLOVER manual (RETREAT, CONCEDE): an announced future withdrawal is CONCEDE, not RETREAT."""
    return event_type == "RETREAT" and certainty == "future"


def future_cooperation_is_agree(event_type: str, certainty: str, quad_class: str) -> bool:
    """A cooperative act announced for the future is a promise: PLOVER AGREE.

    PLOVER manual (AGREE): "offers, promises or intentions to cooperate".
    "Germany will support the mission", "the EU will send aid": the act has
    not happened, the commitment has. Conflictual future acts stay out (the
    statement may be a THREATEN, which a trigger of its own codes); a future
    withdrawal is CONCEDE (:func:`future_retreat_is_concede`).
    """
    return certainty == "future" and event_type != "RETREAT" and quad_class in (
        "verbal cooperation", "material cooperation")


def future_is_not_yet_an_event(certainty: str) -> bool:
    """An action that has not happened ("we will detain them") is not an event.

    The statement that announces it may be one (THREATEN, AGREE); PLOVER
    codes events that took place.
    """
    return certainty == "future"


def denied_is_not_an_event(certainty: str) -> bool:
    """An act known only from a claim that the text's source denies is not an event.

    "The ministry rejected claims that police had shot protesters", "the army
    denied that soldiers burned the village": what the text establishes is
    the allegation and the denial, not the act. An allegation the text makes
    is PLOVER ACCUSE with the act kept ``alleged`` (by the accuser). The
    denial itself is no record: CAMEO 016 "Deny responsibility" is a public
    statement with no PLOVER crosswalk (CAMEO2PLOVER 2021), and PLOVER REJECT
    is refusing a proposal, request or demand, not a claim (so "rejected
    claims" is ruled out of the REJECT rule: list ``denied_statements``). The
    PLOVER manual's auxiliary modes let negated events be dropped; a denied
    act has the same standing, so it is abstained on with a reason naming the
    denier and the cue, and never exported as an ASSAULT or an ACLED row (the
    fault case 'negated-event': MUST NOT code the rejected claim). A denied
    doer of an act the author states keeps the act without that doer
    (:mod:`dotterel.attribution`). The README's "Denials" says the same.
    """
    return certainty == "denied"
