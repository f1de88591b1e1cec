#!/usr/bin/env python3
"""Build batch 74 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_74.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b74-bay-of-bengal-port-sector-profile.pdf``: a development agency's port sector profile for
  the Bangladesh and Myanmar coast, two pages, running header, footer "Port Sector Profile ·
  page N of 2", a drawn table "Port | Country | Cargo 2023 (million t) | Containers 2023
  ('000 TEU)" whose units are given only in the header row; two ports of the table are not in
  the GeoNames cities1000 data.
* ``b74-snake-columbia-waterway-users-minutes.pdf``: an inland-waterway user group's meeting
  minutes, two pages, running header, footer "Minutes SCWUG 1/2024 – page N", attendance and
  action items as bullet lists, no table.
* ``b74-saarhafen-kundeninformation.docx``: a German inland port's customer information with
  headings, bullet lists and a table "Hafenstandort | Umschlag 2023 (Tonnen) | Schwerpunkt"
  whose unit is given only in the column header.

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

BENGAL = [
    ("title", "Port Sector Profile: The Bangladesh and Myanmar Coast"),
    ("subtitle", "Delta Growth Facility · Infrastructure Series No. 12 · September 2024"),
    ("h", "Why this profile"),
    ("p", "The coast between the mouths of the Ganges and the Arakan hills carries the foreign "
          "trade of more than 220 million people, yet most of it still passes through a single "
          "river port. This profile looks at the existing gateways of Bangladesh and Myanmar, the "
          "new ones under construction, and the cities whose factories depend on them. It is meant "
          "for lenders and operators who are weighing investments in terminals, inland depots "
          "and feeder shipping."),
    ("h", "Chattogram"),
    ("p", "Chattogram, still written Chittagong on many charts and in older contracts, sits on "
          "the Karnaphuli River about 15 km from the sea. It is by far the busiest port in "
          "Bangladesh and one of the busiest in South Asia: in 2023 it handled roughly 3.1 million "
          "TEU. Its draught limit of about 9.5 metres keeps mother vessels out, so almost all "
          "boxes are relayed through Singapore, Colombo or Port Klang."),
    ("p", "The city's own economy rests on three pillars: ready-made garments for export, "
          "steel re-rolling mills that feed the construction boom, and the ship-breaking yards "
          "north of the city, where a large share of the world's retired tankers and bulk carriers "
          "are cut up. The Chittagong Stock Exchange, the country's second bourse, is a reminder "
          "that the port city is also a financial centre."),
    ("h", "Dhaka and Narayanganj"),
    ("p", "Most of the cargo that moves through Chattogram comes from or goes to the capital. "
          "Dhaka's garment factories employ several million workers, and the river town of "
          "Narayanganj, just south of it, is where much of the country's knitwear is made. Jute, "
          "once the region's signature product, is now grown and baled across the delta rather "
          "than in any one city."),
    ("h", "Mongla and Payra"),
    ("p", "Mongla, the second seaport of Bangladesh, lies on the edge of the Sundarbans and "
          "serves the south-west. Its nearest city, Khulna, is known for shrimp processing; the "
          "state-owned jute mills along the river there were closed in 2020. Payra, further east, "
          "opened in 2016 and mainly serves a coal-fired power station. A deep-water terminal at "
          "Payra is planned, but financing has not been agreed."),
    ("pagebreak",),
    ("h", "Yangon"),
    ("p", "Yangon, the former Rangoon, is Myanmar's largest port and handles close to nine tenths "
          "of the country's seaborne trade through the city wharves and the Thilawa terminals "
          "downstream. Container volumes reached roughly 1 million TEU in 2019 before the crisis "
          "and have not recovered since. Garment factories in Yangon's industrial zones sew for "
          "European and Japanese brands, and rice mills along the river still process much of the "
          "crop from the delta."),
    ("h", "Sittwe and Kyaukpyu"),
    ("p", "Sittwe, on the coast of Rakhine State, received a new port built with Indian finance "
          "as part of the Kaladan corridor, which is meant to link Kolkata with India's north-east "
          "by sea, river and road. The terminal is designed for about 500,000 tonnes a year but "
          "has seen little traffic. The town itself lives on fishing and the rice trade. Further "
          "south, a deep-sea port at Kyaukpyu has been on the drawing board for over a decade; "
          "oil and gas pipelines already run from there to Kunming in China."),
    ("caption", "Table 1: Main ports of the Bangladesh and Myanmar coast"),
    ("table", [
        ["Port", "Country", "Cargo 2023 (million t)", "Containers 2023 ('000 TEU)"],
        ["Chattogram", "Bangladesh", "118", "3,100"],
        ["Mongla", "Bangladesh", "11", "25"],
        ["Payra", "Bangladesh", "4", "–"],
        ["Yangon", "Myanmar", "21", "780"],
        ["Sittwe", "Myanmar", "0.1", "–"],
    ], [32, 30, 45, 55]),
    ("h", "Partnerships"),
    ("p", "The Chittagong Port Authority and the Sri Lanka Ports Authority signed a port "
          "partnership in 2019 that links Chattogram and Colombo in training and data exchange. "
          "Chattogram is also twinned with the Chinese city of Kunming. A sister-port memorandum "
          "between Mongla and Kolkata has been discussed for years without being signed, and the "
          "feeder services between Yangon and Chattogram are commercial routes."),
    ("h", "Outlook"),
    ("p", "The new Bay Terminal in Chattogram and the planned Matarbari deep-sea port would "
          "finally let larger ships call in Bangladesh. In Myanmar, new investment is unlikely "
          "before the political situation settles. Lead author: Nadia Barisal, senior transport "
          "specialist."),
]

MINUTES = [
    ("title", "Snake–Columbia Waterway Users Group: Minutes of the Quarterly Meeting"),
    ("subtitle", "Meeting 1/2024 · 12 March 2024 · Port of Kennewick board room and online"),
    ("h", "1. Attendance"),
    ("bullets", [
        "Chair: Linda Moscow (grain shippers' caucus)",
        "Port of Lewiston, Port of Clarkston, Port of Pasco, Port of Walla Walla",
        "Two barge operators, one tug operator, the Pacific Northwest Grain Exporters",
        "Guests: a representative of Boise Cascade and two students from Pullman",
    ]),
    ("p", "The chair opened the meeting at 9:30 and welcomed the new members. The minutes of the "
          "December meeting were approved without changes."),
    ("h", "2. Traffic report"),
    ("p", "The secretary reported that barges on the Snake and Columbia carried a little less "
          "wheat than a year earlier, mostly because the Palouse harvest was smaller. Lewiston, "
          "the farthest-inland port on the West Coast, handled about 1,100 containers in 2023, "
          "nearly all of them loaded with paper products and dried peas and lentils. Members "
          "noted that the container dock is underused and asked the Port of Lewiston to market it "
          "to Idaho shippers."),
    ("p", "The Port of Pasco reported that its new grain terminal, opened in the autumn, is "
          "designed to load some 3 million tonnes a year. Further downstream, the Port of "
          "Vancouver (the one in Washington, not the Canadian city) handled about 7.5 million "
          "tonnes in 2023, and Portland remains the largest wheat export port in the United "
          "States."),
    ("h", "3. Members' news"),
    ("p", "Lewiston's economy still rests on its pulp and paperboard mill, and the city is where a "
          "good part of America's sporting ammunition is made. Jet boats for the river canyons are "
          "built in Clarkston and in Lewiston, and both yards are booked well into next year."),
    ("p", "In the Tri-Cities, Pasco's frozen-potato plants are running at full capacity, and a "
          "Kennewick firm that makes irrigation equipment announced an expansion. Richland is home "
          "to the contractors cleaning up the old Hanford site and to a national research "
          "laboratory. Walla Walla members reported a good year for the town's wineries. A "
          "planned data centre in Umatilla was mentioned, but it has not yet been approved. The "
          "representative of Boise Cascade said the company's plywood plants elsewhere in the "
          "region are unaffected by the lock outage."),
    ("pagebreak",),
    ("h", "4. Lock outage and dams"),
    ("p", "The Corps of Engineers will close the navigation locks from 9 December to 20 March for "
          "maintenance. Members asked for the outage to be shortened. The chair reminded members "
          "that the debate about breaching the four lower Snake River dams is a federal matter and "
          "not on the group's agenda."),
    ("h", "5. Cooperation and partnerships"),
    ("p", "The Port of Lewiston and the Port of Portland signed a container-on-barge cooperation "
          "agreement in 2022; the first test barge is expected in May. Pasco's sister city is "
          "Colima in Mexico, and a delegation from there will visit the grain terminal in April. "
          "A sister-port agreement between Clarkston and Astoria, proposed last summer, was tabled "
          "by the Clarkston commission and will not go ahead this year. The barge service from "
          "Pasco to Portland remains a weekly commercial route."),
    ("h", "6. Action items"),
    ("bullets", [
        "Secretary to write to the Corps of Engineers about the lock outage dates.",
        "Port of Lewiston to prepare a one-page flyer on the container dock.",
        "Members to send harvest estimates for the Palouse and the Camas Prairie by 30 April.",
    ]),
    ("p", "The next meeting will be held on 11 June 2024 in Clarkston. The meeting closed at "
          "11:45. Minutes taken by the secretary and approved by the chair."),
]

SAARHAFEN = [
    ("title", "Kundeninformation 2/2024: Saarhafen Dillingen"),
    ("subtitle", "Hafenbetriebe Saar-Mosel · Juni 2024 · für Verlader, Spediteure und Reedereien"),
    ("h", "Das Wichtigste in Kürze"),
    ("bullets", [
        "Umschlag 2023: rund 3,1 Mio. Tonnen (Vorjahr: 3,4 Mio. Tonnen)",
        "Neuer Portalkran an Liegeplatz 3 ab August in Betrieb",
        "Schleusensperrung an der Saar vom 14. bis 25. Oktober",
        "Neue Ansprechpartnerin im Vertrieb: Julia Saarburg",
    ]),
    ("h", "Umschlagentwicklung"),
    ("p", "Der Saarhafen Dillingen – gemeint ist Dillingen an der Saar, nicht Dillingen an der "
          "Donau – hat im Jahr 2023 rund 3,1 Mio. Tonnen umgeschlagen, nach 3,4 Mio. Tonnen im "
          "Jahr davor. Damit bleibt er der größte Binnenhafen des Saarlandes. Die Kaianlagen "
          "sind auf bis zu 5 Mio. Tonnen im Jahr ausgelegt, es gibt also noch Reserven. Den "
          "Rückgang erklären vor allem geringere Erz- und Kohlemengen für die Hochöfen; Schrott, "
          "Stahlcoils und Baustoffe blieben stabil."),
    ("p", "In Dillingen selbst werden Grobbleche für Windkraftfundamente und Pipelines gewalzt, "
          "und ein großer Teil der Ladung geht direkt an das Walzwerk. In Völklingen erzeugt das "
          "Stahlwerk Walzdraht und Stabstahl. Die alte Völklinger Hütte dagegen ist seit 1986 "
          "stillgelegt und heute Weltkulturerbe; Ladung kommt von dort keine."),
    ("h", "Unsere Hafenstandorte"),
    ("table", [
        ["Hafenstandort", "Umschlag 2023 (Tonnen)", "Schwerpunkt"],
        ["Dillingen", "3.100.000", "Erz, Kohle, Stahl"],
        ["Saarbrücken", "420.000", "Baustoffe, Container"],
        ["Merzig", "150.000", "Getreide, Holz"],
    ]),
    ("h", "Die Industrie im Hinterland"),
    ("p", "Das Saarland war über ein Jahrhundert vom Kohlebergbau geprägt, die letzte Zeche "
          "schloss 2012. Heute sind es andere Branchen, die unsere Kaianlagen füllen:"),
    ("bullets", [
        "Saarlouis – Automobilzulieferer, vor allem Hersteller von Sitzen und Achsmodulen",
        "Homburg – Einspritztechnik und Reifenproduktion",
        "Merzig – Fruchtsaftkeltereien; die Marke „Merziger“ kennt man bundesweit",
        "Mettlach – Sitz eines traditionsreichen Keramikherstellers",
        "Saarbrücken – IT-Dienstleister und Versicherungen",
    ]),
    ("p", "Im Vertriebsgebiet Ost sind wir mit Kunden aus Neunkirchen und der Sparkasse "
          "Neunkirchen über die Finanzierung eines neuen Lagers im Gespräch; eine Entscheidung "
          "steht noch aus."),
    ("h", "Partnerschaften und Verbindungen"),
    ("p", "Seit 2018 besteht eine Hafenpartnerschaft zwischen Dillingen und dem lothringischen "
          "Hafen Thionville-Illange; beide Häfen tauschen Daten über Schleusenzeiten aus. Die "
          "Stadt Dillingen ist zudem mit Hettange-Grande in Frankreich verschwistert. Mit dem "
          "luxemburgischen Hafen Mertert hat es Gespräche über eine Zusammenarbeit gegeben, eine "
          "Vereinbarung wurde aber nicht geschlossen. Die wöchentlichen Schubverbände nach "
          "Rotterdam und Antwerpen fahren weiter im gewohnten Takt."),
    ("h", "Kontakt"),
    ("p", "Für Fragen zu Liegeplätzen, Lagerflächen und Tarifen steht Ihnen unser Vertrieb zur "
          "Verfügung. Bitte melden Sie Schiffe mindestens 48 Stunden vor Ankunft über das "
          "Hafenportal an."),
]


PDFS = {
    "b74-bay-of-bengal-port-sector-profile.pdf": dict(
        blocks=BENGAL, header="Delta Growth Facility · Port Sector Profile · Bangladesh and "
                              "Myanmar · September 2024",
        footer="Port Sector Profile · page {n} of 2", lang="en",
        title="Port Sector Profile: The Bangladesh and Myanmar Coast"),
    "b74-snake-columbia-waterway-users-minutes.pdf": dict(
        blocks=MINUTES, header="Snake–Columbia Waterway Users Group · Minutes of Meeting 1/2024 · "
                               "12 March 2024",
        footer="Minutes SCWUG 1/2024 – page {n}", lang="en",
        title="Snake–Columbia Waterway Users Group: Minutes of the Quarterly Meeting"),
}
DOCXS = {
    "b74-saarhafen-kundeninformation.docx": dict(
        blocks=SAARHAFEN, title="Kundeninformation 2/2024: Saarhafen Dillingen"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_74.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
