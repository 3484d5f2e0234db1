#pragma once
// Articles built directly as models for the layout tests: an ordinary one
// with every block kind, and stress cases (long Latin words, runs of
// punctuation, dashes and ellipses everywhere, numbers, footnotes, many
// short and long paragraphs).
#include "model/article.h"

namespace paiban::layout::testing {

model::Article full_article();       // every part of the model, short
model::Article stress_article();     // the awkward cases, several pages
model::Article long_article(int paragraphs);  // many paragraphs for multi-page flows

}  // namespace paiban::layout::testing
