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
# `acute_when` is typed so every language can say it: `closed` = when the
# municipality is closed (outside opening/office/phone hours, at weekends),
# `acute` = whenever it is acute (the source names no hours).
ACUTE = {
    "210": ("Den Sociale Døgnvagt via Nordsjællands Politi", "", "closed"),   # outside normal working hours
    "219": ("Døgnvagten via politiet", "114", "closed"),                     # when the municipality is closed
    "230": ("Den sociale rådighedsvagt via Nordsjællands Politi", "114", "closed"),  # outside opening hours, weekends
    "259": ("Politiet, som kontakter Den Sociale Døgnvagt", "114", "acute"),  # acute need
    "336": ("Midt- og Vestsjællands Politi, som kontakter kommunens vagtberedskab", "114", "closed"),
    "420": ("Børnetelefonen (landsdækkende, ikke kommunens)", "116111", "closed"),
    "430": ("Politiet eller Børnetelefonen (116111)", "114", "closed"),
    "540": ("Politiet", "", "closed"),
    "550": ("Den sociale bagvagt via politiet", "114", "closed"),
    "573": ("Politiet, som kontakter den sociale bagvagt ved behov", "114", "closed"),
    "707": ("Den Sociale Døgnvagt", "21 73 60 18", "closed"),
    "825": ("Politiet – spørg efter den sociale vagt", "114", "closed"),
}
# Daytime numbers stated for the public or children (acute notes / enindgang_source),
# hours in OpenStreetMap's opening_hours syntax, transcribed from the note beside each
# (the source's wording in the comment). The sources state weekday hours only; "PH off"
# is added because Danish municipal offices are closed on public holidays, so that a
# child on Christmas Day is shown the after-hours route first (the number stays shown).
CONTACT = {
    "219": ("7232 5586", "Mo-Tu 10:00-14:00; We off; Th 10:00-17:00; Fr 10:00-12:00; PH off"),  # Mon-Tue 10-14, Wed closed, Thu 10-17, Fri 10-12
    "230": ("46 11 00 00", ""),
    "420": ("64 74 75 17", "Mo-We 10:00-15:00; Th 10:00-17:00; Fr 10:00-13:00; PH off"),  # Mon-Wed 10-15, Thu 10-17, Fri 10-13
    "430": ("72 53 30 00", "Mo-Tu 09:00-15:30; We off; Th 09:00-16:30; Fr 09:00-12:00; PH off"),  # Mon-Tue 9-15.30, Wed closed, Thu 9-16.30, Fri 9-12
    "573": ("79 94 78 28", "Mo-We 09:00-15:30; Th 09:00-17:00; Fr 09:00-13:00; PH off"),  # Mon-Wed 9-15.30, Thu 9-17, Fri 9-13
    "621": ("79 79 28 51", ""),
    "707": ("89 59 10 00", "Mo-We 10:00-15:00; Th 10:00-17:00; Fr 10:00-12:00; PH off"),  # Mon-Wed 10-15, Thu 10-17, Fri 10-12
    "825": ("98 45 50 00", "Mo-We 08:00-15:00; Th 08:00-17:00; Fr 08:00-14:00; PH off"),  # Mon-Wed 8-15, Thu 8-17, Fri 8-14
}

# new-finds-2026-12.csv (second search). Hjørring: a local news article gives the
# entrance's phone, hours ("mandag til torsdag fra kl. 8.00 til 15.00, samt fredag fra
# kl. 8.00 til 14.00") and SMS ("sende 'BF' til 1910"); its URL was cut off, so no
# enindgang_url. Ishøj: the press release names "ishoj.dk/dinside" but the page was not
# seen; PROVENANCE.md allows https://ishoj.dk/dinside only after a check that it
# answers, which this machine cannot make, so it is cited as a lead, not linked.
finds = {r["kommunekode"]: r for r in csv.DictReader(open(REF + "new-finds-2026-12.csv", encoding="utf-8", newline=""))}
assert finds["860"]["phone"] == "72 33 35 31 | sende 'BF' til 1910"
NEW_CONTACT = {
    "860": ("72 33 35 31", "1910", "BF", "Mo-Th 08:00-15:00; Fr 08:00-14:00; PH off",
            "contact (local news, not a municipal page): " + finds["860"]["url"]),
}
LEADS = {
    "183": "lead, not checked: the municipality's press release names ishoj.dk/dinside (" +
           finds["183"]["seen_in"].split("stored copy of ")[1].split(" (")[0] + ")",
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
w.writerow("code,name,region,website,enindgang_url,phone,email,sms,sms_text,opening_hours,acute_service,acute_phone,acute_when,aliases,source,verified".split(","))
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
    sms, sms_text = "", ""
    if code in NEW_CONTACT:
        phone, sms, sms_text, hours, cited = NEW_CONTACT[code]
        sources.append(cited)
    if code in LEADS:
        sources.append(LEADS[code])
    service, aphone, when = ACUTE.get(code, ("", "", ""))
    w.writerow([code, m["name"], m["region"], m["website"], m["enindgang_url"], phone, "", sms, sms_text, hours,
                service, aphone, when, ALIASES.get(code, ""), "; ".join(sources), ""])
open("municipalities.csv", "w", encoding="utf-8", newline="").write(out.getvalue())
shutil.copyfile(REF + "postcodes-reference.csv", "postcodes.csv")
print(len(munis), len(website_pages))
