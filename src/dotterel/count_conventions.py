"""Named conventions that give a vague quantity ("dozens", "hundreds") one figure.

News gives many figures as vague plurals. Event datasets turn them into
numbers by different rules, and an analyst must know which one a figure
follows. dotterel keeps the words and their literal bounds on every
:class:`~dotterel.records.Count` ("dozens": at least 24, ``low``) and adds the
figure of one named convention (``estimate``, with ``convention`` and the
words as written in ``vague``). The convention is the pipeline option
:attr:`~dotterel.pipeline.config.PipelineConfig.count_convention` (CLI
``--count-convention``), ACLED's by default.

=============  =======  ========  =========  ==========  ====================
convention     "tens"   "dozens"  "hundreds" "thousands" "tens of thousands"
=============  =======  ========  =========  ==========  ====================
``acled``      10       12        100        1,000       10,000
``countlove``  -        20        100        -           -
``ccc``        -        -         200        2,000       20,000
=============  =======  ========  =========  ==========  ====================

"-": the convention states no figure, and none is given (never a guess).
Sources are on each :class:`VagueConvention` (``source``) and in
``docs/counts.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["VagueConvention", "CONVENTIONS"]


@dataclass(frozen=True)
class VagueConvention:
    """A named rule that gives a vague plural ("dozens", "hundreds") one figure.

    Attributes
    ----------
    name : str
        ``"acled"``, ``"countlove"`` or ``"ccc"`` (the values of
        :attr:`dotterel.pipeline.config.PipelineConfig.count_convention`).
    per_unit : int | None
        The figure is ``per_unit`` times the vague word's unit, for every
        unit (ACLED's "and so on").
    table : dict of int to int
        Otherwise the figure of each unit the convention states; a unit it
        does not state gets no figure (never a guessed one).
    source : str
        Where the convention is written.
    label : str
        The convention's name as people write it (``"ACLED"``, ``"Count
        Love"``, ``"CCC"``), shown beside its figures.
    """

    name: str
    per_unit: int | None
    table: dict[int, int]
    source: str
    label: str = ""

    def estimate(self, unit: int | None) -> int | None:
        """The convention's figure for a vague plural of ``unit`` (12 for "dozens"), or None."""
        if unit is None:
            return None
        if self.per_unit is not None:
            return self.per_unit * unit
        return self.table.get(unit)


CONVENTIONS: dict[str, VagueConvention] = {
    c.name: c
    for c in (
        VagueConvention(
            name="acled", per_unit=1, table={}, label="ACLED",
            source="ACLED, 'Uses and limitations of ACLED data: Fatalities' (27 Feb 2023, updated 7 May 2024): "
                   "when sources report estimates such as tens, dozens or hundreds, ACLED codes 10 for tens, "
                   "12 for dozens, 100 for hundreds, and so on (the most conservative estimate)"),
        VagueConvention(
            name="countlove", per_unit=None, table={12: 20, 100: 100}, label="Count Love",
            source="Count Love (countlove.org), as its method is described by its authors: dozens recorded as "
                   "20, hundreds as 100 (rounding generalities down)"),
        VagueConvention(
            name="ccc", per_unit=None, table={100: 200, 1000: 2000, 10000: 20000, 100000: 200000}, label="CCC",
            source="Crowd Counting Consortium data dictionary (ccc_data_dictionary.md, size_low/size_high): "
                   "hundreds = 200, thousands = 2000, tens of thousands = 20000, hundreds of thousands = 200000; "
                   "dozens kept as text only"),
    )
}
"""The vague-quantity conventions by name; :attr:`PipelineConfig.count_convention` picks one (ACLED's by default)."""
