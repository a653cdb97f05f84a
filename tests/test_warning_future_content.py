"""A warning whose content is future happened: it is a THREATEN by the warner (issue 12).

"Tokayev said on Sunday he would meet protest leaders, and warned that
provocateurs would be punished": the parser hangs "warned" on "meet", inside
what was said, and the modal "would" of "meet" then scoped over it, so the
warning was abstained as "future, not yet happened". A past verb cannot share
a modal's base-form clause (``events.syntax._misattached_conj``): the warning
is the reporting verb's conjunct, told by the author, with its own tense. The
punishing, the content of the warning, stays out. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2025-04-10"  # a Thursday
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


@pytest.mark.parametrize("text,trigger,warner,content", [
    ('Tokayev said on Sunday he would meet protest leaders, and warned that "provocateurs" would be punished.',
     "warned", "tokayev", "punished"),
    ("The general said his troops would stay in the city and threatened that rebels would be crushed.",
     "threatened", "officer", "crushed"),
    ("The president said he would meet opposition leaders and threatened to dissolve parliament.",
     "threatened", "president", "dissolve"),
    ("Police said they would investigate the killing and warned that looters would be arrested.",
     "warned", "police", "arrested"),
])
def test_a_warning_beside_a_promise_is_a_threaten_by_the_warner(coder, text, trigger, warner, content):
    coded = _coded(coder, text)
    [ev] = [e for e in coded.events if e.trigger.text == trigger]
    assert ev.event_type == "THREATEN"
    assert warner in ev.actor.name.lower()
    assert (ev.attribution.claimant, ev.attribution.certainty) == ("author", "asserted")
    assert not [e for e in coded.events if e.trigger.text == content]  # what is threatened has not happened


@pytest.mark.parametrize("text,trigger", [
    ("The interior minister warned that provocateurs would be punished.", "warned"),
    ("The president threatened that troops would be sent to the region.", "threatened"),
    ("Police warned on Monday that anyone who joins the march will be arrested.", "warned"),
])
def test_a_warning_alone_is_a_threaten(coder, text, trigger):
    coded = _coded(coder, text)
    assert [e.event_type for e in coded.events if e.trigger.text == trigger] == ["THREATEN"]
    assert not [e for e in coded.events if e.event_type in ("COERCE", "MOBILIZE", "ASSAULT")]


def test_the_warning_keeps_the_statement_day(coder):
    # "said on Sunday ... and warned": the warning is a conjunct of the dated reporting verb
    coded = _coded(coder, 'Tokayev said on Sunday he would meet protest leaders, and warned that "provocateurs" '
                          "would be punished.")
    [ev] = [e for e in coded.events if e.trigger.text == "warned"]
    assert ev.date.value == "2025-04-06"


@pytest.mark.parametrize("text,trigger", [
    # a base-form conjunct shares the modal: both acts are ahead
    ("Police said they would disperse the crowd and arrest its leaders.", "arrest"),
    ("The rebels said they would attack the town and seize the airport.", "seize"),
])
def test_a_base_form_conjunct_stays_under_the_modal(coder, text, trigger):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.trigger.text == trigger and e.attribution.certainty != "future"]
