using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Host.Evaluation;

/// <summary>A cluster's <c>expected.json</c>: what an editor wants flagged and what must stay quiet.</summary>
public sealed record ClusterLabels
{
    public IReadOnlyList<LabeledFact> Conflicts { get; init; } = [];
    public IReadOnlyList<LabeledFact> Consistent { get; init; } = [];

    [JsonPropertyName("not_conflicts")]
    public IReadOnlyList<LabeledFact> NotConflicts { get; init; } = [];

    public IReadOnlyList<LabeledSpan> Noise { get; init; } = [];

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ClusterLabels Parse(string json) => JsonSerializer.Deserialize<ClusterLabels>(json, Options)
        ?? throw new JsonException("expected.json is empty");
}

public sealed record LabeledFact
{
    public string? Kind { get; init; }
    public string? Slot { get; init; }
    public string? Severity { get; init; }
    public IReadOnlyList<LabeledSpan> Values { get; init; } = [];
}

public sealed record LabeledSpan
{
    public string Doc { get; init; } = "";
    public string Text { get; init; } = "";
}
