"""cufminutes.directory: one entry per person across meetings, spelling variants resolved."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

import cufminutes

from conftest import JAPON, KANAZAWA, SEED_FORMATS, SEED_ID, record_dict, seed_dir


def test_spelling_variants_across_documents_are_one_person() -> None:
    first = record_dict("2020-09-21", [
        {"name": "Élise Carvalho Dias", "civility": "Mme", "organization": "Ville de Lyon",
         "attendance": "present", "given_name": "Elise", "family_name": "Carvalho Dias"},
        {"name": "PARK Min Ho", "civility": "M.", "attendance": "present",
         "given_name": "Min Ho", "family_name": "PARK"},
    ], sha="01")
    second = record_dict("2021-02-01", [
        {"name": "Elise Carvalho-Dias", "role": "adjointe", "attendance": "excused",
         "organization": "ville de Lyon"},
        {"name": "Min Ho PARK", "organization": "Ambassade de la République de Corée", "role": "consul"},
        {"name": "ÉLISE CARVALHO-DIAS", "attendance": "present"},
    ], sha="02")
    records = [cufminutes.Record.from_dict(first), cufminutes.Record.from_dict(second)]
    entries = cufminutes.directory(records)
    assert [e.name for e in entries] == ["Élise Carvalho Dias", "PARK Min Ho"]
    elise, song = entries
    assert elise.civility == "Mme"
    assert elise.organizations == ("Ville de Lyon",)
    assert elise.roles == ("adjointe",)
    assert (elise.meetings, elise.documents) == (2, 2)
    assert (elise.first_meeting, elise.last_meeting) == ("2020-09-21", "2021-02-01")
    assert (elise.present, elise.excused, elise.unknown) == (1, 1, 0)
    assert set(elise.spellings) == {"Élise Carvalho Dias", "Elise Carvalho-Dias",
                                    "ÉLISE CARVALHO-DIAS"}
    assert (song.given_name, song.family_name) == ("Min Ho", "PARK")
    assert (song.present, song.unknown) == (1, 1)
    assert song.organizations == ("Ambassade de la République de Corée",)


def test_directory_of_the_examples_lists_each_person_once() -> None:
    records = [cufminutes.parse(JAPON), cufminutes.parse(KANAZAWA)]
    entries = cufminutes.directory(records)
    people = {p.name for r in records for p in r.participants}
    assert 0 < len(entries) <= len(people)
    assert all(e.meetings >= 1 and e.documents >= 1 for e in entries)
    assert sum(e.documents for e in entries) >= len(entries)
    again = cufminutes.directory(records + records)
    assert [e.name for e in again] == [e.name for e in entries]
    assert all(e.meetings == f.meetings for e, f in zip(entries, again)), \
        "the same minutes twice are the same meetings"


def test_failures_are_skipped_and_other_objects_refused() -> None:
    results = list(cufminutes.parse_many([JAPON, "absent.docx"]))
    assert cufminutes.directory(results) == cufminutes.directory(results[:1])
    with pytest.raises(TypeError, match="Record"):
        cufminutes.directory(["not a record"])  # type: ignore[list-item]
    assert cufminutes.directory([]) == []


def test_entry_row_and_dict() -> None:
    entry = cufminutes.directory([cufminutes.Record.from_dict(record_dict("2022-01-03", [
        {"name": "Jeanne Martin", "organization": "Mairie de Lyon", "attendance": "remote"},
        {"name": "Jeanne MARTIN", "organization": "Mairie de Nice"},
    ]))])[0]
    from cufminutes._directory import COLUMNS

    row = dict(zip(COLUMNS, entry.row()))
    assert row["organizations"] == "Mairie de Lyon | Mairie de Nice"
    assert row["remote"] == 1 and row["meetings"] == 1
    data = entry.to_dict()
    assert data["organizations"] == ["Mairie de Lyon", "Mairie de Nice"]
    assert cufminutes.DirectoryEntry.from_dict(data) == entry
    assert repr(entry).startswith("<DirectoryEntry 'Jeanne")


def test_seed_in_every_format_gives_its_35_people_once() -> None:
    seed = seed_dir()
    records = [cufminutes.parse(seed / f"{SEED_ID}{fmt}") for fmt in SEED_FORMATS]
    entries = cufminutes.directory(records)
    assert len(entries) == 35, [e.name for e in entries]
    assert all(e.meetings == 1 and e.documents == len(SEED_FORMATS) for e in entries)
    # Every person of the seed's gold record is one entry, whatever spelling it shows.
    gold = json.loads((seed / f"{SEED_ID}.gold.json").read_text(encoding="utf-8"))
    keys = {cufminutes_key(e.name) for e in entries}
    missing = [p["name"] for p in gold["participants"] if cufminutes_key(p["name"]) not in keys]
    assert not missing, missing


def cufminutes_key(name: str) -> str:
    """A spelling-blind key: letters only, folded, words sorted."""
    folded = unicodedata.normalize("NFKD", name.lower())
    letters = "".join(c if c.isalnum() else " " for c in folded if not unicodedata.combining(c))
    return " ".join(sorted(letters.split()))


def test_directory_path_independent(tmp_path: Path) -> None:
    """A copy of the same minutes elsewhere is the same meeting."""
    copy = tmp_path / "copie.txt"
    copy.write_bytes(JAPON.read_bytes())
    one = cufminutes.directory([cufminutes.parse(JAPON)])
    two = cufminutes.directory([cufminutes.parse(JAPON), cufminutes.parse(copy)])
    assert [e.meetings for e in one] == [e.meetings for e in two]
    assert all(e.documents == 2 for e in two)
