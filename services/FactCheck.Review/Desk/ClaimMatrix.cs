using FactCheck.Contracts;
using FactCheck.Review.Data;

namespace FactCheck.Review.Desk;

/// <summary>One column: an independent voice, i.e. an outlet and its syndicated copies.</summary>
public sealed record MatrixColumn(Guid VoiceId, IReadOnlyList<string> Outlets, IReadOnlyList<Guid> ArticleIds);

/// <summary>What one voice says on one slot; <see cref="Side"/> is its side of an open conflict (0, 1, …) or null.</summary>
public sealed record MatrixCell(IReadOnlyList<string> Values, int? Side)
{
    public bool Disagrees => Side is not null;
}

public sealed record MatrixRow(string Slot, bool InConflict, IReadOnlyList<MatrixCell> Cells);

/// <summary>Slots down, voices across: where the story's sources agree, and where they do not.</summary>
public sealed record ClaimMatrix(IReadOnlyList<MatrixColumn> Columns, IReadOnlyList<MatrixRow> Rows)
{
    /// <summary>
    /// Rows are the slots at least two voices speak to, or that hold an open conflict (those first); a cell
    /// is marked with the conflict side its articles stand on.
    /// </summary>
    public static ClaimMatrix Build(IReadOnlyList<ArticleView> articles, IReadOnlyList<ClaimCell> claims, IReadOnlyList<Conflict> openConflicts)
    {
        var columns = articles
            .GroupBy(a => a.VoiceId == Guid.Empty ? a.Id : a.VoiceId)
            .Select(g => new MatrixColumn(g.Key, g.Select(a => a.Outlet).Distinct().ToList(), g.Select(a => a.Id).ToList()))
            .OrderBy(c => c.Outlets[0], StringComparer.OrdinalIgnoreCase)
            .ToList();
        var conflictSlots = openConflicts.Select(c => c.Slot).ToHashSet();
        var bySlot = claims.GroupBy(c => c.Slot).ToDictionary(g => g.Key, g => g.ToList());
        var slots = bySlot
            .Where(s => conflictSlots.Contains(s.Key) || columns.Count(col => s.Value.Any(c => col.ArticleIds.Contains(c.ArticleId))) >= 2)
            .Select(s => s.Key)
            .Concat(conflictSlots)
            .Distinct()
            .OrderBy(s => conflictSlots.Contains(s) ? 0 : 1)
            .ThenBy(s => s, StringComparer.Ordinal)
            .ToList();

        var rows = slots.Select(slot => new MatrixRow(slot, conflictSlots.Contains(slot), columns.Select(column =>
        {
            var values = bySlot.GetValueOrDefault(slot, []).Where(c => column.ArticleIds.Contains(c.ArticleId)).Select(c => c.Display).Distinct().ToList();
            return new MatrixCell(values, SideOf(openConflicts.Where(c => c.Slot == slot), column));
        }).ToList())).ToList();
        return new ClaimMatrix(columns, rows);
    }

    private static int? SideOf(IEnumerable<Conflict> conflicts, MatrixColumn column)
    {
        foreach (var conflict in conflicts)
        {
            for (var side = 0; side < conflict.Sides.Count; side++)
            {
                if (conflict.Sides[side].Sources.Any(s => column.ArticleIds.Contains(s.ArticleId)))
                    return side;
            }
        }

        return null;
    }
}
