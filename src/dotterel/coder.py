"""The Coder: builds the configured stages once and runs them over a stream of documents.

The stages (``docs/architecture.md``) come from
:attr:`~dotterel.pipeline.config.PipelineConfig.stages`, built from the
:class:`~dotterel.pipeline.registry.StageRegistry` and checked in order
(:func:`~dotterel.pipeline.stage.check_order`). The coder holds the loaded
model, gazetteer, knowledge base, ontology and lexicon; nothing is global, so
two coders with different settings can live side by side.
"""

from __future__ import annotations

import copy
import datetime as _dt
import gc
import itertools
import time
from collections.abc import Iterable, Iterator

from . import __version__
from .actors.kb import KnowledgeBase
from .actors.resolve import ActorResolver
from .annotate import Annotated, Annotator, bound_lemma_cache, load_pipeline, release, ruler_patterns
from .casing import CapitalsRecaser, kb_acronyms, kb_names, kb_role_abbreviations, name_test
from .events.lexicon import Lexicon
from .coder_processes import can_fork, code_in_processes
from .ingest import make_document
from .language import LanguageGuard
from .lang import LanguageProfile
from .ontology import Ontology
from .pipeline.config import PipelineConfig
from .pipeline.context import DocContext, Resources
from .pipeline.registry import StageRegistry
from .pipeline.stage import check_order
from .pipeline.timing import PARSE, StageTimes
from .pipeline.two_pass import TWO_PASS_STAGES
from .places import Gazetteer
from .places.event_location import EventLocator
from .records import Document, Event, Place
from .records.coded import CodedDocument

__all__ = ["Coder", "CodedDocument", "ZONE_DOCUMENTS"]

ZONE_DOCUMENTS = 64
"""Documents coded in one spaCy memory zone (``nlp.memory_zone()``, spaCy 3.8).

The strings and lexemes a zone's texts add to the vocabulary are freed when
it closes, so a long run's memory stays flat. The coded records are plain
data, made inside the zone and handed out after it closes. A parsed Doc and
the spans cached in its ``user_data`` refer to each other, so each Doc's
caches are dropped when its coding ends (:func:`~dotterel.annotate.release`)
and Python frees it at once; what is left in cycles (spaCy's parser models
of each batch) is collected after each zone (``gc.collect()``, 0.18 s per
8.8 s of coding a zone). Measured with ``benchmarks/memory.py --docs 100
1000``: peak 577 / 634 MB and live at the end 577 / 634 MB with neither,
572 / 572 and 510 / 515 MB with the collection, 554 / 569 and 501 / 569 MB
with release() alone.
"""


class Coder:
    """Codes documents into sourced PLOVER events.

    Load once and reuse: loading the spaCy model, the gazetteer index and the
    knowledge base takes a few seconds.

    Parameters
    ----------
    config : PipelineConfig, optional
        Language, model, stages, knowledge base files, cache folder, batch
        size and debug; the defaults when not given.
    nlp : spacy.language.Language, optional
        A loaded pipeline; by default ``config.model`` with an entity ruler
        built from the knowledge base.
    gazetteer : Gazetteer, optional
    kb : KnowledgeBase, optional
        By default the packaged files plus ``config.kb_files``.
    ontology : Ontology, optional
    lang : LanguageProfile, optional
        The words and patterns the stages read; by default
        ``LanguageProfile.load(config.language)``.
    lexicon : Lexicon, optional
        By default the trigger lexicon of the language's folder
        (``lang/<code>/triggers.json``).
    registry : StageRegistry, optional
        Where stage names are looked up (default: the built-in stages).
    batch_size, debug, cache_dir : optional
        Shortcuts that override the same fields of ``config``.

    Attributes
    ----------
    config : PipelineConfig
    config_hash : str
        Stamped on every event (:meth:`PipelineConfig.config_hash`).
    stages : list of Stage
        The built stages, in run order.
    stage_times : StageTimes
        Wall-clock seconds per stage (and for parsing) over every document
        coded so far (:class:`~dotterel.pipeline.timing.StageTimes`); always
        on, reset with ``stage_times.reset()``.

    Raises
    ------
    dotterel.errors.ModelNotInstalledError
        When the spaCy model package is missing.
    dotterel.errors.PipelineError
        When a stage is unknown or the stages are out of order.
    dotterel.errors.KnowledgeBaseError
        When a knowledge base file is invalid.

    Examples
    --------
    >>> coder = Coder()                                     # doctest: +SKIP
    >>> events = coder.code("Police detained 27 people in Tbilisi on Tuesday.",
    ...                     published="2024-05-01")        # doctest: +SKIP
    """

    def __init__(
        self,
        config: PipelineConfig | None = None,
        *,
        nlp=None,
        gazetteer: Gazetteer | None = None,
        kb: KnowledgeBase | None = None,
        ontology: Ontology | None = None,
        lang: LanguageProfile | None = None,
        lexicon: Lexicon | None = None,
        registry: StageRegistry | None = None,
        batch_size: int | None = None,
        debug: bool | None = None,
        cache_dir: str | None = None,
    ) -> None:
        config = (config or PipelineConfig()).with_overrides(batch_size=batch_size, debug=debug,
                                                              cache_dir=cache_dir)
        self.config = config
        self.config_hash = config.config_hash()
        registry = registry or StageRegistry.default()
        names = [*TWO_PASS_STAGES, *config.stages] if config.two_pass else config.stages
        for name in names:  # a misspelt stage fails here, before seconds of loading the model and the KB
            registry.factory(name)
        self.ontology = ontology or Ontology.load()
        self.lang = lang or LanguageProfile.load(config.language)
        self.kb = kb or KnowledgeBase.load(extra=[str(p) for p in config.kb_files], lang=self.lang)
        self.lexicon = lexicon or Lexicon.load(self.ontology, lang=self.lang, cameo=config.cameo_triggers)
        self.gazetteer = gazetteer or Gazetteer.load(
            cache_dir=str(config.cache_dir) if config.cache_dir is not None else None)
        self.nlp = nlp if nlp is not None else load_pipeline(lang=self.lang, name=config.model,
                                                                     patterns=ruler_patterns(self.kb),
                                                                     two_pass=config.two_pass)
        self.recaser = (CapitalsRecaser.from_pipeline(self.nlp, name_test(self.kb, self.gazetteer, self.lang),
                                                      acronyms=kb_acronyms(self.kb), names=kb_names(self.kb),
                                                      verbs={r.lemma for r in self.lexicon.rules if "VERB" in r.pos},
                                                      lower_acronyms=kb_role_abbreviations(self.kb),
                                                      state_forces=(self.lang.state_force_abbreviations,
                                                                    self.lang.state_force_nouns,
                                                                    self.lang.state_force_openers))
                        if config.recase_capitals else None)
        self.annotator = Annotator(self.nlp, batch_size=config.batch_size, recase=self.recaser)
        words = self.recaser or CapitalsRecaser.from_pipeline(self.nlp)  # tells names from words in lower case
        self.actors = ActorResolver(self.kb, lang=self.lang, ordinary=words.ordinary if words is not None else None)
        self.locator = EventLocator(self.gazetteer, self.kb, self.ontology, lang=self.lang)
        self.debug = config.debug
        self.version = __version__
        self.language_guard = LanguageGuard(config.language) if config.language_check else None
        resources = Resources(config=config, nlp=self.nlp, lang=self.lang, kb=self.kb, gazetteer=self.gazetteer,
                              ontology=self.ontology, lexicon=self.lexicon, actors=self.actors,
                              locator=self.locator, version=self.version)
        self.stages = [registry.build(name, resources) for name in names]
        check_order(self.stages)
        self.stage_times = StageTimes()

    def for_config(self, config: PipelineConfig) -> Coder:
        """A coder for ``config``, sharing this one's loaded model and data when they would code alike.

        When ``config`` has this coder's :attr:`config_hash` (the same
        language, model, stages and knowledge base contents), the result
        shares the loaded resources and differs only in ``debug`` and the
        batch size; otherwise a new coder is loaded, sharing only the place
        index and the ontology, and the language profile and lexicon when the
        language is the same. The CLI uses this to
        serve a coder handed to :func:`dotterel.cli.main` by a caller (tests
        share one) whenever the command's options allow.

        Parameters
        ----------
        config : PipelineConfig

        Returns
        -------
        Coder

        Raises
        ------
        dotterel.errors.PipelineError
            As :class:`Coder`.
        """
        if config.config_hash() != self.config_hash:
            # the place index and ontology do not depend on the configuration, the profile and lexicon
            # only on the language; the knowledge base and the spaCy pipeline (whose entity ruler
            # holds the KB's names) do
            if config.language != self.config.language or config.cameo_triggers != self.config.cameo_triggers:
                return Coder(config, gazetteer=self.gazetteer, ontology=self.ontology,
                             lang=self.lang if config.language == self.config.language else None)
            return Coder(config, gazetteer=self.gazetteer, ontology=self.ontology, lang=self.lang,
                         lexicon=self.lexicon)
        twin = copy.copy(self)
        twin.config = config
        twin.debug = config.debug
        twin.language_guard = (self.language_guard or LanguageGuard(config.language)) if config.language_check else None
        twin.annotator = Annotator(self.nlp, batch_size=config.batch_size, recase=self.recaser)
        twin.stage_times = StageTimes()
        return twin

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

        Documents are parsed and coded :data:`ZONE_DOCUMENTS` at a time
        inside a spaCy memory zone, and the chunk's records are yielded once
        the zone has closed, so the vocabulary does not grow with the stream.

        Parameters
        ----------
        documents : iterable of Document
        n_process : int
            Processes. Above 1, forked workers each code whole documents
            with a copy of this coder (:mod:`dotterel.coder_processes`);
            where processes cannot be forked, spaCy's ``nlp.pipe`` parses in
            that many processes and the stages run here.

        Yields
        ------
        CodedDocument

        Notes
        -----
        A caller that froze objects itself (``gc.freeze()``, as a server may
        before it forks) keeps its policy: nothing is frozen or unfrozen here.
        Finding that out costs one ``gc.get_freeze_count()`` per call, which
        walks the frozen objects (CPython's ``gc_list_size``): about 6 ms per
        100,000 of them, measured beside a loaded coder. Such a caller should
        code many documents per call rather than one.
        """
        stream = iter(documents)
        # What is alive when coding starts (the model, place index and knowledge base: ~400k containers, more
        # with other pipelines loaded) is kept out of the collector's sight while coding runs, so the
        # collection after each zone walks only what coding made: a tenth of the coder's CPU on the speed
        # benchmark. It is handed back at the end, so the cycles of a coder dropped later are still freed. A
        # caller that froze objects itself (the test suite does) keeps its own policy: nothing is frozen here.
        freeze = gc.get_freeze_count() == 0
        if freeze:
            gc.freeze()
        try:
            if n_process > 1 and can_fork():
                yield from code_in_processes(self, stream, n_process, chunk_size=max(1, self.annotator.batch_size))
                return
            while chunk := list(itertools.islice(stream, ZONE_DOCUMENTS)):
                with self.nlp.memory_zone():
                    coded = list(self._code_chunk(chunk, n_process))
                bound_lemma_cache(self.nlp)  # the lemmatizer's cache outlives the zone
                # release() freed each Doc as its coding ended, but spaCy's parser and entity recogniser leave a
                # cycle per batch (ParserStepModel, holding the batch's precomputed features) that would wait
                # for a full collection, which Python runs ever more rarely once the caches are full (see
                # ZONE_DOCUMENTS)
                gc.collect()
                yield from coded
        finally:
            if freeze:
                gc.unfreeze()

    # -- internals ------------------------------------------------------------
    def _code_chunk(self, documents: list[Document], n_process: int) -> Iterator[CodedDocument]:
        # A document in another language is not parsed (dotterel.language); it keeps its place in the order.
        skipped = {}
        if self.language_guard is not None:
            for i, document in enumerate(documents):
                why = self.language_guard.foreign(document.text)
                if why is not None:
                    skipped[i] = CodedDocument(document=document, events=[], skipped=why)
        to_code = [d for i, d in enumerate(documents) if i not in skipped]
        coded = iter(self._code_parsed(to_code, n_process)) if to_code else iter(())
        for i in range(len(documents)):
            yield skipped[i] if i in skipped else next(coded)

    def _code_parsed(self, documents: list[Document], n_process: int) -> Iterator[CodedDocument]:
        times = self.stage_times
        parsed = self.annotator.pipe(documents, n_process=n_process)
        batch = max(1, self.annotator.batch_size)
        while True:
            t0 = time.process_time()
            group = list(itertools.islice(parsed, batch))
            times.add(PARSE, time.process_time() - t0)
            if not group:
                return
            yield from self._code_annotated(group)

    def _code_annotated(self, group: list[Annotated]) -> list[CodedDocument]:
        """Run the stages over a batch of parsed documents, stage by stage.

        A stage with a ``pipe(contexts)`` method gets the whole batch at once
        (the second pass parses the batch's marked sentences in one
        ``nlp.pipe``-sized call, as the one-pass pipeline does, rather than
        document by document); the others are called document by document.
        Stages keep nothing between documents, so the order changes nothing.
        """
        contexts = [DocContext.start(a.document, a.doc, a.offsets, lang=self.lang) for a in group]
        times = self.stage_times
        clock = time.process_time
        for stage in self.stages:
            t0 = clock()
            pipe = getattr(stage, "pipe", None)
            if pipe is not None:
                pipe(contexts)
            else:
                for ctx in contexts:
                    stage(ctx)
            times.add(stage.name, clock() - t0)
        out = []
        for ctx in contexts:
            times.documents += 1
            times.sentences += len(ctx.sentences)
            times.first_pass_sentences += ctx.first_pass_sentences
            times.second_pass_sentences += len(ctx.second_pass)
            times.second_pass_ner_sentences += len(ctx.second_pass_ner)
            for reason, n in ctx.second_pass_reasons.items():
                times.second_pass_reasons[reason] = times.second_pass_reasons.get(reason, 0) + n
            events = [e.model_copy(update={"config_hash": self.config_hash}) for e in ctx.events]
            out.append(CodedDocument(
                document=ctx.document,
                events=events,
                abstentions=ctx.abstentions() if self.debug else [],
                places=_all_places(ctx),
                dates=ctx.dates_found,
            ))
            release(ctx.doc)  # its cached spans would keep it alive until the cycle collector runs
        return out


def _all_places(ctx: DocContext) -> list[Place]:
    """The document's toponyms in text order, the dateline's city included."""
    places = [m.place for m in ctx.places]
    dl = ctx.dateline
    if dl is not None and dl.span is not None and not any(
        p.span is not None and p.span.start <= dl.span.start < p.span.end for p in places
    ):
        places.append(dl)
    return sorted(places, key=lambda p: p.span.start if p.span is not None else -1)
