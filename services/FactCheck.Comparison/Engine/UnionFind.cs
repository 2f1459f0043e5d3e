namespace FactCheck.Comparison.Engine;

/// <summary>Disjoint sets over a fixed list of items, groups returned in the items' order.</summary>
public sealed class UnionFind<T>(IReadOnlyList<T> items) where T : notnull
{
    private readonly Dictionary<T, T> parent = items.Distinct().ToDictionary(i => i, i => i);

    public void Union(T a, T b)
    {
        var (x, y) = (Root(a), Root(b));
        if (!EqualityComparer<T>.Default.Equals(x, y))
            parent[y] = x;
    }

    public T Root(T item)
    {
        while (!EqualityComparer<T>.Default.Equals(parent[item], item))
            item = parent[item] = parent[parent[item]];
        return item;
    }

    public List<List<T>> Groups() =>
        items.Distinct().GroupBy(Root).Select(g => g.ToList()).ToList();
}
