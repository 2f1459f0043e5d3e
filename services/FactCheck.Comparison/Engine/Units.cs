namespace FactCheck.Comparison.Engine;

/// <summary>A unit brought to its dimension's base unit; the factor is an interval where the text cannot say exactly.</summary>
public sealed record UnitScale(string Dimension, double Low, double High);

/// <summary>
/// Converts units and currencies to one base per dimension. Where the text allows several readings
/// (a "mile" at sea may be nautical; a euro is worth between $1.0 and $1.6 over the years a story
/// can cover) the factor is an interval, so a figure is only called different when no reading fits.
/// </summary>
public static class Units
{
    private static readonly UnitScale Count = new("count", 1, 1);

    private static readonly Dictionary<string, UnitScale> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["km"] = new("length", 1, 1), ["kilometer"] = new("length", 1, 1), ["kilometre"] = new("length", 1, 1),
        ["m"] = new("length", 0.001, 0.001), ["meter"] = new("length", 0.001, 0.001), ["metre"] = new("length", 0.001, 0.001),
        ["ft"] = new("length", 0.0003048, 0.0003048), ["foot"] = new("length", 0.0003048, 0.0003048), ["feet"] = new("length", 0.0003048, 0.0003048),
        ["mi"] = new("length", 1.609344, 1.852), ["mile"] = new("length", 1.609344, 1.852),
        ["nmi"] = new("length", 1.852, 1.852), ["nm"] = new("length", 1.852, 1.852), ["nautical mile"] = new("length", 1.852, 1.852),
        ["nautical"] = new("length", 1.852, 1.852),
        ["kg"] = new("mass", 1, 1), ["kilogram"] = new("mass", 1, 1), ["t"] = new("mass", 1000, 1000), ["tonne"] = new("mass", 1000, 1000),
        ["ton"] = new("mass", 907.18, 1016.05), ["lb"] = new("mass", 0.45359, 0.45359), ["pound weight"] = new("mass", 0.45359, 0.45359),
        ["s"] = new("time", 1, 1), ["sec"] = new("time", 1, 1), ["second"] = new("time", 1, 1), ["min"] = new("time", 60, 60),
        ["minute"] = new("time", 60, 60), ["h"] = new("time", 3600, 3600), ["hour"] = new("time", 3600, 3600),
        ["day"] = new("time", 86400, 86400), ["week"] = new("time", 604800, 604800),
        ["USD"] = new("money", 1, 1), ["$"] = new("money", 1, 1), ["dollar"] = new("money", 1, 1), ["US$"] = new("money", 1, 1),
        ["EUR"] = new("money", 1.0, 1.6), ["€"] = new("money", 1.0, 1.6), ["euro"] = new("money", 1.0, 1.6),
        ["GBP"] = new("money", 1.2, 2.1), ["£"] = new("money", 1.2, 2.1), ["pound"] = new("money", 1.2, 2.1),
        ["JPY"] = new("money", 0.0062, 0.0125), ["¥"] = new("money", 0.0062, 0.0125), ["yen"] = new("money", 0.0062, 0.0125),
        ["INR"] = new("money", 0.011, 0.025), ["rupee"] = new("money", 0.011, 0.025),
        ["CHF"] = new("money", 0.9, 1.3), ["franc"] = new("money", 0.9, 1.3),
        ["%"] = new("percent", 1, 1), ["percent"] = new("percent", 1, 1), ["per cent"] = new("percent", 1, 1),
    };

    public static UnitScale Of(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
            return Count;
        var key = unit.Trim().TrimEnd('.');
        if (Known.TryGetValue(key, out var scale))
            return scale;
        if (key.Length > 3 && key.EndsWith('s') && Known.TryGetValue(key[..^1], out scale))
            return scale;
        if (key.EndsWith("es", StringComparison.OrdinalIgnoreCase) && Known.TryGetValue(key[..^2], out scale))
            return scale;
        // An unknown unit is its own dimension: only compared with itself.
        return new UnitScale(key.ToLowerInvariant(), 1, 1);
    }
}
