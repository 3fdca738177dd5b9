# Builds municipalities.csv and postcodes.csv from the reference data in ../shared/data (see docs/DATA.md).
# Run from the repository root: python3 scripts/make-municipality-data.py
import csv, io, shutil

REF = "../shared/data/"
munis = list(csv.DictReader(open(REF + "municipalities-reference.csv", encoding="utf-8", newline="")))
acute = {r["kommunekode"]: r for r in csv.DictReader(open(REF + "acute-contacts-reference.csv", encoding="utf-8", newline=""))}

# "page seen" column of PROVENANCE.md, for rows whose website came from a municipality page.
website_pages = {}
prov = open(REF + "PROVENANCE.md", encoding="utf-8").read()
section = prov.split("### Websites: the page that evidences each host")[1].split("Hosts seen")[0]
for line in section.splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) == 4 and cells[0].isdigit():
        website_pages[cells[0]] = cells[3]

# Translated (not paraphrased beyond language) from acute-contacts-reference.csv,
# only rows whose audience is the public or children. Kolding's row is a children's
# line with no hours (not an after-hours route) and goes to `phone` instead.
ACUTE = {
    "210": ("Den Sociale Døgnvagt via Nordsjællands Politi", "", "uden for normal arbejdstid"),
    "219": ("Døgnvagten via politiet", "114", "i alvorlige, akutte situationer, når kommunen har lukket"),
    "230": ("Den sociale rådighedsvagt via Nordsjællands Politi", "114", "uden for normal åbningstid og i weekender"),
    "259": ("Politiet, som kontakter Den Sociale Døgnvagt", "114", "ved akut behov"),
    "336": ("Midt- og Vestsjællands Politi, som kontakter kommunens vagtberedskab", "114", "i akutte situationer uden for åbningstid"),
    "420": ("Børnetelefonen (landsdækkende, ikke kommunens)", "116111", "uden for kommunens telefontid"),
    "430": ("Politiet eller Børnetelefonen (116111)", "114", "uden for kommunens telefontid"),
    "540": ("Politiet", "", "uden for kommunens åbningstid"),
    "550": ("Den sociale bagvagt via politiet", "114", "i alvorlige, akutte situationer uden for kontortid"),
    "573": ("Politiet, som kontakter den sociale bagvagt ved behov", "114", "i akutte situationer uden for åbningstid"),
    "707": ("Den Sociale Døgnvagt", "21 73 60 18", "uden for åbningstid"),
    "825": ("Politiet – spørg efter den sociale vagt", "114", "uden for åbningstid"),
}
# Daytime numbers stated for the public or children (acute notes / enindgang_source).
CONTACT = {
    "219": ("7232 5586", "mandag-tirsdag 10-14, onsdag lukket, torsdag 10-17, fredag 10-12"),
    "230": ("46 11 00 00", ""),
    "420": ("64 74 75 17", "mandag-onsdag 10-15, torsdag 10-17, fredag 10-13"),
    "430": ("72 53 30 00", "mandag-tirsdag 9-15.30, onsdag lukket, torsdag 9-16.30, fredag 9-12"),
    "573": ("79 94 78 28", "mandag-onsdag 9-15.30, torsdag 9-17, fredag 9-13"),
    "621": ("79 79 28 51", ""),
    "707": ("89 59 10 00", "mandag-onsdag 10-15, torsdag 10-17, fredag 10-12"),
    "825": ("98 45 50 00", "mandag-onsdag 8-15, torsdag 8-17, fredag 8-14"),
}
ALIASES = {
    "101": "Copenhagen;Kbh",
    "217": "Elsinore",
    "400": "Bornholms Regionskommune",
    "480": "Nordfyn",
    "580": "Åbenrå",
    "751": "Århus",
    "820": "Vesthimmerland",
    "851": "Ålborg",
}

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow("code,name,region,website,enindgang_url,phone,email,opening_hours,acute_service,acute_phone,acute_when,aliases,source,verified".split(","))
for m in munis:
    code = m["kommunekode"]
    labelled = {}  # url -> labels, so a page that backs several columns is named once
    def cite(label, url):
        labelled.setdefault(url, []).append(label)
    if m["website_source"] == "municipality page":
        cite("website", website_pages[code])
    if m["enindgang_url"]:
        cite("enindgang", m["enindgang_url"])
    if code in ACUTE or code in CONTACT:
        cite("contact", acute[code]["source_url"])
    sources = ["DAWA /kommuner"]
    if m["website_source"] != "municipality page":
        sources.append("website: public list")
    sources += ["+".join(labels) + ": " + url for url, labels in labelled.items()]
    phone, hours = CONTACT.get(code, ("", ""))
    service, aphone, when = ACUTE.get(code, ("", "", ""))
    w.writerow([code, m["name"], m["region"], m["website"], m["enindgang_url"], phone, "", hours,
                service, aphone, when, ALIASES.get(code, ""), "; ".join(sources), ""])
open("municipalities.csv", "w", encoding="utf-8", newline="").write(out.getvalue())
shutil.copyfile(REF + "postcodes-reference.csv", "postcodes.csv")
print(len(munis), len(website_pages))
