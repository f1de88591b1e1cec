#!/usr/bin/env python3
"""Build batch 60 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_60.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b60-south-asia-export-council-sector-primer.pdf``: an export council's sector primer on
  Sri Lanka and south India, two pages, running header, footer "Sector Primer 4 · page N of 2",
  two drawn tables: "Cluster town | Main products | Export port" (one town's product repeats the
  prose) and "Port | Throughput | Remark" with the unit (TEU) and year only in the caption.
* ``b60-atlasbridge-morocco-tunisia-country-guide.docx``: a freight forwarder's country guide
  with a heading per town or coast, a bullet list of customs notes, a bullet list "town –
  industry", a caption and a table "Port | Main cargoes | Throughput 2023 (million t)" whose
  cargo column lists cargo, not industries.
* ``b60-central-germany-logistics-market-report.docx``: a logistics real-estate broker's
  half-year market report with summary bullets, headings per submarket and a table "Submarket |
  Take-up (m²) | Prime rent (EUR/m²/month) | Anchor industries"; one industry is given only in
  the table column.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

# The script may be run from a staging folder outside scripts/: look for the shared helpers in
# the repository's scripts folder as well as beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only.

SOUTH_ASIA_PRIMER = [
    ("title", "Sector Primer: Apparel, Engineering and Port Access in Sri Lanka and South India"),
    ("subtitle", "Indian Ocean Export Council · Sector Primer No. 4 · June 2024"),
    ("h", "Why read this primer"),
    ("p", "Buyers who source garments, pumps or coir products from the southern tip of the "
          "subcontinent often treat Sri Lanka and the Indian states of Tamil Nadu and Kerala as one "
          "market. They are not, but the clusters lie close together, they share ports, and many "
          "exporters run plants on both sides of the Palk Strait. Sri Lanka's export economy as a "
          "whole rests on garments, tea and rubber products, and Kerala is known across India for "
          "its spices. This primer goes one level down, to the towns where things are actually made "
          "and the ports that ship them."),
    ("h", "Sri Lanka: the apparel belt"),
    ("p", "The export processing zone at Katunayake, beside the international airport north of "
          "Colombo, is where much of the island's lingerie and sportswear is sewn. Its factories "
          "work in two-week cycles for brands in Europe and the United States, and most finished "
          "orders leave by air rather than by sea. Many of the zone's managers live in Negombo, the "
          "lagoon town a few kilometres up the coast."),
    ("p", "Colombo itself makes little. It is where the large apparel groups keep their head "
          "offices, most of them along Galle Road or within sight of Galle Face Green, and where "
          "buyers hold their quarterly reviews. What the city does have is the region's dominant "
          "port."),
    ("h", "Sri Lanka: the ports"),
    ("p", "The Port of Colombo handled about 6.9 million TEU in 2023 and is the busiest container "
          "port in South Asia; roughly four boxes in five are transshipment cargo for India and "
          "Bangladesh. Its terminals can handle some 8.5 million TEU a year today, and a further "
          "terminal is under construction. Hambantota, on the south coast, was built with Chinese "
          "loans and is operated by Hambantota International Port Group. It handled about 1.4 "
          "million tonnes last year, much of it cars transshipped between ro-ro vessels. The oil "
          "refinery planned next to the port has been announced several times but not yet built."),
    ("p", "Many exporters still believe that Hambantota and Shenzhen are sister ports. Talks on "
          "such an agreement were held in 2018, but nothing was signed."),
    ("pagebreak",),
    ("h", "South India: engineering and knitwear"),
    ("p", "Coimbatore is often called the Manchester of South India, a name it owes to the cotton "
          "mills that made it rich. The mills are still there, and spinning remains a large "
          "employer, but today the city is best known for pumps: firms in Coimbatore make a large "
          "share of the electric pumps and motors sold in India. Tiruppur, an hour to the east, is "
          "a different world. Almost every street has a knitting or dyeing unit, and the town turns "
          "out most of the cotton T-shirts and underwear that India exports."),
    ("p", "Chennai, some 500 kilometres to the north-east and twinned with Denver since 1984, is the "
          "region's car-making centre. Its assembly plants matter to this primer mainly because "
          "they compete with garment exporters for space on the same feeder ships."),
    ("h", "South India: Thoothukudi and Kochi"),
    ("p", "Thoothukudi, still Tuticorin to most shipping lines, handles the bulk of southern Tamil "
          "Nadu's exports through the V.O. Chidambaranar Port, which is named after a freedom "
          "fighter and shipping pioneer. The town is home to most of the state's salt pans and to "
          "a busy group of seafood processors. The large copper smelter on its outskirts was shut "
          "by the state government in 2018 and has not reopened. Since 2019 the ports of "
          "Thoothukudi and Colombo have worked together under a memorandum of understanding on "
          "feeder services and joint training."),
    ("p", "Kochi – the Kerala port, not the Japanese city of Kōchi on Shikoku – is where India "
          "builds its largest ships: the yard on Willingdon Island delivered the country's first "
          "home-built aircraft carrier. Merchants in the old quarter of Mattancherry still trade "
          "pepper, cardamom and other spices, and containers leave from the transshipment terminal "
          "at Vallarpadam. Talks on a sister-port agreement between Kochi and Salalah ended in 2022 "
          "without a document. Coir mats and rugs come from Alappuzha, 60 km to the south, and pass "
          "through Kochi only as cargo."),
    ("caption", "Table 1: Clusters and the ports that serve them"),
    ("table", [
        ["Cluster town", "Main products", "Export port"],
        ["Katunayake", "lingerie, sportswear", "Colombo (by air: Katunayake)"],
        ["Coimbatore", "pumps and motors, yarn", "Kochi, Thoothukudi"],
        ["Tiruppur", "cotton knitwear", "Thoothukudi, Chennai"],
        ["Alappuzha", "coir mats and rugs", "Kochi"],
    ], [38, 55, 70]),
    ("caption", "Table 2: Container throughput 2023, in TEU"),
    ("table", [
        ["Port", "Throughput", "Remark"],
        ["Colombo", "6,900,000", "transshipment hub"],
        ["Thoothukudi", "800,000", "gateway port"],
        ["Kochi (Vallarpadam)", "750,000", "transshipment terminal"],
    ], [50, 35, 60]),
    ("h", "How the Council can help"),
    ("p", "The Indian Ocean Export Council runs buyer desks in Colombo and Chennai, arranges factory "
          "visits and checks certificates of origin. Our next primer covers tea, spices and "
          "processed food."),
]

MAGHREB_GUIDE = [
    ("title", "Country Guide: Morocco and Tunisia"),
    ("subtitle", "Atlasbridge Forwarding · Country Guides No. 12 · March 2024 edition"),
    ("h", "About this guide"),
    ("p", "Morocco and Tunisia lie within a day's sailing of southern Europe, and both have built "
          "their export trade on that closeness. Morocco as a whole earns its living from "
          "phosphates, farming and tourism; Tunisia's economy leans on olive oil, textiles and "
          "parts for European factories. Those are national averages, though, and a shipper needs "
          "to know which town makes what and which port serves it. The notes below come from our "
          "branch offices in Casablanca and Sfax and from twelve years of moving cargo across the "
          "Strait of Gibraltar."),
    ("h", "Morocco: practical notes"),
    ("bullets", [
        "Customs: the PortNet single window covers all seaports; allow two working days for the "
        "clearance of a first shipment.",
        "Free zones: goods for re-export enter duty-free, but certificates of origin are checked "
        "closely.",
        "Documents: commercial invoice in French or Arabic, packing list and, for food, a "
        "phytosanitary certificate.",
    ]),
    ("h", "Tangier and the north"),
    ("p", "Tangier – Tanger on most customs papers – has changed more in the last twenty years than "
          "in the century before. The city is where Morocco's car industry took off: a French "
          "carmaker assembles compact cars and vans on its outskirts, and the free zones around it "
          "are packed with firms that make wire harnesses for European assembly lines. Most export "
          "containers leave through the large transshipment port that was built some 40 km east "
          "along the coast, while the ferries to Algeciras and Tarifa sail from there and from the "
          "city port."),
    ("p", "Shippers in Tétouan, an hour's drive to the south-east, use the same port. The "
          "strawberries and blueberries that leave the north by reefer truck are grown on "
          "the farms of the Loukkos plain, not in any of its towns."),
    ("h", "Kenitra"),
    ("p", "Kenitra, which was called Port-Lyautey until 1956, was for decades a garrison town with a "
          "sleepy river port on the Sebou. That changed in 2019, when a second French carmaker "
          "opened an assembly plant here, and Kenitra now builds small cars for export to Europe. "
          "The river port has silted up and handles almost no cargo, so everything moves by rail "
          "and truck to Casablanca or to the transshipment port in the north. A delegation of the "
          "Kenitra plant's suppliers visited Vigo last autumn; no agreement followed."),
    ("h", "Casablanca"),
    ("p", "Casablanca – the Moroccan metropolis, not the wine town of the same name in Chile's "
          "Valparaíso region, which some of our Chilean customers manage to put on their paperwork "
          "– is the country's business capital. The big banks and the head offices of most "
          "listed companies are based here, and Casablanca Finance City has drawn the regional "
          "offices of many foreign lenders. Casablanca's industrial belt, which stretches along the "
          "coast road towards Mohammedia, is dominated by pharmaceutical plants. Mohammedia's "
          "refinery, once the only one in the country, stopped processing crude in 2015, and the "
          "site now serves merely as a storage depot."),
    ("p", "The Port of Casablanca handled about 1.3 million TEU in 2023, which makes it Morocco's "
          "second-largest container port after the hub in the north. Casablanca has been twinned "
          "with Bordeaux since 1988, and the French city sends a trade mission every autumn."),
    ("h", "Agadir and Safi"),
    ("p", "Agadir is Morocco's sardine capital: canneries line the road down to its fishing harbour. "
          "Most reefers leaving Agadir are loaded with tomatoes, peppers and citrus, but those come "
          "from the greenhouses of the Souss plain, not from the city itself. Further north, Safi "
          "turns phosphate rock from the interior into fertiliser at the large chemical complex "
          "south of the town."),
    ("h", "Tunisia: the east coast"),
    ("p", "Tunisia's export industry sits almost entirely along the east coast. Our Sfax office "
          "sums up the towns that matter most to our customers as follows:"),
    ("bullets", [
        "Sfax – olive-oil milling and bottling",
        "Sousse – clothing for European brands",
        "Bizerte – cement",
    ]),
    ("p", "The port of Sousse has worked with the port of Trapani in Sicily under a cooperation "
          "agreement since 2019, mainly on cruise calls. Sfax is twinned with Grenoble. Bizerte "
          "and Toulon have discussed a port partnership for several years, but nothing has been "
          "signed."),
    ("caption", "Table 1: Selected ports, throughput 2023"),
    ("table", [
        ["Port", "Main cargoes", "Throughput 2023 (million t)"],
        ["Casablanca", "containers, grain, steel", "28.5"],
        ["Agadir", "citrus, vegetables, frozen fish", "6.3"],
        ["Safi", "sulphur, phosphoric acid", "7.1"],
        ["Sfax", "olive oil, phosphates, cereals", "5.2"],
        ["Sousse", "clothing, cereals", "1.4"],
        ["Bizerte", "cement, hydrocarbons, cereals", "5.9"],
    ]),
    ("h", "Contact"),
    ("p", "For quotes and routing advice, contact our Casablanca desk or our Sfax branch. Transit "
          "times and rates change with the season; ask before you book."),
]

CENTRAL_GERMANY = [
    ("title", "Central Germany Logistics Market Report H1 2024"),
    ("subtitle", "Cartwright Weiss Industrial · Magdeburg–Halle–Leipzig corridor · "
                 "published October 2024"),
    ("h", "Summary"),
    ("bullets", [
        "Take-up in the Saxony-Anhalt part of the corridor reached about 265,000 m² in the first "
        "half of 2024, 12 % below the first half of 2023.",
        "Prime rents held at EUR 5.10 to 5.90 per m² per month; vacancy rose to 3.1 %.",
        "Demand came mainly from parcel carriers, third-party logistics providers and owner-"
        "occupiers from industry.",
    ]),
    ("h", "Magdeburg"),
    ("p", "Magdeburg had its strongest start to a year in a decade. Then, in September, the "
          "chipmaker that had bought land for a semiconductor plant on the city's southern edge put "
          "the project on hold. The site remains fenced and empty, and developers who had bought "
          "plots nearby in anticipation are now marketing them to ordinary logistics users. "
          "Magdeburg's economy never depended on that plant: the city's mechanical engineers, who "
          "build everything from gearboxes for wind turbines to mining machinery, are still its "
          "largest industrial employers."),
    ("p", "North of the city, Barleben is where a large generics maker produces tablets for half of "
          "Europe, and its new packaging hall was the biggest owner-occupier deal of the "
          "half-year. Along the A2 towards Burg, two speculative warehouses were completed in the "
          "spring and are about half let."),
    ("p", "The Magdeburg port, Saxony-Anhalt's largest inland port, handled about 3.6 million tonnes "
          "across ship, rail and truck in 2023. The port company has worked with the Port of "
          "Hamburg under a cooperation agreement since 2021, and barges and block trains run "
          "between the two almost daily. Nashville, Tennessee, is one of Magdeburg's sister cities, "
          "which may be why a developer from there chose the city for its first German project."),
    ("h", "Halle (Saale) and the chemical triangle"),
    ("p", "Halle (Saale) – not to be confused with the small town of Halle in Westphalia – has "
          "become the corridor's parcel location: two carriers opened sorting centres on the "
          "city's eastern edge this year. Halle is also home to Germany's oldest chocolate factory, "
          "which still makes its chocolate-coated balls in the city."),
    ("p", "South of Halle lies the chemical triangle. At Schkopau a US chemical group makes "
          "plastics. Leuna, home to one of Germany's newest oil refineries and to a chemical park "
          "of some 100 firms, offers the last large serviced plots in the region. A Finnish group's "
          "biorefinery at Leuna, which was due to start this year, is now expected in 2025. "
          "Bitterfeld-Wolfen, the third corner, was the chemical town of the former East Germany, "
          "and the chemical park that replaced the old combine has found new tenants for almost "
          "all of its land."),
    ("p", "Leipzig/Halle Airport, which lies at Schkeuditz just across the state border in Saxony, "
          "handled about 1.4 million tonnes of cargo in 2023 and is Germany's second-largest cargo "
          "airport. Its parcel hub is the reason most carriers want to be within half an hour's "
          "drive of it."),
    ("caption", "Table 1: Submarkets, first half of 2024"),
    ("table", [
        ["Submarket", "Take-up (m²)", "Prime rent (EUR/m²/month)", "Anchor industries"],
        ["Magdeburg", "96,000", "5.40", "mechanical engineering"],
        ["Barleben", "31,000", "5.20", "pharmaceuticals"],
        ["Halle (Saale)", "74,000", "5.90", "parcel logistics, chocolate"],
        ["Schkopau", "18,000", "5.30", "plastics"],
        ["Leuna", "20,000", "5.50", "refining, chemicals"],
        ["Bitterfeld-Wolfen", "26,000", "5.10", "chemicals, solar cells"],
    ]),
    ("h", "Outlook"),
    ("p", "We expect take-up for the full year to reach about 500,000 m². Rents should stay flat "
          "while the land around the chip site comes back onto the market. Owner-occupiers from "
          "pharmaceuticals and chemicals are the likeliest source of large deals in 2025."),
]


PDFS = {
    "b60-south-asia-export-council-sector-primer.pdf": dict(
        blocks=SOUTH_ASIA_PRIMER, header="Indian Ocean Export Council · Sector Primer No. 4 · "
                                         "Sri Lanka and South India · June 2024",
        footer="Sector Primer 4 · page {n} of 2", lang="en",
        title="Sector Primer: Apparel, Engineering and Port Access in Sri Lanka and South India"),
}
DOCXS = {
    "b60-atlasbridge-morocco-tunisia-country-guide.docx": dict(
        blocks=MAGHREB_GUIDE, title="Country Guide: Morocco and Tunisia"),
    "b60-central-germany-logistics-market-report.docx": dict(
        blocks=CENTRAL_GERMANY, title="Central Germany Logistics Market Report H1 2024"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_60.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
