"""Validation problems: one shape for the API's 422 answers and the pages' one-line messages."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError, field_validator

from dotterel.server.problems import flatten, validation_problems


class _Query(BaseModel):
    limit: int

    @field_validator("limit")
    @classmethod
    def _positive(cls, v: int) -> int:
        if v < 1:
            raise ValueError("limit must be at least 1")
        return v


def _errors(**data) -> list:
    with pytest.raises(ValidationError) as info:
        _Query(**data)
    return info.value.errors()


def test_validator_message_loses_pydantics_prefix():
    assert validation_problems(_errors(limit=0)) == [{"loc": ["limit"], "msg": "limit must be at least 1"}]


def test_problems_flatten_to_one_line_for_pages():
    problems = validation_problems(_errors(limit="many")) + [{"loc": ["query", "q"], "msg": "empty"}]
    assert flatten(problems) == (
        "limit: Input should be a valid integer, unable to parse string as an integer; query.q: empty"
    )
    assert flatten("not found") == "not found"


def test_app_keeps_the_old_import_path():
    from dotterel.server import app

    assert app.validation_problems is validation_problems
