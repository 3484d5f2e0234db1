// The paginator's protections: a page limit per document and a deadline,
// each stopping the layout with its own error instead of running on.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "layout/layout_article.h"
#include "layout_fixture.h"
#include "sample_articles.h"

using namespace paiban;
using namespace paiban::layout;
using namespace paiban::layout::testing;
using Clock = std::chrono::steady_clock;

TEST_CASE("a document longer than the page limit stops with a data error", "[layout][limits]") {
  const model::Article article = long_article(60);
  const int pages = static_cast<int>(layout_article(article, shipped("booklet-a5"), fonts()).pages.size());
  REQUIRE(pages > 3);
  PaginatorOptions options;
  SECTION("one page short of the article") {
    options.max_pages = pages - 1;
    try {
      layout_article(article, shipped("booklet-a5"), fonts(), options);
      FAIL("laid out past the limit");
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::data);
      CHECK(std::string(e.what()).find("more than " + std::to_string(pages - 1) + " pages") != std::string::npos);
    }
  }
  SECTION("exactly the article's pages") {
    options.max_pages = pages;
    CHECK(layout_article(article, shipped("booklet-a5"), fonts(), options).pages.size() ==
          static_cast<std::size_t>(pages));
  }
  SECTION("the default limits are far above any real article") {
    CHECK(PaginatorOptions{}.max_pages == kMaxArticlePages);
    CHECK(kMaxArticlePages >= 1000);
    CHECK(kMaxIssuePages > kMaxArticlePages);
  }
}

TEST_CASE("a passed deadline stops the paginator with DeadlinePassed", "[layout][limits]") {
  PaginatorOptions options;
  options.deadline = Clock::now() - std::chrono::seconds(1);
  CHECK_THROWS_AS(layout_article(long_article(20), shipped("booklet-a5"), fonts(), options), DeadlinePassed);
  options.deadline = Clock::now() + std::chrono::hours(1);
  CHECK_FALSE(layout_article(long_article(20), shipped("booklet-a5"), fonts(), options).pages.empty());
}
