"""Running totals: figures that sum many incidents, kept as context of an event and never as its own figure.

News follows an incident with the running total it adds to: "Police arrested
300 people in Minsk on Sunday, bringing the total number of arrests this week
to 1,200"; "..., raising the death toll from the offensive to 130". The 300 is
the arrest's figure; the 1,200 sums many arrests. ACLED codes discrete,
dated incidents and never gives a summarised figure to one of them (ACLED
codebook 2023, fatalities: a figure over a period is split over its events or
kept apart). dotterel keeps such a figure on the event's counts with
``aggregate`` set to the words that make it a sum, so it is context: linking
never takes it as the event's conservative figure (:mod:`dotterel.dedup`) and
never merges the event on it.

Two shapes, each from the language profile:

- an accumulate verb (``accumulate_verbs``: bring, take, raise...) whose
  object is a running-total noun (``running_total_nouns``: total, toll,
  number...) and a figure after "to" or "at" in its clause
  (:func:`running_total_figure`);
- "since the protests began" (``period_start_verbs``): the period since
  something started (:func:`since_start_pattern`); with a perfect tense the
  whole statement is a running total (:func:`dotterel.events.policy.running_total`);
- "since 2021" with a perfect tense ("riots that have killed 400 inmates
  since 2021", :func:`since_year_pattern`): the years since, likewise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from dotterel.annotate import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dotterel.lang import LanguageProfile

__all__ = ["accumulate_clauses", "growing_total_figure", "running_total_figure", "since_start_pattern",
           "since_year_pattern"]

_TOTAL_PREPOSITIONS = frozenset({"to", "at"})
"""The prepositions that give a running total its figure ("to 1,200", "at 210"); grammar, not vocabulary."""


def since_start_pattern(lang: LanguageProfile) -> re.Pattern:
    """The pattern of "since the protests began": 'since', a determiner, up to three words, a start verb.

    Parameters
    ----------
    lang : LanguageProfile
        Its ``period_start_verbs`` ("began", "started", "broke out"...).

    Returns
    -------
    re.Pattern
        Case-insensitive; group 1 is the whole phrase.

    Examples
    --------
    >>> from dotterel.lang import LanguageProfile
    >>> since_start_pattern(LanguageProfile.load("en")).search("detained since the demonstrations started.").group(1)
    'since the demonstrations started'
    """
    verbs = "|".join(re.escape(v) for v in sorted(lang.period_start_verbs, key=len, reverse=True))
    return re.compile(rf"\b(since (?:the|these|this|its|their) (?:[\w'-]+ ){{0,3}}?(?:{verbs}))\b", re.IGNORECASE)


def since_year_pattern(lang: LanguageProfile, *, month_alone: bool = False) -> re.Pattern:
    """The pattern of "since 2021", "since March 2019" ("since January" with ``month_alone``): 'since' and a date.

    With a perfect tense ("prison riots that have killed more than 400 inmates since 2021") the
    figure sums every incident of the years since, a running total: never one event's figure
    (ACLED codebook 2023, fatalities: a summarised figure is never given to one incident). The
    month is one of ``lang.month_names``. With ``month_alone`` a month with no year matches too: a
    figure "killed since January" sums the months since (the counts' ``aggregate``), though a single
    act told since then ("has been detained since January") is no running total, so the event policy
    does not read it. The pattern is case-insensitive, never matches a season ("since 2021-22") nor a
    day ("since January 5"), and its group 1 is the phrase: 'since March 2019' in "have died since
    March 2019."
    """
    months = "|".join(re.escape(m) for m in sorted(lang.month_names, key=len, reverse=True))
    year = r"(?:1[89]|20)\d\d"
    dated = rf"(?:{months})(?: {year})?(?! \d)|{year}" if month_alone else rf"(?:(?:{months}) )?{year}"
    return re.compile(rf"\b(since (?:{dated}))\b(?![-/]\d)", re.IGNORECASE)


def _accumulates(verb: Token, accumulate_verbs: frozenset[str], total_nouns: frozenset[str]) -> Token | None:
    """The running-total object of ``verb`` when it is an accumulate verb ("bringing the total ..."), else None."""
    if verb.lemma_.lower() not in accumulate_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in total_nouns), None)


def _rises(verb: Token, rise_verbs: frozenset[str], total_nouns: frozenset[str]) -> Token | None:
    """The running-total subject of ``verb`` when it is a verb of a total growing ("the death toll rose"), else None."""
    if verb.lemma_.lower() not in rise_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in total_nouns), None)


def running_total_figure(nominal: Token, *, accumulate_verbs: frozenset[str], total_nouns: frozenset[str],
                         kinds: Mapping[str, str]) -> tuple[str, str] | None:
    """The kind and the cue words of a figure that is a running total ("bringing the total ... to 1,200").

    Parameters
    ----------
    nominal : spacy.tokens.Token
        The token that fills the figure's clause role (the number, or the
        noun it counts).
    accumulate_verbs, total_nouns : frozenset of str
        The profile's ``accumulate_verbs`` and ``running_total_nouns`` (lemmas).
    kinds : Mapping[str, str]
        Words of the total's noun phrase that say what it counts -> count
        kind (the profile's ``modifier_kinds`` and ``of_nouns``: "killed",
        "arrests", "death").

    Returns
    -------
    tuple[str, str] | None
        ``(kind, cue)``, the cue from the verb to the preposition ("bringing
        the total number of arrests this week to"); None when the figure is
        not after "to"/"at" under such a verb, or when the total's words
        name no kind (then it is no count of people: never a guessed one).
    """
    prep = None
    for anc in nominal.ancestors:
        if prep is None:
            if anc.dep_ == "prep" and anc.lower_ in _TOTAL_PREPOSITIONS:
                prep = anc
            continue
        total = _accumulates(anc, accumulate_verbs, total_nouns)
        if total is None:
            continue
        inside = {t.i for t in prep.subtree}
        kind = next((kinds[key] for t in total.subtree if t.i not in inside
                     for key in (t.lower_, t.lemma_.lower()) if key in kinds), None)
        if kind is None:
            return None
        return kind, doc_text(nominal.doc)[anc.idx: prep.idx + len(prep)]
    return None


def growing_total_figure(nominal: Token, *, rise_verbs: frozenset[str], total_nouns: frozenset[str],
                         kinds: Mapping[str, str], act_nouns: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The kind and the cue words of a toll that grows to the figure ("the death toll rose to 225").

    Parameters
    ----------
    nominal : spacy.tokens.Token
        The token that fills the figure's clause role.
    rise_verbs, total_nouns : frozenset of str
        The profile's ``total_rise_verbs`` and ``running_total_nouns``
        (lemmas): a total that is the verb's subject grows to the figure after
        "to"/"at" or to its object ("has reached 57").
    kinds : Mapping[str, str]
        As :func:`running_total_figure`.
    act_nouns : frozenset of str
        The profile's ``claimed_act_nouns`` (lemmas): a total of one act
        ("the death toll from the shooting has reached 5", "the toll in the
        attack rose to 15") is that incident's own toll, updated, and no sum
        over many incidents (ACLED codebook 2023: fatalities are revised as
        reports of the event are).

    Returns
    -------
    tuple[str, str] | None
        ``(kind, cue)``, the cue from the total to the preposition or verb
        ("the death toll rose to"); None unless the total names a toll
        (killed, injured, arrested, abducted): a crowd that grows is one
        event's; None too for the toll of one act.
    """
    head = nominal.head
    if nominal.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _TOTAL_PREPOSITIONS:
        verb, last = head.head, head
    elif nominal.dep_ == "dobj":
        verb, last = head, head
    else:
        return None
    total = _rises(verb, rise_verbs, total_nouns)
    if total is None or _of_one_act(total, act_nouns):
        return None
    return _toll_kind(total, nominal, kinds, last)


def _of_one_act(total: Token, act_nouns: frozenset[str]) -> bool:
    """Whether the total's own phrase names one act ("the toll from the shooting"), in the singular."""
    return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.tag_ == "NN" and o.lemma_.lower() in act_nouns
                                        for o in c.children) for c in total.children)


def _toll_kind(total: Token, nominal: Token, kinds: Mapping[str, str], last: Token):
    """``(kind, cue)`` of a growing total ("the death toll rose to"); None unless its words name a toll."""
    kind = next((kinds[key] for t in total.subtree for key in (t.lower_, t.lemma_.lower()) if key in kinds), None)
    if kind is None or kind in ("participants", "troops"):
        return None
    return kind, doc_text(nominal.doc)[total.left_edge.idx: last.idx + len(last)]


def accumulate_clauses(clause: Token, *, accumulate_verbs: frozenset[str],
                       total_nouns: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of the running-total clauses under ``clause`` (to leave out of its own cues).

    In "Riot police detained 40 students on Sunday, bringing the number of
    arrests since the protests began to 900", the period ("since the protests
    began") belongs to the 900, not to the 40.

    Parameters
    ----------
    clause : spacy.tokens.Token
    accumulate_verbs, total_nouns : frozenset of str
        As :func:`running_total_figure`.

    Returns
    -------
    list[tuple[int, int]]
        ``(start, end)`` character offsets into the doc text, end-exclusive.
    """
    out = []
    for tok in clause.subtree:
        if tok != clause and _accumulates(tok, accumulate_verbs, total_nouns) is not None:
            last = tok.right_edge
            out.append((tok.left_edge.idx, last.idx + len(last)))
    return out
