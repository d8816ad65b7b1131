/// Linear sum assignment (the Hungarian algorithm with potentials, O(n²m)).
public enum Hungarian {
    /// The column assigned to each row so that the total weight is maximal; `nil` for rows left
    /// over when there are more rows than columns. Deterministic: equal input, equal assignment.
    public static func maximize(_ weights: [[Double]]) -> [Int?] {
        let rows = weights.count
        guard rows > 0, let columns = weights.first?.count, columns > 0 else {
            return Array(repeating: nil, count: rows)
        }
        if rows > columns {
            let transposed = (0..<columns).map { column in (0..<rows).map { weights[$0][column] } }
            var result: [Int?] = Array(repeating: nil, count: rows)
            for (column, row) in maximize(transposed).enumerated() {
                if let row { result[row] = column }
            }
            return result
        }
        // Minimise the negated weights; 1-based arrays as in the textbook formulation.
        let n = rows, m = columns
        var u = Array(repeating: 0.0, count: n + 1)
        var v = Array(repeating: 0.0, count: m + 1)
        var rowOfColumn = Array(repeating: 0, count: m + 1)
        var way = Array(repeating: 0, count: m + 1)
        for row in 1...n {
            rowOfColumn[0] = row
            var column0 = 0
            var minimum = Array(repeating: Double.infinity, count: m + 1)
            var used = Array(repeating: false, count: m + 1)
            repeat {
                used[column0] = true
                let row0 = rowOfColumn[column0]
                var delta = Double.infinity
                var column1 = 0
                for column in 1...m where !used[column] {
                    let reduced = -weights[row0 - 1][column - 1] - u[row0] - v[column]
                    if reduced < minimum[column] {
                        minimum[column] = reduced
                        way[column] = column0
                    }
                    if minimum[column] < delta {
                        delta = minimum[column]
                        column1 = column
                    }
                }
                for column in 0...m {
                    if used[column] {
                        u[rowOfColumn[column]] += delta
                        v[column] -= delta
                    } else {
                        minimum[column] -= delta
                    }
                }
                column0 = column1
            } while rowOfColumn[column0] != 0
            repeat {
                let column1 = way[column0]
                rowOfColumn[column0] = rowOfColumn[column1]
                column0 = column1
            } while column0 != 0
        }
        var result: [Int?] = Array(repeating: nil, count: rows)
        for column in 1...m where rowOfColumn[column] != 0 {
            result[rowOfColumn[column] - 1] = column - 1
        }
        return result
    }
}
