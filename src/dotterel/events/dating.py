"""When an event happened: the date chosen for each coded event.

:func:`event_date` tries, in order, and keeps the first date that resolves:

1. in an elliptical clause, a date in the event's own part, or in a
   relative clause on its object ("detained 12 activists who defied the ban
   on 03/06/2020");
2. a date whose governing verb is the event's head, or a verb above it with
   no other trigger verb or subject-bearing conjoined clause in between, or a
   "when/as/while" clause of the same scene; a possessive date ("Saturday's
   march") dates its noun, not the event;
3. a date adverb on the head ("yesterday", "overnight");
4. a date on the reporting verb, as an upper bound ("on or before"); it is
   the event's own date for a statement, or when the event precedes it;
5. in the past tense, the year that opens an earlier sentence of the
   paragraph ("In 1968, ..."), when nothing later in it names a date;
6. the month of the last text date earlier in the paragraph;
7. the publication bound.

A block quote signed with a bracketed date bounds its events
(:func:`quote_date`, :mod:`dotterel.events.quote_dates`). Dates are ISO 8601 (``YYYY-MM-DD`` or ``YYYY-MM``);
spans are 0-based, end-exclusive code-point offsets into the original text.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import TYPE_CHECKING

from ..annotate import entities_in
from ..counts import counts_people
from ..records import EventDate, Span
from .date_context import DayRelation, date_direction, two_ends, date_phrase, day_relation, expand_date, is_deictic, speaker_day
from .clauses import depicting_frame, elliptical_parts as _elliptical, part_indices, recording_made
from .date_clauses import (_label_relative, _owned, _participle_before, _progressive_relative,
                           _relative_clause_of, _relative_on)
from .detect import Mention, same_scene
from .quote_dates import _in_parentheses, quote_date, within_context
from .date_scope import (_crosses_event, _describing_participle, _governing_verb, _kept_from, _own_clause_between,
                         _own_later_date, _trailing_shared)
from .date_occasions import earlier_occasion_day
from .date_shifts import DayShift, day_shift, shifted_day, undated_shifts

if TYPE_CHECKING:
    from ..attribution import Claim
    from ..dates import DateResolver
    from ..lang import LanguageProfile
    from .lexicon import Lexicon

__all__ = ["sentence_dates", "event_date", "quote_date", "within_context", "date_for_kb", "governing_verb"]


def sentence_dates(sent, to_span, *, lang: LanguageProfile | None = None) -> list[tuple[object, Span]]:
    """The DATE and TIME entities of a sentence that can date its events.

    Parameters
    ----------
    sent : spacy.tokens.Span
        A sentence of the parsed (normalised) document.
    to_span : callable
        ``to_span(start, end) -> Span``: maps parsed-document offsets to a
        :class:`~dotterel.records.Span` of the original text.
    lang : LanguageProfile | None
        When given, a relative word the model left out is put back before
        the entity ("this" + "year", :func:`~dotterel.events.date_context.expand_date`).

    Returns
    -------
    list of (spacy.tokens.Span, Span)
        Each entity with its span in the original text, in text order; dates
        inside parentheses (citations, asides) are left out.
    """
    date_ents = []
    ents = [e for e in entities_in(sent) if e.label_ in ("DATE", "TIME")]
    skip = None
    for i, ent in enumerate(ents):
        if ent is skip:
            continue
        if lang is not None and i + 1 < len(ents):
            joined = two_ends(ent, ents[i + 1], lang)
            if joined is not None:
                ent, skip = joined, ents[i + 1]
        if _in_parentheses(ent) or _counts_something(ent, lang):
            continue
        if lang is not None:
            ent = expand_date(ent, lang)
        date_ents.append((ent, to_span(ent.start_char, ent.end_char)))
    return date_ents


def _counts_something(ent, lang: LanguageProfile | None = None) -> bool:
    """A bare number the small model took for a year but that counts a noun: "1503 people were detained".

    A DATE entity that is only digits, is the ``nummod`` of the noun after it
    and stands right after a verb is that verb's object counted, not a date.
    With ``lang``, a lone number on a noun of people is a count wherever it
    stands (:func:`dotterel.counts.counts_people`, the counts stage's rule).
    """
    tok = ent.root
    if lang is not None and len(ent) == 1 and tok.like_num and counts_people(tok, lang=lang):
        return True
    # right after its verb, as the verb's object's number: "detained 1503 people"; a year stands after a
    # preposition or a determiner ("in 2014 protesters stormed", "the 2019 protests"), which stay dates
    after_verb = tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("VERB", "AUX")
    if len(ent) == 1 and tok.like_num and ent.end < len(tok.doc) and tok.doc[ent.end].text == "+":
        return True  # "1500+ killed": an open-ended count
    if (len(ent) == 1 and tok.like_num and tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.head.i > tok.i and after_verb):
        return True
    # a figure in a list of figures by place, "866 people in Moscow, 45 in Grodno and 30 in Brest": a bare
    # number after a comma or coordinator and before a preposition and a place name is an elided count
    doc = tok.doc
    return (len(ent) == 1 and tok.text.isdigit() and not re.fullmatch(r"(1[5-9]|20)\d\d", tok.text)
            and tok.i > 0 and (doc[tok.i - 1].text == "," or doc[tok.i - 1].pos_ == "CCONJ")
            and tok.i + 2 < len(doc) and doc[tok.i + 1].pos_ == "ADP" and doc[tok.i + 2].ent_type_ in ("GPE", "LOC", "FAC"))


def event_date(
    mention: Mention,
    date_ents,
    dates: DateResolver,
    anchor: EventDate | None,
    claim: Claim,
    to_span,
    *,
    lexicon: Lexicon,
    statement: bool = False,
    story: EventDate | None = None,
    frame: EventDate | None = None,
    earlier=(),
) -> EventDate:
    """The date of one event mention (rules in the module docstring).

    Parameters
    ----------
    mention : Mention
        The event's trigger and head tokens.
    date_ents : list of (spacy.tokens.Span, Span)
        The sentence's dates, from :func:`sentence_dates`.
    dates : DateResolver
        Resolves date expressions against the publication date; its
        language profile (``dates.lang``) gives the date adverbs
        ("yesterday") and the same-scene markers ("when").
    anchor : EventDate | None
        The last date taken from the text earlier in the paragraph.
    claim : Claim
        The event's attribution: a "future" certainty prefers future
        readings of relative dates, and a date on its reporting verb bounds
        the event.
    to_span : callable
        ``to_span(start, end) -> Span`` for parsed-document offsets.
    lexicon : Lexicon
        Trigger lexicon, to see another event's verb between a date and the
        event.
    statement : bool
        The event is the statement itself (a demand): a date on the reporting
        verb is its own date, not a bound.
    story : EventDate | None
        The month of the article's own timeline
        (:func:`~dotterel.events.date_context.story_month`), for a past
        event that nothing else dates.
    frame : EventDate | None
        The year an earlier sentence of the paragraph opens with
        (:func:`~dotterel.events.date_context.paragraph_year`), for an event
        told in the past tense in a sentence that names no date.
    earlier : sequence of (spacy.tokens.Span, list of (spacy.tokens.Span, Span))
        The paragraph's earlier sentences and their dates, where a stretch
        from "the massacre" finds the day of the one massacre they date
        (:func:`~dotterel.events.date_occasions.earlier_occasion_day`).

    Returns
    -------
    EventDate
        ``source`` is "text" (a date or bound from the sentence), "context"
        (the anchor's month) or "publication" (the publication bound, with a
        reason naming any date that could not be used).
    """
    head = mention.head
    lang = dates.lang
    sentence_ents = date_ents
    certainty = claim.attribution.certainty
    past_event = certainty in _PAST_CERTAINTIES

    def resolve(ent, span, default):
        # the tense of the date's own verb may read it forward ("offered to hold talks Thursday"); a past
        # event is never after its report, so a date that lands there is not the event's
        prefer = "future" if default == "future" or date_direction(ent.root, lang) == "future" else default
        got = dates.resolve(date_phrase(ent, lang), span=span, anchor=anchor, prefer=prefer,
                            year=framed_year if prefer == "past" else None)
        if got is not None and claim.reporting_verb is not None and is_deictic(ent, lang):
            got = _speakers(ent, got)
            if got is None:
                return None
        if got is not None and past_event and _after_publication(got, dates.published):
            unresolved.append(ent.text)
            return None
        if got is None and prefer == "past":
            _why_not_past(ent.text, span)
        return got

    def _why_not_past(words, span):
        # "on 20 April" in a report of 10 April: the day falls just after publication, and the year before is not
        # what the text says (DateResolver.resolve refuses it); the reason says so rather than a bare "unresolved"
        ahead = dates.resolve(words, span=span, prefer="future")
        if ahead is not None and _after_publication(ahead, dates.published):
            why_not.setdefault(words, f"names no year and falls after publication, on {ahead.earliest}; a past "
                                      "event is not dated by it, nor by the same day a year before")

    def _speakers(ent, got):
        # "yesterday" in reported words is the speaker's (date_context.speaker_day)
        rep = claim.reporting_verb
        said = None
        for other, span in sentence_ents:
            gov = _governing_verb(other.root)
            if gov is not None and not is_deictic(other, lang) and (gov == rep or _said_on(other, gov, rep)):
                said = dates.resolve(date_phrase(other, lang), span=span, anchor=anchor, prefer="past")
                said = said if said is not None and said.time_precision == "day" else None
                break
        moved = speaker_day(ent, got, said, dates.published, written=rep.lemma_.lower() in lang.written_report_verbs)
        if moved is None:
            unresolved.append(ent.text)
            why_not[ent.text] = (f"is the writer's ('{rep.text}'), told on a day the text does not give; "
                                 "no day is taken from publication")
        return moved

    prefer = "future" if certainty == "future" else "past"
    statement_bound = None
    framed_year = int(frame.value) if frame is not None and past_event and frame.value else None
    unresolved: list[str] = []
    why_not: dict[str, str] = {}
    hidden: list[tuple[str, str]] = []  # a date of a relative clause the event is not in: (date, clause verb)
    parts = _elliptical(head)
    if mention.part is not None:
        scope = part_indices(mention.part)
        date_ents = [(e, s) for e, s in date_ents if e.root.i in scope]
        for ent, span in date_ents:
            resolved = resolve(ent, span, prefer)
            if resolved is not None:
                return resolved
    else:
        excluded = set().union(*(part_indices(p) for p in parts)) if parts else set()
        date_ents = [(e, s) for e, s in date_ents if e.root.i not in excluded]
        # "detained 12 activists who defied the ban on 03/06/2020": a date in a relative
        # clause on the object is the event's own when nothing closer dates it
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        for ent, span in date_ents:
            gov = _governing_verb(ent.root)
            if gov is not None and gov.dep_ == "relcl" and gov.head in objects and parts:
                resolved = resolve(ent, span, prefer)
                if resolved is not None:
                    return resolved
    # "detained 27 people overnight as protests continued": a same-scene clause shares its host's date
    # (not a past perfect: "detained 30 people overnight, as protesters had clashed with police days earlier")
    scene_host = head.head if head.dep_ == "advcl" and same_scene(head, lang=dates.lang) and not any(
        c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_ == "have" for c in head.children) else None
    shifts_seen: set[int] = set()
    unplaced: DayShift | None = None  # a stretch from an occasion the text does not date
    open_after: EventDate | None = None  # on or after an occasion's day, up to publication ("After the vote on Sunday")
    for ent, span in date_ents:
        relation = day_relation(ent, lang)  # "on the eve of Thursday's vote": the day before it
        if relation is None:
            relation = day_shift(ent, lang)  # "two days before the election on Saturday": the Thursday
            if relation is not None and relation.start in shifts_seen:
                continue  # its other date ("Saturday" after "two days") was read with it
            if relation is not None:
                shifts_seen.add(relation.start)
        governor = _governing_verb(relation.word if relation is not None else ent.root)
        if governor is None:
            continue
        if governor != head and governor.lemma_.lower() in lang.circulation_verbs \
                and depicting_frame(head, lang=lang) is not None:
            hidden.append((ent.text, f"the day the recording came out ('{governor.text}')"))
            continue  # "video of police beating a man emerged on Tuesday": the recording's day, not the beating's
        if claim.reporting_verb is not None and _said_on(ent, governor, claim.reporting_verb):
            governor = claim.reporting_verb
        in_scope = governor == head or governor == scene_host or (
            head in governor.subtree
            and not _crosses_event(head, governor, lexicon)
            and not _own_clause_between(head, governor, lang)
            and not _own_later_date(head, governor, ent, date_ents)
        )
        if relation is None and ent.root.dep_ == "poss" and _relative_on(head, ent.root.head, lang):
            # "Tuesday's bombing in Mogadishu, which killed 15 soldiers": the bombing's day is its toll's
            resolved = resolve(ent, span, prefer)
            if resolved is not None:
                return resolved
        noun = ent.root.head
        if relation is None and (ent.root.dep_ == "poss" or (noun.pos_ == "NOUN" and (
                ent.root.dep_ in ("compound", "nmod") or (ent.root.dep_ == "nummod" and _owned(noun, head, lang, ent.root)))))\
                and noun.ent_type_ not in ("DATE", "TIME"):
            # "Saturday's planned march", "the organisers of the 12 June protest", "the 2011 uprising": the
            # date names its noun, so it is that noun's own date (an event noun's), never the verb's
            if ent.root.head == head:
                resolved = resolve(ent, span, prefer)
                if resolved is not None:
                    return resolved
            elif not hidden:
                hidden.append((ent.text, f"the noun '{ent.root.head.text}'"))
            continue
        if mention.trigger != head and governor == mention.trigger:
            in_scope = True
        if _progressive_relative(governor) and head in (governor.head.head, governor.head.head.head):
            in_scope = True  # "beat protesters who were marching through Lagos on Monday": going on at the beating
        if recording_made(governor, head, lang=lang):
            in_scope = True  # "a video recorded in 2018 shows police beating a man": the recording's day is the act's
        if _describing_participle(governor, head, lang):
            in_scope = True  # "looted a warehouse storing food aid in Jos on Saturday": the looting's day
        if _kept_from(governor, head, lang):
            in_scope = True  # "prevented the crowd from storming the parliament on Friday": the act never happened
        if _trailing_shared(ent, governor, head, date_ents, lang):
            in_scope = True  # "blocked roads and smashed windows in Tripoli on Wednesday": both acts' day
        if same_scene(governor, lang=dates.lang) and (governor.head == head or governor.head in head.conjuncts):
            in_scope = True  # "were detained ... when security forces broke up a march on Friday"
        is_reporting = claim.reporting_verb is not None and governor == claim.reporting_verb
        if is_reporting:
            resolved = _related_day(relation, dates, to_span, past=True) if relation is not None else \
                dates.resolve(ent.text, span=span, anchor=anchor, prefer="past", year=framed_year)
            if resolved is None:
                _why_not_past(ent.text, span)
                if ent.text in why_not and ent.text not in unresolved:
                    unresolved.append(ent.text)  # the statement's day cannot bound the event either
                continue
            subj_before = any(c.dep_ in ("nsubj",) and c.i > ent.end for c in governor.children)
            if statement or (subj_before and head.i < ent.start) or _present_state(head):
                # "is holding back ..., a spokesperson said on Monday": the state holds on the day it is told
                return resolved
            statement_bound = resolved
            continue
        label = not in_scope and _label_relative(governor, head, ent, lang)
        in_scope = in_scope or label  # "killed a teacher who was accused of spying on Saturday": the killing's day
        if not in_scope:
            # "attacked the camp set up in 2019": a participle clause on a noun dates that noun's own act
            relative = _relative_clause_of(governor, head)
            if relative is not None and not hidden:
                hidden.append((ent.text, f"the relative clause '{relative.text}'"))
            elif governor.dep_ == "acl" and head not in governor.subtree and not hidden:
                hidden.append((ent.text, f"the clause '{governor.text}' on '{governor.head.text}'"))
            continue
        resolved = _related_day(relation, dates, to_span, past=past_event) if relation is not None else \
            resolve(ent, span, prefer)
        if resolved is None and isinstance(relation, DayShift):
            # "a week after the coup": the occasion is not dated, so neither is the event; its stretch is no day
            unplaced = unplaced or relation
            continue
        if open_after is not None and resolved is not None and not _narrower(resolved, open_after):
            continue  # "After the vote on Sunday, police arrested 30 people this year": the range says more
        if resolved is not None and isinstance(relation, DayShift) and relation.most is None:
            # "After the rally on Saturday, police detained 30 students on Monday": the range from the occasion
            # yields to a narrower date of the act's own later in the sentence (TimeML: its own clause's timex)
            open_after = open_after or resolved
            continue
        if label and resolved is not None and resolved.time_precision != "day":
            # "arrested a man accused of killing a teacher last year": a year or month is the labelled deed's
            if not hidden:
                hidden.append((ent.text, f"the relative clause '{governor.text}'"))
            continue
        participle = None if resolved is None or resolved.time_precision == "day" else \
            _participle_before(ent, head, lang)
        if participle is not None:
            # "attacked a camp set up near Goma in 2019": the model hung the year on the verb; it closes the clause
            if not hidden:
                hidden.append((ent.text, f"the clause '{participle.text}' on '{participle.head.text}'"))
            continue
        if resolved is not None:
            return _coordinated_days(ent, resolved, sentence_ents, lambda e, s: resolve(e, s, prefer), to_span)
        if ent.text not in unresolved:
            unresolved.append(ent.text)
        if governor == head and past_event and date_direction(ent.root, lang) == "future":
            # "called for a strike on Friday; on Saturday police arrested its leaders": the event's own
            # clause dates what it plans, so another clause's day is not the call's either
            break
    for c in list(head.children) + (list(scene_host.children) if scene_host is not None else []):
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in dates.lang.date_adverbs:
            resolved = dates.resolve(c.text, span=to_span(c.idx, c.idx + len(c.text)), anchor=anchor, prefer=prefer)
            if resolved is not None and claim.reporting_verb is not None:
                resolved = _speakers(c, resolved)
            if resolved is not None:
                return resolved
    if open_after is not None:
        return open_after
    if statement_bound is not None:
        latest = statement_bound.latest or statement_bound.value
        return EventDate(
            value=None,
            earliest=None,
            latest=latest,
            time_precision="range",
            span=statement_bound.span,
            source="text",
            reason=f"on or before the statement date '{statement_bound.span.text if statement_bound.span else ''}'",
        )
    if unplaced is None and mention.part is None and not unresolved:  # "a week after the coup", untagged
        unplaced = next((s for s in undated_shifts(head.sent, lang) if _governing_verb(s.word) == head), None)
    if unplaced is not None and unplaced.day is None and (borrowed := earlier_occasion_day(
            unplaced, earlier, dates, to_span, past=past_event, lang=lang)) is not None:
        return borrowed  # "The massacre took place on 3 May. In the days following the massacre, ..."
    if unplaced is not None:
        # no date of its own and a stretch from an undated occasion: no paragraph or story date can place it
        why = "the text does not date the occasion" if unplaced.day is None else \
            f"the text gives no stretch in days from '{unplaced.day}'" if unplaced.least is None else \
            f"'{unplaced.day}' does not resolve to a day the stretch can be counted from up to publication"
        return dates.publication_bound().model_copy(update={"reason": f"'{unplaced.text}': {why}; the event is undated"})
    # a plan or promise ("said police would pull back") and a statement itself (a demand) keep no other
    # event's date: the text does not tie them to it
    inherits = not statement and certainty not in ("future", "hypothetical")
    if inherits and past_event and frame is not None and _told_in_the_past(head) and not parts and not any(
            dates.resolve(date_phrase(e, lang)) is not None for e, _s in sentence_ents):
        # "In 1968, Soviet tanks rolled into Prague. Hundreds of thousands protested.": the paragraph's year
        return frame
    if inherits and anchor is not None and anchor.value and len(anchor.value) >= 7 \
            and not _same_sentence(anchor, head, to_span, sentence_ents):
        return _after_anchor(anchor, dates.published)
    if inherits and past_event and story is not None and not parts and not any(
            dates.resolve(date_phrase(e, lang)) is not None for e, _s in date_ents):
        # only where the sentence names no date: one it names and leaves to another clause is not this event's
        return story
    bound = dates.publication_bound()
    if unresolved:
        why = ("cannot be resolved: no publication date was given" if dates.published is None
               else why_not.get(unresolved[0], "is not a date the event can use"))
        bound = bound.model_copy(update={"reason": f"'{unresolved[0]}' {why}; the event is undated"})
    elif hidden:
        # "beat supporters who had gathered ... on Tuesday": the day is the gathering's, not the beating's
        date_words, clause = hidden[0]
        bound = bound.model_copy(update={
            "reason": f"'{date_words}' dates {clause}, not this event; {bound.reason}"})
    return bound


def date_for_kb(event_date: EventDate | None, published: _dt.date | None) -> _dt.date | None:
    """The day on which to look actors up in the knowledge base (who held office when).

    Parameters
    ----------
    event_date : EventDate | None
    published : datetime.date | None
        The publication date, the fallback.

    Returns
    -------
    datetime.date | None
        The event's day (``value``, else ``latest``); the 15th for a month
        (``YYYY-MM``); otherwise ``published``.
    """
    if event_date is not None:
        for v in (event_date.value, event_date.latest):
            if v and len(v) == 10:
                return _dt.date.fromisoformat(v)
            if v and len(v) == 7:
                return _dt.date(int(v[:4]), int(v[5:7]), 15)
    return published


# -- helpers --------------------------------------------------------------------
_PAST_CERTAINTIES = frozenset({"asserted", "reported", "alleged"})
"""Certainties of an event told as done: never dated after its report."""


_MAX_COORDINATED_DAYS = 7


def _coordinated_days(ent, first: EventDate, sentence_ents, resolve, to_span) -> EventDate:
    """The span of days of a coordinated pair ("on Tuesday and Wednesday", "on Saturday or Sunday").

    The parser makes the second day a ``conj`` of the first; the event runs
    over both (or falls on one of them), so it is dated from the first day to
    the second, a range (ACLED codebook: an event over several days is coded
    with the span the report gives; TimeML: coordinated timexes are separate
    values, the event spans them). Kept as the first day alone when the second
    does not resolve to a day after it within a week.

    Parameters
    ----------
    ent : spacy.tokens.Span
        The date entity that dated the event.
    first : EventDate
        Its resolution.
    sentence_ents : list of (spacy.tokens.Span, Span)
        The sentence's dates (:func:`sentence_dates`).
    resolve : callable
        ``resolve(ent, span) -> EventDate | None`` in the event's direction.
    to_span : callable
        ``to_span(start, end) -> Span`` for parsed-document offsets.
    """
    if first.time_precision != "day" or not first.value:
        return first
    for other, span in sentence_ents:
        root = other.root
        if root.dep_ != "conj" or not (ent.start <= root.head.i < ent.end) or other.start < ent.end:
            continue
        if not any(c.dep_ == "cc" for c in root.head.children) or _opens_clause(other):
            continue
        second = resolve(other, span)
        if second is None or second.time_precision != "day" or not second.value:
            return first
        gap = (_dt.date.fromisoformat(second.value) - _dt.date.fromisoformat(first.value)).days
        if not 0 < gap <= _MAX_COORDINATED_DAYS:
            return first
        both = to_span(ent.start_char, other.end_char)
        return EventDate(
            value=None, earliest=first.value, latest=second.value, time_precision="range", span=both,
            source="text", reason=f"'{both.text}': two coordinated days, from {first.value} to {second.value}")
    return first


def _narrower(date: EventDate, than: EventDate) -> bool:
    """Whether ``date`` spans fewer days than ``than`` (both with ``earliest`` and ``latest``, or a day value)."""
    def days(d: EventDate) -> int | None:
        first, last = d.earliest or d.value, d.latest or d.value
        if first is None or last is None or len(first) < 10 or len(last) < 10:
            return None
        return (_dt.date.fromisoformat(last) - _dt.date.fromisoformat(first)).days
    mine, theirs = days(date), days(than)
    return mine is not None and theirs is not None and mine < theirs


def _opens_clause(day) -> bool:
    """Whether a day read as the second of a pair begins a clause of its own: "on Sunday and Wednesday a soldier died".

    A clause may open with a day and no comma; the parser then joins the day to
    the one before as a ``conj``. A noun phrase straight after it is that
    clause's subject (Quirk et al. 1985, 8.15: initial adjuncts of time), so
    the two days are no pair.
    """
    after = day.doc[day.end] if day.end < len(day.doc) else None
    return after is not None and after.sent == day.sent and after.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ")


def _after_publication(date: EventDate, published: _dt.date | None) -> bool:
    return published is not None and date.earliest is not None and date.earliest > published.isoformat()


_FEAST_DAYS = 4
"""Longest named period, in days, that "the eve of" / "the day after" count from (Eid al-Adha is observed up to 4 days)."""


def _related_day(relation: DayRelation | DayShift, dates: DateResolver, to_span, *, past: bool) -> EventDate | None:
    """The day a :class:`~dotterel.events.date_context.DayRelation` names, or None when its day does not resolve.

    The named day is read both ways ("Thursday" the last or the next); an
    event told as done takes the latest reading that puts it on or before
    publication ("clashed on the eve of Thursday's vote" in a Thursday's
    report is the Wednesday before it), any other the earliest on or after
    publication. A named day that is a feast of a few days ("the eve of
    Eid", a two-day feast in the calendar of :mod:`dotterel.date_idioms`)
    counts back from its first day and on from its last; "the day of" such a
    feast names no one day. A :class:`~dotterel.events.date_shifts.DayShift`
    ("two days before the election on Saturday") is dated by
    :func:`~dotterel.events.date_shifts.shifted_day`.
    """
    if isinstance(relation, DayShift):
        return shifted_day(relation, dates, to_span, past=past)
    days = set()
    for prefer in ("past", "future"):
        named = dates.resolve(relation.day, prefer=prefer)
        if named is not None and named.time_precision == "day" and named.value:
            days.add(_dt.date.fromisoformat(named.value) + _dt.timedelta(days=relation.offset))
        elif named is not None and relation.offset and named.earliest and named.latest:
            first, last = _dt.date.fromisoformat(named.earliest), _dt.date.fromisoformat(named.latest)
            if (last - first).days < _FEAST_DAYS:
                days.add((first if relation.offset < 0 else last) + _dt.timedelta(days=relation.offset))
    pub = dates.published
    if pub is not None:
        days = {d for d in days if (d <= pub) == past or d == pub}
    if not days:
        return None
    day = max(days) if past else min(days)
    named = day - _dt.timedelta(days=relation.offset)  # for a feast, its first (or last) day
    how = {-1: "the day before", 0: "the day of", 1: "the day after"}.get(
        relation.offset, f"{relation.offset:+d} days from")
    iso = day.isoformat()
    return EventDate(value=iso, earliest=iso, latest=iso, time_precision="day",
                     span=to_span(relation.start, relation.end), source="text",
                     reason=f"{how} '{relation.day}' ({named.isoformat()})")


def _said_on(ent, governor, reporting) -> bool:
    """A date between a reporting verb and the subject of its clause, which the parser hung on the clause's verb.

    "The army said on Monday it had arrested 12 suspects": with no "that",
    the parser may read "on Monday" as the arrest's; but a clause begins
    with its subject (or "that"), so words before the subject are the
    reporting verb's (Quirk et al. 1985, 15.3-15.5, the that-clause as
    object; the date is an adjunct of "said"). The act is then on or before
    the statement's day, not on it.
    """
    if governor.head != reporting or governor.dep_ not in ("ccomp", "parataxis") or not reporting.i < ent.start:
        return False
    subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or ent.end > subject.left_edge.i:
        return False
    return not any(t.dep_ == "mark" or t.pos_ in ("VERB", "AUX") for t in ent.doc[reporting.i + 1 : ent.start])


def _told_in_the_past(head) -> bool:
    """The event's clause is in the simple past or past perfect ("protested", "were killed", "had fled").

    A noun trigger is read through the verb it is the subject of ("protests
    erupted"), or the object of, directly or through a preposition ("fired
    on a march"); a present participle with no auxiliary of its own, set
    beside its verb ("fired on a march, killing three"), through that verb:
    it takes the tense of the clause it hangs on (Quirk et al. 1985, 15.58,
    supplementive clauses). The present perfect ("have been killed since")
    reaches up to publication and is not told in a past frame.
    """
    verb = head
    if head.pos_ not in ("VERB", "AUX") and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = head.head
    elif head.pos_ not in ("VERB", "AUX") and head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb = head.head.head
    elif head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp", "conj") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in head.children):
        verb = head.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return True
    # "Hundreds of thousands of people protested": a participle with a subject of its own and no auxiliary is
    # the simple past the tagger misread
    return verb.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in verb.children)


def _present_state(head) -> bool:
    """The event is a state in the present tense ("is holding back", "holds")."""
    if head.tag_ in ("VBZ", "VBP"):
        return True
    return head.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in head.children)


def _same_sentence(anchor: EventDate, head, to_span, sentence_ents) -> bool:
    """The anchor's date words are in the event's own sentence: the scope rules already left them to another clause.

    A subordinate clause of the very verb the anchor dates ("arrested on 16
    September while visiting Tehran") shares its time and is not counted.
    """
    if anchor.span is None:
        return False
    sent = to_span(head.sent.start_char, head.sent.end_char)
    if not sent.start <= anchor.span.start < sent.end:
        return False
    return not (head.dep_ == "advcl" and any(
        span.start == anchor.span.start and _governing_verb(ent.root) == head.head for ent, span in sentence_ents))


def _after_anchor(anchor: EventDate, published: _dt.date | None) -> EventDate:
    """An event told after a dated one in the same paragraph: from that date to the end of its month.

    News tells a paragraph in order, so the event is on or after the anchor;
    the paragraph's month bounds it (never past publication).
    """
    y, m = int(anchor.value[:4]), int(anchor.value[5:7])
    last = _dt.date(y + (m == 12), m % 12 + 1, 1) - _dt.timedelta(days=1)
    if published is not None and published < last:
        last = published
    first = anchor.earliest or f"{anchor.value[:7]}-01"
    label = anchor.span.text if anchor.span else anchor.value
    if first == last.isoformat():
        return EventDate(value=first, earliest=first, latest=first, time_precision="day", source="context",
                         reason=f"no date in the sentence; the day of '{label}' earlier in the paragraph, "
                                "the last day it can be")
    if first == f"{anchor.value[:7]}-01" and last.day == calendar.monthrange(y, m)[1]:
        return EventDate(value=anchor.value[:7], earliest=first, latest=last.isoformat(), time_precision="month",
                         source="context", reason=f"no date in the sentence; month of '{label}' earlier in the paragraph")
    return EventDate(value=None, earliest=first, latest=last.isoformat(), time_precision="range", source="context",
                     reason=f"no date in the sentence; on or after '{label}' earlier in the paragraph, in its month")


def governing_verb(tok):
    """The verb whose clause holds the date word ``tok`` (a spaCy token), or None.

    A participle that stands as a preposition ("including", "following") is passed over.
    """
    return _governing_verb(tok)
