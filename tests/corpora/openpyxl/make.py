#!/usr/bin/python3
"""Writes the openpyxl corpus: workbooks made by Debian's python3-openpyxl, and beside each one a JSON file of what a
reader must find in it, built from the very values given to openpyxl (never from our reader).

Run with Debian's interpreter (apt-get install python3-openpyxl):  /usr/bin/python3 tests/corpora/openpyxl/make.py

openpyxl does not calculate formulas, so it saves them without a result. For the formula cells whose result the test
expects, this script writes the cached result into the sheet XML itself (the <v> element Excel and LibreOffice write
on saving), and marks an error result t="e" as they do; one formula is left without a result on purpose.
openpyxl writes a double with 16 significant digits, so values here need no more (1.7976931348623157e308 would be
written as 1.797693134862316e+308, beyond the largest double). Times are given to the millisecond: a spreadsheet stores a time as a fraction of a day, and readers keep milliseconds.
"""
import datetime as dt
import json
import re
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent


def time_text(value):
    """hh:mm:ss, total hours past 23, fraction digits only when present (the reader's time text)."""
    if isinstance(value, dt.time):
        value = dt.timedelta(hours=value.hour, minutes=value.minute, seconds=value.second, microseconds=value.microsecond)
    micros = value.days * 86_400_000_000 + value.seconds * 1_000_000 + value.microseconds
    sign = "-" if micros < 0 else ""
    micros = abs(micros)
    seconds, fraction = divmod(micros, 1_000_000)
    text = f"{sign}{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return text + ("." + f"{fraction:06d}".rstrip("0") if fraction else "")


def date_text(value):
    if isinstance(value, dt.datetime):
        text = value.strftime("%Y-%m-%dT%H:%M:%S")
        return text + ("." + f"{value.microsecond:06d}".rstrip("0") if value.microsecond else "")
    return value.isoformat()


def expected_value(kind, value):
    if value is None:
        return None
    if kind == "time":
        return time_text(value)
    if kind == "datetime":
        return date_text(value)
    return value


def write_table(ws, top_left_row, top_left_col, header, rows, formats=None):
    for j, name in enumerate(header):
        ws.cell(row=top_left_row, column=top_left_col + j, value=name)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value is not None:
                cell = ws.cell(row=top_left_row + 1 + i, column=top_left_col + j, value=value)
                if formats and formats[j]:
                    cell.number_format = formats[j]


def sheet_expectation(name, header, kinds, rows, warnings, strict_error=None, overrides=None):
    columns = []
    for j, column in enumerate(header):
        values = [expected_value(kinds[j], row[j] if j < len(row) else None) for row in rows]
        for (i, jj), value in (overrides or {}).items():
            if jj == j:
                values[i] = value
        columns.append({"name": column, "type": kinds[j], "values": values})
    return {"sheet": name, "columns": columns, "warnings": warnings, "strictError": strict_error}


def save(name, wb, sheets, cached=None):
    path = HERE / f"{name}.xlsx"
    wb.save(path)
    if cached:
        set_cached_values(path, cached)
    (HERE / f"{name}.json").write_text(json.dumps({"workbook": f"{name}.xlsx", "sheets": sheets}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def set_cached_values(path, cached):
    """cached: {(sheet part, cell ref): (value text, is error)}: writes <v> (and t="e") into saved formula cells."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    for (part, ref), (text, error) in cached.items():
        xml = parts[part].decode("utf-8")
        pattern = re.compile(r'<c r="' + ref + r'"([^>]*)><f>(.*?)</f><v\s*(?:/>|></v>)')
        kind = ' t="e"' if error else (' t="str"' if not re.fullmatch(r"-?[0-9.E+-]+", text) else "")
        xml, count = pattern.subn(lambda m: f'<c r="{ref}"{kind}><f>{m.group(2)}</f><v>{text}</v>', xml)
        assert count == 1, (part, ref)
        parts[part] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for filename, content in parts.items():
            target.writestr(filename, content)


def times():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Shifts"
    header = ["worker", "start", "end", "break", "overtime", "day", "clocked"]
    kinds = ["string", "time", "time", "time", "time", "datetime", "datetime"]
    rows = [
        ["Uwase", dt.time(7, 30), dt.time(16, 5, 30), dt.timedelta(minutes=45), dt.timedelta(hours=30, minutes=15),
         dt.date(2024, 3, 1), dt.datetime(2024, 3, 1, 7, 29, 58)],
        ["Habimana", dt.time(0, 0, 1, 500000), dt.time(23, 59, 59), dt.timedelta(seconds=90), dt.timedelta(hours=100),
         dt.date(2024, 2, 29), dt.datetime(2024, 2, 29, 23, 59, 59, 250000)],
        ["Mukamana", dt.time(12, 0), None, dt.timedelta(0), dt.timedelta(hours=24, seconds=1),
         dt.date(1999, 12, 31), dt.datetime(1999, 12, 31, 12, 0)],
        ["Nshuti", dt.time(0, 0), dt.time(6, 7, 8, 123000), None, dt.timedelta(days=2, hours=3, minutes=4, seconds=5),
         None, dt.datetime(2030, 1, 1, 0, 0, 1)],
    ]
    formats = [None, "hh:mm:ss", "h:mm:ss", "[h]:mm:ss", "[h]:mm", "yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss"]
    write_table(ws, 1, 1, header, rows, formats)
    save("times", wb, [sheet_expectation("Shifts", header, kinds, rows, [])])


def types():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plots"
    header = ["code", "phone", "label", "count", "big", "area", "irrigated", "note"]
    kinds = ["string", "string", "string", "int32", "int64", "double", "bool", "string"]
    rows = [
        ["00123", "0788123456", "123", 1, 3_000_000_000, 0.5, True, "1e5"],
        ["00456", "0722000111", "4.5", -2, -9_007_199_254_740_991, 1e-9, False, "TRUE"],
        ["10001", "+250788000000", "7", 2147483647, 42, -1234.25, None, "3:1"],
        ["00000", None, "-0", 0, 0, 1.5e300, True, None],
    ]
    write_table(ws, 1, 1, header, rows)
    save("types", wb, [sheet_expectation("Plots", header, kinds, rows, [])])


def formulas():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    header = ["item", "qty", "price", "total", "share", "label"]
    ws.append(header)
    ws.append(["seeds", 4, 2.5, "=B2*C2", "=D2/D5", '="x"&B2'])
    ws.append(["tools", 0, 10, "=B3*C3", "=B3/B3", '="x"&B3'])
    ws.append(["feed", 3, 1.25, "=B4*C4", "=D4/D5", '="x"&B4'])
    ws.append(["all", "=SUM(B2:B4)", None, "=SUM(D2:D4)", "=D5/D5", "=NOW()"])
    part = "xl/worksheets/sheet1.xml"
    cached = {
        (part, "D2"): ("10", False), (part, "D3"): ("0", False), (part, "D4"): ("3.75", False), (part, "D5"): ("13.75", False),
        (part, "E2"): ("0.7272727272727273", False), (part, "E3"): ("#DIV/0!", True), (part, "E4"): ("0.2727272727272727", False),
        (part, "E5"): ("1", False), (part, "F2"): ("x4", False), (part, "F3"): ("x0", False), (part, "F4"): ("x3", False),
        (part, "B5"): ("7", False),
        # F5 (=NOW()) keeps no result: the reader must say so, not invent one.
    }
    rows = [
        ["seeds", 4, 2.5, 10, 0.7272727272727273, "x4"],
        ["tools", 0, 10, 0, None, "x0"],
        ["feed", 3, 1.25, 3.75, 0.2727272727272727, "x3"],
        ["all", 7, None, 13.75, 1, None],
    ]
    kinds = ["string", "int32", "double", "double", "double", "string"]
    save("formulas", wb, [sheet_expectation("Budget", header, kinds, rows, ["Excel_FormulasWithoutValue", "Excel_ErrorCells"], "Excel_FormulaWithoutValueStrict")], cached)


def merged():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Harvest"
    header = ["district", "crop", "tonnes"]
    rows = [["Huye", "maize", 12.5], [None, "beans", 3.25], [None, "sorghum", 1.0], ["Musanze", "potatoes", 40.0], [None, "wheat", 2.5]]
    write_table(ws, 1, 1, header, [[r[0] or None, r[1], r[2]] for r in rows])
    ws.merge_cells("A2:A4")
    ws.merge_cells("A5:A6")
    kinds = ["string", "string", "double"]
    save("merged", wb, [sheet_expectation("Harvest", header, kinds, rows, ["Excel_MergedCells"], "Excel_MergedCellsStrict")])


def offset():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Report"
    header = ["site", "visits", "last"]
    rows = [["Kigali", 10, dt.date(2024, 5, 1)], ["Rubavu", 7, dt.date(2024, 5, 3)], ["Nyagatare", 12, dt.date(2024, 4, 30)]]
    write_table(ws, 4, 3, header, rows, [None, None, "dd/mm/yyyy"])
    save("offset", wb, [sheet_expectation("Report", header, ["string", "int32", "datetime"], rows, ["Excel_LeadingCellsSkipped"], "Excel_LeadingCellsStrict")])


def sheets():
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Sales"
    header1 = ["region", "units", "paid"]
    rows1 = [["North", 12, True], ["South", 3, False]]
    write_table(first, 1, 1, header1, rows1)
    second = wb.create_sheet("Stock levels")
    header2 = ["item", "on hand", "checked at"]
    rows2 = [["seeds", 40, dt.time(9, 15)], ["fertiliser", 0, dt.time(17, 45, 30)], ["tools", 5, None]]
    write_table(second, 1, 1, header2, rows2, [None, None, "hh:mm:ss"])
    third = wb.create_sheet("Mixed")
    header3 = ["reading", "value"]
    rows3 = [["a", 1.5], ["b", "n/a yet"], ["c", dt.date(2024, 1, 2)], ["d", True]]
    write_table(third, 1, 1, header3, rows3)
    mixed = [r[1] for r in rows3]
    save("sheets", wb, [
        sheet_expectation("Sales", header1, ["string", "int32", "bool"], rows1, []),
        sheet_expectation("Stock levels", header2, ["string", "int32", "time"], rows2, []),
        sheet_expectation("Mixed", header3, ["string", "string"], rows3, ["Excel_MixedColumnsAsText"], "Excel_MixedColumnStrict",
                          overrides={(i, 1): v for i, v in enumerate(["1.5", "n/a yet", "2024-01-02", "true"])}),
    ])
    del mixed


if __name__ == "__main__":
    times()
    types()
    formulas()
    merged()
    offset()
    sheets()
