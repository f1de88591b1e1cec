#!/usr/bin/env python3
"""Build the sixteenth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_16.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the
texts are embedded below, and the output is deterministic (reportlab runs in invariant mode;
DOCX core properties and zip timestamps are fixed), so running it again gives byte-identical
files. The gold annotations (``NAME.gold.json``) are written by hand and kept beside the
documents; this script does not touch them, nor the TXT and HTML reports of the batch. See
the section "Development batch 16" in ``scripts/SAMPLES.md``. The layout helpers (fonts,
fixed timestamps, PDF and DOCX builders) are shared with the other build scripts and live in
``sample_builders.py``.

Layouts in this batch:

* ``southern-brazil-carrier-customer-advisory.pdf``: two pages, running header, footer
  "Advisory 14/2024 · page N/2", a drawn table "Port | State | Containers 2023 (thousand
  TEU) | Main export cargo" whose TEU unit is given only in the header; the cargo column is
  a distractor, and three ports' volumes are given only in the table.
* ``oderregion-foerderbank-regionalbericht-2024.pdf``: two pages, running header, footer
  "Regionalbericht Ostbrandenburg 2024 – Seite N", a drawn table "Standort |
  Schwerpunktbranchen | Hafenumschlag 2023 (1.000 t)"; one row is a Landkreis, and one
  town's sectors are given only in the table.
* ``quebec-trade-office-investor-brief.docx``: provincial trade office's brief for European
  investors with headings, bullets, a caption and a table of cities, sectors and port
  tonnage (unit only in the header; one city's sectors only in the table).

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"
BATCH16_TIME = dt.datetime(2024, 9, 1, 9, 0, 0)

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only. A header cell that would not fit its
# column is broken with a newline.

BRAZIL = [
    ("title", "Customer Advisory 14/2024: Southern Brazil port rotation from week 28"),
    ("subtitle", "Austral Meridian Lines · Customer Service Brazil · 10 June 2024"),
    ("h", "What changes"),
    ("p", "From week 28 our ASAM service between Asia and the east coast of South America will "
          "call at Santos, Paranaguá, Itapoá and Navegantes, in that order, before turning back "
          "north from Rio Grande. Calls at the municipal terminal in Itajaí remain suspended until "
          "the new concession is in place; cargo for Itajaí and the Vale do Itajaí will be "
          "discharged at Portonave in Navegantes, on the opposite bank of the river. Our offices "
          "in Santos, Itajaí and Curitiba will handle bookings as before."),
    ("h", "Santos"),
    ("p", "Santos is Latin America’s busiest container port and handled some 4.8 million TEU in "
          "2023. Berth windows remain tight in the second half of the year, when the sugar and "
          "coffee harvests arrive, so please release export bookings at least ten days before "
          "the cut-off. Reefer plugs on the left bank at Guarujá are in short supply."),
    ("p", "The industrial belt at the foot of the Serra do Mar begins a few kilometres inland. "
          "Cubatão is home to a steel mill, an oil refinery and several fertiliser plants, and "
          "much of our import cargo for the state of São Paulo is fertiliser for them. Santos has "
          "been a sister city of Nagasaki since 1972. The Santos port authority has opened talks "
          "with Rotterdam about a sister-port agreement, but nothing has been signed. Please do "
          "not confuse the city with Santos FC, whose stadium lies two streets from our office."),
    ("h", "Paranaguá and Curitiba"),
    ("p", "Paranaguá handled about 65 million tonnes in 2023, most of it soybeans, meal, sugar "
          "and frozen chicken, and its container terminal is being extended. In 2022 the port "
          "authorities of Paranaguá and Valencia signed a port cooperation agreement that covers "
          "digital port community systems and the training of pilots."),
    ("p", "Curitiba, the state capital, lies 90 kilometres inland. The city is a centre of truck "
          "and bus manufacturing and has a strong software sector. In the metropolitan area, "
          "São José dos Pinhais builds cars and Araucária hosts an oil refinery. Curitiba and "
          "Himeji have been sister cities since 1984, and the link still brings auto-parts "
          "investors from Japan to Paraná."),
    ("pagebreak",),
    ("h", "Santa Catarina: Itapoá, Navegantes, Itajaí, Joinville"),
    ("p", "Itapoá is a private terminal built on a greenfield site; it has grown into one of "
          "the main container gateways of the south and is designed for 2 million TEU a year. "
          "Its main customers sit in Joinville, Santa Catarina’s largest city. Joinville owes its "
          "name to the Prince of Joinville, a son of the last French king, and its economy to "
          "German and Swiss settlers: today it is home to a maker of refrigeration compressors, "
          "a foundry that casts engine blocks for truck makers around the world, and a large "
          "number of plastics processors. Bulk cargo for the city’s industries uses the port of "
          "São Francisco do Sul."),
    ("p", "Further south, Blumenau is known for textiles and clothing, and Jaraguá do Sul is "
          "the home of one of the world’s largest makers of electric motors. Itajaí itself "
          "lives from fishing and fish processing; Brazil’s largest fishing fleet is based in its "
          "river port."),
    ("caption", "Table 1: Ports in the ASAM rotation"),
    ("table", [
        ["Port", "State", "Containers 2023\n(thousand TEU)", "Main export cargo"],
        ["Santos", "São Paulo", "4,800", "sugar, coffee, orange juice"],
        ["Paranaguá", "Paraná", "1,150", "frozen chicken, soy meal"],
        ["Itapoá", "Santa Catarina", "1,200", "frozen meat, wood"],
        ["Navegantes", "Santa Catarina", "1,100", "frozen chicken, furniture"],
        ["Itajaí", "Santa Catarina", "130", "frozen fish, tiles"],
        ["Rio Grande", "Rio Grande do Sul", "800", "tobacco, rice, soy"],
    ], [28, 36, 36, 62]),
    ("h", "Documentation and surcharges"),
    ("p", "Bills of lading for cargo to Itajaí must show Navegantes as the port of discharge. "
          "The peak-season surcharge for Santos stays in force until 31 August. Our rail "
          "partner’s weekly train between Rio Grande and Santos is not affected by the new "
          "rotation."),
    ("p", "Questions: customer.service.brazil@australmeridian.example · Ana Paula Guaratuba, "
          "Head of Customer Service."),
]

ODER = [
    ("title", "Regionalbericht Ostbrandenburg 2024"),
    ("subtitle", "Märkische Landesförderbank · Abteilung Volkswirtschaft · Juni 2024"),
    ("h", "Überblick"),
    ("p", "Die Wirtschaft an der Oder hat sich 2023 besser gehalten als befürchtet. Die "
          "Landkreise Oder-Spree und Uckermark meldeten steigende Beschäftigung, und die Zahl "
          "der Förderanträge lag um ein Fünftel über dem Vorjahr. Dieser Bericht fasst die "
          "Entwicklung der wichtigsten Standorte zusammen; die Schwerpunktbranchen sind in "
          "Tabelle 1 zusammengestellt."),
    ("h", "Frankfurt (Oder)"),
    ("p", "Die Stadt an der Oder – nicht zu verwechseln mit der Bankenmetropole Frankfurt am "
          "Main, in der wir unsere Refinanzierung abwickeln – ist der wichtigste Standort der "
          "Region. Die Frankfurter Wirtschaft stützt sich auf Mikroelektronik, Solartechnik und "
          "Logistik; ein Hersteller von Solarmodulen hat 2023 seine Fertigung erweitert. Mit "
          "dem polnischen Słubice auf der anderen Flussseite bildet Frankfurt eine Doppelstadt "
          "mit gemeinsamem Nahverkehr. Städtepartnerschaften bestehen mit Heilbronn, seit 1990, "
          "und mit Gorzów Wielkopolski, seit 1975."),
    ("h", "Eisenhüttenstadt"),
    ("p", "Die Stadt wurde in den 1950er-Jahren um das Hüttenwerk herum gebaut. Stahl ist bis "
          "heute die tragende Branche; dazu kommt eine große Papierfabrik, die Wellpappenrohpapier "
          "aus Altpapier herstellt. Der Hafen am Oder-Spree-Kanal schlug 2023 rund 1,05 Mio. "
          "Tonnen um, überwiegend Erz, Kohle und Stahlprodukte. Eisenhüttenstadt und Saarlouis "
          "sind seit 1986 Partnerstädte – eine der ersten deutsch-deutschen Partnerschaften."),
    ("h", "Schwedt/Oder"),
    ("p", "Schwedt lebt von der Erdölraffinerie, die Berlin und Brandenburg mit Kraftstoffen "
          "versorgt; dort produzieren außerdem zwei Papierfabriken. Seit dem Ende der "
          "Pipeline-Lieferungen aus Russland kommt das Rohöl über Danzig und Rostock. Die Häfen "
          "Schwedt und Stettin haben 2019 eine Kooperationsvereinbarung geschlossen, die den "
          "Binnenschiffsverkehr auf der Westoder stärken soll. Eine Partnerschaft mit dem "
          "polnischen Chojna ist für 2025 geplant."),
    ("pagebreak",),
    ("h", "Cottbus und die Lausitz"),
    ("p", "Cottbus ist Sitz eines großen Energieversorgers, der in der Lausitz Braunkohle "
          "fördert und verstromt. Für den Strukturwandel steht das neue Instandhaltungswerk der "
          "Bahn, in dem seit 2024 ICE-Züge gewartet werden; die Stadt setzt außerdem auf "
          "Gesundheitswirtschaft und Wissenschaft. Cottbus ist seit 1975 mit Zielona Góra "
          "verschwistert. Die Partnerschaft mit dem russischen Lipezk ruht seit 2022."),
    ("p", "In Guben prägt die Kunststoff- und Chemiefaserindustrie das Gewerbegebiet am "
          "Fluss. Guben und das polnische Gubin verstehen sich als Eurostadt, sind aber zwei "
          "Gemeinden mit eigenen Räten. Fürstenwalde an der Spree ist Standort eines "
          "Reifenwerks."),
    ("caption", "Tabelle 1: Standorte und Schwerpunktbranchen"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Hafenumschlag\n2023 (1.000 t)"],
        ["Frankfurt (Oder)", "Mikroelektronik, Solartechnik, Logistik", "–"],
        ["Eisenhüttenstadt", "Stahl, Papier", "1.050"],
        ["Schwedt/Oder", "Raffinerie, Papier", "420"],
        ["Königs Wusterhausen", "Baustoffe, Logistik", "1.480"],
        ["Cottbus", "Energie, Bahninstandhaltung", "–"],
        ["Landkreis Uckermark", "Landwirtschaft, Windenergie", "–"],
    ], [42, 80, 38]),
    ("h", "Ausblick"),
    ("p", "Für 2024 erwarten wir ein Wachstum von knapp einem Prozent. Risiken sind die "
          "Energiepreise und der Fachkräftemangel. Die Bahnstrecke Berlin–Frankfurt (Oder)–"
          "Warschau wird ab 2025 ausgebaut; Güterzüge nach Posen sollen dann schneller fahren."),
    ("p", "Ansprechpartnerin: Dr. Katrin Beeskow, Abteilung Volkswirtschaft. Die Märkische "
          "Oderzeitung berichtet regelmäßig über unsere Förderprogramme."),
]

QUEBEC = [
    ("title", "Investing in Québec: Regional Brief for European Investors"),
    ("subtitle", "Québec Trade and Investment Office, Munich · September 2024"),
    ("h", "Why Québec"),
    ("p", "Québec offers some of the cheapest and cleanest electricity in North America, which "
          "is why the province has become a magnet for aluminium smelters, data centres and "
          "battery materials. This brief, prepared by our office in Munich, introduces the five "
          "urban regions that European investors ask us about most. Figures are rounded."),
    ("h", "Montréal"),
    ("p", "Montréal is one of the few places in the world where a complete aircraft can be "
          "designed and built. Aerospace is the city’s signature industry, followed by "
          "artificial intelligence research, video games and pharmaceuticals. The Port of "
          "Montréal handled about 1.5 million TEU and 35 million tonnes in 2023 and is the "
          "largest container port in Eastern Canada. Montréal has been twinned with Lyon since "
          "1979 and with Shanghai since 1985. The ports of Montréal and Antwerp signed a "
          "memorandum of understanding on port digitalisation in 2019."),
    ("p", "Note: the Montreal Protocol and the Bank of Montreal are not part of this brief."),
    ("h", "Québec City and Lévis"),
    ("p", "The provincial capital is a centre of insurance, optics and photonics, and video "
          "games. Across the St. Lawrence, Lévis is home to the country’s largest shipyard. The "
          "Port of Québec handled some 27 million tonnes last year, mostly grain, iron ore and "
          "petroleum products. Québec City and Bordeaux have been twin cities since 1962; the "
          "two cities organise an annual wine and food trade mission."),
    ("h", "Trois-Rivières and Bécancour"),
    ("p", "Trois-Rivières was once called the world capital of newsprint. Pulp and paper "
          "remain important, and the city has added an aerospace maintenance cluster at its "
          "airport. On the south shore, the industrial park of Bécancour is attracting makers "
          "of battery materials and already hosts chemical plants and an aluminium smelter. The "
          "Port of Trois-Rivières handled about 3.8 million tonnes in 2023. Trois-Rivières and "
          "Tours are twin towns."),
    ("h", "Saguenay"),
    ("p", "Saguenay is an aluminium city: smelters and the research centres around them "
          "employ thousands, and forestry and paper mills complete the picture. A twinning "
          "between Saguenay and Narvik has been proposed by the mayors but not approved by "
          "either council."),
    ("h", "Sherbrooke and the Eastern Townships"),
    ("p", "Sherbrooke has a growing cluster of quantum-technology start-ups and a strong "
          "health-sciences sector linked to the Université de Sherbrooke. Nearby Granby is a "
          "food-processing town, and Valcourt is home to a maker of snowmobiles and personal "
          "watercraft."),
    ("caption", "Table 1: Locations at a glance"),
    ("table", [
        ["City", "Key sectors", "Port throughput 2023 (million t)"],
        ["Montréal", "aerospace, AI, video games, pharmaceuticals", "35"],
        ["Québec City", "insurance, optics and photonics, video games", "27"],
        ["Trois-Rivières", "pulp and paper, aerospace maintenance", "3.8"],
        ["Saguenay", "aluminium, forestry", "0.6"],
        ["Sherbrooke", "quantum technology, health sciences", "–"],
        ["Drummondville", "furniture, food processing, plastics", "–"],
    ], None),
    ("h", "How we can help"),
    ("bullets", [
        "Site visits and introductions to regional economic development agencies.",
        "Information on electricity rates for energy-intensive projects.",
        "Contacts with the Québec government offices in Paris, Brussels and London.",
    ]),
    ("p", "Contact: Sophie Laval, Investment Advisor, Québec Trade and Investment "
          "Office, Munich."),
]


PDFS = {
    "southern-brazil-carrier-customer-advisory.pdf": dict(
        blocks=BRAZIL, header="Austral Meridian Lines · Customer Advisory 14/2024 · "
                              "Southern Brazil",
        footer="Advisory 14/2024 · page {n}/2", lang="en",
        title="Customer Advisory 14/2024: Southern Brazil port rotation"),
    "oderregion-foerderbank-regionalbericht-2024.pdf": dict(
        blocks=ODER, header="Märkische Landesförderbank · Regionalbericht Ostbrandenburg 2024",
        footer="Regionalbericht Ostbrandenburg 2024 – Seite {n}", lang="de",
        title="Regionalbericht Ostbrandenburg 2024"),
}
DOCXS = {
    "quebec-trade-office-investor-brief.docx": dict(
        blocks=QUEBEC, title="Investing in Québec: Regional Brief for European Investors",
        when=BATCH16_TIME),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_16.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
