#!/usr/bin/env python3
"""Build the twelfth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_12.py [--out DIR]

Companion to ``build_samples.py`` and the other ``build_dev_samples_*.py`` scripts,
with the same guarantees: the texts are embedded below, and the output is
deterministic (reportlab runs in invariant mode; DOCX core properties and zip
timestamps are fixed at 2024-06-03 09:00), so running it again gives byte-identical
files. The gold annotations (``NAME.gold.json``) are written by hand and kept beside
the documents; this script does not touch them, nor the TXT and HTML reports of the
batch. See "Development batch 12" in ``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``strait-express-service-announcement.pdf``: a shipping line's service
  announcement, two pages, running header, footer "Bulletin 14/2024 · page N of 2",
  a drawn port-call table whose last column gives port container volumes with
  the unit ("thousand TEU") only in the column header; one row is a port complex
  outside any city (Tanger Med).
* ``ostbayern-regionalagentur-jahresbericht-2023.pdf``: a regional development
  agency's annual report, two pages, running header, footer "Jahresbericht 2023 ·
  Seite N", a drawn table of locations, lead sectors, employees and port
  throughput ("Umschlag (1.000 t)"); one location's sector and two ports'
  tonnages are given only in the table.
* ``greenquay-baltic-project-newsletter.docx``: an EU-funded project's newsletter
  with headings, paragraphs, a caption and a table of partner ports (the unit
  "million t" only in a column header; one row is a port system of several
  towns).

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian
package ``fonts-dejavu-core``).
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"

# Fixed DOCX timestamp of this batch (core properties and zip entries).
BATCH12_TIME = dt.datetime(2024, 6, 3, 9, 0, 0)

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only.

GIBRALTAR = [
    ("title", "Service Announcement: Strait Express (STX)"),
    ("subtitle", "Meridiana Container Lines · Customer Bulletin 14/2024 · 3 June 2024"),
    ("h", "What changes"),
    ("p", "From the week of 8 July 2024 our fortnightly Alborán feeder is replaced by a weekly loop "
          "across the Strait of Gibraltar. The new Strait Express (STX) runs with two ships of about "
          "1,400 TEU each and links our western Mediterranean hub at Valencia with Málaga, Algeciras, "
          "Ceuta, Tanger Med and Cádiz. A round voyage takes seven days, and bookings for the first "
          "departure are open from today."),
    ("h", "Port rotation"),
    ("caption", "Table 1: STX rotation, terminals, weekly cut-offs and port container volumes"),
    ("table", [
        ["Port of call", "Terminal", "Arrival", "Cut-off", "Volume 2023 (thousand TEU)"],
        ["Valencia", "Príncipe Felipe", "Mon", "Sat 18:00", "4,800"],
        ["Málaga", "Muelle 9", "Tue", "Mon 12:00", "95"],
        ["Algeciras", "Isla Verde Exterior", "Wed", "Tue 10:00", "4,700"],
        ["Ceuta", "Muelle de España", "Wed", "Tue 16:00", "40"],
        ["Tanger Med", "TC2", "Thu", "Wed 08:00", "8,600"],
        ["Cádiz", "Nueva Terminal", "Fri", "Thu 12:00", "120"],
    ], [28, 36, 16, 24, 62]),
    ("p", "Reefer plugs are available at every call except Ceuta, where gensets can be booked "
          "through our local agent. Dangerous goods need approval 72 hours before the cut-off."),
    ("h", "The ports on the loop"),
    ("p", "Algeciras, on the bay facing the Rock, is Spain’s busiest port by total throughput, with "
          "roughly 100 million tonnes handled in 2023. The town makes its living from port "
          "logistics, ship bunkering and cold storage, and across the bay the refinery at San Roque "
          "is one of our largest export shippers. Fast ferries from Tarifa and Algeciras to Tangier "
          "are not part of this service."),
    ("p", "Tanger Med, about 40 kilometres east of Tangier, is the largest container port on the "
          "Mediterranean and moved some 8.6 million TEU last year. Tangier itself has become an "
          "industrial city: carmakers, wiring-harness suppliers and garment factories fill its free "
          "zones and send finished goods to Europe every day."),
    ("pagebreak",),
    ("p", "Ceuta, the Spanish city on the African shore, is a small call for reefer and project "
          "cargo. Its economy rests on public administration, retail trade and fuel bunkering for "
          "passing ships. The container berth at Muelle de España is being rebuilt and is designed "
          "to handle 60,000 TEU a year once finished."),
    ("p", "Málaga has changed from a beach-holiday city into one of Spain’s fastest-growing "
          "technology hubs: software developers and chip designers have settled around its "
          "technology park, although tourism still employs the most people. The port’s reefer "
          "terminal makes it our gateway for avocados and mangoes from the Axarquía."),
    ("p", "Cádiz handled about 4 million tonnes of cargo in 2023. Ship repair is the backbone of "
          "the city’s industry, and in neighbouring Puerto Real an aircraft manufacturer builds "
          "tail sections and wing parts that leave through our terminal. Jerez de la Frontera, half "
          "an hour inland, is known for its sherry bodegas; many of their casks and cases sail with "
          "us to northern Europe."),
    ("h", "Partners along the Strait"),
    ("p", "The STX builds on existing links between the ports we serve. In 2022 the port "
          "authorities of Algeciras and Rotterdam signed a memorandum of understanding on a green "
          "shipping corridor, and our ships will bunker biofuel blends under that scheme. Algeciras "
          "and Ceuta, which face each other across the water, have been twin towns since 1994; the "
          "two cities also run a joint forum for ferry users."),
    ("p", "Málaga is twinned with Passau in Bavaria, a link that dates from 1987, and with Mobile, "
          "Alabama, whose port has asked us about a transatlantic slot. The long-discussed "
          "partnership between the ports of Algeciras and Tangier has still not been signed."),
    ("h", "Contacts"),
    ("p", "Our agency offices in Valencia, Málaga and Tangier take bookings from today. Freight "
          "payments in pounds sterling can be made through Gibraltar Strait Agencies Ltd. Trade "
          "Manager for the Strait services: Javier Ronda."),
]

OSTBAYERN = [
    ("title", "Jahresbericht 2023"),
    ("subtitle", "Regionalagentur Oberpfalz-Niederbayern e. V. · Standortentwicklung und "
                 "Ansiedlung · April 2024"),
    ("h", "Vorwort"),
    ("p", "Das Jahr 2023 war für die Standorte zwischen Fichtelgebirge und Inn ein Jahr der "
          "Umbrüche. Trotz hoher Energiepreise haben wir 41 Ansiedlungs- und "
          "Erweiterungsprojekte begleitet, 14 davon mit Investoren aus dem Ausland. Die "
          "Oberpfälzer Glas- und Porzellanindustrie kämpft weiter mit den Gaspreisen, der "
          "Landkreis Schwandorf mit dem Strukturwandel nach dem Ende des Braunkohleabbaus."),
    ("h", "Die Städte der Region"),
    ("p", "Regensburg bleibt der stärkste Motor: Ein großes Automobilwerk, die Halbleiter- und "
          "Sensorikindustrie und ein wachsender Biotechnologie-Park prägen die Stadt. Der Hafen "
          "Regensburg ist mit 3,2 Mio. Tonnen Umschlag im Jahr 2023 der größte Hafen an der "
          "bayerischen Donau."),
    ("p", "In Amberg stehen die Elektro- und Automatisierungstechnik im Vordergrund; dort fertigt ein "
          "Elektrokonzern Steuerungen für Fabriken in aller Welt. Die Amberger Wirtschaft "
          "profitiert außerdem von einem Hersteller von Fahrzeugsitzen und Innenraumteilen."),
    ("p", "Weiden i.d.OPf. ist traditionell ein Standort der Porzellanherstellung. Heute leben "
          "viele Arbeitsplätze in der Stadt vom Versandhandel und von der Logistik. Schwandorf "
          "setzt auf Chemie und Baustoffe: Ein Hersteller von Spezialoxiden und ein Zementwerk sind "
          "die größten Industriebetriebe der Stadt."),
    ("p", "Straubing hat sich als Zentrum für nachwachsende Rohstoffe etabliert; Hersteller von "
          "Biokunststoffen und Pflanzenextrakten haben sich im Hafengebiet Straubing-Sand "
          "angesiedelt, das 2023 rund 1,1 Mio. Tonnen umschlug. Die Passauer Wirtschaft stützt sich "
          "auf die Antriebstechnik eines großen Getriebeherstellers und auf den Flusstourismus."),
    ("pagebreak",),
    ("h", "Standorte im Überblick"),
    ("caption", "Tabelle 1: Ausgewählte Standorte, Schwerpunktbranchen und Hafenumschlag 2023"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Beschäftigte", "Umschlag (1.000 t)"],
        ["Regensburg", "Automobilbau, Halbleiter, Biotechnologie", "118.000", "3.200"],
        ["Amberg", "Automatisierungstechnik, Fahrzeugsitze", "31.000", "–"],
        ["Weiden i.d.OPf.", "Porzellan, Versandhandel", "29.000", "–"],
        ["Schwandorf", "Chemie, Zement", "17.000", "–"],
        ["Straubing", "Biokunststoffe, Pflanzenextrakte", "33.000", "1.100"],
        ["Deggendorf", "Medizintechnik", "24.000", "390"],
        ["Passau", "Antriebstechnik, Tourismus", "39.000", "210"],
    ], [28, 70, 30, 38]),
    ("p", "Deggendorf wurde neu in die Übersicht aufgenommen, weil sich dort im Berichtsjahr drei "
          "Zulieferer der Medizintechnik angesiedelt haben."),
    ("h", "Grenzüberschreitende Zusammenarbeit"),
    ("p", "Mit dem Nachbarn Tschechien arbeiten wir eng zusammen. Regensburg und Pilsen sind seit "
          "1993 Partnerstädte; die beiden Städte haben 2023 gemeinsam eine Fachkräftebörse "
          "ausgerichtet. Weiden pflegt Städtepartnerschaften mit Issy-les-Moulineaux und mit "
          "Annaberg-Buchholz, Amberg ist seit 1965 mit Périgueux verschwistert. Der Hafen "
          "Straubing-Sand und der Ennshafen bei Enns in Oberösterreich haben 2021 eine "
          "Hafenkooperation vereinbart."),
    ("p", "Nicht zustande gekommen ist die 2022 angeregte Partnerschaft zwischen Schwandorf und "
          "einer Stadt in Westböhmen. Eine Delegation aus Budweis besuchte im Oktober Passau, und "
          "die Bahnverbindung Regensburg–Prag soll ab 2026 wieder stündlich verkehren. Das Projekt "
          "„Wasserstoff ohne Grenzen“ fördert die Zusammenarbeit in der Wasserstoffwirtschaft "
          "zwischen Oberpfalz und Pilsner Region."),
    ("h", "Ausblick"),
    ("p", "Für 2024 rechnen wir mit ähnlich vielen Projekten. Ansprechpartner für Investoren ist "
          "Projektleiter Max Cham; Pressekontakte laufen über unsere Geschäftsstelle, wie die "
          "Mittelbayerische Zeitung im März berichtete, inzwischen auch über Instagram."),
]

BALTIC = [
    ("title", "GreenQuay Baltic – Newsletter No. 3"),
    ("subtitle", "Co-funded by the European Union (Interreg Baltic Sea Region) · May 2024"),
    ("h", "Halfway through the project"),
    ("p", "Eighteen months after the kick-off, the five partner ports of GreenQuay Baltic have "
          "finished their shore-power studies and are moving on to pilot investments. The project "
          "is led by Vilnius Gediminas Technical University and brings together port authorities "
          "and city administrations from Estonia, Latvia and Lithuania. Its themes are cooperation "
          "on shore power, digital port calls and hydrogen bunkering; none of these is yet an "
          "industry in its own right in our region."),
    ("h", "News from the partner ports"),
    ("p", "Klaipėda (the former Memel) remains the largest port in the Baltic states: it handled "
          "36.4 million tonnes in 2023. The city’s free economic zone hosts furniture makers, "
          "plastics processors and a factory for wind-turbine towers, and its shipyards live mainly "
          "from repair work. Klaipėda has been twinned with Karlskrona since 1989."),
    ("p", "The Freeport of Riga handled 20.1 million tonnes last year, much of it grain, "
          "fertiliser and timber. The Latvian capital’s economy leans on financial services, IT "
          "outsourcing and food processing, and a maker of generic medicines based in nearby Olaine "
          "is one of the port’s most regular customers. Riga and Bremen have been sister cities "
          "since 1985."),
    ("p", "In March 2024 the port authorities of Riga and Klaipėda signed a memorandum of "
          "understanding under GreenQuay; both ports will share grid-connection designs and train "
          "their staff together."),
    ("p", "Ventspils has moved away from oil transit. Its terminals were built for about 40 million "
          "tonnes a year, but the port handled only 10.2 million tonnes in 2023. Makers of "
          "electronic components and several metalworking firms have settled in the free port "
          "zone, and the city has applied to join the next round of the project."),
    ("p", "Liepāja’s factories produce steel structures, wood pellets and canned fish. The port "
          "reached a record of roughly 7 million tonnes in 2023. Liepāja and Lübeck have had a port "
          "partnership since 2019, and the ferry between the two cities carried more trailers than "
          "ever."),
    ("p", "The Port of Tallinn runs cargo harbours at Muuga, close to Maardu, and at Paldiski, as "
          "well as the passenger harbour in the city centre; together they handled about 13 million "
          "tonnes in 2023. Tallinn itself is home to a lively software and start-up scene. The "
          "Estonian capital has been twinned with Kiel since 1986, and the Tallinn–Helsinki ferries "
          "remain the busiest passenger route in the region."),
    ("h", "Partner ports at a glance"),
    ("caption", "Table 1: GreenQuay partner ports and their pilot actions"),
    ("table", [
        ["Port", "Country", "Cargo 2023 (million t)", "Pilot action"],
        ["Klaipėda", "Lithuania", "36.4", "Shore power, ferry berth"],
        ["Riga", "Latvia", "20.1", "Digital port call"],
        ["Ventspils", "Latvia", "10.2", "Hydrogen bunkering study"],
        ["Liepāja", "Latvia", "7.0", "Shore power, ro-ro berth"],
        ["Tallinn (all harbours)", "Estonia", "13.0", "Digital port call"],
    ]),
    ("h", "Events"),
    ("p", "In April a group of harbour masters from Gdańsk visited Ventspils and Liepāja to see the "
          "pilot sites. Latvia’s wood industry and the farms of Courland are the main sources of "
          "bulk exports through the western ports; the study on a rail shuttle between Riga and "
          "Klaipėda will be published in the autumn."),
    ("p", "Riga’s request to twin with Aarhus is still with the Danish city council. For questions "
          "about the project, contact communication officer Ilze Talsi at the lead partner."),
]


PDFS = {
    "strait-express-service-announcement.pdf": dict(
        blocks=GIBRALTAR, header="Meridiana Container Lines · Service Announcement · Strait Express "
                                 "(STX) · June 2024",
        footer="Bulletin 14/2024 · page {n} of 2", lang="en",
        title="Service Announcement: Strait Express (STX)"),
    "ostbayern-regionalagentur-jahresbericht-2023.pdf": dict(
        blocks=OSTBAYERN, header="Regionalagentur Oberpfalz-Niederbayern e. V. · Jahresbericht 2023",
        footer="Jahresbericht 2023 · Seite {n}", lang="de",
        title="Regionalagentur Oberpfalz-Niederbayern – Jahresbericht 2023"),
}
DOCXS = {
    "greenquay-baltic-project-newsletter.docx": dict(
        blocks=BALTIC, title="GreenQuay Baltic – Newsletter No. 3", when=BATCH12_TIME),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_12.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
