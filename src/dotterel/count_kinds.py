"""What a figure counts: the kind and the subgroup a number takes from the words that govern it.

The helpers of :func:`dotterel.counts.extract_counts` that read the parse around
a counted noun: a participle or adjective on it ("people dead"), the verb whose
object or subject it is ("killed five", "hundreds injured"), a result phrase
("shot dead"), an "of" noun ("a crowd of"), the including group of a partitive
("225 people, including 19 police") and the subgroup label of a part
(security forces or the noun's lemma). The words are the language profile's
(``lang/<code>/profile.json``, read through :class:`dotterel.count_quantity._CountWords`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .events.clauses import raised_patients

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dotterel.count_quantity import _CountWords


def _security(noun: Token | None, w: _CountWords) -> bool:
    if noun is None:
        return False
    # a conjunct with a figure of its own is another part ("3 soldiers and 20 militants"), not this one's;
    # every other conjunct must be of the security forces too: "dozens of soldiers and civilians" is a mixed
    # group, the whole toll, not a part of it ("12 soldiers and police" is one)
    def security(t: Token) -> bool:
        return any(x.lemma_.lower() in w.security_nouns or x.lower_ in w.security_nouns
                   for x in [t, *[c for c in t.children if c.dep_ == "compound"]])

    return security(noun) and all(security(c) for c in noun.conjuncts if not _numbered(c) and not _quantified(c, w))


def _quantified(noun: Token, w: _CountWords) -> bool:
    """Whether a quantity determiner says how many ``noun`` are ("several civilians", "many villagers").

    Such a conjunct is a part of its own whose figure is not known ("killing 12 soldiers and several
    civilians": the 12 are the soldiers, a part), never one group with the numbered noun (profile
    ``quantity_determiners``).
    """
    return any(c.dep_ in ("amod", "det") and c.lower_ in w.quantity_determiners for c in noun.children)


def _numbered(noun: Token) -> bool:
    """Whether ``noun`` carries a figure of its own ("20 militants", "dozens of militants", "a police officer").

    A singular noun with an indefinite article is one person (Universal
    Dependencies features ``Definite=Ind``, ``PronType=Art``), a part of its
    own: "Two protesters and a police officer were killed" does not make
    the protesters security forces.
    """
    return any(c.dep_ in ("nummod", "quantmod") for c in noun.children) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num) or (
        "Sing" in noun.morph.get("Number") and any(
            c.dep_ == "det" and "Ind" in c.morph.get("Definite") and "Art" in c.morph.get("PronType")
            for c in noun.children))


def _subgroup_label(noun: Token | None, w: _CountWords) -> str | None:
    if noun is None or noun.pos_ == "PRON":
        return None
    if _security(noun, w):
        return "security_forces"
    return noun.lemma_.lower()


def _modifier_kind(noun: Token, w: _CountWords) -> str | None:
    """Kind from a participle or adjective on the noun: "people dead", "policemen killed"."""
    for child in noun.children:
        if child.dep_ in ("amod", "acl", "relcl", "appos") or (child.dep_ == "conj" and child.pos_ == "ADJ"):
            kind = w.modifier_kind.get(child.lemma_.lower()) or w.modifier_kind.get(child.lower_)
            if kind and not (child.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in child.children)):
                return kind
    return None


def _verb_kind(nominal: Token, has_more: bool, w: _CountWords) -> str | None:
    """Kind from the verb or noun that governs ``nominal`` in the parse."""
    tok = nominal
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in w.total_nouns:
        tok = tok.head.head  # "a total of 31 people had been injured": the total fills the clause role
    for _ in range(3):  # climb through conjunctions and appositions
        if tok.dep_ in ("conj", "appos") and tok.head != tok:
            tok = tok.head
        else:
            break
    dep, head = tok.dep_, tok.head
    if dep == "pobj" and head.lower_ in w.range_preps and head.dep_ == "prep" and head.head.pos_ == "VERB":
        # "arrested between 200 and 300 protesters": parsed as the object of "between"
        verb = head.head
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > tok.i
                       and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
        if clause is not None:
            # "said between 3,000 and 5,000 people rallied", "... protesters were arrested": the clause lacks its subject
            dep = "nsubjpass" if any(g.dep_ == "auxpass" for g in clause.children) else "nsubj"
            head = clause
        elif not any(c.dep_ in ("dobj", "obj") for c in verb.children):
            dep, head = "dobj", verb
    if dep == "nsubjpass" and (raised := next((x for x in head.children if raised_patients(x)), None)) is not None:
        head = raised  # "dozens of protesters are believed to have been arrested": the complement's patients
    lemma = head.lemma_.lower()
    if dep in ("dobj", "obj", "nsubjpass", "oprd") or (dep == "npadvmod" and has_more):
        kind = _result_kind(head, w)  # "shot dead three people", "were beaten to death": the result says it
        if kind:
            return kind
        kind = w.patient_verbs.get(lemma)
        if kind:
            return kind
        if lemma == "involve" and dep == "nsubjpass":
            return "participants"
        if lemma == "take" and any(c.lower_ in ("hostage", "hostages", "captive") for c in head.children):
            return "abducted"
        if lemma == "round" and any(c.lower_ == "up" for c in head.children):
            return "arrested"
        if lemma == "seize" and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_ == "hostage" for g in c.children)
            for c in head.children
        ):
            return "abducted"
        if lemma == "leave":  # "left 225 people dead": the predicate is a sibling
            for c in head.children:
                k = w.modifier_kind.get(c.lemma_.lower()) or w.modifier_kind.get(c.lower_)
                if k and c.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "advcl", "conj"):
                    return k
    if dep == "compound" and w.noun_kind.get(head.lemma_.lower()) == "abducted" and head.dep_ in ("dobj", "obj", "oprd"):
        # "gunmen held 30 villagers hostage": the small parser makes the held people a compound of "hostage"
        return "abducted"
    if dep == "nsubj" and _object_of_a_patient_verb(head, w):
        # "killed 85 civilians gathered for a prayer": the participle describes the killed, who are not a crowd
        return w.patient_verbs[head.head.lemma_.lower()]
    if dep == "nsubj" and tok.i < head.i and not any(c.dep_ in ("dobj", "obj", "ccomp", "dative") and c.pos_ != "ADJ"
                                                      for c in head.children):
        # "Three journalists shot dead in Mexico": no active "shot dead" leaves out its victim, so the
        # subject of an objectless result is the patient (a headline that dropped its "were"); a clause may be
        # the object ("Two gunmen shot dead what police said was a chief": the gunmen killed)
        kind = _result_kind(head, w)
        if kind:
            return kind
    if dep == "nsubj":
        kind = w.subject_verbs.get(lemma)
        if kind:
            return kind
        if lemma == "take" and any(c.lower_ == "part" for c in head.children):
            return "participants"
        if lemma == "turn" and any(c.lower_ == "out" for c in head.children):
            return "participants"
        if lemma in w.joining_verbs and any(c.dep_ == "dobj" and w.of_nouns.get(c.lemma_.lower()) == "participants"
                                   for c in head.children):
            return "participants"  # "50,000 people joined the march" (not "joined the army")
        if head.tag_ == "VBN" and lemma in w.patient_verbs:  # "hundreds injured" (elided "were")
            return w.patient_verbs[lemma]
    if dep in ("attr", "pobj", "dobj", "nsubj"):
        # "the death toll rose to 225", "the toll stood at 19", "the toll was 225"
        verb = head.head if dep == "pobj" and head.dep_ == "prep" else head
        if verb.lemma_.lower() in w.toll_verbs and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "toll" for c in verb.children
        ):
            return "killed"
    if dep == "pobj" and head.dep_ == "prep" and head.lower_ in w.quantity_preps and head.head.lemma_.lower() in w.patient_verbs:
        # "over 9,900 were arrested": the parser reads the quantifier as a preposition
        if any(c.dep_ == "auxpass" for c in head.head.children):
            return w.patient_verbs[head.head.lemma_.lower()]
    if dep == "pobj" and head.dep_ == "agent" and w.subject_verbs.get(head.head.lemma_.lower()) == "participants":
        return "participants"  # "a rally attended by thousands"
    if dep == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in w.patient_verbs:
        return None  # "arrested by 500 police": the agent, not the patient
    if dep == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        owner = head.head
        if owner.lemma_.lower() == "life" and owner.head.lemma_.lower() in w.life_verbs:
            return "killed"
        kind = w.of_nouns.get(owner.lemma_.lower())
        if kind:
            return kind
    return None


def _object_of_a_patient_verb(verb: Token, w: _CountWords) -> bool:
    """Whether ``verb`` is a participle the parser made a clause of a patient verb that has no object.

    "Gunmen killed 40 villagers gathered for a wedding", "the blast killed 12 worshippers
    assembled for prayers": the small model parses the participle as a clause (``ccomp``) of
    "killed" with the figure as its subject, leaving "killed" with no object. The figure is
    the killed verb's object, and the participle only says where the victims were (Universal
    Dependencies: a reduced relative clause is an ``acl`` of its noun, not a clause of the verb).
    A clause with an object or a passive subject of its own ("arrested 3 men who said 50 gathered")
    or a finite verb with an auxiliary is a clause in its own right.
    """
    outer = verb.head
    if (verb.dep_ not in ("ccomp", "xcomp") or verb.tag_ not in ("VBD", "VBN") or outer == verb
            or outer.lemma_.lower() not in w.patient_verbs or outer.i > verb.i):
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    return not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in outer.children)


def _result_kind(verb: Token, w: _CountWords) -> str | None:
    """Kind from a result phrase on the verb: "shot dead", "beaten to death", "left ... injured".

    The result may follow the object ("shot three people dead", parsed as a clause of the verb right after
    the object's last word): it is still the object's (a resultative predicate). Right after the verb it
    is the result however the parser labels it ("shot dead two protesters", where "dead" comes out an
    unlabelled ``dep`` or an ``advmod``; Quirk et al. 1985, 16.24: a resultative complement may precede
    a long object).
    """
    obj = next((o for o in verb.children if o.dep_ in ("dobj", "obj")), None)
    after_object = -1 if obj is None else obj.right_edge.i + 1
    for c in verb.children:
        if (c.dep_ in ("acomp", "oprd") and c.i < verb.i + 3) or (c.dep_ in ("dep", "advmod") and c.i == verb.i + 1) \
                or (c.dep_ in ("acomp", "oprd", "advcl", "xcomp") and c.i == after_object and not list(c.children)):
            kind = w.modifier_kind.get(c.lower_)
            if kind == "killed":
                return kind
        if c.dep_ == "prep" and c.lower_ == "to":
            for pobj in c.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in w.result_nouns:
                    return w.result_nouns[pobj.lemma_.lower()]
    return None


def _lexical_kind(noun: Token, w: _CountWords) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in w.noun_kind or noun.lower_ in w.noun_kind:
        return w.noun_kind.get(lemma) or w.noun_kind.get(noun.lower_)
    if lemma in w.participant_nouns:
        return "participants"
    if lemma in w.troop_nouns or noun.lower_ in w.troop_forms:
        return "troops"
    return None


def _partitive_parent(tok: Token, w: _CountWords) -> Token | None:
    """The including group: "225 people, including 19 police" -> "people"."""
    for _ in range(3):
        if tok.dep_ in ("conj", "appos"):
            tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lemma_.lower() in w.partitive_words:
        return tok.head.head
    return None


def _kind_of(nominal: Token, has_more: bool, w: _CountWords) -> str | None:
    return _modifier_kind(nominal, w) or _verb_kind(nominal, has_more, w) or _lexical_kind(nominal, w)


def _predicate_noun(root: Token) -> Token | None:
    """For "19 of them police officers": the noun the number stands with."""
    head = root.head
    if head.pos_ in ("NOUN", "PROPN") and head != root:
        return head
    return None
