#!/usr/bin/env python3
"""Build the eleventh batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_11.py [--out DIR]

Companion to the earlier ``build_dev_samples_*.py`` scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``queensland-nsw-regional-export-brief.pdf``: a state trade department's
  regional export brief, two pages, running header, footer "Regional Export
  Brief No. 14 · page N of 2", a drawn table of gateway cities whose units
  ("Mt", "'000 TEU") and year are given only in the column headers; one
  city's industry and one port's container figure are given only in the table.
* ``sachsen-anhalt-standortportraet.pdf``: a state investment agency's
  location portrait, two pages, running header, footer "Standortporträt
  Sachsen-Anhalt · Seite N", a drawn table of Elbe and Saale ports with the
  units ("1.000 t", "TEU") only in the column headers and a column of local
  industries.
* ``korea-southeast-market-entry-qa.docx``: a consultancy's market-entry Q&A
  with question headings, paragraphs, a caption and a table of cities,
  anchor industries and gateway figures (units only in the header).

The DOCX timestamp of this batch is 2024-05-06 09:00.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian
package ``fonts-dejavu-core``).
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"
BATCH_TIME = dt.datetime(2024, 5, 6, 9, 0, 0)

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only.

QUEENSLAND = [
    ("title", "Regional Export Brief: The Queensland and New South Wales Coast"),
    ("subtitle", "Office of Regional Exports · Department of State Trade and Investment · "
                 "Brief No. 14 · April 2024"),
    ("h", "Why this brief"),
    ("p", "This brief is for exporters in regional Queensland who are choosing a gateway port or "
          "a location for a second site. It covers the coast from Townsville in the north to "
          "Wollongong, south of Sydney. Port figures are rounded and refer to calendar year 2023; "
          "they come from the port corporations and have not been audited."),
    ("h", "Brisbane"),
    ("p", "Brisbane is the state’s commercial centre. The capital’s economy is built on "
          "professional services and health care, and its manufacturers lean towards food and "
          "beverage processing. A maker of hearing implants has its global headquarters in the "
          "city, several biotechnology firms run laboratories near the university, and aircraft "
          "maintenance is a growing niche around the airport."),
    ("p", "The Port of Brisbane handled about 1.5 million TEU and 40 million tonnes of cargo in "
          "2023, which makes it Queensland’s largest container port. Brisbane has been a sister "
          "city of Kobe since 1985 and of Kaohsiung since 1997, and both links now carry trade "
          "missions as well as school exchanges. The weekly liner service from Brisbane to "
          "Auckland is a shipping route, not a partnership."),
    ("h", "Newcastle"),
    ("p", "Newcastle, at the mouth of the Hunter River, is the world’s largest coal export port; it "
          "shipped some 155 million tonnes in 2023, almost all of it from the mines of the Hunter "
          "Valley. The city itself closed its steelworks in 1999. It now lives from health care, "
          "engineering services and defence contracting, and a university spin-off makes printed "
          "solar film. Newcastle and Ube in Japan have been sister cities since 1980. Newcastle "
          "upon Tyne, whose name the city borrowed, has no formal link with it."),
    ("h", "Townsville"),
    ("p", "Townsville, the largest city in northern Queensland, refines zinc and copper from the "
          "inland mines and hosts the country’s largest army base. Its port, northern Australia’s "
          "largest general cargo port, handled about 8 million tonnes in 2023. Townsville and Iwaki "
          "have been sister cities since 1991. A delegation from Port Moresby visited the port in "
          "March to discuss reefer capacity."),
    ("h", "Gladstone"),
    ("p", "Gladstone, on the central Queensland coast, is an alumina and aluminium town: two alumina "
          "refineries and a smelter dominate its industrial estate, and a cement works stands next "
          "to the harbour. Three liquefied natural gas plants operate on Curtis Island, across the "
          "water. The port is Queensland’s largest multi-commodity port and moved about 125 million "
          "tonnes in 2023, much of it coal railed from the Bowen Basin."),
    ("p", "In 2021 the ports of Gladstone and Rotterdam signed a memorandum of understanding on a "
          "future hydrogen supply chain. Rockhampton, an hour to the north, calls itself the beef "
          "capital of Australia, and its two large meatworks export through Gladstone and Brisbane."),
    ("pagebreak",),
    ("h", "Wollongong and Port Kembla"),
    ("p", "Wollongong, 80 km south of Sydney, is still home to Australia’s largest steelworks, but "
          "the city’s fastest-growing employers are IT services firms and a university research "
          "park. The steelworks stands in Port Kembla, the harbour suburb whose port is the main "
          "car import port of New South Wales and handled about 27 million tonnes in 2023. "
          "Wollongong has been a sister city of Kawasaki since 1988. The council is also considering "
          "a friendship agreement with Longyan in China, but no decision has been made."),
    ("h", "Gateways at a glance"),
    ("caption", "Table 1: Gateway cities, lead export industries and port volumes"),
    ("table", [
        ["City", "Lead export industries", "Cargo 2023\n(Mt)", "Containers 2023\n('000 TEU)"],
        ["Brisbane", "food and beverages, medical devices", "40", "1,500"],
        ["Newcastle", "engineering services, defence", "155", "–"],
        ["Townsville", "zinc and copper refining", "8", "60"],
        ["Gladstone", "alumina, aluminium, cement", "125", "–"],
        ["Port Kembla", "steel", "27", "–"],
        ["Mackay", "mining equipment and services", "–", "–"],
    ], [28, 70, 30, 42]),
    ("p", "Mackay has no container service of its own: its mining equipment and services firms, "
          "which supply the coal mines inland, ship through Brisbane or Townsville."),
    ("h", "Support for exporters"),
    ("p", "Exporters can apply for up to AUD 50,000 towards market visits, trade fairs and "
          "certification. The Brisbane Airport Corporation also offers reduced handling rates for "
          "first-time air freight exporters until the end of 2024. Trade shows in Shanghai and "
          "Singapore are the most popular destinations for the grant."),
    ("p", "Contact: Claire Orange, Senior Export Adviser, Office of Regional Exports."),
]

SACHSEN_ANHALT = [
    ("title", "Standortporträt Sachsen-Anhalt: Industrie an Elbe und Saale"),
    ("subtitle", "Investitionsagentur Elbe-Saale · Standortinformation für Investoren · März 2024"),
    ("h", "Überblick"),
    ("p", "Sachsen-Anhalt verbindet eine lange Industriegeschichte mit viel verfügbarer Fläche. Das "
          "Land ist einer der großen Chemiestandorte Deutschlands, und im Mitteldeutschen "
          "Chemiedreieck arbeiten Raffinerien, Kunststoffhersteller und Grundstoffchemie eng "
          "zusammen. Dieses Porträt stellt die wichtigsten Städte für Investoren vor."),
    ("h", "Magdeburg"),
    ("p", "Die Landeshauptstadt ist traditionell ein Standort des Maschinen- und Anlagenbaus. Heute "
          "prägen außerdem die Gesundheitswirtschaft und die Logistik die Magdeburger Wirtschaft. "
          "Ein US-Chiphersteller hatte im Süden der Stadt eine Halbleiterfabrik angekündigt; das "
          "Vorhaben wurde 2024 auf unbestimmte Zeit verschoben."),
    ("p", "Der Hafen Magdeburg ist der größte Binnenhafen Sachsen-Anhalts. Er schlug 2023 rund 3,1 "
          "Mio. Tonnen um, und sein Containerterminal ist auf 100.000 TEU pro Jahr ausgelegt. Die "
          "Magdeburger Hafen GmbH und der Hafen Hamburg haben 2016 eine Kooperationsvereinbarung "
          "über Hinterlandverkehre geschlossen. Die Stadt pflegt Städtepartnerschaften mit "
          "Braunschweig (seit 1987), Le Havre und Nashville."),
    ("h", "Halle (Saale)"),
    ("p", "Halle an der Saale, nicht zu verwechseln mit dem westfälischen Halle, ist die größte "
          "Stadt des Landes. Sie ist ein Standort der Biotechnologie und der Medienwirtschaft, und "
          "auf dem Technologiepark am Weinberg sind zahlreiche Ausgründungen der Universität "
          "entstanden. Der Flughafen Leipzig/Halle ist mit rund 1,3 Mio. Tonnen Fracht der "
          "zweitgrößte Frachtflughafen Deutschlands. Halle ist seit 1987 Partnerstadt von "
          "Karlsruhe."),
    ("h", "Chemiestandorte Leuna und Schkopau"),
    ("p", "Leuna lebt von der Raffinerie und der Chemie; eine neue Bioraffinerie stellt dort "
          "Chemikalien aus Buchenholz her. In Schkopau werden Kunststoffe und synthetischer "
          "Kautschuk produziert."),
    ("pagebreak",),
    ("h", "Dessau-Roßlau"),
    ("p", "Die Doppelstadt an Mulde und Elbe war einst für ihre Flugzeugwerke bekannt, die es seit "
          "Langem nicht mehr gibt. Heute bestimmen Schienenfahrzeuginstandhaltung und Anlagenbau "
          "die Dessauer Industrie. Dessau-Roßlau und Ludwigshafen am Rhein sind seit 1988 "
          "verschwistert; beide Städte tauschen sich vor allem über Stadtumbau aus."),
    ("h", "Bitterfeld-Wolfen"),
    ("p", "Im Chemiepark Bitterfeld-Wolfen arbeiten rund 300 Unternehmen der Chemie- und "
          "Pharmaindustrie. Ein Pharmawerk presst dort jedes Jahr Milliarden Schmerztabletten, und "
          "die Stadt ist trotz der Krise der Branche weiterhin ein Standort der Solarindustrie. Die "
          "Filmfabrik, die Bitterfeld-Wolfen einst berühmt machte, wurde 1994 geschlossen. Mit Marl "
          "besteht eine Städtepartnerschaft."),
    ("h", "Aken (Elbe)"),
    ("p", "Der Hafen Aken ist ein wichtiger Umschlagplatz für Schüttgüter an der mittleren Elbe und "
          "schlug 2023 rund 520.000 Tonnen um. In der Stadt hat ein Hersteller von Feuerfestmaterial "
          "seinen Sitz."),
    ("h", "Häfen im Vergleich"),
    ("caption", "Tabelle 1: Öffentliche Häfen an Elbe und Saale, 2023"),
    ("table", [
        ["Hafen", "Umschlag (1.000 t)", "Container (TEU)", "Branchen im Umfeld"],
        ["Magdeburg", "3.100", "41.000", "Maschinenbau, Logistik"],
        ["Aken (Elbe)", "520", "–", "Feuerfestindustrie"],
        ["Bernburg (Saale)", "180", "–", "Soda- und Salzindustrie"],
        ["Halle-Trotha", "150", "–", "Baustoffe"],
    ], [38, 34, 32, 66]),
    ("h", "Ansprechpartnerin"),
    ("p", "Dr. Katrin Zerbst, Geschäftsführerin der Investitionsagentur Elbe-Saale. Die Agentur "
          "begleitet Investoren von der Flächensuche bis zur Genehmigung."),
]

KOREA = [
    ("title", "Market-entry Q&A: Korea’s South-east Industrial Belt"),
    ("subtitle", "Hanbridge Market Entry Advisors · Client briefing · April 2024"),
    ("p", "European suppliers keep asking us the same questions about Korea’s south-east, the "
          "industrial belt between Busan and Pohang. Here are our answers, with figures rounded to "
          "what matters for a first visit."),
    ("h", "Q: Where do most foreign suppliers start?"),
    ("p", "In Busan. Korea’s second city is its largest port and, with about 23 million TEU in "
          "2023, the world’s seventh-largest container port. The city lives from shipping and "
          "logistics services, and it is home to a cluster of marine equipment makers and a "
          "fast-growing fintech scene around the financial centre at Munhyeon. Busan has been a "
          "sister city of Los Angeles since 1967, and the Port of Busan has had a sister-port "
          "agreement with Long Beach, California, since 2012. The overnight ferry from Busan to "
          "Fukuoka is a useful route for samples, not a partnership."),
    ("h", "Q: Where is the heavy industry?"),
    ("p", "Ulsan is where cars and ships are built. The city hosts one of the world’s largest car "
          "plants and shipyards, and a refinery and petrochemical complex on the coast. Its port, "
          "Korea’s largest liquid-bulk port, handled about 190 million tonnes in 2023. Ulsan has "
          "been a sister city of Portland, Oregon, since 1987."),
    ("p", "Changwon is the country’s machinery capital. Its national industrial complex makes "
          "machine tools, power-plant equipment and defence systems, and most of its 2,000 "
          "factories are suppliers rather than brand names. Further along the coast, the shipyards "
          "of Geoje build LNG carriers."),
    ("p", "Pohang is a steel town, and the same group is now turning the city into a centre for "
          "battery materials such as cathodes. Pohang’s hopes of a ‘steel cities’ partnership with "
          "Pittsburgh have not gone beyond letters of intent."),
    ("h", "Q: Which airport should we use for urgent parts?"),
    ("p", "Incheon. Incheon International Airport handled about 2.7 million tonnes of air cargo in "
          "2023 and ranks among the world’s three busiest cargo airports. The city has also "
          "attracted biopharmaceutical manufacturing to the Songdo district, where two contract "
          "manufacturers run some of the largest bioreactor plants anywhere. Incheon is a sister "
          "city of Philadelphia."),
    ("h", "Q: Is South Gyeongsang a good place for a regional office?"),
    ("p", "The province around Changwon accounts for a large share of Korea’s machinery exports, "
          "but for a sales office the cities matter more than the province. Our client, an LED "
          "supplier to Seoul Semiconductor, chose Busan for its office and Changwon for its "
          "warehouse."),
    ("caption", "Table 1: Cities, anchor industries and gateway volumes, 2023"),
    ("table", [
        ["City", "Anchor industries", "Port (million t)", "Containers (million TEU)"],
        ["Busan", "logistics, marine equipment", "–", "23"],
        ["Ulsan", "cars, shipbuilding, refining", "190", "–"],
        ["Changwon", "machinery, defence", "–", "–"],
        ["Pohang", "steel, battery materials", "–", "–"],
        ["Gimhae", "auto parts", "–", "–"],
    ]),
    ("h", "Q: Anything else?"),
    ("p", "Book early for the shipbuilding fair in Busan in October: its themes this year are "
          "ammonia engines and autonomous navigation, and hotel rooms sell out fast."),
]


PDFS = {
    "queensland-nsw-regional-export-brief.pdf": dict(
        blocks=QUEENSLAND,
        header="Department of State Trade and Investment · Office of Regional Exports · "
               "Queensland and NSW Coast",
        footer="Regional Export Brief No. 14 · page {n} of 2", lang="en",
        title="Regional Export Brief: The Queensland and New South Wales Coast"),
    "sachsen-anhalt-standortportraet.pdf": dict(
        blocks=SACHSEN_ANHALT,
        header="Investitionsagentur Elbe-Saale · Standortporträt Sachsen-Anhalt 2024",
        footer="Standortporträt Sachsen-Anhalt · Seite {n}", lang="de",
        title="Standortporträt Sachsen-Anhalt: Industrie an Elbe und Saale"),
}
DOCXS = {
    "korea-southeast-market-entry-qa.docx": dict(
        blocks=KOREA, title="Market-entry Q&A: Korea’s South-east Industrial Belt",
        when=BATCH_TIME),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_11.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
