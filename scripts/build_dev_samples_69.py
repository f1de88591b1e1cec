#!/usr/bin/env python3
"""Build batch 69 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_69.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b69-suez-canal-corridor-investor-fact-sheet.pdf``: a canal authority's investor fact sheet,
  two pages, running header, footer "SCCA Fact Sheet 2025/1 · page N of 2", a drawn table
  "Port | Nearest city | Cargo 2024 (million t) | Containers 2024 (TEU)" whose units and year are
  only in the header row; some port figures are given only in the table, and a closing list of
  partners and links mixes partnerships with a ferry line and unfinished talks.
* ``b69-north-java-ports-project-appraisal-summary.docx``: a development bank's project
  appraisal summary with headings, project data and town profiles as bullets ("Town – sectors"),
  a caption and a table of port throughput (units and year in the caption and column headers),
  and a section on city partnerships with an ended sister-port arrangement.
* ``b69-regionalverband-leine-innerste-jahresbericht.pdf``: a German regional association's
  annual report (Jahresbericht), two pages, running header, footer "Jahresbericht 2024 – Seite N
  von 2", no table: canal-port figures in German number formats in running text and a bullet
  list, the region's twinnings as bullets under a heading, with a dormant and an unfinished one.

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

SUEZ = [
    ("title", "Investor Fact Sheet: Ports and Industrial Areas of the Suez Canal Corridor"),
    ("subtitle", "Suez Canal Corridor Authority (SCCA) · Investor Relations · Fact Sheet 2025/1 · "
                 "March 2025"),
    ("h", "The corridor in brief"),
    ("p", "The Suez Canal joins the Mediterranean at Port Said to the Red Sea at Suez, 193 "
          "kilometres further south. Along its banks the authority manages four ports and four "
          "industrial areas, and it leases land to investors on terms of up to fifty years. In "
          "2024 about 13,200 ships passed through the canal, a third fewer than the year before "
          "because of the security situation in the southern Red Sea. Transit numbers describe a "
          "waterway rather than a port, and we show them here only for context; the cargo "
          "figures below are those of the ports."),
    ("h", "Port Said and East Port Said"),
    ("p", "Port Said, at the northern entrance, is the corridor's oldest city and the home of its "
          "largest container port. The terminal at East Port Said, on the Sinai bank opposite the "
          "city and next to the small town of Port Fuad, handled about 3.9 million TEU in 2024 and "
          "is one of the largest transshipment hubs in the Mediterranean. A second container "
          "basin is being dug; its capacity will only count once the first berths open."),
    ("p", "The city's own economy lives off the waterway. The canal's shipyard in Port Said repairs "
          "tugs, dredgers and pilot boats, and garment makers in the Port Said free zone sew "
          "jeans and workwear for European retailers. East Port Said and Limassol have been "
          "sister ports since 2016, and their pilots train together every winter."),
    ("h", "Ismailia"),
    ("p", "Ismailia, halfway along the canal on the shore of Lake Timsah, is where the authority "
          "has its headquarters. It is a green, quiet city, and its economy has shifted towards "
          "food: packing houses and juice plants in Ismailia process the mangoes and strawberries "
          "that farmers grow on the reclaimed desert land of the governorate. A technology park "
          "next to the university hosts some forty software firms. Further south, on the Great "
          "Bitter Lake, the town of Fayid is the site of a marina that the authority still plans "
          "to build."),
    ("h", "Ain Sokhna"),
    ("p", "At the southern end, Ain Sokhna is the corridor's industrial heavyweight. Behind the "
          "port stand a flat-steel mill with its own direct-reduction plant, a fibreglass factory "
          "run by a Chinese group and a cluster of petrochemical plants making polypropylene and "
          "methanol. The port handled about 22 million tonnes of cargo in 2024 and is the busiest "
          "port on Egypt's Red Sea coast. Several green hydrogen and ammonia projects have signed "
          "framework agreements for sites in Ain Sokhna, but none of them has started "
          "construction."),
    ("pagebreak",),
    ("h", "Suez"),
    ("p", "The city of Suez, at the canal's southern mouth, has two oil refineries and a fertiliser "
          "plant, and a cement works stands on its western outskirts. Bulk cargo for the city "
          "goes through the small port of Adabiya, a few kilometres to the south."),
    ("caption", "Table 1: Ports of the corridor and of Damietta, cargo and container throughput "
                "in 2024"),
    ("table", [
        ["Port", "Nearest city", "Cargo 2024 (million t)", "Containers 2024 (TEU)"],
        ["East Port Said", "Port Said", "31.0", "3,900,000"],
        ["Ain Sokhna", "Ain Sokhna", "22.0", "690,000"],
        ["Adabiya", "Suez", "3.1", "–"],
        ["Arish", "Arish", "0.8", "–"],
        ["Damietta (outside corridor)", "Damietta", "14.5", "1,300,000"],
    ], [49, 29, 46, 46]),
    ("h", "Beyond the corridor: Damietta and 10th of Ramadan"),
    ("p", "Many of our tenants buy from two places just outside the corridor. West of Port Said, "
          "Damietta is Egypt's furniture capital: thousands of workshops in the city turn "
          "imported beech and pine into bedroom sets and sofas, and its dairies make most of the "
          "white cheese sold in Cairo. The ports of Damietta and Aveiro in Portugal signed a "
          "friendship agreement in 2019, which gives Portuguese reefers a priority window."),
    ("p", "Inland, an hour's drive from Ismailia, the 10th of Ramadan City makes refrigerators, "
          "washing machines and other home appliances, and its spinning and weaving mills are "
          "among the largest in the country. Egypt as a whole still earns more from tourism and "
          "from remittances than from any factory, but that is a national story rather than a "
          "local one."),
    ("h", "Partners and links"),
    ("bullets", [
        "Sister ports: East Port Said and Limassol, Cyprus (since 2016).",
        "Friendship agreement: Ismailia and Hildesheim, Germany, signed in 2022; a Hildesheim "
        "supplier of car electronics has since opened a sales office in Ismailia.",
        "Port friendship agreement: Damietta and Aveiro (2019).",
        "Cooperation memorandum between the SCCA and the Panama Canal Authority on pilot "
        "training (an agreement between two canal operators, not between cities).",
        "Ferry: a weekly passenger and vehicle ferry links Ain Sokhna with Jeddah.",
        "Talks with the port of Tangier on a sister-port agreement began in 2023 and have not "
        "been concluded.",
    ]),
    ("h", "Contact"),
    ("p", "SCCA Investor Relations, Ismailia. Site visits can be arranged at two weeks' notice. "
          "This fact sheet is for information only; figures are rounded."),
]

JAVA = [
    ("title", "Project Appraisal Summary: North Java Coast Ports and Resilience Project"),
    ("subtitle", "Asian Coastal Infrastructure Bank (ACIB) · Loan 4471-INO · Appraisal mission "
                 "report, summary version · June 2024"),
    ("h", "1. Project data"),
    ("bullets", [
        "Borrower: Republic of Indonesia; executing agency: Ministry of Transportation, "
        "Directorate General of Sea Transportation.",
        "Total cost: USD 410 million, of which ACIB loan USD 300 million.",
        "Components: (A) sea walls and drainage around the container terminal of Semarang; "
        "(B) new berths and a coal-free general cargo wharf in Cirebon; (C) dredging and "
        "access roads for the ports of Tegal and Gresik; (D) capacity building.",
        "Closing date: 31 December 2030.",
    ]),
    ("h", "2. Rationale"),
    ("p", "The northern coast of Java, known locally as the Pantura, carries most of the island's "
          "trade between Jakarta and Surabaya. It is also sinking: in parts of Semarang and "
          "Pekalongan the ground drops by up to ten centimetres a year, and tidal floods now "
          "stop cargo handling at Semarang's port of Tanjung Emas on more than thirty days a "
          "year. The project protects port assets that the exporters of four provinces depend on."),
    ("h", "3. The project towns and their economies"),
    ("p", "Semarang, the capital of Central Java, is the main gateway of the province. Tanjung "
          "Emas handled about 780,000 TEU in 2023 and is the largest port in Central Java. The "
          "city's industrial estates in the west are home to garment factories, and a large "
          "maker of herbal medicines has its plant and headquarters on the southern edge of the "
          "city. Next door, Kendal (the regency town west of Semarang, not the market town in "
          "Cumbria, England) hosts a special economic zone where Singaporean and Chinese "
          "investors now run ceramic-tile and furniture plants."),
    ("p", "Further west, the appraisal mission visited the towns that would use the upgraded "
          "ports of Tegal and Cirebon. In brief:"),
    ("bullets", [
        "Pekalongan – batik; the city calls itself the world city of batik, and hundreds of "
        "small workshops dye and print cloth along its rivers.",
        "Tegal – metal casting and machining; its foundries make spare parts for ships, "
        "motorcycles and rice mills, which has earned Tegal the nickname \"the Japan of "
        "Indonesia\".",
        "Slawi – the regency seat south of Tegal, where the jasmine tea drunk all over Java is "
        "blended and packed.",
        "Cirebon – rattan furniture; most of the country's woven rattan chairs and baskets come "
        "from workshops in the city's western districts.",
    ]),
    ("p", "The shallots that fill the trucks on the coast road are grown in Brebes regency and "
          "are a farming product of the regency rather than of any town. The state refinery at "
          "Balongan lies in Indramayu regency and is outside the project. Outside the project "
          "area too, but among the users of Semarang's port, are Jepara, whose carvers turn teak "
          "into furniture, and Kudus, the home of the clove cigarette, or kretek, where the "
          "largest factories still roll part of their output by hand."),
    ("p", "Component C also covers Gresik, Surabaya's industrial neighbour to the north-west. "
          "Gresik has one of Indonesia's largest cement works and a state fertiliser complex "
          "whose urea and phosphate plants line the shore. A copper smelter in the town's special "
          "economic zone is due to start operation later this year and has not been counted in "
          "the traffic forecasts. Surabaya itself, whose port of Tanjung Perak handled about 3.8 "
          "million TEU in 2023, is Indonesia's second-busiest container port; the city's state "
          "shipyard builds frigates and landing ships for the navy."),
    ("p", "South of Surabaya, Sidoarjo is known for its shrimp crackers, which are fried and "
          "packed by dozens of family firms, and in Tanggulangin, a small town of the same "
          "regency, some 300 workshops make leather bags and jackets. The mud volcano that broke "
          "out near Sidoarjo in 2006 after a gas well blow-out still covers several villages; it "
          "is a safeguard issue, not an industry. A refinery planned at Tuban, on the coast "
          "further west, is not part of this project either."),
    ("caption", "Table 1: Ports in the project area, 2023 (containers in TEU; total cargo in "
                "million tonnes)"),
    ("table", [
        ["Port", "Host city", "Containers 2023 (TEU)", "Total cargo 2023 (million t)"],
        ["Tanjung Emas", "Semarang", "780,000", "14.2"],
        ["Port of Cirebon", "Cirebon", "–", "5.6"],
        ["Port of Tegal", "Tegal", "–", "0.3"],
        ["Gresik", "Gresik", "–", "21.5"],
        ["Tanjung Perak", "Surabaya", "3,800,000", "–"],
    ], [35, 30, 45, 50]),
    ("h", "4. City partnerships and peer learning"),
    ("p", "The project's capacity-building component draws on partnerships that the project "
          "cities already have. Semarang and Brisbane have been sister cities since 1993, and "
          "engineers from Brisbane's flood programme will review the drainage design. Surabaya's "
          "green sister-city partnership with Kitakyushu, in place since 2012, will fund a study "
          "on port waste. Pekalongan renewed its 2015 friendship agreement with Malacca in "
          "Malaysia last year, with a new chapter on batik heritage."),
    ("p", "The sister-port arrangement between Tanjung Emas and Darwin in Australia lapsed in 2020 "
          "and has not been renewed. A proposed twinning between Cirebon and a port city in "
          "South Korea is still under discussion and is not counted as a project asset. The "
          "ferries from Semarang to Banjarmasin on Borneo are a transport link, not a "
          "partnership."),
    ("h", "5. Main risks"),
    ("bullets", [
        "Land subsidence continues faster than the sea walls can be raised.",
        "Resettlement of about 400 households near the Cirebon wharf.",
        "Cost overruns on dredging if contaminated sediment is found.",
    ]),
    ("h", "6. Recommendation"),
    ("p", "The mission recommends that the Board approve the loan. The full report is available "
          "from the ACIB resident mission."),
]

LEINE = [
    ("title", "Jahresbericht 2024"),
    ("subtitle", "Regionalverband Leine-Innerste e.V. · Wirtschaft, Verkehr und Partnerschaften "
                 "zwischen Harz, Leine und Solling · vorgelegt im April 2025"),
    ("h", "Vorwort"),
    ("p", "Das Jahr 2024 hat unserer Region viel abverlangt. Die Stahlkonjunktur war schwach, "
          "die Autozulieferer haben Stellen abgebaut, und auf den Kanälen fehlte im Spätsommer "
          "Wasser. Zugleich hat der Umbau der Industrie auf Wasserstoff und Strom begonnen. Der "
          "Vorstand dankt den Mitgliedskommunen, den Kammern und den Unternehmen für die gute "
          "Zusammenarbeit. Unser Vorsitzender Jürgen Alfeld, Landrat a. D., scheidet nach zwölf "
          "Jahren aus dem Amt."),
    ("h", "Industrie zwischen Harz und Leine"),
    ("p", "Salzgitter bleibt das industrielle Herz der Region. Das Hüttenwerk im Norden der Stadt "
          "erzeugt seit mehr als achtzig Jahren Stahl; eine Direktreduktionsanlage, die Erz mit "
          "Wasserstoff statt mit Koks reduzieren soll, ist im Bau und wird frühestens 2026 Eisen "
          "liefern. Daneben prägen der Lkw- und der Schienenfahrzeugbau die Stadt. Im "
          "benachbarten Peine walzt ein Tochterwerk des Salzgitter-Konzerns Stahlträger für den "
          "Hoch- und Brückenbau."),
    ("p", "Die Göttinger Wirtschaft lebt von der Mess-, Labor- und Optiktechnik: Zwei börsennotierte "
          "Unternehmen und zahlreiche kleinere Firmen bauen in der Universitätsstadt Waagen, "
          "Bioreaktoren und Mikroskope. Northeim hat sich zum Logistikstandort entwickelt, seit "
          "zwei Handelsketten an der A7 Zentrallager betreiben. Einbeck ist die Stadt des "
          "Saatguts: Ein Pflanzenzüchter mit Sitz in der Stadt verkauft Zuckerrüben- und "
          "Maissorten in siebzig Länder. Das Einbecker Brauhaus braut dort außerdem seit "
          "Jahrhunderten Bockbier."),
    ("p", "Hildesheim ist Standort eines großen Autozulieferers, der dort Steuergeräte und "
          "Fahrerassistenzsysteme entwickelt und fertigt. Das Werk für Autoradios, das die Stadt "
          "jahrzehntelang prägte, ist dagegen seit 2008 geschlossen. In Wolfenbüttel wird seit "
          "1935 ein bekannter Kräuterlikör hergestellt, und Holzminden an der Weser ist Sitz "
          "eines weltweit tätigen Herstellers von Duft- und Aromastoffen. In Duderstadt fertigt "
          "ein Familienunternehmen Prothesen und Rollstühle für Kunden in aller Welt."),
    ("p", "Goslar lebt heute vor allem vom Tourismus; am Stadtrand stellt ein Chemiekonzern "
          "außerdem Metallpulver für die Elektronikindustrie her. Das Erzbergwerk Rammelsberg "
          "wurde 1988 stillgelegt und ist heute Weltkulturerbe. Die Gipsindustrie des Südharzes "
          "und die Forstwirtschaft im Solling sind Themen des ganzen Verbandsgebiets und werden "
          "keiner einzelnen Stadt zugerechnet. An der Technischen Universität Clausthal "
          "entstehen Ausgründungen rund um Batterierecycling; eine Fabrik gibt es dafür noch "
          "nicht."),
    ("pagebreak",),
    ("h", "Häfen und Kanäle"),
    ("p", "Über den Stichkanal Salzgitter, den Stichkanal Hildesheim und den Mittellandkanal ist "
          "die Region an das Wasserstraßennetz angeschlossen. Der Hafen Salzgitter-Beddingen "
          "zählt zu den umschlagstärksten Binnenhäfen Niedersachsens. 2024 wurden dort rund "
          "3,6 Mio. Tonnen umgeschlagen, vor allem Erz, Kohle und Stahlschrott; im Vorjahr waren "
          "es knapp 3,9 Mio. Tonnen. Der Hafen Peine am Mittellandkanal schlug gut 900.000 "
          "Tonnen um. Der Hafen Hildesheim am Ende des Stichkanals kam auf rund 450.000 Tonnen, "
          "bei einer Kapazität von etwa 1 Mio. Tonnen im Jahr. Containerverkehr gibt es in der "
          "Nähe nur im Hafen Braunschweig, der 2024 rund 28.000 TEU abfertigte."),
    ("p", "Seit 2021 arbeiten die Häfen von Hildesheim und Braunschweig in einer "
          "Vermarktungskooperation zusammen. Die Kennzahlen 2024 im Überblick:"),
    ("bullets", [
        "Salzgitter-Beddingen: 3,6 Mio. t (Vorjahr 3,9 Mio. t)",
        "Peine: 0,9 Mio. t",
        "Hildesheim: 0,45 Mio. t (Kapazität rund 1 Mio. t pro Jahr)",
        "Braunschweig: 28.000 TEU",
        "Alle vier Häfen zusammen: rund 5 Mio. t",
    ]),
    ("h", "Städtepartnerschaften"),
    ("p", "Die Städte unseres Verbandsgebiets pflegen zusammen mehr als zwanzig Partnerschaften. "
          "Der Verband unterstützt vor allem den Austausch von Auszubildenden. Einige "
          "Partnerschaften, über die wir im Berichtsjahr gesprochen haben:"),
    ("bullets", [
        "Göttingen und Cheltenham in England, seit 1951 verbunden; das 75-jährige Jubiläum wird "
        "2026 gefeiert.",
        "Göttingen und Thorn (Toruń) in Polen, seit 1978.",
        "Hildesheim und Angoulême, seit 1965; beide Städte bereiten für dieses Jahr das "
        "60-jährige Jubiläum vor.",
        "Goslar und Arcachon an der französischen Atlantikküste, seit 1965.",
        "Salzgitter und Gotha, seit 1988 – eine der ersten deutsch-deutschen "
        "Städtepartnerschaften.",
        "Einbeck und Thiais bei Paris.",
        "Hildesheim und Ismailia am Suezkanal: Freundschaftsvereinbarung seit 2022.",
    ]),
    ("p", "Die Partnerschaft zwischen Salzgitter und Staryj Oskol in Russland ruht seit 2022. "
          "Einbeck und die tschechische Brauereistadt Budweis haben über eine Partnerschaft "
          "gesprochen, eine Vereinbarung gibt es aber bisher nicht."),
    ("h", "Ausblick"),
    ("p", "2025 will der Verband ein gemeinsames Flächenregister für Gewerbegebiete aufbauen und "
          "die Wasserstoffleitung von Salzgitter nach Hildesheim voranbringen. Die "
          "Mitgliederversammlung findet am 18. Juni in Wolfenbüttel statt."),
]


PDFS = {
    "b69-suez-canal-corridor-investor-fact-sheet.pdf": dict(
        blocks=SUEZ, header="Suez Canal Corridor Authority · Investor Relations · Fact Sheet "
                            "2025/1 · March 2025",
        footer="SCCA Fact Sheet 2025/1 · page {n} of 2", lang="en",
        title="Investor Fact Sheet: Ports and Industrial Areas of the Suez Canal Corridor"),
    "b69-regionalverband-leine-innerste-jahresbericht.pdf": dict(
        blocks=LEINE, header="Regionalverband Leine-Innerste e.V. · Jahresbericht 2024",
        footer="Jahresbericht 2024 – Seite {n} von 2", lang="de", title="Jahresbericht 2024"),
}
DOCXS = {
    "b69-north-java-ports-project-appraisal-summary.docx": dict(
        blocks=JAVA, title="Project Appraisal Summary: North Java Coast Ports and Resilience "
                           "Project"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_69.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
