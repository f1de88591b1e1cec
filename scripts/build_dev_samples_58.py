#!/usr/bin/env python3
"""Build batch 58 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_58.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b58-munster-spinout-annual-digest.pdf``: a university spin-out office's annual digest, two
  pages, running header, footer "Spin-out Digest 2023/24 · page N of 2", a drawn table
  "Spin-out | Base | Main product | Founded" (one suburb and one product are given only in the
  table) and a closing bullet list of figures that are not port metrics.
* ``b58-mindanao-trade-credit-sector-watch.pdf``: a trade-credit insurer's sector watch, two
  pages, running header, footer "Sector Watch Mindanao Q3/2024 – page N of 2", no table; the
  risk grades are a bullet list that repeats the industries of the prose.
* ``b58-thueringen-investorenbroschuere.docx``: a German investor brochure of a state
  development agency with headings, a bullet list "Stadt – Branche", a caption and a table
  "Standort | Schwerpunktbranchen | Autobahn | Freie Flächen (ha)"; one town's industry is given
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

SPINOUT = [
    ("title", "Spin-out Digest 2023/24"),
    ("subtitle", "Munster Knowledge Transfer Consortium · Annual review of the companies founded on "
                 "our campuses in Cork, Limerick and Waterford"),
    ("h", "Foreword"),
    ("p", "Fourteen new companies left our laboratories this year, two more than in 2022/23 and the "
          "highest number since the consortium was set up. Nine of them raised seed funding before "
          "their first anniversary. Behind those figures are researchers who chose to stay in the "
          "south of Ireland rather than take their ideas to Dublin or abroad, and I want to thank "
          "every mentor, investor and technician who made that choice easier. – Prof. Conor Ennis, "
          "Director"),
    ("h", "Where our founders build"),
    ("p", "A spin-out rarely moves far from the campus it came from, so the industries around each "
          "city shape what our founders do. Cork is where a large share of Ireland's medicines are "
          "made: the pharmaceutical plants along the lower harbour are the first customers for many "
          "of our Cork companies, even though none of those companies makes a single tablet. The Port of Cork, which handled about 10.5 million tonnes of cargo in 2023 "
          "and is the second-largest port in the State, has become a customer as well. Its new "
          "container terminal at Ringaskiddy, designed for about 450,000 TEU a year, is the test "
          "site for MoorSense, whose load sensors warn crews before a mooring line fails."),
    ("p", "Limerick has a different profile. Firms in Limerick design and test semiconductors for "
          "the car and telecoms markets, and the city's medical-device makers employ several "
          "thousand people on the eastern side of town. A vaccine plant announced for the outskirts "
          "of Limerick would add another pillar, but construction has not begun. Our Limerick "
          "incubator sits in the former Limerick Clothing Factory, which closed in the 1980s and now "
          "houses desks, not sewing machines."),
    ("p", "Twenty-five kilometres to the west, Shannon is where Ireland's aircraft-leasing industry "
          "started. Its free zone is still home to lessors and to the hangars of aircraft "
          "maintenance firms, and two of this year's founders came out of those hangars. Across the "
          "Shannon estuary the deep-water jetties at Foynes move some 11 million tonnes of bulk "
          "cargo a year, mostly alumina and coal for the plants on the river."),
    ("p", "Waterford was long synonymous with crystal, but the large crystal factory closed in 2009 "
          "and most of the glass is now cut abroad. The city's biggest employers today make contact "
          "lenses and diagnostic test kits. The Port of Waterford, whose quays moved downriver to "
          "Belview decades ago, handled roughly 1.2 million tonnes in 2023. In Clonmel, in County "
          "Tipperary, where Ireland's best-known cider is pressed and bottled, one of our "
          "food-science teams is working with the orchards that supply the mill."),
    ("pagebreak",),
    ("h", "Companies founded in 2023/24"),
    ("p", "The table lists the spin-outs that agreed to be named. Five others are still in stealth "
          "mode and appear only in the totals."),
    ("caption", "Table 1: Named spin-outs of the year, with their base and main product"),
    ("table", [
        ["Spin-out", "Base", "Main product", "Founded"],
        ["MoorSense", "Cork", "mooring-line load sensors", "2023"],
        ["Treaty Sensing", "Limerick", "wafer test probes for chipmakers", "2023"],
        ["Déise Diagnostics", "Waterford", "rapid diagnostic test kits", "2024"],
        ["Hangar Nine Inspection", "Shannon", "engine inspection for airlines", "2024"],
        ["Castletroy Orthotics", "Castletroy", "3D-printed orthopaedic implants", "2024"],
    ], [45, 30, 70, 20]),
    ("h", "Links abroad"),
    ("p", "International ties matter more to young companies than to old ones. Cork has been twinned "
          "with Shanghai since 2005, and two of our founders joined the Lord Mayor's trade "
          "delegation to the Chinese city in April. Limerick's sister city, Spokane in Washington "
          "State, hosted the Treaty Sensing team for a month at its university incubator. Waterford, "
          "which is twinned with Saint-Herblain near Nantes, sent a diagnostics delegation to the "
          "French city's biotech cluster."),
    ("p", "On the maritime side, the Port of Cork and the port of Zeebrugge signed a port partnership "
          "in 2021 that covers shore power and data sharing; MoorSense will run its second pilot on "
          "the Belgian side next spring. The ferry from Ringaskiddy to Roscoff, by contrast, is "
          "simply the route most of our founders use to reach customers in France."),
    ("h", "The year in numbers"),
    ("bullets", [
        "14 spin-outs formed (2022/23: 12)",
        "61 invention disclosures and 23 licence agreements",
        "€38 million raised by companies founded since 2019",
        "312 people employed by consortium spin-outs, 41 of them outside Ireland",
    ]),
    ("p", "One small confession to end with: the notice board in our Cork office is still made of "
          "cork, and it is covered in founders' business cards. We would like to need a bigger one "
          "next year."),
]

SECTOR_WATCH = [
    ("title", "Sector Watch: Mindanao Food Exporters and Industrial Suppliers"),
    ("subtitle", "Harbourline Credit Insurance · Risk Research · Q3 2024 · for policyholders and "
                 "brokers"),
    ("h", "Summary"),
    ("p", "Payment behaviour among our insured buyers on Mindanao held up well in the third quarter. "
          "Overdue notifications fell by a tenth against the second quarter, and we paid only two "
          "claims above USD 250,000. The picture differs sharply by trade, however. Tuna processors "
          "remain a solid risk, fresh-fruit exporters are under pressure from disease and freight "
          "costs, and we keep industrial suppliers around Iligan on our watch list. The grades we "
          "apply from 1 October are listed on page 2."),
    ("h", "Tuna: steady in General Santos"),
    ("p", "General Santos – Dadiangas until 1954, and named after General Paulino Santos, who led "
          "the first settlers there – calls itself the tuna capital of the Philippines with some "
          "justification. Its economy rests on tuna: about a dozen canneries and loin processors line "
          "the road to the fish port, and most of them export to Europe and the United States under "
          "long-term contracts. We have seen no material delays from this group since 2021. The "
          "city's container wharf at Makar handled roughly 150,000 TEU last year. In Polomolok, a "
          "short drive north, a multinational grower cans pineapple next to one of the largest "
          "plantations in the world; its local suppliers pay on time, although they depend on a "
          "single buyer."),
    ("h", "Bananas: pressure in Davao"),
    ("p", "Davao is the island's commercial capital and its main port, which handled about 850,000 "
          "TEU in 2023 and remains the busiest container port on Mindanao. The city hosts the head "
          "offices and packing houses of most Cavendish banana exporters, and it has become a large "
          "call-centre location in its own right. The plantations themselves lie outside the city, "
          "mostly in the province of Davao del Norte, and that is where the trouble starts: Panama "
          "disease has cut yields on many farms, and several mid-sized exporters have asked for "
          "longer payment terms from their carton and fertiliser suppliers. We have reduced limits "
          "on four buyers."),
    ("p", "Davao's port authority and the Port of Kaohsiung signed a sister-port agreement in 2018, "
          "which has made reefer schedules to Taiwan more reliable. The durian that visitors buy in "
          "Davao's markets grows in the hills and is no part of this analysis."),
    ("h", "Cagayan de Oro and Iligan"),
    ("p", "Cagayan de Oro, the second-busiest container port on the island, is a food town as much as "
          "a trading town. A multinational cans pineapple at its plant in the Bugo district, and "
          "desiccated-coconut mills on the city's western side sell to bakeries and confectioners "
          "worldwide. Northern Mindanao's palm-oil estates, by contrast, belong to the region, not to "
          "the city, and we do not count them here."),
    ("p", "Iligan, forty minutes along the coast, still calls itself the industrial city of the "
          "south, although its integrated steel mill has not rolled a coil since it stopped in 1999. "
          "What remains are flour mills and a cement plant, both reliable payers. The hydropower "
          "stations on the Agus River supply much of Mindanao's electricity but are state-owned and "
          "outside our cover. A nickel-processing plant planned for Surigao could change the "
          "supplier landscape, but no financing has been announced."),
    ("pagebreak",),
    ("h", "Zamboanga: sardines and ferries"),
    ("p", "In Zamboanga, sardines are the local industry: the city's canneries pack most of the "
          "sardines eaten in the Philippines, and their tinplate and tomato-paste suppliers are among "
          "our policyholders. The ferries that link Zamboanga with Sandakan in Sabah are popular with "
          "traders but carry little insured cargo. A sister-city agreement between the two was "
          "proposed at a regional summit in 2023; it has not been signed."),
    ("p", "General Santos has a longer-standing link across the Celebes Sea: it has been twinned "
          "with Bitung in North Sulawesi since 2013, and a direct container service between the two "
          "ports started this year. The service is a shipping route, and it is the route, not the "
          "twinning, that matters for our buyers."),
    ("h", "Risk grades from 1 October 2024"),
    ("bullets", [
        "Tuna canning and loin processing (General Santos): grade 2 – stable",
        "Pineapple processing (Polomolok, Cagayan de Oro): grade 2 – stable",
        "Fresh-banana exporters (Davao and surrounding provinces): grade 4 – negative",
        "Desiccated coconut (Cagayan de Oro): grade 3 – stable",
        "Flour milling and cement (Iligan): grade 3 – watch",
        "Sardine canning (Zamboanga): grade 2 – stable",
    ]),
    ("h", "What the grades do not cover"),
    ("p", "The grades describe buyers, not countries. The Philippines as a whole is the world's "
          "second-largest banana exporter, and containers leaving Mindanao carry bananas, pineapple, "
          "desiccated coconut and tuna loins in roughly that order; neither fact changes the "
          "assessment of a single buyer. Political risk in the Bangsamoro region and in Cotabato City is "
          "rated separately in our country report."),
    ("h", "Contact"),
    ("p", "Questions about limits or grades go to your account underwriter or to the Manila risk "
          "desk. Brokers can download this note and the underlying buyer lists from the portal."),
]

INVESTOREN = [
    ("title", "Investieren in Thüringen: Standorte, Branchen, Fakten"),
    ("subtitle", "Investorenbroschüre 2024 · Thüringer Ansiedlungs- und Entwicklungsgesellschaft "
                 "(TAEG)"),
    ("h", "Mitten in Deutschland, mitten in Europa"),
    ("p", "Thüringen liegt im Schnittpunkt der Autobahnen A4, A9, A71 und A38 und der ICE-Strecken "
          "zwischen Berlin, München und Frankfurt. Von Erfurt aus erreichen Sie zwei Drittel der "
          "Kaufkraft der Europäischen Union in weniger als acht Lkw-Stunden. Die Wirtschaft des "
          "Freistaats ist mittelständisch geprägt; landesweit stehen Kunststoffverarbeitung, "
          "Ernährungswirtschaft und Metallbau obenan. Wo sich einzelne Branchen verdichten, zeigen "
          "die folgenden Seiten."),
    ("h", "Die Landeshauptstadt Erfurt"),
    ("p", "Erfurt ist das logistische Herz des Landes. In der Stadt haben große Onlinehändler, "
          "Paketdienste und Lebensmittelketten ihre Verteilzentren errichtet, und die Erfurter "
          "Logistikbranche beschäftigt inzwischen mehr Menschen als die gesamte Industrie der Stadt. "
          "Daneben fertigt ein internationaler Halbleiterkonzern in Erfurt Leistungshalbleiter. Am "
          "Güterverkehrszentrum schlägt das Terminal für den kombinierten Verkehr jährlich rund "
          "60.000 Ladeeinheiten um, und der Flughafen Erfurt-Weimar fertigte 2023 rund 1.200 Tonnen "
          "Luftfracht ab. Ein Rechenzentrum, das ein Betreiber bei Arnstadt plant, befindet sich "
          "noch im Genehmigungsverfahren."),
    ("h", "Jena: Licht als Rohstoff"),
    ("p", "Jena ist die Stadt der Optik- und Photonikindustrie. Was Carl Zeiss und Ernst Abbe im 19. "
          "Jahrhundert begonnen haben, prägt die Stadt bis heute: Hier entstehen Mikroskopobjektive "
          "und Laserquellen für Labore und Fabriken in aller Welt. Fachkräfte kommen "
          "von der Universität und der Hochschule der Stadt, aber auch von der TU Ilmenau, deren "
          "Absolventen in vielen Jenaer Entwicklungsabteilungen arbeiten."),
    ("h", "Ostthüringen: Gera"),
    ("p", "Gera, die drittgrößte Stadt des Landes, hat den Strukturwandel nach dem Ende des "
          "Uranbergbaus im Umland hinter sich. 2023 eröffnete ein irisches Medizintechnikunternehmen, "
          "dessen Gründer sich an der Universität in Cork kennengelernt haben, in Gera ein Werk, in "
          "dem Katheter und Einmalinstrumente für Kliniken hergestellt werden; weitere Investoren "
          "aus Irland prüfen derzeit Flächen im Gewerbegebiet an der A4."),
    ("h", "Westthüringen und der Thüringer Wald"),
    ("p", "Im Westen und Süden des Landes haben sich traditionsreiche Industriestädte zu "
          "spezialisierten Zulieferstandorten entwickelt:"),
    ("bullets", [
        "Eisenach – Automobil- und Zulieferindustrie. Wo früher der Wartburg vom Band lief, das Werk "
        "aber 1991 schloss, baut heute ein internationaler Hersteller Geländewagen.",
        "Suhl – Jagdwaffenbau mit einer Tradition von mehr als 400 Jahren.",
        "Zella-Mehlis – Werkzeugbau für die Kunststoff- und Automobilindustrie.",
    ]),
    ("p", "Die Wälder des Thüringer Waldes liefern das Holz für zahlreiche Sägewerke und "
          "Möbelhersteller der Region; eine bestimmte Stadt ist damit nicht verbunden."),
    ("h", "Standorte im Überblick"),
    ("caption", "Tabelle 1: Ausgewählte Standorte, Schwerpunktbranchen und verfügbare Gewerbeflächen"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Autobahn", "Freie Flächen (ha)"],
        ["Erfurt", "Logistik, Mikroelektronik", "A71, A4", "48"],
        ["Jena", "Optik, Photonik", "A4", "12"],
        ["Gera", "Medizintechnik", "A4, A9", "35"],
        ["Eisenach", "Automobilbau, Zulieferer", "A4", "27"],
        ["Suhl", "Jagdwaffen", "A71, A73", "9"],
        ["Zella-Mehlis", "Werkzeugbau", "A71", "6"],
        ["Sonneberg", "Spielwaren", "A73", "14"],
    ], [30, 60, 30, 30]),
    ("h", "Logistik über Thüringen hinaus"),
    ("p", "Für den Export sind die großen Häfen und Frachtflughäfen gut erreichbar. Hamburg, "
          "Deutschlands größter Seehafen, liegt rund vier Lkw-Stunden entfernt, und täglich fahren "
          "Containerzüge von Erfurt an die Nordsee. Der Flughafen Leipzig/Halle, der zweitgrößte "
          "Frachtflughafen Deutschlands, ist von Gera und Jena in gut einer Stunde erreichbar."),
    ("h", "Partnerstädte und internationale Netzwerke"),
    ("p", "Thüringer Städte pflegen enge Beziehungen ins In- und Ausland. Erfurt und Mainz sind seit "
          "1988 Partnerstädte, Jena und Erlangen seit 1987. Eisenach verbindet seit 1988 eine "
          "Städtepartnerschaft mit Marburg an der Lahn. Suhl prüft eine Partnerschaft mit einer "
          "Stadt in Kasachstan; eine Vereinbarung gibt es bisher nicht."),
    ("h", "Ihr Kontakt"),
    ("p", "Wir begleiten Ihr Vorhaben von der Standortsuche bis zur Eröffnung, kostenfrei und "
          "vertraulich. Ansprechpartner für Investoren aus dem Ausland: Dr. Peter Kahla, Leiter "
          "Investorenservice."),
]


PDFS = {
    "b58-munster-spinout-annual-digest.pdf": dict(
        blocks=SPINOUT, header="Munster Knowledge Transfer Consortium · Spin-out Digest 2023/24 · "
                               "Annual review",
        footer="Spin-out Digest 2023/24 · page {n} of 2", lang="en",
        title="Spin-out Digest 2023/24"),
    "b58-mindanao-trade-credit-sector-watch.pdf": dict(
        blocks=SECTOR_WATCH, header="Harbourline Credit Insurance · Sector Watch · Mindanao · "
                                    "Q3 2024",
        footer="Sector Watch Mindanao Q3/2024 – page {n} of 2", lang="en",
        title="Sector Watch: Mindanao Food Exporters and Industrial Suppliers"),
}
DOCXS = {
    "b58-thueringen-investorenbroschuere.docx": dict(
        blocks=INVESTOREN, title="Investieren in Thüringen: Standorte, Branchen, Fakten"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_58.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
