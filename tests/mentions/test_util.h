// Helpers for the linker's tests: documents built in code, spans by text.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "checker/core/document.h"

namespace factlint::mentions::testing {

inline Document MakeDocument(std::string text, const char* published) {
  Document doc;
  doc.path = "article.txt";
  doc.text = std::move(text);
  if (published != nullptr && *published != '\0') doc.published = *ParseIsoDate(published);
  return doc;
}

// The span of the `nth` (0-based) occurrence of `needle`; fails the test
// when there is none.
inline Span SpanOf(const Document& doc, std::string_view needle, int nth = 0) {
  size_t pos = doc.text.find(needle);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = doc.text.find(needle, pos + 1);
  if (pos == std::string::npos) {
    ADD_FAILURE() << "'" << needle << "' (#" << nth << ") not in the text";
    return {};
  }
  return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())};
}

}  // namespace factlint::mentions::testing
