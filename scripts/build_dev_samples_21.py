#!/usr/bin/env python3
"""Build the twenty-first batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_21.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the
texts are embedded below, and the output is deterministic (reportlab runs in invariant mode;
DOCX core properties and zip timestamps are fixed), so running it again gives byte-identical
files. The gold annotations (``NAME.gold.json``) are written by hand and kept beside the
documents; this script does not touch them, nor the TXT and HTML reports of the batch. See
the section "Development batch 21" in ``scripts/SAMPLES.md``. The layout helpers (fonts,
fixed timestamps, PDF and DOCX builders) are shared with the other build scripts and live in
``sample_builders.py``.

Layouts in this batch:

* ``b21-ihk-region-ingolstadt-regionalbrief.pdf``: a chamber of commerce's regional brief,
  two pages, running header, footer "Regionalbrief 2024 · Seite N von 2", a drawn table
  "Standort | Schwerpunktbranchen | Beschäftigte (Tsd.)" (one row is a district, one town's
  sectors are given only in the table).
* ``b21-galicia-asturias-port-data-sheet.pdf``: a logistics data sheet, two pages, running
  header, footer "Data Sheet 14 · page N of 2", a drawn port table "Port | Total cargo
  (million t) | Containers (TEU) | Local industries" whose units are given only in the
  header; one town's industries are given only in the table.
* ``b21-msv-brno-messevorschau.docx``: a trade-fair preview article with headings, a caption
  and a table of exhibitor home towns with their industries (one row is a region, one town's
  industries are given only in the table).

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
# The column widths are used by the PDF builder only. A header cell that would not fit its
# column is broken with a newline.

INGOLSTADT = [
    ("title", "Regionalbrief Region Ingolstadt 2024"),
    ("subtitle", "IHK für München und Oberbayern · Regionalausschuss Ingolstadt · "
                 "Stand: September 2024"),
    ("h", "Lage"),
    ("p", "Die Planungsregion mit der kreisfreien Stadt Ingolstadt und den Landkreisen Eichstätt, "
          "Neuburg-Schrobenhausen und Pfaffenhofen an der Ilm gehört seit zwei Jahrzehnten zu den "
          "wachstumsstärksten Räumen Deutschlands. 2024 hat sich das Bild eingetrübt: Der Umbau der "
          "Autoindustrie trifft die Region härter als andere Teile Oberbayerns. Für diesen Brief "
          "haben wir im Juli 420 Mitgliedsunternehmen befragt."),
    ("h", "Ingolstadt"),
    ("p", "Die Ingolstädter Wirtschaft hängt nach wie vor am Automobilbau. Rund um das Stammwerk "
          "eines Premiumherstellers haben sich im Güterverkehrszentrum Dutzende Zulieferer "
          "angesiedelt, die Cockpitmodule, Sitze und Kabelsätze im Takt der Montagebänder liefern. "
          "Zweites Standbein ist die Erdölraffinerie im Osten der Stadt, die über die Transalpine "
          "Pipeline mit Rohöl aus Triest versorgt wird. In den letzten Jahren sind zudem IT- und "
          "Softwaredienstleister für das automatisierte Fahren hinzugekommen, und die Logistik "
          "beschäftigt inzwischen rund 9.000 Menschen."),
    ("p", "Bei der Finanzierung des Umbaus spielt die Sparkasse Ingolstadt Eichstätt eine wichtige "
          "Rolle: Nach ihren Angaben sind die Kreditanfragen für Photovoltaik- und Speicherprojekte "
          "2024 um ein Drittel gestiegen."),
    ("p", "International ist die Stadt gut vernetzt. Ingolstadt unterhält Städtepartnerschaften mit "
          "Kirkcaldy in Schottland (seit 1962) und mit Grasse in Südfrankreich (seit 1963); hinzu "
          "kommt Murska Sobota in Slowenien. Eine Kooperation mit Foshan, die sich auf "
          "Elektromobilität und Batterietechnik konzentrieren sollte, ist über erste Gespräche "
          "nicht hinausgekommen."),
    ("h", "Neuburg an der Donau und Schrobenhausen"),
    ("p", "Neuburg an der Donau ist Standort eines Luftwaffengeschwaders und zugleich ein "
          "Schwerpunkt der Kunststoff- und Metallverarbeitung; ein Hersteller von "
          "Verpackungsfolien ist mit 700 Beschäftigten der größte private Arbeitgeber. Die "
          "Partnerschaft der Stadt mit Sélestat im Elsass gehört zu den ältesten "
          "deutsch-französischen Verbindungen der Region."),
    ("p", "Im benachbarten Schrobenhausen, das überregional vor allem für den Spargel aus dem "
          "Umland bekannt ist, fertigt ein europäischer Rüstungskonzern Lenkflugkörper; die "
          "Verteidigungstechnik ist dort mit Abstand der wichtigste Industriezweig."),
    ("pagebreak",),
    ("h", "Eichstätt und das Altmühltal"),
    ("p", "Eichstätt ist Bischofs- und Universitätsstadt; die Katholische Universität ist mit rund "
          "1.500 Beschäftigten der größte Arbeitgeber. Wirtschaftlich prägen Natursteinbetriebe, "
          "die Jura-Marmor abbauen und verarbeiten, sowie mehrere Druckereien das Bild. Im "
          "Altmühltal lebt man vor allem vom Tourismus; im nahen Solnhofen werden die bekannten "
          "Plattenkalke gebrochen."),
    ("h", "Kelheim und der Donauhafen"),
    ("p", "Der Landkreis Kelheim gehört zum Bezirk der IHK Regensburg für Oberpfalz / Kelheim, ist "
          "aber über die Donau und den Main-Donau-Kanal eng mit unserer Region verflochten. In der "
          "Kreisstadt Kelheim produziert Kelheim Fibres Viskose-Spezialfasern für Hygieneartikel; "
          "daneben gibt es dort Betriebe der Kalk- und Zementindustrie. Der Hopfen der Hallertau, "
          "der im Süden des Landkreises wächst, hat mit der Stadt dagegen wenig zu tun."),
    ("p", "Der Hafen Kelheim schlug 2023 rund 620.000 Tonnen um, vor allem Baustoffe, Düngemittel "
          "und Getreide, und zählt damit zu den größten bayerischen Donauhäfen. Die Kaianlagen "
          "sind auf 1,2 Mio. Tonnen pro Jahr ausgelegt. 2021 haben die Häfen Kelheim und Linz in "
          "Oberösterreich eine Kooperationsvereinbarung unterzeichnet, die eine gemeinsame "
          "Vermarktung und den Austausch von Schiffsdaten vorsieht. Ein Containerzug verbindet "
          "Kelheim zweimal pro Woche mit Bremerhaven."),
    ("h", "Standorte im Überblick"),
    ("caption", "Tabelle 1: Ausgewählte Standorte, Schwerpunktbranchen und Beschäftigte (2023)"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Beschäftigte\n(Tsd.)"],
        ["Ingolstadt", "Automobilbau, Zulieferer, Raffinerie, IT", "105"],
        ["Neuburg an der Donau", "Kunststoff- und Metallverarbeitung", "14"],
        ["Schrobenhausen", "Verteidigungstechnik", "9"],
        ["Pfaffenhofen an der Ilm", "Lebensmittel, Brauereien", "12"],
        ["Eichstätt", "Naturstein, Druck, Hochschule", "8"],
        ["Kelheim", "Chemiefasern, Kalk und Zement", "7"],
        ["Landkreis Eichstätt", "Tourismus, Landwirtschaft", "52"],
    ], [48, 88, 30]),
    ("h", "Konjunktur"),
    ("p", "Nur noch 24 Prozent der befragten Unternehmen bewerten ihre Lage als gut, nach 41 "
          "Prozent vor einem Jahr. Fast die Hälfte der Industriebetriebe plant, 2025 weniger zu "
          "investieren. Ansprechpartner für Rückfragen: Dr. Martin Amberg, Leiter der "
          "IHK-Geschäftsstelle."),
]

GALICIA = [
    ("title", "Port Data Sheet: Galicia and Asturias"),
    ("subtitle", "Atlantic Cargo Intelligence · Logistics data sheet no. 14 · April 2024"),
    ("h", "Scope"),
    ("p", "This sheet covers five state-owned ports on Spain's north-west coast: Vigo, A Coruña "
          "and Ferrol in Galicia, and Gijón and Avilés in Asturias. All figures are for the "
          "calendar year 2023 and rounded. Note for our US readers: Vigo here is the Galician "
          "city, not Vigo County in Indiana."),
    ("caption", "Table 1: Port traffic 2023 and the main industries of each port city"),
    ("table", [
        ["Port", "Total cargo\n(million t)", "Containers\n(TEU)", "Local industries"],
        ["Vigo", "4.6", "258,000", "cars, fish canning, shipbuilding"],
        ["A Coruña", "14.0", "27,000", "oil refining"],
        ["Ferrol", "7.1", "48,000", "naval shipbuilding"],
        ["Gijón", "18.1", "85,000", "steel, software"],
        ["Avilés", "5.0", "–", "aluminium, zinc, steel, glass"],
    ], [26, 30, 28, 86]),
    ("h", "Vigo"),
    ("p", "Vigo, the largest city in Galicia, is also Europe's leading fishing port by landings. "
          "Its commercial port handled 4.6 million tonnes of general cargo and 258,000 TEU in "
          "2023. The city's largest employer is a car plant that builds around half a million vans "
          "and passenger cars a year, and its suppliers fill the industrial estates to the south. "
          "Fish processing and canning and a dozen shipyards that build fishing vessels and "
          "ferries complete the picture."),
    ("p", "A ro-ro service between Vigo and Saint-Nazaire, one of the so-called motorways of the "
          "sea, takes finished vehicles to France. Separately, the Port of Vigo signed a sister-port "
          "agreement with Walvis Bay in 2019, reflecting the long presence of the Galician fleet in "
          "Namibian waters."),
    ("h", "A Coruña and Arteixo"),
    ("p", "A Coruña's 14 million tonnes are dominated by crude oil and oil products for the "
          "refinery on the city's south-western edge. The outer port at Punta Langosteira, which "
          "lies in the neighbouring municipality of Arteixo, is designed for 20 million tonnes a "
          "year and will take over all hazardous bulk once the rail link is finished. Arteixo "
          "itself is known as the headquarters of the world's largest fashion retailer, whose "
          "distribution centres ship clothing to stores on every continent."),
    ("h", "Ferrol"),
    ("p", "Ferrol, which was officially called El Ferrol del Caudillo from 1938 to 1982, is Spain's "
          "naval shipbuilding town: the state-owned yard builds frigates for the Spanish navy and "
          "for export, and it has recently added steel foundations for offshore wind farms. Ferrol "
          "and Brest have talked for years about twinning their naval towns, but no agreement "
          "exists."),
    ("pagebreak",),
    ("h", "Gijón"),
    ("p", "The Port of Gijón, known as El Musel, is Spain's leading dry-bulk port. It handled 18.1 "
          "million tonnes in 2023, most of it coal and iron ore for the steelworks whose blast "
          "furnaces and rolling mills straddle Gijón and Avilés. Beyond steel, Gijón has a science "
          "and technology park with more than 100 software firms, and a ship-repair yard in the old "
          "harbour."),
    ("p", "Gijón is twinned with Niort in western France and with Albuquerque in New Mexico. Its "
          "twinning with Novorossiysk has been suspended since 2022. A ferry between Gijón and "
          "Saint-Nazaire ran from 2010 to 2014 and has not been replaced."),
    ("h", "Avilés"),
    ("p", "Avilés, 25 km to the west, handled 5.0 million tonnes. The town lives from metallurgy: "
          "an aluminium smelter, a zinc refinery at the mouth of the estuary and part of the "
          "flat-steel works described above, plus a flat-glass plant."),
    ("p", "The town shares its name with Pedro Menéndez de Avilés, the sixteenth-century admiral "
          "who founded St. Augustine in Florida. Avilés and St. Augustine have been sister cities "
          "for more than three decades, and a Florida delegation attends the town's Easter "
          "festival most years."),
    ("h", "Method"),
    ("p", "Figures come from the port authorities' annual statistics and have been rounded. "
          "Compiled by Luis Lugo, senior analyst, Atlantic Cargo Intelligence."),
]

BRNO = [
    ("title", "Messevorschau: MSV Brünn 2024"),
    ("subtitle", "Internationale Maschinenbaumesse, 8.–11. Oktober 2024 · Außenhandelsmagazin Ost, "
                 "Ausgabe September 2024"),
    ("h", "Die Messe"),
    ("p", "Vom 8. bis 11. Oktober öffnet die Internationale Maschinenbaumesse MSV zum 65. Mal auf "
          "dem Brünner Messegelände. Der Veranstalter erwartet rund 1.500 Aussteller aus 30 Ländern. "
          "Die Schwerpunktthemen lauten in diesem Jahr Automatisierung, Schweißtechnik, Kunststoffe "
          "und Wasserstoff; Partnerland ist Österreich. Wer die Hannover Messe kennt, wird die MSV "
          "kleiner, aber deutlich persönlicher finden."),
    ("h", "Brünn als Standort"),
    ("p", "Brünn (Brno), die zweitgrößte Stadt Tschechiens, ist weit mehr als ein Messeplatz. Die "
          "Stadt gilt als Welthauptstadt der Elektronenmikroskopie: Ein Drittel aller weltweit "
          "verkauften Elektronenmikroskope wird hier gebaut. Daneben sind dort der Turbinen- und "
          "Kraftwerksbau, die Elektrotechnik und eine rasch wachsende Softwarebranche zu Hause."),
    ("p", "Brünn ist seit 1973 mit Leipzig und seit 1989 mit Stuttgart verschwistert; beide "
          "Partnerstädte sind mit Gemeinschaftsständen vertreten. Für Besucher aus Großbritannien "
          "gibt es wieder eine Direktverbindung von London nach Brünn."),
    ("h", "Ostrava und Zlín"),
    ("p", "Ostrava, früher Mährisch-Ostrau, war lange die Stadt von Kohle und Stahl. Der Bergbau "
          "in der Stadt ist seit den Neunzigerjahren Geschichte, das Hüttenwerk im Süden der Stadt "
          "arbeitet dagegen weiter. Die Ostrauer Wirtschaft setzt heute zusätzlich auf Maschinen- "
          "und Anlagenbau sowie auf IT-Dienstleistungen. Ostrava und Katowice haben eine "
          "Städtepartnerschaft angekündigt; unterzeichnet ist sie bislang nicht."),
    ("p", "Zlín, die Stadt, die der Unternehmer Tomáš Baťa mit seiner Schuhfabrik groß gemacht hat, "
          "trug von 1949 bis 1989 den Namen Gottwaldov. Schuhe werden dort kaum noch hergestellt; "
          "heute prägen Kunststoff- und Gummiverarbeitung sowie Zulieferer der Luftfahrtindustrie "
          "die Stadt. Im benachbarten Otrokovice steht ein großes Reifenwerk. Zlín und Altenburg in "
          "Thüringen sind Partnerstädte."),
    ("h", "Pilsen und Jungbunzlau"),
    ("p", "In Pilsen (Plzeň), wo das Pilsner Urquell gebraut wird, hat die Industrie eine lange "
          "Tradition: Heute entstehen dort Elektrobusse, Oberleitungsbusse und Komponenten für "
          "den Schwermaschinenbau. Pilsen und Regensburg sind seit 1993 Partnerstädte, und "
          "Regensburger Firmen stellen traditionell am Gemeinschaftsstand Ostbayern aus."),
    ("p", "Mladá Boleslav, auf Deutsch Jungbunzlau, ist die Stadt von Škoda Auto. Im Stammwerk "
          "laufen täglich rund 1.000 Fahrzeuge vom Band, und um die Stadt haben sich Zulieferer für "
          "Sitze, Elektronik und Abgastechnik angesiedelt. Die Stadt pflegt Partnerschaften mit "
          "Dieburg in Hessen, Vantaa in Finnland und Pezinok in der Slowakei."),
    ("h", "Aussteller nach Herkunft"),
    ("caption", "Tabelle 1: Tschechische Aussteller nach Herkunftsort und Industrieschwerpunkt "
                "des Ortes (Anmeldestand August 2024)"),
    ("table", [
        ["Herkunftsort", "Industrieschwerpunkte", "Aussteller"],
        ["Brno", "Elektronenmikroskope, Turbinen, Software", "210"],
        ["Ostrava", "Stahl, Anlagenbau", "95"],
        ["Zlín", "Kunststoffe, Gummi", "60"],
        ["Plzeň", "Elektrobusse, Schwermaschinenbau, Bier", "70"],
        ["Mladá Boleslav", "Automobilbau", "40"],
        ["Liberec", "Textilmaschinen, Autozulieferer", "35"],
        ["Jihomoravský kraj (ohne Brno)", "Landmaschinen, Weinbau", "80"],
    ]),
    ("h", "Praktische Hinweise"),
    ("p", "Die Anreise gelingt am einfachsten mit dem Zug über Prag oder Wien; das Messegelände "
          "liegt zehn Minuten mit der Straßenbahn vom Hauptbahnhof entfernt. Hotels sind während "
          "der Messe knapp, frühe Buchung lohnt sich. Ansprechpartner beim Gemeinschaftsstand: "
          "Pavel Kolín."),
]


PDFS = {
    "b21-ihk-region-ingolstadt-regionalbrief.pdf": dict(
        blocks=INGOLSTADT, header="IHK für München und Oberbayern · Regionalbrief Region "
                                  "Ingolstadt 2024",
        footer="Regionalbrief 2024 · Seite {n} von 2", lang="de",
        title="Regionalbrief Region Ingolstadt 2024"),
    "b21-galicia-asturias-port-data-sheet.pdf": dict(
        blocks=GALICIA, header="Atlantic Cargo Intelligence · Port Data Sheet: Galicia and "
                               "Asturias · April 2024",
        footer="Data Sheet 14 · page {n} of 2", lang="en",
        title="Port Data Sheet: Galicia and Asturias"),
}
DOCXS = {
    "b21-msv-brno-messevorschau.docx": dict(
        blocks=BRNO, title="Messevorschau: MSV Brünn 2024"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_21.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
