#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 49 in ``samples/dev/``.

    python scripts/build_dev_samples_49.py [--out DIR]

Companion to ``build_dev_samples_6.py`` and the later batch scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic (reportlab
runs in invariant mode; DOCX core properties and zip timestamps are fixed), so running
it again gives byte-identical files. The gold annotations (``NAME.gold.json``) are
written by hand and kept beside the documents; this script does not touch them, nor
the TXT and HTML reports of the batch. See "Development batch 49" in
``scripts/SAMPLES.md``. The layout helpers live in ``sample_builders.py``.

Layouts in this batch:

* ``b49-xiamen-port-authority-annual-results.pdf``: a port authority's annual results
  press release, two pages, running header, footer "Page N of 2", a drawn table of the
  province's ports whose units ("'000 TEU", "million t") are given only in the column
  headers; three ports' figures are given only in the table.
* ``b49-apulia-investor-fact-sheet.pdf``: an economic development agency's investor
  fact sheet, two pages, running header, footer "Fact sheet Apulia | p. N/2", a drawn
  table of cities, key sectors and port cargo (unit and year in the column header);
  one city's footwear sector and two ports' tonnages are given only in the table.
* ``b49-ihk-mainfranken-magazin-oklahoma-kansas.docx``: an IHK member magazine article
  with headings, a caption and a table of US locations and their lead sectors (one row
  is a state, one city's sector is given only in the table).

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

XIAMEN = [
    ("title", "Port of Xiamen posts record container volume for 2024"),
    ("subtitle", "Press release · Xiamen, 21 January 2025 · For immediate release"),
    ("p", "The Port of Xiamen handled 12.3 million TEU in 2024, up 2.9 per cent from 12.0 million "
          "TEU the year before, the port authority announced today. Total cargo throughput rose to "
          "about 225 million tonnes. Xiamen remains Fujian’s largest container port and ranks among "
          "the fifteen busiest container ports in the world."),
    ("p", "“Our growth came from new transpacific and Southeast Asia loops, and from a rebound in "
          "transshipment,” said the authority’s director general. Three new automated berths at the "
          "Haicang terminal opened in September."),
    ("h", "The hinterland behind the numbers"),
    ("p", "Older charts still call the harbour Amoy, and the name lives on on soy-sauce bottles all "
          "over the world. Today the city has a big electronics sector: display panels, touch "
          "screens and laptop assembly account for almost a third of its exports. Xiamen also "
          "counts tourism and shipping services among its strengths, and its island old town on "
          "Gulangyu draws more than ten million visitors a year."),
    ("p", "Much of the cargo comes from further up the coast. Quanzhou, the Zayton of Marco Polo’s "
          "travels, is home to shoe, garment and stone-processing firms, and its county-level "
          "neighbour Jinjiang is China’s sportswear capital: several of the country’s best-known "
          "sports brands design and make their trainers there. Putian, on Meizhou Bay, is known for "
          "its shoe factories and for woodcarving and furniture workshops."),
    ("p", "To the south-west, Zhangzhou is a hub for food processing, from canned mushrooms to "
          "dried fruit. The large petrochemical complex on the Gulei peninsula, in the south of the "
          "prefecture, ships its products through its own jetties and is not counted in Xiamen’s "
          "figures. Fuzhou, the provincial capital – Foochow in older English texts – makes "
          "chemical fibres and textiles and has a growing software sector."),
    ("p", "Outbound boxes carried shoes, clothing, stone slabs, electronics and tea; inbound, the "
          "port handled coal, iron ore and grain for the province’s power plants, mills and feed "
          "makers. Fujian’s oolong tea remains a small but prestigious export."),
    ("pagebreak",),
    ("h", "Fujian ports at a glance"),
    ("caption", "Table 1: Throughput of the province’s main ports, 2024"),
    ("table", [
        ["Port", "Containers ('000 TEU)", "Cargo (million t)", "Change on 2023 (%)"],
        ["Xiamen", "12,300", "225", "+2.9"],
        ["Fuzhou", "3,900", "330", "+4.1"],
        ["Quanzhou", "2,400", "150", "+1.7"],
        ["Putian (Meizhou Bay)", "–", "75", "+6.0"],
    ], [48, 42, 36, 40]),
    ("p", "Fuzhou moves more tonnage than Xiamen because of its bulk terminals for coal and ore, "
          "while Xiamen handles three times as many containers. Putian’s figure covers the bulk and "
          "liquid berths on the bay only."),
    ("h", "Partners overseas"),
    ("p", "In May the authority signed a memorandum of understanding on port cooperation with the "
          "port of Piraeus in Greece. The agreement covers digital customs data, training and green "
          "shipping corridors between the two ports."),
    ("p", "These ties build on long-standing city links. Xiamen has been a sister city of Cebu in "
          "the Philippines since 1984 and of Sasebo in Japan since 1983. Fuzhou and Tacoma, sister "
          "cities since 1994, marked their anniversary with a trade mission of timber and seafood "
          "importers."),
    ("p", "A sister-port agreement between Quanzhou and Port Klang has been under negotiation since "
          "2023 and is not yet signed. An earlier cooperation arrangement with Kaohsiung was "
          "suspended in 2019. The weekly Xiamen–Manila express service, relaunched in March, is a "
          "commercial service of two carriers and not part of any agreement."),
    ("h", "Outlook"),
    ("p", "For 2025 the authority expects container volume to grow by two to three per cent. Air "
          "cargo is handled separately; the port authority does not report the figures of Xiamen "
          "Gaoqi airport or of Xiamen Airlines."),
    ("p", "Media contact: Helen Zhang, Communications Office, Xiamen Port Authority."),
]

APULIA = [
    ("title", "Investor Fact Sheet: Apulia"),
    ("subtitle", "Adriatica Invest – regional development desk · edition 2025"),
    ("h", "The region in brief"),
    ("p", "Apulia, the heel of Italy, has about 3.9 million inhabitants and two universities with "
          "strong engineering faculties. The region produces roughly two-fifths of Italy’s olive "
          "oil and more durum wheat than any other region, and its farm output feeds a large "
          "food-processing base. Investors can combine national tax credits for the South with a "
          "regional grant scheme for new plants and research centres."),
    ("h", "Bari"),
    ("p", "Bari, the regional capital, counts mechatronics, software and logistics among its "
          "strengths. A maker of fuel-injection pumps for diesel engines employs about 1,500 people "
          "in Modugno, on the city’s western edge, and a second plant there builds brake systems. "
          "The old town and the seafront have turned Bari into a cruise and city-break destination "
          "as well. Bari is the region’s main passenger port; it also handled about 5.1 million "
          "tonnes of cargo in 2023."),
    ("h", "Taranto"),
    ("p", "Taranto’s economy still turns on steel. The integrated steelworks on the city’s western "
          "edge is one of the largest in Europe, although output has fallen sharply since 2012. The "
          "Italian Navy’s base and arsenal keep a ship-repair industry alive in the city, and "
          "mussel farming in the inner lagoon is a local speciality. The Port of Taranto handled "
          "16.2 million tonnes in 2023 and remains the largest port in Apulia by cargo volume. Its "
          "container terminal, reopened under a new concession, is designed to handle 2 million "
          "TEU a year."),
    ("h", "Brindisi"),
    ("p", "Brindisi, the Brundisium of the Romans, is a hub for aerospace: engine maintenance, "
          "helicopter components and aircraft interiors are made in and around its airport. The "
          "city also has a chemical industry in its port-side industrial zone. The coal-fired power "
          "station south of the city is being shut down and will no longer be a customer for the "
          "port’s coal quay."),
    ("pagebreak",),
    ("h", "Barletta, Lecce and Foggia"),
    ("p", "Barletta has a big textile and clothing sector, with many small firms sewing for "
          "luxury brands in Milan. Lecce, the baroque city of the Salento, lives from tourism and "
          "counts papier-mâché and stone-carving workshops among its strengths; a new aerospace "
          "software campus is planned but not yet approved. Foggia, on the Tavoliere plain, is "
          "the centre of Italy’s durum-wheat belt: the plain grows the grain, while the city "
          "itself is home to pasta makers and tomato canneries."),
    ("caption", "Table 1: Key sectors and port cargo of the main cities"),
    ("table", [
        ["City", "Key sectors", "Port cargo 2023 (million t)"],
        ["Bari", "mechatronics, software, logistics", "5.1"],
        ["Taranto", "steel, ship repair", "16.2"],
        ["Brindisi", "aerospace, chemicals", "7.8"],
        ["Barletta", "textiles, clothing, footwear", "0.9"],
        ["Lecce", "tourism, crafts", "–"],
        ["Foggia", "pasta, tomato processing", "–"],
    ], [35, 80, 50]),
    ("h", "Connections and partners"),
    ("p", "Ferries link Bari with Durrës and Dubrovnik, and Brindisi with Igoumenitsa. The ports of "
          "Bari and Durrës signed a cooperation agreement in 2018 on joint security checks and "
          "cruise marketing. Brindisi and Igoumenitsa, linked by ferries for decades, formalised a "
          "port partnership in 2021. Lecce is twinned with Valladolid in Spain; the two cities run "
          "an exchange of restoration students. A twinning between Foggia and a Romanian city was "
          "discussed last year, but the council has not voted on it."),
    ("h", "Contact"),
    ("p", "Desk head: Marco Bari, Adriatica Invest. Banking partners for grant pre-financing "
          "include Banca Popolare di Bari and two national banks. Site visits can be arranged "
          "within ten working days."),
]

MAINFRANKEN = [
    ("title", "Zwischen Tulsa und Wichita: Mainfränkische Firmen in der Prärie"),
    ("subtitle", "Wirtschaft in Mainfranken · Mitgliedermagazin der IHK Würzburg-Schweinfurt · "
                 "Ausgabe 5/2025"),
    ("p", "Rund 40 Mitgliedsunternehmen der IHK sind inzwischen in Oklahoma oder Kansas aktiv, "
          "mit eigenen Werken, Vertriebsbüros oder Lagern. Wir haben drei von ihnen besucht."),
    ("h", "Kugellager für die Ölfelder"),
    ("p", "Ein Schweinfurter Wälzlagerhersteller beliefert von seinem Servicezentrum in Tulsa aus "
          "Pumpen- und Kompressorenbauer in ganz Oklahoma. „In Tulsa sind Luftfahrtwartung und "
          "Öl- und Gasausrüstung die großen Arbeitgeber, und beide brauchen Lager“, sagt der "
          "Standortleiter. Die Stadt selbst bleibt für ihn ein Heimspiel: Tulsa und Celle sind seit "
          "1997 Partnerstädte, und viele Kollegen haben beim Schüleraustausch Deutsch gelernt."),
    ("p", "Schweinfurt zählt Wälzlager, Antriebstechnik und Automobilzulieferer zu seinen "
          "Stärken; die Stadt exportiert mehr als die Hälfte ihrer Industrieproduktion."),
    ("h", "Vom Main an den Arkansas River"),
    ("p", "Ein Aschaffenburger Logistiker betreibt seit 2023 ein Lager im Hafen von Catoosa, dem "
          "Binnenhafen nordöstlich von Tulsa am Ende der schiffbaren Wasserstraße. Der Hafen, "
          "einer der größten Binnenhäfen der USA, schlug 2024 rund 2,6 Mio. Tonnen um, vor "
          "allem Düngemittel, Stahl und Weizen. Der Bayernhafen Aschaffenburg und der Hafen "
          "Catoosa haben 2022 eine Absichtserklärung zur Hafenkooperation unterzeichnet; sie "
          "tauschen Erfahrungen zu trimodalen Terminals aus."),
    ("p", "Aschaffenburg selbst ist ein Standort für Logistik sowie Maschinen- und Anlagenbau, "
          "und die Bekleidungsindustrie hat dort eine lange Tradition."),
    ("h", "Hydraulik für die Luftfahrt"),
    ("p", "Aus Lohr am Main kommt ein Hydraulikspezialist, der in Wichita Prüfstände für "
          "Fahrwerke und Flugsteuerungen baut. Wichita, die selbst ernannte Luftfahrthauptstadt "
          "der Welt, ist Standort für Flugzeugbau und zahlreiche Zulieferer. Ein "
          "Kunststoffverarbeiter aus Kitzingen liefert dorthin Kabinenteile; Kitzingen ist ein "
          "Standort für Kunststoff- und Metallverarbeitung."),
    ("h", "Oklahoma City und Enid"),
    ("p", "In Oklahoma City prägen Energie, Luftfahrt und Biowissenschaften die Wirtschaft. Enid "
          "im Norden des Bundesstaats – der Name erinnert eher an Enid Blyton als an Getreidesilos "
          "– lebt vom Getreidehandel und von Ölfelddienstleistungen. Oklahoma City und Haikou "
          "verhandeln über eine Städtepartnerschaft, unterzeichnet ist noch nichts."),
    ("caption", "Tabelle 1: US-Standorte von IHK-Mitgliedern und Schwerpunktbranchen vor Ort"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Mitgliedsfirmen vor Ort"],
        ["Tulsa", "Luftfahrtwartung, Öl- und Gasausrüstung", "9"],
        ["Oklahoma City", "Energie, Luftfahrt, Biowissenschaften", "7"],
        ["Wichita", "Flugzeugbau, Zulieferer", "12"],
        ["Catoosa", "Lager und Umschlag", "3"],
        ["Enid", "Getreidehandel", "1"],
        ["Topeka", "Tiernahrung", "2"],
        ["Kansas (übrige Standorte)", "Landwirtschaft, Landtechnik", "6"],
    ]),
    ("h", "Tipps der IHK"),
    ("p", "Kansas ist der größte Weizenproduzent der USA, Oklahoma lebt seit jeher von Öl und "
          "Gas; wer dort Kunden sucht, sollte die Messen der Energiebranche besuchen. Beratung: "
          "Herr Dr. Thomas Würzburger, Bereich International, IHK Würzburg-Schweinfurt."),
]


PDFS = {
    "b49-xiamen-port-authority-annual-results.pdf": dict(
        blocks=XIAMEN, header="Xiamen Port Authority · Press Release · 2024 Annual Results",
        footer="Page {n} of 2", lang="en",
        title="Port of Xiamen – 2024 Annual Results"),
    "b49-apulia-investor-fact-sheet.pdf": dict(
        blocks=APULIA, header="Adriatica Invest · Investor Fact Sheet · Apulia · 2025",
        footer="Fact sheet Apulia | p. {n}/2", lang="en",
        title="Investor Fact Sheet: Apulia"),
}
DOCXS = {
    "b49-ihk-mainfranken-magazin-oklahoma-kansas.docx": dict(
        blocks=MAINFRANKEN, title="Zwischen Tulsa und Wichita: Mainfränkische Firmen in der Prärie"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_49.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
