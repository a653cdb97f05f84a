"""The coding pipeline: stages behind one protocol, a registry, one config and a per-document context.

- :mod:`~dotterel.pipeline.stage`: the :class:`Stage` protocol and :func:`check_order`;
- :mod:`~dotterel.pipeline.registry`: :class:`StageRegistry` (built-ins, entry points, import references);
- :mod:`~dotterel.pipeline.config`: :class:`PipelineConfig`, the one configuration of every face;
- :mod:`~dotterel.pipeline.context`: :class:`DocContext`, :class:`Resources`;
- :mod:`~dotterel.pipeline.builtin`: the stages that set a document up.

``docs/architecture.md`` draws the stages in order with the slots each reads and writes.
"""

from .config import DEFAULT_STAGES, PipelineConfig
from .registry import StageRegistry
from .stage import Stage, check_order

__all__ = ["PipelineConfig", "DEFAULT_STAGES", "StageRegistry", "Stage", "check_order"]
