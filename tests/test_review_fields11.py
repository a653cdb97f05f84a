"""Review of the fields11 date and claim rules on shapes they must not fire on (issues 12 and 16).

Each rule added there reads one shape; these sentences, written for these
tests, have the same surface but another meaning:

- a possessive date on a noun that is no attack ("Sunday's funeral of a
  student who was shot"), a relative clause with its own date, or one on a
  person ("an attack on a soldier who killed ...") does not give its day to
  the relative clause (``events.dating._relative_on``);
- a year, month or "last year" after a label ("a man accused of killing his
  wife in 2019") is the labelled deed's time, not the arrest's
  (``events.dating`` label relatives: a day only);
- a day opening a new clause ("on Sunday and Wednesday a soldier died") is no
  coordinated pair (``events.dating._coordinated_days``);
- an admission of responsibility answers for an act the author tells; it is
  no claim the attack rests on (``actors.claimed._told_in_claim``).
"""

from __future__ import annotations

import pytest

PUB = "2024-03-15"  # a Friday


def _event(coder, text, trigger):
    return next(e for e in coder.code(text, published=PUB) if e.trigger.text == trigger)


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Thousands attended Sunday's funeral of a student who was shot dead by police.", "shot", None),
    ("Tuesday's report on the villagers who were killed by soldiers angered the army.", "killed", None),
    ("Lawyers criticised Tuesday's verdict against the protesters who stormed parliament last year.", "stormed",
     "2023"),
    ("Police condemned Monday's attack on a soldier who killed a protester in Kisumu.", "killed", None),
])
def test_a_possessive_date_stays_on_its_noun(coder, text, trigger, value):
    assert _event(coder, text, trigger).date.value == value


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police arrested a man accused of killing a teacher last year.", "arrested"),
    ("The court convicted a man accused of killing his wife in 2019.", "convicted"),
    ("Soldiers detained a journalist believed to have filmed the protest in March.", "detained"),
])
def test_a_coarse_date_after_a_label_is_the_labelled_deeds(coder, text, trigger):
    date = _event(coder, text, trigger).date
    assert date.value is None and date.source == "publication"


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Gunmen killed a farmer on Sunday and Wednesday a soldier died of his wounds.", "killed", "2024-03-10"),
    ("Police dispersed the protesters on Tuesday and Wednesday thousands returned to the square.", "dispersed",
     "2024-03-12"),
])
def test_a_day_opening_a_new_clause_is_no_pair(coder, text, trigger, value):
    date = _event(coder, text, trigger).date
    assert (date.value, date.time_precision) == (value, "day")


@pytest.mark.parametrize(("text", "verb"), [
    ("The army admitted responsibility for the air strike that killed 12 civilians in Kunduz.", "admitted"),
    ("The police accepted responsibility for the raid that killed two students in Kisumu.", "accepted"),
])
def test_an_admission_keeps_the_authors_word(coder, text, verb):
    [ev] = [e for e in coder.code(text, published=PUB) if e.event_type == "ASSAULT"] or [None]
    assert ev is None or (ev.attribution.claimant, ev.attribution.certainty) == ("author", "asserted")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Rebels claimed Sunday's attack on the village, which had been shelled for weeks.", "shelled"),
    ("The Taliban claimed the ambush on a convoy that had been attacked twice before.", "attacked"),
    ("Al-Shabaab claimed responsibility for the bombing of a base that had been shelled repeatedly.", "shelled"),
])
def test_an_earlier_act_inside_the_claim_is_not_the_claimed_attack(coder, text, trigger):
    # a past-perfect relative clause in the claim's object tells an earlier act (actors.claimed._pluperfect_relative)
    ev = _event(coder, text, trigger)
    assert (ev.actor is None or ev.actor.how != "claimed") and ev.attribution.claimant == "author"
