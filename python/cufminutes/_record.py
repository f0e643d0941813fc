"""The meeting record (schema "cufminutes/1") as frozen Python classes.

The native module hands records over as JSON; these classes mirror the serde model in
``src/record/mod.rs`` key for key. ``to_dict()`` gives back exactly the JSON dict, including
keys that a newer cufminutes wrote and this version does not know (kept in ``_extra``).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field, fields
from typing import Any, Callable, ClassVar, Dict, Mapping, Optional, Tuple, Type, TypeVar

__all__ = [
    "Decision",
    "Intervention",
    "Meeting",
    "ParseWarning",
    "Participant",
    "Record",
    "Reference",
    "Section",
    "Source",
    "SourceSpan",
    "Speaker",
    "Vote",
]

_M = TypeVar("_M", bound="_Model")


def _short(text: Optional[str], limit: int = 40) -> str:
    """A quoted, shortened text for reprs."""
    if text is None:
        return "None"
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return repr(text)


class _Model:
    """Shared JSON plumbing: field names are JSON keys unless ``_keys`` renames them.

    Not a dataclass itself: each subclass is a frozen dataclass whose last field is ``_extra``.
    """

    #: JSON keys this version does not know, kept so that ``to_dict()`` loses nothing.
    _extra: Mapping[str, Any]

    #: Python attribute -> JSON key, where they differ ("for" is a keyword).
    _keys: ClassVar[Mapping[str, str]] = {}
    #: Attributes holding one nested model, or a tuple of them.
    _one: ClassVar[Mapping[str, Type[_Model]]] = {}
    _many: ClassVar[Mapping[str, Type[_Model]]] = {}
    #: Attributes that are [a, b] pairs in JSON and tuples here.
    _pairs: ClassVar[Tuple[str, ...]] = ()
    #: Attributes whose key the JSON leaves out when the value is null.
    _omit_none: ClassVar[Tuple[str, ...]] = ()

    @classmethod
    def _plan(cls) -> Tuple[Tuple[Tuple[str, str, int, Any, Any], ...], frozenset[str]]:
        """How to read each field, worked out once per class: (attribute, JSON key, shape,
        nested class, default), and the JSON keys known."""
        plan = _PLANS.get(cls)
        if plan is None:
            steps = []
            for f in fields(cls):  # type: ignore[arg-type]
                if f.name == "_extra":
                    continue
                key = cls._keys.get(f.name, f.name)
                if f.name in cls._one:
                    shape, sub = _ONE, cls._one[f.name]
                elif f.name in cls._many:
                    shape, sub = _MANY, cls._many[f.name]
                elif f.name in cls._pairs:
                    shape, sub = _PAIR, None
                else:
                    shape, sub = _PLAIN, None
                steps.append((f.name, key, shape, sub, f))
            plan = (tuple(steps), frozenset(key for _, key, _, _, _ in steps))
            _PLANS[cls] = plan
        return plan

    @classmethod
    def from_dict(cls: Type[_M], data: Mapping[str, Any]) -> _M:
        """Builds the object from its JSON dict; unknown keys are kept for ``to_dict()``."""
        if not isinstance(data, Mapping):
            raise TypeError(f"{cls.__name__}.from_dict expects a mapping, not {type(data).__name__}")
        steps, known = cls._plan()
        kwargs: Dict[str, Any] = {}
        for name, key, shape, sub, _ in steps:
            if key not in data:
                continue
            value = data[key]
            if shape == _ONE and value is not None:
                value = sub.from_dict(value)
            elif shape == _MANY:
                value = tuple([sub.from_dict(v) for v in value or ()])
            elif shape == _PAIR and value is not None:
                value = tuple(value)
            kwargs[name] = value
        kwargs["_extra"] = {k: v for k, v in data.items() if k not in known} if len(data) > len(kwargs) else {}
        return cls(**kwargs)

    def to_dict(self) -> Dict[str, Any]:
        """The object as the JSON dict it was read from."""
        out: Dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]
            if f.name == "_extra":
                continue
            value = getattr(self, f.name)
            if value is None and f.name in self._omit_none:
                continue
            if isinstance(value, _Model):
                value = value.to_dict()
            elif f.name in self._many:
                value = [v.to_dict() for v in value]
            elif f.name in self._pairs and value is not None:
                value = list(value)
            out[self._keys.get(f.name, f.name)] = value
        out.update(copy.deepcopy(dict(self._extra)))
        return out

    def to_json(self, indent: Optional[int] = None) -> str:
        """The object as JSON text (UTF-8 characters kept, not escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


#: Field plans of the model classes, worked out on first use.
_PLANS: Dict[type, Any] = {}
_PLAIN, _ONE, _MANY, _PAIR = range(4)


def _extra() -> Any:
    return field(default_factory=dict, repr=False, hash=False)


@dataclass(frozen=True)
class SourceSpan(_Model):
    """Where an item was read: body block index, text line range, table cell."""

    block: int = 0
    lines: Optional[Tuple[int, int]] = None
    cell: Optional[Tuple[int, int]] = None
    _extra: Mapping[str, Any] = _extra()

    _pairs: ClassVar[Tuple[str, ...]] = ("lines", "cell")
    _omit_none: ClassVar[Tuple[str, ...]] = ("lines", "cell")


@dataclass(frozen=True)
class Source(_Model):
    """The document the record was read from."""

    path: Optional[str] = None
    format: str = ""
    sha256: str = ""
    encoding: Optional[str] = None
    title: Optional[str] = None
    author: Optional[str] = None
    created: Optional[str] = None
    modified: Optional[str] = None
    _extra: Mapping[str, Any] = _extra()


@dataclass(frozen=True)
class Meeting(_Model):
    """When and where the meeting took place (date YYYY-MM-DD, times HH:MM)."""

    title: Optional[str] = None
    date: Optional[str] = None
    start_time: Optional[str] = None
    end_time: Optional[str] = None
    location: Optional[str] = None
    _extra: Mapping[str, Any] = _extra()


@dataclass(frozen=True)
class Section(_Model):
    """An agenda item or section."""

    id: str = ""
    number: Optional[str] = None
    title: str = ""
    level: int = 1
    source: Optional[SourceSpan] = None
    _extra: Mapping[str, Any] = _extra()

    _one: ClassVar[Mapping[str, Type[_Model]]] = {"source": SourceSpan}

    def __repr__(self) -> str:
        number = f"{self.number} " if self.number else ""
        return f"<Section {self.id} {number}{_short(self.title)} level {self.level}>"


@dataclass(frozen=True)
class Participant(_Model):
    """A person listed as attending, excused, absent or represented, or who took part."""

    id: str = ""
    name: str = ""
    civility: Optional[str] = None
    given_name: Optional[str] = None
    family_name: Optional[str] = None
    role: Optional[str] = None
    organization: Optional[str] = None
    attendance: Optional[str] = None
    source: Optional[SourceSpan] = None
    _extra: Mapping[str, Any] = _extra()

    _one: ClassVar[Mapping[str, Type[_Model]]] = {"source": SourceSpan}

    def __repr__(self) -> str:
        details = ", ".join(x for x in (self.role, self.organization) if x)
        parts = [f"<Participant {self.id} {_short(self.name)}"]
        if details:
            parts.append(_short(details, 50))
        if self.attendance:
            parts.append(f"({self.attendance})")
        return " ".join(parts) + ">"


@dataclass(frozen=True)
class Speaker(_Model):
    """Who speaks in an intervention: a person or a group."""

    name: str = ""
    kind: str = "person"
    participant: Optional[str] = None
    role: Optional[str] = None
    organization: Optional[str] = None
    _extra: Mapping[str, Any] = _extra()

    def __repr__(self) -> str:
        linked = f" -> {self.participant}" if self.participant else ""
        return f"<Speaker {_short(self.name)} {self.kind}{linked}>"


@dataclass(frozen=True)
class Intervention(_Model):
    """What someone said, in which section."""

    id: str = ""
    section: Optional[str] = None
    speaker: Speaker = field(default_factory=Speaker)
    text: str = ""
    source: Optional[SourceSpan] = None
    _extra: Mapping[str, Any] = _extra()

    _one: ClassVar[Mapping[str, Type[_Model]]] = {"speaker": Speaker, "source": SourceSpan}

    def __repr__(self) -> str:
        return f"<Intervention {self.id} {_short(self.speaker.name)}: {_short(self.text)}>"


@dataclass(frozen=True)
class Vote(_Model):
    """A structured vote; ``for_`` is the JSON key "for"."""

    unanimous: bool = False
    for_: Optional[int] = None
    against: Optional[int] = None
    abstentions: Optional[int] = None
    _extra: Mapping[str, Any] = _extra()

    _keys: ClassVar[Mapping[str, str]] = {"for_": "for"}


@dataclass(frozen=True)
class Decision(_Model):
    """A decision, action, proposal, request, deferral or dated upcoming event."""

    id: str = ""
    kind: str = "decision"
    text: str = ""
    owner: Optional[str] = None
    #: Id of the participant the owner names, when one resolves.
    owner_participant: Optional[str] = None
    due: Optional[str] = None
    #: The day ``due`` names, YYYY-MM-DD, when it names one.
    due_date: Optional[str] = None
    section: Optional[str] = None
    vote: Optional[Vote] = None
    source: Optional[SourceSpan] = None
    _extra: Mapping[str, Any] = _extra()

    _one: ClassVar[Mapping[str, Type[_Model]]] = {"vote": Vote, "source": SourceSpan}
    _omit_none: ClassVar[Tuple[str, ...]] = ("owner_participant", "due_date", "vote")

    def __repr__(self) -> str:
        return f"<Decision {self.id} {self.kind}: {_short(self.text)}>"


@dataclass(frozen=True)
class Reference(_Model):
    """A link found in the document."""

    url: str = ""
    label: Optional[str] = None
    source: Optional[SourceSpan] = None
    _extra: Mapping[str, Any] = _extra()

    _one: ClassVar[Mapping[str, Type[_Model]]] = {"source": SourceSpan}

    def __repr__(self) -> str:
        label = f" {_short(self.label)}" if self.label else ""
        return f"<Reference {self.url}{label}>"


@dataclass(frozen=True)
class ParseWarning(_Model):
    """Something the parser was unsure of, with a stable ``code``."""

    code: str = ""
    message: str = ""
    source: Optional[SourceSpan] = None
    _extra: Mapping[str, Any] = _extra()

    _one: ClassVar[Mapping[str, Type[_Model]]] = {"source": SourceSpan}

    def __repr__(self) -> str:
        return f"<ParseWarning {self.code}: {_short(self.message)}>"


@dataclass(frozen=True)
class Record(_Model):
    """A meeting read from one document."""

    schema: str = ""
    source: Source = field(default_factory=Source)
    meeting: Meeting = field(default_factory=Meeting)
    sections: Tuple[Section, ...] = ()
    participants: Tuple[Participant, ...] = ()
    interventions: Tuple[Intervention, ...] = ()
    decisions: Tuple[Decision, ...] = ()
    references: Tuple[Reference, ...] = ()
    warnings: Tuple[ParseWarning, ...] = ()
    _extra: Mapping[str, Any] = _extra()

    _one: ClassVar[Mapping[str, Type[_Model]]] = {"source": Source, "meeting": Meeting}
    _many: ClassVar[Mapping[str, Type[_Model]]] = {
        "sections": Section,
        "participants": Participant,
        "interventions": Intervention,
        "decisions": Decision,
        "references": Reference,
        "warnings": ParseWarning,
    }

    #: True on records, False on the ``ParseFailure`` results of ``parse_many``.
    ok: ClassVar[bool] = True

    @classmethod
    def from_json(cls, text: str) -> Record:
        """Reads a record back from its JSON (as printed by ``cufminutes parse``)."""
        return cls.from_dict(json.loads(text))

    def __reduce__(self) -> Tuple[Callable[[str], Record], Tuple[str]]:
        # Pickled as its JSON: compact, and readable by a later cufminutes whose classes
        # gained fields.
        return (_record_from_json, (self.to_json(),))

    def participants_frame(self) -> Any:
        """The participants as a pandas DataFrame, one row each (needs ``cufminutes[pandas]``);
        the columns are those of ``cufminutes.to_frames(...).participants``."""
        from ._notebook import PARTICIPANT_COLUMNS, frame, participant_rows

        return frame(participant_rows(self), PARTICIPANT_COLUMNS)

    def _repr_html_(self) -> str:
        """Compact summary for notebooks: the meeting line, participants table, decisions."""
        from ._notebook import record_html

        return record_html(self)

    def __repr__(self) -> str:
        m = self.meeting
        head = " ".join(x for x in (m.date, _short(m.title) if m.title else None) if x)
        if not head:
            head = self.source.path or "(no date, no title)"
        counts = ", ".join(
            f"{n} {word}{'' if n == 1 else 's'}"
            for n, word in (
                (len(self.participants), "participant"),
                (len(self.interventions), "intervention"),
                (len(self.decisions), "decision"),
            )
        )
        return f"<Record {head} {counts}>"


def _record_from_json(text: str) -> Record:
    """Unpickles a record (see ``Record.__reduce__``)."""
    return Record.from_json(text)
