"""How predicted records are matched to gold ones, and how partial matches count.

These rules are the whole scoring contract; ``docs/evaluation.md`` says the
same in prose and ``tests/test_evaluate_matching.py`` checks them on small
hand-made inputs whose scores are worked out by hand.

Events (``plover-gsr``, ``petrarch-xml``, ``dotterel-cases``)
    Gold and predicted events are compared within one gold record (one text).
    A predicted event can match a gold event only when both have the same
    PLOVER ``event_type`` (gold names are mapped to current PLOVER first:
    DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
    Matching is one-to-one and greedy: candidate pairs are ranked by how many
    of mode, actor country and recipient country agree (more first), then by
    gold order, then by predicted order (text order). A matched pair is a true
    positive of ``event`` and of its type in the ``event_type`` table; an
    unmatched gold event is a false negative, an unmatched predicted event a
    false positive. Fields (mode, actor, recipient, place, date, counts,
    claimant) are scored on matched pairs only: an event we missed is counted
    once, in ``event``, not again in every field.

Fields of a matched pair (:meth:`PRF.compare`)
    Equal values are a tp; a predicted value where gold has none is a fp; a
    gold value we left empty is a fn; a wrong value is one fp and one fn.
    Where the gold format does not annotate a field at all, it is not scored.

Actors (partial matches)
    An actor is scored as two slots, ``country`` (ISO 3166 alpha-3 or ``IGO``)
    and ``sector`` (PLOVER sector code, legacy codes mapped first, e.g. ELI ->
    CVL). A slot the gold leaves empty is not scored. The actor's credit is
    the share of the gold's filled slots we got right: both right 1.0, one of
    two 0.5, none 0.0 (``actor.credit`` accuracy adds the credits). When the
    gold lists several actors on one side (a compound actor, "Hungarian and
    Romanian officials"), the predicted actor is compared with the gold actor
    that gives it the most credit.

Spans (``geo-xml``, ``timeml``, ``event-location``)
    A predicted span matches a gold span when their character ranges overlap
    by at least one code point; matching is one-to-one, each gold span taking
    the earliest unmatched overlapping prediction.

Places
    Distances are great-circle (haversine) on a sphere of radius 6371.0088 km
    (the WGS84 mean radius). A place name matches a gold name when both,
    case-folded and stripped of accents and of a leading "the", are equal, or
    one is a whole-word prefix of the other ("Tbilisi" and "Tbilisi city").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from dotterel.geodesy import EARTH_RADIUS_KM, haversine_km

__all__ = [
    "GoldActor",
    "EARTH_RADIUS_KM",
    "haversine_km",
    "overlaps",
    "match_spans",
    "match_events",
    "actor_credit",
    "best_actor",
    "fold_name",
    "same_place_name",
]


G = TypeVar("G")
P = TypeVar("P")


class GoldActor(BaseModel):
    """One gold actor or recipient: a country and a sector, either may be absent.

    Attributes
    ----------
    text : str
        The words of the gold (for reports).
    country : str | None
        ISO 3166-1 alpha-3 or ``IGO``.
    sector : str | None
        PLOVER sector code (``GOV``, ``COP``, ...).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = ""
    country: str | None = None
    sector: str | None = None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open character ranges ``(start, end)`` share at least one code point."""
    return a[0] < b[1] and b[0] < a[1]


def match_spans(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Match gold spans to predicted spans one-to-one by overlap.

    Parameters
    ----------
    gold, predicted : sequence of (start, end)
        Half-open code-point ranges.

    Returns
    -------
    list[tuple[int, int]]
        ``(gold index, predicted index)`` pairs, in gold order; each gold span
        takes the earliest (by start) unmatched predicted span that overlaps it.
    """
    order = sorted(range(len(predicted)), key=lambda j: (predicted[j][0], j))
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for i, g in enumerate(gold):
        for j in order:
            if j not in used and overlaps(g, predicted[j]):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def match_events(
    gold: Sequence[G],
    predicted: Sequence[P],
    *,
    gold_type: Callable[[G], str | None],
    predicted_type: Callable[[P], str],
    agreement: Callable[[G, P], int] | None = None,
) -> list[tuple[int, int]]:
    """Match gold events to predicted events one-to-one (rules in the module docstring).

    Parameters
    ----------
    gold, predicted : sequences
        The events of one gold record, in gold order and in text order.
    gold_type, predicted_type : callables
        The PLOVER event type of an item; a gold type of ``None`` never matches.
    agreement : callable, optional
        How many secondary fields of a (gold, predicted) pair agree; more is
        preferred. Default: 0 for every pair.

    Returns
    -------
    list[tuple[int, int]]
        ``(gold index, predicted index)`` pairs, sorted by gold index.
    """
    candidates = []
    for i, g in enumerate(gold):
        gt = gold_type(g)
        if gt is None:
            continue
        for j, p in enumerate(predicted):
            if predicted_type(p) == gt:
                score = agreement(g, p) if agreement is not None else 0
                candidates.append((-score, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _s, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def actor_credit(gold: GoldActor, country: str | None, sector: str | None) -> float | None:
    """Share of the gold actor's filled slots (country, sector) that the prediction gets right.

    Parameters
    ----------
    gold : GoldActor
    country, sector : str | None
        The predicted actor's country and (canonical) sector; both ``None``
        when no actor was predicted.

    Returns
    -------
    float | None
        1.0, 0.5 or 0.0 (or 1/1, 0/1 with one slot); ``None`` when the gold
        fills no slot (nothing to score).

    Examples
    --------
    >>> actor_credit(GoldActor(country="TUR", sector="COP"), "TUR", "MIL")
    0.5
    """
    slots = [(gold.country, country), (gold.sector, sector)]
    filled = [(g, p) for g, p in slots if g is not None]
    if not filled:
        return None
    return sum(1 for g, p in filled if g == p) / len(filled)


def best_actor(golds: Sequence[GoldActor], country: str | None, sector: str | None) -> GoldActor | None:
    """The gold actor of one side that gives the prediction the most credit (first on ties); ``None`` if none."""
    best, best_credit = None, -1.0
    for g in golds:
        credit = actor_credit(g, country, sector)
        credit = -0.5 if credit is None else credit
        if credit > best_credit:
            best, best_credit = g, credit
    return best


_THE = re.compile(r"^the\s+")


def fold_name(name: str) -> str:
    """Case-fold a place name, strip accents, a leading "the" and non-alphanumerics at the ends.

    >>> fold_name("  The Hague ")
    'hague'
    >>> fold_name("Zhanaözen")
    'zhanaozen'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()
    text = _THE.sub("", text)
    return re.sub(r"\s+", " ", text.strip(" .,;:'\"()[]-"))


def same_place_name(a: str | None, b: str | None) -> bool:
    """Whether two place names name the same place under :func:`fold_name`, equal or whole-word prefix.

    A comma ends a word too: "Zhanaozen" names "Zhanaozen, Mangystau Region".
    """
    if not a or not b:
        return False
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long_ = sorted((fa, fb), key=len)
    return long_.startswith(short + " ") or long_.startswith(short + ",")
