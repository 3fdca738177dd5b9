#!/usr/bin/env python3
"""Deterministic synthetic content for the enindgang vs Hugo benchmark (issue 7).

    make-content.py SEED N OUTDIR [--directory full|tiny] [--themes DIR] [--data DIR]
    make-content.py --from-site SITE OUTDIR [--directory full|tiny]

The first form writes two sites over the same Markdown:

    OUTDIR/enindgang/   site.yaml (da + en), content/{da,en}/..., municipalities.csv, postcodes.csv
    OUTDIR/hugo/        hugo.toml (da default at /, en at /en/), content/{da,en}/..., layouts/, assets/

N is the number of content pages in total, split evenly between Danish and
English: N/2 file names, each present in content/da/ and content/en/ (so every
page has its translation). On top of that each language has a landing page
(index.md) and 10 section index pages (emne-01/_index.md ... emne-10/_index.md,
layout: list), and the pages are spread round robin over the 10 sections.
Each page is about 3.5 KB of Markdown: front matter (title, description, date,
order), an introduction, ## and ### headings, bullet and numbered lists, a GFM
table, three links to other pages and one external link. Danish text uses
æ, ø and å.

Links: the enindgang copy links to the other page's Markdown file
(`[Titel](../emne-03/side-00042.md)`), which enindgang resolves; the Hugo copy
has the same link already rewritten to the final URL (`/emne-03/side-00042/`,
`/en/emne-03/side-00042/`), so Hugo needs no shortcodes or render hooks.

enindgang always renders the municipality directory (per language: one local
page per municipality, one shortcut page per municipality code, one per
postcode and the A–Å directory page). So that both generators write the same
pages, the Hugo copy gets one generated stub page for each of those
(content/<lang>/kommune/<slug>.md, kommune/<code>.md, postnummer/<nnnn>.md and
kommune/_index.md) rendered with equivalent layouts. With --directory full
(default) the real municipalities.csv (98 rows) and postcodes.csv (1,089 rows)
are used; with --directory tiny a one-municipality, one-postcode directory is
used instead, so the content pages dominate.

The second form (--from-site) converts an existing enindgang site (e.g. the
project itself) into OUTDIR/hugo: the same languages, the same Markdown with
.md links rewritten to final URLs, slugs kept, plus the directory stubs.

Everything is derived from SEED with random.Random(str), so the output is
byte-for-byte the same for the same arguments.
"""

import csv
import io
import os
import posixpath
import random
import re
import shutil
import sys
import unicodedata

SECTIONS = 10

# ---------------------------------------------------------------------------
# Vocabulary

DA_WORDS = """
børn unge kommune hjælp rådgiver skole fællesskab søskende forældre sundhed
trivsel fritid værested sagsbehandler møde spørgsmål bekymring tryghed læge
tandlæge ønske følelse året måned første større både også når hvordan hvornår
fordi derfor måske altid aldrig sammen alene venner kammerat klasse lærer
pædagog plejefamilie bisidder støtte samtale aftale ferie weekend aften morgen
søndag lørdag fødselsdag gæst købmand bager cykel båd sø skov strand græs
hjørne gård køkken stue værelse døren nøgle læse skrive høre føle tænke vælge
spørge svare fortælle forstå huske glemme prøve øve lære køre gå løbe svømme
spille tegne synge danse sove spise drikke hente bringe give få tage finde
miljø område postnummer tidspunkt hverdag frikvarter madpakke rundkørsel
æble pære grød rødgrød fløde smørrebrød kærlighed tålmodighed ærlighed glæde
sorg vrede frygt håb mod ro søvn skærm telefon besked opgave lektier prøve
karakter fag dansk matematik historie idræt musik billedkunst natur teknologi
""".split()

EN_WORDS = """
children young municipality help adviser school community siblings parents
health wellbeing leisure youth club caseworker meeting question worry safety
doctor dentist wish feeling year month first larger both also when how why
because therefore maybe always never together alone friends mate class teacher
educator foster family supporter support conversation agreement holiday weekend
evening morning sunday saturday birthday guest grocer baker bicycle boat lake
forest beach grass corner yard kitchen living room door key read write hear
feel think choose ask answer tell understand remember forget try practise learn
drive walk run swim play draw sing dance sleep eat drink fetch bring give get
take find environment area postcode time everyday break lunchbox roundabout
apple pear porridge cream sandwich love patience honesty joy sorrow anger fear
hope courage calm sleep screen phone message task homework test grade subject
danish maths history sport music art nature technology
""".split()

DA_HEADINGS = """Sådan går det til|Det kan du gøre|Hvem kan hjælpe dig?|Når det er svært|Dine
muligheder|Gode råd til dig|Før mødet|Efter mødet|Hvis du er bekymret|Spørgsmål og
svar|Det må kommunen|Det må kommunen ikke|Når du er færdig|Tid og sted|Din
hverdag|Skole og fritid|Familie og venner|Hjælp døgnet rundt|Når du vil klage|Sådan
forbereder du dig""".replace("\n", " ").split("|")

EN_HEADINGS = """How it works|What you can do|Who can help you?|When it is hard|Your
options|Good advice for you|Before the meeting|After the meeting|If you are worried|Questions
and answers|What the municipality may do|What the municipality may not do|When you are
done|Time and place|Your everyday life|School and leisure|Family and friends|Help day and
night|When you want to complain|How to prepare""".replace("\n", " ").split("|")

DA_TABLE_HEAD = ["Hvad", "Hvem", "Hvornår"]
EN_TABLE_HEAD = ["What", "Who", "When"]
DA_WHEN = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "hele døgnet", "om aftenen", "i ferien"]
EN_WHEN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "day and night", "in the evening", "in the holidays"]

DA_SECTION = "Emne"
EN_SECTION = "Topic"

EXTERNAL = [
    ("BørneTelefonen hos Børns Vilkår", "Children's Helpline at Børns Vilkår", "https://bornsvilkar.dk/"),
    ("Børnerådet om dine rettigheder", "The National Council for Children on your rights", "https://www.boerneraadet.dk/"),
    ("Social- og Boligstyrelsen", "The National Board of Social Services", "https://www.sbst.dk/"),
    ("Ankestyrelsen om klager", "The National Social Appeals Board on complaints", "https://ast.dk/"),
]


def words_for(lang):
    return DA_WORDS if lang == "da" else EN_WORDS


def sentence(rng, lang, lo=6, hi=14):
    ws = [rng.choice(words_for(lang)) for _ in range(rng.randint(lo, hi))]
    ws[0] = ws[0][0].upper() + ws[0][1:]
    return " ".join(ws) + rng.choice([".", ".", ".", "?", "!"]) if hi > 4 else " ".join(ws)


def paragraph(rng, lang, n_lo=3, n_hi=5):
    return " ".join(sentence(rng, lang) for _ in range(rng.randint(n_lo, n_hi)))


def phrase(rng, lang, lo=2, hi=5):
    ws = [rng.choice(words_for(lang)) for _ in range(rng.randint(lo, hi))]
    ws[0] = ws[0][0].upper() + ws[0][1:]
    return " ".join(ws)


# ---------------------------------------------------------------------------
# Synthetic pages

def page_name(i):
    return f"side-{i:05d}"


def section_of(i):
    return f"emne-{(i % SECTIONS) + 1:02d}"


def page_title(seed, i, lang):
    rng = random.Random(f"{seed}-title-{i}-{lang}")
    return f"{phrase(rng, lang, 2, 4)} {i}"


def page_description(seed, i, lang):
    rng = random.Random(f"{seed}-desc-{i}-{lang}")
    return sentence(rng, lang, 8, 14)


def page_date(i):
    # Days since 2020-01-01, spread over five years, always in the past.
    import datetime
    day = datetime.date(2020, 1, 1) + datetime.timedelta(days=(i * 37) % 1800)
    return day.isoformat()


def relative_md(from_section, to_section, to_name):
    if from_section == to_section:
        return f"{to_name}.md"
    return f"../{to_section}/{to_name}.md"


def synthetic_body(seed, i, lang, pages):
    """Markdown body of page i (no front matter). Links are enindgang .md links."""
    rng = random.Random(f"{seed}-body-{i}-{lang}")
    own_section = section_of(i)
    heads = DA_HEADINGS if lang == "da" else EN_HEADINGS
    targets = [rng.randrange(pages) for _ in range(3)]
    targets = [t if t != i else (t + 1) % pages for t in targets]
    links = [f"[{page_title(seed, t, lang)}]({relative_md(own_section, section_of(t), page_name(t))})" for t in targets]
    ext = EXTERNAL[i % len(EXTERNAL)]
    ext_link = f"[{ext[0] if lang == 'da' else ext[1]}]({ext[2]})"
    section_link = f"[{DA_SECTION if lang == 'da' else EN_SECTION} {own_section[-2:]}](_index.md)"

    out = []
    out.append(paragraph(rng, lang))
    out.append("")
    out.append(f"## {rng.choice(heads)}")
    out.append("")
    out.append(paragraph(rng, lang))
    out.append("")
    for k in range(rng.randint(4, 6)):
        item = phrase(rng, lang, 3, 8)
        if k < len(links):
            item += f": {links[k]}"
        out.append(f"- {item}")
    out.append("")
    out.append(f"### {rng.choice(heads)}")
    out.append("")
    out.append(paragraph(rng, lang))
    out.append("")
    out.append(f"## {rng.choice(heads)}")
    out.append("")
    out.append(paragraph(rng, lang, 1, 2))
    out.append("")
    head = DA_TABLE_HEAD if lang == "da" else EN_TABLE_HEAD
    when = DA_WHEN if lang == "da" else EN_WHEN
    out.append("| " + " | ".join(head) + " |")
    out.append("|---|---|---|")
    for _ in range(rng.randint(4, 6)):
        out.append(f"| {phrase(rng, lang, 1, 3)} | {phrase(rng, lang, 1, 2)} | {rng.choice(when)} |")
    out.append("")
    out.append(f"## {rng.choice(heads)}")
    out.append("")
    for k in range(rng.randint(3, 5)):
        out.append(f"{k + 1}. {phrase(rng, lang, 4, 9)}")
    out.append("")
    out.append(paragraph(rng, lang) + f" {ext_link}. {section_link}.")
    out.append("")
    # Pad to about 3.5 KB with more ### sections.
    text = "\n".join(out)
    while len(text.encode("utf-8")) < 3300:
        out.append(f"### {rng.choice(heads)}")
        out.append("")
        out.append(paragraph(rng, lang))
        out.append("")
        text = "\n".join(out)
    return text


def front_matter(fields):
    lines = ["---"]
    for key, value in fields:
        if isinstance(value, int):
            lines.append(f"{key}: {value}")
        else:
            escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'{key}: "{escaped}"')
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# Link rewriting for Hugo (enindgang .md links -> final URLs)

MD_LINK = re.compile(r"\]\(([^)\s#]+\.md)(#[^)\s]*)?\)")


def page_url(prefix, key, slug):
    """Same rule as generator/model/page_urls.cpp PageUrl."""
    folder, name = "", key
    if "/" in key:
        folder, name = key.rsplit("/", 1)
        folder += "/"
    url = prefix + "/" + folder
    if name in ("index", "_index"):
        return url
    return url + (slug or name) + "/"


def rewrite_links(body, from_key, lang_urls, default_urls):
    def replace(m):
        rel, anchor = m.group(1), m.group(2) or ""
        base = posixpath.dirname(from_key)
        key = posixpath.normpath(posixpath.join(base, rel))[:-3]
        url = lang_urls.get(key) or default_urls.get(key)
        if url is None:
            raise SystemExit(f"make-content: {from_key}.md links to {rel}, which does not exist")
        return f"]({url}{anchor})"
    return MD_LINK.sub(replace, body)


# ---------------------------------------------------------------------------
# Municipality directory stubs for Hugo

def slugify(name):
    s = name.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


UI = {
    "da": {"postcode": "Postnummer", "all": "Alle kommuner og postnumre", "section": "Kommuner"},
    "en": {"postcode": "Postcode", "all": "All municipalities and postcodes", "section": "Municipalities"},
}


def write_directory_stubs(hugo_content, languages, municipalities, postcodes):
    by_code = {m["code"]: m for m in municipalities}
    for lang, prefix in languages:
        ui = UI.get(lang, UI["en"])
        base = os.path.join(hugo_content, lang)
        # The A–Å directory has no feed in enindgang: HTML only.
        write(os.path.join(base, "kommune", "_index.md"),
              front_matter([("title", ui["all"]), ("layout", "directory")]).replace("\n---\n", "\noutputs: [\"HTML\"]\n---\n", 1))
        # postnummer/ has no page of its own in enindgang: do not render Hugo's section page.
        write(os.path.join(base, "postnummer", "_index.md"),
              "---\ntitle: \"" + ui["postcode"] + "\"\n_build:\n  render: never\n  list: never\n---\n")
        for m in municipalities:
            slug = slugify(m["name"])
            fields = [("title", m["name"]), ("layout", "municipality"), ("code", m["code"]), ("region", m["region"])]
            for key in ("website", "enindgang_url", "phone", "email", "opening_hours", "acute_service",
                        "acute_phone", "acute_when"):
                if m.get(key):
                    fields.append((key, m[key]))
            write(os.path.join(base, "kommune", slug + ".md"), front_matter(fields))
            write(os.path.join(base, "kommune", m["code"] + ".md"),
                  front_matter([("title", m["name"]), ("layout", "shortcut"), ("shortcut", 1)]) +
                  f"[{m['name']}]({prefix}/kommune/{slug}/)\n")
        for p in postcodes:
            codes = [c for c in p["municipality_codes"].split(";") if c in by_code]
            if not codes:
                continue
            body = "\n".join(f"- [{by_code[c]['name']}]({prefix}/kommune/{slugify(by_code[c]['name'])}/)" for c in codes)
            write(os.path.join(base, "postnummer", p["postcode"] + ".md"),
                  front_matter([("title", f"{ui['postcode']} {p['postcode']} {p['name']}"), ("layout", "shortcut"),
                                ("shortcut", 1)]) + body + "\n")


def tiny_directory(data_dir, out_dir):
    """One municipality (101 København) and one postcode pointing at it."""
    municipalities = read_csv(os.path.join(data_dir, "municipalities.csv"))
    postcodes = read_csv(os.path.join(data_dir, "postcodes.csv"))
    m = [r for r in municipalities if r["code"] == "101"][:1]
    p = [r for r in postcodes if r["municipality_codes"] == "101"][:1]
    write_csv(os.path.join(out_dir, "municipalities.csv"), municipalities_header(data_dir), m)
    write_csv(os.path.join(out_dir, "postcodes.csv"), ["postcode", "name", "municipality_codes"], p)


def municipalities_header(data_dir):
    with open(os.path.join(data_dir, "municipalities.csv"), encoding="utf-8") as f:
        return next(csv.reader(f))


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    write(path, buf.getvalue())


# ---------------------------------------------------------------------------
# Hugo site skeleton

def hugo_config(languages, base_url="http://localhost:8080"):
    # languages: list of (code, prefix, endonym, direction, weight)
    lines = [
        f'baseURL = "{base_url}/"',
        'defaultContentLanguage = "da"',
        "defaultContentLanguageInSubdir = false",
        'disableKinds = ["taxonomy", "term"]',
        "enableRobotsTXT = true",
        "disableHugoGeneratorInject = true",
        "enableGitInfo = false",
        "",
        "[outputs]",
        '  home = ["HTML"]',
        '  section = ["HTML", "RSS"]',
        '  page = ["HTML"]',
        "",
        "[markup.goldmark.renderer]",
        "  unsafe = false",
        "[markup.goldmark.extensions]",
        "  typographer = false",
        "  linkify = true",
        "  table = true",
        "  strikethrough = true",
        "",
        "[languages]",
    ]
    for code, _prefix, endonym, direction, weight in languages:
        lines += [
            f"  [languages.{code}]",
            f'    contentDir = "content/{code}"',
            f"    weight = {weight}",
            f'    languageName = "{endonym}"',
            f'    languageDirection = "{direction}"',
        ]
    return "\n".join(lines) + "\n"


LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{{ .Title }} – Én indgang</title>
{{ with .Description }}<meta name="description" content="{{ . }}"/>{{ end }}
<meta name="referrer" content="no-referrer"/>
<link rel="canonical" href="{{ .Permalink }}"/>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}"/>
{{ end }}{{ range .AlternativeOutputFormats }}<link rel="alternate" type="{{ .MediaType.Type }}" href="{{ .RelPermalink }}"/>
{{ end }}{{ $style := resources.Get "style.css" | fingerprint }}<link rel="stylesheet" href="{{ $style.RelPermalink }}"/>
</head>
<body>
<a class="skip-link" href="#main">{{ if eq .Language.Lang "da" }}Gå til indholdet{{ else }}Skip to content{{ end }}</a>
<header class="site-header">
<div class="wrap">
<a class="site-name" href="{{ .Site.Home.RelPermalink }}">Én indgang</a>
<nav class="language-switcher" aria-label="Sprog">
<ul>
{{ $current := .Language.Lang }}{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}" hreflang="{{ .Language.Lang }}"{{ if eq .Language.Lang $current }} aria-current="true"{{ end }}>{{ .Language.LanguageName }}</a></li>
{{ end }}</ul>
</nav>
</div>
<nav class="menu" aria-label="Menu">
<ul class="wrap">
{{ $page := . }}{{ range (where (where .Site.Home.Pages "Params.order" "gt" 0) "Params.audience" "ne" "adult").ByParam "order" }}<li><a href="{{ .RelPermalink }}"{{ if eq . $page }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
{{ end }}</ul>
</nav>
</header>
<main id="main" class="wrap" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><div class="wrap"><p class="footer-help">BørneTelefonen 116 111</p>
<ul>{{ range (where (where .Site.Home.Pages "Params.order" "gt" 0) "Params.audience" "eq" "adult").ByParam "order" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</div></footer>
</body>
</html>
""",
    "_default/single.html": """{{ define "main" }}<article lang="{{ .Language.Lang }}">
<h1>{{ .Title }}</h1>
{{ if not .Date.IsZero }}<p class="date"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2. January 2006" }}</time></p>{{ end }}
{{ .Content }}
</article>{{ end }}
""",
    "_default/glossary.html": """{{ define "main" }}<article class="glossary" lang="{{ .Language.Lang }}">
<h1>{{ .Title }}</h1>
{{ .Content }}
<dl>
{{ range .Params.terms }}<dt id="{{ .id }}">{{ .term }}</dt>
<dd>{{ .text }}</dd>
{{ end }}</dl>
</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<article lang="{{ .Language.Lang }}">
<h1>{{ .Title }}</h1>
{{ .Content }}
</article>
<ul class="item-list">
{{ range .Pages }}<li>
<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
{{ if not .Date.IsZero }}<p class="date"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2. January 2006" }}</time></p>{{ end }}
{{ with .Description }}<p>{{ . }}</p>{{ end }}
</li>
{{ end }}</ul>{{ end }}
""",
    "index.html": """{{ define "main" }}<article lang="{{ .Language.Lang }}">
<h1>{{ .Title }}</h1>
{{ .Content }}
</article>
<form role="search" action="{{ "kommune/" | relLangURL }}"><label for="q">Postnummer, by eller kommune</label><input id="q" name="q"/><button>Søg</button></form>{{ end }}
""",
    "_default/municipality.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<section class="local-contact" aria-labelledby="contact-heading">
<h2 id="contact-heading">Kontakt</h2>
{{ with .Params.enindgang_url }}<p><a class="call-to-action" href="{{ . }}" rel="external noreferrer">Én indgang</a></p>{{ else }}<p><a class="call-to-action secondary" href="{{ .Params.website }}" rel="external noreferrer">{{ .Params.website }}</a></p>{{ end }}
{{ with .Params.phone }}<dl class="contact"><dt>Telefon</dt><dd lang="da">{{ . }}{{ with $.Params.opening_hours }} ({{ . }}){{ end }}</dd></dl>{{ end }}
</section>
<section class="help-box emergency" aria-labelledby="acute-heading">
<h2 id="acute-heading">Er det akut?</h2>
<p><a class="phone" href="tel:112">112</a></p>
{{ with .Params.acute_service }}<h3>Uden for åbningstid</h3><p lang="da">{{ . }}{{ with $.Params.acute_phone }}: {{ . }}{{ end }}{{ with $.Params.acute_when }} ({{ . }}){{ end }}</p>{{ end }}
</section>
<section class="help-box helpline" aria-labelledby="helpline-heading">
<h2 id="helpline-heading">BørneTelefonen</h2>
<p><a class="phone" href="tel:116111">116 111</a></p>
</section>
<p class="source-note">{{ .Params.region }} · <a href="{{ .Params.website }}" rel="external noreferrer">{{ .Params.website }}</a></p>{{ end }}
""",
    "_default/shortcut.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<p><a href="{{ "kommune/" | relLangURL }}">{{ if eq .Language.Lang "da" }}Se alle kommuner og postnumre{{ else }}See all municipalities and postcodes{{ end }}</a></p>
<aside class="help-boxes"><div class="help-box emergency"><h2>112</h2><p><a class="phone" href="tel:112">112</a></p></div>
<div class="help-box helpline"><h2>BørneTelefonen</h2><p><a class="phone" href="tel:116111">116 111</a></p></div></aside>{{ end }}
""",
    "_default/directory.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul class="directory">
{{ range where .Pages "Params.shortcut" "ne" 1 }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
<ul class="postcodes">
{{ with .Site.GetPage "/postnummer" }}{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}{{ end }}</ul>{{ end }}
""",
    "404.html": """{{ define "main" }}<h1>{{ if eq .Language.Lang "da" }}Siden findes ikke{{ else }}Page not found{{ end }}</h1>
<p><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Home.Title }}</a></p>{{ end }}
""",
    # Same fields as enindgang's Atom feed: title, link, date, description (not the rendered summary).
    "_default/rss.xml": """{{ printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{{ .Title }}</title>
<link>{{ .Permalink }}</link>
<language>{{ .Language.Lang }}</language>
{{ with .OutputFormats.Get "RSS" }}<atom:link href="{{ .Permalink }}" rel="self" type="application/rss+xml"/>{{ end }}
{{ range .Pages }}{{ if not .Date.IsZero }}<item>
<title>{{ .Title }}</title>
<link>{{ .Permalink }}</link>
<pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate>
<guid>{{ .Permalink }}</guid>
{{ with .Description }}<description>{{ . }}</description>{{ end }}
</item>
{{ end }}{{ end }}</channel>
</rss>
""",
}


def write_hugo_skeleton(hugo_dir, languages, style_css):
    write(os.path.join(hugo_dir, "hugo.toml"), hugo_config(languages))
    for rel, text in LAYOUTS.items():
        write(os.path.join(hugo_dir, "layouts", rel), text)
    os.makedirs(os.path.join(hugo_dir, "assets"), exist_ok=True)
    shutil.copyfile(style_css, os.path.join(hugo_dir, "assets", "style.css"))


def hugo_file(key):
    """index.md would make Hugo treat its whole folder as a leaf bundle: write it as _index.md."""
    if key == "index" or key.endswith("/index"):
        key = key[: -len("index")] + "_index"
    return key + ".md"


def hugo_front_matter(text):
    """Add weight: (Hugo's ordering) next to order:, keep everything else."""
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m:
        return text
    fm = m.group(1)
    om = re.search(r"^order:\s*(-?\d+)\s*$", fm, re.M)
    if om:
        fm += f"\nweight: {om.group(1)}"
    return "---\n" + fm + "\n---\n" + text[m.end():]


# ---------------------------------------------------------------------------
# Mode 1: synthetic

def make_synthetic(seed, n, out, directory, themes_dir, data_dir):
    langs = ["da", "en"]
    pages = max(2, n // 2)
    en_dir = os.path.join(out, "enindgang")
    hugo_dir = os.path.join(out, "hugo")
    for d in (en_dir, hugo_dir):
        if os.path.exists(d):
            shutil.rmtree(d)

    # enindgang site.yaml
    if directory == "tiny":
        tiny_directory(data_dir, en_dir)
    else:
        os.makedirs(en_dir, exist_ok=True)
        shutil.copyfile(os.path.join(data_dir, "municipalities.csv"), os.path.join(en_dir, "municipalities.csv"))
        shutil.copyfile(os.path.join(data_dir, "postcodes.csv"), os.path.join(en_dir, "postcodes.csv"))
    write(os.path.join(en_dir, "site.yaml"), f"""# Synthetic benchmark site: seed {seed}, {pages} pages per language, directory {directory}.
base_url: "http://localhost:8080"
theme: default
themes_dir: "{os.path.abspath(themes_dir)}"
unsafe_html: false
# Synthetic text is not written for children; keep the LIX check running but never failing.
lix_limit: 1000
quick_exit_url: "https://www.dmi.dk/"
municipalities: municipalities.csv
postcodes: postcodes.csv
languages:
  - code: da
    locale: da
    endonym: Dansk
    direction: ltr
  - code: en
    locale: en_GB
    endonym: English
    direction: ltr
""")

    hugo_langs = [("da", "", "Dansk", "ltr", 1), ("en", "/en", "English", "ltr", 2)]
    write_hugo_skeleton(hugo_dir, hugo_langs, os.path.join(themes_dir, "default", "assets", "style.css"))

    for lang, prefix, *_ in hugo_langs:
        files = {}  # key -> enindgang markdown
        files["index"] = front_matter([
            ("title", "Har du brug for hjælp?" if lang == "da" else "Do you need help?"),
            ("description", page_description(seed, -1, lang)), ("order", 1), ("layout", "landing")]) + \
            paragraph(random.Random(f"{seed}-index-{lang}"), lang) + "\n\n" + \
            "\n".join(f"- [{DA_SECTION if lang == 'da' else EN_SECTION} {s:02d}](emne-{s:02d}/_index.md)"
                      for s in range(1, SECTIONS + 1)) + "\n"
        for s in range(1, SECTIONS + 1):
            rng = random.Random(f"{seed}-section-{s}-{lang}")
            files[f"emne-{s:02d}/_index"] = front_matter([
                ("title", f"{DA_SECTION if lang == 'da' else EN_SECTION} {s:02d}"),
                ("description", sentence(rng, lang, 8, 12)), ("order", s + 1), ("layout", "list")]) + \
                paragraph(rng, lang) + "\n"
        for i in range(pages):
            files[f"{section_of(i)}/{page_name(i)}"] = front_matter([
                ("title", page_title(seed, i, lang)), ("description", page_description(seed, i, lang)),
                ("date", page_date(i)), ("order", i + 1)]) + synthetic_body(seed, i, lang, pages)

        urls = {key: page_url(prefix, key, "") for key in files}
        for key, text in files.items():
            write(os.path.join(en_dir, "content", lang, key + ".md"), text)
            fm_end = text.index("\n---\n") + 5
            hugo_text = hugo_front_matter(text[:fm_end] + rewrite_links(text[fm_end:], key, urls, urls))
            # Hugo lists children by weight; the date line keeps the same order as enindgang (newest first).
            write(os.path.join(hugo_dir, "content", lang, hugo_file(key)), hugo_text)

    municipalities = read_csv(os.path.join(en_dir, "municipalities.csv"))
    postcodes = read_csv(os.path.join(en_dir, "postcodes.csv"))
    write_directory_stubs(os.path.join(hugo_dir, "content"), [(c, p) for c, p, *_ in hugo_langs], municipalities, postcodes)
    return pages


# ---------------------------------------------------------------------------
# Mode 2: convert a real enindgang site for Hugo

def parse_languages(site_yaml):
    langs = []
    current = None
    for line in open(site_yaml, encoding="utf-8"):
        m = re.match(r"\s*-\s*code:\s*\"?([a-z-]+)\"?", line)
        if m:
            current = {"code": m.group(1), "endonym": m.group(1), "direction": "ltr"}
            langs.append(current)
            continue
        if current:
            m = re.match(r"\s+(endonym|direction):\s*\"?([^\"#\n]+?)\"?\s*$", line)
            if m:
                current[m.group(1)] = m.group(2)
    return langs


def make_from_site(site, out, directory):
    hugo_dir = os.path.join(out, "hugo")
    if os.path.exists(hugo_dir):
        shutil.rmtree(hugo_dir)
    langs = parse_languages(os.path.join(site, "site.yaml"))
    default = langs[0]["code"]
    hugo_langs = [(l["code"], "" if l["code"] == default else "/" + l["code"], l["endonym"], l["direction"], k + 1)
                  for k, l in enumerate(langs)]
    write_hugo_skeleton(hugo_dir, hugo_langs, os.path.join(site, "themes", "default", "assets", "style.css"))
    texts, urls = {}, {}
    for code, prefix, *_ in hugo_langs:
        root = os.path.join(site, "content", code)
        texts[code], urls[code] = {}, {}
        for dirpath, _dirs, names in os.walk(root):
            for name in names:
                if not name.endswith(".md"):
                    continue
                key = os.path.relpath(os.path.join(dirpath, name), root)[:-3].replace(os.sep, "/")
                if key.startswith("kommuner/"):
                    continue  # local texts for municipality pages: not separate pages
                text = open(os.path.join(dirpath, name), encoding="utf-8").read()
                slug = re.search(r'^slug:\s*"?([^"\n]+)"?\s*$', text.split("\n---", 1)[0], re.M)
                texts[code][key] = text
                urls[code][key] = page_url(prefix, key, slug.group(1) if slug else "")
    for code, prefix, *_ in hugo_langs:
        for key, text in texts[code].items():
            fm_end = text.index("\n---\n") + 5
            body = rewrite_links(text[fm_end:], key, urls[code],
                                 {k: page_url(prefix, k, "") for k in urls[default]})
            write(os.path.join(hugo_dir, "content", code, hugo_file(key)), hugo_front_matter(text[:fm_end] + body))
    data = site
    if directory == "tiny":
        tiny_directory(site, os.path.join(out, "tiny-data"))
        data = os.path.join(out, "tiny-data")
    write_directory_stubs(os.path.join(hugo_dir, "content"), [(c, p) for c, p, *_ in hugo_langs],
                          read_csv(os.path.join(data, "municipalities.csv")), read_csv(os.path.join(data, "postcodes.csv")))


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    args, opts = [], {"--directory": "full", "--themes": os.path.join(repo, "themes"), "--data": repo,
                      "--from-site": None}
    it = iter(argv)
    for a in it:
        if a in opts:
            opts[a] = next(it, None)
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            args.append(a)
    if opts["--directory"] not in ("full", "tiny"):
        print("make-content: --directory must be full or tiny", file=sys.stderr)
        return 2
    if opts["--from-site"]:
        if len(args) != 1:
            print("usage: make-content.py --from-site SITE OUTDIR [--directory full|tiny]", file=sys.stderr)
            return 2
        make_from_site(opts["--from-site"], args[0], opts["--directory"])
        return 0
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    seed, n, out = args[0], int(args[1]), args[2]
    pages = make_synthetic(seed, n, out, opts["--directory"], opts["--themes"], opts["--data"])
    print(f"make-content: seed {seed}: {pages} pages x 2 languages (+ {SECTIONS} sections and a landing page each), "
          f"directory {opts['--directory']}, into {out}/enindgang and {out}/hugo")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
