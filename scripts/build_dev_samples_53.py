#!/usr/bin/env python3
"""Build batch 53 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_53.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b53-gulf-coast-bank-economic-outlook.pdf``: a regional bank's quarterly economic outlook,
  two pages, running header, footer "Economic Research · Q4 2024 · page N of 2", a drawn table
  "Port | Cargo 2023 (million tons) | Change (%) | Main cargo" whose unit is given only in
  the column header and caption; the six tonnages appear only in the table, and the cargo
  column lists cargo, not industries.
* ``b53-india-country-risk-snapshot.pdf``: an export credit agency's country risk snapshot,
  two pages, running header, footer "Country Risk Snapshot India – N/2", bullet lists for the
  rating and the underwriting guidance, no table.
* ``b53-cantabria-site-selection-memo.docx``: a consultancy's site selection memo with numbered
  headings, a bullet list of towns and their industries, a caption and a table of shortlisted
  sites whose "Local industries" column is the only source for one town's industries.

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

GULF_OUTLOOK = [
    ("title", "Gulf Coast Economic Outlook: Fourth Quarter 2024"),
    ("subtitle", "Bayou Coast Bank · Economic Research · 15 October 2024 · Claire Thibodaux, "
                 "Chief Economist"),
    ("h", "Summary"),
    ("p", "The coastal economy between Beaumont, Texas, and Mobile, Alabama, grew by an estimated "
          "2.4 percent in the year to the third quarter, a little faster than the nation as a "
          "whole. Energy exports did most of the work. Hurricane Francine, which came ashore in "
          "September, did less damage to industry than feared, but it closed several ports for "
          "three days and will leave a dent in the third-quarter shipping numbers. We expect "
          "growth of about 2 percent in 2025, with risks tilted to the downside if the federal "
          "pause on new LNG export permits is extended."),
    ("h", "Southeast Texas: refineries at full tilt"),
    ("p", "Refineries in Beaumont and Port Arthur ran at more than 90 percent of capacity through "
          "the summer, and margins, though lower than in 2022, remain healthy. Port Arthur is home "
          "to the largest refinery in North America, a fact local officials rarely fail to "
          "mention. Beaumont is also the busiest port in the United States for military cargo: "
          "armoured vehicles and helicopters bound for Europe and the Middle East leave from its "
          "docks. Across the Sabine River in Orange, a large polyethylene plant is under "
          "construction and due to start up in 2026; we do not yet count its jobs in our "
          "forecast."),
    ("h", "Southwest Louisiana: the LNG boom"),
    ("p", "Lake Charles' economy rests on LNG export and petrochemical plants, and the list of "
          "projects is unusually long. Two new export terminals in Cameron Parish, south of the "
          "city, are under construction and will employ several thousand workers at their peak. "
          "A proposed sister-port agreement between Lake Charles and Wilhelmshaven, where "
          "Germany's first floating LNG terminal opened in 2022, was discussed at a trade "
          "conference in June but has not been signed. Housing in Lake Charles is tight: rents "
          "rose 9 percent over the year."),
    ("h", "Mobile and the Mississippi coast"),
    ("p", "Mobile's ship- and aircraft-building keep the Alabama side of the coast growing. The "
          "aircraft assembly hall at the Brookley Aeroplex is adding a fourth line, and the naval "
          "shipyard on the river has a full order book. Mobile's container terminal handled about "
          "530,000 TEU in 2023, and after its latest expansion it can take about 650,000 TEU a "
          "year. Málaga, Mobile's sister city in Spain, sent a trade delegation in May."),
    ("p", "Pascagoula depends on its naval shipyard, the largest manufacturing employer in "
          "Mississippi, which builds destroyers and amphibious assault ships. The paper mill in "
          "neighbouring Moss Point closed more than twenty years ago, and its site is now being "
          "marketed for logistics. In Gulfport, banana and container volumes were steady; the "
          "ports of Gulfport and Puerto Cortés in Honduras renewed their sister-port agreement, "
          "first signed in 2012, in March. Casino revenue on the Mississippi coast was flat in "
          "real terms."),
    ("pagebreak",),
    ("h", "Ports: tonnage held up"),
    ("p", "Total cargo at the six ports we track rose by about 2 percent in 2023. The table gives "
          "the figures reported by the port authorities, including private terminals where the "
          "port reports them."),
    ("caption", "Table 1: Cargo handled by port in 2023 (million tons) and change on 2022"),
    ("table", [
        ["Port", "Cargo 2023 (million tons)", "Change (%)", "Main cargo"],
        ["Beaumont", "95.2", "+3.1", "crude oil, fuels, military cargo"],
        ["Port Arthur", "41.7", "+1.8", "crude oil, fuels"],
        ["Lake Charles", "56.4", "+6.0", "LNG, chemicals, petroleum coke"],
        ["Mobile", "58.3", "+0.9", "coal, steel, containers"],
        ["Pascagoula", "29.8", "−2.4", "crude oil, fuels"],
        ["Gulfport", "2.1", "+4.5", "bananas, containers"],
    ], [28, 54, 28, 60]),
    ("h", "Bayou country: offshore work returns"),
    ("p", "After a long slump, the fabrication yards of Houma and Morgan City are busy again: they "
          "build platform modules, liftboats and supply vessels for deepwater projects in the Gulf "
          "of Mexico. Employment in oil and gas services across the Acadiana parishes is up 6 "
          "percent on the year. In Bayou La Batre, on the Alabama side, the seafood processors "
          "had a weak shrimp season and are cutting hours."),
    ("h", "Our own customers"),
    ("p", "Mobile banking now accounts for 71 percent of our customers' transactions, up from 64 "
          "percent a year ago. Deposits grew 3.2 percent, and loan demand from small businesses "
          "in the energy supply chain was the strongest since 2019. Delinquencies on consumer "
          "loans rose slightly, mostly in the parishes hit by the storm."),
    ("h", "Outlook"),
    ("p", "We expect the coast to keep outgrowing the nation in 2025 as the LNG terminals are "
          "finished, but the next wave of projects depends on federal permits. The main downside "
          "risks are a severe hurricane season and a sharp fall in oil prices. This outlook is for "
          "information only and does not constitute investment advice."),
]

INDIA_SNAPSHOT = [
    ("title", "Country Risk Snapshot: India"),
    ("subtitle", "ExportShield Credit Agency · Regional focus: Kerala and Karnataka · "
                 "September 2024"),
    ("h", "Rating at a glance"),
    ("bullets", [
        "Country risk category: 3 on a scale from 0 (lowest) to 7 (highest), unchanged since "
        "2019.",
        "Political risk: low in the short term; the state elections of 2026 are not expected to "
        "change economic policy.",
        "Transfer and convertibility risk: low. The rupee is managed, and foreign-exchange "
        "reserves cover about eleven months of imports.",
        "Cover policy: open without restrictions for sovereign, public and private buyers.",
        "Payment experience: generally good. Delays of 30 to 90 days are common with state-owned "
        "buyers and with small firms.",
    ]),
    ("h", "Macroeconomic picture"),
    ("p", "India remains the fastest-growing large economy. Real GDP grew by about 8 percent in "
          "the fiscal year to March 2024, and we expect growth of 6.5 to 7 percent this year and "
          "next. Inflation has eased to around 4 to 5 percent, though food prices remain "
          "volatile. The central government continues to narrow its deficit while spending "
          "heavily on roads, railways and ports. Public debt, at over 80 percent of GDP when the "
          "states are included, is the main medium-term weakness. For exporters the most common "
          "problems are procedural rather than political: customs valuation disputes and slow "
          "enforcement of contracts. A 2023 ruling of the Madras High Court that made it easier "
          "to enforce foreign arbitral awards is a welcome step."),
    ("h", "Regional focus: Kerala"),
    ("p", "Kerala has high literacy and health standards but little heavy industry, and its "
          "economy depends heavily on remittances from workers in the Gulf states. The state's "
          "commercial capital is Kochi (Cochin), not to be confused with Kōchi on the Japanese "
          "island of Shikoku. The shipyard in Kochi builds commercial and naval vessels, including "
          "the country's first home-built aircraft carrier, and the city also hosts a large oil "
          "refinery and dozens of seafood exporters. Our claims experience with buyers in Kochi "
          "is good."),
    ("p", "The Port of Cochin is Kerala's largest port. It handled about 36 million tonnes in "
          "2023, and its Vallarpadam transshipment terminal moved some 750,000 TEU against a "
          "capacity of about 1 million TEU a year. Exports through the port are dominated by "
          "cashew kernels, rubber, tea and spices. Kochi's city council has discussed a twinning "
          "with its Japanese namesake, but nothing has been agreed."),
    ("p", "Further south, Kollam (Quilon) is where most of India's cashew nuts are shelled, graded "
          "and packed, and Alappuzha is known for coir: mats, ropes and geotextiles woven from "
          "coconut fibre. The state capital, Thiruvananthapuram (Trivandrum), has built a sizeable "
          "IT services sector around its technology park. A deep-water transshipment port at "
          "Vizhinjam, on the capital's southern edge, received its first container ship in July "
          "2024; it is too early to assess its volumes. In the north of the state, Kozhikode "
          "(Calicut) gave its name to calico cloth centuries ago, but its textile mills are long "
          "gone."),
    ("pagebreak",),
    ("h", "Regional focus: Karnataka"),
    ("p", "Karnataka is one of India's richest states and grows most of the country's coffee in "
          "its hill districts. Its capital, Bengaluru (Bangalore), is the centre of India's "
          "software industry: Bengaluru's software houses and the research centres of foreign "
          "technology groups employ well over a million people. Aircraft and helicopters are also "
          "built in Bengaluru by a state-owned manufacturer, which makes the city a hub for "
          "aerospace suppliers. Bengaluru's Kempegowda International Airport handled about "
          "440,000 tonnes of cargo in 2023, the third-highest volume among Indian airports."),
    ("p", "Mysuru (Mysore), three hours to the south-west, is known for silk weaving, and a "
          "semiconductor assembly plant has been announced on the city's outskirts, although "
          "construction has not started. In the north of the state, Belagavi (Belgaum) has "
          "developed a niche in precision aerospace components, machined for global aircraft "
          "programmes by some two dozen small firms."),
    ("p", "On the coast, New Mangalore Port, just north of Mangaluru, handled about 45 million "
          "tonnes in 2023, mostly crude oil, LPG, coal and iron-ore pellets. In 2021 the port "
          "signed a cooperation agreement with the Port of Salalah in Oman on training and data "
          "exchange. The red clay roofing tiles that carry Mangalore's name in much of the world "
          "are now rarely made in the city; most of the old tile works have closed."),
    ("h", "Underwriting guidance"),
    ("bullets", [
        "Private buyers in Kerala and Karnataka: standard terms; we ask for audited accounts for "
        "exposures above EUR 2 million.",
        "Public buyers: cover is available for central and state entities; state guarantees are "
        "assessed case by case.",
        "Project finance: port and airport concessions are eligible; we prefer sponsors with an "
        "established Indian track record.",
    ]),
    ("p", "Contact: Anitha Hassan, Senior Underwriter, South Asia desk. This snapshot reflects "
          "information available on 20 September 2024 and is not a rating by a credit rating "
          "agency."),
]

CANTABRIA_MEMO = [
    ("title", "Site Selection Memo: Project Gaviota"),
    ("subtitle", "Meridian Location Partners · Confidential · 5 June 2024 · Prepared by Jorge "
                 "Llanes and Sofie Brandt"),
    ("h", "1. Purpose"),
    ("p", "Our client, a Scandinavian maker of steel transition pieces and secondary steel for "
          "offshore wind foundations, wants to open a fabrication plant on Spain's northern coast "
          "by 2027. The plant needs 15 to 25 hectares, a quay or a heavy-haul road to one within "
          "10 km, and access to welders and steel suppliers. This memo compares the three sites "
          "that passed our first screening and recommends one for due diligence."),
    ("h", "2. The region in brief"),
    ("p", "Cantabria is small: about 590,000 people, a third of them in Santander. The region's "
          "dairy farms and cattle are well known, but they matter little for this project. What "
          "matters is an industrial belt that runs from the capital's bay inland to Torrelavega "
          "and, further up the Besaya valley, to Reinosa, plus easy access to the much larger "
          "supplier base around Bilbao, an hour to the east."),
    ("bullets", [
        "Santander – port, services and tourism; the bank that carries the city's name moved "
        "its head office to Madrid long ago.",
        "Torrelavega – home to a large soda-ash works and a tyre factory; the cellulose and "
        "viscose plant on the river closed in 2020.",
        "Reinosa – heavy forgings and castings for power generation, wind and shipbuilding.",
        "El Astillero – a ship-repair yard on the inner bay.",
        "Santoña – anchovy canning, labour-intensive and seasonal.",
    ]),
    ("h", "3. Shortlisted sites"),
    ("p", "Site A lies in the port of Santander, on reclaimed land next to the Raos terminal. "
          "Site B is a former industrial plot on the edge of Torrelavega, 25 km from the quay by "
          "the A-67. Site C is an industrial estate in Camargo, between the airport and the port. "
          "We also visited land near Castro-Urdiales and Laredo; both were ruled out because the "
          "plots are too small and hemmed in by the motorway and the sea. (For the avoidance of "
          "doubt: Laredo here is the Cantabrian resort town, not Laredo, Texas, where our client "
          "has a distribution partner.)"),
    ("p", "Reinosa, 70 km inland, was not considered as a site, but its forge is a potential "
          "supplier of flanges. It is Reinosa in Cantabria, not the Mexican border city of "
          "Reynosa, that appears in our supplier list."),
    ("caption", "Table 1: Shortlisted sites"),
    ("table", [
        ["Site", "Municipality", "Plot (ha)", "Distance to quay (km)", "Local industries"],
        ["A – Raos", "Santander", "18", "0.5", "port logistics, tourism"],
        ["B – Besaya", "Torrelavega", "24", "25", "chemicals, tyres"],
        ["C – Parayas", "Camargo", "15", "6", "metal fabrication, warehousing"],
    ], [28, 32, 22, 35, 55]),
    ("h", "4. Port access"),
    ("p", "The Port of Santander handled about 6 million tonnes in 2023 and is one of Spain's "
          "leading ro-ro ports for new cars, with some 400,000 vehicles a year. The Raos bulk "
          "terminal can take about 4 million tonnes a year and has spare capacity on its "
          "heavy-lift berth. Ferries sail several times a week from Santander to Portsmouth and "
          "Plymouth. The ports of Santander and Plymouth also signed a port cooperation agreement "
          "in 2022 on shore power and offshore wind logistics, which could help our client with "
          "its projects in British waters. For the largest monopiles, the deeper berths of the "
          "Port of Bilbao, which handled about 33 million tonnes in 2023, remain the fallback."),
    ("h", "5. Risks"),
    ("bullets", [
        "A floating-wind assembly quay planned at Raos is still under public consultation; if "
        "it is approved, it could compete for the same land.",
        "Skilled welders are scarce; the regional training centre in Torrelavega can add about "
        "60 a year.",
        "The grid connection for Site B needs a new substation (18 to 24 months).",
    ]),
    ("h", "6. Recommendation"),
    ("p", "We recommend Site A for due diligence, with Site C as the alternative. Torrelavega "
          "offers the largest plot, but a road haul of 25 km for 1,500-tonne pieces is a serious "
          "drawback. Torrelavega is twinned with Niort in western France, and the town council "
          "has offered to host a supplier day with French fabricators in the autumn. Next steps: "
          "a geotechnical survey, a meeting with the port authority and a labour-market study "
          "with the regional employment service."),
]


PDFS = {
    "b53-gulf-coast-bank-economic-outlook.pdf": dict(
        blocks=GULF_OUTLOOK, header="Bayou Coast Bank · Gulf Coast Economic Outlook · Fourth "
                                    "Quarter 2024",
        footer="Economic Research · Q4 2024 · page {n} of 2", lang="en",
        title="Gulf Coast Economic Outlook: Fourth Quarter 2024"),
    "b53-india-country-risk-snapshot.pdf": dict(
        blocks=INDIA_SNAPSHOT, header="ExportShield Credit Agency · Country Risk Snapshot · India "
                                      "· September 2024",
        footer="Country Risk Snapshot India – {n}/2", lang="en",
        title="Country Risk Snapshot: India"),
}
DOCXS = {
    "b53-cantabria-site-selection-memo.docx": dict(
        blocks=CANTABRIA_MEMO, title="Site Selection Memo: Project Gaviota"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_53.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
