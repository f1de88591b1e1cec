#!/usr/bin/env python3
"""Build batch 59 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_59.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b59-norte-grande-mining-supplier-market-note.pdf``: a mining supplier's market note for
  customers, two pages, running header, footer "Tecnored Andina – Market Note 3/2024 – page N
  of 2", a drawn table "Town | Customers' main activity | Port cargo 2023 (million t)"; one
  town's industry is given only in the table, and the port tonnages only in the table, with the
  unit and year in the column header.
* ``b59-pwani-bank-coastal-east-africa-outlook.pdf``: a bank's regional outlook, two pages,
  running header, footer "Regional Outlook H2 2024 · page N", no table; the port figures are in
  the running text, and the risks are a closing bullet list.
* ``b59-wk-kurzbericht-westachse-mostviertel.docx``: a German Wirtschaftskammer short report
  with headings, bullet lists ("Das Wichtigste in Kürze" and a partnership list "Stadt –
  Partnerstadt"), a caption and a table "Stadt | Bundesland | Leitbranchen |
  Arbeitslosenquote"; one town's industry is given only in the table.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# When the script is run from a staging folder outside the repository, find the shared helpers
# in the repository's scripts folder.
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only.

NORTE_GRANDE = [
    ("title", "Market Note 3/2024: Wear Parts and Mine Services in the Norte Grande"),
    ("subtitle", "Tecnored Andina S.A. · Customer and partner edition · September 2024"),
    ("h", "Summary"),
    ("p", "Copper stayed above four dollars a pound for most of the third quarter, and the large "
          "mines of northern Chile kept their maintenance budgets intact. Our orders for liner "
          "plates, conveyor idlers and grinding media rose by 9 percent on the same quarter of "
          "2023. The picture differs from town to town, so this note takes them one at a time. "
          "One caution first: the Antofagasta Region mines roughly half of Chile's copper, but "
          "the region is not the city, and most of what the city of Antofagasta does for the "
          "mines is workshop and service work."),
    ("h", "Antofagasta: workshops and wharves"),
    ("p", "In the La Negra industrial estate on the southern edge of Antofagasta, foundries pour "
          "manganese-steel liners and crusher parts, and machine shops rebuild pumps, gearboxes "
          "and hydraulic cylinders for the pits inland. The port mostly ships copper cathodes and "
          "concentrate, which come from the mines and are cargo, not local production. The "
          "century-old railway to Bolivia still hauls sulphuric acid up to the mines and "
          "cathodes down to the coast; it is a freight route and nothing more. Antofagasta has "
          "been twinned with Salta, on the Argentine side of the Andes, since 1996."),
    ("h", "Calama: where the trucks come home"),
    ("p", "Calama is where the haul trucks come to be rebuilt. The city's heavy-equipment "
          "workshops strip and overhaul engines, wheel motors and dump bodies for the mines of "
          "the upper Loa, and its tyre specialists mount and repair the four-metre tyres of "
          "400-tonne trucks. Chuquicamata, the old company town beside the pit, was emptied in "
          "2007 and its families moved down to Calama. Rebuild kits for Calama were our "
          "strongest product line this quarter. Calama's council has discussed a twinning with "
          "Tarija in Bolivia, but no agreement has been signed."),
    ("h", "Mejillones: explosives and power"),
    ("p", "Mejillones was a fishing village until the 1990s. Today the chemical plants on its "
          "bay make the explosives used to blast the open pits, and the power stations along the "
          "shore feed the northern grid. With its bulk and container terminals at Angamos, "
          "Mejillones is the busiest port of northern Chile. A lithium hydroxide plant and a "
          "green-hydrogen pilot have been announced for the bay; neither has been built, and we "
          "do not count them as customers yet."),
    ("pagebreak",),
    ("h", "Iquique and María Elena"),
    ("p", "Further north, Iquique matters to us less for mining than for fish: the fishmeal "
          "plants on the city's southern shore buy wear parts for their driers, presses and "
          "screw conveyors. The Iquique container terminal handled about 260,000 TEU in 2023, "
          "much of it for the free zone. The port of Iquique and the South Korean port of Busan "
          "have had a sister-port agreement since 2016."),
    ("p", "Inland, María Elena is the last working nitrate town in the world. Iodine and "
          "nitrate salts are produced at the plant on the edge of the town and leave through the "
          "port of Tocopilla, whose coal-fired power units were retired between 2019 and 2022."),
    ("h", "Copiapó and the south"),
    ("p", "Copiapó appears only in the table this time. Orders from the Atacama Region were flat; "
          "its mines are smaller and mostly buy through distributors on the coast."),
    ("caption", "Table 1: Customer towns, main activity of our customers there, and port cargo"),
    ("table", [
        ["Town", "Customers' main activity", "Port cargo 2023 (million t)"],
        ["Antofagasta", "foundries, machine shops", "3.1"],
        ["Calama", "truck rebuilds, tyre services", "–"],
        ["Mejillones", "explosives, power generation", "9.4"],
        ["Iquique", "fishmeal", "2.2"],
        ["Copiapó", "mining contractors", "–"],
    ], [35, 68, 62]),
    ("h", "Outlook"),
    ("p", "We expect demand to stay firm into 2025, with two risks: a sharp fall in the copper "
          "price and further delays in mine permits. Lead times for cast liners are now six "
          "weeks from our Antofagasta warehouse."),
    ("p", "Victoria Soto, technical director, Tecnored Andina S.A."),
]

PWANI = [
    ("title", "Regional Outlook: Coastal Kenya and Tanzania, Second Half of 2024"),
    ("subtitle", "Pwani Commercial Bank · Economics & Research · July 2024"),
    ("h", "Overview"),
    ("p", "Both coastal economies should grow by 5 to 6 percent this year. Inflation is easing, "
          "the Kenyan shilling has recovered much of last year's loss, and the Tanzanian shilling "
          "remains under pressure. Our bank's name is simply the Swahili word for \"coast\": this "
          "outlook is not limited to Tanzania's Pwani Region, which surrounds Dar es Salaam but "
          "does not include it."),
    ("h", "Mombasa: the port sets the pace"),
    ("p", "Mombasa handled 1.6 million TEU and 35.9 million tonnes in 2023 and remains the "
          "largest port in East Africa. Beyond the quays, the city's industrial area produces "
          "cement and refines edible oils for customers as far away as Kampala. The old oil "
          "refinery, by contrast, has been closed since 2013 and is now only a storage depot. "
          "The ports of Mombasa and Dar es Salaam have worked together under a port partnership "
          "agreement since 2022, mainly on transit statistics, although they still compete hard "
          "for the cargo of Uganda and Rwanda. Our lending to transport companies grew by 11 "
          "percent in the first half."),
    ("h", "The north coast"),
    ("p", "The cashew factory in Kilifi reopened last year after two decades of standstill and "
          "now buys nuts from some 20,000 smallholders of the county. Malindi depends on "
          "tourism, much of it Italian, and hotels there report a good season. Further north, "
          "the new port of Lamu has three berths designed for about 1.2 million TEU a year, but "
          "it still sees only a few ships a month."),
    ("h", "Dar es Salaam: Tanzania's workshop"),
    ("p", "Dar es Salaam handled about 25 million tonnes in 2023 and is the second-busiest port "
          "in East Africa. Most of Tanzania's factories are in the city too: breweries and steel "
          "rolling mills are the largest borrowers in our Dar es Salaam portfolio. The "
          "standard-gauge railway now carries passengers from Dar es Salaam to Morogoro and "
          "Dodoma, and freight trains are expected next year. The deep-sea port planned at "
          "Bagamoyo remains on hold. Tanzania's exports, meanwhile, are led by gold from the "
          "mines around Lake Victoria, which is a national rather than a coastal story."),
    ("pagebreak",),
    ("h", "Tanga: cement and milk"),
    ("p", "Tanga, once the sisal port of the colonial era, now leans on cement and dairy. The "
          "cement works north of the town are the second-largest in the country, and a dairy "
          "cooperative turns milk from the surrounding hills into yoghurt and long-life milk. "
          "The sisal estates lie in the countryside of Tanga Region, not in the city. After the "
          "upgrade of its two berths the port can handle about 3 million tonnes a year. Tanga and "
          "Mombasa signed a port cooperation agreement in 2021. The crude-oil export terminal at "
          "the end of the pipeline from Uganda is still under construction."),
    ("h", "Arusha: the northern circuit"),
    ("p", "Arusha, the starting point of most safaris, lives from tourism, and its lapidaries cut "
          "and polish the tanzanite mined an hour's drive away at Mererani. Visitor numbers at "
          "Kilimanjaro International Airport, between Arusha and Moshi, are now above their 2019 "
          "level. Arusha has long been a sister city of Durham, North Carolina (not the English "
          "cathedral city), and a group of Durham business owners visited in May."),
    ("h", "Risks to our view"),
    ("bullets", [
        "A poor short-rains season would hit food prices and rural demand in both countries.",
        "Tax changes in Kenya's budget could again trigger street protests.",
        "A further fall of the Tanzanian shilling would raise the cost of imported inputs.",
    ]),
    ("p", "Our shares are listed on the Nairobi Securities Exchange. Chief economist: "
          "Dr. Neema Mwanza."),
]

WESTACHSE = [
    ("title", "Kurzbericht Westachse: Zentralraum Oberösterreich und Mostviertel"),
    ("subtitle", "Wirtschaftskammer – Regionalkonferenz Westachse · Ausgabe Oktober 2024 "
                 "(3. Quartal)"),
    ("h", "Das Wichtigste in Kürze"),
    ("bullets", [
        "Die Industrie zwischen St. Pölten und Linz meldet den sechsten Rückgang der "
        "Auftragseingänge in Folge.",
        "Bau und Gewerbe stabilisieren sich; der Tourismus in der Wachau steuert auf ein "
        "Rekordjahr zu.",
        "Die Arbeitslosigkeit steigt vor allem in Bezirken mit viel Metallindustrie.",
    ]),
    ("h", "Linz und der Zentralraum"),
    ("p", "Linz bleibt der industrielle Kern des Landes ob der Enns. Die Linzer Stahl- und "
          "Chemieindustrie leidet unter hohen Energiepreisen und schwacher Nachfrage aus "
          "Deutschland; das Stahlwerk an der Donau hat im Sommer einen Hochofen vorübergehend "
          "gedrosselt. Die Linz AG investiert unterdessen in die Fernwärme. In den "
          "Nachbargemeinden Leonding und Traun sind die Gewerbeflächen fast ausgebucht. In "
          "Steyrermühl bei Laakirchen wurde die Zeitungspapierproduktion bereits 2023 "
          "eingestellt."),
    ("h", "Steyr"),
    ("p", "Steyr steht wie kaum eine andere Stadt für Motoren- und Fahrzeugbau: Im Motorenwerk am "
          "Stadtrand laufen jährlich rund eine Million Diesel- und Elektroantriebe vom Band, und "
          "im früheren Lkw-Werk fertigt ein neuer Eigentümer Nutzfahrzeuge. Die Zulieferer der "
          "Region spüren die Flaute der deutschen Autoindustrie besonders stark. Zur "
          "Orientierung: Die Steyr mündet hier in die Enns, und Steyr Motors ist ein Unternehmen, "
          "kein Ort."),
    ("h", "Wels"),
    ("p", "Die Welser Maschinenbauer berichten über gut gefüllte Auftragsbücher im Export nach "
          "Übersee, während die Nachfrage aus Europa nachlässt. Die Stadt an der Traun profitiert "
          "außerdem von ihrer Lage am Autobahnknoten."),
    ("h", "Mostviertel"),
    ("p", "Im Mostviertel ist das Bild gemischt. Amstetten, Sitz eines Weltmarktführers für "
          "Schalungstechnik, profitiert von großen Brückenprojekten in Skandinavien. In Ybbs an "
          "der Donau werden Fruchtsaftkonzentrate für Getränkehersteller in ganz Europa "
          "erzeugt. Die Birnbäume, denen die Region ihren Namen verdankt, gehören zur "
          "Landwirtschaft des Umlands und nicht zur Industrie der Städte. Waidhofen an der Ybbs "
          "erscheint in diesem Bericht nur in der Tabelle."),
    ("h", "St. Pölten und Melk"),
    ("p", "In St. Pölten, der niederösterreichischen Landeshauptstadt, baut ein "
          "Maschinenbaukonzern Papiermaschinen für Kunden in aller Welt. Die Westbahn verbindet "
          "die Stadt in 25 Minuten mit Wien. Melk lebt vom Tourismus rund um das Stift; an "
          "manchen Tagen legen dort vier Donau-Kreuzfahrtschiffe an."),
    ("h", "Häfen und Logistik"),
    ("p", "Die Linzer Häfen schlugen 2023 rund 4,0 Mio. Tonnen um und sind damit der größte "
          "Donauhafen Österreichs. Der Ennshafen, der beiderseits der Enns auf dem Gebiet von "
          "Enns und Ennsdorf liegt, kam 2023 auf rund 390.000 TEU, nach 370.000 TEU im Vorjahr. "
          "Die Schiffe von Linz nach Constanța sind eine Verkehrsverbindung; eine formelle "
          "Kooperation mit dem rumänischen Hafen hat nur der Ennshafen, und zwar seit 2019."),
    ("h", "Städtepartnerschaften"),
    ("bullets", [
        "Linz – Linköping (Schweden), seit 1995",
        "Steyr – Kettering (Ohio)",
        "St. Pölten – Altoona (Pennsylvania)",
    ]),
    ("p", "Gespräche über eine Partnerschaft zwischen Amstetten und dem slowenischen Velenje "
          "laufen noch; unterzeichnet ist nichts."),
    ("caption", "Tabelle 1: Leitbranchen und Arbeitslosenquote ausgewählter Städte, September 2024"),
    ("table", [
        ["Stadt", "Bundesland", "Leitbranchen", "Arbeitslosenquote (%)"],
        ["Linz", "Oberösterreich", "Stahl, Chemie", "6,1"],
        ["Steyr", "Oberösterreich", "Motoren, Nutzfahrzeuge", "5,8"],
        ["Wels", "Oberösterreich", "Maschinenbau", "5,5"],
        ["St. Pölten", "Niederösterreich", "Papiermaschinen", "6,4"],
        ["Amstetten", "Niederösterreich", "Schalungstechnik", "4,9"],
        ["Waidhofen an der Ybbs", "Niederösterreich", "Büromöbel", "4,2"],
    ], [45, 35, 45, 35]),
    ("p", "Ansprechpartner: Dr. Thomas Haag, Abteilung Wirtschaftspolitik."),
]


PDFS = {
    "b59-norte-grande-mining-supplier-market-note.pdf": dict(
        blocks=NORTE_GRANDE, header="Tecnored Andina · Market Note 3/2024 · Norte Grande mining "
                                    "supply",
        footer="Tecnored Andina – Market Note 3/2024 – page {n} of 2", lang="en",
        title="Market Note 3/2024: Wear Parts and Mine Services in the Norte Grande"),
    "b59-pwani-bank-coastal-east-africa-outlook.pdf": dict(
        blocks=PWANI, header="Pwani Commercial Bank · Economics & Research · Regional Outlook "
                             "H2 2024",
        footer="Regional Outlook H2 2024 · page {n}", lang="en",
        title="Regional Outlook: Coastal Kenya and Tanzania, Second Half of 2024"),
}
DOCXS = {
    "b59-wk-kurzbericht-westachse-mostviertel.docx": dict(
        blocks=WESTACHSE, title="Kurzbericht Westachse: Zentralraum Oberösterreich und Mostviertel"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_59.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
