#!/usr/bin/env python3
"""Build the twenty-third batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_23.py [--out DIR]

Same guarantees as ``build_dev_samples_6.py`` and the later batch scripts: the texts are
embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX core
properties and zip timestamps are fixed), so running it again gives byte-identical files. The
gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. See the section
"Development batch 23" in ``scripts/SAMPLES.md``. The layout helpers (fonts, fixed timestamps,
PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b23-cukurova-logistics-property-report.pdf``: two pages, logistics real-estate market
  report, running header, footer "Page N / 2", a drawn table "Sub-market | Stock (m²) |
  Vacancy | Rent (USD/m²) | Main occupier sectors"; one row is a province, and two cities'
  sectors are given only in the table.
* ``b23-nordskandinavien-branchenausblick.pdf``: two pages, a bank's regional sector outlook
  in German, running header, footer "Seite N von 2", a drawn port table whose year is given
  only in the caption; two ports' tonnages are given only in the table.
* ``b23-minden-wirtschaftsfoerderung-newsletter.docx``: a city economic-development
  newsletter in German with headings, a caption and a table of new investments by type,
  sector and location (one row is a district, two industries are given only in the table).

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

CUKUROVA = [
    ("title", "Industrial & Logistics Market Report: the Mersin–Adana Corridor"),
    ("subtitle", "Levant Gate Property Advisors · Research · Second half of 2024"),
    ("h", "Summary"),
    ("p", "Demand for modern warehouse space along the D400 highway between Mersin and Adana "
          "stayed strong in 2024, even as financing costs in Turkey remained high. Take-up in the "
          "corridor reached about 310,000 square metres, the second-best year on record, and "
          "average vacancy fell to 4.1%. Rents are quoted in US dollars for most new leases. Much of "
          "the new demand came from firms that moved stock out of Hatay province after the "
          "earthquakes of February 2023 and have not gone back."),
    ("h", "The port: Mersin sets the pace"),
    ("p", "Everything in this market starts at the quay. Mersin International Port handled about "
          "2.1 million TEU in 2023 and ranks among the three largest container ports in Turkey. "
          "Since the second phase of its East Med Hub terminal opened, it can handle up to 2.6 "
          "million TEU a year. Citrus fruit, steel coils and new cars dominate the quays, but it is "
          "the container trade that drives warehouse demand."),
    ("p", "Mersin's own economy rests on the port, on third-party logistics and on fruit and "
          "vegetable packing for export. The old refinery on the western edge of the city closed in "
          "the early 2000s and is now a tank farm. Block trains run daily from Mersin to Gaziantep, "
          "whose machine-made carpet weavers and plastics processors have become important tenants "
          "in the corridor."),
    ("p", "Mersin International Port and the Port of Trieste signed a cooperation agreement in 2022 "
          "on intermodal services; the ro-ro line that links the two ports twice a week is run by a "
          "private shipping company. Mersin is also a sister city of Pärnu in Estonia."),
    ("h", "Tarsus and Adana"),
    ("p", "Tarsus, halfway between the two big cities, has the corridor's tightest market. Its "
          "organised industrial zone is almost full: textile mills sit next to makers of automotive "
          "components, and land for new sheds is scarce."),
    ("p", "Adana, the region's largest city, built its wealth on the cotton of the Çukurova plain, "
          "which feeds the city's yarn spinners and weavers to this day. Makers of agricultural "
          "machinery and a wide range of food processors complete the picture. The new Çukurova "
          "International Airport, opened in 2024 between Adana and Mersin, has drawn interest from "
          "express carriers. Adana has been twinned with Debrecen in Hungary since 2012."),
    ("pagebreak",),
    ("h", "İskenderun"),
    ("p", "İskenderun, the Alexandretta of old sea charts, is a steel town. An integrated "
          "steelworks north of the city and a string of steel-pipe makers along the coast road "
          "account for most industrial jobs. The Limak terminal, badly damaged by the 2023 "
          "earthquakes, was back to about 250,000 TEU in 2023. Talks on a sister-port agreement "
          "between İskenderun and Alexandria in Egypt have stalled and no date has been set. "
          "Antakya, the provincial capital, is still rebuilding, and space there is mostly used "
          "for relief goods."),
    ("h", "Market table"),
    ("caption", "Table 1: Grade A logistics stock, vacancy and prime rents by sub-market, "
                "December 2024"),
    ("table", [
        ["Sub-market", "Stock (m²)", "Vacancy", "Rent (USD/m²)", "Main occupier sectors"],
        ["Mersin", "640,000", "3.5%", "5.4", "3PL, fruit packing, free zone"],
        ["Tarsus", "420,000", "2.0%", "4.8", "textiles, auto parts, flat glass"],
        ["Adana", "810,000", "4.6%", "4.5", "textiles, farm machinery, food"],
        ["İskenderun", "300,000", "6.1%", "3.9", "steel, steel pipes"],
        ["Osmaniye prov.", "150,000", "8.0%", "3.2", "groundnuts, cement"],
    ], [32, 26, 21, 33, 58]),
    ("p", "Rents are monthly prime rents for new Grade A space. The Mersin Free Zone, next to the "
          "port, is counted under Mersin; its tenants are mostly traders that store goods duty-free "
          "for re-export."),
    ("h", "Outlook"),
    ("p", "We expect take-up of around 280,000 square metres in 2025. The Istanbul Chamber of "
          "Industry's purchasing managers' index points to weaker export orders in the first half, "
          "and new supply of about 200,000 square metres will push vacancy back up in Adana. Tarsus "
          "and the port zone in Mersin should stay tight."),
    ("p", "Authors: Deniz Ceyhan, Head of Research, and Elif Aksoy, Analyst. This report is for "
          "information only and is not investment advice."),
]

NORDSKANDINAVIEN = [
    ("title", "Branchenausblick Nordskandinavien 2025"),
    ("subtitle", "Erz, Stahl, Häfen und neue Industrien am Polarkreis · Hanseatische Industriebank "
                 "AG · Research Industriekunden · Januar 2025"),
    ("h", "Überblick"),
    ("p", "Der hohe Norden Schwedens und Norwegens ist für unsere Industriekunden wichtiger, als es "
          "die Einwohnerzahlen vermuten lassen. Von hier stammen rund 80 Prozent des in der EU "
          "geförderten Eisenerzes, hier entstehen neue Industrien auf Basis billigen Wasserkraft- "
          "und Windstroms, und über die Häfen am Atlantik und am Bottnischen Meerbusen laufen "
          "Rohstoffe, auf die deutsche Stahlwerke angewiesen sind. Unser Ausblick für 2025 ist "
          "verhalten positiv."),
    ("h", "Bergbau: Kiruna und Gällivare"),
    ("p", "Kiruna ist eine Bergbaustadt im wörtlichen Sinn: Die größte unterirdische Eisenerzgrube "
          "der Welt liegt direkt unter dem alten Zentrum, weshalb die Stadt seit Jahren Stück für "
          "Stück nach Osten verlegt wird. Daneben hat sich Kiruna als Standort der Raumfahrt "
          "etabliert; vom nahen Startplatz fliegen Forschungsraketen, und Satellitenbetreiber "
          "unterhalten dort Bodenstationen. Ein 2023 entdecktes Vorkommen Seltener Erden könnte "
          "frühestens in zehn Jahren abgebaut werden. Auch Gällivare, rund 100 Kilometer südlich, "
          "lebt vom Erzabbau."),
    ("p", "Das Erz verlässt die Region auf der Schiene. Die Erzbahn bringt es von Kiruna über die "
          "Grenze zum eisfreien Hafen Narvik, in die andere Richtung rollen die Züge aus Gällivare "
          "nach Luleå. Bis zu zwanzig Erzzüge fahren täglich."),
    ("h", "Häfen: Narvik und Luleå"),
    ("p", "Narvik schlug 2023 rund 18 Mio. Tonnen um, fast ausschließlich Eisenerz, und ist damit "
          "der größte Erzhafen Norwegens. Die Narviker Wirtschaft stützt sich daneben auf Logistik "
          "und Tourismus."),
    ("p", "Luleå am Bottnischen Meerbusen ist im Winter oft vereist. Der Hafen kam 2023 auf rund "
          "7,5 Mio. Tonnen und ist gemessen an der Tonnage der viertgrößte Hafen Schwedens. Mit dem "
          "Ausbauprojekt Malmporten soll die Kapazität bis 2030 auf 15 Mio. Tonnen im Jahr steigen. "
          "In der Stadt betreibt ein Stahlkonzern sein größtes schwedisches Hüttenwerk, das bis "
          "2028 auf Elektrostahl umgestellt werden soll; zudem unterhält ein US-Internetkonzern "
          "dort eines seiner größten europäischen Rechenzentren."),
    ("p", "Die Häfen von Luleå und Narvik haben 2023 eine Absichtserklärung über eine engere "
          "Zusammenarbeit unterzeichnet, die vor allem die gemeinsame Vermarktung des Erzkorridors "
          "vorsieht. Luleå ist außerdem mit Tromsø und dem finnischen Oulu verschwistert."),
    ("pagebreak",),
    ("h", "Neue Industrien: Boden und Skellefteå"),
    ("p", "In Boden, 35 Kilometer nordwestlich von Luleå, soll ein Werk für wasserstoffbasierten "
          "Stahl entstehen; die Finanzierung der zweiten Ausbaustufe ist jedoch noch nicht "
          "gesichert, und vor 2027 rechnen wir nicht mit nennenswerter Produktion. In Skellefteå "
          "fertigt ein Batteriehersteller Lithium-Ionen-Zellen; nach der Restrukturierung des "
          "Unternehmens läuft die Produktion in reduziertem Umfang weiter."),
    ("h", "Norwegens Norden: Tromsø und Kirkenes"),
    ("p", "Die Tromsøer Wirtschaft stützt sich auf Fischerei und Fischhandel, auf die Meeresforschung "
          "und auf einen boomenden Nordlicht-Tourismus. Die Freundschaft zwischen Tromsø und "
          "Murmansk liegt seit 2022 auf Eis."),
    ("p", "Kirkenes, wenige Kilometer von der russischen Grenze, hat eine Werft für "
          "Schiffsreparaturen, die früher viele russische Trawler wartete und nun neue Kunden sucht. "
          "Die Eisenerzgrube bei Kirkenes ist seit 2015 stillgelegt; eine Wiederaufnahme ist "
          "geplant, aber nicht finanziert."),
    ("h", "Häfen im Überblick"),
    ("caption", "Tabelle 1: Umschlag ausgewählter Häfen in Nordnorwegen und Nordschweden, 2023"),
    ("table", [
        ["Hafen", "Umschlag (Mio. t)", "Hauptgüter", "Eisfrei"],
        ["Narvik", "18,0", "Eisenerz", "ja"],
        ["Luleå", "7,5", "Erz, Stahl, Kohle", "nein"],
        ["Tromsø", "1,3", "Fisch, Stückgut", "ja"],
        ["Kirkenes", "0,4", "Fisch, Versorgung", "ja"],
    ], [30, 40, 60, 25]),
    ("h", "Ausblick und Risiken"),
    ("p", "Für 2025 erwarten wir stabile Erzmengen und leicht steigende Investitionen in die "
          "Stahlumstellung. Risiken sehen wir bei den Strompreisen, beim Fachkräftemangel und bei "
          "der Nachfrage aus China. Unsere Einschätzung zur Erzlogistik deckt sich im Kern mit einer "
          "älteren Studie der Bremer Landesbank."),
    ("p", "Ansprechpartnerin: Karin Harstad, Senior-Analystin Rohstoffe und Metalle."),
]

MINDEN = [
    ("title", "Wirtschaft in Minden – Newsletter 1/2025"),
    ("subtitle", "Wirtschaftsförderung der Stadt Minden · Februar 2025"),
    ("h", "Editorial"),
    ("p", "Liebe Unternehmerinnen und Unternehmer, 2024 war für den Standort ein gutes Jahr: mehr "
          "Ansiedlungen, mehr Umschlag im Hafen und so viele Ausbildungsverträge wie lange nicht. "
          "In dieser Ausgabe blicken wir auf Minden und auf unsere Nachbarn an Weser und "
          "Mittellandkanal."),
    ("h", "Standort Minden"),
    ("p", "Die Mindener Wirtschaft ruht auf drei Säulen: der Elektro- und Verbindungstechnik mit "
          "zwei Weltmarktführern für Klemmen und Steckverbinder, der Papierverarbeitung und der "
          "Logistik. Größter einzelner Arbeitgeber ist das Klinikum; die Gesundheitswirtschaft "
          "beschäftigt in der Stadt inzwischen fast 6.000 Menschen."),
    ("h", "RegioPort Weser"),
    ("p", "Der trimodale Hafen am Nordrand der Stadt hat 2024 rund 52.000 TEU umgeschlagen, gut "
          "15 Prozent mehr als im Vorjahr. Ausgelegt ist er auf 120.000 TEU im Jahr. Die 2019 "
          "geschlossene Hafenkooperation mit Bremen trägt Früchte: Seit Herbst bieten beide Häfen "
          "einen gemeinsamen Tarif für Seehafen-Hinterlandverkehre an. Im März besucht eine "
          "Unternehmerdelegation aus Posen den Hafen."),
    ("h", "Gewerbeflächen und Fachkräfte"),
    ("p", "Im Gewerbegebiet am Hafen sind noch rund acht Hektar frei, weitere zwölf Hektar sollen "
          "bis 2027 erschlossen werden. Wer Fachkräfte sucht, findet bei uns Unterstützung: Gemeinsam "
          "mit der Agentur für Arbeit und den Berufskollegs organisieren wir im Mai wieder die "
          "Ausbildungsbörse in der Kampa-Halle, zu der im vergangenen Jahr mehr als 3.000 "
          "Schülerinnen und Schüler kamen. Neu ist ein Förderprogramm für Werkswohnungen."),
    ("h", "Aus der Nachbarschaft"),
    ("p", "In Porta Westfalica haben ein Versandzentrum für Apothekenbedarf und mehrere "
          "Möbelhersteller ihre Werke. Bad Oeynhausen ist Kurstadt geblieben und lebt von der "
          "Gesundheitswirtschaft mit Herzzentrum und Reha-Kliniken; die Stadt feiert 2025 das "
          "40-jährige Bestehen ihrer Partnerschaft mit Fismes in der Champagne. Löhne ist das "
          "Zentrum der Küchenmöbelindustrie, in Espelkamp sitzen Hersteller von Steckverbindern und "
          "von Spielautomaten, und in Lübbecke wird seit 1842 Bier gebraut."),
    ("p", "Der Kreis Minden-Lübbecke insgesamt ist stark in der Ernährungswirtschaft, die rund "
          "9.000 Menschen beschäftigt; Ostwestfalen-Lippe gilt zudem als Deutschlands "
          "Möbelregion."),
    ("h", "Neuansiedlungen 2024"),
    ("caption", "Tabelle 1: Neuansiedlungen und Erweiterungen im Jahr 2024"),
    ("table", [
        ["Unternehmen", "Branche", "Standort", "Arbeitsplätze"],
        ["Hersteller von Schaltschränken", "Elektrotechnik", "Minden", "120"],
        ["Kunststoffspritzgießer", "Kunststoffverarbeitung", "Petershagen", "45"],
        ["Versandapotheke (Logistikzentrum)", "Pharmahandel", "Porta Westfalica", "200"],
        ["Fertighaushersteller", "Holzbau", "Hille", "60"],
        ["Lebensmittelgroßhändler", "Ernährungswirtschaft", "Kreis Minden-Lübbecke", "80"],
    ]),
    ("h", "International"),
    ("p", "Seit 2023 verbindet Minden eine Städtepartnerschaft mit Tschernihiw im Norden der "
          "Ukraine; im vergangenen Jahr gingen zwei Hilfstransporte mit Generatoren dorthin. "
          "Gespräche über eine Partnerschaft mit dem niederländischen Hoorn laufen, eine "
          "Entscheidung des Rates steht noch aus. Ein Mindener Hersteller von Schaltanlagen eröffnet "
          "im April eine Vertriebsniederlassung in Mailand."),
    ("h", "Termine und Kontakt"),
    ("p", "Unternehmerfrühstück im RegioPort: 13. März, 8 Uhr. Fragen zu Fördermitteln und "
          "Gewerbeflächen beantwortet Ihre Ansprechpartnerin Julia Rahden, Wirtschaftsförderung "
          "Minden."),
]


PDFS = {
    "b23-cukurova-logistics-property-report.pdf": dict(
        blocks=CUKUROVA, header="Levant Gate Property Advisors · Industrial & Logistics Market "
                                "Report · Mersin–Adana Corridor · H2 2024",
        footer="Page {n} / 2", lang="en",
        title="Industrial & Logistics Market Report: the Mersin–Adana Corridor"),
    "b23-nordskandinavien-branchenausblick.pdf": dict(
        blocks=NORDSKANDINAVIEN, header="Hanseatische Industriebank AG · Research · "
                                        "Branchenausblick Nordskandinavien 2025",
        footer="Seite {n} von 2", lang="de", title="Branchenausblick Nordskandinavien 2025"),
}
DOCXS = {
    "b23-minden-wirtschaftsfoerderung-newsletter.docx": dict(
        blocks=MINDEN, title="Wirtschaft in Minden – Newsletter 1/2025"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_23.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
