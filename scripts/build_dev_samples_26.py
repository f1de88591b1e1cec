#!/usr/bin/env python3
"""Build the twenty-sixth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_26.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. See the
section "Development batch 26" in ``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``b26-sumatra-kalimantan-port-guide.pdf``: a shipping agency's port guide,
  two pages, running header, footer "Port Guide 2024 – page N of 2", a drawn
  table "Port | Serves | Draught (m) | TEU 2023 | Main cargo" (one port's
  container figure is given only in the table, the cargo column is cargo).
* ``b26-ahrensburg-partnerstaedte-broschuere.pdf``: a town's "Partnerstädte"
  brochure, two pages, running header, footer "Partnerstädte 2024 · Seite N",
  a drawn table "Partnerstadt | Land | Partnerschaft seit | Einwohner".
* ``b26-ahk-suedvietnam-kambodscha-marktbericht.docx``: a German chamber
  abroad's market report with headings, paragraphs and a table of locations,
  sectors and container throughput (unit and year only in the header; one
  city's sectors and one port's figure only in the table).

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

SUMATRA = [
    ("title", "Port Guide: Sumatra and Kalimantan"),
    ("subtitle", "Agency notes for masters, charterers and cargo interests · Selat Maritime "
                 "Agencies · Edition 2024 (March)"),
    ("h", "How to use this guide"),
    ("p", "Our boarding agents attend vessels at six ports on Sumatra and in Indonesian Borneo. "
          "For each port we describe the approach, the local economy that generates the cargo and "
          "the quirks that cost time. Figures are rounded and refer to 2023 unless stated "
          "otherwise."),
    ("h", "Belawan (for Medan)"),
    ("p", "Belawan is the port of Medan. It lies some 25 km north of the city centre at the mouth "
          "of the Deli river and is a town in its own right, with a fishing harbour and a row of "
          "cold stores and fish-processing plants along the old wharf. The container terminal "
          "handled about 1.1 million TEU in 2023, which makes Belawan the busiest port on Sumatra."),
    ("p", "Medan, Indonesia’s third-largest city and the capital of North Sumatra, is where most "
          "consignees sit. The city is home to palm-oil refineries, rubber-glove factories and "
          "hundreds of furniture workshops, and its printing and packaging firms serve the whole "
          "province. The plantations, however, are not in the city: oil palms, rubber trees and "
          "coffee grow in the surrounding regencies, and crude palm oil, crumb rubber and arabica "
          "are simply what you will load."),
    ("p", "Medan has been a sister city of Ichikawa in Japan since 1989 and is also twinned with "
          "Gwangju and Chengdu. On the port side, the authorities of Belawan and Port Klang signed "
          "a sister-port agreement in 2019. A daily feeder rotation links the two harbours, but "
          "that is a commercial service run by a carrier, not part of the agreement."),
    ("h", "Teluk Bayur (for Padang)"),
    ("p", "Teluk Bayur is Padang’s harbour on the west coast, facing the Indian Ocean. Padang is "
          "known above all for cement: the works at Indarung in the hills behind the city, run by "
          "Semen Padang, send clinker and bagged cement down to the quay. The city also has a "
          "sizeable fish-processing sector. The port handled roughly 13 million tonnes in 2023, "
          "mostly cement, coal and palm oil. Ashore, note that a padang is simply an open "
          "field, and the large padang in front of the old harbour office is used for football on "
          "Sundays, so trucks must not park on it."),
    ("h", "Palembang (Boom Baru)"),
    ("p", "Boom Baru lies about 100 km up the Musi river. Palembang is an oil and fertiliser town: a state "
          "refinery stands on the south bank, and a large producer of urea fertiliser operates just "
          "downstream. Rubber processing and the weaving of songket cloth complete the picture. "
          "Boom Baru handled about 160,000 TEU last year. A deep-sea port at Tanjung Api-Api has "
          "been planned for years, but nothing has been built so far."),
    ("pagebreak",),
    ("h", "Balikpapan"),
    ("p", "Balikpapan is East Kalimantan’s oil city. The refinery on the bay is being expanded, "
          "and the city also lives from oil and gas services. The container terminal at Kariangau is designed to "
          "handle 300,000 TEU a year. Visitors often assume that Balikpapan is the provincial "
          "capital. It is not: that is Samarinda, two hours’ drive to the north."),
    ("h", "Samarinda"),
    ("p", "Samarinda sits on the Mahakam river. The city grew on timber, and several plywood mills "
          "still operate there; its riverside yards build and repair the coal barges that pass the "
          "waterfront day and night. The coal itself is mined in the regency of Kutai Kartanegara, "
          "not in the city. The Palaran container terminal handled about 130,000 TEU in 2023. A "
          "sister-port agreement between Samarinda and Tawau in Sabah has been proposed several "
          "times; nothing has been signed."),
    ("h", "Banjarmasin"),
    ("p", "Banjarmasin is reached through the dredged Barito "
          "channel, which limits ships to about 6 m. The town is a centre of rubber processing "
          "and of wood-based industries such as plywood and sawn timber. Coal from South "
          "Kalimantan is the largest cargo, but most of it is loaded at offshore transhipment "
          "points rather than at the city quays. The container figure for Trisakti terminal is "
          "shown in the table."),
    ("h", "Ports at a glance"),
    ("caption", "Table 1: Selected ports of Sumatra and Kalimantan"),
    ("table", [
        ["Port", "Serves", "Draught (m)", "TEU 2023", "Main cargo"],
        ["Belawan", "Medan", "11.0", "1,100,000", "palm oil, rubber, coffee"],
        ["Teluk Bayur", "Padang", "10.5", "–", "cement, coal, palm oil"],
        ["Boom Baru", "Palembang", "7.0", "160,000", "rubber, coal, fertiliser"],
        ["Kariangau", "Balikpapan", "12.0", "270,000", "general cargo"],
        ["Palaran", "Samarinda", "7.5", "130,000", "containers, coal"],
        ["Trisakti", "Banjarmasin", "6.0", "600,000", "coal, rubber, timber"],
    ], [26, 27, 29, 24, 60]),
    ("h", "Practical notes"),
    ("p", "Crew changes are easiest at Medan, whose airport lies south-east of the city, and at Balikpapan, which has direct "
          "flights to Jakarta and Singapore. Our head office is in Surabaya, with branch desks in "
          "Medan, Palembang and Balikpapan; these are our own offices, not partner ports."),
    ("p", "Compiled by Rina Siregar, port captain, Selat Maritime Agencies."),
]

AHRENSBURG = [
    ("title", "Unsere Partnerstädte"),
    ("subtitle", "Eine Broschüre der Stadt Ahrensburg (Kreis Stormarn) für Bürgerinnen, Bürger "
                 "und Vereine · Juni 2024"),
    ("h", "Grußwort"),
    ("p", "Liebe Ahrensburgerinnen und Ahrensburger, seit fast vier Jahrzehnten ist unsere Stadt "
          "mit Orten in ganz Europa verbunden. Was mit Schüleraustausch und Chorreisen begann, ist "
          "heute ein Netz aus Vereinen, Betrieben und Verwaltungen. Diese Broschüre stellt unsere "
          "vier Partnerstädte vor und verrät auch, wovon man dort lebt. Ihr Eckart Lübeck, "
          "Bürgermeister"),
    ("h", "Ahrensburg – Stadt am Rand der Metropole"),
    ("p", "Ahrensburg grenzt direkt an Hamburg und ist die größte Stadt im Kreis Stormarn; "
          "Kreisstadt ist allerdings Bad Oldesloe. Im Gewerbegebiet Beimoor haben sich Betriebe der "
          "Medizintechnik, der Lebensmittelindustrie und der Logistik angesiedelt, und ein "
          "Hersteller von Druckfarben sowie ein Süßwarenproduzent gehören zu den größten "
          "Arbeitgebern. Die Nähe zum Hamburger Hafen, Deutschlands größtem Seehafen, der 2023 "
          "rund 7,7 Mio. TEU umschlug, macht die Stadt für Lager- und Verteilzentren attraktiv."),
    ("p", "Auch unsere Nachbarn pflegen Partnerschaften: Bad Oldesloe ist mit dem polnischen "
          "Kołobrzeg und dem französischen Olivet verbunden. Reinbek, das an den Hamburger Bezirk "
          "Bergedorf grenzt, ist Sitz eines großen Pharmaherstellers und zahlreicher Verlage."),
    ("h", "Esplugues de Llobregat (Spanien)"),
    ("p", "Die Stadt wenige Kilometer westlich von Barcelona war 1986 unsere erste Partnerin. "
          "Esplugues war lange für seine Keramik- und Fliesenmanufakturen bekannt, doch die letzte "
          "große Fabrik hat vor über zwanzig Jahren geschlossen. Heute prägen Kliniken, "
          "Unternehmensdienstleister und die Zentrale eines Fernsehsenders das Bild."),
    ("h", "Feldkirch (Österreich)"),
    ("p", "Seit 1989 sind wir mit der Vorarlberger Stadt an der Grenze zu Liechtenstein "
          "verschwistert. Die Feldkircher Elektronik- und Textilindustrie beliefert Kunden in ganz "
          "Europa, dazu kommen Betriebe der Metallverarbeitung. Die berühmte Vorarlberger "
          "Stickerei ist dagegen eher im Rheintal zu Hause als in der Stadt "
          "selbst. 2019 feierten beide Städte das dreißigjährige Bestehen ihrer Partnerschaft mit "
          "einem Bürgerfest."),
    ("pagebreak",),
    ("h", "Ludwigslust (Mecklenburg-Vorpommern)"),
    ("p", "Gleich nach der Grenzöffnung entstanden die ersten Kontakte in die frühere "
          "Residenzstadt; im Oktober 1990 wurde die Städtepartnerschaft mit Ludwigslust "
          "unterzeichnet. Die Stadt lebt vom Tourismus rund um Schloss und Park, und die "
          "Ludwigsluster Lebensmittelverarbeitung hat sich einen Namen gemacht: Ein Werk für "
          "Kartoffelprodukte am Stadtrand beschäftigt mehrere hundert Menschen."),
    ("h", "Viljandi (Estland)"),
    ("p", "Die Kleinstadt im Süden Estlands ist seit 1993 unsere Partnerstadt. Sie ist ein "
          "Zentrum der Holz- und Möbelindustrie, und ein Zulieferer fertigt dort Baugruppen für "
          "die Elektronikindustrie. Bekannt ist Viljandi vor allem für sein Folk-Festival im Juli, "
          "zu dem jedes Jahr eine Ahrensburger Gruppe reist."),
    ("h", "Auf einen Blick"),
    ("caption", "Tabelle 1: Die Partnerstädte Ahrensburgs"),
    ("table", [
        ["Partnerstadt", "Land", "Partnerschaft seit", "Einwohner"],
        ["Esplugues de Llobregat", "Spanien", "1986", "46.000"],
        ["Feldkirch", "Österreich", "1989", "35.000"],
        ["Ludwigslust", "Deutschland", "1990", "12.000"],
        ["Viljandi", "Estland", "1993", "17.000"],
    ], [50, 32, 40, 28]),
    ("h", "Was (noch) nicht dazugehört"),
    ("p", "Immer wieder werden wir nach weiteren Verbindungen gefragt. Mit dem litauischen "
          "Šiauliai laufen seit 2023 Gespräche über eine Partnerschaft; einen Beschluss der "
          "Stadtverordnetenversammlung gibt es noch nicht. Die Freundschaft mit Haderslev in "
          "Dänemark, die in den 1970er Jahren begann, ist eingeschlafen und wurde 2005 offiziell "
          "beendet. Die regelmäßigen Busreisen nach Feldkirch organisiert ein privates "
          "Reiseunternehmen, und die Zusammenarbeit der Stormarner Wirtschaftsförderung mit "
          "Vorarlberger Betrieben beim Thema Wasserstoff ist ein Projekt des Kreises, keine "
          "Städtepartnerschaft."),
    ("h", "Mitmachen"),
    ("p", "Der Partnerschaftsverein freut sich über neue Mitglieder und über Gastfamilien für "
          "den Jugendaustausch. Informationen gibt es im Rathaus, Zimmer 114, oder beim "
          "Bürgerbüro."),
]

AHK = [
    ("title", "Marktbericht Südvietnam und Kambodscha 2024"),
    ("subtitle", "AHK-Marktinformation · Deutsch-Südostasiatische Handelskammer, Büro "
                 "Ho-Chi-Minh-Stadt · Mai 2024"),
    ("h", "Überblick"),
    ("p", "Der Süden Vietnams und das benachbarte Kambodscha wachsen seit Jahren schneller als der "
          "Rest der Region. Für deutsche Zulieferer, Maschinenbauer und Logistiker ergeben sich "
          "daraus Chancen, aber auch neue Konkurrenz aus China, Korea und Japan. Dieser Bericht "
          "fasst die wichtigsten Standorte zusammen; alle Zahlen sind gerundet."),
    ("h", "Ho-Chi-Minh-Stadt"),
    ("p", "Die Wirtschaftsmetropole, die im Alltag noch immer oft Saigon genannt wird, erwirtschaftet "
          "rund ein Fünftel des vietnamesischen Bruttoinlandsprodukts. Die Stadt ist Standort der "
          "Elektronik- und Softwareindustrie, der Lebensmittelverarbeitung und einer großen "
          "Textil- und Bekleidungsbranche; im Hightech-Park im Osten der Stadt testet und verpackt "
          "ein US-Konzern Halbleiter für den Weltmarkt."),
    ("p", "Der Containerterminal Cát Lái, betrieben von der Saigon Newport Corporation, schlug 2023 "
          "rund 5 Mio. TEU um. Ho-Chi-Minh-Stadt ist damit der größte Containerhafen Vietnams. Seit "
          "1995 ist die Stadt mit Busan verschwistert, und 2019 haben Ho-Chi-Minh-Stadt und Phnom "
          "Penh eine Städtepartnerschaft unterzeichnet. Die Zusammenarbeit mit Busan konzentriert "
          "sich auf Abfallwirtschaft und Hafenlogistik."),
    ("h", "Vũng Tàu und Cái Mép–Thị Vải"),
    ("p", "Vũng Tàu, zwei Autostunden südöstlich, ist das Zentrum der vietnamesischen Offshore-Öl- "
          "und -Gasförderung. Bohrgesellschaften, Versorgungsbasen und Werften für "
          "Förderplattformen prägen die Stadt; daneben lebt sie vom Wochenendtourismus aus der "
          "Metropole."),
    ("p", "Der Tiefwasserhafen Cái Mép–Thị Vải liegt nicht in Vũng Tàu selbst, sondern in der Stadt "
          "Phú Mỹ am Thị-Vải-Fluss. Er ist für die größten Containerschiffe ausgelegt und schlug "
          "2023 rund 5,6 Mio. TEU um. Die Provinz Bà Rịa–Vũng Tàu wirbt außerdem mit Petrochemie "
          "und Stahlerzeugung; diese Betriebe liegen jedoch verstreut in Industrieparks der "
          "Provinz."),
    ("h", "Cần Thơ und das Mekong-Delta"),
    ("p", "Cần Thơ ist das wirtschaftliche Zentrum des Mekong-Deltas. In der Stadt sitzen zahlreiche "
          "Reismühlen und Pangasius-Verarbeiter, dazu Futtermittel- und Düngemittelhersteller. Der "
          "Reisanbau selbst findet in den Provinzen ringsum statt. Eine Städtepartnerschaft "
          "zwischen Cần Thơ und Magdeburg ist seit 2022 im Gespräch, aber noch nicht unterzeichnet. "
          "Im März besuchte zudem eine Unternehmerdelegation aus Bremen die Stadt."),
    ("h", "Kambodscha: Phnom Penh und Sihanoukville"),
    ("p", "In Phnom Penh konzentriert sich die Bekleidungs- und Schuhindustrie des Landes. Hinzu "
          "kommen zwei große Brauereien und eine wachsende Zahl von Betrieben, die Fahrräder für den "
          "Export montieren. Der Flusshafen der Hauptstadt schlug 2023 knapp 900.000 TEU um."),
    ("p", "Sihanoukville am Golf von Thailand ist der größte Seehafen Kambodschas; dort wurden 2023 "
          "rund 800.000 TEU umgeschlagen. In der Sonderwirtschaftszone am Stadtrand fertigen vor "
          "allem chinesische Investoren Reifen, Reisegepäck und Textilien. Die Hafenbehörden von "
          "Sihanoukville und Kitakyushu haben 2018 ein Kooperationsabkommen geschlossen. Die "
          "wöchentlichen Direktdienste nach Singapur und Shanghai sind dagegen Linienverkehre von "
          "Reedereien."),
    ("h", "Standorte im Überblick"),
    ("table", [
        ["Standort", "Land", "Schwerpunktbranchen", "Containerumschlag 2023 (Mio. TEU)"],
        ["Ho-Chi-Minh-Stadt", "Vietnam", "Elektronik, Software, Lebensmittel, Textil", "5,0"],
        ["Phú Mỹ", "Vietnam", "Hafenlogistik", "5,6"],
        ["Vũng Tàu", "Vietnam", "Offshore-Öl und -Gas, Tourismus", "–"],
        ["Biên Hòa", "Vietnam", "Möbel, Holzverarbeitung, Elektromotoren", "–"],
        ["Cần Thơ", "Vietnam", "Reis- und Fischverarbeitung", "0,2"],
        ["Phnom Penh", "Kambodscha", "Bekleidung, Schuhe, Brauereien", "0,9"],
        ["Sihanoukville", "Kambodscha", "Reifen, Reisegepäck, Textil", "0,8"],
    ]),
    ("h", "Veranstaltungen"),
    ("p", "Auf der Fachmesse für Kunststoff- und Verpackungstechnik in Ho-Chi-Minh-Stadt im "
          "Oktober organisiert die Kammer einen deutschen Gemeinschaftsstand. Interessierte "
          "Unternehmen melden sich bis Ende Juli bei unserer Projektleiterin Frau Mai Linh Tran."),
]


PDFS = {
    "b26-sumatra-kalimantan-port-guide.pdf": dict(
        blocks=SUMATRA, header="Selat Maritime Agencies · Port Guide: Sumatra and Kalimantan · "
                               "Edition 2024",
        footer="Port Guide 2024 – page {n} of 2", lang="en",
        title="Port Guide: Sumatra and Kalimantan"),
    "b26-ahrensburg-partnerstaedte-broschuere.pdf": dict(
        blocks=AHRENSBURG, header="Stadt Ahrensburg · Unsere Partnerstädte · Ausgabe 2024",
        footer="Partnerstädte 2024 · Seite {n}", lang="de", title="Unsere Partnerstädte"),
}
DOCXS = {
    "b26-ahk-suedvietnam-kambodscha-marktbericht.docx": dict(
        blocks=AHK, title="Marktbericht Südvietnam und Kambodscha 2024"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_26.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
