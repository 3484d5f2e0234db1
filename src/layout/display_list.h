#pragma once
// The device-independent result of layout: pages of positioned glyph runs and
// rules. PDF export consumes it; `paiban layout --dump` prints it.
// Coordinates: points, origin at the top-left corner of the trim box, y down;
// a glyph run's y is its baseline.
#include <string>
#include <vector>

#include "text/font_catalog.h"
#include "text/paragraph.h"

namespace paiban::layout {

struct PageRun {
  float x = 0, y = 0;    // origin of the run's first glyph pen position
  text::GlyphRun glyphs; // glyph x positions are relative to this run's x
  std::string text;      // source text of these glyphs; clusters index into it
  float gray = 0;        // 0 = black (DeviceGray)
};

struct Rule {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  float thickness = 0.5f;
};

// What `--dump` prints for each line and what the tests check.
struct LineRecord {
  float x = 0, y = 0, measure = 0, width = 0;  // x: left edge of the measure
  std::string text;
  std::string block;  // kind of block: paragraph, heading1, ..., header, folio
  bool last = false;
  float size = 0;          // type size of the block, pt
  float natural = 0;       // width before justification, pt
  bool justified = false;  // the line was stretched or shrunk to the measure
  text::Align align = text::Align::justify;  // of its block
  int block_id = -1;       // laid-out block, in flow order, per article
  int model_block = -1;    // index into Article::blocks, -1 for other parts
  int article = 0;         // article index within the document
  int first_run = 0, run_count = 0;  // this line's glyph runs in Page::runs
};

// A picture file (PNG or JPEG) drawn in a box: scaled to fit it with its
// aspect ratio kept, centred. The box is in the same coordinates as the rest.
struct PageImage {
  std::string path;
  float x = 0, y = 0, width = 0, height = 0;  // x, y: the box's top-left corner
};

struct Page {
  std::vector<PageRun> runs;
  std::vector<Rule> rules;
  std::vector<PageImage> images;  // drawn under the text and rules
  std::vector<LineRecord> lines;
  std::string label;  // page label: "1", "ii"
  int article = -1;   // article whose text is on this page; -1 for blank pages
  bool recto = true;  // right-hand (odd) page
};

struct OutlineItem {
  int level = 0;  // 0 title, 1 heading level 1, 2 heading level 2
  std::string title;
  int page = 0;   // 0-based page index
  float y = 0;
};

struct DocumentInfo {
  std::string title, author, subject, keywords;
  std::string creator = "paiban";
};

// Where one article of the document lies (for contents and running heads).
struct ArticlePages {
  std::string title;
  std::string authors;  // display names joined by 、
  std::string journal, issue;
  int first_page = 0;   // 0-based page indexes, inclusive
  int last_page = 0;
};

struct Document {
  double trim_width = 0, trim_height = 0, bleed = 0;
  std::vector<text::FaceInfo> faces;  // FaceId in runs indexes this
  std::vector<Page> pages;
  std::vector<OutlineItem> outline;
  DocumentInfo info;
  std::vector<ArticlePages> articles;
  std::vector<std::string> warnings;  // e.g. a character no font has, a forced page break
};

}  // namespace paiban::layout
