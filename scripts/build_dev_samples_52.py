#!/usr/bin/env python3
"""Build batch 52 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_52.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b52-emilia-romagna-sector-fact-sheet.pdf``: an investment promotion agency's sector fact
  sheet, two pages, running header, footer "Fact Sheet 7 · page N of 2", a drawn table
  "Location | Lead sectors | Road distance to Ravenna (km)"; one town's sectors are given only
  in the table.
* ``b52-medbox-frachtindex-wochenkommentar.pdf``: a German freight rate index commentary, two
  pages, running header, footer "MedBox-Wochenkommentar KW 42/2024 – Seite N", a drawn table of
  route rates (routes are not partnerships; the rates are not port metrics).
* ``b52-libya-tunisia-port-call-guide.docx``: a shipping agent's port call guide with headings
  per port, a caption and a table of port particulars whose throughput unit and year are given
  in the column header and caption; the cargo column lists cargo, not industries.

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

EMILIA = [
    ("title", "Sector Fact Sheet: Advanced Manufacturing and Food in Emilia-Romagna"),
    ("subtitle", "Emilia Invest Desk · Fact Sheet No. 7 · October 2024"),
    ("h", "At a glance"),
    ("p", "Emilia-Romagna runs along the old Roman road from Piacenza to the Adriatic coast at "
          "Rimini. The region as a whole is known for packaging machinery, agri-food and "
          "mechatronics, and it ships roughly an eighth of Italy's exports. For an investor, "
          "though, it is a chain of very different cities. This fact sheet profiles six of them "
          "and the seaport that serves them all."),
    ("h", "Modena"),
    ("p", "Modena is synonymous with sports cars. Two luxury carmakers build their cars in and "
          "around the city, and Maranello, a short drive to the south, hosts the best-known "
          "supercar factory in the world. Enthusiasts of the Ferrari Modena club meet on the "
          "Piazza Grande every Sunday, but the local economy is broader than engines: Modena is "
          "also home to producers of balsamic vinegar and to makers of biomedical devices such as "
          "dialysis filters and blood lines."),
    ("p", "Ten kilometres away, Sassuolo is the capital of Italian ceramic tiles; the kilns in and "
          "around the town fire most of the floor and wall tiles made in the country. The clay "
          "they need arrives by sea through Ravenna."),
    ("h", "Reggio Emilia"),
    ("p", "Reggio Emilia, not to be confused with Reggio Calabria on the Strait of Messina, is home "
          "to a dense cluster of manufacturers of agricultural machinery and hydraulic components. "
          "The city's name is also known worldwide for an approach to early-childhood education, "
          "which is a teaching philosophy rather than an industry."),
    ("h", "Parma"),
    ("p", "Parma (the Italian city, not the Cleveland suburb of the same name in Ohio) is the "
          "capital of Italy's Food Valley. The backbone of Parma's economy is food processing: "
          "cured ham, hard cheese and pasta, together with a group of engineering firms that build "
          "the filling and packaging lines used by food companies around the world. Parmalat keeps "
          "its name, though not all of its production, in the city, and the European Food Safety "
          "Authority is based there."),
    ("pagebreak",),
    ("h", "Ravenna: the region's seaport"),
    ("p", "Ravenna is the only seaport of Emilia-Romagna. In 2023 the port handled about 26 million "
          "tonnes of cargo and some 220,000 TEU, and it is Italy's leading port for ceramic clays. "
          "The container terminal has a capacity of about 350,000 TEU a year. The city itself hosts "
          "a large chemical complex and the contractors that service the offshore gas platforms of "
          "the Adriatic."),
    ("p", "In 2021 the port authorities of Ravenna and Mersin signed a memorandum of understanding on "
          "paperless customs procedures for their Adriatic–Levant services. Talks with Sfax about a "
          "similar port partnership have not yet produced an agreement. Ravenna is twinned with "
          "Speyer in Germany, whose mayor opened our investor day in May."),
    ("h", "Ferrara and Piacenza"),
    ("p", "Ferrara hosts one of Italy's oldest petrochemical sites, where polypropylene was first "
          "made on an industrial scale in the 1950s, and plastics compounders still cluster around "
          "it. The sugar refinery that once processed the beet of the surrounding plain closed in "
          "2007, and the pear and apple orchards belong to the province rather than to the city. "
          "Piacenza, at the western gate of the region, has become one of northern Italy's main "
          "logistics hubs: retailers and online sellers run large distribution centres on the edge "
          "of the city."),
    ("caption", "Table 1: Selected locations – lead sectors and road distance to the Port of Ravenna"),
    ("table", [
        ["Location", "Lead sectors", "Distance (km)"],
        ["Modena", "sports cars, biomedical devices", "130"],
        ["Sassuolo", "ceramic tiles", "145"],
        ["Reggio Emilia", "agricultural machinery, hydraulics", "150"],
        ["Parma", "food processing, packaging machinery", "180"],
        ["Carpi", "knitwear and apparel", "125"],
        ["Piacenza", "logistics", "240"],
        ["Ferrara", "petrochemicals, plastics", "75"],
    ], [40, 85, 30]),
    ("h", "How we can help"),
    ("p", "The Emilia Invest Desk arranges site visits, introduces investors to local suppliers and "
          "universities, and coordinates permits with the municipalities. Our services are free of "
          "charge. Contact: Luca Imola, head of investor services."),
]

MEDBOX = [
    ("title", "MedBox-Frachtindex: Wochenkommentar KW 42/2024"),
    ("subtitle", "Levante Freight Analytics · 18. Oktober 2024 · Spotraten für 40-Fuß-Container"),
    ("h", "Index im Überblick"),
    ("p", "Der MedBox-Index, der die Spotraten für Standardcontainer zwischen dem östlichen "
          "Mittelmeer, Nordafrika, Italien und Nordeuropa abbildet, fiel in der 42. Kalenderwoche "
          "um 2,1 Prozent auf 1.842 Punkte. Damit liegt er gut ein Drittel unter dem Höchststand "
          "vom Juli. Die Reedereien haben auf den meisten Diensten wieder mehr Tonnage eingesetzt, "
          "während die Nachfrage der Verlader vor dem Jahresende nachlässt."),
    ("caption", "Tabelle 1: Spotraten ausgewählter Relationen, 40-Fuß-Container"),
    ("table", [
        ["Relation", "USD/FEU", "Vorwoche (%)"],
        ["Mersin – Rotterdam", "2.150", "−4,2"],
        ["İskenderun – Hamburg", "2.310", "−2,8"],
        ["Sfax – Genua", "1.120", "+1,5"],
        ["Tripolis (Libyen) – Valencia", "1.480", "0,0"],
        ["Ravenna – Mersin", "980", "−1,1"],
        ["Savannah – Bremerhaven", "2.640", "+0,6"],
    ], [70, 35, 35]),
    ("h", "Türkei: Hinterland bucht vorsichtiger"),
    ("p", "Auf der wichtigsten Relation des Index, Mersin–Rotterdam, gaben die Raten erneut nach. "
          "Mersin, mit gut 2 Mio. TEU im Jahr 2023 der größte Containerhafen an der türkischen "
          "Mittelmeerküste, meldet volle Lager, aber weniger Exportbuchungen. Die Zurückhaltung "
          "kommt aus dem Hinterland: Gaziantep gilt als Hochburg der Teppichindustrie, und die "
          "Anteper Webereien haben ihre Produktion nach Händlerangaben um ein Zehntel gedrosselt. "
          "In Kayseri sitzen die großen Polstermöbel- und Matratzenhersteller des Landes; auch sie "
          "verschiffen derzeit weniger. In den Containern Richtung Norden stecken vor allem "
          "Teppiche, Sofas, Trockenfrüchte und Zitrusfrüchte."),
    ("p", "Ab İskenderun, dem früheren Alexandrette, blieb die Lage ruhiger, weil die Stahlwerke der "
          "Stadt langfristige Verträge haben. In Adana meldet die Textil- und Bekleidungsindustrie "
          "dagegen Stornierungen europäischer Modehäuser. Gaziantep, die Partnerstadt "
          "Ludwigshafens, richtet im November eine Exportmesse aus."),
    ("pagebreak",),
    ("h", "Nordafrika: leichte Erholung"),
    ("p", "Auf der Relation Sfax–Genua zogen die Raten leicht an. Sfax, die zweitgrößte Stadt "
          "Tunesiens, lebt vom Olivenöl und von der Verarbeitung von Phosphat, und beides ist "
          "derzeit gefragt. Die Häfen von Sfax und Ravenna verhandeln seit dem Frühjahr über eine "
          "Hafenpartnerschaft, unterschrieben ist aber noch nichts. In Gabès arbeiten die Chemie- "
          "und Düngemittelwerke wieder unter Volllast, und die Textilbetriebe in Sousse melden mehr "
          "Aufträge europäischer Handelsketten als im Vorjahr."),
    ("p", "In Libyen bleibt Misrata der größte Containerhafen. Misrata und Mersin sind seit 2022 "
          "durch eine Hafenpartnerschaft verbunden, und die Feederdienste zwischen beiden Häfen "
          "laufen stabil. Die Rate ab Tripolis (gemeint ist die libysche Hauptstadt, nicht das "
          "libanesische Tripoli) blieb unverändert."),
    ("h", "Italien und Transatlantik"),
    ("p", "Ab Ravenna fielen die Raten Richtung Levante leicht. Die Fliesenhersteller aus Sassuolo "
          "verschiffen ihre Ware überwiegend über diesen Hafen, während Modehäuser aus Mailand eher "
          "über Genua und Neapel versenden. Auf der Relation Savannah–Bremerhaven, die wir als "
          "Referenz für den Nordatlantik führen, stiegen die Raten um 0,6 Prozent. Die Häfen beider "
          "Städte sind seit 2019 durch eine Sister-Port-Vereinbarung verbunden. Savannah ist der "
          "viertgrößte Containerhafen der USA; Bremerhaven schlug 2023 rund 4,2 Mio. TEU um und "
          "ist damit die Nummer zwei in Deutschland."),
    ("h", "Ausblick"),
    ("p", "Für November erwarten wir weiter nachgebende Raten, vor allem auf den türkischen "
          "Relationen. Ein neuer Dienst zwischen Mersin und Sfax, den zwei Reedereien angekündigt "
          "haben, dürfte zusätzliche Kapazität bringen. Unsere Prognose ist kein Angebot; "
          "verbindliche Raten erhalten Sie bei Ihrem Spediteur."),
    ("p", "Redaktion: Levante Freight Analytics, Marktanalyse Mittelmeer."),
]

PORT_CALL_GUIDE = [
    ("title", "Port Call Guide: Southern Tunisia and the Libyan Coast"),
    ("subtitle", "Medlevant Shipping Agencies · Edition 2024 · for masters, operators and charterers"),
    ("h", "How to use this guide"),
    ("p", "This guide sums up what our agency offices need before your vessel arrives at one of six "
          "ports on the Gulf of Gabès and the Libyan coast. Send the pre-arrival notice, crew list "
          "and cargo manifest at least 72 hours before arrival. Calls in Libya also need a security "
          "clearance, which our Tripoli office applies for on your behalf. Opening hours, tariffs "
          "and contacts are in the annex."),
    ("h", "Sfax"),
    ("p", "Sfax is Tunisia's second city and the centre of the country's olive-oil trade: mills and "
          "bottlers ring the town, and its fishing fleet lands more fish than any other in the "
          "country. A phosphate-processing plant on the southern shore is a useful landmark for the "
          "pilot boarding point. Port dues guarantees are handled through the Banque de Tunisie "
          "Sfax branch. Sfax is twinned with Grenoble, and talks on a port partnership with Ravenna "
          "are under way, although nothing has been signed."),
    ("h", "Gabès"),
    ("p", "Gabès lives with its chemical complex: phosphoric acid and fertilisers are made at the "
          "plant next to the port, which is why the berths often smell of sulphur. The oasis town "
          "was once known for dates and henna, but today the chemical plants dominate its economy. "
          "Expect strict checks on hazardous-cargo declarations."),
    ("h", "Sousse"),
    ("p", "Sousse hosts dozens of textile and clothing factories that sew for European brands, and "
          "tourism fills the hotels north of the medina. The port is small and tidal windows matter "
          "for larger bulk carriers. The ports of Sousse and Trapani have had a port cooperation "
          "agreement since 2019, which has made Sicilian feeder calls easier to plan. Our office "
          "manager in Sousse, Mr. Hedi Monastir, speaks Italian and French."),
    ("h", "Misrata"),
    ("p", "Misrata is the busiest container port in Libya, with roughly 350,000 TEU in 2023. The city "
          "is home to the country's largest steelworks, whose scrap and iron-ore imports cross the "
          "same quays, and a free zone with warehouses for importers. In 2022 the port authority of "
          "Misrata and Mersin International Port in Turkey signed a port cooperation agreement "
          "covering training and data exchange."),
    ("h", "Benghazi"),
    ("p", "Benghazi's port has been fully open again since 2019. The city has cement plants and a "
          "busy trade in building materials. Its twinning with Alexandria was suspended in 2014 and "
          "has not been revived."),
    ("h", "Tripoli"),
    ("p", "Tripoli, called Tarabulus in Arabic and not to be confused with Tripoli in Lebanon, is "
          "the seat of the national oil company and of most Libyan banks: oil and gas services and "
          "banking are its core trades. The ferry from Valletta arrives three times a week and "
          "uses the passenger berth next to the container terminal."),
    ("caption", "Table 1: Port particulars (maximum draught in metres; throughput in million tonnes, 2023)"),
    ("table", [
        ["Port", "Max. draught (m)", "Main cargoes", "Throughput 2023 (million t)"],
        ["Sfax", "10.5", "phosphate, olive oil, containers", "5.2"],
        ["Gabès", "9.5", "fertilisers, sulphur, phosphoric acid", "3.8"],
        ["Sousse", "8.0", "clinker, grain, containers", "1.4"],
        ["Misrata", "11.0", "containers, steel scrap, iron ore", "9.6"],
        ["Benghazi", "10.0", "cement, grain, general cargo", "3.1"],
        ["Tripoli", "10.0", "containers, vehicles, fuel", "5.5"],
    ], [30, 30, 60, 35]),
    ("h", "General advice"),
    ("p", "Libya's economy depends almost entirely on oil, so tanker traffic takes priority at "
          "shared berths. Keep cash for launch services in euros, and allow for delays at weekends. "
          "For any question, contact the duty agent at our head office."),
]


PDFS = {
    "b52-emilia-romagna-sector-fact-sheet.pdf": dict(
        blocks=EMILIA, header="Emilia Invest Desk · Sector Fact Sheet No. 7 · Emilia-Romagna · "
                              "October 2024",
        footer="Fact Sheet 7 · page {n} of 2", lang="en",
        title="Sector Fact Sheet: Advanced Manufacturing and Food in Emilia-Romagna"),
    "b52-medbox-frachtindex-wochenkommentar.pdf": dict(
        blocks=MEDBOX, header="Levante Freight Analytics · MedBox-Frachtindex · Wochenkommentar "
                              "KW 42/2024",
        footer="MedBox-Wochenkommentar KW 42/2024 – Seite {n}", lang="de",
        title="MedBox-Frachtindex: Wochenkommentar KW 42/2024"),
}
DOCXS = {
    "b52-libya-tunisia-port-call-guide.docx": dict(
        blocks=PORT_CALL_GUIDE, title="Port Call Guide: Southern Tunisia and the Libyan Coast"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_52.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
