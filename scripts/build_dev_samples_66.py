#!/usr/bin/env python3
"""Build batch 66 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_66.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b66-marmara-ahk-marktbericht.pdf``: a German chamber's (AHK) market report on the ports and
  industrial towns of the Sea of Marmara, two pages, running header, footer
  "Marktbericht 03/2025 – Seite N von 2", a drawn table "Hafen | Container 2024 (TEU) |
  Gesamtumschlag 2024 (Mio. t)" with German number formats and the units only in the column
  headers; one row repeats a figure from the prose.
* ``b66-rhone-alpes-bank-credit-committee-note.pdf``: a regional bank's credit committee note on
  a borrower with five sites in the Rhône-Alpes, two pages, running header, footer
  "CC-2024-117 · page N/2", no drawn table: the sites are a bullet list ("Town (staff): what the
  site makes"), followed by a section on each town's economy.
* ``b66-jutland-furniture-buyer-visit-report.docx``: a furniture buyer's factory visit report
  with headings, an itinerary and next steps as bullets, and a supplier table
  "Supplier | Town | Products | Weekly capacity | Lead time (weeks) | Rating"; one town's
  industry is given only in the table.

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

AHK_MARMARA = [
    ("title", "Marktbericht: Häfen und Industriestandorte am Marmarameer"),
    ("subtitle", "Deutsch-Türkische Industrie- und Handelskammer (AHK Türkei) · Abteilung "
                 "Marktberatung · März 2025"),
    ("h", "Zusammenfassung"),
    ("p", "Rund um das Marmarameer entsteht fast die Hälfte der türkischen Industrieproduktion. Für "
          "deutsche Zulieferer und Logistikdienstleister sind dabei weniger die Metropole Istanbul "
          "als die Industriestädte an den Ufern interessant: der Golf von Izmit im Osten, die "
          "Südküste zwischen Gemlik und Bandırma und der thrakische Norden um Tekirdağ. Dieser "
          "Bericht fasst Häfen, Branchen und Kontakte zusammen. Die Umschlagzahlen stammen von den "
          "Hafenbetreibern und sind gerundet."),
    ("h", "Kocaeli: Industrie am Golf von Izmit"),
    ("p", "Die Provinz Kocaeli gilt als industrielles Herz des Landes. Izmit, die Provinzhauptstadt, "
          "ist Standort zweier großer Reifenwerke internationaler Hersteller; die Papierfabrik, die "
          "das Stadtbild jahrzehntelang prägte, wurde dagegen schon 2005 geschlossen. Im "
          "benachbarten Körfez steht die größte Raffinerie der Türkei, die jährlich rund 11 Mio. "
          "Tonnen Rohöl verarbeitet. Am Südufer des Golfs fertigt Ford Otosan in Gölcük Transporter "
          "und leichte Nutzfahrzeuge, die zum größten Teil nach Europa gehen."),
    ("p", "Gebze, am westlichen Ende des Golfs, hat sich zum wichtigsten Standort für "
          "Automobilzulieferer und Elektronikhersteller außerhalb Istanbuls entwickelt; hier haben "
          "auch zahlreiche deutsche Mittelständler eigene Werke. Der Hafen von Derince, den ein "
          "privater Betreiber 2014 übernommen hat, ist auf rund 1,2 Mio. TEU im Jahr ausgelegt und "
          "wird schrittweise ausgebaut. Über eine Kooperation zwischen Derince und dem rumänischen "
          "Hafen Konstanza wurde 2023 gesprochen; unterzeichnet ist bisher nichts."),
    ("h", "Südküste: Gemlik und Bandırma"),
    ("p", "Gemlik ist der wichtigste Containerstandort an der Südküste. Die Terminals der Stadt "
          "schlugen 2024 rund 1,3 Mio. TEU um und zählen damit zu den größten Containerhäfen der "
          "Türkei. Seit 2023 baut der Elektroautohersteller Togg in Gemlik in Serie; dazu kommen "
          "Stahl-Service-Center, die Coils für die Autoindustrie der Region zuschneiden. Die "
          "Gemlik-Olive trägt zwar den Namen der Stadt, ist aber eine Sorte, die heute in der "
          "ganzen Region angebaut wird."),
    ("p", "Bandırma verbindet Schiene und Schiff: Über den Hafen laufen Getreide, Düngemittel und "
          "Borprodukte nach Europa und Nordafrika. In der Stadt selbst ist die Bor- und "
          "Düngemittelchemie zu Hause. Die Häfen von Bandırma und dem bulgarischen Burgas arbeiten "
          "seit 2019 in einer Hafenpartnerschaft zusammen. Beide Städte wollen außerdem eine "
          "Städtepartnerschaft schließen, ein Termin für die Unterzeichnung steht aber noch nicht "
          "fest."),
    ("pagebreak",),
    ("h", "Thrakien: Tekirdağ"),
    ("p", "Tekirdağ, das frühere Rodosto, ist Hauptstadt der gleichnamigen Provinz. Die Provinz "
          "Tekirdağ zählt zu den größten Textilstandorten des Landes, doch Spinnereien und "
          "Färbereien liegen überwiegend in den Industriezonen weit außerhalb der Stadt. Die Stadt "
          "selbst ist für ihren Rakı bekannt, der hier seit über hundert Jahren gebrannt wird. Das "
          "Containerterminal Asyaport westlich von Tekirdağ hat eine Kapazität von 2,5 Mio. TEU im "
          "Jahr. Über den Flughafen Tekirdağ-Çorlu laufen bisher nur wenige Frachtflüge."),
    ("h", "Umschlag der wichtigsten Häfen"),
    ("caption", "Tabelle 1: Umschlag ausgewählter Häfen am Marmarameer 2024 (Angaben der "
                "Hafenbetreiber, gerundet)"),
    ("table", [
        ["Hafen", "Container 2024 (TEU)", "Gesamtumschlag 2024 (Mio. t)"],
        ["Derince", "540.000", "8,9"],
        ["Gemlik", "1.300.000", "15,2"],
        ["Bandırma", "95.000", "6,0"],
        ["Tekirdağ (Asyaport)", "610.000", "7,4"],
    ], [55, 50, 60]),
    ("p", "Der Containerumschlag in Gemlik und Tekirdağ wuchs 2024 jeweils um gut ein Zehntel. In "
          "Derince und Bandırma dominiert Massengut: Stahl, Schrott, Getreide und Düngemittel."),
    ("h", "Städtepartnerschaften und Kontakte nach Deutschland"),
    ("p", "Gölcük, das beim Erdbeben von 1999 schwer zerstört wurde, ist seit 2001 Partnerstadt des "
          "westfälischen Bergkamen; die Verbindung ist aus der Erdbebenhilfe entstanden und wird "
          "heute vor allem von Schulen getragen. Yalova und das ungarische Szolnok sind seit 2004 "
          "verschwistert. Die Ro-Ro-Linie von Gemlik nach Sète ist dagegen eine "
          "Schifffahrtsverbindung und keine Partnerschaft."),
    ("h", "Ausblick und Ansprechpartner"),
    ("p", "Die Hafenbetreiber erwarten für 2025 weiteres Wachstum, vor allem im Containerverkehr. "
          "Deutsche Unternehmen, die einen Standort am Marmarameer prüfen, sollten früh mit den "
          "Organisierten Industriezonen sprechen: Flächen mit Hafennähe sind knapp. Ansprechpartnerin "
          "in der AHK Türkei ist Deniz Karacabey, Abteilung Marktberatung."),
]

BANK_NOTE = [
    ("title", "Credit Committee Note CC-2024-117: Groupe Fayolle Précision SAS"),
    ("subtitle", "Banque Rhodanienne de Crédit · Corporate Banking, Grenoble · for the committee "
                 "of 21 November 2024 · strictly confidential"),
    ("h", "1. Request and recommendation"),
    ("p", "Corporate Banking asks the committee to approve a €14 million seven-year amortising term "
          "loan and to renew a €4 million revolving credit facility for Groupe Fayolle Précision "
          "SAS (the Group), a family-owned maker of precision components with five sites in the "
          "Auvergne-Rhône-Alpes region. The term loan will finance a new clean-room line in Grenoble "
          "and refinance a €3.5 million bridge facility. Our total exposure would rise from "
          "€9.2 million to €18.0 million. We recommend approval, subject to the covenants in "
          "section 6."),
    ("h", "2. The borrower and its sites"),
    ("p", "The Group was founded in 1962 in Saint-Étienne as a bar-turning workshop and moved its head "
          "office to Grenoble in 2008. It employs 640 people and had revenue of €96 million in 2023, "
          "with EBITDA of €13.1 million. Each site serves a different market, which is a large part "
          "of the credit case: so far a downturn in one market has been offset by another."),
    ("bullets", [
        "Grenoble (head office, 210 staff): pressure and flow sensors for aircraft and medical "
        "equipment.",
        "Annemasse (95 staff): machined steel and titanium parts for watch brands in Geneva.",
        "Valence (130 staff): wiring harnesses and connectors for aircraft cockpits.",
        "Roanne (85 staff): technical knitted fabrics for filters and bandages.",
        "Saint-Étienne (120 staff): surgical instruments and parts for orthopaedic implants.",
    ]),
    ("h", "3. Local economies and labour markets"),
    ("p", "Grenoble sits at the mouth of the Grésivaudan valley, France's leading microelectronics "
          "cluster. The big chip fab is in Crolles, twenty kilometres up the valley, and it competes "
          "with the Group for technicians. Grenoble has been twinned with Catania since 1961, and the two "
          "cities' universities exchange engineering students, some of whom the Group has "
          "hired."),
    ("p", "Annemasse lives largely off the Geneva labour market: about half of its working residents "
          "cross the border every day, which keeps wages high. The screw-machining trade that "
          "supplies the watchmakers is concentrated further up the Arve valley around Cluses, not in "
          "Annemasse itself."),
    ("p", "Valence is the Drôme prefecture, not Valencia in Spain, which French speakers call by the "
          "same name. Besides an avionics plant of a large defence group, the town's main employers "
          "are food processors that turn the apricots and peaches of the surrounding plain into "
          "purée and jam."),
    ("p", "Roanne has been a textile town since the nineteenth century, and several knitwear mills "
          "still operate next to the Group's site; the army's armoured-vehicle plant on the north "
          "side of town remains its largest employer. A German knitting firm has proposed a joint "
          "venture for the Roanne site; it is a commercial discussion and not part of this "
          "request."),
    ("pagebreak",),
    ("p", "Saint-Étienne has changed most. Coal mining ended in 1983, and the Manufrance works, which "
          "once made guns, bicycles and sewing machines, closed in 1985. Stéphanois industry today "
          "means medical technology and optics, and the Group recruits from both. The city has been "
          "twinned with Coventry since 1955, and an apprenticeship exchange under that twinning has "
          "brought two British trainees to the Group's workshop this year."),
    ("p", "Plastic housings for the sensors come from a moulder in Oyonnax, the small town in the Ain "
          "that calls itself Plastics Valley. A second source is being qualified."),
    ("h", "4. Logistics"),
    ("p", "Most exports leave by road. Urgent aerospace parts go by truck to Lyon-Saint-Exupéry "
          "airport or, from the Annemasse site, to Geneva Airport, ten minutes away, which handled "
          "about 60,000 tonnes of air cargo in 2023. The Valence site receives steel bar through the "
          "river port on the Rhône: the Port of Valence handled some 600,000 tonnes in 2023. "
          "Containers for Asian customers are trucked to Lyon's Édouard-Herriot port, one of the "
          "largest inland ports in France, and go by barge to Fos-sur-Mer."),
    ("h", "5. Financial analysis"),
    ("p", "Revenue grew by 7 per cent in 2023 and by 4 per cent in the first nine months of 2024. "
          "Net debt to EBITDA was 1.9x at the end of 2023 and would rise to 2.4x after the "
          "drawdown, falling back below 2.0x by 2026 on our base case. The order book stands at "
          "€71 million, or nine months of sales. Aerospace accounts for 44 per cent of revenue, "
          "medical for 31 per cent and watchmaking for 15 per cent."),
    ("h", "6. Risks, covenants and security"),
    ("bullets", [
        "Aerospace demand is cyclical; the medical business has so far balanced it.",
        "About 15 per cent of revenue is invoiced in Swiss francs; the Group hedges 12 months "
        "forward.",
        "Key-person risk: the founder's grandson is chief executive and majority shareholder.",
        "Covenants: net debt to EBITDA of 3.0x or less, tested twice a year; no dividend above "
        "40 per cent of net profit.",
        "Security: first-ranking mortgage on the Grenoble plant, pledge over the new clean-room "
        "equipment; the buildings are insured with Mutuelle de Poitiers.",
    ]),
    ("h", "7. Conclusion"),
    ("p", "The Group is well run, diversified across markets and towns, and has met all covenants "
          "since it became our client in 2016. We recommend approval. Relationship manager: Claire "
          "Vienne. Credit analyst: Paul Voiron."),
]

FURNITURE_VISIT = [
    ("title", "Buyer's Visit Report: Danish Suppliers around the Little Belt and East Jutland"),
    ("subtitle", "Hollins & Reed Home · Upholstery and Dining category · visit of 14–17 October "
                 "2024 · report dated 22 October 2024"),
    ("h", "Purpose of the trip"),
    ("p", "We visited four existing suppliers and checked capacity for the spring 2025 range, "
          "compared lead times and saw working conditions for ourselves. Our sourcing agent in "
          "Denmark, Thomas Skive, organised the visits and drove us between the factories. This "
          "report summarises what we saw and what we recommend."),
    ("h", "Itinerary"),
    ("bullets", [
        "Mon 14 October: flight to Billund, drive to Vejle (Nordvig Møbler, upholstery).",
        "Tue 15 October: Kolding (Brandt & Søn, dining chairs); afternoon at the port of "
        "Fredericia; overnight in Middelfart, on the Funen side of the Little Belt.",
        "Wed 16 October: Horsens (Egholm Træ, solid-oak tables).",
        "Thu 17 October: Randers (Sengefabrikken Gudenå, mattresses); evening flight "
        "home from Billund.",
    ]),
    ("h", "Vejle: Nordvig Møbler"),
    ("p", "Vejle, at the head of its fjord, was a cotton-spinning town until the last mill closed in "
          "the 1960s. Nordvig now upholsters sofas and armchairs in one of the old spinning halls, "
          "with 60 staff and room for a second cutting table. Quality is excellent; foam and fabric "
          "are stored off the floor and the sewing room is bright and well ventilated. Billund, "
          "twenty-five minutes away, is where the famous plastic toy bricks are made, and the "
          "airport we flew into exists largely because of that factory."),
    ("h", "Kolding: Brandt & Søn"),
    ("p", "Kolding's economy rests on trade and transport rather than on making things: the "
          "motorway junction has drawn in distribution centres and haulage firms that serve the "
          "whole of Scandinavia. Brandt & Søn is one of the few manufacturers left in town, a "
          "family firm that turns oak and ash into dining chairs on a mix of old and new CNC "
          "machines. The owner's daughter studied at Design School Kolding and now runs product "
          "development. Over dinner our host reminded us that Kolding is twinned with Lahti in "
          "Finland, whose design week he visits every year."),
    ("h", "Fredericia: the port"),
    ("p", "Our containers will leave through Fredericia, Denmark's largest port by tonnage. It "
          "handled almost 15 million tonnes last year, most of it crude oil for the refinery beside "
          "the harbour. A plant for green hydrogen is under construction next to the refinery but "
          "will not produce anything before 2026. The weekly feeder from Fredericia to Felixstowe "
          "suits our volumes; if it is full, Aarhus, Denmark's biggest container port, is the "
          "fallback. The sofa brand Fredericia Furniture was not on this trip."),
    ("h", "Horsens: Egholm Træ"),
    ("p", "Horsens is better known for pork than for tables: the town's slaughterhouse is among the "
          "largest in Europe, and trucks of pigs from the farms of Jutland queue at its gate from "
          "four in the morning. Egholm, on an industrial estate north of the centre, makes "
          "solid-oak dining tables to order. Finish quality varied between batches, and the "
          "spray booth needs better extraction before we raise volumes."),
    ("h", "Randers: Sengefabrikken Gudenå"),
    ("p", "Randers once made gloves for the Danish court; the last glove factory closed long ago, "
          "and the town museum keeps a few pairs behind glass. Our supplier there builds "
          "pocket-sprung mattresses for Scandinavian chains and, since last "
          "year, for us. It is the most automated of the four factories."),
    ("h", "Supplier overview"),
    ("caption", "Table 1: Suppliers visited, and one recommended by our agent"),
    ("table", [
        ["Supplier", "Town", "Products", "Weekly capacity", "Lead time (weeks)", "Rating"],
        ["Nordvig Møbler", "Vejle", "sofas, armchairs", "140 units", "10", "A"],
        ["Brandt & Søn", "Kolding", "dining chairs", "400 units", "8", "A"],
        ["Egholm Træ", "Horsens", "oak dining tables", "90 units", "12", "B"],
        ["Sengefabrikken Gudenå", "Randers", "mattresses, toppers", "250 units", "6", "B"],
        ["Vævestuen ApS", "Ikast", "woven cushion covers, throws", "n/a", "5", "not visited"],
    ], [35, 22, 38, 25, 25, 20]),
    ("h", "Other observations"),
    ("bullets", [
        "The Scandinavian-style chairs we currently sell as Danish design are in fact made in "
        "Lithuania; the label on the range needs to change.",
        "Energy costs have risen less in Denmark than at home, and none of the suppliers asked for "
        "a price increase for spring.",
        "Most of the oak comes from Germany and France, not from Danish forests.",
    ]),
    ("h", "Next steps"),
    ("bullets", [
        "Place the spring order for sofas with Nordvig by 15 November.",
        "Ask Egholm for a corrective-action plan on finishing before any new order.",
        "Request samples from Vævestuen and visit them on the next trip.",
        "Book feeder space out of Fredericia for February and March.",
    ]),
]


PDFS = {
    "b66-marmara-ahk-marktbericht.pdf": dict(
        blocks=AHK_MARMARA, header="AHK Türkei · Marktbericht Häfen und Industriestandorte am "
                                   "Marmarameer · März 2025",
        footer="Marktbericht 03/2025 – Seite {n} von 2", lang="de",
        title="Marktbericht: Häfen und Industriestandorte am Marmarameer"),
    "b66-rhone-alpes-bank-credit-committee-note.pdf": dict(
        blocks=BANK_NOTE, header="Banque Rhodanienne de Crédit · Credit Committee · Note CC-2024-117 "
                                 "· strictly confidential",
        footer="CC-2024-117 · page {n}/2", lang="en",
        title="Credit Committee Note CC-2024-117: Groupe Fayolle Précision SAS"),
}
DOCXS = {
    "b66-jutland-furniture-buyer-visit-report.docx": dict(
        blocks=FURNITURE_VISIT,
        title="Buyer's Visit Report: Danish Suppliers around the Little Belt and East Jutland"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_66.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
