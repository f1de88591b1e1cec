#!/usr/bin/env python3
"""Build the sixth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_6.py [--out DIR]

Companion to ``build_samples.py`` and ``build_dev_samples_2.py`` to
``build_dev_samples_4.py``, with the same guarantees: the texts are embedded
below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives
byte-identical files. The gold annotations (``NAME.gold.json``) are written by
hand and kept beside the documents; this script does not touch them, nor the
TXT and HTML reports of the batch. See ``scripts/SAMPLES-batch6.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``ontario-location-comparison-brief.pdf``: two pages, running header, footer
  "Page N of 2", a drawn table "City | Lead sectors | Port tonnage | Score"
  whose tonnage unit ("million t") and year are given only in the caption; one
  row is a region, and one city's sectors and one port's tonnage are given only
  in the table.
* ``port-of-cork-annual-review.pdf``: two pages, running header, footer
  "Annual Review 2023 | page N", a key-figures bullet list, no table.
* ``chesterfield-county-community-profile.docx``: US state agency's community
  profile with headings, a caption and a table of major employers by type,
  sector and location (one row is a county, one industry is given only in the
  table).
* ``serbien-marktbrief-aussenwirtschaft.docx``: Austrian foreign-trade brief
  with two captioned tables (locations with their main industries; Danube
  port throughput with the unit only in the caption).

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian
package ``fonts-dejavu-core``).
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

ONTARIO = [
    ("title", "Location Comparison Brief: Southern Ontario"),
    ("subtitle", "Prepared for a dairy-packaging manufacturer · Northbound Location Advisory · "
                 "June 2024"),
    ("h", "Purpose"),
    ("p", "Our client, a maker of dairy packaging based in Hamilton, New Zealand, is planning its "
          "first North American plant: 250 jobs, 40,000 square metres under one roof and about 60 "
          "containers a week of inbound resin and outbound cartons. This brief compares six "
          "shortlisted locations in Southern Ontario on labour, sector fit and freight access. All "
          "figures are rounded; the full scoring model is in the appendix."),
    ("h", "Hamilton"),
    ("p", "The Hamilton we recommend is the Ontario one, at the western tip of Lake Ontario. Once "
          "nicknamed Steeltown, the city still makes steel at two mills on the bay, but health care "
          "has overtaken the mills as the largest employer, and food processing is growing fast: a "
          "confectionery plant, two industrial bakeries and a large flour mill all lie within five "
          "kilometres of the harbour."),
    ("p", "The Port of Hamilton handled 9.5 million tonnes in 2023, which makes it the busiest "
          "Canadian port on the Great Lakes. Most of that is steel-mill inputs and grain, but the "
          "port also offers a warehouse zone with rail sidings that would suit our client. "
          "Hamilton has been a sister city of Fukuyama in Japan since 1976; the link is used "
          "mainly for school exchanges."),
    ("h", "Windsor"),
    ("p", "Across the river from Detroit, Windsor is Canada’s automotive capital. A minivan "
          "assembly plant and an engine plant anchor the sector, and some 200 tool-, die- and "
          "mould-makers supply carmakers on both sides of the border. The Ambassador Bridge to "
          "Detroit carries about a quarter of Canada’s trade with the United States. The Port of "
          "Windsor handled about 5.1 million tonnes last year, mostly road salt and aggregates. "
          "Windsor has been twinned with Fujisawa since 1987."),
    ("h", "Sarnia"),
    ("p", "Sarnia sits where Lake Huron drains into the St. Clair River. Its Chemical Valley holds "
          "three refineries and dozens of petrochemical plants, so process operators and "
          "maintenance trades are easy to find, although the best of them are already employed."),
    ("h", "Waterloo Region"),
    ("p", "Kitchener, Waterloo and Cambridge form Waterloo Region, an hour west of Toronto. "
          "Waterloo is best known for software and its engineering university; Kitchener, which was "
          "called Berlin until 1916, has a large insurance sector; and Cambridge, the third city on "
          "the Grand River, is a centre of auto-parts manufacturing. Industrial land in all three "
          "is scarce and expensive."),
    ("h", "St. Thomas"),
    ("p", "St. Thomas, in Elgin County, will host a large battery-cell plant for electric vehicles "
          "from 2027, and the first suppliers are already building nearby. Land prices have risen "
          "accordingly, and the plant will compete with our client for skilled labour."),
    ("pagebreak",),
    ("h", "Shortlist at a glance"),
    ("caption", "Table 1: Shortlisted locations – lead sectors and port tonnage (2023, million t)"),
    ("table", [
        ["Location", "Lead sectors", "Port tonnage", "Score"],
        ["Hamilton", "steel, health care, food processing", "9.5", "8.1"],
        ["Windsor", "automotive, tool and die", "5.1", "7.4"],
        ["Sarnia", "refining, petrochemicals", "3.2", "6.2"],
        ["Waterloo Region", "software, insurance, auto parts", "–", "7.0"],
        ["St. Thomas", "battery cells", "–", "6.6"],
        ["Guelph", "food processing", "–", "6.9"],
    ], [35, 70, 30, 20]),
    ("p", "Guelph was added at the client’s request as a reference location, because its existing "
          "resin supplier runs a plant there."),
    ("h", "Air freight"),
    ("p", "Toronto Pearson International Airport, which lies in the city of Mississauga, handled "
          "about 480,000 tonnes of cargo in 2023 and is Canada’s busiest cargo airport. Samples and "
          "spare parts from New Zealand would arrive there."),
    ("h", "Recommendation"),
    ("p", "Hamilton scores best: it offers food-grade labour, a port with rail and warehouse land, "
          "and a short truck run to the US border. Windsor is a strong second if the client later "
          "adds battery-packaging lines. Sarnia’s chemical workforce is attractive, but suitable land "
          "near the river is scarce."),
    ("p", "Lead consultant: Heather Brampton, Northbound Location Advisory."),
]

CORK = [
    ("title", "Annual and Sustainability Review 2023"),
    ("subtitle", "Port of Cork Company · published May 2024"),
    ("h", "Chair’s overview"),
    ("p", "2023 was a year of consolidation. The Port of Cork handled 10.6 million tonnes of cargo, "
          "down from 11.1 million tonnes in 2022, as lower oil imports offset growth in containers "
          "and agribulk. Cork remains Ireland’s second-largest port by tonnage; Dublin, the country’s "
          "largest, handled about 34 million tonnes in the same year."),
    ("p", "Container traffic reached a record 315,000 TEU. Nearly all of it now passes through Cork "
          "Container Terminal at Ringaskiddy, which opened in 2022 and is designed to handle 450,000 "
          "TEU a year. The old container berths at Tivoli, on the city side of the river, will be "
          "released for housing."),
    ("bullets", [
        "Total throughput: 10,612,000 t",
        "Containers: 315,000 TEU",
        "Cruise calls at Cobh: 101",
        "Employees: 190",
    ]),
    ("h", "Trades and customers"),
    ("p", "Oil products for Ireland’s only refinery, at Whitegate, still make up the largest single "
          "trade, although volumes fell by a fifth. Agribulk grew on the back of strong feed imports "
          "for the dairy herds of Munster."),
    ("p", "Cork’s own economy rests on software, financial services and food and drink, and the "
          "pharmaceutical plants of the lower harbour are among our most valuable customers for tank "
          "storage. In Midleton, the whiskey distillery has added six maturation warehouses, and "
          "Carrigaline has become a base for medical-device makers."),
    ("p", "Cobh, known as Queenstown until 1920, lives largely from tourism. The town welcomed 101 "
          "cruise calls and some 240,000 passengers in 2023."),
    ("pagebreak",),
    ("h", "Sustainability"),
    ("p", "Our Scope 1 and 2 emissions fell to 4,100 tonnes of CO2 equivalent, 18 percent below "
          "2022, thanks to electric straddle carriers at Ringaskiddy and a 1.2 MW solar array on the "
          "warehouse roofs. Shore power for cruise ships at Cobh will be commissioned in 2025, and "
          "12,000 native trees were planted on port land at Marino Point."),
    ("h", "Routes"),
    ("p", "Brittany Ferries sails from Ringaskiddy to Roscoff all year and, in summer, to Santander. "
          "Weekly feeder services connect Cork with Rotterdam and Antwerp."),
    ("h", "Partners"),
    ("p", "In September 2023 the Port of Cork and the Port of Santander signed a memorandum of "
          "understanding on shore power and the exchange of ferry data. Talks with the Port of "
          "Rotterdam about a green shipping corridor continue, but no agreement has been reached."),
    ("p", "Our community fund supported the twinning committees of Cobh and Crosshaven, which are "
          "both twinned with Roscoff; the three towns celebrated 40 years of twinning last summer. "
          "Cork’s sister-city relationship with San Francisco, dating back to 1984, brought a "
          "delegation of Bay Area investors to the port in October."),
    ("h", "Outlook"),
    ("p", "For 2024 we expect throughput of around 11 million tonnes. “The new terminal has given "
          "us room to grow, and our customers are using it,” says Chief Executive Conor Mallow."),
]

CHESTERFIELD = [
    ("title", "Community Profile: Chesterfield County and the Tri-Cities"),
    ("subtitle", "Virginia Economic Growth Agency · Community Profile Series · March 2024"),
    ("h", "Location"),
    ("p", "Chesterfield County lies directly south of Richmond, between the James and Appomattox "
          "rivers, on Interstate 95. Its largest communities are Chester and Midlothian, a former "
          "coal-mining village that its first miners named after the Scottish county. To the south, "
          "the county borders the independent cities of Colonial Heights, Petersburg and Hopewell, "
          "known together as the Tri-Cities."),
    ("h", "Economy"),
    ("p", "Chesterfield County’s economy is anchored by advanced manufacturing, distribution and "
          "professional services, and the county has added more than 9,000 jobs since 2019."),
    ("p", "Chester has become one of the state’s fastest-growing data-center locations, with three "
          "campuses built since 2021; a data-center operator headquartered in Richmond, British "
          "Columbia, opened its first US campus there in 2023. Midlothian, where coal was mined until "
          "the early 1900s, is now mostly residential. In Hopewell, chemical plants and a paper mill "
          "line the Appomattox, and the city’s biggest employer makes nylon intermediates. "
          "Petersburg is home to a growing cluster of pharmaceutical manufacturers that make "
          "essential generic medicines, and Colonial Heights is the area’s retail centre."),
    ("p", "Richmond, the state capital, anchors the wider labour market. Its major employers include "
          "a cigarette manufacturer, two hospital systems and a regional Federal Reserve Bank, "
          "alongside several bank and insurance headquarters."),
    ("h", "Major employers"),
    ("caption", "Table 1: Largest private employers in the profile area, 2023"),
    ("table", [
        ["Employer type", "Sector", "Location", "Employees"],
        ["Cigarette manufacturing center", "Tobacco", "Richmond", "2,400"],
        ["E-commerce fulfillment center", "Warehousing and distribution", "Chester", "1,500"],
        ["Specialty fibers and films plant", "Advanced materials", "Chesterfield County", "1,300"],
        ["Chemical complex", "Nylon intermediates", "Hopewell", "850"],
        ["Pharmaceutical campus", "Generic medicines", "Petersburg", "400"],
    ]),
    ("h", "Ports and logistics"),
    ("p", "The Richmond Marine Terminal on the James River is the region’s inland port. It handled "
          "about 38,000 TEU in 2023, up from 31,000 TEU in 2022, most of it carried by container "
          "barge to and from the main terminals of the Port of Virginia. After the crane upgrade now "
          "under way, the terminal is designed to handle 80,000 TEU a year."),
    ("p", "The Port of Virginia, with its main terminals in Norfolk, Portsmouth and Newport News, "
          "handled 3.3 million TEU in fiscal year 2023 and ranks as the third-largest container port "
          "on the US East Coast. Norfolk International Terminals, the largest of them, is designed "
          "to handle about 1.6 million TEU a year. Newport News is also home to the shipyard that "
          "builds the Navy’s aircraft carriers, the largest industrial employer in Virginia."),
    ("h", "International links"),
    ("p", "Richmond’s sister cities include Saitama in Japan, a link dating back to 1994, and "
          "Zhengzhou in China. The city’s sister-city ties with Ségou in Mali have been dormant "
          "since 2012."),
    ("h", "Contact"),
    ("p", "Daniel Hampton, Business Development Manager, Virginia Economic Growth Agency."),
]

SERBIEN = [
    ("title", "Marktbrief Serbien 2024"),
    ("subtitle", "AußenwirtschaftsCenter Belgrad · Außenwirtschaft Österreich · April 2024"),
    ("h", "Auf einen Blick"),
    ("p", "Serbien bleibt für österreichische Unternehmen einer der wichtigsten Märkte in "
          "Südosteuropa. Das Land exportiert vor allem Fahrzeugteile, Reifen, Kupfer und "
          "Agrarprodukte; die Vojvodina im Norden gilt als Kornkammer des Landes. Österreich zählt "
          "mit einem Investitionsbestand von rund 4 Mrd. Euro zu den größten Investoren."),
    ("h", "Die wichtigsten Standorte"),
    ("p", "Belgrad ist das wirtschaftliche Zentrum des Landes. Die Hauptstadt lebt von "
          "IT-Dienstleistungen und der Finanzwirtschaft; viele österreichische Banken und "
          "Versicherungen haben hier ihre Serbien-Zentrale."),
    ("p", "Novi Sad (Neusatz), die zweitgrößte Stadt des Landes, hat sich zu einem Zentrum der IT- "
          "und Spielebranche entwickelt. In Kragujevac baut ein Automobilwerk seit diesem Jahr "
          "Elektro-SUV; rund um das Werk haben sich Zulieferer angesiedelt. Nisch (Niš) ist ein "
          "Standort der Elektronik- und Kabelindustrie, die vor allem für die deutsche "
          "Autoindustrie fertigt."),
    ("p", "Semendria, wie Smederevo früher auf Deutsch hieß, ist eine Stahlstadt: Das Stahlwerk an "
          "der Donau gehört zu den größten Exporteuren des Landes. In Pančevo, nur 15 Kilometer von "
          "Belgrad entfernt, prägen die Erdölraffinerie, ein Petrochemiekomplex und eine "
          "Düngemittelfabrik die Wirtschaft. Subotica an der ungarischen Grenze ist ein Standort der "
          "Süßwaren- und Lebensmittelindustrie."),
    ("caption", "Tabelle 1: Ausgewählte Standorte und Schwerpunktbranchen"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Entfernung nach Wien (km)"],
        ["Belgrad", "IT-Dienstleistungen, Finanzwirtschaft", "620"],
        ["Novi Sad", "IT- und Spielebranche", "540"],
        ["Kragujevac", "Automobilbau und Zulieferer", "740"],
        ["Niš", "Elektronik, Kabelkonfektion", "850"],
        ["Smederevo", "Stahl", "660"],
        ["Pančevo", "Raffinerie, Petrochemie, Düngemittel", "630"],
        ["Zrenjanin", "Reifenproduktion", "590"],
        ["Subotica", "Süßwaren, Lebensmittel", "440"],
    ]),
    ("h", "Logistik: Donau und Schwarzes Meer"),
    ("p", "Für Massengüter ist die Donau die wichtigste Verkehrsader. Der Hafen Smederevo ist mit "
          "rund 2,6 Mio. Tonnen im Jahr 2023 der größte Hafen Serbiens; es folgen die Häfen von Novi "
          "Sad, Pančevo und Belgrad."),
    ("caption", "Tabelle 2: Umschlag serbischer Donauhäfen 2023, in Mio. Tonnen"),
    ("table", [
        ["Hafen", "Umschlag"],
        ["Smederevo", "2,6"],
        ["Novi Sad", "1,1"],
        ["Pančevo", "0,9"],
        ["Belgrad", "0,8"],
    ]),
    ("p", "Für Überseeware nutzen viele Importeure Constanța, den größten Hafen am Schwarzen Meer, "
          "der 2023 gut 91 Mio. Tonnen umschlug, oder den montenegrinischen Hafen Bar, der per Bahn "
          "mit Belgrad verbunden ist."),
    ("h", "Partnerschaften"),
    ("p", "Der Hafen Wien und der Hafen Novi Sad haben 2019 ein Kooperationsabkommen geschlossen, "
          "das gemeinsame Schulungen und den Austausch digitaler Ladungsdaten vorsieht. Kragujevac "
          "und Čačak sind beide mit der steirischen Stadt Leoben verschwistert. Graz und Niš wollen "
          "eine Städtepartnerschaft eingehen; beschlossen ist sie bislang nicht."),
    ("h", "Praxistipps"),
    ("p", "Zahlungsziele von 60 Tagen sind üblich; kleinere Lieferanten verlangen Anzahlungen "
          "mitunter noch in bar. Förderungen für Markterkundungsreisen können über das "
          "AußenwirtschaftsCenter beantragt werden. Ansprechpartnerin: Mag. Eva Enns, "
          "stellvertretende Wirtschaftsdelegierte."),
]


PDFS = {
    "ontario-location-comparison-brief.pdf": dict(
        blocks=ONTARIO, header="Northbound Location Advisory · Location Comparison Brief · "
                               "Southern Ontario · June 2024",
        footer="Page {n} of 2", lang="en", title="Location Comparison Brief: Southern Ontario"),
    "port-of-cork-annual-review.pdf": dict(
        blocks=CORK, header="Port of Cork Company · Annual and Sustainability Review 2023",
        footer="Annual Review 2023 | page {n}", lang="en",
        title="Port of Cork – Annual and Sustainability Review 2023"),
}
DOCXS = {
    "chesterfield-county-community-profile.docx": dict(
        blocks=CHESTERFIELD, title="Community Profile: Chesterfield County and the Tri-Cities"),
    "serbien-marktbrief-aussenwirtschaft.docx": dict(
        blocks=SERBIEN, title="Marktbrief Serbien 2024"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_6.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
