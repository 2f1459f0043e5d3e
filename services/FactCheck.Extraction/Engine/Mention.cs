namespace FactCheck.Extraction.Engine;

internal enum MentionKind
{
    Count,
    Ordinal,
    Percent,
    Money,
    Measure,
    Duration,
    Age,
    Magnitude,
    Record,
    Time,
    Elapsed,
    Date,
    Year,
}

/// <summary>A value the recognizer found, before the claim layer decides what it is about.</summary>
internal sealed class Mention
{
    public required MentionKind Kind { get; init; }
    public required int First { get; set; }
    public required int Last { get; set; }
    public double? Value { get; set; }
    public double? Low { get; set; }
    public double? High { get; set; }
    public string Bound { get; set; } = Bounds.Exact;
    public string? Unit { get; set; }
    public string? Text { get; set; }

    /// <summary>The figure and unit as written, before conversion (for the yardstick).</summary>
    public double? Written { get; set; }
    public string? WrittenUnit { get; set; }

    /// <summary>The noun a hyphenated form ties the figure to ("20-strong delegation", "six-year war").</summary>
    public string? Noun { get; set; }
    public string? Hint { get; set; }
    public int[]? Parts { get; set; }
    public Dimension? Dimension { get; set; }

    /// <summary>The unit is glued to the digits ("180ml", "29km").</summary>
    public bool UnitAttached { get; set; }
}
