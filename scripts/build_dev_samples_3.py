#!/usr/bin/env python3
"""Build the third batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_3.py [--out DIR]

Companion to ``build_samples.py`` and ``build_dev_samples_2.py``, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. See
"Third batch of dev reports" in ``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``flughafen-wien-cargo-jahresbilanz.pdf``: two pages, running header, footer
  "Seite N von 2", a drawn table of traffic figures by year (2019–2023) whose
  columns mix port metrics (cargo in tonnes) with figures that are not port
  metrics (passengers, aircraft movements).
* ``vietnam-export-market-brief.pdf``: two pages, running header, footer
  "Page N".
* ``nuernberg-ihk-standortportraet.docx``: headings, paragraphs and a two-column
  key-figures table that repeats figures from the prose.
* ``dortmund-hafen-datenblatt.docx``: a table of throughput by year whose unit
  ("Angaben in 1.000 Tonnen") is given only in the caption paragraph (Word
  style "Caption"); the cells are bare numbers with German thousands separators.

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

WIEN = [
    ("title", "Cargo-Jahresbilanz 2023"),
    ("subtitle", "Flughafen Wien-Schwechat · Bereich Cargo & Logistik · Februar 2024"),
    ("h", "Das Jahr im Überblick"),
    ("p", "Der Flughafen Wien hat 2023 insgesamt 274.100 Tonnen Luftfracht und Luftpost abgefertigt, "
          "2,2 Prozent mehr als im Jahr zuvor. Damit bleibt Wien mit großem Abstand der größte "
          "Frachtflughafen Österreichs; im europäischen Vergleich verbesserte sich der Standort auf "
          "Rang 19. Getragen wurde das Wachstum von der Beiladefracht auf Langstreckenflügen nach "
          "Asien und Nordamerika, während reine Frachterflüge leicht zurückgingen."),
    ("p", "„Pharmazeutika und Elektronik sind inzwischen unsere wichtigsten Warengruppen“, sagt "
          "Mag. Thomas Baden, Leiter Cargo & Logistik. „Für temperaturgeführte Sendungen haben wir "
          "die Kühlflächen im vergangenen Jahr verdoppelt.“"),
    ("h", "Entwicklung seit 2019"),
    ("caption", "Tabelle 1: Verkehrszahlen des Flughafens Wien 2019–2023"),
    ("table", [
        ["Jahr", "Passagiere (Mio.)", "Fracht und Post (t)", "Flugbewegungen"],
        ["2019", "31,7", "283.800", "266.800"],
        ["2020", "7,8", "226.400", "98.100"],
        ["2021", "10,4", "281.500", "136.600"],
        ["2022", "23,7", "268.200", "200.200"],
        ["2023", "29,5", "274.100", "226.400"],
    ], [20, 42, 45, 38]),
    ("p", "Quelle: Flughafen Wien AG. Fracht einschließlich Luftpost; alle Werte gerundet."),
    ("h", "Kapazität"),
    ("p", "Nach der Erweiterung der Hallen ist das Cargo Center auf 400.000 Tonnen pro Jahr "
          "ausgelegt. Dazu kommt ein neues Pharma-Handling-Center mit 3.000 Quadratmetern "
          "Kühlfläche, das direkt an das Vorfeld grenzt."),
    ("pagebreak",),
    ("h", "Wettbewerb in der Region"),
    ("p", "Die Nachbarflughäfen wachsen, bleiben aber deutlich kleiner: Budapest und Prag kamen 2023 "
          "auf rund 190.000 bzw. 65.000 Tonnen. Der Flughafen Pressburg, nur 55 Kilometer entfernt, "
          "fertigte knapp 30.000 Tonnen ab. Viele Speditionen bündeln ihre Sendungen zudem in "
          "Lkw-Ersatzverkehren nach Frankfurt am Main und München. Zwischen Wien und Pressburg "
          "pendelt im Sommer außerdem der Twin City Liner, ein Schnellkatamaran auf der Donau."),
    ("h", "Wirtschaftsraum"),
    ("p", "Wiens Wirtschaft lebt vor allem von Tourismus, Finanzdienstleistungen und einer "
          "wachsenden Life-Sciences-Branche. In Schwechat selbst prägen die Erdölraffinerie und "
          "zahlreiche Speditionen das Bild. Der Großteil der Exportfracht stammt allerdings aus "
          "Industriebetrieben in Ober- und Niederösterreich."),
    ("h", "Partnerschaften"),
    ("p", "Seit 2017 besteht eine Cargo-Partnerschaft zwischen dem Flughafen Wien und dem Flughafen "
          "Mailand-Malpensa; beide Seiten stimmen Frachterumläufe und Abfertigungsstandards ab. Die "
          "2019 vereinbarte Kooperation mit dem Flughafen Lemberg in der Westukraine wurde 2022 "
          "beendet, nachdem dort der zivile Flugverkehr eingestellt worden war."),
    ("h", "Ausblick"),
    ("p", "Für 2024 rechnet der Flughafen mit 280.000 bis 290.000 Tonnen. Entscheidend wird sein, "
          "ob die Langstreckenverbindungen nach Asien weiter ausgebaut werden."),
]

VIETNAM = [
    ("title", "Vietnam: two gateways, one manufacturing boom"),
    ("subtitle", "Export Market Brief for small and medium-sized exporters · May 2024"),
    ("h", "Why Vietnam, why now"),
    ("p", "Foreign manufacturers keep arriving in Vietnam as they spread their supply chains beyond "
          "China. For European suppliers of machinery and components, the opportunity is "
          "concentrated in the south around Ho Chi Minh City and in the north around Hanoi and "
          "Haiphong."),
    ("h", "The south: Ho Chi Minh City"),
    ("p", "Ho Chi Minh City, still widely called Saigon, is the country’s commercial capital and a "
          "major centre of garment production, food processing and software development. Its port "
          "system is the largest in Vietnam: the terminals along the Saigon River, led by Cat Lai, "
          "reported a throughput of 8.2m TEU in 2023. Deep-sea ships call further downstream at "
          "Cai Mep, whose volumes are counted separately."),
    ("p", "In Thu Dau Mot, just north of the city, manufacturing dominates, led by furniture and "
          "footwear."),
    ("h", "Air cargo"),
    ("p", "Noi Bai, Hanoi’s airport, handled 720,000 tonnes of cargo last year, and Tan Son Nhat in "
          "Ho Chi Minh City 480,000 tonnes. Electronics and fresh fruit are the main export "
          "commodities by air."),
    ("pagebreak",),
    ("h", "The north: Hanoi and Haiphong"),
    ("p", "The north has attracted the big electronics investors, although the large smartphone "
          "plants stand in Bac Ninh and Thai Nguyen provinces rather than in the cities themselves. "
          "Hanoi, the seat of government, is a growing base for IT services. At the annual Vietnam "
          "Expo in Hanoi, exhibitors show packaging machinery, plastics processing equipment and "
          "solar panels."),
    ("p", "Haiphong is the north’s port city and an industrial hub in its own right: the local "
          "economy revolves around shipbuilding, steel and, increasingly, car assembly. The port "
          "reported a throughput of 6.4m TEU in 2023, up from 5.7m TEU in 2022, and ranks among the "
          "top 30 container ports in the world. The Lach Huyen deep-water terminal has a capacity of "
          "2.2m TEU per year."),
    ("h", "Central Vietnam"),
    ("p", "Da Nang lies halfway between the two. Its economy is built on tourism, with a "
          "fast-growing software outsourcing scene. Da Nang and Lyon have discussed a twinning for "
          "several years, but nothing has been signed."),
    ("h", "Ties and links"),
    ("p", "Ho Chi Minh City and San Francisco have been sister cities since 1995, and Haiphong has "
          "been a sister city of Seattle since 1996. In 2018 the Port of Haiphong signed a "
          "sister-port agreement with the Port of Incheon. "
          "Freight trains run from Hanoi to Nanning in southern China, and a "
          "coastal feeder links Haiphong with Ho Chi Minh City."),
    ("h", "How we can help"),
    ("p", "Our Hanoi desk organises buyer meetings and trade missions. Contact: Nguyen Thi Hue, "
          "Senior Trade Adviser."),
]

NUERNBERG = [
    ("title", "Standortporträt Nürnberg"),
    ("subtitle", "IHK Nürnberg für Mittelfranken · Reihe „Standorte im Profil“ · Ausgabe 2024"),
    ("h", "Lage und Bedeutung"),
    ("p", "Nürnberg ist mit gut einer halben Million Einwohnern die zweitgrößte Stadt Bayerns. "
          "Zusammen mit Fürth, Erlangen und Schwabach bildet sie das Zentrum der Metropolregion; "
          "Pendler kommen bis aus Neumarkt in der Oberpfalz."),
    ("h", "Wirtschaftsstruktur"),
    ("p", "Die Wirtschaft der Stadt stützt sich auf die Elektro- und Energietechnik, auf Informations- "
          "und Kommunikationstechnik sowie auf den Handel. Stark vertreten sind zudem Versicherungen "
          "und Marktforschung: Die Nürnberger Versicherung und mehrere große Marktforschungsinstitute "
          "haben hier ihren Sitz."),
    ("p", "In der Nachbarschaft setzen andere Städte eigene Akzente. Erlangen gilt als Zentrum der "
          "Elektro- und Medizintechnik, in Herzogenaurach ist die Sportartikelindustrie zu Hause, und "
          "Fürth ist traditionell ein Standort des Versandhandels. Im Umland haben sich zahlreiche "
          "Automobilzulieferer angesiedelt, vor allem entlang der A6 und der A9."),
    ("h", "Messe"),
    ("p", "Die NürnbergMesse zählt zu den großen Messegesellschaften Europas. Auf der Spielwarenmesse "
          "zeigen jedes Jahr rund 2.000 Aussteller Spielzeug aus aller Welt, auf der BIOFACH dreht "
          "sich alles um Bio-Lebensmittel. Über die Industrie vor Ort sagen diese Themen wenig aus."),
    ("h", "Hafen und Logistik"),
    ("p", "Der Hafen Nürnberg am Main-Donau-Kanal ist zusammen mit dem benachbarten "
          "Güterverkehrszentrum einer der größten trimodalen Logistikknoten Süddeutschlands. 2023 "
          "wurden hier über Schiff, Bahn und Lkw rund 3,1 Mio. Tonnen umgeschlagen. Das "
          "Containerterminal ist auf 300.000 TEU im Jahr ausgelegt. Containerzüge verbinden den Hafen "
          "mit Hamburg, Bremerhaven und Rotterdam."),
    ("h", "Kennzahlen"),
    ("table", [
        ["Kennzahl", "Wert"],
        ["Einwohner (2023)", "530.000"],
        ["Sozialversicherungspflichtig Beschäftigte", "310.000"],
        ["Hafenumschlag 2023", "3,1 Mio. t"],
        ["Kapazität Containerterminal", "300.000 TEU/Jahr"],
    ], [90, 50]),
    ("h", "Partnerstädte"),
    ("p", "Nürnberg unterhält Städtepartnerschaften unter anderem mit Nizza (seit 1954), Krakau "
          "(seit 1979), Prag (seit 1990) und Venedig (seit 1999). Mit Shenzhen pflegt die Stadt seit "
          "1997 eine Städtefreundschaft. Über eine Partnerschaft mit Breslau wird seit Längerem "
          "gesprochen; ein Vertrag ist bislang nicht in Sicht."),
    ("h", "Ansprechpartnerin"),
    ("p", "Dr. Claudia Ansbach, Bereich Standortpolitik, beantwortet Fragen zu Gewerbeflächen, "
          "Fachkräften und Förderprogrammen."),
]

DORTMUND = [
    ("title", "Datenblatt Dortmunder Hafen 2024"),
    ("subtitle", "Binnenhafen am Dortmund-Ems-Kanal · Umschlag, Flächen, Verbindungen"),
    ("h", "Profil"),
    ("p", "Der Dortmunder Hafen ist der größte Kanalhafen Europas. Auf rund 170 Hektar Hafenfläche "
          "schlagen etwa 160 Unternehmen Massengut, Container und Stückgut um. Über den "
          "Dortmund-Ems-Kanal ist der Seehafen Emden erreichbar; bei Datteln zweigt der "
          "Wesel-Datteln-Kanal zum Rhein ab."),
    ("h", "Umschlag"),
    ("p", "Der wasserseitige Umschlag stieg 2023 auf rund 2,6 Mio. Tonnen, etwas mehr als im "
          "Vorjahr. Im Containerterminal wurden gut 170.000 TEU abgefertigt; ausgelegt ist die "
          "Anlage auf 250.000 TEU jährlich."),
    ("caption", "Tabelle 1: Wasserseitiger Güterumschlag im Dortmunder Hafen 2019–2023, "
                "Angaben in 1.000 Tonnen"),
    ("table", [
        ["Jahr", "Umschlag"],
        ["2019", "2.930"],
        ["2020", "2.710"],
        ["2021", "2.820"],
        ["2022", "2.540"],
        ["2023", "2.600"],
    ], [30, 40]),
    ("p", "Quelle: Dortmunder Hafen AG; Werte gerundet."),
    ("h", "Einordnung"),
    ("p", "Im Vergleich mit den Rheinhäfen bleibt Dortmund ein mittelgroßer Standort: Duisburg schlug "
          "2023 rund 41 Mio. Tonnen um, die Häfen in Köln – nach Duisburg der zweitgrößte "
          "Binnenhafenstandort Deutschlands – kamen auf 9,4 Mio. Tonnen."),
    ("h", "Wirtschaftliches Umfeld"),
    ("p", "Die Zeiten von Kohle und Stahl sind in Dortmund vorbei. Die größten Beschäftigungsfelder "
          "der Stadt sind heute Logistik, Informationstechnik und Versicherungen. Rund um den Hafen "
          "dominieren Recycling- und Entsorgungsbetriebe. Ein Getränkegroßhändler im Hafen beliefert "
          "von hier aus die Region mit Warsteiner und anderen Biermarken."),
    ("h", "Partner"),
    ("p", "Dortmund ist seit 1960 Partnerstadt von Amiens; es folgten Leeds (1969), Buffalo im "
          "Bundesstaat New York (1977) und Novi Sad (1982). Die 1977 begründete Partnerschaft mit "
          "Rostow am Don ruht seit 2022. Die Hafengesellschaft hat 2021 mit dem Seehafen Emden eine "
          "Hafenkooperation vereinbart, um Projektladung über den Kanal gemeinsam zu vermarkten."),
    ("h", "Kontakt"),
    ("p", "Dipl.-Ing. Katrin Hamm, Hafenentwicklung, Dortmunder Hafen AG."),
]


PDFS = {
    "flughafen-wien-cargo-jahresbilanz.pdf": dict(
        blocks=WIEN, header="Flughafen Wien · Cargo-Jahresbilanz 2023", footer="Seite {n} von 2",
        lang="de", title="Cargo-Jahresbilanz 2023 – Flughafen Wien"),
    "vietnam-export-market-brief.pdf": dict(
        blocks=VIETNAM, header="Northern Trade Promotion Council · Export Market Brief · Vietnam",
        footer="Page {n}", lang="en", title="Vietnam: two gateways, one manufacturing boom"),
}
DOCXS = {
    "nuernberg-ihk-standortportraet.docx": dict(blocks=NUERNBERG, title="Standortporträt Nürnberg"),
    "dortmund-hafen-datenblatt.docx": dict(blocks=DORTMUND, title="Datenblatt Dortmunder Hafen 2024"),
}


# Drawn tables; each table block gives its own column widths.
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_3.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
