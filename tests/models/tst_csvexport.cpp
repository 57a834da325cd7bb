// exportCsv(): RFC 4180 quoting (commas, quotes, CR/LF), the header from headerData(),
// display values of the chosen columns in the chosen order, UTF-8 with a BOM, CRLF.

#include "models/csvexport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QtTest>

using namespace ma::models;
using namespace Qt::StringLiterals;

namespace
{
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

void fill(QStandardItemModel &model, const QStringList &headers, const QList<QStringList> &rows)
{
    model.setHorizontalHeaderLabels(headers);
    for (const QStringList &values : rows)
    {
        QList<QStandardItem *> items;
        for (const QString &v : values)
            items << new QStandardItem(v);
        model.appendRow(items);
    }
}

/** The body without the BOM, as text. */
QString text(const QByteArray &csv)
{
    return QString::fromUtf8(csv.mid(kBom.size()));
}
} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void wholeTable();
    void chosenColumnsInOrder();
    void quotingInsideATable();
    void emptyModel();
    void exportsWhatAProxyShows();
};

void TestCsvExport::field_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"resnet50"_s << u"resnet50"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces kept") << u" a b "_s << u" a b "_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("only quotes") << u"\"\""_s << u"\"\"\"\"\"\""_s;
    QTest::newRow("newline") << u"line1\nline2"_s << u"\"line1\nline2\""_s;
    QTest::newRow("crlf") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    QTest::newRow("semicolon is plain") << u"a;b"_s << u"a;b"_s;
    QTest::newRow("unicode") << u"训练作业 ü"_s << u"训练作业 ü"_s;
    QTest::newRow("formula") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("formula with comma") << u"=SUM(A1,B1)"_s << u"\"'=SUM(A1,B1)\""_s;
    QTest::newRow("plus") << u"+x"_s << u"'+x"_s;
    QTest::newRow("minus") << u"-lr 0.1"_s << u"'-lr 0.1"_s;
    QTest::newRow("at") << u"@cmd"_s << u"'@cmd"_s;
}

void TestCsvExport::field()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(csvField(in), out);
}

void TestCsvExport::wholeTable()
{
    QStandardItemModel model;
    fill(model, { u"Name"_s, u"Status"_s, u"Nodes"_s },
        { { u"job-1"_s, u"Running"_s, u"2"_s }, { u"job-2"_s, u"Failed"_s, u"1"_s } });
    QAbstractItemModelTester tester(&model);
    const QByteArray csv = exportCsv(model, {});
    QVERIFY(csv.startsWith(kBom));
    QCOMPARE(text(csv), u"Name,Status,Nodes\r\njob-1,Running,2\r\njob-2,Failed,1\r\n"_s);
}

void TestCsvExport::chosenColumnsInOrder()
{
    QStandardItemModel model;
    fill(model, { u"Name"_s, u"Status"_s, u"Nodes"_s }, { { u"job-1"_s, u"Running"_s, u"2"_s } });
    QCOMPARE(text(exportCsv(model, { 2, 0 })), u"Nodes,Name\r\n2,job-1\r\n"_s);
    QCOMPARE(text(exportCsv(model, { 1 })), u"Status\r\nRunning\r\n"_s);
}

void TestCsvExport::quotingInsideATable()
{
    QStandardItemModel model;
    fill(model, { u"Name"_s, u"Description, long"_s },
        { { u"bert"_s, u"SQuAD v1.1, \"base\"\nsecond line"_s }, { u"lenet"_s, QString() } });
    const QString body = text(exportCsv(model, {}));
    QCOMPARE(body,
        u"Name,\"Description, long\"\r\n"
        "bert,\"SQuAD v1.1, \"\"base\"\"\nsecond line\"\r\n"
        "lenet,\r\n"_s);
    // Read back by the RFC 4180 rules: two records after the header, two fields each.
    QStringList fields;
    QString field;
    bool quoted = false;
    int records = 0;
    for (int i = 0; i < body.size(); ++i)
    {
        const QChar c = body.at(i);
        if (quoted)
        {
            if (c == u'"' && i + 1 < body.size() && body.at(i + 1) == u'"')
            {
                field += u'"';
                ++i;
            }
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        }
        else if (c == u'"')
            quoted = true;
        else if (c == u',')
        {
            fields << field;
            field.clear();
        }
        else if (c == u'\r' && i + 1 < body.size() && body.at(i + 1) == u'\n')
        {
            fields << field;
            field.clear();
            ++records;
            ++i;
        }
        else
            field += c;
    }
    QCOMPARE(records, 3);
    QCOMPARE(fields,
        (QStringList { u"Name"_s, u"Description, long"_s, u"bert"_s, u"SQuAD v1.1, \"base\"\nsecond line"_s, u"lenet"_s,
            QString() }));
}

void TestCsvExport::emptyModel()
{
    QStandardItemModel model;
    fill(model, { u"Name"_s, u"Status"_s }, {});
    QCOMPARE(exportCsv(model, {}), kBom + QByteArrayLiteral("Name,Status\r\n"));
}

void TestCsvExport::exportsWhatAProxyShows()
{
    QStandardItemModel model;
    fill(model, { u"Name"_s, u"Nodes"_s }, { { u"b"_s, u"1"_s }, { u"a"_s, u"2"_s }, { u"c"_s, u"3"_s } });
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterFixedString(u"c"_s);
    proxy.setFilterKeyColumn(0);
    QCOMPARE(text(exportCsv(proxy, {})), u"Name,Nodes\r\nc,3\r\n"_s);
    proxy.setFilterFixedString(QString());
    proxy.sort(0);
    QCOMPARE(text(exportCsv(proxy, { 0 })), u"Name\r\na\r\nb\r\nc\r\n"_s);
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
