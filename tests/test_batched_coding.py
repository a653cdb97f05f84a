"""The seam ``codes_its_texts_in_one_stream`` (tests/conftest.py) hands tests records of a stream: they must be the
records a call of their own makes, or a test using it would check something else than it says."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import _texts_passed_to_calls
from dotterel.coder import ZONE_DOCUMENTS
from dotterel.ingest import make_document

TESTS = Path(__file__).resolve().parent
PUB = "2024-03-01"


def _fields(coded):
    return coded.events, coded.places, coded.dates, coded.abstentions


@pytest.mark.parametrize("module", ["test_recipients", "test_world", "test_record_fields_seed5"])
def test_a_stream_codes_each_text_as_a_call_of_its_own_does(coder, module):
    texts = list(_texts_passed_to_calls(TESTS / f"{module}.py").items())[:4]
    documents = [make_document(text, published=published or PUB) for text, published in texts]
    streamed = list(coder.code_documents(documents))
    with pytest.MonkeyPatch.context() as whole_zones:  # the seam parses its stream in spaCy batches of a whole zone
        whole_zones.setattr(coder.annotator, "batch_size", ZONE_DOCUMENTS)
        zoned = list(coder.code_documents(documents))
    assert len(streamed) == len(zoned) == len(documents) == 4
    for document, coded, in_zone in zip(documents, streamed, zoned, strict=True):
        [alone] = coder.code_documents([document])  # what coder.code(text, published=...) returns the events of
        assert coded.document == in_zone.document == document
        assert _fields(coded) == _fields(alone)
        assert _fields(in_zone) == _fields(alone)


def test_the_sentences_of_a_module_with_the_dates_written_beside_them():
    texts = _texts_passed_to_calls(TESTS / "test_world.py")
    assert texts["Nazarbayev criticised the protesters in Almaty."] == "2022-02-01"
    assert texts["Alexandria police arrested a woman on Friday, Louisiana officials said."] == "2009-03-20"
    assert "text, town, expected" not in texts  # parametrize's argument names are no sentence
    dated = _texts_passed_to_calls(TESTS / "test_dates_in_context.py")
    assert set(dated.values()) >= {"2023-09-14", "2024-05-03"}  # ISO dates passed by position
