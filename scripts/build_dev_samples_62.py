#!/usr/bin/env python3
"""Build batch 62 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_62.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b62-hwk-nordoberpfalz-konjunkturbericht.pdf``: a German Handwerkskammer's autumn business
  survey report, two pages, running header, footer "Konjunkturbericht Herbst 2024 · Seite N
  von 2", key findings as bullets and a drawn table "Standort | Saldo Geschäftslage |
  Schwerpunktgewerke"; three towns' trades are given only in the table.
* ``b62-ecuador-coast-sector-snapshot.docx``: an investment promotion agency's sector snapshot
  with headings per city, key-fact bullets and a table of locations, lead sectors and gateways;
  one town's sector is given only in the table, and the gateway column names ports, not
  industries.
* ``b62-andean-pacific-gateways-lecture-handout.docx``: an economic geography lecture handout
  with learning goals and discussion questions as bullets, a section per port and a table of
  container throughput whose unit and year are given only in the column header; two ports'
  figures appear only in the table.

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

HWK_OBERPFALZ = [
    ("title", "Konjunkturbericht Herbst 2024: Das Handwerk in der nördlichen Oberpfalz"),
    ("subtitle", "Handwerkskammer Niederbayern-Oberpfalz · Abteilung Wirtschaftspolitik · "
                 "Oktober 2024 · Befragung von 612 Betrieben"),
    ("h", "Das Wichtigste in Kürze"),
    ("bullets", [
        "Der Geschäftsklimaindex sinkt auf 81 Punkte (Herbst 2023: 86 Punkte).",
        "Bau- und Ausbauhandwerk unter Druck, Kfz- und Gesundheitshandwerk stabil.",
        "Die Betriebe sind im Schnitt für 7,4 Wochen ausgelastet, eine Woche weniger als im "
        "Vorjahr.",
        "58 Prozent der Betriebe nennen den Fachkräftemangel als größtes Risiko.",
    ]),
    ("h", "Gesamtlage"),
    ("p", "Das Handwerk im Norden der Oberpfalz geht mit gedämpfter Stimmung in den Winter. "
          "41 Prozent der befragten Betriebe bewerten ihre Geschäftslage als gut, 17 Prozent als "
          "schlecht. Vor allem der Wohnungsbau bremst: Neue Aufträge für Rohbau, Dachdecker und "
          "Fensterbauer sind seit dem Frühjahr deutlich seltener geworden. Gleichzeitig halten sich "
          "die Industriebetriebe der Region mit Investitionen zurück, und davon sind viele "
          "Handwerksbetriebe als Zulieferer, Instandhalter und Monteure unmittelbar betroffen. Die "
          "Kfz-Werkstätten im Kammerbezirk melden dagegen volle Auftragsbücher, weil viele Kunden "
          "ihre Fahrzeuge länger fahren und reparieren lassen."),
    ("h", "Aus den Städten"),
    ("p", "In Weiden hängt ein großer Teil des Handwerks an der Porzellan- und Glasindustrie. Die "
          "Stadt ist Sitz einer traditionsreichen Porzellanfabrik, und die Weidener Metallbauer "
          "und Elektrobetriebe arbeiten ihr und den Zulieferern der Autoindustrie zu. Die Weidener "
          "Partnerstadt Issy-les-Moulineaux hat im Sommer eine Gruppe von Auszubildenden zu einem "
          "dreiwöchigen Praktikum empfangen."),
    ("p", "Amberg ist ein Industriestandort: Ein großes Elektronikwerk baut dort Steuerungen für "
          "die Automatisierungstechnik, und ein Hersteller von Fahrzeugsitzen hat in der Stadt "
          "seinen Stammsitz. Entsprechend eng sind die Amberger Elektro- und Feinwerkmechaniker "
          "mit der Industrie verflochten. Amberg und seine französische Partnerstadt Périgueux "
          "feiern im kommenden Jahr 60 Jahre Städtepartnerschaft; die Kammer bereitet dazu einen "
          "Austausch junger Gesellen vor."),
    ("p", "Im Landkreis Schwandorf ist die Lage etwas besser. In Schwandorf selbst werden "
          "Spezialchemikalien auf Aluminiumbasis hergestellt, und das Zementwerk in "
          "Burglengenfeld läuft trotz der Baukrise in zwei Schichten. In Sulzbach-Rosenberg "
          "erinnert vieles an die Maxhütte, deren Stahlwerk 2002 endgültig stillgelegt wurde; "
          "weiter gefertigt werden in der Stadt nur noch nahtlose Stahlrohre."),
    ("pagebreak",),
    ("p", "Im Stiftland leben zwei Städte vom Glas. In Mitterteich entstehen Glasröhren und "
          "Fläschchen für Arzneimittel, und in Waldsassen bläst eine der letzten Hütten Europas "
          "farbiges Flachglas noch mit dem Mund, vor allem für Kirchenfenster und Restauratoren. "
          "Tirschenreuth ist die Kreisstadt des Stiftlands; die berühmten Karpfen der "
          "Tirschenreuther Teichpfanne stammen aus den Weihern ringsum, nicht aus der Stadt. "
          "Neustadt an der Waldnaab, nicht zu verwechseln mit Neustadt an der Donau im "
          "niederbayerischen Teil des Kammerbezirks, ist für geschliffenes Bleikristall bekannt; "
          "die Glasschleifereien dort melden allerdings das schwächste Halbjahr seit Langem."),
    ("caption", "Tabelle 1: Geschäftslage und Schwerpunktgewerke ausgewählter Standorte, Herbst 2024 "
                "(Saldo der Anteile „gut“ und „schlecht“ in Prozentpunkten)"),
    ("table", [
        ["Standort", "Saldo Geschäftslage", "Schwerpunktgewerke"],
        ["Weiden", "+22", "Metallbau, Elektrohandwerk"],
        ["Amberg", "+25", "Elektrohandwerk, Feinwerkmechanik"],
        ["Schwandorf", "+28", "Bauhauptgewerbe, Kfz-Technik"],
        ["Nabburg", "+19", "Zimmerer, Steinmetze"],
        ["Vohenstrauß", "+12", "Glasveredelung"],
        ["Erbendorf", "+15", "Möbelbau"],
    ], [35, 40, 80]),
    ("h", "Export und Logistik"),
    ("p", "Gut jeder achte befragte Betrieb liefert ins Ausland, meist nach Tschechien und "
          "Österreich. Für schwere und sperrige Güter nutzen die Betriebe zunehmend den Hafen "
          "Regensburg, den umschlagstärksten Hafen Bayerns: Dort wurden 2023 rund 3,4 Mio. Tonnen "
          "per Schiff und Bahn umgeschlagen. Lieferungen nach Böhmen laufen meist über den "
          "Grenzübergang Waidhaus oder über Cheb (Eger). Die Kammer arbeitet seit 2006 mit der "
          "Wirtschaftskammer Pilsen zusammen, vor allem bei der Anerkennung von Abschlüssen. "
          "Waldsassen und Cheb sprechen seit dem Frühjahr über eine Städtepartnerschaft; "
          "beschlossen ist bislang nichts."),
    ("h", "Ausblick"),
    ("p", "Für das Frühjahr 2025 erwarten 23 Prozent der Betriebe bessere, 29 Prozent schlechtere "
          "Geschäfte. „Wir brauchen jetzt schnelle Genehmigungen und verlässliche Förderprogramme, "
          "sonst verlieren wir die Betriebe, die wir in zehn Jahren dringend brauchen“, sagt "
          "Hauptgeschäftsführerin Dr. Sabine Kemnath. Die Kammer wiederholt ihre Forderung nach "
          "einer Meisterprämie, die mindestens die Prüfungsgebühren deckt."),
    ("p", "Methodik: Online- und Telefonbefragung vom 2. bis 20. September 2024, 612 auswertbare "
          "Antworten. Die Salden sind nicht gewichtet."),
]

ECUADOR = [
    ("title", "Sector Snapshot: Seafood, Agri-Food and Port Logistics on Ecuador's Pacific Coast"),
    ("subtitle", "PacificInvest Ecuador · Sector Snapshot No. 4 · September 2024"),
    ("h", "Why the coast"),
    ("p", "Ecuador is the world's largest exporter of bananas and one of the two largest exporters "
          "of farmed shrimp, and almost all of it leaves the country through the coast. For an "
          "investor, though, the coast is not one market but a string of very different cities, "
          "each with its own industrial profile and its own port. This snapshot covers five of "
          "them."),
    ("bullets", [
        "Shrimp, bananas, cocoa and canned tuna make up more than half of the country's "
        "non-oil exports.",
        "Ecuador's trade agreement with the European Union has applied since 2017.",
        "New investments outside Quito and Guayaquil qualify for a reduced income-tax rate for "
        "up to ten years.",
    ]),
    ("h", "Guayaquil: the commercial capital"),
    ("p", "Guayaquil, the country's largest city, is where Ecuador's trade is organised and where "
          "much of its food is processed. Shrimp packers fill the industrial estates in the south "
          "of the city, cocoa beans are ground into liquor and butter at several plants along the "
          "Vía a Daule, and the city's brewery and bottling plants supply half the country. The "
          "port complex, a group of public and private terminals on the Guayas estuary, handled "
          "about 2.2 million TEU in 2023 and is Ecuador's busiest container gateway by a wide "
          "margin."),
    ("p", "Across the river, Durán has become Guayaquil's manufacturing overflow: a steel rolling "
          "mill, two ceramic-tile plants and a growing number of warehouses for importers. Further "
          "south, at the mouth of the Gulf of Guayaquil, Posorja is home to the country's first "
          "deep-water container terminal. It opened in 2019 with a capacity of 750,000 TEU a year; "
          "a second phase that would double it is planned but not yet financed."),
    ("h", "Manta: tuna and the open sea"),
    ("p", "Manta calls itself the tuna capital of the world, and with some reason. The city's "
          "canneries and loining plants process a large share of the eastern Pacific catch, and "
          "the purse-seine fleet that supplies them is based in the bay. The Port of Manta, which "
          "has direct access to deep water, handled about 900,000 tonnes in 2023, much of it "
          "vehicles and fishmeal. Divers come to this coast for the manta rays, which have nothing "
          "to do with the city's industry. In 2022 the Port of Manta signed a cooperation "
          "agreement with the Peruvian port of Paita on services for the tuna fleet."),
    ("p", "Ten kilometres inland, Montecristi is where the finest toquilla straw hats are woven. "
          "The world knows them as Panama hats, a name they picked up a century ago from the "
          "canal workers who wore them; in Cuenca, in the southern highlands, hat houses block, "
          "finish and export them. The small fishing port of Jaramijó, next to Manta, lands "
          "most of the artisanal catch."),
    ("h", "Machala and Puerto Bolívar"),
    ("p", "Machala likes to be called the banana capital of the world. The plantations belong to "
          "El Oro province rather than to the city, but Machala is where the fruit is washed, "
          "packed and boxed, and where the cardboard-box plants that supply the whole southern "
          "coast are located. Its seaport, Puerto Bolívar, handled about 280,000 TEU in 2023, "
          "most of them refrigerated containers of bananas bound for Europe and the United "
          "States."),
    ("h", "Esmeraldas"),
    ("p", "Esmeraldas is both a province and its capital. The province grows cocoa and oil palm; "
          "the city of Esmeraldas hosts Ecuador's largest oil refinery and a thermal power plant "
          "next to it, and the crude export terminal at the end of the trans-Andean pipeline is "
          "on its coast. The ports of Esmeraldas and Tumaco, just across the Colombian border, "
          "have been discussing a binational port agreement since 2021 without reaching one."),
    ("caption", "Table 1: Coastal locations, lead sectors and main gateway"),
    ("table", [
        ["Location", "Lead sectors", "Main gateway", "Road distance to Guayaquil (km)"],
        ["Guayaquil", "shrimp processing, cocoa processing, beverages", "Guayaquil", "–"],
        ["Durán", "steel, ceramic tiles, warehousing", "Guayaquil", "6"],
        ["Milagro", "sugar milling", "Guayaquil", "45"],
        ["Manta", "tuna canning", "Manta", "195"],
        ["Montecristi", "straw hats", "Manta", "185"],
        ["Machala", "banana packing, cardboard boxes", "Puerto Bolívar", "185"],
        ["Esmeraldas", "oil refining, power generation", "Esmeraldas", "460"],
    ], [30, 65, 35, 30]),
    ("h", "Twinning, contacts and next steps"),
    ("p", "Guayaquil is a sister city of Houston, and the Texas port is the first stop for many "
          "shrimp and cocoa shipments to North America. PacificInvest has offices in Guayaquil "
          "and Manta and arranges site visits, introductions to local suppliers and meetings "
          "with municipal planning departments free of charge. Contact: María José Salinas, head "
          "of investor services."),
]

LECTURE = [
    ("title", "GEO 2314 Economic Geography of Latin America – Week 9: Pacific Gateways of "
              "Colombia and Peru"),
    ("subtitle", "Lecture handout · Prof. Tomás Trujillo · Department of Geography · "
                 "Spring term 2025"),
    ("h", "Learning goals"),
    ("bullets", [
        "Explain why a port city can stay poor while its hinterland grows rich.",
        "Compare ports by throughput, capacity and the reach of their hinterland.",
        "Tell an industry located in a city apart from cargo that merely passes through it.",
    ]),
    ("h", "1. Buenaventura and Cali: port and hinterland apart"),
    ("p", "Buenaventura is the largest port on Colombia's Pacific coast, and most of the country's "
          "trade with Asia crosses its quays. Yet the city itself has very few factories: apart "
          "from fish processing and a handful of sawmills on the estuary, its jobs are in port "
          "services and informal trade. The goods are made over the mountains. Cali, Colombia's "
          "third city, is where sugar refineries and pharmaceutical and personal-care plants "
          "cluster, and Yumbo, its industrial suburb to the north, hosts cement and paper mills. "
          "The cane itself grows on the plantations of the Cauca valley, which is a region, not a "
          "city."),
    ("p", "Further south, Tumaco, close to the Ecuadorian border, ships crude oil from the terminal "
          "at the end of a pipeline across the Andes. The town's own economy rests on fishing and "
          "on palm-oil mills."),
    ("h", "2. Callao, Lima and the new port of Chancay"),
    ("p", "Callao, the port city that has grown together with Lima, handles most of Peru's "
          "container trade and is the largest container port on the west coast of South "
          "America. Callao is home to fishmeal plants, the navy's shipyard and a large brewery. "
          "Lima supplies the banks, the consumers and, in the crowded blocks of Gamarra, "
          "thousands of garment workshops."),
    ("p", "Chancay, 60 km north of Lima, opened in November 2024 as a deep-water port built with "
          "Chinese capital. Its first phase is designed for about 1 million TEU a year; the "
          "operator speaks of 1.5 million in a later phase. The ports of Chancay and Shanghai "
          "signed a sister-port agreement in the same year."),
    ("h", "3. Paita, Piura and Talara: the north coast"),
    ("p", "Paita lives from the sea. Its freezing plants process giant squid and hake for export, "
          "and its container terminal, run under a concession since 2009, is Peru's second "
          "container port. The ports of Paita and Manta in Ecuador have had a cooperation "
          "agreement since 2022. Piura, the regional capital 50 km inland, is a service city with "
          "cotton gins and a growing number of packhouses for mangoes, grapes and limes. Talara, "
          "further up the coast, is an oil town: its refinery was rebuilt and reopened in 2022. In "
          "the Sechura Desert, a phosphate mine ships its rock through a private pier – the rock "
          "is cargo, and the desert is not a city."),
    ("h", "4. Chimbote: what a boom leaves behind"),
    ("p", "In the 1960s Chimbote was the capital of the anchovy boom. Fishmeal is still made in "
          "Chimbote, although dozens of plants closed after the collapse of the catch in 1972, "
          "and the integrated steelworks on the bay, the only one in Peru, still pours steel. "
          "Compare the city's income with that of Lima before the seminar."),
    ("caption", "Table 1: Selected Pacific ports of Colombia, Ecuador and Peru"),
    ("table", [
        ["Port", "Country", "Container throughput 2023 (TEU)", "Main hinterland"],
        ["Callao", "Peru", "2,600,000", "Lima"],
        ["Guayaquil", "Ecuador", "2,200,000", "Guayaquil, Quito"],
        ["Buenaventura", "Colombia", "1,150,000", "Cali, Bogotá"],
        ["Paita", "Peru", "290,000", "Piura"],
        ["Chancay", "Peru", "opened November 2024", "Lima"],
    ], [30, 25, 50, 40]),
    ("h", "Discussion questions"),
    ("bullets", [
        "Why did the new investment go to Chancay rather than to an expansion of Callao?",
        "Is Manta a competitor or a partner for Paita?",
        "Which of the industries above would survive if the port next to them closed?",
    ]),
    ("p", "Reading for next week: the chapter on port-city relations in the course reader, and the "
          "2023 port statistics of the three countries."),
]


PDFS = {
    "b62-hwk-nordoberpfalz-konjunkturbericht.pdf": dict(
        blocks=HWK_OBERPFALZ, header="Handwerkskammer Niederbayern-Oberpfalz · Konjunkturbericht "
                                     "Herbst 2024 · Nördliche Oberpfalz",
        footer="Konjunkturbericht Herbst 2024 · Seite {n} von 2", lang="de",
        title="Konjunkturbericht Herbst 2024: Das Handwerk in der nördlichen Oberpfalz"),
}
DOCXS = {
    "b62-ecuador-coast-sector-snapshot.docx": dict(
        blocks=ECUADOR,
        title="Sector Snapshot: Seafood, Agri-Food and Port Logistics on Ecuador's Pacific Coast"),
    "b62-andean-pacific-gateways-lecture-handout.docx": dict(
        blocks=LECTURE,
        title="GEO 2314 Week 9: Pacific Gateways of Colombia and Peru"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_62.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
