"""Port-metric extractor: values, units, periods, ranks and scopes in English and German."""

from __future__ import annotations

import pytest


def metrics(doc) -> list[dict]:
    return [{k: f[k] for k in ("city", "metric", "value", "unit", "period", "rank", "scope", "port_type")}
            for f in doc._.trex_port_metrics]


@pytest.mark.parametrize("text, lang, value, unit, period", [
    ("Antwerp handled 12.5 million TEU in 2023.", "en", 12_500_000, "TEU", "2023"),
    ("In Antwerpen wurden 2023 rund 12,5 Mio. TEU umgeschlagen.", "de", 12_500_000, "TEU", "2023"),
    ("The port of Antwerp moved 1,234,000 tonnes of fruit last year.", "en", 1_234_000, "t", None),
    ("Der Hafen Antwerpen schlug 1.234.000 Tonnen um.", "de", 1_234_000, "t", None),
    ("Antwerp's terminals handled 41.5m TEU over the decade.", "en", 41_500_000, "TEU", None),
    ("Antwerp moved 200,000 FEU through its terminals.", "en", 400_000, "TEU", None),
])
def test_throughput_values_are_plain_numbers(run_nlp, text, lang, value, unit, period):
    [m] = metrics(run_nlp(text, lang))
    assert m["metric"] == "throughput"
    assert m["value"] == pytest.approx(value)
    assert (m["unit"], m["period"], m["city"]) == (unit, period, 2803138)


def test_capacity_and_annual_period(run_nlp):
    [m] = metrics(run_nlp("Nanjing's inland port has a capacity of 50 Mio. tons p.a."))
    assert (m["metric"], m["value"], m["unit"], m["period"], m["port_type"]) == \
        ("capacity", 50_000_000, "t", "annual", "inland")


@pytest.mark.parametrize("text, lang, rank, scope", [
    ("Shanghai has the world's largest container port.", "en", 1, "world"),
    ("Qingdao is an important trading port (third largest port in China).", "en", 3, "China"),
    ("Hamburg runs one of the biggest European container ports.", "en", None, "Europe"),
    ("Rotterdam is Europe's busiest port.", "en", 1, "Europe"),
    ("Duisburg gilt als größter Binnenhafen der Welt.", "de", 1, "world"),
    ("Hamburg ist der zweitgrößte Containerhafen Europas.", "de", 2, "Europe"),
])
def test_ranks_and_scopes(run_nlp, text, lang, rank, scope):
    found = [m for m in metrics(run_nlp(text, lang)) if m["metric"] == "rank"]
    assert [(m["rank"], m["scope"]) for m in found] == [(rank, scope)]


def test_airport_cargo_is_an_air_port(run_nlp):
    [m] = metrics(run_nlp("Leipzig airport handled 1.4 million tonnes of air cargo in 2023."))
    assert m["port_type"] == "air" and m["value"] == 1_400_000


def test_tonnes_outside_port_context_are_not_port_metrics(run_nlp):
    assert metrics(run_nlp("Linz produces 5 million tonnes of steel.")) == []


def test_mentions_are_the_text_at_their_offsets(run_nlp):
    doc = run_nlp("Shanghai handled 49.2 million TEU in 2023, the world's largest container port.")
    for fact in doc._.trex_port_metrics:
        mention = doc.text[fact["start_char"]:fact["end_char"]]
        assert mention and mention == mention.strip()


def test_table_cells_become_figures_with_period_and_caption_unit(run_nlp):
    text = ("Container throughput of the two ports in million TEU:\n"
            "Port | 2022 | 2023\nHamburg | 8.3 | 7.7\nBremerhaven | 4.6 | 4.2\n\nBoth ports lost volume.")
    found = {(m["city"], m["value"], m["unit"], m["period"]) for m in metrics(run_nlp(text))}
    assert found == {(2911298, 8_300_000, "TEU", "2022"), (2911298, 7_700_000, "TEU", "2023"),
                     (2944368, 4_600_000, "TEU", "2022"), (2944368, 4_200_000, "TEU", "2023")}


def test_table_with_years_down_and_units_in_the_header(run_nlp):
    text = ("Duisburg handles boxes and bulk.\nJahr | Container (Tsd. TEU) | Umschlag (Mio. Tonnen)\n"
            "2022 | 4.300 | 43,1\n2023 | 4.100 | 41,5\n")
    found = {(m["city"], m["value"], m["unit"], m["period"]) for m in metrics(run_nlp(text, "de"))}
    assert (2934691, 4_100_000, "TEU", "2023") in found
    assert (2934691, 41_500_000, "t", "2023") in found
    assert len(found) == 4


@pytest.mark.parametrize("text, value", [
    ("Rotterdam handled 95 Mt of cargo in 2023.", 95_000_000),
    ("Rotterdam's terminals moved 95,000 kt of cargo.", 95_000_000),
    ("Rotterdam handled 12,5 Millionen Tonnen Güter.", 12_500_000),
])
def test_tonnage_multiples_become_tonnes(run_nlp, text, value):
    lang = "de" if "Güter" in text else "en"
    [m] = metrics(run_nlp(text, lang))
    assert (m["value"], m["unit"]) == (value, "t")


def test_unit_library_converts_feu_and_kilotonnes():
    from pipeline.nlp.units import normalise

    assert normalise(200_000, "FEU") == (400_000, "TEU")
    assert normalise(5, "kt") == (5000, "t")
    assert normalise(40, "boxes") == (40, "containers")
    assert normalise(3, "litres") is None


def test_rank_scopes_from_german_regions_and_the_country(run_nlp, gazetteer):
    from pipeline.nlp.records import doc_records
    from pipeline.ingest import ExtractedText

    text = ("Magdeburg hat den größten Binnenhafen Sachsen-Anhalts. "
            "Valparaíso is the busiest container port in the country.")
    doc = run_nlp(text)
    rows = doc_records(doc, "0123456789abcdef", ExtractedText(text=text), gazetteer, 0.6)["port_metrics"]
    assert {(r["rank"], r["scope"]) for r in rows} == {(1, "Saxony-Anhalt"), (1, "Chile")}


def test_german_genitive_of_any_country_is_a_rank_scope(run_nlp):
    doc = run_nlp("Der Hafen Smederevo ist der größte Hafen Serbiens. Algier ist der größte Containerhafen "
                  "Algeriens.", lang="de")
    assert {(m["rank"], m["scope"]) for m in doc._.trex_port_metrics if m["metric"] == "rank"} == \
        {(1, "Serbia"), (1, "Algeria")}


def test_a_table_of_ports_down_and_measures_across(run_nlp):
    doc = run_nlp("Tabelle 1: Umschlag der polnischen Seehäfen 2023\n\nHafen | Umschlag (Mio. t) | Container (Tsd. TEU)\n"
                  "Danzig | 81,0 | 2.050\nGdingen | 27,6 | 880\nInsgesamt | 141,7 | 3.040\n", lang="de")
    found = {(m["city"], m["value"], m["unit"], m["period"]) for m in doc._.trex_port_metrics}
    assert found == {(3099434, 81000000, "t", "2023"), (3099434, 2050000, "TEU", "2023"),
                     (3099424, 27600000, "t", "2023"), (3099424, 880000, "TEU", "2023")}


def test_german_region_genitive_and_whole_sea_scopes(run_nlp):
    doc = run_nlp("Dillingen bleibt der größte Hafen des Saarlandes. Lübeck ist sogar der größte Hafen an der "
                  "gesamten Ostsee.", lang="de")
    assert {(m["rank"], m["scope"]) for m in doc._.trex_port_metrics if m["metric"] == "rank"} == \
        {(1, "Saarland"), (1, "Baltic Sea")}


def test_number_words_before_a_scale(run_nlp):
    doc = run_nlp("The port of Hull handled two million tonnes in 2023.")
    assert [(m["value"], m["unit"]) for m in doc._.trex_port_metrics] == [(2000000, "t")]
    german = run_nlp("Der Hafen Dillingen ist auf vier Millionen Tonnen im Jahr ausgelegt.", lang="de")
    assert [(m["metric"], m["value"]) for m in german._.trex_port_metrics] == [("capacity", 4000000)]


@pytest.mark.parametrize("text, lang, rank, scope", [
    ("Tauranga, in the Bay of Plenty, is New Zealand’s largest port by tonnage.", "en", 1, "New Zealand"),
    ("Santos, on the coast below the escarpment, is Latin America’s largest container port.", "en", 1, "Latin America"),
    ("Cleveland handled 14,000 TEU. It is also the largest Great Lakes port for imported steel.", "en", 1, "Great Lakes"),
    ("Dublin, the country's largest port, handled about 34 million tonnes in 2023.", "en", 1, "Ireland"),
    ("Holyhead is the UK's second-busiest roll-on/roll-off port.", "en", 2, "United Kingdom"),
    ("Port Klang is one of the 15 largest container ports in the world.", "en", None, "world"),
    ("Bilbao is the largest port on the Bay of Biscay.", "en", 1, "Bay of Biscay"),
])
def test_rank_scopes_named_in_many_ways(run_nlp, gazetteer, text, lang, rank, scope):
    rows = [r for r in port_rows(run_nlp, gazetteer, text, lang) if r["metric"] == "rank"]
    assert [(r["rank"], r["scope"]) for r in rows] == [(rank, scope)]


def port_rows(run_nlp, gazetteer, text: str, lang: str) -> list[dict]:
    from pipeline.ingest import ExtractedText
    from pipeline.nlp.records import doc_records

    return doc_records(run_nlp(text, lang), "0123456789abcdef", ExtractedText(text=text), gazetteer, 0.6)["port_metrics"]


def test_des_landes_is_the_land_a_german_report_is_about_for_its_own_ports(run_nlp, gazetteer):
    text = ("Der Hafen Mannheim, der größte Binnenhafen Baden-Württembergs, schlug 2023 rund 7,2 Mio. t um. "
            "Die Rheinhäfen Karlsruhe, der zweitgrößte Binnenhafen des Landes, erreichten 5,6 Mio. t.")
    rows = [r for r in port_rows(run_nlp, gazetteer, text, "de") if r["metric"] == "rank"]
    mannheim, karlsruhe = 2873891, 2892794
    assert {(r["city_geonames_id"], r["rank"], r["scope"]) for r in rows} == {(mannheim, 1, "Baden-Württemberg"),
                                                                            (karlsruhe, 2, "Baden-Württemberg")}
    text = "Polen ist ein Nachbarland von Brandenburg. Danzig ist der größte Hafen des Landes."
    rows = [r for r in port_rows(run_nlp, gazetteer, text, "de") if r["metric"] == "rank"]
    assert [(r["city_geonames_id"], r["scope"]) for r in rows] == [(3099434, "Poland")]


@pytest.mark.parametrize("text, lang, scope", [
    ("Durban remains the busiest container port in sub-Saharan Africa.", "en", "sub-Saharan Africa"),
    ("Townsville refines zinc. Its port, northern Australia's largest general cargo port, is busy.", "en",
     "northern Australia"),
    ("Konstanza ist mit gut 90 Mio. Tonnen der größte Hafen am Schwarzen Meer.", "de", "Black Sea"),
])
def test_a_part_of_a_region_or_a_sea_is_the_ranks_scope(run_nlp, text, lang, scope):
    doc = run_nlp(text, lang)
    assert [(f["rank"], f["scope"]) for f in doc._.trex_port_metrics if f["metric"] == "rank"] == [(1, scope)]


def test_a_header_on_two_lines_gives_each_column_its_measure_unit_and_year(run_nlp):
    text = ("Table 1: The ports at a glance\n\n"
            "Throughput 2023 | Containers 2023\n"
            "Port | (million t) | ('000 TEU) | Key local industries\n"
            "Genoa | 51 | 2,400 | Shipbuilding, steel\n"
            "Trieste | 56 | 900 | Coffee, insurance\n")
    found = {(f["city"], f["value"], f["unit"], f["period"]) for f in run_nlp(text)._.trex_port_metrics}
    assert found == {(3176219, 51e6, "t", "2023"), (3176219, 2.4e6, "TEU", "2023"),
                     (3165185, 56e6, "t", "2023"), (3165185, 9e5, "TEU", "2023")}


def test_a_port_named_before_the_country_is_not_part_of_the_scope(run_nlp):
    doc = run_nlp("Esbjerg is growing. The new terminal makes Esbjerg Denmark's largest port for wind turbines.")
    ranks = [m for m in metrics(doc) if m["metric"] == "rank"]
    assert ranks and all(m["scope"] == "Denmark" for m in ranks)
    doc = run_nlp("Darwin is small. It is the busiest port in Northern Australia, and Fremantle is Western Australia's "
                  "largest port.")
    assert {m["scope"] for m in metrics(doc) if m["metric"] == "rank"} <= {"Northern Australia", "Western Australia"}


def test_a_german_port_that_schlug_tonnes_um(run_nlp):
    doc = run_nlp("Constanța ist der größte Hafen am Schwarzen Meer. Er schlug 2024 rund 92 Mio. Tonnen um.", "de")
    found = [(m["city"], m["value"]) for m in metrics(doc) if m["metric"] == "throughput"]
    assert found == [(680963, 92_000_000)]


def test_the_port_a_sentence_says_it_is_takes_the_rank(run_nlp):
    doc = run_nlp("Wir liefern nach Temeswar, Arad und Oradea. Der wichtigste Seehafen ist Constanța, der größte "
                  "Hafen am Schwarzen Meer.", "de")
    assert {m["city"] for m in metrics(doc)} == {680963}


@pytest.mark.parametrize("text, lang, expected", [
    ("Makassar has a new port. Its first phase is built to handle 500,000 TEU a year.", "en",
     [("capacity", 500_000)]),
    ("Ventspils is a Latvian port. Its terminals were built for about 40 million tonnes a year, but the port handled "
     "only 10.2 million tonnes in 2023.", "en", [("capacity", 40_000_000), ("throughput", 10_200_000)]),
    ("Der Hafen Kelheim ist klein. Die Kaianlagen sind auf 1,2 Mio. Tonnen pro Jahr ausgelegt.", "de",
     [("capacity", 1_200_000)]),
])
def test_the_nearest_word_tells_capacity_from_throughput(run_nlp, text, lang, expected):
    assert [(m["metric"], m["value"]) for m in metrics(run_nlp(text, lang))] == expected


@pytest.mark.parametrize("text, lang, scope", [
    ("Kelheim zählt zu den größten bayerischen Donauhäfen.", "de", "Bavaria"),
    ("Klaipėda is the largest port in the Baltic states.", "en", "Baltic states"),
    ("Děčín ist der größte Binnenhafen Tschechiens.", "de", "Czech Republic"),
])
def test_scopes_of_adjectives_states_and_familiar_country_names(run_nlp, text, lang, scope):
    assert [m["scope"] for m in metrics(run_nlp(text, lang)) if m["metric"] == "rank"] == [scope]


def test_a_town_named_kaiserslautern_is_no_quay(run_nlp):
    doc = run_nlp("Kaiserslautern hat sich als IT-Standort etabliert; Arbeitgeber Nummer eins ist ein Komponentenwerk.",
                  "de")
    assert metrics(doc) == []


def test_the_city_compared_with_is_not_the_city_ranked(run_nlp):
    doc = run_nlp("Memphis International Airport handled 3.9 million tonnes of cargo last year. That keeps it the "
                  "busiest cargo airport in North America, behind Hong Kong only in the world.")
    assert [(m["city"], m["scope"]) for m in metrics(doc) if m["metric"] == "rank"] == [(4641239, "North America")]


def test_a_figure_whose_sentence_names_its_city_later_belongs_to_it(run_nlp):
    doc = run_nlp("Louisville is the runner-up. The public terminals moved about 11 million tons of barge freight "
                  "in 2023, which makes Memphis one of the largest inland ports in the United States.")
    assert {(m["city"], m["value"]) for m in metrics(doc) if m["metric"] == "throughput"} == {(4641239, 11_000_000)}


@pytest.mark.parametrize("text, lang, scope", [
    ("Brest remains the largest commercial port in Brittany.", "en", "Brittany"),
    ("Aberdeen is Scotland's busiest port for offshore supply.", "en", "Scotland"),
])
def test_a_region_is_a_scope_of_its_own(run_nlp, text, lang, scope):
    assert [m["scope"] for m in metrics(run_nlp(text, lang)) if m["metric"] == "rank"] == [scope]


def test_a_freight_rate_per_box_is_no_throughput(run_nlp):
    text = ("Tabelle 1: Spotraten ausgewählter Relationen\n\n"
            "Relation | USD/FEU | Vorwoche (%)\n"
            "Mersin – Rotterdam | 2.150 | −4,2\n"
            "Sfax – Genua | 1.120 | +1,5\n"
            "Ravenna – Mersin | 980 | −1,1\n")
    assert metrics(run_nlp(text, "de")) == []


def test_cargo_group_lines_above_a_total_are_shares_not_the_ports_figures(run_nlp):
    text = ("Der Hafen Krems an der Donau blickt auf ein ruhiges Jahr zurück.\n\n"
            "Tabelle 1: Umschlag nach Gütergruppen, in Tonnen\nGütergruppe | 2023 | 2022\n"
            "Getreide und Futtermittel | 412.000 | 455.000\nEisen und Stahl | 298.000 | 287.000\n"
            "Gesamt | 1.340.000 | 1.410.000\n")
    found = {(m["value"], m["period"]) for m in metrics(run_nlp(text, lang="de"))}
    assert found == {(1_340_000, "2023"), (1_410_000, "2022")}


def test_each_column_of_a_table_takes_its_own_measure_before_the_captions(run_nlp):
    # The caption names both measures; "Cargo" is what was handled, "Capacity" what the berths allow.
    text = ("Table 2: Cargo handled and rated capacity of two ports (million tonnes)\n\n"
            "Port | Cargo 2023 | Capacity per year | Main cargoes\n"
            "Paradip | 140 | 280 | coal, crude oil\n"
            "Kakinada | 20 | 40 | rice, fertiliser\n")
    found = {(m["city"], m["metric"], m["value"], m["period"]) for m in metrics(run_nlp(text))}
    assert found == {(1260393, "throughput", 140_000_000, "2023"), (1260393, "capacity", 280_000_000, "annual"),
                     (1268561, "throughput", 20_000_000, "2023"), (1268561, "capacity", 40_000_000, "annual")}


def test_a_place_named_inside_an_apposition_is_not_the_subject(run_nlp):
    doc = run_nlp("Paradip, a delta town some 90 km from the state capital Bhubaneswar, moved about 140 million "
                  "tonnes in 2023. Its berths are rated for about 280 million tonnes a year.")
    assert {(m["city"], m["metric"], m["value"]) for m in metrics(doc)} == {
        (1260393, "throughput", 140_000_000), (1260393, "capacity", 280_000_000)}


def test_a_plants_capacity_is_not_the_ports(run_nlp):
    doc = run_nlp("Behind the port of Paradip stands a refinery with a capacity of 15 million tonnes of crude a "
                  "year. The port itself has a capacity of 280 million tonnes.")
    assert [(m["metric"], m["value"]) for m in metrics(doc)] == [("capacity", 280_000_000)]


def test_a_space_aligned_plain_text_table_gives_one_figure_per_port(run_nlp):
    from pipeline.ingest.text import aligned_table_rows

    text = aligned_table_rows(
        "The figures below come from the port authorities' annual reports.\n\n"
        "    Port                  Reefer plugs    Throughput 2024 (million t)\n"
        "    Gdynia                       1,900                           27.1\n"
        "    Kiel                           350                            7.5\n"
        "    Sassnitz                        40                            2.2\n")
    found = {(m["city"], m["value"], m["unit"], m["period"]) for m in run_nlp(text, "en")._.trex_port_metrics}
    assert found == {(3099424, 27_100_000, "t", "2024"), (2891122, 7_500_000, "t", "2024"),
                     (2841333, 2_200_000, "t", "2024")}  # Sassnitz


def test_a_row_that_names_no_port_in_a_table_of_ports_is_no_ports_figure(run_nlp):
    text = ("Container volumes at the terminals we operate (TEU)\n\n"
            "Port | 2024 | 2023 | Change\n"
            "Gdynia | 520,000 | 478,000 | +8.8%\n"
            "Kiel | 210,000 | 185,000 | +13.5%\n"
            "Our group | 730,000 | 663,000 | +10.1%\n\n"
            "The group line adds up our own terminals only.")
    found = {(m["city"], m["value"]) for m in run_nlp(text, "en")._.trex_port_metrics}
    assert found == {(3099424, 520_000), (3099424, 478_000), (2891122, 210_000), (2891122, 185_000)}


def test_a_plain_text_table_with_drawn_rules_and_a_two_line_header(run_nlp):
    from pipeline.ingest.text import aligned_table_rows

    text = aligned_table_rows(
        "Tabelle 1: Güterumschlag der Binnenhäfen nach Standorten\n\n"
        "  Hafen                  Umschlag 2023   Veränderung\n"
        "                         (1.000 t)       ggü. 2022 (%)\n"
        "  --------------------------------------------------\n"
        "  Magdeburg                      2.150          +1,2\n"
        "  Halle (Saale)                    640          -4,0\n"
        "  Aken                             410          +0,5\n"
        "  --------------------------------------------------\n"
        "  Land Sachsen-Anhalt insgesamt  3.200          -0,8\n")
    assert "---" not in text
    found = {(m["city"], m["value"], m["unit"], m["period"]) for m in run_nlp(text, "de")._.trex_port_metrics}
    assert found == {(2874545, 2_150_000, "t", "2023"), (2911522, 640_000, "t", "2023"),
                     (2958781, 410_000, "t", "2023")}  # Aken (Elbe)


def test_a_total_column_over_years_is_the_figure_and_its_parts_are_not(run_nlp):
    text = ("Cargo volumes at the airport.\n\n"
            "Air cargo handled at Kiel Airport, freight and mail, in metric tonnes\n"
            "Year | Freight | Mail | Total\n"
            "2021 | 4,310 | 390 | 4,700\n"
            "2022 | 4,880 | 420 | 5,300\n")
    found = {(m["city"], m["value"], m["period"]) for m in run_nlp(text, "en")._.trex_port_metrics}
    assert found == {(2891122, 4700, "2021"), (2891122, 5300, "2022")}
