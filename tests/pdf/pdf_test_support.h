#pragma once
// Helpers for the PDF tests: documents built by shaping strings with HarfBuzz
// directly (so the writer is tested on its own), reading rendered pages.
// Temporary folders and running the checker tools: tests/support.
#include <string>
#include <vector>

#include "layout/display_list.h"
#include "support/files.h"        // read_file, without_space
#include "support/run_command.h"  // run
#include "support/temp_dir.h"

namespace paiban::test {

// Debian font files the tests rely on (scripts/setup installs them).
text::FaceInfo noto_serif_sc();  // CFF, index 2 of the .ttc
text::FaceInfo wenkai();         // TrueType, has U+20BB7
text::FaceInfo dejavu_sans();    // TrueType Latin

// One shaped line: glyph ids, pen positions and clusters from HarfBuzz, with
// `extra` pt added after every glyph (inter-character justification).
layout::PageRun shape_run(const text::FaceInfo& face, int face_id, const std::string& text, float size,
                          float x, float y, float extra = 0);

// An A5 document (3 mm bleed) with the given faces and no pages yet.
layout::Document a5_document(std::vector<text::FaceInfo> faces);

struct Gray {
  int width = 0, height = 0;
  std::vector<unsigned char> pixels;  // 0 black .. 255 white
  int at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
};
Gray read_pgm(const std::string& path);  // binary P5, maxval 255

}  // namespace paiban::test

namespace paiban::test {

// Two A5 pages exercising every writer feature: Noto Serif CJK (CFF) body with
// inter-character spacing and synthetic bold, LXGW WenKai (TrueType) with a
// character beyond the BMP, DejaVu Latin, a rule, outline and labels.
layout::Document sample_document();
// The texts of its runs, page by page, in reading order.
std::vector<std::string> sample_page_texts();

}  // namespace paiban::test
