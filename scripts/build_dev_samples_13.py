#!/usr/bin/env python3
"""Build the thirteenth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_13.py [--out DIR]

Companion to ``build_samples.py`` and the other ``build_dev_samples_*.py`` scripts,
with the same guarantees: the texts are embedded below, and the output is
deterministic (reportlab runs in invariant mode; DOCX core properties and zip
timestamps are fixed at 2024-07-01 09:00), so running it again gives byte-identical
files. The gold annotations (``NAME.gold.json``) are written by hand and kept beside
the documents; this script does not touch them, nor the TXT and HTML reports of the
batch. See "Development batch 13" in ``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``north-italy-ports-equity-sector-note.pdf``: an investment bank's sector note,
  two pages, running header, footer "Sector note · page N of 2", a drawn table
  "Port | Throughput 2023 (million t) | Containers 2023 ('000 TEU) | Key local
  industries" whose units are given only in the column headers (header cells
  broken over two lines); one port's tonnage, two ports' container volumes and
  one city's industry are given only in the table.
* ``sachsen-foerderbrief-2-2024.pdf``: a funding bank's newsletter, two pages,
  running header, footer "Förderbrief 2/2024 · Seite N von 2", a drawn table of
  funding commitments (project, location, sector, grant in million euros, jobs);
  two locations' sectors are given only in the table, one of them the town
  where the Leipzig/Halle airport lies.
* ``kansai-chubu-sister-city-bulletin.docx``: a prefecture liaison office's
  newsletter with headings, paragraphs, a caption and a table of sister-city
  ties whose last column gives topics of exchange (not industries).

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian
package ``fonts-dejavu-core``).
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"
BATCH13_TIME = dt.datetime(2024, 7, 1, 9, 0, 0)

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only. A "\n" in a PDF table cell breaks
# the line, so that long header cells stay inside their column.

ITALY = [
    ("title", "Northern Italian Ports: Steady Volumes, Rail Is the Swing Factor"),
    ("subtitle", "Sector note · Transport & Infrastructure · Analysts: Giulia Modena, Peter Lowe · "
                 "12 June 2024"),
    ("h", "Investment view"),
    ("p", "We remain overweight on listed terminal operators and logistics real estate exposed to "
          "the Ligurian arc and the northern Adriatic. The five ports covered here came through 2023 "
          "with flat to slightly lower volumes, but concessions were extended and rail capacity to "
          "the Alps is finally being added. We see the Adriatic ports as the main beneficiaries of "
          "near-shoring in Central Europe, and Genoa as the main beneficiary of the new rail tunnel "
          "towards the Po valley."),
    ("h", "Genoa"),
    ("p", "Genoa handled about 51 million tonnes in 2023 and some 2.4 million TEU across its two "
          "container basins, which keeps it Italy's busiest gateway container port (we exclude the "
          "pure transhipment hubs of the south). The Genoese economy is more than the port: ship "
          "repair yards and a cruise-ship builder line the western waterfront, a steelworks still "
          "runs on the old industrial strip, and the technology park on the hill above the airport "
          "has attracted a sizeable cluster of robotics and software firms."),
    ("h", "La Spezia"),
    ("p", "Some 90 kilometres down the coast, La Spezia moved around 1.2 million TEU. The navy's main "
          "arsenal is there, but the private employers matter more for our coverage: the city is home "
          "to defence electronics companies and to several builders of superyachts, whose order books "
          "are full until 2027."),
    ("h", "Trieste"),
    ("p", "Trieste is Italy's largest port by tonnage: about 56 million tonnes crossed its quays in "
          "2023, roughly two-thirds of it crude oil pumped through the transalpine pipeline to Bavaria "
          "and Austria. Container volumes of about 0.9 million TEU are smaller but growing, helped by "
          "rail shuttles to Duisburg, Munich and Budapest. Away from the quays, the city is known for "
          "coffee roasting and for insurance, and in nearby Monfalcone the shipyard builds cruise ships "
          "for the large US lines."),
    ("pagebreak",),
    ("h", "Venice and Ravenna"),
    ("p", "Venice is the harder story. Its port handled some 24 million tonnes in 2023, but the "
          "historic centre lives almost entirely from tourism, and the mainland industrial zone of the "
          "city, with its chemical plants and a biorefinery, has been shrinking for two decades."),
    ("p", "Ravenna handled about 25 million tonnes, much of it clay and feldspar for the tile makers "
          "of Sassuolo and fertiliser for the farms of Emilia-Romagna. The city is also the base of "
          "Italy's offshore gas services: contractors there maintain most of the Adriatic platforms."),
    ("caption", "Table 1: The five ports at a glance"),
    ("table", [
        ["Port", "Throughput 2023\n(million t)", "Containers 2023\n('000 TEU)", "Key local industries"],
        ["Genoa", "51", "2,400", "Shipbuilding, steel, robotics"],
        ["La Spezia", "14", "1,200", "Defence electronics, yachts"],
        ["Trieste", "56", "900", "Coffee, insurance"],
        ["Venice", "24", "480", "Tourism, chemicals"],
        ["Ravenna", "25", "190", "Offshore services, petrochemicals"],
    ], [24, 38, 38, 70]),
    ("h", "Partnerships: what they are worth"),
    ("p", "Twinning rarely moves volumes, but port cooperation can. Genoa has been a sister city of "
          "Columbus, Ohio, since 1955, a tie that rests on the navigator's legend rather than on "
          "trade. Ravenna is twinned with Chartres and with Speyer, and Venice has been twinned with "
          "the Chinese canal city of Suzhou since 1980."),
    ("p", "More relevant for investors, the port authority of Ravenna signed a memorandum of "
          "understanding with the Port of Alexandria in Egypt in 2022 on grain and fertiliser flows, "
          "and the two ports now exchange vessel-call data every week."),
    ("p", "Not everything labelled a partnership is one. Trieste's talks with the Port of Kiel about "
          "a Baltic–Adriatic motorway of the sea have not gone beyond a letter of intent. The Genoa–"
          "Shanghai loop run by a large carrier is a liner service, and the stake that Hamburger Hafen "
          "und Logistik holds in a Trieste terminal is an investment."),
    ("h", "Risks"),
    ("p", "Red Sea diversions, delays on the Brenner rail works and strikes are the main risks. On "
          "the demand side, a slowdown among the machinery makers of Lombardy would hit every port in "
          "this note."),
    ("p", "This note is for professional investors only. Figures are rounded; sources are the port "
          "authorities and our own estimates."),
]

SACHSEN = [
    ("title", "Förderbrief Sachsen 2/2024"),
    ("subtitle", "Newsletter der Sächsischen Förder- und Strukturbank · Juni 2024"),
    ("h", "Editorial"),
    ("p", "Im ersten Halbjahr 2024 haben wir 214 Vorhaben mit zusammen rund 480 Mio. Euro "
          "unterstützt. Die Schwerpunkte unserer Förderrichtlinien bleiben Wasserstoff, "
          "Kreislaufwirtschaft und Digitalisierung; neu ist ein Programm für Fachkräftewohnungen in "
          "der Lausitz. Auf den folgenden Seiten stellen wir ausgewählte Zusagen aus den großen "
          "Standorten des Freistaats vor."),
    ("h", "Dresden"),
    ("p", "Der größte Einzelbetrag des Halbjahres fließt nach Dresden, wo ein neues Werk für "
          "Leistungshalbleiter entsteht. Die Landeshauptstadt ist damit weiter der wichtigste "
          "Standort der Halbleiterindustrie im Land. Daneben ist sie Sitz eines Impfstoffwerks, das "
          "einen großen Teil der europäischen Grippeimpfstoffe herstellt, und eines Betriebs, der "
          "Passagierflugzeuge zu Frachtern umbaut."),
    ("h", "Leipzig"),
    ("p", "Leipzig hat sich zu einem Zentrum des Automobilbaus entwickelt: Zwei Premiumhersteller "
          "fertigen hier Elektro- und Hybridfahrzeuge. Hinzu kommt die Logistik rund um den Flughafen "
          "Leipzig/Halle. Das Drehkreuz schlug 2023 rund 1,38 Mio. Tonnen Fracht um und ist nach "
          "Frankfurt der zweitgrößte Frachtflughafen Deutschlands. Gefördert wurde dort eine neue "
          "Umschlaghalle für Expresssendungen."),
    ("h", "Chemnitz und Zwickau"),
    ("p", "Die Chemnitzer Wirtschaft ist vom Maschinen- und Anlagenbau geprägt; hinzu kommen "
          "Automobilzulieferer und ein Motorenwerk, das künftig auch Elektroantriebe baut. Wir "
          "fördern einen Prüfstand für Wasserstoffmotoren an der Technischen Universität. In Zwickau "
          "baut ein Volumenhersteller seit 2020 ausschließlich Elektroautos; die Stadt ist damit ein "
          "Kernstandort der Elektromobilität in Europa."),
    ("pagebreak",),
    ("h", "Riesa und die Elbhäfen"),
    ("p", "Riesa an der Elbe gilt als Stahl- und Nudelstadt: Ein Elektrostahlwerk und ein "
          "traditionsreicher Teigwarenhersteller sind die größten Arbeitgeber. Der Hafen Riesa ist "
          "der größte Binnenhafen Sachsens. Er schlug 2023 rund 520.000 Tonnen um, und sein "
          "Containerterminal ist nach dem Ausbau auf 60.000 TEU im Jahr ausgelegt."),
    ("caption", "Tabelle 1: Ausgewählte Förderzusagen im ersten Halbjahr 2024"),
    ("table", [
        ["Vorhaben", "Standort", "Branche", "Zuschuss\n(Mio. €)", "Arbeits-\nplätze"],
        ["Leistungshalbleiterwerk", "Dresden", "Halbleiter", "120,0", "500"],
        ["Batteriemodul-Montage", "Zwickau", "Automobilbau", "18,5", "220"],
        ["Kaltwalzlinie", "Riesa", "Stahl", "9,2", "60"],
        ["Waferrecycling", "Freiberg", "Siliziumwafer", "6,8", "45"],
        ["Umschlaghalle", "Schkeuditz", "Luftfrachtlogistik", "4,1", "150"],
        ["H2-Motorenprüfstand", "Chemnitz", "Maschinenbau", "3,9", "30"],
    ], [50, 28, 40, 26, 26]),
    ("h", "Partnerstädte als Standortfaktor"),
    ("p", "Viele Förderkunden nutzen die Städtepartnerschaften des Freistaats für den Markteintritt. "
          "Dresden und Straßburg sind seit 1990 Partnerstädte. Im selben Jahr besiegelten Leipzig und "
          "Frankfurt am Main ihre Partnerschaft; beide Städte veranstalten seither gemeinsame "
          "Messeauftritte. Zwickau ist seit 1988 mit Dortmund verschwistert."),
    ("p", "Der Hafen Riesa und der tschechische Elbhafen Děčín (Tetschen) haben 2021 eine "
          "Kooperationsvereinbarung unterzeichnet, die die gemeinsame Vermarktung der Elbe als "
          "Wasserstraße vorsieht."),
    ("p", "Keine Partnerschaften sind dagegen die Güterzüge zwischen Riesa und Hamburg, der Besuch "
          "einer Wirtschaftsdelegation aus Breslau in Dresden im Mai und die Gespräche, die Chemnitz "
          "und Ústí nad Labem über eine Städtepartnerschaft führen."),
    ("h", "Ansprechpartner"),
    ("p", "Frank Döbeln, Abteilung Wirtschaftsförderung, Telefon 0351 000 0000. Den nächsten "
          "Förderbrief erhalten Sie im Dezember."),
]

KANSAI = [
    ("title", "Sister City Bulletin – Summer 2024"),
    ("subtitle", "Kansai–Chubu Joint Liaison Office Europe · Newsletter for partner cities and "
                 "businesses · Issue 18"),
    ("h", "From the office"),
    ("p", "This issue looks at how five cities in our two regions put their sister-city ties to "
          "work for business. Our director, Kenji Hamada, spent May visiting partner cities in "
          "Europe and North America, and many of the contacts below came out of those trips."),
    ("h", "Kobe"),
    ("p", "The Port of Kobe handled about 2.8 million TEU in 2023 and remains one of Japan's five "
          "largest container ports. The city has long been associated with sake: the breweries of the "
          "Nada district produce a large share of the nation's output. Kobe is also home to a "
          "medical-industry cluster on Port Island, where more than 350 companies work on "
          "regenerative medicine and medical devices, and to a traditional shoemaking sector built on "
          "synthetic leather."),
    ("p", "Kobe and Seattle became sister cities in 1957, and their ports signed a sister-port "
          "agreement ten years later. Both links are older than most people in either city "
          "think."),
    ("h", "Osaka"),
    ("p", "Osaka, the commercial capital of western Japan, is a centre of pharmaceuticals: the "
          "Doshomachi quarter has housed drug makers and wholesalers for centuries. The city is also "
          "strong in electronics and household appliances. It has been a partner city of Hamburg "
          "since 1989. The sister-city relationship "
          "with San Francisco, signed in 1957, was ended by Osaka in 2018 and has not been restored."),
    ("p", "The World Expo opens in Osaka in April 2025. Its business programme will focus on life "
          "sciences, hydrogen and carbon-neutral shipping."),
    ("h", "Nagoya"),
    ("p", "The Port of Nagoya has been Japan's largest port by cargo tonnage for more than twenty "
          "years and handled about 160 million tonnes in 2023, much of it finished vehicles and parts "
          "for the car plants of Aichi Prefecture. Most of those plants are in Toyota, the city that "
          "took the carmaker's name in 1959, and the car industry is by far its largest employer. "
          "Nagoya itself is home to aircraft-parts and rocket production and to makers of fine "
          "ceramics."),
    ("p", "Nagoya has been a sister city of Los Angeles since 1959. Its sister-city link with "
          "Nanjing has been suspended since 2012."),
    ("h", "Hamamatsu"),
    ("p", "Hamamatsu calls itself the city of music and manufacturing. Pianos, wind instruments and "
          "electronic keyboards are made here, motorcycles are still built in its suburbs, and "
          "photonics is now its fastest-growing sector, with optical-sensor and laser companies "
          "clustered around the university. Hamamatsu and Rochester, New York, another city built on "
          "optics and imaging, have been sister cities since 1996. In June the mayor led a photonics "
          "delegation to Jena."),
    ("h", "Kyoto"),
    ("p", "Kyoto's oldest partnerships are with Paris (1958) and Boston (1959). The former capital is "
          "known for its temples, but it also makes electronic components, precision measuring "
          "instruments and video games: several global makers of ceramic capacitors, test equipment "
          "and game consoles have their headquarters here. Silk weaving and kimono dyeing still "
          "employ thousands of people in the city."),
    ("h", "Sister-city ties at work"),
    ("caption", "Table 1: Selected ties and the current focus of exchange"),
    ("table", [
        ["Japanese city", "Partner city", "Since", "Current focus of exchange"],
        ["Kobe", "Seattle", "1957", "Port decarbonisation, start-ups"],
        ["Osaka", "Hamburg", "1989", "Hydrogen, port logistics"],
        ["Nagoya", "Los Angeles", "1959", "Aerospace cooperation, students"],
        ["Hamamatsu", "Rochester (NY)", "1996", "Photonics research"],
        ["Kyoto", "Boston", "1959", "Life sciences, universities"],
    ]),
    ("h", "Coming up"),
    ("p", "The ports of Osaka and Busan intend to sign a cooperation agreement during the Expo; the "
          "text is still being negotiated. A business mission from Seattle will visit Kobe and Osaka "
          "in October."),
]


PDFS = {
    "north-italy-ports-equity-sector-note.pdf": dict(
        blocks=ITALY, header="Castellani Rowe Securities · Equity Research · Italian Ports & "
                             "Logistics · June 2024",
        footer="Sector note · page {n} of 2", lang="en",
        title="Northern Italian Ports: Steady Volumes, Rail Is the Swing Factor"),
    "sachsen-foerderbrief-2-2024.pdf": dict(
        blocks=SACHSEN, header="Sächsische Förder- und Strukturbank · Förderbrief 2/2024 · Juni 2024",
        footer="Förderbrief 2/2024 · Seite {n} von 2", lang="de", title="Förderbrief Sachsen 2/2024"),
}
DOCXS = {
    "kansai-chubu-sister-city-bulletin.docx": dict(
        blocks=KANSAI, title="Sister City Bulletin – Summer 2024", when=BATCH13_TIME),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_13.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
