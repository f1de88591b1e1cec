#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 42 in ``samples/dev/``.

    python scripts/build_dev_samples_42.py [--out DIR]

Companion to ``build_dev_samples_6.py``, with the same guarantees: the texts are
embedded below, and the output is deterministic (reportlab runs in invariant
mode; DOCX core properties and zip timestamps are fixed), so running it again
gives byte-identical files. The gold annotations (``NAME.gold.json``) are written
by hand and kept beside the documents; this script does not touch them, nor the
TXT and HTML reports of the batch. The layout helpers (fonts, fixed timestamps,
PDF and DOCX builders) are shared with the other build scripts and live in
``sample_builders.py``.

Layouts in this batch:

* ``b42-rhein-ruhr-hafen-nachhaltigkeitsbericht.pdf``: inland port company's
  sustainability report excerpt (German), two pages, running header, footer
  "Seite N von 2", a drawn table of network terminals whose units (TEU,
  TEU per year) are given only in the column headers and whose sectors column
  holds one city's industry that the running text does not give.
* ``b42-danish-wind-market-overview.pdf``: wind-energy association's market
  overview (English), two pages, running header, footer
  "NWIA Market Overview 2024 | page N", a drawn table of port locations with
  wind activities and cargo tonnage (unit in the column header).
* ``b42-gujarat-sector-profile.docx``: investment promotion agency's sector
  profile (English) with headings, a caption and a table of cities and lead
  sectors (one row is a district, one city's industries are given only in the
  table).

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

RHEIN_RUHR = [
    ("title", "Nachhaltigkeitsbericht 2023 (Auszug)"),
    ("subtitle", "Rhein-Ruhr Hafen- und Logistikgesellschaft mbH · Duisburg · Kapitel 3 und 4 · "
                 "Juni 2024"),
    ("h", "3.1 Umschlag und Marktumfeld"),
    ("p", "Duisburg ist der größte Binnenhafen Europas und bleibt die logistische Drehscheibe des "
          "Ruhrgebiets. Die öffentlichen und privaten Hafenanlagen der Stadt haben im Berichtsjahr "
          "zusammen rund 41 Mio. Tonnen Güter umgeschlagen, nach 46 Mio. Tonnen im Vorjahr. Der "
          "Containerumschlag ging auf 3,5 Mio. TEU zurück."),
    ("p", "Der Rückgang geht fast vollständig auf das Massengut zurück. Weil die Kraftwerke am "
          "Niederrhein weniger Steinkohle abnehmen, fielen die Schüttgutmengen um ein Fünftel; "
          "Kohle, Eisenerz und Schrott machen dennoch gut ein Drittel unseres Umschlags aus."),
    ("p", "Unser wichtigster Kunde bleibt die Duisburger Stahlindustrie: Die Hüttenwerke im Norden "
          "der Stadt beziehen ihr Erz fast vollständig über den Rhein. Die Stadt ist außerdem Sitz "
          "eines Herstellers von Titandioxid-Pigmenten und mehrerer Drahtziehereien, die ihre "
          "Rohstoffe ebenfalls per Schiff erhalten. Mehr als 300 Logistikunternehmen haben sich "
          "inzwischen auf ehemaligen Zechen- und Hüttenflächen in Duisburg angesiedelt."),
    ("p", "Das Ruhrgebiet insgesamt war über ein Jahrhundert von Kohle und Stahl geprägt; heute "
          "wachsen dort vor allem Gesundheitswirtschaft, Hochschulen und Handel. Diese Entwicklung "
          "spüren wir an der Zusammensetzung der Ladung: mehr Container, weniger Schüttgut."),
    ("h", "3.2 Unser Terminalnetz im Ruhrgebiet"),
    ("p", "Seit 2021 betreiben wir neben den Duisburger Anlagen Containerterminals in Oberhausen, "
          "Gelsenkirchen und Dortmund sowie eine Umschlagstelle in Bottrop. Sie verbinden die "
          "Betriebe am Rhein-Herne-Kanal und am Dortmund-Ems-Kanal mit den Seehäfen. Der Dortmunder "
          "Hafen ist der größte Kanalhafen Deutschlands."),
    ("p", "In Oberhausen ist ein Hersteller von Turbomaschinen, vor allem Kompressoren und "
          "Dampfturbinen, unser größter Kunde für Schwergut. Die Stadt ist zudem ein Chemiestandort "
          "mit einem großen Werk für Oxo-Alkohole. Auf dem Gelände der 1992 stillgelegten Zeche "
          "Osterfeld liegt heute ein Landschaftspark."),
    ("p", "Gelsenkirchen lebt bis heute von der Raffinerie im Stadtteil Scholven und den "
          "angeschlossenen Petrochemieanlagen. Die letzte Zeche der Stadt schloss im Jahr 2000; eine "
          "geplante Fabrik für Elektrolyseure soll 2026 in Betrieb gehen."),
    ("p", "Dortmund war einst für Bier, Kohle und Stahl bekannt. Von den Dortmunder Brauereien ist "
          "noch eine Handvoll übrig, und sie verladen Malz und Leergut über unser Terminal. Heute "
          "prägen IT-Dienstleister, Versicherungen und die Logistik die Wirtschaft der Stadt. In "
          "Essen sitzen die Zentralen zweier großer Energieversorger, die uns beim Bau der "
          "Landstromanlagen beraten haben."),
    ("pagebreak",),
    ("h", "3.3 Kennzahlen des Terminalnetzes"),
    ("caption", "Tabelle 1: Terminals außerhalb Duisburgs, Umschlag 2023 und Kapazität"),
    ("table", [
        ["Standort", "Umschlag 2023 (TEU)", "Kapazität (TEU/Jahr)", "Branchen am Standort"],
        ["Oberhausen", "95.000", "120.000", "Turbomaschinen, Chemie"],
        ["Gelsenkirchen", "60.000", "100.000", "Raffinerie, Petrochemie"],
        ["Dortmund", "180.000", "250.000", "Brauereien, Logistik"],
        ["Bottrop", "–", "40.000", "Kokerei"],
    ], [32, 38, 40, 60]),
    ("h", "4.1 Klima und Umwelt"),
    ("p", "Unsere Scope-1- und Scope-2-Emissionen sanken 2023 auf 38.000 Tonnen CO2-Äquivalent, "
          "12 Prozent weniger als im Vorjahr. Alle Liegeplätze für Binnenschiffe in Duisburg sind "
          "inzwischen mit Landstrom ausgestattet, und auf den Hallendächern in Oberhausen erzeugt eine "
          "Photovoltaikanlage 2,4 MW. In unseren Kantinen können die Beschäftigten seit dem Frühjahr "
          "täglich vegetarisch essen."),
    ("h", "4.2 Partnerschaften"),
    ("p", "Seit 2019 verbindet uns ein Kooperationsabkommen mit dem Hafen Rotterdam. Beide Häfen "
          "arbeiten an einer gemeinsamen Lieferkette für grünen Wasserstoff, der ab 2030 per "
          "Binnenschiff an den Niederrhein kommen soll. Eine ähnliche Vereinbarung mit dem Hafen "
          "Antwerpen wird derzeit verhandelt."),
    ("p", "Duisburg und Wuhan sind seit 1982 Partnerstädte; zwischen beiden Städten verkehren "
          "inzwischen jede Woche mehrere Containerzüge. Oberhausen pflegt seit 1974 eine "
          "Städtepartnerschaft mit Middlesbrough, das ebenfalls auf eine lange Stahltradition "
          "zurückblickt. Gelsenkirchen und seine englische Partnerstadt Newcastle upon Tyne tauschen "
          "sich in einem von uns geförderten Projekt über den Strukturwandel an Kanal und Fluss aus."),
    ("p", "Im Sport unterstützen wir die Jugendarbeit von Borussia Dortmund und des FC Schalke 04; "
          "mit der Essener Verkehrs-AG testen wir Wasserstoffbusse für den Werksverkehr."),
    ("p", "Ansprechpartnerin für diesen Bericht: Dr. Lena Hattingen, Leiterin Nachhaltigkeit."),
]

DANISH_WIND = [
    ("title", "Danish Wind Market Overview 2024"),
    ("subtitle", "Nordic Wind Industry Association · Market Intelligence Series · September 2024"),
    ("h", "Summary"),
    ("p", "Denmark ended 2023 with about 7.5 GW of onshore and 2.7 GW of offshore wind capacity, and "
          "wind turbines supplied well over half of the country’s electricity. Danish wind "
          "exports, mostly turbines, blades and services, were worth some 60 billion kroner. The "
          "national industry employs around 33,000 people, but its factories and ports are "
          "concentrated in a handful of cities in Jutland and on Funen."),
    ("h", "Esbjerg: the installation base"),
    ("p", "Esbjerg is Europe’s leading port for the installation of offshore wind farms; more than "
          "four fifths of the offshore capacity in Danish waters was shipped out from its quays. The "
          "Port of Esbjerg handled 4.6 million tonnes of cargo in 2023, a figure that hides the real "
          "story, because turbine nacelles and blades are bulky rather than heavy."),
    ("p", "The city is also the base of the Danish offshore oil and gas sector, whose supply "
          "vessels and service firms are now turning to wind. Several service companies for the "
          "operation and maintenance of wind farms run their North Sea crews from Esbjerg. The "
          "ferry to Harwich, which ran until 2014, has not returned."),
    ("h", "Aarhus and Aalborg: turbines and blades"),
    ("p", "Aarhus is the headquarters of the world’s largest maker of wind turbines, and a "
          "dozen Aarhus-based engineering consultancies work for developers across Europe. The "
          "city’s port, Denmark’s largest container port, handled about 560,000 TEU last year. "
          "Researchers at Aarhus Universitet test blade coatings at a site outside the city."),
    ("p", "Aalborg is home to one of the largest blade factories in Europe, where blades of more "
          "than 100 metres are cast. The city’s cement works, run by Aalborg Portland, burns "
          "recycled blade material as a fuel."),
    ("h", "Odense and Fredericia"),
    ("p", "Odense is known for its robotics cluster, and several of its robot makers now supply "
          "automated grinding cells to blade factories. Since the shipyard at Lindø closed in 2012, "
          "its halls north of the city have been taken over by makers of offshore foundations and "
          "transition pieces."),
    ("pagebreak",),
    ("p", "Fredericia, on the Little Belt, is the registered seat of Denmark’s largest energy "
          "company. The town’s port stores export cable for the Baltic projects, and a hydrogen "
          "pipeline to Germany is planned."),
    ("h", "Port locations at a glance"),
    ("caption", "Table 1: Danish ports with a role in wind energy"),
    ("table", [
        ["Port", "Wind activities", "Other sectors in the city", "Cargo 2023 (million t)"],
        ["Esbjerg", "installation, O&M", "offshore oil and gas", "4.6"],
        ["Aarhus", "turbine HQ, R&D", "containers, food", "9.1"],
        ["Odense", "foundations", "robotics", "3.2"],
        ["Aalborg", "blades", "cement", "3.6"],
        ["Fredericia", "cable storage", "oil refining", "12.8"],
    ], [24, 34, 52, 50]),
    ("h", "Partnerships and networks"),
    ("p", "In 2022 the Port of Esbjerg and the Port of Oostende signed a memorandum of understanding "
          "on offshore-wind logistics, including shared training for crane operators. A similar "
          "green-hydrogen partnership between Esbjerg and Hamburg has been announced but not yet "
          "signed."),
    ("p", "Municipal ties help too. Aarhus is twinned with Bergen, Gothenburg and Turku, and the "
          "four cities’ business councils hold a joint wind-supply-chain day each spring. Trade "
          "with Germany runs mostly by road; a weekly block train links Fredericia with Duisburg."),
    ("h", "Outlook"),
    ("p", "Tenders for 3 GW of new offshore capacity were relaunched in 2024 after the 2023 round "
          "drew no bids. The association expects the pipeline to keep the ports of Esbjerg and "
          "Odense busy until at least 2030. “Our bottleneck is skilled people, not steel,” says "
          "Karen Vejle, the association’s director of industry affairs."),
]

GUJARAT = [
    ("title", "Sector Profile: Gujarat – Chemicals, Textiles and Engineering"),
    ("subtitle", "Western India Investment Desk · Sector Profile Series No. 14 · July 2024"),
    ("h", "Why Gujarat"),
    ("p", "Gujarat has India’s longest coastline and its busiest cargo ports. The state accounts for "
          "about a third of the country’s chemical output and for much of its petrochemical "
          "capacity, and it is India’s largest producer of cotton. This profile looks at the "
          "cities where investors find suppliers, skilled staff and industrial land."),
    ("h", "Ahmedabad"),
    ("p", "Ahmedabad, the state’s largest city, was once called the Manchester of India. Its textile "
          "mills have shrunk, but the city is still a centre of denim weaving and garment "
          "production. Ahmedabad-based drugmakers make generic medicines for export, and the "
          "city’s pharmaceutical cluster has become its largest industrial employer. Car plants "
          "stand at Sanand, on the city’s western edge. Ahmedabad has been a sister city of "
          "Columbus, Ohio, since 2008."),
    ("h", "Surat"),
    ("p", "Surat – not to be confused with Surat Thani in southern Thailand, a frequent mix-up in "
          "shipping documents – cuts and polishes most of the world’s diamonds. The city is also "
          "India’s leading centre for weaving synthetic fabrics, with hundreds of thousands of "
          "power looms that process polyester and viscose yarn. Surat has been twinned with "
          "Antwerp since 2012; the two cities’ partnership focuses on the diamond trade."),
    ("h", "Vadodara and the chemical belt"),
    ("p", "Vadodara, still often called Baroda, grew around a state refinery and the petrochemical "
          "plants beside it. The city is also known for makers of transformers, switchgear and "
          "other power equipment. South of it lies the chemical belt: the industrial estate of "
          "Ankleshwar is home to some 1,500 chemical plants, many of them dye and intermediate "
          "makers."),
    ("h", "Ports"),
    ("p", "Mundra is India’s largest commercial port. It handled about 155 million tonnes in the "
          "2022–23 financial year, including some 6.5 million TEU of containers. A copper smelter "
          "next to the port is still being commissioned. Kandla, officially the Deendayal Port, "
          "handled 137 million tonnes in the same year and ranks first among India’s state-owned "
          "major ports. Its main cargoes are crude oil, coal, salt and timber, and cotton bales "
          "from the Saurashtra plateau leave through both ports."),
    ("p", "In 2023 the Deendayal Port Authority and the Kenya Ports Authority, which runs the port "
          "of Mombasa, signed a memorandum of understanding to make Kandla and Mombasa sister ports. "
          "Mundra’s operator is discussing a similar agreement with a port in Oman, but nothing "
          "has been signed."),
    ("h", "Lead sectors by location"),
    ("caption", "Table 1: Main industrial locations in Gujarat and their lead sectors"),
    ("table", [
        ["Location", "Lead sectors", "Road distance to Mundra (km)"],
        ["Ahmedabad", "pharmaceuticals, denim and garments", "330"],
        ["Surat", "diamond cutting, synthetic textiles", "570"],
        ["Vadodara", "petrochemicals, power equipment", "440"],
        ["Ankleshwar", "chemicals, dyes", "510"],
        ["Jamnagar", "oil refining, brass parts", "240"],
        ["Rajkot", "auto parts, diesel engines", "230"],
        ["Morvi", "ceramic tiles, wall clocks", "140"],
        ["Bharuch district", "chemicals (Dahej)", "500"],
    ]),
    ("p", "Jamnagar’s refinery complex is the largest in the world, and the city’s brass-parts "
          "workshops employ more people than the refinery. Rajkot is known for its engineering "
          "workshops, which make auto parts and small diesel engines."),
    ("h", "Incentives and contacts"),
    ("p", "The state’s industrial policy offers capital subsidies of up to 25 percent for plants in "
          "less developed districts. A delegation from Yokohama visited Ahmedabad and Surat in "
          "March to look at sites for a chemical joint venture. Contact: Priya Anand, Senior "
          "Investment Manager, Western India Investment Desk."),
]


PDFS = {
    "b42-rhein-ruhr-hafen-nachhaltigkeitsbericht.pdf": dict(
        blocks=RHEIN_RUHR,
        header="Rhein-Ruhr Hafen- und Logistikgesellschaft · Nachhaltigkeitsbericht 2023 · Auszug",
        footer="Seite {n} von 2", lang="de", title="Nachhaltigkeitsbericht 2023 (Auszug)"),
    "b42-danish-wind-market-overview.pdf": dict(
        blocks=DANISH_WIND,
        header="Nordic Wind Industry Association · Danish Wind Market Overview 2024",
        footer="NWIA Market Overview 2024 | page {n}", lang="en",
        title="Danish Wind Market Overview 2024"),
}
DOCXS = {
    "b42-gujarat-sector-profile.docx": dict(
        blocks=GUJARAT, title="Sector Profile: Gujarat – Chemicals, Textiles and Engineering"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_42.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
