#pragma once
// Punctuation width adjustment and the spacing between clusters: adjacent
// full-width punctuation loses a blank half, line-edge punctuation may lose
// one, a quarter em separates Han from Latin, and each gap gets its share of
// inter-character justification.
#include "text/catalog_impl.h"
#include "text/prepared.h"

namespace paiban::text {

void adjust_punctuation(const FontCatalog::Impl& fonts, Prepared& p);
void assign_spacing(Prepared& p);

}  // namespace paiban::text
