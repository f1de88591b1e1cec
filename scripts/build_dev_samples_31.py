#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 31 in ``samples/dev/``.

    python scripts/build_dev_samples_31.py [--out DIR]

Companion to ``build_dev_samples_6.py`` and the later batch scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic (reportlab runs in
invariant mode; DOCX core properties and zip timestamps are fixed), so running it again gives
byte-identical files. The gold annotations (``NAME.gold.json``) are written by hand and kept
beside the documents; this script does not touch them, nor the TXT and HTML reports of the
batch. The layout helpers live in ``sample_builders.py``.

Layouts in this batch:

* ``b31-port-of-aberdeen-sustainability-excerpt.pdf``: two pages, running header, footer
  "Sustainability Report 2023 · page N", a drawn table "Harbour | Cargo (kt) | Shore power |
  Local industries" with the unit only in the header (thousand tonnes); one town's industry
  and four ports' tonnages are given only in the table.
* ``b31-eastern-seaboard-logistics-park-investor-memo.pdf``: two pages, running header, footer
  "Confidential · N/2", a drawn table of locations with distance, rent and lead tenant
  sectors (one town appears only in the table).
* ``b31-grenzregion-elsass-lothringen-jobreport.docx``: a German trade-union regional jobs
  report with headings, a table of locations with sectors (one row is a region, one town's
  sectors are given only in the table) and bullets.

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

ABERDEEN = [
    ("title", "Sustainability Report 2023 – Excerpt"),
    ("subtitle", "Port of Aberdeen · Chapter 4: Our port in the regional economy · April 2024"),
    ("h", "A port in transition"),
    ("p", "2023 was the first full year of operations at South Harbour, our new deep-water "
          "extension at the southern edge of the city. Across North and South Harbour, the Port of "
          "Aberdeen handled 4.3 million tonnes of cargo, up from 4.0 million tonnes in 2022. South "
          "Harbour alone is designed to handle about 1.5 million tonnes a year. We remain the UK’s "
          "busiest port for offshore energy support vessels: on a typical day some forty of them "
          "lie alongside. Heavy-lift cargo for wind projects, pipe for subsea fields and supplies "
          "for the platforms fill most of our quays; fish, timber and cement make up the rest."),
    ("h", "The economy around us"),
    ("p", "For fifty years Aberdeen has built its prosperity on oil and gas, and the sector still "
          "employs tens of thousands of people in the city, from operators’ head offices to "
          "subsea engineering firms. The city is now reinventing itself. A producer of green "
          "hydrogen, several offshore wind developers and a cluster of decommissioning "
          "specialists have moved into former oil-service premises, and much of our shore-power "
          "investment is meant for their vessels. Readers from the finance world may know the "
          "name from Aberdeen Asset Management, the fund manager, which is now part of a larger "
          "group and has no link to the port."),
    ("p", "About thirty miles to the north, Peterhead is Europe’s largest white-fish port. Its fish "
          "processors, from filleting halls to smokehouses, employ more than two thousand people, "
          "and the town is also home to a gas-fired power station. Fraserburgh, a little further "
          "along the coast, is the UK’s largest shellfish port. Its boatyard builds and repairs "
          "fishing vessels, and shellfish processing has been the town’s mainstay for a century."),
    ("p", "To the south, Montrose in Angus serves as the operations base for one of Scotland’s "
          "largest offshore wind farms, which has brought technicians and crew-transfer companies "
          "to the harbour. The town is also home to a pharmaceutical plant that makes active "
          "ingredients for inhalers. Dundee, on the Tay, is best known today for video games: "
          "several successful studios started there, and the city’s universities keep them "
          "supplied with graduates. The city has also become a centre for decommissioning old "
          "platforms. Our apprentices’ football team plays its home games next to the ground of "
          "Dundee United."),
    ("pagebreak",),
    ("h", "East coast harbours at a glance"),
    ("p", "The harbours of the east coast report their figures jointly under the Scottish East "
          "Coast Green Ports Compact. The table shows cargo handled in 2023, the number of berths "
          "with shore power and the local industries that each harbour mainly serves."),
    ("caption", "Table 4.2: East coast harbours, 2023"),
    ("table", [
        ["Harbour", "Cargo (kt)", "Shore power", "Local industries"],
        ["Aberdeen", "4,300", "6", "oil and gas, offshore wind, subsea engineering"],
        ["Peterhead", "1,100", "2", "fish processing, power generation"],
        ["Fraserburgh", "150", "1", "shellfish processing, boatbuilding"],
        ["Montrose", "450", "1", "offshore wind services, pharmaceuticals"],
        ["Dundee", "800", "2", "video games, decommissioning, life sciences"],
        ["Arbroath", "–", "0", "fish smoking"],
    ], [28, 24, 30, 88]),
    ("h", "Emissions"),
    ("p", "Our own Scope 1 and 2 emissions fell to 6,200 tonnes of CO2 equivalent, 12 percent "
          "less than in 2022. Four more shore-power berths will follow at South Harbour in 2025, "
          "and the first hydrogen-ready tug arrives next spring."),
    ("h", "Partners across the North Sea"),
    ("p", "Aberdeen and Stavanger, Norway’s oil capital, have been twin cities since 1990. "
          "Building on that link, the Port of Aberdeen and Stavangerregionen Havn signed a green "
          "port partnership in 2022 that covers shore power and low-emission supply vessels; the "
          "two ports now publish a joint emissions dashboard. Talks with the Port of Esbjerg about "
          "a similar agreement continue. Aberdeen’s other twin towns, Regensburg in Bavaria and "
          "Clermont-Ferrand in France, sent pupils to our sea-school week. The city’s sister-city "
          "relationship with Houston, dating from 1979, brought an energy-transition delegation "
          "to South Harbour in September."),
    ("p", "In Dundee, the twinning committee for Würzburg, the Bavarian city with which Dundee "
          "has been twinned since 1962, organised a harbour tour for its German guests. In June, "
          "colleagues from the Port of Grays Harbor in Aberdeen, Washington, where log exports "
          "keep the quays busy, visited us to compare notes; no formal agreement is planned. Our "
          "ferry partners continue to sail every night to Lerwick and Kirkwall."),
]

THAILAND = [
    ("title", "Investor Memorandum: Eastern Seaboard Logistics Park, Phase 2"),
    ("subtitle", "Tidewater Industrial Estates Pte. Ltd. · For qualified investors only · "
                 "March 2024"),
    ("h", "Summary"),
    ("p", "We are raising THB 2.4 billion for the second phase of our logistics park on Thailand’s "
          "Eastern Seaboard, 14 kilometres from Laem Chabang, the country’s main deep-sea port in "
          "Si Racha district. Phase 1, with 86,000 m² of warehouses, is 97 percent let. Phase 2 "
          "adds 120,000 m² of grade-A warehouse and light-industrial space on a 60-rai plot next "
          "to Highway 7. We expect a stabilised yield of 8.1 percent."),
    ("h", "The port"),
    ("p", "Laem Chabang handled about 8.9 million TEU in 2023 and is by far Thailand’s largest "
          "container port. Its existing terminals are designed for roughly 11 million TEU a year. "
          "The third phase of the port, now under construction, would add another 7 million TEU "
          "around 2030; our projections do not depend on it. Bangkok’s river port, limited by "
          "its shallow channel, handled about 1.4 million TEU in the same year. Most of the boxes "
          "through Laem Chabang carry electronics, car parts and frozen food, and the port is "
          "also the country’s main gateway for exported cars."),
    ("p", "Si Racha itself, a town whose name most foreigners know only from a bottle of chilli "
          "sauce made in California, is home to one of the country’s largest oil refineries. It "
          "also has a large Japanese community, most of whose members work as engineers in the "
          "industrial estates around the town."),
    ("h", "Demand drivers"),
    ("p", "Chonburi province holds some of the densest industrial estates in Asia. Chonburi town, "
          "the provincial capital, has a strong cluster of food processors, chiefly seafood and "
          "poultry plants, which are among our most reliable cold-storage tenants."),
    ("p", "Further east, Rayong province is the heart of Thailand’s car industry, with assembly "
          "plants of Japanese and Chinese brands spread across several estates. Rayong town, the "
          "provincial capital, has a different profile: it is known for its fish-sauce makers and "
          "its fishing harbour. The large petrochemical complex of Map Ta Phut belongs to a "
          "separate municipality and lies outside our catchment."),
    ("p", "Pattaya, 25 kilometres south of the site, lives from tourism and conventions; the city "
          "has also become a busy market for condominium developers. Sattahip, home of the Royal "
          "Thai Navy’s main base, has a commercial port that handled about 1.2 million tonnes of "
          "bulk and ro-ro cargo in 2023. U-Tapao airport, in neighbouring Ban Chang, has direct "
          "flights to Kunming, and an airport city around it is still at the planning stage."),
    ("pagebreak",),
    ("h", "Location comparison"),
    ("caption", "Table 1: Logistics locations on the Eastern Seaboard, Q4 2023"),
    ("table", [
        ["Location", "Port (km)", "Rent (THB/m²)", "Lead tenant sectors"],
        ["Si Racha", "14", "165", "oil refining, electronics"],
        ["Chonburi", "32", "150", "food processing"],
        ["Ban Bueng", "28", "135", "furniture, packaging"],
        ["Rayong", "60", "140", "fish sauce"],
    ], [30, 24, 32, 84]),
    ("p", "Rents are monthly, per square metre of warehouse space. Ban Bueng is included as the "
          "cheapest alternative to our site."),
    ("h", "Partnerships that matter to tenants"),
    ("p", "Laem Chabang and the Port of Yokohama signed a sister-port memorandum in 2017, covering "
          "terminal automation and staff exchange, which is welcome news for our Japanese "
          "tenants. A similar agreement with the Port of Busan has been discussed but not signed. "
          "Rayong and Ulsan in South Korea have been twin cities since 2012; the two cities "
          "exchange vocational trainees every year. Pattaya is a sister city of Sanya, the Chinese "
          "resort city on Hainan. Chonburi province also has a friendship agreement with "
          "Shizuoka Prefecture in Japan."),
    ("h", "Risks"),
    ("p", "Land prices around the port rose by 9 percent in 2023, and power outages remain an "
          "issue in older estates. Our base case assumes no contribution from the planned "
          "high-speed railway linking the three airports. Questions to the investor relations "
          "team, attention Ms Nancy Wong."),
]

ELSASS = [
    ("title", "Arbeitsplatzbericht Elsass und Lothringen 2024"),
    ("subtitle", "Gewerkschaftsrat Grenzregion Oberrhein–Mosel · Jobreport für Beschäftigte und "
                 "Grenzgänger · Oktober 2024"),
    ("h", "Die Lage auf einen Blick"),
    ("p", "Die Industrie im Elsass und in Lothringen hat 2024 mehr Stellen abgebaut als geschaffen. "
          "Unter Druck stehen vor allem die Zulieferer der Autoindustrie. Die Agrar- und "
          "Ernährungswirtschaft des Elsass stellt dagegen weiter ein, ebenso der Weinbau entlang "
          "der Weinstraße. Für die Kolleginnen und Kollegen, die täglich über Rhein oder Mosel "
          "pendeln, bleibt der Arbeitsmarkt zweigeteilt."),
    ("h", "Haguenau und das nördliche Elsass"),
    ("p", "In Haguenau (Hagenau) hängen die meisten Industriearbeitsplätze an zwei Betrieben: an "
          "einem Hersteller von Getriebemotoren und an einem Wälzlagerwerk eines deutschen "
          "Zulieferers. Dort wurden im Frühjahr 180 Stellen gestrichen; die Betriebsräte konnten "
          "Kündigungen aber weitgehend vermeiden. Die Stadt ist außerdem Standort einer großen "
          "Süßwarenfabrik, die zuletzt sogar Leiharbeiter fest übernommen hat."),
    ("h", "Colmar und Sélestat"),
    ("p", "Colmar lebt zu einem guten Teil vom Tourismus, doch der größte industrielle Arbeitgeber "
          "ist ein Werk für Hydraulikbagger am nördlichen Stadtrand. Die Colmarer Baggerbauer "
          "haben wegen der schwachen Baukonjunktur für den Herbst Kurzarbeit angemeldet. "
          "„Wir haben volle Auftragsbücher für 2025, aber jetzt fehlt die Arbeit“, sagt "
          "Betriebsrätin Nancy Kieffer. In Schlettstadt, wie Sélestat auf Deutsch heißt, melden "
          "die Betriebe dagegen stabile Zahlen."),
    ("h", "Lothringen: Nancy und Thionville"),
    ("p", "In Nancy sind Krankenhäuser und Hochschulen die größten Arbeitgeber. Die Stadt hat "
          "sich aber auch mit ihrer Kristallglasherstellung einen Namen gemacht, und 2023 hat "
          "dort ein Hersteller von Medizintechnik ein neues Werk mit 250 Stellen eröffnet."),
    ("p", "Thionville (Diedenhofen) ist die Stadt der Grenzgänger: Mehr als die Hälfte der "
          "Beschäftigten arbeitet in Luxemburg, vor allem bei den Banken und Fondsgesellschaften "
          "der Stadt Luxemburg. In Thionville selbst wachsen Logistik und Rechenzentren. Die "
          "Stahlindustrie, die das Tal ein Jahrhundert lang geprägt hat, ist nur noch mit einem "
          "Kaltwalzwerk im benachbarten Florange vertreten; die Hochöfen dort sind seit 2012 "
          "erloschen."),
    ("p", "Der Moselhafen von Thionville schlug 2023 rund 1,6 Mio. Tonnen um, vor allem "
          "Stahlprodukte und Getreide. Der Rheinhafen Straßburg ist mit gut 7 Mio. Tonnen im "
          "selben Jahr der zweitgrößte Binnenhafen Frankreichs."),
    ("h", "Standorte im Vergleich"),
    ("caption", "Tabelle 1: Ausgewählte Standorte, Schwerpunktbranchen und Stellenentwicklung 2024"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Stellen 2024", "Grenzgänger"],
        ["Haguenau", "Antriebstechnik, Wälzlager, Süßwaren", "−180", "2.100"],
        ["Colmar", "Baumaschinen, Tourismus", "−60", "1.400"],
        ["Sélestat", "Kunststoffverarbeitung, Papierindustrie", "+40", "900"],
        ["Nancy", "Gesundheitswesen, Medizintechnik", "+120", "300"],
        ["Thionville", "Logistik, Rechenzentren", "+90", "24.000"],
        ["Elsass gesamt", "Ernährungswirtschaft, Weinbau", "+350", "–"],
    ]),
    ("h", "Grenzüberschreitende Partnerschaften"),
    ("p", "Gewerkschaftsarbeit über die Grenze profitiert von den alten Städtepartnerschaften. "
          "Nancy und Karlsruhe sind seit 1955 verschwistert; beide Städte fördern inzwischen "
          "gemeinsam den Austausch von Auszubildenden. Haguenau pflegt seit Jahrzehnten eine "
          "Partnerschaft mit Landau in der Pfalz, Sélestat eine mit Waldkirch im Breisgau. Colmar "
          "ist unter anderem mit Schongau und mit Lucca verschwistert."),
    ("bullets", [
        "Die Zusammenarbeit der IG Metall Karlsruhe mit der CGT in Nancy ist eine Kooperation "
        "von Gewerkschaften, keine Städtepartnerschaft.",
        "Eine Partnerschaft zwischen Thionville und dem saarländischen Merzig ist im Gespräch, "
        "aber noch nicht beschlossen.",
        "Die Tram von Straßburg nach Kehl erleichtert vielen Beschäftigten den Arbeitsweg.",
    ]),
    ("h", "Kontakt"),
    ("p", "Beratung für Grenzgängerinnen und Grenzgänger: jeden Dienstag, telefonisch und per "
          "Videosprechstunde. Redaktion: Gewerkschaftsrat Grenzregion Oberrhein–Mosel."),
]


PDFS = {
    "b31-port-of-aberdeen-sustainability-excerpt.pdf": dict(
        blocks=ABERDEEN, header="Port of Aberdeen · Sustainability Report 2023 · Chapter 4 (excerpt)",
        footer="Sustainability Report 2023 · page {n}", lang="en",
        title="Port of Aberdeen – Sustainability Report 2023 (excerpt)"),
    "b31-eastern-seaboard-logistics-park-investor-memo.pdf": dict(
        blocks=THAILAND, header="Tidewater Industrial Estates · Investor Memorandum · "
                                "Eastern Seaboard Logistics Park, Phase 2",
        footer="Confidential · {n}/2", lang="en",
        title="Investor Memorandum: Eastern Seaboard Logistics Park, Phase 2"),
}
DOCXS = {
    "b31-grenzregion-elsass-lothringen-jobreport.docx": dict(
        blocks=ELSASS, title="Arbeitsplatzbericht Elsass und Lothringen 2024"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_31.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
