"""The parse rules that find places and tie them to an event (used by :mod:`dotterel.places.event_location`).

Each function reads spaCy tokens of the parsed (normalised) document: the
dependency labels and entity labels are the model's (spaCy's English
pipelines, ClearNLP dependency labels), the words are the language
profile's (``place_prepositions``, ``locative_prepositions``,
``place_nouns``, ``direction_words``, ``region_words``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dotterel.events.detect import same_scene

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile

__all__ = ["PLACE_LABELS", "setting_modifier", "nationality_modifier", "with_region_word", "attached",
           "other_clause", "relative_clause_host", "in_modifier_clause", "sub_place", "person_object", "sub_place_host", "part_of_land", "mention_label", "at_setting", "residence", "name_of", "origin"]

#: spaCy's entity labels of places (the model's, not the language's).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

def with_region_word(ent, lang: LanguageProfile):
    """Extend "Sverdlovsk" in "Sverdlovsk region" so the region, not a city, is looked up."""
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in lang.region_words:
        return ent.doc[ent.start : ent.end + 1]
    return ent


def setting_modifier(place_tok, lang: LanguageProfile) -> bool:
    """Whether a place name modifies, or stands in apposition to, a setting that is a preposition's or verb's object.

    "in Brussels streets", "in the capital Baghdad", "stormed Kenya's parliament" (a verb's object: a common noun, by
    its owner; "Jerusalem's Old City" is a place itself): the name says where the setting or building is, so it places
    what happens there (``lang.setting_nouns``, ``lang.building_nouns``); "a U.S. drone strike" is no setting.
    """
    head = place_tok.head
    return (place_tok.dep_ in ("compound", "poss", "appos", "nmod") and head != place_tok and (head.dep_ == "pobj" or (
                head.dep_ == "dobj" and head.pos_ == "NOUN" and place_tok.dep_ in ("compound", "poss")))
            and (head.lemma_.lower() in lang.setting_nouns or head.lemma_.lower() in lang.building_nouns or (
                # "in Thailand's restive South", "in Ivory Coast's cocoa belt": a part of the country (only a
                # possessive: a name compounded on the noun names the feature, "the Jordan Valley", "the Niger Delta")
                place_tok.dep_ == "poss" and head.lemma_.lower() in lang.part_of_land_nouns)))


def _aerial(tok, lang: LanguageProfile) -> bool:
    """Whether ``tok`` is a word of an air attack or flight, itself or by its modifier ("airliner", "air raids").

    ``lang.aerial_words``; a raid or strike is aerial only by a modifier
    ("air raids over Palmyra", "drone strikes over Waziristan"): a police raid
    "over" a place gives its cause ("raids over Kashmir").
    """
    return tok.lemma_.lower() in lang.aerial_words or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lang.aerial_words for c in tok.children)


def nationality_modifier(place_tok, lang: LanguageProfile) -> bool:
    """Whether a place name only modifies a noun that is no setting: "U.S. troops", "Japan's top police official".

    Such a name gives who someone is, not where something happened; a name
    modifying a setting or place noun ("Iraq's Nineveh province", "in Amman
    streets") still says where, except a diplomatic mission's
    (``lang.mission_nouns``: "outside the U.S. embassy" is whose embassy; read
    for countries only).
    """
    head = place_tok.head
    return (place_tok.dep_ in ("compound", "poss", "amod", "nmod") and head != place_tok
            and head.pos_ in ("NOUN", "PROPN") and (head.lemma_.lower() in lang.mission_nouns or (
                head.lemma_.lower() not in lang.setting_nouns and head.lemma_.lower() not in lang.building_nouns
                and head.lemma_.lower() not in lang.place_nouns and head.lemma_.lower() not in lang.region_words)))


def attached(place_tok, head, trigger, lang: LanguageProfile) -> bool:
    """A place whose path up to the trigger passes only prepositions and nouns.

    The place must be the object of a preposition or of the verb ("in Tbilisi",
    "left Kazakhstan"; "over" only on an air attack, "airstrikes over Idlib",
    ``lang.overhead_prepositions``, ``lang.aerial_words``; "for" only on a fight for ground, "killed in the
    battle for Kobani", ``lang.contest_nouns``), or name the setting such an object is
    (:func:`setting_modifier`), not a modifier inside a name ("US Secretary of
    State").
    """
    cur = place_tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head  # "in Tbilisi and Batumi"
    if setting_modifier(cur, lang):
        cur = cur.head  # "in Brussels streets", "outside his Amman home", "in the capital Baghdad"
    elif (host := sub_place_host(cur.doc[cur.i:cur.i + 1], lang)) is not None:
        cur = host  # "raided the Jenin refugee camp", "overran Nad Ali district": the named place is the object
    if cur.dep_ not in ("pobj", "dobj", "npadvmod"):
        return False
    place_tok = cur
    for _ in range(8):
        if cur == head or cur == trigger:
            return True
        dep = cur.dep_
        if dep in ("relcl", "acl", "advcl", "ccomp", "appos") and cur != place_tok:
            return False
        nxt = cur.head
        if nxt == cur or (nxt.pos_ in ("VERB", "AUX") and nxt != head):
            return False
        if dep == "prep" and cur.lower_ not in lang.place_prepositions and not (
                cur.lower_ == "of" and nxt.lemma_.lower() in lang.place_nouns) and not (  # "in the town of Nakuru"
                cur.lower_ == "for" and nxt.lemma_.lower() in lang.contest_nouns) and not (  # "the battle for Mosul"
                cur.lower_ in lang.overhead_prepositions and _aerial(nxt, lang)):
            return False  # ("airstrikes over Idlib", "shot down over Lebanon": over the ground an air attack hits)
        cur = nxt
    return False



def other_clause(place_tok, head) -> bool:
    """True when the place hangs off another clause of the sentence than the event's.

    "European diplomats condemned the arrest of journalists in Minsk, and students at
    Columbia University held a vigil": Minsk belongs to the condemnation, not the vigil.
    """
    gov = place_tok
    while gov.head != gov and gov.pos_ not in ("VERB", "AUX"):
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX") or gov == head:
        return False
    cur = head
    while cur != gov and cur.head != cur:
        if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return True  # the event is a clause of its own, coordinated with the place's
        cur = cur.head
    if cur != gov:
        # the place's verb is not above the event: a sibling or lower clause
        return not any(t == head for t in gov.ancestors) and gov not in head.subtree
    return False


def relative_clause_host(head):
    """The noun a relative clause containing ``head`` modifies, if any (within 4 steps)."""
    cur = head
    for _ in range(4):
        if cur.dep_ == "relcl":
            return cur.head
        if cur.head == cur or cur.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
            return None
        cur = cur.head
    return None


def in_modifier_clause(tok, head, lang: LanguageProfile) -> bool:
    """Whether ``tok`` lies in a relative, adjectival or appositive clause, or an adverbial clause of another scene, below ``head``."""
    cur = tok
    for _ in range(10):
        if cur == head or cur.head == cur:
            return False
        if cur == tok and setting_modifier(cur, lang):
            cur = cur.head  # "the war-torn capital Baghdad" is no modifier clause
            continue
        if cur.dep_ in ("relcl", "acl", "appos") or (cur.dep_ == "advcl" and not same_scene(cur, lang=lang)):
            return True
        cur = cur.head
    return False



def sub_place(tok, lang: LanguageProfile) -> bool:
    """Whether a sub-place noun names the place of ``tok`` (``lang.sub_place_nouns``).

    "Yaqshid district" (the noun is the mention's root or follows it), "the
    village of X": a named part of a town or region.
    """
    words = lang.sub_place_nouns
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    gov = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    return tok.lemma_.lower() in words or (nxt is not None and nxt.lemma_.lower() in words) or (
        gov.lemma_.lower() in words and gov.i < tok.i)


def person_object(tok, lang: LanguageProfile) -> bool:
    """Whether ``tok`` is the bare object of a verb taking a person (``lang.person_object_verbs``).

    "gunmen shot Oudeh", "Turkey captured Ocalan in Kenya", "police arrested
    Ahmed 20 kilometres north of Lagos": the victim or captive, not a place,
    unless a sub-place noun names it ("captured Katarko village",
    :func:`sub_place`). spaCy's small model also gives such an object as
    ``dative`` ("abducted Father Okafor 15 kilometres east of Enugu").
    """
    return (tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in lang.person_object_verbs
            and not sub_place(tok, lang))


def sub_place_host(span, lang: LanguageProfile):
    """The sub-place noun a name modifies, across common nouns of its kind ("*Kakuma* refugee camp", "*Nad Ali* district"), else None.

    The name's last word is a compound of a singular sub-place noun
    (``lang.sub_place_nouns``) that follows it, with at most two lower-case
    common nouns between them that modify the same noun ("refugee",
    "displacement"): a named camp, district or village, whichever label the
    NER gave the name. Not a plural ("two Malik camps") nor a noun with an
    indefinite article or a number ("a Tiv village": the word is its people).

    Parameters
    ----------
    span : spacy.tokens.Span
        The name.
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token | None
        The sub-place noun ("camp").
    """
    doc = span.doc
    last = doc[span.end - 1]
    if last.dep_ != "compound" or last.head.i < span.end:
        return None
    host = last.head
    while host.dep_ == "compound" and host.head.i > host.i and host.head.i - span.end <= 2:
        host = host.head  # "Kakuma refugee camp" parsed as a chain of compounds
    if host.i - span.end > 2 or host.tag_ in ("NNS", "NNPS") or host.lemma_.lower() not in lang.sub_place_nouns:
        return None
    if any(t.pos_ != "NOUN" or not t.is_lower or t.dep_ != "compound" for t in doc[span.end:host.i]):
        return None
    if any(c.dep_ == "nummod" or (c.dep_ == "det" and "Ind" in c.morph.get("Definite")) for c in host.children):
        return None
    return host


def part_of_land(tok, lang: LanguageProfile) -> bool:
    """Whether a noun of a part of a land heads the place of ``tok`` ("Swat valley", "the Nuba Mountains").

    A named valley, delta or range (``lang.part_of_land_nouns``, the word the
    mention ends with or the next one) is a place finer than the country
    beside it ("in Pakistan's Swat valley"), as a sub-place noun makes a named
    part of a town (:func:`sub_place`): GeoNames holds few such features by
    these names, and the ACLED codebook (2023, geography) codes the most
    specific location named.
    """
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lemma_.lower() in lang.part_of_land_nouns or tok.lower_ in lang.part_of_land_nouns or (
        nxt is not None and nxt.lemma_.lower() in lang.part_of_land_nouns)


def mention_label(doc, start: int, end: int) -> str:
    """The entity label of the words between two character offsets of ``doc`` ("Yaqshid" in "Yaqshid district")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return next((t.ent_type_ for t in span or () if t.ent_type_), "")


def at_setting(head, trigger, lang: LanguageProfile) -> bool:
    """Whether the event's verb takes a setting noun through a place preposition ("pull back from the square").

    Such an event happens somewhere on the ground even when its type is a
    statement or a decision, so the places around it may place it
    (``lang.place_prepositions``, ``lang.setting_nouns``).
    """
    for tok in {head, trigger}:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in lang.place_prepositions and any(
                    c.dep_ == "pobj" and c.lemma_.lower() in lang.setting_nouns for c in prep.children):
                return True
    return False


def residence(tok) -> bool:
    """Whether ``tok`` names where a person lives: "Steven Sachs of Alexandria", "Henry, 19, of Pineville".

    The object of "of" after a person's name or an age (local news' way of
    saying where someone is from) is a town, not an organisation.
    """
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    return owner.ent_type_ == "PERSON" or (owner.like_num and owner.dep_ in ("appos", "npadvmod", "amod", "nummod"))


def part_of_place(tok, lang: LanguageProfile) -> bool:
    """Whether ``tok`` is the object of "of" after a noun for a part of a town ("the streets of Calais").

    "marched through the streets of Calais", "on the outskirts of Quetta",
    "in the centre of Hama": only a place has streets, outskirts or a centre
    (``lang.place_part_nouns``, lower-cased and not part of a name), so the
    name is the town the small model took for a person. The same holds for
    the possessive before such a noun or a place noun ("Grozny's streets",
    "in Colombo's business district", ``lang.place_nouns``) and for a name
    in apposition to a place noun ("died in the capital, Colombo"), and for
    a name compounded on such a noun that a definite article or an adjective
    marks as one area ("in the Hama countryside", "over eastern Palmyra
    countryside"; not a bare "Kennedy street"), also where the parser makes
    the proper noun an adjective of it ("shelled the Aleppo countryside").
    """
    # (the parser may hang a name the NER took for a people's on the noun as an adjective: "the Aleppo countryside")
    if (tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.pos_ == "PROPN")) and tok.head != tok \
            and tok.head.is_lower and tok.head.lemma_.lower() in lang.place_part_nouns:
        return any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "amod" and c.pos_ == "ADJ")
                   for c in tok.head.children)
    if tok.dep_ in ("poss", "appos"):
        owner = tok.head
        nouns = lang.place_nouns if tok.dep_ == "appos" else (*lang.place_part_nouns, *lang.place_nouns)
        return owner != tok and owner.is_lower and owner.pos_ == "NOUN" and owner.lemma_.lower() in nouns
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    return owner.is_lower and owner.lemma_.lower() in lang.place_part_nouns


def name_of(tok, lang: LanguageProfile) -> bool:
    """Whether ``tok`` is the place in an organisation's "X of <place>" name the parser left untyped.

    "the so-called Islamic State of Iraq and Al-Sham launched an offensive in
    Homs", "students of the University of Jordan": a capitalised proper noun
    before "of" that is not a geographic head (profile
    ``geographic_name_heads``: "Gulf of Aden") names a body, and a place
    noun ("State", "City") does so only with a capitalised modifier of its
    own ("Islamic State", not "the City of London"). The place says where the
    body is, not where its act happened (recall's ``name_part`` for the names
    the entity recogniser typed whole).
    """
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    lemma = owner.lemma_.lower()
    if owner.pos_ != "PROPN" or not owner.text[:1].isupper() or owner.ent_type_ in PLACE_LABELS or owner.ent_type_ == "PERSON":
        return False
    if lemma in lang.geographic_name_heads:
        return False
    named = any(c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in owner.children)
    return named or (lemma not in lang.place_nouns and lemma not in lang.region_words)


def origin(tok, head, trigger) -> bool:
    """Whether ``tok`` is in a "from" phrase on a noun other than the event's: where people come from.

    "Thousands of Kurds from across Europe demonstrated in this city": Europe
    is where the marchers live, not where they marched. A "from" phrase on
    the verb or on a noun that is the trigger ("the withdrawal from Kabul")
    is the event's own.
    """
    for anc in tok.ancestors:
        if anc.i in (head.i, trigger.i) or anc.pos_ in ("VERB", "AUX"):
            return False
        if anc.dep_ == "prep" and anc.lower_ == "from":
            return anc.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and anc.head.i not in (head.i, trigger.i)
    return False


_NO_HOST = frozenset({"EVENT", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})
"""Entity labels of proper nouns that are never a named place hosting another (spaCy OntoNotes labels; the small
model labels many Arabic and Indian place names ORG, so an organisation is told by the knowledge base instead)."""


def _name_before(doc, end: int) -> tuple[int, int] | None:
    """Token range ``(start, end)`` of the proper-noun name ending just before token ``end`` ("al-Tarikh" in "al-Tarikh area")."""
    i = end - 1
    # (a capitalised word the tagger read as an adjective inside the name: "the Bab Zuwayla area")
    while i >= 0 and (doc[i].pos_ == "PROPN" or (doc[i].text in ("-", "'") and i > 0 and doc[i - 1].pos_ == "PROPN")
                      or (doc[i].pos_ == "ADJ" and doc[i].text[:1].isupper() and i > 0 and doc[i - 1].pos_ == "PROPN")):
        i -= 1
    start = i + 1
    if start == end or not doc[start].text[:1].isupper():
        return None
    return start, end


def _not_a_place_name(doc, name: tuple[int, int], lang: LanguageProfile) -> bool:
    """Whether a capitalised name read by syntax alone is no place: an event, product, work, law, date or body.

    Read on the words themselves: an entity label of ``_NO_HOST`` on a word, a
    month (also abbreviated, "on Nov. 7 near Tikrit") or weekday ("on 1
    January in Zhanaozen"), an indefinite article before the name ("in a
    Bazaar in Cairo": a capitalised common noun; Universal Dependencies
    ``Definite=Ind``), a word with a figure in it
    ("the COP28 area", "the Covid-19 area": event, disease and model names; a
    place name carries none), or an organisation head noun at its end ("the
    Premier League area", "the European Union area";
    ``lang.organisation_head_nouns``), or a lone currency or unit word ("the
    Euro area": the zone of a currency, ``lang.unit_nouns``).
    """
    words = doc[name[0]:name[1]]
    before = doc[name[0] - 1] if name[0] > 0 else None
    if before is not None and before.dep_ == "det" and "Ind" in before.morph.get("Definite"):
        return True  # "in a Bazaar in Cairo", "at a Mosque in Quetta": one thing of a kind, capitalised, no name
    return (any(t.ent_type_ in _NO_HOST or t.lower_.rstrip(".") in lang.month_names or t.lower_ in lang.weekdays
                or any(ch.isdigit() for ch in t.text) for t in words)
            or words[-1].lemma_.lower() in lang.organisation_head_nouns
            or words[-1].lower_ in lang.organisation_head_nouns
            or (len(words) == 1 and words[0].lower_ in lang.unit_nouns))


def _name_of_host(host, lang: LanguageProfile) -> tuple[int, int] | None:
    """The name a host token carries, unless it is no place (:func:`_not_a_place_name`).

    Nor the victim or captive of the verb (:func:`person_object`: "gunmen shot
    Hassan Dahir in Mogadishu", "police arrested Ahmed 20 kilometres north of
    Lagos"), unless the small model labels it a place ("captured Burdhubo in
    Gedo region": a town taken).
    """
    if person_object(host, lang) and host.ent_type_ not in ("GPE", "LOC"):
        return None
    name = _host_name(host, lang)
    return None if name is None or _not_a_place_name(host.doc, name, lang) else name


def _host_name(host, lang: LanguageProfile) -> tuple[int, int] | None:
    """The name a host token carries: itself with its name words ("Okra Hills", "Sabaa al-Bour"), or the name before its place noun ("Farah city")."""
    if host.pos_ == "PROPN":
        # an organisation, event, building or work is no place the event is "in" ("the UN conference in Monterrey")
        # ("rallied on 1 January in Zhanaozen": a date is no place; :func:`_name_of_host`)
        return _name_before(host.doc, host.i + 1)
    if host.lemma_.lower() in lang.sub_place_nouns and host.tag_ != "NNS":  # "two Malik camps in Jolo" are no one place
        named = _name_before(host.doc, host.i)
        if named is not None:
            return named
    if host.lemma_.lower() in lang.place_nouns:
        # "the town of Rastan"
        of = next((c for c in host.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of is not None else None
        if obj is not None:
            return _name_before(host.doc, obj.i + 1)
    return None


def _skip_back(doc, i: int, lang: LanguageProfile) -> int:
    """Index of the last token before ``i`` that is no hedge, figure or unit ("just", "about 750 kilometers (465 miles)").

    Hedges are adverbs or ``lang.approximate_prefixes``, units ``lang.unit_nouns``.
    """
    while i >= 0 and (doc[i].pos_ == "ADV" or doc[i].lower_ in lang.approximate_prefixes or doc[i].is_bracket
                      or doc[i].like_num or doc[i].lower_ in lang.unit_nouns
                      or doc[i].lemma_.lower() in lang.unit_nouns):
        i -= 1
    return i


def located_host(place_tok, head, trigger, lang: LanguageProfile, *, anywhere: bool = False):
    """The named place that a place locates, when that named place is where the event is.

    In "killed in Mayadeen in the eastern province of Deir Ezzor", "captured in
    the Okra Hills, outside Freetown", "hit homes in Sabaa al-Bour, just north of
    Baghdad" and "killed in the town of Rastan in central Syria", the resolved
    town or country only says where the named place lies (a container or a
    reference point); the event happened at the named place, which hangs from
    the trigger (:func:`attached`). Event-location annotation takes the most
    specific place the sentence ties to the event (Halterman 2019,
    ahalterman/event_location; the ACLED codebook likewise codes the most
    specific location named).

    Two shapes are read: the place is the object of a place preposition (or of
    "of" after a place noun) whose host is a proper noun or a named setting
    noun, possibly through unnamed place nouns ("the eastern province of"); or
    the place follows a direction word set off by a comma right after the name
    ("X, about 30 km north of Y").

    With ``anywhere`` (for a place named only as a reference point), only
    the second shape is read, the name need not hang from the trigger, and
    the comma may be missing after a distance ("the village of Sabr 20
    kilometers north of Aden"): a news report gives the distance from a
    known city for the small place where the event was, whichever word of
    the sentence names it ("Belet Huen, about 200 miles northwest of
    Mogadishu, was captured").

    Returns
    -------
    tuple[int, int, Token] | None
        The name's token range and its host token, or None.
    """
    doc = place_tok.doc
    cur = place_tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    for _ in range(0 if anywhere else 4):
        prep = cur.head
        if cur.dep_ != "pobj" or prep.dep_ != "prep" or prep == cur:
            break
        host = prep.head
        if host in (head, trigger) and prep.lower_ in lang.locative_prepositions:
            # "killed in Bayt Zuhrani in the province of Deir Ezzor", both phrases parsed onto the verb
            # ("killed in the town of Rastan in central Syria")
            obj = prep.doc[prep.i - 1] if prep.i else prep
            top = obj
            while top.head != host and top.head != top and top.dep_ in ("pobj", "prep"):
                top = top.head
            ok = obj.dep_ == "pobj" and obj.pos_ == "PROPN" and top.head == host and top.dep_ == "prep" and (
                top.lower_ in lang.locative_prepositions)
            name = _name_of_host(obj, lang) if ok else None
            return (*name, obj) if name is not None and attached(obj, head, trigger, lang) else None
        if host in (head, trigger) or host.pos_ in ("VERB", "AUX") or host == prep:
            break
        if prep.lower_ == "of":
            if host.lemma_.lower() in lang.direction_words:
                break  # handled below
            if host.lemma_.lower() not in lang.place_nouns and host.lemma_.lower() not in lang.sub_place_nouns:
                return None  # "the Battle of Mosul", "the University of Baghdad"
            if host.lemma_.lower() in lang.place_nouns:
                # "the Darfur town of El Geneina": the name before the place noun only classes the place
                # (the region it lies in); the "of" phrase names the place itself, so look above the noun
                cur = host
                continue
        elif prep.lower_ not in lang.locative_prepositions:
            return None
        name = _name_of_host(host, lang)
        if name is not None and not name[0] <= place_tok.i < name[1]:
            return (*name, host) if attached(host, head, trigger, lang) else None
        if host.lemma_.lower() not in lang.place_nouns:
            return None
        cur = host  # "in the eastern province of Deir Ezzor": look above the unnamed place noun
    # "in Sabaa al-Bour, just north of Baghdad", "in Farah city, about 750 kilometers southwest of Kabul"
    # ("X, about 50 km from Y": the distance may hang from the "from", which the parser may hang on the verb)
    prep = place_tok.head
    if place_tok.dep_ != "pobj" or not (prep.lower_ == "of" and prep.head.lemma_.lower() in lang.direction_words
                                        or _distance_from(prep)):
        return None
    anchor = prep.head if prep.lower_ == "of" or prep.head.pos_ == "NOUN" else prep
    i = _skip_back(doc, anchor.i - 1, lang)
    if i >= 1 and doc[i].text == ",":
        host = doc[i - 1]
    elif anywhere and 0 <= i < anchor.i - 1 and doc[i].pos_ == "PROPN" and doc[i + 1].like_num and (
            anchor.head == doc[i] or _of_place_noun(doc[i], lang)):
        # "the village of Sabr 20 kilometers north of Aden": the distance places the name (it hangs from the
        # name, or the name is a place noun's); one hung on the verb places the act ("killed Musa Bello 10 km
        # south of Kaduna": no place of its own)
        host = doc[i]
    else:
        return None
    name = _name_of_host(host, lang)
    if name is None or (not anywhere and (host.dep_ not in ("pobj", "appos", "conj")
                                          or not attached(host, head, trigger, lang))):
        return None
    return (*name, host)


def _of_place_noun(tok, lang: LanguageProfile) -> bool:
    """Whether ``tok`` is the "of" object of a place noun ("the village of Sabr", ``lang.place_nouns``)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lang.place_nouns


def reference_point(place_tok, lang: LanguageProfile) -> bool:
    """Whether a place is named only as a reference point for another: "20 km north of Baghdad", "50 km from Paoua".

    The object of "of" after a compass point (``lang.compass_words``; also as
    the appositive "the capital Kabul" there), or of "from" after a counted
    distance, says where something else lies. News reports give distances
    from a known city for the small place where the event was (AP and
    Reuters style: "Sarbagh district, 210 miles northwest of the capital
    Kabul").
    """
    cur = place_tok
    while cur.dep_ in ("conj", "appos") and cur.head != cur:
        cur = cur.head
    if cur.dep_ != "pobj":
        return False
    prep, gov = cur.head, cur.head.head
    if prep.lower_ == "of":
        return gov.lemma_.lower() in lang.compass_words
    return _distance_from(prep)


def _distance_from(prep) -> bool:
    """Whether ``prep`` is a "from" after a counted distance: on the distance ("50 km from X") or with it ("raided X, 50 km from Y")."""
    return prep.lower_ == "from" and any(d.pos_ == "NOUN" and any(c.like_num for c in d.children) for d in (
        prep.head, *(c for c in prep.children if c.dep_ == "npadvmod")))


def own_clause(place_tok, head) -> bool:
    """Whether a place hangs from the event's own clause: no other verb between it and the event's verb.

    "Two men were shot dead amid skirmishes in the West Bank, while leaders
    travelled to Paris": Paris belongs to the travelling, the West Bank to the
    shooting. The event's verb is ``head`` itself, or for a noun trigger
    ("clashes in X") the verb it depends on.
    """
    def verb_of(tok):
        cur = tok
        while cur.head != cur and cur.pos_ not in ("VERB", "AUX"):
            cur = cur.head
        return cur

    return verb_of(place_tok.head if place_tok.head != place_tok else place_tok) == verb_of(head)


def named_sub_place(head, trigger, lang: LanguageProfile, *, in_clause: bool = False) -> tuple[int, int] | None:
    """The name of a part of a town the event is attached to: "in the Kafr Sousah area", "inside the Bab Tuma district".

    A singular sub-place noun (``lang.sub_place_nouns``) after a place
    preposition on the trigger (:func:`attached`), or the trigger's own
    object ("attacked Katarko village"), with a capitalised name before it:
    the token range of that name, or None. With ``in_clause``, a sub-place
    noun after a locative preposition anywhere in the event's own clause
    counts too ("A car parked at the entrance of the Hurriyah district
    detonated"), not one in a modifier or another clause. Not a noun with
    an indefinite article or a number ("attacked a Tiv village", "bombed a
    PKK camp", "in one Rohingya village"): one place of a kind, the capitalised
    word its people or owner, not its name (Universal Dependencies feature
    ``Definite=Ind``; a named part of a town is definite or bare).
    """
    for tok in head.sent:
        # (also the trigger's own object: "attacked Katarko village", "shelled Shuola city")
        if tok.dep_ not in ("pobj", "dobj") or tok.lemma_.lower() not in lang.sub_place_nouns \
                or tok.tag_ in ("NNS", "NNPS") or (tok.dep_ == "dobj" and tok.head not in (head, trigger)) \
                or any(c.dep_ == "nummod" or (c.dep_ == "det" and "Ind" in c.morph.get("Definite"))
                       for c in tok.children):
            continue
        name = _name_before(tok.doc, tok.i)
        if name is not None and not _not_a_place_name(tok.doc, name, lang) and (attached(tok, head, trigger, lang) or (
                in_clause and tok.dep_ == "pobj" and tok.head.lower_ in lang.ground_prepositions
                and not in_modifier_clause(tok, head, lang) and not other_clause(tok, head))):
            # "murdered at Olangur in Villupuram district": the district holds the named place
            host = located_host(tok, head, trigger, lang)
            return (host[0], host[1]) if host is not None else name
    return None


def time_anchored(place_tok, head, lang: LanguageProfile) -> bool:
    """Whether a place lies inside a phrase that dates the event by another one: "a day after attacks on London's metro".

    A preposition of ``lang.time_anchor_prepositions`` between the place and
    the event's verb introduces an earlier or later event (those of
    ``lang.time_distance_prepositions`` only with a distance in time, "a day after"); the
    place is where that one was (TimeML's temporal signals, Pustejovsky et al. 2003: "after",
    "before", "since", "following" relate two events).
    """
    cur = place_tok
    for _ in range(12):
        if cur == head or cur.head == cur:
            return False
        if cur.dep_ == "prep" and cur.lower_ in lang.time_anchor_prepositions and (
                cur.lower_ not in lang.time_distance_prepositions or any(c.dep_ == "npadvmod" for c in cur.children)):
            # "after"/"following" alone often gives the start of the same incident ("captured following an exchange
            # of gunfire in Ramadi", "shot dead after leaving his Tehran office"), "before" a place ("protested
            # before the parliament in Kyiv"); with a distance in time ("a day after") it is another event
            return True
        cur = cur.head
    return False


def relational_object(place_tok, lang: LanguageProfile, *, head=None) -> bool:
    """Whether a place is the object of a preposition that relates, not locates: "the blockade against Cuba".

    The name (or the noun it modifies or is listed with: "Israel and the Gaza
    Strip", "Syria's Kurdish region") is the object of one of
    ``lang.relational_prepositions``: it names whom an act concerns ("informers
    for Israel", "tests by India"), a border or war's other side ("the border
    with Israel", "the war between Israel and ...") or where someone else goes
    ("fleeing to Lebanon"), not where the event of the sentence happened; so
    does a person's home town (:func:`residence`, "Torres, 18, of Atlanta"). Read
    only for places not attached to the trigger (the trigger's own "to" and
    "from" are its path, :func:`attached`). A destination
    (``lang.destination_prepositions``) of a verb the event's verb follows in
    one coordination ("Troops advanced to Mosul and clashed with rebels",
    "pushed into Raqqa and killed ten soldiers") is where the actors arrived
    before they acted, so it locates the event of ``head``; one reached after
    the event ("captured ... and later taken to Niger") does not (review
    of this rule on sentences of several shapes, own probes).
    """
    cur = place_tok
    for _ in range(4):
        if cur.dep_ not in ("conj", "compound", "poss", "appos", "nmod", "amod") or cur.head == cur:
            break
        cur = cur.head
    if residence(cur):
        return True  # "Mechelle Torres, 18, of Atlanta, was shot": where she lives, not where she was shot
    if not (cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.lower_ in lang.relational_prepositions):
        return False
    return not (head is not None and cur.head.lower_ in lang.destination_prepositions
                and _arrived_before(cur.head.head, head))


def _arrived_before(verb, head) -> bool:
    """Whether ``head`` is a later conjunct of ``verb`` ("advanced to Mosul and clashed"), within 4 steps."""
    cur = head
    for _ in range(4):
        if cur.dep_ != "conj" or cur.head == cur:
            return False
        cur = cur.head
        if cur == verb:
            return verb.pos_ in ("VERB", "AUX") and verb.i < head.i
    return False


def named_setting(head, trigger, lang: LanguageProfile) -> list[tuple[int, int, int]] | None:
    """A named setting the event is at whose name may open with a town or region: "at Istanbul University".

    The object of a ground preposition (``lang.ground_prepositions``) on the
    trigger (:func:`attached`) whose head noun is one of
    ``lang.named_setting_nouns`` ("University", "State", "Airport", "Camp"),
    capitalised, after a capitalised name (:func:`_name_before`): the token
    ranges ``(start, end, setting_end)`` of the name's leading words, longest
    first ("Istanbul Technical", then "Istanbul"), for the caller to look up;
    before a head of ``lang.inner_setting_nouns`` only ranges with a word
    after them ("the Sydney Opera House": "Sydney"; "Madrid House": none).
    None when no such object exists.
    """
    for tok in head.sent:
        # "in Enugu state": a region word often goes in lower case after the region's name
        if tok.dep_ != "pobj" or tok.head.lower_ not in lang.ground_prepositions or not (
                tok.text[:1].isupper() or tok.lower_ in lang.region_words) \
                or tok.lemma_.lower() not in lang.named_setting_nouns or not attached(tok, head, trigger, lang):
            continue
        name = _name_before(tok.doc, tok.i)
        if name is None:
            continue
        start, end = name
        end -= tok.lemma_.lower() in lang.inner_setting_nouns  # "Moscow House" in Riga: a town's representation
        return [(start, e, tok.i + 1) for e in range(end, start, -1)]
    return None
