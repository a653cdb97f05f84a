"""Name folding for gazetteer keys.

Two keys are computed for every name:

* :func:`fold` - case, accents, apostrophes, periods, hyphens and other
  punctuation folded away; word boundaries are kept, so "Nur-Sultan" and
  "Nur Sultan" give ``"nur sultan"`` but "Nursultan" gives ``"nursultan"``.
* :func:`skeleton` - the folded key with common romanisation variants merged
  (Russian/Kazakh ``zh``/``j``/``dzh``, ``kh``/``h``, ``q``/``k``, ``y``/``i``,
  ``ou``/``u``, ``w``/``v``, doubled letters, the assimilated Arabic article
  ``an-``/``ar-``/``as-`` ... = ``al-``). Sources: the BGN/PCGN and
  Library-of-Congress romanisation tables for Russian, Kazakh and Arabic show
  these letters as the usual points where transliterations of one name differ.

Both are pure functions of the string; nothing is loaded at import time.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "skeleton", "is_indexable"]

# Letters that NFKD does not decompose into base letter + combining mark.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
    }
)
# Apostrophe-like marks (incl. the Arabic 'ayn/hamza modifier letters used in
# romanisations, e.g. "Dar'ā", "Nursultʻan") and periods vanish: "U.S." -> "us".
_DROP = re.compile(r"[\u0027\u2018\u2019\u02bb\u02bc\u02bf\u02be\u0060\u00b4\u2032.]")
_SEP = re.compile(r"[^0-9a-z]+")
_INDEXABLE = re.compile(r"^[0-9a-z]+(?: [0-9a-z]+)*$")


def fold(name: str) -> str:
    """Fold a place name to its comparison key.

    Parameters
    ----------
    name : str
        Any place name.

    Returns
    -------
    str
        Lower-case ASCII-ish key: accents stripped (NFKD), apostrophes and
        periods removed, every other run of non-alphanumerics (hyphens,
        spaces, commas, parentheses) turned into one space. Characters of
        non-Latin scripts survive as-is; see :func:`is_indexable`.
    """
    s = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = _DROP.sub("", s)
    # Keep non-Latin letters (so they are visibly non-indexable) but split on
    # any punctuation or space.
    s = re.sub(r"[\W_]+", " ", s)
    return " ".join(s.split())


def is_indexable(key: str) -> bool:
    """Return True when a folded key is Latin-script ASCII (``[0-9a-z ]``).

    Parameters
    ----------
    key : str
        Output of :func:`fold`.

    Returns
    -------
    bool
        Non-Latin alternate names of GeoNames are not indexed: input text is
        English news, and unindexed scripts keep the index small.
    """
    return bool(_INDEXABLE.match(key))


# Ordered rewrites; longer patterns first so "dzh" is not split by "zh".
_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        # Arabic article with sun-letter assimilation: ad-, an-, ar-, as-,
        # at-, az-, ash-, el- all written for al- in one source or another.
        (r"\b(?:a|e)(?:l|d|n|r|s|t|z|sh|th)\s(?=\w)", "al "),
        (r"dzh", "j"),
        (r"zh", "j"),
        (r"dj", "j"),
        (r"kh", "h"),
        (r"gh", "g"),
        (r"tch", "ch"),
        (r"sch", "sh"),
        (r"ck", "k"),
        (r"q", "k"),
        (r"ph", "f"),
        (r"w", "v"),
        (r"ou", "u"),
        (r"y", "i"),
        (r"(.)\1+", r"\1"),
    )
)


def skeleton(key: str) -> str:
    """Merge common transliteration variants of a folded key.

    Parameters
    ----------
    key : str
        Output of :func:`fold`.

    Returns
    -------
    str
        A coarser key: "zhanaozen" and "janaozen" both give "janaozen";
        "qaraghandy" and "karagandy" both give "karagandi". Word boundaries are
        kept (joining words is not a spelling variant).
    """
    s = key
    for pat, rep in _SKELETON_RULES:
        s = pat.sub(rep, s)
    return s
