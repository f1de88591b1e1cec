"""English and German numbers in running text: ``8.7 million``, ``8,7 Mio.``, ``1.234.000``, ``41.5m``."""

from __future__ import annotations

import re

SCALES = {
    "thousand": 1e3, "tsd": 1e3, "tsd.": 1e3, "k": 1e3, "tausend": 1e3,
    "million": 1e6, "millions": 1e6, "mill.": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mio": 1e6, "mio.": 1e6,
    "millionen": 1e6, "million.": 1e6,
    "billion": 1e9, "bn": 1e9, "mrd": 1e9, "mrd.": 1e9, "milliarde": 1e9, "milliarden": 1e9,
}
# Thousands may be grouped by a plain space too ("13 000"), but never out of a longer digit run:
# "2021 2022" in a table header is two years, not 1,202.
NUMBER_PATTERN = (r"(?<!\d)\d{1,3}(?:[.,\u202f\u00a0'](?:\d{3}))+(?!\d)(?:[.,]\d+)?|"
                  r"(?<!\d)\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:[.,]\d+)?")
SCALE_PATTERN = (r"(?:thousand|tausend|tsd\.?|millions?|millionen|mill\.|mln|mio\.?|mn|m|billion|bn|mrd\.?|"
                 r"milliarden?|k)")
_GROUPED = re.compile(r"^\d{1,3}([.,\u202f\u00a0'])\d{3}(?:\1\d{3})*$")


def parse_number(text: str, lang: str = "en") -> float:
    """A plain float from a written number; ``lang`` settles ``1,5`` (de: 1.5) and ``1,500`` (en: 1500).

    Raises ValueError for text that is not a number.
    """
    raw = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not raw or not re.fullmatch(r"[\d.,' ]+", raw) or not raw[0].isdigit():
        raise ValueError(f"not a number: {text!r}")
    compact = raw.replace(" ", "").replace("'", "")
    if _GROUPED.match(raw) or _GROUPED.match(compact):
        sep = next(ch for ch in raw if not ch.isdigit())
        # A single group after a separator is ambiguous: 1,500 (en) vs 1,500 (de: 1.5).
        groups = re.split(r"[.,' ]", raw)
        decimal_sep = "," if lang == "de" else "."
        if len(groups) == 2 and sep == decimal_sep:
            return float(compact.replace(sep, "."))
        return float(re.sub(r"[.,' ]", "", raw))
    if "," in compact and "." in compact:
        # The later separator is the decimal one: 1.234,5 (de) or 1,234.5 (en).
        if compact.rfind(",") > compact.rfind("."):
            return float(compact.replace(".", "").replace(",", "."))
        return float(compact.replace(",", ""))
    if "," in compact:
        return float(compact.replace(",", "."))
    return float(compact)


def scale_factor(word: str | None) -> float:
    if not word:
        return 1.0
    return SCALES.get(word.strip().lower(), SCALES.get(word.strip().lower().rstrip("."), 1.0))


def scaled(number: str, scale: float, lang: str = "en") -> float:
    """``8.3`` x ``1e6`` -> ``8300000.0`` exactly, not ``8300000.000000001``."""
    return round(parse_number(number, lang) * scale, 6)
