#pragma once

// The PromQL subset modelarts-local answers on its Prometheus HTTP API (issue 11): selectors
// with label matchers (=, !=, =~, !~) and an optional [range], sum/avg/max/min/count with
// by/without, topk/bottomk, rate/irate/increase, avg/max/min/sum/count_over_time, number
// literals, unary minus and + - * / between scalars and vectors. A pure function with no
// server dependency, so a fuzz target can call it; nesting is limited to kMaxDepth.

#include <memory>
#include <QString>
#include <QStringList>
#include <vector>

namespace ma::server::promql
{
/** Deepest nesting of parentheses, calls and aggregations parse() accepts. */
constexpr int kMaxDepth = 64;
/** Tallest expression tree parse() accepts ("1+1+...+1" grows the tree without parentheses). */
constexpr int kMaxTreeHeight = 128;

struct Matcher
{
    enum class Op
    {
        Equal,
        NotEqual,
        RegexMatch,
        RegexNoMatch,
    };
    QString name;
    Op op = Op::Equal;
    QString value;
};

struct Node
{
    enum class Kind
    {
        Number,
        Selector, // instant vector selector, or a range vector when rangeMs > 0
        Aggregate, // op = sum|avg|max|min|count|topk|bottomk; args = [param,] expr
        Call, // op = function name; args = its arguments
        Binary, // op = + - * /; args = lhs, rhs
        Negate, // args = operand
    };
    Kind kind = Kind::Number;
    double number = 0;
    QString metric; // selector: the metric name ("" when only matchers)
    std::vector<Matcher> matchers; // selector: including __name__ when a metric name was given
    qint64 rangeMs = 0; // selector: > 0 for a range vector
    QString op;
    QStringList grouping; // aggregate: by/without labels
    bool without = false;
    std::vector<std::shared_ptr<const Node>> args;
    int height = 1; // 1 + the tallest argument
};

using NodePtr = std::shared_ptr<const Node>;

struct ParseResult
{
    NodePtr expr;
    QString error; // Prometheus's wording: "1:5: parse error: unexpected end of input"
    bool ok() const { return expr != nullptr; }
};

/** Parses @p query; on failure error holds the position and reason, expr is null. Never throws. */
ParseResult parse(const QString &query);

/** Parses a Prometheus duration ("5m", "1h30m", "90s", "250ms"); -1 when invalid. */
qint64 parseDuration(const QString &text);

/** Whether the expression yields a range vector (only valid as a function argument). */
bool isRangeVector(const Node &node);
/** Whether the expression yields a scalar (numbers and arithmetic on them). */
bool isScalar(const Node &node);
} // namespace ma::server::promql
