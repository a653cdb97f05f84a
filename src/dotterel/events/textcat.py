"""Stage ``detect.textcat.v1``: a learned second opinion on each sentence's event type.

A sentence-level linear classifier (tf-idf of word 1-2-grams and char
3-5-grams, multinomial logistic regression; trained by
``scripts/train_event_classifier.py``, described in
``data/models/MODEL.md``) gives each sentence a probability for each PLOVER
event type and for ``NONE`` (no event: background, opinion, analysis). The
stage uses it two ways:

* **propose**: in a sentence where the rules found nothing, a candidate of the
  most probable type when its probability reaches the model's calibrated
  ``propose`` threshold, with the trigger, actor and recipient taken from the
  parse (:func:`choose_trigger`, :func:`~dotterel.events.detect.subject_of`);
  below it the sentence is left alone: abstaining is the default, and no
  default type is ever emitted;
* **vote**: a rule candidate in a sentence the model holds to be no event with
  probability at least the ``veto`` threshold is dropped, with an abstention
  that says so (a threshold above 1 turns voting off).

The weights are plain JSON (no pickle) shipped in the package; their sha256
is checked against ``data/models/manifest.json`` when they load, and the
scorer needs only numpy (a dependency of spaCy).
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ClassifierModelError
from ..records.coded import EventCandidate
from .detect import is_passive, subject_of

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["EventClassifier", "TextcatDetector", "choose_trigger", "MODEL_FILE", "NONE"]

MODEL_FILE = "event_textcat.json"
"""The packaged weights, under ``dotterel/data/models/``."""
NONE = "NONE"
"""The class of a sentence that states no event."""

_FORMAT = "dotterel-linear-textcat/1"
_WORD = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
_WHITE = re.compile(r"\s\s+")
_MIN_TOKENS = 4


def _floats(b64: str, shape: tuple[int, ...]) -> np.ndarray:
    return np.frombuffer(base64.b64decode(b64), dtype="<f4").astype(np.float64).reshape(shape)


def _word_ngrams(text: str, lo: int, hi: int) -> list[str]:
    toks = _WORD.findall(text)
    out = []
    for n in range(lo, hi + 1):
        out.extend(" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1))
    return out


def _char_wb_ngrams(text: str, lo: int, hi: int) -> list[str]:
    # scikit-learn's ``char_wb`` analyser: n-grams inside each space-padded word
    out = []
    for w in _WHITE.sub(" ", text).split():
        w = f" {w} "
        for n in range(lo, hi + 1):
            offset = 0
            out.append(w[offset:offset + n])
            while offset + n < len(w):
                offset += 1
                out.append(w[offset:offset + n])
            if offset == 0:
                break
    return out


class _Block:
    """One tf-idf block (sublinear tf, idf, l2 norm), as scikit-learn's ``TfidfVectorizer`` computes it."""

    def __init__(self, spec: dict, offset: int) -> None:
        self.analyzer = spec["analyzer"]
        self.lo, self.hi = spec["ngram_range"]
        self.index = {term: offset + i for i, term in enumerate(spec["vocabulary"])}
        self.idf = _floats(spec["idf"], (len(spec["vocabulary"]),))
        self.offset = offset
        self.size = len(spec["vocabulary"])

    def features(self, text: str) -> tuple[list[int], np.ndarray]:
        grams = (_word_ngrams if self.analyzer == "word" else _char_wb_ngrams)(text.lower(), self.lo, self.hi)
        counts = Counter(self.index[g] for g in grams if g in self.index)
        if not counts:
            return [], np.zeros(0)
        cols = list(counts)
        vals = np.array([(1.0 + math.log(counts[c])) * self.idf[c - self.offset] for c in cols])
        return cols, vals / np.linalg.norm(vals)


class _Head:
    def __init__(self, spec: dict, n_features: int) -> None:
        self.classes: list[str] = list(spec["classes"])
        k = len(self.classes)
        # a binary head stores one row; a multinomial head one row per class
        rows = 1 if k == 2 and len(base64.b64decode(spec["intercept"])) == 4 else k
        self.coef = _floats(spec["coef"], (rows, n_features)).T.copy()  # features x classes
        self.intercept = _floats(spec["intercept"], (rows,))

    def proba(self, cols: list[int], vals: np.ndarray, restrict: list[int] | None = None) -> np.ndarray:
        z = self.intercept + (vals @ self.coef[cols] if cols else 0.0)
        if restrict is not None:
            z = z[restrict]
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()


class EventClassifier:
    """The shipped sentence classifier: PLOVER event type (or ``NONE``) and mode.

    Build it with :meth:`load`; it holds only arrays and is safe to share
    between coders and threads.

    Attributes
    ----------
    types : list of str
        The classes of the type head: the PLOVER types the training data has
        and ``"NONE"``.
    thresholds : dict of str to float
        ``propose`` (least probability of a type for a new candidate),
        ``veto`` (least probability of ``NONE`` to drop a rule candidate),
        ``mode`` (least probability of a mode, given the type).
    meta : dict
        Name, version, seed, training data counts and dev scores from the
        model file.
    sha256 : str
        Hex digest of the file as read.
    """

    def __init__(self, data: dict, sha256: str) -> None:
        if data.get("format") != _FORMAT:
            raise ClassifierModelError(f"event classifier: unknown format {data.get('format')!r}; "
                                       f"expected {_FORMAT!r}; retrain with scripts/train_event_classifier.py")
        self.blocks = []
        offset = 0
        for spec in data["features"]:
            block = _Block(spec, offset)
            self.blocks.append(block)
            offset += block.size
        self._type = _Head(data["type"], offset)
        self._mode = _Head(data["mode"], offset) if data.get("mode") else None
        self.types = self._type.classes
        self.thresholds = {"propose": 0.5, "veto": 1.01, "mode": 0.5} | dict(data.get("thresholds", {}))
        self.meta = {k: v for k, v in data.items() if k not in ("features", "type", "mode")}
        self.sha256 = sha256

    @classmethod
    def load(cls, path: str | Path | None = None, *, expected_sha256: str | None = None) -> EventClassifier:
        """Read the packaged model (or the file at ``path``) and check its sha256.

        Parameters
        ----------
        path : str | pathlib.Path | None
            A model file written by ``scripts/train_event_classifier.py``;
            default the packaged ``dotterel/data/models/event_textcat.json``.
        expected_sha256 : str | None
            The hex digest the file must have; default the packaged
            ``manifest.json``'s entry for the file's name (a file of another
            name, outside the package, is checked only when this is given).

        Returns
        -------
        EventClassifier

        Raises
        ------
        ClassifierModelError
            When the file is missing, its hash differs from the expected one,
            or it is not a model of a known format.

        Examples
        --------
        >>> clf = EventClassifier.load()
        >>> clf.predict("Police arrested 30 protesters in the capital.")[0][0]
        'COERCE'
        """
        models = resources.files("dotterel").joinpath("data", "models")
        try:
            blob = Path(path).read_bytes() if path is not None else models.joinpath(MODEL_FILE).read_bytes()
        except OSError as exc:
            raise ClassifierModelError(f"event classifier: cannot read {path or MODEL_FILE} "
                                       f"({exc.strerror or exc}); reinstall dotterel") from None
        name = Path(path).name if path is not None else MODEL_FILE
        if expected_sha256 is None:
            manifest = json.loads(models.joinpath("manifest.json").read_text(encoding="utf-8"))
            expected_sha256 = manifest.get(name) if path is None or name == MODEL_FILE else None
        digest = hashlib.sha256(blob).hexdigest()
        if expected_sha256 is not None and digest != expected_sha256:
            raise ClassifierModelError(f"event classifier {name}: sha256 {digest[:12]}... does not match the "
                                       f"manifest's {expected_sha256[:12]}...; the file is damaged or was "
                                       "replaced: reinstall dotterel or retrain with "
                                       "scripts/train_event_classifier.py")
        try:
            data = json.loads(blob)
        except ValueError as exc:
            raise ClassifierModelError(f"event classifier {name}: not JSON ({exc})") from None
        return cls(data, digest)

    def _features(self, text: str) -> tuple[list[int], np.ndarray]:
        cols: list[int] = []
        parts = []
        for block in self.blocks:
            c, v = block.features(text)
            cols.extend(c)
            parts.append(v)
        return cols, (np.concatenate(parts) if parts else np.zeros(0))

    def type_proba(self, text: str) -> np.ndarray:
        """Probabilities of :attr:`types` for one sentence (sums to 1)."""
        return self._type.proba(*self._features(text))

    def predict(self, text: str) -> list[tuple[str, float]]:
        """Every class with its probability, most probable first.

        Parameters
        ----------
        text : str
            One sentence.

        Returns
        -------
        list of (str, float)
            ``(event_type or "NONE", probability in [0, 1])``.
        """
        p = self.type_proba(text)
        return sorted(zip(self.types, (float(x) for x in p)), key=lambda kv: -kv[1])

    def mode(self, text: str, event_type: str) -> tuple[str | None, float]:
        """The most probable mode of ``event_type`` for the sentence, with its probability given the type.

        Returns
        -------
        (str | None, float)
            ``(None, 0.0)`` when the model knows no mode of that type.
        """
        if self._mode is None:
            return None, 0.0
        idx = [i for i, c in enumerate(self._mode.classes) if c.split(":", 1)[0] == event_type]
        if not idx:
            return None, 0.0
        p = self._mode.proba(*self._features(text), restrict=idx)
        best = int(p.argmax())
        return self._mode.classes[idx[best]].split(":", 1)[1], float(p[best])


def choose_trigger(sent, *, lang: LanguageProfile):
    """The token that states a sentence's event: its main verb, else its first clause verb, else a noun.

    A reporting verb ("police said ...") hands over to the verb of what is
    reported. Returns ``None`` when the sentence has no verb or noun.

    Parameters
    ----------
    sent : spacy.tokens.Span
    lang : LanguageProfile
        Its ``reporting_verbs`` and ``event_noun_verbs`` (``lang/<code>/profile.json``).

    Returns
    -------
    spacy.tokens.Token | None
    """
    root = sent.root
    if root.pos_ in ("VERB", "AUX") and root.lemma_.lower() in lang.reporting_verbs:
        for c in root.children:
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                return c
    if root.pos_ == "VERB":
        return _event_noun(root, lang) or root
    for tok in sent:
        if tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl"):
            return tok
    if root.pos_ in ("NOUN", "PROPN"):
        return root
    nouns = [t for t in sent if t.pos_ == "NOUN"]
    return nouns[0] if nouns else None


def _event_noun(verb, lang):
    """The object noun of a light verb ("went on *strike*", "held a *rally*"), else None."""
    if verb.lemma_.lower() not in lang.event_noun_verbs:
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ == "NOUN":
            return c
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    return g
    return None


def _recipient(trigger):
    if trigger.pos_ in ("VERB", "AUX"):
        if is_passive(trigger):
            return next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
        return next((c for c in trigger.children if c.dep_ == "dobj"), None)
    return None


def _actor(trigger, lang):
    if trigger.pos_ == "NOUN":
        verb = trigger.head if trigger.dep_ == "dobj" else trigger.head.head if trigger.dep_ == "pobj" else None
        if verb is not None and verb.lemma_.lower() in lang.event_noun_verbs:
            return subject_of(verb, lang=lang)  # "teachers went on strike": the light verb's subject
    if trigger.pos_ in ("VERB", "AUX") and is_passive(trigger):
        for c in trigger.children:
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None
    return subject_of(trigger, lang=lang)


class TextcatDetector:
    """Stage ``detect.textcat.v1`` (see the module docstring).

    List it after ``detect.rules.v1`` (it votes on the rules' candidates and
    proposes only where they found none); alone it proposes in every
    sentence.

    Parameters
    ----------
    resources : dotterel.pipeline.context.Resources
        Uses the ontology (a proposed mode must be a mode of the type) and the
        language profile (``lang``: reporting and event-noun verbs, subjects).
    classifier : EventClassifier | None
        Default: :meth:`EventClassifier.load` (the packaged model).
    """

    name = "detect.textcat.v1"
    requires = ("ctx.sentences",)
    provides = ("ctx.candidates",)
    detector = "textcat.v1"

    def __init__(self, resources, classifier: EventClassifier | None = None) -> None:
        self.ontology = resources.ontology
        self.lang = resources.lang
        self.classifier = classifier or EventClassifier.load()
        self.propose_at = self.classifier.thresholds["propose"]
        self.veto_at = self.classifier.thresholds["veto"]
        self.mode_at = self.classifier.thresholds["mode"]

    def __repr__(self) -> str:
        return f"<stage {self.name}>"

    def __call__(self, ctx) -> None:
        """Propose candidates where the rules found none (and vote on theirs when configured)."""
        for slot in ctx.sentences:
            if len(slot.span) < _MIN_TOKENS:
                continue
            text = slot.span.text
            ranked = self.classifier.predict(text)
            if slot.candidates:
                self._vote(ctx, slot, dict(ranked))
                continue
            cand = self.propose(slot.span, slot.index, ranked, text=text)
            if cand is not None:
                slot.candidates.append(cand)

    def _vote(self, ctx, slot, proba: dict[str, float]) -> None:
        p_none = proba.get(NONE, 0.0)
        if p_none < self.veto_at:
            return
        for cand in slot.candidates:
            ctx.abstain(cand, f"{cand.event_type}: the event classifier holds the sentence to be no event "
                              f"(p={p_none:.2f})")
        slot.candidates = []

    def propose(self, sent, index: int, ranked: list[tuple[str, float]] | None = None, *,
                text: str | None = None) -> EventCandidate | None:
        """The candidate the model proposes for one sentence, or None when it abstains.

        Parameters
        ----------
        sent : spacy.tokens.Span
            A parsed sentence.
        index : int
            Its index in the document's sentences.
        ranked : list of (str, float), optional
            :meth:`EventClassifier.predict` of the sentence, when already known.

        Returns
        -------
        EventCandidate | None
            With ``detector="textcat.v1"`` and the type's probability as
            ``confidence``; None when the top class is ``NONE``, its
            probability is below the ``propose`` threshold, or the sentence
            has no token to hang the event on.
        """
        text = text if text is not None else sent.text
        ranked = ranked if ranked is not None else self.classifier.predict(text)
        event_type, p = ranked[0]
        if event_type == NONE or p < self.propose_at or event_type not in self.ontology.event_types:
            return None
        trigger = choose_trigger(sent, lang=self.lang)
        if trigger is None:
            return None
        mode, p_mode = self.classifier.mode(text, event_type)
        if mode is None or p_mode < self.mode_at or not self.ontology.is_mode(event_type, mode):
            mode = None
        actor = _actor(trigger, self.lang)
        recipient = _recipient(trigger)
        return EventCandidate(
            sentence=index, trigger=trigger.i, head=trigger.i, actor=actor.i if actor is not None else None,
            recipients=(recipient.i,) if recipient is not None else (), event_type=event_type, mode=mode,
            detector=self.detector, confidence=round(min(max(p, 0.0), 1.0), 4),
        )
