#!/usr/bin/env python3
"""Build batch 70 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_70.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b70-carolinas-axle-plant-site-shortlist.pdf``: a manufacturer's site-selection shortlist,
  two pages, running header, footer "Project Palmetto – page N of 2", a drawn table "Rank |
  Location | Anchor industries | Miles | Score" whose reserve row is the only source of one
  town's industry; the distances and scores are not port metrics.
* ``b70-peru-coast-export-credit-country-brief.pdf``: an export credit agency's country brief,
  two pages, running header, footer "Country Brief Peru – page N", no table, bullet lists of
  key points and underwriting notes (sector words in the bullets are not tied to towns).
* ``b70-hafenbetriebe-suedpfalz-geschaeftsbericht-auszug.docx``: a German port operator's
  annual report excerpt with headings, bullet lists (key figures, partnerships under their own
  heading) and a table of tonnages per port whose unit is given only in the caption and header.

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

PALMETTO = [
    ("title", "Project Palmetto: Shortlist of Candidate Sites for a North American Axle Plant"),
    ("subtitle", "Hollmann Driveline Systems GmbH · Corporate Real Estate and Expansion · "
                 "Draft 3, 14 June 2024"),
    ("h", "Why this note"),
    ("p", "In March and April our site team visited eleven locations in the Carolinas; the board "
          "asked us to cut the list down before the final talks with state officials. The plant "
          "will assemble electric-drive axles, employ about 600 people and bring in castings from "
          "our German foundries through a deep-water port. Six places remain, plus one reserve. "
          "South Carolina as a whole exports more tyres than any other state, but a state average "
          "says little about a local labour market, so each town is judged on its own below."),
    ("h", "1. Greer and Spartanburg"),
    ("p", "Spartanburg is where a German carmaker assembles most of its large SUVs, and the "
          "supplier park around that plant has pulled dozens of firms into the county. The "
          "neighbouring town of Greer, whose industrial parks already house a cluster of "
          "automotive suppliers, offers a 90-acre site four miles from the Inland Port Greer. "
          "That rail-served container yard was built for roughly 230,000 containers a year and is "
          "tied to the Port of Charleston by an overnight train, so our castings could clear "
          "customs inland. Spartanburg's textile mills closed long ago and are now "
          "loft apartments."),
    ("h", "2. Greenville"),
    ("p", "Greenville, twenty minutes further west along Interstate 85, has the deepest pool of "
          "engineers on the list. The city's economy rests on tyres and gas turbines: a French tyre "
          "group runs its North American head office and two plants there, and a large works on "
          "the east side builds turbines for power stations around the world. The automotive "
          "research campus of Clemson University lies inside the city limits. Greenville has been "
          "twinned with Kortrijk in Belgium since 1991 and keeps a friendship agreement with "
          "Bergamo."),
    ("h", "3. Anderson"),
    ("p", "Anderson lies on the shore of Lake Hartwell, half an hour south-west of Greenville. "
          "Firms in Anderson make glass fibre for boat hulls and wind-turbine blades. Labour costs "
          "are the lowest in the Upstate, but the site needs a new substation that the utility "
          "will not promise before 2026. A "
          "battery-recycling plant that Anderson County has been courting is still only a proposal "
          "and has not been counted in our scoring."),
    ("h", "4. Rock Hill"),
    ("p", "Rock Hill, just across the state line from Charlotte, is a former cotton-mill town that "
          "now earns much of its living from plastics: compounders and moulders line the "
          "industrial corridor along the Catawba River. Charlotte's airport is forty minutes away, "
          "the nearest deep-water port more than 200 miles. The town council discussed a twinning with a town near Stuttgart in "
          "2022 but let the matter drop."),
    ("pagebreak",),
    ("h", "5. Florence"),
    ("p", "Florence, in the Pee Dee and not to be confused with the Tuscan city, sits where "
          "Interstates 95 and 20 meet. It has become a pharmaceuticals town: two drug makers fill "
          "injectables and tablets in Florence. A battery-cell plant announced for a "
          "site east of the city would reshape the labour market if it is ever built; it is not in "
          "our model."),
    ("h", "6. Wilmington, North Carolina"),
    ("p", "Wilmington was added late, because its own port would shorten the inland leg for "
          "castings. The Port of Wilmington handled about 330,000 TEU in 2023, a fraction of "
          "Charleston's volume. Visitors know the city for its riverfront; the employer that matters "
          "to us is the nuclear-fuel plant on its northern edge. It should not be confused with "
          "Wilmington, Delaware, where one of our customers has its legal seat. The site lies 14 "
          "miles up the Cape Fear River."),
    ("h", "The ports behind the shortlist"),
    ("p", "Every site would be served through the Port of Charleston, which moved about 2.5 million "
          "TEU in fiscal 2023 and ranks among the ten busiest container ports in the United "
          "States. Its newest terminal was designed for about 700,000 TEU a year in its first "
          "phase. North Charleston, where an American planemaker assembles wide-body jets, would "
          "be the natural base for our logistics contractor. Savannah, two hours down the coast, "
          "is the fallback; our forwarder's weekly service from Savannah to Bremerhaven is a "
          "shipping route and no formal tie between the two cities."),
    ("h", "Local ties"),
    ("p", "For a company from the Rems valley, existing links with Germany count. Spartanburg "
          "signed a friendship agreement with Schorndorf, our home town, in 2016, and both "
          "councils renewed it last autumn with an apprentice exchange. Charleston's sister-city "
          "link with Spoleto in Italy, which grew out of the arts festival the two cities share, "
          "dates from 1977. A proposal to pair Florence with a Bavarian town was floated at a trade "
          "dinner in 2023; nothing came of it."),
    ("caption", "Table 1: Shortlist ranking (road distance to the Port of Charleston in miles; "
                "provisional score out of 100)"),
    ("table", [
        ["Rank", "Location", "Anchor industries", "Miles", "Score"],
        ["1", "Greer / Spartanburg", "car assembly, automotive suppliers", "210", "82"],
        ["2", "Greenville", "tyres, gas turbines", "215", "78"],
        ["3", "Wilmington (NC)", "nuclear fuel", "175", "71"],
        ["4", "Florence", "pharmaceuticals", "115", "69"],
        ["5", "Rock Hill", "plastics", "205", "64"],
        ["6", "Anderson", "glass fibre", "230", "58"],
        ["Reserve", "Sumter", "poultry processing", "120", "55"],
    ], [18, 40, 66, 18, 18]),
    ("h", "Recommendation"),
    ("p", "We propose to take Greer/Spartanburg and Greenville into the final round and to keep "
          "Wilmington as the coastal alternative; Sumter, the reserve, would only come back if "
          "both fail. Prepared by Mark Beaufort and Lena Vogt, "
          "Corporate Real Estate; comments to the project mailbox by 28 June."),
]

PERU = [
    ("title", "Country Brief: Peru – the Coastal Regions"),
    ("subtitle", "Northbridge Export Credit · Guidance for exporters and banks · December 2024"),
    ("h", "Summary"),
    ("p", "Peru remains open for cover on short- and medium-term business. Our country risk "
          "category is unchanged at 3 of 7, and there are no limits for private buyers with sound "
          "accounts. Politics in Lima has been noisy since 2021, but an independent central bank "
          "and low public debt have kept the payment record good. Nationally the economy leans on "
          "mining: Peru is among the world's biggest copper producers, and concentrate dominates "
          "the export figures. This brief looks past the mines to the coastal towns where most of "
          "our policyholders' buyers sit."),
    ("bullets", [
        "Country risk category: 3 of 7 (unchanged since 2022).",
        "Short-term cover: open, no restrictions.",
        "Medium-term cover: case by case above USD 20 million.",
        "Claims paid in 2024: two, both after insolvencies of importers.",
    ]),
    ("h", "North coast: Paita, Piura and Talara"),
    ("p", "Paita is the port for the whole north. It handled roughly 300,000 TEU in 2023 and is "
          "Peru's second-largest container port after Callao. Most of the boxes that leave Paita "
          "are reefers of mangoes, grapes and avocados grown in the irrigated valleys inland, so "
          "they are cargo rather than the town's own output; what Paita itself produces is "
          "fishmeal, from the plants that line its bay. Piura, the regional capital an hour "
          "inland, is where most of our northern buyers keep their offices. Further up the coast, "
          "the rebuilt refinery at Talara reached full operation this year; suppliers of valves "
          "and instruments should note that its state-owned operator pays more slowly than the "
          "country average."),
    ("h", "Chimbote and Trujillo"),
    ("p", "Chimbote grew from a fishing village into a steel and fishmeal town in the 1950s. Its "
          "steelworks, the largest in Peru, rolls bars and wire for builders, and the fishmeal "
          "plants around the bay buy most of their driers and presses from European suppliers. "
          "Payments in that trade follow the anchovy quota: when a season is cancelled, as one "
          "was in 2023, buyers ask for longer terms. Trujillo, two hours north, is a different "
          "story. The city's economy has grown around agro-industry, with large groups that grow "
          "and pack asparagus, blueberries and avocados on desert land watered from the Andes. "
          "The sugar estates of the Chicama valley lie in the countryside north of the city and "
          "are not counted here. Most of Trujillo's cargo goes through Salaverry, its small port, "
          "which handled about 2 million tonnes in 2023."),
    ("pagebreak",),
    ("h", "South coast: Pisco, Ilo and the Arequipa corridor"),
    ("p", "Pisco lent its name to the grape brandy, yet most pisco is distilled in the valleys "
          "around Ica rather than in the port town. What Pisco does host is the fractionation "
          "plant that splits natural gas liquids from the Camisea fields into propane and "
          "naphtha. Further south, Ilo is a copper town: the smelter and refinery on its northern "
          "edge treat concentrate from the highland mines, and their owner is one of our largest "
          "guaranteed buyers. (The letters ILO in our contract templates refer to the "
          "International Labour Organization's core standards, not to the port.) Mollendo, the "
          "old port of Arequipa, lost its cargo role decades ago; the modern terminal at "
          "Matarani, a few kilometres up the coast, ships about 8 million tonnes a year, mostly "
          "copper concentrate. Arequipa itself, Peru's second-largest city, spins alpaca wool and "
          "makes cement for the whole south."),
    ("h", "Chancay"),
    ("p", "The new deep-water port at Chancay, north of Lima, opened in November with a "
          "first-phase capacity of about 1 million TEU a year. Exporters of machinery should "
          "expect buyers to ask for delivery through Chancay rather than Callao. The weekly "
          "service from Chancay to Shanghai that started with the opening is a shipping line, "
          "not an alliance between the two cities."),
    ("h", "Ties that open doors"),
    ("p", "Local links can help a first-time exporter find a bank or an importer. Trujillo has "
          "long been twinned with its namesake in Extremadura, the Spanish town of Trujillo where "
          "Francisco Pizarro was born. Arequipa's sister-city link with Charlotte, North Carolina, "
          "has produced a small but active desk for American suppliers at the local chamber. In "
          "2022 the port authorities of Paita and Manta, in Ecuador, signed a sister-port "
          "agreement on reefer handling and pilot training. A similar agreement between Ilo and "
          "Arica, in northern Chile, lapsed in 2019 and has not been renewed."),
    ("h", "Underwriting notes"),
    ("bullets", [
        "Fishmeal buyers: prefer letters of credit after a cancelled anchovy season.",
        "Agro-export groups: open account up to 180 days for established buyers.",
        "Buyers linked to the copper sector: strong payment record; ask for parent guarantees.",
        "State-owned refinery projects: cover only with a sovereign guarantee.",
    ]),
    ("p", "Contact: Country Risk Desk, Andean and Pacific team (desk head: Carla Tumbes). This "
          "brief is guidance, not a commitment to cover."),
]

SUEDPFALZ = [
    ("title", "Hafenbetriebe Südpfalz GmbH – Geschäftsbericht 2023 (Auszug)"),
    ("subtitle", "Häfen Germersheim und Wörth am Rhein · Lagebericht, Kennzahlen, Kooperationen"),
    ("h", "Vorwort der Geschäftsführung"),
    ("p", "Das Geschäftsjahr 2023 war für unsere beiden Rheinhäfen ein Jahr der Normalisierung. "
          "Nach dem Rekordjahr 2022, in dem Niedrigwasser viele Verlader vom Lkw auf das Schiff "
          "zurückgeholt hatte, ging der Umschlag spürbar zurück. Die Ertragslage blieb dennoch "
          "stabil, weil die Mieterlöse aus den Logistikflächen gestiegen sind. Wir danken unseren "
          "Kunden, dem Aufsichtsrat und unseren 140 Beschäftigten. Thomas Bellheim, "
          "Geschäftsführer"),
    ("h", "Das Jahr in Zahlen"),
    ("bullets", [
        "Gesamtumschlag beider Häfen: 4,72 Mio. Tonnen (Vorjahr: 5,06 Mio. Tonnen)",
        "Containerterminal Germersheim: 182.000 TEU (Vorjahr: 196.000 TEU)",
        "Umsatzerlöse: 31,4 Mio. Euro, Jahresüberschuss: 2,1 Mio. Euro",
        "Investitionen: 9,8 Mio. Euro, vor allem in den dritten Containerkran",
    ]),
    ("caption", "Tabelle 1: Wasserseitiger Umschlag nach Standorten (in Tsd. Tonnen)"),
    ("table", [
        ["Standort", "2023", "2022", "Veränderung"],
        ["Germersheim", "1.940", "2.110", "−8,1 %"],
        ["Wörth am Rhein", "2.780", "2.950", "−5,8 %"],
    ], [50, 30, 30, 35]),
    ("h", "Standort Germersheim"),
    ("p", "Germersheim zählt zu den größten Containerumschlagplätzen am Oberrhein. Seit der "
          "dritte Kran im Frühjahr 2024 in Betrieb gegangen ist, kann das Terminal 250.000 TEU "
          "pro Jahr umschlagen. Wichtigster Kunde bleibt das weltweite Ersatzteilzentrum "
          "eines Automobilherstellers: Germersheim ist der Ort, von dem aus Ersatzteile in mehr "
          "als hundert Länder verschickt werden. Die Bargen pendeln mehrmals wöchentlich nach "
          "Rotterdam und Antwerpen; diese Linien sind Verkehre, keine Partnerschaften."),
    ("h", "Standort Wörth am Rhein"),
    ("p", "In Wörth steht das größte Lkw-Montagewerk Europas, und ein großer Teil unseres "
          "Umschlags besteht aus Teilen für dieses Werk. Zweiter Großkunde ist die Wörther "
          "Papierfabrik, die Zeitungsdruck- und Wellpappenrohpapier herstellt und ihr Altpapier "
          "zum Teil per Schiff bezieht. Die Ziegelwerke im benachbarten Jockgrim, einst weit über "
          "die Pfalz hinaus bekannt, sind seit Jahrzehnten stillgelegt. Ein Batterierecyclingwerk, "
          "das ein Investor in Hagenbach plant, könnte ab 2026 neue Mengen bringen."),
    ("h", "Kunden im Hinterland"),
    ("p", "Unser Einzugsgebiet reicht über die Südpfalz hinaus. Auf der anderen Rheinseite "
          "verarbeitet die Karlsruher Raffinerie Rohöl aus der Pipeline; Heizöl und Bitumen "
          "erreichen uns von dort per Schiff. Im elsässischen Lauterbourg, gleich hinter der "
          "Grenze, produziert ein Chemiewerk Spezialpolymere, die über Wörth exportiert werden. "
          "Landau gilt als Hochburg der Weinkellereien, und Kandeler Kunststoffverarbeiter lassen "
          "Granulat über Germersheim anliefern. Der Weinbau der Südlichen Weinstraße und die "
          "Sägewerke des Pfälzerwalds nutzen den Hafen dagegen kaum."),
    ("h", "Kooperationen und Partnerschaften"),
    ("bullets", [
        "Hafenpartnerschaft Germersheim–Straßburg: seit 2017, gemeinsame Vermarktung des "
        "Oberrhein-Korridors.",
        "Grenzüberschreitender Hafenverbund Wörth–Lauterbourg: 2011 gegründet, 2023 um zehn "
        "Jahre verlängert.",
        "Die Stadt Germersheim und ihre burgundische Partnerstadt Tonnerre feierten 2023 das "
        "50-jährige Bestehen ihrer Städtepartnerschaft; unser Hafenfest war Teil des Programms.",
        "Gespräche mit dem Hafen Mannheim über eine engere Zusammenarbeit wurden im Sommer ohne "
        "Ergebnis beendet.",
    ]),
    ("h", "Ausblick"),
    ("p", "Für 2024 rechnen wir mit einem Umschlag auf Vorjahresniveau. Risiken sehen wir in "
          "weiteren Niedrigwasserperioden und in der schwachen Baukonjunktur. Der vollständige "
          "Geschäftsbericht mit Jahresabschluss liegt in der Geschäftsstelle aus."),
]


PDFS = {
    "b70-carolinas-axle-plant-site-shortlist.pdf": dict(
        blocks=PALMETTO, header="Hollmann Driveline Systems · Project Palmetto · Site shortlist · "
                                "Internal, draft 3",
        footer="Project Palmetto – page {n} of 2", lang="en",
        title="Project Palmetto: Shortlist of Candidate Sites for a North American Axle Plant"),
    "b70-peru-coast-export-credit-country-brief.pdf": dict(
        blocks=PERU, header="Northbridge Export Credit · Country Brief Peru · December 2024 · "
                            "For external use",
        footer="Country Brief Peru – page {n}", lang="en",
        title="Country Brief: Peru – the Coastal Regions"),
}
DOCXS = {
    "b70-hafenbetriebe-suedpfalz-geschaeftsbericht-auszug.docx": dict(
        blocks=SUEDPFALZ, title="Hafenbetriebe Südpfalz GmbH – Geschäftsbericht 2023 (Auszug)"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_70.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
