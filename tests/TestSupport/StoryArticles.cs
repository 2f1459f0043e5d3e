using FactCheck.Contracts;

namespace FactCheck.Tests;

/// <summary>
/// Articles for story merging: two halves of one event that share no names (so they first form two stories)
/// and a bridge article that covers both; and two quakes in one province a year apart.
/// </summary>
public static class StoryArticles
{
    public static readonly DateTimeOffset TalksDay = new(2017, 9, 14, 9, 0, 0, TimeSpan.Zero);

    public const string Astana = """
        Delegations met in Astana, Kazakhstan, for ceasefire negotiations brokered by Russia and Turkey.
        The negotiators discussed monitoring arrangements for the checkpoints and the withdrawal of heavy weapons.
        """;

    public const string Moscow = """
        Envoy Staffan de Mistura met Sergei Lavrov in Moscow to prepare prisoner exchanges.
        Officials compared detainee lists and agreed on the lists of prisoners to be released first.
        """;

    public const string Bridge = """
        Delegations met in Astana, Kazakhstan, for ceasefire negotiations brokered by Russia and Turkey.
        The negotiators discussed monitoring arrangements for the checkpoints and the withdrawal of heavy weapons,
        while envoy Staffan de Mistura met Sergei Lavrov in Moscow to prepare prisoner exchanges.
        Officials compared detainee lists and agreed on the lists of prisoners to be released first.
        """;

    public const string Quake = """
        A powerful earthquake struck the province of Aceh, Indonesia, flattening houses in Banda Aceh and Bireuen.
        Rescuers searched collapsed buildings while survivors camped outside, fearing aftershocks and a tsunami.
        """;

    /// <summary>An article of <paramref name="text"/> with one death-toll claim of <paramref name="deaths"/>.</summary>
    public static ClaimsExtracted Article(string doc, string text, double deaths, DateTimeOffset? publishedAt)
    {
        var quote = $"Officials said more than {deaths:#,0} people died.";
        return new ClaimsExtracted
        {
            ArticleId = Guid.NewGuid(),
            Doc = doc,
            Outlet = "Outlet " + doc,
            PublishedAt = publishedAt,
            Text = text + quote,
            Claims =
            [
                new Claim { Kind = "number", Slot = "deaths", Value = deaths, Low = deaths, Bound = "atLeast", Display = $"more than {deaths:#,0}", Quote = quote, End = quote.Length },
            ],
        };
    }
}
