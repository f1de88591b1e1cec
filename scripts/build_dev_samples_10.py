#!/usr/bin/env python3
"""Build the tenth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_10.py [--out DIR]

Companion to the earlier ``build_dev_samples_*.py`` scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``east-africa-corridor-project-brief.pdf``: a development-finance
  institution's project brief, two pages, running header, footer
  "Project Brief EB-24-117 · page N of 2", a drawn table of shortlisted
  sub-projects (location, sub-project, sector served, loan) in which one
  town's sector is given only in the table.
* ``donauhafenverbund-jahresbericht-2023.pdf``: annual report of a Danube port
  association, two pages, running header, footer "Jahresbericht 2023 ·
  Seite N", a drawn table of member ports whose units ("1.000 t", "TEU") are
  given only in the column headers, with a column of local industries.
* ``north-channel-chambers-annual-review.docx``: a chamber alliance's annual
  review extract with headings, paragraphs, a caption and a port table with
  the unit only in the header.

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

EAST_AFRICA = [
    ("title", "Project Brief: East African Corridor Logistics Facility"),
    ("subtitle", "Eastbridge Development Finance Corporation · Board information note · "
                 "October 2024"),
    ("h", "Summary"),
    ("p", "The proposed facility would lend up to USD 180 million to private terminal, warehouse "
          "and cold-chain operators along the two corridors that connect the Indian Ocean gateways "
          "of Mombasa and Dar es Salaam with Kampala, Kigali and the landlocked interior. This brief "
          "describes the market, the shortlisted sub-projects and the main risks. Port figures are "
          "rounded and unaudited."),
    ("h", "The gateways"),
    ("p", "The Port of Mombasa is the largest port in East Africa. It handled about 36 million "
          "tonnes of cargo in 2023, of which roughly 1.6 million TEU were containers, and the "
          "second container terminal has lifted total container capacity to some 2.1 million TEU a "
          "year. Mombasa itself lives from logistics and tourism: clearing agents and container "
          "freight stations line the road to the port, and the beach hotels stretch north towards "
          "Malindi, which has its own airport."),
    ("p", "Dar es Salaam, Tanzania’s commercial capital, handled some 25 million tonnes in 2023 and "
          "is the second-largest port in East Africa. The city is home to three cement plants and "
          "a fast-growing food-processing sector, from flour milling to soft drinks. Further north, a crude-oil export terminal is being built near "
          "Tanga for the pipeline from Uganda; it is not part of this facility."),
    ("h", "The inland nodes"),
    ("p", "Nairobi is the corridor’s largest market. Its banks and insurers have made the Kenyan "
          "capital the regional headquarters of choice, and its "
          "airport is the main exit for fresh produce. Naivasha, two hours to the north-west, "
          "is the centre of Kenya’s cut-flower industry; the standard-gauge railway from Mombasa "
          "ends at the inland container depot there."),
    ("p", "Across the border, Kampala is Uganda’s commercial centre, with coffee processors and a "
          "growing pharmaceutical industry. Jinja, where the Nile leaves Lake Victoria, is the "
          "country’s old industrial town, known for sugar milling and brewing. Entebbe "
          "International Airport handled about 60,000 tonnes of air cargo in 2023. Kisumu’s lake "
          "port, rebuilt in 2021, can handle around 1 million tonnes a year, although barely a "
          "tenth of that is used."),
    ("p", "Kigali has built its economy around ICT services and conference tourism. "
          "Rwanda’s tea and coffee exports travel by truck to both gateways."),
    ("pagebreak",),
    ("h", "Shortlisted sub-projects"),
    ("caption", "Table 1: Shortlisted sub-projects (loan amounts in USD million)"),
    ("table", [
        ["Location", "Sub-project", "Sector served", "Loan"],
        ["Mombasa", "Cold store at the port", "cold-chain logistics", "35"],
        ["Naivasha", "Warehouse at the inland depot", "cut flowers", "20"],
        ["Eldoret", "Silo and mill expansion", "grain milling", "25"],
        ["Kampala", "Bonded warehouse", "pharmaceuticals", "30"],
        ["Kigali", "Dry port extension", "coffee roasting", "25"],
        ["Dar es Salaam", "Container freight station", "food processing", "35"],
    ], [32, 58, 48, 18]),
    ("p", "A truck park at Malaba, the Kenyan border town of that name, was dropped from the list; "
          "its Ugandan twin across the bridge is outside the facility’s scope. Eldoret’s mills process most of the maize grown in the western highlands."),
    ("h", "International links"),
    ("p", "The corridor cities have ties that sponsors can build on. Dar es Salaam and Hamburg have "
          "been partner cities since 2010, and the two cities run joint programmes on waste "
          "management and port-area planning. Nairobi’s sister-city relationship with Denver dates "
          "back to 1975, and Kisumu has a sister-city link with Roanoke in Virginia. In March 2022 "
          "the ports of Mombasa and Antwerp signed a memorandum of understanding on port-community "
          "systems and pilot training."),
    ("p", "A sister-port agreement between Dar es Salaam and Durban was proposed at a 2023 "
          "conference but has not been signed. Block trains between Dar es Salaam and Isaka and the "
          "planned lake ferry from Kisumu to Kampala are transport links, not partnerships; a Kigali "
          "business delegation visited Mombasa in June."),
    ("h", "Main risks"),
    ("p", "Currency risk is high, and border delays at Malaba still average more than a day."),
    ("p", "Team leader: Esther Kericho, Senior Investment Officer, Eastbridge Development Finance "
          "Corporation."),
]

DONAU = [
    ("title", "Jahresbericht 2023"),
    ("subtitle", "Donauhafenverbund Bayern–Österreich e. V. · vorgelegt im April 2024"),
    ("h", "Vorwort"),
    ("p", "Das Jahr 2023 war für die Binnenschifffahrt auf der Donau kein leichtes: Lange "
          "Niedrigwasserphasen im Spätsommer zwangen die Reedereien, ihre Schiffe nur zur Hälfte "
          "zu beladen. Unsere sieben Mitgliedshäfen zwischen Kelheim und Krems schlugen zusammen "
          "rund 8,4 Mio. Tonnen um, etwa vier Prozent weniger als im Vorjahr. Der Rückgang traf vor "
          "allem Agrargüter, während Container und Schwergut zulegten."),
    ("h", "Die Häfen in Bayern"),
    ("p", "Regensburg bleibt der größte Hafen an der bayerischen Donau. Er schlug 2023 rund "
          "3,2 Mio. Tonnen um. Die Regensburger Wirtschaft stützt sich auf ein großes Autowerk und "
          "die Elektronikindustrie, deren Zulieferer den Hafen für Stahlcoils und Bauteile nutzen."),
    ("p", "In Kelheim, an der Mündung des Main-Donau-Kanals, stellt das Unternehmen Kelheim Fibres "
          "Viskosefasern her; der Kelheimer Hafen dient vor allem dem Umschlag von Zellstoff und "
          "Baustoffen."),
    ("p", "Straubing hat sich als Standort der Bioökonomie einen Namen gemacht: Im "
          "Industriegebiet am Hafen Straubing-Sand haben sich Biokunststoff- und Biotech-Firmen "
          "angesiedelt. Der Hafen erreichte rund 1,1 Mio. Tonnen."),
    ("p", "In Deggendorf prägen Anlagen- und Apparatebau die Industrie; die Stadt profitiert zudem "
          "von ihrer Technischen Hochschule. Passau, die Dreiflüssestadt an Inn, Ilz und Donau, lebt "
          "vom Tourismus und von der Getriebe- und Antriebstechnik eines großen Zulieferers. Im "
          "Passauer Hafen legten 2023 rund 1.900 Flusskreuzfahrtschiffe an; für den Güterumschlag "
          "spielt er nur eine kleine Rolle."),
    ("h", "Die Häfen in Österreich"),
    ("p", "Der Ennshafen bei der Stadt Enns, an der Mündung der Enns in die Donau, schlug rund "
          "1,5 Mio. Tonnen und 64.000 TEU um und ist damit der größte Containerhafen an der "
          "österreichischen Donau. Sein Containerterminal ist für 100.000 TEU im Jahr ausgelegt. Die "
          "Stadt Enns, die sich gern die älteste Stadt Österreichs nennt, lebt von der Logistik und "
          "der Metallverarbeitung."),
    ("p", "Krems an der Donau ist das Tor zur Wachau. Die Kremser Wirtschaft lebt vom Weinbau und "
          "vom Tourismus; im Hafen werden vor allem Düngemittel, Stahl und Getreide umgeschlagen. "
          "Die Wachau selbst ist für ihre Marillen bekannt."),
    ("pagebreak",),
    ("h", "Die Mitgliedshäfen im Überblick"),
    ("caption", "Tabelle 1: Umschlag der Mitgliedshäfen 2023"),
    ("table", [
        ["Hafen", "Umschlag (1.000 t)", "Container (TEU)", "Ansässige Branchen"],
        ["Regensburg", "3.200", "–", "Autowerk, Elektronik"],
        ["Kelheim", "480", "–", "Chemiefasern"],
        ["Straubing-Sand", "1.100", "–", "Biokunststoffe, Biotechnologie"],
        ["Deggendorf", "390", "–", "Anlagenbau"],
        ["Passau", "210", "–", "Getriebebau"],
        ["Enns", "1.500", "64.000", "Logistik, Metallverarbeitung"],
        ["Krems", "1.150", "21.000", "Weinbau, Tourismus"],
    ], [32, 34, 32, 62]),
    ("p", "Die Summe der Tabelle liegt unter dem Verbundwert, weil Umschlag von Nicht-Mitgliedern "
          "an den Verbundterminals dort mitgezählt wird. Für 2024 rechnen wir mit einem leichten "
          "Plus, sofern der Pegel mitspielt."),
    ("h", "Partnerschaften und Kooperationen"),
    ("p", "Der Hafen Straubing-Sand und der Ennshafen haben 2021 eine Kooperationsvereinbarung "
          "geschlossen; die Häfen der beiden Städte tauschen seither Daten über Liegeplätze und "
          "Pegelprognosen aus. Passau und Krems sind seit 1974 Partnerstädte und laden einander "
          "jedes Jahr zu Wein- und Hafenfesten ein. Straubing pflegt zudem eine Städtepartnerschaft "
          "mit Wels in Oberösterreich."),
    ("p", "Eine Hafenpartnerschaft zwischen Deggendorf und dem kroatischen Vukovar ist im "
          "Gespräch, unterschrieben ist bislang nichts. Der Schubverband zwischen Linz und Krems "
          "sowie die neue Containerlinie von Enns nach Constanța sind Verkehre, keine "
          "Partnerschaften. Im Herbst besuchte eine Delegation aus Budapest den Hafen Regensburg."),
    ("h", "Ausblick"),
    ("p", "Der Verbund wird 2024 gemeinsam mit dem Hafen Wien ein Pilotprojekt für digitale "
          "Frachtpapiere starten. Ansprechpartner für Mitglieder ist Vorstand Ing. Thomas Melk."),
]

NORTH_CHANNEL = [
    ("title", "Annual Review 2023/24 (extract)"),
    ("subtitle", "North Channel Chambers Alliance · Scotland and Northern Ireland · June 2024"),
    ("h", "President’s foreword"),
    ("p", "Our members had a better year than many feared. Order books in energy, defence and "
          "digital services held up, freight volumes through our ports recovered, and the "
          "Windsor Framework has made trade across the North Channel easier to plan. This extract "
          "covers our five founding cities and the ports that serve them."),
    ("h", "Our cities"),
    ("p", "Glasgow remains the region’s industrial engine. Warships are again being built on the "
          "Clyde at Govan and Scotstoun, the city’s space companies build more small satellites than "
          "any other city in Europe, and a large financial-services workforce has grown up along "
          "the river. A graduate programme run with Edinburgh Napier University added 40 "
          "apprentices this year."),
    ("p", "Aberdeen – the Scottish city, not its namesake in Washington state – is still Europe’s "
          "oil and gas capital, but its supply chain is moving into offshore wind. "
          "Dundee, once known for jute, jam and journalism, now lives from video games and from "
          "decommissioning old North Sea platforms. The transport group based in Perth added 300 "
          "jobs in the city and its surroundings."),
    ("p", "In Belfast, aircraft parts, ships and cyber security are the headline industries: the "
          "city’s aerospace plants supply wings and fuselage sections, the shipyard that built the "
          "Titanic is building naval support ships again, and more than a hundred cyber-security "
          "firms employ some 2,500 people. Derry, also called Londonderry, is home to a software "
          "cluster and a pharmaceutical plant making generic medicines. Newry is known for food "
          "processing."),
    ("h", "Ports and connectivity"),
    ("p", "Belfast Harbour is Northern Ireland’s largest port and handled about 24 million tonnes in "
          "2023. The Port of Aberdeen handled some 4.4 million tonnes; its South Harbour, opened in "
          "2023, lets the city serve the largest offshore wind installation vessels. Grangemouth, "
          "Scotland’s largest container port, is also home to the country’s biggest petrochemical "
          "complex."),
    ("caption", "Table 1: Port throughput in 2023"),
    ("table", [
        ["Port", "City", "Throughput (million t)", "Main cargoes"],
        ["Belfast Harbour", "Belfast", "24.0", "ro-ro, grain, coal"],
        ["Port of Larne", "Larne", "5.1", "ro-ro freight"],
        ["Port of Aberdeen", "Aberdeen", "4.4", "offshore supplies, fuel"],
        ["Foyle Port", "Derry", "2.0", "fuel, animal feed"],
        ["Port of Dundee", "Dundee", "1.1", "wind components, grain"],
    ]),
    ("p", "Ferries link Belfast and Larne with Cairnryan several times a day; the crossings are "
          "our members’ busiest supply line."),
    ("h", "International links"),
    ("p", "Our cities’ twinnings open doors for members. Glasgow has been twinned with Rostock "
          "since 1967 and with Nuremberg since 1985, and Aberdeen’s twinning with Regensburg "
          "dates from 1955. Dundee and Würzburg have been twin cities since 1962."),
    ("p", "In 2022 the Port of Aberdeen and the Port of Esbjerg signed a memorandum of "
          "understanding on offshore wind logistics. A proposed twinning between Derry and Buffalo "
          "was discussed at a council committee but has not gone further, and a trade delegation "
          "from Houston spent three days in Aberdeen in March."),
    ("h", "Outlook"),
    ("p", "We expect steady growth in 2024/25, led by defence and renewables. Contact: Moira "
          "Paisley, Chief Executive, North Channel Chambers Alliance."),
]


PDFS = {
    "east-africa-corridor-project-brief.pdf": dict(
        blocks=EAST_AFRICA,
        header="Eastbridge Development Finance Corporation · Project Brief EB-24-117 · "
               "East African Corridors",
        footer="Project Brief EB-24-117 · page {n} of 2", lang="en",
        title="Project Brief: East African Corridor Logistics Facility"),
    "donauhafenverbund-jahresbericht-2023.pdf": dict(
        blocks=DONAU, header="Donauhafenverbund Bayern–Österreich e. V. · Jahresbericht 2023",
        footer="Jahresbericht 2023 · Seite {n}", lang="de",
        title="Donauhafenverbund Bayern–Österreich – Jahresbericht 2023"),
}
DOCXS = {
    "north-channel-chambers-annual-review.docx": dict(
        blocks=NORTH_CHANNEL, title="North Channel Chambers Alliance – Annual Review 2023/24"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_10.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
