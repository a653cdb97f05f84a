"""Where the language folders are: ``dotterel/lang/<code>/``, the languages packaged, and a folder's spaCy model.

Split from :mod:`dotterel.lang` (which re-exports these) so the profile's model of fields stays one concern;
the folder layout is the one :mod:`dotterel.lang` describes.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import PipelineError

__all__ = ["available_languages", "language_folder", "profile_model"]


def _lang_root() -> Traversable:
    return resources.files("dotterel").joinpath("lang")


def language_folder(code: str) -> Traversable:
    """The packaged folder of language ``code`` (``dotterel/lang/<code>``).

    Parameters
    ----------
    code : str
        ISO 639-1 code, e.g. ``"en"``.

    Returns
    -------
    importlib.resources.abc.Traversable

    Raises
    ------
    PipelineError
        When there is no such folder with a ``profile.json``; the message
        names the code, the folder and the languages there are.
    """
    root = _lang_root()
    folder = root.joinpath(code) if re.fullmatch(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]+)?", code or "") else None
    if folder is None or not folder.joinpath("profile.json").is_file():
        raise PipelineError(f"no language profile for {code!r}: dotterel/lang/{code}/profile.json does not exist "
                            f"(languages: {', '.join(available_languages()) or 'none'}); "
                            "add the folder or choose one of these")
    return folder


def available_languages() -> list[str]:
    """The codes of the packaged language folders, sorted."""
    return sorted(p.name for p in _lang_root().iterdir() if p.is_dir() and p.joinpath("profile.json").is_file())


def profile_model(code: str) -> str | None:
    """The spaCy model that ``dotterel/lang/<code>/profile.json`` names, read without loading the profile.

    A configuration needs only this one field; :meth:`LanguageProfile.load` validates the whole file
    and compiles its ~500 patterns, which a coder does once, not every configuration it is handed.

    Parameters
    ----------
    code : str
        As :meth:`LanguageProfile.load`.

    Returns
    -------
    str or None
        The model's package name; None when the folder, the file or the field is missing or not
        readable (:meth:`LanguageProfile.load` then says what is wrong, in one line).
    """
    try:
        data = json.loads(language_folder(code).joinpath("profile.json").read_text(encoding="utf-8"))
    except (PipelineError, OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    model = data.get("model") if isinstance(data, dict) else None
    if isinstance(model, dict) and set(model) <= {"value", "note"}:
        model = model.get("value")
    return model if isinstance(model, str) else None
