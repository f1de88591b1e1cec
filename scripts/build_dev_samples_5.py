#!/usr/bin/env python3
"""Build the fifth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_5.py [--out DIR]

Companion to ``build_dev_samples_4.py`` and the earlier build scripts, with the
same guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. See
``scripts/SAMPLES-batch5.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``ihk-laenderbrief-polen.pdf``: two pages, running header, footer
  "Seite N von 2", a drawn table of Polish seaports whose units are given only
  in the column headers ("Umschlag (Mio. t)", "Container (Tsd. TEU)"); one row
  is a port group of two cities and one row is a total.
* ``mexico-market-entry-guide.pdf``: two pages, running header, footer
  "Page N", headings, paragraphs and a bullet list, no table.
* ``brussels-airport-cargo-press-release.docx``: headings, paragraphs, a
  caption and a key-figures table (indicators by year) that repeats the
  cargo figures of the prose.

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

POLEN = [
    ("title", "Länderbrief Polen 2024"),
    ("subtitle", "Außenwirtschaft · Informationen für exportierende Mitgliedsunternehmen · Stand: Mai 2024"),
    ("h", "Wirtschaftslage"),
    ("p", "Polen ist für die deutsche Wirtschaft längst mehr als ein Nachbarmarkt: Gemessen am "
          "Handelsvolumen ist das Land inzwischen Deutschlands fünftwichtigster Handelspartner. 2023 "
          "wuchs die polnische Wirtschaft nur um 0,2 Prozent, für 2024 rechnen die Institute wieder "
          "mit knapp 3 Prozent. Getragen wird die Erholung vom privaten Konsum und von den Mitteln "
          "aus dem EU-Wiederaufbaufonds, die nach langer Blockade nun fließen."),
    ("p", "Für Mitgliedsunternehmen aus Brandenburg bleiben Bauleistungen, Energietechnik und "
          "Nahrungsmittel die wichtigsten Exportfelder. Im grenznahen Raum ist außerdem die "
          "Nachfrage nach Handwerksleistungen hoch."),
    ("h", "Wirtschaftszentren"),
    ("p", "Die Hauptstadt Warschau ist der Finanzplatz des Landes. Fast alle Banken und "
          "Versicherungen haben hier ihre Zentrale, und in den neuen Bürotürmen arbeiten "
          "Zehntausende in IT-Dienstleistungen und in den Shared-Service-Centern internationaler "
          "Konzerne."),
    ("p", "Im Westen liegen Posen und Breslau. Die Posener Wirtschaft wird vom Fahrzeugbau geprägt "
          "– ein deutscher Konzern fertigt dort Transporter und Pick-ups – und von der Brauwirtschaft. "
          "Breslau hat sich zu einem Schwerpunkt der Haushaltsgeräteindustrie entwickelt; zudem "
          "werden in der Stadt Stadt- und Reisebusse gebaut."),
    ("p", "In Oberschlesien hängt noch immer ein Teil der Arbeitsplätze an der Steinkohle. Die "
          "Autoindustrie hat dort aber längst aufgeholt: In Tichau laufen Kleinwagen und "
          "Elektro-SUV vom Band."),
    ("p", "Plock an der Weichsel ist Standort der größten Erdölraffinerie des Landes; derselbe "
          "Konzern betreibt dort auch einen Petrochemie-Komplex. In Danzig haben Schiffbau und "
          "Bernsteinverarbeitung eine lange Tradition. Die Werften bauen heute vor allem "
          "Spezialschiffe und Stahlstrukturen für Offshore-Windparks."),
    ("pagebreak",),
    ("h", "Seehäfen"),
    ("p", "Die polnischen Seehäfen gehören zu den Gewinnern der vergangenen Jahre. Danzig ist der "
          "größte Hafen des Landes und inzwischen auch der umschlagstärkste Hafen an der Ostsee; "
          "2023 wurden dort rund 81 Mio. Tonnen umgeschlagen. Mit dem dritten Tiefwasserterminal "
          "des Baltic Hub steigt die Containerkapazität auf 4,5 Mio. TEU im Jahr. Gdingen ist der "
          "zweitgrößte Containerhafen Polens und vor allem für Fähren nach Skandinavien und für "
          "Stückgut wichtig."),
    ("p", "Die Häfen Stettin und Swinemünde werden von einer gemeinsamen Gesellschaft betrieben und "
          "weisen ihren Umschlag nur zusammen aus. Eine Hafenkooperation mit dem brandenburgischen "
          "Schwedt ist in Vorbereitung; unterzeichnet werden soll sie 2025."),
    ("caption", "Tabelle 1: Umschlag der polnischen Seehäfen 2023"),
    ("table", [
        ["Hafen", "Umschlag (Mio. t)", "Container (Tsd. TEU)"],
        ["Danzig", "81,0", "2.050"],
        ["Gdingen", "27,6", "880"],
        ["Stettin-Swinemünde", "33,1", "110"],
        ["Insgesamt", "141,7", "3.040"],
    ], [60, 45, 50]),
    ("p", "Quelle: Hafenverwaltungen; Werte gerundet."),
    ("h", "Logistik"),
    ("p", "Die Schiene gewinnt an Bedeutung. Containerzüge aus China passieren die Grenze zu Belarus "
          "bei Brest und rollen über Posen und Frankfurt (Oder) weiter nach Westen. Auf der Straße "
          "ist die A2 die wichtigste Achse: Sie verbindet Warschau über Posen mit der deutschen "
          "Grenze."),
    ("h", "Partnerschaften über die Grenze"),
    ("p", "Frankfurt (Oder) und Słubice verstehen sich als Doppelstadt und sind seit 1993 durch "
          "einen Partnerschaftsvertrag verbunden. Mit Gorzów Wielkopolski, dem früheren Landsberg "
          "an der Warthe, pflegen Frankfurt (Oder) und Eisenhüttenstadt seit 1998 gemeinsam eine "
          "Städtepartnerschaft; Schwerpunkte sind Schulaustausch und Berufsbildung."),
    ("h", "Messen und Termine"),
    ("bullets", [
        "Unternehmerreise nach Posen und Breslau: 10. bis 12. September 2024",
        "Sprechtag Entsendung und Steuern in Polen: 17. Oktober 2024",
        "Deutsch-polnisches Wirtschaftsforum: November 2024",
    ]),
    ("h", "Ansprechpartnerin"),
    ("p", "Anna Kalisch, Referat Außenwirtschaft, Telefon 0335 5621-0000. Für Fragen zu Zoll und "
          "Ursprungszeugnissen wenden Sie sich bitte an das Team Exportdokumente."),
]

MEXICO = [
    ("title", "Market Entry Guide: Mexico"),
    ("subtitle", "Northbridge Trade Promotion · for UK exporters · 2024 edition · prepared by Daniel Celaya"),
    ("h", "Why Mexico, why now"),
    ("p", "In 2023 Mexico overtook China as the largest source of goods imported into the United "
          "States, and nearshoring has become the word of the year in boardrooms around the world. "
          "For UK companies the country offers a market of 130 million consumers, a trade agreement "
          "with the UK and a place in North American supply chains."),
    ("h", "Where to locate"),
    ("p", "Mexico City is the obvious first stop for services firms. The capital hosts the "
          "headquarters of almost every bank and of the big media and telecoms groups, and most "
          "decision-makers for public procurement sit here."),
    ("p", "Monterrey, the capital of Nuevo León, built its wealth on steel, cement and glass, and "
          "these industries still employ tens of thousands there. Saltillo, an hour to the west, "
          "has become a car-assembly town."),
    ("p", "The Bajío, a belt of states north-west of the capital, is now the heart of the Mexican "
          "car industry. Querétaro, the region’s fastest-growing city, is also an aerospace hub: "
          "engine parts, landing gear and wiring harnesses are made there for the big airframers. "
          "León, in the state of Guanajuato, remains the capital of Mexican footwear and leather "
          "goods."),
    ("p", "Guadalajara likes to call itself Mexico’s Silicon Valley: contract electronics "
          "manufacturers and a growing number of software firms are based there. Tequila, by "
          "contrast, is distilled in the agave fields of Jalisco rather than in the city. On the US "
          "border, Tijuana’s maquiladoras make medical devices for American hospitals, and Puebla, "
          "south-east of the capital, is home to one of the largest car plants in the Americas."),
    ("h", "First visit checklist"),
    ("bullets", [
        "Register for a tax ID (RFC) before signing any lease.",
        "Budget for a customs broker: Mexican law requires one for every import.",
        "Check whether your product needs a NOM certificate.",
    ]),
    ("pagebreak",),
    ("h", "Getting goods in"),
    ("p", "Most containers from Asia arrive on the Pacific coast. Manzanillo is Mexico’s busiest "
          "container port and handled 3.7 million TEU in 2023. Lázaro Cárdenas, further south in "
          "Michoacán, ranks second nationally with about 2.2m TEU in the same year; its rail link "
          "carries boxes straight to the industrial north."),
    ("p", "Shipments from Europe usually come through Veracruz, the busiest port on Mexico’s Gulf "
          "coast. Its expanded northern zone is designed for 2.5 million TEU a year. In 2018 the "
          "Port of Veracruz signed a sister-port agreement with Spain’s Port of Valencia, where much "
          "of the transshipment cargo from UK exporters is consolidated."),
    ("p", "For air cargo, Mexico City’s Benito Juárez International Airport handled about 440,000 "
          "tonnes in 2023; most all-cargo flights have since moved to the new Felipe Ángeles "
          "airport north of the capital."),
    ("h", "Partners and networks"),
    ("p", "Local ties can open doors. Monterrey and San Antonio have been sister cities since 1953, "
          "and business councils on both sides of the border meet twice a year. A friendship "
          "agreement between León and Northampton, where several of England’s traditional "
          "shoemakers are still based, was discussed during a trade mission in 2022, but nothing has been signed yet."),
    ("h", "How we can help"),
    ("p", "Northbridge Trade Promotion runs a market desk in Mexico City and organises two trade "
          "missions a year. For advice on tariffs, rules of origin or finding a distributor, "
          "contact Daniel Celaya, Senior Trade Adviser."),
]

BRUSSELS = [
    ("title", "Brussels Airport cargo closes 2023 with 642,000 tonnes"),
    ("subtitle", "Press release · Zaventem, 14 February 2024"),
    ("p", "Brussels Airport handled 642,000 tonnes of cargo in 2023, 6 percent less than in 2022, "
          "when 683,000 tonnes passed through the cargo zone. The decline was concentrated in the "
          "first half of the year; since September, volumes have grown again month on month."),
    ("p", "With these volumes Brussels remains Belgium’s second-largest cargo airport after Liège, "
          "which handled around 1.1 million tonnes, and it continues to rank among the ten largest "
          "cargo airports in Europe."),
    ("p", "“The second half showed what this airport can do when the market turns,” said Pieter "
          "Lier, Head of Cargo. “Pharma volumes grew even in a weak year, and our forwarders are "
          "already asking for more warehouse space.” Full-freighter movements fell by 4 percent, "
          "while belly cargo on passenger flights recovered as long-haul routes returned."),
    ("caption", "Table 1: Cargo key figures"),
    ("table", [
        ["Indicator", "2022", "2023"],
        ["Total cargo (tonnes)", "683,000", "642,000"],
        ["Full-freighter movements", "12,400", "11,900"],
        ["Cargo airlines serving the airport", "41", "43"],
        ["Jobs in the cargo zone", "6,200", "6,400"],
    ]),
    ("h", "Pharma and perishables"),
    ("p", "Healthcare products remain the strongest segment, followed by flowers, fruit and "
          "e-commerce parcels. Ethiopian’s daily freighters to Addis Ababa carry much of the "
          "African traffic. In 2019 Brussels Airport and Jomo Kenyatta International Airport in "
          "Nairobi signed a memorandum of understanding on temperature-controlled corridors; most "
          "of the roses and green beans we receive come from Kenya. A sister-airport agreement "
          "with Singapore Changi Airport, signed in 2017, focuses on pharma handling standards. "
          "Talks about a similar agreement with Chicago O’Hare are ongoing, but nothing has been "
          "signed yet."),
    ("h", "Our catchment area"),
    ("p", "The airport serves one of Europe’s densest life-sciences regions. Vaccines for half the "
          "world are filled and packed at a large plant in Puurs, and a pharmaceutical research "
          "campus in Beerse employs several thousand people. Leuven combines brewing – the world’s "
          "largest brewer has its headquarters there – with a growing biotech scene. Flanders as a "
          "whole also has a strong chemical industry."),
    ("p", "Closer to the runways, freight forwarding and warehousing dominate the job market in "
          "Zaventem itself and in neighbouring Machelen, while Vilvoorde, an old industrial town on "
          "the canal, still has several chemical plants. Brussels, by contrast, is a services city: "
          "its largest employers are public institutions, banks and consultancies."),
    ("h", "Capacity"),
    ("p", "The BRUcargo zone has a handling capacity of about 1.2 million tonnes a year. The first "
          "building of BRUcargo West opened in 2023 and gives forwarders direct access to the "
          "apron; two more buildings will follow by 2026."),
    ("h", "Media contact"),
    ("p", "Lotte Van Mechelen, Cargo Communications, press@brusselsairport.example"),
]


PDFS = {
    "ihk-laenderbrief-polen.pdf": dict(
        blocks=POLEN, header="IHK Ostbrandenburg · Außenwirtschaft · Länderbrief Polen 2024",
        footer="Seite {n} von 2", lang="de", title="Länderbrief Polen 2024"),
    "mexico-market-entry-guide.pdf": dict(
        blocks=MEXICO, header="Northbridge Trade Promotion · Market Entry Guide: Mexico · 2024",
        footer="Page {n}", lang="en", title="Market Entry Guide: Mexico"),
}
DOCXS = {
    "brussels-airport-cargo-press-release.docx": dict(
        blocks=BRUSSELS, title="Brussels Airport cargo closes 2023 with 642,000 tonnes"),
}


# Drawn tables; each table block in a PDF gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_5.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
