namespace FactCheck.Contracts;

/// <summary>Extraction turned an article version into claims.</summary>
public sealed record ClaimsExtracted
{
    public Guid ArticleId { get; init; }
    public int Version { get; init; } = 1;
    public string Outlet { get; init; } = "";
    public string Doc { get; init; } = "";
    public string? Title { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset AcceptedAt { get; init; }
    public long Fingerprint { get; init; }

    /// <summary>The cleaned text, for story clustering (entities and distinctive words).</summary>
    public string Text { get; init; } = "";

    public IReadOnlyList<Claim> Claims { get; init; } = [];
}

/// <summary>One checkable fact: what it is about, which value, how sure the text is, who says so and where.</summary>
public sealed record Claim
{
    /// <summary><c>number</c>, <c>ordinal</c>, <c>date</c> or <c>name</c>.</summary>
    public string Kind { get; init; } = "";

    /// <summary>Canonical key of what the value measures, e.g. <c>deaths</c>, <c>round</c>, <c>delegation.size</c>.</summary>
    public string Slot { get; init; } = "";

    /// <summary>Whose figure it is when the sentence says so (the war, the quake); null otherwise.</summary>
    public string? Subject { get; init; }

    /// <summary>Numeric value (numbers, ordinals; dates as days since 0001-01-01); null for names.</summary>
    public double? Value { get; init; }

    /// <summary>Interval the text allows, from its bound words; equal to <see cref="Value"/> when exact, null where unbounded.</summary>
    public double? Low { get; init; }
    public double? High { get; init; }

    /// <summary><c>exact</c>, <c>about</c>, <c>atLeast</c>, <c>atMost</c> or <c>range</c>.</summary>
    public string Bound { get; init; } = "exact";

    /// <summary>Unit or currency (<c>km</c>, <c>USD</c>, <c>%</c>); null for plain counts.</summary>
    public string? Unit { get; init; }

    /// <summary>Normalised text value for names (as spelled) and dates (ISO 8601 or weekday).</summary>
    public string? Text { get; init; }

    /// <summary>The value as the text writes it ("more than 340,000").</summary>
    public string Display { get; init; } = "";

    /// <summary>The whole sentence, verbatim from the submitted original.</summary>
    public string Quote { get; init; } = "";

    /// <summary>Offsets of <see cref="Quote"/> in the submitted original (end exclusive).</summary>
    public int Start { get; init; }
    public int End { get; init; }

    /// <summary>Who the sentence credits with the fact ("Syrian Observatory for Human Rights"); null when unattributed.</summary>
    public string? Attribution { get; init; }
}
