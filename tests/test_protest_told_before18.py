"""A definite protest noun opening a paragraph is held by who the paragraph before says protested (issue 16: who).

"Hundreds of farmers marched in Nairobi. (paragraph) The protests spread to other towns": "the protests" are
the ones already told, so their holders are the farmers (PLOVER manual, PROTEST: the actor is who protests;
``actors.protest_holders.protest_doer_before``). Only "the" looks back a paragraph: a bare "Protests spread"
states no holder, nor does a protest told two paragraphs before, or in another country. Sentences written for
this test.
"""

import pytest


def _protest_actor(coder, text, word="protests"):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text.lower() == word]
    return ev.actor


@pytest.mark.parametrize("text, word, name", [
    ("Hundreds of farmers marched in Nairobi on Monday.\n\nThe protests spread to other towns by Wednesday.",
     "protests", "KEN farmer"),
    ("Thousands of students rallied outside parliament in Accra.\n\nBy evening the demonstrations had grown "
     "into the largest in years.", "demonstrations", "GHA student"),
])
def test_the_protests_of_the_paragraph_before_keep_their_holders(coder, text, word, name):
    actor = _protest_actor(coder, text, word)
    assert actor is not None and actor.name == name and actor.how == "implied" and actor.span is None
    assert actor.antecedent is not None and actor.antecedent.text in text


@pytest.mark.parametrize("text", [
    # no article: no reference to protests told before
    "Hundreds of farmers marched in Nairobi on Monday.\n\nProtests spread to other towns by Wednesday.",
    # told two paragraphs before
    "Hundreds of farmers marched in Nairobi on Monday.\n\nThe government did not comment.\n\n"
    "The protests spread to other towns by Wednesday.",
    # the earlier march was in another country
    "Hundreds of farmers marched in Nairobi on Monday.\n\nIn Uganda, the protests spread to Kampala by Wednesday.",
])
def test_no_holder_from_beyond_the_paragraph_before(coder, text):
    assert _protest_actor(coder, text) is None


# rev18a: a protest noun whose own words (a place, a day, what it is about) the earlier protest does not say
# names protests of its own, in the paragraph before or its own (the words of the noun, not of its verb: "the protests spread to Paris" still looks back)
@pytest.mark.parametrize("text", [
    "Students marched in Dhaka on Monday.\n\nThe protests in Chittagong last week had turned violent.",
    "Residents protested in Kisumu on Monday over water shortages. Meanwhile the protests in Nairobi continued "
    "for a third week.",
    "Hundreds of workers protested in Karachi on Monday.\n\nThe protests in Lahore turned violent.",
    "Traders rallied in Kano on Friday.\n\nThe protests last year had turned violent.",
    # what they were about: words the earlier protest's sentence does not say
    "Teachers marched in Nairobi over pay on Monday.\n\nThe fuel price protests spread to Mombasa on Tuesday.",
    "Students protested in Dhaka over tuition fees on Monday.\n\nThe protests against the election result "
    "turned violent on Tuesday.",
    "Students marched in Dhaka on Monday.\n\nThe Chittagong protests turned violent on Tuesday.",
])
def test_a_protest_noun_placed_or_dated_otherwise_takes_no_holder(coder, text):
    assert _protest_actor(coder, text) is None


@pytest.mark.parametrize("text, name", [
    ("Farmers marched through Lyon on Monday.\n\nThe protests in Lyon turned violent on Tuesday.", "FRA farmer"),
    ("Hundreds of teachers marched in Nairobi on Monday.\n\nThe protests in Nairobi grew on Monday evening.",
     "KEN teacher"),
    ("Farmers marched over fuel prices in Lyon on Monday.\n\nThe fuel price protests spread to Paris on Tuesday.",
     "FRA farmer"),
])
def test_a_protest_noun_placed_where_the_earlier_one_was_keeps_its_holders(coder, text, name):
    actor = _protest_actor(coder, text)
    assert actor is not None and actor.name == name and actor.how == "implied"
