#!/usr/bin/env python3
"""Build batch 56 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_56.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b56-tanga-corridor-project-appraisal-summary.pdf``: a development bank's project appraisal
  summary, two pages, running header, footer "PAS TZ-P0417 · Page N of 2", bullet lists for the
  key data, the components and the figures used in the appraisal (no table); the key figures
  repeat facts of the running text.
* ``b56-ihk-standortanalyse-mittlere-elbe.pdf``: a German IHK-Standortanalyse, two pages,
  running header, footer "Standortanalyse Mittlere Elbe · Seite N von 2", a drawn table "Hafen |
  Umschlag 2023 (1.000 t) | Veränderung ggü. 2022 | Branchenschwerpunkte vor Ort" whose unit is
  given only in the column header; some tonnages and one sector column are given only there.
* ``b56-bajio-chamber-member-spotlights.docx``: a chamber of commerce's member spotlight series,
  a heading per member, a bullet list of chapter news and a table "Member | City | Sector |
  Staff"; one member's town and sector are given only in the table.

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

TANGA = [
    ("title", "Project Appraisal Summary: Tanga Port and Northern Corridor Logistics Project"),
    ("subtitle", "Coastal and Lakes Infrastructure Bank · Project No. TZ-P0417 · Board date "
                 "12 June 2024 · Disclosure version"),
    ("h", "1. The operation in brief"),
    ("p", "The Borrower is the United Republic of Tanzania, acting through its transport ministry, "
          "and the implementing agency is the Tanzania Ports Authority (TPA). The Board is asked to "
          "approve a loan of USD 185 million and a technical-assistance grant of USD 6 million. "
          "The project would deepen the approach channel and two berths at the Port of "
          "Tanga, renew the metre-gauge railway from the coast inland to Moshi and Arusha, and build "
          "a truck park with a joint inspection yard at Korogwe, where the corridor road meets the "
          "highway from Dar es Salaam."),
    ("bullets", [
        "Total cost: USD 231 million, of which the Bank would finance about 83 percent",
        "Environmental and social category: A (dredging, resettlement of 140 households)",
        "Task team leader: Peter Mwanza, principal transport economist",
    ]),
    ("h", "2. Why Tanga, and why now"),
    ("p", "Tanzania's seaborne trade runs through one gate. Dar es Salaam, the country's largest "
          "port, moved close to 28 million tonnes in 2023 and still suffers from queues at anchor. "
          "The city also hosts most of the country's "
          "manufacturers, from breweries to steel re-rolling mills, so local cargo competes with "
          "transit cargo for the same quays. North of the border, Mombasa, the largest port in East "
          "Africa, handled some 1.6 million TEU in the same year and courts the same transit customers "
          "in Uganda and Rwanda. Since Kenya's only refinery at Mombasa stopped "
          "processing crude in 2013, all of that country's fuel also arrives there already refined."),
    ("p", "Tanga lies about 350 kilometres north of Dar es Salaam and less than 200 kilometres "
          "south of Mombasa. The first phase of its modernisation, finished in 2022, deepened the "
          "quay and lifted the port's capacity to about 3 million tonnes a year; in 2023 the port "
          "handled roughly 1.2 million tonnes. A second deep-water port at Bagamoyo, north of the "
          "capital region, has been discussed for more than a decade; it is not part of this "
          "operation."),
    ("h", "3. The economy along the corridor"),
    ("p", "The corridor is more than a transit route. Tanga's economy rests on cement, sisal "
          "processing and a dairy industry that collects milk from smallholders in the hills "
          "behind the city. Two cement plants on its northern edge ship clinker and bagged cement "
          "along the coast, and a spinning mill in the city turns sisal fibre into baler twine and "
          "rope. The fibre itself is grown on estates spread across the Tanga Region, and the "
          "orange groves around Muheza belong to farmers of that district: neither is an industry "
          "of the port city."),
    ("p", "Inland, Moshi is where most of northern Tanzania's arabica is cured and graded before "
          "the weekly auction; a large sugar estate lies outside the town, on the plain towards the "
          "border. Arusha, seat of the East African Community, lives on safari tourism and has "
          "become the centre of the country's horticulture, with seed companies and cut-flower "
          "exporters around its airport. At the far end of the planned extension, on Lake Victoria, "
          "Musoma has two Nile perch filleting plants that already truck chilled fish to the coast."),
    ("pagebreak",),
    ("h", "4. Project components"),
    ("bullets", [
        "Component A, Port of Tanga (USD 142 million): dredging of the approach channel to "
        "13 metres, strengthening of berths 1 and 2, two mobile harbour cranes and an automated "
        "gate.",
        "Component B, Tanga–Moshi–Arusha railway (USD 61 million): replacement of rails and "
        "sleepers on 120 kilometres of line, new passing loops and level-crossing safety.",
        "Component C, Korogwe logistics yard (USD 19 million): parking for 300 trucks, a joint "
        "border-agency inspection shed and a weighbridge.",
        "Component D, institutional support (USD 9 million): a port community system, safety "
        "training and a feasibility study for extending the railway from Arusha to Musoma.",
    ]),
    ("h", "5. Partners and coordination"),
    ("p", "TPA and the Kenya Ports Authority signed a cooperation agreement for the ports of Tanga "
          "and Mombasa in 2021. It covers pilotage data, joint emergency drills and staff "
          "exchanges, and it gives the project a ready channel for sharing vessel information. At "
          "municipal level, Tanga is twinned with the German town of Eckernförde, a link that has "
          "paid for water kiosks and a fish-market roof in the old town. A proposal to make Tanga "
          "and Lamu sister ports was tabled at the 2023 corridor summit, but no text has been "
          "agreed. The coastal feeder services between Tanga, Mombasa and Zanzibar are commercial "
          "routes and are not covered by any agreement."),
    ("h", "6. Figures used in the appraisal"),
    ("bullets", [
        "Port of Tanga: capacity about 3 million tonnes a year since 2022; throughput about "
        "1.2 million tonnes in 2023.",
        "Expected capacity after Component A: about 5 million tonnes a year from 2029 (a design "
        "target, not a result).",
        "Share of Tanga's 2023 tonnage that was transit cargo for Uganda: 9 percent.",
        "Average truck waiting time at the Korogwe junction in 2023: 11 hours.",
    ]),
    ("h", "7. Main risks"),
    ("p", "The main risks are siltation of the new channel, delays in resettlement and a slower "
          "shift of transit cargo than assumed. Mitigation measures are set out in the full "
          "appraisal report. The project team will report to the Board after the mid-term review "
          "in 2026."),
]

MITTLERE_ELBE = [
    ("title", "Standortanalyse Mittlere Elbe 2024: Häfen, Industrie und Flächen zwischen Magdeburg "
              "und Wittenberg"),
    ("subtitle", "IHK Anhalt-Elbe · Geschäftsbereich Standortpolitik · Oktober 2024"),
    ("h", "1. Anlass und Vorgehen"),
    ("p", "Die Vollversammlung der IHK hat im Frühjahr eine Analyse der Industrie- und "
          "Logistikstandorte entlang der Elbe zwischen Magdeburg und der Lutherstadt Wittenberg in "
          "Auftrag gegeben. Grundlage sind die Umschlagstatistiken der Häfen für 2023, eine "
          "Befragung von 214 Mitgliedsunternehmen im Juni und Gespräche mit den "
          "Wirtschaftsförderungen der Städte und Landkreise. Vorgestellt wurden die Ergebnisse am "
          "8. Oktober in unserer Geschäftsstelle in Dessau-Roßlau; der Hauptsitz der Kammer bleibt "
          "Halle (Saale)."),
    ("h", "2. Die Häfen"),
    ("p", "Der Magdeburger Hafen ist und bleibt der umschlagstärkste Hafen Sachsen-Anhalts: 2023 "
          "wurden dort rund 2,85 Mio. Tonnen umgeschlagen, vor allem Getreide, Düngemittel und "
          "Baustoffe, dazu rund 38.000 TEU am Containerterminal im Hanse-Hafen. Mit rund 410.000 "
          "Tonnen ist Aken der zweitgrößte Binnenhafen im Land; er profitiert von seinem "
          "trimodalen Terminal und der Nähe zu den Chemiestandorten im Süden. Die kleineren Häfen "
          "sind für einzelne Ansiedlungen unverzichtbar, auch wenn ihre Mengen stark schwanken "
          "(Tabelle 1)."),
    ("p", "Die Elbe bleibt das Sorgenkind: An mehr als 120 Tagen lag die Fahrrinnentiefe unter "
          "1,40 Metern. Viele Verlader weichen dann auf die Schiene aus, meist nach Hamburg, "
          "Deutschlands größtem Seehafen. Die Häfen Aken und Lovosice an der tschechischen Elbe "
          "haben 2021 eine Kooperationsvereinbarung unterzeichnet; seither tauschen beide Häfen "
          "Pegel- und Auslastungsdaten aus, um Leerfahrten zu vermeiden. Seit März fährt außerdem "
          "zweimal wöchentlich ein Ganzzug von Aken nach Koper an der Adria."),
    ("caption", "Tabelle 1: Hafenumschlag 2023 und Branchenschwerpunkte am Hafenstandort"),
    ("table", [
        ["Hafen", "Umschlag 2023\n(1.000 t)", "Veränderung\nggü. 2022", "Branchenschwerpunkte vor Ort"],
        ["Magdeburg", "2.850", "−4 %", "Maschinenbau, Logistik"],
        ["Aken (Elbe)", "410", "+3 %", "Feuerfeste Werkstoffe"],
        ["Schönebeck (Elbe)", "260", "−8 %", "Kunststoffrohre"],
        ["Bernburg (Saale)", "190", "+1 %", "Soda, Steinsalz"],
        ["Dessau-Roßlau", "120", "−12 %", "Impfstoffe, Schienenfahrzeuge"],
    ], [38, 30, 28, 70]),
    ("pagebreak",),
    ("h", "3. Industrie entlang des Flusses"),
    ("p", "Magdeburg war zu DDR-Zeiten ein Zentrum des Schwermaschinenbaus. Heute prägen Maschinen- "
          "und Anlagenbauer mittlerer Größe, Logistikdienstleister und die Gesundheitswirtschaft "
          "rund um die Universitätsmedizin die Landeshauptstadt. Die angekündigte Halbleiterfabrik "
          "im Süden der Stadt ist vorerst auf Eis gelegt. Die Zuckerfabriken der Magdeburger Börde "
          "gehören zum Umland und nicht zur Stadt."),
    ("p", "Elbaufwärts nutzt in Schönebeck (Elbe) ein Hersteller von Kunststoffrohren für die "
          "Wasserwirtschaft den Hafen. In Barby will ein Investor ein Werk für das Recycling von "
          "Lithium-Ionen-Batterien errichten; eine Genehmigung liegt noch nicht vor. An der Saale "
          "bestimmt die Salzchemie das Bild: In Bernburg (Saale) werden Soda und Steinsalz "
          "gewonnen und verarbeitet. Der Salzlandkreis insgesamt lebt zudem von der Kaliindustrie."),
    ("p", "Der Akener Hafen hat einen treuen Kunden in einem Hersteller feuerfester Steine, der "
          "Stahl- und Zementwerke in ganz Europa beliefert. Die Dessauer Wirtschaft hat sich neu "
          "erfunden: Der Flugzeugbau, mit dem die Stadt in den 1920er-Jahren berühmt wurde, ist "
          "Geschichte. Heute stellt ein Unternehmen mit mehr als tausend Beschäftigten Impfstoffe "
          "und virale Vektoren her, und ein Instandhaltungswerk arbeitet Güterwagen und Lokomotiven "
          "auf. Eine 40.000 Quadratmeter große Halle für die Endmontage von Drehgestellen ist im Bau."),
    ("p", "Auch die kleineren Städte tragen bei. In Köthen sitzen ein Hersteller von Fördertechnik "
          "und ein Werk für Gemüsekonserven, die Zerbster Wirtschaft stützt sich auf Kunststoff- "
          "und Metallverarbeitung, und Coswig (Anhalt), nicht zu verwechseln mit dem sächsischen "
          "Coswig bei Dresden, ist für sein Wellpappenwerk bekannt. In der Lutherstadt Wittenberg "
          "prägt das Stickstoffwerk im Ortsteil Piesteritz die Industrie: Dort entstehen Ammoniak "
          "und Harnstoff, vor allem für Düngemittel. Die Besucher bringt ohnehin Luther: Der "
          "Tourismus ist der zweite Pfeiler der Stadt."),
    ("h", "4. Flächen und Fachkräfte"),
    ("p", "Größter Engpass sind erschlossene Industrieflächen mit Gleisanschluss. Drei von vier "
          "befragten Unternehmen nennen zudem den Mangel an Berufskraftfahrern und Elektrikern. "
          "„Wer heute an der Elbe investiert, fragt zuerst nach Fachkräften und erst dann nach dem "
          "Hafen“, sagt unsere Geschäftsführerin Standortpolitik, Dr. Anja Calbe."),
    ("h", "5. Partnerschaften und Netzwerke"),
    ("p", "Städtepartnerschaften öffnen auch der Wirtschaft Türen. Dessau-Roßlau und Ludwigshafen "
          "am Rhein sind seit 1988 verschwistert, und beide Städte haben 2023 einen gemeinsamen "
          "Unternehmertag ausgerichtet. Bernburg pflegt seit 1990 eine Partnerschaft mit Rheine im "
          "Münsterland. Gespräche über eine Partnerschaft zwischen Zerbst und einer Gemeinde in den "
          "Niederlanden ruhen dagegen seit Jahren."),
    ("p", "Die IHK empfiehlt dem Land, die Hafenförderung auf die trimodalen Standorte zu "
          "konzentrieren und die Flächenentwicklung der Kommunen zu bündeln."),
]

BAJIO = [
    ("title", "Member Spotlight: Meet Seven Bajío Members"),
    ("subtitle", "Anglo-Mexican Business Chamber · Bajío Chapter · Spotlight Series, Issue 9 · "
                 "September 2024"),
    ("h", "Why the Bajío?"),
    ("p", "Every quarter we introduce members of the chapter to one another. This issue is about "
          "manufacturers in the states of Guanajuato, Querétaro and Jalisco, the band of highland "
          "cities that many of you simply call the corridor. Most of them export through "
          "Manzanillo, the country's busiest container port, or through Lázaro Cárdenas further "
          "south, and some send goods by rail to the border crossing at Nuevo Laredo."),
    ("h", "Curtidos Salamanca Hermanos, León"),
    ("p", "Founded in 1962 by the grandfather of today's managing director, Ana Salamanca, this "
          "tannery is one of several hundred in León, the city that tans most of Mexico's cowhides "
          "and still sews a large share of its shoes. The firm finishes leather for car seats and "
          "steering wheels and trucks most of it to the seat makers in Silao. \"In León you learn "
          "what a hide is worth before you learn to drive,\" Salamanca says."),
    ("h", "Precisión Bajío, Celaya"),
    ("p", "Precisión Bajío machines aluminium brackets and brake components for the Honda plant in "
          "Celaya, which builds compact SUVs for North America, and for two other carmakers within "
          "a day's drive. Mexicans know Celaya better for cajeta, the goat's-milk caramel that has "
          "been cooked in the city since colonial times, and few visitors leave the plant without "
          "a jar. Celaya has been twinned with Suzuka in Japan for several years, which the firm's "
          "Japanese customers mention at every audit."),
    ("h", "FreshFrost, Irapuato"),
    ("p", "Irapuato calls itself the strawberry capital of the world, and FreshFrost is one of the "
          "freezing plants that make the claim credible. It washes, hulls and deep-freezes berries "
          "and exports them in reefer containers via Manzanillo. The fields belong to the "
          "surrounding municipalities; the freezing, packing and cold storage happen in Irapuato "
          "itself. A delegation from the city visited Watsonville in California this spring, where "
          "a twinning was discussed but not agreed."),
    ("h", "AeroQro Composites, Querétaro"),
    ("p", "In the city of Querétaro, officially Santiago de Querétaro, AeroQro lays up composite "
          "panels for aircraft cabins in the aerospace park next to the airport, where a French "
          "group also makes landing gear and engine parts. Its managing director grew up in "
          "Wichita, Kansas, and says the city reminds him of home, only with better food."),
    ("h", "Destilería Los Altos, Guadalajara and Tequila"),
    ("p", "Destilería Los Altos keeps its sales office in Guadalajara, but its stills stand in the "
          "town of Tequila, an hour's drive to the west, which gave the spirit its name. The blue "
          "agave comes from fields all over Jalisco. In Guadalajara the company is a customer "
          "rather than a producer: it buys labels, cartons and shop-floor software from the city's "
          "electronics and packaging firms."),
    ("h", "Logística Puerto Interior, Silao"),
    ("p", "Logística Puerto Interior runs a bonded warehouse at Guanajuato Puerto Interior, the "
          "inland port in Silao that serves the General Motors pickup plant next door and dozens of "
          "its suppliers. The inland port's rail terminal is designed for about 60,000 TEU a year "
          "and handled roughly 41,000 TEU in 2023. Trains from Manzanillo take about 36 hours, "
          "trains from Lázaro Cárdenas about 30."),
    ("h", "Members at a glance"),
    ("caption", "Table 1: Members profiled in this issue"),
    ("table", [
        ["Member", "City", "Sector", "Staff"],
        ["Curtidos Salamanca Hermanos", "León", "automotive leather", "340"],
        ["Precisión Bajío", "Celaya", "machined auto parts", "210"],
        ["FreshFrost", "Irapuato", "frozen fruit and vegetables", "480"],
        ["AeroQro Composites", "Querétaro", "aircraft cabin panels", "150"],
        ["Destilería Los Altos", "Tequila", "tequila distilling", "95"],
        ["Logística Puerto Interior", "Silao", "bonded warehousing", "120"],
        ["Tejidos del Valle", "Moroleón", "knitwear", "75"],
    ], [55, 35, 55, 20]),
    ("p", "Tejidos del Valle joined the chapter in August; we will profile the company in the next "
          "issue."),
    ("h", "Chapter news"),
    ("bullets", [
        "The ports of Manzanillo and Busan renewed their sister-port agreement in May; it was "
        "first signed in 2016 and now includes a data-sharing pilot for reefer cargo.",
        "A weekly rail service between Lázaro Cárdenas and the Silao inland port starts in "
        "November.",
        "Our next networking evening, with a tequila tasting, takes place on 17 October at the "
        "chapter office in León.",
        "Members can order the 2025 salary survey from the chapter office.",
    ]),
]


PDFS = {
    "b56-tanga-corridor-project-appraisal-summary.pdf": dict(
        blocks=TANGA, header="CLIB · Project Appraisal Summary · TZ-P0417 Tanga Port and Northern "
                             "Corridor",
        footer="PAS TZ-P0417 · Page {n} of 2", lang="en",
        title="Project Appraisal Summary: Tanga Port and Northern Corridor Logistics Project"),
    "b56-ihk-standortanalyse-mittlere-elbe.pdf": dict(
        blocks=MITTLERE_ELBE, header="IHK Anhalt-Elbe · Standortanalyse Mittlere Elbe 2024",
        footer="Standortanalyse Mittlere Elbe · Seite {n} von 2", lang="de",
        title="Standortanalyse Mittlere Elbe 2024"),
}
DOCXS = {
    "b56-bajio-chamber-member-spotlights.docx": dict(
        blocks=BAJIO, title="Member Spotlight: Meet Seven Bajío Members"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_56.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
