"""The built-in stages that prepare a document, and the table of every built-in stage.

The detectors live with the events (:mod:`dotterel.events.detect`,
:mod:`dotterel.events.implied`), the assembly with its policy
(:mod:`dotterel.events.assemble`); the stages here set up what they read:
paragraphs, quotes and the date resolver; the main country; the places; the
dates and figures of each sentence; the running-total policy; and the merging
of restatements. ``docs/architecture.md`` lists them in order with their slots.
"""

from __future__ import annotations

import datetime as _dt

from ..actors.coref import Coreference
from ..actors.implied_agent import ImpliedAgent
from ..actors.document import (
    DocumentActors,
    cites_a_body_abroad,
    home_read_as_place_abroad,
    main_country_named,
    named_as_armed_side_only,
    named_as_foreigners_only,
)
from ..actors.scenes import paragraph_scenes
from ..annotate import doc_text
from ..places.dateline import dateline_date, filed_span, release_form
from ..quotes import find_quotes, paragraphs
from ..counts import extract_counts
from ..counts_victims import victim_counts
from ..dates import DateResolver, detect_day_first
from ..events.date_context import found_dates
from ..events import dating
from ..events.acled import AcledTyper
from ..events.assemble import Assembler
from ..events.detect import RuleDetector
from ..events.implied import ImpliedProtestDetector
from ..events.textcat import TextcatDetector
from ..events.merge import fold_headline, headline_end, merge_restatements
from ..events.split import PlaceFigures
from ..events.policy import running_total
from ..records import Span
from .context import DocContext, Resources, paragraph_index
from .two_pass import CandidateSentences, SecondPass

__all__ = ["BUILTIN_STAGES"]


class _Stage:
    """Common shape of the built-in stages: built from the resources, nothing kept between documents."""

    name = ""
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def __repr__(self) -> str:
        return f"<stage {self.name}>"


class DocumentSetup(_Stage):
    """``document.v1``: paragraphs (parsed and original text), quotation blocks, the date resolver.

    The resolver reads numeric dates day-first or month-first as the whole
    text shows (:func:`~dotterel.dates.detect_day_first`). It counts from the
    day a dated dateline gives ("KOLKATA, March 5: ... on Monday", "...
    yesterday"), when that day is the publication day or at most
    :data:`_FILED_BEFORE_DAYS` before it: the report was filed then, so its
    relative days count from it and its acts happened on or before it (AP
    Stylebook "datelines"; TimeML: the document creation time anchors
    relative timexes; rev25d).
    """

    name = "document.v1"
    requires = ("ctx.doc",)
    provides = ("ctx.paragraphs", "ctx.quotes", "ctx.dates")

    def __call__(self, ctx: DocContext) -> None:
        text = doc_text(ctx.doc)
        ctx.paragraphs = paragraphs(text)
        ctx.paragraphs_original = paragraphs(ctx.document.text)
        for slot in ctx.sentences:
            slot.paragraph = paragraph_index(ctx.paragraphs, slot.span.start_char)
        ctx.quotes = find_quotes(ctx.doc, lang=ctx.lang)
        day_first = detect_day_first([text])
        ctx.dates = DateResolver(ctx.published, lang=ctx.lang, day_first=day_first, cache=self.resources.date_cache)
        filed = _filed_day(ctx.document.text, ctx.dates, ctx.lang)
        if filed is not None:
            ctx.dates = DateResolver(filed[0], lang=ctx.lang, day_first=day_first, cache=self.resources.date_cache,
                                     filed=filed[1])


_FILED_BEFORE_DAYS = 7  # a dateline dated further back is a stale copy or a misreading, not the filing day


def _filed_day(text: str, dates: DateResolver, lang):
    """The day a dated dateline gives ("KOLKATA, March 5:") and its words, when on or shortly before publication."""
    words = dateline_date(text, lang=lang)
    if words is None or dates.published is None:
        return None
    day = dates.resolve(text[words[0]:words[1]], prefer="past")
    if day is None or day.time_precision != "day" or day.value is None:
        return None
    filed = _dt.date.fromisoformat(day.value)
    if not 0 <= (dates.published - filed).days <= _FILED_BEFORE_DAYS:
        return None
    return filed, Span(start=words[0], end=words[1], text=text[words[0]:words[1]])


class HomeCountry(_Stage):
    """``actors.home.v1``: the document's main country and the memory of actors named so far."""

    name = "actors.home.v1"
    requires = ("ctx.doc",)
    provides = ("ctx.home", "ctx.actors_memory")

    def __call__(self, ctx: DocContext) -> None:
        ctx.home, first = main_country_named(ctx.doc, self.resources.kb)
        filed = filed_span(ctx.doc.text, lang=ctx.lang)
        home = ctx.home
        if filed is not None:
            # "(Bangkok, June 10) - Soldiers burned homes in Sagaing": the capital the report was filed in is no
            # actor's country (the places stage keeps it as its hint)
            home, first = main_country_named(ctx.doc, self.resources.kb, filed)
        armed = named_as_armed_side_only(ctx.doc, self.resources.kb, ctx.lang, home)
        foreign = not armed and named_as_foreigners_only(ctx.doc, self.resources.kb, ctx.lang, home)
        ctx.actors_memory = DocumentActors(home, armed_home=armed, foreign_home=foreign)
        ctx.actors_memory.home_first = first
        ctx.actors_memory.filed = filed
        ctx.actors_memory.filed_at_an_office = filed is not None and (
            release_form(ctx.doc.text) or cites_a_body_abroad(ctx.doc, self.resources.kb))


class DocumentPlaces(_Stage):
    """``places.document.v1``: the countries the document names, its toponyms in context, its dateline."""

    name = "places.document.v1"
    requires = ("ctx.home", "ctx.actors_memory")
    provides = ("ctx.places", "ctx.dateline")

    def __call__(self, ctx: DocContext) -> None:
        locator = self.resources.locator
        ctx.countries = locator.document_countries(ctx.doc, ctx.home)
        ctx.places = locator.places(ctx.doc, ctx.span, ctx.countries)
        # "Georgia's governor ... in Atlanta": the main country's name read as a US state (actor countries only)
        ctx.actors_memory.home_read_elsewhere = home_read_as_place_abroad(ctx.places, ctx.home, self.resources.kb)
        # "In Uganda, police arrested ...": the country each paragraph's opening locative sets (actor countries only)
        ctx.actors_memory.scenes = paragraph_scenes(ctx.sentences, self.resources.kb, ctx.lang, ctx.places)
        ctx.dateline = locator.dateline(ctx.document.text, ctx.countries, places=ctx.places)
        ctx.actors_memory.dateline = ctx.dateline


class SentenceDates(_Stage):
    """``dates.sentences.v1``: each sentence's date expressions, and every one that resolves.

    Each expression is read in the direction its tense gives
    (:func:`~dotterel.events.date_context.found_dates`). The date of a
    dateline ("KOLKATA, March 5: Police arrested ...") is the day the report
    was filed, no event's (AP Stylebook "datelines";
    :func:`~dotterel.places.dateline.dateline_date`), and is left out.
    """

    name = "dates.sentences.v1"
    requires = ("ctx.dates",)
    provides = ("sentence.date_ents", "ctx.dates_found")

    def __call__(self, ctx: DocContext) -> None:
        filed = dateline_date(ctx.document.text, lang=ctx.lang)
        for slot in ctx.sentences:
            slot.date_ents = dating.sentence_dates(slot.span, ctx.span, lang=ctx.lang)
            if filed is not None:
                # overlapping, not only inside: the parser may take the comma before it (", June 3")
                slot.date_ents = [(e, s) for e, s in slot.date_ents if not (s.start < filed[1] and filed[0] < s.end)]
            ctx.dates_found.extend(found_dates(slot.span, slot.date_ents, ctx.dates, ctx.span, ctx.lang))


class SentenceCounts(_Stage):
    """``counts.v1``: each sentence's figures (killed, injured, arrested, crowd size...).

    Killed figures stated with no number ("a person was killed", "people
    died") come from :func:`~dotterel.counts_victims.victim_counts`.

    A vague figure gets the estimate of the configured
    :attr:`~dotterel.pipeline.config.PipelineConfig.count_convention`.
    """

    name = "counts.v1"
    requires = ("ctx.sentences",)
    provides = ("sentence.counts",)

    def __call__(self, ctx: DocContext) -> None:
        for slot in ctx.sentences:
            counts = extract_counts(slot.span, to_span=ctx.span, lang=ctx.lang,
                                    convention=self.resources.config.count_convention)
            # "a person was killed", "people killed in police firing": a toll stated with no number
            extra = victim_counts(slot.span, counts, to_span=ctx.span, lang=ctx.lang,
                                  year=ctx.published.year if ctx.published else None)
            slot.counts = sorted(counts + extra, key=lambda c: c.span.start) if extra else counts


class RunningTotals(_Stage):
    """``policy.running_total.v1``: a running total is no event and lends its figures to none.

    Drops every candidate that :func:`~dotterel.events.policy.running_total`
    finds, with an abstention, and clears the sentence's figures in its
    clause (they, and the protesters they count, must not be credited to
    another event of the sentence); a figure outside that clause ("leaving 9
    dead" before "riots that have killed 200 since 2020") stays.
    """

    name = "policy.running_total.v1"
    requires = ("ctx.candidates", "sentence.counts")
    provides = ("ctx.candidates", "sentence.counts")

    def __call__(self, ctx: DocContext) -> None:
        for slot in ctx.sentences:
            totals = {}
            for i, cand in enumerate(slot.candidates):
                cue = running_total(cand, ctx.doc[cand.trigger], slot.span, lang=ctx.lang)
                if cue is not None:
                    totals[i] = cue
            if not totals:
                continue
            for i, cue in totals.items():
                ctx.abstain(slot.candidates[i], f"{slot.candidates[i].event_type}: a running total ({cue}), "
                                                "not one event")
            clauses = [_clause(ctx, ctx.doc[slot.candidates[i].trigger]) for i in totals]
            slot.candidates = [c for i, c in enumerate(slot.candidates) if i not in totals]
            slot.counts = [c for c in slot.counts if not any(
                cl.start <= c.span.start < cl.end and not any(o.start <= c.span.start < o.end for o in others)
                for cl, others in clauses)]


def _clause(ctx: DocContext, trigger):
    """The original-text span of a running total's clause, and the spans of the clauses joined to it.

    The clause is its verb's phrase, or its head's for a conjunct. "Inmates rioted on Monday,
    leaving 9 dead, in a series of riots that have killed more than 200 since 2020": the 200 are
    the running total's; the 9 dead, outside its clause, stay the riot's. A clause joined to it
    with a subject of its own is another statement ("The unrest has killed 60 people since 2023,
    and on Monday police shot dead two protesters": the two stay the shooting's), so its span
    is returned apart; so is one the parser hangs on it as its complement ("Gunmen shot dead two
    villagers on Monday; 40 people have been killed there since 2023": the act before the
    semicolon keeps its two; ACLED codebook 2023, Fatalities: the event's own). A running total
    joined with a subject of its own to an act ("Soldiers killed three farmers on Sunday, and 200
    have died since January") is its own phrase only, not its head's.
    """
    own = any(g.dep_ in ("nsubj", "nsubjpass") for g in trigger.children)
    verb = trigger.head if trigger.dep_ == "conj" and not own else trigger
    joined = [c for c in verb.children if c.dep_ in ("conj", "ccomp", "parataxis") and c.i != trigger.i
              and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return (ctx.span(verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)),
            [ctx.span(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in joined])


class Restatements(_Stage):
    """``merge.restatements.v1``: one record for an event the document states again."""

    name = "merge.restatements.v1"
    requires = ("ctx.events",)
    provides = ("ctx.events",)

    def __call__(self, ctx: DocContext) -> None:
        kb = self.resources.kb
        merged = merge_restatements(
            ctx.events, determiners=ctx.lang.role_determiners, unit_nouns=ctx.lang.unit_name_nouns,
            additive=ctx.lang.additive_modifiers,
            ordinary=self.resources.actors.ordinary,
            names_country=lambda word: kb.country_by_demonym(word) is not None or kb.country_by_name(word) is not None)
        ctx.events = fold_headline(merged, headline_end(ctx.document.text))


BUILTIN_STAGES = {
    stage.name: stage
    for stage in (CandidateSentences, SecondPass, DocumentSetup, HomeCountry, Coreference, DocumentPlaces,
                  SentenceDates, SentenceCounts, RuleDetector, TextcatDetector, RunningTotals,
                  ImpliedProtestDetector, Assembler, ImpliedAgent, PlaceFigures, Restatements, AcledTyper)
}
"""Registry name -> stage class (each class is its own factory: ``cls(resources)``)."""
