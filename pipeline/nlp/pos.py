"""Part-of-speech tags only where a rule reads them.

A handful of rules look at a word's part of speech (is the word after "Orange" a noun? where does a
list of industries end?), in a small share of the sentences. Tagging every token costs the shared
tok2vec and the tagger (about a third of the base pipeline's time, measured in ``make bench``), and
spaCy's attribute_ruler, which turns fine tags into coarse ones, costs as much again. So the base
pipeline's tok2vec and tagger are kept but disabled, and ``tag_of`` / ``pos_of`` tag a token's
sentence the first time a rule asks, with the POS table taken from the base pipeline's own
attribute_ruler when the pipeline is assembled. The tagger's context window is a few words, so a
sentence tagged on its own gets the tags the whole document would.
"""

from __future__ import annotations

from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

if not Doc.has_extension("trex_tagger"):
    Doc.set_extension("trex_tagger", default=None)

TAGGED_KEY = "trex_tagged_sentences"
NER_KEY = "trex_ner_sentences"
ENTITIES_KEY = "trex_ents"


@Language.factory("trex_pos")
def make_tag_to_pos(nlp: Language, name: str) -> LazyTagger:
    return LazyTagger(nlp, name)


class LazyTagger:
    """Marks each document so that ``tag_of`` / ``pos_of`` can tag its sentences on demand.

    The POS tables live in a data file beside the pipeline (``to_disk``), like spaCy's rulers' patterns.
    """

    def __init__(self, nlp: Language, name: str = "trex_pos"):
        self.nlp = nlp
        self.name = name
        self.by_tag: dict[str, str] = {}
        self.by_tag_and_word: dict[str, str] = {}  # "TAG lower" -> POS

    def __call__(self, doc: Doc) -> Doc:
        if any(name in self.nlp.component_names and name not in self.nlp.pipe_names for name in ("tagger", "ner")):
            doc._.trex_tagger = self
        return doc

    def recognise_entities(self, doc: Doc, sentences: list[Span]) -> None:
        """Run the disabled NER over these sentences (those not done yet) in one batch; the entities go to
        ``entities_of``. NER reads a few words of context each way, so a sentence alone gets the same."""
        done = doc.user_data.setdefault(NER_KEY, [])
        found = doc.user_data.setdefault(ENTITIES_KEY, [])
        todo = [s for s in {s.start: s for s in sentences}.values() if s.start not in done]
        if not todo or "ner" not in self.nlp.component_names:
            return
        done.extend(s.start for s in todo)
        for sent, words in zip(todo, self.nlp.get_pipe("ner").pipe(_sentence_docs(todo))):
            found.extend((sent.start + e.start, sent.start + e.end, e.label_) for e in words.ents)
        found.sort()

    def tag_sentence_of(self, token: Token) -> None:
        self.tag_sentences(token.doc, [token.sent])

    def tag_sentences(self, doc: Doc, sentences: list[Span]) -> None:
        """Tag these sentences (those not tagged yet) in one batch: a call per sentence costs ~1 ms more."""
        done = doc.user_data.setdefault(TAGGED_KEY, [])
        todo = [s for s in {s.start: s for s in sentences}.values() if s.start not in done]
        if not todo:
            return
        done.extend(s.start for s in todo)
        batch = _sentence_docs(todo)
        for name in ("tok2vec", "tagger"):
            if name in self.nlp.component_names:
                batch = list(self.nlp.get_pipe(name).pipe(batch))
        for sent, words in zip(todo, batch):
            for target, tagged in zip(sent, words):
                target.tag_ = tagged.tag_
                pos = self.by_tag_and_word.get(f"{tagged.tag_} {target.lower_}") or self.by_tag.get(tagged.tag_)
                if pos:
                    target.pos_ = pos

    def set_tables(self, by_tag: dict[str, str], by_tag_and_word: dict[str, str]) -> None:
        self.by_tag, self.by_tag_and_word = dict(by_tag), dict(by_tag_and_word)

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tables.json", {"by_tag": self.by_tag, "by_tag_and_word": self.by_tag_and_word})

    def from_disk(self, path, exclude=()) -> LazyTagger:
        tables = srsly.read_json(Path(path) / "tables.json")
        self.set_tables(tables["by_tag"], tables["by_tag_and_word"])
        return self


def _sentence_docs(sentences: list[Span]) -> list[Doc]:
    """Each sentence as a Doc of its own words, for a disabled component to run over."""
    return [Doc(s.doc.vocab, words=[t.text for t in s], spaces=[bool(t.whitespace_) for t in s]) for s in sentences]


def recognise_entities(doc: Doc, sentences: list[Span]) -> None:
    """Named entities for the sentences a rule will look at (nothing to do when NER ran over the document)."""
    tagger = doc._.trex_tagger
    if tagger is not None and "ner" not in tagger.nlp.pipe_names:
        tagger.recognise_entities(doc, sentences)


def entities_of(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of the named entities: those NER found in the sentences asked for so far, or, when
    NER ran over the whole document, all of them (``doc.ents`` rebuilds every span on each call: kept once)."""
    found = doc.user_data.get(ENTITIES_KEY)
    if found is None:
        found = doc.user_data[ENTITIES_KEY] = [(e.start, e.end, e.label_) for e in doc.ents]
    return found


def entity_label_at(doc: Doc, i: int) -> str:
    return next((label for start, end, label in entities_of(doc) if start <= i < end), "")


def tag_of(token: Token) -> str:
    tagger = token.doc._.trex_tagger
    if tagger is not None:
        tagger.tag_sentence_of(token)
    return token.tag_


def tag_sentences(doc: Doc, sentences: list[Span]) -> None:
    """Tag sentences that rules will read, ahead of time and in one batch."""
    tagger = doc._.trex_tagger
    if tagger is not None:
        tagger.tag_sentences(doc, sentences)


def pos_of(token: Token) -> str:
    tag_of(token)
    return token.pos_


def tables_from_attribute_ruler(ruler) -> tuple[dict[str, str], dict[str, str]]:
    """The POS assignments of a spaCy attribute_ruler that depend only on TAG, or TAG and the lowercase word.

    Patterns that need the parser (DEP) never fire in trex's pipeline, which has none.
    """
    by_tag: dict[str, str] = {}
    by_word: dict[str, str] = {}
    for entry in ruler.patterns:
        pos = entry["attrs"].get("POS")
        if not pos:
            continue
        for pattern in entry["patterns"]:
            if len(pattern) != 1 or not isinstance(pattern[0].get("TAG"), str):
                continue
            token = pattern[0]
            if set(token) == {"TAG"}:
                by_tag.setdefault(token["TAG"], pos)
            elif set(token) == {"TAG", "LOWER"}:
                words = token["LOWER"]["IN"] if isinstance(token["LOWER"], dict) else [token["LOWER"]]
                for word in words:
                    by_word.setdefault(f"{token['TAG']} {word}", pos)
    return by_tag, by_word
