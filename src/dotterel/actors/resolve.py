"""Resolve actor phrases in a parse to :class:`~dotterel.records.Actor` records.

Order of evidence, most specific first (each step says why in ``Actor.reason``):

1. a person the knowledge base knows (full name, surname or alias, with the
   office held on the event date: a former president is ``ELI``, not ``GOV``);
2. an international organisation, outlet or other named body;
3. a country name or its capital used for its government ("Washington
   imposed sanctions on Moscow": PLOVER codes both as ``GOV``);
4. a role noun ("the special police", "protesters", "intelligence chief")
   mapped to a PLOVER sector, with the country from a demonym or country name
   in the phrase ("Kazakh authorities", "Georgian riot police", "US
   Secretary"), or else from the country a paragraph's opening locative sets ("In Uganda, police ...":
   :mod:`dotterel.actors.scenes`), or else from the document's main country; an international mission's
   troops ("Chadian peacekeepers") take only a demonym's country, the state that sent them;
5. a personal pronoun, to the last fitting actor of the paragraph (rule-based
   coreference: no coreference model is available offline).

Anything else is not an actor: the resolver returns ``None`` rather than guess.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..annotate import doc_text, entity_at
from ..records import STATE_FORCE_SECTORS, STATE_SECTORS, Actor, Place, Span
from .document import PLACING as _PLACING
from .document import DocumentActors, _clean, home_town, main_country, military_means, stance_of, town_of
from .kb import KnowledgeBase
from .kb_models import normalise_name
from .bodies import head_of_body, headed_body, without_descriptors
from .possessives import place_owns_possessive, reporting_speaker
from .origins import mission_served, names_an_unknown_origin, national_branch, shared_demonym, sponsor_named
from .forces import force_country, numbered_unit, ordinal_named
from .scenes import scene_at
from .party_followers import followed_party
from .militias import regime_side
from .attack_agents import is_doer
from .names import (body_sector, given_name_before, given_name_fits, leader_country, of_end, of_words, person_title,
                    surname_head, title_words, unknown_name, worded_role, worded_role_key)

if TYPE_CHECKING:
    from ..lang import LanguageProfile
    from ..places.mentions import PlaceMention

__all__ = ["ActorResolver", "DocumentActors", "main_country"]

_FORCE_SECTORS = STATE_FORCE_SECTORS
"""Sectors of state forces (CAMEO agents: police, military), whose members and units name the force."""


def subject_of(verb, *, lang):
    """The subject of the clause headed by ``verb`` (:func:`dotterel.events.detect.subject_of`, imported late)."""
    from ..events.detect import subject_of as _subject_of

    return _subject_of(verb, lang=lang)


def phrase_tokens_of(head) -> list:
    """The noun phrase of ``head`` (:func:`dotterel.events.detect.phrase_tokens`, imported late: no cycle)."""
    from ..events.detect import phrase_tokens

    return phrase_tokens(head)

# The pronouns, collective nouns and anaphoric nouns are the language profile's
# (ActorResolver.lang); the sectors are PLOVER's.


_ENVOY_SECTORS = frozenset({"GOV", "LEG", "JUD"})
"""Sectors (CAMEO agents) whose members act for their state abroad: heads of state, ministers and diplomats at
talks and summits, lawmakers on visits (CAMEO codes a visiting leader by his own state). In a text mainly about
their own country, the town a verb is done in ("the president met investors in Davos") is where they went, not
whose they are; only the noun's own town ("Lagos officials", "officials in Lagos") names their state."""

_FORCES_ABROAD = frozenset({"MIL", "SPY", "REB", "UAF", "REF", "IGO", "NGO"})
"""Sectors (CAMEO agents) whose members often act outside their own state: armies and spies (ACLED's
"External/Other Forces"), rebels and militias across a border, refugees, international bodies. Where they act
says nothing of their country, so the town of their clause gives them none."""


_SCENELESS = _FORCES_ABROAD | _ENVOY_SECTORS | {None}
"""Sectors of roles that take no country from the scene a paragraph opens with ("In Gaza, troops ...": the troops
may be another state's; "In Geneva, the minister ...": an envoy abroad; a spokesman of no sector speaks for a body
of either side)."""


def hyphen_prefix(head, toks: list) -> list:
    """``toks`` with the word a hyphen glues to ``head`` put back ("vice-chancellor", "co-founder").

    The small parser at times splits "The vice-chancellor of ..." into three
    subjects ("vice", "-", "chancellor"), so the phrase of the head holds only
    "chancellor", another role. Written with no space around the hyphen, the
    three tokens are one word (English hyphenated compounds: the Chicago
    Manual of Style 7.85).
    """
    doc, i = head.doc, head.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_ \
            or not doc[i - 2].is_alpha or doc[i - 2] in toks:
        return toks
    return sorted({*toks, doc[i - 2], doc[i - 1]}, key=lambda t: t.i)


def _body_and_head(entry, toks: list, head) -> list:
    """``toks`` (ending at ``head``) without the words of the role's own phrase before the head.

    The words before a role of no sector name the body it speaks for ("police spokesman"), but not
    when they are part of the role's phrase: "media spokesman" is a press officer (the knowledge
    base's form of "spokesperson"), not the media's (JRN), so "a police media spokesman" is police.
    The longest run ending at ``head`` that is the entry's phrase or one of its forms is left out.
    """
    known = {normalise_name(f) for f in (entry.phrase, *entry.forms)}
    before = [t for t in toks if t.i < head.i]
    for n in range(len(before), 0, -1):
        words = [t.lower_ for t in before[-n:]]
        if normalise_name(" ".join([*words, head.lower_])) in known \
                or normalise_name(" ".join([*words, head.lemma_.lower()])) in known:
            return [*before[:-n], head]
    return toks


def _as_read_by_places(modifiers, context: DocumentActors, country: str, why: str) -> tuple[str, str]:
    """The country of a modifier the places stage read as a place abroad ("Georgia's governor" in Atlanta: USA).

    Only in a text where a name of the main country was so read (:attr:`DocumentActors.home_read_elsewhere`);
    otherwise, or for a modifier no place mention covers, ``country`` and ``why`` as they were.
    """
    for t in modifiers:
        m = next((m for m in context.places if m.start <= t.idx < m.end and m.how in _PLACING), None)
        if m is not None and m.place.country not in (None, "IGO", country):
            return m.place.country, f"'{t.text}' read as {m.place.name}, a place of {m.place.country}"
    return country, why


class ActorResolver:
    """Maps spaCy tokens and phrases to actors with the knowledge base.

    Parameters
    ----------
    kb : KnowledgeBase
    lang : LanguageProfile, keyword-only
        The pronouns ("he", "they"), the heads that are no actor ("which",
        "it"), the collective nouns ("a group of", "hundreds of") and the
        nouns that refer back to a body ("the alliance").
    ordinary : callable or None, keyword-only
        Whether a lower-case word is a word, not a name; None reads no untyped titled name (names.py).
    """

    def __init__(self, kb: KnowledgeBase, *, lang: LanguageProfile,
                 ordinary: Callable[[str], bool] | None = None) -> None:
        from ..events.detect import phrase_tokens  # late: the events package imports this one

        self.kb, self.ordinary = kb, ordinary
        self.lang = lang
        # resolve() runs for every argument noun of a document (actors.coref.v1): an import statement per call
        # cost 3% of that stage
        self._phrase_tokens = phrase_tokens

    # -- helpers -----------------------------------------------------------
    def _country_from_modifiers(self, tokens) -> tuple[str | None, str]:
        for t in tokens:
            word = _clean(t.text)
            if not word or stance_of(t, self.lang):
                continue  # "pro-Palestinian demonstrators": the cause they stand for, not where they are from
            entry = self.kb.country_by_demonym(word) or self.kb.country_by_name(word)
            if entry is not None:
                return entry.alpha3, f"country from '{t.text}'"
        return None, ""

    def _country_from_of(self, head) -> tuple[str | None, str]:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in self.lang.country_prepositions:
                for p in c.children:
                    if p.dep_ == "pobj":
                        name = _clean(" ".join(t.text for t in p.subtree if t.dep_ != "det"))
                        entry = self.kb.country_by_name(name) or self.kb.country_by_name(_clean(p.text))
                        if entry is not None:
                            return entry.alpha3, f"country from 'of {p.text}'"
        return None, ""

    def _country_from_clause(self, head, places: Sequence[PlaceMention] = (), *,
                             towns: bool = False, main: str | None = None,
                             alone: Callable[[str], Place] | None = None,
                             own_town_only: bool = False) -> tuple[str | None, str]:
        """The one country its clause places a subject in ("in the U.S., truck drivers held a rally").

        The subject's verb (or, for "a group of drivers", the group's verb)
        with a locative phrase (the profile's ``locative_prepositions``) whose
        object is a country's name or its capital: that country, when the
        clause names exactly one. A name of ``places`` (the document's places
        resolved in context) that is no capital is never read as a capital's
        metonym ("Paris, Texas"); with ``towns`` (a text that names no country
        at all), such a town or region gives its country ("Police arrested
        40 protesters in Lagos": NGA): a state's police, officials and people
        act in their own state, as ACLED names them by the country of the
        event ("Police Forces of Nigeria", "Protesters (Nigeria)"; ACLED
        codebook, actor names), unless the gazetteer passed over a namesake
        of the town in another country ("Birmingham", England or Alabama)
        and no context decided between them. In a text whose ``main``
        country is another one (a Kenyan round-up: "Police arrested 40
        protesters in Lagos"), the town's own country beats the main one,
        with the same namesake check; the town compounded on the role noun
        ("Lagos police") counts as the clause's, and so does a locative on the
        verb of the noun as its object ("arrested 40 protesters in Lagos").
        A town of the main country itself adds nothing (the main country
        stands, for the same reason), and beside a town abroad it makes the
        clause name two countries ("arrested protesters in Eldoret and
        Arusha"), so neither is taken. With ``own_town_only`` (a state's
        leaders, envoys, lawmakers and judges in such a text) only the noun's
        own town counts ("Lagos officials", "officials in Lagos"), never the
        verb's ("the president met investors in Davos": he travelled there).
        """
        subj = head
        if subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.pos_ == "NOUN":
            subj = subj.head.head  # "a small group of truck drivers"
        found = {}
        home = False  # a town of the main country named beside the one abroad: "in Eldoret and Arusha"
        if towns:
            for t in (c for c in head.children if c.dep_ == "compound" and c.i < head.i):  # "Lagos police"
                town = town_of(t, places, main, alone)
                home = home or home_town(t, places, main)
                if town is not None:
                    found[town.country] = (f"country from '{t.text} {head.text}' (resolved to {town.name}, "
                                           f"{town.country})")
        if subj.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return next(iter(found.items())) if len(found) == 1 and not home else (None, "")
        preps = [c for c in [*subj.head.children, *subj.children] if c.dep_ == "prep"]  # "police in Lagos" too
        own = {x.i for c in subj.children if c.dep_ == "prep" for x in (c, *c.conjuncts)}
        for c in [*preps, *(x for c in preps for x in c.conjuncts)]:  # "in Lisbon and in Madrid"
            town_counts = towns and (c.i in own or not own_town_only)
            if c.lower_ in self.lang.locative_prepositions:
                for p in (x for p in c.children if p.dep_ == "pobj" for x in (p, *p.conjuncts)):
                    ent = entity_at(p)
                    name = _clean(ent.text if ent is not None else p.text)
                    entry = self.kb.country_by_name(name)
                    place = next((m.place for m in places if m.start <= p.idx < m.end and m.how in _PLACING
                                  and m.place.country not in (None, "IGO")), None)
                    if place is not None and place.feature_code != "PPLC" and (entry is None or (
                            place.feature_code != "PCLI" and place.country != entry.alpha3)):  # "Mexico, Missouri"
                        # a town read in context ("Paris, Texas" is no capital's metonym): its country only in a
                        # text that names none or names another as its main one, and not for forces that act abroad
                        home = home or (town_counts and home_town(p, places, main))
                        if town_counts and town_of(p, places, main, alone) is not None:
                            found[place.country] = (f"country from its clause's '{c.text} {name}' (resolved to "
                                                    f"{place.name}, {place.country}; " + (
                                                        "the text names no country)" if main is None else
                                                        f"a town abroad in a text mainly about {main})"))
                        continue
                    entry = entry or self.kb.country_by_capital(name)
                    if entry is not None:
                        found[entry.alpha3] = f"country from its clause's '{c.text} {name}'"
        if len(found) != 1 or home and main not in found:
            return None, ""
        return next(iter(found.items()))

    def person(self, name: str, span: Span, on: _dt.date | None, title: tuple[str, str | None] | None = None,
               country: str | None = None, given: str | None = None) -> Actor | None:
        """Resolve a person name (full, surname or alias) against the knowledge base.

        ``title`` (office words and sector, :func:`~dotterel.actors.names.person_title`): a surname or a
        fuzzy name the knowledge base gives one person names him only if he held an office fitting the
        title by ``on`` (:meth:`~dotterel.actors.kb.KnowledgeBase.held_titled_office`); one of that name
        who held it on ``on`` is taken instead (:meth:`~dotterel.actors.kb.KnowledgeBase.titled_person`).
        One who took it up only after ``on`` is taken, with the title's sector, when no one else of that
        name had held such an office by then (the text's date is wrong or a placeholder: "President Obama"
        dated 2000); otherwise ("President Hassan" in 2005: a Somali president Hassan before) the name is
        left to the title (:func:`~dotterel.actors.names.unknown_name`). With ``country`` (the text's
        main country) a name no exact look-up finds may be one person of that country misspelt
        (:meth:`~dotterel.actors.kb.KnowledgeBase.person_in_country`). With ``given`` (the given names written
        before a family name, :func:`~dotterel.actors.names.given_name_before`), a surname match names no
        one whose names lack it: "Hunter Biden" is not Joe Biden, "Ivanka Trump" not Donald Trump.
        """
        match = self.kb.person(_clean(name), on=on)
        if match is None and country is not None:
            match = self.kb.person_in_country(_clean(name), country, on=on)
        if match is None or (given is not None and not given_name_fits(given, match)):
            return None
        if title is not None and match.via in ("surname", "fuzzy"):
            office, sector = title
            picked = self.kb.titled_person(match.matched, office, on=on, sector=sector) if on else None
            if picked is not None:
                match = picked
            elif not self.kb.held_titled_office(match.entry, office, on=on, sector=sector):
                if on is None or not self.kb.held_titled_office(match.entry, office, on=None, sector=sector) \
                        or any(e.id != match.entry.id and self.kb.held_titled_office(e, office, on=on, sector=sector)
                               for e in self.kb.people_named(match.matched)):
                    return None
                match = match.model_copy(update={
                    "sector": match.sector or sector,
                    "reason": f"{match.reason}; titled '{office}' for an office taken up after {on.isoformat()}, "
                              f"and no other '{match.matched}' held one by then: the title's sector"})
        entry = match.entry
        reason = f"knowledge base person ({match.reason})" if getattr(match, "reason", "") else "knowledge base person"
        return Actor(span=span, name=entry.name, country=match.country, sector=match.sector, kind="person",
                     role=match.office, wikidata=entry.wikidata, how="kb_person", reason=reason)

    # -- main entry ---------------------------------------------------------
    def resolve(
        self,
        head,
        *,
        to_span: Callable[[int, int], Span],
        context: DocumentActors,
        paragraph: int,
        on: _dt.date | None = None,
    ) -> Actor | None:
        """Resolve the phrase headed by ``head`` to an actor, or abstain.

        Parameters
        ----------
        head : spacy.tokens.Token
            Head token of the actor or recipient phrase.
        to_span : callable
            Maps doc character offsets (start, end) to an original-text Span.
        context : DocumentActors
            Document state: main country and recent actors for pronouns.
        paragraph : int
            Index of the paragraph the phrase is in.
        on : datetime.date | None
            Event date, used to pick the office a person held then.

        Returns
        -------
        Actor | None
            ``None`` when the phrase names nothing the resolver can type.
        """
        phrase_tokens = self._phrase_tokens
        low = head.lower_
        lang = self.lang
        if head.i in context.links:  # a pronoun or description: its antecedent (country re-read in full context)
            return context.linked(head, lambda t: self.resolve(t, to_span=to_span, context=context,
                                                               paragraph=paragraph, on=on))
        if head.i in context.unresolved:
            return None  # the coreference stage found no single antecedent: abstain
        # "a small group of truck drivers", "thousands of protesters", "some of the
        # protesters" (a pronoun the small model tags PRON): the members are the actor
        if head.lemma_.lower() in lang.collective_nouns or low in lang.collective_nouns:
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            member = self.resolve(p, to_span=to_span, context=context, paragraph=paragraph, on=on)
                            if member is not None:
                                return member

        party = followed_party(head, lambda t: self.resolve(t, to_span=to_span, context=context, paragraph=paragraph,
                                                            on=on), to_span, lang, self.kb,
                               context.main_country or context.places_country or context.filed_country)
        if party is not None:  # "supporters of the Congress party": the party
            return party

        if head.pos_ == "PRON" or low in lang.non_actor_heads:
            if low in lang.person_pronouns or low in lang.group_pronouns:
                person = low in lang.person_pronouns
                prev = context.last(paragraph, person=person)
                if prev is not None:
                    what = "person" if person else "group"
                    return prev.model_copy(
                        update={
                            "span": to_span(head.idx, head.idx + len(head.text)),
                            "how": "pronoun",
                            "reason": f"pronoun '{head.text}' -> {prev.name} (last {what} in paragraph)",
                        }
                    )
            return None

        # "The Russian President, Vladimir Putin, warned": the name in apposition wins.
        for c in head.children:
            if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") and head.ent_type_ != "PERSON":
                ent = entity_at(c)
                s, e = (ent.start_char, ent.end_char) if ent is not None else (c.idx, c.idx + len(c.text))
                # "Football federation president Hassan": the phrase is the title the name carries
                title = title_words(self, head, {t.i for t in c.subtree}) if head.pos_ == "NOUN" else None
                actor = self.person(doc_text(head.doc)[s:e], to_span(s, e), on, title)
                if actor is not None:
                    return actor.model_copy(update={"role": actor.role or " ".join(t.text for t in phrase_tokens(head))})

        toks = phrase_tokens(head)
        # Drop a leading determiner or quantifier from the evidence span.
        while toks and toks[0].dep_ in ("det", "quantmod", "predet") and toks[0] != head:
            toks = toks[1:]
        # A possessive ("Tokayev's policy") belongs to another phrase.
        toks = [t for t in toks if t.dep_ != "case" or t.head != head]
        toks = ordinal_named(head, toks, lang)
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        span = to_span(start, end)
        text = doc_text(head.doc)[start:end]

        # 1. persons: the named entity around the head, then the phrase
        ent = entity_at(head)
        found: dict[str, tuple[int, int]] = {}  # each text once, at its first place: the lookups below read the text
        if ent is not None:
            found.setdefault(ent.text, (ent.start_char, ent.end_char))
        # "Poland's parliament": the possessor of a common noun is its country or owner, not the actor's name;
        # it is tried last, when the head itself names nothing ("Russia's move")
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")] \
            if head.pos_ == "NOUN" else []
        owned = {t.i for c in owners for t in c.subtree}
        propn = [t for t in toks if t.pos_ == "PROPN" and t.i not in owned]
        if propn:
            s, e = propn[0].idx, propn[-1].idx + len(propn[-1].text)
            found.setdefault(doc_text(head.doc)[s:e], (s, e))
        for org in (o for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i  # "Savak agents" (amod)
                    for o in [entity_at(c)] if o is not None and o.label_ == "ORG" and o.end <= head.i):
            found.setdefault(org.text, (org.start_char, org.end_char))
        found.setdefault(text, (start, end))
        if head.pos_ == "PROPN":
            found.setdefault(head.text, (head.idx, head.idx + len(head.text)))
        # a text that named nobody at one place names nobody at another ("Kordofan" as entity, phrase and head)
        # each candidate's Span is made only when an answer needs it (most candidates name nothing)
        candidates = [(t, (s, e)) for t, (s, e) in found.items()]
        outsider = head.lemma_.lower() in lang.outsider_nouns  # "an FBI informant", "a Taliban critic": not the body
        if outsider:
            candidates = [(t, (s, e)) for t, (s, e) in candidates if s <= head.idx < e]
        sponsors = {t.idx: t.idx + len(t.text) for t in toks if t != head and stance_of(t, lang)}  # "Iran-backed"
        candidates = [(t, (s, e)) for t, (s, e) in candidates if s not in sponsors or e > sponsors[s]]

        def at(offsets: tuple[int, int]) -> Span:
            return span if offsets == (start, end) else to_span(*offsets)

        if head.pos_ == "PROPN" or (ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP")):
            title = person_title(self, head, toks)
            # a misspelt person only in what the parser reads as a person's name: the fuzzy look-up is dear,
            # and a place or body ("Almaty", "Armed Forces") is no one's name misspelt
            home = context.main_country if ent is not None and ent.label_ == "PERSON" else None
            given = given_name_before(self, head)
            for cand_text, cand_at in candidates:
                actor = self.person(cand_text, at(cand_at), on, title, home, given if cand_at[0] == head.idx else None)
                if actor is not None:
                    role = self._appos_role(head)
                    if role and not actor.role:
                        actor = actor.model_copy(update={"role": role})
                    return actor
        # 2. organisations and outlets
        for cand_text, cand_at in candidates:
            org = self.kb.organisation(_clean(cand_text))
            if org is None:
                cand_text, cand_at = without_descriptors(cand_text, cand_at, self.lang.name_descriptors)
                org = self.kb.organisation(_clean(cand_text)) if cand_text else None
            if org is not None:
                branch = national_branch(self, org, toks, cand_at, span, text)
                if branch is not None:
                    return branch
                return Actor(
                    span=at(cand_at),
                    name=org.name,
                    country=org.country,
                    sector=org.sector,
                    kind="igo" if org.country == "IGO" else "organisation",
                    wikidata=getattr(org, "wikidata", None),
                    how="kb_org",
                    org_type=org.type,
                    reason=f"knowledge base organisation, type {org.type}",
                )
        # 3. countries and capitals as governments (metonymy); not a country named on a state's weapons
        # ("A Myanmar military air strike", "U.S. drone strikes"): the weapons name its military (step 4)
        wielded = None  # asked only of a candidate other than the phrase (most nouns have none)
        for cand_text, cand_at in candidates:
            if cand_at != (start, end):
                if wielded is None:  # a state's weapons, or people of a role other than its executive ("US soldiers",
                    # "US journalists", "a Moscow court", "a US grand jury"): that role of the state's (step 4)
                    organ = self.kb.role(head.lemma_.lower()) if head.pos_ == "NOUN" else None
                    wielded = head.pos_ == "NOUN" and (organ is not None and organ.sector not in (None, "GOV")
                                                       or military_means(head, lang, self.kb))
                if wielded:
                    continue
            name = _clean(cand_text)
            entry = self.kb.country_by_name(name)
            how = "country name"
            if entry is None and (ent is None or ent.label_ == "GPE"):
                # "an attack on a Nairobi cafe", "a Kabul school", "Baghdad residents": a capital naming where a thing
                # or people are, not who acts; "the Kabul government", "Moscow officials" are its state's
                role = self.kb.role(head.lemma_.lower()) if head.pos_ in ("NOUN", "PROPN") else None
                where = cand_at != (start, end) and head.pos_ == "NOUN" and (role is None or role.sector not in STATE_SECTORS)
                entry = None if where else self.kb.country_by_capital(name)
                how = "capital (metonymy)"
            elif entry is None and (ent.label_ != "PERSON" or _clean(ent.text) == name
                                    and ent.start > 0 and head.doc[ent.start - 1].lower_ in lang.definite_articles):
                # "the White House", "the Kremlin": a seat of government, whatever the parser tags it ("The Elysée Palace"
                # as a work of art), but a person's only when it is the whole name after "the": "the Elysée", not "Marie
                # Elysée" nor "Police arrested Elysée, an activist"; only a name the KB lists as a seat
                entry = self.kb.country_by_capital(name)
                if entry is not None and normalise_name(name) not in {normalise_name(s) for s in entry.seats}:
                    entry = None
                how = "seat of government (metonymy)"
            if entry is not None:
                return Actor(
                    span=at(cand_at),
                    name=f"{entry.name} government",
                    country=entry.alpha3,
                    sector="GOV",
                    kind="country",
                    how="country",
                    reason=f"{how} '{name}' used as an actor: its government",
                )
        # 4a. "its first peacekeepers", "the bloc": a body named earlier in the paragraph
        # (only for a member of a body, "its members", "its troops": "their families" are someone else's)
        # (nothing to refer back to in a context that remembers no actor: coreference's bare one)
        member_poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ in lang.body_possessives
                       and head.lemma_.lower() not in lang.dweller_nouns  # "its residents": a place's people
                       and (head.lemma_.lower() in lang.body_member_nouns or self.kb.role(head.text) is not None
                            or self.kb.role(head.lemma_) is not None)]
        poss = member_poss if not context.empty else []
        anaphoric = not context.empty and head.lemma_.lower() in lang.body_anaphors and any(
            c.lower_ in lang.definite_articles for c in head.children)
        speaker = None if outsider else next(  # needs no remembered actor: the speaker is in the sentence
            (sp for c in member_poss if (sp := reporting_speaker(c, lang)) is not None), None)
        said = None if speaker is None else self.resolve(speaker, to_span=to_span, context=context,
                                                         paragraph=paragraph, on=on)  # "X said its commander ..."
        if said is not None and said.kind in ("igo", "organisation"):
            return said.model_copy(update={"span": span, "how": "context", "reason": (
                f"'{text}' is {said.name}'s, the speaker of the clause ('{speaker.head.text}')")})
        if poss or anaphoric:
            prev = context.last(paragraph, person=False)
            if prev is not None and prev.kind in ("igo", "organisation") and not any(
                    place_owns_possessive(c, head, prev, lang, self.kb, context.places) for c in poss):  # "the village ...; its chief"
                return prev.model_copy(update={
                    "span": span,
                    "how": "context",
                    "reason": f"'{text}' refers to {prev.name}, the last body named in the paragraph",
                })
        # 4c. "the president", "the Kazakh president": the last person of the paragraph holding that office
        holder = self._office_holder(head, toks, span, context, paragraph)
        if holder is not None:
            return holder
        # 4. role nouns
        role_actor = self._role(head, toks, to_span(start, of_end(head, end, self.kb)), context)
        if role_actor is not None and owned and (role_actor.country is None or role_actor.how == "role_home_country"):
            # "Tokayev's government": the owner's country, when the owner is a known person or body
            owner = next((self.resolve(c, to_span=to_span, context=context, paragraph=paragraph, on=on)
                          for c in owners), None)
            if owner is not None and owner.country not in (None, "IGO"):
                base = role_actor.name.removeprefix(f"{role_actor.country} ") if role_actor.country else role_actor.name
                role_actor = role_actor.model_copy(update={
                    "country": owner.country, "name": f"{owner.country} {base}", "how": "role",
                    "reason": f"role noun '{head.text}' -> {role_actor.sector}; country {owner.country} of its owner "
                              f"{owner.name}"})
        if role_actor is not None:
            return regime_side(role_actor, head, lang)  # "the regime's militias": a pro-government militia
        # 4e. a name the knowledge base lacks, typed by its title or head noun ("Mayor Jacob Frey")
        named = unknown_name(self, head, toks, to_span, on, context.main_country)
        if named is not None:
            return named
        # 4d. "Thousands rallied": a bare number noun with no "of" phrase counts people
        if low in lang.bare_quantity_nouns and not any(c.dep_ == "prep" for c in head.children):
            people = self._role_named(head, "people", span, context)
            if people is not None:
                return people
        # 4b. a plural demonym ("the Kazakhs") is that country's population
        entry = self.kb.country_by_demonym(_clean(head.text))
        if entry is not None and head.tag_ in ("NNPS", "NNS") or (entry is not None and head.text.endswith("s")):
            return Actor(
                span=span,
                name=f"{entry.name} civilians",
                country=entry.alpha3,
                sector="CVL",
                kind="group",
                how="demonym",
                reason=f"plural demonym '{head.text}'",
            )
        for c in ([] if outsider else owners):  # "the army's victims": not the army
            owner = self.resolve(c, to_span=to_span, context=context, paragraph=paragraph, on=on)
            # "Russia's delegation" is Russia; "Zelensky's wife" or "Navalny's widow" is not the person who owns
            # the noun, and a person's noun that names no role names no one the knowledge base knows
            return owner if owner is not None and owner.kind != "person" else None
        return None

    def _appos_role(self, head) -> str | None:
        for c in head.children:
            if c.dep_ == "appos":
                return " ".join(t.text for t in c.subtree)
        return None

    def _office_holder(self, head, toks, span: Span, context: DocumentActors, paragraph: int) -> Actor | None:
        """A definite singular office noun that refers back to a person named earlier in the paragraph.

        "Tokayev spoke. The president blamed the oligarchs.": "the president"
        is the last person of the paragraph whose office on the event date
        (``Actor.role``, from the knowledge base) contains the office words;
        a country modifier ("the Russian president") must match that
        person's country. Plural, indefinite or unknown role nouns never
        refer back.
        """
        if context.empty:
            return None  # no person remembered to hold the office (coreference's bare context)
        if head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in self.lang.definite_articles
                                        for c in head.children):
            return None
        if self.kb.role(head.lemma_.lower()) is None:
            return None
        modifiers = [t for t in toks if t != head]
        country, _why = self._country_from_modifiers(modifiers)
        words = [t.lower_ for t in modifiers if t.pos_ in ("NOUN", "ADJ") and self.kb.country_by_demonym(t.text) is None
                 and self.kb.country_by_name(t.text) is None] + [head.lower_]
        prev = context.last_holding(paragraph, words, country)
        if prev is None:
            return None
        return prev.model_copy(update={
            "span": span,
            "how": "context",
            "reason": f"'{span.text}' -> {prev.name} ({prev.role}), the last person in the paragraph holding that office",
        })

    def _role_named(self, head, phrase: str, span: Span, context: DocumentActors) -> Actor | None:
        """The role ``phrase`` of the knowledge base for the words headed by ``head`` ("Thousands" as people)."""
        entry = self.kb.role(phrase)
        return None if entry is None else self._role(head, phrase_tokens_of(head), span, context, entry=entry)

    def _role(self, head, toks, span: Span, context: DocumentActors, *, entry=None) -> Actor | None:
        numbered = False  # a numbered formation ("the 101st Airborne"): of no state the place or text suggests
        # The knowledge base picks the longest known role phrase ending the words
        # ("Syrian government forces" -> "government forces", not "forces").
        if entry is None:
            if surname_head(self, head):
                return None  # "Thelonious Monk", "Sarah Bishop": a family name, not the role its word names
            if head.pos_ == "PROPN" and any(m.token == head and m.how in _PLACING and m.place.geonameid is not None
                                            for m in context.places):
                return None  # "the West Bank", "Gold Coast": a place's name, which the places stage resolved
            toks = hyphen_prefix(head, toks)
            idx = toks.index(head) if head in toks else len(toks) - 1
            words = [t.lower_ for t in toks[: idx + 1]]
            entry = self.kb.role(" ".join(words + of_words(head, self.kb))) or self.kb.role(" ".join(words))
            if entry is None:
                entry = self.kb.role(" ".join(words[:-1] + [head.lemma_.lower()]))
            if len(words) > 1 and (head.lower_ in self.lang.force_unit_nouns
                                   or head.lemma_.lower() in self.lang.force_unit_nouns):
                # "rapid action force personnel", "crpf jawans": the members or units of the force named before them
                force = self.kb.role(" ".join(words[:-1]))
                if force is not None and force.sector in _FORCE_SECTORS:
                    entry = force
            if entry is None:  # "the 5th brigade"
                entry = numbered_unit(head, toks, self.lang, self.kb)
                numbered = entry is not None and entry.sector == "MIL"
        means = entry is None and military_means(head, self.lang, self.kb, context.places)
        if entry is None and not means and head.lemma_.lower() not in self.lang.national_force_nouns:
            return None  # no role, and no country's forces: the country lookups below could change nothing
        modifiers = [t for t in toks if t != head]
        country, why = self._country_from_modifiers(modifiers)
        if country is None and entry is not None and entry.sector == "GOV":
            country, why = leader_country(self.kb, modifiers)  # "the Biden administration"
        if country is not None and context.home_read_elsewhere:
            country, why = _as_read_by_places(modifiers, context, country, why)
        hyphenated = any(t.text == "-" or "-" in t.text for t in modifiers)  # "pro-Russian", "Russian-backed"
        if country is not None and getattr(entry, "countries", None) and country not in entry.countries:
            entry = None  # "Pakistan's paramilitary forces": not the role (India's police) but, below, a country's forces
        if entry is None and country is not None and head.lemma_.lower() in self.lang.national_force_nouns \
                and not hyphenated and head.pos_ != "PROPN" and entity_at(head) is None:
            # "Russian forces", "Ethiopia's forces": a country's forces are its military (CAMEO agents: MIL)
            entry = self.kb.role(self.lang.national_force_nouns[head.lemma_.lower()])
        if entry is None and not means:
            return None
        if getattr(entry, "doer_only", False) and not is_doer(head):
            return None  # "police detained the masked men": a disguise names no armed side of what is done to them
        if country is None:
            country, why = self._country_from_of(head)
        if country is None:
            poss = [c for c in head.children if c.dep_ == "poss"]
            if poss:
                country, why = self._country_from_modifiers(poss)
        if country is None and entry is not None:  # "the Nairobi police", "BSF troops": the force's own state
            country, why = force_country(head, entry, self.kb, context.places, toks)
        if entry is None:
            # "Russian air strikes", "Israel's warplanes": a state's weapons name its military (CAMEO agents: MIL);
            # alone, or another's ("Saudi-led air strikes"), they name no one; nor when a passive participle says
            # what was done with them ("Russian missiles supplied to Syria", "Turkish drones used by Ethiopian
            # forces"): the country is then the maker or seller, not the wielder
            if country is None or hyphenated or head.pos_ == "PROPN" or entity_at(head) is not None \
                    or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in head.children):
                return None
            forces = set(self.lang.national_force_nouns.values())  # the role a country's forces take ("army")
            entry = self.kb.role(forces.pop()) if len(forces) == 1 else None
            if entry is None:
                return None
            why = f"{why}; '{head.text}' is a means of its military"
        # "foreign journalists", "migrant workers": people not of the country they are in (profile foreign_words);
        # not a word of the role itself ("the foreign minister" is the home country's) nor of another noun
        # ("foreign affairs officials")
        role_words = set(normalise_name(entry.name).split()) if getattr(entry, "name", None) else set()
        foreign = next((t.lower_ for t in [*modifiers, head] if t.lower_ in self.lang.foreign_words
                        and (t.i == head.i or (t.dep_ in ("amod", "compound") and t.head.i == head.i))
                        and t.lower_ not in role_words), None)
        if foreign is None and getattr(entry, "foreign", False):
            foreign = entry.name  # "external forces": the phrase itself says they come from outside
        abroad = getattr(entry, "org_type", None)  # an international mission's troops: of no country but their own
        mission = mission_served(self, head) if entry.sector == "MIL" else None
        if mission is not None:
            abroad = "igo"  # "Bangladeshi soldiers serving with MONUSCO": the mission's troops
        if abroad is not None and country is not None:
            why = f"{why}, the state that sent them"
        if mission is not None:
            why = f"{why}; serving with {mission.name}" if why else f"serving with {mission.name}"
        if country is None and numbered:
            # "the 101st Airborne raided a village near Mosul": a formation fights abroad as often as at home;
            # only the phrase ties it to a state ("Nigeria's 7th Division"; ACLED codebook 2023: the state forces
            # of the state the text names), never the place or the text's country
            why = "a numbered formation the text ties to no state; no country guessed"
        elif country is None and foreign is None and abroad is None:
            # the country of the place they act in; not for foreigners ("migrant workers protested in Doha")
            country, why = self._country_from_clause(
                head, context.places, towns=entry.sector not in _FORCES_ABROAD, main=context.main_country,
                alone=context.resolve_alone,
                own_town_only=context.main_country is not None and entry.sector in _ENVOY_SECTORS)
        named_elsewhere = names_an_unknown_origin(self, head, modifiers)
        how = "role"
        if country is None and numbered:
            pass
        elif country is None and foreign is not None:
            why = f"'{foreign}' marks them as not of the country they are in; no country guessed"
        elif country is None and abroad is not None:
            why = f"members of an international body ({abroad}): no country but a demonym's"
        elif country is None and not named_elsewhere and entry.sector not in _SCENELESS \
                and (scene := scene_at(context.scenes, head.i)) is not None:
            country, why = scene  # "In Uganda, police arrested 20": the paragraph's own country, not the text's
        elif country is None and not named_elsewhere and (
                local := context.sentence_country(head, entry.sector, self.lang.locative_prepositions)):
            country, why = local  # "Police arrested students in Austin" where France is named only later
        elif country is None and (sponsor := sponsor_named(self, modifiers)) is not None:
            why = f"'{sponsor}' names who backs them, not their country; no country guessed"  # "Iran-backed militias"
        elif country is None and not named_elsewhere and (home := context.role_home(entry.sector)) is not None:
            (country, why), how = home, "role_home_country"
        elif country is None and named_elsewhere:  # "Congolese troops ... near Goma": COD
            country, why = shared_demonym(self, head, named_elsewhere, context)
        if getattr(entry, "countries", None) and country not in entry.countries:
            return None  # "paramilitary forces" outside India: a militia or a rebel army, not the role's police
        kind = "group"
        name = entry.name if getattr(entry, "name", None) else head.lemma_
        sector, body = entry.sector, ""
        if sector is None:
            # "a police spokesman", "the army chief": a role of no sector of its own speaks for, or heads, the body
            # its words name (CAMEO codes the speaker as the body's agent: a police spokesman is police, COP)
            sector, body = body_sector(self.kb, _body_and_head(entry, [t for t in toks if t.i <= head.i], head))
            if sector is not None:
                name, body = f"{body.lower()} {head.lemma_.lower()}", f" (its body '{body}')"
            elif (org := headed_body(self, head, toks)) is not None:
                return head_of_body(head, span, org)
            else:
                # "the chief of police", "the leader of the opposition party": the body is the object of "of"
                sector, body = next(((s, b) for s, b in (body_sector(self.kb, list(p.subtree), titled=False)
                                                         for c in head.children if c.dep_ == "prep"
                                                         and c.lower_ in self.lang.country_prepositions
                                                         for p in c.children if p.dep_ == "pobj") if s), (None, ""))
                name, body = (f"{body.lower()} {head.lemma_.lower()}", f" (its body '{body}')") if sector is not None \
                    else (worded_role(head, self.lang, self.kb) if getattr(entry, "named_as_written", False) else name, "")
        if country:
            name = f"{country} {name}"
        return Actor(
            span=span, name=name, country=country, sector=sector, kind=kind, how=how, org_type=abroad,
            reason=f"role noun '{head.text}' -> {sector}{body}" + (f"; {why}" if why else ""),
            role_key=worded_role_key(head, entry, self.lang, self.kb) if sector is None else None,
        )
