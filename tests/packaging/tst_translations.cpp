// The translations are up to date with the sources and complete where
// translations/CMakeLists.txt says they are (whole languages, or contexts of
// a language); no translation loses a placeholder or a mnemonic; and the
// programs speak the user's language.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or the numerus forms

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    bool finished() const
    {
        return type.isEmpty()
            && std::all_of(translations.cbegin(), translations.cend(), [](const QString &t) { return !t.isEmpty(); })
            && !translations.isEmpty();
    }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            while (!(xml.isEndElement() && xml.name() == u"message") && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    m.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!m.numerus)
                        m.translations << xml.readElementText();
                } else if (xml.name() == u"numerusform") {
                    m.translations << xml.readElementText();
                }
            }
            messages << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1 … %99 (with or without L) and %n, as a sorted list.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    return mnemonic.match(QString(text).replace(QStringLiteral("&&"), QString())).hasMatch();
}

const QStringList Languages{QStringLiteral("fr"), QStringLiteral("uk"), QStringLiteral("de"), QStringLiteral("es")};

QString tsPath(const QString &language)
{
    return QStringLiteral(MARGINALIA_TS_DIR "/marginalia_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // lupdate over the sources gives exactly the messages each .ts has (the
    // update_translations target writes them).
    // The English file (plural forms only) is checked against lupdate
    // -pluralonly.
    void tsFilesMatchTheSources_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<bool>("pluralOnly");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("translations") << Languages << false << 500;
        QTest::newRow("English plurals") << QStringList{QStringLiteral("en")} << true << 40;
    }

    void tsFilesMatchTheSources()
    {
        QFETCH(QStringList, languages);
        QFETCH(bool, pluralOnly);
        QFETCH(int, atLeast);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(MARGINALIA_SOURCE_DIR));
        QStringList arguments{QStringLiteral("-locations"),   QStringLiteral("none"),
                              QStringLiteral("-no-obsolete"), QStringLiteral("-no-ui-lines"),
                              QStringLiteral("-extensions"),  QStringLiteral("cpp,h")};
        if (pluralOnly)
            arguments << QStringLiteral("-pluralonly");
        arguments << QStringLiteral("app") << QStringLiteral("ui") << QStringLiteral("-ts") << fresh;
        lupdate.start(QStringLiteral(MARGINALIA_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        QSet<QString> expected;
        for (const Message &m : readTs(fresh, &error))
            expected.insert(m.key());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(expected.size() > atLeast);

        for (const QString &language : languages) {
            QSet<QString> have;
            for (const Message &m : readTs(tsPath(language), &error)) {
                if (m.type != u"obsolete" && m.type != u"vanished")
                    have.insert(m.key());
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QStringList missing(expected.cbegin(), expected.cend());
            missing.removeIf([&](const QString &k) { return have.contains(k); });
            QStringList stale(have.cbegin(), have.cend());
            stale.removeIf([&](const QString &k) { return expected.contains(k); });
            auto shown = [](QStringList keys) {
                keys.sort();
                return keys.mid(0, 5).join(QStringLiteral("\n  ")).replace(u'\x1f', QStringLiteral(" | "));
            };
            QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                     qPrintable(QStringLiteral("marginalia_%1.ts is out of date (run the update_translations target): "
                                               "%2 message(s) not in it, %3 no longer in the sources:\n  %4\n  %5")
                                    .arg(language)
                                    .arg(missing.size())
                                    .arg(stale.size())
                                    .arg(shown(missing), shown(stale))));
        }
    }

    // The languages translations/CMakeLists.txt declares complete.
    void finishedLanguagesHaveEveryMessage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        const QHash<QString, int> forms{
            {QStringLiteral("fr"), 2}, {QStringLiteral("uk"), 3}, {QStringLiteral("de"), 2}, {QStringLiteral("es"), 2}};
        // English: every plural form of the sources.
        QTest::newRow("en") << QStringLiteral("en") << 2;
        for (const QString &language : QStringLiteral(MARGINALIA_COMPLETE_LANGUAGES).split(u' ', Qt::SkipEmptyParts))
            QTest::newRow(qPrintable(language)) << language << forms.value(language, 2);
    }

    void finishedLanguagesHaveEveryMessage()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList unfinished;
        for (const Message &m : messages) {
            if (m.type == u"obsolete" || m.type == u"vanished")
                continue;
            if (!m.finished() || (m.numerus && m.translations.size() != pluralForms))
                unfinished << m.context + QStringLiteral(" | ") + m.source;
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished message(s) in marginalia_%2.ts:\n  %3")
                                .arg(unfinished.size())
                                .arg(language, unfinished.mid(0, 10).join(QStringLiteral("\n  ")))));
    }

    // What translations/CMakeLists.txt declares translated in the others:
    // "fr=Cli,main" (a language, the contexts it must have whole).
    void partialLanguagesHaveTheirContexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("contexts");
        for (const QString &entry : QStringLiteral(MARGINALIA_TRANSLATED_CONTEXTS).split(u' ', Qt::SkipEmptyParts))
            QTest::newRow(qPrintable(entry)) << entry.section(u'=', 0, 0) << entry.section(u'=', 1).split(u',');
        if (QStringLiteral(MARGINALIA_TRANSLATED_CONTEXTS).isEmpty())
            QTest::newRow("none") << QString() << QStringList();
    }

    void partialLanguagesHaveTheirContexts()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, contexts);
        if (language.isEmpty())
            QSKIP("every translation is declared complete (MARGINALIA_TRANSLATED_CONTEXTS is empty)");
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList unfinished;
        int checked = 0;
        for (const Message &m : messages) {
            if (!contexts.contains(m.context) || m.type == u"obsolete" || m.type == u"vanished")
                continue;
            ++checked;
            if (!m.finished())
                unfinished << m.context + QStringLiteral(" | ") + m.source;
        }
        QVERIFY(checked > 0);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished message(s) in marginalia_%2.ts:\n  %3")
                                .arg(unfinished.size())
                                .arg(language, unfinished.mid(0, 10).join(QStringLiteral("\n  ")))));
    }

    // A translation keeps every %1 and %n of its source, and a menu
    // entry's mnemonic.
    void translationsKeepPlaceholdersAndMnemonics()
    {
        QStringList wrong;
        for (const QString &language : Languages + QStringList{QStringLiteral("en")}) {
            QString error;
            for (const Message &m : readTs(tsPath(language), &error)) {
                if (!m.finished())
                    continue;
                for (const QString &t : m.translations) {
                    // A singular form may say "one" instead of %n.
                    QStringList want = placeholders(m.source);
                    QStringList got = placeholders(t);
                    if (m.numerus && !got.contains(QStringLiteral("n")))
                        want.removeAll(QStringLiteral("n"));
                    if (want != got)
                        wrong << QStringLiteral("%1: “%2” → “%3” (placeholders)").arg(language, m.source, t);
                    if (hasMnemonic(m.source) && !hasMnemonic(t))
                        wrong << QStringLiteral("%1: “%2” → “%3” (no & mnemonic)").arg(language, m.source, t);
                }
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("%1 translation(s):\n  %2")
                                .arg(wrong.size())
                                .arg(wrong.mid(0, 15).join(QStringLiteral("\n  ")))));
    }

    // The programs as built find their translations beside them (bin/ and
    // translations/) and speak the language of the environment.
    void theCommandLineSpeaksTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language"); // whose .ts says what to expect; empty: English
        // Every language whose command line is translated: the complete
        // ones, and those whose Cli context is.
        QStringList languages = QStringLiteral(MARGINALIA_COMPLETE_LANGUAGES).split(u' ', Qt::SkipEmptyParts);
        for (const QString &entry : QStringLiteral(MARGINALIA_TRANSLATED_CONTEXTS).split(u' ', Qt::SkipEmptyParts)) {
            if (entry.section(u'=', 1).split(u',').contains(QStringLiteral("Cli")))
                languages << entry.section(u'=', 0, 0);
        }
        for (const QString &language : std::as_const(languages))
            QTest::newRow(qPrintable(language)) << QLocale(language).name() + QStringLiteral(".UTF-8") << language;
        QTest::newRow("C") << QStringLiteral("C.UTF-8") << QString();
    }

    void theCommandLineSpeaksTheUsersLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        const QString source = QStringLiteral("Check an article stored in this project.");
        QString expected = source;
        if (!language.isEmpty()) {
            QString error;
            for (const Message &m : readTs(tsPath(language), &error)) {
                if (m.context == u"Cli" && m.source == source && m.finished())
                    expected = m.translations.first();
            }
            QVERIFY2(expected != source, "the message is not translated");
        }
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(MARGINALIA_CLI_PATH), {QStringLiteral("check"), QStringLiteral("--help")});
        QVERIFY(cli.waitForFinished(30000));
        const QString help = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(help.contains(expected), qPrintable(QStringLiteral("expected “%1” in:\n%2").arg(expected, help)));
    }

    // Where Marginalia has no translation (here the C locale), it speaks
    // English with English plurals: "0 findings", not "0 finding(s)".
    void englishHasItsPluralForms()
    {
        QTemporaryDir dir;
        const QString article = dir.filePath(QStringLiteral("en-01.txt"));
        QFile file(article);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("A short title\n\nThe minister spoke to the press on Monday.\n");
        file.close();
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(MARGINALIA_CLI_PATH),
                  {QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("en"), article});
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral(", 0 findings\n")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("(s)")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
