#!/usr/bin/env python3
"""Build batch 57 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_57.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b57-northwest-towns-economic-history-essay.pdf``: an economic historian's popular essay in a
  regional magazine, two pages, running header "Salish Sea Review · Essays in Economic History ·
  No. 14 · Autumn 2024", footer "Salish Sea Review 14 – page N", headings per town and no table.
* ``b57-hwk-oberfranken-konjunkturbericht.pdf``: a German Handwerkskammer business-cycle report,
  two pages, running header, footer "HWK Oberfranken · Konjunkturbericht Herbst 2024 · Seite N
  von 2", a drawn table "Standort | Handwerksbetriebe | Lage gut (%) | Schwerpunkt vor Ort" in
  which two towns' specialities are given only in the table.
* ``b57-sicily-calabria-ship-chandler-customer-letter.docx``: a ship chandler's winter service
  letter with headings, a bullet list of ports, a caption and a table whose cargo column gives
  its unit and year only in the header.

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

NORTHWEST_ESSAY = [
    ("title", "Shingles, Pulp and Jetliners: How Four Northwest Towns Changed Their Trades"),
    ("subtitle", "An essay by Margaret Hollis, economic historian · Salish Sea Review, Autumn 2024"),
    ("h", "Towns that switch"),
    ("p", "Economic historians have a weakness for towns that die. The closed mill and the empty "
          "main street make for a tidy story with a clear ending. The towns I find more instructive "
          "are the ones that did something harder: they changed what they make without moving an "
          "inch. Between Puget Sound and the dry interior of British Columbia there are several of "
          "them. None is a big city, and together they explain the region better than Seattle's "
          "skyline does. Captain George Vancouver sailed past most of them in 1792 without noticing "
          "either the coal or the cedar; it took another century for anyone to get rich here."),
    ("h", "Everett: from the City of Smokestacks to the widebody line"),
    ("p", "Everett was laid out in the early 1890s with money from eastern investors and took its "
          "name from Everett Colby, the teenage son of one of them. By 1910 it called itself the "
          "City of Smokestacks: a dozen sawmills and shingle mills lined the bay, and cedar shingles "
          "from its waterfront covered roofs across half the continent. None of those mills is "
          "left. The last pulp mill on the bay closed in 2012, and the shingle trade had gone long "
          "before."),
    ("p", "What replaced them arrived in 1967, when a plane maker in search of room for its first "
          "jumbo jet chose a stretch of land beside the county airfield. Today Everett is where that "
          "company's widebody jets are assembled, in a hall often described as the largest building "
          "in the world by volume. The town also makes electronic test instruments: a firm that "
          "started in a basement has built its handheld meters in Everett for half a century. The "
          "harbour that once loaded shingles now operates as the Port of Everett, the third-largest "
          "container port in Washington, and wing and fuselage sections make up a good share of "
          "what crosses its quays. Everett's sister city, Iwakuni in Japan, sends a delegation most "
          "summers."),
    ("h", "Nanaimo: coal, then pulp, then people"),
    ("p", "Nanaimo, halfway up the east coast of Vancouver Island, began as a coal town. The Hudson's "
          "Bay Company opened the first pit in the 1850s, and for a hundred years the seams under "
          "the harbour fed steamships up and down the coast. The last large mine closed in the "
          "1950s. By then the city had found its next trade: its pulp mill, on the harbour south "
          "of the centre, opened in 1950, has been partly owned by its own workers since 2008 and "
          "still makes kraft pulp for paper makers in Asia. Today, though, health care employs "
          "more people in Nanaimo than the mill does."),
    ("p", "The port authority's deep-sea terminal handled about 2.2 million tonnes in 2023, mostly "
          "lumber, pulp and imported vehicles. The Nanaimo bar, a no-bake dessert of crumbs, custard "
          "and chocolate, carries the city's name around the world, but it is made in home kitchens "
          "everywhere rather than in any local factory. Since 1996 Nanaimo has been twinned with "
          "Futtsu, a town on Tokyo Bay."),
    ("pagebreak",),
    ("h", "Port Alberni: the paper holdout"),
    ("p", "Across the island, at the head of a long inlet, Port Alberni still makes paper, which is "
          "more than most mill towns on this coast can say. Its newsprint machines were rebuilt for "
          "lighter grades in the 2000s, and the mill remains the largest private employer in the "
          "valley. As my late colleague Ian Duncan liked to say, the town survived by being too "
          "stubborn to notice that paper was finished."),
    ("h", "Kamloops: where the railways meet"),
    ("p", "Kamloops grew where the North and South Thompson rivers join and where, later, two "
          "transcontinental railways crossed. In Kamloops, freight handling and warehousing still "
          "employ thousands along the rail yards, and the city's pulp mill on the river west of "
          "downtown has run since 1965. Visitors often speak of Kamloops copper, but the ore comes "
          "from Highland Valley, near the small town of Logan Lake, an hour's drive away, and the "
          "mine belongs to the valley rather than to the city. Cattle ranching, likewise, is a "
          "business of the surrounding grasslands. Kamloops has been twinned with Uji, south of "
          "Kyoto, since 1990."),
    ("h", "Prince Rupert, and the lesson"),
    ("p", "For contrast, look north. Prince Rupert was a cannery town until its last large cannery "
          "closed in 2015. It had already bet on containers: Prince Rupert, now Canada's "
          "third-busiest container port, moved just over a million TEU in 2022, almost all of it "
          "on trains bound for the American Midwest."),
    ("p", "None of these switches was planned by anyone. Everett and Nanaimo exchanged delegations "
          "in 1988 and talked about twinning, but no agreement was ever signed, and the state and "
          "provincial development plans of the period mention none of the trades that later saved "
          "these towns. What the four share is duller and more durable: deep water or a rail "
          "junction, a skilled workforce that stayed put, and one large employer willing to take "
          "a chance on them. Historians should spend less time at the graveside and more on the "
          "shop floor."),
]

OBERFRANKEN = [
    ("title", "Konjunkturbericht Herbst 2024: Das oberfränkische Handwerk zwischen Auftragsdelle "
              "und Fachkräftemangel"),
    ("subtitle", "Handwerkskammer für Oberfranken · Ergebnisse der Herbstumfrage unter 1.140 "
                 "Mitgliedsbetrieben · Bayreuth, 15. Oktober 2024"),
    ("h", "Gesamtlage: spürbar abgekühlt"),
    ("p", "Das Handwerk in Oberfranken blickt deutlich vorsichtiger auf die kommenden Monate als im "
          "Frühjahr. Der Geschäftsklimaindex der Kammer sank von 118 auf 109 Punkte. Noch 79 Prozent "
          "der befragten Betriebe bewerten ihre wirtschaftliche Lage als gut oder befriedigend, im "
          "Herbst 2023 waren es 84 Prozent. Die Auftragsreichweite ging im Durchschnitt aller "
          "Gewerke von 9,4 auf 8,1 Wochen zurück. „Die Stimmung ist nicht schlecht, aber sie ist "
          "müde“, fasst Hauptgeschäftsführerin Dr. Petra Wunsiedel die Ergebnisse zusammen."),
    ("p", "Weiterhin größtes Problem bleibt der Fachkräftemangel. Fast jeder zweite Betrieb konnte "
          "2024 offene Stellen nicht besetzen, und viele Gesellen pendeln nach Erlangen, Fürth und "
          "Nürnberg, wo Industrie und Dienstleister höhere Löhne zahlen."),
    ("h", "Bau- und Ausbaugewerbe"),
    ("p", "Am stärksten trifft die Flaute das Bauhauptgewerbe. Auf dem Hof vieler Baubetriebe stehen "
          "Bagger und Kräne still, weil private Bauherren ihre Projekte verschieben. Wie schwach "
          "die Baukonjunktur ist, zeigt auch der Hafen Bamberg: Der größte Hafen Oberfrankens schlug "
          "2023 rund 0,9 Mio. Tonnen um, nach 1,0 Mio. Tonnen im Vorjahr. Vor allem Sand, Kies und "
          "Baustoffe wurden weniger verschifft. Im Fichtelgebirge brechen die Steinbrüche zwar "
          "weiter Granit, verkaufen aber weniger Pflastersteine als im Vorjahr."),
    ("h", "Die Regionen im Überblick"),
    ("p", "Die Bamberger Wirtschaft ruht auf zwei Säulen: Ein großes Werk für Einspritztechnik "
          "beliefert Automobilhersteller in ganz Europa, und rund ein Dutzend Brauereien brauen in "
          "der Stadt ihr Rauchbier und andere Spezialitäten. Die Handwerksbetriebe, die dem Werk "
          "zuarbeiten, spüren dort jede Woche Kurzarbeit unmittelbar. "
          "Bamberg und Villach sind seit 1973 Partnerstädte; im September reiste eine Gruppe "
          "Bamberger Zimmerer zum Erfahrungsaustausch nach Kärnten."),
    ("p", "Kulmbach, Sitz einer großen Brauereigruppe, meldet stabile Umsätze. Lichtenfels gilt seit Generationen als Hochburg des "
          "Korbmacherhandwerks; die Staatliche Berufsfachschule für Flechtwerkgestaltung bildet "
          "dort weiterhin Nachwuchs aus. In Selb wird seit dem 19. Jahrhundert Porzellan gebrannt, "
          "und die Manufakturen suchen händeringend Porzellanmalerinnen. Die letzte Porzellanfabrik "
          "im benachbarten Arzberg dagegen hat schon 2013 geschlossen."),
    ("pagebreak",),
    ("p", "In Neustadt bei Coburg ist die Puppen- und Spielwarenherstellung bis heute zu Hause, "
          "auch wenn die meisten Betriebe nur noch eine Handvoll Beschäftigte haben. Im Landkreis "
          "Kronach prägen Glashütten und Holzverarbeitung das Bild, im Frankenwald vor allem "
          "Sägewerke; beides ist Sache der ländlichen Gemeinden und nicht einer einzelnen Stadt. "
          "Bayreuth, Partnerstadt des französischen Annecy, meldet eine etwas bessere Lage als "
          "der Kammerdurchschnitt."),
    ("caption", "Tabelle 2: Ausgewählte Standorte – Handwerksbetriebe, Lagebeurteilung und "
                "Schwerpunkt vor Ort (Herbstumfrage 2024)"),
    ("table", [
        ["Standort", "Handwerksbetriebe", "Lage gut (%)", "Schwerpunkt vor Ort"],
        ["Bamberg", "1.480", "48", "Brauereien"],
        ["Bayreuth", "1.210", "45", "Orgelbau"],
        ["Forchheim", "720", "50", "Medizintechnik"],
        ["Kulmbach", "610", "43", "Fleischwaren"],
        ["Lichtenfels", "540", "39", "Korbflechterei"],
        ["Selb", "330", "35", "Porzellan"],
    ], [35, 38, 30, 60]),
    ("h", "Ausbildung und Kooperationen"),
    ("p", "Die Zahl der neuen Ausbildungsverträge stieg um 3 Prozent auf 2.860. Besonders gefragt "
          "waren Elektroniker, Kfz-Mechatroniker und Anlagenmechaniker. Die Kooperation der Kammer "
          "mit der Handwerkskammer in Pilsen wurde um drei Jahre verlängert; sie umfasst "
          "gemeinsame Meisterkurse und Praktika für tschechische Auszubildende in oberfränkischen "
          "Betrieben. Eine Partnerschaft zwischen zwei Städten ist damit nicht verbunden."),
    ("h", "Ausblick"),
    ("p", "Für das Winterhalbjahr erwarten 31 Prozent der Betriebe sinkende Umsätze, nur 12 Prozent "
          "steigende. Die Kammer fordert schnellere Genehmigungen für den Wohnungsbau und eine "
          "Entlastung bei den Energiekosten. Im Lauf des Frühjahrs 2025 legt sie den nächsten "
          "Konjunkturbericht vor."),
    ("p", "Methodik: Online-Befragung vom 2. bis 20. September 2024, 1.140 auswertbare Antworten. "
          "Rückfragen an die Abteilung Wirtschaftspolitik der Kammer."),
]

CHANDLER_LETTER = [
    ("title", "Winter Service Letter 2024/25"),
    ("subtitle", "Trinacria Ship Supply S.r.l. · Augusta, Sicily · to our customers, masters and "
                 "superintendents · 2 December 2024"),
    ("h", "Dear customers"),
    ("p", "Thank you for another busy year. Our launches and vans delivered provisions, deck and "
          "engine stores and bonded goods to more than 1,400 vessels in 2024, and our complaint "
          "rate fell again. This letter sums up what changes for the winter season: a new base in "
          "Calabria, our order deadlines, and a few things happening in the ports we serve."),
    ("h", "A new warehouse in Gioia Tauro"),
    ("p", "On 7 January we open our second warehouse inside the port area of Gioia Tauro. Gioia "
          "Tauro is Italy's largest transshipment hub and handled about 3.5 million TEU last year, "
          "so many of you now call there more often than in Augusta. The orange groves, kiwi "
          "orchards and olive trees you see from the access road belong to the farms of the Piana "
          "di Gioia Tauro, the plain around the port, and not to the town. Since 2022 Gioia Tauro "
          "and Port Said have been linked by a sister-port agreement, and we expect more "
          "Suez-bound calls to stop for stores on the way."),
    ("h", "Port by port"),
    ("bullets", [
        "Augusta – our home port. Augusta's economy rests on the oil refinery on the northern shore "
        "of the bay, and the petrochemical plants of Priolo Gargallo lie a few kilometres to the "
        "south. Augusta is one of the largest oil ports in the Mediterranean, so tanker crews make "
        "up most of our trade.",
        "Catania – deliveries to the commercial and cruise berths within four hours. Catania is "
        "where a large share of Italy's microchips is made, and engineers flying in for the "
        "semiconductor plant often ask us to hold spare parts in bond. When ash from Etna closes "
        "the airport, allow an extra day.",
        "Syracuse (Siracusa) – yachts and cruise ships at anchor; deliveries by launch only.",
        "Messina – ferry and cruise port on the Strait. The yards in Messina build hydrofoils and "
        "fast ferries, and we supply vessels under repair there. The ferries that shuttle between "
        "Messina, Villa San Giovanni and Reggio Calabria all day are not our customers.",
        "Milazzo – tanker calls at the refinery jetty; Milazzo is home to one of the largest "
        "refineries in southern Italy. Ferries leave from here for Lipari and the other Aeolian "
        "Islands.",
        "Palermo – the shipyard in Palermo repairs and builds cruise ships and ferries, and we "
        "deliver straight to the dry dock.",
        "Pozzallo – stores on request only for the fast ferries to Valletta.",
    ]),
    ("h", "Order deadlines and port traffic"),
    ("p", "Please send orders by e-mail or through the portal before the deadlines below. For "
          "planning, the table also gives each port's cargo traffic."),
    ("caption", "Table 1: Order deadlines before ETA, delivery mode and cargo handled in 2023"),
    ("table", [
        ["Port", "Order deadline before ETA", "Delivery", "Cargo handled 2023 (million t)"],
        ["Augusta", "24 h", "launch / van", "26.0"],
        ["Catania", "24 h", "van", "9.1"],
        ["Syracuse", "36 h", "launch", "–"],
        ["Messina", "24 h", "van", "–"],
        ["Milazzo", "36 h", "launch / van", "13.8"],
        ["Palermo", "48 h", "van", "6.7"],
        ["Gioia Tauro", "24 h", "van", "34.5"],
        ["Pozzallo", "48 h", "van", "–"],
    ], [30, 40, 35, 45]),
    ("h", "Other news"),
    ("bullets", [
        "Wine for the captain's table: we now stock Marsala and Nero d'Avola as well as the usual "
        "spirits.",
        "Termini Imerese, whose car plant closed in 2011, is now only an occasional call for us; "
        "please order at least 72 hours ahead.",
        "Augusta has been twinned with its American namesake, Augusta in Georgia, since 2004, and a "
        "delegation from Georgia visits for the May festival. Expect road closures near the "
        "harbour.",
        "A port agreement between Augusta and Marsaxlokk in Malta has been under discussion since "
        "the spring, but nothing has been signed yet.",
    ]),
    ("p", "For account questions, please contact Ms. Carla Ragusa, our accounts manager. We wish "
          "you calm seas and a good season."),
    ("p", "Giovanni Amato, Managing Director"),
]


PDFS = {
    "b57-northwest-towns-economic-history-essay.pdf": dict(
        blocks=NORTHWEST_ESSAY,
        header="Salish Sea Review · Essays in Economic History · No. 14 · Autumn 2024",
        footer="Salish Sea Review 14 – page {n}", lang="en",
        title="Shingles, Pulp and Jetliners: How Four Northwest Towns Changed Their Trades"),
    "b57-hwk-oberfranken-konjunkturbericht.pdf": dict(
        blocks=OBERFRANKEN,
        header="Handwerkskammer für Oberfranken · Konjunkturbericht Herbst 2024",
        footer="HWK Oberfranken · Konjunkturbericht Herbst 2024 · Seite {n} von 2", lang="de",
        title="Konjunkturbericht Herbst 2024: Das oberfränkische Handwerk"),
}
DOCXS = {
    "b57-sicily-calabria-ship-chandler-customer-letter.docx": dict(
        blocks=CHANDLER_LETTER, title="Winter Service Letter 2024/25"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_57.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
