"""Who took ground, and whether it was taken: the territory sub-events and near misses.

The ACLED codebook (2023, Battles) defines its two territory sub-events by the side that acquires control of a
location, and only when it does:

- **Government regains territory**: government forces or their affiliates, fighting competing state forces or a
  non-state group, regain control of a location. A state's forces taking ground in their own country, from
  nobody named, are read so ("government troops recaptured the town").
- **Non-state actor overtakes territory**: a non-state actor (not one operating directly on behalf of the
  government) *or a foreign state actor*, through armed interaction, acquires control of a location. A state's
  forces taking a town of another state ("Russian troops captured Kherson", place in UKR) are thus this one.
- The two overlap when a foreign state's forces take ground back ("retook", ``acled_regaining_phrases``) or from a
  non-state group named ("French troops retook Timbuktu from Islamist rebels", "Kenyan troops captured Kismayo from
  al-Shabaab"): as the host government's affiliates they regain it, as a foreign state actor they overtake it, and
  the sentence does not tell which, so no sub-event is given, with that reason.
- A place the text puts in no country is read as the state's own ground ("Syrian troops recaptured the town"),
  the common case of news on a state's forces (dotterel developers). Abstaining there cost two of the fifteen
  Government regains territory records of the ACLED dev set, so "Kherson fell to Russian forces", the town
  unplaced, stays Government regains territory until the place stage places the subject of a fall.
- The army taking its own country's capital with no government word in its name and no non-state holder named
  ("Niamey fell into the hands of the military"), and not taking it back ("retook": profile
  ``acled_regaining_phrases``), is a seizure of power, which neither sub-event covers: the
  codebook codes a coup under Strategic developments only when it is told (``acled_coup_phrases``), so here no
  sub-event is given.
- Forcing a way into a place ("militants stormed a village", profile ``acled_storming_phrases``) acquires no
  control unless the sentence tells it (``acled_control_taken_phrases``, or a capture among its events): it is
  the attack on those there, *Attack* (Violence against civilians) on a settlement with no armed defenders
  named, *Armed clash* when the defenders are armed or the sentence tells them fighting back ("were repelled",
  "vigilantes fought them off": ``acled_clash_phrases``, a CAMEO 190 event beside it), for the codebook's Attack
  is civilians targeted and its Armed clash armed, organised groups in battle with no change of control.

A near miss ("rebels nearly captured the town", "the city almost fell into the hands of the militants", profile
``near_miss_adverbs``) tells an act that did not happen: :func:`near_miss` gives the detector its reason to abstain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .acled_sides import ARMED

if TYPE_CHECKING:
    from ..lang import LanguageProfile
    from .acled_words import AcledWords

__all__ = ["near_miss", "state_taking", "territory_taker"]

_CAPITAL = "PPLC"  # GeoNames feature code of a country's capital


def near_miss(mention, lang: LanguageProfile) -> str | None:
    """The reason to abstain when the trigger verb carries an adverb of a near miss, else None.

    "Rebels nearly captured Kunduz", "Kismayo almost fell into the hands of the militants": the adverb hangs on
    the trigger (or on the verb heading it), and the act did not take place (Quirk et al. 1985, 8.104,
    approximators). The ACLED codebook (2023, Battles) codes a territory sub-event only when control is acquired.

    Parameters
    ----------
    mention : Mention
        A lexicon match (its ``trigger`` and ``head`` tokens).
    lang : LanguageProfile
        Gives ``near_miss_adverbs``.

    Returns
    -------
    str | None
    """
    for verb in {mention.trigger, mention.head}:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in lang.near_miss_adverbs:
                return f"near miss '{c.text}': the act came close and did not take place"
    return None


def state_taking(event, actor_words: str, recipient_side: int | None, w: AcledWords) -> tuple[str | None, str]:
    """The territory sub-event of a place taken by state forces (ACLED inter 1), and why (module docstring).

    Parameters
    ----------
    event : Event
        Its ``actor.country`` and ``location`` (country, feature code) are read.
    actor_words : str
        The words of the actor's span.
    recipient_side : int | None
        The ACLED ``inter`` code of the side the place was taken from, when the text names it.
    w : AcledWords

    Returns
    -------
    tuple of (str | None, str)
    """
    taker = event.actor.country if event.actor is not None else None
    place = event.location
    lands = {p.country for p in event.places if p.country} if place is None else {place.country}
    where = next(iter(lands)) if len(lands) == 1 else None  # the place's country, or the sentence's one country
    regained = bool(w.regaining.fullmatch(event.trigger.text))  # "recaptured", "retook": ground held before
    if taker and where and taker != where:
        if regained or recipient_side in (2, 3, 4):  # "French troops retook Timbuktu from Islamist rebels"
            return None, (f"{taker} state forces took back, or from a non-state group, a place in {where}: as the "
                          "host government's affiliates (Government regains territory) or as a foreign state actor "
                          "(Non-state actor overtakes territory), which the text does not tell (ACLED codebook 2023)")
        return ("Non-state actor overtakes territory",
                f"{taker} state forces took a place in {where}: a foreign state actor acquiring control (ACLED)")
    if place is not None and place.feature_code == _CAPITAL and not w.government.search(actor_words) \
            and recipient_side not in (2, 3, 4) and not regained:
        return None, ("the army took its own capital from no named non-state holder: a seizure of power, which "
                      "neither territory sub-event covers (ACLED codebook 2023, Battles)")
    return "Government regains territory", "state forces took a place"


def territory_taker(sc, w: AcledWords) -> tuple[str | None, str]:
    """The sub-event of a COERCE seize of ground: storming, then the taker's side (module docstring).

    Parameters
    ----------
    sc : dotterel.events.acled._Scene
        The event, its sentence, its sides' ``inter`` codes and the other events of its sentence.
    w : AcledWords

    Returns
    -------
    tuple of (str | None, str)
    """
    event, who = sc.event, sc.actor_side
    if w.storming.fullmatch(event.trigger.text) and not w.control_taken.search(sc.sentence) \
            and not any(s.event_type == "COERCE" and s.cameo == "192" for s in sc.others):
        if sc.target_side in ARMED or w.clash.search(sc.sentence) or any(s.cameo == "190" for s in sc.others):
            return "Armed clash", "a storming its armed defenders held or fought back, no control taken (ACLED)"
        if who in ARMED and sc.target_side in (None, 7) and w.settlement.search(sc.text) and not w.base.search(sc.text):
            return "Attack", "an armed side stormed a settlement, no control taken: an attack on those there (ACLED)"
        return None, "a place stormed, no control taken, its defenders not told"
    if who == 1:
        return state_taking(event, sc.actor_words, sc.target_side, w)
    if who in (2, 3, 4):
        return "Non-state actor overtakes territory", "a non-state armed group took a place"
    return None, "a place was taken, by whom is not known"
