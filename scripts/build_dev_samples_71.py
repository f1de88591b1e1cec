#!/usr/bin/env python3
"""Build batch 71 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_71.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b71-malaysia-rail-freight-corridor-brochure.pdf``: a rail freight operator's corridor
  brochure, two pages, running header, footer "SFR Corridor Brochure · page N of 2", a heading
  per corridor, a bullet list of stations and a bullet list of network figures (the operator's
  own volumes and a forecast, which are not port metrics); no table.
* ``b71-hafengesellschaft-oder-spree-quartalsbericht.pdf``: a German inland port company's
  quarterly report, two pages, running header, footer "Quartalsbericht III/2024 – Seite N von 2",
  a drawn table "Hafen | III/2024 | III/2023 | Gesamtjahr 2023" whose unit (1.000 Tonnen) is
  only in the caption; the quarterly columns and the sum row are not port metrics, the
  full-year column is.
* ``b71-sovereign-fund-portfolio-update.docx``: a sovereign wealth fund's portfolio update with
  headings per region, a bullet list of highlights and a table of holdings "Holding | Location |
  Sector | Stake (%) | Status" (one location's sector is given only in the table; closed and
  planned rows are not industries).

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
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

RAIL_BROCHURE = [
    ("title", "Rail Freight Across the Peninsula: Corridor Brochure 2024"),
    ("subtitle", "Semenanjung Freight Rail Sdn Bhd · Customer edition · May 2024"),
    ("h", "Why rail, and why now"),
    ("p", "Most of Malaysia's containers still travel between factory and quay by truck. With the "
          "East Coast Rail Link carrying its first freight trains and our southern and northern "
          "shuttles running every day, shippers on both coasts now have a real choice. This "
          "brochure describes our four corridors, the ports at their ends and the industries "
          "along the way. Timetables and rates are on the separate tariff sheet."),
    ("h", "Corridor 1: East Coast – Kuantan and the north-east"),
    ("p", "Our flagship service runs on the new line from Kota Bharu along the oil and gas coast of "
          "Terengganu to Kuantan, and then across the Titiwangsa range to the west coast. Kertih, a "
          "small town with a large integrated petrochemical complex, loads polymer pellets at our "
          "siding. Further south, the line passes Chukai, the main town of Kemaman district, and "
          "the port that serves the offshore platforms."),
    ("p", "Kuantan Port, on the South China Sea, is the corridor's eastern gateway. Its new "
          "deep-water terminal, completed in 2022, lifted the port's capacity to 52 million tonnes "
          "a year, and throughput last year reached about 28 million tonnes. Kuantan's Gebeng "
          "estate hosts petrochemical plants and a steel mill built by a Chinese group, and both "
          "now send block trains west. Kuantan and Qinzhou in China's Guangxi region have been "
          "sister cities since 2015, and the industrial parks named after them are run as twins. "
          "A rail-sea service links the two ports every week; it is a commercial route, not a "
          "partnership."),
    ("p", "Stations with freight terminals on Corridor 1:"),
    ("bullets", [
        "Kota Bharu – northern terminus, general cargo and empties",
        "Kertih – polymer pellets and chemicals in tank containers",
        "Kuantan – interchange with the port, bulk and containers",
        "Mentakab – timber, loaded from road trucks",
        "Bentong – passenger stop only, no freight terminal yet",
        "Port Klang – western terminus at the container terminals of Westport and Northport",
    ]),
    ("h", "Corridor 2: West Coast – Port Klang and the Klang Valley"),
    ("p", "Port Klang is Malaysia's busiest port and handled about 14 million TEU in 2023 across its "
          "two terminal operators. The Strait of Malacca, one of the busiest shipping lanes in the "
          "world, runs right past the harbour entrance. Klang, the royal town a few kilometres "
          "upriver, is one of the country's largest furniture-making centres, and Shah Alam, where "
          "a national carmaker began assembling cars in the 1980s, still builds them today. Our "
          "Klang Valley shuttle collects boxes from inland depots around Kuala Lumpur five times a "
          "day; road haulage to the depots is subcontracted to Ipoh Logistics Sdn Bhd."),
    ("pagebreak",),
    ("h", "Corridor 3: South – Johor"),
    ("p", "Our southern shuttle runs from the junction at Gemas to Johor Port at Pasir Gudang, with a "
          "stop at our Kempas terminal on the edge of Johor Bahru. Johor Port handled about 1.1 "
          "million TEU in 2023 and is one of the world's largest palm-oil ports. Firms in Pasir "
          "Gudang refine palm oil and turn it into oleochemicals such as fatty acids and glycerine. "
          "In 2018 Johor Port and the Indonesian port of Dumai, across the Strait, signed a "
          "sister-port agreement on palm-oil logistics."),
    ("p", "Johor Bahru, the state capital at the causeway to Singapore, is where contract "
          "manufacturers assemble electronics for export. Data-centre campuses are being built "
          "around Kulai, further north, and we are in talks about moving their transformers by "
          "rail. The Port of Tanjung Pelepas, Malaysia's second-busiest container port with some "
          "10.5 million TEU last year, is reached by road from Kempas; we do not serve it by rail. "
          "A rapid transit link from Johor Bahru to Woodlands in Singapore is under construction "
          "and will carry passengers only."),
    ("h", "Corridor 4: North – Butterworth and the Thai border"),
    ("p", "In the north our trains serve the container terminal at Butterworth, across the channel "
          "from George Town, which handled about 1.5 million TEU in 2023. The wafer fabs of Kulim "
          "and the chip-testing plants of Bayan Lepas send a steady flow of high-value boxes over "
          "this corridor. Padang Besar on the Thai border is our interchange with trains from "
          "Thailand."),
    ("h", "Our network in figures"),
    ("bullets", [
        "In 2023 our trains carried about 210,000 TEU and 3.4 million tonnes of bulk on all "
        "corridors together.",
        "Maximum train length 600 metres; axle load up to 22.5 tonnes.",
        "The East Coast Rail Link's planners expect some 53 million tonnes of freight a year on the "
        "line by 2040.",
        "Customer service seven days a week, 07:00 to 23:00.",
    ]),
    ("h", "Contact"),
    ("p", "West Coast sales: our office at Port Klang. East Coast sales: our office in Kuantan. "
          "Please quote your customer number on every booking."),
]

OST_HAFEN = [
    ("title", "Quartalsbericht III/2024"),
    ("subtitle", "Hafengesellschaft Oder-Spree mbH · Häfen Königs Wusterhausen, Eisenhüttenstadt "
                 "und Schwedt/Oder · Stand: 15. Oktober 2024"),
    ("h", "Das Quartal in Kürze"),
    ("p", "Im dritten Quartal 2024 schlugen unsere drei Häfen zusammen 682.000 Tonnen um, rund "
          "4 Prozent mehr als im Vorjahresquartal. Von Januar bis September kamen 1,93 Mio. Tonnen "
          "zusammen. Das Niedrigwasser der Oder im August hat den Schiffsverkehr nach "
          "Eisenhüttenstadt und Schwedt zwei Wochen lang gebremst; ein Teil der Mengen wurde auf die "
          "Bahn verlagert. Das Ergebnis vor Steuern lag im Quartal bei 0,6 Mio. Euro."),
    ("caption", "Tabelle 1: Güterumschlag nach Häfen, in 1.000 Tonnen"),
    ("table", [
        ["Hafen", "III/2024", "III/2023", "Gesamtjahr 2023"],
        ["Königs Wusterhausen", "318", "301", "1.240"],
        ["Eisenhüttenstadt", "236", "229", "905"],
        ["Schwedt/Oder", "128", "126", "470"],
        ["Summe", "682", "656", "2.615"],
    ], [55, 30, 30, 40]),
    ("h", "Königs Wusterhausen"),
    ("p", "Der Hafen Königs Wusterhausen ist Brandenburgs größter Binnenhafen und für die "
          "Hauptstadtregion der wichtigste Umschlagplatz für Baustoffe, Getreide und Container. Das "
          "trimodale Containerterminal ist auf 60.000 TEU im Jahr ausgelegt; 2023 wurden dort rund "
          "41.000 TEU umgeschlagen. Ein Containerzug pendelt fünfmal pro Woche nach Hamburg. In "
          "Königs Wusterhausen selbst sitzen ein großes Betonwerk und mehrere Logistikdienstleister, "
          "die Lager für Handelsketten aus Berlin betreiben. Im benachbarten Wildau, wo Flugzeug"
          "triebwerke gewartet werden, wächst die Nachfrage nach Schwerlastumschlag."),
    ("p", "Neu ist ein Kunde aus Fürstenwalde/Spree: Das dortige Reifenwerk lässt seit Juli Ruß und "
          "Naturkautschuk per Schiff anliefern und spart damit rund 900 Lkw-Fahrten im Jahr."),
    ("h", "Eisenhüttenstadt"),
    ("p", "Das Eisenhüttenstädter Stahlwerk bleibt unser größter Kunde. Erz, Kohle und "
          "Zuschlagstoffe kommen über die Oder und den Oder-Spree-Kanal, warmgewalzte Coils "
          "verlassen den Hafen per Binnenschiff Richtung Westen. Die Umschlagkapazität der "
          "Kaianlagen liegt bei rund 1,5 Mio. Tonnen pro Jahr; die Kailänge beträgt 1.100 Meter, "
          "der zulässige Tiefgang 2,0 Meter. Die geplante Direktreduktionsanlage des Werks, die Erz "
          "mit Wasserstoff statt mit Koks reduzieren soll, würde den Umschlag stark verändern; eine "
          "Investitionsentscheidung ist aber noch nicht gefallen. Eisenhüttenstadt ist seit 1986 mit "
          "Saarlouis verschwistert, eine der ersten deutsch-deutschen Städtepartnerschaften."),
    ("pagebreak",),
    ("h", "Schwedt/Oder"),
    ("p", "Schwedt lebt von der Raffinerie, die den Nordosten Deutschlands mit Kraftstoff versorgt, "
          "und von seinen Papierfabriken: Die Schwedter Papierindustrie liefert Wellpappenrohpapier "
          "und Zeitungsdruckpapier in ganz Europa. Nach Tonnage ist Schwedt unser kleinster "
          "Standort, er wächst aber am schnellsten. Seit 2016 verbindet die Häfen von Schwedt und "
          "Stettin eine Hafenpartnerschaft, und Schubverbände mit Getreide fahren regelmäßig nach "
          "Stettin. Gespräche mit Świnoujście über eine gemeinsame Vermarktung laufen noch; "
          "unterschrieben ist nichts."),
    ("h", "Weitere Häfen der Region"),
    ("p", "Der Hafen Brandenburg an der Havel, den ein kommunaler Betreiber führt, schlug 2023 nach "
          "eigenen Angaben rund 600.000 Tonnen um; mit ihm teilen wir uns die Schiffsmakler. In "
          "Frankfurt (Oder) – nicht zu verwechseln mit Frankfurt am Main – gibt es nur einen kleinen "
          "Umschlagplatz an der Oder; dafür bündeln Speditionen im dortigen Güterverkehrszentrum die "
          "Lkw-Verkehre nach Polen. Eine Kooperation mit dem Güterverkehrszentrum ist im Gespräch."),
    ("h", "Investitionen"),
    ("bullets", [
        "Neuer Portalkran in Königs Wusterhausen (Tragfähigkeit 45 t), Inbetriebnahme im November.",
        "Sanierung von 300 Metern Spundwand in Eisenhüttenstadt, Kosten rund 2,8 Mio. Euro.",
        "Erweiterung der Freilagerfläche in Schwedt um 12.000 Quadratmeter.",
    ]),
    ("h", "Ausblick"),
    ("p", "Für das Gesamtjahr 2024 rechnen wir mit rund 2,7 Mio. Tonnen in allen drei Häfen, sofern "
          "die Oder im Herbst genug Wasser führt. Das Containerterminal in Königs Wusterhausen dürfte "
          "2024 erstmals 45.000 TEU erreichen."),
    ("p", "Hafengesellschaft Oder-Spree mbH · Geschäftsführung: Dr. Jens Lübben, Kerstin Vogt"),
]

PORTFOLIO = [
    ("title", "Portfolio Update 2023: Ports, Logistics and Industrial Holdings"),
    ("subtitle", "Cedar Crescent Sovereign Fund · Infrastructure and Industry Division · Report to "
                 "the Investment Committee · March 2024"),
    ("h", "Highlights"),
    ("bullets", [
        "The division's net asset value rose 6.2 per cent to USD 8.4 billion.",
        "Thirteen holdings in five countries; two new commitments (Kulai and Eisenhüttenstadt) "
        "and one write-off (Almassora).",
        "Our three port-terminal holdings together handled 14.3 million tonnes of cargo in 2023, "
        "4 per cent more than in 2022.",
        "Cash yield of 5.1 per cent, ahead of the 4.5 per cent target.",
    ]),
    ("h", "West Africa"),
    ("p", "Tema remains our largest single exposure. We hold 30 per cent of the operator of "
          "Terminal 3 at Tema, Ghana's busiest container port, which handled about 1.4 million TEU "
          "in 2023. Terminal 3 alone was built for 3.5 million TEU a year, so there is room to grow "
          "without new quays; a second phase, which would add another berth, has not been approved. "
          "The holding is co-owned with Kumasi Capital Partners, a Ghanaian investment house."),
    ("p", "Tema is also where our cocoa holding grinds beans: the plant in the free zone turns up "
          "to 60,000 tonnes of beans a year into liquor, butter and powder. Next door, the aluminium "
          "smelter, in which we have no stake, is running two potlines again after years of partial "
          "shutdown."),
    ("p", "In Côte d'Ivoire we own 20 per cent of a cocoa-processing company in San-Pédro, whose "
          "grinding plant stands next to the port. San-Pédro is the world's largest cocoa-export "
          "port and handled about 6.8 million tonnes of cargo in 2023. The beans come from the "
          "farms around Soubré and further west. The port has had a partnership with Amsterdam "
          "since 2017, which our investee uses to certify shipments for Dutch buyers."),
    ("h", "Malaysia"),
    ("p", "Our 45 per cent stake in a liquid-bulk terminal at Pasir Gudang performed to plan; the "
          "terminal has 1.1 million cubic metres of tank capacity, almost all of it let on long "
          "contracts. In Kulim we hold a third of an industrial-gas company that supplies nitrogen "
          "and specialty gases to the wafer fabs of the northern corridor. In 2023 we bought half of "
          "a data-centre developer in Kulai: two halls are operating, and a second phase of a "
          "further 60 megawatts is planned for 2026 if the power supply can be secured."),
    ("h", "Spain"),
    ("p", "The chemical tank terminal at Tarragona, in which we hold 40 per cent, stores 1.4 million "
          "cubic metres of liquids for chemical customers across Catalonia; Tarragona is one of the "
          "largest chemical ports in the Mediterranean. In 2023 the ports of Tarragona and Tema "
          "signed a partnership to train tank-terminal staff, and the first group of Ghanaian "
          "operators spent six weeks in Spain."),
    ("p", "Our 25 per cent holding in a ceramic-tile maker from Vila-real had a strong year, with "
          "exports to the Gulf up by a fifth. We wrote off our investment in a frit plant in "
          "Almassora, which closed in 2023. In El Ejido we own 30 per cent of a company that packs "
          "greenhouse tomatoes and peppers for European supermarkets; the vegetables themselves "
          "are grown across the province of Almería."),
    ("h", "Germany"),
    ("p", "In Brandenburg we own 20 per cent of a containerboard mill in Schwedt that makes "
          "corrugated case material from recovered paper. In Eisenhüttenstadt, whose integrated "
          "steelworks still runs two blast furnaces, we have committed funds to a direct-reduction "
          "plant that the works plans to build; construction has not started, and the commitment "
          "has not been drawn."),
    ("caption", "Table 1: Holdings of the division at 31 December 2023"),
    ("table", [
        ["Holding", "Location", "Sector", "Stake (%)", "Status"],
        ["Terminal 3 operator", "Tema", "port terminal (containers)", "30", "operating"],
        ["Cocoa processor", "Tema", "cocoa processing", "51", "operating"],
        ["Cocoa grinder", "San-Pédro", "cocoa processing", "20", "operating"],
        ["Tank terminal", "Pasir Gudang", "port terminal (liquid bulk)", "45", "operating"],
        ["Industrial gases", "Kulim", "industrial gases", "33", "operating"],
        ["Medical devices", "Bayan Lepas", "catheters and surgical instruments", "15", "operating"],
        ["Data centres", "Kulai", "data centres", "50", "phase 2 planned"],
        ["Tank terminal", "Tarragona", "port terminal (chemicals)", "40", "operating"],
        ["Ceramic tiles", "Vila-real", "ceramic tiles", "25", "operating"],
        ["Frits and glazes", "Almassora", "ceramic frits", "–", "closed 2023, written off"],
        ["Produce packing", "El Ejido", "vegetable packing", "30", "operating"],
        ["Containerboard mill", "Schwedt", "paper", "20", "operating"],
        ["Direct reduction", "Eisenhüttenstadt", "low-carbon iron (project)", "commitment", "planned"],
    ], [32, 28, 50, 20, 35]),
    ("h", "Outlook"),
    ("p", "We expect the division's cash yield to stay above target in 2024. The operator of "
          "Terminal 3 expects around 1.6 million TEU for the port of Tema as a whole in 2024, a "
          "forecast that depends on Ghana's import demand. A decision on the second phase will be "
          "put to the committee in September."),
]


PDFS = {
    "b71-malaysia-rail-freight-corridor-brochure.pdf": dict(
        blocks=RAIL_BROCHURE, header="Semenanjung Freight Rail · Corridor Brochure 2024 · "
                                     "East Coast, West Coast, South and North",
        footer="SFR Corridor Brochure · page {n} of 2", lang="en",
        title="Rail Freight Across the Peninsula: Corridor Brochure 2024"),
    "b71-hafengesellschaft-oder-spree-quartalsbericht.pdf": dict(
        blocks=OST_HAFEN, header="Hafengesellschaft Oder-Spree mbH · Quartalsbericht III/2024 · "
                                 "Umschlag, Investitionen, Ausblick",
        footer="Quartalsbericht III/2024 – Seite {n} von 2", lang="de",
        title="Hafengesellschaft Oder-Spree mbH: Quartalsbericht III/2024"),
}
DOCXS = {
    "b71-sovereign-fund-portfolio-update.docx": dict(
        blocks=PORTFOLIO, title="Portfolio Update 2023: Ports, Logistics and Industrial Holdings"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_71.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
