namespace FactCheck.Extraction.Engine;

/// <summary>A claim found in a text, with its sentence's offsets in that text.</summary>
public sealed record ExtractedClaim
{
    public required string Kind { get; init; }
    public required string Slot { get; init; }
    public string? Subject { get; init; }
    public double? Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public string Bound { get; init; } = Bounds.Exact;
    public string? Unit { get; init; }
    public string? Text { get; init; }
    public required string Display { get; init; }
    public required int SentenceStart { get; init; }
    public required int SentenceEnd { get; init; }

    /// <summary>Offsets of the value itself ("more than 340,000") in the text.</summary>
    public int MentionStart { get; init; }
    public int MentionEnd { get; init; }
    public string? Attribution { get; init; }
}

public static class ClaimKinds
{
    public const string Number = "number";
    public const string Ordinal = "ordinal";
    public const string Date = "date";
    public const string Name = "name";
}

public static class Bounds
{
    public const string Exact = "exact";
    public const string About = "about";
    public const string AtLeast = "atLeast";
    public const string AtMost = "atMost";
    public const string Range = "range";
}
