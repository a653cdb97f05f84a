"""What a toll with no doer names as its cause: a riot, a protest, a period of unrest, a fight or an act.

"The riots in Dhaka killed three people", "Four people were killed in
rioting", "Two nights of rioting left four dead", "Protests in Lagos left
three dead", "The unrest has killed 12 people", "The attack on the market
killed 12 civilians": the subject of the toll verb, or the object of its
"in", "during", "amid" or "because of", is an event noun, not a doer. Its
words are then no side of the event (the market of "the attack on the
market" is no civilian attacker), and the kind of event it names settles, or
refuses to settle, the ACLED sub-event type of the toll (ACLED Codebook 2023:
the fatalities of a riot are the riot's, Violent demonstration; a summary
toll of protests or of a period of unrest names no doer, so no sub-event
type; see :func:`dotterel.events.acled.acled_sub_event`).

The nouns are the language profile's: ``riot_toll_nouns``, ``protest_event_nouns``
(with a ``riot_modifiers`` word before it, "violent protests", a riot),
``unrest_toll_nouns``, ``clash_nouns`` (``melee_clash_nouns`` with no
``armed_clash_modifiers`` word), ``agent_means_nouns`` and
``claimed_act_nouns``; the prepositions ``toll_scene_prepositions`` and
``toll_cause_prepositions``; a span of time ("two nights of rioting",
profile ``date_unit_nouns``) stands for its "of" object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..lang import LanguageProfile

__all__ = ["cause_kind", "cause_sides", "toll_cause"]


def cause_kind(noun: Token, *, lang: LanguageProfile) -> str | None:
    """The kind of event a noun names as a toll's cause, or None when it names none.

    Parameters
    ----------
    noun : spacy.tokens.Token
        The head of a subject or prepositional object.
    lang : LanguageProfile, keyword-only

    Returns
    -------
    str | None
        ``"riot"``, ``"protest"``, ``"unrest"``, ``"clash"`` (armed combat:
        "fighting", "a gunbattle", "armed clashes"), ``"melee"`` (a clash of
        no armed kind named, profile ``melee_clash_nouns``: a battle or a
        riot) or ``"act"`` (an attack, raid, shooting...); None for any other
        noun (a doer).
    """
    noun = _member(noun, lang=lang)
    low, lemma = noun.lower_, noun.lemma_.lower()
    if low in lang.riot_toll_nouns or lemma in lang.riot_toll_nouns:
        return "riot"
    if lemma in lang.protest_event_nouns or low in lang.protest_event_nouns:
        before = " ".join(t.lower_ for t in noun.lefts)
        return "riot" if any(m in before for m in lang.riot_modifiers) else "protest"
    if low in lang.unrest_toll_nouns or lemma in lang.unrest_toll_nouns:
        return "unrest"
    if low in lang.melee_clash_nouns or lemma in lang.melee_clash_nouns:
        # "violent clashes", "skirmishes": a battle or a street fight with police, unless armed words say which
        armed = any(c.dep_ in ("amod", "compound") and c.lower_ in lang.armed_clash_modifiers for c in noun.children)
        return "clash" if armed else "melee"
    if low in lang.clash_nouns or lemma in lang.clash_nouns:
        return "clash"
    if lemma in lang.agent_means_nouns or lemma in lang.claimed_act_nouns:
        return "act"
    return None


def cause_sides(noun: Token | None, *, lang: LanguageProfile) -> Token | None:
    """The first side a cause noun names by a clash-side preposition, or None.

    "Fighting between rival fans left two people dead", "communal riots between Hindus and Muslims killed
    five", "three people were killed in clashes with police": a fight or riot that names its sides (the
    profile's ``clash_side_prepositions``) names the toll's sides, which settle its sub-event type (fans are
    no armed side: ACLED Codebook 2023, Armed clash needs armed, organised actors on both sides).

    Parameters
    ----------
    noun : spacy.tokens.Token | None
        A cause noun (:func:`toll_cause`'s second value).
    lang : LanguageProfile, keyword-only

    Returns
    -------
    spacy.tokens.Token | None
        The head of the first side's phrase (its conjuncts are the other sides).
    """
    if noun is None:
        return None
    for n in dict.fromkeys((noun, _member(noun, lang=lang))):
        for p in n.children:
            if p.dep_ == "prep" and p.lower_ in lang.clash_side_prepositions:
                for o in p.children:
                    if o.dep_ == "pobj":
                        return o
    return None


def _member(noun: Token, *, lang: LanguageProfile) -> Token:
    """"two nights of rioting": a span of time stands for its "of" object."""
    if noun.lower_ in lang.date_unit_nouns:
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ == "pobj":
                        return o
    return noun


def toll_cause(trigger: Token, *, lang: LanguageProfile) -> tuple[str | None, Token | None]:
    """The kind of event a toll verb names as its cause, and the noun that names it.

    Read from the trigger's active subject ("the riots killed three"), else,
    when the subject is the victim (a passive, or a bare death verb of the
    profile's ``bare_death_verbs``: "three people died"), from the object of
    its scene or cause preposition ("were killed in rioting", "died because
    of the protests").

    Parameters
    ----------
    trigger : spacy.tokens.Token
        The toll's trigger (a verb: "killed", "left", "died").
    lang : LanguageProfile, keyword-only

    Returns
    -------
    kind : str | None
        As :func:`cause_kind`; None when the toll names no cause.
    noun : spacy.tokens.Token | None
        The noun that names it (for a subject, the subject's head).
    """
    if trigger.pos_ not in ("VERB", "AUX"):
        return None, None
    for s in trigger.children:
        if s.dep_ == "nsubj":
            kind = cause_kind(s, lang=lang)
            if kind:
                return kind, s
            if trigger.lemma_.lower() not in lang.bare_death_verbs:
                return None, None  # "assailants killed three during the unrest": the subject is the doer
    # "three people died in riots", "four were killed in rioting": the subject is the victim
    for p in trigger.children:
        if p.dep_ != "prep" or (p.lower_ not in lang.toll_scene_prepositions
                                and p.lower_ not in lang.toll_cause_prepositions):
            continue
        # "because of the protests": the object hangs on "of"
        objects = [o for o in p.children if o.dep_ == "pobj"] + [
            o for c in p.children if c.dep_ in ("pcomp", "prep") for o in c.children if o.dep_ == "pobj"]
        for o in objects:
            kind = cause_kind(o, lang=lang)
            if kind:
                return kind, o
    return None, None
