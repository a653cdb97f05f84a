"""The document's toponyms: found in the parse, resolved in the document's context.

:class:`DocumentPlaces` finds every place a document names - by NER (GPE,
LOC, FAC entities; "Sverdlovsk region" is taken whole), by syntax (the
proper-noun object of a locative preposition, "in the city of Zhanaozen"), by
entities the NER mislabelled and by gazetteer names the NER missed
(:mod:`dotterel.places.recall`) - and resolves them through the gazetteer,
first with the document's countries as hints, then again with the regions
the document names as context ("Alexandria" next to "Louisiana"). Choosing
an event's place among them is :mod:`dotterel.places.event_location`'s work.

Spans are 0-based, end-exclusive code-point offsets into the original text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dotterel.annotate import doc_text, entities
from dotterel.places._fold import fold
from dotterel.places.recall import (accept, based_on, gazetteer_spans, main_name, more_toponyms, party_seat,
                                    sponsor_before)
from dotterel.places.doc_context import (country_named_town, listed_counties, listed_with_regions, listed_with_towns,
                                         open_county_states, same_named_country, shared_region, towns_of_counties)
from dotterel.places.name_parts import accept_part, leading_name, opens_place_name
from dotterel.places.appositions import described_reading, described_towns
from dotterel.places.mislabelled import (brand_named, lone_person_names, mislabelled_place, persons_surname,
                                         seat_names, surnames)
from dotterel.places.provinces import as_province, as_settlement
from dotterel.places.reach import body_countries, near_named
from dotterel.places.followers import comma_next, held_in, in_next, list_next, outside_container, setting_between
from dotterel.places.townships import township_place
from dotterel.places.dateline_towns import dateline_country, struck_at_dateline
from dotterel.places.office_regions import office_region, seat_town
from dotterel.places.proposals import locative_propn, mislabelled, struck_names
from dotterel.places.syntax import PLACE_LABELS, with_region_word
from dotterel.places.toponyms import BIG_CITY, PROMINENT_CITY, _clean, candidate_to_place
from dotterel.records import Place

if TYPE_CHECKING:
    from dotterel.actors.kb import KnowledgeBase
    from dotterel.lang import LanguageProfile
    from dotterel.places.toponyms import Gazetteer

__all__ = ["PlaceMention", "DocumentPlaces"]


#: How many mentions of other names with a namesake in the regions the document names (the regions' own
#: names count) it takes before a capital or a city of a million people abroad is read as a namesake town of
#: those regions (:meth:`DocumentPlaces._in_context`): "Riot police in Paris ... analysts in Texas" has one,
#: a local story names its state or its neighbours again and again.
FOCUS_SUPPORT = 2


@dataclass
class PlaceMention:
    """A place named in the document, with its resolution.

    Attributes
    ----------
    place : Place
        The gazetteer's resolution, its ``span`` set to the name in the
        original text.
    token : spacy.tokens.Token
        Root token of the name in the parsed (normalised) document.
    start, end : int
        Offsets of the name in the parsed document (0-based code points,
        end-exclusive; a leading "the " is left out).
    how : str
        How it was found: ``ner`` (a GPE, LOC or FAC entity), ``named`` (the
        object of "of" after a place noun, "the village of X"), ``syntax``
        (a proper noun after a locative preposition), ``mislabelled`` (an
        ORG or PERSON entity that is a toponym), ``gazetteer``, ``name_part``,
        ``listed`` (a name refused alone but listed with towns of one region,
        :func:`~dotterel.places.doc_context.listed_with_towns`),
        ``repeat`` and ``demonym`` (:mod:`dotterel.places.recall`; a name part
        or a demonym never places an event), ``based`` (a name before
        "-based", "the Atlanta-based Carter Center", or after a
        legislator's party letter, "Rep. Wendell Gilliard, D-Charleston":
        where an organisation or a person is, never an event's place, and
        no evidence of the document's region).
    """

    place: Place
    token: object  # root token of the entity
    start: int  # doc char offsets
    end: int
    how: str = "ner"

class DocumentPlaces:
    """Finds a document's places and resolves them in the document's context.

    Holds no per-document state.

    Parameters
    ----------
    gazetteer : Gazetteer
        Resolves place names to GeoNames entries.
    kb : KnowledgeBase
        Tells countries, demonyms and people from places.
    lang : LanguageProfile, keyword-only
        The prepositions and nouns that mark places ("in", "the city of",
        "Sverdlovsk region", "an Alexandria woman").
    """

    def __init__(self, gazetteer: Gazetteer, kb: KnowledgeBase, *, lang: LanguageProfile) -> None:
        self.gazetteer = gazetteer
        self.kb = kb
        self.lang = lang

    def document_countries(self, doc, home: str | None) -> list[str]:
        """The countries a document names, as hints for place resolution.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        home : str | None
            The document's main country (ISO 3166-1 alpha-3), put first.

        Returns
        -------
        list[str]
            Alpha-3 codes in order of first mention: GPE and NORP entities
            the knowledge base knows as a country name or demonym, without
            international organisations ("IGO") and without a sponsor's name
            (:func:`~dotterel.places.recall.sponsor_before`, "Russian-backed
            separatists"); ``home`` is left out too when the text names it
            only as a sponsor.
        """
        out = [home] if home else []
        named, sponsors = set(), set()
        for ent in entities(doc):
            if ent.label_ not in ("GPE", "NORP", "LOC", "PERSON", "ORG"):
                continue  # the labels actors.document.main_country_named counts
            entry = self.kb.country_by_name(ent.text) or self.kb.country_by_demonym(ent.text)
            capital = self.kb.country_by_capital(ent.text) if entry is None and ent.label_ == "GPE" else None
            if sponsor_before(ent, self.lang):
                sponsors.update(e.alpha3 for e in (entry, capital) if e is not None)  # "Russian-backed separatists"
                continue
            named.update(e.alpha3 for e in (entry, capital) if e is not None)
            if ent.label_ in ("GPE", "NORP") and entry is not None and entry.alpha3 not in out \
                    and entry.alpha3 != "IGO":
                out.append(entry.alpha3)
        # a main country named only as a sponsor is no hint of where the story is (ACLED codebook 2023, actor names)
        return [c for c in out if c in named or c not in sponsors]

    def places(self, doc, to_span, countries: Sequence[str]) -> list[PlaceMention]:
        """Every place named in the document, resolved, in text order.

        Parameters
        ----------
        doc : spacy.tokens.Doc
            The parsed (normalised) document.
        to_span : callable
            ``to_span(start, end) -> Span``: maps parsed-document offsets to
            a :class:`~dotterel.records.Span` of the original text.
        countries : sequence of str
            Alpha-3 country hints, most likely first.

        Returns
        -------
        list[PlaceMention]
            Demonyms ("Kazakh"), names the knowledge base holds as a
            person ("Nursultan") and a chain's or maker's name before an
            outlet, vehicle or weapon noun ("a Marriott hotel", "a Remington
            rifle", :func:`~dotterel.places.mislabelled.brand_named`) are skipped; a place entity the gazetteer
            lacks whole is read by its leading name when that is a toponym
            alone (:func:`~dotterel.places.name_parts.leading_name`, "Newark
            Fire", "Henderson County Jail"); an organisation entity that is
            no toponym may still start with one ("Fargo Police"); a place found by syntax alone
            is kept only on a gazetteer hit scoring at least 0.9, unless a
            place noun names it ("the hamlet of X").
        """
        items = []
        found = [(with_region_word(e, self.lang), "ner") for e in entities(doc) if e.label_ in PLACE_LABELS]
        found += [(e, "named" if strong else "syntax") for e, strong in locative_propn(doc, self.lang)]
        described = described_towns(doc, self.lang)
        found += [(e, "named") for e in described]  # "Dunya Pur, a small town near Multan"
        described_at = {(e.start, e.end) for e in described}
        named = {t.i for e, how in found if how == "named" for t in e}
        wrong = [e for e in mislabelled(doc) if not any(t.i in named for t in e)]
        found += [(e, "mislabelled") for e in wrong]
        # A mislabelled organisation that is no place may still start with one ("Fargo Police"): its words
        # stay open to the gazetteer's name parts, which give way below when the whole entity is a place.
        taken = {t.i for e, how in found if how != "mislabelled" for t in e}
        whole = {(e.start, e.end) for e in wrong}
        found += [(e, how) for e, how in gazetteer_spans(doc, taken, self.gazetteer, self.lang)
                  if (e.start, e.end) not in whole]
        # ("Russian missiles hit Kyiv": a town struck, to which the small model gave no entity, is read as one
        # mislabelled; not where the gazetteer already proposes the name, whose own tests a small town passes:
        # "Militants attacked Damboa in Borno State")
        proposed = {t.i for e, _how in found for t in e}
        found += [(e, "mislabelled") for e in struck_names(doc, self.lang)
                  if not any(t.i in proposed for t in e)]
        for ent, how in sorted(found, key=lambda x: x[0].start_char):
            if based_on(ent, self.lang) or party_seat(ent, self.lang):
                how = "based"
            text = ent.text.strip()
            article = next((a for a in sorted(self.lang.definite_articles, key=len, reverse=True)
                            if text.lower().startswith(a + " ")), None)
            if article is not None:
                start = ent.start_char + len(article) + 1
                text = text[len(article) + 1:]
            else:
                start = ent.start_char
            end = start + len(text)
            if self.kb.country_by_demonym(text) is not None and self.kb.country_by_name(text) is None:
                continue  # "Kazakh" names a people, not a place
            person = self.kb.person(text)
            if person is not None and self.kb.country_by_name(text) is None and getattr(person, "score", 1.0) >= 1.0:
                continue  # "Nursultan" is a person here, never the city
            if how == "mislabelled" and self.kb.organisation(text) is not None:
                continue
            if how in ("gazetteer", "name_part", "based", "title_town") and (self.kb.role(text.lower()) is not None
                                                      or self.kb.organisation(text) is not None):
                continue  # a role ("Secretary") or an organisation the knowledge base holds
            items.append((ent, text, start, end, how))
        # ("airstrikes on Syrian Army positions near Deir Ezzor": a near spelling may lie in the country of a body
        # its sentence names)
        bodies: dict[int, list[str]] = {}
        reach: dict[str, list[str]] = {}
        for ent, text, *_ in items:
            if ent.sent.start not in bodies:
                bodies[ent.sent.start] = body_countries(ent.sent, self.kb, self.lang, countries)
            reach.setdefault(text, []).extend(c for c in bodies[ent.sent.start] if c not in reach[text])
        first = {text: self.gazetteer.resolve(text, country_hints=countries, reach_hints=reach[text])
                 for _e, text, *_ in items}
        # a near spelling refused for want of a country agrees with a place named near it ("Jalalabd, 120 km west of
        # Peshawar"), never with another near spelling
        # a fuzzy reading is one the name's lookup gives only as a near spelling; a reading by a dropped direction
        # or admin word, or an AP abbreviation ("Southern Kaduna", "Ituri province", "Western Mass.") is exact
        exact = [p for t, p in first.items() if p.geonameid is not None and not _fuzzy_only(p, self.gazetteer.lookup(t))]
        first = {t: near_named(self.gazetteer, t, p, exact, hinted=bool(countries or reach[t])) or p
                 for t, p in first.items()}
        # "volunteered at The Woodlands", "at the Marriott": a town's name takes no article, a body's or building's
        # does; a region may ("in the Bekaa"; not "in the north west"), and the NER finds the few towns that do
        items = [it for it in items if not (it[4] == "syntax" and any(
            c.dep_ == "det" and c.lower_ in self.lang.definite_articles for c in it[0].root.lefts) and (
            first[it[1]].feature_code in ("PPL", "PPLC") or not it[1][:1].isupper()))]
        # "a Marriott hotel", "a Toyota pickup": a chain's or maker's name, no town, and no context for the others
        items = [it for it in items if not brand_named(it[0], first[it[1]], countries, lang=self.lang,
                                                       gaz=self.gazetteer)]
        # A region's name inside a longer name ("Lakes Edge", "Far North Queensland") must lie in a country the
        # document's own place names or country hints point to, when they point anywhere.
        named_in = {p.country for (_e, t, _s, _end, how) in items if how in ("ner", "named", "syntax")
                    for p in (first[t],) if p.geonameid is not None and p.country}
        named_in.update(countries)

        def fits(place: Place) -> bool:
            return place.feature_code != "ADM1" or not named_in or place.country in named_in

        # "Henderson County Jail", "Newark Fire": a place entity the gazetteer lacks, by its leading name; the
        # regions of the places the NER found elsewhere are the local cue of opens_place_name
        regions = {first[t].admin1_code for (_e, t, *_r, how) in items if how in ("ner", "named")
                   and first[t].geonameid is not None and first[t].admin1_code}
        for k, (ent, text, start, end, how) in enumerate(items):
            p = first[text]
            if how != "ner" or p.geonameid is not None or p.feature_code is not None:
                continue
            part = leading_name(ent, self.gazetteer)
            if part is None:
                continue
            # decided before the context pass, so a part that is no toponym lends the document no region
            alone = first.get(part.text) or self.gazetteer.resolve(part.text, country_hints=countries,
                                                                    reach_hints=reach.get(text, ()))
            if fits(alone) and (accept(part, alone, "name_part", gaz=self.gazetteer, admin1=[], countries=countries,
                                       lang=self.lang) or opens_place_name(
                                           ent, part, alone, self.gazetteer, self.lang, regions)):
                items[k] = (part, part.text, part.start_char, part.end_char, how)
                first[part.text] = alone
        resolved, admin1 = self._in_context(items, first, doc_text(doc), countries, reach)
        out = []
        refused = []  # names that may still be towns listed with towns (doc_context.listed_with_towns)
        people, lone = surnames(doc), lone_person_names(doc)  # lone names: only names the gazetteer lacks
        for ent, text, start, end, how in items:
            place = resolved.get((start, text)) or first[text]
            if how == "ner" and persons_surname(ent, place, people if place.geonameid is not None else lone,
                                                lang=self.lang, gaz=self.gazetteer):
                continue  # "President Saakashvili" after "Mikheil Saakashvili" or "Saakashvili said": a person
            if how == "syntax" and (place.geonameid is None or place.score < 0.9):
                continue  # a guess from syntax alone needs an exact gazetteer hit ("the hamlet of X" is enough)
            # "outside the White House": a seat of government stands in its capital, no alternate name of Casablanca
            place = seat_town(text, place, self.kb, self.gazetteer) or place
            if (ent.start, ent.end) in described_at:  # "Gharz, a village ...": no near spelling of another country
                place = described_reading(place, text, countries, self.gazetteer)
            place = as_settlement(ent, text, place, countries, self.gazetteer, self.lang)
            # whether the run is a toponym is asked of the town it was read as: a province noun only says which of
            # the name's places is meant ("the Donetsk region governor": the oblast, by an alternate name only)
            province = as_province(ent, text, place, self.gazetteer, self.lang)
            judged = place if province is not place else None
            place = office_region(ent, text, province, self.gazetteer, self.lang)
            if how == "mislabelled" and not mislabelled_place(ent, text, place, admin1, countries, lang=self.lang,
                                                              gaz=self.gazetteer, kb=self.kb, people=people):
                refused.append((ent, text, start, end))
                continue
            if how in ("name_part", "title_town") and not fits(place):
                continue
            # a town before a title lies where the document's other places are: their regions and countries
            here = (sorted(set(admin1) | regions), sorted(named_in)) if how in ("title_town", "name_part") else (
                admin1, countries)
            if how in ("gazetteer", "name_part", "based", "title_town") and not accept_part(
                    ent, judged or place, how, gaz=self.gazetteer, admin1=here[0], countries=here[1], lang=self.lang):
                if how == "gazetteer":
                    refused.append((ent, text, start, end))
                continue
            how = "name_part" if how == "title_town" else how  # a town's body: never an event's place
            # "Hamilton Township" in a story that names New Jersey: a US municipality, in a state it names
            place = township_place(ent, place, self.gazetteer, self.lang, admin1, countries)
            place = place.model_copy(update={"span": to_span(start, end)})
            out.append(PlaceMention(place=place, token=ent.root, start=start, end=end, how=how))
        # "GOMA (Reuters) - M23 rebels shelled Sake": a small town struck or taken in the dateline's country
        country = dateline_country(doc_text(doc), self.gazetteer, self.kb, self.lang, countries)
        for ent, text, start, end, place in struck_at_dateline(refused, country, people, gaz=self.gazetteer,
                                                               kb=self.kb, lang=self.lang):
            refused = [r for r in refused if r[2] != start]
            out.append(PlaceMention(place=place.model_copy(update={"span": to_span(start, end)}), token=ent.root,
                                    start=start, end=end, how="gazetteer"))
        out += [PlaceMention(place=place.model_copy(update={"span": to_span(start, end)}), token=ent.root,
                             start=start, end=end, how="listed")
                for ent, start, end, place in listed_with_towns(refused, out, self.gazetteer, self.lang,
                                                                     self.kb.role)]
        out.sort(key=lambda m: m.start)
        out = listed_with_regions(out, self.gazetteer)
        out = open_county_states(country_named_town(out, self.gazetteer, self.lang,
                                                    peoples=frozenset(self._peoples(items))), self.gazetteer)
        hints = sorted({m.place.admin1_code for m in out if m.place.admin1_code and m.place.country == "USA"})
        counties = listed_counties(doc, self.gazetteer, self.lang, admin1_hints=hints)
        out = [m for m in out if not any(m.start < s.end_char and s.start_char < m.end for s, _c in counties)]
        out += [PlaceMention(place=place.model_copy(update={"span": to_span(span.start_char, span.end_char)}),
                             token=span.root, start=span.start_char, end=span.end_char, how="named")
                for span, place in counties]
        out.sort(key=lambda m: m.start)
        places = [m for m in out if m.how == "mislabelled"]
        out = [m for m in out if m.how not in ("gazetteer", "name_part")
               or not any(p.start <= m.start and m.end <= p.end for p in places)]
        out = seat_names(out, self.lang)  # "marched to Congress", "workers from Congress": no hamlet in Arizona
        # repeats of accepted names and demonyms (recall.more_toponyms)
        out += [PlaceMention(place=place.model_copy(update={"span": to_span(span.start_char, span.end_char)}),
                             token=span.root, start=span.start_char, end=span.end_char, how=how)
                for span, place, how in more_toponyms(doc, out, kb=self.kb, gaz=self.gazetteer, lang=self.lang)]
        # one mention per span, the first found ("in Aleppo" read by syntax and as a mislabelled NORP entity)
        return sorted({(m.start, m.end): m for m in reversed(out)}.values(), key=lambda m: m.start)

    def _in_context(self, items, first: dict[str, Place], text: str, countries: Sequence[str],
                    reach: dict[str, list[str]] | None = None) -> dict:
        """Resolve the document's toponyms again with the regions it names as context.

        The first pass (``first``, one resolution per distinct name with the
        knowledge base's country hints) finds the first-level regions the
        document names by their exact name ("Louisiana", "Ga."); their
        countries and admin1 codes then become hints for every other name, so
        "Alexandria" in a story that names Louisiana is Alexandria, LA, and
        "Athens" next to "Georgia" and "Ohio" is not the Greek capital. A name
        directly followed by ", <region or country>" ("Athens, Ga.",
        "Tbilisi, Georgia"), or by "in <region or country>" ("his Alexandria
        home in Virginia", "Mambasa in eastern Congo",
        :func:`~dotterel.places.followers.in_next`), takes that region or
        country as its own first hint. A country name that is also the exact name of a region of a
        hinted country ("Georgia" next to "Alabama") is read as that region
        when nothing else in the document points to the country, and so is
        one that follows a US county ("Hall County, Georgia"). A county whose
        state is known counts as a region of that state. When the document
        names no region, the one region where several of its town names have
        a namesake (:func:`~dotterel.places.doc_context.shared_region`) serves as the hint instead; and a
        country name that is that region's name ("Georgia" with "Atlanta" and
        "Gainesville") is read as the region even when the main country
        counted it as the country. A capital or a city of a million people
        abroad ("Paris") moves to its namesake in the named regions only when
        the document mentions names of those regions at least
        :data:`FOCUS_SUPPORT` times besides it ("Riot police in Paris ...
        analysts in Texas" stays in France) or when the name opens the names
        of bodies or comes before a town noun ("the Dublin Arts Council",
        "Alexandria police": local news names its own town's bodies). Names
        before "-based" lend no
        region (where an organisation is, "the Atlanta-based Carter Center").

        Parameters
        ----------
        items : list of tuple
            ``(entity, text, start, end, how)`` per mention.
        first : dict[str, Place]
            First-pass resolution of each distinct name.
        text : str
            The parsed document's text (for the ", <region>" pattern and names glued by a hyphen).
        countries : sequence of str
            The knowledge base's country hints, most likely first.
        reach : dict[str, list[str]], optional
            Per name, the countries named only in bodies' names in its sentences
            (:func:`~dotterel.places.reach.body_countries`).

        Returns
        -------
        resolved : dict[tuple[int, str], Place]
            ``(start, text)`` -> the place resolved in context, for the
            mentions whose resolution changed.
        admin1 : list[str]
            Admin1 codes of the regions the document names (the hints used).
        """
        gaz = self.gazetteer

        named_countries = {p.country for p in first.values() if p.feature_code == "PCLI"}
        # a name written before ", <place>" is that place's town ("Virginia, Minn."), never the region it shares a
        # name with; only an exact, unshared region name outweighs that
        starts = {start: t for _e, t, start, _end, *_ in items}
        before_comma = {first[t].geonameid for _e, t, _s, end, *_ in items if comma_next(text, end, starts) is not None}
        # a region written before ", <region or country of another country>" is a town of that place, even when its
        # name is exact ("New Brunswick, New Jersey": not the Canadian province; "Punjab, Haryana" stays regions)
        abroad_comma = {first[t].geonameid for _e, t, _s, end, *_ in items
                        if (n := comma_next(text, end, starts)) in first and first[n].feature_code in ("ADM1", "PCLI")
                        and first[n].country not in (None, first[t].country)
                        # ... not the first of a list ("Quebec, Vermont and New York"); "..., Canada" a chain
                        and ((m := list_next(text, end, starts)) is None or (
                            m in first and first[m].feature_code == "PCLI" and first[m].country == first[n].country))}

        def is_region(p: Place) -> bool:
            # a first-level region named exactly (by its main name also when a namesake region abroad was passed
            # over: "Virginia", not Virginia in South Africa, if it lies in a country the document is about, or
            # is big in a document naming no other country, and is not written as a town before its region; not
            # the parish of Saint Peter, Antigua, in a Cairo church's name, nor "Florida" in "exports to Jordan,
            # Georgia and Florida", nor "Virginia, Minn."), or a county whose state is known
            return (p.feature_code == "ADM1" and p.geonameid is not None and (
                p.score >= 0.95 and p.geonameid not in abroad_comma or (
                    main_name(p) and p.geonameid not in before_comma and (p.country in countries or (
                    named_countries <= {p.country}
                    and getattr(gaz.by_geonameid(p.geonameid), "population", 0) >= BIG_CITY))))) or (
                p.feature_code == "ADM2" and p.admin1_code is not None)

        # A PERSON entity that may be a place ("Georgia" the woman) is no evidence of a region.
        trusted = {t for ent, t, _s, _e, how in items
                   if (how != "mislabelled" or ent.label_ != "PERSON") and how != "based"}
        region_names = {t for t, p in first.items() if is_region(p) and t in trusted}
        # A country name that is also a region of another named region's country; no evidence from bare proposals
        shared = shared_region(first, trusted & {t for _e, t, _s, _x, how in items if how != "gazetteer"}, gaz)
        reread: dict[str, Place] = {}
        peoples = self._peoples(items)
        for t, p in first.items():
            if p.feature_code != "PCLI":
                continue
            others = {first[o].country for o in region_names if o != t}
            # "North Georgia" read as the country too is the same name again, no support
            supported = any(first[o].country == p.country and o != t and first[o].geonameid != p.geonameid
                            for o in first)
            # The main country may be this name's only: two other places of the named regions' country, none in
            # this one and no demonym of it ("Alabama does not have advance voting like Georgia", "Phenix City")
            outnumbered = p.country not in peoples and len({o for o, q in first.items() if o != t and o in trusted
                                                            and q.geonameid is not None and q.country in others}) >= 2
            if shared is not None and fold(t) in shared[2] and not supported:
                # "Georgia" named with towns that lie together in the US state of Georgia
                others = {shared[1]}
            elif not others or supported or (countries and countries[0] == p.country and not outnumbered):
                continue
            alt = gaz.resolve(t, country_hints=sorted(others))
            if alt.feature_code == "ADM1":
                reread[t] = alt.model_copy(update={"reason": f"{alt.reason}; the document names other regions of "
                                                           f"{','.join(sorted(others))}"})
        named = {t for _e, t, _s, _x, how in items if how in ("ner", "named")}  # no bare gazetteer proposal
        # ... but a name glued to another by a hyphen is read with it ("Congo-Brazzaville" split in two)
        named |= {t for _e, t, s, x, _h in items if (s > 0 and text[s - 1] == "-") or text[x:x + 1] == "-"}
        for t in first:
            if t not in reread and (other := same_named_country(t, first, trusted & named, gaz)) is not None:
                reread[t] = other  # "Congo" in a story about Brazzaville: the Republic of the Congo
        towns_of_counties(first, trusted, reread, gaz)
        # "Hall County, Georgia": a country name right after a county is that county's state.
        by_start0 = {start: t for _e, t, start, _end, *_ in items}
        for _ent, t, _start, end, *_ in items:
            nxt = comma_next(text, end, by_start0)
            county = first[t]
            if nxt is None or nxt in reread or county.feature_code != "ADM2" or first[nxt].feature_code != "PCLI":
                continue
            alt = gaz.resolve(nxt, country_hints=[county.country])
            if alt.feature_code == "ADM1":
                reread[nxt] = alt.model_copy(update={"reason": f"{alt.reason}; follows the county '{t}'"})
        self._region_after_town(items, first, text, reread)
        self._town_before_region(items, first, text, reread)
        self._region_holding_places(first, trusted, reread, items)
        peoples = self._peoples(items)
        for t in [t for t in reread if first[t].feature_code == "PCLI" and reread[t].feature_code == "ADM1" and (
                first[t].country in peoples or self._country_office(items, t))]:
            del reread[t]  # "Georgian troops", "Georgia's foreign minister": the country, not a US state
        places = {**first, **reread}
        regions = [p for t, p in places.items() if (is_region(p) or t in reread) and t in trusted]
        if regions or reread:
            shared = None
        by_start = {start: t for _e, t, start, _end, *_ in items}
        # ("Mambasa in eastern Congo": a country the name is put in is context enough)
        locative = self.lang.locative_prepositions
        put_in = any((nxt := comma_next(text, end, by_start) or in_next(e, by_start, gaz.directions, locative)) is not None
                     and (places[nxt].feature_code == "PCLI" or (places[nxt].feature_code in ("PPL", "PPLC")
                                                                  and places[nxt].geonameid is not None))
                     for e, _t, _s, end, *_ in items)
        if not regions and not reread and shared is None and not put_in:
            return {}, []
        dropped = {first[t].country for t in reread if first[t].country != reread[t].country}
        hints = [c for c in countries if c not in dropped]
        for p in regions:
            if p.country and p.country not in hints:
                hints.append(p.country)
        admin1 = sorted({p.admin1_code for p in regions if p.admin1_code})
        if shared is not None:
            code, country, names, _tie = shared
            admin1 = [code]
            hints = [country] + [h for h in hints if h != country]
            shared_why = f"the towns {', '.join(names)} all have a namesake in region {code}"
        named_countries = {q.country for q in first.values() if q.feature_code == "PCLI"}
        out: dict[tuple[int, str], Place] = {}
        cache: dict[tuple, Place] = {}
        held: dict[tuple[str, ...], set[str]] = {}

        def held_by(codes: Sequence[str]) -> set[str]:
            # the document's names (folded) with a namesake region, county or town in one of these regions
            key = tuple(codes)
            if key not in held:
                held[key] = {fold(_clean(o)) for o in trusted if any(
                    c.match == "name" and c.admin1_code in codes and c.feature_code in ("ADM1", "ADM2", "PPL", "PPLC")
                    for c in gaz.exact(fold(_clean(o))))}
            return held[key]

        for _ent, t, start, end, *_ in items:
            p = places[t]
            if t in reread:
                out[(start, t)] = p
                continue
            if p.feature_code in ("PCLI", "CONT") or is_region(p):
                continue
            local_hints, local_a1 = hints, admin1
            why = shared_why if shared is not None else "regions named in the document"
            context_kind = "document_regions"
            nxt, sep = comma_next(text, end, by_start), ", "
            if nxt is None:
                # "his Alexandria home in Virginia", "Mambasa in eastern Congo": the region or country it is put in
                nxt, sep = in_next(_ent, by_start, gaz.directions, locative), " in "
            container = None  # the region, country or town named as holding the name: its reading must lie there
            if nxt is not None and nxt in places:
                q = places[nxt]
                region = is_region(q) or nxt in reread
                if q.country and (region or q.feature_code == "PCLI"):
                    local_hints = [q.country] + [h for h in hints if h != q.country]
                    local_a1 = [q.admin1_code] if region and q.admin1_code else admin1
                    why = f"followed by '{sep.lstrip()}{nxt}'" if sep == " in " else f"followed by ', {nxt}'"
                    context_kind = "followed_by_region"
                    container = q
                elif q.country and q.geonameid is not None and q.feature_code in ("PPL", "PPLC") and sep == " in ":
                    container = q  # "Bole airport in Addis Ababa": no hint of its own, but the town's country
            if sep == ", " and container is not None and (m := list_next(text, end, by_start)) is not None and not (
                    m in places and places[m].feature_code == "PCLI" and places[m].country == container.country):
                container = None  # "Toronto, Ontario and Tokyo": a list, no "City, State" pair
            if container is not None and fold(_clean(nxt)) in gaz.directions:
                container = None  # "Kansas City, North": a compass word is no holder (nor Cameroon's North region)
            key = (t, tuple(local_hints), tuple(local_a1))
            if key not in cache:
                cache[key] = gaz.resolve(t, country_hints=local_hints, admin1_hints=local_a1,
                                         reach_hints=(reach or {}).get(t, ()))
            again = cache[key]
            if container is not None and (sep == ", " or setting_between(_ent, self.lang.setting_nouns | (
                    self.lang.sub_place_nouns | self.lang.township_nouns))) and outside_container(
                    again, container, gaz, t):
                out[(start, t)] = held_in(again, t, container)
                continue
            # a region won on a tie is weak evidence: it moves no capital abroad without a local cue or the region's
            # country named ("Paris and Lyon ... the Dallas Cowboys", "London and Toronto"; "London ... Canada")
            moved_abroad = (shared is None or (shared.by_tie and shared.country not in named_countries)) and (
                context_kind == "document_regions" and again.country != p.country)
            local = held_by(admin1) - {fold(_clean(t))}
            # "In Paris, police ...": a name that opens its paragraph as the scene is read by its own paragraph
            lo, hi = self._scene_paragraph(_ent, text) or (0, len(text))
            # (the scene's paragraph is read by itself for local bodies too: "the Ontario government" the paragraph
            # before does not make "In London, police ..." a local story)
            if moved_abroad and self._prominent(p) and sum(1 for _e, o, s, *_ in items if fold(_clean(o)) in local
                                                           and lo <= s < hi) < (FOCUS_SUPPORT) and not any((o == t or fold(_clean(o)) in local) and (
                    how in ("name_part", "title_town") or self._before_town_noun(e)) and lo <= _s < hi
                    for e, o, _s, _end, how in items):
                # "Riot police in Paris ... analysts in Texas": one mention of a region moves no capital, unless the
                # name, or a name of the region, opens the names of local bodies ("the Dublin Arts Council",
                # "Alexandria police", "Idaho State Police said ... in Moscow": a local story)
                continue
            if (again.geonameid, again.admin1_code) != (p.geonameid, p.admin1_code):
                out[(start, t)] = again.model_copy(update={"reason": f"{again.reason}; in context ({why})",
                                                           "in_context": context_kind})
        return out, admin1

    def _scene_paragraph(self, ent, text: str) -> tuple[int, int] | None:
        """The paragraph a name opens as its scene ("In Paris, police detained ..."), as offsets; else None.

        The name follows only a locative preposition (the profile's ``locative_prepositions``, one word
        such as "Meanwhile" before it at most) at the head of a paragraph's first sentence, and a comma
        follows it, or the clause's subject without one ("In Paris police arrested ..."). A round-up turns to a new place so: the regions named in other paragraphs ("Austin,
        Texas" the paragraph before) are no evidence that this "Paris" is their namesake
        (:meth:`_in_context`).
        """
        doc = ent.doc
        sent = ent.sent
        before = doc[sent.start:ent.start]
        # a comma after the name, or none where the parser hangs the phrase on the sentence's verb ("In Paris police
        # arrested ...": the noun after the name is the subject, not a body of the town)
        if not 1 <= len(before) <= 2 or before[-1].lower_ not in self.lang.locative_prepositions \
                or ent.end >= len(doc) or (doc[ent.end].text != "," and not (
                    ent.root.dep_ == "pobj" and ent.root.head.head == sent.root and doc[ent.end].dep_ != "compound")):
            return None
        lo = max(text.rfind("\n\n", 0, sent.start_char), 0)
        if text[lo:sent.start_char].strip():
            return None  # not the paragraph's first sentence
        hi = text.find("\n\n", ent.end_char)
        return lo, len(text) if hi < 0 else hi

    def _before_town_noun(self, ent) -> bool:
        """Whether a mention comes right before one of ``lang.town_nouns`` ("Alexandria police", "a Paris man").

        Not a name the parser reads as a preposition's object before the clause's subject ("In Paris police
        arrested ...": the police are the subject, no body of the town).
        """
        nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        return nxt is not None and nxt.lower_ in self.lang.town_nouns and not (
            ent.root.dep_ == "pobj" and nxt.dep_ in ("nsubj", "nsubjpass"))

    def _prominent(self, place: Place) -> bool:
        """Whether a place is a capital of 100 000 people or a city of a million (:func:`~dotterel.places.toponyms.rank`, rule a)."""
        entry = self.gazetteer.by_geonameid(place.geonameid) if place.geonameid is not None else None
        if entry is None or place.feature_code not in ("PPL", "PPLC"):
            return False
        return entry.population >= (BIG_CITY if place.feature_code == "PPLC" else PROMINENT_CITY)

    def _region_after_town(self, items, first: dict[str, Place], text: str, reread: dict[str, Place]) -> None:
        """Read "<town>, <name>" or "<town> in <name>" as the first-level region the town lies in ("Athens in Georgia").

        A name right after a town and a comma that is exactly the main name
        of a first-level region holding a town or county of the first name
        is that region, even where the name alone is a country ("Georgia")
        or a big city ("New York" -> New York City): the AP stylebook's "City, State" pair, or a locative "in"
        (:func:`~dotterel.places.followers.in_next`), names the state. One region must
        fit ("Tbilisi, Georgia" has no namesake in the US state, so Georgia
        stays the country). Written into ``reread`` (name -> place).
        """
        gaz = self.gazetteer
        by_start = {start: t for _e, t, start, _end, *_ in items}
        for ent, t, _start, end, *_ in items:
            nxt = comma_next(text, end, by_start) or in_next(ent, by_start, gaz.directions, self.lang.locative_prepositions)
            if nxt is None or nxt in reread or first[nxt].feature_code == "ADM1" or first[t].feature_code in (
                    "PCLI", "ADM1", "CONT"):
                continue
            regions = [c for c in gaz.exact(fold(nxt)) if c.feature_code == "ADM1" and c.match == "name"]
            towns = [c for c in gaz.exact(fold(t)) if c.feature_code in ("PPL", "PPLC", "ADM2")]
            fit = {r.admin1_code: r for r in regions if any(c.admin1_code == r.admin1_code for c in towns)}
            if len(fit) != 1:
                continue
            region = next(iter(fit.values()))
            if region.country == first[nxt].country and first[nxt].feature_code == "PCLI":
                continue
            reread[nxt] = candidate_to_place(region, span=None, reason=(
                f"first-level region {region.name} ({region.country}); follows the town '{t}', which lies in it"))

    def _peoples(self, items) -> set[str]:
        """Alpha-3 codes of the countries whose demonym the document uses as a NORP entity ("Georgian troops")."""
        return {entry.alpha3 for ent, *_ in items[:1] for e in entities(ent.doc) if e.label_ == "NORP"
                for entry in (self.kb.country_by_demonym(e.text),) if entry is not None}

    def _country_office(self, items, name: str) -> bool:
        """Whether a mention of ``name`` is followed by "'s" and a word only a country's offices take ("'s president")."""
        for ent, t, *_ in items:
            doc = ent.doc
            if t == name and ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("'s", "\u2019s") and (
                    doc[ent.end + 1].lower_ in self.lang.country_office_words):
                return True
        return False

    def _town_before_region(self, items, first: dict[str, Place], text: str, reread: dict[str, Place]) -> None:
        """Read "<country name>, <region>" as the town of that name in the region ("Lebanon, Pa.", "Mexico, Mo.").

        The AP stylebook's "City, State" pair names a town first and the
        state closes it: a region that modifies a following noun ("Jordan,
        Minnesota officials said") or opens a list ("Mexico, Missouri and
        Kansas") makes no pair. Where the first name is a country's and the
        second a first-level region of another country holding a populated
        place of exactly that main name (GeoNames), the town is meant, and
        every mention of the name in the document is read so. Where the
        second is another country holding exactly one first-level region of
        that main name ("Georgia, United States"), the region is meant.
        Written into ``reread`` (name -> place).
        """
        by_start = {start: t for _e, t, start, _end, *_ in items}
        ents = {start: e for e, _t, start, _end, *_ in items}
        for _ent, t, _start, end, *_ in items:
            nxt = comma_next(text, end, by_start)
            country = first[t]
            if nxt is None or t in reread or country.feature_code != "PCLI":
                continue
            follower = ents[next(s for s, n in by_start.items() if n == nxt and s > end)]
            root, doc = follower.root, follower.doc
            if (root.dep_ == "compound" and root.head.i >= follower.end) or (
                    follower.end < len(doc) and doc[follower.end].dep_ == "cc"):
                continue  # "from Jordan, Minnesota officials said", "Mexico, Missouri and Kansas": no City, State pair
            region = reread.get(nxt) or first[nxt]
            if region.feature_code == "PCLI" and region.country != country.country:
                # "Georgia, United States": the first-level region of the country named after it, not the country
                states = [c for c in self.gazetteer.exact(fold(t)) if c.match == "name" and c.feature_code == "ADM1"
                          and c.country == region.country and c.geonameid is not None]
                if len(states) == 1:
                    reread[t] = candidate_to_place(states[0], span=None, score=0.95, reason=(
                        f"first-level region {states[0].name} ({states[0].country}), not the country {country.name}: "
                        f"followed by ', {nxt}', which holds a region of that name"))
                continue
            if region.feature_code != "ADM1" or region.admin1_code is None or region.country == country.country:
                continue
            towns = [c for c in self.gazetteer.exact(fold(t)) if c.match == "name" and c.feature_code in ("PPL", "PPLC")
                     and c.admin1_code == region.admin1_code]
            if not towns:
                continue
            town = max(towns, key=lambda c: c.population)
            reread[t] = candidate_to_place(town, span=None, score=0.95, reason=(
                f"town {town.name} ({town.feature_code}, {town.country}, pop {town.population}), not the country: "
                f"followed by ', {nxt}', a region holding a town of that name")).model_copy(
                update={"in_context": "followed_by_region"})

    def _region_holding_places(self, first: dict[str, Place], trusted: set[str], reread: dict[str, Place],
                               items=()) -> None:
        """Read a foreign town's or country's name as the region of the document's other places.

        "A Victoria woman ... in Melbourne" (Victoria, Australia, not the
        Seychelles' capital); "Georgia authorities ... ATLANTA" (the US state,
        not the country). A name first read as a populated place, a capital or
        a country where no other place of the document lies, and which is also
        the main name of a first-level region (GeoNames) holding another
        populated place or county the document names, is that region: the
        places of one story lie together (spatial minimality, Leidner 2007,
        *Toponym Resolution in Text*, ch. 5). Exactly one such region must
        fit, in another country; a city of :data:`BIG_CITY` people or more
        stays ("Jerusalem", "Washington"), and so does a country whose
        demonym the document uses ("Georgian troops"). Written into ``reread``.
        """
        peoples = self._peoples(items)
        for t, p in first.items():
            if t in reread or t not in trusted or p.feature_code not in ("PPL", "PPLC", "PCLI") or p.country is None:
                continue
            if p.feature_code == "PCLI" and p.country in peoples:
                continue
            # "North Georgia" read as the country too is the same name again, no support
            others = {o: reread.get(o) or q for o, q in first.items() if o != t and o in trusted
                      and q.geonameid != p.geonameid}
            if any(q.country == p.country for q in others.values()):
                continue  # "Victoria" next to "Mahe" stays the Seychelles' capital
            held = {q.admin1_code for q in others.values() if q.admin1_code and q.feature_code in ("PPL", "PPLC", "ADM2")}
            # a country's own name ("north Georgia" was read as the country Georgia)
            key = fold(p.name) if p.feature_code == "PCLI" else fold(_clean(t))
            regions = {c.admin1_code: c for c in self.gazetteer.exact(key)
                       if c.match == "name" and c.feature_code == "ADM1" and c.admin1_code in held}
            if len(regions) != 1:
                continue
            region = next(iter(regions.values()))
            entry = self.gazetteer.by_geonameid(p.geonameid) if p.geonameid is not None else None
            if region.country == p.country or (p.feature_code != "PCLI" and entry is not None
                                                and entry.population >= BIG_CITY):
                continue  # "Jerusalem", "Washington": a big city stays itself; a region of its own country is no switch
            reread[t] = candidate_to_place(region, span=None, reason=(
                f"first-level region {region.name} ({region.country}), not {p.name} ({p.country}): it holds other "
                f"places the document names, and none lies in {p.country}"))


def _fuzzy_only(place, cands) -> bool:
    """Whether the gazetteer's lookup of a name gives ``place`` only as a near spelling (``match == "fuzzy"``)."""
    same = [c.match for c in cands if c.geonameid == place.geonameid]
    return bool(same) and all(m == "fuzzy" for m in same)
