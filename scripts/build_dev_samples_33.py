#!/usr/bin/env python3
"""Build the thirty-third batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_33.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared
with the other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``b33-eastern-cape-development-corporation-annual-review.pdf``: a regional
  development corporation's annual review, two pages, running header, footer
  "Annual Review 2023/24 · page N of 2", a drawn table of investments landed
  (location, investor's sector, jobs, value; one row is a special economic
  zone, and one town's sector is given only in the table).
* ``b33-neckarraum-arbeitsmarktbrief.pdf``: a regional labour-market brief in
  German, two pages, running header, footer "Arbeitsmarktbrief 1/2024 – Seite
  N von 2", a drawn table of towns with their main sectors, unemployment rate
  and vacancies (one row is a Landkreis; some sectors are given only in the
  table).
* ``b33-haiphong-customs-broker-faq.docx``: a customs broker's FAQ for importers
  using the port of Hai Phong, with question headings, paragraphs, a caption
  and a table of client locations with their industries (one row a province,
  one town's industries given only in the table).

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

EASTERN_CAPE = [
    ("title", "Annual Review 2023/24"),
    ("subtitle", "Eastern Seaboard Development Corporation · Investment, jobs and infrastructure in "
                 "the Eastern Cape · published August 2024"),
    ("h", "Chairperson’s foreword"),
    ("p", "The year to March 2024 was our strongest for new investment since the pandemic. With our "
          "partners we landed fourteen projects worth R6.8 billion, which will employ some 3,900 "
          "people once they are running. Load-shedding again cost manufacturers dearly, and several "
          "of them now generate part of their own power. The Eastern Cape as a whole remains the "
          "country’s leading producer of mohair and a large exporter of citrus, and our agricultural "
          "desk keeps supporting farmers, but most of the work described here happens in the towns."),
    ("h", "East London"),
    ("p", "East London’s largest employer is still the assembly plant of a German carmaker, which "
          "builds a mid-size sedan almost entirely for export. In the past year a supplier of "
          "aluminium wheels opened right next to it in the East London Industrial Development Zone, "
          "and the zone also welcomed an abalone farm and a company that assembles solar modules. "
          "The city has an old cluster of textile and clothing firms, and several of them now weave "
          "technical fabrics for car interiors."),
    ("p", "The Port of East London, the only river port in the country, handled 2.1 million tonnes "
          "of cargo in 2023, mostly vehicles, grain and fuel. In 2019 the Port of East London and "
          "the Port of Bremerhaven signed a cooperation agreement on the handling of car carriers; "
          "this year the two ports again exchanged terminal supervisors. The cooperation in "
          "renewable energy that both sides announced in May is at an early stage."),
    ("h", "Nelson Mandela Bay: Gqeberha and Kariega"),
    ("p", "In Kariega, the plant of a second German carmaker finished its retooling for a new "
          "compact model, which secures about 4,000 jobs. Two foundries in the town cast engine "
          "blocks and brake discs for customers in Europe. Kariega and Wolfsburg signed a "
          "friendship agreement in 2012, and vocational teachers from Wolfsburg spent six weeks at "
          "the Kariega training centre this year. A delegation from Windsor, Ontario, toured the "
          "supplier park in March."),
    ("p", "Gqeberha, known as Port Elizabeth until 2021, no longer depends on the motor trade alone. "
          "The city is now a centre of business-process outsourcing, where call centres employ about 10,000 "
          "people, and it is home to a maker of generic medicines that exports to thirty countries. "
          "The Port of Port Elizabeth has kept its old name; it handled about 310,000 TEU in 2023."),
    ("p", "The Coega Special Economic Zone, twenty kilometres north-east of Gqeberha, added a "
          "wind-tower factory and a beverage bottling plant. Its deep-water port of Ngqura has a "
          "container terminal designed for 2 million TEU a year, of which barely half is used."),
    ("pagebreak",),
    ("h", "Inland and the Wild Coast"),
    ("p", "Mthatha is the hub of the former Transkei. A sawmill and three furniture makers there "
          "process pine from the surrounding plantations, and we helped one of them to buy new "
          "drying kilns. Makhanda, the former Grahamstown, lives from its university and its "
          "boarding schools. Bhisho, the provincial capital, depends on public administration."),
    ("caption", "Table 1: Investments landed in 2023/24 (value in R million)"),
    ("table", [
        ["Location", "Investor’s sector", "Jobs", "Value"],
        ["East London", "Aluminium wheels", "650", "1,200"],
        ["East London", "Aquaculture (abalone)", "120", "180"],
        ["Kariega", "Car assembly (new model)", "900", "2,400"],
        ["Gqeberha", "Generic medicines", "300", "650"],
        ["Coega SEZ", "Wind towers, beverages", "850", "1,500"],
        ["Mthatha", "Furniture", "210", "90"],
        ["Port Alfred", "Boat building", "160", "75"],
    ], [38, 70, 22, 28]),
    ("p", "The Port Alfred project, a builder of sailing catamarans, is the first manufacturing "
          "investment in the town for a decade."),
    ("h", "Outlook"),
    ("p", "“Our pipeline for 2024/25 is full, but grid capacity is the bottleneck,” says our chief "
          "economist, Thandi Hamilton. The corporation will co-fund a 40 MW solar park for the "
          "East London zone and a training centre for battery technicians in Gqeberha."),
    ("p", "Eastern Seaboard Development Corporation · Board chair: Prof. N. Mbeki-Sotho"),
]

NECKAR = [
    ("title", "Arbeitsmarktbrief Neckarraum 1/2024"),
    ("subtitle", "Fachkräftebüro Neckar · Von Stuttgart bis Heilbronn · Stand: April 2024"),
    ("h", "Das Wichtigste in Kürze"),
    ("p", "Der Arbeitsmarkt zwischen Stuttgart und Heilbronn bleibt robust, kühlt aber spürbar ab. "
          "Die Arbeitslosenquote im Neckarraum lag im März bei 4,2 Prozent, 0,4 Punkte höher als vor "
          "einem Jahr. Baden-Württemberg gilt als Land des Maschinenbaus und der Automobilindustrie, "
          "und gerade diese Branchen halten sich derzeit mit Neueinstellungen zurück. Gesucht werden "
          "vor allem Pflegekräfte, Elektronikerinnen, Berufskraftfahrer und IT-Fachleute."),
    ("h", "Stuttgart und Esslingen"),
    ("p", "Die Stuttgarter Autobauer bauen Stellen in der Verbrennertechnik ab und suchen zugleich "
          "Softwareentwickler für Fahrzeugelektronik. Im Stuttgarter Hafen wurden 2023 gut 1,1 Mio. "
          "Tonnen umgeschlagen, vor allem Baustoffe, Stahl und Mineralöl."),
    ("p", "Esslingen am Neckar – nicht zu verwechseln mit dem kleinen Esslingen im Kanton Zürich – "
          "hat sich gut gehalten. Ein Hersteller von Pneumatik- und Automatisierungstechnik mit "
          "Stammsitz in der Stadt stellt weiter ein, vor allem in der Entwicklung. Dort sind außerdem "
          "zahlreiche Ingenieurdienstleister ansässig, die für die Fahrzeugindustrie arbeiten, wie "
          "die Esslinger Zeitung kürzlich berichtete. Über die Städtepartnerschaft mit Udine, die "
          "seit 1959 besteht, kommen im Herbst zwanzig Auszubildende aus Italien in Esslinger "
          "Betriebe."),
    ("h", "Ludwigsburg und Bietigheim-Bissingen"),
    ("p", "In Ludwigsburg ist ein Hersteller von Luft- und Flüssigkeitsfiltern für Fahrzeuge und "
          "Industrie der größte industrielle Arbeitgeber. Die Barockstadt ist außerdem ein Zentrum "
          "der Film- und Medienbranche, seit sich hier eine Filmhochschule angesiedelt hat."),
    ("p", "Bietigheim-Bissingen lebt vom Anlagenbau: Ein Hersteller von Lackieranlagen für die "
          "Autoindustrie hat hier seine Zentrale und sucht Servicetechniker für Baustellen in aller "
          "Welt. Im Landkreis Ludwigsburg insgesamt ist die Quote mit 3,4 Prozent die niedrigste der "
          "Region."),
    ("h", "Neckarsulm und Heilbronn"),
    ("p", "Neckarsulm ist fest in der Hand der Automobil- und Zulieferindustrie. Im Werk eines "
          "großen Autobauers arbeiten rund 15.000 Menschen, dazu kommt ein Hersteller von Kolben und "
          "Gleitlagern. Außerdem hat eine der größten Handelsgruppen Europas ihre Zentrale in der "
          "Stadt. Neckarsulm ist mit dem französischen Carmaux und dem italienischen Bordighera "
          "verschwistert; Gespräche über eine Partnerschaft mit dem polnischen Oppeln laufen noch."),
    ("p", "Heilbronn, die größte Stadt im Norden unseres Gebiets, ist breiter aufgestellt. Ein "
          "Hersteller von Suppen, Soßen und Würzmitteln gehört zu den traditionsreichsten "
          "Arbeitgebern, und unter der Stadt wird seit mehr als hundert Jahren Steinsalz abgebaut. "
          "Auf dem Bildungscampus und im neuen Innovationspark für künstliche Intelligenz wachsen "
          "die IT-Arbeitsplätze, meldete die Heilbronner Stimme im März."),
    ("p", "Der Hafen Heilbronn ist mit rund 3,2 Mio. Tonnen im Jahr 2023 einer der größten "
          "Binnenhäfen Baden-Württembergs. Umgeschlagen werden vor allem Salz, Kohle für das "
          "Kraftwerk und Baustoffe. Heilbronn pflegt seit 1965 eine Städtepartnerschaft mit "
          "Béziers; beide Städte tauschen jedes Jahr Auszubildende aus."),
    ("pagebreak",),
    ("h", "Offene Stellen nach Städten"),
    ("caption", "Tabelle 1: Arbeitsmarkt in ausgewählten Städten, März 2024"),
    ("table", [
        ["Stadt", "Schwerpunktbranchen", "Quote (%)", "Offene Stellen"],
        ["Stuttgart", "Fahrzeugbau, IT", "5,6", "9.800"],
        ["Esslingen a. N.", "Maschinenbau, Automatisierung", "4,1", "2.350"],
        ["Ludwigsburg", "Filtertechnik, Film und Medien", "4,6", "1.980"],
        ["Bietigheim-Bissingen", "Anlagenbau, Steckverbinder", "3,9", "1.120"],
        ["Kornwestheim", "Logistik", "4,3", "640"],
        ["Neckarsulm", "Fahrzeugbau, Handel", "3,2", "1.870"],
        ["Heilbronn", "Lebensmittel, Salz, IT", "5,4", "2.900"],
        ["Landkreis Heilbronn", "Weinbau, Metallverarbeitung", "3,0", "4.100"],
    ], [44, 66, 24, 32]),
    ("h", "Anwerbung im Ausland"),
    ("p", "Weil der Nachwuchs fehlt, werben die Betriebe verstärkt im Ausland. Im Mai stellen sich "
          "zwölf Unternehmen aus dem Neckarraum auf Jobmessen in Mailand und Warschau vor, und im "
          "Juni besucht eine Delegation aus Béziers Heilbronner Ausbildungsbetriebe. Der Weinbau im "
          "Landkreis Heilbronn sucht für die Lese wie jedes Jahr Saisonkräfte."),
    ("h", "Ausblick"),
    ("p", "Für das zweite Halbjahr erwarten wir eine leicht steigende Arbeitslosigkeit, vor allem "
          "bei Helfertätigkeiten in der Industrie. Pflege, Handwerk und Logistik bleiben dagegen "
          "Mangelbereiche. Ansprechpartnerin für Arbeitgeber: Sabine Lauffen, Fachkräftebüro "
          "Neckar."),
]

HAIPHONG = [
    ("title", "Importing through Hai Phong: frequently asked questions"),
    ("subtitle", "Red River Customs Brokerage Co., Ltd. · Client guide · updated May 2024"),
    ("h", "Which port will my cargo arrive at?"),
    ("p", "Almost all sea freight for northern Vietnam arrives at Hai Phong, also written Haiphong "
          "or Hải Phòng. The city’s port cluster stretches from the old river terminals on the Cam "
          "River to the deep-water terminals at Lach Huyen on Cat Hai island, which belongs to the "
          "city. Together they handled about 5.7 million TEU in 2023. That makes Hai Phong the "
          "largest port in northern Vietnam and the second-busiest container gateway in the "
          "country, after the ports around Ho Chi Minh City."),
    ("p", "The two Lach Huyen terminals in service are designed for about 1.1 million TEU a year; "
          "four more berths are under construction. Mother vessels from Europe and the US West "
          "Coast now call there directly, while feeder services connect Hai Phong with Hong Kong "
          "and Singapore every day."),
    ("h", "How long does customs clearance take?"),
    ("p", "Goods in the green channel are usually released within four hours of a complete "
          "declaration. Yellow-channel goods need a document check, which adds about a day, and "
          "red-channel goods are inspected physically. Used machinery, food and anything with a "
          "radio transmitter need specialised permits; please send us the technical data sheets "
          "before the goods are shipped."),
    ("h", "Where are your clients’ factories?"),
    ("p", "Most of the goods we clear are inputs for factories in the Red River Delta. Bac Ninh "
          "province, north-east of Hanoi, has become one of the world’s largest smartphone "
          "production sites, but the big assembly plants lie in the province’s industrial parks, "
          "not in the city. Bac Ninh city itself is home to makers of printed circuit boards and "
          "camera modules."),
    ("p", "Hanoi is our second-largest client base. The capital’s own factories make motorcycle "
          "parts and garments, but today most of our Hanoi clients are software houses that import "
          "servers and network equipment."),
    ("p", "In Hai Phong, a Vietnamese carmaker assembles electric cars and scooters on Cat Hai "
          "island, and a Korean electronics group builds television screens and home appliances in "
          "the city’s industrial zones. The city also has shipyards and a long-established cement "
          "industry."),
    ("p", "Further east, Quang Ninh province lives from coal mining and from tourism around Ha Long "
          "Bay. Cẩm Phả is a coal town: the mines reach almost into the streets, and its coal port "
          "at Cửa Ông handles some 15 million tonnes a year, nearly all of it for power stations. "
          "Hạ Long, the provincial capital, lives mainly from tourism, and its shipyard builds tugs "
          "and ferries. Electronic components from Shenzhen often come by truck through the border "
          "crossing at Móng Cái rather than by sea."),
    ("caption", "Table 1: Where our clients’ goods go"),
    ("table", [
        ["City or province", "Main industries of our clients", "Customs office"],
        ["Bac Ninh", "Printed circuit boards, camera modules", "Bac Ninh"],
        ["Hanoi", "Software, motorcycle parts, garments", "Hanoi"],
        ["Hai Phong", "Electric vehicles, home appliances, cement", "Hai Phong"],
        ["Hai Duong", "Wiring harnesses, footwear", "Hai Duong"],
        ["Quang Ninh province", "Coal, tourism", "Quang Ninh"],
    ]),
    ("h", "What about air freight?"),
    ("p", "Urgent parts fly into Noi Bai International Airport north of Hanoi, which handled about "
          "650,000 tonnes of air cargo in 2023. We clear air shipments there every day."),
    ("h", "Does Hai Phong have international partners?"),
    ("p", "Yes. Hai Phong and Seattle have been sister cities since 1996, and the city signed a "
          "friendship-city agreement with Kitakyushu in 2014. On the port side, the Hai Phong port "
          "authority and the Port of Incheon signed a memorandum of understanding in 2019 on "
          "electronic cargo documents. A similar agreement with the Port of Kaohsiung has been "
          "discussed but not concluded, and Hạ Long is in talks with Biarritz about a twinning; "
          "nothing has been signed yet."),
    ("h", "Who do I contact?"),
    ("p", "Our brokerage desk in Hai Phong is open Monday to Saturday. Head of brokerage: "
          "Ms Nguyen Thi Lan."),
]


PDFS = {
    "b33-eastern-cape-development-corporation-annual-review.pdf": dict(
        blocks=EASTERN_CAPE,
        header="Eastern Seaboard Development Corporation · Annual Review 2023/24",
        footer="Annual Review 2023/24 · page {n} of 2", lang="en",
        title="Eastern Seaboard Development Corporation – Annual Review 2023/24"),
    "b33-neckarraum-arbeitsmarktbrief.pdf": dict(
        blocks=NECKAR, header="Fachkräftebüro Neckar · Arbeitsmarktbrief Neckarraum · Ausgabe 1/2024",
        footer="Arbeitsmarktbrief 1/2024 – Seite {n} von 2", lang="de",
        title="Arbeitsmarktbrief Neckarraum 1/2024"),
}
DOCXS = {
    "b33-haiphong-customs-broker-faq.docx": dict(
        blocks=HAIPHONG, title="Importing through Hai Phong: frequently asked questions"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_33.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
