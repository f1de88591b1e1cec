#!/usr/bin/env python3
"""Build batch 38 of the PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_38.py [--out DIR]

Same guarantees as the other ``build_dev_samples_*.py`` scripts: the texts are embedded
below, and the output is deterministic (reportlab runs in invariant mode; DOCX core
properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout
helpers (fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b38-esch-industriemuseum-besucherbroschuere.pdf``: industrial heritage museum's visitor
  brochure (German), two pages, running header, footer "Besucherinformation · Seite N/2",
  a tour as bullets and a drawn table "Ort | Früher | Heute" whose "Früher" column lists
  closed industries and whose "Heute" column gives one town's industry only in the table;
  one row is a region.
* ``b38-east-lombardy-chamber-member-survey.pdf``: chamber's membership survey results
  (English), two pages, running header, footer "Member Survey 2024 – page N of 2", a drawn
  table "Town | Replies | Main sectors of respondents | Higher sales (%)"; one row is a valley
  district, and one town's sectors are partly given only in the table.
* ``b38-stadtwerke-weser-aller-geschaeftsbericht.docx``: municipal utility's annual report
  excerpt (German) with headings, a caption and a table of large customers by town and sector
  (one row is a Landkreis, one town's industries are given only in the table).

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

ESCH = [
    ("title", "Museum Eisen & Erz Minett – Besucherbroschüre"),
    ("subtitle", "Esch-sur-Alzette · Ausgabe 2024 · Deutsch"),
    ("h", "Willkommen im Land der roten Erde"),
    ("p", "Herzlich willkommen in Esch-sur-Alzette, der zweitgrößten Stadt Luxemburgs und dem "
          "Herzen des Minett. So heißt der Süden des Landes nach der Minette, dem eisenhaltigen "
          "Gestein, das hier zwischen 1870 und 1981 abgebaut wurde. Bitte verwechseln Sie unsere "
          "Stadt nicht mit Esch-sur-Sûre im Norden: Dort gibt es eine Burg und einen Stausee, "
          "aber kein Erz."),
    ("p", "Das Museum ist in der ehemaligen Gebläsehalle eines Hüttenwerks untergebracht. Der "
          "Rundgang führt in etwa zwei Stunden vom Stollen über den Hochofen bis zum Walzwerk. "
          "Für Schulklassen bieten wir Führungen auf Luxemburgisch, Deutsch und Französisch an."),
    ("h", "Rundgang"),
    ("bullets", [
        "Station 1: Grubenbahn und Stollen – wie die Minette gefördert wurde",
        "Station 2: Hochofen – Koks, Erz und Kalk",
        "Station 3: Thomasstahl – warum die Schlacke zum Dünger wurde",
        "Station 4: Arbeiterleben – Einwanderung aus Italien und Portugal",
    ]),
    ("p", "Die Hochöfen von Belval wurden 1997 stillgelegt; zwei von ihnen sind erhalten und "
          "können bis zur Gichtbühne bestiegen werden. Das Elektrostahlwerk im benachbarten "
          "Schifflange lief noch bis 2020, dann wurde auch es geschlossen."),
    ("h", "Wirtschaft der Region heute"),
    ("p", "Eisenerz wird weder in Luxemburg noch in Lothringen mehr gefördert. Lothringen war "
          "über ein Jahrhundert das Zentrum der französischen Eisen- und Stahlindustrie; heute "
          "ist die Region vor allem für Automobilzulieferer und Logistik bekannt. Das ist eine "
          "Aussage über die ganze Region, nicht über einzelne Städte."),
    ("p", "Esch-sur-Alzette selbst hat sich neu erfunden. Auf den Industriebrachen von Belval "
          "sind die Universität, mehrere Forschungsinstitute und ein großes Rechenzentrum "
          "entstanden. Die Stadt ist heute ein Standort der Materialforschung, der "
          "IT-Dienstleistungen und der Kreativwirtschaft."),
    ("p", "In Differdingen, wenige Kilometer westlich, walzt ein Stahlwerk bis heute schwere "
          "Träger für Hochhäuser und Brücken. Wer Stahl noch glühen sehen will, kann dort an "
          "ausgewählten Samstagen an einer Werksführung teilnehmen."),
    ("p", "Luxemburg-Stadt, eine halbe Stunde nördlich, lebt vom Finanzplatz: Banken, "
          "Fondsgesellschaften und Versicherungen beschäftigen in der Hauptstadt über 50.000 "
          "Menschen, viele davon in den Bürotürmen auf dem Kirchberg."),
    ("p", "An der Mosel liegt Remich, das Städtchen der Winzer. Weinbau und die Herstellung von "
          "Crémant, dem luxemburgischen Schaumwein, prägen den Ort, im Sommer auch die "
          "Ausflugsschifffahrt. Die Weinberge gegenüber, auf dem deutschen Ufer, gehören zum "
          "Saarland."),
    ("pagebreak",),
    ("p", "Jenseits der Grenze ist Diedenhofen, französisch Thionville, der Metallverarbeitung "
          "und der Logistik treu geblieben. Im benachbarten Hayange walzt ein Werk "
          "Eisenbahnschienen für ganz Frankreich. Viele Einwohner beider Orte pendeln täglich "
          "nach Luxemburg."),
    ("p", "Metz, die Hauptstadt des Départements Moselle, ist ein Standort der "
          "Automobilzulieferer, der Druck- und Verpackungsindustrie und der "
          "Gesundheitswirtschaft. Der Hafen Metz an der Mosel ist der größte Getreidehafen "
          "Frankreichs und schlug 2023 rund 3 Mio. Tonnen um, vor allem Weizen und Gerste. "
          "Luxemburgs einziger Hafen liegt in Mertert; er kam im selben Jahr auf etwa 1,1 Mio. "
          "Tonnen."),
    ("caption", "Tabelle 1: Stationen der Route „Rote Erde“ – Industrie früher und heute"),
    ("table", [
        ["Ort", "Früher", "Heute"],
        ["Esch-sur-Alzette", "Erzbergbau, Hochöfen", "Forschung, IT, Kreativwirtschaft"],
        ["Differdingen", "Hochöfen", "Walzwerk für Stahlträger"],
        ["Rumelange", "Erzbergbau", "Bergbaumuseum, Tourismus"],
        ["Hayange", "Hochöfen", "Schienenwalzwerk"],
        ["Diedenhofen", "Stahlwerk", "Metallverarbeitung, Logistik"],
        ["Fenschtal (Region)", "Stahl", "Dienstleistungen"],
    ], [42, 50, 70]),
    ("h", "Partnerstädte"),
    ("p", "Esch-sur-Alzette ist mit Offenbach am Main, dem französischen Puteaux und dem "
          "italienischen Rovereto verschwistert. Mit Rovereto verbindet die Stadt auch die "
          "Geschichte der Einwanderung: Viele Bergleute kamen aus dem Trentino."),
    ("p", "Metz und Trier sind seit 1957 Partnerstädte. Beide Städte gehören außerdem mit "
          "Luxemburg-Stadt und Saarbrücken zum Städtenetz QuattroPole, das gemeinsame Projekte "
          "zu Tourismus und Mobilität betreibt; ein Partnerschaftsvertrag ist das nicht. Die "
          "Häfen von Mertert und Trier haben 2019 eine Kooperationsvereinbarung geschlossen. Über "
          "eine Partnerschaft zwischen Remich und dem Winzerort Bernkastel-Kues wird noch "
          "verhandelt."),
    ("h", "Praktische Hinweise"),
    ("bullets", [
        "Geöffnet Dienstag bis Sonntag, 10 bis 18 Uhr; Eintritt 8 Euro, ermäßigt 5 Euro",
        "Anreise mit dem Zug bis Belval-Université, danach fünf Minuten zu Fuß",
        "Festes Schuhwerk für den Stollen empfohlen",
    ]),
    ("p", "Wir freuen uns auf Ihren Besuch. – Dr. Claire Dudelange, Museumsdirektorin"),
]

LOMBARDY = [
    ("title", "Member Survey 2024: Business Climate in Eastern Lombardy"),
    ("subtitle", "Chamber of Commerce and Crafts of Eastern Lombardy · Results for members · "
                 "April 2024"),
    ("h", "About the survey"),
    ("p", "Between 5 and 23 February 2024, 612 member firms answered our annual business climate "
          "survey, a response rate of 31 percent. The sample covers members in Brescia, Bergamo, "
          "Lecco and Cremona and in the Valle Camonica. Results are unweighted; figures by town "
          "refer to the location of the responding site, not of the company's head office."),
    ("h", "Headline results"),
    ("bullets", [
        "36 percent of members expect higher sales in 2024, 22 percent expect lower sales.",
        "Energy costs remain the top concern, named by 64 percent, ahead of skills shortages "
        "(57 percent).",
        "Only 18 percent plan to cut staff; 29 percent plan to hire.",
    ]),
    ("p", "Lombardy as a whole remains Italy's leading manufacturing region, with machinery, "
          "chemicals and fashion as its largest export sectors, but those regional totals hide "
          "large differences between our towns."),
    ("h", "Results by town"),
    ("p", "Brescia answered most cautiously among the larger towns. The city is Italy's "
          "heartland of electric-arc steelmaking, and its steel and metalworking members felt "
          "the fall in construction demand first. Brescia is also home to many makers of valves "
          "and taps. The gunsmiths of the Val Trompia, north of the city, reported record orders; "
          "they belong to the valley, not to Brescia itself."),
    ("p", "Bergamo is the most optimistic town in the survey. Its members are mainly machine "
          "builders, rubber processors and textile firms, and a maker of brake systems for "
          "premium cars is the largest private employer. The city's airport, on its southern "
          "edge, handled about 26,000 tonnes of air cargo in 2023 and ranks among Italy's five "
          "largest cargo airports."),
    ("p", "Lecco, at the foot of the Resegone, is a town of wire-drawing mills, spring makers and "
          "fastener producers. Half of its respondents supply the automotive industry in Germany, "
          "which explains the weak expectations."),
    ("p", "In Cremona, dairy producers and makers of cured meats dominate our membership, "
          "alongside some 150 violin-making workshops."),
    ("pagebreak",),
    ("caption", "Table 1: Replies, main sectors and sales expectations by town"),
    ("table", [
        ["Town", "Replies", "Main sectors of respondents", "Higher sales (%)"],
        ["Brescia", "214", "steel, metalworking, valves", "31"],
        ["Bergamo", "187", "machinery, rubber, textiles", "44"],
        ["Lecco", "96", "wire, springs, fasteners", "27"],
        ["Cremona", "71", "dairy, cured meats, violins, pasta", "38"],
        ["Valle Camonica", "44", "steel, hydropower", "25"],
    ], [34, 22, 68, 40]),
    ("p", "Many members sell into Milan, whose fashion houses and design studios are important "
          "customers for the textile firms of Bergamo. Exports of cheese, steel bars and machine "
          "parts, not the industries of our towns, account for most of the traffic on the "
          "Brescia–Milan motorway."),
    ("h", "Members' comments"),
    ("p", "\"Financing has become harder since the rate rises,\" wrote one Lecco respondent; "
          "several members named Banco di Brescia and other regional lenders as tighter than a "
          "year ago. Members in Cremona asked the chamber to press for more frequent barge "
          "services on the Po."),
    ("h", "International links of our towns"),
    ("p", "Brescia and Darmstadt have been partner cities since 1991, and the two cities use the "
          "partnership for apprentice exchanges in mechatronics. Bergamo is twinned with the "
          "Hungarian city of Pécs. In 2017 the inland port of Cremona and the Port of Venice "
          "signed a port cooperation agreement on barge traffic along the Po."),
    ("p", "Bergamo and Brescia shared the title of Italian Capital of Culture in 2023; that was a "
          "joint programme, not a twinning. A twinning between Lecco and Lugano has been "
          "proposed by the city council of Lecco but has not been approved. A delegation from "
          "Darmstadt visited Brescia's steelworks in March."),
    ("p", "Survey lead: Dr. Luca Bergamo, chief economist. Full tables by sector are available to "
          "members on request."),
]

WESER_ALLER = [
    ("title", "Geschäftsbericht 2023 – Auszug"),
    ("subtitle", "Stadtwerke Weser-Aller GmbH, Achim · Lagebericht, Kapitel 2 und 5"),
    ("h", "2 Versorgungsgebiet und Kunden"),
    ("p", "Die Stadtwerke Weser-Aller versorgen rund 48.000 Haushalte und 1.900 Gewerbekunden in "
          "Achim, Oyten und Verden (Aller) mit Strom, Erdgas und Wärme. Der Stromabsatz stieg 2023 "
          "um 3,1 Prozent auf 612 GWh, obwohl die Haushalte deutlich sparsamer waren; getragen "
          "wurde das Wachstum von wenigen Großkunden."),
    ("p", "Achim, unser Sitz, ist in den vergangenen zwanzig Jahren zu einem der wichtigsten "
          "Logistikstandorte zwischen Bremen und Hamburg geworden. Dort betreiben zwei "
          "Versandhändler und ein Lebensmittelfilialist große Verteilzentren, deren Kühlhäuser und "
          "Förderanlagen fast ein Viertel unseres Gewerbestroms abnehmen."),
    ("p", "In Verden, der Reiterstadt an der Aller, dreht sich vieles um das Pferd: Zucht, "
          "Auktionen und Turniere ziehen jedes Jahr Tausende Besucher an. Für uns wichtiger sind "
          "ein Futtermittelwerk im Gewerbegebiet und eine Großbäckerei, die seit dem Sommer ihre "
          "Öfen zur Hälfte mit Strom statt mit Gas beheizt. Gäste aus Frankreich verwechseln den "
          "Namen der Stadt übrigens gern mit Verdun; die französische Partnerstadt liegt aber an "
          "der Loire und heißt Saumur."),
    ("p", "Auch außerhalb unseres Netzgebiets haben wir Vertriebskunden. In Delmenhorst, wo die "
          "große Wollwäscherei und -kämmerei 1981 schloss, beliefern wir Betriebe der Kunststoff- "
          "und Metallverarbeitung sowie zwei Hersteller von Tiefkühlkost. Die Stadt hat den "
          "Strukturwandel damit besser bewältigt, als viele erwartet hatten."),
    ("p", "In Oldenburg, dessen IT- und Energiewirtschaft seit Jahren wächst, haben wir 2023 den "
          "Betrieb der Landstromanlage im Hafen übernommen. Der Oldenburger Hafen an der Hunte "
          "schlug im Berichtsjahr rund 1,3 Mio. Tonnen um, überwiegend Baustoffe und Futtermittel. "
          "Die Finanzierung der Anlage hat die Oldenburgische Landesbank übernommen. Nicht zu "
          "verwechseln ist die Stadt mit Oldenburg in Holstein, dessen Stadtwerke mit uns in einer "
          "Einkaufsgemeinschaft für Erdgas zusammenarbeiten."),
    ("p", "Bremen bleibt der wichtigste Arbeitsmarkt unserer Region. Viele unserer Kundinnen und "
          "Kunden pendeln zu den Bremer Luft- und Raumfahrtunternehmen, in das Automobilwerk im "
          "Stadtteil Sebaldsbrück oder zu den Kaffeeröstereien und Brauereien der Stadt. Die "
          "Kaffeecontainer, die über Bremerhaven ankommen, sehen wir dagegen nur auf der Autobahn."),
    ("caption", "Tabelle 1: Großkunden nach Standort und Branche, Stromabsatz 2023"),
    ("table", [
        ["Standort", "Branchen der Großkunden", "Absatz (GWh)"],
        ["Achim", "Versandhandel, Lebensmittellogistik", "74"],
        ["Oyten", "Süßwarenherstellung, Getränkeabfüllung", "31"],
        ["Verden (Aller)", "Futtermittel, Backwaren", "22"],
        ["Delmenhorst", "Kunststoff, Metall, Tiefkühlkost", "18"],
        ["Landkreis Verden (übrige Gemeinden)", "Landwirtschaft, Biogas", "41"],
    ]),
    ("h", "5 Engagement in der Region"),
    ("p", "Als kommunales Unternehmen fördern wir den Austausch unserer Städte mit ihren Partnern. "
          "Verden und Saumur feierten 2023 das 55-jährige Bestehen ihrer Städtepartnerschaft. Beide "
          "Städte haben dabei einen Austausch über Radverkehrsinfrastruktur vereinbart, den wir mit "
          "einem Lastenrad-Leihsystem unterstützen. Achim ist seit 1990 mit dem mecklenburgischen "
          "Bützow partnerschaftlich verbunden."),
    ("p", "Delmenhorst unterhält Partnerschaften mit Allonnes in der Sarthe und mit Borissow in "
          "Belarus; die Partnerschaft mit dem russischen Kolpino ruht seit 2022. Oldenburg und das "
          "niederländische Groningen, seit Langem Partnerstädte, haben uns zu einem Fachtag über "
          "Wärmenetze eingeladen. Eine Partnerschaft Oytens mit einer polnischen Gemeinde wird "
          "derzeit vorbereitet."),
    ("p", "Für das Berichtsjahr hat unsere Geschäftsführerin Dr. Anke Langwedel die Stadtwerke im "
          "Arbeitskreis Energiewende des Landkreises vertreten."),
]


PDFS = {
    "b38-esch-industriemuseum-besucherbroschuere.pdf": dict(
        blocks=ESCH, header="Museum Eisen & Erz Minett · Besucherbroschüre 2024",
        footer="Besucherinformation · Seite {n}/2", lang="de",
        title="Museum Eisen & Erz Minett – Besucherbroschüre"),
    "b38-east-lombardy-chamber-member-survey.pdf": dict(
        blocks=LOMBARDY, header="Chamber of Commerce and Crafts of Eastern Lombardy · Member "
                                "Survey 2024",
        footer="Member Survey 2024 – page {n} of 2", lang="en",
        title="Member Survey 2024: Business Climate in Eastern Lombardy"),
}
DOCXS = {
    "b38-stadtwerke-weser-aller-geschaeftsbericht.docx": dict(
        blocks=WESER_ALLER, title="Stadtwerke Weser-Aller – Geschäftsbericht 2023 (Auszug)"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_38.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
