namespace FactCheck.Intake.Cleaning;

internal static class Words
{
    /// <summary>Where each run of letters and digits stands in <paramref name="text"/>.</summary>
    public static List<Range> Of(string text)
    {
        var words = new List<Range>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
                start = i;
            else if (!isWord && start >= 0)
            {
                words.Add(start..i);
                start = -1;
            }
        }

        return words;
    }
}
