#!/usr/bin/env python3
"""Build the ninth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_9.py [--out DIR]

Companion to ``build_dev_samples_6.py`` and the other batch scripts, with the
same guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared
with the other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``spain-mediterranean-ports-sector-note.pdf``: a bank's sector research
  note, two pages, running header, footer "Sector Note 14/2024 · page N", a
  drawn table "Port | Throughput 2023 (million t) | Containers 2023 (thousand
  TEU) | Main local industries" whose units are given only in the header row.
* ``weser-haefen-pressemitteilung.pdf``: a port company's press release, two
  pages, running header, footer "Seite N von 2", a drawn table of tonnages
  ("Mio. t") with the previous year's change.
* ``nordostschweiz-hochrhein-standortportraet.docx``: a chamber of commerce's
  location portrait with headings and a table "Stadt | Schwerpunktbranchen |
  Partnerstadt"; Swiss number format with apostrophes ("420'000 Tonnen").

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

SPAIN = [
    ("title", "Spain’s Mediterranean arc: ports, industry and credit outlook"),
    ("subtitle", "Sector research note · Meridian Bank Research · June 2024"),
    ("h", "Summary"),
    ("p", "The ports between the French border and the Strait of Gibraltar handled more cargo in "
          "2023 than in any year before the pandemic, although container volumes slowed in the "
          "second half. We see stable credit quality among port-related borrowers, with the "
          "strongest outlook for logistics property around Barcelona and Algeciras and the weakest "
          "for the energy-intensive industries of the coast."),
    ("h", "Barcelona and Tarragona"),
    ("p", "The Port of Barcelona handled about 3.3 million TEU and roughly 68 million tonnes in "
          "2023. Barcelona’s industrial base rests on pharmaceuticals, chemicals and food "
          "processing, while the region’s largest carmaker builds its compact models in nearby "
          "Martorell. Many of our clients in the city are also suppliers to the tourism trade."),
    ("p", "Tarragona is home to the largest petrochemical cluster in southern Europe, spread over "
          "two industrial estates north and south of the city. Its port, which handled some 30 "
          "million tonnes, lives mainly from liquid bulk and grain. The ports of Tarragona and "
          "Marseille have discussed a joint green shipping corridor, but no agreement has been "
          "signed."),
    ("h", "Castellón and the tile district"),
    ("p", "The province of Castellón makes most of Spain’s ceramic tiles, and the trade is "
          "concentrated in Vila-real and in Castelló de la Plana itself, where tile makers and "
          "glaze producers share the industrial belt around the ring road. Castellón also has an "
          "oil refinery next to its port. The port handled around 17 million tonnes in 2023, "
          "largely clay imported for the kilns and finished tiles for export."),
    ("h", "Key figures"),
    ("caption", "Table 1: Selected ports of the Mediterranean arc"),
    ("table", [
        ["Port", "Throughput 2023\n(million t)", "Containers 2023\n(thousand TEU)",
         "Main local industries"],
        ["Barcelona", "68", "3,300", "pharma, chemicals, food"],
        ["Tarragona", "30", "–", "petrochemicals"],
        ["Castellón", "17", "–", "ceramic tiles, refining"],
        ["Cartagena", "35", "–", "refining, shipbuilding"],
        ["Algeciras", "100", "4,700", "logistics"],
    ], [28, 36, 40, 66]),
    ("p", "Source: port authorities; figures rounded by Meridian Bank Research."),
    ("pagebreak",),
    ("h", "Cartagena"),
    ("p", "Cartagena, in the Region of Murcia, is one of Spain’s largest ports by tonnage, with some "
          "35 million tonnes in 2023, most of it crude oil and products for the refinery in the "
          "Escombreras valley. The city is also known for naval shipbuilding: its yard builds "
          "submarines for the Spanish navy. Cartagena has been twinned with its namesake, "
          "Cartagena de Indias in Colombia, for many years, and the two cities exchange naval "
          "cadets and students."),
    ("h", "Algeciras"),
    ("p", "Algeciras is Spain’s busiest port, with about 100 million tonnes in 2023, and it handled "
          "around 4.7 million TEU, almost all of it transhipment. Competition from Tanger Med, east "
          "of Tangier on the other side of the Strait, is intense. The town itself lives from "
          "logistics and port services. Across the bay, Los Barrios is home to a large "
          "stainless-steel works, and San Roque to an oil refinery."),
    ("h", "Partnerships and networks"),
    ("p", "In 2019 the Port of Barcelona and the Port of Shanghai signed a sister-port agreement "
          "on digital cargo documents; a first joint pilot has been completed. Barcelona is also "
          "twinned with Boston, a link that the city’s start-up community uses for an annual "
          "exchange. The ferry lines from Barcelona to Genoa and from Algeciras to Tangier are "
          "important for truck traffic but are not partnerships."),
    ("h", "Credit view"),
    ("p", "We keep a neutral view on port operators and a positive view on logistics property. "
          "Refiners and petrochemical producers face rising carbon costs, and tile makers remain "
          "exposed to gas prices. Valencia, Spain’s largest container port, is covered "
          "in a separate note."),
    ("p", "Analyst: Lucía Lorca, Senior Sector Analyst, Meridian Bank Research. This note is for "
          "information only and is not investment advice."),
]

WESER = [
    ("title", "Umschlagbilanz 2023: Weserhäfen behaupten sich"),
    ("subtitle", "Pressemitteilung · Unterweser Hafenverbund GmbH · 12. Februar 2024"),
    ("p", "Die Häfen an der Unterweser haben 2023 trotz schwacher Weltkonjunktur gut abgeschnitten. "
          "Das teilte die Unterweser Hafenverbund GmbH heute bei ihrem Jahrespressegespräch mit. "
          "„Unsere Kunden haben Ladung in die Region zurückgeholt“, sagte Geschäftsführerin "
          "Dr. Jana Stade."),
    ("h", "Bremerhaven: Container und Autos"),
    ("p", "In Bremerhaven wurden 2023 rund 4,2 Mio. TEU umgeschlagen, nach 4,6 Mio. TEU im Vorjahr. "
          "Damit bleibt der Hafen der viertgrößte Containerhafen Europas. Die Terminals an der "
          "Stromkaje sind auf rund 6 Mio. TEU jährlich ausgelegt. Zugleich zählt Bremerhaven zu den "
          "größten Autoumschlagplätzen der Welt; 1,7 Mio. Fahrzeuge gingen über die Kaje. Die "
          "Bremerhavener Wirtschaft lebt außerdem von der Fischverarbeitung und der "
          "Offshore-Windindustrie, die nach einigen schwachen Jahren wieder Personal sucht."),
    ("h", "Bremen: Stahl, Kaffee und Raumfahrt"),
    ("p", "Die Häfen in der Stadt Bremen schlugen rund 9,1 Mio. Tonnen um, vor allem Stahl, Getreide "
          "und Stückgut. Bremen ist ein Standort der Luft- und Raumfahrt und des Automobilbaus; "
          "das Stahlwerk am Weserufer und mehrere Kaffeeröstereien prägen den Hafen seit "
          "Jahrzehnten. Die Bremer Lagerhaus-Gesellschaft, einer unserer größten Kunden, hat ihr "
          "Lager in der Überseestadt erweitert."),
    ("h", "Brake und Nordenham"),
    ("p", "Brake hat 2023 rund 6,5 Mio. Tonnen umgeschlagen und ist einer der größten "
          "Umschlagplätze für Futtermittel in Europa. Futtermittel und Getreide machen mehr als "
          "die Hälfte der Menge aus. In der Stadt selbst arbeiten ein Futtermittelwerk und mehrere "
          "Holzhändler. Nordenham kam auf rund 2,8 Mio. Tonnen. Die Stadt ist Standort einer "
          "Zinkhütte und eines Werks für Flugzeugrumpfschalen."),
    ("caption", "Tabelle 1: Umschlag der Weserhäfen 2023"),
    ("table", [
        ["Hafen", "Umschlag (Mio. t)", "Veränderung zum Vorjahr"],
        ["Bremerhaven", "47,5", "−4 %"],
        ["Bremen", "9,1", "+2 %"],
        ["Brake", "6,5", "+6 %"],
        ["Nordenham", "2,8", "−1 %"],
    ], [45, 45, 55]),
    ("pagebreak",),
    ("h", "Das Umland: Delmenhorst und Oldenburg"),
    ("p", "Die Logistikflächen im Umland sind gefragt. Delmenhorst, früher für Linoleum und "
          "Jutespinnereien bekannt, hat sich zu einem Standort für Logistikzentren entwickelt, die "
          "Ware aus Bremerhaven verteilen. Die Oldenburger Wirtschaft wird von Energieversorgern, "
          "IT-Dienstleistern und der Ernährungswirtschaft getragen. Die Oldenburgische Landesbank "
          "finanziert zwei neue Hallen am Küstenkanal."),
    ("h", "Partnerschaften"),
    ("p", "Der Hafen Bremerhaven und der Hafen Gdynia haben im Herbst 2022 ein "
          "Kooperationsabkommen unterzeichnet, das den Austausch von Daten zu Feederverkehren "
          "vorsieht. Auch die Städte pflegen ihre Verbindungen: Bremerhaven ist seit 1963 mit "
          "Grimsby verschwistert, Bremen seit 1976 mit Danzig. Oldenburg und Groningen verbindet "
          "eine Städtepartnerschaft über die Grenze hinweg. Die Partnerschaft zwischen Bremerhaven "
          "und Kaliningrad ruht dagegen seit 2022, und eine Partnerschaft Delmenhorsts mit einer "
          "Stadt in Polen ist bislang nur im Gespräch."),
    ("h", "Verkehr und Ausblick"),
    ("p", "Containerzüge verbinden Bremerhaven täglich mit München, Nürnberg und Duisburg. Für 2024 "
          "rechnet der Hafenverbund mit stabilen Mengen. Der Ausbau der Außenweser und neue "
          "Landstromanlagen sollen bis 2027 abgeschlossen sein. Der JadeWeserPort in "
          "Wilhelmshaven bleibt eine Ergänzung, vor allem für die größten Schiffe."),
    ("p", "Pressekontakt: Unterweser Hafenverbund GmbH, Kommunikation, presse@uhv-weser.example"),
]

SCHWEIZ = [
    ("title", "Standortporträt Nordostschweiz und Hochrhein"),
    ("subtitle", "Handelskammer Hochrhein-Ostschweiz · Ausgabe 2024"),
    ("h", "Einleitung"),
    ("p", "Die Nordostschweiz gehört zu den wirtschaftsstärksten Regionen Europas. Dieses Porträt "
          "stellt fünf Städte vor, in denen unsere Mitglieder produzieren, forschen und handeln. "
          "Alle Zahlen sind gerundet."),
    ("h", "Zürich"),
    ("p", "Zürich ist der wichtigste Finanzplatz des Landes: Banken, Versicherungen und "
          "Vermögensverwalter beschäftigen hier Zehntausende. Daneben hat sich die Stadt zu einem "
          "Zentrum der Software- und Internetbranche entwickelt. Der Flughafen Zürich in Kloten ist "
          "der größte Flughafen der Schweiz und fertigte 2023 rund 420'000 Tonnen Fracht ab. Zürich "
          "unterhält seit 1982 eine Städtepartnerschaft mit Kunming und seit 2003 eine mit San "
          "Francisco."),
    ("h", "Winterthur"),
    ("p", "Die Winterthurer Industrie ist vom Maschinen- und Textilmaschinenbau geprägt. Zudem hat "
          "eine große Versicherungsgruppe ihren Schweizer Sitz in der Stadt. Winterthur liegt nur "
          "20 Minuten vom Flughafen entfernt, was für Exporteure ein wichtiges Argument ist."),
    ("h", "St. Gallen"),
    ("p", "St. Gallen war im 19. Jahrhundert eine Welthauptstadt der Stickerei, und noch heute "
          "liefern St. Galler Textilfirmen Spitzen an Modehäuser in Paris. Die Stadt ist "
          "außerdem Sitz von Versicherungen und ein Standort der Medizintechnik. Die OLMA, die "
          "Messe für Landwirtschaft und Ernährung, zieht jeden Herbst Hunderttausende an. St. "
          "Gallen ist mit Liberec in Tschechien partnerschaftlich verbunden."),
    ("h", "Schaffhausen und Neuhausen am Rheinfall"),
    ("p", "Schaffhausen ist für seine Uhrenindustrie bekannt; dazu kommen Pharma- und "
          "Verpackungsunternehmen. Im benachbarten Neuhausen am Rheinfall hat ein Hersteller von "
          "Getränkekartons seinen Hauptsitz. Die Stadt ist über die A4 und die Bahn eng an den "
          "Raum Zürich angebunden."),
    ("h", "Rheinfelden"),
    ("p", "Das aargauische Rheinfelden lebt von der Bierbrauerei und vom Tourismus rund um das "
          "Solbad; die größte Brauerei der Schweiz steht hier. Auf der anderen Rheinseite liegt "
          "Rheinfelden (Baden), ein Standort der Chemie. Die beiden Rheinfelden sind seit vielen "
          "Jahren durch eine Städtepartnerschaft verbunden und teilen sich eine Rheinbrücke."),
    ("h", "Logistik: der Rhein als Tor zur Welt"),
    ("p", "Die Schweizerischen Rheinhäfen in Basel, Birsfelden und Muttenz schlugen 2023 rund 5,5 "
          "Mio. Tonnen um. Allein das Containerterminal in Basel kam auf rund 110'000 TEU. Der "
          "Hafen Basel und der Hafen Rotterdam haben 2019 eine Kooperationsvereinbarung über "
          "digitale Frachtpapiere unterzeichnet. Die Schubverbände nach Antwerpen und Rotterdam "
          "sind für Schaffhauser und Winterthurer Exporteure die wichtigste Route nach Übersee."),
    ("caption", "Tabelle 1: Städte im Überblick"),
    ("table", [
        ["Stadt", "Schwerpunktbranchen", "Partnerstadt"],
        ["Zürich", "Banken, Versicherungen, Software", "Kunming, San Francisco"],
        ["Winterthur", "Maschinenbau, Versicherungen", "–"],
        ["St. Gallen", "Textil, Medizintechnik", "Liberec"],
        ["Schaffhausen", "Uhren, Pharma, Verpackung", "–"],
        ["Rheinfelden AG", "Brauerei, Tourismus", "Rheinfelden (Baden)"],
    ]),
    ("h", "Kontakt"),
    ("p", "Ihr Ansprechpartner für Standortanfragen: Thomas Baden, Leiter Standortmarketing, "
          "Handelskammer Hochrhein-Ostschweiz. Mitglieder der Zürcher Kantonalbank und der "
          "Schaffhauser Kantonalbank erhalten das Porträt auch in gedruckter Form."),
]


PDFS = {
    "spain-mediterranean-ports-sector-note.pdf": dict(
        blocks=SPAIN, header="Meridian Bank Research · Sector Note · Ports and Industry on Spain’s "
                             "Mediterranean Arc · June 2024",
        footer="Sector Note 14/2024 · page {n}", lang="en",
        title="Spain’s Mediterranean arc: ports, industry and credit outlook"),
    "weser-haefen-pressemitteilung.pdf": dict(
        blocks=WESER, header="Unterweser Hafenverbund GmbH · Pressemitteilung · 12. Februar 2024",
        footer="Seite {n} von 2", lang="de", title="Umschlagbilanz 2023: Weserhäfen behaupten sich"),
}
DOCXS = {
    "nordostschweiz-hochrhein-standortportraet.docx": dict(
        blocks=SCHWEIZ, title="Standortporträt Nordostschweiz und Hochrhein"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_9.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
