"""What coding produces before and after the record stage: candidates and coded documents.

:class:`EventCandidate` is the seam between detectors and the rest of the
pipeline: the trigger lexicon, the implied-protest rule and any learned
classifier each propose candidates; later stages decide claimant, date,
actors and place and turn the ones that survive into
:class:`~dotterel.records.Event` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from ..errors import InputError
from . import Abstention, Document, Event, EventDate, Place

__all__ = ["EventCandidate", "CodedDocument"]


class EventCandidate(BaseModel):
    """One event a detector proposes in one sentence.

    Token positions are indices into the parsed ``spacy.tokens.Doc`` of the
    document (``doc[i]``), so a candidate is plain data: it pickles, prints
    and compares without the parse.

    Attributes
    ----------
    sentence : int
        Index of the sentence in ``DocContext.sentences`` (0-based).
    trigger : int
        Token index of the word reported as the trigger.
    head : int
        Token index of the clause head the event hangs on (certainty and
        dates are read from it); the trigger itself for most verbs.
    obj : int | None
        Token index of the object that licensed the rule, if any.
    actor : int | None
        Token index of the head of the actor phrase.
    recipients : tuple of int
        Token indices of candidate recipient heads, best first; the first
        that resolves to an actor is the recipient.
    part : int | None
        For an elliptical second event ("detained 12 ... and nine more on
        15/06/2020"), the token heading its own date and count.
    event_type : str
        PLOVER event type (PLOVER manual 2021).
    mode : str | None
        PLOVER mode of that type, when the detector knows it.
    cameo : str | None
        CAMEO code (CAMEO manual 1.1b3) when the detector knows it; otherwise
        the ontology's crosswalk chooses one.
    lemma : str | None
        The lexicon lemma that matched (``"demand"``, ``"urge"``...), for the
        rules that depend on the word; ``None`` from a learned detector.
    toll : bool
        The trigger reports a toll ("killed", "died"): its grammatical subject
        is a victim, not an actor, and its figures may belong to another event.
    recipient_slot : bool
        The trigger has a recipient slot (an object, a prepositional target).
    requires_recipient : bool
        Abstain unless a recipient resolves.
    implied : bool
        Not stated by a trigger of its own but implied by another event (a
        march that police broke up).
    detector : str
        Registry name of the detector without the ``detect.`` prefix
        (``"rules.v1"``, ``"implied.v1"``).
    confidence : float | None
        The detector's confidence in [0, 1]; ``None`` from rules.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    sentence: int = Field(ge=0)
    trigger: int = Field(ge=0)
    head: int = Field(ge=0)
    obj: int | None = None
    actor: int | None = None
    recipients: tuple[int, ...] = ()
    part: int | None = None
    event_type: str
    mode: str | None = None
    cameo: str | None = None
    lemma: str | None = None
    toll: bool = False
    recipient_slot: bool = True
    requires_recipient: bool = False
    implied: bool = False
    detector: str
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)


@dataclass
class CodedDocument:
    """The result of coding one document.

    Attributes
    ----------
    document : Document
    events : list[Event]
        In text order of their first mention.
    abstentions : list[Abstention]
        Candidates the coder did not code, with reasons (filled only in
        debug mode).
    places : list[Place]
        Every toponym the document names, in text order, each resolved by
        the gazetteer (``geonameid`` None when it could not be resolved) and
        with its ``span`` in the original text; demonyms and names the
        knowledge base holds as people are left out.
    dates : list[EventDate]
        Every date expression (spaCy DATE/TIME entity outside parentheses),
        in text order, resolved against the publication date by
        :class:`~dotterel.dates.DateResolver`; phrases it cannot resolve
        (durations, frequencies, relative phrases with no base) are left out.
    skipped : str | None
        Why the document was not coded at all (it reads, with confidence,
        as another language than the pipeline's: :mod:`dotterel.language`);
        None for a coded document.
    """

    document: Document
    events: list[Event]
    abstentions: list[Abstention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[EventDate] = field(default_factory=list)
    skipped: str | None = None

    def skipped_error(self) -> InputError | None:
        """The one-line error every face reports for a document not coded, or None.

        Returns
        -------
        dotterel.errors.InputError | None
            Names the document's file (or its id), says why it was left out
            and what to do.
        """
        if self.skipped is None:
            return None
        file, line = self.document.file_and_line()
        return InputError(f"{self.skipped}; no events coded",
                          path=file or self.document.doc_id, line=line,
                          hint="code it with a pipeline for that language, or set language_check = false "
                               "in a --config file to code it anyway")

    def _repr_html_(self) -> str:
        """Jupyter: the text with every event's evidence highlighted, then the events (:mod:`dotterel.notebook`)."""
        from dotterel.notebook import document_html

        return document_html(self)
