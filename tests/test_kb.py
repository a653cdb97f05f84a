"""Tests of the actor knowledge base (data files + ``dotterel.actors.kb``).

Offline and fast: the packaged knowledge base is the session's ``kb`` fixture (tests/conftest.py);
the tests of a user's file load it without the Phoenix file, which is not their point.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from importlib import resources

import pycountry
import pytest

from dotterel.actors.kb import (
    BUILTIN_FILES,
    KnowledgeBase,
    KnowledgeBaseError,
    normalise_name,
)


def _raw_files() -> dict[str, dict]:
    data = resources.files("dotterel") / "data"
    return {name: json.loads((data / name).read_text(encoding="utf-8")) for name in BUILTIN_FILES}


def _write(tmp_path, name: str, body: dict) -> str:
    path = tmp_path / name
    path.write_text(json.dumps({"format": "dotterel-actors", "version": 1, **body}), encoding="utf-8")
    return str(path)


# ---------------------------------------------------------------- countries

@pytest.mark.parametrize(
    ("word", "alpha3"),
    [("Kazakh", "KAZ"), ("Kazakhs", "KAZ"), ("Kazakhstani", "KAZ"), ("Russian", "RUS"), ("Russians", "RUS"),
     ("Georgian", "GEO"), ("American", "USA"), ("British", "GBR"), ("Ukrainian", "UKR"), ("Belarusian", "BLR"),
     ("Kyrgyz", "KGZ"), ("Chinese", "CHN"), ("French", "FRA"), ("Serbian", "SRB"), ("Peruvian", "PER"),
     ("Nigerian", "NGA"), ("Syrian", "SYR"), ("Bangladeshi", "BGD"), ("Sri Lankan", "LKA"), ("Briton", "GBR")],
)
def test_country_by_demonym(kb, word, alpha3):
    assert kb.country_by_demonym(word).alpha3 == alpha3


def test_ambiguous_demonyms_are_unresolved(kb):
    assert kb.country_by_demonym("Korean") is None
    assert kb.country_by_demonym("Congolese") is None
    assert kb.ambiguity("demonym", "Congolese").candidates == ["COG", "COD"]


@pytest.mark.parametrize(
    ("name", "alpha3"),
    [("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("the United States", "USA"), ("America", "USA"),
     ("UK", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"), ("Russia", "RUS"), ("Ivory Coast", "CIV"),
     ("Côte d’Ivoire", "CIV"), ("South Korea", "KOR"), ("Kazakhstan", "KAZ"), ("Kazakhstan’s", "KAZ"),
     ("Jordan", "JOR"), ("Georgia", "GEO"), ("Türkiye", "TUR"), ("Turkey", "TUR")],
)
def test_country_by_name(kb, name, alpha3):
    assert kb.country_by_name(name).alpha3 == alpha3


def test_abbreviations_are_case_sensitive(kb):
    # the pronoun "us" is not the United States
    assert kb.country_by_name("us") is None
    assert kb.country_by_demonym("US").alpha3 == "USA"


def test_lookalike_and_ambiguous_country_names(kb):
    assert kb.country_by_name("Columbia") is None
    assert kb.country_by_name("Congo") is None
    assert kb.ambiguity("country", "Congo") is not None


@pytest.mark.parametrize(
    ("name", "alpha3"),
    [("Washington", "USA"), ("Moscow", "RUS"), ("Beijing", "CHN"), ("Astana", "KAZ"), ("Nur-Sultan", "KAZ"),
     ("Nur Sultan", "KAZ"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Tbilisi", "GEO"), ("Minsk", "BLR"),
     ("Bishkek", "KGZ"), ("Belgrade", "SRB"), ("the Kremlin", "RUS"), ("White House", "USA")],
)
def test_country_by_capital(kb, name, alpha3):
    assert kb.country_by_capital(name).alpha3 == alpha3


def test_capital_lookups_that_must_fail(kb):
    # bare "Nursultan" is the person, never the city
    assert kb.country_by_capital("Nursultan") is None
    # "Brussels" as an actor is the EU
    assert kb.country_by_capital("Brussels") is None
    assert kb.organisation("Brussels").id == "EU"


def test_country_by_code(kb):
    assert kb.country("kaz").name == "Kazakhstan"
    assert kb.country("XXX") is None


# ------------------------------------------------------------ organisations

def test_csto_by_name_and_abbreviation(kb):
    long_name = kb.organisation("Collective Security Treaty Organisation")
    assert long_name is kb.organisation("CSTO")
    assert long_name is kb.organisation("Collective Security Treaty Organization")
    assert long_name.country == "IGO"
    assert long_name.sector == "IGO"
    assert set(long_name.members) == {"RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK"}


@pytest.mark.parametrize(
    ("name", "org_id", "country", "sector", "type_"),
    [("the European Union", "EU", "IGO", "IGO", "igo"), ("EU", "EU", "IGO", "IGO", "igo"),
     ("Financial Times", "FT", "GBR", "MED", "media"), ("Moon of Alabama", "MOON_OF_ALABAMA", None, "MED", "blog"),
     ("KPMG", "KPMG", None, "BUS", "business"), ("Forbes", "FORBES", "USA", "MED", "media"),
     ("Amnesty International", "AMNESTY", None, "NGO", "ngo"), ("Red Cross", "ICRC", None, "NGO", "ngo"),
     ("UN human rights office", "OHCHR", "IGO", "IGO", "igo"), ("Nato", "NATO", "IGO", "IGO", "igo"),
     ("TASS", "TASS", "RUS", "MED", "media")],
)
def test_organisations(kb, name, org_id, country, sector, type_):
    org = kb.organisation(name)
    assert (org.id, org.country, org.sector, org.type) == (org_id, country, sector, type_)


def test_organisation_abbreviations_need_capitals(kb):
    assert kb.organisation("WHO").id == "WHO"
    assert kb.organisation("who") is None
    assert kb.organisation("ap") is None


def test_bare_security_council_is_unresolved(kb):
    assert kb.organisation("Security Council") is None
    assert kb.organisation("UN Security Council").id == "UNSC"
    assert kb.role("security council").sector == "GOV"


def test_blog_claimant_type(kb):
    assert kb.organisation("Moon of Alabama").claimant_type == "blog"
    assert kb.organisation("Financial Times").claimant_type == "media"


# ------------------------------------------------------------------ people

def test_tokayev_president_on_5_january_2022(kb):
    m = kb.person("Tokayev", on=dt.date(2022, 1, 5))
    assert m.entry.name == "Kassym-Jomart Tokayev"
    assert (m.country, m.sector, m.office) == ("KAZ", "GOV", "President of Kazakhstan")
    assert m.via == "surname" and m.score == 1.0


def test_nazarbayev_is_elite_after_losing_the_security_council(kb):
    after = kb.person("Nazarbayev", on=dt.date(2022, 1, 20))
    assert (after.country, after.sector, after.former) == ("KAZ", "ELI", True)
    assert after.office is None
    assert after.former_office == "Chairman of the Security Council of Kazakhstan"
    before = kb.person("Nazarbayev", on=dt.date(2022, 1, 4))
    assert (before.sector, before.office) == ("GOV", "Chairman of the Security Council of Kazakhstan")


def test_bare_nursultan_is_the_person(kb):
    assert kb.person("Nursultan").entry.name == "Nursultan Nazarbayev"
    # ... and the city is never fuzzily the person
    assert kb.person("Nur Sultan") is None
    assert kb.person("Nur-Sultan") is None


def test_misspellings_report_their_score(kb):
    m = kb.person("Nazabayev", on=dt.date(2022, 1, 20))
    assert m.entry.name == "Nursultan Nazarbayev"
    assert 0.9 < m.score < 1.0
    assert kb.person("Nazabayev’s").entry.name == "Nursultan Nazarbayev"
    fuzzy = kb.person("Kirat Shari Pbayev")
    assert fuzzy.entry.name == "Kairat Sharipbayev"
    assert fuzzy.via == "fuzzy" and 0.9 <= fuzzy.score < 1.0
    assert kb.person("Kulubayev").entry.name == "Timur Kulibayev"


def test_blinken_misspelled_in_the_seed_article(kb):
    m = kb.person("Anthony Blinken", on=dt.date(2022, 1, 9))
    assert m.entry.name == "Antony Blinken"
    assert (m.country, m.sector, m.office) == ("USA", "GOV", "United States Secretary of State")
    assert m.score < 1.0


def test_former_prime_minister_is_elite(kb):
    m = kb.person("Tony Blair", on=dt.date(2022, 1, 1))
    assert (m.country, m.sector, m.former) == ("GBR", "ELI", True)
    assert m.entry.wikidata == "Q9545"


def test_jordan_bardella_is_french_not_jordanian(kb):
    m = kb.person("Jordan Bardella", on=dt.date(2023, 7, 2))
    assert m.country == "FRA"
    assert m.sector == "OPP"
    assert kb.person("Jordan") is None


def test_international_office_has_country_igo(kb):
    m = kb.person("Volker Türk", on=dt.date(2024, 1, 19))
    assert (m.country, m.sector) == ("IGO", "IGO")
    assert kb.person("Volker Turk", on=dt.date(2024, 1, 19)).entry is m.entry
    g = kb.person("Guterres", on=dt.date(2001, 1, 1))
    assert (g.country, g.sector) == ("PRT", "GOV")


def test_honorifics_and_aliases(kb):
    assert kb.person("Mr Putin", on=dt.date(2022, 1, 11)).office == "President of Russia"
    assert kb.person("Yanukovich", on=dt.date(2022, 1, 1)).entry.name == "Viktor Yanukovych"
    assert kb.person("Yanukovich", on=dt.date(2022, 1, 1)).sector == "ELI"


def test_intelligence_chief_then_former(kb):
    assert kb.person("Karim Massimov", on=dt.date(2022, 1, 5)).sector == "SPY"
    assert kb.person("Massimov", on=dt.date(2022, 1, 10)).sector == "ELI"


def test_ambiguous_surname_is_unresolved(kb):
    assert kb.person("Rajapaksa") is None
    assert kb.person("Gotabaya Rajapaksa", on=dt.date(2022, 7, 1)).office == "President of Sri Lanka"


def test_imprecise_term_boundary_leaves_sector_unresolved(kb):
    # Dariga Nazarbayeva left parliament in 2022; the day is not recorded
    m = kb.person("Dariga", on=dt.date(2022, 1, 20))
    assert m.entry.name == "Dariga Nazarbayeva"
    assert m.sector is None
    assert "imprecise" in m.reason


def test_no_date_resolves_no_office(kb):
    m = kb.person("Tokayev")
    assert m.office is None and m.sector is None and m.country == "KAZ"


def test_open_term_past_the_check_date_says_so(kb):
    m = kb.person("Putin", on=dt.date(2031, 1, 1))
    assert m.sector == "GOV"
    assert "later changes unknown" in m.reason


def test_wikidata_only_where_certain(kb):
    assert kb.person("Vladimir Putin").entry.wikidata == "Q7747"
    assert kb.person("Joe Biden").entry.wikidata == "Q6279"


# ------------------------------------------------------------------- roles

@pytest.mark.parametrize(
    ("phrase", "sector"),
    [("special police", "COP"), ("the special police", "COP"), ("intelligence chief", "SPY"),
     ("protesters", "CVL"), ("demonstrators", "CVL"), ("security forces", "COP"), ("riot police", "COP"),
     ("policemen", "COP"), ("soldiers", "MIL"), ("troops", "MIL"), ("peacekeepers", "MIL"),
     ("opposition supporters", "OPP"), ("opposition deputies", "OPP"), ("lawmakers", "LEG"),
     ("interior ministry", "GOV"), ("Kazakh authorities", "GOV"), ("hospital officials", "HLH"),
     ("journalists", "JRN"), ("state media", "MED"), ("oligarchs", "ELI"), ("workers", "LAB"),
     ("truck drivers", "CVL"), ("pupils", "CVL"), ("gunmen", "UAF"), ("jihadi terrorists", "UAF"),
     ("gangs", "CRM"), ("rebels", "REB"), ("diplomats", "GOV"), ("court", "JUD"), ("party", "PTY"),
     ("former president", "ELI"), ("ex-president", "ELI")],
)
def test_role_sectors(kb, phrase, sector):
    assert kb.role(phrase).sector == sector


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("BSF", "border security force"), ("the bsf", "border security force"), ("CRPF", "central reserve police force"),
     ("CISF", "central industrial security force"), ("railway police", "railway police"),
     ("home guards", "home guard"), ("provincial armed constabulary", "armed police"),
     ("bomb squad", "bomb squad"), ("CID", "criminal investigation department"),
     ("sub-inspector", "sub-inspector"), ("SHO", "station house officer"), ("DGP", "director general of police"),
     ("commissioner of police", "police commissioner"),
     ("former minister", "former minister"), ("ex-president", "former president"),
     ("nurses", "health worker"), ("doctors", "doctor"), ("hospital officials", "hospital official"),
     ("bus driver", "bus driver"), ("drivers", "driver"), ("lorry drivers", "truck driver"), ("okada riders", "taxi driver")],
)
def test_role_names_are_true_of_the_words(kb, phrase, name):
    # A role's printed name is its entry's phrase: an entry groups only forms of one body or one kind of
    # person, so no Border Security Force is printed as the CRPF, no nurse as a hospital official and no
    # former minister as a former president (each name can be checked against the text it came from).
    assert kb.role(phrase).phrase == name


def test_role_flags_and_unknowns(kb):
    assert kb.role("thuggish elements") is None
    assert kb.role("public buildings") is None
    assert kb.role("police").implies_government is True
    assert kb.role("protesters").implies_government is False
    assert kb.role("city authorities").local is True
    assert kb.role("governor").local is True
    # a spokesperson takes the sector of the body it speaks for
    assert kb.role("the interior ministry spokesperson").sector is None


# ---------------------------------------------------------- normalisation

def test_normalise_name():
    assert normalise_name("the U.S.") == "us"
    assert normalise_name("Nazarbayev’s") == "nazarbayev"
    assert normalise_name("Kassym-Jomart Tokayev") == "kassym jomart tokayev"
    assert normalise_name("Volker Türk") == "volker turk"
    assert normalise_name("The Gambia") == "gambia"


# ------------------------------------------------------------ data checks

def test_every_iso_country_is_in_the_kb(kb):
    assert {c.alpha_3 for c in pycountry.countries} == {c.alpha3 for c in kb.countries}


def test_every_alpha3_in_the_files_is_iso_or_igo():
    iso = {c.alpha_3 for c in pycountry.countries}
    ok = iso | {"IGO"}
    codes: list[tuple[str, str]] = []
    for name, raw in _raw_files().items():
        codes += [(name, c["alpha3"]) for c in raw.get("countries", [])]
        for org in raw.get("organisations", []):
            codes += [(name, c) for c in [org.get("country"), *org.get("members", [])] if c]
        for p in raw.get("people", []):
            codes += [(name, c) for c in [p.get("country"), *(t.get("country") for t in p.get("terms", []))] if c]
        for a in raw.get("ambiguous", []):
            if a["kind"] in ("country", "demonym", "capital"):
                codes += [(name, c) for c in a["candidates"]]
    assert codes
    bad = [(f, c) for f, c in codes if c not in ok]
    assert bad == []
    # countries themselves are ISO codes only, never "IGO"
    assert all(c in iso for f, c in codes if f == "actors_countries.json")


def test_no_name_points_to_two_entries_unless_declared():
    raw = _raw_files()
    declared = {(a["kind"], normalise_name(a["name"])) for r in raw.values() for a in r.get("ambiguous", [])}
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in raw.values():
        for c in r.get("countries", []):
            for n in [c["name"], c.get("iso_name", ""), *c.get("names", [])]:
                names[("country", normalise_name(n))].add(c["alpha3"])
            for n in c.get("abbreviations", []):
                names[("country", n.replace(".", ""))].add(c["alpha3"])
            for n in [*c.get("demonyms", []), *c.get("people", [])]:
                names[("demonym", normalise_name(n))].add(c["alpha3"])
            for n in [*c.get("capitals", []), *c.get("seats", [])]:
                names[("capital", normalise_name(n))].add(c["alpha3"])
        for o in r.get("organisations", []):
            for n in [o["name"], *o.get("names", []), *o.get("metonyms", [])]:
                names[("organisation", normalise_name(n))].add(o["id"])
        for p in r.get("people", []):
            for n in [p["name"], *p.get("aliases", []), *p.get("misspellings", [])]:
                names[("person", normalise_name(n))].add(p["id"])
    clashes = {k: v for k, v in names.items() if k[1] and len(v) > 1 and k not in declared}
    assert clashes == {}


def test_sectors_used_are_declared(kb):
    used = {r.sector for r in kb.roles if r.sector} | {o.sector for o in kb.organisations}
    used |= {t.sector for p in kb.people for t in p.terms}
    used |= {s for p in kb.people for s in (p.sector, p.sector_after) if s}
    assert used <= set(kb.sectors)
    assert {"GOV", "MIL", "COP", "SPY", "CVL", "OPP", "ELI", "IGO", "JRN", "MED"} <= set(kb.sectors)


def test_terms_are_ordered_and_dated(kb):
    for p in kb.people:
        for t in p.terms:
            assert t.start <= (t.end or "9999"), (p.name, t.office)


# ------------------------------------------------------------ user files

def test_extra_file_adds_and_replaces_entries(tmp_path):
    path = _write(tmp_path, "mine.json", {
        "people": [
            {"id": "erlan-karin", "name": "Erlan Karin", "country": "KAZ",
             "terms": [{"office": "State Counsellor of Kazakhstan", "sector": "GOV", "start": "2022-01"}]},
            {"id": "jordan-bardella", "name": "Jordan Bardella", "country": "FRA", "sector": "PTY", "terms": []},
        ],
        "roles": [{"phrase": "akim", "sector": "GOV", "implies_government": True, "local": True,
                   "note": "replaced by the user"}],
    })
    kb = KnowledgeBase.load(extra=[path], phoenix=False)
    assert kb.person("Erlan Karin", on=dt.date(2022, 6, 1)).sector == "GOV"
    assert kb.person("Jordan Bardella", on=dt.date(2023, 7, 2)).sector == "PTY"
    assert kb.role("akim").note == "replaced by the user"
    assert kb.sources[-1] == path


def test_malformed_extra_file_names_file_and_entry(tmp_path):
    path = _write(tmp_path, "bad.json", {
        "people": [{"id": "x", "name": "Ivan Example", "country": "RUS",
                    "terms": [{"office": "Mayor", "sector": "GOV", "start": "2022-13-01"}]}],
    })
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load(extra=[path], phoenix=False)
    message = str(info.value)
    assert path in message and "Ivan Example" in message and "2022-13-01" in message
    assert isinstance(info.value, ValueError)
    assert info.value.path == path


def test_bad_json_and_missing_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "dotterel-actors", "version": 1,', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="broken.json: not valid JSON"):
        KnowledgeBase.load(extra=[path], phoenix=False)
    with pytest.raises(KnowledgeBaseError, match="file not found"):
        KnowledgeBase.load(extra=[tmp_path / "absent.json"], phoenix=False)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"format": "something-else", "version": 1}), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="'format' must be"):
        KnowledgeBase.load(extra=[wrong], phoenix=False)


def test_unknown_sector_and_country_are_rejected(tmp_path):
    bad_sector = _write(tmp_path, "s.json", {"roles": [{"phrase": "warlord", "sector": "XYZ"}]})
    with pytest.raises(KnowledgeBaseError, match="'XYZ' is not a declared sector"):
        KnowledgeBase.load(extra=[bad_sector], phoenix=False)
    bad_country = _write(tmp_path, "c.json", {
        "organisations": [{"id": "ACME", "name": "Acme", "type": "business", "sector": "BUS", "country": "ZZZ"}]})
    with pytest.raises(KnowledgeBaseError, match="c.json: organisations"):
        KnowledgeBase.load(extra=[bad_country], phoenix=False)


def test_undeclared_name_clash_is_rejected_and_declared_one_accepted(tmp_path):
    person = {"id": "other-tokayev", "name": "Ivan Tokayev", "country": "KAZ", "aliases": ["Kassym-Jomart Tokayev"]}
    clash = _write(tmp_path, "clash.json", {"people": [person]})
    with pytest.raises(KnowledgeBaseError, match="declare it in 'ambiguous'"):
        KnowledgeBase.load(extra=[clash], phoenix=False)
    declared = _write(tmp_path, "declared.json", {
        "people": [person],
        "ambiguous": [{"kind": "person", "name": "Kassym-Jomart Tokayev",
                       "candidates": ["kassym-jomart-tokayev", "other-tokayev"]}],
    })
    kb = KnowledgeBase.load(extra=[declared], phoenix=False)
    assert kb.person("Kassym-Jomart Tokayev") is None
    # the shared surname is now ambiguous as well
    assert kb.person("Tokayev") is None


# ------------------------------------------------------------ NER patterns

def test_entity_patterns(kb):
    patterns = kb.entity_patterns()
    assert {"label": "PERSON", "pattern": [{"ORTH": "Nursultan"}], "id": "nursultan-nazarbayev"} in patterns
    assert {"label": "ORG", "pattern": [{"ORTH": "CSTO"}], "id": "CSTO"} in patterns
    assert {"label": "GPE", "pattern": [{"ORTH": "U.S."}], "id": "USA"} in patterns
    # single words are case-sensitive token patterns; string patterns are multiword
    assert all(" " in p["pattern"] for p in patterns if isinstance(p["pattern"], str))
    # declared-ambiguous names are not patterns
    assert not any(p["pattern"] in ("Security Council", [{"ORTH": "RSF"}]) for p in patterns)
    assert patterns == kb.entity_patterns()  # deterministic
