"""Recipients the trigger's own argument slots miss, where the text still names them.

Two kinds, each only when no recipient was found in the rule's slots:

* **the government a protest is against** (PLOVER manual, PROTEST: the target
  is whom the demands address). "Rallied against power cuts and tax rises",
  "blocked motorways in protest at rising fuel taxes", "a steep jump in fuel
  prices": a grievance that is a government's own act or policy (the
  profile's ``government_grievance_nouns``: taxes, laws, prices, cuts ...)
  or a protest held at the seat of government ("outside parliament", the
  profile's ``government_seat_nouns``) names that government. The country is
  the protesters' own (their actor's country), else the document's main
  country; with neither, no recipient.
* **the party named inside the object of a verbal act**. "Reject proposed
  Israeli changes", "threatened further action against Russia", "demanded
  an immediate admission by Moscow", "conceded to demands from UNITA": the
  object's "by" phrase (and, by type, its "against", "from", "on" or "with"
  phrase), or a demonym or country name modifying it (that country's
  government), is the act's target. A ban or police action aimed at a protest
  ("banned all opposition rallies", "prevented the demonstration staged by
  students") is aimed at the protest's holders.
* **the host country of a mission** (PLOVER manual: AID's target receives
  the aid; CONSULT ``visit``: the host; ACCUSE ``investigate``: the one
  investigated). "Its first peacekeepers landed in Kazakhstan", "dispatched
  inspectors to the Esfahan plant in central Iran": a country named as the
  destination (the trigger's "to", "in" or "into" phrase, or the rule's
  recipient phrase, or an "in" or "of" phrase inside either) is the recipient, as its
  government. Only a country's own name counts; a town or a site names none.
* **the requester of an answered request** (PLOVER manual: AGREE and REJECT
  are aimed at the party whose proposal or request they answer). "Tokayev
  asked the CSTO to help ... The bloc agreed": an agreement or refusal with
  no object of its own but a request ("rejected the demand"), whose doer is the recipient of the nearest earlier
  request of the paragraph, answers that request; its recipient is the
  requester, whose earlier words are the span. Aid answers a request the same way (PLOVER manual, AID:
  the recipient is who receives it): "Tokayev appealed to the CSTO for help ... the arrival of CSTO
  peacekeepers" is aid to Tokayev; what aid gives ("sent troops") is no answer's object to look for, and only
  a request for assistance (PLOVER REQUEST mode ``assist``) is one aid answers.
* **the doer of an act a reaction refers back to** (PLOVER manual, ACCUSE:
  the accused is who did the act disapproved of). "Tokayev told security
  forces to shoot to kill ... Blinken condemned the order": a definite act
  noun as the reaction's object ("the order", "these arrests"; the profile's
  ``act_noun_verbs``), with no doer of its own, refers to the nearest earlier
  event of the paragraph whose trigger is one of its verbs; the reaction is
  aimed at that event's actor.
* **the holders of a targeted place**. "Shelled rebel-held areas",
  "prepared to resume shelling Albanian rebel-held territory": the X of an
  "X-held" object (the profile's ``holding_participles``) is the recipient,
  with the country of a demonym on the object when X names none.

* **the people of an attacked place**. "A camp for Congolese refugees was
  attacked", "troops burned the homes of villagers": a place noun (the
  profile's ``setting_nouns``) as an assault's or coercion's object, with a
  "for" or "of" phrase (``occupant_prepositions``) that names people, is
  aimed at them.

* **the party a threat's condition names**. "Threatened to block the roads
  if the government refused", "unless the government cuts fuel taxes": the
  subject of the threat's "if" or "unless" clause (``condition_marks``),
  on the threat or its infinitive, is the one who must comply: the
  threatened party (PLOVER manual, THREATEN).

Nothing here invents a recipient the words do not name: a protest with no
stated grievance, or an object with no party in it, keeps none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..annotate import entity_at
from ..records import Actor
from .syntax import to_infinitive

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["act_doer", "conditional_party", "host_country", "object_party", "occupants", "place_holders",
           "protest_target", "requester"]

# PLOVER event types whose recipient is the one the act is aimed at (verbal and sanction types)
_AIMED_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE", "SUPPORT", "SANCTION", "AGREE"})
# The prepositions inside the object that name the act's target, by type: "by" (whose act: "an admission by
# Moscow", "abuses by the police") for all; "against" only for threats and sanctions ("action against Russia";
# "condemned force against protesters" names the victims, not the accused); "from" for what is conceded or
# rejected ("demands from UNITA"); "with" for agreements ("a deal with the rebels").
_PARTY_PREPOSITIONS = {"THREATEN": ("by", "against"), "SANCTION": ("by", "against", "on"),
                       "CONCEDE": ("by", "from"), "REJECT": ("by", "from"), "AGREE": ("by", "with")}
_GRIEVANCE_PREPOSITIONS = ("against", "at", "over")
_PLACE_PREPOSITIONS = ("outside", "at", "in front of", "before")


def _pobjs(tok, preps) -> list:
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for p in c.children if p.dep_ in ("pobj", "pcomp")]


def _grievance(noun, lang: LanguageProfile, depth: int = 0):
    """``noun`` or the noun its "of"/"in" phrase names, when it is a government grievance ("a jump in prices")."""
    if any(c.dep_ == "poss" and c.lower_ not in ("its", "their") for c in noun.children):
        return None  # "the club's ticket prices": someone else's, named
    if noun.lemma_.lower() in lang.government_grievance_nouns or noun.lower_ in lang.government_grievance_nouns:
        return noun
    if depth < 2:
        for p in _pobjs(noun, ("of", "in", "on")):
            found = _grievance(p, lang, depth + 1)
            if found is not None:
                return found
    for c in noun.conjuncts:
        if c.lemma_.lower() in lang.government_grievance_nouns:
            return c
    return None


def protest_target(toks, actor: Actor | None, home: str | None, *, lang: LanguageProfile,
                   to_span: Callable[[int, int], object], kb) -> Actor | None:
    """The government a protest is against, by its stated grievance or place (module docstring).

    Parameters
    ----------
    toks : dotterel.pipeline.context.CandidateTokens
        The protest's trigger and head.
    actor : Actor | None
        The protesters, whose country is the government's.
    home : str | None
        The document's main country, when the protesters have none.
    lang : LanguageProfile
        ``government_grievance_nouns`` and ``government_seat_nouns``.
    to_span : callable
        Doc character offsets -> original-text Span.
    kb : KnowledgeBase
        For the country's name.

    Returns
    -------
    Actor | None
    """
    country = actor.country if actor is not None and actor.country not in (None, "IGO") else home
    if country is None:
        return None
    found = None
    why = ""
    for anchor in dict.fromkeys([toks.head, toks.trigger, toks.obj]):
        if anchor is None:
            continue
        # "rallied against power cuts", "in protest at fuel taxes" (the "in protest" phrase on the verb)
        nouns = _pobjs(anchor, _GRIEVANCE_PREPOSITIONS)
        nouns += [q for p in _pobjs(anchor, ("in",)) if p.lemma_.lower() in lang.protest_event_nouns
                  for q in _pobjs(p, _GRIEVANCE_PREPOSITIONS)]
        for n in nouns:
            found = _grievance(n, lang)
            if found is not None:
                why = f"a protest against '{found.text}', a government's act or policy"
                break
        if found is None:
            # "outside parliament": a preposition, or the small parser's adjective on an object
            seats = _pobjs(anchor, _PLACE_PREPOSITIONS) + [
                n for n in anchor.children if n.dep_ in ("dobj", "npadvmod")
                and any(c.lower_ in _PLACE_PREPOSITIONS for c in n.children if c.dep_ in ("amod", "advmod"))]
            for n in seats:
                if n.lemma_.lower() in lang.government_seat_nouns:
                    found, why = n, f"a protest at '{n.text}', the seat of government"
                    break
        if found is not None:
            break
    if found is None:
        return None
    entry = kb.country(country)
    name = f"{entry.name} government" if entry is not None else f"{country} government"
    return Actor(span=to_span(found.idx, found.idx + len(found.text)), name=name, country=country, sector="GOV",
                 kind="country", how="context",
                 reason=f"{why}: the government of {country}, the protesters' country")


def _protesters_of(head, toks, resolve, lang: LanguageProfile) -> Actor | None:
    """Who holds the protest a ban or a police action is aimed at.

    "banned all opposition rallies", "prevented the demonstration staged by
    students": the protest noun's possessor, modifier or "by" phrase.
    """
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if toks.obj is not None:
        objects.insert(0, toks.obj)
    for obj in objects:
        if obj.lemma_.lower() not in lang.protest_event_nouns:
            continue
        doers = [c for c in obj.children if c.dep_ in ("poss", "compound") and c.i < obj.i]
        doers += _pobjs(obj, ("by",)) + [p for c in obj.children if c.dep_ == "acl" for p in _pobjs(c, ("by",))]
        for d in doers:
            party = resolve(d)
            if party is not None:
                return party
    return None


def object_party(toks, event_type: str, resolve: Callable[[object], Actor | None], *,
                 kb, to_span: Callable[[int, int], object], lang: LanguageProfile | None = None) -> Actor | None:
    """The party named inside the object of a verbal act ("rejected proposed Israeli changes").

    Parameters
    ----------
    toks : dotterel.pipeline.context.CandidateTokens
    event_type : str
        Only acts aimed at someone (requests, accusations, rejections,
        threats, concessions, support, sanctions, agreements) are looked at.
    resolve : callable
        Resolves a token to an actor (the assembler's resolver).
    kb : KnowledgeBase
        For a demonym or country name modifying the object.
    to_span : callable
        Doc character offsets -> original-text Span.
    lang : LanguageProfile | None
        ``protest_event_nouns``: for a coercion (a ban, a police action) whose
        object is a protest, the protest's holders are the recipient.

    Returns
    -------
    Actor | None
    """
    head = toks.head
    if event_type == "COERCE" and lang is not None:
        return _protesters_of(head, toks, resolve, lang)
    if event_type not in _AIMED_TYPES:
        return None
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += _pobjs(head, ("to",))  # "conceded to demands from UNITA"
    if toks.obj is not None:
        objects.insert(0, toks.obj)
    for obj in objects:
        for p in _pobjs(obj, _PARTY_PREPOSITIONS.get(event_type, ("by",))):
            party = resolve(p)
            if party is not None:
                return party
        for c in obj.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < obj.i:
                entry = kb.country_by_demonym(c.text) or kb.country_by_name(c.text)
                if entry is not None:
                    return Actor(span=to_span(c.idx, c.idx + len(c.text)), name=f"{entry.name} government",
                                 country=entry.alpha3, sector="GOV", kind="country", how="country",
                                 reason=f"'{c.text} {obj.text}': the act of {entry.name}'s government")
    return None


# (PLOVER type, mode) whose recipient is the country the mission goes to (mode None: any)
_HOST_KINDS = frozenset({("AID", None), ("CONSULT", "visit"), ("ACCUSE", "investigate")})


def _destinations(noun, within, depth: int = 0) -> list:
    """``noun`` and the nouns of its ``within`` phrases ("the town of Bucha in Ukraine"), two deep."""
    out = [noun, *noun.conjuncts]
    if depth < 2:
        for p in _pobjs(noun, within):
            out += _destinations(p, within, depth + 1)
    return out


def _names_receiver(noun, lang: LanguageProfile) -> bool:
    """Whether a recipient phrase's head names who or what receives ("families", "flood victims", "hospitals").

    The object of a destination preposition (the profile's ``destination_prepositions``) or a dative, a common noun that is no place's name or noun (the profile's ``place_nouns``, ``sub_place_nouns``,
    ``settlement_nouns``: "the town of Bucha in Ukraine" is where the mission goes): the receivers are named,
    and a place in their phrase says where they are.
    """
    if noun.ent_type_ in ("GPE", "LOC") or noun.pos_ != "NOUN":
        return False
    if noun.dep_ != "dative" and not (noun.dep_ == "pobj" and noun.head.lower_ in lang.destination_prepositions):
        return False  # "dispatched inspectors to a plant in Syria": the ones sent, not those they go to
    lemma = noun.lemma_.lower()
    return not any(lemma in words for words in (lang.place_nouns, lang.sub_place_nouns, lang.settlement_nouns))


def host_country(toks, event_type: str, mode: str | None, slot_heads, *, kb,
                 to_span: Callable[[int, int], object], lang: LanguageProfile) -> Actor | None:
    """The government of the country a mission goes to, when the text names the country (module docstring).

    Parameters
    ----------
    toks : dotterel.pipeline.context.CandidateTokens
        The event's trigger and head.
    event_type, mode : str, str | None
        Only aid, visits and investigations have a host (``_HOST_KINDS``).
    slot_heads : iterable of spacy.tokens.Token
        The heads of the rule's recipient phrases, none of which resolved to an actor.
    kb : KnowledgeBase
        Country names (ISO 3166 and the names the knowledge base adds).
    to_span : callable
        Doc character offsets -> original-text Span.

    Returns
    -------
    Actor | None
        The country's government, its span the country's name; ``None`` when no destination is a country.

    Examples
    --------
    "Russian peacekeepers landed in Kazakhstan" (AID) -> Kazakhstan government;
    "sent aid to a hospital in Gaza City" -> None (no country named);
    "the ICC is investigating Russia" -> Russia government, but "investigating war crimes in
    Ukraine" -> None (the country is where the crimes were, not the one investigated).
    """
    if (event_type, mode) not in _HOST_KINDS and (event_type, None) not in _HOST_KINDS:
        return None
    if event_type != "ACCUSE" and any(_names_receiver(n, lang) for n in slot_heads):
        # "delivered food to displaced families in Sudan", "sent medicine to flood victims in Pakistan": the text
        # names who receives the aid, and a place in their phrase or the verb's says where they are; the country's
        # government receives nothing (PLOVER manual: the recipient is the one the act is done to). An
        # investigation's site ("dispatched inspectors to a plant in Syria") is where it goes: read on below
        return None
    heads: list = []
    within = tuple(lang.within_prepositions)
    if event_type == "ACCUSE":
        # an investigation goes where it is sent ("sent investigators to ... in Moldova"); "investigating
        # war crimes in Ukraine" names where the crimes were, and only a country that is itself the
        # object ("investigating Russia") is the one investigated
        places = tuple(lang.destination_prepositions)
        named = [[n, *n.conjuncts] for n in slot_heads if n.dep_ == "dobj"]
    else:
        places = tuple(lang.arrival_prepositions)
        named = [_destinations(n, within) for n in slot_heads]
    for anchor in dict.fromkeys([toks.head, toks.trigger]):
        sent_to = _pobjs(anchor, lang.destination_prepositions)
        heads += _pobjs(anchor, places)
        if sent_to and event_type == "ACCUSE":
            # "dispatched inspectors to the Esfahan plant in central Iran": the parser hangs the "in" phrase
            # of the destination on the verb; with a destination named, it still says where that is
            heads += [p for p in _pobjs(anchor, within) if p.i > min(t.i for t in sent_to)]
    for nouns in named + [_destinations(h, within) for h in heads]:
        for noun in nouns:
            if noun.ent_type_ not in ("GPE", "LOC", ""):
                continue
            ent = entity_at(noun)
            start, end = (ent.start_char, ent.end_char) if ent is not None else (noun.idx, noun.idx + len(noun.text))
            name = noun.doc.text[start:end]
            entry = kb.country_by_name(name.removeprefix("the ").strip())
            if entry is None:
                continue
            return Actor(span=to_span(start, end), name=f"{entry.name} government", country=entry.alpha3,
                         sector="GOV", kind="country", how="destination",
                         reason=f"'{name}': the country the {event_type.lower()} goes to, its government")
    return None


# PLOVER types that answer a request, the type they answer, and the request's modes they answer (None: any).
# Aid answers only a request for assistance (PLOVER REQUEST mode assist: "asks for ... any kind of
# assistance"); "Protesters urged the army to stay neutral. The army sent aid" gives the protesters nothing.
_ANSWERS = {"AGREE": ("REQUEST", None), "REJECT": ("REQUEST", None), "AID": ("REQUEST", frozenset({"assist"}))}


def _identity(actor: Actor) -> tuple:
    return actor.name, actor.country, actor.sector


def requester(toks, event_type: str, actor: Actor | None, earlier, paragraph: Callable[[int], int],
              here: int, *, lang: LanguageProfile) -> Actor | None:
    """Who asked for what an agreement, refusal or aid answers (module docstring).

    Parameters
    ----------
    toks : dotterel.pipeline.context.CandidateTokens
        The answer's trigger and head: a direct object ("agreed a deal") means an agreement or refusal answers
        something else, unless it is a request (the profile's ``request_nouns``: "rejected the demand"); aid's
        object is what it gives ("sent troops").
    event_type : str
        ``AGREE``, ``REJECT`` or ``AID``; other types have no requester.
    actor : Actor | None
        Who agrees or refuses.
    earlier : sequence of Event
        The document's events so far, in text order.
    paragraph : callable
        Original-text offset -> paragraph index.
    here : int
        Original-text offset of the answer.
    lang : LanguageProfile
        ``request_nouns``.

    Returns
    -------
    Actor | None
        The nearest earlier request's actor, when that request in the same paragraph was made to ``actor``
        (and, for aid, asked for assistance: PLOVER REQUEST mode ``assist``).
    """
    asked, modes = _ANSWERS.get(event_type, (None, None))
    if asked is None or actor is None or event_type != "AID" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in lang.request_nouns for c in toks.head.children):
        return None  # "agreed a trade deal" answers no request; "rejected the demand" does
    for ev in reversed(earlier):
        if paragraph(ev.sentence.start) != paragraph(here):
            return None
        if ev.event_type != asked:
            continue
        if ev.actor is None or ev.recipient is None or _identity(ev.recipient) != _identity(actor) \
                or (modes is not None and ev.mode not in modes):
            return None  # the nearest request was made to someone else, or asked for what this does not give
        return ev.actor.model_copy(update={
            "how": "context", "antecedent": ev.actor.span,
            "reason": f"{event_type.lower()} answers the request '{ev.trigger.text}' that {ev.actor.name} made "
                      f"to {actor.name}"})
    return None


# PLOVER types that react to someone's act (accusing, rejecting or supporting it)
_REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT"})


def act_doer(toks, event_type: str, earlier, lemma_of: Callable[[object], str | None],
             paragraph: Callable[[int], int], here: int, *, lang: LanguageProfile) -> Actor | None:
    """The doer of the earlier act a reaction's object refers back to (module docstring).

    Parameters
    ----------
    toks : dotterel.pipeline.context.CandidateTokens
        The reaction's trigger and head; its direct object is read.
    event_type : str
        ``ACCUSE``, ``REJECT`` or ``SUPPORT``; other types are left alone.
    earlier : sequence of Event
        The document's events so far, in text order.
    lemma_of : callable
        Event -> the lemma of its trigger word (``None`` when unknown).
    paragraph : callable
        Original-text offset -> paragraph index.
    here : int
        Original-text offset of the reaction.
    lang : LanguageProfile
        ``act_noun_verbs``, ``definite_articles`` and ``coref_demonstratives``.

    Returns
    -------
    Actor | None
        The earlier event's actor, its span the earlier words and its antecedent the same; ``None`` when the
        object names its own doer, is no act noun, names with a "to" infinitive an act the paragraph does not
        report ("the decision to raise rates", "the move to sell the club"), or the nearest matching event has
        no actor. An object
        with an "of" patient ("the killing of its soldiers") matches only an event whose recipient that
        noun names; two matching events of the paragraph with different actors give ``None``.
    """
    if event_type not in _REACTIONS:
        return None
    for obj in (c for c in toks.head.children if c.dep_ == "dobj"):
        verbs = lang.act_noun_verbs.get(obj.lemma_.lower())
        if not verbs or not any(c.dep_ == "det" and (c.lower_ in lang.definite_articles
                                                     or c.lower_ in lang.coref_demonstratives) for c in obj.children):
            continue
        if any(c.dep_ == "poss" for c in obj.children) or _pobjs(obj, ("by",)):
            continue  # "condemned the army's raid": the object names its doer
        patients = _pobjs(obj, ("of",))  # "the killing of its soldiers": whose act it was is told by its victim
        told = [c.lemma_.lower() for c in obj.children
                if c.dep_ == "acl" and c.pos_ == "VERB" and to_infinitive(c)]
        if told and not any(lemma_of(ev) in told for ev in earlier if paragraph(ev.sentence.start) == paragraph(here)):
            continue  # "criticised the move to sack the coach": the noun names an act the paragraph does not report
        found = []
        for ev in reversed(earlier):
            if paragraph(ev.sentence.start) != paragraph(here):
                break
            if lemma_of(ev) not in verbs:
                continue
            if patients and not any(_names(ev.recipient, p) for p in patients):
                continue  # "police shot dead a protester" is not "the killing of its soldiers"
            found.append(ev)
        if not found or found[0].actor is None:
            return None
        if len({_identity(ev.actor) if ev.actor is not None else None for ev in found}) > 1:
            return None  # two earlier acts of that kind by different doers: which one is meant is not said
        ev = found[0]
        return ev.actor.model_copy(update={
            "how": "context", "antecedent": ev.actor.span,
            "reason": f"'{obj.text}' refers back to '{ev.trigger.text}', done by {ev.actor.name}"})
    return None


def _names(recipient: Actor | None, tok) -> bool:
    """Whether the noun ``tok`` ("soldiers") names the same kind of side as ``recipient`` (its name or words)."""
    if recipient is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = {w.lower() for w in recipient.name.split()}
    if recipient.span is not None:
        words |= {w.lower() for w in recipient.span.text.split()}
    return tok.lemma_.lower() in words or tok.lower_ in words


def _country_holder(tok, kb, to_span) -> Actor | None:
    """"Russian-occupied": a demonym or country name as the holder is that country's state."""
    entry = kb.country_by_demonym(tok.text) or kb.country_by_name(tok.text)
    if entry is None:
        return None
    return Actor(span=to_span(tok.idx, tok.idx + len(tok.text)), name=f"{entry.name} government",
                 country=entry.alpha3, sector="GOV", kind="country", how="country",
                 reason=f"'{tok.text}': the state of {entry.name}")


def place_holders(toks, resolve: Callable[[object], Actor | None], *, kb, to_span: Callable[[int, int], object],
                  lang: LanguageProfile) -> Actor | None:
    """Who holds the place an act is aimed at ("shelled rebel-held areas") (module docstring).

    Parameters
    ----------
    toks : dotterel.pipeline.context.CandidateTokens
        The act's trigger and head; their direct objects, and those of open complements under the head
        ("prepared to resume shelling ..."), are read.
    resolve : callable
        Resolves a token to an actor (the assembler's resolver).
    kb : KnowledgeBase
        For a demonym on the place noun ("Albanian rebel-held territory").
    to_span : callable
        Doc character offsets -> original-text Span.
    lang : LanguageProfile
        ``holding_participles``.

    Returns
    -------
    Actor | None
        The holder, its span from the demonym (if it gave the country) to the holder's word.
    """
    verbs = [toks.head, toks.trigger]
    verbs += [x for v in list(verbs) for x in v.subtree if x.dep_ == "xcomp" and x.i != v.i]
    for verb in dict.fromkeys(verbs):
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for part in (c for c in obj.children if c.dep_ == "amod" and c.lower_ in lang.holding_participles):
                for holder_tok in (c for c in part.children if c.dep_ in ("npadvmod", "compound") and c.i < part.i):
                    holder = resolve(holder_tok) or _country_holder(holder_tok, kb, to_span)
                    if holder is None:
                        continue
                    demonym = next((c for c in obj.children if c.dep_ == "amod" and c.i < holder_tok.i
                                    and kb.country_by_demonym(c.text) is not None), None)
                    update: dict = {"reason": f"'{holder_tok.text}-{part.text} {obj.text}': the holders of the "
                                              f"place aimed at ({holder.reason})"}
                    if demonym is not None and (holder.country is None or holder.how == "role_home_country"):
                        country = kb.country_by_demonym(demonym.text).alpha3
                        name = holder.name.removeprefix(f"{holder.country} ") if holder.country else holder.name
                        update.update(country=country, name=f"{country} {name}", how="role",
                                      span=to_span(demonym.idx, holder_tok.idx + len(holder_tok.text)))
                    return holder.model_copy(update=update)
    return None


# PLOVER types of physical acts on a place, whose target is who is there
_PLACE_ACTS = frozenset({"ASSAULT", "COERCE"})


def occupants(toks, event_type: str, slot_heads, resolve: Callable[[object], Actor | None], *,
              lang: LanguageProfile) -> Actor | None:
    """The people an attacked place is for or of ("a camp for Congolese refugees") (module docstring).

    Parameters
    ----------
    toks : dotterel.pipeline.context.CandidateTokens
        The act's trigger and head: their direct objects and passive subjects are read.
    event_type : str
        Only assaults and coercions (``_PLACE_ACTS``).
    slot_heads : iterable of spacy.tokens.Token
        The heads of the rule's recipient phrases, none of which resolved to an actor.
    resolve : callable
        Token -> Actor (the assembler's resolver).
    lang : LanguageProfile
        ``setting_nouns`` and ``occupant_prepositions``.

    Returns
    -------
    Actor | None
        The occupants, as their own words resolve (not by coreference); ``None`` when the place names none.

    Examples
    --------
    "A camp for Congolese refugees was attacked" -> Congolese refugees;
    "Gunmen attacked the village of Kuje" -> None (a name, no people).
    """
    if event_type not in _PLACE_ACTS:
        return None
    places = list(slot_heads) + [c for h in dict.fromkeys([toks.head, toks.trigger]) for c in h.children
                                 if c.dep_ in ("dobj", "nsubjpass")]
    for place in dict.fromkeys(places):
        if place.lemma_.lower() not in lang.setting_nouns:
            continue
        for p in _pobjs(place, lang.occupant_prepositions):
            if p.pos_ != "NOUN":
                continue  # "the village of Kuje": a name
            party = resolve(p)
            if party is not None and party.how not in ("context", "pronoun"):
                # a description that refers back ("the stations of the network") names no one of its own
                return party.model_copy(update={"reason": f"'{place.text} {p.head.text} {p.text}': the people of "
                                                          f"the place aimed at ({party.reason})"})
    return None


def conditional_party(toks, event_type: str, actor: Actor | None, resolve: Callable[[object], Actor | None], *,
                      lang: LanguageProfile) -> Actor | None:
    """Who must comply with a threat's condition ("... if the government refused") (module docstring).

    Parameters
    ----------
    toks : dotterel.pipeline.context.CandidateTokens
        The threat's trigger and head; their adverbial clauses, and those of their open complements
        ("threatened to block the roads if ..."), are read.
    event_type : str
        Only ``THREATEN``.
    actor : Actor | None
        Who threatens: a condition on their own act ("if they are attacked") names no one else.
    resolve : callable
        Token -> Actor (the assembler's resolver, with coreference: "if it refused").
    lang : LanguageProfile
        ``condition_marks``.

    Returns
    -------
    Actor | None

    Examples
    --------
    "Farmers threatened to block the highways unless the government cuts fuel taxes" -> the government.
    """
    if event_type != "THREATEN":
        return None
    verbs = [toks.head, toks.trigger]
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "xcomp"]
    for verb in dict.fromkeys(verbs):
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if not any(m.dep_ == "mark" and m.lower_ in lang.condition_marks for m in clause.children):
                continue
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            party = resolve(subj) if subj is not None else None
            if party is None or (actor is not None and (party.name, party.country) == (actor.name, actor.country)):
                continue
            return party.model_copy(update={"reason": f"the condition '{subj.text} {clause.text}' of the threat: "
                                                      f"who must comply ({party.reason})"})
    return None
