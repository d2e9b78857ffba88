#pragma once
// Translation contexts for the code that is not a QObject. A call reads
// ExchangeText::tr("…"): lupdate files the message under the context named
// here ("Exchange"), and tr() looks it up there at run time. (A free tr()
// wrapper would not do: lupdate names the context after the namespace or
// class the call stands in, which is not the one the wrapper looks in.)

#include <QCoreApplication>

namespace Marginalia {

struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

struct BackupsText {
    Q_DECLARE_TR_FUNCTIONS(ProjectBackups)
};

struct RulesText {
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace Marginalia
