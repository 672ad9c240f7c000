#!/usr/bin/env python3
"""Builds sample-corpus/ from ../shared/data/sample-source/ (Wikinews CC BY 2.5, White House
public domain) plus the seed article, split into files of every format newsdex reads.

Usage: python3 scripts/build_sample_corpus.py [SOURCE_DIR] [SEED_FILE]
Deterministic: the same input gives the same files.
"""
import gzip, html, json, os, shutil, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, '..', 'shared', 'data', 'sample-source')
seed = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, '..', 'shared', 'seed', 'carter-shoigu-call.txt')
out = os.path.join(root, 'sample-corpus')
shutil.rmtree(out, ignore_errors=True)

def load(name):
    with open(os.path.join(src, name), encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def slug(a, i):
    s = ''.join(c if c.isalnum() else '-' for c in a['title'].lower())[:50].strip('-')
    return f'{i:03d}-{s}'

def write(path, data, mode='w'):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode, **({} if 'b' in mode else {'encoding': 'utf-8'})) as f:
        f.write(data)

def as_text(a):
    head = ['---', f"date: {a.get('date_publish') or ''}", f"url: {a.get('url') or ''}",
            f"source: {a.get('source_domain') or ''}"]
    if a.get('authors'):
        head.append('author: ' + ', '.join(a['authors']))
    return '\n'.join(head + ['---', a['title'], ''] + a['maintext'].split('\n')) + '\n'

def as_markdown(a):
    return f"# {a['title']}\n\n" + '\n\n'.join(a['maintext'].split('\n')) + '\n'

def as_html(a):
    paras = ''.join(f'<p>{html.escape(p)}</p>\n' for p in a['maintext'].split('\n'))
    ld = json.dumps({'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'],
                     'datePublished': a.get('date_publish'), 'url': a.get('url'),
                     'publisher': {'@type': 'Organization', 'name': a.get('source_domain')}})
    t = html.escape(a['title'])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{t}</title>
<meta property="og:title" content="{t}">
<meta property="og:site_name" content="{html.escape(a.get('source_domain') or '')}">
<meta property="article:published_time" content="{html.escape(a.get('date_publish') or '')}">
<link rel="canonical" href="{html.escape(a.get('url') or '')}">
<script type="application/ld+json">{ld}</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a></nav>
<article><h1>{t}</h1>
{paras}</article>
<footer>Contact us | Privacy | Terms</footer></body></html>
"""

count = 0
for name, prefix in [('wikinews_cc-by-2.5.jsonl', 'wikinews'), ('whitehouse_public-domain.jsonl', 'whitehouse')]:
    articles = load(name)
    lines = []
    for i, a in enumerate(articles):
        kind = i % 6
        base = os.path.join(out, prefix, slug(a, i))
        if kind == 0:
            write(base + '.txt', as_text(a))
        elif kind == 1:
            write(base + '.md', as_markdown(a))
        elif kind == 2:
            write(base + '.json', json.dumps(a, ensure_ascii=False, indent=1) + '\n')
        elif kind == 3:
            write(base + '.html', as_html(a))
        else:
            lines.append(json.dumps(a, ensure_ascii=False))
        count += 1
    half = len(lines) // 2
    write(os.path.join(out, prefix, f'{prefix}-batch.jsonl'), '\n'.join(lines[:half]) + '\n')
    write(os.path.join(out, prefix, f'{prefix}-batch.jsonl.gz'),
          gzip.compress(('\n'.join(lines[half:]) + '\n').encode('utf-8'), mtime=0), 'wb')

os.makedirs(os.path.join(out, 'seed'), exist_ok=True)
shutil.copy(seed, os.path.join(out, 'seed', 'carter-shoigu-call.txt'))
count += 1
with open(os.path.join(src, 'ATTRIBUTION.md'), encoding='utf-8') as f:
    attribution = f.read()
write(os.path.join(out, 'ATTRIBUTION.md'), attribution + """

## How sample-corpus/ was made

`scripts/build_sample_corpus.py` split the two JSON Lines files above into files of every
format newsdex reads (.txt with a `---` header, .md, .json, .html pages with meta tags and
JSON-LD, .jsonl and .jsonl.gz batches); the article texts are unchanged. `seed/` holds the
article newsdex was specified from (the project's own, copied as is).
""")
print(f'{count} articles written to {out}')
