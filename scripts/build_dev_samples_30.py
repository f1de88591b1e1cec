#!/usr/bin/env python3
"""Build the thirtieth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_30.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared
with the other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``b30-flughafen-hahn-frachtdatenblatt.pdf``: a regional airport's cargo fact
  sheet, two pages, running header, footer "Frachtdatenblatt 2024 · Seite N",
  two drawn tables (airport freight with the unit only in the header; towns of
  the catchment area with their main sectors, one row a district, some sectors
  given only in the table).
* ``b30-black-sea-pcs-customer-story.pdf``: a port community system provider's
  customer story, two pages, running header, footer "Customer Story | page N of
  2", a drawn table of port throughput with the units only in the header.
* ``b30-kitakyushu-staedtebrief-aussenhandel.docx``: a national trade-promotion
  agency's city brief with headings, a caption and a table of Kyushu cities with
  their main sectors (one row a prefecture, one sector given only in the table).

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

HAHN = [
    ("title", "Frachtdatenblatt 2024"),
    ("subtitle", "Flughafen Hahn · Cargo Sales · Stand: März 2024"),
    ("h", "Kurzprofil"),
    ("p", "Der Flughafen Hahn liegt auf einer Hochfläche im Hunsrück, rund 120 Kilometer westlich "
          "von Frankfurt am Main. Jahrelang wurde er als „Frankfurt-Hahn“ vermarktet, obwohl er mit "
          "der Mainmetropole außer dem Namen wenig gemein hat. Seine Stärken für die Luftfracht sind "
          "eine Betriebsgenehmigung rund um die Uhr, eine 3.800 Meter lange Start- und Landebahn und "
          "kurze Wege vom Vorfeld in die Lagerhallen."),
    ("p", "Im Jahr 2023 wurden am Hahn rund 160.000 Tonnen Fracht umgeschlagen, etwa ein Zehntel "
          "mehr als im Vorjahr. Die Abfertigungsanlagen sind auf 500.000 Tonnen im Jahr ausgelegt; "
          "Platz für Wachstum ist also vorhanden."),
    ("h", "Einordnung im Wettbewerb"),
    ("p", "Frankfurt ist mit großem Abstand Deutschlands größter Frachtflughafen. Im Umkreis von "
          "250 Kilometern konkurrieren außerdem Lüttich und Luxemburg um Vollfrachter. Tabelle 1 "
          "zeigt die Größenordnungen."),
    ("caption", "Tabelle 1: Frachtumschlag ausgewählter Flughäfen im Jahr 2023 (gerundet)"),
    ("table", [
        ["Flughafen", "Land", "Fracht 2023 (t)"],
        ["Frankfurt am Main", "Deutschland", "1.850.000"],
        ["Lüttich (Liège)", "Belgien", "1.000.000"],
        ["Luxemburg", "Luxemburg", "920.000"],
        ["Hahn", "Deutschland", "160.000"],
    ], [52, 38, 40]),
    ("h", "Was über den Hahn geflogen wird"),
    ("p", "Den größten Anteil haben Maschinenteile und Ersatzteile für die Autoindustrie, gefolgt "
          "von Pharmaprodukten, Frischfisch und lebenden Tieren, vor allem Sportpferden. Edelsteine "
          "aus dem Nahetal gehen meist als Wertfracht mit Linienflügen ab Frankfurt. Zweimal "
          "wöchentlich fliegt ein Frachter nach Zhengzhou; das ist eine Flugverbindung, keine "
          "Partnerschaft zwischen den Flughäfen."),
    ("pagebreak",),
    ("h", "Das Einzugsgebiet: Hunsrück und Nahe"),
    ("p", "Idar-Oberstein, rund 35 Kilometer südlich, ist das Zentrum der deutschen Edelstein- und "
          "Schmuckindustrie. Dort schleifen noch heute Dutzende Familienbetriebe Steine aus aller "
          "Welt, und die Idar-Obersteiner Edelsteinbörse ist ein fester Termin für Händler aus "
          "Übersee. Die Stadt ist außerdem Standort der Bundeswehr und eines Herstellers von "
          "Messerklingen."),
    ("p", "In Bad Kreuznach an der Nahe fertigt ein großer Reifenhersteller Pkw-Reifen, und ein "
          "mittelständischer Hersteller von Farben und Lacken beliefert Baumärkte in ganz Europa. "
          "Die Stadt lebt daneben von ihren Heilbädern und Kliniken. Bingen am Rhein, wo die Nahe in "
          "den Rhein mündet, ist vom Weinhandel geprägt; in Bingen hat zudem ein Hersteller von "
          "Verpackungen für die Pharmaindustrie ein Werk. Tabelle 2 nennt die wichtigsten Standorte "
          "und ihre Schwerpunkte."),
    ("caption", "Tabelle 2: Standorte im Einzugsgebiet des Flughafens"),
    ("table", [
        ["Standort", "Entfernung (km)", "Schwerpunktbranchen"],
        ["Kirchberg (Hunsrück)", "8", "Logistik, Lebensmittel"],
        ["Simmern/Hunsrück", "20", "Kunststoff- und Metallverarbeitung"],
        ["Idar-Oberstein", "35", "Edelsteine, Schmuck"],
        ["Bad Kreuznach", "55", "Reifen, Farben und Lacke, Kurbetrieb"],
        ["Bingen am Rhein", "60", "Weinhandel, Pharmaverpackung"],
        ["Rhein-Hunsrück-Kreis", "–", "Windenergie"],
    ], [44, 38, 82]),
    ("p", "Der Rhein-Hunsrück-Kreis erzeugt mit seinen Windparks mehr Strom, als er verbraucht; "
          "das ist eine Leistung des Landkreises, nicht einer einzelnen Stadt."),
    ("h", "Partnerschaften in der Region"),
    ("p", "Viele Kontakte ins Ausland laufen über die Städtepartnerschaften. Bad Kreuznach ist mit "
          "Bourg-en-Bresse verschwistert, Bingen am Rhein seit 1962 mit der burgundischen Weinstadt "
          "Nuits-Saint-Georges. Idar-Oberstein und Les Pavillons-sous-Bois bei Paris sind seit "
          "1965 Partnerstädte. Gespräche über eine Partnerschaft zwischen Idar-Oberstein und der "
          "brasilianischen Edelsteinstadt Teófilo Otoni laufen noch; unterschrieben ist nichts."),
    ("h", "Kontakt"),
    ("p", "Katrin Hahn, Leiterin Cargo Sales, beantwortet Anfragen zu Abfertigung, Lagerflächen "
          "und Charterflügen. Preise und Slots auf Anfrage."),
]

BLACK_SEA = [
    ("title", "One window for the western Black Sea"),
    ("subtitle", "Customer story: how the port communities of Constanța, Varna and Burgas cut "
                 "truck waiting times with a shared port community system"),
    ("h", "The customer"),
    ("p", "Constanța, the Küstendje of old German maps and the Constantza of older English atlases, "
          "is the largest port on the Black Sea. In 2023 it handled a record of some 91.4 million "
          "tonnes, from Ukrainian grain in transit to iron ore and containers. Until 2022, every "
          "terminal, forwarder and customs office in the port exchanged data in its own way: "
          "e-mail, fax, spreadsheets."),
    ("p", "“We had twelve ways of announcing a truck and none of them talked to the others,” says "
          "Dr. Ana Varna, who leads digital projects at the port authority. Her team chose our "
          "platform in 2022 and went live in three phases."),
    ("h", "The port city and its neighbours"),
    ("p", "Constanța is more than a port. The city repairs and builds ships at its shipyard, and the "
          "refinery at Năvodari, just north of the city, processes crude for most of Romania’s "
          "petrol stations. Further south, Mangalia, near the Bulgarian border, is home to a yard run "
          "by a Dutch shipbuilding group that builds naval and offshore vessels; in summer the town "
          "fills with holidaymakers."),
    ("h", "Results after eighteen months"),
    ("bullets", [
        "Average truck waiting time at the grain terminals down from 19 to 7 hours",
        "92 % of customs declarations pre-lodged before the vessel arrives",
        "1,400 companies connected, from small hauliers to global carriers",
    ]),
    ("p", "These are process figures; for the cargo volumes of the three ports see the table on the "
          "next page."),
    ("pagebreak",),
    ("h", "Rolling out across the border"),
    ("p", "In 2023 the Bulgarian ports joined. Varna, the country’s third-largest city, rests on "
          "shipping, ship repair and a fast-growing software sector. Its port has two parts: Varna "
          "East in the city and Varna West, some 25 kilometres inland at Devnya, where fertiliser "
          "and grain dominate the cargo. Devnya itself is an industrial town with a soda-ash plant, "
          "a fertiliser producer and a cement works."),
    ("p", "The Port of Burgas is Bulgaria’s largest port by tonnage, not least because of the oil "
          "terminal that serves the city’s refinery, the largest in the Balkans. The resorts of "
          "Nesebar and Sozopol, on either side of the bay, live from summer tourism."),
    ("caption", "Port throughput in 2023 (rounded; source: port authorities)"),
    ("table", [
        ["Port", "Cargo 2023 (million t)", "Containers 2023 (TEU)"],
        ["Constanța", "91.4", "810,000"],
        ["Burgas", "20.5", "45,000"],
        ["Varna", "9.8", "160,000"],
        ["Mangalia", "0.3", "–"],
    ], [38, 48, 50]),
    ("h", "Partners along the corridor"),
    ("p", "The ports of Constanța and Rotterdam signed a cooperation agreement in 2019 that covers "
          "data exchange and training, and Rotterdam’s experience with its own community system "
          "shaped the project. In 2023 the port authorities of Burgas and Alexandroupoli signed a "
          "memorandum of understanding on a Black Sea – Aegean corridor. Varna and Rostock are twin "
          "cities, and the first Bulgarian users were trained at a workshop in Rostock."),
    ("p", "Not every link is active. The sister-port relationship between Varna and Novorossiysk "
          "has been suspended since 2022. The ferry from Varna to Batumi and the ro-ro line from "
          "Constanța to Istanbul are shipping routes and run as before."),
    ("h", "What comes next"),
    ("p", "From 2025 the platform will also handle rail wagons for the Danube ports. Contact our "
          "Bucharest office for a demonstration."),
]

KITAKYUSHU = [
    ("title", "Städtebrief Kitakyushu 2024"),
    ("subtitle", "Deutsche Außenhandelsagentur · Reihe „Standorte in Asien“ · Japan"),
    ("h", "Überblick"),
    ("p", "Kitakyushu an der Nordspitze der Insel Kyushu ist eine Industriestadt mit fast einer "
          "Million Einwohnern. Hier wurde 1901 Japans erstes modernes Stahlwerk angeblasen, und "
          "Stahl ist bis heute ein Standbein: Das Yawata-Werk eines großen Stahlkonzerns gehört "
          "weiter zu den wichtigsten Arbeitgebern. Kyushu insgesamt wird wegen seiner vielen "
          "Chipfabriken gern „Silicon Island“ genannt; das ist ein Bild für die ganze Insel, "
          "nicht für Kitakyushu."),
    ("h", "Wirtschaftsstruktur"),
    ("p", "Neben dem Stahl hat sich die Stadt einen Namen als Robotikstandort gemacht: Ein "
          "Hersteller von Industrierobotern und Servomotoren hat hier seinen Stammsitz. Auch ein "
          "bekannter Hersteller von Sanitärkeramik stammt aus Kitakyushu. Die Stadt hat zudem seit "
          "den 1990er Jahren gezielt die Recyclingwirtschaft angesiedelt; im Öko-Industriepark an "
          "der Küste werden Altautos, Elektrogeräte und PET-Flaschen verwertet."),
    ("p", "Der Fahrzeugbau liegt im Umland: In Kanda und Miyawaka montieren zwei große Autobauer "
          "Pkw für den Export, und viele Zulieferer aus Kitakyushu beliefern die Werke."),
    ("h", "Hafen und Verkehr"),
    ("p", "Der Hafen Kitakyushu schlug 2023 rund 500.000 TEU um. Das Hibiki-Containerterminal am "
          "Japanischen Meer ist auf 450.000 TEU im Jahr ausgelegt und noch nicht ausgelastet. Der "
          "Hafen Hakata in Fukuoka ist mit gut 900.000 TEU der größte Containerhafen Kyushus. "
          "Vom Stadtteil Moji aus verkehren Fähren nach Busan und Shanghai; vom Flughafen gibt es "
          "Verbindungen nach Peking und Seoul."),
    ("h", "Partnerschaften"),
    ("p", "Kitakyushu ist seit 1959 Schwesterstadt von Tacoma im US-Bundesstaat Washington und seit "
          "1962 von Norfolk in Virginia. Mit Dalian besteht seit 1979 eine Freundschaftsstadt-"
          "Beziehung, die vor allem im Umweltschutz gepflegt wird. Die Häfen von Kitakyushu und "
          "Tauranga in Neuseeland haben 2019 ein Schwesterhafenabkommen geschlossen. Eine "
          "Hafenpartnerschaft mit Hamburg ist im Gespräch, aber noch nicht vereinbart."),
    ("h", "Die Nachbarstädte"),
    ("p", "Fukuoka, die größte Stadt der Insel, setzt auf die Software- und Spielebranche und ist "
          "Kyushus Handelszentrum. Fukuoka und Bordeaux sind seit 1982 Partnerstädte. In Kikuyo bei "
          "Kumamoto hat ein taiwanischer Chipfertiger 2024 ein Halbleiterwerk eröffnet; die Stadt "
          "Kumamoto selbst lebt vor allem von Verwaltung, Hochschulen und Handel."),
    ("p", "In Nagasaki baut die Nagasaki-Werft eines japanischen Schwerindustriekonzerns seit über "
          "hundert Jahren Schiffe. Die Stadt lebt außerdem vom Tourismus. Ōita an der Ostküste hat "
          "ein Stahlwerk und einen petrochemischen Komplex am Hafen. Die Übersicht fasst die "
          "Schwerpunkte zusammen."),
    ("caption", "Tabelle: Städte auf Kyushu und ihre Schwerpunktbranchen"),
    ("table", [
        ["Stadt", "Einwohner (Tsd.)", "Schwerpunktbranchen"],
        ["Kitakyushu", "920", "Stahl, Robotik, Recycling"],
        ["Fukuoka", "1.610", "Software, Spiele, Handel"],
        ["Kumamoto", "740", "Verwaltung, Handel, Lebensmittel"],
        ["Nagasaki", "400", "Schiffbau, Tourismus"],
        ["Ōita", "475", "Stahl, Petrochemie, Elektronikmontage"],
        ["Präfektur Saga", "–", "Porzellan und Keramik"],
    ], [40, 40, 85]),
    ("h", "Ansprechpartner"),
    ("p", "Ansprechpartnerin für Markterkundungsreisen ist Yuki Ōmura im Verbindungsbüro der "
          "Agentur in Fukuoka."),
]

PDFS = {
    "b30-flughafen-hahn-frachtdatenblatt.pdf": dict(
        blocks=HAHN, header="Flughafen Hahn · Cargo Sales · Frachtdatenblatt 2024",
        footer="Frachtdatenblatt 2024 · Seite {n}", lang="de",
        title="Frachtdatenblatt 2024 – Flughafen Hahn"),
    "b30-black-sea-pcs-customer-story.pdf": dict(
        blocks=BLACK_SEA, header="PortLink Systems · Customer Story · Western Black Sea ports · 2024",
        footer="Customer Story | page {n} of 2", lang="en",
        title="Customer Story: One window for the western Black Sea"),
}
DOCXS = {
    "b30-kitakyushu-staedtebrief-aussenhandel.docx": dict(
        blocks=KITAKYUSHU, title="Städtebrief Kitakyushu 2024"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_30.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
