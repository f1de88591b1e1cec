#!/usr/bin/env python3
"""Build the twenty-fourth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_24.py [--out DIR]

Same guarantees as the other ``build_dev_samples_*.py`` scripts: the texts are
embedded below, and the output is deterministic (reportlab runs in invariant
mode; DOCX core properties and zip timestamps are fixed), so running it again
gives byte-identical files. The gold annotations (``NAME.gold.json``) are
written by hand and kept beside the documents; this script does not touch
them, nor the TXT and HTML reports of the batch. See "Development batch 24" in
``scripts/SAMPLES.md``. The layout helpers live in ``sample_builders.py``.

Layouts in this batch:

* ``b24-saar-moselle-investor-brochure.pdf``: regional development agency's
  English investor brochure, two pages, running header, footer
  "SaarMoselle Invest | Investor Brochure 2024 | page N", a drawn table
  "Location | Main sectors | Motorway | Land (ha)" in which one row is a
  district and one town's sectors are given only in the table.
* ``b24-andes-pacific-loop-service-update.pdf``: container carrier's customer
  advisory, two pages, running header, footer "CCL Customer Advisory 2024/17 –
  page N of 2", a drawn rotation table "Port | Terminal | Arrival | Cut-off".
* ``b24-oman-dschibuti-laendernotiz.docx``: German export promotion agency's
  country note with headings and a table of locations, lead sectors and
  container throughput (unit and year only in the header; one row is a
  governorate, one town's sectors and one figure are given only in the table).

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

SAAR_MOSELLE = [
    ("title", "Invest in SaarMoselle: steel, software and a short way to everywhere"),
    ("subtitle", "Investor brochure 2024 · SaarMoselle Invest, the development agency for the "
                 "Saarland and the Moselle valley"),
    ("h", "A region at the crossroads"),
    ("p", "Few places in Europe put three countries within an hour's drive. From our offices you "
          "reach the city of Luxembourg in fifty minutes, Frankfurt Airport in under two hours "
          "and, by high-speed train, Paris in less than two. Industry still produces almost a "
          "third of the Saarland's output, led by steel, cars and mechanical engineering, but "
          "those are the figures of a state, not of a single town. This brochure shows where "
          "each sector actually sits."),
    ("h", "Saarbrücken: the digital capital"),
    ("p", "The state capital has turned its university campus into one of Germany's strongest "
          "locations for computer science. Institutes for artificial intelligence and for "
          "cybersecurity have spun off well over a hundred software firms, and the city is also "
          "home to two regional insurers and a fast-growing health-care sector. Office space "
          "near the main station is available from 14 euros per square metre."),
    ("h", "Steel on the Saar"),
    ("p", "Völklingen's old ironworks closed in 1986 and is now a World Heritage Site that draws "
          "some 300,000 visitors a year. Steel is still made in the town, though: a modern "
          "rolling mill turns out wire rod and bars for the car industry. Ten kilometres "
          "downstream, Dillingen/Saar rolls heavy plate for pipelines, bridges and offshore "
          "platforms, and a specialist maker of monopile foundations for offshore wind farms "
          "has opened a second hall there. The inland harbour that Dillingen shares with its "
          "neighbour Saarlouis handles about 4 million tonnes a year, mostly ore and coal for "
          "the blast furnaces."),
    ("p", "In Saarlouis, the large car plant has ended assembly, and its 100-hectare site is "
          "being offered to new investors. We would be glad to show it to you."),
    ("h", "The north: juice, ceramics and wine"),
    ("p", "Merzig is a centre of food and beverage processing: its juice presses handle apples "
          "from the orchards of the Saar valley, and a dairy and two bakeries supply the "
          "whole region. The neighbouring village of Mettlach is the seat of a world-famous "
          "ceramics company, whose tableware and tiles are still fired on site."),
    ("pagebreak",),
    ("h", "Across the borders: Trier and Metz"),
    ("p", "Trier, called Trèves by its French neighbours, claims to be Germany's oldest city. "
          "Its economy combines tourism with the wine trade of the Moselle and a large "
          "cigarette factory, one of the last in Germany. The port of Trier on the Moselle "
          "handled about 1.1 million tonnes in 2023."),
    ("p", "Metz, the capital of the French département of Moselle, has built a logistics and "
          "digital-services economy around its high-speed rail station. Its port on the "
          "Moselle is France's leading inland port for cereals and moves around 3.5 million "
          "tonnes a year."),
    ("h", "Locations at a glance"),
    ("caption", "Table 1: Selected locations, main sectors, motorway access and serviced land "
                "available in 2024"),
    ("table", [
        ["Location", "Main sectors", "Motorway", "Land (ha)"],
        ["Saarbrücken", "software, cybersecurity, insurance", "A 620, A 6", "25"],
        ["Völklingen", "steel, heritage tourism", "A 620", "12"],
        ["Dillingen/Saar", "heavy plate, wind foundations", "A 8", "18"],
        ["Merzig", "fruit juice, dairy, bakery", "A 8", "9"],
        ["Sankt Ingbert", "medical technology, software", "A 6", "14"],
        ["Saarpfalz district", "automotive, mechanical engineering", "A 6, A 8", "40"],
        ["Trier", "tobacco, wine trade, tourism", "A 1, A 64", "11"],
        ["Metz", "logistics, digital services", "A 31", "60"],
    ], [36, 74, 34, 26]),
    ("h", "Partners abroad"),
    ("p", "Saarbrücken is twinned with Nantes, Tbilisi and Cottbus, and uses these links for "
          "student and trainee exchanges. The ports of Metz and Trier signed a cooperation "
          "agreement in 2021 to share berth planning and water-level data on the Moselle. Metz "
          "and Saarbrücken also run a cross-border business forum every spring; it is a joint "
          "event, not a twinning. Merzig and the small French spa town of Sierck-les-Bains are "
          "discussing a twinning, but no decision has been taken."),
    ("h", "How we help"),
    ("p", "SaarMoselle Invest is free of charge for investors. We find sites, arrange meetings "
          "with the Sparkasse Saarbrücken and other lenders, and guide you through the funding "
          "programmes of both countries. Contact: Dr. Stefanie Homburg, Head of Investor "
          "Services."),
]

ANDES = [
    ("title", "Service update: Andes Pacific Express (APX) – new rotation from week 36"),
    ("subtitle", "Cordillera Container Line · Customer Advisory 2024/17 · 22 August 2024"),
    ("h", "What changes"),
    ("p", "From week 36, our Andes Pacific Express adds a direct weekly call at Manta and moves "
          "its Ecuadorian main call from the river terminals of Guayaquil to the deep-water "
          "terminal at Posorja. Five ships of about 2,800 TEU each maintain the weekly service. "
          "The new rotation is Posorja – Manta – Callao – Arica – Iquique – Antofagasta – Callao "
          "– Posorja. Bookings already made for Guayaquil will be moved automatically."),
    ("caption", "Table 1: APX rotation from week 36 (cut-off before vessel arrival)"),
    ("table", [
        ["Port", "Terminal", "Arrival", "Cut-off"],
        ["Posorja", "deep-water terminal", "Mon", "24 h"],
        ["Manta", "multipurpose pier", "Wed", "24 h"],
        ["Callao", "south pier", "Sat", "36 h"],
        ["Arica", "port terminal", "Tue", "24 h"],
        ["Iquique", "container terminal", "Wed", "24 h"],
        ["Antofagasta", "bulk and box terminal", "Thu", "36 h"],
    ], [40, 60, 30, 30]),
    ("h", "Port notes"),
    ("p", "Guayaquil. The river terminals of Guayaquil handled about 2.1 million TEU in 2023, "
          "which makes the city Ecuador's largest container port. It is also the country's main "
          "industrial base: shrimp packers, cocoa processors, a large brewery and two cement "
          "plants are among our customers. Bananas and frozen shrimp are the main export cargo. "
          "The terminal at Posorja, some 100 km down the coast, is designed for 1.5 million TEU "
          "a year and takes ships the river cannot."),
    ("p", "Manta. Manta calls itself the tuna capital of the world, and with good reason: "
          "canneries and fishmeal plants line the bay, and most of our reefer boxes from here "
          "carry tuna loins. The port can currently handle about 150,000 TEU a year. Visitors "
          "with a free weekend should look out for the manta rays off the Isla de la Plata."),
    ("pagebreak",),
    ("p", "Callao. Peru's busiest port handled close to 2.9 million TEU in 2023. Cargo for "
          "Lima is trucked from the terminal gate within the day."),
    ("p", "Arica. Most of what we load and discharge in Arica is transit cargo to and from La "
          "Paz and the rest of Bolivia. The port handled some 3.2 million tonnes in 2023. The "
          "olives and tomatoes in our reefers come from the Azapa valley, not from the city, "
          "whose own economy rests on port services and tourism."),
    ("p", "Iquique. Iquique handled about 250,000 TEU in 2023. Its duty-free zone makes the "
          "city a hub for the wholesale trade in cars, tyres and electronics, and a few fishmeal "
          "plants remain on the waterfront."),
    ("p", "Antofagasta. The mining capital of Chile is home to mining-equipment suppliers, "
          "repair workshops for the big haul trucks and an explosives plant. The copper itself "
          "is mined around Calama, three hours inland, and reaches us as concentrate and "
          "cathodes, which are cargo, not industries of the port city."),
    ("h", "Port news"),
    ("p", "The port authorities of Manta and Iquique signed a sister-port agreement in March "
          "2024, and the port of Guayaquil renewed its cooperation agreement with the port of "
          "Busan, first signed in 2016. On the Chilean–Peruvian border, Arica and Tacna are "
          "formally twinned cities; their partnership dates from 2011. Our own offices in "
          "Guayaquil, Callao and Santiago are branches of the line, not partnerships."),
    ("h", "People"),
    ("p", "Our Arica agent, Rodrigo Salinas, has joined the APX team after 22 years in the port. "
          "He still drives to the terminal every morning in his 1978 Opel Manta. The APX "
          "opening call will be made by MV Valparaíso Star."),
    ("p", "Questions: apx@cordillera-line.example · Customer service Callao, Monday to Friday."),
]

OMAN = [
    ("title", "Ländernotiz Oman und Dschibuti 2024"),
    ("subtitle", "Exportförderagentur Nordwest · Häfen, Freizonen und Zielbranchen · Stand: März "
                 "2024"),
    ("h", "Überblick"),
    ("p", "Oman und Dschibuti liegen an zwei der wichtigsten Seewege der Welt, am Arabischen Meer "
          "und an der Meerenge Bab al-Mandab. Beide Länder wollen ihre Häfen zu Drehscheiben für "
          "Industrie und Handel ausbauen. Oman setzt mit seiner Vision 2040 auf Tourismus, "
          "Fischerei und Bergbau, um unabhängiger vom Öl zu werden – das sind Ziele des Landes, "
          "keine Schwerpunkte einzelner Städte. Für deutsche Exporteure von Anlagen, Pumpen, "
          "Messtechnik und Hafenausrüstung ergeben sich gute Chancen."),
    ("h", "Maskat"),
    ("p", "In der Hauptstadt Maskat sitzen die meisten Banken, Versicherungen und "
          "Beratungsfirmen des Landes. Daneben prägen die Bauwirtschaft und der Tourismus die "
          "Stadt. Der alte Hafen Sultan Qaboos hat den Frachtumschlag 2014 aufgegeben und "
          "empfängt nur noch Kreuzfahrtschiffe. Als Hausbanken werden deutschen Firmen häufig "
          "die Bank Nizwa oder internationale Institute empfohlen."),
    ("h", "Sohar"),
    ("p", "Rund 200 Kilometer nordwestlich von Maskat ist Sohar zum wichtigsten Industriestandort "
          "Omans geworden. Im Hafengebiet arbeiten eine Aluminiumhütte, ein Stahlwerk, eine "
          "Raffinerie sowie mehrere Petrochemie- und Düngemittelanlagen. Der Hafen wird von einem "
          "Gemeinschaftsunternehmen des omanischen Staates und des Hafenbetreibers aus Rotterdam "
          "geführt; diese Beteiligung ist eine Investition, keine Hafenpartnerschaft. 2023 wurden "
          "in Sohar rund 70 Mio. Tonnen Güter umgeschlagen."),
    ("h", "Salalah"),
    ("p", "Salalah im Süden ist der größte Containerhafen Omans. 2023 wurden dort rund "
          "3,9 Mio. TEU umgeschlagen, fast ausschließlich Umladungen zwischen Asien, Afrika und "
          "Europa; die Anlagen sind auf 5 Mio. TEU pro Jahr ausgelegt. In der Freizone der Stadt "
          "produzieren eine Methanolanlage und ein Gipswerk, außerdem hat sich die "
          "Fischverarbeitung angesiedelt. Der berühmte Weihrauch stammt aus den Bergen der "
          "Region Dhofar und ist ein Handelsgut, keine Industrie der Stadt."),
    ("h", "Dschibuti"),
    ("p", "Die Hauptstadt Dschibuti lebt von Logistik und Hafendienstleistungen: Rund neun "
          "Zehntel des äthiopischen Außenhandels laufen über ihre Terminals. Der Containerhafen "
          "schlug 2023 etwa 1,0 Mio. TEU um. Weil mehrere Seekabel hier an Land gehen, wächst "
          "außerdem die Telekommunikationsbranche. Die elektrifizierte Bahn nach Addis Abeba "
          "verbindet den Hafen mit dem Hinterland; sie ist eine Verkehrsverbindung und keine "
          "Partnerschaft."),
    ("h", "Standorte im Vergleich"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Containerumschlag 2023 (Mio. TEU)", "Freizone"],
        ["Maskat", "Finanzdienstleistungen, Bauwirtschaft, Tourismus", "–", "nein"],
        ["Sohar", "Aluminium, Stahl, Petrochemie", "0,9", "ja"],
        ["Salalah", "Methanol, Gips, Fischverarbeitung", "3,9", "ja"],
        ["Sur", "Flüssiggas (LNG), traditioneller Bootsbau", "–", "nein"],
        ["Dhofar (Gouvernement)", "Landwirtschaft, Weihrauch", "–", "–"],
        ["Dschibuti", "Logistik, Telekommunikation", "1,0", "ja"],
    ]),
    ("h", "Kooperationen"),
    ("p", "Die Hafengesellschaften von Salalah und Dschibuti haben 2019 ein Memorandum of "
          "Understanding über den Austausch von Umschlagsdaten unterzeichnet. Sohar und "
          "Antwerpen schlossen 2022 eine Kooperationsvereinbarung ihrer Häfen, deren Thema "
          "Wasserstoff ist. Maskat ist seit 2012 Partnerstadt des marokkanischen Rabat. Ein "
          "ähnliches Abkommen zwischen den Häfen von Dschibuti und Mombasa ist in Vorbereitung, "
          "aber noch nicht unterschrieben."),
    ("h", "Ansprechpartner"),
    ("p", "Dr. Leila Aden, Länderreferentin Golfstaaten und Ostafrika, Exportförderagentur "
          "Nordwest. Die nächste Unternehmerreise nach Maskat und Sohar ist für November "
          "geplant."),
]


PDFS = {
    "b24-saar-moselle-investor-brochure.pdf": dict(
        blocks=SAAR_MOSELLE, header="SaarMoselle Invest · Investor Brochure 2024 · Saarland and "
                                    "Moselle valley",
        footer="SaarMoselle Invest | Investor Brochure 2024 | page {n}", lang="en",
        title="Invest in SaarMoselle – Investor Brochure 2024"),
    "b24-andes-pacific-loop-service-update.pdf": dict(
        blocks=ANDES, header="Cordillera Container Line · Customer Advisory 2024/17 · Andes "
                             "Pacific Express (APX)",
        footer="CCL Customer Advisory 2024/17 – page {n} of 2", lang="en",
        title="Service update: Andes Pacific Express – new rotation from week 36"),
}
DOCXS = {
    "b24-oman-dschibuti-laendernotiz.docx": dict(
        blocks=OMAN, title="Ländernotiz Oman und Dschibuti 2024"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_24.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
