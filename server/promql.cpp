#include "promql.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QRegularExpression>

namespace ma::server::promql
{
namespace
{
const QStringList kAggregations = { QStringLiteral("sum"), QStringLiteral("avg"), QStringLiteral("max"),
    QStringLiteral("min"), QStringLiteral("count"), QStringLiteral("topk"), QStringLiteral("bottomk") };
const QStringList kRangeFunctions = { QStringLiteral("rate"), QStringLiteral("irate"), QStringLiteral("increase"),
    QStringLiteral("avg_over_time"), QStringLiteral("max_over_time"), QStringLiteral("min_over_time"),
    QStringLiteral("sum_over_time"), QStringLiteral("count_over_time") };
// Prometheus knows these; modelarts-local does not evaluate them (a clearer error than "unknown").
const QStringList kOtherPrometheusNames
    = { QStringLiteral("stddev"), QStringLiteral("stdvar"), QStringLiteral("quantile"), QStringLiteral("count_values"),
          QStringLiteral("group"), QStringLiteral("abs"), QStringLiteral("absent"), QStringLiteral("ceil"),
          QStringLiteral("floor"), QStringLiteral("round"), QStringLiteral("delta"), QStringLiteral("deriv"),
          QStringLiteral("histogram_quantile"), QStringLiteral("label_replace"), QStringLiteral("label_join"),
          QStringLiteral("predict_linear"), QStringLiteral("quantile_over_time"), QStringLiteral("stddev_over_time"),
          QStringLiteral("last_over_time"), QStringLiteral("resets"), QStringLiteral("changes"), QStringLiteral("sort"),
          QStringLiteral("sort_desc"), QStringLiteral("time"), QStringLiteral("timestamp"), QStringLiteral("vector"),
          QStringLiteral("scalar"), QStringLiteral("clamp"), QStringLiteral("clamp_max"), QStringLiteral("clamp_min"),
          QStringLiteral("exp"), QStringLiteral("ln"), QStringLiteral("sqrt") };

enum class Tok
{
    End,
    Identifier,
    Number,
    String,
    Duration,
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    Comma,
    Assign, // =
    NotEqual, // !=
    RegexMatch, // =~
    RegexNoMatch, // !~
    Plus,
    Minus,
    Star,
    Slash,
    Other, // an operator outside the subset (% ^ == > < ...), kept as text
    Invalid,
};

struct Token
{
    Tok type = Tok::End;
    QString text;
    int pos = 0;
};

bool isIdentStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':';
}

bool isIdentChar(QChar c)
{
    return isIdentStart(c) || (c >= u'0' && c <= u'9');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

struct ParseFailure
{
    int pos;
    QString message;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
        advance();
    }

    NodePtr parseAll()
    {
        if (m_tok.type == Tok::End)
            fail(m_tok.pos, QStringLiteral("no expression found in input"));
        NodePtr e = parseExpr(0);
        if (m_tok.type != Tok::End)
            unexpected();
        return e;
    }

private:
    [[noreturn]] void fail(int pos, const QString &message) { throw ParseFailure { pos, message }; }

    QString describe(const Token &t) const
    {
        switch (t.type)
        {
        case Tok::End:
            return QStringLiteral("end of input");
        case Tok::Identifier:
            return QStringLiteral("identifier \"%1\"").arg(t.text);
        case Tok::Number:
            return QStringLiteral("number \"%1\"").arg(t.text);
        case Tok::String:
            return QStringLiteral("string %1").arg(t.text);
        case Tok::Duration:
            return QStringLiteral("duration \"%1\"").arg(t.text);
        case Tok::Comma:
            return QStringLiteral("\",\"");
        case Tok::LeftParen:
            return QStringLiteral("left parenthesis \"(\"");
        case Tok::RightParen:
            return QStringLiteral("right parenthesis \")\"");
        case Tok::LeftBrace:
            return QStringLiteral("\"{\"");
        case Tok::RightBrace:
            return QStringLiteral("\"}\"");
        case Tok::LeftBracket:
            return QStringLiteral("\"[\"");
        case Tok::RightBracket:
            return QStringLiteral("\"]\"");
        default:
            return QStringLiteral("\"%1\"").arg(t.text);
        }
    }

    [[noreturn]] void unexpected(const QString &context = QString())
    {
        if (m_tok.type == Tok::Invalid)
            fail(m_tok.pos, m_tok.text);
        QString msg = QStringLiteral("unexpected %1").arg(describe(m_tok));
        if (!context.isEmpty())
            msg += u' ' + context;
        fail(m_tok.pos, msg);
    }

    void expect(Tok type, const QString &context)
    {
        if (m_tok.type != type)
            unexpected(context);
        advance();
    }

    // ---- lexer
    void advance() { m_tok = lex(); }

    Token lex()
    {
        const qsizetype n = m_text.size();
        while (m_pos < n)
        {
            const QChar c = m_text.at(m_pos);
            if (c == u'#') // comment to end of line
            {
                while (m_pos < n && m_text.at(m_pos) != u'\n')
                    ++m_pos;
            }
            else if (c.isSpace())
            {
                ++m_pos;
            }
            else
            {
                break;
            }
        }
        Token t;
        t.pos = static_cast<int>(m_pos);
        if (m_pos >= n)
            return t;
        const QChar c = m_text.at(m_pos);
        const QChar next = m_pos + 1 < n ? m_text.at(m_pos + 1) : QChar();
        auto single = [&](Tok type)
        {
            t.type = type;
            t.text = QString(c);
            ++m_pos;
            return t;
        };
        auto pair = [&](Tok type)
        {
            t.type = type;
            t.text = m_text.mid(m_pos, 2);
            m_pos += 2;
            return t;
        };
        switch (c.unicode())
        {
        case u'(':
            return single(Tok::LeftParen);
        case u')':
            return single(Tok::RightParen);
        case u'{':
            return single(Tok::LeftBrace);
        case u'}':
            return single(Tok::RightBrace);
        case u'[':
            return lexBracket(t);
        case u']':
            return single(Tok::RightBracket);
        case u',':
            return single(Tok::Comma);
        case u'+':
            return single(Tok::Plus);
        case u'-':
            return single(Tok::Minus);
        case u'*':
            return single(Tok::Star);
        case u'/':
            return single(Tok::Slash);
        case u'%':
        case u'^':
        case u'@':
            return single(Tok::Other);
        case u'=':
            if (next == u'~')
                return pair(Tok::RegexMatch);
            if (next == u'=')
                return pair(Tok::Other);
            return single(Tok::Assign);
        case u'!':
            if (next == u'=')
                return pair(Tok::NotEqual);
            if (next == u'~')
                return pair(Tok::RegexNoMatch);
            break;
        case u'<':
        case u'>':
            if (next == u'=')
                return pair(Tok::Other);
            return single(Tok::Other);
        case u'"':
        case u'\'':
        case u'`':
            return lexString(t);
        default:
            break;
        }
        if (isDigit(c) || (c == u'.' && isDigit(next)))
            return lexNumber(t);
        if (isIdentStart(c))
        {
            const qsizetype start = m_pos;
            while (m_pos < n && isIdentChar(m_text.at(m_pos)))
                ++m_pos;
            t.text = m_text.mid(start, m_pos - start);
            const QString lower = t.text.toLower();
            if (lower == u"inf" || lower == u"nan")
            {
                t.type = Tok::Number;
                return t;
            }
            t.type = Tok::Identifier;
            return t;
        }
        t.type = Tok::Invalid;
        t.text = QStringLiteral("unexpected character: '%1'").arg(c);
        ++m_pos;
        return t;
    }

    Token lexNumber(Token &t)
    {
        const qsizetype n = m_text.size();
        const qsizetype start = m_pos;
        if (m_text.at(m_pos) == u'0' && m_pos + 1 < n && (m_text.at(m_pos + 1) == u'x' || m_text.at(m_pos + 1) == u'X'))
        {
            m_pos += 2;
            while (m_pos < n && m_text.at(m_pos).isLetterOrNumber())
                ++m_pos;
        }
        else
        {
            while (m_pos < n && (isDigit(m_text.at(m_pos)) || m_text.at(m_pos) == u'.'))
                ++m_pos;
            if (m_pos < n && (m_text.at(m_pos) == u'e' || m_text.at(m_pos) == u'E'))
            {
                qsizetype p = m_pos + 1;
                if (p < n && (m_text.at(p) == u'+' || m_text.at(p) == u'-'))
                    ++p;
                if (p < n && isDigit(m_text.at(p)))
                {
                    m_pos = p;
                    while (m_pos < n && isDigit(m_text.at(m_pos)))
                        ++m_pos;
                }
            }
        }
        t.text = m_text.mid(start, m_pos - start);
        t.type = Tok::Number;
        // A duration where a number was expected ("5m") is a lexer error in Prometheus too.
        if (m_pos < n && isIdentChar(m_text.at(m_pos)))
        {
            while (m_pos < n && isIdentChar(m_text.at(m_pos)))
                ++m_pos;
            t.type = Tok::Invalid;
            t.text = QStringLiteral("bad number or duration syntax: \"%1\"").arg(m_text.mid(start, m_pos - start));
        }
        return t;
    }

    Token lexBracket(Token &t)
    {
        // "[5m]": the duration is one token so "5m" is not read as a number.
        const qsizetype n = m_text.size();
        ++m_pos;
        qsizetype p = m_pos;
        while (p < n && m_text.at(p).isSpace())
            ++p;
        const qsizetype start = p;
        while (p < n && (isIdentChar(m_text.at(p))))
            ++p;
        const QString body = m_text.mid(start, p - start);
        while (p < n && m_text.at(p).isSpace())
            ++p;
        t.type = Tok::LeftBracket;
        t.text = QStringLiteral("[");
        if (p < n && m_text.at(p) == u']' && !body.isEmpty())
        {
            m_pendingDuration = body;
            m_pendingDurationPos = static_cast<int>(start);
            m_afterDuration = p;
        }
        return t;
    }

    Token lexString(Token &t)
    {
        const qsizetype n = m_text.size();
        const QChar quote = m_text.at(m_pos);
        const qsizetype start = m_pos;
        ++m_pos;
        QString value;
        while (true)
        {
            if (m_pos >= n)
            {
                t.type = Tok::Invalid;
                t.text = QStringLiteral("unterminated quoted string");
                return t;
            }
            const QChar c = m_text.at(m_pos++);
            if (c == quote)
                break;
            if (c == u'\n' && quote != u'`')
            {
                t.type = Tok::Invalid;
                t.text = QStringLiteral("unterminated quoted string");
                return t;
            }
            if (c == u'\\' && quote != u'`')
            {
                if (m_pos >= n)
                    continue;
                const QChar e = m_text.at(m_pos++);
                switch (e.unicode())
                {
                case u'n':
                    value += u'\n';
                    break;
                case u't':
                    value += u'\t';
                    break;
                case u'r':
                    value += u'\r';
                    break;
                case u'\\':
                case u'"':
                case u'\'':
                    value += e;
                    break;
                default:
                    // Regex escapes such as \. stay as written, as Go's strconv would reject
                    // them only for unknown letters; keep them for the regex engine.
                    value += u'\\';
                    value += e;
                    break;
                }
                continue;
            }
            value += c;
        }
        t.type = Tok::String;
        t.text = m_text.mid(start, m_pos - start);
        m_stringValue = value;
        return t;
    }

    // ---- grammar
    static int precedence(Tok t)
    {
        switch (t)
        {
        case Tok::Plus:
        case Tok::Minus:
            return 1;
        case Tok::Star:
        case Tok::Slash:
            return 2;
        default:
            return 0;
        }
    }

    void enter(int pos)
    {
        if (++m_depth > kMaxDepth)
            fail(pos, QStringLiteral("expression nested deeper than %1 levels").arg(kMaxDepth));
    }
    void leave() { --m_depth; }

    void setHeight(Node &node, int pos)
    {
        int h = 0;
        for (const NodePtr &a : node.args)
            h = std::max(h, a->height);
        node.height = h + 1;
        if (node.height > kMaxTreeHeight)
            fail(pos, QStringLiteral("expression tree taller than %1 levels").arg(kMaxTreeHeight));
    }

    NodePtr parseExpr(int minPrecedence)
    {
        NodePtr lhs = parseUnary();
        while (true)
        {
            if (m_tok.type == Tok::Other)
                fail(m_tok.pos,
                    QStringLiteral("binary operator \"%1\" is not supported by modelarts-local").arg(m_tok.text));
            if (m_tok.type == Tok::Identifier
                && (m_tok.text == u"and" || m_tok.text == u"or" || m_tok.text == u"unless"))
                fail(m_tok.pos,
                    QStringLiteral("binary operator \"%1\" is not supported by modelarts-local").arg(m_tok.text));
            const int prec = precedence(m_tok.type);
            if (prec == 0 || prec < minPrecedence)
                break;
            const Token op = m_tok;
            advance();
            if (m_tok.type == Tok::Identifier
                && (m_tok.text == u"bool" || m_tok.text == u"on" || m_tok.text == u"ignoring"
                    || m_tok.text == u"group_left" || m_tok.text == u"group_right"))
                fail(m_tok.pos,
                    QStringLiteral("vector matching with \"%1\" is not supported by modelarts-local").arg(m_tok.text));
            enter(op.pos);
            NodePtr rhs = parseExpr(prec + 1);
            leave();
            checkOperand(*lhs, op);
            checkOperand(*rhs, op);
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Binary;
            node->op = op.text;
            node->args = { lhs, rhs };
            setHeight(*node, op.pos);
            lhs = node;
        }
        return lhs;
    }

    void checkOperand(const Node &n, const Token &op)
    {
        if (isRangeVector(n))
            fail(op.pos, QStringLiteral("binary expression must contain only scalar and instant vector types"));
    }

    NodePtr parseUnary()
    {
        if (m_tok.type == Tok::Minus || m_tok.type == Tok::Plus)
        {
            const Token op = m_tok;
            advance();
            enter(op.pos);
            NodePtr operand = parseUnary();
            leave();
            if (isRangeVector(*operand))
                fail(op.pos,
                    QStringLiteral("unary expression only allowed on expressions of type scalar or instant "
                                   "vector, got \"range vector\""));
            if (op.type == Tok::Plus)
                return operand;
            if (operand->kind == Node::Kind::Number)
            {
                auto n = std::make_shared<Node>(*operand);
                n->number = -n->number;
                return n;
            }
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Negate;
            node->args = { operand };
            setHeight(*node, op.pos);
            return node;
        }
        return parsePostfix(parsePrimary());
    }

    NodePtr parsePostfix(NodePtr e)
    {
        if (m_tok.type == Tok::LeftBracket)
        {
            const int pos = m_tok.pos;
            if (e->kind != Node::Kind::Selector || e->rangeMs > 0)
                fail(pos, QStringLiteral("ranges only allowed for vector selectors"));
            const qint64 range = takeDuration();
            auto n = std::make_shared<Node>(*e);
            n->rangeMs = range;
            e = n;
        }
        if (m_tok.type == Tok::Identifier && m_tok.text == u"offset")
            fail(m_tok.pos, QStringLiteral("offset modifiers are not supported by modelarts-local"));
        if (m_tok.type == Tok::Other && m_tok.text == u"@")
            fail(m_tok.pos, QStringLiteral("@ modifiers are not supported by modelarts-local"));
        return e;
    }

    qint64 takeDuration()
    {
        // After "[": the lexer remembered the duration and where "]" is.
        if (m_pendingDuration.isEmpty())
        {
            advance();
            unexpected(QStringLiteral("in range selector, expected duration"));
        }
        const QString text = m_pendingDuration;
        const int pos = m_pendingDurationPos;
        m_pendingDuration.clear();
        if (text.contains(u':'))
            fail(pos, QStringLiteral("subqueries are not supported by modelarts-local"));
        const qint64 ms = parseDuration(text);
        if (ms < 0)
            fail(pos, QStringLiteral("bad duration syntax: \"%1\"").arg(text));
        if (ms == 0)
            fail(pos, QStringLiteral("duration must be greater than 0"));
        m_pos = m_afterDuration + 1; // past "]"
        advance();
        return ms;
    }

    NodePtr parsePrimary()
    {
        const Token t = m_tok;
        switch (t.type)
        {
        case Tok::Number:
        {
            advance();
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Number;
            n->number = parseNumber(t);
            return n;
        }
        case Tok::String:
            fail(t.pos, QStringLiteral("string literals are not supported by modelarts-local"));
        case Tok::LeftParen:
        {
            advance();
            enter(t.pos);
            NodePtr inner = parseExpr(0);
            leave();
            expect(Tok::RightParen, QStringLiteral("in paren expression"));
            return inner;
        }
        case Tok::LeftBrace:
            return parseSelector(QString(), t.pos);
        case Tok::Identifier:
        {
            advance();
            if (kAggregations.contains(t.text)
                && (m_tok.type == Tok::LeftParen
                    || (m_tok.type == Tok::Identifier && (m_tok.text == u"by" || m_tok.text == u"without"))))
                return parseAggregate(t);
            if (m_tok.type == Tok::LeftParen)
                return parseCall(t);
            return parseSelector(t.text, t.pos);
        }
        case Tok::End:
            fail(t.pos, QStringLiteral("unexpected end of input"));
        default:
            unexpected();
        }
    }

    double parseNumber(const Token &t)
    {
        const QString lower = t.text.toLower();
        if (lower == u"inf")
            return std::numeric_limits<double>::infinity();
        if (lower == u"nan")
            return std::numeric_limits<double>::quiet_NaN();
        bool ok = false;
        double v = 0;
        if (lower.startsWith(u"0x"))
            v = static_cast<double>(lower.mid(2).toULongLong(&ok, 16));
        else
            v = t.text.toDouble(&ok);
        if (!ok)
            fail(t.pos, QStringLiteral("bad number or duration syntax: \"%1\"").arg(t.text));
        return v;
    }

    NodePtr parseSelector(const QString &metric, int pos)
    {
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Selector;
        n->metric = metric;
        if (!metric.isEmpty())
            n->matchers.push_back({ QStringLiteral("__name__"), Matcher::Op::Equal, metric });
        if (m_tok.type == Tok::LeftBrace)
        {
            advance();
            while (m_tok.type != Tok::RightBrace)
            {
                if (m_tok.type == Tok::End)
                    fail(m_tok.pos, QStringLiteral("unexpected end of input inside braces"));
                if (m_tok.type != Tok::Identifier)
                    unexpected(QStringLiteral("in label matching, expected label"));
                Matcher m;
                m.name = m_tok.text;
                advance();
                switch (m_tok.type)
                {
                case Tok::Assign:
                    m.op = Matcher::Op::Equal;
                    break;
                case Tok::NotEqual:
                    m.op = Matcher::Op::NotEqual;
                    break;
                case Tok::RegexMatch:
                    m.op = Matcher::Op::RegexMatch;
                    break;
                case Tok::RegexNoMatch:
                    m.op = Matcher::Op::RegexNoMatch;
                    break;
                case Tok::End:
                    fail(m_tok.pos, QStringLiteral("unexpected end of input inside braces"));
                default:
                    unexpected(QStringLiteral("in label matching, expected label matching operator"));
                }
                advance();
                if (m_tok.type == Tok::End)
                    fail(m_tok.pos, QStringLiteral("unexpected end of input inside braces"));
                if (m_tok.type != Tok::String)
                    unexpected(QStringLiteral("in label matching, expected string"));
                m.value = m_stringValue;
                if (m.op == Matcher::Op::RegexMatch || m.op == Matcher::Op::RegexNoMatch)
                {
                    const QRegularExpressionCheck check(m.value);
                    if (!check.valid)
                        fail(m_tok.pos, QStringLiteral("invalid regular expression \"%1\"").arg(m.value));
                }
                if (m.name == u"__name__" && !metric.isEmpty())
                    fail(pos,
                        QStringLiteral("metric name must not be set twice: \"%1\" or \"%2\"").arg(metric, m.value));
                n->matchers.push_back(m);
                advance();
                if (m_tok.type == Tok::Comma)
                {
                    advance();
                    continue;
                }
                if (m_tok.type == Tok::End)
                    fail(m_tok.pos, QStringLiteral("unexpected end of input inside braces"));
                if (m_tok.type != Tok::RightBrace)
                    unexpected(QStringLiteral("in label matching, expected \",\" or \"}\""));
            }
            advance();
        }
        bool nonEmpty = false;
        for (const Matcher &m : n->matchers)
        {
            const bool matchesEmpty = (m.op == Matcher::Op::Equal && m.value.isEmpty())
                || (m.op == Matcher::Op::NotEqual && !m.value.isEmpty())
                || (m.op == Matcher::Op::RegexMatch && QRegularExpressionCheck(m.value).matchesEmpty)
                || (m.op == Matcher::Op::RegexNoMatch && !QRegularExpressionCheck(m.value).matchesEmpty);
            nonEmpty = nonEmpty || !matchesEmpty;
        }
        if (!nonEmpty)
            fail(pos, QStringLiteral("vector selector must contain at least one non-empty matcher"));
        return n;
    }

    QStringList parseGrouping()
    {
        expect(Tok::LeftParen, QStringLiteral("in grouping opts, expected \"(\""));
        QStringList labels;
        while (m_tok.type != Tok::RightParen)
        {
            if (m_tok.type != Tok::Identifier)
                unexpected(QStringLiteral("in grouping opts, expected label"));
            labels << m_tok.text;
            advance();
            if (m_tok.type == Tok::Comma)
                advance();
            else if (m_tok.type != Tok::RightParen)
                unexpected(QStringLiteral("in grouping opts, expected \")\" or \",\""));
        }
        advance();
        return labels;
    }

    NodePtr parseAggregate(const Token &name)
    {
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Aggregate;
        n->op = name.text;
        bool grouped = false;
        auto modifier = [&]
        {
            if (m_tok.type == Tok::Identifier && (m_tok.text == u"by" || m_tok.text == u"without"))
            {
                if (grouped)
                    unexpected(QStringLiteral("in aggregation"));
                n->without = m_tok.text == u"without";
                advance();
                n->grouping = parseGrouping();
                grouped = true;
            }
        };
        modifier();
        const int open = m_tok.pos;
        expect(Tok::LeftParen, QStringLiteral("in aggregation"));
        enter(open);
        std::vector<NodePtr> args;
        while (m_tok.type != Tok::RightParen)
        {
            args.push_back(parseExpr(0));
            if (m_tok.type == Tok::Comma)
                advance();
            else if (m_tok.type != Tok::RightParen)
                unexpected(QStringLiteral("in aggregation"));
        }
        leave();
        advance();
        modifier();
        const bool hasParam = n->op == u"topk" || n->op == u"bottomk";
        const size_t want = hasParam ? 2 : 1;
        if (args.size() != want)
            fail(name.pos,
                QStringLiteral("wrong number of arguments for aggregate expression provided, expected %1, got %2")
                    .arg(want)
                    .arg(args.size()));
        if (hasParam && !isScalar(*args[0]))
            fail(name.pos, QStringLiteral("expected type scalar in aggregation parameter, got instant vector"));
        const Node &expr = *args.back();
        if (isRangeVector(expr))
            fail(name.pos, QStringLiteral("expected type instant vector in aggregation expression, got range vector"));
        if (isScalar(expr))
            fail(name.pos, QStringLiteral("expected type instant vector in aggregation expression, got scalar"));
        n->args = std::move(args);
        setHeight(*n, name.pos);
        return n;
    }

    NodePtr parseCall(const Token &name)
    {
        if (!kRangeFunctions.contains(name.text))
        {
            if (kOtherPrometheusNames.contains(name.text))
                fail(name.pos, QStringLiteral("function \"%1\" is not supported by modelarts-local").arg(name.text));
            fail(name.pos, QStringLiteral("unknown function with name \"%1\"").arg(name.text));
        }
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Call;
        n->op = name.text;
        const int open = m_tok.pos;
        advance();
        enter(open);
        while (m_tok.type != Tok::RightParen)
        {
            n->args.push_back(parseExpr(0));
            if (m_tok.type == Tok::Comma)
                advance();
            else if (m_tok.type != Tok::RightParen)
                unexpected(QStringLiteral("in call to function \"%1\"").arg(name.text));
        }
        leave();
        advance();
        if (n->args.size() != 1)
            fail(name.pos,
                QStringLiteral("expected 1 argument(s) in call to \"%1\", got %2").arg(name.text).arg(n->args.size()));
        if (!isRangeVector(*n->args[0]))
            fail(name.pos,
                QStringLiteral("expected type range vector in call to function \"%1\", got %2")
                    .arg(name.text,
                        isScalar(*n->args[0]) ? QStringLiteral("scalar") : QStringLiteral("instant vector")));
        setHeight(*n, name.pos);
        return n;
    }

    // Regex validity and whether it matches "" (Prometheus anchors label regexes).
    struct QRegularExpressionCheck
    {
        bool valid = false;
        bool matchesEmpty = false;
        explicit QRegularExpressionCheck(const QString &pattern);
    };

    const QString &m_text;
    qsizetype m_pos = 0;
    Token m_tok;
    QString m_stringValue;
    QString m_pendingDuration;
    int m_pendingDurationPos = 0;
    qsizetype m_afterDuration = 0;
    int m_depth = 0;
};
Parser::QRegularExpressionCheck::QRegularExpressionCheck(const QString &pattern)
{
    const QRegularExpression re(QStringLiteral("^(?:%1)$").arg(pattern));
    valid = re.isValid();
    matchesEmpty = valid && re.match(QString()).hasMatch();
}

QString position(const QString &text, int pos)
{
    int line = 1;
    int col = 1;
    for (int i = 0; i < pos && i < text.size(); ++i)
    {
        if (text.at(i) == u'\n')
        {
            ++line;
            col = 1;
        }
        else
        {
            ++col;
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(col);
}
} // namespace

ParseResult parse(const QString &query)
{
    ParseResult out;
    try
    {
        Parser parser(query);
        out.expr = parser.parseAll();
    }
    catch (const ParseFailure &f)
    {
        out.expr.reset();
        out.error = QStringLiteral("%1: parse error: %2").arg(position(query, f.pos), f.message);
    }
    return out;
}

qint64 parseDuration(const QString &text)
{
    // Units largest first, each at most once, as Prometheus's model.ParseDuration.
    static const std::pair<const char16_t *, qint64> units[]
        = { { u"y", 365LL * 24 * 3600 * 1000 }, { u"w", 7LL * 24 * 3600 * 1000 }, { u"d", 24LL * 3600 * 1000 },
              { u"h", 3600LL * 1000 }, { u"m", 60LL * 1000 }, { u"s", 1000 }, { u"ms", 1 } };
    if (text.isEmpty())
        return -1;
    qint64 total = 0;
    qsizetype i = 0;
    int lastUnit = -1;
    while (i < text.size())
    {
        const qsizetype start = i;
        while (i < text.size() && isDigit(text.at(i)))
            ++i;
        if (i == start || i - start > 15)
            return -1;
        const qint64 value = text.mid(start, i - start).toLongLong();
        const qsizetype unitStart = i;
        while (i < text.size() && text.at(i).isLetter())
            ++i;
        const QString unit = text.mid(unitStart, i - unitStart);
        int found = -1;
        for (int u = 0; u < 7; ++u)
        {
            if (unit == QStringView(units[u].first))
                found = u;
        }
        if (found < 0 || found <= lastUnit)
            return -1;
        lastUnit = found;
        // Each part and the sum checked before they are formed: "1000y999w" overflowed the sum.
        if (value > std::numeric_limits<qint64>::max() / units[found].second)
            return -1;
        const qint64 part = value * units[found].second;
        if (part > std::numeric_limits<qint64>::max() - total)
            return -1;
        total += part;
    }
    return total;
}

bool isRangeVector(const Node &node)
{
    return node.kind == Node::Kind::Selector && node.rangeMs > 0;
}

bool isScalar(const Node &node)
{
    switch (node.kind)
    {
    case Node::Kind::Number:
        return true;
    case Node::Kind::Negate:
        return isScalar(*node.args[0]);
    case Node::Kind::Binary:
        return isScalar(*node.args[0]) && isScalar(*node.args[1]);
    default:
        return false;
    }
}
} // namespace ma::server::promql
