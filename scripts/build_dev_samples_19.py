#!/usr/bin/env python3
"""Build the nineteenth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_19.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the
texts are embedded below, and the output is deterministic (reportlab runs in invariant mode;
DOCX core properties and zip timestamps are fixed), so running it again gives byte-identical
files. The gold annotations (``NAME.gold.json``) are written by hand and kept beside the
documents; this script does not touch them, nor the TXT and HTML reports of the batch. See
the section "Development batch 19" in ``scripts/SAMPLES.md``. The layout helpers (fonts,
fixed timestamps, PDF and DOCX builders) are shared with the other build scripts and live in
``sample_builders.py``.

Layouts in this batch:

* ``caribbean-canal-express-service-update.pdf``: two pages, running header, footer
  "Customer Service Update 14/2024 · page N of 2", a drawn port table "Port | Country |
  Main terminal | Throughput 2023 (thousand TEU) | Day" whose unit is given only in the
  header; one port's throughput is given only in the table.
* ``aargau-solothurn-handelskammer-bulletin.pdf``: two pages, running header, footer
  "Kammer-Bulletin 11/2024 – Seite N", a drawn table "Standort | Kanton |
  Schwerpunktbranchen | Beschäftigte (2022)" (one row is a region, one town's sectors are
  given only in the table).
* ``pakistan-bangladesh-garment-sourcing-memo.docx``: a garment buyer's internal sourcing
  memo with headings, a caption and a table of supplier cities and their sectors (one
  city's sector is given only in the table).

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
BATCH19_TIME = dt.datetime(2024, 12, 1, 9, 0, 0)

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only. A header cell that would not fit its
# column is broken with a newline.

CARIBBEAN = [
    ("title", "Service Update: Caribbean Canal Express (CCX)"),
    ("subtitle", "Antilla Container Line · Customer Service Update 14/2024 · 3 June 2024"),
    ("h", "What changes"),
    ("p", "From week 27, the Caribbean Canal Express will call at five ports instead of four. The "
          "new rotation is Colón (Manzanillo International Terminal) – Cartagena – Santa Marta – "
          "Kingston – Puerto Cortés – Colón. The Pacific call at Balboa moves to our feeder network, "
          "so cargo for the west coast of South America will be relayed in Colón. Three ships of "
          "2,800 TEU each maintain a weekly departure; the transit time from Puerto Cortés to "
          "Cartagena falls from six to four days."),
    ("p", "Please note that Manzanillo International Terminal is the name of a terminal on the "
          "Atlantic side of Panama. Bookings for Manzanillo in Mexico remain with our Pacific "
          "service."),
    ("h", "Port notes"),
    ("p", "Colón, at the Atlantic entrance of the canal, is the busiest container port complex in "
          "Latin America: its three terminals together handled about 4.9 million TEU in 2023. "
          "Away from the quays, the city lives from the re-export trade of the Colón Free Zone, "
          "whose wholesalers stock electronics, perfume, shoes and clothing for buyers from the "
          "whole region. Panama City, an hour away by rail, is the country's banking and insurance "
          "centre, and most of the ship registries and maritime law firms that serve the canal "
          "have their offices there."),
    ("p", "Cartagena handled some 3.3 million TEU in 2023, more than any other port in Colombia. "
          "Beyond its container terminals, the city runs an oil refinery and a petrochemical "
          "complex in the Mamonal industrial zone, and its naval shipyard builds patrol boats for "
          "several navies. Tourism keeps the walled old town busy all year. This is Cartagena in "
          "Colombia: bookings for Cartagena in Spain are handled by our Mediterranean desk. Santa "
          "Marta, two hours further east, ships bananas and coal from its hinterland; the CCX call "
          "serves the fruit exporters of the Magdalena department."),
    ("pagebreak",),
    ("p", "Kingston Freeport Terminal, on Kingston Harbour, handled about 1.6 million TEU in 2023, "
          "mostly transshipment, and is the largest transshipment hub in the English-speaking "
          "Caribbean. The Jamaican capital is also home to a large business-process-outsourcing "
          "sector, with call centres serving North American clients, and to rum blending and "
          "bottling. Jamaica's bauxite and alumina leave from other ports and do not move on CCX. "
          "Reefer cargo for Montego Bay will be trucked from Kingston."),
    ("p", "Puerto Cortés is the largest port on the Caribbean coast of Central America and handled "
          "about 620,000 TEU in 2023. The town itself has a fish-processing plant and a fuel "
          "terminal, but most boxes come from San Pedro Sula, 60 km inland, where apparel factories "
          "sew T-shirts and sportswear for US brands and a growing number of plants assemble wire "
          "harnesses for cars. Honduran coffee and melons fill the reefers on the way north."),
    ("caption", "Table 1: CCX ports of call from week 27"),
    ("table", [
        ["Port", "Country", "Main terminal", "Throughput 2023\n(thousand TEU)", "Day"],
        ["Colón", "Panama", "Manzanillo Int. Terminal", "4,900", "Mon"],
        ["Cartagena", "Colombia", "Contecar", "3,300", "Wed"],
        ["Santa Marta", "Colombia", "Santa Marta Port", "180", "Thu"],
        ["Kingston", "Jamaica", "Kingston Freeport", "1,600", "Sat"],
        ["Puerto Cortés", "Honduras", "Operadora Portuaria", "620", "Mon"],
    ], [28, 24, 46, 40, 14]),
    ("h", "Partnerships along the loop"),
    ("p", "Several of our ports are linked beyond the rotation. The port authorities of Cartagena "
          "and Kingston signed a memorandum of understanding on training and port community systems "
          "in 2022; the new CCX call gives the two ports a direct weekly link as well. Puerto "
          "Cortés has had a sister-port agreement with Gulfport, Mississippi, since 2014, and its "
          "fruit still moves there on a separate reefer service. The city councils of Colón and "
          "Barranquilla, twinned since 2009, have asked all carriers to report their volumes "
          "jointly. A twinning of Puerto Cortés and Cartagena has been proposed by the Honduran "
          "side, but nothing has been signed."),
    ("h", "Contacts"),
    ("p", "Bookings: our offices in Panama City, Kingston and Miami. Agency for both Colombian "
          "calls: Diego Soledad, Antilla Agencies, Barranquilla."),
]

AARGAU = [
    ("title", "Kammer-Bulletin 11/2024"),
    ("subtitle", "Aargauisch-Solothurnische Handelskammer · Mitgliederinformation · "
                 "15. November 2024"),
    ("h", "Standorte zwischen Jura und Aare"),
    ("p", "Die Region zwischen Aarau und Olten gehört zu den industriell stärksten der Schweiz. "
          "Rund jeder vierte Arbeitsplatz liegt in der Industrie, deutlich mehr als im "
          "Landesdurchschnitt. In dieser Ausgabe stellen wir die wichtigsten Standorte unserer "
          "Mitglieder vor."),
    ("p", "Die Kantonshauptstadt Aarau ist Sitz mehrerer Energieversorger und Versicherungen; "
          "auch ein Hersteller von Messgeräten hat hier seinen Hauptsitz. Im Osten des Kantons "
          "prägen seit über 130 Jahren Elektro- und Energietechnik die Wirtschaft von Baden. Aus "
          "der einstigen Generatorenfabrik sind mehrere Firmen der Kraftwerks- und Netztechnik "
          "hervorgegangen. Gemeint ist das Aargauer Baden an der Limmat, nicht Baden bei Wien "
          "und nicht Baden-Baden; die beiden Kurstädte sind übrigens miteinander verschwistert, mit "
          "dem Schweizer Baden verbindet sie nur der Name."),
    ("p", "Brugg ist ein Standort der Kabelindustrie: Ein Familienunternehmen fertigt dort "
          "Hochspannungskabel und Drahtseile für Bergbahnen. Die Stadt ist ausserdem Sitz der "
          "Fachhochschule, deren Campus im benachbarten Windisch liegt."),
    ("p", "Olten ist der wichtigste Eisenbahnknoten des Landes. Logistikfirmen haben sich entlang "
          "der Bahnlinien angesiedelt, und im Industriewerk der Bahn werden Lokomotiven und "
          "Reisezugwagen instand gehalten. Zofingen lebt von der Pharma- und Chemieindustrie sowie "
          "vom Druckgewerbe; ein grosses Verlagshaus lässt hier seine Zeitschriften drucken."),
    ("p", "Im Kanton Solothurn ist Grenchen die Uhrenstadt schlechthin: Mehrere Uhrwerk- und "
          "Gehäusehersteller beschäftigen zusammen über 3.000 Personen. Die Stadt Solothurn hat "
          "sich zu einem Standort der Medizinaltechnik entwickelt."),
    ("pagebreak",),
    ("caption", "Tabelle 1: Ausgewählte Standorte unserer Mitglieder"),
    ("table", [
        ["Standort", "Kanton", "Schwerpunktbranchen", "Beschäftigte\n(2022)"],
        ["Aarau", "AG", "Energie, Versicherungen", "31.000"],
        ["Baden", "AG", "Elektro- und Energietechnik", "28.000"],
        ["Brugg", "AG", "Kabel, Drahtseile", "10.000"],
        ["Lenzburg", "AG", "Lebensmittelindustrie", "9.500"],
        ["Fricktal", "AG", "Chemie, Pharma", "24.000"],
        ["Zofingen", "AG", "Pharma, Chemie, Druck", "10.500"],
        ["Olten", "SO", "Logistik, Bahntechnik", "22.000"],
        ["Grenchen", "SO", "Uhren", "12.000"],
    ], [30, 18, 75, 30]),
    ("h", "Güterverkehr über den Rhein"),
    ("p", "Für Importe aus Übersee bleiben die Schweizerischen Rheinhäfen das Tor zur Welt. Die "
          "Hafenanlagen in Basel, Birsfelden und Muttenz schlugen 2023 zusammen rund 5,3 Mio. "
          "Tonnen um. Allein das Containerterminal im Basler Hafenbecken Kleinhüningen kam auf "
          "rund 120.000 TEU. Rheinschiffe bringen die Boxen in vier bis fünf Tagen nach "
          "Rotterdam, dem grössten Hafen Europas."),
    ("h", "Partnerschaften"),
    ("p", "Die Häfen von Basel und Rotterdam arbeiten seit 2019 in einer Hafenpartnerschaft "
          "zusammen, die den Austausch von Schiffsdaten und gemeinsame Schulungen umfasst. Aarau "
          "pflegt seit 1986 eine Städtepartnerschaft mit Reutlingen; beide Städte laden jedes Jahr "
          "Lernende zu einem Austausch ein. Auch Brugg und Rottweil sind Partnerstädte. Zofingen "
          "prüft eine Partnerschaft mit einer Stadt im Elsass, ein Beschluss steht noch aus. Eine "
          "Delegation unserer Kammer besuchte im Oktober Mülhausen."),
    ("h", "Veranstaltungen"),
    ("p", "Unser Exportforum findet am 4. Dezember in Lenzburg statt. Anmeldungen nimmt "
          "Dr. Urs Wohlen, Leiter Aussenwirtschaft, entgegen."),
]

SOURCING = [
    ("title", "Sourcing Memo: Pakistan and Bangladesh, AW25"),
    ("subtitle", "Northmoor Apparel Ltd · Sourcing Department · internal · 12 November 2024"),
    ("h", "Purpose"),
    ("p", "This memo summarises our supplier base in Pakistan and Bangladesh ahead of the AW25 "
          "buying round. The two countries now account for 38 percent of our units. Bangladesh is "
          "the world's second-largest garment exporter and Pakistan one of the largest exporters "
          "of cotton textiles, but for our planning it matters more what each city does well."),
    ("h", "Pakistan"),
    ("p", "Faisalabad, often called the Manchester of Pakistan, is the country's textile capital. "
          "Spinning mills, weaving sheds and large home-textile factories making towels and bed "
          "linen line the roads out of town; both of our towel suppliers are based there."),
    ("p", "Lahore is home to denim mills and knitwear factories, and the city's leather-garment "
          "makers supply several European brands. Our denim partner in Lahore has moved all of its "
          "washing to a water-recycling plant, which helps our sustainability reporting."),
    ("p", "Sialkot, close to the Indian border, is known worldwide for its footballs and surgical "
          "instruments; its leather-goods workshops make our motorcycle gloves. One trims supplier "
          "sits in Hyderabad, in Sindh province, not in the Indian city of the same name."),
    ("p", "Karachi is Pakistan's port and finance centre. The city's two ports, Karachi Port and "
          "Port Qasim, together handled about 2.2 million TEU in 2023. Several garment factories "
          "in the city's industrial estates produce jeans and chinos for export."),
    ("h", "Bangladesh"),
    ("p", "Most of Bangladesh's export garment factories are in Dhaka and the towns around it. The "
          "capital is the centre of the ready-made garment industry and hosts the buying houses and "
          "testing laboratories we work with. Gazipur, north of the capital, has the largest "
          "knitwear and sweater factories, while Narayanganj, on the river south-east of Dhaka, is "
          "the traditional hub of hosiery. The leather tanneries that used to pollute the old city "
          "have moved to an industrial estate in Savar."),
    ("p", "Chittagong, officially Chattogram, is Bangladesh's largest port: it handled about "
          "3.0 million TEU in 2023, roughly nine in ten of the country's containers. The city is "
          "also home to steel re-rolling mills, while the ship-recycling yards lie along the coast "
          "at Sitakunda, to the north. Most of our boxes from Chittagong are transshipped in "
          "Colombo or Singapore."),
    ("caption", "Table 1: Active suppliers by city, November 2024"),
    ("table", [
        ["City", "Country", "Sector", "Suppliers", "Lead time (days)"],
        ["Faisalabad", "Pakistan", "Home textiles", "2", "75"],
        ["Lahore", "Pakistan", "Denim, knitwear", "3", "80"],
        ["Sialkot", "Pakistan", "Leather goods, sports goods", "1", "70"],
        ["Multan", "Pakistan", "Cotton spinning", "1", "60"],
        ["Gazipur", "Bangladesh", "Knitwear, sweaters", "4", "90"],
        ["Narayanganj", "Bangladesh", "Hosiery", "2", "85"],
    ]),
    ("h", "City and port links"),
    ("p", "Some of our supplier cities have formal links that open doors for us. Lahore has been "
          "twinned with Istanbul for many years, and Faisalabad has had a sister-city agreement with "
          "Kansas City, Missouri, since 2007. Chittagong and Kunming are sister cities too. In 2021 "
          "the port authorities of Chittagong and Colombo signed a memorandum of understanding on "
          "feeder connectivity."),
    ("p", "A proposed sister-city link between Sialkot and an Italian leather town is still under "
          "discussion. Our director's visit to Dhaka in September, and the new feeder service "
          "between Karachi and Chittagong, are not partnerships of any kind."),
    ("h", "Recommendation"),
    ("p", "Keep knitwear in Gazipur and Narayanganj, move part of the denim volume from Dhaka-area "
          "mills to Lahore, and add a second glove maker in Sialkot. Prepared by Nadia Mardan, "
          "Senior Sourcing Manager."),
]


PDFS = {
    "caribbean-canal-express-service-update.pdf": dict(
        blocks=CARIBBEAN, header="Antilla Container Line · Customer Service Update 14/2024 · "
                                 "Caribbean Canal Express",
        footer="Customer Service Update 14/2024 · page {n} of 2", lang="en",
        title="Service Update: Caribbean Canal Express (CCX)"),
    "aargau-solothurn-handelskammer-bulletin.pdf": dict(
        blocks=AARGAU, header="Aargauisch-Solothurnische Handelskammer · Kammer-Bulletin 11/2024",
        footer="Kammer-Bulletin 11/2024 – Seite {n}", lang="de",
        title="Kammer-Bulletin 11/2024"),
}
DOCXS = {
    "pakistan-bangladesh-garment-sourcing-memo.docx": dict(
        blocks=SOURCING, title="Sourcing Memo: Pakistan and Bangladesh, AW25",
        when=BATCH19_TIME),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_19.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
