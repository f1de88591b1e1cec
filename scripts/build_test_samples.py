#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the held-out test split in ``samples/test/``.

    python scripts/build_test_samples.py [--out DIR]

The test split was written without looking at the pipeline and is used only to report how
well the pipeline generalises; it must not be used for tuning. See the section "Held-out
test split" in ``scripts/SAMPLES.md``.

The texts are embedded below, one block list per document. The output is deterministic:
the same script produces byte-identical files on every run (reportlab runs in invariant
mode; DOCX core properties and zip timestamps are fixed). The gold annotations
(``NAME.gold.json``) and the TXT and HTML documents are written by hand; this script does
not touch them.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Requires reportlab and python-docx, and the DejaVu Sans TrueType fonts (Debian/Ubuntu
package ``fonts-dejavu-core``): the standard PDF fonts cannot draw characters such as "ș"
(Timișoara).
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
    light_table,
    write_samples,
)

DEFAULT_OUT = REPO / "samples" / "test"

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...]) ("pagebreak",)
# The first row of a table is its header row.

FRANKFURT = [
    ("title", "Datenblatt Luftfrachtstandort Frankfurt am Main"),
    ("subtitle", "Kennzahlen 2019–2023, Wirtschaftsprofil, internationale Beziehungen · Stand: März 2024"),
    ("h", "Standort"),
    ("p", "Der Flughafen Frankfurt am Main ist Deutschlands wichtigstes Tor für Luftfracht. Mit rund "
          "1,85 Mio. Tonnen im Jahr 2023 blieb er der größte Frachtflughafen Deutschlands, deutlich vor "
          "Leipzig/Halle. Im europäischen Vergleich zählt Frankfurt zu den drei größten "
          "Frachtflughäfen. Etwa die Hälfte der Sendungen reist im Unterdeck von Passagiermaschinen, "
          "der Rest in reinen Frachtflugzeugen."),
    ("p", "Nicht zu verwechseln ist der Standort mit Frankfurt (Oder): Die Stadt an der polnischen "
          "Grenze hat keinen eigenen Verkehrsflughafen, ist aber ein wichtiger Knoten für den "
          "Schienengüterverkehr nach Osteuropa. Anfragen zu beiden Städten laufen bei uns über "
          "getrennte Ansprechpartner."),
    ("h", "Entwicklung der Luftfracht"),
    ("caption", "Tabelle 1: Luftfrachtumschlag am Flughafen Frankfurt (Angaben in Tonnen, gerundet)"),
    ("table", [
        ["Jahr", "Luftfracht", "Veränderung zum Vorjahr"],
        ["2019", "2.091.000", "–3,9 %"],
        ["2020", "1.953.000", "–6,6 %"],
        ["2021", "2.320.000", "+18,8 %"],
        ["2022", "1.968.000", "–15,2 %"],
        ["2023", "1.850.000", "–6,0 %"],
    ]),
    ("p", "Der Rekordwert von 2021 geht auf die pandemiebedingte Knappheit an Seefrachtkapazität "
          "zurück, als viele Verlader auf das Flugzeug auswichen. Seither normalisieren sich die "
          "Mengen. Nach dem laufenden Ausbau der CargoCity Süd soll der Flughafen rund 3 Mio. Tonnen "
          "pro Jahr abfertigen können."),
    ("h", "Wirtschaftsprofil"),
    ("p", "Frankfurt ist der führende Finanzplatz Deutschlands; neben der Europäischen Zentralbank "
          "haben zahlreiche Banken und Versicherungen hier ihren Sitz. Im Industriepark Höchst im "
          "Westen der Stadt produzieren Unternehmen der Chemie- und Pharmaindustrie. Logistik und "
          "Luftfahrt sichern rund um den Flughafen zehntausende Arbeitsplätze."),
    ("p", "Im benachbarten Rüsselsheim am Main ist seit mehr als 120 Jahren der Automobilbau zu Hause; "
          "Opel entwickelt dort bis heute neue Modelle. Viele Zulieferer im Rhein-Main-Gebiet nutzen "
          "den Flughafen für eilige Ersatzteilsendungen."),
    ("h", "Internationale Beziehungen"),
    ("p", "Seit 1988 unterhält Frankfurt eine Städtepartnerschaft mit Guangzhou. Zwischen beiden "
          "Flughäfen verkehren regelmäßig Frachtflüge, vor allem mit Elektronik und Ersatzteilen."),
    ("p", "Geplant, aber noch nicht unterzeichnet ist eine Partnerschaft mit der indischen Metropole "
          "Hyderabad, einem Zentrum der IT- und Pharmabranche. Über eine Absichtserklärung wurde im "
          "Herbst 2023 gesprochen; eine Unterzeichnung ist frühestens für 2025 vorgesehen."),
    ("bullets", [
        "Luftfracht 2023: rund 1,85 Mio. Tonnen",
        "Rang in Deutschland: 1",
        "Städtepartnerschaft mit Guangzhou: seit 1988",
    ]),
]

BUSAN = [
    ("title", "Port of Busan handles 22.75 million TEU in 2023"),
    ("subtitle", "Transshipment lifts volumes to a new high · sister-port agreement renewed · "
                 "the industrial belt behind the port"),
    ("p", "BUSAN, 16 January 2024 – The Port of Busan handled 22.75 million TEU in 2023, up 3.0 percent "
          "from 22.08 million TEU in 2022, the Busan Port Authority (BPA) announced today. "
          "Transshipment boxes, which change ships here without entering the Korean market, accounted "
          "for more than half of the total for the first time."),
    ("p", "With this result Busan (formerly romanised as Pusan) remains South Korea's largest "
          "container port and the seventh-busiest container port in the world. It is also the world's "
          "second-largest transshipment hub. Singapore, which handled close to 39 million TEU last "
          "year, remains the world's largest transshipment hub and the world's second-busiest "
          "container port."),
    ("p", "“Carriers are reorganising their networks in North-East Asia, and they are choosing Busan "
          "as the place where their services meet,” said Lee Chang-won, Executive Vice President for "
          "Marketing at BPA. “Our job now is to keep berth productivity high while volumes grow.”"),
    ("caption", "Table 1: Container throughput at the Port of Busan, 2019–2023 (million TEU)"),
    ("table", [
        ["Year", "Total", "Change"],
        ["2019", "21.99", "+0.9 %"],
        ["2020", "21.82", "–0.8 %"],
        ["2021", "22.71", "+4.1 %"],
        ["2022", "22.08", "–2.8 %"],
        ["2023", "22.75", "+3.0 %"],
    ]),
    ("p", "Most of the growth took place at Busan New Port, west of the old harbour, where two fully "
          "automated berths entered service in 2023. Together, the North Port and the New Port "
          "terminals now have a capacity of about 25 million TEU a year."),
    ("pagebreak",),
    ("h", "Sister port and sister city"),
    ("p", "On 12 January, BPA and the Port of Kaohsiung renewed the sister-port agreement that the two "
          "ports first signed in 2006. The renewed agreement adds joint work on shore power, digital "
          "port-call data and training for crane operators. Busan's international network is not "
          "limited to ports: the city has been a sister city of Shanghai since 1993, and the two "
          "municipal governments meet every year."),
    ("h", "The industrial hinterland"),
    ("p", "The port serves one of the densest manufacturing regions in Asia. In Ulsan, an hour's drive "
          "to the north, Hyundai Motor runs the largest single car factory in Asia, next to "
          "shipyards and a large petrochemical complex. Ulsan's own harbour is South Korea's largest "
          "liquid-cargo port, handling crude oil, refined products and chemicals."),
    ("p", "On Geoje Island, in South Gyeongsang Province, two of the world's biggest yards build LNG "
          "carriers and container ships. Further west, in South Jeolla Province, Gwangyang is home to "
          "one of the largest steelworks in the world, which ships coils and plates through its own "
          "terminals."),
    ("p", "Busan's own economy rests on logistics, seafood processing and tourism, and a growing "
          "financial sector has formed around the Busan International Finance Center. The city's "
          "beaches and its film festival draw several million visitors every year."),
    ("p", "Media contact: Busan Port Authority, Public Relations Team. This release is also available "
          "in Korean."),
]

GENOA_TURIN = [
    ("title", "North-West Italy: Genoa and Turin"),
    ("subtitle", "Market brief for members · Trade Desk, Anglo-Italian Chamber of Commerce · March 2024"),
    ("h", "Overview"),
    ("p", "Genoa (Genova) and Turin (Torino) anchor the north-west of Italy and, together with Milan "
          "(Milano), once formed the country's “industrial triangle”. Today the division of labour "
          "is clear: Liguria provides the access to the sea, Piedmont the manufacturing depth. For "
          "members, the pairing matters because most containers bound for Turin arrive through "
          "Genoa, some 170 km away on the other side of the Apennines."),
    ("h", "The port of Genoa"),
    ("p", "Genoa is Italy's leading gateway port. In 2023 it handled about 2.35 million TEU and roughly "
          "51 million tonnes of cargo across all segments. It is also one of the busiest ports in the "
          "Mediterranean for ferries and cruise ships. The container terminal at Pra’, operated by "
          "PSA Genova Pra’, can handle around 2.5 million TEU a year on its own."),
    ("table", [
        ["Key figures, port of Genoa", "2023"],
        ["Container throughput", "2.35 million TEU"],
        ["Total cargo", "51 million tonnes"],
        ["Rail share of containers", "14 %"],
        ["Distance to Turin by road", "170 km"],
    ]),
    ("h", "Rail links"),
    ("p", "Two large rail projects will change the picture in the coming years. The Third Giovi Pass "
          "(Terzo Valico dei Giovi), a new freight and passenger line between Genoa and Milan, is due "
          "to open in stages from 2026. In Piedmont, the base tunnel of the Turin–Lyon line is being "
          "driven under the Alps. Both are transport links, not agreements between the cities."),
    ("h", "Industry"),
    ("p", "Genoa's economy goes well beyond the quays. Shipbuilding remains strong, with cruise ships "
          "built at the western end of the city, and a steelworks still rolls coil on the waterfront. "
          "Electronics and robotics have grown around the city's technology institute."),
    ("p", "Turin is, above all, a car city: the automotive industry and its suppliers still employ tens "
          "of thousands of people. Aerospace is the second pillar, with satellite modules and aircraft "
          "components made on the city's outskirts, and the food industry is famous for coffee "
          "roasting and chocolate making. Milan, for its part, contributes fashion and finance to the "
          "region."),
    ("h", "Twinning"),
    ("p", "Genoa, the birthplace of Christopher Columbus, has been a sister city of Columbus, Ohio, "
          "since 1955. Turin has been twinned with Detroit since 1998, a natural match between two "
          "capitals of the motor industry. Milan’s twinning with Saint Petersburg, signed in 1967, was "
          "suspended in 2022 and is no longer active."),
    ("h", "Contacts"),
    ("p", "Questions about the region go to Chiara Ferrara at our Trade Desk. Members who bank with "
          "Banca Popolare di Sondrio can also use its trade-finance desk for letters of credit."),
]

BADEN_WUERTTEMBERG = [
    ("title", "Baden-Württemberg im Überblick: Branchen, Rheinhäfen, Partnerstädte"),
    ("subtitle", "Regionaler Wirtschaftsbrief für Außenhandelsunternehmen · Frühjahr 2024"),
    ("h", "Region Stuttgart: Fahrzeug- und Maschinenbau"),
    ("p", "Die Landeshauptstadt Stuttgart ist das Zentrum des Fahrzeug- und Maschinenbaus im "
          "Südwesten. Zwei weltbekannte Autohersteller haben hier ihren Sitz. Ergänzt wird das Profil durch eine starke IT- und "
          "Softwarebranche sowie durch die Versicherungswirtschaft. In Sindelfingen, wenige "
          "Kilometer südwestlich, laufen Oberklasse-Limousinen vom Band; der Automobilbau ist dort "
          "mit Abstand größter Arbeitgeber."),
    ("h", "Rhein-Neckar: Mannheim und Ludwigshafen"),
    ("p", "Wo der Neckar in den Rhein mündet, liegt Mannheim mit einem der größten Binnenhäfen "
          "Europas. Die Hafengesellschaft meldete für 2023 einen Umschlag von rund 7,6 Mio. Tonnen "
          "per Schiff und Bahn, nach 8,1 Mio. Tonnen im Vorjahr. Die Stadt selbst ist ein Standort "
          "der Elektro- und Landtechnik; Traktoren aus Mannheim werden in alle Welt exportiert."),
    ("p", "Auf der gegenüberliegenden Rheinseite, bereits in Rheinland-Pfalz, prägt die Chemieindustrie "
          "das Bild von Ludwigshafen am Rhein. Dort befindet sich der größte zusammenhängende "
          "Chemiestandort der Welt."),
    ("pagebreak",),
    ("h", "Karlsruhe und Heilbronn"),
    ("p", "Karlsruhe gilt als IT-Hauptstadt des Landes. Dazu kommt die Energiewirtschaft mit "
          "Deutschlands größter Ölraffinerie am Rheinufer. Die Rheinhäfen Karlsruhe schlugen 2023 "
          "rund 5,3 Mio. Tonnen um und gehören damit zu den größten Binnenhäfen Deutschlands. „Ohne "
          "den Rhein wäre die Raffinerie hier nicht denkbar“, sagt Prof. Dr. Jana Wertheim, die am "
          "Karlsruher Institut für Technologie zur Binnenschifffahrt forscht."),
    ("p", "Heilbronn am Neckar verbindet Tradition und Zukunft: Unter der Stadt wird seit mehr als "
          "hundert Jahren Steinsalz abgebaut, und mit einem neuen Innovationspark will Heilbronn zum "
          "Standort für künstliche Intelligenz werden."),
    ("h", "Unternehmen"),
    ("p", "Die Investitionsbereitschaft bleibt trotz der schwachen Konjunktur hoch. So kündigte der "
          "Baustoffkonzern Heidelberg Materials an, zwei Zementwerke im Land auf die Abscheidung von "
          "CO2 umzurüsten."),
    ("h", "Partnerstädte und Städtefreundschaften"),
    ("p", "Stuttgart und Cardiff sind seit 1955 Partnerstädte. Mannheim pflegt seit 1959 eine "
          "Städtepartnerschaft mit Toulon, der französischen Hafenstadt am Mittelmeer. Karlsruhe "
          "verbindet seit 1992 eine Städtefreundschaft mit Temeswar (Timișoara) im Westen Rumäniens. "
          "Für Geschäftsreisen in Richtung Frankreich ist die Schnellzugverbindung wichtig, die "
          "Stuttgart über Karlsruhe und Straßburg mit Paris verbindet."),
    ("p", "Alle Umschlagswerte sind gerundet und beruhen auf vorläufigen Angaben der Hafengesellschaften."),
]

PDFS = {
    "busan-port-press-release.pdf": dict(
        blocks=BUSAN, header="Busan Port Authority · Press Release 2024-03",
        footer="Page {n} of 2", lang="en-GB", title="Port of Busan handles 22.75 million TEU in 2023"),
    "baden-wuerttemberg-wirtschaftsbrief.pdf": dict(
        blocks=BADEN_WUERTTEMBERG, header="Regionaler Wirtschaftsbrief Baden-Württemberg · 1/2024",
        footer="– {n} –", lang="de-DE", title="Baden-Württemberg im Überblick"),
}
DOCXS = {
    "frankfurt-luftfracht-datenblatt.docx": dict(
        blocks=FRANKFURT, title="Datenblatt Luftfrachtstandort Frankfurt am Main"),
    "genoa-turin-chamber-brief.docx": dict(
        blocks=GENOA_TURIN, title="North-West Italy: Genoa and Turin"),
}


# The test split has its own look (smaller title, italic captions, lighter tables), its own
# author and its own fixed timestamp; all of them show in the bytes, so they stay as they were.
build_test_pdf = partial(build_flow_pdf, creator="trex build_test_samples.py", author="trex test samples",
                         table=light_table,
                         styles=TEST_STYLES)
build_test_docx = partial(build_docx, author="trex test samples", when=TEST_TIME)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_test_pdf, PDFS), (build_test_docx, DOCXS))


if __name__ == "__main__":
    main()
