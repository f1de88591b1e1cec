#!/usr/bin/env python3
"""Build the 41st batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_41.py [--out DIR]

Companion to ``build_dev_samples_6.py`` and the other batch builders, with the
same guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. See the
section "Development batch 41" in ``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared
with the other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``b41-ponant-maritime-cluster-position-paper.pdf``: two pages, a maritime
  cluster's position paper, running header, footer "Position paper · page N of 2",
  a drawn table "City | Maritime focus | Port throughput 2023 (million t)" (unit
  and year only in the column header; one city's throughput is "–"), a bullet
  list of requests.
* ``b41-pilsen-borska-pole-mieterverzeichnis.pdf``: two pages, an industrial
  park's tenant directory, running header, footer "Seite N von 2", a drawn table
  "Mieter | Branche | Stammsitz | Fläche" (industries only in the table; head
  office cities in their own column).
* ``b41-honorarkonsulat-mombasa-wirtschaftsbericht.docx``: a consulate's
  economic report with headings, a caption and a table of ports with tonnage and
  the cities' main industries (one town's industries only in the table).

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

CLUSTER = [
    ("title", "Blue Economy West: Where Brittany’s Port Cities Stand"),
    ("subtitle", "Position paper of the Ponant Maritime Cluster (Brest · Lorient · Saint-Nazaire) · "
                 "October 2024"),
    ("h", "Summary"),
    ("p", "The maritime economy of western France does not live in one port. It is spread over a "
          "string of mid-sized cities, each with its own trade, and most of them are too small to be "
          "heard by national or European decision-makers on their own. This paper sets out what our "
          "member cities "
          "actually do, what they handle, and what the cluster asks of the next national ports "
          "strategy. It is written for our members and for the regional council; figures are "
          "rounded."),
    ("h", "Brest"),
    ("p", "Our Brest – not the Belarusian border town of the same name, where China–Europe freight "
          "trains change gauge – is the navy’s Atlantic base, and naval ship repair and maintenance "
          "is still the city’s largest industrial employer. Around the naval base, Brest has grown "
          "one of Europe’s densest clusters of marine science: oceanographic research institutes, "
          "makers of underwater sensors and a growing number of firms that build subsea drones. The "
          "commercial port handles about 2.3 million tonnes a year, mostly animal feed and oil "
          "products."),
    ("p", "Brest is twinned with Plymouth, since 1963, and with Kiel, since 1964; both links grew "
          "out of naval contacts and now include sailing schools and student exchanges."),
    ("h", "Lorient"),
    ("p", "Lorient-Keroman is France’s leading fishing port by value of the catch landed, and the "
          "town has built a fish-processing and cold-chain industry around it. Lorient is also "
          "where the French navy’s frigates are built, and its old submarine base has become a "
          "centre for offshore racing yachts: the builders of carbon-fibre hulls and foils there "
          "are known around the world."),
    ("p", "In 2017 the ports of Lorient and Vigo signed a cooperation agreement on the "
          "digitalisation of fish auctions, which has since been renewed twice."),
    ("h", "Saint-Nazaire"),
    ("p", "Saint-Nazaire builds the world’s largest cruise ships. Next to the shipyard, an aircraft "
          "plant assembles fuselage sections for Airbus, and the city has become the base of the "
          "French offshore wind industry: turbine nacelles are assembled at the port, and the first "
          "commercial offshore wind farm in France lies just off the coast. The town has been "
          "twinned with Sunderland for several decades."),
    ("p", "Nantes-Saint-Nazaire Port, whose terminals stretch along the Loire estuary from Nantes to "
          "Montoir-de-Bretagne, handled about 26 million tonnes in 2023, a quarter of it LNG. A "
          "port cooperation between Saint-Nazaire and Bilbao on offshore wind logistics has been "
          "proposed several times but has not been signed."),
    ("pagebreak",),
    ("h", "Our cities at a glance"),
    ("caption", "Table 1: Cluster member cities and the two largest ports of the neighbouring "
                "region"),
    ("table", [
        ["City", "Maritime focus", "Port throughput 2023 (million t)"],
        ["Brest", "naval repair, marine science", "2.3"],
        ["Lorient", "fishing, naval shipbuilding, racing yachts", "2.1"],
        ["Saint-Nazaire", "shipbuilding, aeronautics, offshore wind", "–"],
        ["Roscoff", "ferries, seaweed processing", "0.9"],
        ["Le Havre", "containers, refining", "58.0"],
        ["Rouen", "grain, chemicals", "21.5"],
    ], [35, 85, 50]),
    ("p", "Roscoff, a small town on the north coast, lives from its ferry services to Plymouth and "
          "Cork and from two plants that turn seaweed into food ingredients and cosmetics. Le Havre "
          "and Rouen are not cluster members; they appear for comparison. Le Havre is France’s "
          "largest container port, with about 2.9 million TEU in 2023, and Rouen is Europe’s largest "
          "port for grain exports."),
    ("h", "What the region exports is not what the cities make"),
    ("p", "Brittany is France’s first farming region, and pork, poultry and milk powder fill many of "
          "the containers that leave our ports. Those goods come from farms and plants across the "
          "region, not from the port cities themselves. Likewise, the coal and soybean meal that "
          "Brest and Lorient unload are cargo, not local industries."),
    ("h", "Our requests"),
    ("bullets", [
        "A national fund for naval and civil ship repair yards on the Atlantic coast.",
        "Faster permits for quays used by the offshore wind industry.",
        "Continued support for cooperation on marine renewable energy with our Spanish, Irish and "
        "Welsh neighbours; this cooperation is a research programme, not an industry of any city.",
        "A place for the cluster at Euromaritime, the trade fair on naval defence and maritime "
        "technology, where our members exhibit together.",
    ]),
    ("p", "Contact: Yann Le Guen, Secretary General, Ponant Maritime Cluster, Brest."),
]

MIETER = [
    ("title", "Industriezone Pilsen-Borská pole: Mieterverzeichnis 2024"),
    ("subtitle", "Herausgegeben von der Standortgesellschaft der Stadt Plzeň · deutsche Ausgabe · "
                 "Stand Juli 2024"),
    ("h", "Zum Standort"),
    ("p", "Die Industriezone Borská pole liegt am südwestlichen Stadtrand von Pilsen, fünf Minuten "
          "von der Autobahn D5 nach Nürnberg und Prag entfernt. Auf rund 100 Hektar arbeiten heute "
          "mehr als 40 Unternehmen mit zusammen etwa 12.000 Beschäftigten. Alle in diesem "
          "Verzeichnis genannten Mieter produzieren am Standort Pilsen; der Stammsitz in der Tabelle "
          "gibt nur an, wo die Muttergesellschaft ihre Zentrale hat."),
    ("p", "Die Stadt selbst ist weit über die Zone hinaus ein Industriestandort. Pilsen ist seit "
          "jeher eine Stadt des Fahrzeug- und Maschinenbaus: Dort werden Straßenbahnen, "
          "Elektrolokomotiven und Turbinen gebaut, und die Brauerei am Stadtrand braut seit 1842 das "
          "Bier, das dem Pils seinen Namen gab. Die Glashütten und Porzellanmanufakturen, für die "
          "Westböhmen bekannt ist, liegen dagegen in Karlsbad und im Egerland."),
    ("h", "Branchen in der Zone"),
    ("p", "Den größten Anteil stellen Automobilzulieferer, die vor allem die Werke in Mladá "
          "Boleslav und Kvasiny beliefern. Daneben ist die Kunststoff- und Metallverarbeitung stark "
          "vertreten, ebenso die Elektronikfertigung. Ein Hersteller von Landmaschinen aus dem "
          "Rhein-Neckar-Raum hat 2023 ein Ersatzteillager eröffnet; eine eigene Fertigung in Pilsen "
          "plant er erst für 2026."),
    ("pagebreak",),
    ("h", "Mieter und Flächen"),
    ("caption", "Tabelle 1: Mieter der Industriezone Borská pole (Auswahl), Flächen in m²"),
    ("table", [
        ["Mieter", "Branche", "Stammsitz", "Fläche"],
        ["Westböhmische Kabelwerke s.r.o.", "Kabelkonfektion", "Plzeň", "18.500"],
        ["Rheinpfalz Kunststofftechnik CZ", "Kunststoffspritzguss", "Speyer", "12.000"],
        ["Neckartal Präzisionsteile s.r.o.", "Zerspanung, Metallbearbeitung", "Heidelberg", "9.800"],
        ["Bohemia Sensorik a.s.", "Sensoren für Fahrzeuge", "Prag", "7.400"],
        ["Kurpfalz Landtechnik CZ", "Ersatzteillager", "Mannheim", "6.000"],
        ["Regensburger Leiterplatten CZ", "Leiterplattenbestückung", "Regensburg", "5.200"],
        ["Plzeňské servisní centrum", "Industrieservice, Instandhaltung", "Plzeň", "2.300"],
    ], [62, 50, 32, 22]),
    ("p", "Hinweis: Das Ersatzteillager aus Mannheim ist ein Lager, keine Produktion; die "
          "Firmennamen in der ersten Spalte nennen Regionen, nicht Standorte."),
    ("h", "Logistik"),
    ("p", "Das Bahnterminal der Zone ist an die Strecke nach Prag und an die Grenzübergänge nach "
          "Bayern angebunden. Für Überseecontainer nutzen die meisten Mieter Hamburg, den größten "
          "Seehafen Deutschlands, der 2023 rund 7,7 Mio. TEU umschlug. Ein Teil der Ware geht per "
          "Bahn nach Děčín und von dort per Binnenschiff elbabwärts; der Elbhafen Děčín ist auf "
          "rund 1 Mio. Tonnen im Jahr ausgelegt."),
    ("h", "Partnerstädte"),
    ("p", "Pilsen unterhält Städtepartnerschaften mit Regensburg (seit 1993), Limoges, Lüttich und "
          "Winterthur. Mehrere Mieter nutzen diese Kontakte für Fachkräfteprogramme; so kamen im "
          "Frühjahr Auszubildende aus Regensburg zu einem vierwöchigen Praktikum in die Zone. Eine "
          "Partnerschaft mit dem Chemiepark in Ludwigshafen betrifft nur die beiden "
          "Betreibergesellschaften und ist keine Städtepartnerschaft."),
    ("h", "Kontakt"),
    ("p", "Standortgesellschaft Borská pole, Ansprechpartnerin Dr. Jana Mannheim, "
          "Investorenbetreuung (deutsch, tschechisch, englisch)."),
]

KONSULAT = [
    ("title", "Wirtschaftsbericht Küstenregion Kenia und Nordtansania 2024"),
    ("subtitle", "Honorarkonsulat der Bundesrepublik Deutschland in Mombasa · Stand: September 2024"),
    ("h", "Vorbemerkung"),
    ("p", "Dieser Bericht fasst für deutsche Unternehmen zusammen, was sich an der ostafrikanischen "
          "Küste und entlang des Nordkorridors wirtschaftlich tut. Er ersetzt keine Rechtsberatung; "
          "alle Zahlen sind gerundet und stammen aus Angaben der Hafenbehörden und der "
          "Statistikämter."),
    ("h", "Mombasa"),
    ("p", "Der Hafen Mombasa ist der größte Hafen Ostafrikas. 2023 wurden dort rund 35,9 Mio. Tonnen "
          "umgeschlagen, davon knapp 1,6 Mio. TEU im Containerverkehr. Über ihn laufen auch die "
          "Importe Ugandas, Ruandas und des Ostkongo; die Normalspurbahn bringt die Container weiter "
          "nach Nairobi und Naivasha."),
    ("p", "Mombasa selbst lebt vom Hafen, von der Logistik und vom Tourismus an der Nordküste. In den "
          "Industriegebieten am Stadtrand arbeiten eine Erdölraffinerie, die heute nur noch als "
          "Tanklager dient, Stahlwalzwerke und mehrere Hersteller von Speiseöl und Seife. Die "
          "Sonderwirtschaftszone Dongo Kundu soll ab 2026 Textil- und Lederbetriebe aufnehmen; "
          "Investoren haben sich dort bisher erst angekündigt."),
    ("h", "Nairobi"),
    ("p", "Die Hauptstadt ist das Finanz- und Dienstleistungszentrum der Region. Nairobi gilt als "
          "Silicon Savannah: Mobile Bezahldienste, Softwarehäuser und zahlreiche Start-ups haben "
          "hier ihren Sitz. Am Stadtrand konzentrieren sich Lebensmittel- und Getränkeindustrie, die "
          "Kunststoffverarbeitung sowie Montagewerke für Pkw und Lkw. Die Schnittblumen, die über "
          "den Flughafen Jomo Kenyatta nach Europa fliegen, kommen dagegen vom Naivashasee und "
          "nicht aus der Stadt."),
    ("h", "Kisumu"),
    ("p", "Kisumu am Victoriasee ist Kenias drittgrößte Stadt. Dort werden Zucker raffiniert, Fisch "
          "verarbeitet und Bier gebraut, und eine Werft baut wieder Schiffe für den Verkehr auf dem "
          "See. Der "
          "modernisierte Seehafen Kisumu ist auf rund 1 Mio. Tonnen im Jahr ausgelegt und soll "
          "Erdölprodukte per Schiff nach Uganda bringen."),
    ("h", "Daressalam und Tanga"),
    ("p", "Daressalam ist Tansanias größte Stadt und wichtigster Hafen. Der Hafen schlug 2023 "
          "rund 21,2 Mio. Tonnen um; nach dem Ausbau der Liegeplätze 1 bis 7 soll "
          "er bis zu 1,5 Mio. TEU im Jahr abfertigen können. In der Stadt sind Zementwerke, "
          "Brauereien, Getränkeabfüller und Metallverarbeiter ansässig."),
    ("p", "Rund um das kleinere Tanga im Norden wird seit der Kolonialzeit Sisal angebaut; die "
          "Plantagen liegen aber im Hinterland der Region Tanga und nicht in der Stadt. In der Stadt "
          "selbst stehen eine Zementfabrik und eine Molkerei. Über den Hafen Tanga soll künftig "
          "Rohöl aus Uganda verschifft werden; die "
          "Pipeline ist noch im Bau."),
    ("caption", "Tabelle 1: Häfen der Region im Überblick"),
    ("table", [
        ["Hafen", "Umschlag 2023 (Mio. t)", "Schwerpunktbranchen der Stadt"],
        ["Mombasa", "35,9", "Logistik, Tourismus, Stahl, Speiseöl"],
        ["Daressalam", "21,2", "Zement, Brauereien, Metallverarbeitung"],
        ["Tanga", "1,1", "Zement, Milchverarbeitung"],
        ["Lamu", "0,2", "Fischerei, Bootsbau"],
    ]),
    ("h", "Partnerschaften"),
    ("p", "Daressalam und Hamburg sind seit 2010 Partnerstädte; beide Städte arbeiten vor allem bei "
          "Wasserversorgung und Abfallwirtschaft zusammen. Mombasa pflegt seit 1981 eine "
          "Städtepartnerschaft mit Seattle, und Kisumu ist Schwesterstadt von Roanoke im "
          "US-Bundesstaat Virginia. Tanga und Eckernförde verbindet eine Städtefreundschaft, die von "
          "Schulen und Kirchengemeinden getragen wird."),
    ("p", "Auf Hafenseite haben der Hafen Mombasa und der Hafen Rotterdam 2023 eine "
          "Absichtserklärung zur Zusammenarbeit bei der Digitalisierung unterzeichnet. Eine ähnliche "
          "Vereinbarung zwischen Tanga und Antwerpen ist im Gespräch, aber noch nicht "
          "unterschrieben."),
    ("h", "Hinweise für deutsche Unternehmen"),
    ("p", "Kenia exportiert vor allem Tee, Schnittblumen und Kaffee; Tansania vor allem Gold, "
          "Cashewnüsse und Tabak. Für Maschinenbauer sind Lebensmittelverarbeitung und "
          "Verpackung die interessantesten Absatzmärkte. Im März reiste eine Delegation aus Bremen "
          "nach Mombasa; Fragen zu Folgeprojekten beantworten wir gern."),
    ("p", "Ansprechpartner: Thomas Kilifi, Honorarkonsul, Mombasa."),
]


PDFS = {
    "b41-ponant-maritime-cluster-position-paper.pdf": dict(
        blocks=CLUSTER, header="Ponant Maritime Cluster · Position paper · Blue Economy West · "
                               "October 2024",
        footer="Position paper · page {n} of 2", lang="en",
        title="Blue Economy West: Where Brittany’s Port Cities Stand"),
    "b41-pilsen-borska-pole-mieterverzeichnis.pdf": dict(
        blocks=MIETER, header="Industriezone Borská pole · Mieterverzeichnis 2024 · deutsche Ausgabe",
        footer="Seite {n} von 2", lang="de",
        title="Industriezone Pilsen-Borská pole: Mieterverzeichnis 2024"),
}
DOCXS = {
    "b41-honorarkonsulat-mombasa-wirtschaftsbericht.docx": dict(
        blocks=KONSULAT, title="Wirtschaftsbericht Küstenregion Kenia und Nordtansania 2024"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_41.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
