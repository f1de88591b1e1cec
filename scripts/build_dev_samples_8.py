#!/usr/bin/env python3
"""Build the eighth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_8.py [--out DIR]

Companion to the earlier ``build_dev_samples_*.py`` scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``brazil-argentina-country-risk-note.pdf``: export-credit agency's country
  risk note, two pages, running header, footer "CRN 2024/07 · page N of 2", a
  drawn table of ports whose units ("million t", "thousand TEU") are given only
  in the column headers; one row is a port system of several towns, and one
  port's figures are given only in the table.
* ``landtag-mv-kleine-anfrage-haefen.pdf``: a Landtag answer of the state
  government to a Kleine Anfrage (numbered questions and answers), two pages,
  running header with the Drucksache number, footer "Drucksache 8/3412 – Seite
  N", a drawn table of port throughput for two years with the unit only in the
  column headers.
* ``nordic-baltic-twin-towns-annual-report.docx``: a twin-towns association's
  annual report with headings, bullets, a caption and a table of partnerships
  (cities, type, year, focus of the year; one row is suspended).

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

COUNTRY_RISK = [
    ("title", "Country Risk Note: Brazil and Argentina"),
    ("subtitle", "Caledonia Export Finance · Underwriting and Risk Division · July 2024"),
    ("h", "Summary"),
    ("p", "Brazil stays in OECD country risk category 5 and Argentina in category 7. We remain open "
          "for cover in both markets, but Argentine buyers still need a letter of credit confirmed "
          "by a bank abroad. This note looks at the corridors where our exposure sits."),
    ("h", "Brazil: São Paulo and the Santos corridor"),
    ("p", "São Paulo is where the bulk of our Brazilian buyers are based. The city is the country’s "
          "financial capital: banks, insurers and the head offices of most large industrial groups "
          "line Avenida Paulista. São Bernardo do Campo, on its southern edge, is the cradle of the "
          "Brazilian motor industry, and its car and truck plants take a fifth of our buyer credit "
          "for machine tools. The wider state of São Paulo grows most of Brazil’s sugar cane for "
          "its ethanol mills."),
    ("p", "Campinas, 90 km inland, is home to electronics and telecoms equipment makers and to a "
          "cluster of IT firms. The oil refinery in neighbouring Paulínia is the largest in the "
          "country, and Viracopos airport at Campinas is Brazil’s second-largest cargo airport."),
    ("p", "Santos, on the coast below the escarpment, is Latin America’s largest container port. In "
          "2023 it handled 5.0 million TEU and some 173 million tonnes of cargo, led by soybeans, "
          "sugar and maize. The city itself lives from the port and from logistics services, and its "
          "coffee trading houses still set the tone in the old town. Its oldest foreign link is "
          "with Nagasaki, a sister city since 1972. Next door, Cubatão has a refinery, a steelworks "
          "and several fertiliser plants, while Guarujá, across the estuary, lives from tourism."),
    ("h", "Brazil: Paraná"),
    ("p", "Paranaguá, in the state of Paraná, is Brazil’s largest port for farm exports: soybeans "
          "from the interior and frozen chicken from the co-operatives of the west. Fertiliser "
          "blending plants line the road to the quays, and the town depends on them. Curitiba, the "
          "state capital 90 km inland, is home to truck and bus makers and a growing software "
          "sector."),
    ("p", "In 2019 the Port of Paranaguá and the Port of Hamburg signed a memorandum of "
          "understanding on port-community systems; the two ports still hold a joint workshop every "
          "year. A similar agreement with Spain’s Valencia was discussed in 2022 but never signed."),
    ("h", "Argentina: Rosario and the Up-River ports"),
    ("p", "About 80 percent of Argentina’s grain and vegetable oil exports leave from private "
          "terminals along the Paraná River between Timbúes and Arroyo Seco, with Rosario in the "
          "middle. These Up-River ports loaded some 70 million tonnes in 2023. The crushing plants "
          "of San Lorenzo and Puerto General San Martín, north of the city, make the area one of "
          "the largest oilseed-processing clusters in the world."),
    ("p", "Rosario itself is a city of services. Its grain exchange sets reference prices for the "
          "whole country, and the city has a lively software scene and several farm-machinery "
          "makers. Rosario has been twinned with Porto Alegre in southern Brazil since 1994."),
    ("pagebreak",),
    ("h", "Argentina: Buenos Aires, Zárate and Campana"),
    ("p", "The Port of Buenos Aires is the country’s leading container port and handled about 1.4 "
          "million TEU in 2023. The capital lives from finance, software and the creative "
          "industries; the province of Buenos Aires, which surrounds the city but does not include "
          "it, produces most of the country’s beef and wheat. Ferries cross the River Plate to "
          "Montevideo several times a day."),
    ("p", "Upriver, Zárate and Campana form the country’s main corridor for vehicles and steel "
          "pipes. Zárate has a pickup-truck assembly plant and Argentina’s busiest vehicle terminal, "
          "which shipped some 300,000 cars in 2023. Campana is home to a large seamless-pipe mill and "
          "an oil refinery. A sister-port agreement between Zárate and Antwerp has been under "
          "discussion since last year."),
    ("h", "Ports at a glance"),
    ("caption", "Table 1: Main ports for our exporters’ shipments, 2023"),
    ("table", [
        ["Port", "Cargo (million t)", "Boxes (thousand TEU)", "Main export cargo"],
        ["Santos", "173.0", "5,000", "soybeans, sugar, maize"],
        ["Paranaguá", "66.2", "1,200", "soybeans, meal, chicken"],
        ["Rio Grande", "42.0", "760", "soybeans, wood pulp"],
        ["Buenos Aires", "12.5", "1,400", "general cargo"],
        ["Up-River (Gran Rosario)", "70.0", "90", "meal, oil, maize"],
        ["Zárate", "5.1", "150", "vehicles, steel pipes"],
    ], [41, 38, 43, 48]),
    ("p", "Rio Grande, Brazil’s southernmost port, is included for our forestry-equipment "
          "exporters."),
    ("h", "Risk view"),
    ("p", "Brazilian buyers pay well: claims in 2023 stayed below 1 percent of exposure. In "
          "Argentina, currency controls are being eased, but payment delays of 60 to 120 days "
          "remain common. Low water on the Paraná River can limit loads at the Up-River "
          "terminals."),
    ("p", "Country economist: Mariana Olavarría. Underwriting contact: James Fenwick, Latin America "
          "desk."),
]

KLEINE_ANFRAGE = [
    ("title", "Kleine Anfrage und Antwort der Landesregierung"),
    ("subtitle", "Entwicklung der Häfen Wismar, Stralsund und Sassnitz · Kleine Anfrage des "
                 "Abgeordneten Jan Wolgast (fraktionslos) · Antwort der Landesregierung vom "
                 "14. Mai 2024"),
    ("h", "Vorbemerkung des Fragestellers"),
    ("p", "Neben dem Überseehafen Rostock verfügt das Land über mehrere kleinere Seehäfen, deren "
          "Umschlag in den vergangenen Jahren stark geschwankt hat. Für die Standorte an der Küste "
          "und im Hinterland ist ihre Entwicklung von großer Bedeutung."),
    ("h", "1. Wie haben sich die Umschlagmengen der Häfen Wismar, Stralsund und Sassnitz in den "
          "Jahren 2022 und 2023 entwickelt?"),
    ("p", "Die Umschlagmengen sind in der folgenden Tabelle dargestellt. Zum Vergleich sind der "
          "Hafen Rostock, der mit 25,6 Mio. Tonnen im Jahr 2023 mit Abstand der größte Hafen des "
          "Landes blieb, und der Industriehafen Lubmin aufgeführt."),
    ("caption", "Tabelle 1: Seegüterumschlag ausgewählter Häfen in Mecklenburg-Vorpommern"),
    ("table", [
        ["Hafen", "2022 (Mio. t)", "2023 (Mio. t)", "Hauptgüter"],
        ["Rostock", "28,1", "25,6", "Fähr- und Ro-Ro-Ladung, Getreide, Öl"],
        ["Wismar", "2,9", "2,6", "Schnittholz, Pellets, Salz"],
        ["Sassnitz (Mukran)", "2,1", "2,4", "Fährladung, Offshore-Bauteile"],
        ["Stralsund", "1,1", "0,9", "Getreide, Düngemittel"],
        ["Lubmin", "1,4", "1,9", "Baustoffe, Rohrleitungen"],
    ], [38, 26, 26, 80]),
    ("p", "Wismar ist damit nach Rostock der zweitgrößte Hafen des Landes. Seine Kaianlagen sind "
          "auf einen Umschlag von rund 4 Mio. Tonnen jährlich ausgelegt. Der Rückgang in Stralsund "
          "ist vor allem auf die schwache Getreideernte in Vorpommern zurückzuführen."),
    ("h", "2. Welche Bedeutung haben die Häfen für die Wirtschaft der jeweiligen Standorte?"),
    ("p", "In Wismar ist der Hafen eng mit der Holzwirtschaft verbunden: Ein Sägewerk und ein "
          "Pelletwerk liegen unmittelbar am Kai. Die frühere Kreuzfahrtwerft der Stadt wurde 2022 "
          "von einem Marineschiffbauer übernommen; ob dort ab 2026 Schiffe gebaut werden, hängt "
          "von Aufträgen des Bundes ab."),
    ("p", "In Stralsund haben nach dem Ende des Großschiffbaus die Reparatur und der Umbau von "
          "Schiffen neue Arbeitsplätze gebracht. Daneben prägt der Tourismus die Wirtschaft der "
          "Hansestadt. Der Hafen versorgt vor allem die Landwirtschaft Vorpommerns mit Dünger."),
    ("p", "Sassnitz lebt vom Hafen, von der Fischverarbeitung und vom Tourismus. Im Hafenteil "
          "Mukran sind zudem Flächen für den Service von Offshore-Windparks entstanden, die heute "
          "von drei Betreibern genutzt werden."),
    ("pagebreak",),
    ("p", "Die Universitäts- und Hansestadt Greifswald verfügt über keinen Güterhafen von "
          "Bedeutung. Die Stadt ist ein Standort der Biotechnologie und der Medizintechnik, die "
          "eng mit der Universität zusammenarbeiten. Im benachbarten Lubmin, wo bis 1990 ein "
          "Kernkraftwerk betrieben wurde, ist ein Energiestandort mit Gasanlandung und "
          "Umspannwerken für Offshore-Strom entstanden."),
    ("p", "Neubrandenburg liegt fern der Küste, nutzt aber vor allem den Hafen Rostock. Die "
          "Wirtschaft der Stadt stützt sich auf die Ernährungswirtschaft sowie auf die Kunststoff- "
          "und Metallverarbeitung."),
    ("h", "3. Welche Kooperationen bestehen zwischen den Häfen des Landes und Häfen im "
          "Ostseeraum?"),
    ("p", "Die Häfen Rostock und Trelleborg haben 2018 eine Hafenpartnerschaft vereinbart, die vor "
          "allem Landstrom und die Digitalisierung der Fährabfertigung betrifft. Der Hafen Wismar "
          "hat 2019 mit dem Hafen Kalmar eine Kooperationsvereinbarung über den Holzumschlag "
          "geschlossen. Zwischen Mukran und Klaipėda verkehrt eine Eisenbahn- und Ro-Ro-Fähre; "
          "eine Kooperation der Häfen ist damit nicht verbunden. Eine Zusammenarbeit zwischen "
          "Stralsund und dem polnischen Hafen Świnoujście wird derzeit geprüft."),
    ("h", "4. Inwieweit werden Städtepartnerschaften der Hafenstädte für die Wirtschaft genutzt?"),
    ("p", "Der Landesregierung liegen hierzu keine eigenen Erhebungen vor. Nach Auskunft der "
          "Kommunen bestehen unter anderem folgende Partnerschaften: Greifswald ist seit 1990 "
          "Partnerstadt von Lund. Sassnitz und das schwedische Trelleborg sind durch eine "
          "Städtepartnerschaft verbunden, die auf die frühere Fährlinie zwischen beiden Häfen "
          "zurückgeht; die Linie selbst wurde 2020 eingestellt. Neubrandenburg pflegt seit 1974 "
          "eine Partnerschaft mit Koszalin. Die Städtepartnerschaft zwischen Stralsund und "
          "Kaliningrad ruht seit 2022."),
    ("h", "5. Welche Investitionen plant das Land in den genannten Häfen?"),
    ("p", "Für die Jahre 2024 bis 2027 sind Landesmittel von insgesamt 38 Mio. Euro vorgesehen, "
          "davon 21 Mio. Euro für die Ertüchtigung der Kaje in Wismar und 9 Mio. Euro für "
          "Schwerlastflächen in Mukran. Eine Erweiterung des Hafens Stralsund ist derzeit nicht "
          "geplant."),
    ("p", "Schwerin, den 14. Mai 2024 – Ministerium für Wirtschaft, Infrastruktur, Tourismus und "
          "Arbeit"),
]

TWIN_TOWNS = [
    ("title", "Annual Report 2023"),
    ("subtitle", "Nordic–Baltic Twin Towns Association · Secretariat in Turku · adopted by the "
                 "General Assembly, April 2024"),
    ("h", "Foreword"),
    ("p", "Our association brings together cities around the Baltic Sea that are linked by "
          "twinning or by port partnerships. In 2023 we welcomed two new members, ran 41 exchanges "
          "with some 1,900 participants and held our General Assembly in Malmö. The war in Ukraine "
          "continued to shape our work: several members have frozen their links with Russian "
          "cities, and the assembly confirmed that these links stay suspended."),
    ("h", "Our partnerships"),
    ("p", "Aarhus, Gothenburg and Turku have been twinned with one another since 1946, which makes "
          "this Nordic trio the oldest group in the association. Tallinn and Kiel, twinned since "
          "1986, celebrated with a joint conference on maritime training. The table lists the "
          "partnerships registered with the secretariat and the focus that each pair chose for "
          "2023."),
    ("caption", "Table 1: Partnerships registered with the association, with the focus of 2023"),
    ("table", [
        ["Cities", "Type", "Since", "Focus 2023"],
        ["Turku – Gothenburg", "twin towns", "1946", "youth exchange"],
        ["Aarhus – Gothenburg", "twin towns", "1946", "culture and libraries"],
        ["Aarhus – Turku", "twin towns", "1946", "culture and libraries"],
        ["Tallinn – Kiel", "twin towns", "1986", "maritime training"],
        ["Riga – Malmö", "twin towns", "1993", "urban mobility"],
        ["Klaipėda – Karlskrona", "twin towns", "1989", "renewable energy"],
        ["Klaipėda – Aarhus", "port partnership", "2023", "shore power"],
        ["Turku – Saint Petersburg", "twin towns", "1953", "suspended since 2022"],
    ]),
    ("p", "The newest entry is the port partnership between Klaipėda and Aarhus: the two port "
          "authorities signed their agreement in June 2023 and will share data on shore power and "
          "green methanol bunkering. Riga has asked to twin with Aarhus as well, but the city "
          "council there has not yet decided."),
    ("h", "Members’ economies"),
    ("p", "The cities of our network have very different economic profiles, which makes the "
          "exchanges between their business communities all the more useful."),
    ("bullets", [
        "Turku (Åbo in Swedish): the city’s shipyard builds some of the world’s largest cruise "
        "ships, and Turku also has a strong cluster of pharmaceutical and diagnostics firms.",
        "Tallinn: the Estonian capital built its reputation on software and digital public "
        "services, and it remains a start-up hub.",
        "Riga: transit logistics, wood processing and a pharmaceutical industry that dates back "
        "to Soviet times.",
        "Klaipėda, the former Memel: ship repair, an LNG terminal and a large furniture industry. "
        "The port, the country’s only deep-water harbour, handled 36.4 million tonnes in 2023.",
        "Malmö: once a shipbuilding town, the city now lives from software, video games and life "
        "sciences.",
        "Aarhus: Denmark’s second city is home to a maker of wind turbines and to the head office "
        "of a large dairy co-operative. Its port is Denmark’s largest container port and handled "
        "some 550,000 TEU in 2023.",
    ]),
    ("p", "The farms of Jutland, the forests of Latvia and the Estonian oil-shale region are often "
          "named as the backbone of their national economies, but they lie outside our member "
          "cities and are not covered here."),
    ("h", "Highlights of 2023"),
    ("bullets", [
        "A delegation from Gdańsk visited Klaipėda and Karlskrona to study twinning in practice; "
        "Gdańsk is expected to apply for membership in 2024.",
        "Youth orchestras from Turku and Gothenburg toured both cities in August.",
        "The ferry between Tallinn and Helsinki carried a record number of exchange groups; "
        "the Öresund link between Malmö and Copenhagen was used by 14 school projects.",
    ]),
    ("h", "Finances"),
    ("p", "Membership fees brought in EUR 186,000 and EU project funds a further EUR 240,000. The "
          "accounts were audited in March 2024 and show a small surplus."),
    ("h", "Outlook"),
    ("p", "In 2024 the association will focus on climate adaptation in port cities. Enquiries go "
          "to the secretary-general, Mats Lund, at the secretariat in Turku."),
]


PDFS = {
    "brazil-argentina-country-risk-note.pdf": dict(
        blocks=COUNTRY_RISK,
        header="Caledonia Export Finance · Country Risk Note · Brazil and Argentina · July 2024",
        footer="CRN 2024/07 · page {n} of 2", lang="en",
        title="Country Risk Note: Brazil and Argentina"),
    "landtag-mv-kleine-anfrage-haefen.pdf": dict(
        blocks=KLEINE_ANFRAGE,
        header="Landtag Mecklenburg-Vorpommern · 8. Wahlperiode · Drucksache 8/3412",
        footer="Drucksache 8/3412 – Seite {n}", lang="de",
        title="Kleine Anfrage: Entwicklung der Häfen Wismar, Stralsund und Sassnitz"),
}
DOCXS = {
    "nordic-baltic-twin-towns-annual-report.docx": dict(
        blocks=TWIN_TOWNS, title="Nordic–Baltic Twin Towns Association – Annual Report 2023"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_8.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
