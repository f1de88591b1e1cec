#!/usr/bin/env python3
"""Build the thirty-second batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_32.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared
with the other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``b32-st-lawrence-hydrogen-valley-fact-sheet.pdf``: a hydrogen valley
  project's fact sheet, two pages, running header, footer "SLHV Fact Sheet 2024
  – page N of 2", two drawn tables (nodes of the valley with their anchor
  sectors, one row a region and one town's sectors given only in the table;
  port cargo with the unit only in the header, two ports given only there).
* ``b32-donau-frachtboerse-marktbericht.pdf``: a freight exchange platform's
  quarterly market report on the Danube, two pages, running header, footer
  "Seite N von 2", two drawn tables (port throughput with the unit only in the
  header; freight rates per route).
* ``b32-northern-greece-ports-appraisal-summary.docx``: a development bank's
  project appraisal summary with headings, captions and two tables (towns with
  their main sectors, one town's sectors given mainly in the table; components
  and cost).

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

HYDROGEN = [
    ("title", "St. Lawrence Hydrogen Valley – Project Fact Sheet"),
    ("subtitle", "Edition 2024 · prepared by the valley’s coordination office · figures rounded"),
    ("h", "The project in brief"),
    ("p", "The St. Lawrence Hydrogen Valley brings producers and users of low-carbon hydrogen together "
          "along some 250 kilometres of the river between Montréal and Québec City. Fourteen partners – "
          "industrial firms, two port authorities, a university and three municipalities – share a "
          "budget of CAD 320 million until 2029. The target is 150 MW of electrolyser capacity and "
          "the replacement of natural gas in at least five industrial furnaces."),
    ("p", "Why here? The province of Quebec sells some of the cheapest hydroelectric power in North "
          "America, the river offers deep-water berths far inland, and the valley already has the heavy "
          "industry that needs hydrogen. The province as a whole is known for aluminium, pulp and paper "
          "and mining; the valley’s nodes are described below."),
    ("h", "Bécancour: the production hub"),
    ("p", "The industrial park at Bécancour, on the south shore, is the core of the valley. It hosts an "
          "aluminium smelter, a chlor-alkali plant and a maker of hydrogen peroxide, and since 2022 an "
          "electrolyser plant that turns hydropower into about eight tonnes of green hydrogen a day. A "
          "producer of cathode materials for electric-vehicle batteries started production next door "
          "this spring. An e-methanol plant has been proposed for the same site, but no investment "
          "decision has been taken."),
    ("h", "Trois-Rivières: research and paper"),
    ("p", "Across the Laviolette Bridge lies Trois-Rivières. The city grew up around its paper mills, "
          "and two of them still run, making newsprint and packaging board. Its university has tested "
          "fuel cells and hydrogen storage since the 1990s, and the valley’s test laboratory is housed "
          "on its campus. The port of Trois-Rivières handled about 3.4 million tonnes in 2023, mostly "
          "grain, alumina and wood pellets."),
    ("h", "Sorel-Tracy: metallurgy"),
    ("p", "At the mouth of the Richelieu, Sorel-Tracy is a metallurgical town. Its largest plant turns "
          "ilmenite ore into titanium slag, high-purity pig iron and steel powders, and employs about "
          "2,000 people. The valley will supply hydrogen for a pilot furnace there from 2026. The old "
          "shipyards that once made the town famous closed in the 1990s."),
    ("pagebreak",),
    ("h", "Québec City and Lévis: the eastern end"),
    ("p", "The Port of Québec, the deepest port on the St. Lawrence, handled about 27 million tonnes in "
          "2023. Across the river, Lévis is home to Quebec’s largest oil refinery and to the shipyard "
          "that builds the coast guard’s new icebreakers. The refinery plans to blend hydrogen into its "
          "fuel gas from 2027. Montréal, at the western end, is the valley’s largest market: its port "
          "is Canada’s second-largest container port, and the aerospace plants around it are early "
          "users of hydrogen for testing."),
    ("h", "Nodes at a glance"),
    ("caption", "Table 1: Nodes of the valley – anchor sectors and role"),
    ("table", [
        ["Node", "Anchor sectors", "Role in the valley"],
        ["Bécancour", "aluminium, chemicals, battery materials", "production"],
        ["Trois-Rivières", "pulp and paper, research", "testing, training"],
        ["Sorel-Tracy", "titanium and iron metallurgy", "industrial user"],
        ["Lévis", "refining, shipbuilding", "industrial user"],
        ["Varennes", "biofuels, energy research", "industrial user"],
        ["Centre-du-Québec", "agri-food, furniture", "supply region"],
    ], [38, 78, 46]),
    ("caption", "Table 2: Cargo handled at the valley’s ports in 2023"),
    ("table", [
        ["Port", "Cargo (million t)"],
        ["Québec", "27.0"],
        ["Trois-Rivières", "3.4"],
        ["Bécancour", "1.9"],
        ["Sorel-Tracy", "1.2"],
    ], [50, 40]),
    ("h", "International links"),
    ("p", "In May 2023 the port authority of Bécancour and the Port of Rotterdam signed a memorandum "
          "of understanding on cooperation in hydrogen logistics and the export of green ammonia. "
          "Trois-Rivières, twinned with Tours since 1986, brought a French delegation to the test "
          "laboratory in June. Québec City and Bordeaux, sister cities since 1962, exchange experience "
          "with hydrogen buses. A twinning between Bécancour and Salzgitter, two towns that make "
          "metals with hydrogen, has been suggested by the chambers of commerce but not taken up by "
          "either council. Shipments of green ammonia to Hamburg are being studied."),
    ("h", "Contact"),
    ("p", "Coordination office, St. Lawrence Hydrogen Valley. Project coordinator: Dr. Claire Joliette."),
]

DONAU = [
    ("title", "Marktbericht Donau – 2. Quartal 2024"),
    ("subtitle", "Binnenschifffahrt und Lkw zwischen Pressburg und Budapest · DanuLoad Frachtbörse · "
                 "Juli 2024"),
    ("h", "Auf einen Blick"),
    ("p", "Auf unserer Plattform wurden im zweiten Quartal gut 4.100 Ladungsangebote für die Strecke "
          "zwischen Pressburg und Budapest eingestellt, zwölf Prozent mehr als im Vorquartal. Getreide, "
          "Düngemittel, Stahlcoils und Schrott machten zusammen fast drei Viertel der Tonnage aus. Das "
          "Niedrigwasser Ende Juni hat die Frachtraten für Schubverbände kurzfristig um bis zu 30 "
          "Prozent steigen lassen; Anfang Juli haben sie sich wieder normalisiert."),
    ("h", "Häfen und Standorte"),
    ("p", "Der Hafen Bratislava schlug 2023 rund 2,1 Mio. Tonnen um und ist damit der größte Donauhafen "
          "der Slowakei. In Pressburg selbst prägen der Automobilbau und die Petrochemie die "
          "Nachfrage nach Laderaum: Das Autowerk im Norden der Stadt bezieht Teile per Bahn, die "
          "Raffinerie verschifft Heizöl und Bitumen donauabwärts."),
    ("p", "Komárno ist für seine Werft bekannt, die seit über hundert Jahren Flussschiffe, Schubleichter "
          "und inzwischen auch Kabinenschiffe für Flusskreuzfahrten baut. Der Hafen der Stadt kam 2023 "
          "auf rund 0,6 Mio. Tonnen, überwiegend Getreide aus der Südslowakei. Gegenüber, im "
          "ungarischen Komárom, produziert ein Hersteller von Kupferfolie für Batteriezellen; dort haben "
          "sich außerdem Elektronik- und Kunststoffbetriebe angesiedelt."),
    ("p", "Die Raaber Wirtschaft hängt am Fahrzeug- und Maschinenbau. Der Hafen Győr-Gönyű, rund 15 "
          "Kilometer unterhalb der Stadt, ist auf 1,5 Mio. Tonnen im Jahr ausgelegt, wird aber nur zur "
          "Hälfte genutzt."),
    ("p", "In Gran (Esztergom) betreibt ein japanischer Autobauer sein einziges Montagewerk in der EU; "
          "das Werk beschäftigt rund 3.000 Menschen. Am anderen Ende der Brücke liegt Štúrovo, wo eine "
          "Papierfabrik Wellpappenrohpapier herstellt."),
    ("p", "Budapest ist mit dem Freihafen Csepel der größte Binnenhafenstandort Ungarns. Die Hauptstadt "
          "ist zugleich ein Zentrum der Pharmaindustrie; mehrere Hersteller von Generika und Wirkstoffen "
          "verschiffen Anlagenteile über Csepel. Weiter südlich, in Dunaújváros, beschäftigt das "
          "Stahlwerk noch rund 3.500 Menschen, der Hochofen steht allerdings seit 2022 still."),
    ("pagebreak",),
    ("h", "Umschlag der Häfen"),
    ("caption", "Tabelle 1: Umschlag ausgewählter Donauhäfen 2023"),
    ("table", [
        ["Hafen", "Umschlag (Mio. t)", "Veränderung zu 2022"],
        ["Bratislava", "2,1", "−4 %"],
        ["Komárno", "0,6", "+2 %"],
        ["Győr-Gönyű", "0,7", "−9 %"],
        ["Budapest-Csepel", "1,4", "+1 %"],
        ["Dunaújváros", "0,9", "−18 %"],
    ], [50, 45, 50]),
    ("h", "Frachtraten"),
    ("caption", "Tabelle 2: Durchschnittliche Raten auf DanuLoad im 2. Quartal 2024"),
    ("table", [
        ["Relation", "Ladung", "Rate (EUR/t)"],
        ["Komárno – Constanța", "Weizen", "24,50"],
        ["Budapest – Regensburg", "Düngemittel", "19,80"],
        ["Bratislava – Linz", "Stahlcoils", "11,20"],
    ], [60, 45, 40]),
    ("h", "Kooperationen"),
    ("p", "Komárno und Komárom, bis 1920 eine einzige Stadt, sind seit 2000 offiziell Partnerstädte. "
          "Die Häfen Bratislava und Wien haben 2021 eine Kooperationsvereinbarung über gemeinsame "
          "Liegeplätze und den Austausch von Wasserstandsdaten unterzeichnet; mit dem Twin City Liner "
          "zwischen beiden Städten hat das nichts zu tun, der Schnellkatamaran ist eine reine "
          "Ausflugslinie. Raab ist seit 2008 Partnerstadt von Ingolstadt. Esztergom und Štúrovo "
          "verbindet seit 2001 die wiederaufgebaute Maria-Valeria-Brücke; eine förmliche "
          "Städtepartnerschaft haben die beiden Städte bisher nicht geschlossen. Über eine Kooperation "
          "zwischen den Häfen Budapest und Constanța wird verhandelt."),
    ("h", "Ausblick"),
    ("p", "Für das dritte Quartal erwarten wir wegen der Getreideernte mehr Ladungsangebote ab Komárno "
          "und Budapest. Neue Liniendienste zwischen Pressburg und Budapest sind angekündigt."),
    ("p", "Autor: Martin Raab, Marktanalyse DanuLoad."),
]

GREECE = [
    ("title", "Project Appraisal Summary"),
    ("subtitle", "Northern Greece Ports and Logistics Programme (NGPLP) · Southeast Europe Infrastructure "
                 "Bank · Board document SEIB/PA/2024/17 · public version"),
    ("h", "1. Summary"),
    ("p", "The Bank is asked to approve a sovereign-guaranteed loan of EUR 180 million for the first "
          "phase of the Northern Greece Ports and Logistics Programme. The loan co-finances new "
          "quay cranes in Thessaloniki, a rail siding and warehouse zone at Kavala, the deepening of "
          "the commercial basin at Alexandroupoli and a logistics park near Serres. Total project "
          "cost is EUR 415 million. The appraisal team recommends approval."),
    ("h", "2. Regional context"),
    ("p", "Central Macedonia and Eastern Macedonia and Thrace are among the poorer regions of the euro "
          "area. Agriculture still matters: the plains produce cotton, peaches, rice and tobacco, and "
          "the regions export large volumes of fruit and feta. Those are regional figures, however; "
          "the programme targets the four urban centres described below."),
    ("p", "Thessaloniki, the second city of Greece, is the economic centre of the north. Its economy "
          "rests on trade, food and beverage processing and a refinery west of the port, and a "
          "cluster of software and electronics-design firms has grown around its universities since "
          "2015. The port handled about 470,000 TEU and 15 million tonnes in 2023. It is Greece’s "
          "second-largest container port, and the container terminal can currently handle about "
          "700,000 TEU a year."),
    ("p", "Kavala, 160 kilometres further east, is home to the country’s largest fertiliser plant and "
          "to the onshore facilities of Greece’s only producing oil field. The tobacco warehouses that "
          "made the town rich a century ago now house a museum and offices. Its commercial port, "
          "Philippos II, handled about 1.1 million tonnes in 2023, much of it fertiliser and marble."),
    ("p", "Alexandroupoli, near the Turkish border, lives from public administration, the university "
          "hospital and tourism. A floating LNG terminal moored off the city has been supplying gas "
          "to Bulgaria and beyond since 2024. The port handled roughly 0.5 million tonnes in 2023."),
    ("p", "Serres, the only inland centre in the programme, is a market town for the surrounding "
          "plain. Cotton gins and a dairy cooperative are its largest employers; the sugar factory "
          "closed in 2008."),
    ("caption", "Table 1: Programme towns – main sectors and employment"),
    ("table", [
        ["Town", "Main sectors", "Employment (2021)"],
        ["Thessaloniki", "trade, food processing, refining, software", "410,000"],
        ["Kavala", "fertilisers, oil and gas", "26,000"],
        ["Alexandroupoli", "public services, tourism", "24,000"],
        ["Serres", "cotton ginning, dairy", "29,000"],
        ["Drama", "marble, wood processing", "21,000"],
    ]),
    ("p", "Drama, 35 kilometres north of Kavala, is included because its marble quarries are the "
          "largest users of Kavala port."),
    ("h", "3. Components"),
    ("caption", "Table 2: Components and cost"),
    ("table", [
        ["Component", "Location", "Cost (EUR m)"],
        ["Four ship-to-shore cranes, Pier 6", "Thessaloniki", "96"],
        ["Rail siding and warehouses", "Kavala", "58"],
        ["Deepening of the commercial basin to 12 m", "Alexandroupoli", "121"],
        ["Logistics park on the motorway", "Serres", "140"],
    ]),
    ("h", "4. Economic rationale and links"),
    ("p", "The programme ties the northern ports more closely to the Balkan hinterland. Freight trains "
          "already run from Thessaloniki to Belgrade and Skopje, and the planned Sea2Sea rail "
          "corridor would link Alexandroupoli with Burgas and Ruse. The ports of Alexandroupoli and "
          "Burgas signed a memorandum of understanding on port cooperation in 2022; a similar "
          "agreement between Alexandroupoli and Ruse is under negotiation."),
    ("p", "The towns have long-standing international ties that help with technical assistance. "
          "Thessaloniki has been twinned with Cologne since 1988 and is a sister city of Melbourne. "
          "Kavala has been a partner city of Nuremberg since 1999; the two cities run a joint "
          "vocational-training scheme for logistics staff."),
    ("h", "5. Risks"),
    ("p", "The main risks are construction delays at Alexandroupoli, where dredging needs new "
          "environmental permits, and weak demand at the Serres logistics park. Both are rated "
          "medium."),
    ("h", "6. Recommendation"),
    ("p", "The appraisal team recommends that the Board approve the loan. Team leader: Larissa "
          "Papadaki, Senior Transport Specialist."),
]


PDFS = {
    "b32-st-lawrence-hydrogen-valley-fact-sheet.pdf": dict(
        blocks=HYDROGEN, header="St. Lawrence Hydrogen Valley · Project Fact Sheet · Edition 2024",
        footer="SLHV Fact Sheet 2024 – page {n} of 2", lang="en",
        title="St. Lawrence Hydrogen Valley – Project Fact Sheet 2024"),
    "b32-donau-frachtboerse-marktbericht.pdf": dict(
        blocks=DONAU, header="DanuLoad Frachtbörse · Marktbericht Donau · 2. Quartal 2024",
        footer="Seite {n} von 2", lang="de",
        title="Marktbericht Donau – 2. Quartal 2024"),
}
DOCXS = {
    "b32-northern-greece-ports-appraisal-summary.docx": dict(
        blocks=GREECE, title="Project Appraisal Summary – Northern Greece Ports and Logistics Programme"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_32.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
