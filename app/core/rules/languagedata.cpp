#include "languagedata.h"

#include "spelllanguages.h"

namespace Marginalia::Rules {

namespace {

QSet<QString> words(const char *list)
{
    QSet<QString> set;
    for (const QString &w : QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        set.insert(w);
    return set;
}

LanguageData french()
{
    LanguageData d;
    d.closedClass = words("il ils elle elles on nous vous je tu de des du la le les un une et ou mais que qui dont en "
                          "au aux ce cet cette ces son sa ses leur leurs notre votre nos vos pour par sur dans avec "
                          "sans mon ma mes ton ta tes lui eux se ne pas plus très");
    d.articles = words("la le les un une des du au aux ce cette ces son sa ses");
    d.allowedRepeats = words("nous vous la en lui elle elles très tout");
    d.abbreviations = words("m mm mme mlle dr etc cf av apr env p pp vol no n° st ste éd");
    d.subjectPronouns = words("il elle on qui ce cela ça qu’il qu'il qu’elle qu'elle");
    d.functionWords = words("et ou de des du la le les en à a au aux un une qui que qu’il qu'il qu’elle qu'elle eux "
                            "qu’ils qu'ils est son sa ses sur par pour dans");
    d.frenchSpacing = true;
    d.letters += QStringLiteral("éèêàâçîïôûù");
    d.restoresAccents = true;
    d.spaceGroupsDigits = true;
    return d;
}

LanguageData english()
{
    LanguageData d;
    d.closedClass = words("the a an they it he she we you and or but of to in on at for with that this these those "
                          "their his her its our your my them him us by from as");
    d.articles = words("the a an this that these those");
    d.allowedRepeats = words("had that");
    d.abbreviations = words("mr mrs ms dr st jr sr etc vs cf no approx inc ltd co");
    d.subjectPronouns = {};
    d.functionWords = words("and or of the to in on at for with a an as is was has said added");
    return d;
}

LanguageData german()
{
    LanguageData d;
    d.letters += QStringLiteral("äöüß");
    // Not "sie" or "ihr": "Sie" and "Ihr" are the polite "you" and "your".
    d.closedClass = words("und oder aber der die das den dem des ein eine einen einem einer er es wir ich "
                          "zu in im an am auf mit von für aus bei nach also dann dort");
    d.articles = words("der die das den dem des ein eine einen einem einer");
    d.allowedRepeats = words("die der das");
    d.abbreviations = words("dr nr str bzw vgl usw ca z b");
    d.functionWords = words("und oder der die das in im zu mit von");
    d.restoresAccents = true;
    d.spaceGroupsDigits = true;
    return d;
}

LanguageData spanish()
{
    LanguageData d;
    d.letters += QStringLiteral("áéíóúñü");
    d.closedClass = words("el la los las un una unos unas y o pero de del al en con por para que ellos ellas él "
                          "nosotros su sus se");
    d.articles = words("el la los las un una unos unas");
    d.allowedRepeats = {};
    d.abbreviations = words("sr sra dr etc pág");
    d.functionWords = words("y o de del el la los las en con que");
    d.restoresAccents = true;
    d.spaceGroupsDigits = true;
    return d;
}

LanguageData ukrainian()
{
    LanguageData d;
    d.letters = QStringLiteral("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя");
    d.closedClass = words("і й та або але в у на з із до від за що як він вона воно вони ми ви");
    d.functionWords = words("і й та в у на з що");
    d.abbreviations = words("м вул р т");
    d.spaceGroupsDigits = true;
    return d;
}

} // namespace

LanguageData LanguageData::forLanguage(const QString &code)
{
    const QString lang = SpellLanguages::languagePart(code);
    LanguageData d;
    if (lang == u"fr")
        d = french();
    else if (lang == u"en")
        d = english();
    else if (lang == u"de")
        d = german();
    else if (lang == u"es")
        d = spanish();
    else if (lang == u"uk")
        d = ukrainian();
    d.language = lang;
    return d;
}

bool isNewsAgencyCredit(const QString &word)
{
    static const QSet<QString> credits = words("dpa afp apa sda ats epd kna dts sid ots efe ansa belga anp ctk pap");
    return word.size() <= 5 && credits.contains(word.toLower());
}

} // namespace Marginalia::Rules
