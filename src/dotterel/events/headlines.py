"""Whether a bare participle in a headline-style sentence states a passive act: its noun is the patient.

Split from :mod:`dotterel.events.agents` by job. Headlines and fact lines drop the auxiliary ("Students
arrested after protest in Dhaka", "Journalist shot dead in Mexico", "Teenager beaten by police in Lagos"),
and the small parser then reads the participle as a past tense with the patient as its subject, or as a
reduced relative on a noun that roots a verbless sentence. Read as written, the patient becomes the doer:
"Journalist shot dead in Mexico" would be an attack BY a journalist. The words read are the language
profile's (``patient_verbs``, ``resultative_states``, ``modifier_kinds``, ``result_nouns``,
``reporting_verbs``), passed as ``lang``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["HARM_KINDS", "headline_conjunct", "headline_passive", "headline_patients", "passive_marked",
           "relative_predicate", "relative_subject", "root_relative", "subject_relative"]

HARM_KINDS = frozenset({"killed", "injured", "arrested", "abducted"})
"""The count kinds (``records.CountKind``) of the profile's ``patient_verbs`` that harm their patient."""

# the dependencies that give a verb an object, a complement or a shared argument ("police arrested and charged five men")
_ARGUMENT_DEPS = ("aux", "auxpass", "dobj", "conj", "ccomp", "xcomp", "dative")


def _objects(tok) -> list:
    """The verb's objects; an adjective the parser made one is a result ("shot dead"), not an object."""
    return [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.pos_ != "ADJ"]


def _resultative(tok, lang: LanguageProfile):
    """The result state on a verb of harm: "shot dead", "beaten unconscious", "burned alive", "hacked to death".

    An adjective on the verb (``oprd``, ``acomp``, or the object the parser makes of it) that the profile's
    ``modifier_kinds`` counts as killed ("dead") or lists in ``resultative_states`` ("unconscious",
    "alive"), or the noun of its "to" phrase in ``result_nouns`` ("death").
    """
    for c in tok.children:
        if c.dep_ in ("oprd", "acomp", "dobj", "advmod") and c.pos_ == "ADJ" and (
                c.lower_ in lang.resultative_states or lang.modifier_kinds.get(c.lower_) == "killed"):
            return c
        if c.dep_ == "prep" and c.lower_ == "to" and any(
                p.dep_ == "pobj" and (p.lemma_.lower() in lang.result_nouns or p.lower_ in lang.resultative_states)
                for p in c.children):
            return c
    return None


def _named_after(tok, start: int) -> bool:
    """Whether a noun phrase the parser did not make an object follows the verb: "shot dead two robbers".

    A noun, name or pronoun hung on the verb after ``start`` in any relation but a phrase or a time
    ("shot dead in Mexico this year": "year" is a time noun, no object).
    """
    return any(c.i > start and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and c.dep_ not in ("prep", "agent", "npadvmod")
               and c.ent_type_ not in ("DATE", "TIME") for c in tok.children)


def _amount_phrase(by, lang: LanguageProfile) -> bool:
    """Whether a "by" phrase the parser made an agent gives an amount or a manner: "struck by the thousands".

    Its noun is a number ("rose by 10 percent", ``like_num`` or a number entity) or a bare plural of number
    (the profile's ``bare_quantity_nouns``) with no "of" phrase: no doer. "attacked by dozens of youths",
    "killed by two gunmen" name their doers.
    """
    return any(p.dep_ == "pobj" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in p.children) and (
        p.like_num or p.ent_type_ in ("CARDINAL", "PERCENT", "QUANTITY", "MONEY") or p.lower_ in lang.bare_quantity_nouns)
        for p in by.children)


def passive_marked(tok, lang: LanguageProfile) -> bool:
    """Whether a bare participle carries a mark only a passive can: its form, a "by" agent or a result with no object.

    English allows no active verb with an agent phrase (the parser's ``agent`` relation: "Teenager beaten
    by police in Lagos", "Convoy ambushed by militants near Gao"), and no active "shoot dead", "beat
    unconscious", "hack to death" without the victim as its object ("Police shot dead two robbers",
    "the mob beat the thief to death"). So a participle with one of these marks and no object has its
    subject as the patient, whatever the tagger called it. Any verb qualifies: the mark, not the verb's
    meaning, makes the voice. A participle whose form no simple past shares (the profile's
    ``participle_only_forms``: "beaten", "stolen", "slain") with no auxiliary is one too: "Protesters
    beaten in Minsk" can only be a passive.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The participle (tagged ``VBN`` or ``VBD``).
    lang : LanguageProfile
        ``participle_only_forms``, ``resultative_states``, ``modifier_kinds``, ``result_nouns`` and
        ``bare_quantity_nouns`` are read.

    Returns
    -------
    bool
    """
    if tok.tag_ not in ("VBN", "VBD") or _objects(tok):
        return False
    if tok.lower_ in lang.participle_only_forms and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return True  # "Protesters beaten in Minsk": no simple past has this form
    if any(c.dep_ == "agent" and not _amount_phrase(c, lang) for c in tok.children):
        return True
    result = _resultative(tok, lang)
    return result is not None and not _named_after(tok, max(t.i for t in result.subtree))


def _chained_participle(tok) -> bool:
    """"Protesters detained during rally freed after a week": a second bare participle is the headline's predicate.

    The parser hangs the second participle (``VBN``, no auxiliary, no subject, no object) on the first as
    a clause; in written-out prose the first would need an object or an auxiliary.
    """
    return any(c.dep_ in ("advcl", "conj") and c.i > tok.i and _bare_participle(c) for c in tok.children)


def _harms(tok, lang: LanguageProfile) -> bool:
    """Whether a verb is one of harm to its patient (the profile's ``patient_verbs`` of :data:`HARM_KINDS`)."""
    return lang.patient_verbs.get(tok.lemma_.lower()) in HARM_KINDS


def _bare_participle(tok) -> bool:
    """A participle (``VBN``) with no auxiliary, subject or object, of its own or through a conjunct: "beaten" in "arrested and beaten".

    An object shared down a list belongs to every verb of it: the parser hangs "dozens of villagers" on the
    last verb of "Soldiers killed, wounded and detained dozens of villagers", and "protesters" on "beat" as
    a conjunct in "Police arrested, beat and tortured protesters"; neither "wounded" nor "beat" is bare.
    """
    return tok.tag_ == "VBN" and not any(
        x.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "dative") or (x.dep_ == "conj" and not _bare_participle(x))
        for x in tok.children)


def headline_conjunct(tok, lang: LanguageProfile) -> bool:
    """Whether a bare participle joined by "and" to a headline passive is passive too.

    "beaten" in "Protesters arrested and beaten in Minsk", "tortured" in "Protesters arrested, beaten and
    tortured in Minsk" (the parser hangs each conjunct on the one before): every link of the list is a
    bare participle (:func:`_bare_participle`) and its first verb a headline passive (:func:`headline_passive`).
    Its patient is the headline's subject, its doer only its own "by" phrase ("Journalists detained and
    beaten by police").

    Parameters
    ----------
    tok : spacy.tokens.Token
    lang : LanguageProfile
        Passed to :func:`headline_passive`.

    Returns
    -------
    bool
    """
    head = tok
    while head.dep_ == "conj" and _bare_participle(head):
        head = head.head
    return head is not tok and (head.dep_ in ("ROOT", "acl", "ccomp") and headline_passive(head, lang)
                                or root_relative(head, lang))


def root_relative(tok, lang: LanguageProfile) -> bool:
    """Whether the parser made a reduced relative on the subject the (reported) root, the predicate its conjunct.

    "Protesters arrested and beaten in Minsk were released on Monday", "The journalists detained and
    beaten by police have filed complaints": the small parser roots the sentence on the participle
    ("arrested", read as a past tense with "Protesters" its subject) and hangs the true predicate ("were
    released") on it as a conjunct, or as a clause of its own ("Journalists detained during the rally were
    freed on bail", "Soldiers killed near Gao were buried": ``advcl``, ``ccomp``), or hangs the participle on
    the predicate as its ``ccomp`` or clausal subject ("Protesters beaten in Minsk were later freed",
    "Demonstrators beaten in Harare were later released"). That predicate has an
    auxiliary of its own (no infinitive "to"), no subject, no subordinator, and nothing joining it ("and",
    "or", a comma) to what comes before, which coordination would need (Quirk et al. 1985, 13.1); an adverb
    the conjunct opens with is its own and does not hide the join ("Troops killed and then were killed",
    "Police arrested and later were praised"). So the predicate is the subject's, and the root a participle
    on the subject, passive, its subject the patient. The same holds for the root of a reported clause
    ("Protesters arrested ... were released, the group said": the parser makes "arrested" the ``ccomp`` of
    "said"). Only for a verb of harm (``patient_verbs``, ``victim_object_verbs``) or a participle marked as
    passive (:func:`passive_marked`), with no object.

    Parameters
    ----------
    tok : spacy.tokens.Token
    lang : LanguageProfile
        ``patient_verbs``, ``victim_object_verbs`` and what :func:`passive_marked` reads.

    Returns
    -------
    bool
    """
    return relative_predicate(tok, lang) is not None


# how the small parser may hang a subject's reduced relative on the predicate after it: "Protesters beaten in
# Minsk were later freed" (ccomp), "Demonstrators beaten in Harare were later released" (csubjpass)
_FRONTED = ("ccomp", "csubj", "csubjpass")


def relative_predicate(tok, lang: LanguageProfile):
    """The subject's true predicate when :func:`root_relative` holds of ``tok``, else None.

    "were released" in "Protesters arrested in Minsk were released", "were killed" in "Soldiers ambushed near
    Gao were killed": a passive there acts on the root's subject, the relative's patient too.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The participle the parser made the root (or a reported clause's root).
    lang : LanguageProfile
        As for :func:`root_relative`.

    Returns
    -------
    spacy.tokens.Token or None
        The predicate verb (a ``conj``, ``advcl`` or ``ccomp`` of ``tok``, or the verb ``tok`` hangs on
        as a ``ccomp`` or clausal subject).
    """
    if tok.dep_ not in ("ROOT",) + _FRONTED or tok.tag_ not in ("VBN", "VBD") or _objects(tok):
        return None
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return None
    if not (_harms(tok, lang) or tok.lemma_.lower() in lang.victim_object_verbs or passive_marked(tok, lang)):
        return None
    for c in tok.children:
        if c.dep_ in ("conj", "ccomp", "advcl") and c.i > tok.i and _own_predicate(tok, c):
            return c
    if tok.dep_ in _FRONTED and tok.head.i > tok.i and _own_predicate(tok, tok.head):
        return tok.head  # "Protesters beaten in Minsk were later freed": the participle a ccomp of the predicate
    return None


def _own_predicate(tok, c) -> bool:
    """Whether verb ``c`` beside participle ``tok`` is the subject's predicate (see :func:`root_relative`).

    Parameters
    ----------
    tok : spacy.tokens.Token
        The participle.
    c : spacy.tokens.Token
        A verb hung on it, or the verb it hangs on.

    Returns
    -------
    bool
    """
    if c.pos_ not in ("VERB", "AUX"):
        return False
    kids = [k for k in c.children if k != tok]
    auxes = [k for k in kids if k.dep_ in ("aux", "auxpass") and k.i < c.i]
    if not auxes or any(k.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for k in kids):
        return False
    if c.dep_ != "conj" and auxes[0].tag_ == "TO":
        return False  # "Police arrested to restore order": an infinitive of purpose, no predicate
    # the word before the conjunct's own left words: "and" in "and then were killed", "and later were praised"
    before = tok.doc[min(k.left_edge.i for k in kids if k.i < c.i) - 1]
    return before.dep_ != "cc" and before.text not in (",", ";")


def relative_subject(tok, lang: LanguageProfile) -> list:
    """The noun a subject's own predicate acts on when the parser hung it on the subject's reduced relative.

    See :func:`relative_predicate`.

    "Protesters" for "released" in "Protesters detained in Minsk were later released", "Journalists" for
    "freed" in "Journalists detained during the rally were freed on bail": the predicate's own subject, which
    the parser gave to the participle.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A verb the parser hung on a participle as ``conj``, ``advcl`` or ``ccomp``, or one the participle hangs
        on as a ``ccomp`` or clausal subject before it.
    lang : LanguageProfile
        As for :func:`root_relative`.

    Returns
    -------
    list of spacy.tokens.Token
        Empty when ``tok`` is no such predicate.
    """
    fronted = [c for c in tok.children if c.dep_ in _FRONTED and c.i < tok.i]  # "Protesters beaten in Minsk were freed"
    part = fronted[0] if fronted else tok.head
    if not (fronted or tok.dep_ in ("conj", "ccomp", "advcl")) or relative_predicate(part, lang) != tok:
        return []
    return [c for c in part.children if c.dep_ == "nsubj" and c.i < part.i]


# the count kinds of acts a relative on a subject states as events of their own; a killing or wounding there
# ("the soldiers killed in the attack were buried") is the toll of the act its phrase names, counted there
_OWN_ACT_KINDS = frozenset({"arrested", "abducted"})


def subject_relative(tok, lang: LanguageProfile) -> bool:
    """Whether a bare participle is a reduced relative on a sentence's subject that states an arrest or abduction.

    "The students arrested after the protest were released", "The activists detained in Chennai for defying
    prohibitory orders were released on bail", "The opposition leader arrested last month remains in custody":
    a written-out sentence (its predicate has its own verb) presupposes the act its subject's relative names
    (Quirk et al. 1985, 17.98: a reduced relative is a passive relative clause, its noun the patient). Read
    only for the profile's ``patient_verbs`` of an arrest or abduction, a taking that is an event of its own
    (PLOVER manual, COERCE arrest; ASSAULT abduct), and only with a phrase of its own that places it (a
    preposition, a "by" agent, a time: "after the protest", "in Chennai", "last month"); a bare "the men
    arrested" or "those arrested" names a group, not an occurrence. The small parser may make the subject
    the root and hang the predicate on the participle ("The students arrested after the protest were
    released"); a verb with an auxiliary there is that predicate. Never for a class of people: a noun with a
    ``non_specific_determiners`` word ("any protester arrested at the rally") or a bare noun with a generic
    predicate (:func:`_generic_host`: "Suspects arrested under the act can be held for two years").

    Parameters
    ----------
    tok : spacy.tokens.Token
        The participle (``acl``, tagged ``VBN``).
    lang : LanguageProfile
        ``patient_verbs`` is read.

    Returns
    -------
    bool
    """
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or lang.patient_verbs.get(tok.lemma_.lower()) not in _OWN_ACT_KINDS:
        return False
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "dative") for c in tok.children):
        return False
    if any(c.dep_ in ("det", "predet") and c.lower_ in lang.non_specific_determiners for c in noun.children):
        return False  # "Any protester arrested at the rally will be charged": no arrest that took place
    placed = any(c.dep_ in ("prep", "agent", "npadvmod") for c in tok.children)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return placed and noun.head.i > tok.i and noun.head.pos_ in ("VERB", "AUX") \
            and not _generic_host(noun, noun.head, tok, lang)
    if noun.dep_ != "ROOT":
        return False
    for c in tok.children:
        if c.dep_ in ("advcl", "conj", "ccomp") and c.i > tok.i and c.pos_ in ("VERB", "AUX") and any(
                k.dep_ in ("aux", "auxpass") for k in c.children):
            # "arrested after the protest were released": the parser took the participle's own phrase for the
            # predicate's clause, its preposition (right after the participle) for the clause's subordinator
            return (placed or any(k.dep_ == "mark" and k.tag_ == "IN" and k.i == tok.i + 1 for k in c.children)) \
                and not _generic_host(noun, c, tok, lang)
    return False


def _generic_host(noun, predicate, participle, lang: LanguageProfile) -> bool:
    """Whether a bare plural's predicate states a rule or a habit, so its reduced relative names a class.

    "Suspects arrested under the act can be held for two years", "Persons arrested in such cases should be
    released", "Demonstrators arrested during future protests will face prison", "Migrants detained at the
    border should not be held in camps", "Children abducted by armed groups are often forced to fight": a bare
    noun (no determiner, possessive or number) with a modal (``hypothetical_modals``, ``future_modals``) or a
    simple present predicate is generic (Quirk et al. 1985, 4.7 and 5.52-5.58: the simple present of habit
    and general truth; a bare plural its generic reference), and the participle names whoever is ever
    arrested, no arrest that took place. A present perfect ("have filed complaints") or progressive ("are
    being held") tells of the arrested themselves, and so does a present predicate when the participle's
    own phrase is dated ("Activists arrested in June remain in custody"). A specific noun ("The journalist
    arrested in Delhi will be released tomorrow") is no class.

    Parameters
    ----------
    noun : spacy.tokens.Token
        The subject the participle modifies.
    predicate : spacy.tokens.Token
        The subject's own predicate verb.
    participle : spacy.tokens.Token
        The reduced relative's participle.
    lang : LanguageProfile
        ``hypothetical_modals`` and ``future_modals`` are read.

    Returns
    -------
    bool
    """
    if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children):
        return False
    auxes = sorted((k for k in predicate.children if k.dep_ in ("aux", "auxpass")), key=lambda k: k.i)
    finite = auxes[0] if auxes else predicate
    if finite.lower_ in lang.hypothetical_modals or finite.lower_ in lang.future_modals:
        return True
    if finite.tag_ not in ("VBZ", "VBP") or finite.lemma_ == "have" or any(k.tag_ == "VBG" for k in auxes) \
            or predicate.tag_ == "VBG":
        return False
    return not any(t.ent_type_ == "DATE" for t in participle.subtree)


def _phrase_where_the_object_would_be(tok) -> bool:
    """Whether a preposition of the verb's own follows it at once and nothing after it could be its object.

    "Protesters detained in Minsk": no active verb of harm puts a phrase before its object unless the
    object follows ("detained in Minsk 40 protesters" is no English headline), so none is left out.
    """
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # a count inside the phrase is the object the parser swallowed ("detained in Minsk 40 protesters")
    return nxt is not None and nxt.dep_ == "prep" and nxt.head == tok and not _named_after(tok, tok.i) \
        and not any(t.like_num for t in nxt.subtree)


def headline_passive(tok, lang: LanguageProfile) -> bool:
    """Whether a bare past participle states a passive act in a headline-style sentence.

    Headlines and fact lines drop the auxiliary: "Students arrested after protest in Dhaka", "Several
    journalists wounded in Minsk clashes", "Three journalists wounded when police fired". The small
    parser makes the participle a reduced relative (``acl``) on the noun that roots a verbless
    sentence (or stands after a label and a colon: "Update: dozens arrested after protest"), or the
    root with that noun its subject. A verb of harm (the profile's ``patient_verbs``
    of a harm: kill, wound, arrest, abduct ...) with no auxiliary and no object then has its noun as
    the patient, never the doer; a "by" phrase is the doer. A participle on a noun that is some verb's
    argument ("students arrested after the protest were released") is a true reduced relative, left to
    :func:`dotterel.events.agents.counted_participle` and :func:`dotterel.events.agents.scened_participle`.

    Any other verb is read so when it carries a mark of the passive (:func:`passive_marked`: "Church
    burned by rioters in Jos", "Journalist shot dead in Mexico"), also as the content of a reporting
    verb ("Three journalists shot dead in Mexico this year, press group says"). A verb of harm whose
    subject is uncounted and which the tagger read as a past tense is passive when a second bare
    participle follows as the headline's predicate ("Protesters detained during rally freed after a
    week") or a phrase of its own stands where its object would ("Protesters detained in Minsk, police say").

    Parameters
    ----------
    tok : spacy.tokens.Token
    lang : LanguageProfile
        ``patient_verbs``, ``resultative_states`` and ``reporting_verbs`` are read.

    Returns
    -------
    bool
    """
    if tok.tag_ not in ("VBN", "VBD"):
        return False
    marked = passive_marked(tok, lang)
    if not marked and not _harms(tok, lang) and not any(
            c.dep_ == "conj" and _bare_participle(c) and (_harms(c, lang) or passive_marked(c, lang)) for c in tok.children):
        # a verb of harm, or one joined to a bare participle that is one or is marked ("Five protesters
        # shot and wounded in Lima", "Protesters shot and beaten in Minsk")
        return False
    if any(c.dep_ in _ARGUMENT_DEPS and not (marked and c.pos_ == "ADJ") and not (c.dep_ == "conj" and _bare_participle(c))
           for c in tok.children):
        # an object, or one shared with a conjunct ("police arrested and charged five men"); a bare participle
        # joined to it shares no object and is passive like it ("Protesters arrested and beaten in Minsk")
        return False
    if not marked and any(t.dep_ in ("aux", "auxpass") and t.pos_ == "AUX" for t in tok.sent):
        # a headline drops its auxiliaries; a sentence that has one elsewhere is written out, and its bare
        # participle a reduced relative ("The students arrested after the protest were released")
        return False
    if tok.dep_ == "acl":
        return tok.tag_ == "VBN" and _headline_noun(tok.head) and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if not subjects:
        return False
    if not (tok.dep_ == "ROOT" or (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lang.reporting_verbs)):
        return False
    if marked:
        return True
    # the tagger may read the participle as a past tense ("Three reporters wounded when ..."): then a counted
    # subject, as headlines count their victims, a second bare participle, or a phrase right after the verb
    # where its object would stand ("Protesters detained in Minsk, police say": a verb of harm takes an
    # object, and an active one does not leave it out) tells the passive
    return tok.tag_ == "VBN" or any(c.dep_ == "nummod" or c.like_num for s in subjects for c in s.children) \
        or _chained_participle(tok) or _phrase_where_the_object_would_be(tok)


def _headline_noun(noun) -> bool:
    """Whether a noun roots a verbless headline, alone or after a label and a colon.

    "Students arrested after protest in Dhaka" (the root); "Update: dozens arrested after protest in
    Dhaka", "Breaking: several protesters killed as police open fire" (an apposition to the label the
    parser makes the root).
    """
    if noun.dep_ == "ROOT":
        return True
    label = noun.head
    return noun.dep_ == "appos" and label.dep_ == "ROOT" and label.i < noun.i and any(
        t.text == ":" for t in noun.doc[label.i + 1 : noun.i])


def headline_patients(tok, lang: LanguageProfile) -> list:
    """The nouns a headline participle read as passive acts on: what a written passive has as its subject.

    "Reform plan attacked by unions" (the noun the participle hangs on), "Three journalists shot dead in
    Mexico" (its subject). A rule's words for what its verb may not act on (``not_objects``: "attacked the
    plan", "beat Chelsea") then rule the headline out as they rule out "the plan was attacked".

    Parameters
    ----------
    tok : spacy.tokens.Token
        The participle.
    lang : LanguageProfile
        Passed to :func:`headline_passive`.

    Returns
    -------
    list of spacy.tokens.Token
        Empty when the participle is no headline passive.
    """
    if tok.dep_ not in ("ROOT", "acl", "ccomp") or not headline_passive(tok, lang):
        return []
    if tok.dep_ == "acl":
        return [tok.head]
    return [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
