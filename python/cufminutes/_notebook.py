"""Notebook helpers: pandas DataFrames of records and the HTML summary of a record.

pandas is imported only when a frame is asked for (``pip install cufminutes[pandas]``).
"""

from __future__ import annotations

import html
import importlib
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, NamedTuple, Union

if TYPE_CHECKING:
    from ._batch import ParseFailure
    from ._record import Record

__all__ = ["Frames", "to_frames"]

#: A ``pandas.DataFrame`` (pandas ships no type information, so it is ``Any`` to type checkers).
DataFrame = Any

PARTICIPANT_COLUMNS = (
    "source_path", "meeting_date", "meeting_title", "id", "name", "civility", "given_name",
    "family_name", "role", "organization", "attendance",
)
INTERVENTION_COLUMNS = (
    "source_path", "meeting_date", "meeting_title", "id", "section", "speaker", "speaker_kind",
    "participant", "speaker_role", "speaker_organization", "text",
)
DECISION_COLUMNS = (
    "source_path", "meeting_date", "meeting_title", "id", "kind", "text", "owner",
    "owner_participant", "due", "due_date", "section",
)

#: Participants shown by ``_repr_html_`` before "… and N more".
HTML_MAX_ROWS = 60


class Frames(NamedTuple):
    """The three tables of ``to_frames``: one row per participant, intervention, decision."""

    participants: DataFrame
    interventions: DataFrame
    decisions: DataFrame


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise ImportError(
            "DataFrames need pandas: pip install 'cufminutes[pandas]' (or pip install pandas)"
        ) from None


def _meeting(record: Record) -> Dict[str, Any]:
    return {
        "source_path": record.source.path,
        "meeting_date": record.meeting.date,
        "meeting_title": record.meeting.title,
    }


def participant_rows(record: Record) -> List[Dict[str, Any]]:
    head = _meeting(record)
    return [
        {
            **head, "id": p.id, "name": p.name, "civility": p.civility,
            "given_name": p.given_name, "family_name": p.family_name, "role": p.role,
            "organization": p.organization, "attendance": p.attendance,
        }
        for p in record.participants
    ]


def intervention_rows(record: Record) -> List[Dict[str, Any]]:
    head = _meeting(record)
    return [
        {
            **head, "id": i.id, "section": i.section, "speaker": i.speaker.name,
            "speaker_kind": i.speaker.kind, "participant": i.speaker.participant,
            "speaker_role": i.speaker.role, "speaker_organization": i.speaker.organization,
            "text": i.text,
        }
        for i in record.interventions
    ]


def decision_rows(record: Record) -> List[Dict[str, Any]]:
    head = _meeting(record)
    return [
        {
            **head, "id": d.id, "kind": d.kind, "text": d.text, "owner": d.owner,
            "owner_participant": d.owner_participant, "due": d.due, "due_date": d.due_date,
            "section": d.section,
        }
        for d in record.decisions
    ]


def frame(rows: List[Dict[str, Any]], columns: Iterable[str]) -> DataFrame:
    return _pandas().DataFrame(rows, columns=list(columns))


def to_frames(records: Iterable[Union[Record, ParseFailure]]) -> Frames:
    """Participants, interventions and decisions of ``records`` as three pandas DataFrames,
    each row carrying its meeting (``source_path``, ``meeting_date``, ``meeting_title``).
    Failures from ``parse_many`` are skipped. Needs pandas (``cufminutes[pandas]``)."""
    from ._batch import ParseFailure

    pd = _pandas()
    participants: List[Dict[str, Any]] = []
    interventions: List[Dict[str, Any]] = []
    decisions: List[Dict[str, Any]] = []
    for record in records:
        if isinstance(record, ParseFailure):
            continue
        participants.extend(participant_rows(record))
        interventions.extend(intervention_rows(record))
        decisions.extend(decision_rows(record))
    return Frames(
        pd.DataFrame(participants, columns=list(PARTICIPANT_COLUMNS)),
        pd.DataFrame(interventions, columns=list(INTERVENTION_COLUMNS)),
        pd.DataFrame(decisions, columns=list(DECISION_COLUMNS)),
    )


def _e(value: object) -> str:
    return "" if value is None else html.escape(str(value))


def record_html(record: Record) -> str:
    """A compact HTML summary: the meeting line, the participants table, the decisions."""
    m = record.meeting
    when = " ".join(x for x in (m.date, "–".join(t for t in (m.start_time, m.end_time) if t)) if x)
    line = " · ".join(
        x for x in (f"<strong>{_e(when)}</strong>" if when else "", _e(m.title), _e(m.location)) if x
    )
    out = ['<div class="cufminutes-record">']
    out.append(f"<p>{line or '<em>no date, no title</em>'}")
    if record.source.path:
        out.append(f'<br><small>{_e(record.source.path)} ({_e(record.source.format)})</small>')
    out.append("</p>")
    people = record.participants
    out.append(f"<p><strong>Participants</strong> ({len(people)})</p>")
    if people:
        out.append(
            "<table><thead><tr><th>Name</th><th>Role</th><th>Organization</th>"
            "<th>Attendance</th></tr></thead><tbody>"
        )
        for p in people[:HTML_MAX_ROWS]:
            name = f"{p.civility} {p.name}" if p.civility else p.name
            out.append(
                f"<tr><td>{_e(name)}</td><td>{_e(p.role)}</td><td>{_e(p.organization)}</td>"
                f"<td>{_e(p.attendance)}</td></tr>"
            )
        out.append("</tbody></table>")
        if len(people) > HTML_MAX_ROWS:
            out.append(f"<p>… and {len(people) - HTML_MAX_ROWS} more</p>")
    out.append(f"<p><strong>Decisions</strong> ({len(record.decisions)})</p>")
    if record.decisions:
        out.append("<ul>")
        for d in record.decisions:
            owner = f" — {_e(d.owner)}" if d.owner else ""
            out.append(f"<li><em>{_e(d.kind)}</em>: {_e(d.text)}{owner}</li>")
        out.append("</ul>")
    out.append(f"<p><small>{len(record.interventions)} interventions, "
               f"{len(record.warnings)} warnings</small></p></div>")
    return "".join(out)
