#pragma once

#include "domain/LargeVector.h"
#include "domain/MemberFigures.h"

#include <cstddef>
#include <type_traits>
#include <vector>

namespace sl {

// Where FiguresRepository puts the figures it reads: one entry per member, in the order of
// their numbers. FiguresRows fills a vector of MemberFigures, or of rows that each hold one (an
// assessment's), in place: a district's 100,000 figures are then not built once more as rows.
class FiguresOut
{
public:
    virtual ~FiguresOut() = default;
    virtual void reserve(std::size_t count) = 0;
    // A new entry, empty, at the end.
    virtual MemberFigures& append() = 0;
    virtual MemberFigures& at(std::size_t index) = 0;
    virtual std::size_t size() const = 0;
    // Puts the entries in a new order: the i-th is the one that was at order[i].
    virtual void permute(const std::vector<std::size_t>& order) = 0;
};

// Row: MemberFigures, or a type with a MemberFigures member `figures`.
template <class Row> class FiguresRows final : public FiguresOut
{
public:
    explicit FiguresRows(std::vector<Row>& rows) : m_rows(rows) {}

    void reserve(std::size_t count) override { reserveLarge(m_rows, count); }
    MemberFigures& append() override { return figuresOf(m_rows.emplace_back()); }
    MemberFigures& at(std::size_t index) override { return figuresOf(m_rows[index]); }
    std::size_t size() const override { return m_rows.size(); }
    void permute(const std::vector<std::size_t>& order) override
    {
        std::vector<Row> ordered;
        reserveLarge(ordered, order.size());
        for (std::size_t from : order)
            ordered.push_back(std::move(m_rows[from]));
        m_rows = std::move(ordered);
    }

private:
    static MemberFigures& figuresOf(Row& row)
    {
        if constexpr (std::is_same_v<Row, MemberFigures>)
            return row;
        else
            return row.figures;
    }

    std::vector<Row>& m_rows;
};

} // namespace sl
