#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 46 in ``samples/dev/``.

    python scripts/build_dev_samples_46.py [--out DIR]

Companion to ``build_dev_samples_6.py`` and the other batch builders, with the
same guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared
with the other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``b46-nordbayern-standortvergleich-wirtschaftsfoerderung.pdf``: regional
  development agency's location comparison (German), two pages, running header,
  footer "Seite N von 2", a drawn table "Standort | Schwerpunktbranchen |
  Hafenumschlag (Mio. t) | Gewerbefläche (€/m²)" whose year is given only in
  the caption; two port tonnages and one town's third sector are given only in
  the table, and one row is a district (Landkreis).
* ``b46-oresund-kattegat-ports-white-paper.pdf``: maritime consultancy's white
  paper summary (English), two pages, running header, footer "Summary | page N
  of 2", key-findings bullets and a drawn table of port volumes with the units
  in the column headers; one row is a port company spanning two cities.
* ``b46-morocco-plant-location-case-study.docx``: business school case-study
  handout (English) with headings, a comparison table with the cities as
  columns, and discussion questions as bullets.

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

NORDBAYERN = [
    ("title", "Standortvergleich Nordbayern: sechs Städte für ein neues Montagewerk"),
    ("subtitle", "Wirtschaftsförderungsagentur Franken Mitte · Standortanalyse für einen Hersteller "
                 "von Laborgeräten · Mai 2024"),
    ("h", "Ausgangslage"),
    ("p", "Unser Auftraggeber, ein Hersteller von Labor- und Diagnosegeräten aus Fürth im Odenwald, "
          "plant ein zweites Werk mit rund 180 Arbeitsplätzen. Gesucht werden 25.000 Quadratmeter "
          "Gewerbefläche, Fachkräfte aus Feinmechanik und Elektronik sowie ein Anschluss an Bahn oder "
          "Binnenschiff. Verglichen haben wir sechs Städte im Norden Bayerns. Der Freistaat insgesamt "
          "ist für Fahrzeugbau, Maschinenbau und Elektroindustrie bekannt; für die Standortwahl zählt "
          "aber, welche Betriebe tatsächlich vor Ort sitzen."),
    ("h", "Nürnberg"),
    ("p", "Nürnberg ist der größte Arbeitsmarkt der Region. Die Nürnberger Wirtschaft stützt sich auf "
          "Energie- und Elektrotechnik, IT-Dienstleistungen und Marktforschung. Hinzu kommt die "
          "traditionsreiche Spielwaren- und Schreibwarenindustrie: Hersteller von Modelleisenbahnen, "
          "Blechspielzeug und Bleistiften produzieren zum Teil seit dem 19. Jahrhundert in der Stadt. "
          "Das Messegelände ist Gastgeber internationaler Fachmessen für Embedded Systems, "
          "Verpackungstechnik und Bio-Lebensmittel."),
    ("p", "Der Hafen Nürnberg am Main-Donau-Kanal ist trimodal. 2023 wurden dort per Schiff und Bahn "
          "rund 3,1 Mio. Tonnen umgeschlagen; damit zählt er zu den größten Binnenhäfen Bayerns. "
          "Containerzüge verbinden ihn täglich mit Hamburg und Bremerhaven. Seit 1997 pflegt die Stadt "
          "eine Partnerschaft mit Shenzhen; eine Delegation aus der südchinesischen Metropole "
          "besichtigte im März die Hafenanlagen."),
    ("h", "Erlangen"),
    ("p", "Erlangen ist der Kern des Medizintechnik-Clusters der Metropolregion. Ein großer "
          "Technologiekonzern entwickelt und baut hier Computer- und Magnetresonanztomographen, und um "
          "ihn herum sind Dutzende kleinerer Firmen der Elektro- und Medizintechnik entstanden. Die "
          "Erlanger Medizintechnik ist für unseren Auftraggeber der wichtigste Standortvorteil, weil "
          "Zulieferer und Fachkräfte schon da sind. Gewerbeflächen sind allerdings knapp und teuer. "
          "Seit 1964 ist Erlangen mit dem bretonischen Rennes verschwistert."),
    ("h", "Fürth"),
    ("p", "Fürth grenzt unmittelbar an Nürnberg; die beiden Stadtzentren liegen nur sieben Kilometer "
          "auseinander. Dort haben sich Versandhandel und Logistik angesiedelt, und ein Hersteller von "
          "Unterhaltungselektronik hat seine Zentrale in der Stadt. Entlang der Südwesttangente sind "
          "noch Flächen verfügbar. Die Kleeblattstadt ist seit 1989 mit dem irischen Limerick "
          "verschwistert."),
    ("h", "Schweinfurt"),
    ("p", "Die Schweinfurter Wälzlagerindustrie ist weltbekannt: Zwei Hersteller von Kugel- und "
          "Rollenlagern beschäftigen zusammen mehr als 10.000 Menschen, und ein Automobilzulieferer "
          "fertigt Stoßdämpfer und Kupplungen. Die Stadt hängt damit stark an der Autokonjunktur. Der "
          "kleine Mainhafen schlägt vor allem Baustoffe und Getreide um. Partnerstädte sind Châteaudun "
          "in Frankreich und Motherwell in Schottland."),
    ("pagebreak",),
    ("h", "Bamberg"),
    ("p", "Bamberg, die Welterbestadt an der Regnitz, bietet mehr Industrie, als viele vermuten. "
          "Größter Arbeitgeber ist ein Werk eines Automobilzulieferers, das Einspritztechnik und "
          "Zündkerzen fertigt; bekannt ist die Stadt außerdem für ihre Brauereien und ihr Rauchbier. "
          "Das Reifenwerk eines französischen Herstellers wurde dagegen 2021 geschlossen, seine Fläche "
          "wird derzeit neu erschlossen und wäre für unseren Auftraggeber interessant."),
    ("h", "Bayreuth"),
    ("p", "Bayreuth kennen die meisten durch die Bayreuther Festspiele. Wirtschaftlich prägen die "
          "Stadt jedoch Kunststoff- und Metallverarbeitung sowie ein Hersteller von "
          "Kompressionsstrümpfen und Bandagen, der in über 90 Länder liefert. Die Universität ist "
          "stark in der Batterie- und Polymerforschung. Über eine Partnerschaft mit Cheb wird seit "
          "Jahren gesprochen, beschlossen ist sie nicht."),
    ("h", "Vergleich auf einen Blick"),
    ("caption", "Tabelle 1: Schwerpunktbranchen, Hafenumschlag 2023 und Preise für Gewerbeflächen"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Hafenumschlag (Mio. t)", "Gewerbefläche (€/m²)"],
        ["Nürnberg", "Elektrotechnik, Spielwaren, IT-Dienste", "3,1", "260"],
        ["Erlangen", "Medizintechnik, Elektrotechnik", "–", "320"],
        ["Fürth", "Logistik, Unterhaltungselektronik, Kältetechnik", "–", "230"],
        ["Schweinfurt", "Wälzlager, Fahrzeugteile", "0,6", "120"],
        ["Bamberg", "Kfz-Zulieferer, Brauereien", "0,4", "150"],
        ["Bayreuth", "Kunststoffverarbeitung, Medizintextilien", "–", "95"],
        ["Landkreis Forchheim", "Medizintechnik, Maschinenbau", "–", "110"],
    ], [34, 72, 34, 30]),
    ("p", "Der Landkreis Forchheim wurde als Referenz aufgenommen, weil dort mehrere Zulieferer der "
          "Erlanger Medizintechnik sitzen; eine kreisfreie Stadt ist er nicht."),
    ("h", "Empfehlung"),
    ("p", "Fachlich passt Erlangen am besten, Bayreuth bietet die günstigsten Flächen. Wir empfehlen, "
          "Erlangen und Bamberg in die engere Wahl zu nehmen: In Bamberg stünde mit dem früheren "
          "Reifenwerk eine große Fläche mit Gleisanschluss bereit, und der Hafen Bamberg liegt nur "
          "drei Kilometer entfernt."),
    ("p", "Projektleitung: Dipl.-Ing. Lena Kulmbach, Standortberatung, Wirtschaftsförderungsagentur "
          "Franken Mitte."),
]

ORESUND = [
    ("title", "Short Sea, Big Changes: The Ports of the Øresund and the Kattegat"),
    ("subtitle", "White paper summary · Skagerrak Maritime Advisory · September 2024"),
    ("h", "Key findings"),
    ("bullets", [
        "Gothenburg remains Scandinavia’s largest port, with about 38 million tonnes and some "
        "800,000 TEU in 2023.",
        "Aarhus is Denmark’s largest container port; its terminal is designed for about 900,000 TEU "
        "a year.",
        "Offshore wind is reshaping Esbjerg, Europe’s largest port for wind-turbine shipments.",
        "Copenhagen Malmö Port runs terminals on both sides of the Øresund as one company; its "
        "figures cannot be split between the two cities.",
    ]),
    ("h", "1. Why this region matters"),
    ("p", "The ports between the Kattegat and the western Baltic serve a market of about ten million "
          "people. The Fehmarn Belt tunnel, due to open at the end of the decade, will shift some "
          "freight from ferries to rail. This summary condenses our 60-page white paper."),
    ("h", "2. Port by port"),
    ("p", "Gothenburg (Göteborg) handles close to a third of Sweden’s container trade. In 2023 the "
          "port moved about 38 million tonnes, including some 800,000 TEU. The city’s economy is built "
          "around vehicles: a carmaker and a maker of trucks and buses are its largest employers, and "
          "a manufacturer of ball bearings has had its headquarters there since 1907. A battery "
          "gigafactory planned on the outskirts was cancelled in 2024."),
    ("p", "Aarhus, Denmark’s second city, handled around 500,000 TEU in 2023. A wind-turbine maker "
          "has its headquarters in the city, and food processing, led by a dairy cooperative and "
          "several meat processors, is the second pillar. Grain and feed dominate the bulk quays. "
          "Aarhus and Gothenburg have been twin cities since 1946."),
    ("p", "Copenhagen Malmö Port handled about 14 million tonnes in 2023, mostly cars, oil products "
          "and ro-ro units. Copenhagen is home to the headquarters of one of the world’s largest "
          "container lines and of several pharmaceutical companies. Across the bridge, Malmö has "
          "turned from a shipyard town into a city of software, game studios and life sciences; the "
          "great crane of the former yard was sold abroad in 2002. On match days of Malmö FF, "
          "hauliers are advised to avoid the stadium area."),
    ("p", "Helsingborg, at the narrowest point of the sound, is Sweden’s second-largest container "
          "port, with about 230,000 TEU in 2023. Several consumer-goods companies run their Nordic "
          "distribution centres there, and the town lives largely from logistics and wholesale trade. "
          "Ferries to Helsingør leave every twenty minutes; the two towns facing each other across "
          "the water are also twin towns."),
    ("p", "Esbjerg grew up as a fishing and export harbour in the 1870s. Today the town still lives "
          "from North Sea oil and gas, but offshore wind installation and service now employ more "
          "people. The port handled roughly 4.5 million tonnes in 2023. In 2021 the ports of Esbjerg "
          "and Ostend signed a memorandum of understanding on offshore wind logistics and shore "
          "power."),
    ("h", "3. Volumes at a glance"),
    ("caption", "Table 1: Port volumes 2023"),
    ("table", [
        ["Port", "Throughput (million t)", "Containers (TEU)", "Main cargo"],
        ["Gothenburg", "38.0", "800,000", "containers, oil, cars"],
        ["Aarhus", "10.5", "500,000", "containers, grain, feed"],
        ["Copenhagen Malmö Port", "14.0", "150,000", "cars, oil products"],
        ["Helsingborg", "7.5", "230,000", "containers, ro-ro"],
        ["Esbjerg", "4.5", "–", "wind components, ro-ro"],
    ], [48, 38, 34, 50]),
    ("h", "4. Cooperation and competition"),
    ("p", "Ports in the region cooperate more than they compete. Beyond the Esbjerg–Ostend "
          "memorandum, Aarhus and Gothenburg take part, with a dozen other ports, in an EU project on "
          "green methanol bunkering. A proposed sister-port agreement between Helsingborg and Gdynia "
          "was shelved in 2023. The overnight ferries from Gothenburg to Kiel and the fast crossings to "
          "Frederikshavn remain the backbone of the region’s ro-ro trade."),
    ("p", "National strengths matter for cargo flows but tell investors little about individual "
          "ports: Denmark’s wind industry and Sweden’s forest industry ship through many harbours."),
    ("h", "5. Outlook"),
    ("p", "We expect container volumes in the region to grow by two to three percent a year until "
          "2030. The strongest growth will come from offshore wind, where Esbjerg’s lead is secure for "
          "the rest of the decade, and from short-sea services that replace road transport."),
    ("p", "Authors: Karin Lund and Erik Halmstad, Skagerrak Maritime Advisory."),
]

MOROCCO = [
    ("title", "Case 7: Tangier or Kenitra? Choosing a Plant Location in Morocco"),
    ("subtitle", "Case-study handout · International Operations Management (MBA, module 4) · "
                 "Spring term 2024"),
    ("h", "Background"),
    ("p", "A family-owned maker of wiring harnesses from Saxony wants to build its first plant in "
          "North Africa, close to two car plants that already buy its products. The board has "
          "shortlisted Tangier and Kenitra. Casablanca and Agadir were considered and rejected, and "
          "Sfax in Tunisia is the fallback option. Read the case before the session and prepare the "
          "questions at the end."),
    ("h", "Morocco’s automotive boom"),
    ("p", "Within fifteen years Morocco has become Africa’s largest car producer. A Renault plant at "
          "Tangier assembles low-cost cars for Europe, and Stellantis builds small city cars and "
          "electric quadricycles in Kenitra. Phosphates still dominate the country’s exports by "
          "value, and the kingdom’s textile sector employs more people than car making; neither "
          "matters much for this decision."),
    ("h", "Tangier"),
    ("p", "Tangier looks north across the Strait of Gibraltar. The city has long lived from textiles "
          "and clothing: hundreds of workshops sew garments for Spanish fashion retailers. Around the "
          "car plant, suppliers of seats, wiring and plastic parts have filled several free zones. "
          "Tanger Med, 40 kilometres east of the city centre, is Africa’s largest container port. It "
          "handled about 8.6 million TEU in 2023 and is designed for around 9 million TEU a year."),
    ("p", "In 2016 the port authorities of Tanger Med and Algeciras, on the other side of the strait, "
          "signed a cooperation agreement on training and port digitalisation, even though the two "
          "ports compete for transhipment cargo. Ferries to Algeciras and Tarifa leave every hour."),
    ("h", "Kenitra"),
    ("p", "Kenitra, on the Sebou river 40 kilometres north of Rabat, was a quiet garrison town until "
          "the car plant opened in 2019. Since then, makers of wiring harnesses, seat covers and "
          "aluminium parts have moved into the Atlantic Free Zone. Kenitra also processes produce from "
          "the surrounding Gharb plain: a sugar refinery and several fruit packers are among its "
          "larger employers. A new Atlantic port is planned for the end of the decade. The city has "
          "held talks with Vigo, home of another Stellantis plant, about a twinning, but no agreement "
          "has been signed."),
    ("h", "Casablanca and Agadir (rejected)"),
    ("p", "Casablanca is the country’s business capital. Banks and insurers have their head offices "
          "there, many of them in the Casablanca Finance City district, and makers of aircraft wiring "
          "and structures work in a free zone next to the airport. The Port of Casablanca handled about "
          "1.3 million TEU in 2023. Land is expensive and traffic heavy. Casablanca has been Bordeaux’s "
          "sister city since 1988."),
    ("p", "Agadir, 460 kilometres further south, lives from fishing, fish canning and tourism; its "
          "harbour is Morocco’s largest fishing port. The city is twinned with Nantes. For a wiring "
          "plant it is simply too far from the customers."),
    ("h", "The Tunisian fallback"),
    ("p", "Sfax, Tunisia’s second city, was added by the CFO. The local economy rests on olive-oil "
          "milling and on chemicals made from phosphate rock. In Tunis, more than a dozen suppliers "
          "already make wiring harnesses for Europe’s carmakers, so skilled labour would be easier to "
          "find there than in Sfax."),
    ("caption", "Table 1: Shortlist data (company research, 2024)"),
    ("table", [
        ["Criterion", "Tangier", "Kenitra", "Sfax"],
        ["Lead sectors", "cars, garments, auto parts", "cars, auto parts, sugar",
         "olive oil, chemicals, software"],
        ["Nearest container port", "Tanger Med (60 min)", "Casablanca (2 h)", "Sfax (15 min)"],
        ["Wage index (Tangier = 100)", "100", "92", "78"],
        ["Land price (€/m²)", "45", "30", "20"],
    ]),
    ("h", "Questions for discussion"),
    ("bullets", [
        "Which location minimises the total landed cost of a harness delivered to each customer?",
        "How much weight should the firm give to the two car plants as anchor customers?",
        "What are the risks of depending on a single transhipment port?",
        "Under which conditions would you recommend Sfax instead?",
    ]),
    ("p", "Prepared by Prof. Youssef Safi for class discussion only. The company is fictitious; "
          "figures are rounded."),
]


PDFS = {
    "b46-nordbayern-standortvergleich-wirtschaftsfoerderung.pdf": dict(
        blocks=NORDBAYERN,
        header="Wirtschaftsförderungsagentur Franken Mitte · Standortvergleich Nordbayern · Mai 2024",
        footer="Seite {n} von 2", lang="de",
        title="Standortvergleich Nordbayern: sechs Städte für ein neues Montagewerk"),
    "b46-oresund-kattegat-ports-white-paper.pdf": dict(
        blocks=ORESUND,
        header="Skagerrak Maritime Advisory · White Paper Summary · Øresund and Kattegat Ports 2024",
        footer="Summary | page {n} of 2", lang="en",
        title="Short Sea, Big Changes: The Ports of the Øresund and the Kattegat"),
}
DOCXS = {
    "b46-morocco-plant-location-case-study.docx": dict(
        blocks=MOROCCO, title="Case 7: Tangier or Kenitra? Choosing a Plant Location in Morocco"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_46.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
