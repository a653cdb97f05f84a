"""Where an event happened: the place chosen for each coded event.

Places are found by NER (GPE, LOC, FAC entities; "Sverdlovsk region" is taken
whole), by syntax (the proper-noun object of a locative preposition, "in
the city of Zhanaozen") and by gazetteer names the NER missed
(:mod:`dotterel.places.recall`), then resolved through the gazetteer with the
document's countries as hints ("the city of Daraa" is the town, not the
governorate). A toponym inside an organisation's name is a place of the text
but never an event's. :meth:`EventLocator.locate` picks one per event; the
first rule that applies wins:

1. a place attached to the trigger through prepositions and nouns only
   (also a name modifying a setting noun, "in Brussels streets"), or the noun
   a relative clause holding the trigger modifies: the most precise resolved
   one, or a named place the gazetteer lacks ("the village of X") when the
   resolved ones are no finer than a region;
2. a region or town naming the acting government or legislature ("Oklahoma
   lawmakers"): where it sits; then event types not on the ground (unless
   the verb takes a setting noun, "pull back from the square") (the type's ``profile.on_the_ground`` in
   ``data/plover.json``) stop here with no location;
3. the same, for the places elsewhere in the sentence, outside modifier
   clauses and the actor, recipient and claimant phrases (not a country or
   continent when the dateline is in it, or that only modifies a person,
   group or thing, "a U.S. airstrike"); a named part of a town
   ("Mogadishu's Yaqshid district") beats the town;
4. the dateline, which is where the report was filed: over a dateline abroad,
   a place of the document's main country named earlier in the paragraph wins,
   or that country itself when the event's parties belong to it or the story
   names it as a place ("GENEVA - ... killings in Egypt"); an attached but
   unresolved place; a town or region in a modifier clause of the event's
   sentence ("... by gunmen who came from the hills near Bunia"); the last
   city, region or country named earlier in the
   paragraph; the document's main country, when the text names it as a place
   (not only as a nationality, "U.S. troops").

Spans are 0-based, end-exclusive code-point offsets into the original text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dotterel.annotate import doc_text, entities
from dotterel.places._fold import fold
from dotterel.places.dateline import dateline_spans
from dotterel.places.recall import SMALL_TOWN, accept, gazetteer_spans, more_toponyms, named_county
from dotterel.places.syntax import PLACE_LABELS, attached as attached_to_trigger, comma_next, in_modifier_clause
from dotterel.places.syntax import locative_propn, mention_label, mislabelled, nationality_modifier, other_clause
from dotterel.places.syntax import at_setting, name_of, origin, relative_clause_host, residence, sub_place, with_region_word
from dotterel.places.toponyms import candidate_to_place, rank
from dotterel.records import Place
from dotterel.records.how import PRECISION_RANK

if TYPE_CHECKING:
    from dotterel.actors.kb import KnowledgeBase
    from dotterel.attribution import Claim
    from dotterel.lang import LanguageProfile
    from dotterel.ontology import Ontology
    from dotterel.pipeline.context import CandidateTokens, DocContext, SentenceSlots
    from dotterel.places.toponyms import Gazetteer
    from dotterel.records import Actor

__all__ = ["PRECISION_RANK", "PlaceMention", "EventLocator"]


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
        ``repeat`` and ``demonym`` (:mod:`dotterel.places.recall`; a name part
        or a demonym never places an event).
    """

    place: Place
    token: object  # root token of the entity
    start: int  # doc char offsets
    end: int
    how: str = "ner"


class EventLocator:
    """Finds a document's places and picks each event's location.

    Holds no per-document state: call :meth:`places` and :meth:`dateline`
    once per document and pass their results to :meth:`locate`.

    Parameters
    ----------
    gazetteer : Gazetteer
        Resolves place names to GeoNames entries.
    kb : KnowledgeBase
        Tells countries, demonyms and people from places.
    ontology : Ontology
        Which event types happen on the ground (``TypeProfile.on_the_ground``).
    lang : LanguageProfile, keyword-only
        The prepositions and nouns that mark places ("in", "the city of",
        "Sverdlovsk region", "an Alexandria woman") and the dateline's months.
    """

    def __init__(self, gazetteer: Gazetteer, kb: KnowledgeBase, ontology: Ontology, *,
                 lang: LanguageProfile) -> None:
        self.gazetteer = gazetteer
        self.kb = kb
        self.ontology = ontology
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
            international organisations ("IGO").
        """
        out = [home] if home else []
        for ent in entities(doc):
            if ent.label_ in ("GPE", "NORP"):
                entry = self.kb.country_by_name(ent.text) or self.kb.country_by_demonym(ent.text)
                if entry is not None and entry.alpha3 not in out and entry.alpha3 != "IGO":
                    out.append(entry.alpha3)
        return out

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
            Demonyms ("Kazakh") and names the knowledge base holds as a
            person ("Nursultan") are skipped; a place found by syntax alone
            is kept only on a gazetteer hit scoring at least 0.9, unless a
            place noun names it ("the hamlet of X").
        """
        items = []
        found = [(with_region_word(e, self.lang), "ner") for e in entities(doc) if e.label_ in PLACE_LABELS]
        found += [(e, "named" if strong else "syntax") for e, strong in locative_propn(doc, self.lang)]
        named = {t.i for e, how in found if how == "named" for t in e}
        found += [(e, "mislabelled") for e in mislabelled(doc) if not any(t.i in named for t in e)]
        taken = {t.i for e, _how in found for t in e}
        found += gazetteer_spans(doc, taken, self.gazetteer, self.lang)
        for ent, how in sorted(found, key=lambda x: x[0].start_char):
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
            if how in ("gazetteer", "name_part") and (self.kb.role(text.lower()) is not None
                                                      or self.kb.organisation(text) is not None):
                continue  # a role ("Secretary") or an organisation the knowledge base holds
            items.append((ent, text, start, end, how))
        first = {text: self.gazetteer.resolve(text, country_hints=countries) for _e, text, *_ in items}
        resolved, admin1 = self._in_context(items, first, doc_text(doc), countries)
        out = []
        for ent, text, start, end, how in items:
            place = resolved.get((start, text)) or first[text]
            if how == "syntax" and (place.geonameid is None or place.score < 0.9):
                continue  # a guess from syntax alone needs an exact gazetteer hit ("the hamlet of X" is enough)
            place = self._as_settlement(ent, text, place, countries)
            if how == "mislabelled" and not self._mislabelled_place(ent, text, place, admin1):
                continue
            if how in ("gazetteer", "name_part") and not accept(ent, place, how, gaz=self.gazetteer, admin1=admin1,
                                                                countries=countries, lang=self.lang):
                continue
            place = place.model_copy(update={"span": to_span(start, end)})
            out.append(PlaceMention(place=place, token=ent.root, start=start, end=end, how=how))
        # repeats of accepted names and demonyms (recall.more_toponyms)
        out += [PlaceMention(place=place.model_copy(update={"span": to_span(span.start_char, span.end_char)}),
                             token=span.root, start=span.start_char, end=span.end_char, how=how)
                for span, place, how in more_toponyms(doc, out, kb=self.kb, gaz=self.gazetteer, lang=self.lang)]
        return sorted(out, key=lambda m: m.start)

    def _as_settlement(self, ent, text: str, place: Place, countries: Sequence[str]) -> Place:
        """A region read as the town of the same name when a settlement noun names it ("the city of Daraa").

        The name must be the object of "of" after a settlement noun
        (``lang.settlement_nouns``: "the southern city of Daraa") or stand in
        apposition to one ("the town Daraa"); the town of that exact name in
        the region's country is taken, else the region stays.
        """
        root = ent.root
        if place.feature_code != "ADM1" or place.geonameid is None:
            return place
        gov = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else (
            root.head if root.dep_ in ("appos", "compound") else None)
        if gov is None or gov.lemma_.lower() not in self.lang.settlement_nouns:
            return place
        towns = [c for c in self.gazetteer.exact(fold(text)) if c.feature_code in ("PPL", "PPLC")
                 and c.country == place.country]
        if not towns:
            return place
        best = rank(towns, country_hints=[place.country, *countries])[0]
        return candidate_to_place(best, span=None, score=0.95, reason=(
            f"exact name; a settlement noun ('{gov.text}') names it, so the town {best.name} ({best.feature_code}, "
            f"{best.country}, pop {best.population}), not the region {place.name}"))

    def _mislabelled_place(self, ent, text: str, place: Place, admin1: Sequence[str]) -> bool:
        """Whether an ORG or PERSON entity is a toponym the NER mislabelled.

        Only exact gazetteer hits (score >= 0.95) count. Kept: a name followed
        by ", <region>" ("Alexandria, La."); a town of a region the document
        names where a place stands - after a locative preposition, in capitals
        as a dateline ("GAINESVILLE"), before a role noun or a word for a
        person ("Gainesville police"); a town of at least
        :data:`~dotterel.places.recall.SMALL_TOWN` people after a locative
        preposition ("police in Herat"); a name after a place noun's "of"
        ("the city of Daraa"); a town where a person lives ("Steven Sachs of
        Alexandria"); a county by its whole name; a country's canonical name
        of two words or more ("Sri Lanka"); and, for ORG entities only, any
        canonical country name or a first-level region ("Ohio"), since people
        share names with regions ("Georgia") and towns with surnames.
        """
        if named_county(text, place):
            return True  # "Laurel County" (the NER's ORG): a county by its whole name
        if place.geonameid is None or place.score < 0.95:
            return False
        if place.in_context == "followed_by_region":
            return True
        root = ent.root
        where = (
            (root.dep_ == "pobj" and root.head.lower_ in self.lang.locative_prepositions)
            or (text.isupper() and len(text) > 3)
            # "Gainesville police", "an Alexandria woman": a town naming where people are from
            or (root.dep_ == "compound" and root.head.pos_ == "NOUN"
                and (root.head.lemma_.lower() in self.lang.local_nouns or self.kb.role(root.head.lemma_.lower()) is not None))
        )
        if place.feature_code not in ("PCLI", "ADM1", "CONT") and place.admin1_code in admin1 and where:
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in self.lang.place_nouns:
            return True  # "the city of Daraa": a place noun names it
        if residence(root) and place.feature_code in ("PPL", "PPLC"):
            return True  # "Steven Sachs of Alexandria": where a person lives
        if root.dep_ == "pobj" and root.head.lower_ in self.lang.locative_prepositions and place.feature_code in (
                "PPL", "PPLC"):
            # "Police in Herat fired ...": a town of some size after "in" is that town
            entry = self.gazetteer.by_geonameid(place.geonameid)
            if entry is not None and entry.population >= SMALL_TOWN:
                return True
        canonical = place.feature_code == "PCLI" and self.gazetteer.canonical_country(fold(text)) is not None
        if canonical and len(text.split()) > 1:
            return True  # "Sri Lanka's former president" read as a PERSON: no one is called that
        if ent.label_ != "ORG":
            return False
        if place.feature_code == "PCLI":
            return canonical
        return place.feature_code == "ADM1"

    def _in_context(self, items, first: dict[str, Place], text: str, countries: Sequence[str]) -> dict:
        """Resolve the document's toponyms again with the regions it names as context.

        The first pass (``first``, one resolution per distinct name with the
        knowledge base's country hints) finds the first-level regions the
        document names by their exact name ("Louisiana", "Ga."); their
        countries and admin1 codes then become hints for every other name, so
        "Alexandria" in a story that names Louisiana is Alexandria, LA, and
        "Athens" next to "Georgia" and "Ohio" is not the Greek capital. A name
        directly followed by ", <region or country>" ("Athens, Ga.",
        "Tbilisi, Georgia") takes that region or country as its own first
        hint. A country name that is also the exact name of a region of a
        hinted country ("Georgia" next to "Alabama") is read as that region
        when nothing else in the document points to the country, and so is
        one that follows a US county ("Hall County, Georgia"). A county whose
        state is known counts as a region of that state. When the document
        names no region, the one region where several of its town names have
        a namesake (:meth:`_shared_region`) serves as the hint instead; and a
        country name that is that region's name ("Georgia" with "Atlanta" and
        "Gainesville") is read as the region even when the main country
        counted it as the country.

        Parameters
        ----------
        items : list of tuple
            ``(entity, text, start, end, how)`` per mention.
        first : dict[str, Place]
            First-pass resolution of each distinct name.
        text : str
            The parsed document's text (for the ", <region>" pattern).
        countries : sequence of str
            The knowledge base's country hints, most likely first.

        Returns
        -------
        resolved : dict[tuple[int, str], Place]
            ``(start, text)`` -> the place resolved in context, for the
            mentions whose resolution changed.
        admin1 : list[str]
            Admin1 codes of the regions the document names (the hints used).
        """
        gaz = self.gazetteer

        def is_region(p: Place) -> bool:
            # a first-level region named exactly, or a county whose state is known
            return (p.feature_code == "ADM1" and p.geonameid is not None and p.score >= 0.95) or (
                p.feature_code == "ADM2" and p.admin1_code is not None)

        # A PERSON entity that may be a place ("Georgia" the woman) is no evidence of a region.
        trusted = {t for ent, t, _s, _e, how in items if how != "mislabelled" or ent.label_ != "PERSON"}
        region_names = {t for t, p in first.items() if is_region(p) and t in trusted}
        # A country name that is also a region of another named region's country.
        shared = self._shared_region(first, trusted)
        reread: dict[str, Place] = {}
        for t, p in first.items():
            if p.feature_code != "PCLI":
                continue
            others = {first[o].country for o in region_names if o != t}
            supported = any(first[o].country == p.country and o != t for o in first)
            if shared is not None and fold(t) in shared[2] and not supported:
                # "Georgia" named with towns that lie together in the US state of Georgia
                others = {shared[1]}
            elif not others or supported or (countries and countries[0] == p.country):
                continue
            alt = gaz.resolve(t, country_hints=sorted(others))
            if alt.feature_code == "ADM1":
                reread[t] = alt.model_copy(update={"reason": f"{alt.reason}; the document names other regions of "
                                                           f"{','.join(sorted(others))}"})
        self._towns_of_counties(first, trusted, reread)
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
        places = {**first, **reread}
        regions = [p for t, p in places.items() if (is_region(p) or t in reread) and t in trusted]
        if regions or reread:
            shared = None
        if not regions and not reread and shared is None:
            return {}, []
        dropped = {first[t].country for t in reread if first[t].country != reread[t].country}
        hints = [c for c in countries if c not in dropped]
        for p in regions:
            if p.country and p.country not in hints:
                hints.append(p.country)
        admin1 = sorted({p.admin1_code for p in regions if p.admin1_code})
        if shared is not None:
            code, country, names = shared
            admin1 = [code]
            hints = [country] + [h for h in hints if h != country]
            shared_why = f"the towns {', '.join(names)} all have a namesake in region {code}"
        out: dict[tuple[int, str], Place] = {}
        cache: dict[tuple, Place] = {}
        by_start = {start: t for _e, t, start, _end, *_ in items}
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
            nxt = comma_next(text, end, by_start)
            if nxt is not None and nxt in places:
                q = places[nxt]
                region = is_region(q) or nxt in reread
                if q.country and (region or q.feature_code == "PCLI"):
                    local_hints = [q.country] + [h for h in hints if h != q.country]
                    local_a1 = [q.admin1_code] if region and q.admin1_code else admin1
                    why = f"followed by ', {nxt}'"
                    context_kind = "followed_by_region"
            key = (t, tuple(local_hints), tuple(local_a1))
            if key not in cache:
                cache[key] = gaz.resolve(t, country_hints=local_hints, admin1_hints=local_a1)
            again = cache[key]
            if (again.geonameid, again.admin1_code) != (p.geonameid, p.admin1_code):
                out[(start, t)] = again.model_copy(update={"reason": f"{again.reason}; in context ({why})",
                                                           "in_context": context_kind})
        return out, admin1

    def _towns_of_counties(self, first: dict[str, Place], trusted: set[str], reread: dict[str, Place]) -> None:
        """Read a town named with its county in that county ("Paris" and "Henry County" -> Paris, Tennessee).

        For every US county the document names (its state known or not) and
        every other name first read as a populated place, a capital or a
        country not otherwise supported by the document's toponyms
        ("Palestine" with "Anderson County", Texas), the ZIP code table
        (:meth:`Gazetteer.town_in_county`) says in which of the states having
        a county of that name the town lies. When exactly one state fits, the
        town becomes that state's populated place of that main name and the
        county that state's county; both are written into ``reread`` (name ->
        place), so their state and country hint the document's other names.

        Parameters
        ----------
        first : dict[str, Place]
            Each distinct name's place from the first pass.
        trusted : set[str]
            The names that may count as evidence (none from a PERSON entity).
        reread : dict[str, Place]
            Name -> new place; updated in place.
        """
        gaz = self.gazetteer
        counties = {t: [c for c in gaz.exact(fold(t)) if c.feature_code == "ADM2" and c.admin1_code]
                    for t, p in first.items() if p.feature_code == "ADM2" and t in trusted}
        for t, p in first.items():
            if t in reread or t not in trusted or p.feature_code not in ("PPL", "PPLC", "PCLI"):
                continue
            if p.feature_code == "PCLI" and any(first[o].country == p.country and o != t for o in first):
                continue  # "Lebanon" next to "Beirut" is the country
            fits = {(county, c.admin1_code) for county, cands in counties.items() for c in cands
                    if (first[county].admin1_code in (None, c.admin1_code)) and gaz.town_in_county(t, county, c.admin1_code)}
            if len({a1 for _c, a1 in fits}) != 1:
                continue
            county, a1 = next(iter(fits))
            towns = [c for c in gaz.exact(fold(t)) if c.match == "name" and c.admin1_code == a1
                     and c.feature_code in ("PPL", "PPLC")]
            if not towns:
                continue
            town = max(towns, key=lambda c: c.population)
            why = f"in context (lies in {county} ({a1}), named in the document, by the ZIP code table)"
            reread[t] = candidate_to_place(town, span=None, reason=f"town of a named county: {town.name} "
                                           f"({town.feature_code}, {town.country}, pop {town.population}); {why}",
                                           score=0.95).model_copy(update={"in_context": "town_of_named_county"})
            reread[county] = gaz.resolve(county, country_hints=["USA"], admin1_hints=[a1]).model_copy(
                update={"reason": f"county of the town {t!r}; in context (the town named in the document lies in it "
                                  f"by the ZIP code table)", "in_context": "county_of_named_town"})

    def _shared_region(self, first: dict[str, Place], trusted: set[str]) -> tuple[str, str, list[str]] | None:
        """The one first-level region where several of the document's town names have a namesake.

        Used when the document names no region: local news often names only
        towns and counties ("Decatur", "Avondale Estates", "DeKalb County"),
        and each alone goes to its biggest namesake. For every distinct name
        first resolved to a populated place or a county, the admin1 regions
        holding a populated place or county of exactly that (main) name are
        collected (a country name that is exactly a region's name, "Georgia",
        counts for that region); the region holding namesakes of the most distinct names
        is the document's focus when it holds at least two and no other
        region holds as many (spatial coherence: the places of one story lie
        together). At least one of those names must already have been read in
        that region's country: "Paris" and "London" both have namesakes in
        Kentucky, but a story naming just those two is about the capitals.

        Parameters
        ----------
        first : dict[str, Place]
            First-pass resolution of each distinct name.
        trusted : set[str]
            Names not taken from PERSON entities.

        Returns
        -------
        tuple[str, str, list[str]] | None
            ``(admin1 code, country alpha-3, names)``, or None when no region
            stands out.
        """
        from dotterel.places.resolve import _clean

        support: dict[str, set[str]] = {}
        country_of: dict[str, str] = {}
        first_country: dict[str, str | None] = {}
        for t, p in first.items():
            if t in trusted and p.feature_code == "PCLI":
                # a country name that is also a region's name ("Georgia") supports that region
                key = fold(_clean(t))
                first_country[key] = p.country
                for c in self.gazetteer.exact(key):
                    if c.match == "name" and c.feature_code == "ADM1" and c.admin1_code and c.country:
                        support.setdefault(c.admin1_code, set()).add(key)
                        country_of[c.admin1_code] = c.country
                continue
            if t not in trusted or p.feature_code not in ("PPL", "PPLC", "ADM2"):
                continue
            if p.geonameid is None and p.feature_code != "ADM2":
                continue
            key = fold(_clean(t))
            first_country[key] = p.country
            for c in self.gazetteer.exact(key):
                if c.match == "name" and c.admin1_code and c.country and c.feature_code in ("PPL", "PPLC", "ADM2"):
                    support.setdefault(c.admin1_code, set()).add(key)
                    country_of[c.admin1_code] = c.country
        if not support:
            return None
        ranked = sorted(support.items(), key=lambda kv: -len(kv[1]))
        code, names = ranked[0]
        if len(names) < 2 or (len(ranked) > 1 and len(ranked[1][1]) == len(names)):
            return None
        if not any(first_country.get(n) == country_of[code] for n in names):
            return None  # "Paris and London" both have namesakes in Kentucky, but neither was read there
        return code, country_of[code], sorted(names)

    def dateline(self, text: str, countries: Sequence[str], *, places: Sequence[PlaceMention] = ()) -> Place | None:
        """The place of the document's dateline ("ALMATY, Kazakhstan (Reuters) -").

        Parameters
        ----------
        text : str
            The original document text.
        countries : sequence of str
            Alpha-3 country hints; a country named in the dateline goes first.
        places : sequence of PlaceMention, keyword-only
            The document's places from :meth:`places`; when one of them is
            the dateline's city and is resolved, its resolution (made in the
            document's context) is used, and so is the in-context resolution
            of the same name elsewhere in the story.

        Returns
        -------
        Place | None
            The resolved city (a country or first-level region named after it,
            "EDMONTON, Ky.", is its first hint), its reason prefixed with "dateline; ", or
            None when there is no dateline or the gazetteer cannot resolve it.
        """
        found = dateline_spans(text, lang=self.lang)
        if found is None:
            return None
        city, region = found
        if self.kb.organisation(city.text) is not None:
            return None  # "NATO - the alliance ..." is no dateline
        same = [m.place for m in places if m.place.span is not None and m.place.span.start == city.start
                and m.place.geonameid is not None and (region is None or m.place.in_context is not None)]
        if not same:
            # the city named again in the story, read there in context ("EDMONTON, Ky" ... "Edmonton")
            same = [m.place for m in places if m.place.span is not None and m.place.geonameid is not None
                    and fold(m.place.span.text) == fold(city.text) and m.place.in_context is not None]
        if same:
            return same[0].model_copy(update={"span": city, "reason": f"dateline; {same[0].reason}"})
        hints = list(countries)
        admin1: list[str] = []
        if region is not None:
            entry = self.kb.country_by_name(region.text)
            if entry is not None:
                hints.insert(0, entry.alpha3)
            else:
                # "EDMONTON, Ky." / "COLUMBIA, Ky.": the region named after the city is its own
                state = self.gazetteer.resolve(region.text)
                if state.feature_code == "ADM1" and state.admin1_code and state.country:
                    hints.insert(0, state.country)
                    admin1 = [state.admin1_code]
        place = self.gazetteer.resolve(city.text.title(), span=city, country_hints=hints, admin1_hints=admin1)
        if place.geonameid is None:
            return None
        return place.model_copy(update={"reason": f"dateline; {place.reason}"})

    def _names_as_place(self, places: Sequence[PlaceMention], country: str,
                        sides: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether the document names ``country``, or a place in it, as a place.

        A name that only modifies a person or group ("U.S. troops", "Japan's
        top police official") gives a nationality, not a place
        (:func:`~dotterel.places.syntax.nationality_modifier`); nor does the
        name of the event's own actor or recipient (``sides``, their spans):
        in "Israel captured the eastern sector" Israel acts, and the text
        does not say the sector is in Israel.
        """
        return any(m.place.country == country and m.place.geonameid is not None
                   and not nationality_modifier(m.token, self.lang)
                   and not any(m.place.span is not None and s <= m.place.span.start and m.place.span.end <= e
                               for s, e in sides) for m in places)

    def _finer_unresolved(self, cands: Sequence[PlaceMention], resolved: Sequence[PlaceMention],
                          in_sent: Sequence[PlaceMention], home: str | None) -> Place | None:
        """A named place the gazetteer lacks, finer than the resolved places beside it ("the village of Idna").

        Only a GPE entity or a name after a place noun ("the hamlet of X") that
        the gazetteer cannot resolve (no demonym, no listed region) counts, and
        only when no resolved candidate is a town or finer, unless a sub-place noun
        names it ("Mogadishu's Yaqshid district", "Buwa village",
        :func:`~dotterel.places.syntax.sub_place`; then also a LOC or FAC entity): the raw name is
        kept, with the country (and first-level region) of the sentence's
        resolved places when they lie in one country, else the document's main
        country.
        """
        named = [p for p in cands if p.place.geonameid is None and p.place.feature_code is None
                 and p.place.span is not None and fold(p.place.span.text) not in self.gazetteer.demonyms
                 and p.place.span.text[:1].isupper() and (p.how == "named" or (p.how == "ner" and (
                     mention_label(p.token.doc, p.start, p.end) == "GPE" or (mention_label(p.token.doc, p.start, p.end) in (
                         "LOC", "FAC") and sub_place(p.token, self.lang)))))]
        if any(PRECISION_RANK.get(p.place.geo_precision, 9) <= PRECISION_RANK["city"] for p in resolved):
            # "Mogadishu's Yaqshid district", "Buwa village": a named part of a town is finer than the town
            named = [p for p in named if sub_place(p.token, self.lang)]
        if not named:
            return None
        p = named[0]
        around = [m.place for m in in_sent if m.place.geonameid is not None and m is not p]
        countries = {q.country for q in around if q.country}
        update: dict = {"country": home}
        why = f"the document's main country {home}" if home else "no country"
        if len(countries) == 1:
            inner = min(around, key=lambda q: PRECISION_RANK.get(q.geo_precision, 9))
            update = {"country": inner.country}
            why = f"{inner.name} ({inner.country}) named beside it"
            if inner.geo_precision in ("city", "region"):
                update.update(admin1=inner.admin1, admin1_code=inner.admin1_code)
        return p.place.model_copy(update={**update, "reason": f"named place the gazetteer lacks, finer than the "
                                          f"places beside it; kept as written, its country from {why}"})

    def locate(
        self,
        ctx: DocContext,
        slot: SentenceSlots,
        event_type: str,
        mention: CandidateTokens,
        claim: Claim,
        actor: Actor | None,
        recipient: Actor | None,
    ) -> tuple[Place | None, list[Place]]:
        """Pick the location of one event (rules in the module docstring).

        Parameters
        ----------
        ctx : DocContext
            Reads the document's places (``ctx.places``, from :meth:`places`),
            its dateline (``ctx.dateline``, from :meth:`dateline`), its
            paragraphs and its main country (``ctx.home``, the last fallback).
        slot : SentenceSlots
            The event's sentence and paragraph.
        event_type : str
            PLOVER event type; only types on the ground fall back
            beyond a place attached to the trigger.
        mention : CandidateTokens
            The event's trigger and head tokens.
        claim : Claim
            Places inside the claimant's phrase are not candidates.
        actor, recipient : Actor | None
            Places inside their spans are not candidates.

        Returns
        -------
        location : Place | None
            The chosen place; ``rule`` names the rule that chose it
            (:data:`~dotterel.records.PlaceRule`) and ``reason`` says why in words.
        sent_places : list[Place]
            Every place named in the sentence.
        """
        sent, para, places, dateline, paras, home = slot.span, slot.paragraph, ctx.places, ctx.dateline, ctx.paragraphs, ctx.home
        # a toponym inside an organisation's name says where the organisation is, not the event; "from" where people come
        places = [p for p in places if p.how not in ("name_part", "demonym") and not name_of(p.token, self.lang)
                  and not origin(p.token, mention.head, mention.trigger)]
        in_sent = [p for p in places if sent.start_char <= p.start < sent.end_char]
        # a mission's destination ("landed in Kazakhstan") is its recipient and its place alike
        excluded_spans = {(a.span.start, a.span.end) for a in (actor, recipient)
                          if a is not None and a.span is not None and a.how != "destination"}
        claimant_head = claim.claimant_head
        claimant_toks = set()
        if claimant_head is not None:
            claimant_toks = {t.i for t in claimant_head.subtree}
        usable = []
        for p in in_sent:
            if p.place.span is not None and any(
                s <= p.place.span.start and p.place.span.end <= e for s, e in excluded_spans
            ):
                continue
            if p.token.i in claimant_toks:
                continue
            usable.append(p)
        sent_places = [p.place for p in in_sent]
        attached = [p for p in usable if attached_to_trigger(p.token, mention.head, mention.trigger, self.lang)]
        # "Almaty, which saw its demonstrations turn into riots": the place the clause is about
        host = relative_clause_host(mention.head)
        if host is not None:
            attached += [p for p in usable if p.token == host and p not in attached]
        resolved = [p for p in attached if p.place.geonameid is not None]
        finer = self._finer_unresolved(attached, resolved, in_sent, home)
        if finer is not None:
            return finer.model_copy(update={"rule": "attached"}), sent_places
        if resolved:
            best = min(resolved, key=lambda p: PRECISION_RANK.get(p.place.geo_precision, 9))
            return best.place.model_copy(update={"reason": f"attached to the trigger; {best.place.reason}",
                                                 "rule": "attached"}), sent_places
        # "Oklahoma lawmakers passed a resolution": a state or town's own government acts at its seat
        for p in in_sent if actor is not None and actor.sector in ("GOV", "LEG") and actor.span is not None else ():
            if p.place.geo_precision in ("region", "city") and p.token.dep_ in ("compound", "poss") and (
                    actor.span.start <= p.place.span.start < actor.span.end) and actor.span.text != p.place.span.text:
                return p.place.model_copy(update={"rule": "sentence", "reason": (
                    f"the acting government's own {p.place.geo_precision}; {p.place.reason}")}), sent_places
        if not self.ontology.on_the_ground(event_type) and not at_setting(mention.head, mention.trigger, self.lang):
            return None, sent_places
        # "a U.S. airstrike", "Germany's Luftwaffe": a country modifying a person, group or thing says whose
        usable = [p for p in usable if not (p.place.geo_precision in ("country", "continent")
                                            and nationality_modifier(p.token, self.lang))]
        in_clause = [p for p in usable if not in_modifier_clause(p.token, mention.head, self.lang)
                     and not other_clause(p.token, mention.head)]
        free = [p for p in in_clause if p.place.geonameid is not None]
        finer = self._finer_unresolved(in_clause, free, in_sent, home)
        if finer is not None:
            return finer.model_copy(update={"rule": "sentence"}), sent_places
        if free:
            best = min(free, key=lambda p: PRECISION_RANK.get(p.place.geo_precision, 9))
            finer_dateline = (
                dateline is not None
                and best.place.geo_precision in ("country", "continent")
                and dateline.country == best.place.country
            )
            if not finer_dateline:
                return best.place.model_copy(update={"reason": f"named in the event's sentence; {best.place.reason}",
                                                     "rule": "sentence"}), sent_places
        ps, pe = paras[para] if para < len(paras) else (0, 0)
        # (a gazetteer-only name needs a preposition: "20,000 (Almaty)" in a list of figures places nothing)
        earlier = [p for p in places if ps <= p.start < mention.head.sent.start_char and p.place.geonameid is not None
                   and p.place.geo_precision in ("city", "region", "country")
                   and (p.how != "gazetteer" or (p.token.dep_ == "pobj"
                                                 and p.token.head.lower_ in self.lang.locative_prepositions))]
        sides = [a for a in (actor, recipient) if a is not None]
        if dateline is not None:
            # Where a story was filed is not where its events happened when the story is about another country
            # ("WASHINGTON -" over deaths in Kazakhstan): a place of that country named earlier in the
            # paragraph, or that country itself when the event's parties all belong to it, wins.
            elsewhere = home is not None and dateline.country != home
            # (a town or region: a bare country name may be the one that made `home` wrong,
            # "Hall County, Georgia" read as the country Georgia)
            abroad = [p for p in earlier
                      if elsewhere and p.place.country == home and p.place.geo_precision in ("city", "region")]
            if abroad:
                p = abroad[-1]
                return p.place.model_copy(update={
                    "rule": "paragraph",
                    "reason": f"named earlier in the paragraph, in the story's country {home}, not the dateline's "
                              f"{dateline.country}; {p.place.reason}"}), sent_places
            # (a party whose country is only the story's main country by default proves nothing)
            parties = all(a.country in (home, None) for a in sides) and any(
                a.country == home and a.how != "role_home_country" for a in sides)
            # "GENEVA - ... killings in Egypt": the dateline is where the report was filed
            if elsewhere and (parties or self._names_as_place(places, home)):
                try:
                    country = self.gazetteer.country(home)
                except KeyError:
                    return dateline.model_copy(update={"rule": "dateline"}), sent_places
                why = (f"the parties belong to the story's country {home}" if parties
                       else f"the story is about {home}, which it names as a place")
                return country.model_copy(update={
                    "rule": "country",
                    "reason": f"{why}, not the dateline's {dateline.country} (where the report was filed)"}), sent_places
            return dateline.model_copy(update={"rule": "dateline"}), sent_places
        if attached:
            return attached[0].place.model_copy(update={"rule": "attached"}), sent_places
        # a town or region in a modifier clause of the event's sentence (not a coordinated clause's, not a subject)
        inner = [p for p in usable if p.place.geonameid is not None and p not in in_clause
                 and p.place.geo_precision in ("city", "region") and p.token.dep_ not in ("nsubj", "nsubjpass")
                 and not other_clause(p.token, mention.head)]
        if inner:
            best = min(inner, key=lambda p: PRECISION_RANK.get(p.place.geo_precision, 9))
            return best.place.model_copy(update={
                "reason": f"named in a clause of the event's sentence; {best.place.reason}", "rule": "sentence"}), sent_places
        if earlier:
            p = earlier[-1]
            return p.place.model_copy(update={"span": p.place.span, "rule": "paragraph",
                                              "reason": f"named earlier in the paragraph; {p.place.reason}"}), sent_places
        if home is not None and (not sides or any(a.country == home for a in sides)) \
                and self._names_as_place(places, home, sorted(excluded_spans)):
            # only when the parties belong to it (a vigil by "students at Columbia University" in a Belarus
            # story is not in Belarus) and the text names it as a place (not only as in "U.S. troops")
            try:
                country = self.gazetteer.country(home)
            except KeyError:
                return None, sent_places
            return country.model_copy(update={"rule": "country",
                                              "reason": f"no place in the paragraph; the document's main country {home}"}), sent_places
        return None, sent_places
