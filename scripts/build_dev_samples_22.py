#!/usr/bin/env python3
"""Build the twenty-second batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_22.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX core
properties and zip timestamps are fixed), so running it again gives byte-identical files. The
gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. See the section
"Development batch 22" in ``scripts/SAMPLES.md``. The layout helpers (fonts, fixed timestamps,
PDF and DOCX builders) are shared with the other build scripts and live in
``sample_builders.py``.

Layouts in this batch:

* ``b22-thueringen-branchenprofil-standortagentur.pdf``: two pages, an economic development
  agency's sector profile, running header, footer "Seite N von 2", a drawn table
  "Standort | Schwerpunktbranchen | Beschäftigte" (one row is a district, one city's industry is
  given only in the table).
* ``b22-south-india-consulate-trade-fact-sheet.pdf``: two pages, a consulate's trade fact sheet,
  running header, footer "Trade Fact Sheet 2025/1 · page N", a drawn table
  "City | Lead sectors | Main port | Cargo 2024 (m t)" whose tonnage unit and year are given
  only in the column header (one row is a state, one port figure and one industry are given
  only in the table).
* ``b22-southern-hesse-rhine-ports-study-summary.docx``: a university logistics institute's
  short study summary with headings, bullets, a caption and a table of towns, sectors and the
  Rhine port they use (one row is a district, one industry is given only in the table).

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

THUERINGEN = [
    ("title", "Branchenprofil Thüringen: Optik, Automobilbau und Industrie"),
    ("subtitle", "Thüringer Standortagentur · Investorenservice · Stand: März 2025"),
    ("h", "Überblick"),
    ("p", "Thüringen liegt in der Mitte Deutschlands. Von Erfurt aus erreicht man Berlin, München "
          "und Frankfurt mit dem ICE in rund zwei Stunden, und drei Autobahnen kreuzen sich im "
          "Land. Die Wirtschaft ist mittelständisch geprägt: Landesweit zählen die "
          "Automobilzulieferer, die Kunststofftechnik und die Ernährungswirtschaft die meisten "
          "Beschäftigten. Dieses Profil stellt die fünf Städte vor, nach denen Investoren uns am "
          "häufigsten fragen."),
    ("h", "Jena: Optik und Photonik"),
    ("p", "Kein anderer Standort in Deutschland ist so eng mit der Optik verbunden wie Jena. Die "
          "Jenaer Wirtschaft lebt bis heute von der Optik- und Photonikindustrie, ergänzt um "
          "Spezialglas, Medizintechnik und eine junge Biotech-Szene. Neben Carl Zeiss Jena sind "
          "Schott und Jenoptik die bekanntesten Namen; Zeiss hat 2024 in Jena einen neuen "
          "Hightech-Standort für rund 2.500 Beschäftigte bezogen. Sprecherin des Photonik-Netzwerks "
          "ist Prof. Maria Jena von der TU Ilmenau."),
    ("p", "Jena und Erlangen sind seit 1987 Partnerstädte, eine der ersten deutsch-deutschen "
          "Städtepartnerschaften. Heute arbeiten die beiden Städte vor allem in der Medizintechnik "
          "und in der Gründerförderung zusammen."),
    ("h", "Erfurt: Logistik und Mikroelektronik"),
    ("p", "Die Landeshauptstadt ist die Logistikdrehscheibe Thüringens. Im Güterverkehrszentrum "
          "am Stadtrand haben Paketdienste, Versandhändler und Speditionen ihre Hallen, und vom "
          "Containerterminal fahren täglich Züge nach Hamburg und Bremerhaven. Auch die Mikroelektronik "
          "ist in Erfurt zu Hause: Zwei Halbleiterhersteller fertigen in der Stadt Spezialchips für "
          "Autos und Industrieanlagen. Erfurt ist seit 1988 mit Mainz verschwistert."),
    ("h", "Eisenach: Automobilbau"),
    ("p", "In Eisenach werden seit mehr als 125 Jahren Autos gebaut. Die Produktion des Wartburg "
          "endete 1991; ein Jahr später nahm Opel sein neues Werk in Betrieb, das heute SUV für "
          "ganz Europa fertigt. Rund um das Werk liefern Zulieferer Sitze, Achsen und "
          "Kunststoffteile just in sequence. Die Partnerschaft zwischen Eisenach und dem hessischen "
          "Marburg besteht seit 1988."),
    ("pagebreak",),
    ("h", "Gera: Maschinenbau und Gesundheit"),
    ("p", "In Gera dominieren der Maschinen- und Anlagenbau sowie die Kunststoff- und "
          "Metallverarbeitung. Größter Arbeitgeber der Stadt ist aber das Klinikum: Die "
          "Gesundheitswirtschaft beschäftigt mehr Menschen als jede Industriebranche. Die "
          "Textilindustrie, die Gera einst prägte, ist weitgehend verschwunden. Gera ist unter "
          "anderem mit dem französischen Saint-Denis bei Paris und mit Arnheim in den Niederlanden "
          "verschwistert."),
    ("h", "Suhl: Präzision aus dem Thüringer Wald"),
    ("p", "Suhl steht seit fünf Jahrhunderten für Jagd- und Sportwaffen. Heute kommen "
          "Kunststofftechnik und Fahrzeugelektronik hinzu; mehrere Zulieferer fertigen in der "
          "Stadt Sensoren und Steuergeräte. Eine Städtepartnerschaft zwischen Suhl und dem "
          "tschechischen Písek wird derzeit vorbereitet, unterzeichnet ist sie noch nicht."),
    ("caption", "Tabelle 1: Standorte im Vergleich (Industriebeschäftigte 2024, gerundet)"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Beschäftigte"],
        ["Jena", "Optik, Photonik, Medizintechnik", "14.000"],
        ["Erfurt", "Logistik, Mikroelektronik, Lebensmittelindustrie", "11.500"],
        ["Eisenach", "Automobilbau, Zulieferer", "9.000"],
        ["Gera", "Maschinenbau, Kunststoffverarbeitung", "6.500"],
        ["Suhl", "Jagd- und Sportwaffen, Fahrzeugelektronik", "3.800"],
        ["Ilm-Kreis", "Halbleiter, Solartechnik", "7.200"],
    ], [30, 105, 30]),
    ("h", "Messen und Export"),
    ("p", "Die Thüringer Optikfirmen stellen jedes Jahr gemeinsam auf der Photonics West in San "
          "Francisco und auf der Laser World of Photonics in München aus; Schwerpunktthemen 2025 "
          "sind Laser- und Lichttechnik sowie Quantenoptik. Exportiert wird vor allem in die USA "
          "und nach China. Die Seefracht läuft meist über Hamburg, den größten Seehafen "
          "Deutschlands, der 2024 rund 7,8 Mio. TEU umschlug."),
    ("h", "Ihr Kontakt"),
    ("p", "Thüringer Standortagentur, Investorenservice, Erfurt. Wir vermitteln Flächen, "
          "Förderberatung und Kontakte zu Hochschulen und Netzwerken."),
]

SOUTH_INDIA = [
    ("title", "Trade Fact Sheet: Tamil Nadu and Kerala"),
    ("subtitle", "Consulate General of Denmark in Chennai · Trade Council · Edition 2025/1, "
                 "February 2025"),
    ("h", "At a glance"),
    ("p", "Tamil Nadu is one of India's largest state economies and its most industrialised. "
          "Kerala, next door, relies more on services, remittances and tourism. This sheet "
          "summarises the four cities that Danish companies ask us about most often, with the "
          "ports they use. All figures are rounded."),
    ("h", "Chennai"),
    ("p", "Chennai, formerly Madras, is the capital of Tamil Nadu and the centre of the car "
          "industry in southern India. Car and commercial-vehicle makers and several hundred "
          "component suppliers produce in and around the city, which is why the local press likes "
          "to call it the Detroit of Asia. The city is also home to large IT-services campuses, a "
          "hospital sector that attracts patients from abroad, and two Danish manufacturers of "
          "wind-turbine blades and nacelles. Smartphones for export are assembled in "
          "Sriperumbudur, an industrial town 40 km to the west."),
    ("p", "Chennai Port handled about 54 million tonnes in 2024, including 1.7 million TEU, and "
          "remains the largest container port on India's east coast. Chennai has been a sister "
          "city of Volgograd since 1966 and of Denver since 1984; San Antonio, in Texas, joined "
          "the list in 2008."),
    ("h", "Coimbatore"),
    ("p", "Known as the Manchester of South India, Coimbatore grew up around its cotton mills, "
          "and textiles are still its largest employer. Coimbatore's pump makers supply about half "
          "of India's domestic pumps, while foundries, makers of electric motors and producers of "
          "wet grinders fill the industrial estates around the city."),
    ("p", "During a business visit in November, the idea of twinning Coimbatore with the Danish "
          "textile town of Herning was raised again. Nothing has been agreed."),
    ("pagebreak",),
    ("h", "Kochi"),
    ("p", "Kochi, in Kerala, is not to be confused with the Japanese city of Kōchi. The old "
          "Cochin lives on in the name of Cochin Shipyard, the country's largest shipbuilding "
          "and repair yard. The local economy also rests on seafood processing, the spice trade "
          "and an IT park with some 60,000 jobs. The Vallarpadam transshipment terminal handled "
          "roughly 830,000 TEU in 2024 and is designed for 1 million TEU a year."),
    ("h", "Thoothukudi"),
    ("p", "Thoothukudi, still called Tuticorin in most shipping documents, is the southernmost of "
          "the four. V.O. Chidambaranar Port, the city's port, handled about 41 million tonnes in "
          "2024, mostly coal, containers and fertiliser. The town is known for its salt pans, which "
          "supply much of India's industrial salt, and for its coal-fired power stations. A copper "
          "smelter, once the biggest employer, has been closed since 2018."),
    ("p", "In 2023 the port authority in Thoothukudi signed a memorandum of understanding with the "
          "Port of Esbjerg. The two ports work together on green hydrogen and on the logistics of "
          "offshore wind projects."),
    ("caption", "Table 1: The four cities and their ports"),
    ("table", [
        ["City", "Lead sectors", "Main port", "Cargo 2024 (m t)"],
        ["Chennai", "Automotive, IT services, health care", "Chennai", "54"],
        ["Coimbatore", "Textiles, pumps, jewellery", "Kochi", "–"],
        ["Kochi", "Shipbuilding, seafood, IT", "Kochi", "37"],
        ["Thoothukudi", "Salt, power generation", "V.O. Chidambaranar", "41"],
        ["Kerala (state)", "Tourism, spices, rubber", "–", "–"],
    ], [28, 66, 39, 37]),
    ("h", "Trade with Denmark"),
    ("p", "Danish exports to the region are dominated by wind-turbine components, pumps, enzymes "
          "and shipping services. Denmark and India agreed a Green Strategic Partnership in 2020, "
          "and Tamil Nadu remains the most important state for Danish investors."),
    ("p", "Trade Council, Consulate General of Denmark, Anna Salai, Chennai. Appointments for "
          "company visits can be booked through our trade desk."),
]

HESSEN = [
    ("title", "Rhine Ports and Industrial Demand in Southern Hesse"),
    ("subtitle", "Short study summary · Institute for Inland Logistics, Bergstraße University of "
                 "Applied Sciences · Working Paper 2025-03"),
    ("h", "Why we looked at this"),
    ("p", "Southern Hesse has no large seaport, but it sits on one of Europe's busiest inland "
          "waterways. The study, led by Prof. Dr. Julia Worms, asked which industries in the towns "
          "between Frankfurt and the Bergstraße actually use the Rhine ports, and how much "
          "capacity remains. It draws on 64 interviews with shippers and terminal operators and "
          "on port statistics for 2024."),
    ("h", "The ports"),
    ("p", "Gernsheim, a small town on the Rhine halfway between Mainz and Mannheim, has the only "
          "container terminal in southern Hesse. In 2024 it handled about 95,000 TEU; after the "
          "current extension it is designed for 150,000 TEU a year. Barges run from Gernsheim to "
          "Rotterdam and Antwerp three times a week."),
    ("p", "Many shippers still truck their boxes to Mannheim. The port there, one of the largest "
          "inland ports in Europe, handled roughly 7 million tonnes of cargo in 2024."),
    ("p", "In 2022 the ports of Gernsheim and Mainz signed a cooperation agreement under which "
          "the two terminals share an empty-container depot and a booking platform."),
    ("h", "Demand by town"),
    ("p", "Rüsselsheim is still the largest single source of cargo. Parts for the Opel plant in "
          "the town arrive by barge and rail, and the engineering service providers that develop "
          "vehicles for several carmakers keep Rüsselsheim a car town even as assembly shrinks."),
    ("p", "Darmstadt ships less, but what it ships is valuable: the city's chemical and "
          "pharmaceutical industry accounts for most of its barge containers. Its software houses "
          "and the European satellite control centre, two other pillars of the local economy, hardly "
          "need a port. As the Darmstädter Echo put it, \"the science city exports ideas rather "
          "than boxes\"."),
    ("p", "Groß-Gerau, the district town, has a sugar factory that ships sugar and molasses by "
          "barge during the beet campaign. The district of Groß-Gerau as a whole is shaped by "
          "warehousing for Frankfurt Airport, but that traffic moves by road."),
    ("p", "Bensheim, on the Bergstraße, is home to a large maker of dental equipment and to a "
          "number of IT firms. The Bergstraße itself is known for wine and early fruit. Bensheim "
          "is twinned with Beaune in Burgundy, with Riva del Garda and with Mohács in Hungary. "
          "Its dental exports go by air and by truck, not by barge."),
    ("caption", "Table 1: Towns, sectors and the Rhine port they use (share of their container "
                "volume moved by barge, 2024)"),
    ("table", [
        ["Town", "Main sectors", "Rhine port used", "Barge share"],
        ["Rüsselsheim", "Car manufacturing, vehicle engineering", "Gernsheim", "38 %"],
        ["Darmstadt", "Chemicals, pharmaceuticals, software", "Gernsheim", "27 %"],
        ["Groß-Gerau", "Sugar, packaging", "Gernsheim", "45 %"],
        ["Bensheim", "Dental technology, IT", "Mannheim", "12 %"],
        ["District of Groß-Gerau", "Warehousing, air cargo handling", "–", "4 %"],
    ]),
    ("h", "Findings"),
    ("bullets", [
        "The Gernsheim terminal will reach its new capacity around 2030 if volumes keep growing "
        "at five per cent a year.",
        "Cars and steel coils make up most of the non-container cargo; neither needs new "
        "terminal space.",
        "Low water on the Rhine cost shippers an average of eleven days of barge service in 2024.",
    ]),
    ("p", "The full working paper (48 pages, in German) can be requested from the institute's "
          "secretariat."),
]


PDFS = {
    "b22-thueringen-branchenprofil-standortagentur.pdf": dict(
        blocks=THUERINGEN, header="Thüringer Standortagentur · Branchenprofil Optik, Automobilbau "
                                  "und Industrie · März 2025",
        footer="Seite {n} von 2", lang="de",
        title="Branchenprofil Thüringen: Optik, Automobilbau und Industrie"),
    "b22-south-india-consulate-trade-fact-sheet.pdf": dict(
        blocks=SOUTH_INDIA, header="Consulate General of Denmark in Chennai · Trade Council · "
                                   "Trade Fact Sheet: Tamil Nadu and Kerala",
        footer="Trade Fact Sheet 2025/1 · page {n}", lang="en",
        title="Trade Fact Sheet: Tamil Nadu and Kerala"),
}
DOCXS = {
    "b22-southern-hesse-rhine-ports-study-summary.docx": dict(
        blocks=HESSEN, title="Rhine Ports and Industrial Demand in Southern Hesse"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_22.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
