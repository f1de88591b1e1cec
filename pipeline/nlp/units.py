"""Units of port figures through pint: tonnes in any multiple, TEU and FEU, counts of boxes.

Every figure is stored in one base unit per dimension (``t``, ``TEU``, ``containers``), so
``95 Mt``, ``95,000 kt`` and ``95 million tonnes`` are the same number.
"""

from __future__ import annotations

from functools import lru_cache

# Written unit -> pint expression. Case matters where it decides: "Mt" is megatonnes, "MT" metric tons.
UNIT_WORDS = {
    "t": "tonne", "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "tonnen": "tonne",
    "metric tons": "tonne", "metric tonnes": "tonne", "mt": "tonne", "MT": "tonne",
    "Mt": "megatonne", "kt": "kilotonne", "kilotonnes": "kilotonne", "megatonnes": "megatonne",
    "teu": "TEU", "teus": "TEU", "feu": "FEU", "feus": "FEU", "standardcontainer": "TEU",
    "containers": "box", "container": "box", "boxes": "box",
}
BASE = {"tonne": "t", "TEU": "TEU", "box": "containers"}


@lru_cache(maxsize=1)
def registry():
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("TEU = [container_capacity]")
    ureg.define("FEU = 2 * TEU")
    ureg.define("box = [container_count] = containers")
    return ureg


def normalise(value: float, written_unit: str) -> tuple[float, str] | None:
    """(value in the base unit, base unit name) for ``written_unit``; None for a unit that is not one."""
    expression = UNIT_WORDS.get(written_unit) or UNIT_WORDS.get(written_unit.lower())
    if expression is None:
        return None
    ureg = registry()
    quantity = ureg.Quantity(value, expression)
    for base, name in BASE.items():
        if quantity.is_compatible_with(ureg(base)):
            return round(quantity.to(base).magnitude, 6), name
    return None
