#!/usr/bin/env python3
"""Build the fourth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_4.py [--out DIR]

Companion to ``build_samples.py``, ``build_dev_samples_2.py`` and
``build_dev_samples_3.py``, with the same guarantees: the texts are embedded
below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives
byte-identical files. The gold annotations (``NAME.gold.json``) are written by
hand and kept beside the documents; this script does not touch them, nor the
TXT and HTML reports of the batch. See "Development batch 4" in
``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``puget-sound-port-bulletin.pdf``: two pages, running header, footer
  "Page N of 2", a drawn table of container volumes by harbour and year whose
  unit ("thousand TEU") is given only in the caption and whose last row is a
  gateway total that belongs to no single city.
* ``neuss-duesseldorf-haefen-jahresbericht.pdf``: two pages, running header,
  footer "Seite N", a drawn table of throughput by port (2022 and 2023, unit
  "Mio. Tonnen" in the caption) with a subtotal row.
* ``iberia-logistics-property-newsletter.docx``: headings, paragraphs and a
  table "City | Main local industries | Prime rent" that repeats industries from
  the prose and adds one (Illescas) only in the table.
* ``landkreis-stade-wirtschaftsprofil.docx``: headings, paragraphs, bullets and
  a table of municipalities with their main industries; one industry
  (Harsefeld) is given only in the table.

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

PUGET = [
    ("title", "Quarterly Trade Bulletin – First Quarter 2024"),
    ("subtitle", "Seattle–Tacoma gateway · Puget Sound Port Council · published April 2024"),
    ("h", "Volumes"),
    ("p", "The gateway’s two container harbours together handled 745,000 TEU in the first quarter, "
          "9 percent more than a year earlier, as retailers restocked ahead of the summer. For 2023 "
          "as a whole the combined figure was 3.0 million TEU, which keeps the gateway in fourth "
          "place among North American container gateways."),
    ("p", "Taken separately, Tacoma handled 1.6 million TEU in 2023 and Seattle 1.4 million TEU. "
          "Tacoma is also the busiest US port for cargo bound for Alaska: barges and container ships "
          "leave several times a week for Anchorage, carrying roughly three quarters of the "
          "state’s consumer goods. In Seattle, the modernised Terminal 5 has a capacity of "
          "1.3 million TEU a year."),
    ("caption", "Table 1: Annual container volume by harbour, thousand TEU"),
    ("table", [
        ["Harbour", "2022", "2023"],
        ["Seattle", "1,520", "1,400"],
        ["Tacoma", "1,860", "1,600"],
        ["Gateway total", "3,380", "3,000"],
    ], [45, 30, 30]),
    ("h", "Air cargo"),
    ("p", "Seattle-Tacoma International Airport, which lies in the city of SeaTac, handled "
          "430,000 metric tons of air cargo in 2023. Paine Field in Everett carries passengers "
          "only; freight there is limited to the jet parts flown in for the aircraft plant."),
    ("pagebreak",),
    ("h", "Regional economy"),
    ("p", "Trade through the two harbours rests on a broad industrial base. Everett’s largest "
          "employer is the widebody jet plant next to Paine Field, and Renton is where narrowbody "
          "jets are assembled; together they anchor Washington’s aerospace cluster. Redmond is "
          "synonymous with software, while Seattle’s economy now leans on cloud computing, online "
          "retail and biotechnology research. Bremerton’s job market is dominated by the naval "
          "shipyard."),
    ("p", "South of Seattle, the warehouses of Kent and Auburn make up one of the largest "
          "distribution districts on the West Coast, and Kent also hosts a cluster of aerospace "
          "suppliers. Tacoma once lived off its copper smelter; the smelter stack came down in "
          "1993, and smelting is long gone. Today the city’s largest employers are in health care "
          "and port logistics."),
    ("p", "Exports tell a different story: apples, hay and grain from Eastern Washington are the "
          "largest breakbulk and container cargoes by volume. At Pacific Marine Expo in Seattle last "
          "November, exhibitors showed fishing gear, electric outboard motors and vessel software."),
    ("h", "Competition"),
    ("p", "North of the border, the Port of Vancouver in British Columbia remained Canada’s "
          "busiest port and handled 3.5 million TEU in 2023, while Prince Rupert keeps winning "
          "transpacific services. Closer to home, the Port of Vancouver, Washington, across the "
          "Columbia River from Portland, handles mostly grain and imported cars."),
    ("h", "Partners abroad"),
    ("p", "Seattle and Kobe have been sister cities since 1957, Tacoma and Kitakyushu since 1959. "
          "The Port of Tacoma and the Port of Kitakyushu added a sister-port agreement in 1979; "
          "it now focuses on shore power and data exchange. The Port of Everett is discussing a "
          "memorandum with the Port of Mazatlán, but nothing has been signed."),
    ("h", "Contact"),
    ("p", "Olympia Reyes, Senior Trade Economist, Puget Sound Port Council."),
]

NEUSS = [
    ("title", "Jahresbericht 2023 – Kurzfassung"),
    ("subtitle", "Neuss-Düsseldorfer Häfen · Häfen Neuss und Düsseldorf · Juni 2024"),
    ("h", "Das Geschäftsjahr im Überblick"),
    ("p", "Die Häfen in Neuss und Düsseldorf haben 2023 zusammen 11,2 Mio. Tonnen umgeschlagen, "
          "4 Prozent weniger als im Vorjahr. Auf Neuss entfielen davon 6,9 Mio. Tonnen, auf "
          "Düsseldorf 4,3 Mio. Tonnen. Neuss zählt damit weiterhin zu den größten Binnenhäfen "
          "Deutschlands."),
    ("p", "Im Containerverkehr wurden insgesamt 238.000 TEU abgefertigt, der größte Teil davon am "
          "Terminal im Düsseldorfer Hafen. Das neue Containerterminal in Neuss ist auf 200.000 TEU "
          "pro Jahr ausgelegt und geht im Herbst in Betrieb."),
    ("caption", "Tabelle 1: Umschlag nach Hafen, in Mio. Tonnen"),
    ("table", [
        ["Hafen", "2022", "2023"],
        ["Neuss", "7,2", "6,9"],
        ["Düsseldorf", "4,5", "4,3"],
        ["Summe Neuss und Düsseldorf", "11,7", "11,2"],
        ["Rheinhafen Krefeld (Beteiligung)", "3,8", "3,5"],
    ], [70, 25, 25]),
    ("p", "Quelle: eigene Erhebung; wasser- und landseitiger Umschlag, Werte gerundet. Am "
          "Rheinhafen Krefeld sind die Neuss-Düsseldorfer Häfen zur Hälfte beteiligt."),
    ("p", "Umgeschlagen wurden vor allem Agrarprodukte, Futtermittel, Schrott, Baustoffe und "
          "Mineralölprodukte. Der Anteil der Bahn am Hinterlandverkehr stieg auf 31 Prozent."),
    ("pagebreak",),
    ("h", "Wirtschaftsraum"),
    ("p", "Rund um die Hafenbecken in Neuss haben sich Ölmühlen, Getreidemühlen und "
          "Nahrungsmittelhersteller angesiedelt; der Neusser Hafen gilt als einer der größten "
          "Standorte der Ölsaatenverarbeitung in Europa."),
    ("p", "Düsseldorf lebt von Werbung, Mode und Telekommunikation; hinzu kommen zahlreiche "
          "Unternehmensberatungen. Arbeitgeber Nummer eins in Dormagen ist der Chemiepark am "
          "Rhein. Grevenbroich nennt sich selbst „Bundeshauptstadt der Energie“: Die Stadt ist von "
          "Braunkohlekraftwerken und einem großen Aluminiumwalzwerk geprägt. Im Rheinischen Revier "
          "südwestlich der Stadt wird die Braunkohle im Tagebau gefördert."),
    ("p", "Krefeld war über Jahrhunderte die „Samt- und Seidenstadt“; die Seidenweberei ist heute "
          "Geschichte. Die Wirtschaft der Stadt stützt sich inzwischen auf Chemie und Edelstahl."),
    ("h", "Verbindungen und Partnerschaften"),
    ("p", "Barge-Shuttles verbinden Neuss mehrmals pro Woche mit Rotterdam und Antwerpen. Mit dem "
          "Hafen Antwerpen hat der Hafen Neuss 2016 eine Kooperation vereinbart, die gemeinsame "
          "Hinterlandverkehre und digitale Schnittstellen vorsieht."),
    ("p", "Auf städtischer Ebene pflegt Neuss Partnerschaften mit Châlons-en-Champagne (seit "
          "1972) und St. Paul in Minnesota (seit 1999); Düsseldorf ist unter anderem seit 2004 mit "
          "Chongqing verbunden. Die Partnerschaft zwischen Düsseldorf und Moskau ruht seit 2022."),
    ("h", "Ausblick"),
    ("p", "Für 2024 erwartet die Geschäftsführung einen Umschlag auf Vorjahresniveau. „Mit dem "
          "neuen Terminal in Neuss gewinnen wir Kapazität für weiteres Wachstum“, sagt "
          "Geschäftsführer Rainer Kaarst."),
]

IBERIA = [
    ("title", "Iberia Logistics Property Newsletter"),
    ("subtitle", "Spring 2024 · Meridian Industrial Advisors · Research by Lucía Teruel"),
    ("h", "Market overview"),
    ("p", "Take-up of logistics space in Spain reached 2.6 million square metres in 2023, 12 percent "
          "below the record of 2022 but well above the pre-pandemic average. Prime rents rose in "
          "every market we cover, and vacancy stayed below 5 percent around the two big cities."),
    ("h", "Madrid and the A-2 corridor"),
    ("p", "Madrid remains the largest market. Demand comes from retailers and parcel carriers, "
          "but the city’s own economy is dominated by financial and business services. Madrid’s "
          "airport handled 640,000 tonnes of air cargo in 2023 and is Spain’s largest cargo airport."),
    ("p", "Guadalajara, 60 km up the A-2, has become a parcel-hub town: e-commerce fulfilment "
          "centres are now its biggest employers. South of the capital, Getafe builds aircraft, and "
          "Illescas is filling up with large distribution sheds. Coslada hosts a dry port with daily "
          "trains to Valencia, Barcelona and Algeciras."),
    ("h", "Zaragoza"),
    ("p", "Zaragoza specialises in logistics. The PLAZA platform next to the airport is one of the "
          "largest logistics parks in Europe, and the city’s inland container terminal handled about "
          "80,000 TEU in 2023. Zaragoza airport is Spain’s second-largest cargo airport, with some "
          "190,000 tonnes in the same year."),
    ("p", "Beyond logistics, Zaragoza’s industrial base rests on household appliances. The car "
          "plant in Figueruelas, 25 km west of the city, supplies a ring of component makers across "
          "Aragón."),
    ("p", "Zaragoza has been twinned with Pau since 1960, and the two cities are lobbying to reopen "
          "the railway across the Pyrenees. In 2021 the inland terminal signed a cooperation "
          "agreement with the Port of Barcelona; five trains a day now run between the two."),
    ("h", "Catalonia"),
    ("p", "Barcelona’s port handled 3.3 million TEU in 2023, making it Spain’s third-largest "
          "container port after Valencia and Algeciras. Land near the port is scarce, so occupiers "
          "look west to Martorell, whose biggest employer is a carmaker. Barcelona itself is better "
          "known for tourism, design and a fast-growing pharmaceutical cluster than for heavy "
          "industry."),
    ("p", "Tarragona, 100 km down the coast, is Spain’s chemical capital: its petrochemical complex "
          "is the largest in southern Europe. The port of Tarragona handled 33 million tonnes in "
          "2023, more than half of it liquid bulk."),
    ("h", "Submarkets at a glance"),
    ("table", [
        ["City", "Main local industries", "Prime rent (€/m²/month)"],
        ["Madrid", "financial and business services", "6.75"],
        ["Guadalajara", "e-commerce fulfilment", "4.50"],
        ["Illescas", "distribution, food wholesaling", "4.60"],
        ["Zaragoza", "logistics, household appliances", "4.75"],
        ["Martorell", "automotive", "6.00"],
        ["Barcelona", "tourism, design, pharmaceuticals", "8.25"],
        ["Tarragona", "chemicals, petrochemicals", "4.25"],
    ], [35, 75, 45]),
    ("h", "Outlook"),
    ("p", "We expect rents to rise by a further 3 to 4 percent in 2024, with the strongest growth in "
          "Zaragoza and the A-2 corridor. Questions about this newsletter go to Lucía Teruel, Head of "
          "Research."),
]

STADE = [
    ("title", "Wirtschaftsprofil Landkreis Stade 2024"),
    ("subtitle", "Wirtschaftsförderung des Landkreises Stade · Stand: März 2024"),
    ("h", "Der Landkreis auf einen Blick"),
    ("p", "Der Landkreis Stade liegt am Südufer der Unterelbe, zwischen Hamburg und der Nordsee. "
          "Rund 205.000 Menschen leben in seinen Städten und Gemeinden, viele davon pendeln in die "
          "Metropole."),
    ("bullets", [
        "Einwohner: rund 205.000",
        "Sozialversicherungspflichtig Beschäftigte am Arbeitsort: 62.000",
        "Fläche: 1.266 Quadratkilometer",
    ]),
    ("h", "Die Hansestadt Stade"),
    ("p", "Die Wirtschaft der Kreisstadt ruht auf zwei Säulen: der Chemie am Elbufer und dem "
          "Flugzeugbau. Im Luftfahrtwerk entstehen Rumpf- und Leitwerksteile aus "
          "kohlenstofffaserverstärktem Kunststoff, und um das Werk herum hat sich ein Cluster von "
          "Forschungseinrichtungen und Zulieferern für Faserverbundwerkstoffe gebildet."),
    ("p", "Das Kernkraftwerk Stade wurde 2003 abgeschaltet und wird seither zurückgebaut – "
          "Atomstrom ist hier Geschichte."),
    ("h", "Seehafen Stade"),
    ("p", "Der Seehafen Stade-Bützfleth ist der größte Chemiehafen an der Unterelbe. 2023 wurden hier "
          "rund 5,1 Mio. Tonnen umgeschlagen, nach 5,6 Mio. Tonnen im Vorjahr. Die Kaianlagen sind "
          "auf 8 Mio. Tonnen im Jahr ausgelegt. Am neuen LNG-Anleger können jährlich bis zu "
          "13 Mrd. Kubikmeter Erdgas angelandet werden."),
    ("h", "Städte und Gemeinden"),
    ("p", "Buxtehude, die zweitgrößte Stadt im Kreis, ist vor allem ein Standort von Logistik und "
          "Handel. Im Alten Land, dem größten zusammenhängenden Obstanbaugebiet Nordeuropas, dreht "
          "sich fast alles um Äpfel und Kirschen; in Jork selbst leben zahlreiche Betriebe vom "
          "Obstbau, vom Obsthandel und vom Tourismus. Drochtersen am Elbdeich ist von der "
          "Landwirtschaft geprägt, vor allem von der Milchviehhaltung."),
    ("caption", "Tabelle 1: Prägende Branchen ausgewählter Kommunen"),
    ("table", [
        ["Kommune", "Einwohner", "Prägende Branchen"],
        ["Hansestadt Stade", "48.000", "Chemie, Luftfahrt, Faserverbundwerkstoffe"],
        ["Buxtehude", "40.500", "Logistik, Handel"],
        ["Jork", "12.500", "Obstbau, Obsthandel, Tourismus"],
        ["Harsefeld", "13.000", "Lebensmittelverarbeitung"],
        ["Drochtersen", "12.000", "Landwirtschaft"],
    ]),
    ("h", "Verbindungen"),
    ("p", "Die Elbfähre zwischen Wischhafen und Glückstadt verbindet den Landkreis mit "
          "Schleswig-Holstein; gegenüber, auf der anderen Elbseite, liegt der Industriehafen "
          "Brunsbüttel. Finanzierungspartner der Wirtschaftsförderung sind unter anderem die "
          "Kreissparkasse Stade und die Sparkasse Harburg-Buxtehude."),
    ("h", "Partnerschaften"),
    ("p", "Die Hansestadt Stade ist seit 1981 mit dem schwedischen Karlshamn verschwistert; seit 1993 "
          "besteht eine Partnerschaft mit Goldap in Masuren. Buxtehude ist seit 1987 mit Blagnac bei "
          "Toulouse verbunden. Der Landkreis selbst pflegt seit 1990 eine Partnerschaft mit dem "
          "heutigen Landkreis Rostock."),
    ("h", "Ansprechpartner"),
    ("p", "Jens Otterndorf, Wirtschaftsförderung des Landkreises Stade, Am Sande 2."),
]


PDFS = {
    "puget-sound-port-bulletin.pdf": dict(
        blocks=PUGET, header="Puget Sound Port Council · Quarterly Trade Bulletin · Q1 2024",
        footer="Page {n} of 2", lang="en", title="Quarterly Trade Bulletin – First Quarter 2024"),
    "neuss-duesseldorf-haefen-jahresbericht.pdf": dict(
        blocks=NEUSS, header="Neuss-Düsseldorfer Häfen · Jahresbericht 2023",
        footer="Seite {n}", lang="de", title="Jahresbericht 2023 – Neuss-Düsseldorfer Häfen"),
}
DOCXS = {
    "iberia-logistics-property-newsletter.docx": dict(
        blocks=IBERIA, title="Iberia Logistics Property Newsletter – Spring 2024"),
    "landkreis-stade-wirtschaftsprofil.docx": dict(
        blocks=STADE, title="Wirtschaftsprofil Landkreis Stade 2024"),
}


# Drawn tables; each table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_4.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
