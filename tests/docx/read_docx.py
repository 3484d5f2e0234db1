"""Reads a .docx back with python-docx and prints what it found as JSON:
paragraph styles and texts, the footer's text, core properties, page size.
Run with Debian's /usr/bin/python3 (python3-docx)."""
import json
import sys

import docx

document = docx.Document(sys.argv[1])
core = document.core_properties
section = document.sections[0]
print(json.dumps({
    "paragraphs": [[p.style.name, p.text] for p in document.paragraphs],
    "styles": sorted(s.name for s in document.styles),
    "header": [p.text for p in section.header.paragraphs],
    "core": {
        "title": core.title,
        "author": core.author,
        "subject": core.subject,
        "keywords": core.keywords,
        "created": core.created.isoformat() if core.created else None,
    },
    "page_mm": [round(section.page_width.mm, 1), round(section.page_height.mm, 1)],
}, ensure_ascii=False))
