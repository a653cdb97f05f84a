"""Frames that keep an act from being news told as fact: a plot, a blamed or judged act, a habit, a failed act.

A failed, prevented or not yet done act (:func:`unrealised_by`) is one too.

Split from :mod:`dotterel.attribution` (its certainty rules call these); the words are the language
profile's (``fiction_nouns``, ``depiction_verbs``, ``criticism_modals``, ``judgement_adjectives``, ``implicative_adjectives``,
``habitual_adverbs``, ``habitual_determiners``, ``habitual_subordinators``, ``habitual_verbs``,
``frequency_adjectives``, ``failure_words``, ``not_yet_adverbs``, ``kept_from_verbs``,
``kept_from_prepositions``, ``object_control_verbs``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .events.syntax import to_infinitive

if TYPE_CHECKING:
    from .lang import LanguageProfile

__all__ = ["absent_by", "criticised_past_act", "declared_false", "falsity_teller", "existential_inversion", "extraposed_judgement", "failed", "fiction_frame", "habitual_cue", "infinitive",
           "inverted_existential", "judged_in_the_past", "negated_inversion", "negative_argument", "purpose_mark",
           "unrealised_ability", "unrealised_by", "unrealised_keeping"]


def fiction_frame(head, lang: LanguageProfile):
    """The work of fiction whose plot a clause tells, or None.

    "In the film, rebels storm the palace": an "in" phrase whose head is a work (profile
    ``fiction_nouns``) on the clause or a clause above it; "The movie follows rebels who attack a
    convoy": a depiction verb (``depiction_verbs``) above the clause whose subject is such a work.
    "The film sparked protests" is no plot: the work's own verb is not a depiction verb. A plot is told
    in the present tense: "In a film posted online, militants beheaded a hostage" reports a real act.
    Source: PLOVER manual (2021), events are interactions that happened; a plot did not.
    """
    def work(noun) -> bool:
        return noun.lemma_.lower() in lang.fiction_nouns or noun.lower_ in lang.fiction_nouns

    if not any(v.tag_ in ("VBZ", "VBP") for v in (head, *(a for a in head.children if a.dep_ in ("aux", "auxpass")))):
        return None
    cur, seen = head, 0
    while seen < 8:
        seen += 1
        for c in cur.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                found = next((o for o in c.children if o.dep_ == "pobj" and work(o)), None)
                if found is not None:
                    return found
        if cur != head and cur.lemma_.lower() in lang.depiction_verbs and cur.tag_ in ("VBZ", "VBP"):
            found = next((s for s in cur.children if s.dep_ == "nsubj" and work(s)), None)
            if found is not None:
                return found
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def infinitive(verb) -> bool:
    """Whether ``verb`` is a to-infinitive ("to free", "to leave")."""
    return to_infinitive(verb) or verb.tag_ == "VB" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def criticised_past_act(head, lang: LanguageProfile) -> bool:
    """Whether the clause blames a past act it presupposes: "should never have arrested the students".

    A modal of obligation with a negated perfect ("should not have fired",
    "ought not to have arrested", "shouldn't have detained") judges an act
    that took place: the negation belongs to the speaker's opinion, not to the
    act (the PLOVER manual's negation mode is for acts that did not happen).
    Without the negation ("should have arrested them") the act did not take
    place, and the modal keeps it hypothetical. A negative subject negates the
    clause as "not" does (Quirk et al. 1985, 10.59): "no protester should have
    been beaten", "no lathi-charge should have been ordered" blame acts done.
    """
    if head.tag_ != "VBN" or not any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and negative_argument(c, lang))
                                     for c in head.children):
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.dep_ == "xcomp" and head.head.lower_ in lang.criticism_modals:
        auxes += [head.head]  # "ought not to have arrested": the parser heads the clause with "ought"
    return any(a.lemma_.lower() == "have" for a in auxes) and any(a.lower_ in lang.criticism_modals for a in auxes)


def judged_in_the_past(copula) -> bool:
    """Whether "wrong/right to ..." hangs on a past copula with no modal ("were wrong to arrest them").

    "X was wrong (right) to do Y" presupposes that X did Y; "would be wrong to",
    "is right to" judge an act the text does not state as done.
    """
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in copula.children):
        return False
    return copula.tag_ == "VBD" or (copula.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in copula.children))


def negative_argument(arg, lang: LanguageProfile) -> bool:
    """Whether ``arg``, a subject or object of its clause, denies the clause's act.

    "No arrests have been made", "none were detained", "nobody was hurt", "neither police nor army was
    deployed", "there were no clashes": a negative pronoun (``negative_pronouns``), a negative determiner (``negative_determiners``)
    or a negative pre-conjunction (``negative_preconjunctions``). An exception under the pronoun or the
    noun ("nothing but", "no one but/except", ``negative_pronoun_exceptions``) states the act.
    """
    # "there were no arrests", "there was violence but no looting": the attribute of an existential "there" + be
    # (or a conjunct of it) is its subject
    first = arg
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    existential = first.dep_ == "attr" and any(c.dep_ == "expl" for c in first.head.children)
    # "neither shelling nor looting took place": the tagger reads a gerund as a clausal subject
    return (arg.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj") or existential) and (
        (arg.lower_ in lang.negative_pronouns  # "fired nothing but rubber bullets", "none but the leaders": done
         and not any(c.lower_ in lang.negative_pronoun_exceptions for c in arg.children))
        or _negated_unit(arg, lang)
        # "no one but the guards beat them", "no one except the soldiers fired": an exception (a "but"/"except"
        # under the noun; Quirk et al. 1985, 10.64) names who did it; "no more arrests" (a degree amod) still denies
        or (any(d.dep_ == "det" and d.lower_ in lang.negative_determiners and not _number_bound(d, lang)
                for d in arg.children)
            and not any(c.dep_ in ("cc", "prep") and c.lower_ in lang.negative_pronoun_exceptions
                        for c in arg.children))
        # "hardly any arrests were made": a determiner under an approximate negator (Quirk et al. 1985, 10.61)
        # (the parser may hang the adverb on an existential "be": "there were hardly any arrests")
        or any(d.dep_ == "det" and any(a.lower_ in lang.approximate_negators for a in (
            *d.children, *(first.head.children if existential else ()))) for d in arg.children)
        or any(d.dep_ in ("preconj", "det") and d.lower_ in lang.negative_preconjunctions for d in arg.children)
        # "made no more arrests", "no further arrests": the parser hangs the "no" on the degree adjective
        or any(a.dep_ == "amod" and a.lower_ in lang.degree_comparatives and any(
            n.lower_ in lang.negative_determiners and not _number_bound(n, lang) for n in a.children)
            for a in arg.children))


def absent_by(word, lang: LanguageProfile):
    """The preposition that denies the act ``word`` tells by saying it was done without, or None.

    "Police dispersed the crowd without firing", "without any firing or lathi-charge, police cleared the road",
    "dispersed the mob without resorting to a lathi-charge": an act in the object of an absence preposition
    (profile ``absence_prepositions``; Quirk et al. 1985, 9.54: "without" is the negative of "with") did not
    happen. ``word`` is the event's trigger or its clause head (an engaging verb such as "resorting" for the
    charge); the walk climbs the noun phrase (a list member, a noun the parser hung as a modifier: "any firing
    or lathi-charge" hangs "firing" on "charge"). The clause the phrase belongs to must not be denied itself:
    "the day did not pass without violence", "no week goes by without arrests" state the act (a double
    negation; the second is a habit, :func:`habitual_cue`).

    Parameters
    ----------
    word : spacy.tokens.Token
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token | None
        The preposition ("without").
    """
    cur = word
    for _ in range(6):
        if cur.dep_ not in ("conj", "nmod", "compound") or cur.head == cur:
            break
        cur = cur.head
    prep = cur.head
    if cur.dep_ not in ("pobj", "pcomp") or prep.lower_ not in lang.absence_prepositions or prep.head == prep:
        return None
    clause = prep.head
    if any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and negative_argument(c, lang))
           or (c.dep_ == "advmod" and c.lower_ in lang.approximate_negators) for c in clause.children):
        return None
    return prep


def _number_bound(det, lang: LanguageProfile) -> bool:
    """Whether the negative determiner ``det`` opens a bound on a number: "no less than a dozen arrests were made".

    "No fewer than", "no less than", "no more than" are bounds on the number that follows (profile
    ``lower_bound_prefixes`` and ``upper_bound_prefixes``, which :mod:`dotterel.count_quantity` reads as such), not
    a denial of the act (Quirk et al. 1985, 10.59 and 15.70: the negative is the comparative's, and the counted
    acts happened). The small parser may hang the "no" on the counted noun.
    """
    doc = det.doc
    for prefix in (*lang.lower_bound_prefixes, *lang.upper_bound_prefixes):
        words = prefix.split()
        if words[0] == det.lower_ and [t.lower_ for t in doc[det.i:det.i + len(words)]] == words:
            return True
    return False


def _negated_unit(arg, lang: LanguageProfile) -> bool:
    """Whether "not" denies a single unit of ``arg``: "not a single person", "not one shop", "not one of them".

    Quirk et al. 1985, 10.59: "not a"/"not one" is an emphatic negation of the whole clause. The unit words are
    the profile's ``negated_unit_words``. The "not" hangs on the noun ("not a single person") or on its "one"
    ("not one shop"); a contrast under either ("not one but three journalists") or a bound on a number ("no
    fewer than 20", "not more than one": the "not" is on the number or the comparative) states the act.
    """
    def denied(word) -> bool:
        return any(c.dep_ == "neg" for c in word.children) and not any(c.dep_ == "cc" for c in word.children)

    units = [arg, *(c for c in arg.children if c.dep_ == "nummod" and c.lower_ in lang.negated_unit_words)]
    return denied(arg) and (arg.lower_ in lang.negated_unit_words or any(
        c.dep_ in ("det", "amod", "nummod") and c.lower_ in lang.negated_unit_words for c in arg.children)) \
        or any(denied(u) for u in units[1:])


def unrealised_ability(head, lang: LanguageProfile) -> tuple[str, object, str] | None:
    """Certainty, cue and reason when ``head`` is the infinitive of "able to" and states no act done, else None.

    "Police were able to arrest 31 people", "have been able to arrest two": a past, affirmative
    copula with no modal implies the act (Karttunen 1971, "Implicative verbs": "be able" in the past
    implies its complement), so the act stands as the sentence tells it (None). "Were not able to
    arrest them": the act did not happen (negated). "Police are able to arrest anyone", "will be able
    to arrest them": an ability, no act (hypothetical). The adjectives are the profile's
    ``implicative_adjectives``.
    """
    adjective = head.head
    if head.dep_ != "xcomp" or not infinitive(head) or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp" \
            or adjective.lemma_.lower() not in lang.implicative_adjectives:
        return None
    copula = adjective.head
    # the copula is the clause: "no one was able to arrest them", "nobody has been able to" deny the act, and
    # "(not clear) whether police were able to arrest them", "if they were able to" state none
    neg = next((c for c in (*copula.children, *adjective.children)
                if c.dep_ == "neg" or negative_argument(c, lang)), None)
    if neg is not None:
        return "negated", neg, f"negated by '{neg.text}'"
    mark = next((c for c in copula.children if c.dep_ == "mark" and c.lower_ in lang.condition_marks | lang.question_marks),
                None)
    if mark is not None:
        return "hypothetical", mark, f"condition '{mark.text}'"
    if judged_in_the_past(copula):
        return None
    return "hypothetical", adjective, f"an ability stated, not an act done ('{adjective.text}')"


def extraposed_judgement(head, lang: LanguageProfile):
    """The adjective when ``head`` is the infinitive of "it would be wrong (is right) to ...", else None.

    The parser hangs the extraposed infinitive on the copula, beside the
    adjective ("It would be wrong to arrest the strikers": ``be`` has
    ``acomp`` "wrong" and ``xcomp`` "arrest"). As with "police would be wrong
    to arrest them", only a past copula with no modal ("it was wrong to
    arrest them") presupposes the act (:func:`judged_in_the_past`).
    """
    copula = head.head
    if head.dep_ != "xcomp" or not infinitive(head) or copula.lemma_.lower() != "be":
        return None
    judged = [c for c in copula.children if c.dep_ == "acomp" and c.lemma_.lower() in lang.judgement_adjectives]
    return judged[0] if judged and not judged_in_the_past(copula) else None


def _present(verb) -> bool:
    """Whether ``verb`` is in the simple present: tagged so, a present passive, or a base form with a plural subject.

    A past participle with a present "is"/"are" is the present passive ("dozens are captured every day").

    "Police routinely beat protesters": the small tagger reads "beat" as a past, but the form is the base one and
    a plural subject takes the base form in the present; "the officer beat prisoners" (singular) is past.
    """
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children) \
            and not any(c.dep_ == "aux" for c in verb.children):
        return True  # "dozens of migrants are captured every day": the present passive
    if verb.tag_ != "VBD" or verb.lower_ != verb.lemma_.lower() or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or "Plur" in c.morph.get("Number")) for c in verb.children)


def _past_time(verb, lang: LanguageProfile) -> bool:
    """Whether a date phrase on ``verb`` places it before now ("every day last week", "during the 2019 uprising").

    The small tagger reads a form that is past and base alike ("beat", "hit", "shut") as either; a date phrase
    of the past on the clause tells the past tense ("soldiers beat villagers every day last week": acts told, as
    "marched every day last week" is). The words of a past date are ``date_previous_words`` ("last") and
    ``past_date_words`` ("ago", "yesterday"), or a year, unless it opens a span up to now ("every year since
    2011"). Phrases inside a clause of their own are not the verb's.
    """
    previous = lang.date_previous_words | lang.past_date_words
    for c in verb.children:
        if c.dep_ not in ("npadvmod", "prep", "advmod", "tmod", "pobj") or (
                c.dep_ == "prep" and c.lower_ in lang.date_since_words):
            continue
        for t in c.subtree:
            between = [a for a in t.ancestors if a != verb and verb in a.ancestors]
            if any(a.pos_ in ("VERB", "AUX") or (a.dep_ == "prep" and a.lower_ in lang.date_since_words)
                   for a in between):
                continue  # a phrase of a clause of its own, or "every year since 2011": a span up to now
            if t.ent_type_ in ("DATE", "TIME") and (t.lower_ in previous or (
                    t.like_num and len(t.text) == 4 and t.text.isdigit())):
                return True
    return False


def habitual_cue(head, lang: LanguageProfile):
    """The word that makes the clause of ``head`` a habit or a generality, not one dated event, or None.

    With the simple present (Quirk et al. 1985, 4.6: the present of habit and of timeless statements): an
    adverb of frequency ("fighting regularly flares up", profile ``habitual_adverbs``), a clause of recurring
    occasions ("whenever the team loses", ``habitual_subordinators``), a time noun with
    "every" or "each" ("attacks happen almost every week", "every year, thousands march", profile
    ``habitual_determiners``), a verb of tendency ("fighting tends to flare up", ``habitual_verbs``), or an
    adjective of frequency on the event noun ("clashes between herders and farmers are common",
    ``frequency_adjectives``). A noun trigger is read in the clause it is the subject or object of ("police
    usually disperse such rallies"). A past-looking base form with a plural subject is a present ("police
    routinely beat protesters").

    Parameters
    ----------
    head : spacy.tokens.Token
        The trigger's head word.
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token or None
    """
    if (span := _span_never_without(head, lang)) is not None:
        return span  # "not a day passes without arrests": in any tense, every span holds the act
    clause = head.head if head.dep_ in ("csubj", "nsubj", "nsubjpass", "dobj") and head.head != head else head
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in lang.habitual_verbs:
        clause = clause.head  # "rebels tend to attack army posts"
    if not _present(clause) or _past_time(clause, lang):
        return None
    if clause.lemma_.lower() in lang.habitual_verbs:
        return clause
    scopes = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    for verb in scopes:
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in lang.habitual_adverbs:
                return c
            if c.dep_ in ("npadvmod", "advmod") and c.pos_ in ("NOUN", "PROPN") and any(
                    d.dep_ in ("det", "nummod") and d.lower_ in lang.habitual_determiners for d in c.children):
                return c  # "every week", "each year"
            if c.dep_ == "advcl" and (w := next((d for d in c.children if d.dep_ in ("advmod", "mark")
                                                 and d.lower_ in lang.habitual_subordinators), None)) is not None:
                return w  # "mobs destroy houses whenever the team loses": recurring occasions
    if head.dep_ == "nsubj" and clause.lemma_.lower() == "be":
        return next((c for c in clause.children if c.dep_ == "acomp" and c.lower_ in lang.frequency_adjectives), None)
    return None


def _span_never_without(head, lang: LanguageProfile):
    """The time noun of "not a day passes without <act>" when ``head``'s act is in the "without" phrase, else None.

    "Not a single day passes without arrests of activists", "hardly a week goes by without clashes", "no month
    goes by without an attack", "a week never passes without police detaining journalists": a span of time
    (profile ``habitual_time_nouns``) denied as a unit ("not a", "no", "hardly a", or a negated verb), as the
    subject of a verb of passing (``passing_verbs``), with the act in its ``exception_prepositions`` phrase, says
    that every such span holds the act: a habit, no one dated event (Quirk et al. 1985, 10.59 on negation and
    4.6 on habit; issue 12, "habitual, generic and hypothetical statements are not dated events"). "The day did
    not pass without violence" (one definite day) tells one act and is left as told.
    """
    cur = head
    for _ in range(6):
        if cur.head == cur or cur.head.pos_ in ("VERB", "AUX"):
            break
        cur = cur.head
    verb = cur.head
    if cur.dep_ != "prep" or cur.lower_ not in lang.exception_prepositions or verb.lemma_.lower() not in lang.passing_verbs:
        return None
    verb_negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lang.approximate_negators)
                       for c in verb.children)
    for span in verb.children:
        if span.dep_ not in ("nsubj", "npadvmod") or span.lemma_.lower() not in lang.habitual_time_nouns:
            continue
        dets = [d for d in span.children if d.dep_ in ("det", "amod", "nummod")]
        unit = any(d.lower_ in lang.negated_unit_words for d in dets)
        if any(d.dep_ == "det" and d.lower_ in lang.negative_determiners for d in dets) or (unit and (
                verb_negated or any(c.dep_ == "neg" for c in span.children) or any(
                    a.lower_ in lang.approximate_negators for d in dets for a in d.children))):
            return span
    return None


def purpose_mark(clause, lang: LanguageProfile) -> str | None:
    """The subordinator of a purpose clause ("so that"), or None.

    "amend the law so that rallies are banned", "changed the rules so that protests are banned": the clause
    states the aim of its governor, not an act done (Quirk et al. 1985, 15.48: purpose clauses with "so that";
    the small parser reads "in order that" as a noun phrase, so it is not listed). A past tense in the clause makes it one of result ("closed the road, so that the
    march was halted": it happened), which is left as told. The subordinators are the profile's ``purpose_marks``.
    """
    # "so that same-sex marriages are banned": the small parser may read "that" as the subject's determiner
    first = next((m for m in clause.children if m.dep_ == "mark" and m.i < clause.i), None)
    doc = clause.doc
    marks = None if first is None else " ".join(t.lower_ for t in doc[first.i:min(first.i + 2, clause.i)])
    if marks not in lang.purpose_marks:
        return None
    if clause.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in clause.children):
        return None
    return marks


def _existential_inversion(tok):
    """The first of the verbs set before the "there" of an existential "there" + be, and that verb, or (None, None).

    ``tok`` is the existential verb or its attribute or subject noun (the act).
    """
    def there(verb):
        return next((c for c in verb.children if c.dep_ == "expl" and c.lower_ == "there"), None)

    verb = tok if there(tok) is not None or tok.dep_ not in ("attr", "nsubj") else tok.head
    if there(verb) is None and verb.dep_ in ("advcl", "xcomp") and there(verb.head) is not None:
        verb = verb.head  # "were there to be clashes": "there" hangs on the finite "were"
    expl = there(verb)
    if expl is None or verb.lemma_.lower() != "be":
        return None, None
    before = [t for t in (verb, *verb.children) if (t is verb or t.dep_ in ("aux", "auxpass")) and t.i < expl.i]
    return (min(before, key=lambda t: t.i), verb) if before else (None, None)


def inverted_existential(tok):
    """The verb set before the "there" of an existential "there" + be that asks or supposes, or None.

    "Were there any arrests in Almaty?", "Have there been clashes with police?", "Were there to be clashes,
    the army would step in": with the finite verb before "there", the sentence asks (a yes-no question,
    Quirk et al. 1985, 11.5) or states a condition (inversion in a conditional clause, Quirk et al. 1985,
    15.36), and no act is stated. Only with a "?" after "there" in the sentence, or with the verb
    subordinate (an adverbial clause): a negative or "not only" inversion ("not only were there arrests,
    ...", "nor were there arrests": :func:`negated_inversion`) is a statement.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The existential verb, or its attribute or subject noun (the act).

    Returns
    -------
    spacy.tokens.Token | None
    """
    first, verb = _existential_inversion(tok)
    if first is None:
        return None
    asked = any(t.text == "?" for t in verb.sent if t.i > first.i)
    return first if asked or verb.dep_ == "advcl" else None


def negated_inversion(tok, lang: LanguageProfile):
    """The negative word that sets an existential "there" + be before its "there", or None.

    "There was no protest in Minsk, nor were there arrests", "Neither was there any looting": a clause
    opened by a negative conjunction takes subject-operator inversion and is negative (Quirk et al. 1985,
    13.18, "nor" and "neither"); the words are the profile's ``negative_inversion_words``.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The existential verb, or its attribute or subject noun (the act).
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token | None
    """
    first, _verb = _existential_inversion(tok)
    if first is None or first.i == 0:
        return None
    prev = first.doc[first.i - 1]
    return prev if prev.lower_ in lang.negative_inversion_words else None


def existential_inversion(trigger, head, lang: LanguageProfile):
    """(certainty, cue, reason) for an existential "there" + be set before its "there", or None.

    "Were there any arrests?", "were there to be clashes, ...": asked or supposed (:func:`inverted_existential`),
    hypothetical; "..., nor were there arrests": negated (:func:`negated_inversion`). Read on the event's
    trigger (the attribute noun) and on its clause head.
    """
    asked = inverted_existential(trigger) or inverted_existential(head)
    if asked is not None:
        return "hypothetical", asked, f"a question or condition ('{asked.text} there'), not a statement"
    nor = negated_inversion(trigger, lang) or negated_inversion(head, lang)
    return None if nor is None else ("negated", nor, f"negated by '{nor.text}'")


def failed(verb, lang: LanguageProfile) -> bool:
    """"failed to prevent", "were unable to prevent", "did not prevent": the prevention itself did not happen.

    A negative subject negates the prevention as "not" does (Quirk et al. 1985, 10.59): "nothing could stop the
    protesters from marching", "no one prevented the mob from looting", "neither police nor troops could stop
    them from burning" tell acts that were not kept from happening (:func:`negative_argument`).
    """
    return any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and negative_argument(c, lang))
               for c in verb.children) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lang.failure_words) \
        or _attempt_failed(verb, lang)


def _attempt_failed(verb, lang: LanguageProfile) -> bool:
    """Whether ``verb`` is the infinitive of an attempt the sentence says failed.

    "Riot police tried to stop students from occupying the office, but failed", "troops tried to prevent the
    crowd from storming the palace but failed to do so", "police tried in vain to stop the mob from looting":
    the attempt is told as failed by a bare failure verb joined to it (``failure_words``, with nothing of its
    own but "do so"; "but failed in their bid to arrest the organisers" names another attempt, whose verb
    sits under the failure's preposition) or by a word of futility on it (``futility_words``: "in vain",
    "vainly"), so the kept act happened (Quirk et al. 1985, 13.5 on coordination that states an outcome).
    """
    if verb.dep_ != "xcomp" or verb.head == verb:
        return False
    attempt = verb.head
    for c in attempt.children:
        if c.dep_ == "conj" and c.lemma_.lower() in lang.failure_words and not any(
                k.dep_ in ("dobj", "nsubj", "ccomp", "advcl") or (k.dep_ == "xcomp" and k.lemma_.lower() != "do")
                or (k.dep_ == "prep" and any(v.pos_ == "VERB" for v in k.subtree))
                for k in c.children):
            return True
        if c.lower_ in lang.futility_words or (c.dep_ == "prep" and any(p.lower_ in lang.futility_words
                                                                       for p in c.children if p.dep_ == "pobj")):
            return True
    return False


def unrealised_keeping(verb, lang: LanguageProfile):
    """The modal of a failed keeping that tells no act done: "nothing will stop us from marching"; else None.

    A failed keeping (:func:`failed`) tells the kept act as done only when it is itself told as past: "nothing
    could stop the protesters from marching", "police could not prevent the mob from looting". Under a modal of
    the future or of possibility ("nothing will stop us from marching", "no one can prevent the workers from
    striking", "nothing would have stopped the rebels from shelling the town if ...") it is a vow, a forecast
    or a condition, and the act is not told as done (Quirk et al. 1985, 4.49-4.58 on the modals; PLOVER
    manual: events are interactions that happened). The profile's ``narrative_ability_modals`` ("could"), with
    no perfect after it, is the past of ability, told of a done failure. The modal is looked for on ``verb`` and
    on the verb it is the infinitive of ("no one will try to stop them").
    """
    verbs = [verb, verb.head] if verb.dep_ == "xcomp" and verb.head != verb else [verb]
    for v in verbs:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        for c in auxes:
            if c.lower_ not in lang.hypothetical_modals | lang.future_modals:
                continue
            if c.lower_ in lang.narrative_ability_modals and not any(a.lemma_.lower() == "have" for a in auxes):
                continue
            return c
    return None


def kept_from_preps(verb, lang: LanguageProfile) -> list:
    """The "from" phrases of a verb of keeping: on the verb, or on its object where the small parser hangs them.

    "Guards tried to stop inmates from setting fire to the dormitory": the parser may make "from setting"
    a modifier of "inmates", not of "stop"; the phrase is still the keeping's (Huddleston and Pullum 2002,
    ch. 14, "prevent NP from V-ing"). Profile ``kept_from_prepositions``.
    """
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in lang.kept_from_prepositions]


def kept_from_keeper(gerund, lang: LanguageProfile):
    """The verb of keeping (``kept_from_verbs``) of a gerund in one of its "from" phrases, or None.

    "stop the mob from looting shops", "stop the mob from looting." (the parser may make the bare gerund
    the preposition's object, not its clause) and "stop inmates from setting fire" with the phrase hung on
    the object (:func:`kept_from_preps`).
    """
    prep = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep":
        return None
    keeper = prep.head.head if prep.head.dep_ in ("dobj", "nsubjpass") else prep.head
    return keeper if keeper.lemma_.lower() in lang.kept_from_verbs and prep in kept_from_preps(keeper, lang) else None


def unrealised_by(head, lang: LanguageProfile):
    """The (certainty, cue, reason) of an event verb whose governor says its act was not done, or None.

    "failed to capture", "were unable to enter", "tried but failed to enter" (``failure_words``):
    negated; "has yet to enter", "are yet to seize" (``not_yet_adverbs`` on the governing "have" or
    "be"): not yet happened; "were prevented from capturing", "barred from entering"
    (``kept_from_verbs`` with a ``kept_from_prepositions`` gerund): negated, unless the keeping failed
    ("failed to stop rebels from capturing the town": they did). The governor is looked for up a chain
    of infinitives and subjectless conjuncts only ("has yet to enter and capture"): a relative clause
    ("have yet to identify the gunmen who killed five") states its own act. A negated verb of
    compulsion (``object_control_verbs``: "were not forced to open fire", "were never compelled to use
    tear gas") says nothing of the act it names: negated too, since "forced to" states the act only
    when the forcing happened (Karttunen 1971, 'Implicative verbs': "force" entails its complement,
    "not force" does not). Source: PLOVER manual (2021), events are interactions that happened; a
    failed, pending or prevented act did not.
    """
    verb = head
    for _ in range(4):
        gov = verb.head
        if gov == verb:
            return None
        unnegated = not any(c.dep_ == "neg" for c in gov.children)
        if verb.dep_ == "xcomp" and infinitive(verb):
            if gov.lemma_.lower() in lang.failure_words and unnegated:
                return "negated", gov, f"not done ('{gov.text}')"
            if gov.lemma_.lower() in lang.object_control_verbs and not unnegated:
                # "police were not forced to open fire": the compulsion is denied, the act not stated
                neg = next(c for c in gov.children if c.dep_ == "neg")
                return "negated", neg, f"not made to do it ('{neg.text} {gov.text} to')"
            yet = next((c for c in gov.children if c.dep_ == "advmod" and c.lower_ in lang.not_yet_adverbs), None)
            if yet is not None and unnegated:
                return "hypothetical", yet, f"not yet happened ('{gov.text} {yet.text} to')"
        if (keeper := kept_from_keeper(verb, lang)) is not None:
            if failed(keeper, lang) or unrealised_by(keeper, lang) is not None:
                if (modal := unrealised_keeping(keeper, lang)) is not None:
                    # "nothing will stop us from marching": a vow, not a march
                    return "hypothetical", modal, f"not told as done ('{modal.text} {keeper.text} {gov.text}')"
                return None  # "failed to stop rebels from capturing the town": the capture happened
            return "negated", keeper, f"kept from happening ('{keeper.text} {gov.text}')"
        if not (verb.dep_ == "xcomp" or verb.dep_ == "conj" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)) or gov.pos_ not in ("VERB", "AUX"):
            return None
        verb = gov
    return None


def declared_false(head, claim_noun, lang: LanguageProfile):
    """The adjective that declares the event's clause false, if any ("it is false that Mariupol was bombed").

    The clause is the that-clause of a copula ("it is untrue that the army shelled Kharkiv") or the content of a
    claim noun that is the copula's subject ("reports that troops shelled the town are untrue", "the claim that
    rebels burned the village is baseless"), and the copula's predicate adjective is a falsity adjective, or a
    truth adjective under negation ("it is not true that police beat protesters"). Such a sentence denies the
    act as "denied that" does (README, "Denials"; Quirk et al. 1985, 16.34 and 18.33, extraposed subject
    clauses). A falsity adjective before the claim noun ("the false claim that rebels attacked a convoy", "a
    baseless report that troops shelled Kharkiv") declares it false too. An approximate negator ("it is hardly false that ...": profile ``approximate_negators``) negates as
    "not" does, and a falsity that is itself denied ("nobody believes it is false that ...", "he did not say it
    was false that ...") denies nothing. Words: profile ``falsity_adjectives`` and ``truth_adjectives``.
    """
    clause = head
    for _ in range(3):  # a noun trigger is read through its clause: "it is not true that police beat protesters"
        if clause.pos_ in ("VERB", "AUX") or clause.head == clause:
            break
        clause = clause.head
    if claim_noun is not None and (false := next((a for a in claim_noun.children if a.dep_ == "amod" and (
            a.lemma_.lower() in lang.falsity_adjectives or a.lower_ in lang.falsity_adjectives)), None)) is not None:
        return false  # "repeated the false claim that Ukraine shelled Donetsk": the author calls it false
    if claim_noun is not None and claim_noun.dep_ in ("nsubj", "nsubjpass"):
        copula = claim_noun.head
    elif clause.dep_ in ("ccomp", "csubj") and clause.head.lemma_.lower() == "be" and clause.i > clause.head.i \
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.head.children):
        # extraposed: the that-clause follows "it is"; a clause before the copula is told on its own ("Troops
        # shelled Idlib; reports that civilians died are false")
        copula = clause.head
    else:
        return None
    governor = copula.head if copula.dep_ in ("ccomp", "xcomp") else None
    if governor is not None and (any(c.dep_ == "neg" for c in governor.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lang.negative_pronouns for c in governor.children)):
        return None  # "nobody believes it is false that troops shelled Idlib": the falsity itself is denied

    def negative(word) -> bool:  # "not true", "hardly false" (an approximate negator, Quirk et al. 1985, 10.61)
        return any(n.dep_ == "neg" or (n.dep_ == "advmod" and n.lower_ in lang.approximate_negators)
                   for n in word.children)

    negated = negative(copula)
    for c in copula.children:
        if c.dep_ not in ("acomp", "attr"):
            continue
        word = c.lemma_.lower()
        negated = negated or negative(c)
        if word in lang.falsity_adjectives and not negated:
            return c
        if word in lang.truth_adjectives and negated:
            return c
    return None


def falsity_teller(falsity, lang: LanguageProfile):
    """The reporting verb that tells a declaration of falsity, if any: its subject is the denier.

    "Claims that soldiers killed civilians in Bamako are false, the ministry said": the copula of ``falsity``
    (from :func:`declared_false`) is the clausal complement of a reporting verb (profile ``reporting_verbs``)
    that is not negated, so the ministry denies the killing (README, "Denials"). The claim noun itself is not
    the teller, even where it heads the clause ("Claims that ..."): it names what is denied, not who denies it.
    """
    copula = falsity.head if falsity.dep_ in ("acomp", "attr") else None
    if copula is None or copula.dep_ not in ("ccomp", "parataxis"):
        return None
    verb = copula.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lang.reporting_verbs or any(
            c.dep_ == "neg" for c in verb.children):
        return None
    return verb
