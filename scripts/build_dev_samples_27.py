#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 27 in ``samples/dev/``.

    python scripts/build_dev_samples_27.py [--out DIR]

Companion to ``build_dev_samples_6.py`` and the later batch scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic (reportlab
runs in invariant mode; DOCX core properties and zip timestamps are fixed), so running
it again gives byte-identical files. The gold annotations (``NAME.gold.json``) are
written by hand and kept beside the documents; this script does not touch them, nor the
TXT and HTML reports of the batch. The layout helpers live in ``sample_builders.py``.

Layouts in this batch:

* ``b27-biscay-terminals-investor-fact-sheet.pdf``: two pages, running header, footer
  "Investor Relations · page N of 2", key-figures bullets and two drawn tables (volumes
  by terminal with the unit in its own column; hinterland towns with the sectors served,
  some of them given only in the table).
* ``b27-normandy-secondary-ports-working-paper.docx``: a university working paper's
  extended abstract with headings and a table of port towns, 2022 traffic (unit in the
  header) and leading local industries.
* ``b27-dreilaendereck-mitgliederbrief.pdf``: two pages, a chamber's members'
  newsletter, running header, footer "Seite N von 2", a drawn table of Rhine port
  throughput with the units in the column headers (German number format); one row is a
  port system spanning three towns.

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

BISCAY = [
    ("title", "Investor Fact Sheet – Full Year 2023"),
    ("subtitle", "Biscay Terminals Group, S.A. · listed on the Bilbao Stock Exchange · "
                 "published 28 February 2024"),
    ("h", "Who we are"),
    ("p", "Biscay Terminals Group operates a container terminal and a multipurpose terminal in two "
          "Basque ports, plus a rail-road terminal on the French border. We employ 840 people. Our "
          "largest shareholders are the investment firm Getxo Capital Partners (18%) and a pension "
          "fund of the Basque public sector (11%); the free float is 54%."),
    ("h", "Highlights 2023"),
    ("bullets", [
        "Revenue: EUR 212 million (+6%)",
        "EBITDA margin: 31%",
        "Containers handled at our Bilbao terminal: 410,000 TEU (2022: 380,000 TEU)",
        "Proposed dividend: EUR 0.48 per share",
    ]),
    ("h", "Our terminals"),
    ("p", "Our flagship is the container terminal in the outer harbour of Bilbao. In 2023 it handled "
          "410,000 TEU, roughly four boxes in five passing through the port, and since the quay "
          "extension was completed last autumn it is designed for 1,000,000 TEU a year. The Port of "
          "Bilbao as a whole handled 33.8 million tonnes in 2023 and remains the largest port in the "
          "Basque Country."),
    ("p", "In Pasaia we run the multipurpose terminal, which handled 1.4 million tonnes in 2023, "
          "mainly steel products, paper reels and wood pellets. Our rail-road terminal at Irun, on "
          "the border with Hendaye, transfers swap bodies between the Iberian and the standard "
          "gauge; weekly shuttle trains run to Duisburg and Lyon."),
    ("caption", "Table 1: Volumes by terminal"),
    ("table", [
        ["Terminal", "Location", "Volume 2023", "Volume 2022", "Unit", "Capacity p.a."],
        ["Container terminal", "Bilbao", "410,000", "380,000", "TEU", "1,000,000"],
        ["Multipurpose terminal", "Pasaia", "1,400,000", "1,250,000", "t", "–"],
    ], [42, 22, 30, 30, 14, 30]),
    ("pagebreak",),
    ("h", "Hinterland and customers"),
    ("p", "About 60% of our export boxes come from manufacturers within 80 km of the Bilbao "
          "terminal. Vitoria-Gasteiz, the Basque capital, is home to a large van assembly plant and "
          "a tyre factory, and both ship parts and finished vehicles over our quay. The machine-tool "
          "and wind-turbine supply chains of the Basque Country as a whole account for a further "
          "fifth of our volumes."),
    ("caption", "Table 2: Main customer towns"),
    ("table", [
        ["Town", "Main sectors served", "Road distance (km)"],
        ["Vitoria-Gasteiz", "vans, tyres, aerostructures", "75"],
        ["Eibar", "bicycles, firearms, precision machining", "50"],
        ["Durango (Biscay)", "foundries, hydraulic components", "35"],
        ["Arrasate / Mondragón", "household appliances", "65"],
        ["Irun", "logistics, customs brokerage", "115"],
    ], [44, 74, 44]),
    ("p", "Durango here is the Biscay town on the road to Vitoria-Gasteiz, not the Mexican city of "
          "Durango, whose name appears on the bills of lading of a monthly zinc-concentrate call "
          "at Bilbao."),
    ("h", "Partnerships"),
    ("p", "In June 2023 the port authorities of Pasaia and Bayonne signed a cooperation agreement on "
          "dredging, pilot training and joint short-sea marketing; our Pasaia terminal takes part in "
          "the first campaign. Irun and Hendaye, twin towns for many years, are planning a joint "
          "logistics park on the Bidasoa; no contracts have been signed. Talks with the Port of "
          "Cherbourg about a feeder service to Normandy are continuing."),
    ("h", "Outlook 2024"),
    ("p", "We expect 420,000 to 440,000 TEU in Bilbao and a stable dividend. Risks are weaker "
          "European car demand and higher energy prices."),
    ("p", "Investor contact: Iñaki Vergara, Head of Investor Relations, ir@biscayterminals.example"),
]

NORMANDY = [
    ("title", "Small ports, local industry: traffic and employment in Normandy's secondary ports"),
    ("subtitle", "Extended abstract · Working Paper 24/07 · Centre for Maritime and Regional "
                 "Economics, Université Caen Normandie · April 2024 · Paul Lisieux and Marion Quéré"),
    ("h", "Research question"),
    ("p", "The French debate on ports concentrates on the large gateways of the Seine axis. We ask a "
          "narrower question: do Normandy's secondary ports still anchor industrial jobs in their "
          "own towns, or have they become ferry and leisure harbours? Outside the ports, Normandy as "
          "a region is known for dairy products, cider and calvados, but these rural industries are "
          "not the subject of this paper. We combine port traffic for 2012–2022 with municipal "
          "employment data for five towns – Cherbourg-en-Cotentin, Caen with its outport "
          "Ouistreham, Dieppe, Fécamp and Honfleur – and use Rouen as a reference case."),
    ("h", "Case towns"),
    ("p", "Cherbourg-en-Cotentin is the clearest industrial port town in the sample. Its largest "
          "employer is the naval shipyard that builds nuclear-powered submarines, and a plant on the "
          "quay produces blades for offshore wind turbines. The nuclear reprocessing site further "
          "west on the peninsula lies outside the municipality and is excluded."),
    ("p", "Dieppe tells a different story. The town's best-known factory assembles sports cars, and "
          "its fleet is one of the country's main scallop fleets. Most port traffic is the ferry to "
          "Newhaven; Dieppe and Newhaven are, somewhat surprisingly, not twinned."),
    ("p", "Fécamp was once France's leading cod-fishing port, but its deep-sea fleet disappeared in "
          "the 1990s. Today a herbal liqueur distillery and tourism dominate the town, and since 2022 "
          "the port has served as the operations and maintenance base for an offshore wind farm."),
    ("p", "Caen's employment is dominated by a university hospital and public research, including "
          "a heavy-ion physics laboratory. The truck assembly plant often attributed to the city is "
          "in fact in Blainville-sur-Orne, just outside the city limits. The port's cargo is mainly "
          "grain, timber and fertiliser."),
    ("p", "Rouen, our reference case, handled about 21 million tonnes in 2022 and is Europe's "
          "leading port for grain exports. The city's own industrial base is petrochemicals and "
          "paper. Since 2021 Rouen has been part of HAROPA, the joint port system of the Seine axis, "
          "whose combined traffic of some 80 million tonnes we do not split by site."),
    ("caption", "Table 1: Case towns – port traffic and leading local industries"),
    ("table", [
        ["Port town", "Traffic 2022 (million t)", "Change since 2012", "Leading local industries"],
        ["Cherbourg-en-Cotentin", "2.8", "−12%", "naval shipbuilding, wind-turbine blades"],
        ["Caen-Ouistreham", "3.4", "+5%", "health care, research"],
        ["Dieppe", "1.1", "−30%", "sports cars, scallop fishing"],
        ["Fécamp", "0.6", "+40%", "liqueur distilling, offshore wind services, tourism"],
        ["Honfleur", "0.3", "−8%", "tourism, aromatic chemicals"],
        ["Rouen (reference)", "21.0", "−10%", "petrochemicals, paper"],
    ], [40, 35, 30, 65]),
    ("h", "Findings"),
    ("p", "Tonnage and local industrial employment move together only where a manufacturer uses the "
          "quay itself, as in Cherbourg-en-Cotentin and Fécamp. Elsewhere, traffic has fallen while "
          "jobs moved to services. Soft ties matter little: Cherbourg-en-Cotentin has been twinned "
          "with Poole since 1977, and the ports of Cherbourg and Poole signed a cooperation agreement "
          "in 2018, but neither has produced measurable cargo. Honfleur and Sandwich in Kent are twin "
          "towns as well. A proposed twinning between Fécamp and a Norwegian fishing town was "
          "dropped in 2019."),
    ("h", "Policy implications"),
    ("p", "Regional support should follow industrial users rather than tonnage. Offshore wind "
          "operations, which need small, well-located quays, are the most promising new users for "
          "ports of this size."),
    ("p", "Keywords: secondary ports; Normandy; industrial employment; twinning. JEL: R11, R41."),
]

DREILAENDERECK = [
    ("title", "Mitgliederbrief 2/2024"),
    ("subtitle", "Wirtschaftsforum Dreiländereck e. V. – Nachrichten für unsere Mitgliedsunternehmen "
                 "zwischen Basel und Karlsruhe · Juni 2024"),
    ("h", "Editorial"),
    ("p", "Liebe Mitglieder, mehr als 300 Gäste kamen zu unserem Frühjahrsempfang. Unser Festredner, "
          "Prof. Dr. Stefan Breisach, sprach über Fachkräfte für den Grenzraum und warb für "
          "zweisprachige Ausbildungsgänge. In diesem Brief finden Sie Neuigkeiten aus den "
          "Mitgliedsstädten, die Hafenzahlen des Vorjahres und unsere Termine."),
    ("h", "Aus den Mitgliedsstädten"),
    ("p", "In Weil am Rhein hat ein Hersteller von Designmöbeln seinen Firmencampus um eine weitere "
          "Produktionshalle erweitert. Die Stadt lebt außerdem stark von Logistik und Zollabfertigung: "
          "An der Autobahnzollanlage arbeiten über 40 Speditionen und Zollagenturen."),
    ("p", "Lörrach ist Standort einer großen Schokoladenfabrik, die Tafeln für halb Europa "
          "produziert. In der Stadt haben sich zudem Labordienstleister angesiedelt, die für die "
          "Basler Pharmaindustrie arbeiten. Die Textilindustrie, die Lörrach mehr als ein "
          "Jahrhundert prägte, ist dagegen verschwunden."),
    ("p", "Lörrach ist mit Sens in Burgund, Chester in England und Senigallia an der Adria "
          "verschwistert; die Partnerschaft mit Sens "
          "besteht seit 1966. Beim diesjährigen Partnerschaftstreffen in Sens ging es um "
          "Wasserstoff und Kreislaufwirtschaft."),
    ("p", "Jenseits der Grenze baut das Autowerk in Mülhausen (Mulhouse) Kompaktwagen und "
          "beschäftigt rund 5.000 Menschen. Die Kaliminen nördlich der Stadt sind seit 2002 "
          "geschlossen."),
    ("p", "Die Schweizerischen Rheinhäfen mit Anlagen in Basel, Birsfelden und Muttenz schlugen 2023 "
          "rund 4,6 Mio. Tonnen um."),
    ("pagebreak",),
    ("h", "Rheinhäfen im Überblick"),
    ("caption", "Tabelle 1: Umschlag ausgewählter Rheinhäfen 2023 und 2022"),
    ("table", [
        ["Hafen", "2023 (Mio. t)", "2022 (Mio. t)", "Container 2023 (TEU)"],
        ["Karlsruhe", "5,9", "6,3", "95.000"],
        ["Kehl", "4,1", "4,4", "–"],
        ["Weil am Rhein", "0,9", "1,0", "–"],
        ["Schweizerische Rheinhäfen", "4,6", "5,0", "110.000"],
    ], [54, 34, 34, 48]),
    ("p", "Die Rheinhäfen Karlsruhe gehören zu den größten Binnenhäfen Deutschlands. Karlsruhe selbst "
          "ist Sitz der größten Erdölraffinerie des Landes und eines bedeutenden IT-Standorts, an dem "
          "mehr als 4.000 Software- und IT-Unternehmen arbeiten. Im benachbarten Weingarten (Baden) "
          "fertigt ein Hersteller von Verpackungsmaschinen für die Lebensmittelindustrie."),
    ("p", "Die Städtepartnerschaft zwischen Karlsruhe und Nancy besteht seit 1955. Die Partnerschaft "
          "mit Krasnodar hat der Gemeinderat 2022 ausgesetzt."),
    ("h", "Termine"),
    ("bullets", [
        "9. Juli: Delegationsreise nach Mülhausen, Besuch im Autowerk",
        "17. September: Sprechtag Zoll und Ursprungsregeln, Weil am Rhein",
        "22.–24. Oktober: Fachmesse für Kunststoff- und Metallverarbeitung in Freiburg – "
        "Gemeinschaftsstand des Forums",
    ]),
    ("p", "Ihre Geschäftsstelle: Wirtschaftsforum Dreiländereck e. V., Telefon und Kontakt siehe "
          "Mitgliederbereich."),
]


PDFS = {
    "b27-biscay-terminals-investor-fact-sheet.pdf": dict(
        blocks=BISCAY, header="Biscay Terminals Group · Investor Fact Sheet · Full Year 2023",
        footer="Investor Relations · page {n} of 2", lang="en",
        title="Biscay Terminals Group – Investor Fact Sheet FY2023"),
    "b27-dreilaendereck-mitgliederbrief.pdf": dict(
        blocks=DREILAENDERECK, header="Wirtschaftsforum Dreiländereck e. V. · Mitgliederbrief 2/2024 · "
                                      "Juni 2024",
        footer="Seite {n} von 2", lang="de", title="Mitgliederbrief 2/2024"),
}
DOCXS = {
    "b27-normandy-secondary-ports-working-paper.docx": dict(
        blocks=NORMANDY,
        title="Small ports, local industry: Normandy's secondary ports (Working Paper 24/07)"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_27.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
