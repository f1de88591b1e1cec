#!/usr/bin/env python3
"""Build the seventh batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_7.py [--out DIR]

Companion to ``build_samples.py`` and ``build_dev_samples_2.py`` to
``build_dev_samples_6.py``, with the same guarantees: the texts are embedded
below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives
byte-identical files. The gold annotations (``NAME.gold.json``) are written by
hand and kept beside the documents; this script does not touch them, nor the
TXT and HTML reports of the batch. See the "Development batch 7" section of
``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``victoria-nz-investment-brief.pdf``: two pages, running header, footer
  "Investment Brief · N", a drawn table "City | Key sectors | Distance (km)";
  one row is a region, and one city's sectors are given only
  in the table.
* ``ruhr-niederrhein-haefen-geschaeftsbericht.pdf``: two pages, running header,
  footer "Geschäftsbericht 2023 · Seite N", a drawn table of throughput per port
  whose units ("Mio. t", "TEU") are given only in the column headers; most
  cells are not repeated in the prose.
* ``thueringen-branchenprofil-staedte.docx``: Wirtschaftsförderung sector
  profile with headings, a caption and a table "Stadt | Schwerpunktbranchen |
  Industriebeschäftigte" (one row is a Landkreis, one city's sectors are given
  only in the table).

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

VICTORIA = [
    ("title", "Investment Brief: Victoria for New Zealand Companies"),
    ("subtitle", "Victorian Trade and Investment Office, Auckland · Trans-Tasman Series No. 3 · "
                 "May 2024"),
    ("h", "Why Victoria"),
    ("p", "More than 600 New Zealand firms already run an office, a warehouse or a plant in the "
          "state of Victoria, and New Zealand is one of its five largest sources of direct "
          "investment. This brief is written for companies in Auckland, Tauranga and the rest of the "
          "North Island that are weighing a first Australian site. It looks at Victoria’s main "
          "cities, compares them with two other Australian gateways, Brisbane and Perth, and sets "
          "out how our office can help. All figures are rounded."),
    ("h", "Melbourne"),
    ("p", "Melbourne, the state capital, is Australia’s second-largest city and its research "
          "capital. Medical research institutes and biotechnology firms cluster around the "
          "university precinct north of the centre, and the city’s financial services sector "
          "manages a large share of the country’s retirement savings. Food and drink manufacturing "
          "is the largest manufacturing employer in the city, most of it in the western suburbs."),
    ("p", "The Port of Melbourne is Australia’s busiest container port. It handled about 3.3 "
          "million TEU in the 2023 financial year, and its Webb Dock terminals alone are designed "
          "for 1.2 million TEU a year. A weekly liner service connects Melbourne with Tauranga and "
          "Auckland, which makes the port the natural entry point for trans-Tasman cargo."),
    ("h", "Geelong"),
    ("p", "An hour south-west of Melbourne, Geelong has moved on from the car and aluminium "
          "plants that once defined it. The city is now the home of several public insurers and of "
          "the national disability insurance agency, and makers of carbon fibre and other advanced "
          "materials have grown out of the local university’s research. Geelong’s port handled "
          "some 14 million tonnes in 2023, mostly crude oil, grain and fertiliser."),
    ("h", "Regional cities"),
    ("p", "Ballarat, built on the gold rush of the 1850s, has not mined gold for a century. "
          "Today its largest private employers are a frozen-vegetable processor and an IT services "
          "centre run by a global bank. Portland, in the far south-west of the state, is home to "
          "Victoria’s only aluminium smelter; its deep-water harbour ships woodchips and grain. "
          "Our clients sometimes confuse it with its much larger namesake in the United States, "
          "which has no smelter at all."),
    ("pagebreak",),
    ("h", "Victoria’s cities at a glance"),
    ("caption", "Table 1: Selected locations, their key sectors and road distance from Melbourne"),
    ("table", [
        ["City", "Key sectors", "Distance (km)"],
        ["Melbourne", "medical research, financial services, food and drink", "–"],
        ["Geelong", "insurance, advanced materials", "75"],
        ["Ballarat", "food processing, IT services", "115"],
        ["Shepparton", "fruit canning, dairy processing", "180"],
        ["Portland", "aluminium smelting", "360"],
        ["Latrobe Valley", "power generation, paper", "150"],
    ], [30, 106, 34]),
    ("h", "Other gateways: Brisbane and Perth"),
    ("p", "Brisbane, the capital of Queensland, handled about 1.5 million TEU in 2023. The city "
          "has a strong base of mining-services companies and a growing defence-technology sector. "
          "In the west, Perth is the head-office city of much of Australia’s mining and oil and gas "
          "industry, although the mines themselves lie in the Pilbara, more than a thousand "
          "kilometres to the north. Its port city, Fremantle, handled about 0.8 million TEU in the "
          "same year."),
    ("h", "The New Zealand side"),
    ("p", "Tauranga, in the Bay of Plenty, is New Zealand’s largest port by both tonnage and "
          "containers: it handled about 1.2 million TEU and 25 million tonnes in 2023. Kiwifruit and "
          "logs make up much of the export cargo, grown and cut in the orchards and forests of the "
          "surrounding region. Auckland, the country’s largest city, hosts most New Zealand head "
          "offices; its economy runs on business services and tourism and, increasingly, on film "
          "production."),
    ("h", "Sister cities and port links"),
    ("p", "Victoria’s city links with Asia are long-standing. Melbourne has been a sister city of "
          "Osaka since 1978 and of Tianjin since 1980, and Perth’s sister-city relationship with "
          "Kagoshima dates back to 1974. Across the Tasman, Brisbane and Auckland have been sister "
          "cities since 1988."),
    ("p", "In 2023 the Port of Geelong and the Port of Tauranga signed a memorandum of "
          "understanding on log and biomass handling and on shore power. A proposal to twin "
          "Ballarat with Tauranga was raised by councillors in 2022, but it has not been taken any "
          "further."),
    ("h", "How we can help"),
    ("p", "Our Auckland office arranges site visits, introductions to councils and to financing "
          "partners such as Bendigo Bank, and a soft-landing desk in Melbourne for your first six "
          "months. Contact: Grace Nelson, Senior Trade Commissioner."),
]

RUHR = [
    ("title", "Geschäftsbericht 2023 – Auszug: Häfen und Standorte"),
    ("subtitle", "RuhrRhein Häfen GmbH · Stadthäfen an Rhein-Herne-Kanal und Niederrhein · "
                 "veröffentlicht im Mai 2024"),
    ("h", "Das Geschäftsjahr im Überblick"),
    ("p", "Die fünf Häfen der Gruppe schlugen 2023 zusammen 6,4 Mio. Tonnen um, nach 6,9 Mio. "
          "Tonnen im Vorjahr. Der Rückgang geht fast vollständig auf die Kohle zurück; Container, "
          "Baustoffe und Recyclingmaterial legten dagegen zu. Der Containerumschlag stieg auf "
          "160.000 TEU."),
    ("h", "Die Kanalhäfen"),
    ("p", "Der Stadthafen Gelsenkirchen ist der größte Hafen am Rhein-Herne-Kanal und zählt zu den "
          "größten Kanalhäfen Deutschlands. Über seine Kais gingen 2023 rund 2,1 Mio. Tonnen. Die "
          "Stadt, früher für ihre Zechen bekannt, ist heute Standort einer Raffinerie und eines "
          "Chemieparks, die einen Großteil der Mineralöl- und Chemieladungen des Hafens stellen."),
    ("p", "Über den Stadthafen Essen laufen vor allem Baustoffe und Schrott. Die "
          "Essener Wirtschaft wird heute von Energieversorgern, dem Einzelhandel und "
          "unternehmensnahen Dienstleistungen geprägt; der Steinkohlenbergbau ist seit Jahrzehnten "
          "Geschichte. Im Hafen Bottrop dominiert Kokskohle: In Bottrop arbeitet bis heute eine der "
          "letzten Kokereien Deutschlands."),
    ("p", "Auch Nachbarstädte ohne eigenen Hafen nutzen unsere Anlagen. Bochum, wo nach dem Ende "
          "des Autowerks im Jahr 2014 ein Technologiequartier entstanden ist, gilt als Hochburg der "
          "IT-Sicherheit. Oberhausen hat den Wandel vom Stahlstandort zum Einkaufs- und "
          "Freizeitziel geschafft; Stahl wird dort nicht mehr gekocht."),
    ("h", "Die Rheinhäfen am Niederrhein"),
    ("p", "Der Rhein-Lippe-Hafen Wesel kam 2023 auf 1,4 Mio. Tonnen. In Wesel haben sich "
          "Logistikunternehmen und Betriebe der Baustoffindustrie angesiedelt, die den Hafen für "
          "Kies, Sand und Zement nutzen."),
    ("p", "Der Hafen Emmerich ist der letzte deutsche Rheinhafen vor der niederländischen Grenze. "
          "Er schlug 2023 rund 110.000 TEU um; das im Herbst eröffnete zweite Containerterminal ist "
          "auf 200.000 TEU pro Jahr ausgelegt. In Emmerich am Rhein prägen die Ernährungs- und die "
          "Chemieindustrie die Wirtschaft. Tägliche Binnenschiffsverbindungen führen nach "
          "Rotterdam und Antwerpen."),
    ("pagebreak",),
    ("h", "Umschlag nach Häfen"),
    ("caption", "Tabelle 1: Umschlag der Häfen der Gruppe"),
    ("table", [
        ["Hafen", "Umschlag 2023 (Mio. t)", "Umschlag 2022 (Mio. t)", "Container 2023 (TEU)"],
        ["Gelsenkirchen", "2,1", "2,3", "12.000"],
        ["Essen", "1,0", "1,1", "–"],
        ["Bottrop", "0,6", "0,8", "–"],
        ["Wesel", "1,4", "1,3", "38.000"],
        ["Emmerich", "1,3", "1,4", "110.000"],
        ["Gesamt", "6,4", "6,9", "160.000"],
    ], [28, 48, 48, 45]),
    ("h", "Partnerschaften und Netzwerke"),
    ("p", "Im Juni 2022 haben der Hafen Emmerich und der Hafen Nimwegen (Nijmegen) eine "
          "Hafenkooperation vereinbart, die einen gemeinsamen Leerdepot-Service und den Austausch "
          "von Liegeplatzdaten vorsieht. Gespräche über eine ähnliche Vereinbarung mit dem Hafen "
          "Venlo laufen noch; unterzeichnet ist bislang nichts."),
    ("p", "Unsere Standortstädte sind international gut vernetzt. Gelsenkirchen ist seit 1948 mit "
          "Newcastle upon Tyne verschwistert, Essen seit 1949 mit Sunderland, und Bochum pflegt "
          "seit 1950 eine Städtepartnerschaft mit Sheffield. Wesel ist Partnerstadt von Felixstowe "
          "und von Hagerstown in Maryland. Die Partnerschaft Essens mit Nischni Nowgorod ruht seit "
          "2022."),
    ("h", "Ausblick"),
    ("p", "Für 2024 erwarten wir einen Umschlag von rund 6,6 Mio. Tonnen. Das Land hat Mittel für "
          "die Sanierung der Schleusen am Rhein-Herne-Kanal zugesagt, und in Arnheim und Nimwegen "
          "werben wir gemeinsam mit dem Hafen Emmerich um niederländische Verlader. "
          "„Der Niederrhein wird für uns wichtiger als der Kanal“, sagt Geschäftsführer "
          "Dr. Markus Kleve."),
]

THUERINGEN = [
    ("title", "Branchenprofil Industrie und Technologie: Thüringens Städte"),
    ("subtitle", "Standortagentur Thüringen · Reihe Branchenprofile · März 2024"),
    ("h", "Überblick"),
    ("p", "Thüringen ist ein Land des Mittelstands: Rund neun von zehn Industriebetrieben haben "
          "weniger als 250 Beschäftigte. Der Freistaat ist vor allem in der Optik, der "
          "Automobilzulieferung, der Kunststofftechnik und der Ernährungswirtschaft stark – "
          "von der Rostbratwurst bis zum Nordhäuser Doppelkorn. Dieses Profil zeigt, in welchen "
          "Städten welche Branchen ihren Schwerpunkt haben."),
    ("h", "Jena: Optik und Photonik"),
    ("p", "Keine Stadt steht so sehr für Thüringer Hochtechnologie wie Jena. Die Jenaer "
          "Wirtschaft lebt von der Optik- und Photonikindustrie, von der Medizintechnik und "
          "zunehmend von der Softwareentwicklung. Dass der Name der Stadt weltweit auf Mikroskopen "
          "und Objektiven steht, verdankt sie Carl Zeiss und Ernst Abbe, deren Unternehmen bis "
          "heute dort ihren Sitz haben."),
    ("h", "Erfurt und das Erfurter Kreuz"),
    ("p", "Die Landeshauptstadt Erfurt ist das Logistikzentrum des Landes. In Erfurt selbst sind "
          "außerdem die Mikroelektronik – ein Halbleiterwerk fertigt Chips für die Autoindustrie – "
          "und der Gartenbau zu Hause, der Erfurt den Beinamen Blumenstadt eingebracht hat. Weimar, "
          "nur 20 Kilometer entfernt, lebt dagegen vor allem vom Kulturtourismus."),
    ("p", "Das Industriegebiet Erfurter Kreuz an der A4 gehört zur Stadt Arnstadt. Dort haben "
          "sich Logistiker und Automobilzulieferer angesiedelt, und seit 2022 fertigt ein "
          "chinesischer Hersteller dort Batteriezellen für Elektroautos."),
    ("h", "Eisenach: Autostadt an der Wartburg"),
    ("p", "In Eisenach werden seit 1896 Autos gebaut, zu DDR-Zeiten der Wartburg, heute "
          "Geländewagen eines internationalen Konzerns. Rund um das Werk haben sich Zulieferer der "
          "Kunststoff- und Metallverarbeitung angesiedelt. Im Wartburgkreis prägen dagegen der "
          "Kalibergbau und die Ernährungswirtschaft das Bild."),
    ("h", "Südthüringen: Suhl und Zella-Mehlis"),
    ("p", "Suhl galt über Jahrhunderte als Waffenschmiede Deutschlands; bis heute fertigen dort "
          "mehrere Hersteller Jagd- und Sportwaffen. Im benachbarten Zella-Mehlis dominieren der "
          "Werkzeug- und Formenbau sowie die Präzisionsmechanik."),
    ("h", "Ostthüringen: Gera"),
    ("p", "Gera, die drittgrößte Stadt des Landes, hat sich nach dem Ende des Uranbergbaus in der "
          "Region neu erfunden. Die Stadt setzt heute auf die Gesundheitswirtschaft und den "
          "Maschinenbau."),
    ("caption", "Tabelle 1: Städte und Schwerpunktbranchen"),
    ("table", [
        ["Stadt", "Schwerpunktbranchen", "Industriebeschäftigte 2023"],
        ["Jena", "Optik, Photonik, Medizintechnik, Software", "14.800"],
        ["Erfurt", "Logistik, Mikroelektronik, Gartenbau", "11.200"],
        ["Arnstadt", "Batteriezellen, Logistik, Automobilzulieferer", "6.900"],
        ["Eisenach", "Automobilbau, Kunststoff- und Metallverarbeitung", "9.300"],
        ["Suhl", "Jagd- und Sportwaffen", "2.100"],
        ["Zella-Mehlis", "Werkzeug- und Formenbau, Präzisionsmechanik", "2.600"],
        ["Gera", "Gesundheitswirtschaft, Maschinenbau", "5.400"],
        ["Ilmenau", "Glasindustrie, Messtechnik", "3.700"],
        ["Wartburgkreis", "Kali, Ernährungswirtschaft", "12.500"],
    ]),
    ("h", "Logistik: der Weg zu den Seehäfen"),
    ("p", "Thüringer Exporteure verschiffen vor allem über Hamburg, Deutschlands größten "
          "Seehafen. Vom Güterverkehrszentrum Erfurt fahren täglich Containerzüge nach Hamburg und "
          "Bremerhaven. Eilige Luftfracht läuft über den Flughafen Leipzig/Halle, der 2023 rund "
          "1,4 Mio. Tonnen umschlug; der Flughafen Erfurt-Weimar fertigte im selben Jahr nur rund "
          "1.500 Tonnen Fracht ab."),
    ("h", "Partnerschaften"),
    ("p", "Die Thüringer Städte pflegen Partnerschaften, die auch der Wirtschaft Türen öffnen. "
          "Erfurt ist seit 1988 mit Mainz verschwistert und unterhält außerdem Partnerschaften mit "
          "Wilna und dem ungarischen Raab (Győr). Jena und Erlangen sind seit 1987 Partnerstädte. "
          "Eisenach und Marburg – gemeint ist die Universitätsstadt an der Lahn – verbindet seit "
          "1988 eine Städtepartnerschaft. Die Partnerschaft zwischen Gera und Pleskau ruht seit "
          "2022."),
    ("h", "Ansprechpartner"),
    ("p", "Dr. Michael Sonneberg, Branchenmanager Industrie, Standortagentur Thüringen."),
]


PDFS = {
    "victoria-nz-investment-brief.pdf": dict(
        blocks=VICTORIA, header="Victorian Trade and Investment Office · Investment Brief for "
                                "New Zealand Companies · May 2024",
        footer="Investment Brief · {n}", lang="en",
        title="Investment Brief: Victoria for New Zealand Companies"),
    "ruhr-niederrhein-haefen-geschaeftsbericht.pdf": dict(
        blocks=RUHR, header="RuhrRhein Häfen GmbH · Geschäftsbericht 2023 · Auszug",
        footer="Geschäftsbericht 2023 · Seite {n}", lang="de",
        title="RuhrRhein Häfen – Geschäftsbericht 2023 (Auszug)"),
}
DOCXS = {
    "thueringen-branchenprofil-staedte.docx": dict(
        blocks=THUERINGEN, title="Branchenprofil Industrie und Technologie: Thüringens Städte"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_7.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
