"""The ACLED word lists of the language profile, compiled once per profile for :mod:`dotterel.events.acled`.

Split from :mod:`dotterel.events.acled` by job: these are the patterns its rules match (ACLED Codebook 2023
wording, ``acled_*_phrases`` of ``lang/en/profile.json``); the rules stay there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["AcledWords"]


def _words(phrases, not_after=(), guarded=()) -> re.Pattern:
    """Whole words of ``phrases``; those that match a word of ``guarded`` not right after a word of ``not_after``.

    "a campaign rally" is no protest, "election protesters" are protesters: only the gathering nouns
    (profile ``partisan_gathering_nouns``) take the guard of ``non_protest_gathering_modifiers``.
    """
    nouns = list(guarded)
    kept = [p for p in phrases if not any(re.fullmatch(p, n, re.IGNORECASE) for n in nouns)]
    watched = [p for p in phrases if p not in kept]
    alternatives = ["(?:" + "|".join(kept) + ")"] if kept else []
    if watched:
        guards = "".join(f"(?<!{re.escape(m)} )" for m in not_after)
        alternatives.append(guards + "(?:" + "|".join(watched) + ")")
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class AcledWords:
    """The language profile's ACLED word lists (``acled_*_phrases``), compiled once per profile."""

    weapons: tuple[tuple[str, re.Pattern], ...]  # in the codebook's order of precedence
    clash: re.Pattern
    intervention: re.Pattern
    lethal: re.Pattern
    serious: re.Pattern
    riot: re.Pattern
    mob: re.Pattern
    protesters: re.Pattern
    protesting: re.Pattern
    civilians: re.Pattern
    gunmen: re.Pattern
    state: re.Pattern
    unidentified: re.Pattern
    crowd: re.Pattern
    crowd_clash: re.Pattern
    firefight: re.Pattern
    armed_members: re.Pattern
    followers: re.Pattern
    riot_weapons: re.Pattern
    territory: re.Pattern
    weapons_seized: re.Pattern
    agreement: re.Pattern
    nonviolent: re.Pattern
    withdrawal: re.Pattern
    ceded: re.Pattern
    base: re.Pattern
    civil_camp: re.Pattern
    change: re.Pattern
    group: re.Pattern
    coup: re.Pattern
    less_lethal: re.Pattern
    taking: re.Pattern
    foiled: re.Pattern
    theft: re.Pattern
    cause: re.Pattern
    rioters: re.Pattern
    unrest_gangs: re.Pattern
    sponsored: re.Pattern
    armed: re.Pattern
    community: re.Pattern
    storming: re.Pattern
    regaining: re.Pattern
    settlement: re.Pattern
    control_taken: re.Pattern
    government: re.Pattern

    @classmethod
    def build(cls, lang: LanguageProfile) -> AcledWords:
        """Compile the profile's ``acled_*_phrases`` (one call per profile: ``lang.derived``)."""
        return cls(
            weapons=tuple((sub, _words(phrases)) for sub, phrases in lang.acled_weapon_phrases.items()),
            clash=_words(lang.acled_clash_phrases + lang.acled_firefight_phrases),
            firefight=_words(lang.acled_firefight_phrases),
            intervention=_words(lang.acled_intervention_phrases),
            lethal=_words(lang.acled_lethal_phrases),
            serious=_words(lang.acled_serious_injury_phrases),
            riot=_words(lang.acled_riot_phrases),
            mob=_words(lang.acled_mob_phrases),
            protesters=_words(lang.acled_protester_phrases, not_after=lang.non_protest_gathering_modifiers,
                              guarded=lang.partisan_gathering_nouns),
            protesting=_words(lang.acled_protesting_phrases),
            civilians=_words(lang.acled_civilian_phrases),
            gunmen=_words(lang.acled_gunmen_phrases),
            state=_words(lang.acled_state_force_phrases),
            unidentified=_words(lang.acled_unidentified_phrases),
            crowd=_words(lang.acled_crowd_phrases),
            crowd_clash=_words(lang.acled_crowd_clash_phrases),
            followers=_words([re.escape(n) + "s?" for n in lang.party_follower_nouns
                              if n not in lang.acled_armed_member_nouns]),
            armed_members=_words([re.escape(n) + "s?" for n in lang.acled_armed_member_nouns]),
            riot_weapons=_words(lang.acled_riot_weapon_phrases),
            territory=_words(lang.acled_territory_phrases),
            weapons_seized=_words(lang.acled_weapons_seized_phrases),
            agreement=_words(lang.acled_agreement_phrases),
            nonviolent=_words(lang.acled_nonviolent_transfer_phrases),
            withdrawal=_words(lang.acled_withdrawal_phrases),
            ceded=_words(lang.acled_ceded_place_phrases),
            base=_words(lang.acled_base_phrases),
            civil_camp=_words(lang.acled_civil_camp_phrases),
            change=_words(lang.acled_change_phrases),
            group=_words(lang.acled_group_phrases),
            coup=_words(lang.acled_coup_phrases),
            less_lethal=_words(lang.acled_less_lethal_phrases),
            taking=_words(lang.acled_taking_phrases),
            foiled=_words(lang.acled_foiled_phrases),
            theft=_words(lang.acled_theft_phrases),
            cause=_words(lang.acled_cause_phrases),
            rioters=_words(lang.acled_rioter_phrases),
            unrest_gangs=_words(lang.acled_unrest_gang_phrases),
            sponsored=_words(lang.acled_sponsored_phrases),
            armed=_words(lang.acled_armed_modifier_phrases),
            community=_words(lang.acled_identity_militia_nouns),
            storming=_words(lang.acled_storming_phrases),
            regaining=_words(lang.acled_regaining_phrases),
            settlement=_words(lang.acled_settlement_phrases),
            control_taken=_words(lang.acled_control_taken_phrases),
            government=_words(lang.acled_government_side_phrases),
        )
