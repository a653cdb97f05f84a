"""The document's state for actor resolution: its main country and the actors named so far.

Split from :mod:`dotterel.actors.resolve` by job: :func:`main_country` reads the whole parsed document once,
and :class:`DocumentActors` carries what the resolver remembers between the phrases of one document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..annotate import doc_text, entities, entity_at
from ..records import ACTING_ABROAD_SECTORS, NON_STATE_ARMED_SECTORS, STATE_SECTORS, Actor, Place
from .kb import KnowledgeBase

if TYPE_CHECKING:
    from ..lang import LanguageProfile
    from ..places.mentions import PlaceMention

__all__ = ["DocumentActors", "cites_a_body_abroad", "home_town", "main_country", "main_country_named", "military_means", "named_as_armed_side_only", "named_as_foreigners_only", "town_of"]

PLACING = frozenset({"ner", "named", "syntax", "mislabelled", "gazetteer", "listed", "repeat"})
"""How a :class:`~dotterel.places.mentions.PlaceMention` was found when it names where something is: not a
name part, a demonym or a "-based" seat (which never place an event either)."""

UNRIVALLED_SCORES = frozenset({1.0, 0.95})
"""Gazetteer scores of a town matched by its main or an alternate name with no namesake of the same rank in
another country passed over (:mod:`dotterel.places.toponyms`: such a rival multiplies the score by 0.9, as a
transliteration or a fuzzy match lowers it). "Birmingham" (England or Alabama) and "Sydney" (Australia or Nova
Scotia) score 0.9: where they are the event's place the gazetteer's guess stands, but it is no evidence of the
actors' country."""


ARMED_SECTORS = (STATE_SECTORS - {"GOV", "JUD", "LEG"}) | NON_STATE_ARMED_SECTORS
"""Sectors (CAMEO agents) of the armed sides of an attack: a state's forces and armed groups outside it."""

_ACTING_ABROAD = ACTING_ABROAD_SECTORS
"""The armed sides whose nationality says nothing of where the text is (:data:`~dotterel.records.ACTING_ABROAD_SECTORS`;
"Kenyan police warned that protesters would be arrested": Kenya's protesters)."""

_SIDES = STATE_SECTORS | NON_STATE_ARMED_SECTORS
"""Sectors (CAMEO agents) of a state's organs and of armed groups: in a text whose main country is named only as
the attackers', either side's ("Kenyan soldiers killed 5 militants in Kismayo, the defence ministry said": Kenya's
ministry, not Somalia's), so the country of the places is no evidence of theirs."""

_NOT_OF_THE_PLACE = frozenset({"REF", "IGO", "NGO"})
"""Sectors (CAMEO agents) whose members are, by what they are, not of the place they are in: refugees, and the
staff of international bodies. The country of a text's places gives them none."""


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").strip()
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text.strip(" ,.;:")


def _in_long_list(ent) -> bool:
    """True when the entity is one of three or more coordinated names."""
    root = ent.root
    head = root
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return len(list(head.conjuncts)) + 1 >= 3


def main_country(doc, kb: KnowledgeBase) -> str | None:
    """The ISO alpha-3 code of the country a parsed document ``doc`` is mostly about, or ``None``.

    The first item of :func:`main_country_named`, which says how it is counted.
    """
    return main_country_named(doc, kb)[0]


def main_country_named(doc, kb: KnowledgeBase, filed: tuple[int, int] | None = None) -> tuple[str | None, int | None]:
    """The country a document is mostly about, and the token index of its first naming.

    Counts country names, demonyms and capitals among the named entities
    (GPE, NORP) of the parsed document, leaving out lists of three or more
    coordinated names (member lists); ties go to the first mentioned.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    kb : KnowledgeBase
    filed : tuple of (int, int), optional
        Character offsets of the dateline's place words (:func:`~dotterel.places.dateline.filed_span`): a
        capital there is where the report was filed (AP Stylebook "datelines"), not counted.

    Returns
    -------
    tuple[str | None, int | None]
        The ISO alpha-3 code and the token index; ``(None, None)`` when no country is named.
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for ent in entities(doc):
        if ent.label_ not in ("GPE", "NORP", "LOC", "PERSON", "ORG"):
            continue
        if _in_long_list(ent):
            continue  # "members include Russia, Belarus, Armenia and Kyrgyzstan" says little about the topic
        name = _clean(ent.text)
        entry = kb.country_by_name(name) or kb.country_by_demonym(name)
        if entry is None and ent.label_ == "GPE" and (filed is None or not filed[0] <= ent.start_char < filed[1]):
            entry = kb.country_by_capital(name)
        if entry is None:
            continue
        counts[entry.alpha3] += 1
        first.setdefault(entry.alpha3, ent.start)
    if not counts:
        return None, None
    main = max(counts, key=lambda c: (counts[c], -first[c]))
    return main, first[main]


def stance_of(tok, lang: LanguageProfile) -> bool:
    """Whether ``tok`` follows a stance prefix ("pro-Palestinian", "anti-Russian"; profile ``role_stance_prefixes``).

    Such a demonym names the cause of a crowd, not its origin (ACLED names protesters by the country of the event
    and keeps the cause in the notes: "pro-Palestinian demonstrators in New York" are Protesters (United States)).
    A name or demonym before a sponsor's participle (profile ``sponsor_participles``: "Iran-backed militias",
    "US-backed forces") names who stands behind the force, not the force nor its country (ACLED codebook 2023,
    actor names: a proxy is coded by its own name and the country where it acts).
    """
    if sponsor_of(tok, lang):
        return True
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.text in ("-", "–") and prev.i > 0:
        return prev.nbor(-1).lower_ in lang.role_stance_prefixes
    head, _, rest = tok.lower_.partition("-")
    return bool(rest) and head in lang.role_stance_prefixes


def sponsor_of(tok, lang: LanguageProfile) -> bool:
    """Whether ``tok`` comes before a sponsor's participle ("Iran-backed", "US-funded"; profile ``sponsor_participles``).

    The word names who stands behind a force, not the force (ACLED codebook 2023, actor names: a proxy is coded
    by its own name and the country where it acts; the sponsor goes in the notes).
    """
    after = tok.nbor(2) if tok.i + 2 < len(tok.doc) and tok.nbor(1).text in ("-", "–") else None
    return after is not None and after.lower_ in lang.sponsor_participles


def cites_a_body_abroad(doc, kb: KnowledgeBase) -> bool:
    """Whether the text names an international body or a rights group (a knowledge-base ``igo`` or ``ngo``).

    Such bodies report from their seats and regional offices ("GENEVA - Government forces shelled rebel positions,
    a UN spokesman said"; "DAKAR - Soldiers killed 30 villagers, Human Rights Watch said"): the dateline is then
    where the body speaks, not where the events are (AP Stylebook "datelines": where the information was gathered).
    """
    for ent in entities(doc):
        org = kb.organisation(_clean(ent.text)) if ent.label_ == "ORG" else None
        if org is None and ent.label_ == "ORG" and len(ent) > 1:
            org = kb.organisation(_clean(ent[0].text))  # "the UN Security Council", "a UN spokesman"
        if org is not None and (org.type in ("igo", "ngo") or org.country == "IGO"):
            return True
    return False


def military_means(head, lang: LanguageProfile, kb: KnowledgeBase | None = None,
                   places: Sequence[PlaceMention] = ()) -> bool:
    """Whether ``head`` is a weapon or means of a state's armed forces (the profile's ``military_means_nouns``).

    Read on the head's lemma ("warplanes", "drones") or on its compound and lemma ("air strikes"); a compound
    of another common noun makes another thing ("think tank"; "army tanks" is read as its own phrase). A word
    of the profile's ``war_strike_nouns`` ("US strikes") is a means only in a clause of harm
    (:func:`_strike_of_war`; ``kb`` and the document's ``places`` place its object).
    """
    lemma = head.lemma_.lower()
    means = lang.military_means_nouns
    compounds = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if any(f"{c.lower_} {lemma}" in means or f"{c.lemma_.lower()} {lemma}" in means for c in compounds):
        return True
    if any(c.pos_ == "NOUN" for c in compounds):
        return False
    # the word itself too: the small model at times reads "shelling" as the verb "shell" after a demonym
    return lemma in means or head.lower_ in means or (
        lemma in lang.war_strike_nouns and _strike_of_war(head, lang, kb, places))


def _strike_of_war(head, lang: LanguageProfile, kb: KnowledgeBase | None, places: Sequence[PlaceMention] = ()) -> bool:
    """Whether the ``war_strike_nouns`` word ``head`` ("strikes") is a military strike by its clause.

    The subject or agent of a verb of harm whose object, or passive subject, is what war harms: people, a count of
    them, a place or a building (:func:`_harmed_by_war`; "US strikes killed 12 people", "12 were killed by US
    strikes", never "French strikes killed the pension reform" or "Brazil's strikes killed the game"); or the
    subject of a verb of contact with such a toll on it ("strikes hit the camp, killing nine") or with a country or
    capital as object that is not the strikes' own ("Israeli strikes hit Beirut"; "Nigerian strikes hit Lagos" and
    "British strikes hit London" are labour strikes at home), or a place the places stage read in another country
    than the strikes' own, a territory or region of it as much as a town (:func:`_country_read_by_places`:
    "Israeli strikes hit Gaza", "Russian strikes hit Kharkiv region"). Any other clause keeps the word a labour
    strike ("French strikes hit rail services"): the profile's ``war_strike_verbs`` and ``war_contact_verbs``.
    """
    verb = head.head
    passive = head.dep_ == "pobj" and verb.dep_ == "agent"
    if passive:
        verb = verb.head
    elif head.dep_ != "nsubj":
        return False
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in lang.war_strike_verbs:
        return _harmed_by_war(verb, lang, passive=passive)
    if lemma not in lang.war_contact_verbs or passive:
        return False
    if any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in lang.war_strike_verbs and _harmed_by_war(c, lang)
           for c in verb.children):
        return True
    if kb is None:
        return False
    own = _country_of(head, kb)
    return own is not None and any(
        c.dep_ == "dobj" and (place := _country_of_place(c, kb) or _country_read_by_places(c, places, lang)) is not None
        and place != own for c in verb.children)


def _country_read_by_places(tok, places: Sequence[PlaceMention], lang: LanguageProfile) -> str | None:
    """The country of the place the places stage read ``tok`` (or the name before its place noun) as, or None.

    A territory or first-order region is a place of its country as a town is: GeoNames files the Gaza Strip and
    the West Bank as first-order regions (ADM1) of Palestine (ISO 3166-1 PSE), "Kharkiv Oblast" of Ukraine. Only a
    resolved place found where the text names a place (:data:`PLACING`), never a country-level one (the
    knowledge base reads those, :func:`_country_of_place`). A name before another noun counts only when that noun
    is one of the profile's ``place_nouns`` ("Kharkiv region"): "London flights", "Paris trains" are things of
    the place, which labour strikes at home hit as well.
    """
    named = tok.lemma_.lower() in lang.place_nouns or tok.lower_ in lang.place_nouns
    for m in places:
        if m.how in PLACING and (m.token == tok or (named and m.token.head == tok
                                                    and m.token.dep_ in ("compound", "nmod"))) \
                and m.place.geonameid is not None and m.place.geo_precision in ("point", "city", "region"):
            return m.place.country
    return None


def _harmed_by_war(verb, lang: LanguageProfile, *, passive: bool = False) -> bool:
    """Whether what ``verb`` harms (its object; or, ``passive``, its subject) is people, a count, a place or a building.

    A number or a number's noun ("killed 12", "killed dozens"), a person noun or a named person, group or place
    (the profile's ``person_nouns``, ``bare_quantity_nouns``), or a setting or target of war (``setting_nouns``,
    ``named_setting_nouns``, ``war_target_nouns``): not an abstract thing a labour strike or a game "kills".
    """
    deps = ("nsubjpass",) if passive else ("dobj",)
    for c in (x for x in verb.children if x.dep_ in deps):
        lemma = c.lemma_.lower()
        if c.like_num or c.ent_type_ in ("CARDINAL", "PERSON", "NORP", "GPE", "LOC", "FAC") \
                or any(n.dep_ == "nummod" for n in c.children) or c.lower_ in lang.bare_quantity_nouns \
                or lemma in lang.person_nouns or lemma in lang.setting_nouns or lemma in lang.named_setting_nouns \
                or lemma in lang.war_target_nouns:
            return True
    return False


def _country_of(head, kb: KnowledgeBase) -> str | None:
    """The country a demonym, name or possessor on ``head`` names ("Israeli strikes", "Israel's strikes"), or None."""
    for c in head.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
            entry = kb.country_by_name(_clean(c.text)) or kb.country_by_demonym(_clean(c.text))
            if entry is not None:
                return entry.alpha3
    return None


def _country_of_place(tok, kb: KnowledgeBase) -> str | None:
    """The country ``tok`` names as a place, by the country's name or its capital ("Gaza", "Beirut"), or None.

    A proper noun the entity recogniser left out counts too ("hit Kyiv"): the knowledge base's names are its own.
    """
    if tok.ent_type_ not in ("GPE", "LOC", "FAC") and tok.pos_ != "PROPN":
        return None
    ent = entity_at(tok)
    name = _clean(ent.text if ent is not None else tok.text)
    entry = kb.country_by_name(name) or kb.country_by_capital(name)
    return entry.alpha3 if entry is not None else None


def _armed_noun(tok, kb: KnowledgeBase, lang: LanguageProfile) -> bool:
    """Whether ``tok`` heads a noun of an armed side that acts abroad: forces, troops, weapons (not police)."""
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    if lemma in lang.national_force_nouns or military_means(tok, lang, kb):
        return True
    entry = kb.role(lemma)
    return entry is not None and entry.sector in _ACTING_ABROAD


def _country_mentions(doc, kb: KnowledgeBase, country: str):
    """The root tokens of ``doc``'s entities that name ``country`` (its name, demonym or capital)."""
    for ent in entities(doc):
        if ent.label_ not in ("GPE", "NORP", "LOC", "PERSON", "ORG"):
            continue
        name = _clean(ent.text)
        entry = kb.country_by_name(name) or kb.country_by_demonym(name)
        if entry is None and ent.label_ == "GPE":
            entry = kb.country_by_capital(name)
        if entry is not None and entry.alpha3 == country:
            yield ent.root


def named_as_armed_side_only(doc, kb: KnowledgeBase, lang: LanguageProfile, country: str | None) -> bool:
    """Whether every mention of ``country`` in ``doc`` names the nationality of an armed side.

    "Israeli air strikes killed 12 people in Gaza", "Russian troops shelled Kharkiv": the demonym, name or
    possessor on the attackers' forces or weapons is the only mention of the country, which
    :func:`main_country` then makes the document's main one. The attackers' country is no evidence of where
    the text is, nor of whose the people they hit are (PLOVER manual: the recipient is coded by its own
    country); :meth:`DocumentActors.role_home` then takes the country of the text's places instead.

    Returns
    -------
    bool
        ``False`` when ``country`` is ``None`` or any mention of it is not such a modifier.
    """
    return _every_mention(doc, kb, country, lambda r: r.dep_ in ("amod", "compound", "poss", "nmod")
                          and _armed_noun(r.head, kb, lang))


def named_as_foreigners_only(doc, kb: KnowledgeBase, lang: LanguageProfile, country: str | None) -> bool:
    """Whether every mention of ``country`` in ``doc`` is the nationality of people or property in the text.

    "A crowd attacked Turkish-owned businesses in Podgorica after a Turkish national stabbed a local man,
    police said": the demonym on a national, citizen or tourist (the profile's ``foreign_holder_nouns``) or
    before an ownership participle ("-owned", "-run": ``ownership_participles``) is the only mention of the
    country, which :func:`main_country` then makes the document's main one; the crowd and the police are
    Montenegro's, the country of the text's places (ACLED names an unnamed crowd or force by the country of
    the event). :meth:`DocumentActors.role_home` then takes the country of the places instead.

    Returns
    -------
    bool
        ``False`` when ``country`` is ``None`` or a mention of it is not the nationality of such a noun.
    """
    return _every_mention(doc, kb, country, lambda r: r.ent_type_ == "NORP" and (
        (r.dep_ in ("amod", "compound", "nmod") and r.head.lemma_.lower() in lang.foreign_holder_nouns)
        or (r.dep_ in ("npadvmod", "advmod", "amod", "compound") and r.head.lower_ in lang.ownership_participles)))


def _every_mention(doc, kb: KnowledgeBase, country: str | None, test: Callable) -> bool:
    """Whether ``country`` is named in ``doc`` and ``test`` holds for the root of every mention of it."""
    if country is None:
        return False
    roots = list(_country_mentions(doc, kb, country))
    return bool(roots) and all(test(r) for r in roots)


def home_read_as_place_abroad(places: Sequence[PlaceMention], home: str | None, kb: KnowledgeBase) -> bool:
    """Whether the gazetteer read a name of the ``home`` country as a place of another country.

    "Georgia's governor signed the bill in Atlanta": "Georgia" makes Georgia (GEO) the main country by its
    name, but the places stage, reading it beside Atlanta, resolved it to the US state (a first-order
    division of the United States): the name is not the country's.
    """
    if home is None:
        return False
    for m in places:
        if m.how not in PLACING or m.place.country in (None, "IGO", home):
            continue
        entry = kb.country_by_name(_clean(doc_text(m.token.doc)[m.start:m.end]))
        if entry is not None and entry.alpha3 == home:
            return True
    return False


def home_town(tok, places: Sequence[PlaceMention], main: str | None) -> bool:
    """Whether ``tok`` names a town of the ``main`` country: beside a town abroad, the clause names two."""
    mention = next((m for m in places if m.start <= tok.idx < m.end and m.how in PLACING), None)
    return main is not None and mention is not None and mention.place.country == main

def town_of(tok, places: Sequence[PlaceMention], main: str | None,
            alone: Callable[[str], Place] | None = None) -> Place | None:
    """The town or region (no capital) ``tok`` names, read in context or with no namesake abroad, or None.

    The namesake check is the gazetteer's (:data:`UNRIVALLED_SCORES`; split from :mod:`dotterel.actors.resolve`). With ``main`` (the document's main
    country) only a town of another country (one of the main country changes nothing), and the check is
    made again on the name read with no hint (``alone``, :attr:`DocumentActors.resolve_alone`): the main
    country's hint lets the biggest namesake abroad win ("Birmingham" in a Kenyan story), which is no
    evidence. Without ``alone`` such a town gives nothing.
    """
    mention = next((m for m in places if m.start <= tok.idx < m.end and m.how in PLACING
                    and m.place.country not in (None, "IGO")), None)
    place = mention.place if mention is not None else None
    if place is None or place.feature_code == "PPLC" or place.country == main:
        return None
    if place.in_context is None and round(place.score, 3) not in UNRIVALLED_SCORES:
        return None
    if main is not None and place.in_context is None:
        bare = alone(place.span.text if place.span is not None else tok.text) if alone is not None else None
        if bare is None or bare.country != place.country or round(bare.score, 3) not in UNRIVALLED_SCORES:
            return None
    return place


def _sets_the_scene(tok, locative) -> bool:
    """Whether the place ``tok`` is a ``locative`` preposition's object outside any relative or participial clause."""
    prep = next((t for t in (tok, *tok.ancestors) if t.dep_ == "prep"), None)
    return prep is not None and prep.lower_ in locative and not any(
        t.dep_ in ("relcl", "acl") for t in (tok, *tok.ancestors))


class DocumentActors:
    """Per-document state for actor resolution: main country and recent actors.

    Parameters
    ----------
    main_country : str | None
        ISO alpha-3 code of the document's main country (see :func:`main_country`).
    armed_home : bool, keyword-only
        The main country is named only as an armed side's nationality (:func:`named_as_armed_side_only`).
    foreign_home : bool, keyword-only
        The main country is named only as the nationality of people or property in the text
        (:func:`named_as_foreigners_only`).
    """

    def __init__(self, main_country: str | None, *, armed_home: bool = False, foreign_home: bool = False) -> None:
        self.main_country = main_country
        self.armed_home = armed_home
        self.foreign_home = foreign_home
        self.home_first: int | None = None
        """Token index of the first naming of the main country (``actors.home.v1`` sets it)."""
        self.dateline: Place | None = None
        """The dateline's place (``places.document.v1`` sets it): where the report was filed, no actor's country."""
        self.filed: tuple[int, int] | None = None
        """Character offsets of the dateline's place words (``actors.home.v1`` sets it): the places there are where
        the report was filed (:func:`~dotterel.places.dateline.filed_span`), not where the actors are."""
        self.filed_at_an_office = False
        """The dateline is a body's seat or office, not the events' country (``actors.home.v1`` sets it): a press
        release's "(Nairobi) -", or a text citing an international body or rights group (:func:`cites_a_body_abroad`)."""
        self.home_read_elsewhere = False
        """A name of the main country was read by the places stage as a place of another country
        (:func:`home_read_as_place_abroad`; ``assemble.v1`` sets it with :attr:`places`)."""
        self._recent: list[tuple[int, Actor]] = []  # (paragraph, actor)
        self.links: dict[int, Actor] = {}
        """Token index -> the actor a pronoun or description refers back to (``actors.coref.v1``)."""
        self.link_heads: dict[int, int] = {}
        """Token index of such an anaphor -> the token index of its antecedent's head (``actors.coref.v1``)."""
        self.unresolved: set[int] = set()
        """Token indices of pronouns the coreference stage looked at and left unresolved (ambiguous)."""
        self._rereading: set[int] = set()  # antecedents :meth:`linked` is rereading now
        self.scenes: Sequence[tuple[int, int, str, str]] = ()
        """The scenes the paragraphs' opening locatives set ("In Uganda, police ..."; :mod:`dotterel.actors.scenes`,
        set by ``places.document.v1``): a role noun with no country of its own in one takes the scene's."""
        self.places: Sequence[PlaceMention] = ()
        """The document's places in context (``places.document.v1``), once ``assemble.v1`` starts: in a text that
        names no country, the town a role noun's clause places it in gives its country (:meth:`ActorResolver._role`)."""
        self.resolve_alone: Callable[[str], Place] | None = None
        """The gazetteer's reading of a name with no country hint (``assemble.v1`` sets it): in a text mainly about
        another country, a town abroad gives a role noun its country only if it has no namesake of the same rank
        elsewhere when nothing hints at a country (the document's hints make the biggest namesake win)."""

    def bare(self) -> DocumentActors:
        """A context with this one's main country and no memory (coreference's: names, roles, countries only)."""
        bare = DocumentActors(self.main_country, armed_home=self.armed_home)
        bare.home_read_elsewhere = self.home_read_elsewhere
        bare.scenes = self.scenes
        return bare

    def linked(self, head, reread: Callable[[object], Actor | None]) -> Actor:
        """The actor the coreference stage linked ``head`` to, with the country its antecedent has in context.

        Coreference runs before the places stage, so an antecedent role noun was resolved without the
        document's places: "Hundreds of protesters gathered in Lagos. Police fired tear gas at them" gave
        "them" no country, and "in Lagos and Accra" the capital's alone. Once the places are known
        (:attr:`places`), ``reread(token)`` resolves the antecedent's head as the resolver does in place;
        when it is a role noun of the same sector, its country (or none) is the anaphor's. Any other link
        (a person, a body, a name) is returned as it is, and so is a link met again while its antecedent is
        being reread (an antecedent "a team of police" whose member the anaphor is: no endless loop).
        """
        actor = self.links[head.i]
        ante = self.link_heads.get(head.i)
        if ante is None or not self.places or ante in self._rereading:
            return actor
        self._rereading.add(ante)
        try:
            again = reread(head.doc[ante])
        finally:
            self._rereading.discard(ante)
        if again is None or again.how not in ("role", "role_home_country") or again.sector != actor.sector \
                or again.country == actor.country:
            return actor
        return actor.model_copy(update={"country": again.country, "name": again.name,
                                        "reason": f"{actor.reason}; read in place, that antecedent is "
                                                  f"{again.name} ({again.reason})"})

    @property
    def places_country(self) -> str | None:
        """The one country of all the document's places (:data:`PLACING` mentions), or ``None``.

        ``None`` when the places are in two countries, or when none of them proves its country: a place the
        gazetteer chose among namesakes of the same rank abroad (:data:`UNRIVALLED_SCORES`), read in no
        context, counts only beside a sure place of the same country ("Birmingham" alone gives nothing).
        """
        proven, guessed = set(), set()
        for m in self._placing(filed=False):
            # "Birmingham": the gazetteer's guess places the event, but proves no one's country
            sure = m.place.in_context is not None or round(m.place.score, 3) in UNRIVALLED_SCORES
            (proven if sure else guessed).add(m.place.country)
        return next(iter(proven)) if len(proven) == 1 and guessed <= proven else None

    def _placing(self, *, filed: bool) -> list[PlaceMention]:
        """The document's :data:`PLACING` mentions of a country's place, inside the dateline or outside it."""
        return [m for m in self.places if m.how in PLACING and m.place.country not in (None, "IGO")
                and (self.filed is not None and self.filed[0] <= m.token.idx < self.filed[1]) == filed]

    @property
    def filed_country(self) -> str | None:
        """The dateline's one country when the text names no other place, or ``None``.

        "KARACHI - Rangers tried in vain to stop the mob from ransacking the police station": where the text
        names no place but the dateline's, the events are placed there (the dateline is the event location's last
        fallback), and ACLED names an unnamed force or crowd by the country of the event ("Protesters (Pakistan)").
        """
        if self.filed_at_an_office or self._placing(filed=False):
            return None  # "GENEVA - Government forces shelled rebel positions, a UN spokesman said": not Swiss forces
        found = {m.place.country for m in self._placing(filed=True)}
        if self.dateline is not None and self.dateline.country not in (None, "IGO"):
            found.add(self.dateline.country)
        return found.pop() if len(found) == 1 else None

    def sentence_country(self, head, sector: str | None, locative: frozenset[str] | set[str]) -> tuple[str, str] | None:
        """The one country of the places of ``head``'s sentence, when the main country is named only later; or ``None``.

        "Police arrested dozens of students at the University of Texas in Austin" in an article that names
        France only in a later paragraph: the police and the students are of the country their own sentence
        places them in (ACLED names an unnamed force or crowd by the country of the event), not of a country
        the text has not yet named. Only places proven in context count (as :attr:`places_country`), never the
        dateline (where the report was filed); not for the armed sides that act abroad, refugees or
        international staff (:data:`_ACTING_ABROAD`, :data:`_NOT_OF_THE_PLACE`); and nothing when the main
        country is named in or before the sentence, or when the sentence's places are in two countries.
        Only a place in a ``locative`` phrase (the profile's ``locative_prepositions``) outside any relative or
        participial clause says where the sentence happens: "migrants who had walked from Aleppo", "a man
        wanted in Lagos" name where someone came from or is wanted, not where the police acted.

        Parameters
        ----------
        head : spacy.tokens.Token
            The role noun's head.
        sector : str or None
            Its sector.
        locative : set of str
            The profile's ``locative_prepositions``.

        Returns
        -------
        tuple of (str, str) or None
            The ISO alpha-3 code and the reason.
        """
        main, sent = self.main_country, head.sent
        if main is None or self.home_first is None or self.home_first < sent.end \
                or sector in _ACTING_ABROAD or sector in _NOT_OF_THE_PLACE:
            return None
        line = self.dateline.geonameid if self.dateline is not None else None
        found = {m.place.country for m in self.places
                 if sent.start <= m.token.i < sent.end and m.how in PLACING and m.place.country not in (None, "IGO")
                 and (line is None or m.place.geonameid != line) and _sets_the_scene(m.token, locative)
                 and (m.place.in_context is not None or round(m.place.score, 3) in UNRIVALLED_SCORES)}
        if len(found) != 1 or main in found:
            return None
        where = found.pop()
        return where, f"its sentence's places are all in {where}; {main}, the main country, named only later"

    def role_home(self, sector: str | None) -> tuple[str, str] | None:
        """The country a role noun of ``sector`` with no country of its own takes, and why; or ``None``.

        The document's main country (ACLED names an unnamed force or crowd by the country of the event:
        "Police Forces of Nigeria", "Protesters (Nigeria)"); when the text names no country, or names its main
        one only as an armed side's nationality ("Russian air strikes hit Idlib, killing 9 civilians"), the
        one country all the text's places are in ("Riot police fired tear gas in Zhanaozen": KAZ). Never for
        refugees or international staff. Where the main country is the attackers', soldiers keep it (the
        armed side it names), and the other state organs, armed roles and roles of no sector take none of
        another country (in "Russian air strikes hit Idlib ... rebels said", the rebels are not Syria's by the
        places alone; in "Kenyan soldiers killed 5 militants in Kismayo, the defence ministry said", the
        ministry is Kenya's).
        When the places stage read the main country's name as a place abroad ("Georgia's governor ... in
        Atlanta": the US state), the one country of the places, or none.
        """
        main = self.main_country
        if main is not None and self.foreign_home and sector not in _NOT_OF_THE_PLACE:
            # "a crowd attacked Turkish-owned businesses in Podgorica": the crowd is of the place, not of the owners
            where = self.places_country
            if where is not None and where != main:
                return where, f"its places are all in {where}; {main} named only as the nationality of people or property there"
        if main is not None and not self.armed_home and not self.home_read_elsewhere:
            return main, f"document's main country {main}"
        if main is not None and self.armed_home and sector == "MIL":
            # "Israeli troops raided Jenin ... soldiers arrested 12 people": the soldiers are the armed side's
            return main, f"document's main country {main}, named as its armed side's"
        where = self.places_country if sector not in _NOT_OF_THE_PLACE else None
        if where is None and main is None and sector not in _NOT_OF_THE_PLACE and self.filed_country is not None:
            return self.filed_country, f"the text names no country and no place but its dateline's, in {self.filed_country}"
        if where is None or (main is not None and where != main and self.armed_home
                             and (sector is None or sector in _SIDES)):
            # the attackers' state or the attacked one's: a ministry, police, rebels or a spokesman of no sector
            # may be either side's; the people of the place are the place's
            return None
        if main is None:
            return where, f"the text names no country; its places are all in {where}"
        if self.home_read_elsewhere:
            return where, f"its places are all in {where}; the name of {main} read as a place of {where}"
        return where, f"its places are all in {where}; {main} named only as an armed side's"

    @property
    def empty(self) -> bool:
        """No actor remembered yet: :meth:`last` and :meth:`last_holding` find nothing (coreference's bare context)."""
        return not self._recent

    def remember(self, paragraph: int, actor: Actor | None) -> None:
        """Record an actor seen in ``paragraph`` for pronoun resolution."""
        if actor is not None and actor.span is not None:
            self._recent.append((paragraph, actor))

    def last_holding(self, paragraph: int, words: list[str], country: str | None) -> Actor | None:
        """The last person of the paragraph whose office contains every word of ``words``.

        Parameters
        ----------
        paragraph : int
        words : list[str]
            Lower-case office words ("prime", "minister").
        country : str | None
            When given, the person's country must be this alpha-3 code.

        Returns
        -------
        Actor | None
        """
        for para, actor in reversed(self._recent):
            if para != paragraph:
                break
            if actor.kind != "person" or not actor.role:
                continue
            office = actor.role.lower().replace("-", " ").split()
            if all(w in office for w in words) and (country is None or actor.country == country):
                return actor
        return None

    def last(self, paragraph: int, *, person: bool) -> Actor | None:
        """The last actor of the paragraph that fits a pronoun (person or group)."""
        for para, actor in reversed(self._recent):
            if para != paragraph:
                break
            if person and actor.kind == "person":
                return actor
            if not person and actor.kind in ("group", "organisation", "igo", "country"):
                return actor
        return None
