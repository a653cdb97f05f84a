"""Where an event happened: the place chosen for each coded event.

The document's places are found and resolved in context by
:class:`~dotterel.places.mentions.DocumentPlaces` (NER, syntax, mislabelled
entities and gazetteer names the NER missed; "the city of Daraa" is the
town, not the governorate); :class:`EventLocator` adds the dateline and the
choice. A toponym inside an organisation's name is a place of the text but
never an event's. :meth:`EventLocator.locate` picks one per event; the
first rule that applies wins:

1. a place attached to the trigger through prepositions and nouns only
   (also a name modifying a setting or building noun, "in Brussels streets",
   "outside Kenya's parliament", "stormed Kyrgyzstan's parliament"; "for" only after
   a fight noun, "killed in the battle for Kobani"), or the noun
   a relative clause holding the trigger modifies: the most precise resolved
   one, or a named place the gazetteer lacks ("the village of X") when the
   resolved ones are no finer than a region; a place named only as a
   reference point ("100 km east of Kabul") counts only when no other does,
   and a named place the chosen one only locates wins over it ("in Mayadeen
   in the province of Deir Ezzor", "in Dura, south of Baghdad", "the
   al-Tarikh area of Jiddah"); a named part of a town after a sub-place noun
   ("in the Kafr Sousah area", "attacked Bama Town") when no resolved place
   is finer than a town; with none, the large town or region that opens the
   name of a setting ("at Istanbul University", "in Rakhine State"). A
   recipient country on a ground preposition is a candidate ("fired rockets
   into northern Israel"), and so is a country owning a part of its land ("in
   Ivory Coast's cocoa belt") or the ground below an air attack ("airstrikes
   over Idlib"); with nothing attached, a verb telling the same act with no
   subject of its own lends its place ("killed three men and raped ten women
   in Darfur", "shot down an airliner over the Gulf, killing 290"); a place
   in the subject's phrase gives way to a resolved place of the verb's own
   locative phrase that the sentence vouches for, unless it lies inside it
   ("policemen in Peshawar were killed in Quetta", but "protesters in Lagos
   clashed with police in Nigeria", "miners in Kolwezi were shot by soldiers
   from Kinshasa");
2. a region or town naming the acting government or legislature ("Oklahoma
   lawmakers"): where it sits; then event types not on the ground (unless
   the verb takes a setting noun, "pull back from the square") (the type's ``profile.on_the_ground`` in
   ``data/plover.json``) stop here with no location;
3. the same, for the places elsewhere in the sentence, outside modifier
   clauses, phrases that date the event by another ("since the launch of the
   Mosul operation"), objects of prepositions that relate rather than locate ("the
   blockade against Cuba", "the border with Israel", "fleeing to Lebanon", a
   person's home town "of Tucson"; not where the actors went before they
   acted, "advanced to Mosul and clashed") and the actor, recipient and claimant phrases (not a country or
   continent when the dateline is in it, or that only modifies a person,
   group or thing, "a U.S. airstrike", or that is another verb's subject, "as
   the United States weighed plans"; the event's own phrase, which the parser
   may hang on its claimant, "accused by villagers of beating a youth in X",
   stays the event's; for every rule, a place a protest is about is none,
   "walked out to protest the war in Gaza", :func:`~dotterel.places.scene.protest_topic`, and
   so is the side "fans of Chelsea" follow, :func:`~dotterel.places.scene.followed_side`); places of the event's own clause
   before those of clauses within it ("..., while leaders flew to Paris");
   a named part of a town ("Mogadishu's Yaqshid district", "at a truck in
   Chitaun district") beats the town;
4. the dateline, which is where the report was filed (never a candidate of
   rules 1-3, even when the parser hangs it on the trigger, "(Nairobi, March
   8) - Police fired at protesters in Kisumu"): over a dateline abroad,
   a place of the document's main country named earlier in the paragraph wins,
   or that country itself when the event's parties belong to it or the story
   names it as a place ("GENEVA - ... killings in Egypt"); an attached but
   unresolved place; a town or region in a modifier clause of the event's
   sentence ("... by gunmen who came from the hills near Bunia"); the last
   city, region or country named earlier in the
   paragraph; the document's main country, when the text names it as a place
   (not only as a nationality, "U.S. troops"; nor by a name in the event's
   sentence that relates or acts, or lies in a relative clause or a clause
   coordinated with the event's, "demanded autonomy for Tibet, annexed by
   China"; a name in the clause that reports the event still counts,
   "Protesters blocked roads, officials in Lima said").

Spans are 0-based, end-exclusive code-point offsets into the original text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dotterel.annotate import entities
from dotterel.places._fold import fold
from dotterel.places.containers import finer_in_country, own_phrase_first, without_owners
from dotterel.places.dateline import colon_form, dateline_spans
from dotterel.places.mentions import DocumentPlaces, PlaceMention
from dotterel.places.namesakes import foreign_namesakes
from dotterel.places.recall import SMALL_TOWN
from dotterel.places.scene import (acting, aim_verbs, aimed_ground, followed_side, ground_of_recipient, in_own_phrase,
                                   in_subject, not_the_scene, protest_topic, shared_ground, side_fought_for, subject_elsewhere)
from dotterel.places.syntax import attached as attached_to_trigger, in_modifier_clause
from dotterel.places.syntax import mention_label, nationality_modifier, other_clause
from dotterel.places.syntax import at_setting, located_host, name_of, origin, reference_point, relative_clause_host
from dotterel.places.syntax import (named_sub_place, own_clause, person_object, relational_object, sub_place,
                                    time_anchored)
from dotterel.places.syntax import named_setting, part_of_land
from dotterel.places.toponyms import BIG_CITY, PROMINENT_CITY, candidate_to_place, region_beside
from dotterel.records import ACTING_ABROAD_SECTORS, Place
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


class EventLocator(DocumentPlaces):
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
        super().__init__(gazetteer, kb, lang=lang)
        self.ontology = ontology
        self._calendar = frozenset({*lang.month_names, *(w.lower() for w in lang.weekdays), *(
            w for h in (*lang.holidays_fixed, *lang.holidays_movable) for w in h.lower().split())})

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
        if colon_form(text, city) and not self._sure_colon_city(place, hints):
            return None  # "UPDATE: ...": a heading in capitals before a colon is no city
        return place.model_copy(update={"reason": f"dateline; {place.reason}"})

    def _sure_colon_city(self, place: Place, countries: Sequence[str]) -> bool:
        """Whether a city in capitals before a colon ("BEIRUT: ...") is a dateline's city.

        Any heading in capitals has the shape ("UPDATE:", and a heading that
        is an English word and a town's name too: "MOBILE:", "READING:",
        "SURPRISE:", "DEAL:"), so the name must be a town's or a region's exact
        name (score >= 0.95) of a capital or of a city of at least
        :data:`~dotterel.places.toponyms.PROMINENT_CITY` people (the Daily
        Star's and South Asian papers' datelines: "BEIRUT:", "KARACHI:",
        "CHENNAI:"), or of a town of at least
        :data:`~dotterel.places.recall.SMALL_TOWN` people in a country the
        document names.
        """
        if place.score < 0.95 or place.feature_code not in ("PPL", "PPLC", "ADM1"):
            return False
        entry = self.gazetteer.by_geonameid(place.geonameid)
        size = entry.population if entry is not None else 0
        return place.feature_code == "PPLC" or size >= PROMINENT_CITY or (
            place.country in countries and size >= SMALL_TOWN)

    def _names_as_place(self, places: Sequence[PlaceMention], country: str,
                        sides: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether the document names ``country``, or a place in it, as a place.

        A name that only modifies a person or group ("U.S. troops", "Japan's
        top police official") gives a nationality, not a place
        (:func:`~dotterel.places.syntax.nationality_modifier`); nor does one
        that only relates ("the border with Israel", "fleeing to Lebanon",
        :func:`~dotterel.places.syntax.relational_object`); nor does the
        name of the event's own actor or recipient (``sides``, their spans):
        in "Israel captured the eastern sector" Israel acts, and the text
        does not say the sector is in Israel.
        """
        return any(m.place.country == country and m.place.geonameid is not None
                   and not nationality_modifier(m.token, self.lang) and not relational_object(m.token, self.lang)
                   and not any(m.place.span is not None and s <= m.place.span.start and m.place.span.end <= e
                               for s, e in sides) for m in places)

    def _finer_unresolved(self, cands: Sequence[PlaceMention], resolved: Sequence[PlaceMention],
                          in_sent: Sequence[PlaceMention], home: str | None, filed: str | None = None) -> Place | None:
        """A named place the gazetteer lacks, finer than the resolved places beside it ("the village of Idna").

        Only a GPE entity or a name after a place noun ("the hamlet of X") that
        the gazetteer cannot resolve (no demonym, no listed region) counts, and
        only when no resolved candidate is a town or finer, unless a sub-place noun
        names it ("Mogadishu's Yaqshid district", "Buwa village",
        :func:`~dotterel.places.syntax.sub_place`; then also a LOC or FAC entity): the raw name is
        kept, with the country (and first-level region) of the sentence's
        resolved places when they lie in one country, else the document's main
        country, else the country of a wire dateline (``filed``: "BUKAVU - The
        town of Kamanyola was attacked", as the actors take it; not a press
        release's office, whose city is no candidate beside it either). Not the bare direct object of a verb taking a person
        (``lang.person_object_verbs``: "Turkey captured Ocalan in Kenya").
        """
        # (a mention found by the gazetteer or as a mislabelled entity is unresolved here only as a foreign
        # namesake of a named part, namesakes.foreign_namesakes)
        named = [p for p in cands if p.place.geonameid is None and p.place.feature_code is None
                 and p.place.span is not None and fold(p.place.span.text) not in self.gazetteer.demonyms
                 and p.place.span.text[:1].isupper() and (p.how in ("named", "gazetteer", "mislabelled", "syntax") or (
                     p.how == "ner" and (
                     mention_label(p.token.doc, p.start, p.end) == "GPE" or (mention_label(p.token.doc, p.start, p.end) in (
                         "LOC", "FAC") and (sub_place(p.token, self.lang) or part_of_land(p.token, self.lang))))))]
        # "Turkey captured Ocalan in Kenya", "gunmen shot Oudeh": a name the gazetteer lacks that is the bare
        # object of a verb taking a person is the victim or captive (``lang.person_object_verbs``)
        named = [p for p in named if not person_object(p.token, self.lang)]
        if any(PRECISION_RANK.get(p.place.geo_precision, 9) <= PRECISION_RANK["city"] for p in resolved):
            # "Mogadishu's Yaqshid district", "Buwa village": a named part of a town is finer than the town
            named = [p for p in named if sub_place(p.token, self.lang)]
        if not named:
            return None
        p = named[0]
        around = [m.place for m in in_sent if m.place.geonameid is not None and m is not p]
        countries = {q.country for q in around if q.country}
        update: dict = {"country": home or filed}
        why = f"the document's main country {home}" if home else (
            f"the dateline's country {filed}" if filed else "no country")
        if len(countries) == 1:
            inner = min(around, key=lambda q: PRECISION_RANK.get(q.geo_precision, 9))
            update = {"country": inner.country, **region_beside(around)}
            why = f"{inner.name} ({inner.country}) named beside it"
        return p.place.model_copy(update={**update, "reason": f"named place the gazetteer lacks, finer than the "
                                          f"places beside it; kept as written, its country from {why}"})

    def _host_of(self, best: PlaceMention, ctx: DocContext, mention: CandidateTokens, *,
                 anywhere: bool = False, in_sent: Sequence[PlaceMention] = ()) -> Place | None:
        """The named place ``best`` only locates, when the event is there ("in Mayadeen in ... Deir Ezzor").

        :func:`~dotterel.places.syntax.located_host` finds the name. A name the
        document resolves already is left to the precision rule; an
        organisation, person, people or country name is no host. The name is
        looked up in ``best``'s country and taken when it resolves there no
        coarser than ``best``; else it is kept as written with ``best``'s
        country (and first-level region, when ``best`` is a town or region).
        With ``anywhere``, ``best`` is named only as a reference point ("Kakata,
        60 kilometers northeast of Monrovia"): the name it locates need not
        hang from the trigger, and when the document resolves it, that
        resolution is taken (the sentence's reading first, ``in_sent``:
        :func:`~dotterel.places.namesakes.foreign_namesakes` may rewrite it).
        """
        found = located_host(best.token, mention.head, mention.trigger, self.lang, anywhere=anywhere)
        if found is None:
            return None
        start, end, host = found
        doc = best.token.doc
        cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        same = [m for m in in_sent if m.start < ce and cs < m.end] or [
            m for m in ctx.places if m.start < ce and cs < m.end]
        if host.text[:1].isupper() and host.lemma_.lower() in self.lang.site_nouns:
            return self._institution_town(best, same, doc[start:end].text, anywhere=anywhere)
        if anywhere and same and same[0].place.geonameid is not None:
            return same[0].place.model_copy(update={"reason": (
                f"the place {best.place.name} locates (a reference point); {same[0].place.reason}")})
        if any(m.place.geonameid is not None for m in same):
            return None
        text = doc.text[cs:ce]
        if not self._may_be_place(text, doc, cs, ce):
            return None
        span = ctx.span(cs, ce)
        rank = PRECISION_RANK.get(best.place.geo_precision, 9)
        hints = [best.place.country] if best.place.country else []
        place = self.gazetteer.resolve(text, span=span, country_hints=hints)
        why = f"the place {best.place.name} locates (a container or reference point)"
        if place.geonameid is not None and place.country == best.place.country and \
                PRECISION_RANK.get(place.geo_precision, 9) <= rank:
            return place.model_copy(update={"reason": f"{why}; {place.reason}"})
        update: dict = {"country": best.place.country}
        if best.place.geo_precision in ("city", "region"):
            update.update(admin1=best.place.admin1, admin1_code=best.place.admin1_code)
        # (a name the gazetteer holds only elsewhere, "Dura" south of Baghdad, is kept as written too)
        return Place(span=span, name=span.text, **update, reason=(
            f"{why}; named place the gazetteer lacks here, kept as written, its country from {best.place.name}"))

    def _institution_town(self, best: PlaceMention, same: Sequence[PlaceMention], name: str, *,
                          anywhere: bool) -> Place | None:
        """The town an institution ``best`` locates stands in ("Middletown High School in Ohio", "Columbia University in New York").

        An institution or building (``lang.site_nouns``) is no
        GeoNames place, so it is no finer location kept as written: the town
        opening its name (a ``name_part`` mention, :mod:`dotterel.places.name_parts`)
        when it lies in ``best`` (same country, and first-level region when
        ``best`` is a region) and has :data:`~dotterel.places.recall.SMALL_TOWN`
        people, else ``best`` itself, the institution named in the reason; as
        a reference point only (``anywhere``), only the town opening its name.
        A smaller town of the name is no evidence: sites are mostly named after
        people whose names small towns share ("Jefferson High School in Ohio":
        Ohio holds four Jeffersons of 2 000 to 7 000 people), so the region
        stays (review rev23e, sites named after people). ACLED codebook 2023:
        the location is a named populated place; the site belongs in the notes.
        """
        b = best.place
        for m in same:
            p = m.place
            if m.how == "name_part" and p.geonameid is not None and p.country == b.country and p.geo_precision == "city" \
                    and PRECISION_RANK.get(b.geo_precision, 9) > PRECISION_RANK["city"] and (
                    b.geo_precision != "region" or p.admin1 == b.admin1) and (
                    (entry := self.gazetteer.by_geonameid(p.geonameid)) is not None and entry.population >= SMALL_TOWN):
                return p.model_copy(update={"reason": f"the town opening the name of {name}, in {b.name}; {p.reason}"})
        if anywhere:
            return None
        return b.model_copy(update={"reason": f"{name} (an institution, no place of the gazetteer) stands in "
                                              f"{b.name}; {b.reason}"})

    def _own_clause_places(self, usable: Sequence[PlaceMention], mention: CandidateTokens) -> list[PlaceMention]:
        """The resolved places of the event's own clause that say where.

        Not a reference point, relation or time anchor, nor a name on a part
        of a land ("Nigeria's Niger Delta" is no Niger State), nor a name that
        only says whose or which ("supporters of the Karachi mayor", "fans of
        the Lagos club": :func:`~dotterel.places.syntax.nationality_modifier`).
        """
        head = mention.head
        return [p for p in usable if p.place.geonameid is not None and own_clause(p.token, head)
                and not part_of_land(p.token, self.lang) and not nationality_modifier(p.token, self.lang)
                and not in_modifier_clause(p.token, head, self.lang) and not other_clause(p.token, head)
                and not reference_point(p.token, self.lang) and not time_anchored(p.token, head, self.lang)
                and not relational_object(p.token, self.lang, head=head)]

    def _hosted(self, best: PlaceMention, ctx: DocContext, mention: CandidateTokens, *,
                reference_only: bool = False, in_sent: Sequence[PlaceMention] = ()) -> Place | None:
        """The named place ``best`` locates (:meth:`_host_of`), anywhere in the sentence when ``best`` is only a reference point.

        A place named only as a reference point ("Numaniyah, southeast of
        Baghdad"; :func:`~dotterel.places.syntax.reference_point`) is never
        itself where the event was: the report names it for the small place
        that was. With ``reference_only``, only that reading is tried.
        """
        hosted = None if reference_only else self._host_of(best, ctx, mention, in_sent=in_sent)
        if hosted is None and reference_point(best.token, self.lang):
            hosted = self._host_of(best, ctx, mention, anywhere=True, in_sent=in_sent)
        return hosted

    def _sub_place(self, mention: CandidateTokens, ctx: DocContext, in_sent: Sequence[PlaceMention],
                   home: str | None, *, in_clause: bool = False) -> Place | None:
        """A named part of a town the trigger is attached to that no mention holds ("killed in the Kafr Sousah area").

        (:func:`~dotterel.places.syntax.named_sub_place`.) Kept as written,
        with the country of the sentence's resolved places when they lie in
        one, else the document's main country; not a name the knowledge base
        or gazetteer reads as an organisation, person or people.
        """
        found = named_sub_place(mention.head, mention.trigger, self.lang, in_clause=in_clause)
        if found is None:
            return None
        doc = mention.head.doc
        cs, ce = doc[found[0]].idx, doc[found[1] - 1].idx + len(doc[found[1] - 1].text)
        if any(m.start < ce and cs < m.end for m in ctx.places):
            return None  # a mention holds it: the rules above read it
        text = doc.text[cs:ce]
        if not self._may_be_place(text, doc, cs, ce):
            return None
        around = [m.place for m in in_sent if m.place.geonameid is not None and m.place.country]
        countries = {q.country for q in around}
        country = next(iter(countries)) if len(countries) == 1 else home
        span = ctx.span(cs, ce)
        region = region_beside(around) if len(countries) == 1 else {}
        return Place(span=span, name=span.text, country=country, **region, reason=(
            f"named part of a town after a sub-place noun, attached to the trigger; kept as written, its country "
            f"from {'the places beside it' if len(countries) == 1 else 'the document'}"))

    def _named_setting(self, mention: CandidateTokens, ctx: DocContext, home: str | None) -> Place | None:
        """The town or region opening the name of a setting the event is at ("at Istanbul University", "in Rakhine State").

        :func:`~dotterel.places.syntax.named_setting` finds the name and the
        words that may be a place; no mention may hold them (the NER often
        reads "Rakhine State" as a person, "Istanbul University" as an
        organisation, and a town inside an organisation's name is no toponym
        of the text). The words must resolve exactly to a first-level region,
        or to a capital or a city of at least 100,000 people
        (:data:`~dotterel.places.toponyms.BIG_CITY`), in the document's main
        country or a country the sentence names (its demonyms count, "Turkish
        police"); with neither, only a city of a million
        (:data:`~dotterel.places.toponyms.PROMINENT_CITY`) or a region that is
        the gazetteer's only place of that name ("Rakhine"). "Georgetown
        University" in a US story is not Georgetown, Guyana; "Harvard
        University" is no village in Illinois. After a region word, also in
        lower case ("in Enugu state"), the name is looked up with it, so it is
        the region, and only regions of that name are its rivals. A court sits
        in the town it is named after ("outside the Lahore High Court"), unless
        the town's country has a region of the name, the court's jurisdiction
        ("the New York Supreme Court", ``lang.jurisdiction_setting_nouns``);
        the
        rule reads only a setting the event is at, so "the Islamabad High
        Court granted bail" places nothing. The event is at the setting, so
        in the town or region its name opens (ACLED codebook 2023: the
        location is the most specific named place).
        """
        found = named_setting(mention.head, mention.trigger, self.lang)
        if found is None:
            return None
        doc = mention.head.doc
        sent = mention.head.sent
        countries = {m.place.country for m in ctx.places if m.place.country
                     and sent.start_char <= m.start < sent.end_char} | ({home} if home else set())
        for start, end, setting_end in found:
            cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            if any(m.start < ce and cs < m.end and m.how != "name_part" for m in ctx.places):
                return None  # a mention holds it: the rules above read it (not one read off this very name)
            text = doc.text[cs:ce]
            if not self._may_be_place(text):
                continue
            span = ctx.span(cs, ce)
            # "in Enugu state", "Kano State": with its region word the name is the region, not its namesake capital
            region = end == setting_end - 1 and doc[end].lower_ in self.lang.region_words
            place = self.gazetteer.resolve(f"{text} {doc[end].lower_}" if region else text, span=span,
                                           country_hints=sorted(countries))
            cands = self.gazetteer.lookup(text)
            if not region and doc[setting_end - 1].lemma_.lower() in self.lang.jurisdiction_setting_nouns:
                # "the New York Supreme Court", "the Delhi High Court": a court is named after the region it
                # serves when the town's country has a region of that name (the town is then no rival)
                state = next((c for c in cands if c.feature_code == "ADM1" and c.country == place.country
                              and c.score >= 1.0 and c.match != "fuzzy"), None)
                if state is not None:
                    region = True
                    place = candidate_to_place(state, span=span, reason=f"the region of the court's name ({state.name})")
            # (an exact name or alias: no fuzzy match, "Stanford" is no Stanford-le-Hope)
            same = [c for c in cands if c.geonameid == place.geonameid and c.score >= 1.0 and c.match != "fuzzy"]
            if place.geonameid is None or not same:
                continue
            size = max((c.population or 0 for c in same), default=0)
            if place.feature_code == "ADM1":
                # a region: in a country the text names, or the only place of that name
                # (after a region word, the only region of that name: Enugu the city is no rival)
                if place.country not in countries and len([c for c in cands if not region or c.feature_code == "ADM1"]) > 1:
                    continue
            elif place.geo_precision != "city" or not (size >= BIG_CITY or (place.feature_code or "").startswith(
                    "PPLC")) or (place.country not in countries and size < PROMINENT_CITY):
                continue
            return place.model_copy(update={"reason": (
                f"opens the name of the setting the event is at ({doc[found[-1][0]:found[-1][2]].text}); "
                f"{place.reason}")})
        return None

    def _may_be_place(self, text: str, doc=None, start: int = 0, end: int = 0) -> bool:
        """Whether a name read by syntax alone may be a place: no organisation, person, country, people or role abbreviation.

        An organisation entity the knowledge base knows inside it (``doc``'s
        characters ``start:end``, "the United Nations International
        Conference") also rules it out, and so does a date entity there that
        holds a word of the profile's calendar: a month, a weekday or a word
        of a holiday's name ("on Christmas Eve in Lagos", "on Boxing Day in
        Nairobi"). The model's other date guesses are no veto ("Mayadeen" is
        tagged DATE).
        """
        if doc is not None and any((e.label_ == "ORG" and self.kb.organisation(e.text) is not None)
                                   or (e.label_ in ("DATE", "TIME") and any(t.lower_ in self._calendar for t in e))
                                   for e in entities(doc) if e.start_char < end and start < e.end_char):
            return False
        return not (self.kb.organisation(text) is not None or self.kb.person(text) is not None
                    or self.kb.country_by_name(text) is not None or self.kb.country_by_demonym(text) is not None
                    or fold(text) in self.gazetteer.demonyms
                    # "stones were pelted at the SHO in Kanpur", "attacked the CRPF camp": an officer or a force
                    # named by its abbreviation (also in a lower-case line, which dotterel.casing sets in capitals)
                    or self.kb.role_abbreviation(text) is not None)

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
        if home is not None and home not in ctx.countries:
            home = None  # named only as a sponsor ("Rwanda-backed rebels": mentions.Locator.document_countries)
        if ctx.actors_memory is not None and ctx.actors_memory.filed_at_an_office:
            # "(Bangkok, ...) - Soldiers burned homes in the village of X": an office's city is no main country of
            # the events, as the actors read it (actors.home.v1, AP Stylebook "datelines")
            home = ctx.actors_memory.main_country
        # a toponym inside an organisation's name says where the organisation is, not the event; "from" where people come
        places = [p for p in places if p.how not in ("name_part", "demonym", "based") and not name_of(p.token, self.lang)
                  and not origin(p.token, mention.head, mention.trigger)]
        in_sent = foreign_namesakes([p for p in places if sent.start_char <= p.start < sent.end_char], self.lang,
                                    self.gazetteer)
        # a mission's destination ("landed in Kazakhstan") is its recipient and its place alike
        excluded_spans = {(a.span.start, a.span.end) for a in (actor, recipient)
                          if a is not None and a.span is not None and a.how != "destination"}
        claimant_head = claim.claimant_head
        claimant_toks = set()
        if claimant_head is not None:
            # ("were accused by villagers of torturing a youth in Tirunelveli": the parser hangs the event on the
            # claimant; its own phrase is no part of the claimant's, but "clashed ..., according to witnesses in
            # Kisumu" hangs the claimant on the event, and the claimant's town stays out)
            claimant_toks = {t.i for t in claimant_head.subtree}
            if mention.head.i in claimant_toks and mention.head != claimant_head:
                claimant_toks -= {t.i for t in mention.head.subtree}
        # "(Nairobi, March 8, 2024) - Police fired ... in Kisumu": the parser may hang the dateline's city on the
        # trigger, but it names where the report was filed, the fallback of rule 4 (AP Stylebook "datelines")
        filed = ctx.actors_memory.filed if ctx.actors_memory is not None else None
        usable = []
        for p in in_sent:
            if filed is not None and filed[0] <= p.start < filed[1]:
                continue
            if p.place.span is not None and any(
                s <= p.place.span.start and p.place.span.end <= e for s, e in excluded_spans
            ) and not ground_of_recipient(p, recipient, mention, self.lang):
                continue
            if p.token.i in claimant_toks or followed_side(p.token, self.lang):
                continue  # ("fans of Chelsea clashed with police in London": the side followed, not the ground)
            usable.append(p)
        sent_places = [p.place for p in in_sent]
        # (a wire dateline's country for a name kept as written, when nothing else gives one; not an office's city)
        beside = [p for p in in_sent if filed is None or not filed[0] <= p.start < filed[1]]
        filed_in = dateline.country if dateline is not None and not ctx.actors_memory.filed_at_an_office else None
        # "walked out of the Capitol to protest the war in Gaza": where the issue is, not where the protest was
        topics = [p for p in usable if event_type == "PROTEST" and protest_topic(p.token, mention.head, self.lang)]
        # "protested outside the U.S. embassy": a country naming a diplomatic mission says whose, not where
        usable = [p for p in usable if not (p.place.geo_precision in ("country", "continent")
                                            and p.token.head.lemma_.lower() in self.lang.mission_nouns
                                            and nationality_modifier(p.token, self.lang))]
        # "fought for Britain in the Falklands": a country a fight is for is the side, not the ground (a town is)
        attached = [p for p in usable if attached_to_trigger(p.token, mention.head, mention.trigger, self.lang)
                    and not side_fought_for(p, self.lang) and p not in topics]
        # "Almaty, which saw its demonstrations turn into riots": the place the clause is about
        host = relative_clause_host(mention.head)
        if host is not None:
            attached += [p for p in usable if p.token == host and p not in attached]
        if not attached:
            # "shot down an airliner over the Gulf, killing 290", "killed three men and raped ten women in Darfur"
            attached = [p for p in usable if shared_ground(p.token, mention.head, self.lang) and p not in topics]
        # "launched an offensive in northern Idlib, targeting the town of Saraqib": where the same act was aimed
        # (only an assault's: "rallied in Nairobi, attacking the government's record in Kisumu" is speech, and
        # "arrested activists in Istanbul, targeting a network active in Izmir" says where the network is; the
        # assembler folds the participle into an assault only, events.assemble.Assembler._aimed)
        aims = aim_verbs(mention.head, mention.trigger, self.lang) if event_type == "ASSAULT" else []
        aimed = [p for p in usable if p not in attached and any(
            aimed_ground(p.token, v, self.lang) for v in aims)]
        attached += aimed
        # "policemen in Peshawar were killed in Quetta": the verb's own phrase, not the subject's, says where
        attached = own_phrase_first(attached, lambda tok: in_subject(tok, mention.head),
                                    lambda tok: in_own_phrase(tok, mention.head, mention.trigger, self.lang), in_sent)
        resolved = [p for p in attached if p.place.geonameid is not None]
        # (the aim's named place first: "in the X region ..., targeting the town of Y")
        finer = self._finer_unresolved(sorted(attached, key=lambda p: p not in aimed), resolved, beside, home, filed_in)
        if finer is not None:
            return finer.model_copy(update={"rule": "attached"}), sent_places
        # ("in Baghdad's Sadr City neighbourhood": the owning town is the part's container)
        resolved = without_owners(_beside_references(resolved, self.lang))
        part = self._sub_place(mention, ctx, in_sent, home)
        for v in aims if part is None else ():
            # "launched an attack in eastern Homs, targeting checkpoints in the Al-Waer district"
            part = part or self._sub_place(replace(mention, trigger=v, head=v), ctx, in_sent, home)
        if part is not None and all(PRECISION_RANK.get(p.place.geo_precision, 9) >= PRECISION_RANK["city"]
                                    for p in resolved):
            # "attacked Sontyo village in Wukari", "in the Kokrajhar district of Assam": a named part is finer
            return part.model_copy(update={"rule": "attached"}), sent_places
        if resolved:
            # (of two as precise, the aim's: "in northern Idlib, targeting Saraqib")
            best = min(resolved, key=lambda p: (PRECISION_RANK.get(p.place.geo_precision, 9), p not in aimed))
            hosted = self._hosted(best, ctx, mention, in_sent=in_sent)
            if hosted is not None:
                return hosted.model_copy(update={"rule": "attached"}), sent_places
            inner = finer_in_country(best, self._own_clause_places(usable, mention))
            if inner is not None:
                # "shot dead a policeman across Iraq, in the northern city of Mosul": the country holds the town
                return inner.place.model_copy(update={"rule": "attached", "reason": (
                    f"named in the event's clause, inside {best.place.name} attached to the trigger; "
                    f"{inner.place.reason}")}), sent_places
            return best.place.model_copy(update={"reason": f"attached to the trigger; {best.place.reason}",
                                                 "rule": "attached"}), sent_places
        part = part or self._named_setting(mention, ctx, home)
        if part is not None:
            return part.model_copy(update={"rule": "attached"}), sent_places
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
        # "since the launch of the Mosul operation", "a day after attacks on London's metro": another event's place
        usable = [p for p in usable if not time_anchored(p.token, mention.head, self.lang)]
        # "protested against ... the blockade against Cuba", "the border with Israel": whom or what, not where
        usable = [p for p in usable if not relational_object(p.token, self.lang, head=mention.head)]
        # "killed 25 ... as the United States weighed plans": a country that is another verb's subject acts there
        usable = [p for p in usable if not (p.place.geo_precision in ("country", "continent")
                                            and subject_elsewhere(p.token, mention.head))]
        in_clause = [p for p in usable if not in_modifier_clause(p.token, mention.head, self.lang)
                     and not other_clause(p.token, mention.head) and p not in topics]
        free = without_owners(_beside_references([p for p in in_clause if p.place.geonameid is not None], self.lang))
        # a place of the event's own clause beats a finer one of a clause within it ("..., while leaders flew to Paris")
        free = [p for p in free if own_clause(p.token, mention.head)] or free
        finer = self._finer_unresolved(in_clause, free, beside, home, filed_in)
        if finer is not None:
            return finer.model_copy(update={"rule": "sentence"}), sent_places
        part = self._sub_place(mention, ctx, in_sent, home, in_clause=True)
        if part is not None and all(PRECISION_RANK.get(p.place.geo_precision, 9) >= PRECISION_RANK["city"]
                                    for p in free):
            # "A car parked at the entrance of the Hurriyah district in northern Baghdad detonated"
            return part.model_copy(update={"rule": "sentence"}), sent_places
        if free:
            best = min(free, key=lambda p: PRECISION_RANK.get(p.place.geo_precision, 9))
            finer_dateline = (
                dateline is not None
                and best.place.geo_precision in ("country", "continent")
                and dateline.country == best.place.country
            )
            hosted = self._hosted(best, ctx, mention, in_sent=in_sent)
            if hosted is not None:
                return hosted.model_copy(update={"rule": "sentence"}), sent_places
            if not finer_dateline:
                return best.place.model_copy(update={"reason": f"named in the event's sentence; {best.place.reason}",
                                                     "rule": "sentence"}), sent_places
        ps, pe = paras[para] if para < len(paras) else (0, 0)
        # (a gazetteer-only name needs a preposition: "20,000 (Almaty)" in a list of figures places nothing)
        earlier = [p for p in places if ps <= p.start < mention.head.sent.start_char and p.place.geonameid is not None
                   and p.place.geo_precision in ("city", "region", "country")
                   and (p.how not in ("gazetteer", "listed") or (p.token.dep_ == "pobj"
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
            if elsewhere and (parties or self._names_as_place([p for p in places if p not in topics], home)):
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
        inner = [p for p in usable if p.place.geonameid is not None and p not in in_clause and p not in topics
                 and p.place.geo_precision in ("city", "region") and p.token.dep_ not in ("nsubj", "nsubjpass")
                 and not other_clause(p.token, mention.head) and not not_the_scene(p.token, mention.head, self.lang)]
        if inner:
            best = min(inner, key=lambda p: PRECISION_RANK.get(p.place.geo_precision, 9))
            hosted = self._hosted(best, ctx, mention, reference_only=True, in_sent=in_sent)
            if hosted is not None:
                return hosted.model_copy(update={"rule": "sentence"}), sent_places
            return best.place.model_copy(update={
                "reason": f"named in a clause of the event's sentence; {best.place.reason}", "rule": "sentence"}), sent_places
        if earlier:
            p = earlier[-1]
            return p.place.model_copy(update={"span": p.place.span, "rule": "paragraph",
                                              "reason": f"named earlier in the paragraph; {p.place.reason}"}), sent_places
        # (a name in the event's sentence that relates or acts, or lies in a relative clause or a clause
        # coordinated with the event's, is no sign the text names the country as this event's place: "autonomy
        # for Tibet, annexed by China", "fighters that India says are trained by Pakistan", "a law which grants
        # the right to work in the United States"; one in the clause that reports the event, or in an
        # apposition, is: "Protesters blocked roads, officials in Lima said", "Cap-Haitien, Haiti's second city")
        elsewhere_named = [p for p in places if not sent.start_char <= p.start < sent.end_char or (
            not relational_object(p.token, self.lang, head=mention.head)
            and not time_anchored(p.token, mention.head, self.lang) and not acting(p.token)
            and not any(t.dep_ == "relcl" for t in (p.token, *p.token.ancestors))
            and not other_clause(p.token, mention.head))]
        # "Soldiers shelled the hills after militants had attacked a post in Mosul": the sentence says where, and
        # the locator judged each of its places another act's (a modifier or coordinated clause's, a plan's, an
        # earlier act's); unless it names the story's country itself ("the coup in Burma and the detention of
        # its leaders"), that country behind them would be a default code, not the text's (issue 16)
        passed = [p for p in usable if p.place.geonameid is not None]
        if passed and not any(p.place.geo_precision == "country" and p.place.country == home and p not in topics
                              and not not_the_scene(p.token, mention.head, self.lang) for p in passed):
            return None, sent_places
        # (an armed side of no known country, "external forces", acts where it strikes: it places nothing, in a
        # sentence that names no place; beside a place the locator passed over, the country would be a guess)
        placed = [a for a in sides if a.country is not None or a.sector not in ACTING_ABROAD_SECTORS or in_sent]
        if home is not None and (not placed or any(a.country == home for a in placed)) \
                and self._names_as_place(elsewhere_named, home, sorted(excluded_spans)):
            # only when the parties belong to it (a vigil by "students at Columbia University" in a Belarus
            # story is not in Belarus) and the text names it as a place (not only as in "U.S. troops")
            try:
                country = self.gazetteer.country(home)
            except KeyError:
                return None, sent_places
            return country.model_copy(update={"rule": "country",
                                              "reason": f"no place in the paragraph; the document's main country {home}"}), sent_places
        return None, sent_places


def _beside_references(cands: list[PlaceMention], lang: LanguageProfile) -> list[PlaceMention]:
    """``cands`` without the places named only as reference points ("20 km north of Baghdad"), unless all are.

    (:func:`~dotterel.places.syntax.reference_point`.) The most precise
    candidate wins later, so a reference city would beat the region or the
    unresolved village the event is in.
    """
    own = [p for p in cands if not reference_point(p.token, lang)]
    return own or cands
