"""Actors named by a proper name the knowledge base lacks.

The knowledge base holds a few thousand people and bodies; the news names many
more. A name it lacks is still an actor when the words around it say what it
is, and it gets only the codes those words state (never a guessed country):

* a person named with a title ("Kyrgyz Prime Minister Nikolai Tanaev",
  "Minneapolis Mayor Jacob Frey", "Jacob Frey, the mayor"): the title's
  sector from the knowledge base's role nouns (PLOVER/CAMEO agent sectors)
  and the country of a demonym or country name in the title; a title with no
  country gives no country;
* a person name alone ("Lam refused"): a person with no country or sector;
* an organisation name with an organisational head noun ("the Coordination
  Council", "the Human Rights Commission of Sri Lanka"; the profile's
  ``organisation_head_nouns``): a body with the country its name states, if
  any, and no sector.

A titled name the entity recogniser leaves untyped, as it does in
lower-cased text ("police commissioner m.n. singh", "commissioner of police p c
pandey"), is read the same way when its name words are no ordinary words
(:func:`untyped_titled_name`).

``Actor.how`` is ``"title"`` for the first and ``"name"`` for the others;
``reason`` says which words gave what.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING

from ..annotate import doc_text, entity_at
from ..records import Actor
from .kb_models import normalise_name

if TYPE_CHECKING:
    from ..lang import LanguageProfile
    from .resolve import ActorResolver

__all__ = ["given_name_before", "given_name_fits", "leader_country", "of_end", "of_words", "person_title", "surname_head", "title_words",
           "unknown_name", "untyped_titled_name", "worded_role", "worded_role_key"]

_NAME_LABELS = ("PERSON", "ORG")
_INITIAL = re.compile(r"[A-Z]\.?")  # "R." in "Hunter R. Biden"
_TITLE_DEPS = ("compound", "amod", "nmod", "npadvmod")


def _clean_name(text: str) -> str:
    text = text.replace("\u2019", "'").strip(" ,.;:")
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text.strip()


def _known_place_word(resolver: ActorResolver, word: str) -> bool:
    kb = resolver.kb
    return any(f(word) is not None for f in (kb.country_by_name, kb.country_by_demonym, kb.country_by_capital,
                                              kb.organisation))


def _name_start(resolver: ActorResolver, head, ent) -> int:
    """The first token of the name: the run of proper nouns of the entity ending at the head that are no role words.

    A hyphenated given name is one word of the run ("Jean-Pierre Kabila", "Marie-Claire Mbaye": French and other
    compound given names are written with a hyphen, which the tokenizer splits off).
    """
    start, doc = head.i, head.doc
    while start - 1 >= ent.start:
        prev = doc[start - 1]
        if prev.text == "-" and start - 2 >= ent.start and not prev.whitespace_ and not doc[start - 2].whitespace_ \
                and doc[start - 2].is_title and doc[start].is_title:
            start -= 2  # "Jean-Pierre Kabila": the hyphenated given name is one word of the name
            continue
        if prev.pos_ != "PROPN" or resolver.kb.role(prev.lower_) is not None or prev.lower_ in resolver.lang.honorifics:
            break
        start -= 1
    return start


def given_name_before(resolver: ActorResolver, head) -> str | None:
    """The given names written before the family name ``head``, or ``None``.

    "Hunter" in "Hunter Biden", "Ivanka" in "Ivanka Trump", "Joseph Robinette" in "Joseph Robinette Biden": the
    proper nouns in Title Case compounded with the head, of no entity but a person, that are no role word of the
    knowledge base, no country, people, month or weekday, and none of the profile's ``honorifics`` and
    ``name_titles`` ("President Biden", "Mr Biden", "Colonel Goita", "Herr Scholz" have none; the recogniser often
    leaves the given name out of the PERSON entity, so the entity is not asked). An initial between them is passed
    over, and so is a particle of the family name ("Hunter R. Biden", "Ahmed El Sisi"). :meth:`~dotterel.actors.resolve.ActorResolver.person` then takes a surname match
    only for a person one of whose names has one of these words (a family shares its surname; the knowledge base
    names one member).

    Parameters
    ----------
    resolver : ActorResolver
        For its knowledge base's roles and its profile's honorifics.
    head : spacy.tokens.Token
        The last word of the name.

    Returns
    -------
    str or None
        The given names as written, separated by a space.
    """
    if head.pos_ != "PROPN":
        return None
    words, heads, last = [], {head.i}, head.i - 1
    if last - 1 >= head.sent.start and head.doc[last].text == "-" \
            and head.doc[last - 1].lower_ in resolver.lang.surname_particles:
        # "Hafez al-Assad": the particle and its hyphen are the family name's, whatever the parser hangs on them
        heads, last = {head.i, last, last - 1}, last - 2
    for i in range(last, head.sent.start - 1, -1):
        prev = head.doc[i]
        if prev.pos_ != "PROPN" or prev.head.i not in heads or prev.dep_ != "compound":
            break
        if _INITIAL.fullmatch(prev.text) or prev.lower_ in resolver.lang.surname_particles:
            continue  # "R." in "Hunter R. Biden"; "El" in "Ahmed El Sisi" is the family name's, no given name
        if not prev.is_alpha or not prev.text[:1].isupper() or prev.text.isupper() \
                or prev.ent_type_ not in ("PERSON", "") \
                or prev.lower_ in resolver.lang.month_names or prev.lower_ in resolver.lang.weekdays \
                or prev.lower_ in resolver.lang.honorifics or prev.lower_ in resolver.lang.name_titles \
                or resolver.kb.role(prev.lower_) is not None or resolver.kb.country_by_demonym(prev.text) is not None \
                or resolver.kb.country_by_name(prev.text) is not None:
            break
        words.append(prev.text)
    return " ".join(reversed(words)) or None


def given_name_fits(given: str, match) -> bool:
    """Whether a person the knowledge base found by one word, the family name, may bear the given names ``given``.

    A match by the full name, a misspelling or a title is taken as it is; a match by the surname or by a one-word
    alias that is no other word of the name ("Biden", "Sisi"; not "Lula") is taken only when one of the words of ``given`` (:func:`given_name_before`) is one of
    the words of the person's name or aliases: "Hunter Biden" is not Joe Biden, "Ahmed El Sisi" not Abdel Fattah
    el-Sisi, while "Joseph Robinette Biden" is Joe Biden.

    Parameters
    ----------
    given : str
        The given names written before the family name.
    match : PersonMatch
        The knowledge base's answer for the family name.

    Returns
    -------
    bool
        False when the given names name another member of the family.
    """
    if match.via not in ("surname", "alias") or match.matched in normalise_name(match.entry.name).split()[:-1]:
        return True  # an alias that is a given name or a middle name ("Lula", "Nursultan") is no family name
    names = {w for n in (match.entry.name, *match.entry.aliases) for w in normalise_name(n).split()}
    return bool(set(normalise_name(given).split()) & names)


def leader_country(kb, modifiers) -> tuple[str | None, str]:
    """The country of a known person whose name modifies a government noun: "the Biden administration".

    A government named by its leader ("the Biden administration", "the Modi government", "the Joe Biden
    administration") is the government of the leader's country, whatever other country the text names
    around it (PLOVER/CAMEO: a government is its state's GOV). The name is the run of proper nouns among
    the modifiers, in full and then word by word; only a person the knowledge base knows gives a country.
    """
    names = [t for t in modifiers if t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod", "poss")]
    for text in [" ".join(t.text for t in names)] + [t.text for t in names]:
        match = kb.person(_clean_name(text)) if text else None
        if match is not None and match.country:
            return match.country, f"country of '{text}' ({match.entry.name}), whose government it names"
    return None, ""


def _police_body(resolver: ActorResolver, head) -> bool:
    """Whether ``head`` is a noun of a state body (the profile's ``collective_state_nouns``) naming a police force.

    CAMEO agents (COP): a city's or state's police is named by its seat ("Delhi Police"); names ending in
    "Army" are as often a rebel group's or a charity's (review rev20a).
    """
    if head.lower_ not in resolver.lang.collective_state_nouns:
        return False
    role = resolver.kb.role(head.lower_)
    return role is not None and role.sector == "COP"


def surname_head(resolver: ActorResolver, head) -> bool:
    """Whether ``head`` is a person's family name after a given name ("Thelonious Monk", "Sarah Bishop", "Lucas Pastor").

    Many family names are role nouns (monk, bishop, pastor, priest, abbot). A capitalised role word inside a
    sentence, after a capitalised given name of its phrase that is no role word, honorific, place or people,
    names the person, not the role; the parser often tags such a name as no entity or as a body, so the
    entity's label is not asked, only that it is no place or people. A title before the name stays a title
    ("Pastor James Adeboye", "Monk Wirathu": the head is the name), a name takes no article ("the Anglican
    Bishop of Lagos" is a bishop), and in a Title Case headline, where every
    word is capitalised ("Gunmen Kill Catholic Priest"), nothing is read as a name.
    A police body's noun (the profile's ``collective_state_nouns`` of a police sector: "Delhi Police", "Kerala
    Police") is no family name: the word before it names the force's city or state, not a given name. An army's
    is left a name: "Mandela Army", "Salvation Army", "Arakan Army" name a group or a charity, no state's military.
    """
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.i == head.sent.start \
            or head.ent_type_ in ("GPE", "NORP", "LOC") or any(c.dep_ == "det" for c in head.children) \
            or _police_body(resolver, head):
        return False
    prev = head.doc[head.i - 1]
    if prev.pos_ != "PROPN" or prev.head.i != head.i or not prev.text[:1].isupper() or prev.ent_type_ in (
            "GPE", "NORP", "LOC") or resolver.kb.role(prev.lower_) is not None \
            or prev.lower_ in resolver.lang.honorifics or resolver.kb.country_by_demonym(prev.text) is not None \
            or resolver.kb.country_by_name(prev.text) is not None:
        return False
    # a sentence with no lower-case word but function words is a Title Case headline
    return any(t.is_alpha and t.text[:1].islower() and not t.is_stop for t in head.sent)


def _office_words(resolver: ActorResolver, title_toks) -> str:
    """The title's words an office's name must have.

    No place or people ("Argentine", "Russian Federation") and no word that dates the office rather than
    names it ("former", "acting": the profile's ``title_time_modifiers``).
    """
    toks = sorted(title_toks, key=lambda t: t.i)
    country = {t.i for a in range(len(toks)) for b in range(a + 2, min(a + 5, len(toks) + 1))
               if resolver.kb.country_by_name(" ".join(t.text for t in toks[a:b])) is not None
               for t in toks[a:b]}  # "Russian Federation"
    return " ".join(t.lower_ for t in toks if t.i not in country and not _known_place_word(resolver, t.text)
                    and t.ent_type_ not in ("GPE", "NORP", "LOC")
                    and t.lower_.strip("-") not in resolver.lang.title_time_modifiers)


def person_title(resolver: ActorResolver, head, toks) -> tuple[str, str | None] | None:
    """The office words and sector of the title a person's name carries, or ``None``.

    The title before the name ("Club President Ali Hassan") or in apposition
    after it ("Ali Hassan, president of the football federation,"; "Hassan,
    the club's president"). For
    :meth:`~dotterel.actors.resolve.ActorResolver.person`: a surname the
    knowledge base gives one person names him with a title only when he held
    an office fitting it (:meth:`~dotterel.actors.kb.KnowledgeBase.held_titled_office`).
    """
    ent = entity_at(head)
    if ent is None or ent.label_ != "PERSON" or head.pos_ != "PROPN":
        return None
    start = _name_start(resolver, head, ent)
    title_toks = [t for t in toks if t.i < start and t.dep_ not in ("det", "poss", "case", "punct")
                  and t.lower_ not in resolver.lang.honorifics]
    entry = resolver.kb.role(" ".join(t.lower_ for t in title_toks)) if title_toks else None
    if entry is None:
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        return title_words(resolver, appos, set()) if appos is not None else None
    office = _office_words(resolver, title_toks)
    return (office, entry.sector) if office else None


def of_words(head, kb) -> list[str]:
    """The bare "of" phrase naming a force that completes a rank: ``["of", "police"]`` in "commissioner of police".

    Indian and British police ranks put the force after the rank ("superintendent of police", "inspector
    general of police", "deputy commissioner of police"): the role is the whole phrase, which the knowledge
    base's role forms list, and without it the head alone names another office or none ("general" is an army
    rank). Only a bare noun after "of" (no determiner, modifier or name of its own: "commissioner of police
    p c pandey" is a titled name, read as one elsewhere; a phrase of its own may follow, "inspector general of
    police of punjab") that is itself a police or military role noun of
    ``kb`` ("governor of texas", "minister of defence" are left as they were read); otherwise an empty list.

    Parameters
    ----------
    head : spacy.tokens.Token
        The role noun ("commissioner").
    kb : KnowledgeBase
        For the role noun after "of" and its sector.

    Returns
    -------
    list[str]
        ``["of", force]`` or ``[]``.
    """
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.i != of.i + 1 or obj.pos_ not in ("NOUN", "PROPN") or any(c.dep_ != "prep" for c in obj.children):
        return []
    force = kb.role(obj.lower_)
    return ["of", obj.lower_] if force is not None and force.sector in ("COP", "MIL") else []


def of_end(head, end: int, kb) -> int:
    """Where a rank ends with its force (:func:`of_words`: "superintendent of police"), else ``end``.

    Offsets in the parsed text; the span of the actor then names the whole rank, not its first noun.

    Parameters
    ----------
    head : spacy.tokens.Token
        The role noun.
    end : int
        The end offset of the phrase as read without the force.
    kb : KnowledgeBase

    Returns
    -------
    int
        The end offset of the force word, or ``end`` when it is further or there is none.
    """
    if not of_words(head, kb):
        return end
    obj = head.doc[head.i + 2]
    return max(end, obj.idx + len(obj.text))


def title_words(resolver: ActorResolver, noun, skip: set[int]) -> tuple[str, str | None] | None:
    """The office words and sector of a title phrase headed by the role noun ``noun``.

    "president of the football federation", "the club's president": the tokens ``skip`` (the name in
    apposition) and relative clauses are left out; ``None`` when ``noun`` is no role noun.
    """
    entry = resolver.kb.role(noun.lower_)
    if entry is None:
        return None
    clauses = {t.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    toks = [t for t in noun.subtree if t.i not in skip and t.i not in clauses
            and t.dep_ not in ("det", "case", "punct", "prep", "cc") and t.pos_ in ("NOUN", "PROPN", "ADJ")
            and t.lower_ not in resolver.lang.honorifics]
    office = _office_words(resolver, toks)
    return (office, entry.sector) if office else None


def _person(resolver: ActorResolver, head, toks, ent, to_span, on, main: str | None = None) -> Actor | None:
    """A person name with the title before it or in apposition, or alone."""
    kb = resolver.kb
    start = _name_start(resolver, head, ent)
    name_toks = [t for t in head.doc[start:head.i + 1]]
    if any(_known_place_word(resolver, t.text) for t in name_toks):
        return None  # "Nur Sultan", "Kazakh": a place or a people read as a person by the small model
    title_toks = [t for t in toks if t.i < start and t.dep_ not in ("det", "poss", "case", "punct")
                  and t.lower_ not in resolver.lang.honorifics]
    appos = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    title_words = " ".join(t.lower_ for t in title_toks)
    entry = kb.role(title_words) if title_toks else None
    if entry is None and appos:
        # "Jacob Frey, the mayor of Minneapolis,"
        title_toks = [t for t in appos[0].subtree if t.dep_ not in ("det", "punct") and t.i > head.i]
        title_toks = [t for t in title_toks if t.i <= appos[0].i or t.dep_ != "prep"]
        entry = kb.role(" ".join(t.lower_ for t in title_toks if t.i <= appos[0].i))
        if entry is not None:
            title_toks = [t for t in appos[0].subtree if t.dep_ not in ("det", "punct")]
    s, e = name_toks[0].idx, name_toks[-1].idx + len(name_toks[-1].text)
    name = doc_text(head.doc)[s:e]
    if entry is None:
        if any(c.dep_ == "det" for c in head.children):
            return None  # "the Bill": a person's name takes no article
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if len(name_toks) == 1 and (head.dep_ not in ("nsubj", "nsubjpass") or not head.is_title
                                    or (nxt is not None and nxt.text == ".")):
            return None  # one capitalised word is a name only as a clause subject, and not an abbreviation ("Res.")
        return Actor(span=to_span(s, e), name=name, kind="person", how="name",
                     reason=f"person name '{name}' the knowledge base lacks; no title, so no country or sector")
    # a town in the title ("Minneapolis Mayor") is the office's seat: left out of the span, so that the
    # event locator may still place the event there
    seat = [t.i for t in title_toks if t.ent_type_ in ("GPE", "LOC", "FAC") and not _known_place_word(resolver, t.text)]
    shown = [t for t in title_toks if not seat or t.i > max(seat)]
    first = min([*shown, *name_toks], key=lambda t: t.i)
    last = max([*shown, *name_toks], key=lambda t: t.i)
    span = to_span(first.idx, last.idx + len(last.text))
    office = _office_words(resolver, title_toks)
    if on is not None:
        match = kb.titled_person(name, office, on=on, sector=entry.sector) if office else None
        if match is not None:
            entry_ = match.entry
            return Actor(span=span, name=entry_.name, country=match.country, sector=match.sector,
                         kind="person", role=match.office, wikidata=entry_.wikidata, how="kb_person",
                         reason=f"knowledge base person ({match.reason})")
    country, why = resolver._country_from_modifiers(title_toks)
    if country is None and appos and title_toks and title_toks[0].i > head.i:
        country, why = resolver._country_from_of(appos[0])
    if country is None:
        # undated, or no one of that name held the office on the event's date (a former or a later holder, a
        # text dated only roughly): the one office holder cannot be chosen, but all who held it may share a
        # country ("President Bush": both served the United States)
        country = kb.titled_country(name, office, sector=entry.sector, on=on) if office else None
        why = f"every '{name}' the knowledge base has as {office} served {country}" if country else why
        if country is None and office and on is not None and not kb.people_named(name):
            # "President Mnangagwe": no one of that name; the one named office holder whose name it misspells
            misspelt = kb.misspelt_titled_country(name, office, on=on, sector=entry.sector)
            if misspelt is not None:
                country, matched, score = misspelt
                like = f"ends '{matched}'" if score >= 1.0 else f"is like it ('{matched}', similarity {score:.2f})"
                why = (f"'{name}' is not in the knowledge base; the one {office} on {on.isoformat()} whose name "
                       f"{like} served {country}")
        home, whose = (main, "the text's country") if main is not None else (_sentence_country(resolver, head), "")
        if country is None and office and on is not None and home is not None and not kb.people_named(name):
            # "President Dos Sontas" in a text about Angola, or beside an Angolan body ("demands from UNITA"): the
            # name misspells one of that country's office holders of the title's sector then (the person stays
            # unknown); a look-alike of another country is never compared
            like = kb.misspelt_in_country(name, home, on=on, sector=entry.sector)
            if like is not None:
                country = home
                whose = whose or f"the one country its sentence names ({home})"
                why = (f"'{name}' is not in the knowledge base; it is like '{like[0]}' (similarity {like[1]:.2f}), "
                       f"the name of a {entry.sector} office holder then of {whose}")
    title = " ".join(t.text for t in sorted(title_toks, key=lambda t: t.i))
    sector, body = entry.sector, ""
    lead = next((t for t in sorted(title_toks, key=lambda t: t.i) if t.lower_ == office.split()[0]), None) \
        if office else None
    if sector is None or (lead is not None and lead.pos_ in ("NOUN", "PROPN") and kb.qualified_title(office)):
        # "Club President": a noun the role phrase leaves out names the body whose role it is, not the state
        # ("junior foreign minister": an adjective qualifies the state's role): the sector is the body's, if any
        sector, body = body_sector(kb, title_toks)
        body = f" (its body '{body}')" if body else ""
    return Actor(span=span, name=name, country=country, sector=sector, kind="person", role=title, how="title",
                 reason=f"person '{name}' the knowledge base lacks, titled '{title}' -> {sector or 'no sector'}{body}"
                        + (f"; {why}" if country else "; the title states no country"))


_INITIALS = re.compile(r"^[^\W\d_](?:\.[^\W\d_])*\.?$|^[^\W\d_]{2}$")


def _body_title(resolver: ActorResolver, title_toks) -> bool:
    """Whether a title's head word names a body, not one holder of an office ("police chowki", "army camp").

    The head is the word before "of" ("commissioner of police") or the last word ("police
    commissioner"); a body is one of the profile's ``collective_state_nouns`` or ``invariant_nouns``
    ("police", "army", "military"): the words after it name a thing of the body ("police thana",
    "police naka", "police bandobast"), not a person.
    """
    words = [t for t in title_toks if t.is_alpha]
    cut = next((k for k, t in enumerate(words) if t.lower_ == "of"), len(words))
    if cut == 0:
        return False
    head = words[cut - 1]
    bodies = resolver.lang.collective_state_nouns | resolver.lang.invariant_nouns
    return head.lower_ in bodies or head.lemma_.lower() in bodies


def untyped_titled_name(resolver: ActorResolver, head, toks, to_span, on: _dt.date | None = None) -> Actor | None:
    """A person named after a title when the entity recogniser typed no name, or ``None``.

    In lower-cased text (IndiaPoliceEvents prints its news so) the small model finds no person
    in "police commissioner m.n. singh met the leaders" or "commissioner of police p c pandey
    said". The phrase is read as a title and a name when it ends in a run of name words after a
    role phrase of the knowledge base with a sector: initials ("m.n.", "p", "c") and words
    (at least one) that are no ordinary words of the language (``resolver.ordinary``: not a
    stop word nor a lemma of the lemmatizer's index, :meth:`dotterel.casing.CapitalsRecaser.ordinary`)
    nor role words. "the police commissioner's office", "police inspector rank" end in ordinary
    words and stay as they were. The actor gets the title's sector and no country (the title
    states none), as a titled name the knowledge base lacks does (:func:`unknown_name`); a name the
    knowledge base has is its person ("chief minister narendra modi").
    """
    ordinary = getattr(resolver, "ordinary", None)
    if ordinary is None or head.pos_ not in ("NOUN", "PROPN") or not (head.n_lefts or head.n_rights):
        return None  # a word with no dependents is a phrase of one word, which the length test below refuses
    # the whole phrase but its clauses: "commissioner of police p c pandey" hangs the name on "of"
    clauses = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "appos", "advcl") for t in c.subtree}
    seq = [t for t in head.subtree if t.i not in clauses and t.dep_ not in ("det", "poss", "case")]
    while seq and seq[-1].is_punct:
        seq = seq[:-1]
    if len(seq) < 2 or seq[-1].i - seq[0].i + 1 != len(seq) or not any(t.i == head.i for t in seq):
        # one word is no title and name (most argument phrases: read no further); a phrase with a gap or a
        # clause after its name ("..., who ...") is read otherwise
        return None
    def name_word(t) -> bool:
        if t.text == ".":
            return True
        if t.pos_ not in ("NOUN", "PROPN", "X", "ADJ") or (t.is_stop and len(t.text) > 1):
            return False  # "journalists in minsk": a preposition is no initial
        return bool(_INITIALS.match(t.text)) or (t.is_alpha and not ordinary(t.lower_)
                                                 and resolver.kb.role(t.lower_) is None)

    start = len(seq)
    while start > 0 and name_word(seq[start - 1]):
        start -= 1
    if start < len(seq):
        start = _after_abbreviation(resolver, seq, start)
    name_toks = seq[start:]
    if not any(t.is_alpha and len(t.text) > 2 for t in name_toks) or start == 0:
        return None
    text = doc_text(head.doc)
    entry, first = None, None
    for a in range(start):
        words = " ".join(text[seq[a].idx:seq[start - 1].idx + len(seq[start - 1].text)].lower().split())
        entry = resolver.kb.role(words.replace(" - ", "-"))
        if entry is not None and entry.sector is not None:
            first = a
            break
    if first is None or _body_title(resolver, seq[first:start]):
        return None
    while name_toks and name_toks[0].text == ".":
        name_toks = name_toks[1:]
    s, e = name_toks[0].idx, name_toks[-1].idx + len(name_toks[-1].text)
    name = text[s:e]
    title = text[seq[first].idx:seq[start - 1].idx + len(seq[start - 1].text)]
    known = resolver.person(name, to_span(s, e), on, (" ".join(title.lower().split()), entry.sector))
    if known is not None:
        return known
    return Actor(span=to_span(seq[first].idx, e), name=name, sector=entry.sector, kind="person", role=title,
                 how="title", reason=f"person '{name}' the entity recogniser left untyped, titled '{title}' -> "
                                     f"{entry.sector}; the title states no country")


def honoured_name(resolver: ActorResolver, head, toks, to_span, on: _dt.date | None = None) -> Actor | None:
    """A person named after an honorific the entity recogniser left untyped: "Shri Rahul Gandhi", or ``None``.

    An honorific (profile ``honorifics``: "Shri", "Smt", "Mr") is a form of address, no part of the name, and
    says the words after it name a person: the name is the proper nouns in Title Case from after it to the
    head, none of them a role word or a country; the knowledge base's person when it has the name, otherwise a
    person with no country or sector (the honorific states neither), as :func:`unknown_name` gives one.
    """
    if head.pos_ != "PROPN":
        return None
    at = next((k for k, t in enumerate(toks) if t.lower_ in resolver.lang.honorifics), None)
    name_toks = [t for t in toks[at + 1:] if t.text != "."] if at is not None else []
    if not name_toks or name_toks[-1].i != head.i or any(
            t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or resolver.kb.role(t.lower_) is not None
            or resolver.kb.country_by_name(t.text) is not None for t in name_toks):
        return None
    text = doc_text(head.doc)
    s, e = name_toks[0].idx, head.idx + len(head.text)
    known = resolver.person(text[s:e], to_span(s, e), on)
    if known is not None:
        return known
    honorific = toks[at].text
    return Actor(span=to_span(s, e), name=text[s:e], kind="person", how="name",
                 reason=f"person '{text[s:e]}' after the honorific '{honorific}'; no country or sector stated")


def _after_abbreviation(resolver: ActorResolver, seq, start: int) -> int:
    """Where a name after a role's abbreviation begins, its first words ordinary ones or not ("SSP anil kumar").

    A given name may be an ordinary word too ("anil", "ram"), which ends :func:`untyped_titled_name`'s run of
    name words early; right after a role's abbreviation in capitals (docs/knowledge_base.md; a lower-case
    line's are set so by :mod:`dotterel.casing`, and the entity recogniser then types the abbreviation and no
    name), up to two such words are the name's too when they are nouns or proper nouns, no stop word nor role
    word. ``start`` (the run's first token in ``seq``) otherwise.
    """
    k = start - 1
    while k > 0 and start - k <= 2 and seq[k].is_alpha and seq[k].pos_ in ("NOUN", "PROPN") and not seq[k].is_stop \
            and resolver.kb.role(seq[k].lower_) is None:
        k -= 1
    abbreviation = seq[k]
    if k < start - 1 and abbreviation.text.isupper() and resolver.kb.role_abbreviation(abbreviation.text) is not None:
        return k + 1
    return start


def _sentence_country(resolver: ActorResolver, head) -> str | None:
    """The one country the other names of ``head``'s sentence give (a country, a people, a national body), or None.

    "President Dos Sontas conceded to demands from UNITA", "... from the National Union for the Total
    Independence of Angola": a body of the knowledge base gives its country, and so does a country's name or
    people inside a name it lacks. A misspelt titled name beside them is compared with that country's office
    holders only (:meth:`~dotterel.actors.kb.KnowledgeBase.misspelt_in_country`). Two countries give None.
    """
    kb, found = resolver.kb, set()
    name = entity_at(head)
    for ent in head.sent.ents:
        if (name is not None and ent.start == name.start) or ent.label_ not in ("GPE", "NORP", "ORG"):
            continue
        first, _, rest = ent.text.partition(" ")
        text = rest if rest and first.lower() in resolver.lang.definite_articles else ent.text
        entry = kb.country_by_name(text) or kb.country_by_demonym(text)
        org = kb.organisation(text) if entry is None else None
        country = entry.alpha3 if entry is not None else getattr(org, "country", None)
        if country is None and org is None:
            words = [kb.country_by_name(t.text) or kb.country_by_demonym(t.text) for t in ent if t.pos_ == "PROPN"]
            country = next((w.alpha3 for w in words if w is not None), None)
        if country not in (None, "IGO"):
            found.add(country)
    return next(iter(found)) if len(found) == 1 else None


def _organisation(resolver: ActorResolver, head, toks, ent, to_span) -> Actor | None:
    """An organisation name by its head noun ("the Coordination Council"), with the country it states."""
    lang = resolver.lang
    if head.lemma_.lower() not in lang.organisation_head_nouns and head.lower_ not in lang.organisation_head_nouns:
        return None
    inside = list(head.doc[ent.start:ent.end])  # the whole name: "National Union for the Independence of Angola"
    if not any(t.pos_ == "PROPN" and t.i != head.i and resolver.kb.role(t.lower_) is None for t in inside) \
            and head.pos_ != "PROPN":
        return None
    words = [t for t in head.doc[ent.start:ent.end]]
    while words and words[0].dep_ == "det":
        words = words[1:]
    while words and words[-1].dep_ == "case":
        words = words[:-1]  # "the Council's"
    if not words:
        return None
    s, e = words[0].idx, words[-1].idx + len(words[-1].text)
    name = _clean_name(doc_text(head.doc)[s:e])
    if not name or resolver.kb.organisation(name) is not None:
        return None
    country, why = resolver._country_from_modifiers([t for t in inside if t.i != head.i])
    if country is None:
        country, why = resolver._country_from_of(head)
        if country is not None:
            # the evidence takes in "of Sri Lanka"
            e = max(e, max(t.idx + len(t.text) for c in head.children if c.dep_ == "prep" for t in c.subtree))
    return Actor(span=to_span(s, e), name=name, country=country, kind="organisation", how="name",
                 reason=f"organisation name '{name}' the knowledge base lacks (head noun '{head.text}')"
                        + (f"; {why}" if country else "; no country stated"))


def unknown_name(resolver: ActorResolver, head, toks, to_span, on: _dt.date | None = None,
                 main: str | None = None) -> Actor | None:
    """The actor a proper name the knowledge base lacks names, or ``None``.

    Parameters
    ----------
    resolver : ActorResolver
        Gives the knowledge base (role nouns, countries, demonyms) and the
        language profile (``organisation_head_nouns``, ``honorifics``).
    head : spacy.tokens.Token
        Head of the phrase (a proper noun inside a PERSON or ORG entity).
    toks : list of spacy.tokens.Token
        The phrase's tokens (:func:`dotterel.events.detect.phrase_tokens`).
    to_span : callable
        Maps doc character offsets (start, end) to an original-text Span.
    on : datetime.date | None
        The event date: a title picks the one person of an ambiguous name who
        held that office then ("President Bush" in 2005,
        :meth:`~dotterel.actors.kb.KnowledgeBase.titled_person`).
    main : str | None
        The text's main country: a titled name that misspells only names of its office holders gives it
        (:meth:`~dotterel.actors.kb.KnowledgeBase.misspelt_in_country`).

    Returns
    -------
    Actor | None
        ``how`` is ``"title"`` or ``"name"`` (module docstring); ``None``
        when the head is in no PERSON or ORG entity or the words say nothing
        of what it names.
    """
    ent = entity_at(head)
    if ent is None or ent.label_ not in _NAME_LABELS:
        return untyped_titled_name(resolver, head, toks, to_span, on) or honoured_name(resolver, head, toks, to_span, on)
    if ent.label_ == "PERSON" and head.pos_ == "PROPN":
        return _person(resolver, head, toks, ent, to_span, on, main)
    if ent.label_ == "ORG":
        return _organisation(resolver, head, toks, ent, to_span)
    return None


def body_sector(kb, title_toks, *, titled: bool = True) -> tuple[str | None, str]:
    """The sector of the body a title names before its head ("Senate Foreign Relations Committee Chairman").

    The chair has no sector of its own; the body does (CAMEO agents: SENATE
    ~LEG, OPPOSITION ~OPP). The body's words as one phrase come first
    ("Workers' Party" is a party, PTY, not workers, LAB; "Opposition Party"
    OPP); failing that, the one sector its single words agree on ("Senate
    ... Committee": LEG); words of two sectors give none. Returns the sector
    and the body's words (``""`` with no sector). With ``titled`` false the tokens are the body's alone
    (the object of "the chief of police"), with no title word last to leave out.
    """
    toks = sorted(title_toks, key=lambda t: t.i)
    words = [t for t in (toks[:-1] if titled else toks) if t.pos_ in ("PROPN", "NOUN")]
    if not words:
        return None, ""
    whole = kb.role(" ".join(t.lower_ for t in words))
    if whole is not None and whole.sector is not None:
        return whole.sector, " ".join(t.text for t in words)
    found = {}
    for t in words:
        entry = kb.role(t.lower_)
        if entry is not None and entry.sector is not None:
            found.setdefault(entry.sector, t.text)
    if len(found) != 1:
        return None, ""
    sector, text = next(iter(found.items()))
    return sector, text


def worded_role(head, lang: LanguageProfile, kb=None) -> str:
    """The name of a role of no sector and no named body, as the text words it: "village chief", "civilian leader".

    The knowledge base's canonical phrase of such a role (``secretary general`` for "chief", "head",
    "leader", a role marked ``named_as_written``) would name an office the text does not: a village chief is
    no secretary general. The name is the head's lemma after the modifiers that say which role it is, and
    only those: a noun ("village", "community", "clan"), an adjective of the profile's
    ``role_kind_adjectives`` ("traditional", "civilian", "deputy"), a hyphenated word opening with one of
    its ``role_stance_prefixes`` ("pro-democracy"), and the name of a religious or ethnic group that is no
    country's demonym ("Muslim", "Fulani", "Kachin": the community the role heads). Words that describe the
    person are left out: other adjectives and quantifiers ("prominent", "unnamed", "late", "several
    senior"), participles ("ousted", "well-known"), numbers ("70-year-old"), places and demonyms
    ("Nigerian", "Zamfara"; the country is the actor's own field).

    Parameters
    ----------
    head : spacy.tokens.Token
        The role noun.
    lang : LanguageProfile
        For ``role_kind_adjectives`` and ``role_stance_prefixes``.
    kb : KnowledgeBase, optional
        For ``country_by_demonym``; without it no group's name is kept.

    Returns
    -------
    str
        Lower case, but for a group's name ("Muslim leader").
    """
    return " ".join([*_role_words(head, lang, kb), head.lemma_.lower()])


def worded_role_key(head, entry, lang: LanguageProfile, kb=None) -> str | None:
    """The key on which reports of one worded role are linked: the entry's phrase and the words that say which.

    "a village chief" and "a prominent village head" are one role, ``secretary general (village)``; "a church
    leader" is another, ``secretary general (church)``: the entry's phrase alone covers every head, chief and
    leader of a country, and would make two killings of two such people one (:mod:`dotterel.dedup`).

    Parameters
    ----------
    head : spacy.tokens.Token
        The role noun.
    entry : RoleEntry
        Its knowledge-base entry (phrase ``secretary general``).
    lang : LanguageProfile
        As for :func:`worded_role`.
    kb : KnowledgeBase, optional
        As for :func:`worded_role`.

    Returns
    -------
    str | None
        The entry's phrase, followed by the role's words in brackets when the text gives any; ``None`` for an
        entry not marked ``named_as_written`` (its phrase is the actor's name, the key linking needs).
    """
    if not getattr(entry, "named_as_written", False):
        return None
    words = _role_words(head, lang, kb)
    return f"{entry.name} ({' '.join(words)})" if words else entry.name


def _role_words(head, lang: LanguageProfile, kb=None) -> list[str]:
    """The modifiers of a role noun that say which role it is, in text order (:func:`worded_role`)."""
    groups = {_hyphen_group(c): c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i}
    return ["".join(t.text if _group_name(t, kb) else t.lower_ for t in head.doc[lo:hi])
            for (lo, hi), tok in sorted(groups.items()) if _names_the_role(head.doc[lo:hi], tok, lang, kb)]


def _hyphen_group(tok) -> tuple[int, int]:
    """The token range of the word ``tok`` is part of when hyphens join it ("pro-democracy", "70-year-old")."""
    doc, lo, hi = tok.doc, tok.i, tok.i
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_:
        lo -= 2
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ and not doc[hi + 1].whitespace_:
        hi += 2
    return lo, hi + 1


def _group_name(tok, kb) -> bool:
    """Whether ``tok`` names a religious or ethnic group, no country's demonym ("Muslim", "Fulani", not "Nigerian")."""
    return kb is not None and tok.ent_type_ == "NORP" and tok.is_alpha and kb.country_by_demonym(tok.text) is None


def _names_the_role(group, tok, lang: LanguageProfile, kb=None) -> bool:
    """Whether a modifier of a role noun says which role it is, not what its holder is like (:func:`worded_role`)."""
    if len(group) == 1 and _group_name(tok, kb):
        return True  # "a Muslim leader", "a Fulani leader": the community the role heads
    if any(t.ent_type_ or t.like_num or t.pos_ == "PROPN" for t in group):
        return False  # "Nigerian", "Zamfara", "70-year-old": the country is its own field, an age no role
    if len(group) > 1:
        return group[0].lower_ in lang.role_stance_prefixes  # "pro-democracy", not "well-known", "self-styled"
    return tok.is_alpha and (tok.pos_ == "NOUN" or tok.lower_ in lang.role_kind_adjectives)
