"""Whether an event's doer is one person rather than a group (part of ``acled.v1``).

ACLED codes a mob's act (Mob violence, Violent demonstration) with rioters,
Inter Code 5; one person is no mob (ACLED Codebook 2023). Kept apart from
:mod:`dotterel.events.acled` so that the actor stages can read it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import Actor

__all__ = ["one_member_of_public", "one_person"]


def one_person(ctx, actor: Actor | None) -> bool:
    """Whether ``actor`` is one person: named ("Musa Bello"), or a role the text names by a singular noun.

    "A teacher beat a pupil", "a journalist set fire to ...": a role
    (``how`` "role"...) whose phrase head is a singular common noun that is
    no protester, crowd or group noun (the profile's ``protester_nouns``,
    ``crowd_nouns`` and ``people_group_nouns``: "a mob" is many), whatever
    its sector. One person is no mob of rioters (ACLED Codebook 2023: Mob
    violence is by a group).

    Parameters
    ----------
    ctx : DocContext
        The document (its parse, offsets and language profile).
    actor : Actor | None

    Returns
    -------
    bool
    """
    if actor is None or actor.span is None:
        return False
    if actor.kind == "person":
        return True
    if not (actor.how or "").startswith("role"):
        return False
    at = ctx.token_by_original_start.get(actor.span.start)
    if at is None:
        return False
    phrase = [t for t in ctx.doc[at:] if ctx.offsets.to_original(t.idx) < actor.span.end]
    head = next((t for t in phrase if t.head not in phrase or t.head == t), None)
    lemma = head.lemma_.lower() if head is not None else ""
    return head is not None and head.tag_ == "NN" and lemma not in ctx.lang.protester_nouns \
        and lemma not in ctx.lang.crowd_nouns and lemma not in ctx.lang.people_group_nouns


def one_member_of_public(ctx, actor: Actor | None) -> bool:
    """Whether ``actor`` is one person the text names only as a member of the public: "A woman", "a resident".

    A role of the public (sector CVL, ``how`` "role"...) whose phrase head is
    a singular common noun that is no protester, crowd or group noun (the profile's
    ``protester_nouns``, ``crowd_nouns`` and ``people_group_nouns``: "a mob" is many). One person is
    no mob of rioters (ACLED Codebook 2023: Civilians; Mob violence).

    Parameters
    ----------
    ctx : DocContext
        The document (its parse, offsets and language profile).
    actor : Actor | None

    Returns
    -------
    bool
    """
    return actor is not None and actor.sector == "CVL" and (actor.how or "").startswith("role") \
        and one_person(ctx, actor)
