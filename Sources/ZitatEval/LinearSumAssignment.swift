/// Linear sum assignment by shortest augmenting paths (Crouse 2016), taking the same steps as SciPy's
/// `linear_sum_assignment`, which the official scorer pairs quotes with: among pairings of equal total
/// weight it picks the same one, and eval.py scores the roles and types of whichever pairs it picked.
public enum LinearSumAssignment {
    /// The column assigned to each row so that the total weight is maximal; nil for rows left over
    /// when there are more rows than columns.
    public static func maximize(_ weights: [[Double]]) -> [Int?] {
        let rows = weights.count
        guard rows > 0, let columns = weights.first?.count, columns > 0 else {
            return Array(repeating: nil, count: rows)
        }
        // As SciPy: maximise by minimising the negated weights; a tall matrix is transposed first.
        let transposed = columns < rows
        let solverRows = transposed ? columns : rows, solverColumns = transposed ? rows : columns
        var cost = [Double](repeating: 0, count: rows * columns)
        for row in 0..<rows {
            for column in 0..<columns {
                let index = transposed ? column * rows + row : row * columns + column
                cost[index] = -weights[row][column]
            }
        }
        var solver = Solver(cost: cost, rows: solverRows, columns: solverColumns)
        solver.solve()
        var result: [Int?] = Array(repeating: nil, count: rows)
        for (solverRow, solverColumn) in solver.columnOfRow.enumerated() where solverColumn >= 0 {
            if transposed { result[solverColumn] = solverRow } else { result[solverRow] = solverColumn }
        }
        return result
    }

    /// The minimisation for rows ≤ columns (every row gets a column).
    struct Solver {
        let cost: [Double]
        let rows: Int
        let columns: Int
        var rowPotential: [Double]
        var columnPotential: [Double]
        var shortestPathCosts: [Double]
        var path: [Int]
        var columnOfRow: [Int]
        var rowOfColumn: [Int]
        var rowVisited: [Bool]
        var columnVisited: [Bool]

        init(cost: [Double], rows: Int, columns: Int) {
            self.cost = cost
            self.rows = rows
            self.columns = columns
            rowPotential = Array(repeating: 0, count: rows)
            columnPotential = Array(repeating: 0, count: columns)
            shortestPathCosts = Array(repeating: .infinity, count: columns)
            path = Array(repeating: -1, count: columns)
            columnOfRow = Array(repeating: -1, count: rows)
            rowOfColumn = Array(repeating: -1, count: columns)
            rowVisited = Array(repeating: false, count: rows)
            columnVisited = Array(repeating: false, count: columns)
        }

        /// Adds one row at a time along a shortest augmenting path, updating the dual potentials.
        mutating func solve() {
            for current in 0..<rows {
                let (sink, minimum) = augmentingPath(from: current)
                rowPotential[current] += minimum
                for row in 0..<rows where rowVisited[row] && row != current {
                    rowPotential[row] += minimum - shortestPathCosts[columnOfRow[row]]
                }
                for column in 0..<columns where columnVisited[column] {
                    columnPotential[column] -= minimum - shortestPathCosts[column]
                }
                var column = sink
                while true {
                    let row = path[column]
                    rowOfColumn[column] = row
                    swap(&columnOfRow[row], &column)
                    if row == current { break }
                }
            }
        }

        /// The free column ending a shortest alternating path from `start`, and that path's cost.
        mutating func augmentingPath(from start: Int) -> (sink: Int, minimum: Double) {
            var minimum = 0.0
            // Filled in reverse so that a constant cost matrix yields the identity (as in SciPy).
            var remaining = Array((0..<columns).reversed())
            for index in rowVisited.indices { rowVisited[index] = false }
            for index in columnVisited.indices { columnVisited[index] = false }
            for index in shortestPathCosts.indices { shortestPathCosts[index] = .infinity }
            var row = start
            while true {
                var lowest = Double.infinity
                var chosen = 0
                rowVisited[row] = true
                for (position, column) in remaining.enumerated() {
                    let reduced = minimum + cost[row * columns + column] - rowPotential[row] - columnPotential[column]
                    if reduced < shortestPathCosts[column] {
                        path[column] = row
                        shortestPathCosts[column] = reduced
                    }
                    // Among equal costs prefer a free column: it ends the path.
                    if shortestPathCosts[column] < lowest || (shortestPathCosts[column] == lowest && rowOfColumn[column] == -1) {
                        lowest = shortestPathCosts[column]
                        chosen = position
                    }
                }
                minimum = lowest
                let column = remaining[chosen]
                columnVisited[column] = true
                remaining[chosen] = remaining[remaining.count - 1]
                remaining.removeLast()
                if rowOfColumn[column] == -1 { return (column, minimum) }
                row = rowOfColumn[column]
            }
        }
    }
}
