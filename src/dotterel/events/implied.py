"""Stage ``detect.implied.v1``: protests stated only as the target of a police action.

"Security forces broke up a student march in Dhaka", "Police did not open fire
on the crowd of several thousand protesters": the march and the crowd took
place even when the police action is negated, so a careful coder records a
PROTEST (demo) by the marchers (PLOVER manual, PROTEST: a demonstration is
coded whether or not it was dispersed). The people alone ("did not beat the
demonstrators", "never beat or detained the marchers") state no protest when
the act against them is denied and no act in the sentence is done: the text
says nothing happened to them ("did not kill the demonstrators but wounded
five of them" keeps the protest). The protest noun is the trigger; its
compound or "of" phrase gives the protesters. A two-sided clash with
protesters ("clashed with stone-throwing protesters") is itself the protest
turned violent and is retyped PROTEST riot first (:func:`clashes_as_riots`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..attribution_frames import criticised_past_act, negative_argument
from ..attribution_lists import list_first, list_negation
from ..records.coded import EventCandidate
from .agents import undertaken_by
from .objects import hyphen_part, hyphenated_word, partitive_of
from .syntax import names_a_date
from .vetoes import campaign_gathering
from .syntax import prep_objects as _prep_objects

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["implied_protests", "clashes_as_riots", "ImpliedProtestDetector"]


def _riot_words(lang: LanguageProfile) -> re.Pattern:
    """The profile's ``riot_modifiers`` as whole words: "violent" is not found in "non-violent"."""
    words = "|".join(re.escape(w) for w in lang.riot_modifiers)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


def _lethal_words(lang: LanguageProfile) -> re.Pattern:
    """The ACLED lethal-force and serious-injury phrases as whole words, ignoring case.

    The profile's ``acled_lethal_phrases`` and ``acled_serious_injury_phrases``, the ACLED typer's own.
    """
    words = "|".join(f"(?:{w})" for w in (*lang.acled_lethal_phrases, *lang.acled_serious_injury_phrases))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def _killed_at_their_protest(noun, lang: LanguageProfile) -> bool:
    """Whether protesters named as people are the victims of lethal force in their own clause.

    "Three protesters were killed in clashes with police", "police shot dead two
    demonstrators": ACLED records one event, *Excessive force against
    protesters*, which is itself a Protests event (ACLED Codebook 2023, Protests:
    "excessive force against protesters" and "protest with intervention" are
    single events that include the demonstration). The ASSAULT carries that
    sub-event and the toll; a PROTEST implied from the victims' noun would
    count the same demonstration twice. An event noun ("the march", "a crowd
    of protesters") still names the protest itself and is not read here. Only
    the clause's own words count: a death in a clause of its own ("after a
    gunman killed a policeman") or in a relative clause ("protesters who were
    demanding justice for a student shot dead last week") is not force
    against these protesters (:func:`_own_words`).
    """
    if noun.lemma_.lower() not in lang.protester_nouns and noun.lower_ not in lang.protester_nouns:
        return False
    clause = noun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    lethal = lang.derived("implied.lethal", _lethal_words)
    return bool(lethal.search(_own_words(clause)))


def _own_words(clause) -> str:
    """The clause's words without its subordinate clauses that have a subject, a conjunction or a noun to modify.

    "fired tear gas at protesters, killing three" keeps its subjectless toll
    participle; "after a gunman killed a policeman" (``advcl`` with a subject
    and "after") and "who were demanding justice for a student shot dead"
    (``relcl``) are left out, as are nouns' participle clauses ("a man killed
    in custody", ``acl``).
    """
    left_out: set[int] = set()
    for tok in clause.subtree:
        if tok == clause or tok.i in left_out:
            continue
        own = tok.dep_ in ("relcl", "acl", "ccomp") or tok.dep_ == "advcl" and any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
        if own:
            left_out.update(t.i for t in tok.subtree)
    return " ".join(t.text for t in clause.subtree if t.i not in left_out)


def _denied_act(head, lang: LanguageProfile) -> bool:
    """Whether the text says the act of clause head ``head`` did not happen.

    "did not beat the demonstrators", "never beat or detained the marchers" (a negated list,
    :func:`~dotterel.attribution_lists.list_negation`), "not a single protester was beaten" (a negative
    subject or object, :func:`~dotterel.attribution_frames.negative_argument`); the same negations attribution
    drops the act for (README, "Negation"). A criticised past act ("should never have beaten them") took place.
    """
    first = list_first(head, lang)
    if criticised_past_act(head, lang) or (first is not None and criticised_past_act(first, lang)):
        return False
    return any(c.dep_ == "neg" or negative_argument(c, lang) for c in head.children) \
        or list_negation(head, lang) is not None


def implied_protests(candidates: list[EventCandidate], doc, *, lang: LanguageProfile) -> list[EventCandidate]:
    """The PROTEST candidates implied by the police actions of one sentence.

    Parameters
    ----------
    candidates : list of EventCandidate
        The sentence's candidates so far, including ones attribution will
        drop (a negated "did not open fire on the crowd" still implies the
        crowd).
    doc : spacy.tokens.Doc
        The parse the candidates' token indices point into.
    lang : LanguageProfile
        Its ``protest_nouns`` (the targets that imply a protest),
        ``protest_event_nouns`` (the ones that name the event, not the
        people) and ``crowd_nouns`` (a protest only with "of protesters").

    Returns
    -------
    list of EventCandidate
        One PROTEST (``demo``, or ``riot`` when the noun's modifiers say the
        protesters were violent: ``riot_modifiers``) candidate per protest noun targeted by an
        ASSAULT, or by an arrest of a protest event ("arrested 12
        protesters" does not by itself say a protest took place); none when
        the sentence already has a PROTEST.
    """
    if any(c.event_type == "PROTEST" for c in candidates):
        return []
    # the event nouns, the crowd and the people who march
    protest_nouns = lang.protest_event_nouns | lang.crowd_nouns | lang.protester_nouns
    out: list[EventCandidate] = []
    seen: set[int] = set()
    for cand in candidates:
        if cand.event_type not in ("ASSAULT", "COERCE"):
            continue
        head = doc[cand.head]
        nouns = ([doc[cand.obj]] if cand.obj is not None else []) + [doc[i] for i in cand.recipients]
        nouns += [p for c in head.children if c.dep_ == "prep" and c.lower_ in lang.target_prepositions
                  for p in c.children if p.dep_ == "pobj"]
        for noun in nouns:
            lemma = noun.lemma_.lower()
            if lemma not in protest_nouns and noun.lower_ not in protest_nouns or noun.i in seen:
                continue
            if names_a_date(noun):
                continue  # "captured in Helmand on March 4": the month, not a march
            if campaign_gathering(noun, lang):
                continue  # "shot dead at a campaign rally", "a bomb at an election rally": no protest
            if cand.event_type == "ASSAULT" and _killed_at_their_protest(noun, lang):
                continue  # "three protesters were killed": ACLED's one Excessive force event, the ASSAULT
            if lemma in lang.crowd_nouns and not any(
                p.lemma_.lower() in protest_nouns for p in _prep_objects(noun, "of")
            ):
                continue  # a crowd is a protest only when the text says of whom ("of protesters")
            if (lemma in lang.protester_nouns or noun.lower_ in lang.protester_nouns) and _denied_act(head, lang) \
                    and all(_denied_act(doc[c.head], lang) for c in candidates if c.event_type == "ASSAULT"):
                # "did not beat the demonstrators": the people's only act here is denied, no protest stated; "did
                # not kill the demonstrators but wounded five of them": a done act against them keeps it
                continue
            if cand.event_type == "COERCE" and (cand.mode != "arrest" or lemma not in lang.protest_event_nouns):
                # a banned or prevented march never happened
                continue
            seen.add(noun.i)
            actor = noun
            compounds = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
            of = _prep_objects(noun, "of") or undertaken_by(noun, lang)  # "a rally organised by the opposition"
            if compounds:
                actor = compounds[0]
            elif of:
                actor = of[0]
            elif lemma in lang.protest_event_nouns or lemma in lang.crowd_nouns:
                actor = None
            # "stone-throwing protesters": the protesters' own violence makes the protest a riot (PLOVER PROTEST riot)
            before = noun.doc[noun.left_edge.i:noun.i].text.lower()
            mode = "riot" if lang.derived("implied.riot", _riot_words).search(before) else "demo"
            out.append(EventCandidate(
                sentence=cand.sentence, trigger=noun.i, head=noun.i, actor=actor.i if actor is not None else None,
                event_type="PROTEST", mode=mode, recipient_slot=False, implied=True, detector="implied.v1",
            ))
    return out


def _protester(tok, lang: LanguageProfile) -> bool:
    """Whether a side is protesters (profile ``protester_nouns``), read as its whole hyphenated word.

    A "counter-protester" is the other side of a clash with protesters, not one of them.
    """
    word = hyphenated_word(tok)
    if word != tok.lower_:
        return word in lang.protester_nouns
    return tok.lemma_.lower() in lang.protester_nouns or tok.lower_ in lang.protester_nouns


def clashes_as_riots(candidates: list[EventCandidate], doc, *, lang: LanguageProfile) -> list[EventCandidate]:
    """The sentence's candidates, a two-sided clash with protesters retyped as the protest turned violent.

    "Security forces clashed with stone-throwing protesters", "protesters
    scuffled with police": the clash is the demonstration turned violent, one
    event (ACLED codebook 2023, Riots / Violent demonstration: demonstrators
    engage in violence, including clashes with security forces; PLOVER
    manual, PROTEST riot), not an ASSAULT beside a protest. The protesters
    are the actor, the other side (police, troops, counter-protesters) the
    recipient. Only verbs of two-sided violence (profile ``two_sided_verbs``)
    are read so: one-sided force against protesters ("police fired tear gas
    at protesters") stays an ASSAULT.

    Parameters
    ----------
    candidates : list of EventCandidate
        One sentence's candidates.
    doc : spacy.tokens.Doc
    lang : LanguageProfile
        Its ``two_sided_verbs``, ``clash_party_prepositions`` and ``protester_nouns``.

    Returns
    -------
    list of EventCandidate
        The same candidates in order, each such clash replaced by a PROTEST
        ``riot`` candidate on the same trigger.
    """
    out = []
    for cand in candidates:
        trig = doc[cand.trigger]
        if cand.event_type != "ASSAULT" or cand.toll or trig.pos_ != "VERB" \
                or trig.lemma_.lower() not in lang.two_sided_verbs:
            out.append(cand)
            continue
        sides = ([doc[cand.actor]] if cand.actor is not None else []) + [doc[i] for i in cand.recipients]
        sides += [p for c in trig.children if c.dep_ == "prep" and c.lower_ in lang.clash_party_prepositions
                  for p in c.children if p.dep_ == "pobj"]
        # "counter-protesters", which the parser may split into three objects: the word, at its last part
        sides = [t for t in sides if not hyphen_part(t)]
        # "hundreds of demonstrators": a number or amount of people is read through its "of" phrase
        sides = [next(iter(_prep_objects(t, "of")), t) if t.lower_ in lang.partitive_nouns
                 else partitive_of(t, lang.partitive_nouns) or t for t in sides]
        protesters = next((t for t in sides if _protester(t, lang)), None)
        if protesters is None:
            out.append(cand)
            continue
        others = tuple(dict.fromkeys(t.i for t in sides if not _protester(t, lang)))
        out.append(cand.model_copy(update={"event_type": "PROTEST", "mode": "riot", "cameo": None, "obj": None,
                                           "actor": protesters.i, "recipients": others}))
    return out


class ImpliedProtestDetector:
    """Stage ``detect.implied.v1``: adds :func:`implied_protests` to each sentence's candidates.

    Parameters
    ----------
    resources : dotterel.pipeline.context.Resources
        Unused; every stage is built from the resources.
    """

    name = "detect.implied.v1"
    requires = ("ctx.candidates",)
    provides = ("ctx.candidates",)

    def __init__(self, resources=None) -> None:
        pass

    def __call__(self, ctx) -> None:
        """Add the implied protests of each sentence to its candidates."""
        for slot in ctx.sentences:
            slot.candidates[:] = clashes_as_riots(slot.candidates, ctx.doc, lang=ctx.lang)
            slot.candidates.extend(implied_protests(slot.candidates, ctx.doc, lang=ctx.lang))
