#!/usr/bin/env python3
"""Split a CoNLL-2003 file by documents into a training part and a held-out part.

Documents start as in src/eval/conll.rs: at -DOCSTART- lines or, without them, at the
headline before a dateline ("LONDON 1996-08-30"). Each output document gets a -DOCSTART-
line, so newsdex reads the same documents back.

    scripts/split_conll.py ../shared/data/conll2003/train.txt 782 /tmp/train85.txt /tmp/heldout15.txt
"""
import re
import sys


def words(sentence):
    return [line.split()[0] for line in sentence.strip().split("\n")]


def is_dateline(sentence):
    *place, date = words(sentence)
    return (
        re.fullmatch(r"\d{4}-\d\d-\d\d", date) is not None
        and len(place) <= 6
        and all(w == "," or w[:1].isupper() for w in place)
    )


def documents(text):
    if "-DOCSTART-" in text:
        for doc in re.split(r"^-DOCSTART-.*$", text, flags=re.M):
            sentences = [s for s in re.split(r"\n\s*\n", doc) if s.strip()]
            if sentences:
                yield sentences
        return
    sentences = [s for s in re.split(r"\n\s*\n", text) if s.strip()]
    starts = [0] + [
        i
        for i in range(1, len(sentences))
        if i + 1 < len(sentences) and is_dateline(sentences[i + 1]) and not is_dateline(sentences[i])
    ]
    starts.append(len(sentences))
    for a, b in zip(starts, starts[1:]):
        if b > a:
            yield sentences[a:b]


def write(path, docs):
    with open(path, "w") as out:
        for doc in docs:
            out.write("-DOCSTART- -X- O\n\n")
            for sentence in doc:
                out.write(sentence.strip() + "\n\n")


def main():
    source, first, train, heldout = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    with open(source) as f:
        docs = list(documents(f.read()))
    write(train, docs[:first])
    write(heldout, docs[first:])
    print(f"{len(docs)} documents: {first} to {train}, {len(docs) - first} to {heldout}")


if __name__ == "__main__":
    main()
