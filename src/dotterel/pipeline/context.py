"""The per-document context the stages read and fill, and the loaded resources they share.

:class:`DocContext` is one typed object per document: its slots are filled by
the stages in order (``ctx.places`` by ``places.document.v1``,
``ctx.candidates`` by every detector...) and read by the later ones, so no
stage receives positional fragments of another's output. It never outlives the
document. :class:`Resources` holds what is loaded once per coder (model,
gazetteer, knowledge base, ontology, language profile, lexicon) and is handed to each stage when
it is built.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..records import Abstention, Actor, Document, Event, EventDate, Span
from ..records.coded import EventCandidate

if TYPE_CHECKING:
    from ..actors.kb import KnowledgeBase
    from ..actors.resolve import ActorResolver, DocumentActors
    from ..annotate import OffsetMap
    from ..quotes import QuoteMap
    from ..dates import DateCache, DateResolver
    from ..events.lexicon import Lexicon
    from ..lang import LanguageProfile
    from ..ontology import Ontology
    from ..places import Gazetteer
    from ..places.event_location import EventLocator
    from ..records import Count, Place
    from .config import PipelineConfig

__all__ = ["DocContext", "SentenceSlots", "CandidateTokens", "Resources", "paragraph_index"]


def _date_cache() -> DateCache:
    from ..dates import DateCache

    return DateCache()


@dataclass(frozen=True)
class Resources:
    """What a coder loads once and every stage may use.

    Attributes
    ----------
    config : PipelineConfig
    nlp : spacy.language.Language
    lang : LanguageProfile
        The words and patterns of ``config.language`` (``dotterel/lang/<code>/``).
    kb : KnowledgeBase
    gazetteer : Gazetteer
    ontology : Ontology
    lexicon : Lexicon
    actors : ActorResolver
    locator : EventLocator
    version : str
        The dotterel version, part of every event id.
    date_cache : DateCache
        dateparser's readings and parsers, shared by the documents this
        coder codes (:class:`~dotterel.dates.DateCache`).
    """

    config: PipelineConfig
    nlp: Any
    lang: LanguageProfile
    kb: KnowledgeBase
    gazetteer: Gazetteer
    ontology: Ontology
    lexicon: Lexicon
    actors: ActorResolver
    locator: EventLocator
    version: str
    date_cache: DateCache = field(default_factory=lambda: _date_cache())


@dataclass(frozen=True)
class CandidateTokens:
    """The tokens of an :class:`EventCandidate`, for the parse helpers that walk them.

    Attributes
    ----------
    trigger, head : spacy.tokens.Token
    obj, actor, part : spacy.tokens.Token | None
    recipients : tuple of spacy.tokens.Token
    """

    trigger: Any
    head: Any
    obj: Any = None
    actor: Any = None
    recipients: tuple = ()
    part: Any = None


@dataclass(eq=False)
class SentenceSlots:
    """What the stages know of one sentence.

    Attributes
    ----------
    index : int
        Position in ``DocContext.sentences``.
    span : spacy.tokens.Span
        The sentence in the parsed (normalised) document.
    paragraph : int
        Index of its paragraph in ``DocContext.paragraphs``.
    date_ents : list of (spacy.tokens.Span, Span)
        Date expressions of the sentence with their original-text spans
        (``dates.sentences.v1``).
    counts : list of Count
        Figures of the sentence (``counts.v1``).
    candidates : list of EventCandidate
        Events proposed in the sentence, in the order detectors added them.
    abstentions : list of Abstention
        Candidates of the sentence not coded, with the reason, in the order
        the stages decided.
    """

    index: int
    span: Any
    paragraph: int = 0
    date_ents: list = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    candidates: list[EventCandidate] = field(default_factory=list)
    abstentions: list[Abstention] = field(default_factory=list)


def paragraph_index(paras: list[tuple[int, int]], offset: int) -> int:
    """Index of the paragraph (from :func:`~dotterel.quotes.paragraphs`) holding ``offset``.

    An offset in the blank lines between two paragraphs counts with the next one.
    """
    return bisect.bisect_right([e for _, e in paras], offset)


@dataclass(eq=False)
class DocContext:
    """One document while it is coded.

    The first six attributes are set when the context is made; the others
    are slots that stages provide (the stage names are in
    ``docs/architecture.md``).

    Attributes
    ----------
    document : Document
    doc : spacy.tokens.Doc
        The parse of the normalised text.
    offsets : OffsetMap
        Normalised-to-original offsets; :meth:`span` makes original-text spans.
    published : datetime.date | None
    sentences : list of SentenceSlots
    lang : LanguageProfile
        The words and patterns of the document's language.
    paragraphs, paragraphs_original : list of (int, int)
        Paragraph offsets in the normalised and the original text
        (``ctx.paragraphs``).
    quotes : QuoteMap | None
        Quotation blocks (``ctx.quotes``).
    dates : DateResolver | None
        Resolves date phrases against the publication date (``ctx.dates``).
    home : str | None
        The document's main country, ISO 3166-1 alpha-3 (``ctx.home``).
    actors_memory : DocumentActors | None
        Actors named so far, for pronouns and definite descriptions.
    coref : dict of int to Actor
        Token index of a pronoun or definite description -> the actor it refers
        back to, with the antecedent's span (``ctx.coref``, ``actors.coref.v1``).
    countries : list of str
        Countries the document names, main first (``ctx.places``).
    places : list of PlaceMention
        The document's toponyms, resolved in context (``ctx.places``).
    dateline : Place | None
        The dateline's place (``ctx.places``).
    dates_found : list of EventDate
        Every resolved date expression, in text order (``ctx.dates_found``).
    events : list of Event
        Coded events in text order (``ctx.events``).
    last_date : dict of int to EventDate
        Per paragraph, the last date taken from the text; later events of the
        paragraph may inherit its month.
    second_pass : list of int
        With the two passes, the sentences (indices into ``sentences`` of
        the first pass) the parser and the entity recogniser run on
        (``candidates.v2``, :mod:`dotterel.pipeline.two_pass`).
    first_pass_sentences : int
        With the two passes, the number of sentences of the first pass.
    second_pass_reasons : dict of str to int
        With the two passes, how many of the ``second_pass`` sentences went
        for each reason (:data:`dotterel.pipeline.two_pass.REASONS`).
    second_pass_ner : list of int
        With the two passes, the ``second_pass`` sentences the entity
        recogniser runs on too (all of them with ``context_ner``; else the
        lead's, the triggers' and the whole paragraphs').
    """

    document: Document
    doc: Any
    offsets: OffsetMap
    published: _dt.date | None
    sentences: list[SentenceSlots]
    lang: LanguageProfile
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    paragraphs_original: list[tuple[int, int]] = field(default_factory=list)
    quotes: QuoteMap | None = None
    dates: DateResolver | None = None
    home: str | None = None
    actors_memory: DocumentActors | None = None
    coref: dict[int, Actor] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    places: list = field(default_factory=list)
    dateline: Place | None = None
    dates_found: list[EventDate] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    last_date: dict[int, EventDate] = field(default_factory=dict)
    second_pass: list[int] = field(default_factory=list)
    first_pass_sentences: int = 0
    second_pass_reasons: dict[str, int] = field(default_factory=dict)
    second_pass_ner: list[int] = field(default_factory=list)

    @classmethod
    def start(cls, document: Document, doc: Any, offsets: OffsetMap, *, lang: LanguageProfile) -> DocContext:
        """Make the context of a parsed document, before any stage runs.

        Parameters
        ----------
        document : Document
        doc : spacy.tokens.Doc
            The parse of ``offsets.normalised``.
        offsets : OffsetMap
        lang : LanguageProfile
            The coder's language profile (:attr:`Resources.lang`).

        Returns
        -------
        DocContext
            With ``sentences`` filled (one :class:`SentenceSlots` each).
        """
        from ..annotate import sentences

        published = _dt.date.fromisoformat(document.published) if document.published else None
        slots = [SentenceSlots(index=i, span=s) for i, s in enumerate(sentences(doc))]
        return cls(document=document, doc=doc, offsets=offsets, published=published, sentences=slots,
                   lang=lang)

    # -- helpers every stage needs -------------------------------------------
    def span(self, start: int, end: int) -> Span:
        """The original-text :class:`Span` of parsed-text offsets ``[start, end)``."""
        return self.offsets.span(start, end)

    def token_span(self, tok: Any) -> Span:
        """The original-text :class:`Span` of one token."""
        return self.offsets.span(tok.idx, tok.idx + len(tok.text))

    def paragraph_of_original(self, offset: int) -> int:
        """Index of the paragraph of the original text that holds ``offset``."""
        return paragraph_index(self.paragraphs_original, offset)

    def tokens(self, candidate: EventCandidate) -> CandidateTokens:
        """The tokens a candidate's indices point at."""
        doc = self.doc
        opt = lambda i: doc[i] if i is not None else None  # noqa: E731
        return CandidateTokens(trigger=doc[candidate.trigger], head=doc[candidate.head], obj=opt(candidate.obj),
                               actor=opt(candidate.actor), recipients=tuple(doc[i] for i in candidate.recipients),
                               part=opt(candidate.part))

    def abstain(self, candidate: EventCandidate, reason: str) -> None:
        """Record that ``candidate`` was not coded, and why."""
        trig = self.doc[candidate.trigger]
        self.sentences[candidate.sentence].abstentions.append(
            Abstention(doc_id=self.document.doc_id, trigger=self.token_span(trig), reason=reason))

    def abstain_word(self, sentence: int, tok: Any, reason: str) -> None:
        """Record that a word of sentence ``sentence`` states an act no candidate codes, and why (``--debug``)."""
        self.sentences[sentence].abstentions.append(
            Abstention(doc_id=self.document.doc_id, trigger=self.token_span(tok), reason=reason))

    def abstentions(self) -> list[Abstention]:
        """Every abstention of the document, sentence by sentence."""
        return [a for slot in self.sentences for a in slot.abstentions]

    @functools.cached_property
    def token_by_original_start(self) -> dict[int, int]:
        """Token index by the original-text offset where the token starts (built once per document)."""
        from spacy.attrs import IDX

        # the token offsets as one array: a Token object per token made this 1% of coding
        original = self.offsets.starts
        starts: dict[int, int] = {}
        for i, idx in enumerate(self.doc.to_array(IDX).tolist()):
            starts.setdefault(original[idx], i)
        return starts
