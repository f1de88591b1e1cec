#!/usr/bin/env python3
"""Build batch 65 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_65.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b65-kisumu-council-committee-briefing.pdf``: a city board committee's briefing paper, two
  pages, running header, footer "CB/TBE/07/2024 · page N of 2 · …", numbered headings, a drawn
  table "Port | Country | Cargo 2023 (thousand t)" whose unit is given only in the header and
  caption, and a bullet list of recommendations.
* ``b65-east-africa-value-chain-study-summary.docx``: an NGO's value-chain study summary with a
  heading per town group, a bullet list of key findings, a caption and a table "Town | Main
  value chain | Processors surveyed | Processed locally (%)"; one town's industry is given only
  in the table.
* ``b65-oberlausitz-standortbroschuere.docx``: a German Wirtschaftsförderung's location brochure
  with a heading per town, bullet lists, a caption and a table "Standort |
  Schwerpunktbranchen | Freie Fläche (ha)"; one town's industry is given only in the table.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

# The helpers live beside this script in scripts/; while the batch is staged outside the
# repository, they are taken from the work tree's scripts/ folder instead.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only.

KISUMU = [
    ("title", "Briefing Paper: Kisumu Port, the Lake Economy and the City's Partnerships"),
    ("subtitle", "Kisumu City Board · Committee on Trade, Tourism and the Blue Economy · "
                 "Paper CB/TBE/07/2024 · 6 May 2024"),
    ("h", "1. Purpose"),
    ("p", "This paper briefs members ahead of the committee's sitting on 14 May. It summarises how "
          "Kisumu Port has performed since its rehabilitation, explains where the port fits into "
          "the economy of the city and its neighbours, and lists the partnership proposals now "
          "before the Board. Members are asked to note the paper and to give guidance on "
          "recommendation 3."),
    ("h", "2. Kisumu Port"),
    ("p", "Kisumu Port reopened in 2021 after the dry dock, the oil jetty and the cargo berths had "
          "been rebuilt. It handled about 210,000 tonnes in 2023, against 150,000 tonnes in 2022, "
          "mostly petroleum products for Uganda, cement, fertiliser and bagged sugar. The rebuilt "
          "berths were designed for about 1 million tonnes a year, so the port is working at "
          "roughly a fifth of its capacity. Kisumu is now the second-busiest port on Lake Victoria "
          "after Mwanza."),
    ("p", "For comparison, Mombasa, East Africa's largest port, handled some 36 million tonnes in "
          "2023. Most of the fuel that leaves Kisumu by lake tanker has come up from Mombasa by "
          "pipeline. The company that runs the oil jetty is listed on the Nairobi Securities "
          "Exchange and reports its lake volumes separately."),
    ("caption", "Table 1: Cargo handled at the main Lake Victoria ports, 2023 (thousand tonnes)"),
    ("table", [
        ["Port", "Country", "Cargo 2023 (thousand t)"],
        ["Mwanza", "Tanzania", "540"],
        ["Kisumu", "Kenya", "210"],
        ["Jinja", "Uganda", "60"],
        ["Musoma", "Tanzania", "45"],
        ["Bukoba", "Tanzania", "35"],
    ], [45, 45, 55]),
    ("h", "3. The lake economy"),
    ("p", "Kisumu's economy rests on fish and boats: four fish-processing plants in the city "
          "fillet and freeze Nile perch for export, and the boatyards at Dunga "
          "beach build wooden and fibreglass fishing boats for the whole Kenyan shore. The "
          "molasses plant on the Kibos road, by contrast, has been closed since 2004. The cane "
          "that once fed it is grown on the Nyando plain and crushed at Muhoroni, whose sugar "
          "mill lies well outside the city's boundaries."),
    ("p", "Our trade links run in every direction. Nakuru, which became Kenya's fourth city in "
          "2021, supplies much of the lake region's cement and animal feed from its grinding "
          "plant and feed mills, and flour reaches our markets from the maize mills of Eldoret. "
          "Across the lake, Jinja, Uganda's old industrial town at the source of the Nile, brews "
          "beer and rolls steel, while the fish-processing plants of Mwanza compete with ours for "
          "the same perch."),
    ("pagebreak",),
    ("h", "4. Partnerships"),
    ("p", "Kisumu has been a sister city of Roanoke, Virginia, since 2005. The partnership funds a "
          "nursing exchange and links between the two cities' libraries, and a delegation from "
          "Roanoke is expected in September."),
    ("p", "In 2023 the port authorities of Kisumu and Mwanza signed a cooperation agreement on lake "
          "safety, pilotage and the joint marketing of the lake route. It has already shortened "
          "clearance times for Tanzanian vessels."),
    ("p", "Two further proposals are before the Board. The first is a twinning with Jinja, which "
          "the Jinja City Council proposed in February. The second is a memorandum with the port of "
          "Bukoba, which was discussed in 2022 but not concluded after the Tanzanian side asked for "
          "changes. Neither has been approved."),
    ("p", "The weekly rail-and-lake service from Kisumu to Kampala's Port Bell, and the passenger "
          "boats to Homa Bay and Port Victoria, are transport services and should not be listed as "
          "partnerships in the Board's annual report."),
    ("h", "5. Recommendations"),
    ("bullets", [
        "Note the growth in cargo and ask the Kenya Ports Authority for a plan to use more of the "
        "port's capacity.",
        "Support the fish processors and boatbuilders of Kisumu with a cold-chain and skills study.",
        "Give guidance on the proposed twinning with Jinja before the Board's June sitting.",
        "Ask the Secretariat to report back on the Bukoba memorandum by September.",
    ]),
    ("p", "Prepared by the Committee Secretariat. Enquiries: Clerk to the Committee, City Hall."),
]

VALUE_CHAINS = [
    ("title", "Value Chains on the Coast and the Lakes: Summary of Study Findings"),
    ("subtitle", "Fair Harvest East Africa · Value-chain study series No. 4 · June 2024"),
    ("h", "About this study"),
    ("p", "Between September 2023 and March 2024 our field teams interviewed 312 farmers, traders "
          "and processors in southern Tanzania and western Kenya, with Kericho added as a "
          "comparison case. The question was simple: where does the value of four farm and lake "
          "products end up, and how much of the processing happens in the towns closest to the "
          "producers? This summary gives the main findings. The full report, with methods and "
          "data, is available on request. The study was led by Florence Achieng with a team of "
          "eight enumerators."),
    ("h", "Cashew: Mtwara and the southern coast"),
    ("p", "Mtwara is where most of Tanzania's raw cashew is graded, stored and auctioned, and more "
          "and more of it is also shelled there: six plants in and around the town now crack, "
          "peel and grade kernels for export, up from two in 2018. The town also has a large "
          "cement plant built by a Nigerian investor, which has become the biggest private "
          "employer on the coast. The nuts themselves are grown inland, on smallholdings around "
          "Masasi, Newala and Tandahimba, and this study does not count farming as processing."),
    ("p", "The Port of Mtwara gained a new deep-water berth in 2023 that raised its capacity to "
          "about 1 million tonnes a year. In 2023 the port handled roughly 480,000 tonnes, two "
          "thirds of it raw cashew bound for India and Vietnam."),
    ("p", "Lindi, a hundred kilometres up the coast, is often named in connection with a liquefied "
          "natural gas plant. That plant is still only planned, and we found no processing jobs "
          "linked to it."),
    ("h", "Sisal and milk: Tanga"),
    ("p", "Tanga's oldest industry is sisal. The leaves are decorticated on estates between "
          "Korogwe and Muheza, but it is in Tanga that the fibre is spun into twine and rope and "
          "baled for export, in three mills near the harbour. Tanga is also where one of "
          "Tanzania's best-known dairies collects milk from about 6,000 smallholders and turns it "
          "into yoghurt and cheese."),
    ("p", "The Port of Tanga, Tanzania's second-largest seaport, handled about 1.1 million tonnes in "
          "2023, after dredging allowed larger ships to call. Dar es Salaam still takes most of the "
          "country's cargo."),
    ("h", "Fish: Kisumu and Lake Victoria"),
    ("p", "On the Kenyan shore of Lake Victoria, Kisumu is the processing centre for Nile perch and "
          "tilapia: four filleting plants in the city freeze fish for export to Europe and the "
          "Middle East, and a growing number of small firms turn the offcuts into fish feed. The "
          "old Kisumu Cotton Mills, by contrast, have stood idle since the 1990s and now serve as "
          "a warehouse. Kisumu has been a sister city of Roanoke, Virginia, since 2005, and "
          "volunteers from Roanoke helped us design the fisheries questionnaire."),
    ("h", "Milk and maize: Nakuru and Eldoret"),
    ("p", "Nakuru, Kenya's newest city, is home to two of the country's biggest milk processors, "
          "which between them buy milk from more than 40,000 farmers in the Rift Valley. The "
          "flower farms on the shores of Lake Naivasha are often counted as part of Nakuru's "
          "economy, but they lie outside the city, and we did not survey them."),
    ("p", "Eldoret, further north-west, is where the maize and wheat of the Uasin Gishu plateau are "
          "milled into flour, and the town's revived textile mill spins and weaves Kenyan cotton "
          "again after almost a decade of closure. Many of the runners who train in Iten, on the "
          "escarpment above, grew up on flour from Eldoret's mills."),
    ("h", "Key findings"),
    ("bullets", [
        "Local processing pays: where there is a processing plant in the nearest town, farm-gate "
        "prices were 10 to 25 per cent higher than elsewhere.",
        "Mtwara – cashew shelling has created about 3,000 jobs, most of them held by women.",
        "Tanga – the twine and rope makers lack spare parts; several machines date from the 1960s.",
        "Kisumu – the fish processors run at half capacity because catches have fallen.",
        "Eldoret and Nakuru – millers and dairies depend on cheap power and good feeder roads.",
    ]),
    ("caption", "Table 1: Towns surveyed, main value chain and share of local produce processed in "
                "the town"),
    ("table", [
        ["Town", "Main value chain", "Processors surveyed", "Processed locally (%)"],
        ["Mtwara", "cashew shelling", "6", "18"],
        ["Tanga", "sisal twine and rope, dairy", "5", "64"],
        ["Kisumu", "fish filleting", "4", "71"],
        ["Nakuru", "dairy", "3", "55"],
        ["Eldoret", "maize milling", "7", "80"],
        ["Kericho", "tea processing", "9", "100"],
    ], [35, 60, 35, 35]),
    ("h", "Partnerships and next steps"),
    ("p", "Links between towns can help. Besides the tie between Kisumu and Roanoke, Tanga and "
          "Eckernförde in Germany have been twinned since 2011 and run an exchange for dairy "
          "technicians. The Mtwara Development Corridor, a road and rail route to Mbamba Bay on "
          "Lake Nyasa, is a transport project, not a partnership. A sister-port agreement between "
          "Mtwara and Nacala in Mozambique has been discussed for years but has never been signed."),
    ("p", "Our next study, due in early 2025, will follow the same four value chains into the "
          "export markets. Comments on this summary are welcome at the Fair Harvest East Africa "
          "research desk."),
]

OBERLAUSITZ = [
    ("title", "Standort Oberlausitz 2024: Industrie, Flächen, Fachkräfte"),
    ("subtitle", "Wirtschaftsförderung Oberlausitz-Neiße · Standortbroschüre · Ausgabe Juni 2024"),
    ("h", "Willkommen zwischen Spree und Neiße"),
    ("p", "Die Oberlausitz im Osten Sachsens grenzt an Polen und Tschechien. Lange war die Region "
          "von Textilindustrie, Maschinenbau und Braunkohle geprägt; heute bestimmen "
          "Schienenfahrzeugbau, Energietechnik, Kunststoffverarbeitung und Lebensmittelherstellung "
          "das Bild. Diese Broschüre stellt die wichtigsten Städte vor, nennt verfügbare "
          "Gewerbeflächen und zeigt, wie Ihre Waren zu den Häfen kommen."),
    ("bullets", [
        "Gewerbeflächen ab 1 Euro pro Quadratmeter in ausgewählten Gebieten",
        "Fachkräfte aus drei Ländern im Umkreis von 50 Kilometern",
        "Förderquoten für Investitionen von bis zu 30 Prozent",
    ]),
    ("h", "Bautzen – Budyšin"),
    ("p", "Bautzen, auf Sorbisch Budyšin, ist Kreisstadt und größter Industriestandort des "
          "Landkreises. In Bautzen werden seit über 170 Jahren Schienenfahrzeuge gebaut; heute "
          "fertigt ein französischer Konzern hier Straßenbahnen und Doppelstockwagen für Kunden in "
          "ganz Europa. Dazu kommen mittelständische Betriebe der Kunststoff- und Elektrotechnik. "
          "Der bekannte Bautz'ner Senf trägt zwar den Namen der Stadt, wird aber in Kleinbautzen im "
          "Umland abgefüllt. Bautzen pflegt Städtepartnerschaften mit Heidelberg und mit Jablonec "
          "nad Nisou (Gablonz an der Neiße)."),
    ("h", "Görlitz – Europastadt an der Neiße"),
    ("p", "Görlitz ist die östlichste Stadt Deutschlands. Am anderen Ufer der Neiße liegt das "
          "polnische Zgorzelec; beide Städte sind seit 1991 Partnerstädte und nennen sich seit 1998 "
          "gemeinsam Europastadt. Die Görlitzer Wirtschaft stützt sich auf den Turbinenbau: Ein "
          "Energietechnikkonzern fertigt hier Industriedampfturbinen für Kraftwerke in aller Welt. "
          "Die Altstadt ist zudem als Filmkulisse gefragt, und rund um die Drehs hat sich in der "
          "Stadt eine kleine Filmwirtschaft mit Studios, Requisite und Technikverleih angesiedelt. "
          "Das traditionsreiche Waggonbauwerk hat die Fertigung von Schienenfahrzeugen 2024 "
          "eingestellt; ein Rüstungskonzern will dort ab 2025 Fahrzeugkomponenten herstellen."),
    ("h", "Zittau und das Dreiländereck"),
    ("p", "Zittau liegt im Dreiländereck, nur wenige Kilometer von Bogatynia in Polen und Hrádek nad "
          "Nisou in Tschechien entfernt. In der Stadt braut eine Brauerei mit über 600 Jahren "
          "Tradition, und die Hochschule Zittau/Görlitz bildet Ingenieure für die ganze Region aus. "
          "Westlich von Zittau, in Großschönau, weben zwei Betriebe noch Frottierwaren und Damast. "
          "Zittau ist seit 1990 mit Villingen-Schwenningen verschwistert. Die Trilex-Züge verbinden "
          "die Stadt stündlich mit Liberec (Reichenberg) und Dresden."),
    ("h", "Kamenz, Weißwasser, Hoyerswerda"),
    ("p", "Drei Standorte im Norden und Westen der Oberlausitz zeigen, wie unterschiedlich der "
          "Strukturwandel verläuft:"),
    ("bullets", [
        "Kamenz – Eine Tochter eines großen Autobauers produziert in der Lessingstadt "
        "Lithium-Ionen-Batterien für Fahrzeuge und Heimspeicher.",
        "Weißwasser – Die einstige Glasmacherstadt hat eine Hütte behalten, die bis heute "
        "Trinkgläser in Millionenstückzahl herstellt.",
        "Hoyerswerda – Nach dem Ende der Braunkohle ist hier ein Zentrum für Batterieforschung und "
        "-recycling geplant; erste Labore sollen 2026 öffnen.",
    ]),
    ("h", "Flächen auf einen Blick"),
    ("caption", "Tabelle 1: Ausgewählte Gewerbegebiete, Schwerpunktbranchen und sofort verfügbare "
                "Flächen"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Freie Fläche (ha)"],
        ["Bautzen", "Schienenfahrzeugbau, Kunststofftechnik", "35"],
        ["Görlitz", "Turbinenbau, Filmwirtschaft", "28"],
        ["Kamenz", "Batteriefertigung", "52"],
        ["Zittau", "Brauerei", "18"],
        ["Löbau", "Lebensmittelherstellung", "22"],
        ["Reichenbach/O.L.", "offen für alle Branchen", "40"],
    ], [40, 85, 35]),
    ("p", "Reichenbach/O.L. zwischen Görlitz und Löbau ist nicht zu verwechseln mit Reichenbach im "
          "Vogtland; das Gewerbegebiet liegt direkt an der A 4."),
    ("h", "Logistik: Wege zu den Häfen"),
    ("p", "Über die A 4 und die Schiene erreichen Container die Seehäfen Hamburg und Stettin "
          "(Szczecin) in einem Tag. Nächster Binnenhafen ist Riesa an der Elbe, der größte "
          "Binnenhafen Sachsens. Er schlug 2023 rund 1,1 Mio. Tonnen Güter um, darunter knapp "
          "40.000 TEU. Luftfracht läuft über die Flughäfen Dresden und Leipzig/Halle."),
    ("h", "Partnerschaften und Ansprechpartner"),
    ("p", "Städtepartnerschaften öffnen Türen zu Kunden und Fachkräften. Kamenz und Lubań (Lauban) "
          "loten derzeit eine Partnerschaft aus; unterschrieben ist bisher nichts. Für Ihre "
          "Ansiedlung ist Sebastian Sohland der richtige Ansprechpartner in der "
          "Wirtschaftsförderung: Er begleitet Sie von der ersten Standortanfrage bis zum "
          "Spatenstich."),
]


PDFS = {
    "b65-kisumu-council-committee-briefing.pdf": dict(
        blocks=KISUMU, header="Kisumu City Board · Committee on Trade, Tourism and the Blue Economy · "
                              "Paper CB/TBE/07/2024",
        footer="CB/TBE/07/2024 · page {n} of 2 · for committee use", lang="en",
        title="Briefing Paper: Kisumu Port, the Lake Economy and the City's Partnerships"),
}
DOCXS = {
    "b65-east-africa-value-chain-study-summary.docx": dict(
        blocks=VALUE_CHAINS, title="Value Chains on the Coast and the Lakes: Summary of Study Findings"),
    "b65-oberlausitz-standortbroschuere.docx": dict(
        blocks=OBERLAUSITZ, title="Standort Oberlausitz 2024: Industrie, Flächen, Fachkräfte"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_65.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
