"""Where the text puts its places: the reach of a near spelling, and the region beside a name kept as written.

:func:`fuzzy_reach` keeps the fuzzy gazetteer candidates of a name that lie
in the document's countries, their neighbours (GeoNames ``countryInfo``) and
the first-level regions the document names; :func:`region_beside` gives the
first-level region of the places named around a name the gazetteer lacks.
Both read only what the text named, never a default.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dotterel.annotate import entities_in
from dotterel.records.how import PRECISION_RANK

if TYPE_CHECKING:
    from dotterel.actors.kb import KnowledgeBase
    from dotterel.lang import LanguageProfile
    from dotterel.places.gazetteer import Candidate, GazetteerIndex
    from dotterel.records import Place

__all__ = ["fuzzy_reach", "region_beside", "body_countries"]


def fuzzy_reach(gaz: GazetteerIndex, cands: Sequence[Candidate], *, country_hints: Sequence[str] = (),
                admin1_hints: Sequence[str] = ()) -> list[Candidate]:
    """The fuzzy candidates that lie where the text puts its places.

    A near spelling is weak evidence: an unknown village ("Kabiwa" in a story
    about Nigeria) is often one letter or two from a town far away (Capua,
    Italy). So, when the document's countries are known (``country_hints``),
    a fuzzy candidate must lie in one of them or in a country bordering one
    (GeoNames ``countryInfo`` neighbours: "Dagestan" in a story about
    Georgia and Azerbaijan is Russia's region); and when the document names
    first-level regions of the candidate's country (``admin1_hints``), in one
    of those regions, or be a region itself. Exact and transliterated
    matches are not filtered (an exact name abroad may be meant: "Paris").

    Parameters
    ----------
    gaz : GazetteerIndex
        Gives the neighbours (:meth:`~dotterel.places.gazetteer.GazetteerIndex.neighbours`).
    cands : Sequence[Candidate]
        Fuzzy candidates (``match == "fuzzy"``).
    country_hints : Sequence[str]
        ISO alpha-3 codes of the document's countries; none keeps every candidate.
    admin1_hints : Sequence[str]
        Admin1 codes ("NG.57") of the regions the document names.

    Returns
    -------
    list[Candidate]
        The candidates within reach, in their order.
    """
    hints = {h.upper() for h in country_hints if h}
    if not hints:
        return list(cands)
    reach = hints.union(*(gaz.neighbours(h) for h in hints))
    codes = {h for h in admin1_hints if "." in h}
    out = []
    for c in cands:
        if c.country not in reach:
            continue
        named_here = {h for h in codes if c.admin1_code and h.split(".", 1)[0] == c.admin1_code.split(".", 1)[0]}
        if named_here and c.feature_code != "ADM1" and c.admin1_code not in named_here:
            continue
        out.append(c)
    return out


def body_countries(sent, kb: KnowledgeBase, lang: LanguageProfile, named: Sequence[str]) -> list[str]:
    """The countries a sentence names only at the head of a body's name ("the Syrian Army").

    An organisation entity whose first word (after an article) is a
    country's demonym or name gives that country: "an airstrike on Syrian
    Army positions near Deir Ezzor", in a story that names no other country
    of the place, still puts Syria beside it. Read in the name's own
    sentence only, and not a diplomatic mission (``lang.mission_nouns``: "the
    Italian Embassy" stands abroad). These widen the reach of a near spelling
    (:func:`fuzzy_reach`, through ``reach_hints`` of
    :func:`~dotterel.places.toponyms.resolve`); they rank no candidate.

    Parameters
    ----------
    sent : spacy.tokens.Span
        The sentence of a name.
    kb : KnowledgeBase
        Knows the demonyms and country names.
    lang : LanguageProfile
        ``definite_articles``, ``mission_nouns``.
    named : Sequence[str]
        The document's countries already (alpha-3), left out.

    Returns
    -------
    list[str]
        Alpha-3 codes in order of first mention, without international
        organisations ("IGO").
    """
    out: list[str] = []
    for ent in entities_in(sent):
        words = [t for t in ent if t.lower_ not in lang.definite_articles]
        if ent.label_ != "ORG" or not words or any(t.lemma_.lower() in lang.mission_nouns for t in ent):
            continue  # ("the Italian Embassy": a mission stands in another country than its own)
        entry = kb.country_by_demonym(words[0].text) or kb.country_by_name(words[0].text)
        if entry is not None and entry.alpha3 not in (*named, *out, "IGO"):
            out.append(entry.alpha3)
    return out


def region_beside(around: Sequence[Place]) -> dict:
    """The first-level region of the finest resolved place beside a name kept as written, when it is a town or region.

    ("Ngamdu village in Borno State": Borno.) The export codes such an event to
    that region (:mod:`dotterel.export.acled`); a country beside it gives none,
    and neither do towns or regions beside it in different regions ("Ngamdu
    village in Yobe State, near Maiduguri in Borno": which one holds it is not
    known, so none is given).

    Parameters
    ----------
    around : Sequence[Place]
        The resolved places named beside the name (its sentence's, or those
        syntax puts around it); at least one.

    Returns
    -------
    dict
        ``{"admin1": name, "admin1_code": code}`` of the finest of them when
        that is a town or a region (``geo_precision`` ``city`` or ``region``)
        and every town or region among them lies in that one first-level
        region (GeoNames ``admin1CodesASCII`` codes, as carried by the
        places), else ``{}``.
    """
    inner = min(around, key=lambda q: PRECISION_RANK.get(q.geo_precision, 9))
    regions = {q.admin1_code for q in around if q.geo_precision in ("city", "region")}
    return {"admin1": inner.admin1, "admin1_code": inner.admin1_code} if inner.geo_precision in ("city", "region") \
        and len(regions) == 1 else {}
