#pragma once
// The data sets checker_eval knows. Each prints its own section; when its
// files or its dictionary are missing it says so and returns, so one missing
// data set never hides the others.

namespace Marginalia::Eval {

// DEMETR (English): recall per perturbation, flags on clean sentences.
void runDemetr();
// WMT21 TED MQM en-de (German): recall per MQM category.
void runMqm();
// Grammalecte's French typography tests: recall on marked spans, flags on negatives.
void runGrammalecte();
// WMT22 de-fr (French): flags per 1,000 words on references and each system.
void runWmt();
// ../shared/samples/fr-02.txt: every finding, listed.
void runSample();

} // namespace Marginalia::Eval
