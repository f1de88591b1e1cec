#!/usr/bin/env python3
"""Build batch 64 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_64.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b64-lindqvist-taiwan-q3-sourcing-letter.pdf``: an electronics distributor's quarterly
  sourcing letter, two pages, running header, footer "Sourcing Letter Q3/2024 – page N of 2",
  a drawn table "Place of manufacture | Product group | Q2 2024 | Q3 2024" of quoted lead times
  in weeks; one town's product group is given only in the table.
* ``b64-kh-sauerland-siegerland-jahresbericht.pdf``: a German Kreishandwerkerschaft's annual
  report, two pages, running header, footer "Jahresbericht 2023 – Seite N von 2", key figures
  as bullets and a heading per sub-region; no table.
* ``b64-south-brazil-ports-field-trip-guide.docx``: a maritime college's field-trip guide with
  headings per stop, bullets (preparation, what to observe, assignments), an itinerary table and
  a captioned table of port throughput whose units and year are given only in the caption and
  the column headers; two figures appear only in that table.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

# The script may be run from a staging folder outside the repository: the shared helpers live in
# the repository's scripts folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only.

SOURCING_LETTER = [
    ("title", "Quarterly Sourcing Letter Q3/2024: Taiwan's West Coast"),
    ("subtitle", "Lindqvist Components · Taiwan sourcing desk · for purchasing partners and key "
                 "accounts · 15 October 2024"),
    ("h", "The quarter in brief"),
    ("p", "Dear partners, the third quarter brought the first real easing of lead times since the "
          "spring of 2022, at least for commodity parts. Passive components and standard logic are "
          "back to pre-shortage levels, while anything that depends on advanced packaging is still "
          "tight. Two typhoons, in late July and early October, closed the harbours of Kaohsiung and "
          "Taichung for about two days each, and the backlog cleared within a week. Below is our "
          "town-by-town view of the supplier base on the west coast, followed by the lead times we "
          "were quoted in September."),
    ("h", "Hsinchu: leading-edge wafers"),
    ("p", "Hsinchu is where most of the island's leading-edge logic wafers are made. The foundries in "
          "the science park on the eastern edge of the city are running close to full on their 3- and "
          "5-nanometre lines, and capacity on those nodes is still allocated a year in advance. For "
          "mature nodes the picture is much better: our quotes for 28-nanometre wafers came down for "
          "the second quarter running. Zhubei, across the river, is still mostly Hsinchu's dormitory "
          "town, where many of the engineers live and few of them work."),
    ("h", "Taichung: machines and bikes"),
    ("p", "Taichung, Taiwan's second-largest city, builds machine tools. Our customers there make CNC "
          "lathes and machining centres, and they buy servo drives, encoders and controllers from us; "
          "orders picked up in September after a weak first half. The city's bicycle makers, among "
          "them the largest in the world, have worked through the stock they piled up after the "
          "pandemic and are ordering motor controllers for e-bikes again. Not everything around "
          "Taichung is Taichung's, though: the faucet and valve makers of Lukang belong to Changhua "
          "County further south, and we list them separately."),
    ("h", "Tainan: panels, solar and one closure"),
    ("p", "Tainan's southern science park is home to display-panel fabs and to a growing number of "
          "solar-cell lines. Prices for mid-size industrial displays fell again this quarter, by "
          "about four per cent. One supplier is gone: the LED packaging plant that a long-standing "
          "partner ran in Tainan closed in May, and its production has moved to Vietnam. Please "
          "requalify alternatives for the affected part numbers; your account manager has the list."),
    ("pagebreak",),
    ("h", "Kaohsiung: back-end work, steel and the port"),
    ("p", "Kaohsiung's economy rests on steel, but for us the city matters because of back-end "
          "semiconductor work: the world's largest chip packaging and test group runs its main plants "
          "in the export processing zone by the harbour. Capacity for advanced packaging there is "
          "booked well into 2025, and we advise customers to place orders for the second half of next "
          "year now."),
    ("p", "Kaohsiung handled roughly 9.2 million TEU in 2023 and remains by far the largest container "
          "port in Taiwan. Most of our ocean freight to Europe leaves from here. In June the port "
          "authorities of Kaohsiung and Rotterdam renewed the port cooperation agreement they first "
          "signed in 2016. The weekly direct service between the two ports, which carries most of our "
          "reels and trays, is a carrier's product and has nothing to do with that agreement."),
    ("h", "Taoyuan and Keelung: the northern gateways"),
    ("p", "Taoyuan, between Taipei and Hsinchu, is where most of our printed circuit boards come "
          "from: the city has one of the densest clusters of board makers in Asia. Taoyuan "
          "International Airport moved about 2.1 million tonnes of air cargo in 2023, and samples and "
          "urgent parts still fly from there. Our buyers tend to come home through the same airport "
          "with boxes of pineapple cake, which every departure shop sells and none of them bakes."),
    ("p", "Keelung, the harbour city north-east of Taipei, handled about 1.4 million TEU last year, "
          "much of it feeder traffic. Fish-processing plants line its fishing harbour, and the smell "
          "greets every visitor. We rarely use Keelung for outbound shipments, but it is a useful "
          "fallback when Kaohsiung is congested."),
    ("h", "Lead times by place of manufacture"),
    ("p", "Table 1 shows the lead times we were quoted in September for the main product groups, by "
          "the town where each group is made. They are indications, not commitments."),
    ("caption", "Table 1: Quoted lead times by place of manufacture, in weeks"),
    ("table", [
        ["Place of manufacture", "Product group", "Q2 2024", "Q3 2024"],
        ["Hsinchu", "logic wafers (foundry)", "18", "16"],
        ["Zhubei", "power-management ICs", "14", "12"],
        ["Tainan", "industrial display panels", "9", "8"],
        ["Kaohsiung", "chip packaging and test", "12", "11"],
        ["Taoyuan", "printed circuit boards", "6", "5"],
    ], [45, 65, 25, 25]),
    ("h", "Outlook"),
    ("p", "We expect lead times to keep falling for passives and boards in the fourth quarter and to "
          "stay long for advanced packaging. Orders for the first half of 2025 placed before the end "
          "of November will be confirmed at current prices. Questions go to your account manager or "
          "to the Taiwan desk: Annika Lemgo (sourcing) and Per Falun (logistics)."),
]

JAHRESBERICHT = [
    ("title", "Jahresbericht 2023"),
    ("subtitle", "Kreishandwerkerschaft Sauerland-Siegerland · vorgelegt zur Mitgliederversammlung "
                 "am 24. April 2024"),
    ("h", "Vorwort"),
    ("p", "Liebe Kolleginnen und Kollegen, 2023 war für das Handwerk zwischen Ruhr, Lenne und Sieg ein "
          "Jahr der zwei Geschwindigkeiten. Während die Ausbaugewerke, die Elektrobetriebe und die "
          "Sanitär-, Heizungs- und Klimabetriebe volle Auftragsbücher hatten, brach im "
          "Bauhauptgewerbe die Nachfrage nach neuen Wohnhäusern ein. Die Zahl der neuen "
          "Ausbildungsverträge ist trotzdem gestiegen – für uns die beste Nachricht des Jahres. "
          "Ihr Kreishandwerksmeister Jürgen Halver"),
    ("h", "Das Jahr in Zahlen"),
    ("bullets", [
        "3.870 Mitgliedsbetriebe in 38 Innungen (Vorjahr: 3.910)",
        "1.262 neue Ausbildungsverträge, 4 Prozent mehr als 2022",
        "412 bestandene Meisterprüfungen",
        "Geschäftslage im Herbst: 61 Prozent der Betriebe bewerten sie als gut, 9 Prozent als "
        "schlecht",
    ]),
    ("h", "Märkisches Sauerland"),
    ("p", "Lüdenscheid ist seit jeher eine Stadt des Werkzeug- und Formenbaus: Die Betriebe dort "
          "bauen Spritzgießwerkzeuge für Kunststoffteile, die in Autos, Schaltern und Haushaltsgeräten "
          "stecken. Die Innung meldet stabile Umsätze, klagt aber über immer längere Zahlungsziele der "
          "Kunden. In Altena haben die Drahtziehereien ein schwieriges Jahr hinter sich, weil die "
          "hohen Energiepreise das Ziehen von Draht besonders verteuern."),
    ("h", "Hochsauerland"),
    ("p", "In Brilon, der Waldstadt, waren Zimmereien und Sägewerke das ganze Jahr ausgelastet. Ein "
          "großer Teil des Holzes ist allerdings Schadholz: Der Borkenkäfer hat die Fichtenwälder im "
          "gesamten Sauerland zerstört, und das Käferholz stammt aus der ganzen Region, nicht aus "
          "der Stadt selbst. Die Arnsberger Leuchtenhersteller, für die viele Elektro- und "
          "Metallbetriebe unseres Bezirks als Zulieferer arbeiten, setzen auf LED-Sanierungen in "
          "Schulen und Sporthallen."),
    ("p", "Schmallenberg, seit über hundert Jahren Heimat einer bekannten Strumpfmanufaktur, hat "
          "wieder mehr Ausbildungsplätze gemeldet. Winterberg dagegen lebt vom Wintertourismus, und der "
          "schneearme Winter 2022/23 hat auch die Handwerksbetriebe getroffen, die für Hotels und "
          "Liftbetreiber arbeiten."),
    ("pagebreak",),
    ("h", "Siegerland und Olper Land"),
    ("p", "Siegen, die alte Stadt des Eisens, ist bis heute vom Stahl- und Metallbau geprägt; die "
          "Metallbauer-Innung ist mit rund 190 Betrieben unsere größte. Die Gießerei in Olpe, ein "
          "langjähriger Kunde vieler Innungsbetriebe, hat im Juni den Betrieb eingestellt. Von den "
          "140 Beschäftigten haben viele inzwischen im Handwerk eine neue Stelle gefunden. Beim "
          "Sommerfest der Innungen floss, wie es sich im Siegerland gehört, Krombacher."),
    ("h", "Materialpreise und Lieferwege"),
    ("p", "Das Käferholz ging 2023 zu einem großen Teil in Containern nach China, meist über Hamburg. "
          "Der Hamburger Hafen, mit rund 7,7 Mio. TEU im Jahr 2023 der größte Containerhafen "
          "Deutschlands, war für viele Sägewerke das Nadelöhr: Leercontainer waren im Sauerland "
          "zeitweise kaum zu bekommen. Stahl für die Siegerländer Metallbauer kommt dagegen immer "
          "häufiger per Binnenschiff über den Dortmunder Hafen, den größten Kanalhafen Europas, und "
          "von dort per Lkw."),
    ("h", "Partnerschaften und Austausch"),
    ("p", "Zwölf Auszubildende aus Lüdenscheider Betrieben verbrachten im September drei Wochen in der "
          "niederländischen Partnerstadt Den Helder und lernten dort in Betrieben der "
          "Partnerinnungen. Die langjährige Städtepartnerschaft zwischen Meschede und "
          "Le Puy-en-Velay hat uns einen Austausch von Konditorlehrlingen beschert. Siegen und das "
          "belgische Ypern sind seit 1967 Partnerstädte; eine Gruppe von Steinmetzlehrlingen hat dort "
          "im Mai an der Restaurierung eines Denkmals mitgearbeitet."),
    ("p", "Mit der Handwerkskammer im polnischen Olsztyn haben wir im November eine "
          "Kooperationsvereinbarung über den Austausch von Meisterschülern unterzeichnet."),
    ("h", "Ausblick"),
    ("bullets", [
        "Für 2024 erwarten 38 Prozent der Betriebe eine schlechtere Geschäftslage, vor allem im Bau.",
        "Die Innungen bieten ab Mai gemeinsame Kurse zu Wärmepumpen und Photovoltaik an.",
        "Die Ausbildungsmesse findet am 14. September wieder in allen drei Teilregionen statt.",
    ]),
    ("p", "Wenden Sie sich bei Fragen zur Ausbildungsförderung direkt an die Geschäftsstelle. "
          "Anke Soest, Geschäftsführerin"),
]

FIELD_TRIP = [
    ("title", "Field Trip Guide: Ports of South Brazil"),
    ("subtitle", "Skagerrak Maritime College · BSc Port and Shipping Operations, year 3 · "
                 "8–19 March 2025"),
    ("h", "Before you travel"),
    ("bullets", [
        "Passports must be valid for six months after the return date; no visa is needed.",
        "Pack safety boots, a high-visibility vest and a helmet: no terminal will let you in "
        "without them.",
        "March is still the rainy season on the coast of Paraná and Santa Catarina, so bring a "
        "light rain jacket.",
        "Our local coordinator in Brazil is Ana Laguna.",
    ]),
    ("h", "Itinerary"),
    ("caption", "Table 1: Itinerary by day"),
    ("table", [
        ["Days", "Base", "Programme"],
        ["1–2", "Curitiba", "arrival; train down the Serra do Mar to Morretes"],
        ["3–4", "Paranaguá", "grain export corridor, pilot station"],
        ["5–6", "Joinville", "bulk port of São Francisco do Sul; compressor plant"],
        ["7–8", "Itajaí", "Portonave terminal, fishing harbour, cannery"],
        ["9", "Blumenau", "free day"],
        ["10–12", "Rio Grande", "container terminal, university visit, Pelotas"],
    ], [20, 40, 100]),
    ("h", "Curitiba and the Serra do Mar"),
    ("p", "We land in Curitiba, the capital of Paraná state and one of Brazil's vehicle-making "
          "centres: trucks roll off assembly lines on the city's industrial estate, and two car plants "
          "stand just outside it in São José dos Pinhais. On day 2 we take the old railway down the "
          "Serra do Mar to Morretes, where we stop for lunch. The local dish is barreado, a beef stew "
          "cooked for hours in a sealed clay pot."),
    ("h", "Paranaguá"),
    ("p", "Paranaguá is the port we have come for. It handled about 66 million tonnes in 2023 and is "
          "Brazil's second-largest port by tonnage, after Santos. Soybeans, soymeal and maize from "
          "the interior of Paraná and from Mato Grosso arrive by truck and rail and leave on bulk "
          "carriers; fertiliser comes the other way, and the blending plants around the port mix it "
          "for the farms. The head of the pilot station, Captain Marco Garibaldi, will brief us on "
          "the access channel."),
    ("bullets", [
        "How do the grain terminals share a single export corridor?",
        "How did the truck appointment system end the queues of the 2000s?",
    ]),
    ("h", "São Francisco do Sul and Joinville"),
    ("p", "São Francisco do Sul, one of the oldest towns in Brazil, sits on an island at the mouth of "
          "a wide bay. Its port handled some 15 million tonnes in 2023, mostly grain and steel. The "
          "steel comes from the cold-rolling mill on the island, which turns hot-rolled coil into "
          "sheet for the carmakers and appliance makers of the south."),
    ("p", "Joinville, an hour inland, is the largest city in Santa Catarina. It is named after the "
          "Prince of Joinville, a son of King Louis-Philippe who married a Brazilian princess; the "
          "French Joinville is a small town in the Haute-Marne, and the two places have been twinned "
          "since 2000. The Brazilian city is an industrial capital: compressors for refrigerators and "
          "iron castings for engine blocks are both made here, by two of the largest firms of their "
          "kind in the world. On day 6 we visit the compressor plant."),
    ("h", "Itajaí and Navegantes"),
    ("p", "The Itajaí-Açu river divides two port towns. On the south bank, Itajaí is Brazil's largest "
          "fishing port, and its canneries pack tuna and sardines for supermarkets across the "
          "country. On the north bank, Navegantes is home to the Portonave terminal, which handled "
          "about 1.2 million TEU in 2023 and has a capacity of roughly 1.5 million TEU a year. "
          "The ports of Itajaí and Vigo have had a fishing-port partnership since 2018."),
    ("h", "Free day: Blumenau"),
    ("p", "Most of you will spend day 9 in Blumenau, the valley town founded by German settlers in "
          "1850. Its textile mills, which weave towels, bed linen and knitwear, made the city rich, "
          "and several of them still run. Pomerode, half an hour to the north, calls itself the most "
          "German town in Brazil."),
    ("h", "Rio Grande and Pelotas"),
    ("p", "We fly via Porto Alegre to Rio Grande: the port city at the southern end of the Patos "
          "Lagoon, not the state of Rio Grande do Sul and not the river on the border between Texas "
          "and Mexico. The port handled around 45 million tonnes in 2023, and its container terminal "
          "moved about 800,000 TEU in the same year. Fertiliser plants line the road into the port. "
          "The naval yards that were built for the offshore oil boom have stood almost empty since "
          "2016. Our hosts are the oceanographers of the Federal University of Rio Grande (FURG), "
          "with whom the college runs a student exchange. A sister-port agreement between Rio Grande "
          "and Montevideo has been talked about for years but never signed, and the feeder service "
          "between the two ports is just a shipping route."),
    ("p", "Pelotas, an hour away, is known across Brazil for its sweets: local confectioners still "
          "make them by hand from old Portuguese convent recipes. The peach canneries that once "
          "employed thousands have almost all closed."),
    ("h", "Port data"),
    ("caption", "Table 2: Port throughput in 2023 (cargo in million tonnes, containers in TEU)"),
    ("table", [
        ["Port", "Cargo (million t)", "Containers (TEU)"],
        ["Paranaguá", "66", "1,100,000"],
        ["São Francisco do Sul", "15", "–"],
        ["Navegantes (Portonave)", "–", "1,200,000"],
        ["Imbituba", "7", "–"],
        ["Rio Grande", "45", "800,000"],
    ], [60, 45, 45]),
    ("h", "Assignments"),
    ("bullets", [
        "Group A: compare the truck appointment systems of Paranaguá and Rio Grande.",
        "Group B: estimate each port's share of Brazil's soybean exports.",
        "Reading: the port authorities' annual reports for 2023, linked on the course page.",
        "Hand in a two-page report per group by 11 April 2025.",
    ]),
]


PDFS = {
    "b64-lindqvist-taiwan-q3-sourcing-letter.pdf": dict(
        blocks=SOURCING_LETTER, header="Lindqvist Components · Quarterly Sourcing Letter Q3/2024 · "
                                       "Taiwan desk",
        footer="Sourcing Letter Q3/2024 – page {n} of 2", lang="en",
        title="Quarterly Sourcing Letter Q3/2024: Taiwan's West Coast"),
    "b64-kh-sauerland-siegerland-jahresbericht.pdf": dict(
        blocks=JAHRESBERICHT, header="Kreishandwerkerschaft Sauerland-Siegerland · Jahresbericht 2023",
        footer="Jahresbericht 2023 – Seite {n} von 2", lang="de",
        title="Kreishandwerkerschaft Sauerland-Siegerland: Jahresbericht 2023"),
}
DOCXS = {
    "b64-south-brazil-ports-field-trip-guide.docx": dict(
        blocks=FIELD_TRIP, title="Field Trip Guide: Ports of South Brazil"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_64.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
