"""Killed figures that a sentence states with no number: one victim named, or victims in the plural.

"A person was killed in police firing", "police shot dead a suspected
robber", "the people killed in police firing", "people died in police
firing": the text says that someone died, though it writes no figure, so
:func:`dotterel.counts.extract_counts` (which reads number phrases) finds
none. A toll is still a toll (PLOVER manual 0.8: an event's ``dead``
field is the number of people killed; ACLED codebook 2023: fatalities are
recorded "as the lowest, most conservative" figure the reports support):

* one person named as the victim (a singular person noun with "a", "an",
  "the", "another" or "this", or a person's name) is ``best=1``, and a
  list of such people their number ("a policeman and a soldier": 2);
* people in the plural with no number or quantifier ("people", "the
  villagers", "its residents", "men and boys") are a killed count with no
  figure at all (``low``, ``best``, ``high`` None), ``approximate=True``,
  ``vague`` the noun as written, with no estimate: the text says people
  died and gives no number, so none is written (ACLED codebook 2023:
  fatalities are the figure the reports give; "killed 2" from "murdered
  its own children" was read as a figure by users, nu23); so are people
  with a determiner that says more than one and no number ("several
  farmers", "many villagers"; profile ``some_people_determiners``).

The victim is the object or passive subject of a killing verb, the subject
of a dying verb (profile ``patient_verbs`` and ``subject_verbs`` of kind
``killed``), or the noun a reduced or relative clause of either modifies
("people killed in ...", "people who died in ..."). A verb that is negated
or under a modal ("would be killed", "no one was killed") states no death,
and a sentence that already has a killed figure keeps only that figure.

The abducted are read the same way ("gunmen abducted an opposition
activist": 1, "kidnapped a priest and a seminarian": 2; profile
``patient_verbs`` of kind ``abducted``): an abduction states its victims
as a killing does (ACLED codebook 2023, "Abduction/forced disappearance").

Dead who only describe the doers of another act ("the families of people
killed in the riots protested", "relatives of the man killed in police
firing blocked the highway": the object of a preposition of the clause's
subject, a noun that is not a part or a number of them, profile
``partitive_nouns``)
and dead of a year before the report's ("people killed in the 1984
riots") are the background of another event, whose toll they are not
(ACLED codebook 2023: fatalities are those of the event coded), so they
add nothing either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dotterel.records import Count, Span

if TYPE_CHECKING:  # spaCy is only needed for type hints here
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from dotterel.lang import LanguageProfile

__all__ = ["victim_counts"]

_KILLED = "killed"
_KINDS = (_KILLED, "abducted")
"""The kinds a victim with no number is counted for: the killed, and the abducted ("abducted an activist": 1)."""


def _killing(tok: Token, lang: LanguageProfile) -> tuple[str, str] | None:
    """The role (``"patient"`` or ``"subject"``) and the kind when ``tok`` is a verb of killing, dying or abducting."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    if lang.patient_verbs.get(lemma) in _KINDS:
        return "patient", lang.patient_verbs[lemma]
    if lang.subject_verbs.get(lemma) == _KILLED:
        return "subject", _KILLED
    if lemma == "shoot" and _shot_dead(tok):
        return "patient", _KILLED  # "shot dead a robber", "was shot dead", "shot a student dead"
    return None


def _shot_dead(verb: Token) -> bool:
    """Whether "dead" is the result of ``verb``: on the verb ("shot dead", "shot a man dead") or after its object."""
    if any(c.lower_ == "dead" for c in verb.children):
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # "shot a 17-year-old student dead": the parser hangs the result on the object, after it
    return obj is not None and any(c.lower_ == "dead" and c.i > obj.i for c in obj.children)


def _unrealised(verb: Token) -> bool:
    """A negated verb or one under a modal states no death ("were not killed", "could die")."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _victim(verb: Token, role: str) -> Token | None:
    """The noun that names who was killed or died, by the verb's shape."""
    wanted = ("dobj", "nsubjpass") if role == "patient" else ("nsubj",)
    for c in verb.children:
        if c.dep_ in wanted and c.tag_ not in ("WP", "WDT"):
            return c
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and role == "patient":
        return verb.head  # "the people killed in police firing"
    if verb.dep_ == "relcl" and any(c.dep_ in wanted and c.tag_ in ("WP", "WDT") for c in verb.children):
        return verb.head  # "people who died in police firing"
    if role == "patient" and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        # "beat and abducted an activist": the object the parser gives the first verb is the second's too
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i > verb.i and c.tag_ not in ("WP", "WDT")),
                    None)
    return None


def _named_for_another(noun: Token, lang: LanguageProfile) -> bool:
    """Whether ``noun`` is in a preposition's phrase of a clause's subject ("families of people killed protested")."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    owner = noun.head.head
    if owner.pos_ not in ("NOUN", "PROPN") or owner.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # "most of the people killed were young men", "sixty per cent of the people who died", "two of the men
    # killed": a part of the dead, or a number of them, is still the dead
    words = {owner.lemma_.lower(), owner.lower_, owner.doc[max(owner.i - 1, 0):owner.i + 1].text.lower()}
    return not (words & lang.partitive_nouns) and not any(c.like_num or c.dep_ == "nummod" for c in owner.children)


def _of_an_earlier_year(verb: Token, before_year: int | None) -> bool:
    """Whether the killing clause names a year before ``before_year`` (any year when it is ``None``)."""
    for t in verb.subtree:
        if t.ent_type_ == "DATE" and t.is_digit and len(t.text) == 4:
            if before_year is None or int(t.text) < before_year:
                return True
    return False


def _is_person(noun: Token, lang: LanguageProfile) -> bool:
    if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in lang.person_nouns or noun.lower_ in lang.person_nouns
                                    or noun.lemma_.lower() in lang.security_nouns)


def _figure(noun: Token, lang: LanguageProfile) -> dict | None:
    """``best=1`` for one person, no figure for a bare plural, ``None`` when the words say neither."""
    if any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in noun.children):
        return None  # a number the count reader handles
    one = lang.one_person_determiners
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "predet") and c.lower_ in
            one | lang.quantity_determiners]
    if noun.pos_ == "PROPN":
        return {"best": 1}
    if noun.tag_ == "NN":
        return {"best": 1} if dets and all(d in one for d in dets) else None
    if noun.tag_ == "NNS" and all(d == "the" for d in dets):
        return {"approximate": True, "vague": noun.text,
                "reason": f"'{noun.text}' in the plural: people died, and the text gives no figure"}
    some = [c for c in noun.children if c.dep_ in ("det", "amod") and c.lower_ in lang.some_people_determiners]
    if noun.tag_ == "NNS" and len(dets) == 1 and len(some) == 1:  # "several farmers": more than one, no figure
        words = noun.doc[some[0].i:noun.i + 1].text
        return {"approximate": True, "vague": words,
                "reason": f"'{words}': people died, and the text gives no figure (none is assumed for '{some[0].text}')"}
    return None


def _listed_people(noun: Token, lang: LanguageProfile) -> tuple[int, Token] | None:
    """The number of people a list of single victims names, and its last noun: "a policeman and a soldier" -> 2.

    Each conjunct must itself be one person (:func:`_figure` ``best=1``); a conjunct with a number or a
    plural leaves the list to the count reader (:func:`dotterel.counts.extract_counts` sums "two soldiers
    and a civilian"), and a thing ("a soldier and his car") to nobody: None.
    """
    conjuncts = [c for c in noun.conjuncts if c.i > noun.i]
    if not conjuncts or not all(_is_person(c, lang) and _figure(c, lang) == {"best": 1} for c in conjuncts):
        return None
    return 1 + len(conjuncts), conjuncts[-1]


def victim_counts(sent: SpacySpan, counts: list[Count], *, to_span: Callable[[int, int], Span],
                  lang: LanguageProfile, year: int | None = None) -> list[Count]:
    """The killed and abducted figures ``sent`` states with no number (module docstring), given its counts ``counts``.

    Parameters
    ----------
    sent : spacy.tokens.Span
    counts : list of Count
        The counts :func:`dotterel.counts.extract_counts` found in ``sent``;
        a kind one of them already has (killed, abducted) adds nothing.
    to_span : callable
        Doc character offsets to an original-text :class:`~dotterel.records.Span`.
    lang : LanguageProfile
    year : int, optional
        The report's year of publication: a killing clause that names an
        earlier year adds nothing (with no year known, any year named).

    Returns
    -------
    list of Count
        At most one per victim noun, in text order.
    """
    stated = {c.kind for c in counts}
    out: list[Count] = []
    seen: set[int] = set()
    for tok in sent:
        found = _killing(tok, lang)
        if found is None or found[1] in stated or _unrealised(tok) or _of_an_earlier_year(tok, year):
            continue
        role, kind = found
        noun = _victim(tok, role)
        if noun is None or noun.i in seen or not _is_person(noun, lang) or _named_for_another(noun, lang):
            continue
        figure = _figure(noun, lang)
        if figure is None:
            continue
        seen.add(noun.i)
        left = min((c.left_edge.i for c in noun.children if c.i < noun.i), default=noun.i)
        start, end = sent.doc[left].idx, noun.idx + len(noun.text)
        listed = _listed_people(noun, lang) if figure == {"best": 1} else None
        if listed is not None:
            figure, last = {"best": listed[0]}, listed[1]
            end = last.idx + len(last.text)
            seen.update(c.i for c in noun.conjuncts)
        out.append(Count(kind=kind, span=to_span(start, end), **figure))
    return out
