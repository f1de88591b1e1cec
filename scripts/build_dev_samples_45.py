#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 45 in ``samples/dev/``.

    python scripts/build_dev_samples_45.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the
texts are embedded below, and the output is deterministic (reportlab runs in invariant mode;
DOCX core properties and zip timestamps are fixed), so running it again gives byte-identical
files. The gold annotations (``NAME.gold.json``) are written by hand and kept beside the
documents; this script does not touch them, nor the TXT and HTML reports of the batch.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``b45-perth-corridor-investor-fact-sheet.pdf``: two pages, a tourism-and-business board's
  investor fact sheet, running header, footer "Fact sheet 3/2024 · page N of 2", a drawn
  table "Town | Lead sectors | Port throughput 2023 (Mt)" whose unit is given only in the
  header cell; one row is a region, two towns' sectors are given only in the table.
* ``b45-thueringen-industriemuseum-besucherfaltblatt.pdf``: two pages, a museum of
  industry's visitor leaflet, running header, footer "Seite N von 2 · …", a drawn table of
  exhibition rooms with a column of today's industries per town (one row is a region).
* ``b45-windverband-lieferkettenbericht-nordseekueste.docx``: a wind-energy association's
  supply chain report with headings, a caption and a table of locations, wind-industry
  focus, staff and port tonnage (unit only in the header cell; one row is a district).

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

PERTH = [
    ("title", "Investor Fact Sheet: Perth and the Fremantle–Kwinana Corridor"),
    ("subtitle", "Perth Coast and Country Visitor and Investment Board · Investment Attraction "
                 "Series · May 2024"),
    ("h", "Why Western Australia’s capital"),
    ("p", "Perth, the capital of Western Australia, is home to about 2.2 million people and lies "
          "closer to Singapore than to Sydney. The city took its name from Perth in Scotland, the "
          "birthplace of the colonial secretary of the day; the Scottish town on the Tay is a "
          "market town of some 47,000 people, while its namesake is the fastest-growing state "
          "capital in Australia."),
    ("p", "Western Australia’s economy relies on iron ore, gold and liquefied natural gas, most of "
          "it mined or produced far to the north. Perth itself rests on the head offices and "
          "engineering firms that serve those projects: mining services, oil and gas engineering "
          "and a fast-growing mining-technology sector. Education is the city’s largest services "
          "export, and medical research is expanding around the main hospital campus."),
    ("h", "Fremantle and the port"),
    ("p", "Fremantle, 20 kilometres south-west of the city centre, is Western Australia’s largest "
          "general cargo port. Fremantle Ports handled about 790,000 TEU in 2023, almost all of it "
          "at the Inner Harbour at the mouth of the Swan River. The Outer Harbour at Kwinana "
          "mainly handles bulk cargo: grain, alumina, fertiliser and fuel."),
    ("p", "The port city has a life of its own. The Fremantle boatbuilders, some of them family "
          "firms for three generations, build ferries, patrol boats and luxury yachts, and the "
          "fishing harbour is the base of a rock-lobster fleet with its own processing plants. "
          "Tourism is the third pillar: the town draws well over a million day visitors a year to "
          "its markets, cafés and the old convict prison. Just to the south, at Henderson, the "
          "Australian Marine Complex builds and maintains naval and commercial ships."),
    ("h", "Kwinana: the refining strip"),
    ("p", "The Kwinana industrial area, 40 kilometres south of Perth, is the state’s heavy-industry "
          "heartland. Kwinana is known for mineral processing: an alumina refinery, a nickel "
          "refinery and two new plants that turn spodumene from the state’s mines into lithium "
          "hydroxide for batteries. The oil refinery, which had run since 1955, shut in 2021 and is "
          "now an import terminal for fuel. A hydrogen plant has been proposed for the same site, "
          "but no investment decision has been made."),
    ("p", "Neighbouring Rockingham hosts the navy’s main base on the west coast, and the town is "
          "home to a growing cluster of defence contractors."),
    ("pagebreak",),
    ("h", "Locations at a glance"),
    ("caption", "Table 1: Corridor towns and regional ports, lead sectors and port throughput"),
    ("table", [
        ["Town", "Lead sectors", "Port throughput 2023 (Mt)"],
        ["Perth", "mining services, education, medical research", "–"],
        ["Fremantle", "boatbuilding, fishing, tourism", "see p. 1"],
        ["Kwinana", "alumina, nickel and lithium refining", "–"],
        ["Rockingham", "defence, tourism", "–"],
        ["Peel region", "agriculture, tourism", "–"],
        ["Bunbury", "wood processing, dairy processing", "17.5"],
        ["Geraldton", "fishing, mining services", "16.2"],
    ], [35, 85, 45]),
    ("p", "Bunbury lies two hours south of the capital, Geraldton four hours north; both have "
          "bulk ports with spare berth capacity. Further north, Port Hedland is the world’s largest bulk export port; it "
          "shipped about 560 million tonnes of iron ore in 2023."),
    ("h", "Connections"),
    ("p", "Direct flights link Perth with Singapore, Dubai and Tokyo, and the port has weekly "
          "container services to Asia. A new container port at Kwinana is being planned to take "
          "over from the Inner Harbour in the late 2030s."),
    ("h", "International ties"),
    ("p", "Perth has been a sister city of Kagoshima since 1974 and of Houston since 1984; both "
          "relationships bring trade missions to the city every second year. Fremantle is twinned "
          "with the Italian fishing towns of Capo d’Orlando and Molfetta, where many of the port’s "
          "first fishing families came from. In 2023 Fremantle Ports and the Port of Singapore "
          "signed a memorandum of understanding on port cooperation. Perth and Chengdu have been "
          "discussing a friendship agreement since 2019, but nothing has been signed."),
    ("h", "How we can help"),
    ("p", "Our investment team arranges site visits, introductions to local suppliers and meetings "
          "with the state’s approval agencies. Enquiries: Tom Broome, Senior Investment Manager, "
          "Perth Coast and Country Visitor and Investment Board."),
]

MUSEUM = [
    ("title", "Industrie in Thüringen – ein Rundgang"),
    ("subtitle", "Besucherfaltblatt · Museum für Thüringer Industriekultur, Erfurt · "
                 "Ausstellungsjahr 2024"),
    ("h", "Willkommen"),
    ("p", "Thüringen gilt als Land des Mittelstands: Maschinenbau, Optik, Kunststofftechnik und "
          "Lebensmittelindustrie prägen das Bundesland, und in kleinen Städten ist die Industrie "
          "oft größer als in den großen. Unser Museum in einer ehemaligen Schuhfabrik im Erfurter "
          "Norden erzählt in fünf Räumen, wie aus Werkstätten Weltfirmen wurden – und was aus "
          "ihnen geworden ist. Viele Exponate stammen aus den Sammlungen von Carl Zeiss Jena und "
          "der Jenoptik."),
    ("h", "Raum 1: Optik und Glas"),
    ("p", "Ohne Jena keine moderne Optik. Carl Zeiss, Ernst Abbe und Otto Schott legten hier im "
          "19. Jahrhundert die Grundlagen. Heute zählen die Jenaer Optikfirmen zu den "
          "Weltmarktführern bei Mikroskopen und Laseroptik, und ein Hersteller von optischen "
          "Linsen für Planetarien hat seinen Sitz in der Stadt. Außerdem steht Jena für Glas- und "
          "Keramikherstellung: Spezialglas für Labore und Küchen kommt nach wie vor aus dem "
          "Glaswerk im Süden der Stadt."),
    ("h", "Raum 2: Autos aus Eisenach"),
    ("p", "In Eisenach wurden schon 1898 Autos gebaut, später der Wartburg, bis 1991 die "
          "Produktion endete. Nach der Wende kam ein neues Werk: Heute laufen in Eisenach wieder "
          "Autos vom Band, und rund um das Werk fertigen Zulieferer Sitze, Kabelbäume und "
          "Kunststoffteile. Die Stadt ist damit der wichtigste Standort des Fahrzeugbaus in "
          "Westthüringen."),
    ("h", "Raum 3: Suhl – Büchsen und Mopeds"),
    ("p", "Suhl war jahrhundertelang die Stadt der Büchsenmacher, und die Jagdwaffenherstellung "
          "gibt es dort bis heute: Mehrere Manufakturen fertigen Flinten und Büchsen in kleiner "
          "Serie. Die Simson-Werke, die in Suhl Mopeds und Motorroller bauten, schlossen dagegen "
          "2002; ein Moped aus dem Jahr 1975 ist eines der Lieblingsstücke unserer Besucher. Im "
          "benachbarten Zella-Mehlis sind heute Werkzeug- und Formenbau zu Hause."),
    ("h", "Raum 4: Tuch und Maschinen aus Gera"),
    ("p", "Gera war um 1900 eine der reichsten Textilstädte Deutschlands; die letzte große "
          "Weberei schloss in den 1990er-Jahren. Heute setzt die Stadt auf Maschinen- und "
          "Anlagenbau, Medizintechnik und Kunststoffverarbeitung. Dort sitzt auch ein Hersteller "
          "von Spezialpumpen, der in 40 Länder liefert."),
    ("pagebreak",),
    ("h", "Raum 5: Erfurt – Samen und Mikrochips"),
    ("p", "Als Blumenstadt wurde Erfurt mit dem Gartenbau reich, und die Saatgutzucht gibt es in "
          "der Stadt bis heute. Daneben ist die Landeshauptstadt ein Standort der "
          "Halbleiterfertigung: Ein Hersteller von Mikrochips für Autos und Industrieanlagen "
          "beschäftigt rund 1.000 Menschen. Am Stadtrand haben sich außerdem große Versandzentren "
          "des Onlinehandels angesiedelt."),
    ("caption", "Tabelle 1: Unsere Räume und die Branchen der Städte heute"),
    ("table", [
        ["Raum", "Stadt", "Branchen heute", "Industrie seit"],
        ["1 Optik und Glas", "Jena", "Optik, Spezialglas", "1846"],
        ["2 Autos", "Eisenach", "Automobilbau", "1898"],
        ["3 Büchsen und Mopeds", "Suhl", "Jagdwaffen", "1530"],
        ["4 Tuch und Maschinen", "Gera", "Maschinenbau, Medizintechnik", "1850"],
        ["5 Samen und Mikrochips", "Erfurt", "Halbleiter, Saatgut", "1830"],
        ["Foyer", "Lauscha", "Christbaumschmuck aus Glas", "1847"],
        ["Foyer", "Thüringer Wald", "Porzellan", "1760"],
    ], [45, 35, 60, 25]),
    ("h", "Thüringer Waren in die Welt"),
    ("p", "Die meisten Exporte aus Thüringen gehen über den Hamburger Hafen, der 2023 rund 7,7 "
          "Mio. TEU umschlug, oder als Luftfracht über den Flughafen Leipzig/Halle, Deutschlands "
          "zweitgrößten Frachtflughafen. Der Erfurter Flughafen spielt für Fracht kaum eine "
          "Rolle."),
    ("h", "Partnerstädte und Partnermuseen"),
    ("p", "Wir arbeiten eng mit Museen in den Partnerstädten unserer Region zusammen. Erfurt ist "
          "seit 1988 mit Mainz verbunden. Jena und Erlangen schlossen 1987 eine der ersten "
          "deutsch-deutschen Städtepartnerschaften, und beide Städte zeigen im Herbst gemeinsam "
          "eine Ausstellung über Medizintechnik. Eisenach und das hessische Marburg sind seit "
          "1988 Partnerstädte. Eine Städtepartnerschaft zwischen Suhl und dem russischen Kaluga "
          "ruht seit 2022. Unsere Wanderausstellung „Glas aus Thüringen“ reist 2025 nach Győr."),
    ("h", "Besuch"),
    ("p", "Geöffnet Dienstag bis Sonntag, 10 bis 17 Uhr. Die Thüringer Allgemeine nannte unser "
          "Museum „das lebendigste Industriemuseum im Freistaat“. Führungen für Schulklassen "
          "bucht Frau Lena Weimar, Museumspädagogik."),
]

WIND = [
    ("title", "Lieferkettenbericht Windenergie 2024"),
    ("subtitle", "Standorte an der niedersächsischen Nordseeküste · Windverband Nordwest e. V., "
                 "Arbeitskreis Lieferketten · April 2024"),
    ("h", "Zusammenfassung"),
    ("p", "Niedersachsen ist das Land mit der größten installierten Windleistung in Deutschland, "
          "und seine Küste ist das Tor für den Ausbau auf See. Die Lieferkette ist jedoch "
          "angespannt: Es fehlen Schwerlastflächen in den Häfen, Installationsschiffe und "
          "Fachkräfte. Dieser Bericht beschreibt die wichtigsten Standorte und ihre Engpässe."),
    ("h", "Hersteller und Zulieferer"),
    ("p", "Aurich ist Sitz eines der größten deutschen Hersteller von Windenergieanlagen. In der "
          "Stadt fertigen außerdem Zulieferer Generatoren und Steuerungstechnik; insgesamt hängen "
          "dort rund 4.000 Arbeitsplätze an der Windindustrie."),
    ("p", "In Emden arbeitet ein Hersteller von Rotorblättern mit rund 600 Beschäftigten. Auf dem "
          "Gelände der früheren Nordseewerke, deren Schiffbau längst Geschichte ist, werden heute "
          "Stahlfundamente für Offshore-Windparks gefertigt."),
    ("p", "Cuxhaven hat sich zum wichtigsten Basishafen für Offshore-Wind an der deutschen "
          "Nordseeküste entwickelt. Dort baut ein Konzern Maschinenhäuser für Offshore-Turbinen, "
          "und mehrere Servicefirmen betreuen von hier aus Windparks in der Deutschen Bucht. Die "
          "Stadt lebt daneben von der Fischverarbeitung und vom Tourismus."),
    ("p", "In Nordenham an der Unterweser fertigt ein Stahlbauer Monopiles, die bis zu 100 Meter "
          "langen Gründungspfähle der Offshore-Anlagen. Oldenburg schließlich ist Sitz eines "
          "großen Energieversorgers und eines Forschungsinstituts für Windenergie; die Stadt hat "
          "sich zu einem Zentrum der Energiewirtschaft und der Windforschung entwickelt."),
    ("h", "Häfen"),
    ("p", "Der Hafen Cuxhaven schlug 2023 rund 3,9 Mio. Tonnen um, der Seehafen Emden etwa 4,8 "
          "Mio. Tonnen. Emden verschifft vor allem Neuwagen und Rotorblätter, Cuxhaven "
          "Turbinenteile, Fundamente und Stückgut."),
    ("p", "Der JadeWeserPort in Wilhelmshaven, Deutschlands einziger Tiefwasser-Containerhafen, "
          "ist für 2,7 Mio. TEU im Jahr ausgelegt, schlug 2023 aber nur gut 0,6 Mio. TEU um. In "
          "Wilhelmshaven landet außerdem Flüssigerdgas an, und ein Chemiewerk stellt dort PVC "
          "her. Ein Terminal für den Import von grünem Ammoniak ist geplant, eine Entscheidung "
          "ist aber noch nicht gefallen."),
    ("caption", "Tabelle 1: Standorte der Windindustrie an der Küste"),
    ("table", [
        ["Standort", "Schwerpunkt Windindustrie", "Beschäftigte (ca.)",
         "Hafenumschlag 2023 (Mio. t)"],
        ["Aurich", "Anlagenbau, Generatoren", "4.000", "–"],
        ["Emden", "Rotorblätter, Fundamente", "1.200", "4,8"],
        ["Cuxhaven", "Maschinenhäuser, Offshore-Service", "1.500", "3,9"],
        ["Nordenham", "Monopiles", "500", "2,1"],
        ["Wilhelmshaven", "Wartung, Wasserstoff (geplant)", "300", "–"],
        ["Leer", "Reedereien, Schiffsmanagement", "700", "–"],
        ["Landkreis Friesland", "Windparks an Land", "200", "–"],
    ]),
    ("h", "Kooperationen"),
    ("p", "Die Häfen Cuxhaven und Esbjerg haben 2021 eine Absichtserklärung über eine engere "
          "Zusammenarbeit bei Offshore-Wind unterzeichnet. Emden ist seit Jahrzehnten mit dem "
          "norwegischen Haugesund verschwistert; beide Städte tauschen sich inzwischen auch über "
          "schwimmende Windparks aus. Die Partnerschaft mit Archangelsk wurde 2022 beendet. "
          "Cuxhaven und Hafnarfjörður sind seit 1988 Partnerstädte, Wilhelmshaven und Norfolk in "
          "Virginia seit 1976. Über eine Hafenkooperation zwischen Emden und Eemshaven wird "
          "gesprochen."),
    ("h", "Empfehlungen"),
    ("p", "Wir empfehlen dem Land, Schwerlastflächen in Cuxhaven und Emden auszubauen, die "
          "Ausbildung von Servicetechnikern zu fördern und Genehmigungen für Hafenerweiterungen "
          "zu beschleunigen. Fährverbindungen wie die nach Borkum sollten bei der Planung der "
          "Kaikanten nicht verdrängt werden."),
]


PDFS = {
    "b45-perth-corridor-investor-fact-sheet.pdf": dict(
        blocks=PERTH, header="Perth Coast and Country Visitor and Investment Board · Investor "
                             "Fact Sheet · May 2024",
        footer="Fact sheet 3/2024 · page {n} of 2", lang="en",
        title="Investor Fact Sheet: Perth and the Fremantle–Kwinana Corridor"),
    "b45-thueringen-industriemuseum-besucherfaltblatt.pdf": dict(
        blocks=MUSEUM, header="Museum für Thüringer Industriekultur · Besucherfaltblatt 2024",
        footer="Seite {n} von 2 · Eintritt frei für Kinder unter 14 Jahren", lang="de",
        title="Industrie in Thüringen – ein Rundgang"),
}
DOCXS = {
    "b45-windverband-lieferkettenbericht-nordseekueste.docx": dict(
        blocks=WIND, title="Lieferkettenbericht Windenergie 2024"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_45.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
