"""The stage protocol, and the check that a list of stages can run in order.

A stage is one step of coding a document. It reads slots of the per-document
:class:`~dotterel.pipeline.context.DocContext` that earlier stages provide and
fills its own. Each stage names what it ``requires`` and ``provides`` (slot
names such as ``"ctx.places"``), as spaCy components declare ``requires`` and
``assigns`` (``Language.factory``); :func:`check_order` then refuses a stage
list in which something is read before it is written, as spaCy's
``analyze_pipes`` reports. The order itself comes from
:attr:`~dotterel.pipeline.config.PipelineConfig.stages`, not from code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..errors import PipelineError

if TYPE_CHECKING:
    from .context import DocContext

__all__ = ["Stage", "check_order", "INPUT_SLOTS"]

INPUT_SLOTS: frozenset[str] = frozenset({
    "ctx.document", "ctx.doc", "ctx.offsets", "ctx.published", "ctx.sentences", "ctx.lang",
})
"""Slots every :class:`DocContext` has before the first stage runs."""


@runtime_checkable
class Stage(Protocol):
    """One named, versioned step of the coding pipeline.

    Attributes
    ----------
    name : str
        Registry name with its version, ``"<family>.<name>.v<N>"``
        (``"detect.rules.v1"``); a stage whose output changes gets a new
        version.
    requires : tuple of str
        Slots it reads; each must be in :data:`INPUT_SLOTS` or provided by
        an earlier stage.
    provides : tuple of str
        Slots it writes. Several stages may provide the same slot when they
        add to it (every detector provides ``"ctx.candidates"``).

    Notes
    -----
    ``__call__(ctx)`` codes one document in place and returns nothing. A
    stage keeps no state between documents: what it learns of one document
    lives on ``ctx``.
    """

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, ctx: DocContext) -> None:  # pragma: no cover - protocol
        """Code one document in place: read the required slots of ``ctx`` and fill the provided ones."""
        ...


def check_order(stages: Sequence[Stage]) -> None:
    """Refuse a stage list whose stages read a slot before any stage writes it.

    Parameters
    ----------
    stages : sequence of Stage
        In the order they will run.

    Raises
    ------
    PipelineError
        Naming the first stage, the slot it lacks and the stages that
        could provide it; or a stage listed twice, or an object that is not
        a stage.

    Examples
    --------
    >>> check_order([])
    """
    available = set(INPUT_SLOTS)
    seen: set[str] = set()
    for stage in stages:
        if not isinstance(stage, Stage):
            raise PipelineError(f"{stage!r} is not a pipeline stage (it needs name, requires, provides and __call__)")
        if stage.name in seen:
            raise PipelineError(f"stage {stage.name!r} is listed twice; list each stage once")
        seen.add(stage.name)
        missing = [slot for slot in stage.requires if slot not in available]
        if missing:
            later = [s.name for s in stages if set(missing) & set(s.provides)]
            hint = f"; move it after {', '.join(later)}" if later else "; add a stage that provides it"
            raise PipelineError(f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage "
                                f"provides{hint}")
        available.update(stage.provides)
