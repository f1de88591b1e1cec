#!/usr/bin/env python3
"""Build batch 61 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_61.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b61-vietnam-typhoon-season-risk-bulletin.pdf``: a marine insurer's loss prevention
  bulletin, two pages, running header, footer "Bulletin 2024/07 – page N of 2", a drawn table
  "Port | Cargo handled 2023 (million t) | Main weather risk" whose unit and year are given only
  in the column header; a bullet list of recommendations.
* ``b61-seaway-inland-shipping-member-update.pdf``: an inland-shipping association's member
  update, two pages, running header, footer "Member Update 14 – page N / 2", no table; season
  dates as bullets, cargo review by port in paragraphs.
* ``b61-vietnam-supplier-scouting-report.docx``: a procurement consultant's supplier-scouting
  report with numbered headings, a bullet summary "City – products", a caption and a shortlist
  table "Supplier | Location | Products | Staff | Audit priority"; one city's sector is given
  only in the table.

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

TYPHOON = [
    ("title", "Loss Prevention Bulletin 2024/07: Typhoon Season on Vietnam's Central and Southern Coast"),
    ("subtitle", "Meridian Marine Mutual · Loss Prevention Department · 2 September 2024"),
    ("h", "Why this bulletin"),
    ("p", "Between September and December the central coast of Vietnam takes the brunt of the "
          "typhoon season. Last year our members reported fourteen weather-related claims in "
          "Vietnamese waters, nine of them on the stretch between Da Nang and Nha Trang: dragged "
          "anchors, parted moorings and two groundings. The most expensive case was the bulk carrier "
          "Cam Ranh Spirit, which lost both anchors in a squall and had to be towed off a sandbank. "
          "This bulletin sums up what our correspondents see in the main ports and what we expect "
          "masters and managers to do before the next storm."),
    ("h", "Da Nang"),
    ("p", "Da Nang, which older charts still call Tourane, is central Vietnam's largest container "
          "port, and its Tien Sa terminal is well sheltered behind the Son Tra peninsula. The "
          "anchorage in the bay is not. When a storm warning is issued, masters must either leave "
          "for open sea or shift to a berth in good time; the harbour master closes the anchorage "
          "twelve hours before landfall."),
    ("p", "The city itself has changed faster than its port. Tourism and software outsourcing now "
          "employ more people than the docks. Cargo across the quays is mostly wood chips, cement "
          "clinker and containers of furniture parts. A muddy hue in the river water is usually "
          "the first sign that floods upstream will soon reach the harbour."),
    ("p", "Thirty kilometres south, the old trading town of Hoi An lives from tourism. It has no "
          "commercial port worth the name, and yachts should not count on shelter there."),
    ("h", "Dung Quat and Quy Nhon"),
    ("p", "The Dung Quat economic zone in Quang Ngai province hosts the country's first oil refinery "
          "and a large integrated steelworks, and its deep-water berths handle crude oil, coking coal "
          "and iron ore. Dung Quat is an industrial zone rather than a town; claims there are handled "
          "by our correspondent in Da Nang."),
    ("p", "Quy Nhon, the capital of Binh Dinh province, has the biggest wood-processing industry on "
          "the central coast. The city's furniture factories turn plantation acacia and eucalyptus "
          "into garden chairs and tables for Europe, while the offcuts leave the port as wood chips "
          "and pellets. The approach channel is narrow and exposed to north-easterly swell, so pilots "
          "stop boarding early when the monsoon sets in. The port authorities of Quy Nhon and "
          "Kaohsiung signed a cooperation agreement on pilot training in 2018, and Taiwanese pilots "
          "have run two courses in the city since. The weekly feeder that links Quy Nhon with "
          "Kaohsiung and Busan is a commercial service and not part of that agreement."),
    ("pagebreak",),
    ("h", "Vung Tau and the Cai Mep–Thi Vai terminals"),
    ("p", "Vung Tau, the Cap Saint-Jacques of the colonial era, is the base of Vietnam's offshore oil "
          "and gas industry. Supply boats, helicopters and the fabrication yards that build jackets "
          "and topsides for the fields offshore all work out of the city. Upstream on the Thi Vai "
          "river, the deep-water terminals of Cai Mep handled roughly 5.5 million TEU last year and "
          "have made the area one of the largest container gateways in Southeast Asia. Port "
          "statistics count these terminals under the Vung Tau port area, and so do we. Typhoons "
          "rarely reach this far south, but the channel is crowded, and collisions are our largest "
          "single claims item here."),
    ("h", "Can Tho and the Mekong Delta"),
    ("p", "Can Tho, the largest city of the Mekong Delta, lies on the Hau river some 80 km from the "
          "sea. The delta as a whole grows most of Vietnam's rice. In Can Tho itself, rice mills and "
          "seafood-processing plants, above all for pangasius, line the river banks. Further "
          "upstream, Long Xuyen is where much of the pangasius catch is filleted and frozen for "
          "export. A gas-fired power plant planned on Can Tho's western outskirts has been postponed "
          "again. In the delta the main risk from October is flooding rather than wind: high water "
          "reduces air draught under the bridges and moves the shoals in the river."),
    ("caption", "Table 1: Ports covered by this bulletin – cargo handled and main weather risk"),
    ("table", [
        ["Port", "Cargo handled 2023 (million t)", "Main weather risk"],
        ["Da Nang", "13.2", "typhoon, exposed anchorage"],
        ["Quy Nhon", "14.8", "swell in the approach channel"],
        ["Nha Trang", "1.9", "typhoon, small harbour"],
        ["Vung Tau (incl. Cai Mep–Thi Vai)", "96.5", "collision in crowded channel"],
        ["Can Tho", "7.4", "river flooding, shoaling"],
    ], [62, 48, 60]),
    ("h", "What we expect from members"),
    ("bullets", [
        "Keep a typhoon plan on board that names a safe berth or sea room for every port of call.",
        "Leave the Da Nang anchorage as soon as the harbour master issues a warning; do not wait "
        "for the second signal.",
        "For river calls at Can Tho, check the latest soundings and air draught with the agent "
        "before the vessel enters the Hau river.",
        "Report any incident to our correspondents in Da Nang or Ho Chi Minh City within 24 hours.",
    ]),
    ("p", "Members who follow this guidance will not be penalised for delays caused by leaving port "
          "early. Questions go to the Loss Prevention Department."),
]

SEAWAY = [
    ("title", "Member Update No. 14: Closing the 2024 Navigation Season"),
    ("subtitle", "Lower Lakes & St. Lawrence Inland Shipping Association · 22 November 2024"),
    ("h", "Season closing dates"),
    ("p", "The Seaway corporations have confirmed the closing dates for this season. Members with "
          "late cargoes should book their transits now: slots in the last week are already scarce, "
          "and ice can close a section earlier than planned."),
    ("bullets", [
        "Montreal–Lake Ontario section: last transits on 31 December, weather permitting.",
        "Welland Canal: last downbound transit on 2 January; the tie-up wall at Port Colborne is "
        "reserved for members until 15 December.",
        "Soo Locks at Sault Ste. Marie, Michigan: closing on 15 January, reopening on 25 March.",
    ]),
    ("h", "Cargo review by port"),
    ("p", "Hamilton, Ontario, again moved more cargo than any other Canadian port on the Great Lakes: "
          "about 9.8 million tonnes in the first ten months of the year. The city's steelmakers took "
          "less iron ore than in 2023, because one of the two integrated mills is converting to "
          "electric-arc furnaces, but grain, sugar and fertiliser made up most of the difference. "
          "Hamilton also refines sugar, and its refinery receives raw sugar by ship every spring. "
          "(Members whose vessels are registered in Hamilton, Bermuda, should note that the "
          "Canadian cabotage rules described below apply to them as well.)"),
    ("p", "In August the port welcomed a delegation from Fukuyama, Hamilton's sister city since 1975. "
          "The Japanese city is home to one of the largest steelworks in Japan, and its visitors "
          "spent most of their time on the Hamilton waterfront."),
    ("p", "Sarnia had a steady year. The petrochemical plants strung along the St. Clair River, "
          "which locals call Chemical Valley, shipped fuel and feedstock by tanker barge, and the "
          "port handled about 1.9 million tonnes by the end of October. Across the river, Port "
          "Huron reported more salt and fewer aggregates."),
    ("p", "Further up Lake Huron, Goderich shipped record volumes of road salt from the mine beneath "
          "its harbour, which is often described as the largest underground salt mine in the world. "
          "The mine works around the clock from October to March."),
    ("pagebreak",),
    ("p", "Trois-Rivières (the city on the St. Lawrence, not the commune of the same name in "
          "Guadeloupe) handled some 3.4 million tonnes in 2023, a record for the port. Two of the "
          "city's three paper mills closed between 2000 and 2012; the remaining one still ships "
          "paperboard by water. Since 2019 the ports of Trois-Rivières and Rouen have had a "
          "cooperation agreement on bulk handling and cruise calls."),
    ("p", "Bécancour, on the south shore opposite, hosts an aluminium smelter and a chemical park "
          "that makes chlorine, caustic soda and hydrogen peroxide. The battery-materials plants "
          "announced for the same park are still under construction and will not ship anything "
          "before 2026. Downstream, Sorel-Tracy's metallurgical complex turns ilmenite into titanium "
          "slag and high-purity iron. Upstream, Salaberry-de-Valleyfield ('Valleyfield' to everyone "
          "on the river) refines zinc, and its refinery is one of our members' steadiest customers."),
    ("p", "The Port of Montreal, Canada's second-busiest container port, handled about 1.5 million "
          "TEU last year. Its congestion matters to us because feeder barges to the upper river wait "
          "for the same cranes."),
    ("p", "On the American side, Oswego (the port on Lake Ontario in New York State, not the Illinois "
          "suburb) imported more aluminium ingots and road salt than last year. Port Colborne, at the "
          "southern end of the Welland Canal, handled mostly grain and stone."),
    ("h", "Routes, talks and agreements"),
    ("p", "Several members have asked about a regular barge service between Hamilton and Cleveland. "
          "Two operators have studied it, but neither has committed to it, and nobody should mistake "
          "such a route for a port partnership. Talks on a memorandum between the ports of Goderich "
          "and Duluth on winter moorings ended in September without an agreement."),
    ("h", "From the secretariat"),
    ("p", "Cabotage rules, winter lay-up insurance and the new ballast-water reporting form will be "
          "discussed at the annual general meeting on 12 February. The agenda and the accounts will "
          "be sent to members in January."),
    ("p", "Margaret Welland, Executive Director"),
]

SCOUTING = [
    ("title", "Supplier Scouting Report: Garden Furniture, Metal Fittings and Packaging in Central "
              "and Southern Vietnam"),
    ("subtitle", "Lotus Bridge Sourcing Advisory · prepared for a Dutch garden-furniture retailer · "
                 "March 2024"),
    ("h", "1. Scope and method"),
    ("p", "Our client asked us to find alternative suppliers for three product groups: hardwood "
          "garden furniture, cast and machined metal fittings, and corrugated packaging. Between "
          "29 January and 16 February two of our consultants visited 23 factories in six "
          "locations. This report sums up what we found and names the eleven suppliers we recommend "
          "for a first audit. We looked at cities and their industrial parks rather than at "
          "provinces, because provincial statistics lump together very different places."),
    ("h", "2. Summary by location"),
    ("bullets", [
        "Quy Nhon – acacia and eucalyptus garden furniture, wood pellets; the strongest cluster "
        "for the client's core range.",
        "Da Nang – die-casting and precision machining for the fittings; English widely spoken.",
        "Tam Ky – furniture assembly; lower wages, but a longer haul to the port.",
        "Thu Dau Mot – large export furniture makers and corrugated-board plants; booked out for 2024.",
        "Bien Hoa – bolts, hinges and brackets from a dense cluster of small metalworking shops.",
        "Can Tho – carton printing; a moulded-fibre plant is only planned.",
    ]),
    ("h", "3. Quy Nhon"),
    ("p", "Quy Nhon is the best place we saw for the client's core range. The city's furniture makers "
          "work mainly with plantation acacia and eucalyptus, much of it FSC-certified, and several "
          "of them have supplied European garden centres for twenty years. A wood-pellet plant shares "
          "the Phu Tai industrial park with them. Exports go through Quy Nhon port, which "
          "can handle about 12 million tonnes a year and has had a cooperation agreement with the "
          "port of Kaohsiung since 2018."),
    ("p", "A caution: the furniture association of Binh Dinh quotes production figures for the "
          "whole province, including the hill districts where the logs are cut. Those figures say "
          "little about the factories in the city."),
    ("h", "4. Da Nang and Tam Ky"),
    ("p", "In Da Nang, die-casting and machining shops have grown up in the industrial parks north "
          "of the city. The shops are small but precise, and two of them already make brass "
          "fittings for a Danish boat builder. Labour is tighter there than anywhere else we "
          "visited."),
    ("p", "Tam Ky, an hour to the south, is cheaper. We visited three furniture assemblers there; "
          "quality was uneven, but one of them is worth a second visit. A large "
          "vehicle assembly plant at Chu Lai, in the same province, dominates the local labour "
          "market but is of no use for this brief."),
    ("h", "5. Thu Dau Mot and Bien Hoa"),
    ("p", "Thu Dau Mot, the capital of Binh Duong province north of Ho Chi Minh City, hosts some of "
          "the biggest export furniture factories in Vietnam, together with the carton and "
          "corrugated-board plants that supply them. Their capacity for 2024 is fully booked, but "
          "two packaging suppliers accepted a trial order."),
    ("p", "Bien Hoa, across the Dong Nai river, is where the fittings come from: bolts, hinges and "
          "brackets for the furniture trade are made by a dense cluster of small metalworking "
          "shops. The one foundry on our longlist closed in 2022, so cast parts will have to come "
          "from Da Nang."),
    ("h", "6. Can Tho"),
    ("p", "Can Tho is not a furniture location, but the client also asked about packaging. The "
          "city's printers make cartons for the seafood exporters of the delta, and two of them "
          "could take on retail boxes. A moulded-fibre plant that would turn rice straw into "
          "trays is planned for 2026. Some suppliers suggested Vung Tau as an export port; its "
          "beach cafés are full of the kind of furniture our client sells, but none of it is made "
          "in the town."),
    ("h", "7. Shortlist"),
    ("caption", "Table 1: Recommended suppliers for a first audit (staff = permanent employees)"),
    ("table", [
        ["Supplier", "Location", "Products", "Staff", "Audit priority"],
        ["S-01", "Quy Nhon", "acacia garden furniture", "1,200", "high"],
        ["S-02", "Quy Nhon", "eucalyptus benches and tables", "650", "high"],
        ["S-03", "Quy Nhon", "wood pellets (by-products)", "90", "low"],
        ["S-04", "Tam Ky", "folding chairs", "300", "medium"],
        ["S-05", "Da Nang", "brass and zinc die-cast fittings", "180", "high"],
        ["S-06", "Da Nang", "CNC-machined stainless parts", "120", "medium"],
        ["S-07", "Thu Dau Mot", "corrugated cartons", "800", "high"],
        ["S-08", "Thu Dau Mot", "teak dining sets", "2,100", "low"],
        ["S-09", "Bien Hoa", "hinges and bolts", "260", "medium"],
        ["S-10", "Bien Hoa", "powder coating of steel frames", "75", "medium"],
        ["S-11", "Can Tho", "printed cartons", "140", "low"],
    ], [20, 30, 60, 20, 30]),
    ("h", "8. Logistics and next steps"),
    ("p", "Most suppliers ship through Quy Nhon or Da Nang, or by truck to Cat Lai in Ho Chi Minh "
          "City, Vietnam's busiest container terminal. Transit to Rotterdam takes 28 to 35 days. A "
          "trade mission from the Netherlands to Da Nang is planned for October and could be combined "
          "with the first audits. We propose to start with the five suppliers marked high."),
]


PDFS = {
    "b61-vietnam-typhoon-season-risk-bulletin.pdf": dict(
        blocks=TYPHOON, header="Meridian Marine Mutual · Loss Prevention Bulletin 2024/07 · "
                               "Vietnam, central and southern coast",
        footer="Bulletin 2024/07 – page {n} of 2", lang="en",
        title="Loss Prevention Bulletin 2024/07: Typhoon Season on Vietnam's Central and Southern Coast"),
    "b61-seaway-inland-shipping-member-update.pdf": dict(
        blocks=SEAWAY, header="Lower Lakes & St. Lawrence Inland Shipping Association · Member "
                              "Update No. 14 · November 2024",
        footer="Member Update 14 – page {n} / 2", lang="en",
        title="Member Update No. 14: Closing the 2024 Navigation Season"),
}
DOCXS = {
    "b61-vietnam-supplier-scouting-report.docx": dict(
        blocks=SCOUTING, title="Supplier Scouting Report: Garden Furniture, Metal Fittings and "
                               "Packaging in Central and Southern Vietnam"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_61.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
