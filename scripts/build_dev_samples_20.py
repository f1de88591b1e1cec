#!/usr/bin/env python3
"""Build the twentieth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_20.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the
texts are embedded below, and the output is deterministic (reportlab runs in invariant mode;
DOCX core properties and zip timestamps are fixed), so running it again gives byte-identical
files. The gold annotations (``NAME.gold.json``) are written by hand and kept beside the
documents; this script does not touch them, nor the TXT and HTML reports of the batch. See
the section "Development batch 20" in ``scripts/SAMPLES.md``. The layout helpers (fonts,
fixed timestamps, PDF and DOCX builders) are shared with the other build scripts and live in
``sample_builders.py``.

Layouts in this batch:

* ``southern-iberia-ports-market-note.pdf``: a port association's market note, two pages,
  running header, footer "Market Note 1/2025 · page N of 2", a drawn port table "Port |
  Cargo 2024 (million t) | Containers 2024 (thousand TEU) | Main cargo" whose units are
  given only in the header; one port's figures are given only in the table.
* ``erzgebirge-regionalmanagement-jahresbericht-2024.pdf``: a Regionalmanagement's annual
  report, two pages, running header, footer "Jahresbericht 2024 – Seite N", a drawn table
  "Standort | Schwerpunktbranchen | Beschäftigte" (one row is a district, one town's sectors
  are given only in the table).
* ``brabant-limburg-logistics-property-report.docx``: logistics real-estate report with
  headings, a caption and a table of submarkets, rents and occupier sectors (one row is a
  province, one town's sectors are given only in the table).

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"
BATCH20_TIME = dt.datetime(2025, 1, 10, 9, 0, 0)

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only. A header cell that would not fit its
# column is broken with a newline.

IBERIA = [
    ("title", "Market Note 1/2025: Ports of the Strait, the Gulf of Cádiz and the Algarve"),
    ("subtitle", "Southern Iberian Ports Association · Market intelligence for members · "
                 "12 February 2025"),
    ("h", "Summary"),
    ("p", "Our member ports closed 2024 with mixed results. Transhipment at Algeciras held up "
          "despite the diversions around the Cape of Good Hope, energy cargo at Huelva grew again, "
          "and the Portuguese ports gained from a strong year for vehicle exports. This note "
          "summarises the figures and adds a short profile of the industries that depend on each "
          "port. All figures are rounded and provisional."),
    ("h", "Algeciras and the Bay"),
    ("p", "Algeciras remained Spain's largest port in 2024 and one of the busiest in the "
          "Mediterranean. It handled about 4.7 million TEU and some 104 million tonnes of cargo in "
          "total. Fast ferries to Ceuta and Tangier carried another busy summer of passengers; "
          "these are routes, and no agreement links the ports."),
    ("p", "The industry of the bay is spread over several towns. San Roque is home to an oil "
          "refinery and a petrochemical plant, and Los Barrios to a stainless-steel works on the "
          "Palmones river. Across the bay, Gibraltar lives from online gaming, financial services "
          "and ship bunkering, while La Línea de la Concepción depends heavily on cross-border "
          "jobs. The Campo de Gibraltar as a whole is often described as Andalusia's industrial "
          "belt, but that is a county-level label and not a town."),
    ("h", "Huelva"),
    ("p", "Huelva handled about 32 million tonnes in 2024, mostly crude oil, natural gas and "
          "copper concentrate. The city's own economy rests on a copper smelter and refinery and a "
          "cluster of chemical plants along the Odiel. The refinery that receives most of the "
          "crude is in Palos de la Frontera, on the other bank, and Moguer is known for its "
          "strawberry and berry growers, who export through the port in reefers."),
    ("p", "In 2023 the port authorities of Huelva and Cartagena, in Colombia, signed a "
          "memorandum of understanding on port cooperation, focused on energy terminals and "
          "staff training."),
    ("h", "Bay of Cádiz"),
    ("p", "The Port of the Bay of Cádiz is a cruise and ro-ro port first. Cádiz itself, the "
          "Andalusian one and not its namesake in the Philippines, lives from tourism and ship "
          "repair. Puerto Real, on the inner bay, builds ships and makes aircraft parts for the "
          "large assembly lines of Seville, and the sherry bodegas of Jerez de la Frontera still "
          "employ several thousand people. Cádiz and Havana have been sister cities since 1993."),
    ("pagebreak",),
    ("h", "Faro and the Algarve"),
    ("p", "Faro's commercial quay is small and handled about 0.3 million tonnes in 2024, mostly "
          "cement and aggregates. The city lives from tourism and its airport; Olhão, ten "
          "kilometres east, from fishing and fish canning. Tourism in the Algarve as a whole is a "
          "regional story. Our member survey was led by Rafael Tarifa, who chairs the "
          "association's data committee."),
    ("h", "Setúbal and Sines"),
    ("p", "Setúbal handled about 6 million tonnes in 2024 and is Portugal's leading ro-ro port "
          "for new cars, most of which come from the car plant in neighbouring Palmela. The city "
          "itself is home to a pulp and paper mill, a cement works and a ship-repair yard. "
          "Setúbal has been twinned with Beira, in Mozambique, since 1982. A proposed cooperation "
          "agreement between the ports of Setúbal and Sines has been discussed for two years, but "
          "it has not been signed."),
    ("p", "Sines, Portugal's largest container port, handled about 1.6 million TEU in 2024."),
    ("caption", "Table 1: Member ports, 2024 (provisional)"),
    ("table", [
        ["Port", "Cargo 2024\n(million t)", "Containers 2024\n(thousand TEU)", "Main cargo"],
        ["Algeciras", "104.0", "4,700", "containers, oil products"],
        ["Huelva", "32.0", "–", "crude oil, gas, copper"],
        ["Cádiz", "4.2", "–", "ro-ro, cement, grain"],
        ["Faro", "0.3", "–", "cement, aggregates"],
        ["Setúbal", "6.0", "–", "cars, paper, cement"],
        ["Sines", "45.0", "1,600", "containers, coal, oil"],
    ], [30, 30, 38, 62]),
    ("p", "The cargo figures for Cádiz and Sines are given here only. Copper concentrate, crude "
          "oil and new cars are cargo and say nothing about the industries of the port city."),
    ("h", "Outlook"),
    ("p", "We expect transhipment volumes to stay volatile in 2025. Members interested in the "
          "association's joint stand at the Fruit Logistica fair are asked to register by March."),
]

ERZGEBIRGE = [
    ("title", "Jahresbericht 2024"),
    ("subtitle", "Regionalmanagement Erzgebirge · Wirtschaft, Fachkräfte, Partnerschaften"),
    ("h", "Vorwort"),
    ("p", "Das Jahr 2024 war für die Unternehmen im Erzgebirge ein Jahr der Vorsicht. Die "
          "Auftragseingänge der Industrie gingen zurück, die Beschäftigung blieb aber stabil. Im "
          "Erzgebirgskreis arbeitet weiterhin fast jeder dritte Beschäftigte in der Industrie, vor "
          "allem in der Metallverarbeitung und im Maschinenbau. Der Titel der Montanregion "
          "Erzgebirge/Krušnohoří als UNESCO-Welterbe bringt vor allem dem Tourismus neue Gäste."),
    ("p", "Unser Team unter Leitung von Dr. Heike Zschopau hat im Berichtsjahr 46 Unternehmen bei "
          "der Fachkräftesuche und 12 Kommunen bei Förderanträgen begleitet. Die Zusammenarbeit "
          "mit der IHK Chemnitz wurde vertieft."),
    ("h", "Standorte im Profil"),
    ("p", "Annaberg-Buchholz. In der Kreisstadt haben mehrere Posamentenhersteller ihren Sitz, "
          "die Bänder, Kordeln und Borten für die Mode- und Möbelbranche fertigen. Dazu kommen ein "
          "Zulieferer von Kunststoffspritzgussteilen und der Tourismus rund um den "
          "Weihnachtsmarkt. Annaberg-Buchholz und Weiden in der Oberpfalz sind seit 1990 "
          "Partnerstädte, und mit Chomutov, dem früheren Komotau, besteht seit 2001 eine "
          "grenzüberschreitende Städtepartnerschaft."),
    ("p", "Aue-Bad Schlema. Die 2019 gebildete Doppelstadt hat zwei Gesichter. Im Stadtteil Aue "
          "dominieren Metallverarbeitung und die traditionsreiche Besteckherstellung; im Kurort "
          "Bad Schlema lebt man vom Kurbetrieb rund um das Radonbad. Der Uranbergbau, der die "
          "Gegend bis 1990 prägte, ist Geschichte. Eine Partnerschaft mit Jáchymov auf der "
          "tschechischen Seite wird derzeit geprüft."),
    ("p", "Freiberg. Die Bergstadt ist heute ein Halbleiterstandort: Freiberger Betriebe stellen "
          "Siliziumwafer und Verbindungshalbleiter her. Außerdem ist die Stadt ein Zentrum des "
          "Metallrecyclings. Freiberg und Darmstadt sind seit 1990 Partnerstädte; beide Städte "
          "haben 2024 einen gemeinsamen Gründerwettbewerb ausgeschrieben."),
    ("pagebreak",),
    ("p", "Marienberg. Die Stadt im mittleren Erzgebirge setzt auf Kunststoff- und "
          "Metallverarbeitung; zwei Zulieferer der Fahrzeugindustrie haben 2024 erweitert. Im "
          "Interreg-Projekt mit Chomutov arbeiten Marienberger Schulen und Betriebe bei der "
          "Wasserstofftechnik zusammen; das Projekt ist keine Städtepartnerschaft."),
    ("p", "Olbernhau. Die Stadt der sieben Täler ist ein Zentrum der Holzspielzeug- und "
          "Kunsthandwerksherstellung. Im benachbarten Kurort Seiffen entstehen Nussknacker, "
          "Räuchermänner und Schwibbögen, die in alle Welt gehen. Olbernhau ist seit 1996 mit "
          "Litvínov verschwistert."),
    ("caption", "Tabelle 1: Ausgewählte Standorte, Schwerpunktbranchen und Beschäftigte 2024"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Beschäftigte"],
        ["Annaberg-Buchholz", "Posamenten, Kunststoff, Tourismus", "9.800"],
        ["Aue-Bad Schlema", "Metall, Besteck, Kurbetrieb", "8.900"],
        ["Freiberg", "Halbleiter, Metallrecycling", "21.500"],
        ["Marienberg", "Kunststoff, Metall", "5.200"],
        ["Olbernhau", "Holzspielzeug, Kunsthandwerk", "3.100"],
        ["Thalheim", "Strumpfwaren, Textil", "1.900"],
        ["Erzgebirgskreis", "Metall, Maschinenbau", "118.000"],
    ], [38, 78, 30]),
    ("p", "Thalheim wurde auf Wunsch des Strumpf- und Textilverbunds neu in die Übersicht "
          "aufgenommen."),
    ("h", "Logistik und Häfen"),
    ("p", "Für schwere Güter nutzen die Betriebe der Region die Elbe. Der Hafen Riesa, der "
          "größte Binnenhafen Sachsens, schlug 2024 rund 1,1 Mio. Tonnen um; der Hafen Dresden "
          "kam auf etwa 0,4 Mio. Tonnen. Die Erzgebirgsbahn verbindet Aue stündlich mit Zwickau "
          "und Chemnitz, eine Anbindung, die für Pendler wichtiger ist als für den Güterverkehr."),
    ("h", "Ausblick 2025"),
    ("p", "Im kommenden Jahr stehen die Fachkräftegewinnung in Tschechien und die Nachfolge in "
          "Handwerksbetrieben im Mittelpunkt. Eine Delegation aus Prag hat ihren Besuch für den "
          "Mai angekündigt."),
]

NL_LOGISTICS = [
    ("title", "Logistics Real Estate Report: Brabant and Limburg, H2 2024"),
    ("subtitle", "Kempenland Property Partners · Research & Advisory · January 2025"),
    ("h", "Market overview"),
    ("p", "North Brabant and Limburg together hold about a third of the Dutch stock of modern "
          "distribution space. Take-up fell by 12% in 2024, but vacancy stayed low at 3.1%, and "
          "prime rents rose again. Brabant's food industry and Limburg's greenhouse belt generate "
          "steady demand, but those are provincial totals; below we look at the individual "
          "towns."),
    ("p", "About two fifths of the containers that reach the region come through Rotterdam, "
          "Europe's largest port, and most of the rest through Antwerp."),
    ("h", "Eindhoven and Veldhoven"),
    ("p", "Eindhoven is the centre of the Brainport economy. The city is home to a truck "
          "manufacturer, a large cluster of high-tech systems engineering firms and a lively "
          "industrial design scene. The lithography machines that the chip industry depends on "
          "are built in neighbouring Veldhoven, and their suppliers compete with logistics users "
          "for every hectare. In Helmond, an automotive campus and a textile printer producing "
          "wax-print fabrics share the canal zone. An Eindhoven delegation visited Shenzhen in "
          "October to meet electronics buyers."),
    ("h", "Tilburg"),
    ("p", "Tilburg was once the wool-textile capital of the Netherlands; the last mills closed "
          "decades ago. Today the city is a logistics and e-commerce hub, with several fulfilment "
          "centres for online retailers. Its rail terminal has daily shuttles to Rotterdam, and a "
          "direct train to Chengdu ran until 2022; these are routes, not partnerships."),
    ("h", "Venlo"),
    ("p", "Venlo combines greenhouse horticulture with fresh-produce logistics, and a barge "
          "terminal on the Maas that handled about 180,000 TEU in 2023. Venlo and Krefeld have "
          "been twin towns since 1964; the two cities run a joint cross-border business park "
          "programme."),
    ("h", "Moerdijk"),
    ("p", "Moerdijk hosts one of the country's largest chemical sites: a petrochemical complex and "
          "several producers of industrial gases and plastics. The Port of Moerdijk, the fourth "
          "seaport of the Netherlands, handled about 17 million tonnes in 2023. In 2019 it signed a "
          "cooperation agreement with the port of Duisburg, covering barge and rail links."),
    ("h", "Nijmegen"),
    ("p", "Nijmegen is a health and semiconductor city. A chip factory and the university medical "
          "centre anchor its economy, and the health-technology sector is growing around them. "
          "Nijmegen is twinned with Albany, the capital of New York State, and with Masaya in "
          "Nicaragua. Its link with Pskov has been suspended since 2022."),
    ("caption", "Table 1: Logistics submarkets, H2 2024"),
    ("table", [
        ["Submarket", "Stock (million m²)", "Vacancy", "Prime rent (€/m²/yr)",
         "Main occupier sectors"],
        ["Eindhoven", "2.9", "2.4%", "78", "high-tech, automotive"],
        ["Tilburg", "3.6", "3.0%", "72", "e-commerce, retail"],
        ["Waalwijk", "1.4", "2.1%", "70", "footwear, e-commerce"],
        ["Venlo", "4.1", "3.8%", "70", "horticulture, fresh produce"],
        ["Moerdijk", "2.2", "4.5%", "74", "chemicals, bulk"],
        ["Nijmegen", "0.9", "1.9%", "76", "semiconductors, health"],
        ["Limburg (rest)", "2.7", "4.9%", "62", "various"],
    ]),
    ("p", "Waalwijk appears in the table only; its traditional footwear trade now shares the "
          "business parks with online retailers."),
    ("h", "Outlook"),
    ("p", "We expect rents to rise by 3–4% in 2025. The report was written by Pieter Weert; "
          "graduate research support came from Breda University of Applied Sciences. The Kempen "
          "area south-west of Eindhoven remains the region's land reserve."),
]


PDFS = {
    "southern-iberia-ports-market-note.pdf": dict(
        blocks=IBERIA, header="Southern Iberian Ports Association · Market Note 1/2025",
        footer="Market Note 1/2025 · page {n} of 2", lang="en",
        title="Market Note 1/2025: Ports of the Strait, the Gulf of Cádiz and the Algarve"),
    "erzgebirge-regionalmanagement-jahresbericht-2024.pdf": dict(
        blocks=ERZGEBIRGE, header="Regionalmanagement Erzgebirge · Jahresbericht 2024",
        footer="Jahresbericht 2024 – Seite {n}", lang="de",
        title="Regionalmanagement Erzgebirge: Jahresbericht 2024"),
}
DOCXS = {
    "brabant-limburg-logistics-property-report.docx": dict(
        blocks=NL_LOGISTICS, title="Logistics Real Estate Report: Brabant and Limburg, H2 2024",
        when=BATCH20_TIME),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_20.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
