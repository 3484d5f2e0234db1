#include "layout/issue/assemble.h"

#include <algorithm>
#include <set>

#include "layout/issue/article_pages.h"
#include "layout/issue/contents.h"
#include "layout/issue/cover.h"
#include "layout/issue/merge.h"
#include "layout/issue/outline.h"
#include "layout/issue/page_labels.h"
#include "layout/issue/running_heads.h"
#include "model/error.h"

namespace paiban::layout::issue {

namespace {

struct ArticleRef {
  const IssueSection* section;
  const IssueArticle* article;
};

std::vector<ArticleRef> in_order(const Issue& issue) {
  std::vector<ArticleRef> out;
  for (const IssueSection& s : issue.sections)
    for (const IssueArticle& a : s.articles) out.push_back({&s, &a});
  return out;
}

// Where each article starts, counted from the first arabic page (page 1, a
// recto because the front matter has an even number of pages).
struct BodyPlan {
  std::vector<int> starts;
  int pages = 0;
};

BodyPlan plan_body(const std::vector<Document>& bodies, bool start_recto, int max_pages) {
  BodyPlan plan;
  for (const Document& d : bodies) {
    if (start_recto && plan.pages % 2 == 1) ++plan.pages;  // a blank verso before it
    plan.starts.push_back(plan.pages);
    plan.pages += static_cast<int>(std::max<std::size_t>(d.pages.size(), 1));
    if (plan.pages > max_pages)
      throw Error(ExitCode::data, "the issue's articles run to more than " + std::to_string(max_pages) +
                                      " pages; paiban stops there (split the issue into volumes)");
  }
  return plan;
}

std::string authors_of(const model::Article& article, const std::string& separator) {
  std::string out;
  for (const model::Author& a : article.authors) out += (out.empty() ? "" : separator) + a.name;
  return out;
}

std::vector<ContentsEntry> contents_entries(const std::vector<ArticleRef>& articles,
                                            const BodyPlan& plan) {
  std::vector<ContentsEntry> entries;
  for (std::size_t i = 0; i < articles.size(); ++i)
    entries.push_back({articles[i].section->name, articles[i].article->article.title,
                       authors_of(articles[i].article->article, " "), std::to_string(plan.starts[i] + 1)});
  return entries;
}

void add_front_matter(Document& doc, const Issue& issue, std::vector<Page> contents,
                      const LayoutSpec& spec, const text::FontCatalog& fonts) {
  doc.pages.push_back(cover_page(issue, spec, fonts));
  for (Page& p : contents) doc.pages.push_back(std::move(p));
  if (doc.pages.size() % 2 == 1) doc.pages.emplace_back();  // page 1 must be a recto
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    doc.pages[i].label = roman_numeral(static_cast<int>(i) + 1);
    doc.pages[i].recto = i % 2 == 0;
    doc.pages[i].article = -1;
  }
}

struct HeadContext {
  const Issue& issue;
  const LayoutSpec& spec;
  const text::FontCatalog& fonts;
  RunningText header, folio;
  int body_pages;
};

void add_heads(Page& page, const HeadContext& c, const std::string& short_title, int number, bool first) {
  bool recto = number % 2 == 1;
  HeadFields fields{c.issue.journal, c.issue.number, short_title, std::to_string(number),
                    std::to_string(c.body_pages)};
  if (!first || c.header.on_first_page)
    add_running_head(page, c.fonts, c.spec, c.header,
                     expand_fields(recto ? c.header.right_page : c.header.left_page, fields), recto);
  if (!first || c.folio.on_first_page)
    add_folio(page, c.fonts, c.spec, c.folio,
              expand_fields(recto ? c.folio.right_page : c.folio.left_page, fields), recto);
}

// Appends the article's pages (after a blank verso when it must start on a
// recto) with heads and folios; returns its outline entry.
OutlineArticle add_article(Document& doc, Document body, const ArticleRef& ref, int index,
                           int start, int front, const HeadContext& c) {
  while (static_cast<int>(doc.pages.size()) < front + start) {
    Page& blank = doc.pages.emplace_back();
    int number = static_cast<int>(doc.pages.size()) - front;
    blank.label = std::to_string(number);
    blank.recto = number % 2 == 1;
    blank.article = -1;
  }
  if (body.pages.empty()) body.pages.emplace_back();
  std::vector<text::FaceId> map = merge_faces(doc.faces, body.faces);
  const std::string& title = ref.article->article.title;
  std::string short_title = shorten_title(c.fonts, title, c.header.style, head_title_width(c.spec));
  for (std::size_t i = 0; i < body.pages.size(); ++i) {
    Page& page = body.pages[i];
    remap_faces(page, map);
    int number = start + static_cast<int>(i) + 1;
    add_heads(page, c, short_title, number, i == 0);
    page.label = std::to_string(number);
    page.recto = number % 2 == 1;
    page.article = index;
    doc.pages.push_back(std::move(page));
  }
  for (const std::string& w : body.warnings) doc.warnings.push_back(ref.article->source + ": " + w);
  const model::Article& a = ref.article->article;
  doc.articles.push_back({title, authors_of(a, "、"), a.journal, a.issue, front + start,
                          static_cast<int>(doc.pages.size()) - 1});
  return {ref.section->name, title, front + start, std::move(body.outline)};
}

DocumentInfo issue_info(const Issue& issue, const std::vector<ArticleRef>& articles) {
  DocumentInfo info;
  info.title = issue.journal + " " + issue.number;
  std::string sections;
  for (const IssueSection& s : issue.sections)
    if (!s.name.empty()) sections += (sections.empty() ? "" : "、") + s.name;
  info.subject = info.title + (sections.empty() ? "" : ":" + sections);
  std::set<std::string> seen;
  for (const ArticleRef& a : articles) {
    for (const model::Author& author : a.article->article.authors)
      if (seen.insert("a" + author.name).second) info.author += (info.author.empty() ? "" : "、") + author.name;
    for (const std::string& k : a.article->article.keywords)
      if (seen.insert("k" + k).second) info.keywords += (info.keywords.empty() ? "" : "; ") + k;
  }
  return info;
}

}  // namespace

AssembledIssue assemble_issue(const Issue& issue, const LayoutSpec& spec,
                              const text::FontCatalog& fonts, int max_pages) {
  std::vector<ArticleRef> articles = in_order(issue);
  std::vector<Document> bodies = layout_articles(issue, spec, fonts, max_pages);
  BodyPlan plan = plan_body(bodies, spec.page.start_recto, max_pages);

  AssembledIssue out;
  Document& doc = out.document;
  doc.trim_width = spec.page.width;
  doc.trim_height = spec.page.height;
  doc.bleed = spec.page.bleed;
  doc.faces = fonts.faces();
  // Articles are numbered from the first page after the front matter, which
  // is padded to an even length: the numbers the contents print never depend
  // on how many pages the contents themselves take, so one pass settles them.
  std::vector<Page> contents =
      contents_pages(contents_entries(articles, plan), issue.editor_note, spec, fonts, 1);
  out.contents_pages = static_cast<int>(contents.size());
  add_front_matter(doc, issue, std::move(contents), spec, fonts);
  out.front_pages = static_cast<int>(doc.pages.size());

  HeadContext heads{issue, spec, fonts, issue_header(spec), issue_folio(spec), plan.pages};
  std::vector<OutlineArticle> outline;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    int pages = static_cast<int>(std::max<std::size_t>(bodies[i].pages.size(), 1));
    outline.push_back(add_article(doc, std::move(bodies[i]), articles[i], static_cast<int>(i),
                                  plan.starts[i], out.front_pages, heads));
    out.articles.push_back({outline.back().title, outline.back().first_page, pages});
  }
  doc.outline = issue_outline(outline, 1, 0);
  doc.info = issue_info(issue, articles);
  // Faces are loaded as text is first set in them (text/catalog_impl.h): the
  // contents, heads and front matter set since the first snapshot may have
  // loaded some. The catalog's faces come first in doc.faces, in its order.
  std::vector<text::FaceInfo> now = fonts.faces();
  for (std::size_t i = 0; i < now.size(); ++i) doc.faces[i] = std::move(now[i]);
  return out;
}

}  // namespace paiban::layout::issue
