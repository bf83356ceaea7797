#!/usr/bin/env python3
"""Generates the synthetic sample data used by the walkthrough notebooks (deterministic; public domain, CC0).

Coffee harvests of fictional cooperatives in Rwanda's districts: every name, figure and date is made up.
Writes harvests.csv, weather.tsv, cooperatives.json, deliveries.ndjson, prices.xlsx and lots.csv beside this script;
sales.parquet comes from make-parquet.cs (run: dotnet run notebooks/data/make-parquet.cs).
"""
import datetime as dt
import json
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
rng = random.Random(20261125)
DISTRICTS = ["Huye", "Nyamagabe", "Rusizi", "Nyamasheke", "Karongi", "Gakenke", "Rulindo"]
COOPS = ["Abakundakawa", "Twongere Umusaruro", "Dukunde Kawa", "Kopakama", "Maraba", "Koakaka", "Sholi"]
GRADES = ["A1", "A2", "A3"]


def harvests():
    lines = ["date,district,cooperative,cherries_kg,price_rwf_per_kg,certified,notes"]
    start = dt.date(2025, 3, 1)
    for i in range(480):
        day = start + dt.timedelta(days=rng.randrange(0, 120))
        district = rng.choice(DISTRICTS)
        kg = "" if rng.random() < 0.04 else str(rng.randrange(200, 9000))
        price = "" if rng.random() < 0.08 else f"{rng.uniform(380, 520):.1f}"
        certified = rng.choice(["true", "false"])
        note = rng.choice(["", "", "", "rain delay", "\"late pick, sorted twice\"", "\"washed, grade A1\""])
        lines.append(f"{day.isoformat()},{district},{rng.choice(COOPS)},{kg},{price},{certified},{note}")
    (HERE / "harvests.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def weather():
    lines = ["date\tdistrict\trainfall_mm\ttemperature_c"]
    start = dt.date(2025, 3, 1)
    for d in range(120):
        for district in DISTRICTS:
            rain = "NA" if rng.random() < 0.03 else f"{max(0.0, rng.gauss(4, 6)):.1f}"
            lines.append(f"{(start + dt.timedelta(days=d)).isoformat()}\t{district}\t{rain}\t{rng.gauss(19.5, 2.2):.1f}")
    (HERE / "weather.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def cooperatives():
    items = []
    for i, name in enumerate(COOPS):
        items.append({
            "id": i + 1,
            "name": name,
            "founded": f"{rng.randrange(1998, 2016)}-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}",
            "members": rng.randrange(150, 2200),
            "women_share": round(rng.uniform(0.3, 0.65), 2),
            "location": {"district": DISTRICTS[i], "altitude_m": rng.randrange(1500, 2100)},
            "washing_station": rng.random() < 0.8,
        })
    (HERE / "cooperatives.json").write_text(json.dumps(items, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def deliveries():
    rows = []
    for i in range(200):
        rows.append(json.dumps({
            "delivery_id": 10_000 + i,
            "cooperative": rng.choice(COOPS),
            "delivered_at": f"2025-0{rng.randrange(4, 8)}-{rng.randrange(10, 28)}T{rng.randrange(6, 18):02d}:{rng.randrange(0, 60):02d}:00",
            "bags": rng.randrange(5, 80),
            "moisture_pct": None if rng.random() < 0.05 else round(rng.uniform(10.5, 12.8), 1),
            "truck": {"plate": f"RA{rng.randrange(100, 999)}X", "driver": rng.choice(["Jean", "Aline", "Eric", "Claudine"])},
        }, ensure_ascii=False))
    (HERE / "deliveries.ndjson").write_text("\n".join(rows) + "\n", encoding="utf-8")


def prices_xlsx():
    header = ["month", "grade", "price_usd_per_lb", "volume_t"]
    rows = []
    for m in range(1, 13):
        for grade in GRADES:
            rows.append([dt.date(2025, m, 1), grade, round(rng.uniform(2.6, 4.4), 2), rng.randrange(40, 400)])

    def cell(ref, value):
        if isinstance(value, dt.date):  # Excel serial date with a date style (s="1")
            return f'<c r="{ref}" s="1"><v>{(value - dt.date(1899, 12, 30)).days}</v></c>'
        if isinstance(value, (int, float)):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'

    sheet_rows = []
    for r, values in enumerate([header] + rows, start=1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(values))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Prices" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    with zipfile.ZipFile(HERE / "prices.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)


def lots():
    """Coffee lots with a cupping score that follows altitude, processing, defects, moisture and bean size, plus noise:
    something a model can learn (regression on cup_score, classification on specialty = score of 85 or more)."""
    lot_rng = random.Random(85)  # its own generator: the files above stay as they were
    processes = {"washed": 1.0, "honey": 0.5, "natural": 0.0}
    base_altitude = {"Huye": 1750, "Nyamagabe": 1900, "Rusizi": 1600, "Nyamasheke": 1700, "Karongi": 1650, "Gakenke": 1800, "Rulindo": 1850}
    lines = ["lot_id,district,cooperative,process,altitude_m,moisture_pct,defects_per_300g,screen_size,picked_on,cup_score,specialty"]
    start = dt.date(2025, 3, 1)
    for i in range(1500):
        district = lot_rng.choice(DISTRICTS)
        process = lot_rng.choices(list(processes), weights=[6, 2, 2])[0]
        altitude = round(lot_rng.gauss(base_altitude[district], 120))
        moisture = round(lot_rng.uniform(9.0, 13.5), 1)
        defects = max(0, round(lot_rng.gauss(6, 4)))
        screen = lot_rng.choice([14, 15, 15, 16, 16, 17, 18])
        score = (84.8 + 0.006 * (altitude - 1600) + 1.4 * processes[process] - 0.28 * defects
                 - 0.9 * abs(moisture - 11.0) + 0.45 * (screen - 15) + lot_rng.gauss(0, 0.7))
        score = round(min(92.0, max(72.0, score)), 2)
        picked = start + dt.timedelta(days=lot_rng.randrange(0, 120))
        moisture_text = "" if lot_rng.random() < 0.03 else f"{moisture}"
        lines.append(f"L{25000 + i},{district},{lot_rng.choice(COOPS)},{process},{altitude},{moisture_text},{defects},{screen},"
                     f"{picked.isoformat()},{score},{'yes' if score >= 85 else 'no'}")
    (HERE / "lots.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    harvests()
    weather()
    cooperatives()
    deliveries()
    prices_xlsx()
    lots()
