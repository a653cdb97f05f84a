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

__all__ = ["TriggerRule", "Lexicon", "LexiconError"]


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
    preps: Mapping[str, tuple[str, ...]] | None = None
    xcomp: tuple[str, ...] | None = None
    subjects: tuple[str, ...] | None = None
    not_subjects: tuple[str, ...] | None = None
    not_preps: Mapping[str, tuple[str, ...]] | None = None
    not_subject_preps: Mapping[str, tuple[str, ...]] | None = None
    not_objects: tuple[str, ...] | None = None
    not_object_modifiers: tuple[str, ...] | None = None
    not_bare_subjects: tuple[str, ...] | None = None
    not_xcomp: tuple[str, ...] | None = None
    not_particles: tuple[str, ...] | None = None
    subtree: tuple[str, ...] | None = None
    no_object: bool = False
    voice: str = Field(default="any", pattern="^(any|active|passive)$")
    trigger_on: str = Field(default="verb", pattern="^(verb|object|subject)$")
    recipient: tuple[str, ...] = ("dobj",)
    actor: tuple[str, ...] | None = None
    toll: bool = False
    requires_recipient: bool = False
    reduced_relative: bool = False
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
            out its rules on a lemma that ``triggers.json`` has.

        Returns
        -------
        Lexicon
        """
        folder = lang.folder()
        raw = json.loads(folder.joinpath("triggers.json").read_text("utf-8"))
        lists = raw.get("lists", {})
        rules = [TriggerRule.model_validate(_expand(r, lists)) for r in raw["rules"]]
        extra = folder.joinpath("triggers_cameo.json")
        if cameo and extra.is_file():
            # ours win: a lemma of ours takes no converted rule, even one added since the file was built
            ours = {r.lemma for r in rules}
            rules += [TriggerRule.model_validate(r) for r in json.loads(extra.read_text("utf-8"))["rules"]
                      if r["lemma"] not in ours]
        return cls(rules, ontology)

    def rules_for(self, lemma: str) -> list[TriggerRule]:
        """Rules for a lowercase lemma, in priority order (empty if none)."""
        return self.by_lemma.get(lemma, [])
