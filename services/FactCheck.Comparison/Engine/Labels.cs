namespace FactCheck.Comparison.Engine;

/// <summary>Slot keys in words an editor reads.</summary>
public static class Labels
{
    public static string Of(string slot) => slot switch
    {
        "deaths" => "Death toll",
        "injured" => "Injured",
        "round" => "Round",
        "" => "Value",
        _ when slot.StartsWith("rank.", StringComparison.Ordinal) => "Place in the " + slot["rank.".Length..].Replace('.', ' '),
        _ => char.ToUpperInvariant(slot[0]) + slot[1..].Replace('.', ' ').Replace('_', ' '),
    };
}
