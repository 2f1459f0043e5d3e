namespace FactCheck.Integration.Tests.Support;

/// <summary>
/// Story clusters made up for load: each cluster has its own invented place, plant, river and official,
/// and its outlets disagree on the death toll, so every cluster becomes one story with one conflict.
/// </summary>
public static class SyntheticNews
{
    public const int OutletsPerStory = 5;

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ru", "sen", "tav", "bor", "nel", "qui", "dra", "fen", "gor", "hul", "jas", "pim", "zet"];

    public sealed record Submission(string Outlet, string Doc, string Body);

    /// <summary>Stories <paramref name="first"/> .. first+stories-1; runs against one database use disjoint ranges (same text dedupes).</summary>
    public static IEnumerable<Submission> Articles(int stories, string run, int first = 0)
    {
        for (var story = first; story < first + stories; story++)
        {
            var city = Name(story, "grad");
            var plant = Name(story, "tech");
            var river = Name(story, "ava");
            var official = Name(story, "enko");
            for (var outlet = 0; outlet < OutletsPerStory; outlet++)
            {
                var dead = outlet % 2 == 0 ? 12 : 15;
                var body = $"""
                    Officials said on Tuesday that {dead} people were killed when a fire swept through the {plant} chemical works in {city}, near the {river} river.

                    Rescue teams from {city} searched the {plant} site overnight, and governor {official} ordered an inquiry into the blaze at {plant}.

                    Residents of {city} said smoke from the {plant} works drifted across the {river} valley for hours.
                    """;
                yield return new Submission($"outlet-{outlet}", $"{run}-{story:D5}-{outlet}.txt", body);
            }
        }
    }

    private static string Name(int story, string suffix)
    {
        // Three syllables name 4096 stories; a fourth, from story 4096 on, names 65536.
        var fourth = story >= 4096 ? Syllables[story / 4096 % 16] : "";
        var text = Syllables[story % 16] + Syllables[story / 16 % 16] + Syllables[story / 256 % 16] + fourth + suffix;
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
