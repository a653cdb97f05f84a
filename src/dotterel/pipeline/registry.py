"""Stage factories by name: the built-in stages, entry-point plug-ins and import references.

A configured stage name is looked up in this order:

1. a name registered on the :class:`StageRegistry` (the built-ins of
   :mod:`dotterel.pipeline.builtin`, or ones a caller registers);
2. an entry point of the group ``"dotterel.stages"`` of an installed
   package (as spaCy finds factories through ``catalogue`` entry points);
3. an import reference ``"package.module:factory"``.

So a learned detector is one new module plus one line in
:attr:`PipelineConfig.stages` (``"my_detectors.rally:RallyDetector"``), or
a registered name once its package declares the entry point. Nothing is
imported or registered when this module is imported; a registry is built
when a coder asks for one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from ..errors import PipelineError

if TYPE_CHECKING:
    from .context import Resources
    from .stage import Stage

__all__ = ["StageRegistry", "StageFactory", "ENTRY_POINT_GROUP"]

ENTRY_POINT_GROUP = "dotterel.stages"
"""The entry-point group where installed packages declare stage factories."""

StageFactory = Callable[["Resources"], "Stage"]
"""A callable that builds a stage from the coder's loaded resources."""


class StageRegistry:
    """Names to stage factories.

    Parameters
    ----------
    factories : dict of str to StageFactory, optional
        Initial entries; :meth:`default` gives the built-in ones.

    Examples
    --------
    >>> reg = StageRegistry()
    >>> reg.register("detect.toy.v1", lambda resources: None)
    >>> "detect.toy.v1" in reg.names()
    True
    """

    def __init__(self, factories: dict[str, StageFactory] | None = None) -> None:
        self._factories: dict[str, StageFactory] = dict(factories or {})

    @classmethod
    def default(cls) -> StageRegistry:
        """A new registry holding the built-in stages (see ``docs/architecture.md``)."""
        from .builtin import BUILTIN_STAGES

        return cls(dict(BUILTIN_STAGES))

    def register(self, name: str, factory: StageFactory) -> None:
        """Register ``factory`` under ``name``, replacing any entry of that name.

        Raises
        ------
        PipelineError
            When the name is empty or ``factory`` is not callable.
        """
        if not name or not callable(factory):
            raise PipelineError(f"cannot register stage {name!r}: give a name and a callable factory")
        self._factories[name] = factory

    def names(self) -> list[str]:
        """The registered names, sorted (entry points not included)."""
        return sorted(self._factories)

    def factory(self, name: str) -> StageFactory:
        """The factory for a configured stage name.

        Raises
        ------
        PipelineError
            When the name is not registered, not an installed entry point and
            not an importable ``"module:attr"`` reference.
        """
        if name in self._factories:
            return self._factories[name]
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name == name:
                return ep.load()
        if ":" in name:
            module_name, _, attr = name.partition(":")
            try:
                obj = getattr(importlib.import_module(module_name), attr)
            except (ImportError, AttributeError) as exc:
                raise PipelineError(f"stage {name!r}: cannot import it ({exc}); check the module path in "
                                    "the pipeline's stages") from None
            if not callable(obj):
                raise PipelineError(f"stage {name!r} is not callable; it must build a stage from the resources")
            return obj
        known = ", ".join(self.names())
        raise PipelineError(f"unknown stage {name!r}; use one of {known}, an installed "
                            f"'{ENTRY_POINT_GROUP}' entry point, or a 'module:factory' reference")

    def build(self, name: str, resources: Resources) -> Stage:
        """Build the stage ``name`` with the coder's resources.

        Raises
        ------
        PipelineError
            As :meth:`factory`.
        """
        return self.factory(name)(resources)
