"""The two passes: the entity recogniser and the parser only on the sentences that can hold an event.

With :attr:`~dotterel.pipeline.config.PipelineConfig.two_pass` on, ``nlp.pipe``
runs only a cheap first pass over the whole text (tokenizer, tok2vec, tagger,
the model's sentence recogniser, attribute ruler, lemmatizer and the KB name
tagger: :func:`~dotterel.annotate.load_pipeline` with ``two_pass=True``). Two
stages, first in the stage list, then finish the document:

* ``candidates.v2`` (:class:`CandidateSentences`) marks the paragraphs that
  can hold an event: one of their words has a lemma of the trigger lexicon
  (``lang/<code>/triggers.json``) with one of its rules' parts of speech,
  which is what :func:`~dotterel.events.detect.find_mentions` looks for
  first, and each word list that rule requires of the parse (particle,
  objects, prepositional objects, complement, subjects: :func:`rule_words`)
  has a word in the paragraph; from such a paragraph, the sentences from its
  start to the last sentence where a rule can match (the coding stages take
  a place, a date, an antecedent or a quote's speaker from earlier in the
  paragraph), on to the close of a quotation still open there (its speaker
  is named at its close); a block quote whole (it is dated at its
  end), and the last sentence of the paragraph before when it ends with a
  colon (it may introduce a block quote); and the paragraphs of the lead
  (the first :data:`LEAD_SENTENCES` sentences: headline, dateline and first
  sentence, which the document-level choices read);
* ``parse.second.v1`` (:class:`SecondPass`) runs spaCy's parser on each run
  of marked sentences, and its entity recogniser on the runs of those that
  are not only context (:data:`_NO_NER`: the lead, the trigger sentences,
  the sentences after them to a quotation's close, whole paragraphs, and
  every sentence of a paragraph whose trigger sentence holds a person
  pronoun, whose antecedent is often a name only the recogniser finds, when
  :attr:`~dotterel.pipeline.config.PipelineConfig.context_ner` is off; all
  of them by default) (a sub-document carrying the first pass's tok2vec
  output, the KB names and the forced sentence starts, so the parser reads
  what it reads in one pass), names the countries and dates of the context
  sentences the recogniser did not read (:func:`_name_context`), writes their heads,
  labels, entities and sentence starts back into the document, trims the
  dates (``dotterel_date_trim``) and remakes the sentence slots.

With ``context_ner`` off, the context sentences left to the parser alone keep
the KB names of the first pass as their entities, with the country names,
demonyms, capitals and dates :func:`_name_context` finds, which the document's
main country, place hints and month read (the entity recogniser was about a
third of the two-pass CPU and the context sentences about half of the second
pass's; ``benchmarks/context_ner.py`` lists the events that change). The other
sentences keep the first pass's annotation: sentences from the
sentence recogniser, entities only from the KB name tagger, no parse. No
detector finds a trigger there, so the events are the same; what the
document-level stages read there (places, dates, the main country) comes from
the KB names alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate import _DATE_TRIM_COMPONENT, forced_starts_of, sentences
from .context import SentenceSlots

if TYPE_CHECKING:
    from .context import DocContext, Resources

__all__ = ["CandidateSentences", "SecondPass", "TWO_PASS_STAGES", "LEAD_SENTENCES", "REASONS"]

LEAD_SENTENCES = 3
"""Sentences at the start of a document that always reach the second pass (headline, dateline, lead)."""

TWO_PASS_STAGES = ("candidates.v2", "parse.second.v1")
"""The stages :class:`~dotterel.coder.Coder` puts first when ``two_pass`` is on."""

REASONS = ("lead", "trigger", "context", "after", "whole")
"""Why a sentence reaches the second pass (``ctx.second_pass_reasons``, ``StageTimes.second_pass_reasons``), first
that holds: one of the :data:`LEAD_SENTENCES`; a trigger rule can match in it; it is before a sentence where one
can, in the same paragraph (the coding stages read a place, a date, an antecedent or a speaker there); it is after
the paragraph's last such sentence, on to the close of a quotation open there (the speaker is named at its close;
the plain sentence after went too until session 9, and leaving it out changed no field of the 332 events of the
speed benchmark's first 100 texts); its whole
paragraph goes (a rule matches only across sentences, a block quote, or the line introducing one)."""

# document-level caches of dotterel.annotate, stale once the second pass has written the parse
_CACHE_KEYS = ("dotterel.sents", "dotterel.ents", "dotterel.parse_memo")

_NO_NER = frozenset({"context"})
"""Reasons (:data:`REASONS`) whose sentences the parser reads but the entity recogniser does not, unless
:attr:`~dotterel.pipeline.config.PipelineConfig.context_ner`: the paragraph's head before its trigger sentences.
The sentences after them, on to a quotation's close, keep it: the close names the quotation's speaker ('...,"
said Olena Marchenko'), and they are about 1% of the sentences."""


class CandidateSentences:
    """``candidates.v2``: the sentences the second pass parses (``ctx.second_pass``).

    Parameters
    ----------
    resources : Resources
        Uses ``resources.lexicon``: each lemma's rules, their parts of speech
        and the word lists they require (:func:`rule_words`).
    """

    name = "candidates.v2"
    requires = ("ctx.sentences",)
    provides = ("ctx.second_pass", "ctx.first_pass_sentences", "ctx.second_pass_reasons", "ctx.second_pass_ner")

    def __init__(self, resources: Resources) -> None:
        self.context_ner = resources.config.context_ner
        # a person pronoun takes its antecedent from earlier in the paragraph (actors.coref.v1), often a name
        # only the entity recogniser finds (lower-case text, a person the KB lacks)
        self.person_pronouns = frozenset(w for w, kind in resources.lang.coref_pronouns.items() if kind == "person")
        self.needs_by_lemma: dict[str, tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...]] = {
            lemma: tuple((frozenset(rule.pos), rule_words(rule)) for rule in rules)
            for lemma, rules in resources.lexicon.by_lemma.items()
        }

    def __repr__(self) -> str:
        return f"<stage {self.name}>"

    def can_match(self, tokens) -> bool:
        """Whether some trigger rule can match in ``tokens`` (a paragraph of the first pass).

        A rule can match when a word has its lemma and one of its parts of
        speech and, for each word list the rule requires of the parse (its
        particle, objects, prepositional objects, complement, subjects,
        subtree: :func:`rule_words`), some word of ``tokens`` is on the list
        (as lemma or lower-case form). These are necessary conditions of
        :func:`~dotterel.events.detect.find_mentions`, which looks at words
        of the trigger's sentence only, so a paragraph where none holds has
        no event.
        """
        needs_by_lemma = self.needs_by_lemma
        words: set[str] | None = None
        for tok in tokens:
            rules = needs_by_lemma.get(tok.lemma_.lower())
            if rules is None:
                continue
            for pos, needs in rules:
                if tok.pos_ not in pos:
                    continue
                if needs and words is None:
                    words = {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}
                if all(not need.isdisjoint(words) for need in needs):
                    return True
        return False

    def __call__(self, ctx: DocContext) -> None:
        """Set ``ctx.second_pass`` to the indices of the lead and of the paragraphs where a trigger rule can match."""
        ctx.first_pass_sentences = len(ctx.sentences)
        if ctx.doc.has_annotation("DEP"):
            ctx.second_pass = [slot.index for slot in ctx.sentences]  # parsed in one pass already
            ctx.second_pass_ner = list(ctx.second_pass)
            ctx.second_pass_reasons = {}
            return
        # a paragraph that can hold an event reaches the second pass from its start to the last sentence
        # where a trigger rule can match: the coding stages read a place, a date, an antecedent or a speaker
        # earlier in the paragraph; a quotation open there runs on to its close, where its speaker is named
        # ('"... We are afraid," a villager said.'); a block
        # quote goes whole (it is dated at its end: quote_date); the last sentence of the paragraph before
        # goes when it ends with a colon (it introduces a block quote: find_quotes)
        keep: dict[int, str] = {}  # sentence index -> reason (REASONS)
        ner: set[int] = set()  # context sentences the entity recogniser reads all the same
        paragraphs: list[list[int]] = []
        for slot in ctx.sentences:
            if not paragraphs or _starts_paragraph(slot.span):
                paragraphs.append([])
            paragraphs[-1].append(slot.index)
        doc = ctx.doc
        spans = [slot.span for slot in ctx.sentences]
        for k, para in enumerate(paragraphs):
            if not (para[0] < LEAD_SENTENCES or self.can_match(doc[spans[para[0]].start:spans[para[-1]].end])):
                continue
            lead = {i for i in para if i < LEAD_SENTENCES}
            triggers = {i for i in para if i not in lead and self.can_match(spans[i])}
            hits = sorted(lead | triggers)
            colon = k > 0 and _ends_with_colon(spans[para[0] - 1])
            if not hits or colon:
                last = para[-1]  # a rule matches only across sentences, or a block quote: all of it
            else:
                last = _quote_end(spans, para, max(hits))
            if not self.context_ner and any(t.lower_ in self.person_pronouns for i in triggers for t in spans[i]):
                ner.update(range(para[0], last + 1))
            for i in range(para[0], last + 1):
                keep[i] = ("lead" if i in lead else "trigger" if i in triggers else "whole" if not hits or colon
                           else "context" if i < hits[-1] else "after")
            if colon:
                keep.setdefault(para[0] - 1, "whole")
        ctx.second_pass = sorted(keep)
        ctx.second_pass_ner = [i for i in ctx.second_pass if self.context_ner or i in ner or keep[i] not in _NO_NER]
        reasons: dict[str, int] = {}
        for reason in keep.values():
            reasons[reason] = reasons.get(reason, 0) + 1
        ctx.second_pass_reasons = reasons


class SecondPass:
    """``parse.second.v1``: the parser and the entity recogniser on the ``ctx.second_pass`` sentences.

    Parameters
    ----------
    resources : Resources
        Uses ``resources.nlp``'s ``parser``, ``ner`` and date trimming
        components (disabled for ``nlp.pipe`` in the two-pass pipeline).
    """

    name = "parse.second.v1"
    requires = ("ctx.second_pass",)
    provides = ("ctx.doc", "ctx.sentences")

    def __init__(self, resources: Resources) -> None:
        nlp = resources.nlp
        self.nlp = nlp
        self.parser = nlp.get_pipe("parser")
        self.ner = nlp.get_pipe("ner")
        self.date_trim = nlp.get_pipe(_DATE_TRIM_COMPONENT)
        self.kb = resources.kb
        self.lang = resources.lang
        self.gazetteer = resources.gazetteer
        self.ordinary = None  # whether a lower-case word is a word of the language (_region), made when first needed

    def __repr__(self) -> str:
        return f"<stage {self.name}>"

    def __call__(self, ctx: DocContext) -> None:
        """Parse the marked sentences, write the parse into ``ctx.doc`` and remake ``ctx.sentences``."""
        self.pipe([ctx])

    def pipe(self, contexts: list[DocContext]) -> None:
        """:meth:`__call__` for a batch of documents, their marked sentences parsed in one call.

        The parser and the entity recogniser are given every run of every
        document of the batch at once, as ``nlp.pipe`` gives them a batch in
        one pass: called document by document they took about 40% more time
        per sentence (measured on 60 benchmark texts: 2.9 s against 2.1 s).
        """
        todo = [(ctx, _runs([ctx.sentences[i].span for i in ctx.second_pass]),
                 _runs([ctx.sentences[i].span for i in ctx.second_pass_ner]))
                for ctx in contexts if not ctx.doc.has_annotation("DEP")]  # the one-pass pipeline parsed it all
        if all(runs == ner_runs for _ctx, runs, ner_runs in todo):
            _parse_runs([(ctx.doc, runs) for ctx, runs, _n in todo if runs], self.parser, self.ner)
        else:
            _parse_runs([(ctx.doc, runs) for ctx, runs, _n in todo if runs], self.parser, None)
            _recognise_runs([(ctx.doc, ner_runs) for ctx, _r, ner_runs in todo if ner_runs], self.ner)
        for ctx, _runs_of_doc, _ner_runs in todo:
            doc = ctx.doc
            recognised = set(ctx.second_pass_ner)
            context = [ctx.sentences[i].span for i in ctx.second_pass if i not in recognised]
            if context:
                if self.ordinary is None:
                    from ..casing import CapitalsRecaser, name_test

                    recaser = CapitalsRecaser.from_pipeline(self.nlp, name_test(self.kb, self.gazetteer, self.lang))
                    self.ordinary = recaser.ordinary if recaser is not None else (lambda _word: True)
                _name_context(doc, context, self.kb, self.lang, self.gazetteer, self.ordinary)
            self.date_trim(doc)
            for key in _CACHE_KEYS:
                doc.user_data.pop(key, None)
            ctx.sentences = [SentenceSlots(index=i, span=s) for i, s in enumerate(sentences(doc))]


def rule_words(rule) -> tuple[frozenset[str], ...]:
    """The word lists a trigger rule needs in its sentence, each of which some word must be on.

    From :func:`dotterel.events.detect._match`: the particle; the objects
    (read through a partitive's "of" phrase, still words of the sentence);
    each preposition's allowed objects; the complements; the subjects; the
    subtree words; a list that names an entity class (``@PLACE``,
    ``@NUMBER``) is left out. A
    rule that checks only its object's text (``object_text``) needs no list:
    the text may join words. Lists are compared with words' lemmas and
    lower-case forms, as the rule's are.
    """
    lists = [(rule.particle,) if rule.particle is not None else None, rule.objects, *(rule.preps or {}).values(),
             rule.xcomp, rule.subjects, rule.subtree]
    # an empty list asks for no word (or for none at all: no match either way); an entity class ("@PLACE",
    # "@NUMBER") is known only after NER
    return tuple(frozenset(words) for words in lists if words and not any(w.startswith("@") for w in words))


def _starts_paragraph(sent) -> bool:
    """Whether a sentence starts after a line break (or starts the text)."""
    if sent.start == 0:
        return True
    prev = sent.doc[sent.start - 1]
    return "\n" in prev.text_with_ws[len(prev.text):] or (prev.is_space and "\n" in prev.text)


def _quote_end(spans, para: list[int], last: int) -> int:
    """``last``, or the later sentence of ``para`` where a quotation open at the end of sentence ``last`` closes.

    Straight double quotes are paired from the paragraph's start, as
    :func:`~dotterel.quotes.find_quotes` pairs them (curly ones are
    folded before parsing); a quotation with no closing mark runs to the
    paragraph's end.
    """
    marks = sum(spans[i].text.count('"') for i in range(para[0], last + 1))
    i = last
    while marks % 2 and i < para[-1]:
        i += 1
        marks += spans[i].text.count('"')
    return i


def _ends_with_colon(sent) -> bool:
    """Whether the last word of a sentence (spaces aside) is a colon."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text.endswith(":")


def _runs(spans) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of consecutive sentences, joined."""
    runs: list[tuple[int, int]] = []
    for span in spans:
        if runs and runs[-1][1] == span.start:
            runs[-1] = (runs[-1][0], span.end)
        else:
            runs.append((span.start, span.end))
    return runs


def _parse_runs(docs: list[tuple[object, list[tuple[int, int]]]], parser, ner) -> None:
    """Parse the runs ``[start, end)`` of each document and write heads, labels and entities back into it.

    With ``ner`` None the runs keep the entities they have (the KB names of
    the first pass): :func:`_recognise_runs` runs the recogniser apart.

    A run is copied into a sub-document (``Span.as_doc``) and its parse
    written back; a document that is one run from its first token to its
    last (26 of the speed benchmark's first 100 texts) is parsed in place,
    which gives the same parse without the copy and the write-back.
    """
    import numpy
    from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, SENT_START

    subdocs = []
    for doc, runs in docs:
        forced = set(forced_starts_of(doc))  # as the first pass found them
        for start, end in runs:
            sub = doc if (start, end) == (0, len(doc)) else doc[start:end].as_doc()
            # the parser decides the sentences of the run, as in one pass, except where a line break or a
            # dateline forces a start
            starts = numpy.zeros((len(sub), 1), dtype="uint64")
            starts[0, 0] = 1
            for i in range(start + 1, end):
                if i in forced:
                    starts[i - start, 0] = 1
            sub.from_array([SENT_START], starts)
            subdocs.append(sub)
    parsed = iter(list(ner.pipe(parser.pipe(subdocs)) if ner is not None else parser.pipe(subdocs)))
    attrs = [HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
    for doc, runs in docs:
        if runs == [(0, len(doc))]:
            next(parsed)  # parsed in place
            continue
        first_starts = doc.to_array([SENT_START])
        whole = doc.to_array(attrs)
        for start, end in runs:
            whole[start:end] = next(parsed).to_array(attrs)
        doc.from_array(attrs, whole)
        # tokens left unparsed keep the first pass's sentence starts (setting the heads marked them inside
        # the sentence before them)
        done = numpy.zeros(len(doc), dtype=bool)
        for start, end in runs:
            done[start:end] = True
        now = doc.to_array([SENT_START])
        now[~done] = first_starts[~done]
        doc.from_array([SENT_START], now.reshape(-1, 1))


def _recognise_runs(docs: list[tuple[object, list[tuple[int, int]]]], ner) -> None:
    """Run the entity recogniser on the runs ``[start, end)`` of each document and write their entities back.

    As :func:`_parse_runs`: a run is copied into a sub-document (with the
    KB names of the first pass, which the recogniser keeps) and its
    entities written back; a document that is one run is recognised in
    place. The recogniser reads no parse, so it may run after the parser
    on other runs.
    """
    from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE

    subdocs = [doc if (start, end) == (0, len(doc)) else doc[start:end].as_doc()
               for doc, runs in docs for start, end in runs]
    done = iter(list(ner.pipe(subdocs)))
    attrs = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
    for doc, runs in docs:
        if runs == [(0, len(doc))]:
            next(done)  # recognised in place
            continue
        whole = doc.to_array(attrs)
        for start, end in runs:
            whole[start:end] = next(done).to_array(attrs)
        doc.from_array(attrs, whole)


_LONGEST_COUNTRY_NAME = 4
"""Most words in a country's name, demonym or capital looked up by :func:`_name_context` ("Democratic
Republic of the Congo" is five, and left to the recogniser)."""


def _name_context(doc, spans, kb, lang, gazetteer=None, ordinary=None) -> None:
    """Name the countries and the dates of the context sentences the entity recogniser did not read.

    The document-level choices read these entities in every sentence the
    second pass reads: the document's main country
    (:func:`dotterel.actors.document.main_country`) and the countries that
    hint place resolution, from country names, demonyms and capitals (GPE,
    NORP); the article's month (:func:`dotterel.events.date_context.story_month`),
    from the days and months named. Without the recogniser
    (``context_ner = false``) they are found here, on words outside every
    KB name: a proper noun or title-case word (or run of them) the
    knowledge base knows as a country's name or capital (GPE) or demonym
    (NORP), and a day or month the profile's ``weekdays`` and
    ``month_names`` make: a weekday, a month with a day of the month ("march
    15", "15 March") or a year ("March 2002"), "last month" and "this month". A bare month is left alone
    (lower-case "march" is mostly the noun). The patterns are those of
    OntoNotes' DATE and GPE/NORP classes, which spaCy's recogniser learnt.
    With ``gazetteer``, a whole run of proper nouns that names a
    first-order region (:func:`_region`) is a GPE too:
    the fallback place of an event is often named only in its paragraph's
    head ("... the communal violence that rocked gujarat.").
    """
    from spacy.tokens import Span

    weekdays = frozenset(lang.weekdays)
    months = lang.month_names
    found: list = []
    for span in spans:
        i, end = span.start, span.end
        while i < end:
            tok = doc[i]
            if tok.ent_iob_ in ("B", "I"):
                i += 1
                continue
            got = None
            if tok.pos_ == "PROPN" or tok.is_title:
                for n in range(min(_LONGEST_COUNTRY_NAME, end - i), 0, -1):
                    words = doc[i:i + n]
                    if any(t.ent_iob_ in ("B", "I") for t in words) or not all(
                            t.pos_ == "PROPN" or t.is_title or t.lower_ in ("of", "the", "and") for t in words):
                        continue
                    if kb.country_by_name(words.text) or kb.country_by_capital(words.text):
                        got = Span(doc, i, i + n, label="GPE")
                    elif kb.country_by_demonym(words.text):
                        got = Span(doc, i, i + n, label="NORP")
                    if got is not None:
                        break
            if got is None and gazetteer is not None:
                got = _region(doc, i, end, kb, gazetteer, ordinary)
            if got is None:
                got = _date_phrase(doc, i, end, weekdays, months)
            if got is None:
                i += 1
                continue
            found.append(got)
            i = got.end
    if found:
        doc.set_ents(found, default="unmodified")


def _region(doc, i, end, kb, gazetteer, ordinary=None):
    """The GPE span of the proper-noun run at token ``i`` (before ``end``) when it names a first-order region.

    The run is every name word from ``i`` on: a proper noun (spaCy's
    ``PROPN``), or a lower-case noun that is no ``ordinary`` word of the
    language (the small model reads lower-case "gujarat" as a common noun,
    and its recogniser still tags it GPE:
    :meth:`dotterel.casing.CapitalsRecaser.ordinary`, which takes a word
    WordNet knows only as a noun for a name when it is a town or region)
    after no determiner ("the delta" is the noun, "delta" the Nigerian
    state), alphabetic; it must start there (a word inside "union minister
    anand sharma" is a name's, not a place's), hold no entity and be at
    most :data:`_LONGEST_COUNTRY_NAME` words. It is a region when the
    gazetteer holds it exactly as a first-order administrative division
    (GeoNames ``ADM1``: "gujarat", "West Bengal", "Punjab"; its main name,
    folded, or an alternate name for a run of proper nouns: lower-case
    "capital" is an alternate name) and the knowledge base knows no person
    by it. Towns and cities are left alone, to the place stage's gazetteer
    recall (:func:`dotterel.places.recall.gazetteer_spans`): naming them
    here changed more events than it kept (``benchmarks/context_ner.py``
    on the speed benchmark's 53 texts that differ: 47 events with a
    changed field without places, 89 with regions and cities of
    :data:`~dotterel.places.toponyms.BIG_CITY` people, 35 with regions
    alone), as the recogniser leaves most of them untagged in lower-case
    text, where the differences are.
    """
    from spacy.tokens import Span

    from ..places._fold import fold

    def name_word(k):
        tok = doc[k]
        return tok.text.isalpha() and (tok.pos_ == "PROPN" or (
            tok.pos_ == "NOUN" and tok.is_lower and ordinary is not None and not ordinary(tok.lower_)
            and not (k > 0 and doc[k - 1].pos_ == "DET")))  # "the delta", "a plateau": the common noun

    if not name_word(i) or (i > 0 and name_word(i - 1)):
        return None
    stop = i
    while stop < len(doc) and name_word(stop):
        stop += 1
    if stop > end or stop - i > _LONGEST_COUNTRY_NAME or any(t.ent_iob_ in ("B", "I") for t in doc[i:stop]):
        return None
    text = doc[i:stop].text
    proper = all(t.pos_ == "PROPN" for t in doc[i:stop])  # else a lower-case name read as a noun: main names only
    if not any(c.feature_code == "ADM1" and (proper or c.match == "name") for c in gazetteer.exact(fold(text))):
        return None
    if kb.person(text) is not None:
        return None
    return Span(doc, i, stop, label="GPE")


def _date_phrase(doc, i, end, weekdays, months):
    """The DATE span of a weekday or a month with its day or year starting at token ``i`` (before ``end``)."""
    from spacy.tokens import Span

    def day(k):
        return k < end and doc[k].like_num and doc[k].text.isdigit() and 1 <= int(doc[k].text) <= 31

    def year(k):
        return k < end and doc[k].text.isdigit() and len(doc[k].text) == 4

    def free(k):
        return k < end and doc[k].ent_iob_ not in ("B", "I")

    lower = doc[i].lower_
    if lower in ("last", "this") and free(i + 1) and i + 1 < end and doc[i + 1].lower_ == "month":
        return Span(doc, i, i + 2, label="DATE")  # the month before publication's, or publication's
    if lower in weekdays:
        return Span(doc, i, i + 1, label="DATE")
    if lower in months and free(i + 1) and (day(i + 1) or year(i + 1)):
        stop = i + 2
        if day(i + 1) and free(stop) and free(stop + 1) and doc[stop].text == "," and year(stop + 1):
            stop += 2
        elif day(i + 1) and free(stop) and year(stop):
            stop += 1
        return Span(doc, i, stop, label="DATE")
    if day(i) and free(i + 1) and i + 1 < end and doc[i + 1].lower_ in months:
        stop = i + 2
        if free(stop) and year(stop):
            stop += 1
        return Span(doc, i, stop, label="DATE")
    return None
