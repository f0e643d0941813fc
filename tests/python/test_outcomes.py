"""Outcomes linked to the record: the participant an owner names, the day a due text names,
and the warning for a vote that counts more voices than the meeting had voters."""

from __future__ import annotations

import pytest

import cufminutes

BUREAU = """\
# Compte rendu du bureau de l'Atelier vélo de Morvelles du 6 octobre 2023

Présents : Firmin Laboureix (trésorier), Anatole Crévin, Maëlys Dorvenne

## Actions

- Maëlys : réserver la salle des fêtes avant le 4 novembre
- @anatole relance les adhérents, fin janvier

## Suivi

| Action | Qui | Échéance |
|---|---|---|
| Acheter des chambres à air | le trésorier | 20/10/2023 |
| Tenir le stand du marché | Ysée et M. Crévin | courant décembre |
"""

CONSEIL = """\
Procès-verbal du conseil de l'Amicale des Rameurs de Pellevoise du 12 mai 2023

Présents : Aubin Marchelier, Zélie Fontarède
Représenté : Théophane Gorrec (pouvoir à Zélie Fontarède)
Excusé : Octave Pruvel

1. Comptes

Le conseil approuve les comptes par 5 voix pour, 1 contre.
"""


def _links(record: cufminutes.Record) -> list[tuple[str | None, ...]]:
    return [(d.owner, d.owner_participant, d.due, d.due_date) for d in record.decisions]


@pytest.mark.recognizer
def test_owners_name_participants_and_due_texts_name_days() -> None:
    record = cufminutes.parse_text(BUREAU)
    ids = {p.name: p.id for p in record.participants}
    links = _links(record)
    assert ("Maëlys", ids["Maëlys Dorvenne"], "4 novembre", "2023-11-04") in links
    # A month before the meeting's is next year's; "fin" puts the day at the month's end.
    assert ("@anatole", ids["Anatole Crévin"], "fin janvier", "2024-01-31") in links
    assert ("le trésorier", ids["Firmin Laboureix"], "20/10/2023", "2023-10-20") in links
    # The first owner who is a participant; a month alone names no day.
    assert ("Ysée et M. Crévin", ids["Anatole Crévin"], "courant décembre", None) in links


@pytest.mark.recognizer
def test_new_keys_are_left_out_when_unknown_and_reach_the_frames() -> None:
    record = cufminutes.parse_text(BUREAU)
    data = record.to_dict()
    unlinked = [d for d in data["decisions"] if d["due"] == "courant décembre"]
    assert unlinked and "due_date" not in unlinked[0]
    assert cufminutes.Record.from_dict(data) == record
    pd = pytest.importorskip("pandas")
    decisions = cufminutes.to_frames([record]).decisions
    assert isinstance(decisions, pd.DataFrame)
    assert {"owner_participant", "due_date"} <= set(decisions.columns)
    assert "2024-01-31" in set(decisions["due_date"])


@pytest.mark.recognizer
def test_a_vote_over_the_members_present_or_represented_is_a_warning() -> None:
    record = cufminutes.parse_text(CONSEIL)
    over = [w for w in record.warnings if w.code == "decisions.vote_exceeds_members"]
    assert len(over) == 1
    voted = [d for d in record.decisions if d.vote is not None]
    assert len(voted) == 1 and over[0].source == voted[0].source
    assert "6 voices" in over[0].message and "3 participants" in over[0].message
