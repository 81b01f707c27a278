// Finding the sentences of a document that hold a fact's or a quote's evidence.
#include "authoring/evidence_lines.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "authoring/provenance.hpp"

namespace kiosk::authoring {
namespace {

// Evidence may run over a few sentences (a quotation continued); never over more than this.
constexpr std::size_t kMaxRun = 6;

std::string trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

std::string sentences_holding(const extract::Document& document, const std::string& words) {
  const std::vector<extract::Span>& sentences = document.sentences();
  for (std::size_t length = 1; length <= kMaxRun; ++length) {
    for (std::size_t i = 0; i + length <= sentences.size(); ++i) {
      const extract::Span run{sentences[i].begin, sentences[i + length - 1].end};
      if (evidence_occurs_in(normalise_for_matching(std::string(document.slice(run))), words)) {
        return trimmed(document.slice(run));
      }
    }
  }
  return {};
}

DocumentShelf::DocumentShelf(std::string dir) : dir_(std::move(dir)) {}

const extract::Document* DocumentShelf::document(const model::Source& source) {
  if (dir_.empty() || source.file.empty()) return nullptr;
  auto found = documents_.find(source.file);
  if (found == documents_.end()) {
    std::unique_ptr<extract::Document> doc;
    const std::filesystem::path path = std::filesystem::path(dir_) / source.file;
    if (std::ifstream in(path, std::ios::binary); in) {
      std::ostringstream text;
      text << in.rdbuf();
      doc = std::make_unique<extract::Document>(source.file, text.str());
    }
    found = documents_.emplace(source.file, std::move(doc)).first;
  }
  return found->second.get();
}

std::string DocumentShelf::evidence_line(const model::Source& source, const std::string& words) {
  const extract::Document* doc = document(source);
  return doc == nullptr ? std::string() : sentences_holding(*doc, words);
}

}  // namespace kiosk::authoring
