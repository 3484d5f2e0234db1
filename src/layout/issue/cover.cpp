#include "layout/issue/cover.h"

#include <algorithm>

#include "layout/issue/page_text.h"

namespace paiban::layout::issue {

namespace {

constexpr std::size_t kHeadlinesPerSection = 3;
constexpr double kImageGap = 12;  // pt on A4, between the image's box and the rule above or headlines below

// The image's box spans the text block's width from TOP to BOTTOM; the PDF
// writer fits the picture into it. No room (a tiny page): no image.
void add_cover_image(Page& page, const std::string& path, const Frame& frame, double top, double bottom) {
  if (bottom - top < 1) return;
  page.images.push_back({path, static_cast<float>(frame.x), static_cast<float>(top),
                         static_cast<float>(frame.width), static_cast<float>(bottom - top)});
}

BlockStyle sized(BlockStyle style, double size, text::Align align) {
  style.size = size;
  style.leading = size * 1.4;
  style.align = align;
  return style;
}

// Sets TEXT across the frame at TOP and returns the y below it.
double add_lines(Page& page, const text::FontCatalog& fonts, const Frame& frame, double top,
                 const std::string& text, const BlockStyle& style, const std::string& kind) {
  double baseline = top + style.size;
  for (const text::Line& line : set_lines(fonts, text, style, frame.width)) {
    place_line(page, line,
               {frame.x, frame.width, aligned_x(frame.x, frame.width, line.width, style.align), baseline},
               style, kind);
    baseline += leading_of(style);
  }
  return baseline - style.size;
}

}  // namespace

Page cover_page(const Issue& issue, const LayoutSpec& spec, const text::FontCatalog& fonts) {
  Page page;
  Frame frame = text_block(spec, true);
  double scale = spec.page.width / 595.28;  // A4 sizes, scaled to the page
  BlockStyle journal = sized(spec.style("title"), 42 * scale, text::Align::center);
  BlockStyle number = sized(spec.style("subtitle"), 18 * scale, text::Align::center);
  BlockStyle section = sized(spec.style("heading1"), 16 * scale, text::Align::left);
  BlockStyle headline = sized(spec.style("byline"), 12 * scale, text::Align::left);

  double y = frame.y + frame.height * 0.12;
  y = add_lines(page, fonts, frame, y, issue.journal, journal, "cover_journal");
  std::string line2 = issue.number + (issue.date.empty() ? "" : "  " + issue.date);
  y = add_lines(page, fonts, frame, y + 6 * scale, line2, number, "cover_issue");
  page.rules.push_back({static_cast<float>(frame.x), static_cast<float>(y + 8 * scale),
                        static_cast<float>(frame.x + frame.width), static_cast<float>(y + 8 * scale),
                        static_cast<float>(1.5 * scale)});

  // Headlines fill the lower half; the cover image takes the space above it.
  double headlines = std::max(y + 24 * scale, frame.y + frame.height * 0.5);
  if (!issue.cover_image.empty())
    add_cover_image(page, issue.cover_image, frame, y + 8 * scale + kImageGap * scale, headlines - kImageGap * scale);
  y = headlines;
  double bottom = frame.y + frame.height;
  for (const IssueSection& s : issue.sections) {
    if (s.name.empty() || y + leading_of(section) * 2 > bottom) continue;
    y = add_lines(page, fonts, frame, y + 8 * scale, s.name, section, "cover_section");
    std::size_t shown = std::min(s.articles.size(), kHeadlinesPerSection);
    for (std::size_t i = 0; i < shown && y + leading_of(headline) <= bottom; ++i)
      y = add_lines(page, fonts, frame, y, s.articles[i].article.title, headline, "cover_headline");
  }
  page.label = "i";
  return page;
}

}  // namespace paiban::layout::issue
