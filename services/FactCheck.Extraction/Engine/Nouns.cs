namespace FactCheck.Extraction.Engine;

/// <summary>Head nouns after a figure and a small lemmatiser for them.</summary>
internal static class Nouns
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = "person", ["persons"] = "person", ["children"] = "child", ["men"] = "man", ["women"] = "woman",
        ["policemen"] = "policeman", ["fishermen"] = "fisherman", ["seamen"] = "seaman", ["feet"] = "foot", ["teeth"] = "tooth",
        ["mice"] = "mouse", ["geese"] = "goose", ["KOs"] = "knockout", ["KO's"] = "knockout", ["KO"] = "knockout",
        ["knockouts"] = "knockout", ["defense"] = "defence", ["defenses"] = "defence", ["defences"] = "defence",
        ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife", ["leaves"] = "leaf", ["halves"] = "half",
        ["series"] = "series", ["species"] = "species", ["news"] = "news", ["AK-47s"] = "ak-47", ["crises"] = "crisis",
        ["analyses"] = "analysis", ["bases"] = "base", ["cases"] = "case", ["houses"] = "house", ["horses"] = "horse",
        ["courses"] = "course", ["nurses"] = "nurse", ["purses"] = "purse", ["phases"] = "phase", ["vases"] = "vase",
        ["uses"] = "use", ["causes"] = "cause", ["clauses"] = "clause", ["responses"] = "response", ["releases"] = "release",
        ["doses"] = "dose", ["noses"] = "nose", ["hoses"] = "hose", ["databases"] = "database", ["races"] = "race",
        ["places"] = "place", ["pieces"] = "piece", ["prices"] = "price", ["offices"] = "office", ["services"] = "service",
        ["forces"] = "force", ["sources"] = "source", ["resources"] = "resource", ["sentences"] = "sentence", ["zones"] = "zone",
        ["boxes"] = "box", ["taxes"] = "tax", ["speeches"] = "speech", ["churches"] = "church", ["matches"] = "match",
        ["punches"] = "punch", ["launches"] = "launch", ["buses"] = "bus", ["bonuses"] = "bonus", ["viruses"] = "virus",
        ["campuses"] = "campus", ["statuses"] = "status", ["gases"] = "gas", ["cities"] = "city",
        ["dies"] = "die", ["ties"] = "tie", ["lies"] = "lie", ["troops"] = "troop", ["bus"] = "bus", ["status"] = "status",
        ["rifles"] = "rifle", ["vehicles"] = "vehicle", ["missiles"] = "missile", ["miles"] = "mile", ["titles"] = "title",
    };

    /// <summary>Irregular past tenses that end a noun phrase ("a 20-strong delegation met ...").</summary>
    private static readonly WordTable<bool> PastTense = WordTable.Set(
        "met", "left", "took", "made", "went", "came", "gave", "saw", "found", "fled", "hit", "struck", "won", "lost", "began", "led",
        "fell", "rose", "sent", "kept", "got", "brought", "stood", "ran", "paid", "sank", "sunk", "shook", "knew", "thought", "became",
        "built", "spent", "sought", "fought", "caught", "held", "told", "said", "arrived", "remain", "remained", "are", "were",
        "swung", "drew", "threw", "broke", "wrote", "spun", "sold", "bought", "flew", "grew", "drove", "tore", "swept", "dealt", "felt");

    public static string Lemma(string noun)
    {
        if (Irregular.TryGetValue(noun, out var irregular))
            return irregular;
        var word = noun.ToLowerInvariant();
        if (word.EndsWith("'s") || word.EndsWith("\u2019s"))
            word = word[..^2];
        if (word.Length > 4 && word.EndsWith("ies"))
            return word[..^3] + "y";
        if (word.Length > 4 && (word.EndsWith("ches") || word.EndsWith("shes") || word.EndsWith("sses") || word.EndsWith("xes")))
            return word[..^2];
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"))
            return word[..^1];
        return word;
    }

    /// <summary>
    /// The head of the noun phrase starting at token <paramref name="i"/>: modifiers and nationality adjectives are
    /// skipped, a partitive "of the" is crossed, and the last noun before a stop word is the head.
    /// </summary>
    public static (string Lemma, int Index)? HeadAfter(TokenView t, int i)
    {
        var j = i;
        // "23 of the raiders", "two of them"
        if (t.Is(j, "of") && (t.Is(j + 1, "the") || t.Is(j + 1, "these") || t.Is(j + 1, "those") || t.Is(j + 1, "their") || t.Is(j + 1, "its")))
        {
            j += 2;
            var possessive = t.IsPossessive(j);
            // "four of the 31 council seats", "three of the council's 31 seats": the part counts the whole's noun.
            if (possessive && t.IsNumber(j + 1))
                j += 2;
            // "two of the city's treatment centres": the part counts the owner's things, not the owner.
            else if (possessive && t.IsWord(j + 1) && !t.IsAny(j + 1, Lexicon.Stops))
                j++;
            else if (t.IsNumber(j) && t.IsWord(j + 1))
                j++;
        }
        else if (t.Is(j, "of"))
            j++;
        int head = -1, headStart = -1;
        string? model = null;
        for (var k = 0; k < 6 && t.In(j); k++, j++)
        {
            if (t.IsSymbol(j, '"') || t.IsSymbol(j, '\u201c') || t.IsSymbol(j, '\u201d') || t.IsSymbol(j, '`') || (t.IsSymbol(j, '\'') && !t.Attached(j + 1)))
                continue;
            if (!t.IsWord(j) || t.IsAny(j, Lexicon.Stops) || (head >= 0 && (t.Span(j).EndsWith("ed") || t.IsAny(j, PastTense))))
                break;
            if (Irregular.ContainsKey(t.Str(j)) && t.IsCapitalized(j))
            {
                (headStart, head) = (j, j);
                break;
            }


            // "AK-47s", "de-escalation", "speed-boats": hyphenated words are one noun.
            var end = j;
            while (t.IsHyphen(end + 1) && t.Attached(end + 1) && t.Attached(end + 2) && (t.IsWord(end + 2) || t.IsNumber(end + 2)))
            {
                end += 2;
                if (t.IsNumber(end) && t.IsWord(end + 1) && t.Attached(end + 1))
                    end++;
            }

            var compound = end > j;
            // A model designation ("AK-47 assault rifles") names the thing more exactly than its class does.
            if (compound && t.IsNumber(j + 2) && t.IsCapitalized(j))
                model = Lemma(t.Str(j, end));
            if (!compound && t.IsCapitalized(j) && head < 0 && !IsNationalityPlural(t, j))
            {
                // A capitalised modifier ("Somali pirates", "Yemeni nationals") is skipped; a name ends the phrase.
                if (t.IsWord(j + 1) && !t.IsAny(j + 1, Lexicon.Stops))
                    continue;
                // "Somali and Yemeni sea brigands": coordinated modifiers.
                if (t.Is(j + 1, "and") && t.IsCapitalized(j + 2) && t.IsWord(j + 3) && !t.IsAny(j + 3, Lexicon.Stops))
                {
                    j++;
                    continue;
                }

                if (!IsNationality(t, j))
                    break;
            }

            if (!compound && t.IsAny(j, Lexicon.Modifiers) && t.IsWord(j + 1) && !t.IsAny(j + 1, Lexicon.Stops))
                continue;
            if (!compound && (Lexicon.Units.Contains(t.Span(j)) || Lexicon.Tens.Contains(t.Span(j))))
                break;
            (headStart, head) = (j, end);
            j = end;
            // A plural ends the phrase: "three boats carrying ..." — the next word is rarely part of it.
            if ((t.Span(end).EndsWith("s") && !t.IsCapitalized(headStart)) || t.IsAny(end, Lexicon.PeopleNouns))
                break;
        }

        return head < 0 ? null : (model ?? Lemma(t.Str(headStart, head)), head);
    }

    /// <summary>"of the 24 men", "of the council's 31 seats": a partitive whose whole is counted.</summary>
    public static bool PartOfCountedWhole(TokenView t, int i)
    {
        if (!t.Is(i, "of") || !(t.Is(i + 1, "the") || t.Is(i + 1, "their") || t.Is(i + 1, "its")))
            return false;
        return t.IsNumber(t.IsPossessive(i + 2) ? i + 3 : i + 2);
    }

    private static bool IsNationality(TokenView t, int j) =>
        t.Span(j).EndsWith("i") || t.Span(j).EndsWith("an") || t.Span(j).EndsWith("ese") || t.Span(j).EndsWith("ish");

    public static bool IsNationalityPlural(TokenView t, int j) =>
        t.IsCapitalized(j) && (t.Span(j).EndsWith("is") || t.Span(j).EndsWith("ans") || t.Span(j).EndsWith("ese"));

    public static bool IsPeople(TokenView t, int index) => t.IsAny(index, Lexicon.PeopleNouns) || IsNationalityPlural(t, index);
}
