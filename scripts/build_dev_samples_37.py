#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 37 in ``samples/dev/``.

    python scripts/build_dev_samples_37.py [--out DIR]

Same guarantees as ``build_dev_samples_6.py``: the texts are embedded below, and the
output is deterministic (reportlab runs in invariant mode; DOCX core properties and zip
timestamps are fixed), so running it again gives byte-identical files. The gold
annotations (``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
live in ``sample_builders.py``.

Layouts in this batch:

* ``b37-sparkasse-ems-jade-konjunkturumfrage.pdf``: a savings bank's business climate
  survey, two pages, running header, footer "Seite N von 2", a drawn table
  "Stadt | Schwerpunktbranchen | Saldo | Beschäftigte (Tsd.)"; two towns' sectors are
  given only in the table, and one row is a district.
* ``b37-palmetto-ports-board-summary.pdf``: a state ports authority's board meeting summary,
  two pages, running header, footer "Board Summary · May 2025 · page N", a drawn table of
  volumes whose units are in the column headers ("Containers (TEU)", "Breakbulk (t)").
* ``b37-middle-yangtze-battery-supply-note.docx``: a battery supply-chain consultancy's note
  with headings, bullets, a caption and a table "City | Role in the battery chain | Main
  inbound cargo" (sectors of two cities only in the table; the cargo column is cargo).

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

SPARKASSE = [
    ("title", "Konjunkturumfrage Frühjahr 2025"),
    ("subtitle", "Mittelstand an Ems, Jade und Weser · Küstensparkasse Ems-Jade, Volkswirtschaft · "
                 "April 2025"),
    ("h", "Das Wichtigste in Kürze"),
    ("p", "An der Frühjahrsumfrage haben sich 412 Firmenkunden aus Handwerk, Industrie, Handel und "
          "Dienstleistungen beteiligt. Der Geschäftsklimaindex der Küstensparkasse fällt auf 96 "
          "Punkte, nach 101 Punkten im Herbst. Die Auftragsbücher sind nicht leer, aber dünner "
          "geworden; vor allem Zulieferer der Autoindustrie und des Baugewerbes berichten von "
          "Zurückhaltung. Besser gestimmt sind Betriebe, die an der Energiewende verdienen."),
    ("bullets", [
        "Lage: 31 % gut, 52 % befriedigend, 17 % schlecht (Saldo +14).",
        "Erwartungen für die nächsten zwölf Monate: Saldo −6.",
        "Investitionsabsichten: 38 % wollen mehr investieren als 2024.",
        "Größtes Risiko: Fachkräftemangel (64 % der Nennungen), vor den Energiepreisen (41 %).",
    ]),
    ("h", "Die Standorte im Einzelnen"),
    ("p", "In Emden hängt fast jeder fünfte Arbeitsplatz am Automobilwerk, das inzwischen "
          "ausschließlich Elektroautos baut. Daneben prägen die Hafenlogistik und ein Hersteller von "
          "Rotorblättern für Windenergieanlagen die Stadt. Der Seehafen Emden schlug 2024 rund "
          "4,6 Mio. Tonnen um und zählt zu den größten Autoumschlaghäfen Europas; die etwa "
          "1,1 Mio. verschifften Fahrzeuge sind darin nach Gewicht enthalten."),
    ("p", "Leer ist nach Hamburg der zweitgrößte Reedereistandort Deutschlands. Die Stadt ist "
          "außerdem Sitz eines großen Teehandelshauses, das Tee mischt, röstet und verpackt, sowie "
          "mehrerer Betriebe der Lebensmittelverarbeitung. Die Reeder melden stabile Charterraten, "
          "klagen aber über Personalmangel an Bord."),
    ("p", "Wilhelmshaven ist Energie- und Chemiestandort: Raffinerietanklager, ein Chlor- und "
          "PVC-Werk und zwei schwimmende LNG-Terminals liegen am tiefen Fahrwasser der Jade. Am "
          "JadeWeserPort wurden 2024 gut 800.000 TEU umgeschlagen. Die Unternehmen der Stadt sind "
          "die optimistischsten der Umfrage."),
    ("p", "Nordenham lebt von Metallverarbeitung und Luftfahrt: Ein Werk fertigt dort Rumpfschalen "
          "für Verkehrsflugzeuge. Die Zinkhütte an der Weser hat den Betrieb Ende 2024 eingestellt. "
          "Am Hafen Nordenham werden vor allem Kohle, Eisenerz und Futtermittel umgeschlagen."),
    ("pagebreak",),
    ("h", "Branchen und Lage nach Standorten"),
    ("p", "Die folgende Übersicht nennt für jeden Standort die Branchen mit dem größten Gewicht im "
          "befragten Kundenkreis, den Saldo der Lagebeurteilung und die Zahl der "
          "sozialversicherungspflichtig Beschäftigten."),
    ("caption", "Tabelle 1: Standorte, Schwerpunktbranchen und Geschäftslage (Saldo der "
                "Lagebeurteilung in Punkten), Frühjahr 2025"),
    ("table", [
        ["Stadt", "Schwerpunktbranchen", "Saldo", "Beschäftigte (Tsd.)"],
        ["Emden", "Autobau, Hafenlogistik, Windenergie", "+4", "31"],
        ["Leer", "Reedereien, Tee, Lebensmittel", "+18", "17"],
        ["Papenburg", "Schiffbau, Zulieferer", "+9", "16"],
        ["Wilhelmshaven", "Energie, Chemie", "+27", "30"],
        ["Nordenham", "Luftfahrt, Metall", "+2", "9"],
        ["Aurich", "Windanlagenbau, Verwaltung", "+11", "21"],
        ["Norden", "Tourismus, Nahrungsmittel", "+22", "10"],
        ["Landkreis Friesland", "Tourismus, Landwirtschaft", "+15", "28"],
    ], [37, 72, 20, 41]),
    ("p", "In Papenburg bestimmt der Bau von Kreuzfahrtschiffen das Bild; die Zulieferer des "
          "Schiffbaus melden volle Auftragsbücher bis 2028. Ostfriesland insgesamt lebt stark vom "
          "Tourismus und von der Landwirtschaft; diese Branchen tragen die Region, ohne an eine "
          "einzelne Stadt gebunden zu sein."),
    ("h", "Aus der Region"),
    ("p", "Wilhelmshaven und Norfolk im US-Bundesstaat Virginia feiern im Herbst 50 Jahre "
          "Städtepartnerschaft, die 1976 begründet wurde. Emden und das norwegische Haugesund sind "
          "seit 1964 verschwistert; beide Städte planen für 2026 ein gemeinsames Hafenfest. Eine "
          "Fährverbindung von Nordenham nach Bremerhaven verkürzt seit März wieder den Weg über die "
          "Weser. Papenburger Schulen und Betriebe vereinbarten mit niederländischen Partnern einen "
          "Austausch über die Ausbildung für die Offshore-Windenergie."),
    ("p", "Die Häfen von Emden und Wilhelmshaven haben 2023 eine Kooperationsvereinbarung "
          "unterzeichnet, die gemeinsame Vermarktung und Flächenplanung vorsieht. Über die "
          "Ergebnisse berichtete die Emder Zeitung ausführlich."),
    ("p", "Ansprechpartnerin: Dr. Frauke Varel, Chefvolkswirtin der Küstensparkasse Ems-Jade."),
]

PALMETTO = [
    ("title", "Board of Directors – Meeting Summary"),
    ("subtitle", "Palmetto State Ports Authority · Regular meeting of 20 May 2025 · "
                 "prepared by the Office of the Board Secretary"),
    ("h", "1. Volumes and finances"),
    ("p", "Staff reported that the Port of Charleston handled 2.5 million TEU in fiscal year 2024, "
          "up 3 % on the year before, which keeps it the eighth-busiest container port in the "
          "United States. The Hugh K. Leatherman Terminal in North Charleston, whose first phase "
          "opened in 2021, is designed to handle 1.4 million TEU a year once fully built out. "
          "Inland Port Greer moved about 160,000 rail containers."),
    ("p", "Operating revenue rose to 410 million dollars. The board approved the budget for fiscal "
          "2026 without changes."),
    ("caption", "Table 1: Volumes by facility, fiscal years 2024 and 2023"),
    ("table", [
        ["Facility", "Containers (TEU)", "Breakbulk (t)", "FY 2023 (TEU)"],
        ["Port of Charleston", "2,500,000", "740,000", "2,430,000"],
        ["Inland Port Greer", "310,000", "–", "295,000"],
        ["Inland Port Dillon", "62,000", "–", "55,000"],
        ["Georgetown", "–", "95,000", "–"],
    ], [54, 40, 34, 42]),
    ("h", "2. Customers and the Upstate"),
    ("p", "The Upstate remains our largest inland market. Greenville is home to the North American "
          "headquarters of a French tire maker, a gas-turbine plant and a growing group of "
          "advanced-materials firms. Spartanburg, once a textile town, now hosts chemical and "
          "fibre producers and dozens of automotive suppliers. Between the two cities, a German "
          "carmaker's largest plant exports SUVs through Charleston; those vehicles are cargo and "
          "are counted in our ro-ro statistics, not as a sector of any town."),
    ("p", "On the coast, North Charleston builds wide-body jetliners, and Charleston itself has "
          "attracted software and life-sciences companies to its peninsula. The Lowcountry as a "
          "whole also draws on tourism and the military."),
    ("pagebreak",),
    ("h", "3. The Georgia ports"),
    ("p", "Board members reviewed the competitive picture in Georgia. Savannah handled about "
          "5.6 million TEU in 2024 and remains the fourth-largest container port in the country. "
          "Savannah makes business jets and paper, and a Korean carmaker's electric-vehicle plant "
          "west of the city is drawing battery suppliers into the surrounding counties. Brunswick "
          "ranks second among US ports for roll-on/roll-off cargo; the city is also home to a "
          "pulp mill and a chemical plant."),
    ("p", "A delegation from Braunschweig (Brunswick), Germany, visited the Inland Port Greer in "
          "April to study rail operations. The visit was not linked to any partnership."),
    ("h", "4. International relations"),
    ("p", "The Port of Charleston and the Port of Bremerhaven renewed the sister-port agreement "
          "first signed in 2016, which covers data exchange on vehicle logistics. The City of Charleston's "
          "twinning with Spoleto in Italy, in place since 1988, was noted in connection with the "
          "arts festival both cities host. Savannah's sister cities include Batumi in Georgia – the "
          "country on the Black Sea – and Patras in Greece."),
    ("p", "A proposed port agreement with Valencia was deferred to the autumn meeting. A new weekly "
          "service linking Charleston with Antwerp and Rotterdam was presented by a carrier; "
          "it is a shipping route and requires no board action."),
    ("h", "5. Next meeting"),
    ("p", "The board will next meet on 15 July 2025. Commissioner Robert Beaufort will chair the "
          "audit committee until a successor is appointed."),
]

YANGTZE = [
    ("title", "Battery Supply-Chain Note: The Middle Yangtze"),
    ("subtitle", "Cellpath Advisory · Note 07/2025 · for procurement and logistics teams"),
    ("h", "Why the middle reaches matter"),
    ("p", "Most buyers still think of China's battery industry as a coastal story, centred on "
          "Ningde in Fujian and the Yangtze delta around Shanghai. Over the past five years, "
          "however, cathode, electrolyte and cell capacity has moved up the river to Hubei, "
          "Jiangxi and Hunan, where land and power are cheaper and phosphate rock is close at "
          "hand. This note maps the key cities for a buyer of cells and materials."),
    ("h", "City profiles"),
    ("p", "Wuhan is home to one of China's large state-owned carmakers and to the optical-fibre "
          "and laser firms of its Optics Valley. In 2023 a cell maker from the coast opened a "
          "plant for energy-storage batteries in the city's eastern development zone."),
    ("p", "Yichang, at the exit of the Three Gorges, has turned its phosphate chemical industry "
          "into a base for lithium iron phosphate cathode material; three producers run plants "
          "there. The city also generates hydropower on a vast scale. The phosphate rock itself is "
          "mined in the mountains of western Hubei, which are not part of the city."),
    ("p", "Jiujiang, on the Jiangxi bank, is known for petrochemicals and fluorine chemicals, and "
          "two producers of electrolyte solvents have built plants in its riverside chemical park. "
          "Lithium mica from Jiangxi's mines passes through the city's port as cargo."),
    ("p", "Changsha is best known for construction machinery: two of the world's largest makers of "
          "excavators and concrete pumps are based there. Precursor and cathode producers cluster "
          "on the western side of the city, and a large battery recycling plant operates in a "
          "county just outside it."),
    ("caption", "Table 1: Cities of the middle Yangtze battery corridor"),
    ("table", [
        ["City", "Role in the battery chain", "Main inbound cargo"],
        ["Wuhan", "Cell assembly, vehicle assembly", "Graphite anode material"],
        ["Yichang", "LFP cathode material", "Phosphate rock"],
        ["Jiujiang", "Electrolyte solvents", "Lithium mica concentrate"],
        ["Changsha", "Cathode precursors, cathodes", "Nickel sulphate"],
        ["Xiangtan", "Electrolytic manganese", "Manganese ore"],
        ["Zhuzhou", "Battery-powered locomotives", "Copper cathodes"],
    ]),
    ("h", "Ports and river logistics"),
    ("bullets", [
        "Wuhan: about 2.7 million TEU in 2024, the largest container port on the middle reaches "
        "of the Yangtze.",
        "Jiujiang: roughly 800,000 TEU in 2024.",
        "Yueyang (Chenglingji): about 1.2 million TEU in 2024, Hunan's only port on the main river.",
        "Three Gorges ship locks at Yichang: around 170 million tonnes of cargo passed in 2024. "
        "This is lock traffic, not port throughput.",
    ]),
    ("h", "Partnerships worth knowing"),
    ("p", "Wuhan has been twinned with Duisburg since 1982, the first city partnership between "
          "China and West Germany, and with Bordeaux since 1998. In 2018 the port authorities of "
          "Wuhan and Duisburg added a port cooperation memorandum on rail–river connections. "
          "Block trains between the two cities are a separate commercial route. Changsha and "
          "Kagoshima have been sister cities since 1982. Yichang and Jiujiang have proposed a "
          "Yangtze river-port alliance; it has not been formalised."),
    ("h", "Recommendations"),
    ("bullets", [
        "Audit at least one cathode supplier in Yichang and one in Changsha.",
        "Book river-sea feeders from Wuhan early during the low-water season from December to "
        "March.",
        "Check whether suppliers' branches in Shanghai or Shenzhen hold the export licence.",
    ]),
]


PDFS = {
    "b37-sparkasse-ems-jade-konjunkturumfrage.pdf": dict(
        blocks=SPARKASSE, header="Küstensparkasse Ems-Jade · Konjunkturumfrage Frühjahr 2025 · "
                                 "Mittelstand an Ems, Jade und Weser",
        footer="Seite {n} von 2", lang="de", title="Konjunkturumfrage Frühjahr 2025"),
    "b37-palmetto-ports-board-summary.pdf": dict(
        blocks=PALMETTO, header="Palmetto State Ports Authority · Board of Directors · "
                                "Meeting Summary 20 May 2025",
        footer="Board Summary · May 2025 · page {n}", lang="en",
        title="Palmetto State Ports Authority – Board Meeting Summary"),
}
DOCXS = {
    "b37-middle-yangtze-battery-supply-note.docx": dict(
        blocks=YANGTZE, title="Battery Supply-Chain Note: The Middle Yangtze"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_37.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
