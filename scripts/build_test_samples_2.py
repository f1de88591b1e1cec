#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the second held-out test batch in ``samples/test/``.

    python scripts/build_test_samples_2.py [--out DIR]

Companion to ``build_test_samples.py``: the second batch of the held-out test split, written
without looking at the pipeline, its flows or its tests. It is used only to report how well
the pipeline generalises and must not be used for tuning. See "Held-out test batch 2" in
``scripts/SAMPLES.md``.

The texts are embedded below, one block list per document. The output is deterministic: the
same script produces byte-identical files on every run (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed at the test split's timestamp). The gold
annotations (``NAME.gold.json``) and the TXT and HTML documents of the batch are written by
hand; this script does not touch them, nor the files of the first test batch.

Layouts in this batch:

* ``peru-country-brief.docx``: trade-promotion country brief with headings, bullets, a caption
  and a gateway table that repeats figures from the prose.
* ``oberelbe-binnenhaefen-geschaeftsbericht.docx``: excerpt from an inland-port group's annual
  report (Lagebericht), with a caption and a table of throughput by site whose unit
  ("in 1.000 t") is given only in the caption, and a group total row.
* ``nordic-logistics-jobs-report.pdf``: two pages, running header, footer "p. N / 2", a
  recruitment agency's job-market report with bullet lists and no table.
* ``mainfranken-ihk-standortvergleich.pdf``: two pages, running header, footer "Seite N/2", a
  drawn comparison table with the three cities as columns (port throughput in one row, unit
  only in the row label).

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import (  # noqa: E402
    REPO,
    TEST_STYLES,
    TEST_TIME,
    build_docx,
    build_flow_pdf,
    ruled_table,
    write_samples,
)

DEFAULT_OUT = REPO / "samples" / "test"

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The first row of a table is its header row; the column widths are used by the PDF builder only.

PERU = [
    ("title", "Country brief: Peru"),
    ("subtitle", "Export Bridge trade-promotion series for UK exporters · March 2024 · "
                 "Prepared by Thomas Lincoln, Andean markets desk"),
    ("h", "At a glance"),
    ("p", "Peru is the world's second-largest copper producer and one of the fastest-growing "
          "exporters of blueberries, avocados and table grapes. For UK suppliers, the interesting "
          "market is less the mines and farms themselves than the cities that serve them. Lima and "
          "its port city Callao alone account for about a third of the population and most of the "
          "country's purchasing power."),
    ("bullets", [
        "Population: about 34 million",
        "Main exports: copper, gold, zinc, fishmeal, fresh fruit",
        "Free-trade agreement with the United Kingdom in force since 2021",
    ]),
    ("h", "Ports and airports"),
    ("p", "Callao is Peru's largest port and one of the busiest container ports in Latin America. "
          "Its two container terminals handled about 2.6 million TEU in 2023. Lima's Jorge Chávez "
          "International Airport, which in fact lies within the city of Callao, handled roughly "
          "310,000 tonnes of air cargo in the same year, most of it asparagus, berries and fresh "
          "fish bound for North America and Europe."),
    ("p", "About 80 km further north, the new deep-water port of Chancay is due to open at the end "
          "of 2024. Its first phase is designed for 1 million TEU a year, and a direct container "
          "service from Chancay to Shanghai is already being marketed to shippers."),
    ("p", "In the north, Paita is Peru's second-largest container port, with some 330,000 TEU last "
          "year; it ships most of the mangoes and grapes grown in the Piura region. In the south, "
          "copper concentrate leaves the country through the terminal at Matarani, near Mollendo."),
    ("caption", "Table 1: Main gateways for UK exporters, 2023"),
    ("table", [
        ["Gateway", "Type", "Volume 2023", "Note"],
        ["Callao", "Sea port", "2.6 million TEU", "Peru's largest port"],
        ["Paita", "Sea port", "330,000 TEU", "second container port"],
        ["Chancay", "Sea port", "opens late 2024", "1 million TEU per year (phase 1)"],
        ["Lima (Jorge Chávez)", "Airport", "310,000 t", "located in Callao"],
    ], [38, 25, 35, 70]),
    ("h", "Where the industries are"),
    ("p", "Lima dominates the service economy, with financial services and retail, and its "
          "industrial districts are home to most of the country's textile and garment makers. "
          "Besides the port, Callao has fishmeal plants and ship-repair yards."),
    ("p", "Arequipa, the second city, is the centre of Peru's alpaca-fibre textile industry and "
          "home to a large dairy group and a cement works. The Cerro Verde copper mine lies outside "
          "the city in the wider Arequipa region, and its purchasing is handled from Lima."),
    ("p", "Trujillo, on the northern coast, is known for its footwear workshops; the asparagus and "
          "blueberry farms of the La Libertad region lie in the valleys around it. Chimbote built "
          "its wealth on fishmeal and still has the country's only integrated steelworks. Ica "
          "lives from grape growing and pisco distilling, and Talara, on the far-northern coast, "
          "is Peru's refining town, with a newly modernised oil refinery."),
    ("p", "Expoalimentaria, the food trade fair held in Lima every September, is the best place to "
          "meet buyers. This year's themes are superfoods, coffee, cocoa and plant-based proteins."),
    ("h", "Partnerships and links"),
    ("p", "Arequipa and Charlotte, North Carolina, have been sister cities since 1962. Trujillo was "
          "named after the birthplace of the conquistador Francisco Pizarro and has been twinned "
          "with its Spanish namesake, Trujillo in Extremadura, since 1986. The Port of Callao "
          "signed a sister-port agreement with the Mexican port of Manzanillo in 2017, covering "
          "training and port-community systems."),
    ("p", "The direct service between Chancay and Shanghai is a shipping route, not an agreement "
          "between the two cities."),
    ("h", "Contacts"),
    ("p", "Thomas Lincoln, Andean markets desk, and our in-market adviser in Lima will be glad to "
          "arrange meetings with buyers and distributors."),
]

OBERELBE = [
    ("title", "Geschäftsbericht 2023"),
    ("subtitle", "Hafengruppe Oberelbe GmbH · Auszug aus dem Lagebericht"),
    ("h", "1. Geschäftsverlauf"),
    ("p", "Das Geschäftsjahr 2023 war für die Hafengruppe Oberelbe von langen Niedrigwasserphasen "
          "geprägt. An 96 Tagen war die Elbe nur eingeschränkt schiffbar, so dass ein Teil der "
          "Mengen auf die Schiene verlagert werden musste. Insgesamt schlugen die Häfen der Gruppe "
          "2,1 Mio. Tonnen um, rund 8 Prozent weniger als im Vorjahr."),
    ("p", "Davon entfielen 0,9 Mio. Tonnen auf Riesa, das damit der umschlagstärkste Binnenhafen "
          "Sachsens bleibt. Der trimodale Containerterminal in Riesa fertigte rund 36.000 TEU ab "
          "(Vorjahr: 41.000 TEU). Nach der Erweiterung der Abstellflächen ist die Anlage auf "
          "60.000 TEU jährlich ausgelegt."),
    ("h", "2. Umschlag nach Standorten"),
    ("caption", "Tabelle 2: Gesamtumschlag nach Standorten 2023 (in 1.000 t)"),
    ("table", [
        ["Standort", "Umschlag 2023", "Veränderung zum Vorjahr"],
        ["Riesa", "900", "–11 %"],
        ["Dresden", "470", "–10 %"],
        ["Torgau", "160", "–16 %"],
        ["Děčín (Tetschen)", "280", "–12 %"],
        ["Lovosice (Lobositz)", "290", "+12 %"],
        ["Gruppe gesamt", "2.100", "–8 %"],
    ], [55, 35, 50]),
    ("p", "Als einziger Standort legte Lobositz zu, weil das dortige Düngemittelwerk nach einer "
          "Revision wieder voll produzierte. In Tetschen ging der Umschlag um 12 Prozent zurück."),
    ("h", "3. Kunden und Branchen im Hinterland"),
    ("p", "In Riesa stützt sich der Umschlag vor allem auf das Elektrostahlwerk, das Schrott "
          "anliefert und Betonstahl versendet. Daneben ist die Stadt ein Standort der "
          "Lebensmittelindustrie, unter anderem mit einem traditionsreichen Nudelhersteller. Im "
          "benachbarten Nünchritz produziert ein Chemiewerk Silikone und Polysilizium; Torgau ist "
          "ein Standort der Flachglasindustrie."),
    ("p", "Dresden ist ein Zentrum des Maschinen- und Anlagenbaus und der Halbleiterindustrie; von "
          "dort kommen viele unserer Schwergutsendungen. In Radebeul stellt ein Arzneimittelwerk "
          "Tabletten für den Weltmarkt her. Ein Logistikunternehmen aus Coswig bei Dresden hat 2023 "
          "eine zusätzliche Lagerhalle im Hafen Dresden angemietet. Auch Spezialtransporte für die "
          "Staatliche Porzellan-Manufaktur Meissen wickeln wir ab."),
    ("p", "Getreide, Düngemittel, Schrott und Stahlerzeugnisse bleiben die wichtigsten Gütergruppen. "
          "Braunkohle aus der Lausitz wird seit 2019 nicht mehr über unsere Häfen verladen."),
    ("h", "4. Kooperationen und regionales Engagement"),
    ("p", "Der Hafen Dresden und der Hafen Hamburg arbeiten seit 2019 auf Grundlage einer "
          "Kooperationsvereinbarung zusammen, die gemeinsame Vertriebsaktivitäten in Tschechien "
          "und eine abgestimmte Zugplanung vorsieht. Zweimal wöchentlich verkehrt zudem ein "
          "Containerzug zwischen Riesa und Hamburg."),
    ("p", "Die 2014 geschlossene Kooperation des Hafens Riesa mit dem Hafen Mělník wurde zum "
          "Jahresende 2023 beendet, weil sich die Verkehre nicht wie erwartet entwickelt haben."),
    ("p", "Anlässlich des 30-jährigen Bestehens der Städtepartnerschaft zwischen Riesa und Sieradz "
          "hat die Hafengruppe im Herbst 2023 einen Schüleraustausch mit einer Exkursion in den "
          "Hafen unterstützt."),
    ("h", "5. Ausblick"),
    ("p", "Für 2024 erwartet die Geschäftsführung bei normalen Wasserständen einen Umschlag auf dem "
          "Niveau von 2022. Ansprechpartner für Rückfragen zum Lagebericht ist Prokurist Jens "
          "Strehla."),
]

NORDIC_JOBS = [
    ("title", "Logistics Job Market Report: Southern Scandinavia"),
    ("subtitle", "Warehouse, port and transport roles in Skåne, Halland, Småland, Östergötland and "
                 "southern Jutland · Nordlys Talent · published 15 April 2024"),
    ("h", "Summary"),
    ("p", "Advertised vacancies for warehouse operatives in our region fell by 8 percent in the first "
          "quarter compared with a year earlier, but demand for forklift and reach-truck drivers, "
          "customs brokers and maintenance technicians remains strong. Ports are recruiting "
          "operators for straddle carriers from Kalmar and for the new automated cranes, and "
          "wages for certified crane operators rose by about 5 percent."),
    ("h", "Øresund: Malmö and Helsingborg"),
    ("p", "Malmö's labour market has moved a long way from shipbuilding, which ended there decades "
          "ago. Today the city's growth sectors are life sciences, game development and e-commerce "
          "logistics, and thousands of workers commute daily from Copenhagen across the bridge. "
          "Copenhagen Malmö Port, the joint port company of the two cities, handled some 14 million "
          "tonnes in 2023."),
    ("p", "Helsingborg is Sweden's second-largest container port and handled about 240,000 TEU last "
          "year. The city hosts the Nordic headquarters of several consumer-goods brands and a "
          "large cluster of wholesale distribution centres. “Terminal staff are the hardest to "
          "find,” says Erik Ystad, our branch manager in Malmö."),
    ("p", "The ferries between Helsingborg and Helsingør – Hamlet's Elsinore – leave every twenty "
          "minutes, and the two towns, formally twinned since 1968, run a joint job fair every "
          "autumn."),
    ("h", "Halland and Småland"),
    ("p", "Falkenberg, on the Halland coast, is best known for its brewery, which remains the largest "
          "employer in the town. Many of its drivers commute from Halmstad."),
    ("p", "Jönköping has topped the Swedish ranking of logistics locations for several years, and "
          "warehousing is now the city's largest private-sector employer. Nässjö, a railway junction "
          "town, builds prefabricated timber houses. The glassworks and furniture makers of Småland "
          "are scattered across the countryside and recruit mostly locally."),
    ("pagebreak",),
    ("h", "Norrköping"),
    ("p", "The port of Norrköping handled around 110,000 TEU in 2023. The city's textile mills closed "
          "in the 1970s; today its biggest industrial employer is a paper mill, and e-commerce "
          "warehouses line the E4 motorway on the edge of town."),
    ("h", "Southern Jutland"),
    ("p", "Esbjerg is Denmark's leading port for offshore wind and the base for most installation "
          "vessels working in the North Sea. Port Esbjerg handled around 4.6 million tonnes in "
          "2023. The town's economy has moved from fishing and oil to offshore-wind services, and "
          "vacancies for technicians and crane operators there have doubled since 2021."),
    ("p", "In 2022 Port Esbjerg and the Port of Ostend signed a cooperation agreement on "
          "offshore-wind logistics, which has already led to exchanges of crane operators."),
    ("p", "Fredericia's harbour is Denmark's largest oil port, and the town's refinery is one of its "
          "biggest employers. Billund, home of the world's best-known toy-brick maker, is a "
          "company town for the toy industry; Billund Airport handled some 60,000 tonnes of cargo "
          "in 2023 and is Denmark's second-largest cargo airport. Along the E20, the motorway "
          "junction at Kolding has become a favourite location for new warehouses, and in Brande a "
          "wind-turbine maker has its headquarters."),
    ("h", "Where the jobs are"),
    ("bullets", [
        "Warehouse operatives: Jönköping, Norrköping, Helsingborg",
        "Crane and straddle-carrier operators: Helsingborg, Esbjerg",
        "Customs brokers: Malmö, Helsingborg",
        "Wind-turbine technicians: Esbjerg, Brande",
    ]),
    ("p", "Vacancy figures are based on our own job-board data and public employment-service "
          "statistics. Port volumes are rounded."),
]

MAINFRANKEN = [
    ("title", "Standortvergleich 2024: Würzburg, Schweinfurt und Aschaffenburg"),
    ("subtitle", "Eine Auswertung der Industrie- und Handelskammern am bayerischen Main · Stand "
                 "Februar 2024"),
    ("h", "Drei Städte, drei Profile"),
    ("p", "Die drei größten Städte am bayerischen Main liegen kaum 90 Kilometer auseinander, "
          "unterscheiden sich aber deutlich in ihrer Wirtschaftsstruktur. Der folgende Vergleich "
          "stellt die wichtigsten Kennzahlen nebeneinander und beschreibt die prägenden Branchen. "
          "„Wer hier investiert, findet auf engem Raum sehr unterschiedliche Standorte“, sagt "
          "Prof. Dr. Anna Gemünden, die an der Universität Würzburg zur Regionalökonomie forscht."),
    ("caption", "Tabelle 1: Ausgewählte Kennzahlen 2023"),
    ("table", [
        ["Kennzahl", "Würzburg", "Schweinfurt", "Aschaffenburg"],
        ["Einwohner (Tsd.)", "128", "54", "71"],
        ["Beschäftigte am Arbeitsort (Tsd.)", "95", "52", "48"],
        ["Gewerbesteuer-Hebesatz (%)", "450", "370", "390"],
        ["Hafenumschlag (Tsd. t)", "480", "240", "620"],
        ["Leitbranche", "Druckmaschinen", "Wälzlager", "Intralogistik"],
    ], [62, 34, 34, 36]),
    ("h", "Würzburg"),
    ("p", "Würzburg ist Sitz der Regierung von Unterfranken. Größter industrieller "
          "Arbeitgeber ist ein Hersteller von Druckmaschinen, der hier seit mehr als 200 Jahren "
          "produziert. Stark vertreten sind außerdem die Gesundheitswirtschaft rund um das "
          "Universitätsklinikum und der Weinbau: Die Stadt besitzt einige der bekanntesten Lagen "
          "Frankens. Der Hafen Würzburg schlug 2023 rund 480.000 Tonnen um, nach 530.000 Tonnen im "
          "Vorjahr."),
    ("h", "Schweinfurt"),
    ("p", "Schweinfurt trägt nicht ohne Grund den Beinamen Kugellagerstadt: Die Wälzlagerindustrie "
          "sowie die Antriebs- und Fahrwerkstechnik stellen zusammen fast die Hälfte der "
          "industriellen Arbeitsplätze. Die Abhängigkeit von der Automobilkonjunktur ist "
          "entsprechend hoch."),
    ("h", "Aschaffenburg"),
    ("p", "Am Bayerischen Untermain ist Aschaffenburg das Oberzentrum. Die einst prägende "
          "Bekleidungsindustrie ist weitgehend verschwunden; heute dominieren die Intralogistik – "
          "ein großer Hersteller von Gabelstaplern hat hier seinen Sitz – und die "
          "Logistikdienstleister. Der bayernhafen Aschaffenburg zählt zu den größten Binnenhäfen "
          "Bayerns; sein Containerterminal ist auf 50.000 TEU pro Jahr ausgelegt. Containerschiffe "
          "pendeln von dort regelmäßig nach Rotterdam."),
    ("pagebreak",),
    ("h", "Das Umland"),
    ("p", "Auch außerhalb der drei Oberzentren gibt es starke Industriestandorte. In Lohr am Main "
          "entwickelt und fertigt ein Weltmarktführer Hydraulikkomponenten. Karlstadt ist durch sein "
          "Zementwerk bekannt, Ochsenfurt durch seine Zuckerfabrik. Kitzingen hat die ehemaligen "
          "Kasernen der US-Armee in Flächen für Logistikbetriebe umgewandelt, und Bad Kissingen lebt "
          "vom Kurwesen und vom Gesundheitstourismus."),
    ("p", "Im Spessart hat die Holzverarbeitung Tradition, an den Hängen Mainfrankens prägt der "
          "Weinbau die Landschaft, und die Rhön setzt auf sanften Tourismus."),
    ("p", "Die Mainfranken-Messe in Würzburg stellt in diesem Herbst die Themen Elektromobilität, "
          "Handwerk und Smart Home in den Mittelpunkt."),
    ("h", "Partnerstädte"),
    ("p", "Würzburg ist seit 1964 mit Rochester im Bundesstaat New York verschwistert. Aschaffenburg "
          "pflegt seit 1956 eine Partnerschaft mit Perth in Schottland, und Schweinfurt und "
          "Châteaudun sind seit 1959 Partnerstädte. Eine Hafenkooperation zwischen Aschaffenburg und "
          "Mainz ist im Gespräch, aber noch nicht vereinbart."),
    ("h", "Fazit"),
    ("p", "Für Unternehmen, die Flächen mit Wasser- und Bahnanschluss suchen, ist Aschaffenburg erste "
          "Wahl; Würzburg punktet mit Forschung und Fachkräften, Schweinfurt mit industrieller "
          "Kompetenz."),
]

PDFS = {
    "nordic-logistics-jobs-report.pdf": dict(
        blocks=NORDIC_JOBS, header="Nordlys Talent · Logistics Job Market Report · Spring 2024",
        footer="p. {n} / 2", lang="en-GB", title="Logistics Job Market Report: Southern Scandinavia"),
    "mainfranken-ihk-standortvergleich.pdf": dict(
        blocks=MAINFRANKEN, header="IHK-Standortvergleich Mainfranken und Bayerischer Untermain · 2024",
        footer="Seite {n}/2", lang="de-DE", title="Standortvergleich 2024: Würzburg, Schweinfurt und Aschaffenburg"),
}
DOCXS = {
    "peru-country-brief.docx": dict(blocks=PERU, title="Country brief: Peru"),
    "oberelbe-binnenhaefen-geschaeftsbericht.docx": dict(
        blocks=OBERELBE, title="Hafengruppe Oberelbe – Geschäftsbericht 2023 (Auszug)"),
}

# Same look, author and fixed timestamp as the first test batch, but a drawn table whose
# column widths come from the table block (ruled_table).
build_test_pdf = partial(build_flow_pdf, creator="trex build_test_samples_2.py", author="trex test samples",
                         table=ruled_table,
                         styles=TEST_STYLES)
build_test_docx = partial(build_docx, author="trex test samples", when=TEST_TIME)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_test_pdf, PDFS), (build_test_docx, DOCXS))


if __name__ == "__main__":
    main()
