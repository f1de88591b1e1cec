#!/usr/bin/env python3
"""Build the PDF and DOCX sample reports in ``samples/dev/``.

    python scripts/build_samples.py [--out DIR]

The texts are embedded below, one block list per document. The output is
deterministic: the same script produces byte-identical files on every run
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed). The gold annotations (``NAME.gold.json``) are written by hand and kept
beside the documents; this script does not touch them, nor the TXT and HTML
samples. See ``scripts/SAMPLES.md`` for what each sample contains.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Requires reportlab and python-docx, and the DejaVu Sans TrueType fonts
(Debian/Ubuntu package ``fonts-dejavu-core``) because the standard PDF fonts
cannot draw characters such as "ń" (Gdańsk) or "ė" (Klaipėda).
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import (  # noqa: E402
    REPO,
    build_docx,
    build_flow_pdf,
    table_as_text,
    write_samples,
)

DEFAULT_OUT = REPO / "samples" / "dev"

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...]) ("pagebreak",)

DUISBURG = [
    ("title", "Datenblatt Binnenhafen Duisburg"),
    ("subtitle", "Logistikdrehscheibe an Rhein und Ruhr – Kennzahlen, Verbindungen, Partner"),
    ("h", "Lage und Profil"),
    ("p", "Duisburg gilt als größter Binnenhafen der Welt. Dort, wo die Ruhr in den Rhein "
          "mündet, erstrecken sich öffentliche und private Hafenanlagen über mehr als 1.500 Hektar. "
          "Die öffentlichen Flächen betreibt die Duisburger Hafen AG, die unter der Marke duisport "
          "auftritt und inzwischen Terminals und Beteiligungen in ganz Europa hält."),
    ("p", "Im Containerverkehr wurden 2023 insgesamt 4,1 Mio. TEU umgeschlagen, nach 4,3 Mio. TEU "
          "im Vorjahr. Der gesamte Güterumschlag der Hafengruppe, also Schiff, Bahn und Lkw zusammen, "
          "erreichte rund 41,5 Mio. Tonnen. Damit zählt Duisburg zu den größten "
          "Container-Hinterlandhubs Europas, obwohl das nächste Seeschiff mehr als 200 Kilometer "
          "entfernt festmacht."),
    ("h", "Kennzahlen im Überblick"),
    ("bullets", [
        "Umschlag 2023: 4,1 Mio. TEU",
        "Güterumschlag gesamt 2023: 41,5 Mio. Tonnen",
        "Kapazität Duisburg Gateway Terminal (Endausbau): 850.000 TEU pro Jahr",
        "Wöchentliche Zugabfahrten: rund 400, davon etwa 30 in Richtung China",
    ]),
    ("h", "Wirtschaftlicher Hintergrund"),
    ("p", "Die Stadt ist seit mehr als einem Jahrhundert von der Metall- und Stahlindustrie geprägt; "
          "im Norden Duisburgs steht das größte Hüttenwerk Europas. Wachstumsmotor der letzten "
          "zwanzig Jahre war jedoch die Logistik, die heute zehntausende Arbeitsplätze in der Region "
          "sichert. „Wir denken den Hafen konsequent trimodal“, sagt Dr. Petra Emmerich, die bei "
          "duisport die Netzwerkentwicklung leitet. „Jeder Container soll das Verkehrsmittel "
          "bekommen, das für ihn am günstigsten ist.“"),
    ("pagebreak",),
    ("h", "Schienenverbindungen nach China"),
    ("p", "Seit 2011 verkehren regelmäßig Güterzüge zwischen Duisburg und Chongqing. Inzwischen "
          "bestehen feste Verbindungen unter anderem nach Wuhan, Xi’an, Chengdu und Zhengzhou; "
          "die Fahrzeit beträgt je nach Route zwölf bis sechzehn Tage und damit etwa die Hälfte "
          "des Seewegs. Chongqing, ein Standort der Laptop- und Fahrzeugproduktion, ist bis heute "
          "der wichtigste Ausgangspunkt in Westchina. Seit 2022 sind die Mengen auf dieser Achse "
          "allerdings deutlich gesunken, weil viele Verlader die Route über Russland meiden."),
    ("h", "Partnerschaften"),
    ("p", "Die Städtepartnerschaft zwischen Duisburg und Wuhan besteht seit 1982 und ist die älteste "
          "deutsch-chinesische überhaupt. Wuhan liegt am Jangtse, verfügt selbst über einen "
          "bedeutenden Binnenhafen und ist Standort der Automobil- und Optoelektronikindustrie."),
    ("p", "Im Süden Europas setzt der Hafen auf die Adria: Mit dem Hafen Triest hat duisport 2019 "
          "eine Hafenpartnerschaft vereinbart. Seitdem arbeiten beide Seiten an durchgehenden "
          "Bahnverbindungen zwischen dem Mittelmeer und dem Ruhrgebiet."),
    ("h", "Verbindungen zu den Seehäfen"),
    ("p", "Westwärts bleibt der Rhein die Hauptachse. Binnenschiffe verbinden Duisburg täglich mit "
          "Rotterdam, Antwerpen und Amsterdam; ein Containerschiff benötigt für die Strecke nach "
          "Rotterdam gut einen Tag. Für die Verlader in Nordrhein-Westfalen ist der Hafen damit "
          "faktisch das Tor zur Nordsee."),
    ("p", "Stand der Angaben: März 2024. Alle Werte gerundet."),
]

BALTIC = [
    ("title", "Baltic ports in 2023: Gdańsk pulls ahead, the east regroups"),
    ("subtitle", "Throughput, rankings and what drives the region’s port cities"),
    ("p", "Sanctions on Russia have redrawn the cargo map of the eastern Baltic. Volumes that used "
          "to move through Saint Petersburg have shifted west and south, and the winners and losers "
          "of 2023 are easy to spot. Our round-up covers the four ports our readers ask about most."),
    ("h", "Gdańsk: a record year"),
    ("p", "The Port of Gdańsk handled 81 million tonnes of cargo in 2023, a new record, which makes "
          "Gdańsk the busiest port on the Baltic Sea and, unsurprisingly, Poland’s largest port. "
          "Baltic Hub, the deep-water container terminal, moved 2.05 million TEU; when its third "
          "quay opens, capacity will rise to 4.5 million TEU. Energy cargo explains much of the "
          "growth, as crude oil arriving by tanker replaced deliveries by pipeline."),
    ("p", "Beyond the port, the city lives from ship- and yacht-building, a large oil refinery, a "
          "fast-growing IT and business-services sector and, still, amber craftsmanship. Gdańsk has "
          "been twinned with Bremen since 1976, and the two Hanseatic cities regularly send joint "
          "delegations to logistics fairs."),
    ("p", "Gdynia, its neighbour 25 km up the coast, handled 27.5 million tonnes and about "
          "880,000 TEU. The city, home to several ship-repair yards, competes with Gdańsk for "
          "container services but cooperates on rail access."),
    ("pagebreak",),
    ("h", "Klaipėda: diversification pays"),
    ("p", "Lithuania’s largest port lost Belarusian potash transit in 2022 but still handled "
          "36.4 million tonnes in 2023. Container volumes recovered to around 430,000 containers "
          "(boxes, not TEU). The local economy leans on ship repair, wood processing and furniture "
          "manufacturing. Ferries to Kiel and Karlshamn carry much of the port’s trailer traffic."),
    ("h", "Riga: steady, but smaller"),
    ("p", "Riga, Latvia’s largest port, handled about 17 million tonnes, roughly a third less than "
          "before 2022, as coal and fertiliser transit from Russia dried up. Ventspils, on the Courland "
          "coast, saw an even steeper fall. Riga’s pharmaceutical companies and its woodworking "
          "industry are now among the port’s most important local customers."),
    ("h", "Tallinn: passengers first"),
    ("p", "The Port of Tallinn, which includes the cargo harbour at Muuga, handled 13.4 million "
          "tonnes. Its real business, however, is the ferry shuttle across the gulf to Helsinki, "
          "which runs up to thirty times a day. Tallinn itself has become a software hub with a "
          "lively fintech scene."),
    ("h", "Outlook"),
    ("p", "Rail Baltica, the standard-gauge line from Tallinn via Riga and Kaunas to the Polish "
          "border, should eventually give all three eastern ports a faster route south. Until then, "
          "Polish ports are likely to keep widening their lead."),
    ("p", "Figures are preliminary and rounded; sources are the port authorities’ annual "
          "statements. Baltic Freight Monitor is published four times a year."),
]

VALENCIA = [
    ("title", "Valencia – Trade and Investment Brief"),
    ("subtitle", "International Trade Desk · Briefing for member companies · April 2024"),
    ("h", "At a glance"),
    ("p", "Valencia, capital of the Comunitat Valenciana and Spain’s third-largest city, sits midway "
          "along the Mediterranean corridor between Barcelona and Murcia. High-speed trains reach "
          "Madrid in about two hours, which makes the city a natural gateway to central Spain."),
    ("h", "The port"),
    ("p", "Valenciaport, which also manages the harbours of Sagunto and Gandia, is Spain’s leading "
          "container port and one of the busiest in the Mediterranean. In 2023 it handled "
          "4.8 million TEU, slightly less than the year before, and total traffic of around "
          "76 million tonnes. A new container terminal on the northern breakwater is planned with "
          "a capacity of 5 million TEU a year; final approval is expected after years of debate "
          "about its environmental impact."),
    ("table", [
        ["Indicator", "Value"],
        ["Container throughput 2023", "4.8 million TEU"],
        ["Total traffic 2023", "approx. 76 million tonnes"],
        ["Planned capacity, northern terminal", "5 million TEU per year"],
        ["Twin city", "Mainz (Germany), since 1978"],
    ]),
    ("h", "Industry"),
    ("p", "Valencia’s economy rests on three manufacturing pillars: automotive, agri-food and "
          "ceramics. Ford has built cars at its Almussafes plant, 20 km south of the city, since "
          "the 1970s, and a battery gigafactory is under construction in Sagunto. The agri-food "
          "sector exports to more than one hundred countries. The ceramic tile industry, for its "
          "part, is concentrated around Castellón de la Plana, some 70 km to the north."),
    ("p", "“Members keep asking us about nearshoring,” says Carmen Soria, the chamber’s chief "
          "economist. “With its port and its industrial base, Valencia is one of the obvious "
          "beneficiaries.” Export financing is available through local branches of banks such as "
          "Banco Sabadell and CaixaBank as well as through the official export credit agency."),
    ("h", "International links"),
    ("p", "Valencia has been twinned with Mainz since 1978, and the partnership includes an active "
          "exchange between the two chambers of commerce. Trade with Shanghai, by contrast, is the "
          "port’s largest deep-sea flow, yet it rests entirely on liner services rather than on any "
          "formal agreement between the two cities."),
    ("h", "Contact"),
    ("p", "International Trade Desk, Chamber of Commerce. Appointments for company visits can be "
          "arranged at short notice."),
]

SACHSEN = [
    ("title", "Wirtschaftsbrief Sachsen 2024"),
    ("subtitle", "Standorte, Branchen und internationale Partnerschaften – ein Kurzüberblick für Investoren"),
    ("p", "Sachsen hat sich in den vergangenen drei Jahrzehnten zu einem der dynamischsten "
          "Industriestandorte Mitteldeutschlands entwickelt. Drei Großstädte prägen das Bild, "
          "ergänzt durch leistungsfähige Mittelstädte im Erzgebirge und im Vogtland. Die Nähe zu "
          "Polen und Tschechien macht den Freistaat zudem zu einem Scharnier nach Osteuropa."),
    ("h", "Leipzig"),
    ("p", "Die Messestadt ist Sachsens bevölkerungsreichste Stadt. Industrieller Kern ist der "
          "Automobilbau: BMW und die Porsche Leipzig GmbH fertigen im Norden der Stadt, umgeben von "
          "zahlreichen Zulieferern. Mindestens ebenso wichtig ist die Logistik. Am Flughafen "
          "Leipzig/Halle betreibt DHL sein größtes Drehkreuz; 2023 wurden dort knapp 1,4 Mio. Tonnen "
          "Luftfracht umgeschlagen. Damit ist der Flughafen der zweitgrößte Frachtflughafen "
          "Deutschlands und belegt europaweit Rang fünf. Leipzig ist seit 1981 Partnerstadt von Lyon."),
    ("h", "Dresden"),
    ("p", "Die Landeshauptstadt an der Elbe ist das Zentrum von „Silicon Saxony“, dem größten "
          "Mikroelektronik-Cluster Europas. Halbleiter- und Mikrosystemtechnik bilden den Kern: "
          "Infineon, GlobalFoundries und Bosch produzieren hier Chips, ein weiteres Werk ist im Bau. "
          "Daneben stehen die Luft- und Raumfahrt – die Elbe Flugzeugwerke bauen Passagierflugzeuge "
          "zu Frachtern um – sowie die Pharmazie. Seit 1959 ist Dresden mit Coventry verschwistert; "
          "beide Städte verbindet die Erfahrung der Zerstörung im Zweiten Weltkrieg."),
    ("h", "Chemnitz"),
    ("p", "Die Kulturhauptstadt Europas 2025 steht für Maschinenbau und Automobilzulieferung. Im "
          "Motorenwerk von Volkswagen laufen seit Jahrzehnten Verbrennungsmotoren vom Band, "
          "inzwischen ergänzt um Komponenten für Elektroantriebe. Mit Tampere in Finnland pflegt "
          "Chemnitz seit 1961 eine Städtepartnerschaft, die heute vor allem den Austausch zwischen "
          "den technischen Hochschulen trägt."),
    ("h", "Zwickau und Freiberg"),
    ("p", "In Zwickau, wo einst der Trabant vom Band lief, baut Volkswagen heute ausschließlich "
          "Elektroautos. Freiberg hat sich mit der Halbleiter- und Solarindustrie einen Namen "
          "gemacht; die Bergakademie bildet seit 1765 Fachleute für Rohstoffe und Werkstoffe aus."),
    ("h", "Partnerschaften im Überblick"),
    ("table", [
        ["Sächsische Stadt", "Partnerstadt", "seit"],
        ["Leipzig", "Lyon", "1981"],
        ["Dresden", "Coventry", "1959"],
        ["Chemnitz", "Tampere", "1961"],
    ]),
    ("p", "Ansprechpartner: Prof. Dr. Karl Werdau, Wirtschaftsförderung, Referat Standortmarketing"),
]

PDFS = {
    "duisburg-binnenhafen.pdf": dict(blocks=DUISBURG, header="Hafenbericht 2024",
                                     footer="Seite {n}", lang="de",
                                     title="Datenblatt Binnenhafen Duisburg"),
    "baltic-ports-newsletter.pdf": dict(blocks=BALTIC,
                                        header="Baltic Freight Monitor · Issue 14 · Spring 2024",
                                        footer="Page {n}", lang="en",
                                        title="Baltic Freight Monitor, Issue 14"),
}
DOCXS = {
    "valencia-chamber-brief.docx": dict(blocks=VALENCIA, title="Valencia – Trade and Investment Brief"),
    "sachsen-wirtschaftsbrief.docx": dict(blocks=SACHSEN, title="Wirtschaftsbrief Sachsen 2024"),
}


# This batch sets tables as plain "cell | cell" lines rather than drawn tables.
build_pdf = partial(build_flow_pdf, creator="trex build_samples.py", table=table_as_text)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
