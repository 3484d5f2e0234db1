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
  float x = 0, y = 0, measure = 0, width = 0;
  std::string text;
  std::string block;  // kind of block: paragraph, heading1, ...
  bool last = false;
};

struct Page {
  std::vector<PageRun> runs;
  std::vector<Rule> rules;
  std::vector<LineRecord> lines;
  std::string label;  // page label: "1", "ii"
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

struct Document {
  double trim_width = 0, trim_height = 0, bleed = 0;
  std::vector<text::FaceInfo> faces;  // FaceId in runs indexes this
  std::vector<Page> pages;
  std::vector<OutlineItem> outline;
  DocumentInfo info;
};

}  // namespace paiban::layout
