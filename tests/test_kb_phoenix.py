"""The Phoenix conversion (scripts/build_phoenix_kb.py), the precedence of our own entries, and the name matcher.

The converter is tested on a small dictionary written here in the Phoenix format, never on the
Phoenix files themselves; the packaged ``actors_phoenix.json`` is tested through real names.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import shared_path

from conftest import load_script
from dotterel.actors.kb import PHOENIX_FILE, KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def build():
    return load_script("build_phoenix_kb")


FIXTURE = """\
# a comment line
GONDOR_  [GON]
+GONDORIAN_
+MINAS_TIRITH_

ARAGORN_ELESSAR_  # CountryInfo.txt
+KING_ELESSAR_
\t[GONELI 800101-990101]
\t[GONGOV 990101-120315]
\t[GONGOVLEG >120315]
\t[GONELI]
BOROMIR_SON_OF_DENETHOR_
BOROMIR_THE_BRAVE_
\t[GONMIL 950101-030226]
FARAMIR_
\t[GONGOV 010101-020101]
GONDOR_CITY_GUARD_ [GONCOP]
WHITE_COUNCIL_ [IGOUNO]
+WC
THE_FELLOWSHIP_OF_RINGS_(TFOTR)_ [NGOHRI]
US_SECRETARY_OF_STATE_ [GONGOV]
REVOLUTIONARY_ORGANIZATION_17_NOVEMBER [GONREB]
+17_NOVEMBER
ELROND_HALFELVEN_ [IGOUNO]
ELROND_HALFELVEN_ [GONGOV]
KASSYM-JOMART_TOKAYEV_ [GONGOV]
BAD_DATE_MAN_
\t[GONGOV 991399-000101]
\t[GONMIL 000101-010101]
"""


def convert(build, text: str = FIXTURE):
    records = build.read_actor_dictionary(text.splitlines(keepends=True), label="Test.actors.txt")
    ours = build.OurNames(
        by_kind={"person": {"kassym jomart tokayev": "kassym-jomart-tokayev"}, "organisation": {}},
        all_names={"kassym jomart tokayev", "gondor"},
        place_words={"gondor", "gondorian", "us", "united", "states"},
    )
    return build.convert(records, countries={"GON": 1, "KAZ": 1}, ours=ours,
                         is_place=lambda key: key == "minas tirith")


def test_reader_keeps_records_synonyms_and_dated_codes(build):
    records = build.read_actor_dictionary(FIXTURE.splitlines(keepends=True), label="T.txt")
    aragorn = next(r for r in records if r.name == "ARAGORN_ELESSAR_")
    assert aragorn.synonyms == ["KING_ELESSAR_"]
    assert [(c.code, c.kind, c.start, c.end) for c in aragorn.codes] == [
        ("GONELI", "interval", "1980-01-01", "1999-01-01"),
        ("GONGOV", "interval", "1999-01-01", "2012-03-15"),
        ("GONGOVLEG", "from", "2012-03-15", None),
        ("GONELI", "default", None, None),
    ]
    assert aragorn.source == "T.txt:6"
    # PETRARCH gives an uncoded primary phrase the codes of the next coded one
    boromir = next(r for r in records if r.name == "BOROMIR_SON_OF_DENETHOR_")
    assert boromir.synonyms == ["BOROMIR_THE_BRAVE_"] and boromir.codes[0].code == "GONMIL"
    bad = next(r for r in records if r.name == "BAD_DATE_MAN_")
    assert bad.bad_dates == 1 and [c.code for c in bad.codes] == ["GONMIL"]


def test_codes_map_to_country_and_sector(build):
    countries = {"USA": 1, "ASM": 1, "AFG": 1}
    assert build.parse_code("USAASMGOV", countries) == ("ASM", "GOV")
    assert build.parse_code("USAGOVLEG", countries) == ("USA", "LEG")
    assert build.parse_code("AFGINS", countries) == ("AFG", "REB")
    assert build.parse_code("IGOUNOKID", countries) == ("IGO", "IGO")
    assert build.parse_code("NGOHRI", countries) == (None, "NGO")
    assert build.parse_code("IMGMUSALQ", countries) == (None, "UAF")
    assert build.parse_code("DDRGOV", countries) is None
    assert build.phoenix_date("300101") == "2030-01-01" and build.phoenix_date("310101") == "1931-01-01"
    assert build.phoenix_date("19270101") == "1927-01-01"


def test_converter_people_bodies_and_filters(build):
    out, counts, _examples = convert(build)
    people = {p["name"]: p for p in out["people"]}
    orgs = {o["name"]: o for o in out["organisations"]}

    aragorn = people["Aragorn Elessar"]
    assert aragorn["country"] == "GON" and aragorn["aliases"] == ["King Elessar"]
    assert aragorn["sector"] == aragorn["sector_after"] == "ELI"  # the default code
    assert aragorn["surnames"] == [] and aragorn["fuzzy"] is False
    assert aragorn["source"] == "Phoenix Test.actors.txt:6"
    assert [(t["sector"], t["start"], t.get("end"), t.get("checked")) for t in aragorn["terms"]] == [
        ("GOV", "1999-01-01", "2012-03-15", None),
        ("LEG", "2012-03-15", None, "2014-01-30"),  # ELI periods are no office; open terms are dated
    ]
    # one person under two codes is one entry with both sets of terms
    assert people["Elrond Halfelven"]["country"] == "IGO"
    assert {t["sector"] for t in people["Elrond Halfelven"].get("terms", [])} <= {"GOV", "IGO"}

    assert orgs["Gondor City Guard"] == {"id": "PHX_GONDOR_CITY_GUARD", "name": "Gondor City Guard",
                                         "type": "state_agency", "sector": "COP", "country": "GON",
                                         "source": "Phoenix Test.actors.txt:17"}
    assert orgs["White Council"]["country"] == "IGO" and orgs["White Council"]["type"] == "igo"
    assert orgs["The Fellowship of Rings"]["type"] == "ngo" and orgs["The Fellowship of Rings"]["abbreviations"] == ["TFOTR"]

    everything = json.dumps(out)
    assert "Minas Tirith" not in everything and "Gondorian" not in everything  # country records are ours
    assert "Faramir" not in everything  # one-word names
    assert "Secretary of State" not in everything  # titles are not names
    assert "17 November" not in everything  # names with numbers are dates as often as names
    assert "Tokayev" not in everything  # one of our own people: ours win
    assert counts["dropped: record is one of our own entries (ours win)"] == 1
    assert counts["dropped: country name or place (ours and the gazetteer's)"] == 3
    assert counts["dates dropped: unreadable"] == 1


def test_converter_leaves_a_name_of_two_records_to_neither(build):
    text = "ALPHA_BETA_ [GONGOV]\nALPHA_BETA_CORPS_ [GONMIL]\n+ALPHA_BETA\nGAMMA_DELTA_UNIT_ [GONCOP]\n+ALPHA_BETA\n"
    out, counts, _ = convert(build, text)
    names = [o["name"] for o in out["organisations"]] + [p["name"] for p in out["people"]]
    assert "Alpha Beta" in names  # the person keeps the name the two bodies shared
    assert counts["dropped: name shared by two Phoenix records"] == 2


def test_an_acronym_record_becomes_its_bodys_abbreviation(build):
    # Phoenix lists an acronym as its own record with the body's code; alone it is a one-word name
    text = ("IWC_ [IGOUNOIWC]\nINTERNATIONAL_WIZARDS_COUNCIL_ [IGOUNOIWC]\n"
            "ROHAN_RIDERS_OF_THE_MARK_ [GONMIL]\nRRM_ [GONMIL]\n"  # initials spell it, after "of", "the"
            "GWG_ [GONCOP]\nGONDOR_WATCH_GUARDS_ [GONCOP]\nGREY_WARDEN_GUILD_ [GONCOP]\n"  # two bodies: ambiguous
            "EWS_ [NGOHRI]\nELVEN_WELFARE_SOCIETY_ [NGOHRI 990101-000101]\n"  # other codes: not the same body
            "XYZ_ [GONGOV]\nMORDOR_WATCH_ [GONGOV]\n")  # initials do not spell it
    out, counts, _ = convert(build, text)
    orgs = {o["name"]: o for o in out["organisations"]}
    assert orgs["International Wizards Council"]["abbreviations"] == ["IWC"]
    assert orgs["Rohan Riders of the Mark"]["abbreviations"] == ["RRM"]
    given = {a for o in out["organisations"] for a in o.get("abbreviations", [])}
    assert given == {"IWC", "RRM"}
    assert counts["acronym records folded into their body"] == 2
    assert counts["dropped: one-word name"] == 3  # GWG, EWS and XYZ stay one-word names


def test_packaged_phoenix_acronyms_resolve(kb):
    assert kb.organisation("IAEA").name == "International Atomic Energy Agency"
    assert kb.organisation("IAEA").country == "IGO"


def _file(tmp_path: Path, name: str, body: dict) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"format": "dotterel-actors", "version": 1, **body}), encoding="utf-8")
    return path


def test_our_entries_win_over_a_deferring_file(tmp_path):
    # A deferring file (as the packaged Phoenix file is) gives a name to another body
    # than ours: the name stays ours, loading does not fail, and no pattern tags it as theirs.
    phoenix_like = _file(tmp_path, "phx.json", {"defers": True, "organisations": [
        {"id": "PHX_HRW", "name": "Human Rights Watch", "type": "ngo", "sector": "NGO", "names": ["Rights Watchers"],
         "source": "Phoenix test"}]})
    kb = KnowledgeBase.load(phoenix=False, extra=[phoenix_like])
    assert kb.organisation("Human Rights Watch").id == "HRW"
    assert kb.organisation("Rights Watchers").id == "PHX_HRW"
    patterns = [(p["pattern"], p["id"]) for p in kb.entity_patterns()]
    assert ("Human Rights Watch", "HRW") in patterns and ("Human Rights Watch", "PHX_HRW") not in patterns
    # without "defers" the same file is a conflict, as before
    clash = _file(tmp_path, "clash.json", {"organisations": [
        {"id": "PHX_HRW", "name": "Human Rights Watch", "type": "ngo", "sector": "NGO"}]})
    with pytest.raises(Exception, match="declare it in 'ambiguous'"):
        KnowledgeBase.load(phoenix=False, extra=[clash])


def test_a_users_file_wins_over_the_packaged_phoenix_names(tmp_path):
    user = _file(tmp_path, "mine.json", {"people": [
        {"id": "my-ivo", "name": "Ivo Josipovic", "country": "HRV", "sector": "CVL"}]})
    kb = KnowledgeBase.load(extra=[user])
    assert kb.person("Ivo Josipovic").entry.id == "my-ivo"


def test_packaged_phoenix_file_keeps_the_licence_and_sources():
    from importlib import resources

    data = json.loads((resources.files("dotterel") / "data" / PHOENIX_FILE).read_text(encoding="utf-8"))
    assert data["licence"]["name"] == "MIT" and "Open Event Data Alliance" in data["licence"]["copyright"]
    assert data["defers"] is True
    entries = data["people"] + data["organisations"]
    assert len(data["people"]) > 15000 and len(data["organisations"]) > 1500
    assert all(e["source"].startswith("Phoenix Phoenix.") for e in entries)


def test_phoenix_only_official_resolves_with_the_office_of_the_day(kb):
    assert kb.person("Ivo Josipovic", on=dt.date(2013, 5, 2)).entry.source.startswith("Phoenix")
    m = kb.person("Ivo Josipovic", on=dt.date(2013, 5, 2))
    assert (m.country, m.sector, m.office) == ("HRV", "GOV", "government office (HRVGOV, Phoenix)")
    m = kb.person("Ivo Josipovic", on=dt.date(2008, 5, 2))
    assert (m.country, m.sector) == ("HRV", "LEG")  # HRVGOVLEG: a member of parliament then
    # after the date the Phoenix data was current, an open term is not assumed to go on
    m = kb.person("Ivo Josipovic", on=dt.date(2021, 5, 2))
    assert (m.country, m.sector) == ("HRV", None) and "last known held on 2014-01-30" in m.reason
    # Phoenix people are matched by full name and alias only: no surname, no fuzzy match
    assert kb.person("Josipovic") is None and kb.person("Ivo Josipovicc") is None


def test_phoenix_official_through_the_coder(coder):
    events = coder.code("Hamid Karzai accused Pakistan of sheltering militants.", published="2012-03-01")
    actor = events[0].actor
    assert (actor.name, actor.country, actor.sector, actor.kind) == ("Hamid Karzai", "AFG", "GOV", "person")
    assert actor.role == "government office (AFGGOV, Phoenix)"
    bodies = coder.code("The Free Syrian Army attacked government troops near Idlib.", published="2013-02-01")
    assert (bodies[0].actor.country, bodies[0].actor.sector, bodies[0].actor.org_type) == ("SYR", "REB", "armed_group")
    # the sector gives the ACLED actor type (data/plover.json acled.inter_from_sector)
    assert coder.ontology.acled_inter_for(bodies[0].actor.sector) == 2
    assert coder.ontology.acled_inter_for(actor.sector) == 1


def test_our_added_institutions_resolve(kb):
    assert (kb.organisation("the Pentagon").country, kb.organisation("the Pentagon").sector) == ("USA", "MIL")
    assert kb.organisation("State Department").sector == "GOV"
    assert kb.organisation("Taliban").sector == "REB" and kb.organisation("Hezbollah").country == "LBN"


TEXTS = [
    "Nursultan Nazarbayev met Kassym-Jomart Tokayev in Nur-Sultan as CSTO troops arrived.",
    "US officials and the U.S. State Department criticised the EU, but Amnesty International and HRW did not.",
    "Protesters in Nur Sultan and Almaty clashed with riot police; the Financial Times and Reuters reported.",
    "The UN Security Council met. us and them. The Kremlin said Putin spoke to Macron at the Elysee.",
]


def _news_texts() -> list[str]:
    """The first 12 texts of the shared news corpus (the test skips when ../shared is absent)."""
    news = shared_path("corpus", "news.jsonl")
    return [json.loads(line)["text"] for line in news.read_text(encoding="utf-8").splitlines()[:12]]


@pytest.mark.parametrize("corpus", [
    pytest.param("sentences"),
    pytest.param("news", marks=[pytest.mark.slow, pytest.mark.shared]),  # 12 whole articles, parsed twice
])
def test_name_matcher_tags_what_the_entity_ruler_tagged(corpus, kb_no_phoenix, coder):
    """Today's KB (without Phoenix): the same entities, labels and ids as spaCy's entity_ruler.

    Both run in the place of the session pipeline's own name matcher (which holds the Phoenix names too),
    between the same components, so no second model is loaded. The quick suite checks our sentences, the
    full suite the news texts as well.
    """
    from spacy.pipeline import EntityRuler

    from dotterel.annotate import normalise, ruler_patterns
    from dotterel.name_matcher import COMPONENT, NameMatcher

    nlp = coder.nlp
    patterns = ruler_patterns(kb_no_phoenix)
    texts = [normalise(t).normalised for t in (TEXTS if corpus == "sentences" else _news_texts())]
    matcher = NameMatcher(nlp.vocab)
    matcher.add_patterns(patterns, tokenizer=nlp.tokenizer)
    ruler = EntityRuler(nlp, overwrite_ents=True, phrase_matcher_attr="LOWER")
    with nlp.select_pipes(enable=[]):  # the ruler makes its phrase patterns with the tokenizer alone
        ruler.add_patterns(patterns)

    def parse(text, names):
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            doc = (names if name == COMPONENT else component)(doc)
        return doc

    assert COMPONENT in nlp.pipe_names
    new = [parse(t, matcher) for t in texts]
    old = [parse(t, ruler) for t in texts]
    assert len(new) == len(old) == len(texts)
    for a, b in zip(new, old):
        assert [(e.start, e.end, e.label_, e.id_) for e in a.ents] == [(e.start, e.end, e.label_, e.id_) for e in b.ents]
