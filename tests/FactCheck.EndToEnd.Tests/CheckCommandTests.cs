using FactCheck.Host;
using FactCheck.Host.Commands;
using FactCheck.Tests;

namespace FactCheck.EndToEnd.Tests;

public sealed class CheckCommandTests
{
    private static readonly string[] Noise =
    [
        "600 Afghan soldiers killed over last 2 months",
        "Daesh kills 18 civilians trying",
        "1,750 persons",
        "Facebook revenue estimated at $4.27 billion",
    ];

    [Fact]
    public async Task Should_flag_the_round_and_death_toll_conflicts_on_the_sample_story()
    {
        var (files, _) = InputFiles.Resolve([Samples.Folder("astana-talks")]);

        var stories = await LocalPipeline.RunAsync(files, TextWriter.Null, CancellationToken.None);

        var story = Assert.Single(stories);
        Assert.Equal(5, story.Articles.Count);
        var round = Assert.Single(story.Conflicts, c => c.Slot == "round");
        Assert.Contains(round.Sides, s => s.Display.Contains("sixth") && s.Sources.Any(x => x.Doc == "001_63356480b86b9fe2.txt"));
        Assert.Contains(round.Sides, s => s.Display.Contains("eighth") && s.Sources.Count == 3);
        var deaths = Assert.Single(story.Conflicts, c => c.Slot == "deaths");
        Assert.Contains(deaths.Sides, s => s.Display.Contains("300,000"));
        Assert.Contains(deaths.Sides, s => s.Display.Contains("340,000"));
    }

    [Fact]
    public async Task Should_quote_each_side_verbatim_at_its_offsets_and_never_quote_sidebars()
    {
        var (files, _) = InputFiles.Resolve([Samples.Folder("astana-talks")]);

        var stories = await LocalPipeline.RunAsync(files, TextWriter.Null, CancellationToken.None);

        var sources = stories.SelectMany(s => s.Conflicts).SelectMany(c => c.Sides).SelectMany(s => s.Sources).ToList();
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var original = Samples.Read("astana-talks", source.Doc);
            Assert.Equal(source.Quote, original[source.Start..source.End]);
            Assert.DoesNotContain(Noise, noise => source.Quote.Contains(noise));
        }
    }

    [Fact]
    public void Should_refuse_a_missing_path_and_an_empty_folder_with_one_line()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;

        var (_, missing) = InputFiles.Resolve(["/no/such/folder"]);
        var (_, none) = InputFiles.Resolve([empty]);

        Assert.Equal("no such file or folder: /no/such/folder", missing);
        Assert.StartsWith("no article files", none);
        Assert.DoesNotContain('\n', none!);
    }

    [Fact]
    public async Task Should_exit_non_zero_when_the_folder_does_not_exist()
    {
        var exitCode = await FactCheckCommands.Create().Parse(["check", "/no/such/folder"]).InvokeAsync();

        Assert.Equal(2, exitCode);
    }
}
