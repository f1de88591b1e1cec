#!/usr/bin/env python3
"""Build batch 55 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_55.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b55-red-river-corridor-lecture-handout.pdf``: an economic geography lecture handout on
  northern Vietnam, two pages, running header, footer "Lecture 9 handout – page N/2", a bullet
  list of learning goals and a drawn table "Port | Province | Main cargo | Throughput 2023
  (million t)" whose tonnages carry their unit and year only in the column header and caption;
  the cargo column lists cargo, not industries.
* ``b55-betica-commodities-weekly-note.pdf``: a commodity broker's weekly note on olive oil,
  copper and soft fruit from Andalusia's interior and Huelva, two pages, running header, footer
  "Weekly Note 21/2024 · page N of 2", a bullet summary and no table.
* ``b55-donauhafen-krems-jahresbericht.docx``: a German inland port's annual report excerpt
  (chapters 2 to 4) with numbered headings, a bullet list of key figures (throughput, TEU, a
  handling capacity and a storage capacity), a caption and a table of throughput by cargo group
  for two years.

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

RED_RIVER = [
    ("title", "Lecture 9: The Red River Delta's manufacturing corridor"),
    ("subtitle", "GEOG 2340 Economic Geography of East and Southeast Asia · handout for the session "
                 "of 19 March 2024 · bring it to Thursday's seminar"),
    ("h", "Learning goals"),
    ("bullets", [
        "Explain why foreign manufacturers moved into the provinces between Hanoi and the coast "
        "after 2008, and what stayed in the older craft towns.",
        "Tell a province apart from the city that carries the same name.",
        "Read port statistics critically: throughput, capacity and rank are three different "
        "claims.",
    ]),
    ("h", "1. A corridor, not a city"),
    ("p", "Northern Vietnam's export industry is strung along National Highway 5 and the newer "
          "expressway from Hanoi to Haiphong (Hải Phòng in Vietnamese), and from there along the "
          "coast into Quảng Ninh province. Geographers call this a corridor because the factories "
          "follow the road and the port rather than any single city. One warning before we start: "
          "most names in this handout denote both a province and its capital city. When a "
          "sentence is about the province, we cannot hand its factories to the city of the same "
          "name."),
    ("h", "2. Bắc Ninh and Từ Sơn"),
    ("p", "Bắc Ninh province earns most of its export revenue from mobile phones, which are "
          "assembled in very large plants on industrial estates in the countryside. That is a "
          "provincial fact. Bắc Ninh city is a different matter: firms in Bắc Ninh make the "
          "electronic components that feed those plants, and their order books rise and fall with "
          "the phone cycle. Từ Sơn, a few kilometres towards Hanoi, shows the older layer of the "
          "economy. It is where carved wooden furniture is made, in workshops that grew out of the "
          "craft villages of the Red River plain."),
    ("h", "3. Hải Dương and its towns"),
    ("p", "Hải Dương lies halfway between Hanoi and the coast. A US carmaker has assembled "
          "vehicles in Hải Dương since the late 1990s, one of the first foreign car plants in the "
          "country. Kinh Môn, in the north of the province, is a cement town: the limestone hills "
          "around it feed several kilns. Students often ask about the lychees of Hải Dương "
          "province. They are grown in a rural district, not in the city, so we do not list fruit "
          "farming for Hải Dương."),
    ("h", "4. Quảng Ninh: coal, a bay and a border"),
    ("p", "Quảng Ninh province produces about nine tenths of Vietnam's hard coal, but the mining "
          "itself is concentrated in Cẩm Phả, a coal town whose open pits reach almost into the "
          "suburbs. Hạ Long, the provincial capital and formerly known as Hòn Gai, has a different "
          "economy: its hotels and cruise boats serve visitors to Hạ Long Bay, and tourism is now "
          "the city's main trade. Đông Triều, in the west of the province, is a pottery town whose "
          "kilns fire glazed ceramics and roof tiles."),
    ("p", "In the far north-east, Móng Cái faces the Chinese city of Dongxing across the Ka Long "
          "river. Móng Cái lives from cross-border trade. The two are often called twin cities, "
          "but no twinning agreement has ever been signed between them."),
    ("pagebreak",),
    ("h", "5. Ports: reading the numbers"),
    ("p", "Haiphong is the largest port in northern Vietnam. In 2023 its terminals handled about "
          "5.5 million TEU, and the deep-water terminals at Lạch Huyện alone are designed for "
          "some 2.2 million TEU a year. Note that \"largest port in northern Vietnam\" is a rank "
          "with a regional scope, not a national one. Haiphong is also a shipbuilding city: the "
          "yards on the Cấm river build bulk carriers, tugs and patrol boats. The coal port of Cẩm "
          "Phả and the general cargo port of Cái Lân in Hạ Long handle few containers, but they "
          "are large in tonnage, as Table 1 shows."),
    ("caption", "Table 1: Selected ports of the corridor and their cargo throughput in 2023"),
    ("table", [
        ["Port", "Province", "Main cargo", "Throughput 2023 (million t)"],
        ["Haiphong", "Hải Phòng", "containers, steel, grain", "150"],
        ["Cẩm Phả", "Quảng Ninh", "coal, clinker", "40"],
        ["Hạ Long (Cái Lân)", "Quảng Ninh", "wood chips, fertiliser", "9"],
    ], [34, 26, 50, 58]),
    ("p", "The main cargo column describes what crosses the quay. It says nothing about what is "
          "made in the port city: Haiphong ships grain, but it does not grow it."),
    ("h", "6. City diplomacy"),
    ("p", "Cities in the corridor use twinning to court investors. Bắc Ninh signed a friendship "
          "and cooperation agreement with Gumi, the South Korean electronics city, in 2015. "
          "Haiphong has been twinned with Incheon since 1997, and Korean liner services followed. "
          "Quảng Ninh province and the Chinese region of Guangxi hold a joint committee every "
          "year, but that is cooperation between provinces, not between cities. And remember "
          "Móng Cái and Dongxing from section 4: a bridge and a market are not a partnership."),
    ("h", "Seminar task"),
    ("p", "Pick one city from Table 1 and one from sections 2 to 4. Using the readings on the "
          "course page, write 300 words on how the city's industries depend on the port. Our "
          "guest speaker next week, Ms. Trần Hòa Bình of a provincial investment office, will "
          "comment on the three best essays."),
]

BETICA = [
    ("title", "Weekly Note: Olive oil, copper and soft fruit from southern Spain"),
    ("subtitle", "Bética Commodities S.L., physical desk · Friday, 24 May 2024 · prepared by "
                 "Elena Baeza"),
    ("h", "The week in four lines"),
    ("bullets", [
        "Olive oil: origin prices for extra virgin fell another 6 % on the week as the outlook "
        "for the new crop keeps improving.",
        "Copper: treatment charges for concentrate stay close to zero, and the smelter in Huelva "
        "is running at full rates.",
        "Soft fruit: the strawberry campaign is ending early after the hottest May on record.",
        "Freight: box rates from Huelva to Rotterdam are unchanged; congestion at Algeciras is "
        "easing.",
    ]),
    ("h", "Olive oil"),
    ("p", "Prices reported on Poolred, the price system run from the city of Jaén, slid for the "
          "fifth week in a row, and extra virgin at origin is now well below its January peak. "
          "The province of Jaén, which alone presses close to half of Spain's olive oil, had a "
          "poor 2023/24 harvest, but the flowering in the groves around Úbeda and along the "
          "Guadalquivir looks excellent, and sellers know it. Martos likes to call itself the world capital of olive oil, and the "
          "cooperative mills below its castle are offering more volume than they did in April. "
          "Across the provincial border, Baena's bottlers, who sell most of their PDO oil under "
          "their own labels, report steady demand from the United States. Italian buyers remain "
          "on the sidelines."),
    ("h", "Copper"),
    ("p", "The copper smelter in Huelva, one of the largest in Europe, is running flat out on "
          "concentrate arriving from Chile, Peru and the mines of the Iberian Pyrite Belt. "
          "Huelva's economy rests on that smelter and on the chemical plants that line the Odiel "
          "estuary, so a strong copper market is good news for the city. Up in the hills of the "
          "Sierra de Huelva, the Riotinto open pit raised its output guidance this week."),
    ("p", "Inland, Córdoba is where much of Spain's copper wire rod is drawn, and the rod mill "
          "has lifted its premium for June. The city's jewellers, who buy gold and silver rather "
          "than copper, report a quiet spring. Lucena's refrigeration manufacturers, who build "
          "cold rooms and display cabinets for supermarkets, have started to pass copper "
          "surcharges on to their customers. In Linares, the off-road vehicle plant that closed "
          "in 2011 is to be turned into a logistics park, which for now exists only on paper. Cash "
          "copper on the London Metal Exchange ended the week slightly higher."),
    ("pagebreak",),
    ("h", "Soft fruit"),
    ("p", "Strawberry volumes from Huelva province are some 15 % below last year, and growers "
          "across the province are moving more fields to raspberries and blueberries. The packing "
          "houses of Lepe are closing lines two weeks earlier than usual, which frees up reefer "
          "trucks for the stone-fruit season further east. On the other side of the estuary, the "
          "oil refinery at Palos de la Frontera has finished its spring maintenance, so diesel for "
          "the harvest fleets should stay plentiful."),
    ("h", "Ports and freight"),
    ("p", "The Port of Huelva handled roughly 32 million tonnes in 2023 and is one of the largest "
          "bulk ports in Spain. Its new copper concentrate terminal can handle 1.5 million tonnes "
          "a year. Container volumes are small, but the weekly service to Rotterdam keeps our "
          "berry clients happy. The port authorities of Huelva and Rotterdam signed a memorandum "
          "of understanding in 2022 to build a green-hydrogen supply corridor between the two "
          "ports. Talks on a similar alliance with Sines in Portugal ended last year without an "
          "agreement."),
    ("p", "Algeciras, Spain's busiest container port, has worked through most of the April "
          "backlog, and transhipment slots for Asia are available again from mid-June. Upriver, "
          "the inland port of Seville moved about 4.5 million tonnes last year, much of it grain "
          "and steel. The ferry and ro-ro links from Huelva to Las Palmas de Gran Canaria are "
          "running to schedule."),
    ("h", "Town notes"),
    ("p", "Linares is twinned with its namesake in Chile, and a delegation from the Chilean town "
          "is touring the mills of Jaén province this week. We will host the visitors at our "
          "Córdoba office on Tuesday; clients are welcome to join."),
    ("h", "Disclaimer"),
    ("p", "This note is provided for professional counterparties only and does not constitute "
          "an offer to buy or sell any commodity. Prices are indicative and based on trades "
          "reported to our desk."),
]

KREMS = [
    ("title", "Donauhafen Krems – Jahresbericht 2023 (Auszug)"),
    ("subtitle", "Hafen Krems Betriebsgesellschaft m.b.H. · Kapitel 2 bis 4 · Stand: April 2024"),
    ("h", "2 Das Geschäftsjahr 2023 im Überblick"),
    ("p", "Der Donauhafen Krems hat im Geschäftsjahr 2023 insgesamt 1,34 Mio. Tonnen "
          "umgeschlagen, nach 1,41 Mio. Tonnen im Vorjahr. Der Rückgang geht fast vollständig auf "
          "das Niedrigwasser im Spätsommer zurück, als die Schiffe wochenlang nur zu zwei Dritteln "
          "beladen werden konnten. Im Containerverkehr haben wir dagegen einen neuen Höchstwert "
          "erreicht. Krems bleibt nach Linz und Wien der drittgrößte öffentliche Donauhafen "
          "Österreichs."),
    ("p", "Die Kennzahlen des Jahres auf einen Blick:"),
    ("bullets", [
        "Gesamtumschlag: 1,34 Mio. t (2022: 1,41 Mio. t)",
        "Containerumschlag: 38.500 TEU (2022: 34.200 TEU)",
        "Schiffsankünfte: 1.120; beladene Bahnwaggons: 14.600",
        "Umschlagkapazität der Kaianlagen: rund 2 Mio. t pro Jahr",
        "Lagerkapazität der Getreidesilos: 90.000 t",
    ]),
    ("p", "Die frühere Düngemittel-Mischanlage im Westbecken wurde Ende 2020 stillgelegt; die "
          "Fläche dient heute als Containerdepot."),
    ("h", "3 Kunden und Hinterland"),
    ("p", "Der Hafen lebt von der Industrie in einem Umkreis von rund 80 Kilometern. Wichtigster "
          "Einzelkunde ist ein Kremser Kunstharz- und Leimhersteller, der die Holzwerkstoffindustrie "
          "in ganz Mitteleuropa beliefert. Daneben verschiffen zwei Kremser Stahlbaufirmen "
          "Brückenteile bis nach Rumänien. Aus den Linzer Stahlwerken kommen Coils, die bei uns "
          "auf Lkw umgeladen und an Verarbeiter im Waldviertel verteilt werden."),
    ("p", "Flussaufwärts wird in Aschach an der Donau aus Mais Stärke gewonnen, die zum Teil über "
          "unsere Kaianlagen geht. Die Zuckerfabrik in Tulln liefert im Herbst Futtermittel aus "
          "Rübenschnitzeln, und Amstetten, Sitz eines weltweit tätigen Herstellers von "
          "Betonschalungen, schickt Schalungsteile für Großbaustellen an der unteren Donau. Melk "
          "lebt vor allem vom Tourismus rund um das Stift; unsere Tochtergesellschaft betreut dort "
          "die Anlegestelle für Flusskreuzfahrtschiffe. Die Winzer der Wachau verschiffen dagegen "
          "kaum etwas über den Hafen, ihr Wein geht per Lkw in den Handel."),
    ("p", "Die Kaianlagen liegen am nördlichen Ufer, gegenüber von Mautern. Die Anbindung an die "
          "Bahnstrecke nach Wien wurde 2023 elektrifiziert."),
    ("caption", "Tabelle 1: Umschlag nach Gütergruppen, in Tonnen"),
    ("table", [
        ["Gütergruppe", "2023", "2022"],
        ["Getreide und Futtermittel", "412.000", "455.000"],
        ["Eisen und Stahl", "298.000", "287.000"],
        ["Düngemittel", "236.000", "251.000"],
        ["Baustoffe", "183.000", "197.000"],
        ["Holz und Holzwerkstoffe", "121.000", "129.000"],
        ["Sonstiges", "90.000", "91.000"],
        ["Gesamt", "1.340.000", "1.410.000"],
    ], [70, 35, 35]),
    ("h", "4 Partnerhäfen und Netzwerke"),
    ("bullets", [
        "Seit 2012 verbindet uns eine Hafenpartnerschaft mit dem Hafen Vukovar in Kroatien; 2023 "
        "haben beide Häfen erstmals Auszubildende ausgetauscht.",
        "Die Stadt Krems ist seit Jahrzehnten mit Böblingen verschwistert. Beim Partnerschaftsfest "
        "im Juni präsentierte sich der Hafen mit einem eigenen Stand.",
        "Unsere Schubverbände fahren im Liniendienst regelmäßig nach Belgrad und bis "
        "Constanța.",
        "Gespräche mit dem Hafen Ruse in Bulgarien über eine Kooperation ruhen seit 2022.",
    ]),
    ("p", "Für Rückfragen zum Jahresbericht steht Ihnen Mag. Karin Spitz, Leiterin Finanzen und "
          "Controlling, zur Verfügung."),
]


PDFS = {
    "b55-red-river-corridor-lecture-handout.pdf": dict(
        blocks=RED_RIVER, header="GEOG 2340 · Economic Geography of East and Southeast Asia · "
                                 "Lecture 9 handout · Spring 2024",
        footer="Lecture 9 handout – page {n}/2", lang="en",
        title="Lecture 9: The Red River Delta's manufacturing corridor"),
    "b55-betica-commodities-weekly-note.pdf": dict(
        blocks=BETICA, header="Bética Commodities S.L. · Weekly Note · Week 21/2024 · Olive oil, "
                              "copper and soft fruit",
        footer="Weekly Note 21/2024 · page {n} of 2", lang="en",
        title="Weekly Note: Olive oil, copper and soft fruit from southern Spain"),
}
DOCXS = {
    "b55-donauhafen-krems-jahresbericht.docx": dict(
        blocks=KREMS, title="Donauhafen Krems – Jahresbericht 2023 (Auszug)"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_55.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
