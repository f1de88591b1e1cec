#!/usr/bin/env python3
"""Build batch 63 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_63.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b63-east-coast-india-port-appraisal-summary.pdf``: a development bank's project appraisal
  summary, two pages, running header, footer "PAS-2024-117 · page N of 2", key facts as
  bullets, a drawn table "Port | Cargo handled 2023 | Rated capacity per year | Main cargoes"
  whose unit (million tonnes) is given only in the caption; one row names a port whose town is
  not in the GeoNames data, and the cargo column lists cargo, not industries.
* ``b63-bothnia-spin-off-market-scan.docx``: a university spin-off's market scan with headings
  per customer segment, a table "Town | Hot processes (examples) | Priority | Drive from Umeå"
  that repeats the towns of the running text, and next steps as bullets.
* ``b63-ihk-standortportraet-rheine.docx``: a German IHK-Standortporträt with headings, a table
  of key figures (town against district), bullets on the neighbouring towns, and sections on
  logistics and twin towns.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

# sample_builders.py lives in the repository's scripts/ folder; the script may also be run from
# a staging folder outside the repository.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only.

APPRAISAL = [
    ("title", "Project Appraisal Summary: East Coast Port Access and Coastal Berths Programme"),
    ("subtitle", "Indo-Pacific Infrastructure Bank · PAS-2024-117 · India · Public version · "
                 "September 2024"),
    ("h", "1. Project at a glance"),
    ("bullets", [
        "Borrower: the Republic of India. Executing agencies: the port authorities of Paradip and "
        "Visakhapatnam, and the state maritime board of Andhra Pradesh for the Kakinada component.",
        "Proposed financing: a sovereign loan of USD 420 million over 20 years, with USD 150 million "
        "of co-financing from the port authorities' own resources.",
        "Components: (A) a mechanised dry-bulk berth and rail loop at Paradip; (B) outer-harbour rail "
        "sidings and a covered storage shed at Visakhapatnam; (C) a cold store and ice plant at the "
        "fishing harbour of Kakinada.",
        "Safeguards category B: no involuntary resettlement, and dredging is limited to existing "
        "channels.",
    ]),
    ("h", "2. Strategic context"),
    ("p", "The ports of India's east coast carry the coal, ore, fertiliser raw materials and crude "
          "oil on which the heavy industry of Odisha, Andhra Pradesh and West Bengal depends. The "
          "binding constraint today is not the length of the quays but the rail capacity behind "
          "them: at Paradip, unit trains wait an average of nine hours to be unloaded."),
    ("h", "3. Paradip (Component A)"),
    ("p", "Paradip, on the Mahanadi delta about 90 km from the state capital Bhubaneswar, handled "
          "about 145 million tonnes of cargo in 2023 and is now the busiest of India's major ports "
          "by volume. Its berths are rated for roughly 290 million tonnes a year; the railway behind "
          "them is not. The town is more than a coal chute. A state-owned refinery with a capacity "
          "of 15 million tonnes of crude a year stands behind the port, and Paradip is where two "
          "companies, Paradeep Phosphates among them, make di-ammonium phosphate fertiliser from "
          "imported rock and acid."),
    ("p", "Much of the coal and almost all of the aluminium and steel shipped through the port come "
          "from further inland. Angul, three hours up the Brahmani valley, hosts a large aluminium "
          "smelter as well as an integrated steel plant, and the mills of the Kalinganagar complex "
          "in Jajpur district add flat steel. The iron-ore and coal mines in the north of Odisha are "
          "the source of the bulk cargo; they are a feature of the state, not of the port town, and "
          "the programme does not finance them."),
    ("h", "4. Visakhapatnam (Component B)"),
    ("p", "Visakhapatnam – Vizag to most people in the region – has the deepest natural harbour on "
          "the east coast. The port handled some 81 million tonnes in 2023, which makes it the "
          "second-busiest major port on India's east coast, and its rated capacity is around 135 "
          "million tonnes a year. The city's own economy is unmistakably industrial: a state-owned "
          "integrated steel plant on its southern edge, a government shipyard that builds and "
          "repairs naval and merchant vessels, and a pharmaceutical zone where bulk-drug makers "
          "produce active ingredients for export."),
    ("h", "5. Kakinada (Component C)"),
    ("p", "Kakinada is a port of two halves: a deep-water port run by a private concessionaire and "
          "an older anchorage port where lighters still work cargo from ships lying in the bay. In "
          "2023 the two together handled about 19 million tonnes, mostly rice exports, fertiliser "
          "and edible oil. Kakinada's own economy leans on aquaculture: dozens of plants along the "
          "canals peel, freeze and pack farmed shrimp, most of it for buyers in the United States. "
          "A green-ammonia plant announced for the area in 2023 has not reached financial close. "
          "Gas from the Krishna-Godavari basin comes ashore nearby, but the fields lie offshore and "
          "belong to the basin, not to the town."),
    ("h", "6. Other east coast ports reviewed"),
    ("p", "Haldia, the downstream dock complex of the port of Kolkata, handled about 50 million tonnes in 2023. "
          "Haldia is also home to a large petrochemical complex whose polymers supply the plastics "
          "processors of West Bengal. Upstream, the jute mills that once lined the Hooghly above "
          "Kolkata have mostly closed. In the south, the Kamarajar Port at Ennore, north of Chennai, "
          "moved around 44 million tonnes, mainly coal for power stations and new cars for export."),
    ("caption", "Table 1: Cargo handled and rated capacity of the ports reviewed (million tonnes)"),
    ("table", [
        ["Port", "Cargo 2023", "Capacity per year", "Main cargoes"],
        ["Paradip", "145", "290", "thermal coal, crude oil, iron ore"],
        ["Visakhapatnam", "81", "135", "coking coal, iron ore, crude oil"],
        ["Kakinada", "19", "45", "rice, fertiliser, edible oil"],
        ["Haldia", "50", "85", "coal, petroleum products"],
        ["Kamarajar (Ennore)", "44", "90", "thermal coal, cars, LNG"],
    ], [40, 28, 36, 66]),
    ("h", "7. Partnerships and regional links"),
    ("p", "Since 2016 the Paradip port authority has had a sister-port agreement with the port of "
          "Gladstone in Queensland, which ships much of the coking coal unloaded on this coast; the "
          "agreement covers the training of berth planners and the exchange of safety data. Chennai "
          "and Denver have been sister cities since 1984. A memorandum on coastal shipping between Visakhapatnam and "
          "Chattogram was discussed at ministerial level in 2023 but has not been signed, and the "
          "weekly container feeder from Visakhapatnam to Colombo is a commercial route, not a port "
          "agreement."),
    ("h", "8. Risks and recommendation"),
    ("p", "The main risks are land acquisition for the Paradip rail loop, cyclones on the Odisha "
          "coast and lower coal volumes if the power sector turns to renewables faster than assumed. "
          "The economic rate of return is estimated at 14.2 percent. The task team recommends that "
          "the Board approve the loan."),
    ("p", "Task team leader: Deepa Puri, Senior Transport Specialist, South Asia Department."),
]

MARKET_SCAN = [
    ("title", "Market Scan: Heavy-Industry Sites Around the Gulf of Bothnia"),
    ("subtitle", "Kvarken Thermal Analytics AB · a spin-off of Umeå University · internal version "
                 "1.2 · November 2024"),
    ("h", "Why this scan"),
    ("p", "Our thermal-imaging system watches refractory linings, conveyor idlers and dryer hoods and "
          "warns maintenance crews before a hot spot turns into a breakdown. After two pilots at "
          "home in Umeå we need to know where the next twenty customers are. This scan covers "
          "industrial towns within a day's drive of our office, on both sides of the Gulf of "
          "Bothnia. It ranks sites by the number of hot processes, not by the size of the town, and "
          "it draws on public sources, three plant visits and calls with maintenance managers "
          "between August and October 2024."),
    ("h", "Segment 1: Metals and minerals"),
    ("p", "A Swedish mining group smelts copper and recovers metals from electronic scrap in "
          "Skelleftehamn, the harbour village of Skellefteå. Its converters and anode furnaces are "
          "exactly the kind of equipment our cameras were designed for. Across the water, Kokkola "
          "is home to Finland's largest cluster of inorganic chemicals, where zinc and cobalt "
          "compounds are produced around the clock by plants with their own maintenance "
          "departments."),
    ("p", "Luleå's steelworks is an obvious target, but its blast furnace is due to be replaced, and "
          "the hydrogen-based plant being built in Boden will not run before 2026. We will return to "
          "both once the new equipment has been specified."),
    ("h", "Segment 2: Pulp, paper and board"),
    ("p", "Piteå has two big paper mills, one for kraftliner and one for sack paper, and both run "
          "long drying sections. Further south, Örnsköldsvik's biorefinery turns spruce into "
          "speciality cellulose; the town is also where tracked armoured vehicles are built, which "
          "lies outside our scope. On the Finnish side, Jakobstad – Pietarsaari in Finnish – has a "
          "large pulp mill next to its harbour, while the boatyards that made the town famous build "
          "sailing yachts that have no use for our product."),
    ("h", "Segment 3: Energy technology and vehicles"),
    ("p", "Vaasa, or Vasa to its Swedish-speaking residents, calls itself the energy capital of the "
          "Nordics, and with reason: the city's factories make engines for ships and power plants "
          "and the grid equipment to go with them. Their engine test cells are a promising niche. "
          "In Umeå, our own city, the cab plant of a Swedish truck maker is the largest industrial "
          "employer, and its paint-shop ovens hosted our second pilot. Oulu, the largest city on "
          "the Finnish side, has few hot processes and is not on the list."),
    ("h", "Logistics"),
    ("p", "Most Finnish sites are reached by the ferry from Umeå's port at Holmsund to Vaasa. Since "
          "2013 both harbours have been run by Kvarken Ports, the port company the two cities own "
          "together, and Umeå and Vaasa are also twin towns. Kokkola, Finland's third-busiest port "
          "for foreign trade, handled about 7.5 million tonnes in 2023, mostly concentrates and "
          "chemicals for the park."),
    ("caption", "Table 1: Shortlist of sites"),
    ("table", [
        ["Town", "Hot processes (examples)", "Priority", "Drive from Umeå"],
        ["Skelleftehamn", "copper converters, anode furnaces", "A", "1.5 h"],
        ["Kokkola", "zinc roasters, chemical dryers", "A", "ferry + 2 h"],
        ["Piteå", "paper machine drying hoods", "A", "2.5 h"],
        ["Örnsköldsvik", "cellulose dryers", "B", "1.5 h"],
        ["Jakobstad", "pulp dryer, recovery boiler", "B", "ferry + 1.5 h"],
        ["Vaasa", "engine test cells", "B", "ferry"],
        ["Luleå", "blast furnace (until replaced)", "C", "3 h"],
    ], [35, 65, 20, 35]),
    ("h", "Next steps"),
    ("bullets", [
        "Book plant visits in Skelleftehamn and Kokkola for January 2025.",
        "Offer the Piteå mills a three-month trial on one drying section.",
        "Ask the engine makers in Vaasa whether test-cell monitoring is bought centrally.",
        "Revisit Luleå and Boden in 2026, once the new furnaces are specified.",
    ]),
    ("p", "Prepared by Anna Kalix, co-founder and head of sales."),
]

STANDORT = [
    ("title", "Standortporträt Rheine"),
    ("subtitle", "IHK Münsterland-Ems · Reihe „Standorte im Kammerbezirk“ · Ausgabe 4/2024"),
    ("h", "Lage und Verkehr"),
    ("p", "Rheine liegt an der Ems im Norden des Kreises Steinfurt, rund 45 Kilometer nördlich von "
          "Münster und eine halbe Autostunde von der niederländischen Grenze entfernt. Mit gut "
          "77.000 Einwohnerinnen und Einwohnern ist die Stadt das wirtschaftliche Zentrum des "
          "nördlichen Münsterlandes. Die A30 verbindet Rheine mit Osnabrück im Osten und mit Hengelo "
          "und den Häfen der Niederlande im Westen; am Dortmund-Ems-Kanal gibt es Umschlagstellen "
          "für Schüttgut. Der Flughafen Münster/Osnabrück in Greven ist in 35 Minuten erreichbar."),
    ("h", "Kennzahlen"),
    ("caption", "Tabelle 1: Rheine und der Kreis Steinfurt im Vergleich"),
    ("table", [
        ["Kennzahl", "Rheine", "Kreis Steinfurt"],
        ["Einwohner (2023)", "77.100", "451.000"],
        ["Sozialversicherungspflichtig Beschäftigte", "33.800", "176.000"],
        ["Anteil produzierendes Gewerbe", "31 %", "34 %"],
        ["Gewerbesteuerhebesatz", "445 %", "–"],
    ], [80, 35, 40]),
    ("h", "Wirtschaftsstruktur"),
    ("p", "Über ein Jahrhundert lang war Rheine eine Textilstadt. Die großen Spinnereien und "
          "Webereien an der Ems haben in den 1990er-Jahren geschlossen; geblieben sind "
          "Industriedenkmäler und ein Museum. Getragen wird die Rheiner Wirtschaft heute vom "
          "Maschinen- und Anlagenbau: Betriebe in der Stadt bauen unter anderem Förderanlagen und "
          "Verpackungsmaschinen. Das zweite Standbein ist die Lebensmittelindustrie. In Rheine "
          "werden tiefgekühlte Menüs für Kantinen, Kliniken und Senioreneinrichtungen hergestellt "
          "und von hier aus in ganz Deutschland ausgeliefert."),
    ("p", "Rund um die Stadt prägt die Landwirtschaft das Bild. Das Münsterland zählt zu den "
          "Regionen mit der höchsten Dichte an Schweine- und Geflügelhaltung in Deutschland; das ist "
          "eine Stärke der Region, nicht der Stadt, und wird hier nicht weiter betrachtet."),
    ("h", "Das Umland"),
    ("bullets", [
        "Emsdetten, die Nachbarstadt im Süden: Hersteller von Vliesstoffen und Folien, dazu ein "
        "Forschungsinstitut für textile Technologien.",
        "Gronau (Westfalen), direkt an der Grenze zu Enschede: Hier steht die einzige "
        "Urananreicherungsanlage Deutschlands. Die Textilindustrie, die der Stadt einst ihren "
        "Wohlstand brachte, ist verschwunden.",
        "Spelle im Emsland: Sitz eines großen Landmaschinenherstellers, dessen Ladewagen und "
        "Mähwerke in alle Welt gehen.",
        "Ibbenbüren: Bis Ende 2018 wurde hier Steinkohle gefördert. Das Bergwerk ist geschlossen; "
        "auf dem Gelände soll ein Gewerbe- und Energiepark entstehen.",
    ]),
    ("h", "Logistik"),
    ("p", "Für Containerverkehre nutzen die Unternehmen aus Rheine vor allem das Terminal in Dörpen "
          "an der Ems, das im Jahr 2023 rund 42.000 TEU umschlug, sowie die Seehäfen Rotterdam und "
          "Bremerhaven. Der Dortmund-Ems-Kanal wird derzeit für größere Schiffe ausgebaut. Ein "
          "Lkw-Pendel nach Rotterdam fährt täglich; er ist ein Transportangebot, keine Kooperation "
          "der Städte."),
    ("h", "Städtepartnerschaften"),
    ("p", "Rheine pflegt seit 1990 eine Städtepartnerschaft mit Bernburg (Saale) in Sachsen-Anhalt. "
          "Weitere Partnerstädte sind Borne in der niederländischen Provinz Overijssel und Leiria in "
          "Portugal, mit dem die Stadt seit 1996 verbunden ist. Über eine Partnerschaft mit Trakai in "
          "Litauen wurde 2019 gesprochen; ein Ratsbeschluss steht bis heute aus."),
    ("h", "Ansprechpartner"),
    ("p", "IHK Münsterland-Ems, Geschäftsstelle Rheine, Team Standortpolitik: Jan Ochtrup, "
          "Telefon 05971 000-0."),
]


PDFS = {
    "b63-east-coast-india-port-appraisal-summary.pdf": dict(
        blocks=APPRAISAL, header="Indo-Pacific Infrastructure Bank · Project Appraisal Summary · "
                                 "PAS-2024-117 · Public version",
        footer="PAS-2024-117 · page {n} of 2", lang="en",
        title="Project Appraisal Summary: East Coast Port Access and Coastal Berths Programme"),
}
DOCXS = {
    "b63-bothnia-spin-off-market-scan.docx": dict(
        blocks=MARKET_SCAN, title="Market Scan: Heavy-Industry Sites Around the Gulf of Bothnia"),
    "b63-ihk-standortportraet-rheine.docx": dict(
        blocks=STANDORT, title="Standortporträt Rheine"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_63.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
