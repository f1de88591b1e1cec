#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 44 in ``samples/dev/``.

    python scripts/build_dev_samples_44.py [--out DIR]

Same guarantees as the other ``build_dev_samples_*.py`` scripts: the texts are embedded
below, and the output is deterministic (reportlab runs in invariant mode; DOCX core
properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the
documents; this script does not touch them, nor the TXT and HTML reports of the batch.
The layout helpers live in ``sample_builders.py``.

Layouts in this batch:

* ``b44-south-netherlands-cluster-map.pdf``: innovation agency's cluster map brochure, two
  pages, running header, footer "Cluster Map 2024 · page N", a drawn table "Location | Lead
  clusters | Jobs" (jobs in thousands only in the caption; two locations' sectors are given
  only in the table).
* ``b44-ihk-sh-aussenwirtschaftsumfrage.pdf``: chamber of commerce's export survey, two
  pages, running header, footer "Seite N von 2", a drawn table of locations with the
  export ratio and "Branchenschwerpunkte" (one row is a Kreis, one town's industries are
  given only in the table).
* ``b44-richards-bay-tender-background.docx``: port authority's tender notice, background
  section, headings, a caption and a table of ports with the unit only in the column header.

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

CLUSTER_MAP = [
    ("title", "Cluster Map Southern Netherlands 2024"),
    ("subtitle", "Where the region's innovation clusters are – a guide for investors and start-ups · "
                 "ZuidWest Innovation Agency · May 2024"),
    ("h", "About this map"),
    ("p", "The southern Netherlands is often described as one economy, but its clusters are "
          "strongly local. This brochure maps them city by city, from the chip-equipment makers "
          "around Eindhoven to the offshore yards of Zeeland. The table on page 2 gives the lead "
          "clusters of each location at a glance. Job figures are rounded and come from regional "
          "employment registers."),
    ("h", "Eindhoven and the Brainport"),
    ("p", "The Eindhoven high-tech cluster is the engine of the region. Its strengths are "
          "semiconductor equipment, photonics and high-precision mechatronics, and the city is "
          "also a centre of industrial design. A maker of lithography machines, the largest "
          "private employer in the area, has its campus in neighbouring Veldhoven, while a "
          "truck manufacturer assembles its cab-over models in Eindhoven itself. Eindhoven "
          "University of Technology supplies much of the talent, and PSV Eindhoven supplies the "
          "Sunday conversation. The lighting and electronics group that put the city on the map "
          "a century ago has moved its head office away, but its research campus remains."),
    ("p", "Helmond, ten minutes to the east, is the region's testing ground for automotive "
          "technology. “We do the best work when the clusters share test facilities,” says "
          "Pieter Breda, who coordinates the agency's mobility programme."),
    ("h", "Breda and Tilburg"),
    ("p", "Breda, the Breda in North Brabant, lies on the motorway between Rotterdam and "
          "Antwerp. The city is home to a cluster of food manufacturers, among them a large "
          "confectionery plant and a brewery, and to makers of packaging machinery that supply "
          "them. Logistics is the other pillar."),
    ("p", "Tilburg grew rich on wool, but its last woollen mill closed in the 1960s. Today the "
          "city lives from logistics and e-commerce fulfilment: its rail terminal links the "
          "warehouses on the city's edge with Rotterdam every day. Tilburg also has a growing "
          "data-science cluster around its university."),
    ("h", "Dordrecht and the Drechtsteden"),
    ("p", "The Drechtsteden, the ring of towns where several rivers meet, are the Dutch capital "
          "of maritime manufacturing. Dordrecht is where river cruise ships and inland tankers are "
          "fitted out, and the city also has a large chemical plant that makes fluoropolymers. "
          "Sliedrecht, a few kilometres upstream, is the home of dredging contractors and of the "
          "engineers who design their vessels."),
    ("pagebreak",),
    ("h", "Rotterdam"),
    ("p", "Rotterdam is Europe's largest port: it handled about 438 million tonnes of cargo in "
          "2023, of which 13.4 million TEU in containers. Around the harbour basins the city has "
          "Europe's largest cluster of refineries and petrochemical plants, and a fast-growing "
          "hydrogen and energy-transition sector. The Port of Rotterdam Authority also funds "
          "start-ups through its own accelerator."),
    ("h", "Zeeland and Vlissingen"),
    ("p", "Zeeland as a province is known for agriculture, seafood and tourism. Vlissingen, which "
          "English sailors called Flushing, is the exception: the city builds naval vessels and "
          "superyachts, and its harbour is a base for the installation of offshore wind farms. "
          "Vlissingen is part of North Sea Port, the cross-border port that also covers Terneuzen "
          "and Ghent and handled around 70 million tonnes in 2023."),
    ("caption", "Table 1: Cluster map at a glance – lead clusters and employment (jobs in thousands)"),
    ("table", [
        ["Location", "Lead clusters", "Jobs"],
        ["Eindhoven", "semiconductor equipment, photonics, design", "145"],
        ["Veldhoven", "lithography systems", "22"],
        ["Helmond", "automotive technology, food machinery", "40"],
        ["Breda", "food processing, packaging machinery, logistics", "95"],
        ["Tilburg", "logistics, data science", "110"],
        ["Dordrecht", "maritime manufacturing, chemicals", "60"],
        ["Rotterdam", "petrochemicals, port logistics, hydrogen", "420"],
        ["Vlissingen", "naval shipbuilding, offshore wind", "18"],
        ["Oss", "pharmaceuticals, meat processing", "45"],
    ], [35, 95, 25]),
    ("h", "Networks and partnerships"),
    ("p", "Rotterdam and Shanghai have been sister cities since 1979, and Eindhoven signed a "
          "twinning with Nanjing in 1985. Dordrecht's inland port and the Port of Duisburg have "
          "worked together under a port cooperation agreement since 2021. Eindhoven and Leuven "
          "are discussing a formal twinning, but no agreement has been signed; the two cities "
          "already cooperate on chip design through their universities. A trade mission from "
          "Eindhoven to Hsinchu is planned for the autumn."),
    ("p", "Contact: ZuidWest Innovation Agency, cluster desk, clusters@zuidwest-innovation.example"),
]

IHK_SH = [
    ("title", "Außenwirtschaftsumfrage 2024"),
    ("subtitle", "Ergebnisse für Schleswig-Holstein · IHK Schleswig-Holstein, Fachbereich International · "
                 "Mai 2024"),
    ("h", "Auf einen Blick"),
    ("p", "An der diesjährigen Umfrage haben sich 412 exportierende Betriebe aus den IHK-Bezirken "
          "Kiel, Lübeck und Flensburg beteiligt. 38 Prozent rechnen für 2024 mit steigenden "
          "Ausfuhren, 21 Prozent mit sinkenden. Die wichtigsten Zielmärkte bleiben Dänemark, die "
          "Niederlande, die USA und Polen; die Deutsch-Polnische Industrie- und Handelskammer in "
          "Warschau meldet eine rege Nachfrage nach Partnervermittlungen. Viele Betriebe nennen "
          "zudem die Türkei: Geschäfte mit Kunden in Istanbul und Izmir haben sich trotz der "
          "hohen Inflation gut entwickelt. Als wichtigste Messe im Ausland wurde Mailand genannt."),
    ("h", "Ergebnisse nach Standorten"),
    ("p", "In Kiel prägen die Marine- und Schiffbauindustrie sowie die Meerestechnik das "
          "Auslandsgeschäft. Fast jeder zweite Kieler Teilnehmer liefert Komponenten für "
          "Marineschiffe oder Unterwasserfahrzeuge an Kunden in Übersee. Der Seehafen Kiel schlug "
          "2023 rund 7,3 Mio. Tonnen um; für die Exporteure zählen vor allem die Ro-Ro-Verbindungen "
          "nach Skandinavien und ins Baltikum."),
    ("p", "Die Lübecker Marzipanhersteller melden erneut Rekordausfuhren, vor allem in die USA und "
          "nach Skandinavien. Daneben ist Lübeck ein Standort der Medizin- und Sicherheitstechnik; "
          "ein Hersteller von Beatmungsgeräten und Gasmesstechnik ist der größte Arbeitgeber der "
          "Stadt. „Die Lübecker Betriebe leiden stärker als andere unter den Lieferzeiten aus Asien“, "
          "sagt Dr. Hanna Lübeck, Referentin für Außenwirtschaft der IHK."),
    ("p", "Die Flensburger Werften haben volle Auftragsbücher: Gebaut werden vor allem Ro-Ro-Schiffe "
          "und Fähren. Dort ist außerdem die Getränkeindustrie stark, von der Brauerei bis zu den "
          "Rumhäusern, deren Tradition auf den Westindienhandel zurückgeht. Die Flensburger Brauerei "
          "exportiert inzwischen in mehr als 30 Länder."),
    ("p", "Neumünster hat sich zu einer Logistikdrehscheibe an der A7 entwickelt; die Stadt ist "
          "zudem Standort der Nahrungsmittelindustrie. Die Tuchfabriken, die Neumünster einst "
          "prägten, sind seit Jahrzehnten geschlossen. In Büdelsdorf bei Rendsburg sitzt ein "
          "Hersteller von Entwässerungstechnik, der über die Hälfte seines Umsatzes im Ausland "
          "erzielt. Der Schwerlasthafen in Osterrönfeld schlug 2023 rund 0,6 Mio. Tonnen um, vor "
          "allem Anlagenteile und Windkraftkomponenten."),
    ("pagebreak",),
    ("h", "Westküste und Unterelbe"),
    ("p", "Brunsbüttel ist der Chemie- und Energiestandort des Landes: Im Industriegebiet am "
          "Nord-Ostsee-Kanal produzieren mehrere Chemiewerke, und seit 2023 wird dort Flüssigerdgas "
          "angelandet. Die Häfen der Stadt schlugen 2023 zusammen rund 12 Mio. Tonnen um und sind "
          "damit nach Lübeck der zweitgrößte Hafenstandort Schleswig-Holsteins. Ob die "
          "geplante Batteriezellfabrik bei Heide wie vorgesehen gebaut wird, ist nach Angaben der "
          "Befragten weiter offen."),
    ("caption", "Tabelle 1: Teilnehmer, Exportquote und Branchenschwerpunkte nach Standort"),
    ("table", [
        ["Standort", "Betriebe", "Exportquote in %", "Branchenschwerpunkte"],
        ["Kiel", "96", "44", "Schiffbau, Meerestechnik"],
        ["Lübeck", "88", "51", "Süßwaren, Medizintechnik"],
        ["Flensburg", "61", "39", "Schiffbau, Getränke"],
        ["Neumünster", "43", "27", "Logistik, Nahrungsmittel"],
        ["Brunsbüttel", "22", "58", "Chemie, Energie"],
        ["Elmshorn", "35", "33", "Landmaschinen, Futtermittel"],
        ["Kreis Pinneberg", "67", "41", "Baumschulen, Pharma"],
    ], [36, 22, 38, 70]),
    ("h", "Partnerschaften als Türöffner"),
    ("p", "Für viele Befragte sind kommunale Partnerschaften ein Türöffner. Lübeck ist seit 1983 "
          "Partnerstadt des finnischen Kotka, Neumünster ist mit dem polnischen Koszalin "
          "verschwistert. Die Häfen von Brunsbüttel und Vlissingen haben 2022 eine "
          "Kooperationsvereinbarung über den Umschlag von Offshore-Windkomponenten geschlossen. Die "
          "Partnerschaft zwischen Kiel und Sowetsk ruht dagegen seit 2022, und die Gespräche "
          "über eine Partnerschaft zwischen Flensburg und einer Stadt in Vietnam sind über "
          "einen Delegationsbesuch nicht hinausgekommen. Die Fähren von Kiel nach Oslo und "
          "Göteborg nutzen viele Exporteure, eine Partnerschaft begründen sie nicht."),
    ("h", "Methodik"),
    ("p", "Befragt wurden im März und April 2024 Mitgliedsunternehmen mit Auslandsumsatz. Die "
          "Exportquote ist der Anteil des Auslandsumsatzes am Gesamtumsatz, als Median je Standort. "
          "Kontakt: Fachbereich International, aussenwirtschaft@ihk-sh.example"),
]

TENDER = [
    ("title", "Request for Proposals NPA-RCB-2024-017"),
    ("subtitle", "Design, finance, construction and operation of a multipurpose dry bulk terminal at "
                 "the Port of Richards Bay · Section 2: Background · issued 3 June 2024"),
    ("h", "2.1 Purpose of this section"),
    ("p", "This section gives bidders the commercial background to the tender. It is provided for "
          "information only and does not form part of the contract conditions in Section 5. Port "
          "volumes are rounded figures for the calendar year 2023."),
    ("h", "2.2 The port system"),
    ("p", "The Authority manages eight commercial seaports along the South African coast. Measured "
          "by tonnage, Richards Bay is the largest of them: it handled about 80 million tonnes in "
          "2023, most of it dry bulk. Durban remains the busiest container port in sub-Saharan "
          "Africa, with some 2.7 million TEU last year. Table 1 summarises the ports most "
          "relevant to this tender."),
    ("caption", "Table 1: Selected ports, main cargo and throughput in 2023"),
    ("table", [
        ["Port", "Main cargo", "Throughput (million t)", "Rank by tonnage"],
        ["Richards Bay", "coal, ores, woodchips", "80", "1"],
        ["Durban", "containers, vehicles, fuel", "72", "2"],
        ["Saldanha", "iron ore", "58", "3"],
        ["Port Elizabeth", "containers, manganese, vehicles", "9", "–"],
        ["East London", "vehicles, grain", "2.4", "–"],
    ]),
    ("h", "2.3 Richards Bay and its hinterland"),
    ("p", "Coal is the port's largest export by far, and the privately operated coal terminal on "
          "the north quay is designed for 91 million tonnes a year. Coal, chrome ore and woodchips "
          "are cargo, however, not the industrial base of the town. Richards Bay is home to an "
          "aluminium smelter, to a producer of titanium slag and zircon that mines the coastal "
          "dunes, and to a phosphoric acid plant. The town also has a pulp and paper mill. "
          "Aluminium is priced on the London Metal Exchange, so the smelter's exports swing with "
          "that market."),
    ("p", "Inland, Empangeni is the service centre for the timber plantations, with several "
          "sawmills, while the sugar mill at Felixton crushes cane from the surrounding farms. "
          "KwaZulu-Natal as a province is better known for sugar cane and citrus, which reach the "
          "port in bulk and in reefer containers."),
    ("h", "2.4 Durban"),
    ("p", "Durban has the most diverse economy on the coast. A Japanese carmaker assembles "
          "vehicles in the south of the city, and the city is also a centre of chemical "
          "manufacturing, clothing and sugar refining. The two crude-oil refineries on the south "
          "basin no longer process crude and serve only as fuel import terminals. Pinetown, on "
          "the road inland, is known for plastics and metal processing. Bidders may contact the "
          "Durban Chamber of Commerce and Industry for supplier lists."),
    ("h", "2.5 The Eastern and Western Cape"),
    ("p", "Gqeberha, which was called Port Elizabeth until 2021, and neighbouring Kariega form the "
          "country's automotive capital. A German carmaker builds compact cars in Kariega, and "
          "some 150 makers of automotive components work across the metro. An American carmaker "
          "closed its Gqeberha assembly plant in 2017. East London, on the Buffalo River, is the "
          "home of a large car plant that exports sedans through the city's own port. In Cape "
          "Town, the economy rests on financial services, tourism and film production; its fruit "
          "and wine exports are cargo for the container terminal, which handled about 0.9 million "
          "TEU in 2023. The steel mill at Saldanha closed in 2020."),
    ("h", "2.6 Cooperation with other ports and cities"),
    ("p", "Richards Bay and Qinhuangdao have been sister ports since 2014 and exchange data on "
          "bulk handling. Durban is twinned with Guangzhou, since 2000, and with Bremen. Gqeberha "
          "and Gothenburg are sister cities as well. Talks on a sister-port agreement between East "
          "London and Emden have stalled since 2022 and are not expected to resume. A delegation "
          "from Dalian visited Richards Bay in March; coal shipments from Richards Bay to Chennai "
          "and Mumbai are trade routes only."),
    ("h", "2.7 Why this tender"),
    ("p", "Demand for magnetite, chrome ore and manganese exports is expected to grow, while the "
          "existing multipurpose berths are close to their limit. The new terminal will replace "
          "three of these berths. Questions must be submitted in writing to the "
          "tender office by 28 June 2024."),
]


PDFS = {
    "b44-south-netherlands-cluster-map.pdf": dict(
        blocks=CLUSTER_MAP, header="ZuidWest Innovation Agency · Cluster Map Southern Netherlands 2024",
        footer="Cluster Map 2024 · page {n}", lang="en",
        title="Cluster Map Southern Netherlands 2024"),
    "b44-ihk-sh-aussenwirtschaftsumfrage.pdf": dict(
        blocks=IHK_SH, header="IHK Schleswig-Holstein · Außenwirtschaftsumfrage 2024 · Ergebnisbericht",
        footer="Seite {n} von 2", lang="de",
        title="Außenwirtschaftsumfrage 2024 – Schleswig-Holstein"),
}
DOCXS = {
    "b44-richards-bay-tender-background.docx": dict(
        blocks=TENDER, title="RFP NPA-RCB-2024-017 – Section 2: Background"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_44.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
