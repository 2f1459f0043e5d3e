using System.Globalization;
using System.Text.Json;
using FactCheck.Contracts;
using FactCheck.Extraction.Engine;
using FactCheck.Intake.Cleaning;
using FactCheck.Tests;
using Xunit.Abstractions;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The claims an editor expects for every labeled span of the sample clusters (Fixtures/labeled-claims.json), run the
/// way the pipeline runs: intake's cleaner first, then the engine, offsets mapped back to the file.
/// </summary>
public sealed class LabeledClaimsTests(ITestOutputHelper output)
{
    private const double Target = 0.95;

    private sealed record Label(string Cluster, string Doc, string Span, string Kind, string Slot, string Bound, double? Value, string? Text);

    private sealed record Found(ExtractedClaim Claim, int Start, int End);

    [Fact]
    public void Should_find_at_least_95_percent_of_labeled_claims_with_the_right_value_and_bound()
    {
        var labels = JsonSerializer.Deserialize<List<Label>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "labeled-claims.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        var results = labels.Select(label => (Label: label, Claim: Match(label))).ToList();

        var found = results.Count(r => r.Claim is not null);
        var rightSlot = results.Count(r => r.Claim is not null && r.Claim.Slot == r.Label.Slot);
        var rightKind = results.Count(r => r.Claim is not null && r.Claim.Kind == r.Label.Kind);
        foreach (var (label, claim) in results.Where(r => r.Claim is null || r.Claim.Slot != r.Label.Slot))
            output.WriteLine($"{(claim is null ? "MISSED" : "SLOT  ")} {label.Cluster}/{label.Doc} \"{label.Span}\" want {label.Slot}={label.Value?.ToString(CultureInfo.InvariantCulture) ?? label.Text} {label.Bound}; got {claim?.Slot}");
        output.WriteLine($"found {found}/{labels.Count} ({100.0 * found / labels.Count:0.0}%), slot right {rightSlot}/{labels.Count}, kind right {rightKind}/{labels.Count}");
        Assert.True(found >= Target * labels.Count, $"found {found} of {labels.Count} labeled claims");
    }

    [Fact]
    public void Should_extract_no_claim_from_noise_spans()
    {
        var noise = Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "samples"))
            .Select(Path.GetFileName)
            .SelectMany(cluster => NoiseOf(cluster!))
            .ToList();

        var hits = noise.Where(n => Claims(n.Cluster, n.Doc).Any(c => Occurrences(Samples.Read(n.Cluster, n.Doc), n.Text).Any(o => c.Start < o.End && o.Start < c.End))).ToList();

        Assert.NotEmpty(noise);
        Assert.Empty(hits);
    }

    private static IEnumerable<(string Cluster, string Doc, string Text)> NoiseOf(string cluster)
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples.Folder(cluster), "expected.json")));
        if (!labels.RootElement.TryGetProperty("noise", out var noise))
            return [];
        return noise.EnumerateArray().Select(n => (cluster, n.GetProperty("doc").GetString()!, n.GetProperty("text").GetString()!)).ToList();
    }

    private static Claim[] Claims(string cluster, string doc)
    {
        var raw = Samples.Read(cluster, doc);
        var cleaned = TextCleaner.Clean(raw);
        return [.. ArticleClaims.From(new ArticleAccepted { Text = cleaned.Text, Segments = cleaned.Segments, Opening = raw })];
    }

    private static ExtractedClaim? Match(Label label)
    {
        var raw = Samples.Read(label.Cluster, label.Doc);
        var cleaned = TextCleaner.Clean(raw);
        var claims = ClaimExtractor.Mentions(cleaned.Text, ClaimExtractor.Dateline(raw))
            .Select(c =>
            {
                var (start, end) = SourceOffsets.ToSource(cleaned.Segments, c.MentionStart, c.MentionEnd);
                return new Found(c, start, end);
            })
            .ToList();
        var spans = Occurrences(raw, label.Span).ToList();
        return claims
            .Where(f => spans.Any(s => f.Start < s.End && s.Start < f.End) && SameValue(label, f.Claim))
            .OrderByDescending(f => f.Claim.Slot == label.Slot)
            .Select(f => f.Claim)
            .FirstOrDefault();
    }

    private static bool SameValue(Label label, ExtractedClaim claim)
    {
        if (label.Text is { } text)
            return string.Equals(claim.Text, text, StringComparison.OrdinalIgnoreCase) && claim.Kind == label.Kind;
        return claim.Value is { } value && Math.Abs(value - label.Value!.Value) <= 1e-6 * Math.Max(1, Math.Abs(value)) && claim.Bound == label.Bound;
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string text, string span)
    {
        for (var at = text.IndexOf(span, StringComparison.Ordinal); at >= 0; at = text.IndexOf(span, at + 1, StringComparison.Ordinal))
            yield return (at, at + span.Length);
    }
}
