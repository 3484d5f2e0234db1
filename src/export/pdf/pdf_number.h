#pragma once
// Numbers as PDF content streams want them: fixed point, no exponent, no
// trailing zeros, locale independent, so identical input gives identical bytes.
#include <string>

namespace paiban::export_pdf {

// `decimals` digits after the point at most; -0 is written as 0.
std::string pdf_number(double value, int decimals = 3);
void append_number(std::string& out, double value, int decimals = 3);

}  // namespace paiban::export_pdf
