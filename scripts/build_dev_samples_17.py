#!/usr/bin/env python3
"""Build the seventeenth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_17.py [--out DIR]

Companion to the earlier ``build_dev_samples_*.py`` scripts, with the same guarantees: the
texts are embedded below, and the output is deterministic (reportlab runs in invariant mode;
DOCX core properties and zip timestamps are fixed), so running it again gives byte-identical
files. The gold annotations (``NAME.gold.json``) are written by hand and kept beside the
documents; this script does not touch them, nor the TXT and HTML reports of the batch. See the
section "Development batch 17" in ``scripts/SAMPLES.md``. The layout helpers (fonts, fixed
timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``maghreb-egypt-ports-market-briefing.pdf``: two pages, running header, footer
  "Client briefing 3/2024 · page N of 2", a drawn port table whose units are given only in
  the header cells ("Containers (million TEU)", "Total cargo (million t)") and whose year is
  given only in the caption; one port's figures are given only in the table, and a cargo
  column sits beside them.
* ``hwk-muensterland-jahresbericht-2023.pdf``: two pages, running header, footer
  "Jahresbericht 2023 – Seite N", a drawn table of districts (Kreise) and one city with their
  main trades; the city's trades are given only in the table.
* ``california-ports-association-fact-sheet.docx``: a port trade association's fact sheet
  with headings, a caption and a table of ports with units in the header cells.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"
BATCH_TIME = dt.datetime(2024, 10, 1, 9, 0, 0)  # DOCX core properties and zip timestamps

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only. Header cells that would not fit their
# column are broken with a newline.

MAGHREB = [
    ("title", "Market Briefing: Ports and Industrial Zones in Morocco and Egypt"),
    ("subtitle", "Meridian Gate Logistics Advisory · Client briefing 3/2024 · May 2024"),
    ("h", "Why this briefing"),
    ("p", "Several clients are moving assembly and packing work from Asia to North Africa, closer to "
          "their European customers. This briefing compares the main gateways on both sides of the "
          "region, the industries already established around them and the practical traps. Figures "
          "are rounded; container volumes refer to calendar 2023."),
    ("h", "Morocco"),
    ("p", "Tanger Med, some 40 kilometres east of the city of Tangier on the Strait of Gibraltar, "
          "handled about 8.6 million TEU in 2023. That makes it the largest container port in Africa "
          "and the busiest on the Mediterranean; with its newest terminal, capacity stands at roughly "
          "9 million TEU a year. The free zones around Tangier host wiring-harness makers for the "
          "European car industry, garment and textile factories and a growing group of aerospace "
          "suppliers. Further south, a second carmaker assembles compact cars and engines in Kenitra."),
    ("p", "Casablanca is the country's commercial capital. The city is home to Morocco's banks and "
          "insurers and to most of its pharmaceutical manufacturers, and the office district known as "
          "Casablanca Finance City hosts the regional headquarters of many multinationals. Its port "
          "handled about 1.3 million TEU last year, but it is congested and has little room to grow."),
    ("p", "Agadir lives from fishing, fish canning and tourism; its port is Morocco's largest fishing "
          "port. The tomatoes and citrus fruit of the Souss valley behind the city are exported "
          "mainly by reefer ship and by truck. The phosphate and fertiliser industry, Morocco's "
          "largest export earner, ships mostly through Jorf Lasfar and Safi and is outside the scope "
          "of this briefing."),
    ("p", "Ferries run every hour from Tangier to Algeciras and to Tarifa, and Tanger Med and "
          "Algeciras have talked for years about a sister-port agreement; nothing has been signed. "
          "Casablanca has been twinned with Bordeaux since 1988, and Agadir and Nantes are twin cities "
          "as well, which helps French-speaking investors open doors."),
    ("pagebreak",),
    ("h", "Egypt"),
    ("p", "Alexandria remains the workhorse of Egypt’s general-cargo trade. The port handled about 55 million "
          "tonnes and 1.6 million TEU in 2023. Egypt's second city is known for petrochemicals, "
          "cement and textile mills, and the largest steelworks in the country lies on its western "
          "edge. In 2019 the ports of Alexandria and Marseille signed a cooperation agreement on "
          "training and port-community systems; Alexandria has also been a sister city of Baltimore "
          "since 1995."),
    ("p", "At the northern entrance of the Suez Canal, the container terminal of East Port Said moved "
          "about 3.6 million TEU in 2023, almost all of it transhipment, and is designed for around "
          "5 million TEU a year. Port Said itself rests on canal services, ship repair and a "
          "duty-free retail trade that draws shoppers from Cairo. Damietta, further west, is famous "
          "across the Arab world for its furniture workshops."),
    ("p", "The Suez Canal Economic Zone is courting investors in automotive parts, textiles and green "
          "hydrogen. These are the zone's target sectors, not established industries, and land "
          "prices vary widely between its sub-zones."),
    ("caption", "Table 1: Selected gateways, 2023"),
    ("table", [
        ["Port", "Country", "Containers\n(million TEU)", "Total cargo\n(million t)", "Main cargo"],
        ["Tanger Med", "Morocco", "8.6", "122", "transhipment, cars"],
        ["Casablanca", "Morocco", "1.3", "30", "grain, steel, boxes"],
        ["Agadir", "Morocco", "–", "6", "fish, citrus, fuel"],
        ["Alexandria", "Egypt", "1.6", "55", "grain, steel, boxes"],
        ["East Port Said", "Egypt", "3.6", "–", "transhipment"],
        ["Damietta", "Egypt", "1.3", "22", "grain, fertiliser"],
    ], [32, 22, 30, 28, 55]),
    ("h", "Our recommendation"),
    ("p", "For speed to European customers, Tangier is hard to beat, and the weekly service from Tanger "
          "Med to Genoa adds a direct Italian option. Egypt is cheaper on labour and energy and better "
          "placed for the Gulf and East Africa, but customs clearance still takes longer."),
    ("p", "Contact: Karim Settat, Senior Consultant, Meridian Gate Logistics Advisory."),
]


HWK = [
    ("title", "Jahresbericht 2023"),
    ("subtitle", "Handwerkskammer Westmünsterland-Münster · vorgelegt zur Vollversammlung im Juni 2024"),
    ("h", "Vorwort des Präsidenten"),
    ("p", "Das Handwerk im Münsterland hat ein schwieriges Jahr ordentlich gemeistert. Die Zahl der "
          "eingetragenen Betriebe stieg leicht, die Zahl der neuen Ausbildungsverträge erreichte "
          "fast das Niveau von 2019. Sorgen bereiten uns die schwache Baukonjunktur und der "
          "Fachkräftemangel. Gemeinsam mit der Kölner Handwerkskammer haben wir deshalb eine "
          "Kampagne für die Meisterausbildung gestartet. – Hubert Ahlen, Präsident"),
    ("h", "Die Lage an den Standorten"),
    ("p", "In Münster prägen Versicherungen, Banken und die öffentliche Verwaltung die Wirtschaft; im "
          "Handwerk dominieren die Bau- und Ausbaugewerke. Der Stadthafen am Dortmund-Ems-Kanal, "
          "längst auch ein Ausgehviertel, schlug 2023 noch rund 320.000 Tonnen um, vor allem "
          "Baustoffe und Futtermittel."),
    ("p", "Die Rheinenser Wirtschaft hat den Abschied von der Textilindustrie längst verkraftet. "
          "Heute prägen der Maschinen- und Anlagenbau sowie die Lebensmittelindustrie die Stadt an "
          "der Ems. Rheine und Bernburg (Saale) sind seit 1990 Partnerstädte; beide Städte "
          "organisieren seit Jahren einen Austausch von Auszubildenden."),
    ("p", "Greven, Standort des Flughafens Münster/Osnabrück, lebt zunehmend von der Logistik. Dort "
          "haben sich in den vergangenen Jahren auch Betriebe der Kunststoff- und Metallverarbeitung "
          "angesiedelt. Die Partnerschaft mit Montargis ruht seit der Pandemie."),
    ("p", "In Coesfeld ist die Fleischverarbeitung der größte industrielle Arbeitgeber, daneben "
          "hat der Landmaschinenbau Tradition. Die Kreisstadt ist nicht mit dem gleichnamigen Kreis "
          "zu verwechseln, in dem Landwirtschaft und Pferdezucht eine große Rolle spielen."),
    ("p", "Bocholt war einst das Zentrum der westmünsterländischen Weberei. Heute ist die Stadt ein "
          "Standort der Elektrotechnik: Ein Hersteller von Schnurlostelefonen und ein Spezialist für "
          "Gebäudeautomation beschäftigen zusammen mehr als 2.000 Menschen, dazu kommt der "
          "Maschinenbau. Bocholt ist mit Rossendale in England und Aurillac in Frankreich "
          "verschwistert."),
    ("pagebreak",),
    ("p", "In Gronau (Westf.) – nicht zu verwechseln mit Gronau an der Leine – betreibt ein "
          "Konsortium die einzige Urananreicherungsanlage Deutschlands. In Emsdetten stellen mehrere "
          "Betriebe Kunststofffolien her. In Ibbenbüren endete 2018 der Steinkohlenbergbau; die "
          "Stadt sucht seither neue Arbeitgeber. Eine Delegation aus Enschede informierte sich im "
          "Herbst über unsere grenzüberschreitenden Meisterkurse."),
    ("h", "Betriebe und Ausbildung nach Kammerbezirk"),
    ("caption", "Tabelle 1: Eingetragene Betriebe und neue Ausbildungsverträge 2023"),
    ("table", [
        ["Bezirk", "Betriebe", "Ausbildungs-\nverträge", "Schwerpunktgewerke"],
        ["Kreis Borken", "6.850", "1.410", "Metallbau, Tischler"],
        ["Kreis Coesfeld", "3.920", "760", "Bau, Landtechnik"],
        ["Kreis Steinfurt", "7.240", "1.530", "Kfz, Elektro"],
        ["Kreis Warendorf", "4.310", "880", "Bau, Ausbau"],
        ["Stadt Münster", "3.480", "920", "Augenoptik, Zahntechnik"],
    ], [38, 24, 30, 70]),
    ("h", "Logistik und Häfen"),
    ("p", "Für schwere Güter bleiben die Kanäle wichtig. Der Hafen Dortmund, Europas größter "
          "Kanalhafen, ist über den Dortmund-Ems-Kanal direkt mit Münster verbunden und schlug 2023 "
          "rund 2,4 Mio. Tonnen um. Mehrere Betriebe aus dem Kreis Steinfurt nutzen ihn für "
          "Exporte nach Skandinavien."),
    ("h", "Partnerschaften"),
    ("p", "Münster pflegt seit 1957 eine Städtepartnerschaft mit York und seit 1960 mit Orléans. "
          "Seit 1990 ist die Stadt außerdem mit Mühlhausen in Thüringen partnerschaftlich "
          "verbunden. Die Kammer unterstützt diese Partnerschaften mit Praktika für Gesellen."),
    ("h", "Ausblick"),
    ("p", "Für 2024 erwarten wir stagnierende Umsätze im Bau und Zuwächse im Ausbau und in den "
          "Gesundheitshandwerken. Die Vollversammlung hat beschlossen, die Bildungsstätte in Münster "
          "bis 2026 zu erweitern."),
]


CALIFORNIA = [
    ("title", "California Ports Fact Sheet 2024"),
    ("subtitle", "Golden State Ports Alliance · Sacramento · updated September 2024"),
    ("h", "Why our ports matter"),
    ("p", "California's public seaports handle close to 40 percent of the containers that enter the "
          "United States. The state's almonds, wine and dairy products leave through them, and so do "
          "the aircraft parts and medical devices made in its factories. This fact sheet summarises "
          "the main ports, the economies of their home cities and their international ties."),
    ("h", "Southern California: the San Pedro Bay ports"),
    ("p", "The Port of Los Angeles, with its terminals in San Pedro and Wilmington, handled about "
          "8.6 million TEU in 2023 and is the busiest container port in the United States. Its "
          "neighbour, the Port of Long Beach, moved about 8.0 million TEU, enough for second place "
          "nationally. Together the two harbours form the largest port complex in the Western "
          "Hemisphere, with more than 16 million TEU a year."),
    ("p", "Los Angeles is home to the film and television industry and to the country's largest "
          "garment-manufacturing district. Long Beach built its economy on oil and aircraft: the "
          "city still pumps oil from man-made islands offshore, and the site of a former airliner "
          "plant near its airport now houses makers of rockets and satellites. The refineries of "
          "Wilmington and Carson supply most of the region's gasoline."),
    ("h", "Northern California"),
    ("p", "The Port of Oakland handled about 2.1 million TEU last year and is the main gateway for "
          "farm exports from the Central Valley. Oakland itself is known for its food manufacturers, "
          "among them a large bakery and several coffee roasters, and for a growing clean-tech "
          "sector. Across the bay, San Francisco remains the centre of the region's finance and "
          "software industries. In Richmond, a few miles north, an oil refinery dominates the "
          "waterfront, and the Port of Richmond imports cars and bulk liquids."),
    ("p", "The Port of Stockton, 75 miles inland on the San Joaquin River, handled about 4.3 million "
          "metric tons in 2023 and is one of the largest inland ports on the West Coast. Stockton has "
          "become a warehousing and distribution hub; a logistics park developed by the Irvine "
          "Company opened there in 2022, and the city's food processors can tomatoes and shell "
          "walnuts. Upriver, the Port of West Sacramento ships rice to Asia."),
    ("h", "San Diego and the border"),
    ("p", "San Diego is known for biotechnology, defense electronics and shipbuilding: the last "
          "large commercial shipyard on the West Coast builds tankers and navy supply ships on its "
          "bay, and a maker of wireless chips is the city's largest private employer. Across the "
          "border, the factories of Tijuana assemble medical devices and television sets. The Port "
          "of San Diego's two marine terminals handled about 2.9 million metric tons in 2023, mostly "
          "cars, fruit and wind-turbine parts. Port Hueneme, between Los Angeles and Santa Barbara, "
          "ranks among the ten largest US ports for vehicle imports."),
    ("h", "Key figures"),
    ("caption", "Table 1: California seaports, 2023"),
    ("table", [
        ["Port", "Containers (million TEU)", "Total cargo (million metric tons)", "Main cargo"],
        ["Los Angeles", "8.6", "–", "containers"],
        ["Long Beach", "8.0", "–", "containers, crude oil"],
        ["Oakland", "2.1", "–", "containers, farm exports"],
        ["Stockton", "–", "4.3", "fertilizer, cement, rice"],
        ["San Diego", "–", "2.9", "cars, fruit, wind parts"],
    ]),
    ("h", "Sister cities and sister ports"),
    ("p", "Many of our members' cities have long-standing partners across the Pacific. Los Angeles "
          "and Nagoya have been sister cities since 1959, Long Beach has been twinned with Yokkaichi "
          "since 1963, and Oakland's sister-city relationship with Fukuoka dates from 1962. San Diego "
          "and Yokohama, sister cities since 1957, are the oldest such pair on the coast."),
    ("p", "In 2022 the Port of Oakland and the Port of Busan signed a memorandum of understanding on "
          "zero-emission cargo handling. The Port of San Diego and the Port of Ensenada are still "
          "discussing a sister-port relationship; no agreement has been reached. The weekly "
          "service that links Oakland with Busan and Shanghai is a commercial route, not a "
          "partnership."),
    ("h", "About the Alliance"),
    ("p", "The Golden State Ports Alliance represents public ports and port-related businesses. "
          "Media contact: Carla Oxnard, Communications Director."),
]



PDFS = {
    "maghreb-egypt-ports-market-briefing.pdf": dict(
        blocks=MAGHREB, header="Meridian Gate Logistics Advisory · Market Briefing · Morocco and Egypt · "
                               "May 2024",
        footer="Client briefing 3/2024 · page {n} of 2", lang="en",
        title="Market Briefing: Ports and Industrial Zones in Morocco and Egypt"),
    "hwk-muensterland-jahresbericht-2023.pdf": dict(
        blocks=HWK, header="Handwerkskammer Westmünsterland-Münster · Jahresbericht 2023",
        footer="Jahresbericht 2023 – Seite {n}", lang="de",
        title="Handwerkskammer Westmünsterland-Münster – Jahresbericht 2023"),
}
DOCXS = {
    "california-ports-association-fact-sheet.docx": dict(
        blocks=CALIFORNIA, title="California Ports Fact Sheet 2024"),
}


build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_17.py", table=ruled_table)
build_batch_docx = partial(build_docx, when=BATCH_TIME)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_batch_docx, DOCXS))


if __name__ == "__main__":
    main()
