"""Clause helpers of the parse shared by the detectors: an infinitive's doer, events stated by ellipsis.

Split from :mod:`dotterel.events.detect` (module size). The rule is English
grammar (object control: Rosenbaum 1967; the verbs are the language
profile's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..attribution_frames import kept_from_keeper, negative_argument
from .syntax import is_passive, to_infinitive

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["object_controller", "member_participle", "elliptical_parts", "part_indices", "retort", "clausal_object", "depicted_doer", "depicting_frame", "depicting_work",
           "recording_hedge", "recording_made", "existential_things", "existential_report", "existential_verb", "engaging_verb",
           "light_verb_of", "raising_governor", "raised_patients"]


def object_controller(clause, *, lang: LanguageProfile):
    """The object that does the act of an infinitive under a verb of pressing ("object control").

    Parameters
    ----------
    clause : spacy.tokens.Token
        Head of a clause (an infinitive with "to").
    lang : LanguageProfile
        ``object_control_verbs``.

    Returns
    -------
    spacy.tokens.Token | None
        The head of the pressed party's phrase.

    Notes
    -----
    "press the military to release them", "called on the government to
    resign", "issued Lukashenko an ultimatum to step down": the pressed
    party, not the one who presses, is the doer of the infinitive. In the
    passive the pressed party is the verb's subject ("the police were forced
    to open fire", "troops were ordered to withdraw"). The verbs are the
    profile's ``object_control_verbs``; ``None`` when ``clause`` is no such
    infinitive or the verb has no such object.
    """
    if (kept := _kept_from_doer(clause, lang)) is not None:
        return kept
    if clause.pos_ not in ("VERB", "AUX") or not to_infinitive(clause):
        return None
    verb = clause.head
    if clause.dep_ == "acl" and verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # "issued Lukashenko an ultimatum to step down": the infinitive hangs on the noun
        objects = [c for c in verb.children if c.dep_ == "dative"]
    elif clause.dep_ in ("xcomp", "ccomp", "advcl"):
        objects = [c for c in verb.children if c.dep_ in ("dative", "dobj")] or [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
        if not objects and clause.dep_ == "xcomp":
            objects = [c for c in verb.children if c.dep_ == "nsubjpass"]  # "the police were forced to open fire"
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lang.object_control_verbs or not objects:
        return None
    obj = objects[0]
    return None if obj.pos_ == "PRON" and obj.lower_ in ("it", "this", "that") else obj


def _kept_from_doer(clause, lang: LanguageProfile):
    """The one kept from the act of a gerund after "stop/prevent X from": X, the gerund's doer; else None.

    "Police could not stop the mob from setting fire to buses", "troops failed to prevent the militia from
    looting the market", "nothing could stop the protesters from marching": the object of the verb of keeping
    (profile ``kept_from_verbs``, with a ``kept_from_prepositions`` gerund) is the understood subject of the
    gerund, as the object of a verb of pressing is of its infinitive (object control: Rosenbaum 1967;
    Huddleston and Pullum 2002, ch. 14, "prevent NP from V-ing"), and in the passive the verb's subject is
    ("the protesters were stopped from marching"). Whether the act happened is
    :func:`~dotterel.attribution_frames.unrealised_by`'s to say.
    """
    prep, verb = clause.head, kept_from_keeper(clause, lang)
    if verb is None:  # the phrase may hang on the object ("stop inmates from setting fire"): kept_from_keeper
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i]
    return objects[0] if objects and objects[0].pos_ in ("NOUN", "PROPN", "PRON") else None


def member_participle(tok, lang: LanguageProfile):
    """The members named of a group a past participle defines: "Two journalists were among those arrested".

    "X were among those detained in Minsk", "Among those killed on Sunday was a local judge", "there were
    several foreigners among those arrested": a participle
    defining the noun of an "among" phrase of "be" states that the act happened to the group, and the
    subject of "be" names some of its members, the act's patients. With no such subject, with a modal or a
    negation on "be" ("may be among those arrested", "were not among those killed") or in its subject ("none
    of the journalists were among those arrested", "no journalists were ...": ``negative_argument``), or with the participle
    anywhere else ("the families of those arrested", "those arrested will appear in court"), None: the act
    is then only presupposed, with no one named.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A word a trigger rule matched.
    lang : LanguageProfile
        Its negative pronouns and determiners.

    Returns
    -------
    spacy.tokens.Token | None
        The head of the members' noun phrase.
    """
    group = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or group.dep_ != "pobj" or group.head.lower_ != "among" \
            or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children):
        return None
    be = group.head.head
    members = [c for c in be.children if c.dep_ in ("nsubj", "attr") and c.pos_ in ("NOUN", "PROPN")]
    if be.pos_ in ("NOUN", "PROPN"):
        # "there was a number of foreigners among those arrested": the phrase hangs on the members' noun,
        # the attribute of an existential "be" (or its of-phrase: a part of the attribute)
        members, attr = [be], be
        while attr.dep_ == "pobj" and attr.head.lower_ == "of" and attr.head.head.pos_ in ("NOUN", "PROPN"):
            attr = attr.head.head
        if attr.dep_ != "attr" or not any(c.dep_ == "expl" for c in attr.head.children):
            return None
        be, members = attr.head, ([attr] if negative_argument(attr, lang) else members)
    if be.lemma_.lower() != "be" or group.head.dep_ != "prep" \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in be.children):
        return None
    return members[0] if members and not negative_argument(members[0], lang) else None


def elliptical_parts(verb) -> list:
    """Second events stated by ellipsis: "detained 12 activists ... and nine more on 15/06/2020".

    A number with "more"/"others" hanging off the verb, with a date of its
    own, is the same action done again on another day.
    """
    out = []
    for c in verb.children:
        if c.dep_ not in ("npadvmod", "conj", "dobj", "nsubjpass"):
            continue
        is_number = c.like_num or c.ent_type_ == "CARDINAL"
        more = any(g.lower_ in ("more", "others", "another") for g in c.subtree)
        dated = any(verb.doc[i].ent_type_ in ("DATE", "TIME") for i in part_indices(c))
        if is_number and more and dated:
            out.append(c)
    return out


def part_indices(part) -> set[int]:
    """Token indices of an elliptical part.

    Its subtree and a prepositional phrase right after it on the same verb ("nine more | on 15/06/2020").
    """
    idx = {t.i for t in part.subtree}
    nxt = part.right_edge.i + 1
    if nxt < len(part.doc):
        tok = part.doc[nxt]
        if tok.dep_ == "prep" and tok.head == part.head:
            idx.update(t.i for t in tok.subtree)
    return idx


def retort(verb, *, lang: LanguageProfile) -> bool:
    """Whether a verb of violence with a retort particle right after it names no target: a retort, no attack.

    "the bench shot back:", "the minister fired back": with no object and no
    target phrase (profile ``retort_particles``, ``target_prepositions``)
    the verb answers a speaker. The target phrase may hang on the verb or on
    the particle ("The U.S. military shot back at the attackers": the small
    parser attaches "at" under "back"), and stays an attack. A phrase of
    time is no target ("stabbed three days back", "killed sometime back":
    "back" after a time is "ago"). Dotterel developers, from news usage.
    """
    particles = [c for c in verb.children
                 if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1 and c.lower_ in lang.retort_particles]
    if not particles:
        return False
    return not any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in lang.target_prepositions
                             and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children))
        for head in (verb, *particles) for c in head.children)


def clausal_object(verb, *, lang: LanguageProfile) -> bool:
    """Whether a verb that takes a clause as its object ("demonstrate", "show") has one after it.

    "demonstrate how little we have understood", "demonstrated that sales
    recovered": a clause opened by one of the profile's
    ``clausal_object_markers`` makes the verb mean "show", so an
    intransitive trigger rule (``no_object``: "protesters demonstrated")
    does not apply. Only the profile's ``clause_taking_verbs`` take such a
    clause: a verb of moving does not, and a "that" clause the parser hangs
    on it belongs to the verb of saying around it ("explained as he marched
    that the temple would be built": the march stands). An object with an
    infinitive of its own is such a clause too ("demonstrate the force to be
    used", "show the police to be ready": the parser makes the object the
    infinitive's subject). Dotterel developers, from English grammar (verbs
    of showing take a content clause, or an object and a to-infinitive).
    """
    if verb.lemma_.lower() not in lang.clause_taking_verbs and verb.lower_ not in lang.clause_taking_verbs:
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and (
        c.left_edge.lower_ in lang.clausal_object_markers
        or to_infinitive(c) and any(s.dep_ in ("nsubj", "nsubjpass") and verb.i < s.i < c.i for s in c.children))
        for c in verb.children)


def recording_hedge(verb, *, lang: LanguageProfile):
    """The verb of seeming a recording verb is the infinitive of ("appears to show"), or None.

    "Footage that appears to show soldiers beating protesters", "a video purporting to show police shooting a
    man": the recording only seems to show the act, so the act is alleged, as with "purportedly showing"
    (profile ``recording_hedge_verbs``; read by ``attribution.attribute``).

    Parameters
    ----------
    verb : spacy.tokens.Token
        A recording verb ("show").
    lang : LanguageProfile
        ``recording_hedge_verbs``.

    Returns
    -------
    spacy.tokens.Token or None
        The verb of seeming ("appears").
    """
    if verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb) and verb.head.lemma_.lower() in lang.recording_hedge_verbs:
        return verb.head
    return None


def _subjects(verb) -> list:
    """The nouns a verb tells of: its subject, or the noun it hangs on as a participle or relative clause."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
    if verb.head.i < verb.i and (verb.dep_ in ("acl", "relcl") or (
            verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"))):
        # "footage showing ...", "a video shot in Yangon showing ...", "footage that appears"; a participle the
        # parser hung on a noun as an adverbial clause ("Footage from 2019 showing ...") is one on the noun
        subjects.append(verb.head)
    return subjects


def recording_made(verb, act, *, lang: LanguageProfile) -> bool:
    """Whether ``verb`` tells when or how the recording that shows ``act`` was made ("a video recorded in 2018").

    "Footage filmed in 2019 shows police beating protesters", "footage dating from 2019 shows ...": a
    participle of making (profile ``filming_verbs``) on the recording noun; its date is the act's, since a
    recording shows what happened as it was made (read by ``events.dating``). Not a verb of circulation
    ("footage posted on Monday": ``circulation_verbs``), which dates the recording's coming to light, nor one
    with a particle or a complement ("a video taken down on Tuesday", "footage made public on Monday").

    Parameters
    ----------
    verb : spacy.tokens.Token
        The verb a date hangs on.
    act : spacy.tokens.Token
        The act's trigger.
    lang : LanguageProfile
        ``filming_verbs`` and what :func:`depicting_frame` reads.

    Returns
    -------
    bool
    """
    if verb.lemma_.lower() not in lang.filming_verbs or verb.dep_ not in ("acl", "advcl") or verb.tag_ not in ("VBN", "VBG"):
        return False
    if any(c.dep_ in ("prt", "acomp", "oprd", "ccomp", "xcomp") for c in verb.children):
        return False  # "a video taken down on Tuesday", "footage made public on Monday": not its making
    frame = depicting_frame(act, lang=lang)
    if frame is None:
        return False
    recordings = [*_subjects(frame), frame] if frame.pos_ == "NOUN" else _subjects(frame)
    hedge = recording_hedge(frame, lang=lang)
    if hedge is not None:
        recordings += _subjects(hedge)
    return verb.head in recordings


def _recording(verb, nouns, lang: LanguageProfile) -> bool:
    """Whether the recording verb ``verb`` has a noun of ``nouns`` as its subject, or hangs on one as a participle.

    Through a verb of seeming: "the footage appears to show ..." (:func:`recording_hedge`).
    """
    subjects = _subjects(verb)
    hedge = recording_hedge(verb, lang=lang)
    if hedge is not None:
        subjects += _subjects(hedge)
    return any(s.lemma_.lower() in nouns or s.lower_ in nouns for s in subjects)


def depicting_work(tok, *, lang: LanguageProfile):
    """The work of art, documentary or fiction that shows the act ``tok``, or None.

    "A documentary shows soldiers burning villages", "the film shows police beating protesters", "a mural
    depicts police beating protesters", "a painting of soldiers shooting prisoners", "a film about a police
    officer who opens an investigation": a work (profile ``fiction_nouns`` and ``artwork_nouns``), the subject
    of a recording or depiction verb above the act (``recording_verbs``, ``depiction_verbs``), an artwork whose
    "of" phrase holds it, or a work whose "about" phrase does. What a work shows is
    no event (PLOVER manual, 2021: events are interactions that happened), whatever its tense, unlike a plot
    told in the present (``attribution_frames.fiction_frame``). A work with an "of" or "from" phrase of its
    own ("film of the clashes shows ...", "film from the scene shows ...") or a modifier of a device or of
    amateur making ("mobile phone film shows ...", "amateur film", profile ``footage_modifiers``) is footage, as
    news uses the word.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The candidate trigger.
    lang : LanguageProfile
        ``fiction_nouns``, ``artwork_nouns``, ``footage_modifiers``, ``recording_verbs``, ``depiction_verbs``,
        ``recording_hedge_verbs``.

    Returns
    -------
    spacy.tokens.Token or None
        The work's noun.
    """
    def work(noun) -> bool:
        if not any(w in lang.fiction_nouns or w in lang.artwork_nouns for w in (noun.lemma_.lower(), noun.lower_)):
            return False
        if noun.lemma_.lower() not in lang.artwork_nouns and any(
                c.dep_ in ("compound", "amod") and lang.footage_modifiers & {c.lemma_.lower(), c.lower_} for c in noun.children):
            return False  # "mobile phone film shows soldiers firing on the crowd", "amateur film": footage
        return not any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in noun.children)

    verbs = lang.recording_verbs | lang.depiction_verbs
    cur = tok
    for _ in range(8):
        if cur.pos_ == "VERB" and cur.lemma_.lower() in verbs:
            subjects = _subjects(cur)
            hedge = recording_hedge(cur, lang=lang)
            found = next((s for s in (*subjects, *(_subjects(hedge) if hedge is not None else ())) if work(s)), None)
            if found is not None:
                return found
        if cur.dep_ == "prep" and cur.lower_ == "of" and (
                cur.head.lemma_.lower() in lang.artwork_nouns or cur.head.lower_ in lang.artwork_nouns):
            return cur.head  # "a painting of soldiers shooting prisoners"
        if cur.dep_ == "prep" and cur.lower_ == "about" and cur.head.pos_ == "NOUN" and work(cur.head):
            return cur.head  # "a film about a police officer who opens an investigation": the plot
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def _depiction(tok, lang: LanguageProfile):
    """``(doer, frame)`` of an act a recording shows, or None.

    ``frame`` is the recording verb, or the recording noun of "video of X V-ing".
    """
    if tok.dep_ == "dobj" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in lang.recording_verbs \
            and _recording(tok.head, lang.evidence_nouns, lang):
        # "videos showing police shooting at demonstrators": the parser may make the act a gerund object with a
        # subject of its own
        doer = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        return None if doer is None else (doer, tok.head)
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.i > tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    doer = tok.head
    while doer.dep_ == "conj" and doer.head.i < doer.i:
        doer = doer.head  # "showing soldiers and police beating ..."
    up = doer.head
    if doer.dep_ == "dobj" and up.lemma_.lower() in lang.recording_verbs and _recording(up, lang.evidence_nouns, lang):
        return tok.head, up
    if doer.dep_ == "pobj" and up.lower_ == "of" and (
            up.head.lemma_.lower() in lang.evidence_nouns or up.head.lower_ in lang.evidence_nouns):
        return tok.head, up.head
    return None


def depicted_doer(tok, *, lang: LanguageProfile):
    """The doer of an act a recording shows, as a participle on its object ("footage showing soldiers beating ...").

    "Amnesty International verified footage showing soldiers beating protesters", "photos show police firing on
    the crowd", "the BBC geolocated video of troops firing on demonstrators": the parser hangs the act on its doer
    as a participle (``acl``, tagged VBG), the doer being the object of a recording verb (profile
    ``recording_verbs``) whose subject is a recording (profile ``evidence_nouns``), or the "of" phrase of a
    recording. Such a participle states the act the recording shows; the noun it hangs on is its doer. A
    participle on any other noun ("a man carrying a flag") is no clause, as before.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A verb, the candidate trigger.
    lang : LanguageProfile
        ``recording_verbs``, ``evidence_nouns``.

    Returns
    -------
    spacy.tokens.Token or None
        The doer noun, or None when ``tok`` is no act a recording shows.
    """
    found = _depiction(tok, lang)
    return None if found is None else found[0]


def depicting_frame(tok, *, lang: LanguageProfile):
    """The recording verb (or noun) that states the act ``tok`` shows: what the act's reality rests on.

    "The footage does not show police beating protesters", "a video purportedly showing police shooting a
    protester", "photos reportedly show police beating students" (parsed as the verb's clause): the negation or the hedge sits on the recording verb, not on the participle that states the act,
    and the act is as real as the recording says (:func:`depicted_doer`; read by ``attribution.attribute``).

    Parameters
    ----------
    tok, lang
        As for :func:`depicted_doer`.

    Returns
    -------
    spacy.tokens.Token or None
        The recording verb ("show", "depict") or noun ("video" of "video of X V-ing"), or None when ``tok`` is no
        act a recording shows.
    """
    if tok.dep_ == "ccomp" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in lang.recording_verbs \
            and _recording(tok.head, lang.evidence_nouns, lang):
        return tok.head  # "photos reportedly show police beating students": the act as the verb's clause
    found = _depiction(tok, lang)
    return None if found is None else found[1]


def existential_things(verb, *, lang: LanguageProfile) -> list:
    """The nouns an existential "there" + be states to have happened, or [] when ``verb`` is no such verb.

    "There were arrests in three cities", "there have been clashes": the act is the attribute noun of "be"
    with an expletive "there" (or the subject the parser may make of it), with its conjuncts; a report noun
    (profile ``existential_report_nouns``) is read through its of-phrase ("there were reports of looting"),
    never a fear, threat or rumour of one. Whether it happened (negated "no arrests", future "there will be",
    conditional) is the claim stage's, on the verb (rules with ``existential``, events.detect).

    Parameters
    ----------
    verb : spacy.tokens.Token
        A form of "be".
    lang : LanguageProfile

    Returns
    -------
    list of spacy.tokens.Token
    """
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
        return []
    things = []
    for noun in (c for c in verb.children if c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "VERB")):
        for n in (noun, *noun.conjuncts):
            if any(a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in lang.date_scheduled_verbs for a in n.children):
                continue  # "there is a protest planned for Friday": a plan, not an act done
            if n.lemma_.lower() in lang.existential_report_nouns or n.lower_ in lang.existential_report_nouns:
                acts = [g for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ in ("pobj", "pcomp")]
                things.extend(x for g in acts for x in (g, *g.conjuncts))
            else:
                things.append(n)
    return things


def existential_report(verb, act, *, lang: LanguageProfile):
    """The report noun through whose of-phrase an existential "there" + be states ``act``, or None.

    "There were reports of looting": the looting is what the reports claim, not what the author states,
    as with "there were reports that police arrested ..." (a claim noun's content: attribution). Nouns:
    profile ``existential_report_nouns``.

    Parameters
    ----------
    verb : spacy.tokens.Token
        The clause head of the event (a form of "be").
    act : spacy.tokens.Token
        The event's trigger noun.
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token | None
    """
    while act.dep_ == "conj" and act.head != act:
        act = act.head
    report = act.head.head if act.dep_ in ("pobj", "pcomp") and act.head.lower_ == "of" else None
    while report is not None and report.dep_ == "conj" and report.head != report:
        report = report.head
    if report is not None and report.dep_ in ("attr", "nsubj"):
        # the act's own noun rule ("clashes with police") has the noun as its head: the reports' verb is the frame
        verb = report.head
    if report is None or report.head != verb or not existential_things(verb, lang=lang) \
            or not (report.lemma_.lower() in lang.existential_report_nouns or report.lower_ in lang.existential_report_nouns):
        return None
    return report


def existential_verb(noun):
    """The existential "there" + be whose attribute (or a conjunct of it) ``noun`` is, or None.

    "There were reportedly clashes with police", "there could have been clashes with police": the act a noun
    rule finds in the attribute is as real as "be" says, as for the existential rules (events.clauses.existential_things);
    attribution reads the verb.

    Parameters
    ----------
    noun : spacy.tokens.Token

    Returns
    -------
    spacy.tokens.Token | None
    """
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    verb = noun.head
    if noun.dep_ not in ("attr", "nsubj") or noun.pos_ not in ("NOUN", "PROPN") or verb.lemma_.lower() != "be" \
            or not any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
        return None
    return verb


def engaging_verb(noun, lang: LanguageProfile):
    """The verb by which its subject does the act a noun names, or None: "police resorted to a lathi charge".

    "Protesters indulged in theft of weapons", "engaged in looting" (profile ``engage_verbs``, the "in"
    object), "resorted to a lathi charge" (``resort_verbs``, the "to" object): the noun's act is the verb's,
    so it has the verb's subject as its doer (events.agents.nominal_agent), the verb's negation, hedge or
    accusation as its reality ("did not indulge in theft", "accused them of indulging in theft": attribution),
    and it is one act with the verb where the verb is itself a trigger ("engaged in a gunfight": events.assemble).

    Parameters
    ----------
    noun : spacy.tokens.Token
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token | None
    """
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    prep, verb = noun.head.lower_, noun.head.head
    lemma = verb.lemma_.lower()
    return verb if (prep == "to" and lemma in lang.resort_verbs) or (prep == "in" and lemma in lang.engage_verbs) else None


def light_verb_of(noun, lang: LanguageProfile):
    """The light verb whose passive subject a noun event is, or None: "heavy deployment of police was made".

    In "a lathi-charge will be made", "deployment of police was made" the noun states the act and the light verb
    (profile ``light_verbs``: make, carry out, conduct, ...) only carries it (Quirk et al. 1985, 2.56, "delexical
    verbs"): the verb's tense, modal, condition and negation are the act's reality, as the governing verb's are
    for a noun in "resorted to a lathi charge" (:func:`engaging_verb`; read by attribution).

    Parameters
    ----------
    noun : spacy.tokens.Token
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token | None
    """
    verb = noun.head
    if noun.dep_ != "nsubjpass" or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() not in lang.light_verbs:
        return None
    return verb


def raising_governor(tok):
    """The passive verb whose subject does ``tok``'s act, when ``tok`` is its active complement, else None.

    "Troops were seen patrolling", "police were filmed beating", "insurgents were believed to have shelled":
    the object of a verb of perception, report or belief becomes the passive subject and stays the
    understood subject of its complement (Quirk et al. 1985, 16.52), so the act is that subject's
    (``events.agents.subject_of``) and is as real as the governing verb says: "were not seen patrolling",
    "will be seen patrolling" (``attribution.attribute``). Never a passive or bare past-participle
    complement ("the town was reported captured", "was believed to have been killed"): what was done to
    the subject.

    Parameters
    ----------
    tok : spacy.tokens.Token

    Returns
    -------
    spacy.tokens.Token or None
        ``tok.head``, the passive verb, or None.
    """
    if tok.dep_ != "xcomp" or tok.head == tok or is_passive(tok) or not is_passive(tok.head):
        return None
    perfect = any(a.dep_ == "aux" and a.lemma_ == "have" for a in tok.children)  # "to have shelled"
    return tok.head if tok.tag_ in ("VB", "VBG") or perfect else None


def raised_patients(tok) -> list:
    """The subject of a passive verb of report or belief whose passive complement ``tok`` tells what was done to it.

    "Dozens of protesters are believed to have been arrested", "twelve villagers are said to have been
    killed": the raised subject stays the understood subject of the complement (Quirk et al. 1985, 16.52),
    and of a passive one it is the patient, as of an active one it is the doer (:func:`raising_governor`).

    Parameters
    ----------
    tok : spacy.tokens.Token

    Returns
    -------
    list of spacy.tokens.Token
        The governing verb's passive subjects; empty when ``tok`` is no passive complement of a passive verb.
    """
    if tok.dep_ != "xcomp" or tok.head == tok or not is_passive(tok) or not is_passive(tok.head):
        return []
    return [c for c in tok.head.children if c.dep_ == "nsubjpass"]
