"""A language is a folder: ``lang/<code>/profile.json`` and ``lang/<code>/triggers.json``.

:class:`LanguageProfile` holds every word list and pattern the coding core
reads (reporting verbs, modals, protest nouns, pronouns, number words, date
idioms, locative prepositions...), one *named, typed* field each, so a
misspelt or missing list fails when the profile loads, not when a sentence
happens to need it. The stages take it from
:attr:`dotterel.pipeline.context.Resources.lang` (and
:attr:`~dotterel.pipeline.context.DocContext.lang`); nothing reads a profile
at import time, and nothing holds one globally.

``profile.json`` is one JSON object with a key per field. A value is either
the data itself or ``{"value": <data>, "note": "<where it comes from>"}``;
the notes are kept in :attr:`LanguageProfile.notes`. Fields ending in ``_re``
are regular-expression sources (checked to compile on load); word lists are
lower-case unless their note says otherwise. The trigger lexicon of the
language is ``triggers.json`` beside it (:class:`dotterel.events.lexicon.Lexicon`).

To add a language ``xx``: copy ``lang/en/`` to ``lang/xx/``, translate every
field (the model rejects a missing or unknown one), set ``"code": "xx"`` and
the spaCy model and dateparser languages, and give ``language = "xx"`` in the
pipeline config (``docs/architecture.md``).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from importlib.resources.abc import Traversable
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from ..errors import PipelineError
from .folders import available_languages, language_folder, profile_model

__all__ = ["LanguageProfile", "language_folder", "available_languages", "profile_model"]

_T = TypeVar("_T")


def _compiles(source: str) -> str:
    try:
        re.compile(source)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from None
    return source


Pattern = Annotated[str, AfterValidator(_compiles)]
"""A regular-expression source, checked to compile."""

def _lower_case(words: frozenset[str]) -> frozenset[str]:
    # the code compares them with spaCy's lower-cased forms and lemmas: "Say" would never match
    bad = sorted(w for w in words if not w or w != w.lower() or w != w.strip())
    if bad:
        raise ValueError(f"words must be lower-case with no surrounding spaces: {', '.join(map(repr, bad))}")
    return words


Words = Annotated[frozenset[str], AfterValidator(_lower_case)]
"""A set of words (lemmas or lower-cased forms, as the field's note says), checked to be lower-case."""


class LanguageProfile(BaseModel):
    """The words and patterns of one language, as the coding core reads them.

    Load with :meth:`load`; every field is required, and an unknown key is an
    error, so a typo in ``profile.json`` fails at load. Fields ending in
    ``_re`` are regular-expression sources (compile them through
    :meth:`derived`, which builds a value once per profile).

    Attributes
    ----------
    code : str
        ISO 639-1 code (``"en"``).
    model : str
        The spaCy pipeline package this language is parsed with (the default
        of :attr:`dotterel.pipeline.config.PipelineConfig.model`).
    dateparser_languages : tuple of str
        Languages handed to :class:`dateparser.date.DateDataParser`.
    notes : dict of str to str
        The source note of each field that has one.
    reporting_verbs, modals, ..., acled_gunmen_phrases
        One field per word list (``Words``: a frozenset of lower-case words
        or lemmas), ordered phrase list (``tuple``), mapping (``dict``) or
        pattern (``*_re``), grouped below by the module that reads it; what
        each holds and where it comes from is its note in
        ``lang/en/profile.json`` (also in :attr:`notes`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    model: str
    dateparser_languages: tuple[str, ...] = Field(min_length=1)
    notes: dict[str, str] = Field(default_factory=dict)

    # -- attribution (dotterel.attribution) ------------------------------------
    reporting_verbs: Words
    documenting_verbs: Words
    recording_verbs: Words
    perception_verbs: Words
    perception_modals: Words
    evidence_nouns: Words
    recording_hedge_verbs: Words
    artwork_nouns: Words
    footage_modifiers: Words
    filming_verbs: Words
    allege_verbs: Words
    deny_verbs: Words
    criticism_modals: Words
    hypothetical_modals: Words
    near_miss_adverbs: Words
    future_modals: Words
    anterior_auxiliaries: Words
    anterior_date_words: Words
    narrative_ability_modals: Words
    content_verbs: Words
    habitual_adverbs: Words
    habitual_determiners: Words
    habitual_subordinators: Words
    past_date_words: Words
    habitual_verbs: Words
    frequency_adjectives: Words
    habitual_time_nouns: Words
    passing_verbs: Words
    exception_prepositions: Words
    absence_prepositions: Words
    deployment_nouns: Words
    degree_comparatives: Words
    additive_modifiers: Words
    fiction_nouns: Words
    depiction_verbs: Words
    offer_adjectives: Words
    judgement_adjectives: Words
    implicative_adjectives: Words
    result_participles: Words
    aim_participles: Words
    toll_scene_prepositions: Words
    bare_death_verbs: Words
    violent_death_causes: Words
    mishap_verbs: Words
    mishap_clause_markers: Words
    mishap_force_verbs: Words
    accident_blast_nouns: Words
    accident_blast_sources: Words
    accident_blast_weapons: Words
    accident_blast_verbs: Words
    front_collapse_nouns: Words
    period_toll_nouns: Words
    riot_toll_nouns: Words
    foreign_holder_nouns: Words
    ownership_participles: Words
    unrest_toll_nouns: Words
    toll_cause_prepositions: Words
    clash_side_prepositions: Words
    markers_read_as_prepositions: Words
    new_incident_words: Words
    clash_nouns: Words
    melee_clash_nouns: Words
    armed_clash_modifiers: Words
    fight_adjunct_prepositions: Words
    partitive_nouns: Words
    remainder_nouns: Words
    alias_participles: Words
    thrown_device_verbs: Words
    national_force_nouns: dict[str, str]
    witness_nouns: Words
    stance_adverbs: Words
    opinion_verbs: Words
    doubt_verbs: Words
    first_person_subjects: Words
    first_person_possessives: Words
    opinion_nouns: Words
    opinion_adjectives: Words
    stance_adjectives: Words
    stance_doubt_nouns: Words
    open_adjectives: Words
    possibility_adjectives: Words
    open_nouns: Words
    scant_quantifiers: Words
    factive_verbs: Words
    seem_verbs: Words
    allege_adverbs: Words
    content_nouns: Words
    prevent_verbs: Words
    carry_out_verbs: Words
    failure_words: Words
    futility_words: Words
    not_yet_adverbs: Words
    kept_from_verbs: Words
    kept_from_prepositions: Words
    requested_statement_nouns: Words
    claim_nouns: Words
    claim_content_prepositions: Words
    deny_claim_verbs: Words
    falsity_adjectives: Words
    truth_adjectives: Words
    negative_pronouns: Words
    negative_pronoun_exceptions: Words
    negated_unit_words: Words
    class_pronouns: Words
    circulation_verbs: Words
    negative_determiners: Words
    one_person_determiners: Words
    quantity_determiners: Words
    some_people_determiners: Words
    inversion_auxiliaries: Words
    reported_future_modals: Words
    expletive_subjects: Words
    according_to_words: tuple[str, str]
    according_to_norm_nouns: Words

    # -- dates (dotterel.dates) -------------------------------------------------
    weekdays: tuple[str, ...] = Field(min_length=7, max_length=7)
    month_names: dict[str, int]
    date_refuse_prefixes: tuple[str, ...]
    date_homographs: Words
    date_duration_re: Pattern
    date_frequency_words: Words
    date_time_only_re: Pattern
    date_leading_noise_re: Pattern
    date_trailing_part_of_day_re: Pattern
    date_part_of_re: Pattern
    date_part_words: dict[str, Literal["start", "mid", "end"]]
    date_week_of_month: dict[str, int]
    date_anchor_day_re: dict[int, Pattern]
    date_n_days_later_re: Pattern
    date_vague_later_re: Pattern
    small_numbers: dict[str, int]
    date_overnight_re: Pattern
    date_weekend_re: Pattern
    date_decade_re: Pattern
    date_year_range_re: Pattern
    relative_month_words: dict[str, int]
    date_past_n_re: Pattern
    year_phrases: dict[str, int]
    date_anchor_prepositions_re: Pattern
    date_unit_days: dict[str, int]
    date_after_words: Words
    sequel_verbs: Words
    sequence_words: Words
    date_not_a_point_re: Pattern
    date_rewrites: tuple[tuple[Pattern, str], ...]
    date_trailing_prepositions_re: Pattern
    relative_day_words: tuple[str, ...] = Field(min_length=1)
    date_ordinals: dict[str, int]
    date_quarter_words: tuple[str, ...] = Field(min_length=1)
    date_half_words: tuple[str, ...] = Field(min_length=1)
    date_period_relatives: tuple[str, ...] = Field(min_length=1)
    date_previous_words: Words
    date_next_words: Words
    date_year_offsets: dict[str, int]
    date_seasons: dict[str, tuple[int, int]]
    date_century_re: Pattern
    date_fiscal_re: Pattern
    date_spelled_year_re: Pattern
    date_reference_words: dict[str, Literal["present", "past", "future", "year", "month", "week", "year_end", "month_end"]]
    date_plural_period_re: Pattern
    date_period_unit_days: dict[str, int]
    date_period_units_per_day: dict[str, int]
    date_vague_ago_re: Pattern
    date_range_re: tuple[Pattern, ...] = Field(min_length=1)
    date_range_openers: Words
    date_range_joiners: Words
    date_owner_prepositions: Words
    date_since_words: Words
    date_bound_prepositions: Words
    date_unit_nouns: Words
    date_future_verbs: Words
    date_scheduled_verbs: Words
    date_fire_setting_words: Words
    date_planning_verbs: Words
    date_planned_event_nouns: Words
    date_frame_openers: Words
    date_label_verbs: Words
    date_deictic_phrases: Words
    written_report_verbs: Words
    date_relation_offsets: dict[str, int]
    date_shift_prepositions: dict[str, int]
    date_shift_anchor_prepositions: Words
    date_stretch_within_prepositions: Words
    date_shift_proximity_adverbs: Words
    day_part_nouns: Words
    date_occasion_nouns: Words
    holidays_fixed: dict[str, tuple[int, int]]
    holidays_movable: dict[str, str]
    holiday_time_prepositions: Words
    holiday_year_prepositions: Words

    # -- events (dotterel.events.detect, implied, policy, dating, acled) ----------
    lemma_fixes: dict[str, str]
    verb_lemma_fixes: dict[str, str]
    relative_pronouns: Words
    accuse_verbs: Words
    accuse_prepositions: Words
    agentive_of_nouns: Words
    light_verbs: Words
    undertaking_verbs: Words
    policy_light_verbs: Words
    resort_verbs: Words
    command_nouns: Words
    command_prepositions: Words
    instruction_nouns: Words
    accompaniment_prepositions: Words
    reaction_verbs: Words
    event_noun_verbs: Words
    same_scene_markers: Words
    route_prepositions: Words
    existential_report_nouns: Words
    approximate_negators: Words
    negative_inversion_words: Words
    inaction_phrases: Words
    apprehension_verbs: Words
    dismissal_verbs: Words
    office_holder_nouns: Words
    seizers_of_power: Words
    purpose_marks: Words
    secured_place_nouns: Words
    engage_verbs: Words
    gerund_compounds: Words
    possessed_participles: Words
    contest_round_nouns: Words
    topic_shift_adverbs: Words
    protest_event_nouns: Words
    strike_nouns: Words
    town_strike_modes: Words
    protest_side_prefixes: Words
    protest_side_nouns: Words
    solidarity_nouns: Words
    protest_topic_nouns: Words
    side_follower_nouns: Words
    riot_modifiers: Words
    crowd_nouns: Words
    protester_nouns: Words
    two_sided_verbs: Words
    clash_party_prepositions: Words
    target_prepositions: Words
    running_total_cues: tuple[str, ...] = Field(min_length=1)
    time_point_words: Words
    demand_modals: Words
    demand_lemmas: Words
    date_adverbs: Words

    acled_weapon_phrases: dict[str, tuple[Pattern, ...]]
    acled_clash_phrases: tuple[Pattern, ...]
    acled_firefight_phrases: tuple[Pattern, ...]
    acled_intervention_phrases: tuple[Pattern, ...]
    acled_lethal_phrases: tuple[Pattern, ...]
    acled_riot_phrases: tuple[Pattern, ...]
    acled_mob_phrases: tuple[Pattern, ...]
    acled_protester_phrases: tuple[Pattern, ...]
    acled_civilian_phrases: tuple[Pattern, ...]
    acled_gunmen_phrases: tuple[Pattern, ...]
    acled_territory_phrases: tuple[Pattern, ...]
    acled_weapons_seized_phrases: tuple[Pattern, ...]
    acled_agreement_phrases: tuple[Pattern, ...]
    acled_state_force_phrases: tuple[Pattern, ...]
    acled_nonviolent_transfer_phrases: tuple[Pattern, ...]
    acled_withdrawal_phrases: tuple[Pattern, ...]
    acled_ceded_place_phrases: tuple[Pattern, ...]
    acled_base_phrases: tuple[Pattern, ...]
    acled_civil_camp_phrases: tuple[Pattern, ...]
    acled_change_phrases: tuple[Pattern, ...]
    acled_group_phrases: tuple[Pattern, ...]
    acled_crowd_phrases: tuple[Pattern, ...]
    acled_crowd_clash_phrases: tuple[Pattern, ...]
    acled_armed_member_nouns: Words
    acled_aim_prepositions: Words
    protest_grievance_verbs: Words
    acled_with_side_verbs: Words
    acled_riot_weapon_phrases: tuple[Pattern, ...]
    acled_protesting_phrases: tuple[Pattern, ...]
    acled_coup_phrases: tuple[Pattern, ...]
    acled_storming_phrases: tuple[Pattern, ...]
    acled_regaining_phrases: tuple[Pattern, ...]
    acled_settlement_phrases: tuple[Pattern, ...]
    acled_control_taken_phrases: tuple[Pattern, ...]
    acled_government_side_phrases: tuple[Pattern, ...]
    acled_unidentified_phrases: tuple[Pattern, ...]
    acled_serious_injury_phrases: tuple[Pattern, ...]
    acled_less_lethal_phrases: tuple[Pattern, ...]
    acled_taking_phrases: tuple[Pattern, ...]
    acled_foiled_phrases: tuple[Pattern, ...]
    acled_theft_phrases: tuple[Pattern, ...]
    acled_cause_phrases: tuple[Pattern, ...]
    acled_rioter_phrases: tuple[Pattern, ...]
    acled_unrest_gang_phrases: tuple[Pattern, ...]
    acled_sponsored_phrases: tuple[Pattern, ...]
    acled_armed_modifier_phrases: tuple[Pattern, ...]
    acled_identity_militia_nouns: tuple[Pattern, ...]

    # -- places (dotterel.places.event_location, dateline) -----------------------
    place_prepositions: Words
    locative_prepositions: Words
    scene_subject_verbs: Words
    ground_prepositions: Words
    strike_object_verbs: Words
    ground_taking_verbs: Words
    ground_falling_verbs: Words
    person_object_verbs: Words
    named_setting_nouns: Words
    inner_setting_nouns: Words
    jurisdiction_setting_nouns: Words
    site_nouns: Words
    part_of_land_nouns: Words
    overhead_prepositions: Words
    aerial_words: Words
    place_nouns: Words
    dweller_nouns: Words
    outsider_nouns: Words
    direction_words: Words
    compass_words: Words
    mission_nouns: Words
    time_anchor_prepositions: Words
    time_distance_prepositions: Words
    local_nouns: Words
    town_nouns: Words
    municipal_nouns: Words
    township_nouns: Words
    township_countries: Words
    street_nouns: Words
    institution_nouns: Words
    based_words: Words
    party_letters: frozenset[str]
    state_body_words: Words
    place_part_nouns: Words
    place_name_nouns: Words
    region_legislature_words: Words
    origin_path_prepositions: Words
    relational_prepositions: Words
    region_office_words: Words
    country_office_words: Words
    region_side_words: Words
    region_edge_words: Words
    county_plurals: dict[str, str]
    list_conjunctions: Words
    region_words: Words
    geographic_name_heads: Words
    setting_nouns: Words
    building_nouns: Words
    brand_outlet_nouns: Words
    maker_product_nouns: Words
    contest_nouns: Words
    settlement_nouns: Words
    province_nouns: Words
    sub_place_nouns: Words
    faction_nouns: Words
    dateline_months: tuple[str, ...] = Field(min_length=1)

    # -- actors (dotterel.actors.resolve, actors.kb_index) ------------------------
    honorifics: Words
    name_titles: Words
    surname_particles: Words
    title_time_modifiers: Words
    role_kind_adjectives: Words
    role_stance_prefixes: Words
    sponsor_participles: Words
    title_rank_words: Words
    role_determiners: Words
    invariant_nouns: Words
    person_pronouns: Words
    group_pronouns: Words
    non_actor_heads: Words
    collective_nouns: Words
    body_anaphors: Words
    body_possessives: Words
    body_member_nouns: Words
    body_voice_nouns: Words
    militia_nouns: Words
    regime_side_words: Words
    loyalty_words: Words
    party_follower_nouns: Words
    request_nouns: Words
    act_noun_verbs: dict[str, Words]
    holding_participles: Words
    definite_articles: Words
    indefinite_articles: Words
    country_prepositions: Words
    origin_prepositions: Words
    bare_quantity_nouns: Words
    coref_pronouns: dict[str, Literal["person", "thing", "plural"]]
    coref_demonstratives: Words
    plural_mass_nouns: Words
    people_group_nouns: Words
    coref_description_nouns: dict[str, Literal["body", "group", "armed", "irregular", "crowd", "state"]]
    agent_means_nouns: Words
    military_means_nouns: Words
    war_strike_nouns: Words
    labour_strike_modifiers: Words
    labour_strike_objects: Words
    war_strike_verbs: Words
    war_contact_verbs: Words
    war_target_nouns: Words
    mission_service_verbs: Words
    means_provider_verbs: Words
    organisation_head_nouns: Words
    unpersonal_name_nouns: Words
    object_control_verbs: Words
    prepositional_only_verbs: Words
    state_force_abbreviations: Words
    state_force_nouns: Words
    state_force_openers: Words
    government_grievance_nouns: Words
    government_seat_nouns: Words
    confront_prepositions: Words
    repression_nouns: Words
    repression_participles: Words
    cause_prepositions: Words
    assembly_public_modifiers: Words
    assembly_nouns: Words
    occupant_prepositions: Words
    destination_prepositions: Words
    arrival_prepositions: Words
    within_prepositions: Words
    foreign_words: Words
    name_descriptors: Words
    condition_marks: Words
    question_marks: Words
    pending_clause_marks: Words
    act_object_prepositions: Words
    collective_state_nouns: Words
    state_agent_modifiers: Words
    force_cause_lemmas: Words
    projectile_nouns: Words
    police_presence_verbs: Words
    force_unit_nouns: Words
    numbered_unit_nouns: Words
    unit_name_nouns: Words
    police_act_nouns: Words
    non_specific_determiners: Words
    negative_preconjunctions: Words
    negated_list_coordinators: Words
    contrast_coordinators: Words
    whole_hyphenated_words: Words
    hyphenated_verb_norms: dict[str, str]
    force_act_nouns: Words
    headline_verb_nouns: Words
    headline_doer_nouns: Words
    paired_harm_pasts: Words
    police_arrest_lemmas: Words
    police_speaker_measure_modes: Words
    police_speaker_measure_countries: Words
    police_speaker_office_nouns: Words
    police_charge_lemmas: Words
    responsibility_claim_verbs: Words
    responsibility_accountability_verbs: Words
    responsibility_nouns: Words
    claimed_act_nouns: Words
    no_claimant_words: Words
    police_record_nouns: Words
    police_registered_nouns: Words
    police_registering_lemmas: Words
    police_case_nouns: Words
    case_register_prepositions: Words
    unnamed_force_nouns: Words
    unnamed_force_modifiers: Words
    clausal_object_markers: Words
    clause_taking_verbs: Words
    retort_particles: Words
    self_pronouns: Words
    speaker_pronouns: Words
    authored_document_nouns: Words
    issuing_verbs: Words

    # -- counts (dotterel.counts) ------------------------------------------------
    number_parser_language: str
    number_scales: dict[str, int]
    vague_plurals: dict[str, int]
    vague_singulars: Words
    approximate_prefixes: tuple[str, ...]
    lower_bound_prefixes: dict[str, int]
    upper_bound_prefixes: dict[str, int]
    exact_prefixes: tuple[str, ...]
    count_range_prepositions: Words
    number_phrase_openers: tuple[str, ...]
    ordinal_re: Pattern
    unit_nouns: Words
    non_person_nouns: Words
    security_nouns: Words
    participant_nouns: Words
    troop_nouns: Words
    sanction_nouns: Words
    noun_kinds: dict[str, str]
    patient_verbs: dict[str, str]
    subject_verbs: dict[str, str]
    of_nouns: dict[str, str]
    life_verbs: Words
    label_nouns: Words
    quantity_prepositions: Words
    toll_verbs: Words
    modifier_kinds: dict[str, str]
    troop_forms: Words
    partitive_words: Words
    age_words: Words
    percent_words: Words
    hyphen_unit_nouns: Words
    verbal_manner_adverbs: Words
    resultative_states: Words
    participle_only_forms: Words
    victim_object_verbs: Words
    characterising_verbs: dict[str, Words]
    unnamed_happenings: Words
    outage_cause_words: Words
    restating_act_verbs: Words
    occurrence_verbs: Words
    occasion_dating_verbs: Words
    elapsed_prepositions: Words
    elapsed_year_units: Words
    period_of_acts_units: Words
    strength_words: Words
    approximate_suffixes: tuple[str, ...]
    open_ended_suffixes: tuple[str, ...]
    person_nouns: Words
    non_protest_gathering_modifiers: Words
    celebration_nouns: Words
    celebration_verbs: Words
    addressee_reporting_verbs: Words
    partisan_gathering_nouns: Words
    protest_aim_prepositions: Words
    total_nouns: Words
    result_nouns: dict[str, str]
    result_verbs: Words
    subgroup_nouns: Words
    aggregate_cues: tuple[str, ...]
    tally_cues: Words
    total_rise_verbs: Words
    accumulate_verbs: Words
    joining_verbs: Words
    counter_figure_verbs: Words
    counter_figure_nouns: dict[str, str]
    counter_figure_prepositions: Words
    counter_content_prepositions: Words
    running_total_nouns: Words
    tally_heading_nouns: Words
    compilation_nouns: Words
    member_prepositions: Words
    period_start_verbs: tuple[str, ...] = Field(min_length=1)

    _derived: dict[str, Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _split_notes(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        out: dict[str, Any] = {}
        notes = dict(data.get("notes") or {})
        for key, value in data.items():
            if key == "notes":
                continue
            if isinstance(value, dict) and "value" in value and set(value) <= {"value", "note"}:
                if "note" in value:
                    notes[key] = value["note"]
                value = value["value"]
            out[key] = value
        # a note of an unknown key is dropped: the key itself fails as an extra field
        out["notes"] = {k: v for k, v in notes.items() if k in cls.model_fields}
        return out

    @classmethod
    def load(cls, code: str) -> LanguageProfile:
        """Read ``dotterel/lang/<code>/profile.json`` with :mod:`importlib.resources`.

        Parameters
        ----------
        code : str
            ISO 639-1 code of a packaged language folder (``"en"``).

        Returns
        -------
        LanguageProfile

        Raises
        ------
        PipelineError
            When the folder or its ``profile.json`` is missing, the file is
            not JSON, a field is missing, unknown or of the wrong type, or a
            pattern does not compile; one line naming the code and the field.

        Examples
        --------
        >>> en = LanguageProfile.load("en")
        >>> "say" in en.reporting_verbs
        True
        """
        folder = language_folder(code)
        where = f"dotterel/lang/{code}/profile.json"
        try:
            data = json.loads(folder.joinpath("profile.json").read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise PipelineError(f"{where}: not a readable JSON language profile ({exc}); fix the file") from None
        try:
            profile = cls.model_validate(data)
        except ValidationError as exc:
            err = exc.errors()[0]
            field_name = ".".join(str(p) for p in err["loc"]) or "profile"
            raise PipelineError(f"{where}: {field_name}: {err['msg']}") from None
        if profile.code != code:
            raise PipelineError(f"{where}: code is {profile.code!r}, not the folder's {code!r}; make them agree")
        return profile

    def folder(self) -> Traversable:
        """The language's packaged folder (where ``triggers.json`` is).

        Raises
        ------
        PipelineError
            When the folder is missing (a profile built by hand for a code
            that has none).
        """
        return language_folder(self.code)

    @property
    def clause_adjectives(self) -> frozenset[str]:
        """Predicative adjectives whose infinitive is a clause: offer, judgement and implicative adjectives."""
        return self.derived("clause_adjectives", lambda lang: lang.offer_adjectives | lang.judgement_adjectives
                            | lang.implicative_adjectives)

    @property
    def identity(self) -> str:
        """A name of this profile's words, for answers kept outside it (:func:`dotterel.annotate.parse_memo`).

        Made once and kept with the derived values: a pickled or deep copy keeps it (the profile is frozen, so
        the words are the same), :meth:`model_copy` makes a new one. Unlike ``id(profile)`` it is never another
        profile's: a profile freed while a Doc lives leaves its address to the next one made.
        """
        return self.derived("identity", lambda _lang: uuid.uuid4().hex)

    def derived(self, key: str, build: Callable[[LanguageProfile], _T]) -> _T:
        """A value built from this profile once and kept with it (compiled patterns, lookups).

        Parameters
        ----------
        key : str
            Names the value; one per building module (``"dates"``).
        build : callable
            ``build(profile) -> value``; called the first time ``key`` is asked for.

        Returns
        -------
        object
            What ``build`` returned the first time.
        """
        # read the private store directly: ``self._derived`` goes through pydantic's ``__getattr__`` (about 5 us
        # a call, and the parse helpers ask for derived word sets tens of thousands of times a benchmark run)
        derived = self.__pydantic_private__["_derived"]
        try:
            return derived[key]
        except KeyError:
            value = derived[key] = build(self)
            return value

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> LanguageProfile:
        """A copy (see :meth:`pydantic.BaseModel.model_copy`) that builds its own derived values."""
        copy = super().model_copy(update=update, deep=deep)
        copy._derived = {}
        return copy
