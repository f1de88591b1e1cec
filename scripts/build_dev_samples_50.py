#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 50 in ``samples/dev/``.

    python scripts/build_dev_samples_50.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. See the
section "Development batch 50" of ``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared
with the other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``b50-port-of-brest-customer-bulletin.pdf``: two pages, running header,
  footer "Customer Bulletin 2/2024 – page N", a drawn table "Port | Throughput
  (million t) | Containers (TEU) | Industries in the port city" with the units
  in the column headers; some tonnages and one city's industries are given only
  in the table.
* ``b50-mekong-standortvergleich-kaeltetechnik.pdf``: two pages, running
  header, footer "Seite N von 2", a drawn table "Standort | Provinz |
  Branchenschwerpunkte | Hafenumschlag 2023 (Mio. t) | Bewertung" whose province
  column repeats two city names; one city's sectors and two tonnages are given
  only in the table.
* ``b50-botschaft-prag-wirtschaftskurzinfo-maehren.docx``: German embassy
  commercial section brief with headings, German exonyms (Brünn, Olmütz,
  Prerau, Proßnitz, Mährisch-Ostrau) and a captioned table of locations and
  sectors whose last row is a region.

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

BREST = [
    ("title", "Customer Bulletin 2/2024"),
    ("subtitle", "Port of Brest · Commercial Department · for shippers, forwarders and shipping lines · "
                 "June 2024"),
    ("h", "2023 in brief"),
    ("p", "The Port of Brest handled 2.4 million tonnes of cargo in 2023, slightly less than the 2.5 "
          "million tonnes of the year before, as lower soymeal imports offset a good year for "
          "containers. The container terminal on the polder handled 48,000 TEU; after the quay "
          "extension now under way it is designed for 80,000 TEU a year. Brest remains the largest "
          "commercial port in Brittany."),
    ("p", "A reminder for new customers: this is Brest in Finistère, France. Every few months a box "
          "booked for Brest in Belarus, the rail hub on the Polish border, turns up in our booking "
          "system, so please check the location code before you confirm. Match days of Stade "
          "Brestois, on the other hand, do not affect gate hours."),
    ("h", "What our hinterland makes"),
    ("p", "Brest’s mainstay is the navy. Naval shipbuilding and ship repair employ several thousand "
          "people around the military harbour and the commercial dry docks, which remain busy with "
          "cruise ships and offshore vessels. The city is also a centre for marine electronics: makers "
          "of sonar and underwater acoustic systems have settled near the technology park. Brest’s "
          "ocean-science institutes, whose research ranges from deep-sea biology to climate, bring "
          "research vessels to our quays, but they are customers, not an industry of their own."),
    ("p", "An hour to the south-east, Lorient is home to a large fishing harbour and to the fish "
          "processors that buy much of its catch. The yards at the former submarine base there build "
          "racing yachts for round-the-world races, and several sail lofts have followed them."),
    ("p", "On the north coast, Saint-Malo has a sizeable food-processing sector, and a family group "
          "based in the town makes fertilisers and animal feed from seaweed and minerals; much of its "
          "output leaves through its own quay. The vegetable cooperatives of the Léon area, by "
          "contrast, ship artichokes and cauliflowers through Roscoff, whose ferries run to Plymouth "
          "and Cork."),
    ("h", "Partners"),
    ("p", "Our city has been twinned with Plymouth since 1963 and with Kiel since 1964, and both "
          "partner cities sent delegations to the sailing festival last summer. In 2018 the ports of "
          "Brest and Cork signed a cooperation agreement on project cargo and ro-ro services; the two "
          "ports now train crane drivers together. Saint-Malo, for its part, is twinned with Cowes on "
          "the Isle of Wight. Sister-port talks with Vigo were suspended in 2020 and have not resumed."),
    ("pagebreak",),
    ("h", "Our neighbours at a glance"),
    ("p", "Many of our customers also use the Norman ports, so we compare them below. Le Havre, "
          "France’s largest container port, handled about 3.0 million TEU in 2023; the refineries and "
          "petrochemical plants on the estuary are its biggest industrial employers. Cherbourg is "
          "known for its submarine yard, and Caen has electronics and automotive suppliers."),
    ("caption", "Table 1: Ports of Brittany and Normandy, 2023"),
    ("table", [
        ["Port", "Throughput (million t)", "Containers (TEU)", "Industries in the port city"],
        ["Brest", "2.4", "48,000", "naval shipbuilding, marine electronics"],
        ["Lorient", "2.1", "–", "fish processing, yacht building"],
        ["Saint-Malo", "1.8", "–", "fertilisers, animal feed"],
        ["Caen-Ouistreham", "3.5", "–", "electronics, automotive parts"],
        ["Cherbourg", "1.3", "–", "submarines, nuclear services"],
        ["Le Havre", "64.0", "3,000,000", "refining, petrochemicals"],
    ], [32, 34, 30, 74]),
    ("p", "Sources: port authorities, rounded. Le Havre’s tonnage includes the river terminals that "
          "belong to the same port authority."),
    ("h", "Service notes"),
    ("bullets", [
        "Gate hours from 1 July: Monday to Friday 06:00–21:00, Saturday 07:00–13:00.",
        "The reefer yard gains 120 plugs in September.",
        "The weekly feeder to Le Havre now calls on Thursdays instead of Wednesdays.",
        "Dry dock 2 is closed for maintenance from 14 to 25 October.",
    ]),
    ("p", "Questions about this bulletin: commercial team, Port of Brest, +33 2 00 00 00 00."),
]

MEKONG = [
    ("title", "Standortvergleich Mekongdelta"),
    ("subtitle", "Service- und Ersatzteilstandort für einen Hersteller von Industriekälteanlagen · "
                 "Albers & Tran Standortberatung · Juli 2024"),
    ("h", "Auftrag"),
    ("p", "Unser Mandant, ein mittelständischer Hersteller von Kälte- und Gefrieranlagen aus "
          "Norddeutschland, will im Mekongdelta einen Service- und Ersatzteilstandort mit rund 30 "
          "Beschäftigten eröffnen. Seine Kunden sind vor allem Fisch- und Garnelenverarbeiter; einige "
          "Reismühlen in Thailand gehören ebenfalls dazu, spielen für die Standortwahl aber keine Rolle. "
          "Verglichen haben wir sechs Städte nach Kundennähe, Fachkräften, Erreichbarkeit und Kosten. "
          "Alle Zahlen sind gerundet."),
    ("h", "Cần Thơ"),
    ("p", "Cần Thơ ist das wirtschaftliche Zentrum des Deltas. Der Schwerpunkt liegt auf der Reis- und "
          "Fischverarbeitung, außerdem hat ein großer Arzneimittelhersteller seinen Sitz in der Stadt. "
          "Die Häfen von Can Tho schlugen 2023 rund 4,8 Mio. Tonnen um; Cần Thơ ist damit der größte "
          "Hafenstandort im Mekongdelta. Die Hafenbehörde der Stadt und der Hafen Lüttich haben 2019 "
          "eine Absichtserklärung über die Zusammenarbeit von Flusshäfen unterzeichnet. Seit 2017 ist "
          "Cần Thơ zudem Partnerstadt des südkoreanischen Changwon."),
    ("p", "Täglich verkehren Lkw-Shuttles zwischen Can Tho und Ho-Chi-Minh-Stadt, dem früheren Saigon. "
          "Das Terminal Cát Lái in Ho-Chi-Minh-Stadt ist mit rund 5 Mio. TEU im Jahr 2023 das größte "
          "Containerterminal Vietnams; fast alle Exportcontainer des Deltas laufen darüber."),
    ("h", "Long Xuyên"),
    ("p", "Long Xuyên ist bekannt für seine Pangasius-Filetierbetriebe, die einen großen Teil der "
          "vietnamesischen Filetexporte liefern, und für mehrere Futtermittelwerke. Für unseren "
          "Mandanten ist die Stadt der zweitbeste Standort: Hier sitzen die meisten Bestandskunden."),
    ("h", "Mỹ Tho"),
    ("p", "Mỹ Tho liegt am nächsten an Ho-Chi-Minh-Stadt. Die Schuh- und Textilfabriken im Industriepark "
          "der Provinz Tiền Giang ziehen allerdings Arbeitskräfte ab, und Kältetechniker sind knapp."),
    ("h", "Sóc Trăng und Cà Mau"),
    ("p", "Sóc Trăng ist ein Zentrum der Garnelenverarbeitung. Ein Investor aus Peking will dort ein "
          "Futtermittelwerk für Garnelen bauen; die Genehmigung steht noch aus. Sóc Trăng und eine "
          "japanische Stadt verhandeln über eine Partnerschaft, unterschrieben ist noch nichts. In Bạc "
          "Liêu ist ein LNG-Kraftwerk geplant."),
    ("p", "Cà Mau, die südlichste Stadt des Landes, ist die Hochburg der Garnelenzucht. Außerdem stehen "
          "dort ein großes Düngemittelwerk und zwei Gaskraftwerke. Für einen Servicestandort liegt die "
          "Stadt jedoch zu weit von den übrigen Kunden entfernt."),
    ("pagebreak",),
    ("h", "Rạch Giá"),
    ("p", "Rạch Giá am Golf von Thailand lebt von der Fischerei; auf mehreren Werften entstehen dort "
          "noch hölzerne Fischkutter. Die Stadt pflegt eine Städtepartnerschaft mit Kampot im "
          "benachbarten Kambodscha. Fähren verbinden sie mit den vorgelagerten Inseln."),
    ("h", "Vergleich auf einen Blick"),
    ("caption", "Tabelle 1: Standorte im Vergleich"),
    ("table", [
        ["Standort", "Provinz", "Branchenschwerpunkte", "Hafenumschlag 2023 (Mio. t)", "Bewertung"],
        ["Cần Thơ", "Cần Thơ", "Reis, Fisch, Pharma", "4,8", "8,2"],
        ["Long Xuyên", "An Giang", "Pangasius, Futtermittel", "1,6", "7,4"],
        ["Mỹ Tho", "Tiền Giang", "Obstverarbeitung", "–", "6,8"],
        ["Sóc Trăng", "Sóc Trăng", "Garnelenverarbeitung", "–", "6,1"],
        ["Rạch Giá", "Kiên Giang", "Fischerei, Bootsbau", "0,9", "5,7"],
        ["Cà Mau", "Cà Mau", "Garnelenzucht, Düngemittel", "–", "5,9"],
    ], [24, 22, 50, 44, 20]),
    ("p", "Vietnam ist nach Indien und Thailand einer der größten Reisexporteure der Welt, und das "
          "Delta liefert den Großteil davon. Für die Standortwahl zählt aber nicht die Landesstatistik, "
          "sondern die Kundennähe."),
    ("h", "Empfehlung"),
    ("p", "Wir empfehlen Cần Thơ: Flughafen, Hochschulen mit Kältetechnik-Ausbildung und die kürzesten "
          "Wege zu den Kunden in Long Xuyên und Sóc Trăng. Long Xuyên ist eine gute Alternative, wenn "
          "der Mandant später eine Montage anschließen will."),
    ("p", "Projektleitung: Dr. Hanna Albers und Minh Tran, Albers & Tran Standortberatung."),
]

MAEHREN = [
    ("title", "Wirtschaftskurzinfo Tschechien: Schwerpunkt Mähren"),
    ("subtitle", "Deutsche Botschaft Prag · Wirtschaftsabteilung · Stand: Mai 2024"),
    ("h", "Überblick"),
    ("p", "Tschechien ist einer der wichtigsten Handelspartner Deutschlands, und die Automobilindustrie "
          "prägt die Industrie des ganzen Landes. Diese Kurzinfo richtet sich an deutsche Unternehmen, "
          "die Lieferanten oder Standorte im östlichen Landesteil, in Mähren, suchen. Wir nennen die "
          "Städte mit ihren deutschen Namen und geben die tschechischen bei der ersten Nennung in "
          "Klammern an."),
    ("h", "Brünn (Brno)"),
    ("p", "Brünn, die zweitgrößte Stadt des Landes, ist das Zentrum des mährischen Maschinen- und "
          "Anlagenbaus. Brünner Turbinenbauer liefern Dampfturbinen in alle Welt. Daneben hat sich die "
          "Stadt zu einem Standort der Softwareentwicklung entwickelt. Die Themen der Internationalen "
          "Maschinenbaumesse im Oktober, in diesem Jahr Wasserstoff und Kreislaufwirtschaft, sind "
          "dagegen Messethemen und sagen wenig über die örtliche Industrie. Brünn ist seit 1973 "
          "Partnerstadt von Leipzig; Busse fahren mehrmals täglich nach Wien und einmal täglich nach "
          "Mailand."),
    ("h", "Mährisch-Ostrau (Ostrava)"),
    ("p", "Mährisch-Ostrau ist die Hochburg der Stahl- und Hüttenindustrie. Der Steinkohlenbergbau im "
          "Stadtgebiet endete 1994. Die Technische Universität forscht an Wasserstoff und "
          "Batterierecycling; ein Recyclingwerk für Batterien ist am Stadtrand geplant, aber noch nicht "
          "genehmigt. Ein Schnellzug verbindet die Stadt mit Warschau."),
    ("h", "Olmütz, Prerau und Proßnitz"),
    ("p", "In Olmütz (Olomouc) liegt der Schwerpunkt auf der Lebensmittelindustrie und dem "
          "Landmaschinenbau. Prerau (Přerov) ist bekannt für Chemie und Feinoptik; die Gespräche über "
          "eine Partnerschaft mit Kamenz ruhen dort allerdings seit 2019. Proßnitz (Prostějov) ist seit "
          "langem mit Borken im Münsterland verschwistert; beide Städte organisieren jedes Jahr einen "
          "Unternehmeraustausch."),
    ("h", "Zlín"),
    ("p", "Zlín, das von 1949 bis 1989 Gottwaldov hieß, war einst Sitz eines Schuhimperiums. Heute sind "
          "die Kunststoff- und Gummiverarbeitung die wichtigsten Branchen. Zlín pflegt eine "
          "Städtefreundschaft mit Altenburg in Thüringen."),
    ("caption", "Tabelle 1: Standorte in Mähren und ihre Branchenschwerpunkte"),
    ("table", [
        ["Standort", "Einwohner (gerundet)", "Branchenschwerpunkte"],
        ["Brünn / Brno", "380.000", "Maschinen- und Anlagenbau, Turbinen, Software"],
        ["Mährisch-Ostrau / Ostrava", "280.000", "Stahl, Hüttenwesen, IT-Dienstleistungen"],
        ["Olmütz / Olomouc", "100.000", "Lebensmittel, Landmaschinen"],
        ["Prerau / Přerov", "41.000", "Chemie, Optik"],
        ["Proßnitz / Prostějov", "43.000", "Bekleidung"],
        ["Zlín", "73.000", "Kunststoff, Gummi"],
        ["Region Zlín (Zlínský kraj)", "580.000", "Schuhe, Holzverarbeitung"],
    ]),
    ("h", "Logistik"),
    ("p", "Für Seefracht nutzen mährische Unternehmen vor allem die Nordseehäfen und zunehmend Koper. "
          "Koper, der größte Containerhafen an der Adria, schlug 2023 rund 1,0 Mio. TEU um. Ein "
          "Containerzug verbindet Brünn fünfmal pro Woche mit Hamburg."),
    ("h", "Kontakt"),
    ("p", "Ansprechpartnerin in der Wirtschaftsabteilung ist Frau Petra Brünner, Referentin für "
          "Wirtschaft und Handel. Termine für Unternehmerreisen nach Mähren stimmen Sie bitte "
          "mindestens sechs Wochen im Voraus mit ihr ab."),
]


PDFS = {
    "b50-port-of-brest-customer-bulletin.pdf": dict(
        blocks=BREST, header="Port of Brest · Customer Bulletin 2/2024 · June 2024",
        footer="Customer Bulletin 2/2024 – page {n}", lang="en",
        title="Port of Brest – Customer Bulletin 2/2024"),
    "b50-mekong-standortvergleich-kaeltetechnik.pdf": dict(
        blocks=MEKONG, header="Albers & Tran Standortberatung · Standortvergleich Mekongdelta · Juli 2024",
        footer="Seite {n} von 2", lang="de", title="Standortvergleich Mekongdelta"),
}
DOCXS = {
    "b50-botschaft-prag-wirtschaftskurzinfo-maehren.docx": dict(
        blocks=MAEHREN, title="Wirtschaftskurzinfo Tschechien: Schwerpunkt Mähren"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_50.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
