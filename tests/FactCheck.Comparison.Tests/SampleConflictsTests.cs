using System.Text.Json;
using FactCheck.Comparison.Engine;
using FactCheck.Contracts;
using FactCheck.Tests;

namespace FactCheck.Comparison.Tests;

/// <summary>
/// What comparison finds in the real sample stories must not depend on how the engine got there: on which objects
/// carry the claims, on what an earlier call worked out, or on a sentence being read once for all its claims.
/// </summary>
public sealed class SampleConflictsTests
{
    private static readonly string SamplesFolder = Path.Combine(AppContext.BaseDirectory, "samples");
    private static readonly Guid Story = SampleEvidence.IdOf("story");

    public static TheoryData<string> Clusters() => new(SampleEvidence.Clusters(SamplesFolder));

    [Theory]
    [MemberData(nameof(Clusters))]
    public void Should_find_the_same_conflicts_when_the_story_is_read_back_from_storage(string cluster)
    {
        var story = SampleEvidence.Story(SamplesFolder, cluster);
        var stored = story.Select(a => a with { Claims = JsonSerializer.Deserialize<List<Claim>>(JsonSerializer.Serialize(a.Claims))! }).ToList();

        var first = Json(ConflictFinder.Find(Story, story));
        var again = Json(ConflictFinder.Find(Story, stored));

        Assert.NotEqual("[]", first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Should_read_each_claim_alike_when_its_sentence_is_read_once_for_all_its_claims()
    {
        var claims = SampleEvidence.Clusters(SamplesFolder).SelectMany(c => SampleEvidence.Story(SamplesFolder, c)).SelectMany(a => a.Claims).ToList();
        var readings = new Dictionary<string, ClaimContext.Reading>(StringComparer.Ordinal);

        var shared = claims.Select(c => Describe(ClaimContext.Of(c, null, readings.TryGetValue(c.Quote, out var r) ? r : readings[c.Quote] = ClaimContext.Reading.Of(c.Quote)))).ToList();
        var alone = claims.Select(c => Describe(ClaimContext.Of(c))).ToList();

        Assert.True(readings.Count < claims.Count, "no sentence carries two claims: the shared reading was never shared");
        Assert.Equal(alone, shared);
    }

    private static string Json(IReadOnlyList<Conflict> conflicts) => JsonSerializer.Serialize(conflicts);

    private static string Describe(ClaimContext context) => string.Join(" | ",
        string.Join(',', context.Near), string.Join(',', context.Sentence), string.Join(',', context.Years), context.Scope, context.Partial,
        string.Join(',', context.Measures), context.Reference, context.Holder, string.Join(',', context.Concepts), context.Whole, context.Group);
}
