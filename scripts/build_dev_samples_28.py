#!/usr/bin/env python3
"""Build the 28th batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_28.py [--out DIR]

Companion to ``build_dev_samples_6.py`` and the later batch scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic (reportlab
runs in invariant mode; DOCX core properties and zip timestamps are fixed), so running
it again gives byte-identical files. The gold annotations (``NAME.gold.json``) are
written by hand and kept beside the documents; this script does not touch them, nor
the TXT and HTML reports of the batch. See "Development batch 28" in
``scripts/SAMPLES.md``. The layout helpers live in ``sample_builders.py``.

Layouts in this batch:

* ``b28-liepaja-sez-datasheet.pdf``: special economic zone's investor data sheet, two
  pages, running header, footer "Data sheet 2024 · page N of 2", a drawn table
  "Location | Main sectors | Free land (ha) | To port (km)" in which one town's
  sectors are given only in the table and one row is a region.
* ``b28-donauhaefen-linz-enns-hafenportraet.pdf``: German trade magazine's port
  portrait, two pages, running header, footer "Seite N von 2 · Binnenschifffahrt &
  Logistik", a drawn table of Danube port tonnage and containers with the units in
  the column headers.
* ``b28-olpe-partnerschaftskomitee-jahresbericht.docx``: German twinning committee's
  annual report with headings and a table of partner towns whose economic focus is
  given only in a table column.

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

LIEPAJA = [
    ("title", "Liepāja Special Economic Zone – Investor Data Sheet 2024"),
    ("subtitle", "Liepāja SEZ Authority · Investment Department · edition of March 2024"),
    ("h", "Location"),
    ("p", "Liepāja sits on the south-western coast of Latvia, about 220 km by road from Riga and "
          "roughly 60 km north of the Lithuanian border. Visitors from Germany still sometimes use "
          "the old name Libau, and it turns up on historical bills of lading as well. The zone "
          "covers some 3,500 hectares in and around the city and its ice-free port, and 82 "
          "companies currently operate under its tax regime."),
    ("h", "The port"),
    ("p", "In 2023 the Port of Liepāja handled 6.4 million tonnes of cargo, down from 7.1 million "
          "tonnes a year earlier. That makes it the third-largest port in Latvia, behind the "
          "Freeport of Riga, which handled roughly 20 million tonnes, and Ventspils – Windau in "
          "older German atlases – with about 10 million tonnes. Our quays are designed for 15 "
          "million tonnes a year, so spare capacity is not a constraint. Most of what crosses them "
          "is grain, wood pellets, sawn timber and fertiliser; containers remain a niche trade."),
    ("h", "What the city makes"),
    ("p", "Industry has shaped Liepāja since the nineteenth century. Metalworking is still the "
          "largest industrial employer, even though the old steelworks shut down in 2016: about a "
          "dozen firms in the zone now weld steel structures, trailer frames and parts for farm "
          "machinery. Ship repair and the building of small workboats continue at the former naval "
          "harbour of Karosta, and fish processing survives on the quays of the commercial port."),
    ("p", "Two employers stand out. One is a maker of electronic modules for car headlamps with "
          "some 900 staff; the other produces plastic packaging for dairies across the Baltic "
          "states. The city is also home to a fast-growing woodworking sector that turns local "
          "timber into windows, doors and prefabricated houses."),
    ("p", "Kurzeme, the wider region, is known for forestry, farming and, more and more, onshore "
          "wind. Those are strengths of the region rather than of the city, and we list them only "
          "because they supply raw material and power to zone companies. Ventspils, 120 km up the "
          "coast, runs its own free port zone, where a handful of electronics assemblers and "
          "metalworking shops have settled next to the oil and grain terminals."),
    ("pagebreak",),
    ("h", "Zone areas and catchment"),
    ("caption", "Table 1: Locations in and around the zone – main sectors, free land and distance "
                "to the port (March 2024)"),
    ("table", [
        ["Location", "Main sectors", "Free land (ha)", "To port (km)"],
        ["Liepāja", "metalworking, ship repair, fish processing", "85", "1"],
        ["Grobiņa", "wood pellets, timber-frame houses", "40", "11"],
        ["Aizpute", "food processing, furniture", "25", "48"],
        ["Kurzeme (region)", "forestry, agriculture", "–", "–"],
    ], [34, 76, 32, 28]),
    ("p", "Land in Grobiņa and Aizpute belongs to the zone but lies outside the city; both "
          "municipalities offer the same tax rebates as the port area."),
    ("h", "Incentives"),
    ("bullets", [
        "Corporate income tax relief of up to 80 percent until the end of 2035.",
        "Property tax relief of up to 100 percent on buildings and land in the zone.",
        "Customs warehouses and a free-zone regime for goods processed for re-export.",
    ]),
    ("h", "International links"),
    ("p", "Liepāja has been twinned with Bellevue, Washington, since 1993, and with Klaipėda, "
          "just across the Lithuanian border, since 2000; the two cities run a joint summer "
          "school for engineering students. In 2019 the Port of Liepāja and the Port of Karlshamn "
          "in Sweden signed a cooperation agreement that focuses on cooperation on digital port "
          "logistics and on shore power for ferries."),
    ("p", "The ro-pax ferry to Lübeck sails five times a week; it is a commercial service run by "
          "a shipping line, not a partnership. A memorandum with the Port of Gdańsk has been under "
          "discussion since 2022, but nothing has been signed."),
    ("h", "Contact"),
    ("p", "Investment manager Anna Talsi answers enquiries in Latvian, English, German and Russian "
          "and can arrange site visits at short notice."),
]

DONAU = [
    ("title", "Hafenporträt: Linz und der Ennshafen"),
    ("subtitle", "Serie „Häfen an der Donau“, Teil 7 · Text: Kathrin Freistadt · "
                 "Binnenschifffahrt & Logistik 4/2024"),
    ("h", "Stahl, Chemie und Container"),
    ("p", "Wer von Passau kommend die Donau hinabfährt, erreicht nach gut hundert Flusskilometern "
          "Linz. Die oberösterreichische Landeshauptstadt ist der wichtigste Industriestandort "
          "Österreichs: Das Stahlwerk am östlichen Stadtrand, ein großer Chemiepark und zahlreiche "
          "Maschinenbauer prägen die Wirtschaft. Rund um die Universität sind zudem Software- und "
          "Mechatronikfirmen entstanden, die inzwischen mehr Ingenieure beschäftigen als manches "
          "Traditionsunternehmen."),
    ("p", "Die öffentlichen Häfen betreibt die Linz AG, der städtische Versorger. Zusammen mit dem "
          "Werkshafen des Stahlkonzerns kam Linz 2023 auf rund 3,9 Mio. Tonnen wasserseitigen "
          "Umschlag und bleibt damit der größte Hafen Österreichs. Das Containerterminal im "
          "Handelshafen schlug im selben Jahr etwa 48.000 TEU um; ausgelegt ist es auf 100.000 TEU "
          "pro Jahr. Über die Kaikante gehen vor allem Erz, Kohle, Düngemittel und Stahlcoils."),
    ("p", "Eine Kuriosität am Rande: Ein Basaltwerk in Linz am Rhein schickt regelmäßig "
          "Wasserbausteine per Schiff an die Donau. Die Namensgleichheit der beiden Städte führt in "
          "den Speditionsbüros immer wieder zu fehlgeleiteten Frachtpapieren."),
    ("h", "Ennshafen: ein Hafen, zwei Bundesländer"),
    ("p", "Rund zwanzig Kilometer flussabwärts liegt der Ennshafen, dort, wo die Enns in die Donau "
          "mündet. Betrieben wird er gemeinsam von Ober- und Niederösterreich, die Hafenbecken "
          "liegen auf dem Gebiet der Stadt Enns. 2023 wurden hier 1,3 Mio. Tonnen über das Wasser "
          "umgeschlagen; das Containerterminal, das vor allem Bahn und Lkw bedient, meldete "
          "390.000 TEU."),
    ("p", "Enns gilt als eine der ältesten Städte des Landes. Heute lebt sie vor allem von "
          "Logistik; im Gewerbegebiet hinter dem Hafen haben sich außerdem ein Hersteller von "
          "Brettsperrholz-Elementen und ein Papier- und Kartonverarbeiter angesiedelt."),
    ("pagebreak",),
    ("h", "Die Zahlen im Vergleich"),
    ("caption", "Tabelle 1: Österreichische Donauhäfen im Vergleich, Jahr 2023"),
    ("table", [
        ["Hafen", "Umschlag (Mio. t)", "Container (TEU)"],
        ["Linz", "3,9", "48.000"],
        ["Enns (Ennshafen)", "1,3", "390.000"],
        ["Wien (Freudenau)", "1,0", "430.000"],
        ["Krems an der Donau", "0,9", "–"],
    ], [55, 45, 45]),
    ("h", "Flussabwärts: Krems, Ybbs und St. Pölten"),
    ("p", "Schon in Niederösterreich hat sich der Hafen Krems an der Donau auf Massen- und "
          "Schwergut spezialisiert. Krems selbst ist Schul- und Weinstadt; größter industrieller "
          "Arbeitgeber ist ein Hersteller von Kunstharzen und Leimen für die Holzindustrie. Die "
          "Weingüter der Wachau, die flussaufwärts beginnt, liefern dagegen kaum Fracht für das "
          "Schiff."),
    ("p", "In Ybbs an der Donau steht eines der ältesten Donaukraftwerke Österreichs. Die Stadt "
          "ist außerdem Standort eines Herstellers von Elektromotoren und Generatoren, dessen "
          "Großteile per Schwergutschiff das Werk verlassen. Die Ybbs, der Fluss, der der Stadt den "
          "Namen gab, mündet gleich nebenan in die Donau."),
    ("p", "St. Pölten, die niederösterreichische Landeshauptstadt, liegt etwa dreißig Kilometer "
          "südlich des Stroms und hat keinen eigenen Hafen. Dort prägen ein Hersteller von "
          "Papiermaschinen und die Lebensmittelindustrie das Bild; beide verladen ihre Exporte "
          "über Krems."),
    ("h", "Partner entlang des Stroms"),
    ("p", "Linz pflegt seit 1983 eine Städtepartnerschaft mit Chengdu und ist seit 1975 mit Halle "
          "(Saale) verschwistert. Auf Hafenebene haben Linz und Constanța 2018 ein "
          "Kooperationsabkommen unterzeichnet; es sieht eine Zusammenarbeit in der digitalen "
          "Hafenlogistik und gemeinsame Schulungen vor. Krems unterhält seit 1971 eine "
          "Partnerschaft mit Böblingen."),
    ("p", "Nicht verwechseln sollte man das mit den Linienverkehren: Ein Containershuttle fährt "
          "zweimal wöchentlich von Linz nach Pressburg und weiter ans Schwarze Meer. Eine "
          "Partnerschaft zwischen Enns und dem bayerischen Vilshofen ist zwar im Gespräch, der "
          "Gemeinderat hat aber noch nicht darüber abgestimmt."),
]

OLPE = [
    ("title", "Jahresbericht 2024"),
    ("subtitle", "Partnerschaftskomitee der Kreisstadt Olpe e. V. · vorgelegt zur "
                 "Mitgliederversammlung am 14. März 2025"),
    ("h", "Vorwort"),
    ("p", "Liebe Mitglieder, 2024 war für unser Komitee ein Jahr der Jubiläen und der "
          "Begegnungen. Mehr als 400 Olperinnen und Olper sind im Laufe des Jahres in eine unserer "
          "Partnerstädte gereist oder haben Gäste bei sich aufgenommen. Unser Dank gilt der Stadt "
          "Olpe, den Schulen aus dem ganzen Kreis Olpe und der Sparkasse Olpe-Drolshagen-Wenden, "
          "die die Jugendbegegnungen mit 6.000 Euro unterstützt hat."),
    ("h", "Unsere Partnerstädte"),
    ("p", "Die älteste Verbindung besteht mit Rochefort in den belgischen Ardennen: Seit 1966 "
          "sind Olpe und die wallonische Kleinstadt Partnerstädte. Im Mai besuchte eine Delegation "
          "aus Rochefort das Olper Schützenfest, und beide Städte wollen den Austausch ihrer "
          "Feuerwehren ausbauen. Seit 1996 ist Olpe zudem mit Trzebiatów in Pommern "
          "verschwistert, dem früheren Treptow an der Rega; 2012 kam das englische Brighouse "
          "hinzu. Brighouse und Rochefort wiederum sind seit 1972 miteinander verschwistert."),
    ("p", "Unser Nachbar Attendorn ist übrigens ebenfalls mit einem Rochefort verbunden – mit "
          "der Hafenstadt an der Charente in Frankreich. Das führt bei Paketsendungen regelmäßig "
          "zu Verwechslungen."),
    ("caption", "Tabelle 1: Die Partnerstädte Olpes im Überblick"),
    ("table", [
        ["Partnerstadt", "Land", "Einwohner", "Partner seit", "Wirtschaftsschwerpunkte"],
        ["Rochefort", "Belgien", "12.000", "1966", "Kalksteinbrüche, Brauerei"],
        ["Trzebiatów", "Polen", "10.000", "1996", "Möbelbau, Landmaschinen"],
        ["Brighouse", "England", "33.000", "2012", "Textilien, Süßwaren"],
    ]),
    ("h", "Wirtschaft und Austausch"),
    ("p", "Bei der dritten Partnerschafts-Wirtschaftsbörse im Oktober stellten sich zwölf Olper "
          "Betriebe vor, vom Hersteller von Bremsscheiben bis zur Armaturenfabrik am Biggesee. "
          "Auch die Nachbarstadt Attendorn war vertreten: Dort sitzen mehrere "
          "Automobilzulieferer und ein großer Hersteller von Sanitär- und Heizungstechnik, die "
          "Praktikumsplätze für Jugendliche aus Trzebiatów anboten."),
    ("p", "Thema der Börse war die Zusammenarbeit in erneuerbaren Energien und im Metallhandwerk; "
          "daraus sind zwei Ausbildungspartnerschaften entstanden. Das Sauerland, das sich gern "
          "als Land der tausend Berge vermarktet, lebt bekanntlich stark vom Tourismus und vom "
          "Maschinenbau – davon konnten sich unsere Gäste auf einer Busfahrt über die Dörfer "
          "selbst überzeugen."),
    ("h", "Jugend und Schulen"),
    ("p", "Im Juli fuhren 38 Jugendliche mit dem Bus über Krakau nach Trzebiatów, wo sie eine "
          "Woche lang mit polnischen Gleichaltrigen an der Ostsee zelteten. Die Schulpartnerschaft "
          "zwischen dem Städtischen Gymnasium und einer Schule in Brighouse wurde um weitere fünf "
          "Jahre verlängert."),
    ("h", "Ruhende und geplante Verbindungen"),
    ("p", "Die 2011 begonnene Städtefreundschaft mit dem russischen Sergijew Possad ruht seit "
          "Februar 2022; Kontakte gibt es nur noch auf privater Ebene. Der Rat hat außerdem "
          "Gespräche über eine Partnerschaft mit Ventspils aufgenommen, dem Windau unserer "
          "Großeltern. Ein Beschluss steht allerdings noch aus."),
    ("h", "Ausblick 2025"),
    ("p", "Für 2025 planen wir eine Radtour von Olpe nach Rochefort und eine Ausstellung über "
          "Brighouse im Kreishaus. Anmeldungen nimmt Kassenwart Peter Wenden entgegen."),
]


PDFS = {
    "b28-liepaja-sez-datasheet.pdf": dict(
        blocks=LIEPAJA, header="Liepāja SEZ Authority · Investor Data Sheet 2024",
        footer="Data sheet 2024 · page {n} of 2", lang="en",
        title="Liepāja Special Economic Zone – Investor Data Sheet 2024"),
    "b28-donauhaefen-linz-enns-hafenportraet.pdf": dict(
        blocks=DONAU, header="Binnenschifffahrt & Logistik 4/2024 · Hafenporträt Linz und Enns",
        footer="Seite {n} von 2 · Binnenschifffahrt & Logistik", lang="de",
        title="Hafenporträt: Linz und der Ennshafen"),
}
DOCXS = {
    "b28-olpe-partnerschaftskomitee-jahresbericht.docx": dict(
        blocks=OLPE, title="Partnerschaftskomitee Olpe – Jahresbericht 2024"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_28.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
