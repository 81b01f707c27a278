// Names of entity kinds and language fallback for the content model.
#include "core/model.hpp"

#include <array>
#include <utility>

namespace kiosk::model {
namespace {

constexpr std::array<std::pair<EntityKind, std::string_view>, 6> kKinds{{
    {EntityKind::Person, "person"},
    {EntityKind::Organisation, "organisation"},
    {EntityKind::Place, "place"},
    {EntityKind::Spacecraft, "spacecraft"},
    {EntityKind::Event, "event"},
    {EntityKind::Thing, "thing"},
}};

}  // namespace

std::string_view entity_kind_name(EntityKind kind) {
  for (const auto& [k, name] : kKinds) {
    if (k == kind) return name;
  }
  return "?";
}

std::optional<EntityKind> entity_kind_from_name(std::string_view name) {
  for (const auto& [k, n] : kKinds) {
    if (n == name) return k;
  }
  return std::nullopt;
}

std::string text_in(const LocalText& text, const std::string& language,
                    const std::string& fallback) {
  if (auto it = text.find(language); it != text.end()) return it->second;
  if (auto it = text.find(fallback); it != text.end()) return it->second;
  return text.empty() ? std::string() : text.begin()->second;
}

}  // namespace kiosk::model
