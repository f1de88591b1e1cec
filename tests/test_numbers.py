import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.nlp.numbers import parse_number, scale_factor


@pytest.mark.parametrize("text, lang, expected", [
    ("8.7", "en", 8.7),
    ("8,7", "de", 8.7),
    ("12,5", "de", 12.5),
    ("1,234,000", "en", 1234000),
    ("1.234.000", "de", 1234000),
    ("1.234.000", "en", 1234000),
    ("1,500", "en", 1500),
    ("1,500", "de", 1.5),
    ("1.500", "de", 1500),
    ("1.234,5", "de", 1234.5),
    ("1,234.5", "en", 1234.5),
    ("440", "en", 440),
    ("13 000", "en", 13000),
])
def test_parse_number_english_and_german(text, lang, expected):
    assert parse_number(text, lang) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "-", ".5", "1,2,a"])
def test_parse_number_rejects_non_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("word, factor", [("million", 1e6), ("Mio.", 1e6), ("Millionen", 1e6), ("m", 1e6),
                                          ("bn", 1e9), ("Mrd.", 1e9), ("thousand", 1e3), (None, 1)])
def test_scale_factor(word, factor):
    assert scale_factor(word) == factor


@given(st.integers(min_value=1000, max_value=10**12))
def test_grouped_integers_round_trip_in_both_languages(n):
    english = f"{n:,}"
    german = english.replace(",", ".")
    assert parse_number(english, "en") == n
    assert parse_number(german, "de") == n


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=1, max_value=9))
def test_one_decimal_reads_the_same_in_both_conventions(whole, tenth):
    assert parse_number(f"{whole}.{tenth}", "en") == pytest.approx(whole + tenth / 10)
    assert parse_number(f"{whole},{tenth}", "de") == pytest.approx(whole + tenth / 10)
