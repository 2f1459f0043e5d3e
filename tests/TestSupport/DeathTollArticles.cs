using FactCheck.Contracts;

namespace FactCheck.Tests;

/// <summary>Extracted articles of one story (the Astana talks) that differ only in the death toll they give.</summary>
public static class DeathTollArticles
{
    private const string StoryText = """
        Syrian government and opposition delegations met in Astana, Kazakhstan, for talks brokered by Russia, Iran and Turkey.
        United Nations envoy Staffan de Mistura attended the negotiations on de-escalation zones and prisoner exchanges.
        """;

    public static ClaimsExtracted Article(string doc, double deaths)
    {
        var quote = $"The war has left more than {deaths:#,0} people dead.";
        return new ClaimsExtracted
        {
            ArticleId = Guid.NewGuid(),
            Doc = doc,
            Outlet = "Outlet " + doc,
            Text = StoryText + quote,
            Claims =
            [
                new Claim { Kind = "number", Slot = "deaths", Value = deaths, Low = deaths, Bound = "atLeast", Display = $"more than {deaths:#,0}", Quote = quote, End = quote.Length },
            ],
        };
    }
}
