#!/usr/bin/env python3
"""Build batch 40 of the PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_40.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. See the
section "Development batch 40" in ``scripts/SAMPLES.md``. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b40-ubbens-werft-jubilaeumschronik.pdf``: two pages, a shipyard's
  anniversary chronicle, running header, footer "Festschrift 150 Jahre · Seite
  N von 2", a drawn table "Standort | Branche des Partners | seit" (two towns'
  industries are given only in the table, one row is a district).
* ``b40-wirtschaftsfoerderung-main-franken-standortbroschuere.pdf``: two pages,
  a Wirtschaftsförderung's location brochure, running header, footer
  "Standort Main-Franken 2024 | Seite N", a drawn table of towns with
  inhabitants, sectors and port throughput (unit "Tsd. t" and year only in the
  column header, set on two lines; one row is a district).
* ``b40-forth-carron-chamber-annual-report.docx``: a chamber of commerce's
  annual report excerpt with headings, a caption and a table of members by
  town and main sectors (one row is the rest of a council area).

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

UBBENS = [
    ("title", "150 Jahre Ubbens-Werft – eine Chronik"),
    ("subtitle", "Schiffs- und Anlagenbau an der Leda · Leer (Ostfriesland), 1874–2024"),
    ("h", "Vorwort"),
    ("p", "Als Johann Ubbens im Frühjahr 1874 am Ufer der Leda in Leer seinen ersten Helgen "
          "aufschlug, baute er hölzerne Kuffs für den Torf- und Ziegeltransport. Heute beschäftigt "
          "die Werft in Leer 240 Menschen im Schiffs- und Anlagenbau, und ihre Sektionen, Rohrleitungen "
          "und Stahlkonstruktionen gehen an Kunden an der ganzen Nordseeküste. Diese Chronik erzählt "
          "die Geschichte in fünf Abschnitten. Sie wurde von unserem Prokuristen Jan Norden und dem "
          "Archiv der Emder Zeitung zusammengestellt, dem wir für viele Fotos danken."),
    ("h", "1874–1918: Holz, Segel, erste Dampfer"),
    ("p", "Die ersten Jahrzehnte gehörten den Segelschiffen. Um 1900 lieferte die Werft ihre ersten "
          "kleinen Dampfer, die als Schlepper auf der Ems arbeiteten. Leer war damals schon eine Stadt "
          "der Reeder und Kaufleute; dort wird bis heute der Tee gemischt und verpackt, für den "
          "Ostfriesland bekannt ist."),
    ("h", "1919–1948: Krisenjahre"),
    ("p", "Nach dem Ersten Weltkrieg waren die Auftragsbücher leer, und in den leeren Hallen "
          "reparierte die Belegschaft vor allem Heringslogger für die Emder Heringsfischerei, die es "
          "heute nicht mehr gibt. Erst die Währungsreform 1948 brachte neue Aufträge."),
    ("h", "1949–1989: Küstenmotorschiffe und Sektionen"),
    ("p", "In den Wirtschaftswunderjahren baute die Werft über 60 Küstenmotorschiffe, viele davon "
          "für Reedereien aus Leer und Haren. Ab 1986 fertigte sie Stahlsektionen für die Großwerft "
          "in Papenburg, die seit den 1980er-Jahren Kreuzfahrtschiffe baut. Dort arbeiten heute "
          "rund 3.000 Menschen, und viele Zulieferer der Region hängen an ihren Aufträgen. Der Hafen "
          "Papenburg schlug 2023 knapp 1 Mio. Tonnen um, vor allem Baustahl und Schüttgut."),
    ("h", "1990–2014: Anlagenbau für die Energie"),
    ("p", "Mit dem Rückgang des Küstenschiffbaus wandte sich die Werft dem Anlagenbau zu. Für die "
          "Erdölraffinerie in Lingen fertigt sie seit 1998 Rohrleitungen und Druckbehälter. Lingen ist "
          "zugleich Standort eines Gaskraftwerks; das Kernkraftwerk vor den Toren der Stadt ist seit "
          "2023 abgeschaltet, und eine große Elektrolyseanlage für Wasserstoff ist erst geplant."),
    ("p", "In Emden lieferte die Werft Stahlbauteile für die Hallen des Autowerks, in dem ein "
          "Autokonzern heute Elektroautos baut. Die Stadt hat sich außerdem zu einem Stützpunkt "
          "der Offshore-Windindustrie entwickelt. Die Häfen von Emden und Esbjerg haben 2019 eine "
          "Kooperationsvereinbarung zur Offshore-Logistik unterzeichnet; beide Häfen tauschen seither "
          "Daten über Schwerlastumschläge aus."),
    ("pagebreak",),
    ("h", "2015–2024: Wilhelmshaven, Cuxhaven und die Zukunft"),
    ("p", "Für Wilhelmshaven baute die Werft Fenderkonstruktionen am JadeWeserPort. Deutschlands "
          "einziger Tiefwasser-Containerhafen schlug 2023 rund 0,7 Mio. TEU um und ist auf 2,7 Mio. "
          "TEU im Jahr ausgelegt. Wilhelmshaven selbst ist ein Standort der Petro- und Chemieindustrie, "
          "mit großen Tanklagern und einem PVC-Werk. Über das neue LNG-Terminal der Stadt kommt "
          "Flüssigerdgas nach Deutschland; es ist Umschlag, keine Industrie vor Ort."),
    ("p", "In Cuxhaven fertigen zwei Werke Fundamente und Maschinenhäuser für Offshore-Windanlagen, "
          "und unsere Stahlbauer liefern ihnen Plattformen zu. Die Fähren zwischen Cuxhaven und "
          "Helgoland, deren Rampen wir 2019 erneuert haben, sind eine Schiffsverbindung und keine "
          "Partnerschaft."),
    ("h", "Leer und seine Partner"),
    ("p", "Leer ist nach Hamburg der zweitgrößte Reedereistandort Deutschlands; dort sind über 20 "
          "Reedereien zu Hause. Der kleine Hafen schlug 2023 rund 200.000 Tonnen um. "
          "Leer und das polnische Elbląg sind seit 1996 Partnerstädte; beide Städte haben zum "
          "Jubiläum eine gemeinsame Ausstellung zur Werftgeschichte gezeigt. Papenburg ist mit "
          "Ilsenburg im Harz verschwistert. Über eine Partnerschaft zwischen Leer und einer Stadt in "
          "Dänemark wird seit Jahren gesprochen, beschlossen ist nichts."),
    ("h", "Unsere Partnerbetriebe in der Region"),
    ("caption", "Tabelle 1: Langjährige Partnerbetriebe der Werft nach Standort und Branche"),
    ("table", [
        ["Standort", "Branche des Partners", "seit"],
        ["Weener", "Stahlbau, Schweißtechnik", "1962"],
        ["Haren (Ems)", "Reedereien, Binnenschifffahrt", "1975"],
        ["Papenburg", "Kreuzfahrtschiffbau", "1986"],
        ["Lingen", "Raffinerie, Rohrleitungsbau", "1998"],
        ["Landkreis Emsland", "Landmaschinenbau", "2005"],
    ], [45, 85, 25]),
    ("p", "Wir danken allen Kunden, Partnern und Beschäftigten – und freuen uns auf die nächsten "
          "150 Jahre."),
]

MAINFRANKEN = [
    ("title", "Standort Main-Franken: Städte, Branchen, Häfen"),
    ("subtitle", "Standortbroschüre der Wirtschaftsförderung Main-Regnitz e. V. · Ausgabe 2024"),
    ("h", "Willkommen am Main"),
    ("p", "Zwischen Spessart und Steigerwald liegt ein Wirtschaftsraum mit 1,3 Millionen Menschen, "
          "drei Binnenhäfen und einer Industriedichte, die über dem bayerischen Durchschnitt liegt. "
          "Bayern insgesamt steht für Fahrzeugbau, Maschinenbau und Elektroindustrie; diese Broschüre "
          "zeigt, was die einzelnen Städte am Main und an der Regnitz darüber hinaus auszeichnet. "
          "Eine Übersicht aller Standorte finden Sie in der Tabelle auf Seite 2."),
    ("h", "Schweinfurt: die Kugellagerstadt"),
    ("p", "Kaum eine Stadt ist so stark von einem Produkt geprägt wie Schweinfurt. Drei große "
          "Hersteller von Wälzlagern und Antriebstechnik beschäftigen hier zusammen über 20.000 "
          "Menschen. Die Stadt ist außerdem Sitz bedeutender Zulieferer für Stoßdämpfer und "
          "Kupplungen, die an Autohersteller in ganz Europa liefern. Schweinfurt ist mit dem "
          "schottischen Motherwell und dem französischen Châteaudun verschwistert; beide "
          "Partnerschaften bestehen seit Anfang der 1960er-Jahre."),
    ("h", "Würzburg: Druckmaschinen, Gesundheit, Wein"),
    ("p", "In Würzburg baut ein traditionsreicher Hersteller seit 200 Jahren Druckmaschinen, "
          "heute vor allem für Verpackungen und Banknoten. Daneben ist die Universitätsstadt ein "
          "Zentrum der Gesundheitswirtschaft mit Uniklinik und mehreren Medizintechnikfirmen. Die "
          "Würzburger Weinhändler und Weingüter vermarkten den Frankenwein in alle Welt; die "
          "Weinberge selbst liegen zum größten Teil im Umland. Würzburg pflegt Partnerschaften unter "
          "anderem mit Caen in der Normandie und mit Rochester im US-Bundesstaat New York, diese "
          "seit 1964."),
    ("h", "Bamberg: Brauereien und Zulieferer"),
    ("p", "Bamberg ist weltweit für sein Rauchbier bekannt; in der Stadt brauen noch neun Brauereien. "
          "Größter Arbeitgeber ist jedoch ein Werk eines Autozulieferers, das Zündkerzen und "
          "Komponenten für Einspritzsysteme fertigt. Die frühere Baumwollspinnerei auf der "
          "ERBA-Insel ist seit 1992 geschlossen; dort steht heute ein Universitätsgebäude. Der Hafen "
          "Bamberg am Main-Donau-Kanal schlug 2023 rund 0,8 Mio. Tonnen um und ist damit der größte "
          "Hafen Oberfrankens. Bamberg ist seit 1970 mit Rodez und seit 1973 mit Villach "
          "verschwistert. Nicht zu verwechseln ist die Stadt mit Bamberg in South Carolina, von wo "
          "uns jedes Jahr Anfragen von Touristen erreichen."),
    ("h", "Nachbarn mit Strahlkraft"),
    ("p", "Eine Stunde südlich liegt Erlangen, dessen Medizintechnik-Unternehmen viele unserer "
          "Zulieferer beliefern, und auch Nürnberg ist per Bahn schnell erreicht. Ein Zulieferer "
          "plant für 2026 ein Batteriewerk in Kitzingen; die Baugenehmigung steht noch aus."),
    ("pagebreak",),
    ("h", "Die Standorte im Überblick"),
    ("caption", "Tabelle 1: Städte der Region mit Einwohnern, Schwerpunktbranchen und Hafenumschlag"),
    ("table", [
        ["Stadt", "Einwohner", "Schwerpunktbranchen", "Umschlag\n2023 (Tsd. t)"],
        ["Schweinfurt", "54.000", "Wälzlager, Antriebstechnik, Autozulieferer", "350"],
        ["Würzburg", "128.000", "Druckmaschinen, Gesundheitswirtschaft", "600"],
        ["Bamberg", "78.000", "Autozulieferer, Brauereien", "800"],
        ["Kitzingen", "22.000", "Logistik, Kunststoffverarbeitung", "–"],
        ["Lohr am Main", "15.000", "Hydraulik, Glasherstellung", "–"],
        ["Ochsenfurt", "11.000", "Zucker- und Lebensmittelindustrie", "–"],
        ["Landkreis Haßberge", "84.000", "Möbel, Metallverarbeitung", "–"],
    ], [38, 23, 77, 32]),
    ("h", "Logistik und Häfen"),
    ("p", "Der Main ist für Schwergut und Massengut die wichtigste Achse der Region. Der Hafen "
          "Würzburg hat im vergangenen Jahr rund 600.000 Tonnen umgeschlagen, überwiegend Baustoffe "
          "und Getreide. Das Getreide kommt aus dem Umland und ist Umschlag, keine Würzburger "
          "Industrie. In Schweinfurt dient der Hafen vor allem der Stahlanlieferung für die "
          "Wälzlagerwerke."),
    ("h", "Unser Service"),
    ("p", "Wir vermitteln Gewerbeflächen, begleiten Genehmigungsverfahren und stellen Kontakte zu "
          "Hochschulen und Kammern her. Die Sparkasse Schweinfurt-Haßberge und weitere Banken der "
          "Region beraten zu Förderkrediten. Ihr Ansprechpartner für Ansiedlungen ist Martin "
          "Eltmann, Telefon 0931 000 40 40."),
]

FORTH_CHAMBER = [
    ("title", "Annual Report 2023/24 – Excerpt"),
    ("subtitle", "Forth & Carron Chamber of Commerce · Section 2: The economy of our area"),
    ("h", "A year of uncertainty on the Forth"),
    ("p", "Our 626 member businesses had a mixed year. Order books in engineering and tourism were "
          "full, but the news that the refinery at Grangemouth will be turned into an import terminal "
          "in 2025 dominated every conversation. Until then the refinery keeps running, and the town "
          "remains home to Scotland's largest cluster of chemical plants, making plastics, "
          "agrochemicals and ingredients for medicines. Members have asked us to press the Scottish "
          "and UK governments for a clear plan for the 400 jobs at stake."),
    ("p", "The Port of Grangemouth handled 8.7 million tonnes in 2023, down from 9.2 million tonnes "
          "in 2022, and it is still the biggest container port in Scotland. In 2021 the ports of "
          "Grangemouth and Gdynia signed a cooperation agreement on shortsea container services and "
          "port digitalisation, and both ports sent staff on exchange visits this year. A delegation "
          "from Houston, Texas, visited the port in October to look at carbon-capture plans; that "
          "visit is the beginning of a conversation, not a partnership."),
    ("h", "Falkirk"),
    ("p", "Falkirk is the largest town in our area. It is best known abroad for the Falkirk Wheel "
          "and the Kelpies, and tourism has grown every year since they opened. The town's biggest "
          "industrial employer is a bus builder, which assembles double-deckers and electric buses "
          "for fleets across the United Kingdom and beyond. The Carron ironworks, which once cast "
          "cannon for the Royal Navy, closed in 1982. Falkirk has been twinned with Odense in Denmark "
          "since 1990; members of the Falkirk Herald team joined this year's exchange."),
    ("h", "Stirling and Clackmannanshire"),
    ("p", "Stirling lives largely from tourism, its university and a growing cluster of "
          "professional services firms. The city has two twin towns, Villeneuve-d'Ascq in France and "
          "Dunedin in Florida; the latter should not be confused with the larger Dunedin in New "
          "Zealand, whose council wrote to us by mistake in March. Across the river, Alloa has made "
          "glass bottles for more than two centuries, and one of Scotland's last large maltings "
          "still supplies brewers and distillers. Its former wool mills are now housing."),
    ("p", "In Larbert, a maker of Stirling engines for small combined heat and power units has "
          "doubled its workforce to 60. Bo'ness, on the Forth shore, has become a base for "
          "precision engineering firms that supply the chemical plants at Grangemouth."),
    ("h", "Membership by town"),
    ("caption", "Table 1: Members by town and main sectors, 31 March 2024"),
    ("table", [
        ["Town", "Members", "Main sectors"],
        ["Falkirk", "212", "bus manufacturing, tourism, retail"],
        ["Stirling", "164", "tourism, higher education, professional services"],
        ["Grangemouth", "88", "chemicals, refining, logistics"],
        ["Alloa", "57", "glass containers, malting"],
        ["Larbert", "41", "health care, engineering"],
        ["Bo'ness", "29", "precision engineering, heritage tourism"],
        ["Rest of Clackmannanshire", "35", "mixed"],
    ]),
    ("h", "Looking ahead"),
    ("p", "Our priorities for 2024/25 are the future of Grangemouth, skills for the energy "
          "transition and faster rail links to Glasgow and Edinburgh. Members trading with Germany "
          "can join our November mission to Hamburg. The chamber thanks its outgoing president, "
          "Morag Dundee, for six years of service."),
]


PDFS = {
    "b40-ubbens-werft-jubilaeumschronik.pdf": dict(
        blocks=UBBENS, header="Ubbens-Werft GmbH & Co. KG · 150 Jahre Schiffs- und Anlagenbau · "
                              "Chronik 1874–2024",
        footer="Festschrift 150 Jahre · Seite {n} von 2", lang="de",
        title="150 Jahre Ubbens-Werft – eine Chronik"),
    "b40-wirtschaftsfoerderung-main-franken-standortbroschuere.pdf": dict(
        blocks=MAINFRANKEN, header="Wirtschaftsförderung Main-Regnitz e. V. · Standortbroschüre "
                                   "Main-Franken · Ausgabe 2024",
        footer="Standort Main-Franken 2024 | Seite {n}", lang="de",
        title="Standort Main-Franken: Städte, Branchen, Häfen"),
}
DOCXS = {
    "b40-forth-carron-chamber-annual-report.docx": dict(
        blocks=FORTH_CHAMBER, title="Forth & Carron Chamber of Commerce – Annual Report 2023/24 "
                                    "(excerpt)"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_40.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
