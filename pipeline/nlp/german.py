"""German industry names in English: ``Keramikindustrie`` -> ``ceramics industry``.

German writes industries as compounds; a small table of word parts translates most of them by
splitting off a known head (``industrie``, ``technik``, ``bau``) and translating the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp.gazetteer import data_lines


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {"head": {}, "stem": {}, "adj": {}}
    for line in data_lines("german_terms.tsv"):
        kind, german, english = (line.split("\t") + [""])[:3]
        tables[kind][german] = english
    return tables


def _parts() -> tuple[dict[str, str], dict[str, str]]:
    tables = _tables()
    return tables["head"], tables["stem"]


def adjective(word: str) -> str | None:
    """English for a German adjective in any ending: ``maritime`` -> ``maritime``, ``chemischen`` -> ``chemical``."""
    lower = word.lower()
    for ending in ("", "e", "en", "er", "es", "em"):
        stem = lower[: len(lower) - len(ending)] if ending else lower
        if lower.endswith(ending) and stem in _tables()["adj"]:
            return _tables()["adj"][stem]
    return None


def split_compound(word: str) -> list[str]:
    """Known parts of a German compound, first to last; [] when it does not split into known parts."""
    return list(_split(word.lower().replace("-", "")))


@lru_cache(maxsize=1)
def _by_length() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Heads and stems, longest first: the order the splitter tries them in."""
    heads, stems = _parts()
    return tuple(sorted(heads, key=len, reverse=True)), tuple(sorted(stems, key=len, reverse=True))


# Every capitalised word of a German report is tried, most of them many times over: split each once.
@lru_cache(maxsize=65536)
def _split(lower: str) -> tuple[str, ...]:
    heads, stems = _parts()
    heads_by_length, stems_by_length = _by_length()
    if lower in stems or lower in heads:
        return (lower,)
    for genitive in ("es", "s"):  # "des Gartenbaus", "des Handwerks"
        if lower.endswith(genitive) and len(lower) > len(genitive) + 4:
            parts = _split(lower[: -len(genitive)])
            if len(parts) >= 2:
                return parts
    for plural in ("en", "e", "n", "s"):  # Nutzfahrzeuge, Elektroautos
        if lower.endswith(plural) and lower[: -len(plural)] in stems:
            return (lower[: -len(plural)],)
    for head in heads_by_length:
        if lower.endswith(head) and len(lower) > len(head) + 2:
            rest = lower[: -len(head)]
            for candidate in (rest, rest[:-1] if rest.endswith(("s", "n")) else None):
                if candidate and (candidate in stems or _split(candidate)):
                    return (_split(candidate) or (candidate,)) + (head,)
    for stem in stems_by_length:
        if lower.startswith(stem) and len(lower) > len(stem) + 2 and _split(lower[len(stem):]):
            return (stem,) + _split(lower[len(stem):])
    return ()


def first_part(word: str) -> str | None:
    """``Hopfenanbau`` -> ``Hopfen``: the part a suffix coordination (``und von der -verarbeitung``) shares."""
    parts = split_compound(word)
    if len(parts) < 2:
        return None
    return word[: len(parts[0])] if word.lower().startswith(parts[0]) else None


def rest_after_first(word: str) -> str | None:
    """``Anlagenbau`` -> ``bau``: what a prefix coordination (``Maschinen- und Anlagenbau``) shares."""
    parts = split_compound(word)
    if len(parts) < 2:
        return None
    return word[len(parts[0]):] if word.lower().startswith(parts[0]) else None


@lru_cache(maxsize=65536)
def translate(words: str) -> str | None:
    """English label for German industry words, or None when the parts are unknown."""
    heads, stems = _parts()
    text = " ".join(words.split()).lower()
    if text in stems:
        return stems[text] or None  # an empty translation: a word that only looks like an industry (Autobahn)
    pair = re.fullmatch(r"([a-zäöüß]+)- und ([a-zäöüß]+)", text)
    if pair:  # "Luft- und Raumfahrtindustrie": a coordination the table knows, with a head after it
        for key, english in stems.items():
            first, _, second = key.partition("- und ")
            rest = pair.group(2)[len(second):]
            if second and first == pair.group(1) and pair.group(2).startswith(second) and rest in heads:
                return " ".join(w for w in (english, heads[rest]) if w) or None
    tokens = [t for t in re.split(r"[\s]+", text) if t]
    tokens = [p for t in tokens for p in ([t] if t in stems else t.split("-")) if p]
    out = []
    for token in tokens:
        if adjective(token):
            out.append(adjective(token))
            continue
        parts = split_compound(token)
        if not parts:
            return None
        english = [stems.get(p) if p in stems else heads.get(p, "") for p in parts]
        out.append(" ".join(e for e in english if e))
    label = " ".join(o for o in out if o).strip()
    return label or None


def coordinated_stem(prefix: str, word: str) -> str | None:
    """``Luft`` + ``Raumfahrtcluster`` -> ``Luft- und Raumfahrt`` when the table knows that coordination."""
    _, stems = _parts()
    lower = word.lower()
    for key in stems:
        if key.startswith(prefix.lower() + "- und ") and lower.startswith(key.split("- und ", 1)[1]):
            return f"{prefix}- und {word[: len(key.split('- und ', 1)[1])]}"
    return None
