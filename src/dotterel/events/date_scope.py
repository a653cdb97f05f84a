"""Which of a sentence's dates fall in an event's scope: the clause tests :func:`dotterel.events.dating.event_date` asks.

A date dates the verb of its own clause (:func:`_governing_verb`); an event
below that verb shares it unless another trigger verb stands between
(:func:`_crosses_event`), the event opens a clause of its own
(:func:`_own_clause_between`) or names a later date of its own
(:func:`_own_later_date`). A participle describing the event's object
(:func:`_describing_participle`) and a later conjunct's closing day
(:func:`_trailing_shared`) are the event's. TimeML: each event is anchored by
the timex of its own clause; issue 16: an event takes its own clause's date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .date_clauses import _finite_relative
from .detect import _misattached_conj
from .participle_doers import participle_doers
from .verb_lists import list_members

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__: list[str] = []


def _describing_participle(governor, head, lang: LanguageProfile) -> bool:
    """Whether ``governor`` is a present participle describing the event's object or subject, not an act of its own.

    "looted a warehouse storing food aid in Jos on Saturday", "opened fire on protesters demanding jobs outside
    the governorate on Thursday": the small model hangs the event's trailing adjuncts on the participle, which
    says what its noun is or was doing at the time of the event, so a day there is the event's. A past
    participle ("the camp set up in 2019") dates its noun's own earlier act, and is not one. So does a protest
    participle before the people of the event's preposition, which the parser makes a gerund ("fired rubber
    bullets at protesting workers on Tuesday": the people protest at the firing;
    :func:`~dotterel.events.participle_doers.participle_doers`, Quirk et al. 1985, 17.100).
    """
    if governor.dep_ == "pcomp" and governor.head.dep_ == "prep" and governor.head.head == head \
            and participle_doers(governor, lang) is not None:
        return True
    if governor.dep_ != "acl" or governor.tag_ != "VBG":
        return False
    noun = governor.head
    if noun.head == head and noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return True
    # "on protesters demanding ...": the noun is the object of the event's preposition
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == head


def _kept_from(governor, head, lang: LanguageProfile) -> bool:
    """Whether ``governor`` is the gerund of an act the event ``head`` kept from happening.

    "Police prevented the crowd from storming the parliament in Dhaka on Friday", "stopped the mob from setting
    fire to buses on Friday": the parser hangs the closing day on the gerund, but the kept-from act never took
    place (profile ``kept_from_verbs`` and ``kept_from_prepositions``), so it has no day of its own and the day
    is the keeping's (PLOVER manual, 2021: events are interactions that happened; issue 16).
    """
    prep = governor.head
    return (governor.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in lang.kept_from_prepositions
            and prep.head == head and head.lemma_.lower() in lang.kept_from_verbs)


def _trailing_shared(ent, governor, head, date_ents, lang: LanguageProfile) -> bool:
    """Whether a date at the end of a later conjunct is shared by the event's verb, which has none of its own.

    "Angry residents blocked roads and smashed the windows of an office in Tripoli on Wednesday night": the
    two verbs share their subject and the closing day. Not when the later verb has its own subject ("police
    fired and protesters fled on Monday" is still read as one scene by other rules) or when the event's verb
    names a date of its own ("blocked roads on Tuesday and smashed windows on Wednesday"), nor when the later
    act follows the first after a lapse: a verb that ends or follows an earlier act (the profile's
    ``sequel_verbs``: "abducted 20 students and freed them on Sunday"), a word of sequence
    (``sequence_words``: "and later freed him", "released him after two weeks") or a span of time between
    them ("held him for three months and released him on Monday").
    """
    # a noun event is dated through the verb it is the object of ("declared a state of emergency ... and imposed")
    host = head if head.pos_ in ("VERB", "AUX") or head.dep_ != "dobj" else head.head
    members = {*host.conjuncts, *list_members(host)}  # "tear-gassed, baton-charged and arrested ... on Tuesday"
    if governor not in members or governor.i <= host.i or ent.start < governor.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in governor.children):
        return False
    chain = [v for v in members if host.i < v.i <= governor.i]
    if any(v.lemma_.lower() in lang.sequel_verbs for v in chain):
        return False  # "abducted 20 students and freed them on Sunday": the release came after
    between = host.doc[host.i + 1:ent.start]
    if any(t.lower_ in lang.sequence_words for t in between):
        return False  # "and later freed him", "released him after two weeks in detention"
    if any(e.label_ in ("DATE", "TIME") and host.i < e.start and e.end <= ent.start
           and e.root.dep_ not in ("compound", "nummod", "amod") for e in host.doc.ents):
        return False  # "held him for three months and released him": a lapse of time between the acts
    # a date of its own: not a modifier of a noun ("a 60-day state of emergency" is a length, not a day)
    return not any(_governing_verb(e.root) == host and e.root.dep_ not in ("compound", "nummod", "amod", "npadvmod")
                   for e, _s in date_ents if e is not ent)


def _own_later_date(head, governor, ent, date_ents) -> bool:
    """Whether ``head``, a later verb conjoined to the date's or below it, names a date of its own after it.

    "Protesters occupied the ministry on 7 March and marched to the capital weeks later": the march is dated by
    its own "weeks later", not by the first verb's day; "made no more arrests on Wednesday after detaining 40
    students on Tuesday": the detaining by its Tuesday (TimeML: each event is anchored by the timex of its own
    clause; issue 16: an event takes its own clause's date).
    """
    if head.i < governor.i:
        return False
    if head.dep_ in ("pcomp", "advcl") and governor in (head.head, head.head.head):  # "after detaining ... on Tuesday"
        # only a date on the clause's own verb, not one in a relative clause inside it ("which ... since 2019")
        return any(e.start >= ent.end and head in (e.root.head, e.root.head.head) for e, _s in date_ents)
    return head in governor.conjuncts and any(
        e.start >= ent.end and _governing_verb(e.root) == head for e, _s in date_ents)


def _governing_verb(tok):
    # a participle standing as a preposition ("45 people, including two journalists, in raids ... on Wednesday",
    # "following", "according to": dependency prep) governs no clause, so the date goes on up to the verb
    cur = tok
    for _ in range(8):
        if cur.head == cur:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "prep":
            return cur
        if cur.pos_ == "NOUN" and cur.dep_ in ("nsubj", "ROOT"):
            continue
    return None


def _crosses_event(head, governor, lexicon) -> bool:
    """True when another trigger verb stands between the date's verb and ``head``."""
    cur = head
    while cur != governor and cur.head != cur:
        cur = cur.head.head if _misattached_conj(cur) else cur.head
        if cur == governor:
            return False
        if cur.pos_ == "VERB" and lexicon.rules_for(cur.lemma_.lower()) and cur.dep_ not in ("conj",):
            return True
    return False


def _takes_up_doers(verb, lang: LanguageProfile) -> bool:
    """Whether conjunct ``verb``'s only subject goes on with the first verb's scene.

    "did not fire on the crowd on Friday, but they beat dozens": a group pronoun (``lang.group_pronouns``)
    takes up the first verb's doers. "Troops entered Kidal on Tuesday and its mayor was detained": the
    people of a place by its possessive (``lang.dweller_nouns`` after ``lang.body_possessives``: the owner is
    a place, the one the first verb names, as object or after ``lang.ground_prepositions``) are that place's,
    in the scene the first verb opened (issue 16, dates25). Not after a lapse ("were deployed on Friday, but
    they later beat traders": ``lang.sequence_words``), nor after a verb of speech or intent, whose day is the
    telling's or the promise's ("promised on Monday to protect civilians, but they shelled the town":
    ``lang.reporting_verbs``, ``lang.content_verbs``; rev24d), nor when the conjunct is one ("and its mayor said
    soldiers had beaten residents": the beating is the telling's content; rev25d).
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not all((c.dep_ == "nsubj" and c.lower_ in lang.group_pronouns)
                               or _dwellers_of_its_place(c, verb.head, lang) for c in subjects):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lang.sequence_words for c in verb.children):
        return False
    # nor when the conjunct itself tells or means ("and its mayor said soldiers had beaten residents"): the day
    # of its content is the content's own, not the first verb's (rev25d)
    told = {v.lemma_.lower() for v in (verb.head, verb)}
    return not told & (set(lang.reporting_verbs) | set(lang.content_verbs))


def _dwellers_of_its_place(subject, first, lang: LanguageProfile) -> bool:
    """Whether ``subject`` is "its mayor", "its residents" and the verb ``first`` names a place they belong to."""
    if subject.lemma_.lower() not in lang.dweller_nouns or not any(
            c.dep_ == "poss" and c.lower_ in lang.body_possessives for c in subject.children):
        return False
    if any(c.dep_ == "neg" for c in first.children):
        return False  # "did not enter Kidal on Tuesday, but its mayor was detained": no scene opened there (rev25d)
    places = [c for c in first.children if c.dep_ == "dobj"]
    places += [p for c in first.children if c.dep_ == "prep" and c.lower_ in lang.ground_prepositions
               for p in c.children if p.dep_ == "pobj"]
    return any(p.ent_type_ in ("GPE", "LOC", "FAC") or p.pos_ == "PROPN" or p.lemma_.lower() in lang.place_nouns
               for p in places)  # "entered Kidal" (a name the small model may leave untyped), "a village"


def _own_clause_between(head, governor, lang: LanguageProfile) -> bool:
    """True when ``head`` is a conjoined clause with its own subject, or a relative clause, below ``governor``.

    "Washington imposed sanctions on Friday, and Oklahoma lawmakers passed a
    resolution": the second clause does not inherit "on Friday"; a group
    pronoun that takes up the first verb's doers is no subject of its own
    ("did not fire on the crowd on Friday, but they beat dozens": one scene,
    as for places, ``places.scene.shared_ground``; ``lang.group_pronouns``). "Police on
    Wednesday arrested three men who had attacked a shop": the relative clause
    tells its own event, at its own time (here before the arrest), and does
    not inherit "on Wednesday" (TimeML: a relative clause's event is anchored
    by its own temporal expression; issue 16: an event takes its own clause's
    date).
    """
    cur = head
    while cur != governor and cur.head != cur:
        if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children) \
                and not _takes_up_doers(cur, lang):
            return True
        if _finite_relative(cur):
            return True
        cur = cur.head
    return False
