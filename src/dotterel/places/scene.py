"""Whether a place named beside an event is that event's ground: acts told by more than one verb.

One act is often told by two verbs or by a verb and its recipient ("fired
rockets into northern Israel", "killed three men and raped ten women in
Darfur", "shot down an airliner over the Gulf, killing 290"), and a place
named on one of them may be the other's ground too; a party named as a
clause's subject elsewhere acts there, it does not place the event (issue
16: the event's place, not the place of a party named beside it). Used by
:class:`~dotterel.places.event_location.EventLocator`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dotterel.places.appositions import described_as_town
from dotterel.places.syntax import attached as attached_to_trigger, setting_modifier

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile
    from dotterel.pipeline.context import CandidateTokens
    from dotterel.places.mentions import PlaceMention
    from dotterel.records import Actor

__all__ = ["ground_of_recipient", "shared_ground", "in_object", "in_subject", "in_own_phrase", "acting", "subject_elsewhere", "aim_verbs",
           "aimed_ground", "side_fought_for", "not_the_scene", "protest_topic",
           "followed_side"]


def ground_of_recipient(p: PlaceMention, recipient: Actor | None, mention: CandidateTokens,
                         lang: LanguageProfile) -> bool:
    """Whether a country that is the event's recipient is also its ground: "fired rockets into northern Israel".

    The recipient read from a country name is the state the act targets; when
    that name is the object of a locative preposition attached to the trigger
    ("launched an offensive in northern Syria"), the act also happens on its
    soil, so the name stays a place candidate. A country that is a bare
    object ("Israel attacked Syria") or the object of a target preposition
    (``lang.target_prepositions``: "fired rockets at Israel", "against") is not
    read as a place here: it says what was aimed at, not where. A town or
    region read as its state ("Russian missiles hit Kyiv": the capital for
    Ukraine) that is the direct object of an attack verb
    (``lang.strike_object_verbs``), or the subject of one in the passive
    ("Kabul was heavily shelled"), is where the attack fell, and stays one; so
    is a town or region naming the setting or building the act is attached to
    ("threw a grenade at a Nairobi cafe", "attacked a Mogadishu hotel":
    :func:`~dotterel.places.syntax.setting_modifier`). A name read as a
    person's that the text itself calls a town ("Goma, the main city of the
    province, was captured": :func:`~dotterel.places.appositions.described_as_town`)
    is that town.
    """
    if recipient is None or recipient.span is None or p.place.span is None:
        return False
    if not recipient.span.start <= p.place.span.start < recipient.span.end:
        return False
    tok = p.token
    if recipient.how == "name" and p.place.geo_precision in ("city", "unresolved") and described_as_town(tok, lang):
        return True  # "Goma, the main city of North Kivu, was captured": the text says the name is a town
    if recipient.how != "country":
        return False
    if p.place.geo_precision in ("city", "region") and setting_modifier(tok, lang) and attached_to_trigger(
            tok, mention.head, mention.trigger, lang):
        return True  # "threw a grenade at a Nairobi cafe": the town names the building the attack fell on
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head in (mention.head, mention.trigger) and p.place.geo_precision in (
            "city", "region") and tok.head.lemma_.lower() in lang.strike_object_verbs:
        # "shelled Kherson", "Kabul was shelled": the town the attack fell on; not the state a cause is given
        # for ("Washington was attacked by Beijing over its trade policy": words aimed at a government)
        return not _criticised_for(tok, lang)
    return tok.dep_ == "pobj" and tok.head.lower_ in lang.ground_prepositions \
        and tok.head.lower_ not in lang.target_prepositions and attached_to_trigger(
        tok, mention.head, mention.trigger, lang)


def side_fought_for(p: PlaceMention, lang: LanguageProfile) -> bool:
    """Whether a country is the object of "for" after a fight word: the side fought for, not the ground fought over.

    "fought for Britain in the Falklands", "Syrian mercenaries fought for
    Turkey in Libya", "volunteers killed in the fight for Ukraine": a country
    after a fight's "for" (``lang.contest_nouns``) most often names the side
    someone fights on, whereas a town or region names the ground fought over
    ("the battle for Kobani", "fought for Mosul"), where ACLED codes a battle
    (ACLED codebook 2023). So only a town, region or finer place there is the
    event's ground (:func:`~dotterel.places.syntax.attached`).

    Parameters
    ----------
    p : PlaceMention
        A resolved place of the sentence.
    lang : LanguageProfile
        The language profile (``contest_nouns``).

    Returns
    -------
    bool
        True for a country or continent that is a fight's "for" object.
    """
    tok = p.token
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "fought for Britain and France"
    prep = tok.head
    return (p.place.geo_precision in ("country", "continent") and tok.dep_ == "pobj" and prep.lower_ == "for"
            and prep.head.lemma_.lower() in lang.contest_nouns)


def shared_ground(tok, head, lang: LanguageProfile) -> bool:
    """Whether a place on a verb that tells one act with ``head`` is the ground of ``head``'s event too.

    Two shapes, each with no subject of its own on the second verb (one actor, one scene),
    or only a group pronoun that takes up the first verb's doers ("fired on the crowd in
    Dhaka, but they beat dozens", ``lang.group_pronouns``; up a chain of such conjuncts):
    a result participle ("shot down an airliner over the Gulf, killing 290":
    ``head`` an ``-ing`` adverbial clause of the verb holding the place), and
    a coordinated verb ("killed three men and raped ten women in Darfur": the
    place on the verb coordinated with ``head``). Only a locative preposition
    (``lang.ground_prepositions``) lends its place: a destination ("and took
    them to Lagos") is where the act led, not where it was; nor does a place
    inside that verb's direct object, which tells where the thing is
    ("condemned the killing and promised an inquiry in Geneva": where the
    inquiry will be, not where the condemnation was made), whereas a setting
    phrase on the verb lends ("raped ten women in separate events in Darfur").
    """
    obj = tok
    while obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head != obj.head:
        obj = obj.head.head  # "in the village of Kafr Umm Dalil": the village's preposition
    if obj.dep_ != "pobj" or obj.head.lower_ not in lang.ground_prepositions:
        return False
    if head.dep_ == "conj" and head.head.pos_ == "VERB" and _same_doers(head, lang):
        # "did not fire on the crowd in Dhaka, but they beat and arrested dozens": up the chain of conjuncts
        verbs, cur = [], head
        while cur.dep_ == "conj" and cur.head.pos_ == "VERB" and _same_doers(cur, lang) and len(verbs) < 4:
            cur = cur.head
            verbs.append(cur)
    elif any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        verbs = []
    elif head.dep_ == "advcl" and head.tag_ == "VBG" and head.i > head.head.i:
        verbs = [head.head]
    else:
        verbs = []
    verbs += [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return any(verb != head and attached_to_trigger(tok, verb, verb, lang) and not in_object(obj, verb)
               for verb in verbs)


def _same_doers(verb, lang: LanguageProfile) -> bool:
    """Whether a coordinated ``verb`` has no subject of its own, or only a group pronoun ("but they beat dozens")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(c.dep_ == "nsubj" and c.lower_ in lang.group_pronouns for c in subjects)


def in_object(tok, verb) -> bool:
    """Whether ``tok`` lies inside ``verb``'s direct object ("promised an inquiry in Geneva"; UD ``dobj``/``obj``)."""
    cur = tok
    while cur.head != cur and cur.head != verb:
        cur = cur.head
    return cur.head == verb and cur.dep_ in ("dobj", "obj")


def in_subject(tok, verb) -> bool:
    """Whether ``tok`` lies inside ``verb``'s subject ("policemen in Peshawar were killed"; UD ``nsubj``/``nsubjpass``)."""
    cur = tok
    while cur.head != cur and cur.head != verb:
        cur = cur.head
    return cur.head == verb and cur.dep_ in ("nsubj", "nsubjpass")


def in_own_phrase(tok, head, trigger, lang: LanguageProfile) -> bool:
    """Whether ``tok`` hangs from the event's verb through locative prepositions and nouns only: where the act was.

    "were killed in Quetta", "arrested 12 men in a raid in Lahore",
    "attacked a village in Ituri", "shot in the town of Likasi": every
    preposition on the path is locative (``lang.locative_prepositions``, or
    "of" after a place noun). Not a place the act is about or its agent
    comes from ("arrested two men over the blasts in Pune", "were shot by
    soldiers from Kinshasa"), which tells where something else happened or
    someone is from, not where the act was (the ACLED codebook codes the
    location of the event itself).
    """
    places = lang.place_nouns | lang.sub_place_nouns
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head  # "in Quetta and Chaman"
    while cur not in (head, trigger):
        if cur.head == cur or cur.dep_ == "agent" or (cur.dep_ == "prep" and cur.lower_ not in lang.locative_prepositions
                                                       and not (cur.lower_ == "of" and cur.head.lemma_.lower() in places)):
            return False
        cur = cur.head
    return True


def acting(tok) -> bool:
    """Whether ``tok`` names a party that acts: a clause's subject, or the agent of a passive ("annexed by China")."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def subject_elsewhere(tok, head) -> bool:
    """Whether ``tok`` (or the name it is coordinated with) is the active subject of a verb beside or below the event's.

    "At least 25 people were killed ... as the United States and Britain
    weighed plans": a state that is the subject of a clause hanging from the
    event (or beside it) acts as a state; the clause does not say the event
    happened there (issue 16 item 3: the event's place, not the place of a
    party named beside it). When the event's own clause hangs from the
    country's verb, the country's clause sets the scene the event is told in
    ("Iran erupted in protests as police fired tear gas", "Pakistan witnessed
    clashes as police fought protesters"), so the country stays a candidate;
    not when the event is told in what the country says or a clause of what
    it reacts to ("Russia said drones attacked", "the United States condemned
    the attack, in which gunmen killed 12").
    """
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    if cur.dep_ != "nsubj" or cur.head == head:
        return False
    step = head
    while step != cur.head:
        if step.head == step or step.dep_ in ("ccomp", "relcl", "acl", "parataxis"):
            return True  # the country's verb is not above the event, or it reports or reacts to it
        step = step.head
    return False


def aim_verbs(head, trigger, lang: LanguageProfile) -> list:
    """The subjectless aim participles that restate the event's act: "launched an offensive ..., targeting the town".

    A present participle of aiming (``lang.aim_participles``) hung as an
    adverbial clause on the event's verb, or on the light verb whose object
    names the act ("carried out airstrikes over Deir Ezzor, hitting ..."),
    with no subject of its own, tells where the same act was aimed (the
    assembler folds it into the event as a restatement). Its place is that
    act's finer place: ACLED codes an event at the most specific location
    the report names (ACLED codebook 2023, "Geography").

    Parameters
    ----------
    head, trigger : spacy.tokens.Token
        The event's head and trigger tokens.
    lang : LanguageProfile
        Gives ``aim_participles``.

    Returns
    -------
    list[spacy.tokens.Token]
        The participles, in the order of their heads.
    """
    heads = [head] + ([trigger] if trigger != head else [])
    heads += [t.head for t in list(heads) if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj"]
    return [c for h in heads for c in h.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in lang.aim_participles
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]



def aimed_ground(tok, verb, lang: LanguageProfile) -> bool:
    """Whether the place ``tok`` on an aim participle ``verb`` is where the aim fell ("targeting the town of Y").

    The place must be attached to the participle
    (:func:`~dotterel.places.syntax.attached`) as its object or through
    locative prepositions only (``lang.ground_prepositions``, and the "of" of
    a place noun: "targeting checkpoints in the Al-Waer district"), as
    :func:`shared_ground` asks of a place lent by another verb. A "from" or
    "to" phrase on the way says where the target came from or leads to, or
    whence the aim was taken, not where the act fell ("targeting officials
    from Baghdad", "targeting supply routes to Damascus", "targeting Raqqa
    from Incirlik"), and lends nothing.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The place's root token.
    verb : spacy.tokens.Token
        An aim participle of :func:`aim_verbs`.
    lang : LanguageProfile
        Gives ``ground_prepositions``.

    Returns
    -------
    bool
    """
    if not attached_to_trigger(tok, verb, verb, lang):
        return False
    cur = tok
    while cur != verb and cur.head != cur:
        if cur.dep_ == "prep" and cur.lower_ != "of" and cur.lower_ not in lang.ground_prepositions:
            return False
        cur = cur.head
    return True


def _criticised_for(tok, lang: LanguageProfile) -> bool:
    """Whether the attack on ``tok`` gives the cause it is aimed at ("attacked ... over its trade policy", "for failing").

    A preposition of ``lang.cause_prepositions`` ("over", "for") on the
    attack verb, on ``tok`` itself or on the passive's agent ("was attacked
    by critics over the law": the parser often hangs the cause there), with
    an object that is no span or count of time (:func:`_of_time`: "for
    three nights", "over the weekend", "for the second time") or with a
    clause ("for failing to curb insecurity"). Shells and bombs are not
    aimed at a policy: a capital so "attacked" stands for its government,
    the target of criticism (PLOVER manual: DISAPPROVE/ACCUSE), and names
    no ground.
    """
    verb = tok.head
    heads = [verb, tok] + [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in lang.cause_prepositions:
                continue
            for obj in prep.children:
                if obj.dep_ == "pcomp":
                    return True
                if obj.dep_ == "pobj" and not any(_of_time(t, lang) for t in obj.subtree):
                    return True
    return False


def _of_time(tok, lang: LanguageProfile) -> bool:
    """Whether a word of a "for" or "over" phrase makes it a span or count of time ("for the second time").

    A DATE, TIME or ORDINAL entity ("over the course of the night", "for
    the second time"), or one of ``lang.date_unit_nouns``, singular or
    plural ("for hours", "over a night").
    """
    return tok.ent_type_ in ("DATE", "TIME", "ORDINAL") or tok.lower_ in lang.date_unit_nouns \
        or tok.lower_ + "s" in lang.date_unit_nouns


def not_the_scene(tok, head, lang: LanguageProfile) -> bool:
    """Whether a clause between a place and the event's verb tells another act than the event, so the place is not its ground.

    Used for a town named in a modifier clause of the event's sentence, the
    last fallback before the paragraph (issue 16). Such a clause may describe
    the event's participants where the event happened ("gunmen killed
    travellers who were driving through X", "troops killed militants who had
    taken over a school in X", "soldiers shot a man who was trying to flee
    across the border at X"), but not when it tells an act that is only aimed
    at or thought of, an earlier act, or another act coordinated inside it:

    - a to-infinitive clause whose aim the place is: a participant's
      attempt or plan (``xcomp``, or an ``acl`` with "to") aims at its object
      ("stopped farmers trying to reach X", "arrested a man who planned to
      bomb a church in X"), any such clause at the object of one of its
      ``lang.destination_prepositions`` ("migrants trying to sail to X");
      Quirk et al. 1985, 15.47: non-finite purpose clauses. A place hung on a
      locative word of the clause ("trying to flee across the border at X")
      is where its subject was, and stays; so does the object of a purpose
      clause of the act it hangs on (an ``advcl``: "came to pray at a mosque
      in X", "fired to disperse a crowd in X"), which that act reached;
    - a clause with a modal or future auxiliary (``lang.hypothetical_modals``,
      ``lang.future_modals``: "before they could reach X");
    - a clause in the past perfect (``lang.anterior_auxiliaries``; Quirk et
      al. 4.22: an act before the past time of the narrative) that is
      adverbial ("killed five militants after rebels had attacked bases in
      X") or carries a date of its own before the event's
      (:func:`_own_earlier_date`: "arrested two men who had robbed a bank in
      X last year"). A relative clause in the past perfect with no such date
      tells where the participants had gone or gathered, where the event
      found them ("arrested two men who had gathered in X", "dispersed crowds
      that had assembled in X"), and stays;
    - a clause coordinated inside the modifier clause (``conj``): its own act.

    ACLED codebook (geo-precision): the place coded is where the event
    happened; a place named for another act is no evidence of it.
    """
    modals = lang.hypothetical_modals | lang.future_modals
    cur, below = tok, None
    for _ in range(12):
        if cur == head or cur.head == cur:
            return False
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("relcl", "acl", "advcl", "xcomp", "conj", "ccomp", "pcomp"):
            aux = [c for c in cur.children if c.dep_ in ("aux", "auxpass")]
            infinitive = cur.dep_ == "xcomp" or (
                cur.dep_ in ("acl", "advcl") and any(c.lower_ == "to" and c.tag_ == "TO" for c in aux))
            anterior = any(c.lower_ in lang.anterior_auxiliaries for c in aux)
            if cur.dep_ == "conj" or any(c.lower_ in modals for c in aux) or (
                    infinitive and _aim_of(below, cur.dep_ != "advcl", lang)) or (
                    anterior and (cur.dep_ == "advcl" or _own_earlier_date(cur, lang))):
                return True
        cur, below = cur.head, cur
    return False


def _aim_of(child, by_object: bool, lang: LanguageProfile) -> bool:
    """Whether the place below ``child`` is the aim of the verb above it: a destination's ("flee to X"), or its object.

    ``child`` is the verb's child on the way down to the place. The object
    ("reach X", "bomb a church in X") counts when ``by_object`` (an attempt
    or plan, not a purpose of the act above, :func:`not_the_scene`); a place
    under a locative ("at X", "across the border at X") never does.
    """
    if child is None:
        return False
    return (child.dep_ == "dobj" and by_object) or (
        child.dep_ == "prep" and child.lower_ in lang.destination_prepositions)


def _own_earlier_date(verb, lang: LanguageProfile) -> bool:
    """Whether a clause carries a date of its own before the event's: "last year", "two years ago", "in 2019".

    A date entity in the clause (not in a clause below it) with one of
    ``lang.date_previous_words``, ``lang.anterior_date_words`` or a year; a
    weekday, "yesterday" or "on Friday" is
    often the event's own day ("men who had gathered in X on Friday"), and
    does not count (TimeML, Pustejovsky et al. 2003: a past-perfect event
    with its own anchor is ordered before the narrative's).
    """
    for t in verb.subtree:
        if t.ent_type_ != "DATE":
            continue
        owner = t
        while owner != verb and not (
                owner.pos_ in ("VERB", "AUX") and owner.dep_ in ("relcl", "acl", "advcl", "ccomp")):
            owner = owner.head
        if owner == verb and (t.lower_ in lang.date_previous_words or t.lower_ in lang.anterior_date_words
                              or (t.like_num and len(t.text) == 4)):
            return True
    return False


def protest_topic(tok, head, lang: LanguageProfile) -> bool:
    """Whether a place lies in the phrase that says what a protest is against or about, not where it was.

    "walked out of the Capitol to protest the war in Gaza", "marched against
    the war in Ukraine", "rallied to demand an end to the violence in Sudan",
    "staged a sit-in in solidarity with striking miners in Bolivia": the place
    is where the act protested was, or where those the protest stands with
    are (ACLED codebook 2023, Protests: the location is where the
    demonstration took place, not the place of the issue it is about). Two
    shapes, walking up from the place to the event's ``head``:

    - a phrase after a noun of ``lang.solidarity_nouns`` ("in solidarity
      with"): anything named in it; not a ground phrase
      (``lang.ground_prepositions``), "rallied in solidarity in Lagos",
      which says where the rally was;
    - the object of a cause preposition (``lang.cause_prepositions``:
      "against", "over", "for"; not a span of time, "for a second day in
      Cairo") or of a reaction verb (``lang.reaction_verbs``: "protest",
      "denounce", "demand") on the way, when the place hangs on a noun of an
      act or state of affairs (``lang.protest_topic_nouns``: "the war in X",
      "the crackdown in X"). "protested against the government in Kyiv"
      names the seat of the government, most often where the protest was,
      and stays, and so does a second place on the act's noun, which the
      parser hangs there ("against the occupation of Palestine in Dublin").
    """
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head  # "the war in Gaza and Lebanon"
    # the noun the place's phrase hangs on ("the war in Gaza", "the invasion of Ukraine")
    noun = cur.head.head if cur.dep_ == "pobj" and (
        cur.head.lower_ in lang.ground_prepositions or cur.head.lower_ == "of") else None
    topic_noun = noun is not None and noun.pos_ == "NOUN" and (
        noun.lower_ in lang.protest_topic_nouns or noun.lemma_.lower() in lang.protest_topic_nouns) and not any(
        c.dep_ == "prep" and c.i < cur.head.i and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in noun.children)  # "against the occupation of Palestine in Dublin": a second place is the scene
    cur, below = tok, None
    for _ in range(14):
        if cur.dep_ == "prep" and cur.lower_ not in lang.ground_prepositions and (
                cur.head.lemma_.lower() in lang.solidarity_nouns or (
                cur.i > 0 and cur.doc[cur.i - 1].lemma_.lower() in lang.solidarity_nouns)):
            # (the parser often hangs "with" on the verb: "rallied in solidarity with ..."; a ground phrase after
            # the noun, "rallied in solidarity in Lagos", is where the rally was)
            return True
        if topic_noun and cur.dep_ == "prep" and cur.lower_ in lang.cause_prepositions and not any(
                c.dep_ == "pobj" and _of_time(c, lang) for c in cur.children):
            return True
        if topic_noun and below is not None and below.dep_ in ("dobj", "obj") and cur.pos_ == "VERB" \
                and cur.lemma_.lower() in lang.reaction_verbs:
            return True
        if cur == head or cur.head == cur:
            return False
        cur, below = cur.head, cur
    return False


def followed_side(tok, lang: LanguageProfile) -> bool:
    """Whether a place is the side that people follow: "Fans of Chelsea clashed with police in London".

    The object of "of" after a noun of ``lang.side_follower_nouns`` ("fans",
    "supporters") names a club or side, most often a town's namesake, not
    where the event was; the fans came from elsewhere to the ground where
    they acted (ACLED codebook 2023: the location is where the event took
    place). A name the follower noun carries as its modifier is left to the
    other rules ("Lagos fans").
    """
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head  # "supporters of Chelsea and Arsenal"
    prep = cur.head
    return cur.dep_ == "pobj" and prep.lower_ == "of" and prep.head != prep and (
        prep.head.lemma_.lower() in lang.side_follower_nouns or prep.head.lower_ in lang.side_follower_nouns)
