#!/usr/bin/env python3
"""Build the twenty-fifth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_25.py [--out DIR]

Same guarantees as the other ``build_dev_samples_*.py`` scripts: the texts are
embedded below, and the output is deterministic (reportlab runs in invariant
mode; DOCX core properties and zip timestamps are fixed), so running it again
gives byte-identical files. The gold annotations (``NAME.gold.json``) are
written by hand and kept beside the documents; this script does not touch
them, nor the TXT and HTML reports of the batch. See "Development batch 25" in
``scripts/SAMPLES.md``. The layout helpers live in ``sample_builders.py``.

Layouts in this batch:

* ``b25-port-of-kemi-annual-report-excerpt.pdf``: port company's annual-report
  excerpt, two pages, running header, footer "Annual Report 2023 | page N", a
  drawn key-figures table "Key figure | 2023 | 2022" in which one figure (the
  2022 container volume) is given only in the table.
* ``b25-iberia-packhouse-location-memo.pdf``: consultancy's location-comparison
  memo, two pages, running header, footer "Meridian Site Advisory – page N of
  2", a drawn table "Location | Lead sectors | Port 2023 (Mt) | Score" whose
  unit is spelled out only in the caption; one row is a region, one town's
  sectors and one port's tonnage are given only in the table.
* ``b25-oberlausitz-elbtal-verband-pressemitteilung.docx``: trade
  association's press release with headings, paragraphs and a table of
  locations, lead sectors and member companies (one row is a Landkreis, one
  town's sectors are given only in the table).

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian
package ``fonts-dejavu-core``).
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

KEMI = [
    ("title", "Annual Report 2023 – Review of Operations (excerpt)"),
    ("subtitle", "Port of Kemi Ltd · Ajos and Veitsiluoto harbours · published in March 2024"),
    ("h", "Managing director's review"),
    ("p", "2023 was the year in which the forest industry of Sea Lapland invested again, and our "
          "quays felt it. The Port of Kemi handled 2.6 million tonnes of cargo, against 2.4 "
          "million tonnes in 2022. That makes Kemi the second-largest port on the Bothnian Bay, "
          "behind Oulu, which keeps the first place thanks to its oil and chemicals traffic. "
          "Container volumes at Ajos rose to about 71,000 TEU, and the container terminal there "
          "is designed for 120,000 TEU a year, so there is room to grow."),
    ("p", "I would like to thank our customers, our stevedores and the icebreaker crews, who kept "
          "the fairway open through a long and cold winter. – Harri Raahe, Managing Director"),
    ("h", "Our hinterland"),
    ("p", "Kemi itself is a town of pulp, board and paper. The new bioproduct mill at the mouth of "
          "the river started up in autumn 2023 and has already doubled our pulp exports; a board "
          "mill and a sawmill complete the picture. Kemi is also known for its engineering "
          "workshops, which maintain the mills and build process equipment for them."),
    ("p", "The chromium ore for our neighbours comes from the Kemi mine, which, despite its name, "
          "lies in the municipality of Keminmaa: Keminmaa is a mining community, and the "
          "underground mine is its largest employer. The ore travels by truck to Tornio, twenty-five "
          "kilometres to the west, where a ferrochrome smelter and one of the world's largest "
          "stainless-steel mills turn it into coil and plate. Tornio's own harbour at Röyttä "
          "handled about 2.1 million tonnes last year."),
    ("p", "Across the border river, Haparanda lives mainly from retail – the furniture store and "
          "the shopping centre draw customers from all over the north – and from cross-border "
          "logistics at the rail gauge-change station. Further south, Oulu is home to a large "
          "ICT and health-technology cluster and to a board mill that is being converted from "
          "paper. On the Swedish side, Luleå remains a steel town, and its steelworks is preparing "
          "for fossil-free production."),
    ("p", "Please do not confuse Kemi with Kemijärvi, 170 kilometres up the Kemijoki river. "
          "Kemijärvi's pulp mill closed in 2008; the town now lives from a sawmill and from winter "
          "tourism, and a biorefinery is planned there but has not been financed yet. "
          "Rovaniemi, the regional capital, depends on tourism and public services."),
    ("pagebreak",),
    ("h", "Key figures"),
    ("caption", "Table 1: Port of Kemi, key figures 2023 and 2022"),
    ("table", [
        ["Key figure", "2023", "2022"],
        ["Total throughput (1,000 t)", "2,600", "2,400"],
        ["Containers (TEU)", "71,000", "64,000"],
        ["Vessel calls", "540", "510"],
        ["Icebreaker-assisted calls", "310", "295"],
        ["Employees (year end)", "86", "82"],
    ], [70, 30, 30]),
    ("h", "Cooperation"),
    ("p", "In 2021 the ports of Kemi and Luleå signed a port cooperation agreement, under which "
          "the two ports buy icebreaking services together and share a vessel-traffic data "
          "platform. The agreement covers cooperation in fossil-free steel logistics as well, a "
          "topic on which the steelworks in Luleå and in Tornio depend. The town of Kemi has been "
          "twinned with Narvik in Norway since 1952. Its twinning with Apatity, which dated back to "
          "the 1970s, has been suspended since 2022."),
    ("p", "Tornio and Haparanda have been twin towns since 1987 and today present themselves as "
          "one city with two countries. A joint harbour company for both towns has been discussed "
          "several times, but no decision has been taken."),
    ("h", "Shipping lines and connections"),
    ("p", "A weekly container service links Kemi with Lübeck and Antwerp, and a second service "
          "calls at Rotterdam every ten days. Bulk carriers with pulp sail to Pori and Rauma for "
          "transshipment when the Bothnian Bay freezes early. Daily freight trains run from Kemi to "
          "Oulu and on to the south of Finland."),
    ("h", "Outlook 2024"),
    ("p", "We expect throughput to rise to about 3 million tonnes in 2024 as the bioproduct mill "
          "reaches full output. Our investment programme for 2024 to 2026 includes a deeper "
          "fairway to Ajos, a new warehouse of 20,000 square metres and shore power for two "
          "berths. Our carbon emissions fell to 3,900 tonnes of CO2 in 2023."),
]

IBERIA = [
    ("title", "Location memo: a southern packhouse for fresh-cut vegetables"),
    ("subtitle", "Meridian Site Advisory · prepared for Nordfrisk Salat AS, attn. Ms Ingrid Leira · "
                 "October 2024 · confidential"),
    ("h", "1. The brief"),
    ("p", "Our client, a Norwegian producer of bagged salads and fresh-cut vegetables, wants a "
          "second packhouse close to its growers in southern Europe: 180 jobs, 25,000 square "
          "metres of cold rooms and around 40 reefer trailers a week heading north. We compared "
          "five places on the Andalusian coast and in central Portugal. Ms Leira asked us to keep "
          "the memo short; the scoring sheet is attached separately."),
    ("h", "2. The candidates"),
    ("p", "Almería is the obvious choice for supply. The city and its neighbour El Ejido sit in "
          "the middle of the largest greenhouse area in Europe, and Almería has a mature industry "
          "of produce packing and cold-chain logistics; a maker of irrigation systems and several "
          "seed-breeding firms have their Spanish offices there. The marble quarried around Macael "
          "and shipped from the port is a regional speciality, not a city sector. The Port of "
          "Almería handled about 5.1 million tonnes in 2023."),
    ("p", "Motril, on the coast of the province of Granada, is smaller. Its sugar-cane mills closed "
          "long ago; today the town is known for subtropical fruit – avocados and mangoes are "
          "packed and ripened there – and a fertiliser blending plant works next to the harbour. "
          "Motril's port handled about 2.0 million tonnes, much of it fertiliser and cereals."),
    ("p", "Aveiro, in Portugal's Centro region, is a university town with a strong technology "
          "base: a telecoms research centre, software firms and makers of electronic components. "
          "Next door, Ílhavo is known for its porcelain and ceramics, and a large chemical complex "
          "operates in Estarreja. The Port of Aveiro, among Portugal's five largest ports, handled "
          "some 5.9 million tonnes in 2023."),
    ("pagebreak",),
    ("p", "Figueira da Foz combines a beach resort with heavy industry: two pulp and paper mills "
          "stand south of the Mondego estuary, and the town also has a glass-packaging plant. The "
          "port is small; most cargo is paper for northern Europe."),
    ("p", "Leiria is the inland option. The Leiria district is Portugal's capital of moulds: the "
          "toolmakers of Leiria and Marinha Grande supply car makers all over Europe, and the "
          "plastics industry grew up around them. Marinha Grande is also the home of Portuguese "
          "glassmaking."),
    ("caption", "Table 1: Candidate locations. Port throughput in million tonnes, 2023; score out "
                "of 10 (Meridian method)."),
    ("table", [
        ["Location", "Lead sectors", "Port 2023 (Mt)", "Score"],
        ["Almería", "Produce packing, cold chain", "5.1", "8.1"],
        ["El Ejido", "Greenhouse horticulture", "–", "7.4"],
        ["Motril", "Subtropical fruit, fertiliser", "2.0", "6.9"],
        ["Aveiro", "Telecoms, electronics", "5.9", "7.8"],
        ["Figueira da Foz", "Pulp and paper, glass", "2.2", "6.6"],
        ["Leiria", "Moulds, plastics", "–", "7.2"],
        ["Centro region", "Ceramics, forestry", "–", "–"],
    ], [38, 62, 34, 18]),
    ("h", "3. Links and partners"),
    ("p", "Ferries run from Almería to Nador and Melilla, and from Motril to Melilla and Tangier; "
          "they matter for labour, not for our cargo. The Port of Almería and the Port of Nador "
          "signed a memorandum of understanding on port cooperation in 2019. Aveiro has been "
          "twinned with Bourges since 1998, and the two cities run a joint student exchange. "
          "Leiria and Figueira da Foz are both twinned with the Spanish town of Ciudad Rodrigo. "
          "A sister-port link between Aveiro and Motril was floated at a fair in Lisbon last "
          "spring, but no one has followed it up."),
    ("h", "4. Recommendation"),
    ("p", "For supply and speed we recommend Almería, with Aveiro as the fallback: Aveiro is two "
          "days closer to Oslo by road and sea, its port has spare reefer plugs, and land near "
          "the motorway costs a third less. Leiria ranks third. We do not recommend Motril, whose "
          "industrial land is nearly used up."),
]

LAUSITZ = [
    ("title", "Pressemitteilung"),
    ("subtitle", "Industrieverband Oberlausitz-Elbtal e. V. · Bautzen, 22. Mai 2024"),
    ("h", "Frühjahrsumfrage: Industrie zwischen Elbe und Neiße bleibt zuversichtlich"),
    ("p", "Die Industriebetriebe zwischen dem Elbtal und dem Dreiländereck blicken trotz hoher "
          "Energiepreise optimistisch auf die kommenden Monate. Das ist das Ergebnis der "
          "Frühjahrsumfrage des Industrieverbands Oberlausitz-Elbtal, an der sich 214 "
          "Mitgliedsunternehmen beteiligt haben. 58 Prozent erwarten steigende Umsätze, nur 11 "
          "Prozent rechnen mit einem Rückgang."),
    ("p", "„Die Region hat den Strukturwandel angenommen“, sagte Verbandsgeschäftsführerin Dr. "
          "Ulrike Pirna der Sächsischen Zeitung Bautzen. „Wo früher Braunkohle gefördert wurde, "
          "entstehen heute Batterie- und Wasserstoffprojekte.“"),
    ("h", "Die Standorte im Einzelnen"),
    ("p", "In Bautzen bleibt der Schienenfahrzeugbau der wichtigste Arbeitgeber; das Werk baut "
          "Straßenbahnen und Regionalzüge für ganz Europa. Daneben ist die Stadt für ihre "
          "Lebensmittelindustrie bekannt – der Bautzener Senf wird seit über hundert Jahren hier "
          "hergestellt – und für Betriebe der Kunststoff- und Metallverarbeitung."),
    ("p", "Die Zittauer Wirtschaft, einst vom Textilgewerbe geprägt, setzt heute auf Maschinen- und "
          "Anlagenbau sowie auf die Kunststofftechnik. Zittau, auf Tschechisch Žitava, profitiert "
          "von seiner Lage im Dreiländereck: Bis Liberec sind es 30 Minuten mit dem Zug."),
    ("p", "Hoyerswerda hat den Abschied von der Kohle am stärksten gespürt. Inzwischen haben sich "
          "dort ein Batterierecycler und ein Hersteller von Elektrolyseuren angesiedelt; die Stadt "
          "wirbt zudem mit ihren Flächen für Rechenzentren."),
    ("p", "Im Elbtal meldet Freital die besten Zahlen. Das Edelstahlwerk der Stadt ist ausgelastet, "
          "und die Zulieferer der Halbleiterindustrie aus dem nahen Dresden suchen dort Flächen. "
          "In Pirna sind Automobilzulieferer und ein Hersteller von Feinoptik die größten "
          "Arbeitgeber."),
    ("h", "Übersicht"),
    ("caption", "Tabelle: Standorte, Schwerpunktbranchen und Mitgliedsbetriebe"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Mitgliedsbetriebe"],
        ["Bautzen", "Schienenfahrzeugbau, Lebensmittel", "41"],
        ["Zittau", "Maschinenbau, Kunststofftechnik", "28"],
        ["Hoyerswerda", "Batterierecycling, Elektrolyseure", "19"],
        ["Freital", "Edelstahl", "23"],
        ["Pirna", "Automobilzulieferer, Optik", "26"],
        ["Kamenz", "Batteriespeicher, Glas", "17"],
        ["Landkreis Görlitz", "Holzverarbeitung, Tourismus", "60"],
    ]),
    ("h", "Häfen und Logistik"),
    ("p", "Für schwere Güter bleibt die Elbe wichtig. Der Hafen Riesa, der größte Binnenhafen "
          "Sachsens, schlug 2023 rund 1,1 Mio. Tonnen um; der Alberthafen in Dresden kam auf etwa "
          "380.000 Tonnen. Die Hafengesellschaft betreibt auch den Hafen im tschechischen Děčín, "
          "den die Mitglieder vor allem für Schwertransporte nutzen."),
    ("h", "Grenzüberschreitende Ausbildung"),
    ("p", "Das neue Azubi-Austauschprogramm des Verbands baut auf den Städtepartnerschaften der "
          "Region auf. Bautzen ist seit 1995 mit Jablonec nad Nisou verschwistert, Zittau und "
          "Bogatynia sind seit 2001 Partnerstädte. Auch Hoyerswerda beteiligt sich über seine "
          "Partnerstadt Huntingdon in England. Eine Partnerschaft zwischen Freital und dem "
          "polnischen Lubań ist im Gespräch, aber noch nicht beschlossen."),
    ("h", "Pressekontakt"),
    ("p", "Industrieverband Oberlausitz-Elbtal e. V., Kommunikation, Tel. 03591 000000, "
          "presse@iv-oberlausitz-elbtal.example"),
]


PDFS = {
    "b25-port-of-kemi-annual-report-excerpt.pdf": dict(
        blocks=KEMI, header="Port of Kemi Ltd · Annual Report 2023 · Excerpt",
        footer="Annual Report 2023 | page {n}", lang="en",
        title="Port of Kemi – Annual Report 2023 (excerpt)"),
    "b25-iberia-packhouse-location-memo.pdf": dict(
        blocks=IBERIA, header="Meridian Site Advisory · Location memo · Andalusia and Central "
                              "Portugal · October 2024",
        footer="Meridian Site Advisory – page {n} of 2", lang="en",
        title="Location memo: a southern packhouse for fresh-cut vegetables"),
}
DOCXS = {
    "b25-oberlausitz-elbtal-verband-pressemitteilung.docx": dict(
        blocks=LAUSITZ, title="Pressemitteilung: Frühjahrsumfrage Oberlausitz-Elbtal 2024"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_25.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
