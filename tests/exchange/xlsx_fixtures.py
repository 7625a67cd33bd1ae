#!/usr/bin/env python3
"""Workbooks written by another tool than StudyLedger, and hostile ones, for TestXlsx*.

    xlsx_fixtures.py NAME OUT     writes the workbook NAME to OUT
    xlsx_fixtures.py read FILE    prints what openpyxl finds in the first sheet, as JSON

Needs openpyxl (Debian python3-openpyxl) for the openpyxl-* workbooks and `read`; the hostile
ones are built with zipfile alone.
"""
import datetime
import io
import json
import re
import sys
import zipfile


SHARED_STRINGS = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats'
                  '.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>M201</t></si>'
                  '<si><r><t>王</t></r><r><rPr><b/></rPr><t>五</t></r><rPh sb="0" eb="1">'
                  '<t>ワン</t></rPh></si></sst>')
SHARED_STRINGS_RELATIONSHIP = ('<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                               'officeDocument/2006/relationships/sharedStrings" '
                               'Target="sharedStrings.xml"/>')


def rewrite(path, replace, extra=None):
    """Rewrites the parts of the zip at `path` through replace(name, text) -> text and adds the
    parts of `extra` {name: text}."""
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    parts += [(name, text.encode("utf-8")) for name, text in (extra or {}).items()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name.endswith((".xml", ".rels")):
                data = replace(name, data.decode("utf-8")).encode("utf-8")
            z.writestr(name, data)


MEMBERS_HEADER = ["编号", "姓名", "性别", "出生日期", "入党日期", "人员类别", "所在党组织",
                  "职务", "干部级别", "联系电话"]


def openpyxl_members(out):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append(MEMBERS_HEADER)
    ws.append(["M201", "张明", "男", datetime.date(1980, 5, 17), datetime.datetime(2001, 7, 1),
               "正式党员", "B01", True, None, 13800138000])
    ws.append(["M202", "李华", None, datetime.date(1990, 12, 31), None, None, "B01", False,
               None, "010-12345678"])
    ws.append(["M203", "王五", "女", None, None, None, "B02", None, None, None])
    for row in ws.iter_rows(min_row=2):
        row[3].number_format = "yyyy-mm-dd"
        row[4].number_format = 'yyyy"年"m"月"d"日"'
    wb.save(out)

    def replace(name, text):
        if name.endswith("sheet1.xml"):
            # A2 a shared string, B4 a shared rich-text string with a phonetic run (not part of
            # the text), B3 an inline string; the row of M203 without its `r`, its C4 without one.
            text = re.sub(r'<c r="A2" t="inlineStr">.*?</c>', '<c r="A2" t="s"><v>0</v></c>', text)
            text = re.sub(r'<c r="B4" t="inlineStr">.*?</c>', '<c r="B4" t="s"><v>1</v></c>', text)
            text = re.sub(r'<c r="B3"[^>]*>.*?</c>',
                          '<c r="B3" t="inlineStr"><is><t>李华</t></is></c>', text)
            text = text.replace('<row r="4"', "<row").replace('<c r="C4"', "<c")
        if name.endswith("workbook.xml.rels"):
            text = text.replace("</Relationships>", SHARED_STRINGS_RELATIONSHIP + "</Relationships>")
        return text

    rewrite(out, replace, {"xl/sharedStrings.xml": SHARED_STRINGS})


def openpyxl_selfstudy_1904(out):
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.append(["党员编号", "日期", "时长(分钟)", "学习内容", "形式", "笔记"])
    ws.append(["M001", datetime.date(2026, 3, 5), 45, "党章", None, "001"])
    ws.append(["M001", datetime.datetime(2026, 3, 6, 0, 0), 30.0, "条例", None, 12.5])
    ws.append(["M002", datetime.date(2026, 1, 31), 120, "=不是公式", None, None])
    ws["D4"].data_type = "s"  # a text that starts with "=", not a formula
    for row in ws.iter_rows(min_row=2):
        row[1].number_format = "yyyy-mm-dd"
    wb.save(out)


def openpyxl_errors(out, error_values=True):
    """Error values (#N/A, #DIV/0!) or, without them, a date that does not exist."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append(MEMBERS_HEADER)
    ws.append(["M301", "甲", "男", "#N/A" if error_values else None, None, None, "B01", None,
               None, None])
    ws.append(["M302", "乙", "男", "1985-02-30", None, None, "B01", None, None, None])
    ws.append(["M303", "丙", "男", None, None, None, "B01", "#DIV/0!" if error_values else None,
               None, None])
    wb.save(out)


def minimal_parts(sheet):
    return {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats'
                               '.org/package/2006/content-types"/>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
                       '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
                       'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                       'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats'
                           '.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats'
                           '.org/officeDocument/2006/relationships"><sheets><sheet name="S" '
                           'sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas'
                                      '.openxmlformats.org/package/2006/relationships">'
                                      '<Relationship Id="rId1" Type="http://schemas.'
                                      'openxmlformats.org/officeDocument/2006/relationships/'
                                      'worksheet" Target="/xl/worksheets/sheet1.xml"/>'
                                      '</Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }


SHEET = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
         '2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c>'
         '<c r="B1" t="inlineStr"><is><t>名称</t></is></c></row></sheetData></worksheet>')


def write_zip(out, parts):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)


def hostile(name, out):
    if name == "not-a-zip":
        with open(out, "wb") as f:
            f.write("编号,名称\r\nD01,区委\r\n".encode("utf-8"))
    elif name == "minimal":
        write_zip(out, minimal_parts(SHEET))
    elif name == "no-workbook":
        write_zip(out, {"hello.txt": "not a workbook"})
    elif name == "no-sheets":
        parts = minimal_parts(SHEET)
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>', "<sheets/>")
        write_zip(out, parts)
    elif name == "truncated":
        buffer = io.BytesIO()
        write_zip(buffer, minimal_parts(SHEET))
        with open(out, "wb") as f:
            f.write(buffer.getvalue()[: len(buffer.getvalue()) * 2 // 3])
    elif name == "dtd":
        sheet = SHEET.replace('<?xml version="1.0"?>',
                              '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaa">'
                              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>').replace(
                                  "<t>名称</t>", "<t>&b;</t>")
        write_zip(out, minimal_parts(sheet))
    elif name == "huge-declared":
        write_zip(out, minimal_parts(SHEET))
        data = bytearray(open(out, "rb").read())
        # The uncompressed size of the sheet in its central directory entry: 1.25 GB.
        entry = data.rindex(b"PK\x01\x02", 0, data.index(b"xl/worksheets/sheet1.xml",
                                                           data.index(b"PK\x01\x02")))
        data[entry + 24: entry + 28] = (0x50000000).to_bytes(4, "little")
        open(out, "wb").write(bytes(data))
    else:
        raise SystemExit("unknown workbook " + name)


def read(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            kind = type(v).__name__
            if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
                v = v.isoformat()
            cells.append({"value": v, "type": kind, "format": c.number_format})
        rows.append(cells)
    print(json.dumps({"title": ws.title, "freeze": ws.freeze_panes,
                      "bold": bool(ws["A1"].font.b), "fill": ws["A1"].fill.fill_type,
                      "widths": {k: d.width for k, d in ws.column_dimensions.items()},
                      "rows": rows}, ensure_ascii=False))


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    name, out = sys.argv[1], sys.argv[2]
    if name == "read":
        read(out)
    elif name == "openpyxl-members":
        openpyxl_members(out)
    elif name == "openpyxl-selfstudy-1904":
        openpyxl_selfstudy_1904(out)
    elif name == "openpyxl-errors":
        openpyxl_errors(out)
    elif name == "openpyxl-bad-date":
        openpyxl_errors(out, error_values=False)
    else:
        hostile(name, out)


if __name__ == "__main__":
    main()
