#!/usr/bin/env python3
"""Build the thirty-fifth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_35.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. See the section
"Development batch 35" in ``scripts/SAMPLES.md``. The layout helpers (fonts, fixed timestamps,
PDF and DOCX builders) are shared with the other build scripts and live in
``sample_builders.py``.

Layouts in this batch:

* ``b35-mv-landtag-antwort-seehaefen.pdf``: a state ministry's answer to a parliamentary
  question ("Kleine Anfrage") in German, two pages, running header with the printed-paper
  number, footer "Drucksache 8/3521 · Seite N von 2", a drawn table of seaports with the
  tonnage unit only in the column headers and a column of main cargoes (cargo, not industries).
* ``b35-portland-vancouver-industrial-market-snapshot.pdf``: a logistics real-estate broker's
  quarterly market snapshot, two pages, running header, footer "Market Snapshot Q1 2024 | page
  N of 2", a drawn table of submarkets with vacancy, rent and occupier sectors (one town's
  sectors are given only in the table, one row is a county).
* ``b35-ostjuetland-stadtportraet-magazin.docx``: a tourism-and-business magazine's city
  portrait in German, with headings, a caption and a table of towns, sectors and port tonnage
  (the unit and year only in the column header; one port's tonnage only in the table).

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

LANDTAG = [
    ("title", "Seehäfen und hafennahe Industrie in Mecklenburg-Vorpommern"),
    ("subtitle", "Kleine Anfrage des Abgeordneten Holger Lassan und Antwort der Landesregierung · "
                 "Drucksache 8/3521 · 17. April 2024"),
    ("h", "Vorbemerkung des Fragestellers"),
    ("p", "Die Seehäfen des Landes sind für die Energiewende und für die Ansiedlung von Industrie "
          "von großer Bedeutung. Zugleich sind die Umschlagszahlen seit 2022 teilweise rückläufig. "
          "Ich frage die Landesregierung:"),
    ("h", "Vorbemerkung der Landesregierung"),
    ("p", "Die Kleine Anfrage wird namens der Landesregierung vom Ministerium für Wirtschaft, "
          "Infrastruktur, Tourismus und Arbeit beantwortet. Die Umschlagszahlen beruhen auf den "
          "Meldungen der Hafengesellschaften und sind gerundet."),
    ("h", "1. Wie hoch war der Güterumschlag der Seehäfen des Landes in den Jahren 2022 und 2023?"),
    ("p", "Der Umschlag der wichtigsten Seehäfen ist in der folgenden Tabelle zusammengestellt. "
          "Die Spalte „Hauptgüter“ nennt die umschlagsstärksten Gütergruppen."),
    ("caption", "Tabelle 1: Seegüterumschlag ausgewählter Häfen"),
    ("table", [
        ["Hafen", "2022 (Mio. t)", "2023 (Mio. t)", "Hauptgüter"],
        ["Rostock", "28,3", "25,0", "Getreide, Düngemittel, Stahl"],
        ["Wismar", "7,4", "7,1", "Rundholz, Schnittholz, Salz"],
        ["Sassnitz (Mukran)", "2,6", "3,1", "Offshore-Komponenten, LNG"],
        ["Stralsund", "0,9", "1,0", "Getreide, Baustoffe"],
        ["Lubmin", "0,3", "0,4", "Anlagenteile, Schüttgut"],
    ], [42, 30, 30, 68]),
    ("p", "Der Seehafen Rostock ist damit mit Abstand der größte Hafen des Landes und zugleich der "
          "größte Hafen an der deutschen Ostseeküste. Wismar folgt im Land auf Platz zwei. Der "
          "Rückgang in Rostock geht vor allem auf geringere Getreide- und Ölexporte zurück."),
    ("h", "2. Welche Umschlagskapazitäten bestehen?"),
    ("p", "Der Hafen Mukran in Sassnitz ist nach dem Ausbau der Liegeplätze 2023 für einen "
          "Umschlag von bis zu 6 Mio. Tonnen im Jahr ausgelegt. Für die übrigen Häfen erhebt die "
          "Landesregierung keine Kapazitätsangaben. Am Kreuzfahrtterminal in Warnemünde legten 2023 "
          "rund 200 Schiffe an; Passagierzahlen sind nicht Gegenstand dieser Antwort."),
    ("pagebreak",),
    ("h", "3. Welche Industriebetriebe haben sich in den Hafengebieten angesiedelt?"),
    ("p", "Im Seehafen Rostock fertigt ein Hersteller von Stahlrohren Gründungspfähle für "
          "Offshore-Windparks. Daneben sind dort eine Ölmühle, die Raps zu Speiseöl und Biodiesel "
          "verarbeitet, und ein Betonfertigteilwerk ansässig."),
    ("p", "Wismar ist Standort der Holz- und Holzwerkstoffindustrie: Ein Sägewerk, ein Pelletwerk "
          "und ein Plattenwerk liegen unmittelbar am Hafen. Die Werft der Stadt baut seit 2024 "
          "Marineschiffe."),
    ("p", "Die Sassnitzer Fischindustrie verarbeitet im Hafen Mukran vor allem Hering. Außerdem "
          "betreiben dort zwei Windparkbetreiber ihre Servicestationen für die Ostsee. In Stralsund "
          "haben sich auf dem früheren Werftgelände Unternehmen des Stahl- und Anlagenbaus "
          "angesiedelt. Lubmin bei Greifswald ist ein Standort der Energiewirtschaft; die dort "
          "geplante Elektrolyseanlage ist noch nicht in Betrieb."),
    ("p", "Die maritime Wirtschaft des Landes insgesamt, also Schiffbau, Zulieferer und "
          "Hafenwirtschaft, beschäftigt rund 13.000 Menschen. Diese Zahl lässt sich nicht einzelnen "
          "Städten zuordnen."),
    ("h", "4. Welche Kooperationen bestehen zwischen den Häfen des Landes und ausländischen Häfen?"),
    ("p", "Die Rostock Port GmbH hat 2019 mit dem Hafen Trelleborg eine Kooperationsvereinbarung "
          "zur Digitalisierung des Fährverkehrs geschlossen. Der Hafen Sassnitz und der Hafen von "
          "Rønne auf Bornholm haben 2021 ein Memorandum of Understanding über die Zusammenarbeit "
          "bei Offshore-Windprojekten unterzeichnet; die beiden Häfen teilen sich seither "
          "Liegeplatzdaten."),
    ("p", "Zwischen den Häfen Wismar und Klaipėda werden Gespräche über eine Partnerschaft geführt; "
          "eine Vereinbarung liegt nicht vor. Die 2014 vereinbarte Zusammenarbeit des Rostocker "
          "Hafens mit dem Hafen Kaliningrad ruht seit 2022. Die Fährlinien von Rostock nach "
          "Trelleborg und Helsinki sind Verkehrsverbindungen und keine Kooperationen im Sinne der "
          "Frage."),
    ("h", "5. Welche Städtepartnerschaften pflegen die Hafenstädte?"),
    ("p", "Städtepartnerschaften liegen in der Zuständigkeit der Kommunen. Nach Kenntnis der "
          "Landesregierung ist die Hanse- und Universitätsstadt Rostock unter anderem seit 1960 mit "
          "Dünkirchen und außerdem mit Riga verschwistert. Stralsund und Ventspils sind "
          "Partnerstädte; beide Städte arbeiten in einem Projekt zur Hafenentwicklung zusammen."),
    ("p", "Schwerin, 17. April 2024 · Der Minister für Wirtschaft, Infrastruktur, Tourismus und Arbeit"),
]

SNAPSHOT = [
    ("title", "Industrial & Logistics Market Snapshot: Portland–Vancouver and the I-5 Corridor"),
    ("subtitle", "Cascade Industrial Advisors · Research · First quarter 2024"),
    ("h", "Market overview"),
    ("p", "Demand for warehouse space in the Portland–Vancouver metro area cooled in the first "
          "quarter. Net absorption was slightly negative, and with 2.1 million square feet of new "
          "speculative space delivered, vacancy rose to 6.4 percent, the highest level since 2014. "
          "Asking rents held steady at about 11 dollars per square foot and year. Large users are "
          "taking longer to decide, while small-bay units below 50,000 square feet remain scarce."),
    ("h", "Portland"),
    ("p", "Portland’s industrial base mixes heavy and light industry. On the Willamette, a steel "
          "mini-mill and a scrap-metal recycler occupy the largest sites, a maker of heavy trucks runs "
          "its North American engineering centre in the city, and the headquarters of a global "
          "sportswear brand has made Portland a centre of athletic-apparel design. Washington "
          "County to the west is home to the region’s chip fabs in Hillsboro and a second sportswear "
          "headquarters in Beaverton."),
    ("p", "Terminal 6, the Port of Portland’s container terminal, handled about 75,000 TEU in 2023 "
          "after regular services returned. Portland General Electric is adding substation capacity "
          "in the Rivergate district, which should ease the power constraints that held back two "
          "cold-storage projects last year."),
    ("p", "One of this quarter’s largest leases came from abroad: a maker of stone products from "
          "Portland in Dorset, England, took 40,000 square feet in Rivergate for its first US "
          "distribution centre. Our colleagues in Portland, Maine, who publish the New England "
          "edition of this snapshot, report a similar trend of European occupiers."),
    ("h", "Vancouver and the Washington side"),
    ("p", "Across the Columbia, Vancouver continues to attract e-commerce users because Washington "
          "levies no income tax. The Port of Vancouver USA handled some 7.4 million tonnes in 2023, "
          "mainly grain, autos and wind-turbine blades, and its new auto-processing berth is "
          "designed for 150,000 vehicles a year. The port and the Port of Pyeongtaek in Korea "
          "signed a port cooperation agreement on vehicle logistics in 2018."),
    ("p", "Further north, Longview offers the cheapest large lots in the region. The city’s economy "
          "rests on a kraft pulp mill, a lumber mill and a chlor-alkali plant that supplies the mills "
          "with chemicals. The Port of Longview moved about 8.9 million tonnes last year; together "
          "with Kelso across the Cowlitz, Longview has roughly 1.2 million square feet under "
          "construction."),
    ("pagebreak",),
    ("h", "Submarkets at a glance"),
    ("caption", "Table 1: Selected submarkets, end of Q1 2024"),
    ("table", [
        ["Submarket", "Vacancy", "Rent ($/sf/yr)", "Key occupier sectors"],
        ["Portland", "7.1%", "11.40", "distribution, metals, apparel"],
        ["Vancouver, WA", "5.9%", "10.80", "e-commerce, metal fabrication"],
        ["Salem", "4.2%", "8.90", "food processing, data centers"],
        ["Longview", "3.8%", "7.60", "wood products, chemicals"],
        ["Tacoma", "5.1%", "13.20", "distribution, refining"],
        ["Washington County", "6.5%", "12.10", "semiconductors"],
    ], [40, 22, 30, 76]),
    ("h", "Tacoma and the Puget Sound"),
    ("p", "Tacoma remains the tightest big-box market on the I-5 corridor. Warehouses on the "
          "tideflats compete for land with an oil refinery and the port’s own expansion. The "
          "Northwest Seaport Alliance, which runs the container terminals of Seattle and Tacoma, "
          "handled about 3.0 million TEU in 2023 and ranks among the five largest container "
          "gateways in North America. Tacoma’s Husky Terminal alone is designed to handle about "
          "1 million TEU a year."),
    ("h", "Salem"),
    ("p", "Salem, the state capital, saw two build-to-suit deals this quarter. Land along the "
          "interstate south of the city is still available at about half the Portland price."),
    ("h", "International ties"),
    ("p", "Portland has been a sister city of Sapporo since 1959, and Tacoma has been linked with "
          "Kitakyushu since the same year; both links bring Japanese investors to the region. "
          "Portland’s sister-city relationship with Khabarovsk was suspended in 2022. The new "
          "weekly service between Terminal 6 and Yokohama is a shipping route, not a partnership."),
    ("h", "Outlook"),
    ("p", "We expect vacancy to peak at around 7 percent by the end of the year, as construction "
          "starts have fallen by two thirds. Occupiers with requirements above 200,000 square feet "
          "should use the current window to secure favourable terms. Contact: Megan Astoria, "
          "Managing Director Research, Cascade Industrial Advisors."),
]

OSTJUETLAND = [
    ("title", "Aarhus und das östliche Jütland: Windräder, Hafen und gutes Design"),
    ("subtitle", "Nordlicht – Magazin für Reise und Wirtschaft · Stadtporträt · Heft 3/2024"),
    ("h", "Die Stadt am Meer"),
    ("p", "Wer mit dem Zug aus Hamburg anreist, braucht gut viereinhalb Stunden bis Aarhus. Die "
          "zweitgrößte Stadt Dänemarks, die bis 2011 offiziell Århus geschrieben wurde, empfängt "
          "Besucher mit einem neuen Hafenviertel, einem Kunstmuseum mit Regenbogen-Rundgang auf dem "
          "Dach und einer der jüngsten Bevölkerungen des Landes: Jeder fünfte Einwohner studiert."),
    ("p", "Wirtschaftlich steht Aarhus vor allem für Windenergie. Hier hat einer der weltgrößten "
          "Hersteller von Windkraftanlagen seinen Hauptsitz, und Dutzende Ingenieurbüros arbeiten "
          "ihm zu. Am Stadtrand sitzt die Zentrale einer großen Molkereigenossenschaft, die Butter "
          "und Käse in die ganze Welt liefert. Die Stadt ist außerdem ein Zentrum für Software und "
          "Spieleentwicklung. Die Rotorblätter, die man auf der Autobahn sieht, werden übrigens "
          "meist über Esbjerg an der Westküste verschifft – das ist Ladung, keine Branche von Aarhus."),
    ("p", "Der Hafen Aarhus ist Dänemarks größter Containerhafen. 2023 wurden dort rund 530.000 TEU "
          "umgeschlagen. Von hier fährt die Schnellfähre nach Odden auf Seeland."),
    ("h", "Fredericia, Vejle und Kolding"),
    ("p", "Eine halbe Stunde südlich liegt das Städtedreieck am Kleinen Belt. Fredericia ist "
          "Industrie- und Hafenstadt zugleich: Eine Ölraffinerie und Werke der Chemie- und "
          "Düngemittelindustrie prägen das Hafengebiet, und gemessen an der Tonnage gehört der "
          "Hafen zu den größten Dänemarks."),
    ("p", "Vejle war einst eine Textilstadt; die letzte Baumwollspinnerei schloss in den 1970er "
          "Jahren, heute ist in ihr ein Museum. Inzwischen arbeiten in der Stadt Tausende für "
          "IT-Dienstleister der Banken. Ganz in der Nähe, in Billund, stellt ein Spielzeughersteller "
          "Kunststoffbausteine für Kinderzimmer in aller Welt her."),
    ("p", "Kolding nennt sich selbst Designstadt. Hier sitzen viele Transport- und "
          "Logistikunternehmen, und eine Designhochschule hat eine lebendige Szene von "
          "Möbeldesignern hervorgebracht."),
    ("h", "Horsens"),
    ("p", "Horsens war lange nur für sein Staatsgefängnis bekannt, in dem heute Konzerte "
          "stattfinden. Dabei ist die Stadt ein Standort der Fleischverarbeitung: Einer der größten "
          "Schlachthöfe Europas steht hier. Dort haben sich außerdem mehrere Betriebe des "
          "Maschinenbaus angesiedelt."),
    ("caption", "Tabelle 1: Die Städte Ostjütlands im Überblick"),
    ("table", [
        ["Stadt", "Einwohner (gerundet)", "Prägende Branchen", "Hafenumschlag 2023 (Mio. t)"],
        ["Aarhus", "290.000", "Windkraftanlagen, Molkereiwirtschaft, Software", "9,6"],
        ["Fredericia", "41.000", "Raffinerie, Chemie, Hafenlogistik", "14,2"],
        ["Vejle", "61.000", "IT-Dienstleistungen, Finanzwirtschaft", "–"],
        ["Kolding", "62.000", "Transport und Logistik, Design", "0,9"],
        ["Horsens", "61.000", "Fleischverarbeitung, Maschinenbau", "0,6"],
    ]),
    ("p", "Das ganze östliche Jütland lebt stark von der Landwirtschaft und der Schweinezucht; das "
          "gilt aber für die Region und nicht für einzelne Städte."),
    ("h", "Partnerstädte"),
    ("p", "Aarhus ist seit 1964 mit Rostock verschwistert. Im nordischen Partnerstädtenetz ist die "
          "Stadt außerdem mit Bergen, Göteborg und Turku verbunden. Die Häfen von Aarhus und "
          "Göteborg haben 2020 eine Absichtserklärung über Landstrom für Fähren unterzeichnet. Die "
          "Partnerschaft mit Sankt Petersburg ruht seit 2022."),
    ("h", "Service"),
    ("p", "Anreise: Flughafen Billund oder Bahn über Flensburg. Übernachtung: Designhotels im "
          "Hafenviertel ab 150 Euro. Text: Jana Kessler · Fotos: Lars Randers"),
]


PDFS = {
    "b35-mv-landtag-antwort-seehaefen.pdf": dict(
        blocks=LANDTAG, header="Landtag Mecklenburg-Vorpommern · 8. Wahlperiode · Drucksache 8/3521",
        footer="Drucksache 8/3521 · Seite {n} von 2", lang="de",
        title="Seehäfen und hafennahe Industrie in Mecklenburg-Vorpommern"),
    "b35-portland-vancouver-industrial-market-snapshot.pdf": dict(
        blocks=SNAPSHOT, header="Cascade Industrial Advisors · Industrial & Logistics Market Snapshot · "
                                "Q1 2024",
        footer="Market Snapshot Q1 2024 | page {n} of 2", lang="en",
        title="Industrial & Logistics Market Snapshot: Portland–Vancouver and the I-5 Corridor"),
}
DOCXS = {
    "b35-ostjuetland-stadtportraet-magazin.docx": dict(
        blocks=OSTJUETLAND, title="Aarhus und das östliche Jütland – Stadtporträt"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_35.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
