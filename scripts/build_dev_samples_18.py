#!/usr/bin/env python3
"""Build the eighteenth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_18.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the
texts are embedded below, and the output is deterministic (reportlab runs in invariant mode;
DOCX core properties and zip timestamps are fixed), so running it again gives byte-identical
files. The gold annotations (``NAME.gold.json``) are written by hand and kept beside the
documents; this script does not touch them, nor the TXT and HTML reports of the batch. See
the section "Development batch 18" in ``scripts/SAMPLES.md``. The layout helpers (fonts,
fixed timestamps, PDF and DOCX builders) are shared with the other build scripts and live in
``sample_builders.py``.

Layouts in this batch:

* ``tohoku-hokkaido-trade-office-press-release.pdf``: two pages, running header, footer
  "Press release 27/2024 · page N of 2", a drawn port table "Port | Prefecture | Cargo 2023
  (million t) | Containers 2023 (thousand TEU)" whose units are given only in the header;
  one row is a port named after two cities, and one port appears only in the table.
* ``steiermark-iv-standortbericht-2024.pdf``: two pages, running header, footer
  "Standortbericht Steiermark 2024 – Seite N", a drawn table "Standort |
  Schwerpunktbranchen | Industriebeschäftigte" (one row is a region, one town's sectors are
  given only in the table) and a drawn sea-port table with the units only in the header.
* ``finland-regional-clusters-case-note.docx``: business-school case note with headings, a
  caption and a table of cities, anchor sectors and cluster employment (one row is a region,
  one city's sectors are given only in the table).

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
BATCH18_TIME = dt.datetime(2024, 11, 1, 9, 0, 0)

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only. A header cell that would not fit its
# column is broken with a newline.

JAPAN = [
    ("title", "Northern Japan invites European partners: ports, food and semiconductors"),
    ("subtitle", "Press release 27/2024 · Hokkaido–Tohoku Joint Trade Office, Düsseldorf · "
                 "7 October 2024"),
    ("p", "Düsseldorf, 7 October 2024 – A delegation of companies from Hokkaido and the Tohoku "
          "region will visit Germany and the Netherlands in November. The joint trade office of "
          "the northern prefectures presents the main industrial locations and ports of the two "
          "regions, which together account for about a fifth of Japan's land area but are still "
          "little known to European buyers."),
    ("h", "Sapporo and the Hokkaido ports"),
    ("p", "Sapporo, the capital of Hokkaido and Japan's fifth-largest city, has built a "
          "sizeable software and game-development scene, locally nicknamed \"Sapporo Valley\". "
          "Food processing is the city's traditional strength: dairy products, confectionery and "
          "instant noodles are made in factories on its eastern edge. The beer that carries the "
          "city's name is brewed at several plants across Japan and is not a Sapporo industry "
          "in any statistical sense."),
    ("p", "Tomakomai, an hour south of Sapporo on the Pacific coast, is Hokkaido's largest port "
          "and one of the busiest in Japan by tonnage: it handled about 104 million tonnes in "
          "2023. The city is home to a large paper mill, an oil refinery and a transmission "
          "plant of a major carmaker, which has attracted a ring of automotive parts suppliers. "
          "Car ferries connect Tomakomai with Sendai and Nagoya several times a week."),
    ("p", "Hakodate, at the southern tip of the island, is known for squid and seafood "
          "processing and for a shipyard that repairs and builds bulk carriers. The city also "
          "lives from tourism, which has grown since the bullet train reached it in 2016."),
    ("h", "Sendai and Niigata"),
    ("p", "Sendai is the largest city in Tohoku. Its university and research institutes have "
          "made it a centre for semiconductor equipment and electronic components, and several "
          "makers of precision measuring instruments have moved their development teams there. "
          "The Sendai-Shiogama port, whose terminals lie in Sendai, Shiogama and two "
          "neighbouring towns, is the region's main container gateway."),
    ("p", "Niigata, on the Sea of Japan, is famous for rice, sake and rice crackers, and the "
          "prefectural capital also has chemical plants and a large food-processing sector. The "
          "towns of Tsubame and Sanjō, about forty minutes to the south, are Japan's centre of "
          "cutlery and metal tableware. The Port of Niigata is the busiest container port on "
          "Japan's Sea of Japan coast."),
    ("pagebreak",),
    ("h", "Port overview"),
    ("caption", "Table 1: Main ports of Hokkaido and Tohoku, 2023"),
    ("table", [
        ["Port", "Prefecture", "Cargo 2023\n(million t)", "Containers 2023\n(thousand TEU)"],
        ["Tomakomai", "Hokkaido", "104", "310"],
        ["Sendai-Shiogama", "Miyagi", "38", "270"],
        ["Niigata", "Niigata", "31", "190"],
        ["Hakodate", "Hokkaido", "30", "–"],
        ["Kushiro", "Hokkaido", "15", "22"],
    ], [38, 30, 34, 42]),
    ("p", "Figures are rounded and include ferry cargo. Container volumes at Hakodate are too "
          "small to report separately."),
    ("h", "Sister cities and port agreements"),
    ("p", "Many of these cities have long-standing ties abroad. Sapporo has been a sister city "
          "of Portland, Oregon, since 1959 and of Munich since 1972, and it is also twinned with "
          "Shenyang. Hakodate and Halifax in Nova Scotia became sister cities in 1982, and "
          "Tomakomai has been twinned with Napier in New Zealand since 1980. Niigata's sister "
          "cities include Galveston and Harbin."),
    ("p", "In 2018 the Port of Niigata and the Port of Busan signed a memorandum of "
          "understanding on container traffic and port data; the two ports have since run a "
          "joint marketing office. Tomakomai is discussing a friendship agreement with "
          "Kaohsiung, but no decision has been taken."),
    ("h", "The delegation"),
    ("p", "The delegation will visit the ANUGA food fair in Cologne and hold meetings in "
          "Rotterdam and Hamburg. Exhibits include scallops, dairy products, sake and "
          "semiconductor test equipment. Direct flights between Sapporo and Seoul and between "
          "Sendai and Taipei make onward travel to Asia easy."),
    ("p", "Press contact: Yuko Akita, Hokkaido–Tohoku Joint Trade Office, Düsseldorf."),
]

STEIERMARK = [
    ("title", "Standortbericht Steiermark 2024"),
    ("subtitle", "Industriellenvereinigung Steiermark · Industriepolitische Analysen · "
                 "Oktober 2024"),
    ("h", "Zusammenfassung"),
    ("p", "Die steirische Industrie hat 2023 trotz hoher Energiepreise und schwacher "
          "Nachfrage aus Deutschland ihre Beschäftigung gehalten. Die Steiermark bleibt das "
          "Bundesland mit der höchsten Forschungsquote Österreichs; Automobil- und "
          "Maschinenbau, Werkstoffe und Elektronik prägen das Land. Diese Aussagen gelten für "
          "das Bundesland insgesamt. Der folgende Bericht zeigt, was die einzelnen Standorte "
          "auszeichnet."),
    ("h", "Graz"),
    ("p", "Die Grazer Wirtschaft ist stark vom Fahrzeugbau geprägt: Ein Auftragsfertiger "
          "montiert dort Geländewagen und Elektroautos für mehrere Marken, und ein "
          "Entwicklungsdienstleister für Antriebssysteme beschäftigt in der Landeshauptstadt "
          "mehrere tausend Ingenieurinnen und Ingenieure. Daneben hat sich die Stadt einen "
          "Namen in der Medizintechnik und der Pharmaindustrie gemacht."),
    ("h", "Obersteiermark: Leoben, Kapfenberg, Bruck an der Mur"),
    ("p", "Die Obersteiermark gilt als Stahlregion Österreichs. In Leoben, genauer im "
          "Stadtteil Donawitz, erzeugt ein Hüttenwerk Schienen und Walzdraht; außerdem hat dort "
          "ein Hersteller von Leiterplatten seinen Stammsitz. Die Montanuniversität macht "
          "Leoben zudem zu einem Zentrum der Werkstofftechnik. Wer in Leoben ein Gösser "
          "bestellt, trinkt ein Bier, keine Branche."),
    ("p", "Kapfenberg ist die Stadt des Edelstahls: Ein Werk für Schnellarbeits- und "
          "Werkzeugstahl sowie eine Schmiede für Flugzeugteile beschäftigen zusammen mehr als "
          "3.000 Menschen. Im benachbarten Bruck an der Mur prägen die Papier- und "
          "Holzindustrie das Bild."),
    ("h", "Oststeiermark: Weiz"),
    ("p", "Weiz ist ein Zentrum der Elektrotechnik. Die Stadt ist vor allem für den "
          "Transformatoren- und Generatorenbau bekannt, dessen Produkte in Kraftwerken auf "
          "allen Kontinenten laufen."),
    ("caption", "Tabelle 1: Ausgewählte Industriestandorte"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Industrie-\nbeschäftigte"],
        ["Graz", "Fahrzeugbau, Antriebstechnik, Medizintechnik", "48.000"],
        ["Leoben", "Stahl, Leiterplatten, Werkstofftechnik", "6.500"],
        ["Kapfenberg", "Edelstahl, Schmiedeteile", "5.200"],
        ["Bruck an der Mur", "Papier, Holz", "2.100"],
        ["Weiz", "Elektrotechnik", "4.300"],
        ["Gleisdorf", "Solartechnik, Anlagenbau", "1.800"],
        ["Bezirk Murtal", "Stahl, Motorsport", "3.900"],
    ], [40, 90, 30]),
    ("pagebreak",),
    ("h", "Logistik: Die Häfen der Steiermark liegen an der Adria"),
    ("p", "Für die exportorientierte steirische Industrie ist Koper der wichtigste Seehafen. "
          "Der slowenische Hafen ist der größte Containerhafen der Adria und hat 2023 rund "
          "1,0 Mio. TEU umgeschlagen. Triest, gemessen an der Tonnage Italiens größter Hafen, "
          "kam im selben Jahr auf rund 56 Mio. Tonnen. Mit der Eröffnung der Koralmbahn Ende "
          "2025 verkürzt sich die Fahrzeit zwischen Graz und Klagenfurt auf 45 Minuten; "
          "Güterzüge von Graz nach Koper und Triest werden davon profitieren."),
    ("caption", "Tabelle 2: Seehäfen für die steirische Industrie"),
    ("table", [
        ["Hafen", "Umschlag 2023\n(Mio. t)", "Container 2023\n(1.000 TEU)"],
        ["Koper", "23", "1.000"],
        ["Triest", "56", "870"],
        ["Hamburg", "114", "7.700"],
    ], [40, 40, 40]),
    ("p", "Koper und Triest haben 2023 ein Kooperationsabkommen ihrer Hafenbehörden "
          "unterzeichnet; beide Häfen wollen Bahnslots und Zolldaten gemeinsam planen."),
    ("h", "Internationale Verbindungen"),
    ("p", "Graz ist seit 1948 mit dem englischen Coventry verschwistert und pflegt außerdem "
          "Städtepartnerschaften mit Darmstadt und Trondheim. Leoben ist Partnerstadt des "
          "serbischen Kragujevac. Weiz plant eine Städtepartnerschaft mit einer Stadt in "
          "Oberfranken; ein Beschluss des Gemeinderats steht noch aus."),
    ("p", "Die Steiermark und die slowenische Region Podravje arbeiten bei Wasserstoff und "
          "Batterietechnik zusammen. Das ist eine Kooperation zweier Regionen, keine "
          "Städtepartnerschaft. Im Juni besuchte außerdem eine Delegation aus Shanghai mehrere "
          "Grazer Betriebe."),
    ("h", "Forderungen der Industrie"),
    ("p", "Die Industriellenvereinigung fordert schnellere Genehmigungen für Netzausbau und "
          "Betriebserweiterungen sowie eine Fachkräfteoffensive. „Ohne Strom und ohne "
          "Fachkräfte keine Industrie“, sagt Geschäftsführer DI Martin Hartberg."),
]

FINLAND = [
    ("title", "Case Note 24-17: Regional Industrial Clusters in Finland"),
    ("subtitle", "Baltic School of Management · Course: Regional Competitiveness · "
                 "Prepared by Dr. Anna Lahti"),
    ("h", "Purpose of this note"),
    ("p", "This note prepares the class discussion on how small, open economies build "
          "industrial clusters outside their capital. It describes five Finnish city regions, "
          "their anchor industries and their international links. Figures are rounded, and "
          "some details have been simplified for teaching purposes."),
    ("h", "Helsinki and Espoo"),
    ("p", "The capital is the country's service and start-up hub. Helsinki is home to a "
          "lively game-development scene, led by a handful of mobile-game studios, and to a "
          "shipyard that specialises in icebreakers. Espoo, next door, hosts the head office of "
          "the country's best-known telecom-equipment maker. The company took its name from "
          "the town of Nokia near Tampere, where it started as a pulp mill in 1865; the town of "
          "Nokia is known today for its tyre factory."),
    ("p", "The Port of Helsinki handled about 13.5 million tonnes of cargo in 2023 and is "
          "Finland's largest port for unitised cargo. In 2023 the ports of Helsinki and Tallinn "
          "signed a memorandum of understanding on a green shipping corridor; the frequent "
          "ferries between the two capitals are a separate matter."),
    ("h", "Tampere"),
    ("p", "Tampere grew up around its textile mills, which closed in the 1990s. Today the city "
          "is Finland's centre of mechanical engineering: makers of forest machines, "
          "rock-drilling rigs and paper machines have their plants there, together with a "
          "strong automation and software sector. Tampere has been twinned since 1961 with "
          "Chemnitz, then called Karl-Marx-Stadt."),
    ("h", "Turku and the south-west"),
    ("p", "Turku's shipyard builds some of the largest cruise ships in the world, and a "
          "network of subcontractors in outfitting and marine engineering has grown around it. "
          "The city is also strong in pharmaceuticals and diagnostics. Nearby Uusikaupunki has "
          "Finland's only car factory, which assembles vehicles for German brands, while the "
          "refinery in Naantali was closed in 2021. Turku is twinned with Gothenburg, Aarhus "
          "and Bergen; its twinning with Saint Petersburg was suspended in 2022."),
    ("h", "Oulu"),
    ("p", "Oulu is Finland's wireless city. Engineers trained in the mobile-phone boom now work "
          "on 5G and 6G networks, and the city has a growing health-technology sector. A pulp "
          "and paper mill on the river mouth remains a large employer. Oulu and Luleå, across "
          "the Gulf of Bothnia, have been twin towns for decades."),
    ("h", "Kotka"),
    ("p", "Kotka is a port and pulp town. The HaminaKotka port company, which runs terminals "
          "in Hamina and Kotka, handled about 14 million tonnes in 2023. Its Mussalo container "
          "terminal in Kotka, the largest container terminal in Finland, handled roughly "
          "600,000 TEU. The city also has a pulp mill and a cluster of logistics firms."),
    ("h", "Overview"),
    ("caption", "Table 1: Anchor sectors and cluster employment (approximate)"),
    ("table", [
        ["City or region", "Anchor sectors", "Cluster jobs"],
        ["Helsinki", "games, shipbuilding (icebreakers)", "9,000"],
        ["Tampere", "mechanical engineering, automation", "24,000"],
        ["Turku", "shipbuilding, pharmaceuticals", "18,000"],
        ["Oulu", "wireless technology, health tech", "12,000"],
        ["Vaasa", "energy technology", "11,000"],
        ["Kymenlaakso", "logistics, forest industry", "7,500"],
    ]),
    ("h", "Questions for discussion"),
    ("bullets", [
        "Why did the mechanical-engineering cluster survive in Tampere when the textile mills "
        "did not?",
        "What role do the twin-town links play for firms, if any?",
        "Is a single anchor employer a strength or a risk for a city like Uusikaupunki?",
    ]),
]


PDFS = {
    "tohoku-hokkaido-trade-office-press-release.pdf": dict(
        blocks=JAPAN, header="Hokkaido–Tohoku Joint Trade Office · Press release 27/2024",
        footer="Press release 27/2024 · page {n} of 2", lang="en",
        title="Northern Japan invites European partners"),
    "steiermark-iv-standortbericht-2024.pdf": dict(
        blocks=STEIERMARK, header="Industriellenvereinigung Steiermark · Standortbericht 2024",
        footer="Standortbericht Steiermark 2024 – Seite {n}", lang="de",
        title="Standortbericht Steiermark 2024"),
}
DOCXS = {
    "finland-regional-clusters-case-note.docx": dict(
        blocks=FINLAND, title="Case Note 24-17: Regional Industrial Clusters in Finland",
        when=BATCH18_TIME),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_18.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
