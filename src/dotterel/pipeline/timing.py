"""The coder's own timers: where the time of coding goes, stage by stage.

A :class:`StageTimes` is kept by each :class:`~dotterel.coder.Coder` and
filled as it codes (two ``time.process_time`` calls per stage and document,
a few microseconds each against tens of milliseconds per document, so it is
always on). CPU time, not wall-clock time: on a shared machine it counts what
coding costs, not what other jobs took. ``benchmarks/speed.py``
reports the share of each stage from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["StageTimes", "PARSE"]

PARSE = "spacy.pipe"
"""The key of the time spent in normalising and parsing (``nlp.pipe``, the KB name tagger included)."""


@dataclass
class StageTimes:
    """CPU seconds of this process spent per stage, summed over the documents coded.

    Attributes
    ----------
    seconds : dict of str to float
        By stage name (``"document.v1"``...), plus :data:`PARSE` for the
        normalisation and spaCy's ``nlp.pipe``, in the order first met.
        With ``n_process`` > 1 the forked workers' timers are added
        (:mod:`dotterel.coder_processes`); where workers cannot be forked,
        only what this process spends, not spaCy's workers.
    documents : int
        Documents coded.
    sentences : int
        Their sentences (spaCy's).
    first_pass_sentences, second_pass_sentences : int
        With the two passes (:mod:`dotterel.pipeline.two_pass`), the
        sentences of the first pass and those of them that reached the
        second; both 0 otherwise.
    second_pass_reasons : dict of str to int
        How many of the second pass's sentences went for each reason
        (:data:`dotterel.pipeline.two_pass.REASONS`); empty with one pass.
    second_pass_ner_sentences : int
        Those of the second pass's sentences the entity recogniser read
        (``ctx.second_pass_ner``); 0 with one pass.
    """

    seconds: dict[str, float] = field(default_factory=dict)
    documents: int = 0
    sentences: int = 0
    first_pass_sentences: int = 0
    second_pass_sentences: int = 0
    second_pass_reasons: dict[str, int] = field(default_factory=dict)
    second_pass_ner_sentences: int = 0

    def add(self, name: str, seconds: float) -> None:
        """Add ``seconds`` to the time of ``name``."""
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def merge(self, other: StageTimes) -> None:
        """Add everything ``other`` counted (a worker process's timers) to this one."""
        for name, seconds in other.seconds.items():
            self.add(name, seconds)
        for reason, n in other.second_pass_reasons.items():
            self.second_pass_reasons[reason] = self.second_pass_reasons.get(reason, 0) + n
        self.documents += other.documents
        self.sentences += other.sentences
        self.first_pass_sentences += other.first_pass_sentences
        self.second_pass_sentences += other.second_pass_sentences
        self.second_pass_ner_sentences += other.second_pass_ner_sentences

    def total(self) -> float:
        """All the seconds counted, in seconds."""
        return sum(self.seconds.values())

    def shares(self) -> dict[str, float]:
        """Each name's part of :meth:`total`, in [0, 1] (empty when nothing was timed)."""
        total = self.total()
        return {k: v / total for k, v in self.seconds.items()} if total > 0 else {}

    def reset(self) -> None:
        """Forget everything counted so far."""
        self.seconds.clear()
        self.second_pass_reasons.clear()
        self.documents = self.sentences = self.first_pass_sentences = self.second_pass_sentences = 0
        self.second_pass_ner_sentences = 0
