"""A document in another language than the pipeline's is left out with its reason, on every face.

The paragraphs are our own, written for these tests. A French article used to give no events
and no warning (a new user's report); an English one with a foreign quotation or many names
must still be coded.
"""

from __future__ import annotations

import json

import pytest

from dotterel.cli import main
from dotterel.ingest import make_document
from dotterel.language import MIN_WORDS, LanguageGuard
from dotterel.runner.engines import code_batch

FRENCH = ("Des milliers de manifestants ont défilé samedi dans les rues de Marseille contre la réforme des "
          "retraites, et la police a interpellé une quarantaine de personnes après des heurts en fin de journée.")
SPANISH = ("Miles de personas marcharon el domingo por el centro de Valencia para exigir la dimisión del "
           "gobierno regional, y la policía detuvo a doce manifestantes tras los enfrentamientos de la noche.")
GERMAN = ("Tausende Menschen haben am Samstag in Leipzig gegen die Regierung demonstriert; die Polizei nahm "
          "nach Zusammenstößen am Abend mehr als zwanzig Personen fest, wie ein Sprecher mitteilte.")
INDONESIAN = ("Ribuan mahasiswa berunjuk rasa di depan gedung parlemen di Jakarta pada hari Senin untuk menolak "
              "undang-undang baru, dan polisi menembakkan gas air mata untuk membubarkan mereka.")
ENGLISH = ("Police in Marseille detained about forty people on Saturday after thousands marched through the "
           "city centre against the pension reform, a police spokesman told reporters in the evening.")
ENGLISH_QUOTING = ("Protesters in Paris chanted 'on ne lâche rien' as they marched on Thursday; police fired tear "
                   "gas near the Place de la République and detained twelve people, the interior ministry said.")
ENGLISH_NAMES = ("Kenyatta, Odinga and Ruto supporters clashed in Kisumu, Nakuru, Eldoret and Mombasa on Monday, "
                 "and police in Kibera, Mathare and Kawangware fired tear gas at crowds who burned tyres, witnesses said.")


@pytest.fixture(scope="module")
def guard():
    return LanguageGuard("en")


@pytest.mark.parametrize(("text", "name", "code"), [
    (FRENCH, "French", "fr"), (SPANISH, "Spanish", "es"), (GERMAN, "German", "de"),
    (INDONESIAN, "Malay", "ms"),  # CLD2 reads Indonesian as its close neighbour; either way not English
])
def test_a_paragraph_in_another_language_is_named(guard, text, name, code):
    why = guard.foreign(text)
    assert why is not None
    assert why.startswith(f"the text reads as {name} ({code}, ") and "% of the text)" in why
    assert why.endswith("this pipeline reads English (en) only")


@pytest.mark.parametrize("text", [ENGLISH, ENGLISH_QUOTING, ENGLISH_NAMES])
def test_english_with_foreign_words_or_many_names_is_coded(guard, text):
    assert guard.foreign(text) is None


def test_a_short_text_is_never_judged(guard):
    short = " ".join(FRENCH.split()[: MIN_WORDS - 1])
    assert guard.foreign(short) is None
    assert guard.foreign(" ".join(FRENCH.split()[:MIN_WORDS])) is not None


def test_the_coder_keeps_the_order_and_codes_the_english_documents(coder):
    docs = [make_document(ENGLISH, doc_id="en1", published="2023-03-12"),
            make_document(FRENCH, doc_id="fr", published="2023-03-12"),
            make_document(ENGLISH_QUOTING, doc_id="en2", published="2023-03-12")]
    coded = list(coder.code_documents(docs))
    assert [c.document.doc_id for c in coded] == ["en1", "fr", "en2"]
    assert [c.skipped is None for c in coded] == [True, False, True]
    assert coded[1].events == [] and "French (fr" in coded[1].skipped
    alone = {d.doc_id: next(iter(coder.code_documents([d]))).events for d in (docs[0], docs[2])}
    assert coded[0].events and coded[0].events == alone["en1"]
    assert coded[2].events and coded[2].events == alone["en2"]
    error = coded[1].skipped_error()
    assert str(error).startswith("fr: the text reads as French (fr, ")
    assert "set language_check = false" in str(error)


def test_the_check_can_be_turned_off(coder):
    off = coder.for_config(coder.config.with_overrides(language_check=False))
    assert off.language_guard is None and coder.language_guard is not None
    assert off.config_hash == coder.config_hash and off.nlp is coder.nlp  # which documents, never how
    coded = next(iter(off.code_documents([make_document(FRENCH, doc_id="fr")])))
    assert coded.skipped is None


def test_cli_code_names_the_file_and_exits_2(tmp_path, coder, capsys):
    fr = tmp_path / "marseille_fr.txt"
    fr.write_text(FRENCH, encoding="utf-8")
    en = tmp_path / "marseille_en.txt"
    en.write_text(ENGLISH, encoding="utf-8")
    status = main(["code", str(fr), str(en), "--published", "2023-03-12", "--format", "jsonl"], coder=coder)
    out, err = capsys.readouterr()
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "marseille_fr.txt: the text reads as French (fr" in lines[0]
    assert "no events coded" in lines[0] and "Traceback" not in err
    events = [json.loads(line) for line in out.splitlines()]
    assert events and {e["doc_id"] for e in events} == {events[0]["doc_id"]}  # the English file's only


def test_cli_code_with_the_check_off_in_the_config(tmp_path, coder, capsys):
    fr = tmp_path / "fr.txt"
    fr.write_text(FRENCH, encoding="utf-8")
    config = tmp_path / "pipeline.toml"
    config.write_text("language_check = false\n", encoding="utf-8")
    assert main(["code", str(fr), "--config", str(config), "--format", "jsonl"], coder=coder) == 0
    assert "reads as French" not in capsys.readouterr().err


def test_a_batch_records_the_foreign_document_as_an_error_and_keeps_the_rest(coder):
    docs = [make_document(GERMAN, doc_id="de", path="in/corpus.jsonl:27"),
            make_document(ENGLISH, doc_id="en", path="in/marseille.txt", published="2023-03-12")]
    items, errors = code_batch(coder, docs)
    assert [i.document.doc_id for i in items] == ["en"] and items[0].events
    assert len(errors) == 1
    e = errors[0]
    assert (e.stage, e.path, e.line, e.doc_id) == ("code", "in/corpus.jsonl", 27, "de")  # as ingest errors
    assert e.reason.startswith("the text reads as German (de") and e.hint.startswith("code it with a pipeline")
