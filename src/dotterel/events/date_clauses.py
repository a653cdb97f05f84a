"""Whose a date is when it stands in a clause or phrase other than the event's own.

Split from :mod:`dotterel.events.dating` (which applies these tests in
:func:`~dotterel.events.dating.event_date`): a finite relative clause on a
noun has its own time; a passive label on the object ("a teacher who was
accused of spying on Saturday") has none; a relative clause on an attack noun
tells the attack's toll; a progressive one is going on at the main event; a
year or day before a noun deep in the object's phrase ("the organisers of the
12 June protest") names that noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .toll_cause import cause_kind

if TYPE_CHECKING:
    from ..lang import LanguageProfile


def _finite_relative(tok) -> bool:
    """A finite relative clause on a noun that is no date: "men who had attacked a shop".

    An infinitival relative ("a movement to demand the end") is the noun's
    purpose and shares its clause's time; a clause on a date ("on 3 June 2019,
    when the forces used gunfire") is at that date; a progressive one ("fired
    tear gas at students who were marching") is going on at the main event's
    time (TimeML: progressive aspect, an event that includes the other) and
    shares its date both ways.
    """
    if tok.dep_ != "relcl" or tok.head.ent_type_ in ("DATE", "TIME"):
        return False
    if _progressive_relative(tok):
        return False
    return tok.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in tok.children)


def _relative_clause_of(governor, head):
    """The relative clause verb that ``governor`` heads or sits in, when ``head`` is outside it; else None."""
    cur = governor
    for _ in range(6):
        if _finite_relative(cur):
            return None if head in cur.subtree else cur
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def _label_relative(governor, head, ent, lang: LanguageProfile) -> bool:
    """Whether a date closing the sentence sits in a passive label on the event's object, and so is the event's.

    "Soldiers killed a teacher who was accused of spying on Saturday": the
    parser hangs "on Saturday" in the relative clause; the clause labels the
    victim (profile ``date_label_verbs``: accused, suspected, believed) and
    tells no act of its own a report would date, so the day at the end of the
    sentence is the killing's (issue 16, a new user's report; TimeML: a stative
    modifier has no anchor of its own). Only for the object of the event's own
    verb and a date with nothing after it but punctuation; a label on the
    subject ("a man suspected of killing his wife on Saturday was arrested")
    keeps the date in its clause.
    """
    label = governor
    for _ in range(3):
        if label.dep_ in ("relcl", "acl"):
            break
        if label.head == label:
            return False
        label = label.head
    else:
        return False
    passive = label.tag_ == "VBN" and (label.dep_ == "acl" or any(c.dep_ == "auxpass" for c in label.children))
    if not passive or label.lemma_.lower() not in lang.date_label_verbs:
        return False
    if label.head.head != head or label.head.dep_ not in ("dobj", "nsubjpass"):
        return False
    sent = ent.root.sent
    return all(t.is_punct or t.is_space for t in ent.doc[ent.end : sent.end])  # a file's closing newline too


def _relative_on(head, noun, lang: LanguageProfile) -> bool:
    """Whether ``head`` is a relative clause on an attack ``noun`` or on the object of its preposition, not a pluperfect one.

    "Tuesday's bombing in Mogadishu, which killed 15 soldiers": the parser
    hangs the clause on the nearest noun ("Mogadishu"); the toll is the
    bombing's, told at its time. "..., which had been shelled for weeks" is
    earlier (TimeML: the past perfect sets a time before its host's). Only
    for a noun of a violent act (profile ``claimed_act_nouns``): "Sunday's
    funeral of a student who was shot" tells the shooting before the funeral.
    Not a clause with a date of its own (TimeML: a relative clause's event is
    anchored by its own timex), nor one on a person ("an attack on a soldier
    who killed a protester": the clause tells who the soldier is).
    """
    if head.dep_ != "relcl" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children) \
            or noun.lemma_.lower() not in lang.claimed_act_nouns \
            or any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree):
        return False
    host = head.head
    return host == noun or (host.dep_ == "pobj" and host.head.dep_ == "prep" and host.head.head == noun
                            and not any(t.tag_ in ("WP", "WP$") for t in head.subtree))


def _owned(noun, head, lang: LanguageProfile, date=None) -> bool:
    """Whether a number-like date before ``noun`` names that noun, deep in a phrase: "the organisers of the 12 June protest".

    After a preposition of the profile's ``date_owner_prepositions`` ("of")
    that does not hang on ``head``; or, with ``date`` (the date's token), on a
    subject or object of ``head`` whose determiner stands before the date:
    "the 2020 protesters were released on Friday", "freed the 2019 detainees"
    (the year tells which people, not when they were freed). "began during
    the 2020 election" (a time frame, not a side of the event) and the
    parser's "In [2014 protesters] stormed" (no determiner) keep the date as
    the event's, and so does a subject that is itself an event ("the 1984
    riots killed thousands": :func:`~dotterel.events.toll_cause.cause_kind`).
    """
    if date is not None and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head == head:
        if noun.dep_ != "dobj" and cause_kind(noun, lang=lang) is not None:
            return False  # "the 1984 riots killed thousands": the doer is an event of that year, the verb's too
        return any(c.dep_ in ("det", "poss") and c.i < date.i for c in noun.children)
    return noun.dep_ == "pobj" and noun.head.lower_ in lang.date_owner_prepositions and noun.head.head != head


def _progressive_relative(tok) -> bool:
    """A relative clause in the progressive: "protesters who were marching", "fans who were rioting"."""
    return tok.dep_ == "relcl" and tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)



def _participle_before(ent, head, lang: LanguageProfile):
    """The past participle clause on ``head``'s object that a date hung on ``head`` closes, else None.

    "Soldiers attacked a camp set up near Goma in 2019": when the participle
    clause has a phrase of its own ("near Goma"), the small model hangs the
    date that follows on the main verb, where the shorter "a camp set up in
    2019" has it in the clause. Both are read alike: the date stands right
    after the clause, with nothing between, so it may close the clause as well
    as the sentence (PP attachment is ambiguous). The caller lets a year or a
    month go to the clause, as it does for a label on the object
    (:func:`_label_relative`), and keeps a day for the event. Not a label that
    tells no act (profile ``date_label_verbs``: "a man suspected of theft"),
    whose date is the event's.
    """
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head != head:
        return None
    for obj in head.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.i > prep.i:
            continue
        for clause in obj.children:
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.i > obj.i \
                    and clause.lemma_.lower() not in lang.date_label_verbs \
                    and max(t.i for t in clause.subtree) + 1 == prep.i:
                return clause
    return None
