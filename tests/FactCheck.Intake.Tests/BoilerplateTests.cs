using System.Text.Json;
using FactCheck.Intake.Cleaning;
using FactCheck.Tests;
using Xunit.Abstractions;

namespace FactCheck.Intake.Tests;

/// <summary>The cleaner against hand labels for every line of the samples; figures go to the test output and the README.</summary>
public sealed class BoilerplateTests(ITestOutputHelper output)
{
    [Fact]
    public void Should_keep_every_labeled_story_line_of_the_astana_samples()
    {
        var lines = LineLabels.Astana();

        var lost = lines.Where(l => l.Story && !l.Kept).Select(l => $"{l.Doc}:{l.Number} {l.Text}").ToList();

        Assert.Empty(lost);
    }

    [Fact]
    public void Should_keep_almost_only_story_lines_of_the_astana_samples()
    {
        var lines = LineLabels.Astana();

        var (precision, recall, kept, story) = LineLabels.Score(lines);
        output.WriteLine($"astana-talks: {lines.Count} lines, {story} story, {kept} kept, precision {precision:F3}, recall {recall:F3}");
        foreach (var line in lines.Where(l => l.Kept && !l.Story))
            output.WriteLine($"  kept furniture {line.Doc}:{line.Number} {line.Text}");

        Assert.True(precision >= 0.97, $"precision {precision:F3}");
    }

    [Fact]
    public void Should_drop_every_noise_span_of_expected_json()
    {
        using var expected = JsonDocument.Parse(Samples.Read("astana-talks", "expected.json"));
        var noise = expected.RootElement.GetProperty("noise").EnumerateArray()
            .Select(n => (Doc: n.GetProperty("doc").GetString()!, Text: n.GetProperty("text").GetString()!))
            .ToList();

        var leaked = noise.Where(n => TextCleaner.Clean(Samples.Read("astana-talks", n.Doc)).Text.Contains(n.Text)).ToList();

        Assert.NotEmpty(noise);
        Assert.Empty(leaked);
    }

    [Fact]
    public void Should_keep_every_sentence_of_the_one_sentence_per_line_clusters()
    {
        var lines = LineLabels.Ecb();

        var (precision, recall, kept, story) = LineLabels.Score(lines);
        output.WriteLine($"ECB+ clusters: {lines.Count} lines, {story} story, {kept} kept, precision {precision:F3}, recall {recall:F3}");
        var lost = lines.Where(l => l.Story && !l.Kept).Select(l => $"{l.Cluster}/{l.Doc}:{l.Number} {l.Text}").ToList();
        foreach (var line in lost)
            output.WriteLine("  lost " + line);

        Assert.Empty(lost);
    }
}
