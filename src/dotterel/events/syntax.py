"""Small readings of the dependency parse shared by the detectors: passives, conjuncts, prepositional objects.

They read spaCy's English dependency labels (``nsubjpass``, ``auxpass``,
``prep``, ``agent``, ``pobj``, ``pcomp``, ``dative``; the ClearNLP label set of
the ``en_core_web_sm`` pipeline).
"""

from __future__ import annotations

from .verb_lists import misread_list_member

__all__ = ["is_passive", "with_conjuncts", "children", "prep_objects", "shared_objects", "shared_agent", "headless_predicate",
           "stray_infinitive_conj", "done_beside_infinitive", "told_relative", "misread_finite_subject", "dated_finite_verb", "nominal_gerund", "counted_crowd", "noun_phrase_words",
           "names_a_date", "NAMING_DEPS", "to_infinitive", "relative_antecedent",
           "presupposed_relative"]


def names_a_date(tok) -> bool:
    """Whether the entity recogniser read ``tok`` as part of a date or a time.

    A word that names an event and a month alike ("on March 4": the month, not a march) is then a
    date: no trigger and no implied event noun.

    Parameters
    ----------
    tok : spacy.tokens.Token

    Returns
    -------
    bool
        True when the token's entity type is spaCy's ``DATE`` or ``TIME`` (OntoNotes labels).
    """
    return tok.ent_type_ in ("DATE", "TIME")


NAMING_DEPS = ("compound", "amod", "poss", "nmod")
"""Dependency labels (ClearNLP, spaCy's English models) of the words that name what a noun is or whose
it is: compounds, adjectives, possessors ("gas cylinder explosion", "Israeli fire", "the army's fire")."""


def to_infinitive(tok) -> bool:
    """Whether ``tok`` has the infinitive marker "to" as its auxiliary ("to disperse", "to withdraw").

    Parameters
    ----------
    tok : spacy.tokens.Token

    Returns
    -------
    bool
        True when a child of ``tok`` with the ClearNLP label ``aux`` is the word "to".
    """
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def noun_phrase_words(tok) -> set[str]:
    """The lower-cased lemmas of a noun and of the words that name what it is: its compounds, modifiers, possessor.

    "killed in a gas cylinder explosion" gives {explosion, gas, cylinder};
    "killed in clashes with ISIS near the bank of the river" gives only
    {clash}: a word deeper in the phrase ("river", "match" in "clashes after
    the match") says where or when, not what the phrase's head is.

    Parameters
    ----------
    tok : spacy.tokens.Token

    Returns
    -------
    set of str
    """
    return {tok.lemma_.lower(), tok.lower_} | {c.lemma_.lower() for c in tok.children
                                               if c.dep_ in NAMING_DEPS}


def is_passive(tok) -> bool:
    """Whether a verb is passive.

    Parameters
    ----------
    tok : spacy.tokens.Token

    Returns
    -------
    bool
        True when ``tok`` has a passive auxiliary or a passive subject.
    """
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def with_conjuncts(tokens):
    """The tokens, each followed by its conjuncts ("Moscow and St Petersburg").

    Parameters
    ----------
    tokens : iterable of spacy.tokens.Token

    Returns
    -------
    list of spacy.tokens.Token
    """
    out = []
    for t in tokens:
        out.append(t)
        out.extend(t.conjuncts)
    return out


def children(tok, deps: set[str]):
    """The children of a token under some dependency labels.

    Parameters
    ----------
    tok : spacy.tokens.Token
    deps : set of str
        spaCy dependency labels ("dobj", "nsubj", ...).

    Returns
    -------
    list of spacy.tokens.Token
    """
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok, prep: str):
    """The objects of a preposition hanging on a token, with their conjuncts.

    Parameters
    ----------
    tok : spacy.tokens.Token
    prep : str
        The preposition, lower-cased ("by", "of", "with"); a passive's "by" (``agent``) and a dative "to" count.

    Returns
    -------
    list of spacy.tokens.Token
        The ``pobj`` and ``pcomp`` children of each matching preposition, and their conjuncts.
    """
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep:
            out.extend(with_conjuncts(children(c, {"pobj", "pcomp"})))
    return out


def shared_objects(tok):
    """The direct objects a verb shares with the verb coordinated right after it.

    "It has captured or killed 15 militants", "captured and detained 15
    sailors": the parser hangs the object on the second verb only; with
    nothing but a conjunction between them, it is the object of both. Down a
    longer list ("beat, detained and tortured the activists") it is every verb's.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A verb with no direct object of its own.

    Returns
    -------
    list[spacy.tokens.Token]
        The second verb's objects with their conjuncts; empty when ``tok`` has
        an object, or its conjunct is not next to it.
    """
    if children(tok, {"dobj"}):
        return []
    for c in tok.children:  # "tear-gassed, baton-charged and arrested": a middle member the parser misread
        if (c.dep_ == "conj" or misread_list_member(c)) and c.pos_ == "VERB" and c.i > tok.i and all(
                t.dep_ == "cc" or t.is_punct for t in tok.doc[tok.i + 1 : c.i]) and c.i > tok.i + 1:
            # a list of three or more: "Police beat, detained and tortured the activists" hangs the object on the last
            return with_conjuncts(children(c, {"dobj"})) or shared_objects(c)
    return []


def participle_subject_object(tok):
    """The object a verb with none lost to the participle clause after it, as a list with its conjuncts (or empty).

    "Militias detonated a roadside bomb killing three soldiers": the small parser makes "bomb" the subject of
    "killing" and leaves "detonated" (``tok``) with no object; a noun between the verb and its own participle
    clause, with no comma before it, is the verb's object (the bomb killed by being set off), as
    :func:`shared_objects` gives a verb the object of the verb coordinated with it.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A verb.

    Returns
    -------
    list of spacy.tokens.Token
        The noun and its conjuncts, or an empty list when the verb has an object or no such clause.
    """
    if children(tok, {"dobj"}):
        return []
    for c in tok.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i:
            subj = [s for s in children(c, {"nsubj"}) if tok.i < s.i < c.i]
            if subj and not any(t.text in (",", ";") for t in tok.doc[tok.i + 1 : subj[0].i]):
                return with_conjuncts(subj)
    return []


def _elliptical(tok) -> bool:
    """A bare past participle with no auxiliary of its own ("hundreds injured")."""
    return tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _coordinated_participles(verb) -> list:
    """The participles coordinated with ``verb``: conjuncts, and elliptical clauses with their own patients.

    "were killed, 14,000 arrested and 700,000 displaced": the small parser
    hangs the later parts as a ``conj``, an ``advcl``, or an ``acl`` on the
    patient's number ("700,000 displaced"); all are bare participles.
    """
    out = []
    for c in verb.children:
        if c.dep_ in ("conj", "advcl") and _elliptical(c):
            out += [c, *_coordinated_participles(c)]
        elif c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM", "PROPN"):
            for p in c.children:
                if p.dep_ == "acl" and _elliptical(p):
                    out += [p, *_coordinated_participles(p)]
    return out


def shared_agent(verb):
    """The "by" agent a passive shares with the participles coordinated with it.

    "Three journalists were beaten and detained by police", "2,000 were
    killed, 14,000 arrested and 700,000 displaced by the junta": a "by" phrase
    after the last of coordinated passives is the agent of each (right-node
    raising; Huddleston and Pullum 2002, ch. 15). The group is found from its
    first passive (``verb`` or the passive it is coordinated under); the
    agent counts only when exactly one member has a "by" phrase and it is
    the last member, so that "were killed by soldiers and arrested" gives
    the soldiers to no later member; and only when nothing but the next
    part's own patient stands between two parts ("were detained on Monday and
    later beaten by unknown men" says nothing of who detained them).

    Parameters
    ----------
    verb : spacy.tokens.Token
        A passive verb with no "by" phrase of its own.

    Returns
    -------
    spacy.tokens.Token | None
        The head of the shared agent phrase, or ``None``.
    """
    first = verb
    while first.dep_ in ("conj", "advcl", "acl") and _elliptical(first):
        up = first.head
        if first.dep_ == "acl" and up.dep_ == "conj" and up.pos_ in ("NOUN", "NUM", "PROPN"):
            up = up.head
        if up.pos_ not in ("VERB", "AUX") or up.i == first.i:
            break
        first = up
    if not (is_passive(first) or _elliptical(first)):
        return None
    members = sorted({first, *_coordinated_participles(first)}, key=lambda t: t.i)
    if len(members) < 2 or verb not in members:
        return None
    doc = verb.doc
    for a, b in zip(members, members[1:]):
        # only the next part's own patient may stand between two parts ("killed, 14,000 arrested"); a phrase of
        # the earlier part ("detained on Monday and later beaten by unknown men") leaves the agent to the last
        between = doc[a.i + 1:b.i]
        if not all(t.dep_ in ("punct", "cc") or t.pos_ in ("NUM", "NOUN", "PROPN", "DET", "ADJ")
                   or (t.dep_ in ("advmod", "quantmod") and t.head.pos_ in ("NUM", "NOUN")) for t in between):
            return None
    with_agent = [m for m in members if prep_objects(m, "by")]
    if len(with_agent) != 1 or with_agent[0] != members[-1] or with_agent[0] == verb:
        return None
    return prep_objects(with_agent[0], "by")[0]


_CLAUSAL = {"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "pcomp", "parataxis", "csubj", "csubjpass"}
"""Dependency labels of a clause's head (spaCy's English labels, ClearNLP)."""


def _elliptical_passive(tok) -> bool:
    """A participle conjoined to a passive verb shares its auxiliary: "dozens were detained and hundreds injured".

    The small parser may attach it as an adverbial clause ("2,000 were killed, 14,000 arrested").

    Its own subject ("hundreds") is then the patient, never the doer. Down a list the parser hangs each
    participle on the one before ("Protesters were beaten, detained, and tortured"): each shares the first's.
    """
    return (tok.dep_ in ("conj", "advcl") and tok.tag_ == "VBN"
            and (is_passive(tok.head) or _elliptical_passive(tok.head))
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))


def subjectless_passive_conjunct(tok) -> bool:
    """A passive conjunct with its own auxiliary and nothing of a subject before it: "... but were tortured".

    Coordinated predicates share their subject (Quirk et al. 1985, 13.40): "Activists were not beaten but
    were tortured". Only auxiliaries, a negation or an adverb may stand before the verb in its conjunct; a
    word of its own there ("227 people were killed and over 9,900 were arrested", whose number the parser
    hangs on "over") is a subject of its own, another group.
    """
    return tok.dep_ == "conj" and is_passive(tok) and is_passive(tok.head) and all(
        c.dep_ in ("aux", "auxpass", "neg", "advmod", "punct") for c in tok.lefts)


def _unjoined_conjunct(tok) -> bool:
    """Whether a verb the parser made a conjunct has nothing joining it to its head: a misread modifier.

    "Niger's junta freed 30 detained former ministers": the small parser reads "detained" as a second
    verb coordinated with "freed", with no "and", "or" or comma between them; English coordination needs
    one (verbs listed asyndetically, "they looted, burned and killed", have commas; "then" in "killed
    two guards then set fire" is an adverb that joins them), so the word is a participle on the noun
    after it, no clause of its own. Only a word right before an adjective or noun can be one: "narendra modi
    on friday held a high-level meeting" (a name the parser read as the verb "modi", "held" its conjunct) keeps
    its clause, as no participle stands before a determiner.
    """
    head = tok.head
    if head.i >= tok.i or head.pos_ not in ("VERB", "AUX"):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return False
    between = tok.doc[head.i + 1:tok.i]
    # "killed two guards then set fire to the building": an adverb of sequence joins the two verbs too
    return not any(t.dep_ in ("cc", "preconj") or t.pos_ in ("CCONJ", "PUNCT")
                   or (t.pos_ == "ADV" and t.head.i == head.i) for t in between)


def _is_clause_head(tok, offer_adjectives=frozenset()) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True  # a finite clause on a noun: "claims that police had shot protesters"
    if tok.dep_ not in _CLAUSAL:
        return False
    if tok.dep_ == "conj" and _unjoined_conjunct(tok):
        return False
    if tok.dep_ in ("xcomp", "conj", "pcomp"):
        # "shoot-to-kill policy": an xcomp under a noun is a modifier
        head = tok.head
        while head.dep_ == "conj" and head.head != head:
            head = head.head
        # "is ready to deploy troops", "were wrong to arrest them": an infinitive under a predicative adjective
        # of offer or judgement is a clause
        if tok.dep_ != "pcomp" and head.pos_ not in ("VERB", "AUX") and not (
                tok.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp"
                and head.lemma_.lower() in offer_adjectives):
            return False
    return True


def headless_predicate(tok) -> bool:
    """A participle the parser hung on its own subject, in a sentence with no finite verb.

    "A roadside bomb detonated near a passing patrol": the small parser makes
    "detonated" a reduced relative (``acl``, tagged VBN) on "bomb", the root.
    For an intransitive rule (``no_object`` with ``subjects``) the noun is the
    verb's subject, and the verb states the event.
    """
    return (tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.head.dep_ in ("ROOT", "dep")
            and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i
            and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "auxpass", "agent") for c in tok.children))


def finite_unlike_base(verb) -> bool:
    """Whether ``verb`` is a finite form unlike its base ("fired", "detained", "rejects"; not "beat", "shut", "put").

    A form that differs from the base cannot stand after a modal or "to"
    ("would fired", "to detained"), so it is finite and has a tense of its
    own; a form that is its own base may be either, and the tagger's guess
    between them is not taken.

    Parameters
    ----------
    verb : spacy.tokens.Token

    Returns
    -------
    bool
    """
    return verb.tag_ in ("VBD", "VBZ") and verb.lower_ != verb.lemma_.lower()


def stray_infinitive_conj(tok):
    """The "to" infinitive a bare verb of a list belongs to, when the parser hung it on the governing verb.

    "urged the junta to free the detainees, lift the curfew and restore
    access": the small parser makes "lift" a conjunct of "urged", though a
    bare verb (tag ``VB``, or ``VBP`` as the small model often tags it) with
    no subject or auxiliary of its own continues
    the list of the infinitive before it ("to free ..."), whose doer it
    shares (English coordination joins like forms; Huddleston and Pullum
    2002, ch. 15). Returns that infinitive: the nearest earlier verb with
    "to" inside the head's phrase and between the head and ``tok``, or
    ``None`` (``tok`` is no such conjunct, or its head is itself the
    infinitive).

    The parser may also hang such a bare verb on the governing verb as an
    adverbial clause ("should come together to press the military to
    relinquish power, release the activists, lift the curfew": "release" an
    ``advcl`` of "come"). An adverbial clause is introduced by a
    subordinator or has a subject of its own (Huddleston and Pullum 2002,
    ch. 14), so a bare ``VB`` ``advcl`` with neither, right after a comma or
    a coordinator, is read as the list's next member.
    """
    if tok.pos_ != "VERB" or not (tok.dep_ == "conj" and tok.tag_ in ("VB", "VBP") or _listed_bare_advcl(tok)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return None
    head = tok.head
    if to_infinitive(head):
        return None  # "to free X and lift Y": already the infinitive's conjunct
    for t in reversed(head.doc[head.i + 1:tok.i]):
        if t.pos_ == "VERB" and t.tag_ == "VB" and to_infinitive(t) \
                and head in t.ancestors:
            return t
    return None


def _listed_bare_advcl(tok) -> bool:
    """A bare verb (``VB``) the parser made an adverbial clause, with no subordinator, after "," or "and"/"or"."""
    if tok.dep_ != "advcl" or tok.tag_ != "VB" or tok.i == 0:
        return False
    if any(c.dep_ in ("mark", "advmod") and c.i < tok.i for c in tok.children):
        return False  # "..., then release them", "while waiting"
    prev = tok.doc[tok.i - 1]
    return prev.text == "," or prev.pos_ == "CCONJ"  # a comma or a coordinator ("and", "or"), in any language


def _past_form(tok) -> bool:
    """Whether ``tok`` is a verb tagged past whose form is not its base form ("arrested", not "beat" or "put")."""
    return tok.tag_ in ("VBD", "VBN") and tok.lower_ != tok.lemma_.lower()


def done_beside_infinitive(tok):
    """The verb that governs a to-infinitive, when ``tok`` is a past verb the parser hung as that infinitive's conjunct.

    "Police ordered the crowd to disperse, beat protesters and arrested dozens":
    the small parser makes "beat" and "arrested" conjuncts of "disperse", so
    they read as what was ordered. A list after "to" joins like forms, bare
    verbs (English coordination joins like forms; Huddleston and Pullum 2002,
    ch. 15), so a verb with a past tense of its own cannot be a member: it is
    told as done, a conjunct of the governing verb ("ordered"), whose subject
    did it. A past form that is also the base form ("beat", "put", "cut") is
    read as past only when another member of the same list has a past form of
    its own ("beat protesters and arrested dozens"); "ordered them to disperse
    and leave the square" keeps both infinitives as content. A member with an
    auxiliary of its own ("and be arrested", "and must leave") stays in the list, and so does a participle with
    no object beside an active order ("to compensate those injured and killed": the participle is passive,
    "killed" describes "those").

    Parameters
    ----------
    tok : spacy.tokens.Token
        A verb ("arrested").

    Returns
    -------
    spacy.tokens.Token | None
        The infinitive's governing verb ("ordered"), or ``None``.
    """
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN"):
        return None
    first = tok.head
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if not (first.dep_ == "xcomp" and first.tag_ == "VB" and to_infinitive(first) and first.head.pos_ == "VERB"):
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "have" for c in tok.children):
        return None
    if tok.tag_ == "VBN" and not any(c.dep_ in ("dobj", "dative") for c in tok.children) and not any(
            c.dep_ == "auxpass" for c in first.head.children):
        # "ordered the government to compensate those injured and killed in the crackdown": a participle with no
        # object is passive; it is told as done only beside a passive order ("were told to leave and arrested")
        return None
    members = [m for m in first.conjuncts if m.i > first.i]
    if not (_past_form(tok) or any(_past_form(m) and m != tok for m in members)):
        return None
    return first.head


def misread_finite_subject(tok):
    """The subject of a finite past verb with a counted object that the parser hung on a noun, else None.

    "A suicide bomber driving a minibus packed with explosives killed at least
    50 people": the small parser makes "killed" a reduced relative (``acl``) on
    "explosives". A reduced passive relative takes no object ("those killed",
    "51 people arrested"), so a past participle with a counted direct object
    ("at least 50 people", "dozens of civilians") is the finite verb of the
    sentence, and its subject is the noun phrase the sentence opens with: the
    subject (or the verbless root) the chain of heads above the verb ends at.

    Parameters
    ----------
    tok : spacy.tokens.Token

    Returns
    -------
    spacy.tokens.Token | None
        The head noun of the sentence's subject, before ``tok``; None when
        ``tok`` is not such a verb.
    """
    if tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.dep_ == "acl" and tok.head.tag_ in ("VBD", "VBN") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in (*tok.children, *tok.head.children)):
        # "Doctors from two charities donated and delivered medicine": a simple past joined to the "relative" shows
        # the pair to be the sentence's verbs, when the parser found no verb (a noun root) before them
        root = tok.sent.root
        return root if root.pos_ in ("NOUN", "PROPN") and root.i < tok.head.i else None
    if not (tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") and tok.head.i < tok.i):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent", "dative") for c in tok.children):
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    counted = any(o.like_num or any(c.dep_ in ("nummod", "quantmod") for c in o.children)
                  or any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children) and o.ent_type_ == "CARDINAL"
                  for o in objs)
    cur, seen = tok.head, 0
    while cur.dep_ not in ("nsubj", "ROOT") and cur.head.i != cur.i and seen < 12:
        cur, seen = cur.head, seen + 1
    # "More than 1,000 aircraft bombed Dresden", "border guards killed on Saturday a young man": a form the
    # tagger reads as a simple past (VBD, never a participle) in a sentence whose root is a noun (the parser found
    # no verb) is that sentence's verb too
    past = tok.tag_ == "VBD" and cur.dep_ == "ROOT"
    if (counted or past) and cur.pos_ in ("NOUN", "PROPN") and cur.i < tok.i and cur.dep_ in ("nsubj", "ROOT"):
        return cur
    return None


def nominal_gerund(tok) -> bool:
    """Whether a gerund the parser tagged as a verb is a noun: the subject of a clause, with no object or subject.

    "Fighting between the ELN and FARC dissidents has left at least 80 people
    dead": the small parser tags the opening "Fighting" VBG, a verb, yet it
    heads the subject and takes no argument of a verb (object, subject,
    auxiliary); it is the noun "fighting" ("Heavy fighting between ... left 12
    dead", which the parser tags NN).
    """
    return (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i
            and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass", "ccomp", "xcomp", "dative", "prt")
                        for c in tok.children))


def dated_finite_verb(tok):
    """The subject and object of a finite past verb the parser read as an adjective after a date, else None.

    "Burundian authorities on Friday arrested journalist X at her home",
    "Colombian authorities on Friday captured rebel commander Y": with a time
    phrase between subject and verb, the small parser may find no verb at all.
    The subject becomes the root, the date a prepositional phrase on it and the
    verb an adjective (``amod``, tagged VBN or VBD) of the noun after it. Such a
    sentence has no verb before the participle, so the participle that
    follows the opening noun phrase and its date is that verb ("the arrested
    journalist" has no subject before it and no date between).

    Parameters
    ----------
    tok : spacy.tokens.Token

    Returns
    -------
    tuple[spacy.tokens.Token, spacy.tokens.Token] | None
        The head of the sentence's opening noun phrase (the subject) and the
        head of the noun phrase the verb modifies (its object); None when
        ``tok`` is not such a verb.
    """
    if not (tok.dep_ == "amod" and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") and tok.head.i > tok.i):
        return None
    sent = tok.sent
    if any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start:tok.i]):
        return None  # a verb before it: the sentence has its verb, the participle is an adjective
    # the noun phrase the sentence opens with (the parser makes it the root, or the subject of a later verb)
    root = sent[0]
    while root.head.i < tok.i and root.head != root and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ not in ("ROOT", "nsubj") or root.i >= tok.i:
        return None
    j, dated = tok.i - 1, False
    while j > root.i and tok.doc[j].ent_type_ in ("DATE", "TIME"):
        j, dated = j - 1, True
    if not dated:
        return None
    if tok.doc[j].pos_ == "ADP":
        j -= 1  # "on Friday"
    if not (tok.doc[j].pos_ in ("NOUN", "PROPN") and root.i <= j and tok.doc[j] in root.subtree):
        return None
    obj = tok.head
    while obj.dep_ == "compound" and obj.head.i > obj.i:
        obj = obj.head  # "arrested journalist X": the phrase's head is the name
    return root, obj


# entity types of a fronted date or place the small parser may hang a clause's subject on as an apposition
_FRONTED_SETTINGS = frozenset({"DATE", "TIME", "GPE", "LOC"})


def stranded_subject(tok):
    """The noun an intransitive finite verb was hung on as a reduced relative, else None.

    "A car bomb detonated outside a police station ..., causing many casualties, the channel reported",
    "Explosives strapped to a girl detonated at a crowded marketplace, killing at least 20": the small parser
    makes the verb an ``acl`` of the noun that is its subject. The verb has no object, agent, auxiliary or
    subject of its own, and a phrase of scene or consequence (a preposition, a date, a participle clause).
    Whether the noun may be the verb's subject is the rule's (``stranded_subject`` and ``subjects`` in
    ``lang/en/triggers.json``), so only a verb whose subject is its doer reads it ("exploded"). Returns the
    head of the verbless noun phrase before the verb ``tok`` that it hangs in, else None.
    """
    if not (tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") and tok.head.i < tok.i
            and tok.head.pos_ in ("NOUN", "PROPN")):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dative", "dobj", "ccomp", "xcomp")
           for c in tok.children):
        return None
    if not any(c.dep_ in ("prep", "npadvmod", "advcl") for c in tok.children):
        return None
    # the parser may hang the verb on a noun inside the subject's own phrase ("car bombs targeting U.S. patrols
    # detonated", "explosives placed on a bicycle detonated"): the subject is the verbless head that phrase
    # climbs to; a noun that is the subject or object of another verb ("the device detonated in the test
    # chamber worked") has a verb, and the participle is a true reduced relative on it
    cur, seen = tok.head, 0
    while cur.dep_ in ("pobj", "prep", "acl", "amod", "relcl", "appos", "dobj", "compound") and cur.head.i < cur.i and seen < 8:
        if cur.dep_ == "appos" and cur.head.ent_type_ in _FRONTED_SETTINGS:
            # "Earlier Thursday, an explosive-laden truck detonated ...", "In South Waziristan, a bomb detonated
            # ...": the parser makes the subject an apposition of the fronted date or place
            return cur
        cur, seen = cur.head, seen + 1
    if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("ROOT", "dep", "ccomp"):
        return cur
    if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ == "nsubj" and any(
            c.dep_ == "nsubj" and c.i > tok.i for c in cur.head.children):
        # "A car bomb detonated outside a police station ..., the channel reported": a later verb with a subject
        # of its own was given this noun as a second subject
        return cur
    return None


def counted_crowd(tok, collective_nouns=frozenset()):
    """The counted noun a subjectless predicate hangs on, in a sentence with no finite verb, else None.

    "More than a million people protested in scores of cities", "Some 50
    women today protested in Banja Luka": the small parser makes the noun the
    root and the verb a reduced relative on it. For a verb that takes no object
    (demonstrate, march, rally, or protest with none) a passive reading is
    impossible, so the counted noun ("50 women", "hundreds of students") is its
    subject.

    Parameters
    ----------
    tok : spacy.tokens.Token
    collective_nouns : frozenset of str
        Heads whose "of" phrase names the members ("hundreds of people"; profile
        ``collective_nouns``).

    Returns
    -------
    spacy.tokens.Token | None
    """
    if not headless_predicate(tok):
        return None
    noun = tok.head
    counted = noun.like_num or any(c.dep_ in ("nummod", "quantmod") for c in noun.children) or (
        noun.lemma_.lower() in collective_nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children))
    return noun if counted else None


def _misattached_conj(tok) -> bool:
    """A finite verb conjoined to a base-form verb of a "that" clause belongs one level up.

    "X demanded that the government call elections and threatened to block
    roads": "threatened" (past) cannot share the subjunctive "call"'s clause.
    """
    return (
        tok.dep_ == "conj"
        and ((tok.tag_ == "VBD" and tok.head.tag_ in ("VB", "VBP")) or (tok.tag_ in ("VBZ", "VBP") and tok.head.tag_ == "VB"))
        and tok.head.dep_ == "ccomp"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def relative_antecedent(clause):
    """The noun a relative clause tells of, or None when ``clause`` heads no relative clause.

    ``relcl`` gives its head. The parser also takes a relative clause for
    the complement of a verb before it ("denied carrying out the attack in
    Kabul on Tuesday that killed six people": "killed" a ``ccomp`` of
    "denied"); its subject is then a relative pronoun (Penn tag WDT or WP,
    not the complementiser "that", tagged IN), and the antecedent is the
    nearest noun before the pronoun, after the verb, that names no date,
    time or place (these do not kill, attack or march).

    Parameters
    ----------
    clause : spacy.tokens.Token
        A verb.

    Returns
    -------
    spacy.tokens.Token | None
    """
    if clause.dep_ == "relcl":
        return clause.head
    pronoun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                    and c.i < clause.i), None)
    if pronoun is None or clause.head.i >= pronoun.i:
        return None
    for t in reversed(clause.doc[clause.head.i + 1 : pronoun.i]):
        if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC"):
            return t
    return None


def presupposed_relative(clause, determiners) -> bool:
    """Whether ``clause`` is a relative clause on a definite noun phrase, whose content a denial takes as known.

    "The Taliban denied carrying out the attack on a checkpoint that killed
    six soldiers": what is denied is who carried the attack out; the attack
    and its toll, told in a relative clause of a definite description, are
    presupposed, and a presupposition holds under negation and denial
    (Karttunen 1973, "Presuppositions of compound sentences", the holes;
    Quirk et al. 1985, 17.9-17.10 on restrictive relative clauses). The noun
    phrase is read whole: a relative clause the parser hung on a noun inside
    a prepositional phrase ("the attack on a checkpoint that killed") belongs
    to the phrase's head noun, whose determiner or possessor decides; one
    the parser took for a complement is read as one
    (:func:`relative_antecedent`). An indefinite phrase ("denied carrying
    out an attack that killed six") asserts nothing of its own, and a clause
    of "that" content ("denied that any protesters were killed", "that" a
    complementiser) is no relative clause.

    Parameters
    ----------
    clause : spacy.tokens.Token
        A verb.
    determiners : collection of str
        The definite determiners, lower case (the language profile's
        ``definite_articles`` and ``coref_demonstratives``).

    Returns
    -------
    bool
    """
    noun = relative_antecedent(clause)
    if noun is None:
        return False
    for _ in range(4):
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        else:
            break
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in determiners) for c in noun.children)


def told_relative(clause, class_pronouns) -> bool:
    """Whether ``clause`` is a relative clause that tells an act as done or going on, not a class of people.

    "urged the junta to release the activists they have detained", "... the
    students who were arrested on Monday", "... the women who are
    demonstrating": a relative clause in the past, the perfect or the
    progressive states what befell or what the noun's people are doing, and
    a request about them presupposes it (Quirk et al. 1985, 17.9-17.10 on
    restrictive relative clauses). The simple present, and a present
    passive, are generic or habitual ("to punish officers who shoot at
    protesters", "to protect women who march every Sunday", "to free anyone
    who is detained": Quirk et al. 1985, 4.6 on the habitual present), and
    a clause on a class pronoun ("those who protested peacefully") restricts
    whom the request is about; neither tells an act.

    Parameters
    ----------
    clause : spacy.tokens.Token
        A verb.
    class_pronouns : collection of str
        The language profile's ``class_pronouns``, lower case.

    Returns
    -------
    bool
    """
    if clause.dep_ != "relcl" or clause.head.lower_ in class_pronouns:
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxes):
        return False  # "who would march", "who could have been killed"
    if clause.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return True  # "they detained", "who were arrested", "who had fled"
    # the perfect ("they have detained", "who have been held") or the progressive ("who are demonstrating"): an
    # auxiliary of tense (not only the passive's) with a participle
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in auxes) and clause.tag_ in ("VBN", "VBG")
