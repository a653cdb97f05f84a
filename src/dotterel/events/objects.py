"""Whether a trigger rule's object (or passive subject) is one the rule names.

A rule's ``objects`` are lemmas or entity classes (``@PLACE``: a GPE, LOC or
FAC entity; ``@PERSON``; ``@NORP``: a nationality or group, "two Germans"; ``@ORG``: an organisation;
``@NAME``: a proper noun the entity recogniser left untyped, "Hicks"; ``@PROPER``: a proper noun of any
entity type but a person's or a group's, "captured Manbij", which the small model may type as a product
(an untyped one is a name, a plural one goods, unless typed a place);
``@NUMBER``: a bare number that counts people; ``@ANYNAME``: a proper noun of any entity type but a group's, a date
or a number, for a verb whose object can only be a place, "entered Tal Afar", which the NER may type a person); an
object that is a part or an amount of something (profile ``partitive_nouns``:
"70 percent of Bosnia", "a number of positions") is read through its "of"
phrase. A hyphenated word the tokenizer splits ("sit-in": "sit", "-", "in")
is matched whole, and a thing pronoun ("it") is read as the noun it stands
for in its sentence (:func:`sentence_antecedent`). See
``lang/en/triggers.json`` ``fields``.
"""

from __future__ import annotations

from .lexicon import TriggerRule
from .syntax import prep_objects as _prep_objects

__all__ = ["OBJECT_CLASSES", "partitive_of", "told_a_person", "town_named", "hyphenated_word", "hyphen_part", "sentence_antecedent", "previous_antecedent",
           "object_matches"]

# entity types of a counted noun that is no group of people or things ("on 12 May", "20 percent", "$5 million")
_AMOUNT_ENTITIES = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")

# entity types of a thing the small model's NER gives a person's name that an age follows ("Yassin, 35,")
_MISTYPED_NAME = ("PRODUCT", "WORK_OF_ART")
# the entity types of a proper noun that ``@PROPER`` leaves out: people and groups are no ground taken (the small model
# types some places as events, "entered Quraytayn", so an EVENT stays in)
_NOT_PROPER = ("PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
# the entity types of a proper noun that ``@ANYNAME`` leaves out: a group, a date or a number is no place
_NOT_PLACE_NAME = tuple(t for t in _NOT_PROPER if t != "PERSON")
# the entity types of a proper noun that ``@TOWN`` leaves out: as ``@ANYNAME``, save a group, which the small model
# gives some towns ("Kidal fell into the hands of ...", NORP): the gazetteer and the knowledge base then decide
# (known_town: a town of some size, no demonym, people or body of that name)
_NOT_TOWN_NAME = tuple(t for t in _NOT_PLACE_NAME if t != "NORP")
# entity types of a by-agent that names who took a person (``@ORGNAME``: "captured by Hamas", "by Kenyan police")
_AGENT_NAME_TYPES = ("PERSON", "ORG", "NORP", "GPE")
# entity classes an object list may name ("@PLACE": "captured Eastern Slavonia", "@NORP": "captured two
# Germans"), as spaCy NER labels
OBJECT_CLASSES = {"@PLACE": ("GPE", "LOC", "FAC"), "@PERSON": ("PERSON",), "@NORP": ("NORP",), "@ORG": ("ORG",)}


def partitive_of(obj, partitives):
    """The noun a part or amount is of ("70 percent of Bosnia": Bosnia), or None.

    Parameters
    ----------
    obj : spacy.tokens.Token
        An object or subject noun.
    partitives : collection of str
        The profile's ``partitive_nouns`` (lemmas); a number ("40 of the 50 homes") is one too.

    Returns
    -------
    spacy.tokens.Token | None
    """
    # the lemma or the word: the small model lemmatises "thousands" to "thousand", which the profile lists as written
    of = _prep_objects(obj, "of") if obj.lemma_.lower() in partitives or obj.lower_ in partitives or obj.like_num else []
    return of[0] if of else None


def hyphenated_word(tok) -> str:
    """The whole hyphenated word a token ends ("sit-in", which the tokenizer splits into "sit", "-", "in"), lower-cased."""
    doc, start = tok.doc, tok.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    return doc[start:tok.i + 1].text.lower()


def hyphen_part(tok) -> bool:
    """Whether a token is the hyphen or a part before it of a word the tokenizer split.

    "counter" and "-" of "counter-protesters": the word is read at its last part (:func:`hyphenated_word`).
    """
    doc = tok.doc
    if tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_:
        return True
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
        and not doc[tok.i + 1].whitespace_


def sentence_antecedent(pronoun):
    """The noun an object pronoun stands for in its own sentence, or None.

    "Blinken condemned the order, said it should be withdrawn": a thing
    pronoun ("it") whose clause hangs on a verb with an earlier direct object
    stands for that object (the nearest one before the pronoun). Rule-based,
    within one sentence only; the actors' coreference stage links people and
    groups across sentences.

    The object of a verb that sends the device at a target (``thrown_verbs``: "Protesters hurled a crude bomb
    at the police. It exploded on the road") is left out too: the blast is the throw's own outcome, one act
    (PLOVER manual: an event is coded once), which the throw's rule codes.

    Parameters
    ----------
    pronoun : spacy.tokens.Token
    thrown_verbs : collection of str
        Lemmas of verbs that send a device at a target (profile ``thrown_device_verbs``).

    Returns
    -------
    spacy.tokens.Token | None
    """
    for anc in pronoun.ancestors:
        # the verb the pronoun's clause hangs on, or an earlier clause beside it ("X condemned the order, said it
        # ...", which the parser may hang on "said")
        verbs = [anc] + [c for c in anc.children if c.dep_ in ("conj", "ccomp") and c.i < pronoun.i]
        objs = [c for v in verbs for c in v.children
                if c.dep_ == "dobj" and c.i < pronoun.i and c.pos_ in ("NOUN", "PROPN")]
        if objs:
            return max(objs, key=lambda t: t.i)
    return None


def previous_antecedent(pronoun, thrown_verbs=frozenset()):
    """The thing a sentence-opening subject pronoun stands for in the sentence before, or None.

    "Rebels planted a roadside bomb near the checkpoint. It detonated on Tuesday": a thing pronoun ("it") that
    is the subject of its sentence's main verb stands for the thing the previous sentence's main clause acts
    on: its direct object or passive subject ("planted a bomb", "an IED was hidden"; a noun inside a phrase,
    "near the checkpoint", is not). An active subject is left out: "A bomb exploded in Mosul. It detonated as
    shoppers gathered" tells the same blast again. Rule-based, one sentence back only, and only for a
    main-clause subject; whether the noun fits is the caller's rule (the actors' coreference stage links
    people and groups).

    The object of a verb that sends the device at a target (``thrown_verbs``: "Protesters hurled a crude bomb
    at the police. It exploded on the road") is left out too: the blast is the throw's own outcome, one act
    (PLOVER manual: an event is coded once), which the throw's rule codes.

    Parameters
    ----------
    pronoun : spacy.tokens.Token
    thrown_verbs : collection of str
        Lemmas of verbs that send a device at a target (profile ``thrown_device_verbs``).

    Returns
    -------
    spacy.tokens.Token | None
    """
    sent = pronoun.sent
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ROOT" or sent.start == 0:
        return None
    if any(t.pos_ in ("NOUN", "PROPN") for t in pronoun.doc[sent.start:pronoun.i]):
        return None  # "After the patrol left, it detonated": a nearer noun in its own sentence
    prev = pronoun.doc[sent.start - 1].sent
    if prev.root.lemma_.lower() in thrown_verbs:
        return None
    things = [c for c in prev.root.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN")]
    return max(things, key=lambda t: t.i) if things else None


def _aged(name) -> bool:
    """Whether an age stands in apposition to a name ("Naqshbandi, 25, was captured"): a person's name."""
    return any(c.dep_ == "appos" and c.like_num and c.i == name.i + 2 and name.doc[name.i + 1].text == ","
               for c in name.children)


def _relative_word(name) -> str | None:
    """The relative pronoun that opens a clause set off by a comma right after a name, else None.

    "Saleh, which makes tractors,": "which"; "Nasser, who officials say led the cell,": "who" (the small parser
    may hang the clause elsewhere, so the words are read, not the arcs). A "who" names a person, a "which" a thing.
    """
    doc = name.doc
    if name.i + 2 < len(doc) and doc[name.i + 1].text == "," and doc[name.i + 2].lower_ in ("who", "which"):
        return doc[name.i + 2].lower_
    return None


def _counted_remainder(obj, remainders) -> bool:
    """Whether ``obj`` is a bare remainder noun ("the rest", "the remainder") that a plural verb counts as people.

    "The rest were captured", "the remainder have been arrested": with no "of" phrase and a plural finite
    auxiliary, the noun stands for the people left of a group counted before (English agreement: "were" and
    "have" carry no singular number; "the rest was captured in May" may be ground, and "the rest of the city"
    is read through its "of" phrase by :func:`partitive_of`).
    """
    if obj.lemma_.lower() not in remainders or obj.dep_ != "nsubjpass" or _prep_objects(obj, "of"):
        return False
    if any(c.dep_ not in ("det", "punct", "relcl") for c in obj.children):
        return False
    finite = [c for c in obj.head.children if c.dep_ in ("aux", "auxpass") and "Fin" in c.morph.get("VerbForm")]
    return bool(finite) and "Sing" not in finite[0].morph.get("Number")


def _counted_groups(remainder) -> list:
    """The groups counted in view of a remainder noun: nouns with a number, earlier in its sentence or in the one before.

    "Soldiers detained three smugglers near Gao. The rest were captured": "the rest" is what is left of a group
    the text has counted ("three smugglers"; "Rangers tagged twelve lions. The rest were captured": lions). A
    noun that is a date or an amount ("on 12 May") is no group (English anaphora of "the rest"; dotterel
    developers).
    """
    sent = remainder.sent
    start = remainder.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return [t for t in remainder.doc[start:remainder.i] if t.pos_ in ("NOUN", "PROPN")
            and t.ent_type_ not in _AMOUNT_ENTITIES and any(c.dep_ == "nummod" for c in t.children)]


def object_matches(obj, rule: TriggerRule, partitives=frozenset(), *, thing_pronouns=frozenset(),
                   remainders=frozenset(), people=frozenset(), not_name_words=frozenset(),
                   captors=frozenset(), town=None) -> bool:
    """Whether ``obj`` is an object ``rule`` names (its ``objects`` and ``object_text``).

    Parameters
    ----------
    obj : spacy.tokens.Token
        The direct object, or the subject of a passive.
    rule : TriggerRule
    partitives : collection of str
        The profile's ``partitive_nouns``: such an object is read through its "of" phrase.
    thing_pronouns : collection of str, keyword-only
        Pronouns of things (profile ``coref_pronouns`` of kind ``thing``): such an object is read as the noun
        it stands for in its sentence (:func:`sentence_antecedent`), when there is one.
    remainders : collection of str, keyword-only
        Nouns of what is left of a group (profile ``remainder_nouns``): bare, as the subject of a plural verb,
        such a noun counts people as a bare number does (``@NUMBER``: "the rest were captured", :func:`_counted_remainder`)
        unless the groups counted in view (:func:`_counted_groups`) hold none of the rule's objects or ``people``.
    people : collection of str, keyword-only
        Nouns of people (profile ``person_nouns`` and ``security_nouns``; lemmas or forms).
    not_name_words : collection of str, keyword-only
        Nouns that make a name a body's, a building's or a place's (``@ORGNAME``: :func:`_org_typed_name`).
    captors : collection of str, keyword-only
        Nouns of people who take a person, which an ``@ORGNAME`` passive's by-agent must be unless it is a name.
    town : callable or None, keyword-only
        Whether a name is a town or region the gazetteer knows and no person the knowledge base knows
        (``@TOWN``: :func:`town_named`); None: no name is.

    Returns
    -------
    bool
    """
    if obj.pos_ == "PROPN" and rule.objects is not None:
        people = "@NAME" in rule.objects or "@PERSON" in rule.objects
        if _aged(obj) and (people or "@ORG" not in rule.objects):
            # "Karimov, 34, was captured by troops": an age makes a name a person's, whatever the small model's NER
            # typed it (here a place): a person is no ground taken (a rule of targets, "@ORG", reads the name below)
            return people
        relative = _relative_word(obj)
        if relative == "who" and people and obj.ent_type_ != "NORP":
            return True  # "Qadri, who led the cell, was captured": a person, though NER typed the name a place
        if relative == "which" and "@NAME" in rule.objects:
            return False  # "Kandahar, which the rebels held, was captured": a thing or a place, no person taken
    if obj.lower_ in thing_pronouns and rule.objects is not None:
        noun = sentence_antecedent(obj)
        return noun is not None and object_matches(noun, rule, partitives)
    named = obj.lemma_.lower() in (rule.objects or ()) or obj.lower_ in (rule.objects or ())
    of = partitive_of(obj, partitives)
    if of is not None:  # "captured 70 percent of Bosnia", "most parts of the province", "40 of the 50 homes"
        # or a part the rule names itself ("caught some of the looters", "captured a quarter of the city")
        return object_matches(of, rule, partitives) or named
    if "@NUMBER" in (rule.objects or ()) and _counted_remainder(obj, remainders):
        # "the rest were captured in Kayes": what is left of a group counted before, as "the 15 were"; when a
        # group is counted in view, people the rule may take must be among them ("three smugglers", "eight
        # inmates", never only "twelve lions")
        groups = _counted_groups(obj)
        return not groups or any(object_matches(g, rule, partitives) or {g.lemma_.lower(), g.lower_} & people
                                 for g in groups)
    if obj.lemma_.lower() in partitives and not named:
        return False
    kinds = [c for c in obj.children if c.dep_ == "appos" and c.pos_ == "NOUN"] if obj.pos_ == "PROPN" else []
    if kinds and rule.objects is not None and (any(object_matches(c, rule, partitives) for c in kinds)
                                               or obj.ent_type_ not in ("PERSON", "NORP")):
        # "captured Grahovo and Glamoc, another Serb town", "Sanghir, a Taliban commander, was captured": the
        # apposition names the kind of a name the small model's NER may mistype ("captured Cannes, the festival");
        # people's names and nationalities are no kind of place ("captured three Norwegians, a Dane and their guide":
        # the parser makes the list an apposition)
        return any(object_matches(c, rule, partitives) for c in kinds)
    if obj.like_num and all(c.dep_ in ("det", "punct", "relcl") for c in obj.children) and "@NUMBER" in (rule.objects or ()):
        return True  # "the 15 were captured", "expelled the six, who it suspects of ...": a bare number counts people
    if "@PROPER" in (rule.objects or ()) and obj.pos_ == "PROPN" and obj.ent_type_ and obj.ent_type_ not in _NOT_PROPER \
            and (obj.tag_ != "NNPS" or obj.ent_type_ in OBJECT_CLASSES["@PLACE"]) and rule.object_text is None:
        # "SDF forces captured Manbij": a place the small model's NER types PRODUCT or ORG; an untyped name is a
        # person's (@NAME: "militants seized Hicks"); a name in the plural is goods or a team ("seized Toyota Land
        # Cruisers") unless typed a place ("the Golan Heights"); a rule with words of its own reads them below
        # ("banned the Students Islamic Movement" is no outlet: censorship needs "radio", "TV", "BBC" ...)
        return True
    if "@ANYNAME" in (rule.objects or ()) and obj.pos_ == "PROPN" and rule.object_text is None and not any(
            w.ent_type_ in _NOT_PLACE_NAME for w in (obj, *(c for c in obj.children if c.dep_ == "compound"))):
        # "troops entered Tal Afar": a verb that takes only a place or a building, whose name the small model's NER
        # may type as a person's; a name with a date in it is a day ("entered Christmas Day", the "Day" untyped)
        return True
    if "@TOWN" in (rule.objects or ()) and rule.object_text is None and town_named(obj, town, rule.objects):
        return True  # "RSF fighters seized Wad Madani": a town's name the small model's NER typed a person's
    if "@ORGNAME" in (rule.objects or ()) and rule.object_text is None and _org_typed_name(obj, not_name_words, captors):
        return True  # "Fadl was captured by troops in March": a person's name the small model's NER typed a body
    if "@NAME" in (rule.objects or ()) and obj.pos_ == "PROPN" and rule.object_text is None and (
            not obj.ent_type_ or obj.ent_type_ in _MISTYPED_NAME and _aged(obj)):
        # "Hicks was captured in Afghanistan": a name the small model's NER left untyped, or typed as a thing
        # though an age follows it ("Naqshbandi, 25, was captured": PRODUCT; "Yassin, 35,": WORK_OF_ART)
        return True
    lemmas = {obj.lemma_.lower(), obj.lower_, hyphenated_word(obj)}
    if rule.objects is not None and not lemmas & set(rule.objects) and not any(
            obj.ent_type_ in OBJECT_CLASSES.get(o, ()) for o in rule.objects if o.startswith("@")):
        return False
    if rule.object_text is not None:
        # "tear-gas shells", "tear gas shells" and "teargas shells" are one phrase to a rule's "tear gas"
        words = _own_words(obj) if rule.object_text_own else list(obj.subtree)
        text = " ".join(t.lower_ for t in words).replace(" - ", " ").replace("-", " ")
        if not any(s.replace("-", " ") in text for s in rule.object_text):
            return False
    return True


def _org_typed_name(obj, not_name_words, captors=frozenset()) -> bool:
    """Whether a passive subject the small model's NER typed an organisation is a person's name (``@ORGNAME``).

    "Fadl was captured by troops", "Ayman Fadl was captured in March": the small model types some people's names
    ORG. The name is read as a person's only as the subject of a passive (an object of "captured" is as often a town
    the NER types ORG, "rebels captured Bakhmut"), with no article ("the Bank"), no all-capital word ("ISIS"), no
    plural ("the Emirates") and no word of a body, a building or a place in it ("Kabul Airport", "Camp Bastion",
    "the Ministry"); a name the gazetteer or the knowledge base knows is dropped later
    (``events.detect.find_mentions``, ``known_name``): "Tal Afar was captured by troops" is ground taken.
    A by-agent, when there is one, must be people or a name: a club "captured by a late goal" is no person taken
    (``captors``: profile ``person_nouns``, ``security_nouns`` and ``headline_doer_nouns``; review rev23c).
    Source: the spaCy small English model's NER, which has no place or person lexicon (evf22 report, issue 12).
    """
    if obj.pos_ != "PROPN" or obj.ent_type_ != "ORG" or obj.dep_ != "nsubjpass" or obj.tag_ == "NNPS":
        return False
    agents = [p for c in obj.head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if any(p.ent_type_ not in _AGENT_NAME_TYPES and not {p.lemma_.lower(), p.lower_} & captors for p in agents):
        return False
    if any(c.dep_ in ("det", "poss") for c in obj.children):
        return False
    words = [obj, *(c for c in obj.children if c.dep_ == "compound")]
    return all(w.pos_ == "PROPN" and w.ent_type_ in ("ORG", "") and w.text[:1].isupper() and not w.text.isupper()
               and w.lemma_.lower() not in not_name_words and w.lower_ not in not_name_words for w in words)


def town_named(obj, town, ground=()) -> bool:
    """Whether a proper noun names a town or a region, whatever entity type the NER gave it (``@TOWN``).

    "RSF fighters seized Wad Madani", "after the fall of Wad Madani to the RSF": the small model types some towns
    as people, some as groups ("Kidal", NORP). The name (the noun and its proper-noun compounds) must be no date
    or number, nor a group but by that mistyping (``town`` then rules out a people's or a body's name), the sentence
    must not tell a person (:func:`told_a_person`: an age, a "who" clause), and ``town`` must hold it
    (:func:`dotterel.places.town_names.known_town`: a town of some size or a region by its name, and no person of
    the knowledge base). Each word it is listed with must be ground too: typed a place, a town by its name
    whatever its type ("seized Menaka and Kidal", Kidal typed a group), or one of ``ground`` (the rule's nouns of
    ground, "Menaka and the airport"); "Troops seized Charas and Ganja" lists two drugs the NER typed people.
    Rules pair the class with an armed captor (ACLED codebook 2023, Battles: non-state actor overtakes territory
    / government regains territory).
    """
    if town is None or (obj.pos_ != "PROPN" and not _misread_opening(obj)) or told_a_person(obj):
        return False
    if any(c.ent_type_ not in OBJECT_CLASSES["@PLACE"] and c.lemma_.lower() not in ground and c.lower_ not in ground
           and not (c.pos_ == "PROPN" and town(_name(c))) for c in obj.conjuncts):
        return False  # "seized Charas and Ganja": a name listed with a word that is no ground is no town
    if any((w.pos_ != "PROPN" and not _misread_opening(w)) or w.ent_type_ in _NOT_TOWN_NAME for w in _name_words(obj)):
        return False
    return town(_name(obj))


def _misread_opening(word) -> bool:
    """Whether ``word`` is a capitalised adverb opening its sentence ("Bakhmut fell ...": :func:`dotterel.events.misparse.adverb_subject`)."""
    return word.pos_ == "ADV" and word.dep_ == "advmod" and word.i == word.sent.start and word.text.istitle()


def _name_words(obj) -> list:
    """``obj`` and its compounds, in order: the words of a name ("Wad Madani")."""
    return sorted([obj, *(c for c in obj.children if c.dep_ == "compound")], key=lambda t: t.i)


def _name(obj) -> str:
    """The name ``obj`` heads, as written."""
    return " ".join(w.text for w in _name_words(obj))


def told_a_person(obj) -> bool:
    """Whether the sentence tells a name is a person's: an age in apposition ("Karimov, 34,") or a "who" clause.

    Such a name is a person's whatever the gazetteer knows of it ("Kamau, who runs a cartel, was captured": a
    village is named Kamau too); see :func:`object_matches`.
    """
    return _aged(obj) or _relative_word(obj) == "who"


def _own_words(obj) -> list:
    """The words of ``obj``'s phrase that name the thing itself: its modifiers and its "of" phrase, in order.

    A phrase of another preposition, or a clause hung on the noun, tells where or why, not what the noun is:
    "heavy deployment of armed police" names the force deployed, "deployment of medical teams at the police
    lines" names none (a rule's ``object_text_own``).
    """
    out = []

    def walk(tok):
        out.append(tok)
        for c in tok.children:
            if (c.dep_ == "prep" and c.lower_ != "of") or c.dep_ in ("relcl", "acl", "advcl", "appos"):
                continue
            walk(c)

    walk(obj)
    return sorted(out, key=lambda t: t.i)
