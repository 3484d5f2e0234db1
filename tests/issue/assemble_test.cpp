// assemble_issue on articles built in memory: where articles start, blank
// versos, contents numbers, heads and folios, labels, bookmarks, faces.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "layout/issue/assemble.h"
#include "layout/issue/running_heads.h"
#include "layout/layout_spec.h"

using namespace paiban;
using namespace paiban::layout;
using namespace paiban::layout::issue;

namespace {

model::Block block(model::BlockType type, int level, const std::string& text) {
  model::Block b;
  b.type = type;
  b.level = level;
  b.runs.push_back({text});
  return b;
}

// An article of PARAGRAPHS paragraphs of about 300 characters under two headings.
model::Article article(const std::string& title, const std::string& author, int paragraphs) {
  model::Article a;
  a.title = title;
  a.journal = "支部建设";
  a.issue = "2014年10期";
  a.authors.push_back({author, "", {}});
  std::string sentence = "基层党组织是党在社会基层组织中的战斗堡垒,是党的全部工作和战斗力的基础。";
  std::string text;
  for (int i = 0; i < 8; ++i) text += sentence;
  a.blocks.push_back(block(model::BlockType::heading, 1, "一、" + title + "的意义"));
  for (int i = 0; i < paragraphs; ++i) {
    if (i == paragraphs / 2) a.blocks.push_back(block(model::BlockType::heading, 1, "二、做法与成效"));
    a.blocks.push_back(block(model::BlockType::paragraph, 0, text));
  }
  return a;
}

Issue test_issue(int articles_per_section) {
  Issue issue{"支部建设", "2014年10期", "2014-10-01", "编者按。", "", {}};
  const int sizes[] = {3, 14, 6, 25, 9, 2, 17, 4};
  for (const char* name : {"理论研究", "基层实践"}) {
    IssueSection s{name, {}};
    for (int i = 0; i < articles_per_section; ++i) {
      int n = static_cast<int>(issue.article_count() + s.articles.size());
      std::string title = std::string(name) + "文章" + std::to_string(n + 1);
      if (n == 3) title = "关于在新时代条件下进一步加强和改进基层党组织建设推动全面从严治党向基层延伸的若干思考";
      s.articles.push_back({article(title, "作者" + std::to_string(n + 1), sizes[n % 8]), ""});
    }
    issue.sections.push_back(std::move(s));
  }
  return issue;
}

struct Built {
  LayoutSpec spec;
  std::shared_ptr<const text::FontCatalog> fonts;
  AssembledIssue issue;
};

const Built& built(const std::string& layout) {
  static std::map<std::string, std::unique_ptr<Built>> cache;
  auto& b = cache[layout];
  if (!b) {
    b = std::make_unique<Built>();
    b->spec = load_layout(layout);
    b->fonts = text::FontCatalog::load({}, b->spec.font_families);
    b->issue = assemble_issue(test_issue(3), b->spec, *b->fonts);
  }
  return *b;
}

std::vector<const LineRecord*> lines_of(const Page& page, const std::string& kind) {
  std::vector<const LineRecord*> out;
  for (const LineRecord& l : page.lines)
    if (l.block == kind) out.push_back(&l);
  return out;
}

std::string header_text(const Page& page) {
  auto heads = lines_of(page, "header");
  return heads.empty() ? "" : heads.front()->text;
}

}  // namespace

TEST_CASE("articles start on new pages, on rectos when the layout asks") {
  for (const char* layout : {"issue-a4", "booklet-a5"}) {
    INFO(layout);
    const Built& b = built(layout);
    const AssembledIssue& a = b.issue;
    const Document& d = a.document;
    CHECK(a.front_pages % 2 == 0);
    REQUIRE(a.articles.size() == 6);
    int expected = a.front_pages;
    for (const ArticlePlacement& p : a.articles) {
      if (b.spec.page.start_recto && (expected - a.front_pages) % 2 == 1) {
        const Page& blank = d.pages.at(static_cast<std::size_t>(expected));
        CHECK(blank.runs.empty());  // a blank verso: no head, no folio
        CHECK(blank.article == -1);
        ++expected;
      }
      CHECK(p.first_page == expected);
      if (b.spec.page.start_recto) CHECK((p.first_page - a.front_pages) % 2 == 0);
      auto titles = lines_of(d.pages.at(static_cast<std::size_t>(p.first_page)), "title");
      REQUIRE_FALSE(titles.empty());
      CHECK(titles.front()->text == p.title.substr(0, titles.front()->text.size()));
      expected += p.page_count;
    }
    CHECK(static_cast<int>(d.pages.size()) == expected);
    CHECK(a.articles[1].page_count > 1);
  }
}

TEST_CASE("page labels: roman for the front matter, arabic through the articles") {
  const AssembledIssue& a = built("issue-a4").issue;
  const std::vector<Page>& pages = a.document.pages;
  CHECK(pages[0].label == "i");
  CHECK(pages[1].label == "ii");
  for (int i = a.front_pages; i < static_cast<int>(pages.size()); ++i) {
    CHECK(pages[static_cast<std::size_t>(i)].label == std::to_string(i - a.front_pages + 1));
    CHECK(pages[static_cast<std::size_t>(i)].recto == ((i - a.front_pages) % 2 == 0));
  }
}

TEST_CASE("contents entries print the label of each article's first page") {
  const AssembledIssue& a = built("issue-a4").issue;
  std::vector<std::string> numbers, titles;
  for (int i = 1; i <= a.contents_pages; ++i) {
    for (const LineRecord* l : lines_of(a.document.pages[static_cast<std::size_t>(i)], "contents_page"))
      numbers.push_back(l->text);
  }
  REQUIRE(numbers.size() == a.articles.size());
  for (std::size_t i = 0; i < numbers.size(); ++i)
    CHECK(numbers[i] == a.document.pages[static_cast<std::size_t>(a.articles[i].first_page)].label);
}

TEST_CASE("running heads: journal and issue on versos, the (shortened) title on rectos") {
  for (const char* layout : {"issue-a4", "booklet-a5"}) {
    INFO(layout);
    const Built& b = built(layout);
    const AssembledIssue& a = b.issue;
    int checked_verso = 0, checked_recto = 0;
    for (std::size_t i = 0; i < a.articles.size(); ++i) {
      const ArticlePlacement& p = a.articles[i];
      std::string short_title =
          shorten_title(*b.fonts, p.title, issue_header(b.spec).style, head_title_width(b.spec));
      for (int k = p.first_page; k < p.first_page + p.page_count; ++k) {
        const Page& page = a.document.pages[static_cast<std::size_t>(k)];
        CHECK(page.article == static_cast<int>(i));
        auto folios = lines_of(page, "folio");
        if (k == p.first_page && !issue_folio(b.spec).on_first_page) {
          CHECK(folios.empty());
        } else {
          REQUIRE(folios.size() == 1);
          CHECK(folios[0]->text == page.label);
        }
        if (k == p.first_page) {
          CHECK(header_text(page).empty());  // the title is on the page already
        } else if (page.recto) {
          CHECK(header_text(page) == short_title);
          ++checked_recto;
        } else {
          CHECK(header_text(page) == "支部建设 2014年10期");
          ++checked_verso;
        }
      }
    }
    CHECK(checked_verso >= 3);
    CHECK(checked_recto >= 3);
  }
  // The long title is cut in its head.
  const Built& b = built("issue-a4");
  const ArticlePlacement& long_one = b.issue.articles[3];
  REQUIRE(long_one.page_count > 2);
  std::string head = header_text(b.issue.document.pages[static_cast<std::size_t>(long_one.first_page + 2)]);
  CHECK_THAT(head, Catch::EndsWith("……"));
  CHECK(head.size() < long_one.title.size());
}

TEST_CASE("bookmarks nest contents, sections, articles and their headings") {
  const AssembledIssue& a = built("issue-a4").issue;
  const std::vector<OutlineItem>& o = a.document.outline;
  REQUIRE(o.size() == 1 + 2 + 6 * 3);  // contents, two sections, articles with two headings each
  CHECK(o[0].title == "目录");
  CHECK(o[0].page == 1);
  CHECK(o[1].level == 0);
  CHECK(o[1].title == "理论研究");
  CHECK(o[2].level == 1);
  CHECK(o[2].title == a.articles[0].title);
  CHECK(o[2].page == a.articles[0].first_page);
  CHECK(o[3].level == 2);
  CHECK(o[3].title == "一、" + a.articles[0].title + "的意义");
  CHECK(o[4].level == 2);
  CHECK(o[4].title == "二、做法与成效");
  CHECK(o[11].level == 0);
  CHECK(o[11].title == "基层实践");
  CHECK(o[11].page == a.articles[3].first_page);
  for (const OutlineItem& item : o) CHECK(item.page < static_cast<int>(a.document.pages.size()));
}

TEST_CASE("one face list for the issue; metadata names the issue") {
  const Built& b = built("issue-a4");
  const Document& d = b.issue.document;
  CHECK(d.faces.size() == b.fonts->faces().size());
  for (const Page& p : d.pages)
    for (const PageRun& r : p.runs) {
      CHECK(r.glyphs.face >= 0);
      CHECK(r.glyphs.face < static_cast<int>(d.faces.size()));
    }
  CHECK(d.info.title == "支部建设 2014年10期");
  CHECK_THAT(d.info.subject, Catch::Contains("理论研究") && Catch::Contains("基层实践"));
  CHECK_THAT(d.info.author, Catch::Contains("作者1") && Catch::Contains("作者6"));
  REQUIRE(d.articles.size() == 6);
  CHECK(d.articles[2].first_page == b.issue.articles[2].first_page);
}

TEST_CASE("an issue whose articles run past the page limit stops with a data error") {
  const Built& b = built("issue-a4");
  const int body_pages = static_cast<int>(b.issue.document.pages.size()) - b.issue.front_pages;
  REQUIRE(body_pages > 4);
  try {
    assemble_issue(test_issue(3), b.spec, *b.fonts, body_pages / 2);
    FAIL("assembled past the limit");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::data);
    CHECK(std::string(e.what()).find("more than " + std::to_string(body_pages / 2) + " pages") != std::string::npos);
  }
  CHECK(assemble_issue(test_issue(3), b.spec, *b.fonts, body_pages).document.pages.size() ==
        b.issue.document.pages.size());
}
