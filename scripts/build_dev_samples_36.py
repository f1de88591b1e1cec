#!/usr/bin/env python3
"""Build batch 36 of the PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_36.py [--out DIR]

Same guarantees as the other ``build_dev_samples_*.py`` scripts: the texts are embedded
below, and the output is deterministic (reportlab runs in invariant mode; DOCX core
properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout
helpers (fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b36-mid-mississippi-barge-market-letter.pdf``: a river barge association's market
  letter, two pages, running header, footer "Market Letter 10/2023 · page N of 2", a drawn
  table "Harbor | Local industries served | 2021 | 2022" whose unit (thousand metric tons)
  is given only in the caption; one industry is given only in the table.
* ``b36-wallonia-maghreb-trade-attache-memo.pdf``: a trade attaché's country memo, two
  pages, running header, footer "Confidential – for Walloon exporters · N/2", a drawn table
  "City | Key sectors | Port tonnage" with the unit and year only in the caption.
* ``b36-steyr-partnerschaftsbuero-jahresbericht.docx``: a city twinning office's annual
  report with headings, a caption and a table of partner towns with the year of the
  partnership and their main industries.

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

BARGE = [
    ("title", "Market Letter No. 10/2023"),
    ("subtitle", "Mid-River Barge Operators Association · St. Louis to Memphis · October 2023"),
    ("h", "Low water, again"),
    ("p", "For the second autumn running, the Mississippi between St. Louis and Memphis is too "
          "shallow for fully loaded tows. The Memphis gauge dropped below minus ten feet in late "
          "September, and the Coast Guard limited tows south of Cairo to 25 barges. Cairo, for "
          "newcomers, is the small Illinois town at the mouth of the Ohio; locals say KAY-ro, and "
          "nobody on the river thinks of the Egyptian capital when they hear the name."),
    ("p", "Spot rates for grain barges from St. Louis to New Orleans rose to more than four times "
          "their five-year average before easing in the second week of October. Members report "
          "that most tows now load to nine feet, which leaves about a fifth of each barge empty."),
    ("h", "Harbor by harbor"),
    ("p", "St. Louis. The harbor stretches some seventy miles along both banks and handled about "
          "32 million metric tons in 2022, which keeps it the third-largest inland port in the "
          "United States. The city itself is more than a river town. It still brews beer on a "
          "grand scale, builds fighter jets at a plant beside the airport, and has grown a "
          "plant-science cluster around its botanical research institutes. Across the river, "
          "Granite City lives from its steel mill, which rolls slabs into hot-rolled coils."),
    ("p", "Cape Girardeau. Halfway down our stretch, Cape Girardeau is the regional centre for "
          "health care and higher education. A cement plant on its riverfront ships clinker and "
          "bagged cement by barge. Readers should note that the SEMO Port, which most shippers "
          "associate with the city, actually lies in Scott City, a few miles downstream; it "
          "loaded 1.6 million tons in 2022, mostly grain and fertilizer."),
    ("p", "Memphis. The Memphis economy runs on distribution. An overnight parcel carrier operates "
          "its global hub at the airport, which makes Memphis International the second-busiest "
          "cargo airport in the world, and dozens of warehouses for retailers and medical-device "
          "distributors line the interstates south of the city. The river port handled about "
          "11 million tons in 2022."),
    ("pagebreak",),
    ("h", "Tonnage by harbor"),
    ("caption", "Table 1: Barge tonnage handled by harbor, 2021 and 2022 (thousand metric tons), "
                "with the local industries our members serve"),
    ("table", [
        ["Harbor", "Local industries served", "2021", "2022"],
        ["St. Louis", "brewing, aerospace, plant science", "33,400", "32,000"],
        ["Scott City (SEMO Port)", "grain handling", "1,750", "1,600"],
        ["Cape Girardeau", "cement", "310", "270"],
        ["Memphis", "distribution, food processing", "11,800", "11,000"],
    ], [48, 68, 24, 24]),
    ("p", "Outbound cargo was dominated by corn and soybeans, inbound cargo by fertilizer, salt "
          "and steel coils. None of these figures includes fleeting and switching moves."),
    ("h", "Ports and partners"),
    ("p", "The Port of Memphis and the Port of New Orleans signed a port cooperation agreement in "
          "2021. The two ports have since trained pilots together and share low-water forecasts; "
          "cooperation on inland waterway safety is the main topic of their next meeting."),
    ("p", "Our St. Louis members hosted a youth rowing crew from Stuttgart in August. Stuttgart "
          "has been a sister city of St. Louis since 1960, the oldest of the city's partnerships. "
          "St. Louis is also twinned with Saint-Louis in Senegal, whose mayor visited the "
          "riverfront in June."),
    ("p", "At Cairo, the local port district still plans a container-on-barge terminal, and a "
          "sister-port arrangement with an inland port on the Rhine has been discussed. Neither "
          "project has moved beyond a feasibility study."),
    ("h", "Outlook"),
    ("p", "The Corps of Engineers expects the river to stay low until December. Members should "
          "plan for light loading through the harvest peak and check draft notices daily. "
          "Questions on this letter go to our chairman, Paul Memphis, at the association office."),
]

MAGHREB = [
    ("title", "Trade Attaché Memo: The Algerian and Tunisian Coast"),
    ("subtitle", "Wallonia Export Office, Algiers · for Walloon exporters and investors · "
                 "March 2024"),
    ("h", "Why this memo"),
    ("p", "Wallonia is known abroad for steel, glass, aerospace and biotechnology, and firms from "
          "our region increasingly ask where these skills fit on the southern shore of the "
          "Mediterranean. This memo reviews six coastal cities from Oran in the west to Sfax in "
          "the south-east. Figures are rounded and come from port authorities and our own "
          "contacts."),
    ("h", "Algeria"),
    ("p", "Algiers concentrates the country’s pharmaceutical industry: more than half of "
          "Algeria’s drug makers have their plants in the capital’s eastern suburbs. Food "
          "processing is the other large employer, from dairies to semolina mills. The Port of "
          "Algiers handled about 510,000 TEU in 2022, and most container lines call there first."),
    ("p", "Oran, the country’s second city, is an industrial town. A steel mill on its eastern edge "
          "turns scrap into reinforcing bar, and two cement works supply the building sites of the "
          "west. The hydrocarbons complex at Arzew, 40 km along the coast, liquefies natural gas "
          "and makes fertiliser; it is a separate town with its own port."),
    ("p", "Annaba ships phosphate and iron ore for export, but those cargoes come from mines near "
          "Tébessa and are no industry of the city. The large steelworks that "
          "once employed 20,000 people lies in El Hadjar, just south of Annaba, and still rolls "
          "steel today. The city itself is home to a fertiliser plant producing ammonia and "
          "nitrates."),
    ("h", "Tunisia"),
    ("p", "Sfax, Tunisia’s second-largest port, lives from olive oil pressing, phosphate chemistry "
          "and hundreds of small metalworking shops. Most of Tunisia’s containers, however, pass "
          "through Radès near Tunis. Sousse combines tourism with garment making; the newer "
          "arrivals in its industrial zones are makers of wiring harnesses for European "
          "carmakers. Bizerte, at the northern tip of the country, has the only Tunisian oil "
          "refinery, a cement plant and ship-repair yards."),
    ("pagebreak",),
    ("h", "Key data"),
    ("caption", "Table 1: Coastal cities – key sectors and port tonnage, 2022 (million t)"),
    ("table", [
        ["City", "Key sectors", "Port tonnage"],
        ["Algiers", "pharmaceuticals, food processing, electronics assembly", "10.2"],
        ["Oran", "steel, cement", "7.4"],
        ["Annaba", "fertiliser", "7.0"],
        ["Sfax", "olive oil, phosphate chemistry, metalworking", "5.8"],
        ["Sousse", "tourism, garments, wiring harnesses", "1.1"],
        ["Bizerte", "refining, cement, ship repair", "4.9"],
    ], [28, 108, 30]),
    ("h", "Links with Wallonia"),
    ("p", "Namur and Sousse have been twin cities since 2005. The two cities currently cooperate "
          "on water management and on training for tourist guides. Charleroi is twinned with "
          "Sfax, a link that local trade associations use for annual buyer meetings."),
    ("p", "In 2021 the Port of Liège and the Port of Bizerte signed a memorandum of understanding "
          "on logistics training. A similar agreement between Mons and Oran was proposed in 2019, "
          "but it has not been signed. A business mission from Liège and Seraing visited Algiers "
          "and Oran in May; a return visit is planned for the autumn."),
    ("h", "Practical advice"),
    ("p", "Letters of credit remain the rule for Algerian buyers, and import licences can take "
          "months. Tunisian partners are quicker, but expect long payment terms. For appointments "
          "contact our attaché, Élise Namur, at the Wallonia Export Office in Algiers."),
]

STEYR = [
    ("title", "Jahresbericht 2023"),
    ("subtitle", "Stadt Steyr · Büro für Städtepartnerschaften und internationale Kontakte"),
    ("h", "Vorwort"),
    ("p", "Steyr liegt dort, wo die Steyr in die Enns mündet, und ist seit dem Mittelalter eine "
          "Stadt des Eisens. Heute prägen Motorenbau, Fahrzeugtechnik und die Fertigung von "
          "Wälzlagern unsere Wirtschaft. Ein bayerischer Autobauer fertigt hier jedes Jahr rund eine "
          "Million Motoren, und die Stadt ist zugleich ein Standort der Elektronikindustrie. Die "
          "Traktoren, die weltweit unter dem Namen Steyr verkauft werden, entstehen übrigens im "
          "niederösterreichischen St. Valentin. Dort baut ein Landmaschinenkonzern sein "
          "europäisches Werk weiter aus."),
    ("p", "Das Jahr 2023 stand im Zeichen zweier Jubiläen und vieler Begegnungen. Dieser Bericht "
          "fasst sie zusammen."),
    ("h", "Unsere Partnerstädte"),
    ("p", "Mit Kettering im US-Bundesstaat Ohio, nicht zu verwechseln mit dem englischen Kettering "
          "in Northamptonshire, verbindet uns seit 1998 eine Städtepartnerschaft. Beide Städte "
          "feierten im Mai das 25-jährige Bestehen mit einem Schüleraustausch und einem "
          "Festkonzert. Kettering lebt vor allem vom Gesundheitswesen; dort sitzen außerdem "
          "Zulieferer der Luftfahrtindustrie."),
    ("p", "Die Partnerschaft mit Plauen im sächsischen Vogtland besteht seit 1970 und hat die Wende "
          "überdauert. Die Stadt ist für ihre Spitzen- und Stickereiindustrie bekannt. Im Herbst "
          "vereinbarten beide Städte eine Zusammenarbeit im Bereich Wasserstoff, die vor allem den "
          "Austausch von Verwaltungsfachleuten betrifft."),
    ("p", "San Benedetto del Tronto an der italienischen Adria ist seit 2004 unsere "
          "Partnerstadt. Eine Delegation des dortigen Fischereihafens besuchte im Juni unser "
          "Stadtfest."),
    ("caption", "Tabelle 1: Partnerstädte der Stadt Steyr"),
    ("table", [
        ["Partnerstadt", "Land", "seit", "Wirtschaftsschwerpunkte"],
        ["Kettering (Ohio)", "USA", "1998", "Gesundheitswesen, Luftfahrtzulieferer"],
        ["Plauen", "Deutschland", "1970", "Spitzen- und Stickereiindustrie, Maschinenbau"],
        ["San Benedetto del Tronto", "Italien", "2004", "Fischerei, Fischverarbeitung, Tourismus"],
        ["Eisenerz", "Österreich", "1985", "Erzbergbau"],
    ]),
    ("p", "Die Freundschaft mit dem steirischen Eisenerz verbindet zwei Orte der alten Eisenstraße; "
          "sie wird vor allem von Vereinen getragen."),
    ("h", "Nachbarn in Oberösterreich"),
    ("p", "Auch die Nachbarstädte pflegen Kontakte ins Ausland. Linz, die Landeshauptstadt und "
          "Sitz eines großen Stahlkonzerns, ist seit 1975 mit Halle an der Saale verschwistert. "
          "Der Linzer Donauhafen schlug 2023 rund 4,2 Mio. Tonnen um. "
          "Die chemische Industrie ist in Linz ebenfalls stark vertreten. Wels ist vor allem als "
          "Messestadt bekannt; die Frühjahrsmesse zeigte heuer Landtechnik und Photovoltaik. In "
          "Wels haben zudem Hersteller von Schweißgeräten und Wechselrichtern ihren Sitz."),
    ("p", "In Gmunden am Traunsee wird seit Jahrhunderten Keramik hergestellt. Die Stadt Traun, "
          "nicht zu verwechseln mit dem gleichnamigen Fluss, hat sich zu einem Logistikstandort "
          "entwickelt; dort produziert außerdem ein Hersteller von Kunststoffteilen für die "
          "Autoindustrie."),
    ("h", "Offene Projekte"),
    ("p", "Seit 2022 laufen Gespräche über eine Städtefreundschaft mit dem chinesischen Shiyan, "
          "einem Zentrum des Lkw-Baus. Ein Beschluss des Gemeinderats steht noch aus. Die 1992 "
          "geschlossene Partnerschaft mit Ústí nad Orlicí wurde 2016 im gegenseitigen "
          "Einvernehmen beendet."),
    ("p", "Für Rückfragen steht Ihnen der Leiter des Büros, Stefan Traun, im Rathaus am "
          "Stadtplatz zur Verfügung."),
]


PDFS = {
    "b36-mid-mississippi-barge-market-letter.pdf": dict(
        blocks=BARGE, header="Mid-River Barge Operators Association · Market Letter · October 2023",
        footer="Market Letter 10/2023 · page {n} of 2", lang="en",
        title="Market Letter No. 10/2023 – Mid-River Barge Operators Association"),
    "b36-wallonia-maghreb-trade-attache-memo.pdf": dict(
        blocks=MAGHREB, header="Wallonia Export Office Algiers · Trade Attaché Memo · "
                               "Algeria and Tunisia · March 2024",
        footer="Confidential – for Walloon exporters · {n}/2", lang="en",
        title="Trade Attaché Memo: The Algerian and Tunisian Coast"),
}
DOCXS = {
    "b36-steyr-partnerschaftsbuero-jahresbericht.docx": dict(
        blocks=STEYR, title="Jahresbericht 2023 – Büro für Städtepartnerschaften Steyr"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_36.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
