"""A range of figures opened by "between" counts the verb's object (issue 16: every number form).

"Police arrested between 200 and 300 protesters": the small model parses
"between" as the verb's preposition and "protesters" as its object, so the
count had no clause role and was dropped; "200 to 300" was read. The noun now
fills the verb's object place, unless the verb has an object of its own (then
"between" is a real preposition); after a reporting verb ("Police said between
3,000 and 5,000 people rallied") it is the subject its clause lacks. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.counts import extract_counts
from dotterel.lang import LanguageProfile
from dotterel.records import Span

EN = LanguageProfile.load("en")


def counts_in(coder, text):
    """The counts :func:`extract_counts` finds in ``text``, parsed by the session coder's pipeline."""
    doc = coder.nlp(text)
    out = []
    for sent in doc.sents:
        out.extend(extract_counts(sent, to_span=lambda s, e: Span(start=s, end=e, text=doc.text[s:e]), lang=EN))
    return out


def _counts(coder, text):
    return [(c.kind, c.low, c.best, c.high, c.span.text) for c in counts_in(coder, text)]


@pytest.mark.parametrize("text,want", [
    ("Police arrested between 200 and 300 protesters in Tbilisi on Monday.",
     [("arrested", 200, None, 300, "between 200 and 300")]),
    ("Soldiers killed between 10 and 15 villagers in Borno on Friday.", [("killed", 10, None, 15, "between 10 and 15")]),
    ("Security forces detained between 40 and 50 students in Dhaka.",
     [("arrested", 40, None, 50, "between 40 and 50")]),
    # after a reporting verb the noun is the subject its clause lacks
    ("Police said between 3,000 and 5,000 people rallied in Baku on Saturday.",
     [("participants", 3000, None, 5000, "between 3,000 and 5,000")]),
    ("Police said between 200 and 300 protesters were arrested.",  # was read as a crowd of protesters
     [("arrested", 200, None, 300, "between 200 and 300")]),
])
def test_between_two_figures_counts_the_verbs_object(coder, text, want):
    assert _counts(coder, text) == want


@pytest.mark.parametrize("text", [
    "The ministry split the aid between 200 families in Tbilisi.",  # the verb has its own object
    "Police divided the crowd between 200 and 300 metres from the palace.",
])
def test_between_is_a_preposition_when_the_verb_has_an_object(coder, text):
    assert _counts(coder, text) == []
