"""The trigger lexicon: which words express which PLOVER events.

Rules live in the language folder's ``triggers.json`` (``lang/en/triggers.json``,
written by the dotterel developers; the type, mode and CAMEO facts follow the
PLOVER manual 2021 and the CAMEO-to-PLOVER crosswalk of 17 September 2021). Each rule names a lemma and the dependency
constraints under which it expresses an event; see the file's ``fields`` entry
for the meaning of every key. A second file, ``triggers_cameo.json``, holds rules
converted from the CAMEO 2.0 verb dictionary (PETRARCH, Open Event Data Alliance,
MIT) by ``scripts/build_cameo_triggers.py``; it is loaded after ours, so for one
lemma our rules are tried first (``PipelineConfig.cameo_triggers`` turns it on; off by default).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from ..errors import LexiconError
from ..ontology import Ontology

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["TriggerRule", "Lexicon", "LexiconError", "claimed_by_ours"]


class TriggerRule(BaseModel):
    """One way a word expresses an event (see ``lang/en/triggers.json``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lemma: str
    pos: tuple[str, ...] = ("VERB",)
    event_type: str
    mode: str | None = None
    cameo: str | None = None
    particle: str | None = None
    objects: tuple[str, ...] | None = None
    object_text: tuple[str, ...] | None = None
    object_text_own: bool = False
    preps: Mapping[str, tuple[str, ...]] | None = None
    xcomp: tuple[str, ...] | None = None
    subjects: tuple[str, ...] | None = None
    not_subjects: tuple[str, ...] | None = None
    not_preps: Mapping[str, tuple[str, ...]] | None = None
    not_subject_preps: Mapping[str, tuple[str, ...]] | None = None
    not_subject_prep_heads: Mapping[str, tuple[str, ...]] | None = None
    not_objects: tuple[str, ...] | None = None
    not_object_modifiers: tuple[str, ...] | None = None
    not_bare_subjects: tuple[str, ...] | None = None
    not_subject_heads: tuple[str, ...] | None = None
    not_xcomp: tuple[str, ...] | None = None
    not_purposes: tuple[str, ...] | None = None
    not_particles: tuple[str, ...] | None = None
    not_with_verbs: tuple[str, ...] | None = None
    threat_by_speaker: bool = False
    told_prep_objects: bool = False
    subtree: tuple[str, ...] | None = None
    no_object: bool = False
    voice: str = Field(default="any", pattern="^(any|active|passive)$")
    trigger_on: str = Field(default="verb", pattern="^(verb|object|subject)$")
    recipient: tuple[str, ...] = ("dobj",)
    actor: tuple[str, ...] | None = None
    toll: bool = False
    requires_recipient: bool = False
    reduced_relative: bool = False
    scened_relative: bool = False
    stranded_subject: bool = False
    not_member_phrases: bool = False
    prep_heads: bool = False
    own_preps: bool = False
    prep_noun_phrases: tuple[str, ...] = ()
    mode_of_subject: bool = False
    existential: bool = False
    source: str | None = None


def _expand(value, lists: Mapping[str, list[str]]):
    """A rule with every ``"$name"`` in its word lists replaced by the words of ``lists[name]``.

    One home for a word list that several rules share (``triggers.json`` ``lists``: the natural hazards,
    diseases and accidents that kill and destroy by no attack, "no_attack_causes").

    Raises
    ------
    LexiconError
        When a rule names a list the file does not hold.
    """
    if isinstance(value, dict):
        return {k: _expand(v, lists) for k, v in value.items()}
    if isinstance(value, list):
        out: list = []
        for item in value:
            if isinstance(item, str) and item.startswith("$"):
                if item[1:] not in lists:
                    raise LexiconError(f"triggers.json: no list {item[1:]!r}")
                out.extend(lists[item[1:]])
            else:
                out.append(item)
        return out
    return value


def _open(rule: Mapping) -> bool:
    """Whether a rule takes every use of its verb: no object, particle, phrase, complement or subtree word narrows it."""
    return not any(rule.get(k) for k in ("objects", "object_text", "particle", "preps", "xcomp", "subtree"))


def claimed_by_ours(rule: Mapping, ours: list[Mapping], *, per_rule: bool = False) -> bool:
    """Whether a converted CAMEO rule is a sense of its verb that our own rules on that lemma already decide.

    A rule of ours is written and measured with its own constraints (a
    police subject, a passive voice, a veto), so a converted rule must
    never catch what ours refused. By default the merge is per lemma: a
    lemma of ours takes no converted rule. Most of our lemmas are light,
    many-sense verbs ("take", "hold", "open", "close", "launch", "set"),
    and CAMEO's object senses on them code ordinary news as events: "took
    part in the tournament" (AGREE 030), "held a conference" (CONSULT 040),
    "closed its shop" (COERCE 1723), "opened a clinic" (AID 073), "delivered
    a blow to the team's hopes" (REJECT 120); measured on business and sport
    sentences (tests/test_cameo_triggers.py).

    With ``per_rule`` (the lemmas ``triggers_cameo.json`` lists as
    ``shared_lemmas``, where ours cover one narrow sense), the merge is
    per rule: the converted rule is left out when (a) one of ours on the
    lemma is open (:func:`_open`: ours then decide every use of the verb),
    (b) it is open itself (a bare verb of CAMEO's), or (c) it names an
    object word, a particle or, with no object, a preposition that one of
    ours names (the same sense). Any other converted rule is a sense we
    never wrote ("file a lawsuit" beside our "police filed an FIR") and is
    kept, after ours.

    Parameters
    ----------
    rule : Mapping
        The converted rule (``triggers_cameo.json`` fields).
    ours : list of Mapping
        Our rules on the same lemma, with their word lists expanded.
    per_rule : bool
        Merge rule by rule instead of lemma by lemma.
    """
    if not ours:
        return False
    if not per_rule:
        return True
    if _open(rule) or any(_open(r) for r in ours):
        return True
    words = {w.lower() for r in ours for w in (r.get("objects") or ())}
    if words & {w.lower() for w in rule.get("objects") or ()}:
        return True
    if rule.get("particle") and rule["particle"] in {r.get("particle") for r in ours}:
        return True
    return not rule.get("objects") and not rule.get("particle") and bool(
        set(rule.get("preps") or {}) & {k for r in ours for k in (r.get("preps") or {})})


class Lexicon:
    """Trigger rules indexed by lemma.

    Parameters
    ----------
    rules : list of TriggerRule
        In priority order.
    ontology : Ontology
        Used to check every rule's type, mode and CAMEO code.

    Raises
    ------
    LexiconError
        When a rule names an unknown type or mode, or a CAMEO code that the
        ontology maps to another PLOVER type.
    """

    def __init__(self, rules: list[TriggerRule], ontology: Ontology) -> None:
        self.rules = rules
        self.by_lemma: dict[str, list[TriggerRule]] = {}
        for i, rule in enumerate(rules):
            if rule.event_type not in ontology.event_types:
                raise LexiconError(f"triggers.json rule {i} ({rule.lemma}): unknown type {rule.event_type}")
            if rule.mode is not None and not ontology.is_mode(rule.event_type, rule.mode):
                raise LexiconError(
                    f"triggers.json rule {i} ({rule.lemma}): {rule.mode!r} is not a mode of {rule.event_type}"
                )
            self.by_lemma.setdefault(rule.lemma, []).append(rule)

    @classmethod
    def load(cls, ontology: Ontology, *, lang: LanguageProfile, cameo: bool = False) -> "Lexicon":
        """Read ``triggers.json`` from the language's packaged folder (``dotterel/lang/<code>/``).

        Parameters
        ----------
        ontology : Ontology
        lang : LanguageProfile
            Whose folder holds the lexicon.
        cameo : bool
            Also read ``triggers_cameo.json`` when the folder has one (rules
            converted from the CAMEO 2.0 verb dictionary), after ours, leaving
            out each rule on a lemma of ours, or, on the file's
            ``shared_lemmas``, each whose sense ours decide
            (:func:`claimed_by_ours`).

        Returns
        -------
        Lexicon
        """
        folder = lang.folder()
        raw = json.loads(folder.joinpath("triggers.json").read_text("utf-8"))
        # the profile's person nouns are a list the rules may name too ("$person_nouns": "executed a teacher"),
        # kept in one home, the profile
        lists = {**raw.get("lists", {}), "person_nouns": sorted(lang.person_nouns)}
        rules = [TriggerRule.model_validate(_expand(r, lists)) for r in raw["rules"]]
        extra = folder.joinpath("triggers_cameo.json")
        if cameo and extra.is_file():
            # ours win (claimed_by_ours: per lemma, per rule on its shared lemmas), even for a rule of ours
            # added since the file was built
            ours: dict[str, list[Mapping]] = {}
            for r in rules:
                ours.setdefault(r.lemma, []).append(r.model_dump(exclude_defaults=True))
            doc = json.loads(extra.read_text("utf-8"))
            shared = set(doc.get("shared_lemmas", ()))
            rules += [TriggerRule.model_validate(r) for r in doc["rules"]
                      if not claimed_by_ours(r, ours.get(r["lemma"], []), per_rule=r["lemma"] in shared)]
        return cls(rules, ontology)

    def rules_for(self, lemma: str) -> list[TriggerRule]:
        """Rules for a lowercase lemma, in priority order (empty if none)."""
        return self.by_lemma.get(lemma, [])
