"""A synthetic corpus of trade reports for the benchmark: the same kinds of sentences as real reports
(cities, industries, port figures, rankings, partnerships, routes), as txt, html, pdf and docx.

    python scripts/bench_corpus.py OUT_DIR [--docs 500]

Deterministic for a given --docs (a seeded random generator). Each report is about 600 words.
Returns, for the benchmark, the plain text of every report so that raw spaCy runs over the same
words that trex reads from the files.
"""
from __future__ import annotations

import argparse
import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import build_docx, build_flow_pdf  # noqa: E402

CITIES = [
    ("Hamburg", "Germany"), ("Rotterdam", "the Netherlands"), ("Antwerp", "Belgium"), ("Valencia", "Spain"),
    ("Genoa", "Italy"), ("Gdańsk", "Poland"), ("Le Havre", "France"), ("Piraeus", "Greece"),
    ("Felixstowe", "the United Kingdom"), ("Gothenburg", "Sweden"), ("Bremen", "Germany"), ("Duisburg", "Germany"),
    ("Shanghai", "China"), ("Ningbo", "China"), ("Busan", "South Korea"), ("Singapore", "Singapore"),
    ("Durban", "South Africa"), ("Santos", "Brazil"), ("Savannah", "the United States"), ("Oakland", "the United States"),
    ("Vancouver", "Canada"), ("Montreal", "Canada"), ("Mumbai", "India"), ("Chennai", "India"),
    ("Kaohsiung", "Taiwan"), ("Yokohama", "Japan"), ("Haiphong", "Vietnam"), ("Mombasa", "Kenya"),
    ("Lisbon", "Portugal"), ("Koper", "Slovenia"), ("Trieste", "Italy"), ("Riga", "Latvia"),
]
INDUSTRIES = [
    "shipbuilding", "chemical industry", "automotive manufacturing", "steel production", "food processing",
    "logistics", "aerospace", "electronics", "textile industry", "petrochemicals", "tourism", "software development",
    "machine building", "pharmaceuticals", "renewable energy", "financial services", "furniture making",
    "plastics processing", "paper industry", "medical technology",
]
ORGS = ["the port authority", "the chamber of commerce", "a regional development agency", "the city council"]

PARAGRAPHS = [
    "{city} in {country} is one of the busiest gateways of its region. The Port of {city} handled "
    "{teu} million TEU in {year}, {change} on the previous year, and its terminals are designed for a capacity "
    "of {cap} million TEU a year.",
    "The local economy rests on {ind1} and {ind2}, while {ind3} has grown quickly over the last decade. "
    "Around {jobs},000 people work in these sectors in {city}, according to {org}.",
    "Measured by container volumes, {city} is the {ordinal}-largest port in {scope}. Bulk cargo reached "
    "{tonnes} million tonnes in {year}, most of it coal, grain and ore.",
    "{city} has been twinned with {partner} since {since}. The partnership covers exchanges between schools, "
    "universities and business delegations, and a joint office opened in {partner} in {year}.",
    "Rail shuttles link {city} with {partner} several times a week, and feeder vessels call at {partner2} "
    "every Tuesday. These services are commercial routes, not formal agreements between the cities.",
    "Companies in {city} specialise in {ind1}; a cluster of suppliers for {ind2} has formed in the industrial "
    "zone north of the harbour. Investors cite the skilled workforce and the short distances to the quay.",
    "In {year} {org} in {city} published a plan to expand the container terminal by {extra} hectares. "
    "Construction is expected to take four years and to add {cap2} million TEU of capacity.",
    "Analysts expect throughput in {city} to rise by {pct} percent next year, driven by {ind1} exports and "
    "by new liner services to {partner}. Weak demand in {ind3} remains a risk.",
    "The airport of {city} handled {air} thousand tonnes of air cargo in {year}, making it one of the largest "
    "cargo airports in {scope}. Pharmaceuticals and electronics make up most of the value.",
    "A port partnership between {city} and {partner} was signed in {since}. It covers digital customs "
    "procedures, shore power and training for pilots, and it is renewed every five years.",
]


def _report(rng: random.Random, index: int) -> tuple[str, list[str]]:
    """Title and paragraphs of one report (about 600 words)."""
    city, country = CITIES[index % len(CITIES)]
    paragraphs = []
    while sum(len(p.split()) for p in paragraphs) < 560:
        partner, partner2 = rng.sample([c for c, _ in CITIES if c != city], 2)
        ind1, ind2, ind3 = rng.sample(INDUSTRIES, 3)
        year = rng.randint(2015, 2024)
        paragraphs.append(rng.choice(PARAGRAPHS).format(
            city=city, country=country, partner=partner, partner2=partner2, ind1=ind1, ind2=ind2, ind3=ind3,
            year=year, since=rng.randint(1960, 2015), teu=f"{rng.uniform(0.5, 15):.1f}",
            cap=f"{rng.uniform(2, 20):.1f}", cap2=f"{rng.uniform(0.5, 3):.1f}", tonnes=f"{rng.uniform(5, 120):.1f}",
            change=rng.choice(["up 3 percent", "down 2 percent", "roughly flat"]), jobs=rng.randint(5, 90),
            org=rng.choice(ORGS), ordinal=rng.choice(["second", "third", "fourth", "fifth"]),
            scope=rng.choice(["Europe", "Asia", "the world", "the Mediterranean"]), extra=rng.randint(20, 150),
            pct=rng.randint(2, 9), air=rng.randint(80, 900)))
    return f"{city}: trade and port report no. {index + 1}", paragraphs


def _html(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/contact'>Contact</a></nav>"
            f"<main><article><h1>{html.escape(title)}</h1>\n{body}\n</article></main>"
            "<footer>© Trade Reports Ltd · Imprint · Privacy</footer></body></html>")


def build_corpus(out: Path, docs: int = 500, seed: int = 7) -> dict[str, str]:
    """Write ``docs`` reports into ``out``; returns {file name: plain text as written}."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    texts = {}
    for index in range(docs):
        title, paragraphs = _report(rng, index)
        kind = ("txt", "html", "pdf", "docx")[index % 4]
        name = f"report-{index + 1:04d}.{kind}"
        path = out / name
        if kind == "txt":
            path.write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        elif kind == "html":
            path.write_text(_html(title, paragraphs), encoding="utf-8")
        elif kind == "pdf":
            build_flow_pdf(path, [("title", title)] + [("p", p) for p in paragraphs], header="Trade report",
                           footer="Page {n}", lang="en", title=title, creator="trex bench")
        else:
            build_docx(path, [("title", title)] + [("p", p) for p in paragraphs], title)
        texts[name] = title + "\n\n" + "\n\n".join(paragraphs)
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=500)
    args = parser.parse_args()
    texts = build_corpus(args.out, args.docs)
    print(f"{len(texts)} reports, {sum(len(t.split()) for t in texts.values()):,} words in {args.out}")


if __name__ == "__main__":
    main()
