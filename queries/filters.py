"""What a user types as a filter, read the way the documents and the template write it.

Every query takes ``kinds``, ``bases`` and ``municipality`` in the words people use: the
template's Japanese (目的外利用, 本人同意, 法令等 …) or the schema's English values, and a city
by a unique prefix (川口 for 川口市). An unknown value is refused with the nearest words and
the accepted values, never answered with an empty list.

Examples
--------
>>> resolve_kinds(["目的外利用", "external_provision"])
('purpose_outside_use', 'external_provision')
>>> resolve_bases(["本人同意", "法令等", "unknown"]), resolve_kinds("外部提供")
(('consent', 'law', 'unknown'), ('external_provision',))
>>> resolve_kinds(["bogus"])  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
tadori.queries.filters.UnknownValue: unknown --kind 'bogus'; accepted: 目的外利用 (purpose_outside_use), ...
>>> from tadori.queries.testing import tiny_store
>>> resolve_municipality(tiny_store(), "川口")
'川口市'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from rapidfuzz import fuzz, process

from tadori.errors import TadoriError
from tadori.graph.protocol import GraphStore
from tadori.ingest.normalize import canonical_name, classify_basis, classify_kind
from tadori.ingest.records import BASES, KINDS

from .vocabulary import read_rows

__all__ = ["BASIS_LABELS", "KIND_LABELS", "UnknownValue", "describe_filters", "resolve_bases", "resolve_kinds",
           "resolve_municipality", "why_empty"]

# The template's 区分 words (ingest/template.py); classify_kind reads the same words and their short forms.
KIND_LABELS = {"purpose_outside_use": "目的外利用", "external_provision": "外部提供",
               "online_connection": "オンライン結合", "collection_from_others": "本人以外からの収集"}


def _basis_labels() -> dict[str, str]:
    return {row["basis"]: row["label"] for row in read_rows("basis_order.csv")}


BASIS_LABELS = {basis: _basis_labels().get(basis, basis) for basis in BASES}
_UNKNOWN_BASIS_WORDS = {"unknown", "根拠不明", "不明"}


class UnknownValue(TadoriError):
    """A filter value that names nothing; carries the nearest words and every accepted value."""

    def __init__(self, option: str, value: str, suggestions: Sequence[str], accepted: Sequence[str]):
        self.option, self.value = option, value
        self.suggestions, self.accepted = list(suggestions), list(accepted)
        text = f"unknown {option} {value!r}"
        if self.suggestions:
            text += "; did you mean " + ", ".join(self.suggestions) + "?"
        super().__init__(text + "; accepted: " + ", ".join(self.accepted))


def _nearest(value: str, words: Iterable[str], limit: int = 3) -> list[str]:
    hits = process.extract(canonical_name(value), list(words), scorer=fuzz.WRatio, limit=limit, score_cutoff=70)
    return [word for word, _, _ in hits]


def _accepted(labels: dict[str, str]) -> list[str]:
    return [f"{label} ({value})" if label != value else value for value, label in labels.items()]


def resolve_kinds(words: Iterable[str] | None) -> tuple[str, ...] | None:
    """The schema's kinds for the words given (Japanese or English); None for no filter."""
    if not words:
        return None
    if isinstance(words, str):  # one word, not its characters
        words = [words]
    kinds = []
    for word in words:
        kind = word if word in KINDS else classify_kind(word)
        if kind is None:
            raise UnknownValue("--kind", word, _nearest(word, [*KIND_LABELS.values(), *KIND_LABELS]),
                               _accepted(KIND_LABELS))
        kinds.append(kind)
    return tuple(dict.fromkeys(kinds))


def resolve_bases(words: Iterable[str] | None) -> tuple[str, ...] | None:
    """The schema's bases for the words given (本人同意, 法令等, 条例第9条第3項第4号 or English)."""
    if not words:
        return None
    if isinstance(words, str):
        words = [words]
    bases = []
    labels = {canonical_name(label): basis for basis, label in BASIS_LABELS.items()}
    for word in words:
        folded = canonical_name(word)
        if word in BASES:
            basis = word
        elif folded in labels:
            basis = labels[folded]
        elif folded in _UNKNOWN_BASIS_WORDS:
            basis = "unknown"
        else:
            basis = classify_basis(word)
            if basis == "unknown":
                raise UnknownValue("--basis", word, _nearest(word, [*BASIS_LABELS.values(), *BASIS_LABELS]),
                                   _accepted(BASIS_LABELS))
        bases.append(basis)
    return tuple(dict.fromkeys(bases))


def resolve_municipality(store: GraphStore, text: str | None) -> str | None:
    """The one municipality ``text`` names: its whole name, or a prefix only it starts with."""
    if not text:
        return None
    from .resolve import municipality_names

    names = sorted(set(municipality_names(store)) | {m for d in store.documents() if (m := d.get("municipality"))})
    wanted = canonical_name(text)
    exact = [n for n in names if canonical_name(n) == wanted]
    if exact:
        return exact[0]
    starting = [n for n in names if canonical_name(n).startswith(wanted)]
    if len(starting) == 1:
        return starting[0]
    if starting:
        raise UnknownValue("--municipality", text, starting, names)
    raise UnknownValue("--municipality", text, _nearest(text, names), names)


def describe_filters(*, kinds: Iterable[str] | None = None, bases: Iterable[str] | None = None,
                     municipality: str | None = None, as_of: str | None = None) -> str:
    """The filters of an answer in words, for a sentence that says why it is empty.

    >>> describe_filters(kinds=["purpose_outside_use"], municipality="川口市", as_of="2014-01-01")
    'of kind 目的外利用 in 川口市 as of 2014-01-01'
    """
    parts = []
    if kinds:
        parts.append("of kind " + " or ".join(KIND_LABELS.get(k, k) for k in kinds))
    if bases:
        parts.append("on basis " + " or ".join(BASIS_LABELS.get(b, b) for b in bases))
    if municipality:
        parts.append(f"in {municipality}")
    if as_of:
        parts.append(f"as of {as_of}")
    return " ".join(parts)


def why_empty(what: str, count: Callable[..., int], **filters: object) -> str:
    """Say why an answer is empty: which filter leaves nothing, and how many remain without it.

    ``count(**filters)`` counts the answer's rows under the given filters; each filter that is
    set is dropped in turn to find the one that empties the answer.

    >>> why_empty("flow from X", lambda kinds=None, as_of=None: 0 if kinds else 3, kinds=["consent"])
    'no flow from X of kind consent (3 without --kind)'
    """
    given = {name: value for name, value in filters.items() if value}
    text = f"no {what}"
    described = describe_filters(**given)  # type: ignore[arg-type]
    if described:
        text += " " + described
    for name in given:
        relaxed = {k: v for k, v in given.items() if k != name}
        found = count(**relaxed)
        if found:
            return text + f" ({found} without {_OPTIONS.get(name, name)})"
    return text


_OPTIONS = {"kinds": "--kind", "bases": "--basis", "municipality": "--municipality", "as_of": "--as-of"}
