#pragma once
// The generated project the store and exchange benchmarks measure: 1,000
// articles of about 5,000 characters, 100 annotations each (100,000), one
// entity with 1,000 mentions. With `details`, every tenth annotation is an
// MT error with its MQM category and severity and every 25th a claim with a
// verdict and its claimant, so that every export format has work to do.

#include "projectstore.h"

namespace Marginalia::BenchProject {

inline constexpr int Articles = 1000;
inline constexpr int AnnotationsPerArticle = 100;
inline constexpr int EntityMentions = 1000;

// Writes the project straight through the store in one transaction:
// generating it is not what is measured.
Status generate(ProjectStore &store, bool details = false);

} // namespace Marginalia::BenchProject
