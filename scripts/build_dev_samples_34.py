#!/usr/bin/env python3
"""Build the thirty-fourth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_34.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. See the section
"Development batch 34" in ``scripts/SAMPLES.md``. The layout helpers (fonts, fixed timestamps,
PDF and DOCX builders) are shared with the other build scripts and live in
``sample_builders.py``.

Layouts in this batch:

* ``b34-huelva-port-press-kit-facts.pdf``: a port's press-kit "facts" page, two pages, running
  header, footer "Press kit 2024 – page N of 2", a drawn table of Andalusian ports with the
  tonnage unit and year only in the column header.
* ``b34-genferseeraum-risikoprofil-versicherer.pdf``: an insurer's regional risk profile in
  German, two pages, running header, footer "Seite N von 2 · nur für den internen Gebrauch", a
  drawn table of towns, lead sectors, main hazards and risk class (one town's sectors are given
  only in the table).
* ``b34-stade-jahresbericht-wirtschaftskapitel.docx``: the economy chapter of a municipal annual
  report in German, with headings, a caption and a table of neighbouring towns and their lead
  sectors (one row is a district, some sectors are given only in the table).

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

HUELVA = [
    ("title", "Port of Huelva: Facts & Figures"),
    ("subtitle", "Press kit for journalists · Communications Department · updated April 2024"),
    ("h", "At a glance"),
    ("p", "The Port of Huelva lies where the Odiel and Tinto rivers meet the Atlantic, in the "
          "south-western corner of Spain. It handled 33.1 million tonnes of cargo in 2023, a little "
          "more than the 32.4 million tonnes of the year before, and is the second-largest port in "
          "Andalusia by tonnage, after Algeciras. Three quarters of the volume is liquid bulk: crude "
          "oil, LNG and chemicals. Copper concentrate from the mines of the Iberian Pyrite Belt and "
          "grain make up most of the rest."),
    ("h", "The industries behind the cargo"),
    ("p", "Huelva is one of Spain’s main chemical hubs. On the banks of the Odiel, a producer of "
          "copper cathodes runs one of Europe’s largest copper smelters, and its neighbours make "
          "fertilisers and titanium dioxide pigments. The city also wants to become a centre for "
          "green hydrogen; the first large electrolyser is due to start up in 2026, so it does not "
          "appear in our figures yet."),
    ("p", "Across the Tinto, the oil refinery at Palos de la Frontera is the port’s biggest single "
          "customer. Moguer, a few kilometres upriver, is home to fruit-packing and cold-storage "
          "firms; they serve the strawberry and blueberry farms of the province of Huelva, which "
          "supply much of Europe’s early-season berries."),
    ("h", "Andalusia’s ports compared"),
    ("p", "Algeciras remains in a league of its own. Spain’s busiest port handled about 4.7 million "
          "TEU in 2023, most of it transhipment between the big east–west container lines. The "
          "table shows total cargo for the main Andalusian ports on the Atlantic side and at the "
          "Strait."),
    ("caption", "Table 1. Cargo handled by selected Andalusian ports (rounded)"),
    ("table", [
        ["Port", "Main cargo groups", "Total 2023 (million t)"],
        ["Algeciras", "containers, fuel, ro-ro", "100.2"],
        ["Huelva", "liquid bulk, minerals", "33.1"],
        ["Seville", "agribulk, containers", "4.9"],
        ["Cádiz", "ro-ro, cement, cruise", "3.6"],
    ], [32, 72, 50]),
    ("pagebreak",),
    ("h", "Our neighbours"),
    ("p", "Seville, 90 kilometres to the east, runs Spain’s only inland seaport, 80 kilometres up "
          "the Guadalquivir. The Andalusian capital builds aircraft: a final assembly line for "
          "military transport planes and several dozen aerospace suppliers employ around 10,000 "
          "people there. A spokesman for the Banco de Sevilla, one of the lenders to our new "
          "rail terminal, called the two ports “natural partners rather than rivals”."),
    ("p", "Cádiz, at the tip of its peninsula, is a ship-repair town: two yards overhaul cruise "
          "ships and build steel sections for offshore wind platforms. Inland, Jerez de la "
          "Frontera lives from its sherry bodegas and its horse-breeding studs, and its airport "
          "brings many of the cruise passengers who board in Cádiz."),
    ("h", "Partnerships"),
    ("bullets", [
        "Port cooperation: the Port of Huelva and the Port of Rotterdam signed a memorandum of "
        "understanding in 2022 on a green-hydrogen corridor between southern Spain and the "
        "Netherlands. The agreement covers the handling of hydrogen carriers such as ammonia.",
        "Twin cities: Huelva and Faro, across the Portuguese border, are twin cities, and the "
        "two councils run a joint cross-border office for small firms.",
        "Cádiz has been a sister city of its namesake, Cadiz in the Philippine province of Negros "
        "Occidental, since 2009. Jerez de la Frontera is twinned with Biarritz.",
        "Talks with Tangier about a sister-port agreement started in 2023; no text has been "
        "agreed. A weekly ro-ro service to the Canary Islands sails every Tuesday.",
    ]),
    ("h", "Key figures 2023"),
    ("bullets", [
        "Total cargo: 33.1 million tonnes (2022: 32.4 million tonnes)",
        "Land area: 1,700 hectares, of which 600 hectares are available for new projects",
        "Direct jobs linked to port activity: about 8,000",
        "Cruise passengers: 42,000",
    ]),
    ("h", "Press contact"),
    ("p", "Lucía Lepe, Head of Communications · prensa@puertohuelva.example · "
          "+34 959 000 000. High-resolution photos of the terminals are available on request."),
]

GENFERSEE = [
    ("title", "Regionales Risikoprofil: Genferseeraum und Unterwallis"),
    ("subtitle", "Underwriting-Notiz für Industrie- und Gewerbekunden · Alpenrück Versicherungen AG · "
                 "Stand Februar 2024"),
    ("h", "1. Zweck und Gebiet"),
    ("p", "Diese Notiz fasst die wichtigsten Sach-, Betriebsunterbrechungs- und Naturgefahrenrisiken "
          "für unsere Firmenkunden zwischen Lausanne und Martigny zusammen. Das Gebiet reicht vom "
          "Nordufer des Genfersees über das Chablais bis ins Rhonetal bei Sitten. Genf wird in einem "
          "eigenen Profil behandelt."),
    ("h", "2. Wirtschaftsstruktur nach Orten"),
    ("p", "Lausanne ist Hochschul- und Dienstleistungsstadt. Rund um die beiden Hochschulen haben "
          "sich Medizintechnik- und Biotechnologiefirmen angesiedelt, und die Stadt ist Sitz "
          "zahlreicher internationaler Sportverbände. Große Menschenansammlungen gibt es bei "
          "Spielen im Stade de la Tuilière, was für Veranstaltungspolicen zählt."),
    ("p", "In Vevey hat Nestlé seinen Hauptsitz; die Nahrungsmittelindustrie ist dort vor allem mit "
          "Forschung und Verwaltung vertreten, kaum mit Produktion. Das benachbarte Montreux lebt "
          "vom Tourismus, von Privatkliniken und vom Kongressgeschäft."),
    ("p", "Im Chablais ist Monthey der wichtigste Industriestandort. Auf dem Chemieareal der Stadt "
          "stellen mehrere Konzerne Wirkstoffe für den Pflanzenschutz und für die Pharmaindustrie "
          "her. Dort liegt auch das größte Einzelrisiko unseres Bestands in der Region."),
    ("p", "Sitten (frz. Sion) ist Hauptort und Verwaltungszentrum des Kantons Wallis. Weinbau und "
          "Kellereien prägen die Wirtschaft der Stadt ebenso wie die Wasserkraft, deren Zentralen "
          "und Stauseen in den Seitentälern liegen. Der Kanton insgesamt ist für Aluminium, "
          "Tourismus und Aprikosen bekannt."),
    ("p", "Martigny am Rhoneknie ist Verkehrsknoten und Sitz zahlreicher Transport- und "
          "Bauunternehmen. Im Nachbarort Martigny-Combe wird vor allem Wein angebaut."),
    ("caption", "Tabelle 1: Orte, Leitbranchen und Hauptgefahren"),
    ("table", [
        ["Ort", "Leitbranchen", "Hauptgefahr", "Klasse"],
        ["Lausanne", "Medizintechnik, Biotech", "Hangrutsch", "2"],
        ["Vevey", "Nahrungsmittel", "Seehochwasser", "2"],
        ["Montreux", "Tourismus, Kliniken", "Murgang", "3"],
        ["Monthey", "Chemie, Pharma", "Störfall", "4"],
        ["Aigle", "Weinbau, Holzbau", "Murgang", "2"],
        ["Sitten", "Weinbau, Wasserkraft", "Rhonehochwasser", "3"],
        ["Martigny", "Transport, Bau", "Erdbeben", "3"],
    ], [28, 58, 46, 18]),
    ("p", "Risikoklassen von 1 (gering) bis 5 (sehr hoch), nach unserem internen Modell."),
    ("pagebreak",),
    ("h", "3. Naturgefahren"),
    ("p", "Das Wallis hat die höchste Erdbebengefährdung der Schweiz. Für Gebäude im Rhonetal "
          "rechnen wir mit einer Schadenhäufigkeit, die doppelt so hoch ist wie im Mittelland. Die "
          "dritte Rhonekorrektion soll die Talebene bis 2040 vor einem Jahrhunderthochwasser "
          "schützen; bis dahin bleiben Lagerhallen in Flussnähe schwer versicherbar. Am Seeufer "
          "zwischen Vevey und Montreux sind Murgänge aus den Wildbächen das Hauptthema."),
    ("h", "4. Verkehr und Lieferketten"),
    ("p", "Schwere Güter erreichen die Region per Bahn aus den Rheinhäfen oder über den Simplon "
          "aus Italien. Luftfracht läuft fast ausschließlich über den Flughafen Genf. Er fertigte "
          "2023 gut 60.000 Tonnen Fracht ab und ist nach Zürich der zweitgrößte Frachtflughafen "
          "der Schweiz. Ein Ausfall der Autobahn A9 trifft vor allem die Logistik im Unterwallis."),
    ("h", "5. Partnerschaften der Gemeinden"),
    ("p", "Partnerschaften sind für uns relevant, weil über sie im Großschadenfall Hilfe von "
          "Feuerwehr und Zivilschutz organisiert wird. Montreux ist seit 1958 mit Wiesbaden "
          "verschwistert, Martigny mit Vaison-la-Romaine in der Provence. Vevey und Évian-les-Bains "
          "auf dem französischen Ufer haben 2019 eine Städtefreundschaft geschlossen; beide Städte "
          "betreiben seither einen gemeinsamen Seerettungsdienst. Die Kursschiffe zwischen "
          "Lausanne und Évian bleiben davon unberührt. Eine Partnerschaft zwischen Sitten und einer "
          "Gemeinde im Aostatal ist im Gespräch, beschlossen ist noch nichts."),
    ("h", "6. Empfehlungen"),
    ("bullets", [
        "Betriebsunterbrechung bei Chemie- und Pharmakunden nur mit Wechselwirkungsklausel zeichnen.",
        "Lager im Rhonetal unterhalb von 400 m ü. M. mit Hochwasserauflagen versehen.",
        "Kumul bei Großveranstaltungen in Montreux und Lausanne gesondert prüfen.",
    ]),
    ("p", "Ansprechpartner: Dr. Thomas Sierre, Leiter Underwriting Westschweiz."),
]

STADE = [
    ("title", "Jahresbericht 2023 der Hansestadt Stade"),
    ("subtitle", "Kapitel 5: Wirtschaft, Hafen und Arbeitsmarkt"),
    ("h", "5.1 Überblick"),
    ("p", "Die Hansestadt Stade hat das Jahr 2023 mit einem Höchststand bei den "
          "sozialversicherungspflichtig Beschäftigten abgeschlossen: Rund 27.800 Menschen arbeiten "
          "in der Stadt, gut 600 mehr als ein Jahr zuvor. Die Gewerbesteuer brachte 58 Mio. Euro "
          "ein. Die Stader Wirtschaft ruht weiterhin auf zwei Säulen, der Chemie- und "
          "Kunststoffindustrie im Industriegebiet an der Elbe und der Luft- und Raumfahrtindustrie."),
    ("p", "Ein Hersteller von Flugzeugteilen aus kohlenstofffaserverstärktem Kunststoff fertigt "
          "Seitenleitwerke und Rumpfschalen und beschäftigt rund 2.000 Menschen. Daneben produziert "
          "ein Werk im Ortsteil Bützfleth Aluminiumoxid für Aluminiumhütten in ganz Europa. Das "
          "Kernkraftwerk Stade ist seit 2003 abgeschaltet; sein Rückbau soll bis zum Ende des "
          "Jahrzehnts abgeschlossen sein."),
    ("h", "5.2 Hafen"),
    ("p", "Der Seehafen Stade-Bützfleth schlug 2023 rund 5,4 Mio. Tonnen um, nach 5,9 Mio. Tonnen im "
          "Vorjahr. Den größten Teil machen Rohstoffe für die Chemie aus, vor allem Salz, Bauxit und "
          "Natronlauge. Am Hafen entsteht ein Terminal für Flüssigerdgas (LNG), das ab 2027 "
          "jährlich bis zu 13 Mrd. Kubikmeter Gas aufnehmen soll."),
    ("p", "Der Hafen Stade und der schwedische Hafen Karlshamn haben im Mai 2023 eine "
          "Absichtserklärung über eine Zusammenarbeit bei der Digitalisierung der Hafenabläufe "
          "unterzeichnet. Im Mittelpunkt stehen gemeinsame Standards für Ladungsdaten."),
    ("h", "5.3 Der Wirtschaftsraum an der Unterelbe"),
    ("p", "Stade ist Teil eines Wirtschaftsraums zwischen Hamburg und Cuxhaven, der über die Elbe "
          "hinwegreicht. Buxtehude, 20 Kilometer östlich, ist ein Logistik- und Handelsstandort; "
          "dort haben sich zudem mehrere Hersteller von Medizinprodukten angesiedelt. Das Alte "
          "Land zwischen beiden Städten ist das größte geschlossene Obstanbaugebiet Nordeuropas."),
    ("p", "Cuxhaven an der Elbmündung hat sich zu einem Zentrum der Offshore-Windindustrie "
          "entwickelt; die Stadt lebt außerdem von der Fischverarbeitung und vom Tourismus. Auf "
          "der Nordseite der Elbe liegen Brunsbüttel mit seinem Industriepark für Chemie und "
          "Energie und Glückstadt, wo eine Papierfabrik Recyclingpapier herstellt. Tabelle 5.1 "
          "zeigt die Leitbranchen der Nachbarstädte, mit denen unsere Wirtschaftsförderung "
          "zusammenarbeitet."),
    ("caption", "Tabelle 5.1: Nachbarstädte und ihre Leitbranchen"),
    ("table", [
        ["Stadt", "Leitbranchen", "Entfernung nach Stade (km)"],
        ["Buxtehude", "Logistik, Handel, Medizinprodukte", "20"],
        ["Cuxhaven", "Offshore-Wind, Fischverarbeitung, Tourismus", "70"],
        ["Brunsbüttel", "Chemie, Energie, Hafenlogistik", "35"],
        ["Glückstadt", "Papierindustrie, Bootsbau", "25"],
        ["Landkreis Stade", "Obstbau, Chemie, Luftfahrt", "–"],
    ]),
    ("h", "5.4 Städtepartnerschaften"),
    ("p", "Mit Goldsboro im US-Bundesstaat North Carolina ist Stade seit 1987 verschwistert, mit dem "
          "schwedischen Karlshamn seit 1990. Beide Partnerstädte schickten 2023 Jugendgruppen zum "
          "Altstadtfest, aus Goldsboro kam zudem eine Delegation des Stadtrats. Die Nachbarstadt "
          "Buxtehude ist seit 1990 mit Blagnac bei Toulouse verschwistert. Über eine "
          "Städtefreundschaft mit dem polnischen Bielsko-Biała wird derzeit beraten; ein "
          "Ratsbeschluss steht noch aus."),
    ("h", "5.5 Ausblick"),
    ("p", "Für 2024 erwartet die Wirtschaftsförderung weitere Ansiedlungen im Gewerbegebiet am "
          "Hafen. Stadtbaurätin Maren Jork kündigte im Stader Tageblatt an, die Erschließung der "
          "letzten Flächen bis 2025 abzuschließen. Geplant ist außerdem ein Elektrolyseur für "
          "grünen Wasserstoff, dessen Bau frühestens 2025 beginnen kann."),
]


PDFS = {
    "b34-huelva-port-press-kit-facts.pdf": dict(
        blocks=HUELVA, header="Port of Huelva · Press Kit 2024 · Facts & Figures",
        footer="Press kit 2024 – page {n} of 2", lang="en", title="Port of Huelva: Facts & Figures"),
    "b34-genferseeraum-risikoprofil-versicherer.pdf": dict(
        blocks=GENFERSEE, header="Alpenrück Versicherungen AG · Risikoprofil Genferseeraum und "
                                 "Unterwallis · 2024",
        footer="Seite {n} von 2 · nur für den internen Gebrauch", lang="de",
        title="Regionales Risikoprofil: Genferseeraum und Unterwallis"),
}
DOCXS = {
    "b34-stade-jahresbericht-wirtschaftskapitel.docx": dict(
        blocks=STADE, title="Jahresbericht 2023 der Hansestadt Stade – Kapitel 5 Wirtschaft"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_34.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
