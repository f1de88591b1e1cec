#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 39 in ``samples/dev/``.

    python scripts/build_dev_samples_39.py [--out DIR]

Companion to ``build_dev_samples_6.py`` and the later batch scripts, with the same guarantees:
the texts are embedded below, and the output is deterministic (reportlab runs in invariant
mode; DOCX core properties and zip timestamps are fixed), so running it again gives
byte-identical files. The gold annotations (``NAME.gold.json``) are written by hand and kept
beside the documents; this script does not touch them, nor the TXT and HTML reports of the
batch. The layout helpers live in ``sample_builders.py``.

Layouts in this batch:

* ``b39-norte-investor-fact-sheet.pdf``: regional development agency's investor fact sheet,
  two pages, running header, footer "Investor Fact Sheet 2024 · page N of 2", a drawn table
  "Municipality | Lead sectors | Typical employers | Km to Leixões" in which one row is a
  region and one town's sector is given only in the table.
* ``b39-golden-horseshoe-logistics-market-note.pdf``: logistics real-estate developer's market
  note, two pages, running header, footer "Lakeshore Logistics Properties | Page N", a drawn
  table of submarkets with availability, rents and main occupier sectors (one row is a region).
* ``b39-ihk-nordvietnam-aussenwirtschaft-newsletter.docx``: German chamber's foreign-trade
  newsletter with headings, bullets, a caption and a table of locations and sectors (one row
  is a province, one town's sectors are given only in the table).

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only.

NORTE = [
    ("title", "Northern Portugal: Investor Fact Sheet 2024"),
    ("subtitle", "Manufacturing, logistics and talent between the Minho and the Vouga · "
                 "NorteInvest Regional Development Agency · March 2024"),
    ("h", "Why the North"),
    ("p", "The North is the most industrial of Portugal's regions. It ships roughly two fifths of "
          "the country's goods exports, and its factories employ more people than those of any "
          "other region. Textiles, footwear, cork and furniture are the "
          "region's traditional strengths, and labour costs are still well below the EU average. "
          "What investors often overlook is how different the towns are from one another: each "
          "has built its own specialisation on top of that shared tradition."),
    ("h", "The metropolitan core: Porto and Matosinhos"),
    ("p", "Porto, still written Oporto in many older English documents, is the commercial "
          "centre of the North, under three hours by train from Lisbon. The city has become a magnet for software developers and "
          "shared-service centres, and it is home to the head offices of two large banks and of "
          "several insurers. Publishing remains a local strength. The port-wine lodges, by "
          "contrast, sit across the Douro in Vila Nova de Gaia, which lives to a large degree "
          "from wine ageing and wine tourism."),
    ("p", "Immediately north of the city, Matosinhos hosts the Port of Leixões, the largest "
          "seaport in the north of Portugal and the country's second-largest container port "
          "after Sines. In 2023 Leixões handled about 15.4 million tonnes of cargo, including "
          "some 660,000 TEU; its two container terminals can take roughly 900,000 TEU a year. "
          "Steel coils, cereals, scrap and containers of wine and cork make up much of the "
          "traffic. Matosinhos itself is known for fish canning and for its seafood "
          "restaurants. The oil refinery on the northern edge of the town, for decades the biggest "
          "employer in the municipality, closed in 2021; part of the site is being turned into a "
          "technology park."),
    ("h", "The Minho: Braga, Guimarães and Viana do Castelo"),
    ("p", "Braga has one of the youngest populations of any European city. A maker of car "
          "multimedia and driver-assistance electronics is the largest industrial employer, and "
          "a cluster of software houses has grown around the university campus. The city also "
          "hosts an international laboratory for nanotechnology research."),
    ("p", "Twenty minutes away, Guimarães has stayed a textile town: knitwear, home textiles and "
          "technical fabrics are made in dozens of mid-sized mills. The municipality also "
          "produces most of Portugal's cutlery. Further north, on the Lima estuary, Viana do "
          "Castelo builds ships again after a difficult decade, and a plant there makes "
          "rotor blades and towers for wind turbines."),
    ("pagebreak",),
    ("h", "Aveiro and the Vouga"),
    ("p", "Aveiro, on the edge of its lagoon, combines a strong telecommunications research "
          "base with metalworking firms and a revived salt-making trade. Next door in Ílhavo a "
          "porcelain manufacturer founded in 1824 still employs several hundred people. The "
          "Port of Aveiro handled about 5.6 million tonnes in 2023, mostly bulk for the "
          "region's paper and ceramics plants."),
    ("caption", "Table 1: Selected municipalities and their lead sectors"),
    ("table", [
        ["Municipality", "Lead sectors", "Typical employers", "Km to Leixões"],
        ["Porto", "software, business services", "IT firms, banks", "10"],
        ["Matosinhos", "port logistics, fish canning", "forwarders, canneries", "0"],
        ["Braga", "automotive electronics", "electronics plant", "50"],
        ["Guimarães", "textiles, cutlery", "mills, cutlers", "55"],
        ["Santa Maria da Feira", "cork processing", "cork stopper makers", "35"],
        ["Ave Valley", "clothing", "garment workshops", "40"],
        ["Aveiro", "telecoms R&D, metalworking", "labs, machine shops", "70"],
    ], [38, 52, 46, 34]),
    ("h", "Partnerships and networks"),
    ("p", "The North's towns are well connected abroad. Porto has been twinned with Bordeaux "
          "since 1978 and with Bristol since 1984, and the two wine cities run a joint "
          "programme for young winemakers every spring. In 2019 the port authorities of Leixões "
          "and Vigo signed a cooperation agreement on shared digital port-community systems. "
          "Braga's partnership with Clermont-Ferrand dates from 2005."),
    ("p", "Aveiro is in talks with Bourges about a twinning, but no agreement has been signed. "
          "The weekly rail shuttle between Leixões and the dry port of Salamanca is a freight "
          "service, not an institutional link, and the agency's cooperation with Galicia on "
          "offshore wind and green hydrogen is a regional programme."),
    ("h", "Contact"),
    ("p", "NorteInvest, Avenida da Boavista, Porto. Our investor desk answers in English, "
          "German, French and Spanish within two working days."),
]

HORSESHOE = [
    ("title", "Industrial Market Note: Golden Horseshoe, Q1 2024"),
    ("subtitle", "Availability, rents and occupier demand around the western end of Lake "
                 "Ontario · Lakeshore Logistics Properties · April 2024"),
    ("h", "Summary"),
    ("p", "After three years in which hardly a square foot stayed empty, the industrial market "
          "around Lake Ontario has loosened. Availability across our five submarkets rose to "
          "4.8 per cent at the end of March, and asking rents have stopped climbing. Demand is "
          "still healthy, but occupiers are taking their time, and landlords in the Toronto "
          "core are offering free rent again. Financing is easing too: our latest development "
          "loan from Toronto-Dominion Bank was priced 40 basis points below last year's."),
    ("h", "Toronto and Burlington"),
    ("p", "Toronto remains the largest occupier market in Canada. Within the city, demand is "
          "driven by food and beverage processors and by e-commerce fulfilment, while the "
          "big-box distribution centres have moved west to Mississauga and Brampton. Burlington, "
          "squeezed between the lake and the Niagara Escarpment, has little land left. Its "
          "industrial parks are home to makers of pharmaceuticals and auto parts, and a large "
          "distributor of medical supplies has its Canadian headquarters there. Readers in New "
          "England may know our sister brand in Burlington, Vermont, which manages two "
          "warehouses on Lake Champlain."),
    ("h", "Hamilton"),
    ("p", "Hamiltonians have worked in steel for more than a century, and two integrated and "
          "electric-arc mills still run along the bay. Health care has overtaken the mills as "
          "the largest employer, though, and the city is now also a centre of food "
          "processing: a flour mill, two confectioners and several bakeries have expanded here "
          "since 2021. The Port of Hamilton, Canada's busiest port on the Great Lakes, handled "
          "about 9.6 million tonnes in 2023, and the city's John C. Munro airport, the "
          "third-busiest cargo airport in Canada, moved some 110,000 tonnes of freight. Steel "
          "coils, grain and road salt dominate the port's traffic."),
    ("p", "Hamilton has been twinned with Fukuyama in Japan since 1976. The two cities started "
          "an exchange of port planners in 2023. A Scottish occupier new to our portfolio, a "
          "whisky logistics firm from Hamilton in South Lanarkshire, took 60,000 square feet in "
          "the Airport Employment Growth District in February."),
    ("pagebreak",),
    ("h", "Durham and Niagara"),
    ("p", "East of Toronto, Oshawa is still a car town: the assembly plant reopened for pickup "
          "trucks in 2021, and parts suppliers fill the business parks around it. The city also "
          "has a growing nuclear services industry linked to the Darlington station. Our "
          "Durham leasing lead, Mark Whitby, expects two build-to-suit deals this summer. The "
          "small Port of Oshawa handled about 350,000 tonnes in 2023."),
    ("p", "In Niagara, St. Catharines lives from wine, from greenhouse horticulture and from "
          "a cluster of firms that repair and outfit ships on the Welland Canal. The Niagara "
          "Region's tourism industry is larger than any of these, but it is spread across the "
          "whole peninsula."),
    ("caption", "Table 1: Submarket indicators, end of Q1 2024"),
    ("table", [
        ["Submarket", "Availability", "Net asking rent", "Main occupier sectors"],
        ["Toronto (city)", "3.9 %", "C$ 19.10", "food processing, e-commerce"],
        ["Burlington", "3.1 %", "C$ 18.40", "pharmaceuticals, auto parts"],
        ["Hamilton", "5.2 %", "C$ 16.20", "steel, food processing"],
        ["Oshawa", "6.0 %", "C$ 15.30", "automotive, nuclear services"],
        ["St. Catharines", "6.7 %", "C$ 13.90", "wine, ship repair"],
        ["Niagara Region (rest)", "7.4 %", "C$ 12.80", "tourism, agri-food"],
    ], [44, 28, 32, 66]),
    ("p", "Rents are net, per square foot and year, for buildings over 50,000 square feet."),
    ("h", "Partnerships and policy"),
    ("p", "Burlington is twinned with Apeldoorn in the Netherlands, whose mayor led a business "
          "delegation to the city last autumn. The Hamilton port authority and "
          "the Port of Duisburg signed a memorandum of understanding on inland intermodal "
          "terminals in 2022. A proposed sister-port link between Oshawa and Thunder Bay was "
          "discussed at a conference in Montreal but has not gone further, and the weekly "
          "barge service between Hamilton and Sorel-Tracy is simply a shipping route."),
    ("h", "Outlook"),
    ("p", "We expect availability to peak near 5.5 per cent by the end of the year. New supply "
          "is concentrated in Milton and in the Hamilton airport district; elsewhere, the "
          "scarcity of serviced land will keep rents firm."),
]

VIETNAM = [
    ("title", "Außenwirtschaft kompakt – Ausgabe 3/2024"),
    ("subtitle", "Schwerpunkt Nordvietnam · Newsletter des Referats International der "
                 "IHK Halle-Dessau"),
    ("h", "Liebe Leserinnen und Leser,"),
    ("p", "Vietnam ist längst mehr als eine Werkbank für Textilien und Möbel. Das Land ist heute "
          "einer der größten Exporteure von Smartphones, und auch Elektronik, Schuhe und "
          "Meeresfrüchte gehen in großen Mengen nach Europa. Seit dem Freihandelsabkommen mit "
          "der EU sind die meisten Zölle gefallen. Für die Chemie- und Kunststoffbetriebe aus "
          "Halle und die Dessauer Maschinen- und Anlagenbauer lohnt sich deshalb ein genauer "
          "Blick auf den Norden des Landes. Wie die Magdeburger Volksstimme im Juni "
          "berichtete, haben bereits 14 Unternehmen aus Sachsen-Anhalt dort Vertriebsbüros."),
    ("h", "Hà Nội: Hauptstadt mit Industriegürtel"),
    ("p", "Die Hauptstadt Hà Nội (Hanoi) ist das politische Zentrum und der wichtigste "
          "Dienstleistungsstandort des Nordens. Dort sitzen Softwarehäuser mit mehreren "
          "tausend Beschäftigten, und in den Industrieparks am Stadtrand fertigen japanische "
          "und koreanische Zulieferer Kameramodule und Motorradteile. Die Deutsche "
          "Außenhandelskammer unterhält Büros in Hà Nội und in Ho-Chi-Minh-Stadt."),
    ("h", "Bắc Ninh und Vĩnh Yên"),
    ("p", "In der Provinz Bắc Ninh stehen einige der größten Smartphone-Werke der Welt. Die "
          "gleichnamige Provinzhauptstadt selbst lebt eher von Handel und Logistik; in ihren "
          "Gewerbegebieten haben sich aber Hersteller von Leiterplatten und von "
          "Verpackungen angesiedelt. Die Stadt ist nur 30 Kilometer von Hà Nội entfernt. "
          "Vĩnh Yên, nordwestlich der Hauptstadt, ist vor allem für Zulieferer interessant "
          "(siehe Tabelle)."),
    ("h", "Hải Phòng: Hafen und Autobau"),
    ("p", "Hải Phòng, in älteren deutschen Texten oft Haiphong geschrieben, ist das Tor des "
          "Nordens zur See. Die Häfen der Stadt schlugen 2023 rund 5,7 Mio. TEU um; damit ist "
          "Hải Phòng nach Ho-Chi-Minh-Stadt der zweitgrößte Containerhafen Vietnams. Der "
          "Tiefwasserhafen Lạch Huyện ist für rund 2 Mio. TEU im Jahr ausgelegt. Umgeschlagen "
          "werden vor allem Stahlcoils, Düngemittel und Kohle. Die Stadt selbst ist Standort "
          "eines jungen Herstellers von Elektroautos, und ihre Werften bauen Schlepper und "
          "Massengutfrachter."),
    ("h", "Nam Định und Hạ Long"),
    ("p", "Nam Định ist die traditionsreichste Industriestadt des Deltas. Die Textil- und "
          "Bekleidungsindustrie prägt sie seit über hundert Jahren. Hạ Long lebt vom Tourismus "
          "in der berühmten Bucht. Die Kohlegruben, die man auf der Fahrt dorthin sieht, "
          "gehören zur Provinz Quảng Ninh und nicht zur Stadt."),
    ("caption", "Tabelle 1: Standorte in Nordvietnam und ihre Schwerpunktbranchen"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Entfernung von Hà Nội (km)"],
        ["Hà Nội", "Software, Elektronikkomponenten", "–"],
        ["Bắc Ninh", "Leiterplatten, Verpackung", "30"],
        ["Vĩnh Yên", "Motorrad- und Autoteile", "55"],
        ["Hải Phòng", "Elektroautos, Schiffbau", "120"],
        ["Nam Định", "Textilien, Bekleidung", "90"],
        ["Provinz Thái Nguyên", "Elektronik", "80"],
        ["Hạ Long", "Tourismus", "160"],
    ]),
    ("h", "Partnerschaften und Kontakte"),
    ("bullets", [
        "Der Hafen Hải Phòng und der Hafen Rostock haben 2019 eine Absichtserklärung über eine "
        "Hafenkooperation unterzeichnet; sie umfasst den Austausch von Lotsen und Fachkräften.",
        "Hải Phòng ist außerdem mit den südkoreanischen Hafenstädten Incheon und Busan "
        "verschwistert.",
        "Dessau-Roßlau und Nam Định pflegen seit 2012 eine Städtefreundschaft. Beide Städte "
        "arbeiten vor allem in der Berufsbildung und in der Wasserwirtschaft zusammen; das "
        "gemeinsame Programm wird 2025 fortgesetzt.",
        "Die 2018 angekündigte Partnerschaft zwischen Bernburg (Saale) und Bắc Ninh liegt weiterhin "
        "auf Eis.",
        "Eine Delegation aus Hà Nội besuchte im Mai den Weinberg Campus in Halle (Saale).",
        "Vietnam Airlines fliegt wieder direkt von Frankfurt nach Hà Nội.",
    ]),
    ("h", "Termine"),
    ("p", "Sprechtag Vietnam am 12. November in der IHK in Halle (Saale). Anmeldungen bitte bis "
          "zum 5. November. Hinweis: Firmen aus Halle (Westfalen) wenden sich bitte an die "
          "für sie zuständige IHK Ostwestfalen."),
]


PDFS = {
    "b39-norte-investor-fact-sheet.pdf": dict(
        blocks=NORTE, header="NorteInvest Regional Development Agency · Investor Fact Sheet · "
                             "Northern Portugal · March 2024",
        footer="Investor Fact Sheet 2024 · page {n} of 2", lang="en",
        title="Northern Portugal: Investor Fact Sheet 2024"),
    "b39-golden-horseshoe-logistics-market-note.pdf": dict(
        blocks=HORSESHOE, header="Lakeshore Logistics Properties · Industrial Market Note · "
                                 "Golden Horseshoe · Q1 2024",
        footer="Lakeshore Logistics Properties | Page {n}", lang="en",
        title="Industrial Market Note: Golden Horseshoe, Q1 2024"),
}
DOCXS = {
    "b39-ihk-nordvietnam-aussenwirtschaft-newsletter.docx": dict(
        blocks=VIETNAM, title="Außenwirtschaft kompakt 3/2024: Nordvietnam"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_39.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
