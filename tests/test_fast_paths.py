"""The coder's fast paths give the answers the plain code gave (issue 15: faster, same output).

Each test reads the value a reader can check by hand: a span's text, a
token's original offset, a knowledge-base answer asked twice, the repeats of
a place's name.
"""

from __future__ import annotations

import pytest

from dotterel.actors import kb as kb_module
from dotterel.annotate import normalise
from dotterel.ingest import make_document
from dotterel.pipeline.context import DocContext
from dotterel.places.recall import repeated_names
from dotterel.records import Span


@pytest.mark.parametrize("text", [
    "Police fired on protesters in Tbilisi.",
    "Police\u200d fired on pro\u00adtesters",
    "Cafe\u0301 owners said \u201cenough\u201d\u00a0on Monday.",
    "Police \U0001F621 fired \U0001F1F3\U0001F1EC on \U0001D40F\U0001D428 pro\u00adtesters",  # astral code points
])
def test_offset_map_spans_are_the_checked_spans(text):
    omap = normalise(text)
    n = len(omap.normalised)
    for start in range(n + 1):
        for end in range(start, n + 1):
            span = omap.span(start, end)
            assert span == Span(start=span.start, end=span.end, text=span.text)  # the checks would pass
            assert span.text == text[span.start:span.end]


def test_a_span_keeps_the_invisible_character_it_spans():
    omap = normalise("Police\u200d fired on pro\u00adtesters")
    assert omap.span(16, 26).text == "pro\u00adtesters"
    assert (omap.span(16, 26).start, omap.span(16, 26).end) == (17, 28)


def test_tokens_are_found_by_their_original_offsets(coder):
    text = "Police\u200b fired on \u201cpro\u00adtesters\u201d in Tbilisi."
    omap = normalise(text)
    doc = coder.nlp(omap.normalised)
    ctx = DocContext.start(make_document(text, published="2024-05-01"), doc, omap, lang=coder.lang)
    starts = ctx.token_by_original_start
    by_text = {doc[i].text: at for at, i in starts.items()}
    assert by_text["fired"] == text.index("fired")
    assert by_text["Tbilisi"] == text.index("Tbilisi")
    assert starts[text.index("pro")] == next(t.i for t in doc if t.text == "protesters")
    assert len(starts) == len(doc)


@pytest.mark.parametrize("ask, name, expected", [
    ("country_by_name", "U.S.", "USA"),
    ("country_by_name", "us", None),  # abbreviations are case-sensitive: the pronoun is no country
    ("country_by_demonym", "Kazakhs", "KAZ"),
    ("country_by_capital", "Moscow", "RUS"),
])
def test_country_lookups_answer_alike_when_asked_again(kb, ask, name, expected):
    for _ in range(3):
        entry = getattr(kb, ask)(name)
        assert (entry.alpha3 if entry is not None else None) == expected


def test_organisation_and_role_lookups_answer_alike_when_asked_again(kb):
    assert [kb.organisation("the EU").id for _ in range(2)] == ["EU", "EU"]
    assert [kb.role("police officers").sector for _ in range(2)] == ["COP", "COP"]
    assert kb.organisation("thuggish elements") is None and kb.organisation("thuggish elements") is None


def test_remembered_lookups_stay_bounded(kb, monkeypatch):
    monkeypatch.setattr(kb_module, "LOOKUP_CACHE_SIZE", 2)
    monkeypatch.setattr(kb, "_lookups", {})  # the session's KB may already remember these names from other tests
    names = ["Ukraine", "Kenya", "Peru", "Chile", "Ukraine"]
    assert [kb.country_by_name(n).alpha3 for n in names] == ["UKR", "KEN", "PER", "CHL", "UKR"]
    assert len(kb._lookups) <= 2


def test_a_full_lookup_cache_keeps_the_names_asked_last(kb, monkeypatch):
    monkeypatch.setattr(kb_module, "LOOKUP_CACHE_SIZE", 4)
    monkeypatch.setattr(kb, "_lookups", {})
    for name in ["Ukraine", "Kenya", "Peru", "Chile", "Bolivia"]:
        kb.country_by_name(name)
    # the older half went; the newest names a text goes on repeating stay
    assert [text for _kind, text in kb._lookups] == ["Peru", "Chile", "Bolivia"]


@pytest.mark.parametrize("name, expected", [
    ("Kassym-Jomart Tokaev", ("kassym-jomart-tokayev", "fuzzy")),  # no exact look-up finds it: a fuzzy pass
    ("Nursultan Nazarbaev", ("nursultan-nazarbayev", "alias")),  # a recorded alias
    ("Tokayev", ("kassym-jomart-tokayev", "surname")),
    ("Zzyzx Qwertyuiop", None),  # nobody: the answer None is remembered too
])
def test_a_person_match_is_worked_out_once_per_name(kb, monkeypatch, name, expected):
    monkeypatch.setattr(kb, "_lookups", {})
    calls = []
    match = kb._names.match_person
    monkeypatch.setattr(kb._names, "match_person", lambda n, t: calls.append(n) or match(n, t))
    answers = [kb.person(name) for _ in range(2)]
    assert [(m.entry.id, m.via) if m else None for m in answers] == [expected, expected]
    assert calls == [name]


def test_a_remembered_person_still_takes_the_office_of_the_date(kb, monkeypatch):
    import datetime

    monkeypatch.setattr(kb, "_lookups", {})
    # the match is remembered, the office is not: it is read for each date
    then = kb.person("Nazarbayev", on=datetime.date(2018, 6, 1))
    later = kb.person("Nazarbayev", on=datetime.date(2022, 1, 20))
    assert (then.sector, then.office) == ("GOV", "President of Kazakhstan")
    assert (later.sector, later.former_office) == ("ELI", "Chairman of the Security Council of Kazakhstan")


def test_a_remembered_person_match_keeps_its_threshold_and_country(kb, monkeypatch):
    monkeypatch.setattr(kb, "_lookups", {})
    name = "Emmerson Mnangagwe"  # Mnangagwa misspelt: fuzz.ratio 0.94
    assert [m.entry.id if m else None for m in (kb.person(name, fuzzy_threshold=0.9),
                                                 kb.person(name, fuzzy_threshold=0.95),
                                                 kb.person(name, fuzzy_threshold=0.9))] == [
        "emmerson-mnangagwa", None, "emmerson-mnangagwa"]
    assert [m.entry.id if m else None for m in (kb.person_in_country(name, "ZWE"),
                                                 kb.person_in_country(name, "ZAF"),
                                                 kb.person_in_country(name, "ZWE"))] == [
        "emmerson-mnangagwa", None, "emmerson-mnangagwa"]


def test_a_misspelt_name_in_a_country_is_worked_out_once(kb, monkeypatch):
    monkeypatch.setattr(kb, "_lookups", {})
    calls = []
    match = kb._names.match_person_in_country
    monkeypatch.setattr(kb._names, "match_person_in_country",
                        lambda n, c, t: calls.append((n, c)) or match(n, c, t))
    answers = [kb.person_in_country("Emmerson Mnangagwe", "ZWE") for _ in range(3)]
    assert [(m.entry.id, m.score) for m in answers] == [("emmerson-mnangagwa", 0.9444)] * 3
    assert calls == [("Emmerson Mnangagwe", "ZWE")]


def test_people_with_a_name_like_is_worked_out_once_per_name(kb, monkeypatch):
    monkeypatch.setattr(kb, "_lookups", {})
    calls = []
    like = kb._names.people_with_a_name_like
    monkeypatch.setattr(kb._names, "people_with_a_name_like", lambda n, c: calls.append(n) or like(n, c))
    import datetime
    day = datetime.date(2019, 6, 1)
    answers = [kb.misspelt_titled_country("Mnangagwe", "President", on=day) for _ in range(2)]
    assert answers[0] == answers[1] and answers[0] is not None and answers[0][0] == "ZWE"
    assert calls == ["Mnangagwe"]


@pytest.mark.parametrize("name", ["Mnangagwe", "Dos Sontas", "Kenyattah", "Nazarbaev", "Zzyzxqwert"])
def test_misspelt_last_names_are_scored_only_against_names_a_slip_can_give(kb, monkeypatch, name):
    from rapidfuzz import fuzz, process

    from dotterel.actors import kb_index
    from dotterel.actors.kb_models import normalise_name

    names = kb._names
    key = normalise_name(name)
    pool = names._name_tails if len(key.split()) == 2 else names._last_words
    # the answer of scoring every name, as before
    every = [(choice, score) for choice, score, _i in process.extract(key, list(pool), scorer=fuzz.ratio,
                                                                     score_cutoff=80, limit=None)
             if kb_index._like_a_misspelling(key, choice)]
    scored = []
    extract = process.extract
    monkeypatch.setattr(kb_index.process, "extract", lambda k, choices, **kw: scored.append(len(choices))
                        or extract(k, choices, **kw))
    found = names.people_with_a_name_like(name, 0.8)
    assert [(m, round(s * 100, 2)) for _e, m, s in found] == [
        (m, round(s, 2)) for m, s in every for _pid in pool[m]
        if _pid in names._idx["person"].get(normalise_name(names._people[_pid].name))]
    assert scored == [] or scored[0] < 1000  # not the 15,000-22,000 names of the whole index


def test_a_misspelt_presidents_country_is_still_found(kb):
    import datetime

    country, matched, score = kb.misspelt_titled_country("Mnangagwe", "President", on=datetime.date(2019, 6, 1))
    assert (country, matched) == ("ZWE", "mnangagwa") and 0.85 < score < 1.0


def _repeats(coder, text, names):
    doc = coder.nlp(text)
    return [(span.text, kind) for span, kind in repeated_names(doc, names, set(), coder.lang)]


def test_a_place_named_again_is_found_each_time(coder):
    text = ("Protesters marched in Gainesville on Tuesday. Gainesville police said 12 people were held. "
            "The mayor of Gainesville spoke later.")
    assert _repeats(coder, text, ["Gainesville"]) == [("Gainesville", "repeat")] * 3


def test_a_name_in_capitals_counts_only_where_a_line_opens(coder):
    text = "GAINESVILLE, Fla. \u2014 Police detained 27 people.\n\nThey were freed in Gainesville. NICE rules apply."
    assert _repeats(coder, text, ["Gainesville", "Nice"]) == [("GAINESVILLE", "repeat"), ("Gainesville", "repeat")]


def test_a_name_after_a_title_is_no_repeat(coder):
    text = "Protesters marched in Jackson. Mr. Jackson said they were peaceful."
    assert _repeats(coder, text, ["Jackson"]) == [("Jackson", "repeat")]


_LEMMA_TEXTS = [
    "Police detained 27 protesters who were marching on parliament.",
    "The strikers' unions had called off the walkouts, officials said.",
    "Soldiers opened fire; two children were killed and dozens injured.",
    "Kazakhstan's president Tokayev blamed foreign-trained terrorists.",
]


@pytest.fixture(scope="module")
def tagging_pipelines(coder):
    """spaCy's lemmas as shipped (``plain``: a text's lemmas per ``_LEMMA_TEXTS`` item, through ``pipe`` and
    through one call) and a pipeline with remembered lemmas (no parser or NER: lemmas only).

    One load serves both (a load is ~0.5 s of CPU): the shipped lemmatizer reads the texts first, then its cache
    is emptied, so the remembered one starts as fresh as on a pipeline of its own, and only then is it given
    :func:`~dotterel.lemma_cache.remember_lemmas` (which also turns the word index into sets).
    """
    import spacy

    from dotterel.lemma_cache import remember_lemmas

    nlp = spacy.load(coder.config.model, exclude=["parser", "ner"])  # excluded: not even loaded
    plain = ([[t.lemma_ for t in doc] for doc in nlp.pipe(_LEMMA_TEXTS)],
             [t.lemma_ for t in nlp(_LEMMA_TEXTS[1])])
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatizer.cache and not isinstance(next(iter(lemmatizer.lookups.get_table("lemma_index").values())),
                                               frozenset)  # spaCy's own reading, with its own index
    lemmatizer.cache.clear()
    assert remember_lemmas(nlp)
    return plain, nlp


def test_remembered_lemmas_are_spacys(tagging_pipelines):
    (plain_piped, plain_one), remembered = tagging_pipelines
    for _ in range(2):  # the second time from the remembered readings
        got = [[t.lemma_ for t in doc] for doc in remembered.pipe(_LEMMA_TEXTS)]
        assert got == plain_piped
    first = got[0]
    assert first[first.index("detain")] == "detain" and "march" in first and "be" in first
    assert [t.lemma_ for t in remembered(_LEMMA_TEXTS[1])] == plain_one


def test_a_lemma_set_before_the_lemmatizer_is_kept(coder):
    # the language profile's lemma fixes are set by the attribute ruler first ("raped" is no form of "rap")
    text = "Men raped two women in the village, police said."
    for doc in (coder.nlp(text), next(iter(coder.nlp.pipe([text])))):
        assert next(t.lemma_ for t in doc if t.text == "raped") == "rape"
        assert next(t.lemma_ for t in doc if t.text == "women") == "woman"


def test_the_lemma_index_is_held_as_sets(tagging_pipelines):
    _plain, remembered = tagging_pipelines
    table = remembered.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(isinstance(words, frozenset) for words in table.values())


def test_coding_leaves_the_collectors_frozen_objects_as_it_found_them(coder):
    import gc

    before = gc.get_freeze_count()  # the session's model, KB and place index, frozen by conftest
    events = coder.code("Police detained 27 people in Tbilisi on Tuesday.", published="2024-05-01")
    assert [e.event_type for e in events] == ["COERCE"]  # PLOVER codes an arrest as COERCE
    # the caller's frozen objects stay frozen (some are freed meanwhile), and nothing more was frozen
    assert before > 0 and 0 < gc.get_freeze_count() <= before


@pytest.mark.parametrize("start, end, text", [(0, 0, ""), (3, 9, "police"), (17, 28, "pro\u00adtesters")])
def test_a_trusted_span_is_the_constructed_span(start, end, text):
    trusted = Span.trusted(start, end, text)
    built = Span.model_construct(start=start, end=end, text=text)
    assert trusted == built == Span(start=start, end=end, text=text)
    assert hash(trusted) == hash(built)
    assert trusted.model_fields_set == {"start", "end", "text"}
    assert trusted.model_dump() == {"start": start, "end": end, "text": text}
    assert trusted.model_dump_json() == built.model_dump_json()
    assert trusted.model_copy(update={"end": end}) == built
    with pytest.raises(Exception):
        trusted.start = 1  # frozen, as every record


@pytest.mark.parametrize("text, expected", [
    # words read under many rules ("take" 24, "launch" 18, "hold" 13, "fire" 12): each rule reads the word's clause,
    # voice and subjects from the memo
    ("Police arrested 40 protesters in Lagos on Monday.", [("arrested", "COERCE", "arrest")]),
    ("Rebels launched an attack on the town and took control of the airport.",
     [("launched", "ASSAULT", None), ("took", "COERCE", "seize")]),
    ("Protesters held a rally in Dhaka and the army fired on them.",
     [("rally", "PROTEST", "demo"), ("fired", "ASSAULT", "firearms")]),
    ("The militants were captured by troops after they seized the base.",
     [("captured", "COERCE", "arrest"), ("seized", "COERCE", "seize")]),
])
def test_a_words_readings_are_read_once_across_its_rules(coder, monkeypatch, text, expected):
    from dotterel.events import detect

    doc = coder.nlp(normalise(text).normalised)
    sent = next(iter(doc.sents))
    plain = [(m.trigger.text, m.rule.event_type, m.rule.mode, m.obj.i if m.obj is not None else None,
              m.actor.i if m.actor is not None else None) for m in detect.find_mentions(sent, coder.lexicon, lang=coder.lang)]
    assert [(t, e, mode) for t, e, mode, *_ in plain] == expected
    reads = []
    real = detect._subject_is_patient
    monkeypatch.setattr(detect, "_subject_is_patient", lambda tok, lang: reads.append(tok.i) or real(tok, lang))
    again = [(m.trigger.text, m.rule.event_type, m.rule.mode, m.obj.i if m.obj is not None else None,
              m.actor.i if m.actor is not None else None) for m in detect.find_mentions(sent, coder.lexicon, lang=coder.lang)]
    assert again == plain
    assert len(reads) == len(set(reads))  # at most once a word


def test_the_name_matcher_finds_names_and_abbreviations(coder):
    from dotterel.name_matcher import COMPONENT

    matcher = coder.nlp.get_pipe(COMPONENT)
    doc = coder.nlp.make_doc("Kassym-Jomart Tokayev met the CSTO and the Collective Security Treaty Organization.")
    found = {doc[s:e].text for _k, s, e in matcher.match(doc)}
    assert {"CSTO", "Collective Security Treaty Organization"} <= found
    assert matcher.match(coder.nlp.make_doc("")) == []


_PICKLED_SPANS = """
import pickle
from dotterel.records import Span
for start, end, text in [(0, 0, ""), (3, 9, "police"), (17, 28, "pro\\u00adtesters")]:
    trusted, checked = Span.trusted(start, end, text), Span(start=start, end=end, text=text)
    built = Span.model_construct(start=start, end=end, text=text)
    print(list(trusted.model_fields_set) == list(checked.model_fields_set) == list(built.model_fields_set),
          pickle.dumps(trusted) == pickle.dumps(checked) == pickle.dumps(built))
"""


@pytest.mark.parametrize("seed", ["1", "3", "8"])
def test_a_trusted_span_pickles_to_the_checked_spans_bytes_whatever_the_string_hashes(seed):
    # a set literal {"start", "end", "text"} is filled in the order of its frozen constant, which follows the
    # run's string hashes: with these hash seeds its set fields iterated, and pickled, in another order than
    # pydantic's (filled in field order), so the bytes a worker process receives were not a checked span's
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", _PICKLED_SPANS], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:3] == ["True True"] * 3


@pytest.mark.parametrize("text", [
    "KAZAKH POLICE DETAIN CSTO TROOPS IN ALMATY",  # a line in capitals
    "kassym-jomart tokayev met the csto in nur-sultan",  # lower case: the ORTH patterns are case-sensitive
    "Tokayev\u00a0met  the \t CSTO\n\nand the Collective  Security Treaty Organization",  # whitespace tokens
    "\U0001F1F0\U0001F1FF Tokayev \U0001F621 CSTO and U.S. and us",
])
def test_the_name_matcher_reads_what_its_tokens_say(coder, text):
    from dotterel.name_matcher import COMPONENT

    matcher = coder.nlp.get_pipe(COMPONENT)
    doc = coder.nlp.make_doc(text)
    # the plain reading, a Token per word: phrases on the lower-case forms, single-word patterns on the text
    lowers = [t.lower_ for t in doc]
    plain = set()
    for i, low in enumerate(lowers):
        plain.update((key, i, i + 1 + len(rest)) for rest, key in matcher._phrases.get(low, ())
                     if tuple(lowers[i + 1:i + 1 + len(rest)]) == rest)
        plain.update((key, i, i + 1) for key in matcher._orth.get(doc[i].text, ()))
    if matcher._other is not None:
        plain.update(matcher._other(doc))
    found = matcher.match(doc)
    assert set(found) == plain and len(found) == len(plain)
    assert "CSTO" in {doc[s:e].text for _k, s, e in found} or "CSTO" not in text
