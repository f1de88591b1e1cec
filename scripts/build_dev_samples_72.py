#!/usr/bin/env python3
"""Build batch 72 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_72.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b72-safi-nouadhibou-port-information-sheet.pdf``: a ship agent's port information sheet,
  two pages, running header, footer "PI-14 · Alizé Ship Agencies · page N of 2", a heading per
  port and a drawn table of port particulars whose cargo unit and year are given only in the
  column header and the caption (berth lengths and draughts are not port metrics; the "Main
  cargoes" column lists cargo, not industries).
* ``b72-mauritania-fish-landings-statistical-note.pdf``: a fisheries statistics office's note on
  landings, two pages, running header, footer "Statistical Note 2025/02 – page N/2", no drawn
  table: landings per port are a bullet list whose unit ("tonnes, live weight") is given only in
  the caption above it; national, fleet-segment and regional totals sit beside them.
* ``b72-hev-vorpommern-hafen-faktenblatt.docx``: a German port development company's fact sheet
  with a heading per port, bullets of key figures (a company total over five ports), a caption
  and a table whose unit ("in Tsd. Tonnen") is given only in the caption.

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

PORT_SHEET = [
    ("title", "Port Information Sheet: Atlantic Ports from Safi to Nouadhibou"),
    ("subtitle", "Alizé Ship Agencies · Sheet PI-14 · Edition January 2025 · for masters, operators "
                 "and charterers"),
    ("h", "Before arrival"),
    ("p", "This sheet sums up what our offices in Agadir and Nouadhibou need before your vessel "
          "calls at one of the five Atlantic ports south of El Jadida that we serve. Send the "
          "pre-arrival notice (ship particulars, crew list, last ten ports of call, cargo manifest "
          "and security declaration) at least 48 hours before arrival. Pilotage is compulsory in "
          "every port. In winter, north-westerly swell can close a harbour entrance for several "
          "days, so keep a margin on bunkers and stores."),
    ("h", "Safi"),
    ("p", "Safi is an industrial port first and a fishing port second. The phosphate-chemical "
          "complex south of the town makes phosphoric acid and fertilisers, and most of the sulphur "
          "and ammonia discharged here goes to its plants: Safi handles more sulphur than any other "
          "port in Morocco. A newer port further south handles coal in bulk and is designed for "
          "about 7.5 million tonnes a year. The old town is the country's "
          "pottery capital. Workshops on the potters' hill fire the glazed dishes and tiles that are "
          "sold in the souks of Marrakesh and in shops as far away as Paris."),
    ("h", "Agadir"),
    ("p", "Agadir is Morocco's busiest fishing port, and its commercial quays ship the citrus and "
          "early vegetables grown on the Souss plain. The city's canneries pack sardines and "
          "mackerel for Europe and West Africa, and tourism fills the hotels along the bay, so "
          "crew changes by air are easy to arrange. The argan oil that crews buy in the souk at "
          "Inezgane is pressed by women's cooperatives in the villages, not in town. Agadir is "
          "twinned with Nantes, and French-speaking surveyors are easy to find."),
    ("h", "Laâyoune"),
    ("p", "Laâyoune (El Aaiún on older charts) has its port on the coast, about 25 km from the "
          "city centre. A conveyor belt more than 100 km long brings phosphate rock from a mine in "
          "the desert to the loading jetty, and that rock makes up most of the tonnage. In "
          "Laâyoune, fishmeal and fish-oil plants process the sardine landed by the coastal fleet, "
          "and their smell tells you which way the wind blows."),
    ("pagebreak",),
    ("h", "Dakhla"),
    ("p", "Dakhla (Villa Cisneros on old Spanish charts) sits at the tip of a narrow peninsula. The "
          "city's freezing plants process octopus for Japan and Spain, and Dakhla's oyster farms in "
          "the bay supply restaurants across the country. A new deep-water port, Dakhla Atlantique, "
          "is being built about 40 km north of the city; it is planned for some 35 million tonnes a "
          "year and is not expected before 2028. Until then, vessels drawing more than 8.5 metres "
          "cannot berth."),
    ("h", "Nouadhibou"),
    ("p", "Nouadhibou, Port-Étienne in colonial times, is Mauritania's economic capital. The fishing "
          "and commercial port lies next to the town, where dozens of fishmeal plants run whenever "
          "the pelagic fleet lands. The mineral port at Point Central, a few kilometres south, "
          "loads the iron ore that trains bring from the mines at Zouérat, about 700 km inland. "
          "Around 13 million tonnes a year leave this way, which makes Nouadhibou the country's "
          "busiest port by tonnage. Containers for the capital mostly go through Nouakchott."),
    ("p", "The ports of Nouadhibou and Las Palmas de Gran Canaria have worked together under a port "
          "cooperation agreement since 2018, covering pilot training and the inspection of fishing "
          "vessels. The weekly reefer service to Las Palmas and Vigo is a shipping line and has "
          "nothing to do with that agreement."),
    ("caption", "Table 1: Port particulars (longest berth and maximum draught in metres; cargo "
                "handled in million tonnes, 2023; Nouadhibou without the mineral port)"),
    ("table", [
        ["Port", "Berth (m)", "Draught (m)", "2023 (million t)", "Main cargoes"],
        ["Safi", "500", "11.0", "6.1", "sulphur, ammonia, coal"],
        ["Agadir", "540", "12.5", "5.3", "citrus, frozen fish, containers"],
        ["Laâyoune", "380", "12.0", "2.4", "phosphate rock, fishmeal, fuel"],
        ["Dakhla", "300", "8.5", "0.9", "frozen fish, fuel, cement"],
        ["Nouadhibou", "420", "9.0", "1.8", "frozen fish, fishmeal, fuel"],
    ], [26, 22, 26, 38, 58]),
    ("h", "General advice"),
    ("p", "Rules differ on either side of the border: Mauritanian ports ask for a separate sanitary "
          "declaration for the crew. Launch and garbage services can be paid in euros in all five "
          "ports. For anything else, call our duty officer, Mr. Youssef Tiznit."),
]

LANDINGS_NOTE = [
    ("title", "Statistical Note 2025/02: Fish Landings in 2024"),
    ("subtitle", "National Observatory of Fisheries Landings · Nouakchott, 17 February 2025 · for the "
                 "technical committee on fisheries management"),
    ("h", "1. Summary"),
    ("p", "Landings in Mauritanian ports and at the beach landing sites reached 891,000 tonnes (live "
          "weight) in 2024, 4 per cent less than in 2023. The fall is due almost entirely to small "
          "pelagic species such as sardinella and horse mackerel, whose total allowable catch was "
          "cut to 1.05 million tonnes for the year. Octopus landings rose for the second year in a "
          "row. Export earnings from fishery products came to about USD 820 million."),
    ("h", "2. Landings by port"),
    ("p", "Nouadhibou remains the country's leading landing port and took almost two-thirds of the "
          "national total; by landed weight it ranks among the five largest fishing ports in "
          "Africa. Landings at Nouakchott rose again, helped by the new jetty for artisanal boats. "
          "The port of Ndiago, opened near the mouth of the Senegal River in 2022, completed its "
          "second full year."),
    ("caption", "Landings by port of landing, 2024 and 2023 (tonnes, live weight)"),
    ("bullets", [
        "Nouadhibou: 574,000 in 2024 (2023: 640,000)",
        "Nouakchott: 271,000 in 2024 (2023: 254,000)",
        "Ndiago: 46,000 in 2024 (2023: 34,000)",
    ]),
    ("p", "By fleet segment, the industrial pelagic fleet landed 402,000 tonnes, the coastal fleet "
          "214,000 tonnes and the artisanal pirogues 275,000 tonnes. The artisanal fleet now counts "
          "about 7,800 registered pirogues."),
    ("h", "3. Processing"),
    ("p", "Nouadhibou's fishmeal and fish-oil plants took about 38 per cent of pelagic landings, "
          "down from 45 per cent in 2023, as the committee's rules on fish fit for human "
          "consumption began to bite. The dry docks at Nouadhibou repair trawlers for the whole "
          "national fleet and for several foreign owners. In Nouakchott, freezing plants handle most "
          "of the artisanal octopus, which is exported to Japan and Spain; the last fishmeal plant "
          "in the capital closed in 2023. A processing park with cold stores is planned at Ndiago, "
          "but no operator has yet been selected."),
    ("pagebreak",),
    ("h", "4. Neighbouring ports to the north"),
    ("p", "For comparison, the ports north of the border published the following landings for 2023, "
          "the latest year available. Laâyoune landed about 780,000 tonnes and Dakhla about 460,000 "
          "tonnes, in both cases mostly small pelagics. Tan-Tan, with about 140,000 tonnes, and "
          "Agadir, with about 210,000 tonnes, land more sardine and demersal fish; Agadir remains "
          "Morocco's leading fishing port by value. Dakhla's octopus freezers compete directly with "
          "ours for buyers in Japan. The regional total for the southern Atlantic coast north of "
          "the border, about 1.4 million tonnes, is not comparable with our national figure, "
          "because it includes catches landed at sea onto carriers."),
    ("h", "5. Cooperation"),
    ("p", "The ports of Nouadhibou and Las Palmas, partners under a cooperation agreement signed in "
          "2018, ran two joint training courses for fishing-vessel inspectors in 2024. A memorandum "
          "with the port of Saint-Louis in Senegal on the inspection of pirogues was discussed in "
          "November but has not been signed. The protocol of the fisheries partnership agreement "
          "with the European Union, a relation between the country and the Union rather than "
          "between ports, was applied for its second year."),
    ("h", "6. Outlook"),
    ("p", "The committee expects landings of 850,000 to 900,000 tonnes in 2025, depending on the "
          "pelagic quota. A new fish market at Nouadhibou should open in June. Figures for 2024 are "
          "provisional and will be revised in the annual bulletin."),
    ("p", "Note prepared by Aminata Rosso, head of the statistics unit. Data: port landing "
          "declarations, market records and observer reports."),
]

FAKTENBLATT = [
    ("title", "Faktenblatt 2025: Die Häfen Vorpommerns"),
    ("subtitle", "Hafenentwicklungsgesellschaft Vorpommern mbH (HEV) · Stand: März 2025"),
    ("h", "Auf einen Blick"),
    ("p", "Die HEV entwickelt und vermarktet fünf Hafenstandorte zwischen dem Strelasund und dem "
          "Stettiner Haff. Sie verkauft und verpachtet Flächen an Unternehmen, plant Liegeplätze und "
          "Gleisanschlüsse und berät Investoren. Den Umschlag selbst besorgen private "
          "Hafenbetriebe."),
    ("bullets", [
        "Umschlag aller fünf Standorte 2024: 5,2 Mio. Tonnen (2023: 4,6 Mio. Tonnen)",
        "Freie Gewerbeflächen mit Kaianschluss: rund 140 Hektar",
        "Beschäftigte in hafennahen Betrieben: rund 4.800",
    ]),
    ("h", "Sassnitz-Mukran"),
    ("p", "Mukran Port in Sassnitz ist nach Umschlag der größte Hafen Vorpommerns und zugleich der "
          "östlichste Tiefwasserhafen Deutschlands. 2024 wurden hier rund 2,9 Mio. Tonnen "
          "umgeschlagen; die Anlagen sind auf 5 Mio. Tonnen im Jahr ausgelegt. Sassnitz ist "
          "Servicebasis für Offshore-Windparks: Zwei Betreiber warten von hier aus ihre Anlagen in "
          "der Ostsee. Die Anlage zur Ummantelung von Pipeline-Rohren steht dagegen seit 2022 still, "
          "und die Heringsverarbeitung in Mukran hat ihren Betrieb im vergangenen Jahr eingestellt."),
    ("p", "Fähren verbinden Sassnitz mit Trelleborg und mit Rønne auf Bornholm. Mit dem Hafen von "
          "Rønne besteht außerdem seit 2021 eine Kooperationsvereinbarung über die Logistik für "
          "Offshore-Windparks. Eine ähnliche Zusammenarbeit mit dem Hafen von Klaipėda wird geprüft."),
    ("h", "Stralsund"),
    ("p", "Stadthafen und Südhafen Stralsund schlugen 2024 zusammen rund 1,1 Mio. Tonnen um, vor "
          "allem Getreide, Düngemittel und Holz. Die Volkswerft ist seit 2022 geschlossen; auf "
          "einem Teil ihres Geländes fertigt heute ein Stahlbauer Sektionen für Schiffe und "
          "Offshore-Bauwerke. Stralsund und das schwedische Malmö sind Partnerstädte."),
    ("h", "Greifswald-Ladebow"),
    ("p", "Der kleine Hafen Ladebow liegt an der Dänischen Wiek und dient vor allem Baustoffen und "
          "Getreide. Auf der Insel Riems vor der Stadt forscht ein Bundesinstitut für Tiergesundheit. "
          "Ein Greifswalder Pharmaunternehmen füllt sterile Arzneimittel ab und sucht Flächen für "
          "ein Lager am Wasser. Greifswald und Osnabrück sind seit 1988 Partnerstädte."),
    ("h", "Wolgast"),
    ("p", "Wolgast ist das Tor zur Insel Usedom. Die Werft an der Peene baut Marineschiffe, vor "
          "allem Patrouillenboote und Teile für Korvetten. Der Hafen schlägt Getreide, Holz und "
          "Stahl um."),
    ("h", "Lubmin"),
    ("p", "Der Industriehafen Lubmin entstand für das Kernkraftwerk, das 1990 abgeschaltet wurde. "
          "2024 wurden hier rund 0,6 Mio. Tonnen umgeschlagen, vor allem Baustoffe und Komponenten "
          "für Offshore-Windparks. Ein Elektrolyseur zur Herstellung von Wasserstoff ist geplant, "
          "eine Investitionsentscheidung steht noch aus."),
    ("h", "Hinterland: Anklam"),
    ("p", "Anklam an der Peene ist kein HEV-Standort, aber ein wichtiger Kunde: In Anklam "
          "verarbeitet die Zuckerfabrik jährlich rund 1,5 Mio. Tonnen Rüben und erzeugt daneben "
          "Bioethanol. Zucker und Futtermittel gehen zum Teil über Wolgast an Kunden in Skandinavien."),
    ("caption", "Tabelle 1: Umschlag der HEV-Standorte 2024 und 2023 (in Tsd. Tonnen), Tiefgang in "
                "Metern"),
    ("table", [
        ["Standort", "2024", "2023", "Max. Tiefgang (m)", "Hauptgüter"],
        ["Sassnitz-Mukran", "2.910", "2.420", "14,5", "Stahlrohre, Holz, Offshore-Komponenten"],
        ["Stralsund", "1.120", "1.060", "7,5", "Getreide, Düngemittel, Holz"],
        ["Greifswald-Ladebow", "180", "205", "4,5", "Baustoffe, Getreide"],
        ["Wolgast", "420", "390", "6,0", "Getreide, Holz, Stahl"],
        ["Lubmin", "610", "540", "6,5", "Baustoffe, Offshore-Komponenten"],
    ], [40, 18, 18, 28, 66]),
    ("h", "Kontakt"),
    ("p", "Geschäftsführerin: Dr. Ulrike Loitz. Ansprechpartner für Ansiedlungen: Jens Grimmen, "
          "Standortmarketing."),
]


PDFS = {
    "b72-safi-nouadhibou-port-information-sheet.pdf": dict(
        blocks=PORT_SHEET, header="Alizé Ship Agencies · Port Information Sheet PI-14 · Safi to "
                                  "Nouadhibou · January 2025",
        footer="PI-14 · Alizé Ship Agencies · page {n} of 2", lang="en",
        title="Port Information Sheet: Atlantic Ports from Safi to Nouadhibou"),
    "b72-mauritania-fish-landings-statistical-note.pdf": dict(
        blocks=LANDINGS_NOTE, header="National Observatory of Fisheries Landings · Statistical Note "
                                     "2025/02 · Landings 2024",
        footer="Statistical Note 2025/02 – page {n}/2", lang="en",
        title="Statistical Note 2025/02: Fish Landings in 2024"),
}
DOCXS = {
    "b72-hev-vorpommern-hafen-faktenblatt.docx": dict(
        blocks=FAKTENBLATT, title="Faktenblatt 2025: Die Häfen Vorpommerns"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_72.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
