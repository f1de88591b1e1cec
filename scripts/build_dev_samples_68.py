#!/usr/bin/env python3
"""Build batch 68 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_68.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b68-atlantico-industrial-estate-brochure.pdf``: an industrial-estate developer's investor
  brochure for a site on Colombia's Caribbean coast, two pages, running header, footer
  "Caribe Norte Parks · Investor brochure · page N of 2", a drawn table "Town | Road distance
  (km) | Leading industries"; some towns' industries are given only in the table.
* ``b68-oder-baltic-economic-geography-handout.pdf``: a university lecture handout on the ports
  and towns of Poland's Baltic and Oder coast, two pages, running header, footer "Handout 9 –
  page N", learning aims, seminar questions and a reading list as bullets, no table.
* ``b68-landesbank-neckar-oberrhein-regionalanalyse.docx``: a German Landesbank's regional
  analysis with headings, key points and an assessment as bullets, a caption and a table of
  inland-port throughput whose unit and year are given only in the column header.

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

CARIBE = [
    ("title", "Parque Industrial Caribe Norte: Room to Grow on Colombia's Caribbean Coast"),
    ("subtitle", "Investor brochure · Phase III now leasing · March 2025"),
    ("h", "Three ports, one afternoon's drive"),
    ("p", "Few places in Latin America put an investor within three hours of three seaports. "
          "From our gate you reach the river port of Barranquilla in twenty minutes, the "
          "container terminals of Cartagena in under two hours and the deep-water harbour of "
          "Santa Marta in about two and a half. Add an international airport and the "
          "fourth-largest consumer market in the country, and you have the reason why 38 "
          "companies have already chosen Caribe Norte."),
    ("h", "The site"),
    ("p", "Caribe Norte lies in Galapa, on the highway that links Barranquilla with Cartagena. "
          "Phases I and II (92 hectares) are fully let. Phase III adds 48 hectares of serviced "
          "plots from 2 to 20 hectares, with free-trade-zone status, a 34.5 kV substation on "
          "site and a water treatment plant sized for food and pharmaceutical users. Until "
          "recently Galapa was best known for one thing: its craftsmen carve and paint the "
          "wooden masks that dance through Barranquilla's carnival every February. The masks are "
          "sold in the city's markets, but they are still made in family workshops a few streets "
          "from our entrance."),
    ("h", "Who is already here"),
    ("p", "Our largest tenant is a Mexican maker of plastic packaging, which blows and prints "
          "bottles for drinks firms on its Galapa line and employs 420 people. Textiles del "
          "Caribe, despite its name, makes no textiles: the company uses its unit in Phase II "
          "only as a showroom for imported fabrics. A green-hydrogen pilot was announced for "
          "Phase IV last year; it is still a study, and we list it here only because investors "
          "keep asking."),
    ("h", "Barranquilla: the gateway next door"),
    ("p", "Barranquilla, the largest city on the coast, has an industrial tradition that goes "
          "back more than a century. Its factories today make cement and beer, among much else, "
          "and the city's river port handles about 10 million tonnes a year, which makes it the "
          "fourth-busiest port in Colombia. Steel, grain and fertiliser are its main cargoes. "
          "Barranquilla and Houston have been sister ports since 2016, an arrangement that "
          "speeds up customs checks for US-bound cargo. A similar agreement with the free zone "
          "of Colón in Panama is being negotiated but has not been signed."),
    ("p", "The international airport, named after the aviation pioneer Ernesto Cortissoz, lies "
          "in neighbouring Soledad, fifteen minutes from the estate."),
    ("pagebreak",),
    ("h", "Cartagena and Santa Marta"),
    ("p", "Cartagena, about 110 km to the south-west, moved nearly 3.4 million TEU in 2024 and "
          "is one of the busiest container ports in Latin America. Most of our tenants book "
          "their deep-sea exports there. Cartagena also has a naval shipyard that builds patrol "
          "boats and river craft, and the plastics plants of its Mamonal zone buy services from "
          "several of our tenants."),
    ("p", "Santa Marta, some 95 km to the east, is the oldest city in Colombia and the natural "
          "choice for bulk and reefer cargo: its port handles about 11 million tonnes a year. "
          "Coal and bananas dominate the quays, but neither is produced in the city itself; the "
          "coal comes from mines in the interior and the fruit from the plantations of the "
          "Magdalena lowlands."),
    ("p", "The old pier at Puerto Colombia, once the longest in South America, stopped handling "
          "ships in the 1940s and is now a promenade. It is a good place for a sunset, not for "
          "your cargo."),
    ("caption", "Table 1: Towns within reach of Caribe Norte – road distance and leading "
                "industries"),
    ("table", [
        ["Town", "Road distance (km)", "Leading industries"],
        ["Galapa (site)", "0", "plastic packaging, carnival masks"],
        ["Barranquilla", "14", "cement, brewing"],
        ["Soledad", "22", "furniture"],
        ["Malambo", "27", "pharmaceuticals"],
        ["Sabanalarga", "48", "dairy"],
        ["Cartagena", "110", "shipbuilding, petrochemicals"],
        ["Santa Marta", "95", "tourism"],
    ], [42, 38, 80]),
    ("p", "The table shows what the towns make themselves, not what passes through their ports. "
          "The cattle ranches of Sucre and Córdoba further south supply the meat and milk "
          "processors of the region, but they are departments, not towns on our map."),
    ("h", "Labour and incentives"),
    ("p", "The Barranquilla metropolitan area has about 2.3 million people and four universities "
          "with engineering faculties. Tenants in Phase III qualify for the free-zone income-tax "
          "rate of 20 percent and for duty-free import of machinery. Our team handles permits "
          "with the municipality of Galapa and the departmental government of Atlántico."),
    ("h", "Contact"),
    ("p", "Caribe Norte Parks S.A.S., leasing office at the estate gate. Visits can be arranged "
          "at short notice; ask for our Phase III site plan and price list."),
]

ODER = [
    ("title", "Lecture 9: Ports, Chemicals and Resorts on Poland's Baltic and Oder Coast"),
    ("subtitle", "GEO 2214 Economic Geography of Europe · Handout for the lecture of 9 January "
                 "2025 · Dr Ewa Wolin"),
    ("h", "Learning aims"),
    ("bullets", [
        "Explain why a river estuary and a lagoon produced two ports with different jobs.",
        "Describe how the towns of the coast moved from shipbuilding and fishing to chemicals, "
        "energy, services and tourism.",
        "Read port statistics critically: what is counted, where, and for which year.",
    ]),
    ("h", "1. The setting"),
    ("p", "The Oder reaches the Baltic through the Szczecin Lagoon, a shallow bay closed off by "
          "the islands of Usedom and Wolin. Sea-going ships cannot use the lagoon without a "
          "dredged channel, which is why there are two ports here: one inland, at the head of "
          "the lagoon, and one at the sea. The region around them, West Pomerania, is rural, "
          "with forests, grain farms and lakes; keep the region and its towns apart when you "
          "take notes."),
    ("h", "2. Szczecin"),
    ("p", "Szczecin, the German Stettin until 1945, built ships for more than a century. The big "
          "yard went bankrupt in 2009, and the slipways stood empty for years. Today a steel "
          "plant on the old yard site welds foundations and transition pieces for offshore wind "
          "turbines, and the city has become one of Poland's centres of business services: "
          "shared-service and IT centres of foreign firms employ well over 20,000 people in "
          "Szczecin. The city's own port handled about 9 million tonnes in 2023, mostly coal, "
          "grain, steel and general cargo."),
    ("h", "3. Police"),
    ("p", "Police lies a few kilometres downstream. Its name is pronounced \"po-LEE-tseh\" and has "
          "nothing to do with law enforcement, a point students confuse every year. It is a "
          "chemical town: the nitrogen and compound fertiliser works was built here in the "
          "1960s, and a polypropylene plant on the same site went into operation in 2024. The "
          "works has its own port, which handled about 2 million tonnes in 2023, most of it "
          "phosphate rock, potash and finished fertiliser."),
    ("h", "4. Świnoujście"),
    ("p", "Świnoujście (Swinemünde) guards the mouth of the Świna. It is Poland's busiest ferry "
          "port, with several daily sailings to Ystad and Trelleborg in Sweden, and its LNG "
          "terminal receives tankers from Qatar and the United States. In 2023 the port at the "
          "sea handled some 24 million tonnes; together with Szczecin the complex passed 33 "
          "million tonnes, a record. A deep-water container terminal is planned on the outer "
          "breakwater but has not been built. The town itself lives on tourism: its beach, the "
          "longest on the Polish coast, fills the hotels from May to September."),
    ("pagebreak",),
    ("h", "5. Kołobrzeg and Koszalin"),
    ("p", "Kołobrzeg (Kolberg) has been a spa since the nineteenth century, and health tourism "
          "is its main business: brine baths, mud treatments and sanatoria draw patients from "
          "Poland and Germany. Koszalin, 15 km inland, is the larger town and an administrative "
          "centre; its economy rests on food processing, from dairies to a large confectionery "
          "plant."),
    ("h", "6. Elbląg"),
    ("p", "Elbląg (Elbing) sits on the Vistula Lagoon, east of our area. Its turbine works has "
          "built steam turbines since the nineteenth century and still supplies power stations "
          "across Europe, and the town's brewery is one of the largest in the country. The new "
          "canal through the Vistula Spit, opened in 2022, was meant to revive the port, but it "
          "handled barely 100,000 tonnes in 2023."),
    ("h", "7. For comparison: the Gulf of Gdańsk"),
    ("p", "Gdańsk is Poland's largest port by tonnage and containers. Gdynia, twenty kilometres "
          "north, is the country's second-largest container port. Both are outside this lecture, "
          "but you need them to place Szczecin and Świnoujście in the national picture."),
    ("h", "8. Links across the Baltic"),
    ("p", "Szczecin has been twinned with Bremen since 1990, and the two cities' universities "
          "run a joint summer school. Its partnership with Murmansk was suspended in 2022 and "
          "has not been restored. The port of Świnoujście has had a cooperation agreement with "
          "Trelleborg since 2015 on ferry scheduling and shore power; the sailings to Ystad are "
          "a shipping route and nothing more."),
    ("h", "Seminar questions"),
    ("bullets", [
        "Why did the port move to the sea while the city stayed inland? Use the map on slide 6.",
        "Is the LNG terminal an industry or a piece of transport infrastructure? Argue both ways.",
        "Which of the port figures above would change if the complex total were split by cargo?",
    ]),
    ("h", "Reading"),
    ("bullets", [
        "Nowak, A. and Stargard, P. (2021): Ports of the Oder estuary since 1990. Chapter 3.",
        "Baltic Transport Outlook (2023): country report Poland, pp. 14–29.",
    ]),
]

LANDESBANK = [
    ("title", "Regionalanalyse Neckar und Oberrhein: Industrie im Umbau, Häfen als Standortfaktor"),
    ("subtitle", "Landesbank Südwest · Volkswirtschaft & Research · Regionalanalyse 2/2025 · "
                 "März 2025"),
    ("h", "Das Wichtigste in Kürze"),
    ("bullets", [
        "Die Industrie entlang des Neckars hängt weiter stark am Fahrzeugbau; der Umbau zur "
        "Elektromobilität belastet Zulieferer stärker als die Werke der Hersteller.",
        "Am Oberrhein tragen Stahl, Papier und Logistik die Konjunktur; die Rheinhäfen "
        "profitieren von der Verlagerung schwerer Güter auf das Schiff.",
        "Die Binnenhäfen der Region schlugen 2023 zusammen knapp 17 Mio. Tonnen um, etwas "
        "weniger als im Vorjahr.",
        "Wir bewerten die Kreditrisiken in beiden Teilräumen unverändert als moderat.",
    ]),
    ("h", "Heilbronn und Neckarsulm"),
    ("p", "Heilbronn ist das wirtschaftliche Zentrum des nördlichen Neckarraums. Unter der Stadt "
          "wird seit mehr als hundert Jahren Steinsalz abgebaut, ebenso im benachbarten Bad "
          "Friedrichshall; das Heilbronner Salz geht als Streusalz und als Rohstoff an die "
          "Chemieindustrie. Der Weinbau prägt zwar das Bild der Hügel rund um die Stadt, ist "
          "aber eine Sache der Winzergenossenschaften im Umland und wirtschaftlich von geringem "
          "Gewicht. Der Heilbronner Hafen zählt zu den größten Binnenhäfen Baden-Württembergs "
          "und schlug 2023 rund 3,4 Mio. Tonnen um, vor allem Salz, Baustoffe und Kohle für das "
          "Heizkraftwerk."),
    ("p", "Wenige Kilometer neckarabwärts liegt Neckarsulm, das kleiner ist, aber zwei "
          "Großunternehmen beherbergt: Ein Autobauer aus Bayern fertigt dort Fahrzeuge der "
          "Oberklasse, und die Zentrale des größten deutschen Lebensmitteleinzelhändlers hat "
          "ihren Sitz in der Stadt. Beide Städte pflegen enge Beziehungen nach Frankreich: "
          "Heilbronn ist seit 1965 mit Béziers verschwistert, Neckarsulm mit Carmaux."),
    ("h", "Mittlerer Neckar: Esslingen und Plochingen"),
    ("p", "Esslingen am Neckar gilt als Hochburg der Automatisierungstechnik: Ein weltweit "
          "tätiger Hersteller pneumatischer Antriebe und Steuerungen beschäftigt am Stammsitz "
          "mehrere tausend Menschen. Mit Vienne an der Rhône – nicht Wien, wie Leser "
          "gelegentlich vermuten – ist Esslingen seit 1959 partnerschaftlich verbunden. "
          "Neckaraufwärts endet in Plochingen die Großschifffahrt; der dortige Hafen ist klein, "
          "aber für die Versorgung der Region mit Baustoffen wichtig. Die Landeshauptstadt "
          "Stuttgart mit ihrem eigenen Hafen behandeln wir in einer gesonderten Analyse."),
    ("h", "Oberrhein: Kehl, Offenburg und Lahr"),
    ("p", "Im Kehler Rheinhafen erzeugt ein Elektrostahlwerk aus Schrott Betonstahl, und daneben "
          "stellt eine Papierfabrik Verpackungs- und Spezialpapiere her. Der Hafen schlug 2023 "
          "rund 4,1 Mio. Tonnen um. Die Häfen von Kehl und Straßburg arbeiten seit 2012 in einer "
          "Hafenkooperation zusammen, die Vermarktung und Investitionen abstimmt; Straßburg "
          "selbst ist der zweitgrößte Binnenhafen Frankreichs. Die Tram, die seit 2017 von "
          "Straßburg über den Rhein bis Kehl fährt, ist dagegen eine Verkehrsverbindung und "
          "keine Partnerschaft."),
    ("p", "Offenburg ist Verlags- und Druckstandort: Ein großes Medienhaus druckt hier "
          "Zeitschriften für den ganzen deutschsprachigen Raum. In Lahr betreibt ein "
          "Onlinehändler eines der größten Logistikzentren Südwestdeutschlands auf dem Gelände "
          "des früheren kanadischen Militärflugplatzes, der 1994 aufgegeben wurde. Im "
          "benachbarten Schwanau baut ein Familienunternehmen Tunnelbohrmaschinen für Projekte "
          "in aller Welt. Die Stadt Lahr prüft derzeit eine Partnerschaft mit einer Stadt in "
          "Kanada; entschieden ist noch nichts. Weinbau und Tourismus der Ortenau sind für die "
          "Region wichtig, werden hier aber nicht einzelnen Städten zugerechnet."),
    ("caption", "Tabelle 1: Umschlag ausgewählter Binnenhäfen am Neckar und Oberrhein"),
    ("table", [
        ["Hafen", "Umschlag 2023 (Mio. t)", "Veränderung ggü. 2022 (%)"],
        ["Heilbronn", "3,4", "−2,9"],
        ["Plochingen", "0,4", "+1,2"],
        ["Stuttgart", "1,1", "−4,5"],
        ["Kehl", "4,1", "−1,8"],
        ["Straßburg", "7,6", "−3,1"],
    ], [45, 50, 50]),
    ("p", "Hinweis: Die Summe der Tabelle enthält Straßburg; ohne den französischen Hafen kommen "
          "die Häfen der Region auf knapp 9 Mio. Tonnen."),
    ("h", "Bewertung"),
    ("bullets", [
        "Fahrzeugbau: Abhängigkeit bleibt hoch, Risiko bei kleineren Zulieferern steigend.",
        "Stahl und Papier: Energiepreise als wichtigster Kostenfaktor, Auftragslage stabil.",
        "Logistik: Flächenknappheit am Oberrhein begrenzt das Wachstum.",
        "Die angekündigte Batteriezellfabrik im Raum Heilbronn ist noch nicht genehmigt; wir "
        "berücksichtigen sie nicht.",
    ]),
    ("p", "Autor: Dr. Jonas Achern, Regionalanalyse. Diese Publikation ist keine Anlageberatung."),
]

PDFS = {
    "b68-atlantico-industrial-estate-brochure.pdf": dict(
        blocks=CARIBE, header="Caribe Norte Parks · Parque Industrial Caribe Norte · Phase III "
                              "investor brochure · March 2025",
        footer="Caribe Norte Parks · Investor brochure · page {n} of 2", lang="en",
        title="Parque Industrial Caribe Norte: Room to Grow on Colombia's Caribbean Coast"),
    "b68-oder-baltic-economic-geography-handout.pdf": dict(
        blocks=ODER, header="GEO 2214 Economic Geography of Europe · Lecture 9 · Winter term "
                            "2024/25",
        footer="Handout 9 – page {n}", lang="en",
        title="Lecture 9: Ports, Chemicals and Resorts on Poland's Baltic and Oder Coast"),
}
DOCXS = {
    "b68-landesbank-neckar-oberrhein-regionalanalyse.docx": dict(
        blocks=LANDESBANK,
        title="Regionalanalyse Neckar und Oberrhein: Industrie im Umbau, Häfen als Standortfaktor"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_68.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
