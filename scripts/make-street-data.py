#!/usr/bin/env python3
# Derives street_register/ from CPR's road register (extract of 2015-02-02) in
# ../shared/data/cpr-vejregister-2015/ (see its PROVENANCE.md and street_register/README.md).
#   python3 scripts/make-street-data.py [--data DIR] [--out DIR]
# Writes, sorted and with "\n" line ends, so that a rerun is byte-identical:
#   villages.csv      name,municipality_code,postcodes: each supplementary town name
#                     ("supplerende bynavn") with each municipality it lies in, and the
#                     postcodes of the house numbers it covers there
#   postcodes.csv     postcode,municipality_code,streets: every postcode and municipality
#                     the register pairs, with the number of distinct street names
#   split_streets.csv postcode,municipality_code,street,numbers: for each postcode in
#                     several municipalities, every street outside the municipality with
#                     the most streets, and the rest of any street that is split; numbers
#                     where only some of a street's house numbers lie there (the street
#                     is split between municipalities of the postcode, or between postcodes)
# Nothing is added or corrected: rows are filtered as PROVENANCE.md advises (road codes
# from 9900 are pseudo-roads, postcode 9999 is "unknown", 0955-0961 are Greenland) and
# then counted or grouped.
import argparse, collections, csv, io, os, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("--data", default=str(ROOT.parent / "shared/data/cpr-vejregister-2015"))
parser.add_argument("--out", default=str(ROOT / "street_register"))
args = parser.parse_args()


def kept(row):
    return int(row["vejkode"]) < 9900 and not 955 <= int(row["kommunekode"]) <= 961


def read(name):
    with open(os.path.join(args.data, name), encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if kept(r)]


def number(text, missing):
    """'009Z' -> (9, 'Z'); '' -> missing."""
    if not text:
        return missing
    digits = text.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")
    return (int(digits or 0), text[len(digits):])


def span(row):
    return number(row["husnr_fra"], (0, "")), number(row["husnr_til"], (9999, ""))


def overlaps(a, b):
    (a_from, a_to), (b_from, b_to) = span(a), span(b)
    same_side = not a["side_L_lige_U_ulige"] or not b["side_L_lige_U_ulige"] or \
        a["side_L_lige_U_ulige"] == b["side_L_lige_U_ulige"]
    return same_side and a_from <= b_to and b_from <= a_to


def code(kommunekode):
    return str(int(kommunekode))  # "0169" -> "169", as municipalities.csv writes it


def shown(text):
    """'009Z' -> '9Z', '' stays ''."""
    return text.lstrip("0") or ("0" if text else "")


def write(name, header, rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    print(f"{name}: {len(rows)} rows")


post = [r for r in read("cpr_postregister_20150202.csv") if r["postnr"] != "9999"]
towns = read("cpr_bynavneregister_20150202.csv")
os.makedirs(args.out, exist_ok=True)

# villages.csv: a town name's postcodes are those of the post segments of the same
# road whose house numbers overlap its own.
by_road = collections.defaultdict(list)
for r in post:
    by_road[(r["kommunekode"], r["vejkode"])].append(r)
village_postcodes = collections.defaultdict(set)
for r in towns:
    key = (r["bynavn"], code(r["kommunekode"]))
    village_postcodes[key]  # a name whose roads have no post segment still lies in its municipality
    for p in by_road[(r["kommunekode"], r["vejkode"])]:
        if overlaps(r, p):
            village_postcodes[key].add(p["postnr"])
write("villages.csv", ["name", "municipality_code", "postcodes"],
      [[name, m, ";".join(sorted(codes))] for (name, m), codes in sorted(village_postcodes.items())])

# postcodes.csv: distinct street names per postcode and municipality.
streets = collections.defaultdict(lambda: collections.defaultdict(list))  # postcode -> municipality -> name -> rows
for r in post:
    streets[r["postnr"]].setdefault(code(r["kommunekode"]), collections.defaultdict(list))[r["vejadresseringsnavn"]].append(r)
write("postcodes.csv", ["postcode", "municipality_code", "streets"],
      [[p, m, len(names)] for p in sorted(streets) for m, names in sorted(streets[p].items(), key=lambda x: int(x[0]))])


def numbers(rows):
    """Each segment as <side><from>-<to>, e.g. 'U85-85;L2-40'; side L even, U odd."""
    parts = sorted({(r["side_L_lige_U_ulige"], span(r), shown(r["husnr_fra"]), shown(r["husnr_til"])) for r in rows})
    return ";".join(f"{side}{low}-{high}" for side, _, low, high in parts)


# The postcodes each road (municipality, road code) has house numbers in.
road_postcodes = collections.defaultdict(set)
for r in post:
    road_postcodes[(r["kommunekode"], r["vejkode"])].add(r["postnr"])


def partial(rows, shared_here):
    return shared_here or any(len(road_postcodes[(r["kommunekode"], r["vejkode"])]) > 1 for r in rows)


split = []
for p in sorted(streets):
    by_municipality = streets[p]
    if len(by_municipality) < 2:
        continue
    # Most streets first; on a tie the lower code, so the order never depends on the input's.
    largest = min(by_municipality, key=lambda m: (-len(by_municipality[m]), int(m)))
    shared = collections.Counter(name for names in by_municipality.values() for name in names)
    for m, names in sorted(by_municipality.items(), key=lambda x: int(x[0])):
        for name, rows in sorted(names.items()):
            if m == largest and shared[name] == 1:
                continue
            split.append([p, m, name, numbers(rows) if partial(rows, shared[name] > 1) else ""])
write("split_streets.csv", ["postcode", "municipality_code", "street", "numbers"], split)
