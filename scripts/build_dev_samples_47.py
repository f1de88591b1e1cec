#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 47 in ``samples/dev/``.

    python scripts/build_dev_samples_47.py [--out DIR]

Companion to ``build_dev_samples_6.py`` and the other batch scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic (reportlab
runs in invariant mode; DOCX core properties and zip timestamps are fixed), so running
it again gives byte-identical files. The gold annotations (``NAME.gold.json``) are
written by hand and kept beside the documents; this script does not touch them, nor
the TXT and HTML reports of the batch. The layout helpers (fonts, fixed timestamps,
PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b47-silesia-lodz-logistics-fund-quarterly-letter.pdf``: a logistics property
  fund's quarterly letter, two pages, running header, footer "Q1 2024 · page N of 2",
  a drawn table "Location | Local industry base | Lettable area (m²) | Occupancy";
  one city's industries are given only in the table.
* ``b47-pfalz-arbeitgeberverband-jahresbericht.pdf``: an employers' association's
  annual report excerpt (German), two pages, running header, footer "Seite N von 2",
  a drawn table of member firms by location with a column of lead industries (one
  town's industries only in the table) and a port table whose units are given only
  in the header row.
* ``b47-southern-brazil-consulate-commercial-newsletter.docx``: a consulate's
  commercial newsletter with headings, paragraphs, a caption and a table of ports
  (state, main cargo, throughput with the unit only in the header).

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

SILESIA = [
    ("title", "Quarterly Letter to Investors – First Quarter 2024"),
    ("subtitle", "Vistula Gate Logistics Property Fund · Silesia and Central Poland portfolio · "
                 "April 2024"),
    ("h", "Dear investors,"),
    ("p", "The fund ended the quarter with 14 warehouses, 612,000 square metres of lettable area "
          "and an occupancy of 96 per cent. Rents rose by 3.1 per cent year on year, and we "
          "completed the second phase of our Wrocław scheme on time. This letter walks through the "
          "portfolio city by city."),
    ("h", "Upper Silesia"),
    ("p", "Our largest cluster lies along the A4 motorway between Katowice and Gliwice. Katowice "
          "was once a town of coal and steel; the last colliery within the city limits closed in "
          "2018. The city now owes its growth to business services and software: more than 200 "
          "shared-service centres employ some 30,000 people there, and our tenants include two "
          "accounting centres and a software developer. One of them also sponsors the football "
          "club Górnik Zabrze."),
    ("p", "In Gliwice, an Opel plant builds light commercial vans for the Stellantis group, and the "
          "city's technical university feeds a young cluster of robotics and automation firms. The "
          "Gliwice inland port and logistics centre handled around 1.1 million tonnes of cargo in "
          "2023. Tychy, fifteen minutes to the south, is known for two things: the Fiat factory that "
          "now assembles compact SUVs, and the Tyskie brewery. Most of what moves through our "
          "Silesian units is steel coils, tyres and white goods."),
    ("p", "Silesia as a whole remains Poland's most industrial region, with coal, steel and power "
          "generation, but our tenant base has shifted towards e-commerce and car parts. Katowice "
          "Airport, 30 km north of the city, handled about 25,000 tonnes of cargo last year and is "
          "the country's second-busiest cargo airport. Euroterminal Sławków, at the western end of "
          "the broad-gauge line from Ukraine, is designed to handle about 5 million tonnes a year."),
    ("p", "German tenants often ask about local links. Gliwice has been twinned with Dessau since "
          "1997 and with Bottrop since 2000, and a Bottrop engineering firm took 8,000 square metres "
          "in our Gliwice park this quarter."),
    ("pagebreak",),
    ("h", "Łódź"),
    ("p", "Łódź, the former \u201cPolish Manchester\u201d of cotton mills, has reinvented itself as a "
          "distribution hub at the crossing of the A1 and A2 motorways. The city is home to large "
          "household-appliance factories and a cluster of cosmetics makers, and its textile "
          "tradition lives on in a few weaving mills. Freight trains link Łódź "
          "with Chengdu several times a week. Our French co-investor, based in Lyon, first came to "
          "Łódź through the partnership of the two cities, which dates from 1991."),
    ("h", "Wrocław and Opole"),
    ("p", "Our newest scheme is on the western edge of Wrocław. Breslau, as our German investors "
          "still call it, has become a centre of electronics and IT; a maker of buses and a "
          "pharmaceutical plant are among the largest employers. Wrocław is twinned with Wiesbaden, "
          "among others. Opole, the smallest of our markets, on the Oder, lives from cement and lime "
          "works. One of our tenants, a distributor of "
          "building materials, also runs branches in Poznań and Kraków."),
    ("h", "Portfolio at 31 March 2024"),
    ("caption", "Table 1: Portfolio by location"),
    ("table", [
        ["Location", "Local industry base", "Lettable area (m²)", "Occupancy"],
        ["Gliwice", "vans, robotics", "148,000", "98%"],
        ["Katowice", "business services, software", "96,000", "95%"],
        ["Tychy", "cars, brewing", "64,000", "100%"],
        ["Dąbrowa Górnicza", "steel, glass", "52,000", "91%"],
        ["Łódź", "appliances, cosmetics", "131,000", "97%"],
        ["Wrocław", "electronics, buses", "87,000", "94%"],
        ["Opole", "cement, lime", "34,000", "93%"],
    ], [38, 60, 38, 24]),
    ("h", "Ports and outlook"),
    ("p", "Most imported stock for our tenants arrives through Gdańsk, Poland's largest port, which "
          "handled some 81 million tonnes in 2023. We expect occupancy to stay above 95 per cent "
          "through the year and will report on the Wrocław lettings in July."),
    ("p", "With kind regards, Marta Zielińska, Fund Manager"),
]

PFALZ = [
    ("title", "Jahresbericht 2023 (Auszug)"),
    ("subtitle", "Unternehmerverband Pfalz-Rheinhessen e. V. · Standorte, Branchen, Partnerschaften"),
    ("h", "Vorwort der Präsidentin"),
    ("p", "Das Jahr 2023 hat unseren Mitgliedsbetrieben viel abverlangt: hohe Energiepreise, eine "
          "schwache Chemiekonjunktur und der Fachkräftemangel. Rheinland-Pfalz ist ein Exportland; "
          "Chemie, Fahrzeugbau und Maschinenbau stehen für gut die Hälfte der Ausfuhren des Landes. "
          "Wie die Stuttgarter Zeitung im Herbst schrieb, leidet der Südwesten stärker als andere "
          "Regionen unter den Energiepreisen. Dr. Petra Worms, Präsidentin"),
    ("h", "Unsere Standorte"),
    ("p", "In Ludwigshafen prägt die Chemie- und Pharmaindustrie das Bild. Am Stammwerk der BASF "
          "in Ludwigshafen arbeiten rund 38.000 Menschen; dazu kommen Zulieferer und Dienstleister. "
          "Die Ludwigshafener Häfen schlugen 2023 zusammen rund 6,8 Mio. Tonnen um, vor allem "
          "Mineralöl, Chemikalien und Baustoffe, und zählen damit zu den größten Binnenhäfen "
          "Deutschlands."),
    ("p", "Die Landeshauptstadt Mainz verdankt ihr Wachstum der vergangenen Jahre vor allem der "
          "Biotechnologie. Daneben sind Spezialglas, Medien und der Weinhandel wichtige Standbeine. "
          "Der Mainzer Hafen schlug 2023 rund 110.000 TEU um. Die Mainzer Allgemeine Zeitung "
          "berichtete ausführlich über unseren Ausbildungstag."),
    ("p", "Kaiserslautern ist zu einem Standort der Softwareentwicklung geworden; "
          "die Stadt beherbergt außerdem ein Komponentenwerk eines Autoherstellers. Die auf dem "
          "Werksgelände geplante Batteriezellfabrik liegt dagegen weiter auf Eis."),
    ("p", "Die Pirmasenser Schuhindustrie ist kleiner geworden, aber nicht verschwunden. Dort "
          "fertigen heute ein Hersteller von Sicherheitsschuhen und mehrere Betriebe der Leder- und "
          "Kunststoffverarbeitung. Trier lebt vom Tourismus rund um die Römerbauten; die Stadt "
          "beherbergt zudem eine große Zigarettenfabrik. Die Moselweine der Region verkaufen sich "
          "im Ausland gut. In Worms hängen viele Arbeitsplätze an der Chemie- und "
          "Kunststoffverarbeitung und an den Weinkellereien. Der Wormser Hafen ist auf 1,5 Mio. "
          "Tonnen im Jahr ausgelegt."),
    ("pagebreak",),
    ("h", "Mitglieder nach Standort"),
    ("caption", "Tabelle 1: Mitgliedsbetriebe und Beschäftigte nach Standort, 31.12.2023"),
    ("table", [
        ["Standort", "Leitbranchen", "Betriebe", "Beschäftigte"],
        ["Ludwigshafen", "Chemie, Pharma", "142", "51.300"],
        ["Mainz", "Biotechnologie, Glas, Medien", "118", "17.900"],
        ["Kaiserslautern", "Software, Fahrzeugkomponenten", "96", "9.400"],
        ["Pirmasens", "Schuhe, Leder, Kunststoff", "61", "3.800"],
        ["Trier", "Tourismus, Tabak", "74", "5.200"],
        ["Worms", "Chemie, Kunststoff, Wein", "58", "4.600"],
        ["Frankenthal", "Pumpen- und Armaturenbau", "39", "4.100"],
    ], [34, 70, 24, 30]),
    ("h", "Häfen in unserem Verbandsgebiet"),
    ("caption", "Tabelle 2: Hafenumschlag 2023"),
    ("table", [
        ["Hafen", "Umschlag (Mio. t)", "Container (TEU)"],
        ["Ludwigshafen", "6,8", "–"],
        ["Mainz", "–", "110.000"],
        ["Germersheim", "–", "190.000"],
    ], [40, 40, 40]),
    ("h", "Ausbildung und Städtepartnerschaften"),
    ("p", "Unser Azubi-Austausch nutzt die Städtepartnerschaften der Region. Mainz und Dijon sind "
          "seit 1958 Partnerstädte; in diesem Jahr verbrachten zwölf Auszubildende vier Wochen in "
          "Burgund. Pirmasens ist seit 1965 mit dem französischen Poissy verschwistert, und Trier "
          "pflegt seit 1957 eine Partnerschaft mit Metz. Auch Kaiserslautern und Davenport in Iowa "
          "sind Partnerstädte; beide Städte schicken jedes Jahr Praktikanten über den Atlantik."),
    ("p", "Eine Delegation aus Lorient besuchte im Oktober Betriebe in Ludwigshafen. Eine "
          "Städtefreundschaft zwischen Worms und einer Stadt in der Toskana ist geplant; "
          "unterzeichnet ist sie noch nicht. Die Sozialpartnerschaft mit den Gewerkschaften hat "
          "sich in der Tarifrunde 2023 bewährt."),
]

BRAZIL = [
    ("title", "Southern Brazil Commercial Newsletter"),
    ("subtitle", "Trade Section, Consulate General in Porto Alegre · Issue 12 · Spring 2024"),
    ("h", "Market snapshot"),
    ("p", "Paraná, Santa Catarina and Rio Grande do Sul together produce about a fifth of Brazil's "
          "GDP. The three states are best known abroad for agribusiness, meat packing and furniture, "
          "but their cities offer much more to exporters of machinery, software and services. This "
          "issue looks at four markets and at the ports that serve them."),
    ("h", "Curitiba"),
    ("p", "Curitiba, the capital of Paraná, is home to a Swedish truck maker's Latin American plant "
          "and to a strong IT-services scene. Next door, the car plants of São José dos Pinhais "
          "build hatchbacks and SUVs for the whole Mercosur market. Curitiba and Montevideo are "
          "sister cities, and both run a joint start-up programme."),
    ("h", "Santa Catarina's industrial belt"),
    ("p", "Joinville's metalworkers supply compressors and castings to the world; the largest "
          "city of Santa Catarina is also a centre of plastics processing, with a big maker of "
          "plastic pipes. Twenty "
          "kilometres west, Jaraguá do Sul is known for its electric motors. Blumenau, founded by "
          "the German pharmacist Hermann Blumenau, still has its knitwear mills, and its software "
          "houses now employ more people than the textile sector. The Febratex fair in Blumenau, "
          "whose themes this year are sustainable fibres and digital printing, is a good place to "
          "meet buyers."),
    ("p", "Itajaí's fishing fleet is the largest in the country, and the city's port is recovering "
          "after a difficult 2023. The port authority of Itajaí and the Port of Halifax have "
          "discussed a cooperation agreement, but talks are still under way."),
    ("h", "Porto Alegre"),
    ("p", "Porto Alegre, the capital of Rio Grande do Sul, lives from services, health care and a "
          "growing software sector. The refinery in neighbouring Canoas supplies most of the "
          "state's fuel, and the leather and footwear firms of the Sinos valley around Novo "
          "Hamburgo are major buyers of chemicals. Porto Alegre has been a sister city of Kanazawa "
          "since 1967."),
    ("h", "Ports"),
    ("p", "Paranaguá is Brazil's largest grain-export port. In 2018 the ports of Paranaguá and "
          "Montreal signed a sister-port agreement, which covers training and digital port "
          "systems. Containers for Santa Catarina increasingly use Itapoá and São Francisco do Sul."),
    ("caption", "Table 1: Selected ports of southern Brazil, 2023"),
    ("table", [
        ["Port", "State", "Main cargo", "Throughput (million t)"],
        ["Paranaguá", "Paraná", "soybeans, maize, fertiliser", "66.0"],
        ["Rio Grande", "Rio Grande do Sul", "soybeans, wood pulp", "44.5"],
        ["São Francisco do Sul", "Santa Catarina", "steel coils, soybeans", "16.2"],
        ["Itapoá", "Santa Catarina", "containers", "9.8"],
    ]),
    ("h", "Upcoming"),
    ("p", "Our trade commissioners will visit Joinville and Blumenau in June. Please contact the "
          "Trade Section for meetings. Contact: Ms. Laura Sarnia, Senior Trade Commissioner."),
]


PDFS = {
    "b47-silesia-lodz-logistics-fund-quarterly-letter.pdf": dict(
        blocks=SILESIA, header="Vistula Gate Logistics Property Fund · Quarterly Letter to "
                               "Investors · Q1 2024",
        footer="Q1 2024 · page {n} of 2", lang="en",
        title="Vistula Gate Logistics Property Fund – Quarterly Letter Q1 2024"),
    "b47-pfalz-arbeitgeberverband-jahresbericht.pdf": dict(
        blocks=PFALZ, header="Unternehmerverband Pfalz-Rheinhessen e. V. · Jahresbericht 2023 · "
                             "Auszug",
        footer="Seite {n} von 2", lang="de",
        title="Unternehmerverband Pfalz-Rheinhessen – Jahresbericht 2023 (Auszug)"),
}
DOCXS = {
    "b47-southern-brazil-consulate-commercial-newsletter.docx": dict(
        blocks=BRAZIL, title="Southern Brazil Commercial Newsletter – Issue 12"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_47.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
