"""Who fills an event mention's slots: its doer, its patients and its recipients.

The argument half of :mod:`dotterel.events.detect` (split from it by job): the
subject of a clause through conjunction, relatives, complements and the small
parser's misreadings (:func:`subject_of`), the doer of an act named by a noun
(:func:`nominal_agent`) or by the means it was done with (:func:`means_agent`),
whether a bare participle is passive, and the tokens that fill a rule's
recipient slots (:func:`recipients`). The words they read are the language
profile's (``lang/en/profile.json``), passed as ``lang``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate import parse_memo
from .clauses import engaging_verb, member_participle, object_controller, raised_patients, raising_governor
from .syntax import children as _children, is_passive, prep_objects as _prep_objects, shared_objects
from .syntax import _elliptical_passive, _misattached_conj, done_beside_infinitive, stray_infinitive_conj
from .headlines import HARM_KINDS as _HARM_KINDS, headline_conjunct, headline_passive, relative_subject, root_relative
from .headlines import subject_relative
from .misparse import adjectival_verb, object_conjunct_subject, prepositional_verb_subject
from .participle_doers import participle_doers
from .joined_sides import other_side
from .syntax import subjectless_passive_conjunct, to_infinitive

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["subject_of", "nominal_agent", "means_agent", "means_wielder", "accused_of", "phrase_tokens", "recipients",
           "subject_lemmas", "subject_conjunct_lemmas", "relative_head", "between", "counted_objects", "counted_participle", "scened_participle",
           "subject_is_patient", "headline_passive", "reacted_to", "harm_clause_agent", "commanding_party"]



def _subject_swallowed_by_date(verb):
    """The subject the small parser read into a date phrase.

    "On 5 January Tokayev replaced ...": without a comma the name becomes part of the date phrase and the
    verb has no subject.
    """
    if verb.dep_ != "ROOT" or verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ != "PROPN" or prev.dep_ != "pobj" or prev.head.dep_ != "prep":
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in prev.head.subtree if t.i != prev.i):
        return prev
    return None


def _subject_cut_off(verb):
    """The subject the small parser split off as a sentence of its own: "Parliament | supported EU sanctions".

    A finite verb opening a sentence with no subject, right after (no line break between) a sentence that is
    one noun phrase of a proper or common noun alone (no verb, no punctuation): that noun is the subject. A
    heading or a list item ends at a line break or a punctuation mark, and so is never read as one.
    """
    if verb.dep_ != "ROOT" or verb.i == 0 or verb.tag_ not in ("VBD", "VBZ") or not verb.is_sent_start:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ not in ("PROPN", "NOUN") or prev.dep_ != "ROOT" or "\n" in prev.whitespace_:
        return None
    words = list(prev.sent)
    if any(t.pos_ in ("VERB", "AUX", "PUNCT", "SPACE") or t.is_space for t in words) or len(words) > 4:
        return None
    return prev


def counted_objects(dobjs: list) -> list:
    """The objects that carry a number ("24 people"), and the "of" group of a number ("dozens of protesters")."""
    out = []
    for d in dobjs:
        if d.like_num or any(c.dep_ in ("nummod", "quantmod") for c in d.children):
            out.append(d)
        if d.like_num or d.ent_type_ == "CARDINAL":
            out.extend(p for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj")
    return out


def _left_in_state(tok, lang: LanguageProfile) -> bool:
    """"The clashes left 25 people injured": a bare participle after a result verb is passive.

    The parser may make "people" the subject of "injured"; the injured are the
    victims, never the actor. The verbs are the profile's ``result_verbs``.
    """
    return (tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp", "oprd", "advcl", "conj")
            and tok.head.lemma_.lower() in lang.result_verbs
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))


def subject_is_patient(tok, lang: LanguageProfile) -> bool:
    """Whether a bare participle is passive, its parsed subject the patient.

    "left 25 people injured", "dozens were detained and hundreds injured", "Three journalists wounded
    when police fired", "Summary: several journalists wounded when police fired" (:func:`headline_passive`;
    after a heading the parser hangs the participle, its subject with it, on the heading noun), "beaten" in
    "Protesters arrested and beaten in Minsk" (:func:`headline_conjunct`: its patient is its head's), and a
    relative the parser made the root ("Protesters arrested in Minsk were released": :func:`root_relative`).
    """
    return _left_in_state(tok, lang) or _elliptical_passive(tok) or (tok.dep_ in ("ROOT", "acl", "ccomp") and headline_passive(tok, lang)) \
        or headline_conjunct(tok, lang) or root_relative(tok, lang)


def counted_participle(tok) -> bool:
    """"51 people arrested for their role": a participle after a counted noun."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "nummod" or c.like_num for c in tok.head.children)
    )


# entity types of a phrase that gives a participle its own time or place ("captured two years ago", "in Kabul")
_SCENE_ENTS = ("DATE", "TIME", "GPE", "LOC", "FAC")


def scened_participle(tok) -> bool:
    """A past participle after an uncounted noun that carries a scene of its own: a reduced relative stating an act.

    "Gilad Schalit, an Israeli soldier captured two years ago by Gaza militants", "a 16-year-old captured in
    Afghanistan", "Eastern Slavonia, captured by the Serbs in 1991": the participle has a "by" agent, or a date
    or a named place of its own (an entity-typed phrase hanging on it), and no object. A bare "those captured"
    or "the soldier captured" has none and states no dated act; a captor named as one person ("a girl captured by
    Vermeer in 1665", "the young man captured in Paris by the artist Degas") is a painter's, a photographer's or a
    player's far more often than a captor's in such a relative, and the participle is left out (PLOVER manual: an
    event is one occurrence; ACLED codebook: a discrete event with a date and a place). Which nouns it may follow is the rule's
    ``objects`` (``scened_relative`` in ``lang/en/triggers.json``).
    """
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.i > tok.i:
        return False
    if any(c.dep_ in ("dobj", "auxpass", "aux", "nsubj", "nsubjpass") for c in tok.children):
        return False
    if any(c.dep_ == "appos" and tok.head.i < c.i < tok.i for c in tok.head.children):
        return False  # "the rebel Serbs, Eastern Slavonia, captured by the Serbs": hung past the apposition it follows
    if any(g.dep_ == "pobj" and g.ent_type_ == "PERSON" for c in tok.children if c.dep_ == "agent" for g in c.children):
        return False  # "a girl captured by Vermeer in 1665", "the mother captured by Dorothea Lange": a painter's or a lens's
    for c in tok.children:
        if c.dep_ == "agent":
            return True
        if c.dep_ in ("npadvmod", "advmod") and c.ent_type_ in ("DATE", "TIME"):
            return True  # "captured last month", "captured two years ago"
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in _SCENE_ENTS for g in c.children):
            return True  # "captured in Afghanistan", "captured in 1991"
    return False


# "X accused Y of opening fire", "blamed Y for the killings", "charged Y with attacking": the verbs
# and prepositions are the profile's accuse_verbs and accuse_prepositions


def accused_of(tok, *, lang: LanguageProfile):
    """``(accusing verb, accused)`` when ``tok`` is the act one party accuses another of, else None.

    "Ukraine accused Russia's forces of opening fire": ``opening`` gives
    (``accused``, ``forces``). The accused is the doer of the act, never the
    accuser (PLOVER manual, ACCUSE). The small parser may hang the "of"
    phrase on the accused rather than on the verb; both shapes are read.
    ``lang`` gives the accusing verbs (``accuse_verbs``) and their
    prepositions (``accuse_prepositions``).
    """
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ not in lang.accuse_prepositions:
        return None
    gov = tok.head.head
    accused = None
    if gov.lemma_.lower() not in lang.accuse_verbs and gov.dep_ in ("dobj", "nsubjpass") and gov.head != gov:
        accused, gov = gov, gov.head
    elif gov.dep_ == "pobj" and gov.head.dep_ == "agent" and gov.head.head != gov.head:
        gov = gov.head.head  # "were accused by villagers of torturing two youths": the "of" hung on the accuser
    if gov.lemma_.lower() not in lang.accuse_verbs or gov.pos_ != "VERB":
        return None
    if accused is None:
        objs = [c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")]
        accused = objs[0] if objs else None
    return gov, accused


def reacted_to(noun, lang: LanguageProfile) -> bool:
    """Whether a noun is the object of a reaction verb ("condemned the arrest"), directly or after "for"/"against"."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("for", "against", "over", "into"):
        gov = gov.head
    elif noun.dep_ not in ("dobj", "conj"):
        return False
    while noun.dep_ == "conj" and gov.dep_ in ("dobj", "conj"):
        gov = gov.head
    # "condemned the arrest of journalists", "welcomed the release": what someone reacts to is the reaction's
    # topic; the reaction is coded (ACCUSE, ...), the named event is not coded again from it
    if noun.dep_ == "dobj" and any(c.dep_ == "oprd" for c in gov.children) \
            and gov.lemma_.lower() in lang.characterising_verbs.get("oprd", ()):
        return False  # "called the killing of 40 protesters a massacre": the act is named, not called for
    return gov.lemma_.lower() in lang.reaction_verbs and gov.pos_ == "VERB"


def nominal_agent(noun, *, lang: LanguageProfile):
    """The doer of an event stated by a noun.

    Its possessor ("the army's killing of ..."), a state force modifying it ("Burmese military
    detention", the profile's ``state_agent_modifiers``: never a victim, unlike "student arrests"), its "by"
    phrase, the possessor of the first act of a list it is in ("the military's seizure of power, the
    detention of ..."), or the "of" phrase of an agentive noun ("the arrival of peacekeepers").

    Unlike a verb, a nominal event does not take the subject of the clause it sits in: in "the opposition
    condemned the detention of journalists" the opposition detained no one. Only an act that accompanies the
    clause's own ("along with the declaration of ..., Tokayev ordered") is the clause subject's, and so is
    an act the clause's verb says its subject resorts to (``resort_verbs``: "police resorted to a lathi charge")
    or engages in (``engage_verbs``: "protesters indulged in theft of weapons").
    """
    poss = _children(noun, {"poss"})
    if poss:
        return poss[0]
    state = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
             and c.lower_ in lang.state_agent_modifiers]
    if state:
        return state[0]  # "Burmese military detention", "police killings": a state force modifies its act
    if noun.dep_ == "acl" and noun.head.i == noun.i - 1 and noun.head.lower_ in lang.state_agent_modifiers:
        return noun.head  # "in police firing": the small model hangs the act on the force word before it
    if noun.dep_ in ("acl", "conj") and noun.i > 0 and noun.doc[noun.i - 1].lower_ in lang.state_agent_modifiers \
            and noun.head in _conj_heads(noun.doc[noun.i - 1]):
        # "rioting and subsequent police firing": the small model makes the force word a conjunct of the list
        # and hangs the act on the list's first noun, or makes both conjuncts ("stone pelting and police firing")
        return noun.doc[noun.i - 1]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lang.light_verbs:
        # "the government carried out mass killings": the light verb's subject does the act
        return subject_of(noun.head, lang=lang)
    if (doing := engaging_verb(noun, lang)) is not None:
        # "police resorted to a lathi charge", "protesters engaged in looting": who resorts to or engages in it does it
        return subject_of(doing, lang=lang)
    agents = _prep_objects(noun, "by") or undertaken_by(noun, lang)
    if agents:
        return agents[0]
    first = _first_of_list(noun)
    if first != noun and _children(first, {"poss"}) \
            and any(c.dep_ == "prep" and c.lower_ in lang.act_object_prepositions for c in first.children):
        # "The military's seizure of power, the detention of Aung San Suu Kyi and the declaration of a state
        # of emergency": a list of acts whose first names its doer by a possessor shares it. The first must
        # be done to something ("seizure of power"): in "Navalny's death and the arrest of his supporters"
        # or "Navalny's arrest and ..." the possessor underwent the first and did none of the rest
        return _children(first, {"poss"})[0]
    if noun.lemma_.lower() in lang.agentive_of_nouns:
        of = _prep_objects(noun, "of")
        if of:
            return of[0]
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in lang.accompaniment_prepositions and prep.dep_ == "prep":
        # "Along with the declaration of a state of emergency, Tokayev ordered ...": what accompanies the
        # clause's own act is done by the clause's subject
        verb = prep.head.head if prep.head.dep_ == "prep" else prep.head
        if verb.pos_ in ("VERB", "AUX"):
            return subject_of(verb, lang=lang)
    # "killed in police firing", "an army crackdown": a common-noun compound names the doer (a name or a
    # place does not: "the Kabul attack" was not done by Kabul)
    doer = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_]
    return doer[0] if doer else None


def _conj_heads(tok) -> list:
    """The nouns ``tok`` is a conjunct of, nearest first ("police" in "arson, looting and police": looting, arson)."""
    out = []
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
        out.append(tok)
    return out


def undertaken_by(noun, lang: LanguageProfile) -> list:
    """Who the text says undertakes an event noun: "the protests, organised by students", "began as a sit-in by workers".

    The "by" phrase of a participle of the profile's ``undertaking_verbs`` on
    the noun ("a march led by unions"), or of the noun an active verb of the
    noun's own ("the protests began as a campaign by students") describes it
    as after "as"; a passive verb's "by" is its own doer ("were seen as a
    threat by the army"), no holder of the noun's event.

    Parameters
    ----------
    noun : spacy.tokens.Token
        The event noun.
    lang : LanguageProfile
        Its ``undertaking_verbs``.

    Returns
    -------
    list[spacy.tokens.Token]
        The heads of the "by" phrase's objects; empty when the text names none.
    """
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lang.undertaking_verbs:
            found = [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            if found:
                return found
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or is_passive(verb):
        return []
    return [p for a in verb.children if a.dep_ == "prep" and a.lower_ == "as"
            for n in a.children if n.dep_ == "pobj" for p in _prep_objects(n, "by")]


def _first_of_list(noun):
    """The first member of the list of nouns ``noun`` closes, or ``noun`` itself.

    A conjunct's chain of heads; and two readings the small parser gives a
    list of subjects ("The military's seizure of power in Burma, the
    detention of X, and the declaration of Y are ..."): a member hung as an
    appositive on a name inside the member before it ("Burma, the
    detention"), found up the chain of prepositions; and a member made a
    second subject of the verb, with the list's "and" hung on the first.
    """
    first = noun
    while first.dep_ == "conj" and first.head != first and first.head.pos_ == "NOUN":
        first = first.head
    if first != noun:
        return first
    if noun.dep_ == "appos" and any(c.dep_ == "det" for c in noun.children):
        cur = noun.head
        while cur.dep_ in ("pobj", "prep") and cur.head != cur:
            cur = cur.head
            if cur.pos_ == "NOUN" and _children(cur, {"poss"}):
                return cur
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "det" for c in noun.children):
        earlier = [c for c in noun.head.children if c.dep_ == noun.dep_ and c.i < noun.i and c.pos_ == "NOUN"
                   and _children(c, {"cc"})]
        if earlier:
            return earlier[-1]
    return noun


def means_agent(verb, *, lang: LanguageProfile):
    """The agent of a passive verb named in the "by" phrase of the means it was done with.

    "Five civilians were killed in an air strike by government forces": the
    small parser hangs "by government forces" on "strike", not on "killed".
    The noun (or its compound, "air strike", "drone attack") must be one of
    the profile's ``agent_means_nouns``; a possessor of it also names the
    agent ("killed in the army's shelling").

    Parameters
    ----------
    verb : spacy.tokens.Token
        A passive verb with no agent of its own.
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token | None
        The head of the agent phrase, or ``None``.
    """
    for prep in _children(verb, {"prep"}):
        for noun in _children(prep, {"pobj"}):
            words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
            if not words & lang.agent_means_nouns:
                continue
            agents = _prep_objects(noun, "by") or _children(noun, {"poss"})
            if agents:
                return agents[0]
    return None


def means_wielder(subject, *, lang: LanguageProfile):
    """The wielder a means named as an active verb's subject gives in its "by" phrase, or None.

    "Air strikes by government forces killed 12 villagers": the strikes are the subject, the forces the
    doer (PLOVER manual, ASSAULT: the actor is the party that inflicted the harm), as is the "by" phrase of a
    passive participle on it ("Turkish drones used by Ethiopian forces killed 20": Ethiopia's forces, not the
    country that made the drones). The subject's lemma, or
    its compound ("air strikes"), must be one of the profile's ``agent_means_nouns``; a means with no "by"
    phrase is resolved as it stands ("Russian air strikes": the country's military,
    :meth:`~dotterel.actors.resolve.ActorResolver.resolve`).
    """
    if subject is None or subject.pos_ != "NOUN" or subject.dep_ not in ("nsubj", "conj"):
        return None
    words = {subject.lemma_.lower()} | {c.lemma_.lower() for c in subject.children if c.dep_ == "compound"}
    if not words & lang.agent_means_nouns:
        return None
    agents = _prep_objects(subject, "by")
    if not agents:
        # "drones launched by Ukrainian forces hit a refinery": the "by" phrase of a passive participle on the means
        for clause in subject.children:
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                # "drones supplied by Iran": the maker or seller (profile means_provider_verbs) is no wielder
                if clause.lemma_.lower() not in lang.means_provider_verbs:
                    agents = _prep_objects(clause, "by")
                break
    return agents[0] if agents else None


def harm_clause_agent(verb, *, lang: LanguageProfile):
    """The agent of the act a death or injury happened during: "died while being arrested by officers".

    A toll verb's subject is its victim (PLOVER ASSAULT recipient), so the
    actor is left empty; when an adverbial clause on the verb ("while being
    arrested", "after being beaten", "after they were shot") states in the
    passive an act done to that victim, the clause's "by" phrase names who
    did it, and that party is the doer of the harm (PLOVER manual,
    ASSAULT: the actor is the party that inflicted the harm). The clause's
    verb must be one of the profile's ``patient_verbs`` of a harm (kill,
    wound, arrest, detain, abduct: counts of the killed, injured, arrested
    or abducted; never deploy or dispatch, whose count is of troops sent,
    not harmed), and a subject of its own, if any, a pronoun (the
    victim again): "died after his brother was arrested by police" names
    another patient and gives nothing. A rescue or a car ("hit by a car")
    is no such act or no actor, and the resolver abstains on the latter.

    Parameters
    ----------
    verb : spacy.tokens.Token
        The toll verb ("died", "killed").
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token | None
        The head of the "by" phrase, or ``None``.
    """
    clauses = [c for c in verb.children if c.dep_ == "advcl"] + [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pcomp"]
    for clause in clauses:
        if clause.pos_ != "VERB" or lang.patient_verbs.get(clause.lemma_.lower()) not in _HARM_KINDS \
                or not is_passive(clause):
            continue  # "died after being deployed by the government": a deployment harms no one
        own = _children(clause, {"nsubjpass", "nsubj"})
        if own and not all(s.pos_ == "PRON" for s in own):
            continue
        agents = _prep_objects(clause, "by")
        if agents:
            return agents[0]
    return None


def commanding_party(verb, *, lang: LanguageProfile, passive: bool = False):
    """The party an agentless event happened under the command of: "took place under the leadership of the TMC".

    An event stated with no doer ("the massacre took place", "protesters were shot") whose verb carries
    "under the command / leadership / orders / direction of X" (the profile's ``command_prepositions`` and
    ``command_nouns``): X had the
    doers act, and is the actor a coder fills (CAMEO and ACLED code the commanding party's forces). Only for
    an event with no doer of its own: in "troops fired under the orders of General X" the troops fired. On a
    ``passive`` verb only an instruction for the act (the profile's ``instruction_nouns``: "protesters were
    shot under the orders of the minister"): a standing command there is as often the patients' own ("UN
    peacekeepers were ambushed under the command of a Kenyan general"), and gives nothing.

    Returns
    -------
    spacy.tokens.Token | None
        The head of the "of" phrase, or ``None``.
    """
    for prep in _children(verb, {"prep"}):
        if prep.lower_ not in lang.command_prepositions:
            continue
        for noun in _children(prep, {"pobj"}):
            if noun.lemma_.lower() in (lang.instruction_nouns if passive else lang.command_nouns):
                of = _prep_objects(noun, "of")
                if of:
                    return of[0]
    return None


def _dateline_word(tok) -> bool:
    """"WASHINGTON –" opening a sentence: a dateline the parser read as the subject, never the doer."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (tok.i == tok.sent.start and tok.is_upper and len(tok.text) > 2 and nxt is not None
            and nxt.text in ("-", "\u2013", "\u2014", "--"))


def _subject_swallowed_by_marker(verb, lang):
    """The subject of a subordinate clause the parser read as a preposition's object.

    "the situation escalated as a group of people began vandalizing ...": the small model hangs "as" on the
    main verb as a preposition with "a group" as its object, and leaves "began" (an adverbial clause) with no
    subject. The object of a phrase of the profile's ``markers_read_as_prepositions`` on the same head that
    ends just before the subjectless clause verb is that verb's subject.
    """
    if verb.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX") or verb.head is None:
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in lang.markers_read_as_prepositions \
                and prep.i < verb.i:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN", "PRON") and obj.right_edge.i == verb.i - 1:
                    return obj
    return None


def subject_of(tok, *, lang: LanguageProfile):
    """Return the subject token of the clause headed by ``tok`` (or None).

    Follows conjunction ("seized the airport and sacked buildings"), relative
    clauses ("the gangs which attacked"), and subjectless adverbial and
    open-clausal complements ("saying ...") up to the governing clause;
    ``lang`` gives the relative pronouns and the nouns whose "of" phrase is
    the doer ("the arrival of CSTO peacekeepers"). The answer is kept with
    the Doc (:func:`dotterel.annotate.parse_memo`): the stages ask it of the
    same verb several times.
    """
    doc = tok.doc
    memo = parse_memo(doc, "subject_of@" + lang.identity)
    found = memo.get(tok.i)
    if found is None:
        subject = _subject_of(tok, lang=lang)
        found = memo[tok.i] = -1 if subject is None else subject.i
    return doc[found] if found >= 0 else None


def _subject_of(tok, *, lang: LanguageProfile):
    accusation = accused_of(tok, lang=lang)
    if accusation is not None:
        return accusation[1]
    if (doers := participle_doers(tok, lang)) is not None:
        return doers  # "a lathi-charge on protesting students": the students protest
    seen = 0
    cur = tok
    adjunct = False
    raised = False  # "troops were seen patrolling": an active complement of a passive verb is its subject's act
    # an infinitive of purpose ("a rally staged by students to protest"), not a complement ("forced by the army to go")
    purpose = tok.dep_ == "advcl" and to_infinitive(tok)
    while cur is not None and seen < 8:
        seen += 1
        # "the United States is committed to ...": the small parser may hang the subject on the auxiliary;
        # "X was joined by Y in urging ...": an adjunct's doer is its governing clause's subject, passive or not
        subs = _children(cur, {"nsubj", "csubj"} | ({"nsubjpass"} if adjunct or raised else set())) or [
            s for a in _children(cur, {"aux", "auxpass"}) for s in _children(a, {"nsubj"})]
        # a dateline read as the subject is no doer; the appositive the parser hung on it is the real subject
        # ("WASHINGTON – Chairman Bob Menendez was joined by ...")
        subs = [next((a for a in x.children if a.dep_ == "appos"), None) if _dateline_word(x) else x for x in subs]
        subs = [x for x in subs if x is not None]
        if subs:
            # the subject nearest the verb: "TBILISI, Georgia — Police detained"
            before = [x for x in subs if x.i < cur.i]
            s = before[-1] if before else subs[0]
            # "thousands of police loyal to the president patrolled": the small parser makes the adjective of a
            # phrase after the noun the subject, and the noun the adjective's own subject
            s = next((n for n in s.children if n.dep_ == "nsubj" and n.i < s.i and n.pos_ in ("NOUN", "PROPN")),
                     s) if s.pos_ == "ADJ" else s
            if s.lower_ in lang.relative_pronouns and cur.dep_ == "relcl":
                return cur.head
            return s
        if cur.pos_ == "NOUN" or cur.pos_ == "PROPN":
            poss = _children(cur, {"poss"})
            if poss:
                return poss[0]
            agents = _prep_objects(cur, "by")
            if agents:
                return agents[0]
            if seen == 1 and cur.lemma_.lower() in lang.agentive_of_nouns:
                # "the arrival of CSTO peacekeepers": the doer of a nominal event
                of = _prep_objects(cur, "of")
                if of:
                    return of[0]
        if seen == 1 and cur.dep_ in ("relcl", "acl") and to_infinitive(cur) and cur.head.dep_ == "dobj" \
                and cur.head.head.lemma_.lower() in lang.undertaking_verbs:
            cur = cur.head.head  # "unions led a movement to demand ...": who undertakes it has its purpose
            continue
        if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN") and not is_passive(cur):
            return cur.head
        if seen > 1 and purpose and (cur.dep_ == "acl" and cur.tag_ == "VBN" or is_passive(cur)) and _prep_objects(cur, "by"):
            return _prep_objects(cur, "by")[0]  # "a rally staged by students to protest ...": the students
        swallowed = _subject_swallowed_by_date(cur) or _subject_swallowed_by_marker(cur, lang) or _subject_cut_off(cur) \
            or prepositional_verb_subject(cur, lang)
        if swallowed is not None:
            return swallowed
        if _misattached_conj(cur):
            cur = cur.head.head
            continue
        if (governor := done_beside_infinitive(cur)) is not None:
            cur = governor  # "ordered the crowd to disperse and arrested dozens": the orderer arrested them
            continue
        stray = stray_infinitive_conj(cur)
        if stray is not None:
            cur = stray  # "urged the junta to free X, lift Y": "lift" shares "free"'s doer, the junta
            continue
        controller = object_controller(cur, lang=lang)
        if controller is not None:
            return controller
        if adjunct and cur.dep_ == "pobj" and cur.head.dep_ == "agent":
            cur = cur.head.head  # "X was joined by Y in urging": the clause's subject (and its agent) urge
            continue
        # a gerund after a preposition ("in urging", "after attacking"), not a participle clause ("..., forcing
        # it to reverse", whose doer is the whole clause)
        adjunct = cur.dep_ == "pcomp" and cur.tag_ == "VBG" or (adjunct and cur.dep_ in ("prep", "conj"))
        # Quirk et al. (1985, 16.52): "X was seen/ordered/reported to V" keeps X as V's subject; never a passive
        # or past-participle complement ("the town was reported captured": the town is what was taken)
        raised = raising_governor(cur) is not None
        if cur.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep", "pobj", "acl") or (
            cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("dobj", "pobj", "conj")
        ) or (cur.dep_ == "acomp" and cur.pos_ == "ADJ" and seen > 1):  # "Kenya is ready to send": up to "is"
            if cur.head == cur:
                return None
            cur = cur.head
            continue
        return None
    return None


def phrase_tokens(tok) -> list:
    """The tokens of the noun phrase headed by ``tok``, without clauses.

    Keeps determiners, numbers, adjectives, compounds, possessives and flat
    names to the left, and the head; drops relative clauses, appositions and
    prepositional attachments.
    """
    left = []
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case", "advmod", "npadvmod"):
            left.extend(t for t in c.subtree)
    right = [c for c in tok.rights if c.dep_ in ("case",) or (c.dep_ == "compound")]
    toks = sorted(set(left + [tok] + right), key=lambda t: t.i)
    # "On 5 January Tokayev": a date glued on by the parser is not part of the name
    toks = [t for t in toks if t.i == tok.i or t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")]
    # keep the contiguous block that contains the head
    block = [tok]
    idx = {t.i for t in toks}
    i = tok.i - 1
    while i in idx:
        block.insert(0, tok.doc[i])
        i -= 1
    i = tok.i + 1
    while i in idx:
        block.append(tok.doc[i])
        i += 1
    return block


def subject_lemmas(tok, lang: LanguageProfile, subj=None) -> set[str]:
    """The lemmas, forms, entity class and modifiers of a clause's subject (a rule's ``subjects``).

    The members of a collective subject count as its words ("thousands of police officers patrolled").
    ``subj``, when given, is the subject (of a verb the parser misread, which has none of its own).
    """
    subj = subj if subj is not None else subject_of(tok, lang=lang)
    if subj is None:
        return set()
    out = {subj.lemma_.lower(), subj.lower_} | ({"@" + subj.ent_type_} if subj.ent_type_ else set())
    out.update(c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "amod"))
    if subj.lower_ in lang.collective_nouns or subj.lemma_.lower() in lang.collective_nouns or subj.like_num \
            or subj.lemma_.lower() in lang.partitive_nouns:
        # "thousands of police officers patrolled", "a barrage of rockets struck": the members are the subject
        for p in _prep_objects(subj, "of"):
            out.update({p.lemma_.lower(), p.lower_})
            out.update(c.lemma_.lower() for c in p.children if c.dep_ in ("compound", "amod"))
    return out


def subject_conjunct_lemmas(tok, lang: LanguageProfile) -> set[str]:
    """The lemmas, forms and modifiers of the conjuncts of a clause's subject.

    "UN and French soldiers patrolled the streets", "Armored cars and heavily armed police patrolled":
    the small parser makes the first word the subject and the force a conjunct of it; a rule's
    ``subjects`` is met by any conjunct.
    """
    subj = subject_of(tok, lang=lang)
    out: set[str] = set()
    for c in subj.conjuncts if subj is not None else ():
        out |= {c.lemma_.lower(), c.lower_}
        out.update(m.lemma_.lower() for m in c.children if m.dep_ in ("compound", "amod"))
    return out


def _doer_of_act(noun):
    """The doer of an act named by an object noun with no possessor, from its own "by" phrase.

    "condemned the violations committed by the Kazakh authorities", "denounced the arrests by
    police": the accused of an ACCUSE is who did the act (PLOVER manual, ACCUSE target).
    """
    agents = _prep_objects(noun, "by")
    if agents:
        return agents[0]
    # the participle may hang on the act's own "of" phrase: "the violations of freedoms committed by X"
    for n in [noun, *_prep_objects(noun, "of")]:
        for c in n.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                agents = _prep_objects(c, "by")
                if agents:
                    return agents[0]
    return None


def relative_head(tok, lang: LanguageProfile):
    """'who'/'which' as a subject stands for the noun its clause modifies."""
    if tok is not None and tok.lower_ in lang.relative_pronouns and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def between(tok):
    """The two sides of "fighting between X and Y" on a noun: (X, Y), (X, None) or None."""
    sides = _prep_objects(tok, "between")
    if not sides:
        return None
    return sides[0], (sides[1] if len(sides) > 1 else None)


def _passive_patients(tok, lang: LanguageProfile) -> list:
    """A passive's patients; a conjunct with no subject shares its head's ("were beaten and detained").

    Also a passive conjunct with its own auxiliary ("were not beaten but were tortured"): coordinated
    predicates share their subject (Quirk et al. 1985, 13.40).
    """
    subj = _children(tok, {"nsubjpass"}) or (_children(tok, {"nsubj"}) if subject_is_patient(tok, lang) else [])
    if not subj and _elliptical_passive(tok) and not _children(tok, {"nsubj"}):
        subj = _children(tok.head, {"nsubjpass"}) or (
            _passive_patients(tok.head, lang) if _elliptical_passive(tok.head) else [])
    if not subj and (headline_conjunct(tok, lang) or subjectless_passive_conjunct(tok)):
        subj = _passive_patients(tok.head, lang)  # "were not beaten but were tortured": one subject for both
    if not subj:
        # "Protesters detained in Minsk were ..."; "... and its residents were beaten"; "are believed to have been"
        subj = relative_subject(tok, lang) or object_conjunct_subject(tok) or raised_patients(tok)
    return subj


def recipients(tok, obj, specs: tuple[str, ...], passive: bool, lang: LanguageProfile) -> tuple:
    """The candidate recipient heads of a mention, in the order of the rule's ``recipient`` slots.

    The slots are those of ``lang/en/triggers.json`` ``fields.recipient`` (dobj, nsubjpass, nsubj,
    dative, prep:<p>, ccomp_subj, subj_conj, subj_agent, between, poss_of_dobj, poss_of_prep:<p>).
    """
    out = []
    for spec in specs:
        cand = None
        if spec == "nsubj":
            subj = _children(tok, {"nsubj"})
            cand = subj[0] if subj else None
        elif spec == "subj_conj":
            # "X and Y clashed": the other side is the subject's conjunct (a symmetric verb)
            subj = subject_of(tok, lang=lang)
            cand = other_side(subj, lang) if subj is not None and subj.i < tok.i else None
        elif spec == "subj_agent":
            # "the Kabul attack occurred", "the 3 June Khartoum massacre took place": the subject names the
            # act, so its doer is the noun's own (a possessor, a "by" phrase), never a place modifying it; with
            # none, the party it happened under the command of ("under the leadership of the TMC")
            subj = subject_of(tok, lang=lang)
            cand = (nominal_agent(subj, lang=lang) if subj is not None else None) or commanding_party(tok, lang=lang)
        elif spec == "between":
            # "clashes between X and Y": the second side (the first is the actor)
            sides = between(tok)
            cand = sides[1] if sides else None
        elif spec == "dobj":
            # an adjective the parser makes an object is the result ("shot dead a doctor"), not the patient
            objs = [o for o in _children(tok, {"dobj"}) or ([] if passive else shared_objects(tok)) if o.pos_ != "ADJ"]
            cand = objs[0] if objs else None  # "Police beat, detained and tortured the activists": shared down the list
            if cand is not None and lang.noun_kinds.get(cand.lemma_.lower()) == "abducted":
                # "gunmen held 30 villagers hostage": the parser makes the held people a compound of "hostage"
                held = [c for c in cand.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i < cand.i]
                cand = held[-1] if held else cand
            if cand is None and (dated := adjectival_verb(tok)) is not None:
                cand = dated[1]  # "authorities on Friday arrested journalist X": the noun the misread verb modifies
            if cand is None and passive:
                subj = _passive_patients(tok, lang)
                cand = subj[0] if subj else None
            if cand is None and not passive and tok.dep_ == "relcl":
                # "the activists it has detained": the noun the clause modifies is the object
                if any(c.dep_ == "nsubj" and c.lower_ not in lang.relative_pronouns for c in tok.children):
                    cand = tok.head
        elif spec == "nsubjpass":
            subj = _passive_patients(tok, lang)
            cand = subj[0] if subj else (tok.head if counted_participle(tok) or (passive and scened_participle(tok))
                                         or (tok.dep_ == "acl" and headline_passive(tok, lang))
                                         or subject_relative(tok, lang) else member_participle(tok, lang))
        elif spec == "dative":
            d = _children(tok, {"dative"})
            cand = d[0] if d and d[0].pos_ != "ADP" else None
        elif spec == "poss_of_dobj":
            objs = _children(tok, {"dobj"})
            if objs:
                poss = _children(objs[0], {"poss"})
                cand = poss[0] if poss else _doer_of_act(objs[0])
        elif spec.startswith("poss_of_prep:"):
            for p in _prep_objects(tok, spec.split(":", 1)[1]):
                # "into their hands", "into the hands of the rebels", "into rebel hands"
                poss = _children(p, {"poss"}) or _prep_objects(p, "of") or _children(p, {"compound"})
                if poss:
                    cand = poss[0]
                    break
        elif spec.startswith("prep:"):
            prep = spec.split(":", 1)[1]
            objs = _prep_objects(tok, prep) + (_prep_objects(obj, prep) if obj is not None else [])
            if not objs and prep != "of":
                # "a suspension of air links with Serbia": the phrase hangs on the "of" object
                objs = [p for o in _prep_objects(tok, "of") for p in _prep_objects(o, prep)]
            objs = [participle_doers(o, lang) or o for o in objs if o.ent_type_ not in ("DATE", "TIME")]  # "at protesting workers"
            for extra in objs[1:]:
                if all(extra.i != c.i for c in out):
                    out.append(extra)
            cand = objs[0] if objs else None
        elif spec == "ccomp_subj":
            # "demanded that the army withdraw"; "called for the army to withdraw" (a "for" infinitive)
            clauses = _children(tok, {"ccomp"}) + [c for c in _children(tok, {"advcl"}) if any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
            for c in clauses:
                s = _children(c, {"nsubj", "nsubjpass"})
                if s:
                    cand = s[0]
                    break
        cand = relative_head(cand, lang)
        if cand is not None and all(cand.i != c.i for c in out):
            out.append(cand)
    return tuple(out)
