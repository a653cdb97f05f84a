"""Find event mentions in a parsed sentence with the trigger lexicon.

A mention is a trigger word that matches a rule of :mod:`dotterel.events.lexicon`
in a syntactic position where it states an event (a clause head, not an
adjective such as "those killed" or a noun modifier such as "shoot-to-kill
policy"), together with the tokens that fill its actor and recipient slots.
Resolving those tokens to actors, and deciding certainty and attribution, are
later stages.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records.coded import EventCandidate
from .clauses import clausal_object, elliptical_parts, object_controller, retort
from .lexicon import Lexicon, TriggerRule
from .objects import OBJECT_CLASSES as _OBJECT_CLASSES, object_matches as _object_matches, partitive_of
from .syntax import children as _children, is_passive, prep_objects as _prep_objects, shared_agent, shared_objects
from .syntax import _elliptical_passive, _is_clause_head, _misattached_conj, headless_predicate, misread_finite_subject
from .syntax import counted_crowd, noun_phrase_words as _noun_phrase_words, stray_infinitive_conj, with_conjuncts as _with_conjuncts

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["Mention", "find_mentions", "candidate_from_mention", "RuleDetector", "subject_of", "phrase_tokens", "is_passive", "same_scene",
           "means_agent"]

# Acts whose announcer is seldom their doer: "Amnesty announced the arrest of two activists" (policy_light_verbs)
_REPORTED_ACTS = {("COERCE", "arrest"), ("COERCE", "seize"), ("COERCE", "deport"), ("RETREAT", "release")}
# The words (relative pronouns, agentive nouns, same-scene markers) are the language
# profile's (lang/en/profile.json), passed as ``lang``.


@dataclass(frozen=True)
class Mention:
    """A trigger that matched a rule, with its argument tokens.

    Attributes
    ----------
    rule : TriggerRule
    trigger : spacy.tokens.Token
        The word reported as the trigger (the verb, or the object noun of a
        light verb such as "ordered a *shutdown*").
    head : spacy.tokens.Token
        The clause head the rule matched on (certainty and dates hang off it).
    obj : spacy.tokens.Token | None
        The object that satisfied ``rule.objects``.
    actor : spacy.tokens.Token | None
        Head token of the actor phrase.
    recipients : tuple[spacy.tokens.Token, ...]
        Candidate heads of the recipient phrase, in the rule's order; the
        first that resolves to an actor is the recipient.
    part : spacy.tokens.Token | None
        For an elliptical second event ("detained 12 ... and nine more on
        15/06/2020"), the word that heads it; its subtree holds that event's
        own date and count.
    """

    rule: TriggerRule
    trigger: object
    head: object
    obj: object | None
    actor: object | None
    recipients: tuple = ()
    part: object | None = None


def same_scene(clause, *, lang: LanguageProfile) -> bool:
    """Whether an adverbial "when/as/while" clause describes the same time and place.

    Shared by date and place selection: such a clause is part of the event's
    scene ("were detained ... when police broke up a march on Friday"), unlike
    other adverbial clauses.

    Parameters
    ----------
    clause : spacy.tokens.Token
        The head token of a clause.
    lang : LanguageProfile
        Its ``same_scene_markers`` ("when", "as", "while").

    Returns
    -------
    bool
        True when ``clause`` is an ``advcl`` with a "when", "as" or "while"
        marker or adverb.
    """
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in lang.same_scene_markers for c in clause.children
    )


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


def _counted_objects(dobjs: list) -> list:
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


def _subject_is_patient(tok, lang: LanguageProfile) -> bool:
    """Whether a bare participle is passive, its parsed subject the patient.

    "left 25 people injured", "dozens were detained and hundreds injured".
    """
    return _left_in_state(tok, lang) or _elliptical_passive(tok)


def _counted_participle(tok) -> bool:
    """"51 people arrested for their role": a participle after a counted noun."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "nummod" or c.like_num for c in tok.head.children)
    )


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
    if gov.lemma_.lower() not in lang.accuse_verbs or gov.pos_ != "VERB":
        return None
    if accused is None:
        objs = [c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")]
        accused = objs[0] if objs else None
    return gov, accused


def _reacted_to(noun, lang: LanguageProfile) -> bool:
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
    an act the clause's verb says its subject resorts to (``resort_verbs``: "police resorted to a lathi charge").
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
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lang.light_verbs:
        # "the government carried out mass killings": the light verb's subject does the act
        return subject_of(noun.head, lang=lang)
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in lang.resort_verbs:
        # "police resorted to a lathi charge": the subject of "resort" does the act it resorts to
        return subject_of(noun.head.head, lang=lang)
    agents = _prep_objects(noun, "by")
    if agents:
        return agents[0]
    first = noun
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ == "NOUN":
        first = first.head
    if first is not noun and _children(first, {"poss"}) \
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
    the doer ("the arrival of CSTO peacekeepers").
    """
    accusation = accused_of(tok, lang=lang)
    if accusation is not None:
        return accusation[1]
    seen = 0
    cur = tok
    adjunct = False
    # an infinitive of purpose ("a rally staged by students to protest"), not a complement ("forced by the army to go")
    purpose = tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    while cur is not None and seen < 8:
        seen += 1
        # "the United States is committed to ...": the small parser may hang the subject on the auxiliary;
        # "X was joined by Y in urging ...": an adjunct's doer is its governing clause's subject, passive or not
        subs = _children(cur, {"nsubj", "csubj"} | ({"nsubjpass"} if adjunct else set())) or [
            s for a in _children(cur, {"aux", "auxpass"}) for s in _children(a, {"nsubj"})]
        # a dateline read as the subject is no doer; the appositive the parser hung on it is the real subject
        # ("WASHINGTON – Chairman Bob Menendez was joined by ...")
        subs = [next((a for a in x.children if a.dep_ == "appos"), None) if _dateline_word(x) else x for x in subs]
        subs = [x for x in subs if x is not None]
        if subs:
            # the subject nearest the verb: "TBILISI, Georgia — Police detained"
            before = [x for x in subs if x.i < cur.i]
            s = before[-1] if before else subs[0]
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
        if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN") and not is_passive(cur):
            return cur.head
        if seen > 1 and purpose and (cur.dep_ == "acl" and cur.tag_ == "VBN" or is_passive(cur)) and _prep_objects(cur, "by"):
            return _prep_objects(cur, "by")[0]  # "a rally staged by students to protest ...": the students
        swallowed = _subject_swallowed_by_date(cur) or _subject_swallowed_by_marker(cur, lang)
        if swallowed is not None:
            return swallowed
        if _misattached_conj(cur):
            cur = cur.head.head
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


def _detached(verb, obj) -> bool:
    """An 'object' cut off from its verb by a comma is a misattached apposition.

    "demonstrated in the city of Zhanaozen, ..., the capital city of
    Kazakhstan": the small parser makes "the capital city" an object of
    "demonstrated".
    """
    lo, hi = sorted((verb.i, obj.left_edge.i))
    return any(t.text in (",", ";", "(", ")") for t in verb.doc[lo:hi])


def _subject_lemmas(tok, lang: LanguageProfile) -> set[str]:
    subj = subject_of(tok, lang=lang)
    if subj is None:
        return set()
    out = {subj.lemma_.lower(), subj.lower_} | ({"@" + subj.ent_type_} if subj.ent_type_ else set())
    out.update(c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "amod"))
    if subj.lower_ in lang.collective_nouns or subj.lemma_.lower() in lang.collective_nouns or subj.like_num:
        # "thousands of police officers patrolled": the members are the subject
        for p in _prep_objects(subj, "of"):
            out.update({p.lemma_.lower(), p.lower_})
            out.update(c.lemma_.lower() for c in p.children if c.dep_ in ("compound", "amod"))
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


def _relative_head(tok, lang: LanguageProfile):
    """'who'/'which' as a subject stands for the noun its clause modifies."""
    if tok is not None and tok.lower_ in lang.relative_pronouns and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _between(tok):
    """The two sides of "fighting between X and Y" on a noun: (X, Y), (X, None) or None."""
    sides = _prep_objects(tok, "between")
    if not sides:
        return None
    return sides[0], (sides[1] if len(sides) > 1 else None)


def _passive_patients(tok, lang: LanguageProfile) -> list:
    """A passive's patients; a bare conjunct with no subject shares its head's ("were beaten and detained")."""
    subj = _children(tok, {"nsubjpass"}) or (_children(tok, {"nsubj"}) if _subject_is_patient(tok, lang) else [])
    if not subj and _elliptical_passive(tok) and not _children(tok, {"nsubj"}):
        subj = _children(tok.head, {"nsubjpass"})
    return subj


def _recipients(tok, obj, specs: tuple[str, ...], passive: bool, lang: LanguageProfile) -> tuple:
    out = []
    for spec in specs:
        cand = None
        if spec == "nsubj":
            subj = _children(tok, {"nsubj"})
            cand = subj[0] if subj else None
        elif spec == "subj_conj":
            # "X and Y clashed": the other side is the subject's conjunct (a symmetric verb)
            subj = subject_of(tok, lang=lang)
            cand = subj.conjuncts[0] if subj is not None and subj.conjuncts and subj.i < tok.i else None
        elif spec == "subj_agent":
            # "the Kabul attack occurred", "the 3 June Khartoum massacre took place": the subject names the
            # act, so its doer is the noun's own (a possessor, a "by" phrase), never a place modifying it
            subj = subject_of(tok, lang=lang)
            cand = nominal_agent(subj, lang=lang) if subj is not None else None
        elif spec == "between":
            # "clashes between X and Y": the second side (the first is the actor)
            sides = _between(tok)
            cand = sides[1] if sides else None
        elif spec == "dobj":
            objs = _children(tok, {"dobj"})
            cand = objs[0] if objs else None
            if cand is None and passive:
                subj = _passive_patients(tok, lang)
                cand = subj[0] if subj else None
            if cand is None and not passive and tok.dep_ == "relcl":
                # "the activists it has detained": the noun the clause modifies is the object
                if any(c.dep_ == "nsubj" and c.lower_ not in lang.relative_pronouns for c in tok.children):
                    cand = tok.head
        elif spec == "nsubjpass":
            subj = _passive_patients(tok, lang)
            cand = subj[0] if subj else (tok.head if _counted_participle(tok) else None)
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
                poss = _children(p, {"poss"})
                if poss:
                    cand = poss[0]
                    break
        elif spec.startswith("prep:"):
            prep = spec.split(":", 1)[1]
            objs = _prep_objects(tok, prep) + (_prep_objects(obj, prep) if obj is not None else [])
            if not objs and prep != "of":
                # "a suspension of air links with Serbia": the phrase hangs on the "of" object
                objs = [p for o in _prep_objects(tok, "of") for p in _prep_objects(o, prep)]
            objs = [o for o in objs if o.ent_type_ not in ("DATE", "TIME")]
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
        cand = _relative_head(cand, lang)
        if cand is not None and all(cand.i != c.i for c in out):
            out.append(cand)
    return tuple(out)


def _match(tok, rule: TriggerRule, lang: LanguageProfile) -> list[Mention]:
    if tok.pos_ not in rule.pos:
        return []
    is_noun = tok.pos_ in ("NOUN", "PROPN")
    if is_noun and (_reacted_to(tok, lang) or tok.dep_ == "compound" or any(c.dep_ == "dobj" for c in tok.children)):
        # a noun that modifies another ("firing range", "attack helicopter", or "army firing exercise", where
        # the parser reads a verb with an object) names no event
        return []
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if not is_noun and not list(tok.children) and nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return []  # "riot police", "strike force": a bare word before a noun modifies it
    headless = not is_noun and rule.no_object and rule.subjects is not None and headless_predicate(tok)
    # "A bomber driving a minibus packed with explosives killed 50 people", "Some 50 women protested in X":
    # a finite verb read as a relative
    misread = None if is_noun or headless else (misread_finite_subject(tok) or (
        counted_crowd(tok, lang.collective_nouns) if rule.no_object or rule.event_type == "PROTEST" else None))
    if not is_noun and not (_is_clause_head(tok, lang.offer_adjectives) or headless or misread is not None
                            or (rule.reduced_relative and _counted_participle(tok))):
        return []
    passive = False if is_noun or headless or misread is not None else (
        is_passive(tok) or _counted_participle(tok) or _subject_is_patient(tok, lang))
    if rule.voice == "active" and passive:
        return []
    if rule.voice == "passive" and not passive:
        return []
    if rule.particle is not None:
        if not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == rule.particle for c in tok.children):
            return []
    if rule.event_type == "ASSAULT" and not is_noun and retort(tok, lang=lang):
        return []  # "the bench shot back:", "the minister fired back": a retort with no target, no attack
    dobjs = _with_conjuncts(_children(tok, {"dobj"}))
    if rule.no_object and any(not _detached(tok, o) for o in dobjs):
        return []
    if rule.no_object and clausal_object(tok, lang=lang):
        return []  # "demonstrate how little we have understood": a clausal object, the verb means "show"
    if rule.xcomp is not None:
        # a finite clause ("told Reuters that soldiers had killed ...") is reported content, not the
        # ordered act: a ccomp or advcl counts only as an infinitive ("told police to shoot")
        xs = [c for c in tok.children if c.dep_ in ("xcomp", "oprd", "acomp") or (
            c.dep_ in ("ccomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
        xs = xs + [g for x in xs for g in x.children if g.dep_ == "xcomp"]
        # "left 225 people dead": the small parser makes the predicate an adjective of the object
        xs = xs + [g for d in dobjs for g in d.children if g.dep_ == "amod" and g.i > d.i]
        # "left more than two dozen people injured", "left dozens of protesters wounded": or a
        # participle clause on a counted object
        acl = [g for d in _counted_objects(dobjs) for g in d.children if g.dep_ == "acl" and g.i > d.i]
        wanted = set(rule.xcomp)
        if not any((not wanted and x.dep_ == "xcomp") or x.lemma_.lower() in wanted for x in xs) and not any(
                x.lower_ in wanted for x in acl):
            return []
    if rule.preps is not None:
        for prep, allowed in rule.preps.items():
            # "set buildings on fire": the parser may hang the phrase on the object, and the verb may have a phrase
            # of the same preposition that is not it ("launched an attack on Israel on Saturday")
            pobjs = _prep_objects(tok, prep) + [p for o in dobjs for p in _prep_objects(o, prep)]
            if not pobjs and not allowed:
                # "calls for the government to free ...": the parser makes "for" the mark of an
                # infinitive clause; the clause is the preposition's object
                pobjs = [c for c in tok.children if c.dep_ in ("advcl", "ccomp")
                         and any(m.dep_ == "mark" and m.lower_ == prep for m in c.children)]
            if not pobjs:
                return []
            if allowed and not any(
                p.lemma_.lower() in allowed or p.lower_ in allowed or any(c.lemma_.lower() in allowed for c in p.subtree)
                or any(p.ent_type_ in _OBJECT_CLASSES.get(a, ()) for a in allowed if a.startswith("@")) for p in pobjs
            ):
                return []
    # "as protests against a proposed law continued": the parser may give the verb two subjects
    named = [c for c in tok.children if c.dep_ == "nsubj" and rule.subjects and {c.lemma_.lower(), c.lower_} & set(rule.subjects)]
    subject_words = _subject_lemmas(tok, lang) | (
        {tok.head.lemma_.lower(), tok.head.lower_} | {c.lemma_.lower() for c in tok.head.children if c.dep_ == "compound"}
        if headless else set())
    if rule.subjects is not None and not (subject_words & set(rule.subjects)) and not named:
        return []
    if rule.not_subjects is not None and (_subject_lemmas(tok, lang) | ({tok.head.lemma_.lower()} if tok.dep_ == "advcl"
            and tok.tag_ == "VBG" and not _children(tok.head, {"dobj"}) else set())) & set(rule.not_subjects):
        return []  # "CCTV captured him"; "a bus crashed, killing 14" (an intransitive verb's act: not "stormed the town")
    if rule.not_preps is not None and any(_noun_phrase_words(p) & set(words) or ("@PERSON" in words and p.ent_type_ == "PERSON")
                                          for prep, words in rule.not_preps.items() for p in _prep_objects(tok, prep)):
        return []  # "was captured on video", "captured by camera crews", "killed in a gas cylinder blast"
    if rule.not_subject_preps is not None and (subj := subject_of(tok, lang=lang)) is not None and any(
            {t.lemma_.lower() for t in p.subtree} & set(words)
            for prep, words in rule.not_subject_preps.items() for p in _prep_objects(subj, prep)):
        return []  # "a clash of schedules occurred", "a raid on the pension fund took place": no violence
    if rule.not_objects is not None and any(
            w.lemma_.lower() in rule.not_objects or w.lower_ in rule.not_objects
            for o in dobjs + _children(tok, {"nsubjpass"}) for w in (o, *_prep_objects(o, "of"))):
        return []  # "fought the elections", "elections were fought", "fighting the spread of the disease"
    if rule.subtree is not None:
        lemmas = {t.lemma_.lower() for t in tok.subtree} | {t.lower_ for t in tok.subtree}
        if not lemmas & set(rule.subtree):
            return []
    if rule.objects is not None or rule.object_text is not None:
        things = lang.derived("events.thing_pronouns",
                              lambda lg: frozenset(w for w, kind in lg.coref_pronouns.items() if kind == "thing"))
        matched = [o for o in dobjs or ([] if passive else shared_objects(tok))
                   if _object_matches(o, rule, lang.partitive_nouns, thing_pronouns=things)]
        if passive and not matched:
            # "two activists, who were caught by the police": the relative pronoun stands for the activists, when
            # the rule's patients are people ("LPG, which is widely used as a fuel" is no gas used on a crowd)
            relative = rule.trigger_on != "object" and "@PERSON" in (rule.objects or ())
            matched = [o for o in _with_conjuncts(_children(tok, {"nsubjpass"}))
                       if _object_matches(_relative_head(o, lang) if relative else o, rule,
                                          lang.partitive_nouns, thing_pronouns=things)]
        if not matched:
            return []
        if rule.trigger_on == "verb":
            # "used water cannon and tear gas": one event, stated by the verb once
            matched = matched[:1]
    else:
        matched = [None]

    out = []
    for obj in matched:
        if passive:
            agents = _prep_objects(tok, "by")
            actor = agents[0] if agents else (means_agent(tok, lang=lang) or shared_agent(tok))
        else:
            actor = nominal_agent(tok, lang=lang) if is_noun else (misread or subject_of(tok, lang=lang))
            if is_noun and actor is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lang.policy_light_verbs \
                    and rule.event_type != "ASSAULT" and (rule.event_type, rule.mode) not in _REPORTED_ACTS:
                actor = subject_of(tok.head, lang=lang)  # "Italy announced a suspension of air links"
        recipients = _recipients(tok, obj, rule.recipient, passive, lang)
        trigger = obj if (rule.trigger_on == "object" and obj is not None) else tok
        if trigger is obj and obj is not None and partitive_of(obj, lang.partitive_nouns) is not None:
            trigger = partitive_of(obj, lang.partitive_nouns)  # "a number of rallies were held": the rallies
        actor = named[0] if named and rule.trigger_on == "subject" else actor
        if rule.trigger_on == "subject" and actor is not None:
            # "protests erupted": the noun is the event; its modifiers name who ("student protests")
            trigger = actor
            who = [c for c in actor.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN")]
            of = _prep_objects(actor, "by")
            actor = who[0] if who else (of[0] if of else None)
            sides = (_between(trigger) or _between(tok)) if "between" in rule.recipient else None
            if sides is not None:
                # "fighting between the army and the rebels flared", "fighting broke out between ...": the sides
                actor, other = sides
                recipients = (other,) if other is not None else ()
        elif "between" in rule.recipient and is_noun and _between(tok) is not None:
            actor = _between(tok)[0]
        if rule.actor is not None:
            # "Kareto fell to ISWAP fighters": the doer is named by a phrase, not the subject
            found = _recipients(tok, obj, rule.actor, passive, lang)
            actor = found[0] if found else None
        out.append(Mention(rule=rule, trigger=trigger, head=tok, obj=obj, actor=_relative_head(actor, lang),
                           recipients=recipients))
        for part in elliptical_parts(tok):
            out.append(Mention(rule=rule, trigger=part, head=tok, obj=obj, actor=_relative_head(actor, lang),
                               recipients=recipients, part=part))
    return out


def find_mentions(sent, lexicon: Lexicon, *, lang: LanguageProfile) -> Iterator[Mention]:
    """Yield the event mentions of one sentence.

    Parameters
    ----------
    sent : spacy.tokens.Span
        A parsed sentence.
    lexicon : Lexicon
    lang : LanguageProfile
        The relative pronouns and agentive nouns the parse helpers read.

    Yields
    ------
    Mention
        In text order; for one trigger word the first matching rule wins
        (a light-verb rule may yield one mention per matching object).
    """
    for tok in sent:
        lemma = tok.lemma_.lower()
        used_objects: set[int] = set()
        for rule in lexicon.rules_for(lemma):
            if used_objects and rule.objects is None and rule.object_text is None and all(
                    o.i in used_objects for o in _with_conjuncts(_children(tok, {"dobj", "nsubjpass"}))):
                break  # "expelled two diplomats": a general rule after a specific one would code the object again
            found = [m for m in _match(tok, rule, lang) if m.obj is None or m.obj.i not in used_objects]
            if not found:
                continue
            yield from found
            if rule.objects is None:
                break
            # a light verb may govern several events: "ordered the closure of borders and a shutdown"
            used_objects.update(m.obj.i for m in found if m.obj is not None)


def candidate_from_mention(mention: Mention, sentence: int, *, detector: str = "rules.v1",
                           implied: bool = False) -> EventCandidate:
    """The :class:`~dotterel.records.coded.EventCandidate` of a lexicon match.

    Parameters
    ----------
    mention : Mention
        A match from :func:`find_mentions`.
    sentence : int
        Index of its sentence in the document.
    detector : str
        Registry name without ``detect.``.
    implied : bool
        The event is implied by another (``detect.implied.v1``).

    Returns
    -------
    EventCandidate
    """
    rule = mention.rule
    idx = lambda tok: tok.i if tok is not None else None  # noqa: E731
    return EventCandidate(
        sentence=sentence, trigger=mention.trigger.i, head=mention.head.i, obj=idx(mention.obj),
        actor=idx(mention.actor), recipients=tuple(t.i for t in mention.recipients), part=idx(mention.part),
        event_type=rule.event_type, mode=rule.mode, cameo=rule.cameo, lemma=rule.lemma, toll=rule.toll,
        recipient_slot=bool(rule.recipient), requires_recipient=rule.requires_recipient, implied=implied,
        detector=detector,
    )


class RuleDetector:
    """Stage ``detect.rules.v1``: the trigger lexicon (``lang/en/triggers.json``) over every sentence.

    Adds one :class:`~dotterel.records.coded.EventCandidate` per match of
    :func:`find_mentions`, with ``detector="rules.v1"`` and no confidence.

    Parameters
    ----------
    resources : dotterel.pipeline.context.Resources
        Uses ``resources.lexicon``.
    """

    name = "detect.rules.v1"
    requires = ("ctx.sentences",)
    provides = ("ctx.candidates",)

    def __init__(self, resources) -> None:
        self.lexicon = resources.lexicon

    def __call__(self, ctx) -> None:
        """Add a candidate to ``ctx.sentences[i].candidates`` for each lexicon match in each sentence."""
        for slot in ctx.sentences:
            slot.candidates.extend(candidate_from_mention(m, slot.index)
                                   for m in find_mentions(slot.span, self.lexicon, lang=ctx.lang))

