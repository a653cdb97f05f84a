"""Claim nouns: the "claims", "reports" or "allegations" whose content is an event, and what is done with them.

"rejecting opposition claims that live ammunition had been used": the act is the claim's content, denied with it;
"..., a claim the army rejected": the rejection is the author's report, not the claim's content. Split from
:mod:`dotterel.attribution` (its certainty and claimant rules call these); the words are the language profile's
(``claim_nouns``, ``claim_content_prepositions``, ``deny_claim_verbs``, ``reporting_verbs``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lang import LanguageProfile

__all__ = ["claim_comment", "content_claim_noun"]


def content_claim_noun(head, lang: LanguageProfile):
    """The noun ("claims", "reports") whose that-clause holds the event, if any.

    A relative clause on the noun a claim noun is about is the claim's
    content too ("denied the reports of a massacre that killed 200
    villagers": the killing is what the reports claim, and is denied with
    them; profile ``claim_content_prepositions``), as the that-clause is
    (Quirk et al. 1985, 17.26, appositive and 'of' complements of nouns of
    saying). So is a gerund in the noun's 'of' phrase, and every verb of its
    list ("rejected claims of torturing and killing prisoners", "dismissed
    reports of beating students": the acts are what the claims say).
    """
    cur = head
    for _ in range(4):
        if cur.head == cur or claim_comment(cur, lang):
            return None
        if cur.dep_ in ("acl", "ccomp", "relcl") and cur.head.lemma_.lower() in lang.claim_nouns and cur.head.pos_ == "NOUN":
            return cur.head
        about = cur.head
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and about.dep_ == "prep" \
                and about.lower_ in lang.claim_content_prepositions and about.head.pos_ == "NOUN" \
                and about.head.lemma_.lower() in lang.claim_nouns:
            return about.head  # "claims of torturing prisoners"
        if cur.dep_ == "relcl" and about.dep_ == "pobj" and about.head.lower_ in lang.claim_content_prepositions \
                and about.head.head.lemma_.lower() in lang.claim_nouns and about.head.head.pos_ == "NOUN":
            return about.head.head
        if cur.dep_ not in ("conj",):
            return None
        cur = cur.head
    return None


def claim_comment(verb, lang: LanguageProfile) -> bool:
    """Whether ``verb`` heads a relative clause that takes a claim noun as its object: "a claim the army rejected".

    Such a clause says what someone did with the claim (rejected, denied,
    repeated it); it is told by the author, not the claim's content, and not
    the content of the statement the claim noun stands beside ("The tribal
    group said soldiers killed five herders, a claim the army rejected": the
    army's rejection is the author's report, not the tribal group's). A content
    clause has its own object or clause, or a verb that takes no claim
    ("claims soldiers fired"); the gap of the relative clause is its object
    (Quirk et al. 1985, 17.26: appositive clauses versus relative clauses on
    nouns of saying). Verbs: profile ``deny_claim_verbs`` and ``reporting_verbs``.
    """
    return (verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in lang.claim_nouns
            and (verb.lemma_.lower() in lang.deny_claim_verbs or verb.lemma_.lower() in lang.reporting_verbs)
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                        for c in verb.children))  # "which" as object is the gap itself
