// `paiban issue` end to end: the PDF read back with poppler and qpdf.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "layout/layout_spec.h"

#include "support/files.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;

namespace {

using paiban::test::CommandResult;
using paiban::test::run;

using paiban::test::shell_quoted;

std::string data(const std::string& name) { return std::string(PAIBAN_TESTS_DIR) + "/issue/data/" + name; }

// One folder for the whole run, removed at exit.
fs::path temp_dir() {
  static const paiban::test::TempDir dir("paiban-issue-test");
  return dir.path();
}

// Builds the test issue once per layout and imposition.
std::string build(const std::string& args, const std::string& name) {
  static std::map<std::string, std::string> built;
  auto it = built.find(args);
  if (it != built.end()) return it->second;
  std::string pdf = (temp_dir() / name).string();
  CommandResult r = run(std::string(PAIBAN_CLI) + " issue " + shell_quoted(data("five.xml")) + " -o " + shell_quoted(pdf) + " " + args +
                 " 2>&1");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  return built[args] = pdf;
}

int page_count(const std::string& pdf) {
  std::smatch m;
  std::string info = run("pdfinfo " + shell_quoted(pdf)).out;
  REQUIRE(std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)")));
  return std::stoi(m[1]);
}

// Text of page N (1-based), optionally cropped to a rectangle in points.
std::string page_text(const std::string& pdf, int n, const std::string& crop = "") {
  std::string p = std::to_string(n);
  return run("pdftotext -q -enc UTF-8 -f " + p + " -l " + p + " " + crop + " " + shell_quoted(pdf) + " -").out;
}

std::string squeeze(std::string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) || c == '\f'; }),
          s.end());
  return s;
}

nlohmann::json qpdf_json(const std::string& pdf) {
  return nlohmann::json::parse(run("qpdf --json " + shell_quoted(pdf)).out);
}

// Index (0-based) of the first page labelled with arabic numerals.
int first_arabic_page(const std::string& pdf) {
  nlohmann::json labels = qpdf_json(pdf)["pagelabels"];
  REQUIRE(labels.size() == 2);
  CHECK(labels[0]["index"] == 0);
  CHECK(labels[0]["label"]["/S"] == "/r");
  CHECK(labels[1]["label"]["/S"] == "/D");
  CHECK(labels[1]["label"]["/St"] == 1);
  return labels[1]["index"].get<int>();
}

// The page numbers at the end of the contents' leader lines, in order.
std::vector<int> contents_numbers(const std::string& pdf) {
  std::vector<int> out;
  std::regex entry("(?:\\.\\s*){2,}(\\d+)\\s*$");
  for (int n = 2; n <= first_arabic_page(pdf); ++n) {
    std::string text = page_text(pdf, n, "-layout");
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
      std::string line = text.substr(start, end - start);
      std::smatch m;
      if (std::regex_search(line, m, entry)) out.push_back(std::stoi(m[1]));
    }
  }
  return out;
}

// The contents' text without spaces (titles may wrap).
std::string contents_text(const std::string& pdf) {
  std::string out;
  for (int n = 2; n <= first_arabic_page(pdf); ++n) out += squeeze(page_text(pdf, n));
  return out;
}

// True when the titles appear in TEXT in this order.
bool in_order(const std::string& text, const std::vector<std::string>& titles) {
  std::size_t at = 0;
  for (const std::string& t : titles) {
    at = text.find(squeeze(t), at);
    if (at == std::string::npos) return false;
  }
  return true;
}

const std::vector<std::string> kTitles{
    "新时期加强党员党性教育的几点思考", "完善干部考核评价机制的实践与探索", "论基层党组织服务功能的强化路径",
    "组织工作要紧扣中心服务大局", "“流动党员之家”让党员离乡不离党",
    "关于在新时代条件下进一步加强和改进基层党组织建设推动全面从严治党向基层延伸的若干思考"};

}  // namespace


TEST_CASE("contents page numbers are where each article starts") {
  std::string pdf = build("", "issue.pdf");
  int front = first_arabic_page(pdf);
  CHECK(front % 2 == 0);
  std::vector<int> numbers = contents_numbers(pdf);
  REQUIRE(numbers.size() == kTitles.size());
  CHECK(in_order(contents_text(pdf), kTitles));
  for (std::size_t i = 0; i < kTitles.size(); ++i) {
    INFO(kTitles[i]);
    int n = front + numbers[i];  // 1-based PDF page of arabic page N
    CHECK(squeeze(page_text(pdf, n)).find(squeeze(kTitles[i])) != std::string::npos);
    if (n - 1 > front)  // the page before is no contents page
      CHECK(squeeze(page_text(pdf, n - 1)).find(squeeze(kTitles[i])) == std::string::npos);
    CHECK(numbers[i] % 2 == 1);  // issue-a4 starts articles on a recto
  }
}

struct HeadCount {
  int left = 0, right = 0, cut = 0;
};

// Reads the head band of every article page after each article's first.
HeadCount check_heads(const std::string& pdf, const std::string& layout) {
  paiban::layout::LayoutSpec spec = paiban::layout::load_layout(layout);
  int front = first_arabic_page(pdf), pages = page_count(pdf);
  std::vector<int> starts = contents_numbers(pdf);
  REQUIRE(starts.size() == kTitles.size());
  // The head band: from the bleed edge down to just above the text block.
  int band = static_cast<int>(spec.page.bleed + spec.page.margin_top - 2);
  std::string crop = "-x 0 -y 0 -W 2000 -H " + std::to_string(band);
  HeadCount count;
  for (std::size_t a = 0; a < starts.size(); ++a) {
    int last = a + 1 < starts.size() ? starts[a + 1] - 1 : pages - front;
    for (int number = starts[a] + 1; number <= last; ++number) {
      std::string head = squeeze(page_text(pdf, front + number, crop));
      std::string body = squeeze(page_text(pdf, front + number));
      INFO(layout << " page " << number << " head '" << head << "'");
      if (body.size() < head.size() + 10) {  // a blank verso before the next article
        CHECK(head.empty());
        continue;
      }
      if (number % 2 == 0) {
        CHECK(head == "支部建设2014年10期");
        ++count.left;
        continue;
      }
      std::string title = squeeze(kTitles[a]);
      bool cut = head.size() > 6 && head.substr(head.size() - 6) == "……" &&
                 title.rfind(head.substr(0, head.size() - 6), 0) == 0;
      CHECK((head == title || cut));
      if (a + 1 == kTitles.size()) CHECK(cut);  // the long title never shows whole
      count.cut += cut;
      ++count.right;
    }
  }
  return count;
}

TEST_CASE("running heads: journal and issue on left pages, the title on right pages") {
  HeadCount a4 = check_heads(build("", "issue.pdf"), "issue-a4");
  CHECK(a4.left >= 2);
  CHECK(a4.right >= 1);
  HeadCount a5 = check_heads(build("--layout booklet-a5", "booklet.pdf"), "booklet-a5");
  CHECK(a5.left >= 4);
  CHECK(a5.right >= 3);
  CHECK(a5.cut >= 2);
}

TEST_CASE("bookmarks: contents, then section, article, headings") {
  std::string pdf = build("", "issue.pdf");
  nlohmann::json outlines = qpdf_json(pdf)["outlines"];
  REQUIRE(outlines.size() == 3);
  CHECK(outlines[0]["title"] == "目录");
  CHECK(outlines[0]["destpageposfrom1"] == 2);
  CHECK(outlines[1]["title"] == "理论研究");
  CHECK(outlines[2]["title"] == "基层实践");
  std::vector<int> starts = contents_numbers(pdf);
  REQUIRE(starts.size() == kTitles.size());
  int front = first_arabic_page(pdf);
  for (int s = 0; s < 2; ++s) {
    const nlohmann::json& articles = outlines[1 + s]["kids"];
    REQUIRE(articles.size() == 3);
    CHECK(outlines[1 + s]["destpageposfrom1"] == front + starts[3 * s]);
    for (int a = 0; a < 3; ++a) {
      const nlohmann::json& article = articles[a];
      CHECK(kTitles[3 * s + a].rfind(article["title"].get<std::string>(), 0) == 0);
      CHECK(article["destpageposfrom1"] == front + starts[3 * s + a]);
      REQUIRE(article["kids"].size() >= 3);
      CHECK(article["kids"][0]["title"].get<std::string>().rfind("一、", 0) == 0);
      for (const nlohmann::json& heading : article["kids"])
        CHECK(heading["destpageposfrom1"].get<int>() >= front + starts[3 * s + a]);
    }
  }
  // Second-level headings sit under their first-level heading.
  const nlohmann::json& first = outlines[1]["kids"][0]["kids"][1];
  CHECK(first["title"].get<std::string>().rfind("二、", 0) == 0);
  REQUIRE(first["kids"].size() == 3);
  CHECK(first["kids"][0]["title"].get<std::string>().find("理想信念教育") != std::string::npos);
}

TEST_CASE("fonts are embedded once for the whole issue, one subset per face") {
  std::string pdf = build("", "issue.pdf");
  std::string fonts = run("pdffonts " + shell_quoted(pdf)).out;
  std::regex row("^([A-Z]{6})\\+(\\S+)\\s.*\\b(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$");
  std::set<std::string> faces;
  int rows = 0;
  std::size_t start = 0;
  for (std::size_t end; (end = fonts.find('\n', start)) != std::string::npos; start = end + 1) {
    std::string line = fonts.substr(start, end - start);
    std::smatch m;
    if (!std::regex_match(line, m, row)) continue;
    ++rows;
    CHECK(m[3] == "yes");  // embedded
    CHECK(m[4] == "yes");  // subset
    CHECK(m[5] == "yes");  // ToUnicode
    CHECK(faces.insert(m[2]).second);  // no face twice
  }
  CHECK(rows >= 3);
  CHECK(rows < 12);  // not one copy per article (six articles, several faces each)
}

TEST_CASE("saddle imposition puts the issue's pages in folding order") {
  std::string reader = build("--layout booklet-a5", "booklet.pdf");
  std::string imposed = build("--layout booklet-a5 --impose saddle", "booklet-saddle.pdf");
  int pages = page_count(reader);
  int padded = (pages + 3) / 4 * 4;
  REQUIRE(page_count(imposed) == padded / 2);
  paiban::layout::LayoutSpec spec = paiban::layout::load_layout("booklet-a5");
  // Halves of an imposed sheet side, in points (pdftotext's default 72 dpi).
  std::string media = run("pdfinfo " + shell_quoted(imposed)).out;
  std::smatch m;
  REQUIRE(std::regex_search(media, m, std::regex("Page size:\\s+([\\d.]+) x ([\\d.]+)")));
  int width = static_cast<int>(std::stod(m[1])), height = static_cast<int>(std::stod(m[2]));
  auto half = [&](int side, bool right) {
    std::string crop = "-x " + std::to_string(right ? width / 2 : 0) + " -y 0 -W " + std::to_string(width / 2) +
                       " -H " + std::to_string(height);
    return squeeze(page_text(imposed, side, crop));
  };
  auto reader_page = [&](int n) { return n > pages ? std::string() : squeeze(page_text(reader, n)); };
  for (int sheet = 0; sheet < padded / 4; ++sheet) {
    INFO("sheet " << sheet);
    // Front: the last unplaced page left, the first right; back: the reverse.
    CHECK(half(2 * sheet + 1, false) == reader_page(padded - 2 * sheet));
    CHECK(half(2 * sheet + 1, true) == reader_page(2 * sheet + 1));
    CHECK(half(2 * sheet + 2, false) == reader_page(2 * sheet + 2));
    CHECK(half(2 * sheet + 2, true) == reader_page(padded - 2 * sheet - 1));
  }
  (void)spec;
}

TEST_CASE("a missing article stops the issue, naming it; --keep-going leaves it out") {
  std::string pdf = (temp_dir() / "missing.pdf").string();
  std::string base = std::string(PAIBAN_CLI) + " issue " + shell_quoted(data("missing.xml")) + " -o " + shell_quoted(pdf);
  CommandResult stop = run(base + " 2>&1");
  CHECK(stop.exit_code == 66);
  CHECK_THAT(stop.out, Catch::Contains("missing.xml:5") && Catch::Contains("not-there.txt"));
  CHECK_FALSE(fs::exists(pdf));

  CommandResult kept = run(base + " --keep-going 2>&1");
  INFO(kept.out);
  REQUIRE(kept.exit_code == 0);
  CHECK_THAT(kept.out, Catch::Contains("not-there.txt") && Catch::Contains("left out"));
  CHECK(contents_numbers(pdf).size() == 2);
  CHECK(in_order(contents_text(pdf), {kTitles[0], "社区党建“网格化”的阳高探索"}));
}

TEST_CASE("an article that cannot be parsed stops the issue, naming it") {
  fs::path dir = temp_dir();
  { std::ofstream(dir / "empty.txt"); }
  std::string article = std::string(PAIBAN_SOURCE_DIR) + "/examples/issue/lilun-ganbu-kaohe.txt";
  std::ofstream(dir / "broken.xml") << "<issue journal='J' number='N'>\n<article src='" << article
                                    << "'/>\n<article src='empty.txt'/>\n</issue>\n";
  std::string pdf = (dir / "broken.pdf").string();
  std::string base = std::string(PAIBAN_CLI) + " issue " + shell_quoted((dir / "broken.xml").string()) + " -o " +
                     shell_quoted(pdf);
  CommandResult stop = run(base + " 2>&1");
  CHECK(stop.exit_code == 65);
  CHECK_THAT(stop.out, Catch::Contains("broken.xml:3") && Catch::Contains("empty.txt"));
  CommandResult kept = run(base + " --keep-going 2>&1");
  CHECK(kept.exit_code == 0);
  CHECK(contents_numbers(pdf).size() == 1);
}

TEST_CASE("the same issue gives the same bytes, and its layout dump") {
  fs::path dir = temp_dir();
  auto make = [&](const std::string& name) {
    std::string pdf = (dir / (name + ".pdf")).string();
    CommandResult r = run("SOURCE_DATE_EPOCH=1412121600 " + std::string(PAIBAN_CLI) + " issue " +
                   shell_quoted(data("five.xml")) + " -o " + shell_quoted(pdf) + " --dump " +
                   shell_quoted((dir / (name + ".txt")).string()) + " 2>&1");
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
    return paiban::test::read_file(pdf);
  };
  std::string first = make("same-1"), second = make("same-2");
  CHECK(first.size() > 10000);
  CHECK(first == second);
  std::string text = paiban::test::read_file(dir / "same-1.txt");
  CHECK_THAT(text, Catch::Contains("目  录") && Catch::Contains("支部建设 2014年10期"));
}

TEST_CASE("the shorthand takes article files and the issue's identity from options") {
  std::string pdf = (temp_dir() / "shorthand.pdf").string();
  std::string examples = std::string(PAIBAN_SOURCE_DIR) + "/examples/issue/";
  CommandResult r = run(std::string(PAIBAN_CLI) + " issue " + shell_quoted(examples + "lilun-ganbu-kaohe.txt") + " " +
                 shell_quoted(examples + "shijian-shequ-fuwu.txt") + " -o " + shell_quoted(pdf) +
                 " --journal 党建研究 --issue 2015年1期 2>&1");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(run("pdfinfo " + shell_quoted(pdf)).out, Catch::Contains("党建研究 2015年1期"));
  CHECK(contents_numbers(pdf).size() == 2);
  CHECK(squeeze(page_text(pdf, 1)).find("党建研究") != std::string::npos);
}

TEST_CASE("issue refuses a SOURCE_DATE_EPOCH that is not a time, as render does") {
  std::string pdf = (temp_dir() / "bad-epoch.pdf").string();
  for (const char* bad : {"yesterday", "12abc", "-5", "99999999999999999999"}) {
    CommandResult r = run("SOURCE_DATE_EPOCH=" + shell_quoted(bad) + " " + std::string(PAIBAN_CLI) + " issue " +
                          shell_quoted(data("five.xml")) + " -o " + shell_quoted(pdf) + " 2>&1");
    INFO(bad << ": " << r.out);
    CHECK(r.exit_code == 2);
    CHECK(r.out == "paiban: SOURCE_DATE_EPOCH is not a time in seconds: " + std::string(bad) + "\n");
    CHECK_FALSE(fs::exists(pdf));
  }
}
