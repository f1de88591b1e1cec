#!/usr/bin/env python3
"""Build the fifteenth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_15.py [--out DIR]

Companion to ``build_dev_samples_6.py`` and the other batch scripts, with the
same guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. See the
section "Development batch 15" in ``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``france-channel-atlantic-ports-market-guide.pdf``: two pages, a UK freight
  forwarder's market guide, running header, footer "Harbourline Market Guide |
  page N of 2", a drawn table "Port | Local industries | Tonnage (m t) |
  TEU (000)" whose units are given only in the column headers; one row is a
  port authority spanning two cities, and one city's industry and one port's
  tonnage are given only in the table.
* ``ihk-oberfranken-konjunktur-partnerschaftsbericht.pdf``: two pages, a
  chamber's business-climate and partnership report, running header, footer
  "Seite N von 2", a drawn table "Standort | Schwerpunktbranchen | Lage-Saldo |
  Exportquote (%)" in which two towns' industries appear only in the table.
* ``westkueste-standortbroschuere.docx``: a development agency's location
  brochure with headings, a caption and a table of locations, lead sectors,
  port throughput (unit "Tsd. t" only in the header) and free land; one row
  is a district (Kreis), one town's industry is given only in the table.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian
package ``fonts-dejavu-core``).
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"

# This batch's DOCX timestamp (core properties and zip entries).
BATCH15_TIME = dt.datetime(2024, 8, 1, 9, 0, 0)

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only.

FRANCE = [
    ("title", "France: Channel and Atlantic Ports"),
    ("subtitle", "Market guide for UK exporters · Harbourline Forwarding Ltd, Felixstowe · "
                 "March 2024"),
    ("h", "Why look beyond Calais?"),
    ("p", "Most British exporters still cross the Short Strait, from Dover to Calais. For "
          "consignees in western France, the ports of Normandy, the Loire estuary and the Gironde "
          "are often closer and less crowded. This guide looks at five port cities and their "
          "industries."),
    ("h", "Le Havre"),
    ("p", "Le Havre, at the mouth of the Seine, is France’s largest container port. Its quays "
          "handled about 2.9 million TEU in 2023, and the deep-water basin known as Port 2000 is "
          "designed for roughly 6 million TEU a year once its last berths are finished. Since 2021 "
          "Le Havre, Rouen and Paris have formed a single port authority, HAROPA Port, which "
          "reported a combined throughput of about 80 million tonnes; that figure covers all three "
          "cities and should not be compared with single ports."),
    ("p", "The city is more than a gateway. Its industrial zone holds an oil refinery and a large "
          "petrochemical complex, an aerospace supplier builds engine nacelles on the northern "
          "plateau, and logistics firms are the largest private employers."),
    ("h", "Rouen"),
    ("p", "Upstream on the Seine, Rouen is Europe’s leading port for grain exports: in 2023 about "
          "8 million tonnes of wheat and barley left its silos. The city itself lives from chemicals, "
          "pharmaceuticals and a large paper mill on the left bank, and the Rouennais "
          "automotive suppliers work for car plants across northern France."),
    ("p", "Normandy as a whole is famous for cheese and cider, which we carry through Caen and "
          "Cherbourg."),
    ("h", "Nantes and Saint-Nazaire"),
    ("p", "The Loire estuary has one port authority, Nantes Saint-Nazaire Port, with terminals "
          "from Nantes down to Donges and Montoir-de-Bretagne. It handled about 27 million tonnes "
          "in 2023 and ranks fourth in France, figures that belong to the whole estuary. The container terminal at Montoir-de-Bretagne "
          "moved some 150,000 TEU in the same year, and Donges is home to the refinery that "
          "supplies much of western France."),
    ("p", "Nantes has a broad economy built on food processing, aeronautics and a fast-growing "
          "digital sector, and the city is also the regional centre for banking and insurance. "
          "Saint-Nazaire is a shipbuilding town: the yard at the mouth of the Loire builds some of "
          "the world’s largest cruise ships, and an aircraft plant next to it assembles fuselage "
          "sections. Since 2019 a factory in the port has made generators for offshore wind "
          "turbines."),
    ("h", "Bordeaux"),
    ("p", "The name Bordeaux is known worldwide from wine labels, but the grapes grow in the "
          "vineyards of the Gironde, and for a forwarder the wine is export cargo: cases of claret "
          "and cognac travel to the UK in containers via Le Havre or by truck. The city’s own "
          "economy leans on aerospace and defence, with makers of rocket motors and military jets, "
          "and on a growing laser and optics cluster. The Port of Bordeaux handled about 6 million "
          "tonnes in 2023, mainly oil products, cereals and timber."),
    ("pagebreak",),
    ("h", "The ports at a glance"),
    ("caption", "Table 1: Port cities of the Channel and Atlantic coasts, 2023"),
    ("table", [
        ["Port", "Local industries", "Tonnage (m t)", "TEU (000)"],
        ["Le Havre", "refining, petrochemicals, aerospace", "61.0", "2,900"],
        ["Rouen", "chemicals, paper, pharmaceuticals", "20.0", "–"],
        ["Nantes Saint-Nazaire", "shipbuilding, aeronautics, food", "27.0", "150"],
        ["Bordeaux", "aerospace, defence, optics", "6.0", "–"],
        ["Cherbourg", "submarine building", "2.5", "–"],
    ], [40, 67, 34, 27]),
    ("h", "Links and partners"),
    ("p", "Ferries connect Portsmouth with Le Havre, Caen and Cherbourg, and Poole with Cherbourg in "
          "summer; our own weekly trailer service runs from Felixstowe to Rouen."),
    ("p", "Several of these cities have long ties with Britain. Le Havre has been twinned with "
          "Southampton since 1973, and Rouen with Norwich since 1959. Nantes and Cardiff became twin "
          "cities in 1964; the two cities marked sixty years of friendship this spring. Bordeaux’s "
          "twinning with Bristol dates back to 1947, one of the first after the war. On the port "
          "side, the port authorities of Bordeaux and Bilbao signed a cooperation agreement in 2021 "
          "on short-sea services and shore power."),
    ("p", "Saint-Nazaire and Sunderland, both shipbuilding towns, have talked about a twinning for "
          "years, but nothing has been signed. Talks between HAROPA Port and the Port of Tilbury on "
          "a joint green corridor were still under way when this guide went to print, and a "
          "delegation from Norwich visited the Rouen grain terminal in October."),
    ("h", "Practical tips"),
    ("p", "Every load needs export and import declarations, and food and drink also need health "
          "certificates."),
    ("p", "Your contact: Oliver Brest, Senior Account Manager, Harbourline Forwarding Ltd."),
]

OBERFRANKEN = [
    ("title", "Konjunktur- und Partnerschaftsbericht Oberfranken"),
    ("subtitle", "Frühjahr 2024 · Ergebnisse der Konjunkturumfrage und Bericht über die "
                 "internationalen Partnerschaften der Region"),
    ("h", "Die Lage: Industrie unter Druck, Dienstleister stabil"),
    ("p", "Der IHK-Konjunkturklimaindex für Oberfranken ist im Frühjahr 2024 leicht auf 98 Punkte "
          "gestiegen. An der Umfrage haben sich 512 Unternehmen beteiligt. Oberfranken zählt zu den "
          "industriestärksten Regionen Europas; die Region ist seit jeher von Keramik, Textil und "
          "Kunststoff geprägt. Gerade die energieintensiven Betriebe klagen aber über hohe Strom- "
          "und Gaspreise, und der Versicherer HUK-Coburg warnt vor steigenden Schäden durch "
          "Unwetter."),
    ("h", "Branchen und Standorte"),
    ("p", "In Selb, der Porzellanstadt, stellen Betriebe Tafelporzellan und technische Keramik her; "
          "die Selber Keramikindustrie profitiert derzeit von der Nachfrage der Halbleiterfertigung "
          "nach Hochleistungskeramik. Hof an der Saale ist traditionell Textilstandort, heute "
          "dominieren dort Vliesstoffe und technische Textilien. Ein Landwirt aus dem Frankenwald, "
          "der auf seinem Hof eine Biogasanlage betreibt, berichtete uns von deutlich gesunkenen "
          "Einspeisevergütungen."),
    ("p", "Bamberg lebt von der Automobilzulieferindustrie – das größte Werk der Stadt fertigt "
          "Einspritztechnik –, von seinen Brauereien und vom Tourismus in der Welterbe-Altstadt. "
          "Das Bamberger Rauchbier geht inzwischen in 40 Länder. Kulmbach nennt sich gern die "
          "heimliche Hauptstadt des Bieres. Die Kulmbacher Lebensmittelwirtschaft reicht von "
          "Fleisch- und Wurstwaren bis zu Gewürzmischungen; die größte Brauerei, die Kulmbacher "
          "Brauerei AG, meldet stabile Absätze."),
    ("p", "In Bayreuth sind die Zigarettenfabrik eines internationalen Tabakkonzerns und ein "
          "Hersteller von Kompressionsstrümpfen und Bandagen die größten Industriearbeitgeber. "
          "Lichtenfels, die Deutsche Korbstadt, ist heute Standort von Polstermöbel- und "
          "Medizintechnikherstellern. Der Polymerspezialist Rehau, der größte Arbeitgeber im "
          "Landkreis Hof, hat neue Investitionen angekündigt."),
    ("caption", "Tabelle 1: Geschäftslage nach IHK-Gremien, Frühjahr 2024"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Lage-Saldo", "Exportquote (%)"],
        ["Bayreuth", "Tabak, Medizinprodukte", "+12", "41"],
        ["Bamberg", "Automobilzulieferer, Brauereien", "+4", "55"],
        ["Hof", "Textil, Vliesstoffe", "–6", "48"],
        ["Kulmbach", "Lebensmittel, Brauereien", "+9", "30"],
        ["Selb", "Porzellan, technische Keramik", "–11", "62"],
        ["Forchheim", "Medizintechnik", "+18", "70"],
        ["Kronach", "Elektronik, Glas", "–2", "52"],
    ], [30, 72, 30, 38]),
    ("pagebreak",),
    ("h", "Häfen und Logistik"),
    ("p", "Der bayernhafen Bamberg am Main-Donau-Kanal ist der größte Hafen Oberfrankens. Er schlug "
          "2023 rund 0,9 Mio. Tonnen um, vor allem Baustoffe, Agrargüter und Schrott, und ist auf "
          "1,5 Mio. Tonnen im Jahr ausgelegt. Für Überseecontainer nutzen die meisten Betriebe die "
          "Bahnverbindungen von Nürnberg und Hof zu den Nordseehäfen."),
    ("h", "Internationale Partnerschaften"),
    ("p", "Städtepartnerschaften sind für viele Mitgliedsunternehmen ein Türöffner, vor allem in "
          "Frankreich, Italien und Tschechien. Wir geben einen Überblick über die wichtigsten "
          "Verbindungen der oberfränkischen Städte."),
    ("p", "Bayreuth und Annecy sind seit 1966 Partnerstädte; der Austausch von Auszubildenden "
          "zwischen den Handwerkskammern gehört seit Jahren zum festen Programm. Bamberg ist mit "
          "dem Kärntner Villach verschwistert. Kulmbach pflegt eine Partnerschaft mit Lugo in der "
          "Romagna; die Stadt darf nicht mit dem spanischen Lugo verwechselt werden."),
    ("p", "Hof und Ogden im US-Bundesstaat Utah verbindet eine der ältesten deutsch-amerikanischen "
          "Städtepartnerschaften: Die beiden Städte feiern 2024 ihr 70-jähriges Jubiläum. Selb und "
          "das tschechische Aš (Asch) haben 1991 eine Städtefreundschaft geschlossen; 2023 "
          "richteten sie gemeinsam eine grenzüberschreitende Gartenschau aus."),
    ("p", "Noch nicht besiegelt ist eine Partnerschaft zwischen Marktredwitz und Eger (Cheb): Der "
          "Stadtrat will im Herbst darüber beraten. Die Elektrifizierung der Bahnstrecke von "
          "Nürnberg über Marktredwitz nach Eger lässt dagegen weiter auf sich warten."),
    ("h", "Kooperationen der IHK"),
    ("p", "Die IHK kooperiert mit der Regionalen Wirtschaftskammer Pilsen in den Bereichen "
          "Fachkräftesicherung und Kreislaufwirtschaft. Eine Delegation aus Prag besuchte im März "
          "die Porzellanbetriebe in Selb. Im Juni reist eine oberfränkische Unternehmergruppe nach "
          "Leipzig zur Messe für Zulieferer."),
    ("h", "Ausblick"),
    ("p", "Für das zweite Halbjahr erwarten 23 Prozent der Betriebe bessere Geschäfte, 27 Prozent "
          "schlechtere. Die IHK fordert verlässliche Energiepreise und schnellere Genehmigungen. "
          "Ansprechpartner: Dr. Thomas Wunsiedler, Bereich International."),
]

WESTKUESTE = [
    ("title", "Standort Westküste: Energie, Industrie, Meer"),
    ("subtitle", "Standortbroschüre 2024 · Entwicklungsgesellschaft Nordsee-Westküste mbH, Heide"),
    ("h", "Eine Region im Wandel"),
    ("p", "Zwischen Elbe und Eider, zwischen Nordsee und Nord-Ostsee-Kanal liegt die Westküste "
          "Schleswig-Holsteins. Die Kreise Dithmarschen, Steinburg und Nordfriesland erzeugen weit "
          "mehr Windstrom, als sie verbrauchen – ein Standortvorteil für energieintensive Betriebe. "
          "Dithmarschen gilt außerdem als größtes geschlossenes Kohlanbaugebiet Europas. Hamburg, "
          "Deutschlands größter Seehafen, ist von Itzehoe aus in einer knappen Stunde erreichbar."),
    ("h", "Brunsbüttel: Industrie am seeschifftiefen Wasser"),
    ("p", "Brunsbüttel ist das industrielle Herz der Westküste. Im ChemCoast Park an der Elbe "
          "haben sich Chemie- und Petrochemiebetriebe sowie ein Hersteller von Industriegasen "
          "angesiedelt. Seit 2023 wird an einem schwimmenden Terminal außerdem Flüssigerdgas "
          "angelandet."),
    ("p", "Die drei Häfen der Stadt – Elbehafen, Ölhafen und Hafen Ostermoor – schlugen 2023 "
          "zusammen rund 12,5 Mio. Tonnen um. Damit ist Brunsbüttel nach Lübeck der zweitgrößte "
          "Hafenstandort Schleswig-Holsteins. Brunsbüttel Ports und der Hafen Esbjerg haben 2022 "
          "eine Kooperationsvereinbarung unterzeichnet, die sich auf die Logistik für Offshore-"
          "Windparks konzentriert."),
    ("h", "Heide: Kreisstadt mit Energieprojekten"),
    ("p", "In Heide selbst prägen Einzelhandel und Gesundheitswesen den Arbeitsmarkt; das Klinikum "
          "ist der größte Arbeitgeber der Stadt. Die Raffinerie im benachbarten Hemmingstedt "
          "verarbeitet seit den 1940er-Jahren Rohöl. Der Bau einer Batteriezellfabrik am Stadtrand "
          "ist beschlossen, liegt aber derzeit auf Eis; eine Partnerschaft mit Skellefteå, dem "
          "Sitz des Investors, war im Gespräch, ist aber nicht zustande gekommen. Im Reallabor "
          "Westküste 100 arbeiten Unternehmen aus der Region an grünem Wasserstoff."),
    ("h", "Husum: Windenergie und Tourismus"),
    ("p", "Husum, die „graue Stadt am Meer“, ist das Zentrum der Windbranche an der Küste: "
          "Projektentwickler, Servicefirmen und Planungsbüros für Windparks haben hier ihren Sitz. "
          "Daneben lebt die Stadt vom Tourismus. Alle zwei Jahre zeigt die Messe HUSUM Wind "
          "Rotorblätter, Kräne und Serviceschiffe. Der Husumer Hafen schlug 2023 rund 150.000 "
          "Tonnen um, überwiegend Baustoffe und Agrargüter."),
    ("p", "Husum pflegt seit 1985 eine Städtepartnerschaft mit dem dänischen Tondern (Tønder). "
          "Ausflugsschiffe fahren von Husum und von Büsum nach Helgoland; das sind "
          "Linienverbindungen, keine Kooperationen."),
    ("h", "Itzehoe: Mikroelektronik an der Stör"),
    ("p", "Itzehoe ist die größte Stadt der Westküste und Sitz eines Fraunhofer-Instituts für "
          "Siliziumtechnologie. Rund um das Institut haben sich Firmen der Mikroelektronik und der "
          "Mikrosystemtechnik angesiedelt. Die Druckindustrie, einst größter Arbeitgeber der "
          "Stadt, ist mit der Schließung der Großdruckerei im Jahr 2014 verschwunden."),
    ("p", "Im nahen Lägerdorf wird seit über 150 Jahren Zement aus Kreide gebrannt, und Glückstadt "
          "an der Elbe ist Standort einer Papierfabrik. Itzehoe ist mit Cirencester in England, La "
          "Couronne in Frankreich und Pritzwalk in Brandenburg verschwistert; die Partnerschaft mit "
          "Pritzwalk besteht seit 1990."),
    ("h", "Büsum: Krabben, Algen und Gäste"),
    ("p", "Büsum lebt vom Tourismus und von der Krabbenfischerei; ein großer Teil der "
          "Nordseekrabben Schleswig-Holsteins wird hier angelandet. Mit einer Versuchsanlage für "
          "Mikroalgen baut der Ort zudem einen Schwerpunkt in der blauen Biotechnologie auf."),
    ("h", "Standorte im Überblick"),
    ("caption", "Tabelle 1: Ausgewählte Standorte der Westküste"),
    ("table", [
        ["Standort", "Schwerpunktbranchen", "Hafenumschlag 2023 (Tsd. t)", "Freie Gewerbefläche (ha)"],
        ["Brunsbüttel", "Chemie, Petrochemie, Industriegase", "12.500", "80"],
        ["Heide", "Einzelhandel, Gesundheitswesen", "–", "25"],
        ["Husum", "Windenergie, Tourismus", "150", "12"],
        ["Itzehoe", "Mikroelektronik, Mikrosystemtechnik", "–", "18"],
        ["Büsum", "Tourismus, Krabbenfischerei", "60", "3"],
        ["Meldorf", "Lebensmittelverarbeitung", "–", "9"],
        ["Kreis Steinburg", "Zement, Papier", "–", "40"],
    ]),
    ("h", "Ihr Kontakt"),
    ("p", "Entwicklungsgesellschaft Nordsee-Westküste mbH, Markt 12, Heide. Ansprechpartnerin für "
          "Ansiedlungen: Dr. Anke Tönning."),
]


PDFS = {
    "france-channel-atlantic-ports-market-guide.pdf": dict(
        blocks=FRANCE, header="Harbourline Forwarding · Market Guide for UK Exporters · "
                              "France: Channel and Atlantic Ports · 2024",
        footer="Harbourline Market Guide | page {n} of 2", lang="en",
        title="France: Channel and Atlantic Ports – Market Guide for UK Exporters"),
    "ihk-oberfranken-konjunktur-partnerschaftsbericht.pdf": dict(
        blocks=OBERFRANKEN, header="IHK für Oberfranken · Konjunktur- und Partnerschaftsbericht "
                                   "Frühjahr 2024",
        footer="Seite {n} von 2", lang="de",
        title="Konjunktur- und Partnerschaftsbericht Oberfranken – Frühjahr 2024"),
}
DOCXS = {
    "westkueste-standortbroschuere.docx": dict(
        blocks=WESTKUESTE, title="Standort Westküste: Energie, Industrie, Meer",
        when=BATCH15_TIME),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_15.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
