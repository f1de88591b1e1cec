#!/usr/bin/env python3
"""Build batch 67 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_67.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b67-west-norway-offshore-base-client-memo.pdf``: an offshore supply-chain consultant's
  client memo comparing base locations on Norway's west coast, two pages, running header,
  footer "Client memo SP-24-031 · page N of 2", numbered section headings, a drawn table
  "Port | Supply base | Cargo 2023 (thousand t) | Local industry" whose unit and year are given
  only in the column header; three ports' tonnages are given only in the table.
* ``b67-lahnachse-ihk-standortportraet.pdf``: a German chamber's (IHK) Standortporträt of the
  Lahn towns, two pages, running header, footer "Standortporträt Lahnachse – Seite N von 2",
  no drawn table: the sectors are a bullet list "Stadt – Branchen" at the top, followed by a
  section per town, a transport section (port and airport figures in German number format) and
  a partnerships section.
* ``b67-korea-southeast-careers-employer-guide.docx``: a university careers office's employer
  guide with a heading per city, a bullet list of smaller cities, a caption and a table
  "Employer | City | Sector | Graduate intake 2024 | Majors sought"; one city's industry is
  given only in the table.

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

OFFSHORE_MEMO = [
    ("title", "West Coast Service Base: Location Options in Western Norway"),
    ("subtitle", "Client memo for Thornbury Subsea Ltd · Skerry Point Supply Chain Advisory · "
                 "19 February 2024"),
    ("h", "1. Summary"),
    ("p", "You asked us to compare locations for a spare-parts and service base that can support "
          "your subsea trees and control modules on the Norwegian continental shelf. In January we "
          "visited four ports between Stavanger and Kristiansund and spoke to base operators, "
          "hauliers, customs brokers and two of your likely customers. Our short answer: Florø is "
          "the best fit for the northern North Sea and Kristiansund for the Norwegian Sea. "
          "Stavanger remains the right place for a sales office, but not for a warehouse."),
    ("h", "2. Stavanger"),
    ("p", "Stavanger is still the administrative capital of Norway's oil and gas industry. The "
          "largest operator has its head office in the city, and most engineering contractors rent "
          "floors in the business parks at Forus, on the boundary with Sandnes. Tananger, fifteen "
          "minutes west of the centre, is where the region's main supply base sits, but its "
          "industrial land is almost fully let and the waiting list for quay-side space runs into "
          "2026. The Port of Stavanger handled about 75,000 TEU last year, enough for two feeder "
          "calls a week to Cuxhaven, so your containers from the Netherlands would move through it "
          "without trouble."),
    ("h", "3. Haugesund"),
    ("p", "Haugesund, a town of about 38,000 people on the outer coast, is a fabrication town. A yard "
          "on its northern edge builds topside modules and living quarters for platforms, and a "
          "second firm repairs and converts supply vessels at the quays next to the town centre. The "
          "harbour handled roughly 5.5 million tonnes in 2023. Do not be misled by the aluminium "
          "figures in the municipal brochure: the smelter belongs to Karmøy, the island municipality "
          "across the sound, not to Haugesund. Labour is the real bottleneck; the module yard alone "
          "is recruiting 300 welders this spring."),
    ("p", "One point in Haugesund's favour is its link to the British decommissioning market. Its "
          "port and the Port of Great Yarmouth signed a cooperation agreement in 2021, and the two "
          "harbours now share data on platforms that are due to be removed."),
    ("pagebreak",),
    ("h", "4. Florø"),
    ("p", "Florø, Norway's westernmost town, is small, but it punches above its weight. Its supply "
          "base on the southern shore serves the fields of the northern North Sea and still has free "
          "land with quay access, which is rare on this coast. The town's other mainstay is salmon "
          "farming, which employs more people in Florø than the base does. A weekly container "
          "service links Florø with Immingham, which would suit your deliveries from the UK."),
    ("h", "5. Kristiansund"),
    ("p", "In Kristiansund the offshore trade came on top of a much older one. The town is still the "
          "capital of clipfish, the salted and dried cod that its exporters ship to Portugal, Brazil "
          "and the Caribbean, and you can smell it on the quays. Since the 1980s Kristiansund has "
          "also been the supply town for the Norwegian Sea, with a base on the northern side of the "
          "harbour, and several subsea service companies keep workshops in the town. The methanol "
          "plant at Tjeldbergodden and the gas plant at Nyhamna near Molde are often listed as "
          "Kristiansund's industry, but both lie in other municipalities, an hour or more away by "
          "road."),
    ("p", "Kristiansund is twinned with Tórshavn in the Faroe Islands. Its harbour authority also "
          "talked to Lerwick about a port partnership last year, but the talks stalled over funding "
          "and nothing was signed."),
    ("h", "6. Bergen and the Sunnmøre coast"),
    ("p", "We did not shortlist Bergen. Its port is Norway's largest by cargo volume, with about "
          "55 million tonnes in 2023 once the oil terminals north of the city are counted, but most "
          "of that is crude oil and gas products, and land near the city is as scarce as around "
          "Stavanger. Further north, the Sunnmøre region around Ålesund has a strong shipbuilding "
          "cluster, but it builds and equips vessels rather than servicing subsea hardware. The hull "
          "of the floating production unit on your main customer's Norwegian Sea field was not built "
          "on this coast at all: it came from a yard in Ulsan, South Korea."),
    ("caption", "Table 1: Shortlisted ports – cargo handled in 2023 and the local industries we met"),
    ("table", [
        ["Port", "Supply base", "Cargo 2023 (thousand t)", "Local industry"],
        ["Stavanger", "Tananger", "4,100", "oil company head offices"],
        ["Haugesund", "town quays", "5,500", "module fabrication, ship repair"],
        ["Florø", "southern shore", "1,200", "salmon farming, supply base"],
        ["Kristiansund", "northern harbour", "900", "clipfish, subsea services"],
    ], [26, 34, 48, 62]),
    ("h", "7. Recommendation and next steps"),
    ("p", "We recommend a two-site set-up: a leased warehouse of about 1,500 m² at the Florø base for "
          "the North Sea and a smaller stock point in Kristiansund for the Norwegian Sea, with the "
          "sales team staying in Stavanger. Sea transit from the UK is three to four days to either "
          "base. We would be glad to present the cost model to the board in March."),
    ("p", "Prepared by Erik Førde, Senior Consultant, Skerry Point Supply Chain Advisory. This memo "
          "is confidential and intended for the client's board only."),
]

LAHN_IHK = [
    ("title", "Standortporträt Lahnachse: Gießen, Wetzlar, Limburg"),
    ("subtitle", "Industrie- und Handelskammer Mittlere Lahn · Reihe Standortporträts · "
                 "Ausgabe Herbst 2024"),
    ("h", "Auf einen Blick"),
    ("p", "Die Lahn verbindet auf gut 80 Kilometern drei sehr unterschiedliche Wirtschaftsstandorte: "
          "die Universitätsstadt Gießen, die Industriestadt Wetzlar und die Domstadt Limburg an der "
          "Lahn. Zusammen mit dem Dilltal im Norden bilden sie den westlichen Teil Mittelhessens. "
          "Dieses Porträt richtet sich an Unternehmen, die eine Ansiedlung oder Erweiterung in der "
          "Region prüfen, und fasst die wichtigsten Branchen, Verkehrswege und Kontakte zusammen."),
    ("bullets", [
        "Wetzlar – Optik, Heiztechnik, Edelstahl",
        "Gießen – Handel, Logistik",
        "Limburg – Verpackungsindustrie, Logistik",
        "Herborn – Schaltschrankbau",
        "Dillenburg – Präzisionslegierungen",
    ]),
    ("h", "Wetzlar: Stadt der Optik"),
    ("p", "Wetzlar gilt bis heute als Stadt der Optik. Hier werden Kameras, Ferngläser, Mikroskope "
          "und Zielfernrohre entwickelt und gebaut, und rund um die bekannten Marken hat sich ein "
          "dichtes Netz spezialisierter Zulieferer gebildet. Ein Wetzlarer Hersteller von Heiztechnik "
          "beschäftigt mehr als 2.000 Menschen, und das Edelstahlwerk im Stadtteil Niedergirmes "
          "liefert Schmiedestücke an Kunden aus der Luftfahrt und der Energietechnik. Das "
          "Lahn-Dill-Gebiet war über Jahrhunderte vom Eisenerzbergbau geprägt; die letzte Grube "
          "schloss 1983, und von dieser Tradition sind vor allem Museen geblieben."),
    ("h", "Gießen: Handel und Logistik"),
    ("p", "Gießen lebt vom Handel. Die Innenstadt zieht Kundschaft aus dem Vogelsberg und der "
          "Wetterau an, und am Stadtrand haben sich große Fachmärkte angesiedelt. Dazu kommt die "
          "Logistik: Mehrere Handelsketten betreiben an den Autobahnen rund um die Stadt ihre "
          "Verteilzentren, weil von hier aus Frankfurt, Kassel und das Siegerland in kurzer Zeit "
          "erreichbar sind. Mit zwei Hochschulen und mehr als 35.000 Studierenden hat Gießen eine "
          "der höchsten Studierendendichten Deutschlands. Ein Rechenzentrum im Osten der Stadt ist "
          "geplant, aber noch nicht genehmigt."),
    ("pagebreak",),
    ("h", "Limburg an der Lahn"),
    ("p", "Limburg an der Lahn – nicht zu verwechseln mit den gleichnamigen Provinzen in Belgien und "
          "den Niederlanden – ist mit seinem ICE-Bahnhof der Verkehrsknoten zwischen Frankfurt und "
          "Köln. In Limburg sitzen mehrere Hersteller von Kunststoff- und Papierverpackungen, und an "
          "der A3 sind in den vergangenen Jahren große Logistikflächen entstanden. Der Limburger Käse "
          "stammt übrigens nicht aus der Domstadt, sondern aus dem alten Herzogtum Limburg im "
          "heutigen Belgien; hergestellt wird er heute vor allem im Allgäu."),
    ("h", "Das Dilltal: Herborn und Dillenburg"),
    ("p", "Nördlich von Wetzlar liegen Herborn und Dillenburg. Herborn ist Sitz eines weltweit "
          "tätigen Herstellers von Schaltschränken und Gehäusesystemen, der in der Stadt und ihrer "
          "Umgebung mehrere Werke betreibt. In Dillenburg werden Präzisionslegierungen gefertigt, aus "
          "denen Messwiderstände für die Elektronik entstehen. Beide Städte hängen an der A45, deren "
          "Brückensanierung allerdings noch viele Jahre dauern wird."),
    ("h", "Verkehr: Häfen und Flughafen"),
    ("p", "Für den Güterverkehr spielt die Lahn seit Jahrzehnten keine Rolle mehr; auf ihr verkehren "
          "nur noch Ausflugsschiffe und Kanus, die in Weilburg sogar durch einen Schiffstunnel "
          "fahren. Schwere Güter laufen daher über den Rhein. Der Hafen Koblenz, unweit der "
          "Lahnmündung, schlug 2023 rund 60.000 TEU um und ist für die Region der nächstgelegene "
          "Containerterminal. Für eilige Exporte nutzen die Unternehmen den Flughafen Frankfurt, der "
          "mit knapp 1,9 Mio. Tonnen Luftfracht im Jahr 2023 Deutschlands größter Frachtflughafen "
          "ist."),
    ("h", "Partnerschaften"),
    ("p", "Die Städte der Lahnachse pflegen enge Kontakte ins Ausland. Wetzlar ist seit 1960 mit dem "
          "südfranzösischen Avignon verschwistert, Gießen seit 1963 mit dem englischen Winchester. "
          "Limburg unterhält eine Städtepartnerschaft mit Oudenaarde in Flandern; Gespräche über "
          "eine weitere Partnerschaft mit Hradec Králové blieben 2019 ohne Ergebnis. Unternehmen, "
          "die Kontakte in diese Städte suchen, unterstützt die IHK gern."),
    ("h", "Ansprechpartnerin"),
    ("p", "Dr. Claudia Hadamar, Leiterin Standortpolitik, IHK Mittlere Lahn. Alle Angaben sind "
          "gerundet und ohne Gewähr."),
]

CAREERS_GUIDE = [
    ("title", "Employer Guide 2025: Working in Korea's South-East Industrial Belt"),
    ("subtitle", "Career Development Centre · Southeast Coast University, Changwon Campus · for "
                 "international graduates and exchange students"),
    ("h", "About this guide"),
    ("p", "Six out of ten of our engineering graduates take their first job within a hundred "
          "kilometres of campus. This guide introduces the cities where they work, the employers "
          "that recruit on campus and the majors those employers ask for. Company names are left "
          "out of the table at the employers' request; our advisers will give them to you in a "
          "one-to-one appointment."),
    ("h", "Ulsan"),
    ("p", "Ulsan is Korea's industrial capital and the largest employer of our graduates. The city's "
          "car plant, one of the biggest in the world, takes production and quality engineers every "
          "spring. Its shipyard hires naval architects and welding engineers, and the refinery on "
          "the southern edge of the city recruits chemical engineers for its process units. Ulsan "
          "also has the country's largest port for liquid cargo, so logistics graduates are in "
          "demand there too."),
    ("h", "Changwon"),
    ("p", "Changwon, our home city, was planned in the 1970s around a national machinery complex, and "
          "it still makes things most people never see: turbines, generators and reactor components "
          "for power plants. Defence is the other big employer, with armoured vehicles and artillery "
          "systems built on the city's industrial ring road. A factory for small modular reactors "
          "has been announced, but hiring will not start before 2027, so please do not count on it "
          "for your first job."),
    ("p", "The city's Jinhae district is home to the navy base and to Korea's best-known "
          "cherry-blossom festival; the container terminals beside it belong to Busan New Port."),
    ("h", "Geoje"),
    ("p", "Geoje is an island city, and its two giant shipyards are the reason most of our mechanical "
          "and naval-architecture graduates go there: together they build a large share of the "
          "world's LNG carriers. Graduates usually live near the yards in Okpo or Gohyeon, on the "
          "island's east coast, and commute by shuttle bus. Be aware that yard work is cyclical; the "
          "hiring freeze of 2016 to 2018 is still remembered."),
    ("h", "Pohang"),
    ("p", "Pohang is best known for its integrated steelworks, which recruits metallurgists and "
          "electrical engineers every autumn. In recent years the city has added a second industry, "
          "battery materials, with cathode and precursor plants in an industrial complex on Yeongil "
          "Bay. The science university that carries the city's name is a research partner for both. "
          "Pohang has been a sister city of Fukuyama in Japan since 1979, and short exchange "
          "placements in Fukuyama are possible through the city hall."),
    ("h", "Smaller cities worth a look"),
    ("bullets", [
        "Gimhae – hundreds of small auto-parts suppliers; a good choice for graduates who want "
        "responsibility early.",
        "Yangsan – a commuter city between Busan and Ulsan with lower rents; its employers are "
        "listed in the table below.",
        "Tongyeong – a lovely harbour town, but the small shipyards that once hired our graduates "
        "closed after 2010, and few engineering employers remain.",
    ]),
    ("caption", "Table 1: Employers recruiting on campus in 2024 (graduate intake = new graduates "
                "hired from all universities)"),
    ("table", [
        ["Employer", "City", "Sector", "Graduate intake 2024", "Majors sought"],
        ["Carmaker A", "Ulsan", "car manufacturing", "120", "mechanical, industrial"],
        ["Shipbuilder B", "Geoje", "shipbuilding", "85", "naval architecture, welding"],
        ["Steelmaker C", "Pohang", "steel", "60", "metallurgy, electrical"],
        ["Machinery maker D", "Changwon", "power plant equipment", "45", "mechanical, nuclear"],
        ["Supplier E", "Gimhae", "auto parts", "15", "mechanical"],
        ["Electronics maker F", "Yangsan", "electronic components", "20", "electronics"],
    ], [35, 25, 40, 25, 45]),
    ("h", "What employers tell us"),
    ("p", "Recruiters across the region want graduates who can read technical drawings in English, "
          "and many ask whether you would accept shift work in your first two years. The province as "
          "a whole leads Korea in machinery exports, and the aerospace makers clustered around "
          "Sacheon, an hour to the west, are hiring as well, although they are outside the scope of "
          "this guide. The LNG carriers built here are sold to owners in Greece and Japan, but the "
          "jobs stay on the coast."),
    ("p", "We also run a student exchange with a partner university in Izumo, Japan. That agreement "
          "is between the two universities, not between the cities."),
    ("h", "Appointments"),
    ("p", "Book a one-to-one appointment through the student portal. Our advisers speak Korean, "
          "English and Chinese, and we hold mock interviews every Thursday afternoon in the Career "
          "Development Centre."),
]


PDFS = {
    "b67-west-norway-offshore-base-client-memo.pdf": dict(
        blocks=OFFSHORE_MEMO, header="Skerry Point Supply Chain Advisory · Client memo SP-24-031 · "
                                     "Confidential",
        footer="Client memo SP-24-031 · page {n} of 2", lang="en",
        title="West Coast Service Base: Location Options in Western Norway"),
    "b67-lahnachse-ihk-standortportraet.pdf": dict(
        blocks=LAHN_IHK, header="IHK Mittlere Lahn · Standortporträt Lahnachse · Herbst 2024",
        footer="Standortporträt Lahnachse – Seite {n} von 2", lang="de",
        title="Standortporträt Lahnachse: Gießen, Wetzlar, Limburg"),
}
DOCXS = {
    "b67-korea-southeast-careers-employer-guide.docx": dict(
        blocks=CAREERS_GUIDE, title="Employer Guide 2025: Working in Korea's South-East Industrial Belt"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_67.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
